"""Read and write a document's values by place: "position.title", "duties.items[3]".

Places are the names that load errors and check findings use (list items counted from 1),
so a finding can be turned into the field that holds it.
"""

from __future__ import annotations

import re
from typing import Any

from jdwizard.model import Document

_PART = re.compile(r"(?P<name>[a-z_0-9]+)(?:\[(?P<index>\d+)\])?")


def parse(place: str) -> list[tuple[str, int | None]]:
    """ "duties.items[3].text" -> [("duties", None), ("items", 3), ("text", None)]"""
    parts = []
    for piece in place.split("."):
        match = _PART.fullmatch(piece)
        if not match:
            raise ValueError(f"not a place: {place!r}")
        index = match["index"]
        parts.append((match["name"], int(index) if index else None))
    return parts


def nearest(place: str) -> str:
    """The longest part of a place that is one: a key of a table may be any text (a
    control character, a dash), "position.codes.ok\x1b" -> "position.codes"."""
    pieces = place.split(".")
    while pieces and not all(_PART.fullmatch(piece) for piece in pieces):
        pieces.pop()
    return ".".join(pieces)


def _walk(obj: Any, parts: list[tuple[str, int | None]]) -> Any:
    for name, index in parts:
        obj = obj.get(name, "") if isinstance(obj, dict) else getattr(obj, name)
        if index is not None:
            obj = obj[index - 1]
    return obj


def get(doc: Document, place: str) -> Any:
    return _walk(doc, parse(place))


def set_value(doc: Document, place: str, value: Any) -> None:
    *path, (name, index) = parse(place)
    obj = _walk(doc, path)
    if index is not None:
        getattr(obj, name)[index - 1] = value
    elif isinstance(obj, dict):
        if value:
            obj[name] = value
        else:
            obj.pop(name, None)
    else:
        setattr(obj, name, value)


def field_of(place: str) -> str:
    """The field a place belongs to, without item indexes: duties.items[3] -> duties.items."""
    return ".".join(name for name, _ in parse(place))
