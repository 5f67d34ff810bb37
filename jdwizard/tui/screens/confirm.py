"""A yes/no question."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label

from jdwizard.keys import both
from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t


class ConfirmScreen(Dialog[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(both("y"), "answer(True)", "Yes"),
        Binding(f"{both('n')},escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes: str = "", no: str = "") -> None:
        """question and the answers in the interface's language; Yes and No by default."""
        super().__init__()
        self.question = question
        self.yes = yes or t("Yes")
        self.no = no or t("No")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.yes} (y)", id="yes", variant="warning", compact=True)
                yield Button(f"{self.no} (n)", id="no", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
