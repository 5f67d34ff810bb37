"""Document -> Markdown (CommonMark, with one GFM table for the acknowledgement sheet).

All user text goes through mdtext.escape, so it can never change the structure: the
blocks of the output depend only on which values are present, never on what they say.
"""

from __future__ import annotations

from datetime import date

from jdwizard.locale import format_date, phrase
from jdwizard.model import Acknowledgement, Document, Signature
from jdwizard.output.layout import Clause, GroupHeading, Section, build_sections, sentence
from jdwizard.output.mdtext import escape
from jdwizard.safetext import without_controls

BLANK = "______________"
"""A line to fill in by hand. Followed by a space, it can never open emphasis."""
BLANK_ACK_ROWS = 3


def render(doc: Document, language: str | None = None) -> str:
    """The finished document; language overrides the document's own."""
    lang = language or doc.language
    blocks = [_approval(doc, lang), *_title(doc, lang)]
    for number, section in enumerate(build_sections(doc, lang), 1):
        blocks.extend(_section(number, section))
    if _has_author(doc.author):
        blocks.append(_signature_block(phrase(lang, "developed_by"), doc.author, lang))
    blocks.extend(_signature_block(phrase(lang, "agreed"), s, lang) for s in doc.agreed)
    blocks.extend(_acknowledgement(doc.acknowledged, lang))
    # A control character pasted into a value is nothing a printed document can show,
    # and sent to a terminal (render --stdout) it could act on it.
    return without_controls("\n\n".join(blocks) + "\n")


def _lines(*lines: str) -> str:
    """Lines of one paragraph, joined by hard line breaks."""
    return "\\\n".join(lines)


def _approval(doc: Document, lang: str) -> str:
    s = doc.approval
    lines = [f"**{phrase(lang, 'approved')}**", _or_blank(s.position, lang, "position")]
    if doc.organization.name:
        lines.append(escape(doc.organization.name))
    lines.append(f"{BLANK} {_or_blank(s.name, lang, 'name')}")
    lines.append(_date_line(s.date, lang))
    return _lines(*lines)


def _or_blank(value: str, lang: str, what: str) -> str:
    if value.strip():
        return escape(value)
    hint = {"en": {"position": "(position)", "name": "(full name)"},
            "ru": {"position": "(должность)", "name": "(фамилия, инициалы)"}}
    return f"{BLANK} {hint.get(lang, hint['en'])[what]}"


def _date_line(value: date | None, lang: str) -> str:
    shown = format_date(lang, value) if value else BLANK
    return f"{phrase(lang, 'date')}: {shown}"


def _title(doc: Document, lang: str) -> list[str]:
    info, org = doc.document, doc.organization
    fields = [
        ("position", doc.position.title),
        ("organization", org.name),
        ("department", org.department),
        ("number", info.number),
        ("place", info.place),
        ("effective_date", format_date(lang, info.effective_date) if info.effective_date else ""),
        ("status", phrase(lang, f"status.{info.status}") if info.status else ""),
    ]
    lines = [f"**{phrase(lang, key)}:** {escape(value)}" for key, value in fields if value.strip()]
    blocks = [f"# {phrase(lang, 'title')}"]
    if lines:
        blocks.append(_lines(*lines))
    if info.basis.strip():
        blocks.append(escape(sentence(info.basis)))
    return blocks


def _section(number: int, section: Section) -> list[str]:
    blocks = [f"## {number}. {escape(section.title)}"]
    if section.lead:
        blocks.append(escape(section.lead))
    clause_no = 0
    for entry in section.entries:
        if isinstance(entry, GroupHeading):
            blocks.append(f"### {escape(entry.text)}")
            continue
        clause_no += 1
        blocks.extend(_clause(f"{number}.{clause_no}.", entry))
    return blocks


def _clause(number: str, clause: Clause) -> list[str]:
    text = f"{number} {escape(clause.text)}".rstrip()
    if clause.note:
        text += f" ({escape(clause.note)})"
    if not clause.bullets:
        return [text]
    return [text, "\n".join(f"- {escape(item)}" for item in clause.bullets)]


def _has_author(author: Signature) -> bool:
    return bool(author.position.strip() or author.name.strip() or author.date)


def _signature_block(heading: str, s: Signature, lang: str) -> str:
    return _lines(
        f"**{heading}:**",
        _or_blank(s.position, lang, "position"),
        f"{BLANK} {_or_blank(s.name, lang, 'name')}",
        _date_line(s.date, lang),
    )


def _acknowledgement(rows: list[Acknowledgement], lang: str) -> list[str]:
    def p(key: str) -> str:
        return phrase(lang, f"ack.{key}")

    with_passport = any(r.passport.strip() for r in rows)
    columns = ["no", "name", "date", *(["passport"] if with_passport else []), "signature"]
    table = [_row([p(c) for c in columns]), _row(["---"] * len(columns))]
    filled = rows or [Acknowledgement() for _ in range(BLANK_ACK_ROWS)]
    for i, r in enumerate(filled, 1):
        cells = [str(i), escape(r.name), format_date(lang, r.date) if r.date else ""]
        if with_passport:
            cells.append(escape(r.passport))
        table.append(_row([*cells, ""]))
    return [f"## {p('title')}", escape(p("lead")), "\n".join(table)]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
