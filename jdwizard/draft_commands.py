"""`jdwizard drafts`: the autosaved drafts, without the wizard.

Every line printed passes through safetext: a draft's target is a path, which may
hold escape sequences.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from jdwizard import drafts, fileformat, locks, uilang
from jdwizard.commands import make_folder_for
from jdwizard.errors import JDError
from jdwizard.output.files import save_pair
from jdwizard.safetext import say
from jdwizard.uilang import t


def run(action: str, which: str | None, output: str | None, ui_lang: str | None = None) -> int:
    # Drafts are of many documents: the messages are in the language of --ui-lang, else
    # JDWIZARD_UI_LANG, else the locale.
    uilang.choose(ui_lang)
    problem = drafts.state_problem()
    if problem is not None:
        # Not read at all: a shared folder's drafts may have been planted by anyone.
        raise JDError("drafts", t("none are kept: {problem}; {variable} can name a folder "
                                  "of your own", problem=problem, variable=drafts.STATE_ENV))
    if action == "list":
        return list_drafts()
    if which is None:
        raise JDError("drafts", t("{action} needs the draft: its file or its key (see: "
                                  "jdwizard drafts)", action=action))
    if action == "unlock":
        return unlock(which)
    draft = find(which)
    if action == "remove":
        drafts.remove(draft.key)
        if draft.problem:
            say(t("removed the unreadable draft {key}", key=draft.key))
        elif draft.target:
            say(t("removed the draft of {file}", file=draft.target))
        else:
            say(t("removed the draft of a new document"))
        return 0
    return restore(draft, output)


def list_drafts() -> int:
    found = drafts.every_draft()
    if not found:
        say(t("no drafts"))
    for draft in found:
        age = drafts.describe_age(time.time() - draft.saved_at)
        if draft.problem:
            say(t("{key}  {age:>12}  unreadable: {problem} (to remove it: jdwizard drafts "
                  "remove {key})", key=draft.key, age=age, problem=draft.problem))
        else:
            say(f"{draft.key}  {age:>12}  {draft.target or t('(new document)')}: "
                f"{_changes(draft)}")
    for key, holder in locks.odd_locks():
        say(t("lock {key}: {holder}; the wizard offers to break it when its file is opened",
              key=key, holder=holder.describe()))
    return 0


def _changes(draft: drafts.Draft) -> str:
    try:
        doc = draft.document()
        exists = draft.target is not None and Path(draft.target).exists()
        current = fileformat.load(draft.target) if exists and draft.target else None
    except JDError as exc:
        return t("cannot compare ({reason})", reason=exc.message)
    sections = drafts.changed_sections(doc, current)
    if sections:
        return t("changed {sections}", sections=", ".join(sections))
    return t("same as the file")


def find(which: str) -> drafts.Draft:
    """The draft of a file or of a key, unreadable ones too (to be removed)."""
    absolute = os.path.abspath(which)
    key = drafts.key_for(Path(which))
    for draft in drafts.every_draft():
        if which in (draft.key, draft.target) or draft.target == absolute or draft.key == key:
            return draft
    raise JDError(which, t("no draft for this file or key; see: jdwizard drafts"))


def restore(draft: drafts.Draft, output: str | None) -> int:
    if draft.problem:
        raise JDError(draft.key, t("not a readable draft: {problem}; to remove it: jdwizard "
                                   "drafts remove {key}", problem=draft.problem, key=draft.key))
    target = output or draft.target
    if target is None:
        raise JDError(draft.key, t("a draft of a new document needs -o FILE.toml to restore "
                                   "to"))
    make_folder_for(target)
    markdown_path = save_pair(draft.document(), target)
    drafts.remove(draft.key)
    say(t("restored the draft to {file} and {markdown}", file=target,
          markdown=markdown_path.name))
    return 0


def unlock(which: str) -> int:
    """Break the lock of a file or key (`jdwizard drafts unlock`)."""
    lock = drafts.state_dir() / "locks" / f"{which}.lock"
    is_key = which == Path(which).name and os.path.lexists(lock)  # a key is a bare name
    key = which if is_key else drafts.key_for(Path(which))
    if not locks.break_by_key(key):
        raise JDError(which, t("no lock for this file or key"))
    say(t("broke the lock {key}", key=key))
    return 0
