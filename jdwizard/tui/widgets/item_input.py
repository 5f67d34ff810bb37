"""The in-place editor of a list's item (jdwizard.tui.widgets.list_editor), loaded at the
first edit: Textual's TextArea is not needed to show a list."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType

from jdwizard.tui.widgets.basics import CompactFromTheStart
from jdwizard.tui.widgets.list_editor import keymap
from jdwizard.tui.widgets.paragraph import ParagraphArea


class ItemInput(CompactFromTheStart, ParagraphArea):
    """The in-place editor of one item: one paragraph, soft-wrapped over a few lines.

    It runs its keys itself, in its own key handler (Textual would run them as bindings
    once the key has bubbled up to the app): so a correction typed in a burst applies in
    turn with the characters around it. Enter and Escape go on to the list, which keeps
    or drops the edit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "keep", "Keep"),  # shown in the footer; the list runs both
        Binding("escape", "cancel", "Cancel"),
    ]

    async def _on_key(self, event: events.Key) -> None:
        if event.key in ("enter", "escape"):
            event.prevent_default()  # not the TextArea's: Enter is no line break here
        elif await self.run_key(event):
            event.stop()
            event.prevent_default()
        # A character goes on to TextArea's own handler, next in line, which types it.

    async def run_key(self, event: events.Key) -> bool:
        """Run the key's binding, here and now; False when it has none (or it did nothing)."""
        action = keymap(type(self)).get(event.key)
        if action is None or action in ("keep", "cancel"):
            return False
        return await self.app.run_action(action, self)

    async def type_key(self, event: events.Key) -> bool:
        """Do what the key does in the editor, for a key that reached the list instead;
        False for a key that the editor leaves to others (Tab)."""
        if await self.run_key(event):
            return True
        if event.is_printable and event.character:
            self.replace(event.character, *self.selection, maintain_selection_offset=False)
            return True
        return False

    def action_keep(self) -> None:
        """Never reached by a key (see _on_key): the list keeps the text."""

    def action_cancel(self) -> None:
        """Never reached by a key (see _on_key): the list drops the edit."""
