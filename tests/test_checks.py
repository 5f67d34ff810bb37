from __future__ import annotations

import pytest

from jdwizard.checks import (
    ERROR,
    LEAD_IN_LISTS,
    WARNING,
    Finding,
    check_department,
    check_document,
    comparison_notes,
    is_required,
    iter_texts,
)
from jdwizard.model import Document, Duty
from jdwizard.output.layout import build_sections


def complete(language: str = "ru") -> Document:
    doc = Document(language=language)
    doc.position.title = "Менеджер по продажам"
    doc.position.category = "specialist"
    doc.subordination.reports_to = "Начальник отдела продаж"
    doc.subordination.appointment = "Приказом генерального директора"
    doc.qualifications.education = "Высшее образование"
    doc.qualifications.experience = "Не менее одного года"
    doc.qualifications.knowledge = ["Основы трудового права"]
    doc.qualifications.guided_by = ["Трудовой кодекс Российской Федерации"]
    doc.functions.items = ["Привлечение новых покупателей организации"]
    doc.duties.items = [Duty("Ищет потенциальных покупателей продукции")]
    doc.rights.items = ["Вносить предложения руководству организации"]
    doc.liability.items = ["За неисполнение своих должностных обязанностей"]
    doc.relationships.items = ["Взаимодействует со складом по срокам"]
    doc.conditions.schedule = "Пятидневная рабочая неделя"
    doc.performance.items = ["Выполнение плана продаж"]
    doc.final.items = ["Инструкция изменяется приказом директора"]
    doc.approval.position = "Генеральный директор"
    return doc


def places(findings: list[Finding], severity: str | None = None) -> list[str]:
    return [f.place for f in findings if severity is None or f.severity == severity]


def test_a_complete_document_has_no_findings() -> None:
    assert check_document(complete()) == []


@pytest.mark.parametrize(
    ("field", "place"),
    [
        ("position.title", "position.title"),
        ("position.category", "position.category"),
        ("subordination.reports_to", "subordination.reports_to"),
        ("subordination.appointment", "subordination.appointment"),
        ("approval.position", "approval.position"),
    ],
)
def test_missing_required_text_is_an_error(field: str, place: str) -> None:
    doc = complete()
    section, key = field.split(".")
    setattr(getattr(doc, section), key, "")
    assert places(check_document(doc), ERROR) == [place]


@pytest.mark.parametrize("section", ["duties", "rights", "liability"])
def test_empty_required_list_is_an_error(section: str) -> None:
    doc = complete()
    getattr(doc, section).items = []
    assert places(check_document(doc), ERROR) == [section]


def test_head_of_organization_needs_no_superior() -> None:
    doc = complete()
    doc.subordination.reports_to = ""
    doc.subordination.heads_organization = True
    assert check_document(doc) == []


def test_english_documents_may_lack_rights_liability_and_sign_off() -> None:
    doc = complete("en")
    doc.rights.items, doc.liability.items, doc.approval.position = [], [], ""
    findings = check_document(doc)
    assert places(findings, ERROR) == []
    assert places(findings, WARNING) == ["rights", "liability", "approval.position"]


@pytest.mark.parametrize(
    "section", ["functions", "relationships", "performance", "final"]
)
def test_empty_optional_section_is_a_warning(section: str) -> None:
    doc = complete()
    getattr(doc, section).items = []
    assert [(f.place, f.severity) for f in check_document(doc)] == [(section, WARNING)]


@pytest.mark.parametrize(
    "phrase",
    ["etc.", "and so on", "Other duties as assigned", "as needed", "if necessary", "и т.д.",
     "и др.", "При необходимости"],
)
def test_vague_wording_is_flagged_where_it_stands(phrase: str) -> None:
    doc = complete()
    doc.duties.items.append(Duty(f"Готовит отчёты о продажах {phrase}"))
    findings = check_document(doc)
    assert places(findings) == ["duties.items[2]"]
    assert phrase.lower() in findings[0].message.lower()


def test_vague_phrase_inside_a_word_is_not_flagged() -> None:
    doc = complete("en")
    doc.duties.items.append(Duty("Prepare the etcetera report for the director"))
    assert check_document(doc) == []


def test_short_and_duplicate_items() -> None:
    doc = complete()
    doc.rights.items += ["Подписывать", "вносить предложения руководству организации!"]
    findings = check_document(doc)
    assert [(f.place, f.message) for f in findings] == [
        ("rights.items[2]", "too short to be unambiguous: write at least two words"),
        ("rights.items[3]", "repeats item 1"),
    ]


@pytest.mark.parametrize(
    ("section", "lead", "item"),
    [("liability", "accusative", "сохранность документации;"),
     ("liability", "", "За сохранность документации"),
     ("rights", "", "подписывать договоры;"), ("rights", "", "Подписывать договоры")],
)
def test_an_item_completing_its_sections_lead_in_may_be_two_words(
    section: str, lead: str, item: str
) -> None:
    # «Работник несёт ответственность за: ... сохранность документации;»
    doc = complete()
    if lead:
        doc.liability.lead = lead
        doc.liability.items = ["Неисполнение своих должностных обязанностей"]
    getattr(doc, section).items.append(item)
    assert check_document(doc) == []


@pytest.mark.parametrize("item", ["сохранность документации;", "ведение журнала,"])
def test_an_item_continuing_a_list_may_be_two_words(item: str) -> None:
    doc = complete()
    doc.duties.items.append(Duty(item))
    doc.final.items.append(item)
    assert check_document(doc) == []


def test_items_after_a_lead_in_item_may_be_two_words() -> None:
    doc = complete()
    doc.general.items = ["Работник обязан соблюдать:", "правила пожарной безопасности",
                         "трудовую дисциплину"]
    assert check_document(doc) == []


@pytest.mark.parametrize(
    ("section", "item", "minimum"),
    [("liability", "Документацию;", "two"), ("rights", "Подписывать", "two"),
     ("duties", "Документация;", "two"), ("duties", "Подписывает договоры", "three"),
     ("final", "Утверждается приказом", "three"), ("general", "Работник — всегда", "three")],
)
def test_a_useless_short_item_is_still_reported(section: str, item: str, minimum: str) -> None:
    doc = complete()
    doc.liability.lead = "accusative"  # «Работник несёт ответственность за: документацию;»
    doc.liability.items = ["Неисполнение своих должностных обязанностей"]
    getattr(doc, section).items.append(Duty(item) if section == "duties" else item)
    findings = check_document(doc)
    assert [(f.place, f.message) for f in findings] == [
        (f"{section}.items[{len(getattr(doc, section).items)}]",
         f"too short to be unambiguous: write at least {minimum} words"),
    ]


def test_the_lists_with_a_lead_in_are_those_the_document_leads_in() -> None:
    doc = complete()
    led = {f"{s.key}.items" for s in build_sections(doc, doc.language) if s.lead}
    assert led == set(LEAD_IN_LISTS)


def test_short_knowledge_items_are_fine() -> None:
    doc = complete()
    doc.qualifications.qualities = ["Коммуникабельность"]
    assert check_document(doc) == []


def test_shares_over_100_percent_and_split_groups() -> None:
    doc = complete()
    doc.duties.items = [
        Duty("Ищет новых покупателей продукции", group="А", share=60),
        Duty("Готовит договоры поставки продукции", group="Б", share=30),
        Duty("Ведёт базу покупателей организации", group="А", share=20),
    ]
    findings = check_document(doc)
    assert (("duties", ERROR)) in [(f.place, f.severity) for f in findings]
    assert "110%" in findings[0].message
    assert ("duties.items[3]", WARNING) in [(f.place, f.severity) for f in findings]


def _in_department(title: str, duties: list[str], department: str = "Отдел продаж") -> Document:
    doc = complete()
    doc.position.title = title
    doc.organization.name = "ООО «Вектор»"
    doc.organization.department = department
    doc.duties.items = [Duty(d) for d in duties]
    return doc


def test_same_duty_in_two_positions_of_a_department() -> None:
    a = _in_department("Менеджер", ["Ведёт базу покупателей в CRM", "Готовит отчёты о продажах"])
    b = _in_department("Старший менеджер", ["Проводит переговоры с покупателями",
                                            "ведёт базу покупателей в CRM-системе"])
    findings = check_department([("a.toml", a), ("b.toml", b)])
    # Each file that holds the duty is told, naming the other.
    assert [(f.file, f.place, f.severity) for f in findings] == [
        ("a.toml", "duties.items[1]", WARNING), ("b.toml", "duties.items[2]", WARNING)]
    on_a, on_b = (f.message for f in findings)
    assert "b.toml" in on_a and "duties.items[2]" in on_a and "«Старший менеджер»" in on_a
    assert "a.toml" in on_b and "duties.items[1]" in on_b and "«Менеджер»" in on_b


def test_different_departments_do_not_clash() -> None:
    a = _in_department("Менеджер", ["Ведёт базу покупателей в CRM"])
    b = _in_department("Менеджер", ["Ведёт базу покупателей в CRM"], "Отдел закупок")
    assert check_department([("a.toml", a), ("b.toml", b)]) == []


def test_dissimilar_duties_do_not_clash() -> None:
    a = _in_department("Менеджер", ["Ведёт базу покупателей в CRM"])
    b = _in_department("Кладовщик", ["Принимает продукцию на склад по накладным"])
    assert check_department([("a.toml", a), ("b.toml", b)]) == []


def test_finding_line_format() -> None:
    f = Finding("duties.items[3]", WARNING, "repeats item 1", "jd/a.toml")
    assert f.line() == "jd/a.toml: duties.items[3]: warning: repeats item 1"


def test_iter_texts_names_places_as_load_errors_do() -> None:
    doc = Document()
    doc.duties.items = [Duty("a"), Duty("b", group="G")]
    doc.position.codes = {"okz": "2433"}
    assert list(iter_texts(doc)) == [
        ("language", "en"), ("position.codes.okz", "2433"), ("duties.items[1]", "a"),
        ("duties.items[2]", "b"), ("duties.items[2].group", "G"),
    ]


def test_every_vague_phrase_of_a_value_is_reported() -> None:
    doc = complete()
    doc.duties.items.append(Duty("Готовит отчёты и т.д., при необходимости выезжает к покупателям"))
    findings = check_document(doc)
    assert places(findings) == ["duties.items[2]", "duties.items[2]"]
    assert findings[0].message == "vague wording «и т.д.»: an open list; name the items instead"
    assert findings[1].message.startswith("vague wording «при необходимости»: ")


def test_a_vague_phrase_written_twice_in_a_value_is_reported_once() -> None:
    doc = complete("en")
    doc.duties.items.append(Duty("Order paper, pens etc. and toner, staples etc."))
    assert len(check_document(doc)) == 1


NO_EXPERIENCE_NEEDED = [
    ("education", "Высшее профессиональное образование без предъявления требований к стажу работы"),
    ("education", "Среднее профессиональное образование без требований к стажу работы"),
    ("experience", "Опыт работы не требуется"),
    ("experience", "Стаж работы не требуется."),
    ("experience", "Требования к стажу работы не предъявляются"),
    ("education", "Bachelor's degree in business; no experience required"),
    ("experience", "No prior experience"),
    ("experience", "Experience is NOT required"),
    ("experience", "No work experience is required."),
]


@pytest.mark.parametrize("flag", [None, False])
@pytest.mark.parametrize(("field", "text"), NO_EXPERIENCE_NEEDED)
def test_text_that_says_no_experience_is_needed_is_no_missing_requirement(
    field: str, text: str, flag: bool | None
) -> None:
    # Neither a missing requirement, nor, beside experience_required = false, a contradiction.
    doc = complete()
    doc.qualifications.experience = ""
    doc.qualifications.experience_required = flag
    setattr(doc.qualifications, field, text)
    assert check_document(doc) == []


def test_without_experience_the_requirement_is_still_missing() -> None:
    doc = complete()
    doc.qualifications.experience = ""
    doc.qualifications.education = "Высшее профессиональное образование"
    assert places(check_document(doc)) == ["qualifications.experience"]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_experience_marked_not_required_is_no_missing_requirement(language: str) -> None:
    doc = complete(language)
    doc.qualifications.experience = ""
    doc.qualifications.experience_required = False
    assert check_document(doc) == []
    doc.qualifications.experience_required = True
    assert places(check_document(doc)) == ["qualifications.experience"]


def test_experience_marked_not_required_yet_written_is_a_contradiction() -> None:
    doc = complete()
    doc.qualifications.experience = "Не менее одного года"
    doc.qualifications.experience_required = False
    findings = check_document(doc)
    assert [(f.place, f.severity) for f in findings] == [("qualifications.experience", WARNING)]
    assert "experience_required" in findings[0].message


@pytest.mark.parametrize(
    ("field", "language", "severity"),
    [("position.category", "en", WARNING), ("subordination.appointment", "en", WARNING),
     ("position.category", "ru", ERROR), ("subordination.appointment", "ru", ERROR),
     ("position.title", "en", ERROR), ("subordination.reports_to", "en", ERROR)],
)
def test_category_and_appointment_are_required_in_russian_practice_only(
    field: str, language: str, severity: str
) -> None:
    # US postings and SHRM forms carry no employee category and no appointment clause.
    doc = complete(language)
    section, key = field.split(".")
    setattr(getattr(doc, section), key, "")
    assert [(f.place, f.severity) for f in check_document(doc)] == [(field, severity)]


def test_english_documents_still_need_duties() -> None:
    doc = complete("en")
    doc.duties.items = []
    assert [(f.place, f.severity) for f in check_document(doc)] == [("duties", ERROR)]


def _unit(title: str, duties: list[str], name: str, department: str) -> Document:
    doc = _in_department(title, duties, department)
    doc.organization.name = name
    return doc


SHARED = "Ведёт базу покупателей в CRM"


@pytest.mark.parametrize(
    ("first", "second", "compared"),
    [
        (("", ""), ("", ""), True),
        (("ООО «Вектор»", ""), ("ООО «Вектор»", ""), True),
        (("", "Отдел продаж"), ("", "Отдел продаж"), True),
        (("ООО «Вектор»", ""), ("ООО «Ромашка»", ""), False),
        (("ООО «Вектор»", "Отдел продаж"), ("ООО «Вектор»", ""), False),
        (("", ""), ("ООО «Вектор»", ""), False),
    ],
)
def test_descriptions_are_compared_by_what_they_name(
    first: tuple[str, str], second: tuple[str, str], compared: bool
) -> None:
    a = _unit("Менеджер", [SHARED], *first)
    b = _unit("Старший менеджер", [SHARED], *second)
    findings = check_department([("a.toml", a), ("b.toml", b)])
    assert [(f.file, f.place) for f in findings] == (
        [("a.toml", "duties.items[1]"), ("b.toml", "duties.items[1]")] if compared else [])


def test_a_note_says_how_descriptions_that_name_no_unit_were_compared() -> None:
    named = [("x.toml", _unit("Кладовщик", [SHARED], "ООО «Вектор»", "Склад")),
             ("y.toml", _unit("Водитель", [SHARED], "ООО «Вектор»", "Склад"))]
    assert comparison_notes(named) == []
    loose = [("a.toml", _unit("Менеджер", [SHARED], "", "")),
             ("b.toml", _unit("Юрист", [SHARED], "", "")),
             ("c.toml", _unit("Бухгалтер", [SHARED], "ООО «Вектор»", "")),
             ("d.toml", _unit("Кассир", [SHARED], "", "Касса")),
             ("e.toml", _unit("Кассир", [SHARED], "", "Касса"))]
    assert comparison_notes([*named, *loose]) == [
        "2 descriptions name no organization and no department; their duties were compared "
        "with each other as one unit",
        "c.toml names no department; its duties were compared with no other description's",
        '2 descriptions of the department "Касса" name no organization; their duties were '
        "compared with each other as one unit",
    ]


def test_one_description_alone_needs_no_note() -> None:
    assert comparison_notes([("a.toml", _unit("Менеджер", [SHARED], "", ""))]) == []


@pytest.mark.parametrize("language", ["en", "ru"])
def test_what_a_form_marks_required_is_what_check_calls_an_error(language: str) -> None:
    doc = Document(language=language)
    errors = {f.place for f in check_document(doc) if f.severity == ERROR}
    places = ["position.title", "position.category", "subordination.reports_to",
              "subordination.appointment", "duties.items", "rights.items", "liability.items",
              "approval.position", "position.summary", "qualifications.education"]
    for place in places:
        expected = place in errors or place.split(".")[0] in errors
        assert is_required(place, language) == expected, place
    assert is_required("position.category", "ru")
    assert not is_required("position.category", "en")
