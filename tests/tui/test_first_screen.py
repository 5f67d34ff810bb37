"""The first screen: what `edit --section` opens at is focused with its keys in the footer,
the footer is composed anew only when its keys change, and the garbage collector the start
turned off is on again."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.widgets import Input

from jdwizard import fileformat, presets
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import Field
from jdwizard.tui.widgets.footer import Active, Footer
from jdwizard.tui.widgets.overview import Overview
from tests.tui.conftest import SETTLE, run


def opened_at(tmp_path: Path, section: str | None) -> WizardApp:
    path = tmp_path / "jd.toml"
    fileformat.save(presets.new_document("sales-manager"), path)
    return WizardApp(fileformat.load(path), path, section=section)


def footer_keys(app: WizardApp) -> list[str]:
    return [key.description for key in app.query_one(Footer).shown_keys()]


def test_at_the_duties_the_list_has_the_focus_and_the_footer_its_keys(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "duties")

    async def scenario(pilot):
        assert app.focused is not None and app.focused.id == "f-duties-items"
        assert footer_keys(app)[:2] == ["Edit", "Add"]
        await pilot.press("a")  # ready for a new duty
        await pilot.pause()
        assert app.focused is not None and "item-input" in app.focused.classes

    run(app, scenario)


def test_at_the_position_the_title_has_the_focus_and_the_checks_follow(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "position")

    async def scenario(pilot):
        assert isinstance(app.focused, Input)
        assert app.focused.parent is not None and app.focused.parent.id == "f-position-title"
        await pilot.pause(SETTLE)
        assert app.numbers  # the checks and the numbering ran after the first frame

    run(app, scenario)


def test_tab_between_two_fields_does_not_lay_out_the_footer_again(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "position")
    laid_out: list[int] = []

    async def scenario(pilot):
        footer = app.query_one(Footer)
        lay_out = footer._lay_out

        def counted(active: Active) -> None:
            laid_out.append(1)
            lay_out(active)

        footer._lay_out = counted  # type: ignore[method-assign]
        before = footer_keys(app)
        await pilot.press("tab")  # Title -> Category would change nothing ...
        await pilot.press("tab")  # ... nor Organization: text fields alike
        await pilot.pause(SETTLE)
        assert footer_keys(app) == before
        assert laid_out == []

    run(app, scenario)


def test_the_keys_follow_the_focus_from_the_step_list_to_a_list(tmp_path: Path) -> None:
    app = opened_at(tmp_path, None)

    async def scenario(pilot):
        assert "Edit" not in footer_keys(app)
        await pilot.press("down", "down", "down", "enter")  # Duties
        await pilot.pause(SETTLE)
        assert footer_keys(app)[:2] == ["Edit", "Add"]

    run(app, scenario)


def test_the_collector_turned_off_at_the_start_is_on_after_the_first_frame(
        tmp_path: Path) -> None:
    app = opened_at(tmp_path, "duties")
    gc.disable()  # as jdwizard.wizard does before Textual loads
    try:
        async def scenario(pilot):
            await pilot.pause(SETTLE)
            assert gc.isenabled()

        run(app, scenario)
    finally:
        gc.enable()


def test_the_copy_of_the_file_s_document_is_deep(tmp_path: Path) -> None:
    app = opened_at(tmp_path, None)
    assert app.saved == app.doc and app.saved is not app.doc
    app.doc.duties.items[0].text += " (changed)"
    app.doc.qualifications.knowledge.append("More")
    assert app.saved != app.doc and app.dirty
    assert app.saved is not None and not app.saved.duties.items[0].text.endswith("(changed)")


def test_a_field_draws_its_label_beside_its_editor_and_marks_it_when_missing(
        tmp_path: Path) -> None:
    path = tmp_path / "jd.toml"
    doc = presets.new_document("sales-manager")
    doc.position.title = ""
    fileformat.save(doc, path)
    app = WizardApp(fileformat.load(path), path, section="position")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        title = app.query_one("#f-position-title", Field)
        line = "".join(s.text for s in app.screen._compositor.render_strips()[title.region.y])
        start = title.region.x
        assert line[start:start + title.label_width()].rstrip() == "! Title *"
        assert title.query_one(Input).region.x == start + title.label_width()
        await pilot.press(*"Sales manager")
        await pilot.pause(SETTLE)
        line = "".join(s.text for s in app.screen._compositor.render_strips()[title.region.y])
        assert line[start:start + title.label_width()].rstrip() == "Title *"

    run(app, scenario)


def test_opened_at_a_step_the_overview_is_not_built_and_the_checks_still_run(
        tmp_path: Path) -> None:
    app = opened_at(tmp_path, "duties")

    async def scenario(pilot):
        assert not app.query(Overview)  # it shows only until a step is first chosen
        await pilot.press("f7")  # the previous step
        await pilot.pause(SETTLE)
        assert app.current == "qualifications"
        assert app.numbers  # the checks ran, with no overview to show them in

    run(app, scenario)


def test_opened_at_the_step_list_the_overview_shows_the_document(tmp_path: Path) -> None:
    app = opened_at(tmp_path, None)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        overview = app.query_one(Overview)
        assert overview.display
        assert "Sales Manager" in str(overview.content)

    run(app, scenario)
