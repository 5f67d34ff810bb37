"""How `jdwizard check` grows with a folder: 10, 100, 1,000 and 5,000 descriptions.

    python benchmarks/bench_department.py [--runs 3] [--before-tree DIR] [--sizes ...]

The files are made from the presets, as bench_check.py's folder_of_files does, in one
department (every file compared with every other) and in many (ten files a department).
Two figures per size, medians:
- the department comparison alone, in process, on the loaded documents: the new
  jdwizard.department against the comparison as it was before (copied below as
  `before_check_department`), alternately in the same run;
- `python -m jdwizard check FOLDER` as a process (output to /dev/null); with
  --before-tree (a checkout of the tree before, e.g. `git archive HEAD~1 jdwizard | tar
  -x -C DIR`), that tree's `check` alternately with this one's.
Each line also gives the growth from the size before: the time's factor, and the
exponent k of time ~ size^k (1 linear, 2 the square). The old comparison and the old
tree's `check` are each skipped at a size once they took longer than --budget seconds at
the one before (the square of 5,000 files is hours).
"""

from __future__ import annotations

import argparse
import compileall
import functools
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from jdwizard import department, fileformat, presets  # noqa: E402
from jdwizard.findings import WARNING, Finding, plural, speaking  # noqa: E402
from jdwizard.model import Document  # noqa: E402
from jdwizard.output.mdtext import normalize  # noqa: E402
from jdwizard.uilang import t  # noqa: E402

Members = list[tuple[str, Document]]


def folder_of_files(folder: Path, count: int, per_department: int | None) -> None:
    """count descriptions from the presets; all in one department (per_department None)
    or per_department to a department."""
    names = [p.name for p in presets.all_presets() if not p.name.startswith("blank")]
    folder.mkdir()
    for i in range(count):
        doc = presets.new_document(names[i % len(names)])
        doc.organization.name = "Vector LLC"
        unit = 0 if per_department is None else i // per_department
        doc.organization.department = f"Department {unit}"
        fileformat.save(doc, folder / f"jd-{i:04}.toml")


# --- the comparison before (jdwizard/checks.py at b13e9f3), for the in-process figures ---

def before_check_department(documents: Sequence[tuple[str, Document]]) -> list[Finding]:
    units: dict[tuple[str, str], Members] = defaultdict(list)
    for path, doc in documents:
        org = doc.organization
        key = (department.comparable(org.name), department.comparable(org.department))
        units[key].append((path, doc))
    findings: list[Finding] = []
    for members in units.values():
        if len(members) > 1:
            findings.extend(_before_shared_duties(members))
    return findings


def _before_shared_duties(members: Members) -> Iterator[Finding]:
    index: dict[str, list[int]] = defaultdict(list)
    duties: list[tuple[int, int, frozenset[str]]] = []
    for m, (_, doc) in enumerate(members):
        for i, duty in enumerate(doc.duties.items, 1):
            words = frozenset(department.comparable(duty.text).split()) - department.SMALL_WORDS
            if words:
                duties.append((m, i, words))
    for n, (m, i, words) in enumerate(duties):
        shared: dict[int, int] = defaultdict(int)
        for word in words:
            for other in index[word]:
                shared[other] += 1
            index[word].append(n)
        claimed: dict[int, int] = {}
        for other, common in sorted(shared.items()):
            om, oi, owords = duties[other]
            if om != m and common / len(words | owords) >= department.SIMILARITY_THRESHOLD:
                claimed.setdefault(om, oi)
        if claimed:
            yield _before_finding(members, claimed, (m, i))


def _before_finding(members: Members, claimed: dict[int, int],
                    duty: tuple[int, int]) -> Finding:
    with speaking(members[duty[0]][1].language):
        named = [_before_claimant(members[om], oi)
                 for om, oi in list(claimed.items())[:department.SHARED_NAMED]]
        rest = len(claimed) - len(named)
        more = plural(rest, " and {n} more position", " and {n} more positions") if rest else ""
        message = t("also a duty of {claimants}{more}; give it to one position of the "
                    "department", claimants=", ".join(named), more=more)
    return Finding(f"duties.items[{duty[1]}]", WARNING, message, file=members[duty[0]][0])


def _before_claimant(member: tuple[str, Document], item: int) -> str:
    path, doc = member
    title = normalize(doc.position.title)
    if not title:
        return t("another position in {path} (duties.items[{item}])", path=path, item=item)
    return t("{title} in {path} (duties.items[{item}])", title=title, path=path, item=item)


# --- measuring -----------------------------------------------------------------------------

def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def check_process(tree: Path, folder: Path) -> Callable[[], object]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, "-m", "jdwizard", "check", str(folder)]

    def run() -> object:
        # In the tree: `-m` puts the working folder first on the path.
        done = subprocess.run(command, env=env, cwd=tree, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, check=False)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} (in {tree}): exit {done.returncode}")
        return done

    return run


def alternate(runs: int, calls: dict[str, Callable[[], object] | None]) -> dict[str, float]:
    """Median seconds of each call, run in turn: the machine's load falls on all alike."""
    times: dict[str, list[float]] = {name: [] for name, call in calls.items() if call}
    for _ in range(runs):
        for name in times:
            call = calls[name]
            assert call is not None
            times[name].append(timed(call))
    return {name: statistics.median(values) for name, values in times.items()}


def growth(sizes: list[int], seconds: dict[int, float], size: int) -> str:
    at = sizes.index(size)
    if at == 0 or sizes[at - 1] not in seconds or size not in seconds:
        return ""
    before = sizes[at - 1]
    factor = seconds[size] / seconds[before]
    exponent = math.log(factor) / math.log(size / before)
    return f"x{factor:.1f} (k={exponent:.2f})"


def measure(args: argparse.Namespace, work: Path, layout: str,
            per_department: int | None) -> list[str]:
    lines: list[str] = []
    results: dict[str, dict[int, float]] = defaultdict(dict)
    for size in args.sizes:
        folder = work / f"{layout}-{size}"
        folder_of_files(folder, size, per_department)
        docs = [(str(p), fileformat.load(p)) for p in sorted(folder.glob("*.toml"))]
        old = _affordable(results["before, in process"], args, size)
        old_check = args.before_tree and _affordable(results["before, check"], args, size)
        found = len(department.check_department(docs))
        figures = alternate(args.runs, {
            "after, in process": functools.partial(department.check_department, docs),
            "before, in process": functools.partial(before_check_department, docs)
            if old else None,
            "after, check": check_process(ROOT, folder),
            "before, check": check_process(args.before_tree, folder) if old_check else None,
        })
        for name, value in figures.items():
            results[name][size] = value
        lines.append(f"| {layout} | {size:,} | {found:,} | "
                     + " | ".join(_cell(results, name, args.sizes, size) for name in COLUMNS)
                     + " |")
        print(lines[-1], flush=True)
    return lines


def _affordable(before: dict[int, float], args: argparse.Namespace, size: int) -> bool:
    """Whether to time the old comparison at size: not once it took over the budget."""
    sizes: list[int] = args.sizes
    at = sizes.index(size)
    return at == 0 or before.get(sizes[at - 1], math.inf) <= args.budget


COLUMNS = ("before, in process", "after, in process", "before, check", "after, check")


def _cell(results: dict[str, dict[int, float]], name: str, sizes: list[int], size: int) -> str:
    if size not in results[name]:
        return "-"
    return f"{results[name][size]:.4g} s {growth(sizes, results[name], size)}".strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 5000])
    parser.add_argument("--before-tree", type=Path, default=None,
                        help="a folder holding the jdwizard package before, for `check`")
    parser.add_argument("--budget", type=float, default=30.0,
                        help="skip the old comparison past a size it took longer than this")
    args = parser.parse_args()
    for tree in (ROOT, args.before_tree):
        if tree:  # as an installed package is: compiled (see bench.py)
            compileall.compile_dir(str(tree / "jdwizard"), quiet=1)
    print(f"| files | size | findings (after) | {' | '.join(COLUMNS)} |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        measure(args, Path(tmp), "one department", None)
        measure(args, Path(tmp), "ten a department", 10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
