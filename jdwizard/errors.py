"""The one error type a user sees: a file, a place in it, and what is wrong."""

from __future__ import annotations

from pathlib import Path


class JDError(Exception):
    """A problem with a user's file, printed as one line and never as a traceback."""

    def __init__(self, path: str | Path, message: str, place: str = "") -> None:
        super().__init__(message)
        self.path = str(path)
        self.message = message
        self.place = place

    def __str__(self) -> str:
        if self.place:
            return f"{self.path}: {self.place}: {self.message}"
        return f"{self.path}: {self.message}"
