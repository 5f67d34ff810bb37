"""A long list opened at start is drawn on the first frame by one view (FirstRows), and
its rows are built in the view's place right after that frame: a key pressed at once
acts on the rows, as it does at any later time."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events
from textual.geometry import Region

from jdwizard import fileformat, presets
from jdwizard.model import Duty
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.list_editor import FIRST_ROWS, DutyEditor, FirstRows, ItemRow
from tests.tui.conftest import SETTLE, TIME_LIMIT, Scenario

COUNT = 300
Cells = list[list[tuple[str, str]]]


class Watched(WizardApp):
    """The wizard, with what its first frame showed; `first_keys` reach the duties list
    at the first frame, before its rows are built (build_rest). A key pressed at once
    comes later than that (run_at_once): the app builds the rows in its first turn after
    the frame, the key's turn follows."""

    def __init__(self, path: Path, first_keys: tuple[str, ...] = (),
                 checks: bool = True) -> None:
        super().__init__(fileformat.load(path), path, section="duties", css_cache=None)
        self.first_keys = first_keys
        self.checks = checks
        """False: no checks, so no clause numbers nor marks change the screen after the
        first frame."""
        self.views_at_first_frame = -1
        self.rows_at_first_frame = -1
        self.first_frame: Cells = []

    async def _after_first_frame(self) -> None:
        if self.views_at_first_frame < 0:
            editor = duties(self)
            self.views_at_first_frame = len(editor.query(FirstRows))
            self.rows_at_first_frame = len(editor.query(ItemRow))
            self.first_frame = cells(self)
            await keys_to(editor, self.first_keys)
        await super()._after_first_frame()

    def refresh_checks(self) -> None:
        if self.checks:
            super().refresh_checks()


async def keys_to(editor: DutyEditor, keys: tuple[str, ...]) -> None:
    """Keys sent to the list, as the app sends the focused widget a key; back once the
    list has handled them, in its own turns."""
    for key in keys:
        editor.post_message(events.Key(key, key if len(key) == 1 else None))
    handled = asyncio.Event()
    editor.call_later(handled.set)
    await handled.wait()


def cells(app: WizardApp) -> Cells:
    return [[(char, str(segment.style)) for segment in strip for char in segment.text]
            for strip in app.screen._compositor.render_strips()]


def within(lines: Cells, region: Region) -> Cells:
    return [line[region.x:region.right] for line in lines[region.y:region.bottom]]


def duties(app: WizardApp) -> DutyEditor:
    return app.query_one("#f-duties-items", DutyEditor)


def long_list(tmp_path: Path) -> Path:
    doc = presets.new_document("sales-manager")
    doc.duties.items = [Duty(f"Duty number {i + 1}, which takes a line or two of the form "
                             "at eighty columns", group=f"Area {i // 100 + 1}")
                        for i in range(COUNT)]
    path = tmp_path / "jd.toml"
    fileformat.save(doc, path)
    return path


def texts(app: WizardApp) -> list[str]:
    return [d.text for d in app.doc.duties.items]


def run_at_once(app: WizardApp, scenario: Scenario, size: tuple[int, int] = (80, 24)) -> None:
    """Run the scenario as soon as the app is running, with no pause before it
    (conftest.run waits one): its first keys are a user's pressed at once."""

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await scenario(pilot)

    asyncio.run(asyncio.wait_for(main(), TIME_LIMIT))


def test_the_first_frame_draws_the_rows_with_one_view_and_the_rows_follow(
        tmp_path: Path) -> None:
    app = Watched(long_list(tmp_path), checks=False)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert (app.views_at_first_frame, app.rows_at_first_frame) == (1, 0)
        editor = duties(app)
        assert not editor.query(FirstRows)
        rows = list(editor.query(ItemRow))
        assert len(rows) == FIRST_ROWS
        assert [row.has_class("-cursor") for row in rows[:2]] == [True, False]
        assert editor.query(".list-label") and editor.query(".more-hint")
        # The view drew what the label and rows draw, each cell's character and style:
        # the cursor's row as focused, the rows' padding, each text wrapped alike.
        assert "".join(char for char, _ in app.first_frame[4]).startswith(
            "│   ›Duties          │  • Duty number 1, which")
        # (Not the scrollbar: its thumb is shorter, the form longer.)
        form = app.query_one("#step-duties").scrollable_content_region
        assert within(cells(app), form) == within(app.first_frame, form)

    run_at_once(app, scenario)


def test_a_pressed_before_the_rows_are_built_adds_a_duty_after_the_cursor(
        tmp_path: Path) -> None:
    app = Watched(long_list(tmp_path), first_keys=("a",))

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert app.views_at_first_frame == 1
        await pilot.press(*"Call back", "enter")
        await pilot.pause()
        assert len(app.doc.duties.items) == COUNT + 1
        assert texts(app)[:3] == ["Duty number 1, which takes a line or two of the form "
                                  "at eighty columns", "Call back",
                                  "Duty number 2, which takes a line or two of the form "
                                  "at eighty columns"]
        assert app.doc.duties.items[1].group == "Area 1"
        editor = duties(app)
        assert editor.editing is None and not editor.query(FirstRows)
        assert str(list(editor.query(ItemRow))[1].content).endswith(" Call back  [Area 1]")

    run_at_once(app, scenario)


def test_shift_down_before_the_rows_are_built_moves_the_first_duty_down(
        tmp_path: Path) -> None:
    app = Watched(long_list(tmp_path), first_keys=("shift+down",))

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert [t.split(",")[0] for t in texts(app)[:3]] == [
            "Duty number 2", "Duty number 1", "Duty number 3"]
        editor = duties(app)
        assert editor.cursor == 1
        rows = [str(row.content) for row in editor.query(ItemRow)]
        assert rows[0].startswith("3.1. Duty number 2,") and rows[1].startswith(
            "3.2. Duty number 1,")

    run_at_once(app, scenario)


def test_a_as_the_first_key_adds_a_duty_and_enter_keeps_it(tmp_path: Path) -> None:
    path = long_list(tmp_path)
    app = Watched(path)

    async def scenario(pilot):
        await pilot.press("a", *"Call back", "enter", "ctrl+s")
        await pilot.pause(SETTLE)
        assert texts(app)[1] == "Call back"
        assert fileformat.load(path).duties.items[1].text == "Call back"

    run_at_once(app, scenario)


def test_down_then_enter_before_the_rows_are_built_edits_the_second_duty(
        tmp_path: Path) -> None:
    app = Watched(long_list(tmp_path), first_keys=("down", "enter"))

    async def scenario(pilot):
        await pilot.pause()
        assert duties(app).editing == 1
        await pilot.press("end", *" at once", "enter")
        await pilot.pause()
        assert texts(app)[1] == ("Duty number 2, which takes a line or two of the form at "
                                 "eighty columns at once")
        assert not texts(app)[0].endswith("at once")
        assert duties(app).cursor == 1

    run_at_once(app, scenario)


def test_end_before_the_rows_are_built_goes_to_the_last_duty(tmp_path: Path) -> None:
    app = Watched(long_list(tmp_path), first_keys=("end",))

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        editor = duties(app)
        assert editor.cursor == COUNT - 1
        cursor = editor.query_one(".-cursor", ItemRow)
        assert f"Duty number {COUNT}," in str(cursor.content)
        assert app.screen.can_view_entire(cursor)
        assert not editor.query(FirstRows)

    run_at_once(app, scenario)


def test_d_before_the_rows_are_built_deletes_the_first_duty_and_u_brings_it_back(
        tmp_path: Path) -> None:
    app = Watched(long_list(tmp_path), first_keys=("d",))

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        assert len(texts(app)) == COUNT - 1
        assert texts(app)[0].startswith("Duty number 2,")
        editor = duties(app)
        assert str(editor.query_one(".-cursor", ItemRow).content).endswith(
            "Duty number 2, which takes a line or two of the form at eighty columns  [Area 1]")
        await pilot.press("u")
        await pilot.pause()
        assert texts(app)[0].startswith("Duty number 1,") and len(texts(app)) == COUNT

    run_at_once(app, scenario)


def test_down_then_enter_edits_the_second_duty(tmp_path: Path) -> None:
    app = Watched(long_list(tmp_path))

    async def scenario(pilot):
        await pilot.press("down", "enter", "end", *" at once", "enter")
        await pilot.pause()
        assert texts(app)[1].endswith("eighty columns at once")
        assert not texts(app)[0].endswith("at once")
        assert duties(app).cursor == 1

    run_at_once(app, scenario)


def test_end_goes_to_the_last_duty(tmp_path: Path) -> None:
    app = Watched(long_list(tmp_path))

    async def scenario(pilot):
        await pilot.press("end")
        await pilot.pause(SETTLE)
        editor = duties(app)
        assert editor.cursor == COUNT - 1
        cursor = editor.query_one(".-cursor", ItemRow)
        assert f"Duty number {COUNT}," in str(cursor.content)
        assert app.screen.can_view_entire(cursor)

    run_at_once(app, scenario)
