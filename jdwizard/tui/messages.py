"""Messages that forms send to the app, kept apart so the app need not import the forms."""

from __future__ import annotations

from textual.message import Message


class PresetChosen(Message):
    """The start step chose a preset (or the blank page) and a language."""

    def __init__(self, preset: str, language: str) -> None:
        super().__init__()
        self.preset = preset
        self.language = language


class JumpTo(Message):
    """Show the field that holds a place, e.g. a finding's."""

    def __init__(self, place: str) -> None:
        super().__init__()
        self.place = place
