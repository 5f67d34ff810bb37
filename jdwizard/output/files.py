"""A description saved with its documents: the TOML source, the Markdown beside it, and
the DOCX and PDF its file asks for (document.export)."""

from __future__ import annotations

from pathlib import Path

from jdwizard import fileformat
from jdwizard.model import Document
from jdwizard.output import formats


def save_pair(doc: Document, path: str | Path) -> Path:
    """Save the TOML at path and the rendered Markdown beside it; returns the .md path.

    Each file is replaced atomically, the TOML first: if the Markdown cannot be
    written, the source is saved and `jdwizard render` can make the Markdown again."""
    fileformat.save(doc, path)
    markdown_path = formats.beside(path, "md")
    formats.write(doc, markdown_path, "md")
    return markdown_path


def write_exports(doc: Document, path: str | Path,
                  wanted: list[str] | None = None) -> list[Path]:
    """Write the DOCX and PDF beside the file (those wanted, else those the file asks
    for); returns what was written. Slow next to the TOML: the wizard runs it apart."""
    written = []
    for fmt in doc.document.export if wanted is None else wanted:
        target = formats.beside(path, fmt)
        formats.write(doc, target, fmt)
        written.append(target)
    return written
