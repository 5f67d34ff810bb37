from __future__ import annotations

import dataclasses
from datetime import date
from itertools import count
from typing import Any

from hypothesis import given, settings
from markdown_it import MarkdownIt

from jdwizard.model import Acknowledgement, Approval, Document, Duty, Signature
from jdwizard.output import markdown, printed
from jdwizard.output.layout import clause_numbers
from jdwizard.output.mdtext import normalize
from tests.strategies import documents

PARSER = MarkdownIt("commonmark").enable("table")


def block_shape(md: str) -> list[str]:
    """The block structure: token types and nesting, without any text."""
    return [f"{t.type}:{t.tag}:{t.level}" for t in PARSER.parse(md) if t.type != "inline"]


def plain_text(md: str) -> str:
    """All the text a reader sees, with markup removed."""
    out: list[str] = []
    for token in PARSER.parse(md):
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                out.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                out.append("\n")
        out.append("\n")
    return "".join(out)


def safe_twin(doc: Document) -> Document:
    """The same document with every distinct text replaced by a harmless distinct word."""
    words: dict[str, str] = {}
    serial = count(1)

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            key = normalize(value)
            if not key:
                return value
            return words.setdefault(key, f"word{next(serial)}")
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            kept = ("language", "category", "status")
            return dataclasses.replace(value, **{
                f.name: getattr(value, f.name) if f.name in kept else swap(getattr(value, f.name))
                for f in dataclasses.fields(value)
            })
        return value

    return swap(doc)  # type: ignore[no-any-return]


@given(documents)
@settings(max_examples=200, deadline=None)
def test_user_text_never_changes_the_block_structure(doc: Document) -> None:
    assert block_shape(markdown.render(doc)) == block_shape(markdown.render(safe_twin(doc)))


@given(documents)
@settings(max_examples=100, deadline=None)
def test_user_text_reads_as_itself(doc: Document) -> None:
    seen = plain_text(markdown.render(doc))
    for item in [*doc.rights.items, *(d.text for d in doc.duties.items), doc.position.title]:
        assert normalize(item) in seen


@given(documents)
@settings(max_examples=50, deadline=None)
def test_clauses_are_numbered_consecutively(doc: Document) -> None:
    numbers = list(clause_numbers(doc).values())
    sections: dict[str, list[int]] = {}
    for n in numbers:
        major, minor, _ = n.split(".")
        sections.setdefault(major, []).append(int(minor))
    assert list(sections) == [str(i) for i in range(1, len(sections) + 1)]
    for minors in sections.values():
        assert minors == list(range(1, len(minors) + 1))


def test_hostile_duties_appear_as_text() -> None:
    hostile = ["# Heading", "| a | b |", "<script>alert(1)</script>", "1. item", "---",
               "**bold**", "[link](http://x)", "> quote", "- bullet", "=====", "&copy;"]
    doc = Document()
    doc.duties.items = [Duty(t) for t in hostile]
    md = markdown.render(doc)
    tokens = PARSER.parse(md)
    assert [t.type for t in tokens].count("heading_open") == 3  # title, duties, acknowledgement
    assert not any(t.type in ("html_block", "blockquote_open", "hr") for t in tokens)
    assert not any(t.type.startswith("bullet_list") for t in tokens)
    seen = plain_text(md)
    for text in hostile:
        assert f"1.{hostile.index(text) + 1}. {text}" in seen


def _full_document() -> Document:
    doc = Document()
    doc.organization.name = "Vector LLC"
    doc.position.title = "Sales Manager"
    doc.position.category = "specialist"
    doc.subordination.reports_to = "Head of Sales Department"
    doc.subordination.appointment = "By order of the General Director"
    doc.qualifications.knowledge = ["Labour law basics", "The company's products"]
    doc.functions.items = ["Growth of the customer base"]
    doc.duties.items = [
        Duty("Find and contact potential customers"),
        Duty("Prepare supply contracts", group="Contracts", share=30, essential=True),
        Duty("Check the signed contracts", group="Contracts"),
    ]
    doc.rights.items = ["To make proposals to the management"]
    doc.liability.items = ["For failure to perform the duties"]
    doc.document.contract_appendix = True
    doc.approval = Approval("General Director", "Ivanov Ivan Ivanovich", date(2026, 11, 27))
    doc.agreed = [Signature("Head of Legal Department")]
    return doc


def test_sections_are_numbered_and_empty_ones_left_out() -> None:
    md = markdown.render(_full_document())
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == [
        "## 1. General provisions", "## 2. Functions", "## 3. Duties", "## 4. Rights",
        "## 5. Liability", "## 6. Final provisions", "## Acknowledgement sheet",
    ]
    assert "1.1. Employee category: specialist." in md
    assert "1.2. Reports to: Head of Sales Department." in md
    assert "### Contracts\n\n3.2. Prepare supply contracts " in md
    assert "3.2. Prepare supply contracts (essential function; 30% of working time)" in md
    assert "3.3. Check the signed contracts" in md
    assert "6.1. This job description is an appendix to the employment contract." in md


def test_russian_headings_dates_and_phrases() -> None:
    md = markdown.render(_full_document(), "ru")
    for expected in ("**УТВЕРЖДАЮ**", "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ", "## 1. Общие положения",
                     "## 3. Должностные обязанности", "## 4. Права", "## 5. Ответственность",
                     "**СОГЛАСОВАНО**", "## Лист ознакомления", "27 ноября 2026 г.",
                     "1.2. Непосредственный руководитель: Head of Sales Department."):
        assert expected in md


def test_missing_names_and_dates_print_as_blanks() -> None:
    md = markdown.render(_full_document())
    agreed = md[md.index("**AGREED**"):].split("\n\n")[0]
    assert agreed.splitlines() == [
        "**AGREED**\\", "Head of Legal Department\\",
        "______________ (signature) ______________ (full name)\\",
        "____ / ____ / 20__",
    ]
    assert "em_open" not in [c.type for t in PARSER.parse(md) for c in t.children or []]


def test_acknowledgement_sheet() -> None:
    doc = _full_document()
    blank_rows = markdown.render(doc).split("## Acknowledgement sheet")[1]
    assert blank_rows.count("|  |  |  |  |") == printed.BLANK_ROWS
    doc.acknowledged = [Acknowledgement("Petrov Petr", date(2026, 11, 28), "4510 123456")]
    doc.document.blank_rows = 2
    table = markdown.render(doc).split("## Acknowledgement sheet")[1]
    assert "| No. | Full name | Position | Date | Passport details | Signature |" in table
    assert ("| 1 | Petrov Petr | Sales Manager | 28 November 2026 | 4510 123456 |  |"
            in table)
    assert table.count("\n| ") == 5  # the header, the divider, Petrov, two blank rows


def test_clause_numbers_match_the_rendered_document() -> None:
    doc = _full_document()
    numbers = clause_numbers(doc)
    assert numbers["duties.items[2]"] == "3.2."
    assert numbers["rights.items[1]"] == "4.1."
    md = markdown.render(doc)
    assert f"{numbers['liability.items[1]']} For failure to perform the duties" in md


def test_experience_not_required_is_said_in_the_document() -> None:
    doc = _full_document()
    doc.qualifications.education = "Higher education"
    doc.qualifications.experience_required = False
    md = markdown.render(doc)
    assert "1.4. Education: Higher education.\n\n1.5. No work experience is required.\n" in md
    assert "1.5. Требования к стажу работы не предъявляются.\n" in markdown.render(doc, "ru")
    numbers = clause_numbers(doc)
    assert numbers["qualifications.experience_required"] == "1.5."


def test_experience_required_prints_no_clause_of_its_own() -> None:
    doc = _full_document()
    doc.qualifications.experience_required = True
    assert markdown.render(doc) == markdown.render(_full_document())


def test_a_russian_blank_date_reads_as_itself_and_opens_no_emphasis() -> None:
    doc = _full_document()
    doc.approval.date = None
    md = markdown.render(doc, "ru")
    assert "«\\_\\_\\_» __________ 20__ г." in md
    assert "em_open" not in [c.type for t in PARSER.parse(md) for c in t.children or []]
    assert "«___» __________ 20__ г." in PARSER.render(md)
