"""Saving an approved description whose clauses changed offers a revision (issue 11):
its text drafted from the diff, to edit, record or skip; Esc saves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from jdwizard import fileformat, presets, uilang
from jdwizard.model import Acknowledgement
from jdwizard.output import markdown
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.revision import RevisionScreen
from tests.tui.conftest import run


@pytest.fixture(autouse=True)
def _interface() -> Iterator[None]:
    yield
    uilang.choose(None, "en")


def approved(tmp_path: Path, preset: str = "sales-manager-ru", status: str = "approved",
             appendix: bool = True) -> Path:
    path = tmp_path / "jd.toml"
    doc = presets.new_document(preset)
    doc.document.status = status
    doc.document.contract_appendix = appendix
    doc.acknowledged = [Acknowledgement("Петров Пётр Петрович", date(2026, 11, 28))]
    fileformat.save(doc, path)
    uilang.choose(None, doc.language)
    return path


async def reword_first_duty(pilot) -> None:
    await pilot.press("enter", "end", *" в течение рабочего дня", "enter")
    await pilot.pause()


def test_recording_the_drafted_revision(tmp_path: Path) -> None:
    path = approved(tmp_path)
    app = WizardApp(fileformat.load(path), path, section="duties")

    async def scenario(pilot):
        await reword_first_duty(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RevisionScreen)
        drafted = app.screen.query_one("#revision-changes", TextArea).text
        assert drafted == "Изменён пункт 3.1"
        app.screen.query_one("#revision-basis", Input).value = "Приказ от 01.12.2026 № 7"
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert not isinstance(app.screen, RevisionScreen)

    run(app, scenario)
    saved = fileformat.load(path)
    [revision] = saved.revisions
    assert revision.changes == "Изменён пункт 3.1" and revision.date == date.today()
    assert revision.basis == "Приказ от 01.12.2026 № 7" and revision.labour_function is True
    assert "Лист регистрации изменений" in markdown.render(saved)


def test_saving_without_a_revision_asks_once(tmp_path: Path) -> None:
    path = approved(tmp_path, "sales-manager")
    app = WizardApp(fileformat.load(path), path, section="duties")

    async def scenario(pilot):
        await reword_first_duty(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RevisionScreen)
        assert app.screen.query_one("#revision-changes", TextArea).text == "Clause 3.1 changed"
        await pilot.press("ctrl+n")
        await pilot.pause(0.3)
        assert not app.dirty
        await pilot.press("a", *"Another duty", "enter", "ctrl+s")
        await pilot.pause(0.3)
        assert not isinstance(app.screen, RevisionScreen)  # once a session

    run(app, scenario)
    saved = fileformat.load(path)
    assert saved.revisions == [] and saved.duties.items[1].text == "Another duty"


def test_escape_saves_nothing(tmp_path: Path) -> None:
    path = approved(tmp_path)
    before = path.read_bytes()
    app = WizardApp(fileformat.load(path), path, section="duties")

    async def scenario(pilot):
        await reword_first_duty(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert app.dirty

    run(app, scenario)
    assert path.read_bytes() == before


@pytest.mark.parametrize("status", ["draft", ""])
def test_a_description_not_yet_approved_is_saved_without_asking(tmp_path: Path,
                                                                status: str) -> None:
    path = approved(tmp_path, status=status)
    app = WizardApp(fileformat.load(path), path, section="duties")

    async def scenario(pilot):
        await reword_first_duty(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause(0.3)
        assert not isinstance(app.screen, RevisionScreen) and not app.dirty

    run(app, scenario)
    assert fileformat.load(path).revisions == []
