"""The findings of `check` in earlier runs, read back instead of checked again.

A folder checked by hand is mostly the files of the last run, unchanged: checking each
document again (the vague wording, the lists, the lead-ins) was some 35 ms of a 94 ms
run of 50 files, as long as the whole of a TOML-only checker's. As ruff and mypy keep
their results, `check` keeps each document's findings (checks.check_document), in one
file of the user's cache folder, keyed by the file's text and the language its messages
are made in. The department's checks compare every document with the others and stay
uncached; so every file is still read and parsed.

The file is a cache: one that is missing, damaged, of another program or another
version of jdwizard is ignored, and replaced when the run has something new to keep;
one that cannot be written is not, and the next run checks again. It never makes
`check` fail.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from jdwizard.cachedir import DIGEST_SIZE, blake2b, cache_dir, read_sealed, write_sealed
from jdwizard.findings import Finding

FORMAT: Final = 1
"""Bumped when what is stored changes shape."""

FILE_NAME: Final = "check-findings.marshal"

MAGIC: Final = b"jdwizard check findings\n"
"""The file's first bytes, before the seal of the rest and the marshal data."""

MOST_ENTRIES: Final = 20_000
"""Documents kept at most (some 100 bytes a finding): past it, only those of the run
that wrote the file are kept, so that the file of years of edits stays small to read."""

Fingerprint = tuple[int, str, tuple[tuple[str, int, int], ...], tuple[int, int] | None]

Stored = tuple[tuple[str, str, str], ...]
"""One document's findings as marshal keeps them: (place, severity, message), without
the file (the same text may be another file's next time)."""

_PACKAGE: Final = Path(__file__).parent
_UNCHECKED: Final = frozenset({"__pycache__"})
_WIZARD_ONLY: Final = "tui"
"""The wizard's folder: the checks never import Textual's side of jdwizard."""


def default_path() -> Path:
    return cache_dir() / FILE_NAME


def key(text: str, language: str) -> bytes:
    """A document's key: its file's text, and the language its messages are made in
    (they are translated; a document that names no language is checked in the run's)."""
    digest = blake2b(digest_size=DIGEST_SIZE)
    digest.update(language.encode("ascii", "replace"))
    digest.update(b"\0")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate; not the first try: 4 times slower
        data = text.encode("utf-8", "surrogatepass")
    digest.update(data)
    return digest.digest()


def fingerprint() -> Fingerprint:
    """What the stored findings depend on besides the texts: the format, the Python,
    and the files of jdwizard's checks (their sizes and times: a new version or an
    edited file rewrites them), with ahocorasick_rs's, which the vague wording's look
    runs on."""
    files: list[tuple[str, int, int]] = []
    _add_files(str(_PACKAGE), "", files, top=True)
    files.sort()
    return (FORMAT, sys.version, tuple(files), _module_stat("ahocorasick_rs"))


def _add_files(folder: str, relative: str, files: list[tuple[str, int, int]],
               top: bool = False) -> None:
    """(relative path, size, mtime_ns) of each file under folder, bytecode caches
    left out (the sources say what they hold), and the wizard's folder."""
    with os.scandir(folder) as entries:
        for entry in entries:
            name = relative + entry.name
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in _UNCHECKED and not (top and entry.name == _WIZARD_ONLY):
                    _add_files(entry.path, name + "/", files)
                continue
            info = entry.stat()
            files.append((name, info.st_size, info.st_mtime_ns))


def _module_stat(name: str) -> tuple[int, int] | None:
    """(size, mtime_ns) of a top-level module's file, found as `import` would find it
    but without running it: PathFinder looks in sys.path's folders, whose listings the
    imports of this run have mostly read already. None when it is not installed."""
    try:
        spec = importlib.machinery.PathFinder.find_spec(name)
        if spec is None or not spec.origin:
            return None
        info = os.stat(spec.origin)
    except (OSError, ImportError, ValueError):
        return None
    return info.st_size, info.st_mtime_ns


class CheckCache:
    """The stored findings of each document's key; new ones are kept for save()."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = default_path() if path is None else path
        try:
            self._fingerprint: Fingerprint | None = fingerprint()
        except OSError:  # a package that cannot be listed (in a zip): nothing to trust
            self._fingerprint = None
        self._entries = _read(self.path, self._fingerprint)
        self._used: set[bytes] = set()
        self._new = False

    def findings(self, entry_key: bytes, file: str) -> list[Finding] | None:
        """The findings stored under the key, as the file's; None when none are (or
        what is stored is not findings: a damaged entry is checked again)."""
        stored = self._entries.get(entry_key)
        if stored is None or not _is_stored(stored):
            return None
        self._used.add(entry_key)
        return [Finding(place, severity, message, file) for place, severity, message in stored]

    def store(self, entry_key: bytes, findings: Iterable[Finding]) -> None:
        # Plain tuples: marshal writes no NamedTuple (nor any class of ours).
        self._entries[entry_key] = tuple((f.place, f.severity, f.message) for f in findings)
        self._used.add(entry_key)
        self._new = True

    def save(self) -> None:
        """Write the file if this run found anything it did not hold; never raises:
        without it, the next run checks every file, as it did before there was one."""
        if not self._new or self._fingerprint is None:
            return
        entries = self._entries
        if len(entries) > MOST_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self._used}
        try:
            write_sealed(self.path, MAGIC, (FORMAT, self._fingerprint), _shared(entries))
        except (OSError, ValueError):
            return
        self._new = False


def _is_stored(value: object) -> bool:
    return isinstance(value, tuple) and all(
        isinstance(f, tuple) and len(f) == 3 and all(isinstance(s, str) for s in f)
        for f in value)


def _shared(entries: dict[bytes, Stored]) -> dict[bytes, Stored]:
    """The entries with each equal string one object: marshal writes an object seen
    before as a reference to it, and the same messages recur in many documents."""
    strings: dict[str, str] = {}

    def one(s: str) -> str:
        return strings.setdefault(s, s)

    return {k: tuple((one(place), one(severity), one(message))
                     for place, severity, message in v)
            for k, v in entries.items()}


def _read(path: Path, expected: Fingerprint | None) -> dict[bytes, Stored]:
    """The entries stored under this fingerprint; none for a file missing, damaged,
    foreign, of another version, or not the user's own."""
    if expected is None:
        return {}
    entries = read_sealed(path, MAGIC, (FORMAT, expected))
    return entries if isinstance(entries, dict) else {}
