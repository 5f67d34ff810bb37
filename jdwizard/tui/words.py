"""Words the wizard builds from values, in the interface's language: lists of names,
the parts of a document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from jdwizard import places, uilang
from jdwizard.uilang import t

if TYPE_CHECKING:
    pass

PARTS: Final = {
    "language": "Language", "preset": "Preset", "document": "Document details",
    "organization": "Organization", "position": "Position",
    "subordination": "Subordination", "general": "General provisions",
    "qualifications": "Qualifications", "functions": "Functions", "duties": "Duties",
    "rights": "Rights", "liability": "Liability", "relationships": "Relationships",
    "conditions": "Conditions", "performance": "Performance criteria",
    "final": "Final provisions", "approval": "Approval", "author": "Developed by",
    "agreed": "Agreed with", "acknowledged": "Acknowledgement sheet",
    "revisions": "Revision history",
}
"""The document's top-level parts (the model's fields), by the names the wizard gives them."""


def listed(names: list[str]) -> str:
    """ "a, b and c" in the interface's language."""
    if len(names) < 2:
        return "".join(names)
    return t("{items} and {last}", items=", ".join(names[:-1]), last=names[-1])


def part_name(part: str) -> str:
    """A top-level part of the document as the file names it in English ("duties"), and
    by its name in another language («Обязанности»)."""
    if uilang.current() == "en" or part not in PARTS:
        return part
    return t(PARTS[part])


def place_name(place: str) -> str:
    """Where a finding is, for the Review step: the place as the file names it in English
    ("duties.items[3]"); in another language, the part's name and the item's number."""
    parts = places.parse(places.nearest(place)) if places.nearest(place) else []
    if uilang.current() == "en" or not parts or parts[0][0] not in PARTS:
        return place
    name = part_name(parts[0][0])
    number = next((i for _, i in parts if i is not None), None)
    return t("{part}, item {number}", part=name, number=number) if number else name
