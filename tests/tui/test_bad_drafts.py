"""The wizard over a draft that cannot be read, a lock nobody may hold, a shared state folder.

Each wizard is started as `jdwizard edit` starts it: the draft is looked for, then the
session takes the lock; the keys are those a user presses.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jdwizard import drafts, fileformat, presets
from jdwizard.session import Session
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.restore import LockedScreen, RestoreScreen, UnreadableDraftScreen
from tests.test_state_safety import CORRUPT, NOBODY, a_draft_text, plant
from tests.tui.conftest import notes, run, saved_preset


@pytest.fixture(autouse=True)
def state(own_state: Path) -> Path:
    return own_state


@pytest.fixture
def sales(tmp_path: Path) -> Path:
    return saved_preset("sales-manager", tmp_path / "sales.toml")


def edit(path: Path) -> WizardApp:
    """The wizard as `jdwizard edit PATH --section position` opens it."""
    pending = drafts.pending(path)
    return WizardApp(fileformat.load(path), path, section="position",
                     session=Session.open(path), pending=pending)


def draft_of(path: Path) -> Path:
    return drafts.private_dir("drafts") / f"{drafts.key_for(path)}.json"


def lock_of(path: Path) -> Path:
    return drafts.private_dir("locks") / f"{drafts.key_for(path)}.lock"


def title(path: Path) -> str:
    return fileformat.load(path).position.title


def planted(path: Path, variant: str) -> None:
    """A broken draft of each kind, a symlink, and another user's draft."""
    if variant == "symlink":
        draft_of(path).symlink_to(path.with_name("victim.json"))
    elif variant == "not-yours":
        draft_of(path).write_text(a_draft_text())
        os.chown(draft_of(path), NOBODY, NOBODY)
    else:
        plant(draft_of(path), variant)


WHY = {**CORRUPT, "symlink": "a symbolic link (not followed)",
       "not-yours": f"not yours: owned by uid {NOBODY}"}


@pytest.mark.parametrize("variant", sorted(WHY))
def test_an_unreadable_draft_is_said_and_removed_and_the_file_edits(
        variant: str, sales: Path) -> None:
    planted(sales, variant)
    app = edit(sales)

    async def scenario(pilot):
        assert isinstance(app.screen, UnreadableDraftScreen)
        assert WHY[variant] in app.screen.problem
        await pilot.press("r")
        await pilot.pause()
        assert not os.path.lexists(draft_of(sales))
        await pilot.press("X", "ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert "X" in title(sales)
    assert "The unreadable draft is removed." in " ".join(notes(app))
    assert not sales.with_name("victim.json").exists()
    assert not os.path.lexists(draft_of(sales))


def test_a_kept_unreadable_draft_stays_and_autosaves_go_elsewhere(sales: Path) -> None:
    planted(sales, "json-list")
    app = edit(sales)

    async def scenario(pilot):
        assert isinstance(app.screen, UnreadableDraftScreen)
        await pilot.press("k")
        await pilot.press("X")
        await pilot.pause(0.8)  # past the autosave
        names = sorted(p.name for p in draft_of(sales).parent.iterdir())
        assert len(names) == 2 and draft_of(sales).name in names
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert "X" in title(sales)
    assert [p.name for p in draft_of(sales).parent.iterdir()] == [draft_of(sales).name]
    assert draft_of(sales).read_text() == '["target", "text"]'


def test_a_draft_folder_with_files_in_it_stays_and_the_file_still_saves(sales: Path) -> None:
    planted(sales, "folder")
    (draft_of(sales) / "notes.txt").write_text("the user's")
    app = edit(sales)

    async def scenario(pilot):
        await pilot.press("r")
        await pilot.pause()
        assert any("The draft stays" in n and "not empty" in n for n in notes(app, "error"))
        await pilot.press("X")
        await pilot.pause(0.8)
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert "X" in title(sales)
    assert (draft_of(sales) / "notes.txt").read_text() == "the user's"
    assert not notes(app, "warning")  # no "Draft not saved": autosaves went elsewhere


FAR = {"pid": 4242, "user": "anna", "host": "hr-server", "since": 1.7e9}


def test_a_lock_from_another_host_can_be_broken_and_the_file_saved(sales: Path) -> None:
    lock_of(sales).write_text(json.dumps(FAR))
    app = edit(sales)

    async def scenario(pilot):
        assert isinstance(app.screen, LockedScreen)
        assert "anna on hr-server (process 4242)" in app.screen.question
        await pilot.press("b")
        await pilot.pause()
        assert json.loads(lock_of(sales).read_text())["pid"] == os.getpid()
        await pilot.press("X", "ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert "X" in title(sales)
    assert not lock_of(sales).exists()  # released when the wizard closed


def test_a_lock_from_another_host_may_be_left_and_the_file_only_read(sales: Path) -> None:
    lock_of(sales).write_text(json.dumps(FAR))
    before = sales.read_bytes()
    app = edit(sales)

    async def scenario(pilot):
        await pilot.press("r")
        await pilot.press("X", "ctrl+s")
        await pilot.pause()
        assert any("read-only" in n for n in notes(app, "error"))

    run(app, scenario)
    assert sales.read_bytes() == before
    assert json.loads(lock_of(sales).read_text()) == FAR


def test_escape_on_the_lock_question_quits(sales: Path) -> None:
    lock_of(sales).write_text(json.dumps(FAR))
    app = edit(sales)

    async def scenario(pilot):
        await pilot.press("escape")
        await pilot.pause()

    run(app, scenario)
    assert app.return_value == []
    assert json.loads(lock_of(sales).read_text()) == FAR


def test_a_lock_that_is_a_folder_is_broken_and_the_draft_then_offered(sales: Path) -> None:
    lock_of(sales).mkdir()
    draft = presets.new_document("sales-manager")
    draft.position.title = "From The Draft"
    drafts.write(drafts.key_for(sales), sales, draft)
    app = edit(sales)

    async def scenario(pilot):
        assert isinstance(app.screen, LockedScreen)
        assert "not a regular file (a folder)" in app.screen.question
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, RestoreScreen)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert title(sales) == "From The Draft"
    assert not lock_of(sales).exists() and not draft_of(sales).exists()


def test_a_lock_folder_with_files_in_it_stays_and_the_file_opens_read_only(
        sales: Path) -> None:
    lock_of(sales).mkdir()
    (lock_of(sales) / "x").write_text("")
    before = sales.read_bytes()
    app = edit(sales)

    async def scenario(pilot):
        await pilot.press("b")
        await pilot.pause()
        assert any("The lock stays" in n for n in notes(app, "error"))
        await pilot.press("X", "ctrl+s")
        await pilot.pause()

    run(app, scenario)
    assert sales.read_bytes() == before and (lock_of(sales) / "x").exists()


def test_a_shared_state_folder_is_said_once_and_the_wizard_saves(
        sales: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    monkeypatch.setenv(drafts.STATE_ENV, str(shared))
    app = edit(sales)

    async def scenario(pilot):
        await pilot.press("X")
        await pilot.pause(0.8)  # past the autosave, which does nothing here
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    said = [n for n in notes(app, "warning") if "No drafts and no lock" in n]
    assert said == [f": No drafts and no lock: {shared} is writable by others (mode 1777). "
                    "JDWIZARD_STATE_DIR can name a folder of your own."]
    assert "X" in title(sales)
    assert list(shared.iterdir()) == []
