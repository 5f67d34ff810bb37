from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import LongTextField
from jdwizard.uilang import t

CONDITIONS = (("schedule", "Schedule"), ("place", "Place of work"), ("travel", "Travel"),
              ("physical", "Physical demands"), ("environment", "Environment"),
              ("employment", "Employment"))


class ConditionsForm(StepForm):
    key = "conditions"
    hint = "Working conditions, relationships, how the work is judged, final provisions."

    def compose(self) -> ComposeResult:
        yield self.intro()
        for key, label in CONDITIONS:
            yield LongTextField(self.doc, f"conditions.{key}", t(label))
        yield self.items(t("Other conditions"), "conditions.items")
        yield self.items(t("Relationships"), "relationships.items")
        yield self.items(t("Performance criteria"), "performance.items")
        yield self.items(t("Final provisions"), "final.items")
