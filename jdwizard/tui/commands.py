"""Command palette entries: "Go to: Duties" for every step, and the actions that have
no key on every step (Export)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.widgets.option_list import Option

from jdwizard.steps import STEPS
from jdwizard.uilang import t

if TYPE_CHECKING:
    from jdwizard.tui.app import WizardApp


class GoToCommands(Provider):
    def _targets(self) -> list[tuple[str, str]]:
        app = cast("WizardApp", self.app)
        return [(t("Go to: {step}", step=t(s.title)), s.key)
                for s in STEPS if s.key in app.step_keys]

    async def discover(self) -> Hits:
        app = cast("WizardApp", self.app)
        for text, key in self._targets():
            yield DiscoveryHit(text, partial(app.go_to, key))

    async def search(self, query: str) -> Hits:
        app = cast("WizardApp", self.app)
        matcher = self.matcher(query)
        for text, key in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(app.go_to, key))


class ActionCommands(Provider):
    def _actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = cast("WizardApp", self.app)
        return [(t("Export: DOCX and PDF"),
                 t("Write the document to sign beside the file (also e on Review & save)"),
                 app.action_export)]

    async def discover(self) -> Hits:
        for text, help_text, action in self._actions():
            yield DiscoveryHit(text, action, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, action in self._actions():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), action, help=help_text)


class Palette(CommandPalette):
    """Textual's command palette, its "No matches found" in the interface's language.

    Textual writes that text inside a private timer callback: the timer is replaced by
    one that adds the same option translated (tests/tui/test_russian_ui.py holds it)."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        super()._start_no_matches_countdown(search_value)
        if not search_value:
            return  # discovery mode: Textual shows no such line

        def show() -> None:
            self.query_one(CommandList).add_option(Option(
                Align.center(Text(t("No matches found"), style="not bold")),
                disabled=True, id=self._NO_MATCHES))
            self._list_visible = True

        self._stop_no_matches_countdown()
        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)
