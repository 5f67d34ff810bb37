"""The compiled TOML reader (rtoml) of `check` and `render`: the same documents, the same
findings, and tomllib's own words, line and column when a file does not parse."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from jdwizard import commands, fileformat, presets
from jdwizard.errors import JDError

# Each is refused by tomllib; the fast path must refuse it too, or its message would be
# lost (and a text that is not TOML read as if it were).
MALFORMED = [
    'format = 1\nformat = 2\n',  # a key twice
    'format = 1\n[position]\ntitle = "a"\n[position]\n',  # a table twice
    'format = 1\na.b = 1\n[a]\nc = 1\n',  # a dotted key, then its table
    'format = 1\nlanguage = "ru\n',  # an open string
    'format = 1\n# a comment \x7f\n',  # a control character
    'format = 1\nx = "\\ud800"\n',  # an escape that is no character
    'format = 1\nx = 0x_1\n',
    'format = 1\nx = 24:00:00\n',
    'format = 1\nx = 2026-02-30\n',
    'format = 1\nx = [1, 2\n',
    'format = 1\n[position\n',
    '\ufeffformat = 1\n',  # a BOM that read_text did not strip (a second one)
    'format = 1\nx = ' + '[' * 600 + ']' * 600 + '\n',  # too deep for tomllib
    'format = 1\nx = ' + '9' * 5000 + '\n',  # more digits than int() takes
]


def tomllib_error(text: str) -> JDError:
    """What the load said before the compiled reader: tomllib alone."""
    with pytest.raises(JDError) as caught:
        fileformat._parse(text, "f.toml")
    return caught.value


@pytest.mark.parametrize("text", MALFORMED, ids=range(len(MALFORMED)))
def test_a_malformed_file_gets_tomllibs_message_line_and_column(text: str) -> None:
    with pytest.raises((tomllib.TOMLDecodeError, RecursionError, ValueError)):
        tomllib.loads(text)
    assert fileformat._fast_parse(text) is None
    expected = tomllib_error(text)
    with pytest.raises(JDError) as caught:
        fileformat.loads(text, "f.toml")
    assert str(caught.value) == str(expected)


def test_the_message_names_the_line_and_column() -> None:
    with pytest.raises(JDError) as caught:
        fileformat.loads('format = 1\n[position]\ntitle = "a"\ntitle = "b"\n', "f.toml")
    assert caught.value.place == "line 4, column 12"
    assert str(caught.value).startswith("f.toml: line 4, column 12: invalid TOML: ")


def every_preset_text() -> list[str]:
    return [fileformat.dumps(presets.new_document(p.name)) for p in presets.all_presets()]


def test_both_readers_give_the_same_documents() -> None:
    for text in every_preset_text():
        fast = fileformat._fast_parse(text)
        assert fast is not None  # the fast path is taken for a good file
        assert fast == tomllib.loads(text)


def test_dates_and_numbers_read_alike() -> None:
    text = ("format = 1\n[approval]\ndate = 2026-12-01\n"
            "[[duties.items]]\ntext = \"Ведёт учёт\"\nshare = 25\n")
    assert fileformat._fast_parse(text) == tomllib.loads(text)
    doc = fileformat.loads(text)
    assert doc.duties.items[0].share == 25
    assert repr(doc.approval.date) == "datetime.date(2026, 12, 1)"


def folder(tmp_path: Path) -> list[str]:
    """Every preset in two departments, and one file a person broke."""
    files = []
    for i, preset in enumerate(presets.all_presets()):
        doc = presets.new_document(preset.name)
        doc.organization.department = f"Department {i % 2}"
        path = tmp_path / f"jd-{i:02}.toml"
        fileformat.save(doc, path)
        files.append(str(path))
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\n[position]\ntitle = "a\n', encoding="utf-8")
    return [*files, str(broken)]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_reports_the_same_with_either_reader(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        fmt: str) -> None:
    files = folder(tmp_path)
    fast_status = commands.check(files, True, fmt, cache=False)  # each run checks
    fast = capsys.readouterr()
    monkeypatch.setattr(fileformat, "_fast_parse", lambda text: None)
    slow_status = commands.check(files, True, fmt, cache=False)
    slow = capsys.readouterr()
    assert (fast_status, fast.out, fast.err) == (slow_status, slow.out, slow.err)
    assert "broken.toml: line 3, column 11: invalid TOML" in fast.err
    assert fast.out  # the presets give findings: the comparison is not of two empty runs


def test_without_rtoml_tomllib_reads_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # An environment without the compiled wheel (a source checkout, a platform rtoml
    # has no wheel for) still loads: import rtoml fails, tomllib reads.
    text = every_preset_text()[2]
    with_rtoml = fileformat.loads(text)
    monkeypatch.setitem(sys.modules, "rtoml", None)  # makes `import rtoml` an ImportError
    assert fileformat._fast_parse(text) is None
    assert fileformat.loads(text) == with_rtoml
