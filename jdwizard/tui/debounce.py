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


class _Timed:
    """A callback run by one timer at a time, never while the app shuts down (the
    widgets it updates are going)."""

    def __init__(self, owner: MessagePump, delay: float, callback: Callable[[], object]) -> None:
        self.owner = owner
        self.delay = delay
        self.callback = callback
        self._timer: Timer | None = None

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _arm(self, delay: float) -> None:
        self._timer = self.owner.set_timer(delay, self._due)

    def _due(self) -> None:
        self._fire()

    def _fire(self) -> None:
        self._timer = None
        if self.owner.app.is_running:
            self.callback()


class Debounce(_Timed):
    def __init__(self, owner: MessagePump, delay: float, callback: Callable[[], object]) -> None:
        super().__init__(owner, delay, callback)
        self._last = 0.0

    def poke(self) -> None:
        """A change happened: run the callback after `delay` seconds without one."""
        self._last = time.monotonic()
        if self._timer is None:
            self._arm(self.delay)

    def _due(self) -> None:
        quiet = time.monotonic() - self._last
        if quiet < self.delay:
            self._arm(self.delay - quiet)
        else:
            self._fire()


class Throttle(_Timed):
    """Run a callback `delay` seconds after the first of a run of changes: however fast
    the changes come, the callback runs at least that often."""

    def poke(self) -> None:
        if self._timer is None:
            self._arm(self.delay)
