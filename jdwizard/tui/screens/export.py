"""Export: which documents to write beside the file, DOCX and/or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Checkbox, Label

from jdwizard.keys import both
from jdwizard.model import EXPORTS
from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t

WHAT = {"docx": ("DOCX", "d", "to edit in Word or LibreOffice"),
        "pdf": ("PDF", "p", "to print, sign and file as it is")}


class FormatBox(Checkbox, inherit_bindings=False):
    """A format's checkbox: Space ticks it, and Enter is left to the dialog (export),
    as Enter in a form goes on rather than changes a choice."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_button", "Tick", show=False),
    ]

    @property
    def _button(self) -> Content:
        # Unticked shows no X: Textual's box shows one either way, telling them apart
        # by colour alone, which NO_COLOR and some themes do not show.
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button


class ExportScreen(Dialog[list[str] | None]):
    """Dismissed with the formats ticked, in EXPORTS order, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding(both("d"), "flip('docx')", "DOCX"),
        Binding(both("p"), "flip('pdf')", "PDF"),
        Binding("enter", "export", "Export"),
    ]

    def __init__(self, chosen: list[str], path: Path | None) -> None:
        super().__init__()
        self.chosen = [f for f in EXPORTS if f in chosen] or list(EXPORTS)
        """Ticked at first: the file's choice, or every format when it has made none."""
        self.path = path

    def compose(self) -> ComposeResult:
        title = (t("Export beside {name}", name=self.path.name) if self.path is not None
                 else t("Export (the document is new: you name its file first)"))
        with Vertical(classes="dialog export"):
            yield Label(title, classes="dialog-title", markup=False)
            for fmt, (name, key, use) in WHAT.items():
                yield FormatBox(self._line(fmt, name, key, t(use)), fmt in self.chosen,
                                id=f"export-{fmt}", compact=True)
            yield Label("", id="export-problem")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("Export (Enter)"), id="export", variant="primary",
                             compact=True)
                yield Button(t("Cancel (Esc)"), id="cancel", compact=True)
            yield Label(t("The choice is kept in the file: each save writes them again. "
                          "Space ticks, Esc cancels."), classes="dialog-hint")

    def _line(self, fmt: str, name: str, key: str, use: str) -> str:
        if self.path is None:
            return t("{format} ({key}): {use}", format=name, key=key, use=use)
        return t("{format} ({key}): {file}, {use}", format=name, key=key, use=use,
                 file=self.path.with_suffix("." + fmt).name)

    def on_mount(self) -> None:
        super().on_mount()
        self._say("")
        self.query_one(FormatBox).focus()

    def ticked(self) -> list[str]:
        return [f for f in EXPORTS if self.query_one(f"#export-{f}", FormatBox).value]

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self.action_export()
        else:
            self.action_cancel()

    def on_checkbox_changed(self) -> None:
        self._say("")

    def _say(self, problem: str) -> None:
        label = self.query_one("#export-problem", Label)
        label.update(problem)
        label.display = bool(problem)

    def action_flip(self, fmt: str) -> None:
        box = self.query_one(f"#export-{fmt}", FormatBox)
        box.toggle()
        box.focus()

    def action_export(self) -> None:
        ticked = self.ticked()
        if not ticked:
            self._say(t("Tick DOCX, PDF or both."))
            return
        self.dismiss(ticked)

    def action_cancel(self) -> None:
        self.dismiss(None)
