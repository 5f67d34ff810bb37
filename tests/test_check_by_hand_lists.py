"""The lists' checks find the repeats and the short items the plain way finds.

checks._repeat_keys finds an item's words only when another item of its list has the
same counts of a few letters; checks._clause_shape splits a printable clause instead of
normalizing it. Both are checked here against the way without them: every item's
comparable form, and the words of the normalized text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard import checks, department
from jdwizard.findings import Finding
from jdwizard.output.mdtext import normalize
from jdwizard.uilang import t
from tests.test_check_by_hand_keys import cased_texts


def plain_repeats(place: str, items: list[str]) -> list[Finding]:
    """The repeats of a list, by every item's comparable form, as first written."""
    first: dict[str, int] = {}
    found = []
    for i, text in enumerate(items, 1):
        key = department.comparable.__wrapped__(text)
        if key in first:
            found.append(Finding(f"{place}[{i}]", checks.WARNING,
                                 t("repeats item {item}", item=first[key])))
        else:
            first[key] = i
    return found


@st.composite
def lists_with_repeats(draw: st.DrawFn) -> list[str]:
    """Items, some of them another item again in another case, spacing or marks."""
    items = draw(st.lists(cased_texts(), min_size=1, max_size=8))
    for _ in range(draw(st.integers(0, 4))):
        again = draw(st.sampled_from(items))
        change = draw(st.sampled_from(["upper", "swapcase", "spaces", "marks", "same"]))
        if change == "spaces":
            again = "  " + again.replace(" ", "\u00a0 ") + " "
        elif change == "marks":
            again = f"«{again}» —;"
        elif change != "same":
            again = getattr(again, change)()
        items.insert(draw(st.integers(0, len(items))), again)
    return items


@settings(max_examples=400, deadline=None)
@given(lists_with_repeats())
def test_the_repeats_found_by_letter_counts_first_are_those_of_every_items_words(
        items: list[str]) -> None:
    found = [f for f in checks._list_findings("skills", items) if "repeats" in f.message]
    assert found == plain_repeats("skills", items)


def test_a_repeat_in_other_case_and_marks_is_found() -> None:
    items = ["Ведёт учёт договоров", "Готовит отчёты", "«ВЕДЁТ  учёт договоров»;"]
    assert [f.place for f in checks._list_findings("skills", items)] == ["skills[3]"]


def shape_by_normalizing(text: str) -> tuple[bool, bool, int]:
    text = normalize(text)
    words = [word for word in text.split(" ") if re.search(r"[^\W_]", word)]
    return (text.endswith((";", ",")), text.endswith(":"),
            min(len(words), checks.MIN_CLAUSE_WORDS))


@settings(max_examples=400, deadline=None)
@given(st.one_of(cased_texts(),
                 st.text(alphabet=st.sampled_from("ab1_—-;:,. «»()\u00a0\u2028\x07жё"),
                         max_size=30)))
def test_a_clauses_shape_by_splitting_is_its_shape_normalized(text: str) -> None:
    assert checks._clause_shape.__wrapped__(text) == shape_by_normalizing(text)
