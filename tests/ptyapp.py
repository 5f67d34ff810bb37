"""A real jdwizard process in a pseudo-terminal, read through a terminal emulator (pyte)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pyte


class PtyApp:
    def __init__(self, args: list[str], cwd: Path, env: dict[str, str],
                 size: tuple[int, int] = (80, 24)) -> None:
        cols, rows = size
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        self.status: int | None = None
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.chdir(cwd)
            os.execvpe(sys.executable, [sys.executable, "-m", "jdwizard", *args],
                       {**os.environ, **env, "TERM": "xterm-256color"})
        self.pid, self.fd = pid, fd

    def pump(self, timeout: float = 0.05) -> None:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if data:
            self.raw.extend(data)
            self.stream.feed(data)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, text: str, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.text():
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; the screen:\n{self.text()}")
            self.pump()

    def settle(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.pump()

    def send(self, data: str | bytes) -> None:
        os.write(self.fd, data.encode() if isinstance(data, str) else data)

    def type(self, text: str, pause: float = 0.03) -> None:
        for ch in text:
            self.send(ch)
            self.settle(pause)

    def kill(self, signum: int) -> None:
        os.kill(self.pid, signum)

    def wait_exit(self, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump()
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self._drain()
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
        raise AssertionError(f"did not exit; the screen:\n{self.text()}")

    def _drain(self) -> None:
        for _ in range(20):
            before = len(self.raw)
            self.pump(0.02)
            if len(self.raw) == before:
                return

    def close(self) -> None:
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        os.close(self.fd)


def start(apps: list[PtyApp], cwd: Path, state: dict[str, str], *args: str) -> PtyApp:
    """jdwizard with these arguments, once its first screen is up; kept in apps to close."""
    app = PtyApp(list(args), cwd, state)
    apps.append(app)
    app.wait_for("F1 help")
    return app


def start_edit(apps: list[PtyApp], path: Path, state: dict[str, str], *args: str) -> PtyApp:
    """jdwizard edit of the file, from its folder."""
    return start(apps, path.parent, state, "edit", path.name, *args)
