"""Starting the wizard from the command line: everything is checked before a screen appears."""

from __future__ import annotations

import sys
from pathlib import Path

from jdwizard import fileformat, presets
from jdwizard.errors import JDError
from jdwizard.model import Document


def edit(file: str, section: str | None) -> int:
    doc = fileformat.load(file)  # a bad file is reported as check reports it, before any screen
    return _run(doc, Path(file), start=False, section=section)


def new(file: str | None, preset: str | None, lang: str | None, force: bool) -> int:
    path = Path(file) if file else None
    if path is not None:
        if path.suffix != ".toml":
            raise JDError(file or "", "a job description file name ends in .toml")
        if path.exists() and not force:
            raise JDError(file or "", f"already exists; to change it: jdwizard edit {file}")
    doc = presets.new_document(preset, lang)
    return _run(doc, path, start=preset is None, section=None)


def _run(doc: Document, path: Path | None, *, start: bool, section: str | None) -> int:
    from jdwizard.tui.app import WizardApp

    app = WizardApp(doc, path, start=start, section=section)
    written = app.run() or []
    if written:
        print("wrote " + " and ".join(written), file=sys.stderr)
    return 0
