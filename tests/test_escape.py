"""Escaping: a CommonMark reader must show exactly the source text, no markup.

Rows are ``(text, expected escaped text, reason)``. Every row is also read back
with markdown-it-py (``outline_of_markdown``): the escaped text must give one
block holding exactly the original text and no inline markup.
"""

from __future__ import annotations

import pytest

from newsmd.escape import escape_block, escape_heading, escape_inline
from newsmd.verify import outline_of_markdown

BLOCK_ROWS = [
    # emphasis
    ("a *b* c", r"a \*b\* c", "asterisks escaped"),
    ("**double star**", r"\*\*double star\*\*", "strong emphasis escaped"),
    ("5 * 3 = 15", r"5 \* 3 = 15", "lone asterisk escaped too"),
    ("***", r"\*\*\*", "asterisk thematic break escaped"),
    ("a _b_ c", r"a \_b\_ c", "underscores around a word escaped"),
    ("_queen_of_d4_", r"\_queen_of_d4\_", "outer underscores escaped, inner kept"),
    ("snake_case", "snake_case", "intraword underscore left alone"),
    ("pairings_v3", "pairings_v3", "underscore between letter and digit left alone"),
    ("über_straße", "über_straße", "intraword underscore between non-ASCII letters"),
    ("foo_", r"foo\_", "underscore at the end escaped"),
    ("_foo", r"\_foo", "underscore at the start escaped"),
    ("__init__", r"\_\_init\_\_", "double underscores escaped"),
    ("___", r"\_\_\_", "underscore thematic break escaped"),
    ("(_x_)", r"(\_x\_)", "underscore next to punctuation escaped"),
    # block starts
    ("# not a heading", r"\# not a heading", "# at the start"),
    ("#1 seed", r"\#1 seed", "#1 at the start"),
    ("the #1 seed", "the #1 seed", "# inside a line left alone"),
    ("1. e4 opens", r"1\. e4 opens", "1. at the start would open an ordered list"),
    ("1) x", r"1\) x", "1) at the start would open an ordered list"),
    ("2024. That is", r"2024\. That is", "a year then period at the start"),
    ("123456789. x", r"123456789\. x", "nine digits can still start a list"),
    ("1234567890. x", "1234567890. x", "ten digits cannot start a list"),
    ("1.5 million", "1.5 million", "a decimal number is not a list"),
    ("1.", r"1\.", "1. alone"),
    ("> quoted", r"\> quoted", "> at the start would open a quote"),
    ("a > b", "a > b", "> inside a line left alone"),
    ("- dash", r"\- dash", "- at the start would open a bullet list"),
    ("-", r"\-", "- alone"),
    ("+ plus", r"\+ plus", "+ at the start would open a bullet list"),
    ("+5 margin", r"\+5 margin", "+ at the start, no space"),
    ("---", r"\---", "--- would be a thematic break"),
    ("-- x", r"\-- x", "-- at the start"),
    ("=== x", r"\=== x", "= at the start (setext underline)"),
    ("% title", r"\% title", "% at the start (pandoc title block)"),
    ("a - b + c", "a - b + c", "- and + inside a line left alone"),
    # links, HTML, code
    ("[x](y)", r"\[x](y)", "link bracket escaped"),
    ("![img](x)", r"!\[img](x)", "image bracket escaped"),
    ("[Read it here](/threads/88214)", r"\[Read it here](/threads/88214)", "inline link"),
    ("<b>bold</b>", r"\<b>bold\</b>", "HTML tags escaped"),
    ("<press@example.org>", r"\<press@example.org>", "autolink e-mail escaped"),
    ("<http://x.com>", r"\<http://x.com>", "autolink URL escaped"),
    ("a < b", r"a \< b", "a lone < escaped too"),
    ("`WD`", r"\`WD\`", "backticks escaped"),
    ("```", r"\`\`\`", "code fence escaped"),
    ("~~~", r"\~\~\~", "tilde fence escaped"),
    ("~~strike~~", r"\~\~strike\~\~", "tildes escaped"),
    # entities
    ("&copy; Valmont", r"\&copy; Valmont", "named entity escaped"),
    ("&#169;", r"\&#169;", "numeric entity escaped"),
    ("&#x41;", r"\&#x41;", "hex entity escaped"),
    ("AT&T", "AT&T", "ampersand that is no entity left alone"),
    ("a & b", "a & b", "spaced ampersand left alone"),
    ("&copy", "&copy", "no semicolon: no entity, left alone"),
    # backslashes
    ("a\\b", "a\\\\b", "backslash doubled"),
    ("Valmont\\2023\\Final", "Valmont\\\\2023\\\\Final", "Windows path"),
    ("a\\*b", "a\\\\\\*b", "backslash before an asterisk"),
    ("trailing \\", "trailing \\\\", "trailing backslash (hard break)"),
    # plain text
    ("The mayor said 6-3.", "The mayor said 6-3.", "plain sentence unchanged"),
    ("http://x.com/a_b", "http://x.com/a_b", "bare URL left alone"),
    ("a | b", "a | b", "pipe left alone (no tables in CommonMark)"),
    ("Title #", "Title #", "trailing # left alone in a paragraph"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), BLOCK_ROWS, ids=[row[-1] for row in BLOCK_ROWS]
)
def test_escape_block(text, expected, reason):
    assert escape_block(text) == expected, reason


INLINE_ROWS = [
    ("# x", "# x", "no block-start escaping inline"),
    ("1. x", "1. x", "no list escaping inline"),
    ("- x", "- x", "no bullet escaping inline"),
    ("> x", "> x", "no quote escaping inline"),
    ("*x*", r"\*x\*", "emphasis escaped inline"),
    ("snake_case", "snake_case", "intraword underscore inline"),
    ("[x](y)", r"\[x](y)", "link escaped inline"),
    ("&copy;", r"\&copy;", "entity escaped inline"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), INLINE_ROWS, ids=[row[-1] for row in INLINE_ROWS]
)
def test_escape_inline(text, expected, reason):
    assert escape_inline(text) == expected, reason


HEADING_ROWS = [
    ("Why the #1 seed quit", r"Why the \#1 seed quit", "every # escaped in a heading"),
    ("Title #", r"Title \#", "closing # would vanish"),
    ("C# and F#", r"C\# and F\#", "# at the end of words"),
    ("*Not* this year", r"\*Not\* this year", "emphasis escaped in a heading"),
    ("1. e4", "1. e4", "list start is harmless after ##"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), HEADING_ROWS, ids=[row[-1] for row in HEADING_ROWS]
)
def test_escape_heading(text, expected, reason):
    assert escape_heading(text) == expected, reason


ALL_TEXTS = [row[0] for row in BLOCK_ROWS + INLINE_ROWS + HEADING_ROWS] + [
    'Why the #1 seed told Valmont organizers: "Not this year"',
    "posting as _queen_of_d4_, called it the right call",
    "her replacement must be rated > 2,600, which is how",
    "three dashes --- where the results would go",
    "a move replayed for weeks - one clip has been viewed",
    "the credit line &copy; Valmont Chess Club, an HTML code",
    "from <press@valmont-invitational.org>, said she needed",
    "Qxf7+, a move",
    "*",
    "_",
    "\\",
    "`",
    "<",
    "&amp;",
    "[",
    "]",
    "!",
]
IDS = [repr(text) for text in ALL_TEXTS]

CONTEXTS = [
    ("", escape_block, "p", "paragraph"),
    ("- ", escape_block, "ul/li/p", "bullet item"),
    ("1. ", escape_block, "ol/li/p", "ordered item"),
    ("> ", escape_block, "blockquote/p", "quote"),
    ("## ", escape_heading, "h2", "heading"),
]


@pytest.mark.parametrize(
    ("prefix", "escape", "path", "context"), CONTEXTS, ids=[c[-1] for c in CONTEXTS]
)
@pytest.mark.parametrize("text", ALL_TEXTS, ids=IDS)
def test_markdown_it_reads_back_exactly_the_text(text, prefix, escape, path, context):
    markdown = prefix + escape(text)
    assert outline_of_markdown(markdown) == [(path, text, ())], (context, markdown)


@pytest.mark.parametrize("text", ALL_TEXTS, ids=IDS)
def test_escaped_inline_text_after_words_reads_back(text):
    markdown = "Words before " + escape_inline(text) + " and after"
    assert outline_of_markdown(markdown) == [("p", f"Words before {text} and after", ())]


@pytest.mark.parametrize("text", ALL_TEXTS, ids=IDS)
def test_escaped_inline_text_in_emphasis_reads_back(text):
    """The dek is written as ``*text*``: only the wrapping emphasis may appear."""
    markdown = f"*{escape_inline(text)}*"
    assert outline_of_markdown(markdown) == [("p", text, ("em_open", "em_close"))]


UNESCAPED_BREAKS = [
    ("**double star**", "strong"),
    ("# not a heading", "heading"),
    ("1. e4 opens", "ordered list"),
    ("> quoted", "quote"),
    ("- dash", "bullet list"),
    ("---", "thematic break"),
    ("[x](y)", "link"),
    ("<b>bold</b>", "HTML"),
    ("`WD`", "code"),
    ("&copy; Valmont", "entity"),
    ("_queen_", "emphasis"),
]


@pytest.mark.parametrize(
    ("text", "markup"), UNESCAPED_BREAKS, ids=[row[-1] for row in UNESCAPED_BREAKS]
)
def test_unescaped_text_would_not_read_back(text, markup):
    """The read-back check has teeth: without escaping, each of these is markup."""
    assert outline_of_markdown(text) != [("p", text, ())], markup
    assert outline_of_markdown(escape_block(text)) == [("p", text, ())], markup
