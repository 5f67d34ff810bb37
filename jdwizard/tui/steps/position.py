from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.widgets import Input

from jdwizard.model import CATEGORIES, STATUSES
from jdwizard.safetext import pictured, unpictured
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import (
    ChoiceField,
    DateField,
    FlagField,
    LongTextField,
    TextField,
    label_width_in,
    together,
)
from jdwizard.uilang import t

CATEGORY_NAMES = {"worker": "Worker", "specialist": "Specialist", "manager": "Manager",
                  "technical": "Technical staff"}
STATUS_NAMES = {"draft": "Draft", "approved": "Approved"}
CODES = (("okpdtr", "OKPDTR code"), ("okz", "OKZ code"), ("isco08", "ISCO-08 code"),
         ("onet", "O*NET-SOC code"), ("eks", "EKS code"))


class PositionForm(StepForm):
    key = "position"
    hint = "The position, the organization, and the document's title data."

    def compose(self) -> ComposeResult:
        d = self.doc
        yield self.intro()
        yield TitleField(d, "position.title", t("Title"), focused_first=True)
        heading = ([GenitiveField(d, "position.title_genitive", t("In the heading"))]
                   if d.language == "ru" else [])
        other_titles = self.items(t("Other titles"), "position.other_titles")
        yield from together(
            self, *heading,
            ChoiceField(d, "position.category", t("Category"),
                        [(t(CATEGORY_NAMES[c]), c) for c in CATEGORIES]),
            TextField(d, "organization.name", t("Organization")),
            TextField(d, "organization.department", t("Department")),
            LongTextField(d, "position.summary", t("Summary")),
            other_titles,
            *(TextField(d, f"position.codes.{code}", t(label)) for code, label in CODES),
            TextField(d, "document.number", t("Document No.")),
            TextField(d, "document.place", t("Place")),
            DateField(d, "document.effective_date", t("Effective date")))
        # The fewest lines above this point: a row a field, the summary's text beside
        # its label, the list's rows at the form's width.
        above = (self.lines(t(self.hint)) + (5 if d.language == "ru" else 4) + len(CODES) + 3
                 + self.lines(d.position.summary, self.label_width())
                 + other_titles.fewest_lines(self.text_width() - 2))
        yield from self.below(
            above,
            ChoiceField(d, "document.status", t("Status"),
                        [(t(STATUS_NAMES[s]), s) for s in STATUSES]),
            FlagField(d, "document.contract_appendix", t("Contract appendix")),
            LongTextField(d, "document.basis", t("Legal basis")))

    def label_width(self) -> int:
        return label_width_in(self)


class TitleField(TextField):
    """The title: the genitive shown under it follows it as it is typed."""

    def on_input_changed(self, event: Input.Changed) -> None:
        # Textual calls each class's handler in turn: TextField's is done here, first,
        # so that the genitive is derived from the title just stored.
        event.prevent_default()
        event.stop()
        self.store_shown(event.value)
        # Its sibling, looked for among the form's fields: a query of the screen at
        # every key walked every widget of the form and the preview (some 1-3 ms a key).
        siblings = self.parent.children if self.parent else ()
        for field in siblings:
            if isinstance(field, GenitiveField):
                field.follow_title()


class GenitiveField(TextField):
    """The title in the genitive, as the Russian heading prints it («ДОЛЖНОСТНАЯ
    ИНСТРУКЦИЯ менеджера по продажам»), for the user to confirm or correct.

    It shows the derived form until the user types a correction; the file keeps only a
    correction (morphology.genitive_to_store), so that an uncorrected heading goes on
    following the title. The dictionary loads on first use (about 50 ms): in a thread,
    so that opening the step does not wait for it."""

    shown_form = ""
    """The derived form this field put in, as opposed to one typed."""

    def first_text(self) -> str:
        # The derived form at once when the dictionary is loaded (a step opened again),
        # as on_mount would show it: the field may be drawn before it is mounted.
        from jdwizard import morphology

        if not self.doc.position.title_genitive and morphology.is_loaded():
            self.shown_form = pictured(morphology.genitive(self.doc.position.title))
            return self.shown_form
        return super().first_text()

    def on_mount(self) -> None:
        self.follow_title()

    def follow_title(self) -> None:
        from jdwizard import morphology

        if self.doc.position.title_genitive:
            return
        title = self.doc.position.title
        if morphology.is_loaded():  # a millisecond once loaded: no thread needed
            self._show_derived(title, morphology.genitive(title))
        else:
            self._derive(title)

    @work(thread=True, exclusive=True, group="genitive")
    def _derive(self, title: str) -> None:
        from jdwizard import morphology

        form = morphology.genitive(title)
        self.app.call_from_thread(self._show_derived, title, form)

    def _show_derived(self, title: str, form: str) -> None:
        if title != self.doc.position.title or self.doc.position.title_genitive:
            return  # the title moved on, or a correction was typed meanwhile
        self.shown_form = pictured(form)
        self.show_text(self.shown_form)  # on_input_changed tells it from typing

    def on_input_changed(self, event: Input.Changed) -> None:
        event.prevent_default()  # not TextField's handler: that would store what is shown
        event.stop()
        if event.value == self.shown_form and not self.doc.position.title_genitive:
            return  # the derived form being shown, not typed
        from jdwizard import morphology

        kept = morphology.genitive_to_store(self.doc.position.title, unpictured(event.value))
        if kept != self.doc.position.title_genitive:
            self.store(kept)
        if not kept:
            self.shown_form = event.value
