"""Saving the document, and quitting without losing it.

A save writes the TOML and its Markdown at once, in the main thread (they are fast),
and then the DOCX and PDF the file asks for (document.export) in a thread: a PDF
takes up to a second, which the typing must not wait for. They are written from a
copy of the document as it was saved, one save's exports at a time; a quit waits for
them, so that a quit right after a save loses none.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.worker import Worker, WorkerState

from jdwizard.atomicfile import plain_reason
from jdwizard.errors import JDError
from jdwizard.model import Document, copy_document
from jdwizard.session import Session
from jdwizard.tui.debounce import Throttle
from jdwizard.tui.messages import Edited
from jdwizard.tui.words import listed
from jdwizard.uilang import t

EXPORT_POLL = 0.02
"""Seconds between looks at the export a quit waits for."""
Exported = tuple[list[Path], list[str]]
"""The files an export wrote, and why the others were not written (a line each)."""


@dataclass
class ExportJob:
    path: Path
    """The TOML the documents are written beside."""
    doc: Document
    """A copy of the document as it was saved: the typing goes on meanwhile."""
    formats: list[str]

    def targets(self) -> list[Path]:
        return [self.path.with_suffix(f".{fmt}") for fmt in self.formats]


def write_each(job: ExportJob) -> Exported:
    """Write each format of the job, one after another; a failure of one does not stop
    the others. Runs in a thread: it touches nothing of the app."""
    from jdwizard.output.files import write_exports
    from jdwizard.output.formats import beside

    written: list[Path] = []
    failed: list[str] = []
    for fmt in job.formats:
        try:
            written += write_exports(job.doc, job.path, [fmt])
        except JDError as exc:
            failed.append(first_line(str(exc)))
        except Exception as exc:  # a writer's bug must not end the wizard
            reason = first_line(str(exc)) or type(exc).__name__
            failed.append(f"{beside(job.path, fmt)}: {reason}")
    return written, failed


def first_line(text: str) -> str:
    return text.strip().splitlines()[0][:200] if text.strip() else ""


def names(paths: list[Path]) -> str:
    return listed([p.name for p in paths])


class SavingMixin(App[list[str]]):
    doc: Document
    path: Path | None
    opened: Path | None
    saved: Document | None
    session: Session | None
    written: list[str]
    _draft_due: Throttle
    typed_name: str = ""
    """The file name last typed for a new document, offered again after a failed save."""
    discarded: bool = False
    """Whether the user quit discarding changes (what was written before stays written)."""
    _export_worker: Worker[Exported] | None = None
    """The thread writing a save's DOCX and PDF, while it runs."""
    _exporting: ExportJob | None = None
    """What that thread writes."""
    _export_next: ExportJob | None = None
    """The exports of a later save, waiting for those being written: only the latest
    waits, since it holds every change of the earlier ones."""

    if TYPE_CHECKING:
        @property
        def dirty(self) -> bool: ...

    def action_save(self) -> None:
        self.save_document()

    def action_export(self) -> None:
        """Choose DOCX and/or PDF, then save and write them beside the file."""
        from jdwizard.tui.screens.export import ExportScreen

        problem = self._why_not_save()
        if problem:
            self.notify(problem, severity="error", title=t("Not exported"))
            return
        self.push_screen(ExportScreen(self.doc.document.export, self.path), self._export_chosen)

    def _export_chosen(self, formats: list[str] | None) -> None:
        if formats:
            self.save_document(export=formats)

    @work(exclusive=True, group="save")
    async def save_document(self, then_exit: bool = False,
                            export: list[str] | None = None) -> None:
        """Save (asking for a name the first time); export, when given, is the choice of
        documents made in the Export dialog, kept in the file before it is saved."""
        problem = self._why_not_save()
        if problem:
            self.notify(problem, severity="error", title=t("Not saved"))
            return
        path = await self._target()
        if path is None or not await self._offer_revision():
            return
        if export is not None and export != self.doc.document.export:
            self.doc.document.export = export
            self.post_message(Edited("document.export"))
        if self._write(path) and then_exit:
            self._leave()

    revision_asked = False
    """Whether this session has offered a revision already: once is enough (recorded or
    not, the next saves of the session are the same change)."""

    async def _offer_revision(self) -> bool:
        """Offer to record the change as a revision when the file was approved and its
        clauses changed; False when the user went back, and nothing is to be saved."""
        base = self.saved
        if base is None or base.document.status != "approved" or self.revision_asked:
            return True
        from jdwizard.versions.summary import duties_changed, revision_summary

        drafted = revision_summary(base, self.doc, self.doc.language)
        if not drafted:
            return True
        from jdwizard.locale import short_date
        from jdwizard.model import Revision, numbered_revisions
        from jdwizard.tui.screens.revision import RevisionScreen

        today = date.today()
        number = str(len(numbered_revisions(self.doc.revisions)) + 1)
        answer = await self.push_screen_wait(
            RevisionScreen(drafted, number, short_date(self.doc.language, today)))
        if answer is None:
            return False
        self.revision_asked = True
        if answer.record:
            self.doc.revisions.append(Revision(
                date=today, changes=answer.changes, basis=answer.basis,
                labour_function=True if duties_changed(base, self.doc) else None))
            self.post_message(Edited("revisions"))
        return True

    def _why_not_save(self) -> str:
        """What stops a save ("" when nothing does); what is being typed is kept first."""
        from jdwizard.tui.widgets.date_check import invalid_dates
        from jdwizard.tui.widgets.list_editor import ListEditor

        if self.session is not None and self.session.read_only:
            return t("Opened read-only: another wizard has this file.")
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
            question = t("{path} exists and was not opened here. Overwrite it?", path=path)
        elif self.session is not None and self.session.changed_on_disk(path):
            question = t("{path} has changed on disk since it was opened here. Overwrite it?",
                         path=path)
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
            self.notify(t("{folder} is a file, not a folder", folder=folder), severity="error",
                        title=t("Not saved"))
            return False
        question = t("The folder {folder} does not exist. Create it and save there?",
                     folder=folder)
        if not await self.push_screen_wait(ConfirmScreen(question, t("Create"), t("Cancel"))):
            return False
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            self.notify(t("{folder}: cannot create: {reason}", folder=folder,
                          reason=plain_reason(exc)), severity="error", title=t("Not saved"))
            return False
        return True

    def _write(self, path: Path) -> bool:
        from jdwizard.output.files import save_pair  # with the renderer: not needed to start

        try:
            markdown_path = save_pair(self.doc, path)
        except JDError as exc:
            self.notify(str(exc), severity="error", title=t("Not saved"))
            return False
        self.path = self.opened = path
        self.saved = copy_document(self.doc)
        if self.session is not None:
            self.session.saved(path)
        self.sub_title = str(path)
        self.written = [str(path), str(markdown_path)]
        missing = self._still_missing()
        saved = (t("{file} and {markdown}. Still missing (see Review & save): {missing}",
                   file=path, markdown=markdown_path.name, missing=missing) if missing
                 else t("{file} and {markdown}", file=path, markdown=markdown_path.name))
        self.notify(saved, title=t("Saved"),
                    severity="warning" if missing else "information",
                    timeout=8 if missing else 3)
        self._export_later(path, self.doc.document.export)
        return True

    # --- the DOCX and PDF, in a thread -------------------------------------------

    def _export_later(self, path: Path, formats: list[str]) -> None:
        """Write the formats beside path in a thread, from the document as it is now."""
        if not formats:
            return
        self._export_next = ExportJob(path, copy_document(self.doc), list(formats))
        if self._export_worker is None:
            self._start_export()

    def _start_export(self) -> None:
        job, self._export_next = self._export_next, None
        self._exporting = job
        self._export_worker = None if job is None else self.run_worker(
            partial(write_each, job), name=f"export {job.path.name}", group="export",
            thread=True, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self._exported(event.worker)

    def _exported(self, worker: Worker[Any]) -> None:
        """Tell what a finished export wrote, then start the one waiting, if any; said
        once per export, whether its message or a quit waiting for it comes first."""
        done = self._export_worker
        if worker is not done or done is None or not done.is_finished:
            return
        if done.state == WorkerState.SUCCESS and done.result is not None:
            written, failed = done.result
        else:  # write_each catches every error: only a cancelled thread comes here
            reason = first_line(str(done.error or "")) or t("stopped")
            written, failed = [], [t("The DOCX and PDF were not written: {reason}",
                                     reason=reason)]
        self.written += [str(p) for p in written if str(p) not in self.written]
        if written:
            self.notify(t("Exported {files}", files=names(written)))
        for reason in failed:
            self.notify(reason, severity="error", title=t("Not exported"), timeout=10)
        self._start_export()

    async def _exports_written(self) -> None:
        """Wait for the exports being written, and those waiting behind them.

        Polled, not Worker.wait(): a quit that is itself cancelled (ctrl+q pressed
        again) would cancel the export's task with it, and lose what it wrote."""
        if self._export_worker is not None:
            jobs = [j for j in (self._exporting, self._export_next) if j is not None]
            files = sorted({p.name for j in jobs for p in j.targets()})
            self.notify(t("Writing {files} before quitting…", files=listed(files)),
                        title=t("Exporting"))
        while self._export_worker is not None:
            await asyncio.sleep(EXPORT_POLL)
            self._exported(self._export_worker)

    def _still_missing(self) -> str:
        """What a save kept that a job description still needs: the first two ("" when
        nothing is missing)."""
        from jdwizard.checks import ERROR, check_document

        errors = [f.message for f in check_document(self.doc) if f.severity == ERROR]
        if len(errors) > 2:
            return t("{first}; and {n} more", first="; ".join(errors[:2]), n=len(errors) - 2)
        return "; ".join(errors)

    def _suggested_name(self) -> str:
        title = self.doc.position.title.strip().casefold()
        slug = "-".join("".join(c if c.isalnum() else " " for c in title).split())
        return f"{slug or 'job-description'}.toml"

    async def action_quit(self) -> None:
        if not self.dirty:
            self._leave()
            return
        from jdwizard.tui.screens.quit import QuitScreen

        self.push_screen(QuitScreen(), self._quit_answer)

    def _quit_answer(self, answer: str | None) -> None:
        if answer == "save":
            self.save_document(then_exit=True)
        elif answer == "discard":
            self._forget_draft()
            self.discarded = True
            self._leave()  # once what the last save began to write is written

    @work(exclusive=True, group="quit")
    async def _leave(self) -> None:
        """Quit once the DOCX and PDF of the last save are written (a quit right after a
        save must not lose them): the wizard waits for them, drawing and taking keys."""
        await self._exports_written()
        if self.dirty and not self.discarded:  # typed while they were written
            from jdwizard.tui.screens.quit import QuitScreen

            self.push_screen(QuitScreen(), self._quit_answer)
            return
        if not self.discarded:
            self._forget_draft()
        self.exit(self.written)

    def _forget_draft(self) -> None:
        self._draft_due.cancel()
        if self.session is not None and not self.session.read_only:
            self.session.discard()

    def on_unmount(self) -> None:
        if self.session is not None:
            self.session.close()
