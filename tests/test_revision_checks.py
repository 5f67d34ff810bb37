"""What check says of revisions: a revision's missing date or changes, employees who must
acknowledge the revision in force again, and a change of the labour function in a
description that is an appendix to the employment contract."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from jdwizard import fileformat, revision_checks, uilang
from jdwizard.checks import ERROR, WARNING, check_document
from jdwizard.findings import speaking
from jdwizard.model import Acknowledgement, Document, Revision
from tests.cli_helpers import jd
from tests.test_checks import complete

REVISED = date(2027, 3, 15)
LABOUR_FUNCTION = (
    "the revision changes the labour function, and the description is an appendix to the "
    "employment contract: each employee must agree to the change in writing in advance "
    "(Labour Code, art. 72: the labour function changes only by a written agreement of the "
    "parties; art. 74 lets the employer change other terms on two months' written notice, "
    "never the labour function)")


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Messages in English unless a test speaks Russian; the language restored after."""
    before = dict(uilang._state)
    uilang.choose("en")
    yield
    uilang._state.update(before)


def revised(*acknowledged: Acknowledgement, language: str = "ru") -> Document:
    """A complete description (no findings of its own), revised twice, the last on
    REVISED; the employees given."""
    doc = complete(language)
    doc.revisions = [
        Revision(date=date(2027, 1, 15), changes="Изменён пункт 3.2",
                 basis="Приказ от 15.01.2027 № 3"),
        Revision(date=REVISED, changes="Добавлены пункты 3.7–3.9",
                 basis="Приказ от 15.03.2027 № 12"),
    ]
    doc.acknowledged = list(acknowledged)
    return doc


def found(doc: Document) -> list[tuple[str, str, str]]:
    return [(f.place, f.severity, f.message) for f in check_document(doc)]


def test_a_revised_description_everyone_acknowledged_since_has_no_findings() -> None:
    doc = revised(Acknowledgement("Петров П.П.", date(2027, 3, 20)))
    assert check_document(doc) == []


def test_an_acknowledgement_before_the_revision_must_be_made_again() -> None:
    doc = revised(Acknowledgement("Иванова И.И.", date(2027, 4, 1)),
                  Acknowledgement("Петров П.П.", date(2026, 11, 28)))
    assert found(doc) == [(
        "acknowledged[2].date", WARNING,
        "Петров П.П. acknowledged on 2026-11-28, before the revision of 2027-03-15: must "
        "acknowledge it again")]


def test_an_acknowledgement_on_the_day_of_the_revision_counts_as_after_it() -> None:
    assert check_document(revised(Acknowledgement("Петров П.П.", REVISED))) == []
    before = revised(Acknowledgement("Петров П.П.", date(2027, 3, 14)))
    assert [f.place for f in check_document(before)] == ["acknowledged[1].date"]


def test_the_last_revision_counts_not_the_first() -> None:
    # After the first revision (15 January), before the last (15 March).
    doc = revised(Acknowledgement("Петров П.П.", date(2027, 2, 1)))
    assert [f.place for f in check_document(doc)] == ["acknowledged[1].date"]


def test_an_undated_acknowledgement_must_be_made_with_the_date() -> None:
    doc = revised(Acknowledgement("Петров П.П."), Acknowledgement(),  # an empty row: none
                  Acknowledgement(date=date(2026, 1, 1), passport="4510 123456"))
    assert found(doc) == [
        ("acknowledged[1].date", WARNING,
         "Петров П.П. has no date of acknowledgement, and the description was revised on "
         "2027-03-15: must acknowledge the revision, with the date"),
        ("acknowledged[3].date", WARNING,
         "the employee of row 3 acknowledged on 2026-01-01, before the revision of "
         "2027-03-15: must acknowledge it again"),
    ]


def test_without_revisions_old_or_missing_dates_are_no_finding() -> None:
    doc = revised(Acknowledgement("Петров П.П.", date(2020, 1, 1)), Acknowledgement("Сидоров"))
    doc.revisions = []
    assert check_document(doc) == []
    doc.revisions = [Revision()]  # a row added and never filled in is no revision
    assert check_document(doc) == []


@pytest.mark.parametrize(("missing", "place", "message"), [
    ("date", "revisions[2].date", "the revision has no date: the day it was approved"),
    ("changes", "revisions[2].changes", "the revision does not say what it changed"),
])
def test_a_revision_needs_its_date_and_its_changes(missing: str, place: str,
                                                   message: str) -> None:
    doc = revised(Acknowledgement("Петров П.П.", date(2027, 3, 20)))
    setattr(doc.revisions[1], missing, None if missing == "date" else " ")
    assert found(doc) == [(place, ERROR, message)]


def test_an_undated_last_revision_is_an_error_and_the_one_before_is_compared_with() -> None:
    # The last revision is being written: whoever signed before the one before it signed
    # before it too.
    doc = revised(Acknowledgement("Петров П.П.", date(2026, 11, 28)),
                  Acknowledgement("Сидоров С.С.", date(2027, 2, 1)))
    doc.revisions[1].date = None
    assert found(doc) == [
        ("revisions[2].date", ERROR, "the revision has no date: the day it was approved"),
        ("acknowledged[1].date", WARNING,
         "Петров П.П. acknowledged on 2026-11-28, before the revision of 2027-01-15: must "
         "acknowledge it again"),
    ]


def test_a_revision_listed_out_of_order_is_a_warning() -> None:
    doc = revised(Acknowledgement("Петров П.П.", date(2027, 3, 20)))
    doc.revisions.append(Revision("3", date(2027, 2, 1), "Изменён пункт 4.1"))
    assert found(doc)[0] == (
        "revisions[3].date", WARNING,
        "dated 2027-02-01, before revision 2 above it (2027-03-15); list the revisions in "
        "the order they were made: the last one is the one in force")


@pytest.mark.parametrize(("appendix", "labour_function", "warned"), [
    (True, True, True), (True, False, False), (True, None, False),
    (False, True, False), (None, True, False),
])
def test_a_change_of_the_labour_function_in_a_contract_appendix_needs_agreement(
        appendix: bool | None, labour_function: bool | None, warned: bool) -> None:
    doc = revised(Acknowledgement("Петров П.П.", date(2027, 3, 20)),
                  Acknowledgement("Сидоров С.С.", date(2027, 3, 21)))
    doc.document.contract_appendix = appendix
    doc.revisions[1].labour_function = labour_function
    expected = [("revisions[2]", WARNING, LABOUR_FUNCTION)] if warned else []
    assert found(doc) == expected  # once, however many employees


def test_only_the_revision_in_force_asks_for_agreement() -> None:
    doc = revised(Acknowledgement("Петров П.П.", date(2027, 3, 20)))
    doc.document.contract_appendix = True
    doc.revisions[0].labour_function = True  # an earlier change, agreed to at the time
    assert check_document(doc) == []


def test_the_findings_in_russian() -> None:
    doc = revised(Acknowledgement("Петров П.П.", date(2026, 11, 28)), Acknowledgement("Сидоров"))
    doc.document.contract_appendix = True
    doc.revisions.append(Revision())  # an empty row: no revision
    doc.revisions.append(Revision(basis="Приказ № 13", labour_function=True))
    uilang.choose(None, "en")  # the document's language decides, as check makes it
    with speaking(doc.language):
        findings = revision_checks.findings(doc)
    assert [(f.place, f.message) for f in findings] == [
        ("revisions[4].date", "не указана дата изменения: день, когда оно утверждено"),
        ("revisions[4].changes", "не указано содержание изменения"),
        ("acknowledged[1].date", "Петров П.П. ознакомлен(а) 28.11.2026, до изменения от "
                                 "15.03.2027: нужно ознакомить с изменением под подпись"),
        ("acknowledged[2].date", "Сидоров: не указана дата ознакомления, а инструкция "
                                 "изменена 15.03.2027: нужно ознакомить с изменением под "
                                 "подпись с датой"),
        ("revisions[4]", "изменение касается трудовой функции, а инструкция — приложение к "
                         "трудовому договору: каждый работник должен заранее письменно "
                         "согласиться с изменением (ТК РФ, ст. 72: трудовая функция "
                         "изменяется только по письменному соглашению сторон; по ст. 74 "
                         "работодатель может по своей инициативе изменить другие условия, "
                         "письменно уведомив работника за два месяца, но не трудовую "
                         "функцию)"),
    ]
    with speaking(doc.language):
        doc.revisions.insert(0, Revision("0", date(2027, 6, 1), "Изменён пункт 1.1"))
        assert revision_checks.findings(doc)[2].message == (
            "дата 15.01.2027 раньше даты изменения № 0, записанного выше (01.06.2027); "
            "перечислите изменения в том порядке, в каком их вносили: действующим считается "
            "последнее")


def test_the_last_revision_with_no_date_still_asks_for_agreement() -> None:
    doc = revised(Acknowledgement("Петров П.П.", date(2027, 3, 20)))
    doc.document.contract_appendix = True
    doc.revisions[1].labour_function = True
    doc.revisions[1].date = None
    assert [f.place for f in check_document(doc)] == ["revisions[2].date", "revisions[2]"]


def test_check_reports_them_from_the_file(tmp_path: Path) -> None:
    doc = revised(Acknowledgement("Петров Пётр Петрович", date(2026, 11, 28)))
    fileformat.save(doc, tmp_path / "a.toml")
    result = jd(tmp_path, "check", "a.toml")
    assert result.code == 0, result  # warnings only
    assert result.out_lines == [
        "a.toml: acknowledged[1].date: предупреждение: Петров Пётр Петрович ознакомлен(а) "
        "28.11.2026, до изменения от 15.03.2027: нужно ознакомить с изменением под подпись"]
    assert jd(tmp_path, "check", "--strict", "a.toml").code == 1
    doc.revisions[1].changes = ""
    fileformat.save(doc, tmp_path / "a.toml")
    errors = jd(tmp_path, "check", "--ui-lang", "en", "a.toml")
    assert errors.code == 1
    assert ("a.toml: revisions[2].changes: error: the revision does not say what it changed"
            in errors.out_lines)


@pytest.mark.parametrize("args", [["check", "a.toml"], ["render", "--to", "md", "a.toml"]])
def test_check_and_markdown_of_a_revised_file_load_no_docx_nor_typst(
        tmp_path: Path, args: list[str]) -> None:
    from tests.test_cli import _heavy_modules

    fileformat.save(revised(Acknowledgement("Петров П.П.", date(2027, 3, 20))),
                    tmp_path / "a.toml")
    code, modules = _heavy_modules(tmp_path, "", *args)
    assert code == 0 and modules == set()
    if args[0] == "render":
        assert "Лист регистрации изменений" in (tmp_path / "a.md").read_text(encoding="utf-8")
