"""Hostile files and places, through the command line (issue 9): no control character from
a file reaches the terminal, output onto what is not a file, and one line (never a
traceback) for every file jdwizard cannot use."""

from __future__ import annotations

import errno
import importlib
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from jdwizard import atomicfile, commands, fileformat
from jdwizard.atomicfile import write_text_atomic
from jdwizard.cli import main
from jdwizard.errors import JDError
from jdwizard.model import Duty
from jdwizard.output import markdown
from tests.cli_helpers import (
    MODULE,
    Result,
    assert_one_line_failure,
    clean_env,
    copy_preset,
    jd,
    preset_paths,
    run_cmd,
)

NOBODY = 65534
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\udc80-\udcff]")
"""What must never be written to a terminal: C0 but tab and newline, DEL, C1, and a raw
byte of a file name that is not UTF-8 (decoded here as a lone surrogate)."""

ESCAPES = "\x1b[2J\x1b]0;PWNED\x07\u009b6n\x7f"
"""Clear the screen, set the window title, the 8-bit device-status query, DEL."""


# --- helpers ---------------------------------------------------------------------------


def run_raw(cwd: Path, *args: str | bytes, stdin: int | None = subprocess.DEVNULL) -> Result:
    """jdwizard as a process, its output decoded keeping any raw byte (as a surrogate),
    so that an assertion can see what reached the terminal."""
    proc = subprocess.run([*MODULE, *args], cwd=cwd, capture_output=True, env=clean_env(),
                          stdin=stdin, timeout=120, check=False)
    return Result(proc.returncode, os.fsdecode(proc.stdout), os.fsdecode(proc.stderr))


def assert_safe(result: Result) -> None:
    for name, text in (("stdout", result.out), ("stderr", result.err)):
        found = UNSAFE.findall(text)
        assert not found, (name, found, text[:2000])
    assert "Traceback" not in result.err, result.err


def named(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def sales_text() -> str:
    return preset_paths()["sales-manager"].read_text(encoding="utf-8")


def nested(depth: int) -> str:
    return f"format = 1\n[position]\ntitle = {'[' * depth}{']' * depth}\n"


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder the nobody user can reach (pytest's tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="jdwizard-hostile-"))
    folder.chmod(0o755)
    (folder / "state").mkdir(mode=0o700)
    if os.geteuid() == 0:
        os.chown(folder / "state", NOBODY, NOBODY)
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


LAZY_IMPORTS = ("difflib", "encodings.utf_8_sig", "json", "tomli_w", "jdwizard.checks",
                "jdwizard.output.markdown", "jdwizard.presets", "jdwizard.wizard")
"""What the commands import only when they need it (a codec is imported when first used)."""


def as_user(argv: Sequence[str], cwd: Path) -> Result:
    """cli.main(argv) in a forked child, as nobody when the tests run as root.

    The interpreter may sit where nobody cannot read it (/root/.pyenv), so the child
    runs the code already imported instead of starting a new Python."""
    for module in LAZY_IMPORTS:  # nobody may not be able to read them either
        importlib.import_module(module)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:  # pragma: no cover (the child)
            _child(argv, cwd, out.fileno(), err.fileno())
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = Result(code, os.fsdecode(out.read()), os.fsdecode(err.read()))
    if code == 77 and result.err.startswith("cannot become nobody"):
        pytest.skip(f"the tests run as root but cannot drop to nobody: {result.err}")
    return result


def _child(argv: Sequence[str], cwd: Path, out: int, err: int) -> None:
    code = 99
    try:
        os.dup2(out, 1)
        os.dup2(err, 2)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        sys.stdout = os.fdopen(1, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
        sys.stderr = os.fdopen(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
        if os.geteuid() == 0:
            try:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            except OSError as exc:
                sys.stderr.write(f"cannot become nobody: {exc}")
                code = 77
                return
        os.chdir(cwd)
        os.environ["JDWIZARD_STATE_DIR"] = str(cwd / "state")
        code = main(list(argv))
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def make_node(path: Path, kind: int, major: int, minor: int) -> Path:
    try:
        os.mknod(path, kind | 0o666, os.makedev(major, minor))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


# --- 1. no control character reaches the terminal --------------------------------------


def test_check_of_a_missing_file_named_with_escapes(tmp_path: Path) -> None:
    result = run_raw(tmp_path, "check", f"{ESCAPES}.toml")
    assert_safe(result)
    line = assert_one_line_failure(result, r"\x1b[2J\x1b]0;PWNED\x07\x9b6n\x7f.toml",
                                   "no such file")
    assert line.startswith("jdwizard: ")


def test_render_of_planted_names_prints_them_visibly(tmp_path: Path) -> None:
    folder = tmp_path / "jd"
    folder.mkdir()
    utf8 = named(folder, f"{ESCAPES}.toml", sales_text())
    raw = folder / os.fsdecode(b"bad\x1b[2J\x9b\xff.toml")  # not even UTF-8
    raw.write_text(sales_text(), encoding="utf-8")
    result = run_raw(tmp_path, "render", *sorted(f"jd/{p.name}" for p in (utf8, raw)))
    assert result.code == 0, result
    assert_safe(result)
    assert sorted(result.err_lines) == [
        r"wrote jd/\x1b[2J\x1b]0;PWNED\x07\x9b6n\x7f.md",
        r"wrote jd/bad\x1b[2J\x9b\xff.md",
    ]
    assert utf8.with_suffix(".md").is_file() and raw.with_suffix(".md").is_file()


def test_check_findings_of_planted_names_stay_one_line_each(tmp_path: Path) -> None:
    # A newline in a name must not start a line that reads as a finding of its own.
    text = 'format = 1\n[position]\ntitle = "Clerk"\n'
    named(tmp_path, f"{ESCAPES}.toml", text)
    named(tmp_path, "x.toml\nx.toml: position.title: error: forged.toml", text)
    alone = jd(tmp_path, "check", "x.toml\nx.toml: position.title: error: forged.toml")
    result = run_raw(tmp_path, "check", ".")
    assert result.code == 1, result
    assert_safe(result)
    assert len(result.out_lines) == 2 * len(alone.out_lines)
    assert not any(line.startswith("x.toml: position.title") for line in result.out_lines)
    assert any(line.startswith(r"x.toml\x0ax.toml: position.title: error: forged.toml: ")
               for line in result.out_lines)
    assert any(line.startswith(r"\x1b[2J\x1b]0;PWNED") for line in result.out_lines)


BAD_VALUES = {
    "code key": ('[position.codes]\n"{e}" = 5\n', 'position.codes."?{e}"?'),
    "unknown key": ('[position]\n"{e}" = "x"\n', "position.{e}: unknown key"),
    "choice": ('[position]\ncategory = "{e}"\n', '"{e}" is not one of'),
}


@pytest.mark.parametrize(("toml", "shown"), BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_keys_and_values_in_errors_are_shown_visibly(tmp_path: Path, toml: str,
                                                     shown: str) -> None:
    in_toml = json.dumps(ESCAPES)[1:-1]  # TOML's basic strings take JSON's escapes
    (tmp_path / "x.toml").write_text("format = 1\n" + toml.format(e=in_toml))
    result = run_raw(tmp_path, "check", "x.toml")
    assert_safe(result)
    line = assert_one_line_failure(result, "x.toml")
    visible = re.escape(r"\x1b[2J\x1b]0;PWNED\x07\x9b6n\x7f")
    assert re.search(shown.format(e=visible), line), line


def test_check_json_escapes_every_control_and_parses_back(tmp_path: Path) -> None:
    in_toml = json.dumps(ESCAPES)[1:-1]
    named(tmp_path, f"{ESCAPES}.toml", f'format = 1\n[position.codes]\n"{in_toml}" = 5\n')
    raw = os.fsdecode(b"bad\x9b\xff.toml")
    named(tmp_path, raw, 'format = 1\n[position]\ntitle = "Clerk"\n')
    result = run_raw(tmp_path, "check", "--format", "json", f"{ESCAPES}.toml", raw)
    assert result.code == 2, result
    assert "\\u001b" in result.out and "\\u009b" in result.out and "\\u007f" in result.out
    assert "\\udc9b" in result.out
    assert_safe(result)
    report = json.loads(result.out)
    assert report["load_errors"] == [{"file": f"{ESCAPES}.toml",
                                      "place": f"position.codes.{ESCAPES}",
                                      "message": "expected text, found a number"}]
    assert {f["file"] for f in report["findings"]} == {raw}


def test_a_megabyte_key_or_value_is_cut_in_the_message(tmp_path: Path) -> None:
    cases = {
        "key.toml": f'format = 1\n[position]\n{"k" * 1_000_000} = "x"\n',
        "value.toml": f'format = 1\n[position]\ncategory = "{"v" * 1_000_000}"\n',
        "words.toml": f'format = 1\n[position]\ncategory = "{"w " * 500_000}"\n',
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text)
    started = time.monotonic()
    result = run_raw(tmp_path, "check", *cases)
    assert time.monotonic() - started < 20
    assert result.code == 2 and "Traceback" not in result.err, result.err[:3000]
    lines = result.err_lines
    assert [line.split(":")[1].strip() for line in lines] == list(cases)
    assert all(len(line) <= 2000 for line in lines), [len(line) for line in lines]
    assert "unknown key" in lines[0] and "1,000,0" in lines[0]
    assert "is not one of" in lines[1] and "1,000,002 characters" in lines[1]
    assert lines[2].endswith("…")


# --- 2. output onto what is not a file -------------------------------------------------


@pytest.fixture
def sales(tmp_path: Path) -> Path:
    return copy_preset("sales-manager", tmp_path / "x.toml")


def expected_markdown(path: Path) -> str:
    return markdown.render(fileformat.load(path))


def test_render_to_dev_stdout_prints_the_document(sales: Path) -> None:
    result = jd(sales.parent, "render", "x.toml", "-o", "/dev/stdout")
    assert result.code == 0, result
    assert result.out == expected_markdown(sales)
    assert result.err_lines == ["wrote /dev/stdout"]


def test_render_into_a_character_device_keeps_it(sales: Path) -> None:
    null = make_node(sales.parent / "null", stat.S_IFCHR, 1, 3)  # what /dev/null is
    link = sales.parent / "link-to-null"
    link.symlink_to(null)
    for target in (null, link):
        result = jd(sales.parent, "render", "x.toml", "-o", target.name)
        assert result.code == 0, result
    assert stat.S_ISCHR(null.stat().st_mode) and link.is_symlink()
    assert sorted(p.name for p in sales.parent.iterdir()) == ["link-to-null", "null", "x.toml"]


def test_render_to_dev_null_leaves_it_a_device(shared: Path) -> None:
    # As nobody: were /dev/null replaced by a file, it would not be for the whole machine
    # (nobody cannot write in /dev), and the command would fail instead.
    copy_preset("sales-manager", shared / "x.toml").chmod(0o644)
    result = as_user(["render", "x.toml", "-o", "/dev/null"], shared)
    assert result.code == 0, result
    assert result.err_lines == ["wrote /dev/null"]
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not (shared / "x.md").exists()


def test_render_into_a_fifo_that_has_a_reader(sales: Path) -> None:
    fifo = make_fifo(sales.parent / "out.md")
    # A reader open before the writer comes (the document fits in the pipe, so the
    # writer is done before anything is read).
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        result = jd(sales.parent, "render", "x.toml", "-o", "out.md")
        got = bytearray()
        while data := os.read(reader, 65536):
            got.extend(data)
    finally:
        os.close(reader)
    assert result.code == 0, result
    assert got.decode() == expected_markdown(sales)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_render_into_a_fifo_read_by_another_process(sales: Path) -> None:
    fifo = make_fifo(sales.parent / "out.md")
    size = len(expected_markdown(sales).encode())
    # The reader opens the FIFO read-write, so that its open returns at once and the
    # writer finds a reader whenever it comes; it stops at the document's size.
    reader = subprocess.Popen(
        [sys.executable, "-c",
         "import os,sys\nfd=os.open(sys.argv[1],os.O_RDWR)\ndata=b''\n"
         "while len(data)<int(sys.argv[2]): data+=os.read(fd,65536)\n"
         "sys.stdout.buffer.write(data)\n", str(fifo), str(size)],
        stdout=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while not _has_reader(fifo) and time.monotonic() < deadline:
        time.sleep(0.02)
    result = jd(sales.parent, "render", "x.toml", "-o", "out.md")
    out, _ = reader.communicate(timeout=30)
    assert result.code == 0, result
    assert out.decode() == expected_markdown(sales)


def _has_reader(fifo: Path) -> bool:
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        return False
    return True


def test_render_into_a_fifo_no_one_reads_is_refused(sales: Path) -> None:
    fifo = make_fifo(sales.parent / "out.md")
    started = time.monotonic()
    result = jd(sales.parent, "render", "x.toml", "-o", "out.md")
    assert time.monotonic() - started < 20
    assert_one_line_failure(result, "out.md", "cannot write: is a FIFO no one reads")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def _folder(d: Path) -> Path:
    (d / "out.md").mkdir()
    return d / "out.md"


def _socket(d: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(d / "out.md"))
    server.close()  # the socket file stays
    return d / "out.md"


def _block_device(d: Path) -> Path:
    return make_node(d / "out.md", stat.S_IFBLK, 7, 0)  # a loop device, never opened


REFUSED_OUTPUTS = {
    "folder": (_folder, "is a folder", stat.S_ISDIR),
    "socket": (_socket, "is a socket", stat.S_ISSOCK),
    "block device": (_block_device, "is a block device", stat.S_ISBLK),
}


@pytest.mark.parametrize(("make", "problem", "still"), REFUSED_OUTPUTS.values(),
                         ids=REFUSED_OUTPUTS.keys())
def test_render_onto_what_is_no_file_is_refused(sales: Path, make: object, problem: str,
                                                still: object) -> None:
    assert callable(make) and callable(still)
    target = make(sales.parent)
    result = jd(sales.parent, "render", "x.toml", "-o", "out.md")
    assert_one_line_failure(result, "out.md", f"cannot write: {problem}")
    assert still(target.lstat().st_mode)
    assert sorted(p.name for p in sales.parent.iterdir()) == ["out.md", "x.toml"]


def test_render_through_a_symlink_to_a_file_writes_the_file(sales: Path) -> None:
    real = sales.parent / "real.md"
    real.write_text("old")
    (sales.parent / "out.md").symlink_to(real.name)
    assert jd(sales.parent, "render", "x.toml", "-o", "out.md").code == 0
    assert (sales.parent / "out.md").is_symlink()
    assert real.read_text(encoding="utf-8") == expected_markdown(sales)


def test_a_file_of_our_own_replaces_a_planted_link_or_fifo(tmp_path: Path) -> None:
    # follow_symlinks=False (drafts): nothing planted is written into or through.
    victim = tmp_path / "victim"
    victim.write_text("keep")
    (tmp_path / "link.json").symlink_to(victim)
    make_fifo(tmp_path / "fifo.json")
    for name in ("link.json", "fifo.json"):
        write_text_atomic(tmp_path / name, "ours", follow_symlinks=False)
        assert stat.S_ISREG((tmp_path / name).lstat().st_mode)
        assert (tmp_path / name).read_text() == "ours"
    assert victim.read_text() == "keep"


def test_a_full_character_device_is_one_line(shared: Path) -> None:
    # As nobody, for the reason of the /dev/null test: root, with the fault back,
    # would replace /dev/full by a file.
    if not stat.S_ISCHR(os.stat("/dev/full").st_mode):
        pytest.skip("no /dev/full here")
    copy_preset("sales-manager", shared / "x.toml").chmod(0o644)
    result = as_user(["render", "x.toml", "-o", "/dev/full"], shared)
    assert_one_line_failure(result, "/dev/full", "cannot write: No space left on device")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


# --- 3. one line, never a traceback ------------------------------------------------------


def _long_number(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "number.toml").write_text(f"format = {'9' * 5000}\n")
    return "number.toml", ("line 1: ", "5,000 digits", "4,300")


def _long_number_with_underscores(d: Path) -> tuple[str, tuple[str, ...]]:
    number = "1_" + "9" * 5000
    (d / "under.toml").write_text(f'format = 1\n[position]\ntitle = "x"\n[document]\n'
                                  f"number = {number}\n")
    return "under.toml", ("line 5: ", "5,001 digits")


def _deep(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "deep.toml").write_text(nested(490))
    return "deep.toml", ()  # the model refuses it, or the parser: either way one line


def _deeper(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "deeper.toml").write_text(nested(5000))
    return "deeper.toml", ("nested too deep",)


def _deep_unknown_key(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "key.toml").write_text(f"format = 1\nx = {'[' * 495}{']' * 495}\n")
    return "key.toml", ("nested too deep",)


def _too_long_name(d: Path) -> tuple[str, tuple[str, ...]]:
    return "n" * 300 + ".toml", ("the name is longer than the system allows",)


def _too_long_path(d: Path) -> tuple[str, tuple[str, ...]]:
    return "/".join(["p" * 200] * 25) + "/x.toml", ("the name is longer than the system allows",)


def _loop(d: Path) -> tuple[str, tuple[str, ...]]:
    (d / "loop.toml").symlink_to("loop.toml")
    return "loop.toml", ("loop of symbolic links",)


ONE_LINE_CASES = {
    "4,301 digits": _long_number,
    "digits with _": _long_number_with_underscores,
    "490 deep": _deep,
    "5000 deep": _deeper,
    "deep unknown key": _deep_unknown_key,
    "name too long": _too_long_name,
    "path too long": _too_long_path,
    "symlink loop": _loop,
}
READERS = {"check": ["check"], "render": ["render"], "check json": ["check", "--format", "json"],
           "edit": ["edit"]}


@pytest.mark.parametrize("command", READERS.values(), ids=READERS.keys())
@pytest.mark.parametrize("make", ONE_LINE_CASES.values(), ids=ONE_LINE_CASES.keys())
def test_one_line_naming_the_file(tmp_path: Path, make: object, command: list[str]) -> None:
    assert callable(make)
    name, problem = make(tmp_path)
    env = {**clean_env(), "JDWIZARD_STATE_DIR": str(tmp_path / "state")}
    result = run_cmd([*MODULE, *command, name], tmp_path, env)
    shown = name if len(name) <= 200 else name[:100]  # a long name is cut in the middle
    line = assert_one_line_failure(result, shown)
    for part in problem:
        assert part in line, (part, line)
    assert "no such file" not in line
    assert len(result.err) < 3000


@pytest.mark.parametrize("args", [["--no-input"], []], ids=["no-input", "wizard"])
@pytest.mark.parametrize("make", [_too_long_name, _too_long_path], ids=["name", "path"])
def test_new_with_a_name_too_long(tmp_path: Path, make: object, args: list[str]) -> None:
    assert callable(make)
    name, problem = make(tmp_path)
    env = {**clean_env(), "JDWIZARD_STATE_DIR": str(tmp_path / "state")}
    result = run_cmd([*MODULE, "new", name, *args], tmp_path, env)
    line = assert_one_line_failure(result, name[:100], "cannot write", *problem)
    assert line.startswith("jdwizard: ")


def test_edit_of_a_symlink_loop_says_so(tmp_path: Path) -> None:
    _loop(tmp_path)
    result = run_cmd([*MODULE, "edit", "loop.toml"], tmp_path,
                     {**clean_env(), "JDWIZARD_STATE_DIR": str(tmp_path / "state")})
    line = assert_one_line_failure(result, "loop.toml", "cannot read", "loop of symbolic links")
    assert "no such file" not in line and "jdwizard new" not in line


@pytest.fixture
def locked(shared: Path) -> Path:
    """x.toml in a folder that nobody may read but not search (no x permission)."""
    folder = shared / "locked"
    folder.mkdir()
    copy_preset("sales-manager", folder / "x.toml")
    folder.chmod(0o644)
    return folder


@pytest.mark.parametrize("command", [["check"], ["render"], ["edit"], ["render", "--stdout"]])
def test_a_file_in_a_folder_without_search_permission(locked: Path, command: list[str]) -> None:
    result = as_user([*command, "locked/x.toml"], locked.parent)
    assert_one_line_failure(result, "locked/x.toml", "cannot read: Permission denied")
    assert result.out == ""


def test_new_in_a_folder_without_search_permission(locked: Path) -> None:
    result = as_user(["new", "locked/y.toml", "--no-input"], locked.parent)
    assert_one_line_failure(result, "locked/y.toml", "cannot write: Permission denied")


def test_check_of_an_unreadable_folder_says_cannot_read(shared: Path) -> None:
    folder = shared / "jd"
    folder.mkdir()
    copy_preset("sales-manager", folder / "x.toml")
    folder.chmod(0o311)  # searchable, not readable: its file names cannot be listed
    result = as_user(["check", "jd"], shared)
    line = assert_one_line_failure(result, "jd", "cannot read: Permission denied")
    assert "no .toml" not in line


def test_as_nobody_a_readable_file_still_checks(shared: Path) -> None:
    # The other tests of this kind prove nothing if the child cannot run jdwizard at all.
    copy_preset("sales-manager", shared / "x.toml").chmod(0o644)
    result = as_user(["check", "x.toml"], shared)
    assert result.code == 0, result
    assert "checked 1 file" in result.err


@pytest.mark.parametrize("command", [["edit", "x.toml"], ["new"], ["new", "y.toml"]],
                         ids=["edit", "new", "new file"])
def test_the_wizard_without_a_terminal_says_so(sales: Path, command: list[str]) -> None:
    env = {**clean_env(), "JDWIZARD_STATE_DIR": str(sales.parent / "state")}
    result = run_cmd([*MODULE, *command], sales.parent, env)  # stdin is /dev/null
    line = assert_one_line_failure(result, command[-1] if len(command) > 1 else "new",
                                   "the wizard needs a terminal", "standard input")
    if command == ["new"]:
        assert "--no-input" in line
    assert result.out == ""


def test_the_wizard_with_standard_error_redirected_says_so(sales: Path) -> None:
    # Textual draws on standard error: redirected to a file, it would draw into it.
    primary, secondary = os.openpty()
    try:
        env = {**clean_env(), "JDWIZARD_STATE_DIR": str(sales.parent / "state")}
        result = run_cmd_with_stdin([*MODULE, "edit", "x.toml"], sales.parent, env, secondary)
    finally:
        os.close(primary)
        os.close(secondary)
    assert_one_line_failure(result, "x.toml", "the wizard needs a terminal", "standard error")


def run_cmd_with_stdin(cmd: list[str], cwd: Path, env: dict[str, str], stdin: int) -> Result:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, stdin=stdin,
                          timeout=60, check=False)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def test_an_os_error_that_escapes_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> int:
        raise OSError(errno.EIO, "Input/output error", "jd/x\x1b[2J.toml")

    monkeypatch.setattr(commands, "render", broken)
    assert main(["render", "x.toml"]) == 2
    assert capsys.readouterr().err == "jdwizard: jd/x\\x1b[2J.toml: Input/output error\n"

    def unnamed(*args: object, **kwargs: object) -> int:
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP))

    monkeypatch.setattr(commands, "check", unnamed)
    assert main(["check", "x.toml"]) == 2
    assert capsys.readouterr().err.startswith("jdwizard: a loop of symbolic links")


def test_the_reason_of_an_os_error_is_said_plainly() -> None:
    assert atomicfile.plain_reason(OSError(errno.EACCES, "Permission denied")) == (
        "Permission denied")
    assert "longer than the system allows" in atomicfile.plain_reason(
        OSError(errno.ENAMETOOLONG, "File name too long"))


# --- 4. the size limit -----------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:  # sparse: 50 MB of zeros, which a read would call binary
        handle.truncate(50 * 1024 * 1024)
    for command in (["check"], ["render"], ["edit"]):
        env = {**clean_env(), "JDWIZARD_STATE_DIR": str(tmp_path / "state")}
        started = time.monotonic()
        result = run_cmd([*MODULE, *command, "big.toml"], tmp_path, env)
        assert time.monotonic() - started < 10
        assert_one_line_failure(result, "big.toml",
                                "50.0 MB is more than a job description can be",
                                "(the limit is 8 MB)")


def test_the_limit_is_on_the_bytes(tmp_path: Path) -> None:
    # A comment pads a real description to the limit exactly: it loads; one byte more,
    # refused, and the size said is over the limit (8.1, not a rounded 8.0).
    path = tmp_path / "x.toml"
    text = sales_text().encode()
    padding = fileformat.MAX_FILE_BYTES - len(text) - 2
    path.write_bytes(text + b"#" + b"x" * padding + b"\n")
    assert path.stat().st_size == fileformat.MAX_FILE_BYTES
    assert fileformat.load(path).position.title
    with path.open("ab") as handle:
        handle.write(b"\n")
    with pytest.raises(JDError) as caught:
        fileformat.load(path)
    assert str(caught.value) == (
        f"{path}: 8.1 MB is more than a job description can be (the limit is 8 MB)")


def test_a_description_of_3000_duties_is_far_under_the_limit() -> None:
    # What docs/format.md says of the limit.
    duty = "Prepare and conclude supply contracts with the wholesale customers of the region"
    doc = fileformat.loads(sales_text())
    doc.duties.items = [Duty(text=f"{duty} {i}") for i in range(3000)]
    assert len(fileformat.dumps(doc).encode()) < 1_000_000
