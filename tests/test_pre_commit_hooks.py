"""The hooks the repository offers the pre-commit framework (.pre-commit-hooks.yaml),
run as pre-commit runs them: the entry, then the staged files its `files` pattern takes.

pre-commit itself would install jdwizard into an environment of its own from the
network, which tests do not have: the entries run here with the jdwizard under test.
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest
import yaml

from tests.cli_helpers import ROOT, copy_preset, run_cmd

HOOKS_FILE = ROOT / ".pre-commit-hooks.yaml"
BIN = Path(sys.executable).parent


def hooks() -> dict[str, dict[str, object]]:
    listed = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    assert isinstance(listed, list)
    return {hook["id"]: hook for hook in listed}


def run_hook(hook_id: str, repo: Path, staged: list[str]) -> tuple[int, str]:
    """The hook's entry with the staged files its pattern takes, as pre-commit passes them."""
    hook = hooks()[hook_id]
    pattern = re.compile(str(hook["files"]))
    taken = [name for name in staged if pattern.search(name)]
    command = shlex.split(str(hook["entry"]))
    result = run_cmd([BIN / command[0], *command[1:], *taken], repo)
    return result.code, result.out + result.err


def test_the_hooks_are_what_pre_commit_expects() -> None:
    found = hooks()
    assert set(found) == {"jdwizard-check", "jdwizard-render"}
    for hook in found.values():
        assert {"id", "name", "entry", "language", "files"} <= set(hook)
        assert hook["language"] == "python"  # installed from this repository's pyproject
        assert str(hook["entry"]).startswith("jdwizard ")
    # check compares the duties of files of one department: all of them in one process
    assert found["jdwizard-check"].get("require_serial") is True


@pytest.mark.parametrize("name", ["jd/sales.toml", "hr/jd/sales-ru.toml"])
def test_the_hooks_take_the_descriptions(name: str) -> None:
    for hook in hooks().values():
        assert re.search(str(hook["files"]), name)


@pytest.mark.parametrize("name", ["pyproject.toml", "ruff.toml", "jd/sales.md", "jdx/a.toml"])
def test_the_hooks_leave_other_files_alone(name: str) -> None:
    for hook in hooks().values():
        assert not re.search(str(hook["files"]), name)


def test_the_check_hook_passes_a_good_description_and_stops_a_bad_one(tmp_path: Path) -> None:
    copy_preset("sales-manager", tmp_path / "jd" / "sales.toml")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    code, said = run_hook("jdwizard-check", tmp_path, ["pyproject.toml", "jd/sales.toml"])
    assert code == 0, said
    (tmp_path / "jd" / "broken.toml").write_text("format = 1\n[position\n", encoding="utf-8")
    code, said = run_hook("jdwizard-check", tmp_path, ["jd/sales.toml", "jd/broken.toml"])
    assert code == 2 and "jd/broken.toml" in said


def test_the_render_hook_writes_the_markdown_beside_each(tmp_path: Path) -> None:
    copy_preset("sales-manager-ru", tmp_path / "jd" / "sales.toml")
    code, said = run_hook("jdwizard-render", tmp_path, ["jd/sales.toml"])
    assert code == 0, said
    markdown = (tmp_path / "jd" / "sales.md").read_text(encoding="utf-8")
    assert "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по продажам" in markdown
    # Run again on an unchanged file, it writes the same text: pre-commit then passes.
    assert run_hook("jdwizard-render", tmp_path, ["jd/sales.toml"])[0] == 0
    assert (tmp_path / "jd" / "sales.md").read_text(encoding="utf-8") == markdown
