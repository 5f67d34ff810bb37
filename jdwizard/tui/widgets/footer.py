"""The footer, in the interface's language, and never a key cut in half.

Textual reads a Binding's description when the class is defined, in English: this footer
translates each description (and each group's) as it shows it, so the keys' words follow
the interface's language, a switch made in the start step included (a language change
refreshes the bindings, and the footer is composed anew).

Where the keys do not all fit the width (Russian words are longer), the last ones are
left out whole rather than cut off mid-word: they come last because they are the app's
own (F3, ctrl+s, ...), which the help and the step list name as well.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

from jdwizard.uilang import t


class Footer(TextualFooter):
    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.description = t(widget.description) if widget.description else ""
            elif isinstance(widget, FooterLabel):
                widget = FooterLabel(t(str(widget.content)))
            yield widget

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self._fit)

    def on_resize(self) -> None:
        for child in self.children:
            child.display = True
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Leave out the last keys while they do not fit (a group with its label)."""
        shown = [c for c in self.children if isinstance(c, Widget) and c.display]
        used = sum(_width(c) for c in shown)
        while shown and used > self.size.width:
            last = shown.pop()
            last.display = False
            used -= _width(last)
            if isinstance(last, FooterLabel) and shown and isinstance(shown[-1], KeyGroup):
                group = shown.pop()
                group.display = False
                used -= _width(group)


def _width(widget: Widget) -> int:
    margin = widget.styles.margin
    return widget.outer_size.width + margin.left + margin.right
