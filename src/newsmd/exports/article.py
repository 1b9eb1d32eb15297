"""An export's article as a newsmd Article: parsed, then given the export's values.

``to_article`` parses the article's text with newsmd's ``parse`` and lays
what the export's fields say over what the parser read:

* ``title``, ``source``, ``date``, ``section``: the export's, when it gives
  them. Its fields are the archive's record of the publication; a credit in
  the text (``(Reuters)``) is not the publication. The text opens with the
  headline, so the parser reads the same title;
* ``authors``: the export's byline field when it names people, else the parser's;
* ``subtitle``, ``dateline``: the parser's, else the export's (``HIGHLIGHT:``,
  ``DATELINE:`` fields);
* ``lang``: the export's language is given to the parser unless the options
  name one;
* the word count is newsmd's own, counted in the body it writes, so that it
  matches the output; the export's (``LENGTH: 523 words``), which counts the
  headline and captions in some archives, stays in ``ExportArticle.values``.

The line numbers of every block become export line numbers, and each export
line kept out of the text becomes a dropped block with its reason, so that
``inspect`` lists every line of the article in the export exactly once.
"""

from __future__ import annotations

from ..api import parse
from ..classify import ParseOptions
from ..languages import BY_CODE
from ..model import Article, Block, Classified, Line, ParseWarning, Role, Verdict
from .common import ExportArticle, MetadataLine, Value


def to_article(item: ExportArticle, options: ParseOptions = ParseOptions()) -> Article:
    """The Article of an export's article: its text parsed, the export's values laid over."""
    values = item.values
    lang = _text(values, "lang")
    if options.lang is None and lang in BY_CODE:
        options = options._replace(lang=lang)
    article = parse(item.text, options)
    return article._replace(
        title=_text(values, "title") or article.title,
        subtitle=article.subtitle or _text(values, "subtitle"),
        authors=_names(values) or article.authors,
        date=_text(values, "date") or article.date,
        dateline=article.dateline or _text(values, "dateline"),
        source=_text(values, "source") or article.source,
        section=_text(values, "section") or article.section,
        url=_text(values, "url") or article.url,
        classified=in_export_lines(article.classified, item),
        warnings=tuple(
            ParseWarning(export_line(item, warning.line), warning.kind, warning.message)
            for warning in article.warnings
        ),
    )


def in_export_lines(
    classified: tuple[Classified, ...], item: ExportArticle
) -> tuple[Classified, ...]:
    """The blocks numbered by export line, with a dropped block for each export
    line kept out of the text (a form feed is blank: it has none), in the order
    of the export."""
    blocks = [_renumbered(entry, item) for entry in classified]
    blocks.extend(_kept_out(line, item) for line in item.metadata_lines if line.text.strip())
    return tuple(sorted(blocks, key=lambda entry: entry.block.first_line))


def export_line(item: ExportArticle, line: int) -> int:
    """The export line of line ``line`` of the article's text."""
    numbers = item.text_lines[line - 1] if 0 < line <= len(item.text_lines) else ()
    return numbers[0] if numbers else line


def _renumbered(entry: Classified, item: ExportArticle) -> Classified:
    lines = tuple(
        Line(number, line.text)
        for line in entry.block.lines
        for number in (item.text_lines[line.number - 1] or (line.number,))
    )
    return Classified(entry.block._replace(lines=lines), entry.verdict)


def _kept_out(line: MetadataLine, item: ExportArticle) -> Classified:
    kind = item.kind.value if item.kind is not None else "file"
    text = " ".join(line.text.split())
    block = Block((Line(line.line, line.text),), text, len(text.split()))
    return Classified(block, Verdict(Role.DROPPED, f"export_{kind}", line.reason))


def _text(values: dict[str, Value], key: str) -> str | None:
    value = values.get(key)
    return value if isinstance(value, str) and value else None


def _names(values: dict[str, Value]) -> tuple[str, ...]:
    value = values.get("authors")
    return value if isinstance(value, tuple) else ()
