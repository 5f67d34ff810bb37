"""The command line's formatter finds the terminal's width as argparse's own does.

cli._Formatter finds the width without importing shutil; checked here against
argparse.HelpFormatter (which asks shutil) for each way the width is given, and every
command's help against the same parser built with argparse's formatter.
"""

from __future__ import annotations

import argparse

import pytest

from jdwizard import cli


@pytest.mark.parametrize("columns", [None, "40", "200", "0", "-3", "wide"])
def test_the_width_is_shutils(columns: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli._Formatter("jdwizard")._width == argparse.HelpFormatter("jdwizard")._width


def helps(parser: argparse.ArgumentParser) -> list[tuple[str, str, str]]:
    """The parser's help and each command's, with the name of the formatter's class."""
    found = [("", parser.format_help(), _name(parser))]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [(name, sub.format_help(), _name(sub))
                      for name, sub in action.choices.items()]
    return found


def _name(parser: argparse.ArgumentParser) -> str:
    return getattr(parser.formatter_class, "__name__", "")


@pytest.mark.parametrize("command", [None, *cli._COMMANDS])
def test_every_help_is_argparses(command: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "70")
    ours = helps(cli.build_parser(command))
    monkeypatch.setattr(cli, "_Formatter", argparse.HelpFormatter)
    theirs = helps(cli.build_parser(command))
    assert [(name, text) for name, text, _ in ours] == [(name, text) for name, text, _ in theirs]
    assert {kind for _, _, kind in ours} == {"_Formatter"}
