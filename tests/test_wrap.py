"""Hard-wrapping: lines within the width, never a line that opens a block, same reading."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmd.normalize import clean_line
from newsmd.render import Part, markdown
from newsmd.verify import outline_of_markdown, outline_of_parts, verify
from newsmd.wrap import wrap

OPENING_QUOTES = "\"'(«„‚‘“¿¡"


def may_start_a_line(word: str) -> bool:
    """The documented rule: a letter, a number that is no list marker, an opening quote."""
    first = word[:1]
    if first in OPENING_QUOTES:
        return True
    if not first.isalnum():
        return False
    return not re.fullmatch(r"[0-9]+[.)]", word)


# --- wrap() on its own ----------------------------------------------------------------


def test_short_text_is_left_alone() -> None:
    assert wrap("The ferry left.", 15) == "The ferry left."
    assert wrap("The ferry left.", 80) == "The ferry left."


@pytest.mark.parametrize("width", [0, -1, -80])
def test_no_width_no_wrapping(width: int) -> None:
    text = "word " * 50 + "end"
    assert wrap(text, width) == text


def test_breaks_at_spaces_within_the_width() -> None:
    text = "The last ferry left at noon on Friday with a handful of passengers aboard."
    wrapped = wrap(text, 20)
    assert wrapped == (
        "The last ferry left\nat noon on Friday\nwith a handful of\npassengers aboard."
    )
    assert all(len(line) <= 20 for line in wrapped.splitlines())
    assert " ".join(wrapped.splitlines()) == text


def test_line_exactly_the_width_is_kept() -> None:
    assert wrap("aaaa bbbb cccc", 9) == "aaaa bbbb\ncccc"
    assert wrap("aaaa bbbb cccc", 8) == "aaaa\nbbbb\ncccc"


def test_indent_starts_continuation_lines_and_counts_in_the_width() -> None:
    wrapped = wrap("- alpha beta gamma delta", 12, "  ")
    assert wrapped == "- alpha beta\n  gamma\n  delta"
    assert all(len(line) <= 12 for line in wrapped.splitlines())
    assert wrap("> alpha beta gamma delta", 13, "> ") == "> alpha beta\n> gamma delta"
    assert wrap("10. alpha beta gamma", 10, "    ") == "10. alpha\n    beta\n    gamma"


def test_never_splits_a_long_word() -> None:
    long = "https://example.org/" + "x" * 60
    wrapped = wrap(f"see {long} now", 20)
    assert wrapped == f"see\n{long}\nnow"
    assert long in wrapped.splitlines()


def test_long_first_word() -> None:
    long = "y" * 30
    assert wrap(f"{long} and more", 10) == f"{long}\nand more"


@pytest.mark.parametrize(
    "word",
    [
        "#", "#1", "##", ">", ">quote", "-", "-5", "--", "---", "+", "+5", "*", "**bold",
        "=", "===", "`", "```", "~", "~~~", "<", "<div>", "|", "|a|", "1.", "2)", "10.",
        "123456789.", "1234567890.", "_", "_x_", "\\*", "[link]", "!", "&copy;", ":", "%",
        "—", "…", "•",
    ],
)  # fmt: skip
def test_word_that_would_open_a_block_never_starts_a_line(word: str) -> None:
    text = f"aaaa {word} bbbb"
    wrapped = wrap(text, 4)
    lines = wrapped.splitlines()
    assert all(not line.startswith(word) for line in lines[1:]), wrapped
    assert f"aaaa {word}" in lines  # kept on the line before, past the width
    assert wrap(f"aaaa {word}", 4, "> ") == f"aaaa {word}"


@pytest.mark.parametrize(
    "word",
    [
        "Ferry", "ferry", "élan", "Ölpreis", "東京", "1.5", "2013", "1,000", "3rd", "2.)",
        '"quoted"', "'single'", "(aside)", "«guillemets»", "„Zitat“", "‘curly’", "“curly”",
        "¿qué?", "¡ya!",
    ],
)  # fmt: skip
def test_safe_words_may_start_a_line(word: str) -> None:
    assert wrap(f"aaaa {word}", 4) == f"aaaa\n{word}"
    assert wrap(f"> aaaa {word}", 6, "> ") == f"> aaaa\n> {word}"


def test_unsafe_words_ride_along_until_a_safe_one() -> None:
    wrapped = wrap("alpha - beta # gamma > delta", 6)
    assert wrapped == "alpha -\nbeta #\ngamma >\ndelta"


def test_words_and_spaces_are_kept() -> None:
    text = "one two  three   four"
    assert wrap(text, 5).replace("\n", " ") == text


# --- the renderer's wrapping, read back -------------------------------------------------

SIGNIFICANT = [
    "#", "##", "#1", ">", "-", "--", "---", "+", "+5", "*", "**", "***", "=", "===", "`",
    "```", "~", "~~~", "<", "<div>", "<a@b.c>", "<!--", "-->", "|", "|a|", "1.", "2)", "10.",
    "123456789.", "1234567890.", "2024.", "_", "__x__", "_x_", "[x](y)", "[ref]:", "![i](x)",
    "&copy;", "&#169;", "AT&T", "\\", "\\*", "1.5", "'q'", '"q"', "(p)", "«x»", ":", "%",
    "- [ ]", "* * *", "Ferry", "noon", "a", "é",
]  # fmt: skip

WORD = st.sampled_from(SIGNIFICANT) | st.text(min_size=1, max_size=12)
TEXT = (
    st.lists(WORD, min_size=1, max_size=25)
    .map(lambda words: " ".join(clean_line(" ".join(words)).split()))
    .filter(bool)
)
PART = st.one_of(
    st.builds(lambda text: Part("paragraph", (text,)), TEXT),
    st.builds(lambda text: Part("paragraph", (text,), emphasis=True), TEXT),
    st.builds(lambda text: Part("quote", (text,)), TEXT),
    st.builds(
        lambda items, ordered: Part("list", tuple(items), ordered=ordered),
        st.lists(TEXT, min_size=1, max_size=12),
        st.booleans(),
    ),
)


def _lines_of(part: Part, width: int) -> list[tuple[str, str, bool]]:
    """Each line of ``part`` wrapped at ``width``: the line, the indent a continuation line
    has, and whether the line opens the block (or list item)."""
    result = []
    for index, line in enumerate(markdown([part], wrap=width).split("\n")):
        if part.kind == "quote":
            assert line.startswith(">"), line
            result.append((line, "> ", index == 0))
        elif part.kind == "list":
            marker = re.match(r"(?:\d+\.|-)(?= |$)", line)
            indent = " " * (len(marker.group(0)) + 1) if marker else re.match(" *", line)[0]
            result.append((line, indent, marker is not None))
        else:
            result.append((line, "", index == 0))
    return result


def assert_wrapped_as_documented(part: Part, width: int) -> None:
    lines = _lines_of(part, width)
    for number, (line, indent, opens) in enumerate(lines):
        if opens:
            words = line.split(" ")
        else:
            assert line.startswith(indent) and line[len(indent) :][:1] not in " ", line
            rest = line[len(indent) :].split(" ")
            assert may_start_a_line(rest[0]), line
            words = [indent + rest[0], *rest[1:]]
        # A word past the width is either alone on its line or may not start a line.
        for i in range(1, len(words)):
            if len(" ".join(words[: i + 1])) > width:
                assert not may_start_a_line(words[i]), (width, line)
        # No break that was not needed: the next line's first word did not fit here.
        if number + 1 < len(lines) and not lines[number + 1][2]:
            following, next_indent, _ = lines[number + 1]
            first = following[len(next_indent) :].split(" ")[0]
            assert len(line) + 1 + len(first) > width, (width, line, following)


@given(st.lists(PART, min_size=1, max_size=4), st.integers(min_value=10, max_value=100))
def test_wrapped_markdown_reads_back_and_keeps_the_width(parts: list[Part], width: int) -> None:
    text = markdown(parts, wrap=width)
    verify(text, parts)
    assert outline_of_markdown(text) == outline_of_markdown(markdown(parts))
    for part in parts:
        assert_wrapped_as_documented(part, width)


@given(TEXT, st.integers(min_value=10, max_value=100))
def test_wrapped_paragraph_text_is_unchanged(text: str, width: int) -> None:
    part = Part("paragraph", (text,))
    wrapped = markdown([part], wrap=width)
    assert wrapped.replace("\n", " ") == markdown([part])
    assert outline_of_markdown(wrapped) == outline_of_parts([part])


def test_wrapped_headings_and_rules_are_left_alone() -> None:
    title = "A headline that is much longer than the width we ask for here"
    parts = [Part("heading", (title,), level=1), Part("rule"), Part("paragraph", ("Short.",))]
    text = markdown(parts, wrap=20)
    assert text.splitlines()[0] == f"# {title}"
    verify(text, parts)
