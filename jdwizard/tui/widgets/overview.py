"""The hub's right side before any step is opened: every step's state and contents."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from jdwizard.checks import ERROR, Finding
from jdwizard.model import Document
from jdwizard.steps import MARKS, STEPS, step_state, step_summary
from jdwizard.tui.widgets.step_list import STYLES


class Overview(Static):
    """Cheap to draw: one text, no fields, so the first screen of a big file comes fast."""

    def show(self, doc: Document, findings: Sequence[Finding]) -> None:
        text = Text()
        text.append("Choose a step on the left and press Enter.\n\n", style="dim")
        for step in STEPS:
            if step.key in ("start", "review"):
                continue
            state = step_state(step, doc, findings)
            text.append(MARKS[state], style=STYLES.get(state, ""))
            text.append(f" {step.title}: ", style="bold")
            text.append(f"{step_summary(step, doc)}\n")
        errors = sum(f.severity == ERROR for f in findings)
        text.append(f"\n{errors} missing, {len(findings) - errors} to look at: "
                    "see Review & save.", style="dim")
        self.update(text)
