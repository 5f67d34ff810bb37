"""The Position form's runs of fields are drawn by one widget for the app's first frame
(FieldsAtFirst), and are fields of their own right after it: the same screen, and keys
typed at once reach them."""

from __future__ import annotations

from pathlib import Path

from textual.strip import Strip

from jdwizard import fileformat, presets
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import DrawnField, FieldInput, FieldsAtFirst, LineField
from tests.tui.conftest import SETTLE, run


class Caught(WizardApp):
    """The app, with what its first frame held."""

    first_frame: list[Strip]
    stand_ins: list[FieldsAtFirst]
    fields_then: list[str]

    async def _after_first_frame(self) -> None:
        if not hasattr(self, "first_frame"):
            self.first_frame = self.screen._compositor.render_strips()
            self.stand_ins = list(self.query(FieldsAtFirst))
            self.fields_then = [f.id or "" for f in self.query(DrawnField)]
        await super()._after_first_frame()


def opened_at(tmp_path: Path, section: str, preset: str = "sales-manager") -> Caught:
    path = tmp_path / "jd.toml"
    doc = presets.new_document(preset)
    doc.organization.name = "Acme"
    fileformat.save(doc, path)
    return Caught(fileformat.load(path), path, section=section)


STEPS = 22
"""The step list's columns at 80."""


def text_of(strips: list[Strip]) -> list[str]:
    return ["".join(segment.text for segment in strip).rstrip() for strip in strips]


def test_the_first_frame_draws_the_runs_of_fields_and_then_they_are_fields(
        tmp_path: Path) -> None:
    app = opened_at(tmp_path, "position")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        # Category to Summary; the five codes, No., Place, Date.
        assert [len(s.widgets) for s in app.stand_ins] == [4, 8]
        assert "f-organization-name" not in app.fields_then
        assert not app.query(FieldsAtFirst)
        field = app.query_one("#f-organization-name", DrawnField)
        assert field.drawing and not field.children
        # The form's side of the screen (the step list's marks come after the first
        # frame); the fields' lines drawn at first are theirs (the form's hint may wrap
        # anew once the fields built after the first frame give the form its scrollbar).
        first = [line[STEPS:] for line in text_of(app.first_frame)]
        now = [line[STEPS:] for line in text_of(app.screen._compositor.render_strips())]
        for drawn in (" Organization       Acme", " Department", " OKPDTR code        24068",
                      " Effective date     YYYY-MM-DD"):
            assert [line for line in first if line == drawn] == [
                line for line in now if line == drawn] != []

    run(app, scenario)


def test_keys_typed_at_once_reach_the_fields_drawn_at_first(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "position")

    async def scenario(pilot):
        # No pause: typed ahead, as over a slow link, while the form is being built.
        await pilot.press("tab", "tab", "end", *" Ltd", "enter", *"Sales")
        await pilot.pause()
        assert app.doc.organization.name == "Acme Ltd"
        assert app.doc.organization.department == "Sales"
        assert isinstance(app.focused, FieldInput)

    run(app, scenario)


def test_a_place_in_a_run_drawn_at_first_opens_focused(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "position.codes.okz")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert isinstance(app.focused, FieldInput)
        assert app.focused.parent is app.query_one("#f-position-codes-okz")
        await pilot.press(*"2412")
        await pilot.pause()
        assert app.doc.position.codes["okz"] == "2412"

    run(app, scenario)


def test_a_russian_heading_is_drawn_with_the_others_and_follows_the_title(
        tmp_path: Path) -> None:
    app = opened_at(tmp_path, "position", "sales-manager-ru")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert [len(s.widgets) for s in app.stand_ins] == [5, 8]
        await pilot.press("ctrl+u", *"Главный бухгалтер")
        for _ in range(100):
            await pilot.pause(0.02)
            if app.query_one("#f-position-title-genitive", LineField).text == (
                    "главного бухгалтера"):
                break
        assert app.query_one("#f-position-title-genitive", LineField).text == (
            "главного бухгалтера")

    run(app, scenario)
