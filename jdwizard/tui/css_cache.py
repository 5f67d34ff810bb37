"""Textual's CSS as parsed in an earlier run, read back instead of parsed again.

Textual parses the CSS of the app and of each widget class at every start: some 10 ms of
the 230 ms that `edit --section duties` takes to its first frame (more for Position),
where reading the same rules back from a pickle takes under 1 ms. The cache is a file of
the user's own, beside their drafts' folder, as Python's bytecode caches are; it is
keyed by the exact text of each CSS source, the theme's variables, the Python and the
files of Textual's CSS code, so a change of any of them parses again. A file that cannot
be read back is ignored, and replaced when the app has parsed what it needs.
"""

from __future__ import annotations

import functools
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from textual.app import App
from textual.css.model import RuleSet
from textual.css.stylesheet import Stylesheet
from textual.css.types import CSSLocation

from jdwizard.cachedir import cache_dir, read_own_file, replace_file

FORMAT = 1
"""Bumped when what is stored changes shape."""

MOST_SOURCES = 400
"""Sources kept at most: past it (CSS of many versions of jdwizard) the file starts over."""

Key = tuple[str, CSSLocation, bool, int, str]


def default_path() -> Path:
    """The cache's file: in JDWIZARD_STATE_DIR when set (tests, benchmarks), else in
    the user's cache folder."""
    return cache_dir() / "textual-css.pickle"


@functools.cache
def code_fingerprint() -> tuple[object, ...]:
    """What the pickled rules depend on besides their text: the Python, and the files
    of the modules whose classes they are made of (the CSS model, colours, spacing, the
    layouts; a new Textual rewrites them), and Rich's styles."""
    import rich.style
    import textual.color
    import textual.css
    import textual.geometry
    import textual.layouts

    files: list[str] = []
    for package in (textual.css, textual.layouts):
        files += sorted(str(p) for p in Path(package.__file__ or "").parent.glob("*.py"))
    files += [textual.color.__file__ or "", textual.geometry.__file__ or "",
              rich.style.__file__ or ""]
    stats = []
    for name in files:
        info = os.stat(name)
        stats.append((name, info.st_size, info.st_mtime_ns))
    return (FORMAT, sys.version, tuple(stats))


class CachedStylesheet(Stylesheet):
    """A Stylesheet that takes each source's rules from the cache file when it has them,
    and stores those it parsed, for save() to write."""

    def __init__(self, path: Path, *, variables: dict[str, str] | None = None) -> None:
        super().__init__(variables=variables)
        self.cache_path = path
        self._stored: dict[Key, list[RuleSet]] | None = None
        self._new = False

    def _parse_rules(self, css: str, read_from: CSSLocation, is_default_rules: bool = False,
                     tie_breaker: int = 0, scope: str = "") -> list[RuleSet]:
        key: Key = (css, read_from, is_default_rules, tie_breaker, scope)
        stored = self._stored_rules()
        rules = stored.get(key)
        if rules is None:
            rules = super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)
            # Rules with errors raise in parse(), each run: nothing to keep of them.
            if not any(rule.errors for rule in rules):
                # Another text at the same place is an older version's: it goes, so a
                # cache kept across upgrades holds one text for each place. (The same
                # text comes with several tie breakers: a class's CSS, inherited.)
                for old in [k for k in stored
                            if k[1] == read_from and k[4] == scope and k[0] != css]:
                    del stored[old]
                stored[key] = rules
                self._new = True
        return rules

    def _stored_rules(self) -> dict[Key, list[RuleSet]]:
        if self._stored is None:
            self._stored = _read(self.cache_path, self._header())
        return self._stored

    def _header(self) -> tuple[object, ...]:
        return (code_fingerprint(), sorted(self._variables.items()))

    def set_variables(self, variables: dict[str, str]) -> None:
        super().set_variables(variables)
        self._stored = None  # another theme: other rules, and another header

    def save(self) -> None:
        """Write the cache if this run parsed anything it did not have; never raises:
        without its cache, the next run parses, as Textual always does."""
        if not self._new or self._stored is None:
            return
        stored = self._stored
        if len(stored) > MOST_SOURCES:
            in_use = _in_use(self)
            stored = {key: rules for key, rules in stored.items() if key[0] in in_use}
        try:
            data = pickle.dumps((self._header(), stored), protocol=pickle.HIGHEST_PROTOCOL)
            replace_file(self.cache_path, data)
        except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return
        self._new = False


def _in_use(stylesheet: Stylesheet) -> set[str]:
    return {source.content for source in stylesheet.source.values()}


def _read(path: Path, header: tuple[object, ...]) -> dict[Key, list[RuleSet]]:
    """The rules stored under this header, or none for a missing, foreign or damaged file."""
    try:
        data = read_own_file(path)
        if data is None:
            return {}
        stored_header, stored = pickle.loads(data)
    # Unpickling a damaged file can raise nearly anything (a truncated write, a file
    # of another program); each means the same: parse.
    except Exception:
        return {}
    if stored_header != header or not isinstance(stored, dict):
        return {}
    return stored


def install(app: App[Any], path: Path) -> CachedStylesheet:
    """Give a freshly made App a cached stylesheet in place of its own (before it runs:
    its CSS sources are added when it starts)."""
    stylesheet = CachedStylesheet(path, variables=app.stylesheet._variables)
    stylesheet.source = app.stylesheet.source.copy()
    app.stylesheet = stylesheet
    return stylesheet
