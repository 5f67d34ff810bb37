"""The wizard in Russian: it follows the document's language in the start step, and its
letter keys work on the Russian keyboard layout (the key where a is sends «ф»)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from jdwizard import fileformat, presets, uilang
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.confirm import ConfirmScreen
from jdwizard.tui.screens.duty_details import DutyDetailsScreen
from jdwizard.tui.screens.export import ExportScreen
from jdwizard.tui.screens.help import HelpScreen
from jdwizard.tui.screens.library import LibraryScreen
from jdwizard.tui.screens.quit import QuitScreen
from jdwizard.tui.widgets.fields import Field, FieldSelect
from jdwizard.tui.widgets.footer import Footer
from jdwizard.tui.widgets.list_editor import ListEditor, item_text
from jdwizard.tui.widgets.step_list import StepList
from tests.tui.conftest import run, tab_to


@pytest.fixture(autouse=True)
def interface(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test chooses the interface's language; English and not pinned after it."""
    monkeypatch.delenv(uilang.ENV, raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    yield
    uilang.choose(None, "en")


def footer_words(app: WizardApp) -> list[str]:
    return [key.description for key in app.screen.query_one(Footer).shown_keys()]


def step_titles(app: WizardApp) -> list[str]:
    steps = app.query_one(StepList)
    return [str(steps.get_option_at_index(i).prompt) for i in range(steps.option_count)]


def russian_sales(tmp_path: Path) -> tuple[WizardApp, Path]:
    path = tmp_path / "sales.toml"
    fileformat.save(presets.new_document("sales-manager-ru"), path)
    uilang.choose(None, "ru")
    return WizardApp(fileformat.load(path), path, section="duties"), path


# --- the language follows the document's ---------------------------------------------


def test_switching_the_language_in_the_start_step_switches_the_interface() -> None:
    uilang.choose(None, None)  # `jdwizard new` without a preset, in an English locale
    app = WizardApp(presets.new_document(None, "en"), None, start=True)

    async def scenario(pilot):
        assert "Position" in " ".join(step_titles(app))
        app.query_one("#language", Select).focus()
        await pilot.press("р")  # «Русский», by its first letter
        await pilot.pause()
        assert uilang.current() == "ru"
        assert any("Должность" in title for title in step_titles(app))
        assert app.query_one(StepList).border_title == "Шаги"
        hint = str(app.query_one("#step-start .step-hint", Static).render())
        assert hint.startswith("Поиск по названию; Down — к списку")
        assert app.query_one("#preset-filter", Input).placeholder == "Поиск шаблона"
        assert "Сохранить" in footer_words(app)
        assert app.sub_title == "новый документ"
        # The presets listed are the Russian ones; choosing one opens a Russian form.
        await pilot.press("tab", *"продаж", "enter")
        await pilot.pause()
        assert app.current == "position"
        assert app.doc.language == "ru"
        labels = [field.label_text for field in app.query("#step-position .field")
                  if isinstance(field, Field)]
        assert "Наименование *" in labels
        # And back to English, in the start step again: the forms built are built anew.
        await app.show_step("start")
        app.query_one("#language", Select).focus()
        await pilot.press("e")
        await pilot.pause()
        assert uilang.current() == "en"
        assert any("Position" in title for title in step_titles(app))
        assert "Save" in footer_words(app)
        assert app.form("position") is None

    run(app, scenario)


def test_an_interface_language_given_stays_when_the_document_switches() -> None:
    uilang.choose("en", None)  # --ui-lang en
    app = WizardApp(presets.new_document(None, "en"), None, start=True)

    async def scenario(pilot):
        app.query_one("#language", Select).focus()
        await pilot.press("р")
        await pilot.pause()
        assert app.query_one("#language", Select).value == "ru"
        assert uilang.current() == "en"
        assert any("Position" in title for title in step_titles(app))

    run(app, scenario)


def test_a_russian_document_opens_in_russian(tmp_path: Path) -> None:
    app, _ = russian_sales(tmp_path)

    async def scenario(pilot):
        await pilot.pause(0.5)
        assert any("Обязанности" in title for title in step_titles(app))
        assert footer_words(app)[:3] == ["Правка", "Новый", "Удалить"]
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.query_one(Static).render())
        assert "a/ф / Insert" in help_text and "добавить после" in help_text

    run(app, scenario)


# --- the Russian keyboard layout ----------------------------------------------------


def test_the_list_keys_work_on_the_russian_layout(tmp_path: Path) -> None:
    app, _ = russian_sales(tmp_path)

    async def scenario(pilot):
        duties = app.query_one("#f-duties-items", ListEditor)
        count = len(duties.items)
        first = item_text(duties.items[0])
        await pilot.press("в")  # d: delete
        await pilot.pause()
        assert len(duties.items) == count - 1
        await pilot.press("г")  # u: undo
        await pilot.pause()
        assert len(duties.items) == count and item_text(duties.items[0]) == first
        await pilot.press("ф")  # a: add after the cursor, and edit it
        await pilot.pause()
        await pilot.press(*"Ведёт учёт", "enter")
        await pilot.pause()
        assert item_text(duties.items[1]) == "Ведёт учёт"
        await pilot.press("п")  # g: the duty's details
        await pilot.pause()
        assert isinstance(app.screen, DutyDetailsScreen)
        await pilot.press("escape")
        await pilot.press("д")  # l: the library
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")

    run(app, scenario)


def test_the_dialog_keys_work_on_the_russian_layout(tmp_path: Path) -> None:
    app, path = russian_sales(tmp_path)

    async def scenario(pilot):
        await pilot.press("в")  # a change, to be asked about
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("й")  # q: close
        assert not isinstance(app.screen, HelpScreen)
        await app.show_step("review")
        await pilot.press("у")  # e: export
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("в", "з")  # d, p: untick both
        assert app.screen.ticked() == []
        await pilot.press("з")  # p: tick the PDF again
        assert app.screen.ticked() == ["pdf"]
        await pilot.press("escape")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("с")  # c: cancel
        await pilot.pause()
        assert not isinstance(app.screen, QuitScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("ы")  # s: save and quit
        await pilot.pause()

    run(app, scenario)
    assert len(fileformat.load(path).duties.items) == len(app.doc.duties.items)
    assert app.return_value and str(path) in app.return_value


def test_a_confirmation_takes_its_russian_letters() -> None:
    uilang.choose(None, "ru")
    app = WizardApp(presets.new_document("sales-manager-ru"), None)
    answers: list[bool | None] = []

    async def scenario(pilot):
        for key in ("н", "т"):  # y, n
            app.push_screen(ConfirmScreen("Перезаписать?"), answers.append)
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()

    run(app, scenario)
    assert answers == [True, False]


def test_a_removed_block_comes_back_with_the_russian_u(tmp_path: Path) -> None:
    path = tmp_path / "sales.toml"
    fileformat.save(presets.new_document("sales-manager-ru"), path)
    uilang.choose(None, "ru")
    app = WizardApp(fileformat.load(path), path, section="signoff")

    async def scenario(pilot):
        await tab_to(pilot, "add-agreed")
        await pilot.press("enter")
        await pilot.pause()
        blocks = len(app.doc.agreed)
        await tab_to(pilot, "remove-agreed-1")
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.doc.agreed) == blocks - 1
        await pilot.press("г")  # u, where the focus is on a button, not in a field
        await pilot.pause()
        assert len(app.doc.agreed) == blocks

    run(app, scenario)


async def focused_choice(pilot, app: WizardApp, field_id: str) -> FieldSelect[object]:
    """The choice of a field, focused as Tab focuses it (its Select made then)."""
    app.query_one(f"#{field_id}", Field).focus_editor()
    await pilot.pause()
    choice = app.query_one(f"#{field_id} FieldSelect", FieldSelect)
    assert app.focused is choice
    return choice


def test_a_choice_takes_the_first_letter_on_either_layout() -> None:
    uilang.choose(None, "ru")
    app = WizardApp(presets.new_document("blank-ru"), None, section="position")

    async def scenario(pilot):
        appendix = await focused_choice(pilot, app, "f-document-contract-appendix")
        await pilot.press("д")
        assert appendix.value is True
        await pilot.press("н")  # «Нет»
        assert appendix.value is False
        await pilot.press("l")  # the key of «д» on the Latin layout
        assert appendix.value is True
        category = await focused_choice(pilot, app, "f-position-category")
        await pilot.press("р")  # «Рабочий», then «Руководитель»: the next one with it
        assert category.value == "worker"
        await pilot.press("р")
        assert category.value == "manager"
        await pilot.press("р")
        assert category.value == "worker"

    run(app, scenario)


def test_an_english_choice_takes_its_letters_typed_on_the_russian_layout() -> None:
    app = WizardApp(presets.new_document("blank"), None, section="position")

    async def scenario(pilot):
        appendix = await focused_choice(pilot, app, "f-document-contract-appendix")
        await pilot.press("н")  # the key of y
        assert appendix.value is True
        await pilot.press("т")  # the key of n
        assert appendix.value is False

    run(app, scenario)
