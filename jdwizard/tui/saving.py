"""Saving the document, and quitting without losing it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App

from jdwizard.errors import JDError
from jdwizard.model import Document, copy_document
from jdwizard.session import Session
from jdwizard.tui.debounce import Throttle


class SavingMixin(App[list[str]]):
    doc: Document
    path: Path | None
    opened: Path | None
    saved: Document | None
    session: Session | None
    written: list[str]
    _draft_due: Throttle
    typed_name: str = ""
    discarded: bool = False
    """Whether the user quit discarding changes (what was written before stays written)."""
    """The file name last typed for a new document, offered again after a failed save."""

    if TYPE_CHECKING:
        @property
        def dirty(self) -> bool: ...

    def action_save(self) -> None:
        self.save_document()

    @work(exclusive=True, group="save")
    async def save_document(self, then_exit: bool = False) -> None:
        problem = self._why_not_save()
        if problem:
            self.notify(problem, severity="error", title="Not saved")
            return
        path = await self._target()
        if path is not None and self._write(path) and then_exit:
            self.exit(self.written)

    def _why_not_save(self) -> str:
        """What stops a save ("" when nothing does); what is being typed is kept first."""
        from jdwizard.tui.widgets.date_check import invalid_dates
        from jdwizard.tui.widgets.list_editor import ListEditor

        if self.session is not None and self.session.read_only:
            return "Opened read-only: another wizard has this file."
        for editor in self.query(ListEditor):
            editor.commit_edit()
        return invalid_dates(self.screen)

    async def _target(self) -> Path | None:
        """Where to save: asks for a name the first time, and before overwriting."""
        from jdwizard.tui.screens.confirm import ConfirmScreen
        from jdwizard.tui.screens.save_as import SaveAsScreen

        path = self.path
        if path is None:
            suggestion = self.typed_name or self._suggested_name()
            name = await self.push_screen_wait(SaveAsScreen(suggestion))
            if name is None:
                return None
            self.typed_name = name  # offered again if this save does not happen
            path = Path(name)
            if not await self._folder_for(path):
                return None
        question = ""
        if path.exists() and path.resolve() != (self.opened or Path()).resolve():
            question = f"{path} exists and was not opened here. Overwrite it?"
        elif self.session is not None and self.session.changed_on_disk(path):
            question = f"{path} has changed on disk since it was opened here. Overwrite it?"
        if question and not await self.push_screen_wait(ConfirmScreen(question)):
            return None
        return path

    async def _folder_for(self, path: Path) -> bool:
        """Whether path's folder exists, after offering to create it if it does not."""
        from jdwizard.tui.screens.confirm import ConfirmScreen

        folder = path.parent
        if folder.is_dir():
            return True
        if folder.exists():
            self.notify(f"{folder} is a file, not a folder", severity="error", title="Not saved")
            return False
        question = f"The folder {folder} does not exist. Create it and save there?"
        if not await self.push_screen_wait(ConfirmScreen(question, "Create", "Cancel")):
            return False
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            self.notify(f"{folder}: cannot create: {exc.strerror or exc}", severity="error",
                        title="Not saved")
            return False
        return True

    def _write(self, path: Path) -> bool:
        from jdwizard.output.files import save_pair  # with the renderer: not needed to start

        try:
            markdown_path = save_pair(self.doc, path)
        except JDError as exc:
            self.notify(str(exc), severity="error", title="Not saved")
            return False
        self.path = self.opened = path
        self.saved = copy_document(self.doc)
        if self.session is not None:
            self.session.saved(path)
        self.sub_title = str(path)
        self.written = [str(path), str(markdown_path)]
        missing = self._still_missing()
        self.notify(f"{path} and {markdown_path.name}{missing}", title="Saved",
                    severity="warning" if missing else "information",
                    timeout=8 if missing else 3)
        return True

    def _still_missing(self) -> str:
        """What a save kept that a job description still needs, as the end of a notice."""
        from jdwizard.checks import ERROR, check_document

        errors = [f.message for f in check_document(self.doc) if f.severity == ERROR]
        if not errors:
            return ""
        more = f"; and {len(errors) - 2} more" if len(errors) > 2 else ""
        return ". Still missing (see Review & save): " + "; ".join(errors[:2]) + more

    def _suggested_name(self) -> str:
        title = self.doc.position.title.strip().casefold()
        slug = "-".join("".join(c if c.isalnum() else " " for c in title).split())
        return f"{slug or 'job-description'}.toml"

    async def action_quit(self) -> None:
        if not self.dirty:
            self._forget_draft()
            self.exit(self.written)
            return
        from jdwizard.tui.screens.quit import QuitScreen

        self.push_screen(QuitScreen(), self._quit_answer)

    def _quit_answer(self, answer: str | None) -> None:
        if answer == "save":
            self.save_document(then_exit=True)
        elif answer == "discard":
            self._forget_draft()
            self.discarded = True
            self.exit(self.written)

    def _forget_draft(self) -> None:
        self._draft_due.cancel()
        if self.session is not None and not self.session.read_only:
            self.session.discard()

    def on_unmount(self) -> None:
        if self.session is not None:
            self.session.close()
