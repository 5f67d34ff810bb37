"""The wizard's steps and the state of each, computed from the document and its findings.

Kept apart from Textual so that the command line can name the sections and tests can
check the states without a terminal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Final, NamedTuple

from jdwizard.findings import ERROR, Finding
from jdwizard.model import Document

DONE: Final = "done"
MISSING: Final = "missing"
EMPTY: Final = "empty"
MARKS: Final = {DONE: "[x]", MISSING: "[!]", EMPTY: "[ ]"}


class Step(NamedTuple):
    key: str
    title: str
    sections: tuple[str, ...]
    """Top-level model fields this step edits; findings under them belong here."""


STEPS: Final = (
    Step("start", "Start", ()),
    Step("position", "Position", ("document", "organization", "position")),
    Step("subordination", "Subordination", ("subordination", "general")),
    Step("qualifications", "Qualifications", ("qualifications",)),
    Step("duties", "Duties", ("functions", "duties")),
    Step("rights", "Rights", ("rights",)),
    Step("liability", "Liability", ("liability",)),
    Step("conditions", "Conditions", ("relationships", "conditions", "performance", "final")),
    Step("signoff", "Sign-off", ("approval", "author", "agreed", "acknowledged", "revisions")),
    Step("review", "Review & save", ()),
)
SECTION_NAMES: Final = tuple(s.key for s in STEPS if s.key != "start")


def step_by_key(key: str) -> Step:
    return next(s for s in STEPS if s.key == key)


def step_for_place(place: str) -> Step:
    top = place.split(".")[0].split("[")[0]
    return next((s for s in STEPS if top in s.sections), step_by_key("review"))


def step_state(step: Step, doc: Document, findings: Sequence[Finding]) -> str:
    """Missing when a required value of the step is missing, empty when it holds nothing."""
    if any(f.severity == ERROR and step_for_place(f.place) == step for f in findings):
        return MISSING
    if step.sections and not any(_has_value(getattr(doc, s)) for s in step.sections):
        return EMPTY
    return DONE


def _has_value(value: object) -> bool:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return any(_has_value(getattr(value, f.name)) for f in dataclasses.fields(value))
    return value is not None and value not in ("", [], {})
