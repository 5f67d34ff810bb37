"""Messages that forms send to the app, kept apart so the app need not import the forms
(which import most of Textual's widgets) before the first screen is up."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class Edited(Message):
    """A value of the document changed."""

    def __init__(self, place: str) -> None:
        super().__init__()
        self.place = place


class ListRequest(Message):
    """A list editor asks the app for something about one of its items."""

    def __init__(self, editor: Any, index: int = 0) -> None:
        super().__init__()
        self.editor = editor
        """The ListEditor asking."""
        self.index = index


class LibraryRequested(ListRequest):
    """Pick an item from the presets' library, to add after the cursor."""


class ExternalRequested(ListRequest):
    """Edit the item at index in $EDITOR."""


class DetailsRequested(ListRequest):
    """Edit the duty at index: group, share of time, essential mark."""


class PresetChosen(Message):
    """The start step chose a preset (or the blank page) and a language."""

    def __init__(self, preset: str, language: str) -> None:
        super().__init__()
        self.preset = preset
        self.language = language


class ImportRequested(Message):
    """The start step chose to start from an official source: "profstandard" or "onet"."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind


class LanguageChosen(Message):
    """The start step's language was switched: the interface may follow it."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language


class JumpTo(Message):
    """Show the field that holds a place, e.g. a finding's."""

    def __init__(self, place: str) -> None:
        super().__init__()
        self.place = place


class Unparsed(Message):
    """A field holds text that is not a value of its kind (a date that does not parse),
    so the document keeps the old value; problem is "" once the text parses again."""

    def __init__(self, place: str, problem: str) -> None:
        super().__init__()
        self.place = place
        self.problem = problem
        """The reason, naming the field: "Effective date: there is no 31 February 2026"."""
