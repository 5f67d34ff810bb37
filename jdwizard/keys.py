"""Letter commands on the Russian keyboard layout.

A person typing Russian has the keyboard on the ЙЦУКЕН layout; the key where `a` is then
sends «ф». Wherever a letter is a command (not text being typed), the key at the same
place does the same thing: bindings name both (`both("a")` -> "a,ф").
"""

from __future__ import annotations

from typing import Final

_LATIN: Final = "qwertyuiop[]asdfghjkl;'zxcvbnm,."
_CYRILLIC: Final = "йцукенгшщзхъфывапролджэячсмитьбю"
TWIN: Final = dict(zip(_LATIN, _CYRILLIC, strict=True))
"""The Cyrillic letter on the key of each Latin one."""
LATIN_OF: Final = {cyr: lat for lat, cyr in TWIN.items()}


def both(key: str) -> str:
    """A binding's key with its Russian-layout twin: "a" -> "a,ф"; others as they are."""
    twin = TWIN.get(key)
    return f"{key},{twin}" if twin else key


def latin(key: str) -> str:
    """The Latin letter a Russian-layout key stands for: "ф" -> "a"; others as they are."""
    return LATIN_OF.get(key, key)
