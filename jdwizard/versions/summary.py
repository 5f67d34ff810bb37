"""The revision record drafted from a diff, for the wizard to offer when an approved
document is saved: «Изменены пункты 3.2, 3.5; добавлен пункт 3.13; исключён пункт 3.6».

Its words are the document's (the language asked for), not the interface's: the record
is written into the document's history, as its clauses are.
"""

from __future__ import annotations

from typing import Final

from jdwizard.model import Document
from jdwizard.versions.diff import ADDED, CHANGED, MOVED, REMOVED, Change, diff

_CLAUSES: Final[dict[str, dict[str, tuple[str, str]]]] = {
    # kind: (one clause, several), {numbers} the list of numbers.
    "en": {
        CHANGED: ("clause {numbers} changed", "clauses {numbers} changed"),
        ADDED: ("clause {numbers} added", "clauses {numbers} added"),
        REMOVED: ("clause {numbers} removed", "clauses {numbers} removed"),
        MOVED: ("clause {numbers} moved", "clauses {numbers} moved"),
    },
    "ru": {
        CHANGED: ("изменён пункт {numbers}", "изменены пункты {numbers}"),
        ADDED: ("добавлен пункт {numbers}", "добавлены пункты {numbers}"),
        REMOVED: ("исключён пункт {numbers}", "исключены пункты {numbers}"),
        MOVED: ("перенесён пункт {numbers}", "перенесены пункты {numbers}"),
    },
}
_FIELDS: Final = {"en": "changed: {labels}", "ru": "изменено: {labels}"}

NOT_REVISED: Final = ("approval.", "author.", "agreed[", "acknowledged[", "revisions[",
                      "document.number", "document.place", "document.effective_date",
                      "document.status", "document.blank_rows")
"""Places a revision record does not name: the signatures and requisites of the new
version, which record its approval, not what was revised, and the change sheet itself."""


def revision_summary(old: Document, new: Document, lang: str) -> str:
    """The text of a revision record: the clauses changed, added, removed and moved, by
    number, and the fields changed, by label; "" when nothing was revised."""
    clauses: dict[str, list[str]] = {CHANGED: [], ADDED: [], REMOVED: [], MOVED: []}
    labels: list[str] = []
    for change in diff(old, new, lang):
        if change.place.startswith(NOT_REVISED):
            continue
        if change.label:
            _add(labels, change.label)
        else:
            kind, number = _clause_change(change)
            _add(clauses[kind], number)
    words = _CLAUSES.get(lang, _CLAUSES["en"])
    parts = [words[kind][len(numbers) > 1].format(numbers=_numbers(numbers, lang))
             for kind, numbers in clauses.items() if numbers]
    if labels:
        parts.append(_FIELDS.get(lang, _FIELDS["en"]).format(labels=", ".join(labels)))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def duties_changed(old: Document, new: Document) -> bool:
    """Whether a duty was added, removed or changed (its text, group, share or mark): the
    labour function changed, which the employee must agree to. A duty only moved is not."""
    return any(change.place.startswith("duties.items[") and change.kind != MOVED
               for change in diff(old, new))


def _clause_change(change: Change) -> tuple[str, str]:
    """What happened to the clause, and its number. An item of a clause's list changes
    that clause, unless the whole list (so the clause) came or went."""
    if not change.bullet:
        return change.kind, change.number
    if not change.old_number:
        return ADDED, change.new_number
    if not change.new_number:
        return REMOVED, change.old_number
    return CHANGED, change.new_number


def _add(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)


def _numbers(numbers: list[str], lang: str) -> str:
    """3.2, 3.5 in Russian; 3.2 and 3.5, 3.2, 3.5 and 3.7 in English."""
    if lang == "ru" or len(numbers) == 1:
        return ", ".join(numbers)
    return f"{', '.join(numbers[:-1])} and {numbers[-1]}"
