"""The commands' messages and the checks' findings in the document's language (issue 10).

A Russian document gets Russian messages from check (text and JSON), render, new and
its load errors; an English one stays English; JDWIZARD_UI_LANG pins a language; and
every message the code writes has its Russian entry in catalogs/ru_messages.py.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jdwizard import checks, findings, presets, uilang
from jdwizard.catalogs.ru import CATALOG
from jdwizard.catalogs.ru_messages import MESSAGES
from jdwizard.catalogs.ru_wizard import WIZARD
from jdwizard.fileformat import save
from jdwizard.model import Document, Duty
from tests.cli_helpers import MODULE as JDWIZARD
from tests.cli_helpers import ROOT, Result, clean_env, copy_preset, jd, run_cmd
from tests.message_keys import calls, fields, message_keys

OWN_FILES = ("checks", "characters", "vague", "leadins", "commands", "draft_commands",
             "dates", "drafts", "locks", "atomicfile", "presets",
             "fileformat", "sections", "findings", "revision_checks", "department")
"""The modules whose messages ru_messages.py translates."""


@pytest.fixture(autouse=True)
def _interface_language() -> Iterator[None]:
    """Tests here change the interface's language in this process: restored after."""
    before = dict(uilang._state)
    yield
    uilang._state.update(before)


# --- the table ---------------------------------------------------------------------------


def _keys(modules: tuple[str, ...]) -> dict[str, str]:
    """Every message key the modules write, literally, with how it is used."""
    return message_keys(modules)


def test_every_message_has_a_russian_entry() -> None:
    missing = [key for key in _keys(OWN_FILES) if key not in MESSAGES]
    assert missing == []


def test_no_entry_is_stale() -> None:
    # Used anywhere in jdwizard: another module may say a message of this table.
    modules = tuple(str(p.relative_to(ROOT / "jdwizard").with_suffix(""))
                    for p in (ROOT / "jdwizard").rglob("*.py"))
    used = _keys(modules)
    assert [key for key in MESSAGES if key not in used] == []


def test_no_message_is_made_before_it_is_translated() -> None:
    """t(f"...") would look up a text with its values already in: never in the table."""
    for module in OWN_FILES:
        for name, call in calls(module):
            assert not any(isinstance(a, ast.JoinedStr) for a in call.args), (module, name)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_an_entry_has_the_values_of_its_key_and_is_one_line(key: str) -> None:
    russian = MESSAGES[key]
    forms = russian.split("|")
    if _keys(OWN_FILES).get(key) == "plural":
        assert len(forms) == 3, russian  # one|few|many
    else:
        assert len(forms) == 1, russian
    for form in forms:
        assert fields(form) == fields(key), (key, form)
        assert "\n" not in form
        assert form == form.strip() or form.startswith(" ")


def test_the_two_tables_agree_where_they_share_a_text() -> None:
    shared = set(MESSAGES) & set(WIZARD)
    assert {key: WIZARD[key] for key in shared} == {key: MESSAGES[key] for key in shared}
    assert all(CATALOG[key] == MESSAGES[key] for key in MESSAGES)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 файлов"), (1, "1 файл"), (2, "2 файла"), (4, "4 файла"), (5, "5 файлов"),
     (11, "11 файлов"), (12, "12 файлов"), (14, "14 файлов"), (21, "21 файл"),
     (22, "22 файла"), (25, "25 файлов"), (101, "101 файл"), (111, "111 файлов")],
)
def test_russian_counts(n: int, expected: str) -> None:
    uilang.choose("ru")
    assert findings.plural(n, "{n} file", "{n} files") == expected


def test_english_counts() -> None:
    uilang.choose("en")
    assert [findings.plural(n, "{n} file", "{n} files") for n in (0, 1, 2, 21)] == [
        "0 files", "1 file", "2 files", "21 files"]


# --- in this process: the checks, as the wizard's Review step shows them --------------------


def faulty(language: str) -> Document:
    """A description with a finding of nearly every kind."""
    doc = presets.new_document(None, language)  # no title, no category, ...
    doc.duties.items = [
        Duty("Выполняет иные поручения руководителя и т.д."), Duty("Ищет"),
        Duty("Ведёт переговоры с покупателями", group="Продажи", share=70),
        Duty("Готовит отчёты о продажах", group="Отчёты", share=40),
        Duty("Ведёт переговоры с поставщиками", group="Продажи"),
        Duty("Выполняет иные поручения руководителя и т.д."),
        Duty("Проверяет\x1b договоры"), Duty("Согласует\u200b счета"),
        Duty("Сверяет \u202eрасчёты"),
    ]
    doc.qualifications.experience = "Не менее года"
    doc.qualifications.experience_required = False
    doc.qualifications.knowledge_lead = "accusative"
    doc.qualifications.knowledge = ["Основы маркетинга", "Конъюнктура рынка"]
    return doc


def test_the_findings_follow_the_interface_language() -> None:
    uilang.choose(None, "ru")
    russian = checks.check_document(faulty("ru"))
    uilang.choose(None, "en")
    english = checks.check_document(faulty("ru"))
    assert [(f.place, f.severity) for f in russian] == [(f.place, f.severity) for f in english]
    assert len(russian) >= 15
    for f in russian:
        assert not _latin(f.message), f
    assert all(f.message != g.message for f, g in zip(russian, english, strict=True))


def test_speaking_follows_the_document_unless_pinned() -> None:
    uilang.choose(None, "en")
    with findings.speaking("ru"):
        assert uilang.current() == "ru"
    assert uilang.current() == "en"
    uilang.choose("en")  # --ui-lang en
    with findings.speaking("ru"):
        assert uilang.current() == "en"


# --- the commands, as a person runs them --------------------------------------------------

_ALLOWED: tuple[str, ...] = (
    r"[\w.-]+\.(?:toml|md|docx|pdf)",  # file names
    r"\b[a-z_]+(?:\.[a-z_]+)*(?:\[\d+\])?",  # places and keys: duties.items[3]
    r"U\+[0-9A-F]{4}", r"\bfalse\b", r"\btrue\b", r"--[a-z-]+", r"\bjdwizard\b",
)


def _latin(text: str) -> list[str]:
    """The Latin words of a message, less what stays English on purpose."""
    for allowed in _ALLOWED:
        text = re.sub(allowed, " ", text)
    return re.findall(r"[A-Za-z]+", text)


def written(tmp_path: Path, name: str, doc: Document) -> Path:
    path = tmp_path / name
    save(doc, path)
    return path


def environment(**values: str) -> dict[str, str]:
    env = {k: v for k, v in clean_env().items()
           if k not in (uilang.ENV, "LANG", "LC_ALL", "LC_MESSAGES")}
    env.update(values)
    return env


def run(tmp_path: Path, *args: str | Path, **env: str) -> Result:
    return run_cmd([*JDWIZARD, *args], tmp_path, environment(**env))


def finding_lines(result: Result) -> list[tuple[str, str, str, str]]:
    """(file, place, severity, message) of each line of check's text output."""
    parts = [line.split(": ", 3) for line in result.out_lines]
    assert all(len(p) == 4 for p in parts), result.out
    return [(p[0], p[1], p[2], p[3]) for p in parts]


def test_check_speaks_russian_for_a_russian_document(tmp_path: Path) -> None:
    written(tmp_path, "a.toml", faulty("ru"))
    written(tmp_path, "b.toml", faulty("ru"))
    result = run(tmp_path, "check", "a.toml", "b.toml")
    assert result.code == 1
    lines = finding_lines(result)
    assert {severity for _, _, severity, _ in lines} == {"ошибка", "предупреждение"}
    messages = [message for _, _, _, message in lines]
    assert "не указано наименование должности" in messages
    assert any(m.startswith("та же обязанность есть у должности") for m in messages)
    for message in messages:
        assert not _latin(message), message
    assert result.err_lines[0].startswith("примечание: в 2 инструкциях не указаны")
    assert re.fullmatch(r"проверено 2 файла: \d+ ошиб\w+, \d+ предупрежден\w+",
                        result.err_lines[-1]), result.err
    for line in result.err_lines:
        assert not _latin(line), line


def test_check_json_keeps_its_keys_and_severities_in_english(tmp_path: Path) -> None:
    written(tmp_path, "a.toml", faulty("ru"))
    written(tmp_path, "b.toml", faulty("ru"))
    (tmp_path / "c.toml").write_text('format = 1\nlanguage = "ru"\n[position]\ntitle = 5\n',
                                     encoding="utf-8")
    report = json.loads(run(tmp_path, "check", "--format", "json", ".").out)
    assert set(report) == {"files_checked", "load_errors", "findings", "notes"}
    assert {f["severity"] for f in report["findings"]} == {"error", "warning"}
    for f in report["findings"]:
        assert set(f) == {"file", "place", "severity", "message"}
        assert not _latin(f["message"]), f
    assert report["load_errors"] == [{"file": "c.toml", "place": "position.title",
                                      "message": "ожидается: текст; указано: число"}]
    assert not _latin(report["notes"][0])


def test_an_english_document_stays_english(tmp_path: Path) -> None:
    doc = faulty("en")
    doc.duties.items.append(Duty("Other duties as assigned"))
    written(tmp_path, "a.toml", doc)
    result = run(tmp_path, "check", "a.toml", LANG="ru_RU.UTF-8")
    lines = finding_lines(result)
    assert {severity for _, _, severity, _ in lines} == {"error", "warning"}
    assert ("a.toml", "position.title", "error", "the position has no title") in lines
    assert any(m.startswith('vague wording "Other duties as assigned"') for *_, m in lines)
    assert result.err_lines[-1].startswith("checked 1 file: ")
    render = run(tmp_path, "render", "a.toml", LANG="ru_RU.UTF-8")
    assert render.err_lines == ["wrote a.md"]


def test_the_environment_pins_english_for_a_russian_document(tmp_path: Path) -> None:
    written(tmp_path, "a.toml", faulty("ru"))
    result = run(tmp_path, "check", "a.toml", JDWIZARD_UI_LANG="en")
    lines = finding_lines(result)
    assert ("a.toml", "position.title", "error", "the position has no title") in lines
    assert result.err_lines[-1].startswith("checked 1 file: ")
    assert run(tmp_path, "render", "a.toml", JDWIZARD_UI_LANG="en").err_lines == ["wrote a.md"]


def test_the_environment_pins_russian_for_an_english_document(tmp_path: Path) -> None:
    written(tmp_path, "a.toml", faulty("en"))
    result = run(tmp_path, "check", "a.toml", JDWIZARD_UI_LANG="ru")
    assert ("a.toml", "position.title", "ошибка", "не указано наименование должности") \
        in finding_lines(result)


def test_each_file_in_its_own_language_the_run_in_the_first_files(tmp_path: Path) -> None:
    copy_preset("sales-manager", tmp_path / "en.toml")
    ru = presets.new_document("sales-manager-ru")
    ru.duties.items.append(Duty("Выполняет иные поручения руководителя"))
    written(tmp_path, "ru.toml", ru)
    first_english = run(tmp_path, "check", "en.toml", "ru.toml")
    assert finding_lines(first_english) == [
        ("ru.toml", f"duties.items[{len(ru.duties.items)}]", "предупреждение",
         "расплывчатая формулировка «иные поручения»: обязанности не названы; перечислите их"),
    ]
    assert first_english.err_lines[-1] == "checked 2 files: 0 errors, 1 warning"
    first_russian = run(tmp_path, "check", "ru.toml", "en.toml")
    assert first_russian.err_lines[-1] == "проверено 2 файла: 0 ошибок, 1 предупреждение"


def test_load_errors_in_the_files_language(tmp_path: Path) -> None:
    (tmp_path / "ru.toml").write_text('format = 1\nlanguage = "ru"\n[position]\ntitel = ""\n',
                                      encoding="utf-8")
    (tmp_path / "en.toml").write_text('format = 1\nlanguage = "en"\n[position]\ntitel = ""\n',
                                      encoding="utf-8")
    result = run(tmp_path, "check", "ru.toml", "en.toml", "missing.toml")
    assert result.code == 2
    assert result.err_lines == [
        "jdwizard: ru.toml: position.titel: неизвестный ключ; может быть, «title»?",
        'jdwizard: en.toml: position.titel: unknown key; did you mean "title"?',
        # A file that cannot be read names no language: the run's, the first file's.
        "jdwizard: missing.toml: нет такого файла",
    ]
    render = run(tmp_path, "render", "ru.toml")
    assert render.err_lines == [
        "jdwizard: ru.toml: position.titel: неизвестный ключ; может быть, «title»?"]


def test_a_russian_file_that_is_not_valid_toml_is_still_told_in_russian(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('format = 1\nlanguage = "ru"\n[position\n',
                                     encoding="utf-8")
    [line] = run(tmp_path, "check", "a.toml").err_lines
    assert line.startswith("jdwizard: a.toml: line 3, column 10: ошибка в TOML: ")


def test_render_and_new_say_what_they_wrote_in_russian(tmp_path: Path) -> None:
    copy_preset("sales-manager-ru", tmp_path / "a.toml")
    assert jd(tmp_path, "render", "a.toml").err_lines == ["записан a.md"]
    assert jd(tmp_path, "render", "--to", "md,docx", "a.toml").err_lines == [
        "записан a.md", "записан a.docx"]
    refused = jd(tmp_path, "render", "-o", "a.toml", "a.toml")
    assert refused.err_lines == ["jdwizard: a.toml: это исходный файл; документу нужен свой файл"]
    new = run(tmp_path, "new", "--no-input", "--preset", "sales-manager-ru", "n.toml")
    assert new.out_lines == ["записан n.toml (по шаблону sales-manager-ru)"]
    again = run(tmp_path, "new", "--no-input", "--preset", "sales-manager-ru", "n.toml")
    assert again.err_lines == [
        "jdwizard: n.toml: файл уже есть; чтобы перезаписать его, добавьте --force"]
    by_lang = run(tmp_path, "new", "--no-input", "--lang", "ru", "r.toml")
    assert by_lang.out_lines == ["записан r.toml (по шаблону blank-ru)"]
    english = run(tmp_path, "new", "--no-input", "e.toml", LANG="ru_RU.UTF-8")
    assert english.out_lines == ["wrote e.toml (from preset blank)"]


def test_drafts_speak_the_language_of_the_locale(tmp_path: Path) -> None:
    state = str(tmp_path / "state")
    assert run(tmp_path, "drafts", JDWIZARD_STATE_DIR=state).out_lines == ["no drafts"]
    russian = run(tmp_path, "drafts", JDWIZARD_STATE_DIR=state, LANG="ru_RU.UTF-8")
    assert russian.out_lines == ["черновиков нет"]
    missing = run(tmp_path, "drafts", "restore", "x.toml", JDWIZARD_STATE_DIR=state,
                  LC_ALL="ru_RU.UTF-8")
    assert missing.err_lines == [
        "jdwizard: x.toml: нет черновика для этого файла или ключа; см. jdwizard drafts"]
    pinned = run(tmp_path, "drafts", JDWIZARD_STATE_DIR=state, LANG="ru_RU.UTF-8",
                 JDWIZARD_UI_LANG="en")
    assert pinned.out_lines == ["no drafts"]


def test_the_lead_ins_findings_in_russian() -> None:
    from jdwizard import leadins

    doc = presets.new_document("sales-manager-ru")
    doc.qualifications.knowledge = ["Конъюнктуру рынка"]
    doc.qualifications.skills = ["Проводить переговоры"]
    doc.liability.items = ["Причинение материального ущерба работодателю."]
    doc.position.title_genitive = "главного бухгалтера"
    uilang.choose(None, "ru")
    messages = [f.message for f in leadins.findings(doc)]
    assert messages[0] == (
        "после вводной фразы «Необходимые знания:» нужен именительный падеж (кто? что?): "
        "«Конъюнктура рынка»; или начните перечень вводной фразой «Должен знать:» "
        '(qualifications.knowledge_lead = "accusative")')
    assert len(messages) == 4
    for message in messages:
        assert not _latin(message), message


def test_ui_lang_on_the_command_line_pins_the_messages(tmp_path: Path) -> None:
    from jdwizard import fileformat, presets
    from tests.cli_helpers import jd

    fileformat.save(presets.new_document("sales-manager-ru"), tmp_path / "ru.toml")
    english = jd(tmp_path, "check", "--ui-lang", "en", "ru.toml")
    assert english.err_lines[-1].startswith("checked 1 file"), english
    russian = jd(tmp_path, "check", "ru.toml")
    assert russian.err_lines[-1].startswith("проверено 1 файл"), russian
    assert jd(tmp_path, "render", "--ui-lang", "en", "ru.toml").err_lines == ["wrote ru.md"]
    assert jd(tmp_path, "drafts", "--ui-lang", "ru").code == 0
