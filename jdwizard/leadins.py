"""The lead-ins of the document's lists, and the case their items must agree with.

Russian descriptions lead a list in with words that ask for a case: «Должен знать:»
then «законодательные акты; конъюнктуру рынка» (accusative), «В своей деятельности
руководствуется:» then «Уставом Общества» (instrumental), «Необходимые знания:» then
the nominative. Each list's lead-in is chosen per document, from the standard forms
here (by key) or as free text, and `findings` warns where an item's case does not
agree with it. English documents keep their fixed lead-ins and are never analysed.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from jdwizard.findings import N_, WARNING, Finding
from jdwizard.leadin_library import KEYS
from jdwizard.locale import phrase
from jdwizard.model import Document
from jdwizard.output.mdtext import normalize
from jdwizard.uilang import t

INFINITIVE: Final = "INFN"


@dataclass(frozen=True)
class Form:
    """A standard lead-in: its key in the file, its words, what its items are in."""

    key: str
    text: str
    case: str
    """The case its items start in (morphology.CASES), or INFINITIVE: a verb."""
    preposition: str = ""
    """The preposition every item starts with, when the lead-in leaves it to them:
    «Работник несёт ответственность:» then «за ненадлежащее исполнение ...»."""


FORMS: Final[dict[str, tuple[Form, ...]]] = {
    # The list's place; the first form is the default (today's wording).
    "qualifications.knowledge": (
        Form("nominative", "Необходимые знания:", "nomn"),
        Form("accusative", "Должен знать:", "accs"),
    ),
    "qualifications.skills": (
        Form("nominative", "Необходимые умения:", "nomn"),
        Form("infinitive", "Должен уметь:", INFINITIVE),
    ),
    "qualifications.guided_by": (
        Form("nominative", "Документы, которыми руководствуется работник:", "nomn"),
        Form("instrumental", "В своей деятельности руководствуется:", "ablt"),
    ),
    "rights.items": (
        Form("infinitive", "Работник имеет право:", INFINITIVE),
        Form("accusative", "Работник имеет право на:", "accs"),
    ),
    "liability.items": (
        Form("za", "Работник несёт ответственность:", "accs", "за"),
        Form("accusative", "Работник несёт ответственность за:", "accs"),
    ),
}
"""The standard Russian lead-ins of each list that has a choice of them."""

_LEAD_FIELDS: Final = {
    "qualifications.knowledge": ("qualifications", "knowledge_lead"),
    "qualifications.skills": ("qualifications", "skills_lead"),
    "qualifications.guided_by": ("qualifications", "guided_by_lead"),
    "rights.items": ("rights", "lead"),
    "liability.items": ("liability", "lead"),
}

_ENGLISH: Final = {
    "qualifications.knowledge": "knowledge", "qualifications.skills": "skills",
    "qualifications.guided_by": "guided_by", "rights.items": "rights.lead",
    "liability.items": "liability.lead",
}
"""The phrase (jdwizard.locale) of each lead-in a document prints in English."""

CASE_NAMES: Final = {
    "nomn": N_("nominative (кто? что?)"), "gent": N_("genitive (кого? чего?)"),
    "datv": N_("dative (кому? чему?)"), "accs": N_("accusative (кого? что?)"),
    "ablt": N_("instrumental (кем? чем?)"), "loct": N_("prepositional (о ком? о чём?)"),
    INFINITIVE: N_("infinitive (что делать?)"),
}
"""In English: a message passes them through t()."""

_SHOWN_WORDS: Final = 6
"""How much of an item a finding quotes in the form it would take."""


def lead_place(place: str) -> str:
    """Where the file keeps a list's lead-in: "qualifications.knowledge_lead"."""
    return ".".join(_LEAD_FIELDS[place])


def lead_value(doc: Document, place: str) -> str:
    """What the file says of the list's lead-in: a key, free text, or ""."""
    section, name = _LEAD_FIELDS[place]
    value: str = getattr(getattr(doc, section), name)
    return normalize(value)


def form(place: str, value: str) -> Form | None:
    """The standard form a lead-in value names (by its key or by its very words); the
    default for ""; None for free text of one's own."""
    forms = FORMS[place]
    if not value:
        return forms[0]
    for f in forms:
        if value in (f.key, f.text) or _same_words(value, f.text):
            return f
    return None


def lead_text(doc: Document, place: str, lang: str) -> str:
    """The lead-in the document prints before the list: the standard form (its English
    phrase in English), or the free text as written, with a colon after it."""
    value = lead_value(doc, place)
    chosen = form(place, value)
    if chosen is None:
        return own_lead(value)
    if lang != "ru":
        text = phrase(lang, _ENGLISH[place])
        return text if text.endswith(":") else f"{text}:"
    return chosen.text


def own_lead(value: str) -> str:
    """Free text as a lead-in: as written, with a colon when it ends in a word."""
    value = normalize(value)
    return f"{value}:" if value and (value[-1].isalnum() or value[-1] in "»\")") else value


def _same_words(a: str, b: str) -> bool:
    def words(text: str) -> str:
        return " ".join(text.casefold().replace("ё", "е").rstrip(":").split())

    return words(a) == words(b)


# --- the check ------------------------------------------------------------------------


def findings(doc: Document) -> Iterator[Finding]:
    """Warnings for items whose case does not agree with their list's lead-in, and for
    a corrected heading that no longer names the title; only for Russian documents."""
    if doc.language != "ru":
        return
    for place in FORMS:
        chosen = form(place, lead_value(doc, place))
        if chosen is None:
            continue  # free text: what it asks for is not known
        section, name = place.split(".")
        items: list[str] = getattr(getattr(doc, section), name)
        for i, item in enumerate(items, 1):
            if library_key(place, chosen.key, item) in LIBRARY:
                continue  # the library's own wording, known to agree
            message = disagreement(chosen, normalize(item))
            if message:
                alternative = _alternative(place, chosen, normalize(item))
                yield Finding(f"{place}[{i}]", WARNING, message + alternative)
    yield from _heading(doc)


@functools.lru_cache(maxsize=4096)
def library_key(place: str, key: str, item: str) -> int:
    """The number LIBRARY knows an item under its lead-in by."""
    return zlib.crc32(f"{place}\0{key}\0{normalize(item)}".encode())


LIBRARY: Final = KEYS
"""Items known to agree with their lead-ins, so that checking them needs no dictionary
(jdwizard/leadin_library.py)."""


def disagreement(chosen: Form, item: str) -> str:
    """Why the item does not follow the lead-in, with the form it would take; "" when
    it agrees, or when its start says nothing of a case (a number, a Latin word, a
    preposition that governs a case of its own)."""
    # Imported here, not above: rendering and checking an English document never need it.
    from jdwizard import morphology

    words = morphology.tokens(item)
    if not words or words[0].start != 0 or not morphology.is_cyrillic(words[0].text):
        return ""
    first = words[0].text
    lead = f"«{chosen.text}»"
    if chosen.preposition:
        return _with_preposition(chosen, item, first, lead)
    if _is_preposition(first):
        if first.casefold() == _last_word(chosen.text):
            rest = item[words[1].start:] if len(words) > 1 else ""
            return t("«{word}» is already in the lead-in {lead}: «{item}»", word=first,
                     lead=lead, item=_shown(_capitalized(rest))) if rest else ""
        return ""
    if chosen.case == INFINITIVE:
        if _is_infinitive(first) or not morphology.phrase_cases(item):
            return ""
        return t("the lead-in {lead} asks for a verb in the {case}", lead=lead,
                 case=t(CASE_NAMES[INFINITIVE]))
    cases = morphology.phrase_cases(item)
    if not cases:
        return _verb_instead(chosen, first, lead)
    if chosen.case in cases:
        return ""
    return _wrong_case(chosen.case, item, lead)


def _with_preposition(chosen: Form, item: str, first: str, lead: str) -> str:
    from jdwizard import morphology

    if first.casefold() == chosen.preposition:
        words = morphology.tokens(item)
        rest = item[words[1].start:] if len(words) > 1 else ""
        cases = morphology.phrase_cases(rest)
        if not cases or chosen.case in cases:
            return ""
        fixed = morphology.inflect_phrase(rest, chosen.case)
        shown = f": «{_shown(item[:words[1].start] + fixed)}»" if fixed else ""
        return t("after «{preposition}» the lead-in {lead} asks for the {case}{shown}",
                 preposition=chosen.preposition, lead=lead, case=t(CASE_NAMES[chosen.case]),
                 shown=shown)
    if _is_preposition(first) or not morphology.phrase_cases(item):
        return ""  # «в пределах ...», or no noun to begin with
    fixed = morphology.inflect_phrase(item, chosen.case) or item
    start = chosen.preposition.capitalize() if item[:1].isupper() else chosen.preposition
    return t("after the lead-in {lead} an item begins with «{preposition}» and the {case}: "
             "«{item}»", lead=lead, preposition=chosen.preposition,
             case=t(CASE_NAMES[chosen.case]), item=_shown(f"{start} {_uncapitalized(fixed)}"))


def _wrong_case(case: str, item: str, lead: str) -> str:
    from jdwizard import morphology

    fixed = morphology.inflect_phrase(item, case, ("nomn", "accs", *morphology.CASES))
    shown = f": «{_shown(fixed)}»" if fixed else ""
    return t("the lead-in {lead} asks for the {case}{shown}", lead=lead,
             case=t(CASE_NAMES[case]), shown=shown)


def _verb_instead(chosen: Form, first: str, lead: str) -> str:
    if not _is_infinitive(first):
        return ""
    return t("the lead-in {lead} asks for a noun in the {case}, not a verb", lead=lead,
             case=t(CASE_NAMES[chosen.case]))


def _alternative(place: str, chosen: Form, item: str) -> str:
    """The other standard lead-in, when the item agrees with it."""
    for other in FORMS[place]:
        if other != chosen and not disagreement(other, item):
            section, name = _LEAD_FIELDS[place]
            return t('; or lead the list in with «{lead}» ({field} = "{key}")',
                     lead=other.text, field=f"{section}.{name}", key=other.key)
    return ""


def _heading(doc: Document) -> Iterator[Finding]:
    """A corrected genitive that names other words than the title (it was corrected, and
    then the title changed)."""
    stored = normalize(doc.position.title_genitive)
    title = normalize(doc.position.title)
    if not stored or not title:
        return  # most documents: then morphology, with its dataclass, is not imported
    from jdwizard import morphology

    if not _same_lemmas(stored, title):
        yield Finding("position.title_genitive", WARNING,
                      t("«{stored}» does not read as the title «{title}» in the genitive "
                        "(«{genitive}»); correct it or clear it", stored=stored, title=title,
                        genitive=morphology.genitive(title)))


def _same_lemmas(a: str, b: str) -> bool:
    """Whether two texts are the same words, each in any of its forms."""
    from jdwizard import morphology

    first, second = morphology.tokens(a), morphology.tokens(b)
    return len(first) == len(second) and all(
        x.text.casefold() == y.text.casefold() or _lemmas(x.text) & _lemmas(y.text)
        for x, y in zip(first, second, strict=True))


def _lemmas(word: str) -> set[str]:
    from jdwizard import morphology

    if not morphology.is_cyrillic(word.rsplit("-", 1)[-1]):
        return set()
    return {r.normal_form for r in morphology.readings(word)}


def _is_preposition(word: str) -> bool:
    from jdwizard import morphology

    found = morphology.readings(word)
    return bool(found) and found[0].pos == "PREP"


def _is_infinitive(word: str) -> bool:
    from jdwizard import morphology

    return any(r.pos == INFINITIVE for r in morphology.readings(word))


def _last_word(text: str) -> str:
    words = text.rstrip(":").split()
    return words[-1].casefold() if words else ""


def _shown(text: str) -> str:
    words = text.split()
    return " ".join(words[:_SHOWN_WORDS]) + (" …" if len(words) > _SHOWN_WORDS else "")


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _uncapitalized(text: str) -> str:
    from jdwizard import morphology

    return morphology.running(text)
