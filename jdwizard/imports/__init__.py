"""Importers: a job description made from a source published by others.

Each importer reads its source into plain dataclasses and builds a Document from them;
neither prints anything (jdwizard/import_commands.py does). Nothing here imports Textual.

What every importer shares is kept here: the skeleton a description starts from, the
few values a description needs that no source gives, and safe reading of a file.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Final

from jdwizard import fileformat, presets
from jdwizard.atomicfile import plain_reason
from jdwizard.errors import JDError
from jdwizard.model import Document
from jdwizard.uilang import t

MAX_SOURCE_BYTES: Final = 64 * 1024 * 1024
"""The largest source file read (64 MiB). A professional standard is a few MB, and so are
the O*NET tables read; the limit stops what is not a source (a dump, a disk image)
before it costs memory many times its size."""

GENERIC: Final = {
    "ru": {"reports_to": "Руководитель структурного подразделения",
           "appointment": "Приказом руководителя организации",
           "approval": "Руководитель организации"},
    "en": {"reports_to": "Head of the department",
           "appointment": "By order of the head of the company",
           "approval": "Head of the company"},
}
"""What no source says but check asks for (whom the position reports to, how the
employee is appointed, who approves): the usual words of the skeleton's own final
provisions, to be corrected by the user (the command says so)."""

GENERIC_PLACES: Final = ("subordination.reports_to", "subordination.appointment",
                         "approval.position")

_PLACEHOLDER: Final = re.compile(r"[\s\-‐‑‒–—―_.]*")
"""Dashes and nothing else: how the registry's files write "none" («-», «—»)."""


def skeleton(language: str) -> Document:
    """The blank skeleton of the language (its rights, liability, final provisions,
    guiding documents), with the generic values of GENERIC filled in."""
    name = presets.BLANK[language]
    path = presets.presets_dir() / f"{name}.toml"
    # Its file alone, where it is: presets.blank_preset loads every preset (some forty
    # files, a quarter of a second) to find one.
    doc = fileformat.load(path) if path.is_file() else presets.new_document(None, language)
    doc.preset = name
    generic = GENERIC[language]
    doc.subordination.reports_to = generic["reports_to"]
    doc.subordination.appointment = generic["appointment"]
    doc.approval.position = generic["approval"]
    return doc


def clean(text: str | None) -> str:
    """A value as the source writes it, its runs of white space (line breaks of a
    pretty-printed file) made one space; a placeholder («-») is no value."""
    if not text:
        return ""
    joined = " ".join(text.split())
    return "" if _PLACEHOLDER.fullmatch(joined) else joined


def unique(values: list[str]) -> list[str]:
    """The values without repeats, in the order they first come."""
    return list(dict.fromkeys(v for v in values if v))


def read_source(path: str | Path) -> bytes:
    """The bytes of a source file, with one clear error for each way it can be unusable.

    Looked at before it is opened: a FIFO or a device would block or never end."""
    try:
        kind = os.stat(path).st_mode
        if stat.S_ISDIR(kind):
            raise JDError(path, t("is a folder, not a file"))
        if not stat.S_ISREG(kind):
            raise JDError(path, t("not a regular file"))
        with open(path, "rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise JDError(path, t("no such file")) from None
    except OSError as exc:
        raise JDError(path, t("cannot read: {reason}", reason=plain_reason(exc))) from None
    if len(data) > MAX_SOURCE_BYTES:
        raise JDError(path, t("more than {limit} MB: too large to be one source to import",
                              limit=MAX_SOURCE_BYTES // (1024 * 1024)))
    return data
