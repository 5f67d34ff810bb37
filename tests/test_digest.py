"""The draft's name is SHA-256 and the file's fingerprint BLAKE2b, whichever module
makes them."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from jdwizard import drafts, session


def test_the_hash_is_hashlibs_sha256() -> None:
    for data in (b"", b"abc", os.urandom(5000)):
        assert drafts.sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_a_drafts_name_is_as_before(tmp_path: Path) -> None:
    # Drafts written by earlier versions are found by this name.
    target = tmp_path / "jd.toml"
    expected = hashlib.sha256(os.path.abspath(target).encode()).hexdigest()[:16]
    assert drafts.key_for(target) == expected


def test_the_fingerprint_is_the_files_blake2b(tmp_path: Path) -> None:
    target = tmp_path / "jd.toml"
    target.write_bytes(b"format = 1\n")
    assert session.fingerprint(target) == hashlib.blake2b(b"format = 1\n").hexdigest()
    target.write_bytes(b"format = 2\n")
    assert session.fingerprint(target) != hashlib.blake2b(b"format = 1\n").hexdigest()
