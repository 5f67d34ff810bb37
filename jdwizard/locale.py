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
        "code.eks": "EKS",
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
        "ack.position": "Position",
        "ack.revision": "Acknowledged revision No. {number} of {date}:",
        "rev.title": "Revision history",
        "rev.no": "No.",
        "rev.changes": "Changes",
        "rev.date": "Date",
        "rev.basis": "Basis (order)",
        "blank_short_date": "____-__-__",
        "approved_by_order": "APPROVED",
        "by_order": "by order of {organization} of {date} No. {number}",
        "by_order_no_org": "by order of {date} No. {number}",
        "number_sign": "No.",
        "draft_mark": "DRAFT",
        "hint.signature": "(signature)",
        "hint.name": "(full name)",
        "hint.position": "(position)",
        "blank_date": "____ / ____ / 20__",
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
        "summary": "Цель должности",
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
        "code.eks": "ЕКС",
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
        "developed_by": "Разработана",
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
        "ack.position": "Должность",
        "ack.revision": "С изменением № {number} от {date} ознакомлен(ы):",
        "rev.title": "Лист регистрации изменений",
        "rev.no": "№ п/п",
        "rev.changes": "Содержание изменения",
        "rev.date": "Дата",
        "rev.basis": "Основание (приказ)",
        "blank_short_date": "__.__.____",
        "approved_by_order": "УТВЕРЖДЕНА",
        "by_order": "приказом {organization} от {date} № {number}",
        "by_order_no_org": "приказом от {date} № {number}",
        "number_sign": "№",
        "draft_mark": "ПРОЕКТ",
        "hint.signature": "(подпись)",
        "hint.name": "(И.О. Фамилия)",
        "hint.position": "(должность)",
        "blank_date": "«___» __________ 20__ г.",
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


def short_date(language: str, value: date) -> str:
    """A date as a table or a reference writes it: 15.03.2027 in Russian, 2027-03-15 in
    English (ISO: in US practice 03.15.2027 and 15.03.2027 would be read two ways)."""
    if language == "ru":
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
