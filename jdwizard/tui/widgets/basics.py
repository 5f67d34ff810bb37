"""What the list editor and the forms share, without the text and choice widgets: a form
opened at a list (the duties) does not load Textual's Select and TextArea, nor the
fields, before its first frame (some 25 ms)."""

from __future__ import annotations

import re
from typing import Any, Final, Generic, TypeVar

from textual.await_complete import AwaitComplete
from textual.reactive import Reactive
from textual.widget import Widget

FIELD_WIDGETS = "Input, TextArea, DrawnField, Select, ListEditor, OptionList"
"""What Enter moves on to, and a form's first field: fields (their editors, or the fields
that draw their values until first focused), never buttons. A button after a block's
last field ("Remove agreement 1") would take the next Enter and remove the block."""


COMPACT = "-textual-compact"
"""The class Textual's text and choice widgets take for compact=True."""


def compact(classes: str) -> dict[str, Any]:
    """The keywords of a compact widget (one of CompactFromTheStart): compact=True, with
    Textual's class for it among its classes."""
    return {"compact": True, "classes": f"{classes} {COMPACT}".strip()}


class CompactFromTheStart:
    """A text or choice widget made compact (by compact()) without being styled for it
    before it is even mounted.

    Textual's widgets start not compact and add the class when compact=True is set in
    their constructor; a class added restyles the widget there and then, though it is
    not mounted (its styles are made again at the mount). With the class given at once
    and compact true by default, nothing changes: about 1 ms a field, twice (the
    default's class taken off, compact's put back), of the Position form's build.
    A plain mixin, as GoesOnWithEnter."""

    compact: Reactive[bool] = Reactive(True, toggle_class=COMPACT)


def field_id(place: str) -> str:
    """A widget id for a place: "agreed[1].name" -> "f-agreed-1-name"."""
    return "f-" + re.sub(r"[^a-z0-9]+", "-", place.lower()).strip("-")


VALUE_STYLES: Final = "field-values"
"""The start of the names of the component classes a form has for the values its
fields draw (fields.DrawnField): "-value", "-placeholder", "-dim", "-long" (VALUES_CSS)."""
VALUE_PARTS: Final = ("value", "placeholder", "dim", "long")

VALUES_CSS: Final = """
& > .field-values-value {
    color: $foreground;
    background: $surface;
}
/* On the value's background, as the editors draw them. */
& > .field-values-placeholder {
    color: $text-disabled;
    background: $surface;
}
& > .field-values-dim {  /* a choice's arrow, and "(not set)" */
    color: $foreground 50%;
    background: $surface;
}
& > .field-values-long {  /* a long text's lines: its text area's cursor line */
    color: $foreground;
    background: $surface;
    background-tint: $boost;
}
&:ansi > .field-values-value {
    background: ansi_default;
    color: ansi_default;
}
&:ansi > .field-values-placeholder {
    text-style: dim;
    color: ansi_default;
    background: ansi_default;
}
"""
"""The styles of the values drawn, nested in the rule of the widget that holds them."""


W = TypeVar("W", bound=Widget)


class StandIn(Widget, Generic[W]):
    """Widgets drawn by one widget for the app's first frame, and mounted in its place
    right after it (give_way: StepForm.after_first_frame for a form's fields, the list
    itself for its rows). Keys typed meanwhile wait for the app to be idle
    (settle.OneKeyAtATime), so they reach the widgets themselves."""

    def __init__(self, widgets: list[W]) -> None:
        super().__init__()
        self.widgets = widgets

    def give_way(self) -> AwaitComplete:
        """Mount the widgets drawn in this one's place, and go; nothing as the wizard
        stops (its screen already gone)."""
        parent = self.parent
        if not self.is_attached or not isinstance(parent, Widget):
            return AwaitComplete()
        return AwaitComplete(parent.mount(*self.widgets, before=self), self.remove())
