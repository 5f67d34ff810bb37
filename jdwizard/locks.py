"""Who has a file open in the wizard: a second wizard is told, and may open it read-only.

A lock that no wizard here can be holding (one from another machine, a folder, a file
that is not a lock of ours) is not taken over silently: the wizard says what it is and
offers to break it.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import time
from pathlib import Path
from typing import NamedTuple

from jdwizard import drafts
from jdwizard.atomicfile import plain_reason
from jdwizard.errors import JDError
from jdwizard.uilang import t


class Holder(NamedTuple):
    pid: int
    user: str
    host: str
    since: float
    problem: str = ""
    """Why the lock cannot be read as a wizard's ("" when it can); pid, user and host are
    then unknown, and since is when the lock file last changed."""

    def describe(self) -> str:
        when = time.strftime("%H:%M", time.localtime(self.since))
        if self.problem:
            return t("a lock that cannot be read ({problem}), since {time}",
                     problem=self.problem, time=when)
        return t("{user} on {host} (process {pid}) since {time}",
                 user=self.user, host=self.host, pid=self.pid, time=when)

    @property
    def breakable(self) -> bool:
        """Whether only the user can tell that nobody holds it: it cannot be read as a
        wizard's lock, or its wizard runs on another machine, where it cannot be checked."""
        return bool(self.problem) or self.host != _host()


def _lock_path(target: Path) -> Path:
    return drafts.private_dir("locks") / f"{drafts.key_for(target)}.lock"


def _user() -> str:
    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except KeyError:
        return str(os.getuid())


def _host() -> str:
    return os.uname().nodename  # as socket.gethostname(), without importing socket


def _me() -> Holder:
    return Holder(os.getpid(), _user(), _host(), time.time())


def acquire(target: Path) -> Holder | None:
    """Take the lock on target; if another wizard may hold it, return who does.

    Raises JDError when the locks folder cannot be used."""
    path = _lock_path(target)
    for _ in range(2):
        if _create(path):
            return None
        holder = _read(path)
        if holder is None:
            continue  # released since: take it
        if holder.problem or _alive(holder):
            return holder
        with contextlib.suppress(JDError):
            drafts.remove_entry(path)  # left by a wizard that died: take it over
    return _read(path)


def _create(path: Path) -> bool:
    """Write a lock of ours at path, unless there is something there already."""
    # O_EXCL never follows a symlink, and fails on anything that exists, a folder too.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise JDError(path, t("cannot create the lock: {reason}",
                             reason=plain_reason(exc))) from None
    with os.fdopen(fd, "w") as handle:
        me = _me()
        json.dump({"pid": me.pid, "user": me.user, "host": me.host, "since": me.since},
                  handle)
    return True


def release(target: Path) -> None:
    path = _lock_path(target)
    holder = _read(path)
    if holder is not None and not holder.breakable and holder.pid == os.getpid():
        with contextlib.suppress(JDError):
            drafts.remove_entry(path)


def break_lock(target: Path, seen: Holder) -> Holder | None:
    """Remove the lock the user was told of, and take it; who holds it now, if not us.

    Only the lock as it was seen is removed: one taken since by a wizard that is
    running is left to it. Raises JDError when it cannot be removed (a folder with
    files in it)."""
    path = _lock_path(target)
    if _read(path) == seen:
        drafts.remove_entry(path)
    return acquire(target)


def _read(path: Path) -> Holder | None:
    """The lock at path (one that cannot be read with its problem said); None if none."""
    try:
        data, _ = drafts.read_own(path)
    except FileNotFoundError:
        return None
    except drafts.Unreadable as exc:
        return _odd(path, str(exc))
    try:
        body = json.loads(data.decode("utf-8"))
        holder = Holder(int(body["pid"]), str(body["user"]), str(body["host"]),
                        float(body["since"]))
    except (ValueError, KeyError, TypeError, RecursionError, OverflowError):
        return _odd(path, t("empty") if not data.strip() else t("not what a wizard writes"))
    # A pid of 0 or below names a process group to os.kill, not a wizard; a time out of
    # range cannot be shown.
    if not (0 < holder.pid < 2**31 and 0 <= holder.since < 2**40):
        return _odd(path, t("not what a wizard writes"))
    return holder


def _odd(path: Path, problem: str) -> Holder:
    try:
        since = os.lstat(path).st_mtime
    except OSError:
        since = 0.0
    return Holder(0, "", "", since, problem)


def odd_locks() -> list[tuple[str, Holder]]:
    """The locks only the user can break (see Holder.breakable), by key."""
    folder = drafts.state_dir() / "locks"
    if drafts.state_problem() is not None or not folder.is_dir():
        return []
    found = []
    with os.scandir(folder) as entries:
        names = sorted(e.name for e in entries if e.name.endswith(".lock"))
    for name in names:
        holder = _read(folder / name)
        if holder is not None and holder.breakable:
            found.append((name.removesuffix(".lock"), holder))
    return found


def break_by_key(key: str) -> bool:
    """Remove the lock of this key unless a wizard here is running with it; False if
    there was none. Raises JDError saying why it stays."""
    path = drafts.state_dir() / "locks" / f"{key}.lock"
    problem = drafts.state_problem()
    if problem is not None:
        raise JDError(path, problem)
    holder = _read(path)
    if holder is None:
        return False
    if not holder.breakable and _alive(holder):
        raise JDError(path, t("held by a wizard that is running: {holder}",
                             holder=holder.describe()))
    return drafts.remove_entry(path)


def _alive(holder: Holder) -> bool:
    if holder.host != _host():
        return True  # a shared folder: another machine's process cannot be checked
    if holder.pid == os.getpid():
        return False
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):
        # A zombie or a reused pid of an unrelated program does not hold the file.
        cmdline = Path(f"/proc/{holder.pid}/cmdline").read_bytes()
        return b"jdwizard" in cmdline
    return True
