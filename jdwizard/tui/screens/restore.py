"""Offered at start: an autosaved draft newer than the file, a draft that cannot be
read, a lock that nobody may be holding."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label

from jdwizard.tui.screens.dialog import Dialog


class RestoreScreen(Dialog[str]):
    """Dismissed with "restore", "discard" or "keep"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('restore')", "Restore"),
        Binding("d", "choose('discard')", "Discard"),
        Binding("k,escape", "choose('keep')", "Keep for later"),
    ]

    def __init__(self, what: str, age: str, detail: str, file: bool = True) -> None:
        super().__init__()
        self.what = what
        self.age = age
        self.detail = detail
        """What the draft holds or how it differs from the file, in a sentence."""
        self.file = file
        """Whether there is a file the draft is newer than."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            than = " is newer than the file" if self.file else ", never saved"
            yield Label(f"An unsaved draft of {self.what} from {self.age}{than}.",
                        classes="dialog-title", markup=False)
            yield Label(self.detail, markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Restore it (r)", id="restore", variant="primary", compact=True)
                yield Button("Discard it (d)", id="discard", variant="error", compact=True)
                yield Button("Keep it for later (k)", id="keep", compact=True)
            yield Label("Kept drafts are listed by: jdwizard drafts", classes="dialog-hint")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "keep")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class UnreadableDraftScreen(Dialog[str]):
    """Offered at start when the file's draft cannot be read: dismissed with "remove"
    or "keep". Either way the file opens as it is on disk."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('remove')", "Remove"),
        Binding("k,escape", "choose('keep')", "Keep"),
    ]

    def __init__(self, what: str, problem: str, where: str) -> None:
        super().__init__()
        self.what = what
        self.problem = problem
        """Why it cannot be read, as drafts.Draft.problem says."""
        self.where = where

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"The draft of {self.what} cannot be read: {self.problem}. "
                        "Remove it, so that new drafts can be kept?",
                        classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Remove it (r)", id="remove", variant="error", compact=True)
                yield Button("Keep it (k)", id="keep", compact=True)
            yield Label(f"It is {self.where}. Kept drafts are listed by: jdwizard drafts",
                        classes="dialog-hint", markup=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "keep")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class LockedScreen(Dialog[str]):
    """Offered at start when the file's lock may be held by nobody (a wizard on another
    machine, or a lock that is not a wizard's): dismissed with "read-only", "break"
    or "quit"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('read-only')", "Read-only"),
        Binding("b", "choose('break')", "Break the lock"),
        Binding("q,escape", "choose('quit')", "Quit"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Open read-only (r)", id="read-only", variant="primary",
                             compact=True)
                yield Button("Break the lock (b)", id="break", variant="error", compact=True)
                yield Button("Quit (q)", id="quit", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "quit")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
