"""The hub's right side before any step is opened: every step's state and contents."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.widgets import Static

from jdwizard.findings import ERROR, Finding
from jdwizard.model import Document
from jdwizard.steps import MARKS, STEPS, Step
from jdwizard.tui.widgets.step_list import STYLES
from jdwizard.uilang import t

INTRO = "Choose a step on the left and press Enter."
CATEGORIES = {"worker": "worker", "specialist": "specialist", "manager": "manager",
              "technical": "technical"}
"""The employee categories as a summary names them: the file's own words, in English."""


class Overview(Static):
    """Cheap to draw: one text, no fields, so the first screen of a big file comes fast."""

    def __init__(self, id: str | None = None) -> None:
        # The step states follow a frame later, once the checks have run.
        super().__init__(t(INTRO), id=id)
        self.shown = False

    def retranslate(self) -> None:
        if not self.shown:
            self.update(t(INTRO))

    def show(self, doc: Document, findings: Sequence[Finding], states: dict[str, str]) -> None:
        """The text anew, from the document, its findings and each step's state."""
        self.shown = True
        text = Text()
        text.append(f"{t(INTRO)}\n\n", style="dim")
        for step in STEPS:
            if step.key not in states:
                continue
            state = states[step.key]
            text.append(MARKS[state], style=STYLES.get(state, ""))
            text.append(f" {t(step.title)}: ", style="bold")
            text.append(f"{summary(step, doc)}\n")
        errors = sum(f.severity == ERROR for f in findings)
        said = (t("{errors} to fix, {warnings} to look at: see Review & save.",
                  errors=errors, warnings=len(findings) - errors)
                if findings else t("Nothing missing or vague."))
        text.append(f"\n{said}", style="dim")
        self.update(text)


def summary(step: Step, doc: Document) -> str:
    """One line on what the step holds, in the interface's language."""
    q, s, a = doc.qualifications, doc.subordination, doc.approval
    summaries: dict[str, Callable[[], str]] = {
        "position": lambda: _join(doc.position.title,
                                  _category(doc.position.category),
                                  doc.organization.department),
        "subordination": lambda: _join(s.reports_to and t("reports to {whom}",
                                                           whom=s.reports_to),
                                       s.appointment),
        "qualifications": lambda: _join(q.education,
                                        _count(q.knowledge, "{n} thing to know",
                                               "{n} things to know")),
        "duties": lambda: _join(_count(doc.duties.items, "{n} duty", "{n} duties"),
                                _count(doc.functions.items, "{n} function", "{n} functions")),
        "rights": lambda: _count(doc.rights.items, "{n} right", "{n} rights"),
        "liability": lambda: _count(doc.liability.items, "{n} clause", "{n} clauses"),
        "conditions": lambda: _join(doc.conditions.schedule,
                                    _count(doc.final.items, "{n} final provision",
                                           "{n} final provisions")),
        "signoff": lambda: _join(a.position and t("approved by {whom}", whom=a.position),
                                 _count(doc.agreed, "{n} agreement", "{n} agreements"),
                                 _count(doc.acknowledged, "{n} acknowledgement",
                                        "{n} acknowledgements")),
    }
    make = summaries.get(step.key)
    return (make() if make else "") or t("empty")


def _category(value: str) -> str:
    return t(CATEGORIES[value]) if value in CATEGORIES else value


def _count(items: Sequence[object], one: str, many: str) -> str:
    """ "{n} duties": the catalogue's words for a count, which in Russian name it
    without a plural to agree ("обязанностей: 5")."""
    return t(one if len(items) == 1 else many, n=len(items)) if items else ""


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)
