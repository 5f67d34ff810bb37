from __future__ import annotations

import pytest

from jdwizard import presets
from jdwizard.checks import ERROR, check_document
from jdwizard.errors import JDError
from jdwizard.locale import phrase
from jdwizard.output import markdown

REQUIRED = {
    "general-manager", "account-manager", "sales-manager", "senior-sales-manager",
    "head-of-sales", "regional-sales-manager", "purchasing-manager", "blank",
}
NAMES = [p.name for p in presets.all_presets()]
FILLED = [n for n in NAMES if n not in presets.BLANK.values()]


def test_the_required_presets_exist() -> None:
    assert set(NAMES) >= REQUIRED
    russian = [n for n in FILLED if presets.find_preset(n).language == "ru"]
    assert len(russian) >= 3


@pytest.mark.parametrize("name", FILLED)
def test_preset_is_complete_and_realistic(name: str) -> None:
    doc = presets.find_preset(name).document
    assert len(doc.duties.items) >= 8
    assert len(doc.rights.items) >= 5
    assert len(doc.liability.items) >= 4
    q = doc.qualifications
    assert q.education and (q.experience or not q.experience_required)
    assert q.knowledge and q.guided_by
    assert doc.subordination.appointment and doc.final.items
    assert doc.conditions.schedule and doc.conditions.place


def test_presets_cover_the_fields_of_work_in_both_languages() -> None:
    filled = [presets.find_preset(n) for n in FILLED]
    fields = {p.field for p in filled}
    assert "" not in fields and len(fields) >= 10
    assert fields <= set(presets.FIELDS)  # each field has its name, in both languages
    paired = {p.name.removesuffix("-ru") for p in filled
              if (twin := presets.twin(p)) is not None and twin.language != p.language}
    assert len(paired) >= 24  # the four sales and management pairs, and twenty new
    for preset in filled:
        other = presets.twin(preset)
        if other is not None:  # the two are the same position: same field, category
            assert other.field == preset.field, preset.name
            assert other.document.position.category == preset.document.position.category


def test_preset_names_are_unique_across_the_folders() -> None:
    paths = sorted(presets.presets_dir().rglob("*.toml"))
    assert len({p.stem for p in paths}) == len(paths) == len(NAMES)


@pytest.mark.parametrize("name", FILLED)
def test_preset_passes_check(name: str) -> None:
    assert check_document(presets.find_preset(name).document) == []


@pytest.mark.parametrize("name", NAMES)
def test_preset_renders_in_its_language(name: str) -> None:
    doc = presets.find_preset(name).document
    md = markdown.render(doc)
    assert phrase(doc.language, "title") in md
    assert phrase(doc.language, "sec.rights") in md


@pytest.mark.parametrize("language", ["en", "ru"])
def test_blank_skeleton_leaves_the_position_to_the_user(language: str) -> None:
    doc = presets.new_document(None, language)
    assert doc.preset == presets.BLANK[language]
    assert doc.language == language
    missing = {f.place for f in check_document(doc) if f.severity == ERROR}
    reported = {f.place for f in check_document(doc)}
    assert {"position.title", "subordination.reports_to", "duties"} <= missing
    # Russian practice requires a category and an appointment clause; US practice has neither.
    customary = {"position.category", "subordination.appointment"}
    assert customary <= (missing if language == "ru" else reported - missing)
    assert doc.rights.items and doc.liability.items and doc.final.items


def test_new_document_is_a_copy() -> None:
    doc = presets.new_document("sales-manager")
    doc.duties.items.clear()
    assert presets.find_preset("sales-manager").document.duties.items


def test_unknown_preset_names_the_close_ones() -> None:
    with pytest.raises(JDError, match=r"no such preset \(did you mean .*sales-manager"):
        presets.find_preset("sales-manger")
    with pytest.raises(JDError, match=r"no such preset; `jdwizard presets` lists them"):
        presets.find_preset("zzzz")


def test_language_mismatch_is_refused() -> None:
    with pytest.raises(JDError, match='the preset is in "en"'):
        presets.new_document("sales-manager", "ru")


def test_library_holds_items_of_one_language() -> None:
    duties = presets.library_items("ru", "duties")
    assert duties and len(duties) == len(set(duties))
    assert all(any("а" <= ch <= "я" for ch in d.lower()) for d in duties)
    knowledge = presets.library_items("en", "qualifications.knowledge")
    assert knowledge and not any(any("а" <= ch <= "я" for ch in k.lower()) for k in knowledge)


def test_the_filter_ranks_titles_before_summaries() -> None:
    by_name = {p.name: p for p in presets.all_presets()}

    def rank(name: str, typed: str) -> int | None:
        return presets.match_rank(by_name[name], typed)

    assert rank("sales-manager", "Sales man") == 0  # the title begins with it
    assert rank("senior-sales-manager", "sales man") == 1  # every word in the title
    assert rank("account-manager", "sales man") == 2  # "repeat sales" in the summary
    assert rank("sales-manager", "warehouse") is None
    assert rank("blank", "") == rank("sales-manager", "") == 1  # no filter: list order
