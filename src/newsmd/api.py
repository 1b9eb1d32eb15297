"""The library: ``parse``, ``render`` and ``convert``, pure functions of text."""

from __future__ import annotations

from typing import NamedTuple

from .assemble import assemble
from .classify import ParseOptions, classify
from .errors import InputError
from .languages import detect_language
from .model import Article
from .normalize import normalize
from .reading import export_layout
from .render import RenderOptions, document, markdown, render
from .segment import segment


def parse(text: str, options: ParseOptions = ParseOptions()) -> Article:
    """Read a raw article: normalize, segment, tell the language, classify, assemble."""
    lines = normalize(text)
    blocks = segment(lines)
    if options.lang is None:
        options = options._replace(lang=detect_language(" ".join(block.text for block in blocks)))
    return assemble(lines, classify(blocks, options), options.lang)


def parse_article(text: str, options: ParseOptions = ParseOptions()) -> Article:
    """``parse``, with InputError when the text holds no non-blank line."""
    article = parse(text, options)
    if not article.classified:
        raise InputError("no text in the input")
    return article


def export_article(text: str, options: ParseOptions = ParseOptions()) -> Article | None:
    """The article of an export that holds just one (a LexisNexis, Nexis Uni or
    Factiva download of one document), read with its layout as ``newsmd split``
    reads it; None for any other text."""
    layout = export_layout(text)
    if layout.kind is None or layout.several:
        return None
    from .exports import to_article  # noqa: PLC0415 - the layouts load only here

    return to_article(layout.first_articles[0], options)


class Conversion(NamedTuple):
    """The result of a conversion: the parsed Article and its output text
    (Markdown, or JSON with ``output_format="json"``)."""

    article: Article
    text: str


def convert_article(
    text: str,
    parse_options: ParseOptions = ParseOptions(),
    render_options: RenderOptions = RenderOptions(),
    *,
    verify: bool = True,
) -> Conversion:
    """Parse and render ``text``; InputError when it holds no text.

    With ``verify``, the body is read back with markdown-it-py and a
    ``VerificationError`` is raised if it does not show the article's text.
    """
    article = export_article(text, parse_options) or parse_article(text, parse_options)
    if verify:
        from .verify import verify as check  # noqa: PLC0415 - markdown-it-py loads only here

        parts = document(article, render_options)
        check(markdown(parts, render_options.wrap), parts)
    if render_options.output_format == "json":
        from .article_json import article_json  # noqa: PLC0415

        return Conversion(article, article_json(article, render_options))
    return Conversion(article, render(article, render_options))


def convert(
    text: str,
    parse_options: ParseOptions = ParseOptions(),
    render_options: RenderOptions = RenderOptions(),
    *,
    verify: bool = True,
) -> str:
    """The Markdown for a raw article (see ``convert_article``)."""
    return convert_article(text, parse_options, render_options, verify=verify).text


__all__ = [
    "Article",
    "Conversion",
    "ParseOptions",
    "RenderOptions",
    "convert",
    "convert_article",
    "parse",
    "parse_article",
    "render",
]
