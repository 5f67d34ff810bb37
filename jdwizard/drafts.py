"""Autosaved drafts, so that a dropped link or a killed process loses at most a second.

One draft per target file (by absolute path), or per new document not yet saved, in a
per-user state folder that only its owner can read: drafts may hold personal data.
A draft is a small JSON file: the target and the document's TOML text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from jdwizard import fileformat
from jdwizard.atomicfile import write_text_atomic
from jdwizard.errors import JDError
from jdwizard.model import Document

STATE_ENV = "JDWIZARD_STATE_DIR"
"""Overrides the state folder (tests, or a user who wants drafts elsewhere)."""


def state_dir() -> Path:
    override = os.environ.get(STATE_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_state_dir("jdwizard"))


def private_dir(name: str) -> Path:
    """A folder under the state folder that only the user can open, made if need be."""
    folder = state_dir() / name
    for path in (folder.parent, folder):
        path.mkdir(exist_ok=True, mode=0o700, parents=True)
        os.chmod(path, 0o700)  # also when it was made earlier, or wider by the umask
    return folder


def drafts_dir() -> Path:
    return private_dir("drafts")


def key_for(target: Path | None) -> str:
    """The draft's name: a hash of the target's absolute path, or a fresh one if none."""
    if target is None:
        return f"new-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    absolute = os.path.abspath(target)
    return hashlib.sha256(absolute.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Draft:
    path: Path
    target: str | None
    text: str

    @property
    def key(self) -> str:
        return self.path.stem

    @property
    def saved_at(self) -> float:
        return self.path.stat().st_mtime

    def document(self) -> Document:
        return fileformat.loads(self.text, self.path)


def write(key: str, target: Path | None, doc: Document) -> Path:
    path = drafts_dir() / f"{key}.json"
    body = {"target": os.path.abspath(target) if target else None,
            "text": fileformat.dumps(doc)}
    write_text_atomic(path, json.dumps(body, ensure_ascii=False), new_mode=0o600)
    return path


def read(path: Path) -> Draft:
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        return Draft(path, body.get("target"), str(body["text"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise JDError(path, f"not a readable draft: {exc}") from None


def all_drafts() -> list[Draft]:
    folder = state_dir() / "drafts"
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            found.append(read(path))
        except JDError:
            continue
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def for_target(target: Path) -> Draft | None:
    path = state_dir() / "drafts" / f"{key_for(target)}.json"
    return read(path) if path.exists() else None


def remove(key: str) -> None:
    (state_dir() / "drafts" / f"{key}.json").unlink(missing_ok=True)


def pending(target: Path) -> Draft | None:
    """The target's draft, if it is newer than the file and says something else."""
    draft = for_target(target)
    if draft is None:
        return None
    try:
        if target.exists():
            if draft.saved_at < target.stat().st_mtime:
                return None
            if fileformat.dumps(fileformat.load(target)) == draft.text:
                return None
    except JDError:
        pass  # a broken file: the draft is all the more worth offering
    return draft


def newest_of_a_new_document() -> Draft | None:
    """The latest draft of a document never saved, unless its wizard is still running."""
    for draft in all_drafts():  # newest first
        if draft.target is None and not _wizard_running(draft.key):
            return draft
    return None


def _wizard_running(key: str) -> bool:
    # A new document's key ends in the pid of the wizard writing it (key_for).
    pid = key.rsplit("-", 1)[-1]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True


def changed_sections(draft: Document, current: Document | None) -> list[str]:
    """The top-level sections in which the draft differs from the file."""
    if current is None:
        return ["everything (the file does not exist)"]
    return [f.name for f in dataclasses.fields(draft)
            if getattr(draft, f.name) != getattr(current, f.name)]


def describe_age(seconds: float) -> str:
    if seconds < 10:
        return "just now"
    if seconds < 90:
        return f"{int(seconds)} s ago"
    if seconds < 90 * 60:
        return f"{int(seconds // 60)} min ago"
    if seconds < 36 * 3600:
        return f"{int(seconds // 3600)} h ago"
    days = int(seconds // 86400)
    return "1 day ago" if days == 1 else f"{days} days ago"
