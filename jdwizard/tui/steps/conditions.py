from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import LongTextField

CONDITIONS = (("schedule", "Schedule"), ("place", "Place of work"), ("travel", "Travel"),
              ("physical", "Physical demands"), ("environment", "Environment"),
              ("employment", "Employment"))


class ConditionsForm(StepForm):
    key = "conditions"
    hint = "Working conditions, relationships, how the work is judged, final provisions."

    def compose(self) -> ComposeResult:
        yield self.intro()
        for key, label in CONDITIONS:
            yield LongTextField(self.doc, f"conditions.{key}", label)
        yield self.items("Other conditions", "conditions.items")
        yield self.items("Relationships", "relationships.items")
        yield self.items("Performance criteria", "performance.items")
        yield self.items("Final provisions", "final.items")
