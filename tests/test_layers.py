"""Only jdwizard/tui imports Textual: the model, the format, the renderer, the presets,
the checks and the drafts must work without it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "jdwizard"
CORE = sorted(p for p in PACKAGE.rglob("*.py")
              if "tui" not in p.relative_to(PACKAGE).parts
              and p.name not in ("cli.py", "wizard.py"))


def imported_modules(path: Path) -> set[str]:
    """Modules a file imports at its top level (imports inside functions are lazy)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_core_modules_do_not_import_textual_or_rich() -> None:
    offenders = {p.name: sorted(m for m in imported_modules(p)
                                if m.split(".")[0] in ("textual", "rich") or ".tui" in m)
                 for p in CORE}
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_importing_every_core_module_loads_no_textual() -> None:
    names = [".".join(("jdwizard", *p.relative_to(PACKAGE).with_suffix("").parts))
             for p in CORE if p.stem not in ("__main__", "__init__")]
    probe = (f"import {', '.join(names)}, sys\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
