"""The message keys a module of jdwizard writes: the texts passed to t(), N_() and plural(),
read from its source, for the tests that each has its entry in a translation table."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator

from tests.cli_helpers import ROOT

TRANSLATED = ("t", "N_", "plural")


def calls(module: str) -> Iterator[tuple[str, ast.Call]]:
    """Each call of t, N_ or plural in jdwizard/<module>.py ("versions/diff" too)."""
    tree = ast.parse((ROOT / "jdwizard" / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in TRANSLATED:
                yield name, node


def message_keys(modules: tuple[str, ...], literal_only: bool = False) -> dict[str, str]:
    """Every message key the modules write, with how it is used (t, N_ or plural).

    literal_only: every key must be written as a literal (a message made before it is
    translated is never in the table); otherwise keys passed as values are skipped."""
    keys: dict[str, str] = {}
    for module in modules:
        for name, call in calls(module):
            for arg in call.args[2:3] if name == "plural" else call.args[:1]:
                if literal_only:
                    assert isinstance(arg, ast.Constant), (module, ast.dump(arg))
                    assert isinstance(arg.value, str)
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    keys[arg.value] = name
    return keys


def fields(text: str) -> set[str]:
    """The {named} values of a message."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}
