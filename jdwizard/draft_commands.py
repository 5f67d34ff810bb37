"""`jdwizard drafts`: the autosaved drafts, without the wizard.

Every line printed passes through safetext: a draft's target is a path, which may
hold escape sequences.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from jdwizard import drafts, fileformat, locks
from jdwizard.commands import make_folder_for
from jdwizard.errors import JDError
from jdwizard.output.files import save_pair
from jdwizard.safetext import say


def run(action: str, which: str | None, output: str | None) -> int:
    problem = drafts.state_problem()
    if problem is not None:
        # Not read at all: a shared folder's drafts may have been planted by anyone.
        raise JDError("drafts", f"none are kept: {problem}; {drafts.STATE_ENV} can name "
                      "a folder of your own")
    if action == "list":
        return list_drafts()
    if which is None:
        raise JDError("drafts", f"{action} needs the draft: its file or its key "
                      "(see: jdwizard drafts)")
    if action == "unlock":
        return unlock(which)
    draft = find(which)
    if action == "remove":
        drafts.remove(draft.key)
        if draft.problem:
            say(f"removed the unreadable draft {draft.key}")
        else:
            say(f"removed the draft of {draft.target or 'a new document'}")
        return 0
    return restore(draft, output)


def list_drafts() -> int:
    found = drafts.every_draft()
    if not found:
        say("no drafts")
    for draft in found:
        age = drafts.describe_age(time.time() - draft.saved_at)
        if draft.problem:
            say(f"{draft.key}  {age:>12}  unreadable: {draft.problem} "
                f"(to remove it: jdwizard drafts remove {draft.key})")
        else:
            say(f"{draft.key}  {age:>12}  {draft.target or '(new document)'}: "
                f"{_changes(draft)}")
    for key, holder in locks.odd_locks():
        say(f"lock {key}: {holder.describe()}; the wizard offers to break it when its "
            "file is opened")
    return 0


def _changes(draft: drafts.Draft) -> str:
    try:
        doc = draft.document()
        exists = draft.target is not None and Path(draft.target).exists()
        current = fileformat.load(draft.target) if exists and draft.target else None
    except JDError as exc:
        return f"cannot compare ({exc.message})"
    sections = drafts.changed_sections(doc, current)
    return "changed " + ", ".join(sections) if sections else "same as the file"


def find(which: str) -> drafts.Draft:
    """The draft of a file or of a key, unreadable ones too (to be removed)."""
    absolute = os.path.abspath(which)
    key = drafts.key_for(Path(which))
    for draft in drafts.every_draft():
        if which in (draft.key, draft.target) or draft.target == absolute or draft.key == key:
            return draft
    raise JDError(which, "no draft for this file or key; see: jdwizard drafts")


def restore(draft: drafts.Draft, output: str | None) -> int:
    if draft.problem:
        raise JDError(draft.key, f"not a readable draft: {draft.problem}; to remove it: "
                      f"jdwizard drafts remove {draft.key}")
    target = output or draft.target
    if target is None:
        raise JDError(draft.key, "a draft of a new document needs -o FILE.toml to restore to")
    make_folder_for(target)
    markdown_path = save_pair(draft.document(), target)
    drafts.remove(draft.key)
    say(f"restored the draft to {target} and {markdown_path.name}")
    return 0


def unlock(which: str) -> int:
    """Break the lock of a file or key (`jdwizard drafts unlock`)."""
    lock = drafts.state_dir() / "locks" / f"{which}.lock"
    is_key = which == Path(which).name and os.path.lexists(lock)  # a key is a bare name
    key = which if is_key else drafts.key_for(Path(which))
    if not locks.break_by_key(key):
        raise JDError(which, "no lock for this file or key")
    say(f"broke the lock {key}")
    return 0
