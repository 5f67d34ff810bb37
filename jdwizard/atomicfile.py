"""Replace a file in one step, so that no reader ever sees it half-written.

An output that is not a file is never replaced by one: a terminal or /dev/null (a
character device), or a FIFO someone reads, is written into; anything else is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from jdwizard.errors import JDError
from jdwizard.findings import N_
from jdwizard.uilang import t


def write_text_atomic(path: str | Path, text: str, new_mode: int = 0o666,
                      follow_symlinks: bool = True) -> None:
    """Write text to a temporary file beside path, flush it, and rename it over path.

    An existing file keeps its permissions; a new one gets new_mode less the umask
    (0o600 for a file only its owner may read). A failure leaves the old file as it
    was and raises JDError. A symlink at path is written through, as editors do,
    unless follow_symlinks is False (files of our own, such as drafts: a link there
    was planted, and is replaced).

    When path (through its links) is a character device, or a FIFO that has a
    reader, the text is written into it (-o /dev/stdout, -o /dev/null): replacing
    /dev/null by a file would break every program that writes there.
    """
    write_bytes_atomic(path, text.encode("utf-8"), new_mode, follow_symlinks)


def write_bytes_atomic(path: str | Path, data: bytes, new_mode: int = 0o666,
                       follow_symlinks: bool = True) -> None:
    """write_text_atomic for a file that is not text (a DOCX, a PDF)."""
    if follow_symlinks and _is_stream(path):
        _write_into(path, data)
        return
    target = Path(os.path.realpath(path) if follow_symlinks else os.path.abspath(path))
    try:
        mode = _mode_of(target) if follow_symlinks else None
        tmp = _write_temporary(target, data, new_mode)
    except OSError as exc:
        raise JDError(path, t("cannot write: {reason}", reason=plain_reason(exc))) from None
    try:
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        _remove_quietly(tmp)
        raise JDError(path, t("cannot write: {reason}", reason=plain_reason(exc))) from None
    if _DEFERRED:
        _DEFERRED[-1].add(target.parent)
    else:
        _sync_directory(target.parent)
    _remove_stale_temporaries(target)


@contextlib.contextmanager
def folders_synced_once() -> Iterator[None]:
    """Files replaced within have their folders synced once each, as the block ends,
    rather than after every file: `render` of fifty files beside each other spent a
    quarter of its time syncing their one folder fifty times. Each file is still synced
    itself before it replaces the old one, so a power cut meanwhile leaves the old file
    or the new, never less; the block's end is when the renames are on the disk too."""
    folders: set[Path] = set()
    _DEFERRED.append(folders)
    try:
        yield
    finally:
        _DEFERRED.pop()
        for folder in sorted(folders):
            _sync_directory(folder)


_DEFERRED: list[set[Path]] = []
"""The folders to sync of each folders_synced_once block, innermost last."""


def _is_stream(path: str | Path) -> bool:
    """Whether path is an output to write into rather than a file to replace.

    Refuses, as JDError, what is neither a file nor such an output. The path itself
    is looked at, not its realpath: /dev/stdout leads to /proc/self/fd/1, which the
    kernel resolves to a pipe that has no name to resolve to."""
    try:
        kind = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False  # a file to create; what is wrong on its way, the save will say
    except OSError as exc:
        raise JDError(path, t("cannot write: {reason}", reason=plain_reason(exc))) from None
    if stat.S_ISREG(kind):
        return False
    if stat.S_ISCHR(kind) or stat.S_ISFIFO(kind):
        return True
    raise JDError(path, t("cannot write: is {kind}, not a file", kind=kind_of(kind)))


def kind_of(mode: int) -> str:
    """What a path that is not a regular file is, by its st_mode: "a folder", "a FIFO"."""
    kinds = [(stat.S_ISDIR, N_("a folder")), (stat.S_ISFIFO, N_("a FIFO")),
             (stat.S_ISSOCK, N_("a socket")),
             (stat.S_ISBLK, N_("a block device (a disk or a partition)")),
             (stat.S_ISCHR, N_("a device")), (stat.S_ISLNK, N_("a symbolic link"))]
    return t(next((name for test, name in kinds if test(mode)), N_("not a regular file")))


def _write_into(path: str | Path, data: bytes) -> None:
    # A FIFO is opened without blocking first: with no reader, a blocking open would
    # wait forever, and the non-blocking one fails with ENXIO instead. O_NOCTTY: a
    # terminal written to does not become the process's controlling terminal.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise JDError(path, t("cannot write: is a FIFO no one reads")) from None
        raise JDError(path, t("cannot write: {reason}", reason=plain_reason(exc))) from None
    try:
        kind = os.fstat(fd).st_mode
        if not (stat.S_ISCHR(kind) or stat.S_ISFIFO(kind)):
            # Replaced between the look and the open: never write into a file unatomically.
            raise JDError(path, t("cannot write: it changed while being opened; try again"))
        os.set_blocking(fd, True)  # a full pipe waits for its reader, not EAGAIN
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except BrokenPipeError:
        raise  # the reader went away (-o /dev/stdout | head), as with render --stdout
    except OSError as exc:
        raise JDError(path, t("cannot write: {reason}", reason=plain_reason(exc))) from None
    finally:
        os.close(fd)


_REASONS: Final = {
    # The system's own words (glibc's strerror), so that English reads as other tools
    # say it, and a key to translate by: strerror is always English.
    errno.ENOENT: N_("No such file or directory"), errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"), errno.ENOSPC: N_("No space left on device"),
    errno.EROFS: N_("Read-only file system"), errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"), errno.EEXIST: N_("File exists"),
    errno.EIO: N_("Input/output error"), errno.EDQUOT: N_("Disk quota exceeded"),
    errno.EBUSY: N_("Device or resource busy"), errno.ETXTBSY: N_("Text file busy"),
    errno.EMFILE: N_("Too many open files"), errno.ENOTEMPTY: N_("Directory not empty"),
    errno.EXDEV: N_("Invalid cross-device link"), errno.ENXIO: N_("No such device or address"),
    errno.ELOOP: N_("a loop of symbolic links (a link that leads back to itself)"),
    errno.ENAMETOOLONG: N_("the name is longer than the system allows"),
}


def plain_reason(exc: OSError) -> str:
    """Why a path could not be used, in words, in the interface's language."""
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    return t(reason) if reason else exc.strerror or str(exc)


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
    import glob  # on a save only: `check` and the wizard's start need none

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
