"""The app's answers to list editors: the preset library, $EDITOR, a duty's details."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from textual import on
from textual.app import App, SuspendNotSupported

from jdwizard.model import Document, Duty
from jdwizard.output.mdtext import normalize
from jdwizard.tui.messages import DetailsRequested, ExternalRequested, LibraryRequested
from jdwizard.uilang import t


class EditingMixin(App[list[str]]):
    doc: Document

    @on(LibraryRequested)
    def open_library(self, event: LibraryRequested) -> None:
        from jdwizard.presets import library
        from jdwizard.tui.screens.library import LibraryScreen

        editor = event.editor
        items = library(self.doc.language, editor.place)
        if not items:
            self.notify(t("The presets in this language hold no items for this list."))
            return
        from jdwizard.tui.widgets.list_editor import item_text

        present = {item_text(i) for i in editor.items}

        def add(text: str | None) -> None:
            if text is not None:
                at = editor.cursor + 1 if editor.items else 0
                editor.insert(at, editor.new_item(text))
                editor.focus()

        self.push_screen(LibraryScreen(editor.label, items, present), add)

    @on(DetailsRequested)
    def open_duty_details(self, event: DetailsRequested) -> None:
        from jdwizard.tui.screens.duty_details import DutyDetailsScreen

        editor, index = event.editor, event.index
        duty = editor.items[index]
        assert isinstance(duty, Duty)
        groups = sorted({d.group for d in editor.items if isinstance(d, Duty) and d.group})

        def keep(changed: Duty | None) -> None:
            if changed is not None:
                editor.replace(index, changed)
            editor.focus()

        def typed(changed: Duty) -> None:
            if changed != editor.items[index]:
                editor.replace(index, changed)

        self.push_screen(DutyDetailsScreen(duty, groups, typed), keep)

    @on(ExternalRequested)
    def open_external(self, event: ExternalRequested) -> None:
        editor, index = event.editor, event.index
        from jdwizard.tui.widgets.list_editor import item_text

        text = edit_in_editor(self, item_text(editor.items[index]))
        if text is not None:
            editor.set_text(index, text)
        editor.focus()


def edit_in_editor(app: App[list[str]], text: str) -> str | None:
    """The text after the user's $EDITOR has had it; None if the editor failed."""
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    fd, name = tempfile.mkstemp(prefix="jdwizard-", suffix=".txt")  # mode 0600
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        import shlex  # here: the editor is opened seldom, and the wizard starts without it

        argv = [*shlex.split(command), str(path)]
        try:
            with app.suspend():
                result = subprocess.run(argv, check=False)
        except SuspendNotSupported:
            # No terminal to hand over (a headless run): the editor needs none.
            result = subprocess.run(argv, check=False, stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            app.notify(t("{command} exited with {code}; the item is unchanged.",
                         command=command, code=result.returncode), severity="warning")
            return None
        return normalize(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        app.notify(t("Could not run {command}: {reason}", command=command, reason=exc),
                   severity="error")
        return None
    finally:
        path.unlink(missing_ok=True)
