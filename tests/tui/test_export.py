"""Export: the DOCX and PDF written beside the file from the Review step and the palette,
the choice kept in the file, written again by each save, and waited for by a quit."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from textual.pilot import Pilot

from jdwizard import fileformat, presets
from jdwizard.tui import saving
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.export import ExportScreen
from jdwizard.tui.screens.save_as import SaveAsScreen
from tests.tui.conftest import loaded, notes, run, saved_preset


@pytest.fixture
def in_tmp(tmp_path: Path) -> Iterator[Path]:
    cwd = os.getcwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(cwd)


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


def test_export_writes_the_ticked_documents_and_the_file_keeps_the_choice(
        tmp_path: Path) -> None:
    app, path = open_sales(tmp_path)

    async def scenario(pilot):
        await to_review(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.ticked() == ["docx", "pdf"]  # none chosen yet: both
        await pilot.press("p", "enter")  # PDF unticked
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        await exported(pilot)

    run(app, scenario)
    assert (tmp_path / "sales.docx").is_file()
    assert not (tmp_path / "sales.pdf").exists()
    assert loaded(path).document.export == ["docx"]
    assert 'export = [\n    "docx",\n]' in path.read_text(encoding="utf-8")
    assert "Sales Manager" in docx_text(tmp_path / "sales.docx")
    assert ": Exported sales.docx" in notes(app)
    assert str(tmp_path / "sales.docx") in app.written
    assert not app.dirty


def test_the_dialog_opens_with_the_files_choice_and_escape_changes_nothing(
        tmp_path: Path) -> None:
    app, path = open_sales(tmp_path, export=["pdf"])
    before = path.read_bytes()

    async def scenario(pilot):
        await to_review(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.ticked() == ["pdf"]
        await pilot.press("d", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)

    run(app, scenario)
    assert path.read_bytes() == before
    assert files_in(tmp_path) == {"sales.toml"}
    assert app.doc.document.export == ["pdf"]


def test_nothing_ticked_is_said_in_the_dialog_and_nothing_is_written(tmp_path: Path) -> None:
    app, _ = open_sales(tmp_path)

    async def scenario(pilot):
        await to_review(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("d", "p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)  # still open, saying why
        assert "Tick DOCX, PDF or both" in str(app.screen.query_one("#export-problem").render())
        await pilot.press("space", "enter")  # PDF, focused by its p, ticked again
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        await exported(pilot)

    run(app, scenario)
    assert files_in(tmp_path) == {"sales.toml", "sales.md", "sales.pdf"}


def test_a_plain_save_writes_the_remembered_exports_again(tmp_path: Path) -> None:
    app, path = open_sales(tmp_path)

    async def scenario(pilot):
        await to_review(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("p", "enter")
        await pilot.pause()
        await exported(pilot)
        first = (tmp_path / "sales.docx").read_bytes()
        await pilot.press("escape", "home", "enter")  # the step list, then Position
        await pilot.pause()
        assert app.current == "position"
        await pilot.press(*" (B2B)", "ctrl+s")
        await pilot.pause()
        # The TOML and Markdown are saved at once; the DOCX follows from its thread.
        assert loaded(path).position.title == "Sales Manager (B2B)"
        await exported(pilot)
        assert (tmp_path / "sales.docx").read_bytes() != first

    run(app, scenario)
    assert "Sales Manager (B2B)" in docx_text(tmp_path / "sales.docx")
    assert not (tmp_path / "sales.pdf").exists()
    assert app.written == [str(path), str(tmp_path / "sales.md"), str(tmp_path / "sales.docx")]


def test_a_save_without_exports_writes_only_the_toml_and_markdown(tmp_path: Path) -> None:
    app, _ = open_sales(tmp_path)

    async def scenario(pilot):
        await pilot.press("ctrl+s")
        await pilot.pause()
        await exported(pilot)

    run(app, scenario)
    assert files_in(tmp_path) == {"sales.toml", "sales.md"}
    assert not any("Exported" in note for note in notes(app))


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


def test_export_from_the_palette_on_any_step(tmp_path: Path) -> None:
    app, path = open_sales(tmp_path)

    async def scenario(pilot):
        await pilot.press("enter")  # Position
        await pilot.pause()
        assert app.current == "position"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"export")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")  # both, as ticked
        await pilot.pause()
        await exported(pilot)

    run(app, scenario)
    assert {"sales.docx", "sales.pdf"} <= files_in(tmp_path)
    assert (tmp_path / "sales.pdf").read_bytes().startswith(b"%PDF")
    assert loaded(path).document.export == ["docx", "pdf"]
    assert ": Exported sales.docx and sales.pdf" in notes(app)


def test_the_export_key_is_offered_on_the_review_step_only(tmp_path: Path) -> None:
    app, _ = open_sales(tmp_path)

    async def scenario(pilot):
        await pilot.press("enter")  # Position: the title field has the focus
        await pilot.pause()
        assert not app.check_action("export", ())
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        assert app.doc.position.title == "Sales Managere"  # a letter typed, as typed
        await pilot.press("escape", "down")  # the step list, on Subordination
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.check_action("export", ())
        await pilot.press("escape", "e")  # Review & save stays open: e works from the list
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)

    run(app, scenario)


def test_a_new_document_is_named_first(in_tmp: Path) -> None:
    app = WizardApp(presets.new_document("sales-manager"), None, section="review")

    async def scenario(pilot):
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        await pilot.press("ctrl+u", *"jd-sales.toml", "enter")
        await pilot.pause()
        await exported(pilot)

    run(app, scenario)
    assert files_in(in_tmp) == {"jd-sales.toml", "jd-sales.md", "jd-sales.docx", "jd-sales.pdf"}
    assert loaded(in_tmp / "jd-sales.toml").document.export == ["docx", "pdf"]
    assert app.path == Path("jd-sales.toml")


def test_a_new_document_not_named_is_not_exported(in_tmp: Path) -> None:
    app = WizardApp(presets.new_document("sales-manager"), None, section="review")

    async def scenario(pilot):
        await pilot.press("e", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        await pilot.press("escape")
        await pilot.pause()
        await exported(pilot)

    run(app, scenario)
    assert files_in(in_tmp) == set()
    assert app.doc.document.export == []


def test_a_failed_export_says_why_and_writes_nothing_else(tmp_path: Path) -> None:
    app, path = open_sales(tmp_path)
    (tmp_path / "sales.docx").mkdir()  # where the DOCX would go: we run as root

    async def scenario(pilot):
        await to_review(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("p", "enter")
        await pilot.pause()
        await exported(pilot)
        assert app.current == "review"  # the wizard goes on

    run(app, scenario)
    errors = notes(app, "error")
    assert len(errors) == 1
    assert errors[0].startswith("Not exported: ") and "sales.docx" in errors[0]
    assert "folder" in errors[0] and "\n" not in errors[0]
    assert files_in(tmp_path) == {"sales.toml", "sales.md", "sales.docx"}
    assert list((tmp_path / "sales.docx").iterdir()) == []
    assert loaded(path).document.export == ["docx"]  # the choice is kept all the same
    assert str(tmp_path / "sales.docx") not in app.written


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
