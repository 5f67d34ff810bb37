"""Documents as `edit` read them before, read back instead of parsed again.

Parsing a description and making its model was most of what a big one adds to the
wizard's start: with 3,000 duties some 70 M instructions (10 ms), of a first screen of
1,200 M. A quick edit opens the same file again and again (or the one it saved last
time): as Textual's parsed CSS (tui/css_cache.py) and the findings of `check`
(check_cache.py), the model of each file is kept in the user's cache folder, keyed by
the file's bytes, in marshal's format (some 10 M instructions to read back).

One cache file a document, the newest MOST_FILES kept. A file that is missing, damaged,
not the user's own, or of another version of jdwizard is ignored: the text is parsed,
as without a cache. Only documents that parsed are kept, so every error is still found
and reported by the parse.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Final, NamedTuple

from jdwizard import fileformat
from jdwizard.cachedir import cache_dir, digest, read_sealed, write_sealed
from jdwizard.errors import JDError
from jdwizard.model import (
    DUTY_VALUES,
    Acknowledgement,
    Approval,
    Conditions,
    Document,
    DocumentInfo,
    Duties,
    Duty,
    Items,
    Organization,
    Position,
    Qualifications,
    Revision,
    Signature,
    Subordination,
    field_names,
)

FORMAT: Final = 1
"""Bumped when what is stored changes shape."""

FOLDER: Final = "documents"
MAGIC: Final = b"jdwizard document\n"
MOST_FILES: Final = 200
"""Documents kept at most: a company's positions, each opened in turn."""

CLASSES: Final[tuple[type, ...]] = (
    Document, DocumentInfo, Organization, Position, Subordination, Items, Qualifications,
    Duties, Conditions, Signature, Approval, Acknowledgement, Revision, Duty)
"""The model's classes, by the number a stored value names its class with."""
_NUMBERS: Final = {kind: number for number, kind in enumerate(CLASSES)}
_DUTY: Final = _NUMBERS[Duty]
_PACKAGE: Final = Path(__file__).parent
_SOURCES: Final = ("model.py", "fileformat.py", "doc_cache.py")
"""The files a stored document depends on: those that say what a file's text means."""


def key_of(data: bytes) -> bytes:
    return digest(data)


class Loaded(NamedTuple):
    doc: Document
    key: bytes
    """The key of the file's bytes in the cache: their digest (cachedir.digest)."""
    hit: bool
    """Whether the document was read from the cache."""
    again: Callable[[], Document] | None = None
    """The document as read, made anew at each call (from what the cache kept), for an
    editor to compare its changes with, after its first frame: a copy made before it
    was 8 M instructions with 3,000 duties. None when the document was parsed."""


def load(path: str | Path) -> Loaded:
    """The document of a file, with its key; every problem of the file is a
    JDError, as fileformat.load gives it."""
    data = fileformat.read_data(path)
    key = key_of(data)
    stored = _stored(key)
    doc = None if stored is None else _document(stored)
    if doc is not None:
        return Loaded(doc, key, True, partial(_decode, stored))  # decoded once: again
    return Loaded(fileformat.loads(fileformat.decode(path, data), path), key, False)


def cached(key: bytes, folder: Path | None = None) -> Document | None:
    """The document kept under the key; None when none is, or what is kept cannot be
    trusted (see the module's text)."""
    stored = _stored(key, folder)
    return None if stored is None else _document(stored)


def _stored(key: bytes, folder: Path | None = None) -> Any:
    return read_sealed((folder or default_folder()) / f"{key.hex()}.marshal", MAGIC,
                       (FORMAT, fingerprint()))


def _document(stored: Any) -> Document | None:
    try:
        doc = _decode(stored)
    # Not expected of data this version wrote; whatever it raises means the same: parse.
    except Exception:
        return None
    return doc if isinstance(doc, Document) else None


def keep(key: bytes, doc: Document, folder: Path | None = None) -> None:
    """Keep the document under the key (of the bytes it was parsed from); never raises:
    without it, the next start parses the file, as it would without a cache."""
    folder = folder or default_folder()
    try:
        write_sealed(folder / f"{key.hex()}.marshal", MAGIC, (FORMAT, fingerprint()),
                     _encode(doc))
        _prune(folder)
    except (OSError, ValueError, TypeError):
        return


def keep_file(path: str | Path) -> None:
    """Keep the document of a file (one just saved), as the next start will read it;
    never raises. A file that does not parse is not kept: the next start says why."""
    try:
        loaded = load(path)
    except JDError:
        return
    if not loaded.hit:
        keep(loaded.key, loaded.doc)


def default_folder() -> Path:
    return cache_dir() / FOLDER


Fingerprint = tuple[str, tuple[tuple[str, int, int], ...]]


def fingerprint() -> Fingerprint:
    """What a stored document depends on besides the file: the Python, and the sizes and
    times of the sources that read it (a new version, or an edited file, parses)."""
    stats = []
    for name in _SOURCES:
        info = os.stat(_PACKAGE / name)
        stats.append((name, info.st_size, info.st_mtime_ns))
    return (sys.version, tuple(stats))


def _prune(folder: Path) -> None:
    """Remove the oldest files past MOST_FILES."""
    with os.scandir(folder) as entries:
        files = [(e.stat().st_mtime_ns, e.path) for e in entries
                 if e.name.endswith(".marshal") and e.is_file(follow_symlinks=False)]
    if len(files) <= MOST_FILES:
        return
    files.sort()
    for _, name in files[:len(files) - MOST_FILES]:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _encode(value: Any) -> Any:
    """The value in marshal's types: a model's object is a tuple of its class's number
    and its fields' values; a date is its ISO text as bytes (no value of the model is
    bytes); lists, tables, texts, numbers and None are themselves."""
    kind = type(value)
    if kind in (str, int, bool, type(None)):
        return value
    if kind is list:
        return [_encode(item) for item in value]
    if kind is dict:
        return {k: _encode(v) for k, v in value.items()}
    if kind is date:
        return value.isoformat().encode("ascii")
    if kind is Duty:  # the thousands: their fields are texts, numbers and flags
        return (_DUTY, *DUTY_VALUES(value))
    if kind in _NUMBERS:
        return (_NUMBERS[kind], *(_encode(getattr(value, n)) for n in field_names(kind)))
    raise TypeError(f"not a value of the model: {kind.__name__}")


def _decode(value: Any) -> Any:
    kind = type(value)
    if kind is tuple:
        if value[0] == _DUTY:
            return Duty(*value[1:])
        return CLASSES[value[0]](*[_decode(item) for item in value[1:]])
    if kind is list:
        if value and type(value[0]) is tuple and value[0][0] == _DUTY:
            return [Duty(*item[1:]) if item[0] == _DUTY else _decode(item) for item in value]
        return [_decode(item) for item in value]
    if kind is dict:
        return {k: _decode(v) for k, v in value.items()}
    if kind is bytes:
        return date.fromisoformat(value.decode("ascii"))
    return value
