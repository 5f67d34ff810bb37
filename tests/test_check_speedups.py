"""The shortcuts `check` takes for speed find what the plain way finds.

vague.find_all looks at all of a document's new texts together first, and at each text
only for the rules that look named; a text seen before is not looked at again; the
clause shapes and comparable forms are kept per text. Each is checked here against the
way without it: every rule tried on every text, and every document checked with
nothing kept from another.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard import checks, department, presets, vague
from jdwizard.findings import Finding
from jdwizard.model import Document, Duty
from jdwizard.output.mdtext import normalize

PIECES = [
    # Phrases of the rules, their forms, and near misses that share their letters.
    "и другие", "и других служащих", "и других правоведов", "и иные нормативные",
    "при образовании другого", "иных поручений",
    "при необходимости", "в случае производственной необходимости", "по мере возможности",
    "достаточном для", "достаточные основания", "различных", "безразличных", "разное",
    "своевременно", "своевременность", "соответствующим органам", "соответствующей требованиям",
    "в кратчайшие сроки", "надлежащим образом", "и т.д.", "и т. п.", "и др", "прочие",
    "и другие функции", "иных заданий", "прочие обязанности", "задачи",
    "etc.", "et cetera", "other duties as assigned", "any other related tasks", "other",
    "another", "as needed", "as required by",
    "in a timely manner", "timeliness", "some", "handsome", "many", "how many", "several",
    "fairly large", "treat fairly", "reasonable accommodation", "sufficient for", "various",
    "and more", "and much more", "in", "by law",
    # Words around them, and what joins words: a hyphen, a digit, a Latin letter.
    "Готовит", "отчёты", "руководителю", "Prepares", "reports", "-", "5", "x", "кое-",
    "(", ")", ",", ";", ":", ".", "\n",
]


MARKS = frozenset("-(),;:.\n")


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Words as texts hold them: apart, or joined by a mark («кое-», «(и т.д.)»). Two
    words written together make one other word, which the loose look may take for
    another («служащихи» for «служащих»)."""
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8))
    text = pieces[0]
    for piece in pieces[1:]:
        marked = piece[0] in MARKS or text[-1] in MARKS
        text += draw(st.sampled_from(["", " "] if marked else [" ", "  "])) + piece
    return text


def every_rule(text: str) -> tuple[vague.VaguePhrase, ...]:
    """The text's phrases with no rule left out beforehand."""
    return vague._phrases(text, vague.RULES)


def candidates_alone(text: str) -> list[vague.Rule]:
    """The rules a text may match, looked for in it alone, each by its key words and
    then its loose regex where a word begins."""
    low = text.lower()
    found = []
    for rule in vague.RULES:
        needles = vague._needles(rule)
        if needles and not any(needle in low for needle in needles):
            continue
        pattern = vague._loose(rule.surface)
        starts = [m.start() for m in pattern.finditer(low)]
        starts += [i for i in range(len(low)) if pattern.match(low, i)]
        if any(not rule.slots or i == 0 or not vague._LETTER.match(low, i - 1)
               for i in starts):
            found.append(rule)
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=6))
def test_the_rules_looked_for_in_all_texts_at_once_are_those_of_each_alone(
        values: list[str]) -> None:
    assert vague._candidates_of_each(values) == [candidates_alone(text) for text in values]


@settings(max_examples=300, deadline=None)
@given(st.lists(texts(), min_size=1, max_size=6))
def test_looking_at_a_documents_texts_together_misses_no_phrase(values: list[str]) -> None:
    vague._SEEN.clear()
    places = [(f"duties.items[{i}]", text) for i, text in enumerate(values, 1)]
    expected = [(place, phrase) for place, text in places for phrase in every_rule(text)]
    assert vague.find_all(places) == expected


def varied_documents(count: int) -> Iterator[Document]:
    """Presets with vague, short, repeated and wrongly-cased items added, as a folder
    of real descriptions written from them holds."""
    rnd = random.Random(12)
    names = [p.name for p in presets.all_presets() if not p.name.startswith("blank")]
    for n in range(count):
        doc = presets.new_document(names[n % len(names)])
        for _ in range(rnd.randint(0, 8)):
            text = rnd.choice([*PIECES, "Ведёт учёт", "знание", "Excel", "one"])
            where = rnd.choice([doc.rights.items, doc.liability.items, doc.general.items,
                                doc.qualifications.knowledge, doc.qualifications.skills])
            if rnd.random() < 0.4:
                doc.duties.items.append(Duty(text=text))
            elif rnd.random() < 0.3 and where:
                where.append(rnd.choice(where))  # a repeat
            else:
                where.append(text)
        yield doc


def each_alone(docs: Sequence[Document]) -> list[list[Finding]]:
    found = []
    for doc in docs:
        vague._SEEN.clear()
        checks._clause_shape.cache_clear()
        checks._letter_counts.cache_clear()
        department.comparable.cache_clear()
        found.append(checks.check_document(doc))
    return found


def test_what_is_kept_from_one_document_changes_no_others_findings() -> None:
    docs = list(varied_documents(60))
    alone = each_alone(docs)
    assert sum(map(len, alone)) > 60  # the documents do have findings to compare
    in_turn = [checks.check_document(doc) for doc in docs]
    backwards = [checks.check_document(doc) for doc in reversed(docs)][::-1]
    assert in_turn == alone
    assert backwards == alone


def test_the_texts_of_a_document_are_walked_as_a_generator_would() -> None:
    def walk(obj: object, place: str = "") -> Iterator[tuple[str, str]]:
        # The walk as it was written before, a generator per value.
        if isinstance(obj, str):
            if obj:
                yield place, obj
        elif isinstance(obj, list):
            for i, item in enumerate(obj, 1):
                yield from walk(item, f"{place}[{i}]")
        elif isinstance(obj, dict):
            for key, value in obj.items():
                yield from walk(value, f"{place}.{key}")
        elif hasattr(obj, "__dataclass_fields__"):
            for name in obj.__dataclass_fields__:
                sub = f"{place}.{name}" if place else name
                if isinstance(obj, Duty) and name == "text":
                    sub = place
                yield from walk(getattr(obj, name), sub)

    for doc in varied_documents(20):
        doc.position.codes = {"okz": "2433", "x": ""}
        assert checks.texts_of(doc) == list(walk(doc))


def clause_shape_by_words(text: str) -> tuple[bool, bool, int]:
    """The clause's shape by splitting it into words, as it was first written."""
    text = normalize(text)
    words = [word for word in text.split(" ") if re.search(r"[^\W_]", word)]
    return (text.endswith((";", ",")), text.endswith(":"),
            min(len(words), checks.MIN_CLAUSE_WORDS))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1_—-;:, \t\nжё"), max_size=30))
def test_the_words_of_a_clause_are_counted_as_by_splitting_it(text: str) -> None:
    assert checks._clause_shape.__wrapped__(text) == clause_shape_by_words(text)
