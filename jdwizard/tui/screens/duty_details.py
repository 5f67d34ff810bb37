"""A duty's group, share of working time and essential mark."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select

from jdwizard.model import Duty
from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t

ESSENTIAL = [("Essential", True), ("Marginal", False)]


class DutyDetailsScreen(Dialog[Duty | None]):
    """Dismissed with the changed duty, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s,f2", "keep", "Keep", priority=True),
    ]

    def __init__(self, duty: Duty, groups: list[str],
                 on_change: Callable[[Duty], None] | None = None) -> None:
        super().__init__()
        self.duty = duty
        self.groups = groups
        self.on_change = on_change
        """Told each change as it is typed, so that it reaches the draft at once; told
        the duty as it was when the dialog is cancelled."""

    def compose(self) -> ComposeResult:
        d = self.duty
        with Vertical(classes="dialog"):
            yield Label(d.text or t("(no text yet)"), classes="dialog-title", markup=False)
            with Horizontal(classes="field"):
                yield Label(t("Group"), classes="field-label")
                yield Input(d.group, id="group", compact=True,
                            placeholder=", ".join(self.groups)[:60] or t("a heading"))
            with Horizontal(classes="field"):
                yield Label(t("Share of time %"), classes="field-label")
                yield Input("" if d.share is None else str(d.share), id="share",
                            type="integer", compact=True, placeholder=t("0 to 100"))
            with Horizontal(classes="field"):
                yield Label(t("Mark"), classes="field-label")
                yield Select([(t(name), value) for name, value in ESSENTIAL],
                             value=Select.NULL if d.essential is None else d.essential,
                             prompt=t("(none)"), id="essential", compact=True)
            yield Label("", id="problem", classes="dialog-hint")
            yield Label(t("Enter on the last field or ctrl+s keeps; Esc cancels."),
                        classes="dialog-hint")

    def on_input_submitted(self) -> None:
        self.action_keep()

    def on_input_changed(self) -> None:
        self._tell(self._typed())

    def on_select_changed(self) -> None:
        self._tell(self._typed())

    def _tell(self, duty: Duty | None) -> None:
        if duty is not None and self.on_change is not None:
            self.on_change(duty)

    def _typed(self) -> Duty | None:
        """The duty as the fields say it; None while the share is not a percentage."""
        share_text = self.query_one("#share", Input).value.strip()
        share = int(share_text) if share_text.lstrip("-").isdigit() else None
        if share_text and (share is None or not 0 <= share <= 100):
            return None
        essential = self.query_one("#essential", Select).value
        return Duty(
            text=self.duty.text,
            group=" ".join(self.query_one("#group", Input).value.split()),
            share=share,
            essential=essential if isinstance(essential, bool) else None,
        )

    def action_keep(self) -> None:
        duty = self._typed()
        if duty is None:
            self.query_one("#problem", Label).update(t("The share is a percentage: 0 to 100."))
            return
        self.dismiss(duty)

    def action_cancel(self) -> None:
        self._tell(self.duty)
        self.dismiss(None)
