"""The language jdwizard speaks to its user, and the words it says in it.

Every word the wizard shows and every message a command prints is written in English
in the code and passed through `t()`, which gives it in the interface's language from
that language's catalogue (jdwizard/catalogs/ru.py: a plain table, English -> Russian).
The interface's language is chosen once per run (`choose`), and follows the document's
language when the user switches it in the wizard (`follow_document`).

Names that stay English on purpose (command names, keys such as ctrl+s) are never
passed through t().
"""

from __future__ import annotations

import functools
import importlib
import os
from typing import Final

LANGUAGES: Final = ("en", "ru")
ENV: Final = "JDWIZARD_UI_LANG"

_state = {"language": "en", "pinned": False}
"""The interface's language; pinned when --ui-lang or JDWIZARD_UI_LANG chose it, so
that the document's language does not move it."""


def choose(flag: str | None = None, document: str | None = None) -> str:
    """Set the interface's language: --ui-lang, else JDWIZARD_UI_LANG, else the document's
    language, else the locale (LC_ALL, LC_MESSAGES, LANG: ru_* gives Russian), else English."""
    env = os.environ.get(ENV, "").strip().lower()
    pinned = flag or (env if env in LANGUAGES else None)
    language = pinned or document or _from_locale()
    _state.update(language=language if language in LANGUAGES else "en", pinned=bool(pinned))
    return current()


def follow_document(document: str) -> None:
    """The document's language changed in the wizard: the interface follows, unless pinned."""
    if not _state["pinned"] and document in LANGUAGES:
        _state["language"] = document


def current() -> str:
    return str(_state["language"])


def _from_locale() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:  # the first one set decides, as the C library does
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def t(text: str, /, **values: object) -> str:
    """The text in the interface's language, with {named} values put in after translating."""
    language = current()
    shown = text if language == "en" else catalog(language).get(text, text)
    return shown.format(**values) if values else shown


@functools.cache
def catalog(language: str) -> dict[str, str]:
    """The language's table, English -> translation, loaded once when first needed."""
    module = importlib.import_module(f"jdwizard.catalogs.{language}")
    table: dict[str, str] = module.CATALOG
    return table
