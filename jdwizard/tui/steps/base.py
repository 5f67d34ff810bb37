"""What every step's form shares: the document, the numbering, and finding a field."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from textual.containers import VerticalScroll
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from jdwizard import places
from jdwizard.findings import ERROR, Finding
from jdwizard.model import Document
from jdwizard.required import is_required
from jdwizard.tui.blank import background_lines
from jdwizard.tui.widgets.basics import (
    FIELD_WIDGETS,
    VALUE_PARTS,
    VALUE_STYLES,
    VALUES_CSS,
    StandIn,
)
from jdwizard.tui.widgets.list_editor import DutyEditor, Item, ListEditor
from jdwizard.uilang import t

if TYPE_CHECKING:
    from jdwizard.tui.widgets.fields import Field
    from jdwizard.tui.widgets.lead_field import LeadField
    from jdwizard.tui.widgets.records import RecordList

Numbering = Callable[[str], str]


class StepForm(VerticalScroll):
    """The form of one step; subclasses compose fields bound to the document."""

    DEFAULT_CLASSES = "step-form"
    # The styles of the values its fields draw: once for the form, not for each field.
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"{VALUE_STYLES}-{part}" for part in VALUE_PARTS}
    DEFAULT_CSS = "StepForm {" + VALUES_CSS + "}"
    key = ""
    hint = ""

    def __init__(self, doc: Document, numbering: Numbering) -> None:
        super().__init__(id=f"step-{self.key}")
        self.doc = doc
        self.numbering = numbering
        self._later: list[Widget] = []
        """The form's last widgets, left for after the app's first frame (below)."""

    def render_lines(self, crop: Region) -> list[Strip]:
        return background_lines(self, crop)  # nothing of its own under its fields

    def below(self, lines: int, *widgets: Widget) -> Iterator[Widget]:
        """The widgets, unless they are to be built after the app's first frame: at
        least `lines` lines come before them, as many as the form shows or more.
        Building and laying out a form's widgets is most of the first frame of a step
        opened at start (about 1.5 ms a widget; a Select is six); those below the screen
        need not wait for it."""
        if getattr(self.app, "opening", False) and lines >= self.room().height:
            self._later.extend(widgets)
        else:
            yield from widgets

    def room(self) -> Size:
        """The room the form has: the width of its place, when laid out before the form
        is built, and the screen's height less the footer's line. A step opened at start
        is built before the first layout: the screen less the step list, never less than
        the form will have (below() takes it for a bound)."""
        size, place = self.app.size, self.parent
        height = max(1, size.height - 1)
        if isinstance(place, Widget) and place.size.width:
            return Size(place.size.width, height)
        beside, steps = 0, self.screen.query("#steps")
        if steps and steps.first().display:
            width = steps.first().styles.width
            beside = width.cells or 0 if width is not None else 0
        return Size(max(1, size.width - beside), height)

    def text_width(self) -> int:
        """At most the width the form's texts wrap at: its padding taken off, and its
        scrollbar's. Only a form with more lines than it shows leaves anything for later
        (below()), and such a form has the scrollbar."""
        return max(1, self.room().width - 4)

    def lines(self, text: str, indent: int = 0) -> int:
        """The fewest lines a text fills in the form, `indent` columns in."""
        return max(1, -(-len(text) // max(1, self.text_width() - indent)))

    async def after_first_frame(self) -> None:
        """Build what was left for after the app's first frame: the form's last widgets,
        at its end (so that Tab goes through them in the same order), and the rows of
        long lists."""
        for editor in self.query(ListEditor):
            editor.build_rest()
        for stand_in in self.query_children(StandIn):
            await stand_in.give_way()
        later, self._later = self._later, []
        if later and self.is_attached:  # not as the wizard stops
            await self.mount_all(later)

    def advance(self) -> bool:
        """Next was pressed here: True when the form acted on it itself."""
        return False

    def retranslate(self) -> None:
        """The interface's language changed while this form is shown (the start step):
        show its words anew. The other forms are built anew instead."""

    def intro(self) -> Static:
        return Static(t(self.hint), classes="step-hint")

    def lead(self, place: str) -> Iterator[LeadField]:
        """The choice of a list's lead-in, in a Russian document: an English one prints
        its fixed lead-ins, whose items are not inflected."""
        if self.doc.language == "ru":
            from jdwizard.tui.widgets.lead_field import LeadField

            yield LeadField(self.doc, place, t("Lead-in"))

    def items(self, label: str, place: str) -> ListEditor:
        values: list[Item] = places.get(self.doc, place)
        return ListEditor(label, place, values, self.numbering,
                          required=is_required(place, self.doc.language))

    def duty_items(self, label: str, place: str) -> DutyEditor:
        values: list[Item] = places.get(self.doc, place)
        return DutyEditor(label, place, values, self.numbering, duties=True,
                          required=is_required(place, self.doc.language))

    def show_findings(self, findings: Sequence[Finding]) -> None:
        """Mark the fields that a required value is missing from."""
        missing = {f.place for f in findings if f.severity == ERROR}
        for field in self.fields():
            field.set_missing(field.place in missing)
        for editor in self.query(ListEditor):
            section = editor.place.split(".")[0]
            editor.set_class(editor.place in missing or section in missing, "-missing")

    def renumber(self) -> None:
        for editor in self.query(ListEditor):
            editor.renumber()

    # The fields by their classes' names (a query of "Field" finds every subclass): the
    # form of a list (the duties) does not load the fields' module and Textual's text
    # and choice widgets with it.
    def fields(self) -> list[Field]:
        return [cast("Field", w) for w in self.query("Field")]

    def lead_ins(self) -> list[LeadField]:
        return [cast("LeadField", w) for w in self.query("LeadField")]

    def focus_first(self, at_once: bool = False) -> None:
        """Focus the form's first field; at once, not in the app's next turn, for the
        step opened at start (the form is at its top then: no scrolling to the field)."""
        # Not a list's lead-in: the step opens on what is written in it, ready for `a`.
        leads = self.lead_ins()
        for widget in self.query(FIELD_WIDGETS):
            if widget.focusable and not any(a in leads for a in widget.ancestors):
                self.focus_widget(widget, at_once)
                return

    def focus_widget(self, widget: Widget, at_once: bool) -> None:
        """Focus the widget in the app's next turn, as Textual does, or at once."""
        if at_once:
            self.screen.set_focus(widget, scroll_visible=False)
        else:
            widget.focus()

    def focus_place(self, place: str) -> bool:
        """Focus the field that holds a place; for a list item, put the cursor on it."""
        field = places.field_of(place)
        if "." not in field:  # a whole section: its first field, in the form's order
            leads = self.lead_ins()
            for widget in self.query("Field, ListEditor"):
                if widget in leads:
                    continue
                if getattr(widget, "place", "").split(".")[0] == field:
                    return self.focus_place(widget.place)  # type: ignore[attr-defined]
        for editor in self.query(ListEditor):
            if field == editor.place or field.startswith(editor.place + "."):
                parts = places.parse(place)
                index = next((i for _, i in parts if i is not None), 1)
                editor.select(index - 1)
                return True
            if field == editor.place.split(".")[0]:
                editor.select(0)
                return True
        for widget in self.fields():
            if widget.place == field:
                widget.focus_editor()
                return True
        for records in (cast("RecordList", w) for w in self.query("RecordList")):
            if records.place == field:
                records.focus_first()
                return True
        return False
