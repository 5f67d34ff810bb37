"""The duties two positions of one department both claim (jdwizard/department.py): the
same findings as comparing every pair, one finding per duty of each file that names the
others, and the grouping that keeps a big department's comparison small."""

from __future__ import annotations

import math
import random
import re
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard import department, presets
from jdwizard.checks import WARNING, Finding, check_department
from jdwizard.model import Document, Duty

Members = list[tuple[str, Document]]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold())) - department.SMALL_WORDS


def _reference(documents: Members) -> list[Finding]:
    """Every duty against every duty of every other description of its unit, in order."""
    units: dict[tuple[str, ...], Members] = {}
    for path, doc in documents:
        org = doc.organization
        unit = tuple(" ".join(re.findall(r"\w+", name.casefold()))
                     for name in (org.name, org.department))
        units.setdefault(unit, []).append((path, doc))
    findings: list[Finding] = []
    for members in units.values():
        for m, (path, doc) in enumerate(members):
            for i, duty in enumerate(doc.duties.items, 1):
                claimed = _claimed(members, m, _words(duty.text))
                if claimed:
                    findings.append(Finding(f"duties.items[{i}]", WARNING,
                                            _message(claimed), path))
    return findings


def _claimed(members: Members, m: int, words: frozenset[str]) -> list[str]:
    """Each other member's first duty like words, as the finding names it."""
    claimed: list[str] = []
    for om, (path, doc) in enumerate(members):
        for oi, duty in enumerate(doc.duties.items, 1):
            other = _words(duty.text)
            if om != m and words and other and (
                    Fraction(len(words & other), len(words | other)) >= Fraction(7, 10)):
                title = doc.position.title
                who = f"{title} in {path}" if title else f"another position in {path}"
                claimed.append(f"{who} (duties.items[{oi}])")
                break
    return claimed


def _message(claimed: list[str]) -> str:
    rest = len(claimed) - department.SHARED_NAMED
    more = "" if rest <= 0 else f" and {rest} more position{'s' if rest > 1 else ''}"
    return (f"also a duty of {', '.join(claimed[:department.SHARED_NAMED])}{more}; "
            "give it to one position of the department")


def _preset_duties() -> list[str]:
    return [d.text for p in presets.all_presets()
            for d in presets.new_document(p.name).duties.items]


POOL = _preset_duties()
COMMON = ["организации", "the", "company's", "в", "отдела", "documents"]


def _variant(rnd: random.Random) -> str:
    """A preset's duty as is, its words shuffled, one word dropped, changed or added (a
    common one often), or two duties' words mixed: pairs on both sides of the threshold."""
    words = rnd.choice(POOL).split()
    kind = rnd.randrange(6)
    if kind == 1:
        rnd.shuffle(words)
    elif kind == 2 and len(words) > 1:
        words.pop(rnd.randrange(len(words)))
    elif kind == 3:
        words[rnd.randrange(len(words))] = rnd.choice(rnd.choice(POOL).split())
    elif kind == 4:
        words.insert(rnd.randrange(len(words) + 1), rnd.choice(COMMON))
    elif kind == 5:
        other = rnd.choice(POOL).split()
        words = words[: len(words) // 2] + other[len(other) // 2:]
    return " ".join(words)


def _folder(rnd: random.Random, files: int, duties: int) -> Members:
    documents: Members = []
    for n in range(files):
        doc = Document(language="en")
        doc.position.title = rnd.choice(["", f"Position {n}"])
        doc.organization.name = rnd.choice(["Vector LLC", ""])
        doc.organization.department = rnd.choice(["Sales", "Stock", ""])
        doc.duties.items = [Duty(_variant(rnd)) for _ in range(rnd.randrange(duties + 1))]
        documents.append((f"jd/{n}.toml", doc))
    return documents


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(2, 12), st.integers(1, 40))
def test_the_same_findings_as_comparing_every_pair(
    rnd: random.Random, files: int, duties: int
) -> None:
    documents = _folder(rnd, files, duties)
    assert check_department(documents) == _reference(documents)


@pytest.mark.parametrize("seed", range(3))
def test_the_same_findings_as_comparing_every_pair_in_a_big_folder(seed: int) -> None:
    # A few hundred duties of one unit, where the common words make most pairs meet.
    documents = _folder(random.Random(seed), 12, 40)
    for _, doc in documents:
        doc.organization.name, doc.organization.department = "Vector LLC", "Sales"
    expected = _reference(documents)
    assert len(expected) > 20  # enough near-duplicates for the comparison to mean something
    assert check_department(documents) == expected


# --- one finding per duty of each file, naming the others --------------------------------

SHARED = "Keeps the customer base in the CRM system"


def _position(title: str, duties: list[str]) -> Document:
    doc = Document(language="en")
    doc.position.title = title
    doc.organization.name, doc.organization.department = "Vector LLC", "Sales"
    doc.duties.items = [Duty(d) for d in duties]
    return doc


def _claimant(n: int, item: int = 1) -> str:
    return f"Manager {n} in {n}.toml (duties.items[{item}])"


@pytest.mark.parametrize("positions", range(2, 10))
def test_the_finding_names_every_other_position_up_to_the_limit_and_counts_the_rest(
    positions: int,
) -> None:
    docs = [(f"{n}.toml", _position(f"Manager {n}", [SHARED])) for n in range(1, positions + 1)]
    findings = check_department(docs)
    assert [(f.file, f.place) for f in findings] == [(f"{n}.toml", "duties.items[1]")
                                                    for n in range(1, positions + 1)]
    for n, finding in enumerate(findings, 1):
        others = [k for k in range(1, positions + 1) if k != n]
        named = [_claimant(k) for k in others[:department.SHARED_NAMED]]
        rest = len(others) - len(named)
        more = "" if not rest else f" and {rest} more position{'s' if rest > 1 else ''}"
        assert finding.message == (f"also a duty of {', '.join(named)}{more}; give it to one "
                                   "position of the department")
        # Itself never, and none left out uncounted.
        assert f"{n}.toml" not in finding.message


def test_each_position_is_named_by_its_first_duty_like_this_one() -> None:
    first = _position("Manager 1", ["Negotiates with suppliers", SHARED,
                                    f"{SHARED} daily"])
    second = _position("Manager 2", [f"Daily: {SHARED.lower()}", "Prepares sales reports"])
    findings = check_department([("1.toml", first), ("2.toml", second)])
    assert [(f.file, f.place) for f in findings] == [
        ("1.toml", "duties.items[2]"), ("1.toml", "duties.items[3]"),
        ("2.toml", "duties.items[1]")]
    assert [_claimant(2) in f.message for f in findings[:2]] == [True, True]
    assert _claimant(1, 2) in findings[2].message


def test_a_position_with_the_same_duty_twice_is_not_its_own_claimant() -> None:
    alone = _position("Manager 1", [SHARED, SHARED.upper()])
    other = _position("Manager 2", ["Prepares sales reports"])
    assert check_department([("1.toml", alone), ("2.toml", other)]) == []


def test_the_finding_is_in_the_language_of_the_file_it_is_on() -> None:
    english = _position("Manager", [SHARED])
    russian = _position("Менеджер", [SHARED])
    russian.language = "ru"
    on_en, on_ru = check_department([("en.toml", english), ("ru.toml", russian)])
    assert on_en.message.startswith("also a duty of Менеджер in ru.toml")
    assert on_ru.message.startswith("та же обязанность есть у должности «Manager» (en.toml")


# --- what keeps the comparison small -------------------------------------------------------

def test_identical_duties_of_many_files_are_compared_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[int] = []
    similar_sets = department.similar_sets

    def counting(sets: list[frozenset[str]]) -> list[list[int]]:
        seen.append(len(sets))
        return similar_sets(sets)

    monkeypatch.setattr(department, "similar_sets", counting)
    duties = [SHARED, "Prepares sales reports", "prepares SALES reports"]
    docs = [(f"{n}.toml", _position(f"Manager {n}", duties)) for n in range(1000)]
    findings = check_department(docs)
    assert seen == [2]  # two word sets, whatever the number of files
    assert len(findings) == 3000 and "and 996 more positions" in findings[-1].message


@pytest.mark.parametrize("size", range(1, 200))
def test_the_prefix_is_exactly_as_long_as_the_filter_needs(size: int) -> None:
    # size - ceil(t·size) + 1, computed exactly: shorter would miss pairs.
    exact = size - math.ceil(Fraction(str(department.SIMILARITY_THRESHOLD)) * size) + 1
    assert department.prefix_length(size) == exact


def test_sets_that_share_only_a_common_word_are_not_similar() -> None:
    sets = [frozenset({"организации", f"w{n}", f"v{n}"}) for n in range(50)]
    sets.append(frozenset({"организации", "w1", "v1", "x"}))  # 3 of 4 words of set 1
    neighbours = department.similar_sets(sets)
    assert neighbours[1] == [50] and neighbours[50] == [1]
    assert all(not neighbours[n] for n in range(50) if n != 1)
