"""A finding of a check: where, how bad, what. Small, so the wizard's first screen can
name findings without loading the checks themselves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

ERROR: Final = "error"
WARNING: Final = "warning"


@dataclass(frozen=True)
class Finding:
    place: str
    severity: str
    message: str
    file: str = ""

    def line(self) -> str:
        place = f"{self.place}: " if self.place else ""
        return f"{self.file}: {place}{self.severity}: {self.message}"
