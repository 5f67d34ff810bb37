"""The document's TOML text for its draft, made anew after each change at the cost of the
duties that changed: the same text as fileformat.dumps, each duty's line kept from the
draft before.

A draft is written within half a second of a change, so while one types every half
second: with 3,000 duties, fileformat.dumps took 60-90 ms of it, a key held up each
time. The text is fileformat.dumps of the document with one marked duty in place of its
duties (a small document), the marked line replaced by the duties' lines, each made once
by fileformat for the duty's values and kept while a duty holds them.
"""

from __future__ import annotations

import dataclasses
import operator
import os

from jdwizard import fileformat
from jdwizard.model import Document, Duties, Duty

_MARK = f"jdwizard-duties-{os.urandom(8).hex()}"
"""The text of the duty that marks the duties' place in the text: no document holds it."""
_VALUES = operator.attrgetter(*(f.name for f in dataclasses.fields(Duty)))
"""A duty's values, as a key: its line is made from them alone."""


class DraftText:
    """fileformat.dumps of a document edited between calls, its duties' lines kept."""

    def __init__(self) -> None:
        self._lines: dict[tuple[object, ...], str | None] = {}

    def text(self, doc: Document) -> str:
        kept, lines = self._lines, []
        now: dict[tuple[object, ...], str | None] = {}
        for duty in doc.duties.items:
            key = _VALUES(duty)
            line = kept[key] if key in kept else fileformat.duty_line(duty)
            now[key] = line
            if line is not None:
                lines.append(line)
        self._lines = now  # the lines of duties gone (or changed) go with them
        if not lines:  # no duties section; a document without them is quick to write
            return fileformat.dumps(doc)
        frame = fileformat.dumps(dataclasses.replace(doc, duties=Duties([Duty(_MARK)])))
        head, tail = frame.split(f'    "{_MARK}",', 1)
        parts = [head]
        for line in lines:  # joined once: the text of 3,000 duties is half a MiB
            parts += (line, "\n")
        parts[-1] = tail
        return "".join(parts)
