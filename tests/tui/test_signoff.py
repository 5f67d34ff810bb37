"""Sign-off: agreement blocks and acknowledgement rows are added, filled and removed
by keyboard, and nothing is removed by an Enter meant for the next field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widget import Widget
from textual.widgets import Button, Input

from jdwizard.output.printed import BLANK_ROWS
from tests.tui.conftest import (
    add_agreement,
    focused_in,
    loaded,
    notes,
    open_signoff,
    run,
    tab_to,
)


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


def test_approval_by_order_takes_its_number_and_date(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)

    async def scenario(pilot):
        await tab_to(pilot, "f-approval-order-number")
        await pilot.press(*"45", "enter", *"2026-12-01", "enter")
        await pilot.pause()
        assert focused_in(app, "f-author-position")  # Enter goes on, as in every field

    run(app, scenario)
    assert (app.doc.approval.order_number, app.doc.approval.order_date) == (
        "45", date(2026, 12, 1))
    assert app.doc.approval.by_order


def test_a_wrong_order_date_is_said_and_blocks_the_save(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)
    saved = (tmp_path / "sales.toml").read_bytes()

    async def scenario(pilot):
        await tab_to(pilot, "f-approval-order-date")
        await pilot.press(*"2026-02-31", "ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert any(note.startswith("Not saved: Order date") for note in notes(app, "error"))
    assert (tmp_path / "sales.toml").read_bytes() == saved


def test_blank_rows_take_a_whole_number_from_0_to_100(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)

    async def scenario(pilot):
        await tab_to(pilot, "f-document-blank-rows")
        await pilot.press(*"150")  # the 0 would make 150: refused, and said
        await pilot.pause()
        assert app.doc.document.blank_rows == 15
        assert any("Blank rows: a whole number from 0 to 100" in n for n in notes(app))
        await pilot.press("backspace", "backspace")
        await pilot.pause()
        assert app.doc.document.blank_rows is None  # empty: the default
        await pilot.press(*"-x0")
        await pilot.pause()
        assert app.doc.document.blank_rows == 0
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert loaded(tmp_path / "sales.toml").document.blank_rows == 0


def test_blank_rows_show_the_files_number_and_the_default_when_empty(tmp_path: Path) -> None:
    app = open_signoff(tmp_path)
    app.doc.document.blank_rows = 12

    async def scenario(pilot):
        field = app.query_one("#f-document-blank-rows Input", Input)
        assert field.value == "12"
        assert field.placeholder.startswith(f"{BLANK_ROWS} when empty")

    run(app, scenario)
