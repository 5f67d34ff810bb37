"""The document as it is printed and signed: every line of the DOCX and the PDF, as text.

Both writers take this and add only the look (fonts, alignment, page breaks, rules to
sign on), so that a clause cannot be in one and not the other, and the numbering is the
Markdown's, from the same layout. Text here is plain: nothing in it is markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from jdwizard.locale import format_date, phrase, short_date
from jdwizard.model import (
    Acknowledgement,
    Approval,
    Document,
    NumberedRevision,
    Signature,
    acknowledged_before,
    current_revision,
    numbered_revisions,
)
from jdwizard.names import transcript
from jdwizard.output.layout import Clause, GroupHeading, Section, build_sections, sentence
from jdwizard.output.mdtext import normalize

BLANK_ROWS = 5
"""Empty rows the acknowledgement sheet has after the employees named, unless the file
says otherwise (document.blank_rows): for those who take up the position later."""


@dataclass
class SignatureBlock:
    heading: str
    """УТВЕРЖДАЮ, СОГЛАСОВАНО, Разработана (APPROVED, AGREED, Developed by): no colon."""
    lines: list[str]
    """What stands above the signature: the position, the organization; "" is a blank."""
    signer: str
    """The name to print after the signature line; "" is a blank with its hint."""
    date: str
    """The date, or the blank to fill it in by hand."""
    order: str = ""
    """Approval by an order: the sentence that stands instead of signature and date."""


@dataclass
class PrintedClause:
    number: str
    """ "3.1."; "" for a duty group's sub-heading."""
    text: str
    bullets: list[str] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        return not self.number


@dataclass
class PrintedSection:
    number: str
    title: str
    lead: str
    clauses: list[PrintedClause]


@dataclass
class RevisionBlock:
    """Under the acknowledgement sheet's table, when the file has revisions: who signs
    for the revision in force, in a table of the sheet's columns."""

    heading: str
    """«С изменением № 2 от 15.03.2027 ознакомлен(ы):»"""
    rows: list[list[str]]
    """A row for each employee whose signature above predates the revision, the date and
    signature left blank, then the blank rows; numbered from 1."""


@dataclass
class Sheet:
    """The acknowledgement sheet: a table every employee signs, on a page of its own."""

    title: str
    lead: str
    columns: list[str]
    keys: list[str]
    """What each column holds: no, name, position, date, passport, signature."""
    rows: list[list[str]]
    """One row per employee named, then the blank rows; the last column is signed in."""
    revision: RevisionBlock | None = None
    """The block for the revision in force; None when the file has no revisions."""


@dataclass
class RevisionSheet:
    """The change sheet («Лист регистрации изменений»), after the acknowledgement sheet on
    a page of its own: a row per revision, oldest first."""

    title: str
    columns: list[str]
    keys: list[str]
    """What each column holds: no, changes, date, basis."""
    rows: list[list[str]]


@dataclass
class Printed:
    language: str
    mark: str
    """ПРОЕКТ (DRAFT) on a draft; "" otherwise."""
    stamp: SignatureBlock
    organization: str
    department: str
    kind: str
    """The document type: ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ (JOB DESCRIPTION)."""
    date: str
    number: str
    """The registration number, with its sign: «№ 12»; "" when the file has none."""
    place: str
    position: str
    """The position under the document type: in the genitive in Russian («менеджера по
    продажам», after «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ»), the title as written in English."""
    basis: str
    sections: list[PrintedSection]
    signatures: list[SignatureBlock]
    sheet: Sheet
    revisions: RevisionSheet | None
    """The change sheet; None when the file has no revisions (nothing is printed then)."""
    hints: dict[str, str]
    """The words under a blank: signature, name, position."""


def build(doc: Document, language: str | None = None) -> Printed:
    lang = language or doc.language
    info, org = doc.document, doc.organization
    return Printed(
        language=lang,
        mark=phrase(lang, "draft_mark") if info.status == "draft" else "",
        stamp=stamp(doc.approval, org.name, lang),
        organization=normalize(org.name),
        department=normalize(org.department),
        kind=phrase(lang, "title").upper(),
        date=format_date(lang, info.effective_date) if info.effective_date else "",
        number=f"{phrase(lang, 'number_sign')} {normalize(info.number)}"
        if info.number.strip() else "",
        place=normalize(info.place),
        position=heading_position(doc, lang),
        basis=sentence(info.basis) if info.basis.strip() else "",
        sections=[_section(n, s) for n, s in enumerate(build_sections(doc, lang), 1)],
        signatures=signatures(doc, lang),
        sheet=sheet(doc, lang),
        revisions=revision_sheet(doc, lang),
        hints={key: phrase(lang, f"hint.{key}") for key in ("signature", "name", "position")},
    )


def heading_position(doc: Document, lang: str) -> str:
    """The position as the heading names it: «менеджера по продажам» in Russian, from
    jdwizard.morphology (which loads pymorphy3: only a Russian heading needs it)."""
    if lang != "ru" or not doc.position.title.strip():
        return normalize(doc.position.title)
    from jdwizard import morphology

    return morphology.title_in_genitive(doc)


def signer(name: str, lang: str) -> str:
    """How a signature block prints a name: «И.И. Иванов» in Russian, as written else."""
    name = normalize(name)
    return transcript(name) if lang == "ru" else name


def date_or_blank(value: date | None, lang: str) -> str:
    return format_date(lang, value) if value else phrase(lang, "blank_date")


def stamp(approval: Approval, organization: str, lang: str) -> SignatureBlock:
    """The approval stamp, top right: by the approver's signature, or by an order."""
    org = normalize(organization)
    if approval.by_order:
        key = "by_order" if org else "by_order_no_org"
        order = phrase(lang, key).format(
            organization=org, number=normalize(approval.order_number) or "____",
            date=date_or_blank(approval.order_date, lang))
        return SignatureBlock(phrase(lang, "approved_by_order"), [], "", "", order=order)
    lines = [normalize(approval.position)]
    if org:
        lines.append(org)
    return SignatureBlock(phrase(lang, "approved"), lines, signer(approval.name, lang),
                          date_or_blank(approval.date, lang))


def signatures(doc: Document, lang: str) -> list[SignatureBlock]:
    """The author's block, if the file names one, then each agreement block."""
    blocks = []
    if has_signer(doc.author):
        blocks.append(_block(phrase(lang, "developed_by"), doc.author, lang))
    blocks.extend(_block(phrase(lang, "agreed"), s, lang) for s in doc.agreed)
    return blocks


def has_signer(s: Signature) -> bool:
    return bool(s.position.strip() or s.name.strip() or s.date)


def _block(heading: str, s: Signature, lang: str) -> SignatureBlock:
    return SignatureBlock(heading, [normalize(s.position)], signer(s.name, lang),
                          date_or_blank(s.date, lang))


def _section(number: int, section: Section) -> PrintedSection:
    clauses: list[PrintedClause] = []
    count = 0
    for entry in section.entries:
        if isinstance(entry, GroupHeading):
            clauses.append(PrintedClause("", normalize(entry.text)))
            continue
        count += 1
        clauses.append(_clause(f"{number}.{count}.", entry))
    return PrintedSection(f"{number}.", section.title, normalize(section.lead), clauses)


def _clause(number: str, clause: Clause) -> PrintedClause:
    text = normalize(clause.text)
    if clause.note:
        text += f" ({normalize(clause.note)})"
    return PrintedClause(number, text, [normalize(b) for b in clause.bullets])


def sheet(doc: Document, lang: str) -> Sheet:
    def p(key: str) -> str:
        return phrase(lang, f"ack.{key}")

    named = [r for r in doc.acknowledged if has_employee(r)]
    with_passport = any(r.passport.strip() for r in named)
    columns = ["no", "name", "position", "date", *(["passport"] * with_passport), "signature"]
    title = normalize(doc.position.title)
    rows = [_employee_row(r, title, lang, with_passport) for r in named]
    blank = doc.document.blank_rows
    blanks = [[""] * (len(columns) - 1) for _ in range(BLANK_ROWS if blank is None else blank)]
    current = current_revision(doc)
    revision = None
    if current:
        again = [_employee_row(r, title, lang, with_passport, dated=False)
                 for r in named if acknowledged_before(r, current.revision)]
        revision = RevisionBlock(_revision_heading(current, lang), _numbered([*again, *blanks]))
    return Sheet(p("title"), p("lead"), [p(c) for c in columns], columns,
                 _numbered([*rows, *blanks]), revision)


def _numbered(rows: list[list[str]]) -> list[list[str]]:
    return [[str(i), *row] for i, row in enumerate(rows, 1)]


def _revision_heading(current: NumberedRevision, lang: str) -> str:
    when = current.revision.date
    return phrase(lang, "ack.revision").format(
        number=normalize(current.number),
        date=short_date(lang, when) if when else phrase(lang, "blank_short_date"))


def has_employee(row: Acknowledgement) -> bool:
    return not row.is_empty


def _employee_row(r: Acknowledgement, title: str, lang: str, with_passport: bool,
                  dated: bool = True) -> list[str]:
    # The full name, never a transcript: the sheet says who signed. Undated, the row of
    # the revision block: the employee writes the date as they sign.
    cells = [normalize(r.name), title, format_date(lang, r.date) if r.date and dated else ""]
    if with_passport:
        cells.append(normalize(r.passport))
    return [*cells, ""]


def revision_sheet(doc: Document, lang: str) -> RevisionSheet | None:
    """The change sheet, or None when the file records no revision."""
    numbered = numbered_revisions(doc.revisions)
    if not numbered:
        return None
    keys = ["no", "changes", "date", "basis"]
    rows = [[normalize(n.number), normalize(n.revision.changes),
             short_date(lang, n.revision.date) if n.revision.date else "",
             normalize(n.revision.basis)] for n in numbered]
    return RevisionSheet(phrase(lang, "rev.title"), [phrase(lang, f"rev.{k}") for k in keys],
                         keys, rows)
