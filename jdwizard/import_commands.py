"""`jdwizard import`: a job description from a professional standard or from O*NET.

    jdwizard import profstandard FILE.xml                      # its generalized functions
    jdwizard import profstandard FILE.xml --function A -o OUT.toml [--title T] [--force]
    jdwizard import onet DIR --search WORDS                     # occupations and codes
    jdwizard import onet DIR --soc 13-2011.01 -o OUT.toml [--force]

The importers (jdwizard/imports) read and build; this module prints and writes. Nothing
here imports Textual. Every line printed passes through safetext: the sources' texts
and the paths come from outside.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jdwizard import fileformat, uilang
from jdwizard.commands import make_folder_for, tell
from jdwizard.errors import JDError
from jdwizard.findings import plural
from jdwizard.model import Document
from jdwizard.uilang import t

if TYPE_CHECKING:
    # Imported where a source is read: the parser is built for every command, and
    # render, check and presets need neither the importers nor defusedxml.
    from jdwizard.imports import onet, profstandard

UI_LANG_HELP = ("the messages' language (else JDWIZARD_UI_LANG, else the source's: "
                "Russian for a standard, English for O*NET)")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `import` command and its two sources, on the main parser's subcommands."""
    command = sub.add_parser("import", help="a job description from a professional standard "
                             "(Russian) or from O*NET (English)")
    sources = command.add_subparsers(dest="source", required=True, metavar="SOURCE")

    standard = sources.add_parser(
        "profstandard", help="a Russian professional standard, from the registry's XML file")
    standard.add_argument("file", metavar="FILE.xml")
    standard.add_argument("--function", metavar="CODE",
                          help="the generalized work function to import (A, B, ...); "
                          "without it, the functions are listed")
    standard.add_argument("--title", help="the position's title (else the function's "
                          "first possible job title)")
    _add_output(standard)

    occupation = sources.add_parser(
        "onet", help="an O*NET occupation, from the database's text files")
    occupation.add_argument("folder", metavar="DIR",
                            help="the folder of the database's text files (db_30_0_text)")
    occupation.add_argument("--search", nargs="+", metavar="WORD",
                            help="list the occupations whose title holds every word")
    occupation.add_argument("--soc", metavar="CODE",
                            help="the O*NET-SOC code to import (13-2011.01)")
    _add_output(occupation)


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="OUT.toml", help="the description to write")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument("--ui-lang", choices=("en", "ru"), help=UI_LANG_HELP)


def run(args: argparse.Namespace) -> int:
    # The messages are in the language of --ui-lang, else JDWIZARD_UI_LANG, else the
    # language of the description the source gives, as `new --no-input` says its own: a
    # standard is Russian, O*NET English.
    uilang.choose(args.ui_lang, "ru" if args.source == "profstandard" else "en")
    if args.source == "profstandard":
        return import_profstandard(args.file, args.function, args.output, args.title,
                                   args.force)
    return import_onet(args.folder, args.search, args.soc, args.output, args.force)


# --- the professional standard ------------------------------------------------------------


def import_profstandard(file: str, code: str | None, output: str | None, title: str | None,
                        force: bool) -> int:
    from jdwizard.imports import profstandard

    if code is None:
        if output or title:
            raise JDError("--function", t("-o and --title need the function to import: "
                                          "--function CODE"))
        list_functions(profstandard.read(file))
        return 0
    target = _output(output, "--function", force)
    standard = profstandard.read(file)
    function = profstandard.find_function(standard, code)
    _write(profstandard.build_document(standard, function, title), target)
    tell(t("wrote {file} (the generalized work function {code} of the professional "
           "standard «{standard}»)", file=target, code=function.code,
           standard=standard.name or standard.registration_number or file))
    _note_generic()
    return 0


def list_functions(standard: profstandard.Standard) -> None:
    """Each generalized function: its code, its level, its name and its titles."""
    count = plural(len(standard.functions), "{n} generalized work function",
                   "{n} generalized work functions")
    tell(t("«{name}», registration number {number}: {count}", name=standard.name or "—",
           number=standard.registration_number or "—", count=count))
    width = max((len(f.code) for f in standard.functions), default=1)
    for f in standard.functions:
        titles = "; ".join(f.titles) or t("(no possible job titles)")
        tell(t("{code}  level {level}  {name} — {titles}", code=f"{f.code:<{width}}",
               level=f.level or "—", name=f.name or "—", titles=titles))
    if standard.functions:
        tell(t("to import one: jdwizard import profstandard {file} --function {code} "
               "-o FILE.toml", file=_quoted(standard.source),
               code=standard.functions[0].code or "CODE"), sys.stderr)


# --- O*NET ----------------------------------------------------------------------------------


def import_onet(folder: str, words: list[str] | None, soc: str | None, output: str | None,
                force: bool) -> int:
    from jdwizard.imports import onet

    if words and soc:
        raise JDError("--soc", t("give --search to find an occupation, or --soc to import "
                                 "one, not both"))
    if not words and not soc:
        raise JDError(folder, t("say what to do: --search WORDS lists occupations, --soc CODE "
                                "-o FILE.toml imports one"))
    if words:
        return _search(folder, onet.occupations(folder), " ".join(words))
    assert soc is not None
    target = _output(output, "--soc", force)
    occupation = onet.find_occupation(onet.occupations(folder), soc, folder)
    found = onet.tasks(folder, occupation.code)
    _write(onet.build_document(occupation, found, onet.release(folder)), target)
    tell(t("wrote {file} ({title}, {code}: {tasks})", file=target, title=occupation.title,
           code=occupation.code, tasks=plural(len(found), "{n} task", "{n} tasks")))
    _note_generic()
    return 0


def _search(folder: str, occupations: list[onet.Occupation], words: str) -> int:
    from jdwizard.imports import onet

    found = onet.search(occupations, words)
    if not found:
        # Not a failure of the input: exit 1, as grep does when it finds nothing.
        tell(f"jdwizard: {folder}: " + t("no occupation's title holds every word of "
                                         "«{words}»", words=words), sys.stderr)
        return 1
    for occupation in found:
        tell(f"{occupation.code}  {occupation.title}")
    return 0


# --- writing --------------------------------------------------------------------------------


def _output(output: str | None, option: str, force: bool) -> Path:
    """The file to write, checked before the source is read: a wrong name or a file
    that is there is said at once, not after a large source is parsed."""
    if not output:
        raise JDError(option, t("needs -o FILE.toml: the description to write"))
    if Path(output).suffix != ".toml":
        raise JDError(output, t("a job description file name ends in .toml"))
    if fileformat.exists(output, "write") and not force:
        raise JDError(output, t("already exists; use --force to overwrite it"))
    return Path(output)


def _write(doc: Document, target: Path) -> None:
    make_folder_for(target)
    fileformat.save(doc, target)


def _note_generic() -> None:
    from jdwizard.imports import GENERIC_PLACES

    tell(t("note: no source says whom the position reports to, how the employee is "
           "appointed or who approves the description; {places} hold generic words: "
           "correct them", places=", ".join(GENERIC_PLACES)), sys.stderr)


def _quoted(path: str) -> str:
    """A path as a shell takes it back (the registry's names often have spaces)."""
    return shlex.quote(path)
