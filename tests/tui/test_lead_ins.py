"""Choosing a Russian list's lead-in in the wizard (issue 10): a standard form or words of
one's own; the file keeps the form's key (nothing for the default) or the words, the
document prints them, and the checks follow the choice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from jdwizard import fileformat, presets, uilang
from jdwizard.output import markdown
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import FieldSelect
from jdwizard.tui.widgets.lead_field import LeadField
from jdwizard.tui.widgets.list_editor import ListEditor
from tests.tui.conftest import SETTLE, run

RIGHTS_LEAD = "#f-rights-lead"


@pytest.fixture(autouse=True)
def _russian() -> Iterator[None]:
    uilang.choose(None, "ru")
    yield
    uilang.choose(None, "en")


def opened_at(tmp_path: Path, section: str, preset: str = "sales-manager-ru") -> WizardApp:
    path = tmp_path / "jd.toml"
    fileformat.save(presets.new_document(preset), path)
    return WizardApp(fileformat.load(path), path, section=section)


def test_the_step_opens_on_the_list_not_on_its_lead_in(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "rights")

    async def scenario(pilot):
        assert isinstance(app.focused, ListEditor)
        lead = app.query_one(RIGHTS_LEAD, LeadField)
        assert lead.query_one(FieldSelect).value == "infinitive"  # the default form
        assert "*" not in lead.label  # the default stands when none is chosen

    run(app, scenario)


def test_choosing_a_standard_form_keeps_its_key_and_the_checks_follow(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "rights")

    async def scenario(pilot):
        await pilot.press("up", "space", "down", "enter")  # «Работник имеет право на:»
        await pilot.pause(SETTLE)
        assert app.doc.rights.lead == "accusative"
        # The preset's rights are infinitives: each now disagrees with the lead-in.
        disagreeing = [f for f in app.findings if f.place.startswith("rights.items[")]
        assert len(disagreeing) == len(app.doc.rights.items)
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    saved = fileformat.load(tmp_path / "jd.toml")
    assert saved.rights.lead == "accusative"
    assert "Работник имеет право на:" in markdown.render(saved)


def test_words_of_ones_own_are_kept_and_printed(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "rights")

    async def scenario(pilot):
        await pilot.press("up", "space", "down", "down", "enter")  # «Свои слова…»
        await pilot.pause()
        own = app.query_one(f"{RIGHTS_LEAD} .lead-own", Input)
        assert own.display and own.has_focus
        await pilot.press(*"Работник вправе")
        await pilot.pause()
        assert app.doc.rights.lead == "Работник вправе"
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    saved = fileformat.load(tmp_path / "jd.toml")
    assert "Работник вправе:" in markdown.render(saved)


def test_the_default_form_chosen_again_keeps_nothing(tmp_path: Path) -> None:
    path = tmp_path / "jd.toml"
    doc = presets.new_document("sales-manager-ru")
    doc.qualifications.knowledge_lead = "Должен знать"  # a standard form, in its words
    fileformat.save(doc, path)
    app = WizardApp(fileformat.load(path), path, section="qualifications")

    async def scenario(pilot):
        select = app.query_one("#f-qualifications-knowledge-lead", LeadField) \
            .query_one(FieldSelect)
        assert select.value == "accusative"  # the words are read as the form they are
        select.focus()
        await pilot.press("space", "up", "enter")
        await pilot.pause()
        assert app.doc.qualifications.knowledge_lead == ""

    run(app, scenario)


def test_an_english_document_has_no_lead_in_choice(tmp_path: Path) -> None:
    uilang.choose(None, "en")
    app = opened_at(tmp_path, "qualifications", "sales-manager")

    async def scenario(pilot):
        assert not app.query(LeadField)

    run(app, scenario)
