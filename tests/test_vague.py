"""The vague-wording rule (jdwizard/vague.py): Russian by lemma, English by word form."""

from __future__ import annotations

import subprocess
import sys

import pytest

from jdwizard import presets, vague
from jdwizard.checks import WARNING, check_document, iter_texts
from jdwizard.model import Document, Duty
from tests.cli_helpers import ROOT


def phrases(text: str, place: str = "") -> list[str]:
    return [p.text for p in vague.find(text, place)]


# --- Russian: every form of a word, by its lemma ----------------------------------------

RUSSIAN_FORMS = [
    # «различные»: plural, genitive, instrumental, neuter, the short form; «разные»
    ("Собирает различные сведения о покупателях", "различные"),
    ("Собирает различных сведений о покупателях", "различных"),
    ("Работает с различными поставщиками", "различными"),
    ("Готовит различное оборудование к выставке", "различное"),
    ("Ведёт переговоры по разным вопросам", "разным"),
    # «иные / другие / прочие поручения»: the catch-all duty in any case
    ("Выполняет иные поручения руководителя", "иные поручения"),
    ("Выполнение иных поручений руководителя", "иных поручений"),
    ("Выполняет другие задания начальника отдела", "другие задания"),
    ("Исполняет прочие обязанности по указанию директора", "прочие обязанности"),
    ("Выполняет иные служебные поручения директора", "иные служебные поручения"),
    ("Выполняет отчёты и иные поручения директора", "и иные поручения"),
    # «своевременно»: the adverb, the adjective in any case and gender, the short form
    ("Своевременно представляет отчёты руководителю", "Своевременно"),
    ("Обеспечивает своевременного представления отчётов", "своевременного"),
    ("Обеспечивает своевременное представление отчётов", "своевременное"),
    ("Контролирует своевременную оплату счетов покупателями", "своевременную"),
    ("Обеспечивает своевременный возврат задолженности", "своевременный"),
    # «надлежащий», «соответствующий», «разумный», «достаточный», «оперативно»
    ("Хранит документы надлежащим образом", "надлежащим образом"),
    ("Обеспечивает надлежащее хранение договоров", "надлежащее"),
    ("Оформляет соответствующие документы на отгрузку", "соответствующие"),
    ("Направляет копии в соответствующих подразделениях", "соответствующих"),
    ("Направляет отчёты соответствующим органам", "соответствующим"),
    ("Передаёт документ соответствующему работнику", "соответствующему"),
    ("Устраняет недостатки в разумные сроки", "разумные сроки"),
    ("Принимает решение при наличии достаточных оснований", "достаточных оснований"),
    ("Имеет достаточный опыт переговоров", "достаточный"),
    ("Оперативно отвечает на запросы покупателей", "Оперативно"),
]


@pytest.mark.parametrize(("text", "phrase"), RUSSIAN_FORMS)
def test_a_russian_vague_word_is_found_in_each_of_its_forms(text: str, phrase: str) -> None:
    assert phrases(text) == [phrase]


RUSSIAN_PHRASES = [
    ("В случае необходимости выезжает к покупателям", "В случае необходимости"),
    ("В случае производственной необходимости выезжает к покупателям",
     "В случае производственной необходимости"),
    ("По мере необходимости обновляет прайс-лист", "По мере необходимости"),
    ("При необходимости выезжает к покупателям", "При необходимости"),
    ("По возможности посещает отраслевые выставки", "По возможности"),
    ("В исключительных случаях предоставляет скидку", "В исключительных случаях"),
    ("Отвечает на претензии в кратчайшие сроки", "в кратчайшие сроки"),
    ("Отвечает на претензии в разумный срок", "разумный срок"),
    ("Отказывает при достаточных основаниях", "достаточных основаниях"),
    ("Готовит договоры, счета и другие документы", "и другие"),
    ("Готовит договоры, счета и прочие бумаги", "и прочие"),
    ("Готовит договоры, счета и прочее", "и прочее"),
    ("Готовит договоры, счета и т.д.", "и т.д."),
    ("Готовит договоры, счета и т. д.", "и т. д."),
    ("Готовит договоры, счета и т.п.", "и т.п."),
    ("Готовит договоры, счета и др.", "и др."),
    ("Готовит договоры, счета и пр.", "и пр."),
    ("Готовит договоры, счета и так далее", "и так далее"),
    ("Готовит договоры, счета и тому подобное", "и тому подобное"),
]


@pytest.mark.parametrize(("text", "phrase"), RUSSIAN_PHRASES)
def test_a_russian_phrase_is_found_on_the_lemmas_of_its_words(text: str, phrase: str) -> None:
    assert phrases(text) == [phrase]


def test_a_phrase_is_not_found_across_punctuation() -> None:
    assert phrases("Выезжает в случае, необходимости нет") == []


# --- Every phrase of a clause -------------------------------------------------------------


def test_every_phrase_of_a_clause_is_reported_in_text_order() -> None:
    text = ("Своевременно готовит различные отчёты и т.п., при необходимости выполняет "
            "иные поручения руководителя")
    assert phrases(text) == ["Своевременно", "различные", "и т.п.", "при необходимости",
                             "иные поручения"]


def test_each_phrase_of_a_clause_is_a_finding_of_its_own() -> None:
    doc = Document(language="ru")
    doc.duties.items = [Duty("Своевременно готовит различные отчёты, при необходимости выезжает")]
    found = [f for f in check_document(doc) if f.message.startswith("vague")]
    assert [(f.place, f.severity) for f in found] == [("duties.items[1]", WARNING)] * 3
    assert [f.message.split(":")[0] for f in found] == [
        "vague wording «Своевременно»", "vague wording «различные»",
        "vague wording «при необходимости»"]


def test_a_phrase_written_twice_in_other_forms_is_reported_once() -> None:
    assert phrases("Собирает различные сведения из различных источников") == ["различные"]
    assert phrases("Выполняет иные поручения; отчитывается об иных поручениях") == [
        "иные поручения"]
    # Two phrases of one rule are two findings.
    assert phrases("Выполняет иные поручения и другие задания") == [
        "иные поручения", "и другие задания"]


# --- Where a phrase is legitimate, or the words mean something definite ------------------

SUBSTITUTE = "Старший менеджер по продажам (на время отсутствия: отпуск, болезнь и т.п.)"


def test_the_substitute_clauses_causes_of_absence_are_not_flagged() -> None:
    doc = Document(language="ru")
    doc.subordination.substitute = SUBSTITUTE
    doc.general.items = ["На время отсутствия работника (отпуск, болезнь, командировка и т.п.) "
                         "его обязанности исполняет старший менеджер"]
    assert not [f for f in check_document(doc) if f.message.startswith("vague")]
    assert phrases("Replaced by the senior manager during absence (leave, illness, etc.)") == []


def test_an_open_list_in_parentheses_of_other_things_is_flagged() -> None:
    assert phrases("Готовит отчёты (продажи, остатки и т.п.)") == ["и т.п."]
    assert phrases("Старший менеджер замещает его (отпуск, болезнь), и т.д.") == ["и т.д."]


DEFINITE = [
    # Classes the law defines; the qualification handbook's own name
    "Законодательные и иные нормативные правовые акты, регулирующие торговую деятельность",
    "Устав, правила внутреннего трудового распорядка и иные локальные нормативные акты",
    "Квалификационный справочник должностей руководителей, специалистов и других служащих",
    # The Labour Code's words for a disciplinary offence; a noun, not the adverb
    "За ненадлежащее исполнение или неисполнение своих должностных обязанностей",
    "За несвоевременное представление отчётов",
    "Своевременность и полнота отчётов о продажах",
    # The complement names what is meant
    "Документы, соответствующие требованиям законодательства",
    "Изолирует продукцию, не соответствующую требованиям стандарта",
    "Учёт продукции, не соответствующей требованиям нормативной документации",
    "Знание английского языка, достаточное для деловой переписки",
    # Left out on purpose: the order is the organization's own acts
    "Проходит обучение в установленном порядке",
    "Один экземпляр хранится у работодателя, другой — у работника",
    "Оперативный учёт продаж",
]


@pytest.mark.parametrize("text", DEFINITE)
def test_wording_that_means_something_definite_is_not_flagged(text: str) -> None:
    assert phrases(text) == []


def test_names_are_not_wording() -> None:
    doc = Document(language="en")
    doc.organization.name = "Various Solutions LLC"
    doc.approval.name = "Some Body"
    assert not [f for f in check_document(doc) if f.message.startswith("vague")]
    assert phrases("Various Solutions LLC", "organization.name") == []


# --- English: word forms, case-blind --------------------------------------------------------

ENGLISH = [
    ("Prepare sales reports, forecasts, etc.", "etc."),
    ("Prepare sales reports, forecasts ETC", "ETC"),
    ("Prepare reports, forecasts and so on", "and so on"),
    ("Prepare reports, forecasts and the like", "and the like"),
    ("Perform other duties as assigned", "other duties as assigned"),
    ("Perform any other tasks", "any other tasks"),
    ("Handle miscellaneous tasks", "miscellaneous tasks"),
    ("Travel to customers As Needed", "As Needed"),
    ("Travel to customers as necessary", "as necessary"),
    ("Travel to customers where appropriate", "where appropriate"),
    ("Visit trade fairs where possible", "where possible"),
    ("Answer customer complaints in a timely manner", "in a timely manner"),
    ("Ensure timely payment of invoices", "timely"),
    ("Answer customer complaints promptly", "promptly"),
    ("Sell various products of the company", "various"),
    ("Escalate issues appropriately to the manager", "appropriately"),
    ("Store customer contracts properly", "properly"),
    ("Grant discounts within reasonable limits", "reasonable"),
    ("Bachelor's degree in a relevant field", "relevant"),
    ("Some travel to customer sites", "Some"),
    ("Visit many customers every week", "many"),
    ("Several years of sales experience", "Several"),
    ("A number of years of sales experience", "A number of"),
    ("Handle quite large accounts", "quite"),
    ("Handle fairly complex negotiations", "fairly"),
]


@pytest.mark.parametrize(("text", "phrase"), ENGLISH)
def test_an_english_vague_phrase_is_found_in_its_forms(text: str, phrase: str) -> None:
    assert phrases(text) == [phrase]


ENGLISH_DEFINITE = [
    "Prepare the etcetera report for the director",
    "Call someone from the warehouse about the property",
    "Report inappropriate conduct to the HR department",
    "Reasonable accommodations may be made for individuals with disabilities",
    "English sufficient for business correspondence",
    "Keep records as required by law",
    "Treat all customers fairly and consistently",
    "Count how many calls were made each day",
    "Prepare a quarterly report on sales relevant to the board",
]


@pytest.mark.parametrize("text", ENGLISH_DEFINITE)
def test_english_wording_that_is_definite_is_not_flagged(text: str) -> None:
    assert phrases(text) == []


# --- Messages --------------------------------------------------------------------------------


def test_a_message_quotes_the_phrase_as_written_and_says_why_and_what_instead() -> None:
    [ru] = vague.find("Собирает различных сведений о покупателях")
    assert ru.message == "vague wording «различных»: an open list; name the items instead"
    [en] = vague.find("Perform other duties as assigned")
    assert en.message == ('vague wording "other duties as assigned": a catch-all; list the '
                          "duties themselves")


def test_every_rule_says_why_and_what_to_write_instead_in_a_line_or_two() -> None:
    for rule in vague.RULES:
        why, _, instead = rule.reason.replace("?", ";").partition(";")
        assert why.strip() and instead.strip(), rule.name
        # The Review step: ~55 characters a line after the place; two lines at most.
        assert len(f"vague wording «{rule.name}»: {rule.reason}") <= 110, rule.name


# --- Nothing to say ------------------------------------------------------------------------


@pytest.mark.parametrize("name", [p.name for p in presets.all_presets()])
def test_no_preset_holds_a_vague_phrase(name: str) -> None:
    doc = presets.find_preset(name).document
    assert [(place, phrases(text, place)) for place, text in iter_texts(doc)
            if phrases(text, place)] == []


def test_clean_text_gives_nothing() -> None:
    assert phrases("") == []
    assert phrases("Проводит переговоры с покупателями об условиях поставки") == []
    assert phrases("Negotiate delivery terms with customers") == []


# --- The look before pymorphy3 --------------------------------------------------------------

KEYED = [(name, lemma) for name, lemmas in [
    ("различные", ["различный", "разный"]),
    ("иные поручения", ["иной", "другой", "прочий"]),
    ("и другие", ["иной", "другой", "прочий"]),
    ("своевременно", ["своевременный"]),
    ("разумный", ["разумный"]),
    ("достаточный", ["достаточный"]),
    ("надлежащий", ["надлежащий"]),
    ("соответствующий", ["соответствующий"]),
    ("в исключительных случаях", ["исключительный"]),
    ("в кратчайшие сроки", ["краткий", "сжатый"]),
] for lemma in lemmas]


@pytest.mark.parametrize(("rule", "lemma"), KEYED)
def test_every_form_of_a_vague_adjective_passes_the_look_without_pymorphy3(
        rule: str, lemma: str) -> None:
    """The key words are written out without pymorphy3: they must hold every form
    pymorphy3 knows (full and short, not the superlative), or a form would go unseen."""
    [found] = [r for r in vague.RULES if r.name == rule]
    adjective = next(p for p in vague._morph().parse(lemma) if p.tag.POS == "ADJF")
    forms = {f.word for f in adjective.lexeme
             if f.tag.POS in ("ADJF", "ADJS") and "Supr" not in f.tag}
    assert forms - found.keys == set()


PROBE = """\
import sys
from jdwizard import presets
from jdwizard.checks import check_document
from jdwizard.model import Duty
doc = presets.new_document(sys.argv[1])
doc.duties.items.append(Duty(sys.argv[2]))
print(len(check_document(doc)), "pymorphy3" in sys.modules)
"""


def probe(preset: str, duty: str) -> tuple[int, bool]:
    out = subprocess.run([sys.executable, "-c", PROBE, preset, duty], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]), out[1] == "True"


def test_checking_an_english_document_does_not_load_pymorphy3() -> None:
    assert probe("sales-manager", "Perform other duties as assigned, etc.") == (2, False)


def test_a_russian_document_loads_pymorphy3_only_for_what_the_lexicon_cannot_say() -> None:
    assert probe("sales-manager-ru", "Готовит отчёты о продажах для руководителя") == (0, False)
    # A form of a rule's word: the lexicon (make_lexicon) knows it.
    assert probe("sales-manager-ru", "Своевременно готовит отчёты о продажах") == (1, False)
    # Any adjective between the rule's words: only the dictionary can say.
    assert probe("sales-manager-ru",
                 "Выходит на работу в случае производственной необходимости") == (1, True)
