"""The DOCX and PDF a file asks for (document.export): written by each save in a thread,
and waited for by a quit."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import docx
import pytest
from textual.pilot import Pilot

from jdwizard import fileformat
from jdwizard.tui import saving
from jdwizard.tui.app import WizardApp
from tests.tui.conftest import loaded, notes, run, saved_preset


def open_sales(tmp_path: Path, export: list[str] | None = None) -> tuple[WizardApp, Path]:
    """The sales manager saved as sales.toml (asking for the exports given), opened at
    the step list as `jdwizard edit sales.toml` opens it."""
    path = saved_preset("sales-manager", tmp_path / "sales.toml")
    if export is not None:
        doc = fileformat.load(path)
        doc.document.export = export
        fileformat.save(doc, path)
    return WizardApp(fileformat.load(path), path), path


async def to_review(pilot: Pilot[list[str]]) -> None:
    """From the step list: the last step, Review & save."""
    await pilot.press("end", "enter")
    await pilot.pause()
    assert isinstance(pilot.app, WizardApp) and pilot.app.current == "review"


async def exported(pilot: Pilot[list[str]], limit: float = 20.0) -> None:
    """Wait for the exports being written in their thread to be written and said."""
    app = pilot.app
    assert isinstance(app, WizardApp)
    deadline = time.monotonic() + limit
    while app._export_worker is not None:
        assert time.monotonic() < deadline, "the exports were never written"
        await asyncio.sleep(0.05)
    await pilot.pause()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_a_save_writes_the_exports_the_file_asks_for(tmp_path: Path) -> None:
    app, path = open_sales(tmp_path, export=["docx", "pdf"])

    async def scenario(pilot):
        await pilot.press("enter", *" (B2B)", "ctrl+s")  # Position: the title
        await pilot.pause()
        # The TOML and Markdown are saved at once; the DOCX and PDF follow from a thread.
        assert loaded(path).position.title == "Sales Manager (B2B)"
        assert (tmp_path / "sales.md").is_file()
        await exported(pilot)

    run(app, scenario)
    assert "Sales Manager (B2B)" in docx_text(tmp_path / "sales.docx")
    assert (tmp_path / "sales.pdf").read_bytes().startswith(b"%PDF")
    assert ": Exported sales.docx and sales.pdf" in notes(app)
    assert app.written == [str(path), str(tmp_path / "sales.md"),
                           str(tmp_path / "sales.docx"), str(tmp_path / "sales.pdf")]


def test_the_exports_are_written_from_the_document_as_saved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app, _ = open_sales(tmp_path, export=["docx"])
    write_each = saving.write_each

    def slow(job: saving.ExportJob) -> saving.Exported:
        time.sleep(0.3)  # typing goes on meanwhile
        return write_each(job)

    monkeypatch.setattr(saving, "write_each", slow)

    async def scenario(pilot):
        await pilot.press("enter", *" (B2B)", "ctrl+s", *" and more")
        await pilot.pause()
        await exported(pilot)
        assert app.doc.position.title == "Sales Manager (B2B) and more"

    run(app, scenario)
    text = docx_text(tmp_path / "sales.docx")
    assert "Sales Manager (B2B)" in text and "and more" not in text


def test_a_save_without_exports_writes_only_the_toml_and_markdown(tmp_path: Path) -> None:
    app, _ = open_sales(tmp_path)

    async def scenario(pilot):
        await pilot.press("ctrl+s")
        await pilot.pause()
        await exported(pilot)

    run(app, scenario)
    assert files_in(tmp_path) == {"sales.toml", "sales.md"}
    assert not any("Exported" in note for note in notes(app))


def test_a_failed_export_on_save_says_why_and_keeps_the_save(tmp_path: Path) -> None:
    app, path = open_sales(tmp_path, export=["docx", "pdf"])
    (tmp_path / "sales.docx").mkdir()  # where the DOCX would go: we run as root

    async def scenario(pilot):
        await pilot.press("enter", *"X", "ctrl+s")
        await pilot.pause()
        await exported(pilot)

    run(app, scenario)
    errors = notes(app, "error")
    assert len(errors) == 1
    assert errors[0].startswith("Not exported: ") and "sales.docx" in errors[0]
    assert loaded(path).position.title == "Sales ManagerX"
    assert (tmp_path / "sales.pdf").is_file()  # one failure does not stop the other
    assert list((tmp_path / "sales.docx").iterdir()) == []
    assert app.written == [str(path), str(tmp_path / "sales.md"), str(tmp_path / "sales.pdf")]


def test_a_quit_right_after_a_save_waits_for_the_exports(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app, path = open_sales(tmp_path, export=["docx"])
    write_each = saving.write_each

    def slow(job: saving.ExportJob) -> saving.Exported:
        time.sleep(0.5)  # still writing when the quit comes
        return write_each(job)

    monkeypatch.setattr(saving, "write_each", slow)

    async def scenario(pilot):
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app._export_worker is not None
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert any("Writing sales.docx before quitting" in n for n in notes(app))
        while app.return_code is None:
            await asyncio.sleep(0.05)

    run(app, scenario)
    assert (tmp_path / "sales.docx").is_file()
    assert app.return_value == [str(path), str(tmp_path / "sales.md"),
                                str(tmp_path / "sales.docx")]
