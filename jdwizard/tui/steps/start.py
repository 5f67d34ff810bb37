"""The first step of a new document: a preset or a blank page, and the language."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label, OptionList, RadioButton, RadioSet
from textual.widgets.option_list import Option

from jdwizard.markdown import render
from jdwizard.presets import Preset, all_presets
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.preview import Preview

LANGUAGES = (("en", "English"), ("ru", "Русский"))


class StartForm(StepForm):
    key = "start"
    hint = "Pick a preset to start from, or a blank page. Type to filter; Enter chooses."

    class Chosen(Message):
        def __init__(self, preset: str, language: str) -> None:
            super().__init__()
            self.preset = preset
            self.language = language

    def compose(self) -> ComposeResult:
        yield self.intro()
        with Horizontal(classes="start-language"):
            yield Label("Language", classes="field-label")
            with RadioSet(id="language", compact=True):
                for code, name in LANGUAGES:
                    yield RadioButton(name, value=code == self.doc.language, id=f"lang-{code}")
        yield Input(placeholder="Filter presets", id="preset-filter", compact=True)
        yield OptionList(id="preset-list")
        yield Label("Preview of the preset", classes="group-title")
        yield Preview(self._preview_text, id="preset-preview")

    @property
    def language(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return (pressed.id or "lang-en").removeprefix("lang-") if pressed else "en"

    def matching(self) -> list[Preset]:
        words = self.query_one("#preset-filter", Input).value.casefold().split()
        found = []
        for preset in all_presets():
            haystack = f"{preset.name} {preset.title} {preset.summary}".casefold()
            if preset.language == self.language and all(w in haystack for w in words):
                found.append(preset)
        return found

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        options = self.query_one("#preset-list", OptionList)
        options.set_options(
            Option(Text(f"{p.title or 'Blank page'}: {p.summary or 'only the standard clauses'}"),
                   id=p.name)
            for p in self.matching()
        )
        options.highlighted = 0 if options.option_count else None

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self._fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#preset-list", OptionList).focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.query_one(Preview).changed()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option.id or "", self.language))

    def choose_highlighted(self) -> None:
        option = self.query_one("#preset-list", OptionList).highlighted_option
        if option is not None:
            self.post_message(self.Chosen(option.id or "", self.language))

    def _preview_text(self) -> str:
        options = self.query_one("#preset-list", OptionList)
        option = options.highlighted_option
        if option is None:
            return ""
        return render(next(p.document for p in all_presets() if p.name == option.id))
