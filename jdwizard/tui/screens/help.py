"""Every key of the wizard, on one screen."""

from __future__ import annotations

from typing import ClassVar, Final

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from jdwizard import uilang
from jdwizard.keys import TWIN, both
from jdwizard.tui.screens.dialog import Dialog
from jdwizard.uilang import t

Keys = tuple[str, str]
"""The keys, as the help writes them, and what they do."""

SECTIONS: Final[list[tuple[str, list[tuple[Keys, Keys]]]]] = [
    ("[b]Anywhere[/b]", [
        (("F8 / ctrl+PgDn", "next step"), ("F7 / ctrl+PgUp", "previous step")),
        (("ctrl+s / F2", "save (and exports)"), ("ctrl+q / F10", "quit (asks first)")),
        (("F3", "preview (3 ways)"), ("ctrl+p", 'palette ("Go to")')),
        (("Tab / shift+Tab", "next / prev. field"), ("Esc", "to the step list")),
        (("Enter", "next field"), ("Space / Down", "open a choice")),
        (("F1", "this help"), ("u (sign-off)", "undo a Remove")),
    ]),
    ("", []),
    ("[b]A list (duties, rights, knowledge, ...)[/b]", [
        (("Up / Down", "move"), ("Enter", "edit the item")),
        (("a / Insert", "add after"), ("d / Delete", "delete")),
        (("u / ctrl+z", "undo the delete"), ("l", "preset library")),
        (("shift+Up / -", "move the item up"), ("shift+Down / +", "move it down")),
        (("ctrl+e / F4", "edit in $EDITOR"), ("g", "group, share, mark")),
    ]),
    ("[b]An item being edited[/b]: Enter or Tab keeps it, Esc drops the change", [
        (("Home / End", "start / end of text"), ("ctrl+Left/Right", "a word left / right")),
        (("Delete", "delete right"), ("ctrl+w / alt+d", "delete word left/right")),
        (("ctrl+u / ctrl+k", "delete to start/end"), ("ctrl+a", "select all")),
        (("Up / Down", "wrapped lines"), ("shift+arrows", "select")),
    ]),
    ("", []),
    ("[b]Step list[/b]: Up / Down, Enter.  [b]Review[/b]: Enter: a finding's field; e export",
     []),
]
"""The help's sections: a heading, and rows of two keys each."""
WHERE: Final = ("(sign-off)",)
"""Where a key does what it says, after the key: translated with the descriptions."""


def keys_text(keys: str, language: str) -> str:
    """The keys as the help shows them; on a Russian screen a letter key names the key of
    the Russian layout that does the same: "a/ф / Insert"."""
    if language != "ru":
        return keys
    shown = []
    for key in keys.split(" / "):
        letter, _, rest = key.partition(" ")
        twin = TWIN.get(letter) if letter.isalpha() and len(letter) == 1 else None
        where = t(rest) if rest in WHERE else rest
        shown.append(f"{letter}/{twin}{' ' + where if where else ''}" if twin else key)
    return " / ".join(shown)


def help_text(language: str | None = None) -> str:
    """The help in the interface's language (or in English), in two columns as wide as
    their widest entry."""
    language = language or uilang.current()

    def say(text: str) -> str:
        return text if language == "en" else t(text)

    rows = [(keys_text(k1, language), say(d1), keys_text(k2, language), say(d2))
            for _, section in SECTIONS for (k1, d1), (k2, d2) in section]
    widths = [max([minimum, *(len(row[i]) + 1 for row in rows)])
              for i, minimum in enumerate((16, 20, 16))]
    lines: list[str] = []
    left = iter(rows)
    for heading, section in SECTIONS:
        if heading or not section:
            lines.append(say(heading) if heading else "")
        for _ in section:
            k1, d1, k2, d2 = next(left)
            lines.append("  " + k1.ljust(widths[0]) + d1.ljust(widths[1]) + k2.ljust(widths[2])
                         + d2)
    return "\n".join(lines)


KEYS: Final = help_text("en") + "\n"
"""The help in English."""


class HelpScreen(Dialog[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(f"escape,f1,{both('q')}", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static(help_text())

    def action_close(self) -> None:
        self.dismiss(None)
