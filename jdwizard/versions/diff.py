"""What changed between two versions of a job description, clause by clause.

Two Documents in, a list of Change out, in document order; nothing is printed. A clause
is named by its number as each version prints it (jdwizard.output.layout.clause_numbers)
and a field by the label the document prints before it (jdwizard.locale), so that the
changes read as the signed paper does: "3.2 changed", «Непосредственный руководитель».

What is compared is what the document prints: a value that prints the same in both
(a lead-in key and its own words, white space) is no change, and what the file keeps
but the document never shows (the preset, the export formats) is left out.

Clauses of one list are paired across the versions by their text: the same words, else
the most alike (difflib's ratio, SIMILAR or more, of clauses that share a third of their
words), best pair first, so that a reworded clause is "changed" and not "removed" and
"added". A pair is "moved" when it is not on the longest run of pairs that keep their
order: clauses renumbered only because one was added or removed above them keep their
order, and so are not moved.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Protocol

from jdwizard import leadins
from jdwizard.locale import format_date, phrase
from jdwizard.model import Document, Duty, numbered_revisions
from jdwizard.output.layout import clause_numbers, running, with_text
from jdwizard.output.mdtext import normalize
from jdwizard.output.printed import BLANK_ROWS

CHANGED: Final = "changed"
ADDED: Final = "added"
REMOVED: Final = "removed"
MOVED: Final = "moved"

SIMILAR: Final = 0.6
"""How alike (difflib's ratio of the normalized texts) a clause must stay to count as
the same clause reworded."""

MAX_COMPARISONS: Final = 40_000
"""Beyond this many pairs of unmatched clauses in one list (200 rewritten against 200)
no pair is looked for by likeness: the comparison would take seconds, and a list
rewritten that far reads better as removed and added anyway."""

MAX_RATIOS: Final = 3_000
"""At most this many pairs of one list get difflib's ratio (some two seconds)."""


@dataclass(frozen=True)
class Change:
    kind: str
    """CHANGED, ADDED, REMOVED or MOVED."""
    place: str
    """Where it is in the new document (duties.items[3]); in the old one when removed."""
    old_place: str = ""
    """Where it was in the old document; "" when added."""
    old_number: str = ""
    """Its clause's number as the old document prints it ("3.7"); "" when none."""
    new_number: str = ""
    old: str = ""
    """The text as the old document prints it; "" when added."""
    new: str = ""
    label: str = ""
    """A field's printed label («Непосредственный руководитель»); "" for a clause."""
    bullet: bool = False
    """An item of a clause's bulleted list (knowledge, ...): the numbers are the clause's."""
    moved: bool = False
    """A changed clause that also moved within its list."""

    @property
    def number(self) -> str:
        """The number a reader looks for: the old one of a removed clause, else the new."""
        return self.old_number if self.kind == REMOVED else self.new_number


LABELS: Final[dict[str, dict[str, str]]] = {
    # Fields the document prints without a label of its own (jdwizard.locale has none).
    "en": {
        "language": "Language of the document",
        "position.title_genitive": "Position in the heading",
        "document.basis": "Basis of the document",
        "document.blank_rows": "Blank rows of the acknowledgement sheet",
        "approval.position": "Approved by (position)",
        "approval.name": "Approved by (name)",
        "approval.date": "Date of approval",
        "approval.order_number": "Number of the approving order",
        "approval.order_date": "Date of the approving order",
        "author.position": "Developed by (position)",
        "author.name": "Developed by (name)",
        "author.date": "Date of development",
        "lead": "lead-in",
    },
    "ru": {
        "language": "Язык документа",
        "position.title_genitive": "Должность в заголовке",
        "document.basis": "Основание разработки",
        "document.blank_rows": "Пустые строки листа ознакомления",
        "approval.position": "Утверждает (должность)",
        "approval.name": "Утверждает (Ф.И.О.)",
        "approval.date": "Дата утверждения",
        "approval.order_number": "Номер приказа об утверждении",
        "approval.order_date": "Дата приказа об утверждении",
        "author.position": "Разработчик (должность)",
        "author.name": "Разработчик (Ф.И.О.)",
        "author.date": "Дата разработки",
        "lead": "вводная фраза",
    },
}


def diff(old: Document, new: Document, lang: str | None = None) -> list[Change]:
    """Every change from old to new, in document order; labels in lang (else the new
    document's language)."""
    sides = _Sides(_Side.of(old), _Side.of(new), lang or new.language)
    return [change for part in PARTS for change in part.changes(sides)]


# --- the two versions ------------------------------------------------------------------


@dataclass(frozen=True)
class _Side:
    doc: Document
    numbers: dict[str, str]

    @classmethod
    def of(cls, doc: Document) -> _Side:
        return cls(doc, {place: number.rstrip(".")
                         for place, number in clause_numbers(doc).items()})

    @property
    def lang(self) -> str:
        return self.doc.language

    def number(self, place: str) -> str:
        return self.numbers.get(place, "")


@dataclass(frozen=True)
class _Sides:
    old: _Side
    new: _Side
    lang: str
    """The labels' language."""


class _Part(Protocol):
    @property
    def place(self) -> str: ...

    def changes(self, sides: _Sides) -> Iterator[Change]: ...


Value = Callable[[Document, str], str]
"""A field's value as a document prints it, in the given language; "" when unprinted."""
Label = Callable[[str], str]


# --- fields and single clauses -----------------------------------------------------------


@dataclass(frozen=True)
class _Field:
    """A value the document prints once: by its label, or (label None) a clause of its
    own that is printed or not (heads_organization, contract_appendix)."""

    place: str
    label: Label | None
    value: Value

    def changes(self, sides: _Sides) -> Iterator[Change]:
        old = self.value(sides.old.doc, sides.old.lang)
        new = self.value(sides.new.doc, sides.new.lang)
        if old == new:
            return
        kind = ADDED if not old else REMOVED if not new else CHANGED
        label = self.label(sides.lang) if self.label else ""
        yield Change(kind, self.place, self.place, sides.old.number(self.place),
                     sides.new.number(self.place), old, new, label)


def _phrase(key: str) -> Label:
    return lambda lang: phrase(lang, key)


def _own(key: str) -> Label:
    return lambda lang: LABELS.get(lang, LABELS["en"])[key]


def _lead_label(key: str) -> Label:
    return lambda lang: f"{phrase(lang, key)} ({LABELS.get(lang, LABELS['en'])['lead']})"


def _raw(doc: Document, place: str) -> object:
    section, name = place.split(".")
    return getattr(getattr(doc, section), name)


def _plain(place: str) -> Value:
    """The value as written (one line): names, numbers, positions in signature blocks."""
    return lambda doc, lang: normalize(str(_raw(doc, place)))


def _printed(place: str) -> Value:
    """The value as it reads after its label: «начальник отдела продаж»."""
    def value(doc: Document, lang: str) -> str:
        text = str(_raw(doc, place))
        return running(text, lang) if normalize(text) else ""
    return value


def _date(place: str) -> Value:
    def value(doc: Document, lang: str) -> str:
        day = _raw(doc, place)
        return format_date(lang, day) if isinstance(day, date) else ""
    return value


def _choice(place: str, prefix: str) -> Value:
    """A value printed as its phrase: category "specialist" as «специалист»."""
    def value(doc: Document, lang: str) -> str:
        key = str(_raw(doc, place))
        return phrase(lang, f"{prefix}.{key}") if key else ""
    return value


def _flag_clause(place: str, key: str, printed_when: bool = True) -> Value:
    """A sentence the document prints when a flag is set (or, printed_when False, when
    it is false and not merely unset)."""
    def value(doc: Document, lang: str) -> str:
        if _raw(doc, place) is not printed_when:
            return ""
        text = phrase(lang, key)
        return text if text.endswith(".") else f"{text}."
    return value


def _other_titles(doc: Document, lang: str) -> str:
    return "; ".join(running(t, lang) for t in doc.position.other_titles if t.strip())


def _codes(doc: Document, lang: str) -> str:
    names = {key: phrase(lang, f"code.{key}")
             for key in ("okpdtr", "okz", "isco08", "onet", "eks")}
    return "; ".join(f"{names.get(k, k)} {normalize(v)}" for k, v in doc.position.codes.items())


def _blank_rows(doc: Document, lang: str) -> str:
    rows = doc.document.blank_rows
    return str(BLANK_ROWS if rows is None else rows)


def _standard_lead(place: str) -> Value:
    """A lead-in with standard forms (rights, knowledge, ...), as the document prints it."""
    return lambda doc, lang: leadins.lead_text(doc, place, lang)


def _own_lead(section: str) -> Value:
    return lambda doc, lang: leadins.own_lead(str(_raw(doc, f"{section}.lead")))


# --- lists of clauses --------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    index: int
    """Its place in the file's list, from 1: duties.items[3]."""
    key: str
    """What it is matched by: a duty's text without its group and share."""
    shown: str
    """What the document prints of it."""


Items = Callable[[Document, str], list[_Item]]


@dataclass(frozen=True)
class _List:
    """A list of clauses (duties.items), or of a clause's bullets (qualifications.knowledge)."""

    place: str
    items: Items
    bullets: bool = False

    def changes(self, sides: _Sides) -> Iterator[Change]:
        old = self.items(sides.old.doc, sides.old.lang)
        new = self.items(sides.new.doc, sides.new.lang)
        pairs = match([o.key for o in old], [n.key for n in new])
        shifted = moved(pairs)
        ordered: list[tuple[tuple[int, int, int], Change]] = []
        for i, j in pairs:
            change = self._pair(sides, old[i], new[j], (i, j) in shifted)
            if change:
                ordered.append(((j, 0, 0), change))
        paired_old = {i: j for i, j in pairs}
        paired_new = set(paired_old.values())
        for j, item in enumerate(new):
            if j not in paired_new:
                ordered.append(((j, 0, 0), self._one(sides, ADDED, None, item)))
        before = -1  # where the clause a removed one followed now stands: it is shown there
        for i, item in enumerate(old):
            if i in paired_old:
                before = paired_old[i]
            else:
                ordered.append(((before, 1, i), self._one(sides, REMOVED, item, None)))
        return (change for _, change in sorted(ordered, key=lambda entry: entry[0]))

    def _place(self, item: _Item | None) -> str:
        return f"{self.place}[{item.index}]" if item else ""

    def _number(self, side: _Side, item: _Item | None) -> str:
        if self.bullets:
            return side.number(self.place)
        return side.number(self._place(item)) if item else ""

    def _one(self, sides: _Sides, kind: str, old: _Item | None, new: _Item | None,
             shifted: bool = False) -> Change:
        return Change(kind, self._place(new or old), self._place(old),
                      self._number(sides.old, old), self._number(sides.new, new),
                      old.shown if old else "", new.shown if new else "",
                      bullet=self.bullets, moved=shifted)

    def _pair(self, sides: _Sides, old: _Item, new: _Item, shifted: bool) -> Change | None:
        if old.shown != new.shown:
            return self._one(sides, CHANGED, old, new, shifted)
        if shifted:
            return self._one(sides, MOVED, old, new, shifted)
        return None


def _strings(place: str) -> Items:
    return lambda doc, lang: [_Item(i, text, normalize(text))
                              for i, text in with_text(_strings_of(doc, place))]


def _strings_of(doc: Document, place: str) -> list[str]:
    value = _raw(doc, place)
    assert isinstance(value, list)
    return [str(v) for v in value]


def _duties(doc: Document, lang: str) -> list[_Item]:
    return [_Item(i, duty.text, duty_shown(duty, lang))
            for i, duty in enumerate(doc.duties.items, 1) if normalize(duty.text)]


def duty_shown(duty: Duty, lang: str) -> str:
    """A duty with what the document prints with it: its group (the heading it stands
    under), essential or marginal, its share of time: "Text (Sales; 10% of working time)"."""
    remarks = [normalize(duty.group)] if normalize(duty.group) else []
    if duty.essential is not None:
        remarks.append(phrase(lang, "essential" if duty.essential else "marginal"))
    if duty.share is not None:
        remarks.append(phrase(lang, "share").format(share=duty.share))
    text = normalize(duty.text)
    return f"{text} ({'; '.join(remarks)})" if remarks else text


# --- signatures and revisions --------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    index: int
    """Its place in the file's list, from 1: agreed[2]."""
    key: str
    """What it is matched by."""
    shown: str


@dataclass(frozen=True)
class _Rows:
    """Rows of a signature block or a sheet: agreement signatures and acknowledgements,
    matched by name (an agreement whose name is left blank to be written by hand, by its
    position), and the change sheet's revisions, by number."""

    place: str
    label: Label
    entries: Callable[[Document, str], list[_Row]]

    def changes(self, sides: _Sides) -> Iterator[Change]:
        old = self.entries(sides.old.doc, sides.old.lang)
        new = self.entries(sides.new.doc, sides.new.lang)
        pairs = dict(_same([row.key for row in old], [row.key for row in new],
                           list(range(len(old))), list(range(len(new)))))
        label = self.label(sides.lang)
        for i, row in enumerate(old):
            if i not in pairs:
                yield Change(REMOVED, self._at(row), self._at(row), old=row.shown, label=label)
            elif row.shown != new[pairs[i]].shown:
                yield Change(CHANGED, self._at(new[pairs[i]]), self._at(row), old=row.shown,
                             new=new[pairs[i]].shown, label=label)
        paired_new = set(pairs.values())
        for j, row in enumerate(new):
            if j not in paired_new:
                yield Change(ADDED, self._at(row), new=row.shown, label=label)

    def _at(self, row: _Row) -> str:
        return f"{self.place}[{row.index}]"


def _agreed(doc: Document, lang: str) -> list[_Row]:
    rows = []
    for i, s in enumerate(doc.agreed, 1):
        name, position = normalize(s.name), normalize(s.position)
        shown = ", ".join(x for x in (position, name, _day(s.date, lang)) if x)
        rows.append(_Row(i, f"name:{name.casefold()}" if name else f"as:{position.casefold()}",
                         shown))
    return rows


def _acknowledged(doc: Document, lang: str) -> list[_Row]:
    return [_Row(i, normalize(a.name).casefold(),
                 ", ".join(x for x in (normalize(a.name), _day(a.date, lang),
                                       normalize(a.passport)) if x))
            for i, a in enumerate(doc.acknowledged, 1) if not a.is_empty]


def _revisions(doc: Document, lang: str) -> list[_Row]:
    """The change sheet's rows: "№ 2, 15.03.2027: what changed (the order)"."""
    rows = []
    for numbered in numbered_revisions(doc.revisions):
        revision = numbered.revision
        head = ", ".join(x for x in (f"{phrase(lang, 'number_sign')} {numbered.number}",
                                     _day(revision.date, lang)) if x)
        basis = normalize(revision.basis)
        rows.append(_Row(numbered.place, numbered.number.casefold(),
                         f"{head}: {normalize(revision.changes)}"
                         + (f" ({basis})" if basis else "")))
    return rows


def _day(value: date | None, lang: str) -> str:
    return format_date(lang, value) if value else ""


# --- pairing -----------------------------------------------------------------------------


def match(old: Sequence[str], new: Sequence[str], threshold: float = SIMILAR
          ) -> list[tuple[int, int]]:
    """Pairs (i, j), sorted: old[i] is new[j], the same text or reworded. The same words
    pair first: as many as keep their order (a longest common subsequence), then those
    that moved; then, of the rest, the most alike above threshold, greedily, best first
    (of equals, the nearer)."""
    a, b = [_key(text) for text in old], [_key(text) for text in new]
    pairs = _common(a, b)
    pairs += _same(a, b, *_free(pairs, len(a), len(b)))
    pairs += _similar(a, b, *_free(pairs, len(a), len(b)), threshold)
    return sorted(pairs)


def _key(text: str) -> str:
    """The words, in lower case: punctuation and spacing are no rewording."""
    return " ".join(re.findall(r"\w+", normalize(text).casefold()))


def _free(pairs: list[tuple[int, int]], n: int, m: int) -> tuple[list[int], list[int]]:
    """The places of old and of new that no pair takes."""
    taken_old, taken_new = {i for i, _ in pairs}, {j for _, j in pairs}
    return ([i for i in range(n) if i not in taken_old],
            [j for j in range(m) if j not in taken_new])


def _common(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Equal texts that keep their order, as many as can: a longest rising run of the
    candidate pairs, each old text's equals taken from the last (Hunt and Szymanski), so
    that no old text is on the run twice. With a flood of equal texts (a list of one
    repeated line) the candidates would be too many: none are paired here then."""
    places: defaultdict[str, list[int]] = defaultdict(list)
    for j, key in enumerate(b):
        places[key].append(j)
    if sum(len(places.get(key, ())) for key in a) > MAX_COMPARISONS:
        return []
    candidates = [(i, j) for i, key in enumerate(a) for j in reversed(places.get(key, []))]
    return [candidates[k] for k in _rising(candidates)]


def _same(a: Sequence[str], b: Sequence[str], free_old: list[int], free_new: list[int]
          ) -> list[tuple[int, int]]:
    """Equal texts among those left: the k-th of one text with its k-th (moved ones)."""
    waiting: defaultdict[str, deque[int]] = defaultdict(deque)
    for j in free_new:
        waiting[b[j]].append(j)
    return [(i, waiting[a[i]].popleft()) for i in free_old if waiting[a[i]]]


def _similar(a: Sequence[str], b: Sequence[str], free_old: list[int], free_new: list[int],
             threshold: float) -> list[tuple[int, int]]:
    candidates: list[tuple[float, int, int, int]] = []
    for i, j in _likely(a, b, free_old, free_new):
        matcher = difflib.SequenceMatcher(None, a[i], b[j], autojunk=False)
        if (matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold
                and (ratio := matcher.ratio()) >= threshold):
            candidates.append((-ratio, abs(i - j), i, j))
    pairs: list[tuple[int, int]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, _, i, j in sorted(candidates):
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return pairs


def _likely(a: Sequence[str], b: Sequence[str], free_old: list[int], free_new: list[int]
            ) -> list[tuple[int, int]]:
    """The pairs worth difflib's ratio, which costs a millisecond a pair of sentences (and
    Russian texts have letters enough in common for its quick bounds to pass nearly any
    pair): those that share a third of their words or more, the most first, at most
    MAX_RATIOS of them. Of the presets' duties, every pair at 0.6 shares over two fifths."""
    if len(free_old) * len(free_new) > MAX_COMPARISONS:
        return []
    old = {i: _stems(a[i]) for i in free_old}
    new = {j: _stems(b[j]) for j in free_new}
    shared = [(len(old[i] & new[j]) / max(1, min(len(old[i]), len(new[j]))), i, j)
              for i in free_old for j in free_new]
    kept = sorted((-share, i, j) for share, i, j in shared if share * 3 >= 1)
    return [(i, j) for _, i, j in kept[:MAX_RATIOS]]


def _stems(key: str) -> set[str]:
    """The words' first five letters (a Russian word's ending changes with its case), less
    the short words every sentence has («и», «в», "of")."""
    return {word[:5] for word in key.split() if len(word) > 2}


def moved(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The pairs (sorted by old place) off a longest run whose new places rise too: those
    that changed their order among the clauses both versions have."""
    kept = set(_rising(pairs))
    return {pair for k, pair in enumerate(pairs) if k not in kept}


def _rising(pairs: list[tuple[int, int]]) -> list[int]:
    """Which of the pairs (in old order) make a longest run whose new places strictly
    rise, in order (patience sorting, with each pair's predecessor kept)."""
    tails: list[int] = []  # the smallest new place that ends a run of each length
    ends: list[int] = []  # which pair ends it
    before: list[int] = []  # each pair's predecessor on the run it ends
    for k, (_, j) in enumerate(pairs):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            ends.append(k)
        else:
            tails[length] = j
            ends[length] = k
        before.append(ends[length - 1] if length else -1)
    run: list[int] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        run.append(k)
        k = before[k]
    return run[::-1]


# --- the document, in order --------------------------------------------------------------


def _field(place: str, key: str, value: Value | None = None) -> _Field:
    """A labelled field of the general provisions or the conditions, printed as it reads."""
    return _Field(place, _phrase(key), value or _printed(place))


def _section(section: str, title: str) -> tuple[_Part, ...]:
    """A section that is a list: its lead-in (free text), then its clauses."""
    return (_Field(f"{section}.lead", _lead_label(title), _own_lead(section)),
            _List(f"{section}.items", _strings(f"{section}.items")))


def _qualification_list(key: str) -> tuple[_Part, ...]:
    place = f"qualifications.{key}"
    parts: tuple[_Part, ...] = ()
    if place in leadins.FORMS:
        parts = (_Field(leadins.lead_place(place), _lead_label(key), _standard_lead(place)),)
    return (*parts, _List(place, _strings(place), bullets=True))


PARTS: Final[tuple[_Part, ...]] = (
    # The heading and the requisites.
    _Field("language", _own("language"), lambda doc, lang: doc.language),
    _Field("organization.name", _phrase("organization"), _plain("organization.name")),
    _Field("organization.department", _phrase("department"), _plain("organization.department")),
    _Field("document.number", _phrase("number"), _plain("document.number")),
    _Field("document.place", _phrase("place"), _plain("document.place")),
    _Field("document.effective_date", _phrase("effective_date"), _date("document.effective_date")),
    _Field("document.status", _phrase("status"), _choice("document.status", "status")),
    _Field("position.title", _phrase("position"), _plain("position.title")),
    _Field("position.title_genitive", _own("position.title_genitive"),
           _plain("position.title_genitive")),
    _Field("document.basis", _own("document.basis"), _plain("document.basis")),
    # 1. General provisions, in the order jdwizard.output.layout prints them.
    _field("position.summary", "summary"),
    _field("position.category", "category", _choice("position.category", "category")),
    _Field("subordination.heads_organization", None,
           _flag_clause("subordination.heads_organization", "heads_organization")),
    _field("subordination.reports_to", "reports_to"),
    _List("subordination.subordinates", _strings("subordination.subordinates"), bullets=True),
    _field("subordination.substitute", "substitute"),
    _field("subordination.appointment", "appointment"),
    _field("position.other_titles", "other_titles", _other_titles),
    _field("position.codes", "codes", _codes),
    _field("qualifications.education", "education"),
    _field("qualifications.experience", "experience"),
    _Field("qualifications.experience_required", None,
           _flag_clause("qualifications.experience_required", "no_experience", False)),
    *(part for key in ("training", "preferred", "knowledge", "skills", "qualities", "guided_by")
      for part in _qualification_list(key)),
    *_section("general", "sec.general"),
    *_section("functions", "sec.functions"),
    _List("duties.items", _duties),
    _Field("rights.lead", _lead_label("sec.rights"), _standard_lead("rights.items")),
    _List("rights.items", _strings("rights.items")),
    _Field("liability.lead", _lead_label("sec.liability"), _standard_lead("liability.items")),
    _List("liability.items", _strings("liability.items")),
    *_section("relationships", "sec.relationships"),
    _field("conditions.schedule", "schedule"),
    _field("conditions.place", "work_place"),
    _field("conditions.travel", "travel"),
    _field("conditions.physical", "physical"),
    _field("conditions.environment", "environment"),
    _field("conditions.employment", "employment"),
    _List("conditions.items", _strings("conditions.items")),
    *_section("performance", "sec.performance"),
    *_section("final", "sec.final"),
    _Field("document.contract_appendix", None,
           _flag_clause("document.contract_appendix", "contract_appendix")),
    # The signatures.
    _Field("approval.position", _own("approval.position"), _plain("approval.position")),
    _Field("approval.name", _own("approval.name"), _plain("approval.name")),
    _Field("approval.date", _own("approval.date"), _date("approval.date")),
    _Field("approval.order_number", _own("approval.order_number"),
           _plain("approval.order_number")),
    _Field("approval.order_date", _own("approval.order_date"), _date("approval.order_date")),
    _Field("author.position", _own("author.position"), _plain("author.position")),
    _Field("author.name", _own("author.name"), _plain("author.name")),
    _Field("author.date", _own("author.date"), _date("author.date")),
    _Rows("agreed", _phrase("agreed"), _agreed),
    _Rows("acknowledged", _phrase("ack.title"), _acknowledged),
    _Field("document.blank_rows", _own("document.blank_rows"), _blank_rows),
    _Rows("revisions", _phrase("rev.title"), _revisions),
)
"""Everything the document prints, in the order it prints it (the signatures last, then
the change sheet)."""

COMPARED: Final = frozenset(part.place for part in PARTS)
"""The places compared: a test holds every field of the model to be one of them, or
deliberately not printed."""
