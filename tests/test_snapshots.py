"""Snapshots of every step of the wizard at 80x24, and of one at 60x20.

Update after a deliberate change of the screens with: pytest tests/test_snapshots.py
--snapshot-update, then look at the SVGs before committing them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from jdwizard import presets
from jdwizard.steps import SECTION_NAMES
from jdwizard.tui.app import WizardApp

FIXED_PATH = Path("/nonexistent/sales-manager.toml")


def sales_manager(section: str | None = None, start: bool = False) -> WizardApp:
    doc = presets.new_document("sales-manager")
    doc.organization.name = "Vector LLC"
    return WizardApp(doc, FIXED_PATH, section=section, start=start)


async def settle(pilot: Pilot[object]) -> None:
    # Findings and marks refresh after a short pause; wait them out.
    await pilot.pause(0.5)


@pytest.mark.parametrize("section", SECTION_NAMES)
def test_step_at_80x24(snap_compare, section: str) -> None:
    assert snap_compare(sales_manager(section), terminal_size=(80, 24), run_before=settle)


def test_start_step_at_80x24(snap_compare) -> None:
    app = WizardApp(presets.new_document(None), None, start=True)
    assert snap_compare(app, press=[*"sales"], terminal_size=(80, 24), run_before=settle)


def test_missing_values_are_marked(snap_compare) -> None:
    app = WizardApp(presets.new_document(None), None, section="position")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


def test_preview_beside_the_form(snap_compare) -> None:
    assert snap_compare(sales_manager("rights"), press=["f3"], terminal_size=(80, 24),
                        run_before=settle)


def test_duties_at_60x20(snap_compare) -> None:
    assert snap_compare(sales_manager("duties"), terminal_size=(60, 20), run_before=settle)


def test_help_fits_80x24(snap_compare) -> None:
    assert snap_compare(sales_manager("duties"), press=["f1"], terminal_size=(80, 24),
                        run_before=settle)


def test_item_being_edited_at_80x24(snap_compare) -> None:
    # The footer names the editor's keys: Enter keeps, Esc cancels.
    assert snap_compare(sales_manager("duties"), press=["down", "enter", *" now"],
                        terminal_size=(80, 24), run_before=settle)


def test_a_long_question_wraps_in_its_dialog(snap_compare) -> None:
    from jdwizard.tui.screens.confirm import ConfirmScreen

    async def ask(pilot: Pilot[object]) -> None:
        await settle(pilot)  # the step marks beneath first, or they differ from run to run
        question = ("/srv/hr/job-descriptions/sales/sales-manager.toml is open in another "
                    "wizard: anna on hr-server (process 4242) since 09:14. Open it read-only?")
        pilot.app.push_screen(ConfirmScreen(question, "Open read-only", "Quit"))
        await settle(pilot)

    assert snap_compare(sales_manager(), terminal_size=(80, 24), run_before=ask)


def test_the_readme_screenshot_is_the_duties_snapshot() -> None:
    # docs/wizard.svg is a copy, so that the README shows the wizard as it is.
    root = Path(__file__).resolve().parent.parent
    snapshot = root / "tests/__snapshots__/test_snapshots/test_step_at_80x24[duties].svg"
    assert (root / "docs/wizard.svg").read_bytes() == snapshot.read_bytes(), (
        "copy the duties snapshot to docs/wizard.svg")


def test_a_draft_is_offered_at_80x24(snap_compare) -> None:
    from jdwizard.tui.screens.restore import RestoreScreen

    async def offer(pilot: Pilot[object]) -> None:
        await settle(pilot)  # the step marks beneath first, or they differ from run to run
        screen = RestoreScreen("jd/sales-manager.toml", "2 min ago",
                               "It differs in: position, duties")
        pilot.app.push_screen(screen)
        await settle(pilot)

    assert snap_compare(sales_manager(), terminal_size=(80, 24), run_before=offer)


def test_a_filter_that_matches_nothing_at_80x24(snap_compare) -> None:
    app = WizardApp(presets.new_document(None), None, start=True)
    assert snap_compare(app, press=[*"accountant"], terminal_size=(80, 24), run_before=settle)


def test_a_date_that_does_not_parse_in_the_review_at_80x24(snap_compare) -> None:
    async def wrong_date(pilot: Pilot[object]) -> None:
        await settle(pilot)
        app = pilot.app
        assert isinstance(app, WizardApp)
        await app.show_step("position")
        app.query_one("#f-document-effective-date Input").focus()
        await pilot.press(*"2026-02-31")
        await app.show_step("review")
        await settle(pilot)

    assert snap_compare(sales_manager(), terminal_size=(80, 24), run_before=wrong_date)


def test_the_export_dialog_at_80x24(snap_compare) -> None:
    # Opened by its key on the Review step; nothing is exported (the path does not exist).
    assert snap_compare(sales_manager("review"), press=["e"], terminal_size=(80, 24),
                        run_before=settle)


def test_signoff_approved_by_an_order_at_80x24(snap_compare) -> None:
    app = sales_manager("signoff")
    app.doc.approval.order_number = "45"
    app.doc.approval.order_date = date(2026, 12, 1)
    app.doc.document.blank_rows = 3
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)
