"""A description saved as its pair of files: the TOML source and the Markdown beside it."""

from __future__ import annotations

from pathlib import Path

from jdwizard import fileformat
from jdwizard.atomicfile import write_text_atomic
from jdwizard.model import Document
from jdwizard.output import markdown


def save_pair(doc: Document, path: str | Path) -> Path:
    """Save the TOML at path and the rendered Markdown beside it; returns the .md path.

    Each file is replaced atomically, the TOML first: if the Markdown cannot be
    written, the source is saved and `jdwizard render` can make the Markdown again."""
    markdown_path = Path(path).with_suffix(".md")
    fileformat.save(doc, path)
    write_text_atomic(markdown_path, markdown.render(doc))
    return markdown_path
