"""The preview counts a line's rows without making them, and the count is theirs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cached_cell_len
from textual._wrap import compute_wrap_offsets

from jdwizard.tui.widgets.preview import TAB, row_count, wrapped

_lines = st.text(alphabet="ab ёж\t-—漢字", max_size=200)


@given(_lines, st.integers(-1, 90))
@settings(max_examples=300, deadline=None)
def test_the_count_is_that_of_the_rows(line: str, width: int) -> None:
    assert row_count(line, width) == len(wrapped(line, width))


_ascii = st.text(alphabet="ab c-.)(1", max_size=300)


@given(_ascii, st.integers(1, 90))
@settings(max_examples=500, deadline=None)
def test_a_line_of_ascii_is_counted_by_textuals_rule(line: str, width: int) -> None:
    # The count made here without Rich's cache of widths, against Textual's own wrap.
    assert row_count(line, width) == len(compute_wrap_offsets(line, width, TAB)) + 1


def test_counting_ascii_lines_leaves_richs_cache_of_widths_alone() -> None:
    cached_cell_len.cache_clear()
    lines = [f"3.{i}. Plan the sales of area {i} (area {i}), every quarter." for i in range(500)]
    assert sum(row_count(line, 20) for line in lines) > len(lines)
    assert cached_cell_len.cache_info().currsize == 0
