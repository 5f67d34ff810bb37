"""Callbacks for runs of changes: after a pause (Debounce) or at most so late (Throttle).

Debounce runs a callback once changes have paused, at the cost of a clock read per change.

Restarting a Textual timer on every key creates and cancels a task each time; here a
change only notes the time, and one timer re-arms itself until the pause is long enough.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.message_pump import MessagePump
from textual.timer import Timer


class Debounce:
    def __init__(self, owner: MessagePump, delay: float, callback: Callable[[], object]) -> None:
        self.owner = owner
        self.delay = delay
        self.callback = callback
        self._last = 0.0
        self._timer: Timer | None = None

    def poke(self) -> None:
        """A change happened: run the callback after `delay` seconds without one."""
        self._last = time.monotonic()
        if self._timer is None:
            self._timer = self.owner.set_timer(self.delay, self._due)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    @property
    def pending(self) -> bool:
        return self._timer is not None

    def _due(self) -> None:
        if not self.owner.app.is_running:
            return  # shutting down: the widgets the callback updates are going
        quiet = time.monotonic() - self._last
        if quiet < self.delay:
            self._timer = self.owner.set_timer(self.delay - quiet, self._due)
            return
        self._timer = None
        self.callback()


class Throttle:
    """Run a callback `delay` seconds after the first of a run of changes: however fast
    the changes come, the callback runs at least that often."""

    def __init__(self, owner: MessagePump, delay: float, callback: Callable[[], object]) -> None:
        self.owner = owner
        self.delay = delay
        self.callback = callback
        self._timer: Timer | None = None

    def poke(self) -> None:
        if self._timer is None:
            self._timer = self.owner.set_timer(self.delay, self._due)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _due(self) -> None:
        self._timer = None
        if self.owner.app.is_running:  # not while shutting down
            self.callback()
