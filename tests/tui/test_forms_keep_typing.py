"""Moving through a form with Enter: no select opens, no typed text is dropped."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from jdwizard import fileformat, presets
from jdwizard.model import Duty
from jdwizard.tui.app import WizardApp
from tests.tui.conftest import burst, focused_in, notes, run, saved_preset, tab_to


def open_at(tmp_path: Path, section: str) -> tuple[WizardApp, Path]:
    path = saved_preset("sales-manager", tmp_path / "sales.toml")
    return WizardApp(fileformat.load(path), path, section=section), path


def test_enter_passes_over_a_select_without_opening_it(tmp_path: Path) -> None:
    app, _ = open_at(tmp_path, "subordination")

    async def scenario(pilot):
        assert focused_in(app, "f-subordination-reports-to")
        await pilot.press("enter")
        assert focused_in(app, "f-subordination-heads-organization")
        await pilot.press("enter")
        select = app.query_one("#f-subordination-heads-organization Select", Select)
        assert not select.expanded
        assert focused_in(app, "f-subordination-substitute")
        await pilot.press("ctrl+u", *"Senior Accountant")
        await pilot.pause()

    run(app, scenario)
    assert app.doc.subordination.substitute == "Senior Accountant"
    assert app.doc.subordination.heads_organization is None


def test_enter_enter_and_text_in_one_burst_land_in_the_text_field(tmp_path: Path) -> None:
    app, _ = open_at(tmp_path, "subordination")

    async def scenario(pilot):
        await burst(pilot, "enter", "enter", "ctrl+u", *"Senior Accountant")
        await pilot.pause()

    run(app, scenario)
    assert app.doc.subordination.substitute == "Senior Accountant"
    assert app.doc.subordination.heads_organization is None


def test_a_letter_on_a_closed_select_chooses_the_option_it_begins(tmp_path: Path) -> None:
    app, _ = open_at(tmp_path, "subordination")

    async def scenario(pilot):
        await pilot.press("tab")
        assert focused_in(app, "f-subordination-heads-organization")
        await pilot.press("y")
        await pilot.pause()
        assert app.doc.subordination.heads_organization is True
        await pilot.press("n")
        await pilot.pause()

    run(app, scenario)
    assert app.doc.subordination.heads_organization is False


def test_a_letter_no_option_begins_with_is_not_dropped_silently(tmp_path: Path) -> None:
    app, _ = open_at(tmp_path, "subordination")

    async def scenario(pilot):
        await pilot.press("tab", "q")
        await pilot.pause()

    run(app, scenario)
    assert app.doc.subordination.heads_organization is None
    assert any("Heads the org." in note and "Space" in note for note in notes(app))


def test_space_still_opens_a_select_and_enter_there_chooses(tmp_path: Path) -> None:
    app, _ = open_at(tmp_path, "position")

    async def scenario(pilot):
        await pilot.press("tab")
        assert focused_in(app, "f-position-category")
        await pilot.press("space")
        select = app.query_one("#f-position-category Select", Select)
        assert select.expanded
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not select.expanded

    run(app, scenario)
    assert app.doc.position.category != "specialist"


def test_a_wrapped_field_takes_home_end_and_the_delete_keys_on_its_whole_text() -> None:
    app = WizardApp(presets.new_document("blank"), None, section="position")
    summary = "word " * 15 + "end"  # three screen lines in the field

    async def scenario(pilot):
        await tab_to(pilot, "f-position-summary")
        await pilot.press(*summary)
        await pilot.press("home", "X")  # the start of the text, not of the last screen line
        await pilot.pause()
        assert app.doc.position.summary == "X" + summary
        await pilot.press("ctrl+k")  # to the end of the text
        await pilot.pause()
        assert app.doc.position.summary == "X"
        await pilot.press(*" two words", "ctrl+w")
        await pilot.pause()
        assert app.doc.position.summary == "X two"
        await pilot.press("home", "ctrl+a", "backspace")
        await pilot.pause()

    run(app, scenario)
    assert app.doc.position.summary == ""


def test_a_duty_details_change_reaches_the_document_as_typed_and_escape_undoes_it() -> None:
    doc = presets.new_document("blank")
    doc.duties.items = [Duty("Keep goods", share=10)]
    app = WizardApp(doc, None, section="duties")

    async def scenario(pilot):
        await pilot.press("g", *"Stock")
        await pilot.pause()
        # In the document, and so in the draft, before the dialog is closed.
        assert app.doc.duties.items == [Duty("Keep goods", group="Stock", share=10)]
        await pilot.press("escape")
        await pilot.pause()
        assert app.doc.duties.items == [Duty("Keep goods", share=10)]
        await pilot.press("g", *"Store", "tab", "ctrl+u", *"20", "enter")
        await pilot.pause()

    run(app, scenario)
    assert app.doc.duties.items == [Duty("Keep goods", group="Store", share=20)]
