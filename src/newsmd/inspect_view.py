"""The ``inspect`` view: a rich table of every block, its fate, rule and reason."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .model import Article, ParseWarning, Role
from .render import front_matter_values

_STYLES = {
    Role.HEADLINE: "bold cyan",
    Role.DEK: "cyan",
    Role.BYLINE: "magenta",
    Role.DATE: "magenta",
    Role.BIO: "yellow",
    Role.BREAK: "dim",
    Role.CREDIT: "yellow",
    Role.DROPPED: "red",
}
_PREVIEW_CHARS = 70


def blocks_table(article: Article, title: str) -> Table:
    """One row per block: its lines, what it became, and by which rule and why."""
    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("lines", justify="right", no_wrap=True)
    table.add_column("became", no_wrap=True)
    table.add_column("rule", no_wrap=True)
    table.add_column("reason", ratio=2)
    table.add_column("text", ratio=3)
    for item in article.classified:
        block, verdict = item.block, item.verdict
        span = (
            f"{block.first_line}"
            if block.first_line == block.last_line
            else f"{block.first_line}-{block.last_line}"
        )
        preview = (
            block.text
            if len(block.text) <= _PREVIEW_CHARS
            else block.text[: _PREVIEW_CHARS - 1] + "…"
        )
        table.add_row(
            span,
            verdict.role.value,
            verdict.rule,
            verdict.reason,
            preview,
            style=_STYLES.get(verdict.role),
        )
        for warning in warnings_at(article, block.first_line, block.last_line):
            table.add_row(
                str(warning.line), "warning", warning.kind, warning.message, "", style="bold yellow"
            )
    return table


def warnings_at(article: Article, first: int, last: int) -> list[ParseWarning]:
    """The warnings about lines ``first`` to ``last``."""
    return [warning for warning in article.warnings if first <= warning.line <= last]


def fields_table(article: Article) -> Table:
    """The front matter values read from the text."""
    table = Table(title="front matter", show_header=False, expand=True)
    table.add_column("key", no_wrap=True, style="bold")
    table.add_column("value")
    for key, value in front_matter_values(article).items():
        table.add_row(key, "; ".join(value) if isinstance(value, list) else str(value))
    return table


def show(article: Article, name: str, console: Console | None = None) -> None:
    """Print the blocks and fields of ``article`` with a line count summary."""
    out = console or Console()
    out.print(blocks_table(article, name))
    out.print(fields_table(article))
    lines = sum(len(item.block.lines) for item in article.classified)
    dropped = sum(len(item.block.lines) for item in article.dropped)
    out.print(
        f"{lines} non-blank lines in {len(article.classified)} blocks, each accounted for; "
        f"{dropped} dropped; {len(article.warnings)} warnings."
    )
