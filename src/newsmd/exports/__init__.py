"""Splitting files that hold many articles: LexisNexis, Nexis Uni and Factiva
exports, and plain files with separators (newsletters, wire dumps).

``detect`` tells the kind of a file (None for one ordinary article),
``split`` and ``split_lines`` yield its articles one at a time, and
``to_article`` turns one into a newsmd ``Article``::

    kind = detect(text)
    for item in split(text, kind):
        markdown = render(to_article(item))

Each kind is a module (``lexisnexis``, ``nexis_uni``, ``factiva``,
``separators``) whose docstring gives the layout and the rules, with
``looks_like(text)`` (its detector), ``chunks(lines)`` (the cutting rule),
``is_article(chunk)`` and ``read(chunk, number)`` (the field mapping).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, islice
from types import ModuleType

from ..model import Line
from . import factiva, lexisnexis, nexis_uni, separators
from .article import to_article
from .common import (
    Draft,
    ExportArticle,
    ExportKind,
    MetadataLine,
    Value,
    articles,
    numbered,
    text_lines,
)

#: The kinds, in the order ``detect`` tries them: the most specific first.
KINDS: tuple[ExportKind, ...] = (
    ExportKind.LEXISNEXIS,
    ExportKind.NEXIS_UNI,
    ExportKind.FACTIVA,
    ExportKind.SEPARATORS,
)
_MODULES: dict[ExportKind, ModuleType] = {
    ExportKind.LEXISNEXIS: lexisnexis,
    ExportKind.NEXIS_UNI: nexis_uni,
    ExportKind.FACTIVA: factiva,
    ExportKind.SEPARATORS: separators,
}
#: ``detect`` reads at most this many characters of a text...
DETECT_CHARS = 1_000_000
#: ... and ``detect_lines`` this many lines.
DETECT_LINES = 5_000


def detect(text: str) -> ExportKind | None:
    """The kind of export ``text`` is, or None for an ordinary article.

    Each detector asks for two marks of its layout that no single article
    has together (see the modules); only the start of the text is read.
    """
    head = text[:DETECT_CHARS]
    for kind in KINDS:
        if _MODULES[kind].looks_like(head):
            return kind
    return None


def detect_lines(
    lines: Iterable[str], limit: int = DETECT_LINES
) -> tuple[ExportKind | None, Iterator[str]]:
    """The kind of the export whose lines are ``lines`` (say, an open file),
    told from its first ``limit`` lines, and an iterator over all its lines
    from the first, for ``split_lines``."""
    source = iter(lines)
    head = list(islice(source, limit))
    text = "".join(line if line.endswith(("\n", "\r")) else f"{line}\n" for line in head)
    return detect(text), chain(head, source)


def split(text: str, kind: ExportKind | None = None) -> Iterator[ExportArticle]:
    """The articles of ``text``, one at a time; ``kind`` is detected when not
    given. Text that is no export gives one article, all of it (none when it
    is blank)."""
    chosen = kind if kind is not None else detect(text)
    return split_lines(text_lines(text), chosen)


def split_lines(lines: Iterable[str], kind: ExportKind | None) -> Iterator[ExportArticle]:
    """The articles of the export whose lines are ``lines`` (an open file, or
    any iterable of lines with or without their line ends), read one article
    at a time: only the article being read and the one before it are held.
    A ``kind`` of None gives all the lines as one article (none when blank)."""
    numbered_lines = numbered(lines)
    if kind is None:
        whole = _whole(numbered_lines)
        if whole.text:
            yield whole
        return
    module = _MODULES[kind]
    yield from articles(
        module.chunks(numbered_lines), module.read, module.is_article, module.AFTER_LAST
    )


def _whole(lines: Iterable[Line]) -> ExportArticle:
    """All ``lines`` as one article."""
    draft = Draft(None)
    for line in lines:
        if not line.text.strip():
            draft.gap()
            continue
        draft.begin(line)
        draft.keep([line])
    return draft.finish(1)


__all__ = [
    "DETECT_CHARS",
    "DETECT_LINES",
    "KINDS",
    "ExportArticle",
    "ExportKind",
    "MetadataLine",
    "Value",
    "detect",
    "detect_lines",
    "split",
    "split_lines",
    "to_article",
]
