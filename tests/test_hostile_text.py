"""Text that acts on a terminal or reads other than it shows: checked, escaped, dropped."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from jdwizard import fileformat, safetext
from jdwizard.checks import ERROR, WARNING, check_department, check_document
from jdwizard.model import Duty
from jdwizard.output import markdown
from tests.test_checks import _in_department, complete

PAYLOADS = {
    "title": "\x1b]0;PWNED\x07",
    "device attributes": "\x1b[c",
    "clear": "\x1b[2J",
    "reset": "\x1bc",
    "leave the alternate screen": "\x1b[?1049l",
    "clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "C1 CSI": "\x9b2J",
    "DEL and NUL": "\x7f\x00",
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_a_control_character_in_a_value_is_an_error(payload: str) -> None:
    doc = complete()
    doc.duties.items.append(Duty(f"Ведёт учёт {payload} договоров с покупателями"))
    found = [f for f in check_document(doc) if "control character" in f.message]
    assert [(f.place, f.severity) for f in found] == [("duties.items[2]", ERROR)]
    assert f"U+{ord(payload[0]):04X}" in found[0].message


def test_tab_and_line_break_are_not_controls_to_flag() -> None:
    doc = complete()
    doc.position.summary = "Продаёт\tтовары\nпокупателям"
    assert not [f for f in check_document(doc) if "control" in f.message]


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_a_bidirectional_override_is_a_warning(char: str) -> None:
    doc = complete()
    doc.rights.items = [f"Вносить {char}предложения\u202c руководству организации"]
    found = [f for f in check_document(doc) if "bidirectional" in f.message]
    assert [(f.place, f.severity) for f in found] == [("rights.items[1]", WARNING)]


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_a_zero_width_character_is_a_warning(char: str) -> None:
    doc = complete()
    doc.position.title = f"Менеджер{char} по продажам"
    found = [f for f in check_document(doc) if f"U+{ord(char):04X}" in f.message]
    assert [(f.place, f.severity) for f in found] == [("position.title", WARNING)]


def test_a_control_character_in_a_key_is_named_by_its_place() -> None:
    doc = complete()
    doc.position.codes = {"okpdtr\x1b[2J": "24097"}
    found = [f for f in check_document(doc) if "control character" in f.message]
    assert [f.place for f in found] == ["position.codes.okpdtr\x1b[2J"]
    assert "\x1b" not in safetext.for_message(found[0].line())


def test_a_clean_document_has_no_such_finding() -> None:
    assert not [f for f in check_document(complete()) if "U+" in f.message]


def test_the_markdown_drops_controls_and_the_toml_keeps_them() -> None:
    doc = complete()
    doc.position.title = "Менеджер \x1b]0;PWNED\x07 по \x9bпродажам\x7f"
    text = markdown.render(doc)
    assert not safetext.CONTROL.search(text)
    assert "Менеджер ]0;PWNED по продажам" in text.replace("\\", "")  # ] is escaped
    assert fileformat.loads(fileformat.dumps(doc)).position.title == doc.position.title


def test_messages_show_controls_and_cut_long_words() -> None:
    line = safetext.for_message("a.toml: position.codes." + "k" * 1_000_000 + "\x1b[2J: unknown")
    assert "\x1b" not in line and "\\x1b[2J" in line
    assert len(line) < 400 and "characters)…" in line and line.endswith(": unknown")


def test_json_escapes_what_json_alone_lets_through() -> None:
    value = "a\x1b b\x7f c\x9b d\u202e e\u200b"
    dumped = safetext.json_safe(json.dumps({"v": value}, ensure_ascii=False))
    assert not safetext.CONTROL.search(dumped) and not safetext.BIDI.search(dumped)
    assert json.loads(dumped) == {"v": value}


def test_pictures_show_every_control_and_give_the_text_back() -> None:
    text = "Manager \x1b]0;PWNED\x07 \x7f\x00end\tand\nmore"
    shown = safetext.pictured(text)
    assert not safetext.CONTROL.search(shown.replace("\t", "").replace("\n", ""))
    assert "␛]0;PWNED␇" in shown and safetext.unpictured(shown) == text


def test_a_c1_control_is_pictured_as_the_sequence_it_stands_for() -> None:
    assert safetext.pictured("a\x9b2J") == "a␛[2J"


# --- one finding per shared duty, however many positions claim it -------------------------

SHARED = "Ведёт базу покупателей в CRM-системе организации"


def test_a_duty_of_many_positions_is_one_finding_naming_the_first_few() -> None:
    titles = [f"Менеджер {n}" for n in range(1, 8)]
    docs = [(f"{n}.toml", _in_department(t, [SHARED])) for n, t in enumerate(titles, 1)]
    findings = check_department(docs)
    assert [f.file for f in findings] == [f"{n}.toml" for n in range(1, 8)]
    last = findings[-1].message
    # In the language of the file it is reported on, Russian here.
    assert all(f"должности «Менеджер {n}» ({n}.toml, duties.items[1])" in last
               for n in (1, 2, 3))
    assert "«Менеджер 4»" not in last and "и ещё 3 должностей" in last


def test_shared_duties_of_a_big_department_stay_in_proportion() -> None:
    # 2 x 300 duties that all resemble each other: 90,000 pairs, 600 findings.
    duties = [f"{SHARED} номер {n}" for n in range(300)]
    a, b = _in_department("Менеджер", duties), _in_department("Старший менеджер", duties)
    findings = check_department([("a.toml", a), ("b.toml", b)])
    assert len(findings) == 600 and {f.file for f in findings} == {"a.toml", "b.toml"}


def test_check_prints_no_control_character_of_a_file(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    doc = complete()
    doc.position.title = "Менеджер \x1b]0;PWNED\x07"
    doc.position.codes = {"okpd\x1b[2J": "1"}
    fileformat.save(doc, folder / "a.toml")
    for fmt in ("text", "json"):
        run = subprocess.run([sys.executable, "-m", "jdwizard", "check", "--format", fmt,
                              "a.toml"], cwd=folder, capture_output=True)
        assert run.returncode == 1, run
        assert b"\x1b" not in run.stdout + run.stderr
        if fmt == "text":
            assert "position.codes.okpd\\x1b[2J: ошибка".encode() in run.stdout
        else:
            places = [f["place"] for f in json.loads(run.stdout)["findings"]]
            assert "position.codes.okpd\x1b[2J" in places
