"""A long text field and a choice show their value without their editor (a text area, a
Select) until first focused; the editor then takes its place, focused, and typing goes on
as in any field."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select, TextArea

from jdwizard import fileformat, presets
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import ChoiceView, FieldSelect, LongTextView
from tests.tui.conftest import SETTLE, run


def at_the_position(tmp_path: Path, summary: str | None = None) -> WizardApp:
    path = tmp_path / "jd.toml"
    doc = presets.new_document("sales-manager")
    if summary is not None:
        doc.position.summary = summary
    fileformat.save(doc, path)
    return WizardApp(fileformat.load(path), path, section="position")


def screen_text(app: WizardApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(s.text for s in strip) for strip in strips)


def test_the_summary_is_shown_then_edited_in_place_when_tab_reaches_it(
        tmp_path: Path) -> None:
    app = at_the_position(tmp_path)
    summary = app.doc.position.summary

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        field = app.query_one("#f-position-summary")
        assert field.query(LongTextView) and not field.query(TextArea)
        assert summary.split()[0] in screen_text(app)
        shown = [line.rstrip() for line in screen_text(app).splitlines()]
        for _ in range(4):  # Title, Category, Organization, Department, then the summary
            await pilot.press("tab")
        await pilot.pause()
        editor = field.query_one(TextArea)
        assert app.focused is editor and editor.text == summary
        assert not field.query(LongTextView)
        # The text wraps as it did in the view: no line moves as the editor comes in.
        assert [line.rstrip() for line in screen_text(app).splitlines()][6:12] == shown[6:12]
        await pilot.press("ctrl+e", *" Travel.")
        await pilot.pause()
        assert app.doc.position.summary == summary + " Travel."

    run(app, scenario)


def test_enter_from_the_field_above_goes_on_into_the_summary(tmp_path: Path) -> None:
    app = at_the_position(tmp_path)

    async def scenario(pilot):
        await pilot.press("tab", "tab", "tab")  # to Department
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.focused, TextArea)
        assert app.focused.parent is not None
        assert app.focused.parent.id == "f-position-summary"

    run(app, scenario)


def test_a_value_longer_than_the_box_is_in_its_editor_which_scrolls(tmp_path: Path) -> None:
    app = at_the_position(tmp_path, summary=" ".join(["Sells and negotiates."] * 40))

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        field = app.query_one("#f-position-summary")
        editor = field.query_one(TextArea)
        assert not field.query(LongTextView)
        assert app.focused is not editor  # the title keeps the focus
        assert editor.region.height == 8 and editor.virtual_size.height > 8

    run(app, scenario)


def test_a_choice_is_shown_then_its_select_takes_the_keys_typed_right_after_tab(
        tmp_path: Path) -> None:
    app = at_the_position(tmp_path)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        field = app.query_one("#f-position-category")
        assert field.query(ChoiceView) and not field.query(Select)
        line = screen_text(app).splitlines()[field.region.y]
        assert "Specialist" in line and line.rstrip().endswith("▼")
        await pilot.press("tab", "m")  # the letter chooses Manager, the Select just made
        await pilot.pause()
        select = field.query_one(FieldSelect)
        assert app.focused is select and select.value == "manager"
        assert app.doc.position.category == "manager"
        assert not field.query(ChoiceView)
        await pilot.press("space")  # and it opens as a Select does
        await pilot.pause()
        assert select.expanded

    run(app, scenario)


def test_a_click_on_a_long_text_or_a_choice_goes_to_its_editor(tmp_path: Path) -> None:
    app = at_the_position(tmp_path)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        await pilot.click("#f-position-summary LongTextView")
        await pilot.pause()
        assert isinstance(app.focused, TextArea)
        await pilot.click("#f-position-category ChoiceView")
        await pilot.pause()
        # The Select made under the pointer takes the click as a Select does: it opens.
        assert app.query_one("#f-position-category FieldSelect", FieldSelect).expanded

    run(app, scenario)
