"""The PDF, read back with pypdf: every line of the printed document in its text, the
stamp top right, page numbers from page 2, the sheet on pages of its own, PT Serif.

A compile costs time, so each document is rendered once for the module.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
from collections.abc import Iterator
from datetime import date
from typing import Any, cast

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject

from jdwizard import presets
from jdwizard.model import Acknowledgement, Document, Signature
from jdwizard.output import pdf, printed
from jdwizard.output.printed import Printed

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)

HOSTILE = [
    "#set page(width: 1cm)",
    "$x^2$ и $$",
    "*жирный* _курсив_ `код`",
    "@ref и <label>",
    "] и [",
    "\\ и \\n",
    '#{panic("x")} // не комментарий',
    "= Заголовок",
    "- пункт",
    '"кавычки" и \'апостроф\' -- и ...',
]


def full(name: str) -> Document:
    """A preset with every requisite filled, a named approver, author, agreements and
    employees, and a blank agreement block."""
    doc = presets.new_document(name)
    ru = doc.language == "ru"
    doc.organization.name = "ООО «Вектор»" if ru else "Vector Ltd"
    doc.organization.department = "Отдел продаж" if ru else "Sales Department"
    doc.document.number = "12"
    doc.document.place = "Москва" if ru else "London"
    doc.document.effective_date = date(2026, 12, 1)
    doc.approval.name = "Иванов Иван Иванович" if ru else "John Smith"
    doc.approval.date = date(2026, 12, 1)
    doc.author = Signature("Начальник отдела продаж" if ru else "Head of Sales",
                           "Петров Пётр Петрович" if ru else "Peter Brown")
    doc.agreed = [
        Signature("Начальник юридического отдела" if ru else "Head of Legal",
                  "Сидорова Анна Сергеевна" if ru else "Anna Lee", date(2026, 11, 28)),
        Signature(),
    ]
    doc.acknowledged = [
        Acknowledgement("Кузнецов Алексей Викторович" if ru else "Alex Kuznetsov",
                        date(2026, 12, 2)),
        Acknowledgement("Смирнова Мария Олеговна" if ru else "Mary Smith"),
    ]
    return doc


def hostile() -> Document:
    """Typst markup in every kind of place, and approval by an order."""
    doc = presets.new_document("sales-manager-ru")
    doc.position.title = "*Менеджер* #strong[по продажам]"
    doc.organization.name = "ООО «$Вектор$»"
    doc.duties.items[0].text = " ".join(HOSTILE)
    doc.qualifications.knowledge = list(HOSTILE)
    doc.rights.items = list(HOSTILE)
    doc.approval.order_number = "45 ]"
    doc.approval.order_date = date(2026, 12, 1)
    doc.agreed = [Signature("#set text(size: 40pt)", "Сидорова Анна Сергеевна")]
    doc.acknowledged = [Acknowledgement("Кузнецов <label> @ref")]
    return doc


@dataclasses.dataclass
class Rendered:
    printed: Printed
    data: bytes
    reader: PdfReader
    texts: list[str]
    """Each page's text, flat (extracting it is slow: done once)."""

    @property
    def pages(self) -> list[PageObject]:
        return list(self.reader.pages)

    def text(self, page: int | None = None) -> str:
        """One page's text (from 0), or all of it, without the page numbers: a clause
        may go on from one page to the next."""
        if page is not None:
            return self.texts[page]
        return " ".join(t.removeprefix(f"{i} ") for i, t in enumerate(self.texts, 1))


def flat(text: str) -> str:
    """Text compared as read: runs of white space one space, and no break after a hyphen
    (a line may end after "счета-"; nothing is hyphenated, so every hyphen is written)."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def render(doc: Document) -> Rendered:
    p = printed.build(doc)
    data = pdf.render(p)
    reader = PdfReader(io.BytesIO(data))
    return Rendered(p, data, reader, [flat(page.extract_text()) for page in reader.pages])


@pytest.fixture(scope="module")
def ru() -> Rendered:
    doc = full("sales-manager-ru")
    doc.document.blank_rows = 30  # a sheet of more than one page
    return render(doc)


@pytest.fixture(scope="module")
def en() -> Rendered:
    return render(full("sales-manager"))


@pytest.fixture(scope="module")
def bad() -> Rendered:
    return render(hostile())


@pytest.fixture(params=["ru", "en", "bad"])
def any_doc(request: pytest.FixtureRequest) -> Rendered:
    value: Rendered = request.getfixturevalue(request.param)
    return value


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def fragments(page: PageObject) -> list[tuple[str, float, float]]:
    """The text shown on the page, with where it starts (x, y from the bottom left)."""
    out: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            out.append((text.strip(), cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_text=visit)
    return out


def sheet_pages(r: Rendered) -> list[int]:
    return [i for i, text in enumerate(r.texts) if r.printed.sheet.title in text]


def test_every_value_of_the_document_is_in_the_text(any_doc: Rendered) -> None:
    values = dataclasses.asdict(any_doc.printed)
    del values["language"], values["hints"]  # printed only under a blank
    values["sheet"].pop("keys", None)  # what the columns hold, for the writers
    text = any_doc.text()
    missing = [s for s in strings(values) if flat(s) not in text]
    assert missing == []
    assert "\u00ad" not in text  # a hyphen reads back as a hyphen, not a soft one


def test_every_clause_is_its_number_then_its_text(any_doc: Rendered) -> None:
    text = any_doc.text()
    clauses = [c for s in any_doc.printed.sections for c in s.clauses if c.number]
    assert len(clauses) > 5
    assert [c.number for c in clauses if flat(f"{c.number} {c.text}") not in text] == []
    for section in any_doc.printed.sections:
        assert flat(f"{section.number} {section.title}") in text


def test_a4_pages_numbered_from_the_second(any_doc: Rendered) -> None:
    pages = any_doc.pages
    assert len(pages) > 1
    assert all((float(p.mediabox.width), float(p.mediabox.height)) == pytest.approx(A4, abs=0.1)
               for p in pages)
    top_margin = [[t for t, _, y in fragments(p) if y > A4[1] - 20 * MM] for p in pages]
    assert top_margin[0] == []
    assert top_margin[1:] == [[str(n)] for n in range(2, len(pages) + 1)]


def test_the_stamp_stands_top_right_with_the_transcript(ru: Rendered) -> None:
    first = fragments(ru.pages[0])
    stamp = ru.printed.stamp
    assert stamp.signer == "И.И. Иванов"
    heading = next((x, y) for t, x, y in first if t == stamp.heading)
    assert heading[0] > A4[0] / 2  # in the right half
    assert heading[1] > next(y for t, _, y in first if t == ru.printed.kind)  # above the title
    page = ru.text(0)
    assert flat(" ".join([stamp.heading, *stamp.lines])) in page
    assert f"{stamp.signer} {stamp.date}" in page
    assert "Иванов Иван Иванович" not in ru.text()  # signature blocks print the transcript


def test_an_english_document_prints_names_as_written(en: Rendered) -> None:
    page = en.text(0)
    assert "APPROVED" in page and "John Smith" in page and "JOB DESCRIPTION" in page
    assert "Peter Brown" in en.text() and "Anna Lee" in en.text()


def test_a_blank_signer_is_two_lines_with_their_hints(ru: Rendered) -> None:
    blank = ru.printed.signatures[-1]
    assert (blank.lines, blank.signer) == ([""], "")
    hints = ru.printed.hints
    tail = ru.text(sheet_pages(ru)[0] - 1)
    lines = [rf"_+ {re.escape(hints[key])}" for key in ("position", "signature", "name")]
    assert re.search(" ".join([*lines, re.escape(blank.date)]) + "$", tail)


def test_approval_by_an_order_is_its_heading_and_sentence(bad: Rendered) -> None:
    stamp = bad.printed.stamp
    assert stamp.order and not stamp.lines and not stamp.signer
    page = bad.text(0)
    assert flat(f"{stamp.heading} {stamp.order}") in page
    assert "УТВЕРЖДАЮ" not in page


def test_the_sheet_is_on_pages_of_its_own(ru: Rendered) -> None:
    sheet = ru.printed.sheet
    where = sheet_pages(ru)
    assert len(where) == 1 and where[0] > 0
    own = ru.texts[where[0]:]
    assert len(own) > 1  # 32 rows of at least 10 mm
    last_clause = flat(ru.printed.sections[-1].clauses[-1].text)
    assert last_clause in ru.text(where[0] - 1)
    for text in own:  # the header on every page of the table
        assert flat(" ".join(sheet.columns)) in text
        assert last_clause not in text
    text = ru.text(where[0])
    assert "Кузнецов Алексей Викторович" in text and "Смирнова Мария Олеговна" in text


def test_sheet_rows_are_tall_enough_to_sign_in(ru: Rendered) -> None:
    page = ru.pages[sheet_pages(ru)[0]]
    numbers = {t: y for t, x, y in fragments(page) if re.fullmatch(r"\d+", t) and x < 40 * MM}
    ys = [numbers[str(n)] for n in range(3, 8)]  # blank rows: nothing else sets their height
    assert all(a - b >= 10 * MM - 0.1 for a, b in itertools.pairwise(ys))


def test_hostile_text_prints_as_itself(bad: Rendered) -> None:
    text = bad.text()
    for h in HOSTILE:
        assert text.count(flat(h)) >= 3  # the duty, the knowledge bullet, the right
    assert "*Менеджер* #strong[по продажам]" in text
    assert "#set text(size: 40pt)" in text and "Кузнецов <label> @ref" in text


def font_names(page: PageObject) -> set[str]:
    """The fonts the page uses, without the subset's tag (ABCDEF+PTSerif-Bold)."""
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    fonts = cast(DictionaryObject, resources["/Font"].get_object())
    return {str(cast(DictionaryObject, f.get_object())["/BaseFont"]).split("+", 1)[-1]
            for f in fonts.values()}


def test_the_fonts_are_pt_serif_only(any_doc: Rendered) -> None:
    fonts = set().union(*(font_names(page) for page in any_doc.pages))
    assert fonts <= {"PTSerif-Regular", "PTSerif-Bold", "PTSerif-Italic", "PTSerif-BoldItalic"}
    assert "PTSerif-Regular" in fonts


def test_one_document_gives_the_same_bytes(en: Rendered) -> None:
    assert pdf.render(en.printed) == en.data
    assert en.reader.metadata is not None and "/CreationDate" not in en.reader.metadata


def test_png_pages(en: Rendered) -> None:
    pages = pdf.render_png(en.printed, ppi=20)
    assert len(pages) == len(en.pages)
    assert all(p.startswith(b"\x89PNG\r\n\x1a\n") for p in pages)
