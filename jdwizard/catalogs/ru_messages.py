"""The commands' messages in Russian: check's findings, render, new, drafts, load errors."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
}
