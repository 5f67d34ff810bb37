"""Text boxes whose own keys (Backspace, arrows, ctrl+u ...) keep their place among typed
characters when keys arrive in bursts, as they do over a slow link.

Textual runs a focused widget's key bindings only once the key has bubbled up to the
app, while typed characters are inserted as the widget reads them. Keys that arrive
together are all handed to the widget first, so "ab", Backspace, "c" in one packet
inserts "abc" and then deletes the "c". Here the widget runs its own (non-priority)
bindings as it reads each key, in the order the keys came.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import Input

if TYPE_CHECKING:
    from textual.widget import Widget
else:
    # A plain mixin at run time: a Widget base ahead of TextArea would hide the
    # component classes TextArea declares.
    Widget = object


class KeysInTurn(Widget):
    """Mixed in before a text widget: its bindings run in turn with typed keys."""

    async def _on_key(self, event: events.Key) -> None:
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            # Priority bindings were offered by the app before the key came here.
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()  # not also the widget's own key handler
                return


class TypedInput(KeysInTurn, Input):
    """An Input whose keys keep their order in a burst."""
