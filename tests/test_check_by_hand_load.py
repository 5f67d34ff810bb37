"""A file is read to its end (or past the limit) however its size was seen when opened.

fileformat._read_bytes reads the size the file had when opened, and a byte more; only a
file that grew meanwhile is read on, to the limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jdwizard import fileformat
from jdwizard.errors import JDError


def seen_as(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """fstat says the file holds size bytes (it grew after it was looked at)."""
    real = os.fstat

    def fstat(fd: int) -> os.stat_result:
        info = list(real(fd))
        info[6] = size  # st_size
        return os.stat_result(info)

    monkeypatch.setattr(os, "fstat", fstat)


@pytest.mark.parametrize("seen", [0, 1, 99, 100, 101, 5000])
def test_a_file_that_grew_is_read_whole(seen: int, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes(b"x" * 100)
    seen_as(seen, monkeypatch)
    assert fileformat._read_bytes(path) == b"x" * 100


def test_a_file_that_grew_past_the_limit_is_refused(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes(b"x" * (fileformat.MAX_FILE_BYTES + 10))
    seen_as(10, monkeypatch)
    with pytest.raises(JDError, match="more than a job description can be"):
        fileformat._read_bytes(path)
