"""A filterable picker of the items the presets hold for one list, each with the
positions it comes from: the filter matches those too («бухг» offers the accountants')."""

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

    def __init__(self, title: str, items: list[tuple[str, tuple[str, ...]]],
                 present: set[str]) -> None:
        super().__init__()
        self.title_text = title
        self.items = [item for item, _ in items]
        self.sources = [sources for _, sources in items]
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
            Option(self._prompt(i, words), id=str(i)) for i, item in enumerate(self.items)
            if all(w in f"{item} {' '.join(self.sources[i])}".casefold() for w in words)
        )
        options.highlighted = 0 if options.option_count else None

    def _prompt(self, index: int, words: list[str]) -> Text:
        """The item, then the positions it comes from, dimmed: two and a count, those the
        filter's words name first (they are why it is shown)."""
        item = self.items[index]
        prompt = Text(t("(in the list) {item}", item=item) if item in self.present else item)
        sources = sorted(self.sources[index],
                         key=lambda s: not any(w in s.casefold() for w in words))
        if sources:
            named = ", ".join(sources[:2])
            more = len(sources) - 2
            named += t(" and {n} more", n=more) if more > 0 else ""
            prompt.append(f"  — {named}", style="dim")
        return prompt

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
