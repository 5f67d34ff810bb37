"""The jdwizard command: new, edit, render, check, presets, diff.

Only `new` and `edit` start the wizard, and only they import Textual, so that render
and check stay fast enough for a pre-commit hook.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

from jdwizard import commands, sections
from jdwizard.commands import fail, tell
from jdwizard.errors import JDError
from jdwizard.sections import SECTIONS as SECTIONS  # the wizard's steps, for callers

PREVIEW_HELP = "start with the finished document shown beside the form (F3 toggles it)"
BLINK_HELP = "a blinking cursor (off by default: blinking costs traffic on a slow link)"
UI_LANG_HELP = ("the wizard's language (else JDWIZARD_UI_LANG, else the document's, "
                "else the locale's)")
MESSAGES_LANG_HELP = ("the messages' language (else JDWIZARD_UI_LANG, else each document's, "
                      "else the locale's)")


_Sub = argparse._SubParsersAction  # the main parser's subcommands


class _Formatter(argparse.HelpFormatter):
    """argparse's own, but for how the terminal's width is found: HelpFormatter asks
    shutil, whose import (with bz2, lzma and zlib) was 2 ms of every run, and argparse
    makes a formatter to check each argument added. Found here as shutil finds it."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            width = terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """argparse's, with _Formatter; the commands' parsers are of the main one's class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def terminal_columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else stdout's terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        stream = sys.__stdout__
        try:
            columns = os.get_terminal_size(stream.fileno()).columns if stream else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; with a command named, only that command's parser is built
    (and its module loaded): a pre-commit hook runs `check` on every commit, and the
    other commands' parsers and modules (diff's loads subprocess) cost it 5-15 ms."""
    parser: argparse.ArgumentParser = _Parser(
        prog="jdwizard",
        description="Write job descriptions: TOML as the source, numbered Markdown as the result.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, add in _COMMANDS.items():
        if command in (None, name):
            add(sub)
    return parser


def _add_new(sub: _Sub[argparse.ArgumentParser]) -> None:
    new = sub.add_parser("new", help="create a job description (the wizard, or --no-input)")
    new.add_argument("file", nargs="?", metavar="FILE.toml")
    new.add_argument("--preset", metavar="NAME", help="start from this preset (see: presets)")
    new.add_argument("--lang", choices=("en", "ru"), help="the document's language")
    new.add_argument("--no-input", action="store_true",
                     help="write the file straight from the preset, without the wizard")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.add_argument("--blink", action="store_true", help=BLINK_HELP)
    new.add_argument("--preview", action="store_true", help=PREVIEW_HELP)
    new.add_argument("--ui-lang", choices=("en", "ru"), help=UI_LANG_HELP)


def _add_edit(sub: _Sub[argparse.ArgumentParser]) -> None:
    edit = sub.add_parser("edit", help="edit a job description in the wizard")
    edit.add_argument("file", metavar="FILE.toml")
    # Not argparse choices: a wrong name gets one line with a suggestion, and the
    # accepted spellings are many (any case, the titles the wizard shows, Russian names).
    edit.add_argument("--section", metavar="NAME",
                      help="open at this step, or at a part inside one; " + sections.DESCRIPTION)
    edit.add_argument("--blink", action="store_true", help=BLINK_HELP)
    edit.add_argument("--preview", action="store_true", help=PREVIEW_HELP)
    edit.add_argument("--ui-lang", choices=("en", "ru"), help=UI_LANG_HELP)


def _add_render(sub: _Sub[argparse.ArgumentParser]) -> None:
    render = sub.add_parser("render", help="write the finished document: Markdown, DOCX, PDF")
    render.add_argument("files", nargs="+", metavar="FILE.toml")
    render.add_argument("--to", metavar="FORMATS",
                        help="md (the default), docx, pdf, or several: --to md,docx,pdf; "
                        "each is written beside its file")
    render.add_argument("-o", "--output", metavar="OUT",
                        help="write here (one input, one format; OUT.docx or OUT.pdf "
                        "names the format)")
    render.add_argument("--lang", choices=("en", "ru"),
                        help="headings and phrases in this language")
    render.add_argument("--stdout", action="store_true", help="print instead of writing files")
    render.add_argument("--ui-lang", choices=("en", "ru"), help=MESSAGES_LANG_HELP)


def _add_check(sub: _Sub[argparse.ArgumentParser]) -> None:
    check = sub.add_parser("check", help="report what is missing or vague")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files, or folders of *.toml")
    check.add_argument("--strict", action="store_true",
                       help="exit 1 on warnings too (in pre-commit's hook, where PRE_COMMIT=1, "
                            "warnings are otherwise looked for only once an error is found)")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--ui-lang", choices=("en", "ru"), help=MESSAGES_LANG_HELP)
    check.add_argument("--no-cache", action="store_true",
                       help="neither read nor write the cache of earlier runs' findings "
                            "(each file is checked again)")


def _add_presets(sub: _Sub[argparse.ArgumentParser]) -> None:
    listing = sub.add_parser("presets", help="list the presets, or those that match WORDS")
    listing.add_argument("words", nargs="*", metavar="WORDS",
                         help="words of the title, another title or the field (any language)")
    listing.add_argument("--ui-lang", choices=("en", "ru"), help=MESSAGES_LANG_HELP)


def _add_drafts(sub: _Sub[argparse.ArgumentParser]) -> None:
    kept = sub.add_parser("drafts", help="list, restore or remove autosaved drafts; unlock a file")
    kept.add_argument("action", nargs="?", choices=("list", "restore", "remove", "unlock"),
                      default="list")
    kept.add_argument("draft", nargs="?", metavar="FILE|KEY",
                      help="the draft: its target file, or its key from the list")
    kept.add_argument("-o", "--output", metavar="FILE.toml",
                      help="restore: write here instead of the draft's own file")
    kept.add_argument("--ui-lang", choices=("en", "ru"), help=MESSAGES_LANG_HELP)


def _add_import(sub: _Sub[argparse.ArgumentParser]) -> None:
    from jdwizard import import_commands

    import_commands.add_parser(sub)


def _add_diff(sub: _Sub[argparse.ArgumentParser]) -> None:
    from jdwizard import diff_commands

    diff_commands.add_parser(sub)


# In the order `jdwizard --help` lists them.
_COMMANDS: Final[dict[str, Callable[[_Sub[argparse.ArgumentParser]], None]]] = {
    "new": _add_new, "edit": _add_edit, "render": _add_render, "check": _add_check,
    "presets": _add_presets, "drafts": _add_drafts, "import": _add_import, "diff": _add_diff,
}


def _command_of(argv: Sequence[str] | None) -> str | None:
    """The command the arguments name first, if they do: argparse takes the command as
    the first argument (the main parser has no option but --help)."""
    words = sys.argv[1:] if argv is None else argv
    return words[0] if words and words[0] in _COMMANDS else None


def main(argv: Sequence[str] | None = None) -> int:
    """The command line's run; argv None: the process's own (sys.argv), which ends when
    the command does (the console script, `python -m jdwizard`)."""
    args = build_parser(_command_of(argv)).parse_args(argv)
    try:
        return _dispatch(args, process_ends=argv is None)
    except JDError as exc:
        fail(exc)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (render --stdout | head): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:
        # The last net: a file problem no command turned into a JDError is still one
        # line, not a traceback.
        tell(f"jdwizard: {_os_error_line(exc)}", sys.stderr)
        return 2


def _os_error_line(exc: OSError) -> str:
    from jdwizard.atomicfile import plain_reason

    reason = plain_reason(exc)
    return f"{exc.filename}: {reason}" if exc.filename is not None else reason


@contextlib.contextmanager
def _no_collector(process_ends: bool) -> Iterator[None]:
    """The cyclic garbage collector off for a run of `check` or `render`, which makes
    objects by the hundred thousand (the tables read, the documents, the findings) and
    next to no cycles: its passes took 4% of a run of 50 or of 1,000 files (gc.callbacks)
    and found a few hundred objects, those the imports left.

    When the process ends with the run, what is left is frozen: the interpreter's last
    collection at exit went through every object still held (the modules, the checks'
    caches), some 10 ms of a `check` of 50 files, to free what the exit frees anyway."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if process_ends:
            gc.freeze()
        if enabled:
            gc.enable()


def _dispatch(args: argparse.Namespace, process_ends: bool = False) -> int:
    if args.command == "presets":
        return commands.list_presets(args.words, ui_lang=args.ui_lang)
    if args.command == "render":
        with _no_collector(process_ends):
            return commands.render(args.files, args.output, args.lang, args.stdout, args.to,
                                   ui_lang=args.ui_lang)
    if args.command == "check":
        with _no_collector(process_ends):
            return commands.check(args.paths, args.strict, args.format, ui_lang=args.ui_lang,
                                  cache=not args.no_cache)
    if args.command == "drafts":
        from jdwizard import draft_commands

        return draft_commands.run(args.action, args.draft, args.output, ui_lang=args.ui_lang)
    if args.command == "import":
        from jdwizard import import_commands

        return import_commands.run(args)
    if args.command == "diff":
        from jdwizard import diff_commands

        return diff_commands.run(args)
    if args.command == "new" and args.no_input:
        return commands.new_file(args.file, args.preset, args.lang, args.force,
                                 ui_lang=args.ui_lang)
    return _wizard(args)


def _wizard(args: argparse.Namespace) -> int:
    from jdwizard import uilang

    # The wizard's language, until the document's is known (a wrong --section is said in
    # it too): the wizard then follows the document's unless --ui-lang or
    # JDWIZARD_UI_LANG chose.
    uilang.choose(args.ui_lang, args.lang if args.command == "new" else None)
    # A step key or a place of the model ("final.items"); the wizard opens at either.
    # Resolved first: a wrong name is one line, before anything loads.
    name = getattr(args, "section", None)  # only edit has --section
    section = sections.resolve(name) if name is not None else None
    from jdwizard import wizard  # Textual is loaded only here.

    if args.command == "edit":
        return wizard.edit(args.file, section, args.blink, args.preview)
    return wizard.new(args.file, args.preset, args.lang, args.force, args.blink, args.preview)
