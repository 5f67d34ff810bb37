"""The names `jdwizard edit --section` takes: steps, parts inside a step, Russian names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jdwizard import places, sections
from jdwizard.cli import main
from jdwizard.errors import JDError
from jdwizard.model import Document
from jdwizard.steps import SECTION_NAMES, STEPS, Step, step_for_place
from tests.cli_helpers import assert_one_line_failure, copy_preset, jd


@pytest.mark.parametrize("key", SECTION_NAMES)
def test_a_step_key_is_itself(key: str) -> None:
    assert sections.resolve(key) == key


@pytest.mark.parametrize("step", [s for s in STEPS if s.key in SECTION_NAMES],
                         ids=lambda s: s.key)
def test_the_title_the_wizard_shows_names_its_step(step: Step) -> None:
    assert sections.resolve(step.title) == step.key


@pytest.mark.parametrize(
    ("name", "key"),
    [("DUTIES", "duties"), ("Duties", "duties"), ("Sign-off", "signoff"), ("sign off", "signoff"),
     ("sign_off", "signoff"), ("SIGNOFF", "signoff"), ("Review & save", "review"),
     ("review and save", "review"), (" rights ", "rights")],
)
def test_any_case_and_spelling_of_a_step(name: str, key: str) -> None:
    assert sections.resolve(name) == key


PARTS = {
    # name: (place, the step that holds it)
    "general": ("general.items", "subordination"),
    "final": ("final.items", "conditions"),
    "functions": ("functions.items", "duties"),
    "relationships": ("relationships.items", "conditions"),
    "performance": ("performance.items", "conditions"),
    "approval": ("approval", "signoff"),
    "agreed": ("agreed", "signoff"),
    "acknowledged": ("acknowledged", "signoff"),
    "acknowledgement": ("acknowledged", "signoff"),
    "knowledge": ("qualifications.knowledge", "qualifications"),
}


@pytest.mark.parametrize(("name", "expected"), PARTS.items(), ids=PARTS.keys())
def test_a_part_inside_a_step_is_its_place(name: str, expected: tuple[str, str]) -> None:
    place, step = expected
    assert sections.resolve(name) == place
    assert sections.resolve(name.upper()) == place
    assert step_for_place(place).key == step
    places.get(Document(), place)  # a real place of the model


@pytest.mark.parametrize(
    ("name", "target"),
    [("обязанности", "duties"), ("Обязанности", "duties"), ("права", "rights"),
     ("ответственность", "liability"), ("должность", "position"),
     ("подчинённость", "subordination"), ("подчиненность", "subordination"),
     ("квалификация", "qualifications"), ("условия", "conditions"), ("подписи", "signoff"),
     ("общие положения", "general.items"), ("Заключительные положения", "final.items"),
     ("функции", "functions.items"), ("проверка", "review")],
)
def test_russian_names(name: str, target: str) -> None:
    assert sections.resolve(name) == target


def test_every_name_resolves_to_a_step_or_a_place_of_the_model() -> None:
    for name in sections.accepted_names():
        target = sections.resolve(name)
        if target not in SECTION_NAMES:
            places.get(Document(), target)


def test_an_unknown_name_says_what_is_meant_and_what_is_accepted() -> None:
    with pytest.raises(JDError) as caught:
        sections.resolve("dutys")
    message = str(caught.value)
    assert 'did you mean "duties"' in message
    for name in [*SECTION_NAMES, "general", "final", "acknowledged"]:
        assert name in message
    assert "\n" not in message


def test_a_russian_typo_gets_a_russian_suggestion() -> None:
    with pytest.raises(JDError, match='did you mean "обязанности"'):
        sections.resolve("обязаности")


def test_the_names_load_neither_textual_nor_the_step_logic() -> None:
    probe = ("import sys, jdwizard.sections\n"
             "print(sorted(m for m in sys.modules if m.startswith(('textual', 'rich')) "
             "or m in ('jdwizard.steps', 'difflib')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


# --- through the command line -----------------------------------------------------------


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The section each `jdwizard edit` would open the wizard at."""
    import jdwizard.wizard

    seen: list[str | None] = []

    def edit(file: str, section: str | None, blink: bool = False, preview: bool = False) -> int:
        seen.append(section)
        return 0

    monkeypatch.setattr(jdwizard.wizard, "edit", edit)
    return seen


@pytest.mark.parametrize(
    ("args", "section"),
    [([], None), (["--section", "duties"], "duties"), (["--section", "Sign-off"], "signoff"),
     (["--section", "general"], "general.items"), (["--section", "обязанности"], "duties")],
)
def test_edit_passes_the_resolved_section_on(
    opened: list[str | None], args: list[str], section: str | None
) -> None:
    assert main(["edit", "x.toml", *args]) == 0
    assert opened == [section]


def test_edit_with_an_unknown_section_fails_in_one_line(tmp_path: Path) -> None:
    copy_preset("sales-manager", tmp_path / "x.toml")
    result = jd(tmp_path, "edit", "x.toml", "--section", "dutys")
    line = assert_one_line_failure(result, "--section", '"dutys"', 'did you mean "duties"')
    assert "signoff" in line and "general" in line
    assert result.out == ""  # no screen was drawn


def test_edit_help_names_the_sections(tmp_path: Path) -> None:
    result = jd(tmp_path, "edit", "--help")
    assert result.code == 0
    text = " ".join(result.out.split())
    for name in [*SECTION_NAMES, "general", "final", "Sign-off", "обязанности"]:
        assert name in text
