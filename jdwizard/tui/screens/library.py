"""A filterable picker of the items the presets hold for one list."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t


class LibraryScreen(Dialog[str | None]):
    """Dismissed with the chosen item's text, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, items: list[str], present: set[str]) -> None:
        super().__init__()
        self.title_text = title
        self.items = items
        self.present = present

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog library"):
            yield Label(t("Add from the library: {list}", list=self.title_text),
                        classes="dialog-title", markup=False)
            yield Input(placeholder=t("Type to filter; Down to the list; Enter adds"),
                        id="library-filter", compact=True)
            yield OptionList(id="library-items")

    def on_mount(self) -> None:
        self._fill(self.query_one(Input).value)

    def _fill(self, text: str) -> None:
        found = self.query(OptionList)
        if not found:
            return  # the filter spoke before the list was mounted; on_mount fills it
        options = found.first()
        words = text.casefold().split()
        options.set_options(
            Option(Text(t("(in the list) {item}", item=item) if item in self.present else item),
                   id=str(i))
            for i, item in enumerate(self.items)
            if all(w in item.casefold() for w in words)
        )
        options.highlighted = 0 if options.option_count else None

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            options.action_select()

    def on_key(self, event: object) -> None:
        key = getattr(event, "key", "")
        if key == "down" and self.focused is self.query_one(Input):
            self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.items[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
