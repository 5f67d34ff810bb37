"""A list item being typed in a real process, in a pseudo-terminal: the draft holds it
when the link drops, and the keys a terminal sends edit it."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from jdwizard import fileformat
from tests.ptyapp import PtyApp, start_edit

CTRL_Q, CTRL_S, CTRL_U, CTRL_W = "\x11", "\x13", "\x15", "\x17"
HOME, DELETE, ALT_D = "\x1b[H", "\x1b[3~", "\x1bd"
BARE_CLAUSE = re.compile(r"^\d+\.\d+\.\s*$", re.MULTILINE)


def draft_text(state: dict[str, str]) -> str:
    [draft] = (Path(state["JDWIZARD_STATE_DIR"]) / "drafts").glob("*.json")
    text: str = json.loads(draft.read_text(encoding="utf-8"))["text"]
    return text


def test_hangup_while_an_item_is_typed_keeps_it_and_restore_writes_it(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    app = start_edit(apps, sales_file, state, "--section", "duties")
    app.send("a")
    app.wait_for("esc Cancel")
    app.type("Keep the price list")
    app.wait_for("Keep the price list")
    app.settle(1.5)  # a draft is due within a second of the last change
    assert fileformat.loads(draft_text(state)).duties.items[1].text == "Keep the price list"
    app.kill(signal.SIGHUP)
    assert app.wait_exit() == 129
    assert 'text = ""' not in draft_text(state)

    run = subprocess.run([sys.executable, "-m", "jdwizard", "drafts", "restore",
                          str(sales_file)], env={**os.environ, **state},
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert fileformat.load(sales_file).duties.items[1].text == "Keep the price list"
    md = sales_file.with_suffix(".md").read_text(encoding="utf-8")
    assert "Keep the price list" in md
    assert not BARE_CLAUSE.search(md)


def test_the_keys_a_terminal_sends_edit_an_item(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    app = start_edit(apps, sales_file, state, "--section", "duties")
    app.send("\r")  # edit the first duty, the cursor at its end
    app.wait_for("esc Cancel")
    app.send(CTRL_U)  # the whole duty, not one screen line of it
    app.type("Call the clients")
    app.send(CTRL_W)
    app.type("customers back")
    app.send(HOME + DELETE + "c")  # call the customers back
    app.send(HOME + ALT_D)
    app.type("Phone")
    app.wait_for("Phone the customers back")
    app.send("\r" + CTRL_S)
    app.wait_for("Saved")
    app.send(CTRL_Q)
    assert app.wait_exit() == 0
    assert fileformat.load(sales_file).duties.items[0].text == "Phone the customers back"
