"""The interface in Russian: every English text jdwizard shows, and its Russian.

Keys are the English texts exactly as the code writes them (with {named} values);
a text missing here is shown in English, and tests/test_catalogs.py fails on it.
"""

from __future__ import annotations

from typing import Final

CATALOG: Final[dict[str, str]] = {
    "Saved": "Сохранено",
}
