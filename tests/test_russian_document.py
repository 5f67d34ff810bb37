"""The Russian document as a Russian HR officer writes it: the heading names the position
in the genitive, names keep their capitals, lead-ins fit their items (and check says
where they do not), and the small wording of the labels."""

from __future__ import annotations

import io
import subprocess
import sys

import docx as python_docx
import pytest

from jdwizard import fileformat, leadins, presets
from jdwizard.findings import WARNING
from jdwizard.model import Acknowledgement, Document, Signature
from jdwizard.output import docx, markdown, printed
from jdwizard.output.mdtext import normalize


def russian() -> Document:
    doc = presets.new_document("sales-manager-ru")
    doc.author = Signature("Начальник отдела продаж", "Петров Пётр Петрович")
    doc.agreed = [Signature("Начальник юридического отдела", "Сидорова Анна Ивановна")]
    return doc


# --- the heading ----------------------------------------------------------------------


def test_the_heading_names_the_position_in_the_genitive() -> None:
    doc = russian()
    md = markdown.render(doc)
    assert "\n# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по продажам\n" in md
    assert "**Должность:** Менеджер по продажам" in md  # the title itself, as written
    page = printed.build(doc)
    assert (page.kind, page.position) == ("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ", "менеджера по продажам")
    word = python_docx.Document(io.BytesIO(docx.render(page)))
    texts = [p.text for p in word.paragraphs]
    assert texts.index("менеджера по продажам") > texts.index("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ")
    assert word.core_properties.title == "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по продажам"


def test_the_sheet_names_the_position_as_written() -> None:
    doc = russian()
    doc.acknowledged = [Acknowledgement("Смирнов Алексей Павлович")]
    assert printed.build(doc).sheet.rows[0][2] == "Менеджер по продажам"


def test_a_corrected_genitive_is_printed_and_kept_in_the_file() -> None:
    doc = russian()
    doc.position.title = "Менеджер по работе с VIP"
    doc.position.title_genitive = "менеджера по работе с VIP-клиентами"
    assert "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера по работе с VIP-клиентами\n" in \
        markdown.render(doc)
    assert printed.build(doc).position == "менеджера по работе с VIP-клиентами"
    text = fileformat.dumps(doc)
    assert 'title_genitive = "менеджера по работе с VIP-клиентами"' in text
    assert fileformat.loads(text) == doc


def test_a_derived_genitive_is_not_written_to_the_file() -> None:
    assert "title_genitive" not in fileformat.dumps(russian())


def test_an_english_heading_is_unchanged() -> None:
    doc = presets.new_document("sales-manager")
    md = markdown.render(doc)
    assert "\n# Job description\n" in md
    assert printed.build(doc).position == "Sales Manager"


def test_the_heading_is_markup_proof() -> None:
    doc = russian()
    doc.position.title = "Менеджер # по *продажам* ##"
    md = markdown.render(doc)
    assert "# ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ менеджера \\# по \\*продажам\\* \\#\\#\n" in md


# --- proper names keep their capitals ----------------------------------------------------


def test_names_keep_their_capitals_after_a_label() -> None:
    doc = russian()
    doc.conditions.place = "Москва, офис организации"
    doc.conditions.travel = "Санкт-Петербург и Казань, до пяти дней в месяц"
    doc.subordination.reports_to = "Chief Financial Officer"
    doc.subordination.substitute = "Старший менеджер по продажам"
    doc.conditions.schedule = "ООО «Вектор» устанавливает пятидневную рабочую неделю"
    md = markdown.render(doc)
    assert "Место работы: Москва, офис организации." in md
    assert "Служебные командировки: Санкт-Петербург и Казань, до пяти дней в месяц." in md
    assert "Непосредственный руководитель: Chief Financial Officer." in md
    assert "На время отсутствия обязанности исполняет: старший менеджер по продажам." in md
    assert "Режим работы: ООО «Вектор» устанавливает" in md


# --- lead-ins -------------------------------------------------------------------------


def test_the_default_lead_ins_are_todays_wording() -> None:
    md = markdown.render(russian())
    for lead in ("Необходимые знания:", "Необходимые умения:",
                 "Документы, которыми руководствуется работник:", "Работник имеет право:",
                 "Работник несёт ответственность:"):
        assert lead in md


def test_a_chosen_lead_in_is_printed_before_its_list() -> None:
    doc = russian()
    doc.qualifications.knowledge_lead = "accusative"
    doc.qualifications.knowledge = ["Законодательные и нормативные правовые акты",
                                    "Конъюнктуру рынка"]
    doc.qualifications.skills_lead = "infinitive"
    doc.qualifications.skills = ["Проводить переговоры"]
    doc.qualifications.guided_by_lead = "instrumental"
    doc.qualifications.guided_by = ["Уставом Общества", "Трудовым кодексом Российской Федерации"]
    doc.liability.lead = "accusative"
    doc.liability.items = ["Ненадлежащее исполнение своих должностных обязанностей."]
    md = markdown.render(doc)
    assert "Должен знать:\n\n- Законодательные и нормативные правовые акты\n- Конъюнктуру" in md
    assert "Должен уметь:\n\n- Проводить переговоры" in md
    assert "В своей деятельности руководствуется:\n\n- Уставом Общества" in md
    assert "## 5. Ответственность\n\nРаботник несёт ответственность за:\n\n5.1. Ненадлежащее" in md
    page = printed.build(doc)
    assert page.sections[4].lead == "Работник несёт ответственность за:"
    assert list(leadins.findings(doc)) == []


def test_a_lead_in_of_ones_own_is_printed_as_written_with_a_colon() -> None:
    doc = russian()
    doc.rights.lead = "Менеджер по продажам вправе"
    doc.qualifications.knowledge_lead = "Менеджер по продажам должен знать:"
    doc.functions.lead = "Основные функции работника"
    md = markdown.render(doc)
    assert "Менеджер по продажам вправе:\n\n4.1." in md
    assert "Менеджер по продажам должен знать:\n\n- " in md
    assert "## 2. Функции\n\nОсновные функции работника:\n\n2.1." in md
    assert list(leadins.findings(doc)) == []  # free text: what it asks for is not known


def test_the_lead_in_keys_are_kept_in_the_file() -> None:
    doc = russian()
    doc.qualifications.knowledge_lead = "accusative"
    doc.liability.lead = "accusative"
    text = fileformat.dumps(doc)
    assert 'knowledge_lead = "accusative"' in text
    assert '[liability]\nlead = "accusative"\nitems = [' in text
    assert fileformat.loads(text) == doc
    assert "_lead" not in fileformat.dumps(russian())


def test_english_lead_ins_stay_as_they_are() -> None:
    doc = presets.new_document("sales-manager")
    before = markdown.render(doc)
    doc.qualifications.knowledge_lead = "accusative"
    doc.liability.lead = "accusative"
    doc.qualifications.guided_by_lead = "instrumental"
    assert markdown.render(doc) == before
    assert list(leadins.findings(doc)) == []


def test_the_standard_text_typed_in_is_the_standard_form() -> None:
    place = "qualifications.guided_by"
    assert leadins.form(place, "В своей деятельности руководствуется") == \
        leadins.FORMS[place][1]
    assert leadins.form(place, "") == leadins.FORMS[place][0]
    assert leadins.form(place, "Руководствуется в работе:") is None


@pytest.mark.parametrize("name", [p.name for p in presets.all_presets() if p.language == "ru"])
def test_no_preset_item_disagrees_with_its_lead_in(name: str) -> None:
    doc = presets.new_document(name)
    for place in leadins.FORMS:
        chosen = leadins.form(place, leadins.lead_value(doc, place))
        assert chosen is not None
        section, field = place.split(".")
        for item in getattr(getattr(doc, section), field):
            assert leadins.disagreement(chosen, normalize(item)) == "", (place, item)


def test_the_library_holds_what_pymorphy3_says_of_the_presets() -> None:
    known = set()
    for preset in presets.all_presets():
        if preset.language != "ru":
            continue
        for place in leadins.FORMS:
            chosen = leadins.form(place, leadins.lead_value(preset.document, place))
            assert chosen is not None
            section, field = place.split(".")
            for item in getattr(getattr(preset.document, section), field):
                if normalize(item) and not leadins.disagreement(chosen, normalize(item)):
                    known.add(leadins.library_key(place, chosen.key, item))
    # After a change of the presets, paste this set into jdwizard/leadin_library.py.
    assert known == leadins.LIBRARY, sorted(known)


def test_a_description_from_the_library_is_checked_without_the_dictionary() -> None:
    probe = ("import sys\n"
             "from jdwizard import leadins, presets\n"
             "doc = presets.new_document('sales-manager-ru')\n"
             "assert list(leadins.findings(doc)) == []\n"
             "print('pymorphy3' in sys.modules)\n"
             "doc.qualifications.guided_by.append('Устав Общества')\n"
             "doc.qualifications.guided_by_lead = 'instrumental'\n"
             "print(len(list(leadins.findings(doc))) > 0, 'pymorphy3' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "True", "True"]


# --- the check of the items' case ----------------------------------------------------------


def findings_of(place: str, lead: str, items: list[str]) -> list[str]:
    doc = russian()
    section, name = place.split(".")
    setattr(getattr(doc, section), name, items)
    field = {"qualifications.knowledge": ("qualifications", "knowledge_lead"),
             "qualifications.skills": ("qualifications", "skills_lead"),
             "qualifications.guided_by": ("qualifications", "guided_by_lead"),
             "rights.items": ("rights", "lead"),
             "liability.items": ("liability", "lead")}[place]
    setattr(getattr(doc, field[0]), field[1], lead)
    found = [f for f in leadins.findings(doc) if f.place.startswith(place)]
    assert all(f.severity == WARNING for f in found)
    return [f"{f.place}: {f.message}" for f in found]


def test_the_nominative_where_the_instrumental_is_due() -> None:
    assert findings_of("qualifications.guided_by", "instrumental",
                       ["Уставом Общества", "Устав Общества"]) == [
        "qualifications.guided_by[2]: the lead-in «В своей деятельности руководствуется:» "
        "asks for the instrumental (кем? чем?): «Уставом Общества»; or lead the list in "
        "with «Документы, которыми руководствуется работник:» "
        '(qualifications.guided_by_lead = "nominative")',
    ]


def test_an_ambiguous_nominative_or_accusative_agrees_with_either() -> None:
    items = ["Законодательные и нормативные правовые акты", "Основы маркетинга"]
    assert findings_of("qualifications.knowledge", "accusative", items) == []
    assert findings_of("qualifications.knowledge", "nominative", items) == []


def test_the_accusative_where_the_nominative_is_due() -> None:
    found = findings_of("qualifications.knowledge", "", ["Конъюнктуру рынка"])
    assert found == [
        "qualifications.knowledge[1]: the lead-in «Необходимые знания:» asks for the "
        "nominative (кто? что?): «Конъюнктура рынка»; or lead the list in with «Должен "
        'знать:» (qualifications.knowledge_lead = "accusative")',
    ]


def test_liability_items_begin_with_za_after_the_default_lead_in() -> None:
    found = findings_of("liability.items", "", [
        "За ненадлежащее исполнение своих должностных обязанностей.",
        "Причинение материального ущерба работодателю.",
        "В пределах, определённых трудовым законодательством.",
    ])
    assert found == [
        "liability.items[2]: after the lead-in «Работник несёт ответственность:» an item "
        "begins with «за» and the accusative (кого? что?): «За причинение материального "
        "ущерба работодателю.»; or lead the list in with «Работник несёт ответственность "
        'за:» (liability.lead = "accusative")',
    ]


def test_za_twice() -> None:
    found = findings_of("liability.items", "accusative",
                        ["За ненадлежащее исполнение своих обязанностей."])
    assert found[0].startswith("liability.items[1]: «За» is already in the lead-in "
                               "«Работник несёт ответственность за:»: «Ненадлежащее исполнение")


def test_a_verb_where_a_noun_is_due_and_a_noun_where_a_verb_is() -> None:
    assert findings_of("qualifications.skills", "", ["Проводить переговоры"])[0].startswith(
        "qualifications.skills[1]: the lead-in «Необходимые умения:» asks for a noun in the "
        "nominative (кто? что?), not a verb")
    assert findings_of("qualifications.skills", "infinitive", ["Проведение переговоров"]) \
        [0].startswith("qualifications.skills[1]: the lead-in «Должен уметь:» asks for a verb "
                       "in the infinitive (что делать?)")


def test_items_that_say_nothing_of_a_case_are_left_alone() -> None:
    items = ["1С:Предприятие", "CRM-системы", "«Консультант Плюс»", "По вопросам охраны труда"]
    assert findings_of("qualifications.knowledge", "accusative", items) == []


def test_a_stale_correction_of_the_heading_is_found() -> None:
    doc = russian()
    doc.position.title_genitive = "менеджера по продажам"
    assert list(leadins.findings(doc)) == []
    doc.position.title = "Старший менеджер по продажам"
    [finding] = leadins.findings(doc)
    assert finding.place == "position.title_genitive"
    assert "«старшего менеджера по продажам»" in finding.message


# --- small wording ---------------------------------------------------------------------


def test_the_purpose_is_the_aim_of_the_position_not_a_second_appointment() -> None:
    md = markdown.render(russian())
    assert "1.1. Цель должности: " in md
    assert "Назначение должности" not in md
    assert "Назначение на должность и освобождение от должности: " in md


def test_the_authors_label_agrees_with_the_instruction_it_signs() -> None:
    doc = russian()
    md = markdown.render(doc)
    assert "**Разработана**\\\nНачальник отдела продаж\\" in md
    assert [b.heading for b in printed.build(doc).signatures] == ["Разработана", "СОГЛАСОВАНО"]


def test_agreed_takes_no_colon_anywhere() -> None:
    doc = russian()
    md = markdown.render(doc)
    assert "**СОГЛАСОВАНО**\\\n" in md and "СОГЛАСОВАНО:" not in md
    word = python_docx.Document(io.BytesIO(docx.render(printed.build(doc))))
    texts = [p.text for t in word.tables for row in t.rows for c in row.cells
             for p in c.paragraphs] + [p.text for p in word.paragraphs]
    assert "СОГЛАСОВАНО" in texts and not any("СОГЛАСОВАНО:" in t for t in texts)
