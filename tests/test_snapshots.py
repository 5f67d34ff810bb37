"""Snapshots of every step of the wizard at 80x24, and of one at 60x20.

Update after a deliberate change of the screens with: pytest tests/test_snapshots.py
--snapshot-update, then look at the SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from jdwizard import presets
from jdwizard.steps import SECTION_NAMES
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import DateField

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
        app.query_one("#f-document-effective-date", DateField).focus_editor()
        await pilot.pause()  # its Input made, focused
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


# --- the wizard in Russian: longer words, and nothing may be cut off ------------------


@pytest.fixture
def russian(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from jdwizard import uilang

    monkeypatch.delenv(uilang.ENV, raising=False)
    uilang.choose("ru")
    yield
    uilang.choose(None, "en")


def sales_manager_ru(section: str | None = None) -> WizardApp:
    doc = presets.new_document("sales-manager-ru")
    doc.organization.name = "ООО «Вектор»"
    return WizardApp(doc, Path("/nonexistent/sales-ru.toml"), section=section)


async def push_after_settle(pilot: Pilot[object], screen: Screen[str]) -> None:
    await settle(pilot)  # the step marks beneath first, or they differ from run to run
    pilot.app.push_screen(screen)
    await settle(pilot)


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("section", [None, *SECTION_NAMES])
def test_russian_step_at_80x24(snap_compare, section: str | None) -> None:
    assert snap_compare(sales_manager_ru(section), terminal_size=(80, 24), run_before=settle)


@pytest.mark.usefixtures("russian")
def test_russian_start_step_at_80x24(snap_compare) -> None:
    app = WizardApp(presets.new_document(None, "ru"), None, start=True)
    assert snap_compare(app, press=[*"продаж"], terminal_size=(80, 24), run_before=settle)


@pytest.mark.usefixtures("russian")
def test_russian_missing_values_are_marked(snap_compare) -> None:
    app = WizardApp(presets.new_document("blank-ru"), None, section="position")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


@pytest.mark.usefixtures("russian")
def test_russian_help_fits_80x24(snap_compare) -> None:
    assert snap_compare(sales_manager_ru("duties"), press=["f1"], terminal_size=(80, 24),
                        run_before=settle)


@pytest.mark.usefixtures("russian")
def test_russian_item_being_edited_at_80x24(snap_compare) -> None:
    assert snap_compare(sales_manager_ru("duties"), press=["down", "enter", *" сейчас"],
                        terminal_size=(80, 24), run_before=settle)


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("key", ["g", "l"])
def test_russian_duty_dialogs_at_80x24(snap_compare, key: str) -> None:
    # g: a duty's group, share and mark; l: the library of the presets' duties
    assert snap_compare(sales_manager_ru("duties"), press=[key], terminal_size=(80, 24),
                        run_before=settle)


@pytest.mark.usefixtures("russian")
def test_russian_export_dialog_at_80x24(snap_compare) -> None:
    assert snap_compare(sales_manager_ru("review"), press=["e"], terminal_size=(80, 24),
                        run_before=settle)


@pytest.mark.usefixtures("russian")
def test_russian_quit_dialog_at_80x24(snap_compare) -> None:
    # A change (a duty deleted), then ctrl+q: save, discard or cancel.
    assert snap_compare(sales_manager_ru("duties"), press=["d", "ctrl+q"],
                        terminal_size=(80, 24), run_before=settle)


@pytest.mark.usefixtures("russian")
def test_russian_save_as_dialog_at_80x24(snap_compare) -> None:
    app = sales_manager_ru("position")
    app.path = None
    assert snap_compare(app, press=["ctrl+s"], terminal_size=(80, 24), run_before=settle)


@pytest.mark.usefixtures("russian")
def test_russian_revision_dialog_at_80x24(snap_compare) -> None:
    from jdwizard.tui.screens.revision import RevisionScreen

    async def offer(pilot: Pilot[object]) -> None:
        screen = RevisionScreen("Изменены пункты 3.2, 3.5; добавлен пункт 3.14; изменено: "
                                "Непосредственный руководитель", "2", "01.12.2026")
        await push_after_settle(pilot, screen)  # type: ignore[arg-type]

    assert snap_compare(sales_manager_ru("duties"), terminal_size=(80, 24), run_before=offer)


@pytest.mark.usefixtures("russian")
def test_russian_draft_dialog_at_80x24(snap_compare) -> None:
    from jdwizard.drafts import describe_age
    from jdwizard.tui import words
    from jdwizard.tui.screens.restore import RestoreScreen
    from jdwizard.uilang import t

    async def offer(pilot: Pilot[object]) -> None:
        detail = t("It differs in: {parts}", parts=", ".join(
            words.part_name(p) for p in ("position", "duties")))
        await push_after_settle(pilot, RestoreScreen("jd/sales-ru.toml", describe_age(130),
                                                     detail))

    assert snap_compare(sales_manager_ru(), terminal_size=(80, 24), run_before=offer)


@pytest.mark.usefixtures("russian")
def test_russian_lock_dialog_at_80x24(snap_compare) -> None:
    from jdwizard.tui.screens.restore import LockedScreen
    from jdwizard.uilang import t

    async def ask(pilot: Pilot[object]) -> None:
        question = t("{path} is open in another wizard: {holder}. Whether it still runs "
                     "cannot be checked from this machine: break its lock only if it does "
                     "not.", path="/srv/hr/job-descriptions/sales/sales-manager-ru.toml",
                     holder="anna на hr-server (процесс 4242) с 09:14")
        await push_after_settle(pilot, LockedScreen(question))

    assert snap_compare(sales_manager_ru(), terminal_size=(80, 24), run_before=ask)


@pytest.mark.usefixtures("russian")
def test_russian_unreadable_draft_dialog_at_80x24(snap_compare) -> None:
    from jdwizard.tui.screens.restore import UnreadableDraftScreen

    async def offer(pilot: Pilot[object]) -> None:
        await push_after_settle(pilot, UnreadableDraftScreen(
            "jd/sales-ru.toml", "это не текст UTF-8",
            "/home/anna/.local/state/jdwizard/drafts/0f3a.json"))

    assert snap_compare(sales_manager_ru(), terminal_size=(80, 24), run_before=offer)


@pytest.mark.usefixtures("russian")
def test_russian_signoff_with_blocks_at_80x24(snap_compare) -> None:
    from jdwizard.model import Acknowledgement, Signature

    app = sales_manager_ru("signoff")
    app.doc.agreed = [Signature("Главный бухгалтер", "М.П. Сидорова")]
    app.doc.acknowledged = [Acknowledgement("И.И. Иванов")]
    app.doc.approval.order_number = "45"
    app.doc.approval.order_date = date(2026, 12, 1)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)
