"""Asked on quit with unsaved changes: save, discard or cancel."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label

from jdwizard.keys import both
from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t


class QuitScreen(Dialog[str]):
    """Dismissed with "save", "discard" or "cancel"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(both("s"), "choose('save')", "Save"),
        Binding(both("d"), "choose('discard')", "Discard"),
        Binding(f"escape,{both('c')}", "choose('cancel')", "Cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("The document has unsaved changes."), classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("Save and quit (s)"), id="save", variant="primary",
                             compact=True)
                yield Button(t("Discard (d)"), id="discard", variant="error", compact=True)
                yield Button(t("Cancel (Esc)"), id="cancel", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "cancel")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
