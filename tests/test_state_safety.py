"""The state folder as ssh treats ~/.ssh: shared folders, planted files, corrupt drafts, odd locks.

We run as root here: the cases that need an ordinary user run in a forked child that
has become user 65534 (the installed Python is not reachable by that user, so a
subprocess with user= cannot start it).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from jdwizard import cli, draft_commands, drafts, fileformat, locks, presets
from jdwizard.errors import JDError
from jdwizard.session import Session
from tests.ptyapp import PtyApp, start_edit

NOBODY = 65534
"""An ordinary user; draft_commands is imported above because that user cannot."""


@pytest.fixture(autouse=True)
def state(own_state: Path) -> Path:
    return own_state


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A folder anyone may write to, as /tmp is (owned by root, mode 1777)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o1777)
    return folder


def draft_path(target: Path) -> Path:
    return drafts.private_dir("drafts") / f"{drafts.key_for(target)}.json"


def lock_path(target: Path) -> Path:
    return drafts.private_dir("locks") / f"{drafts.key_for(target)}.lock"


def jdwizard(*args: str) -> tuple[int, str, str]:
    """The command line, in this process: its exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def a_draft_text(title: str = "From The Draft") -> str:
    doc = presets.new_document("sales-manager")
    doc.position.title = title
    return json.dumps({"target": None, "text": fileformat.dumps(doc)})


# --- a state folder that is not safely the user's ----------------------------------


def test_a_shared_state_folder_is_not_used_nor_chmodded(shared: Path, target: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(drafts.STATE_ENV, str(shared))
    assert drafts.state_problem() == f"{shared} is writable by others (mode 1777)"
    session = Session.open(target)
    assert session.state_problem == drafts.state_problem() and not session.read_only
    doc = fileformat.load(target)
    doc.position.title = "Edited"
    session.autosave(doc)
    fileformat.save(doc, target)
    session.saved(target)
    session.close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777  # as it was: not 0700
    assert list(shared.iterdir()) == []  # no drafts, no locks folder made in it


def test_a_draft_planted_in_a_shared_folder_is_never_read(shared: Path, target: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(drafts.STATE_ENV, str(shared))
    planted = shared / "drafts"
    planted.mkdir()
    os.chmod(planted, 0o700)
    (planted / f"{drafts.key_for(target)}.json").write_text(a_draft_text())
    assert drafts.pending(target) is None
    assert drafts.all_drafts() == [] and drafts.newest_of_a_new_document() is None
    code, out, err = jdwizard("drafts")
    assert (code, out) == (2, "")
    assert err == (f"jdwizard: drafts: none are kept: {shared} is writable by others "
                   "(mode 1777); JDWIZARD_STATE_DIR can name a folder of your own\n")


@pytest.mark.parametrize("mode, why", [(0o770, "writable by its group (mode 0770)"),
                                        (0o702, "writable by others (mode 0702)")])
def test_a_state_folder_others_may_write_is_refused(state: Path, mode: int, why: str) -> None:
    state.mkdir(mode=0o700)
    os.chmod(state, mode)
    assert drafts.state_problem() == f"{state} is {why}"
    assert Session.open(None).state_problem == f"{state} is {why}"
    assert stat.S_IMODE(state.stat().st_mode) == mode
    assert not (state / "drafts").exists()


def test_a_state_folder_of_another_user_is_refused(state: Path, target: Path) -> None:
    (state / "drafts").mkdir(parents=True, mode=0o700)
    os.chmod(state, 0o700)
    os.chown(state, NOBODY, NOBODY)
    assert drafts.state_problem() == f"{state} is not yours (owned by uid {NOBODY})"
    session = Session.open(target)
    assert session.state_problem is not None and session.holder is None
    session.close()
    assert sorted(p.name for p in state.iterdir()) == ["drafts"]
    with pytest.raises(JDError, match="not yours"):
        drafts.remove(drafts.key_for(target))


def test_a_drafts_subfolder_that_is_a_symlink_is_refused(state: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    state.mkdir(mode=0o700)
    (state / "drafts").symlink_to(elsewhere)
    assert drafts.state_problem() == f"{state / 'drafts'} is a symbolic link, not a folder"
    assert Session.open(None).state_problem is not None
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755 and not list(elsewhere.iterdir())


def test_a_state_folder_of_ours_is_used_as_it_is(state: Path, target: Path) -> None:
    # Not made by jdwizard, so not chmodded: 0755 lets nobody else write, which is enough.
    state.mkdir()
    os.chmod(state, 0o755)
    session = Session.open(target)
    assert session.state_problem is None and not session.read_only
    session.autosave(fileformat.load(target))
    session.close()
    assert stat.S_IMODE(state.stat().st_mode) == 0o755
    assert stat.S_IMODE((state / "drafts").stat().st_mode) == 0o700  # made here: private
    assert stat.S_IMODE(draft_path(target).stat().st_mode) == 0o600


# --- as an ordinary user ------------------------------------------------------------


def as_nobody(work: Callable[[], object]) -> object:
    """work() run as user and group 65534 (in a forked child when we are root); what it
    returned, or the traceback it raised, which fails the test."""
    if os.getuid() != 0:
        return work()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never back into pytest
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result: dict[str, object] = {"ok": work()}
        except BaseException:
            result = {"error": traceback.format_exc()}
        with os.fdopen(write_end, "w") as out:
            json.dump(result, out)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as answer:
        result = json.loads(answer.read() or '{"error": "the child said nothing"}')
    os.waitpid(pid, 0)
    assert "error" not in result, result["error"]
    return result["ok"]


@pytest.fixture
def public_tmp() -> Iterator[Path]:
    """A folder under /tmp that user 65534 can reach (pytest's own are root's only)."""
    folder = Path(tempfile.mkdtemp(prefix="jdwizard-", dir="/tmp"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def nobody_edits(state: str, target: str) -> dict[str, object]:
    """What an ordinary user's commands do with this state folder: drafts, edit, save."""
    os.environ[drafts.STATE_ENV] = state
    listing = jdwizard("drafts")
    path = Path(target)
    session = Session.open(path)
    doc = fileformat.load(path)
    doc.position.title = "Edited By Nobody"
    session.autosave(doc)
    pending = drafts.pending(path)
    fileformat.save(doc, path)
    session.saved(path)
    session.close()
    new = Session.open(None)
    new.autosave(doc)
    new.discard()
    return {"listing": listing, "problem": session.state_problem,
            "pending": None if pending is None else pending.document().position.title}


def test_an_ordinary_user_on_a_shared_folder_gets_one_line_and_no_traceback(
        public_tmp: Path) -> None:
    shared = public_tmp / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    mine = public_tmp / "mine"
    mine.mkdir()
    fileformat.save(presets.new_document("sales-manager"), mine / "jd.toml")
    os.chown(mine, NOBODY, NOBODY)
    os.chown(mine / "jd.toml", NOBODY, NOBODY)
    result = as_nobody(lambda: nobody_edits(str(shared), str(mine / "jd.toml")))
    why = f"{shared} is not yours (owned by uid 0)"
    assert result == {"listing": [2, "", f"jdwizard: drafts: none are kept: {why}; "
                                  "JDWIZARD_STATE_DIR can name a folder of your own\n"],
                      "problem": why, "pending": None}
    assert fileformat.load(mine / "jd.toml").position.title == "Edited By Nobody"
    assert list(shared.iterdir()) == [] and stat.S_IMODE(shared.stat().st_mode) == 0o1777


def test_an_ordinary_user_gets_a_folder_of_their_own_inside_a_shared_one(
        public_tmp: Path) -> None:
    shared = public_tmp / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    target = shared / "jd.toml"
    fileformat.save(presets.new_document("sales-manager"), target)
    os.chown(target, NOBODY, NOBODY)
    result = as_nobody(lambda: nobody_edits(str(shared / "state"), str(target)))
    assert result == {"listing": [0, "no drafts\n", ""], "problem": None,
                      "pending": "Edited By Nobody"}
    info = (shared / "state").stat()
    assert (info.st_uid, stat.S_IMODE(info.st_mode)) == (NOBODY, 0o700)
    assert list((shared / "state" / "drafts").iterdir()) == []  # saved: the draft is gone


# --- planted files in our own folder ------------------------------------------------


def test_a_draft_that_is_a_symlink_is_never_followed(target: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.json"
    link = draft_path(target)
    link.symlink_to(victim)  # dangling: writing through it would create the victim
    draft = drafts.pending(target)
    assert draft is not None and draft.problem == "a symbolic link (not followed)"
    session = Session.open(target)
    session.autosave(fileformat.load(target))  # replaces the link, as a planted one must
    session.close()
    assert not victim.exists() and not link.is_symlink()
    victim.write_text(a_draft_text())  # a readable draft, pointed to: still not read
    link.unlink()
    link.symlink_to(victim)
    draft = drafts.pending(target)
    assert draft is not None and draft.problem == "a symbolic link (not followed)"
    with pytest.raises(JDError, match="not a readable draft"):
        draft.document()
    drafts.remove(draft.key)
    assert not os.path.lexists(link) and victim.read_text() == a_draft_text()


def test_a_lock_that_is_a_symlink_is_never_followed(target: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.lock"
    lock_path(target).symlink_to(victim)
    holder = locks.acquire(target)
    assert holder is not None and holder.problem == "a symbolic link (not followed)"
    assert holder.breakable and not victim.exists()
    assert locks.break_lock(target, holder) is None  # the link removed, the lock ours
    assert not victim.exists() and not lock_path(target).is_symlink()
    locks.release(target)
    assert not os.path.lexists(lock_path(target))


def test_a_draft_of_another_user_is_reported_and_never_offered(target: Path) -> None:
    planted = draft_path(target)
    planted.write_text(a_draft_text())
    os.chown(planted, NOBODY, NOBODY)
    draft = drafts.pending(target)
    assert draft is not None and draft.problem == f"not yours: owned by uid {NOBODY}"
    assert draft.target is None and draft.text == ""
    assert drafts.all_drafts() == []
    new = drafts.private_dir("drafts") / "new-20260101-000000-1.json"
    new.write_text(a_draft_text())
    os.chown(new, NOBODY, NOBODY)
    assert drafts.newest_of_a_new_document() is None
    code, out, _ = jdwizard("drafts")
    assert code == 0 and out.count(f"unreadable: not yours: owned by uid {NOBODY}") == 2


# --- corrupt drafts ------------------------------------------------------------------


def plant(path: Path, variant: str) -> None:
    """A draft file of each broken kind."""
    if variant == "garbage":
        path.write_bytes(b"\x00\xffPK\x03\x04 not a draft at all")
    elif variant == "empty":
        path.write_bytes(b"")
    elif variant == "utf-16":
        path.write_bytes(a_draft_text().encode("utf-16"))
    elif variant == "json-list":
        path.write_text('["target", "text"]')
    elif variant == "bad-toml":
        path.write_text(json.dumps({"target": None, "text": "format = 1\n[position\n"}))
    elif variant == "folder":
        path.mkdir()
    elif variant == "fifo":
        os.mkfifo(path)
    else:
        raise AssertionError(variant)


CORRUPT = {
    "garbage": "not UTF-8 text",
    "empty": "empty",
    "utf-16": "not UTF-8 text",
    "json-list": "not a draft: a JSON list, not an object",
    "bad-toml": "its document does not read: line 2",
    "folder": "not a regular file (a folder)",
    "fifo": "not a regular file (a FIFO)",
}


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fails a test that blocks (a FIFO opened for reading waits for a writer)."""
    def hung(signum: int, frame: object) -> None:
        raise AssertionError("blocked")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("variant", sorted(CORRUPT))
def test_a_corrupt_draft_is_reported_listed_and_removed(variant: str, target: Path,
                                                       alarm: None) -> None:
    plant(draft_path(target), variant)
    draft = drafts.pending(target)
    assert draft is not None and draft.problem.startswith(CORRUPT[variant]), draft
    assert draft.key == drafts.key_for(target)
    with pytest.raises(JDError, match="not a readable draft"):
        draft.document()
    code, out, err = jdwizard("drafts")
    assert (code, err) == (0, "")
    assert f"{draft.key}" in out and f"unreadable: {CORRUPT[variant]}" in out, out
    code, out, err = jdwizard("drafts", "restore", str(target))
    assert code == 2 and "not a readable draft" in err and target.read_text()
    code, out, err = jdwizard("drafts", "remove", str(target))
    assert (code, out, err) == (0, f"removed the unreadable draft {draft.key}\n", "")
    assert not os.path.lexists(draft_path(target))
    assert drafts.pending(target) is None


def test_a_corrupt_draft_of_a_new_document_is_removed_by_its_key(alarm: None) -> None:
    key = "new-20260101-000000-1"
    os.mkfifo(drafts.private_dir("drafts") / f"{key}.json")
    assert drafts.newest_of_a_new_document() is None
    assert jdwizard("drafts", "remove", key)[:2] == (0, f"removed the unreadable draft {key}\n")
    assert jdwizard("drafts")[1] == "no drafts\n"


def test_a_folder_with_files_in_it_is_not_removed_but_said_so(target: Path) -> None:
    plant(draft_path(target), "folder")
    (draft_path(target) / "kept.txt").write_text("something of the user's")
    code, out, err = jdwizard("drafts", "remove", str(target))
    assert (code, out) == (2, "")
    assert err == (f"jdwizard: {draft_path(target)}: a folder that is not empty: look "
                   "into it and remove it yourself\n")
    assert (draft_path(target) / "kept.txt").exists()
    session = Session.open(target)  # saving forgets the draft, and does not fail on it
    session.saved(target)
    session.close()
    assert (draft_path(target) / "kept.txt").exists()


def test_a_corrupt_draft_does_not_stop_the_drafts_that_can_be_read(target: Path) -> None:
    plant(drafts.private_dir("drafts") / "0000000000000000.json", "json-list")
    drafts.write(drafts.key_for(target), target, fileformat.load(target))
    assert [d.target for d in drafts.all_drafts()] == [str(target)]
    assert sorted(bool(d.problem) for d in drafts.every_draft()) == [False, True]


# --- odd locks ------------------------------------------------------------------------


def test_a_lock_that_is_a_folder_is_reported_and_can_be_broken(target: Path) -> None:
    lock_path(target).mkdir()
    (lock_path(target) / "x").write_text("")
    holder = locks.acquire(target)
    assert holder is not None and holder.problem == "not a regular file (a folder)"
    assert holder.breakable and "cannot be read (not a regular file (a folder))" in \
        holder.describe()
    session = Session.open(target)
    assert session.read_only and session.holder == holder
    with pytest.raises(JDError, match="not empty"):
        session.take_over()
    (lock_path(target) / "x").unlink()
    assert session.take_over() is not None  # changed since it was seen: left alone
    session = Session.open(target)
    assert session.take_over() is None and not session.read_only
    assert json.loads(lock_path(target).read_text())["pid"] == os.getpid()
    session.close()
    assert not lock_path(target).exists()


@pytest.mark.parametrize("content, problem", [
    ("", "empty"),
    ("{broken", "not what a wizard writes"),
    ('{"pid": 0, "user": "u", "host": "h", "since": 0}', "not what a wizard writes"),
])
def test_a_lock_that_cannot_be_read_is_reported(target: Path, content: str,
                                                problem: str) -> None:
    lock_path(target).write_text(content)
    holder = locks.acquire(target)
    assert holder is not None and holder.problem.startswith(problem) and holder.breakable
    locks.release(target)  # not ours: left
    assert lock_path(target).read_text() == content


def test_a_lock_from_another_host_can_be_broken_and_a_live_one_here_cannot(
        target: Path) -> None:
    far = {"pid": 1, "user": "anna", "host": "another-host", "since": 1e9}
    lock_path(target).write_text(json.dumps(far))
    holder = locks.acquire(target)
    assert holder is not None and holder.breakable and not holder.problem
    code, out, _ = jdwizard("drafts")
    assert code == 0 and f"lock {drafts.key_for(target)}: anna on another-host" in out
    code, out, _ = jdwizard("drafts", "unlock", str(target))
    assert code == 0 and f"broke the lock {drafts.key_for(target)}" in out
    assert locks.acquire(target) is None  # ours now
    mine = locks._read(lock_path(target))
    assert mine is not None and not mine.breakable
    assert "lock " not in jdwizard("drafts")[1]
    # A wizard running here (its command line says so) keeps its lock.
    wizard = subprocess.Popen([sys.executable, "-c", "import time; print(flush=True); "
                               "time.sleep(30)", "jdwizard"], stdout=subprocess.PIPE)
    try:
        assert wizard.stdout is not None and wizard.stdout.readline()  # running, not starting
        lock_path(target).write_text(json.dumps({**mine._asdict(), "pid": wizard.pid}))
        with pytest.raises(JDError, match="held by a wizard that is running"):
            draft_commands.run("unlock", drafts.key_for(target), None)
    finally:
        wizard.kill()
        wizard.wait()


def test_a_lock_seen_is_only_broken_if_it_is_still_the_same(target: Path) -> None:
    far = {"pid": 1, "user": "anna", "host": "another-host", "since": 1e9}
    lock_path(target).write_text(json.dumps(far))
    seen = locks.acquire(target)
    assert seen is not None
    lock_path(target).write_text(json.dumps({**far, "since": 2e9}))  # taken again since
    holder = locks.break_lock(target, seen)
    assert holder is not None and holder.since == 2e9


# --- the real command ------------------------------------------------------------------


def test_jdwizard_edit_opens_a_file_whose_draft_is_a_fifo(apps: list[PtyApp], target: Path,
                                                         state: Path) -> None:
    # Once the whole document was refused, or the wizard hung reading the FIFO.
    os.mkfifo(draft_path(target))
    app = start_edit(apps, target, {drafts.STATE_ENV: str(state)}, "--section", "position")
    app.wait_for("cannot be read: not a regular file")
    app.send("r")
    app.wait_for("unreadable draft is removed")
    app.send("X\x13")  # ctrl+s
    app.wait_for("Saved")
    app.send("\x11")  # ctrl+q
    assert app.wait_exit() == 0
    assert "X" in fileformat.load(target).position.title
    assert not os.path.lexists(draft_path(target))


def test_edit_of_a_missing_file_with_an_unreadable_draft_says_no_such_file(
        tmp_path: Path) -> None:
    target = tmp_path / "gone.toml"
    path = drafts.state_dir() / "drafts" / f"{drafts.key_for(target)}.json"
    drafts.prepare_state()
    path.write_text("garbage")
    code, _, err = jdwizard("edit", str(target))
    assert code == 2 and "no such file" in err and "garbage" not in err
