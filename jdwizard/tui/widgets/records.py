"""A list of small records edited as groups of fields: agreement blocks, acknowledgements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from jdwizard import places
from jdwizard.keys import both
from jdwizard.model import Document
from jdwizard.tui.messages import Edited
from jdwizard.tui.widgets.fields import DateField, TextField, field_id
from jdwizard.uilang import t

FieldSpec = tuple[str, str, bool]
"""(attribute, label, is a date); the label in the interface's language"""


@dataclass(frozen=True)
class RecordWords:
    """What the blocks of one kind of record are called, in English (translated when
    shown): {n} is the record's number, {field} a field's label and {lower} the same in
    lower case."""

    record: str
    """ "Agreement {n}" """
    field: str
    """A field of a record, in messages: "Agreement {n} {lower}" """
    add: str
    remove: str
    """ "Remove agreement {n}" """
    removed: str
    """ "Agreement {n} removed. Press u to undo." """


class RecordList(Vertical):
    """Blocks of fields, one per record; a removed block comes back with u, as a
    deleted list item does."""

    DEFAULT_CLASSES = "records"
    BINDINGS: ClassVar[list[BindingType]] = [Binding(f"{both('u')},ctrl+z", "undo", "Undo")]

    def __init__(self, doc: Document, place: str, words: RecordWords, fields: list[FieldSpec],
                 new_record: Callable[[], Any]) -> None:
        super().__init__(id=f"f-{place}")
        self.doc = doc
        self.place = place
        self.words = words
        self.fields = fields
        self.new_record = new_record
        self.removed: list[tuple[int, Any]] = []
        """Removed records and where they were (counted from 0), the last one last."""

    @property
    def records(self) -> list[Any]:
        records: list[Any] = places.get(self.doc, self.place)
        return records

    def compose(self) -> ComposeResult:
        for i in range(1, len(self.records) + 1):
            yield Label(t(self.words.record, n=i), classes="record-title", markup=False)
            for attr, label, is_date in self.fields:
                kind = DateField if is_date else TextField
                yield kind(self.doc, f"{self.place}[{i}].{attr}", label,
                           title=t(self.words.field, n=i, field=label, lower=label.lower()))
            yield Button(t(self.words.remove, n=i), id=f"remove-{self.place}-{i}",
                         classes="record-remove", compact=True)
        with Horizontal(classes="record-add-row"):
            yield Button(t(self.words.add), id=f"add-{self.place}",
                         classes="record-add", compact=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return bool(self.removed) if action == "undo" else True

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button_id = event.button.id or ""
        if button_id == f"add-{self.place}":
            await self._insert(len(self.records), self.new_record())
        else:
            await self._remove(int(button_id.rsplit("-", 1)[1]) - 1)

    async def _insert(self, index: int, record: Any) -> None:
        typed = self._typed_dates()
        self.records.insert(index, record)
        await self._changed(typed)
        self._focus_record(index)

    async def _remove(self, index: int) -> None:
        typed = self._typed_dates()
        self.removed.append((index, self.records.pop(index)))
        await self._changed(typed)
        self.query_one(f"#add-{self.place}", Button).focus()
        self.notify(t(self.words.removed, n=index + 1), timeout=4)

    async def action_undo(self) -> None:
        if self.removed:
            index, record = self.removed.pop()
            await self._insert(min(index, len(self.records)), record)

    async def _changed(self, typed: list[tuple[Any, str, str]]) -> None:
        await self.recompose()
        self._retype_dates(typed)
        self.refresh_bindings()
        self.app.post_message(Edited(self.place))

    def _typed_dates(self) -> list[tuple[Any, str, str]]:
        """(record, attribute, text) of each date typed that is no date yet: the blocks
        are built anew from the document, which does not hold that text."""
        typed = []
        for field in self.query(DateField):
            if field.has_class("-invalid"):
                (_, index), (attr, _) = places.parse(field.place)
                assert index is not None
                typed.append((self.records[index - 1], attr, field.query_one(Input).value))
        return typed

    def _retype_dates(self, typed: list[tuple[Any, str, str]]) -> None:
        for record, attr, text in typed:
            at = next((i for i, r in enumerate(self.records, 1) if r is record), None)
            if at is not None:
                self.query_one(f"#{field_id(f'{self.place}[{at}].{attr}')} Input",
                               Input).value = text

    def focus_first(self) -> None:
        """The first record's first field, or the Add button when there is none."""
        if self.records:
            self._focus_record(0)
        else:
            self.query_one(f"#add-{self.place}", Button).focus()

    def _focus_record(self, index: int) -> None:
        place = f"{self.place}[{index + 1}].{self.fields[0][0]}"
        for field in self.query(TextField):
            if field.place == place:
                field.focus_editor()
