"""Bylines: prefix, names joined by commas and ``and``, optional agency or role.

Rows are ``(text, expected, reason)``; for ``read_byline`` the expectation is
``(names, agency)`` or None when the line is not a byline.
"""

from __future__ import annotations

import pytest

from newsmd.bylines import agency_name, is_role, looks_like_name, read_byline, title_case_name

BYLINE_ROWS = [
    # prefixes
    ("By Jane Doe", (("Jane Doe",), None), "By + one name"),
    ("BY JANE DOE", (("Jane Doe",), None), "upper-case prefix and name, name title-cased"),
    ("Author: Jason Ditz", (("Jason Ditz",), None), "Author: label"),
    ("AUTHOR : Jason Ditz", (("Jason Ditz",), None), "AUTHOR label, space before colon"),
    ("Authors: Jane Doe and John Roe", (("Jane Doe", "John Roe"), None), "Authors: label"),
    ("Written by Tomasz Wierzbicki", (("Tomasz Wierzbicki",), None), "Written by"),
    ("Posted by Jane Doe", (("Jane Doe",), None), "Posted by"),
    ("Von Max Mustermann", (("Max Mustermann",), None), "German Von"),
    (
        "Autor: Rechtsanwalt Sebastian Einbock",
        (("Sebastian Einbock",), None),
        "a professional title before the name is no part of it",
    ),
    ("Von Prof. Dr. Anna Schmidt", (("Anna Schmidt",), None), "academic titles left out"),
    ("By Drew Smith", (("Drew Smith",), None), "a name starting like a title keeps it"),
    ("Tekst: Pieter de Vries", (("Pieter de Vries",), None), "Dutch and Polish Tekst: label"),
    ("Par Le Monde avec AFP", ((), "AFP"), "a publication with an agency: no writer"),
    ("Par Claire Dubois avec AFP", (("Claire Dubois",), "AFP"), "a writer with an agency"),
    ("Von Anna Schmidt mit dpa", (("Anna Schmidt",), "dpa"), "German mit"),
    ("By Jane Doe with John Roe", None, "with before a person is no agency"),
    ("Par Jean Dupont", (("Jean Dupont",), None), "French Par"),
    ("Door Jan de Vries", (("Jan de Vries",), None), "Dutch Door, particle kept lower-case"),
    # several names
    ("By Jane Doe and John Roe", (("Jane Doe", "John Roe"), None), "two names joined by and"),
    ("By Jane Doe & John Roe", (("Jane Doe", "John Roe"), None), "two names joined by &"),
    ("By Jane Doe; John Roe", (("Jane Doe", "John Roe"), None), "two names joined by ;"),
    (
        "By Jane Doe, John Roe and Ann Poe",
        (("Jane Doe", "John Roe", "Ann Poe"), None),
        "three names: A, B and C",
    ),
    (
        "Von Max Mustermann und Erika Musterfrau",
        (("Max Mustermann", "Erika Musterfrau"), None),
        "German und joins names",
    ),
    # a job title run onto the name, with no comma
    ("By Jane Doe Staff Writer", (("Jane Doe",), None), "run-on title: Staff Writer"),
    ("BYLINE: Ines Caldwell Transport correspondent", (("Ines Caldwell",), None), "desk title"),
    ("By Mary Ann Smith Senior Staff Writer", (("Mary Ann Smith",), None), "three-word title"),
    ("By Pia Crerar Political editor", (("Pia Crerar",), None), "desk and job in lower case"),
    ("By Our Foreign Staff", None, "a desk is no name with a title"),
    ("Von Anna Schmidt, ARD-Finanzredaktion", (("Anna Schmidt",), None), "de: a desk"),
    (
        "Von Anna Schmidt, Wirtschaftskorrespondentin",
        (("Anna Schmidt",), None),
        "de: a compound job title",
    ),
    # an agency run onto the name, with no comma
    ("By Maria Lopez Associated Press", (("Maria Lopez",), "AP"), "run-on agency, two words"),
    ("By MARIA LOPEZ The Associated Press", (("Maria Lopez",), "AP"), "run-on, capitals"),
    ("By Maria Lopez AP", (("Maria Lopez",), "AP"), "run-on acronym in capitals"),
    ("By Jane Smith Reuters", (("Jane Smith",), "Reuters"), "run-on agency as it writes itself"),
    (
        "By Jane Smith and Tom Lee Associated Press",
        (("Jane Smith", "Tom Lee"), "AP"),
        "run-on agency after the last of two names",
    ),
    ("By John Efe", (("John Efe",), None), "a surname that is an agency's name in other case"),
    ("By JOHN EFE", (("John Efe",), None), "in an all-capitals byline, one word is a surname"),
    # agencies
    (
        "By JANE DOE and JOHN ROE, Associated Press",
        (("Jane Doe", "John Roe"), "AP"),
        "capitals title-cased, Associated Press is AP",
    ),
    ("By Jane Doe, The Associated Press", (("Jane Doe",), "AP"), "The Associated Press is AP"),
    ("By JANE DOE, AP", (("Jane Doe",), "AP"), "AP abbreviation"),
    ("By Jane Doe, Reuters", (("Jane Doe",), "Reuters"), "Reuters after the name"),
    ("By Jane Doe, Bloomberg News", (("Jane Doe",), "Bloomberg"), "Bloomberg News is Bloomberg"),
    ("By Jane Doe, AP Auto Writer", (("Jane Doe",), "AP"), "agency read from a job title"),
    ("By The Associated Press", ((), "AP"), "agency alone is a byline with no person"),
    ("By Reuters", ((), "Reuters"), "Reuters alone"),
    # roles
    ("By Jane Doe, Staff Writer", (("Jane Doe",), None), "Staff Writer is a role, not a name"),
    ("By Jane Doe, Senior Reporter", (("Jane Doe",), None), "Senior Reporter is a role"),
    ("By Jane Doe, Special to The Times", (("Jane Doe",), None), "Special to The Times is a role"),
    (
        "By Jane Doe, Staff Reporter, and John Roe",
        (("Jane Doe", "John Roe"), None),
        "role between two names is skipped",
    ),
    # name shapes
    ("By Sean O'Brien", (("Sean O'Brien",), None), "apostrophe in a name"),
    ("By Jane O’Brien", (("Jane O’Brien",), None), "typographic apostrophe in a name"),
    ("By Mary-Jane Watson", (("Mary-Jane Watson",), None), "hyphenated first name"),
    ("By J. R. Smith", (("J. R. Smith",), None), "initials"),
    ("By Mary Ellen Smith", (("Mary Ellen Smith",), None), "three-word name"),
    ("By Ludwig van Beethoven", (("Ludwig van Beethoven",), None), "particle van"),
    ("By JUAN DE LA CRUZ", (("Juan de la Cruz",), None), "particles lower-cased from capitals"),
    ("By María José García", (("María José García",), None), "accents inside names"),
    ("By Jane Doe.", (("Jane Doe",), None), "final period dropped"),
    ("By Martin Luther King Jr.", (("Martin Luther King Jr.",), None), "Jr. keeps its period"),
    ("By JOHN SMITH JR.", (("John Smith Jr.",), None), "JR. title-cased, period kept"),
    # not bylines
    ("By Monday afternoon, the line stretched past the store", None, "By + time phrase is prose"),
    ("By Staff", None, "By Staff names nobody"),
    ("Email the author", None, "Email the author is not a byline"),
    ("By Jane", None, "a single word is not a full name"),
    ("by jane doe", None, "lower-case words are not names"),
    ("By Jane Doe in London", None, "a place phrase is not part of a byline"),
    ("By the way, Jane Doe said", None, "By the way is prose"),
    ("By 2020 the plan had failed", None, "By + year is prose"),
    ("Jane Doe", None, "no prefix: not a byline by default"),
    ("Byron Smith said the plan had failed", None, "Byron is not a By prefix"),
    # regressions: bugs found and fixed while these tests were written
    ("Byline: Jane Doe", (("Jane Doe",), None), "Byline: label"),
    ("By Émile Zola", (("Émile Zola",), None), "name starting with an accented capital"),
    (
        "By Ángel Pérez and Øyvind Berg",
        (("Ángel Pérez", "Øyvind Berg"), None),
        "names starting with A-acute and O-slash",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), BYLINE_ROWS, ids=[row[-1] for row in BYLINE_ROWS]
)
def test_read_byline(text, expected, reason):
    found = read_byline(text)
    got = None if found is None else (found.names, found.agency)
    assert got == expected, reason


NO_PREFIX_ROWS = [
    ("Jane Doe", (("Jane Doe",), None), "a bare name"),
    ("Jane Doe and John Roe, Reuters", (("Jane Doe", "John Roe"), "Reuters"), "names and agency"),
    ("the end", None, "lower-case words are still not names"),
    ("Monday afternoon, the line stretched", None, "prose is still not a byline"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), NO_PREFIX_ROWS, ids=[row[-1] for row in NO_PREFIX_ROWS]
)
def test_read_byline_without_prefix(text, expected, reason):
    found = read_byline(text, needs_prefix=False)
    got = None if found is None else (found.names, found.agency)
    assert got == expected, reason


TITLE_CASE_ROWS = [
    ("JANE DOE", "Jane Doe", "all capitals title-cased"),
    ("MCDONALD", "McDonald", "Mc prefix: next letter capital"),
    ("JANE MCDONALD", "Jane McDonald", "Mc prefix inside a full name"),
    ("SEAN O'BRIEN", "Sean O'Brien", "O' prefix: next letter capital"),
    ("JANE O’BRIEN", "Jane O’Brien", "typographic apostrophe O’"),
    ("D'ANGELO RUSSELL", "D'Angelo Russell", "D' prefix"),
    ("MARY-JANE WATSON", "Mary-Jane Watson", "each part of a hyphenated name"),
    ("VAN DER BERG", "van der Berg", "particles lower-case"),
    ("LUDWIG VAN DER BERG", "Ludwig van der Berg", "particles lower-case inside a name"),
    ("JUAN DE LA CRUZ", "Juan de la Cruz", "Spanish particles"),
    ("JOHN SMITH JR.", "John Smith Jr.", "Jr. suffix"),
    ("JOHN SMITH III", "John Smith III", "roman numeral suffix stays capitals"),
    ("JANE DOE MD", "Jane Doe MD", "MD suffix stays capitals"),
    ("JANE DOE PHD", "Jane Doe PhD", "PhD suffix"),
    ("JOSÉ GARCÍA", "José García", "accented capitals"),
    # mixed case is left alone
    ("Jane McDonald", "Jane McDonald", "mixed case untouched"),
    ("CHRIS McDONALD", "Chris McDonald", "a name mostly in capitals is title-cased"),
    ("danah boyd", "danah boyd", "deliberate lower case untouched"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven", "mixed case with particle untouched"),
    # regressions: bugs found and fixed while these tests were written
    ("J.R. SMITH", "J.R. Smith", "initials stay capitals"),
    ("LEE ST. JOHN", "Lee St. John", "St. in a surname is capitalized"),
]


@pytest.mark.parametrize(
    ("name", "expected", "reason"), TITLE_CASE_ROWS, ids=[row[-1] for row in TITLE_CASE_ROWS]
)
def test_title_case_name(name, expected, reason):
    assert title_case_name(name) == expected, reason


NAME_ROWS = [
    ("Jane Doe", True, "two capitalized words"),
    ("Mary Ellen Rose Anne Smith", True, "five words is still a name"),
    ("Mary Ellen Rose Anne Lee Smith", False, "six words is too long for a name"),
    ("Jane", False, "one word is not a full name"),
    ("van der Berg", False, "particles alone are not two name words"),
    ("Jane van der Berg", True, "name with particles"),
    ("John Smith Jr.", True, "suffix does not count as a name word but is allowed"),
    ("Monday afternoon", False, "lower-case word"),
    ("The Editors", False, "'the' is never part of a name"),
    ("Staff Writer", False, "staff is never part of a name"),
    ("Jane 2019", False, "digits are not a name"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), NAME_ROWS, ids=[row[-1] for row in NAME_ROWS]
)
def test_looks_like_name(text, expected, reason):
    assert looks_like_name(text) is expected, reason


AGENCY_ROWS = [
    ("Reuters", "Reuters", "Reuters"),
    ("REUTER", "Reuters", "old wire sign-off spelling"),
    ("Associated Press", "AP", "Associated Press"),
    ("the  Associated   Press.", "AP", "case, spacing and final period ignored"),
    ("Agence France-Presse", "AFP", "AFP long form"),
    ("dpa", "dpa", "dpa keeps its lower case"),
    ("Acme Wire", None, "unknown agency"),
    ("Press", None, "part of an agency name is not one"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), AGENCY_ROWS, ids=[row[-1] for row in AGENCY_ROWS]
)
def test_agency_name(text, expected, reason):
    assert agency_name(text) == expected, reason


ROLE_ROWS = [
    ("Staff Writer", True, "staff writer"),
    ("Senior Business Correspondent", True, "several role words"),
    ("Special to The Times", True, "special to the times"),
    ("Chief Executive", False, "executive is not a newsroom role"),
    ("Jane Doe", False, "a name is not a role"),
    ("", False, "empty text is not a role"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), ROLE_ROWS, ids=[row[-1] for row in ROLE_ROWS]
)
def test_is_role(text, expected, reason):
    assert is_role(text) is expected, reason
