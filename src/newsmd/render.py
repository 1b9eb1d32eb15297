"""Writing an Article as Markdown with YAML front matter (see SPEC.md).

Rendering goes through a small document model (``Part``): the same parts are
turned into Markdown here and are what ``verify`` expects to read back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from .escape import escape_block, escape_heading, escape_inline
from .frontmatter import front_matter
from .model import Article
from .profiles import PROFILES, apply, article_values
from .wrap import wrap


class RenderOptions(NamedTuple):
    """Choices about the output.

    ``profile`` names the front matter keys (see ``profiles.PROFILES``) and
    ``front_matter`` their format (yaml, toml, json or none). ``title_in_body``
    opens the body with ``# Title`` and the subtitle; ``bio_in_body`` closes it
    with the author bio after a thematic break. ``wrap`` hard-wraps paragraphs
    at that column (0: one line each). ``url``, ``tags`` and ``source`` are
    values the text cannot give (``source`` replaces the one read).
    ``output_format`` "json" writes the parsed Article instead of Markdown.
    """

    title_in_body: bool = True
    bio_in_body: bool = True
    front_matter: str = "yaml"
    profile: str = "newsmd"
    wrap: int = 0
    url: str | None = None
    tags: tuple[str, ...] = ()
    source: str | None = None
    output_format: str = "markdown"


def options_for(
    profile: str = "newsmd",
    *,
    title_in_body: bool | None = None,
    bio_in_body: bool | None = None,
    front_matter: str | None = None,
    **values: Any,
) -> RenderOptions:
    """RenderOptions from ``profile``'s defaults, with the choices given (not None) winning."""
    chosen = PROFILES[profile]
    return RenderOptions(
        title_in_body=chosen.title_in_body if title_in_body is None else title_in_body,
        bio_in_body=chosen.bio_in_body if bio_in_body is None else bio_in_body,
        front_matter=chosen.front_matter if front_matter is None else front_matter,
        profile=profile,
        **values,
    )


class Part(NamedTuple):
    """One block of the Markdown document.

    ``kind`` is heading, paragraph, list, quote or rule; ``items`` the text of
    each list item (one text for other kinds).
    """

    kind: str
    items: tuple[str, ...] = ()
    level: int = 0
    ordered: bool = False
    emphasis: bool = False


def front_matter_values(
    article: Article, options: RenderOptions = RenderOptions()
) -> dict[str, Any]:
    """The front matter as a dict in the profile's keys and order, unknown values left out."""
    values = article_values(article, options.url, options.tags, options.source)
    return apply(PROFILES[options.profile], values)


def document(article: Article, options: RenderOptions = RenderOptions()) -> tuple[Part, ...]:
    """The parts of the Markdown body, in order."""
    parts: list[Part] = []
    if options.title_in_body and article.title:
        parts.append(Part("heading", (article.title,), level=1))
    if options.title_in_body and article.subtitle:
        parts.append(Part("paragraph", (article.subtitle,), emphasis=True))
    for block in article.body:
        if block.kind == "heading":
            parts.append(Part("heading", block.items, level=2))
        else:
            parts.append(Part(block.kind, block.items, ordered=block.ordered))
    if options.bio_in_body and article.author_bio:
        parts.extend((Part("rule"), Part("paragraph", (article.author_bio,))))
    return tuple(parts)


def markdown(parts: Sequence[Part], wrap: int = 0) -> str:
    """The Markdown text of ``parts``, blocks separated by blank lines, wrapped at ``wrap``."""
    return "\n\n".join(_markdown_part(part, wrap) for part in parts)


def _markdown_part(part: Part, width: int) -> str:
    if part.kind == "heading":
        return f"{'#' * part.level} {escape_heading(part.items[0])}"
    if part.kind == "rule":
        return "---"
    if part.kind == "list":
        markers = [f"{n}." if part.ordered else "-" for n in range(1, len(part.items) + 1)]
        return "\n".join(
            wrap(f"{marker} {escape_block(item)}", width, " " * (len(marker) + 1))
            for marker, item in zip(markers, part.items, strict=True)
        )
    if part.kind == "quote":
        return wrap(f"> {escape_block(part.items[0])}", width, "> ")
    if part.emphasis:
        return wrap(f"*{escape_inline(part.items[0])}*", width)
    return wrap(escape_block(part.items[0]), width)


def render(article: Article, options: RenderOptions = RenderOptions()) -> str:
    """The whole output: front matter, then the Markdown body, ending in one newline."""
    head = front_matter(front_matter_values(article, options), options.front_matter)
    body = markdown(document(article, options), options.wrap)
    if not body:
        return head
    return f"{head}\n{body}\n" if head else f"{body}\n"
