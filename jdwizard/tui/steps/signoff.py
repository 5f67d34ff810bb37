from __future__ import annotations

import dataclasses
from typing import Any

from textual.app import ComposeResult
from textual.widgets import Input, Label

from jdwizard import places
from jdwizard.model import Acknowledgement, Document, DocumentInfo, Signature
from jdwizard.output.printed import BLANK_ROWS
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import DateField, Field, FieldInput, TextField
from jdwizard.tui.widgets.records import RecordList


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
        self.notify(f"{self.title}: a whole number from {self.low} to {self.high}",
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
                          placeholder=f"{self.default} when empty; {self.low} to {self.high}",
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
        yield Label("Approved by", classes="group-title")
        yield TextField(d, "approval.position", "Position")
        yield TextField(d, "approval.name", "Full name")
        yield DateField(d, "approval.date", "Date", title="Approval date")
        yield Label("Or approved by an order, instead of a signature:", classes="field-hint")
        yield TextField(d, "approval.order_number", "Order No.")
        yield DateField(d, "approval.order_date", "Order date")
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
        yield CountField(d, "document.blank_rows", "Blank rows", BLANK_ROWS)
