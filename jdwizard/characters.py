"""Characters that make a clause show other than it reads: controls, bidi overrides, zero widths.

Text pasted from the web or Word, or planted in a shared repository, may hold them. A
control character may act on the terminal it is shown in; a bidirectional override shows
a clause in another order than the one it is read and printed in (the "Trojan Source"
attack); a zero-width character makes two clauses that look the same differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from jdwizard.findings import ERROR, WARNING, Finding
from jdwizard.safetext import BIDI, CONTROL, ZERO_WIDTH

_ANY: Final = re.compile(f"{CONTROL.pattern}|{BIDI.pattern}|{ZERO_WIDTH.pattern}")

_NAMES: Final = {
    "\u200b": "zero-width space", "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner", "\u2060": "word joiner", "\ufeff": "zero-width no-break space",
}


def findings(texts: Iterable[tuple[str, str]]) -> Iterator[Finding]:
    """A finding for each value (by place) holding such characters, the first one named."""
    texts = list(texts)
    # Nearly every document has none: one look at all the text says so.
    if not _ANY.search("".join(place + text for place, text in texts)):
        return
    for place, text in texts:
        match = _ANY.search(text)
        if match:
            yield _finding(place, match.group(), f"the text, at character {match.start() + 1}")
        elif match := _ANY.search(place):  # a key of a table ([position.codes])
            yield _finding(place, match.group(), "the key")


def _finding(place: str, char: str, where: str) -> Finding:
    code = f"U+{ord(char):04X}"
    if CONTROL.fullmatch(char):
        return Finding(place, ERROR, f"control character in {where} ({code}): a terminal "
                       "may take it as a command; remove it")
    if BIDI.fullmatch(char):
        return Finding(place, WARNING, f"bidirectional control in {where} ({code}): "
                       "the text shows in another order than it reads; remove it")
    return Finding(place, WARNING, f"{_NAMES.get(char, 'zero-width character')} in {where} "
                   f"({code}): invisible, it makes equal-looking clauses differ; "
                   "remove it")
