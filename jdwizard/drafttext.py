"""The document's TOML text for its draft, made anew after each change at the cost of the
duties that changed: the same text as fileformat.dumps.

A draft is written within half a second of a change, so while one types every half
second: with 3,000 duties, fileformat.dumps took 60-90 ms of it, a key held up each
time (20 ms since its quoting is quick). The text is fileformat.dumps of the document
with one marked duty in place of its duties (a small document), the marked line
replaced by the duties' lines. A duty's line is its text quoted, between a head and a
tail that its other values make (`    { text = ` and `, group = "Sales" },`): the heads
and tails are made once for each set of values, by fileformat, and shared by the duties
that hold them; and of each text is kept only whether it is written as it is, in
quotes, as nearly every one is. Each duty's own line, kept, was 1 MiB with 3,000 duties.
"""

from __future__ import annotations

import dataclasses
import operator
import os
from typing import Final

from jdwizard import fileformat
from jdwizard.model import DUTY_DETAILS, Document, Duties, Duty
from jdwizard.output.mdtext import normalize

_MARK: Final = f"jdwizard-duties-{os.urandom(8).hex()}"
"""The text of the duty that marks the duties' place in the text: no document holds it."""
_REST: Final = operator.attrgetter(*DUTY_DETAILS)
"""A duty's values but its text, as a key: its line's head and tail are made of them."""
_AS_IS: Final = ""
"""What is kept of a text written as it is, in quotes (a literal is never empty)."""
_UNKNOWN: Final = "\0"
"""A text not seen yet (a literal is quoted)."""

KEPT_GONE: Final = 256
"""How many texts (or sets of values) no duty holds any more are kept, before all are
made again: each draft while typing leaves one (the text as it was), and forgetting
them at every draft made the text a quarter slower (2.1 against 1.7 ms)."""

_Frame = tuple[str, str, str, str]
"""A line's head and tail around the text's literal, then around the text itself."""


class DraftText:
    """fileformat.dumps of a document edited between calls, its duties' lines' parts kept."""

    def __init__(self) -> None:
        self._frames: dict[tuple[object, ...], _Frame] = {}
        self._texts: dict[str, str | None] = {}
        """Of each text: None when its duty is left out (no text), _AS_IS, or its literal."""

    def text(self, doc: Document) -> str:
        duties = doc.duties.items
        frames, texts = self._frames, self._texts
        if len(texts) > len(duties) + KEPT_GONE or len(frames) > len(duties) + KEPT_GONE:
            frames, texts = self._frames, self._texts = {}, {}  # those of duties gone
        parts: list[str] = []
        for duty in duties:
            text = duty.text
            literal = texts.get(text, _UNKNOWN)
            if literal is _UNKNOWN:
                literal = texts[text] = _literal(text)
            if literal is None:
                continue
            rest = _REST(duty)
            frame = frames.get(rest)
            if frame is None:
                frame = frames[rest] = _frame(duty)
            if literal is _AS_IS:
                parts += (frame[2], text, frame[3], "\n")
            else:
                parts += (frame[0], literal, frame[1], "\n")
        if not parts:  # no duties section; a document without them is quick to write
            return fileformat.dumps(doc)
        whole = fileformat.dumps(dataclasses.replace(doc, duties=Duties([Duty(_MARK)])))
        head, tail = whole.split(f'    "{_MARK}",', 1)
        parts[-1] = tail
        # Joined once: the text of 3,000 duties is half a MiB, and head + the duties
        # joined made it twice, at the draft's peak of memory.
        parts.insert(0, head)
        return "".join(parts)


def _literal(text: str) -> str | None:
    if not normalize(text):
        return None
    literal = fileformat.text_literal(text)
    # An escape makes the literal longer than the text in quotes.
    return _AS_IS if len(literal) == len(text) + 2 else literal


def _frame(duty: Duty) -> _Frame:
    """The head and tail of the duty's line, as fileformat writes it, around its text."""
    marked = fileformat.text_literal(_MARK)
    line = fileformat.duty_line(dataclasses.replace(duty, text=_MARK))
    assert line is not None  # the mark is text
    head, tail = line.split(marked)
    return head, tail, head + '"', '"' + tail
