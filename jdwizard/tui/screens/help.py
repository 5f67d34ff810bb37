"""Every key of the wizard, on one screen."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from jdwizard.tui.screens.dialog import Dialog

KEYS = """\
[b]Anywhere[/b]
  F8 / ctrl+PgDn  next step           F7 / ctrl+PgUp  previous step
  ctrl+s / F2     save .toml and .md  ctrl+q / F10    quit (asks first)
  F3              preview: beside the form, instead of it, off
  ctrl+p          command palette ("Go to: Duties")
  Tab             next field          shift+Tab       previous field
  Esc             to the step list    F1              this help
  Enter           in a text field: on to the next field

[b]A list (duties, rights, knowledge, ...)[/b]
  Up / Down       move                Enter           edit the item
  a / Insert      add after           d / Delete      delete
  u / ctrl+z      undo the delete     l               preset library
  shift+Up / -    move the item up    shift+Down / +  move it down
  ctrl+e / F4     edit in $EDITOR     g               group, share, mark
  While an item is edited, Enter keeps the text and Esc drops the change.

[b]The step list and the review[/b]
  Up / Down       choose a step       Enter           open it
  Enter on a finding in the review jumps to its field.
"""


class HelpScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(KEYS.rstrip())

    def action_close(self) -> None:
        self.dismiss(None)
