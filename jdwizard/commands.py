"""The non-interactive commands. Nothing here imports Textual."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from jdwizard import fileformat
from jdwizard.atomicfile import plain_reason
from jdwizard.errors import JDError
from jdwizard.model import Document
from jdwizard.safetext import say

if TYPE_CHECKING:
    from jdwizard import checks


def tell(line: str, file: TextIO | None = None) -> None:
    """One line of a message, made safe (see safetext.say)."""
    say(line, file=file)


def fail(exc: JDError) -> None:
    """The one line of a JDError, on standard error."""
    tell(f"jdwizard: {exc}", sys.stderr)


def make_folder_for(target: str | Path) -> None:
    """Create the folders a file to be written needs (jd/ of jd/sales.toml).

    Only the commands do this: a person who typed the path asked for it. The wizard
    asks first, so this is not part of write_text_atomic.
    """
    folder = Path(target).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise JDError(target, f"cannot write: {folder} is a file, not a folder") from None
    except NotADirectoryError:
        raise JDError(target, f"cannot write: a part of {folder} is a file, not a folder"
                      ) from None
    except OSError as exc:
        raise JDError(target, f"cannot create the folder {folder}: {exc.strerror or exc}"
                      ) from None


def list_presets() -> int:
    from jdwizard import presets

    items = presets.all_presets()
    width = max(len(p.name) for p in items)
    for p in items:
        title = p.title or "(blank skeleton)"
        summary = p.summary or "only the clauses every job description carries"
        tell(f"{p.name:<{width}}  {p.language}  {title}: {summary}")
    return 0


def new_file(file: str | None, preset: str | None, lang: str | None, force: bool) -> int:
    if not file:
        raise JDError("new", "--no-input needs a FILE.toml to write")
    from jdwizard import presets

    path = Path(file)
    if path.suffix != ".toml":
        raise JDError(file, "a job description file name ends in .toml")
    if fileformat.exists(path, "write") and not force:
        raise JDError(file, "already exists; use --force to overwrite it")
    doc = presets.new_document(preset, lang)
    make_folder_for(path)
    fileformat.save(doc, path)
    tell(f"wrote {file} (from preset {doc.preset})")
    return 0


def render(files: list[str], output: str | None, lang: str | None, to_stdout: bool,
           to: str | None = None) -> int:
    wanted = _render_formats(files, output, to, to_stdout)
    from jdwizard.output import formats

    status = 0
    for file in files:
        try:
            doc = fileformat.load(file)
            for fmt in wanted:
                if to_stdout:
                    _to_stdout(formats.rendered(doc, fmt, lang))
                    continue
                target = output or str(formats.beside(file, fmt))
                if os.path.realpath(target) == os.path.realpath(file):
                    raise JDError(target, "is the input file; the document needs a file of "
                                  "its own")
                make_folder_for(target)
                formats.write(doc, target, fmt, lang)
                tell(f"wrote {target}", sys.stderr)
        except JDError as exc:
            fail(exc)
            status = 2
    return status


def _render_formats(files: list[str], output: str | None, to: str | None,
                    to_stdout: bool) -> list[str]:
    """The formats to write: --to's, else the one -o's extension names, else Markdown."""
    from jdwizard.output import formats

    if output and len(files) > 1:
        raise JDError(output, "-o takes one input file; without -o each file's document is "
                      "written beside it")
    named = formats.of_path(output) if output else None
    wanted = formats.parse(to) if to else [named or "md"]
    if (output or to_stdout) and len(wanted) > 1:
        where = f"-o {output}" if output else "--stdout"
        raise JDError("--to", f"{where} holds one document; give one format, or leave out "
                      f"{where} to write each beside its file")
    if output and named and named != wanted[0]:
        raise JDError(output, f"the name says {named}, but --to asks for {wanted[0]}")
    if to_stdout and wanted[0] != "md" and sys.stdout.isatty():
        raise JDError("--stdout", f"a {wanted[0].upper()} is not text to show in the "
                      "terminal; redirect it to a file, or use -o")
    return wanted


def _to_stdout(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def check(paths: list[str], strict: bool, fmt: str) -> int:
    from jdwizard import checks
    from jdwizard.checks import Finding

    loaded: list[tuple[str, Document]] = []
    failures: list[JDError] = []
    for file in _expand(paths, failures):
        try:
            loaded.append((file, fileformat.load(file)))
        except JDError as exc:
            failures.append(exc)
    findings = [
        Finding(f.place, f.severity, f.message, file)
        for file, doc in loaded
        for f in checks.check_document(doc)
    ]
    findings.extend(checks.check_department(loaded))
    _report(findings, failures, fmt, len(loaded), checks.comparison_notes(loaded))
    if failures:
        return 2
    blocking = {checks.ERROR, checks.WARNING} if strict else {checks.ERROR}
    return 1 if any(f.severity in blocking for f in findings) else 0


def _expand(paths: list[str], failures: list[JDError]) -> list[str]:
    files: list[str] = []
    for path in paths:
        if _is_folder(path):
            files.extend(_toml_files(path, failures))
        else:
            files.append(path)  # load says what is wrong with it, if anything
    # A file named twice (or inside a folder also named) is checked once, and so is
    # never compared with itself.
    unique: dict[str, str] = {}
    for file in files:
        unique.setdefault(os.path.realpath(file), file)
    return list(unique.values())


def _is_folder(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def _toml_files(folder: str, failures: list[JDError]) -> list[str]:
    """The *.toml files of a folder, sorted; a folder that cannot be listed is a failure
    (Path.glob would find nothing in it, and "no .toml files" would be untrue)."""
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries
                     if entry.name.endswith(".toml") and _is_file(entry)]
    except OSError as exc:
        failures.append(JDError(folder, f"cannot read: {plain_reason(exc)}"))
        return []
    if not names:
        failures.append(JDError(folder, "no .toml files in this folder"))
    return sorted(str(Path(folder) / name) for name in names)


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _json_text(report: dict[str, object]) -> str:
    """The report as JSON; no character a terminal takes as a command is left raw.

    json.dumps escapes C0 only; DEL and C1 (json_safe) and the bytes of a file name
    that is not UTF-8 (lone surrogates, which json.loads gives back as they were) are
    escaped here as \\uXXXX."""
    import json

    from jdwizard.safetext import json_safe

    return json_safe(json.dumps(report, ensure_ascii=False, indent=2))


def _report(findings: list[checks.Finding], failures: list[JDError], fmt: str, count: int,
            notes: list[str]) -> None:
    from jdwizard.checks import ERROR

    for exc in failures:
        fail(exc)
    if fmt == "json":
        # Data, not a message: written whole, no value cut.
        sys.stdout.write(_json_text({
            "files_checked": count,
            "load_errors": [{"file": e.path, "place": e.place, "message": e.message}
                            for e in failures],
            "findings": [{"file": f.file, "place": f.place, "severity": f.severity,
                          "message": f.message} for f in findings],
            "notes": notes,
        }) + "\n")
        return
    for f in findings:
        tell(f.line())
    # Notes go to stderr: standard output stays one finding per line for scripts.
    for note in notes:
        tell(f"note: {note}", sys.stderr)
    if not failures:
        errors = sum(f.severity == ERROR for f in findings)
        tell(f"checked {count} file{'s' * (count != 1)}: {errors} error{'s' * (errors != 1)}, "
             f"{len(findings) - errors} warning{'s' * (len(findings) - errors != 1)}",
             sys.stderr)
