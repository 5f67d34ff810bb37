"""A step opened at start builds what is below the screen after the first frame: the
fields there are the same, in the same order, and work as the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget

from jdwizard import fileformat, presets
from jdwizard.model import Duty
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.list_editor import FIRST_ROWS, FirstRows, ItemRow, ListEditor
from tests.tui.conftest import SETTLE, run

CODES = ["okpdtr", "okz", "isco08", "onet", "eks"]


def position_fields(language: str) -> list[str]:
    """The Position form's fields, in the order Tab goes through them."""
    genitive = ["f-position-title-genitive"] if language == "ru" else []
    return ["f-position-title", *genitive, "f-position-category", "f-organization-name",
            "f-organization-department", "f-position-summary", "f-position-other-titles",
            *[f"f-position-codes-{code}" for code in CODES], "f-document-number",
            "f-document-place", "f-document-effective-date", "f-document-status",
            "f-document-contract-appendix", "f-document-basis"]


def opened_at(tmp_path: Path, preset: str, section: str) -> WizardApp:
    path = tmp_path / "jd.toml"
    fileformat.save(presets.new_document(preset), path)
    return WizardApp(fileformat.load(path), path, section=section)


def field_of(widget: Widget | None) -> str:
    """The id of the field (or list) a focused widget belongs to."""
    while widget is not None and not (widget.id or "").startswith("f-"):
        widget = widget.parent if isinstance(widget.parent, Widget) else None
    return widget.id or "" if widget is not None else ""


@pytest.mark.parametrize(("preset", "language"),
                         [("sales-manager", "en"), ("sales-manager-ru", "ru")])
def test_tab_goes_through_every_field_of_the_position_in_order(
        tmp_path: Path, preset: str, language: str) -> None:
    app = opened_at(tmp_path, preset, "position")
    expected = position_fields(language)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        seen = [field_of(app.focused)]
        for _ in expected[1:]:
            await pilot.press("tab")
            seen.append(field_of(app.focused))
        assert seen == expected

    run(app, scenario)


def test_a_choice_below_the_screen_is_made_by_keys_and_kept(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "sales-manager", "position")
    fields = position_fields("en")

    async def scenario(pilot):
        for _ in range(fields.index("f-document-status")):
            await pilot.press("tab")
        assert field_of(app.focused) == "f-document-status"
        assert app.screen.can_view_entire(app.query_one("#f-document-status"))
        await pilot.press("a")  # the letter chooses Approved
        await pilot.pause()
        assert app.doc.document.status == "approved"

    run(app, scenario)


def test_a_place_in_what_is_built_later_opens_focused(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "sales-manager", "document.basis")

    async def scenario(pilot):
        await pilot.pause()
        assert field_of(app.focused) == "f-document-basis"
        await pilot.press("end", *" Amended.")
        await pilot.pause()
        assert app.doc.document.basis.endswith(" Amended.")

    run(app, scenario)


def long_duties(tmp_path: Path, section: str) -> WizardApp:
    doc = presets.new_document("sales-manager")
    doc.duties.items = [Duty(f"Duty number {i + 1}, which takes a line or two of the form "
                             "at eighty columns") for i in range(300)]
    path = tmp_path / "jd.toml"
    fileformat.save(doc, path)
    return WizardApp(fileformat.load(path), path, section=section)


def test_the_functions_below_a_long_duties_list_follow_it(tmp_path: Path) -> None:
    app = long_duties(tmp_path, "duties")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert field_of(app.focused) == "f-duties-items"
        await pilot.press("tab")
        assert field_of(app.focused) == "f-functions-items"
        await pilot.press("a", *"Selling")
        await pilot.press("enter")
        await pilot.pause()
        assert app.doc.functions.items[1] == "Selling"  # after the first, where the cursor is

    run(app, scenario)


def test_opened_at_the_functions_below_a_long_duties_list(tmp_path: Path) -> None:
    app = long_duties(tmp_path, "functions")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        functions = app.query_one("#f-functions-items")
        assert app.focused is functions
        assert app.screen.can_view_entire(functions.query(".item-row").first())

    run(app, scenario)


@pytest.mark.parametrize(("preset", "size"), [("sales-manager", (80, 24)),
                                              ("sales-manager-ru", (80, 24)),
                                              ("sales-manager", (60, 20))])
def test_the_rows_of_the_first_frame_reach_the_foot_of_the_form_and_the_rest_follow(
        tmp_path: Path, preset: str, size: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = opened_at(tmp_path, preset, "duties")
    at_first_frame: list[tuple[int, int, int]] = []
    build_rest = ListEditor.build_rest

    def seen(editor: ListEditor) -> None:
        if editor.id == "f-duties-items" and not at_first_frame:
            # The first frame's rows are drawn by one view, with the line below them.
            view = editor.query_one(FirstRows)
            rows = [w for w in view.widgets if isinstance(w, ItemRow)]
            below = 1 if view.widgets[-1].display else 0
            form = editor.screen.query_one("#step-duties")
            at_first_frame.append((len(rows), view.region.bottom - below, form.region.bottom))
        build_rest(editor)

    monkeypatch.setattr(ListEditor, "build_rest", seen)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        (count, bottom, form_bottom), = at_first_frame
        # No gap at the foot of the first frame, and not a screen's worth of rows more.
        assert bottom >= form_bottom
        assert 1 < count < FIRST_ROWS
        assert len(app.query_one("#f-duties-items", ListEditor).query(ItemRow)) > count

    run(app, scenario, size=size)
