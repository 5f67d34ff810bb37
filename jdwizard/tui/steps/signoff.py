from __future__ import annotations

import dataclasses
from typing import Any

from textual.app import ComposeResult
from textual.widgets import Input, Label

from jdwizard import places
from jdwizard.model import Acknowledgement, Document, DocumentInfo, Revision, Signature
from jdwizard.output.printed import BLANK_ROWS
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import DateField, Field, FieldInput, TextField
from jdwizard.tui.widgets.records import RecordList, RecordWords
from jdwizard.uilang import t

AGREEMENT = RecordWords("Agreement {n}", "Agreement {n} {lower}", "Add agreement",
                        "Remove agreement {n}", "Agreement {n} removed. Press u to undo.")
REVISION = RecordWords("Revision {n}", "Revision {n} {lower}", "Add revision",
                       "Remove revision {n}", "Revision {n} removed. Press u to undo.")
EMPLOYEE = RecordWords("Employee {n}", "Employee {n} {lower}", "Add employee",
                       "Remove employee {n}", "Employee {n} removed. Press u to undo.")


def _range_of(name: str) -> tuple[int, int]:
    spec = next(f for f in dataclasses.fields(DocumentInfo) if f.name == name)
    low, high = spec.metadata["range"]
    return int(low), int(high)


def numbers_up_to(high: int) -> str:
    """A regular expression of the whole numbers 0 to high, without leading zeros."""
    digits = str(high)
    patterns = ["0", *("[1-9]" + "[0-9]" * (n - 1) for n in range(1, len(digits)))]
    for i, digit in enumerate(digits):  # as long as high: its first i digits, then less
        lowest = 1 if i == 0 else 0
        if int(digit) > lowest:
            rest = "[0-9]" * (len(digits) - i - 1)
            patterns.append(f"{digits[:i]}[{lowest}-{int(digit) - 1}]{rest}")
    patterns.append(digits)
    return "|".join(dict.fromkeys(patterns))


class CountInput(FieldInput):
    """Digits only, and only a number up to its highest: a key that would make anything
    else is refused with the bell and a word on why, so the field never holds a wrong
    value (and there is nothing to fix before a save)."""

    def __init__(self, value: str, low: int, high: int, title: str, **kwargs: Any) -> None:
        super().__init__(value, restrict=f"({numbers_up_to(high)})?", **kwargs)
        self.low, self.high, self.title = low, high, title

    def restricted(self) -> None:
        self.app.bell()
        self.notify(t("{field}: a whole number from {low} to {high}", field=self.title,
                      low=self.low, high=self.high),
                    severity="warning", timeout=3)


class CountField(Field):
    """A whole number in the range the format allows (document.blank_rows: 0 to 100);
    empty is unset, which prints the default."""

    def __init__(self, doc: Document, place: str, label: str, default: int) -> None:
        super().__init__(doc, place, label)
        self.low, self.high = _range_of(place.split(".")[-1])
        self.default = default

    def editor(self) -> Input:
        value = places.get(self.doc, self.place)
        return CountInput("" if value is None else str(value), self.low, self.high, self.label,
                          placeholder=t("{default} when empty; {low} to {high}",
                                        default=self.default, low=self.low, high=self.high),
                          classes="field-editor", compact=True, select_on_focus=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        text = event.value.strip()
        value = int(text) if text else None
        if value != places.get(self.doc, self.place):
            self.store(value)


class SignoffForm(StepForm):
    key = "signoff"
    hint = "Who approves, who developed it, who agrees, and who has read it."

    def compose(self) -> ComposeResult:
        d = self.doc
        yield self.intro()
        yield Label(t("Approved by"), classes="group-title")
        yield TextField(d, "approval.position", t("Position"), focused_first=True)
        yield TextField(d, "approval.name", t("Full name"))
        yield DateField(d, "approval.date", t("Date"), title=t("Approval date"))
        yield Label(t("Or approved by an order, instead of a signature:"),
                    classes="field-hint")
        yield TextField(d, "approval.order_number", t("Order No."))
        yield DateField(d, "approval.order_date", t("Order date"))
        yield Label(t("Developed by"), classes="group-title")
        yield TextField(d, "author.position", t("Position"))
        yield TextField(d, "author.name", t("Full name"))
        yield DateField(d, "author.date", t("Date"), title=t("Date developed"))
        yield Label(t("Agreed with"), classes="group-title")
        yield RecordList(d, "agreed", AGREEMENT,
                         [("position", t("Position"), False), ("name", t("Full name"), False),
                          ("date", t("Date"), True)], Signature)
        yield Label(t("Acknowledgement sheet"), classes="group-title")
        yield RecordList(d, "acknowledged", EMPLOYEE,
                         [("name", t("Full name"), False), ("date", t("Date"), True),
                          ("passport", t("Passport"), False)], Acknowledgement)
        yield CountField(d, "document.blank_rows", t("Blank rows"), BLANK_ROWS)
        yield Label(t("Revision history"), classes="group-title")
        yield RecordList(d, "revisions", REVISION,
                         [("number", t("No."), False), ("date", t("Date"), True),
                          ("changes", t("Changes"), False), ("basis", t("Basis (order)"), False)],
                         Revision)
