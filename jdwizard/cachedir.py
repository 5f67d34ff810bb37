"""The user's cache folder for jdwizard: what can be made again, kept to be faster.

Textual's parsed CSS (tui/css_cache.py) and the findings of `check` (check_cache.py)
are kept here. Found without platformdirs where the rule is simple (Linux and the
other XDG systems): its import was 4.4 ms of a 90 ms `check` of 50 files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

STATE_ENV = "JDWIZARD_STATE_DIR"
"""Overrides the state folder (tests, or a user who wants drafts elsewhere); the cache
is then its cache/ folder. Here rather than in drafts, which `check` does not import
(drafts' own imports, json among them, cost some 1.7 ms)."""


def cache_dir() -> Path:
    """$JDWIZARD_STATE_DIR/cache when that is set; else the platform's user cache folder
    of jdwizard, as platformdirs.user_cache_dir("jdwizard") names it."""
    override = os.environ.get(STATE_ENV)
    if override:
        return Path(override) / "cache"
    if sys.platform in ("darwin", "win32"):
        import platformdirs

        return Path(platformdirs.user_cache_dir("jdwizard"))
    return Path(xdg_cache_home()) / "jdwizard"


def xdg_cache_home() -> str:
    """$XDG_CACHE_HOME, else ~/.cache: platformdirs' rule on Unix, which (as the XDG
    Base Directory spec says) ignores a value that is not an absolute path, a blank
    one among them."""
    value = os.environ.get("XDG_CACHE_HOME", "")
    if value.startswith("/"):
        return value
    return os.path.expanduser("~/.cache")
