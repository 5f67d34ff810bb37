"""What a new user met, on a real process in a pseudo-terminal: text typed after Enter
on a choice, and a new document's draft offered back after the link dropped."""

from __future__ import annotations

import json
import signal
from pathlib import Path

from jdwizard import fileformat, presets
from tests.ptyapp import PtyApp, start

CTRL_Q, CTRL_S, CTRL_U = "\x11", "\x13", "\x15"


def test_text_typed_after_enter_on_a_choice_lands_in_the_next_field(
    apps: list[PtyApp], tmp_path: Path, state: dict[str, str]
) -> None:
    path = tmp_path / "sales.toml"
    fileformat.save(presets.new_document("sales-manager"), path)
    app = start(apps, tmp_path, state, "edit", path.name, "--section", "subordination")
    app.send("\r")
    app.settle(0.3)
    app.send("\r")  # on "Heads the org.": on to Substitute, not into the choice
    app.settle(0.3)
    app.send(CTRL_U + "Senior Accountant")
    app.wait_for("Senior Accountant")
    app.send(CTRL_S)
    app.wait_for("Saved")
    app.send(CTRL_Q)
    assert app.wait_exit() == 0
    doc = fileformat.load(path)
    assert doc.subordination.substitute == "Senior Accountant"
    assert doc.subordination.heads_organization is None


def test_a_new_documents_draft_is_offered_by_the_next_new(
    apps: list[PtyApp], tmp_path: Path, state: dict[str, str]
) -> None:
    first = start(apps, tmp_path, state, "new")
    first.send("\r")  # the blank page
    first.wait_for("Title *")
    first.type("Storekeeper")
    first.settle(1.2)  # a draft is due within a second
    first.kill(signal.SIGHUP)
    assert first.wait_exit() == 129
    kept = list((Path(state["JDWIZARD_STATE_DIR"]) / "drafts").glob("*.json"))
    assert len(kept) == 1 and "Storekeeper" in json.loads(kept[0].read_text())["text"]

    second = start(apps, tmp_path, state, "new")
    second.wait_for("An unsaved draft of a new document")
    second.send("r")
    second.wait_for("Draft restored")
    second.wait_for("Storekeeper")
    second.send(CTRL_S)
    second.wait_for("Save as")
    second.send(CTRL_U + "store.toml\r")
    second.wait_for("Saved")
    second.send(CTRL_Q)
    assert second.wait_exit() == 0
    assert fileformat.load(tmp_path / "store.toml").position.title == "Storekeeper"
    assert list((Path(state["JDWIZARD_STATE_DIR"]) / "drafts").glob("*.json")) == []
