"""A finding of a check: where, how bad, what. Small, so the wizard's first screen can
name findings without loading the checks themselves.

Also the few helpers the messages of the checks and the commands are written with: a
message is English in the code and passed through uilang.t() when it is made, so that
it reads in the interface's language (jdwizard/catalogs/ru_messages.py holds the
Russian); `speaking` makes the messages about one document in that document's language.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Final, NamedTuple

from jdwizard import uilang
from jdwizard.uilang import t

ERROR: Final = "error"
WARNING: Final = "warning"


class Finding(NamedTuple):
    """One finding of a check. (A named tuple: a frozen dataclass compiles six functions
    at import, some 0.4 ms of each start, and takes more memory for each finding.)"""

    place: str
    severity: str
    """ERROR or WARNING, in English always: scripts read it (check --format json)."""
    message: str
    """In the interface's language when the finding was made."""
    file: str = ""

    def line(self) -> str:
        """FILE: place: severity: message, the severity word in the interface's language."""
        place = f"{self.place}: " if self.place else ""
        return f"{self.file}: {place}{severity_word(self.severity)}: {self.message}"


def item_place(items: str, number: int) -> str:
    """The place of a list's item ("duties.items", 3: "duties.items[3]"), the same
    string each time: the wizard's checks, its clause numbers and its renders name each
    item of the document again after each pause, and 3,000 duties' places are some
    0.2 MiB. (Not sys.intern: 3,000 strings more made its table grow by 0.9 MiB.)"""
    made = _ITEM_PLACES.get(items)
    if made is None or len(made) < number:
        with _MAKING:  # the checks' thread and a render's may name items at once
            made = _ITEM_PLACES.setdefault(items, [])
            made.extend(f"{items}[{n}]" for n in range(len(made) + 1, number + 1))
    return made[number - 1]


_ITEM_PLACES: dict[str, list[str]] = {}
_MAKING = threading.Lock()


def severity_word(severity: str) -> str:
    """The severity as a person reads it: "error" / «ошибка»."""
    if severity == ERROR:
        return t("error")
    if severity == WARNING:
        return t("warning")
    return severity


def N_(text: str) -> str:
    """A text to be translated where it is shown, not here (gettext's gettext_noop): a
    constant that a message passes through t() later. The tests collect these too."""
    return text


def plural(n: int, one: str, many: str, **values: object) -> str:
    """A count with its noun: "1 file", "2 files"; «1 файл», «2 файла», «5 файлов».

    one and many are the English forms ({n} stands for the number); the catalogue's
    entry for many holds a language's forms apart by "|" (Russian: one|few|many)."""
    if uilang.current() == "en":
        return (one if n == 1 else many).format(n=n, **values)
    forms = t(many).split("|")
    return forms[_russian_form(n) if len(forms) == 3 else 0].format(n=n, **values)


def _russian_form(n: int) -> int:
    """Which of one|few|many: 1, 21 файл; 2, 3, 4, 22 файла; 5, 11, 12, 25 файлов."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


@contextlib.contextmanager
def speaking(language: str | None) -> Iterator[None]:
    """Messages made inside read in the document's language, unless --ui-lang or
    JDWIZARD_UI_LANG pinned the interface's; the language before is restored after."""
    before = uilang.current()
    if language:
        uilang.follow_document(language)
    try:
        yield
    finally:
        uilang.follow_document(before)
