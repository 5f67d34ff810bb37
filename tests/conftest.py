"""Fixtures of the tests that run jdwizard as a real process in a pseudo-terminal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jdwizard import fileformat, presets
from tests.ptyapp import PtyApp


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of each test's own (XDG_CACHE_HOME, for jdwizard in this process
    and the processes it starts): `check` keeps findings there, and a test must neither
    read another's (or the user's) nor leave its own in the user's."""
    folder = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture
def state(tmp_path: Path) -> dict[str, str]:
    """The environment that gives each test a state folder (drafts, locks) of its own."""
    return {"JDWIZARD_STATE_DIR": str(tmp_path / "state")}


@pytest.fixture
def own_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A state folder of the test's own, for jdwizard called in this process."""
    folder = tmp_path / "state"
    monkeypatch.setenv("JDWIZARD_STATE_DIR", str(folder))
    return folder


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A saved description to keep drafts and locks of."""
    path = tmp_path / "jd.toml"
    fileformat.save(presets.new_document("sales-manager"), path)
    return path


@pytest.fixture
def sales_file(tmp_path: Path) -> Path:
    path = tmp_path / "sales.toml"
    fileformat.save(presets.new_document("sales-manager"), path)
    return path


@pytest.fixture
def apps() -> Iterator[list[PtyApp]]:
    """The wizards a test starts, closed (killed if need be) after it."""
    started: list[PtyApp] = []
    yield started
    for app in started:
        app.close()
