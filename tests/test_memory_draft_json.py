"""A draft's JSON is made a piece of its text at a time: the same bytes as json.dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdwizard import drafts, presets

_texts = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300)


@given(_texts, st.sampled_from([None, "/srv/jd/a \"b\".toml", "/tmp/ж\\x.toml"]),
       st.integers(1, 40))
@settings(max_examples=300, deadline=None)
def test_the_json_is_that_of_json_dumps(text: str, target: str | None, piece: int) -> None:
    body = {"target": target, "text": text}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(drafts, "JSON_PIECE", piece)  # pieces split the escapes' neighbours
        made = drafts._json_bytes(body)
    assert bytes(made) == json.dumps(body, ensure_ascii=False).encode("utf-8")


def test_a_written_draft_reads_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(drafts.STATE_ENV, str(tmp_path / "state"))
    assert drafts.prepare_state() is None
    doc = presets.new_document("sales-manager")
    text = 'title = "a\\"b"\n' + "x" * (3 * drafts.JSON_PIECE) + "\n\u0001ж\n"
    path = drafts.write("k", tmp_path / "a.toml", doc, text)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "target": str(tmp_path / "a.toml"), "text": text}
