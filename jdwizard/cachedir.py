"""The user's cache folder for jdwizard: what can be made again, kept to be faster.

Textual's parsed CSS (tui/css_cache.py), the findings of `check` (check_cache.py) and the
documents `edit` opened (doc_cache.py, the last two as sealed marshal files: read_sealed)
are kept here. Found without platformdirs where the rule is simple (Linux and the
other XDG systems): its import was 4.4 ms of a 90 ms `check` of 50 files.
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import Any, Final

try:
    # hashlib's import loads OpenSSL (_hashlib), some 2.2 ms of every run, for a hash
    # the interpreter builds in: _blake2 alone takes 0.1 ms.
    from _blake2 import blake2b as blake2b
except ImportError:  # an interpreter without it (not CPython, or built without)
    from hashlib import blake2b as blake2b

DIGEST_SIZE: Final = 16

STATE_ENV = "JDWIZARD_STATE_DIR"
"""Overrides the state folder (tests, or a user who wants drafts elsewhere); the cache
is then its cache/ folder. Here rather than in drafts, which `check` does not import
(drafts' own imports, json among them, cost some 1.7 ms)."""


def cache_dir() -> Path:
    """$JDWIZARD_STATE_DIR/cache when that is set; else the platform's user cache folder
    of jdwizard, as platformdirs.user_cache_dir("jdwizard") names it."""
    override = os.environ.get(STATE_ENV)
    if override:
        return Path(override) / "cache"
    if sys.platform in ("darwin", "win32"):
        import platformdirs

        return Path(platformdirs.user_cache_dir("jdwizard"))
    return Path(xdg_cache_home()) / "jdwizard"


def xdg_cache_home() -> str:
    """$XDG_CACHE_HOME, else ~/.cache: platformdirs' rule on Unix, which (as the XDG
    Base Directory spec says) ignores a value that is not an absolute path, a blank
    one among them."""
    value = os.environ.get("XDG_CACHE_HOME", "")
    if value.startswith("/"):
        return value
    return os.path.expanduser("~/.cache")


def read_own_file(path: Path) -> bytes | None:
    """A cache file's bytes if it is a regular file of the user's, not read through a
    symlink; None otherwise (OSError when it cannot be opened). In a shared
    JDWIZARD_STATE_DIR another user's file could say a document with errors has none,
    or hold a pickle that runs code."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            return None
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            return None
        return file.read()


def replace_file(path: Path, data: bytes) -> None:
    """Write a cache file beside path and rename it over path: a reader, another run
    beside this one (pre-commit runs hooks in parallel), sees the old file or the new
    one, never a part; the last to rename wins. The user's alone, as its folder (what is
    kept quotes the documents). Not synced to disk: a cache lost in a crash is made
    again."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC
                     | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def digest(data: bytes) -> bytes:
    return blake2b(data, digest_size=DIGEST_SIZE).digest()


SEAL_SIZE: Final = 4


def seal(data: bytes) -> bytes:
    """What tells a cache file's data is whole: its CRC-32. Against damage (a file cut
    short, a stray byte), not against tampering: the file is the user's own
    (read_own_file). BLAKE2b took ten times as long, some 5 M instructions for the 0.4
    MB of a 3,000-duty document at every start."""
    return zlib.crc32(data).to_bytes(SEAL_SIZE, "big")


def read_sealed(path: Path, magic: bytes, header: tuple[Any, ...]) -> Any:
    """What write_sealed kept in a cache file under this header (the format and what
    the kept value depends on); None for a file missing, damaged, foreign, of another
    header, or not the user's own (read_own_file)."""
    try:
        data = read_own_file(path)
    except OSError:
        return None
    if data is None:
        return None
    # marshal.loads of damaged data can crash the interpreter (a stray byte in a
    # reference), not only raise: the data is read only when its seal is right.
    start = len(magic) + SEAL_SIZE
    if data[:len(magic)] != magic or data[len(magic):start] != seal(data[start:]):
        return None
    try:
        stored = marshal.loads(data[start:])
    # Not expected of data this run's Python wrote (another Python's has another
    # header); whatever it raises means the same: made again.
    except Exception:
        return None
    if (type(stored) is not tuple or len(stored) != len(header) + 1
            or stored[:-1] != header):
        return None
    return stored[-1]


def write_sealed(path: Path, magic: bytes, header: tuple[Any, ...], value: Any) -> None:
    """Keep a value in a cache file, marshalled after the header, the magic and the
    seal of what follows them (replace_file); OSError or ValueError (a value marshal
    cannot write) when it cannot."""
    data = marshal.dumps((*header, value))
    replace_file(path, magic + seal(data) + data)
