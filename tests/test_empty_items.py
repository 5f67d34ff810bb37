"""An empty list item (an item just added, or cleared) is never written: not to the TOML,
not as a bare number in the Markdown, and it takes no number from the items after it."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import given, settings

from jdwizard import fileformat
from jdwizard.model import Document, Duty
from jdwizard.output import markdown
from jdwizard.output.layout import clause_numbers
from jdwizard.output.mdtext import normalize
from tests.strategies import documents


def blank_items_dropped(value: Any) -> Any:
    """The value with every list item that has no text left out, at any depth."""
    if isinstance(value, list):
        return [blank_items_dropped(v) for v in value
                if not isinstance(v, str | Duty) or normalize(v if isinstance(v, str) else v.text)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{
            f.name: blank_items_dropped(getattr(value, f.name))
            for f in dataclasses.fields(value)})
    return value


def with_empty_items() -> Document:
    doc = Document()
    doc.position.title = "Sales Manager"
    doc.duties.items = [Duty("Call customers"), Duty(""), Duty("  ", group="Contracts"),
                        Duty("Sign contracts", group="Contracts", share=20)]
    doc.rights.items = ["", "To make proposals", " \t "]
    doc.qualifications.knowledge = ["Labour law", ""]
    doc.qualifications.skills = ["", " "]
    doc.general.items = [""]
    doc.conditions.items = ["   "]
    doc.final.items = ["", "Changed by order"]
    return doc


def without_empty_items() -> Document:
    doc = Document()
    doc.position.title = "Sales Manager"
    doc.duties.items = [Duty("Call customers"),
                        Duty("Sign contracts", group="Contracts", share=20)]
    doc.rights.items = ["To make proposals"]
    doc.qualifications.knowledge = ["Labour law"]
    doc.final.items = ["Changed by order"]
    return doc


def test_the_dump_leaves_out_empty_items() -> None:
    text = fileformat.dumps(with_empty_items())
    assert text == fileformat.dumps(without_empty_items())
    assert 'text = ""' not in text and '""' not in text
    assert fileformat.loads(text) == without_empty_items()


def test_the_markdown_prints_no_bare_number() -> None:
    md = markdown.render(with_empty_items())
    assert md == markdown.render(without_empty_items())
    assert "2.1. Call customers" in md
    assert "### Contracts\n\n2.2. Sign contracts" in md


def test_an_empty_item_has_no_number_and_takes_none_from_the_others() -> None:
    numbers = clause_numbers(with_empty_items())
    assert numbers["duties.items[1]"] == "2.1."
    assert "duties.items[2]" not in numbers and "duties.items[3]" not in numbers
    assert numbers["duties.items[4]"] == "2.2."
    assert "rights.items[1]" not in numbers
    assert numbers["rights.items[2]"] == "3.1."
    assert "qualifications.skills" not in numbers
    assert "general.items[1]" not in numbers and "conditions.items[1]" not in numbers


@given(documents)
@settings(max_examples=100, deadline=None)
def test_load_of_dump_is_the_document_without_its_empty_items(doc: Document) -> None:
    assert fileformat.loads(fileformat.dumps(doc)) == blank_items_dropped(doc)
