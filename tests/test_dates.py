"""Dates as a person types them, and as the tool itself prints them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdwizard.dates import date_text, parse_date
from jdwizard.locale import format_date

LANGUAGES = ["en", "ru"]
DECEMBER_1 = date(2026, 12, 1)


@given(st.dates(), st.sampled_from(LANGUAGES))
def test_a_printed_date_reads_back(value: date, language: str) -> None:
    assert parse_date(format_date(language, value), language) == value


@given(st.dates(), st.sampled_from(LANGUAGES))
def test_a_date_as_the_field_shows_it_reads_back(value: date, language: str) -> None:
    assert parse_date(date_text(value, language), language) == value


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-01",
        "1 декабря 2026 г.", "1 декабря 2026 г", "1 декабря 2026", "1 Декабря 2026",
        "1 ДЕКАБРЯ 2026 Г.", "1 декабрь 2026", "01 декабря 2026 года", "1\xa0декабря\xa02026\xa0г.",
        "1 December 2026", "1 december 2026", "1 Dec 2026", "December 1, 2026", "Dec 1, 2026",
        "dec 1, 2026", "DECEMBER 1 2026", "  December 1, 2026  ",
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_written_forms_are_read_in_either_language(text: str, language: str) -> None:
    assert parse_date(text, language) == DECEMBER_1


def test_month_names_of_every_month() -> None:
    for month in range(1, 13):
        value = date(2026, month, 2)
        for language in LANGUAGES:
            assert parse_date(format_date(language, value), "en") == value
        short = format_date("en", value).split()[1][:3]
        assert parse_date(f"{short} 2, 2026", "ru") == value


def test_the_dotted_form_is_russian() -> None:
    assert parse_date("01.12.2026", "ru") == DECEMBER_1
    assert parse_date("1.12.2026", "ru") == DECEMBER_1


def test_the_dotted_form_is_refused_in_english_and_the_message_says_why() -> None:
    with pytest.raises(ValueError) as caught:
        parse_date("01.12.2026", "en")
    message = str(caught.value)
    assert "January 12" in message  # how a US reader takes it
    assert "2026-12-01" in message and "1 December 2026" in message  # what to write instead


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_is_no_date(language: str) -> None:
    assert parse_date("  ", language) is None


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("31.02.2026", "ru", "there is no 31 February 2026: February 2026 has 28 days"),
        ("2026-02-30", "en", "there is no 30 February 2026: February 2026 has 28 days"),
        ("29.02.2028", "ru", None),
        ("2027-02-29", "ru", "February 2027 has 28 days"),
        ("31 апреля 2026 г.", "ru", "there is no 31 April 2026: April 2026 has 30 days"),
        ("June 31, 2026", "en", "there is no 31 June 2026: June 2026 has 30 days"),
        ("01.13.2026", "ru", "there is no month 13"),
        ("0 December 2026", "en", "there is no day 0"),
    ],
)
def test_an_impossible_date_says_why(text: str, language: str, reason: str | None) -> None:
    if reason is None:
        assert parse_date(text, language) == date(2028, 2, 29)
        return
    with pytest.raises(ValueError) as caught:
        parse_date(text, language)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("yesterday", '"yesterday" is not a date'),
        ("1 Dezember 2026", '"Dezember" is not a month'),
        ("01.12.26", "four digits"),
        ("1 декабря 26 г.", "four digits"),
    ],
)
def test_text_that_is_no_date_says_what_to_write(text: str, reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_date(text, "ru")
    message = str(caught.value)
    assert reason in message
    assert "2026-12-01" in message  # an example of a form that is read


@pytest.mark.parametrize(
    ("text", "language"),
    [("31.02.2026", "ru"), ("yesterday", "en"), ("01.12.2026", "en"), ("1 Dezember 2026", "ru"),
     ("01.13.2026", "ru")],
)
def test_a_message_reads_after_the_fields_label(text: str, language: str) -> None:
    # The caller shows "Effective date: <message>": the message names no field, starts in
    # the middle of a sentence and is one line.
    with pytest.raises(ValueError) as caught:
        parse_date(text, language)
    message = str(caught.value)
    assert not message[0].isupper(), message
    assert "\n" not in message and not message.endswith((".", ";", ":"))
    assert "date:" not in message.casefold() and "field" not in message.casefold()
