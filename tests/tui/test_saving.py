"""Saving a new document: missing folders, a failed save, and what the notice says."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from jdwizard import fileformat, presets
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.confirm import ConfirmScreen
from jdwizard.tui.screens.save_as import SaveAsScreen
from tests.tui.conftest import notes, run, saved_preset


@pytest.fixture
def in_tmp(tmp_path: Path) -> Iterator[Path]:
    cwd = os.getcwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(cwd)


def new_sales_manager() -> WizardApp:
    return WizardApp(presets.new_document("sales-manager"), None, section="position")


async def save_as(pilot, name: str) -> None:
    """ctrl+s on a new document, and the name typed over the one suggested."""
    await pilot.press("ctrl+s")
    await pilot.pause()
    await pilot.press("ctrl+u", *name, "enter")
    await pilot.pause()


def typed_name(app: WizardApp) -> str:
    assert isinstance(app.screen, SaveAsScreen)
    return app.screen.query_one(Input).value


def test_saving_into_a_missing_folder_offers_to_create_it(in_tmp: Path) -> None:
    app = new_sales_manager()

    async def scenario(pilot):
        await save_as(pilot, "jd/sales.toml")
        assert isinstance(app.screen, ConfirmScreen)
        assert "jd" in app.screen.question and "create" in app.screen.question.lower()
        await pilot.press("y")
        await pilot.pause()

    run(app, scenario)
    assert fileformat.load(in_tmp / "jd" / "sales.toml").position.title == "Sales Manager"
    assert (in_tmp / "jd" / "sales.md").exists()


def test_declining_the_folder_keeps_the_typed_name_for_the_next_try(in_tmp: Path) -> None:
    app = new_sales_manager()

    async def scenario(pilot):
        await save_as(pilot, "jd/sales.toml")
        await pilot.press("n")
        await pilot.pause()
        assert not (in_tmp / "jd").exists()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert typed_name(app) == "jd/sales.toml"

    run(app, scenario)


def test_after_a_failed_save_the_dialog_keeps_the_typed_name(in_tmp: Path) -> None:
    (in_tmp / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    app = new_sales_manager()

    async def scenario(pilot):
        await save_as(pilot, "taken/sales.toml")
        assert not isinstance(app.screen, SaveAsScreen | ConfirmScreen)
        assert notes(app, "error")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert typed_name(app) == "taken/sales.toml"

    run(app, scenario)


def test_saved_is_said_once_and_what_is_missing_is_said(tmp_path: Path) -> None:
    path = saved_preset("blank", tmp_path / "blank.toml")
    app = WizardApp(fileformat.load(path), path, section="position")

    async def scenario(pilot):
        await pilot.press(*"Storekeeper", "ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert fileformat.load(path).position.title == "Storekeeper"
    saved = [n.replace(str(tmp_path), "") for n in notes(app) if "blank.toml" in n]
    assert len(saved) == 1, notes(app)
    assert saved[0].startswith("Saved: ") and saved[0].lower().count("saved") == 1, saved
    assert "still missing" in saved[0].lower() and "dut" in saved[0].lower(), saved
