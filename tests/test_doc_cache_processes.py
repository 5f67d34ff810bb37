"""`edit` keeps the file's document after its first frame, and the file it saved as it
closes: the next start reads it from the cache, and shows what the file holds."""

from __future__ import annotations

from pathlib import Path

from jdwizard import doc_cache, fileformat
from tests.ptyapp import PtyApp, start_edit

CTRL_Q, CTRL_S = "\x11", "\x13"


def kept_keys(state: dict[str, str]) -> set[str]:
    folder = Path(state["JDWIZARD_STATE_DIR"]) / "cache" / doc_cache.FOLDER
    return {p.stem for p in folder.glob("*.marshal")}


def test_the_opened_file_and_the_saved_one_are_kept_for_the_next_start(
        apps: list[PtyApp], sales_file: Path, state: dict[str, str]) -> None:
    first = start_edit(apps, sales_file, state, "--section", "position")
    first.wait_for("Sales Manager")
    first.settle(0.5)
    first.send(CTRL_Q)
    assert first.wait_exit() == 0
    opened = doc_cache.key_of(sales_file.read_bytes()).hex()
    assert kept_keys(state) == {opened}

    second = start_edit(apps, sales_file, state, "--section", "position")
    second.wait_for("Sales Manager")
    second.type(" Two")
    second.wait_for("Sales Manager Two")
    second.send(CTRL_S)
    second.wait_for("Saved")
    second.send(CTRL_Q)
    assert second.wait_exit() == 0
    assert fileformat.load(sales_file).position.title == "Sales Manager Two"
    saved = doc_cache.key_of(sales_file.read_bytes()).hex()
    assert kept_keys(state) == {opened, saved}

    third = start_edit(apps, sales_file, state, "--section", "position")
    third.wait_for("Sales Manager Two")
    third.send(CTRL_Q)
    assert third.wait_exit() == 0
