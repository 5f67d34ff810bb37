"""Links that drop, files another wizard holds, and drafts left from before."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from jdwizard import drafts
from jdwizard.drafts import Draft
from jdwizard.errors import JDError
from jdwizard.model import Document
from jdwizard.session import Session
from jdwizard.tui.debounce import Throttle


class RecoveryMixin(App[list[str]]):
    doc: Document
    path: Path | None
    opened: Path | None
    session: Session | None
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

    def _offer_read_only(self, holder: str) -> None:
        from jdwizard.tui.screens.confirm import ConfirmScreen

        question = (f"{self.path} is open in another wizard: {holder}. "
                    "Open it read-only?")

        def answer(read_only: bool | None) -> None:
            if not read_only:
                self.exit(self.written)
            else:
                self.sub_title = f"{self.path} (read-only)"
                self.notify("Read-only: changes here cannot be saved.", timeout=6)

        self.push_screen(ConfirmScreen(question, "Open read-only", "Quit"), answer)

    def _offer_restore(self, draft: Draft) -> None:
        from jdwizard.tui.screens.restore import RestoreScreen

        try:
            draft_doc = draft.document()
        except JDError as exc:
            self.notify(f"A draft could not be read: {exc}", severity="warning")
            return
        if self.opened is None:
            detail = f"It holds: {draft_doc.position.title or 'a description with no title'}."
        else:
            detail = "It differs in: " + ", ".join(drafts.changed_sections(draft_doc, self.doc))
        age = drafts.describe_age(time.time() - draft.saved_at)

        async def answer(choice: str | None) -> None:
            if choice == "restore":
                await self._restore(draft, draft_doc)
            elif choice == "discard":
                drafts.remove(draft.key)
            elif self.session is not None:
                self.session.draft_key = drafts.key_for(None)  # leave the old draft be

        what = str(self.path) if self.path else "a new document"
        self.push_screen(RestoreScreen(what, age, detail, file=self.opened is not None), answer)

    async def _restore(self, draft: Draft, doc: Document) -> None:
        await self.replace_document(doc)
        if self.session is not None and draft.target is None:
            self.session.draft_key = draft.key  # its next autosave replaces this draft
        if not self.started:  # restored over the start step: the preset is chosen
            self.started = True
            await self.go_to("position")
        self.notify("Draft restored. Save to keep it in the file.")
