"""What changed between two versions (jdwizard.versions): real edits of the sales
manager presets, in Russian and English, compared as the document prints them; and the
revision record drafted from the comparison."""

from __future__ import annotations

import dataclasses
import random
import time
import typing
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdwizard import presets
from jdwizard.model import Acknowledgement, Document, Duty, Revision, Signature
from jdwizard.output.layout import clause_numbers
from jdwizard.versions.diff import (
    ADDED,
    CHANGED,
    COMPARED,
    MOVED,
    REMOVED,
    Change,
    diff,
    match,
    moved,
)
from jdwizard.versions.summary import duties_changed, revision_summary

RU = "sales-manager-ru"
EN = "sales-manager"

NOT_PRINTED = {"preset", "document.export"}
"""Fields the file keeps and the document never prints: no diff names them."""


def doc(name: str = RU) -> Document:
    return presets.new_document(name)


def reworded(name: str = RU) -> tuple[Document, Document]:
    """The second duty reworded: one word put in, one comma out."""
    old, new = doc(name), doc(name)
    text = new.duties.items[1].text
    new.duties.items[1].text = (text.replace("по телефону, ", "по телефону и ") if name == RU
                                else text.replace("by telephone, ", "by telephone and "))
    assert new.duties.items[1].text != text
    return old, new


def kinds(changes: list[Change]) -> list[tuple[str, str]]:
    return [(c.kind, c.number) for c in changes]


# --- clauses -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", [RU, EN])
def test_the_same_document_has_no_changes(name: str) -> None:
    assert diff(doc(name), doc(name)) == []


@pytest.mark.parametrize("name", [RU, EN])
def test_a_reworded_duty_is_changed_with_its_number(name: str) -> None:
    old, new = reworded(name)
    [change] = diff(old, new)
    assert (change.kind, change.place, change.old_number, change.new_number) == (
        CHANGED, "duties.items[2]", "3.2", "3.2")
    assert change.old.startswith(old.duties.items[1].text)
    assert change.new.startswith(new.duties.items[1].text)
    assert not change.moved and not change.label


def test_a_duty_rewritten_past_recognition_is_removed_and_added() -> None:
    old, new = doc(), doc()
    new.duties.items[1].text = "Ведёт архив отдела и передаёт дела в хранилище раз в год."
    assert kinds(diff(old, new)) == [(REMOVED, "3.2"), (ADDED, "3.2")]


def test_rewordings_in_other_cases_and_tenses_are_changed() -> None:
    """The words' endings change with a Russian rewording: still the same clause."""
    old, new = doc(), doc()
    duties = new.duties.items
    duties[3].text = ("Ведёт переговоры с клиентами об условиях поставок, ценах, скидках и "
                      "сроках оплаты в пределах полномочий, предоставленных ему начальником "
                      "отдела.")
    duties[8].text = ("Контролировать поступление оплаты от покупателя и принимать меры к "
                      "погашению дебиторской задолженности.")
    duties[10].text = ("Ведёт в CRM-системе базу клиентов: сведения о покупателях, контактных "
                       "лицах и переговорах.")
    assert kinds(diff(old, new)) == [(CHANGED, "3.4"), (CHANGED, "3.9"), (CHANGED, "3.11")]


def test_a_list_rewritten_throughout_is_compared_in_bounded_time() -> None:
    """200 clauses against 200 others of the same few words: every pair looks alike to
    difflib's quick bounds, and all 40,000 ratios would take half a minute."""
    words = ["ведёт", "готовит", "контролирует", "отчёты", "покупателей", "договоры",
             "оплату", "склад", "продукции", "отдела"]
    pick = random.Random(1)
    old, new = ([" ".join(pick.choice(words) for _ in range(12)) for _ in range(200)]
                for _ in range(2))
    started = time.monotonic()
    pairs = match(old, new)
    assert time.monotonic() - started < 10
    assert len({i for i, _ in pairs}) == len(pairs)


@pytest.mark.parametrize("name", [RU, EN])
def test_an_added_duty_is_3_14(name: str) -> None:
    old, new = doc(name), doc(name)
    new.duties.items.append(Duty("Участвует в планировании продаж отдела на квартал."))
    [change] = diff(old, new)
    assert (change.kind, change.place, change.old_number, change.new_number) == (
        ADDED, "duties.items[14]", "", "3.14")
    assert change.new == "Участвует в планировании продаж отдела на квартал."


def test_a_removed_duty_renumbers_those_after_it_without_moving_them() -> None:
    old, new = doc(), doc()
    gone = new.duties.items.pop(4)
    [change] = diff(old, new)
    assert (change.kind, change.place, change.old_number, change.new_number) == (
        REMOVED, "duties.items[5]", "3.5", "")
    assert change.old.startswith(gone.text)


def test_a_duty_inserted_first_moves_no_other() -> None:
    old, new = doc(), doc()
    new.duties.items.insert(0, Duty("Планирует свою работу на неделю вперёд и согласует план."))
    assert kinds(diff(old, new)) == [(ADDED, "3.1")]


@pytest.mark.parametrize("name", [RU, EN])
def test_a_moved_duty_is_moved_from_its_old_number(name: str) -> None:
    old, new = doc(name), doc(name)
    new.duties.items.insert(2, new.duties.items.pop(8))
    [change] = diff(old, new)
    assert (change.kind, change.old_number, change.new_number) == (MOVED, "3.9", "3.3")
    assert change.old == change.new


def test_a_moved_and_reworded_duty_is_changed_and_moved() -> None:
    old, new = doc(), doc()
    duty = new.duties.items.pop(8)
    duty.text = duty.text.replace("принимает меры", "своевременно принимает меры")
    new.duties.items.insert(2, duty)
    [change] = diff(old, new)
    assert (change.kind, change.old_number, change.new_number, change.moved) == (
        CHANGED, "3.9", "3.3", True)


def test_edits_together_in_document_order() -> None:
    old, new = reworded()
    new.duties.items.pop(5)  # 3.6
    new.duties.items.append(Duty("Участвует в планировании продаж отдела на квартал."))
    new.subordination.reports_to = "Коммерческий директор"
    assert kinds(diff(old, new)) == [
        (CHANGED, "1.3"), (CHANGED, "3.2"), (REMOVED, "3.6"), (ADDED, "3.13")]


def test_a_duty_group_share_and_mark_are_part_of_it() -> None:
    old, new = doc(EN), doc(EN)
    new.duties.items[0].share = 15
    new.duties.items[1].essential = False
    new.duties.items[2].group = "Events"
    changes = diff(old, new)
    assert kinds(changes) == [(CHANGED, "3.1"), (CHANGED, "3.2"), (CHANGED, "3.3")]
    assert changes[0].old.endswith("10% of working time)")
    assert changes[0].new.endswith("15% of working time)")
    assert "marginal function" in changes[1].new
    assert changes[2].old.endswith("(Finding customers; marginal function; 5% of working time)")
    assert changes[2].new.endswith("(Events; marginal function; 5% of working time)")


def test_spacing_is_no_change_and_punctuation_is() -> None:
    old, new = doc(), doc()
    new.rights.items[0] = "  " + new.rights.items[0].replace(" ", "   ") + " "
    assert diff(old, new) == []
    new.rights.items[0] = new.rights.items[0].replace(",", "")
    assert kinds(diff(old, new)) == [(CHANGED, "4.1")]


def test_every_printed_list_is_compared() -> None:
    old, new = doc(), doc()
    for items in (new.general.items, new.functions.items, new.rights.items,
                  new.liability.items, new.relationships.items, new.conditions.items,
                  new.performance.items, new.final.items):
        items[0] += " Дополнительно."
    changed = [(c.kind, c.place, c.number) for c in diff(old, new)]
    assert changed == [
        (CHANGED, "general.items[1]", "1.16"), (CHANGED, "functions.items[1]", "2.1"),
        (CHANGED, "rights.items[1]", "4.1"), (CHANGED, "liability.items[1]", "5.1"),
        (CHANGED, "relationships.items[1]", "6.1"), (CHANGED, "conditions.items[1]", "7.7"),
        (CHANGED, "performance.items[1]", "8.1"), (CHANGED, "final.items[1]", "9.1")]


def test_an_item_of_a_clause_list_is_named_by_that_clause() -> None:
    old, new = doc(), doc()
    new.qualifications.knowledge[2] = "Ассортимент и цены продукции организации"
    new.qualifications.skills.append("Работа с маркетплейсами")
    new.qualifications.qualities.pop(0)
    changes = diff(old, new)
    assert [(c.kind, c.place, c.number, c.bullet) for c in changes] == [
        (CHANGED, "qualifications.knowledge[3]", "1.12", True),
        (ADDED, "qualifications.skills[4]", "1.13", True),
        (REMOVED, "qualifications.qualities[1]", "1.14", True)]
    assert changes[0].old == "Ассортимент, потребительские свойства и цены продукции организации"


def test_a_clause_renumbered_by_a_field_added_above_is_not_moved() -> None:
    old, new = doc(), doc()
    new.subordination.subordinates = ["Стажёр отдела продаж"]  # a clause after 1.3
    changes = diff(old, new)
    assert [(c.kind, c.place, c.old_number, c.new_number) for c in changes] == [
        (ADDED, "subordination.subordinates[1]", "", "1.4")]


def test_fixed_clauses_come_and_go_with_their_flags() -> None:
    old, new = doc(), doc()
    new.document.contract_appendix = None
    new.qualifications.experience_required = False
    changes = diff(old, new)
    assert [(c.kind, c.place, c.number) for c in changes] == [
        (ADDED, "qualifications.experience_required", "1.10"),
        (REMOVED, "document.contract_appendix", "9.6")]
    assert changes[0].new == "Требования к стажу работы не предъявляются."
    assert changes[1].old.startswith("Настоящая должностная инструкция является приложением")


# --- fields ------------------------------------------------------------------------------


def test_reports_to_by_its_russian_label_as_printed() -> None:
    old, new = doc(), doc()
    new.subordination.reports_to = "Коммерческий директор"
    [change] = diff(old, new)
    assert (change.kind, change.label, change.old, change.new) == (
        CHANGED, "Непосредственный руководитель", "начальник отдела продаж",
        "коммерческий директор")
    assert (change.place, change.number) == ("subordination.reports_to", "1.3")


def test_reports_to_by_its_english_label() -> None:
    old, new = doc(EN), doc(EN)
    new.subordination.reports_to = "Commercial Director"
    [change] = diff(old, new)
    assert (change.label, change.old, change.new) == (
        "Reports to", "Head of Sales Department", "Commercial Director")


def test_the_labels_are_in_the_language_asked_for() -> None:
    old, new = doc(), doc()
    new.subordination.reports_to = "Коммерческий директор"
    assert [c.label for c in diff(old, new, "en")] == ["Reports to"]


def test_fields_added_removed_and_changed() -> None:
    old, new = doc(), doc()
    new.subordination.substitute = ""
    new.document.number = "ДИ-12"
    new.document.effective_date = date(2026, 12, 1)
    new.position.category = "manager"
    new.position.codes["okz"] = "3322"
    changes = diff(old, new)
    assert [(c.kind, c.label, c.old, c.new) for c in changes] == [
        (ADDED, "Номер", "", "ДИ-12"),
        (ADDED, "Дата введения в действие", "", "1 декабря 2026 г."),
        (CHANGED, "Категория работника", "специалист", "руководитель"),
        (REMOVED, "На время отсутствия обязанности исполняет", "старший менеджер по продажам",
         ""),
        (CHANGED, "Коды по классификаторам", "ОКПДТР 24068", "ОКПДТР 24068; ОКЗ 3322")]


def test_a_lead_in_key_and_its_own_words_print_the_same() -> None:
    old, new = doc(), doc()
    new.rights.lead = "infinitive"
    new.qualifications.knowledge_lead = "Необходимые знания"
    assert diff(old, new) == []
    new.rights.lead = "accusative"
    [change] = diff(old, new)
    assert (change.label, change.old, change.new) == (
        "Права (вводная фраза)", "Работник имеет право:", "Работник имеет право на:")


def test_what_the_document_never_prints_is_no_change() -> None:
    old, new = doc(), doc()
    new.preset = "another"
    new.document.export = ["pdf"]
    new.acknowledged.append(Acknowledgement())  # a row never filled in
    assert diff(old, new) == []


def test_every_field_of_the_model_is_compared_or_never_printed() -> None:
    """A field added to the model and forgotten here would go unnoticed by every diff."""
    places = set()
    for f in dataclasses.fields(Document):
        hint = typing.get_type_hints(Document)[f.name]
        if dataclasses.is_dataclass(hint):
            places |= {f"{f.name}.{sub.name}" for sub in dataclasses.fields(hint)}
        else:
            places.add(f.name)
    places.discard("duties.items")  # Duties holds its items only
    assert places - NOT_PRINTED - COMPARED == set()
    assert "duties.items" in COMPARED


# --- signatures and revisions --------------------------------------------------------------


def test_signatures_by_name() -> None:
    old, new = doc(), doc()
    old.agreed = [Signature("Юрисконсульт", "Петров Пётр Петрович"),
                  Signature("Главный бухгалтер", "Сидорова Анна Петровна")]
    new.agreed = [Signature("Главный бухгалтер", "Сидорова Анна Петровна",
                            date(2026, 11, 30)),
                  Signature("Начальник отдела кадров")]
    old.acknowledged = [Acknowledgement("Иванов Иван Иванович")]
    new.acknowledged = [Acknowledgement("Иванов Иван Иванович", date(2026, 12, 2))]
    changes = diff(old, new)
    assert [(c.kind, c.place, c.label, c.old, c.new) for c in changes] == [
        (REMOVED, "agreed[1]", "СОГЛАСОВАНО", "Юрисконсульт, Петров Пётр Петрович", ""),
        (CHANGED, "agreed[1]", "СОГЛАСОВАНО", "Главный бухгалтер, Сидорова Анна Петровна",
         "Главный бухгалтер, Сидорова Анна Петровна, 30 ноября 2026 г."),
        (ADDED, "agreed[2]", "СОГЛАСОВАНО", "", "Начальник отдела кадров"),
        (CHANGED, "acknowledged[1]", "Лист ознакомления", "Иванов Иван Иванович",
         "Иванов Иван Иванович, 2 декабря 2026 г.")]


def test_a_row_is_named_by_its_place_in_the_file() -> None:
    old, new = doc(), doc()
    old.acknowledged = [Acknowledgement(), Acknowledgement("Иванов Иван Иванович")]
    new.acknowledged = [Acknowledgement(), Acknowledgement("Иванов Иван Иванович",
                                                           passport="4510 123456")]
    [change] = diff(old, new)
    assert (change.place, change.old_place) == ("acknowledged[2]", "acknowledged[2]")
    assert change.new == "Иванов Иван Иванович, 4510 123456"


def test_a_revision_recorded_on_the_change_sheet() -> None:
    old, new = doc(), doc()
    new.revisions = [Revision("1", date(2027, 3, 15), "Изменён пункт 3.2",
                              "Приказ от 15.03.2027 № 12")]
    [change] = diff(old, new)
    assert (change.kind, change.label, change.new) == (
        ADDED, "Лист регистрации изменений",
        "№ 1, 15 марта 2027 г.: Изменён пункт 3.2 (Приказ от 15.03.2027 № 12)")


# --- pairing -----------------------------------------------------------------------------


def test_pairing_prefers_the_same_words_then_the_most_alike() -> None:
    old = ["Готовит отчёты о продажах", "Ведёт переговоры с покупателями", "Моет окна"]
    new = ["Ведёт переговоры с покупателями и поставщиками", "Готовит отчёты о продажах",
           "Ремонтирует мебель в офисе"]
    assert match(old, new) == [(0, 1), (1, 0)]


def test_equal_texts_pair_in_their_order() -> None:
    assert match(["a", "b", "a"], ["a", "a"]) == [(0, 0), (2, 1)]


def test_only_a_change_of_order_is_a_move() -> None:
    assert moved([(0, 1), (1, 2), (2, 3)]) == set()
    assert moved([(0, 4), (1, 0), (2, 1), (3, 2)]) == {(0, 4)}
    assert moved([]) == set()


WORDS = st.lists(st.text("абвгдежзик ", min_size=1, max_size=12), min_size=0, max_size=12,
                 unique=True)


@given(WORDS, st.data())
def test_insertions_and_deletions_never_move_a_clause(
        old: list[str], data: st.DataObject) -> None:
    kept = [t for t in old if data.draw(st.booleans())]
    new = list(kept)
    for text in data.draw(st.lists(st.text("лмнопрст", min_size=13, max_size=20),
                                   max_size=4)):
        new.insert(data.draw(st.integers(0, len(new))), text)
    pairs = match(old, new)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    assert moved(pairs) == set()


# --- the revision record -------------------------------------------------------------------


def three_edits(name: str) -> tuple[Document, Document]:
    """3.2 and 3.5 reworded, 3.6 removed, one added at the end: 3.13."""
    old, new = reworded(name)
    new.duties.items[4].text += " По телефону."
    new.duties.items.pop(5)
    new.duties.items.append(Duty("Участвует в планировании продаж отдела на квартал."))
    return old, new


def test_the_revision_record_in_russian() -> None:
    old, new = three_edits(RU)
    assert revision_summary(old, new, "ru") == (
        "Изменены пункты 3.2, 3.5; добавлен пункт 3.13; исключён пункт 3.6")


def test_the_revision_record_in_english() -> None:
    old, new = three_edits(EN)
    assert revision_summary(old, new, "en") == (
        "Clauses 3.2 and 3.5 changed; clause 3.13 added; clause 3.6 removed")


def test_one_clause_and_a_field_in_the_record() -> None:
    old, new = reworded()
    assert revision_summary(old, new, "ru") == "Изменён пункт 3.2"
    new.subordination.reports_to = "Коммерческий директор"
    new.qualifications.experience = "Не менее двух лет в сфере продаж"
    assert revision_summary(old, new, "ru") == (
        "Изменён пункт 3.2; изменено: Непосредственный руководитель, Стаж работы")
    assert revision_summary(old, new, "en") == (
        "Clause 3.2 changed; changed: Reports to, Experience")


def test_three_numbers_in_english_and_a_move() -> None:
    old, new = doc(EN), doc(EN)
    for i in (0, 3, 6):
        new.duties.items[i].share = 1
    new.duties.items.insert(8, new.duties.items.pop(11))
    assert revision_summary(old, new, "en") == (
        "Clauses 3.1, 3.4 and 3.7 changed; clause 3.9 moved")
    assert revision_summary(old, new, "ru") == (
        "Изменены пункты 3.1, 3.4, 3.7; перенесён пункт 3.9")


def test_an_item_of_a_list_changes_its_clause_in_the_record() -> None:
    old, new = doc(), doc()
    new.qualifications.knowledge.append("Основы работы с маркетплейсами")
    new.qualifications.skills[0] = "Проведение переговоров"
    assert revision_summary(old, new, "ru") == "Изменены пункты 1.12, 1.13"
    old.subordination.subordinates = []
    new.subordination.subordinates = ["Стажёр отдела продаж"]
    assert revision_summary(old, new, "ru").startswith("Изменены пункты 1.13, 1.14")
    assert "добавлен пункт 1.4" in revision_summary(old, new, "ru")


def test_nothing_revised_is_an_empty_record() -> None:
    old, new = doc(), doc()
    assert revision_summary(old, new, "ru") == ""
    # The sign-off of the new version is no revision of it.
    new.acknowledged.append(Acknowledgement("Иванов Иван Иванович", date(2026, 12, 2)))
    new.approval.date = date(2026, 12, 1)
    new.document.status = "approved"
    new.revisions.append(Revision("1", date(2026, 12, 1), "Изменён пункт 3.2"))
    assert diff(old, new) != []
    assert revision_summary(old, new, "ru") == ""


def test_duties_changed_is_the_labour_function() -> None:
    old, new = reworded()
    assert duties_changed(old, new)
    old, new = doc(), doc()
    new.duties.items.append(Duty("Участвует в планировании продаж отдела на квартал."))
    assert duties_changed(old, new)
    old, new = doc(), doc()
    new.duties.items.pop()
    assert duties_changed(old, new)
    old, new = doc(), doc()
    new.duties.items[0].share = 20
    assert duties_changed(old, new)


def test_a_move_or_a_field_is_no_change_of_the_labour_function() -> None:
    old, new = doc(), doc()
    new.duties.items.insert(0, new.duties.items.pop(5))
    new.subordination.reports_to = "Коммерческий директор"
    new.rights.items.pop()
    assert diff(old, new) != []
    assert not duties_changed(old, new)


def test_numbers_are_the_documents_own() -> None:
    """The numbers named are those the finished document prints (less the final stop)."""
    old, new = doc(), doc()
    new.duties.items.pop(0)
    [change] = diff(old, new)
    assert clause_numbers(old)[change.old_place] == f"{change.old_number}."
