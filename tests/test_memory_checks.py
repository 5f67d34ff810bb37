"""What the checks keep between runs, and what they make while they run, is kept small
without changing a finding: the wizard checks a 3,000-duty document again after each
pause in typing, where its memory is tight.

The kept values (clause shapes, letter counts, the hashes of comparable forms) are
checked against the plain functions; a collision of hashes must not make a repeat; an
item's place is one string however often it is asked for.
"""

from __future__ import annotations

import threading
import tracemalloc

import pytest

from jdwizard import checks, department, presets
from jdwizard.findings import item_place
from jdwizard.model import Document, Duty
from jdwizard.output.layout import clause_numbers


def big_document(duties: int) -> Document:
    doc = presets.new_document("sales-manager")
    base = [d.text for d in doc.duties.items]
    doc.duties.items = [Duty(f"{base[i % len(base)]} (area {i + 1})", group=f"Area {i // 25}")
                        for i in range(duties)]
    return doc


def test_a_kept_value_is_the_functions_and_the_kept_are_bounded() -> None:
    calls: list[str] = []

    def make(text: str) -> int:
        calls.append(text)
        return len(text)

    kept = checks._Kept(make, most=3)
    assert [kept(t) for t in ["a", "bb", "a", "ccc"]] == [1, 2, 1, 3]
    assert calls == ["a", "bb", "ccc"]  # "a" the second time was kept
    kept("dddd")  # a fourth: the three kept are let go
    assert len(kept._kept) == 1
    kept.cache_clear()
    assert kept._kept == {}


def test_a_clause_shape_is_one_of_a_few_tuples() -> None:
    first = checks._clause_shape("Prepares monthly sales reports")
    second = checks._clause_shape("Keeps the customer base up to date")
    assert first == (False, False, checks.MIN_CLAUSE_WORDS)
    assert first is second


def test_hashes_alike_make_no_repeat_unless_the_forms_are(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every form of one hash: only the forms themselves may then say two items repeat.
    monkeypatch.setattr(checks, "_form_hash", lambda text: 7)
    monkeypatch.setattr(checks, "_letter_counts", lambda text: 1)
    items = ["Ведёт учёт договоров", "Готовит отчёты", "«ВЕДЁТ  учёт договоров»;", "ok"]
    keys = checks._repeat_keys(items)
    assert keys == [department.comparable(t) for t in items]
    found = [f.place for f in checks._list_findings("skills", items) if "repeats" in f.message]
    assert found == ["skills[3]"]


def test_items_whose_form_no_other_shares_repeat_none() -> None:
    items = ["Prepares reports (area 1)", "Prepares reports (area 2)", "Prepares reports (area 1)"]
    keys = checks._repeat_keys(items)
    assert keys[1] is None  # its counts are the others', its form is not
    assert keys[0] == keys[2] == department.comparable(items[0])


def test_an_items_place_is_one_string() -> None:
    assert item_place("duties.items", 12) == "duties.items[12]"
    assert item_place("duties.items", 12) is item_place("duties.items", 12)
    assert item_place("rights.items", 1) == "rights.items[1]"


def test_places_asked_for_by_threads_at_once_are_each_in_its_place() -> None:
    def ask() -> None:
        for n in range(1, 2001):
            item_place("memory.test.items", n)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(item_place("memory.test.items", n) == f"memory.test.items[{n}]"
               for n in range(1, 2001))


def test_a_control_character_after_the_first_pieces_is_found() -> None:
    doc = big_document(600)
    doc.duties.items[550].text += "\x07"
    found = [f for f in checks.check_document(doc) if "control character" in f.message]
    assert [f.place for f in found] == ["duties.items[551]"]


def test_the_checks_of_3000_duties_keep_well_under_a_mib() -> None:
    # The kept values of a run, once a run is over: some 0.9 MiB with 3,000 duties,
    # where functools' caches and the comparable forms themselves took 1.9.
    doc = big_document(3000)
    numbers = clause_numbers(doc)  # the wizard holds them: the places are theirs
    for cache in (checks._clause_shape, checks._letter_counts, checks._form_hash):
        cache.cache_clear()
    department.comparable.cache_clear()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        checks.check_document(doc)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert numbers
    assert kept < 1.4 * 2**20


def test_the_texts_made_as_gone_over_are_those_of_the_walk() -> None:
    doc = big_document(60)
    doc.duties.items[3].group = ""
    doc.rights.items.append("a right after the duties")
    texts, _ = checks._values(doc)
    assert list(texts) == list(texts) == checks.texts_of(doc)


def test_the_vague_phrases_of_texts_gone_over_once_are_those_of_each() -> None:
    from jdwizard import vague

    pairs = [("duties.items[1]", "Prepares various reports, etc."),
             ("organization.name", "Various etc."),  # a name: not wording
             ("duties.items[2]", "Prepares various reports, etc."),  # the same text again
             ("rights.items[1]", "при необходимости и т.д.")]
    vague._SEEN.clear()
    once = vague.find_all(iter(pairs))  # a generator: gone over once
    each = [(place, phrase) for place, text in pairs for phrase in vague.find(text, place)]
    assert once == each
    assert vague.find_all(pairs) == each  # and again, from what was kept


@pytest.mark.parametrize("piece", [1, 2, 3, 7, 256])
def test_a_render_joined_in_pieces_is_the_render_joined_whole(
        piece: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from jdwizard.output import markdown

    doc = big_document(40)
    whole = markdown.render(doc)
    monkeypatch.setattr(markdown, "PIECE", piece)
    assert markdown.render(doc) == whole
    assert whole.endswith("\n") and not whole.endswith("\n\n")


def test_the_background_works_run_one_at_a_time() -> None:
    from jdwizard.tui import background

    seen: list[bool] = []

    def work() -> int:
        seen.append(background._ONE_AT_A_TIME.locked())
        return 1

    runs = [background.InThread(None, work, lambda _: None) for _ in range(2)]  # type: ignore[arg-type]
    threads = [threading.Thread(target=run._one_at_a_time) for run in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [True, True]
    assert not background._ONE_AT_A_TIME.locked()


@pytest.mark.parametrize("automaton", [False, True])
def test_new_texts_looked_at_a_few_at_a_time_have_the_phrases_of_all_at_once(
        automaton: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from jdwizard import vague
    from tests.test_check_speedups import varied_documents

    texts = [pair for doc in varied_documents(40) for pair in checks.texts_of(doc)]
    monkeypatch.setattr(vague, "_LOOK", {"automaton": automaton})
    found = []
    for at_a_time in (10**9, 512, 7):
        monkeypatch.setattr(vague, "_AT_A_TIME", at_a_time)
        vague._SEEN.clear()
        found.append(vague.find_all(texts))
    assert found[0]  # there are phrases to compare
    assert found[1] == found[0]
    assert found[2] == found[0]
