"""The hub's right side before any step is opened: every step's state and contents."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from jdwizard.findings import ERROR, Finding
from jdwizard.model import Document
from jdwizard.steps import MARKS, STEPS, step_summary
from jdwizard.tui.widgets.step_list import STYLES

INTRO = "Choose a step on the left and press Enter."


class Overview(Static):
    """Cheap to draw: one text, no fields, so the first screen of a big file comes fast."""

    def __init__(self, id: str | None = None) -> None:
        # The step states follow a frame later, once the checks have run.
        super().__init__(INTRO, id=id)

    def show(self, doc: Document, findings: Sequence[Finding], states: dict[str, str]) -> None:
        """The text anew, from the document, its findings and each step's state."""
        text = Text()
        text.append(f"{INTRO}\n\n", style="dim")
        for step in STEPS:
            if step.key not in states:
                continue
            state = states[step.key]
            text.append(MARKS[state], style=STYLES.get(state, ""))
            text.append(f" {step.title}: ", style="bold")
            text.append(f"{step_summary(step, doc)}\n")
        errors = sum(f.severity == ERROR for f in findings)
        text.append(f"\n{errors} to fix, {len(findings) - errors} to look at: see Review & save."
                    if findings else "\nNothing missing or vague.", style="dim")
        self.update(text)
