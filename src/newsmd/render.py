"""Writing an Article as Markdown with YAML front matter (see SPEC.md).

Rendering goes through a small document model (``Part``): the same parts are
turned into Markdown here and are what ``verify`` expects to read back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .escape import escape_block, escape_heading, escape_inline
from .model import Article


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Choices about the output.

    ``title_in_body`` opens the body with ``# Title`` and the subtitle;
    ``bio_in_body`` closes it with the author bio after a thematic break. Site
    generators that show these from the front matter want both off.
    """

    title_in_body: bool = True
    bio_in_body: bool = True


@dataclass(frozen=True, slots=True)
class Part:
    """One block of the Markdown document.

    ``kind`` is heading, paragraph, list, quote or rule; ``items`` the text of
    each list item (one text for other kinds).
    """

    kind: str
    items: tuple[str, ...] = ()
    level: int = 0
    ordered: bool = False
    emphasis: bool = False


def front_matter_values(article: Article) -> dict[str, Any]:
    """The front matter as a dict, keys in SPEC order, unknown values left out."""
    values: dict[str, Any] = {
        "title": article.title,
        "subtitle": article.subtitle,
        "author": list(article.authors),
        "date": article.date,
        "updated": article.updated,
        "dateline": article.dateline,
        "source": article.source,
        "author_bio": article.author_bio,
        "credits": list(article.credits),
        "section": article.section,
        "lang": article.lang,
    }
    return {key: value for key, value in values.items() if value not in (None, "", [])}


#: Line breaks PyYAML writes raw in plain and single-quoted scalars, where a
#: reader folds them into spaces; in double quotes they are escaped.
_YAML_LINE_BREAKS = "\x85\u2028\u2029"


@lru_cache(maxsize=1)
def _dumper() -> type:
    """PyYAML's safe dumper, double-quoting strings that hold Unicode line breaks."""
    import yaml  # noqa: PLC0415 - imported only when output is written

    class FrontMatterDumper(yaml.SafeDumper):
        pass

    def represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
        style = '"' if any(char in data for char in _YAML_LINE_BREAKS) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    FrontMatterDumper.add_representer(str, represent_str)
    return FrontMatterDumper


def yaml_front_matter(values: dict[str, Any]) -> str:
    """``values`` as a YAML front matter block, ``---`` lines included."""
    import yaml  # noqa: PLC0415 - imported only when output is written

    dumped = yaml.dump(
        values,
        Dumper=_dumper(),
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=2**31 - 1,
    )
    return f"---\n{dumped}---\n"


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


def markdown(parts: Sequence[Part]) -> str:
    """The Markdown text of ``parts``, blocks separated by blank lines."""
    return "\n\n".join(_markdown_part(part) for part in parts)


def _markdown_part(part: Part) -> str:
    if part.kind == "heading":
        return f"{'#' * part.level} {escape_heading(part.items[0])}"
    if part.kind == "rule":
        return "---"
    if part.kind == "list":
        markers = (f"{n}." if part.ordered else "-" for n in range(1, len(part.items) + 1))
        return "\n".join(
            f"{marker} {escape_block(item)}"
            for marker, item in zip(markers, part.items, strict=True)
        )
    if part.kind == "quote":
        return f"> {escape_block(part.items[0])}"
    if part.emphasis:
        return f"*{escape_inline(part.items[0])}*"
    return escape_block(part.items[0])


def render(article: Article, options: RenderOptions = RenderOptions()) -> str:
    """The whole output: front matter, then the Markdown body, ending in one newline."""
    head = yaml_front_matter(front_matter_values(article))
    body = markdown(document(article, options))
    return f"{head}\n{body}\n" if body else head
