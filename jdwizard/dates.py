"""Dates as a person types them: 2026-12-01 everywhere, and 01.12.2026 in Russian."""

from __future__ import annotations

from datetime import date, datetime


def parse_date(text: str, language: str) -> date | None:
    """The date typed, None for an empty field; ValueError with a reason otherwise."""
    text = text.strip()
    if not text:
        return None
    formats = ["%Y-%m-%d", "%d.%m.%Y"] if language == "ru" else ["%Y-%m-%d"]
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    wanted = "YYYY-MM-DD or DD.MM.YYYY" if language == "ru" else "YYYY-MM-DD"
    raise ValueError(f'"{text}" is not a date; write it as {wanted}')


def date_text(value: date | None, language: str) -> str:
    """A date as the field shows it: the way a person of the language writes it."""
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y") if language == "ru" else value.isoformat()
