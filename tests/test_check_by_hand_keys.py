"""The vague look's one pass for all the rules' key words finds what a plain look finds.

vague._texts_keyed runs an Aho-Corasick automaton over a document's join; each rule's
regex is then tried only in the texts holding one of its key words. Both shortcuts are
checked here against the plain way: `in` for every key word in every text, and every
rule's regex in every text.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard import vague
from tests.test_check_speedups import PIECES, candidates_alone, every_rule

ODD = ["Σ", "ΑΣ", "İ", "ß", "\0", "\x1b", "\u202e", "ё", "Ё", "—", "«", "»", "\xa0", "\t"]
"""Characters whose lower case is longer, depends on the next letter, or that stand
between texts (NUL) or words in other ways."""
SPELLINGS = ["и т. д", "и т.п", "и т. п.", "и др.", "и проч.", "и пр", "и\tпр.", "et  cetera",
             "ad-hoc tasks", "ad hoc", "as and when needed", "as far as possible", "asap",
             "a wide variety of", "numerous", "a number of", "somewhat", "adequately",
             "своевременен", "кратчайшие сроки", "наикратчайший срок", "разумно",
             "в исключительном случае", "по возможности", "при мере возможности"]
"""Other spellings of the rules' phrases than test_check_speedups' pieces."""


@pytest.fixture(autouse=True)
def automaton() -> Iterator[None]:
    """The one-pass look on, as `check` turns it on; off again after (the wizard's)."""
    vague.use_the_automaton()
    yield
    vague.use_the_automaton(False)


@st.composite
def cased_texts(draw: st.DrawFn) -> str:
    """Pieces of the rules' phrases and odd characters, each in any case, apart or not."""
    pieces = draw(st.lists(st.sampled_from([*PIECES, *ODD, *SPELLINGS]), min_size=1, max_size=8))
    text = ""
    for piece in pieces:
        case = draw(st.sampled_from(["as is", "upper", "title", "capitalize"]))
        cased = piece if case == "as is" else getattr(piece, case)()
        text += draw(st.sampled_from(["", " ", "  "])) + cased
    return text


def joined(texts: list[str]) -> tuple[list[str], str, list[int]]:
    lows = [text.lower() for text in texts]
    return lows, "\0".join(lows), [0, *itertools.accumulate(len(low) + 1 for low in lows)]


@settings(max_examples=300, deadline=None)
@given(st.lists(cased_texts(), min_size=1, max_size=6))
def test_the_automaton_finds_the_texts_a_plain_look_for_each_key_word_finds(
        texts: list[str]) -> None:
    lows, join, starts = joined(texts)
    plain = {}
    for number, rule in enumerate(vague.RULES):
        held = {i for i, low in enumerate(lows)
                if any(needle in low for needle in vague._needles(rule))}
        if held:
            plain[number] = held
    automaton = vague._automaton()
    assert automaton is not None  # the library is installed here
    assert vague._texts_keyed(automaton, join, starts) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(cased_texts(), min_size=1, max_size=6))
def test_the_rules_looked_for_by_the_automaton_are_those_of_each_text_alone(
        texts: list[str]) -> None:
    alone = [candidates_alone(text) for text in texts]
    assert vague._candidates_of_each(texts) == alone
    vague.use_the_automaton(False)
    assert vague._candidates_of_each(texts) == alone  # and without it


@settings(max_examples=300, deadline=None)
@given(cased_texts())
def test_every_text_a_rules_regex_matches_holds_one_of_its_key_words(text: str) -> None:
    low = text.lower()
    for rule in vague.RULES:
        needles = vague._needles(rule)
        if needles and vague._loose(rule.surface).search(low):
            assert any(needle in low for needle in needles), rule.name


@settings(max_examples=300, deadline=None)
@given(st.lists(cased_texts(), min_size=1, max_size=6))
def test_the_phrases_found_by_key_words_first_are_those_of_every_rule(
        texts: list[str]) -> None:
    vague._SEEN.clear()
    places = [(f"duties.items[{i}]", text) for i, text in enumerate(texts, 1)]
    expected = [(place, phrase) for place, text in places for phrase in every_rule(text)]
    assert vague.find_all(places) == expected


def test_the_phrases_of_the_rules_without_key_words_are_found() -> None:
    # «и пр.» is looked for by its regex alone: its key «пр» begins many words.
    assert not vague._needles(next(r for r in vague.RULES if r.name == "и пр."))
    found = vague.find("Ведёт учёт бумаги, картриджей и пр. Проверяет и т. д")
    assert [p.rule for p in found] == ["и пр.", "и т.д."]


def test_the_wizards_checks_load_no_automaton() -> None:
    # Its library and automaton take some 1.4 MiB; the wizard's memory is measured.
    code = ("import sys; from jdwizard import checks, presets; "
            "found = checks.check_document(presets.new_document('sales-manager-ru')); "
            "print('ahocorasick_rs' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
