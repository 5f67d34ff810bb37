"""The wizard in Russian, in a real process in a pseudo-terminal: its language chosen as
the command line, the environment and the document say, and its letter keys typed on
the Russian keyboard layout (the key where a is sends «ф», as a terminal sends it: UTF-8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdwizard import fileformat, presets
from tests.ptyapp import PtyApp

CTRL_Q = "\x11"
RUSSIAN_FIRST_SCREEN = "F1 справка"
ENGLISH_FIRST_SCREEN = "F1 help"


@pytest.fixture
def russian_file(tmp_path: Path) -> Path:
    path = tmp_path / "sales-ru.toml"
    fileformat.save(presets.new_document("sales-manager-ru"), path)
    return path


def start(apps: list[PtyApp], cwd: Path, env: dict[str, str], first: str,
          *args: str) -> PtyApp:
    # The locale of the test run must not choose for the wizard: C unless a test says.
    app = PtyApp(list(args), cwd, {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
                                   "JDWIZARD_UI_LANG": "", **env})
    apps.append(app)
    app.wait_for(first)
    return app


def test_a_russian_letter_adds_an_item_and_another_deletes_it(
    apps: list[PtyApp], russian_file: Path, state: dict[str, str]
) -> None:
    app = start(apps, russian_file.parent, state, RUSSIAN_FIRST_SCREEN,
                "edit", russian_file.name, "--section", "duties")
    count = len(fileformat.load(russian_file).duties.items)
    app.send("ф")  # a: add after the first duty, and edit it
    app.wait_for("esc Отмена")
    app.type("Ведёт учёт звонков")
    app.send("\r")
    app.wait_for("3.2. Ведёт учёт звонков")
    app.send("в")  # d: delete it
    app.wait_for("Удалено. u — вернуть.")
    app.settle(0.3)
    assert "Ведёт учёт звонков" not in app.text()
    app.send("г")  # u: it comes back
    app.wait_for("3.2. Ведёт учёт звонков")
    app.send(CTRL_Q)
    app.wait_for("несохранённые изменения")
    app.send("с")  # c: cancel, the wizard stays
    app.settle(0.5)
    assert "несохранённые изменения" not in app.text()
    app.send(CTRL_Q)
    app.wait_for("несохранённые изменения")
    app.send("ы")  # s: save and quit
    assert app.wait_exit() == 0
    saved = fileformat.load(russian_file).duties.items
    assert len(saved) == count + 1 and saved[1].text == "Ведёт учёт звонков"


def test_the_quit_dialog_discards_with_the_russian_d(
    apps: list[PtyApp], russian_file: Path, state: dict[str, str]
) -> None:
    before = russian_file.read_bytes()
    app = start(apps, russian_file.parent, state, RUSSIAN_FIRST_SCREEN,
                "edit", russian_file.name, "--section", "duties")
    app.send("в")
    app.wait_for("Удалено")
    app.send(CTRL_Q)
    app.wait_for("несохранённые изменения")
    app.send("в")  # d: discard
    assert app.wait_exit() == 0
    assert russian_file.read_bytes() == before
    assert "несохранённые изменения отброшены" in app.raw.decode("utf-8", "replace")


def test_the_interface_language_is_the_flag_then_the_environment_then_the_document(
    apps: list[PtyApp], russian_file: Path, state: dict[str, str]
) -> None:
    english = start(apps, russian_file.parent, state, ENGLISH_FIRST_SCREEN,
                    "edit", russian_file.name, "--ui-lang", "en")
    assert "Position" in english.text()
    english.send(CTRL_Q)
    assert english.wait_exit() == 0
    from_env = start(apps, russian_file.parent, {**state, "JDWIZARD_UI_LANG": "en"},
                     ENGLISH_FIRST_SCREEN, "edit", russian_file.name)
    from_env.send(CTRL_Q)
    assert from_env.wait_exit() == 0
    english_file = russian_file.with_name("sales.toml")
    fileformat.save(presets.new_document("sales-manager"), english_file)
    russian = start(apps, russian_file.parent, state, RUSSIAN_FIRST_SCREEN,
                    "edit", english_file.name, "--ui-lang", "ru")
    assert "Должность" in russian.text()
    russian.send(CTRL_Q)
    assert russian.wait_exit() == 0


def test_a_new_document_in_a_russian_locale_starts_in_russian(
    apps: list[PtyApp], tmp_path: Path, state: dict[str, str]
) -> None:
    app = start(apps, tmp_path, {**state, "LANG": "ru_RU.UTF-8"}, RUSSIAN_FIRST_SCREEN,
                "new", "jd.toml")
    app.wait_for("Менеджер по продажам")  # the Russian presets, offered first
    assert "Русский" in app.text()
    app.send(CTRL_Q)
    assert app.wait_exit() == 0
