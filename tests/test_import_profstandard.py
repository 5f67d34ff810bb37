"""`jdwizard import profstandard`: a Russian description from a professional standard's XML.

The fixtures in tests/fixtures/profstandard/ are small files of the registry's format,
made for these tests (standard.xml: three generalized functions, one full, one with
empty and missing elements, one without job titles).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from jdwizard import fileformat, presets, uilang
from jdwizard.catalogs.ru import CATALOG
from jdwizard.catalogs.ru_imports import IMPORTS
from jdwizard.catalogs.ru_messages import MESSAGES
from jdwizard.errors import JDError
from jdwizard.imports import GENERIC, profstandard
from jdwizard.model import Duty
from tests.cli_helpers import (
    MODULE,
    ROOT,
    assert_one_line_failure,
    jd,
    modules_loaded,
)
from tests.message_keys import fields, message_keys

FIXTURES = ROOT / "tests" / "fixtures" / "profstandard"
STANDARD = FIXTURES / "standard.xml"
BASIS = ("Разработана на основе профессионального стандарта «Специалист по учёту архивных "
         "документов», утверждённого приказом Минтруда России от 05.03.2021 № 123н.")


@pytest.fixture
def here(tmp_path: Path) -> Path:
    """A folder with a copy of every fixture, for the command to read and write in."""
    for path in FIXTURES.glob("*.xml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


@pytest.fixture(autouse=True)
def _english() -> None:
    """The functions' messages in English, whatever the locale of the run."""
    uilang.choose("en")


def standard() -> profstandard.Standard:
    return profstandard.read(STANDARD)


# --- reading ----------------------------------------------------------------------------


def test_the_standard_is_read_with_its_functions() -> None:
    read = standard()
    assert (read.name, read.registration_number, read.order_number, read.approval_date) == (
        "Специалист по учёту архивных документов", "9001", "123н", "05.03.2021")
    assert read.okz == ["2622", "4415"]
    assert [(f.code, f.level, f.titles) for f in read.functions] == [
        ("A", "5", ["Архивист", "Архивист II категории"]),
        ("B", "6", ["Заведующий архивом"]),
        ("C", "6", []),
    ]
    a = read.functions[0]
    assert [tf.code for tf in a.functions] == ["A/01.5", "A/02.5"]
    # White space inside a value (a pretty-printed file's) is one space; the words stay.
    assert a.functions[0].actions[1] == "Приём дел по описям от структурных подразделений"
    assert (a.okz, a.okpdtr) == (["2622"], ["20162"])
    assert a.eks == ["17"]  # «-» is the registry's "no code", not a code


def test_a_function_is_found_by_its_code_in_either_layout() -> None:
    read = standard()
    assert profstandard.find_function(read, "b").code == "B"
    assert profstandard.find_function(read, "А").code == "A"  # Cyrillic А, as typed in ru


def test_a_missing_function_names_the_codes_there_are() -> None:
    with pytest.raises(JDError) as caught:
        profstandard.find_function(standard(), "Z")
    assert str(caught.value) == (f"{STANDARD}: no generalized work function Z; the functions "
                                 "are A, B, C")


# --- the description of a function ------------------------------------------------------


def test_a_function_becomes_a_russian_description() -> None:
    read = standard()
    doc = profstandard.build_document(read, read.functions[0])
    assert doc.language == "ru"
    assert doc.position.title == "Архивист"
    assert doc.position.other_titles == ["Архивист II категории"]
    assert doc.position.summary == "Учёт архивных документов организации"
    assert doc.position.category == "specialist"  # ОКЗ 2622: a specialist's group
    assert doc.position.codes == {"okz": "2622", "okpdtr": "20162", "eks": "17"}
    assert doc.document.basis == BASIS


def test_duties_are_every_labour_action_verbatim_under_its_function() -> None:
    read = standard()
    doc = profstandard.build_document(read, read.functions[0])
    receiving, records = "Приём документов на хранение", "Ведение учётных документов архива"
    assert doc.duties.items == [
        Duty("Проверка описей дел, поступающих на хранение", group=receiving),
        Duty("Приём дел по описям от структурных подразделений", group=receiving),
        Duty("Ведение книги учёта поступления и выбытия дел", group=records),
        Duty("Составление паспорта архива", group=records),
        Duty("Проверка описей дел, поступающих на хранение", group=records),
    ]
    assert doc.functions.items == [receiving, records]


def test_knowledge_and_skills_are_verbatim_without_repeats() -> None:
    read = standard()
    q = profstandard.build_document(read, read.functions[0]).qualifications
    assert q.knowledge == ["Правила организации хранения архивных документов",
                           "Порядок составления описей дел",
                           "Состав и формы учётных документов архива"]
    assert q.skills == ["Проверять полноту и правильность оформления описей",
                        "Работать с автоматизированной системой учёта",
                        "Составлять учётные документы"]
    assert q.skills_lead == "infinitive"  # «Должен уметь:» takes the standard's verbs


def test_requirements_and_special_conditions_of_admission() -> None:
    read = standard()
    doc = profstandard.build_document(read, read.functions[0])
    q = doc.qualifications
    assert q.education == ("Среднее профессиональное образование; дополнительное "
                           "профессиональное образование по архивному делу")
    assert q.experience == "Не менее одного года работы в архиве"
    skeleton = presets.blank_preset("ru").document
    assert doc.general.items == [*skeleton.general.items, (
        "Особые условия допуска к работе: прохождение обязательных предварительных "
        "медицинских осмотров; допуск к работе со сведениями ограниченного доступа.")]


def test_the_rest_comes_from_the_russian_skeleton() -> None:
    read = standard()
    doc = profstandard.build_document(read, read.functions[0])
    skeleton = presets.blank_preset("ru").document
    assert doc.preset == "blank-ru"
    assert doc.rights == skeleton.rights
    assert doc.liability == skeleton.liability
    assert doc.final == skeleton.final
    assert doc.qualifications.guided_by == skeleton.qualifications.guided_by
    assert doc.subordination.reports_to == GENERIC["ru"]["reports_to"]
    assert doc.approval.position == GENERIC["ru"]["approval"]


def test_empty_and_missing_elements_import_what_is_there() -> None:
    read = standard()
    doc = profstandard.build_document(read, read.functions[1])
    assert doc.position.title == "Заведующий архивом"
    assert doc.position.category == "manager"  # by the title
    # No ОКЗ of its own: the standard's.
    assert doc.position.codes == {"okz": "2622, 4415"}
    assert (doc.qualifications.education, doc.qualifications.experience) == ("", "")
    assert doc.qualifications.skills == [] and doc.qualifications.skills_lead == ""
    assert doc.general.items == presets.blank_preset("ru").document.general.items
    # A function without labour actions is one duty of its name; an empty action is none.
    assert doc.duties.items == [
        Duty("Планирование работы архива", group="Планирование работы архива"),
        Duty("Организация проверок наличия и состояния дел",
             group="Контроль сохранности документов"),
    ]


def test_a_bare_standard_still_gives_a_description() -> None:
    read = profstandard.read(FIXTURES / "sparse.xml")
    doc = profstandard.build_document(read, read.functions[0])
    assert doc.duties.items == [Duty("Приёмка грузов")]
    assert doc.position.codes == {}
    assert doc.document.basis == ("Разработана на основе профессионального стандарта «Оператор "
                                  "склада».")


def test_a_function_without_titles_needs_title() -> None:
    read = standard()
    with pytest.raises(JDError, match="--title"):
        profstandard.build_document(read, read.functions[2])
    doc = profstandard.build_document(read, read.functions[2], title="Эксперт архива")
    assert doc.position.title == "Эксперт архива"


@pytest.mark.parametrize(("written", "shown"), [
    ("18.11.2013", "18.11.2013"),
    ("5.3.2021", "05.03.2021"),
    ("2013-11-18", "18.11.2013"),
    ("2013-11-18T00:00:00", "18.11.2013"),
    ("18 ноября 2013 г.", "18 ноября 2013 г."),
])
def test_the_date_of_approval(written: str, shown: str) -> None:
    assert profstandard.approval_date(written) == shown


def test_the_basis_leaves_out_what_the_file_leaves_out() -> None:
    read = profstandard.Standard("x.xml", "Повар", "7", "610н", "")
    assert profstandard.basis(read) == ("Разработана на основе профессионального стандарта "
                                        "«Повар», утверждённого приказом Минтруда России № 610н.")


@pytest.mark.parametrize(("title", "okz", "okpdtr", "level", "expected"), [
    ("Начальник архива", [], [], "", "manager"),
    ("Помощник директора", ["4120"], [], "", "technical"),  # the genitive is no title word
    ("Главный бухгалтер", ["1211"], [], "7", "manager"),
    ("Слесарь-ремонтник", ["7233"], [], "3", "worker"),
    ("Токарь", [], ["19149"], "", "worker"),
    ("Оператор", [], [], "2", "worker"),
    ("Эксперт", [], [], "7", "manager"),
    ("Инженер", [], [], "", "specialist"),
])
def test_the_category(title: str, okz: list[str], okpdtr: list[str], level: str,
                      expected: str) -> None:
    assert profstandard.category(title, okz, okpdtr, level) == expected


# --- safe and strict parsing --------------------------------------------------------------


def test_a_namespaced_file_is_read_too() -> None:
    data = STANDARD.read_bytes().replace(
        b"<XMLCardInfo ", b'<XMLCardInfo xmlns="urn:example:profstandard" ', 1)
    read = profstandard.standard_of(profstandard.parse_xml(data, "ns.xml"), "ns.xml")
    assert [f.code for f in read.functions] == ["A", "B", "C"]


def test_a_file_of_two_standards_is_refused() -> None:
    one = b"<ProfessionalStandart><NameProfessionalStandart>X</NameProfessionalStandart>" \
          b"</ProfessionalStandart>"
    data = b"<XMLCardInfo><ProfessionalStandarts>" + one * 2 + b"</ProfessionalStandarts>" \
           b"</XMLCardInfo>"
    with pytest.raises(JDError, match="holds 2 professional standards"):
        profstandard.standard_of(profstandard.parse_xml(data, "two.xml"), "two.xml")


def test_billion_laughs_is_refused_before_any_expansion() -> None:
    start = time.perf_counter()
    with pytest.raises(JDError) as caught:
        profstandard.read(FIXTURES / "billion-laughs.xml")
    assert time.perf_counter() - start < 1.0
    assert caught.value.place == "line 2"
    assert "DTD" in caught.value.message
    assert "lol" not in str(caught.value)


def test_an_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER-7731", encoding="utf-8")
    data = (FIXTURES / "external-entity.xml").read_bytes().replace(
        b'"secret.txt"', f'"{secret.as_uri()}"'.encode())
    with pytest.raises(JDError) as caught:
        profstandard.parse_xml(data, "x.xml")
    assert "SECRET-MARKER" not in str(caught.value)


# --- the command ----------------------------------------------------------------------------


def test_the_listing_shows_code_name_level_and_titles(here: Path) -> None:
    result = jd(here, "import", "profstandard", "standard.xml", "--ui-lang", "en")
    assert result.code == 0, result
    assert result.out_lines == [
        "«Специалист по учёту архивных документов», registration number 9001: "
        "3 generalized work functions",
        "A  level 5  Учёт архивных документов организации — Архивист; Архивист II категории",
        "B  level 6  Руководство архивом организации — Заведующий архивом",
        "C  level 6  Экспертиза ценности документов — (no possible job titles)",
    ]
    assert "--function A -o FILE.toml" in result.err


def test_the_listing_in_russian(here: Path) -> None:
    result = jd(here, "import", "profstandard", "standard.xml", "--ui-lang", "ru")
    assert result.code == 0, result
    assert result.out_lines[0].endswith("регистрационный номер 9001: 3 обобщённые трудовые "
                                        "функции")
    assert result.out_lines[1].startswith("A  уровень 5  ")


def test_the_command_writes_a_description_that_passes_check(here: Path) -> None:
    result = jd(here, "import", "profstandard", "standard.xml", "--function", "A",
                "-o", "jd/archivist.toml", "--ui-lang", "en")
    assert result.code == 0, result
    assert result.out_lines == ["wrote jd/archivist.toml (the generalized work function A of "
                                "the professional standard «Специалист по учёту архивных "
                                "документов»)"]
    assert "subordination.reports_to" in result.err  # the generic values are named
    doc = fileformat.load(here / "jd" / "archivist.toml")
    assert doc.document.basis == BASIS
    assert len(doc.duties.items) == 5
    checked = jd(here, "check", "jd/archivist.toml", "--ui-lang", "en")
    assert checked.code == 0, checked  # warnings only: exit 1 would mean errors
    assert ": error:" not in checked.out
    assert "0 errors" in checked.err


def test_title_names_the_position(here: Path) -> None:
    result = jd(here, "import", "profstandard", "standard.xml", "--function", "C",
                "--title", "Эксперт архива", "-o", "c.toml")
    assert result.code == 0, result
    assert fileformat.load(here / "c.toml").position.title == "Эксперт архива"


def test_an_existing_file_is_kept_without_force(here: Path) -> None:
    target = here / "a.toml"
    target.write_text("mine", encoding="utf-8")
    args = ("import", "profstandard", "standard.xml", "--function", "A", "-o", "a.toml",
            "--ui-lang", "en")
    assert_one_line_failure(jd(here, *args), "a.toml", "already exists", "--force")
    assert target.read_text(encoding="utf-8") == "mine"
    assert jd(here, *args, "--force").code == 0
    assert fileformat.load(target).position.title == "Архивист"


@pytest.mark.parametrize(("file", "problem"), [
    ("malformed.xml", ("line 5, column 22", "not well-formed XML")),
    ("other-kind.xml", ("not a professional standard", "<rss>")),
    ("dtd.xml", ("line 2", "DTD")),
    ("billion-laughs.xml", ("line 2", "DTD")),
    ("missing.xml", ("no such file",)),
])
def test_a_file_that_cannot_be_imported_is_one_line(here: Path, file: str,
                                                    problem: tuple[str, ...]) -> None:
    start = time.perf_counter()
    result = jd(here, "import", "profstandard", file, "--function", "A", "-o", "out.toml",
                "--ui-lang", "en")
    assert time.perf_counter() - start < 30  # a bomb is refused, not expanded
    assert_one_line_failure(result, file, *problem)
    assert not (here / "out.toml").exists()


def test_an_external_entity_is_not_read_by_the_command(here: Path) -> None:
    (here / "secret.txt").write_text("SECRET-MARKER-7731", encoding="utf-8")
    result = jd(here, "import", "profstandard", "external-entity.xml", "--function", "A",
                "-o", "out.toml", "--ui-lang", "en")
    assert_one_line_failure(result, "external-entity.xml", "DTD")
    assert "SECRET-MARKER" not in result.out + result.err
    assert not (here / "out.toml").exists()


def test_a_missing_function_is_one_line_naming_the_codes(here: Path) -> None:
    result = jd(here, "import", "profstandard", "standard.xml", "--function", "Q",
                "-o", "out.toml", "--ui-lang", "en")
    assert_one_line_failure(result, "standard.xml", "no generalized work function Q",
                            "A, B, C")
    russian = jd(here, "import", "profstandard", "standard.xml", "--function", "Q",
                 "-o", "out.toml", "--ui-lang", "ru")
    assert_one_line_failure(russian, "standard.xml", "нет обобщённой трудовой функции Q",
                            "A, B, C")


@pytest.mark.parametrize(("args", "problem"), [
    (("-o", "out.toml"), "--function CODE"),
    (("--function", "A"), "needs -o FILE.toml"),
    (("--function", "A", "-o", "out.md"), "ends in .toml"),
])
def test_wrong_options_are_one_line(here: Path, args: tuple[str, ...], problem: str) -> None:
    result = jd(here, "import", "profstandard", "standard.xml", *args, "--ui-lang", "en")
    assert result.code == 2 and len(result.err_lines) == 1, result
    assert problem in result.err


def test_the_import_command_loads_no_textual(here: Path) -> None:
    code, modules = modules_loaded(MODULE[0], ["import", "profstandard", "standard.xml",
                                               "--function", "A", "-o", "a.toml"], here)
    assert code == 0
    assert "jdwizard.import_commands" in modules  # the probe sees what the command loads
    assert not {m for m in modules if m.split(".")[0] in ("textual", "rich")}


# --- the Russian table of the import's messages -----------------------------------------------

MODULES = ("imports/__init__", "imports/profstandard", "imports/onet", "import_commands")


def _keys() -> dict[str, str]:
    return message_keys(MODULES, literal_only=True)


def test_every_import_message_has_its_russian_entry_and_none_is_stale() -> None:
    keys = _keys()
    assert [key for key in keys if key not in IMPORTS] == []
    assert [key for key in IMPORTS if key not in keys] == []


def test_each_entry_keeps_its_values_and_agrees_with_the_other_tables() -> None:
    keys = _keys()
    for key, russian in IMPORTS.items():
        forms = russian.split("|")
        assert len(forms) == (3 if keys[key] == "plural" else 1), russian
        for form in forms:
            assert fields(form) == fields(key), (key, form)
        assert MESSAGES.get(key, russian) == russian, key
        assert CATALOG[key] == russian


def test_messages_follow_the_russian_description_by_default(here: Path) -> None:
    result = jd(here, "import", "profstandard", "standard.xml")  # an English locale
    assert result.code == 0, result
    assert result.out_lines[1].startswith("A  уровень 5  ")
