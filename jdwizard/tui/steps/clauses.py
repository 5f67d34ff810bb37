"""Rights and liability: a single list of clauses each."""

from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.tui.steps.base import StepForm
from jdwizard.uilang import t


class RightsForm(StepForm):
    key = "rights"
    hint = "The powers granted to do the work, each a clause of its own."

    def compose(self) -> ComposeResult:
        yield self.intro()
        yield from self.lead("rights.items")
        yield self.items(t("Rights"), "rights.items")


class LiabilityForm(StepForm):
    key = "liability"
    hint = "What the employee answers for, and under which law."

    def compose(self) -> ComposeResult:
        yield self.intro()
        yield from self.lead("liability.items")
        yield self.items(t("Liability"), "liability.items")
