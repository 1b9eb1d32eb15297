"""Dates in the languages newsmd reads: ``find_date(text, DateOptions(lang=...))``.

Rows are ``(text, lang, expected ISO or None, reason)``.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsmd
from newsmd import ParseOptions
from newsmd.dates import DateLine, DateOptions, find_date, parse_date, read_date_line


def ids(rows: list[Any]) -> list[Any]:
    """Each plain row as a param whose id is its reason."""
    return [pytest.param(*row, id=row[-1]) if type(row) is tuple else row for row in rows]


GERMAN_ROWS = [
    ("18. Oktober 2019", "de", "2019-10-18", "de: day. month year"),
    ("18.10.2019", "de", "2019-10-18", "de: dotted numeric"),
    ("18.10.2019, 18.30 Uhr", "de", "2019-10-18T18:30:00", "de: dotted time with Uhr is kept"),
    ("Veröffentlicht am 3. März 2021", "de", "2021-03-03", "de: label before the date, umlaut"),
    ("Freitag, 18. Oktober 2019", "de", "2019-10-18", "de: weekday before the date"),
    ("18. Okt. 2019", "de", "2019-10-18", "de: abbreviated month"),
    ("3. Jänner 2020", "de", "2020-01-03", "de: Austrian Jänner"),
    ("1. Mai 2020", "de", "2020-05-01", "de: Mai"),
    ("24. Dezember 2020", "de", "2020-12-24", "de: Dezember"),
    (
        "Aktualisiert am 18.10.2019 um 18:30 Uhr",
        "de",
        "2019-10-18T18:30:00",
        "de: um before the time",
    ),
    ("Von Anna Berger · 18. Oktober 2019", "de", "2019-10-18", "de: date after a byline"),
]

FRENCH_ROWS = [
    ("18 octobre 2019", "fr", "2019-10-18", "fr: day month year"),
    (
        "Publié le 18 octobre 2019 à 14:30",
        "fr",
        "2019-10-18T14:30:00",
        "fr: label, à and a colon time",
    ),
    (
        "Publié le 18 octobre 2019 à 14h30",
        "fr",
        "2019-10-18T14:30:00",
        "fr: label, à and a 14h30 time",
    ),
    ("vendredi 18 octobre 2019", "fr", "2019-10-18", "fr: weekday before the date"),
    ("12 février 2020", "fr", "2020-02-12", "fr: février with accent"),
    ("15 août 2020", "fr", "2020-08-15", "fr: août with circumflex"),
    ("3 décembre 2020", "fr", "2020-12-03", "fr: décembre"),
    ("1er mai 2020", "fr", "2020-05-01", "fr: 1er for the first"),
]

SPANISH_ROWS = [
    ("18 de octubre de 2019", "es", "2019-10-18", "es: de between the parts"),
    ("viernes, 18 de octubre de 2019", "es", "2019-10-18", "es: weekday before the date"),
    ("3 de marzo de 2021", "es", "2021-03-03", "es: marzo"),
    ("18 de octubre de 2019, 14:30", "es", "2019-10-18T14:30:00", "es: time after a comma"),
    ("18 de octubre de 2019 a las 14:30", "es", "2019-10-18T14:30:00", "es: a las before the time"),
    ("1º de mayo de 2020", "es", "2020-05-01", "es: 1º for the first"),
]

ITALIAN_ROWS = [
    ("18 ottobre 2019", "it", "2019-10-18", "it: day month year"),
    ("venerdì 18 ottobre 2019", "it", "2019-10-18", "it: weekday with accent"),
    ("3 maggio 2020", "it", "2020-05-03", "it: maggio"),
    ("18 ott 2019", "it", "2019-10-18", "it: abbreviated month"),
    ("18 ottobre 2019 alle 14:30", "it", "2019-10-18T14:30:00", "it: alle before the time"),
]

PORTUGUESE_ROWS = [
    ("18 de outubro de 2019", "pt", "2019-10-18", "pt: de between the parts"),
    ("sexta-feira, 18 de outubro de 2019", "pt", "2019-10-18", "pt: hyphenated weekday"),
    ("3 de março de 2021", "pt", "2021-03-03", "pt: março with cedilla"),
    ("3 de marco de 2021", "pt", "2021-03-03", "pt: marco without cedilla"),
    ("18 de outubro de 2019 às 14:30", "pt", "2019-10-18T14:30:00", "pt: às before the time"),
]

POLISH_ROWS = [
    ("18 października 2019 r.", "pl", "2019-10-18", "pl: genitive month and r."),
    ("piątek, 18 października 2019", "pl", "2019-10-18", "pl: weekday before the date"),
    ("1 maja 2020", "pl", "2020-05-01", "pl: maja"),
    ("24 grudnia 2020", "pl", "2020-12-24", "pl: grudnia"),
    ("18 października 2019 o 14:30", "pl", "2019-10-18T14:30:00", "pl: o before the time"),
]

ENGLISH_ROWS = [
    ("October 18, 2019", "en", "2019-10-18", "en: month day, year"),
    (
        "Oct. 18, 2019 at 9:04 a.m. ET",
        "en",
        "2019-10-18T09:04:00-04:00",
        "en: a.m. and ET in daylight saving time",
    ),
    (
        "December 3, 2019 at 9:04 a.m. ET",
        "en",
        "2019-12-03T09:04:00-05:00",
        "en: ET in winter is -05:00",
    ),
    ("October 18, 2019", "de", "2019-10-18", "English month names are read with lang de"),
    ("18 October 2019", "fr", "2019-10-18", "English month names are read with lang fr"),
]

DAY_FIRST_ROWS = [
    ("03/04/2013", "de", "2013-04-03", "numeric: German writes the day first"),
    ("03/04/2013", "en", "2013-03-04", "numeric: English writes the month first"),
    ("03/04/2013", None, "2013-03-04", "numeric: no language is month first"),
    ("03/04/2013", "fr", "2013-04-03", "numeric: French writes the day first"),
    ("03/04/2013", "es", "2013-04-03", "numeric: Spanish writes the day first"),
    ("03/04/2013", "it", "2013-04-03", "numeric: Italian writes the day first"),
    ("03/04/2013", "pt", "2013-04-03", "numeric: Portuguese writes the day first"),
    ("03/04/2013", "pl", "2013-04-03", "numeric: Polish writes the day first"),
    ("03.04.2013", "de", "2013-04-03", "numeric dotted, German"),
    ("13/04/2013", "en", "2013-04-13", "numeric: a first number over 12 is the day"),
    ("2013-04-03", "de", "2013-04-03", "ISO dates are never day first"),
]

NO_DATE_ROWS = [
    ("Mehr unter https://zeitung.de/2019/10/18/bruecke.html", "de", None, "URL: date in the path"),
    ("https://zeitung.de/archiv/18.10.2019/bruecke", "de", None, "URL: dotted date in the path"),
    ("https://example.com/2019/10/18/story", "en", None, "URL alone"),
    ("/news/2019-10-18/story", "en", None, "path without a scheme"),
    (
        "Quelle: https://example.com/2019/10/18/x, 3. März 2021",
        "de",
        "2021-03-03",
        "URL skipped, the date after it found",
    ),
    ("Der Zug fuhr gestern ab.", "de", None, "no date: a sentence"),
    ("Er wurde 1998 geboren und hat 3 Kinder.", "de", None, "no date: numbers in a sentence"),
    ("Ausgabe 18/10, Seite 2019", "de", None, "no date: issue and page numbers"),
    ("Version 18.10.2019a", "de", None, "no date: a version string"),
    ("", "de", None, "no date: empty text"),
    ("18. Oktober", "de", None, "year-less German date"),
    ("Am 18. Oktober sperrt die Stadt die Brücke.", "de", None, "year-less date in a sentence"),
    ("le 18 octobre", "fr", None, "year-less French date"),
    ("18 de octubre", "es", None, "year-less Spanish date"),
    ("October 18", "en", None, "year-less English date"),
    ("08.12.2022Bundesverband WindEnergie", "de", "2022-12-08", "a year the dump ran into a word"),
    ("vom 14. Oktober 2021PDF | 38 KB", "de", "2021-10-14", "a year run into a file type"),
    ("Die 2020er Jahre", "de", None, "no date: a decade"),
]

FIND_ROWS = (
    GERMAN_ROWS
    + FRENCH_ROWS
    + SPANISH_ROWS
    + ITALIAN_ROWS
    + PORTUGUESE_ROWS
    + POLISH_ROWS
    + ENGLISH_ROWS
    + DAY_FIRST_ROWS
    + NO_DATE_ROWS
)


@pytest.mark.parametrize(("text", "lang", "expected", "reason"), ids(FIND_ROWS))
def test_find_date(text: str, lang: str | None, expected: str | None, reason: str) -> None:
    assert find_date(text, DateOptions(lang=lang)) == expected


DAY_OF_DROPPED_TIME_ROWS = [
    ("18 de octubre de 2019 a las 14:30", "es", "2019-10-18", "es: a las"),
    ("18 ottobre 2019 alle 14:30", "it", "2019-10-18", "it: alle"),
    ("18 de outubro de 2019 às 14:30", "pt", "2019-10-18", "pt: às"),
]


@pytest.mark.parametrize(("text", "lang", "expected", "reason"), ids(DAY_OF_DROPPED_TIME_ROWS))
def test_find_date_reads_the_day_where_it_misses_the_time(
    text: str, lang: str, expected: str, reason: str
) -> None:
    """The day is read whatever words stand before the time."""
    found = find_date(text, DateOptions(lang=lang))
    assert found is not None
    assert found[:10] == expected


PARSE_ROWS = [
    ("18. Oktober 2019", "de", "2019-10-18", "de: just a date"),
    ("18. Oktober 2019, 18:30 Uhr", "de", "2019-10-18T18:30:00", "de: date and time"),
    ("18 de octubre de 2019", "es", "2019-10-18", "es: just a date"),
    ("Veröffentlicht am 3. März 2021", "de", None, "a label is not filler for parse_date"),
    ("18. Oktober", "de", None, "de: no year"),
    ("18. Oktober 19 Uhr", "de", None, "de: no year, 19 Uhr"),
    ("18. Oktober, 10 Uhr", "de", None, "de: no year, comma and 10 Uhr"),
]


@pytest.mark.parametrize(("text", "lang", "expected", "reason"), ids(PARSE_ROWS))
def test_parse_date(text: str, lang: str, expected: str | None, reason: str) -> None:
    assert parse_date(text, DateOptions(lang=lang)) == expected


def date_line(iso: str) -> DateLine:
    return DateLine("date", iso)


READ_LINE_ROWS = [
    ("18 octobre 2019", "fr", date_line("2019-10-18"), "fr: octobre starts like oct"),
    ("18 de octubre de 2019", "es", date_line("2019-10-18"), "es: octubre starts like oct"),
    ("3 marca 2021", "pl", date_line("2021-03-03"), "pl: marca starts like mar"),
    (
        "Publié le 18 octobre 2019 à 14h30",
        "fr",
        date_line("2019-10-18T14:30:00"),
        "fr: label and a 14h30 time",
    ),
    (
        "Mis à jour le 18 octobre 2019",
        "fr",
        DateLine("updated", "2019-10-18"),
        "fr: mis à jour is an update",
    ),
    (
        "Aktualisiert am 18.10.2019 um 18:30 Uhr",
        "de",
        DateLine("updated", "2019-10-18T18:30:00"),
        "de: aktualisiert is an update",
    ),
    ("18. Oktober 2019", "de", date_line("2019-10-18"), "de: Oktober"),
    ("Veröffentlicht am 3. März 2021", "de", date_line("2021-03-03"), "de: label and März"),
    ("12 février 2020", "fr", date_line("2020-02-12"), "fr: février"),
    ("Pubblicato il 18 ottobre 2019", "it", date_line("2019-10-18"), "it: label and ottobre"),
    ("Publicado em 18 de outubro de 2019", "pt", date_line("2019-10-18"), "pt: label and outubro"),
]


@pytest.mark.parametrize(("text", "lang", "expected", "reason"), ids(READ_LINE_ROWS))
def test_read_date_line(text: str, lang: str, expected: DateLine, reason: str) -> None:
    assert read_date_line(text, DateOptions(lang=lang)) == expected


GERMAN_BODY = (
    "Die Stadt hat am Dienstag beschlossen, dass die neue Brücke über den Fluss noch in diesem "
    "Jahr gebaut wird. Der Bürgermeister sagte, die Kosten seien höher als erwartet, aber die "
    "Pläne seien nun fertig und die Firma stehe bereit."
)

ARTICLE_DATE_ROWS = [
    ("18.10.2019", "2019-10-18", "numeric date line under the headline"),
    ("18. Oktober 2019", "2019-10-18", "German month name in the date line under the headline"),
]


@pytest.mark.parametrize(("date_text", "expected", "reason"), ids(ARTICLE_DATE_ROWS))
def test_german_article_date_line(date_text: str, expected: str, reason: str) -> None:
    """End to end: a plain German article (not a page) with a date line."""
    text = f"Neue Brücke für die Stadt\n\n{date_text}\n\n{GERMAN_BODY}\n\n{GERMAN_BODY}\n"
    article = newsmd.parse(text)
    assert article.lang == "de"
    assert article.date == expected
    assert newsmd.parse(text, ParseOptions(lang="de")).date == expected
