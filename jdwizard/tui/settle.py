"""Acting on a key only once the keys that arrived before it have reached the document.

The app's own keys (save, quit) are priority bindings, so that they work while a field
has the focus. A priority binding runs as soon as the app reads its key; the keys just
before it in the same burst (one packet over a slow link) have by then only been handed
to the focused widget's queue, and what they type reaches the document by messages that
bubble up from there. Saving at once would save without them. So such an action waits
for a marker sent the same way: through the focused widget's queue, then each of its
ancestors' in turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.dom import DOMNode

Action = Callable[[], Any]


def after_typed_keys(app: App[Any], action: Action) -> None:
    """Run the action in the app once the focused widget and its ancestors have handled
    everything queued in them before this call, and what that queued in turn."""
    focused = app.focused
    chain = [] if focused is None else [n for n in focused.ancestors_with_self if n is not app]
    _hop(app, chain, 0, action)


def _hop(app: App[Any], chain: list[DOMNode], index: int, action: Action) -> None:
    # Each node twice: the second marker queues behind what the node posted to itself
    # while it handled the keys (an input's Changed), before that moves on to the parent.
    while index < 2 * len(chain):
        node = chain[index // 2]
        if node.call_later(_hop, app, chain, index + 1, action):
            return
        index += 1  # the node is closing: nothing more will come from it
    app.call_later(action)
