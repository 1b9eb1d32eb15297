"""Dates: ``parse_date`` gives ISO 8601 or None, never a guess from today's date.

Rows are ``(text, expected ISO or None, reason)``.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsmd.dates import DateOptions, parse_date, read_date_line

PARSE_ROWS = [
    # dates
    ("June 19, 2013", "2013-06-19", "month day, year"),
    ("19 June 2013", "2013-06-19", "day month year"),
    ("june 19, 2013", "2013-06-19", "lower-case month"),
    ("JUNE 19, 2013", "2013-06-19", "upper-case month"),
    ("Jun. 19, 2013", "2013-06-19", "abbreviated month with period"),
    ("June 19th, 2013", "2013-06-19", "ordinal day"),
    ("Wednesday, June 19, 2013", "2013-06-19", "weekday before the date"),
    ("2013-06-19", "2013-06-19", "ISO date"),
    ("2013/06/19", "2013-06-19", "year first with slashes"),
    ("19.06.2013", "2013-06-19", "dotted day.month.year"),
    ("07.03.2024", "2024-03-07", "dotted and ambiguous: the day first, in any language"),
    ("7.3.2024 15:30", "2024-03-07T15:30:00", "dotted, one digit each, with a time"),
    ("the 19th of June, 2013", "2013-06-19", "filler words around the date"),
    ("03/04/2013", "2013-03-04", "ambiguous numeric date is month first by default"),
    ("13/04/2013", "2013-04-13", "day first when the first number cannot be a month"),
    # times and zones
    ("2013-06-19T14:03:00Z", "2013-06-19T14:03:00+00:00", "ISO timestamp with Z is UTC"),
    ("2013-06-19T14:03:00+02:00", "2013-06-19T14:03:00+02:00", "ISO timestamp with offset"),
    ("2013-06-19T14:03:00", "2013-06-19T14:03:00", "ISO timestamp without zone: no offset"),
    ("2013-06-19 14:03 EDT", "2013-06-19T14:03:00-04:00", "EDT is -04:00"),
    ("2013-06-19 14:03 EST", "2013-06-19T14:03:00-05:00", "EST is -05:00, even in June"),
    ("2013-06-19 14:03 GMT", "2013-06-19T14:03:00+00:00", "GMT is +00:00"),
    ("2013-06-19 14:03 UTC", "2013-06-19T14:03:00+00:00", "UTC is +00:00"),
    ("2013-06-19 14:03 BST", "2013-06-19T14:03:00+01:00", "BST is +01:00"),
    ("2013-06-19 14:03 CEST", "2013-06-19T14:03:00+02:00", "CEST is +02:00"),
    (
        "Jun. 19, 2013 at 9:04 a.m. ET",
        "2013-06-19T09:04:00-04:00",
        "a.m. understood; ET in June is daylight time -04:00",
    ),
    (
        "Jan. 19, 2013 at 9:04 a.m. ET",
        "2013-01-19T09:04:00-05:00",
        "ET in January is standard time -05:00",
    ),
    ("Jan 19, 2013 2:03 p.m. PT", "2013-01-19T14:03:00-08:00", "p.m.; PT in January is -08:00"),
    ("Jul 19, 2013 2:03 p.m. PT", "2013-07-19T14:03:00-07:00", "PT in July is -07:00"),
    ("Wed June 19, 2013 3:15 PM", "2013-06-19T15:15:00", "PM time without a zone: no offset"),
    ("June 19, 2013 12:00 AM", "2013-06-19T00:00:00", "12 AM is midnight"),
    ("June 19, 2013 12:00 PM", "2013-06-19T12:00:00", "12 PM is noon"),
    ("June 19, 2013 at 00:00", "2013-06-19T00:00:00", "explicit midnight is a time, not a date"),
    ("June 19, 2013 13:13", "2013-06-19T13:13:00", "time equal to a default is still read"),
    ("June 19, 2013 14:03:27", "2013-06-19T14:03:27", "seconds kept"),
    ("June 19, 2013 09.00 BST", "2013-06-19T09:00:00+01:00", "dotted British time"),
    (
        "11:42 AM EDT, Thu August 22, 2019",
        "2019-08-22T11:42:00-04:00",
        "time before the date",
    ),
    # missing parts: no date rather than a guess
    ("June 19", None, "no year: no date"),
    ("Monday, March 3", None, "weekday and day, no year: no date"),
    ("June 2013", None, "no day: no date"),
    ("2013", None, "a year alone is no date"),
    ("Monday", None, "a weekday alone is no date"),
    ("14:03", None, "a time alone is no date"),
    ("9:04 a.m.", None, "a.m. time alone is no date"),
    ("", None, "empty text"),
    ("   ", None, "blank text"),
    # not only a date
    ("Not a date June 19, 2013", None, "words before the date"),
    ("June 19, 2013 by the river", None, "words after the date"),
    ("The plan was approved on June 19, 2013", None, "a sentence holding a date"),
    ("June 19, 2013 FBI", None, "an acronym after the date"),
    ("Feb 30, 2013", None, "impossible day"),
    ("June 19, 2013 noon", None, "noon is not read"),
    # regressions: bugs found and fixed while these tests were written
    ("June 19, 2013 9 a.m.", "2013-06-19T09:00:00", "time on the hour without minutes is kept"),
    (
        "June 19, 2013 3 PM ET",
        "2013-06-19T15:00:00-04:00",
        "hour-only time with a zone keeps time and offset",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), PARSE_ROWS, ids=[row[-1] for row in PARSE_ROWS]
)
def test_parse_date(text, expected, reason):
    assert parse_date(text) == expected, reason


DAYFIRST_ROWS = [
    ("03/04/2013", "2013-04-03", "03/04 is 3 April"),
    ("03.04.2013", "2013-04-03", "dotted 03.04 is 3 April"),
    ("12/31/2013", "2013-12-31", "an impossible month still falls back to month first"),
    ("2013-04-13", "2013-04-13", "ISO date with day over 12 is unambiguous"),
    ("June 19, 2013", "2013-06-19", "month names are not affected"),
    ("2013-04-03", "2013-04-03", "ISO date is year-month-day whatever dayfirst says"),
    (
        "2013-04-03T14:03:00Z",
        "2013-04-03T14:03:00+00:00",
        "ISO timestamp is year-month-day whatever dayfirst says",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), DAYFIRST_ROWS, ids=[row[-1] for row in DAYFIRST_ROWS]
)
def test_parse_date_dayfirst(text, expected, reason):
    assert parse_date(text, DateOptions(dayfirst=True)) == expected, reason


TODAY_SENSITIVE = ["June 19", "Monday, March 3", "March", "Monday", "14:03", "June 2013"]


@pytest.mark.parametrize("text", TODAY_SENSITIVE)
def test_result_never_takes_parts_from_today(text):
    """Whatever the text leaves out is not filled from the clock."""
    assert parse_date(text) is None
    assert parse_date(text, DateOptions(dayfirst=True)) is None


def test_full_date_does_not_depend_on_defaults():
    """Two parses of a full date agree with each other and with the text."""
    assert parse_date("June 19, 2013 14:03 EDT") == parse_date("June 19, 2013 14:03 EDT")
    assert parse_date("December 28, 2008 13:13:13") == "2008-12-28T13:13:13"
    assert parse_date("January 1, 2004 00:00:00") == "2004-01-01T00:00:00"


DATE_LINE_ROWS = [
    ("June 19, 2013", ("date", "2013-06-19"), "a bare date is the publication date"),
    ("Published: June 19, 2013", ("date", "2013-06-19"), "Published label"),
    ("Posted on June 19, 2013", ("date", "2013-06-19"), "Posted on label"),
    (
        "Published: 2021-10-14 09:47 EDT",
        ("date", "2021-10-14T09:47:00-04:00"),
        "Published timestamp with EDT",
    ),
    ("Posted: 2013-06-19T14:03:00Z", ("date", "2013-06-19T14:03:00+00:00"), "ISO T after label"),
    (
        "Updated 11:42 AM EDT, Thu August 22, 2019",
        ("updated", "2019-08-22T11:42:00-04:00"),
        "Updated label gives the updated date",
    ),
    ("Last modified: June 20, 2013", ("updated", "2013-06-20"), "modified is an update"),
    ("Monday, March 3", ("date", None), "yearless date is a date line with no date"),
    ("Monday", None, "a weekday alone is not a date line"),
    ("The plan was approved in March 2013", None, "a sentence is not a date line"),
    ("See https://example.com/2013/06/19/story", None, "a URL is not a date line"),
    ("Updated", None, "a label alone is not a date line"),
    (
        "Madrid - 04 Feb 2025 - 13:45 CET",
        ("date", "2025-02-04T13:45:00+01:00"),
        "a place before the date, a dash between",
    ),
    ("London, 7 March 2024", ("date", "2024-03-07"), "a place before the date, a comma between"),
    ("Page 2 - 7 March 2024", None, "a word and a number are no place"),
    ("Shares - 4 percent", None, "a place needs a date after it"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), DATE_LINE_ROWS, ids=[row[-1] for row in DATE_LINE_ROWS]
)
def test_read_date_line(text, expected, reason):
    found = read_date_line(text)
    assert (None if found is None else (found.kind, found.iso)) == expected, reason


YEAR_ROWS = [
    (DateOptions(year=2014), "2014-03-03", "--year supplies the year"),
    (DateOptions(now=date(2014, 6, 1)), "2014-03-03", "--now: this year when already past"),
    (DateOptions(), None, "no option: the year is not guessed"),
]


@pytest.mark.parametrize(
    ("options", "expected", "reason"), YEAR_ROWS, ids=[row[-1] for row in YEAR_ROWS]
)
def test_yearless_date_line_takes_year_only_from_options(options, expected, reason):
    found = read_date_line("Monday, March 3", options)
    assert found is not None
    assert found.iso == expected, reason
    assert found.inferred


def test_yearless_date_with_weekday_is_not_resolved_to_another_weekday():
    found = read_date_line("Monday, March 3", DateOptions(now=date(2014, 1, 15)))
    assert found is not None
    assert found.iso is None or date.fromisoformat(found.iso).weekday() == 0


@pytest.mark.filterwarnings("ignore::dateutil.parser.UnknownTimezoneWarning")
def test_unknown_zone_is_not_silently_dropped():
    result = parse_date("June 19, 2013 14:03 HKT")
    assert result is None or result.endswith("+08:00")
