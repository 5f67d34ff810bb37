"""The draft's name is SHA-256 and the file's fingerprint BLAKE2b, whichever module
makes them."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from jdwizard import doc_cache, drafts, session


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
    first = hashlib.blake2b(b"format = 1\n", digest_size=16)
    assert session.fingerprint(target) == first.hexdigest()
    target.write_bytes(b"format = 2\n")
    assert session.fingerprint(target) != first.hexdigest()


def test_the_fingerprint_of_a_documents_key_is_that_of_its_bytes(tmp_path: Path) -> None:
    """`edit` gives the session the key its document is cached under, as the file's
    fingerprint: the two must agree, or every save would find the file changed."""
    target = tmp_path / "jd.toml"
    target.write_bytes(b"format = 1\n")
    assert (session.fingerprint(None, doc_cache.key_of(target.read_bytes()))
            == session.fingerprint(target))
