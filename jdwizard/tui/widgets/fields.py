"""One-line form fields bound to a place in the document.

A field writes its value into the document as the user types and posts Edited, so
the app can mark the document changed and refresh what depends on it.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar, cast

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual._wrap import compute_wrap_offsets
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.css.query import NoMatches
from textual.geometry import Size
from textual.reactive import Reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, Select
from textual.widgets._select import NoSelection, SelectOverlay

from jdwizard import places
from jdwizard.dates import date_text, parse_date
from jdwizard.keys import LATIN_OF, TWIN
from jdwizard.model import Document
from jdwizard.required import is_required
from jdwizard.safetext import pictured, unpictured
from jdwizard.tui.messages import Edited, Unparsed
from jdwizard.tui.widgets.basics import (
    COMPACT,
    FIELD_WIDGETS,
    VALUE_STYLES,
    CompactFromTheStart,
    StandIn,
)
from jdwizard.tui.widgets.basics import compact as compact  # the fields' modules' too
from jdwizard.tui.widgets.basics import field_id as field_id
from jdwizard.tui.widgets.list_editor import DRAWN_CLASSES, ListEditor, drawn_widgets
from jdwizard.uilang import t

if TYPE_CHECKING:
    from textual.widgets import TextArea

NEXT_FIELD = Binding("enter", "next_field", "Next field", show=False, priority=True)
"""Enter goes on to the next field: a priority binding, so that it comes before the
Input's own Enter (submit)."""


class GoesOnWithEnter:
    """A field that Enter leaves for the next field (never for a button). A plain
    mixin: a Widget base here would replace the text widgets' component classes."""

    def action_next_field(self) -> None:
        cast(Widget, self).screen.focus_next(FIELD_WIDGETS)


class FieldInput(CompactFromTheStart, GoesOnWithEnter, Input):
    """A form's one-line text box: Enter goes on to the next field.

    Its growing text does not lay out the whole screen again.

    Input grows its virtual size with every character, and the virtual size is a
    layout reactive: on a form of many fields that is a full reflow per key. A field
    never shows scrollbars, so a repaint of the field is all a key needs.
    """

    BINDINGS: ClassVar[list[BindingType]] = [NEXT_FIELD]

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)


Choice = TypeVar("Choice")


class FieldSelect(CompactFromTheStart, GoesOnWithEnter, Select[Choice]):
    """A form's choice: Enter goes on to the next field, as in a text field, instead of
    opening the list (Space, Up or Down open it); a letter chooses the option it begins
    (the next such option when pressed again), on either keyboard layout: «д» or l
    (the same key) chooses «Да», y or «н» chooses Yes.

    Moving through a form with Enter must never open a choice and let the text typed
    next change it: that is how "Heads the org." became "No" and a title was lost.
    """

    BINDINGS: ClassVar[list[BindingType]] = [  # replaces Select's own Enter binding
        Binding("enter", "next_field", "Next field", show=False),
    ]

    def __init__(self, options: Sequence[tuple[str, Choice]], *, label: str,
                 **kwargs: Any) -> None:
        super().__init__(options, **kwargs)
        self.choices = list(options)
        self.label = label

    def compose(self) -> ComposeResult:
        # The list that opens takes the select's compact at its mount, by a data binding:
        # given the class now, it is not styled anew for it there.
        for widget in super().compose():
            if self.compact and isinstance(widget, SelectOverlay):
                widget.add_class(COMPACT, update=False)
            yield widget

    # A select built after the first frame (StepForm.below) may be mounted as the
    # wizard stops (a quit, a hang-up at once): its parts are then gone before Select
    # sets up its options or shows its value in them, and its look for them fails.
    # Nothing is shown any more then.
    def _watch_value(self, value: Choice | NoSelection) -> None:
        with self._unless_stopping():
            super()._watch_value(value)

    def _setup_options_renderables(self) -> None:
        with self._unless_stopping():
            super()._setup_options_renderables()

    @contextlib.contextmanager
    def _unless_stopping(self) -> Iterator[None]:
        try:
            yield
        except NoMatches:
            if self.is_attached:  # False once the app exits, or when taken off the screen
                raise  # the wizard goes on: not that

    def on_key(self, event: events.Key) -> None:
        letter = (event.character or "").casefold()
        if self.expanded or event.key == "space" or not (event.is_printable and letter):
            return
        event.stop()
        event.prevent_default()
        match = self.chosen_by(letter)
        if match is None:
            # A letter typed here was meant for a text field: say so rather than drop it.
            self.app.bell()
            self.notify(t("{label} is a choice, not text: Space opens it, a letter "
                          "chooses, Enter goes on.", label=self.label), timeout=4)
        else:
            self.value = match

    def chosen_by(self, letter: str) -> Choice | None:
        """The option a letter chooses: the first that begins with it, or with the letter
        on the same key of the other layout; the next one when the current begins so."""
        for key in (letter, TWIN.get(letter), LATIN_OF.get(letter)):
            values = [value for prompt, value in self.choices
                      if key and prompt.casefold().startswith(key)]
            if values:
                current = values.index(self.value) if self.value in values else -1
                return values[(current + 1) % len(values)]
        return None


class Field(Horizontal):
    """A label and an editor on one row.

    The field draws its label itself, in the margin left of its editor (app.tcss: the
    label's width by the screen's breakpoint): a Label widget a field was a third of
    the widgets of the Position form's first frame, each mounted, styled, laid out and
    drawn (some 6 million instructions a field)."""

    DEFAULT_CLASSES = "field -drawn-label"
    COMPONENT_CLASSES: ClassVar[set[str]] = {"field--label"}
    DEFAULT_CSS = """
    Field > .field--label {
        color: $text-muted;
    }
    Field.-missing > .field--label {
        color: $error;
        text-style: bold;
    }
    """

    def __init__(self, doc: Document, place: str, label: str, title: str = "") -> None:
        super().__init__(id=field_id(place))
        self.doc = doc
        self.place = place
        self.label = label
        self.required = is_required(place, doc.language)
        self.title = title or label
        """The field's name in messages, where the label alone ("Date") says too little."""
        self.label_text = self._label_text()
        """The label as it is drawn, with its marks."""

    def compose(self) -> ComposeResult:
        yield self.editor()

    def _label_text(self, problem: bool = False) -> str:
        # The "!" says by a mark what the colour says: readable with NO_COLOR too.
        return f"{'! ' if problem else ''}{self.label}{' *' if self.required else ''}"

    def show_problem(self, problem: bool) -> None:
        text = self._label_text(problem)
        if text != self.label_text:
            self.label_text = text
            self.refresh(layout=True)

    def label_width(self) -> int:
        """The label's columns: the margin left of the editor."""
        editor = self.children[0] if self.children else None
        return editor.styles.margin.left if editor is not None else 0

    def label_lines(self) -> tuple[str, ...]:
        """The label wrapped at its width, as a Label of that width wrapped it."""
        return label_wrapped(self.label_text, self.label_width())

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # A label longer than its width takes more lines than a one-line editor.
        return max(super().get_content_height(container, viewport, width),
                   len(self.label_lines()))

    def render(self) -> Content:
        return Content.styled("\n".join(self.label_lines()),
                              self.get_visual_style("field--label"))

    def editor(self) -> Any:
        raise NotImplementedError

    def set_missing(self, missing: bool) -> None:
        self.set_class(missing, "-missing")
        self.show_problem(missing or self.has_class("-invalid"))

    def focus_editor(self) -> None:
        self.query_one(".field-editor").focus()

    def store(self, value: object) -> None:
        places.set_value(self.doc, self.place, value)
        # Straight to the app: bubbling up through every container costs a hop each.
        self.app.post_message(Edited(self.place))

    def shown(self) -> str:
        """The value as the field shows it: a control character as its picture (ESC as ␛),
        never raw, since the terminal would take it as a command."""
        return pictured(places.get(self.doc, self.place) or "")

    def store_shown(self, text: str) -> None:
        """Store what the field shows, unless it shows the value as it is: a value is
        only changed by typing, never by being shown."""
        if text != self.shown():
            self.store(unpictured(text))


def index_at(text: str, column: int) -> int:
    """The index of the character drawn at a column of the text drawn from its start; its
    length past the end."""
    at = 0
    for index, char in enumerate(text):
        at += get_character_cell_size(char)
        if column < at:
            return index
    return len(text)


LABEL_WIDTHS: Final = (("-narrow", 14), ("-preview-beside", 13))
"""A drawn label's width where an ancestor has the class (the first that applies), as
app.tcss gives the editor's margin (`.-drawn-label > .field-editor`); else NORMAL_LABEL."""
NORMAL_LABEL: Final = 19


@functools.lru_cache(maxsize=256)
def label_wrapped(label: str, width: int) -> tuple[str, ...]:
    """A label's lines at a width, as a Label of that width wraps it. Kept: each line
    drawn and each layout asks again, and a form's labels are few."""
    return tuple(line.plain for line in Content(label).wrap(width)) if width else ()


def label_width_in(widget: Widget) -> int:
    """The width of a field's label where the widget is (app.tcss: by the screen's
    breakpoint, and narrower beside the preview)."""
    classes = {name for node in widget.ancestors_with_self for name in node.classes}
    return next((width for name, width in LABEL_WIDTHS if name in classes), NORMAL_LABEL)


class DrawnField(Field):
    """A field that draws its value itself, beside its label, as its editor draws it
    while not focused, until it is first focused: the editor is then made and takes that
    place. An editor (an Input, with its blink timer, validation and reactives; a Select,
    six widgets), or even a widget of its own to draw the value, was some 15 million
    instructions a field of the Position form's first frame (ten views, 155 M), and most
    fields of a form opened are never edited."""

    def __init__(self, doc: Document, place: str, label: str, title: str = "") -> None:
        super().__init__(doc, place, label, title)
        self.drawing = False
        """Whether the field draws its value (no editor made yet)."""
        self.drawn_by: Widget | None = None
        """What draws the field until it is mounted (FieldsAtFirst), if anything: the
        styles of its value are looked for from there until then."""

    def compose(self) -> ComposeResult:
        if self.editor_at_once():
            yield self.editor()
        else:
            self.drawing = True
            self.can_focus = True  # a focus makes the editor (on_focus)

    def editor_at_once(self) -> bool:
        """Whether the editor is needed from the start (the field a form opens on)."""
        return False

    def value_line(self, width: int, y: int) -> Strip:
        """Line y of the value as the editor draws it, `width` cells."""
        raise NotImplementedError

    def value_height(self, width: int) -> int:
        """The lines of the value drawn `width` cells wide."""
        return 1

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        height = super().get_content_height(container, viewport, width)
        if not self.drawing:
            return height
        return max(height, self.value_height(width - min(self.label_width(), width)))

    def value_style(self, part: str) -> Style:
        """The style of a part of the value drawn ("value", "placeholder", "dim"), as its
        editor draws it: a component style of the form (VALUE_STYLES), the same for every
        field there. Textual styles each component class of each widget as a node of its
        own: two or three a field were some 16 million instructions of the Position
        form's first frame."""
        name = f"{VALUE_STYLES}-{part}"
        start = self.drawn_by if self.parent is None and self.drawn_by else self
        holder = next(node for node in start.ancestors_with_self
                      if isinstance(node, Widget) and name in node._get_component_classes())
        return holder.get_component_rich_style(name)

    def label_width(self) -> int:
        return label_width_in(self) if self.drawing else super().label_width()

    def focus_editor(self) -> None:
        if self.drawing:
            self.focus()
        else:
            super().focus_editor()

    def on_focus(self) -> None:
        self.make_editor(focus=True)

    def make_editor(self, focus: bool) -> Widget | None:
        """The editor in place of the value drawn (once), focused if asked: keys typed go
        to it from then on."""
        if not self.drawing or not self.is_attached:
            return None
        # Set before the mount: a focus and a resize may both come before it is there.
        editor: Widget = self.editor()
        self.drawing = self.can_focus = False
        self.mount(editor)
        if focus:
            self.screen.set_focus(editor)  # in sight, as Textual shows what Tab reaches
        self.refresh()
        return editor

    def render_line(self, y: int) -> Strip:
        if not self.drawing:
            return super().render_line(y)
        return self.line_drawn(y, self.label_lines(), self.label_width(), self,
                               self.get_component_rich_style("field--label"))

    def line_drawn(self, y: int, label: tuple[str, ...], at: int, where: Widget,
                   label_style: Style) -> Strip:
        """A line of the field drawn by `where` (the field, or FieldsAtFirst): its label's
        line y, `at` columns, and on the first its value."""
        width = where.size.width
        at = min(at, width)
        blank = where.visual_style.rich_style  # as Textual draws past a line's text
        # The label's line as a Strip at once: Textual's way from the Content of render()
        # (a visual, wrapped and made into strips) was most of the cost of the line.
        text = Strip([Segment(label[y], label_style)] if y < len(label) else [])
        value = (self.value_line(width - at, y) if y < self.value_height(width - at)
                 else Strip.blank(width - at, where.rich_style))
        return Strip.join([text.crop_extend(0, at, blank), value])


class LineField(DrawnField):
    """A one-line field: it draws its text (from its start, or the placeholder when
    empty) until first focused, and its FieldInput then takes that place."""

    def __init__(self, doc: Document, place: str, label: str, title: str = "", *,
                 focused_first: bool = False) -> None:
        super().__init__(doc, place, label, title)
        self.focused_first = focused_first
        """The field its form opens on, focused: its Input is needed at once (made for the
        first frame, not made and then swapped in when focused)."""
        self.text = self.first_text()
        """The text drawn, while the field draws it (DrawnField.drawing)."""

    def first_text(self) -> str:
        """The text the field starts with."""
        return self.shown()

    def hint(self) -> str:
        """The placeholder, shown while the field is empty."""
        return ""

    def editor_at_once(self) -> bool:
        return self.focused_first

    def editor(self) -> Widget:
        return self.line_input(self.text)

    def line_input(self, text: str) -> FieldInput:
        return FieldInput(text, placeholder=self.hint(), select_on_focus=False,
                          **compact("field-editor"))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        # The click that focused the field has made its Input already (the Focus came
        # first, and the Input gets no MouseDown): the cursor goes to the column
        # clicked, as the Input puts it. Only a click on the field itself: one on its
        # Input comes up here too.
        inputs = self.query_children(FieldInput)
        column = event.x - self.label_width()
        if event.widget is self and inputs and column >= 0:
            inputs.first().cursor_position = index_at(inputs.first().value, column)

    def value_line(self, width: int, y: int) -> Strip:
        style = self.value_style("value")
        text = self.text
        if text:
            segments = self._text_segments(text)
        elif self.hint():
            segments = self._placeholder_segments(width)
        else:
            segments = []
        return Strip(segments).apply_style(style).crop_extend(0, width, style)

    def _text_segments(self, text: str) -> list[Segment]:
        if "\t" not in text and "\n" not in text:
            return [Segment(text)]  # what Rich makes of such a text, without Rich
        # As the Input renders them: tabs expanded, a line break as Rich writes it.
        rich = Text(text, no_wrap=True, overflow="ignore", end="")
        return self._rendered(rich, rich.cell_len + 1)

    def _placeholder_segments(self, width: int) -> list[Segment]:
        # As the Input renders it: wrapped at its width and a column, and padded to it.
        text = Text(self.hint(), justify="left", end="")
        text.stylize(self.value_style("placeholder"))
        return self._rendered(text, width + 1)

    def _rendered(self, text: Text, width: int) -> list[Segment]:
        return list(self.app.console.render(text, self.app.console_options.update_width(width)))

    def typed(self) -> str:
        """The text in the field: in its Input, or drawn before the Input is made."""
        inputs = self.query_children(Input)
        return inputs.first().value if inputs else self.text

    def show_text(self, text: str) -> None:
        """Show a text in the field that no one typed: in its Input, which posts
        Input.Changed as for any change, or drawn, which stores nothing."""
        inputs = self.query_children(Input)
        if inputs:
            if inputs.first().value != text:
                inputs.first().value = text
        elif self.drawing and text != self.text:
            self.text = text
            self.refresh()


Drawn = tuple[DrawnField, int, tuple[str, ...]] | Strip
"""A line FieldsAtFirst draws: a field's (the field, the line's number in it, its
label), or a list's, drawn already."""


class FieldsAtFirst(StandIn[Widget]):
    """A form's fields and lists one under another, drawn by one widget for the app's
    first frame as they draw themselves (DrawnField; a list's label and rows as
    drawn_widgets draws them), and mounted in its place right after it: each widget of a
    first frame is mounted, styled, laid out and drawn. The eleven fields of the
    Position form's two runs were some 36 million instructions more than the two
    widgets that drew them; the list of other titles between them, with the view of its
    rows (FirstRows), 21 million more."""

    DEFAULT_CSS = """
    FieldsAtFirst {
        height: auto;
        & > .fields-at-first--label {
            color: $text-muted;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"fields-at-first--label", *DRAWN_CLASSES}

    def __init__(self, parts: Sequence[DrawnField | ListEditor]) -> None:
        super().__init__(list(parts))
        for part in parts:
            if isinstance(part, DrawnField):
                part.drawn_by = self
        self._lists = {id(part): part.drawn_at_first() for part in parts
                       if isinstance(part, ListEditor)}
        """The widgets drawn for each list, made once: a list is mounted after the frame."""
        self._laid: tuple[tuple[int, int], list[Drawn]] = ((-1, -1), [])

    def _lines(self, width: int) -> list[Drawn]:
        """Each line drawn, kept for the widths they were made at (each line drawn
        asks)."""
        at = label_width_in(self)
        if self._laid[0] != (at, width):
            lines: list[Drawn] = []
            for part in self.widgets:
                if isinstance(part, DrawnField):
                    label = label_wrapped(part.label_text, at)
                    height = max(1, len(label), part.value_height(width - min(at, width)))
                    lines += [(part, y, label) for y in range(height)]
                else:
                    lines += drawn_widgets(self, self._lists[id(part)], width)
            self._laid = ((at, width), lines)
        return self._laid[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render_line(self, y: int) -> Strip:
        lines = self._lines(self.size.width)
        if y >= len(lines):
            return Strip.blank(self.size.width, self.visual_style.rich_style)
        line = lines[y]
        if isinstance(line, Strip):
            return line
        field, number, label = line
        return field.line_drawn(number, label, label_width_in(self), self,
                                self.get_component_rich_style("fields-at-first--label"))


def together(form: Widget, *parts: DrawnField | ListEditor) -> Iterator[Widget]:
    """A form's fields and lists, one under another; for the app's first frame, each run
    of more than one drawn by one widget (FieldsAtFirst). An empty list breaks a run:
    its hint shows by a class of its own."""
    if not getattr(form.app, "opening", False):
        yield from parts
        return
    run: list[DrawnField | ListEditor] = []
    for part in (*parts, None):
        if part is not None and (isinstance(part, DrawnField) or part.items):
            run.append(part)
            continue
        if len(run) > 1:
            yield FieldsAtFirst(run)
        else:
            yield from run
        if part is not None:
            yield part
        run = []


class TextField(LineField):
    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.store_shown(event.value)


MOST_LINES: Final = 8
"""The lines a long text's box shows (app.tcss: `.field .long-editor`); a longer text
scrolls in its text area."""


class LongTextField(DrawnField):
    """A text field whose value may run to a few lines: it wraps instead of scrolling.

    Until it is first focused it draws its value as its editor, a text area, draws it
    while not focused, as long as the value fits the box: Textual's text area module and
    the widget itself were some 85 million instructions (12 ms) of the first frame of a
    form with a long text in sight. Lines wrap where the text area wraps them once laid
    out (one column is its cursor's; Textual's text area first wraps at the width it had
    before the form's scrollbar, and wraps again when focused), and all of them are its
    cursor's line, as the text area shows it with the cursor in its one line."""

    def __init__(self, doc: Document, place: str, label: str, title: str = "") -> None:
        super().__init__(doc, place, label, title)
        self.text = self.shown()
        """The text drawn, while the field draws it (DrawnField.drawing)."""
        self._wrapped: tuple[int, list[str]] = (-1, [])
        """The lines at the width last asked for: the text drawn never changes (an edit
        is the editor's), and each line drawn asks for them."""

    def editor(self) -> Widget:
        # Textual's text area module with it, loaded here and not with the form.
        from jdwizard.tui.widgets.wrapping_input import WrappingInput

        return WrappingInput(self.text, soft_wrap=True, tab_behavior="focus",
                             **compact("field-editor long-editor"))

    def _lines(self, width: int) -> list[str]:
        if self._wrapped[0] != width:
            wrap_at = max(1, width - 1)
            offsets = compute_wrap_offsets(self.text, wrap_at, tab_size=4) if self.text else []
            starts, ends = [0, *offsets], [*offsets, len(self.text)]
            self._wrapped = (width, [self.text[a:b]
                                     for a, b in zip(starts, ends, strict=True)])
        return self._wrapped[1]

    def value_height(self, width: int) -> int:
        return min(len(self._lines(width)), MOST_LINES)

    def value_line(self, width: int, y: int) -> Strip:
        # The value is one line of the text area's, wrapped: all of it is the cursor's.
        style = self.value_style("long")
        return Strip([Segment(self._lines(width)[y], style)]).extend_cell_length(width, style)

    def on_resize(self) -> None:
        width = self.size.width - min(self.label_width(), self.size.width)
        if self.drawing and len(self._lines(width)) > MOST_LINES:
            # More than the box shows: the text area, which scrolls, takes its place,
            # after the frame being made: that frame shows the box's lines as drawn
            # here, as the text area will, where the text area not yet drawn is blank.
            self.call_after_refresh(self.make_editor, False)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:  # its editor's
        event.stop()
        # A value is one paragraph: pasted line breaks become spaces.
        self.store_shown(" ".join(event.text_area.text.split()))


class DateField(LineField):
    """A date typed as text; an invalid date is explained and never stored."""

    def first_text(self) -> str:
        return date_text(places.get(self.doc, self.place), self.doc.language)

    def hint(self) -> str:
        return t("DD.MM.YYYY") if self.doc.language == "ru" else t("YYYY-MM-DD")

    def editor_at_once(self) -> bool:
        # A block of records built anew gets back the wrong date typed in it before
        # (records.RecordList), put in its Input by a query of it.
        return super().editor_at_once() or (isinstance(self.parent, Widget)
                                           and self.parent.has_class("records"))

    @property
    def problem(self) -> str:
        """Why the typed text is not a date, naming the field; "" when it is one (or empty)."""
        try:
            parse_date(self.typed(), self.doc.language)
        except ValueError as exc:
            return f"{self.title}: {exc}"
        return ""

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        try:
            value: date | None = parse_date(event.value, self.doc.language)
        except ValueError:
            self.add_class("-invalid")
            self.show_problem(True)
            event.input.tooltip = self.problem
            self.app.post_message(Unparsed(self.place, self.problem))
            return
        if self.has_class("-invalid"):
            self.remove_class("-invalid")
            self.show_problem(self.has_class("-missing"))
            event.input.tooltip = None
            self.app.post_message(Unparsed(self.place, ""))
        self.store(value)

    def on_descendant_blur(self) -> None:
        if self.problem:
            self.notify(self.problem, severity="error")

    def on_unmount(self) -> None:
        # A removed block takes its wrong date with it: nothing is left to fix.
        if self.has_class("-invalid"):
            self.app.post_message(Unparsed(self.place, ""))


class LazyChoice(DrawnField):
    """A choice field: it draws its value as its Select draws it while not focused, and
    the Select (six widgets) is made when the field is first focused."""


    def options(self) -> list[tuple[str, Any]]:
        raise NotImplementedError

    def value(self) -> Any:
        """The value to show, Select.NULL for none."""
        raise NotImplementedError

    def select(self) -> FieldSelect[Any]:
        raise NotImplementedError

    def editor(self) -> Widget:
        return self.select()

    def value_line(self, width: int, y: int) -> Strip:
        # As Select's compact look: the value, then its arrow after a space, and a space.
        value = self.value()
        shown = next((p for p, v in self.options() if v == value), None)
        plain = self.value_style("value")
        words = plain if shown is not None else self.value_style("dim")
        arrow = self.value_style("dim")
        text = Strip([Segment(t("(not set)") if shown is None else shown, words)])
        return Strip.join([text.crop_extend(0, max(0, width - 3), words),
                           Strip([Segment(" ", plain), Segment("▼", arrow),
                                  Segment(" ", plain)])]).crop(0, width)


class ChoiceField(LazyChoice):
    def __init__(self, doc: Document, place: str, label: str,
                 choices: list[tuple[str, str]], blank: bool = True) -> None:
        super().__init__(doc, place, label)
        self.choices = choices
        self.blank = blank

    def options(self) -> list[tuple[str, Any]]:
        return list(self.choices)

    def value(self) -> Any:
        return places.get(self.doc, self.place) or Select.NULL

    def select(self) -> FieldSelect[str]:
        return FieldSelect(self.choices, label=self.label, value=self.value(),
                           allow_blank=self.blank, prompt=t("(not set)"),
                           **compact("field-editor"))

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        value = event.value if isinstance(event.value, str) else ""
        if value != (places.get(self.doc, self.place) or ""):
            self.store(value)


class FlagField(LazyChoice):
    """Yes, no or not set, in words: a checkbox's mark is colour alone in some themes."""

    def options(self) -> list[tuple[str, Any]]:
        return [(t("Yes"), True), (t("No"), False)]

    def value(self) -> Any:
        value = places.get(self.doc, self.place)
        return Select.NULL if value is None else value

    def select(self) -> FieldSelect[bool]:
        return FieldSelect(self.options(), label=self.label, value=self.value(),
                           prompt=t("(not set)"), **compact("field-editor"))

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        value = event.value if isinstance(event.value, bool) else None
        if value != places.get(self.doc, self.place):
            self.store(value)
