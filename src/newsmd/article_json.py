"""The parsed Article as JSON, for scripts and pipelines (``--format json``).

One object: the values under newsmd's names (as in the default front matter),
the body blocks, every block of the input with its role, rule and reason
(``dropped`` ones included), and the warnings.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Article, Classified
from .profiles import article_values
from .render import RenderOptions


def article_record(article: Article, options: RenderOptions = RenderOptions()) -> dict[str, Any]:
    """The JSON-ready record of ``article``."""
    return {
        "fields": article_values(article, options.url, options.tags, options.source),
        "body": [
            {"kind": block.kind, "items": list(block.items), "ordered": block.ordered}
            for block in article.body
        ],
        "blocks": [_block_record(item) for item in article.classified],
        "warnings": [
            {"line": warning.line, "kind": warning.kind, "message": warning.message}
            for warning in article.warnings
        ],
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
