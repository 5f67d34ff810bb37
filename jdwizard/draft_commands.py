"""`jdwizard drafts`: the autosaved drafts, without the wizard."""

from __future__ import annotations

import os
import time
from pathlib import Path

from jdwizard import drafts, fileformat
from jdwizard.commands import make_folder_for
from jdwizard.errors import JDError
from jdwizard.output import save_pair


def run(action: str, which: str | None, output: str | None) -> int:
    if action == "list":
        return list_drafts()
    if which is None:
        raise JDError("drafts", f"{action} needs the draft: its file or its key "
                      "(see: jdwizard drafts)")
    draft = find(which)
    if action == "remove":
        drafts.remove(draft.key)
        print(f"removed the draft of {draft.target or 'a new document'}")
        return 0
    return restore(draft, output)


def list_drafts() -> int:
    found = drafts.all_drafts()
    if not found:
        print("no drafts")
        return 0
    for draft in found:
        age = drafts.describe_age(time.time() - draft.saved_at)
        print(f"{draft.key}  {age:>12}  {draft.target or '(new document)'}: "
              f"{_changes(draft)}")
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
    absolute = os.path.abspath(which)
    for draft in drafts.all_drafts():
        if which in (draft.key, draft.target) or draft.target == absolute:
            return draft
    raise JDError(which, "no draft for this file or key; see: jdwizard drafts")


def restore(draft: drafts.Draft, output: str | None) -> int:
    target = output or draft.target
    if target is None:
        raise JDError(draft.key, "a draft of a new document needs -o FILE.toml to restore to")
    make_folder_for(target)
    markdown_path = save_pair(draft.document(), target)
    drafts.remove(draft.key)
    print(f"restored the draft to {target} and {markdown_path.name}")
    return 0
