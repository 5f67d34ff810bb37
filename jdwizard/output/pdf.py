"""Printed -> PDF (and PNG pages), through Typst and the template document.typ beside this.

The document goes to Typst as data: JSON in sys.inputs, read by the template, which
places every string as text. Nothing a user typed is ever Typst markup, so a duty that
reads `#set page(...)` or `$x$` prints as exactly that.

Only the PDF path imports this module (and with it the Typst wheel).
"""

from __future__ import annotations

import dataclasses
import json
from importlib.resources import files
from pathlib import Path
from typing import Literal

import typst

from jdwizard.output.printed import Printed

TEMPLATE = Path(__file__).with_name("document.typ")
FONTS = Path(str(files("fontpkg_pt_serif") / "files"))
"""PT Serif (OFL, full Cyrillic), from its wheel (fontpkg_pt_serif.ROOT / "files",
found without importing the package, which has no type hints). The machine's fonts are never looked
at, so a PDF made on a server looks the same as one made on a laptop."""

TIMESTAMP = 0
"""What Typst takes for now (UNIX seconds). The template writes no creation date into
the PDF (document date: none), so that one document always compiles to the same bytes;
the fixed timestamp keeps anything else that would ask for the time from varying."""


def render(printed: Printed) -> bytes:
    """The PDF's bytes."""
    pages = _compile(printed, "pdf")
    assert isinstance(pages, bytes)
    return pages


def render_png(printed: Printed, ppi: int = 80) -> list[bytes]:
    """One PNG per page, ppi pixels per inch."""
    pages = _compile(printed, "png", ppi)
    # Typst gives a document of one page as bytes, of several as a list.
    return [pages] if isinstance(pages, bytes) else pages


def _compile(printed: Printed, fmt: Literal["pdf", "png"],
             ppi: int | None = None) -> bytes | list[bytes]:
    data = json.dumps(dataclasses.asdict(printed), ensure_ascii=False)
    result: bytes | list[bytes] = typst.compile(
        TEMPLATE,
        format=fmt,
        ppi=ppi,
        sys_inputs={"data": data},
        font_paths=[FONTS],
        ignore_system_fonts=True,
        timestamp=TIMESTAMP,
    )
    return result
