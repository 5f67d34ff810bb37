"""The department comparison's shortcuts give what the plain way gives.

department.word_set finds a duty's words without making its comparable form, and
similar_sets orders the words by two sorts with built-in keys; both against the plain
way: the comparable form split, and every pair compared.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard import department
from tests.test_check_by_hand_keys import cased_texts


@settings(max_examples=400, deadline=None)
@given(st.one_of(cased_texts(), st.text(max_size=40)))
def test_a_duties_words_are_those_of_its_comparable_form(text: str) -> None:
    plain = frozenset(department.comparable.__wrapped__(text).split()) - department.SMALL_WORDS
    assert department.word_set.__wrapped__(text) == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from("abcdefgh"), min_size=1), max_size=12))
def test_the_sets_are_similar_as_by_comparing_every_pair(
        sets: list[frozenset[str]]) -> None:
    sets = list(dict.fromkeys(sets))  # distinct, as the comparison's sets are
    plain = [[o for o in range(len(sets)) if o != n
              and len(a & sets[o]) / len(a | sets[o]) >= department.SIMILARITY_THRESHOLD]
             for n, a in enumerate(sets)]
    assert [sorted(found) for found in department.similar_sets(sets)] == plain

