"""Datelines: the ``PLACE (Agency) -`` that opens a wire story.

Rows are ``(paragraph, expected (place, agency) or None, reason)``.
"""

from __future__ import annotations

import pytest

from newsmd.datelines import read_dateline

ROWS = [
    # place and agency
    (
        "WASHINGTON (Reuters) - The Federal Reserve held rates.",
        ("WASHINGTON", "Reuters"),
        "capital city, agency in parentheses, hyphen",
    ),
    (
        "KABUL, Afghanistan (AP) — A bomb exploded on Monday.",
        ("KABUL, Afghanistan", "AP"),
        "city and country before the agency are both the place; em dash",
    ),
    (
        "NEW YORK (AP) -- Stocks rose on Monday.",
        ("NEW YORK", "AP"),
        "two-word city, double-hyphen dash",
    ),
    (
        "RIO DE JANEIRO, Brazil (AP) — Rain fell.",
        ("RIO DE JANEIRO, Brazil", "AP"),
        "three-word city",
    ),
    (
        "PORT-AU-PRINCE, Haiti (AP) — Aid arrived.",
        ("PORT-AU-PRINCE, Haiti", "AP"),
        "hyphenated city",
    ),
    (
        "WASHINGTON, D.C. (AP) — Congress met.",
        ("WASHINGTON, D.C.", "AP"),
        "abbreviated region with periods",
    ),
    ("BEIJING (Xinhua) -- Exports rose.", ("BEIJING", "Xinhua"), "Xinhua"),
    ("PARIS (AFP) - Strikes spread.", ("PARIS", "AFP"), "AFP"),
    ("BERLIN, March 3 (dpa) - Talks began.", ("BERLIN", "dpa"), "date and agency"),
    (
        "London (Reuters) - Shares fell.",
        ("London", "Reuters"),
        "mixed-case place is accepted with an agency",
    ),
    (
        "WASHINGTON (Acme Wire) - Rates held.",
        ("WASHINGTON", None),
        "unknown agency: place kept, agency unknown",
    ),
    ("WASHINGTON(Reuters)- Rates held.", ("WASHINGTON", "Reuters"), "no spaces around agency"),
    ("Hamburg (dpa/lno) - Der Hafen meldet Rekorde.", ("Hamburg", "dpa"), "de: dpa and its desk"),
    ("Berlin (KNA) - Die Bischöfe tagten.", ("Berlin", "KNA"), "de: church news agency"),
    ("PARIS (AFP/dpa) - Strikes spread.", ("PARIS", "AFP"), "two agencies: the first"),
    (
        "BAKERSFIELD, Calif., March 14, 2024 /PRNewswire/ -- Northwind said.",
        ("BAKERSFIELD", "PR Newswire"),
        "press release: date with its year, then the wire service",
    ),
    ("Madrid, 7 mar (EFE).- El Banco Central Europeo.", ("Madrid", "EFE"), "es: EFE style"),
    ("Roma, 7 marzo (ANSA) - Il governo ha deciso.", ("Roma", "ANSA"), "it: day, month"),
    ("PARIS, 7 mars (AFP) - La grève continue.", ("PARIS", "AFP"), "fr: day, month"),
    ("Berlin, 7. März (dpa) - Die Regierung tagte.", ("Berlin", "dpa"), "de: day. month"),
    # dated form: the city alone
    (
        "SAN JOSE, Calif., March 31 - Acme Corp said profit rose.",
        ("SAN JOSE", None),
        "dated form: city alone, state dropped",
    ),
    (
        "ROTTERDAM, March 4 - Noordhaven said volumes rose.",
        ("ROTTERDAM", None),
        "city and date",
    ),
    (
        "ST. LOUIS, March 3 - The Fed said.",
        ("ST. LOUIS", None),
        "abbreviated Saint in the city",
    ),
    (
        "NEW YORK, Jan. 5 (Reuters) - Stocks rose.",
        ("NEW YORK", "Reuters"),
        "abbreviated month, then agency",
    ),
    (
        "La paz, march 4 - Bolivia said it would export more gas.",
        ("La paz", None),
        "lower-case month still makes a date; place as written",
    ),
    # capitals alone
    ("LONDON - Shares fell.", ("LONDON", None), "a place in capitals needs no agency or date"),
    ("WASHINGTON —", ("WASHINGTON", None), "dash at the end of the paragraph"),
    # not datelines
    ("Meanwhile, analysts - said the move was expected.", None, "prose with a spaced dash"),
    ("The company said it would expand - and hire.", None, "dash inside a sentence"),
    ("London - Shares fell.", None, "mixed-case place with neither agency nor date"),
    ("Jane Doe - a reporter - said so.", None, "a name and a dash is not a dateline"),
    ("WASHINGTON: The Fed said.", None, "a colon is not a dateline dash"),
    ("WASHINGTON-based firms said.", None, "an unspaced hyphen in a word"),
    ("WASHINGTON", None, "a place without a dash"),
    ("The mayor resigned on Monday.", None, "an ordinary sentence"),
    ("Shr 28 cts vs five cts", None, "a table row"),
    ("1-0 - said the scoreboard.", None, "must start with a capital letter"),
    ("", None, "empty paragraph"),
    # regressions: bugs found and fixed while these tests were written
    ("BREAKING - The mayor resigned on Monday.", None, "BREAKING label is not a place"),
    ("UPDATE - The mayor resigned on Monday.", None, "UPDATE label is not a place"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ROWS, ids=[row[-1] for row in ROWS])
def test_read_dateline(text, expected, reason):
    found = read_dateline(text)
    assert (None if found is None else (found.place, found.agency)) == expected, reason


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("NEW YORK, Jan. 5, 2023 /PRNewswire/ -- Acme said.", "2023-01-05"),
        ("BAKERSFIELD, Calif., March 14 2024 /Business Wire/ -- Northwind said.", "2024-03-14"),
        ("NEW YORK, Jan. 5 (Reuters) - Stocks rose.", None),  # no year: no date
        ("WASHINGTON (Reuters) - The Federal Reserve held rates.", None),
    ],
)
def test_the_date_a_dateline_gives_with_its_year(paragraph: str, expected: str | None) -> None:
    found = read_dateline(paragraph)
    assert found is not None
    assert found.date == expected


@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        ("PARIS, 7 mars 2024 (AFP) - Des milliers.", "fr", ("PARIS", "AFP", "2024-03-07")),
        ("Madrid, 7 de marzo de 2024 (EFE).- El Gobierno.", "es", ("Madrid", "EFE", "2024-03-07")),
        ("Roma, 7 marzo 2024 (ANSA) - Il governo ha.", "it", ("Roma", "ANSA", "2024-03-07")),
        ("Berlin, 7. März 2024 (dpa) - Die Regierung.", "de", ("Berlin", "dpa", "2024-03-07")),
        ("Madrid, 7 mar (EFE).- El Gobierno aprobó.", "es", ("Madrid", "EFE", None)),
        ("Lisboa, 14 mai 2024 (Lusa) - O Governo.", "pt", ("Lisboa", "Lusa", "2024-05-14")),
        ("DEN HAAG, 14 mei 2024 (ANP) - Het kabinet.", "nl", ("DEN HAAG", "ANP", "2024-05-14")),
    ],
)  # fmt: skip
def test_a_day_month_year_dateline_in_the_texts_language(
    paragraph: str, lang: str, expected: tuple[str, str, str | None]
) -> None:
    found = read_dateline(paragraph, lang)
    assert found is not None
    assert (found.place, found.agency, found.date) == expected
