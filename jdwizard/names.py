"""A signer's name as a Russian signature block prints it: initials, then the family name.

«Иванов Иван Иванович» signs as «И.И. Иванов». The file keeps the full name (the
acknowledgement sheet prints it whole); only approval, author and agreement blocks of a
Russian document print the transcript. English names print as written.
"""

from __future__ import annotations

import re
from typing import Final

_PATRONYMIC: Final = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$", re.IGNORECASE)
_FAMILY: Final = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ова|ева|ёва|ина|ына|ская|цкая|ко|их|ых)$",
    re.IGNORECASE)
_INITIAL: Final = re.compile(r"^(?:\w\.){1,2}$")
_PATRONYMIC_TAIL: Final = frozenset(["оглы", "кызы", "улы", "уулу", "гызы"])
"""The second word of a Turkic patronymic (Гусейн оглы): it gets no initial of its own."""


def transcript(name: str) -> str:
    """ "Иванов Иван Иванович" -> "И.И. Иванов"; a name already so written is kept."""
    words = [w for w in name.split() if w.casefold() not in _PATRONYMIC_TAIL]
    if len(words) < 2 or any(_INITIAL.match(w) or w.endswith(".") for w in words):
        return _initials_first(words) if len(words) == 2 else " ".join(words)
    family, given = _split(words)
    return "".join(_initial(w) for w in given) + " " + family


def _split(words: list[str]) -> tuple[str, list[str]]:
    """The family name and the given names (with the patronymic), in order."""
    if len(words) == 3 and _PATRONYMIC.search(words[1]):  # Иван Иванович Иванов
        return words[2], words[:2]
    if len(words) == 2 and _FAMILY.search(words[1]) and not _FAMILY.search(words[0]):
        return words[1], words[:1]  # Иван Иванов
    return words[0], words[1:]  # the official order: Иванов Иван Иванович


def _initial(word: str) -> str:
    # A double given name keeps both parts: Анна-Мария -> А.-М.
    return "-".join(f"{part[:1].upper()}." for part in word.split("-") if part)


def _initials_first(words: list[str]) -> str:
    """ "Иванов И.И." -> "И.И. Иванов"; "И.И. Иванов" as it is."""
    first, second = words
    if _INITIAL.match(second) or second.endswith("."):
        return f"{second} {first}"
    return f"{first} {second}"
