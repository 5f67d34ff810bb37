"""The document to sign, as an editable DOCX: the lines of `printed`, laid out as the classic form.

Every word comes from `printed.build`; this module adds only the look: A4 with the
ГОСТ Р 7.0.97 margins, Times New Roman, the approval stamp top right, rules to sign on,
page numbers from page 2, and the acknowledgement sheet on a page of its own. Text goes
into runs as it is (python-docx escapes it for XML), so nothing in a value is markup.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from typing import Final, TypeAlias

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length, Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from jdwizard.output.printed import (
    Printed,
    PrintedClause,
    PrintedSection,
    RevisionSheet,
    Sheet,
    SignatureBlock,
)

Container: TypeAlias = DocxDocument | _Cell
"""Where paragraphs go: the body, or a table cell (the stamp)."""

FONT: Final = "Times New Roman"
SIZE: Final = Pt(12)
HINT_SIZE: Final = Pt(8)
PAGE_WIDTH: Final = Mm(210)
PAGE_HEIGHT: Final = Mm(297)
MARGIN: Final = Mm(20)
RIGHT_MARGIN: Final = Mm(10)
TEXT_WIDTH: Final = Length(PAGE_WIDTH - MARGIN - RIGHT_MARGIN)
INDENT: Final = Mm(12.5)
"""The paragraph indent of ГОСТ Р 7.0.97 (1.25 cm): clauses, sub-headings, dashes."""
DASH_TEXT: Final = Mm(17.5)
"""Where a dashed line's text starts, the dash hanging at INDENT."""
STAMP_WIDTH: Final = Mm(80)
GAP: Final = Pt(12)
"""Space between the blocks of the page: stamp, title, sections, signatures."""

SIGN_LINE: Final = "_" * 14
"""The rule to sign on; a blank name is the same rule."""
POSITION_LINE: Final = "_" * 30
"""A position not yet known: a longer rule, with its hint under it."""
UNDERSCORE: Final = Pt(6)
SPACE: Final = Pt(3)
"""Advances of "_" (0.5 em) and " " (0.25 em) in Times New Roman at 12 pt (and in its
metric twins): they put a hint's centre tab under the middle of its rule."""

ROW_HEIGHT: Final = Mm(10)
"""The least height of a sheet row: enough to sign in by hand."""
NO_WIDTH: Final = Mm(10)
SIGNATURE_WIDTH: Final = Mm(35)
MIN_WIDTH: Final = Mm(22)
REVISION_NO_WIDTH: Final = Mm(18)
"""The change sheet's number column: «№ п/п» on one line."""
REVISION_DATE_WIDTH: Final = Mm(30)
"""The change sheet's date column: 15.03.2027 on one line."""
REVISION_BASIS_WIDTH: Final = Mm(60)
"""The order that approved it: «Приказ от 15.03.2027 № 12» on one line."""

CLAUSE: Final = "Clause"
"""Running text: justified, with the paragraph indent (clauses, the basis, leads)."""
DASH: Final = "Clause list"
SECTION: Final = "Section heading"
GROUP: Final = "Duty group"
HINT: Final = "Blank hint"
"""The styles of what repeats: an HR officer restyles every clause at once in Word, and the
file carries one w:pStyle per paragraph rather than the same formatting hundreds of times."""

LANGUAGE_TAGS: Final = {"ru": "ru-RU", "en": "en-US"}
"""For Word's spelling and hyphenation; en-US as the English text follows US practice."""

_NOT_XML: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""What XML 1.0 cannot hold at all (U+FFFE, U+FFFF, lone surrogates): python-docx would
raise on it. Controls are gone already (printed normalizes); these are all that is left."""


def render(printed: Printed) -> bytes:
    """The .docx file's bytes."""
    doc = docx.Document()
    _page(doc)
    _styles(doc, printed.language)
    _own_styles(doc)
    _page_numbers(doc)
    _properties(doc, printed)
    _mark(doc, printed.mark)
    _stamp(doc, printed)
    _title(doc, printed)
    for section in printed.sections:
        _section(doc, section)
    for block in printed.signatures:
        _signature(doc, block, printed.hints)
    _sheet(doc, printed.sheet)
    if printed.revisions:
        _revision_sheet(doc, printed.revisions)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# --- the page, the styles, the file -------------------------------------------------


def _page(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin = section.bottom_margin = section.left_margin = MARGIN
    section.right_margin = RIGHT_MARGIN


def _styles(doc: DocxDocument, language: str) -> None:
    """Times New Roman 12 pt, single spaced, in every script, in the language of the text."""
    normal = doc.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name, normal.font.size = FONT, SIZE
    _fonts(normal.element.get_or_add_rPr())
    paragraph = normal.paragraph_format
    paragraph.space_before = paragraph.space_after = Pt(0)
    paragraph.line_spacing = 1.0
    paragraph.widow_control = True
    _defaults(doc, language)


def _defaults(doc: DocxDocument, language: str) -> None:
    """The template's run defaults name theme fonts (Calibri) at 11 pt in American English,
    and a style not based on Normal would take them: make them ours too."""
    rpr = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    _fonts(rpr)
    for tag in ("w:sz", "w:szCs"):
        size = rpr.find(qn(tag))
        if size is not None:
            size.set(qn("w:val"), str(round(SIZE.pt * 2)))  # in half-points
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), LANGUAGE_TAGS.get(language, language))


def _fonts(rpr: BaseOxmlElement) -> None:
    """Name FONT for Latin, Cyrillic (hAnsi), East Asian and complex scripts alike; a theme
    attribute would override the name, so none is left."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT)


def _own_styles(doc: DocxDocument) -> None:
    clause = _new_style(doc, CLAUSE)
    clause.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    clause.paragraph_format.first_line_indent = INDENT
    dash = _new_style(doc, DASH, base=clause)
    # The dash hangs at the paragraph indent; wrapped lines align on the text after it.
    dash.paragraph_format.left_indent = DASH_TEXT
    dash.paragraph_format.first_line_indent = Length(INDENT - DASH_TEXT)
    dash.paragraph_format.tab_stops.add_tab_stop(DASH_TEXT)
    section = _new_style(doc, SECTION)
    section.font.bold = True
    section.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    section.paragraph_format.space_before, section.paragraph_format.space_after = GAP, Pt(6)
    section.paragraph_format.keep_with_next = True
    group = _new_style(doc, GROUP)
    # A duty group: its sub-heading stays with the first duty under it.
    group.font.bold = group.font.italic = True
    group.paragraph_format.first_line_indent = INDENT
    group.paragraph_format.space_before = Pt(6)
    group.paragraph_format.keep_with_next = True
    _new_style(doc, HINT).font.size = HINT_SIZE


def _new_style(doc: DocxDocument, name: str, base: ParagraphStyle | None = None) -> ParagraphStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(style, ParagraphStyle)
    style.style_id = _style_id(name)
    normal = doc.styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    style.base_style = base or normal
    style.quick_style = True
    return style


def _style_id(name: str) -> str:
    return name.replace(" ", "")


def _page_numbers(doc: DocxDocument) -> None:
    """A page number centred at the top of page 2 onwards (ГОСТ Р 7.0.97, 6.5)."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    # An empty first-page header of its own, rather than whatever a reader inherits.
    section.first_page_header.is_linked_to_previous = False
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(paragraph, "PAGE", "2")


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A field Word computes as it lays out the page; `shown` stands until it does."""
    paragraph.add_run()._r.append(_field_char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(_field_char("separate"))
    paragraph.add_run(shown)
    paragraph.add_run()._r.append(_field_char("end"))


def _field_char(kind: str) -> BaseOxmlElement:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    return char


def _properties(doc: DocxDocument, printed: Printed) -> None:
    """File properties: the template's own (author "python-docx", 2013) would show."""
    props = doc.core_properties
    props.title = _xml(" ".join(t for t in (printed.kind, printed.position) if t))
    props.author = props.last_modified_by = props.comments = ""
    props.language = LANGUAGE_TAGS.get(printed.language, printed.language)
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    props.revision = 1
    # The template's preview picture is not of this document, yet file browsers show it.
    rels = doc.part.package.rels
    for rid in [rid for rid, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[rid]


# --- paragraphs ---------------------------------------------------------------------


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _paragraph(container: Container, text: str = "", *, style: str | None = None,
               align: WD_ALIGN_PARAGRAPH | None = None, bold: bool = False,
               italic: bool = False) -> Paragraph:
    paragraph = container.add_paragraph()
    if style:
        # The id set directly: python-docx looks a style up by name in every call, which
        # took most of the time of a long document.
        paragraph._p.get_or_add_pPr().style = _style_id(style)
    # Only what differs from the style is written: no empty w:pPr, w:rPr nor "off" flags.
    if text:
        run = _run(paragraph, text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _run(paragraph: Paragraph, text: str) -> Run:
    """A run of `text`, a tab as w:tab. Built here, not by Run.text, which adds the text
    one character at a time: most of the time of a long document went there."""
    run = paragraph.add_run()
    for index, piece in enumerate(_xml(text).split("\t")):
        if index:
            run._r.add_tab()
        if piece:
            run._r.add_t(piece)
    return run


def _justified(container: Container, text: str) -> Paragraph:
    return _paragraph(container, text, style=CLAUSE)


def _hints(container: Container, hints: list[tuple[str, Length]]) -> Paragraph:
    """Small words under a blank rule, each centred under its rule at the given offset."""
    paragraph = _paragraph(container, "".join(f"\t{hint}" for hint, _ in hints), style=HINT)
    for _, centre in hints:
        paragraph.paragraph_format.tab_stops.add_tab_stop(centre, WD_TAB_ALIGNMENT.CENTER)
    return paragraph


def _keep_together(paragraphs: list[Paragraph]) -> None:
    """The paragraphs on one page: each keeps with the next, the last ends the group."""
    for paragraph in paragraphs:
        paragraph.paragraph_format.keep_together = True
    for paragraph in paragraphs[:-1]:
        paragraph.paragraph_format.keep_with_next = True


# --- the head of the document -------------------------------------------------------


def _mark(doc: DocxDocument, mark: str) -> None:
    """ПРОЕКТ / DRAFT above everything, so nobody signs a draft by mistake."""
    if mark:
        paragraph = _paragraph(doc, mark, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        paragraph.paragraph_format.space_after = GAP


def _stamp(doc: DocxDocument, printed: Printed) -> None:
    """УТВЕРЖДАЮ top right: a borderless table whose right column holds the stamp, so its
    lines start flush left inside the column as the form has them (right-aligned lines of
    different lengths would not)."""
    table = doc.add_table(rows=1, cols=2)
    _widths(table, [Length(TEXT_WIDTH - STAMP_WIDTH), STAMP_WIDTH])
    _signature_block(table.cell(0, 1), printed.stamp, printed.hints)


def _title(doc: DocxDocument, printed: Printed) -> None:
    """Organization, document type, requisites and position heading centred, in bold but
    the department and requisites; then the basis as running text."""
    centre = WD_ALIGN_PARAGRAPH.CENTER
    if printed.organization:
        organization = _paragraph(doc, printed.organization, align=centre, bold=True)
        organization.paragraph_format.space_before = GAP
    if printed.department:
        _paragraph(doc, printed.department, align=centre)
    kind = _paragraph(doc, printed.kind, align=centre, bold=True)
    kind.paragraph_format.space_before = GAP
    _requisites(doc, printed)
    position = _paragraph(doc, printed.position, align=centre, bold=True)
    position.paragraph_format.space_before = position.paragraph_format.space_after = GAP
    if printed.basis:
        _justified(doc, printed.basis)


def _requisites(doc: DocxDocument, printed: Printed) -> None:
    """The date at the left and the number at the right of one line, the place under them:
    the requisites of ГОСТ Р 7.0.97 in their places, not labelled lines."""
    if printed.date or printed.number:
        # With no number the date stands alone; with no date the number keeps its place.
        line = _paragraph(doc, f"{printed.date}\t{printed.number}" if printed.number
                          else printed.date)
        line.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
        line.paragraph_format.space_before = GAP
    if printed.place:
        _paragraph(doc, printed.place, align=WD_ALIGN_PARAGRAPH.CENTER)


# --- sections -----------------------------------------------------------------------


def _section(doc: DocxDocument, section: PrintedSection) -> None:
    _paragraph(doc, f"{section.number} {section.title}", style=SECTION)
    if section.lead:
        _justified(doc, section.lead)
    for clause in section.clauses:
        _clause(doc, clause)


def _clause(doc: DocxDocument, clause: PrintedClause) -> None:
    if clause.is_heading:
        _paragraph(doc, clause.text, style=GROUP)
        return
    paragraph = _justified(doc, f"{clause.number} {clause.text}")
    if clause.bullets:
        # A clause that leads in its list ("Необходимые знания:") keeps with its first line.
        paragraph.paragraph_format.keep_with_next = True
    for bullet in clause.bullets:
        _paragraph(doc, f"–\t{bullet}", style=DASH)


# --- signatures ---------------------------------------------------------------------


def _signature(doc: DocxDocument, block: SignatureBlock, hints: dict[str, str]) -> None:
    """An author's or agreement block at the left, kept on one page."""
    paragraphs = _signature_block(doc, block, hints)
    paragraphs[0].paragraph_format.space_before = Pt(18)
    _keep_together(paragraphs)


def _signature_block(container: Container, block: SignatureBlock,
                     hints: dict[str, str]) -> list[Paragraph]:
    """Heading, the lines above the signature, the signature and the name, the date; or,
    for approval by an order, the heading and the order's sentence."""
    paragraphs = [_heading(container, block.heading)]
    if block.order:
        paragraphs.append(_paragraph(container, block.order))
        return paragraphs
    for line in block.lines:
        paragraphs.extend(_line_or_blank(container, line, hints))
    paragraphs.extend(_signature_line(container, block.signer, hints))
    paragraphs.append(_paragraph(container, block.date))
    return paragraphs


def _heading(container: Container, text: str) -> Paragraph:
    """The block's heading in bold; a new cell's own empty paragraph takes it."""
    if isinstance(container, _Cell):
        paragraphs: list[Paragraph] = container.paragraphs
        if len(paragraphs) == 1 and not paragraphs[0].runs:
            _run(paragraphs[0], text).bold = True
            return paragraphs[0]
    return _paragraph(container, text, bold=True)


def _line_or_blank(container: Container, line: str, hints: dict[str, str]) -> list[Paragraph]:
    if line:
        return [_paragraph(container, line)]
    centre = UNDERSCORE * len(POSITION_LINE) // 2
    return [_paragraph(container, POSITION_LINE),
            _hints(container, [(hints["position"], Length(centre))])]


def _signature_line(container: Container, signer: str, hints: dict[str, str]) -> list[Paragraph]:
    """«______________ И.И. Иванов»; with no name, two rules and their hints under them."""
    if signer:
        return [_paragraph(container, f"{SIGN_LINE} {signer}")]
    rule = UNDERSCORE * len(SIGN_LINE)
    return [_paragraph(container, f"{SIGN_LINE} {SIGN_LINE}"),
            _hints(container, [(hints["signature"], Length(rule // 2)),
                               (hints["name"], Length(rule + SPACE + rule // 2))])]


# --- the acknowledgement sheet ------------------------------------------------------


def _sheet(doc: DocxDocument, sheet: Sheet) -> None:
    """On a new page: the title, the lead, and the table every employee signs in; then,
    when the file has revisions, the heading of the revision in force and its table."""
    _page_title(doc, sheet.title)
    if sheet.lead:
        lead = _justified(doc, sheet.lead)
        lead.paragraph_format.space_after = GAP
        lead.paragraph_format.keep_with_next = True
    widths = _column_widths(sheet)
    _table(doc, sheet.columns, sheet.rows, widths)
    if sheet.revision:
        heading = _paragraph(doc, sheet.revision.heading, bold=True)
        heading.paragraph_format.space_before = heading.paragraph_format.space_after = GAP
        heading.paragraph_format.keep_with_next = True
        # The sheet's widths: the two tables' columns stand one under the other.
        _table(doc, sheet.columns, sheet.revision.rows, widths)


def _revision_sheet(doc: DocxDocument, sheet: RevisionSheet) -> None:
    """The change sheet on a page of its own: the title and a row per revision."""
    _page_title(doc, sheet.title)
    rest = TEXT_WIDTH - REVISION_NO_WIDTH - REVISION_DATE_WIDTH - REVISION_BASIS_WIDTH
    _table(doc, sheet.columns, sheet.rows,
           [REVISION_NO_WIDTH, Length(rest), REVISION_DATE_WIDTH, REVISION_BASIS_WIDTH])


def _page_title(doc: DocxDocument, text: str) -> None:
    title = _paragraph(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    title.paragraph_format.page_break_before = True
    title.paragraph_format.space_after = GAP
    title.paragraph_format.keep_with_next = True


def _table(doc: DocxDocument, columns: list[str], rows: list[list[str]],
           widths: list[Length]) -> None:
    """A grid with its header row repeated on every page it runs onto."""
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    table.style = doc.styles["Table Grid"]
    cells = list(table.rows)
    for index, (row, texts) in enumerate(zip(cells, [columns, *rows], strict=True)):
        _sheet_row(row, texts, header=index == 0)
    _repeat_header(cells[0])
    _widths(table, widths)


def _sheet_row(row: _Row, cells: list[str], *, header: bool) -> None:
    """A row tall enough to sign in, never split across pages; № and header centred."""
    row.height, row.height_rule = ROW_HEIGHT, WD_ROW_HEIGHT_RULE.AT_LEAST
    _row_property(row, "w:cantSplit")
    for index, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        if text:
            run = _run(paragraph, text)
            if header:
                run.bold = True
        if header or index == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _repeat_header(row: _Row) -> None:
    """The header row again at the top of every page the sheet runs onto."""
    _row_property(row, "w:tblHeader")


def _row_property(row: _Row, tag: str) -> None:
    properties = row._tr.get_or_add_trPr()
    if properties.find(qn(tag)) is None:
        # w:trPr's children are a choice in any order: the first place is as good as any.
        properties.insert(0, OxmlElement(tag))


def _column_widths(sheet: Sheet) -> list[Length]:
    """№ narrow, the signature column wide; the columns between share what is left by the
    length of their longest text, none narrower than a handwritten date needs. The length
    counts up to 30 characters: a long passport entry wraps rather than squeeze the names."""
    rows = [*sheet.rows, *(sheet.revision.rows if sheet.revision else [])]
    middle = list(zip(*[sheet.columns[1:-1], *[row[1:-1] for row in rows]], strict=True))
    weights = [min(30, max(10, *(len(text) for text in column))) for column in middle]
    rest = TEXT_WIDTH - NO_WIDTH - SIGNATURE_WIDTH
    widths = [max(MIN_WIDTH, rest * w // sum(weights)) for w in weights]
    # The floors may overshoot: take the excess from the widest column.
    widest = widths.index(max(widths))
    widths[widest] -= sum(widths) - rest
    return [NO_WIDTH, *(Length(w) for w in widths), SIGNATURE_WIDTH]


def _widths(table: Table, widths: list[Length]) -> None:
    """Fixed column widths: Word reads the cells' widths, LibreOffice the grid's."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
