"""The hub: every step with its state, by mark as well as by colour."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from jdwizard.steps import DONE, EMPTY, MARKS, MISSING, STEPS, Step
from jdwizard.uilang import t

STYLES = {DONE: "green", MISSING: "bold red", EMPTY: "dim"}


class StepList(OptionList):
    def __init__(self, with_start: bool) -> None:
        self.steps: list[Step] = [s for s in STEPS if with_start or s.key != "start"]
        super().__init__(*(Option(Text(t(s.title)), id=s.key) for s in self.steps), id="steps")
        self.states: dict[str, str] = {}
        self.current = ""
        self.retitle()

    def retitle(self) -> None:
        """The list's words anew, in the interface's language."""
        self.border_title = t("Steps")
        # The footer is full of the focused field's keys; these two are always here.
        self.border_subtitle = t("F1 help ^q quit")
        if self.states:
            self.show_states(self.states)

    def show_states(self, states: dict[str, str]) -> None:
        self.states = states
        for index, step in enumerate(self.steps):
            state = states.get(step.key, "")
            mark = MARKS.get(state, "   ")
            # The open step is marked in text as well as by the highlight.
            pointer = "›" if step.key == self.current else " "
            prompt = Text.assemble((mark, STYLES.get(state, "")), pointer, t(step.title))
            self.replace_option_prompt_at_index(index, prompt)

    def show_step(self, key: str) -> None:
        self.current = key
        self.highlighted = self.get_option_index(key)
        self.show_states(self.states)
