"""The library: ``parse``, ``render`` and ``convert``, pure functions of text."""

from __future__ import annotations

from .assemble import assemble
from .classify import ParseOptions, classify
from .errors import InputError
from .model import Article
from .normalize import normalize
from .render import RenderOptions, document, markdown, render
from .segment import segment


def parse(text: str, options: ParseOptions = ParseOptions()) -> Article:
    """Read a raw article: normalize, segment, classify, assemble."""
    lines = normalize(text)
    return assemble(lines, classify(segment(lines), options))


def convert(
    text: str,
    parse_options: ParseOptions = ParseOptions(),
    render_options: RenderOptions = RenderOptions(),
    *,
    verify: bool = True,
) -> str:
    """The Markdown for a raw article; InputError when it holds no text.

    With ``verify``, the body is read back with markdown-it-py and a
    ``VerificationError`` is raised if it does not show the article's text.
    """
    article = parse(text, parse_options)
    if not article.classified:
        raise InputError("no text in the input")
    if verify:
        from .verify import verify as check  # noqa: PLC0415 - markdown-it-py loads only here

        parts = document(article, render_options)
        check(markdown(parts), parts)
    return render(article, render_options)


__all__ = ["Article", "ParseOptions", "RenderOptions", "convert", "parse", "render"]
