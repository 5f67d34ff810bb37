"""The preview counts a line's rows without making them, and the count is theirs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard.tui.widgets.preview import row_count, wrapped

_lines = st.text(alphabet="ab ёж\t-—漢字", max_size=200)


@given(_lines, st.integers(-1, 90))
@settings(max_examples=300, deadline=None)
def test_the_count_is_that_of_the_rows(line: str, width: int) -> None:
    assert row_count(line, width) == len(wrapped(line, width))
