"""Dates as a person types them, and as jdwizard itself prints them.

Read in a document of either language, because people paste what they have: 2026-12-01,
«1 декабря 2026 г.» (any case, with or without «г.», the month also in the nominative),
"1 December 2026", "December 1, 2026", "Dec 1, 2026". 01.12.2026 is read only in a Russian
document: in US practice it means January 12.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from jdwizard import uilang
from jdwizard.locale import MONTHS, MONTHS_NOMINATIVE_RU, format_date
from jdwizard.uilang import t

_ISO: Final = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_DOTTED: Final = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d+)")
_DAY_FIRST: Final = re.compile(
    r"(?P<day>\d{1,2}) (?P<month>[^\W\d_]+)\.?,? (?P<year>\d+)(?: ?(?:г\.?|года))?",
    re.IGNORECASE,
)
_MONTH_FIRST: Final = re.compile(
    r"(?P<month>[^\W\d_]+)\.? (?P<day>\d{1,2}),? (?P<year>\d+)", re.IGNORECASE
)


def _month_numbers() -> dict[str, int]:
    names: dict[str, int] = {}
    for months in (MONTHS["en"], MONTHS["ru"], MONTHS_NOMINATIVE_RU):
        for number, name in enumerate(months, 1):
            names[name.casefold()] = number
    for number, name in enumerate(MONTHS["en"], 1):
        names[name[:3].casefold()] = number  # Dec, and May, which is the whole name
    return names


_MONTH_NUMBERS: Final = _month_numbers()


def parse_date(text: str, language: str) -> date | None:
    """The date typed, None for an empty field; ValueError with a reason otherwise.

    The reason names no field: the caller puts the field's label before it.
    """
    typed = " ".join(text.split())  # also the no-break spaces of a pasted «2026 г.»
    if not typed:
        return None
    if match := _ISO.fullmatch(typed):
        return _make(typed, match, language)
    if match := _DOTTED.fullmatch(typed):
        if language != "ru":
            raise ValueError(_dotted_in_english(typed, match))
        return _make(typed, match, language)
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        if match := pattern.fullmatch(typed):
            return _make(typed, match, language)
    raise ValueError(t('"{typed}" is not a date; {wanted}', typed=typed,
                       wanted=_wanted(language)))


def _make(typed: str, match: re.Match[str], language: str) -> date:
    if len(match["year"]) != 4:
        # 01.12.26 would otherwise be the year 26.
        raise ValueError(t('"{typed}": the year needs all four digits; {wanted}',
                           typed=typed, wanted=_wanted(language)))
    month = match["month"]
    number = int(month) if month.isdigit() else _MONTH_NUMBERS.get(month.casefold())
    if number is None:
        raise ValueError(t('"{month}" is not a month name; {wanted}', month=month,
                           wanted=_wanted(language)))
    return _valid_date(int(match["year"]), number, int(match["day"]))


def _valid_date(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise ValueError(t("there is no month {month}: months run from 1 to 12", month=month))
    if day < 1:
        raise ValueError(t("there is no day {day}: days are counted from 1", day=day))
    if year < 1:
        raise ValueError(t("there is no year 0: years are counted from 1"))
    import calendar  # only an impossible date needs it

    last = calendar.monthrange(year, month)[1]
    if day > last:
        # The month by name in the interface's language: «31 февраля» reads at once.
        name = MONTHS.get(uilang.current(), MONTHS["en"])[month - 1]
        raise ValueError(t("there is no {day} {name} {year}: {name} {year} has {last} days",
                           day=day, name=name, year=year, last=last))
    return date(year, month, day)


def _dotted_in_english(typed: str, match: re.Match[str]) -> str:
    first, second = int(match["day"]), int(match["month"])
    if 1 <= first <= 12:
        meant_us = f"{MONTHS['en'][first - 1]} {second}"
        reason = t("an English document does not read dates with dots: in US practice "
                   "{typed} means {meant}", typed=typed, meant=meant_us)
    else:
        reason = t("an English document does not read dates with dots "
                   "(in US practice the month comes first)")
    try:
        meant = _valid_date(int(match["year"]), second, first)
    except ValueError:
        return f"{reason}; {_wanted('en')}"
    return f"{reason}; " + t("write it as {one} or {other}", one=meant.isoformat(),
                             other=format_date("en", meant))


def _wanted(language: str) -> str:
    """The forms a date is read in, with examples in the document's language."""
    if language == "ru":
        two, three = "01.12.2026", "1 декабря 2026"
    else:
        two, three = "1 December 2026", "December 1, 2026"
    return t("write it as {one}, {two} or {three}", one="2026-12-01", two=two, three=three)


def date_text(value: date | None, language: str) -> str:
    """A date as the field shows it: the way a person of the language writes it."""
    if value is None:
        return ""
    if language == "ru":
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return value.isoformat()
