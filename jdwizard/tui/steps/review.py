from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from jdwizard.findings import ERROR, Finding
from jdwizard.output.markdown import render
from jdwizard.safetext import pictured
from jdwizard.tui.messages import JumpTo
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.preview import Preview
from jdwizard.tui.words import place_name
from jdwizard.uilang import t


class ReviewForm(StepForm):
    key = "review"
    hint = ("Enter on a finding jumps to its field. Save with ctrl+s (or F2); "
            "e exports a DOCX and a PDF to sign.")

    def compose(self) -> ComposeResult:
        yield self.intro()
        yield Label("", id="review-summary")
        yield OptionList(id="findings")
        yield Label(t("The document"), classes="group-title")
        yield Preview(lambda: render(self.doc), id="review-document")

    def on_show(self) -> None:
        # The app has just refreshed the findings (show_step), with the typed text that
        # is no value yet, which check_document cannot see.
        self.query_one(Preview).changed()

    def show_findings(self, findings: Sequence[Finding]) -> None:
        super().show_findings(findings)
        errors = sum(f.severity == ERROR for f in findings)
        summary = (t("{errors} to fix, {warnings} to look at", errors=errors,
                     warnings=len(findings) - errors)
                   if findings else t("Nothing missing or vague."))
        self.query_one("#review-summary", Label).update(summary)
        options = self.query_one("#findings", OptionList)
        options.set_options(
            Option(Text(pictured(f"{'[!]' if f.severity == ERROR else '[?]'} "
                                 f"{place_name(f.place)}: {f.message}")),
                   id=f"{i}")
            for i, f in enumerate(findings)
        )
        options.display = bool(findings)
        self._findings = list(findings)
        if not findings and options.has_focus:  # the list gone: on to the document
            self._focus_quietly(self.query_one("#review-document", Preview))

    def focus_first(self, at_once: bool = False) -> None:
        """The findings, or the document when there are none; the form stays at its
        top, with the summary in view. The findings come from a thread, and Textual
        scrolls what it focuses to its middle: the step opened scrolled down the
        document, or with the focus on a list just hidden, by which came first."""
        options = self.query_one("#findings", OptionList)
        self._focus_quietly(options if options.display
                            else self.query_one("#review-document", Preview))

    def _focus_quietly(self, widget: Widget) -> None:
        self.screen.set_focus(widget, scroll_visible=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        finding = self._findings[int(event.option.id or 0)]
        self.post_message(JumpTo(finding.place))
