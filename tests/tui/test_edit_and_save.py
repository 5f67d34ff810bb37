"""Editing a saved file, saving it, and quitting with or without unsaved changes."""

from __future__ import annotations

import difflib
from datetime import date
from pathlib import Path

from jdwizard import doc_cache, fileformat, presets
from jdwizard.output.markdown import render
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.confirm import ConfirmScreen
from jdwizard.tui.screens.quit import QuitScreen
from jdwizard.tui.screens.save_as import SaveAsScreen
from jdwizard.tui.widgets.fields import DateField
from jdwizard.wizard import exit_message
from tests.tui.conftest import focused_in, notes, run, saved_preset


def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_quick_edit_of_one_duty_changes_one_line(tmp_path: Path) -> None:
    path = saved_preset("sales-manager", tmp_path / "sales.toml")
    markdown = path.with_suffix(".md")
    markdown.write_text("stale\n", encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    second = fileformat.load(path).duties.items[1].text
    app = WizardApp(fileformat.load(path), path, section="duties")

    async def scenario(pilot):
        assert app.current == "duties" and focused_in(app, "f-duties-items")
        await pilot.press("down", "enter", *" extra", "enter", "ctrl+s")
        await pilot.pause()

    run(app, scenario)
    after = path.read_text(encoding="utf-8")
    lines = changed_lines(before, after)
    assert len(lines) == 2, lines
    assert lines[0].startswith("-") and lines[1].startswith("+")
    assert lines[1].replace(" extra", "", 1)[1:] == lines[0][1:]
    doc = fileformat.load(path)
    assert doc.duties.items[1].text == second + " extra"
    assert markdown.read_text(encoding="utf-8") == render(doc)
    assert f"{second} extra" in markdown.read_text(encoding="utf-8")


def open_position(tmp_path: Path) -> tuple[WizardApp, Path, bytes]:
    path = saved_preset("sales-manager", tmp_path / "sales.toml")
    return WizardApp(fileformat.load(path), path, section="position"), path, path.read_bytes()


def test_quit_asks_about_unsaved_changes_escape_cancels_d_discards(tmp_path: Path) -> None:
    app, path, original = open_position(tmp_path)

    async def scenario(pilot):
        await pilot.press(*"X", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuitScreen)
        assert app.return_code is None  # still running
        assert app.doc.position.title == "Sales ManagerX"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("d")
        await pilot.pause()
        assert app.return_code == 0

    run(app, scenario)
    assert app.return_value == []
    assert path.read_bytes() == original
    assert not path.with_suffix(".md").exists()


def test_quit_and_save(tmp_path: Path) -> None:
    app, path, original = open_position(tmp_path)

    async def scenario(pilot):
        await pilot.press(*"X", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("s")
        await pilot.pause()
        assert app.return_code == 0

    run(app, scenario)
    assert path.read_bytes() != original
    assert fileformat.load(path).position.title == "Sales ManagerX"
    assert app.return_value == [str(path), str(path.with_suffix(".md"))]


def test_a_file_read_from_the_cache_is_what_changes_are_told_from(
        tmp_path: Path, own_state: Path) -> None:
    """As `edit` opens a file its cache kept: the document as read is made after the
    first frame (doc_cache.Loaded.again), and a key typed, then taken back, is a change,
    then none; quitting then asks nothing."""
    path = saved_preset("sales-manager", tmp_path / "sales.toml")
    doc_cache.keep_file(path)
    loaded = doc_cache.load(path)
    assert loaded.hit
    app = WizardApp(loaded.doc, path, section="position", original=loaded.again)

    async def scenario(pilot):
        assert not app.dirty
        await pilot.press("X")
        await pilot.pause()
        assert app.dirty and app.saved == fileformat.load(path)
        await pilot.press("backspace", "ctrl+q")
        await pilot.pause()
        assert not app.dirty and app.return_code == 0  # no question asked

    run(app, scenario)


def test_quit_without_changes_exits_at_once(tmp_path: Path) -> None:
    app, path, original = open_position(tmp_path)

    async def scenario(pilot):
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not isinstance(app.screen, QuitScreen)
        assert app.return_code == 0

    run(app, scenario)
    assert path.read_bytes() == original


def focus_date(app: WizardApp) -> None:
    """Straight to the date field (the focus order is the creation tests' business)."""
    app.query_one("#f-document-effective-date", DateField).focus_editor()


def test_an_invalid_date_is_not_stored_and_blocks_the_save(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    app = WizardApp(presets.new_document("sales-manager"), path, section="position")

    async def scenario(pilot):
        focus_date(app)
        await pilot.press(*"31.02.2026")
        assert app.doc.document.effective_date is None
        await pilot.press("tab")
        assert not focused_in(app, "f-document-effective-date")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not path.exists()
        assert any(n.startswith("Not saved: Effective date") for n in notes(app, "error"))
        assert focused_in(app, "f-document-effective-date")

    run(app, scenario)
    assert not path.exists()
    assert not path.with_suffix(".md").exists()


def test_a_russian_document_takes_a_dotted_date(tmp_path: Path) -> None:
    path = tmp_path / "ru.toml"
    app = WizardApp(presets.new_document("sales-manager-ru"), path, section="position")

    async def scenario(pilot):
        focus_date(app)
        await pilot.press(*"01.12.2026")
        assert app.doc.document.effective_date == date(2026, 12, 1)
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert fileformat.load(path).document.effective_date == date(2026, 12, 1)


def test_saving_a_new_document_over_a_file_it_did_not_open_asks(tmp_path: Path,
                                                               monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    other = tmp_path / "x.toml"
    other.write_text("# somebody else's file\n", encoding="utf-8")
    app = WizardApp(presets.new_document("sales-manager"), None, section="position")

    async def scenario(pilot):
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        await pilot.press("ctrl+u", "x", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert app.path is None

    run(app, scenario)
    assert other.read_text(encoding="utf-8") == "# somebody else's file\n"
    assert not other.with_suffix(".md").exists()


def test_saving_while_an_item_is_being_added_keeps_the_typed_text(tmp_path: Path) -> None:
    path = saved_preset("blank", tmp_path / "b.toml")
    app = WizardApp(fileformat.load(path), path, section="rights")

    async def scenario(pilot):
        await pilot.press("a", *"Typed", "ctrl+s")
        await pilot.pause()

    run(app, scenario)
    saved = fileformat.load(path).rights.items
    assert "" not in saved, "an empty clause was saved"
    assert saved[1] == "Typed"
    assert "\n2.2. Typed\n" in path.with_suffix(".md").read_text(encoding="utf-8")


def test_ctrl_s_twice_leaves_no_dialog_behind(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = WizardApp(presets.new_document("sales-manager"), None, section="position")

    async def scenario(pilot):
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        await pilot.press("ctrl+s", "ctrl+u", "y", "enter")
        await pilot.pause()
        assert app.path == Path("y.toml")
        assert len(app.screen_stack) == 1, app.screen_stack

    run(app, scenario)
    assert (tmp_path / "y.toml").exists()


def test_discard_after_a_save_does_not_say_it_wrote_the_files(tmp_path: Path) -> None:
    app, path, _ = open_position(tmp_path)

    async def scenario(pilot):
        await pilot.press(*" One", "ctrl+s")
        await pilot.pause()
        await pilot.press(*" Two", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("d")
        await pilot.pause()

    run(app, scenario)
    assert fileformat.load(path).position.title == "Sales Manager One"
    said = exit_message(app.return_value or [], app.discarded)
    assert said.startswith("discarded the unsaved changes"), said
    assert "wrote" not in said and "last save" in said
    assert exit_message([str(path)], False) == f"wrote {path}"
    assert exit_message(["a.toml", "a.md", "a.docx"], False) == "wrote a.toml, a.md and a.docx"
