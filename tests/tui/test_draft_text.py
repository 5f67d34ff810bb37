"""The draft's text, made anew after each change with each duty's line kept, is the text
fileformat.dumps makes of the document: a draft that says what the file says is not
offered back (drafts.pending compares them)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard import fileformat, presets
from jdwizard.drafttext import DraftText
from jdwizard.model import Document, Duty
from tests.strategies import documents, duties


def test_every_preset_as_dumps_writes_it() -> None:
    made = DraftText()
    for preset in presets.all_presets():
        doc = presets.new_document(preset.name)
        assert made.text(doc) == fileformat.dumps(doc), preset.name
        doc.duties.items = []
        assert made.text(doc) == fileformat.dumps(doc), preset.name


def test_the_duties_edited_between_drafts() -> None:
    doc = presets.new_document("sales-manager")
    doc.duties.items = [Duty(f"Duty {i}", group=f"G{i % 3}") for i in range(300)]
    made = DraftText()
    assert made.text(doc) == fileformat.dumps(doc)
    doc.duties.items[5].text += " typed"  # a duty being typed into
    doc.duties.items[7].share = 20  # its details set
    doc.duties.items.insert(0, Duty(""))  # a duty just added, empty: left out
    del doc.duties.items[100]
    doc.duties.items[1], doc.duties.items[2] = doc.duties.items[2], doc.duties.items[1]
    doc.position.title = "Senior Sales Manager"  # a field outside the duties
    assert made.text(doc) == fileformat.dumps(doc)
    assert fileformat.loads(made.text(doc)) == fileformat.loads(fileformat.dumps(doc))


@settings(max_examples=60, deadline=None)
@given(documents, st.lists(duties, max_size=5))
def test_any_document_then_changed_duties(doc: Document, more: list[Duty]) -> None:
    made = DraftText()
    assert made.text(doc) == fileformat.dumps(doc)
    doc.duties.items = [*more, *doc.duties.items[1:]]
    assert made.text(doc) == fileformat.dumps(doc)
