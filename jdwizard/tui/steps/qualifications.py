from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import FlagField, LongTextField
from jdwizard.uilang import t


class QualificationsForm(StepForm):
    key = "qualifications"
    hint = "What the employee must have, know and be guided by."

    def compose(self) -> ComposeResult:
        d = self.doc
        yield self.intro()
        yield LongTextField(d, "qualifications.education", t("Education"))
        yield LongTextField(d, "qualifications.experience", t("Experience"))
        yield FlagField(d, "qualifications.experience_required", t("Experience needed"))
        yield from self.lead("qualifications.knowledge")
        yield self.items(t("Must know"), "qualifications.knowledge")
        yield from self.lead("qualifications.guided_by")
        yield self.items(t("Guided by (laws, documents)"), "qualifications.guided_by")
        yield from self.lead("qualifications.skills")
        yield self.items(t("Skills"), "qualifications.skills")
        yield self.items(t("Personal qualities"), "qualifications.qualities")
        yield self.items(t("Further training"), "qualifications.training")
        yield self.items(t("Preferred (not required)"), "qualifications.preferred")
