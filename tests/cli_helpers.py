"""Shared helpers for the command-line tests: run jdwizard as a real process and judge it."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRESETS_DIR = ROOT / "presets"
SCRIPT = Path(sys.executable).parent / "jdwizard"
MODULE = (sys.executable, "-m", "jdwizard")


def preset_paths() -> dict[str, Path]:
    """Every preset shipped in the repository, by file name (in their field folders)."""
    return {p.stem: p for p in PRESETS_DIR.rglob("*.toml")}


def preset_names() -> list[str]:
    return sorted(preset_paths())


def preset_data(name: str) -> dict[str, object]:
    return tomllib.loads(preset_paths()[name].read_text(encoding="utf-8"))


def copy_preset(name: str, target: Path) -> Path:
    """A preset's text as a user's file, ready to render or check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(preset_paths()[name].read_bytes())
    return target


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    @property
    def out_lines(self) -> list[str]:
        return self.out.splitlines()


_NOT_PASSED = ("PYTHONPATH", "PYTHONSTARTUP", "PRE_COMMIT")
"""PRE_COMMIT: the suite run in a pre-commit hook checks as a terminal would."""


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _NOT_PASSED}
    env["NO_COLOR"] = "1"
    return env


def run_cmd(cmd: Sequence[str | Path], cwd: Path, env: dict[str, str] | None = None) -> Result:
    proc = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env or clean_env(),
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def jd(cwd: Path, *args: str | Path) -> Result:
    """`python -m jdwizard ARGS` in cwd."""
    return run_cmd([*MODULE, *args], cwd)


LOADED_PROBE = """\
import runpy, sys
sys.argv = ["jdwizard", *sys.argv[1:]]
try:
    runpy.run_module("jdwizard", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    code = exc.code
print("LOADED=" + ",".join(sorted(sys.modules)))
sys.exit(code)
"""
"""`python -c LOADED_PROBE ARGS` runs `jdwizard ARGS` and prints the modules it loaded."""


def modules_loaded(python: str | Path, args: Sequence[str | Path], cwd: Path,
                   env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    """The exit code of `jdwizard ARGS` run by that Python, and every module it loaded."""
    result = run_cmd([python, "-c", LOADED_PROBE, *args], cwd, env)
    marker = [line for line in result.out_lines if line.startswith("LOADED=")]
    assert len(marker) == 1, result
    return result.code, set(marker[0].removeprefix("LOADED=").split(","))


def assert_one_line_failure(result: Result, name: str, *problem: str) -> str:
    """Exit 2, no traceback, and exactly one line on stderr: the name, then the problem."""
    assert result.code == 2, result
    assert "Traceback" not in result.err, result.err
    assert len(result.err_lines) == 1, result.err
    line = result.err_lines[0]
    assert name in line, (name, line)
    after = line.split(name, 1)[1]
    for part in problem:
        assert part in after, (part, line)
    return line


def stray_files(folder: Path) -> list[str]:
    """Temporary files an interrupted or failed save would leave behind."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if ".tmp" in p.name)


def markdown_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.md"))


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o7777
