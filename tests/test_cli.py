"""The jdwizard command line, run as a real process: presets, new, render, check."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from jdwizard import drafts, fileformat, presets
from jdwizard.cli import main
from jdwizard.output import markdown
from tests.cli_helpers import (
    MODULE,
    SCRIPT,
    Result,
    assert_one_line_failure,
    clean_env,
    copy_preset,
    jd,
    markdown_files,
    mode,
    preset_data,
    preset_names,
    run_cmd,
    stray_files,
)

# A complete enough description: only warnings (for the optional sections).
WARNINGS_ONLY = """\
format = 1
language = "en"

[organization]
name = "Acme"
department = "{department}"

[position]
title = "{title}"
category = "specialist"

[subordination]
reports_to = "Office Manager"
appointment = "By order of the director"

[duties]
items = ["File the incoming letters of the department every day"]

[rights]
items = ["To request documents from other departments"]

[liability]
items = ["For losing the documents entrusted to the employee"]

[approval]
position = "Director"
"""
ERRORS = 'format = 1\nlanguage = "en"\n\n[position]\ntitle = "Clerk"\n'
FINDING_LINE = re.compile(
    r"^(?P<file>.+?): (?P<place>[a-z_]+(?:\.[a-z_]+)*(?:\[\d+\])?): "
    r"(?P<severity>error|warning): (?P<message>\S.*)$"
)


def warnings_only(department: str = "Sales", title: str = "Clerk") -> str:
    return WARNINGS_ONLY.format(department=department, title=title)


@pytest.fixture
def sales(tmp_path: Path) -> Path:
    """An English description from the sales-manager preset, as x.toml."""
    return copy_preset("sales-manager", tmp_path / "x.toml")


# --- presets -------------------------------------------------------------------------


def test_presets_lists_every_preset_file_with_its_language(tmp_path: Path) -> None:
    result = jd(tmp_path, "presets")
    assert result.code == 0, result
    assert result.out_lines[0].split() == ["NAME", "LANG", "FIELD", "TITLE"]
    listed = {}
    for line in result.out_lines[1:]:
        name, language, rest = line.split(maxsplit=2)
        listed[name] = (language, rest)
    assert sorted(listed) == preset_names()
    assert len(result.out_lines) == len(preset_names()) + 1  # one line each
    for name in preset_names():
        data = preset_data(name)
        assert listed[name][0] == data["language"], name
        position = data.get("position", {})
        assert isinstance(position, dict)
        if "title" in position:
            assert listed[name][1].endswith(position["title"]), name


def test_presets_filter_finds_a_position_in_both_languages(tmp_path: Path) -> None:
    result = jd(tmp_path, "presets", "бухг")
    assert result.code == 0, result
    names = [line.split()[0] for line in result.out_lines[1:]]
    # The Russian titles match, and the English twin of each is found through them.
    assert {"accountant-ru", "accountant", "chief-accountant-ru"} <= set(names)
    assert "sales-manager" not in names
    assert jd(tmp_path, "presets", "warehouse").out_lines[1:]  # by field, too


def test_presets_filter_matching_nothing_says_so_and_exits_1(tmp_path: Path) -> None:
    result = jd(tmp_path, "presets", "astronaut")
    assert result.code == 1 and result.out == ""
    assert "astronaut" in result.err and len(result.err_lines) == 1


def test_presets_listing_speaks_russian(tmp_path: Path) -> None:
    result = jd(tmp_path, "presets", "--ui-lang", "ru", "accountant")
    assert result.code == 0, result
    assert result.out_lines[0].split() == ["ИМЯ", "ЯЗЫК", "ОБЛАСТЬ", "ДОЛЖНОСТЬ"]
    assert "бухгалтерия и финансы" in result.out


def test_installed_script_and_module_list_the_same_presets(tmp_path: Path) -> None:
    by_script = run_cmd([SCRIPT, "presets"], tmp_path)
    by_module = jd(tmp_path, "presets")
    assert by_script.code == by_module.code == 0
    assert by_script.out == by_module.out
    assert "sales-manager" in by_script.out


def test_installed_script_renders(sales: Path) -> None:
    result = run_cmd([SCRIPT, "render", sales.name], sales.parent)
    assert result.code == 0, result
    assert "## 1. General provisions" in (sales.parent / "x.md").read_text(encoding="utf-8")


# --- new -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", preset_names())
def test_new_from_preset_writes_the_preset(tmp_path: Path, name: str) -> None:
    result = jd(tmp_path, "new", "x.toml", "--preset", name, "--no-input")
    assert result.code == 0, result
    said = (f"записан x.toml (по шаблону {name})" if preset_data(name)["language"] == "ru"
            else f"wrote x.toml (from preset {name})")  # in the document's language
    assert said in result.out
    written = tomllib.loads((tmp_path / "x.toml").read_text(encoding="utf-8"))
    assert written.pop("preset") == name
    assert written == preset_data(name)


@pytest.mark.parametrize(
    ("lang_args", "blank", "language"),
    [([], "blank", "en"), (["--lang", "en"], "blank", "en"), (["--lang", "ru"], "blank-ru", "ru")],
)
def test_new_without_preset_writes_the_blank_of_the_language(
    tmp_path: Path, lang_args: list[str], blank: str, language: str
) -> None:
    result = jd(tmp_path, "new", "x.toml", "--no-input", *lang_args)
    assert result.code == 0, result
    written = tomllib.loads((tmp_path / "x.toml").read_text(encoding="utf-8"))
    assert written.pop("preset") == blank
    assert written["language"] == language
    assert written == preset_data(blank)


def test_new_refuses_to_overwrite(sales: Path) -> None:
    before = sales.read_bytes()
    result = jd(sales.parent, "new", "x.toml", "--preset", "blank", "--no-input")
    assert_one_line_failure(result, "x.toml", "already exists", "--force")
    assert sales.read_bytes() == before
    assert stray_files(sales.parent) == []


def test_new_force_overwrites_and_keeps_the_mode(sales: Path) -> None:
    os.chmod(sales, 0o640)
    result = jd(sales.parent, "new", "x.toml", "--preset", "head-of-sales", "--no-input", "--force")
    assert result.code == 0, result
    written = tomllib.loads(sales.read_text(encoding="utf-8"))
    assert written["preset"] == "head-of-sales"
    assert mode(sales) == 0o640
    assert stray_files(sales.parent) == []


def test_new_unknown_preset_suggests_the_close_names(tmp_path: Path) -> None:
    result = jd(tmp_path, "new", "x.toml", "--preset", "sales-manger", "--no-input")
    line = assert_one_line_failure(result, "sales-manger", "no such preset")
    assert "sales-manager" in line and "jdwizard presets" in line
    assert not (tmp_path / "x.toml").exists()


@pytest.mark.parametrize(
    ("preset", "lang", "other"),
    [("sales-manager", "ru", "sales-manager-ru"), ("sales-manager-ru", "en", "sales-manager")],
)
def test_new_refuses_a_preset_of_another_language(
    tmp_path: Path, preset: str, lang: str, other: str
) -> None:
    result = jd(tmp_path, "new", "x.toml", "--preset", preset, "--lang", lang, "--no-input")
    line = assert_one_line_failure(result, preset, other)  # in --lang's language
    assert re.search(rf"(?<![\w-]){re.escape(other)}(?![\w-])", line), line
    assert not (tmp_path / "x.toml").exists()


def _under_a_file(d: Path, name: str) -> str:
    (d / "plain").write_text("not a folder\n")
    return f"plain/{name}"


def _existing_folder(d: Path, name: str) -> str:
    (d / name).mkdir()
    return name


def _deep_under_a_file(d: Path, name: str) -> str:
    (d / "plain").write_text("not a folder\n")
    return f"plain/sub/{name}"


BAD_TARGETS: dict[str, Callable[[Path, str], str]] = {
    "under a regular file": _under_a_file,
    "deep under a regular file": _deep_under_a_file,
    "a folder": _existing_folder,
}


def _files(folder: Path, suffix: str) -> list[str]:
    return sorted(p.name for p in folder.rglob(f"*{suffix}") if p.is_file())


@pytest.mark.parametrize("target", ["jd/sales.toml", "jd/team/sales.toml"])
def test_new_creates_the_missing_folders(tmp_path: Path, target: str) -> None:
    # The README's own example, in a fresh folder.
    result = jd(tmp_path, "new", target, "--preset", "sales-manager", "--no-input")
    assert result.code == 0, result
    written = tomllib.loads((tmp_path / target).read_text(encoding="utf-8"))
    assert written["preset"] == "sales-manager"
    assert stray_files(tmp_path) == []


def test_new_creates_no_folder_when_it_fails(tmp_path: Path) -> None:
    result = jd(tmp_path, "new", "jd/x.toml", "--preset", "no-such-job", "--no-input")
    assert_one_line_failure(result, "no-such-job", "no such preset")
    assert not (tmp_path / "jd").exists()


@pytest.mark.parametrize("make", BAD_TARGETS.values(), ids=BAD_TARGETS.keys())
def test_new_unwritable_target(tmp_path: Path, make: Callable[[Path, str], str]) -> None:
    target = make(tmp_path, "x.toml")
    result = jd(tmp_path, "new", target, "--preset", "sales-manager", "--no-input", "--force")
    assert_one_line_failure(result, target, "cannot write")
    assert result.out == ""
    assert stray_files(tmp_path) == []
    assert _files(tmp_path, ".toml") == []


# --- render --------------------------------------------------------------------------


def test_render_writes_beside_the_file(tmp_path: Path) -> None:
    copy_preset("sales-manager", tmp_path / "team" / "x.toml")
    result = jd(tmp_path, "render", "team/x.toml")
    assert result.code == 0, result
    assert markdown_files(tmp_path) == ["team/x.md"]
    text = (tmp_path / "team" / "x.md").read_text(encoding="utf-8")
    assert "# Job description" in text
    assert "## 1. General provisions" in text
    assert "Sales Manager" in text
    assert stray_files(tmp_path) == []


def test_render_output_option(sales: Path) -> None:
    (sales.parent / "out").mkdir()
    result = jd(sales.parent, "render", "x.toml", "-o", "out/job.md")
    assert result.code == 0, result
    assert markdown_files(sales.parent) == ["out/job.md"]
    text = (sales.parent / "out/job.md").read_text(encoding="utf-8")
    assert re.search(r"^## \d+\. Duties$", text, re.MULTILINE), text


@pytest.mark.parametrize("output", ["out/sales.md", "out/ru/sales.md"])
def test_render_output_creates_the_missing_folders(tmp_path: Path, output: str) -> None:
    copy_preset("sales-manager", tmp_path / "jd" / "sales.toml")
    result = jd(tmp_path, "render", "jd/sales.toml", "-o", output)
    assert result.code == 0, result
    assert markdown_files(tmp_path) == [output]
    assert "# Job description" in (tmp_path / output).read_text(encoding="utf-8")


def test_render_creates_no_folder_when_the_input_is_bad(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text("format = 2\n")
    assert_one_line_failure(jd(tmp_path, "render", "x.toml", "-o", "out/x.md"), "x.toml")
    assert not (tmp_path / "out").exists()


def test_render_stdout_writes_no_file_and_matches_the_file(sales: Path) -> None:
    printed = jd(sales.parent, "render", "--stdout", "x.toml")
    assert printed.code == 0, printed
    assert markdown_files(sales.parent) == []
    assert "# Job description" in printed.out
    assert jd(sales.parent, "render", "x.toml").code == 0
    assert (sales.parent / "x.md").read_text(encoding="utf-8") == printed.out


@pytest.mark.parametrize(
    ("preset", "args", "heading", "absent"),
    [
        ("sales-manager", ["--lang", "ru"], "## 1. Общие положения", "General provisions"),
        ("sales-manager-ru", [], "## 1. Общие положения", "General provisions"),
        ("sales-manager-ru", ["--lang", "en"], "## 1. General provisions", "Общие положения"),
    ],
)
def test_render_language(
    tmp_path: Path, preset: str, args: list[str], heading: str, absent: str
) -> None:
    copy_preset(preset, tmp_path / "x.toml")
    result = jd(tmp_path, "render", "--stdout", *args, "x.toml")
    assert result.code == 0, result
    assert heading in result.out.splitlines()
    assert absent not in result.out


def test_render_several_files(tmp_path: Path) -> None:
    copy_preset("sales-manager", tmp_path / "a.toml")
    copy_preset("sales-manager-ru", tmp_path / "b.toml")
    result = jd(tmp_path, "render", "a.toml", "b.toml")
    assert result.code == 0, result
    assert markdown_files(tmp_path) == ["a.md", "b.md"]
    assert "General provisions" in (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "Общие положения" in (tmp_path / "b.md").read_text(encoding="utf-8")


def test_render_output_option_refuses_two_inputs(tmp_path: Path) -> None:
    copy_preset("sales-manager", tmp_path / "a.toml")
    copy_preset("account-manager", tmp_path / "b.toml")
    result = jd(tmp_path, "render", "a.toml", "b.toml", "-o", "out.md")
    assert_one_line_failure(result, "out.md", "-o")
    assert markdown_files(tmp_path) == []


def test_render_replaces_an_existing_markdown_and_keeps_its_mode(sales: Path) -> None:
    md = sales.with_suffix(".md")
    md.write_text("old text that must go\n")
    os.chmod(md, 0o600)
    result = jd(sales.parent, "render", "x.toml")
    assert result.code == 0, result
    text = md.read_text(encoding="utf-8")
    assert "old text" not in text and "# Job description" in text
    assert mode(md) == 0o600
    assert stray_files(sales.parent) == []


@pytest.mark.parametrize("make", BAD_TARGETS.values(), ids=BAD_TARGETS.keys())
def test_render_unwritable_output(sales: Path, make: Callable[[Path, str], str]) -> None:
    target = make(sales.parent, "out.md")
    result = jd(sales.parent, "render", "x.toml", "-o", target)
    assert_one_line_failure(result, target, "cannot write")
    assert result.out == ""
    assert stray_files(sales.parent) == []
    assert _files(sales.parent, ".md") == []


# --- drafts --------------------------------------------------------------------------


def test_drafts_restore_creates_the_missing_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(drafts.STATE_ENV, str(tmp_path / "state"))
    doc = presets.new_document("head-of-sales")
    key = drafts.key_for(None)
    drafts.write(key, None, doc)
    out = tmp_path / "jd" / "new" / "head.toml"
    assert main(["drafts", "restore", key, "-o", str(out)]) == 0
    assert fileformat.load(out) == doc
    assert out.with_suffix(".md").read_text(encoding="utf-8") == markdown.render(doc)
    assert drafts.all_drafts() == []


# --- bad inputs, for render and check --------------------------------------------------


def _missing(d: Path) -> tuple[str, tuple[str, ...]]:
    return "missing.toml", ("no such file",)


def _folder(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "folder.toml").mkdir()
    return "folder.toml", ("folder",)


def _unreadable(d: Path) -> tuple[str, tuple[str, ...]]:
    # Root reads any file whatever its mode, but not a symbolic link that points at itself.
    (d / "loop.toml").symlink_to("loop.toml")
    return "loop.toml", ("cannot read",)


def _binary(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "binary.toml").write_bytes(b"format = 1\n\x00\x01\x02\xff\xfe")
    return "binary.toml", ("binary",)


def _not_utf8(d: Path) -> tuple[str, tuple[str, ...]]:
    text = 'format = 1\nlanguage = "en"\n\n[position]\ntitle = "Café manager"\n'
    (d / "latin1.toml").write_bytes(text.encode("latin-1"))
    return "latin1.toml", ("UTF-8",)


def _malformed(d: Path) -> tuple[str, tuple[str, ...]]:
    text = 'format = 1\nlanguage = "en"\n\n[position]\ntitle = "Clerk\ncategory = "worker"\n'
    (d / "broken.toml").write_text(text)
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+), column (\d+)", str(exc))
        assert found
        return "broken.toml", (f"line {found[1]}, column {found[2]}", "TOML")
    raise AssertionError("the malformed text parsed")


def _not_a_description(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "pyproject.toml").write_text('[project]\nname = "demo"\nversion = "1.0"\n')
    return "pyproject.toml", ("format", "not a jdwizard job description")


def _newer_format(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "future.toml").write_text('format = 2\nlanguage = "en"\n')
    return "future.toml", ("format 2", "newer")


def _unknown_key(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "typo.toml").write_text('format = 1\n\n[positon]\ntitle = "Clerk"\n')
    return "typo.toml", ("positon", 'did you mean "position"')


def _wrong_type(d: Path) -> tuple[str, tuple[str, ...]]:
    text = 'format = 1\n\n[duties]\nitems = ["File letters daily", "Answer calls politely", 3]\n'
    (d / "types.toml").write_text(text)
    return "types.toml", ("duties.items[3]: expected text or a table, found a number",)


BAD_INPUTS: dict[str, Callable[[Path], tuple[str, tuple[str, ...]]]] = {
    "missing": _missing,
    "folder": _folder,
    "unreadable": _unreadable,
    "binary": _binary,
    "not utf-8": _not_utf8,
    "malformed toml": _malformed,
    "not a description": _not_a_description,
    "newer format": _newer_format,
    "unknown key": _unknown_key,
    "wrong type": _wrong_type,
}
COMMANDS = {
    "render": ["render"],
    "render -o": ["render", "-o", "out.md"],
    "render --stdout": ["render", "--stdout"],
    "check": ["check"],
    "check --strict": ["check", "--strict"],
    "check json": ["check", "--format", "json"],
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
@pytest.mark.parametrize("make", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input(
    tmp_path: Path, make: Callable[[Path], tuple[str, tuple[str, ...]]], command: list[str]
) -> None:
    name, problem = make(tmp_path)
    before = sorted(os.listdir(tmp_path))
    result = jd(tmp_path, *command, name)
    assert_one_line_failure(result, name, *problem)
    if command[0] == "render":
        assert result.out == ""
    assert sorted(os.listdir(tmp_path)) == before  # no .md, no stray .tmp
    assert markdown_files(tmp_path) == [] and stray_files(tmp_path) == []


def test_check_json_reports_a_bad_input(tmp_path: Path) -> None:
    name, _ = _newer_format(tmp_path)
    result = jd(tmp_path, "check", "--format", "json", name)
    assert result.code == 2
    report = json.loads(result.out)
    assert [e["file"] for e in report["load_errors"]] == [name]


PLACE_ERRORS = {
    "top level": (
        'format = 1\nlangauge = "en"\n',
        'langauge: unknown key; did you mean "language"',
    ),
    "section": (
        'format = 1\n[position]\ntitel = "x"\n',
        'position.titel: unknown key; did you mean "title"',
    ),
    "duty": (
        'format = 1\n[duties]\nitems = [{ text = "Answer the calls", shar = 10 }]\n',
        'duties.items[1].shar: unknown key; did you mean "share"',
    ),
    "text": (
        "format = 1\n[position]\ntitle = 5\n",
        "position.title: expected text, found a number",
    ),
    "list item": (
        'format = 1\n[qualifications]\nskills = ["Typing", true]\n',
        "qualifications.skills[2]: expected text, found true or false",
    ),
    "table": (
        'format = 1\nduties = ["Answer the calls"]\n',
        "duties: expected a table, found a list",
    ),
    "date": (
        "format = 1\n[document]\neffective_date = 10:00:00\n",
        "document.effective_date: expected a date like 2026-12-01, found a time",
    ),
}


@pytest.mark.parametrize(("text", "message"), PLACE_ERRORS.values(), ids=PLACE_ERRORS.keys())
def test_load_errors_name_the_place(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "x.toml").write_text(text)
    assert_one_line_failure(jd(tmp_path, "check", "x.toml"), "x.toml", message)


def test_render_stdout_into_a_closed_pipe_prints_no_traceback(tmp_path: Path) -> None:
    # More than a pipe holds (64 KiB), so the writes fail whenever the reader goes away.
    files = [copy_preset("sales-manager-ru", tmp_path / f"{i}.toml").name for i in range(8)]
    proc = subprocess.Popen(
        [*MODULE, "render", "--stdout", *files],
        cwd=tmp_path,
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


# --- check ---------------------------------------------------------------------------


def _check_lines(result: Result) -> list[re.Match[str]]:
    matches = [FINDING_LINE.match(line) for line in result.out_lines]
    assert result.out_lines and all(matches), result.out
    return [m for m in matches if m]


def test_check_text_lines(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text(ERRORS)
    result = jd(tmp_path, "check", "x.toml")
    assert result.code == 1, result
    lines = _check_lines(result)
    assert {m["file"] for m in lines} == {"x.toml"}
    found = {(m["place"], m["severity"]) for m in lines}
    assert ("duties", "error") in found
    assert ("position.category", "warning") in found  # an English document: see test_checks


def test_check_json_has_the_findings_of_the_text(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text(ERRORS)
    text = jd(tmp_path, "check", "x.toml")
    result = jd(tmp_path, "check", "--format", "json", "x.toml")
    assert result.code == 1, result
    report = json.loads(result.out)
    assert report["files_checked"] == 1
    assert report["load_errors"] == []
    found = {(f["file"], f["place"], f["severity"], f["message"]) for f in report["findings"]}
    assert found == {
        (m["file"], m["place"], m["severity"], m["message"]) for m in _check_lines(text)
    }
    assert ("x.toml", "position.category") in {(f[0], f[1]) for f in found}


@pytest.mark.parametrize(("args", "code"), [([], 0), (["--strict"], 1)])
def test_check_strict_fails_on_warnings(tmp_path: Path, args: list[str], code: int) -> None:
    (tmp_path / "x.toml").write_text(warnings_only())
    result = jd(tmp_path, "check", *args, "x.toml")
    assert result.code == code, result
    lines = _check_lines(result)
    assert {m["severity"] for m in lines} == {"warning"}


def test_check_clean_preset_exits_zero_with_strict(sales: Path) -> None:
    result = jd(sales.parent, "check", "--strict", "x.toml")
    assert result.code == 0, result
    assert result.out == ""


def test_check_expands_folders(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "a.toml").write_text(ERRORS)
    (team / "b.toml").write_text(warnings_only())
    (team / "notes.txt").write_text("not a description [\n")
    result = jd(tmp_path, "check", "--format", "json", "team")
    assert result.code == 1, result
    report = json.loads(result.out)
    assert report["files_checked"] == 2
    files = {f["file"] for f in report["findings"]}
    assert files == {os.path.join("team", "a.toml"), os.path.join("team", "b.toml")}


def test_check_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = jd(tmp_path, "check", "empty")
    assert_one_line_failure(result, "empty", "no .toml")
    assert result.out == ""


@pytest.mark.parametrize(("second_department", "shared"), [("Sales", True), ("Purchasing", False)])
def test_check_finds_a_duty_two_positions_share(
    tmp_path: Path, second_department: str, shared: bool
) -> None:
    (tmp_path / "unit").mkdir()
    (tmp_path / "unit" / "clerk.toml").write_text(warnings_only("Sales", "Clerk"))
    (tmp_path / "unit" / "typist.toml").write_text(warnings_only(second_department, "Typist"))
    result = jd(tmp_path, "check", "unit")
    assert result.code == 0, result
    both = [line for line in result.out_lines if "clerk.toml" in line and "typist.toml" in line]
    assert bool(both) == shared, result.out
    if shared:
        assert FINDING_LINE.match(both[0]) and "duties.items[1]" in both[0]


def unnamed(title: str) -> str:
    """A description that names no organization and no department."""
    text = warnings_only(title=title)
    start = text.index("[organization]")
    return text[:start] + text[text.index("[position]"):]


NO_UNIT_NOTE = ("note: 2 descriptions name no organization and no department; their duties "
                "were compared with each other as one unit")


def test_check_compares_descriptions_that_name_no_unit_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "jd").mkdir()
    (tmp_path / "jd" / "clerk.toml").write_text(unnamed("Clerk"))
    (tmp_path / "jd" / "typist.toml").write_text(unnamed("Typist"))
    result = jd(tmp_path, "check", "jd")
    assert result.code == 0, result
    both = [line for line in result.out_lines if "clerk.toml" in line and "typist.toml" in line]
    # The shared duty is reported on each of the two files, naming the other.
    assert len(both) == 2 and all(FINDING_LINE.match(line) for line in both), result.out
    assert result.err_lines.count(NO_UNIT_NOTE) == 1, result.err
    assert NO_UNIT_NOTE not in result.out


def test_check_json_carries_the_notes(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(unnamed("Clerk"))
    (tmp_path / "b.toml").write_text(unnamed("Typist"))
    result = jd(tmp_path, "check", "--format", "json", "a.toml", "b.toml")
    assert result.code == 0, result
    report = json.loads(result.out)
    assert report["notes"] == [NO_UNIT_NOTE.removeprefix("note: ")]
    shared = [f["file"] for f in report["findings"] if "also a duty" in f["message"]]
    assert shared == ["a.toml", "b.toml"]
    assert "note:" not in result.err


def test_check_of_named_descriptions_has_no_notes(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(warnings_only("Sales", "Clerk"))
    (tmp_path / "b.toml").write_text(warnings_only("Purchasing", "Typist"))
    text = jd(tmp_path, "check", "a.toml", "b.toml")
    assert text.code == 0 and "note:" not in text.err, text
    report = json.loads(jd(tmp_path, "check", "--format", "json", "a.toml", "b.toml").out)
    assert report["notes"] == []


@pytest.mark.parametrize(
    "paths", [["unit", "unit/clerk.toml"], ["unit/clerk.toml", "unit/clerk.toml"]]
)
def test_check_does_not_compare_a_file_with_itself(tmp_path: Path, paths: list[str]) -> None:
    (tmp_path / "unit").mkdir()
    (tmp_path / "unit" / "clerk.toml").write_text(warnings_only("Sales", "Clerk"))
    result = jd(tmp_path, "check", "--format", "json", *paths)
    assert result.code == 0, result
    report = json.loads(result.out)
    shared = [f for f in report["findings"] if "also a duty" in f["message"]]
    assert shared == [], shared


# --- Textual stays out of render and check; python-docx and Typst out of md and check --

WRAPPER = """\
import runpy, sys
if sys.argv[1]:
    __import__(sys.argv[1])
sys.argv = ["jdwizard", *sys.argv[2:]]
try:
    runpy.run_module("jdwizard", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    code = exc.code
heavy = ("textual", "docx", "typst")
print("LOADED=" + ",".join(sorted({m.split(".")[0] for m in sys.modules} & set(heavy))))
sys.exit(code)
"""


def _heavy_modules(cwd: Path, preload: str, *args: str) -> tuple[int, set[str]]:
    """The exit code, and which of Textual, python-docx and Typst the command loaded."""
    result = run_cmd([MODULE[0], "-c", WRAPPER, preload, *args], cwd)
    marker = [line for line in result.out_lines if line.startswith("LOADED=")]
    assert len(marker) == 1, result
    return result.code, set(filter(None, marker[0].removeprefix("LOADED=").split(",")))


@pytest.mark.parametrize(("args", "loads"), [
    (["render", "x.toml"], set()),
    (["render", "--to", "md", "x.toml"], set()),
    (["check", "x.toml"], set()),
    (["check", "--format", "json", "x.toml"], set()),
    (["render", "--to", "docx", "x.toml"], {"docx"}),
    (["render", "--to", "pdf", "x.toml"], {"typst"}),
])
def test_each_command_loads_only_what_it_needs(sales: Path, args: list[str],
                                               loads: set[str]) -> None:
    code, modules = _heavy_modules(sales.parent, "", *args)
    assert code == 0
    assert modules == loads


def test_the_probe_sees_textual(sales: Path) -> None:
    code, modules = _heavy_modules(sales.parent, "textual.app", "check", "x.toml")
    assert code == 0
    assert "textual" in modules


def test_the_sections_of_edit_are_the_wizards_steps() -> None:
    from jdwizard.cli import SECTIONS
    from jdwizard.steps import SECTION_NAMES

    assert SECTIONS == SECTION_NAMES


@pytest.mark.parametrize("make", [_missing, _malformed], ids=["missing", "malformed"])
def test_edit_of_a_bad_file_fails_before_any_screen(
    tmp_path: Path, make: Callable[[Path], tuple[str, tuple[str, ...]]]
) -> None:
    name, problem = make(tmp_path)
    env = {**clean_env(), "JDWIZARD_STATE_DIR": str(tmp_path / "state")}
    result = run_cmd([*MODULE, "edit", name], tmp_path, env)
    if make is _missing:
        problem = (*problem, f"to create it: jdwizard new {name}")
    assert_one_line_failure(result, name, *problem)
    assert result.out == ""  # no screen was drawn
