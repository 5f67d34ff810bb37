"""`jdwizard check` and `render` against the peer a pre-commit hook already runs.

    python benchmarks/bench_check.py [--runs 7] [--before-tree DIR]

The peer is `check-toml` from pre-commit-hooks, which only parses the files. It is
installed by this script into a scratch venv in the benchmark's temporary folder. Both
are run cold, as pre-commit runs them: a new process, the files on the command line.
The runs alternate (peer, ours, peer, ...) so that a busy machine slows both alike; the
figures are medians. `check` of 50 files is run twice: as pre-commit's hook runs it
(PRE_COMMIT=1: a run that finds no error skips the warnings no one would see) and by
hand. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path
from typing import Final

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(HERE))

from bench import Row, print_table  # noqa: E402

from jdwizard import fileformat, presets  # noqa: E402

FILES_PER_DEPARTMENT = 10


def folder_of_files(folder: Path, count: int) -> list[str]:
    """count descriptions from the presets (both languages), ten to a department, as a
    company's folder holds them; the file names, sorted, as pre-commit passes them."""
    names = [p.name for p in presets.all_presets() if not p.name.startswith("blank")]
    folder.mkdir()
    for i in range(count):
        doc = presets.new_document(names[i % len(names)])
        doc.organization.name = "Vector LLC"
        doc.organization.department = f"Department {i // FILES_PER_DEPARTMENT}"
        fileformat.save(doc, folder / f"jd-{i:04}.toml")
    return sorted(str(p) for p in folder.glob("*.toml"))


def peer_venv(where: Path) -> Path:
    """A scratch venv with pre-commit-hooks; its check-toml."""
    venv.create(where, with_pip=True)
    pip = where / "bin" / "pip"
    subprocess.run([str(pip), "install", "--quiet", "pre-commit-hooks"], check=True)
    return where / "bin" / "check-toml"


def once(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd,
                          env=env)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: findings (check) are not a failure here
        raise SystemExit(f"{cmd[:4]}...: exit {done.returncode}")
    return elapsed


def alternated(runs: int, peer: list[str], ours: list[str],
               env: dict[str, str] | None = None) -> tuple[float, float]:
    """Medians of the peer and ours, run in turn; one warm-up each (the disk cache)."""
    medians = in_turn(runs, [(peer, None), (ours, None)], env)
    return medians[0], medians[1]


def in_turn(runs: int, cases: list[tuple[list[str], Path | None]],
            env: dict[str, str] | None = None) -> list[float]:
    """The median of each (command, folder it runs in), the cases run one after another
    runs times, after a warm-up of each."""
    for cmd, cwd in cases:
        once(cmd, cwd, env)
    times: list[list[float]] = [[] for _ in cases]
    for _ in range(runs):
        for spent, (cmd, cwd) in zip(times, cases, strict=True):
            spent.append(once(cmd, cwd, env))
    return [statistics.median(spent) for spent in times]


IN_THE_HOOK: Final = {**os.environ, "PRE_COMMIT": "1"}
"""As pre-commit runs a hook: it sets PRE_COMMIT=1 (and shows the output of a hook that
passes to no one, so check skips the warnings; see the README)."""
BY_HAND: Final = {k: v for k, v in os.environ.items() if k != "PRE_COMMIT"}


def before_and_after(runs: int, work: Path, before: Path) -> list[str]:
    """The peer, the tree before (`python -m jdwizard` run in that folder) and this one,
    in turn: the lines of a table."""
    check_toml = str(peer_venv(work / "peer"))
    folders = {50: folder_of_files(work / "jd50", 50),
               1000: folder_of_files(work / "jd1000", 1000)}
    jd = [sys.executable, "-m", "jdwizard"]
    lines = []
    for command, count in (("check", 50), ("check", 1000), ("render", 50)):
        files = folders[count]
        peer, old, new = in_turn(runs, [([check_toml, *files], None),
                                        ([*jd, command, *files], before),
                                        ([*jd, command, *files], ROOT)])
        lines.append(f"| `{command}` of {count:,} files | {peer:.4f} s | {old:.4f} s "
                     f"({old / peer:.2f}x) | {new:.4f} s ({new / peer:.2f}x) |")
    return lines


def measure(runs: int, work: Path) -> list[Row]:
    """The rows of `check` and `render` against the peer, in work (a scratch folder)."""
    check_toml = str(peer_venv(work / "peer"))
    few = folder_of_files(work / "jd50", 50)
    many = folder_of_files(work / "jd1000", 1000)
    # The command pre-commit runs (the hook's entry), as check-toml is run.
    jd = [str(Path(sys.executable).parent / "jdwizard")]
    cases = [
        ("`check` of 50 files in pre-commit's hook, against `check-toml` of them", 1.0, few,
         "check", IN_THE_HOOK),
        ("`check` of 50 files by hand (the warnings too), against `check-toml`", 1.0, few,
         "check", BY_HAND),
        ("`check` of 1,000 files by hand, against `check-toml` of them", 1.0, many, "check",
         BY_HAND),
        ("`render` of 50 files (each written durably), against `check-toml`", 3.0, few,
         "render", BY_HAND),
    ]
    rows = []
    for what, target, files, command, env in cases:
        peer, ours = alternated(runs, [check_toml, *files], [*jd, command, *files], env)
        rows.append(Row(what, ours, peer, "s", target))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before-tree", type=Path, default=None,
                        help="a folder holding the jdwizard package before (`git archive REV "
                        "jdwizard | tar -x -C DIR`): the peer, before and after, in turn")
    args = parser.parse_args()
    # As an installed package is: this machine sets PYTHONDONTWRITEBYTECODE.
    for tree in (ROOT, args.before_tree):
        if tree:
            compileall.compile_dir(str(tree / "jdwizard"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        if args.before_tree:
            print("| what | check-toml | before | after |\n|---|---|---|---|")
            for line in before_and_after(args.runs, Path(tmp), args.before_tree.resolve()):
                print(line, flush=True)
            return 0
        rows = measure(args.runs, Path(tmp))
    return print_table(rows, f"{args.runs} runs each, alternated; medians; the peer is "
                       "pre-commit-hooks' check-toml of the same files, measured in this run",
                       "check-toml")


if __name__ == "__main__":
    raise SystemExit(main())
