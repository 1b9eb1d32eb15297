"""Header lines (bylines with dates and agencies) and credit lines.

Rows are ``(text, expected, reason)``.
"""

from __future__ import annotations

import pytest

from newsmd.dates import DateOptions
from newsmd.header import read_credits, read_header_line

HEADER_ROWS = [
    ("By Jane Doe | June 19, 2013", (("Jane Doe",), None, (("date", "2013-06-19"),)),
     "byline and date joined by a bar"),
    ("Jane Doe | Reuters", (("Jane Doe",), "Reuters", ()), "bare name backed by an agency"),
    ("Jane Doe, Staff Writer", (("Jane Doe",), None, ()), "bare name backed by a job title"),
    ("By Tom Krisher, AP Auto Writer", (("Tom Krisher",), "AP", ()),
     "agency taken out of a job title"),
    ("Jane Doe · Updated June 20, 2013", (("Jane Doe",), None, (("updated", "2013-06-20"),)),
     "bare name backed by an update date"),
    ("Published June 19, 2013 | Updated June 20, 2013", ((), None,
     (("date", "2013-06-19"), ("updated", "2013-06-20"))), "two dates, no names"),
    ("Jane Doe", None, "a bare name alone is not enough"),
    ("Jane Doe | John Roe", None, "two bare names back nothing"),
    ("Oil prices | Markets", None, "menu items are not names"),
    ("By Jane Doe | Click here to subscribe", None, "one unknown item spoils the line"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "reason"), HEADER_ROWS, ids=[r[-1] for r in HEADER_ROWS]
)
def test_read_header_line(text, expected, reason):
    found = read_header_line(text, DateOptions(), bare_names=True)
    got = None if found is None else (found.names, found.agency, found.dates)
    assert got == expected, reason


def test_bare_names_need_permission():
    assert read_header_line("Jane Doe | Reuters", DateOptions(), bare_names=False) is None
    found = read_header_line("By Jane Doe | Reuters", DateOptions(), bare_names=False)
    assert found is not None
    assert found.values() == (("author", "Jane Doe"), ("source", "Reuters"))


CREDIT_ROWS = [
    ("(Reporting by Jane Doe; Editing by John Roe)",
     ("Reporting by Jane Doe", "Editing by John Roe"), "Reuters trailer in brackets"),
    ("Reporting by Jane Doe in Tokyo; Additional reporting by Ann Poe; Writing by Li Wei",
     ("Reporting by Jane Doe in Tokyo", "Additional reporting by Ann Poe", "Writing by Li Wei"),
     "trailer without brackets, three credits"),
    ("Associated Press writer Ann Poe in Paris contributed to this report.",
     ("Associated Press writer Ann Poe in Paris contributed to this report",),
     "AP contributor line"),
    ("-- AP writer John Roe contributed to this report.",
     ("AP writer John Roe contributed to this report",), "AP contributor line with dashes"),
    ("Contributing: Jane Doe and John Roe", ("Contributing: Jane Doe and John Roe",),
     "USA Today style contributors"),
    ("Reporting by phone was difficult, officials said, as lines were down.", (),
     "a sentence starting like a credit is prose"),
    ("(Reporting by Jane Doe; the mayor declined to comment)", (),
     "every part must be a credit"),
    ("Officials said she contributed to this report on the floods last year and many others.", (),
     "contributed inside a sentence is prose"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "reason"), CREDIT_ROWS, ids=[r[-1] for r in CREDIT_ROWS]
)
def test_read_credits(text, expected, reason):
    assert read_credits(text) == expected, reason
