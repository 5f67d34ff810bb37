"""`jdwizard check` and `render` against the peer a pre-commit hook already runs.

    python benchmarks/bench_check.py [--runs 7]

The peer is `check-toml` from pre-commit-hooks, which only parses the files. It is
installed by this script into a scratch venv in the benchmark's temporary folder. Both
are run cold, as pre-commit runs them: a new process, the files on the command line.
The runs alternate (peer, ours, peer, ...) so that a busy machine slows both alike; the
figures are medians. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(HERE))

from bench import Row  # noqa: E402  (the table's rows)

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


def once(cmd: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: findings (check) are not a failure here
        raise SystemExit(f"{cmd[:4]}...: exit {done.returncode}")
    return elapsed


def alternated(runs: int, peer: list[str], ours: list[str]) -> tuple[float, float]:
    """Medians of the peer and ours, run in turn; one warm-up each (the disk cache)."""
    once(peer)
    once(ours)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(once(peer))
        times[1].append(once(ours))
    return statistics.median(times[0]), statistics.median(times[1])


def measure(runs: int, work: Path) -> list[Row]:
    """The rows of `check` and `render` against the peer, in work (a scratch folder)."""
    check_toml = str(peer_venv(work / "peer"))
    few = folder_of_files(work / "jd50", 50)
    many = folder_of_files(work / "jd1000", 1000)
    jd = [sys.executable, "-m", "jdwizard"]
    cases = [
        ("`check` of 50 files, against `check-toml` of them", 1.0, few, "check"),
        ("`check` of 1,000 files, against `check-toml` of them", 1.0, many, "check"),
        ("`render` of 50 files (each written durably), against `check-toml`", 3.0, few,
         "render"),
    ]
    rows = []
    for what, target, files, command in cases:
        peer, ours = alternated(runs, [check_toml, *files], [*jd, command, *files])
        rows.append(Row(what, ours, peer, "s", target))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # As an installed package is: this machine sets PYTHONDONTWRITEBYTECODE.
    compileall.compile_dir(str(ROOT / "jdwizard"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        rows = measure(args.runs, Path(tmp))
    print(f"{args.runs} runs each, alternated; medians; the peer is pre-commit-hooks' "
          "check-toml of the same files, measured in this run\n")
    print("| what | jdwizard | check-toml | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(row.line())
    return 0 if all(row.ok for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
