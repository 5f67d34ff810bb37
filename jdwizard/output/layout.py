"""The document's numbered structure: which sections it shows, in which order, and
which clause each piece of data becomes.

The Markdown renderer prints this layout; the wizard numbers list items with it, so
that an item is shown with the number the finished document will give it.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from jdwizard import leadins
from jdwizard.findings import item_place
from jdwizard.locale import phrase
from jdwizard.model import Document, Duty, Items
from jdwizard.output.mdtext import normalize


@dataclass(slots=True)
class Clause:
    """One numbered clause: a sentence of plain text, and an optional bullet list.

    Slots, and no list of its own for the bullets most clauses have none of: a
    3,000-duty document is laid out with 3,000 clauses at each render and each
    numbering (0.7 MiB of them with a dict and a list each, 0.2 MiB so)."""

    place: str
    """The data it comes from, as check and load errors name it: duties.items[2]."""
    text: str
    bullets: Sequence[str] = ()
    note: str = ""
    """Generated remark printed after the text, such as a duty's share of time."""


@dataclass
class GroupHeading:
    """A duty group's heading inside the duties section."""

    text: str


Entry = Clause | GroupHeading


@dataclass
class Section:
    key: str
    title: str
    lead: str = ""
    entries: list[Entry] = field(default_factory=list)

    def clauses(self) -> Iterator[Clause]:
        return (e for e in self.entries if isinstance(e, Clause))


def labelled(label: str, value: str, lang: str) -> str:
    """ "Label: value." with one full stop, whatever the value ends with.

    In Russian a common word that starts the value is lower-cased, as running text
    wants («Непосредственный руководитель: начальник отдела продаж»); a name, a city,
    an acronym and a Latin word keep their capitals («Место работы: Москва»).
    """
    return f"{label}: {sentence(running(value, lang))}"


def running(value: str, lang: str) -> str:
    """A value as it reads in the middle of a sentence (jdwizard.morphology.running)."""
    value = normalize(value)
    if lang == "ru" and value[:1].isupper():
        from jdwizard import morphology  # loads pymorphy3: only a Russian value needs it

        return morphology.running(value)
    return value


def sentence(text: str) -> str:
    """The text with a full stop at the end, unless it already ends a sentence."""
    text = normalize(text)
    return text if not text or text.endswith((".", "!", "?", "…")) else f"{text}."


def build_sections(doc: Document, lang: str) -> list[Section]:
    """The sections the document shows, in order; empty sections are left out."""
    return [Section(section.key, section.title, section.lead, list(entries))
            for section, entries in sections_as_made(doc, lang)]


def sections_as_made(doc: Document, lang: str) -> Iterator[tuple[Section, Iterator[Entry]]]:
    """build_sections, each section with its entries made as they are gone over (its own
    list of them left empty): a render or a numbering of 3,000 duties then holds one
    clause at a time, where the wizard does both after each pause."""
    def p(key: str) -> str:
        return phrase(lang, key)

    parts: list[tuple[str, str, str, Iterator[Entry]]] = [
        ("general", p("sec.general"), leadins.own_lead(doc.general.lead), _general(doc, lang)),
        ("functions", p("sec.functions"), leadins.own_lead(doc.functions.lead),
         _items(doc.functions, "functions")),
        ("duties", p("sec.duties"), "", _duties(doc.duties.items, lang)),
        ("rights", p("sec.rights"), leadins.lead_text(doc, "rights.items", lang),
         _items(doc.rights, "rights")),
        ("liability", p("sec.liability"), leadins.lead_text(doc, "liability.items", lang),
         _items(doc.liability, "liability")),
        ("relationships", p("sec.relationships"), leadins.own_lead(doc.relationships.lead),
         _items(doc.relationships, "relationships")),
        ("conditions", p("sec.conditions"), "", _conditions(doc, lang)),
        ("performance", p("sec.performance"), leadins.own_lead(doc.performance.lead),
         _items(doc.performance, "performance")),
        ("final", p("sec.final"), leadins.own_lead(doc.final.lead), _final(doc, lang)),
    ]
    for key, title, lead, entries in parts:
        first = next(entries, None)
        if first is not None:  # an empty section is left out
            yield Section(key, title, lead), itertools.chain((first,), entries)


def clause_numbers(doc: Document, lang: str | None = None) -> dict[str, str]:
    """Each clause's number in the finished document, by place: {"duties.items[1]": "3.1."}."""
    numbers: dict[str, str] = {}
    for i, (_, entries) in enumerate(sections_as_made(doc, lang or doc.language), 1):
        j = 0
        for entry in entries:
            if isinstance(entry, Clause):
                j += 1
                numbers[entry.place] = _number(i, j)
    return numbers


def _number(section: int, clause: int) -> str:
    """f"{section}.{clause}.", the same string each time: the wizard numbers the
    document again after each pause, while the numbers shown are still held, and 3,000
    duties' are some 0.17 MiB."""
    made = _NUMBERS.get(section)
    if made is None or len(made) < clause:
        with _MAKING:  # two threads (the checks', a render's) may number at once
            made = _NUMBERS.setdefault(section, [])
            made.extend(f"{section}.{n}." for n in range(len(made) + 1, clause + 1))
    return made[clause - 1]


_NUMBERS: dict[int, list[str]] = {}
_MAKING = threading.Lock()


def with_text(items: list[str]) -> Iterator[tuple[int, str]]:
    """The items that have text, each with its place in the list (from 1).

    An empty item (one being typed, or cleared) would print as a bare number."""
    return ((i, t) for i, t in enumerate(items, 1) if normalize(t))


def _items(section: Items, key: str) -> Iterator[Clause]:
    """A plain list's clauses (its lead-in is the section's)."""
    items = f"{key}.items"
    for i, text in with_text(section.items):
        yield Clause(item_place(items, i), text)


def _general(doc: Document, lang: str) -> Iterator[Clause]:
    pos, sub, q = doc.position, doc.subordination, doc.qualifications

    def p(key: str) -> str:
        return phrase(lang, key)

    def field(place: str, label: str, value: str) -> Iterator[Clause]:
        if value.strip():
            yield Clause(place, labelled(p(label), value, lang))

    yield from field("position.summary", "summary", pos.summary)
    if pos.category:
        yield Clause("position.category", f"{p('category')}: {p(f'category.{pos.category}')}.")
    if sub.heads_organization:
        yield Clause("subordination.heads_organization", p("heads_organization") + ".")
    yield from field("subordination.reports_to", "reports_to", sub.reports_to)
    yield from _list_clause("subordination.subordinates", f"{p('subordinates')}:",
                            sub.subordinates)
    yield from field("subordination.substitute", "substitute", sub.substitute)
    yield from field("subordination.appointment", "appointment", sub.appointment)
    titles = "; ".join(running(t, lang) for t in pos.other_titles if t.strip())
    yield from field("position.other_titles", "other_titles", titles)
    if pos.codes:
        yield Clause("position.codes", f"{p('codes')}: {_codes(pos.codes, lang)}.")
    yield from field("qualifications.education", "education", q.education)
    yield from field("qualifications.experience", "experience", q.experience)
    if q.experience_required is False:
        yield Clause("qualifications.experience_required", p("no_experience"))
    for key in ("training", "preferred", "knowledge", "skills", "qualities", "guided_by"):
        place = f"qualifications.{key}"
        lead = (leadins.lead_text(doc, place, lang) if place in leadins.FORMS
                else f"{p(key)}:")
        yield from _list_clause(place, lead, getattr(q, key))
    for i, text in with_text(doc.general.items):
        yield Clause(item_place("general.items", i), text)


def _list_clause(place: str, lead: str, items: list[str]) -> Iterator[Clause]:
    bullets = [text for _, text in with_text(items)]
    if bullets:
        yield Clause(place, lead, bullets=bullets)


def _codes(codes: dict[str, str], lang: str) -> str:
    known = {k.removeprefix("code."): v for k, v in _code_names(lang).items()}
    return "; ".join(f"{known.get(k, k)} {normalize(v)}" for k, v in codes.items())


def _code_names(lang: str) -> dict[str, str]:
    return {k: phrase(lang, k)
            for k in ("code.okpdtr", "code.okz", "code.isco08", "code.onet", "code.eks")}


def _duties(duties: list[Duty], lang: str) -> Iterator[Entry]:
    group = ""
    for i, duty in enumerate(duties, 1):
        if not normalize(duty.text):
            continue
        if duty.group and normalize(duty.group) != group:
            group = normalize(duty.group)
            yield GroupHeading(duty.group)
        yield Clause(item_place("duties.items", i), duty.text, note=_duty_note(duty, lang))


def _duty_note(duty: Duty, lang: str) -> str:
    parts = []
    if duty.essential is not None:
        parts.append(phrase(lang, "essential" if duty.essential else "marginal"))
    if duty.share is not None:
        parts.append(phrase(lang, "share").format(share=duty.share))
    return "; ".join(parts)


def _conditions(doc: Document, lang: str) -> Iterator[Clause]:
    c = doc.conditions
    labels = {"schedule": "schedule", "place": "work_place", "travel": "travel",
              "physical": "physical", "environment": "environment", "employment": "employment"}
    for key, label in labels.items():
        value = getattr(c, key)
        if value:
            yield Clause(f"conditions.{key}", labelled(phrase(lang, label), value, lang))
    for i, text in with_text(c.items):
        yield Clause(item_place("conditions.items", i), text)


def _final(doc: Document, lang: str) -> Iterator[Clause]:
    for i, text in with_text(doc.final.items):
        yield Clause(item_place("final.items", i), text)
    if doc.document.contract_appendix:
        yield Clause("document.contract_appendix", phrase(lang, "contract_appendix"))
