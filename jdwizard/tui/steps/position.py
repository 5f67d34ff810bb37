from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.model import CATEGORIES, STATUSES
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import ChoiceField, DateField, FlagField, LongTextField, TextField
from jdwizard.uilang import t

CATEGORY_NAMES = {"worker": "Worker", "specialist": "Specialist", "manager": "Manager",
                  "technical": "Technical staff"}
STATUS_NAMES = {"draft": "Draft", "approved": "Approved"}
CODES = (("okpdtr", "OKPDTR code"), ("okz", "OKZ code"), ("isco08", "ISCO-08 code"),
         ("onet", "O*NET-SOC code"))


class PositionForm(StepForm):
    key = "position"
    hint = "The position, the organization, and the document's title data."

    def compose(self) -> ComposeResult:
        d = self.doc
        yield self.intro()
        yield TextField(d, "position.title", t("Title"))
        yield ChoiceField(d, "position.category", t("Category"),
                          [(t(CATEGORY_NAMES[c]), c) for c in CATEGORIES])
        yield TextField(d, "organization.name", t("Organization"))
        yield TextField(d, "organization.department", t("Department"))
        yield LongTextField(d, "position.summary", t("Summary"))
        yield self.items(t("Other titles"), "position.other_titles")
        for code, label in CODES:
            yield TextField(d, f"position.codes.{code}", t(label))
        yield TextField(d, "document.number", t("Document No."))
        yield TextField(d, "document.place", t("Place"))
        yield DateField(d, "document.effective_date", t("Effective date"))
        yield ChoiceField(d, "document.status", t("Status"),
                          [(t(STATUS_NAMES[s]), s) for s in STATUSES])
        yield FlagField(d, "document.contract_appendix", t("Contract appendix"))
        yield LongTextField(d, "document.basis", t("Legal basis"))
