"""E-mail: header lines in the languages mail programs print, the header as a run at
the top (or under a forwarded-message line), and what it gives the article: the
title when there is no headline, the date when there is no date line."""

from __future__ import annotations

import pytest

import newsmd
from newsmd.mail import MailField, header_run, is_forward_marker, mail_field
from newsmd.model import Role
from newsmd.normalize import normalize
from newsmd.segment import segment

ARTICLE = (
    "Ferry fares to rise in May\n\n"
    "By Colette Amari\n\n"
    "Fares on the Lakeshore ferry will rise by 12 percent from May 1, the transit "
    "authority said on Wednesday, blaming fuel prices.\n\n"
    "The board will hear public comment on April 24.\n"
)
HEADER_EN = (
    "From: The Lakeshore Ledger <briefing@example.org>\n"
    "Sent: Thursday, April 11, 2024 6:45 AM\n"
    "To: desk@example.org\n"
    "Subject: Morning Briefing: fares to rise\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("From: Jane Doe <jane@example.org>", ("from", "Jane Doe <jane@example.org>"), "en"),
        ("Sent: Tuesday, March 7, 2023 6:02 AM", ("date", "Tuesday, March 7, 2023 6:02 AM"), "en"),
        ("Subject: Rates on hold", ("subject", "Rates on hold"), "en"),
        ("Betreff: Zinsen bleiben", ("subject", "Zinsen bleiben"), "de"),
        ("Gesendet: Dienstag, 7. März 2023 06:02", ("date", "Dienstag, 7. März 2023 06:02"), "de"),
        ("Objet : Les taux restent", ("subject", "Les taux restent"), "fr, space before colon"),
        ("Envoyé : mardi 7 mars 2023", ("date", "mardi 7 mars 2023"), "fr"),
        ("Asunto: Tipos sin cambios", ("subject", "Tipos sin cambios"), "es"),
        ("Oggetto: Tassi fermi", ("subject", "Tassi fermi"), "it"),
        ("Onderwerp: Rente blijft", ("subject", "Rente blijft"), "nl"),
        ("Temat: Stopy bez zmian", ("subject", "Stopy bez zmian"), "pl"),
        ("SUBJECT: Rates on hold", ("subject", "Rates on hold"), "any case"),
        ("Subject:", None, "no value"),
        ("Note: the figures are provisional", None, "not a header name"),
        ("From the archive: a ferry in 1931", None, "a phrase, not a header name"),
    ],
)
def test_mail_field(text: str, expected: tuple[str, str] | None, reason: str) -> None:
    found = mail_field(text)
    assert (None if found is None else tuple(found)) == expected, reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---------- Forwarded message ---------", True),
        ("-----Original Message-----", True),
        ("-------- Ursprüngliche Nachricht --------", True),
        ("Begin forwarded message:", True),
        ("-------- Message transféré --------", True),
        ("The original message was lost in the move.", False),
        ("----------", False),
    ],
)
def test_is_forward_marker(text: str, expected: bool) -> None:
    assert is_forward_marker(text) is expected


def blocks(text: str) -> list[newsmd.model.Block]:
    return list(segment(normalize(text)))


def test_a_header_at_the_top_is_one_run() -> None:
    found = blocks(HEADER_EN + ARTICLE)
    run = header_run(found, 0)
    assert run is not None
    fields = [mail_field(line.text) for index in run for line in found[index].lines]
    assert [field.field for field in fields if isinstance(field, MailField)] == [
        "from",
        "date",
        "to",
        "subject",
    ]


def test_header_lines_below_the_top_are_no_header() -> None:
    text = ARTICLE + "\nFrom: Jane Doe\nSubject: Fares\n"
    found = blocks(text)
    last = len(found) - 1
    assert header_run(found, last) is None


def test_a_header_needs_from_or_subject() -> None:
    found = blocks("To: desk@example.org\nDate: 7 March 2023\n\n" + ARTICLE)
    assert header_run(found, 0) is None


def test_a_header_needs_two_lines() -> None:
    found = blocks("Subject: Fares\n\n" + ARTICLE)
    assert header_run(found, 0) is None


def test_a_header_under_a_forwarded_message_line() -> None:
    text = "FYI, see below.\n\n-----Original Message-----\n" + HEADER_EN + ARTICLE
    article = newsmd.parse(text)
    dropped = {item.block.first_line: item.verdict.rule for item in article.dropped}
    assert dropped[3] == "mail_header"  # the marker
    assert all(dropped[number] == "mail_header" for number in range(4, 8))
    assert article.title == "Ferry fares to rise in May"
    assert "forwarding mail's own text" in article.dropped[0].verdict.reason


def test_the_header_is_dropped_and_the_article_read_as_if_it_began_below() -> None:
    article = newsmd.parse(HEADER_EN + ARTICLE)
    assert article.title == "Ferry fares to rise in May"
    assert article.authors == ("Colette Amari",)
    assert article.date == "2024-04-11T06:45:00"
    roles = [item.verdict.role for item in article.classified]
    assert roles[:4] == [Role.DROPPED] * 4
    assert all("e-mail header" in item.verdict.reason for item in article.classified[:4])


def test_without_a_headline_the_subject_is_the_title() -> None:
    body = (
        "Fares on the Lakeshore ferry will rise by 12 percent from May 1, the transit "
        "authority said on Wednesday, blaming fuel prices.\n\n"
        "The board will hear public comment on April 24.\n"
    )
    article = newsmd.parse("From: Desk <desk@example.org>\nSubject: Fares to rise\n\n" + body)
    assert article.title == "Fares to rise"
    markdown = newsmd.convert("From: Desk <desk@example.org>\nSubject: Fares to rise\n\n" + body)
    assert "\n# Fares to rise\n" in markdown


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("FW: Fares to rise", "Fares to rise"),
        ("Re: Fwd: Fares to rise", "Fares to rise"),
        ("AW: WG: Fahrpreise steigen", "Fahrpreise steigen"),
        ("TR : Les tarifs augmentent", "Les tarifs augmentent"),
        ("RE[2]: Fares to rise", "Fares to rise"),
        ("Reform: fares to rise", "Reform: fares to rise"),
        ("Fwd:", "Fwd:"),
    ],
)
def test_a_subject_as_title_loses_its_reply_and_forward_prefixes(subject: str, title: str) -> None:
    body = (
        "Fares on the Lakeshore ferry will rise by 12 percent from May 1, the transit "
        "authority said on Wednesday, blaming fuel prices.\n\n"
        "The board will hear public comment on April 24.\n"
    )
    article = newsmd.parse(f"From: Desk <desk@example.org>\nSubject: {subject}\n\n" + body)
    assert article.title == title


def test_a_date_line_of_the_article_comes_before_the_mails_date() -> None:
    text = HEADER_EN + ARTICLE.replace(
        "By Colette Amari\n\n", "By Colette Amari\n\nApril 10, 2024\n\n"
    )
    assert newsmd.parse(text).date == "2024-04-10"


def test_a_german_outlook_header() -> None:
    text = (
        "Von: Redaktion <redaktion@example.de>\n"
        "Gesendet: Dienstag, 7. März 2023 06:02\n"
        "An: Leser <leser@example.de>\n"
        "Betreff: Zinsen bleiben unverändert\n\n"
        "Die Zentralbank hat ihren Leitzins am Dienstag unverändert gelassen, weil die "
        "Inflation zum dritten Mal in Folge gesunken ist.\n\n"
        "Die Märkte hatten mit der Pause gerechnet.\n"
    )
    article = newsmd.parse(text)
    assert article.title == "Zinsen bleiben unverändert"
    assert article.date == "2023-03-07T06:02:00"
    assert article.lang == "de"
    assert [block.text[:14] for block in article.body] == ["Die Zentralban", "Die Märkte hat"]


def test_keep_boilerplate_keeps_the_header_lines_in_the_body() -> None:
    article = newsmd.parse(HEADER_EN + ARTICLE, newsmd.ParseOptions(keep_boilerplate=True))
    assert article.body[0].text.startswith("From: The Lakeshore Ledger")
