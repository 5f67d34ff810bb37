"""The footer, one widget drawing the keys: a key clicked is pressed, a disabled one rings,
hovering names the key, and the keys shown follow the focus."""

from __future__ import annotations

from pathlib import Path

from jdwizard import fileformat, presets
from jdwizard.model import Document
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.footer import Footer, Key
from jdwizard.tui.widgets.list_editor import ListEditor
from tests.tui.conftest import SETTLE, run


def at_the_duties(tmp_path: Path) -> tuple[WizardApp, Document]:
    path = tmp_path / "jd.toml"
    fileformat.save(presets.new_document("sales-manager"), path)
    doc = fileformat.load(path)
    return WizardApp(doc, path, section="duties"), doc


def key_named(footer: Footer, description: str) -> Key:
    return next(k for k in footer.shown_keys() if k.description == description)


def test_a_key_clicked_in_the_footer_does_what_pressing_it_does(tmp_path: Path) -> None:
    app, doc = at_the_duties(tmp_path)
    count = len(doc.duties.items)

    async def scenario(pilot):
        footer = app.query_one(Footer)
        delete = key_named(footer, "Del")
        await pilot.click(Footer, offset=(delete.start + 1, 0))
        await pilot.pause(SETTLE)
        assert len(doc.duties.items) == count - 1
        assert key_named(footer, "Undo")  # the deleted duty can come back: Undo is offered
        await pilot.click(Footer, offset=(key_named(footer, "Undo").start, 0))
        await pilot.pause(SETTLE)
        assert len(doc.duties.items) == count

    run(app, scenario)


def test_the_line_is_the_keys_and_their_words_and_each_key_knows_its_columns(
        tmp_path: Path) -> None:
    app, _ = at_the_duties(tmp_path)

    async def scenario(pilot):
        footer = app.query_one(Footer)
        line = "".join(s.text for s in app.screen._compositor.render_strips()[-1]).rstrip()
        for key in footer.shown_keys():
            shown = f"{key.display} {key.description}" if key.description else key.display
            assert line[key.start:key.end] == shown
        assert line.startswith("⏎ Edit a Add")

    run(app, scenario)


def test_hovering_a_grouped_key_names_what_it_does(tmp_path: Path) -> None:
    app, _ = at_the_duties(tmp_path)

    async def scenario(pilot):
        footer = app.query_one(Footer)
        grouped = next(e for e in footer.entries if e.label)
        await pilot.hover(Footer, offset=(grouped.keys[0].start, 0))
        await pilot.pause()
        assert footer.tooltip == "Move up"
        await pilot.hover(ListEditor)
        await pilot.pause()
        assert footer.tooltip is None

    run(app, scenario)
