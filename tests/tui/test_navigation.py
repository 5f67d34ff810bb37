"""Moving around the wizard: next and back, the step list, the palette, help, preview,
and a check finding that leads to its field."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from jdwizard import presets
from jdwizard.output.markdown import render
from jdwizard.sections import resolve
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.help import HelpScreen
from jdwizard.tui.widgets.preview import Preview
from jdwizard.tui.widgets.step_list import StepList
from tests.tui.conftest import (
    SETTLE,
    focused_in,
    highlighted_id,
    highlighted_text,
    run,
    tab_to,
)


def sales_app(section: str | None = "position") -> WizardApp:
    return WizardApp(presets.new_document("sales-manager"), None, section=section)


def test_next_and_back_while_typing_in_a_field() -> None:
    app = sales_app()

    async def scenario(pilot):
        assert isinstance(app.focused, Input) and focused_in(app, "f-position-title")
        await pilot.press("A", "f8")
        await pilot.pause()
        assert app.current == "subordination"
        assert isinstance(app.focused, Input) and focused_in(app, "f-subordination-reports-to")
        await pilot.press("B", "f7")
        await pilot.pause()
        assert app.current == "position" and focused_in(app, "f-position-title")
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert app.current == "subordination"
        await pilot.press("ctrl+pageup")
        await pilot.pause()
        assert app.current == "position"
        assert app.doc.position.title == "Sales ManagerA"
        assert app.doc.subordination.reports_to == "Head of Sales DepartmentB"
        await pilot.press("f7")  # the first step: nowhere further back
        assert app.current == "position"

    run(app, scenario)


def test_escape_goes_to_the_step_list_and_enter_opens_a_step() -> None:
    app = sales_app()

    async def scenario(pilot):
        assert focused_in(app, "f-position-title")
        await pilot.press("escape")
        steps = app.query_one(StepList)
        assert app.focused is steps
        assert highlighted_id(steps) == "position"
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.current == "qualifications"
        assert focused_in(app, "step-qualifications")

    run(app, scenario)


def test_f1_opens_the_help_and_escape_closes_it() -> None:
    app = sales_app()

    async def scenario(pilot):
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        assert focused_in(app, "f-position-title")

    run(app, scenario)


def test_f1_on_the_help_closes_it() -> None:
    """The help lists F1 among its close keys."""
    app = sales_app()

    async def scenario(pilot):
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert len(app.screen_stack) == 1, app.screen_stack

    run(app, scenario)


def test_f3_cycles_the_preview_which_follows_the_document() -> None:
    app = sales_app()

    async def scenario(pilot):
        forms = app.query_one("#forms")
        # The preview is not even built until it is first shown.
        assert (app.preview_mode, len(app.query(Preview)), forms.display) == ("off", 0, True)
        await pilot.press("f3")
        await pilot.pause(SETTLE)
        preview = app.query_one("#preview", Preview)
        assert (app.preview_mode, preview.display, forms.display) == ("beside", True, True)
        assert preview.text == render(app.doc)
        await pilot.press(*"Q")  # the title field still has the focus
        await pilot.pause(SETTLE)
        assert "Sales ManagerQ" in preview.text
        assert preview.text == render(app.doc)
        await pilot.press("f3")
        await pilot.pause()
        assert (app.preview_mode, preview.display, forms.display) == ("full", True, False)
        assert preview.text == render(app.doc)
        await pilot.press("f3")
        await pilot.pause()
        assert (app.preview_mode, preview.display, forms.display) == ("off", False, True)

    run(app, scenario)


def test_a_finding_jumps_to_its_field() -> None:
    doc = presets.new_document("sales-manager")
    doc.subordination.reports_to = ""
    app = WizardApp(doc, None)

    async def scenario(pilot):
        steps = app.query_one(StepList)
        assert str(steps.get_option("subordination").prompt).startswith("[!]")
        # to the review through the command palette
        await pilot.press("ctrl+p", *"Go to: Review")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == "review"
        findings = app.query_one("#findings", OptionList)
        assert app.focused is findings
        for _ in range(findings.option_count + 1):
            if "subordination.reports_to" in highlighted_text(findings):
                break
            await pilot.press("down")
        assert "subordination.reports_to" in highlighted_text(findings)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == "subordination"
        assert isinstance(app.focused, Input)
        assert focused_in(app, "f-subordination-reports-to")
        # filling it in clears the mark
        await pilot.press("H")
        await pilot.pause(SETTLE)
        assert not str(steps.get_option("subordination").prompt).startswith("[!]")

    run(app, scenario)


def test_the_review_with_nothing_found_opens_at_its_top_on_the_document() -> None:
    """The findings come from a thread: whichever comes first, the step shows its top
    (the summary) and the focus is on what is shown, never on the hidden list."""
    app = sales_app("review")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        await pilot.wait_for_scheduled_animations()
        form = app.query_one("#step-review")
        assert not app.query_one("#findings").display
        assert app.focused is app.query_one("#review-document", Preview)
        assert form.scroll_y == 0
        assert app.query_one("#review-summary").region.height == 1  # in view

    run(app, scenario)


def test_the_preview_keeps_the_part_being_edited_in_view() -> None:
    app = sales_app("rights")

    async def scenario(pilot):
        await pilot.press("f3")
        await pilot.pause(SETTLE)
        preview = app.query_one("#preview", Preview)
        lines = preview.text.split("\n")
        assert lines[preview.top_line()] == "## 4. Rights"
        assert preview.scroll_y > 0
        await pilot.press("f8")  # on to liability: the preview follows
        await pilot.pause(SETTLE)
        assert lines[preview.top_line()] == "## 5. Liability"
        await pilot.press("escape", "home", "enter")  # the position: the top
        await pilot.pause(SETTLE)
        assert (preview.top_line(), preview.scroll_y) == (0, 0)

    run(app, scenario)


@pytest.mark.parametrize(("name", "step", "widget_id"), [
    ("final", "conditions", "f-final-items"),
    ("general", "subordination", "f-general-items"),
    ("knowledge", "qualifications", "f-qualifications-knowledge"),
    ("Sign-off", "signoff", "f-approval-position"),
    ("заключительные положения", "conditions", "f-final-items"),
    ("agreed", "signoff", "add-agreed"),
])
def test_section_names_a_part_of_a_step_and_opens_there(
        name: str, step: str, widget_id: str) -> None:
    doc = presets.new_document("sales-manager")
    doc.agreed = []
    app = WizardApp(doc, None, section=resolve(name))

    async def scenario(pilot):
        await pilot.pause()
        assert app.current == step
        assert focused_in(app, widget_id), app.focused

    run(app, scenario)


def test_experience_not_needed_is_said_in_the_qualifications_step() -> None:
    app = sales_app("qualifications")

    async def scenario(pilot):
        await tab_to(pilot, "f-qualifications-experience-required")
        await pilot.press("n")
        await pilot.pause()

    run(app, scenario)
    assert app.doc.qualifications.experience_required is False
