"""The non-interactive commands. Nothing here imports Textual."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from jdwizard import fileformat, uilang
from jdwizard.atomicfile import plain_reason
from jdwizard.errors import JDError
from jdwizard.findings import plural, speaking
from jdwizard.model import Document
from jdwizard.safetext import say
from jdwizard.uilang import t

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
        raise JDError(target, t("cannot write: {folder} is a file, not a folder",
                                folder=folder)) from None
    except NotADirectoryError:
        raise JDError(target, t("cannot write: a part of {folder} is a file, not a folder",
                                folder=folder)) from None
    except OSError as exc:
        raise JDError(target, t("cannot create the folder {folder}: {reason}", folder=folder,
                                reason=plain_reason(exc))) from None


def list_presets(words: list[str], ui_lang: str | None = None) -> int:
    """`presets [WORDS]`: name, language, field and title of each preset that matches;
    exit 1 when none does, as grep does."""
    from jdwizard import presets

    uilang.choose(ui_lang, None)
    typed = " ".join(words)
    found = presets.matching(typed)
    if not found:
        tell(t("no preset matches “{typed}”; `jdwizard presets` lists them all", typed=typed),
             sys.stderr)
        return 1
    rows = [(p.name, p.language, p.field_name, p.title or t("(blank skeleton)")) for p in found]
    heading = (t("NAME"), t("LANG"), t("FIELD"), t("TITLE"))
    widths = [max(len(r[i]) for r in [heading, *rows]) for i in range(3)]
    for row in [heading, *rows]:
        tell("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  "
             + row[3])
    return 0


def new_file(file: str | None, preset: str | None, lang: str | None, force: bool,
             ui_lang: str | None = None) -> int:
    """`new --no-input`: its messages in the language of the document it writes (--lang,
    else the preset's; the blank skeleton is English), unless --ui-lang or
    JDWIZARD_UI_LANG says otherwise."""
    from jdwizard import presets

    uilang.choose(ui_lang, lang or (_preset_language(preset) if preset else "en"))
    if not file:
        raise JDError("new", t("--no-input needs a FILE.toml to write"))
    path = Path(file)
    if path.suffix != ".toml":
        raise JDError(file, t("a job description file name ends in .toml"))
    if fileformat.exists(path, "write") and not force:
        raise JDError(file, t("already exists; use --force to overwrite it"))
    doc = presets.new_document(preset, lang)
    make_folder_for(path)
    fileformat.save(doc, path)
    tell(t("wrote {file} (from preset {preset})", file=file, preset=doc.preset))
    return 0


def _preset_language(name: str) -> str | None:
    """The language of the preset `new` starts from; None when there is no such preset
    (the error says so, in the language of the locale)."""
    from jdwizard import presets

    try:
        return presets.find_preset(name).language
    except JDError:
        return None


def render(files: list[str], output: str | None, lang: str | None, to_stdout: bool,
           to: str | None = None, ui_lang: str | None = None) -> int:
    """Each file's messages (its load errors, "wrote ...") in its document's language;
    those about the command line in the first file's (see _start)."""
    from jdwizard.atomicfile import folders_synced_once

    texts = _start(files, ui_lang)
    wanted = _render_formats(files, output, to, to_stdout)
    status = 0
    with folders_synced_once():
        for file in files:
            try:
                doc = _load(file, texts)
                with speaking(doc.language):
                    _render_one(doc, file, wanted, output, lang, to_stdout)
            except JDError as exc:
                fail(exc)
                status = 2
    return status


def _render_one(doc: Document, file: str, wanted: list[str], output: str | None,
                lang: str | None, to_stdout: bool) -> None:
    from jdwizard.output import formats

    for fmt in wanted:
        if to_stdout:
            _to_stdout(formats.rendered(doc, fmt, lang))
            continue
        target = output or str(formats.beside(file, fmt))
        if os.path.realpath(target) == os.path.realpath(file):
            raise JDError(target, t("is the input file; the document needs a file of its own"))
        make_folder_for(target)
        formats.write(doc, target, fmt, lang)
        tell(t("wrote {file}", file=target), sys.stderr)


def _start(files: list[str], ui_lang: str | None) -> dict[str, str]:
    """Choose the run's language: --ui-lang, else JDWIZARD_UI_LANG, else the language of
    the first file that names one, else the locale. That file's text is returned (by
    file name) for the load to use, so that it is read once."""
    texts: dict[str, str] = {}
    language = None
    for file in files:
        try:
            text = fileformat.read_text(file)
        except JDError:
            continue  # read again by the load, which says what is wrong, in the run's language
        texts[file] = text
        language = language_of(text)
        if language:
            break
    uilang.choose(ui_lang, language)
    return texts


def _load(file: str, texts: dict[str, str]) -> Document:
    """The file's document; a problem with it is said in its language when its text
    names one (language = "ru" before the first table), else in the run's."""
    return _load_text(file, texts)[1]


def _load_text(file: str, texts: dict[str, str]) -> tuple[str, Document]:
    """_load's document, with the text it was read from (check's cache key)."""
    text = texts.pop(file) if file in texts else fileformat.read_text(file)
    with speaking(language_of(text)):
        return text, fileformat.loads(text, file)


_LANGUAGE_LINE: Final = re.compile(r"""^[ \t]*language[ \t]*=[ \t]*["']([a-z]{2})["']""",
                                   re.MULTILINE)
_TABLE_LINE: Final = re.compile(r"^[ \t]*\[", re.MULTILINE)


def language_of(text: str) -> str | None:
    """The language a job description's text names, read without parsing it (a file
    that is not valid TOML still names it): the top-level `language = "ru"`, which comes
    before the first [table]."""
    table = _TABLE_LINE.search(text)
    match = _LANGUAGE_LINE.search(text, 0, table.start() if table else len(text))
    return match[1] if match and match[1] in uilang.LANGUAGES else None


def _render_formats(files: list[str], output: str | None, to: str | None,
                    to_stdout: bool) -> list[str]:
    """The formats to write: --to's, else the one -o's extension names, else Markdown."""
    from jdwizard.output import formats

    if output and len(files) > 1:
        raise JDError(output, t("-o takes one input file; without -o each file's document "
                                "is written beside it"))
    named = formats.of_path(output) if output else None
    wanted = formats.parse(to) if to else [named or "md"]
    if (output or to_stdout) and len(wanted) > 1:
        where = f"-o {output}" if output else "--stdout"
        raise JDError("--to", t("{where} holds one document; give one format, or leave out "
                                "{where} to write each beside its file", where=where))
    if output and named and named != wanted[0]:
        raise JDError(output, t("the name says {named}, but --to asks for {wanted}",
                                named=named, wanted=wanted[0]))
    if to_stdout and wanted[0] != "md" and sys.stdout.isatty():
        raise JDError("--stdout", t("a {format} is not text to show in the terminal; "
                                    "redirect it to a file, or use -o",
                                    format=wanted[0].upper()))
    return wanted


def _to_stdout(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def check(paths: list[str], strict: bool, fmt: str, ui_lang: str | None = None,
          cache: bool = True) -> int:
    """Each file's findings and load errors in its document's language; the summary and
    the notes in the run's (the first file's; see _start). cache: each document's
    findings are taken from earlier runs' when its text is the same (check_cache)."""
    from jdwizard import checks

    files, unlisted = _expand(paths)
    texts = _start(files, ui_lang)
    failures = [_folder_failure(folder, exc) for folder, exc in unlisted]
    loaded: list[tuple[str, Document]] = []
    sources: list[str] = []  # the text of each document loaded
    for file in files:
        try:
            text, doc = _load_text(file, texts)
        except JDError as exc:
            failures.append(exc)
            continue
        loaded.append((file, doc))
        sources.append(text)
    if not failures and _warnings_unseen(strict, fmt) and not _any_error(loaded):
        tell(t("checked {files}: no errors; warnings are skipped in a pre-commit hook "
               "that passes (run jdwizard check to see them)",
               files=plural(len(loaded), "{n} file", "{n} files")), sys.stderr)
        return 0
    findings = _document_findings(loaded, sources, cache)
    findings.extend(checks.check_department(loaded))
    languages = {file: doc.language for file, doc in loaded}
    _report(findings, failures, fmt, languages, checks.comparison_notes(loaded))
    if failures:
        return 2
    blocking = {checks.ERROR, checks.WARNING} if strict else {checks.ERROR}
    return 1 if any(f.severity in blocking for f in findings) else 0


def _document_findings(loaded: list[tuple[str, Document]], sources: list[str],
                       cache: bool) -> list[checks.Finding]:
    """checks.check_document's findings of each document, as its file's, in order; those
    of a text checked in an earlier run read back from the cache when cache is on."""
    from jdwizard import checks
    from jdwizard.checks import Finding

    kept = None
    if cache:
        from jdwizard.check_cache import CheckCache, key

        kept = CheckCache()
    automaton = False
    findings: list[Finding] = []
    for (file, doc), text in zip(loaded, sources, strict=True):
        with speaking(doc.language):
            # The language the messages are made in: the document's (English for one
            # that names none), unless --ui-lang or JDWIZARD_UI_LANG pinned the run's.
            entry = key(text, uilang.current()) if kept is not None else b""
            found = kept.findings(entry, file) if kept is not None else None
            if found is None:
                if not automaton:
                    # Only for a document to check: a run of files all in the cache
                    # loads neither the wording's checks nor the lead-ins.
                    from jdwizard import vague

                    vague.use_the_automaton()  # many texts to look at: the one-pass look pays
                    automaton = True
                found = [Finding(f.place, f.severity, f.message, file)
                         for f in checks.check_document(doc)]
                if kept is not None:
                    kept.store(entry, found)
            findings.extend(found)
    if kept is not None:
        kept.save()
    return findings


def _warnings_unseen(strict: bool, fmt: str) -> bool:
    """Whether the run is pre-commit's hook (which sets PRE_COMMIT=1), whose output no
    one sees unless the hook fails: a check that finds no error passes, and so its
    warnings would be looked for in vain. --strict makes them fail the hook; JSON is
    read by a program."""
    return os.environ.get("PRE_COMMIT") == "1" and not strict and fmt == "text"


def _any_error(loaded: list[tuple[str, Document]]) -> bool:
    from jdwizard import checks

    return any(checks.check_document(doc, warnings=False) for _, doc in loaded)


def _expand(paths: list[str]) -> tuple[list[str], list[tuple[str, OSError | None]]]:
    """The files to check, and the folders that gave none: (folder, why), why None when
    it holds no .toml file. Their messages are made once the run's language is known."""
    files: list[str] = []
    unlisted: list[tuple[str, OSError | None]] = []
    for path in paths:
        if _is_folder(path):
            files.extend(_toml_files(path, unlisted))
        else:
            files.append(path)  # load says what is wrong with it, if anything
    # A file named twice (or inside a folder also named) is checked once, and so is
    # never compared with itself.
    unique: dict[str, str] = {}
    for file in files:
        unique.setdefault(os.path.realpath(file), file)
    return list(unique.values()), unlisted


def _folder_failure(folder: str, exc: OSError | None) -> JDError:
    if exc is None:
        return JDError(folder, t("no .toml files in this folder"))
    return JDError(folder, t("cannot read: {reason}", reason=plain_reason(exc)))


def _is_folder(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def _toml_files(folder: str, unlisted: list[tuple[str, OSError | None]]) -> list[str]:
    """The *.toml files of a folder, sorted; a folder that cannot be listed is a failure
    (Path.glob would find nothing in it, and "no .toml files" would be untrue)."""
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries
                     if entry.name.endswith(".toml") and _is_file(entry)]
    except OSError as exc:
        unlisted.append((folder, exc))
        return []
    if not names:
        unlisted.append((folder, None))
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


def _report(findings: list[checks.Finding], failures: list[JDError], fmt: str,
            languages: dict[str, str], notes: list[str]) -> None:
    """languages: each file checked, and its document's language (its findings' lines
    name the severity in it)."""
    from jdwizard.checks import ERROR

    count = len(languages)

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
        with speaking(languages.get(f.file)):
            tell(f.line())
    # Notes go to stderr: standard output stays one finding per line for scripts.
    for note in notes:
        tell(t("note: {note}", note=note), sys.stderr)
    if not failures:
        errors = sum(f.severity == ERROR for f in findings)
        tell(t("checked {files}: {errors}, {warnings}",
               files=plural(count, "{n} file", "{n} files"),
               errors=plural(errors, "{n} error", "{n} errors"),
               warnings=plural(len(findings) - errors, "{n} warning", "{n} warnings")),
             sys.stderr)
