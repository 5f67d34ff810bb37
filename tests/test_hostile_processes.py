"""A file holding terminal escapes, opened in a real wizard in a pseudo-terminal: not one
of its escapes reaches the terminal, and the document is left as it was."""

from __future__ import annotations

from pathlib import Path

import tomli_w

from jdwizard import fileformat
from tests.ptyapp import PtyApp, start_edit

F8, CTRL_Q, CTRL_S = "\x1b[19~", "\x11", "\x13"

PAYLOADS = [
    "\x1b]0;PWNED\x07",  # sets the terminal's title
    "\x1b[c",  # asks the terminal's attributes: it answers as if typed
    "\x1b[2J",  # clears the screen
    "\x1bc",  # resets the terminal
    "\x1b[?1049l",  # leaves the alternate screen
    "\x1b]52;c;cm0gLXJmIH4=\x07",  # writes the clipboard
    "\x9b2J",  # the same as ESC [ in one C1 character
    "\x7f\x08",
]


def _marked(n: int, payload: str) -> str:
    # Text on both sides: raw, the payload would reach the terminal between them.
    return f"m{n}a{payload}m{n}b"


def _hostile_file(folder: Path) -> Path:
    marked = [_marked(n, p) for n, p in enumerate(PAYLOADS)]
    body = {"format": 1, "language": "en",
            "position": {"title": "Manager " + marked[0], "summary": " ".join(marked[1:4])},
            "duties": {"items": [f"Duty {m} of the position" for m in marked]}}
    path = folder / "e.toml"
    path.write_text(tomli_w.dumps(body), encoding="utf-8")
    return path


# Textual itself clears the screen and leaves the alternate screen; these it never sends.
NEVER_SENT = [p for p in PAYLOADS if p not in ("\x1b[2J", "\x1b[?1049l", "\x1b[c", "\x7f\x08")]


def _assert_nothing_raw(app: PtyApp) -> None:
    for n, payload in enumerate(PAYLOADS):
        assert _marked(n, payload).encode() not in app.raw, payload
    for payload in NEVER_SENT:
        assert payload.encode() not in app.raw, payload


def test_escapes_in_a_file_are_shown_and_never_sent(
    apps: list[PtyApp], tmp_path: Path, state: dict[str, str]
) -> None:
    path = _hostile_file(tmp_path)
    before = path.read_bytes()
    app = start_edit(apps, path, state, "--section", "position")
    app.wait_for("Manager m0a␛]0;PWNED␇m0b")
    app.send(F8)  # to Subordination, Qualifications, Duties: every item on screen
    app.send(F8)
    app.send(F8)
    app.wait_for("Duty m6a␛[2Jm6b")  # the C1 CSI as the ESC [ it stands for
    app.settle(1.5)  # time for a terminal's answer and a draft, if either came
    app.send(CTRL_Q)
    assert app.wait_exit() == 0
    _assert_nothing_raw(app)
    assert path.read_bytes() == before
    drafts = Path(state["JDWIZARD_STATE_DIR"]) / "drafts"
    assert not list(drafts.glob("*.json")) if drafts.exists() else True


def test_a_file_named_with_escapes_is_saved_without_sending_them(
    apps: list[PtyApp], tmp_path: Path, state: dict[str, str]
) -> None:
    name = "n\x1b]0;PWNED\x07x.toml"
    path = tmp_path / name
    fileformat.save(fileformat.loads('format = 1\n[position]\ntitle = "Clerk"\n'), path)
    app = start_edit(apps, path, state, "--section", "position")
    app.type("x")  # a change, so that ctrl+s saves and says so with the file's name
    app.send(CTRL_S)
    app.wait_for("Saved")
    app.wait_for("n␛]0;PWNED")  # (the notice, made of Rich text, drops the BEL itself)
    app.send(CTRL_Q)
    assert app.wait_exit() == 0
    assert b"\x1b]0;PWNED" not in app.raw
    assert fileformat.load(path).position.title.startswith("Clerk")
    assert path.with_suffix(".md").exists()  # the name itself kept, escapes and all
