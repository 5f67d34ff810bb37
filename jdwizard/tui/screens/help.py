"""Every key of the wizard, on one screen."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = """\
[b]Anywhere[/b]
  F8 / ctrl+PgDn   next step            F7 / ctrl+PgUp   previous step
  ctrl+s / F2      save .toml and .md   ctrl+q / F10     quit (asks if unsaved)
  F3               preview: beside, instead of the form, off
  ctrl+p           command palette ("Go to: Duties")
  Esc              to the step list     Tab / shift+Tab  next / previous field
  F1               this help

[b]Step list[/b]
  Up / Down        choose a step        Enter            open it

[b]A list (duties, rights, knowledge, ...)[/b]
  Up / Down        move                 Enter            edit the item in place
  a / Insert       add after            d / Delete       delete
  u / ctrl+z       undo the delete      shift+Up / -     move the item up
  shift+Down / +   move the item down   l                add from the preset library
  ctrl+e / F4      edit in $EDITOR      g                a duty's group, share and mark

[b]Editing an item[/b]
  Enter            keep the text        Esc              drop the change

[b]Review[/b]
  Enter on a finding jumps to its field.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(KEYS)

    def action_close(self) -> None:
        self.dismiss(None)
