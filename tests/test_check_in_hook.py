"""`check` run by pre-commit (PRE_COMMIT=1), whose output no one sees when the hook passes:
no errors, no warnings looked for; an error, and the whole report, as in a terminal."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from jdwizard import checks, fileformat
from jdwizard.model import Document, Duty, Revision
from tests.cli_helpers import SCRIPT, clean_env, copy_preset, run_cmd
from tests.test_check_speedups import varied_documents


def with_errors(doc: Document, rnd: random.Random) -> Document:
    """The document with some of the errors check reports, picked at random."""
    if rnd.random() < 0.3:
        doc.position.title = ""
    if rnd.random() < 0.3:
        doc.duties.items.append(Duty("Отвечает за сохранность \x1b[2J", share=120))
    if rnd.random() < 0.3:
        doc.revisions.append(Revision(date=None, changes=""))
    if rnd.random() < 0.3:
        doc.revisions.append(Revision(date=date(2026, 1, 1), changes="Раздел 2"))
    if rnd.random() < 0.2:
        doc.subordination.reports_to = ""
    if rnd.random() < 0.2:
        doc.position.codes["okz\x07"] = "2433"  # a control character in a table's key
    if rnd.random() < 0.2:
        doc.general.items.append("Подчиняется \u202eдиректору")  # a warning, not an error
    return doc


def test_the_errors_alone_are_the_errors_of_the_whole_check() -> None:
    rnd = random.Random(7)
    docs = [with_errors(doc, rnd) for doc in varied_documents(120)]
    with_any = 0
    for doc in docs:
        everything = checks.check_document(doc)
        errors = [f for f in everything if f.severity == checks.ERROR]
        assert checks.check_document(doc, warnings=False) == errors
        with_any += bool(errors)
    assert 30 < with_any < 120  # both kinds of document were tried


def check(folder: Path, *args: str, hook: bool) -> tuple[int, str, str]:
    env = clean_env()
    if hook:
        env["PRE_COMMIT"] = "1"
    result = run_cmd([SCRIPT, "check", *args, *sorted(p.name for p in folder.glob("*.toml"))],
                     folder, env)
    return result.code, result.out, result.err


def vague_folder(tmp_path: Path) -> Path:
    """Descriptions with warnings (vague duties), no errors."""
    for name in ("sales-manager", "sales-manager-ru"):
        path = copy_preset(name, tmp_path / f"{name}.toml")
        doc = fileformat.load(path)
        doc.duties.items.append(Duty("Performs other duties as assigned, etc."))
        fileformat.save(doc, path)
    return tmp_path


def test_a_passing_hook_says_no_errors_and_that_warnings_were_skipped(tmp_path: Path) -> None:
    folder = vague_folder(tmp_path)
    code, out, err = check(folder, hook=False)
    assert code == 0 and "vague wording" in out  # by hand: the warnings
    code, out, err = check(folder, "--ui-lang", "en", hook=True)
    assert code == 0
    assert out == ""
    assert err.splitlines() == [
        "checked 2 files: no errors; warnings are skipped in a pre-commit hook that passes "
        "(run jdwizard check to see them)"]
    code, out, err = check(folder, "--ui-lang", "ru", hook=True)
    assert err.startswith("проверено 2 файла: ошибок нет; в проходящем хуке pre-commit")


def test_a_failing_hook_reports_all_a_terminal_would(tmp_path: Path) -> None:
    folder = vague_folder(tmp_path)
    doc = fileformat.load(folder / "sales-manager.toml")
    doc.position.title = ""
    fileformat.save(doc, folder / "untitled.toml")
    by_hand = check(folder, hook=False)
    assert by_hand[0] == 1 and "vague wording" in by_hand[1]
    assert check(folder, hook=True) == by_hand


def test_strict_and_json_look_for_the_warnings_in_a_hook_too(tmp_path: Path) -> None:
    folder = vague_folder(tmp_path)
    strict = check(folder, "--strict", hook=False)
    assert strict[0] == 1
    assert check(folder, "--strict", hook=True) == strict
    as_json = check(folder, "--format", "json", hook=False)
    assert '"severity": "warning"' in as_json[1]
    assert check(folder, "--format", "json", hook=True) == as_json


def test_a_file_that_does_not_load_fails_the_hook_with_the_report(tmp_path: Path) -> None:
    folder = vague_folder(tmp_path)
    (folder / "broken.toml").write_text("format = 1\n[position\n", encoding="utf-8")
    by_hand = check(folder, hook=False)
    assert by_hand[0] == 2 and "broken.toml" in by_hand[2]
    assert check(folder, hook=True) == by_hand
