"""A date that does not parse shows everywhere a missing value would, by its field's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input, OptionList

from jdwizard import fileformat
from jdwizard.steps import MISSING, step_by_key, step_state
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.step_list import StepList
from tests.tui.conftest import (
    SETTLE,
    add_agreement,
    focused_in,
    notes,
    open_signoff,
    run,
    saved_preset,
    tab_to,
)


def open_at(tmp_path: Path, section: str, name: str = "sales-manager") -> tuple[WizardApp, Path]:
    path = saved_preset(name, tmp_path / "sales.toml")
    return WizardApp(fileformat.load(path), path, section=section), path


def test_an_impossible_date_marks_the_step_and_review_lists_it(tmp_path: Path) -> None:
    app, _ = open_at(tmp_path, "position")

    async def scenario(pilot):
        await tab_to(pilot, "f-document-effective-date")
        await pilot.press("ctrl+u", *"2026-02-31")
        await pilot.pause(SETTLE)
        marks = app.query_one(StepList).states
        assert marks["position"] == MISSING
        # The document itself has no wrong date: the step is marked for the typed text.
        assert step_state(step_by_key("position"), app.doc, []) != MISSING
        await pilot.press("f8", "f8", "f8", "f8", "f8", "f8", "f8", "f8")
        await pilot.pause(SETTLE)
        assert app.current == "review"
        summary = str(app.query_one("#review-summary").render())
        assert "Nothing missing" not in summary
        findings = app.query_one("#findings", OptionList)
        texts = [str(findings.get_option_at_index(i).prompt)
                 for i in range(findings.option_count)]
        wrong = [t for t in texts if "Effective date" in t]
        assert wrong and wrong[0].startswith("[!]") and "31 February" in wrong[0], texts
        findings.focus()
        findings.highlighted = texts.index(wrong[0])
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == "position"
        assert focused_in(app, "f-document-effective-date")

    run(app, scenario)


def test_the_save_refusal_names_the_field(tmp_path: Path) -> None:
    app, path = open_at(tmp_path, "signoff")
    before = path.read_bytes()

    async def scenario(pilot):
        await tab_to(pilot, "f-approval-date")
        await pilot.press("ctrl+u", *"31.02.2026", "ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert path.read_bytes() == before
    refusals = notes(app, "error")
    assert refusals and all("Approval date" in r for r in refusals), refusals


def test_a_corrected_date_clears_the_mark(tmp_path: Path) -> None:
    app, _ = open_at(tmp_path, "position")

    async def scenario(pilot):
        await tab_to(pilot, "f-document-effective-date")
        await pilot.press("ctrl+u", *"31.02.2026")
        await pilot.pause(SETTLE)
        assert app.query_one(StepList).states["position"] == MISSING
        await pilot.press("ctrl+u", *"1 December 2026")
        await pilot.pause(SETTLE)
        assert app.query_one(StepList).states["position"] != MISSING

    run(app, scenario)
    assert app.doc.document.effective_date == date(2026, 12, 1)


def test_a_russian_document_takes_the_date_as_it_prints_it(tmp_path: Path) -> None:
    app, _ = open_at(tmp_path, "position", "sales-manager-ru")

    async def scenario(pilot):
        await tab_to(pilot, "f-document-effective-date")
        await pilot.press("ctrl+u", *"1 декабря 2026 г.")
        await pilot.pause(SETTLE)

    run(app, scenario)
    assert app.doc.document.effective_date == date(2026, 12, 1)


def test_a_wrong_date_removed_with_its_block_no_longer_marks_the_step(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)

    async def scenario(pilot):
        await add_agreement(pilot)
        await tab_to(pilot, "f-agreed-1-date")
        await pilot.press(*"2026-02-31")
        await pilot.pause(SETTLE)
        assert app.query_one(StepList).states["signoff"] == MISSING
        await tab_to(pilot, "remove-agreed-1")
        await pilot.press("enter")
        await pilot.pause(SETTLE)
        assert app.query_one(StepList).states["signoff"] != MISSING
        assert not any("Agreement 1" in f.message for f in app.findings)

    run(app, scenario)


def test_a_wrong_date_being_typed_survives_adding_another_block(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)

    async def scenario(pilot):
        await add_agreement(pilot)
        await tab_to(pilot, "f-agreed-1-date")
        await pilot.press(*"2026-02-31")
        await tab_to(pilot, "add-agreed")
        await pilot.press("enter")
        await pilot.pause(SETTLE)
        typed = app.query_one("#f-agreed-1-date Input", Input)
        assert typed.value == "2026-02-31"
        assert app.query_one(StepList).states["signoff"] == MISSING

    run(app, scenario)
