"""The preview of a 3,000-duty document, drawn a screen line at a time: it shows the
document as typed once typing pauses, at the part being edited, and to its last line;
and the checks of such a document, after a pause, mark the steps."""

from __future__ import annotations

from jdwizard import presets
from jdwizard.model import Document, Duty
from jdwizard.output.markdown import render
from jdwizard.tui.app import WizardApp
from jdwizard.tui.widgets.preview import Preview, wrapped
from jdwizard.tui.widgets.step_list import StepList
from tests.tui.conftest import SETTLE, run

COUNT = 3000


def big_doc() -> Document:
    doc = presets.new_document("sales-manager")
    doc.duties.items = [Duty(f"Duty number {i + 1}: keep the customer records of the area "
                             f"up to date", group=f"Area {i // 250 + 1}")
                        for i in range(COUNT)]
    return doc


def on_screen(preview: Preview) -> list[str]:
    """The rows the preview shows, as text."""
    return [preview.render_line(y).text.rstrip() for y in range(preview.size.height)]


def rows_of(text: str, width: int) -> list[str]:
    """Every row of the text wrapped at width, as the preview lays it out."""
    return [row.rstrip() for line in text.split("\n") for row in wrapped(line, width)]


def test_typing_in_a_duty_reaches_the_preview_where_it_is_shown() -> None:
    app = WizardApp(big_doc(), None, section="duties", preview=True)

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        preview = app.query_one("#preview", Preview)
        assert preview.text == render(app.doc)
        assert on_screen(preview)[0] == "## 3. Duties"
        await pilot.press("a", *"Zebra crossing")  # a new duty, after the first
        await pilot.pause(SETTLE)
        assert preview.text == render(app.doc)
        shown = on_screen(preview)
        assert shown[0] == "## 3. Duties"
        assert any("3.2. Zebra crossing" in row for row in shown), shown
        # What is drawn is the document wrapped at the preview's width, row for row.
        rows = rows_of(preview.text, preview.wrap_width)
        assert preview.virtual_size.height == len(rows)
        top = round(preview.scroll_y)
        assert shown == rows[top:top + len(shown)]

    run(app, scenario)


def test_the_whole_preview_scrolls_to_its_last_line() -> None:
    app = WizardApp(big_doc(), None, section="duties")

    async def scenario(pilot):
        await pilot.press("f3", "f3")  # the document alone, focused
        await pilot.pause(SETTLE)
        preview = app.query_one("#preview", Preview)
        assert app.focused is preview
        await pilot.press("end")
        await pilot.pause()
        rows = rows_of(preview.text, preview.wrap_width)
        shown = on_screen(preview)
        assert shown == rows[-len(shown):]
        assert f"3.{COUNT}. Duty number {COUNT}:" in preview.text

    run(app, scenario)


def test_the_checks_of_a_long_document_mark_the_steps_after_a_pause() -> None:
    # The checks after a pause run in a thread (jdwizard/tui/background.py): their marks
    # come once done, and the findings are those of the document as typed.
    doc = big_doc()
    doc.position.title = ""
    app = WizardApp(doc, None, section="position")

    async def scenario(pilot):
        await pilot.pause(SETTLE)
        steps = app.query_one(StepList)
        assert str(steps.get_option("position").prompt).startswith("[!]")
        assert any(f.place == "position.title" for f in app.findings)
        await pilot.press(*"Sales Manager")
        for _ in range(100):  # until the checks are done, however loaded the machine
            await pilot.pause(0.1)
            if not any(f.place == "position.title" for f in app.findings):
                break
        assert not any(f.place == "position.title" for f in app.findings)
        assert not str(steps.get_option("position").prompt).startswith("[!]")
        assert app.doc.position.title == "Sales Manager"

    run(app, scenario)
