"""The parsed Article as JSON, for scripts and pipelines (``--format json``).

One object: the values under newsmd's names (as in the default front matter),
the body blocks, every block of the input with its role, rule and reason
(``dropped`` ones included), and the warnings.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .model import Article, Classified, ParseWarning
from .profiles import article_values
from .render import RenderOptions

if TYPE_CHECKING:
    from .api import Conversion


def article_record(article: Article, options: RenderOptions = RenderOptions()) -> dict[str, Any]:
    """The JSON-ready record of ``article``."""
    return {
        "fields": article_values(article, options.url, options.tags, options.source),
        "body": [
            {"kind": block.kind, "items": list(block.items), "ordered": block.ordered}
            for block in article.body
        ],
        "blocks": [_block_record(item) for item in article.classified],
        "warnings": [warning._asdict() for warning in article.warnings],
    }


def conversion_record(
    conversion: Conversion,
    options: RenderOptions,
    warnings: tuple[ParseWarning, ...] | None = None,
) -> dict[str, Any]:
    """What a converted text becomes in JSON Lines and Dask records: its values,
    its output, its warnings (the article's unless given) and no error."""
    article = conversion.article
    return {
        "fields": article_values(article, options.url, options.tags, options.source),
        "markdown": conversion.text,
        "warnings": [
            warning._asdict() for warning in (article.warnings if warnings is None else warnings)
        ],
        "error": None,
    }


def _block_record(item: Classified) -> dict[str, Any]:
    """One input block: its lines, text, and the verdict on it."""
    return {
        "first_line": item.block.first_line,
        "last_line": item.block.last_line,
        "role": item.verdict.role.value,
        "rule": item.verdict.rule,
        "reason": item.verdict.reason,
        "text": item.block.text,
    }


def article_json(article: Article, options: RenderOptions = RenderOptions()) -> str:
    """``article_record`` as indented JSON text ending in a newline."""
    return json.dumps(article_record(article, options), ensure_ascii=False, indent=2) + "\n"
