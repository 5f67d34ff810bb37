"""The DOCX to sign, read back with python-docx: every line of `printed` in its place."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from hypothesis import given, settings

from jdwizard import presets
from jdwizard.model import Acknowledgement, Document, Duty, Signature
from jdwizard.output import docx as writer
from jdwizard.output import printed
from jdwizard.output.printed import Printed, SignatureBlock
from tests.strategies import documents

RULE = "_" * 14


def russian() -> Document:
    doc = presets.new_document("sales-manager-ru")
    doc.organization.name = "ООО «Вектор»"
    doc.organization.department = "Отдел продаж"
    doc.document.number = "12"
    doc.document.place = "г. Москва"
    doc.document.effective_date = date(2026, 12, 1)
    doc.document.blank_rows = 3
    doc.approval.name = "Иванов Иван Иванович"
    doc.author = Signature("Начальник отдела продаж", "Петров Пётр Петрович")
    doc.agreed = [Signature("Начальник юридического отдела", "Сидорова Анна Ивановна",
                            date(2026, 11, 20)),
                  Signature()]
    doc.acknowledged = [Acknowledgement("Смирнов Алексей Павлович"),
                        Acknowledgement("Кузнецова Мария Олеговна", date(2026, 12, 2))]
    return doc


def english() -> Document:
    doc = presets.new_document("sales-manager")
    doc.organization.name = "Acme Inc."
    doc.document.number = "HR-7"
    doc.document.place = "Springfield, IL"
    doc.document.effective_date = date(2026, 12, 1)
    doc.approval.position = "Chief Executive Officer"
    doc.approval.name = "Jane Q. Smith"
    doc.agreed = [Signature("Head of Legal", "John A. Brown")]
    doc.acknowledged = [Acknowledgement("Mary Ann Jones")]
    return doc


DOCUMENTS: dict[str, Callable[[], Document]] = {"ru": russian, "en": english}
SIGNERS = {"ru": "И.И. Иванов", "en": "Jane Q. Smith"}


def rendered(doc: Document) -> tuple[Printed, DocxDocument]:
    lines = printed.build(doc)
    return lines, docx.Document(io.BytesIO(writer.render(lines)))


def body_texts(d: DocxDocument) -> list[str]:
    """The paragraphs of the body, outside tables."""
    return [p.text for p in d.paragraphs]


def all_texts(d: DocxDocument) -> list[str]:
    """Every paragraph, those in table cells too, in the order of the document."""
    out: list[str] = []
    for item in d.iter_inner_content():
        if isinstance(item, Paragraph):
            out.append(item.text)
            continue
        for row in item.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.paragraphs)
    return out


def values(node: Any) -> Iterator[str]:
    """Every text of `printed`, but its language code, the hints (printed with blanks) and
    the sheet's column keys."""
    if isinstance(node, str):
        if node:
            yield node
    elif isinstance(node, list):
        for item in node:
            yield from values(item)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            if f.name not in ("language", "hints", "keys"):
                yield from values(getattr(node, f.name))


def look(paragraph: Paragraph, name: str) -> Any:
    """A paragraph property as Word resolves it: the paragraph's own, else its style's."""
    value = getattr(paragraph.paragraph_format, name)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, name)
        style = style.base_style
    return value


def font(paragraph: Paragraph, name: str) -> list[Any]:
    """A font property of each run, as Word resolves it: the run's own, else the style's."""
    values = []
    for run in paragraph.runs:
        value, style = getattr(run.font, name), paragraph.style
        while value is None and style is not None:
            value, style = getattr(style.font, name), style.base_style
        values.append(value)
    return values


def bold(paragraph: Paragraph) -> bool:
    return bool(paragraph.runs) and all(font(paragraph, "bold"))


def stamp_cells(d: DocxDocument) -> tuple[list[str], list[str]]:
    stamp = d.tables[0]
    assert len(stamp.columns) == 2
    return ([p.text for p in stamp.cell(0, 0).paragraphs],
            [p.text for p in stamp.cell(0, 1).paragraphs])


def near(length: Length | None, expected: Length) -> bool:
    """Equal but for the rounding of millimetres to the twips Word stores."""
    return length is not None and abs(length - expected) < Mm(0.1)


def block_lines(block: SignatureBlock, hints: dict[str, str]) -> list[str]:
    """The lines a signature block prints, blanks and their hints included."""
    lines = [block.heading]
    for line in block.lines:
        lines += [line] if line else ["_" * 30, f"\t{hints['position']}"]
    if block.signer:
        lines.append(f"{RULE} {block.signer}")
    else:
        lines += [f"{RULE} {RULE}", f"\t{hints['signature']}\t{hints['name']}"]
    return [*lines, block.date]


# --- the stamp ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", DOCUMENTS)
def test_the_stamp_is_in_the_right_column_with_the_transcript(lang: str) -> None:
    lines, d = rendered(DOCUMENTS[lang]())
    left, right = stamp_cells(d)
    assert left == [""]
    assert lines.stamp.signer == SIGNERS[lang]
    assert right == [lines.stamp.heading, *lines.stamp.lines, f"{RULE} {SIGNERS[lang]}",
                     lines.stamp.date]
    assert lines.stamp.lines[0] == DOCUMENTS[lang]().approval.position
    assert bold(d.tables[0].cell(0, 1).paragraphs[0])
    assert near(d.tables[0].columns[1].width, Mm(80))
    assert near(d.tables[0].columns[0].width, Mm(100))


def test_the_stamp_comes_first_under_the_draft_mark() -> None:
    doc = russian()
    doc.document.status = "draft"
    lines, d = rendered(doc)
    first, second = list(d.iter_inner_content())[:2]
    assert isinstance(first, Paragraph) and first.text == lines.mark == "ПРОЕКТ"
    assert isinstance(second, Table)
    doc.document.status = "approved"
    _, d = rendered(doc)
    assert isinstance(next(d.iter_inner_content()), Table)
    assert "ПРОЕКТ" not in all_texts(d)


def test_a_blank_approver_gets_rules_and_the_hints_under_them() -> None:
    doc = russian()
    doc.approval.position = doc.approval.name = ""
    _, d = rendered(doc)
    _, right = stamp_cells(d)
    assert right == ["УТВЕРЖДАЮ", "_" * 30, "\t(должность)", "ООО «Вектор»",
                     f"{RULE} {RULE}", "\t(подпись)\t(И.О. Фамилия)", "«___» __________ 20__ г."]
    hints = [p for p in d.tables[0].cell(0, 1).paragraphs if "(" in p.text]
    assert hints and all(size <= Pt(9) for p in hints for size in font(p, "size"))


def test_approval_by_order_prints_the_order_and_no_signature_line() -> None:
    doc = russian()
    doc.approval.order_number = "45"
    doc.approval.order_date = date(2026, 12, 1)
    lines, d = rendered(doc)
    _, right = stamp_cells(d)
    assert right == ["УТВЕРЖДЕНА", lines.stamp.order]
    assert lines.stamp.order.startswith("приказом ООО «Вектор» от ")
    assert lines.stamp.order.endswith("№ 45")
    assert "_" not in "".join(right)
    assert "И.И. Иванов" not in "\n".join(all_texts(d))


# --- the title ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", DOCUMENTS)
def test_the_title_is_centred_and_bold(lang: str) -> None:
    lines, d = rendered(DOCUMENTS[lang]())
    by_text = {p.text: p for p in d.paragraphs}
    for text in (lines.organization, lines.kind, lines.position):
        assert look(by_text[text], "alignment") == WD_ALIGN_PARAGRAPH.CENTER, text
        assert bold(by_text[text]), text
    assert lines.kind == {"ru": "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ", "en": "JOB DESCRIPTION"}[lang]


@pytest.mark.parametrize("lang", DOCUMENTS)
def test_date_number_and_place_are_requisites_not_labelled_lines(lang: str) -> None:
    lines, d = rendered(DOCUMENTS[lang]())
    texts = body_texts(d)
    assert f"{lines.date}\t{lines.number}" in texts
    assert lines.number == {"ru": "№ 12", "en": "No. HR-7"}[lang]
    place = d.paragraphs[texts.index(lines.place)]
    assert look(place, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    labels = ("Number", "Номер", "Date", "Дата", "Place", "Место")
    assert not [t for t in texts if t.startswith(labels)]


# --- sections -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", DOCUMENTS)
def test_every_clause_prints_in_order_as_numbered(lang: str) -> None:
    lines, d = rendered(DOCUMENTS[lang]())
    expected: list[str] = []
    for section in lines.sections:
        expected.append(f"{section.number} {section.title}")
        expected += [section.lead] if section.lead else []
        for clause in section.clauses:
            expected.append(f"{clause.number} {clause.text}" if clause.number else clause.text)
            expected += [f"–\t{bullet}" for bullet in clause.bullets]
    texts = body_texts(d)
    start = texts.index(expected[0])
    assert texts[start:start + len(expected)] == expected
    assert expected[0].startswith("1. ")


def test_headings_clauses_and_groups_have_their_looks() -> None:
    lines, d = rendered(russian())
    by_text = {p.text: p for p in d.paragraphs}
    heading = by_text["1. Общие положения"]
    assert bold(heading) and look(heading, "keep_with_next")
    assert look(heading, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    duties = next(s for s in lines.sections if any(c.is_heading for c in s.clauses))
    group = by_text[next(c.text for c in duties.clauses if c.is_heading)]
    assert bold(group) and all(font(group, "italic")) and look(group, "keep_with_next")
    clause = by_text[f"{lines.sections[0].clauses[0].number} {lines.sections[0].clauses[0].text}"]
    assert look(clause, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert near(look(clause, "first_line_indent"), Mm(12.5))
    bullet = next(p for p in d.paragraphs if p.text.startswith("–\t"))
    assert near(look(bullet, "left_indent"), Mm(17.5))
    assert near(look(bullet, "first_line_indent"), Mm(-5))
    # Restyling a clause in Word restyles them all: they share a named style.
    assert clause.style is not None and clause.style.name == "Clause"


# --- signatures ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", DOCUMENTS)
def test_each_signature_block_is_kept_together_from_heading_to_date(lang: str) -> None:
    lines, d = rendered(DOCUMENTS[lang]())
    paragraphs = d.paragraphs
    at = len(paragraphs) - 1 - [p.text for p in paragraphs][::-1].index(
        f"{lines.sections[-1].clauses[-1].number} {lines.sections[-1].clauses[-1].text}")
    assert lines.signatures
    for block in lines.signatures:
        expected = block_lines(block, lines.hints)
        at = next(i for i in range(at + 1, len(paragraphs)) if paragraphs[i].text == block.heading)
        found = paragraphs[at:at + len(expected)]
        assert [p.text for p in found] == expected
        assert [bool(look(p, "keep_with_next")) for p in found] == \
            [True] * (len(expected) - 1) + [False]


def test_russian_signers_sign_as_transcripts_and_blanks_get_hints() -> None:
    lines, d = rendered(russian())
    texts = body_texts(d)
    assert f"{RULE} П.П. Петров" in texts
    assert f"{RULE} А.И. Сидорова" in texts
    blank = lines.signatures[-1]
    assert blank.signer == "" and blank.lines == [""]
    assert block_lines(blank, lines.hints)[1:3] == ["_" * 30, "\t(должность)"]


# --- the acknowledgement sheet ------------------------------------------------------


@pytest.mark.parametrize("lang", DOCUMENTS)
def test_the_sheet_is_a_table_on_a_new_page(lang: str) -> None:
    doc = DOCUMENTS[lang]()
    lines, d = rendered(doc)
    items = list(d.iter_inner_content())
    title = next(i for i, item in enumerate(items)
                 if isinstance(item, Paragraph) and item.text == lines.sheet.title)
    heading = items[title]
    assert isinstance(heading, Paragraph) and heading.paragraph_format.page_break_before
    assert look(heading, "alignment") == WD_ALIGN_PARAGRAPH.CENTER and bold(heading)
    lead, table = items[title + 1:]
    assert isinstance(lead, Paragraph) and lead.text == lines.sheet.lead
    assert isinstance(table, Table)
    rows = list(table.rows)
    assert [c.text for c in rows[0].cells] == lines.sheet.columns
    assert lines.sheet.columns[-1] == {"ru": "Подпись", "en": "Signature"}[lang]
    names = [a.name for a in doc.acknowledged]
    blank = doc.document.blank_rows if doc.document.blank_rows is not None else printed.BLANK_ROWS
    assert len(rows) == 1 + len(names) + blank
    assert [r.cells[1].text for r in rows[1:1 + len(names)]] == names
    assert all(c.text == "" for r in rows[1 + len(names):] for c in r.cells[1:])
    assert [r.cells[0].text for r in rows[1:]] == [str(n) for n in range(1, len(rows))]


def test_sheet_rows_are_tall_enough_to_sign_and_the_header_repeats() -> None:
    _, d = rendered(russian())
    table = d.tables[-1]
    for row in table.rows:
        assert row.height is not None and row.height >= Mm(10) - Mm(0.1)
        assert row.height_rule == WD_ROW_HEIGHT_RULE.AT_LEAST
    header = table.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    widths = [c.width for c in table.columns]
    assert all(w is not None for w in widths)
    sized = [w for w in widths if w is not None]
    assert sized[0] < sized[-1] and sized[-1] >= Mm(30)
    assert near(Length(sum(sized)), Mm(180))
    assert table.style is not None and table.style.name == "Table Grid"


def test_a_passport_column_fits_the_page_and_leaves_room_to_sign() -> None:
    doc = russian()
    doc.acknowledged[0].passport = "4510 123456, выдан ОВД района Хамовники г. Москвы 01.02.2010"
    lines, d = rendered(doc)
    table = d.tables[-1]
    assert [c.text for c in table.rows[0].cells] == lines.sheet.columns
    assert len(lines.sheet.columns) == 6
    widths = [w for w in (c.width for c in table.columns) if w is not None]
    assert len(widths) == 6 and near(Length(sum(widths)), Mm(180))
    assert all(w >= Mm(22) - Mm(0.1) for w in widths[1:]) and widths[-1] >= Mm(30)


def test_the_sheet_keeps_full_names_where_the_blocks_print_transcripts() -> None:
    _, d = rendered(russian())
    cells = [c.text for r in d.tables[-1].rows for c in r.cells]
    assert "Смирнов Алексей Павлович" in cells
    assert "А.П. Смирнов" not in "\n".join(all_texts(d))


# --- page -----------------------------------------------------------------------------


def test_a4_with_the_margins_of_the_form() -> None:
    _, d = rendered(russian())
    section = d.sections[0]
    assert near(section.page_width, Mm(210)) and near(section.page_height, Mm(297))
    assert near(section.top_margin, Mm(20)) and near(section.bottom_margin, Mm(20))
    assert near(section.left_margin, Mm(20)) and near(section.right_margin, Mm(10))


def test_pages_are_numbered_from_the_second() -> None:
    _, d = rendered(russian())
    section = d.sections[0]
    assert section.different_first_page_header_footer
    assert b" PAGE " in section.header.part.blob
    assert b'w:fldCharType="begin"' in section.header.part.blob
    assert not section.first_page_header.is_linked_to_previous
    assert b"PAGE" not in section.first_page_header.part.blob


@pytest.mark.parametrize("lang", DOCUMENTS)
def test_times_new_roman_12_pt_in_every_script_and_the_language_of_the_text(lang: str) -> None:
    _, d = rendered(DOCUMENTS[lang]())
    normal = d.styles["Normal"].element.rPr
    defaults = d.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert normal is not None and defaults is not None
    for rpr in (normal, defaults):
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts is not None
        assert {fonts.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "eastAsia", "cs")} == \
            {"Times New Roman"}
        assert not [k for k in fonts.attrib if k.endswith(("Theme", "theme"))]
    assert normal.sz_val == Pt(12)
    language = defaults.find(qn("w:lang"))
    assert language is not None
    assert language.get(qn("w:val")) == {"ru": "ru-RU", "en": "en-US"}[lang]


def test_the_file_says_nothing_of_the_template() -> None:
    lines, d = rendered(english())
    props = d.core_properties
    assert props.author == "" and props.comments == ""
    assert props.title == f"{lines.kind} {lines.position}"
    rels = d.part.package.rels.values()
    assert not [r for r in rels if r.reltype.endswith("/thumbnail")]


# --- text as written ----------------------------------------------------------------


@pytest.mark.parametrize("lang", DOCUMENTS)
def test_every_value_of_printed_is_in_the_docx(lang: str) -> None:
    lines, d = rendered(DOCUMENTS[lang]())
    text = "\n".join(all_texts(d))
    missing = [v for v in values(lines) if v not in text]
    assert missing == []


HOSTILE = ["#set page(width: 1cm)", "$x$", "*a*", "@ref", "<label>", "]", "\\_", "[a](b)",
           "`code`", "&amp;", "<w:t>x</w:t>", "**b**", "# h", "1. one", "{{ x }}", "\\"]


@pytest.mark.parametrize("lang", DOCUMENTS)
@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_like_text_prints_as_written(lang: str, hostile: str) -> None:
    doc = DOCUMENTS[lang]()
    doc.position.title = f"{hostile} title"
    doc.organization.name = hostile
    doc.document.place = hostile
    doc.duties.items.append(Duty(hostile))
    doc.duties.items.append(Duty(f"Ведёт {hostile} учёт", group=hostile))
    doc.qualifications.knowledge.append(hostile)
    doc.approval.position = hostile
    doc.agreed.append(Signature(hostile, "Jane Doe"))
    doc.acknowledged.append(Acknowledgement(hostile))
    lines, d = rendered(doc)
    text = "\n".join(all_texts(d))
    assert [v for v in values(lines) if v not in text] == []
    texts = all_texts(d)
    for expected in (hostile, f"{hostile} title", f"–\t{hostile}"):
        assert expected in texts, expected
    assert [t for t in texts if t.endswith(f". {hostile}")]
    assert [t for t in texts if t.endswith(f". Ведёт {hostile} учёт")]


def test_characters_xml_cannot_hold_are_left_out_and_the_rest_kept() -> None:
    doc = english()
    doc.duties.items.append(Duty("Keeps \ufffe the \uffff books"))
    _, d = rendered(doc)
    assert any(t.endswith(". Keeps the books") for t in body_texts(d))  # gone, as in .md


@given(documents)
@settings(max_examples=40, deadline=None)
def test_any_document_renders_with_every_value(doc: Document) -> None:
    lines, d = rendered(doc)
    text = "\n".join(all_texts(d))
    assert [v for v in values(lines) if v not in text] == []
