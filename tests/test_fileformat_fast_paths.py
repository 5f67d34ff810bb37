"""The quick ways of fileformat (the duties of a load, the quoting of a dump) give what
the long ways give: the same Document, the same bytes, the same errors."""

from __future__ import annotations

from typing import Any

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard import fileformat
from jdwizard.errors import JDError
from jdwizard.model import Duty


def _long_way(items: list[Any]) -> list[Duty]:
    return fileformat._convert_list(fileformat._convert_duty, items, "duties.items")


@pytest.mark.parametrize("items", [
    ["plain"],
    [{"text": "t", "group": "G", "share": 0, "essential": False}],
    [{"essential": True, "text": "keys in another order"}],
    [{"text": "t", "share": 100}, "then plain", {"text": "u", "group": ""}],
])
def test_duties_read_at_once_are_those_of_the_long_way(items: list[Any]) -> None:
    assert fileformat._convert_duties(items, "duties.items") == _long_way(items)


@pytest.mark.parametrize(("items", "message"), [
    (["a", 3], "duties.items[2]: expected text or a table, found a number"),
    (["a", {"group": "G"}], "duties.items[2].text: missing; a duty needs its text"),
    ([{"text": "t", "share": 101}], "duties.items[1].share: must be a percentage from 0 to 100"),
    ([{"text": "t", "share": True}],
     "duties.items[1].share: expected a whole number, found true or false"),
    ([{"text": "t", "essential": 1}], "duties.items[1].essential: expected true or false, "
                                      "found a number"),
    ([{"text": "t", "grup": "G"}], 'duties.items[1].grup: unknown key; did you mean "group"?'),
])
def test_a_duty_the_quick_way_refuses_is_named_by_the_long_way(
        items: list[Any], message: str) -> None:
    body = tomli_w.dumps({"format": 1, "duties": {"items": items}})
    with pytest.raises(JDError) as caught:
        fileformat.loads(body, "f.toml")
    assert str(caught.value) == f"f.toml: {message}"


@given(st.one_of(st.text(), st.booleans(), st.integers(-10**6, 10**6)))
@settings(max_examples=300, deadline=None)
def test_a_value_is_written_as_tomli_w_writes_it(value: object) -> None:
    assert fileformat._literal(value) == tomli_w.dumps({"v": value})[len("v = "):-1]


@pytest.mark.parametrize("text", ['say "hi"', "back\\slash", "tab\there", "bell\x07",
                                  "del\x7f", "line\nbreak", "«ёлка» №5"])
def test_a_text_to_escape_is_written_as_tomli_w_writes_it(text: str) -> None:
    assert fileformat._literal(text) == tomli_w.dumps({"v": text})[len("v = "):-1]


def test_a_duty_line_holds_its_set_values_in_the_models_order() -> None:
    duty = Duty("Sell", group="Sales", share=0, essential=False)
    assert fileformat.duty_line(duty) == (
        '    { text = "Sell", group = "Sales", share = 0, essential = false },')
    assert fileformat.duty_line(Duty("Sell", essential=True)) == (
        '    { text = "Sell", essential = true },')
