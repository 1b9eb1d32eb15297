"""Output profiles: the front matter keys, format and body layout each tool expects.

An article's values are first gathered under newsmd's own names (SPEC.md's
keys, then ``url`` and ``tags`` from the command line); a Profile renames
them, reshapes a few (dates, author lists) and picks the front matter format
and whether the title and bio are written in the body. Each profile follows
its tool's own documentation (see the README's profile table).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NamedTuple

from .model import Article
from .segment import count_words

#: Silent reading speed for non-fiction in English, words per minute
#: (Brysbaert 2019, a meta-analysis of 190 studies).
WORDS_PER_MINUTE = 238
#: Slugs are cut at a word boundary to at most this many characters.
SLUG_LENGTH = 80

Shape = Callable[[Any], Any]


class Field(NamedTuple):
    """One front matter key: the tool's name for newsmd's value ``ours``, reshaped by ``shape``."""

    ours: str
    theirs: str
    shape: Shape | None = None


class Profile(NamedTuple):
    """How one tool wants an article: its front matter ``fields`` in order (a value
    without a field is left out), fixed ``constants`` first, and the body layout."""

    name: str
    front_matter: str
    title_in_body: bool
    bio_in_body: bool
    fields: tuple[Field, ...]
    constants: tuple[tuple[str, Any], ...] = ()
    summary: str = ""


def article_values(
    article: Article, url: str | None = None, tags: tuple[str, ...] = (), source: str | None = None
) -> dict[str, Any]:
    """The article's values under newsmd's names, in SPEC order; unknown ones left out.

    ``source`` and ``url`` given by the user replace those read from the text.
    """
    words = word_count(article)
    values: dict[str, Any] = {
        "title": article.title,
        "subtitle": article.subtitle,
        "author": list(article.authors),
        "date": article.date,
        "updated": article.updated,
        "dateline": article.dateline,
        "source": source or article.source,
        "author_bio": article.author_bio,
        "credits": list(article.credits),
        "section": article.section,
        "lang": article.lang,
        "word_count": words or None,
        "reading_time": reading_time(words) if words else None,
        "url": url or article.url,
        "tags": list(tags),
        "slug": slugify(article.title) if article.title else None,
    }
    return {key: value for key, value in values.items() if value not in (None, "", [])}


def word_count(article: Article) -> int:
    """Words in the body (paragraphs, lists, quotes, subheadings), counted by ``count_words``:
    runs of non-space characters, each Chinese or Japanese character one."""
    return sum(count_words(item) for block in article.body for item in block.items)


def reading_time(words: int) -> int:
    """Minutes to read ``words`` at WORDS_PER_MINUTE, at least 1."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


_FOLDED = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(title: str) -> str:
    """``Storm hits Köln: 3 dead`` → ``storm-hits-koln-3-dead`` (ASCII, cut at a word)."""
    folded = title.lower().translate(_FOLDED)
    if not folded.isascii():  # ASCII is its own decomposition: skip loading unicodedata
        import unicodedata  # noqa: PLC0415

        folded = unicodedata.normalize("NFKD", folded)
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_only).strip("-")
    if len(slug) > SLUG_LENGTH:
        cut = slug[: SLUG_LENGTH + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:SLUG_LENGTH]
    return slug


def apply(profile: Profile, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` renamed and reshaped for ``profile``, in the profile's key order."""
    result: dict[str, Any] = dict(profile.constants)
    for field in profile.fields:
        if field.ours in values:
            value = values[field.ours]
            shaped = field.shape(value) if field.shape else value
            if shaped not in ("", []):
                result[field.theirs] = shaped
    return result


# --- value shapes ------------------------------------------------------------


def as_datetime(value: str) -> date | datetime:
    """An ISO 8601 string as a TOML/YAML date or date-time (whole seconds)."""
    if "T" not in value:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).replace(microsecond=0)


def jekyll_date(value: str) -> str:
    """Jekyll's documented form: ``YYYY-MM-DD HH:MM:SS +HHMM`` (time and offset optional)."""
    if "T" not in value:
        return value
    moment = datetime.fromisoformat(value)
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    return f"{text} {moment.strftime('%z')}" if moment.tzinfo else text


def day_only(value: str) -> date:
    """The calendar day (Obsidian's Date property type)."""
    return date.fromisoformat(value[:10])


def joined(names: list[str]) -> str:
    """Names as one string (``A, B and C``)."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def wikilinks(names: list[str]) -> list[str]:
    """Names as Obsidian links to a note per person."""
    return [f"[[{name}]]" for name in names]


def one_item(value: str) -> list[str]:
    """A value as a one-item list (a taxonomy term)."""
    return [value]


_TAG_SPACE = re.compile(r"\s+")
_NOT_TAG = re.compile(r"[^\w/-]")


def obsidian_tags(tags: list[str]) -> list[str]:
    """Tags Obsidian accepts: spaces become ``-``, other punctuation goes, never digits only."""
    cleaned = (_NOT_TAG.sub("", _TAG_SPACE.sub("-", tag.strip())) for tag in tags)
    return [tag for tag in cleaned if tag and not tag.isdigit()]


# --- the profiles ------------------------------------------------------------

#: SPEC.md's keys in SPEC order, then the values given on the command line.
NEWSMD_KEYS = (
    "title", "subtitle", "author", "date", "updated", "dateline", "source", "author_bio",
    "credits", "section", "lang", "word_count", "reading_time", "url", "tags",
)  # fmt: skip

NEWSMD = Profile(
    "newsmd",
    "yaml",
    title_in_body=True,
    bio_in_body=True,
    fields=tuple(Field(key, key) for key in NEWSMD_KEYS),
    summary="SPEC.md's keys; `# Title`, dek and bio in the body",
)

PANDOC = Profile(
    "pandoc",
    "yaml",
    title_in_body=False,
    bio_in_body=True,
    fields=(
        Field("title", "title"),
        Field("subtitle", "subtitle"),
        Field("subtitle", "description"),
        Field("author", "author"),
        Field("date", "date"),
        Field("updated", "updated"),
        Field("dateline", "dateline"),
        Field("source", "source"),
        Field("credits", "credits"),
        Field("section", "category"),
        Field("lang", "lang"),
        Field("url", "url"),
        Field("tags", "keywords"),
    ),
    summary="pandoc's metadata variables; `pandoc -s` prints the title block",
)

#: The keys Hugo and Jekyll share after their dates: the page's slug, taxonomies, the
#: article's address (never `url`, which both use for the page's own path), the rest.
SITE_FIELDS = (
    Field("slug", "slug"),
    Field("section", "categories", one_item),
    Field("tags", "tags"),
    Field("url", "source_url"),
    Field("source", "source"),
    Field("dateline", "dateline"),
    Field("credits", "credits"),
    Field("lang", "lang"),
    Field("author_bio", "author_bio"),
)

HUGO = Profile(
    "hugo",
    "toml",
    title_in_body=False,
    bio_in_body=True,
    fields=(
        Field("title", "title"),
        Field("subtitle", "description"),
        Field("subtitle", "subtitle"),
        Field("author", "authors"),
        Field("date", "date", as_datetime),
        Field("updated", "lastmod", as_datetime),
        *SITE_FIELDS,
    ),
    summary="Hugo's predefined fields, TOML dates, custom keys at the top level",
)

JEKYLL = Profile(
    "jekyll",
    "yaml",
    title_in_body=False,
    bio_in_body=True,
    fields=(
        Field("title", "title"),
        Field("subtitle", "description"),
        Field("author", "author", joined),
        Field("author", "authors"),
        Field("date", "date", jekyll_date),
        Field("updated", "last_modified_at", jekyll_date),
        *SITE_FIELDS,
    ),
    constants=(("layout", "post"),),
    summary="Jekyll's post variables, as jekyll-seo-tag and jekyll-feed read them",
)

OBSIDIAN = Profile(
    "obsidian",
    "yaml",
    title_in_body=True,
    bio_in_body=True,
    fields=(
        Field("title", "title"),
        Field("url", "source"),
        Field("author", "author", wikilinks),
        Field("date", "published", day_only),
        Field("updated", "updated", day_only),
        Field("subtitle", "description"),
        Field("tags", "tags", obsidian_tags),
        Field("source", "agency"),
        Field("section", "section"),
        Field("dateline", "dateline"),
        Field("credits", "credits"),
        Field("lang", "lang"),
        Field("word_count", "word_count"),
        Field("reading_time", "reading_time"),
    ),
    summary="Obsidian properties as the Web Clipper writes them; the title as `# heading`",
)

PLAIN = Profile(
    "plain",
    "none",
    title_in_body=True,
    bio_in_body=True,
    fields=(),
    summary="Markdown only: no front matter; `# Title`, dek, body and bio",
)

PROFILES = {profile.name: profile for profile in (NEWSMD, PANDOC, HUGO, JEKYLL, OBSIDIAN, PLAIN)}
