"""Nothing lost when the link drops: real processes in a pseudo-terminal, real signals."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from jdwizard import fileformat, presets
from jdwizard.output import markdown
from tests.ptyapp import PtyApp, start_edit

CTRL_Q, CTRL_S = "\x11", "\x13"
LEAVE_ALT_SCREEN = b"\x1b[?1049l"


def test_hangup_keeps_the_typing_and_the_restart_offers_it(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    original = sales_file.read_bytes()
    first = start_edit(apps, sales_file, state, "--section", "position")
    first.type(" Revised")
    first.wait_for("Sales Manager Revised")
    first.settle(1.2)  # a draft is due within a second of the last change
    first.kill(signal.SIGHUP)
    assert first.wait_exit() == 129
    assert LEAVE_ALT_SCREEN in first.raw, "the terminal was not restored"
    assert sales_file.read_bytes() == original

    second = start_edit(apps, sales_file, state)
    second.wait_for("An unsaved draft")
    second.wait_for("It differs in: position")
    second.send("r")
    second.wait_for("Draft restored")
    second.send(CTRL_S)
    second.wait_for("Saved")
    second.send(CTRL_Q)
    assert second.wait_exit() == 0
    assert fileformat.load(sales_file).position.title == "Sales Manager Revised"
    assert list((Path(state["JDWIZARD_STATE_DIR"]) / "drafts").iterdir()) == []


def test_a_burst_over_a_slow_link_is_saved_whole(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    """A new duty, a typo corrected, Enter, another duty and ctrl+s, in one write."""
    app = start_edit(apps, sales_file, state, "--section", "duties")
    app.send("a")
    app.wait_for("esc Cancel")  # the new item is open for typing
    app.send("Keep the custmo\x7f\x7fomer base\ra" "Call back\r" + CTRL_S)
    app.wait_for("Saved")
    app.send(CTRL_Q)
    assert app.wait_exit() == 0
    texts = [d.text for d in fileformat.load(sales_file).duties.items]
    assert texts[1:3] == ["Keep the customer base", "Call back"]


def test_sigterm_also_keeps_a_draft(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    app = start_edit(apps, sales_file, state, "--section", "position")
    app.type("!")
    app.wait_for("Sales Manager!")  # typed and shown: the change is in the document
    app.kill(signal.SIGTERM)  # at once, well within the second: the handler writes the draft
    assert app.wait_exit() == 129
    listing = subprocess.run([sys.executable, "-m", "jdwizard", "drafts"], env={
        **os.environ, **state}, capture_output=True, text=True, check=True).stdout
    assert str(sales_file) in listing and "changed position" in listing


def test_drafts_command_restores_without_the_wizard(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    app = start_edit(apps, sales_file, state, "--section", "position")
    app.type(" Two")
    app.wait_for("Sales Manager Two")
    app.kill(signal.SIGHUP)
    app.wait_exit()
    env = {**os.environ, **state}
    run = subprocess.run([sys.executable, "-m", "jdwizard", "drafts", "restore",
                          str(sales_file)], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    restored = fileformat.load(sales_file)
    assert restored.position.title == "Sales Manager Two"
    # As a save in the wizard would: the Markdown beside it is the restored document's.
    assert sales_file.with_suffix(".md").read_text(encoding="utf-8") == markdown.render(restored)
    listing = subprocess.run([sys.executable, "-m", "jdwizard", "drafts"], env=env,
                             capture_output=True, text=True, check=True).stdout
    assert listing.strip() == "no drafts"


def test_drafts_are_private(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    app = start_edit(apps, sales_file, state, "--section", "position")
    app.type("x")
    app.settle(1.2)
    folder = Path(state["JDWIZARD_STATE_DIR"])
    drafts = list((folder / "drafts").iterdir())
    assert len(drafts) == 1
    assert (folder.stat().st_mode & 0o777, (folder / "drafts").stat().st_mode & 0o777) == (
        0o700, 0o700)
    assert drafts[0].stat().st_mode & 0o777 == 0o600


def test_a_second_wizard_is_told_and_may_only_read(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    original = sales_file.read_bytes()
    start_edit(apps, sales_file, state)
    second = start_edit(apps, sales_file, state, "--section", "position")
    second.wait_for("is open in another wizard")
    second.send("y")
    second.type(" Other")
    second.send(CTRL_S)
    second.wait_for("Opened read-only")
    assert sales_file.read_bytes() == original


def test_saving_asks_when_the_file_changed_on_disk(
    apps: list[PtyApp], sales_file: Path, state: dict[str, str]
) -> None:
    app = start_edit(apps, sales_file, state, "--section", "position")
    elsewhere = presets.new_document("sales-manager")
    elsewhere.position.title = "Changed Elsewhere"
    fileformat.save(elsewhere, sales_file)
    app.type(" Mine")
    app.send(CTRL_S)
    app.wait_for("has changed on disk")
    app.send("n")
    app.settle(0.5)
    assert fileformat.load(sales_file).position.title == "Changed Elsewhere"
    app.send(CTRL_S)
    app.wait_for("has changed on disk")
    app.send("y")
    app.wait_for("Saved")
    assert fileformat.load(sales_file).position.title == "Sales Manager Mine"


SAVER = """
import sys
from jdwizard import fileformat, presets
from jdwizard.output import markdown
from jdwizard.atomicfile import write_text_atomic
a = presets.new_document("sales-manager")
b = presets.new_document("head-of-sales")
path = sys.argv[1]
print("ready", flush=True)
i = 0
while True:
    doc = (a, b)[i % 2]
    fileformat.save(doc, path)
    write_text_atomic(path[:-5] + ".md", markdown.render(doc))
    i += 1
"""


def test_kill_9_while_saving_leaves_old_or_new(tmp_path: Path) -> None:
    path = tmp_path / "jd.toml"
    versions = [presets.new_document("sales-manager"), presets.new_document("head-of-sales")]
    fileformat.save(versions[0], path)
    (tmp_path / "jd.md").write_text(markdown.render(versions[0]))
    texts = {fileformat.dumps(v) for v in versions}
    documents = {markdown.render(v) for v in versions}
    rng = random.Random(20261127)
    for _ in range(25):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(path)],
                                 stdout=subprocess.PIPE, text=True)
        assert saver.stdout is not None and saver.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.05))
        saver.kill()
        saver.wait()
        assert fileformat.dumps(fileformat.load(path)) in texts
        assert (tmp_path / "jd.md").read_text() in documents
