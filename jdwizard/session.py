"""One editing session of one file: its draft, its lock, and what the file held on disk.

Kept apart from Textual, so that the wizard only says when to autosave or save and
this module decides what that means for the files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from jdwizard import drafts, locks
from jdwizard.model import Document


def fingerprint(path: Path | None) -> str:
    """The file's content hash, or "" when there is no file."""
    if path is None:
        return ""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


@dataclass
class Session:
    target: Path | None
    read_only: bool = False
    draft_key: str = ""
    on_disk: str = ""
    """Fingerprint of the file as this session last read or wrote it."""
    holder: locks.Holder | None = field(default=None)

    @classmethod
    def open(cls, target: Path | None, keep_draft: bool = False) -> Session:
        """Lock the target; keep_draft leaves an old draft alone by using a new key."""
        holder = locks.acquire(target) if target is not None else None
        key = drafts.key_for(None if keep_draft or target is None else target)
        return cls(target, read_only=holder is not None, draft_key=key,
                   on_disk=fingerprint(target), holder=holder)

    def autosave(self, doc: Document) -> None:
        if not self.read_only:
            drafts.write(self.draft_key, self.target, doc)

    def changed_on_disk(self, path: Path) -> bool:
        """Whether the file at path is not what this session last read or wrote."""
        if path != self.target or not path.exists():
            return False
        return fingerprint(path) != self.on_disk

    def saved(self, path: Path) -> None:
        """After a successful save to path: the draft has served its purpose."""
        drafts.remove(self.draft_key)
        if path != self.target:
            if self.target is not None:
                locks.release(self.target)
            self.target = path
            locks.acquire(path)
            self.draft_key = drafts.key_for(path)
        self.on_disk = fingerprint(path)

    def discard(self) -> None:
        drafts.remove(self.draft_key)

    def close(self) -> None:
        if self.target is not None and not self.read_only:
            locks.release(self.target)
