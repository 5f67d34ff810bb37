"""The wizard in Russian: no English word left on any screen, and no stale translation.

The wizard is walked as a user would, at 80x24 with a Russian document: every step, the
help, every dialog, the toasts, the command palette. Each screen's text is read from
what Textual draws; a Latin word on it fails the test unless it is a name that stays
English on purpose (keys, commands, formats) or the document's own text.

The findings of the checks are translated elsewhere (catalogs/ru_messages.py): the
documents walked here have none on the screens read, but the wrong-date message and
the draft problems, which come from other modules, are left out the same way.
"""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import textual
from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from jdwizard import drafts, fileformat, presets, uilang
from jdwizard.catalogs.ru_wizard import WIZARD
from jdwizard.model import Document
from jdwizard.session import Session
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.fields import Field
from jdwizard.tui.widgets.step_list import StepList
from tests.tui.conftest import TIME_LIMIT, Scenario, tab_to

ALLOWED = {
    # keys
    "f1", "f2", "f3", "f4", "f7", "f8", "f10", "ctrl", "shift", "alt", "esc", "escape",
    "enter", "tab", "space", "up", "down", "left", "right", "home", "end", "delete",
    "insert", "pgup", "pgdn", "arrows",
    # commands, variables, formats, standards
    "jdwizard", "drafts", "new", "edit", "editor", "jdwizard_state_dir", "toml", "md",
    "markdown", "docx", "pdf", "word", "libreoffice", "isco-08", "o*net-soc", "o*net", "xml",
    "svg", "utf-8", "db_30_0_text",
}
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9_*+-]*")
KEY_NAMES = re.compile(r"(f\d+)+")
"""Keys shown side by side, as the footer groups them: "F7F8"."""
"""A Latin word as it stands on a screen: "ctrl+s" and "O*NET-SOC" are one word."""
SIZE = (80, 24)
Screens = dict[str, str]


@pytest.fixture(autouse=True)
def russian(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.delenv(uilang.ENV, raising=False)
    monkeypatch.setenv(drafts.STATE_ENV, str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)  # the paths shown are short, as `jdwizard edit f.toml` has them
    uilang.choose("ru")
    yield
    uilang.choose(None, "en")  # as the other tests expect it: English, not pinned


def run(app: App[Any], scenario: Scenario, limit: float = TIME_LIMIT) -> None:
    """The scenario against the app, headless at 80x24, with its toasts shown; a walk
    through every screen gives a limit of its own."""

    async def main() -> None:
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await pilot.pause()
            await scenario(pilot)

    asyncio.run(asyncio.wait_for(main(), limit))


def screen_text(app: App[Any]) -> str:
    """What the terminal shows, as text: the screen and those beneath a dialog."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False)
    console.print(app.screen._compositor.render_update(
        full=True, screen_stack=app._background_screens))
    return console.export_text()


def own_words(doc: Document, *more: str) -> set[str]:
    """The Latin words of the document's own text (and of paths shown): not the wizard's."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(w.casefold() for w in LATIN.findall(value))
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for spec in dataclasses.fields(value):
                if spec.name not in ("language", "preset"):
                    walk(getattr(value, spec.name))

    walk(doc)
    for text in more:
        found.update(w.casefold() for w in LATIN.findall(text))
    return found


def english(text: str, allowed: set[str]) -> list[str]:
    """The Latin words on a screen that are neither names nor the document's."""
    words = []
    for word in LATIN.findall(text):
        folded = word.casefold().rstrip("-")
        pieces = [p for p in folded.split("+") if p]
        if len(folded) == 1 or all(p in ALLOWED or p in allowed or len(p) == 1
                                   or KEY_NAMES.fullmatch(p) for p in pieces):
            continue
        words.append(word)
    return words


def assert_russian(screens: Screens, allowed: set[str]) -> None:
    left = {name: english(text, allowed) for name, text in screens.items()}
    left = {name: words for name, words in left.items() if words}
    shown = "\n\n".join(f"--- {name}: {words}\n{screens[name]}" for name, words in left.items())
    if os.environ.get("JDWIZARD_SHOW_SCREENS"):  # a file to look at them all in
        with Path(os.environ["JDWIZARD_SHOW_SCREENS"]).open("a", encoding="utf-8") as out:
            out.writelines(f"=== {name}\n{text}\n" for name, text in screens.items())
    assert not left, f"English on a Russian screen:\n{shown}"


def sales_ru(tmp_path: Path) -> tuple[Document, Path]:
    doc = presets.new_document("sales-manager-ru")
    doc.organization.name = "ООО «Вектор»"
    path = Path("sales.toml")
    fileformat.save(doc, tmp_path / path)
    return fileformat.load(path), path


async def shot(pilot: Pilot[Any], screens: Screens, name: str, wait: float = 0.6) -> None:
    await pilot.pause(wait)
    screens[name] = screen_text(pilot.app)


def test_every_screen_of_a_russian_document_is_in_russian(tmp_path: Path) -> None:
    doc, path = sales_ru(tmp_path)
    app = WizardApp(doc, path, session=Session.open(path))
    screens: Screens = {}

    async def walk(pilot: Pilot[Any]) -> None:
        await shot(pilot, screens, "overview")
        for key in app.step_keys:
            await app.show_step(key)
            await shot(pilot, screens, key)
        await pilot.press("f1")
        await shot(pilot, screens, "help")
        await pilot.press("escape")
        await app.show_step("review")
        await pilot.press("e")
        await shot(pilot, screens, "export")
        await pilot.press("escape")
        await app.show_step("duties")
        await pilot.press("g")
        await shot(pilot, screens, "duty details")
        await pilot.press("escape")
        await pilot.press("l")
        await shot(pilot, screens, "library")
        await pilot.press("escape")
        await pilot.press("d")
        await shot(pilot, screens, "deleted", 0.2)
        await pilot.press("u", "enter")
        await shot(pilot, screens, "item being edited")
        await pilot.press("escape")
        await app.show_step("position")
        app.query_one("#f-position-category", Field).focus_editor()
        await pilot.press("x")
        await shot(pilot, screens, "a letter in a choice", 0.2)
        await app.show_step("signoff")
        await tab_to(pilot, "add-agreed")
        await pilot.press("enter")
        await shot(pilot, screens, "an agreement")
        await tab_to(pilot, "remove-agreed-1")
        await pilot.press("enter")
        await shot(pilot, screens, "an agreement removed", 0.2)
        app.query_one("#f-document-blank-rows Input").focus()
        await pilot.press("7", "7", "7")
        await shot(pilot, screens, "a count too high", 0.2)
        await pilot.press("ctrl+p")
        await shot(pilot, screens, "palette")
        await pilot.press(*"эк")
        await shot(pilot, screens, "palette search")
        await pilot.press(*"щщщ")
        await shot(pilot, screens, "palette finds nothing", 0.8)
        await pilot.press("escape")
        app.search_themes()  # the palette's «Тема»
        await shot(pilot, screens, "themes")
        await pilot.press("escape")
        app.query_one(StepList).focus()
        await pilot.press("ctrl+c")
        await shot(pilot, screens, "ctrl+c", 0.2)
        await pilot.press("ctrl+q")
        await shot(pilot, screens, "quit")
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await shot(pilot, screens, "saved", 0.3)

    run(app, walk, limit=90)
    from textual.theme import BUILTIN_THEMES  # the themes' names, which stay

    assert_russian(screens, own_words(doc, str(path)) | set(BUILTIN_THEMES))


def test_a_new_russian_document_is_in_russian_from_its_start(tmp_path: Path) -> None:
    doc = presets.new_document(None, "ru")
    app = WizardApp(doc, None, start=True)
    screens: Screens = {}
    folder = Path("hr", "new")

    async def walk(pilot: Pilot[Any]) -> None:
        await shot(pilot, screens, "start")
        await pilot.press(*"космонавт")
        await shot(pilot, screens, "no preset matches")
        options = app.query_one("#preset-list", OptionList)
        options.focus()
        for source in ("import-profstandard", "import-onet"):
            options.highlighted = next(i for i in range(options.option_count)
                                       if options.get_option_at_index(i).id == source)
            await shot(pilot, screens, f"{source}: what it does", 0.2)
            await pilot.press("enter")
            await shot(pilot, screens, source, 0.3)
            await pilot.press(*"нет-такого.xml", "enter")
            await shot(pilot, screens, f"{source}: a wrong path", 0.4)
            await pilot.press("escape")
        app.query_one("#preset-filter", Input).focus()
        await pilot.press(*["backspace"] * 9, *"продаж", "enter")
        await shot(pilot, screens, "position")
        await pilot.press(*"Старший ")
        await app.show_step("start")
        await pilot.press("enter")
        await shot(pilot, screens, "start over")
        await pilot.press("n")
        await app.show_step("review")
        await pilot.press("e")
        await shot(pilot, screens, "export of a new document")
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await shot(pilot, screens, "save as")
        app.screen.query_one(Input).value = f"{folder}/sales.toml"
        await pilot.press("enter")
        await shot(pilot, screens, "create the folder")
        await pilot.press("n")

    run(app, walk)
    assert_russian(screens, own_words(app.doc, str(folder)) | all_russian_presets_words())


def all_russian_presets_words() -> set[str]:
    words: set[str] = set()
    for preset in presets.all_presets():
        if preset.language == "ru":
            words |= own_words(preset.document)
    return words


def test_the_missing_values_of_a_blank_document_are_marked_in_russian(tmp_path: Path) -> None:
    doc = presets.new_document("blank-ru")
    app = WizardApp(doc, None, section="position")
    screens: Screens = {}

    async def walk(pilot: Pilot[Any]) -> None:
        await shot(pilot, screens, "position")
        for key in ("subordination", "signoff"):
            await app.show_step(key)
            await shot(pilot, screens, key)

    run(app, walk)
    assert_russian(screens, set())


def toml_keys() -> set[str]:
    """The file's own names (experience_required = false), which a finding may cite."""
    from jdwizard import model

    names = {"true", "false"}
    for value in vars(model).values():
        if dataclasses.is_dataclass(value) and isinstance(value, type):
            names |= {spec.name for spec in dataclasses.fields(value)}
    return names


def test_the_findings_of_a_blank_document_are_in_russian() -> None:
    # The findings' words are catalogs/ru_messages.py's; the Review step's are the wizard's.
    app = WizardApp(presets.new_document("blank-ru"), None, section="review")
    screens: Screens = {}

    async def walk(pilot: Pilot[Any]) -> None:
        await shot(pilot, screens, "review")
        options = app.query_one("#findings", OptionList)
        screens["findings"] = "\n".join(str(options.get_option_at_index(i).prompt)
                                         for i in range(options.option_count))
        await app.show_step("position")
        await shot(pilot, screens, "position, its values missing")

    run(app, walk)
    assert app.findings
    assert_russian(screens, toml_keys())


def test_the_draft_and_lock_dialogs_are_in_russian(tmp_path: Path) -> None:
    doc, path = sales_ru(tmp_path)
    screens: Screens = {}
    changed = fileformat.load(path)
    changed.position.title = "Старший менеджер по продажам"
    drafts.write(drafts.key_for(path), path, changed)

    async def restore(pilot: Pilot[Any]) -> None:
        await shot(pilot, screens, "restore")
        await pilot.press("к")  # the r key, on the Russian layout: restore
        await shot(pilot, screens, "restored", 0.2)

    app = WizardApp(doc, path, session=Session.open(path), pending=drafts.pending(path))
    run(app, restore)
    assert app.doc.position.title == "Старший менеджер по продажам"

    lock = drafts.private_dir("locks") / f"{drafts.key_for(path)}.lock"
    lock.write_text(json.dumps({"pid": 4242, "user": "anna", "host": "hr-server",
                                "since": 1.7e9}))

    async def locked(pilot: Pilot[Any]) -> None:
        await shot(pilot, screens, "locked elsewhere")
        await pilot.press("к")  # r: read-only
        await shot(pilot, screens, "read-only", 0.2)

    app = WizardApp(doc, path, section="position", session=Session.open(path))
    run(app, locked)

    # A wizard running here: a process whose command line names jdwizard.
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "jdwizard"])
    try:
        lock.write_text(json.dumps({"pid": other.pid, "user": "anna",
                                    "host": os.uname().nodename, "since": 1.7e9}))

        async def held(pilot: Pilot[Any]) -> None:
            await shot(pilot, screens, "held here")

        app = WizardApp(doc, path, section="position", session=Session.open(path))
        run(app, held)
    finally:
        other.kill()
        other.wait()
    lock.unlink(missing_ok=True)

    async def unreadable(pilot: Pilot[Any]) -> None:
        from jdwizard.tui.screens.restore import UnreadableDraftScreen

        await pilot.pause(0.5)
        # The draft's problem is drafts.py's to say: a Russian one stands in for it.
        app.push_screen(UnreadableDraftScreen(str(path), "это не текст UTF-8",
                                              "/home/anna/.local/state/jdwizard/1.json"))
        await shot(pilot, screens, "unreadable draft")

    app = WizardApp(doc, path, section="position")
    run(app, unreadable)
    assert_russian(screens, own_words(doc, str(path), os.uname().nodename,
                                      "anna hr-server home local state json"))


def test_the_keys_of_the_footer_and_the_help_are_never_cut_off() -> None:
    # The Russian words are longer: a footer that does not fit leaves whole keys out,
    # and the help's two columns still fit the screen.
    from jdwizard.tui.screens.help import help_text

    widest = max(len(re.sub(r"\[/?b\]", "", line)) for line in help_text().splitlines())
    assert widest <= 76, help_text()


# --- the catalogue itself ---------------------------------------------------------


def strings_in(path: Path) -> set[str]:
    """Every string constant of a Python file (adjacent literals joined, as Python does)."""
    return {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_every_translation_of_the_wizard_is_of_a_text_it_has() -> None:
    root = Path(__file__).resolve().parent.parent / "jdwizard"
    sources = [p for p in root.rglob("*.py") if "catalogs" not in p.parts]
    # Textual's own commands in the palette, which the wizard translates as it shows them
    sources.append(Path(textual.__file__).parent / "app.py")
    used = set().union(*(strings_in(p) for p in sources))
    stale = sorted(set(WIZARD) - used)
    assert not stale, f"translations of texts nothing shows: {stale}"


def test_each_translation_keeps_the_values_of_its_text() -> None:
    named = re.compile(r"\{(\w*)\}")
    for english_text, russian in WIZARD.items():
        assert set(named.findall(russian)) == set(named.findall(english_text)), english_text
