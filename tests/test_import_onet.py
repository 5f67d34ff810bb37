"""`jdwizard import onet`: an English description from O*NET's text files.

The fixtures in tests/fixtures/onet/ are small tables of O*NET's layout made for these
tests: db_30_0_text/ as a release unpacks (its name tells the release), reordered/ with
the same columns in another order and one more, and no release in its name.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jdwizard import fileformat, presets, uilang
from jdwizard.errors import JDError
from jdwizard.imports import GENERIC, onet
from jdwizard.model import Duty
from tests.cli_helpers import ROOT, assert_one_line_failure, jd

FIXTURES = ROOT / "tests" / "fixtures" / "onet"
RELEASE = FIXTURES / "db_30_0_text"
REORDERED = FIXTURES / "reordered"
ATTRIBUTION = ("This document includes information from the O*NET 30.0 Database by the U.S. "
               "Department of Labor, Employment and Training Administration (USDOL/ETA). "
               "Used under the CC BY 4.0 license.")
TASKS = [
    Duty("Prepare monthly balance sheets and income statements.", essential=True),
    Duty("Reconcile the general ledger with bank statements.", essential=True),
    Duty('Advise managers on the "tax effect" of planned decisions.', essential=False),
    Duty('"Quoted" opening: train junior staff in bookkeeping software.', essential=False),
    Duty("Keep records of fixed assets and their depreciation."),  # no Task Type
]


@pytest.fixture(autouse=True)
def _english() -> None:
    uilang.choose("en")


@pytest.fixture
def here(tmp_path: Path) -> Path:
    """A folder holding a copy of the release folder, for the command to work in."""
    shutil.copytree(RELEASE, tmp_path / RELEASE.name)
    return tmp_path


def en(*args: str) -> tuple[str, ...]:
    return (*args, "--ui-lang", "en")


# --- the functions ------------------------------------------------------------------------


def test_search_matches_every_word_in_the_title_in_any_case() -> None:
    found = onet.occupations(RELEASE)
    assert [o.code for o in onet.search(found, "account")] == ["13-2011.00", "13-2011.01"]
    assert [o.code for o in onet.search(found, "AUDITORS account")] == ["13-2011.00"]
    assert onet.search(found, "account chief") == []


def test_an_occupation_becomes_an_english_description() -> None:
    occupation = onet.find_occupation(onet.occupations(RELEASE), "13-2011.01", RELEASE)
    doc = onet.build_document(occupation, onet.tasks(RELEASE, occupation.code),
                              onet.release(RELEASE))
    assert doc.language == "en"
    assert doc.position.title == "Accountants"
    assert doc.position.summary == ("Analyze financial information and prepare financial "
                                    "statements for an organization.")
    assert doc.position.codes == {"onet": "13-2011.01"}
    assert doc.position.category == "specialist"
    # Every task, verbatim and in order; Core essential, Supplemental not, none unmarked.
    assert doc.duties.items == TASKS
    assert doc.document.basis == ATTRIBUTION
    skeleton = presets.blank_preset("en").document
    assert (doc.rights, doc.liability, doc.final) == (skeleton.rights, skeleton.liability,
                                                     skeleton.final)
    assert doc.subordination.reports_to == GENERIC["en"]["reports_to"]


def test_columns_are_found_by_their_names() -> None:
    occupation = onet.find_occupation(onet.occupations(REORDERED), "13-2011.01", REORDERED)
    assert occupation.title == "Accountants"
    assert [task.text for task in onet.tasks(REORDERED, occupation.code)] == [
        d.text for d in TASKS[:4]]
    assert [task.kind for task in onet.tasks(REORDERED, "13-2011.01")] == [
        "Core", "Core", "Supplemental", "Supplemental"]


def test_the_release_comes_from_the_folder_name(tmp_path: Path) -> None:
    assert onet.release(RELEASE) == "30.0"
    assert onet.release(tmp_path / "db_29_1_text") == "29.1"
    assert onet.release(REORDERED) == ""
    assert onet.attribution("") == ATTRIBUTION.replace("O*NET 30.0 Database", "O*NET Database")


def test_a_short_code_is_the_occupation_itself() -> None:
    found = onet.occupations(RELEASE)
    assert onet.find_occupation(found, "13-2011", RELEASE).title == "Accountants and Auditors"
    with pytest.raises(JDError, match=r"no occupation 99-9999\.00"):
        onet.find_occupation(found, "99-9999.00", RELEASE)


@pytest.mark.parametrize(("code", "expected"), [
    ("11-1011.00", "manager"), ("43-1011.00", "manager"), ("13-2011.01", "specialist"),
    ("15-1252.00", "specialist"), ("43-4051.00", "technical"), ("47-2061.00", "worker"),
])
def test_the_category_comes_from_the_soc_group(code: str, expected: str) -> None:
    assert onet.category(code) == expected


# --- the command ----------------------------------------------------------------------------


def test_search_lists_codes_and_titles(here: Path) -> None:
    result = jd(here, *en("import", "onet", "db_30_0_text", "--search", "Account"))
    assert result.code == 0, result
    assert result.out_lines == ["13-2011.00  Accountants and Auditors", "13-2011.01  Accountants"]


def test_a_search_that_finds_nothing_says_so(here: Path) -> None:
    result = jd(here, *en("import", "onet", "db_30_0_text", "--search", "astronaut", "chef"))
    assert result.code == 1, result
    assert result.out == ""
    assert result.err_lines == ["jdwizard: db_30_0_text: no occupation's title holds every "
                                "word of «astronaut chef»"]


def test_the_command_writes_a_description_that_passes_check(here: Path) -> None:
    result = jd(here, *en("import", "onet", "db_30_0_text", "--soc", "13-2011.01",
                          "-o", "jd/accountant.toml"))
    assert result.code == 0, result
    assert result.out_lines == ["wrote jd/accountant.toml (Accountants, 13-2011.01: 5 tasks)"]
    doc = fileformat.load(here / "jd" / "accountant.toml")
    assert doc.duties.items == TASKS
    assert doc.document.basis == ATTRIBUTION
    checked = jd(here, *en("check", "jd/accountant.toml"))
    assert checked.code == 0, checked
    assert ": error:" not in checked.out


def test_an_existing_file_is_kept_without_force(here: Path) -> None:
    (here / "a.toml").write_text("mine", encoding="utf-8")
    args = en("import", "onet", "db_30_0_text", "--soc", "13-2011.01", "-o", "a.toml")
    assert_one_line_failure(jd(here, *args), "a.toml", "already exists")
    assert (here / "a.toml").read_text(encoding="utf-8") == "mine"
    assert jd(here, *args, "--force").code == 0


def test_an_unknown_soc_is_one_line(here: Path) -> None:
    result = jd(here, *en("import", "onet", "db_30_0_text", "--soc", "99-9999.00",
                          "-o", "x.toml"))
    assert_one_line_failure(result, "db_30_0_text", "no occupation 99-9999.00", "--search")
    assert not (here / "x.toml").exists()


def test_a_folder_without_the_files_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = jd(tmp_path, *en("import", "onet", "empty", "--search", "account"))
    assert_one_line_failure(result, "empty", "not an O*NET database folder",
                            "Occupation Data.txt")
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copy(RELEASE / onet.OCCUPATIONS, partial)
    result = jd(tmp_path, *en("import", "onet", "partial", "--soc", "13-2011.01",
                              "-o", "x.toml"))
    assert_one_line_failure(result, "partial", "Task Statements.txt")
    assert_one_line_failure(jd(tmp_path, *en("import", "onet", "nowhere", "--search", "a")),
                            "nowhere", "no such folder")


def test_a_table_without_a_needed_column_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    (folder / onet.OCCUPATIONS).write_text("O*NET-SOC Code\tTitle\n11-1011.00\tChief\n",
                                           encoding="utf-8")
    result = jd(tmp_path, *en("import", "onet", "db", "--search", "chief"))
    assert_one_line_failure(result, "Occupation Data.txt", "line 1", "no column «Description»")


def test_the_options_say_what_to_do(here: Path) -> None:
    neither = jd(here, *en("import", "onet", "db_30_0_text"))
    assert_one_line_failure(neither, "db_30_0_text", "--search", "--soc")
    both = jd(here, *en("import", "onet", "db_30_0_text", "--search", "a", "--soc", "x"))
    assert both.code == 2 and "not both" in both.err
    no_output = jd(here, *en("import", "onet", "db_30_0_text", "--soc", "13-2011.01"))
    assert_one_line_failure(no_output, "--soc", "needs -o FILE.toml")


def test_messages_in_russian(here: Path) -> None:
    result = jd(here, "import", "onet", "db_30_0_text", "--soc", "99-9999.00", "-o", "x.toml",
                "--ui-lang", "ru")
    assert_one_line_failure(result, "db_30_0_text", "нет профессии 99-9999.00")
    wrote = jd(here, "import", "onet", "db_30_0_text", "--soc", "13-2011.01", "-o", "x.toml",
               "--ui-lang", "ru")
    assert wrote.out_lines == ["записан x.toml (Accountants, 13-2011.01: 5 задач)"]
