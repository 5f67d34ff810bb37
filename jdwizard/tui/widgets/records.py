"""A list of small records edited as groups of fields: agreement blocks, acknowledgements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label

from jdwizard import places
from jdwizard.model import Document
from jdwizard.tui.messages import Edited
from jdwizard.tui.widgets.fields import DateField, TextField

FieldSpec = tuple[str, str, bool]
"""(attribute, label, is a date)"""


class RecordList(Vertical):
    DEFAULT_CLASSES = "records"

    def __init__(self, doc: Document, place: str, title: str, fields: list[FieldSpec],
                 new_record: Callable[[], Any]) -> None:
        super().__init__(id=f"f-{place}")
        self.doc = doc
        self.place = place
        self.title = title
        self.fields = fields
        self.new_record = new_record

    @property
    def records(self) -> list[Any]:
        records: list[Any] = places.get(self.doc, self.place)
        return records

    def compose(self) -> ComposeResult:
        for i in range(1, len(self.records) + 1):
            yield Label(f"{self.title} {i}", classes="record-title")
            for attr, label, is_date in self.fields:
                kind = DateField if is_date else TextField
                yield kind(self.doc, f"{self.place}[{i}].{attr}", label)
            yield Button(f"Remove {self.title.lower()} {i}", id=f"remove-{self.place}-{i}",
                         classes="record-remove", compact=True)
        with Horizontal(classes="record-add-row"):
            yield Button(f"Add {self.title.lower()}", id=f"add-{self.place}",
                         classes="record-add", compact=True)

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id == f"add-{self.place}":
            self.records.append(self.new_record())
            await self.recompose()
            self._focus_last_record()
        else:
            index = int(button_id.rsplit("-", 1)[1])
            del self.records[index - 1]
            await self.recompose()
            self.query_one(f"#add-{self.place}", Button).focus()
        self.app.post_message(Edited(self.place))

    def _focus_last_record(self) -> None:
        first_of_last = len(self.records)
        place = f"{self.place}[{first_of_last}].{self.fields[0][0]}"
        for field in self.query(TextField):
            if field.place == place:
                field.focus_editor()
