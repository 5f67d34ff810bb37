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
  ctrl+s / F2     save (and exports)  ctrl+q / F10    quit (asks first)
  F3              preview (3 ways)    ctrl+p          palette ("Go to")
  Tab / shift+Tab next / prev. field  Esc             to the step list
  Enter           next field          Space / Down    open a choice
  F1              this help           u (sign-off)    undo a Remove

[b]A list (duties, rights, knowledge, ...)[/b]
  Up / Down       move                Enter           edit the item
  a / Insert      add after           d / Delete      delete
  u / ctrl+z      undo the delete     l               preset library
  shift+Up / -    move the item up    shift+Down / +  move it down
  ctrl+e / F4     edit in $EDITOR     g               group, share, mark
[b]An item being edited[/b]: Enter or Tab keeps it, Esc drops the change
  Home / End      start / end of text ctrl+Left/Right a word left / right
  Delete          delete right        ctrl+w / alt+d  delete word left/right
  ctrl+u / ctrl+k delete to start/end ctrl+a          select all
  Up / Down       wrapped lines       shift+arrows    select

[b]Step list[/b]: Up / Down, Enter.  [b]Review[/b]: Enter: a finding's field; e export
"""


class HelpScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,f1,q", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(KEYS.rstrip())

    def action_close(self) -> None:
        self.dismiss(None)
