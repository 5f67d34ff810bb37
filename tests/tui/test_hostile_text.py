"""A document holding control characters, in the wizard: they are shown as pictures, kept
in the document as they were, and never drawn raw."""

from __future__ import annotations

from pathlib import Path

from rich.segment import Segment
from textual.color import Color
from textual.widgets import Input, OptionList

from jdwizard import fileformat
from jdwizard.model import Duty
from jdwizard.tui.app import WizardApp
from jdwizard.tui.control_pictures import ControlPictures
from jdwizard.tui.widgets.list_editor import ListEditor
from tests.tui.conftest import SETTLE, run

TITLE = "Manager \x1b]0;PWNED\x07 \x9b2J end"
DUTY = "Clears \x1b[2J the screen"


def _hostile(tmp_path: Path) -> WizardApp:
    doc = fileformat.loads('format = 1\nlanguage = "en"\n')
    doc.position.title = TITLE
    doc.duties.items = [Duty(DUTY)]
    path = tmp_path / "e.toml"
    fileformat.save(doc, path)
    return WizardApp(fileformat.load(path), path, section="position")


def test_a_title_shows_its_controls_as_pictures_and_keeps_them(tmp_path: Path) -> None:
    app = _hostile(tmp_path)

    async def scenario(pilot):
        title = app.query_one("#f-position-title Input", Input)
        assert title.value == "Manager ␛]0;PWNED␇ ␛[2J end"
        await pilot.pause(SETTLE)
        assert app.doc.position.title == TITLE  # shown, not changed
        await pilot.press("end", "!")
        assert app.doc.position.title == "Manager \x1b]0;PWNED\x07 \x1b[2J end!"

    run(app, scenario)


def test_a_duty_shows_its_controls_and_an_edit_keeps_them(tmp_path: Path) -> None:
    app = _hostile(tmp_path)

    async def scenario(pilot):
        await app.go_to("duties")
        await pilot.pause()
        duties = app.query_one("#f-duties-items", ListEditor)
        row = duties.query(".item-row").first()
        assert "Clears ␛[2J the screen" in str(row.render())
        duties.focus()
        await pilot.press("enter", "end", *" now", "enter")
        assert app.doc.duties.items[0].text == DUTY + " now"

    run(app, scenario)


def test_the_screen_draws_a_raw_control_as_its_picture_within_its_width() -> None:
    line = [Segment("Saved n"), Segment("\x1b]0;X\x07"), Segment("y.toml   ")]
    shown = ControlPictures().apply(line, Color(0, 0, 0))
    text = "".join(s.text for s in shown)
    assert "\x1b" not in text and "\x07" not in text
    assert text.startswith("Saved n␛]0;X␇y.toml")
    assert Segment.get_line_length(shown) == Segment.get_line_length(line)


def test_a_line_without_controls_is_left_as_it_is() -> None:
    line = [Segment("Sales Manager")]
    assert ControlPictures().apply(line, Color(0, 0, 0)) is line


def test_a_finding_on_a_key_with_controls_jumps_to_its_step(tmp_path: Path) -> None:
    doc = fileformat.loads('format = 1\nlanguage = "en"\n[position]\ntitle = "Clerk"\n'
                           '[position.codes]\n"ok\\u001b[2J" = "1"\n')
    app = WizardApp(doc, tmp_path / "e.toml", section="review")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        findings = app.query_one("#findings", OptionList)
        index = next(i for i, f in enumerate(app.findings) if "control" in f.message)
        assert "ok␛[2J" in str(findings.get_option_at_index(index).prompt)
        findings.focus()
        findings.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == "position"

    run(app, scenario)
