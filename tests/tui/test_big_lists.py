"""A list of 3,000 duties, opened at the duties step: rows are built as they are reached,
and every key of the list does at its end what it does at its top."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from jdwizard import fileformat, presets
from jdwizard.model import Document, Duty
from jdwizard.output.layout import clause_numbers
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.list_editor import FIRST_ROWS, DutyEditor, ItemRow
from tests.tui.conftest import SETTLE, run

COUNT = 3000


def big_doc() -> Document:
    doc = presets.new_document("sales-manager")
    doc.duties.items = [Duty(f"Duty number {i + 1}", group=f"Area {i // 250 + 1}")
                        for i in range(COUNT)]
    return doc


def big_app(tmp_path: Path) -> WizardApp:
    path = tmp_path / "big.toml"
    fileformat.save(big_doc(), path)
    return WizardApp(fileformat.load(path), path, section="duties")


def duties_list(app: WizardApp) -> DutyEditor:
    return app.query_one("#f-duties-items", DutyEditor)


def built(editor: DutyEditor) -> list[str]:
    return [str(row.content) for row in editor.query(ItemRow)]


def hint(editor: DutyEditor, kind: str) -> str:
    """The line above or below the rows built; "" when hidden or not made yet."""
    lines = editor.query(f".{kind}")
    if not lines:
        return ""
    line = lines.first(Static)
    return str(line.content) if line.display else ""


def texts(app: WizardApp) -> list[str]:
    return [d.text for d in app.doc.duties.items]


def test_the_list_opens_focused_with_the_first_rows_built_and_says_how_many_follow(
        tmp_path: Path) -> None:
    app = big_app(tmp_path)

    async def scenario(pilot):
        editor = duties_list(app)
        assert app.focused is editor
        rows = built(editor)
        assert len(rows) == FIRST_ROWS  # not a widget per clause
        assert rows[0].endswith("Duty number 1  [Area 1]")
        assert str(COUNT - FIRST_ROWS) in hint(editor, "more-hint")
        assert hint(editor, "above-hint") == ""
        # Down past the rows built builds the next ones, numbered as the document
        for _ in range(FIRST_ROWS + 5):
            await pilot.press("down")
        assert editor.cursor == FIRST_ROWS + 5
        await pilot.pause(SETTLE)
        rows = built(editor)
        assert len(rows) > FIRST_ROWS + 5
        number = clause_numbers(app.doc)[f"duties.items[{FIRST_ROWS + 6}]"]
        assert rows[FIRST_ROWS + 5].startswith(f"{number} Duty number {FIRST_ROWS + 6}")
        assert str(COUNT - len(rows)) in hint(editor, "more-hint")

    run(app, scenario)


def test_a_adds_after_the_first_duty_and_the_file_saved_has_it(tmp_path: Path) -> None:
    app = big_app(tmp_path)

    async def scenario(pilot):
        await pilot.press("a", *"A new duty", "enter")
        assert texts(app)[:3] == ["Duty number 1", "A new duty", "Duty number 2"]
        assert len(app.doc.duties.items) == COUNT + 1
        await pilot.press("ctrl+s")
        await pilot.pause(SETTLE)
        saved = fileformat.load(tmp_path / "big.toml")
        assert [d.text for d in saved.duties.items] == texts(app)
        assert saved.duties.items[1].group == "Area 1"

    run(app, scenario)


def test_end_reaches_the_last_duty_edits_it_and_numbers_the_last_rows(tmp_path: Path) -> None:
    app = big_app(tmp_path)

    async def scenario(pilot):
        editor = duties_list(app)
        await pilot.press("end")
        assert editor.cursor == COUNT - 1
        await pilot.press("enter", *" (edited)", "enter")
        assert texts(app)[-1] == f"Duty number {COUNT} (edited)"
        await pilot.pause(SETTLE)
        rows = built(editor)
        assert len(rows) < COUNT // 10  # the rows at the end, not all before them
        assert hint(editor, "more-hint") == ""
        assert str(COUNT - len(rows)) in hint(editor, "above-hint")
        numbers = clause_numbers(app.doc)
        for i in range(1, 4):
            number = numbers[f"duties.items[{COUNT - i}]"]
            assert rows[-i - 1].startswith(f"{number} Duty number {COUNT - i}  [Area 12]")
        assert rows[-1].startswith(f"{numbers[f'duties.items[{COUNT}]']} Duty number {COUNT}"
                                   " (edited)")

    run(app, scenario)


def test_delete_undo_and_move_at_the_end_of_the_list(tmp_path: Path) -> None:
    app = big_app(tmp_path)
    last, before = f"Duty number {COUNT}", f"Duty number {COUNT - 1}"

    async def scenario(pilot):
        editor = duties_list(app)
        await pilot.press("end", "d")
        await pilot.pause()
        assert texts(app)[-1] == before
        assert len(app.doc.duties.items) == COUNT - 1
        await pilot.press("u")
        await pilot.pause()
        assert texts(app)[-2:] == [before, last]
        await pilot.press("end", "shift+up")
        assert texts(app)[-2:] == [last, before]
        assert editor.cursor == COUNT - 2
        await pilot.pause(SETTLE)
        numbers = clause_numbers(app.doc)
        assert built(editor)[-1] == f"{numbers[f'duties.items[{COUNT}]']} {before}  [Area 12]"
        await pilot.press("ctrl+s")
        await pilot.pause(SETTLE)
        saved = fileformat.load(tmp_path / "big.toml")
        assert [d.text for d in saved.duties.items] == texts(app)

    run(app, scenario)
