"""The choice of a Russian list's lead-in: one of the standard forms, or words of one's own.

Real descriptions copy the qualification handbook, whose lists are in the case their
lead-in asks for («Должен знать: конъюнктуру рынка»), so the lead-in is chosen to fit the
items (leadins.FORMS); `check` warns where they do not agree.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Input, Label, Select

from jdwizard import leadins, places
from jdwizard.model import Document
from jdwizard.safetext import pictured, unpictured
from jdwizard.tui.widgets.fields import Field, FieldInput, FieldSelect, compact
from jdwizard.uilang import t

OWN = "own"
"""The choice of words of one's own, typed in the box beside."""


class LeadField(Field):
    """The lead-in of the list at list_place ("qualifications.knowledge"). The file keeps
    "" for the default form, a form's key for another, or the words typed."""

    DEFAULT_CLASSES = "field"
    """Its label is a Label of its own: the field's drawn label is left of one editor,
    and this field has two."""

    def __init__(self, doc: Document, list_place: str, label: str) -> None:
        super().__init__(doc, leadins.lead_place(list_place), label)
        self.required = False  # the default form stands when none is chosen
        self.label_text = self._label_text()
        self.list_place = list_place
        self.forms = leadins.FORMS[list_place]

    def compose(self) -> ComposeResult:
        value = leadins.lead_value(self.doc, self.list_place)
        chosen = leadins.form(self.list_place, value)
        yield Label(self.label_text, classes="field-label", markup=False)
        options = [(f.text, f.key) for f in self.forms] + [(t("Own words…"), OWN)]
        yield FieldSelect(options, label=self.label, allow_blank=False,
                          value=chosen.key if chosen else OWN,
                          **compact("field-editor lead-choice"))
        own = FieldInput("" if chosen else pictured(value), placeholder=t("the lead-in"),
                         select_on_focus=False, **compact("field-editor lead-own"))
        own.display = chosen is None
        yield own

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        own = self.query_one(".lead-own", Input)
        own.display = event.value == OWN
        if event.value == OWN:
            self._store(unpictured(own.value).strip())
            own.focus()
        elif isinstance(event.value, str):
            # The default form is kept as nothing: the file stays as it was.
            self._store("" if event.value == self.forms[0].key else event.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._store(unpictured(event.value).strip())

    def _store(self, value: str) -> None:
        if value != (places.get(self.doc, self.place) or ""):
            self.store(value)

    def show_problem(self, problem: bool) -> None:
        super().show_problem(problem)
        self.query_one(".field-label", Label).update(self.label_text)

    def focus_editor(self) -> None:
        self.query_one(".lead-choice", FieldSelect).focus()
