"""The in-place editor of one list item: what it writes, and the keys it answers to.

The item is one paragraph, soft-wrapped over a few screen lines; it is edited with the
keys of Textual's own text widgets, and the text reaches the document as it is typed."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Static

from jdwizard import drafts, fileformat, presets
from jdwizard.session import Session
from jdwizard.tui import settle
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.help import KEYS, HelpScreen
from jdwizard.tui.widgets.item_input import ItemInput
from jdwizard.tui.widgets.list_editor import ListEditor
from tests.tui.conftest import burst, focused_in, notes, run, saved_preset

LONG = ("To request from the heads of other departments the information and documents "
        "that the duties need, and to get them within three working days")
"""Wraps over three lines in the rights list at 80x24."""


def rights_app(*items: str) -> WizardApp:
    doc = presets.new_document("blank")
    doc.rights.items = list(items or (LONG, "Right two", "Right three"))
    return WizardApp(doc, None, section="rights")


def item_input(app: WizardApp) -> ItemInput:
    return app.query_one(ItemInput)


def rights_editor(app: WizardApp) -> ListEditor:
    return app.query_one("#f-rights-items", ListEditor)


# --- the text reaches the document as it is typed ---------------------------------------


def test_typing_reaches_the_document_before_enter_and_escape_restores_it() -> None:
    app = rights_app("Right one", "Right two")

    async def scenario(pilot):
        await pilot.press("enter", *" now")
        assert app.doc.rights.items == ["Right one now", "Right two"]
        assert app.dirty
        await pilot.press("escape")
        assert app.doc.rights.items == ["Right one", "Right two"]
        assert app.focused is rights_editor(app)

    run(app, scenario)


def test_an_item_being_added_is_in_the_document_and_escape_removes_it() -> None:
    app = rights_app("Right one", "Right two")

    async def scenario(pilot):
        await pilot.press("a", *"New right")
        assert app.doc.rights.items == ["Right one", "New right", "Right two"]
        await pilot.press("escape")
        await pilot.pause()
        assert app.doc.rights.items == ["Right one", "Right two"]

    run(app, scenario)


def test_a_draft_holds_the_item_being_typed_within_a_second(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(drafts.STATE_ENV, str(tmp_path / "state"))
    path = saved_preset("sales-manager", tmp_path / "sales.toml")
    session = Session.open(path)
    app = WizardApp(fileformat.load(path), path, section="duties", session=session)

    async def scenario(pilot):
        await pilot.press("a", *"Keep the price list")
        await pilot.pause(1.2)
        [draft] = (tmp_path / "state" / "drafts").glob("*.json")
        saved = fileformat.loads(json.loads(draft.read_text(encoding="utf-8"))["text"])
        assert saved.duties.items[1].text == "Keep the price list"

    try:
        run(app, scenario)
    finally:
        session.close()


def test_an_item_cleared_and_kept_is_deleted_and_u_brings_it_back() -> None:
    app = rights_app("Right one", "Right two")

    async def scenario(pilot):
        await pilot.press("enter", "ctrl+a", "backspace", "enter")
        await pilot.pause()
        assert app.doc.rights.items == ["Right two"]
        assert any("undo" in note for note in notes(app))
        await pilot.press("u")
        await pilot.pause()
        assert app.doc.rights.items == ["Right one", "Right two"]

    run(app, scenario)


def test_tab_keeps_the_item_and_goes_on() -> None:
    app = WizardApp(presets.new_document("blank"), None, section="duties")

    async def scenario(pilot):
        await pilot.press("a", *"Count the goods", "tab")
        await pilot.pause()
        assert [d.text for d in app.doc.duties.items] == ["Count the goods"]
        assert not app.query(ItemInput)
        assert focused_in(app, "f-functions-items")

    run(app, scenario)


# --- the editing keys ------------------------------------------------------------------


def test_home_and_end_go_to_the_start_and_end_of_the_whole_text() -> None:
    app = rights_app()

    async def scenario(pilot):
        await pilot.press("enter")
        assert item_input(app).wrapped_document.height >= 3  # the test needs a long item
        await pilot.press("home", "X", "end", "Y")
        assert app.doc.rights.items[0] == f"X{LONG}Y"
        await pilot.press("ctrl+e", "Z")  # as in Textual's Input
        assert app.doc.rights.items[0] == f"X{LONG}YZ"

    run(app, scenario)


def test_delete_deletes_the_character_right_not_the_item() -> None:
    app = rights_app()

    async def scenario(pilot):
        await pilot.press("enter", "home", "delete", "delete", "ctrl+d", "enter")
        await pilot.pause()
        assert app.doc.rights.items == [LONG[3:], "Right two", "Right three"]

    run(app, scenario)


def test_ctrl_u_and_ctrl_k_delete_to_the_start_and_end_of_the_whole_text() -> None:
    app = rights_app()

    async def scenario(pilot):
        await pilot.press("enter", "ctrl+u")
        assert item_input(app).text == ""
        await pilot.press(*"Fresh text", "home", "right", "right", "ctrl+k", "enter")
        assert app.doc.rights.items[0] == "Fr"
        await pilot.press("enter", "home", "ctrl+k", *"Other", "enter")
        assert app.doc.rights.items[0] == "Other"

    run(app, scenario)


def test_ctrl_w_and_alt_d_delete_a_word_left_and_right() -> None:
    app = rights_app("Check the signed contracts")

    async def scenario(pilot):
        await pilot.press("enter", "ctrl+w", "enter")
        assert app.doc.rights.items[0] == "Check the signed"
        await pilot.press("enter", "home", "alt+d", "enter")
        assert app.doc.rights.items[0] == "the signed"
        await pilot.press("enter", "home", "ctrl+delete", "enter")
        assert app.doc.rights.items[0] == "signed"

    run(app, scenario)


def test_ctrl_a_selects_all_and_typing_replaces_it() -> None:
    app = rights_app()

    async def scenario(pilot):
        await pilot.press("enter", "ctrl+a", *"Short", "enter")
        assert app.doc.rights.items[0] == "Short"

    run(app, scenario)


def test_word_moves_and_shift_selection() -> None:
    app = rights_app("Check the signed contracts")

    async def scenario(pilot):
        await pilot.press("enter", "ctrl+left", "ctrl+left", *"new ")
        assert item_input(app).text == "Check the new signed contracts"
        await pilot.press("end", "shift+left", "shift+left", "shift+left", "shift+left",
                          *"acts")
        assert item_input(app).text == "Check the new signed contracts"
        await pilot.press("home", "ctrl+right", "shift+right", "shift+right", "shift+right",
                          "shift+right", "delete", "enter")
        assert app.doc.rights.items[0] == "Check new signed contracts"

    run(app, scenario)


def test_up_and_down_move_between_the_wrapped_lines() -> None:
    app = rights_app()

    async def scenario(pilot):
        await pilot.press("enter", "up", "^")
        text = item_input(app).text
        assert 0 < text.index("^") < len(LONG)
        await pilot.press("backspace", "down", "down", "$")
        assert item_input(app).text.index("$") > text.index("^")

    run(app, scenario)


def test_ctrl_z_undoes_typing_in_the_item() -> None:
    app = rights_app("Right one")

    async def scenario(pilot):
        await pilot.press("enter", "ctrl+u")
        assert item_input(app).text == ""
        await pilot.press("ctrl+z", "enter")
        assert app.doc.rights.items == ["Right one"]

    run(app, scenario)


# --- in a burst, as over a slow link -----------------------------------------------------


def test_editing_keys_in_a_burst_apply_in_turn() -> None:
    app = rights_app("Right one")

    async def scenario(pilot):
        await pilot.press("a")
        await burst(pilot, *"Call the clients", "ctrl+w", *"customers", "home", "delete",
                    *"c", "enter")
        assert app.doc.rights.items == ["Right one", "call the customers"]

    run(app, scenario)


def test_editing_keys_that_reach_the_list_before_the_editor_go_to_the_editor() -> None:
    """When the app is never idle, the keys behind a go out at once, to the list."""
    app = rights_app("Right one")

    async def busy() -> None:
        while True:
            await asyncio.sleep(0)

    async def scenario(pilot):
        spinner = asyncio.create_task(busy())
        try:
            await burst(pilot, "a", *"Xy", "ctrl+u", *"Done", "home", "delete", *"d",
                        "enter", pause=False)
            await asyncio.sleep(settle.STUCK_AFTER + 0.5)
            assert app.doc.rights.items == ["Right one", "done"]
        finally:
            spinner.cancel()

    run(app, scenario)



# --- the F1 help -------------------------------------------------------------------------


def test_the_help_lists_the_item_editor_keys_and_fits_80x24() -> None:
    app = rights_app()

    async def scenario(pilot):
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        strips = app.screen._compositor.render_strips()
        shown = "\n".join("".join(segment.text for segment in strip) for strip in strips)
        for key in ("Home / End", "Delete", "ctrl+u", "ctrl+k", "ctrl+w", "alt+d", "ctrl+a",
                    "shift+arrows", "ctrl+Left"):
            assert key in shown, key
        # All of it in sight: nothing to scroll, and no line wrapped onto a second one.
        box = app.screen.query_one(VerticalScroll)
        assert (box.max_scroll_x, box.max_scroll_y) == (0, 0)
        assert app.screen.query_one(Static).size.height == len(KEYS.rstrip().splitlines())
        assert box.region.bottom <= app.size.height - 1  # above the footer

    run(app, scenario)
