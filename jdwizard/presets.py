"""The preset library: job descriptions to start from, shipped with the package.

In a wheel the presets live in jdwizard/presets/; in a source checkout, in the
top-level presets/ folder beside the package. They are grouped in a folder per field
of work (presets/finance/accountant-ru.toml); a preset's name is its file's name, and
names are unique across the folders.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from jdwizard.errors import JDError
from jdwizard.fileformat import load
from jdwizard.findings import N_
from jdwizard.model import Document, Duties, Duty, Items, copy_document
from jdwizard.uilang import t

BLANK = {"en": "blank", "ru": "blank-ru"}
"""The skeleton for each language: only the clauses every description carries."""


FIELDS: Final = {
    # A preset's folder, by the field of work it stands for; in the order listed.
    "": N_("any position"),
    "management": N_("management"),
    "sales": N_("sales"),
    "purchasing": N_("purchasing"),
    "finance": N_("accounting and finance"),
    "law": N_("law"),
    "personnel": N_("personnel"),
    "it": N_("information technology"),
    "office": N_("office and administration"),
    "warehouse": N_("warehouse"),
    "transport": N_("transport and logistics"),
    "production": N_("production and engineering"),
    "safety": N_("occupational safety"),
    "facilities": N_("facilities and cleaning"),
    "security": N_("security"),
    "retail": N_("retail"),
}
"""The fields of work the presets are grouped in (a folder of presets/ each)."""


@dataclass(frozen=True)
class Preset:
    name: str
    path: Path
    document: Document
    field: str = ""
    """The folder it is in: its field of work (FIELDS); "" for the blank skeletons."""

    @property
    def language(self) -> str:
        return self.document.language

    @property
    def title(self) -> str:
        return self.document.position.title

    @property
    def summary(self) -> str:
        return self.document.position.summary

    @property
    def field_name(self) -> str:
        """The field of work in the interface's language."""
        return t(FIELDS.get(self.field, self.field))


def presets_dir() -> Path:
    packaged = Path(__file__).parent / "presets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "presets"


@cache
def _files() -> dict[str, tuple[str, Path]]:
    """Every preset's field and file, by name, in the order listed: the blank skeletons
    first, then by field of work and name. Found without reading any."""
    root = presets_dir()
    order = {field: i for i, field in enumerate(FIELDS)}
    found = [(path.parent.relative_to(root).as_posix().strip("."), path)
             for path in root.rglob("*.toml")]
    found.sort(key=lambda f: (not f[1].stem.startswith("blank"), order.get(f[0], len(order)),
                              f[0], f[1].stem))
    return {path.stem: (field, path) for field, path in found}


@cache
def _preset(name: str) -> Preset:
    field, path = _files()[name]
    return Preset(name, path, load(path), field)


def all_presets() -> tuple[Preset, ...]:
    """Every preset, in the order listed (see _files). Reading all of them takes a
    fifth of a second: find_preset reads only the one named."""
    return tuple(_preset(name) for name in _files())


def find_preset(name: str) -> Preset:
    if name in _files():
        return _preset(name)
    import difflib  # only on this error path

    close = difflib.get_close_matches(name, list(_files()), n=3)
    if close:
        raise JDError(name, t("no such preset (did you mean {names}?); "
                              "`jdwizard presets` lists them", names=", ".join(close)))
    raise JDError(name, t("no such preset; `jdwizard presets` lists them"))


def twin(preset: Preset) -> Preset | None:
    """The same position in the other language: sales-manager and sales-manager-ru."""
    name = preset.name.removesuffix("-ru") if preset.name.endswith("-ru") \
        else f"{preset.name}-ru"
    return _preset(name) if name in _files() else None


def blank_preset(language: str) -> Preset:
    """The blank skeleton of a language (English for a language without one)."""
    return find_preset(BLANK.get(language, BLANK["en"]))


def new_document(name: str | None, language: str | None = None) -> Document:
    """A fresh document from a preset, or from the blank skeleton of the language."""
    if name is None:
        name = BLANK.get(language or "en", BLANK["en"])
    preset = find_preset(name)
    if language and preset.language != language:
        other = twin(preset)
        if other is not None and other.language == language:
            raise JDError(name, t('the preset is in "{language}"; in "{wanted}" it is {other}',
                                  language=preset.language, wanted=language, other=other.name))
        raise JDError(name, t('the preset is in "{language}"; `jdwizard presets` lists '
                              'those in "{wanted}"', language=preset.language, wanted=language))
    doc = copy_document(preset.document)
    doc.preset = name
    return doc


def library(language: str, field: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every distinct item of a list field ("duties", "conditions.items",
    "qualifications.knowledge", ...) across the presets of a language, in preset order,
    with the titles of the positions whose presets hold it."""
    seen: dict[str, list[str]] = {}
    for preset in all_presets():
        if preset.language == language:
            for item in _list_values(preset.document, field):
                titles = seen.setdefault(item, [])
                if preset.title and preset.title not in titles:
                    titles.append(preset.title)
    return [(item, tuple(titles)) for item, titles in seen.items()]


def library_items(language: str, field: str) -> list[str]:
    """The items of library(), without where they come from."""
    return [item for item, _ in library(language, field)]


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
    1 every word is in the title or another title, 2 in its name, summary or field, or
    in a title of its twin in the other language («бухг» finds Accountant too); None no
    match."""
    words = typed.casefold().split()
    title = preset.title.casefold()
    titles = " ".join(_titles(preset))
    other = twin(preset)
    others = " ".join(_titles(other)) if other else ""
    where = f"{preset.name} {titles} {preset.summary.casefold()} {preset.field} " \
            f"{preset.field_name.casefold()} {others}"
    if not all(w in where for w in words):
        return None
    if words and title.startswith(" ".join(words)):
        return 0
    return 1 if all(w in titles for w in words) else 2


def _titles(preset: Preset) -> list[str]:
    return [preset.title.casefold(),
            *(o.casefold() for o in preset.document.position.other_titles)]


def matching(typed: str, language: str | None = None) -> list[Preset]:
    """The presets (of the language, if given) that match the filter, best first and in
    the order listed within a rank (match_rank)."""
    ranked = [(rank, i, preset) for i, preset in enumerate(all_presets())
              if (language is None or preset.language == language)
              and (rank := match_rank(preset, typed)) is not None]
    return [preset for _, _, preset in sorted(ranked, key=lambda r: r[:2])]
