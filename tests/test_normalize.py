"""Stage 1, ``normalize``: numbered lines, characters rewritten, nothing else.

Each row is ``(raw input, expected (number, text) lines, reason)``. Line numbers
must be the ones an editor shows, so that ``inspect`` can point at the input.
"""

from __future__ import annotations

import pytest

from newsmd.model import Line
from newsmd.normalize import clean_line, normalize

LINE_ROWS = [
    # line breaks and numbering
    ("", [], "empty input has no lines"),
    ("one line", [(1, "one line")], "text without a line break is line 1"),
    ("a\nb\nc", [(1, "a"), (2, "b"), (3, "c")], "LF ends a line"),
    ("a\r\nb\r\nc", [(1, "a"), (2, "b"), (3, "c")], "CRLF ends a line once, not twice"),
    ("a\rb\rc", [(1, "a"), (2, "b"), (3, "c")], "a lone CR ends a line (classic Mac)"),
    ("a\r\n\r\nb", [(1, "a"), (2, ""), (3, "b")], "CRLF blank line is one blank line"),
    ("a\n\rb", [(1, "a"), (2, ""), (3, "b")], "LF then CR are two line ends, not one"),
    ("a\r\nb\nc\rd", [(1, "a"), (2, "b"), (3, "c"), (4, "d")], "mixed line ends all count"),
    ("a\n", [(1, "a")], "a final newline does not open another line"),
    ("a\r\n", [(1, "a")], "a final CRLF does not open another line"),
    ("a\n\n", [(1, "a"), (2, "")], "a blank last line is kept"),
    ("\n\nb", [(1, ""), (2, ""), (3, "b")], "leading blank lines are numbered"),
    # byte-order mark
    ("\ufeffHeadline\nBody", [(1, "Headline"), (2, "Body")], "BOM at the start is removed"),
    ("\ufeffa\r\nb", [(1, "a"), (2, "b")], "BOM with CRLF: line numbers unchanged"),
    ("mid\ufeffdle", [(1, "middle")], "a stray BOM inside a line is removed"),
    # separators an editor does not break lines at
    ("a\x0cb", [(1, "a b")], "form feed is a space, not a line break"),
    ("a\x0bb", [(1, "a b")], "vertical tab is a space, not a line break"),
    ("a\u2028b", [(1, "a b")], "LINE SEPARATOR is a space, not a line break"),
    ("a\u2029b", [(1, "a b")], "PARAGRAPH SEPARATOR is a space, not a line break"),
    ("a\x85b", [(1, "a b")], "NEL is a space, not a line break"),
    ("a\x1cb\x1db\x1eb", [(1, "a b b b")], "file/group/record separators are spaces"),
    # a line that holds only invisible characters is blank but still counted
    ("a\n\u200b\nb", [(1, "a"), (2, ""), (3, "b")], "line of only ZWSP is blank but numbered"),
]


@pytest.mark.parametrize(
    ("raw", "expected", "reason"), LINE_ROWS, ids=[row[2] for row in LINE_ROWS]
)
def test_normalize_numbers_lines_like_an_editor(raw, expected, reason):
    assert normalize(raw) == tuple(Line(number, text) for number, text in expected), reason


CHARACTER_ROWS = [
    # spaces
    ("3.8\u00a0million", "3.8 million", "NBSP becomes a space"),
    ("10\u202f000", "10 000", "narrow NBSP becomes a space"),
    ("a\u2009b\u2007c\u3000d", "a b c d", "thin, figure and ideographic spaces become spaces"),
    ("a\tb", "a b", "a tab becomes one space"),
    # invisible characters
    ("water\u200bfront", "waterfront", "zero-width space removed, word rejoined"),
    ("co\u00adoperate", "cooperate", "soft hyphen removed"),
    ("word\u2060joiner", "wordjoiner", "word joiner removed"),
    # control characters
    ("a\x00b\x07c\x1bd\x7fe", "abcde", "C0 controls and DEL removed"),
    ("a\x08b", "ab", "backspace removed"),
    ("a\x9bb\x80c", "abc", "C1 controls removed"),
    # white space at the ends
    ("text   ", "text", "trailing spaces cut"),
    ("text\t \u00a0", "text", "trailing tab and NBSP cut"),
    ("text\u200b  ", "text", "trailing ZWSP and spaces cut"),
    ("    indented", "    indented", "leading indentation kept (wire paragraphs)"),
    (" Reuter", " Reuter", "one-space indent kept"),
    ("\u00a0\u00a0lead", "  lead", "leading NBSP kept as indentation spaces"),
    # what must not change
    ("café “quoted” — dash…", "café “quoted” — dash…", "typography and accents untouched"),
    ("a  b", "a  b", "inner runs of spaces are not folded here"),
    ("x * _y_ # [z]", "x * _y_ # [z]", "Markdown characters untouched"),
]


@pytest.mark.parametrize(
    ("raw", "expected", "reason"), CHARACTER_ROWS, ids=[row[2] for row in CHARACTER_ROWS]
)
def test_clean_line_rewrites_characters(raw, expected, reason):
    assert clean_line(raw) == expected, reason


@pytest.mark.parametrize(
    ("raw", "expected", "reason"), CHARACTER_ROWS, ids=[row[2] for row in CHARACTER_ROWS]
)
def test_normalize_applies_clean_line_to_every_line(raw, expected, reason):
    lines = normalize(f"first\r\n{raw}\r\nlast")
    assert lines == (Line(1, "first"), Line(2, expected), Line(3, "last")), reason


def test_crlf_bom_file_keeps_editor_line_numbers():
    raw = (
        "\ufeffHarbour footbridge to reopen\r\n"
        "\r\n"
        "By Elena Varga\r\n"
        "\r\n"
        "The bridge links the old town to the water\u200bfront.   \r\n"
        "It cost 3.8\u00a0million.\r\n"
    )
    assert normalize(raw) == (
        Line(1, "Harbour footbridge to reopen"),
        Line(2, ""),
        Line(3, "By Elena Varga"),
        Line(4, ""),
        Line(5, "The bridge links the old town to the waterfront."),
        Line(6, "It cost 3.8 million."),
    )


INDENT_ROWS = [
    ("    The company said", 4, "four-space paragraph indent"),
    (" Reuter", 1, "one-space indent of the Reuter sign-off"),
    ("flush", 0, "flush-left line"),
    ("\u00a0\u00a0\u00a0x", 3, "NBSP indentation counts like spaces"),
]


@pytest.mark.parametrize(
    ("raw", "expected", "reason"), INDENT_ROWS, ids=[row[2] for row in INDENT_ROWS]
)
def test_indent_of_normalized_line(raw, expected, reason):
    (line,) = normalize(raw)
    assert line.indent == expected, reason
