"""The containers drawn as blanks (tui/blank.py) draw what Textual's styles cache would:
cell for cell, on every step, beside the preview, with a scrolled list, in a light
theme and in the terminal's own colours."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.app import App
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from jdwizard import presets
from jdwizard.model import Duty
from jdwizard.steps import SECTION_NAMES
from jdwizard.tui.app import MainScreen, WizardApp
from jdwizard.tui.blank import BlankSwitcher
from jdwizard.tui.steps.base import StepForm
from tests.tui.conftest import SETTLE, run

Cells = list[list[tuple[str, Style | None]]]


def make_app(section: str, duties: int = 0) -> WizardApp:
    doc = presets.new_document("sales-manager")
    doc.duties.items += [Duty(f"Duty {n}") for n in range(duties)]
    return WizardApp(doc, None, section=section)


def cells(strips: list[Strip]) -> Cells:
    return [[(char, segment.style) for segment in strip for char in segment.text]
            for strip in strips]


def textual_lines(widget: Widget, crop: Region) -> list[Strip]:
    """The widget's lines as Textual draws a widget not BLANK."""
    return widget._styles_cache.render_widget(widget, crop)


def blanks_on_screen(widget: Widget) -> list[Widget]:
    return [w for w in (widget, *widget.walk_children(Widget))
            if w.display and w.region.area and (w.BLANK or isinstance(w, StepForm))]


def compare(app: App[list[str]]) -> list[str]:
    """The blank widgets in sight whose lines are not Textual's, and how; each also at a
    crop of its lines, as the compositor asks for a widget partly in view."""
    problems = []
    screen = app.screen
    for widget in blanks_on_screen(screen):
        width, height = widget.region.size
        for crop in (Region(0, 0, width, height), Region(1, 1, width - 2, height - 2)):
            ours, theirs = cells(widget.render_lines(crop)), cells(textual_lines(widget, crop))
            if ours != theirs:
                problems.append(f"{widget!r} at {crop}")
    return problems


def checked(app: WizardApp, keys: tuple[str, ...] = (), theme: str = "") -> list[str]:
    found: list[list[str]] = []
    kinds: set[type] = set()

    async def scenario(pilot):
        if theme:
            pilot.app.theme = theme
        await pilot.press(*keys)
        await pilot.pause(SETTLE)
        found.append(compare(pilot.app))
        kinds.update(type(w) for w in blanks_on_screen(pilot.app.screen))

    run(app, scenario)
    # Every kind of blank was looked at: the screen, the switcher, the form.
    assert {MainScreen, BlankSwitcher} <= kinds
    assert any(issubclass(kind, StepForm) for kind in kinds)
    return found[0]


@pytest.mark.parametrize("section", SECTION_NAMES)
def test_every_step_is_drawn_as_textual_draws_it(section: str) -> None:
    assert checked(make_app(section=section)) == []


def test_beside_the_preview_and_in_other_themes() -> None:
    assert checked(make_app(section="rights"), ("f3",)) == []
    assert checked(make_app(section="position"), theme="textual-light") == []
    assert checked(make_app(section="position"), theme="ansi-dark") == []


def test_a_long_list_scrolled_with_its_scrollbar() -> None:
    assert checked(make_app("duties", duties=300), ("end",)) == []


def test_a_forms_blanks_are_the_background_alone() -> None:
    """What the tests above compare against, not assumed: Textual draws a form's blanks
    with no colour of text (Textual's BLANK, in the widget's style, would have one)."""
    found: list[Segment] = []

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        form = pilot.app.query_one(StepForm)
        found.append(form.render_lines(Region(0, 0, 1, 1))[0]._segments[0])

    run(make_app(section="position"), scenario)
    style = found[0].style
    assert style is not None and style.bgcolor is not None and style.color is None
