"""The preset library: job descriptions to start from, shipped with the package.

In a wheel the presets live in jdwizard/presets/; in a source checkout, in the
top-level presets/ folder beside the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jdwizard.errors import JDError
from jdwizard.fileformat import load
from jdwizard.model import Document, Duties, Duty, Items, copy_document

BLANK = {"en": "blank", "ru": "blank-ru"}
"""The skeleton for each language: only the clauses every description carries."""


@dataclass(frozen=True)
class Preset:
    name: str
    path: Path
    document: Document

    @property
    def language(self) -> str:
        return self.document.language

    @property
    def title(self) -> str:
        return self.document.position.title

    @property
    def summary(self) -> str:
        return self.document.position.summary


def presets_dir() -> Path:
    packaged = Path(__file__).parent / "presets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "presets"


@cache
def all_presets() -> tuple[Preset, ...]:
    """Every preset, by name; the blank skeletons first."""
    paths = sorted(
        presets_dir().glob("*.toml"), key=lambda p: (not p.stem.startswith("blank"), p.stem)
    )
    return tuple(Preset(p.stem, p, load(p)) for p in paths)


def find_preset(name: str) -> Preset:
    for preset in all_presets():
        if preset.name == name:
            return preset
    known = ", ".join(p.name for p in all_presets())
    raise JDError(name, f"no such preset; the presets are: {known}")


def blank_preset(language: str) -> Preset:
    """The blank skeleton of a language (English for a language without one)."""
    return find_preset(BLANK.get(language, BLANK["en"]))


def new_document(name: str | None, language: str | None = None) -> Document:
    """A fresh document from a preset, or from the blank skeleton of the language."""
    if name is None:
        name = BLANK.get(language or "en", BLANK["en"])
    preset = find_preset(name)
    if language and preset.language != language:
        others = ", ".join(p.name for p in all_presets() if p.language == language)
        raise JDError(
            name, f'the preset is in "{preset.language}"; presets in "{language}": {others}'
        )
    doc = copy_document(preset.document)
    doc.preset = name
    return doc


def library_items(language: str, field: str) -> list[str]:
    """Every distinct item of a list field ("duties", "conditions.items",
    "qualifications.knowledge", ...) across the presets of a language, in preset order."""
    seen: dict[str, None] = {}
    for preset in all_presets():
        if preset.language == language:
            for item in _list_values(preset.document, field):
                seen.setdefault(item, None)
    return list(seen)


def _list_values(doc: Document, field: str) -> list[str]:
    obj: object = doc
    for part in field.split("."):
        obj = getattr(obj, part)
    if isinstance(obj, (Items, Duties)):
        obj = obj.items
    assert isinstance(obj, list), f"{field} is not a list field"
    return [v.text if isinstance(v, Duty) else v for v in obj]


def match_rank(preset: Preset, typed: str) -> int | None:
    """How well a preset matches the filter: 0 its title begins with what was typed,
    1 every word is in the title, 2 in its name or summary; None no match."""
    words = typed.casefold().split()
    title = preset.title.casefold()
    if not all(w in f"{preset.name} {title} {preset.summary.casefold()}" for w in words):
        return None
    if words and title.startswith(" ".join(words)):
        return 0
    return 1 if all(w in title for w in words) else 2
