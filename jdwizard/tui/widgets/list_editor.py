"""One editor for every list of the document: duties, rights, knowledge, ...

Items are numbered as the finished document numbers them. All editing is by keyboard:
add after the current item, edit in place (long text wraps), delete with undo, move up
and down, open in $EDITOR, and add from the preset library.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from inspect import isawaitable
from typing import TYPE_CHECKING, ClassVar, Final, NamedTuple, Protocol, cast

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.actions import parse
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions
from textual.widget import Widget
from textual.widgets import Label, Static

from jdwizard.keys import both
from jdwizard.model import Duty
from jdwizard.output.mdtext import normalize
from jdwizard.safetext import pictured, unpictured
from jdwizard.tui.messages import DetailsRequested, Edited, ExternalRequested, LibraryRequested
from jdwizard.tui.widgets.basics import StandIn, compact, field_id
from jdwizard.uilang import t

if TYPE_CHECKING:
    from textual.css.styles import RenderStyles, RulesMap
    from textual.widgets import TextArea

    from jdwizard.tui.widgets.item_input import ItemInput

Item = str | Duty


class FormRoom(Protocol):
    """What a step's form tells of its room (StepForm)."""

    def text_width(self) -> int: ...

    def room(self) -> Size: ...


def item_text(item: Item) -> str:
    return item.text if isinstance(item, Duty) else item


def typed(editor: TextArea) -> str:
    """The item's text as the editor holds it; a control shown as its picture is itself."""
    return unpictured(normalize(editor.text))


@functools.cache
def keymap(cls: type) -> dict[str, str]:
    """Each key of a widget class's bindings, its own and its bases', to its action."""
    keys: dict[str, str] = {}
    for base in reversed(cls.__mro__):
        for binding in base.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding):
                for key in binding.key.split(","):
                    keys[key.strip()] = binding.action
    return keys


class ItemRow(Static):
    DEFAULT_CLASSES = "item-row"


class Look(NamedTuple):
    """How a component drawn by drawn_widgets is drawn."""

    styles: RenderStyles
    text: Style
    """The style of its text, over what is under it."""
    inner: RichStyle
    """The style of its padding and of the rest of its lines."""


DRAWN_CLASSES: Final[frozenset[str]] = frozenset({
    "list-label", "item-row", "-cursor item-row", "list-hint more-hint"})
"""The classes of a list's widgets drawn for the first frame, each set sorted
(component_of): the component classes of what draws them."""


def component_of(widget: Widget) -> str:
    return " ".join(sorted(widget.classes))


def drawn_widgets(holder: Widget, widgets: list[Static], width: int) -> list[Strip]:
    """The lines of a list's widgets one under another, `width` wide, as they draw
    themselves: each in the style of its classes, as a component of `holder` (a node of
    those classes within it: the rules that style the widget, app.tcss's
    `ListEditor .item-row.-cursor` and the like, style its component alike). Rules by a
    widget's type set no more than sizes: a Label is as wide as its text, and drawn as
    wide as the list, the same cells while no rule gives it a background. Of the box,
    the margins, the padding and the background are drawn, as Textual draws them (its
    StylesCache, its vertical layout collapsing margins): the rules of these widgets set
    no border, tint or opacity."""
    # Where no widget is, the holder's background shows (Textual's Blank).
    under = holder.background_colors[1]
    blank = Strip.blank(width, RichStyle.from_color(bgcolor=under.rich_color))
    looks: dict[str, Look] = {}
    lines: list[Strip] = []
    margin = 0
    for widget in (w for w in widgets if w.display):
        name = component_of(widget)
        if name not in looks:
            looks[name] = _look(holder, name, under)
        look = looks[name]
        lines += [blank] * max(margin, look.styles.margin.top)
        lines += _widget_lines(holder, widget, look, width)
        margin = look.styles.margin.bottom
    return [*lines, *[blank] * margin]


def _look(holder: Widget, name: str, under: Color) -> Look:
    styles = holder.get_component_styles(name)
    # As Textual's StylesCache: the box's background (its own over what is under it)
    # over what is under it.
    inner = Style(background=under + (
        under + styles.background.tint(styles.background_tint))).rich_style
    return Look(styles, holder.get_visual_style(name), inner)


def _widget_lines(holder: Widget, widget: Static, look: Look, width: int) -> list[Strip]:
    """A widget's lines as it draws them at the list's width: its text wrapped within
    its padding, in its background (inner, as Textual's StylesCache draws a box)."""
    rules = cast("RulesMap", look.styles)  # as Textual gives a widget's own styles
    top, right, bottom, left = look.styles.padding
    inner = look.inner
    text_width = max(0, width - left - right)
    texts = widget.visual.render_strips(text_width, None, look.text,
                                        RenderOptions(holder._get_style, rules))
    lines = [Strip.blank(width, inner)] * top
    for text in texts:
        segments = [Segment(" " * left, inner), *text.adjust_cell_length(text_width, inner),
                    Segment(" " * right, inner)]
        lines.append(Strip([s for s in segments if s.text]))
    return [*lines, *[Strip.blank(width, inner)] * bottom]


class FirstRows(StandIn[Static]):
    """A list's label, rows and the line below them on the app's first frame, drawn by
    this one widget as those widgets draw themselves (drawn_widgets); they are mounted
    in its place right after that frame (ListEditor.build_rest), before anything acts
    on them. On the first frame of a 300-duty list they were ten widgets, mounted,
    styled, laid out and drawn: some 47 million instructions, where this widget takes
    15."""

    DEFAULT_CSS = """
    FirstRows {
        height: auto;
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = set(DRAWN_CLASSES)

    def __init__(self, widgets: list[Static]) -> None:
        super().__init__(widgets)
        self._drawn: tuple[int, list[Strip]] = (-1, [])
        """The lines at the width last drawn at."""

    def notify_style_update(self) -> None:
        # Textual keeps a widget's styles until its own change; the cursor row's follow
        # the list's focus: the list tells this widget (ListEditor.watch_has_focus).
        super().notify_style_update()
        self.redraw()

    def redraw(self) -> None:
        """Draw anew: a widget's classes (the cursor's row) or styles changed."""
        self._drawn = (-1, [])
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render_line(self, y: int) -> Strip:
        lines = self._lines(self.size.width)
        return lines[y] if y < len(lines) else Strip.blank(self.size.width)

    def _lines(self, width: int) -> list[Strip]:
        if self._drawn[0] != width:
            self._drawn = (width, drawn_widgets(self, self.widgets, width))
        return self._drawn[1]


FIRST_ROWS = 25
"""Rows built at once: more than a screen of them (an 80x24 screen shows about 20), and
MARGIN beyond the first. A row per clause of a 3,000-duty list took seconds to lay out
before the first frame, and again at every change of the form's layout; 60 rows took
about 0.1 s of a 300-duty list's first frame."""
MORE_ROWS = 30
"""Rows built at a time as the cursor comes near either end of the rows built."""
MARGIN = 20
"""How near: the rows kept built either side of the cursor, for the form to scroll to."""


class ListEditor(Widget, can_focus=True):
    """A list of text items (or duties) edited in place.

    Rows are built for a run of the items (the first FIRST_ROWS at start), grown as the
    cursor comes near either end and built anew where it jumps to (End); a line above and
    below the run says how many items it leaves out. Every operation on an item builds
    the rows around it first."""

    MOVE = Binding.Group("Move", compact=True)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("enter", "edit", "Edit"),
        Binding(f"{both('a')},insert", "add", "Add"),
        Binding(f"delete,{both('d')}", "delete", "Del", key_display="d"),
        Binding(f"{both('u')},ctrl+z", "undo", "Undo"),
        Binding("shift+up,minus", "move(-1)", "Move up", group=MOVE, key_display="⇧↑"),
        Binding("shift+down,plus", "move(1)", "Move down", group=MOVE, key_display="⇧↓"),
        Binding(both("l"), "library", "Library"),
        Binding("ctrl+e,f4", "external", "Editor", key_display="F4", show=False),
        Binding("home", "cursor_to(0)", "First", show=False),
        Binding("end", "cursor_to(-1)", "Last", show=False),
    ]

    def can(self, action: str) -> bool:
        """Whether the list's key for an action does something now."""
        if self.editing is not None:  # the keys belong to the item being edited
            return False
        if action == "undo":
            return bool(self.deleted)
        if action in ("move", "delete", "external"):
            return bool(self.items)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # What the footer shows; the keys themselves run in on_key, by can().
        return self.can(action)

    def __init__(self, label: str, place: str, items: list[Item],
                 numbering: Callable[[str], str], duties: bool = False,
                 required: bool = False) -> None:
        super().__init__(id=field_id(place))
        self.label = label
        self.place = place
        self.items = items
        self.numbering = numbering
        self.duties = duties
        self.required = required
        self.cursor = 0
        self.deleted: list[tuple[int, Item]] = []
        self.editing: int | None = None
        self._editor: ItemInput | None = None
        self._adding = False
        self._editor_rows = 0
        """The editor's height in rows, as last scrolled into view."""
        self._before = ""
        """The text of the item being edited as it was before the edit, for Escape."""
        self._first = 0
        """The index of the item of the first row built."""
        self._built: list[ItemRow] = []
        """The rows built, in order: those of the items from _first on."""
        self._held = False
        """Whether rows are left to build after the app's first frame (build_rest)."""
        self._view: FirstRows | None = None
        """What draws the label, rows and line below them on the app's first frame, until
        they are mounted in its place (_unveil)."""

    def compose(self) -> ComposeResult:
        self._built = self._first_rows()
        self._held = len(self._built) < min(len(self.items), FIRST_ROWS)
        above, _ = self._hint_texts()
        widgets = self._shown_with(self._built)
        if getattr(self.app, "opening", False) and self._built:
            self._view = FirstRows(widgets)
            yield self._view
        else:
            # The line above the rows and the empty list's are made when first shown:
            # each widget costs about 1 ms of the first frame, and most lists show neither.
            if above:
                yield self._hint(above, "above-hint")
            yield from widgets
        if not self.items:
            yield self._empty_hint()

    def drawn_at_first(self) -> list[Static]:
        """The label, rows and line below them that the list shows at start (the
        cursor's row marked), for a form's stand-in to draw on the app's first frame
        before the list is mounted (FieldsAtFirst); none for an empty list, whose hint
        shows by the list's own class."""
        if not self.items:
            return []
        rows = self._first_rows()
        rows[min(self.cursor, len(rows) - 1)].add_class("-cursor")
        return self._shown_with(rows)

    def _shown_with(self, rows: list[ItemRow]) -> list[Static]:
        """The label, the rows of the first items, and the line that says how many
        items follow them."""
        label = Label(f"{self.label}{' *' if self.required else ''}", classes="list-label",
                      markup=False)
        return [label, *rows,
                self._hint(self._more_text(len(self.items) - len(rows)), "more-hint")]

    def _first_rows(self) -> list[ItemRow]:
        return [ItemRow(self._row_text(i), markup=False) for i in range(self._rows_at_start())]

    def _rows_at_start(self) -> int:
        """FIRST_ROWS; before the app's first frame, no more than may show on it.

        Each row built before the first frame is laid out and drawn for it (with 300
        duties, 25 rows were some 60 ms of it); the rest follow it (build_rest). A row is
        at least as many lines as its text fills at the widest it may be, so rows up to
        the most lines the list may show leave no room on it for one more."""
        count = min(len(self.items), FIRST_ROWS)
        if not getattr(self.app, "opening", False):
            return count
        width, room = self._room_at_start()
        for index in range(count):
            room -= -(-len(self._row_text(index)) // width)
            if room <= 0:
                return index + 1
        return count

    def _room_at_start(self) -> tuple[int, int]:
        """The widest a row's text may be, and the most lines the rows may show, before
        the first layout: in a step's form, its text width less the rows' padding, and
        its height less the list's label with the line above it (the form's hint and
        fields above the list take more); elsewhere the screen's."""
        # The form by what it offers: the steps' base module imports this one.
        found = next((a for a in self.ancestors if hasattr(a, "text_width")), None)
        if found is None:
            return max(1, self.app.size.width), self.app.size.height
        form = cast("FormRoom", found)
        return max(1, form.text_width() - 2), form.room().height - 2

    def fewest_lines(self, width: int) -> int:
        """The fewest lines the list fills, its rows at most `width` wide: its label, with
        the line above it, and each row's text (up to a screen of them)."""
        width, lines, height = max(1, width), 2, self.app.size.height
        for index in range(len(self.items)):
            lines += -(-len(self._row_text(index)) // width)
            if lines >= height:
                break
        return lines if self.items else lines + 1  # the line that says it is empty

    def build_rest(self) -> None:
        """The first frame's widgets in place of their view, and the rows left for after
        that frame (_rows_at_start), built now."""
        self._unveil()
        if not self._held:
            return
        self._held = False
        if self._first == 0 and len(self._built) < min(len(self.items), FIRST_ROWS):
            self._build_below(min(len(self.items), FIRST_ROWS))
        self.build_rows(self.cursor)
        self._show_hints()

    def _unveil(self) -> None:
        """The widgets the first frame's view draws, mounted in its place: whatever acts
        on a row or on what is around the rows does this first."""
        view, self._view = self._view, None
        if view is not None:
            view.give_way()

    def on_mount(self) -> None:
        if self._view is None:
            self._show_cursor()
        else:  # the view draws the cursor's row by its class, before it is mounted
            self._mark_cursor(update=False)

    # --- rendering -------------------------------------------------------------

    def _row_text(self, index: int) -> str:
        item = self.items[index]
        number = self.numbering(f"{self.place}[{index + 1}]") or "•"
        text = pictured(item_text(item)) or t("(empty)")
        return f"{number} {text}{self._details(item)}"

    @staticmethod
    def _details(item: Item) -> str:
        if not isinstance(item, Duty) or item.is_plain:
            return ""
        parts = [item.group] if item.group else []
        if item.share is not None:
            parts.append(f"{item.share}%")
        if item.essential is not None:
            parts.append(t("essential") if item.essential else t("marginal"))
        return "  [" + " · ".join(parts) + "]"

    def _hint_texts(self) -> tuple[str, str]:
        """The lines above and below the rows built; no words: nothing to translate."""
        above, below = self._first, len(self.items) - self._first - len(self._built)
        return (f"↑ +{above} …" if above > 0 else "", self._more_text(below))

    @staticmethod
    def _more_text(below: int) -> str:
        return f"… +{below} ↓" if below > 0 else ""

    @staticmethod
    def _hint(text: str, kind: str) -> Static:
        hint = Static(text, classes=f"list-hint {kind}", markup=False)
        hint.display = bool(text)
        return hint

    @staticmethod
    def _empty_hint() -> Static:
        return Static(t("(empty: press a to add an item)"), classes="empty-hint")

    def _below(self) -> Widget:
        """What the rows end before: the line that says how many items follow them."""
        return self.query_one(".more-hint")

    def _show_hints(self) -> None:
        above, below = self._hint_texts()
        shown = self.query(".above-hint")
        if shown:
            self._set_hint(shown.first(Static), above)
        elif above:
            self.mount(self._hint(above, "above-hint"), after=self.query_one(".list-label"))
        self._set_hint(self.query_one(".more-hint", Static), below)

    @staticmethod
    def _set_hint(hint: Static, text: str) -> None:
        hint.update(text)
        hint.display = bool(text)

    def _mark_empty(self) -> None:
        """The class that shows the empty list's hint (app.tcss), and the hint if need be."""
        self.set_class(not self.items, "-empty")
        if not self.items and not self.query(".empty-hint"):
            self.mount(self._empty_hint())

    def row(self, index: int) -> ItemRow:
        """The row of an item (counted from 0), built if it was not."""
        self.build_rows(index)
        return self._built[index - self._first]

    def build_rows(self, index: int) -> None:
        """Build the rows within MARGIN of an item: a batch more at the near end of the
        rows built, or a run of them anew when the item is far from them."""
        self._unveil()
        count, low, high = len(self.items), self._first, self._first + len(self._built)
        if self._held and low <= index < high:
            return  # the first frame's rows: the margin follows it (build_rest)
        want_low, want_high = max(0, index - MARGIN), min(count, index + MARGIN + 1)
        if low <= want_low and want_high <= high:
            return
        if not self._built or want_low > high + MORE_ROWS or want_high < low - MORE_ROWS:
            self._build_anew(index)
        else:
            if want_high > high:
                self._build_below(min(count, max(want_high, high + MORE_ROWS)))
            if want_low < low:
                self._build_above(max(0, min(want_low, low - MORE_ROWS)))
        self._show_hints()

    def _build_anew(self, index: int) -> None:
        for old in self._built:
            old.remove()
        count = len(self.items)
        self._first = max(0, min(index - MARGIN, count - FIRST_ROWS))
        self._built = [ItemRow(self._row_text(i), markup=False)
                       for i in range(self._first, min(count, self._first + FIRST_ROWS))]
        if self._built:
            self.mount(*self._built, before=self._below())

    def _build_below(self, end: int) -> None:
        new = [ItemRow(self._row_text(i), markup=False)
               for i in range(self._first + len(self._built), end)]
        # One mount for the batch: one layout of the form, not one per row. Before the
        # line below the rows: after the editor too, when it is open on the last row.
        self.mount(*new, before=self._below())
        self._built += new

    def _build_above(self, start: int) -> None:
        new = [ItemRow(self._row_text(i), markup=False) for i in range(start, self._first)]
        self.mount(*new, before=self._built[0])
        self._built = new + self._built
        self._first = start

    def renumber(self) -> None:
        """Refresh every row's number and text, after the document's numbering moved."""
        self._unveil()
        for i, row in enumerate(self._built, self._first):
            row.update(self._row_text(i))
        self._show_hints()
        self._mark_empty()

    def _show_cursor(self) -> None:
        self._mark_empty()
        self.cursor = max(0, min(self.cursor, len(self.items) - 1))
        self.build_rows(self.cursor)
        self._mark_cursor()
        if self.has_focus or self._editor is not None:
            self._keep_in_view()

    def _mark_cursor(self, update: bool = True) -> None:
        for i, row in enumerate(self._built, self._first):
            row.set_class(i == self.cursor, "-cursor", update=update)

    def _keep_in_view(self, immediate: bool = False) -> None:
        """Scroll the form to the item being edited, or else to the cursor's row.

        Focusing the list would show the list from its top, which in a long list is far
        from the cursor: the list focuses itself without that, and scrolls here instead.
        """
        target: Widget | None = self._editor
        if target is None and self.items:
            target = self.row(self.cursor)
        if target is not None:
            # Without animation: over a slow link every frame of one is traffic.
            target.scroll_visible(animate=False, immediate=immediate)

    def watch_has_focus(self, has_focus: bool) -> None:
        # Textual restyles a widget and all within it when its focus changes. Of a
        # list's rows and hints, only the cursor's row and the empty list's hint have a
        # style that follows the list's focus (app.tcss, ListEditor:focus): with 25 rows
        # built, each Tab into the list and out of it restyled some 30 widgets.
        nodes = [self, *self.query(".-cursor"), *self.query(".empty-hint")]
        view = [self._view] if self._view is not None else []
        self.app.stylesheet.update_nodes([*nodes, *view], animate=True)
        for drawn in view:
            drawn.notify_style_update()  # its cursor row's style has changed

    def on_focus(self) -> None:
        if self._view is not None and getattr(self.app, "opening", False):
            # The focus the app opens on, before its first frame: the view draws the
            # cursor's row (marked at mount) in the form at its top, until build_rest.
            return
        self._show_cursor()
        self.screen.call_later(self._scroll_after_focus)

    def _scroll_after_focus(self) -> None:
        """Put the cursor back in sight after Textual's own scroll to a focused widget.

        Textual shows a widget that gets the focus (by Tab) from its top: a long list's
        top, far from its cursor. That scroll is queued in the screen's turn and then,
        to run after a refresh, in the form's; this is queued behind it in both, so it
        runs after it, and stops it if it is still moving."""
        form = next((w for w in self.ancestors if isinstance(w, Widget)
                     and w.allow_vertical_scroll), None)
        if form is not None:
            form.call_after_refresh(self._scroll_back, form)

    def _scroll_back(self, form: Widget) -> None:
        self.app.animator.force_stop_animation(form, "scroll_y")
        self._keep_in_view(immediate=True)

    def _changed(self) -> None:
        self.app.post_message(Edited(self.place))

    # --- keys ------------------------------------------------------------------

    async def on_key(self, event: events.Key) -> None:
        # The list's keys run here, in the list's own queue, rather than as bindings
        # (which run once the key has bubbled up to the app). The app hands keys out one
        # at a time (settle.OneKeyAtATime), but not when it is never idle: then a burst
        # still edits as typed, and keys that reach the list while an item is open go
        # to the item. The bindings stay for the footer.
        if self._editor is not None:
            await self._key_while_editing(self._editor, event)
            return
        action = keymap(type(self)).get(event.key)
        if action is None:
            return
        _, name, parameters = parse(action)
        if self.can(name):
            event.stop()
            event.prevent_default()
            done = getattr(self, f"action_{name}")(*parameters)
            if isawaitable(done):
                await done

    async def _key_while_editing(self, editor: ItemInput, event: events.Key) -> None:
        """Enter and Escape from the editor, or any key of a burst that came to the list
        before the editor had the focus."""
        if event.key == "enter":
            self._finish_edit(typed(editor))
        elif event.key == "escape":
            self._finish_edit(None)
        elif not await editor.type_key(event):
            return  # Tab and the like go on, as they would from the editor
        event.stop()
        event.prevent_default()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        # The text reaches the document as it is typed, as every field's does, so that
        # a draft written now (the link may drop at any moment) holds it.
        if event.text_area is not self._editor or self.editing is None:
            return
        event.stop()
        text = typed(event.text_area)
        if text != item_text(self.items[self.editing]):
            self.set_text(self.editing, text)
        # The editor grows a line as the text wraps: only then can it leave the view
        # (scrolling it into view at every key was a tenth of the key's time).
        rows = event.text_area.wrapped_document.height
        if rows != self._editor_rows:
            self._editor_rows = rows
            self._keep_in_view()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        # Tab, or a click elsewhere, keeps the item as Enter would. When the terminal
        # loses the focus, the focus goes nowhere and the edit stays open to come back to.
        if event.widget is self._editor and self.screen.focused is not None:
            self._finish_edit(typed(self._editor), refocus=False)

    # --- actions ---------------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        target = self.cursor + step
        if not self.items or target < 0 or target >= len(self.items):
            # Past either end the arrow keys leave the list, as in a form.
            self.screen.focus_previous() if step < 0 else self.screen.focus_next()
            return
        self.cursor = target
        self._show_cursor()

    def action_cursor_to(self, index: int) -> None:
        self.cursor = index if index >= 0 else len(self.items) - 1
        self._show_cursor()

    def select(self, index: int) -> None:
        """Put the cursor on an item (counted from 0) and focus the list."""
        self.cursor = index
        self.focus(scroll_visible=False)
        self._show_cursor()

    async def action_add(self) -> None:
        at = self.cursor + 1 if self.items else 0
        self.insert(at, self.new_item())
        self._adding = True
        await self.action_edit()

    def new_item(self, text: str = "") -> Item:
        """A new item to go after the cursor; a duty joins the current duty's group."""
        if not self.duties:
            return text
        current = self.items[self.cursor] if self.items else None
        return Duty(text, group=current.group if isinstance(current, Duty) else "")

    def insert(self, at: int, item: Item) -> None:
        if self.items:  # the rows around the place, which is then within them
            self.build_rows(max(0, at - 1))
        self.items.insert(at, item)
        row, place = ItemRow("", markup=False), at - self._first
        if place < len(self._built):
            self.mount(row, before=self._built[place])
        else:
            self.mount(row, before=self._below())
        self._built.insert(place, row)
        self.cursor = at
        self.renumber()
        self._show_cursor()
        self._changed()

    async def action_edit(self) -> None:
        if not self.items:
            await self.action_add()
            return
        self.editing = self.cursor
        self._before = item_text(self.items[self.cursor])
        self.refresh_bindings()
        row = self.row(self.cursor)
        row.display = False
        # Loaded at the first edit: Textual's TextArea is not needed to show a list.
        from jdwizard.tui.widgets.item_input import ItemInput

        editor = ItemInput(pictured(self._before), soft_wrap=True, **compact("item-input"))
        self._editor = editor
        await self.mount(editor, after=row)
        editor.focus(scroll_visible=False)
        editor.move_cursor(editor.document.end)
        self._keep_in_view()

    def commit_edit(self) -> None:
        """Keep the item being edited, if any, as Enter would."""
        if self._editor is not None:
            self._finish_edit(typed(self._editor))

    def _finish_edit(self, text: str | None, refocus: bool = True) -> None:
        """Keep the text (None: drop the edit); the list takes the focus back, unless it
        went elsewhere."""
        index, editor = self.editing, self._editor
        self.editing = self._editor = None
        if refocus:
            # At once (focus() would wait its turn), before the editor goes: Textual
            # moves the focus of a widget removed while focused, and shows the list's top.
            self.screen.set_focus(self, scroll_visible=False)
        if editor is not None:
            editor.remove()
        self.refresh_bindings()
        if index is None:
            return
        adding, self._adding = self._adding, False
        if adding and not text:  # a new item left empty is no item
            self._remove(index)
            return
        row = self.row(index)
        row.update(self._row_text(index))  # typed into while hidden (set_text)
        row.display = True
        if text is None:
            text = self._before
        elif not text:  # an item emptied is deleted, and u brings it back
            self.set_text(index, self._before)
            self.cursor = index
            self.action_delete()
            return
        if text != item_text(self.items[index]):
            self.set_text(index, text)
        self._show_cursor()

    def set_text(self, index: int, text: str) -> None:
        item = self.items[index]
        if isinstance(item, Duty):
            item.text = text
        else:
            self.items[index] = text
        # The row of the item being edited is hidden behind its editor: updating it at
        # each key laid out the whole form again (with 3,000 duties, most of a key's
        # time); it shows its text when the edit ends.
        if index != self.editing:
            self.row(index).update(self._row_text(index))
        self._changed()

    def replace(self, index: int, item: Item) -> None:
        self.items[index] = item
        self.row(index).update(self._row_text(index))
        self._changed()

    def action_delete(self) -> None:
        if not self.items:
            return
        self.deleted.append((self.cursor, self.items[self.cursor]))
        self._remove(self.cursor)
        self.refresh_bindings()
        self.notify(t("Deleted. Press u to undo."), timeout=3)

    def _remove(self, index: int) -> None:
        row = self.row(index)
        self._built.remove(row)
        del self.items[index]
        row.remove()
        self.call_after_refresh(self._after_remove)
        self._changed()

    def _after_remove(self) -> None:
        self.renumber()
        self._show_cursor()

    def action_undo(self) -> None:
        if self.deleted:
            index, item = self.deleted.pop()
            self.insert(min(index, len(self.items)), item)
            self.refresh_bindings()

    def action_move(self, step: int) -> None:
        target = self.cursor + step
        if not self.items or not 0 <= target < len(self.items):
            return
        items = self.items
        items[self.cursor], items[target] = items[target], items[self.cursor]
        self.cursor = target
        self.renumber()
        self._show_cursor()
        self._changed()

    def action_library(self) -> None:
        self.post_message(LibraryRequested(self))

    def action_external(self) -> None:
        if self.items:
            self.post_message(ExternalRequested(self, self.cursor))


class DutyEditor(ListEditor):
    """The duties list, with each duty's group, share of time and essential mark."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding(both("g"), "details", "Details")]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # With Details, 80 columns have no room for Undo beside Move: while there is a
        # delete to undo, Undo takes Move's place in the footer (shift+Up/Down still move).
        if action == "move" and self.deleted:
            return False
        return super().check_action(action, parameters)

    def action_details(self) -> None:
        if self.items:
            self.post_message(DetailsRequested(self, self.cursor))
