"""Plain user text made safe for CommonMark: it reads as itself and never as markup."""

from __future__ import annotations

import re
import unicodedata

# Characters that may start or end markup anywhere in a line.
_ALWAYS = set("\\`*_[]<#|~")
_MARKUP = re.compile("[" + re.escape("".join(sorted(_ALWAYS))) + "]")
# At the start of a line these open a block (quote, list, setext underline, HTML).
_LINE_START = set(">-+=")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def _printable(ch: str) -> bool:
    # Controls act on a terminal; a lone surrogate or U+FFFE/U+FFFF is no character at
    # all, and an XML document (a DOCX) cannot hold one.
    if ch in "\t\n\r":
        return True
    return unicodedata.category(ch) not in ("Cc", "Cs") and ch not in "\ufffe\uffff"


def normalize(text: str) -> str:
    """One line of text: control characters (and non-characters) dropped, runs of white
    space made one space."""
    if not text.isprintable():  # rare: only then is the slow character-by-character pass due
        text = "".join(ch for ch in text if _printable(ch))
    return " ".join(text.split())


def escape(text: str) -> str:
    """The normalized text with a backslash before every character that could be markup."""
    out = normalize(text)
    if _MARKUP.search(out):  # most clauses hold none: a search is cheaper than the sub
        out = _MARKUP.sub(r"\\\g<0>", out)
    if "&" in out:
        out = _ENTITY.sub(r"\\&", out)
    ordered = _ORDERED_MARKER.match(out)
    if ordered:
        return f"{ordered[1]}\\{ordered[2]}{out[ordered.end():]}"
    if out[:1] in _LINE_START:
        return f"\\{out}"
    return out
