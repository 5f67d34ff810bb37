"""Headings, labels and generated phrases of the finished document, in English and Russian.

Every phrase ends in a label followed by a value ("Reports to: ..."), so that a Russian
value stored in the nominative case never needs declension.
"""

from __future__ import annotations

from datetime import date
from typing import Final

PHRASES: Final[dict[str, dict[str, str]]] = {
    "en": {
        "approved": "APPROVED",
        "title": "Job description",
        "position": "Position",
        "organization": "Organization",
        "department": "Department",
        "number": "Number",
        "place": "Place",
        "effective_date": "Effective date",
        "status": "Status",
        "status.draft": "draft",
        "status.approved": "approved",
        "sec.general": "General provisions",
        "sec.functions": "Functions",
        "sec.duties": "Duties",
        "sec.rights": "Rights",
        "sec.liability": "Liability",
        "sec.relationships": "Relationships",
        "sec.conditions": "Working conditions",
        "sec.performance": "Performance criteria",
        "sec.final": "Final provisions",
        "summary": "Purpose of the position",
        "category": "Employee category",
        "category.worker": "worker",
        "category.specialist": "specialist",
        "category.manager": "manager",
        "category.technical": "technical staff",
        "other_titles": "Other titles of the position",
        "codes": "Classifier codes",
        "code.okpdtr": "OKPDTR",
        "code.okz": "OKZ",
        "code.isco08": "ISCO-08",
        "code.onet": "O*NET-SOC",
        "reports_to": "Reports to",
        "heads_organization": "The position heads the organization",
        "subordinates": "Subordinates",
        "substitute": "Substitute during absence",
        "appointment": "Appointment and dismissal",
        "education": "Education",
        "experience": "Experience",
        "no_experience": "No work experience is required.",
        "training": "Further training",
        "preferred": "Preferred qualifications",
        "knowledge": "The employee must know",
        "skills": "Skills",
        "qualities": "Personal qualities",
        "guided_by": "In the work the employee is guided by",
        "rights.lead": "The employee has the right:",
        "liability.lead": "The employee is liable:",
        "schedule": "Schedule",
        "work_place": "Place of work",
        "travel": "Business travel",
        "physical": "Physical demands",
        "environment": "Work environment",
        "employment": "Employment terms",
        "essential": "essential function",
        "marginal": "marginal function",
        "share": "{share}% of working time",
        "contract_appendix": "This job description is an appendix to the employment contract.",
        "developed_by": "Developed by",
        "agreed": "AGREED",
        "signature": "Signature",
        "date": "Date",
        "ack.title": "Acknowledgement sheet",
        "ack.lead": "I have read this job description and received a copy.",
        "ack.no": "No.",
        "ack.name": "Full name",
        "ack.date": "Date",
        "ack.passport": "Passport details",
        "ack.signature": "Signature",
    },
    "ru": {
        "approved": "УТВЕРЖДАЮ",
        "title": "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ",
        "position": "Должность",
        "organization": "Организация",
        "department": "Структурное подразделение",
        "number": "Номер",
        "place": "Место составления",
        "effective_date": "Дата введения в действие",
        "status": "Статус",
        "status.draft": "проект",
        "status.approved": "утверждена",
        "sec.general": "Общие положения",
        "sec.functions": "Функции",
        "sec.duties": "Должностные обязанности",
        "sec.rights": "Права",
        "sec.liability": "Ответственность",
        "sec.relationships": "Взаимоотношения (связи по должности)",
        "sec.conditions": "Условия работы",
        "sec.performance": "Критерии оценки работы",
        "sec.final": "Заключительные положения",
        "summary": "Назначение должности",
        "category": "Категория работника",
        "category.worker": "рабочий",
        "category.specialist": "специалист",
        "category.manager": "руководитель",
        "category.technical": "технический исполнитель",
        "other_titles": "Другие наименования должности",
        "codes": "Коды по классификаторам",
        "code.okpdtr": "ОКПДТР",
        "code.okz": "ОКЗ",
        "code.isco08": "ISCO-08",
        "code.onet": "O*NET-SOC",
        "reports_to": "Непосредственный руководитель",
        "heads_organization": "Должность является руководящей должностью организации",
        "subordinates": "Подчинённые работники",
        "substitute": "На время отсутствия обязанности исполняет",
        "appointment": "Назначение на должность и освобождение от должности",
        "education": "Образование",
        "experience": "Стаж работы",
        "no_experience": "Требования к стажу работы не предъявляются.",
        "training": "Повышение квалификации",
        "preferred": "Предпочтительные требования",
        "knowledge": "Необходимые знания",
        "skills": "Необходимые умения",
        "qualities": "Личные качества",
        "guided_by": "Документы, которыми руководствуется работник",
        "rights.lead": "Работник имеет право:",
        "liability.lead": "Работник несёт ответственность:",
        "schedule": "Режим работы",
        "work_place": "Место работы",
        "travel": "Служебные командировки",
        "physical": "Физические нагрузки",
        "environment": "Условия на рабочем месте",
        "employment": "Характер работы",
        "essential": "основная функция",
        "marginal": "второстепенная функция",
        "share": "{share} % рабочего времени",
        "contract_appendix": (
            "Настоящая должностная инструкция является приложением к трудовому договору."
        ),
        "developed_by": "Разработано",
        "agreed": "СОГЛАСОВАНО",
        "signature": "Подпись",
        "date": "Дата",
        "ack.title": "Лист ознакомления",
        "ack.lead": "С должностной инструкцией ознакомлен(а), экземпляр получил(а).",
        "ack.no": "№",
        "ack.name": "Фамилия, имя, отчество",
        "ack.date": "Дата",
        "ack.passport": "Паспортные данные",
        "ack.signature": "Подпись",
    },
}

MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ),
    # Genitive, as a Russian date is written: «1 декабря 2026 г.»
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
        "августа", "сентября", "октября", "ноября", "декабря",
    ),
}
MONTHS_NOMINATIVE_RU: Final = (
    # Not printed, but typed: «1 декабрь 2026» is read as well as «1 декабря 2026».
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
    "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)


def phrase(language: str, key: str) -> str:
    """The phrase in the language, falling back to English for an unknown language."""
    return PHRASES.get(language, PHRASES["en"])[key]


def format_date(language: str, value: date) -> str:
    """A date as the document prints it: "1 December 2026" or «1 декабря 2026 г.»."""
    month = MONTHS.get(language, MONTHS["en"])[value.month - 1]
    # Four digits always, so that the year reads back (jdwizard.dates wants all four).
    if language == "ru":
        return f"{value.day} {month} {value.year:04d} г."
    return f"{value.day} {month} {value.year:04d}"
