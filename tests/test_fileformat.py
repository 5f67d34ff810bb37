from __future__ import annotations

import os
import stat
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings

from jdwizard import fileformat
from jdwizard.errors import JDError
from jdwizard.model import Approval, Document, Duty, Signature
from tests.strategies import documents
from tests.test_empty_items import blank_items_dropped

ROOT = Path(__file__).resolve().parent.parent


@given(documents.map(blank_items_dropped))
@settings(max_examples=150, deadline=None)
def test_load_of_dump_is_the_same_document(doc: Document) -> None:
    # Empty list items are left out of the dump (tests/test_empty_items.py); any other
    # document comes back exactly.
    assert fileformat.loads(fileformat.dumps(doc)) == doc


@given(documents)
@settings(max_examples=50, deadline=None)
def test_dump_is_stable(doc: Document) -> None:
    text = fileformat.dumps(doc)
    assert fileformat.dumps(fileformat.loads(text)) == text


def _sample() -> Document:
    doc = Document()
    doc.position.title = "Sales Manager"
    doc.duties.items = [Duty(f"Duty number {i}") for i in range(1, 6)]
    doc.duties.items.append(Duty("Prepare contracts", group="Contracts", share=30, essential=True))
    doc.rights.items = ["To make proposals to the management"]
    doc.agreed = [Signature("Head of Legal Department", "Sidorova Anna Petrovna")]
    doc.approval = Approval("General Director", date=date(2026, 11, 27))
    return doc


def test_changing_one_item_changes_exactly_one_line() -> None:
    doc = _sample()
    before = fileformat.dumps(doc).splitlines()
    doc.duties.items[2].text = "A changed duty"
    after = fileformat.dumps(doc).splitlines()
    assert len(before) == len(after)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [('    "Duty number 3",', '    "A changed duty",')]


def test_document_order_and_array_of_tables_form() -> None:
    text = fileformat.dumps(_sample())
    assert text.startswith('format = 1\nlanguage = "en"\n')
    assert text.index("[position]") < text.index("[duties]") < text.index("[rights]")
    assert text.index("[rights]") < text.index("[approval]") < text.index("[[agreed]]")
    assert "agreed = [" not in text
    duty = '{ text = "Prepare contracts", group = "Contracts", share = 30, essential = true }'
    assert duty in text


def test_empty_optional_values_are_left_out() -> None:
    text = fileformat.dumps(Document())
    assert text == 'format = 1\nlanguage = "en"\n'


def test_every_preset_file_is_in_canonical_form() -> None:
    for path in sorted((ROOT / "presets").glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert fileformat.dumps(fileformat.loads(text, path)) == text, path.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('format = 1\n[qualifications]\neducaton = "x"',
         'f.toml: qualifications.educaton: unknown key; did you mean "education"?'),
        ('format = 1\n[duties]\nitems = ["a", "b", 3]',
         "f.toml: duties.items[3]: expected text or a table, found a number"),
        ('format = 1\n[rights]\nitems = ["a", 3]',
         "f.toml: rights.items[2]: expected text, found a number"),
        ('format = 1\n[duties]\nitems = [{ group = "G" }]',
         "f.toml: duties.items[1].text: missing; a duty needs its text"),
        ('format = 1\n[duties]\nitems = [{ text = "t", share = 120 }]',
         "f.toml: duties.items[1].share: must be a percentage from 0 to 100"),
        ('format = 1\n[duties]\nitems = [{ text = "t", share = true }]',
         "f.toml: duties.items[1].share: expected a whole number, found true or false"),
        ('format = 1\n[position]\ncategory = "boss"',
         'f.toml: position.category: "boss" is not one of: worker, specialist, manager, technical'),
        ('format = 1\nlanguage = "de"', 'f.toml: language: "de" is not one of: en, ru'),
        ("format = 1\n[approval]\ndate = 2026-01-01T10:00:00",
         "f.toml: approval.date: expected a date like 2026-12-01, found a date and time"),
        ('format = 1\n[document]\neffective_date = "2026-01-01"',
         "f.toml: document.effective_date: expected a date like 2026-12-01, found text"),
        ('format = 1\nposition = "x"', "f.toml: position: expected a table, found text"),
        ('format = 1\n[position]\ncodes = { okz = 1 }',
         "f.toml: position.codes.okz: expected text, found a number"),
        ("format = 2", "f.toml: format: format 2 is a newer format; "
         "this version of jdwizard reads format 1"),
        ('format = "1"', "f.toml: format: expected a whole number, found text"),
        ('[project]\nname = "x"',
         "f.toml: format: missing; not a jdwizard job description (it starts with format = 1)"),
        ("format = 1\n[position\ntitle = 1",
         "f.toml: line 2, column 10: invalid TOML: Expected ']' at the end of a table declaration"),
    ],
)
def test_bad_input_names_the_place(text: str, expected: str) -> None:
    with pytest.raises(JDError) as caught:
        fileformat.loads(text, "f.toml")
    assert str(caught.value) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"format = 1\x00\x01", "not a text file (it holds binary data)"),
        (b'format = 1\ntitle = "\xff"', "not UTF-8 text (byte 0xff at offset 20)"),
    ],
)
def test_unreadable_contents(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes(content)
    with pytest.raises(JDError) as caught:
        fileformat.load(path)
    assert str(caught.value) == f"{path}: {expected}"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(JDError, match="no such file"):
        fileformat.load(tmp_path / "nope.toml")
    with pytest.raises(JDError, match="is a folder, not a file"):
        fileformat.load(tmp_path)


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes("\ufeffformat = 1\nlanguage = \"ru\"\n".encode())
    assert fileformat.load(path).language == "ru"


def test_save_keeps_permissions_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "jd.toml"
    path.write_text("old")
    os.chmod(path, 0o640)
    fileformat.save(_sample(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert fileformat.load(path) == _sample()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jd.toml"]


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "jd.toml"
    path.write_text("old text")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(JDError, match="cannot write: No space left on device"):
        fileformat.save(_sample(), path)
    assert path.read_text() == "old text"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jd.toml"]


def test_save_through_a_symlink_writes_the_target(tmp_path: Path) -> None:
    real = tmp_path / "real.toml"
    real.write_text("old")
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    fileformat.save(_sample(), link)
    assert link.is_symlink()
    assert fileformat.load(real) == _sample()


def test_a_save_clears_temporaries_that_killed_saves_left(tmp_path: Path) -> None:
    path = tmp_path / "jd.toml"
    old = tmp_path / ".jd.toml.0badf00d.tmp"
    fresh = tmp_path / ".jd.toml.0ddba11s.tmp"
    other = tmp_path / ".other.toml.0badf00d.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text("half")
    long_ago = time.time() - 3600
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    fileformat.save(_sample(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [path.name, fresh.name, other.name])


def test_experience_not_required_is_kept_in_the_file() -> None:
    doc = Document()
    doc.qualifications.education = "Higher education"
    doc.qualifications.experience_required = False
    text = fileformat.dumps(doc)
    assert '[qualifications]\neducation = "Higher education"\nexperience_required = false\n' in text
    assert fileformat.loads(text) == doc


def test_experience_required_is_a_flag() -> None:
    with pytest.raises(JDError) as caught:
        fileformat.loads('format = 1\n[qualifications]\nexperience_required = "no"', "f.toml")
    assert str(caught.value) == (
        "f.toml: qualifications.experience_required: expected true or false, found text")
