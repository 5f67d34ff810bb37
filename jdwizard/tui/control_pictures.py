"""The last guard between a file's text and the terminal: no control character is drawn.

The fields already show a value's controls as pictures (jdwizard.safetext.pictured); this
catches every other place a file's text reaches the screen (a row, a notice, a dialog,
a finding) before Textual writes it out, where ESC would start a command.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from jdwizard.safetext import CONTROL_OR_LINE_BREAK, pictured


class ControlPictures(LineFilter):
    """Draws each control character of a line as its picture (ESC as ␛)."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if not any(CONTROL_OR_LINE_BREAK.search(s.text) for s in segments if not s.control):
            return segments
        # A control takes no cell and its picture takes one: the line is cut back to
        # its width, so that the layout around it stays as it was.
        width = Segment.get_line_length(segments)
        shown = [s if s.control else Segment(pictured(s.text, keep=""), s.style)
                 for s in segments]
        return Segment.adjust_line_length(shown, width)
