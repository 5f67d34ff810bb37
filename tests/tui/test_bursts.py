"""Keys that arrive in one packet, as they do over a slow SSH link, land as if typed slowly.

The app's own keys (save, quit, keep an item) act on the document only after the keys
that came before them have reached it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from jdwizard import fileformat, presets
from jdwizard.tui import settle
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.duty_details import DutyDetailsScreen
from jdwizard.tui.screens.quit import QuitScreen
from tests.tui.conftest import burst, focused_in, run, saved_preset, tab_to


def opened_at(tmp_path: Path, section: str) -> tuple[WizardApp, Path]:
    path = saved_preset("sales-manager", tmp_path / "sales.toml")
    return WizardApp(fileformat.load(path), path, section=section), path


def test_an_item_typed_and_kept_in_one_burst_is_kept(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "duties")
    count = len(app.doc.duties.items)

    async def scenario(pilot):
        await pilot.press("a")
        await burst(pilot, *"Keep the database", "enter")
        assert len(app.doc.duties.items) == count + 1
        assert app.doc.duties.items[1].text == "Keep the database"
        assert focused_in(app, "f-duties-items")

    run(app, scenario)


def test_add_type_and_keep_in_one_burst(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "duties")

    async def scenario(pilot):
        await burst(pilot, "a", *"One", "enter", "a", *"Two", "enter")
        assert [d.text for d in app.doc.duties.items[1:3]] == ["One", "Two"]

    run(app, scenario)


def test_keys_after_enter_in_the_same_burst_go_to_the_list(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "duties")
    before = [d.text for d in app.doc.duties.items]

    async def scenario(pilot):
        await pilot.press("a")
        await burst(pilot, *"One", "enter", "a", *"Two", "enter", "a", *"Three", "escape")
        # Escape on a new item drops it: "Three" is no duty.
        assert [d.text for d in app.doc.duties.items] == [before[0], "One", "Two", *before[1:]]

    run(app, scenario)


def test_text_then_save_in_one_burst_saves_the_text(tmp_path: Path) -> None:
    app, path = opened_at(tmp_path, "position")

    async def scenario(pilot):
        await tab_to(pilot, "f-position-title")
        await pilot.press("end")
        await burst(pilot, *" II", "ctrl+s")

    run(app, scenario)
    assert fileformat.load(path).position.title.endswith(" II")


def test_item_then_save_in_one_burst_saves_the_item(tmp_path: Path) -> None:
    app, path = opened_at(tmp_path, "duties")

    async def scenario(pilot):
        await pilot.press("a")
        await burst(pilot, *"Keep the database", "ctrl+s")

    run(app, scenario)
    assert fileformat.load(path).duties.items[1].text == "Keep the database"


def test_long_text_then_save_in_one_burst_saves_the_text(tmp_path: Path) -> None:
    app, path = opened_at(tmp_path, "position")

    async def scenario(pilot):
        await tab_to(pilot, "f-position-summary")
        await pilot.press("pagedown", "end")
        await burst(pilot, *" More.", "ctrl+s")

    run(app, scenario)
    assert fileformat.load(path).position.summary.endswith(" More.")


def test_text_then_quit_in_one_burst_asks_about_the_text(tmp_path: Path) -> None:
    app, path = opened_at(tmp_path, "position")
    before = path.read_bytes()

    async def scenario(pilot):
        await tab_to(pilot, "f-position-title")
        await burst(pilot, *"X", "ctrl+q")
        assert isinstance(app.screen, QuitScreen)

    run(app, scenario)
    assert path.read_bytes() == before


def test_duty_details_typed_and_kept_in_one_burst(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "duties")

    async def scenario(pilot):
        await pilot.press("g")
        assert isinstance(app.screen, DutyDetailsScreen)
        await burst(pilot, "ctrl+u", *"Stock", "ctrl+s")
        assert not isinstance(app.screen, DutyDetailsScreen)
        assert app.doc.duties.items[0].group == "Stock"

    run(app, scenario)


def test_corrections_in_a_burst_apply_in_turn(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "position")

    async def scenario(pilot):
        await tab_to(pilot, "f-position-title")
        await burst(pilot, "ctrl+u", *"Salse", "backspace", "backspace", *"es", "left", "x")
        assert app.doc.position.title == "Salexs"
        await tab_to(pilot, "f-position-summary")
        await burst(pilot, "pagedown", "end", *" Od", "backspace", *"K.")
        assert app.doc.position.summary.endswith(" OK.")

    run(app, scenario)


def test_corrections_in_an_item_burst_apply_in_turn(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "duties")

    async def scenario(pilot):
        await pilot.press("a")
        await burst(pilot, *"Cuont", *["backspace"] * 4, *"ount", "home",
                    *"Re-", "enter")
        assert app.doc.duties.items[1].text == "Re-Count"

    run(app, scenario)


def test_enter_in_a_field_goes_on_and_the_burst_follows(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "position")

    async def scenario(pilot):
        await tab_to(pilot, "f-organization-name")
        await burst(pilot, "ctrl+u", *"Vector", "enter", "ctrl+u", *"Sales")
        assert app.doc.organization.name == "Vector"
        assert app.doc.organization.department == "Sales"
        assert focused_in(app, "f-organization-department")

    run(app, scenario)


def test_tab_in_a_burst_moves_on_before_the_keys_behind_it(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "position")

    async def scenario(pilot):
        await tab_to(pilot, "f-position-title")
        await burst(pilot, "tab", "tab", *"Vector LLC", "enter", *"Sales")
        assert app.doc.position.title == "Sales Manager"
        assert (app.doc.organization.name, app.doc.organization.department) == (
            "Vector LLC", "Sales")

    run(app, scenario)


def test_escape_down_enter_in_one_burst_opens_the_next_step(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "position")

    async def scenario(pilot):
        await tab_to(pilot, "f-position-title")
        await burst(pilot, "escape", "down", "enter", "tab", *"x")
        assert app.current == "subordination"
        assert app.doc.position.title == "Sales Manager"

    run(app, scenario)


def test_typing_ahead_of_a_new_step_lands_in_it() -> None:
    app = WizardApp(presets.new_document("blank"), None, start=True)

    async def scenario(pilot):
        await burst(pilot, *"sales man", "enter", "tab", "tab", *"Vector LLC", "enter",
                    *"Sales")
        assert app.current == "position"
        assert app.doc.position.title == "Sales Manager"
        assert (app.doc.organization.name, app.doc.organization.department) == (
            "Vector LLC", "Sales")

    run(app, scenario)


def test_keys_are_not_held_for_ever_when_the_app_is_never_idle(tmp_path: Path) -> None:
    app, _ = opened_at(tmp_path, "position")

    async def busy() -> None:
        while True:
            await asyncio.sleep(0)

    async def scenario(pilot):
        await tab_to(pilot, "f-position-title")
        await pilot.press("end")
        spinner = asyncio.create_task(busy())
        try:
            await burst(pilot, *" IV", pause=False)  # Pilot's pause waits for an idle CPU
            await asyncio.sleep(settle.STUCK_AFTER + 0.5)  # not one second a key
            assert app.doc.position.title == "Sales Manager IV"
        finally:
            spinner.cancel()

    run(app, scenario)


def test_save_as_typed_ahead_in_one_burst(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = WizardApp(presets.new_document("sales-manager"), None, section="position")

    async def scenario(pilot):
        await burst(pilot, "ctrl+s", "ctrl+u", *"typed.toml", "enter")

    run(app, scenario)
    assert fileformat.load(tmp_path / "typed.toml") == presets.new_document("sales-manager")
    assert (tmp_path / "typed.md").exists()
