"""Writing an Article as Markdown with YAML front matter (see SPEC.md).

Rendering goes through a small document model (``Part``): the same parts are
turned into Markdown here and are what ``verify`` expects to read back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from .escape import escape_block, escape_heading, escape_inline
from .lazy import lazy_compile
from .model import Article

if TYPE_CHECKING:
    from yaml import ScalarNode
    from yaml.representer import SafeRepresenter


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Choices about the output.

    ``title_in_body`` opens the body with ``# Title`` and the subtitle;
    ``bio_in_body`` closes it with the author bio after a thematic break. Site
    generators that show these from the front matter want both off.
    """

    title_in_body: bool = True
    bio_in_body: bool = True


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
#: Characters libyaml's emitter writes otherwise than PyYAML's own: it escapes
#: those beyond the Basic Multilingual Plane (emoji), which PyYAML writes as
#: they are, and it cannot encode a lone surrogate at all.
_NOT_FOR_LIBYAML = lazy_compile(r"[\ud800-\udfff\U00010000-\U0010ffff]")


def _represent_str(dumper: SafeRepresenter, data: str) -> ScalarNode:
    """A string, double-quoted when it holds a Unicode line break."""
    style = '"' if any(char in data for char in _YAML_LINE_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


@lru_cache(maxsize=1)
def _dumpers() -> tuple[type, type | None]:
    """PyYAML's safe dumper and, when PyYAML was built with libyaml, the same
    on libyaml's emitter (several times faster); both with ``_represent_str``."""
    import yaml  # noqa: PLC0415 - imported only when output is written

    class FrontMatterDumper(yaml.SafeDumper):
        pass

    FrontMatterDumper.add_representer(str, _represent_str)
    if not yaml.__with_libyaml__:
        return FrontMatterDumper, None

    class LibyamlFrontMatterDumper(yaml.CSafeDumper):
        pass

    LibyamlFrontMatterDumper.add_representer(str, _represent_str)
    return FrontMatterDumper, LibyamlFrontMatterDumper


def _libyaml_writes_alike(values: dict[str, Any]) -> bool:
    """Whether libyaml's emitter writes ``values`` byte for byte as PyYAML's own:
    when they are strings (or lists of them) without ``_NOT_FOR_LIBYAML``."""
    texts: list[Any] = [*values]
    for value in values.values():
        texts.extend(value if isinstance(value, list) else [value])
    if not all(isinstance(text, str) for text in texts):
        return False
    return not _NOT_FOR_LIBYAML().search("".join(texts))


def yaml_front_matter(values: dict[str, Any]) -> str:
    """``values`` as a YAML front matter block, ``---`` lines included."""
    dumper, libyaml_dumper = _dumpers()
    if libyaml_dumper is not None and _libyaml_writes_alike(values):
        dumper = libyaml_dumper
    return _front_matter(values, dumper)


def _front_matter(values: dict[str, Any], dumper: type) -> str:
    """``values`` dumped with ``dumper``, between ``---`` lines."""
    import yaml  # noqa: PLC0415 - imported only when output is written

    dumped = yaml.dump(
        values,
        Dumper=dumper,
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
