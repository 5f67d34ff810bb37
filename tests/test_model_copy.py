"""copy_document is a deep copy for everything an editor changes; a duty is small."""

from __future__ import annotations

import copy
import pickle
from datetime import date

from hypothesis import given, settings

from jdwizard.model import Approval, Document, Duty, Revision, Signature, copy_document
from tests.strategies import documents


@given(documents)
@settings(max_examples=100, deadline=None)
def test_the_copy_is_equal_and_shares_nothing_that_changes(doc: Document) -> None:
    copied = copy_document(doc)
    assert copied == doc
    assert type(copied.approval) is Approval
    for name in ("duties", "position", "qualifications", "approval", "document"):
        assert getattr(copied, name) is not getattr(doc, name)
    assert copied.duties.items is not doc.duties.items
    assert all(a is not b for a, b in zip(copied.duties.items, doc.duties.items, strict=True))
    assert copied.agreed is not doc.agreed


def test_a_change_to_the_document_leaves_the_copy_as_it_was() -> None:
    doc = Document()
    doc.duties.items = [Duty("Sell", group="Sales", share=20, essential=True)]
    doc.position.codes = {"okz": "1234"}
    doc.agreed = [Signature("Lawyer", "I. Petrov", date(2026, 12, 1))]
    copied = copy_document(doc)
    doc.duties.items[0].text = "Buy"
    doc.duties.items.append(Duty("More"))
    doc.position.codes["isco08"] = "5678"
    doc.agreed[0].name = "A. Sidorov"
    doc.revisions.append(Revision(changes="x"))
    assert copied.duties.items == [Duty("Sell", group="Sales", share=20, essential=True)]
    assert copied.position.codes == {"okz": "1234"}
    assert copied.agreed[0].name == "I. Petrov"
    assert copied.revisions == []


def test_a_duty_has_no_dict_and_still_pickles_and_copies() -> None:
    duty = Duty("Sell", group="Sales", share=20, essential=False)
    assert not hasattr(duty, "__dict__")
    assert pickle.loads(pickle.dumps(duty, pickle.HIGHEST_PROTOCOL)) == duty
    assert copy.deepcopy(duty) == duty and copy.copy(duty) == duty
