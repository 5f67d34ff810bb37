"""What a job description is missing, what it says vaguely, and what two positions both claim
(the last in jdwizard/department.py).

Pure functions over the model: the command line and the wizard both report these.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final, Generic, TypeVar

from jdwizard import characters, revision_checks
from jdwizard.department import SIMILARITY_THRESHOLD as SIMILARITY_THRESHOLD  # re-exported
from jdwizard.department import check_department as check_department  # callers know checks
from jdwizard.department import comparable as _comparable
from jdwizard.department import comparison_notes as comparison_notes
from jdwizard.findings import ERROR as ERROR  # re-exported: callers know checks
from jdwizard.findings import N_, item_place
from jdwizard.findings import WARNING as WARNING
from jdwizard.findings import Finding as Finding
from jdwizard.model import DUTY_DETAILS, Document, Duty, Qualifications, field_names
from jdwizard.output.mdtext import normalize
from jdwizard.required import is_required as is_required  # re-exported: callers know checks
from jdwizard.required import required_fields as _required_fields
from jdwizard.uilang import t

NO_EXPERIENCE_WORDING: Final = (
    # The ЕКС handbook's «высшее образование без предъявления требований к стажу работы»
    r"без (?:предъявления )?требований к (?:стажу|опыту)",
    r"требовани[яй] к (?:стажу|опыту)(?: работы)? не предъявля",
    r"(?:опыт|стаж)(?: работы)? не требуется",
    r"no (?:prior |previous |work )*experience(?: is)? required",
    r"no (?:prior|previous) experience",
    r"experience (?:is )?not required",
)
"""Wording that says the position needs no work experience (a text holding it is the
requirement, stated)."""


@functools.cache
def _no_experience_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(NO_EXPERIENCE_WORDING) + ")", re.IGNORECASE)


def says_no_experience(text: str) -> bool:
    """Whether the text says that no work experience is required."""
    return _no_experience_pattern().search(" ".join(text.split())) is not None


CLAUSE_LISTS: Final = (
    "general.items", "functions.items", "duties.items", "rights.items", "liability.items",
    "relationships.items", "conditions.items", "performance.items", "final.items",
)
"""Lists whose items are clauses, and so should not be a word or two. Other lists
(knowledge, skills, qualities, ...) are lists of names, which may well be one word."""
MIN_CLAUSE_WORDS: Final = 3
MIN_COMPLETION_WORDS: Final = 2
"""For an item that completes a lead-in («Работник несёт ответственность за: ...
сохранность документации;»): the lead-in says the rest."""
LEAD_IN_LISTS: Final = ("rights.items", "liability.items")
"""Lists the document leads in («Работник имеет право:», "The employee is liable:"; see
layout.build_sections): their items complete that sentence."""

def check_document(doc: Document, warnings: bool = True) -> list[Finding]:
    """Every finding for one document, in document order within each kind; with
    warnings False, its errors only, without the checks that find nothing else (the
    wording, the lists' items, the lead-ins)."""
    if not warnings:
        found = [*_completeness(doc), *_duty_layout(doc), *revision_checks.findings(doc)]
        strings: list[str] = []
        _gather(doc, strings)
        if characters.any_in(strings):  # rare: only then the walk that names each place
            found.extend(characters.findings(texts_of(doc)))
        return [f for f in found if f.severity == ERROR]
    from jdwizard import leadins  # not for the errors alone (a pre-commit hook)

    texts, lists = _values(doc)
    return [*_completeness(doc), *_duty_layout(doc), *_wording(texts, lists),
            *leadins.findings(doc), *revision_checks.findings(doc), *_characters(texts)]


def _characters(texts: Iterable[tuple[str, str]]) -> Iterator[Finding]:
    """characters.findings, looked for first a few hundred places and texts at a time:
    its own first look joins each place to its text, and those into one string, some
    1.3 MiB at once for 3,000 duties, the most of a check in the wizard. The characters
    it looks for are one each, so a piece holds one where the whole does."""
    pieces = iter(texts)
    while piece := list(itertools.islice(pieces, _PIECE)):
        if characters.any_in(itertools.chain.from_iterable(piece)):
            return characters.findings(texts)
    return iter(())


_PIECE: Final = 256


def _completeness(doc: Document) -> Iterator[Finding]:
    for place, missing, severity, message in _required_fields(doc):
        if missing:
            yield Finding(place, severity, t(message))
    for place, missing, message in _optional_fields(doc):
        if missing:
            yield Finding(place, WARNING, t(message))
    if _experience_contradicted(doc.qualifications):
        yield Finding("qualifications.experience", WARNING,
                      t("an experience requirement is written, yet experience_required = "
                        "false says none is needed; keep one"))


def _optional_fields(doc: Document) -> list[tuple[str, bool, str]]:
    """(place, missing, message), the message in English for uilang.t()."""
    q = doc.qualifications
    return [
        ("qualifications.education", not q.education.strip(), N_("no education requirement")),
        ("qualifications.experience", _experience_unstated(q),
         N_("no experience requirement; if none is needed, say so (experience_required = false)")),
        ("qualifications.knowledge", not q.knowledge, N_("nothing the employee must know")),
        ("qualifications.guided_by", not q.guided_by, N_("no documents that guide the work")),
        ("functions", not doc.functions.items, N_("the functions section is empty")),
        ("relationships", not doc.relationships.items, N_("the relationships section is empty")),
        ("conditions", not _any_value(doc.conditions), N_("no working conditions")),
        ("performance", not doc.performance.items, N_("no performance criteria")),
        ("final", not doc.final.items and not doc.document.contract_appendix,
         N_("no final provisions")),
    ]


def _experience_contradicted(q: Qualifications) -> bool:
    if q.experience_required is not False or not q.experience.strip():
        return False
    return not says_no_experience(q.experience)


def _experience_unstated(q: Qualifications) -> bool:
    if q.experience.strip() or q.experience_required is False:
        return False
    return not says_no_experience(q.education)


def _any_value(obj: object) -> bool:
    return any(bool(getattr(obj, f.name)) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def _duty_layout(doc: Document) -> Iterator[Finding]:
    duties = doc.duties.items
    shares = [d.share for d in duties if d.share is not None]
    if sum(shares) > 100:
        yield Finding("duties", ERROR,
                      t("the shares of working time add up to {total}%, more than 100%",
                        total=sum(shares)))
    seen: dict[str, int] = {}
    previous = ""
    for i, duty in enumerate(duties, 1):
        group = normalize(duty.group).casefold()
        if group and group != previous and group in seen:
            yield Finding(item_place("duties.items", i), WARNING,
                          t('the group "{group}" also holds item {item}; keep a group\'s '
                            "duties together", group=normalize(duty.group), item=seen[group]))
        if group:
            seen.setdefault(group, i)
        previous = group


def _wording(texts: Iterable[tuple[str, str]], lists: Lists) -> Iterator[Finding]:
    from jdwizard import vague  # not for the errors alone (a pre-commit hook)

    for place, phrase in vague.find_all(texts):
        yield Finding(place, WARNING, phrase.message)
    for place, items in lists:
        yield from _list_findings(place, items)


def _list_findings(place: str, items: Sequence[str]) -> Iterator[Finding]:
    first: dict[str, int] = {}
    led_in = place in LEAD_IN_LISTS
    clauses = place in CLAUSE_LISTS
    keys = _repeat_keys(items)
    for i, text in enumerate(items, 1):
        key = keys[i - 1]
        if key is None:
            pass  # no other item has its letters: it repeats none, and none repeats it
        elif key in first:
            yield Finding(f"{place}[{i}]", WARNING, t("repeats item {item}", item=first[key]))
        else:
            first[key] = i
        if clauses:
            completes, opens, words = _clause_shape(text)
            # An item ending in ";" or "," is one line of a list whose opening says the rest.
            minimum = MIN_COMPLETION_WORDS if led_in or completes else MIN_CLAUSE_WORDS
            if words < minimum:
                yield Finding(f"{place}[{i}]", WARNING, _too_short(minimum))
            # An item ending in a colon is a lead-in of its own for the items after it.
            led_in = led_in or opens


def _repeat_keys(items: Sequence[str]) -> list[str | None]:
    """Each item's comparable form, or None for an item that can repeat no other: one
    whose count of a few letters no other item shares, or the hash of whose comparable
    form none does. Two items of one form have the same letters, so the same counts;
    counting is some four times cheaper than finding the words, and most items of a
    list differ in them. Only the hashes of the forms are kept, not the forms."""
    counts = [_letter_counts(text) for text in items]
    shared = _twice(counts)
    if not shared:
        return [None] * len(counts)
    hashes = [_form_hash(text) if count in shared else None
              for text, count in zip(items, counts, strict=True)]
    alike = _twice(hashes)
    return [_comparable(text) if key in alike else None
            for text, key in zip(items, hashes, strict=True)]


def _twice(keys: Sequence[int | None]) -> set[int | None]:
    """The keys that are there more than once."""
    seen: set[int | None] = set()
    twice: set[int | None] = set()
    for key in keys:
        (twice if key in seen else seen).add(key)
    twice.discard(None)
    return twice


V = TypeVar("V")


class _Kept(Generic[V]):
    """make(text), kept for the texts last seen: at most `most`, then all let go and
    kept anew. A plain dict of the texts (which the document holds anyway) to their
    values, some 50 bytes a text: functools' lru_cache took some 250 with its links and
    its tuples, and the wizard keeps every text of the document here (1.9 MiB of three
    such caches with 3,000 duties, where the memory is tight)."""

    def __init__(self, make: Callable[[str], V], most: int = 1 << 13) -> None:
        self.__wrapped__ = make
        self._kept: dict[str, V] = {}
        self._most = most

    def __call__(self, text: str) -> V:
        value = self._kept.get(text)
        if value is None:
            value = self.__wrapped__(text)
            if len(self._kept) >= self._most:
                self._kept.clear()  # a bound on what a long session's edits could take
            self._kept[text] = value
        return value

    def cache_clear(self) -> None:
        self._kept.clear()


def _counts_hash(text: str) -> int:
    # Letters frequent in English or Russian; only a word's letters, as the comparable
    # form keeps every letter of its words (casefolded, as it is). Kept for the texts
    # last seen, as the comparable forms' hashes are: the wizard checks its texts again
    # after each pause in typing, and a company's files repeat a preset's clauses. Two
    # counts of one hash are only taken for shared: the forms then tell.
    return hash(tuple(map(text.casefold().count, _COUNTED))) & _HASH_BITS


_letter_counts: Final = _Kept(_counts_hash)


def _comparable_hash(text: str) -> int:
    # Not through department.comparable, which keeps the form itself: 3,000 duties'
    # forms were 0.7 MiB of the wizard's memory.
    return hash(_comparable.__wrapped__(text)) & _HASH_BITS


_HASH_BITS: Final = (1 << 60) - 1
"""What is kept of a hash: an int of 60 bits takes 32 bytes, one of 64 takes 48."""


_form_hash: Final = _Kept(_comparable_hash)


_COUNTED: Final = ("о", "е", "а", "e", "a", "o")


Shape = tuple[bool, bool, int]


def _shape(text: str) -> Shape:
    """Whether the clause ends in ";" or ",", whether in ":", and how many of its words
    hold a letter or a digit (not a lone dash), counted up to MIN_CLAUSE_WORDS."""
    shape = _shape_of(text)
    return _SHAPES.setdefault(shape, shape)  # one tuple for each of the 16 shapes


_SHAPES: Final[dict[Shape, Shape]] = {}


def _shape_of(text: str) -> Shape:
    if not text.isprintable():  # a control character or a line break: normalized first
        return _normalized_shape(normalize(text))
    # Printable: normalize would only make its runs of spaces one, so its words are
    # split's. Most words are all letters, or begin or end with one.
    words = text.split()
    count = 0
    for word in words:
        if word.isalnum() or word[0].isalnum() or word[-1].isalnum() or _ALNUM.search(word):
            count += 1
            if count == MIN_CLAUSE_WORDS:
                break
    last = words[-1] if words else ""
    return last.endswith((";", ",")), last.endswith(":"), count


_clause_shape: Final = _Kept(_shape)
"""Kept for the texts last seen, as copies of a preset's clauses are many."""


def _normalized_shape(text: str) -> Shape:
    count = 0
    found = _ALNUM.search(text)
    while found:
        count += 1
        # On to the next word: normalized text has one space between words.
        after = text.find(" ", found.end())
        if count == MIN_CLAUSE_WORDS or after < 0:
            break
        found = _ALNUM.search(text, after + 1)
    return text.endswith((";", ",")), text.endswith(":"), count


_ALNUM: Final = re.compile(r"[^\W_]")


def _too_short(minimum: int) -> str:
    if minimum == MIN_COMPLETION_WORDS:
        return t("too short to be unambiguous: write at least two words")
    return t("too short to be unambiguous: write at least three words")


def iter_texts(obj: object, place: str = "") -> Iterator[tuple[str, str]]:
    """Every text value of the document with its place, as errors name it."""
    return iter(texts_of(obj, place))


def texts_of(obj: object, place: str = "") -> list[tuple[str, str]]:
    """iter_texts as a list: made once for all of a document's checks."""
    texts: list[tuple[str, str]] = []
    _walk(obj, place, texts, None)
    return texts


Texts = list[tuple[str, str]]
Lists = list[tuple[str, list[str]]]


def _values(obj: object, place: str = "") -> tuple[_TextsOf, Lists]:
    """texts_of, and every list of text items that holds any, by place (duties by their
    text), in one walk."""
    texts = _TextsOf()
    lists: Lists = []
    _walk(obj, place, texts.made, lists, texts.duties)
    return texts, lists


class _TextsOf:
    """texts_of, but the texts of the duties (lists of Duty) made each time they are
    gone over, as they are: the places and values of 3,000 duties (their groups' too)
    were 0.5 MiB, held through all of each check in the wizard."""

    def __init__(self) -> None:
        self.made: Texts = []
        self.duties: list[tuple[int, str, list[Duty]]] = []
        """Where in made the texts of a list of duties go, its place, and its duties."""

    def __iter__(self) -> Iterator[tuple[str, str]]:
        made = self.made
        done = 0
        for at, place, duties in self.duties:
            for k in range(done, at):
                yield made[k]
            for i, duty in enumerate(duties, 1):
                one: Texts = []
                _walk(duty, item_place(place, i), one, None, None)
                yield from one
            done = at
        for k in range(done, len(made)):
            yield made[k]


def _walk(obj: object, place: str, texts: Texts, lists: Lists | None,
          duties: list[tuple[int, str, list[Duty]]] | None = None) -> None:
    # A walk of plain calls and appends, not of generators: a thousand documents'
    # checks walk some twenty thousand values each. lists: where to put the lists of
    # text of the dataclasses' fields (None inside a list or a table); duties: where to
    # leave their lists of duties for later, in their place (None: walked here).
    if isinstance(obj, str):
        if obj:
            texts.append((place, obj))
    elif isinstance(obj, list):
        for i, item in enumerate(obj, 1):
            if isinstance(item, str):
                if item:
                    texts.append((item_place(place, i), item))
            else:
                _walk(item, item_place(place, i), texts, None)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            _walk(value, f"{place}.{key}", texts, None)
    elif isinstance(obj, Duty):
        _walk(obj.text, place, texts, None)
        for name in DUTY_DETAILS:
            value = getattr(obj, name)
            if value:  # most details of most duties are empty: nothing to name there
                _walk(value, f"{place}.{name}", texts, None)
    else:
        for name in field_names(type(obj)):
            value = getattr(obj, name)
            if not value:  # nothing to name in an empty value
                continue
            sub = f"{place}.{name}" if place else name
            if lists is not None and isinstance(value, list):
                if isinstance(value[0], Duty):
                    lists.append((sub, [d.text for d in value]))
                    if duties is not None:
                        duties.append((len(texts), sub, value))
                        continue
                elif all(isinstance(v, str) for v in value):
                    lists.append((sub, value))
            _walk(value, sub, texts, lists, duties)


def _gather(obj: object, strings: list[str]) -> None:
    """Every text of the document, and every key of its tables, with no place: what
    _walk finds, for a look at them all."""
    if isinstance(obj, str):
        strings.append(obj)
    elif isinstance(obj, list):
        for item in obj:
            _gather(item, strings)
    elif isinstance(obj, dict):
        strings.extend(obj)
        for value in obj.values():
            _gather(value, strings)
    else:
        for name in field_names(type(obj)):
            _gather(getattr(obj, name), strings)


