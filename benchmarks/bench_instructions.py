"""The instructions each first screen costs, counted by valgrind, against the baseline's.

    python benchmarks/bench_instructions.py

The wall-clock rows (bench_edit.py) swing by 10-40% on this shared machine; a count of
instructions does not (the same tree gives the same count to a tenth of a percent), so
a change of a few million instructions, a millisecond or less, can be seen and kept or
dropped. Each program runs under `valgrind --tool=callgrind` in a pseudo-terminal at
80x24 and stops as it writes its first frame that shows the ready text; the count is of
the whole process, from the interpreter's start. Each is run once before, without
valgrind and on past its first frame, as a user's earlier run: what the wizard keeps for
the next start (Textual's parsed CSS) is there, as in bench_edit.py's medians.

An instruction is not a fixed time: loading files and the kernel's work are not counted,
so the ratios here are larger than those of time (on this machine the time to the first
frame was about 44 ms plus 0.14 ms a million instructions). No targets: the issue's are
for time. Needs valgrind (apt-get install valgrind).
"""

from __future__ import annotations

import compileall
import os
import pty
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import Row, big_document, print_table  # noqa: E402

PY = sys.executable
STOP_AT_FRAME = """
import os, sys, threading
import textual.drivers.linux_driver as driver

READY = os.environ["BENCH_READY"]
LINGER = os.environ.get("BENCH_LINGER", "")
_write = driver.LinuxDriver.write


def write(self, data):
    _write(self, data)
    # A frame's worth of output, then the screen's text: the ready text is on it.
    if len(data) > 1000:
        screen = self._app.screen
        text = "".join(s.text for strip in screen._compositor.render_strips() for s in strip)
        if READY in text and LINGER:
            # A warm-up run: on past the frame for what follows it (the CSS cache).
            threading.Timer(float(LINGER), os._exit, (0,)).start()
            driver.LinuxDriver.write = _write
        elif READY in text:
            os._exit(0)


driver.LinuxDriver.write = write
sys.argv = sys.argv[1:]
if sys.argv[0] == "-m":
    import runpy
    sys.argv = sys.argv[1:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    import runpy
    runpy.run_path(sys.argv[0], run_name="__main__")
"""
"""Runs a program (a script, or -m module) and ends the process at its first frame that
shows BENCH_READY: the frame is drawn and written, nothing after it is counted."""


def instructions(cmd: list[str], ready: str, work: Path) -> float:
    """Millions of instructions of cmd (a Python program's arguments) to its first frame
    that shows `ready`."""
    shim, out = work / "stop_at_frame.py", work / "callgrind.out"
    shim.write_text(STOP_AT_FRAME, encoding="utf-8")
    out.unlink(missing_ok=True)
    argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", PY, str(shim),
            *cmd]
    env = {**os.environ, "BENCH_READY": ready, "PYTHONHASHSEED": "0",
           "TERM": "xterm-256color", "JDWIZARD_STATE_DIR": str(work / "state")}
    # Once without valgrind, as a user's earlier run: the wizard keeps Textual's parsed
    # CSS after its first frame (jdwizard/tui/css_cache.py), and reads it back.
    _in_a_terminal([PY, str(shim), *cmd], {**env, "BENCH_LINGER": "1"})
    _in_a_terminal(argv, env)
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1]) / 1e6
    raise SystemExit(f"{' '.join(cmd)}: no count (did it reach {ready!r}?)")


def _in_a_terminal(argv: list[str], env: dict[str, str]) -> None:
    """Run argv in a pseudo-terminal of 80x24, reading what it writes until it ends."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal of 80x24, then the program
        import fcntl
        import struct
        import termios

        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execvpe(argv[0], argv, env)
    try:
        while True:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:  # the child has gone: its end of the terminal is closed
                break
    finally:
        os.waitpid(pid, 0)
        os.close(fd)


def measure(work: Path) -> list[Row]:
    base = instructions([str(HERE / "ref_textual_input.py")], "Position", work)
    rows = []
    for size in (300, 3000):
        big = work / f"big-{size}.toml"
        big_document(big, duties=size)
        edit = ["-m", "jdwizard", "edit", str(big)]
        for what, extra, ready in (
                ("the step list", [], "Choose a step"),
                ("`--section duties`", ["--section", "duties"], "⏎ Edit a Add"),
                ("`--section position`", ["--section", "position"], "Title *")):
            ours = instructions([*edit, *extra], ready, work)
            rows.append(Row(f"instructions to the first screen, `edit` ({size} duties), {what}",
                            ours, base, "M", None))
    new = ["-m", "jdwizard", "new", str(work / "new.toml"), "--preset", "sales-manager"]
    rows.append(Row("instructions to the first screen, `new --preset sales-manager`",
                    instructions(new, "Choose a step", work), base, "M", None))
    return rows


def main() -> int:
    if shutil.which("valgrind") is None:
        raise SystemExit("bench_instructions.py needs valgrind: apt-get install valgrind")
    # As an installed package has: compiled modules (see bench.py).
    compileall.compile_dir(str(HERE.parent / "jdwizard"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        rows = measure(Path(tmp))
    return print_table(rows, "Instructions (millions, valgrind's callgrind) to the first "
                       "screen, against the baseline app's, in this run")


if __name__ == "__main__":
    raise SystemExit(main())
