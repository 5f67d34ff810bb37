"""Which values a job description must have: the errors `check` reports when they are
empty, and the "*" of the wizard's forms, from one list.

Apart from jdwizard/checks.py, which loads the vague-wording rules, the lead-ins and the
department comparison: a form that marks its required fields need not load those before
its first frame.
"""

from __future__ import annotations

import functools

from jdwizard.findings import ERROR, N_, WARNING
from jdwizard.model import Document


def is_required(place: str, language: str) -> bool:
    """Whether a value at place (or a list in its section) is an error to leave empty in
    a document of the language: the forms mark these with "*"."""
    required = _required_places(language)
    return place in required or place.split(".")[0] in required


@functools.cache
def _required_places(language: str) -> frozenset[str]:
    # Derived from the checks themselves, so a form's "*" cannot say other than check.
    empty = Document(language=language)
    return frozenset(place for place, _, severity, _ in required_fields(empty)
                     if severity == ERROR)


def required_fields(doc: Document) -> list[tuple[str, bool, str, str]]:
    """(place, missing, severity, message), in document order; the message in English,
    for uilang.t() (most fields are there: a message is translated only when missing)."""
    sub = doc.subordination
    # US-style descriptions (postings, SHRM forms) often carry no employee category,
    # appointment clause, rights, liability or sign-off; Russian practice requires them.
    customary = WARNING if doc.language == "en" else ERROR
    return [
        ("position.title", not doc.position.title.strip(), ERROR,
         N_("the position has no title")),
        ("position.category", not doc.position.category, customary,
         N_("no employee category (worker, specialist, manager or technical)")),
        ("subordination.reports_to", not sub.reports_to.strip() and not sub.heads_organization,
         ERROR,
         N_("whom the position reports to is missing (or mark it as heading the organization)")),
        ("subordination.appointment", not sub.appointment.strip(), customary,
         N_("how the employee is appointed and dismissed is missing")),
        ("duties", not doc.duties.items, ERROR,
         N_("no duties: a job description needs at least one")),
        ("rights", not doc.rights.items, customary,
         N_("no rights: the document should grant at least one")),
        ("liability", not doc.liability.items, customary, N_("no liability clauses")),
        ("approval.position", not doc.approval.position.strip(), customary,
         N_("no approver: whose position approves the document")),
    ]
