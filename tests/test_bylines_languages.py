"""Bylines in the languages newsmd reads: ``Von``, ``Par``, ``Por``, ``Di``, ``Door``,
``Autor:``, ``Texto:``, ``Autorin:``, and names behind a prefix in a longer line.

Rows are ``(text, expected, reason)``.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsmd.bylines import (
    after_byline_prefix,
    handle_after_prefix,
    is_prefix_only,
    names_in_line,
    read_byline,
)


def ids(rows: list[Any]) -> list[Any]:
    """Each plain row as a param whose id is its reason."""
    return [pytest.param(*row, id=row[-1]) if type(row) is tuple else row for row in rows]


# read_byline: expected is (names, agency) or None.
READ_ROWS = [
    ("Von Anna Berger", (("Anna Berger",), None), "de: Von"),
    ("von Anna Berger", (("Anna Berger",), None), "de: lower-case von"),
    ("Par Claire Dubois", (("Claire Dubois",), None), "fr: Par"),
    ("PAR CLAIRE DUBOIS", (("Claire Dubois",), None), "fr: capitals, name title-cased"),
    ("Por Lucía Fernández", (("Lucía Fernández",), None), "es: Por, accented name"),
    ("Di Marco Rossi", (("Marco Rossi",), None), "it: Di"),
    ("Door Pieter de Vries", (("Pieter de Vries",), None), "nl: Door, particle de"),
    ("Autor: Jan Kowalski", (("Jan Kowalski",), None), "pl/de: Autor:"),
    ("Texto: Ana Souza", (("Ana Souza",), None), "es/pt: Texto:"),
    ("Texto: Ana Souza.", (("Ana Souza",), None), "Texto: with a final period"),
    ("Autorin: Anna Berger", (("Anna Berger",), None), "de: Autorin:"),
    ("Autorin : Anna Berger", (("Anna Berger",), None), "de: Autorin with a space before :"),
    # several names, joined in each language
    (
        "Von Anna Berger und Jonas Keller",
        (("Anna Berger", "Jonas Keller"), None),
        "de: names joined by und",
    ),
    (
        "Par Claire Dubois et Marc Lefèvre",
        (("Claire Dubois", "Marc Lefèvre"), None),
        "fr: names joined by et",
    ),
    (
        "Por Lucía Fernández y Javier Ruiz",
        (("Lucía Fernández", "Javier Ruiz"), None),
        "es: names joined by y",
    ),
    (
        "Di Marco Rossi e Giulia Bianchi",
        (("Marco Rossi", "Giulia Bianchi"), None),
        "it: names joined by e",
    ),
    (
        "Autor: Jan Kowalski i Anna Nowak",
        (("Jan Kowalski", "Anna Nowak"), None),
        "pl: names joined by i",
    ),
    (
        "Door Pieter de Vries en Sanne Bakker",
        (("Pieter de Vries", "Sanne Bakker"), None),
        "nl: names joined by en",
    ),
    # agencies of each country
    ("Von Anna Berger, dpa", (("Anna Berger",), "dpa"), "de: agency dpa"),
    ("Par Claire Dubois, AFP", (("Claire Dubois",), "AFP"), "fr: agency AFP"),
    ("Por Lucía Fernández, EFE", (("Lucía Fernández",), "EFE"), "es: agency EFE"),
    ("Di Marco Rossi, ANSA", (("Marco Rossi",), "ANSA"), "it: agency ANSA"),
    # sentences that open with a prefix word
    ("Von Berlin aus fuhr der Zug nach Hamburg.", None, "de: Von opening a sentence"),
    ("Par ailleurs, le gouvernement a annoncé des mesures.", None, "fr: Par ailleurs"),
    ("Por la tarde llegó la lluvia.", None, "es: Por opening a sentence"),
    ("Di notte la città dorme.", None, "it: Di opening a sentence"),
    ("Door de regen bleven de wegen nat.", None, "nl: Door opening a sentence"),
    ("Por favor", None, "es: Por favor"),
    ("Von Berlin", None, "de: Von and one word is a place as much as a name"),
    ("Von Anna", None, "one-word name needs single_names"),
    ("Autor:", None, "label without a name"),
    ("Anna Berger", None, "no prefix: not a byline unless needs_prefix is off"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(READ_ROWS))
def test_read_byline(
    text: str, expected: tuple[tuple[str, ...], str | None] | None, reason: str
) -> None:
    found = read_byline(text)
    assert (None if found is None else (found.names, found.agency)) == expected


SINGLE_NAME_ROWS = [
    ("Von David", ("David",), "de: one-word name after Von"),
    ("Par Claire", ("Claire",), "fr: one-word name after Par"),
    ("Por favor.", None, "es: favor is no name: lower case"),
    ("von eseppelt", ("eseppelt",), "de: a blog's user name"),
    ("by freeman1984", ("freeman1984",), "en: a user name with digits"),
    ("von uns", None, "de: a pronoun is no user name"),
    ("Von: Björn Jahner", ("Björn Jahner",), "de: Von with a colon"),
    ("by: Cora Neas", ("Cora Neas",), "en: by with a colon"),
    ("Ein Artikel von Pamela Sladky", ("Pamela Sladky",), "de: Ein Artikel von"),
    ("Verfasst von: Anna Berger", ("Anna Berger",), "de: Verfasst von:"),
    ("By Evan HalperStaff Writer", ("Evan Halper",), "en: a job title glued to the name"),
    ("Von McDonald", ("McDonald",), "a capital inside a name is no glued job title"),
    ("Posted by Ann Lee and Kiran C Nair", ("Ann Lee", "Kiran C Nair"), "initial without stop"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(SINGLE_NAME_ROWS))
def test_read_byline_single_names(text: str, expected: tuple[str, ...] | None, reason: str) -> None:
    found = read_byline(text, single_names=True)
    assert (None if found is None else found.names) == expected


def test_single_names_still_need_a_prefix() -> None:
    """A lone word is a name only behind a prefix, even with ``single_names``."""
    assert read_byline("David", needs_prefix=False, single_names=True) is None
    assert read_byline("Anna Berger", needs_prefix=False) is not None


NAMES_ROWS = [
    ("Von Anna Berger · 18. Oktober 2019", ("Anna Berger",), "de: Von, name, dot, date"),
    (
        "Par Claire Dubois | Publié le 18 octobre 2019",
        ("Claire Dubois",),
        "fr: Par, name, bar, date label",
    ),
    (
        "Por Lucía Fernández 18 de octubre de 2019",
        ("Lucía Fernández",),
        "es: Por, accented name, date",
    ),
    (
        "Posted by Mark Ellis on March 3, 2021",
        ("Mark Ellis",),
        "en: Posted by, name, on and a date",
    ),
    ("Di Marco Rossi 18 ottobre 2019", ("Marco Rossi",), "it: Di, name, date"),
    ("Autorin: Anna Berger | 18.10.2019", ("Anna Berger",), "de: Autorin:, name, numeric date"),
    ("Von Anna Berger am 18. Oktober 2019", ("Anna Berger",), "de: am before the date"),
    ("Par Claire Dubois le 18 octobre 2019", ("Claire Dubois",), "fr: le before the date"),
    ("von David · 18. Oktober 2019", ("David",), "de: one-word name after a prefix"),
    (
        "Von Ursula von der Leyen · 18. Oktober 2019",
        ("Ursula von der Leyen",),
        "de: particles von der inside the name",
    ),
    ("Anna Berger 18. Oktober 2019", ("Anna Berger",), "no prefix: a name a date follows"),
    # not bylines
    ("Von Berlin aus fuhr der Zug ...", (), "de: Von Berlin aus ..."),
    ("Par ailleurs, le gouvernement ...", (), "fr: Par ailleurs, ..."),
    ("Von Montag an gilt die Regel.", (), "de: Von Montag an ..."),
    ("Por la tarde, 18 de octubre de 2019", (), "es: Por la tarde, date"),
    ("Der Zug fuhr 18. Oktober 2019", (), "no prefix: words before a date are no name"),
    # particles and several names
    ("Door Pieter de Vries · 18.10.2019", ("Pieter de Vries",), "nl: particle de in the name"),
    (
        "Por Juan de la Cruz 18 de octubre de 2019",
        ("Juan de la Cruz",),
        "es: particles de la in the name",
    ),
    (
        "Par Claire de Lorme | Publié le 18 octobre 2019",
        ("Claire de Lorme",),
        "fr: particle de in the name",
    ),
    (
        "Von Anna Berger und Jonas Keller · 18. Oktober 2019",
        ("Anna Berger", "Jonas Keller"),
        "de: two names joined by und, then a date",
    ),
    (
        "Von Anna Berger, Jonas Keller · 18. Oktober 2019",
        ("Anna Berger", "Jonas Keller"),
        "de: two names joined by a comma, then a date",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(NAMES_ROWS))
def test_names_in_line(text: str, expected: tuple[str, ...], reason: str) -> None:
    assert names_in_line(text) == expected


AFTER_PREFIX_ROWS = [
    (
        "Veröffentlicht am 18. Oktober 2019 von Anna Berger",
        "von Anna Berger",
        "de: von after a date",
    ),
    (
        "Publié le 18 octobre 2019 par Claire Dubois",
        "par Claire Dubois",
        "fr: par after a date",
    ),
    (
        "Publicado el 18 de octubre de 2019 por Lucía Fernández",
        "por Lucía Fernández",
        "es: por after a date",
    ),
    (
        "Pubblicato il 18 ottobre 2019 di Marco Rossi",
        "di Marco Rossi",
        "it: di after a date",
    ),
    ("Von Anna Berger", "Von Anna Berger", "prefix at the start: the whole line"),
    ("18.10.2019", "", "no prefix"),
    ("Von 2019 an gilt die Regel", "", "prefix followed by a number, not a name"),
    ("Davon wusste er nichts", "", "von inside a word"),
    ("Parlament stimmt zu", "", "par inside a word"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(AFTER_PREFIX_ROWS))
def test_after_byline_prefix(text: str, expected: str, reason: str) -> None:
    assert after_byline_prefix(text) == expected


PREFIX_ONLY_ROWS = [
    ("Von", True, "de: Von"),
    ("von", True, "de: lower-case von"),
    ("Par", True, "fr: Par"),
    ("Por", True, "es: Por"),
    ("Di", True, "it: Di"),
    ("Door", True, "nl: Door"),
    ("By", True, "en: By"),
    ("Autor:", True, "Autor:"),
    ("Autorin:", True, "de: Autorin:"),
    ("Texto:", True, "es/pt: Texto:"),
    ("  Von  ", True, "white space around the prefix"),
    ("Von Anna", False, "a name follows"),
    ("Autorin: Anna Berger", False, "label and name"),
    ("Vonne", False, "a word starting like a prefix"),
    ("Paris", False, "a place starting like a prefix"),
    ("", False, "empty"),
    ("Auteur:", True, "fr: Auteur:"),
    ("Autore:", True, "it: Autore:"),
    ("Autorin :", True, "de: Autorin with a space before :"),
    ("Written by", True, "en: Written by"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(PREFIX_ONLY_ROWS))
def test_is_prefix_only(text: str, expected: bool, reason: str) -> None:
    assert is_prefix_only(text) is expected


@pytest.mark.parametrize(
    "text", ["Auteur : Claire Dubois", "Autore: Marco Rossi", "Written by Mark Ellis"]
)
def test_labels_missing_from_is_prefix_only_are_read_as_bylines(text: str) -> None:
    """The labels that ``is_prefix_only`` knows are bylines for ``read_byline`` too."""
    assert read_byline(text) is not None


HANDLE_ROWS = [
    ("Posted on 2015-04-05 by marc", "marc", "en: posted on a date by a user"),
    ("by oz on December 4, 2006", "oz", "en: by a user on a date"),
    ("3. April 2022 by mady", "mady", "a date, then by a user"),
    ("Beitragvon r23", "r23", "de: a forum's Beitrag von glued"),
    ("Envoyer par e-mail", None, "fr: a share button"),
    ("Von Anna Berger", None, "a capitalized name is no user name"),
    ("Er kam von uns", None, "de: a pronoun"),
    ("Posted by admin", "admin", "en: posted by a user, no date"),
    (
        "Castelvesco, la biblioteca comunale riapre dopo due anni di lavori",
        None,
        "it: a headline ending in di and a noun",
    ),
    ("Vegetable beds ruined by storms", None, "en: a headline ending in by and a noun"),
    ("La Voce di Castelvesco", None, "it: a site's name"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(HANDLE_ROWS))
def test_handle_after_prefix(text: str, expected: str | None, reason: str) -> None:
    assert handle_after_prefix(text) == expected
