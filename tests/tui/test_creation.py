"""Creating a document in the wizard, from the start step to the saved files."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from jdwizard import checks, fileformat, presets
from jdwizard.steps import STEPS
from jdwizard.tui.app import WizardApp
from jdwizard.tui.screens.save_as import SaveAsScreen
from tests.tui.conftest import focused_in, highlighted_id, run, tab_to

STEP_KEYS = [s.key for s in STEPS]


def test_creation_from_a_preset_to_the_saved_files(tmp_path: Path) -> None:
    path = tmp_path / "sales.toml"
    app = WizardApp(presets.new_document("blank"), path, start=True)
    preset = presets.new_document("sales-manager")

    async def scenario(pilot):
        assert app.current == "start"
        assert isinstance(app.focused, Input) and focused_in(app, "preset-filter")
        await pilot.press(*"sales manager", "down")
        presets_list = app.query_one("#preset-list", OptionList)
        assert focused_in(app, "preset-list")
        for _ in range(presets_list.option_count):
            if highlighted_id(presets_list) == "sales-manager":
                break
            await pilot.press("down")
        assert highlighted_id(presets_list) == "sales-manager"
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == "position"
        assert app.doc.position.title == "Sales Manager"
        assert focused_in(app, "f-position-title")
        # The focus order follows the form: title, category, organization, department.
        await pilot.press("tab")
        assert focused_in(app, "f-position-category")
        await pilot.press("tab", *"Vector LLC", "tab", *"Sales")
        assert app.doc.organization.name == "Vector LLC"
        assert app.doc.organization.department == "Sales"
        visited = [app.current]
        for _ in STEP_KEYS[2:]:
            await pilot.press("f8")
            visited.append(app.current)
        assert visited == STEP_KEYS[1:]
        await pilot.press("ctrl+s")
        await pilot.pause()

    run(app, scenario)
    doc = fileformat.load(path)
    assert doc.preset == "sales-manager"
    assert 'preset = "sales-manager"' in path.read_text(encoding="utf-8")
    assert doc.organization.name == "Vector LLC"
    assert doc.organization.department == "Sales"
    assert [d.text for d in doc.duties.items] == [d.text for d in preset.duties.items]
    markdown = path.with_suffix(".md").read_text(encoding="utf-8")
    assert "\n## 3. Duties\n" in markdown
    assert "Vector LLC" in markdown


def test_creation_from_a_blank_page_through_every_step(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the file name typed in "Save as" is relative
    app = WizardApp(presets.new_document("blank"), None, start=True)
    target = tmp_path / "kp.toml"

    async def scenario(pilot):
        # The blank page comes first in the list of presets.
        await pilot.press("down")
        options = app.query_one("#preset-list", OptionList)
        assert app.focused is options and highlighted_id(options) == "blank"
        await pilot.press("enter")
        await pilot.pause()
        # position: the title, then the category through the Select's overlay
        assert app.current == "position" and focused_in(app, "f-position-title")
        await pilot.press(*"Keeper")
        await tab_to(pilot, "f-position-category")
        await pilot.press("space", "down", "down", "enter")  # Space opens it
        assert app.doc.position.category == "specialist"
        await pilot.press("f8")
        await pilot.pause()
        # subordination
        assert app.current == "subordination" and focused_in(app, "f-subordination-reports-to")
        await pilot.press(*"Head")
        await tab_to(pilot, "f-subordination-appointment")
        await pilot.press(*"By order")
        await pilot.press("f8", "f8")
        await pilot.pause()
        # duties (qualifications passed over: nothing in it is required)
        assert app.current == "duties" and focused_in(app, "f-duties-items")
        await pilot.press("a", *"Keep goods", "enter")
        await pilot.press("f8")
        await pilot.pause()
        assert app.current == "rights" and focused_in(app, "f-rights-items")
        await pilot.press("a", *"To refuse", "enter")
        await pilot.press("f8")
        await pilot.pause()
        assert app.current == "liability" and focused_in(app, "f-liability-items")
        await pilot.press("a", *"For goods", "enter")
        await pilot.press("f8", "f8")
        await pilot.pause()
        assert app.current == "signoff" and focused_in(app, "f-approval-position")
        await pilot.press(*"CEO", "f8")
        await pilot.pause()
        assert app.current == "review"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        assert app.screen.query_one(Input).value == "keeper.toml"
        await pilot.press("ctrl+u", *"kp", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, SaveAsScreen)

    run(app, scenario)
    doc = fileformat.load(target)
    assert doc.position.title == "Keeper"
    assert doc.position.category == "specialist"
    assert doc.subordination.reports_to == "Head"
    assert doc.subordination.appointment == "By order"
    assert [d.text for d in doc.duties.items] == ["Keep goods"]
    assert doc.rights.items[1] == "To refuse"
    assert doc.liability.items[1] == "For goods"
    assert doc.approval.position == "CEO"
    errors = [f for f in checks.check_document(doc) if f.severity == checks.ERROR]
    assert errors == []
    markdown = target.with_suffix(".md").read_text(encoding="utf-8")
    assert "Keep goods" in markdown


def test_the_filter_puts_titles_that_match_first() -> None:
    app = WizardApp(presets.new_document("blank"), None, start=True)

    async def scenario(pilot):
        await pilot.press(*"sales man")
        await pilot.pause()
        presets_list = app.query_one("#preset-list", OptionList)
        order = [presets_list.get_option_at_index(i).id
                 for i in range(presets_list.option_count)]
        # "Account Manager" matches by its summary ("repeat sales") only: it comes last
        # of the presets, before the official sources, which are always offered.
        assert order[-2:] == ["import-profstandard", "import-onet"], order
        assert order[0] == "sales-manager" and order[-3] == "account-manager", order
        await pilot.press("enter")
        await pilot.pause()
        assert app.doc.position.title == "Sales Manager"

    run(app, scenario)


def test_back_to_start_and_next_keeps_the_document() -> None:
    """F7 then F8 from the first step is a look back, not a new start over the work."""
    app = WizardApp(presets.new_document("blank"), None, start=True)

    async def scenario(pilot):
        await pilot.press("enter")  # the blank page, highlighted first
        await pilot.pause()
        assert app.current == "position"
        await pilot.press(*"Keeper", "f7")
        await pilot.pause()
        assert app.current == "start"
        await pilot.press("f8")
        await pilot.pause()
        assert app.current == "position"
        assert app.doc.position.title == "Keeper"

    run(app, scenario)


def test_a_filter_that_matches_nothing_says_so_and_offers_the_blank_page() -> None:
    app = WizardApp(presets.new_document("blank"), None, start=True)

    async def scenario(pilot):
        await pilot.press(*"zzyzx")
        await pilot.pause()
        options = app.query_one("#preset-list", OptionList)
        prompts = [str(options.get_option_at_index(i).prompt)
                   for i in range(options.option_count)]
        assert any("zzyzx" in p and "matches" in p for p in prompts), prompts
        assert highlighted_id(options) == "blank"
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == "position"

    run(app, scenario)
    assert app.doc.preset == "blank"
