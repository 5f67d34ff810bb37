"""`render` of many files: each file synced before it replaces the old one, and each
folder synced once, after the last (atomicfile.folders_synced_once)."""

from __future__ import annotations

import os
import stat
from collections import Counter
from pathlib import Path

import pytest

from jdwizard import atomicfile, cli, fileformat
from jdwizard.output.formats import rendered
from tests.cli_helpers import copy_preset


@pytest.fixture
def syncs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Each fsync made, in order: ("file", its name) or ("folder", its path)."""
    made: list[tuple[str, str]] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        path = os.readlink(f"/proc/self/fd/{fd}")
        made.append(("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file", path))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return made


def test_each_folder_is_synced_once_after_its_files(tmp_path: Path,
                                                    syncs: list[tuple[str, str]]) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    files = [copy_preset("sales-manager", one / f"jd-{i}.toml") for i in range(3)]
    files.append(copy_preset("sales-manager-ru", two / "jd-ru.toml"))
    assert cli.main(["render", *map(str, files)]) == 0

    for file in files:
        assert file.with_suffix(".md").read_bytes() == rendered(fileformat.load(file), "md")
    kinds = Counter(kind for kind, _ in syncs)
    assert kinds == {"file": 4, "folder": 2}
    folders = [path for kind, path in syncs if kind == "folder"]
    assert sorted(folders) == sorted([str(one), str(two)])
    # The folders last: every file is synced (and renamed) before a folder is.
    assert [kind for kind, _ in syncs] == ["file"] * 4 + ["folder"] * 2


def test_a_file_written_alone_syncs_its_folder_at_once(tmp_path: Path,
                                                       syncs: list[tuple[str, str]]) -> None:
    atomicfile.write_text_atomic(tmp_path / "a.md", "text")
    assert syncs == [("file", syncs[0][1]), ("folder", str(tmp_path))]


def test_a_failing_file_leaves_the_others_written_and_their_folder_synced(
        tmp_path: Path, syncs: list[tuple[str, str]]) -> None:
    good = copy_preset("sales-manager", tmp_path / "good.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\n[position\n", encoding="utf-8")
    assert cli.main(["render", str(good), str(bad)]) == 2
    assert good.with_suffix(".md").exists()
    assert not bad.with_suffix(".md").exists()
    assert ("folder", str(tmp_path)) in syncs
