"""Offered at start when an autosaved draft is newer than the file."""

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
