from __future__ import annotations

from textual.app import ComposeResult

from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import FlagField, LongTextField, TextField
from jdwizard.tui.widgets.list_editor import ListEditor
from jdwizard.uilang import t


class SubordinationForm(StepForm):
    key = "subordination"
    hint = "Whom the position reports to (a position, never a person), and how it is filled."

    def compose(self) -> ComposeResult:
        d = self.doc
        yield self.intro()
        yield TextField(d, "subordination.reports_to", t("Reports to"), focused_first=True)
        yield FlagField(d, "subordination.heads_organization", t("Heads the org."))
        yield TextField(d, "subordination.substitute", t("Substitute"))
        yield LongTextField(d, "subordination.appointment", t("Appointed by"))
        yield self.items(t("Subordinates"), "subordination.subordinates")
        yield self.items(t("Further general provisions"), "general.items")

    def on_show(self) -> None:
        # Subordinates are asked for only where they apply: for managers.
        subordinates = self.query_one("#f-subordination-subordinates", ListEditor)
        subordinates.display = (
            self.doc.position.category == "manager" or bool(self.doc.subordination.subordinates)
        )
