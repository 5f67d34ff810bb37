"""The wheel: it carries the presets, and an installed copy finds them from any folder."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cli_helpers import PRESETS_DIR, ROOT, clean_env, preset_names, preset_paths, run_cmd


def _run(*cmd: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "-w",
        out,
        ROOT,
    )
    (built,) = out.glob("jdwizard-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel and tomli_w: no editable checkout to shadow it."""
    home = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", home)
    python = home / "bin" / "python"
    _run(python, "-m", "pip", "install", "--no-deps", "--no-index", wheel)
    # tomli_w is the one dependency render, check, new and presets need; copy it offline.
    spec = importlib.util.find_spec("tomli_w")
    assert spec and spec.submodule_search_locations
    shutil.copytree(
        spec.submodule_search_locations[0],
        _purelib(home) / "tomli_w",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return home


def _purelib(home: Path) -> Path:
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    return Path(_run(home / "bin" / "python", "-c", code).stdout.strip()).resolve()


def test_wheel_holds_every_preset(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {path.relative_to(PRESETS_DIR).as_posix() for path in preset_paths().values()}
    missing = [p for p in shipped if f"jdwizard/presets/{p}" not in names]
    assert any("/" in p for p in shipped) and missing == []  # the field folders too
    assert "jdwizard/cli.py" in names


def test_installed_wheel_is_the_one_imported(venv: Path, tmp_path: Path) -> None:
    code = "import jdwizard.presets as p; print(p.__file__); print(p.presets_dir())"
    proc = _run(venv / "bin" / "python", "-c", code, cwd=tmp_path)
    module_file, presets_dir = proc.stdout.splitlines()
    purelib = _purelib(venv)
    assert purelib.is_relative_to(venv.resolve())
    assert Path(module_file).resolve().is_relative_to(purelib)
    assert Path(presets_dir).resolve() == purelib / "jdwizard" / "presets"


def test_installed_script_lists_the_presets(venv: Path, tmp_path: Path) -> None:
    result = run_cmd([venv / "bin" / "jdwizard", "presets"], tmp_path)
    assert result.code == 0, result
    listed = [line.split()[0] for line in result.out_lines[1:]]  # under the heading
    assert sorted(listed) == preset_names()


def test_installed_script_creates_and_renders_from_a_preset(venv: Path, tmp_path: Path) -> None:
    script = venv / "bin" / "jdwizard"
    result = run_cmd([script, "new", "x.toml", "--preset", "sales-manager", "--no-input"], tmp_path)
    assert result.code == 0, result
    assert 'preset = "sales-manager"' in (tmp_path / "x.toml").read_text(encoding="utf-8")
    # Textual and Rich are not installed here: render and check must not need them.
    assert run_cmd([script, "render", "x.toml"], tmp_path).code == 0
    assert "# Job description" in (tmp_path / "x.md").read_text(encoding="utf-8")
    assert run_cmd([script, "check", "x.toml"], tmp_path).code == 0
