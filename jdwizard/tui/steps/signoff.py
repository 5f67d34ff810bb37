from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Label

from jdwizard.model import Acknowledgement, Signature
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import DateField, TextField
from jdwizard.tui.widgets.records import RecordList


class SignoffForm(StepForm):
    key = "signoff"
    hint = "Who approves, who developed it, who agrees, and who has read it."

    def compose(self) -> ComposeResult:
        d = self.doc
        yield self.intro()
        yield Label("Approved by", classes="group-title")
        yield TextField(d, "approval.position", "Position")
        yield TextField(d, "approval.name", "Full name")
        yield DateField(d, "approval.date", "Date", title="Approval date")
        yield Label("Developed by", classes="group-title")
        yield TextField(d, "author.position", "Position")
        yield TextField(d, "author.name", "Full name")
        yield DateField(d, "author.date", "Date", title="Date developed")
        yield Label("Agreed with", classes="group-title")
        yield RecordList(d, "agreed", "Agreement",
                         [("position", "Position", False), ("name", "Full name", False),
                          ("date", "Date", True)], Signature)
        yield Label("Acknowledgement sheet", classes="group-title")
        yield RecordList(d, "acknowledged", "Employee",
                         [("name", "Full name", False), ("date", "Date", True),
                          ("passport", "Passport", False)], Acknowledgement)
