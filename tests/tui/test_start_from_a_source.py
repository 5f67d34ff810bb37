"""Starting a new description from an official source in the wizard (issue 14): the
start step offers a professional standard's XML file and O*NET's database folder after
the presets, and when no preset matches; a wrong path says why and can be corrected."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, Label, OptionList

from jdwizard import presets, uilang
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.import_source import ImportScreen
from tests.tui.conftest import run

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(autouse=True)
def _interface() -> Iterator[None]:
    yield
    uilang.choose(None, "en")


def new_wizard(language: str) -> WizardApp:
    uilang.choose(None, language)
    return WizardApp(presets.new_document(None, language), None, start=True)


def option_ids(app: WizardApp) -> list[str]:
    options = app.query_one("#preset-list", OptionList)
    return [options.get_option_at_index(i).id or "" for i in range(options.option_count)]


async def choose_option(pilot, app: WizardApp, key: str) -> None:
    options = app.query_one("#preset-list", OptionList)
    options.focus()
    options.highlighted = option_ids(app).index(key)
    await pilot.press("enter")
    await pilot.pause()


async def read_path(pilot, app: WizardApp, path: Path | str) -> None:
    await pilot.press(*str(path), "enter")
    for _ in range(100):  # read in a thread
        await pilot.pause(0.02)
        if app.screen.query_one("#source-choices", OptionList).display \
                or str(app.screen.query_one("#source-problem", Label).render()):
            return


def test_the_sources_follow_the_presets_and_stay_when_nothing_matches() -> None:
    app = new_wizard("ru")

    async def scenario(pilot):
        assert option_ids(app)[-2:] == ["import-profstandard", "import-onet"]
        await pilot.press(*"щщщ")
        await pilot.pause()
        assert option_ids(app) == ["", "blank-ru", "import-profstandard", "import-onet"]

    run(app, scenario)


def test_a_function_of_a_standard_becomes_the_description(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "profstandard" / "standard.xml", tmp_path / "ps.xml")
    app = new_wizard("en")  # the standard is Russian: the document and interface follow

    async def scenario(pilot):
        await choose_option(pilot, app, "import-profstandard")
        assert isinstance(app.screen, ImportScreen)
        await read_path(pilot, app, tmp_path / "missing.xml")
        problem = str(app.screen.query_one("#source-problem", Label).render())
        assert "missing.xml" in problem
        path_box = app.screen.query_one("#source-path", Input)
        path_box.value = ""  # corrected, as a user would
        path_box.focus()
        await read_path(pilot, app, tmp_path / "ps.xml")
        choices = app.screen.query_one("#source-choices", OptionList)
        assert choices.option_count == 3 and choices.has_focus
        await pilot.press("enter")  # the first: A, the archivist
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)
        assert app.current == "position"
        doc = app.doc
        assert doc.language == "ru" and doc.position.title == "Архивист"
        assert "Проверка описей дел, поступающих на хранение" in \
            [d.text for d in doc.duties.items]
        assert "профессионального стандарта" in doc.document.basis
        assert uilang.current() == "ru"

    run(app, scenario)


def test_an_onet_occupation_becomes_the_description(tmp_path: Path) -> None:
    folder = tmp_path / "db_30_0_text"
    shutil.copytree(FIXTURES / "onet" / "db_30_0_text", folder)
    app = new_wizard("en")

    async def scenario(pilot):
        await choose_option(pilot, app, "import-onet")
        await read_path(pilot, app, folder)
        words = app.screen.query_one("#occupation-filter", Input)
        assert words.has_focus
        await pilot.press(*"accountants", "enter")
        await pilot.pause()
        choices = app.screen.query_one("#source-choices", OptionList)
        shown = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert shown and all("Accountant" in line for line in shown)
        choices.highlighted = next(i for i, line in enumerate(shown) if "13-2011.01" in line)
        await pilot.press("enter")
        await pilot.pause()
        doc = app.doc
        assert doc.language == "en" and doc.position.codes == {"onet": "13-2011.01"}
        assert len(doc.duties.items) == 5
        assert "CC BY 4.0" in doc.document.basis

    run(app, scenario)


def test_escape_leaves_the_start_step_as_it_was() -> None:
    app = new_wizard("en")

    async def scenario(pilot):
        await choose_option(pilot, app, "import-onet")
        await pilot.press("escape")
        await pilot.pause()
        assert app.current == "start" and not app.started

    run(app, scenario)
