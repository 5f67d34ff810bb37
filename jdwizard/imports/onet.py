"""O*NET (English): an occupation and its tasks, from the database's text files.

O*NET's database (CC BY 4.0) comes as tab-separated text files with a header row, one
folder per release (db_30_0_text). Columns are read by their header names, so that a
release that adds, drops or reorders columns is read the same.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from jdwizard.errors import JDError
from jdwizard.imports import clean, read_source, skeleton
from jdwizard.model import Document, Duty
from jdwizard.uilang import t

OCCUPATIONS: Final = "Occupation Data.txt"
TASKS: Final = "Task Statements.txt"
SOC: Final = "O*NET-SOC Code"
OCCUPATION_COLUMNS: Final = (SOC, "Title", "Description")
TASK_COLUMNS: Final = (SOC, "Task", "Task Type")

ATTRIBUTION: Final = ("This document includes information from the {database} by the U.S. "
                      "Department of Labor, Employment and Training Administration "
                      "(USDOL/ETA). Used under the CC BY 4.0 license.")
"""O*NET's attribution under CC BY 4.0, which the licence asks every copy to carry."""

_RELEASE: Final = re.compile(r"db_(\d+)_(\d+)(?:_text)?", re.IGNORECASE)
"""The folder O*NET's download unpacks to: db_30_0_text is release 30.0."""


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    description: str


@dataclass(frozen=True)
class Task:
    text: str
    kind: str
    """"Core" or "Supplemental" (O*NET's Task Type); empty where the release gives none."""


# --- reading ----------------------------------------------------------------------------


def table(folder: str | Path, name: str) -> Path:
    """The path of one of the database's files; a folder without it is a JDError."""
    base = Path(folder)
    if not base.is_dir():
        message = t("is a file, not a folder") if base.exists() else t("no such folder")
        raise JDError(folder, message)
    path = base / name
    if not path.is_file():
        raise JDError(folder, t("not an O*NET database folder: it has no file «{name}»",
                                name=name))
    return path


def occupations(folder: str | Path) -> list[Occupation]:
    """Every occupation of the release, in the file's order."""
    return [Occupation(row[SOC], row["Title"], row["Description"])
            for row in rows(table(folder, OCCUPATIONS), OCCUPATION_COLUMNS) if row[SOC]]


def tasks(folder: str | Path, code: str) -> list[Task]:
    """The tasks of one occupation, in the file's order."""
    return [Task(row["Task"], row["Task Type"])
            for row in rows(table(folder, TASKS), TASK_COLUMNS)
            if row[SOC] == code and row["Task"]]


def rows(path: Path, columns: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """The rows of a tab-separated file, each as {column: value} for the columns asked
    for, found by the names of its header row. O*NET quotes nothing: a quotation mark is
    part of the text (QUOTE_NONE)."""
    text = _text(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t",
                        quoting=csv.QUOTE_NONE)
    try:
        header = [name.strip() for name in next(reader, [])]
        where = _columns(path, header, columns)
        for values in reader:
            yield {name: clean(values[i]) if i < len(values) else ""
                   for name, i in where.items()}
    except csv.Error as exc:
        raise JDError(path, t("cannot read the table: {reason}", reason=exc),
                      f"line {reader.line_num}") from None


def _columns(path: Path, header: list[str], columns: tuple[str, ...]) -> dict[str, int]:
    missing = [name for name in columns if name not in header]
    if missing:
        raise JDError(path, t("no column {columns} in its header row (it has: {header})",
                              columns=", ".join(f"«{c}»" for c in missing),
                              header=", ".join(header) or "—"), "line 1")
    return {name: header.index(name) for name in columns}


def _text(path: Path) -> str:
    data = read_source(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JDError(path, t("not UTF-8 text (byte 0x{byte:02x} at offset {offset})",
                              byte=data[exc.start], offset=exc.start)) from None


def release(folder: str | Path) -> str:
    """The release number the folder's name tells (db_30_0_text: "30.0"), else ""."""
    match = _RELEASE.fullmatch(Path(folder).resolve().name)
    return f"{int(match[1])}.{int(match[2])}" if match else ""


# --- finding ----------------------------------------------------------------------------


def search(found: list[Occupation], words: str) -> list[Occupation]:
    """The occupations whose title holds every word, in any case (a part of a word
    counts: "account" finds "Accountants")."""
    wanted = words.casefold().split()
    return [o for o in found if all(w in o.title.casefold() for w in wanted)]


def find_occupation(found: list[Occupation], code: str, folder: str | Path) -> Occupation:
    """The occupation of an O*NET-SOC code; 13-2011 is taken as 13-2011.00."""
    wanted = code.strip()
    if re.fullmatch(r"\d{2}-\d{4}", wanted):
        wanted += ".00"
    for occupation in found:
        if occupation.code == wanted:
            return occupation
    raise JDError(folder, t("no occupation {code} in {file}; find its code with --search",
                            code=code, file=OCCUPATIONS))


# --- the description --------------------------------------------------------------------


def attribution(number: str) -> str:
    """The licence's attribution, naming the release when it is known."""
    database = f"O*NET {number} Database" if number else "O*NET Database"
    return ATTRIBUTION.format(database=database)


def build_document(occupation: Occupation, found: list[Task], number: str) -> Document:
    """An English description: the English skeleton with the occupation's title,
    description, tasks (Core ones essential, Supplemental ones not), code and the
    attribution as the document's basis."""
    doc = skeleton("en")
    doc.position.title = occupation.title
    doc.position.summary = occupation.description
    doc.position.category = category(occupation.code)
    doc.position.codes = {"onet": occupation.code}
    doc.duties.items = [Duty(task.text, essential=_essential(task.kind)) for task in found]
    doc.document.basis = attribution(number)
    return doc


def _essential(kind: str) -> bool | None:
    return {"core": True, "supplemental": False}.get(kind.casefold())


_WORKER_GROUPS: Final = frozenset({"31", "33", "35", "37", "39", "45", "47", "49", "51", "53"})
"""SOC major groups of service, manual and production work (healthcare support,
protective service, food, cleaning, personal care, farming, construction, repair,
production, transportation)."""


def category(code: str) -> str:
    """The employee category from the SOC code: 11 (management) and the first-line
    supervisors (XX-1xxx of the groups from 33 on) are managers, 43 (office and
    administrative support) technical, the service and manual groups workers, and the
    rest (business, computing, engineering, science, education, health, sales, ...)
    specialists."""
    major, _, minor = code.partition("-")
    if major == "11" or (major >= "33" and minor.startswith("1")):
        return "manager"
    if major == "43":
        return "technical"
    return "worker" if major in _WORKER_GROUPS else "specialist"
