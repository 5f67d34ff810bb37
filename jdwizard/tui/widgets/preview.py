"""The finished document, rebuilt only while it is visible and only once typing pauses.

Rebuilding a long document on every key would add its whole cost to every key, so
changes only mark the preview stale and start a short timer; the text is then made in a
thread (background.py), and laid out here.

The document is drawn a screen line at a time, as it scrolls into view (Textual's line
API): a 3,000-duty document is some 15,000 lines at 40 columns, and a text area that
held them wrapped took 0.3 s and some 7 MiB at each rebuild. Here a rebuild finds the
lines in the text and counts the rows each takes at the width shown, a count kept per
line text: after a change, only the lines that changed are wrapped again. The rows on
screen are cut from their line when drawn.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Callable

from rich.segment import Segment
from textual import events
from textual._wrap import compute_wrap_offsets
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from jdwizard.tui.background import InThread, ticket
from jdwizard.tui.debounce import Debounce

PAUSE = 0.4
"""Seconds of quiet after the last change before the preview is rebuilt."""
TAB = 4


@functools.lru_cache(maxsize=64)
def wrapped(line: str, width: int) -> tuple[str, ...]:
    """The rows a line takes at width, word-wrapped (a word too long folded) as Textual's
    text area wraps; an empty line is one empty row. Kept for the lines on screen, which
    are drawn again at every frame (a screen shows fewer than 64): the lines laid out are
    only counted (row_count), or they would fill the cache with 0.5 MiB of rows."""
    if width <= 0:
        return (line,)
    offsets = compute_wrap_offsets(line, width, TAB)
    starts = [0, *offsets]
    return tuple(line[a:b] for a, b in zip(starts, [*offsets, len(line)], strict=True))


_CHUNK = re.compile(r"\S+\s*|\s+")
"""A word and the spaces after it, or spaces alone: what Textual's wrap keeps together."""


def row_count(line: str, width: int) -> int:
    """len(wrapped(line, width)), without making the rows.

    A line of printable ASCII (every character one cell, no tab) is counted here, by
    Textual's rule, rather than by compute_wrap_offsets: that measures each word through
    Rich's cache of cell widths, which the 15,000 lines of a 3,000-duty document filled
    to its 4,096 entries (some 0.65 MiB) with words never drawn."""
    if width <= 0:
        return 1
    if not (line.isascii() and line.isprintable()):
        return len(compute_wrap_offsets(line, width, TAB)) + 1
    rows, used = 1, 0
    for match in _CHUNK.finditer(line):
        start, end = match.span()
        size = end - start
        if width - used >= size:  # fits on this row
            used += size
        elif size > width:  # folded into rows of width, a new row first unless at 0
            pieces = -(-size // width)
            rows += pieces if start else pieces - 1
            used = size - (pieces - 1) * width
        else:  # on to the next row (used is never 0 here: the word would have fit)
            rows += 1
            used = size
    return rows


def _shape(line: str) -> int:
    """What a line's rows depend on, as a key: the width of its first word (a clause's
    number), the hash of the rest. A duty added renumbers every clause after it, whose
    rows stay as they were; and not the line itself: 3,000 duties' lines are 0.6 MiB.
    One number, not the pair: a pair's tuple took 0.2 MiB more with 3,000 duties; and
    of 60 bits, an int of 32 bytes where one of 64 takes 48."""
    space = line.find(" ")
    if space > 0 and line[:space].isascii():  # its width is its length
        return hash((space, line[space:])) & _SIXTY_BITS
    return hash((-1, line)) & _SIXTY_BITS


_SIXTY_BITS = (1 << 60) - 1


class Preview(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    Preview {
        width: 1fr;
        height: 1fr;
        padding: 0 1;
        color: $foreground;
        background: $surface;
        overflow-x: hidden;
        /* The width the text wraps at stays as it is when the scroll bar comes or goes:
           a new width wraps every line again. */
        scrollbar-gutter: stable;
    }
    """

    def __init__(self, source: Callable[[], str], id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = source
        self.stale = True
        self._pause = Debounce(self, PAUSE, self.rebuild)
        self._making: InThread[tuple[int, str]] = InThread(self, self._made_now, self._show)
        self._shown = 0
        """The ticket of the text shown (background.ticket): none older replaces it."""
        self.heading = ""
        """The heading to keep in view: the part of the document being edited."""
        self._text = ""
        # C ints of 4 bytes, not 8: a 3,000-duty document is some 6,500 lines. (A text
        # is read to a limit far below 2**31 characters, and so are its rows.)
        self._ends = array("i")
        """Where each line of the text ends (its newline)."""
        self._starts = array("i", [0])
        """The first row of each line, and after them the count of rows."""
        self._width = -1
        """The width the rows were counted at."""
        self._rows: dict[int, int] = {}
        """The count of rows of each line too long for one, by its _shape, at that width
        (two texts of one hash: one of them would show a row too many or few)."""

    @property
    def text(self) -> str:
        """The document as shown."""
        return self._text

    def changed(self) -> None:
        """The document changed: rebuild after a pause, if anyone is looking."""
        self.stale = True
        if self.display:
            self._pause.poke()

    def rebuild(self) -> None:
        """Make the text anew, in a thread (a long document's takes tens of ms), and show
        it once made."""
        if self.display and self.stale:
            self.stale = False
            self._making.start()

    def _made_now(self) -> tuple[int, str]:
        number = ticket()
        return number, self.source()

    def _show(self, made: tuple[int, str]) -> None:
        number, text = made
        if number < self._shown:
            return
        self._shown = number
        if text != self._text:
            self._text = text
            self._lay_out()  # with the text: rows are cut from the lines laid out
        self.show_heading(self.heading)

    @property
    def wrap_width(self) -> int:
        return self.scrollable_content_region.width

    def _lay_out(self) -> None:
        """Count the rows of every line at the width shown (again only for lines whose
        text is new at this width), and size the scrollable area to them.

        The lines are found in the text, not split from it: a line that fits in a row
        (a heading, a blank line) is never made a string of its own."""
        width = self.wrap_width
        if width != self._width:
            self._width, self._rows = width, {}
        text, rows = self._text, self._rows
        counted: dict[int, int] = {}
        ends, starts = array("i"), array("i", [0])
        start, row, size = 0, 0, len(text)
        while True:
            end = text.find("\n", start)
            if end < 0:
                end = size
            # A row holds at least width // 2 characters (of double width, at worst).
            if (end - start) * 2 > width:
                line = text[start:end]
                key = _shape(line)
                count = rows.get(key)
                if count is None:
                    count = row_count(line, width)
                counted[key] = count
                row += count
            else:
                row += 1
            ends.append(end)
            starts.append(row)
            if end == size:
                break
            start = end + 1
        self._rows = counted  # the counts of lines gone go with them
        self._ends, self._starts = ends, starts
        self.virtual_size = Size(width, row)
        self.refresh()

    def _line(self, index: int) -> str:
        return self._text[self._ends[index - 1] + 1 if index else 0:self._ends[index]]

    def on_resize(self, event: events.Resize) -> None:
        if self._text and self.wrap_width != self._width:
            top = self.top_line()
            self._lay_out()
            if top:
                self.scroll_to(y=self._starts[top], animate=False, force=True)
            else:
                self.show_heading(self.heading)

    def render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        width = self.size.width
        style = self.rich_style
        if not self._ends or not 0 <= row < self._starts[-1]:
            return Strip.blank(width, style)
        index = bisect.bisect_right(self._starts, row) - 1
        pieces = wrapped(self._line(index), self._width)
        piece = pieces[min(row - self._starts[index], len(pieces) - 1)]
        return Strip([Segment(piece, style)]).crop_extend(0, width, style)

    def top_line(self) -> int:
        """The index of the document's line at the top of the view."""
        if not self._ends:
            return 0
        return max(0, bisect.bisect_right(self._starts, round(self.scroll_y)) - 1)

    def show_heading(self, heading: str) -> None:
        """Scroll so that the line that starts with heading is at the top ("" = the top)."""
        self.heading = heading
        line = 0
        if heading and self._ends:
            text = self._text
            at = 0 if text.startswith(heading) else text.find("\n" + heading) + 1
            if at > 0 or text.startswith(heading):
                line = bisect.bisect_left(self._ends, at)
        self.scroll_to(y=self._starts[line], animate=False, force=True)
        # The scroll bar, which may have come with this text, shows where that is.
        self.call_after_refresh(self._show_position)

    def _show_position(self) -> None:
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.position = self.scroll_y

    def on_show(self) -> None:
        self.rebuild()

    # The keys scroll at once: over a slow link every frame of an animation is traffic.
    def action_scroll_up(self) -> None:
        self.scroll_up(animate=False)

    def action_scroll_down(self) -> None:
        self.scroll_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False)
