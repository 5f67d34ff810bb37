"""Containers that draw nothing of their own, drawn as the blanks they are.

Textual's compositor draws every widget in sight, line by line through its styles cache,
a container under its children too: the wizard's screen, the forms' switcher and the
form cover the screen's right side three times over (and two rows did, before the screen
held its widgets in a row of its own), each full-size container some 7-9 million
instructions of the first frame. Textual's BLANK flag draws such a widget as blank
lines in its style. Textual draws a step's form (a scrolling container with padding) in
its background alone, and so does background_lines. tests/tui/test_blank.py compares
both with Textual's own drawing, on every step.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget
from textual.widgets import ContentSwitcher


class BlankSwitcher(ContentSwitcher):
    """A content switcher, with no padding, border or content of its own."""

    BLANK = True


def background_lines(widget: Widget, crop: Region) -> list[Strip]:
    """The lines of a scrolling container with no border, content or effects (hatch,
    tint, opacity), as Textual's styles cache draws them: blanks in the background
    alone (BLANK's would have the colour of the widget's text too)."""
    base, background = widget.background_colors
    blank = Strip.blank(crop.width, Style(background=base + background).rich_style)
    return [blank] * crop.height
