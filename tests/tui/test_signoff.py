"""Sign-off: agreement blocks and acknowledgement rows are added, filled and removed
by keyboard, and nothing is removed by an Enter meant for the next field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widget import Widget
from textual.widgets import Button

from tests.tui.conftest import add_agreement, focused_in, notes, open_signoff, run, tab_to


def in_view(widget: Widget) -> bool:
    """Whether the whole widget is on screen, inside the form that scrolls it."""
    form = widget.app.query_one("#step-signoff")
    visible = form.region.intersection(widget.region)
    return visible == widget.region and widget.region.area > 0


def test_enter_after_a_blocks_last_field_does_not_remove_it(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)

    async def scenario(pilot):
        await add_agreement(pilot)
        assert focused_in(app, "f-agreed-1-position")
        await pilot.press(*"Head of Legal", "enter", *"Sidorova A. P.", "enter",
                          *"2026-11-30", "enter")
        await pilot.pause()
        assert not isinstance(app.focused, Button) or "remove" not in (app.focused.id or "")
        await pilot.press("enter")
        await pilot.pause()

    run(app, scenario)
    assert [(s.position, s.name, s.date) for s in app.doc.agreed] == [
        ("Head of Legal", "Sidorova A. P.", date(2026, 11, 30))]


def test_a_removed_block_comes_back_with_u(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)

    async def scenario(pilot):
        await add_agreement(pilot)
        await pilot.press(*"Head of Legal")
        await tab_to(pilot, "remove-agreed-1")
        await pilot.press("enter")
        await pilot.pause()
        assert app.doc.agreed == []
        assert any("u to undo" in note for note in notes(app))
        await pilot.press("u")
        await pilot.pause()
        assert [s.position for s in app.doc.agreed] == ["Head of Legal"]

    run(app, scenario)


def test_a_removed_acknowledgement_row_comes_back_with_u(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)

    async def scenario(pilot):
        await tab_to(pilot, "add-acknowledged")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Petrov P. P.")
        await tab_to(pilot, "remove-acknowledged-1")
        await pilot.press("enter")
        await pilot.pause()
        assert app.doc.acknowledged == []
        await pilot.press("u")
        await pilot.pause()

    run(app, scenario)
    assert [a.name for a in app.doc.acknowledged] == ["Petrov P. P."]


def test_the_field_of_a_new_row_is_scrolled_into_view(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)

    async def scenario(pilot):
        for _ in range(3):
            await tab_to(pilot, "add-acknowledged")
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
            assert app.focused is not None
            assert in_view(app.focused), (app.focused, app.focused.region)
            await pilot.press(*"Petrov")
            await pilot.pause()
            assert in_view(app.focused)

    run(app, scenario)
    assert [a.name for a in app.doc.acknowledged] == ["Petrov"] * 3
