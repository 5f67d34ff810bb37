"""Opening the wizard where people edit, with 300 and 3,000 duties, against the baseline.

    python benchmarks/bench_edit.py [--runs 5] [--typing]

Times to the first screen of `edit` (at the step list, at `--section duties` with the
list focused, at `--section position`) and of `new --preset sales-manager`, against
ref_textual_input.py, in the same run and alternating (one spawn of each in turn, so a
change of load hits all alike); then, with 3,000 duties and the preview visible, the
latency of keys typed into a duty being edited (p95) and the peak memory. Prints medians,
ratios and targets; exits 1 when a target is missed. Needs pyte (in the test extra).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tuibench as tb  # noqa: E402  (vendored, untyped)
from bench import TYPED, Row, big_document, print_table, tuibench  # noqa: E402

PY = sys.executable
DUTIES_READY = "⏎ Edit a Add"
"""In the footer only while a list has the focus: the duties list, on screen, ready for `a`."""


def first_screen(ready: str, cmd: list[str], env: list[str]) -> float:
    """One spawn's time to the first screen that shows `ready`."""
    result = tuibench(1, *env, "--ready-text", ready, "--ready-timeout", "90", "--settle-s", "0.2",
                      "--idle-s", "0",
                      "--quit-keys", r"\x11d", "--", *cmd)
    return float(result["ttfs_s"]["median"])


def typing(cmd: list[str], ready: str, opening: str) -> tuple[list[float], float]:
    """Latencies (ms) of TYPED keyed one at a time after `opening`, and peak memory (MiB).

    tuibench's own session, with keys of its own before the typing: `a` opens a new duty
    in place, into which the characters are then typed."""
    session = tb.Session(cmd, 80, 24, {**_environ(), "TERM": "xterm-256color"})
    try:
        if session.wait_for(lambda: ready in session.text(), 90) is None:
            raise SystemExit(f"{' '.join(cmd)}: {ready!r} not seen")
        session.drain(1.5, 3.0)
        if opening:
            session.send(opening)
            session.drain(1.0, 30.0)
        keys = [session.key(ch, TYPED[: i + 1], 0.05, 10.0) for i, ch in enumerate(TYPED)]
        peak = sum(tb.vm_hwm_kb(p) for p in tb.tree(session.pid)) / 1024
    finally:
        session.stop("\x11d", 3.0, [session.pid])
    # A key not echoed within the 10 s allowed counts as 10 s: slow, not an error.
    return [k["latency_ms"] or 10_000.0 for k in keys], peak


_ENV: dict[str, str] = {}


def _environ() -> dict[str, str]:
    return {**os.environ, **_ENV}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def alternate(runs: int, cases: dict[str, Callable[[], float]]) -> dict[str, float]:
    """The median of each case, the cases run one after another, runs times."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, case in cases.items():
            times[name].append(case())
    return {name: statistics.median(values) for name, values in times.items()}


def measure(runs: int, work: Path, typing_only: bool = False) -> list[Row]:
    state = work / "state"
    env = ["--env", f"JDWIZARD_STATE_DIR={state}"]
    _ENV["JDWIZARD_STATE_DIR"] = str(state)
    ref = [PY, str(HERE / "ref_textual_input.py")]
    if typing_only:
        big_document(work / "big-3000.toml", duties=3000)
        return typing_rows(runs, work, ref)
    cases: dict[str, Callable[[], float]] = {"base": lambda: first_screen("Position", ref, [])}
    for size in (300, 3000):
        big = work / f"big-{size}.toml"
        big_document(big, duties=size)
        edit = [PY, "-m", "jdwizard", "edit", str(big)]
        cases[f"list {size}"] = partial(first_screen, "Choose a step", edit, env)
        cases[f"duties {size}"] = partial(first_screen, DUTIES_READY,
                                          [*edit, "--section", "duties"], env)
        cases[f"position {size}"] = partial(first_screen, "Title *",
                                            [*edit, "--section", "position"], env)
    new = [PY, "-m", "jdwizard", "new", str(work / "new.toml"), "--preset", "sales-manager"]
    cases["new"] = lambda: first_screen("Choose a step", new, env)
    medians = alternate(runs, cases)

    base = medians["base"]
    rows = []
    for size in (300, 3000):
        rows += [
            Row(f"first screen, `edit` ({size} duties), the step list",
                medians[f"list {size}"], base, "s", 1.2),
            Row(f"first screen, `edit --section duties` ({size}), the list focused",
                medians[f"duties {size}"], base, "s", 1.2),
            Row(f"first screen, `edit --section position` ({size})",
                medians[f"position {size}"], base, "s", 1.2),
        ]
    rows.append(Row("first screen, `new --preset sales-manager`", medians["new"], base, "s",
                    1.2))
    return rows + typing_rows(runs, work, ref)


def typing_rows(runs: int, work: Path, ref: list[str]) -> list[Row]:
    """With 3,000 duties and the preview visible: keys typed into a new duty (p95) and
    the peak memory, against the baseline's, the two run in turn."""
    big3k = str(work / "big-3000.toml")
    ours_keys: list[float] = []
    base_keys: list[float] = []
    ours_peak: list[float] = []
    base_peak: list[float] = []
    for _ in range(max(1, runs // 2)):
        keys, peak = typing([PY, "-m", "jdwizard", "edit", big3k, "--section", "duties",
                             "--preview"], DUTIES_READY, "a")
        ours_keys += keys
        ours_peak.append(peak)
        keys, peak = typing(ref, "Position", "")
        base_keys += keys
        base_peak.append(peak)

    return [
        Row("latency per key in a duty being edited, p95, 3,000 duties, preview visible",
            p95(ours_keys), p95(base_keys), "ms", 1.5),
        Row("peak memory, 3,000 duties, a duty edited, preview visible",
            statistics.median(ours_peak), statistics.median(base_peak), "MiB", 1.5),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typing", action="store_true",
                        help="only the rows of keys typed and memory (3,000 duties)")
    args = parser.parse_args()
    # As an installed package has: compiled modules (see bench.py).
    compileall.compile_dir(str(HERE.parent / "jdwizard"), quiet=1)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        rows = measure(args.runs, Path(tmp), args.typing)
    return print_table(rows, f"{args.runs} runs each, alternating; medians (p95 where "
                       f"named); baseline measured in this run "
                       f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    raise SystemExit(main())

