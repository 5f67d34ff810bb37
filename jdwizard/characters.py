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

from jdwizard.findings import ERROR, N_, WARNING, Finding
from jdwizard.safetext import BIDI, CONTROL, ZERO_WIDTH
from jdwizard.uilang import t

_ANY: Final = re.compile(f"{CONTROL.pattern}|{BIDI.pattern}|{ZERO_WIDTH.pattern}")

_NAMES: Final = {
    "\u200b": N_("zero-width space"), "\u200c": N_("zero-width non-joiner"),
    "\u200d": N_("zero-width joiner"), "\u2060": N_("word joiner"),
    "\ufeff": N_("zero-width no-break space"),
}


def any_in(texts: Iterable[str]) -> bool:
    """Whether any of the texts holds such a character."""
    return _ANY.search("".join(texts)) is not None


def findings(texts: Iterable[tuple[str, str]]) -> Iterator[Finding]:
    """A finding for each value (by place) holding such characters, the first one named."""
    texts = list(texts)
    # Nearly every document has none: one look at all the text says so.
    if not _ANY.search("".join(place + text for place, text in texts)):
        return
    for place, text in texts:
        match = _ANY.search(text)
        if match:
            where = t("in the text, at character {number}", number=match.start() + 1)
            yield _finding(place, match.group(), where)
        elif match := _ANY.search(place):  # a key of a table ([position.codes])
            yield _finding(place, match.group(), t("in the key"))


def _finding(place: str, char: str, where: str) -> Finding:
    code = f"U+{ord(char):04X}"
    if CONTROL.fullmatch(char):
        return Finding(place, ERROR, t("control character {where} ({code}): a terminal may "
                                       "take it as a command; remove it",
                                       where=where, code=code))
    if BIDI.fullmatch(char):
        return Finding(place, WARNING, t("bidirectional control {where} ({code}): the text "
                                         "shows in another order than it reads; remove it",
                                         where=where, code=code))
    name = t(_NAMES.get(char, N_("zero-width character")))
    return Finding(place, WARNING, t("{name} {where} ({code}): invisible, it makes "
                                     "equal-looking clauses differ; remove it",
                                     name=name, where=where, code=code))
