"""Russian word forms by pymorphy3: the position in the genitive, the value after a label,
proper names, the case a phrase is in; and the dictionary loaded only when needed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jdwizard import morphology
from jdwizard.model import Document

TITLES = [
    # A noun alone
    ("Кладовщик", "кладовщика"),
    ("Юрисконсульт", "юрисконсульта"),
    ("Повар", "повара"),
    ("Уборщица", "уборщицы"),
    ("Няня", "няни"),
    ("Мерчендайзер", "мерчендайзера"),
    # Adjectives that agree with the head noun
    ("Главный бухгалтер", "главного бухгалтера"),
    ("Старший кассир", "старшего кассира"),
    ("Генеральный директор", "генерального директора"),
    ("Системный администратор", "системного администратора"),
    ("Главная медицинская сестра", "главной медицинской сестры"),
    ("Первый заместитель генерального директора", "первого заместителя генерального директора"),
    ("ГЛАВНЫЙ БУХГАЛТЕР", "ГЛАВНОГО БУХГАЛТЕРА"),
    # The dependent tail stays as written
    ("Менеджер по продажам", "менеджера по продажам"),
    ("Заместитель генерального директора по финансам",
     "заместителя генерального директора по финансам"),
    ("Ведущий специалист отдела кадров", "ведущего специалиста отдела кадров"),
    ("Водитель погрузчика", "водителя погрузчика"),
    ("Менеджер по работе с ключевыми клиентами", "менеджера по работе с ключевыми клиентами"),
    ("Уборщик служебных помещений", "уборщика служебных помещений"),
    ("Начальник склада", "начальника склада"),
    ("Оператор ЭВМ", "оператора ЭВМ"),
    ("Начальник отдела материально-технического снабжения",
     "начальника отдела материально-технического снабжения"),
    ("Бухгалтер по расчёту заработной платы", "бухгалтера по расчёту заработной платы"),
    ("Электрогазосварщик 5 разряда", "электрогазосварщика 5 разряда"),
    ("Специалист I категории", "специалиста I категории"),
    ("Руководитель IT-отдела", "руководителя IT-отдела"),
    ("Оператор call-центра", "оператора call-центра"),
    ("Директор ООО «Вектор»", "директора ООО «Вектор»"),
    ("Менеджер по продажам и маркетингу", "менеджера по продажам и маркетингу"),
    # Both parts of a compound of two positions change
    ("Инженер-программист 1 категории", "инженера-программиста 1 категории"),
    ("Кассир-операционист", "кассира-операциониста"),
    ("Продавец-консультант", "продавца-консультанта"),
    ("Водитель-экспедитор", "водителя-экспедитора"),
    ("Слесарь-ремонтник 4 разряда", "слесаря-ремонтника 4 разряда"),
    ("Ведущий инженер-программист", "ведущего инженера-программиста"),
    ("Врач-терапевт участковый", "врача-терапевта участкового"),
    # ... an attributive first part does not
    ("HR-менеджер", "HR-менеджера"),
    ("SMM-специалист", "SMM-специалиста"),
    ("Product-менеджер", "product-менеджера"),
    ("Бизнес-аналитик", "бизнес-аналитика"),
    ("Пресс-секретарь", "пресс-секретаря"),
    ("Интернет-маркетолог", "интернет-маркетолога"),
    ("Офис-менеджер", "офис-менеджера"),
    ("Шеф-повар", "шеф-повара"),
    ("Вице-президент по развитию", "вице-президента по развитию"),
    # An adjective that is the noun itself
    ("Заведующий складом", "заведующего складом"),
    ("Заведующая складом", "заведующей складом"),
    ("Управляющий магазином", "управляющего магазином"),
    ("Дежурный администратор", "дежурного администратора"),
    ("Рабочий по комплексному обслуживанию и ремонту зданий",
     "рабочего по комплексному обслуживанию и ремонту зданий"),
    ("Ответственный за электрохозяйство", "ответственного за электрохозяйство"),
    ("Горничная", "горничной"),
    # After the head: an agreeing participle, another name in brackets
    ("Менеджер, ответственный за закупки", "менеджера, ответственного за закупки"),
    ("Машинист крана (крановщик)", "машиниста крана (крановщика)"),
    ("Сторож (вахтёр)", "сторожа (вахтёра)"),
    ("Бухгалтер (участок — касса)", "бухгалтера (участок — касса)"),
    # е where the title writes е, ё where it writes ё
    ("Приемщик товаров", "приемщика товаров"),
    ("Электромонтёр по ремонту", "электромонтёра по ремонту"),
    # Nothing to inflect
    ("Chief Financial Officer", "Chief Financial Officer"),
    ("", ""),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_the_heading_names_the_position_in_the_genitive(title: str, expected: str) -> None:
    assert morphology.genitive(title) == expected


def test_at_least_thirty_real_titles_are_tried() -> None:
    assert len(TITLES) >= 30


@pytest.mark.parametrize(("value", "expected"), [
    # A common word that starts the value is lower-cased...
    ("Начальник отдела продаж", "начальник отдела продаж"),
    ("Высшее образование", "высшее образование"),
    ("Пятидневная рабочая неделя", "пятидневная рабочая неделя"),
    ("Офис организации в Москве", "офис организации в Москве"),
    ("Приказом генерального директора", "приказом генерального директора"),
    ("По приказу директора", "по приказу директора"),
    ("Не предусмотрены", "не предусмотрены"),
    ("Главный бухгалтер ООО «Вектор»", "главный бухгалтер ООО «Вектор»"),
    # ... never a name, a city, an acronym, a Latin word or a word after the first
    ("Москва", "Москва"),
    ("Санкт-Петербург", "Санкт-Петербург"),
    ("Ростов-на-Дону", "Ростов-на-Дону"),
    ("Казань, ул. Баумана, 1", "Казань, ул. Баумана, 1"),
    ("Иванов Иван Иванович", "Иванов Иван Иванович"),
    ("Газпром", "Газпром"),
    ("ООО «Вектор»", "ООО «Вектор»"),
    ("ИТ-отдел", "ИТ-отдел"),
    ("CRM-система", "CRM-система"),
    ("Chief Financial Officer", "Chief Financial Officer"),
    ("«Вектор»", "«Вектор»"),
    ("начальник Отдела", "начальник Отдела"),
    ("", ""),
])
def test_a_value_after_a_label_keeps_the_capitals_of_names(value: str, expected: str) -> None:
    assert morphology.running(value) == expected


@pytest.mark.parametrize(("word", "proper"), [
    ("Москва", True), ("Иванов", True), ("Анна", True), ("Петровна", True), ("Газпром", True),
    ("Екатеринбург", True), ("Орёл", True), ("Chief", True),
    ("Начальник", False), ("Главный", False), ("По", False), ("В", False), ("офис", False),
])
def test_proper_names(word: str, proper: bool) -> None:
    assert morphology.is_proper(word) is proper


@pytest.mark.parametrize(("text", "cases"), [
    ("Устав Общества", {"nomn", "accs"}),
    ("Уставом Общества", {"ablt"}),
    ("Трудовой кодекс Российской Федерации", {"nomn", "accs"}),
    ("Законодательные и нормативные правовые акты", {"nomn", "accs"}),
    ("Конъюнктуру рынка", {"accs"}),
    ("Настоящая должностная инструкция", {"nomn"}),
    ("За ненадлежащее исполнение", set()),
    ("Проводить переговоры", set()),
])
def test_the_cases_a_phrase_can_be_in(text: str, cases: set[str]) -> None:
    assert morphology.phrase_cases(text) == cases


@pytest.mark.parametrize(("text", "case", "expected"), [
    ("Устав Общества", "ablt", "Уставом Общества"),
    ("Трудовой кодекс Российской Федерации", "ablt", "Трудовым кодексом Российской Федерации"),
    ("Приказы и распоряжения генерального директора", "ablt",
     "Приказами и распоряжениями генерального директора"),
    ("Законодательные и нормативные правовые акты", "ablt",
     "Законодательными и нормативными правовыми актами"),
    ("Федеральный закон «О персональных данных»", "ablt",
     "Федеральным законом «О персональных данных»"),
    ("Конъюнктура рынка", "accs", "Конъюнктуру рынка"),
    ("Настоящая должностная инструкция", "accs", "Настоящую должностную инструкцию"),
    ("ГОСТ Р 7.0.97", "ablt", "ГОСТом Р 7.0.97"),
])
def test_a_phrase_put_in_another_case(text: str, case: str, expected: str) -> None:
    assert morphology.inflect_phrase(text, case) == expected


def test_the_heading_takes_the_stored_correction_else_derives_it() -> None:
    doc = Document(language="ru")
    doc.position.title = "Менеджер по продажам"
    assert morphology.title_in_genitive(doc) == "менеджера по продажам"
    doc.position.title_genitive = "  менеджера  отдела продаж "
    assert morphology.title_in_genitive(doc) == "менеджера отдела продаж"


def test_only_a_correction_is_kept() -> None:
    title = "Инженер-программист"
    assert morphology.genitive_to_store(title, "инженера-программиста") == ""
    assert morphology.genitive_to_store(title, " инженера-программиста ") == ""
    assert morphology.genitive_to_store(title, "инженера по программам") == "инженера по программам"


# --- loaded only when a Russian document needs it, and once -----------------------------


def _probe(tmp_path: Path, preset: str, commands: str) -> list[str]:
    probe = textwrap.dedent(f"""
        import contextlib, io, sys
        from jdwizard import fileformat, presets
        from jdwizard.cli import main
        path = {str(tmp_path / "jd.toml")!r}
        fileformat.save(presets.new_document({preset!r}), path)
        seen = []
        for command in {commands!r}.split(";"):
            with contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO())):
                main([*command.split(), path])
            seen.append(str("pymorphy3" in sys.modules))
        print(" ".join(seen))
    """)
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    return run.stdout.split()


def test_an_english_document_is_rendered_and_checked_without_pymorphy3(tmp_path: Path) -> None:
    assert _probe(tmp_path, "sales-manager", "check;render --stdout;render --to docx") == \
        ["False", "False", "False"]


def test_an_english_document_does_not_even_import_the_wrapper() -> None:
    probe = ("import sys\n"
             "from jdwizard import checks, presets\n"
             "from jdwizard.output import markdown, printed\n"
             "doc = presets.new_document('sales-manager')\n"
             "markdown.render(doc), printed.build(doc), checks.check_document(doc)\n"
             "print('jdwizard.morphology' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_a_russian_document_loads_it(tmp_path: Path) -> None:
    assert _probe(tmp_path, "sales-manager-ru", "render --stdout") == ["True"]


def test_importing_the_modules_that_use_it_does_not_load_it() -> None:
    probe = ("import sys\n"
             "from jdwizard import checks, leadins, morphology, presets\n"
             "from jdwizard.output import layout, markdown, printed\n"
             "doc = presets.new_document('sales-manager')\n"
             "doc.qualifications.knowledge_lead = 'accusative'\n"
             "markdown.render(doc), printed.build(doc), checks.check_document(doc)\n"
             "list(leadins.findings(doc))\n"
             "print('pymorphy3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_the_dictionary_is_loaded_once() -> None:
    assert morphology.analyzer() is morphology.analyzer()
    assert morphology.is_loaded()
