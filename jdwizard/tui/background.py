"""Work on the document done in a thread after a pause in typing, its result shown in the
app's own loop: a key typed meanwhile is answered at once.

The checks and the preview of a 3,000-duty document took 40-65 ms each at every pause,
and a key typed then waited for them. In a thread they still share the interpreter
with the keys, but only in turns of a millisecond (sys.setswitchinterval), so a key waits
for a turn, not for the whole of the work.

The document is read while it may change (a key typed meanwhile): the result is then of
a moment ago, and the change that came after asks for the work again, which runs once
this run is done. A list or table that changed while it was read (RuntimeError) is read
again at once.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from textual.message_pump import MessagePump

T = TypeVar("T")
TURN = 0.001
"""Seconds a thread runs before another may (Python's default is 0.005)."""
_tickets = itertools.count(1)
_ONE_AT_A_TIME = threading.Lock()


def ticket() -> int:
    """A number greater than every one given before: results are shown in its order."""
    return next(_tickets)


class InThread(Generic[T]):
    """work() run in a thread, one run at a time; done(result) called in the owner's
    loop. Asked while a run is going, it runs once more after it."""

    def __init__(self, owner: MessagePump, work: Callable[[], T],
                 done: Callable[[T], None]) -> None:
        self.owner = owner
        self.work = work
        self.done = done
        self.running = False
        self._again = False
        self._retries = 0

    def start(self) -> None:
        if self.running:
            self._again = True
            return
        self.running = True
        sys.setswitchinterval(TURN)
        future = asyncio.get_running_loop().run_in_executor(None, self._one_at_a_time)
        future.add_done_callback(self._finished)

    def _one_at_a_time(self) -> T:
        # One work of all the owners' at a time: the checks' and the preview's, each
        # making some of a MiB with 3,000 duties for a moment, would otherwise add up
        # when a pause starts both (the keys wait no longer: each is still in a thread).
        with _ONE_AT_A_TIME:
            return self.work()

    def _finished(self, future: asyncio.Future[T]) -> None:
        self.running = False
        again, self._again = self._again, False
        if future.cancelled() or not self.owner.app.is_running:
            return
        error = future.exception()
        if error is None:
            self._retries = 0
            self.done(future.result())
        elif (isinstance(error, RuntimeError) and not isinstance(error, RecursionError)
              and self._retries < 3):  # changed while it was read
            self._retries += 1
            again = True
        else:
            self.owner.call_later(_raise, error)  # as if it had been raised in the loop
            return
        if again:
            self.start()


def _raise(error: BaseException) -> None:
    raise error
