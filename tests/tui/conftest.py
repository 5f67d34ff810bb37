"""Helpers for driving the wizard with Textual's Pilot, without pytest-asyncio.

Each test is a plain function that calls run(app, scenario): the scenario is an async
function given the pilot; run starts the app headless at 80x24 and fails a scenario
that hangs instead of waiting for ever.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import OptionList

from jdwizard import fileformat, presets
from jdwizard.model import Document
from jdwizard.tui.app import WizardApp

Scenario = Callable[[Pilot[list[str]]], Awaitable[None]]
SETTLE = 0.6
"""Longer than the findings (0.3 s) and preview (0.4 s) pauses after the last change."""
TIME_LIMIT = 30.0

_notes: weakref.WeakKeyDictionary[App[list[str]], list[Notification]] = (
    weakref.WeakKeyDictionary()
)


def run(app: App[list[str]], scenario: Scenario, size: tuple[int, int] = (80, 24)) -> None:
    """Run the scenario against the app, headless; notifications are kept for notes()."""
    kept: list[Notification] = []
    _notes[app] = kept

    def hook(message: Message) -> None:
        if isinstance(message, Notify):
            kept.append(message.notification)

    async def main() -> None:
        async with app.run_test(size=size, message_hook=hook) as pilot:
            await pilot.pause()
            await scenario(pilot)

    asyncio.run(asyncio.wait_for(main(), TIME_LIMIT))


def notes(app: App[list[str]], severity: str | None = None) -> list[str]:
    """Every notification the app has shown so far (expired ones too), as "title: message"."""
    return [f"{n.title}: {n.message}" for n in _notes.get(app, [])
            if severity is None or n.severity == severity]


def ids_around(widget: Widget | None) -> list[str]:
    """The ids of a widget and of its ancestors, nearest first."""
    found: list[str] = []
    node: DOMNode | None = widget
    while node is not None:
        if node.id:
            found.append(node.id)
        node = node.parent
    return found


def highlighted_id(options: OptionList) -> str | None:
    """The id of the option list's highlighted option, or None."""
    option = options.highlighted_option
    return None if option is None else option.id


def highlighted_text(options: OptionList) -> str:
    option = options.highlighted_option
    return "" if option is None else str(option.prompt)


def focused_in(app: App[list[str]], widget_id: str) -> bool:
    """Whether the focused widget is the one with this id or inside it."""
    return widget_id in ids_around(app.focused)


async def tab_to(pilot: Pilot[list[str]], widget_id: str, limit: int = 40) -> None:
    """Press tab, as a user would, until the focus is inside the widget with this id."""
    for _ in range(limit):
        if focused_in(pilot.app, widget_id):
            return
        await pilot.press("tab")
    raise AssertionError(f"tab never reached #{widget_id}; focus: {pilot.app.focused}")


async def burst(pilot: Pilot[list[str]], *keys: str, pause: bool = True) -> None:
    """Keys that arrive together, as over a slow link: all are handed to the app before
    it handles the first (Pilot.press waits for each key to be handled)."""
    app = pilot.app
    for key in keys:
        char = key if len(key) == 1 else None
        name = {" ": "space"}.get(key, key)
        event = events.Key(name, char)
        event.set_sender(app)
        await app._post_message(event)
    if pause:
        await pilot.pause()
        await pilot.pause()


def saved_preset(name: str, path: Path) -> Path:
    """A preset saved as a user's file, as the wizard would have written it."""
    fileformat.save(presets.new_document(name), path)
    return path


def loaded(path: Path) -> Document:
    return fileformat.load(path)


def open_signoff(tmp_path: Path) -> WizardApp:
    """The sales manager's sign-off step, with no agreement blocks or acknowledgements."""
    path = saved_preset("sales-manager", tmp_path / "sales.toml")
    doc = fileformat.load(path)
    doc.agreed = []
    doc.acknowledged = []
    return WizardApp(doc, path, section="signoff")


async def add_agreement(pilot: Pilot[list[str]]) -> None:
    """Tab to "Add agreement" and press it, as a user would."""
    await tab_to(pilot, "add-agreed")
    await pilot.press("enter")
    await pilot.pause()
