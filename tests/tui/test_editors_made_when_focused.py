"""A long text field, a choice and a one-line field show their value without their editor
(a text area, a Select, an Input) until first focused; the editor then takes its place,
focused, and typing goes on as in any field."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from jdwizard import fileformat, presets, uilang
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import (
    DateField,
    FieldInput,
    FieldSelect,
    LazyChoice,
    LineField,
    LongTextField,
)
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
        field = app.query_one("#f-position-summary", LongTextField)
        assert field.drawing and not field.children  # one widget, its text drawn
        assert summary.split()[0] in screen_text(app)
        shown = [line.rstrip() for line in screen_text(app).splitlines()]
        for _ in range(4):  # Title, Category, Organization, Department, then the summary
            await pilot.press("tab")
        await pilot.pause()
        editor = field.query_one(TextArea)
        assert app.focused is editor and editor.text == summary
        assert not field.drawing
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
        field = app.query_one("#f-position-summary", LongTextField)
        editor = field.query_one(TextArea)
        assert not field.drawing
        assert app.focused is not editor  # the title keeps the focus
        assert editor.region.height == 8 and editor.virtual_size.height > 8

    run(app, scenario)


def test_a_choice_is_shown_then_its_select_takes_the_keys_typed_right_after_tab(
        tmp_path: Path) -> None:
    app = at_the_position(tmp_path)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        field = app.query_one("#f-position-category", LazyChoice)
        assert field.drawing and not field.children  # one widget, its value drawn
        line = screen_text(app).splitlines()[field.region.y]
        assert "Specialist" in line and line.rstrip().endswith("▼")
        await pilot.press("tab", "m")  # the letter chooses Manager, the Select just made
        await pilot.pause()
        select = field.query_one(FieldSelect)
        assert app.focused is select and select.value == "manager"
        assert app.doc.position.category == "manager"
        assert not field.drawing
        await pilot.press("space")  # and it opens as a Select does
        await pilot.pause()
        assert select.expanded

    run(app, scenario)


def test_a_click_on_a_long_text_or_a_choice_goes_to_its_editor(tmp_path: Path) -> None:
    app = at_the_position(tmp_path)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        await pilot.click("#f-position-summary", offset=(19 + 2, 0))  # on the text
        await pilot.pause()
        assert isinstance(app.focused, TextArea)
        await pilot.click("#f-position-category", offset=(19 + 2, 0))  # on the value
        await pilot.pause()
        # The Select made under the pointer takes the click as a Select does: it opens.
        assert app.query_one("#f-position-category FieldSelect", FieldSelect).expanded

    run(app, scenario)


def at_the_position_with(tmp_path: Path, language: str = "en", **organization: str) -> WizardApp:
    path = tmp_path / "jd.toml"
    doc = presets.new_document("sales-manager-ru" if language == "ru" else "sales-manager")
    for attr, value in organization.items():
        setattr(doc.organization, attr, value)
    fileformat.save(doc, path)
    return WizardApp(fileformat.load(path), path, section="position")


def line_of(app: WizardApp, selector: str) -> str:
    return screen_text(app).splitlines()[app.query_one(selector).region.y]


def test_a_one_line_field_is_shown_then_takes_the_keys_typed_right_after_tab(
        tmp_path: Path) -> None:
    app = at_the_position_with(tmp_path, name="Acme")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        field = app.query_one("#f-organization-name", LineField)
        assert field.drawing and field.text == "Acme" and not field.children  # one widget
        assert line_of(app, "#f-organization-name").rstrip().endswith("Organization       Acme")
        await pilot.press("tab", "tab", *" Ltd")  # the title, the category, then here
        await pilot.pause()
        editor = field.query_one(FieldInput)
        assert app.focused is editor and editor.value == "Acme Ltd"
        assert not field.drawing
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert fileformat.load(tmp_path / "jd.toml").organization.name == "Acme Ltd"


def test_a_click_on_a_one_line_field_puts_the_cursor_where_it_was(tmp_path: Path) -> None:
    app = at_the_position_with(tmp_path, department="Sales")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        # The label is 19 columns at 80: the third character of the value.
        await pilot.click("#f-organization-department", offset=(19 + 2, 0))
        await pilot.press("X")
        await pilot.pause()
        editor = app.query_one("#f-organization-department FieldInput", FieldInput)
        assert app.focused is editor
        assert app.doc.organization.department == "SaXles"

    run(app, scenario)


def test_enter_goes_on_into_a_one_line_field_shown_by_its_view(tmp_path: Path) -> None:
    app = at_the_position_with(tmp_path)

    async def scenario(pilot):
        await pilot.press("tab", "tab", *"Acme", "enter", *"Sales")
        await pilot.pause()
        assert app.doc.organization.name == "Acme"
        assert app.doc.organization.department == "Sales"
        assert isinstance(app.focused, FieldInput)

    run(app, scenario)


def test_an_empty_date_shows_its_hint_and_a_wrong_one_typed_is_told(tmp_path: Path) -> None:
    app = at_the_position_with(tmp_path)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        field = app.query_one("#f-document-effective-date", DateField)
        assert field.drawing and field.text == "" and not field.children
        assert line_of(app, "#f-document-effective-date").rstrip().endswith("YYYY-MM-DD")
        assert field.problem == ""
        await pilot.click("#f-document-effective-date", offset=(19, 0))
        await pilot.press(*"2026-13-01")  # no month 13: not a date at any key
        await pilot.pause()
        assert isinstance(app.focused, FieldInput) and app.focused.parent is field
        assert field.problem.startswith("Effective date: ")
        assert app.unparsed["document.effective_date"] == field.problem
        assert app.doc.document.effective_date is None

    run(app, scenario, size=(80, 40))


def test_the_genitive_follows_the_title_while_its_input_is_not_made(tmp_path: Path) -> None:
    uilang.choose(None, "ru")
    try:
        app = at_the_position_with(tmp_path, "ru")

        async def scenario(pilot):
            genitive = app.query_one("#f-position-title-genitive", LineField)
            await pilot.press("ctrl+u", *"Главный бухгалтер")  # in the title, focused
            for _ in range(100):
                await pilot.pause(0.02)
                if line_of(app, "#f-position-title-genitive").rstrip().endswith(
                        "главного бухгалтера"):
                    break
            assert line_of(app, "#f-position-title-genitive").rstrip().endswith(
                "главного бухгалтера")
            assert genitive.drawing and genitive.text == "главного бухгалтера"
            assert not genitive.children
            await pilot.press("tab")
            await pilot.pause()
            editor = genitive.query_one(FieldInput)
            assert app.focused is editor and editor.value == "главного бухгалтера"
            assert app.doc.position.title_genitive == ""  # shown, not typed: not kept
            await pilot.press("ctrl+s")
            await pilot.pause()

        run(app, scenario)
    finally:
        uilang.choose(None, "en")
    saved = fileformat.load(tmp_path / "jd.toml")
    assert saved.position.title == "Главный бухгалтер" and saved.position.title_genitive == ""


def test_a_click_on_a_one_line_fields_label_goes_to_its_input(tmp_path: Path) -> None:
    app = at_the_position_with(tmp_path, department="Sales")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        await pilot.click("#f-organization-department", offset=(1, 0))
        await pilot.press("end", *" Dept")
        await pilot.pause()
        editor = app.query_one("#f-organization-department FieldInput", FieldInput)
        assert app.focused is editor
        assert app.doc.organization.department == "Sales Dept"

    run(app, scenario)


async def _drawn_and_typed_at_the_same_column(app: WizardApp, pilot) -> None:
    """The value a field draws starts where its Input does, once made."""
    field = app.query_one("#f-organization-name", LineField)
    assert field.drawing and field.text == "Acme"
    drawn_at = line_of(app, "#f-organization-name").index("Acme", field.region.x)
    field.focus_editor()
    await pilot.pause()
    editor = field.query_one(FieldInput)
    assert editor.region.x == drawn_at == field.region.x + field.label_width()


def test_the_value_drawn_starts_where_the_input_does_at_each_width(tmp_path: Path) -> None:
    for size in ((80, 24), (60, 20)):  # the normal labels and the narrow ones
        app = at_the_position_with(tmp_path, name="Acme")

        async def scenario(pilot):
            await pilot.pause(SETTLE)
            await _drawn_and_typed_at_the_same_column(app, pilot)  # noqa: B023

        run(app, scenario, size=size)


def test_the_value_drawn_starts_where_the_input_does_beside_the_preview(
        tmp_path: Path) -> None:
    app = at_the_position_with(tmp_path, name="Acme")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        await pilot.press("f3")  # the preview beside the form: narrower labels
        await pilot.pause(SETTLE)
        assert app.screen.has_class("-preview-beside")
        await _drawn_and_typed_at_the_same_column(app, pilot)

    run(app, scenario, size=(120, 30))
