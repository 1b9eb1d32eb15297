"""Front matter writers: every form loads back with its own standard parser, exactly."""

from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import newsmd
from newsmd.api import convert_article
from newsmd.classify import ParseOptions
from newsmd.frontmatter import (
    FORMATS,
    front_matter,
    json_front_matter,
    toml_front_matter,
    yaml_front_matter,
)
from newsmd.normalize import clean_line
from newsmd.render import options_for

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

C1_CONTROLS = "".join(chr(code) for code in range(0x80, 0xA0))

HOSTILE = [
    ": ",
    "Breaking: x",
    "#",
    "# x",
    "---",
    "+++",
    '"yes"',
    "yes",
    "no",
    "null",
    "~",
    "true",
    "1e3",
    "0x10",
    "@handle",
    "*star",
    "&anchor",
    "!tag",
    "%directive",
    "| pipe",
    "> fold",
    "{brace",
    "[bracket",
    "'quoted'",
    '"dq"',
    "back\\slash\\",
    "C:\\new\\table",
    "line\u2028separator",
    "paragraph\u2029separator",
    "next\x85line",
    f"C1 {C1_CONTROLS} controls",
    "\x80",
    "\x9f",
    "emoji 😀🇺🇳👩‍👩‍👧",
    "CJK 中文新闻标题 日本語",
    "RTL \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "tab\there",
    "x" * 5000,
    "word " * 1000 + "end",
    "---\n+++\n{}",
    "}",
    "{",
]

# --- loading a block back -------------------------------------------------------------

YAML_BOUNDARY = re.compile(r"^-{3,}\s*$", re.MULTILINE)
TOML_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)


def load_yaml(block: str) -> Any:
    assert block.startswith("---\n")
    assert block.endswith("\n---\n")
    inner = block[4:-4]
    # A reader that splits on the delimiter lines (python-frontmatter, Hugo) sees one block.
    assert not YAML_BOUNDARY.search(inner), inner
    return yaml.safe_load(inner)


def load_toml(block: str) -> Any:
    assert block.startswith("+++\n")
    assert block.endswith("\n+++\n")
    inner = block[4:-4]
    assert not TOML_BOUNDARY.search(inner), inner
    return tomllib.loads(inner)


def load_json(block: str) -> Any:
    lines = block.split("\n")
    assert lines[0] == "{"
    assert lines[-2:] == ["}", ""]
    # The first line that is a lone "}" closes the object (Hugo, python-frontmatter).
    assert lines.index("}") == len(lines) - 2
    return json.loads(block)


LOADERS = {"yaml": load_yaml, "toml": load_toml, "json": load_json}
WRITERS = {"yaml": yaml_front_matter, "toml": toml_front_matter, "json": json_front_matter}


def split_document(text: str, form: str) -> tuple[Any, str]:
    """The loaded front matter of a converted document in ``form``, and its body."""
    if form == "json":
        values, end = json.JSONDecoder().raw_decode(text)
        assert text[end] == "\n"
        return values, text[end + 1 :]
    delimiter = {"yaml": "---", "toml": "+++"}[form]
    assert text.startswith(delimiter + "\n")
    end = text.index(f"\n{delimiter}\n", 3) + len(delimiter) + 2
    return LOADERS[form](text[:end]), text[end:]


# --- hostile values --------------------------------------------------------------------


@pytest.mark.parametrize("form", ["yaml", "toml", "json"])
@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: repr(v)[:30])
def test_hostile_value_loads_back(value: str, form: str) -> None:
    values = {
        "title": value,
        "subtitle": f"{value} and more",
        "author": [value, "Jane Doe", value[::-1]],
        "word_count": 1234,
    }
    block = front_matter(values, form)
    assert WRITERS[form](values) == block
    assert LOADERS[form](block) == values
    assert block.endswith("\n") and not block.endswith("\n\n")


@pytest.mark.parametrize("form", ["yaml", "toml", "json"])
@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: repr(v)[:30])
def test_hostile_value_as_a_key_order_and_types_kept(value: str, form: str) -> None:
    values: dict[str, Any] = {"z_last": value, "a_first": [value], "count": 0, "minutes": 3}
    loaded = LOADERS[form](front_matter(values, form))
    assert list(loaded) == list(values)
    assert loaded == values
    assert isinstance(loaded["count"], int) and isinstance(loaded["z_last"], str)


@pytest.mark.parametrize("form", ["yaml", "toml", "json"])
def test_hostile_list_loads_back(form: str) -> None:
    values = {"tags": HOSTILE, "credits": list(reversed(HOSTILE))}
    assert LOADERS[form](front_matter(values, form)) == values


@pytest.mark.parametrize("form", ["yaml", "toml", "json"])
@pytest.mark.parametrize("char", list(C1_CONTROLS), ids=lambda c: f"U+{ord(c):04X}")
def test_each_c1_control_loads_back(char: str, form: str) -> None:
    values = {"title": f"a{char}b", "author": [char, f"{char}x"]}
    assert LOADERS[form](front_matter(values, form)) == values


@pytest.mark.parametrize("value", ["yes", "no", "null", "~", "true", "1e3", "0x10", "2013-06-19"])
def test_yaml_keeps_strings_that_look_like_other_types_as_strings(value: str) -> None:
    loaded = load_yaml(yaml_front_matter({"title": value}))
    assert loaded == {"title": value}
    assert isinstance(loaded["title"], str)


def test_yaml_writes_unicode_line_breaks_escaped() -> None:
    block = yaml_front_matter({"title": "a\u2028b\u2029c\x85d"})
    assert not set(block) & set("\x85\u2028\u2029\r")
    assert len(block.splitlines()) == 3


# --- through convert: the title as parse() reads it -------------------------------------

TITLE_CHARS = [
    *HOSTILE[:26],
    "Harbour\u2028ferry",
    "Harbour\u2029ferry",
    "Harbour\x85ferry",
    f"Harbour{C1_CONTROLS}ferry",
    "Harbour \x80\x9b\x9f ferry",
    "Harbour ferry 😀 中文 \u05e9\u05dc\u05d5\u05dd",
    "Harbour\tferry",
    "Harbour: ferry # 1 'yes' \"no\" \\ ends",
]

BODY = (
    "The last ferry left the quay at noon on Friday, carrying a handful of passengers and "
    "a great many memories of the crossing.\n"
)


@pytest.mark.parametrize("form", ["yaml", "toml", "json"])
@pytest.mark.parametrize("title", TITLE_CHARS, ids=lambda v: repr(v)[:30])
def test_title_through_convert_loads_back_as_parsed(title: str, form: str) -> None:
    text = f"{title}\n\n{BODY}"
    expected = newsmd.parse(text).title
    conversion = convert_article(
        text, ParseOptions(), options_for("newsmd", front_matter=form), verify=True
    )
    values, body = split_document(conversion.text, form)
    assert values.get("title") == expected
    assert conversion.article.title == expected
    assert "The last ferry left the quay" in body


def test_c1_controls_in_a_title_are_removed_before_the_front_matter() -> None:
    text = f"Harbour{C1_CONTROLS} ferry to close\n\n{BODY}"
    assert newsmd.parse(text).title == "Harbour ferry to close"


# --- delimiters and forms ------------------------------------------------------------------

VALUES = {"title": "Ferry service ends", "author": ["Jane Doe", "John Roe"], "word_count": 6}


def test_yaml_form() -> None:
    assert front_matter(VALUES, "yaml") == (
        "---\ntitle: Ferry service ends\nauthor:\n- Jane Doe\n- John Roe\nword_count: 6\n---\n"
    )


def test_toml_form() -> None:
    block = front_matter(VALUES, "toml")
    assert block.startswith("+++\n") and block.endswith("\n+++\n")
    assert block.count("+++") == 2
    assert 'title = "Ferry service ends"' in block.splitlines()
    assert load_toml(block) == VALUES


def test_json_form() -> None:
    block = front_matter(VALUES, "json")
    lines = block.splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert block.endswith("}\n")
    assert json.loads(block) == VALUES
    # Unicode is written as it is, not as \u escapes.
    assert "é" in front_matter({"title": "café"}, "json")


@pytest.mark.parametrize("form", FORMATS)
def test_every_format_is_known(form: str) -> None:
    block = front_matter(VALUES, form)
    if form == "none":
        assert block == ""
    else:
        assert LOADERS[form](block) == VALUES


def test_none_gives_nothing() -> None:
    assert front_matter(VALUES, "none") == ""
    assert front_matter({}, "none") == ""


@pytest.mark.parametrize("form", ["toml", "json"])
def test_no_values_no_block(form: str) -> None:
    assert front_matter({}, form) == ""


# --- dates -----------------------------------------------------------------------------------

EDT = timezone(timedelta(hours=-4))
DATES: dict[str, Any] = {
    "date": datetime(2021, 10, 14, 9, 47, tzinfo=EDT),
    "lastmod": datetime(2019, 11, 5, 14, 30),
    "published": date(2013, 6, 19),
    "utc": datetime(2024, 6, 11, 20, 12, tzinfo=timezone.utc),
    "east": datetime(2024, 6, 11, 22, 12, 5, tzinfo=timezone(timedelta(hours=5, minutes=30))),
}


def test_toml_dates_round_trip_through_tomllib() -> None:
    block = toml_front_matter(DATES)
    loaded = load_toml(block)
    assert loaded == DATES
    assert loaded["date"].utcoffset() == timedelta(hours=-4)
    assert loaded["east"].utcoffset() == timedelta(hours=5, minutes=30)
    assert loaded["lastmod"].tzinfo is None
    assert type(loaded["published"]) is date
    # TOML datetimes, not strings: no quotes around them.
    assert "date = 2021-10-14" in block and '"2021' not in block


def test_yaml_dates_round_trip_through_safe_load() -> None:
    loaded = load_yaml(yaml_front_matter(DATES))
    assert loaded == DATES
    assert type(loaded["published"]) is date
    assert loaded["date"].utcoffset() == timedelta(hours=-4)


def test_json_dates_are_iso_strings() -> None:
    loaded = load_json(json_front_matter(DATES))
    assert loaded == {key: value.isoformat() for key, value in DATES.items()}
    assert loaded["date"] == "2021-10-14T09:47:00-04:00"


def test_json_refuses_other_objects() -> None:
    with pytest.raises(TypeError):
        json_front_matter({"title": object()})


# --- property ----------------------------------------------------------------------------------

TEXT = st.text(min_size=1).map(lambda s: clean_line(s).strip()).filter(bool)
KEYS = st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True)
VALUE = TEXT | st.lists(TEXT, min_size=1, max_size=4) | st.integers(-(2**53), 2**53)


@given(st.dictionaries(KEYS, VALUE, min_size=1, max_size=6))
def test_any_clean_values_load_back_in_every_form(values: dict[str, Any]) -> None:
    for form, load in LOADERS.items():
        block = front_matter(values, form)
        loaded = load(block)
        assert loaded == values, form
        assert list(loaded) == list(values), form
