"""Dates typed but not understood: a save must not pass over them silently."""

from __future__ import annotations

from textual.dom import DOMNode

from jdwizard.tui.widgets.fields import DateField


def invalid_dates(root: DOMNode) -> str:
    """The first invalid date's field and reason, or "" when every date is fine."""
    for field in root.query(DateField):
        if field.problem:
            field.focus_editor()
            return field.problem
    return ""
