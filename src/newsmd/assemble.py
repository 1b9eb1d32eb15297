"""Stage 4: build the Article from the classified blocks, accounting for every line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby

from .datelines import Dateline, read_dateline
from .defects import find_defects
from .model import Article, BodyBlock, Classified, Line, ParseWarning, Role

_BODY_KIND = {Role.BODY: "paragraph", Role.HEADING: "heading", Role.QUOTE: "quote"}


class UnaccountedLinesError(AssertionError):
    """A non-blank input line ended up nowhere: a bug in newsmd, never in the input."""


def assemble(
    lines: Sequence[Line], classified: Sequence[Classified], lang: str | None = None
) -> Article:
    """The Article that ``classified`` describes; checks that no line was lost."""
    check_accounted(lines, classified)
    body = build_body(classified)
    dateline = read_dateline(body[0].text, lang) if body and body[0].kind == "paragraph" else None
    sources = [
        *_values(classified, "source"),
        *([dateline.agency] if dateline and dateline.agency else []),
    ]
    return Article(
        title=next(
            (_text(c) for c in classified if c.verdict.role is Role.HEADLINE),
            next(iter(_values(classified, "mail_subject")), None),
        ),
        subtitle=_first_text(classified, Role.DEK),
        authors=_unique(_values(classified, "author") or _values(classified, "page_author")),
        date=next(iter(_dates(classified, dateline)), None),
        updated=next(iter(_values(classified, "updated")), None),
        dateline=dateline.place if dateline else None,
        source=sources[0] if sources else None,
        author_bio=" ".join(c.block.text for c in classified if c.verdict.role is Role.BIO) or None,
        credits=_unique(_values(classified, "credit")),
        section=next(iter(_values(classified, "section")), None),
        lang=lang,
        url=next(iter(_values(classified, "url")), None),
        body=body,
        classified=tuple(classified),
        warnings=tuple(
            sorted([*find_defects(classified), *_page_warnings(classified)], key=lambda w: w.line)
        ),
    )


def check_accounted(lines: Sequence[Line], classified: Sequence[Classified]) -> None:
    """Raise when a non-blank line is in no block, or in more than one."""
    wanted = [line.number for line in lines if line.text.strip()]
    placed = [line.number for c in classified for line in c.block.lines]
    if sorted(placed) != wanted:
        missing = sorted(set(wanted) - set(placed))[:5]
        raise UnaccountedLinesError(
            f"lines not accounted for exactly once: {missing or placed[:5]}"
        )


def build_body(classified: Sequence[Classified]) -> tuple[BodyBlock, ...]:
    """The body blocks, with runs of list items of one kind merged into one list
    and section breaks only where they stand between other blocks."""
    body: list[BodyBlock] = []
    for list_kind, run in groupby(classified, key=_list_kind):
        if list_kind is not None:
            items = tuple(_text(c) for c in run)
            body.append(BodyBlock("list", items, ordered=list_kind == "ordered"))
            continue
        for item in run:
            if item.verdict.role is Role.BREAK:
                body.append(SECTION_BREAK)
            elif item.verdict.role in _BODY_KIND:
                body.append(BodyBlock(_BODY_KIND[item.verdict.role], (_text(item),)))
    return tuple(between_blocks(body))


#: A thematic break in the body; the marks that made it stay in the trace.
SECTION_BREAK = BodyBlock("rule", ())


def between_blocks(body: Sequence[BodyBlock]) -> list[BodyBlock]:
    """``body`` without a break that opens or closes it or follows another break
    (the blocks between two breaks may all have been left out)."""
    kept: list[BodyBlock] = []
    for block in body:
        if block.kind == "rule" and (not kept or kept[-1].kind == "rule"):
            continue
        kept.append(block)
    if kept and kept[-1].kind == "rule":
        kept.pop()
    return kept


def _list_kind(item: Classified) -> str | None:
    """``ordered`` or ``bullet`` for a list item, None for any other block."""
    if item.verdict.role is not Role.LIST_ITEM:
        return None
    return dict(item.verdict.values).get("list", "bullet")


def _text(item: Classified) -> str:
    """The text a block contributes: a value read by its rule, or the block's own text."""
    return dict(item.verdict.values).get("text", item.block.text)


def _page_warnings(classified: Iterable[Classified]) -> list[ParseWarning]:
    """Warnings the page stage attached to blocks (uncertain article bounds)."""
    return [
        ParseWarning(c.block.first_line, "uncertain_bounds", message)
        for c in classified
        for key, message in c.verdict.values
        if key == "warning"
    ]


def _dates(classified: Sequence[Classified], dateline: Dateline | None) -> list[str]:
    """The dates found, best first: the text's own date lines, the date its
    dateline gives (a press release's), the date a page's header gives, and the
    date an e-mail was sent."""
    return [
        *_values(classified, "date"),
        *([dateline.date] if dateline is not None and dateline.date else []),
        *_values(classified, "page_date"),
        *_values(classified, "mail_date"),
    ]


def _values(classified: Iterable[Classified], key: str) -> list[str]:
    return [value for c in classified for k, value in c.verdict.values if k == key]


def _first_text(classified: Iterable[Classified], role: Role) -> str | None:
    return next((c.block.text for c in classified if c.verdict.role is role), None)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
