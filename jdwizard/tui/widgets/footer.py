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

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

from jdwizard import uilang
from jdwizard.uilang import t


class Footer(TextualFooter):
    keys_due = False
    """Whether the keys are to be shown anew: opening a step changes them several times (the
    focus, the step, the list's own), and one recompose shows the last of them."""
    _shown: tuple[object, ...] = ()
    """What the keys shown were made of: a focus that changes none of them (Tab from a
    field to the next) recomposes nothing."""

    def bindings_changed(self, screen: Screen[Any]) -> None:
        # Textual's, but one recompose for the changes that come before it runs.
        self._bindings_ready = True
        # The app holds the keys while it opens at a step (WizardApp.holding_keys).
        held = getattr(screen.app, "holding_keys", False)
        if not screen.app.app_focus or self.keys_due or held:
            return
        if self.is_attached and screen is self.screen:
            self.keys_due = True
            self.call_after_refresh(self.show_keys)

    async def show_keys(self) -> None:
        """Show the keys of the place that has the focus now, if they are not shown."""
        self.keys_due = False
        if self.is_attached and not self.shows_the_keys():
            await self.recompose()

    async def show_keys_now(self) -> None:
        """Show the keys of the place that has the focus, without waiting for a refresh
        (the first frame of a step opened at start)."""
        self._bindings_ready = True
        await self.show_keys()

    def shows_the_keys(self) -> bool:
        """Whether the keys shown are those of the place that has the focus now."""
        return self._made_of() == self._shown

    def _made_of(self) -> tuple[object, ...]:
        bindings = tuple((binding, enabled, tooltip) for _, binding, enabled, tooltip
                         in self.screen.active_bindings.values() if binding.show)
        return (uilang.current(), self.compact, bindings)

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._made_of()
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.description = t(widget.description) if widget.description else ""
                # Its class at once: Textual sets it as the key mounts, restyling each
                # key a second time (a millisecond or two a key, at every recompose).
                widget.set_class(self.compact, "-compact", update=False)
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
