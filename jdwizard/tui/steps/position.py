from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.model import CATEGORIES, STATUSES
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import ChoiceField, DateField, FlagField, LongTextField, TextField

CATEGORY_NAMES = {"worker": "Worker", "specialist": "Specialist", "manager": "Manager",
                  "technical": "Technical staff"}
CODES = (("okpdtr", "OKPDTR code"), ("okz", "OKZ code"), ("isco08", "ISCO-08 code"),
         ("onet", "O*NET-SOC code"))


class PositionForm(StepForm):
    key = "position"
    hint = "The position, the organization, and the document's title data."

    def compose(self) -> ComposeResult:
        d = self.doc
        yield self.intro()
        yield TextField(d, "position.title", "Title")
        yield ChoiceField(d, "position.category", "Category",
                          [(CATEGORY_NAMES[c], c) for c in CATEGORIES])
        yield TextField(d, "organization.name", "Organization")
        yield TextField(d, "organization.department", "Department")
        yield LongTextField(d, "position.summary", "Summary")
        yield self.items("Other titles", "position.other_titles")
        for code, label in CODES:
            yield TextField(d, f"position.codes.{code}", label)
        yield TextField(d, "document.number", "Document No.")
        yield TextField(d, "document.place", "Place")
        yield DateField(d, "document.effective_date", "Effective date")
        yield ChoiceField(d, "document.status", "Status", [(s.title(), s) for s in STATUSES])
        yield FlagField(d, "document.contract_appendix", "Contract appendix")
        yield LongTextField(d, "document.basis", "Legal basis")
