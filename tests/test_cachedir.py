"""The user's cache folder is platformdirs' own, found without importing platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from jdwizard import cachedir, drafts
from jdwizard.tui import css_cache

linux_only = pytest.mark.skipif(sys.platform in ("darwin", "win32"),
                                reason="the XDG rule is Linux's (and other Unixes')")


@linux_only
@pytest.mark.parametrize("xdg", [None, "", "   ", "relative/cache", "/somewhere/cache"])
def test_the_cache_folder_is_platformdirs_own(monkeypatch: pytest.MonkeyPatch,
                                              xdg: str | None) -> None:
    monkeypatch.delenv(cachedir.STATE_ENV, raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cachedir.cache_dir() == Path(platformdirs.user_cache_dir("jdwizard"))


@linux_only
def test_xdg_cache_home_is_followed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cachedir.STATE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cachedir.cache_dir() == tmp_path / "jdwizard"


def test_the_state_folder_holds_the_cache(own_state: Path) -> None:
    assert cachedir.cache_dir() == own_state / "cache"


def test_a_blank_state_folder_is_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cachedir.STATE_ENV, "")
    assert cachedir.cache_dir() == Path(platformdirs.user_cache_dir("jdwizard"))


def test_the_css_cache_stays_where_it_was(own_state: Path, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    assert css_cache.default_path() == own_state / "cache" / "textual-css.pickle"
    monkeypatch.delenv(cachedir.STATE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert css_cache.default_path() == (Path(platformdirs.user_cache_dir("jdwizard"))
                                        / "textual-css.pickle")


def test_drafts_name_the_same_variable() -> None:
    assert drafts.STATE_ENV == cachedir.STATE_ENV == "JDWIZARD_STATE_DIR"
