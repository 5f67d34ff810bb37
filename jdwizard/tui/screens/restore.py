"""Offered at start: an autosaved draft newer than the file, a draft that cannot be
read, a lock that nobody may be holding."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label

from jdwizard.keys import both
from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t


class RestoreScreen(Dialog[str]):
    """Dismissed with "restore", "discard" or "keep"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(both("r"), "choose('restore')", "Restore"),
        Binding(both("d"), "choose('discard')", "Discard"),
        Binding(f"{both('k')},escape", "choose('keep')", "Keep for later"),
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
            title = (t("An unsaved draft of {what} from {age} is newer than the file.",
                       what=self.what, age=self.age) if self.file else
                     t("An unsaved draft of {what} from {age}, never saved.",
                       what=self.what, age=self.age))
            yield Label(title, classes="dialog-title", markup=False)
            yield Label(self.detail, markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("Restore it (r)"), id="restore", variant="primary",
                             compact=True)
                yield Button(t("Discard it (d)"), id="discard", variant="error", compact=True)
                yield Button(t("Keep it for later (k)"), id="keep", compact=True)
            yield Label(t("Kept drafts are listed by: jdwizard drafts"), classes="dialog-hint")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "keep")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class UnreadableDraftScreen(Dialog[str]):
    """Offered at start when the file's draft cannot be read: dismissed with "remove"
    or "keep". Either way the file opens as it is on disk."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(both("r"), "choose('remove')", "Remove"),
        Binding(f"{both('k')},escape", "choose('keep')", "Keep it"),
    ]

    def __init__(self, what: str, problem: str, where: str) -> None:
        super().__init__()
        self.what = what
        self.problem = problem
        """Why it cannot be read, as drafts.Draft.problem says."""
        self.where = where

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("The draft of {what} cannot be read: {problem}. "
                          "Remove it, so that new drafts can be kept?",
                          what=self.what, problem=self.problem),
                        classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("Remove it (r)"), id="remove", variant="error", compact=True)
                yield Button(t("Keep it (k)"), id="keep", compact=True)
            yield Label(t("It is {where}. Kept drafts are listed by: jdwizard drafts",
                          where=self.where),
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
        Binding(both("r"), "choose('read-only')", "Read-only"),
        Binding(both("b"), "choose('break')", "Break the lock"),
        Binding(f"{both('q')},escape", "choose('quit')", "Quit"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("Open read-only (r)"), id="read-only", variant="primary",
                             compact=True)
                yield Button(t("Break the lock (b)"), id="break", variant="error",
                             compact=True)
                yield Button(t("Quit (q)"), id="quit", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "quit")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
