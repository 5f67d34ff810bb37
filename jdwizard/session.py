"""One editing session of one file: its draft, its lock, and what the file held on disk.

Kept apart from Textual, so that the wizard only says when to autosave or save and
this module decides what that means for the files.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from jdwizard import drafts, locks
from jdwizard.errors import JDError
from jdwizard.model import Document


def fingerprint(path: Path | None, read_key: bytes | None = None) -> str:
    """The file's content hash, or "" when there is no file; of the bytes whose digest
    `read_key` is (cachedir.digest of the file's bytes, read by the caller), when given."""
    if read_key is not None:
        return read_key.hex()
    if path is None:
        return ""
    try:
        return drafts.content_hash(path.read_bytes())
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
    state_problem: str | None = None
    """Why there are no drafts and no lock (the state folder is not safely the user's),
    or None: the wizard runs all the same, and says so."""

    @classmethod
    def open(cls, target: Path | None, keep_draft: bool = False,
             read_key: bytes | None = None) -> Session:
        """Lock the target; keep_draft leaves an old draft alone by using a new key.

        read_key is the digest of the target's bytes as the document was read from them
        (cachedir.digest: doc_cache.Loaded.key): what is on disk is then what the
        document was made of, not what the file holds by now (a file changed in between
        is seen as changed, and not overwritten unasked), and the file is not read and
        hashed again (some 1.5 ms with 3,000 duties)."""
        key = drafts.key_for(None if keep_draft or target is None else target)
        problem = drafts.prepare_state()
        holder = None
        if problem is None and target is not None:
            try:
                holder = locks.acquire(target)
            except JDError as exc:
                problem = exc.message
        return cls(target, read_only=holder is not None, draft_key=key,
                   on_disk=fingerprint(target, read_key), holder=holder, state_problem=problem)

    @property
    def keeps_state(self) -> bool:
        """Whether this session has a state folder for its draft and lock."""
        return self.state_problem is None

    def autosave(self, doc: Document, text: str | None = None) -> None:
        """Write the draft; text, when given, is fileformat.dumps(doc), made by the caller."""
        if not self.read_only and self.keeps_state:
            drafts.write(self.draft_key, self.target, doc, text)

    def changed_on_disk(self, path: Path) -> bool:
        """Whether the file at path is not what this session last read or wrote."""
        if path != self.target or not path.exists():
            return False
        return fingerprint(path) != self.on_disk

    def saved(self, path: Path) -> None:
        """After a successful save to path: the draft has served its purpose."""
        if self.keeps_state:
            self._forget_draft()
        if path != self.target:
            if self.target is not None and self.keeps_state:
                locks.release(self.target)
            self.target = path
            if self.keeps_state:
                with contextlib.suppress(JDError):  # the file is saved all the same
                    locks.acquire(path)
            self.draft_key = drafts.key_for(path)
        self.on_disk = fingerprint(path)

    def take_over(self) -> locks.Holder | None:
        """Break the lock the user was told of and hold the file; who does, if not us.

        Raises JDError when the lock cannot be removed."""
        if self.target is None or self.holder is None:
            return None
        self.holder = locks.break_lock(self.target, self.holder)
        self.read_only = self.holder is not None
        return self.holder

    def discard(self) -> None:
        if self.keeps_state:
            self._forget_draft()

    def _forget_draft(self) -> None:
        # A draft that cannot be removed (a folder with files in it) is listed by
        # `jdwizard drafts`; the save or the discard stands.
        with contextlib.suppress(JDError):
            drafts.remove(self.draft_key)

    def close(self) -> None:
        if self.target is not None and not self.read_only and self.keeps_state:
            locks.release(self.target)
