"""The finished document, rebuilt only while it is visible and only once typing pauses.

Rebuilding a long document on every key would add its whole cost to every key, so
changes only mark the preview stale and start a short timer.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import TextArea

from jdwizard.tui.debounce import Debounce

PAUSE = 0.4
"""Seconds of quiet after the last change before the preview is rebuilt."""


class Preview(TextArea):
    def __init__(self, source: Callable[[], str], id: str | None = None) -> None:
        super().__init__("", read_only=True, soft_wrap=True, show_line_numbers=False,
                         id=id, compact=True)
        self.source = source
        self.stale = True
        self._pause = Debounce(self, PAUSE, self.rebuild)

    def changed(self) -> None:
        """The document changed: rebuild after a pause, if anyone is looking."""
        self.stale = True
        if self.display:
            self._pause.poke()

    def rebuild(self) -> None:
        if self.display and self.stale:
            self.stale = False
            self.load_text(self.source())

    def on_show(self) -> None:
        self.rebuild()
