"""The footer, in the interface's language, and never a key cut in half.

Textual reads a Binding's description when the class is defined, in English: this footer
translates each description (and each group's) as it shows it, so the keys' words follow
the interface's language, a switch made in the start step included (a language change
refreshes the bindings, and the footer is drawn anew).

Where the keys do not all fit the width (Russian words are longer), the last ones are
left out whole rather than cut off mid-word: they come last because they are the app's
own (F3, ctrl+s, ...), which the help and the step list name as well.

One widget draws the whole line, as Textual's compact footer looks. Textual's footer is
a widget a key (eleven of them, with their groups and labels, for the duties list):
mounting and styling them was a third of the widgets of a step's first frame, and was
done again at every change of focus.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any, ClassVar, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

from jdwizard import uilang
from jdwizard.uilang import t


class Key(NamedTuple):
    """A key the footer shows, where it is on the line. (Named tuples, not frozen
    dataclasses: those compile six functions each at import, 1.5 ms of every start.)"""

    key: str
    """The key to press for it (the binding's first)."""
    display: str
    description: str
    """"" for a key of a group: the group's label says what the keys do."""
    enabled: bool
    tooltip: str
    start: int = 0
    end: int = 0

    @property
    def length(self) -> int:
        """Its columns: the key, and its words after a space."""
        words = cell_len(self.description) + 1 if self.description else 0
        return cell_len(self.display) + words


class Entry(NamedTuple):
    """What is left out whole when the line is too narrow: a key with its words, or a
    group's keys with the group's label."""

    keys: tuple[Key, ...]
    label: str = ""
    """The group's label; "" for a key alone."""

    @property
    def width(self) -> int:
        """Its columns with the space after it."""
        if not self.label:
            key = self.keys[0]
            return key.length + 1
        return sum(k.length for k in self.keys) + 1 + cell_len(self.label) + 1


Active = tuple[tuple[Binding, bool, str], ...]
"""Bindings that show, each with whether it is enabled and its tooltip."""


class Footer(Widget, can_focus=False):
    """The keys of the place that has the focus, on one line at the foot of the screen."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "footer-key--key", "footer-key--description", "footer-key--hover",
        "footer-key--label",
    }
    DEFAULT_CSS = """
    Footer {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: clip;
        &:hover {
            pointer: pointer;
        }
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description, & > .footer-key--label {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
    }
    """

    keys_due = False
    """Whether the keys are to be shown anew: opening a step changes them several times (the
    focus, the step, the list's own), and one drawing shows the last of them."""
    _shown: tuple[object, ...] = ()
    """What the keys shown were made of: a focus that changes none of them (Tab from a
    field to the next) draws nothing anew."""

    def __init__(self) -> None:
        super().__init__()
        self._bindings_ready = False
        self.entries: list[Entry] = []
        """The entries shown, in order; those that did not fit are left out."""
        self._hovered: Key | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        # One drawing for the changes that come before it runs.
        self._bindings_ready = True
        # The app holds the keys while it opens at a step (WizardApp.holding_keys).
        held = getattr(screen.app, "holding_keys", False)
        if not screen.app.app_focus or self.keys_due or held:
            return
        if self.is_attached and screen is self.screen:
            self.keys_due = True
            self.call_after_refresh(self.show_keys)

    def show_keys(self) -> None:
        """Show the keys of the place that has the focus now, if they are not shown."""
        self.keys_due = False
        if not self.is_attached:
            return
        # Textual makes the screen's bindings anew at each look (0.6 ms with a form
        # open): one look serves the comparison and the line.
        active = self._active()
        made = (uilang.current(), active)
        if made != self._shown:
            self._shown = made
            self._lay_out(active)
            self.refresh()

    def show_keys_now(self) -> None:
        """Show the keys of the place that has the focus, without waiting for a refresh
        (the first frame of a step opened at start)."""
        self._bindings_ready = True
        self.show_keys()

    def shows_the_keys(self) -> bool:
        """Whether the keys shown are those of the place that has the focus now."""
        return (uilang.current(), self._active()) == self._shown

    def _active(self) -> Active:
        """The bindings of the place that has the focus that show in a footer."""
        return tuple((binding, enabled, tooltip) for _, binding, enabled, tooltip
                     in self.screen.active_bindings.values() if binding.show)

    def shown_keys(self) -> list[Key]:
        """The keys on the line, in order (those of the entries that fit)."""
        return [key for entry in self.entries for key in entry.keys]

    # --- the line ----------------------------------------------------------------

    def _all_entries(self, active: Active) -> Iterator[Entry]:
        """Textual's footer's entries: the first binding of each action, the actions of
        a group side by side under the group's label."""
        if not self._bindings_ready:
            return
        by_action: dict[str, tuple[Binding, bool, str]] = {}
        for binding, enabled, tooltip in active:
            by_action.setdefault(binding.action, (binding, enabled, tooltip))
        for group, members in groupby(by_action.values(), lambda m: m[0].group):
            shown = list(members)
            if group is not None and len(shown) > 1:
                yield Entry(tuple(self._key(b, e, tip or b.description, "")
                                  for b, e, tip in shown), t(group.description))
            else:
                for binding, enabled, tooltip in shown:
                    words = t(binding.description) if binding.description else ""
                    yield Entry((self._key(binding, enabled, tooltip, words),))

    def _key(self, binding: Binding, enabled: bool, tooltip: str, words: str) -> Key:
        return Key(binding.key, self.app.get_key_display(binding), words, enabled, tooltip)

    def _lay_out(self, active: Active) -> None:
        """The entries that fit the width, each key with its columns on the line."""
        width, x = self.size.width or self.app.size.width, 0
        self.entries = []
        for entry in self._all_entries(active):
            if x + entry.width > width:
                break
            keys, at = [], x  # a group's keys side by side, its label after them
            for key in entry.keys:
                keys.append(key._replace(start=at, end=at + key.length))
                at += key.length
            self.entries.append(Entry(tuple(keys), entry.label))
            x += entry.width
        if self._hovered is not None:
            self._hovered = self._key_at(self._hovered.start)

    def on_resize(self) -> None:
        self._lay_out(self._active() if self._bindings_ready else ())

    def render(self) -> Text:
        line = Text(end="", no_wrap=True)
        key_style = self.get_component_rich_style("footer-key--key", partial=True)
        words_style = self.get_component_rich_style("footer-key--description", partial=True)
        label_style = self.get_component_rich_style("footer-key--label")
        base = self.rich_style
        for entry in self.entries:
            for key in entry.keys:
                under = (self.get_component_rich_style("footer-key--hover")
                         if key == self._hovered else base)
                if not key.enabled:
                    under += Style(dim=True)
                line.append(key.display, under + key_style)
                if key.description:
                    line.append(f" {key.description}", under + words_style)
                if not entry.label:
                    line.append(" ")
            if entry.label:
                line.append(" ")
                line.append(entry.label, label_style)
                line.append(" ")
        return line

    # --- the mouse ---------------------------------------------------------------

    def _key_at(self, x: int) -> Key | None:
        return next((key for key in self.shown_keys() if key.start <= x < key.end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(self._key_at(event.x))

    def on_leave(self) -> None:
        self._hover(None)

    def _hover(self, key: Key | None) -> None:
        if key != self._hovered:
            self._hovered = key
            self.tooltip = key.tooltip if key is not None and key.tooltip else None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
