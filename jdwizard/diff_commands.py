"""`jdwizard diff`: what changed between two versions of a job description, by clause
number and field label, as the document prints them.

    jdwizard diff OLD.toml NEW.toml [--format json]
    jdwizard diff FILE.toml --since REV       # against its version committed at REV

Exit 0 when the two are the same document, 1 when they differ, 2 on trouble, as diff(1)
does. The comparison is jdwizard.versions.diff; this module reads, asks git and prints.
Nothing here imports Textual. git runs as a process with a list of arguments, never
through a shell: a revision or a file name is never read as a command.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from typing import TYPE_CHECKING, Final

from jdwizard import fileformat, uilang
from jdwizard.commands import language_of, tell
from jdwizard.errors import JDError
from jdwizard.findings import speaking
from jdwizard.model import Document
from jdwizard.uilang import t

if TYPE_CHECKING:
    # Imported where two versions are compared: the parser is built for every command,
    # and render and check need neither the comparison nor difflib.
    from jdwizard.versions.diff import Change

UI_LANG_HELP = ("the messages' language (else JDWIZARD_UI_LANG, else the new document's, "
                "else the locale's)")
GIT_TIMEOUT: Final = 60
"""Seconds a local git command may take: it reads one object, but a repository on a
network file system may be slow."""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = sub.add_parser("diff", help="what changed between two versions: clause by "
                             "clause, by number, as the document prints it")
    command.add_argument("files", nargs="+", metavar="FILE.toml",
                         help="OLD.toml NEW.toml, or one file with --since")
    command.add_argument("--since", metavar="REV",
                         help="compare the file with its version committed at REV in git "
                         "(HEAD, a tag, a commit)")
    command.add_argument("--format", choices=("text", "json"), default="text")
    command.add_argument("--ui-lang", choices=("en", "ru"), help=UI_LANG_HELP)


def run(args: argparse.Namespace) -> int:
    from jdwizard.versions.diff import diff

    uilang.choose(args.ui_lang, None)  # until the new document's language is known
    _check_arguments(args.files, args.since)
    new_file = args.files[-1]
    new_text = fileformat.read_text(new_file)
    # As check does: --ui-lang, else JDWIZARD_UI_LANG, else the (new) document's language.
    uilang.choose(args.ui_lang, language_of(new_text))
    new = _parse(new_text, new_file)
    if args.since is not None:
        old_text, old_name = committed(new_file, args.since)
    else:
        old_text, old_name = fileformat.read_text(args.files[0]), args.files[0]
    changes = diff(_parse(old_text, old_name), new)
    if args.format == "json":
        _print_json(changes)
    else:
        for change in changes:
            tell(line(change))
    return 1 if changes else 0


def _check_arguments(files: list[str], since: str | None) -> None:
    if since is not None and len(files) != 1:
        raise JDError("--since", t("compares one file with its committed version: give "
                                   "one FILE.toml"))
    if since is None and len(files) != 2:
        raise JDError("diff", t("give two files, OLD.toml NEW.toml, or one file and "
                                "--since REV"))


def _parse(text: str, name: str) -> Document:
    """A problem with a version is said in its own language, as check says it."""
    with speaking(language_of(text)):
        return fileformat.loads(text, name)


def line(change: Change) -> str:
    """One change as a person reads it: «3.2 изменён: … → …», «Непосредственный
    руководитель: … → …»."""
    from jdwizard.versions.diff import ADDED, REMOVED

    if change.label:
        if change.kind == ADDED:
            return t("{label}: added: {text}", label=change.label, text=change.new)
        if change.kind == REMOVED:
            return t("{label}: removed: {text}", label=change.label, text=change.old)
        return f"{change.label}: {change.old} → {change.new}"
    if change.bullet:
        return _bullet_line(change)
    return _clause_line(change)


def _clause_line(change: Change) -> str:
    from jdwizard.versions.diff import ADDED, CHANGED, REMOVED

    values = {"number": change.number, "old_number": change.old_number}
    if change.kind == ADDED:
        return t("{number} added: {text}", text=change.new, **values)
    if change.kind == REMOVED:
        return t("{number} removed: {text}", text=change.old, **values)
    if change.kind == CHANGED:
        if change.moved:
            return t("{number} changed (moved from {old_number}): {old} → {new}",
                     old=change.old, new=change.new, **values)
        return t("{number} changed: {old} → {new}", old=change.old, new=change.new, **values)
    if change.old_number != change.new_number:
        return t("{number} moved from {old_number}: {text}", text=change.new, **values)
    return t("{number} moved within its list: {text}", text=change.new, **values)


def _bullet_line(change: Change) -> str:
    """An item of a clause's list (knowledge, ...): the clause's number, and the item."""
    from jdwizard.versions.diff import ADDED, CHANGED, REMOVED

    if change.kind == ADDED:
        return t("{number} item added: {text}", number=change.number, text=change.new)
    if change.kind == REMOVED:
        return t("{number} item removed: {text}", number=change.number, text=change.old)
    if change.kind == CHANGED:
        return t("{number} item changed: {old} → {new}", number=change.number,
                 old=change.old, new=change.new)
    return t("{number} item moved: {text}", number=change.number, text=change.new)


def _print_json(changes: list[Change]) -> None:
    import json

    from jdwizard.safetext import json_safe

    def value(text: str) -> str | None:
        return text or None

    report = [{"kind": c.kind, "place": c.place, "old_place": value(c.old_place),
               "old_number": value(c.old_number), "new_number": value(c.new_number),
               "old": value(c.old), "new": value(c.new), "label": value(c.label),
               "bullet": c.bullet, "moved": c.moved} for c in changes]
    # Data, not messages: written whole, with no character a terminal takes as a command.
    sys.stdout.write(json_safe(json.dumps(report, ensure_ascii=False, indent=2)) + "\n")


# --- git ---------------------------------------------------------------------------------


def committed(file: str, rev: str) -> tuple[str, str]:
    """The file's text as committed at rev, and the name its errors go by (HEAD:jd/a.toml).

    Asked of the repository the file is in (git -C its folder), by its path from the
    repository's root."""
    folder = os.path.dirname(os.path.abspath(file))
    prefix = _git_repository(file, folder)
    if rev.startswith("-"):  # git would take it for an option
        raise JDError(file, t("unknown revision “{rev}”", rev=rev))
    commit = _git(file, folder, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    if commit.returncode != 0:
        raise JDError(file, t("unknown revision “{rev}”", rev=rev))
    path = prefix + os.path.basename(file)
    obj = f"{os.fsdecode(commit.stdout).strip()}:{path}"
    _check_blob(file, folder, obj, rev, path)
    shown = _git(file, folder, "show", "--no-textconv", obj)
    if shown.returncode != 0:
        raise JDError(file, t("git: {message}", message=_first_line(shown.stderr)))
    return _decoded(shown.stdout, f"{rev}:{path}"), f"{rev}:{path}"


def _git_repository(file: str, folder: str) -> str:
    """The file's folder from the repository's root ("jd/"); JDError outside a repository."""
    found = _git(file, folder, "rev-parse", "--show-prefix")
    if found.returncode != 0:
        message = _first_line(found.stderr)
        if "not a git repository" in message:
            raise JDError(file, t("not in a git repository; --since compares the file with "
                                  "a version committed in git"))
        raise JDError(file, t("git: {message}", message=message))
    return os.fsdecode(found.stdout).strip()


def _check_blob(file: str, folder: str, obj: str, rev: str, path: str) -> None:
    """The revision has a file at path, and not one too large to be a job description."""
    found = _git(file, folder, "cat-file", "--batch-check", stdin=os.fsencode(obj) + b"\n")
    parts = os.fsdecode(found.stdout).split()
    if found.returncode != 0 or len(parts) != 3 or parts[1] != "blob":
        raise JDError(file, t("not in revision {rev} (it has no file {path})", rev=rev,
                              path=path))
    if int(parts[2]) > fileformat.MAX_FILE_BYTES:
        raise JDError(f"{rev}:{path}", t("more than {limit} MB: too large to be a job "
                                         "description",
                                         limit=fileformat.MAX_FILE_BYTES // (1024 * 1024)))


def _git(file: str, folder: str, *args: str,
         stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    # git's own messages in English: one is recognized below, and a translated git would
    # say "not a git repository" in words this module cannot know.
    env = {**os.environ, "LC_ALL": "C", "LANGUAGE": ""}
    try:
        return subprocess.run(["git", "-C", folder, *args], input=stdin, capture_output=True,
                              timeout=GIT_TIMEOUT, check=False, env=env)
    except FileNotFoundError:
        raise JDError(file, t("git is not installed, and --since needs it")) from None
    except subprocess.TimeoutExpired:
        raise JDError(file, t("git took more than {seconds} seconds; stopped",
                              seconds=GIT_TIMEOUT)) from None
    except OSError as exc:
        raise JDError(file, t("cannot run git: {reason}", reason=exc.strerror or exc)) from None


def _first_line(stderr: bytes) -> str:
    lines = os.fsdecode(stderr).strip().splitlines()
    return lines[0].removeprefix("fatal: ") if lines else t("failed")


def _decoded(data: bytes, name: str) -> str:
    """The committed text, refused as fileformat.read_text refuses a file."""
    if b"\x00" in data:
        raise JDError(name, t("not a text file (it holds binary data)"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JDError(name, t("not UTF-8 text (byte 0x{byte:02x} at offset {offset})",
                              byte=data[exc.start], offset=exc.start)) from None
