"""The documents jdwizard writes: Markdown, DOCX and PDF, by name and by file extension.

Each writer is imported only when its format is asked for: `render --to md` and `check`
never load python-docx or Typst.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from jdwizard.atomicfile import write_bytes_atomic
from jdwizard.errors import JDError
from jdwizard.model import Document

FORMATS: Final = ("md", "docx", "pdf")
_SUFFIXES: Final = {".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf"}


def parse(text: str, source: str = "--to") -> list[str]:
    """ "md,docx" -> ["md", "docx"], in the order given, each once."""
    wanted: list[str] = []
    for name in (part.strip().lower().lstrip(".") for part in text.split(",")):
        if name not in FORMATS:
            raise JDError(source, f'"{name}" is not a format; use one or more of '
                          f"{', '.join(FORMATS)}, separated by commas")
        if name not in wanted:
            wanted.append(name)
    return wanted


def of_path(path: str | Path) -> str | None:
    """The format a file name asks for by its extension, or None."""
    return _SUFFIXES.get(Path(path).suffix.lower())


def beside(source: str | Path, fmt: str) -> Path:
    """Where a format of a description is written by default: beside its TOML."""
    return Path(source).with_suffix(f".{fmt}")


def rendered(doc: Document, fmt: str, language: str | None = None) -> bytes:
    """The document in a format, as the bytes of its file."""
    if fmt == "md":
        from jdwizard.output import markdown

        return markdown.render(doc, language).encode("utf-8")
    from jdwizard.output import printed

    page = printed.build(doc, language)
    if fmt == "docx":
        from jdwizard.output import docx

        return docx.render(page)
    try:
        from jdwizard.output import pdf
    except ImportError as exc:  # a trimmed install: say how to get it, in one line
        raise JDError("pdf", f"PDF needs the typst package ({exc.name}): "
                      "pip install typst fontpkg-pt-serif") from None
    return pdf.render(page)


def write(doc: Document, target: str | Path, fmt: str, language: str | None = None) -> None:
    """Write the document in a format to target, replacing it atomically."""
    write_bytes_atomic(target, rendered(doc, fmt, language))
