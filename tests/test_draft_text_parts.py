"""The draft's text from the kept heads, tails and texts is dumps' text, as duties change
what their lines are made of: a text to escape, another group, a share set."""

from __future__ import annotations

from jdwizard import fileformat
from jdwizard.drafttext import KEPT_GONE, DraftText
from jdwizard.model import Document, Duty


def test_lines_whose_parts_change_between_drafts() -> None:
    doc = Document()
    doc.duties.items = [Duty(f"Duty {i}", group=f"G{i % 4}") for i in range(40)]
    doc.duties.items += [Duty('Say "hello"'), Duty("Tab\tand back\\slash", share=5)]
    made = DraftText()
    assert made.text(doc) == fileformat.dumps(doc)
    first, second = doc.duties.items[0], doc.duties.items[1]
    first.text = 'Now "quoted"'  # written as it was, now escaped
    second.group = ""  # a table, now plain
    doc.duties.items[2].essential = False
    doc.duties.items[-2].text = "Plain again"
    doc.duties.items[3].text = "   "  # left out
    doc.duties.items.append(Duty("Duty 5", group="G1"))  # a text and values seen before
    assert made.text(doc) == fileformat.dumps(doc)
    doc.duties.items = [Duty("Only one")]
    assert made.text(doc) == fileformat.dumps(doc)
    doc.duties.items = []
    assert made.text(doc) == fileformat.dumps(doc)


def test_a_long_run_of_typing_keeps_few_texts_no_duty_holds() -> None:
    doc = Document()
    doc.duties.items = [Duty(f"Duty {i}", group="G") for i in range(10)]
    made = DraftText()
    typed = doc.duties.items[4]
    for i in range(3 * KEPT_GONE):  # a draft after each key
        typed.text += "ab"[i % 2]
        typed.group = f"G{i}"
        assert made.text(doc) == fileformat.dumps(doc)
        assert len(made._texts) <= len(doc.duties.items) + KEPT_GONE + 1
        assert len(made._frames) <= len(doc.duties.items) + KEPT_GONE + 1
