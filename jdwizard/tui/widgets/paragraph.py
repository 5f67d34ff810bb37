"""A text box that holds one paragraph, soft-wrapped over a few lines."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import TextArea


class ParagraphArea(TextArea):
    """One paragraph, wrapped: Home, End, ctrl+u and ctrl+k reach the start and end of
    the whole text, not of a screen line (a wrapped line is not a line the user wrote),
    with the other keys of Textual's text widgets."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "text_start", show=False),
        Binding("end,ctrl+e", "text_end", show=False),
        Binding("shift+home", "text_start(True)", show=False),
        Binding("shift+end", "text_end(True)", show=False),
        Binding("ctrl+u", "delete_to_text_start", show=False),
        Binding("ctrl+k", "delete_to_text_end", show=False),
        Binding("ctrl+a", "select_all", show=False),
        # TextArea has alt+delete alone, which xterm sends as Escape and then Delete
        # (Escape would leave the field): ctrl+Delete and readline's alt+d as well.
        Binding("ctrl+delete,alt+d,alt+delete", "delete_word_right", show=False),
    ]

    _styled: tuple[object, ...] = ()
    """What the theme's styles were last taken from (see render_lines)."""

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styled = ()  # the CSS changed: its styles are taken anew at the next frame

    def render_lines(self, crop: Region) -> list[Strip]:
        # TextArea takes its theme's styles from the CSS again at every frame, most of
        # the time of drawing a key typed: here only when they may have changed. Textual
        # makes the component styles (cursor, selection) anew whenever it styles the
        # widget (focus, a class here or above, the app's theme), and says so to
        # notify_style_update; the ones kept here are held, so none is another's.
        styled = (self._theme, *self._component_styles.values())
        if len(styled) == len(self._styled) and all(
                a is b for a, b in zip(styled, self._styled, strict=True)):
            return super(TextArea, self).render_lines(crop)
        self._styled = styled
        return super().render_lines(crop)

    def action_text_start(self, select: bool = False) -> None:
        self.move_cursor(self.document.start, select=select)

    def action_text_end(self, select: bool = False) -> None:
        self.move_cursor(self.document.end, select=select)

    def action_delete_to_text_start(self) -> None:
        self.delete(self.document.start, self.cursor_location, maintain_selection_offset=False)

    def action_delete_to_text_end(self) -> None:
        self.delete(self.cursor_location, self.document.end, maintain_selection_offset=False)
