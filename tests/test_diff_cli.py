"""`jdwizard diff` as a person and a script run it: two files, or one file against git
(--since), text or JSON, exit 0/1/2; the textconv recipe of the README with `git diff`
and `git log -p`; no Textual; every message in the Russian table."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from jdwizard import fileformat, presets
from jdwizard.catalogs.ru import CATALOG
from jdwizard.catalogs.ru_diff import DIFF
from jdwizard.catalogs.ru_messages import MESSAGES
from jdwizard.model import Document, Duty
from tests.cli_helpers import (
    MODULE,
    ROOT,
    Result,
    assert_one_line_failure,
    clean_env,
    modules_loaded,
    run_cmd,
)
from tests.message_keys import fields, message_keys

BIN = Path(sys.executable).parent
NEW_DUTY = "Участвует в планировании продаж отдела на следующий квартал."


def environment(**values: str) -> dict[str, str]:
    """No language from the test machine, no git configuration but the repository's."""
    env = {k: v for k, v in clean_env().items()
           if k not in ("JDWIZARD_UI_LANG", "LANG", "LC_ALL", "LC_MESSAGES")}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1",
               PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}")
    env.update(values)
    return env


def jd(cwd: Path, *args: str, **env: str) -> Result:
    return run_cmd([*MODULE, *args], cwd, environment(**env))


def git(cwd: Path, *args: str) -> Result:
    result = run_cmd(["git", *args], cwd, environment())
    assert result.code == 0, result
    return result


def edited(name: str) -> Document:
    """A real edit of the preset: 3.2 reworded, reports_to changed, one duty added."""
    doc = presets.new_document(name)
    duty = doc.duties.items[1]
    duty.text = (duty.text.replace("по телефону, ", "по телефону и ") if doc.language == "ru"
                 else duty.text.replace("by telephone, ", "by telephone and "))
    doc.subordination.reports_to = ("Коммерческий директор" if doc.language == "ru"
                                    else "Commercial Director")
    doc.duties.items.append(Duty(NEW_DUTY))
    return doc


def pair(folder: Path, name: str = "sales-manager-ru") -> tuple[Document, Document]:
    """old.toml, the preset, and new.toml, its edit, in folder."""
    old, new = presets.new_document(name), edited(name)
    fileformat.save(old, folder / "old.toml")
    fileformat.save(new, folder / "new.toml")
    return old, new


# --- two files ---------------------------------------------------------------------------


def test_a_russian_edit_in_russian(tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    result = jd(tmp_path, "diff", "old.toml", "new.toml")
    assert result.code == 1, result
    assert result.err == ""
    lines = result.out_lines
    assert lines[0] == ("Непосредственный руководитель: начальник отдела продаж → "
                        "коммерческий директор")
    assert lines[1].startswith(f"3.2 изменён: {old.duties.items[1].text} (")
    assert f" → {new.duties.items[1].text} (" in lines[1]
    assert lines[2] == f"3.14 добавлен: {NEW_DUTY}"
    assert len(lines) == 3


def test_an_english_edit_in_english(tmp_path: Path) -> None:
    pair(tmp_path, "sales-manager")
    result = jd(tmp_path, "diff", "old.toml", "new.toml", LANG="ru_RU.UTF-8")
    assert result.code == 1, result
    assert result.out_lines[0] == "Reports to: Head of Sales Department → Commercial Director"
    assert result.out_lines[1].startswith("3.2 changed: Contact potential customers")
    assert result.out_lines[2] == f"3.14 added: {NEW_DUTY}"


def test_removed_and_moved(tmp_path: Path) -> None:
    old = presets.new_document("sales-manager-ru")
    new = presets.new_document("sales-manager-ru")
    new.duties.items.insert(2, new.duties.items.pop(8))  # 3.9 to 3.3
    gone = new.duties.items.pop(5)  # was 3.5 (3.6 before the move)
    fileformat.save(old, tmp_path / "old.toml")
    fileformat.save(new, tmp_path / "new.toml")
    result = jd(tmp_path, "diff", "old.toml", "new.toml")
    assert [line.split(":")[0] for line in result.out_lines] == [
        "3.3 перенесён из 3.9", "3.5 исключён"]
    assert result.out_lines[1].startswith(f"3.5 исключён: {gone.text}")


def test_a_move_that_keeps_its_number(tmp_path: Path) -> None:
    """The first duty removed and the next two swapped: 3.2 stays 3.2, yet it moved."""
    old = presets.new_document("sales-manager")
    new = presets.new_document("sales-manager")
    del new.duties.items[0]
    new.duties.items[0], new.duties.items[1] = new.duties.items[1], new.duties.items[0]
    fileformat.save(old, tmp_path / "old.toml")
    fileformat.save(new, tmp_path / "new.toml")
    lines = jd(tmp_path, "diff", "old.toml", "new.toml").out_lines
    assert [line.split(":")[0] for line in lines] == [
        "3.1 removed", "3.2 moved within its list"]


def test_the_messages_follow_ui_lang_and_the_labels_the_document(tmp_path: Path) -> None:
    pair(tmp_path)
    english = jd(tmp_path, "diff", "--ui-lang", "en", "old.toml", "new.toml")
    assert english.out_lines[2] == f"3.14 added: {NEW_DUTY}"
    assert english.out_lines[0].startswith("Непосредственный руководитель: ")
    pinned = jd(tmp_path, "diff", "old.toml", "new.toml", JDWIZARD_UI_LANG="en")
    assert pinned.out_lines == english.out_lines
    pair(tmp_path, "sales-manager")
    russian = jd(tmp_path, "diff", "old.toml", "new.toml", JDWIZARD_UI_LANG="ru")
    assert russian.out_lines[0].startswith("Reports to: ")
    assert russian.out_lines[2] == f"3.14 добавлен: {NEW_DUTY}"


def test_the_same_document_is_exit_0(tmp_path: Path) -> None:
    pair(tmp_path)
    result = jd(tmp_path, "diff", "old.toml", "old.toml")
    assert (result.code, result.out, result.err) == (0, "", "")
    # Another file with the same document: spacing and the order of keys are no change.
    text = (tmp_path / "old.toml").read_text(encoding="utf-8")
    (tmp_path / "same.toml").write_text(text.replace("=", " =  "), encoding="utf-8")
    assert jd(tmp_path, "diff", "old.toml", "same.toml").code == 0


def test_json_for_scripts(tmp_path: Path) -> None:
    pair(tmp_path)
    result = jd(tmp_path, "diff", "--format", "json", "old.toml", "new.toml")
    assert result.code == 1
    report = json.loads(result.out)
    assert [(c["kind"], c["place"], c["old_number"], c["new_number"]) for c in report] == [
        ("changed", "subordination.reports_to", "1.3", "1.3"),
        ("changed", "duties.items[2]", "3.2", "3.2"),
        ("added", "duties.items[14]", None, "3.14")]
    assert set(report[0]) == {"kind", "place", "old_place", "old_number", "new_number",
                              "old", "new", "label", "bullet", "moved"}
    assert (report[0]["label"], report[0]["old"], report[0]["new"]) == (
        "Непосредственный руководитель", "начальник отдела продаж", "коммерческий директор")
    assert (report[2]["old"], report[2]["new"], report[2]["label"]) == (None, NEW_DUTY, None)
    same = jd(tmp_path, "diff", "--format", "json", "old.toml", "old.toml")
    assert (same.code, json.loads(same.out)) == (0, [])


# --- trouble: one line, exit 2 -------------------------------------------------------------


def test_a_missing_file(tmp_path: Path) -> None:
    pair(tmp_path)
    result = jd(tmp_path, "diff", "old.toml", "missing.toml")
    assert_one_line_failure(result, "missing.toml", "no such file")
    assert result.out == ""
    result = jd(tmp_path, "diff", "missing.toml", "new.toml")
    assert_one_line_failure(result, "missing.toml", "нет такого файла")


def test_malformed_toml_in_the_files_language(tmp_path: Path) -> None:
    pair(tmp_path)
    (tmp_path / "bad.toml").write_text('format = 1\nlanguage = "ru"\n[position\n',
                                       encoding="utf-8")
    result = jd(tmp_path, "diff", "bad.toml", "new.toml")
    assert_one_line_failure(result, "bad.toml", "line 3, column 10: ошибка в TOML")


def test_not_a_description(tmp_path: Path) -> None:
    pair(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    result = jd(tmp_path, "diff", "pyproject.toml", "new.toml")
    assert_one_line_failure(result, "pyproject.toml", "format")


@pytest.mark.parametrize("args", [["old.toml"], ["old.toml", "new.toml", "x.toml"],
                                  ["old.toml", "new.toml", "--since", "HEAD"]])
def test_the_wrong_number_of_files(tmp_path: Path, args: list[str]) -> None:
    pair(tmp_path)
    result = jd(tmp_path, "diff", *args, "--ui-lang", "en")
    assert result.code == 2 and len(result.err_lines) == 1, result
    assert "--since" in result.err


# --- --since, in a git repository ------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with jd/sales.toml, the Russian preset, committed; then edited."""
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.name", "Test")
    git(tmp_path, "config", "user.email", "test@example.com")
    (tmp_path / "jd").mkdir()
    fileformat.save(presets.new_document("sales-manager-ru"), tmp_path / "jd" / "sales.toml")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "approved")
    fileformat.save(edited("sales-manager-ru"), tmp_path / "jd" / "sales.toml")
    return tmp_path


def test_since_head(repo: Path) -> None:
    result = jd(repo, "diff", "jd/sales.toml", "--since", "HEAD")
    assert result.code == 1, result
    assert result.out_lines[0].startswith("Непосредственный руководитель: начальник")
    assert result.out_lines[2] == f"3.14 добавлен: {NEW_DUTY}"
    # From the file's own folder, and from outside the repository, by its path.
    assert jd(repo / "jd", "diff", "sales.toml", "--since", "HEAD").out == result.out
    assert jd(repo.parent, "diff", str(repo / "jd" / "sales.toml"), "--since",
              "HEAD").out == result.out


def test_since_a_path_of_spaces_and_cyrillic(tmp_path: Path) -> None:
    folder = tmp_path / "должностные инструкции"
    folder.mkdir()
    git(tmp_path, "init", "-q")
    fileformat.save(presets.new_document("sales-manager-ru"), folder / "менеджер 1.toml")
    git(tmp_path, "add", ".")
    git(tmp_path, "-c", "user.name=Test", "-c", "user.email=t@example.com", "commit", "-q",
        "-m", "approved")
    fileformat.save(edited("sales-manager-ru"), folder / "менеджер 1.toml")
    result = jd(folder, "diff", "менеджер 1.toml", "--since", "HEAD")
    assert result.code == 1, result
    assert result.out_lines[2] == f"3.14 добавлен: {NEW_DUTY}"


def test_since_a_tag_after_more_commits(repo: Path) -> None:
    git(repo, "tag", "approved")
    git(repo, "commit", "-q", "-a", "-m", "edited")
    assert jd(repo, "diff", "jd/sales.toml", "--since", "HEAD").code == 0
    result = jd(repo, "diff", "jd/sales.toml", "--since", "approved", "--format", "json")
    assert [c["kind"] for c in json.loads(result.out)] == ["changed", "changed", "added"]


def test_since_an_unknown_revision(repo: Path) -> None:
    result = jd(repo, "diff", "jd/sales.toml", "--since", "no-such-tag")
    assert_one_line_failure(result, "jd/sales.toml", "неизвестная ревизия «no-such-tag»")
    result = jd(repo, "diff", "jd/sales.toml", "--since=--output=x", "--ui-lang", "en")
    assert_one_line_failure(result, "jd/sales.toml", "unknown revision “--output=x”")
    assert not (repo / "x").exists()


def test_since_a_revision_without_the_file(repo: Path) -> None:
    fileformat.save(presets.new_document("sales-manager-ru"), repo / "jd" / "new.toml")
    result = jd(repo, "diff", "jd/new.toml", "--since", "HEAD")
    assert_one_line_failure(result, "jd/new.toml", "нет в ревизии HEAD", "jd/new.toml")


def test_since_outside_a_repository(tmp_path: Path) -> None:
    pair(tmp_path)
    result = jd(tmp_path, "diff", "new.toml", "--since", "HEAD",
                GIT_CEILING_DIRECTORIES=str(tmp_path.parent))
    assert_one_line_failure(result, "new.toml", "не в репозитории git")


def test_since_a_committed_version_that_is_malformed(repo: Path) -> None:
    (repo / "jd" / "sales.toml").write_text('format = 1\nlanguage = "ru"\n[position\n',
                                            encoding="utf-8")
    git(repo, "commit", "-q", "-a", "-m", "broken")
    fileformat.save(edited("sales-manager-ru"), repo / "jd" / "sales.toml")
    result = jd(repo, "diff", "jd/sales.toml", "--since", "HEAD")
    assert_one_line_failure(result, "HEAD:jd/sales.toml", "ошибка в TOML")


# --- the textconv recipe of the README -----------------------------------------------------


def recipe(repo: Path) -> None:
    """The README's lines, as a user types them."""
    (repo / "jd" / ".gitattributes").write_text("*.toml diff=jdwizard\n", encoding="utf-8")
    git(repo, "config", "diff.jdwizard.textconv", "jdwizard render --stdout")
    git(repo, "config", "diff.jdwizard.cachetextconv", "true")


def test_readme_gives_the_recipe() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What changed: jdwizard diff", 1)[1].split("\n## ", 1)[0]
    assert "*.toml diff=jdwizard" in section
    assert 'git config diff.jdwizard.textconv "jdwizard render --stdout"' in section
    assert readme.index("## Commands") < readme.index("## What changed: jdwizard diff")


def test_git_diff_shows_the_document_text(repo: Path) -> None:
    recipe(repo)
    shown = git(repo, "diff", "jd/sales.toml").out
    assert "-1.3. Непосредственный руководитель: начальник отдела продаж." in shown
    assert "+1.3. Непосредственный руководитель: коммерческий директор." in shown
    assert f"+3.14. {NEW_DUTY}" in shown
    assert "reports_to" not in shown  # the Markdown, not the TOML
    # --since reads the TOML as committed, not the text git shows.
    assert jd(repo, "diff", "jd/sales.toml", "--since", "HEAD").code == 1


def test_git_log_shows_the_document_text(repo: Path) -> None:
    recipe(repo)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "3.14 added")
    log = git(repo, "log", "-p", "-1", "--", "jd/sales.toml").out
    assert f"+3.14. {NEW_DUTY}" in log
    assert "+1.3. Непосредственный руководитель: коммерческий директор." in log


def test_the_recipe_leaves_other_toml_alone(repo: Path) -> None:
    recipe(repo)
    (repo / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    git(repo, "add", "pyproject.toml")
    git(repo, "commit", "-q", "-m", "project")
    (repo / "pyproject.toml").write_text("[project]\nname = 'y'\n", encoding="utf-8")
    assert "+name = 'y'" in git(repo, "diff", "pyproject.toml").out


# --- no Textual ------------------------------------------------------------------------------

def loaded(cwd: Path, *args: str) -> tuple[int, set[str]]:
    code, modules = modules_loaded(sys.executable, args, cwd, environment())
    return code, {m for m in modules if m.split(".")[0] in ("textual", "rich", "docx", "typst")
                  or m.startswith("jdwizard.versions")}


def test_diff_loads_no_textual(repo: Path) -> None:
    code, modules = loaded(repo, "diff", "jd/sales.toml", "--since", "HEAD")
    assert code == 1
    assert not {m for m in modules if not m.startswith("jdwizard.versions")}, modules
    assert "jdwizard.versions.diff" in modules  # the probe sees what the command loads


def test_other_commands_do_not_load_the_comparison(repo: Path) -> None:
    code, modules = loaded(repo, "check", "jd/sales.toml")
    assert code == 0
    assert modules == set()


# --- the Russian table -------------------------------------------------------------------------

OWN = ("diff_commands", "versions/diff", "versions/summary", "versions/__init__")


def _keys() -> dict[str, str]:
    return message_keys(OWN, literal_only=True)


def test_every_message_has_its_russian_entry_and_none_is_stale() -> None:
    keys = _keys()
    assert [key for key in keys if key not in DIFF] == []
    assert [key for key in DIFF if key not in keys] == []


def _latin(text: str) -> list[str]:
    for allowed in (r"--[a-z-]+", r"\b(?:OLD|NEW|FILE)\.toml\b", r"\bREV\b", r"\bgit\b",
                    r"\bUTF-8\b", r"\b0x"):
        text = re.sub(allowed, " ", text)
    return re.findall(r"[A-Za-z]+", text)


@pytest.mark.parametrize(("key", "russian"), sorted(DIFF.items()))
def test_each_entry_keeps_its_values_and_agrees_with_the_other_tables(
        key: str, russian: str) -> None:
    assert fields(russian) == fields(key)
    assert "\n" not in russian and russian == russian.strip()
    assert not _latin(re.sub(r"\{[^}]*\}", " ", russian)), russian
    assert MESSAGES.get(key, russian) == russian
    assert CATALOG[key] == russian
