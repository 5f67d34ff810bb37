"""Keys that arrive together, as they do over a slow link, act as if typed one by one.

Textual hands each key to the focused widget as soon as the app reads it, so a burst
of keys (one packet) is handed out whole before the first is handled:
- a Tab, or an Enter that goes on to the next field or step, moves the focus only
  after the keys behind it have gone to the old place;
- the focused widget's own bindings (Backspace, arrows) run once the key has bubbled
  back up to the app, after the characters typed behind them.
So the app hands out a key only when it is idle. A key that comes while the app is
busy is held, and handed out, in order, once the app is idle again.

Idle means that nothing in the event loop is ready to run: every message pump, worker
and handler is waiting (for a message, a timer, input). asyncio has no public test for
that; this one reads the loop's queue of ready callbacks (`_ready`, there since Python
3.4). On a loop without it, keys are handed out as they come, as Textual does.
"""

from __future__ import annotations

import asyncio
import gc
from collections import deque
from typing import Any

from textual import events
from textual.app import App

Typed = events.Key | events.Paste
STUCK_AFTER = 3.0
"""Seconds held keys wait for the app to be idle; after that they all go out at once.
Building a step takes a fraction of a second, but over a second on a loaded machine
(two test workers on two cores showed it): a second was too short, and keys typed
ahead of a new step went to the old one."""


def is_idle() -> bool:
    """Whether no other callback of the running event loop is ready to run."""
    ready = getattr(asyncio.get_running_loop(), "_ready", None)
    return ready is None or len(ready) == 0


async def until_idle() -> None:
    """Return once everything else in the event loop is waiting."""
    while True:
        await asyncio.sleep(0)  # let whatever is ready run
        if is_idle():
            return


class OneKeyAtATime(App[Any]):
    """An app that hands out keys (and pastes) only when it is idle, in the order they came."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: deque[Typed] = deque()
        self._releasing: asyncio.Task[None] | None = None

    async def on_event(self, event: events.Event) -> None:
        if (isinstance(event, Typed) and not event.is_forwarded
                and (self._releasing is not None or not is_idle())):
            self._held.append(event)
            if self._releasing is None:
                self._releasing = asyncio.create_task(self._release_held())
        else:
            await super().on_event(event)

    async def _release_held(self) -> None:
        try:
            while self._held:
                try:
                    await asyncio.wait_for(until_idle(), STUCK_AFTER)
                    count = 1
                except TimeoutError:  # never idle: the rest go out as they would in Textual
                    count = len(self._held)
                handed = asyncio.Event()
                self.call_later(self._hand_out, count, handed)
                await handed.wait()
        finally:
            self._releasing = None

    async def _hand_out(self, count: int, handed: asyncio.Event) -> None:
        """Hand out held keys, in the app's own queue as if they had just come."""
        try:
            for _ in range(min(count, len(self._held))):
                await super().on_event(self._held.popleft())
        finally:
            handed.set()


def freeze_heap() -> None:
    """Leave the objects alive now out of the cyclic garbage collector's full passes.

    With a long document open (3,000 duties, its form, its preview) a full pass looked
    at every object and held up a key by 50-80 ms now and then while typing; the objects
    of the first screen (the document, the widgets) mostly live as long as the wizard.
    The passes then look at the objects made since. Those of the first screen that become
    garbage later are freed as usual when nothing refers to them, and cycles among them
    stay: at most what the first screen made, once."""
    gc.freeze()
