"""The printed document's lines: transcripts, blanks, the stamp by order, the sheet."""

from __future__ import annotations

from datetime import date

import pytest

from jdwizard import presets
from jdwizard.model import Acknowledgement, Signature
from jdwizard.names import transcript
from jdwizard.output import printed


@pytest.mark.parametrize(("name", "expected"), [
    ("Иванов Иван Иванович", "И.И. Иванов"),
    ("Петрова Анна Сергеевна", "А.С. Петрова"),
    ("Иван Иванович Иванов", "И.И. Иванов"),
    ("Иванов И.И.", "И.И. Иванов"),
    ("И.И. Иванов", "И.И. Иванов"),
    ("Иван Иванов", "И. Иванов"),
    ("Сидоренко Пётр", "П. Сидоренко"),
    ("Кузнецова-Орлова Анна-Мария Петровна", "А.-М.П. Кузнецова-Орлова"),
    ("Мамедов Эльдар Гусейн оглы", "Э.Г. Мамедов"),
    ("Иванов", "Иванов"),
    ("", ""),
])
def test_a_signer_signs_with_initials_then_the_family_name(name: str, expected: str) -> None:
    assert transcript(name) == expected


def test_russian_blocks_print_transcripts_and_english_ones_names_as_written() -> None:
    doc = presets.new_document("sales-manager-ru")
    doc.approval.name = "Иванов Иван Иванович"
    doc.agreed = [Signature("Начальник юридического отдела", "Петрова Анна Сергеевна")]
    doc.acknowledged = [Acknowledgement("Сидоров Пётр Петрович", date(2026, 12, 1))]
    page = printed.build(doc)
    assert page.stamp.signer == "И.И. Иванов"
    assert [b.signer for b in page.signatures] == ["А.С. Петрова"]
    assert page.sheet.rows[0][1] == "Сидоров Пётр Петрович"  # the sheet keeps the full name
    english = presets.new_document("sales-manager")
    english.approval.name = "John A. Smith"
    assert printed.build(english).stamp.signer == "John A. Smith"


def test_unknown_dates_and_names_are_blanks_to_fill_in() -> None:
    doc = presets.new_document("sales-manager-ru")
    doc.approval.name, doc.approval.date = "", None
    page = printed.build(doc)
    assert page.stamp.signer == "" and page.stamp.date == "«___» __________ 20__ г."
    assert page.hints == {"signature": "(подпись)", "name": "(И.О. Фамилия)",
                          "position": "(должность)"}
    assert printed.build(presets.new_document("sales-manager")).stamp.date == "____ / ____ / 20__"


def test_approval_by_order_is_a_sentence_instead_of_a_signature() -> None:
    doc = presets.new_document("sales-manager-ru")
    doc.organization.name = "ООО «Вектор»"
    doc.approval.order_number, doc.approval.order_date = "45", date(2026, 12, 1)
    stamp = printed.build(doc).stamp
    assert stamp.heading == "УТВЕРЖДЕНА"
    assert stamp.order == "приказом ООО «Вектор» от 1 декабря 2026 г. № 45"


def test_the_sheet_has_a_row_per_employee_then_the_blank_rows() -> None:
    doc = presets.new_document("sales-manager")
    doc.acknowledged = [Acknowledgement("Ann Lee"), Acknowledgement()]
    sheet = printed.build(doc).sheet
    assert sheet.columns == ["No.", "Full name", "Position", "Date", "Signature"]
    assert len(sheet.rows) == 1 + printed.BLANK_ROWS  # the empty row is no employee
    assert sheet.rows[0] == ["1", "Ann Lee", "Sales Manager", "", ""]
    doc.document.blank_rows = 0
    assert len(printed.build(doc).sheet.rows) == 1


def test_clauses_are_numbered_as_the_markdown_numbers_them() -> None:
    from jdwizard.output.layout import clause_numbers

    doc = presets.new_document("sales-manager-ru")
    numbers = [c.number for s in printed.build(doc).sections for c in s.clauses if c.number]
    assert numbers == list(clause_numbers(doc).values())


def test_no_control_character_reaches_the_documents_to_sign() -> None:
    import dataclasses
    import io

    import docx as python_docx
    import pypdf

    from jdwizard.model import Duty
    from jdwizard.output import docx, pdf
    from jdwizard.safetext import CONTROL

    doc = presets.new_document("sales-manager")
    doc.position.title = "Sales \x1b]0;PWNED\x07Manager\x9b2J"
    doc.duties.items.append(Duty("Keeps \x00the\x7f books \x1b[2J in order"))
    page = printed.build(doc)
    assert not CONTROL.search(str(dataclasses.asdict(page)))
    word = python_docx.Document(io.BytesIO(docx.render(page)))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Keeps the books [2J in order" in text and not CONTROL.search(text)
    reader = pypdf.PdfReader(io.BytesIO(pdf.render(page)))
    pdf_text = " ".join(p.extract_text() for p in reader.pages)
    assert "Sales ]0;PWNEDManager2J" in " ".join(pdf_text.split())
