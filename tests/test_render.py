"""Rendering: the front matter (keys, order, YAML safety) and the Markdown body."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmd.frontmatter import _dumpers, _front_matter, yaml_front_matter
from newsmd.model import Article, BodyBlock
from newsmd.normalize import clean_line
from newsmd.render import (
    Part,
    RenderOptions,
    document,
    front_matter_values,
    markdown,
    render,
)
from newsmd.verify import VerificationError, outline_of_markdown, outline_of_parts, verify

SPEC_ORDER = [
    "title",
    "subtitle",
    "author",
    "date",
    "updated",
    "dateline",
    "source",
    "author_bio",
    "credits",
    "section",
    "word_count",
    "reading_time",
]

PARAGRAPH = BodyBlock("paragraph", ("The last ferry left at noon.",))
#: What PARAGRAPH adds to every front matter: its six words, one minute.
COUNTS = {"word_count": 6, "reading_time": 1}

FULL = Article(
    title="Ferry service ends",
    subtitle="Islanders mourn their link",
    authors=("Jane Doe", "John Roe"),
    date="2013-06-19",
    updated="2013-06-20T10:15:00-04:00",
    dateline="KABUL, Afghanistan",
    source="AP",
    author_bio="Jane Doe covers transport.",
    credits=("Reporting by Ann Lee", "Editing by Bo Chan"),
    section="World",
    body=(PARAGRAPH,),
)


def split(output: str) -> tuple[str, str]:
    """The YAML between the ``---`` lines, and the body after them."""
    assert output.startswith("---\n")
    end = output.index("\n---\n", 3)
    return output[4 : end + 1], output[end + len("\n---\n") :]


def loaded(output: str) -> dict[str, object]:
    values = yaml.safe_load(split(output)[0])
    assert isinstance(values, dict)
    return values


def top_level_keys(yaml_text: str) -> list[str]:
    return [line.split(":", 1)[0] for line in yaml_text.splitlines() if line[:1].isalpha()]


# --- front matter -----------------------------------------------------------------


def test_keys_in_spec_order() -> None:
    output = render(FULL)
    assert list(front_matter_values(FULL)) == SPEC_ORDER
    assert top_level_keys(split(output)[0]) == SPEC_ORDER
    assert list(loaded(output)) == SPEC_ORDER


def test_values_load_back_with_their_types() -> None:
    values = loaded(render(FULL))
    assert values == {
        "title": "Ferry service ends",
        "subtitle": "Islanders mourn their link",
        "author": ["Jane Doe", "John Roe"],
        "date": "2013-06-19",
        "updated": "2013-06-20T10:15:00-04:00",
        "dateline": "KABUL, Afghanistan",
        "source": "AP",
        "author_bio": "Jane Doe covers transport.",
        "credits": ["Reporting by Ann Lee", "Editing by Bo Chan"],
        "section": "World",
        "word_count": 6,
        "reading_time": 1,
    }
    # Dates stay strings: YAML must not turn them into date objects.
    assert isinstance(values["date"], str)
    assert isinstance(values["updated"], str)


@pytest.mark.parametrize("missing", SPEC_ORDER[1:-2])
def test_unknown_values_are_omitted(missing: str) -> None:
    field = {"author": "authors"}.get(missing, missing)
    empty: object = () if field in {"authors", "credits"} else None
    article = Article(**{**_fields(FULL), field: empty})
    output = render(article)
    assert missing not in loaded(output)
    assert missing not in front_matter_values(article)
    assert f"\n{missing}:" not in split(output)[0]


@pytest.mark.parametrize("field", ["subtitle", "date", "dateline", "source", "section"])
def test_empty_string_is_omitted(field: str) -> None:
    article = Article(**{**_fields(FULL), field: ""})
    assert field not in loaded(render(article))


def test_counts_omitted_without_a_body() -> None:
    output = render(Article(title="Only a title"))
    assert output == "---\ntitle: Only a title\n---\n\n# Only a title\n"


def test_only_known_values_no_nulls() -> None:
    output = render(Article(title="Only a title", body=(PARAGRAPH,)))
    head, _ = split(output)
    assert head == "title: Only a title\nword_count: 6\nreading_time: 1\n"
    assert "null" not in output
    assert "[]" not in output
    assert "''" not in output


def test_no_values_at_all() -> None:
    output = render(Article(body=(PARAGRAPH,)))
    head, body = split(output)
    assert yaml.safe_load(head) == COUNTS
    assert "null" not in output
    assert body == "\nThe last ferry left at noon.\n"


HOSTILE = [
    ": ",
    "Breaking: markets fall",
    "a: b: c",
    "#",
    "# not a comment",
    "Ends with #hash",
    "---",
    "--- a",
    "...",
    '"yes"',
    "'single'",
    "yes",
    "Yes",
    "no",
    "NO",
    "on",
    "off",
    "true",
    "null",
    "Null",
    "~",
    "@handle says hi",
    "`tick`",
    "*star",
    "&anchor",
    "*alias",
    "!tag",
    "!!str",
    "%TAG",
    "|",
    "|-",
    ">",
    ">-",
    "- dash",
    "? question",
    "{brace}",
    "[bracket]",
    ",comma",
    "0x1F",
    "1e3",
    "0o17",
    "012",
    ".inf",
    "-.nan",
    "2013-06-19",
    "12:30:00",
    "1_000",
    "<<",
    "=",
    "back\\slash",
    'quote " inside',
    "apostrophe ' inside",
    "tab\tinside",
    "line\u2028separator",
    "para\u2029separator",
    "emoji 😀🇺🇳👩‍👩‍👧",
    "RTL \u05e9\u05dc\u05d5\u05dd \u202e override",
    "zero\u200bwidth",
    "private \ue000 use",
    "nonchar \ufffe",
    "astral \U0001d4d0",
    "x" * 500,
    "word " * 100 + "end",
]


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_title_loads_back(title: str) -> None:
    article = Article(title=title, subtitle=title, authors=(title,), body=(PARAGRAPH,))
    output = render(article)
    assert loaded(output) == {"title": title, "subtitle": title, "author": [title], **COUNTS}
    assert output.endswith("\n") and not output.endswith("\n\n")
    head, _ = split(output)
    # No raw line breaks other than LF: readers that split lines must see three keys.
    assert not set(head) & set("\r\x85\u2028\u2029")
    assert len(head.splitlines()) == 6


# Regression: PyYAML wrote U+0085 raw in a quoted scalar and read it back as a space.
@pytest.mark.parametrize("title", ["next\x85line", "\x85"])
def test_nel_title_loads_back(title: str) -> None:
    output = render(Article(title=title, body=(PARAGRAPH,)))
    assert loaded(output) == {"title": title, **COUNTS}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(min_size=1).map(clean_line).filter(str.strip), min_size=1, max_size=3))
def test_any_normalized_text_loads_back(values: list[str]) -> None:
    # Values reach the front matter only after normalize() has cleaned each line.
    front = {"title": values[0], "author": values, "credits": values[::-1]}
    dumped = yaml_front_matter(front)
    assert dumped.startswith("---\n") and dumped.endswith("\n---\n")
    assert yaml.safe_load(dumped[4:-4]) == front


# The front matter is written by libyaml's emitter where it is byte for byte
# PyYAML's own, which writes the rest (emoji, lone surrogates).
_YAML_CHARS = st.characters(exclude_categories=()) | st.sampled_from(
    "\"'#:-?|>!%@`&*[]{},\\ \t\n\r~=<.0eEnNyY\x85\u2028\u2029\ufeff\xa0\x7f\ufffe\U0001f680"
)
_YAML_WORDS = st.sampled_from(
    ["null", "No", "~", "2013-06-19", "12:30", "1e3", "---", "- a", "a: b"]
)
_FRONT_TEXT = st.lists(st.text(_YAML_CHARS, max_size=4) | _YAML_WORDS, max_size=6).map("".join)


@settings(max_examples=1000, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(SPEC_ORDER), _FRONT_TEXT | st.lists(_FRONT_TEXT, max_size=3), max_size=6
    )
)
def test_front_matter_is_written_as_pyyaml_writes_it(values: dict[str, object]) -> None:
    pyyaml_dumper, _ = _dumpers()
    assert yaml_front_matter(values) == _front_matter(values, pyyaml_dumper)


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Launch \U0001f680 day", "title: Launch \U0001f680 day"),
        ("Caf\u00e9 \u201cquoted\u201d", "title: Caf\u00e9 \u201cquoted\u201d"),
        ("lone \ud800 surrogate", 'title: "lone \\uD800 surrogate"'),
    ],
)
def test_front_matter_characters_as_pyyaml_writes_them(title: str, line: str) -> None:
    assert yaml_front_matter({"title": title}) == f"---\n{line}\n---\n"


def test_front_matter_without_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml, "__with_libyaml__", False)
    _dumpers.cache_clear()
    try:
        assert _dumpers()[1] is None
        assert yaml_front_matter({"title": "Ferry", "author": ["Jane Doe"]}) == (
            "---\ntitle: Ferry\nauthor:\n- Jane Doe\n---\n"
        )
    finally:
        _dumpers.cache_clear()


@pytest.mark.parametrize("title", [t for t in HOSTILE if t.strip() == t and "\t" not in t])
def test_hostile_title_as_heading_reads_back(title: str) -> None:
    article = Article(title=title, body=(PARAGRAPH,))
    parts = document(article)
    verify(markdown(parts), parts)


# --- body -------------------------------------------------------------------------


def test_body_layout_default() -> None:
    _, body = split(render(FULL))
    assert body == (
        "\n# Ferry service ends\n"
        "\n*Islanders mourn their link*\n"
        "\nThe last ferry left at noon.\n"
        "\n---\n"
        "\nJane Doe covers transport.\n"
    )


def test_body_without_title_and_bio() -> None:
    options = RenderOptions(title_in_body=False, bio_in_body=False)
    output = render(FULL, options)
    assert split(output)[1] == "\nThe last ferry left at noon.\n"
    assert loaded(output)["title"] == "Ferry service ends"
    assert loaded(output)["author_bio"] == "Jane Doe covers transport."


def test_body_without_title_only() -> None:
    _, body = split(render(FULL, RenderOptions(title_in_body=False)))
    assert "# " not in body
    assert "Islanders" not in body
    assert body.endswith("\n---\n\nJane Doe covers transport.\n")


def test_body_without_bio_only() -> None:
    _, body = split(render(FULL, RenderOptions(bio_in_body=False)))
    assert body.startswith("\n# Ferry service ends\n")
    assert "---" not in body
    assert "covers transport" not in body


def test_bio_is_last_after_a_rule() -> None:
    parts = document(FULL)
    assert parts[-2] == Part("rule")
    assert parts[-1] == Part("paragraph", ("Jane Doe covers transport.",))
    verify(markdown(parts), parts)


def test_subtitle_is_emphasised() -> None:
    parts = document(FULL)
    assert parts[1] == Part("paragraph", ("Islanders mourn their link",), emphasis=True)
    assert outline_of_markdown(markdown(parts))[1] == (
        "p",
        "Islanders mourn their link",
        ("em_open", "em_close"),
    )


def test_no_title_no_heading() -> None:
    article = Article(subtitle="A dek", body=(PARAGRAPH,))
    parts = document(article)
    assert [p.kind for p in parts] == ["paragraph", "paragraph"]
    assert parts[0].emphasis


def _body(*blocks: BodyBlock) -> str:
    return split(render(Article(body=blocks)))[1]


def test_bullet_list() -> None:
    body = _body(BodyBlock("list", ("first item", "second item", "third item")))
    assert body == "\n- first item\n- second item\n- third item\n"


def test_ordered_list() -> None:
    body = _body(BodyBlock("list", ("first", "second"), ordered=True))
    assert body == "\n1. first\n2. second\n"


def test_long_ordered_list_numbers() -> None:
    items = tuple(f"item {n}" for n in range(1, 13))
    body = _body(BodyBlock("list", items, ordered=True))
    assert body.splitlines()[1:] == [f"{n}. item {n}" for n in range(1, 13)]


def test_heading_is_level_two() -> None:
    body = _body(PARAGRAPH, BodyBlock("heading", ("What happens next",)), PARAGRAPH)
    assert "\n\n## What happens next\n\n" in body


def test_quote() -> None:
    body = _body(BodyBlock("quote", ("We will rebuild.",)))
    assert body == "\n> We will rebuild.\n"


def test_all_kinds_read_back() -> None:
    article = Article(
        title="T",
        subtitle="S",
        author_bio="Bio here.",
        body=(
            PARAGRAPH,
            BodyBlock("heading", ("Sub head",)),
            BodyBlock("list", ("a", "b")),
            BodyBlock("paragraph", ("Between lists.",)),
            BodyBlock("list", ("c", "d"), ordered=True),
            BodyBlock("quote", ("q",)),
        ),
    )
    parts = document(article)
    text = markdown(parts)
    verify(text, parts)
    assert outline_of_markdown(text) == [
        ("h1", "T", ()),
        ("p", "S", ("em_open", "em_close")),
        ("p", "The last ferry left at noon.", ()),
        ("h2", "Sub head", ()),
        ("ul/li/p", "a", ()),
        ("ul/li/p", "b", ()),
        ("p", "Between lists.", ()),
        ("ol/li/p", "c", ()),
        ("ol/li/p", "d", ()),
        ("blockquote/p", "q", ()),
        ("hr", "", ()),
        ("p", "Bio here.", ()),
    ]


@pytest.mark.parametrize(
    "article",
    [
        FULL,
        Article(title="Only title", body=()),
        Article(body=(PARAGRAPH,)),
        Article(title="T", author_bio="Bio only."),
    ],
)
@pytest.mark.parametrize("title_in_body", [True, False])
@pytest.mark.parametrize("bio_in_body", [True, False])
def test_exactly_one_trailing_newline(
    article: Article, title_in_body: bool, bio_in_body: bool
) -> None:
    output = render(article, RenderOptions(title_in_body, bio_in_body))
    assert output.endswith("\n")
    assert not output.endswith("\n\n")
    assert "\r" not in output


def test_front_matter_only_when_body_is_empty() -> None:
    output = render(Article(title="Only title"), RenderOptions(title_in_body=False))
    assert output == "---\ntitle: Only title\n---\n"


# --- escaping, checked by reading back ----------------------------------------------

TRICKY = [
    "# not a heading",
    "#hashtag",
    "## two",
    "> not a quote",
    ">",
    "1. not a list",
    "1) not a list",
    "123456789. still a marker",
    "1234567890. too long for a marker",
    "2013. A year",
    "- not a bullet",
    "+ not a bullet",
    "* not a bullet",
    "-",
    "+",
    "***",
    "---",
    "___",
    "- - -",
    "* * *",
    "_ _ _",
    "===",
    "=== heading underline",
    "%pandoc title",
    "<div>html</div>",
    "<!-- comment -->",
    "<http://example.com>",
    "<me@example.com>",
    "&copy; 2013",
    "&#169; and &#xA9;",
    "AT&T and R&D",
    "`code`",
    "```fenced",
    "~~~fenced",
    "~~strike~~",
    "[link](http://x)",
    "[ref]: /url",
    "![image](x.png)",
    "a_b_c snake_case",
    "_emph_",
    "__strong__",
    "*emph*",
    "**strong**",
    "2*3*4",
    "5 * 6 = 30",
    "back\\slash",
    "ends with backslash\\",
    "\\*already escaped\\*",
    "| a | b |",
    "under_score_",
    "_leading underscore",
    "dash - inside",
    "[^1] footnote",
    "price $5 < $6 > $4",
    "http://example.com/a_b_c",
    "é_ü_ñ",
    "😀_😀",
    "word_😀",
    "a\u00a0b",
]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("kind", ["paragraph", "list", "quote", "heading", "subtitle", "bio"])
def test_tricky_text_reads_back(text: str, kind: str) -> None:
    if kind == "subtitle":
        article = Article(subtitle=text)
    elif kind == "bio":
        article = Article(author_bio=text)
    elif kind == "heading":
        article = Article(title=text, body=(BodyBlock("heading", (text,)),))
    elif kind == "list":
        article = Article(
            body=(BodyBlock("list", (text, text)), BodyBlock("list", (text,), ordered=True))
        )
    else:
        article = Article(body=(BodyBlock(kind, (text,)),))
    parts = document(article)
    verify(markdown(parts), parts)


# --- verify -------------------------------------------------------------------------


def test_verify_accepts_matching_markdown() -> None:
    parts = (Part("paragraph", ("*emphasis*",)),)
    verify("\\*emphasis\\*", parts)


def test_verify_rejects_unescaped_emphasis() -> None:
    parts = (Part("paragraph", ("*emphasis*",)),)
    with pytest.raises(VerificationError, match="block 1"):
        verify("*emphasis*", parts)


def test_verify_rejects_changed_text() -> None:
    with pytest.raises(VerificationError):
        verify("AT&amp;T", (Part("paragraph", ("AT&amp;T",)),))


def test_verify_rejects_wrong_structure() -> None:
    with pytest.raises(VerificationError):
        verify("# Title", (Part("paragraph", ("# Title",)),))
    with pytest.raises(VerificationError):
        verify("- a\n- b", (Part("list", ("a", "b"), ordered=True),))
    with pytest.raises(VerificationError):
        verify("> q", (Part("paragraph", ("q",)),))


def test_verify_rejects_missing_or_extra_blocks() -> None:
    parts = (Part("paragraph", ("one",)), Part("paragraph", ("two",)))
    with pytest.raises(VerificationError, match="blocks read back"):
        verify("one", parts)
    with pytest.raises(VerificationError, match="blocks read back"):
        verify("one\n\ntwo\n\nthree", parts)


def test_verify_rejects_missing_emphasis() -> None:
    with pytest.raises(VerificationError):
        verify("dek", (Part("paragraph", ("dek",), emphasis=True),))


def test_verify_rejects_lost_rule() -> None:
    parts = (Part("paragraph", ("a",)), Part("rule"), Part("paragraph", ("b",)))
    verify("a\n\n---\n\nb", parts)
    with pytest.raises(VerificationError):
        verify("a\n---\n\nb", parts)  # a setext heading, not a rule


def test_outline_of_parts_kinds() -> None:
    parts = (
        Part("heading", ("H",), level=1),
        Part("list", ("a",), ordered=True),
        Part("quote", ("q",)),
        Part("rule"),
        Part("paragraph", ("p",), emphasis=True),
    )
    assert outline_of_parts(parts) == [
        ("h1", "H", ()),
        ("ol/li/p", "a", ()),
        ("blockquote/p", "q", ()),
        ("hr", "", ()),
        ("p", "p", ("em_open", "em_close")),
    ]


def _fields(article: Article) -> dict[str, object]:
    return {
        name: getattr(article, name)
        for name in (
            "title",
            "subtitle",
            "authors",
            "date",
            "updated",
            "dateline",
            "source",
            "author_bio",
            "credits",
            "section",
            "body",
        )
    }
