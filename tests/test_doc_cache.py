"""`edit` keeps each file's document between starts (doc_cache): what is read back is
exactly what parsing the file gives; a file changed by a byte, a cache damaged, foreign,
of another version, or that cannot be written, changes nothing but the time taken; and a
file that does not parse is never kept, so its error is still reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from jdwizard import doc_cache, fileformat, presets
from jdwizard.errors import JDError
from jdwizard.model import Document
from tests.strategies import documents


def saved(tmp_path: Path, doc: Document, name: str = "jd.toml") -> Path:
    path = tmp_path / name
    fileformat.save(doc, path)
    return path


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.marshal")) if folder.is_dir() else []


@pytest.mark.parametrize("preset", [p.name for p in presets.all_presets()])
def test_a_kept_preset_reads_back_as_its_file_parses(tmp_path: Path, preset: str) -> None:
    path = saved(tmp_path, presets.new_document(preset))
    doc, key, kept, _ = doc_cache.load(path)
    assert not kept
    doc_cache.keep(key, doc, tmp_path / "cache")
    again = doc_cache.cached(key, tmp_path / "cache")
    assert again == fileformat.load(path) and again is not doc
    assert again is not None and fileformat.dumps(again) == path.read_text(encoding="utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents)
def test_any_document_reads_back_equal(tmp_path_factory: pytest.TempPathFactory,
                                       doc: Document) -> None:
    folder = tmp_path_factory.mktemp("cache")
    key = doc_cache.key_of(fileformat.dumps(doc).encode())
    doc_cache.keep(key, doc, folder)
    assert doc_cache.cached(key, folder) == doc


def test_the_second_load_is_from_the_cache_and_a_changed_byte_is_parsed(
        tmp_path: Path, own_state: Path) -> None:
    path = saved(tmp_path, presets.new_document("sales-manager"))
    doc, key, kept, _ = doc_cache.load(path)
    doc_cache.keep(key, doc)
    again, key_again, kept, _ = doc_cache.load(path)
    assert kept and key_again == key and again == doc
    path.write_text(path.read_text(encoding="utf-8").replace("Sales", "Sale", 1),
                    encoding="utf-8")
    changed, _, kept, _ = doc_cache.load(path)
    assert not kept and changed == fileformat.load(path) and changed != doc


def test_a_file_that_does_not_parse_is_reported_and_never_kept(
        tmp_path: Path, own_state: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('format = 1\n[position]\ntitle = "x\n', encoding="utf-8")
    with pytest.raises(JDError) as from_cache:
        doc_cache.load(path)
    with pytest.raises(JDError) as parsed:
        fileformat.load(path)
    assert str(from_cache.value) == str(parsed.value)
    doc_cache.keep_file(path)
    assert cache_files(doc_cache.default_folder()) == []


def test_keep_file_keeps_a_saved_file_for_the_next_start(
        tmp_path: Path, own_state: Path) -> None:
    path = saved(tmp_path, presets.new_document("account-manager-ru"))
    doc_cache.keep_file(path)
    doc, _, kept, _ = doc_cache.load(path)
    assert kept and doc == fileformat.load(path)


def kept_file(tmp_path: Path) -> tuple[Path, bytes, Path]:
    path = saved(tmp_path, presets.new_document("sales-manager"))
    doc, key, _, _ = doc_cache.load(path)
    folder = tmp_path / "cache"
    doc_cache.keep(key, doc, folder)
    (stored,) = cache_files(folder)
    return path, key, stored


def test_a_damaged_cache_file_is_parsed_instead(tmp_path: Path) -> None:
    _, key, stored = kept_file(tmp_path)
    data = bytearray(stored.read_bytes())
    for at in (0, len(doc_cache.MAGIC) + 3, len(data) // 2, len(data) - 1):
        damaged = data.copy()
        damaged[at] ^= 0x55
        stored.write_bytes(bytes(damaged))
        assert doc_cache.cached(key, stored.parent) is None
    stored.write_bytes(bytes(data[: len(data) // 3]))
    assert doc_cache.cached(key, stored.parent) is None


def test_a_cache_of_another_version_or_through_a_symlink_is_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, key, stored = kept_file(tmp_path)
    assert doc_cache.cached(key, stored.parent) is not None
    real = doc_cache.fingerprint()
    monkeypatch.setattr(doc_cache, "fingerprint", lambda: (real[0], ()))
    assert doc_cache.cached(key, stored.parent) is None
    monkeypatch.setattr(doc_cache, "fingerprint", lambda: real)
    elsewhere = tmp_path / "elsewhere.marshal"
    stored.rename(elsewhere)
    stored.symlink_to(elsewhere)
    assert doc_cache.cached(key, stored.parent) is None


def test_only_the_newest_files_are_kept(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doc_cache, "MOST_FILES", 3)
    folder = tmp_path / "cache"
    keys = []
    for number in range(5):
        doc = presets.new_document("sales-manager")
        doc.position.title = f"Manager {number}"
        key = doc_cache.key_of(str(number).encode())
        doc_cache.keep(key, doc, folder)
        keys.append(key)
        for at, file in enumerate(cache_files(folder)):  # distinct times, oldest first
            os.utime(file, ns=(at, at) if file.stem != key.hex() else (10**18, 10**18))
    assert len(cache_files(folder)) == 3
    assert doc_cache.cached(keys[-1], folder) is not None


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    doc = presets.new_document("sales-manager")
    doc_cache.keep(doc_cache.key_of(b"x"), doc, blocker)  # no exception
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_again_makes_the_document_as_read_however_the_one_read_changed(
        tmp_path: Path, own_state: Path) -> None:
    """The editor compares its document with `again()`, made after its first frame:
    what the file holds, not what the user has changed by then, and no list of it shared
    with the document being edited."""
    path = saved(tmp_path, presets.new_document("sales-manager"))
    doc_cache.keep_file(path)
    loaded = doc_cache.load(path)
    assert loaded.hit and loaded.again is not None
    loaded.doc.duties.items[0].text = "Changed."
    loaded.doc.duties.items.append(loaded.doc.duties.items[0])
    loaded.doc.rights.items.clear()
    again = loaded.again()
    assert again == fileformat.load(path) and again != loaded.doc
    assert loaded.again() == again and loaded.again() is not again


def test_a_parsed_document_has_nothing_to_make_again(tmp_path: Path, own_state: Path) -> None:
    """Without the cache, the editor copies the document before it changes."""
    loaded = doc_cache.load(saved(tmp_path, presets.new_document("sales-manager")))
    assert not loaded.hit and loaded.again is None
