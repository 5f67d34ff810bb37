"""Start from an official source: a professional standard's XML file (then one of its
generalized functions), or O*NET's database folder (then an occupation found by words).

The importers (jdwizard/imports) read and build; this dialog asks and shows. A source
that cannot be read says why in one line under the path, and the path stays to be
corrected: nothing is lost by a typo.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from jdwizard.errors import JDError
from jdwizard.model import Document
from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t

if TYPE_CHECKING:
    from jdwizard.imports import onet, profstandard

PROFSTANDARD = "profstandard"
ONET = "onet"


class ImportScreen(Dialog[Document | None]):
    """Dismissed with the description built from the source, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.standard: profstandard.Standard | None = None
        self.occupations: list[onet.Occupation] = []
        self.folder = ""

    def compose(self) -> ComposeResult:
        standard = self.kind == PROFSTANDARD
        with Vertical(classes="dialog import"):
            yield Label(t("From a professional standard") if standard else t("From O*NET"),
                        classes="dialog-title")
            yield Label(t("The standard's XML file, from the registry:") if standard
                        else t("The folder of O*NET's text files (db_30_0_text):"))
            yield Input(id="source-path", compact=True,
                        placeholder=t("path; Enter reads it"))
            yield Label("", id="source-problem", markup=False)
            if not standard:
                yield Input(id="occupation-filter", compact=True,
                            placeholder=t("words of the occupation's title"))
            yield OptionList(id="source-choices")
            yield Label(t("Enter reads the path, then chooses; Esc cancels."),
                        classes="dialog-hint")

    def on_mount(self) -> None:
        super().on_mount()
        # Shown once the source is read: until then only the path can be typed.
        for widget in self.query("#occupation-filter, #source-choices"):
            widget.display = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "source-path":
            path = os.path.expanduser(event.value.strip())
            if path:
                self._say("")
                self._read(path)
        else:
            choices = self.query_one("#source-choices", OptionList)
            if choices.option_count:
                choices.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "occupation-filter":
            self._show_occupations(event.value)

    @work(thread=True, exclusive=True, group="import")
    def _read(self, path: str) -> None:
        # A real standard is megabytes: read off the UI thread.
        try:
            if self.kind == PROFSTANDARD:
                from jdwizard.imports import profstandard

                standard = profstandard.read(path)
                self.app.call_from_thread(self._show_functions, standard)
            else:
                from jdwizard.imports import onet

                found = onet.occupations(path)
                self.app.call_from_thread(self._opened_folder, path, found)
        except JDError as exc:
            self.app.call_from_thread(self._say, str(exc))

    def _say(self, problem: str) -> None:
        self.query_one("#source-problem", Label).update(problem)

    def _show_functions(self, standard: profstandard.Standard) -> None:
        self.standard = standard
        if not standard.functions:
            self._say(t("the standard lists no generalized work functions"))
            return
        options = [Option(Text(t("{code}  level {level}  {name} — {titles}", code=f.code,
                                 level=f.level or "—", name=f.name or "—",
                                 titles="; ".join(f.titles) or "—")), id=f.code)
                   for f in standard.functions]
        self._offer(options)

    def _opened_folder(self, folder: str, found: list[onet.Occupation]) -> None:
        self.folder, self.occupations = folder, found
        words = self.query_one("#occupation-filter", Input)
        words.display = True
        words.focus()
        self._show_occupations(words.value)

    def _show_occupations(self, words: str) -> None:
        from jdwizard.imports import onet

        found = onet.search(self.occupations, words) if words.strip() else self.occupations
        self._offer([Option(Text(f"{o.code}  {o.title}"), id=o.code) for o in found[:200]],
                    focus=False)

    def _offer(self, options: list[Option], focus: bool = True) -> None:
        choices = self.query_one("#source-choices", OptionList)
        choices.set_options(options)
        choices.display = bool(options)
        choices.highlighted = 0 if options else None
        if focus and options:
            choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        code = event.option.id or ""
        try:
            self.dismiss(self._build(code))
        except JDError as exc:
            self._say(str(exc))

    def _build(self, code: str) -> Document:
        if self.kind == PROFSTANDARD:
            from jdwizard.imports import profstandard

            assert self.standard is not None
            function = profstandard.find_function(self.standard, code)
            return profstandard.build_document(self.standard, function, None)
        from jdwizard.imports import onet

        occupation = onet.find_occupation(self.occupations, code, self.folder)
        return onet.build_document(occupation, onet.tasks(self.folder, code),
                                   onet.release(self.folder))

    def action_cancel(self) -> None:
        self.dismiss(None)
