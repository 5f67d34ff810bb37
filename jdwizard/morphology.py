"""Russian word forms, by pymorphy3: the position in the genitive for the heading, the
case a phrase is in, and which words are proper names.

pymorphy3 loads a dictionary (some 45 ms): it is imported and loaded on the first call
that needs it, once per process, and never for an English document. Nothing here
guesses loudly: a phrase whose head cannot be found is left as it is written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from jdwizard.model import Document
from jdwizard.output.mdtext import normalize

CASES: Final = ("nomn", "gent", "datv", "accs", "ablt", "loct")
"""The six cases, as pymorphy3 names them: nominative, genitive, dative, accusative,
instrumental, prepositional."""

PROPER: Final = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
"""pymorphy3's marks of a proper name: first name, surname, patronymic, place, organization."""

PROPER_SHARE: Final = 0.1
"""A word is taken for a name when its readings as one weigh this much: «Москва» (all of
them), «Вера» (0.3), «Орёл» (0.33), never «По» (the initial of a surname, weighing 0)."""

_RARE: Final = 0.01
"""Readings less likely than this are not considered: «и» as an abbreviated noun."""

_CASE_OF: Final = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct",
                   "loc2": "loct"}
_ADJECTIVE: Final = frozenset({"ADJF", "PRTF"})
_NOUN: Final = frozenset({"NOUN"})
_CONJUNCTIONS: Final = frozenset({"и", "или"})
_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word: letters, and letters joined by hyphens (инженер-программист, HR-менеджер)."""
_CYRILLIC: Final = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


@functools.cache
def analyzer() -> Any:
    """The one pymorphy3.MorphAnalyzer, made on first use.

    The dictionary's path is given, so pymorphy3 does not look for dictionaries among
    the installed packages' entry points (which costs more than loading it)."""
    import pymorphy3  # type: ignore[import-untyped]
    import pymorphy3_dicts_ru  # type: ignore[import-untyped]

    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def is_loaded() -> bool:
    """Whether the dictionary has been loaded in this process (for tests and benchmarks)."""
    return analyzer.cache_info().currsize > 0


@dataclass(frozen=True, slots=True)
class Reading:
    """One of pymorphy3's readings of a word, its grammemes as plain text ("" for none):
    pymorphy3's own tag attributes are slow to read and refuse comparison with ""."""

    pos: str
    case: str
    """Among CASES: gen2 is read as gent, loc2 as loct, acc2 as accs."""
    number: str
    gender: str
    animacy: str
    grammemes: frozenset[str]
    score: float
    normal_form: str
    parse: Any
    """pymorphy3's Parse, to inflect."""


@functools.lru_cache(maxsize=16384)
def readings(word: str) -> tuple[Reading, ...]:
    """pymorphy3's readings of a word, likeliest first, without the very unlikely ones."""
    found = analyzer().parse(word)
    likely = [p for p in found if p.score >= _RARE] or found
    return tuple(_reading_of(p) for p in likely)


def _reading_of(parse: Any) -> Reading:
    tag = parse.tag
    case = str(tag.case or "")
    return Reading(str(tag.POS or ""), _CASE_OF.get(case, case), str(tag.number or ""),
                   str(tag.gender or ""), str(tag.animacy or ""), frozenset(tag.grammemes),
                   float(parse.score), str(parse.normal_form), parse)


def is_cyrillic(word: str) -> bool:
    return _CYRILLIC.fullmatch(word) is not None


def is_proper(word: str) -> bool:
    """Whether a word names a person, a place or an organization: «Москва», «Иванов»,
    «Санкт-Петербург», «Газпром»; or is capitalized and known to pymorphy3 as no common
    word (a name it has not met). A Latin word is proper when capitalized."""
    if not word:
        return False
    if not is_cyrillic(word):
        return word[:1].isupper()
    found = readings(word)
    if sum(r.score for r in found if r.grammemes & PROPER) >= PROPER_SHARE:
        return True
    if "-" in word and not any(_in_dictionary(r) for r in found):
        return any(is_proper(part) for part in word.split("-"))
    common = [r for r in found if not r.grammemes & PROPER]
    return word[:1].isupper() and not any(_in_dictionary(r) for r in common)


def is_acronym(word: str) -> bool:
    """ООО, CRM, ЭВМ, ИТ-отдел: two capitals at the start of the word."""
    first = word.split("-")[0]
    return len(first) > 1 and first[:2].isupper()


def running(value: str) -> str:
    """A Russian value as it reads after a label, in the middle of a sentence.

    Only the first word may change, and only when it is a common word written with a
    capital because it started the value («Начальник отдела продаж», «Высшее
    образование», «По приказу»): a name, a city («Москва», «Санкт-Петербург»), an
    acronym («ООО», «CRM»), a Latin word («Chief Financial Officer») and a word
    pymorphy3 does not know keep their capitals."""
    match = _WORD.match(value)
    if not match:
        return value
    word = match.group()
    if not word[0].isupper() or not is_cyrillic(word) or is_acronym(word) or is_proper(word):
        return value
    return value[0].lower() + value[1:]


def genitive(title: str) -> str:
    """The position in the genitive, as the heading names it: «ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ
    менеджера по продажам».

    The head noun and the adjectives that agree with it change («главного бухгалтера»,
    «заведующего складом»), both parts of a compound of two positions
    («инженера-программиста»), not an attributive first part («HR-менеджера»,
    «бизнес-аналитика»); the dependent tail stays as written («по продажам», «отдела
    закупок», «1 категории»). The first letter is lower-cased unless it starts a name
    or an acronym. A title whose head is not found is given back as written."""
    text = normalize(title)
    if not text:
        return ""
    inflected = inflect_phrase(text, "gent", ("nomn",))
    if inflected is None:
        return _lower_first(text)
    # Another name of the position in brackets changes too: «машиниста крана
    # (крановщика)»; a bracket naming no person stays («бухгалтера (участок — касса)»).
    return _lower_first(_BRACKET.sub(lambda m: f"({_person_genitive(m[1])})", inflected))


_BRACKET: Final = re.compile(r"\(([^()]*)\)")


def _person_genitive(text: str) -> str:
    changes = _scan(text, tokens(text), "nomn")
    heads = [c for c in changes if c.reading is c.head]
    if not heads or heads[0].head.animacy != "anim":
        return text
    return _apply(text, changes, "gent")


def _lower_first(text: str) -> str:
    # A title's first word is a common word even when pymorphy3 does not know it
    # (мерчендайзер): only a name or an acronym keeps its capital.
    match = _WORD.match(text)
    if not match or not _declinable(word := match.group()) or is_acronym(word):
        return text
    if sum(r.score for r in readings(word) if r.grammemes & PROPER) >= PROPER_SHARE:
        return text
    return text[0].lower() + text[1:]


def title_in_genitive(doc: Document) -> str:
    """The heading's position: the correction the file keeps, else genitive(title)."""
    stored = normalize(doc.position.title_genitive)
    return stored or genitive(doc.position.title)


def genitive_to_store(title: str, confirmed: str) -> str:
    """What position.title_genitive keeps once the user has confirmed or corrected the
    genitive shown beside the title: "" when it is the derived one (the file then
    follows the title when the title changes), the correction otherwise."""
    confirmed = normalize(confirmed)
    return "" if confirmed == genitive(title) else confirmed


# --- the head phrase ----------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Change:
    """A word of the head phrase, with its reading in the phrase's case."""

    token: _Token
    reading: Reading
    head: Reading
    """The reading of the noun the word agrees with (itself for a noun)."""


def tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


@functools.lru_cache(maxsize=4096)
def phrase_cases(text: str) -> frozenset[str]:
    """The cases the phrase the text starts with can be in: «Устав Общества» {nomn,
    accs}, «Уставом Общества» {ablt}, «Законодательные и нормативные правовые акты»
    {nomn, accs}; empty when the text starts with no noun phrase (a preposition, a verb)."""
    words = tokens(text)
    first = next((w.text for w in words if _declinable(w.text)), "")
    # Only the cases the first word may be in can be the phrase's.
    candidates = {r.case for r in readings(first) if r.pos in _NOUN | _ADJECTIVE} if first \
        else set()
    return frozenset(case for case in CASES if case in candidates and _scan(text, words, case))


def inflect_phrase(text: str, case: str, sources: Iterable[str] = CASES) -> str | None:
    """The text with the phrase it starts with put in the case; None when it starts with
    no noun phrase in any of the source cases (tried in their order)."""
    words = tokens(text)
    for source in sources:
        changes = _scan(text, words, source)
        if changes:
            return _apply(text, changes, case)
    return None


def _scan(text: str, words: Sequence[_Token], case: str) -> list[_Change]:
    """The words of the head phrase at the start of the text, read in the case: the
    adjectives before the head noun, the noun, adjectives after it that agree with it,
    and a noun phrase joined by «и»/«или»; [] when there is none."""
    k = 0
    # Latin words before the head are attributes that never change (SMM-специалист).
    while k < len(words) and not _declinable(words[k].text) and _joined(text, words, k + 1):
        k += 1
    if k >= len(words) or re.search(r"[\w]", text[:words[0].start]):
        return []
    changes, k = _phrase(text, words, k, case)
    return changes


def _phrase(text: str, words: Sequence[_Token], k: int, case: str) -> tuple[list[_Change], int]:
    """The noun phrase starting at words[k]; the changes and the index after it."""
    adjectives: list[_Token] = []
    head: Any = None
    while k < len(words) and _declinable(words[k].text):
        word = words[k]
        if adjectives and not _joined(text, words, k, allow_comma=True):
            break
        if adjectives and word.text.lower() in _CONJUNCTIONS:
            if k + 1 < len(words) and _reading(words[k + 1].text, case, _ADJECTIVE):
                k += 1
                continue
            break
        adjective = _reading(word.text, case, _ADJECTIVE)
        noun = _reading(word.text, case, _NOUN)
        if noun is not None and (adjective is None or not _attribute(words, k, text)):
            head = noun
            break
        if adjective is None:
            break
        adjectives.append(word)
        k += 1
    if head is None:
        # No noun: the adjective is the noun («заведующий складом», «рабочий»), unless
        # the word after it is a noun it agrees with in another case («трудовой кодекс»
        # is no instrumental «трудовой» and a «кодекс» after it).
        if not adjectives or (k < len(words) and _could_agree(adjectives[-1].text,
                                                               words[k].text)):
            return [], k
        last = adjectives.pop()
        head = _reading(last.text, case, _ADJECTIVE)
        changes = _agreeing(adjectives, head, case)
        if changes is None:
            return [], k
        return [*changes, _Change(last, head, head)], k
    changes = _agreeing(adjectives, head, case)
    if changes is None:
        return [], k
    changes.append(_Change(words[k], head, head))
    k += 1
    # Adjectives after the head that agree with it: «врач-терапевт участковый»,
    # «менеджер, ответственный за закупки».
    while k < len(words) and _joined(text, words, k, allow_comma=True):
        after = _agreeing_reading(words[k].text, head, case)
        if after is None:
            break
        changes.append(_Change(words[k], after, head))
        k += 1
    # A second noun phrase in the same case: «приказы и распоряжения», «устав и положения».
    if (k + 1 < len(words) and words[k].text.lower() in _CONJUNCTIONS
            and _joined(text, words, k) and _joined(text, words, k + 1)):
        more, after_more = _phrase(text, words, k + 1, case)
        if more:
            changes.extend(more)
            k = after_more
    return changes, k


def _attribute(words: Sequence[_Token], k: int, text: str) -> bool:
    """Whether a word that reads as an adjective and a noun («старший», «рабочий»,
    «ведущий») is an adjective here: a noun it agrees with follows."""
    return k + 1 < len(words) and _joined(text, words, k + 1) and \
        _could_agree(words[k].text, words[k + 1].text)


def _joined(text: str, words: Sequence[_Token], k: int, allow_comma: bool = False) -> bool:
    """Whether words[k] follows the word before it across white space only (or a comma
    between adjectives)."""
    if k >= len(words) or k == 0:
        return k < len(words)
    gap = text[words[k - 1].end:words[k].start]
    return gap.isspace() or (allow_comma and gap.strip() == ",")


def _declinable(word: str) -> bool:
    """A word that may change: Russian, or a compound ending in a Russian part (HR-менеджер)."""
    return is_cyrillic(word.rsplit("-", 1)[-1])


def _reading(word: str, case: str, pos: frozenset[str]) -> Reading | None:
    """The likeliest reading of the word as one of pos in the case, or None."""
    for r in readings(word):
        if r.case == case and r.pos in pos:
            return r
    return None


def _agrees(adjective: Reading, noun: Reading) -> bool:
    if adjective.case != noun.case or adjective.number != noun.number:
        return False
    return (noun.number == "plur" or not adjective.gender
            or noun.gender in ("", adjective.gender, "ms-f"))


def _agreeing_reading(word: str, head: Reading, case: str) -> Reading | None:
    for r in readings(word):
        if r.case == case and r.pos in _ADJECTIVE and _agrees(r, head):
            return r
    return None


def _agreeing(adjectives: Sequence[_Token], head: Reading, case: str) -> list[_Change] | None:
    changes = []
    for word in adjectives:
        reading = _agreeing_reading(word.text, head, case)
        if reading is None:
            return None
        changes.append(_Change(word, reading, head))
    return changes


@functools.lru_cache(maxsize=16384)
def _could_agree(adjective: str, noun: str) -> bool:
    """Whether the noun could be the noun the adjective agrees with, in any case."""
    nouns = [r for r in readings(noun) if r.pos in _NOUN]
    return any(_agrees(a, n) for a in readings(adjective) if a.pos in _ADJECTIVE
               for n in nouns)


def _in_dictionary(reading: Reading) -> bool:
    return type(reading.parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


# --- putting the phrase in another case -----------------------------------------------


def _apply(text: str, changes: Sequence[_Change], case: str) -> str:
    out, end = [], 0
    for change in changes:
        out.append(text[end:change.token.start])
        out.append(_inflect_word(change, case))
        end = change.token.end
    out.append(text[end:])
    return "".join(out)


def _inflect_word(change: _Change, case: str) -> str:
    word, reading = change.token.text, change.reading
    animate = change.head.animacy == "anim"
    if "-" in word and not _in_dictionary(reading):
        return _inflect_compound(word, reading.case, reading.number, case, animate)
    return _form(word, reading, case, animate)


def _inflect_compound(word: str, source: str, number: str, case: str,
                      animate: bool) -> str:
    """A hyphenated word pymorphy3's dictionary does not hold: the last part changes,
    and a part before it that names a person too (инженер-программист,
    кассир-операционист), not an attribute (HR-менеджер, бизнес-аналитик, пресс-секретарь)."""
    parts = word.split("-")
    out = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        reading = None
        if is_cyrillic(part):
            for r in readings(part):
                if r.case == source and r.number == number and (
                        (last and r.pos in _NOUN | _ADJECTIVE)
                        or (r.pos in _NOUN and r.animacy == "anim")):
                    reading = r
                    break
        out.append(_form(part, reading, case, animate) if reading is not None else part)
    return "-".join(out)


def _form(word: str, reading: Reading, case: str, animate: bool) -> str:
    number, gender = reading.number, reading.gender
    wanted = {case, *([number] if number else [])}
    if reading.pos in _ADJECTIVE:
        if gender and number == "sing":
            wanted.add(gender)
        if case == "accs" and (number == "plur" or gender == "masc"):
            wanted.add("anim" if animate else "inan")
    inflected = reading.parse.inflect(wanted) or reading.parse.inflect({case})
    if inflected is None:
        return word
    return _cased_like(word, str(inflected.word))


def _cased_like(original: str, new: str) -> str:
    """The new form with the original's capitals: «Устав» -> «Уставом», «ГОСТ» ->
    «ГОСТом»; ё only where the original writes it."""
    if "ё" not in original.lower():
        new = new.replace("ё", "е")
    if original.isupper() and len(original) > 1 and not _abbreviation(original):
        return new.upper()
    chars = [n.upper() if i < len(original) and original[i].isupper() else n
             for i, n in enumerate(new)]
    return "".join(chars)


def _abbreviation(word: str) -> bool:
    return any("Abbr" in r.grammemes for r in readings(word))
