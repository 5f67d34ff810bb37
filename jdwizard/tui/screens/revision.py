"""Offered when an approved description is saved with its clauses changed: record the
change as a revision (the change sheet's row), with its text drafted from the diff."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from jdwizard.tui.screens.dialog import Dialog
from jdwizard.tui.widgets.paragraph import ParagraphArea
from jdwizard.uilang import t


class ChangesArea(ParagraphArea):
    """The drafted words, wrapped so that all of them are in sight; Enter records."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "record", show=False,
                                                     priority=True)]

    def action_record(self) -> None:
        screen = self.screen
        assert isinstance(screen, RevisionScreen)
        screen.record()


@dataclass(frozen=True)
class RevisionAnswer:
    """Record a revision with these words (record), or save without one."""

    record: bool
    changes: str = ""
    basis: str = ""


class RevisionScreen(Dialog[RevisionAnswer | None]):
    """Dismissed with the answer, or None: the save does not happen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+n", "skip", "Save without"),
    ]

    def __init__(self, drafted: str, number: str, when: str) -> None:
        super().__init__()
        self.drafted = drafted
        self.number = number
        self.when = when

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog revision"):
            yield Label(t("The description is approved and its clauses have changed. Record "
                          "the change as revision No. {number} of {date}? Employees "
                          "acknowledge it again.", number=self.number, date=self.when),
                        classes="dialog-title", markup=False)
            yield Label(t("What changed (edit as it should read):"))
            yield ChangesArea(self.drafted, id="revision-changes", soft_wrap=True,
                              compact=True, tab_behavior="focus")
            yield Label(t("The order that approves it (may be left empty):"))
            yield Input(id="revision-basis", compact=True,
                        placeholder=t("e.g. Order of 15.03.2027 No. 12"))
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("Record and save (Enter)"), id="record", variant="primary",
                             compact=True)
                yield Button(t("Save without (ctrl+n)"), id="skip", compact=True)
            yield Label(t("Esc: back, nothing saved."), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.record()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "record":
            self.record()
        else:
            self.action_skip()

    def record(self) -> None:
        changes = " ".join(self.query_one("#revision-changes", ChangesArea).text.split())
        if not changes:
            self.notify(t("Say what changed, or save without a revision (ctrl+n)."),
                        severity="warning")
            return
        basis = " ".join(self.query_one("#revision-basis", Input).value.split())
        self.dismiss(RevisionAnswer(True, changes, basis))

    def action_skip(self) -> None:
        self.dismiss(RevisionAnswer(False))

    def action_cancel(self) -> None:
        self.dismiss(None)
