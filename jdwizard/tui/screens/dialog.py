"""What every dialog shares: a footer of its own keys."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

from jdwizard.tui.widgets.footer import Footer

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """A modal screen whose footer shows the dialog's keys. Without one, the footer of
    the screen beneath stays in sight and names keys that do something else here (in
    the library, "a Add" while a types into the filter)."""

    def on_mount(self) -> None:
        self.mount(Footer())
