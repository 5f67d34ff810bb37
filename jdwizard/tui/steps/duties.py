from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.tui.steps.base import StepForm
from jdwizard.uilang import t


class DutiesForm(StepForm):
    key = "duties"
    hint = "Duties in full, one per item; g sets a duty's group, share of time and mark."

    def compose(self) -> ComposeResult:
        yield self.intro()
        yield self.duty_items(t("Duties"), "duties.items")
        yield self.items(t("Main functions (optional)"), "functions.items")
