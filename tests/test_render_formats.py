"""`jdwizard render --to md,docx,pdf` and `-o OUT.docx`: the documents beside the file,
each replaced atomically, with one line for every way the request can be wrong."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
import pypdf

from jdwizard import fileformat, presets
from tests.cli_helpers import MODULE, assert_one_line_failure, jd


def _description(folder: Path, name: str = "sales.toml") -> Path:
    path = folder / name
    doc = presets.new_document("sales-manager-ru")
    doc.duties.items[0].text = "Ведёт базу покупателей *a* $x$ #set page(width: 1cm) ]"
    fileformat.save(doc, path)
    return path


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(path.read_bytes())).paragraphs)


def _pdf_text(path: Path) -> str:
    return _pdf_text_of(path.read_bytes())


def _pdf_text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_to_several_formats_writes_each_beside_the_file(tmp_path: Path) -> None:
    source = _description(tmp_path)
    result = jd(tmp_path, "render", "sales.toml", "--to", "md,docx,pdf")
    assert result.code == 0, result
    assert result.err_lines == ["записан sales.md", "записан sales.docx", "записан sales.pdf"]
    duty = fileformat.load(source).duties.items[0].text
    assert duty in _docx_text(tmp_path / "sales.docx")
    assert duty in _pdf_text(tmp_path / "sales.pdf")
    assert "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ" in (tmp_path / "sales.md").read_text(encoding="utf-8")


def test_the_output_name_gives_the_format(tmp_path: Path) -> None:
    _description(tmp_path)
    assert jd(tmp_path, "render", "sales.toml", "-o", "out/signed.docx").code == 0
    assert (tmp_path / "out" / "signed.docx").read_bytes()[:2] == b"PK"  # a zip: a DOCX
    assert jd(tmp_path, "render", "sales.toml", "-o", "signed.pdf").code == 0
    assert (tmp_path / "signed.pdf").read_bytes()[:5] == b"%PDF-"
    assert not (tmp_path / "sales.md").exists()


def test_render_of_many_files_to_pdf(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        _description(tmp_path, name)
    result = jd(tmp_path, "render", "a.toml", "b.toml", "--to", "pdf")
    assert result.code == 0, result
    assert (tmp_path / "a.pdf").exists() and (tmp_path / "b.pdf").exists()


def test_a_document_to_a_pipe_is_written_as_bytes(tmp_path: Path) -> None:
    _description(tmp_path)
    run = subprocess.run([*MODULE, "render", "sales.toml", "--to", "pdf", "--stdout"],
                         cwd=tmp_path, capture_output=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(b"%PDF-") and "Ведёт базу" in _pdf_text_of(run.stdout)


def test_wrong_requests_are_one_line(tmp_path: Path) -> None:
    _description(tmp_path)
    english = ("--ui-lang", "en")  # the messages below as written; Russian is tested apart
    assert_one_line_failure(jd(tmp_path, "render", *english, "sales.toml", "--to", "odt"), "--to",
                            '"odt" is not a format')
    assert_one_line_failure(jd(tmp_path, "render", *english, "sales.toml", "-o", "x.docx",
                               "--to", "pdf"), "x.docx", "the name says docx")
    assert_one_line_failure(jd(tmp_path, "render", *english, "sales.toml", "-o", "x.pdf",
                               "--to", "md,pdf"), "--to", "holds one document")
    assert not list(tmp_path.glob("x.*"))


def test_a_failed_render_leaves_the_old_document(tmp_path: Path) -> None:
    source = _description(tmp_path)
    assert jd(tmp_path, "render", "sales.toml", "--to", "docx").code == 0
    before = (tmp_path / "sales.docx").read_bytes()
    source.write_text("format = 1\n[position\n", encoding="utf-8")
    assert jd(tmp_path, "render", "sales.toml", "--to", "docx").code == 2
    assert (tmp_path / "sales.docx").read_bytes() == before
