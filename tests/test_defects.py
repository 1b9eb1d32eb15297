"""Warnings about text damaged in copying: each check fires on the damage and
stays quiet on ordinary prose. Rows are ``(text, fires, reason)``."""

from __future__ import annotations

import pytest

import newsmd
from newsmd.defects import broken_hyphenation, lost_word, mojibake

ROWS = [
    (lost_word, "He is Senior Editor for He has 20 years of experience.", True,
     "a link lost between for and He"),
    (lost_word, "The award went to She who must be obeyed.", True, "preposition before She"),
    (lost_word, "He wrote to The Times and to the council.", False, "to The Times is fine"),
    (lost_word, "She said he has left for Paris.", False, "lower-case pronouns are fine"),
    (mojibake, "The companyâ€™s shares fell.", True, "curly apostrophe as cp1252 mojibake"),
    (mojibake, "The cafÃ© closed.", True, "é as mojibake"),
    (mojibake, "Café São Paulo, naïve, Zürich — “quoted”.", False, "real accents and quotes"),
    (broken_hyphenation, "A matter of experi- ence, he said.", True, "split by hyphen and space"),
    (broken_hyphenation, "It sold five- and ten-year bonds.", False, "suspended hyphen before and"),
    (broken_hyphenation, "Pre- or post-war homes were built.", False, "suspended before or"),
    (broken_hyphenation, "The well-known firm said so.", False, "ordinary hyphenated word"),
]  # fmt: skip


@pytest.mark.parametrize(("check", "text", "fires", "reason"), ROWS, ids=[r[-1] for r in ROWS])
def test_check(check, text, fires, reason):
    assert (check(text) is not None) == fires, reason


def test_warnings_carry_the_line_of_their_block():
    text = "Title here\n\nFirst paragraph is fine.\n\nThe cafÃ© closed on Monday.\n"
    warnings = newsmd.parse(text).warnings
    assert [(w.line, w.kind) for w in warnings] == [(5, "mojibake")]


def test_cut_paragraph_is_reported_between_prose_paragraphs():
    text = (
        "Title here\n\n"
        "The indoor trials opened on Saturday in front of a full house.\n\n"
        "The race was won in record time by the young sprinter from\n\n"
        "delivered a powerful performance to take the title in the final.\n"
    )
    warnings = newsmd.parse(text).warnings
    assert [(w.line, w.kind) for w in warnings] == [(7, "cut_paragraph")]


def test_table_rows_are_not_cut_paragraphs():
    text = "NET PROFIT UP\n\n    net 65 mln vs 57 mln\n    year\n    shr 14.87 dlrs vs 12.51 dlrs\n"
    assert newsmd.parse(text).warnings == ()


def test_warnings_never_change_the_text():
    text = "Title here\n\nThe companyâ€™s experi- ence, for He has.\n"
    article = newsmd.parse(text)
    assert article.body[0].text == "The companyâ€™s experi- ence, for He has."
    assert {w.kind for w in article.warnings} == {"mojibake", "broken_hyphenation", "lost_word"}
