"""Document -> Markdown (CommonMark, with one GFM table for the acknowledgement sheet).

All user text goes through mdtext.escape, so it can never change the structure: the
blocks of the output depend only on which values are present, never on what they say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from jdwizard.locale import format_date, phrase
from jdwizard.model import Document
from jdwizard.output import printed
from jdwizard.output.layout import Clause, Entry, GroupHeading, Section, sections_as_made, sentence
from jdwizard.output.mdtext import escape
from jdwizard.safetext import without_controls

BLANK = "______________"
"""A line to fill in by hand. Followed by a space, it can never open emphasis."""


def render(doc: Document, language: str | None = None) -> str:
    """The finished document; language overrides the document's own."""
    lang = language or doc.language
    blocks = [_approval(doc, lang), *_title(doc, lang)]
    pieces: list[str] = []
    for number, (section, entries) in enumerate(sections_as_made(doc, lang), 1):
        for block in _section(number, section, entries):
            blocks.append(block)
            if len(blocks) == PIECE:
                pieces.append("\n\n".join(blocks))
                blocks.clear()
    blocks.extend(_block(b, lang) for b in printed.signatures(doc, lang))
    blocks.extend(_acknowledgement(doc, lang))
    blocks.extend(_revisions(doc, lang))
    # The last newline with the last block, not added to the whole: a copy of the
    # document less (half a MiB with 3,000 duties, at each of the wizard's previews).
    blocks[-1] += "\n"
    pieces.append("\n\n".join(blocks))
    # A control character pasted into a value is nothing a printed document can show,
    # and sent to a terminal (render --stdout) it could act on it.
    return without_controls("\n\n".join(pieces))


PIECE = 256
"""Blocks joined at a time: the text of 3,000 duties is made of a few pieces, not of
3,000 small strings at once (0.3 MiB of them, where the wizard renders after each pause)."""


def _lines(*lines: str) -> str:
    """Lines of one paragraph, joined by hard line breaks."""
    return "\\\n".join(lines)


def _approval(doc: Document, lang: str) -> str:
    return _block(printed.stamp(doc.approval, doc.organization.name, lang), lang)


def _block(block: printed.SignatureBlock, lang: str) -> str:
    """A stamp or signature block: its lines, the signature line and the date."""
    if block.order:
        return _lines(f"**{block.heading}**", escape(block.order))
    hint = {key: phrase(lang, f"hint.{key}") for key in ("signature", "name", "position")}
    lines = [f"**{block.heading}**"]
    lines.extend(escape(line) if line else f"{BLANK} {hint['position']}" for line in block.lines)
    signer = escape(block.signer) if block.signer else f"{BLANK} {hint['name']}"
    lines.append(f"{BLANK} {hint['signature']} {signer}" if not block.signer
                 else f"{BLANK} {signer}")
    lines.append(_blank_safe(block.date))
    return _lines(*lines)


_OPENING_RUN = re.compile(r"(?<=[^\w\s])_+")


def _blank_safe(text: str) -> str:
    """A date, or the blank to write it in: «___» __________ 20__ г.

    A run of underscores after punctuation («___) could open emphasis, which a later
    run (20__) would close; only such runs are escaped, so the blank reads as itself."""
    return _OPENING_RUN.sub(lambda m: "\\_" * len(m.group()), escape(text).replace("\\_", "_"))


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
    # «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по продажам»: the Russian heading names the position
    # in the genitive; the English one is the document type alone, the title in the lines.
    named = printed.heading_position(doc, lang) if lang == "ru" else ""
    blocks = [f"# {phrase(lang, 'title')} {escape(named)}".rstrip()]
    if lines:
        blocks.append(_lines(*lines))
    if info.basis.strip():
        blocks.append(escape(sentence(info.basis)))
    return blocks


def _section(number: int, section: Section, entries: Iterable[Entry]) -> Iterator[str]:
    yield f"## {number}. {escape(section.title)}"
    if section.lead:
        yield escape(section.lead)
    clause_no = 0
    for entry in entries:
        if isinstance(entry, GroupHeading):
            yield f"### {escape(entry.text)}"
            continue
        clause_no += 1
        yield from _clause(f"{number}.{clause_no}.", entry)


def _clause(number: str, clause: Clause) -> list[str]:
    text = f"{number} {escape(clause.text)}".rstrip()
    if clause.note:
        text += f" ({escape(clause.note)})"
    if not clause.bullets:
        return [text]
    return [text, "\n".join(f"- {escape(item)}" for item in clause.bullets)]


def _acknowledgement(doc: Document, lang: str) -> list[str]:
    sheet = printed.sheet(doc, lang)
    blocks = [f"## {sheet.title}", escape(sheet.lead), _table(sheet.columns, sheet.rows)]
    if sheet.revision:
        # Under the same columns: those who signed above before the change sign again.
        blocks.extend([_blank_safe(sheet.revision.heading),
                       _table(sheet.columns, sheet.revision.rows)])
    return blocks


def _revisions(doc: Document, lang: str) -> list[str]:
    sheet = printed.revision_sheet(doc, lang)
    if sheet is None:
        return []
    return [f"## {sheet.title}", _table(sheet.columns, sheet.rows)]


def _table(columns: list[str], rows: list[list[str]]) -> str:
    table = [_row(columns), _row(["---"] * len(columns))]
    table.extend(_row([escape(cell) for cell in row]) for row in rows)
    return "\n".join(table)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
