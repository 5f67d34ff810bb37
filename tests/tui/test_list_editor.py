"""Every action of the list editor, by keyboard, on the document it edits."""

from __future__ import annotations

import stat
from pathlib import Path

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static

from jdwizard import presets
from jdwizard.model import Document, Duty
from jdwizard.output.layout import clause_numbers
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.duty_details import DutyDetailsScreen
from jdwizard.tui.screens.library import LibraryScreen
from jdwizard.tui.widgets.footer import Footer
from jdwizard.tui.widgets.item_input import ItemInput
from jdwizard.tui.widgets.list_editor import DutyEditor, ItemRow, ListEditor
from tests.tui.conftest import SETTLE, focused_in, run, tab_to

RIGHTS = ["Right one", "Right two", "Right three"]


def rights_doc() -> Document:
    doc = presets.new_document("blank")
    doc.rights.items = list(RIGHTS)
    return doc


def rights_app() -> WizardApp:
    return WizardApp(rights_doc(), None, section="rights")


def rows(editor: ListEditor) -> list[str]:
    """The rows as the list shows them (an item being edited has its row hidden)."""
    return [str(row.content) for row in editor.query(ItemRow) if row.display]


def rights_editor(app: WizardApp) -> ListEditor:
    return app.query_one("#f-rights-items", ListEditor)


def test_add_after_the_current_item() -> None:
    app = rights_app()

    async def scenario(pilot):
        editor = rights_editor(app)
        assert app.focused is editor
        await pilot.press("down", "a", *"New", "enter")
        assert app.doc.rights.items == ["Right one", "Right two", "New", "Right three"]
        assert editor.cursor == 2
        assert app.focused is editor
        await pilot.pause(SETTLE)
        numbers = clause_numbers(app.doc)
        expected = [f"{numbers[f'rights.items[{i}]']} {text}"
                    for i, text in enumerate(app.doc.rights.items, 1)]
        assert rows(editor) == expected
        # insert is the twin of a
        await pilot.press("insert", *"Ins", "enter")
        assert app.doc.rights.items[3] == "Ins"

    run(app, scenario)


def test_edit_in_place_and_escape_cancels_an_edit() -> None:
    app = rights_app()

    async def scenario(pilot):
        editor = rights_editor(app)
        await pilot.press("enter", *"!", "enter")
        assert app.doc.rights.items == ["Right one!", "Right two", "Right three"]
        assert app.focused is editor
        await pilot.press("down", "enter", "backspace", "backspace", *"XY", "escape")
        assert app.doc.rights.items == ["Right one!", "Right two", "Right three"]
        assert rows(editor)[1].endswith(" Right two")
        assert app.focused is editor

    run(app, scenario)


def test_escape_on_a_new_empty_item_removes_it() -> None:
    app = rights_app()

    async def scenario(pilot):
        editor = rights_editor(app)
        await pilot.press("a")
        assert len(app.doc.rights.items) == 4
        await pilot.press("escape")
        await pilot.pause()
        assert app.doc.rights.items == RIGHTS
        assert len(rows(editor)) == 3
        assert app.focused is editor

    run(app, scenario)


def test_delete_and_undo() -> None:
    app = rights_app()

    async def scenario(pilot):
        editor = rights_editor(app)
        await pilot.press("down", "d")
        await pilot.pause()
        assert app.doc.rights.items == ["Right one", "Right three"]
        assert len(rows(editor)) == 2
        await pilot.press("u")
        await pilot.pause()
        assert app.doc.rights.items == RIGHTS
        assert rows(editor)[1].endswith(" Right two")
        # the twins: Delete and ctrl+z
        await pilot.press("end", "delete")
        await pilot.pause()
        assert app.doc.rights.items == ["Right one", "Right two"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.doc.rights.items == RIGHTS

    run(app, scenario)


def test_move_up_and_down() -> None:
    app = rights_app()

    async def scenario(pilot):
        editor = rights_editor(app)
        await pilot.press("shift+down")
        assert app.doc.rights.items == ["Right two", "Right one", "Right three"]
        assert editor.cursor == 1
        await pilot.press("+")
        assert app.doc.rights.items == ["Right two", "Right three", "Right one"]
        await pilot.press("shift+up")
        assert app.doc.rights.items == ["Right two", "Right one", "Right three"]
        await pilot.press("-")
        assert app.doc.rights.items == RIGHTS
        assert editor.cursor == 0
        assert [row.split(" ", 1)[1] for row in rows(editor)] == RIGHTS

    run(app, scenario)


def test_add_from_the_library() -> None:
    app = rights_app()
    wanted = next(item for item in presets.library_items("en", "rights")
                  if "discounts" in item)

    async def scenario(pilot):
        editor = rights_editor(app)
        await pilot.press("l")
        assert isinstance(app.screen, LibraryScreen)
        assert isinstance(app.focused, Input) and app.focused.id == "library-filter"
        await pilot.press(*"discounts", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, LibraryScreen)
        assert app.doc.rights.items == ["Right one", wanted, "Right two", "Right three"]
        assert app.focused is editor

    run(app, scenario)


def test_the_library_names_the_positions_and_finds_by_them() -> None:
    app = rights_app()
    accountants = [item for item, sources in presets.library("en", "rights")
                   if "Accountant" in sources]

    async def scenario(pilot):
        await pilot.press("l")
        await pilot.press(*"accountant")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt)
                 for i in range(options.option_count)]
        # Every right of the accountant's preset, whatever its words, each naming it.
        assert len(shown) >= len(accountants) > 0
        assert all("accountant" in line.casefold() for line in shown)
        first = next(line for line in shown if line.startswith(accountants[0]))
        assert "— " in first and "Accountant" in first.split("— ", 1)[1]
        await pilot.press("down", "enter")
        await pilot.pause()
        added = app.doc.rights.items[1]
        assert added in accountants or "ccountant" in added

    run(app, scenario)


def test_edit_an_item_in_the_external_editor(tmp_path: Path, monkeypatch) -> None:
    script = tmp_path / "editor.sh"
    script.write_text("#!/bin/sh\necho 'Edited in the editor' > \"$1\"\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    app = rights_app()

    async def scenario(pilot):
        await pilot.press("down", "ctrl+e")
        await pilot.pause()
        assert app.doc.rights.items == ["Right one", "Edited in the editor", "Right three"]
        assert rows(rights_editor(app))[1].endswith(" Edited in the editor")

    run(app, scenario)


def test_duty_details_set_group_share_and_mark() -> None:
    doc = presets.new_document("blank")
    doc.duties.items = [Duty("Keep goods"), Duty("Count goods")]
    app = WizardApp(doc, None, section="duties")

    async def scenario(pilot):
        editor = app.query_one("#f-duties-items", DutyEditor)
        assert app.focused is editor
        await pilot.press("down", "g")
        assert isinstance(app.screen, DutyDetailsScreen)
        assert isinstance(app.focused, Input) and app.focused.id == "group"
        await pilot.press(*"Stock", "tab", *"30", "tab")
        assert focused_in(app, "essential")
        await pilot.press("enter", "down", "enter")  # the Select: (none), Essential, Marginal
        # ctrl+s is the key the dialog names for "keep"; it must not save the document.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, DutyDetailsScreen), app.screen_stack
        assert app.doc.duties.items[1] == Duty("Count goods", group="Stock", share=30,
                                               essential=True)
        assert app.doc.duties.items[0] == Duty("Keep goods")
        assert rows(editor)[1].endswith("Count goods  [Stock · 30% · essential]")
        assert app.focused is editor

    run(app, scenario)


def test_rows_renumber_when_a_section_appears_before_them() -> None:
    doc = presets.new_document("blank")
    doc.duties.items = [Duty("Keep goods"), Duty("Count goods")]
    app = WizardApp(doc, None, section="duties")

    async def scenario(pilot):
        duties = app.query_one("#f-duties-items", DutyEditor)
        assert [r.split(" ")[0] for r in rows(duties)] == ["2.1.", "2.2."]
        await pilot.press("tab")
        assert focused_in(app, "f-functions-items")
        await pilot.press("a", *"Storage", "enter")
        await pilot.pause(SETTLE)
        functions = app.query_one("#f-functions-items", ListEditor)
        assert rows(functions) == ["2.1. Storage"]
        assert rows(duties) == ["3.1. Keep goods", "3.2. Count goods"]

    run(app, scenario)


def test_duty_details_escape_cancels_and_enter_in_a_text_field_keeps() -> None:
    doc = presets.new_document("blank")
    doc.duties.items = [Duty("Keep goods", group="Stock", share=10, essential=True)]
    app = WizardApp(doc, None, section="duties")

    async def scenario(pilot):
        await pilot.press("g", "ctrl+u", *"Other", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, DutyDetailsScreen)
        assert app.doc.duties.items == [Duty("Keep goods", group="Stock", share=10,
                                                essential=True)]
        # The Select opens on Essential, the current mark; Marginal is next.
        await pilot.press("g", "tab", "ctrl+u", *"15", "tab", "enter", "down", "enter")
        await pilot.press("shift+tab", "enter")  # Enter in the share field keeps
        await pilot.pause()
        assert not isinstance(app.screen, DutyDetailsScreen)
        assert app.doc.duties.items == [Duty("Keep goods", group="Stock", share=15,
                                                essential=False)]

    run(app, scenario)


def test_library_for_other_conditions() -> None:
    """conditions.items lives beside the named conditions, not in a section of its own."""
    app = WizardApp(presets.new_document("blank"), None, section="conditions")
    wanted = next(item for item in presets.library_items("en", "conditions.items")
                  if "mobile phone" in item)

    async def scenario(pilot):
        await tab_to(pilot, "f-conditions-items")
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press(*"mobile", "enter")
        await pilot.pause()
        assert app.doc.conditions.items == [wanted]

    run(app, scenario)


# --- the place stays in sight --------------------------------------------------------


def long_duties_app(count: int = 40) -> WizardApp:
    doc = presets.new_document("blank")
    doc.duties.items = [Duty(f"Duty number {i}") for i in range(1, count + 1)]
    return WizardApp(doc, None, section="duties")


def in_sight(app: WizardApp, widget: Widget) -> bool:
    """Whether the whole widget is inside the visible part of the step's form."""
    form = app.query_one(f"#step-{app.current}", VerticalScroll)
    return form.scrollable_content_region.contains_region(widget.region)


def cursor_row(editor: ListEditor) -> ItemRow:
    return list(editor.query(ItemRow))[editor.cursor]


async def settled(pilot) -> None:
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def test_the_cursor_and_the_item_being_edited_stay_in_sight() -> None:
    app = long_duties_app()

    async def scenario(pilot):
        duties = app.query_one("#f-duties-items", DutyEditor)
        await pilot.press("end")
        await settled(pilot)
        assert in_sight(app, cursor_row(duties))
        await pilot.press("a", *"A new duty")
        await settled(pilot)
        assert in_sight(app, app.query_one(ItemInput))
        await pilot.press("enter")
        await settled(pilot)
        assert app.doc.duties.items[40].text == "A new duty" and duties.cursor == 40
        assert in_sight(app, cursor_row(duties))
        await pilot.press("up", "up", "enter", *" changed")
        await settled(pilot)
        assert in_sight(app, app.query_one(ItemInput))
        await pilot.press("escape")
        await settled(pilot)
        assert duties.cursor == 38 and in_sight(app, cursor_row(duties))

    run(app, scenario)


def test_delete_undo_and_move_keep_the_cursor_in_sight() -> None:
    app = long_duties_app()

    async def scenario(pilot):
        duties = app.query_one("#f-duties-items", DutyEditor)
        await pilot.press("end", "up", "d")
        await settled(pilot)
        assert duties.cursor == 38 and in_sight(app, cursor_row(duties))
        await pilot.press("home")
        await settled(pilot)
        await pilot.press("u")
        await settled(pilot)
        assert duties.cursor == 38 and in_sight(app, cursor_row(duties))
        await pilot.press("home", *["shift+down"] * 30)
        await settled(pilot)
        assert duties.cursor == 30 and in_sight(app, cursor_row(duties))
        assert app.doc.duties.items[30].text == "Duty number 1"

    run(app, scenario)


def test_an_item_from_the_library_is_in_sight() -> None:
    app = long_duties_app()

    async def scenario(pilot):
        duties = app.query_one("#f-duties-items", DutyEditor)
        await pilot.press("end", "l")
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await settled(pilot)
        assert not isinstance(app.screen, LibraryScreen)
        assert duties.cursor == 40 and in_sight(app, cursor_row(duties))

    run(app, scenario)


def test_tab_into_a_long_list_shows_its_cursor() -> None:
    app = long_duties_app()

    async def scenario(pilot):
        duties = app.query_one("#f-duties-items", DutyEditor)
        await pilot.press("end", "tab")
        await settled(pilot)
        assert focused_in(app, "f-functions-items")
        await pilot.press("shift+tab")
        await settled(pilot)
        assert app.focused is duties and in_sight(app, cursor_row(duties))

    run(app, scenario)


# --- the footer fits 80 columns ------------------------------------------------------


def screen_line(app: WizardApp, row: int) -> str:
    """One line of the screen as the terminal shows it."""
    strips = app.screen._compositor.render_strips()
    return "".join(segment.text for segment in strips[row])


def assert_footer_fits(app: WizardApp) -> None:
    """Every entry of the footer is on the screen whole, the last one too."""
    footer = app.screen.query_one(Footer)
    keys = footer.shown_keys()
    assert keys
    for key in keys:
        assert key.end <= app.size.width, f"{key} is cut off"
    line = screen_line(app, -1)
    last = footer.entries[-1]
    text = last.label or f"{last.keys[0].display} {last.keys[0].description}".strip()
    assert line.rstrip().endswith(text), line
    assert len(line.rstrip()) <= app.size.width


def test_the_footer_fits_80_columns_with_undo_and_while_editing() -> None:
    app = WizardApp(presets.new_document("sales-manager"), None, section="duties")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert_footer_fits(app)
        assert " Undo" not in screen_line(app, -1)
        await pilot.press("down", "d")
        await pilot.pause(SETTLE)
        assert "u Undo" in screen_line(app, -1)
        assert_footer_fits(app)
        texts = [d.text for d in app.doc.duties.items]
        await pilot.press("shift+down")  # out of the footer, Move still moves
        assert [d.text for d in app.doc.duties.items[1:3]] == [texts[2], texts[1]]
        await pilot.press("shift+up", "enter")
        await pilot.pause(SETTLE)
        assert "Keep" in screen_line(app, -1)
        assert_footer_fits(app)
        await pilot.press("escape", "u")
        await pilot.pause(SETTLE)
        assert " Undo" not in screen_line(app, -1)
        assert_footer_fits(app)

    run(app, scenario)


def test_a_list_without_details_shows_undo_beside_move() -> None:
    app = rights_app()

    async def scenario(pilot):
        await pilot.press("d")
        await pilot.pause(SETTLE)
        line = screen_line(app, -1)
        assert "u Undo" in line and "Move" in line
        assert_footer_fits(app)

    run(app, scenario)


def test_the_cursor_row_and_the_empty_hint_follow_the_lists_focus() -> None:
    doc = presets.new_document("sales-manager")
    doc.functions.items = []  # the empty list below the duties shows its hint
    app = WizardApp(doc, None, section="duties")

    async def scenario(pilot):
        duties = app.query_one("#f-duties-items", ListEditor)
        functions = app.query_one("#f-functions-items", ListEditor)
        row = cursor_row(duties)
        hint = functions.query_one(".empty-hint", Static)
        focused_row, blurred_hint = row.styles.background, hint.styles.background
        functions.focus()
        await settled(pilot)
        assert row.styles.background != focused_row
        assert hint.styles.background != blurred_hint
        duties.focus()
        await settled(pilot)
        assert row.styles.background == focused_row
        assert hint.styles.background == blurred_hint

    run(app, scenario)


def test_a_list_emptied_shows_its_hint_and_one_filled_hides_it() -> None:
    doc = presets.new_document("sales-manager")
    doc.functions.items = ["Plan the sales"]
    app = WizardApp(doc, None, section="duties")

    async def scenario(pilot):
        functions = app.query_one("#f-functions-items", ListEditor)
        assert not functions.query(".empty-hint")  # made only when first needed
        functions.focus()
        await pilot.press("d")
        await settled(pilot)
        assert app.doc.functions.items == []
        hint = functions.query_one(".empty-hint", Static)
        assert hint.display and hint.region.height == 1
        assert "press a" in str(hint.content)
        await pilot.press("a", *"Report", "enter")
        await settled(pilot)
        assert app.doc.functions.items == ["Report"]
        assert functions.query_one(".empty-hint", Static).region.height == 0

    run(app, scenario)
