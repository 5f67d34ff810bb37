from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import FlagField, LongTextField


class QualificationsForm(StepForm):
    key = "qualifications"
    hint = "What the employee must have, know and be guided by."

    def compose(self) -> ComposeResult:
        d = self.doc
        yield self.intro()
        yield LongTextField(d, "qualifications.education", "Education")
        yield LongTextField(d, "qualifications.experience", "Experience")
        yield FlagField(d, "qualifications.experience_required", "Experience needed")
        yield self.items("Must know", "qualifications.knowledge")
        yield self.items("Guided by (laws, documents)", "qualifications.guided_by")
        yield self.items("Skills", "qualifications.skills")
        yield self.items("Personal qualities", "qualifications.qualities")
        yield self.items("Further training", "qualifications.training")
        yield self.items("Preferred (not required)", "qualifications.preferred")
