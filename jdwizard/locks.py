"""Who has a file open in the wizard: a second wizard is told, and may open it read-only."""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import time
from dataclasses import dataclass
from pathlib import Path

from jdwizard.drafts import key_for, private_dir


@dataclass(frozen=True)
class Holder:
    pid: int
    user: str
    host: str
    since: float

    def describe(self) -> str:
        when = time.strftime("%H:%M", time.localtime(self.since))
        return f"{self.user} on {self.host} (process {self.pid}) since {when}"


def _lock_path(target: Path) -> Path:
    return private_dir("locks") / f"{key_for(target)}.lock"


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
    """Take the lock on target; if another live wizard holds it, return who does."""
    path = _lock_path(target)
    for _ in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            holder = _read(path)
            if holder is not None and _alive(holder):
                return holder
            path.unlink(missing_ok=True)  # left by a wizard that died: take it over
            continue
        with os.fdopen(fd, "w") as handle:
            me = _me()
            json.dump(me.__dict__, handle)
        return None
    return _read(path)


def release(target: Path) -> None:
    path = _lock_path(target)
    holder = _read(path)
    if holder is not None and holder.pid == os.getpid():
        path.unlink(missing_ok=True)


def _read(path: Path) -> Holder | None:
    try:
        return Holder(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


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
