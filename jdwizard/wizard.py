"""Starting the wizard from the command line: everything is checked before a screen appears."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import TextIO

from jdwizard import doc_cache, drafts, fileformat, uilang
from jdwizard.commands import tell
from jdwizard.errors import JDError
from jdwizard.model import Document
from jdwizard.uilang import t


def edit(file: str, section: str | None, blink: bool = False, preview: bool = False) -> int:
    """Open the file in the wizard.

    section is a step key ("duties") or a place of the model to focus ("final.items"),
    as jdwizard.sections.resolve gives it; None opens at the step list. The interface
    speaks the language uilang.choose gave it (--ui-lang, JDWIZARD_UI_LANG, the
    locale), or the document's when neither the flag nor the environment chose.
    """
    path = Path(file)
    # Before the draft is looked for: a file that cannot even be looked at (a folder on
    # its way without search permission, a symlink loop) cannot be saved either.
    exists = fileformat.exists(path)
    draft = drafts.pending(path)
    # A draft that cannot be read holds no work: the wizard offers to remove it.
    usable = draft is not None and not draft.problem
    if not usable and not exists:
        raise JDError(file, t("no such file; to create it: jdwizard new {file}", file=file))
    loaded: doc_cache.Loaded | None = None
    try:
        # Reported as check reports it, before any screen.
        loaded = doc_cache.load(file)
        doc = loaded.doc
    except JDError:
        if draft is None or not usable:
            raise
        doc = draft.document()  # the file is broken but the draft holds the work
    uilang.follow_document(doc.language)
    return _run(doc, path, start=False, section=section, blink=blink, pending=draft,
                preview=preview, loaded=loaded)


def new(file: str | None, preset: str | None, lang: str | None, force: bool,
        blink: bool = False, preview: bool = False) -> int:
    """Start a new document in the wizard. Without a preset or --lang the document's
    language is chosen in the start step: until then the interface speaks the language
    uilang.choose gave it (--ui-lang, JDWIZARD_UI_LANG, the locale), and the start step
    offers that language first."""
    from jdwizard import presets  # here, not at the top: `edit` needs none

    path = Path(file) if file else None
    if path is not None:
        if path.suffix != ".toml":
            raise JDError(file or "", t("a job description file name ends in .toml"))
        if fileformat.exists(path, "write") and not force:
            raise JDError(file or "", t("already exists; to change it: jdwizard edit {file}",
                                        file=file))
    doc = presets.new_document(preset, lang or (None if preset else uilang.current()))
    if preset or lang:
        uilang.follow_document(doc.language)
    if path is not None:
        pending = drafts.pending(path)
    else:  # a new document whose wizard stopped before its first save
        pending = None if preset else drafts.newest_of_a_new_document()
    return _run(doc, path, start=preset is None, section=None, blink=blink,
                pending=pending, preview=preview)


def _run(doc: Document, path: Path | None, *, start: bool, section: str | None,
         blink: bool, pending: drafts.Draft | None, preview: bool,
         loaded: doc_cache.Loaded | None = None) -> int:
    """The wizard on the document; `loaded` is how `edit` read it from its file."""
    _need_a_terminal(path)  # before Textual loads, and before any lock is taken
    import gc

    # Loading Textual and building the first screen make objects by the hundred
    # thousand and no garbage to speak of: the collector's passes over them cost 30 to
    # 90 ms before the first frame. The wizard turns it back on after that frame.
    gc.disable()
    from jdwizard.session import Session
    from jdwizard.tui import css_cache
    from jdwizard.tui.app import WizardApp

    session = Session.open(path, read_key=loaded.key if loaded else None)
    # Kept for the next start once the first frame is drawn, if it was parsed.
    keep = partial(doc_cache.keep, loaded.key) if loaded and not loaded.hit else None
    app = WizardApp(doc, path, start=start, section=section, session=session,
                    pending=pending, cursor_blink=blink, preview=preview,
                    css_cache=css_cache.default_path(), keep_document=keep,
                    original=loaded.again if loaded else None)
    written = app.run() or []
    app.keep_parsed_css()  # what the steps opened after the first frame parsed
    if app.written:  # the file saved last, for the next start (the screen is closed)
        doc_cache.keep_file(app.written[0])
    farewell = exit_message(written, app.discarded)
    if farewell:
        tell(farewell, sys.stderr)
    if app.return_code == 129:
        tell(t("jdwizard: stopped; the unsaved work is kept as a draft (jdwizard drafts)"),
             sys.stderr)
    return app.return_code or 0


def _need_a_terminal(path: Path | None) -> None:
    """Refuse in one line when there is no terminal to run the wizard in.

    Textual's driver reads keys from sys.__stdin__ and draws on sys.__stderr__; with
    either not a terminal (< /dev/null, 2> log, a cron job) it would wait forever for
    keys that never come, or draw into a file."""
    for name, stream in (("standard input", sys.__stdin__), ("standard error", sys.__stderr__)):
        if _is_terminal(stream):
            continue
        if path is None:
            raise JDError("new", t("the wizard needs a terminal, and {stream} is not one; "
                                   "without it: jdwizard new FILE.toml --no-input",
                                   stream=t(name)))
        raise JDError(path, t("the wizard needs a terminal, and {stream} is not one",
                              stream=t(name)))


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except ValueError:  # closed
        return False


def exit_message(written: list[str], discarded: bool) -> str:
    """What the wizard did to the files, said once it has closed."""
    if discarded:
        # The files hold an earlier save, not the work of the last minutes.
        if written:
            return t("discarded the unsaved changes; {files} hold the last save",
                     files=_listed(written))
        return t("discarded the unsaved changes")
    return t("wrote {files}", files=_listed(written)) if written else ""


def _listed(names: list[str]) -> str:
    """ "a, b and c" """
    if len(names) < 2:
        return "".join(names)
    return t("{items} and {last}", items=", ".join(names[:-1]), last=names[-1])
