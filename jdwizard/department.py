"""Duties that two positions of one department both claim: `jdwizard check` of a folder.

A department of a thousand descriptions holds tens of thousands of duties, most of them
copies of a few presets' texts, and every one shares a common word («организации») with
most others. So duties are not compared pair by pair: identical word sets are grouped
first (a duty of 1,000 identical files is one set, compared once), and among the
distinct sets only candidates meet, found by a prefix filter on the rarest words. The
work then grows with the duties and the similar pairs that exist, not with the square of
the department.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import Final

from jdwizard.findings import WARNING, Finding, plural, speaking
from jdwizard.model import Document
from jdwizard.output.mdtext import normalize
from jdwizard.uilang import t

SIMILARITY_THRESHOLD: Final = 0.7
"""Two duties are "nearly the same" when their word sets, less the small words below,
overlap by this share or more (Jaccard index: shared words / all words)."""
SMALL_WORDS: Final = frozenset(
    [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "as", "its", "their",
        "и", "или", "в", "во", "на", "с", "со", "по", "для", "к", "ко", "о", "об", "от", "из",
        "за", "у",
    ]
)
SHARED_NAMED: Final = 3
"""How many other positions a shared duty's finding names; the rest are counted. One
finding per duty, however many positions claim it, keeps a big department's report (and
its memory) in proportion to its duties."""

Unit = tuple[str, str]
"""An organization and a department, as compared: "" for the one a description leaves out."""
Member = tuple[str, Document]
Holding = tuple[int, int]
"""(member, item number) of a duty."""


@functools.lru_cache(maxsize=1 << 14)
def comparable(text: str) -> str:
    """The text's words, casefolded, one space apart: what "the same" text means here.

    Kept for the texts last seen: the descriptions of a company are copies of a few
    presets' clauses, each checked for repeats in its list and compared in its
    department."""
    return " ".join(_WORDS.findall(text.casefold()))


_WORDS: Final = re.compile(r"\w+")


def check_department(documents: Sequence[Member]) -> list[Finding]:
    """Duties that two positions of one organization and department both claim, one
    finding for each such duty of each file that holds it.

    Descriptions are grouped by what they name: those that name neither organization
    nor department, checked together, are probably one company's folder and form one
    unit; those that name only one of the two are grouped by it.
    """
    findings: list[Finding] = []
    for members in units(documents).values():
        if len(members) > 1:
            findings.extend(_shared_duties(members))
    return findings


def units(documents: Sequence[Member]) -> dict[Unit, list[Member]]:
    """The descriptions by the organization and department they name, in order."""
    grouped: dict[Unit, list[Member]] = defaultdict(list)
    for path, doc in documents:
        org = doc.organization
        grouped[(comparable(org.name), comparable(org.department))].append((path, doc))
    return grouped


def _shared_duties(members: list[Member]) -> Iterator[Finding]:
    holders = _word_sets(members)
    sets = list(holders)
    neighbours = similar_sets(sets)
    # Who claims each set: every member holding it or a similar one, with its first such
    # item. Built once per distinct set, so 1,000 copies of a duty cost one.
    claims = [_first_items(holders[sets[n]] for n in (g, *neighbours[g]))
              for g in range(len(sets))]
    duties = sorted((m, i, g) for g, words in enumerate(sets) for m, i in holders[words])
    # Most holders of a set name the same few others: each message is made once.
    messages: dict[tuple[tuple[Holding, ...], int, str], str] = {}
    for m, i, g in duties:
        claimed = claims[g]
        others = len(claimed) - (m in claimed)
        if others:
            named = tuple(itertools.islice(((om, oi) for om, oi in claimed.items() if om != m),
                                           SHARED_NAMED))
            key = (named, others - len(named), members[m][1].language)
            if key not in messages:
                messages[key] = _shared_message(members, *key)
            yield Finding(f"duties.items[{i}]", WARNING, messages[key], file=members[m][0])


def _word_sets(members: list[Member]) -> dict[frozenset[str], list[Holding]]:
    """Each distinct word set of the duties (small words left out), with its holders."""
    holders: dict[frozenset[str], list[Holding]] = defaultdict(list)
    for m, (_, doc) in enumerate(members):
        for i, duty in enumerate(doc.duties.items, 1):
            words = word_set(duty.text)
            if words:
                holders[words].append((m, i))
    return holders


@functools.lru_cache(maxsize=1 << 14)
def word_set(text: str) -> frozenset[str]:
    """The words a duty is compared by (small words left out). Kept for the texts last
    seen: copies of a preset's duties, in many departments, are split once. The words
    of the comparable form, found without making that form."""
    return frozenset(_WORDS.findall(text.casefold())) - SMALL_WORDS


def _first_items(groups: Iterator[list[Holding]]) -> dict[int, int]:
    """Member -> its first item among the holdings, in the members' order."""
    first: dict[int, int] = {}
    for holdings in groups:
        for m, i in holdings:
            if first.get(m, i + 1) > i:
                first[m] = i
    return dict(sorted(first.items()))


def similar_sets(sets: Sequence[frozenset[str]]) -> list[list[int]]:
    """For each set, the others whose Jaccard index with it is SIMILARITY_THRESHOLD or
    more (the sets distinct).

    A prefix filter: with each set's words ordered by how few sets hold them, two sets
    that similar share a word among each one's first |s| - ceil(t·|s|) + 1, so only those
    words are indexed and looked up, and a word most sets hold rarely makes a candidate.
    """
    frequency = Counter(word for words in sets for word in words)
    # Each word's place in the order (fewest sets first, then the word), looked up by a
    # built-in key: the sort of every set's words was most of a department's time. Two
    # sorts with built-in keys, the second stable, give that order without a tuple a word.
    by_count = sorted(sorted(frequency), key=frequency.__getitem__)
    rank = {word: r for r, word in enumerate(by_count)}
    index: dict[str, list[int]] = defaultdict(list)
    neighbours: list[list[int]] = [[] for _ in sets]
    for n, words in enumerate(sets):
        ordered = sorted(words, key=rank.__getitem__)
        candidates: set[int] = set()
        for word in ordered[:prefix_length(len(words))]:
            candidates.update(index[word])
            index[word].append(n)
        for other in candidates:
            # The same test, to the bit, as comparing every pair would make.
            if len(words & sets[other]) / len(words | sets[other]) >= SIMILARITY_THRESHOLD:
                neighbours[n].append(other)
                neighbours[other].append(n)
    return neighbours


def prefix_length(size: int) -> int:
    """How many of a set's rarest words a similar set must meet: size - ceil(t·size) + 1.
    The margin keeps 0.7 x 10 (7.000000000000001 in floating point) from ceiling to 8,
    which would shorten the prefix and miss pairs; a longer one only adds candidates."""
    return size - math.ceil(SIMILARITY_THRESHOLD * size - 1e-9) + 1


def _shared_message(members: list[Member], named: tuple[Holding, ...], rest: int,
                    language: str) -> str:
    # In the language of the file the finding is reported on.
    with speaking(language):
        claimants = ", ".join(_claimant(members[om], oi) for om, oi in named)
        more = plural(rest, " and {n} more position", " and {n} more positions") if rest else ""
        return t("also a duty of {claimants}{more}; give it to one position of the "
                 "department", claimants=claimants, more=more)


def _claimant(member: Member, item: int) -> str:
    path, doc = member
    title = normalize(doc.position.title)
    if not title:
        return t("another position in {path} (duties.items[{item}])", path=path, item=item)
    return t("{title} in {path} (duties.items[{item}])", title=title, path=path, item=item)


def comparison_notes(documents: Sequence[Member]) -> list[str]:
    """What check_department assumed of descriptions that name no organization or no
    department, one sentence per such group; nothing for one description alone."""
    if len(documents) < 2:
        return []
    return [_unit_note(unit, members) for unit, members in units(documents).items()
            if not all(unit)]


def _unit_note(unit: Unit, members: list[Member]) -> str:
    name, department = unit
    if len(members) == 1:
        path = members[0][0]
        if not name and not department:
            return t("{path} names no organization and no department; its duties were "
                     "compared with no other description's", path=path)
        if not name:
            return t("{path} names no organization; its duties were compared with no other "
                     "description's", path=path)
        return t("{path} names no department; its duties were compared with no other "
                 "description's", path=path)
    count = plural(len(members), "{n} description", "{n} descriptions")
    org = members[0][1].organization
    if not name and not department:
        return t("{count} name no organization and no department; their duties were "
                 "compared with each other as one unit", count=count)
    if name:
        return t('{count} of "{organization}" name no department; their duties were '
                 "compared with each other as one unit", count=count,
                 organization=normalize(org.name))
    return t('{count} of the department "{department}" name no organization; their duties '
             "were compared with each other as one unit", count=count,
             department=normalize(org.department))
