"""The wizard's words in Russian: steps, labels, hints, keys' descriptions, dialogs, toasts."""

from __future__ import annotations

from typing import Final

WIZARD: Final[dict[str, str]] = {
    "Saved": "Сохранено",
}
