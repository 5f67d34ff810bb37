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
        self.heading = ""
        """The heading to keep in view: the part of the document being edited."""

    def changed(self) -> None:
        """The document changed: rebuild after a pause, if anyone is looking."""
        self.stale = True
        if self.display:
            self._pause.poke()

    def rebuild(self) -> None:
        if self.display and self.stale:
            self.stale = False
            self.load_text(self.source())
            self.show_heading(self.heading)

    def show_heading(self, heading: str) -> None:
        """Scroll so that the line that starts with heading is at the top ("" = the top)."""
        self.heading = heading
        lines = self.text.split("\n")
        line = next((i for i, text in enumerate(lines) if heading and text.startswith(heading)),
                    0)
        # Past the end and back: the cursor then rests with the heading at the top.
        self.move_cursor((len(lines) - 1, 0))
        self.move_cursor((line, 0))

    def on_show(self) -> None:
        self.rebuild()
