"""Textual's CSS parsed once and read back in later runs: the same screens, no parsing of
what the cache holds, and a damaged, foreign or unwritable cache costs only the parse."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest
from textual.css import parse as textual_parse
from textual.css.stylesheet import Stylesheet, StylesheetParseError

from jdwizard import fileformat, presets
from jdwizard.tui import css_cache
from jdwizard.tui.app import WizardApp
from tests.tui.conftest import run


class Parses:
    """Counts the CSS sources Textual parses (its parse() is called once per source)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = textual_parse.parse

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr("textual.css.stylesheet.parse", counted)


def screen_of(tmp_path: Path, cache: Path, section: str, preset: str = "sales-manager") -> str:
    """The screen `edit --section` shows, as an SVG, with the cache at `cache`."""
    path = tmp_path / f"{preset}.toml"
    if not path.exists():
        fileformat.save(presets.new_document(preset), path)
    app = WizardApp(fileformat.load(path), path, section=section, css_cache=cache)
    shown: list[str] = []

    async def scenario(pilot: Any) -> None:
        await pilot.pause()
        shown.append(app.export_screenshot())

    run(app, scenario)
    app.keep_parsed_css()
    return shown[0]


@pytest.mark.parametrize(("section", "preset"), [("duties", "sales-manager"),
                                                 ("position", "sales-manager-ru")])
def test_a_second_run_parses_nothing_and_shows_the_same_screen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, section: str, preset: str) -> None:
    cache = tmp_path / "cache" / "css.pickle"
    parses = Parses(monkeypatch)
    first = screen_of(tmp_path, cache, section, preset)
    assert cache.exists() and parses.count > 10  # Textual's sources and ours

    parses.count = 0
    second = screen_of(tmp_path, cache, section, preset)

    assert parses.count == 0
    assert second == first


def test_a_run_without_the_cache_shows_what_a_cached_run_shows(tmp_path: Path) -> None:
    cache = tmp_path / "css.pickle"
    screen_of(tmp_path, cache, "duties")
    cached = screen_of(tmp_path, cache, "duties")

    path = tmp_path / "sales-manager.toml"
    app = WizardApp(fileformat.load(path), path, section="duties")
    shown: list[str] = []

    async def scenario(pilot: Any) -> None:
        await pilot.pause()
        shown.append(app.export_screenshot())

    run(app, scenario)
    assert isinstance(app.stylesheet, Stylesheet)
    assert not isinstance(app.stylesheet, css_cache.CachedStylesheet)
    assert shown[0] == cached


def test_a_damaged_cache_is_parsed_past_and_written_anew(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "css.pickle"
    (tmp_path / "clean").mkdir()
    expected = screen_of(tmp_path / "clean", tmp_path / "clean.pickle", "duties")
    cache.write_bytes(b"\x80\x05not a pickle at all")

    assert screen_of(tmp_path, cache, "duties") == expected

    parses = Parses(monkeypatch)
    assert screen_of(tmp_path, cache, "duties") == expected
    assert parses.count == 0  # the file was replaced by a good one


def test_another_users_cache_or_a_link_to_one_is_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pickle can run code: in a shared state folder, only the user's own file is
    unpickled, and only when it is no symlink."""
    cache = tmp_path / "css.pickle"
    screen_of(tmp_path, cache, "duties")
    assert cache.stat().st_mode & 0o777 == 0o600 and cache.parent.exists()
    link = tmp_path / "link.pickle"
    link.symlink_to(cache)
    parses = Parses(monkeypatch)
    screen_of(tmp_path, link, "duties")
    assert parses.count > 10  # the link was not followed: all parsed anew
    owner = cache.stat().st_uid
    monkeypatch.setattr("os.geteuid", lambda: owner + 1)
    parses.count = 0
    screen_of(tmp_path, cache, "duties")
    assert parses.count > 10  # the file is someone else's now: not read


def test_rules_made_by_other_code_are_not_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "css.pickle"
    screen_of(tmp_path, cache, "duties")
    header, stored = pickle.loads(cache.read_bytes())
    _, variables = header
    other = (("another Textual",), variables)
    cache.write_bytes(pickle.dumps((other, stored)))

    parses = Parses(monkeypatch)
    screen_of(tmp_path, cache, "duties")
    assert parses.count > 10
    assert pickle.loads(cache.read_bytes())[0] == header  # written for this Textual


def test_another_theme_parses_for_its_own_variables(tmp_path: Path) -> None:
    sheet = css_cache.CachedStylesheet(tmp_path / "css.pickle", variables={"accent": "red"})
    sheet.add_source("Label { color: $accent; }", read_from=("test", "one"))
    sheet.parse()
    sheet.save()

    other = css_cache.CachedStylesheet(tmp_path / "css.pickle", variables={"accent": "blue"})
    other.add_source("Label { color: $accent; }", read_from=("test", "one"))
    other.parse()
    assert "#0000FF" in other.css and "#FF0000" not in other.css


def test_css_with_errors_is_not_kept(tmp_path: Path) -> None:
    sheet = css_cache.CachedStylesheet(tmp_path / "css.pickle")
    sheet.add_source("Label { colour: red; }", read_from=("test", "bad"))
    with pytest.raises(StylesheetParseError):
        sheet.parse()
    sheet.save()
    assert not (tmp_path / "css.pickle").exists()


def test_an_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the cache's folder would be")
    sheet = css_cache.CachedStylesheet(tmp_path / "blocked" / "css.pickle")
    sheet.add_source("Label { color: red; }", read_from=("test", "one"))
    sheet.parse()
    sheet.save()  # does not raise
    assert sheet.rules


def test_the_cache_lives_beside_the_state_folder_when_one_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JDWIZARD_STATE_DIR", str(tmp_path / "state"))
    assert css_cache.default_path().is_relative_to(tmp_path / "state")


def test_a_new_text_at_the_same_place_replaces_the_old_one(tmp_path: Path) -> None:
    cache = tmp_path / "css.pickle"
    for colour in ("red", "blue"):  # as an upgrade changes a widget's DEFAULT_CSS
        sheet = css_cache.CachedStylesheet(cache)
        sheet.add_source(f"Label {{ color: {colour}; }}", read_from=("widget.py", "Label"))
        sheet.add_source("Input { color: green; }", read_from=("widget.py", "Input"))
        sheet.parse()
        sheet.save()
    _, stored = pickle.loads(cache.read_bytes())
    assert sorted(css for css, *_ in stored) == ["Input { color: green; }",
                                                "Label { color: blue; }"]
