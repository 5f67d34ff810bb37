"""Replace a file in one step, so that no reader ever sees it half-written."""

from __future__ import annotations

import contextlib
import glob
import os
import time
from pathlib import Path

from jdwizard.errors import JDError


def write_text_atomic(path: str | Path, text: str, new_mode: int = 0o666,
                      follow_symlinks: bool = True) -> None:
    """Write text to a temporary file beside path, flush it, and rename it over path.

    An existing file keeps its permissions; a new one gets new_mode less the umask
    (0o600 for a file only its owner may read). A failure leaves the old file as it
    was and raises JDError. A symlink at path is written through, as editors do,
    unless follow_symlinks is False (files of our own, such as drafts: a link there
    was planted, and is replaced).
    """
    target = Path(os.path.realpath(path) if follow_symlinks else os.path.abspath(path))
    data = text.encode("utf-8")
    try:
        mode = _mode_of(target) if follow_symlinks else None
        tmp = _write_temporary(target, data, new_mode)
    except OSError as exc:
        raise JDError(path, f"cannot write: {exc.strerror or exc}") from None
    try:
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        _remove_quietly(tmp)
        raise JDError(path, f"cannot write: {exc.strerror or exc}") from None
    _sync_directory(target.parent)
    _remove_stale_temporaries(target)


def _mode_of(target: Path) -> int | None:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        return None


STALE_AFTER = 600
"""Seconds after which a temporary file of ours is one a killed save left behind."""


def _remove_stale_temporaries(target: Path) -> None:
    # A save killed between writing and renaming leaves its temporary file; a live
    # save's is seconds old, so only old ones go.
    cutoff = time.time() - STALE_AFTER
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                stale.unlink()


def _write_temporary(target: Path, data: bytes, new_mode: int) -> Path:
    tmp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
    # Creating it with the mode lets the kernel apply the umask, as for any new file.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, new_mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(tmp)
        raise
    return tmp


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_directory(directory: Path) -> None:
    # Without this the rename itself may not survive a power cut.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
