"""The first step of a new document: a preset or a blank page, and the language."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from jdwizard.output.markdown import render
from jdwizard.presets import Preset, all_presets, blank_preset, matching
from jdwizard.tui.messages import ImportRequested, LanguageChosen, PresetChosen
from jdwizard.tui.steps.base import StepForm
from jdwizard.tui.widgets.fields import FieldSelect
from jdwizard.tui.widgets.preview import Preview
from jdwizard.uilang import t

LANGUAGES = (("en", "English"), ("ru", "Русский"))
IMPORTS = (("import-profstandard", "From a professional standard (its XML file)…"),
           ("import-onet", "From O*NET (its database folder)…"))
"""The official sources a description can start from, after the presets."""


class StartForm(StepForm):
    key = "start"
    hint = "Type to filter the presets; Down to the list; Enter starts from the one chosen."

    def compose(self) -> ComposeResult:
        yield self.intro()
        with Horizontal(classes="field"):
            yield Label(t("Language"), id="language-label", classes="field-label")
            yield FieldSelect([(name, code) for code, name in LANGUAGES], label=t("Language"),
                              value=self.doc.language, allow_blank=False, id="language",
                              compact=True, classes="field-editor")
        yield Input(placeholder=t("Filter presets"), id="preset-filter", compact=True)
        yield OptionList(id="preset-list")
        yield Label(t("Preview of the preset"), id="preset-preview-title",
                    classes="group-title")
        yield Preview(self._preview_text, id="preset-preview")

    def retranslate(self) -> None:
        self.query_one(".step-hint", Static).update(t(self.hint))
        self.query_one("#language-label", Label).update(t("Language"))
        self.query_one("#language", FieldSelect).label = t("Language")
        self.query_one("#preset-filter", Input).placeholder = t("Filter presets")
        self.query_one("#preset-preview-title", Label).update(t("Preview of the preset"))
        self._fill()

    @property
    def language(self) -> str:
        value = self.query_one("#language", Select).value
        return value if isinstance(value, str) else "en"

    def matching(self) -> list[Preset]:
        return matching(self.query_one("#preset-filter", Input).value, self.language)

    def on_mount(self) -> None:
        self._fill()

    def focus_first(self, at_once: bool = False) -> None:
        self.focus_widget(self.query_one("#preset-filter", Input), at_once)

    def on_resize(self) -> None:
        self._fill()

    def _fill(self) -> None:
        lists = self.query("#preset-list")
        if not lists:
            return  # the filter spoke before the list was mounted; on_mount fills it
        options = lists.first(OptionList)
        keep = options.highlighted_option.id if options.highlighted_option else None
        found = self.matching()
        width = max(20, self.size.width - 4)
        shown = [Option(Text(_one_line(p, width)), id=p.name) for p in found]
        if not found:
            # An empty list would leave no way on but clearing the filter.
            found = [blank_preset(self.language)]
            typed = " ".join(self.query_one("#preset-filter", Input).value.split())
            shown = [Option(Text(t("No preset matches “{typed}”; start from:", typed=typed)),
                            disabled=True),
                     Option(Text(_one_line(found[0], width)), id=found[0].name)]
        shown += [Option(Text(t(words)), id=key) for key, words in IMPORTS]
        options.set_options(shown)
        # The sources are not kept: a filter typed anew goes to the preset it found.
        target = keep if keep in {p.name for p in found} else found[0].name
        options.highlighted = next(i for i, o in enumerate(shown) if o.id == target)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._fill()
        # The interface speaks the language chosen for the document, as it will when
        # the file is opened again.
        self.post_message(LanguageChosen(self.language))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.choose_highlighted()

    def key_down(self, event: events.Key) -> None:
        if self.query_one("#preset-filter", Input).has_focus:
            event.stop()
            event.prevent_default()
            self.query_one("#preset-list", OptionList).focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.query_one(Preview).changed()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option.id or "")

    def choose_highlighted(self) -> None:
        option = self.query_one("#preset-list", OptionList).highlighted_option
        if option is not None:
            self._choose(option.id or "")

    def _choose(self, key: str) -> None:
        if key.startswith("import-"):
            self.post_message(ImportRequested(key.removeprefix("import-")))
        else:
            self.post_message(PresetChosen(key, self.language))

    def advance(self) -> bool:
        self.choose_highlighted()
        return True

    def _preview_text(self) -> str:
        options = self.query_one("#preset-list", OptionList)
        option = options.highlighted_option
        if option is None:
            return ""
        if option.id == "import-profstandard":
            return t("A Russian description made from a professional standard: its "
                     "labour actions as the duties, its knowledge and skills, education, "
                     "experience and codes, with the standard named as the basis. Enter "
                     "asks for the XML file, then for the generalized function.")
        if option.id == "import-onet":
            return t("An English description made from an O*NET occupation: its tasks as "
                     "the duties (Core ones essential), its description as the summary, "
                     "its code, and the licence's attribution. Enter asks for the "
                     "database's folder, then for the occupation.")
        return render(next(p.document for p in all_presets() if p.name == option.id))


def _one_line(preset: Preset, width: int = 54) -> str:
    """Title and summary cut to one line: the preview below shows the whole preset."""
    if not preset.title:
        return t("Blank page: only the clauses every description carries")
    line = f"{preset.title}: {preset.summary}"
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"
