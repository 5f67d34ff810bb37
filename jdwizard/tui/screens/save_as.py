"""Asks for the file name of a document that has none yet."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label

from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t


class SaveAsScreen(Dialog[str | None]):
    """Dismissed with the file name typed (ending in .toml), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, suggestion: str) -> None:
        super().__init__()
        self.suggestion = suggestion

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("Save as (the .md is written beside it):"), classes="dialog-title")
            yield Input(self.suggestion, id="file-name", compact=True)
            yield Label(t("Enter saves, Esc cancels."), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name:
            return
        self.dismiss(name if name.endswith(".toml") else f"{name}.toml")

    def action_cancel(self) -> None:
        self.dismiss(None)
