"""Links that drop, files another wizard holds, and drafts left from before."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import App

from jdwizard import drafts, locks
from jdwizard.drafts import Draft
from jdwizard.errors import JDError
from jdwizard.model import Document
from jdwizard.safetext import for_message
from jdwizard.session import Session
from jdwizard.tui import words
from jdwizard.tui.debounce import Throttle
from jdwizard.uilang import t


class RecoveryMixin(App[list[str]]):
    doc: Document
    path: Path | None
    opened: Path | None
    session: Session | None
    pending: Draft | None
    written: list[str]
    started: bool
    _draft_due: Throttle

    if TYPE_CHECKING:
        def write_draft(self) -> None: ...

        async def replace_document(self, doc: Document) -> None: ...

        async def go_to(self, key: str) -> None: ...

    def _catch_hangups(self) -> None:
        try:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGHUP, signal.SIGTERM):
                loop.add_signal_handler(signum, self._hang_up)
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # not the main thread (tests) or no signals here

    def _hang_up(self) -> None:
        """The link dropped or we were told to stop: keep the work, restore the terminal."""
        self._draft_due.cancel()
        self.write_draft()
        self.exit(self.written, return_code=129)

    @on(events.Mount)
    def _say_state_problem(self) -> None:
        # Handled here beside WizardApp.on_mount (Textual calls both): the wizard runs
        # without drafts and locks, and the user is told once why.
        problem = self.session.state_problem if self.session is not None else None
        if problem:
            self.notify(for_message(t("No drafts and no lock: {problem}. "
                                      "{variable} can name a folder of your own.",
                                      problem=problem, variable=drafts.STATE_ENV)),
                        severity="warning", timeout=12, markup=False)

    def _offer_read_only(self, holder: str) -> None:
        from jdwizard.tui.screens.confirm import ConfirmScreen
        from jdwizard.tui.screens.restore import LockedScreen

        lock = self.session.holder if self.session is not None else None
        if lock is not None and lock.breakable:
            self.push_screen(LockedScreen(for_message(self._lock_question(lock))),
                             self._answer_lock)
            return
        question = t("{path} is open in another wizard: {holder}. Open it read-only?",
                     path=self.path, holder=holder)

        def answer(read_only: bool | None) -> None:
            if not read_only:
                self.exit(self.written)
            else:
                self._open_read_only()

        self.push_screen(ConfirmScreen(for_message(question), t("Open read-only"), t("Quit")),
                         answer)

    def _lock_question(self, lock: locks.Holder) -> str:
        if lock.problem:
            return t("{path} is locked, but the lock cannot be read: {problem}. "
                     "Break it, if no one else is editing the file?",
                     path=self.path, problem=lock.problem)
        return t("{path} is open in another wizard: {holder}. Whether it still runs cannot "
                 "be checked from this machine: break its lock only if it does not.",
                 path=self.path, holder=lock.describe())

    def _answer_lock(self, choice: str | None) -> None:
        if choice == "read-only":
            self._open_read_only()
        elif choice == "break":
            self._break_lock()
        else:
            self.exit(self.written)

    def _open_read_only(self) -> None:
        self.sub_title = for_message(t("{path} (read-only)", path=self.path))
        self.notify(t("Read-only: changes here cannot be saved."), timeout=6)

    def _break_lock(self) -> None:
        assert self.session is not None  # a lock is only offered to break with a session
        try:
            holder = self.session.take_over()
        except JDError as exc:
            self.notify(for_message(t("The lock stays: {reason}", reason=exc)), severity="error",
                        markup=False)
            self._open_read_only()
            return
        if holder is not None:
            self.notify(for_message(t("Taken meanwhile by {holder}",
                                      holder=holder.describe())),
                        severity="warning", markup=False)
            self._open_read_only()
            return
        self.notify(t("Lock broken: the file is open here for editing."))
        if self.pending is not None:
            self._offer_restore(self.pending)

    def _offer_restore(self, draft: Draft) -> None:
        from jdwizard.tui.screens.restore import RestoreScreen

        if draft.problem:
            self._offer_removal(draft)
            return
        try:
            draft_doc = draft.document()
        except JDError as exc:  # drafts.read checks this: only if it changed since
            self._offer_removal(draft._replace(problem=exc.message))
            return
        if self.opened is None:
            detail = t("It holds: {title}.", title=draft_doc.position.title
                       or t("a description with no title"))
        else:
            changed = drafts.changed_sections(draft_doc, self.doc)
            detail = t("It differs in: {parts}",
                       parts=", ".join(words.part_name(part) for part in changed))
        age = drafts.describe_age(time.time() - draft.saved_at)

        async def answer(choice: str | None) -> None:
            if choice == "restore":
                await self._restore(draft, draft_doc)
            elif choice == "discard":
                self._remove_draft(draft)
            else:
                self._leave_draft_be()

        what = str(self.path) if self.path else t("a new document")
        self.push_screen(RestoreScreen(for_message(what), age, for_message(detail),
                                       file=self.opened is not None), answer)

    def _offer_removal(self, draft: Draft) -> None:
        """A draft that cannot be read: say why, and offer to remove it."""
        from jdwizard.tui.screens.restore import UnreadableDraftScreen

        def answer(choice: str | None) -> None:
            if choice == "remove":
                self._remove_draft(draft, t("The unreadable draft is removed."))
            else:
                self._leave_draft_be()

        what = str(self.path) if self.path else t("a new document")
        self.push_screen(UnreadableDraftScreen(for_message(what), for_message(draft.problem),
                                               for_message(str(draft.path))), answer)

    def _remove_draft(self, draft: Draft, done: str = "") -> None:
        try:
            drafts.remove(draft.key)
        except JDError as exc:  # a folder with files in it, or the state folder changed
            self.notify(for_message(t("The draft stays: {reason}", reason=exc)),
                        severity="error",
                        markup=False)
            self._leave_draft_be()
            return
        if done:
            self.notify(done)

    def _leave_draft_be(self) -> None:
        # Autosaves go under a key of their own: the old draft stays as it is, listed
        # by `jdwizard drafts` (and a folder or FIFO there would make them fail).
        if self.session is not None:
            self.session.draft_key = drafts.key_for(None)

    async def _restore(self, draft: Draft, doc: Document) -> None:
        await self.replace_document(doc)
        if self.session is not None and draft.target is None:
            self.session.draft_key = draft.key  # its next autosave replaces this draft
        if not self.started:  # restored over the start step: the preset is chosen
            self.started = True
            await self.go_to("position")
        self.notify(t("Draft restored. Save to keep it in the file."))
