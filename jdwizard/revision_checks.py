"""What check says of the revisions (the change sheet) and of who must acknowledge them.

A revision needs its date and what it changed. Once the description is revised, each
employee whose acknowledgement predates the revision in force (the last one of the file)
must acknowledge it again, against signature; and where the description is an appendix
to the employment contract, a change of the labour function needs each employee's
written agreement beforehand (Labour Code of the Russian Federation, art. 72).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from jdwizard import uilang
from jdwizard.findings import ERROR, WARNING, Finding
from jdwizard.locale import short_date
from jdwizard.model import Acknowledgement, Document, NumberedRevision, numbered_revisions
from jdwizard.output.mdtext import normalize
from jdwizard.uilang import t


def findings(doc: Document) -> list[Finding]:
    """Every finding of the revisions, in file order: the revisions, then the employees."""
    numbered = numbered_revisions(doc.revisions)
    if not numbered:
        return []
    # Employees are compared with the last revision that has a date: a revision being
    # written (its date still missing, an error) is later still, so whoever signed before
    # the one dated signed before it too.
    dated = [n for n in numbered if n.revision.date]
    return [*_incomplete(numbered), *_out_of_order(numbered),
            *(_to_acknowledge_again(doc, dated[-1]) if dated else []),
            *_labour_function(doc, numbered[-1])]


def _shown(value: date) -> str:
    """A date in a message: 15.03.2027 in Russian, 2027-03-15 in English."""
    return short_date(uilang.current(), value)


def _incomplete(numbered: list[NumberedRevision]) -> Iterator[Finding]:
    # Loading lets these through, as it does any other required value left empty, so
    # that the wizard can hold a revision being typed; check says what is missing.
    for n in numbered:
        place = f"revisions[{n.place}]"
        if n.revision.date is None:
            yield Finding(f"{place}.date", ERROR,
                          t("the revision has no date: the day it was approved"))
        if not normalize(n.revision.changes):
            yield Finding(f"{place}.changes", ERROR,
                          t("the revision does not say what it changed"))


def _out_of_order(numbered: list[NumberedRevision]) -> Iterator[Finding]:
    # The last revision of the file is taken as the one in force (the acknowledgement
    # sheet's block, the warnings below): one listed out of order would mislead both.
    latest: NumberedRevision | None = None
    for n in numbered:
        when = n.revision.date
        if when is None:
            continue
        if latest and latest.revision.date and when < latest.revision.date:
            yield Finding(f"revisions[{n.place}].date", WARNING,
                          t("dated {date}, before revision {number} above it ({other}); list "
                            "the revisions in the order they were made: the last one is the "
                            "one in force", date=_shown(when), number=latest.number,
                            other=_shown(latest.revision.date)))
        else:
            latest = n


def _to_acknowledge_again(doc: Document, latest: NumberedRevision) -> Iterator[Finding]:
    revised = latest.revision.date
    assert revised is not None  # only dated revisions are compared with
    for i, row in enumerate(doc.acknowledged, 1):
        if row.is_empty:
            continue
        place, name = f"acknowledged[{i}].date", _name(row, i)
        if row.date is None:
            yield Finding(place, WARNING,
                          t("{name} has no date of acknowledgement, and the description was "
                            "revised on {revision}: must acknowledge the revision, with the "
                            "date", name=name, revision=_shown(revised)))
        elif row.date < revised:
            # The same day counts as after: the employee read the revised text that day.
            yield Finding(place, WARNING,
                          t("{name} acknowledged on {acknowledged}, before the revision of "
                            "{revision}: must acknowledge it again", name=name,
                            acknowledged=_shown(row.date), revision=_shown(revised)))


def _name(row: Acknowledgement, number: int) -> str:
    return normalize(row.name) or t("the employee of row {row}", row=number)


def _labour_function(doc: Document, current: NumberedRevision) -> Iterator[Finding]:
    if doc.document.contract_appendix and current.revision.labour_function:
        yield Finding(f"revisions[{current.place}]", WARNING, t(
            "the revision changes the labour function, and the description is an appendix "
            "to the employment contract: each employee must agree to the change in writing "
            "in advance (Labour Code, art. 72: the labour function changes only by a written "
            "agreement of the parties; art. 74 lets the employer change other terms on two "
            "months' written notice, never the labour function)"))
