"""Output profiles: the keys, value shapes and body layout each tool documents."""

from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

import newsmd
from newsmd.api import convert_article
from newsmd.classify import ParseOptions
from newsmd.model import Article, BodyBlock
from newsmd.profiles import (
    PROFILES,
    SLUG_LENGTH,
    WORDS_PER_MINUTE,
    Field,
    Profile,
    apply,
    article_values,
    as_datetime,
    day_only,
    jekyll_date,
    joined,
    obsidian_tags,
    one_item,
    reading_time,
    slugify,
    wikilinks,
    word_count,
)
from newsmd.render import RenderOptions, front_matter_values, options_for, render
from newsmd.verify import outline_of_markdown

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))

RICH = """\
Harbour ferry to stop running after ninety years

Islanders weigh what a new bridge would cost them

By Jane Doe and John Roe, Reuters
Published: 2021-10-14 09:47 EDT
Updated: 2021-10-15 10:30 EDT

LONDON (Reuters) - The last ferry left the quay at noon on Friday, carrying a handful of \
passengers and a great many memories of the crossing.

Officials said the service had run at a loss for a decade and could not be saved without a \
large subsidy from the county.

(Reporting by Jane Doe; Editing by Ann Lee)

Author: Jane Doe

Jane Doe is a reporter who covers transport and coastal communities for the paper.
"""

TITLE = "Harbour ferry to stop running after ninety years"
SUBTITLE = "Islanders weigh what a new bridge would cost them"
AUTHORS = ["Jane Doe", "John Roe"]
BIO = "Jane Doe is a reporter who covers transport and coastal communities for the paper."
CREDITS = ["Reporting by Jane Doe", "Editing by Ann Lee"]
FIRST = "LONDON (Reuters) - The last ferry left the quay at noon on Friday"
URL = "https://example.org/news/harbour-ferry"
TAGS = ("Local news", "2021", "Q&A", "ferries")
SOURCE = "Example Wire"
WORDS = 50
EDT = timezone(timedelta(hours=-4))


def split(text: str, form: str) -> tuple[dict[str, Any], str]:
    """The front matter of a converted document, loaded with its standard parser, and the body."""
    if form == "none":
        return {}, text
    if form == "json":
        values, end = json.JSONDecoder().raw_decode(text)
        return values, text[end:].lstrip("\n")
    delimiter = {"yaml": "---", "toml": "+++"}[form]
    assert text.startswith(delimiter + "\n")
    end = text.index(f"\n{delimiter}\n", 3)
    head, body = text[4 : end + 1], text[end + len(delimiter) + 2 :]
    loaded = yaml.safe_load(head) if form == "yaml" else tomllib.loads(head)
    assert isinstance(loaded, dict)
    assert body.startswith("\n")
    return loaded, body[1:]


def convert_rich(name: str, **overrides: Any) -> tuple[dict[str, Any], str]:
    options = options_for(name, url=URL, tags=TAGS, source=SOURCE, **overrides)
    conversion = convert_article(RICH, ParseOptions(), options, verify=True)
    return split(conversion.text, options.front_matter)


def test_rich_article_is_read_as_expected() -> None:
    article = newsmd.parse(RICH)
    assert article.title == TITLE
    assert article.subtitle == SUBTITLE
    assert list(article.authors) == AUTHORS
    assert article.date == "2021-10-14T09:47:00-04:00"
    assert article.updated == "2021-10-15T10:30:00-04:00"
    assert article.dateline == "LONDON"
    assert article.source == "Reuters"
    assert article.author_bio == BIO
    assert list(article.credits) == CREDITS
    assert word_count(article) == WORDS


# --- each profile on a rich article -----------------------------------------------------


def test_newsmd_profile() -> None:
    values, body = convert_rich("newsmd")
    assert list(values) == [
        "title", "subtitle", "author", "date", "updated", "dateline", "source", "author_bio",
        "credits", "lang", "word_count", "reading_time", "url", "tags",
    ]  # fmt: skip
    assert values["author"] == AUTHORS
    assert values["date"] == "2021-10-14T09:47:00-04:00"
    assert values["updated"] == "2021-10-15T10:30:00-04:00"
    assert values["source"] == SOURCE
    assert values["credits"] == CREDITS
    assert values["word_count"] == WORDS
    assert values["reading_time"] == 1
    assert values["url"] == URL
    assert values["tags"] == list(TAGS)
    assert body.startswith(f"# {TITLE}\n\n*{SUBTITLE}*\n\n{FIRST}")
    assert body.endswith(f"\n\n---\n\n{BIO}\n")


def test_hugo_profile() -> None:
    values, body = convert_rich("hugo")
    assert list(values) == [
        "title", "description", "subtitle", "authors", "date", "lastmod", "slug", "tags",
        "source_url", "source", "dateline", "credits", "lang", "author_bio",
    ]  # fmt: skip
    assert values["title"] == TITLE
    assert values["description"] == values["subtitle"] == SUBTITLE
    assert values["authors"] == AUTHORS
    # TOML date-times, with the offset kept.
    assert values["date"] == datetime(2021, 10, 14, 9, 47, tzinfo=EDT)
    assert values["date"].utcoffset() == timedelta(hours=-4)
    assert values["lastmod"] == datetime(2021, 10, 15, 10, 30, tzinfo=EDT)
    assert values["slug"] == "harbour-ferry-to-stop-running-after-ninety-years"
    assert values["tags"] == list(TAGS)
    assert values["source_url"] == URL
    assert values["source"] == SOURCE
    assert values["credits"] == CREDITS
    assert values["author_bio"] == BIO
    # Hugo's theme prints the title: the body has no heading and no dek of its own.
    assert body.startswith(FIRST)
    assert f"# {TITLE}" not in body
    assert SUBTITLE not in body
    assert body.endswith(f"\n\n---\n\n{BIO}\n")


def test_hugo_categories_are_a_list() -> None:
    article = Article(title="Ferry", section="World", body=(BodyBlock("paragraph", ("Text.",)),))
    values, _ = split(render(article, options_for("hugo")), "toml")
    assert values["categories"] == ["World"]


def test_jekyll_profile() -> None:
    values, body = convert_rich("jekyll")
    assert list(values) == [
        "layout", "title", "description", "author", "authors", "date", "last_modified_at",
        "slug", "tags", "source_url", "source", "dateline", "credits", "lang", "author_bio",
    ]  # fmt: skip
    assert values["layout"] == "post"
    assert values["description"] == SUBTITLE
    assert values["author"] == "Jane Doe and John Roe"
    assert values["authors"] == AUTHORS
    assert values["date"] == "2021-10-14 09:47:00 -0400"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}", values["date"])
    assert values["last_modified_at"] == "2021-10-15 10:30:00 -0400"
    assert values["slug"] == "harbour-ferry-to-stop-running-after-ninety-years"
    assert values["tags"] == list(TAGS)
    assert values["source_url"] == URL
    assert values["source"] == SOURCE
    assert body.startswith(FIRST)
    assert f"# {TITLE}" not in body


def test_jekyll_categories_and_single_author() -> None:
    article = Article(
        title="Ferry", authors=("Jane Doe",), section="World",
        body=(BodyBlock("paragraph", ("Text.",)),),
    )  # fmt: skip
    values, _ = split(render(article, options_for("jekyll")), "yaml")
    assert values["author"] == "Jane Doe"
    assert values["authors"] == ["Jane Doe"]
    assert values["categories"] == ["World"]


def test_pandoc_profile() -> None:
    values, body = convert_rich("pandoc")
    assert list(values) == [
        "title", "subtitle", "description", "author", "date", "updated", "dateline", "source",
        "credits", "lang", "url", "keywords",
    ]  # fmt: skip
    assert values["subtitle"] == values["description"] == SUBTITLE
    assert values["author"] == AUTHORS
    assert values["date"] == "2021-10-14T09:47:00-04:00"
    assert values["keywords"] == list(TAGS)
    assert values["url"] == URL
    assert values["source"] == SOURCE
    # pandoc -s prints the title block: no heading of its own in the body.
    assert body.startswith(FIRST)
    assert f"# {TITLE}" not in body
    assert body.endswith(f"\n\n---\n\n{BIO}\n")


def test_pandoc_category() -> None:
    article = Article(title="Ferry", section="World", body=(BodyBlock("paragraph", ("Text.",)),))
    values, _ = split(render(article, options_for("pandoc")), "yaml")
    assert values["category"] == "World"


def test_obsidian_profile() -> None:
    values, body = convert_rich("obsidian")
    assert list(values) == [
        "title", "source", "author", "published", "updated", "description", "tags", "agency",
        "dateline", "credits", "lang", "word_count", "reading_time",
    ]  # fmt: skip
    assert values["source"] == URL
    assert values["author"] == ["[[Jane Doe]]", "[[John Roe]]"]
    assert values["published"] == date(2021, 10, 14)
    assert type(values["published"]) is date
    assert values["updated"] == date(2021, 10, 15)
    assert values["description"] == SUBTITLE
    # "Local news" → "Local-news", "Q&A" → "QA", "2021" (digits only) dropped.
    assert values["tags"] == ["Local-news", "QA", "ferries"]
    assert values["agency"] == SOURCE
    assert values["word_count"] == WORDS
    assert body.startswith(f"# {TITLE}\n\n*{SUBTITLE}*\n\n{FIRST}")


def test_obsidian_section() -> None:
    article = Article(title="Ferry", section="World", body=(BodyBlock("paragraph", ("Text.",)),))
    values, _ = split(render(article, options_for("obsidian")), "yaml")
    assert values["section"] == "World"


def test_obsidian_tags_that_clean_away_are_left_out() -> None:
    options = options_for("obsidian", tags=("2021", "!!!", "  "))
    values, _ = split(convert_article(RICH, ParseOptions(), options).text, "yaml")
    assert "tags" not in values


def test_plain_profile() -> None:
    options = options_for("plain", url=URL, tags=TAGS, source=SOURCE)
    text = convert_article(RICH, ParseOptions(), options, verify=True).text
    assert text.startswith(f"# {TITLE}\n\n*{SUBTITLE}*\n\n{FIRST}")
    assert "---\ntitle" not in text and "+++" not in text
    assert URL not in text
    assert text.endswith(f"\n\n---\n\n{BIO}\n")


# --- dates in each shape --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "hugo", "jekyll", "obsidian"),
    [
        (
            "published-timestamp.txt",
            datetime(2021, 10, 14, 9, 47, tzinfo=EDT),
            "2021-10-14 09:47:00 -0400",
            date(2021, 10, 14),
        ),
        ("byline-staff-writer.txt", date(2013, 6, 19), "2013-06-19", date(2013, 6, 19)),
        (
            "page-fr-news.txt",
            datetime(2019, 11, 5, 14, 30),
            "2019-11-05 14:30:00",
            date(2019, 11, 5),
        ),
    ],
)
def test_sample_dates_in_each_profile(sample: str, hugo: Any, jekyll: str, obsidian: date) -> None:
    text = (ROOT / "samples" / sample).read_text(encoding="utf-8")
    values = {}
    for name in ("hugo", "jekyll", "obsidian"):
        options = options_for(name)
        values[name], _ = split(
            convert_article(text, ParseOptions(), options).text, options.front_matter
        )
    assert values["hugo"]["date"] == hugo
    assert type(values["hugo"]["date"]) is type(hugo)
    if isinstance(hugo, datetime):
        assert values["hugo"]["date"].utcoffset() == hugo.utcoffset()
    assert values["jekyll"]["date"] == jekyll
    assert isinstance(values["jekyll"]["date"], str)
    assert values["obsidian"]["published"] == obsidian


# --- every profile on every sample ---------------------------------------------------------


@pytest.mark.parametrize("name", list(PROFILES))
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_every_sample_in_every_profile(sample: Path, name: str) -> None:
    profile = PROFILES[name]
    options = options_for(name, url=URL, tags=TAGS)
    conversion = convert_article(
        sample.read_text(encoding="utf-8"), ParseOptions(), options, verify=True
    )
    article = conversion.article
    values, body = split(conversion.text, profile.front_matter)
    expected = front_matter_values(article, options) if profile.front_matter != "none" else {}
    assert values == expected
    keys = [key for key, _ in profile.constants] + [field.theirs for field in profile.fields]
    assert set(values) <= set(keys)
    assert [key for key in keys if key in values] == list(values)
    assert None not in values.values() and "" not in values.values() and [] not in values.values()
    first = outline_of_markdown(body)[0]
    has_title = first == ("h1", article.title, ())
    assert has_title == (profile.title_in_body and article.title is not None)
    assert not [entry for entry in outline_of_markdown(body)[1:] if entry[0] == "h1"]
    if article.author_bio:
        assert (f"---\n\n{article.author_bio}\n" in body) == profile.bio_in_body
    assert conversion.text.endswith("\n") and not conversion.text.endswith("\n\n")


# --- options_for --------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(PROFILES))
def test_options_for_takes_the_profile_defaults(name: str) -> None:
    profile = PROFILES[name]
    options = options_for(name)
    assert options == RenderOptions(
        title_in_body=profile.title_in_body,
        bio_in_body=profile.bio_in_body,
        front_matter=profile.front_matter,
        profile=name,
    )


def test_options_for_explicit_choices_win() -> None:
    options = options_for(
        "hugo", title_in_body=True, bio_in_body=False, front_matter="json",
        wrap=40, url=URL, tags=("a",), source=SOURCE, output_format="json",
    )  # fmt: skip
    assert options == RenderOptions(
        title_in_body=True, bio_in_body=False, front_matter="json", profile="hugo",
        wrap=40, url=URL, tags=("a",), source=SOURCE, output_format="json",
    )  # fmt: skip
    assert options_for("obsidian", title_in_body=False).title_in_body is False
    assert options_for("obsidian", title_in_body=False).front_matter == "yaml"
    assert options_for("plain", front_matter="yaml").title_in_body is True


def test_options_for_false_is_a_choice_not_a_default() -> None:
    assert options_for("newsmd", title_in_body=False, bio_in_body=False) == RenderOptions(
        title_in_body=False, bio_in_body=False
    )


def test_options_for_unknown_profile() -> None:
    with pytest.raises(KeyError):
        options_for("wordpress")


# --- slugify ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Storm hits Köln: 3 dead", "storm-hits-koln-3-dead"),
        ("Café crème brûlée à Noël", "cafe-creme-brulee-a-noel"),
        ("Straße in Großhausen", "strasse-in-grosshausen"),
        ("Æsir and Ærø, Œuvre", "aesir-and-aero-oeuvre"),
        ("Łódź and Gdańsk", "lodz-and-gdansk"),
        ("Søren Kierkegaard, Đakovo, Þingvellir", "soren-kierkegaard-dakovo-thingvellir"),
        ('Why the #1 seed said: "Not this year"!', "why-the-1-seed-said-not-this-year"),
        ("  --Rates -- fall!?  ", "rates-fall"),
        ("UK grocer Fernley's to close 40 stores", "uk-grocer-fernley-s-to-close-40-stores"),
        ("2024: a year", "2024-a-year"),
        ("", ""),
        ("!!! ??? ...", ""),
        ("Ελληνικά νέα 中文", ""),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_slugify_cuts_long_titles_at_a_word() -> None:
    title = " ".join(["harbour"] * 30)
    slug = slugify(title)
    assert len(slug) <= SLUG_LENGTH
    assert slug == "-".join(["harbour"] * 10)  # 79 characters; an 11th word would pass 80
    assert not slug.endswith("-")


def test_slugify_keeps_a_word_ending_exactly_at_the_limit() -> None:
    # "aaa…a-bc" is exactly 80 characters: kept whole, "de" goes.
    assert slugify("a" * 77 + " bc de") == "a" * 77 + "-bc"
    assert len(slugify("a" * 77 + " bc de")) == SLUG_LENGTH
    # One more character and "bc" no longer fits.
    assert slugify("a" * 78 + " bc de") == "a" * 78


def test_slugify_short_slug_is_not_cut() -> None:
    title = "x" * SLUG_LENGTH
    assert slugify(title) == title


def test_slugify_one_long_word_stays_within_the_limit() -> None:
    slug = slugify("x" * 100)
    assert len(slug) <= SLUG_LENGTH
    assert slug == "x" * SLUG_LENGTH


def test_article_without_title_has_no_slug() -> None:
    article = Article(title="!!!", body=(BodyBlock("paragraph", ("Text here.",)),))
    assert "slug" not in article_values(article)
    assert article_values(Article(title="Ferry ends"))["slug"] == "ferry-ends"


# --- word_count and reading_time ------------------------------------------------------------


def test_word_count_counts_every_body_block() -> None:
    article = Article(
        title="Not counted in the body",
        subtitle="Nor the dek",
        author_bio="Nor the bio here",
        body=(
            BodyBlock("paragraph", ("one two  three",)),
            BodyBlock("heading", ("four five",)),
            BodyBlock("list", ("six", "seven eight")),
            BodyBlock("quote", ("nine — ten",)),
        ),
    )
    assert word_count(article) == 11


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(1, 1), (0, 1), (237, 1), (238, 1), (239, 2), (476, 2), (477, 3), (2380, 10), (2381, 11)],
)
def test_reading_time(words: int, minutes: int) -> None:
    assert WORDS_PER_MINUTE == 238
    assert reading_time(words) == minutes


def test_counts_in_article_values() -> None:
    body = (BodyBlock("paragraph", (" ".join(["word"] * 239),)),)
    values = article_values(Article(title="T", body=body))
    assert values["word_count"] == 239
    assert values["reading_time"] == 2


def test_counts_omitted_without_a_body() -> None:
    values = article_values(Article(title="Only a title", author_bio="A bio of five words."))
    assert "word_count" not in values
    assert "reading_time" not in values


# --- value shapes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-10-14T09:47:00-04:00", "2021-10-14 09:47:00 -0400"),
        ("2024-06-11T16:12:00+05:30", "2024-06-11 16:12:00 +0530"),
        ("2013-06-19T14:03:00+00:00", "2013-06-19 14:03:00 +0000"),
        ("2019-11-05T14:30:00", "2019-11-05 14:30:00"),
        ("2019-11-22", "2019-11-22"),
    ],
)
def test_jekyll_date(value: str, expected: str) -> None:
    assert jekyll_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-10-14T09:47:00-04:00", datetime(2021, 10, 14, 9, 47, tzinfo=EDT)),
        ("2021-10-14T09:47:00.123456-04:00", datetime(2021, 10, 14, 9, 47, tzinfo=EDT)),
        ("2019-11-05T14:30:00.5", datetime(2019, 11, 5, 14, 30)),
        ("2019-11-22", date(2019, 11, 22)),
    ],
)
def test_as_datetime(value: str, expected: date) -> None:
    result = as_datetime(value)
    assert result == expected
    assert type(result) is type(expected)
    if isinstance(result, datetime):
        assert result.microsecond == 0
        assert result.utcoffset() == expected.utcoffset()  # type: ignore[attr-defined]


def test_day_only() -> None:
    assert day_only("2021-10-14T23:47:00-04:00") == date(2021, 10, 14)
    assert day_only("2019-11-22") == date(2019, 11, 22)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Jane Doe"], "Jane Doe"),
        (["Jane Doe", "John Roe"], "Jane Doe and John Roe"),
        (["A B", "C D", "E F"], "A B, C D and E F"),
        (["A", "B", "C", "D"], "A, B, C and D"),
    ],
)
def test_joined(names: list[str], expected: str) -> None:
    assert joined(names) == expected


def test_wikilinks_and_one_item() -> None:
    assert wikilinks(["Jane Doe", "Helen O'Rourke"]) == ["[[Jane Doe]]", "[[Helen O'Rourke]]"]
    assert one_item("World") == ["World"]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["Local news"], ["Local-news"]),
        (["  spaced   out  "], ["spaced-out"]),
        (["tab\tand space"], ["tab-and-space"]),
        (["Q&A", "#hashtag", "what?!", "a.b,c"], ["QA", "hashtag", "what", "abc"]),
        (["2021", "1984", "y1984", "2021s"], ["y1984", "2021s"]),
        (["nested/tag", "kebab-case", "snake_case"], ["nested/tag", "kebab-case", "snake_case"]),
        (["Köln", "café", "東京"], ["Köln", "café", "東京"]),
        (["!!!", "", "   ", "#"], []),
    ],
)
def test_obsidian_tags(tags: list[str], expected: list[str]) -> None:
    assert obsidian_tags(tags) == expected


# --- apply --------------------------------------------------------------------------------

TOY = Profile(
    "toy",
    "yaml",
    title_in_body=True,
    bio_in_body=False,
    fields=(
        Field("title", "name"),
        Field("title", "headline", str.upper),
        Field("tags", "labels", lambda tags: [tag for tag in tags if tag != "drop"]),
        Field("subtitle", "blurb", lambda text: text.strip()),
        Field("missing", "never"),
    ),
    constants=(("layout", "post"), ("draft", False)),
)


def test_apply_constants_first_then_fields_in_order() -> None:
    result = apply(TOY, {"tags": ["a", "drop"], "title": "Ferry", "other": 1})
    assert result == {
        "layout": "post", "draft": False, "name": "Ferry", "headline": "FERRY", "labels": ["a"],
    }  # fmt: skip
    assert list(result) == ["layout", "draft", "name", "headline", "labels"]


def test_apply_leaves_out_empty_shaped_values() -> None:
    result = apply(TOY, {"title": "Ferry", "tags": ["drop"], "subtitle": "   "})
    assert "labels" not in result
    assert "blurb" not in result
    assert list(result) == ["layout", "draft", "name", "headline"]


def test_apply_with_no_values_gives_the_constants() -> None:
    assert apply(TOY, {}) == {"layout": "post", "draft": False}
    assert apply(PROFILES["plain"], {"title": "Ferry"}) == {}


def test_article_values_user_source_replaces_the_read_one() -> None:
    article = newsmd.parse(RICH)
    assert article_values(article)["source"] == "Reuters"
    assert article_values(article, source="Example Wire")["source"] == "Example Wire"
    assert article_values(article, url=URL, tags=("a", "b"))["tags"] == ["a", "b"]
    assert "tags" not in article_values(article)
    assert "url" not in article_values(article)


# --- the README's profile table -------------------------------------------------------------


def _cells(row: str) -> list[str]:
    assert row.startswith("|") and row.rstrip().endswith("|"), row
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def readme_profile_table() -> list[dict[str, str]]:
    """The rows of the table under ``### Profiles`` in README.md, by column name."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^### Profiles\n(.*?)(?=^#{1,3} |\Z)", readme, re.M | re.S)
    assert section, "README.md has no '### Profiles' section"
    lines = section.group(1).splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("| profile |")), None)
    assert start is not None, "the Profiles section has no table starting '| profile |'"
    header = _cells(lines[start])
    assert re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", lines[start + 1].strip())
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = _cells(line)
        assert len(cells) == len(header), line
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def _profile_keys(profile: Profile) -> list[str]:
    keys = [key for key, _ in profile.constants] + [field.theirs for field in profile.fields]
    return list(dict.fromkeys(keys))


def test_readme_profile_table_matches_code() -> None:
    rows = readme_profile_table()
    names = [row["profile"].strip("`") for row in rows]
    assert sorted(names) == sorted(PROFILES), "one row per profile"
    for row, name in zip(rows, names, strict=True):
        profile = PROFILES[name]
        assert row["front matter"].strip("`").lower() == profile.front_matter, name
        assert row["title in body"] == ("yes" if profile.title_in_body else "no"), name
        assert row["bio in body"] == ("yes" if profile.bio_in_body else "no"), name
        keys = re.findall(r"`([^`]+)`", row["keys"])
        assert keys == _profile_keys(profile), name
        if keys:
            assert row["keys"] == ", ".join(f"`{key}`" for key in keys), name
        else:
            assert row["keys"] in {"", "-", "–", "—", "none"}, name
