from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.tui.steps.base import StepForm
from jdwizard.uilang import t


class DutiesForm(StepForm):
    key = "duties"
    hint = "Duties in full, one per item; g sets a duty's group, share of time and mark."

    def compose(self) -> ComposeResult:
        yield self.intro()
        duties = self.duty_items(t("Duties"), "duties.items")
        yield duties
        # Below a screen of duties, the functions follow the first frame.
        above = self.lines(t(self.hint)) + duties.fewest_lines(self.text_width() - 2)
        yield from self.below(above, self.items(t("Main functions (optional)"),
                                                "functions.items"))
