"""Text from a file made safe to show: no control character from it reaches a terminal.

A title, a duty, a file name or a key of a document may hold escape sequences (mailed,
pasted from the web, planted in a shared repository). Sent raw, they set the terminal's
title, clear or reset the screen, write the clipboard, or make the terminal answer into
the wizard as if typed. Everything jdwizard prints or shows passes through here.
"""

from __future__ import annotations

import re
import sys
from typing import Final, TextIO

CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 but tab and newline, DEL, and C1: what a terminal may take as a command."""

CONTROL_OR_LINE_BREAK: Final = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
"""The same with newline, for one-line values (a title, a message)."""

BIDI: Final = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Bidirectional embeddings, overrides and isolates: text that displays in another order
than it reads (the "Trojan Source" attack)."""

ZERO_WIDTH: Final = re.compile("[\u200b-\u200d\u2060\ufeff]")
"""Characters that take no room: two clauses that look the same may differ by one."""

MESSAGE_TOKEN: Final = 200
"""A word of a message longer than this (a 1 MB key, a pasted blob) is cut in the middle."""

MESSAGE_LINE: Final = 2000

_LONG_WORD: Final = re.compile(r"\S{" + str(MESSAGE_TOKEN + 1) + ",}")


def escaped(char: str) -> str:
    """The character as Python writes it in a string: "\\x1b", "\\x9b"."""
    return f"\\x{ord(char):02x}"


_SURROGATE: Final = re.compile("[\ud800-\udfff]")
"""A byte of a file name that is not UTF-8, as Python decodes it (0x9b is U+DC9B)."""


def _byte_of(char: str) -> str:
    code = ord(char)
    return f"\\x{code - 0xdc00:02x}" if 0xdc80 <= code <= 0xdcff else f"\\u{code:04x}"


def for_message(text: str) -> str:
    """One line to print: controls (a newline too, so that no file name can add a line
    that reads as a finding of its own) written out as \\x1b, long words cut.

    A file name's byte that is not UTF-8 is written as \\x9b too: standard output would
    write it back raw (surrogateescape), and 0x9b alone is a terminal's CSI."""
    line = _SURROGATE.sub(lambda m: _byte_of(m.group()), text)
    line = CONTROL_OR_LINE_BREAK.sub(lambda m: escaped(m.group()), line)
    line = BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
    line = _LONG_WORD.sub(_cut_word, line)
    if len(line) > MESSAGE_LINE:
        line = line[:MESSAGE_LINE - 1] + "…"
    return line


def _cut_word(match: re.Match[str]) -> str:
    word = match.group()
    return f"{word[:MESSAGE_TOKEN - 40]}…({len(word):,} characters)…{word[-20:]}"


def say(line: str, file: TextIO | None = None) -> None:
    """print() for a message: one line made safe, to stdout unless file is given."""
    print(for_message(line), file=sys.stdout if file is None else file)


def complain(line: str) -> None:
    """A message to standard error."""
    say(line, file=sys.stderr)


_PICTURES: Final = {chr(code): chr(0x2400 + code) for code in range(0x20)} | {"\x7f": "\u2421"}
_FROM_PICTURES: Final = {picture: char for char, picture in _PICTURES.items()}
_PICTURE: Final = re.compile("[\u2400-\u241f\u2421]")


def pictured(text: str, keep: str = "\t\n") -> str:
    """Controls shown as the Unicode control pictures (ESC as ␛), to show in the wizard.

    A C1 control is shown as the ESC sequence it stands for (CSI U+009B as ␛[), so
    that every control is visible and `unpictured` gives the text back."""
    def picture(match: re.Match[str]) -> str:
        char = match.group()
        if char in keep:
            return char
        if char in _PICTURES:
            return _PICTURES[char]
        return "\u241b" + chr(ord(char) - 0x40)  # C1: its 7-bit form, ESC + a letter

    return CONTROL_OR_LINE_BREAK.sub(picture, text) if has_control(text, keep) else text


def unpictured(text: str) -> str:
    """The text a picture-showing field stands for: ␛ back to ESC, and so on."""
    if not _PICTURE.search(text):
        return text
    return _PICTURE.sub(lambda m: _FROM_PICTURES[m.group()], text)


def has_control(text: str, keep: str = "\t\n") -> bool:
    return any(char not in keep for char in CONTROL_OR_LINE_BREAK.findall(text))


def without_controls(text: str) -> str:
    """The document as printed: C0 (but tab and newline), DEL and C1 dropped."""
    return CONTROL.sub("", text)


_JSON_UNSAFE: Final = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                                 "\u200b-\u200d\u2060\ufeff\ud800-\udfff]")


def json_safe(dumped: str) -> str:
    """JSON text with DEL, C1, invisible characters and a file name's bytes that are not
    UTF-8 (lone surrogates) escaped: json escapes only C0.

    They only occur inside strings, where \\uXXXX means the same character."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
