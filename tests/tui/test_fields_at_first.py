"""The Position form's runs of fields are drawn by one widget for the app's first frame
(FieldsAtFirst), and are fields of their own right after it: the same screen, and keys
typed at once reach them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.strip import Strip

from jdwizard import fileformat, presets
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import DrawnField, FieldInput, FieldsAtFirst, LineField
from jdwizard.tui.widgets.list_editor import ListEditor
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
        # Category to Summary, the other titles, the five codes, No., Place, Date.
        assert [len(s.widgets) for s in app.stand_ins] == [13]
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
        assert [len(s.widgets) for s in app.stand_ins] == [14]
        await pilot.press("ctrl+u", *"Главный бухгалтер")
        for _ in range(100):
            await pilot.pause(0.02)
            if app.query_one("#f-position-title-genitive", LineField).text == (
                    "главного бухгалтера"):
                break
        assert app.query_one("#f-position-title-genitive", LineField).text == (
            "главного бухгалтера")

    run(app, scenario)


def styled(strip: Strip) -> list[tuple[str, str]]:
    """A line's cells: each character with its style."""
    return [(char, str(segment.style)) for segment in strip for char in segment.text]


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "ansi-dark"])
def test_the_list_drawn_at_first_is_the_list_mounted_after(tmp_path: Path, theme: str) -> None:
    """The other titles are drawn by the fields' stand-in on the first frame, as the
    list draws itself once mounted: the line above its label, the label, its rows (the
    first with the cursor's background), cell for cell and style for style."""
    app = opened_at(tmp_path, "position")
    app.theme = theme
    titles = app.doc.position.other_titles

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert isinstance(app.stand_ins[0].widgets[4], ListEditor)
        assert not app.query(FieldsAtFirst) and app.query_one("#f-position-other-titles")
        now = app.screen._compositor.render_strips()
        first_at = [line[STEPS:] for line in text_of(app.first_frame)].index(" Other titles")
        now_at = [line[STEPS:] for line in text_of(now)].index(" Other titles")
        assert text_of(now)[now_at + 1].endswith(titles[0])
        # The list's columns: the form's scrollbar comes with the fields built after
        # the first frame.
        region = app.query_one("#f-position-other-titles").region
        for offset in range(-1, 1 + len(titles)):
            assert (styled(app.first_frame[first_at + offset])[region.x:region.right]
                    == styled(now[now_at + offset])[region.x:region.right]), offset

    run(app, scenario)


def test_an_empty_list_is_mounted_between_the_runs_drawn_at_first(tmp_path: Path) -> None:
    """An empty list shows its hint by a class of its own: it is not drawn by a stand-in,
    and parts the runs around it."""
    path = tmp_path / "jd.toml"
    doc = presets.new_document("sales-manager")
    doc.position.other_titles = []
    fileformat.save(doc, path)
    app = Caught(fileformat.load(path), path, section="position")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert [len(s.widgets) for s in app.stand_ins] == [4, 8]
        assert "(empty: press a to add an item)" in "\n".join(
            text_of(app.screen._compositor.render_strips()))

    run(app, scenario)


def test_the_list_drawn_at_first_opens_focused_when_named(tmp_path: Path) -> None:
    app = opened_at(tmp_path, "position.other_titles")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        editor = app.query_one("#f-position-other-titles", ListEditor)
        assert app.focused is editor
        await pilot.press("end", "a", *"Account Executive", "enter")
        await pilot.pause()
        assert app.doc.position.other_titles[-1] == "Account Executive"

    run(app, scenario)
