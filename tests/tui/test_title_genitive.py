"""The Russian heading's position in the genitive, shown under the title in the Position
step for the user to confirm or correct (issue 10): the file keeps a correction only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from jdwizard import fileformat, presets, uilang
from jdwizard.output import markdown
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import TextField
from tests.tui.conftest import run

GENITIVE = "#f-position-title-genitive"
TITLE = "#f-position-title Input"


@pytest.fixture(autouse=True)
def _russian() -> Iterator[None]:
    uilang.choose(None, "ru")
    yield
    uilang.choose(None, "en")


def russian_file(tmp_path: Path, preset: str = "sales-manager-ru") -> Path:
    path = tmp_path / "jd.toml"
    fileformat.save(presets.new_document(preset), path)
    return path


def genitive_shown(app: WizardApp) -> str:
    """What the genitive's field shows: in its Input, or in its view until it is focused."""
    return app.query_one(GENITIVE, TextField).typed()


def genitive_line(app: WizardApp) -> str:
    """The genitive's field's line on the screen."""
    y = app.query_one(GENITIVE).region.y
    return "".join(s.text for s in app.screen._compositor.render_strips()[y])


async def _settled(pilot, app: WizardApp, wanted: str) -> str:
    """The genitive shown once the derived form is in (it is derived in a thread)."""
    for _ in range(100):
        await pilot.pause(0.02)
        if genitive_shown(app) == wanted:
            return wanted
    return genitive_shown(app)


def test_the_derived_genitive_is_shown_and_not_written(tmp_path: Path) -> None:
    path = russian_file(tmp_path)
    app = WizardApp(fileformat.load(path), path, section="position")

    async def scenario(pilot):
        shown = await _settled(pilot, app, "менеджера по продажам")
        assert shown == "менеджера по продажам"
        await pilot.pause()
        assert genitive_line(app).rstrip().endswith("менеджера по продажам")
        assert not app.dirty and app.doc.position.title_genitive == ""

    run(app, scenario)


def test_the_genitive_follows_the_title_as_it_is_typed(tmp_path: Path) -> None:
    path = russian_file(tmp_path)
    app = WizardApp(fileformat.load(path), path, section="position")

    async def scenario(pilot):
        await _settled(pilot, app, "менеджера по продажам")
        app.query_one(TITLE, Input).focus()
        await pilot.press("ctrl+u", *"Главный бухгалтер")
        shown = await _settled(pilot, app, "главного бухгалтера")
        assert shown == "главного бухгалтера"
        await pilot.pause()
        assert genitive_line(app).rstrip().endswith("главного бухгалтера")
        assert app.doc.position.title_genitive == ""  # still derived: not kept
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    saved = fileformat.load(path)
    assert saved.position.title == "Главный бухгалтер" and saved.position.title_genitive == ""
    assert "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ главного бухгалтера" in markdown.render(saved)


def test_a_correction_is_kept_in_the_file_and_printed(tmp_path: Path) -> None:
    path = russian_file(tmp_path)
    app = WizardApp(fileformat.load(path), path, section="position")

    async def scenario(pilot):
        await _settled(pilot, app, "менеджера по продажам")
        await pilot.press("tab")  # from the title
        await pilot.press("end", *" и закупкам")
        await pilot.pause()
        assert app.doc.position.title_genitive == "менеджера по продажам и закупкам"
        # A title typed after a correction leaves the correction alone.
        app.query_one(TITLE, Input).focus()
        await pilot.press("end", *" и закупкам")
        await pilot.pause(0.2)
        assert genitive_shown(app) == "менеджера по продажам и закупкам"
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    saved = fileformat.load(path)
    assert saved.position.title_genitive == "менеджера по продажам и закупкам"
    assert "ИНСТРУКЦИЯ менеджера по продажам и закупкам" in markdown.render(saved)


def test_typing_back_the_derived_form_keeps_nothing(tmp_path: Path) -> None:
    path = tmp_path / "jd.toml"
    doc = presets.new_document("sales-manager-ru")
    doc.position.title_genitive = "менеджеров по продажам"  # a correction gone wrong
    fileformat.save(doc, path)
    app = WizardApp(fileformat.load(path), path, section="position")

    async def scenario(pilot):
        assert genitive_shown(app) == "менеджеров по продажам"
        await pilot.press("tab")  # from the title
        await pilot.press("ctrl+u", *"менеджера по продажам")
        await pilot.pause()
        assert app.doc.position.title_genitive == ""  # the derived form: follows the title
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert fileformat.load(path).position.title_genitive == ""


def test_an_english_document_has_no_genitive_field(tmp_path: Path) -> None:
    uilang.choose(None, "en")
    path = tmp_path / "jd.toml"
    fileformat.save(presets.new_document("sales-manager"), path)
    app = WizardApp(fileformat.load(path), path, section="position")

    async def scenario(pilot):
        assert app.query_one(TITLE, Input)
        assert not app.query(GENITIVE)

    run(app, scenario)
