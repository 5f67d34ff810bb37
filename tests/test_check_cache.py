"""`check` keeps each document's findings between runs (check_cache): a second run
reports exactly what the first did and what a run without the cache does, without
checking the files that did not change; a cache that is damaged, foreign, of another
version or cannot be written changes nothing but the time taken."""

from __future__ import annotations

import json
import marshal
import os
import random
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jdwizard import cachedir, check_cache, checks, cli, fileformat, presets, uilang
from jdwizard.findings import Finding
from jdwizard.model import Document, Duty
from tests.cli_helpers import SCRIPT, clean_env, modules_loaded, run_cmd, stray_files

VAGUE = "Performs other duties as assigned, etc."


@pytest.fixture(autouse=True)
def _interface_language() -> Iterator[None]:
    """--ui-lang changes the interface's language of this process: restored after."""
    before = dict(uilang._state)
    yield
    uilang._state.update(before)


def write(path: Path, doc: Document) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fileformat.save(doc, path)
    return path


def without_language(path: Path) -> Path:
    """The file without its `language = ...` line: checked in the run's language."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("language")),
                    encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A department with errors, warnings and the department's own findings."""
    unit = tmp_path / "unit"
    write(unit / "a-sales.toml", presets.new_document("sales-manager"))
    untitled = presets.new_document("sales-manager")
    untitled.position.title = ""  # an error
    write(unit / "b-untitled.toml", untitled)
    vague = presets.new_document("sales-manager-ru")
    vague.duties.items.append(Duty(VAGUE))  # a warning
    write(unit / "c-vague.toml", vague)
    unreported = presets.new_document("sales-manager")
    unreported.subordination.reports_to = ""
    without_language(write(unit / "d-plain.toml", unreported))
    return unit


@pytest.fixture
def cache_file(own_state: Path) -> Path:
    return own_state / "cache" / check_cache.FILE_NAME


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """`jdwizard check ARGS` in this process: exit code, stdout, stderr."""
    code = cli.main(["check", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[Document]:
    """The documents checks.check_document is called for, from now on."""
    calls: list[Document] = []
    real: Callable[..., list[Finding]] = checks.check_document

    def counting(doc: Document, warnings: bool = True) -> list[Finding]:
        calls.append(doc)
        return real(doc, warnings)

    monkeypatch.setattr(checks, "check_document", counting)
    return calls


def stored(path: Path) -> dict[bytes, object]:
    data = loaded(path.read_bytes())
    assert data[0] == check_cache.FORMAT and data[1] == check_cache.fingerprint()
    entries: dict[bytes, object] = data[2]
    return entries


HEADER = len(check_cache.MAGIC) + cachedir.SEAL_SIZE


def loaded(data: bytes) -> Any:
    """What a cache file's bytes hold, its seal checked."""
    assert data.startswith(check_cache.MAGIC)
    assert data[len(check_cache.MAGIC):HEADER] == cachedir.seal(data[HEADER:])
    return marshal.loads(data[HEADER:])


def made(value: Any) -> bytes:
    """A cache file's bytes for this value, with the right seal."""
    data = marshal.dumps(value)
    return check_cache.MAGIC + cachedir.seal(data) + data


# --- the same report ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_second_run_reports_what_the_first_and_an_uncached_run_do(
        folder: Path, cache_file: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    first = run(capsys, "--format", fmt, folder)
    assert cache_file.is_file()
    second = run(capsys, "--format", fmt, folder)
    uncached = run(capsys, "--format", fmt, "--no-cache", folder)
    assert first == second == uncached
    code, out, err = first
    assert code == 1  # errors
    report = out if fmt == "text" else json.dumps(json.loads(out)["findings"])
    assert "b-untitled.toml" in report and "c-vague.toml" in report
    if fmt == "text":
        assert "2 errors" in err  # the untitled one's, the plain one's
    else:
        assert json.loads(out)["files_checked"] == 4


def test_the_findings_are_those_of_each_file_in_order(
        folder: Path, cache_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same text in two files: the stored findings are said as each file's."""
    copy = folder / "e-copy.toml"
    copy.write_bytes((folder / "b-untitled.toml").read_bytes())
    first = run(capsys, "--format", "json", folder)
    second = run(capsys, "--format", "json", folder)
    assert first == second == run(capsys, "--format", "json", "--no-cache", folder)
    files = {f["file"] for f in json.loads(second[1])["findings"]}
    assert str(copy) in files and str(folder / "b-untitled.toml") in files


# --- what is checked again ---------------------------------------------------------------


def test_only_the_files_changed_are_checked_again(
        folder: Path, cache_file: Path, capsys: pytest.CaptureFixture[str],
        checked: list[Document]) -> None:
    run(capsys, folder)
    assert len(checked) == 4
    checked.clear()
    unchanged = run(capsys, folder)
    assert checked == []
    changed = folder / "a-sales.toml"
    doc = fileformat.load(changed)
    doc.duties.items.append(Duty(VAGUE))
    write(changed, doc)
    after = run(capsys, folder)
    assert [doc.position.title for doc in checked] == [fileformat.load(changed).position.title]
    assert len(checked) == 1
    assert after[1].count("a-sales.toml") > unchanged[1].count("a-sales.toml")  # the new duty
    assert after == run(capsys, "--no-cache", folder)


def test_another_version_of_jdwizard_checks_anew(
        folder: Path, cache_file: Path, capsys: pytest.CaptureFixture[str],
        checked: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    first = run(capsys, folder)
    real = check_cache.fingerprint()
    monkeypatch.setattr(check_cache, "fingerprint", lambda: (*real[:2], (), None))
    checked.clear()
    assert run(capsys, folder) == first
    assert len(checked) == 4
    assert loaded(cache_file.read_bytes())[1] == (*real[:2], (), None)


def test_a_change_of_a_checks_file_changes_the_fingerprint(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "jdwizard"
    (package / "tui").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "checks.py").write_text("x = 1\n")
    monkeypatch.setattr(check_cache, "_PACKAGE", package)
    before = check_cache.fingerprint()
    assert [name for name, _, _ in before[2]] == ["checks.py"]
    (package / "tui" / "app.py").write_text("wizard\n")  # the wizard's: not the checks'
    (package / "__pycache__" / "checks.pyc").write_bytes(b"\0")
    assert check_cache.fingerprint() == before
    (package / "checks.py").write_text("x = 22\n")
    assert check_cache.fingerprint() != before


def test_ahocorasick_is_in_the_fingerprint() -> None:
    import ahocorasick_rs

    found = check_cache.fingerprint()[3]
    info = os.stat(ahocorasick_rs.__file__ or "")
    assert found == (info.st_size, info.st_mtime_ns)


# --- a cache that cannot be used ---------------------------------------------------------


def damaged_files() -> dict[str, Callable[[bytes], bytes]]:
    """What a cache file may hold instead, made from the good file's bytes."""
    return {
        "random bytes": lambda good: random.Random(3).randbytes(600),
        "empty": lambda good: b"",
        "cut short": lambda good: good[: len(good) // 2],
        "a byte changed": lambda good: good[:-9] + bytes([good[-9] ^ 0x40]) + good[-8:],
        "bare marshal": lambda good: good[HEADER:],
        "another shape": lambda good: made([1, 2, 3]),
        "another format": lambda good: made((99, *loaded(good)[1:])),
        "entries not a dict": lambda good: made((*loaded(good)[:2], [1])),
        "entries not findings": lambda good: made(
            (*loaded(good)[:2], dict.fromkeys(loaded(good)[2], (("x",), 3)))),
    }


def test_a_damaged_file_never_reaches_marshal(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """marshal.loads of a damaged file can crash the interpreter: a file whose seal
    is wrong is not given to it. (Each byte of a good file changed in turn.)"""
    good = made((check_cache.FORMAT, check_cache.fingerprint(), {b"k" * 16: (("p", "s", "m"),)}))
    path = tmp_path / "cache"
    path.write_bytes(good)
    assert check_cache._read(path, check_cache.fingerprint()) == {b"k" * 16: (("p", "s", "m"),)}

    def forbidden(data: bytes) -> object:
        raise AssertionError("damaged data given to marshal.loads")

    monkeypatch.setattr(cachedir, "marshal", types.SimpleNamespace(loads=forbidden))
    for i in range(len(good)):
        path.write_bytes(good[:i] + bytes([good[i] ^ 0x01]) + good[i + 1:])
        assert check_cache._read(path, check_cache.fingerprint()) == {}, i


@pytest.mark.parametrize("damage", damaged_files())
def test_a_damaged_cache_is_ignored_then_replaced(
        folder: Path, cache_file: Path, capsys: pytest.CaptureFixture[str],
        checked: list[Document], damage: str) -> None:
    first = run(capsys, folder)
    good = cache_file.read_bytes()
    cache_file.write_bytes(damaged_files()[damage](good))
    checked.clear()
    assert run(capsys, folder) == first
    assert len(checked) == 4
    assert len(stored(cache_file)) == 4  # replaced by a good one
    assert stray_files(cache_file.parent) == []
    checked.clear()
    assert run(capsys, folder) == first
    assert checked == []


def test_another_users_cache_is_not_read(folder: Path, cache_file: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         checked: list[Document],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    first = run(capsys, folder)
    # The file seen as another user's: the run's user is someone else (no root needed).
    owner = cache_file.stat().st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)
    checked.clear()
    assert run(capsys, folder) == first
    assert len(checked) == 4


def test_a_planted_finding_is_reported_but_not_with_no_cache(
        folder: Path, cache_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The stored findings are what is reported (so the cache is read), and --no-cache
    neither reads them nor writes the file."""
    run(capsys, folder)
    text = (folder / "a-sales.toml").read_text(encoding="utf-8")
    entries = stored(cache_file)
    entries[check_cache.key(text, "en")] = (("duties", "warning", "Planted by the test"),)
    cache_file.write_bytes(made((check_cache.FORMAT, check_cache.fingerprint(), entries)))
    planted = cache_file.read_bytes()
    assert "a-sales.toml: duties: warning: Planted by the test" in run(capsys, folder)[1]
    assert "Planted by the test" not in run(capsys, "--no-cache", folder)[1]
    assert cache_file.read_bytes() == planted


def test_no_cache_writes_no_file(folder: Path, cache_file: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--no-cache", folder)[0] == 1
    assert not cache_file.parent.exists()


def test_a_run_with_nothing_new_leaves_the_file(folder: Path, cache_file: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, folder)
    os.utime(cache_file, ns=(1, 1))
    run(capsys, folder)
    assert cache_file.stat().st_mtime_ns == 1


@pytest.mark.parametrize("blocked", ["cache is a file", "writing refused"])
@pytest.mark.parametrize("with_errors", [False, True])
def test_a_cache_that_cannot_be_written_changes_nothing(
        folder: Path, own_state: Path, capsys: pytest.CaptureFixture[str],
        blocked: str, with_errors: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not with_errors:
        for name in ("b-untitled.toml", "d-plain.toml"):
            (folder / name).unlink()
    expected = run(capsys, "--no-cache", folder)
    assert expected[0] == (1 if with_errors else 0)
    own_state.mkdir()
    if blocked == "cache is a file":
        (own_state / "cache").write_text("not a folder")
    else:
        # As a read-only folder refuses it, even to root (whom its mode would not stop).
        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        (own_state / "cache").mkdir()
        monkeypatch.setattr(os, "replace", refuse)
    assert run(capsys, folder) == expected
    assert run(capsys, folder) == expected
    if blocked == "writing refused":
        assert list((own_state / "cache").iterdir()) == []  # no temporary file left behind


def test_the_folder_made_is_the_users_alone(folder: Path, cache_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, folder)
    assert cache_file.parent.stat().st_mode & 0o777 == 0o700
    assert cache_file.stat().st_mode & 0o777 == 0o600


def test_past_the_bound_only_this_runs_entries_are_kept(
        folder: Path, tmp_path: Path, cache_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other"
    write(other / "x.toml", presets.new_document("sales-manager-ru"))
    run(capsys, folder)
    monkeypatch.setattr(check_cache, "MOST_ENTRIES", 4)
    run(capsys, other)  # 5 entries: over the bound
    text = (other / "x.toml").read_text(encoding="utf-8")
    assert list(stored(cache_file)) == [check_cache.key(text, "ru")]


# --- the language --------------------------------------------------------------------------


def test_a_document_without_a_language_is_checked_in_each_runs(
        folder: Path, cache_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = folder / "d-plain.toml"
    russian = run(capsys, "--ui-lang", "ru", plain)
    english = run(capsys, "--ui-lang", "en", plain)
    assert russian == run(capsys, "--ui-lang", "ru", "--no-cache", plain)
    assert english == run(capsys, "--ui-lang", "en", "--no-cache", plain)
    assert russian[1] != english[1]
    assert any("а" <= c <= "я" for c in russian[1]), russian
    assert not any("а" <= c <= "я" for c in english[1]), english
    assert len(stored(cache_file)) == 2


def test_a_pinned_language_is_not_a_followed_one(
        folder: Path, cache_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Russian document checked with --ui-lang en, then beside an English document
    that makes the run's language English but lets each document speak its own."""
    vague = folder / "c-vague.toml"
    pinned = run(capsys, "--ui-lang", "en", vague)
    followed = run(capsys, folder / "a-sales.toml", vague)
    assert pinned == run(capsys, "--ui-lang", "en", "--no-cache", vague)
    assert followed == run(capsys, "--no-cache", folder / "a-sales.toml", vague)
    assert any("а" <= c <= "я" for c in followed[1])


# --- what a cached run loads ----------------------------------------------------------------

WATCHED = ("textual", "jdwizard.vague", "jdwizard.leadins", "platformdirs", "hashlib")


def loaded_by_check(cwd: Path, state: Path, *args: str) -> tuple[int, set[str]]:
    env = {**clean_env(), "JDWIZARD_STATE_DIR": str(state)}
    code, modules = modules_loaded(SCRIPT.parent / "python", ["check", *args], cwd, env)
    return code, modules & set(WATCHED)


def test_a_cached_run_loads_neither_textual_nor_the_wording_checks(
        folder: Path, tmp_path: Path) -> None:
    state = tmp_path / "probe-state"
    cold = loaded_by_check(folder, state, ".")
    assert cold == (1, {"jdwizard.vague", "jdwizard.leadins"})  # the probe sees them
    warm = loaded_by_check(folder, state, ".")
    assert warm == (1, set())
    assert loaded_by_check(folder, state, "--format", "json", ".") == (1, set())


def test_script_check_is_the_same_cold_and_warm(folder: Path, tmp_path: Path) -> None:
    env = {**clean_env(), "JDWIZARD_STATE_DIR": str(tmp_path / "script-state")}
    runs = [run_cmd([SCRIPT, "check", *extra, "."], folder, env)
            for extra in ([], [], ["--no-cache"])]
    assert runs[0] == runs[1] == runs[2]
    assert runs[0].code == 1 and runs[0].out


def test_the_key_takes_any_text_and_its_language() -> None:
    keys = {check_cache.key(text, language) for text in ("", "a", "\udc80", "описание")
            for language in ("en", "ru")}
    assert len(keys) == 8 and {len(k) for k in keys} == {16}
