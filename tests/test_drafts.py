"""Drafts, locks and sessions, without the wizard."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jdwizard import doc_cache, drafts, fileformat, locks, presets
from jdwizard.output import markdown
from jdwizard.session import Session


@pytest.fixture(autouse=True)
def state(own_state: Path) -> Path:
    return own_state


def test_a_draft_is_private_and_holds_the_document(target: Path, state: Path) -> None:
    doc = fileformat.load(target)
    doc.rights.items.append("To take part in meetings on sales planning")
    written = drafts.write(drafts.key_for(target), target, doc)
    assert written.stat().st_mode & 0o777 == 0o600
    assert (state / "drafts").stat().st_mode & 0o777 == 0o700
    assert state.stat().st_mode & 0o777 == 0o700
    draft = drafts.for_target(target)
    assert draft is not None and draft.target == str(target.resolve())
    assert draft.document() == doc


def test_pending_only_when_newer_and_different(target: Path) -> None:
    doc = fileformat.load(target)
    drafts.write(drafts.key_for(target), target, doc)
    assert drafts.pending(target) is None  # the same as the file
    doc.position.title = "Senior Sales Manager"
    drafts.write(drafts.key_for(target), target, doc)
    pending = drafts.pending(target)
    assert pending is not None
    assert drafts.changed_sections(pending.document(), fileformat.load(target)) == ["position"]
    later = time.time() + 5
    os.utime(target, (later, later))  # the file was saved after the draft
    assert drafts.pending(target) is None


def test_drafts_of_new_documents_have_keys_of_their_own() -> None:
    first, second = drafts.key_for(None), drafts.key_for(None)
    assert first.startswith("new-") and str(os.getpid()) in first
    assert drafts.key_for(Path("a.toml")) == drafts.key_for(Path("a.toml").resolve())
    assert first != drafts.key_for(Path("a.toml"))
    assert second.startswith("new-")


def test_a_broken_draft_is_skipped_in_the_list(state: Path, target: Path) -> None:
    drafts.write(drafts.key_for(target), target, fileformat.load(target))
    (state / "drafts" / "broken.json").write_text("{not json")
    assert [d.target for d in drafts.all_drafts()] == [str(target.resolve())]


def test_lock_tells_who_holds_the_file_and_a_dead_holder_is_replaced(target: Path,
                                                                    state: Path) -> None:
    holder_process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        path = drafts.private_dir("locks") / f"{drafts.key_for(target)}.lock"
        me = locks._me()
        path.write_text(json.dumps({**me._asdict(), "pid": holder_process.pid}))
        # A live process whose command line is not jdwizard's does not hold the file...
        assert locks.acquire(target) is None
        path.write_text(json.dumps({**me._asdict(), "pid": holder_process.pid,
                                    "host": "another-host"}))
        # ...but a wizard on another machine (a shared folder) cannot be checked: it does.
        holder = locks.acquire(target)
        assert holder is not None and "another-host" in holder.describe()
    finally:
        holder_process.kill()
        holder_process.wait()


def test_session_notices_a_file_changed_on_disk(target: Path) -> None:
    session = Session.open(target)
    assert not session.read_only
    assert not session.changed_on_disk(target)
    target.write_text(target.read_text() + "\n")
    assert session.changed_on_disk(target)
    session.saved(target)
    assert not session.changed_on_disk(target)
    session.close()
    assert not list((drafts.private_dir("locks")).iterdir())


def test_a_file_changed_after_it_was_read_is_changed_on_disk(target: Path) -> None:
    """The session compares with the bytes the document was read from (as `edit` gives
    them), not with the file as it is when the session opens."""
    read = doc_cache.key_of(target.read_bytes())
    target.write_text(target.read_text() + "\n")  # changed between the read and the open
    session = Session.open(target, read_key=read)
    assert session.changed_on_disk(target)
    session.close()
    unchanged = Session.open(target, read_key=doc_cache.key_of(target.read_bytes()))
    assert not unchanged.changed_on_disk(target)
    unchanged.close()


def test_saving_removes_the_draft(target: Path) -> None:
    session = Session.open(target)
    session.autosave(fileformat.load(target))
    assert drafts.for_target(target) is not None
    session.saved(target)
    assert drafts.for_target(target) is None
    session.close()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jdwizard", *args], capture_output=True,
                          text=True, env=os.environ.copy())


def test_drafts_command_restores_a_new_document_to_a_file(tmp_path: Path) -> None:
    doc = presets.new_document("head-of-sales")
    key = drafts.key_for(None)
    drafts.write(key, None, doc)
    listing = run_cli("drafts")
    assert key in listing.stdout and "(new document)" in listing.stdout
    refused = run_cli("drafts", "restore", key)
    assert refused.returncode == 2 and "needs -o FILE.toml" in refused.stderr
    out = tmp_path / "head.toml"
    done = run_cli("drafts", "restore", key, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert fileformat.load(out) == doc
    assert out.with_suffix(".md").read_text(encoding="utf-8") == markdown.render(doc)
    assert run_cli("drafts").stdout.strip() == "no drafts"


def test_drafts_command_removes_and_names_unknown_drafts(target: Path) -> None:
    drafts.write(drafts.key_for(target), target, fileformat.load(target))
    assert run_cli("drafts", "remove", str(target)).returncode == 0
    assert drafts.for_target(target) is None
    missing = run_cli("drafts", "remove", str(target))
    assert missing.returncode == 2
    assert missing.stderr.strip() == (f"jdwizard: {target}: no draft for this file or key; "
                                      "see: jdwizard drafts")


def test_ages_read_as_words() -> None:
    ages = [(3, "just now"), (42, "42 s ago"), (600, "10 min ago"), (5 * 3600, "5 h ago"),
            (40 * 3600, "1 day ago"), (9 * 86400, "9 days ago")]
    assert [drafts.describe_age(seconds) for seconds, _ in ages] == [text for _, text in ages]
