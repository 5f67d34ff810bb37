"""A long text field's editor, in a module of its own: loaded, with Textual's text area,
when the field is first focused (fields.LongTextView), not with the form."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType

from jdwizard.tui.widgets.basics import CompactFromTheStart
from jdwizard.tui.widgets.fields import NEXT_FIELD, GoesOnWithEnter
from jdwizard.tui.widgets.paragraph import ParagraphArea


class WrappingInput(CompactFromTheStart, GoesOnWithEnter, ParagraphArea):
    """A one-value text box that wraps long text; Enter goes on to the next field."""

    BINDINGS: ClassVar[list[BindingType]] = [NEXT_FIELD]
