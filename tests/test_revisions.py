"""Revisions: the file keeps them, and the documents print the change sheet («Лист
регистрации изменений») and, on the acknowledgement sheet, the block of the revision in
force, in Markdown, DOCX (read back with python-docx) and PDF (read back with pypdf)."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.shared import Mm
from docx.table import Table
from docx.text.paragraph import Paragraph
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pypdf import PdfReader

from jdwizard import fileformat, presets
from jdwizard.errors import JDError
from jdwizard.model import Acknowledgement, Document, Revision
from jdwizard.output import docx as docx_writer
from jdwizard.output import markdown, pdf, printed
from tests.cli_helpers import assert_one_line_failure, jd
from tests.strategies import dates, documents, flags, text
from tests.test_docx import all_texts, values
from tests.test_empty_items import blank_items_dropped

PARSER = MarkdownIt("commonmark").enable("table")

PRESETS = {"ru": "sales-manager-ru", "en": "sales-manager"}
SHEET_TITLES = {"ru": "Лист регистрации изменений", "en": "Revision history"}
COLUMNS = {"ru": ["№ п/п", "Содержание изменения", "Дата", "Основание (приказ)"],
           "en": ["No.", "Changes", "Date", "Basis (order)"]}
ROWS = {
    "ru": [["1", "Пункт 3.2 изложен в новой редакции", "15.01.2027", "Приказ от 15.01.2027 № 3"],
           ["2а", "Добавлены обязанности 3.7–3.9", "15.03.2027", "Приказ от 15.03.2027 № 12"]],
    "en": [["1", "Пункт 3.2 изложен в новой редакции", "2027-01-15", "Приказ от 15.01.2027 № 3"],
           ["2а", "Добавлены обязанности 3.7–3.9", "2027-03-15", "Приказ от 15.03.2027 № 12"]],
}
HEADINGS = {"ru": "С изменением № 2а от 15.03.2027 ознакомлен(ы):",
            "en": "Acknowledged revision No. 2а of 2027-03-15:"}
EARLY, ON_THE_DAY, UNDATED = ("Петров Пётр Петрович", "Сидорова Анна Ивановна",
                              "Кузнецов Алексей Викторович")


def revised(lang: str) -> Document:
    """A description revised twice (the first without a number of its own), and three
    employees: one who signed before the last revision, one on its day, one undated."""
    doc = presets.new_document(PRESETS[lang])
    doc.document.blank_rows = 2
    doc.acknowledged = [Acknowledgement(EARLY, date(2026, 11, 28)),
                        Acknowledgement(ON_THE_DAY, date(2027, 3, 15)),
                        Acknowledgement(UNDATED)]
    doc.revisions = [
        Revision(date=date(2027, 1, 15), changes="Пункт 3.2 изложен в новой редакции",
                 basis="Приказ от 15.01.2027 № 3"),
        Revision(number="2а", date=date(2027, 3, 15), changes="Добавлены обязанности 3.7–3.9",
                 basis="Приказ от 15.03.2027 № 12", labour_function=True),
    ]
    return doc


def block_rows(lang: str) -> list[list[str]]:
    """The revision block: those who must sign again, undated, then the two blank rows."""
    title = presets.new_document(PRESETS[lang]).position.title
    return [["1", EARLY, title, "", ""], ["2", UNDATED, title, "", ""],
            ["3", "", "", "", ""], ["4", "", "", "", ""]]


# --- the file ---------------------------------------------------------------------------


def test_the_revisions_round_trip_one_key_a_line_after_the_acknowledgements() -> None:
    doc = revised("ru")
    doc.revisions[0].changes = "Первая строка\nвторая строка"
    text = fileformat.dumps(doc)
    assert fileformat.loads(text) == doc
    assert fileformat.dumps(fileformat.loads(text)) == text
    tail = text[text.index("[[revisions]]"):]
    assert text.rindex("[[acknowledged]]") < text.index("[[revisions]]")
    assert tail.split("\n\n") == [
        '[[revisions]]\ndate = 2027-01-15\nchanges = "Первая строка\\nвторая строка"\n'
        'basis = "Приказ от 15.01.2027 № 3"',
        '[[revisions]]\nnumber = "2а"\ndate = 2027-03-15\n'
        'changes = "Добавлены обязанности 3.7–3.9"\nbasis = "Приказ от 15.03.2027 № 12"\n'
        "labour_function = true\n",
    ]


def test_changing_one_revision_changes_one_line() -> None:
    doc = revised("en")
    before = fileformat.dumps(doc).splitlines()
    doc.revisions[1].basis = "Order No. 13"
    after = fileformat.dumps(doc).splitlines()
    assert len(before) == len(after)
    assert [(a, b) for a, b in zip(before, after, strict=True) if a != b] == [
        ('basis = "Приказ от 15.03.2027 № 12"', 'basis = "Order No. 13"')]


def test_the_order_of_the_revisions_is_kept() -> None:
    doc = revised("en")
    doc.revisions.reverse()
    assert [r.number for r in fileformat.loads(fileformat.dumps(doc)).revisions] == ["2а", ""]


revisions = st.builds(Revision, number=text, date=dates, changes=text, basis=text,
                      labour_function=flags)


@given(documents.map(blank_items_dropped), st.lists(revisions, max_size=3))
@settings(max_examples=60, deadline=None)
def test_any_revisions_come_back_as_they_were(doc: Document, rows: list[Revision]) -> None:
    doc = dataclasses.replace(doc, revisions=rows)
    text = fileformat.dumps(doc)
    assert fileformat.loads(text) == doc
    assert fileformat.dumps(fileformat.loads(text)) == text


def test_a_revision_without_date_or_changes_loads_for_check_to_report() -> None:
    loaded = fileformat.loads('format = 1\n[[revisions]]\nbasis = "Приказ № 3"\n')
    assert loaded.revisions == [Revision(basis="Приказ № 3")]


@pytest.mark.parametrize(("toml", "expected"), [
    ('[[revisions]]\ndate = "15.03.2027"',
     "f.toml: revisions[1].date: expected a date like 2026-12-01, found text"),
    ("[[revisions]]\nchanges = \"a\"\n[[revisions]]\ndate = 2027-03-15T10:00:00",
     "f.toml: revisions[2].date: expected a date like 2026-12-01, found a date and time"),
    ('[[revisions]]\nlabour_function = "yes"',
     "f.toml: revisions[1].labour_function: expected true or false, found text"),
    ("[[revisions]]\nnumber = 1",
     "f.toml: revisions[1].number: expected text, found a number"),
    ('[[revisions]]\nchanegs = "a"',
     'f.toml: revisions[1].chanegs: unknown key; did you mean "changes"?'),
    ('revisions = "a"', "f.toml: revisions: expected a list, found text"),
])
def test_a_malformed_revision_names_its_place(toml: str, expected: str) -> None:
    with pytest.raises(JDError) as caught:
        fileformat.loads(f"format = 1\n{toml}\n", "f.toml")
    assert str(caught.value) == expected


def test_a_malformed_date_is_one_line_from_the_commands(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    fileformat.save(presets.new_document("sales-manager"), path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('\n[[revisions]]\ndate = "15.03.2027"\nchanges = "x"\n')
    for command in ("check", "render"):
        assert_one_line_failure(jd(tmp_path, command, "a.toml"), "a.toml",
                                "revisions[1].date", "expected a date like 2026-12-01")


# --- what is printed --------------------------------------------------------------------


@pytest.mark.parametrize("lang", PRESETS)
def test_the_printed_change_sheet_and_revision_block(lang: str) -> None:
    page = printed.build(revised(lang))
    assert page.revisions is not None
    assert (page.revisions.title, page.revisions.columns) == (SHEET_TITLES[lang], COLUMNS[lang])
    assert page.revisions.rows == ROWS[lang]
    assert page.sheet.revision is not None
    assert page.sheet.revision.heading == HEADINGS[lang]
    assert page.sheet.revision.rows == block_rows(lang)
    assert [row[1] for row in page.sheet.rows[:3]] == [EARLY, ON_THE_DAY, UNDATED]


@pytest.mark.parametrize("rows", [[], [Revision(), Revision(changes="  ")]],
                         ids=["none", "empty rows"])
def test_without_revisions_nothing_is_printed_of_them(rows: list[Revision]) -> None:
    doc = revised("ru")
    doc.revisions = rows
    page = printed.build(doc)
    assert page.revisions is None and page.sheet.revision is None
    md = markdown.render(doc)
    assert "Лист регистрации изменений" not in md and "С изменением" not in md
    assert md.rstrip().endswith("| 5 |  |  |  |  |")  # the acknowledgement sheet ends it


def test_a_revision_numbers_by_its_place_among_the_revisions_printed() -> None:
    doc = revised("ru")
    doc.revisions[1].number = ""
    doc.revisions.insert(1, Revision())  # an empty row takes no number
    page = printed.build(doc)
    assert page.revisions is not None
    assert [row[0] for row in page.revisions.rows] == ["1", "2"]
    assert page.sheet.revision is not None
    assert page.sheet.revision.heading == "С изменением № 2 от 15.03.2027 ознакомлен(ы):"


def test_an_undated_last_revision_leaves_its_date_blank_and_lists_everyone() -> None:
    doc = revised("en")
    doc.revisions[1].date = None
    page = printed.build(doc)
    assert page.sheet.revision is not None
    assert page.sheet.revision.heading == "Acknowledged revision No. 2а of ____-__-__:"
    assert [row[1] for row in page.sheet.revision.rows[:3]] == [EARLY, ON_THE_DAY, UNDATED]
    assert page.revisions is not None and page.revisions.rows[1][2] == ""


def test_the_block_keeps_the_passport_column_of_the_sheet() -> None:
    doc = revised("ru")
    doc.acknowledged[0].passport = "4510 123456"
    page = printed.build(doc)
    assert page.sheet.revision is not None
    assert len(page.sheet.columns) == 6
    assert page.sheet.revision.rows[0][1:] == [EARLY, "Менеджер по продажам", "",
                                               "4510 123456", ""]
    assert all(len(row) == 6 for row in page.sheet.revision.rows)


# --- Markdown ---------------------------------------------------------------------------


def md_tables(md: str) -> list[list[list[str]]]:
    """Each table of the Markdown, as a reader sees its cells (header row first)."""
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    for token in PARSER.parse(md):
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(token.content)
        elif token.type == "tr_close" and row is not None:
            tables[-1].append([PARSER.renderInline(c).strip() for c in row])
            row = None
    return tables


@pytest.mark.parametrize("lang", PRESETS)
def test_markdown_prints_the_change_sheet_last_as_a_table(lang: str) -> None:
    md = markdown.render(revised(lang))
    heading, table = md.rstrip().split("\n\n")[-2:]
    assert heading == f"## {SHEET_TITLES[lang]}"
    assert md.index(heading) > md.index("## " + printed.build(revised(lang)).sheet.title)
    assert md_tables(table) == [[COLUMNS[lang], *ROWS[lang]]]


@pytest.mark.parametrize("lang", PRESETS)
def test_markdown_prints_the_revision_block_under_the_acknowledgement_table(lang: str) -> None:
    doc = revised(lang)
    md = markdown.render(doc)
    sheet = printed.build(doc).sheet
    ack = md[md.index(f"## {sheet.title}"):md.index(f"## {SHEET_TITLES[lang]}")]
    blocks = ack.strip().split("\n\n")
    assert len(blocks) == 5  # heading, lead, the table, the revision's heading, its table
    assert PARSER.renderInline(blocks[3]) == HEADINGS[lang]
    tables = md_tables(ack)
    assert [len(t) for t in tables] == [1 + 3 + 2, 1 + 4]
    assert tables[0][0] == tables[1][0] == sheet.columns


def test_markdown_escapes_the_revisions_text() -> None:
    doc = revised("en")
    doc.revisions[0].changes = "| a | *b* # c"
    doc.revisions[0].basis = "<script>"
    *_, changes = md_tables(markdown.render(doc))
    assert changes[1][1:] == ["| a | *b* # c", "2027-01-15", "&lt;script&gt;"]


def test_a_blank_revision_date_opens_no_emphasis() -> None:
    doc = revised("ru")
    doc.revisions[1].date = None
    md = markdown.render(doc)
    assert "em_open" not in [c.type for t in PARSER.parse(md) for c in t.children or []]
    assert "С изменением № 2а от __.__.____ ознакомлен(ы):" in PARSER.render(md)


# --- DOCX ---------------------------------------------------------------------------------


def docx_of(doc: Document) -> DocxDocument:
    return docx.Document(io.BytesIO(docx_writer.render(printed.build(doc))))


def cells(table: Table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


@pytest.mark.parametrize("lang", PRESETS)
def test_the_docx_change_sheet_is_a_table_on_a_page_of_its_own(lang: str) -> None:
    items = list(docx_of(revised(lang)).iter_inner_content())
    title, table = items[-2:]
    assert isinstance(title, Paragraph) and title.text == SHEET_TITLES[lang]
    assert title.paragraph_format.page_break_before and title.runs[0].bold
    assert isinstance(table, Table)
    assert cells(table) == [COLUMNS[lang], *ROWS[lang]]
    widths = [w for w in (c.width for c in table.columns) if w is not None]
    assert len(widths) == 4 and widths[1] == max(widths)  # the changes take the room
    # The text width, but for the rounding of millimetres to the twips Word stores.
    assert abs(sum(widths) - docx_writer.TEXT_WIDTH) < Mm(0.1)


@pytest.mark.parametrize("lang", PRESETS)
def test_the_docx_revision_block_follows_the_acknowledgement_table(lang: str) -> None:
    doc = revised(lang)
    sheet = printed.build(doc).sheet
    items = list(docx_of(doc).iter_inner_content())
    start = next(i for i, item in enumerate(items)
                 if isinstance(item, Paragraph) and item.text == sheet.title)
    _, _, ack, heading, block = items[start:start + 5]
    assert isinstance(ack, Table) and isinstance(block, Table)
    assert cells(ack)[1][1] == EARLY and len(ack.rows) == 1 + 3 + 2
    assert isinstance(heading, Paragraph) and heading.text == HEADINGS[lang]
    assert heading.paragraph_format.keep_with_next
    assert cells(block) == [sheet.columns, *block_rows(lang)]
    assert [c.width for c in block.columns] == [c.width for c in ack.columns]


def test_the_docx_has_no_change_sheet_without_revisions() -> None:
    d = docx_of(presets.new_document("sales-manager-ru"))
    texts = [p.text for p in d.paragraphs]
    assert "Лист регистрации изменений" not in texts
    assert not [t for t in texts if t.startswith("С изменением")]
    assert len(d.tables) == 2  # the stamp and the acknowledgement sheet


# --- PDF ----------------------------------------------------------------------------------


def flat(text: str) -> str:
    return re.sub(r"-\s+", "-", " ".join(text.split()))


@pytest.fixture(scope="module")
def pdf_pages() -> dict[str, list[str]]:
    """Each language's revised document as PDF, each page's text (compiled once)."""
    out = {}
    for lang in PRESETS:
        reader = PdfReader(io.BytesIO(pdf.render(printed.build(revised(lang)))))
        out[lang] = [flat(page.extract_text()) for page in reader.pages]
    return out


@pytest.mark.parametrize("lang", PRESETS)
def test_the_pdf_change_sheet_is_the_last_page(lang: str, pdf_pages: dict[str, list[str]]) -> None:
    pages = pdf_pages[lang]
    where = [i for i, page in enumerate(pages) if SHEET_TITLES[lang] in page]
    assert where == [len(pages) - 1]
    last = pages[-1]
    ack_title = printed.build(revised(lang)).sheet.title
    assert ack_title not in last and ack_title in pages[-2]
    assert flat(" ".join(COLUMNS[lang])) in last
    for row in ROWS[lang]:
        assert flat(" ".join(row)) in last, row
    assert last.index(ROWS[lang][0][1]) < last.index(ROWS[lang][1][1])


@pytest.mark.parametrize("lang", PRESETS)
def test_the_pdf_revision_block_is_on_the_acknowledgement_sheet(
        lang: str, pdf_pages: dict[str, list[str]]) -> None:
    sheet = printed.build(revised(lang)).sheet
    page = pdf_pages[lang][-2]
    heading = flat(HEADINGS[lang])
    assert page.index(sheet.title) < page.index(ON_THE_DAY) < page.index(heading)
    block = page[page.index(heading):]
    assert block.startswith(f"{heading} {flat(' '.join(sheet.columns))} 1 {EARLY}")
    assert f"2 {UNDATED}" in block and ON_THE_DAY not in block
    assert re.search(r" 3 4$", block)  # the two blank rows


def test_the_pdf_has_no_change_sheet_without_revisions() -> None:
    doc = presets.new_document("sales-manager")
    reader = PdfReader(io.BytesIO(pdf.render(printed.build(doc))))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Revision history" not in text and "Acknowledged revision" not in text
    assert "Acknowledgement sheet" in reader.pages[-1].extract_text()


@given(st.lists(revisions, min_size=1, max_size=3),
       st.lists(st.builds(Acknowledgement, name=text, date=dates), max_size=3))
@settings(max_examples=25, deadline=None)
def test_any_revisions_print_every_value_in_the_docx(rows: list[Revision],
                                                     employees: list[Acknowledgement]) -> None:
    doc = revised("en")
    doc.revisions, doc.acknowledged = rows, employees
    lines = printed.build(doc)
    assert (lines.revisions is None) == all(r.is_empty for r in rows)
    text = "\n".join(all_texts(docx.Document(io.BytesIO(docx_writer.render(lines)))))
    assert [v for v in values(lines) if v not in text] == []
