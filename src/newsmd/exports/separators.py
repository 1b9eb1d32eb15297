"""Plain files of several articles set apart by separators: newsletters, wire
dumps, articles pasted one after another.

Separators are form feeds and lines made of one repeated mark: ``-----``,
``=====``, ``_____``, ``~~~~~``, ``#####``, ``* * *``, ``***``. The same
marks set sections apart inside one article, so a separator is a cut only
between complete articles, decided by what comes before and after it:

* **before**: the text since the last cut is a complete article: at least
  ``MIN_ARTICLE_WORDS`` words in at least two blocks (a headline and a body);
* **after**, for a *hard* separator (a form feed, or a line of five or more
  ``-``, ``=``, ``_``, ``~`` or ``#``): the next non-blank line reads as a
  headline (at most ``MAX_HEADLINE_WORDS`` words, no final ``.``, ``,``,
  ``;`` or ``:``) and more text follows it, or it opens with a wire dateline
  (``LONDON (Reuters) -``);
* **file header**: a single block before the first hard separator that
  opens an article (a newsletter's masthead) is no article: it is kept out,
  as metadata of the first article;
* **after**, for a *soft* separator (``* * *``, ``***``, ``---``: the marks of
  a section break): a headline-like line, and within the next three lines a
  byline (``By Jane Doe``) or a date line (``June 19, 2013``): the start of a
  new article, not a subheading.

A separator that cuts is kept out of both articles (recorded as metadata);
one that does not stays in the article's text. Separators before the first
article and after the last are kept out too. Reading ahead for the decision
holds at most ``LOOKAHEAD`` non-blank lines.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice

from ..bylines import read_byline
from ..datelines import read_dateline
from ..dates import read_date_line
from ..model import Line
from .common import (
    FORM_FEED,
    Chunk,
    Draft,
    ExportArticle,
    ExportKind,
    MetadataLine,
    is_blank,
    numbered,
    text_lines,
)

KIND = ExportKind.SEPARATORS

_SEPARATOR = re.compile(r"^\s*([-=_~#*])(?:\s?\1){2,}\s*$")
_HARD = re.compile(r"^\s*([-=_~#])\1{4,}\s*$")
#: A complete article has at least this many words...
MIN_ARTICLE_WORDS = 20
#: ... in at least this many blocks.
MIN_ARTICLE_BLOCKS = 2
#: A headline has at most this many words and characters.
MAX_HEADLINE_WORDS = 20
MAX_HEADLINE_CHARS = 150
#: Non-blank lines read ahead of a separator to decide on it.
LOOKAHEAD = 5
#: A byline or date line within this many lines of the headline marks a new
#: article after a soft separator.
SIGNAL_LINES = 3
#: Cuts needed to take a file for this kind (three articles or more).
MIN_CUTS = 2
#: Characters of the text read to detect the kind.
DETECT_CHARS = 1_000_000

SEPARATOR = "separator between articles"
FILE_HEADER = "file header before the first article (a newsletter's masthead)"
FORM_FEED_CUT = "form feed between articles"
AFTER_LAST = "after the last article"


def separator(line: Line) -> str | None:
    """``hard``, ``soft`` or None: whether ``line`` is a separator, and which."""
    if line.text == FORM_FEED or _HARD.match(line.text):
        return "hard"
    return "soft" if _SEPARATOR.match(line.text) else None


#: Any line ``separator`` could take, found in one scan: a cheap first test.
_ANY_SEPARATOR = re.compile(r"^[^\S\n]*([-=_~#*])(?:[^\S\n]?\1){2,}[^\S\n]*\r?$|\f", re.MULTILINE)


def looks_like(text: str) -> bool:
    """At least ``MIN_CUTS`` cuts in the text (only its start is read)."""
    head = text[:DETECT_CHARS]
    scanned = head.replace("\r", "\n")  # old Mac line ends: ^ and $ know only \n
    if len(list(islice(_ANY_SEPARATOR.finditer(scanned), MIN_CUTS))) < MIN_CUTS:
        return False  # too few separator lines to cut anything
    found = chunks(numbered(text_lines(head)))
    return len(list(islice(found, MIN_CUTS + 1))) > MIN_CUTS


class _Article:
    """The lines since the last cut, with a running count of words and blocks."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.words = 0
        self.blocks = 0
        self._in_block = False

    def add(self, line: Line) -> None:
        self.lines.append(line)
        if is_blank(line) or separator(line):
            self._in_block = False
            return
        self.words += len(line.text.split())
        if not self._in_block:
            self.blocks += 1
            self._in_block = True

    @property
    def complete(self) -> bool:
        return self.words >= MIN_ARTICLE_WORDS and self.blocks >= MIN_ARTICLE_BLOCKS


def chunks(lines: Iterable[Line]) -> Iterator[Chunk]:
    """Cut at each separator that stands between complete articles."""
    source = iter(lines)
    ahead: deque[Line] = deque()
    article = _Article()
    preamble: tuple[Line, ...] = ()
    first = True

    def pull() -> Line | None:
        return ahead.popleft() if ahead else next(source, None)

    while (line := pull()) is not None:
        kind = separator(line)
        header = first and kind == "hard" and article.blocks == 1 and not article.complete
        cut = False
        if kind is not None and (article.complete or header):
            look = _read_ahead(pull)
            ahead.extendleft(reversed(look))
            cut = _starts_article([item for item in look if _content(item)], kind)
        article.add(line)
        if cut and header:
            preamble = tuple(article.lines)
        elif cut:
            yield Chunk(tuple(article.lines), preamble=preamble)
            preamble = ()
        if cut:
            article = _Article()
            first = False
    if article.lines or preamble:
        yield Chunk(tuple(article.lines), preamble=preamble)


def _content(line: Line) -> bool:
    return not is_blank(line) and separator(line) is None


def _read_ahead(pull: Callable[[], Line | None]) -> list[Line]:
    """Lines after a separator: up to ``LOOKAHEAD`` with text, stopping at the
    next separator that follows text."""
    look: list[Line] = []
    filled = 0
    while filled < LOOKAHEAD:
        line = pull()
        if line is None:
            break
        look.append(line)
        if _content(line):
            filled += 1
        elif separator(line) is not None and filled:
            break
    return look


def headline_like(text: str) -> bool:
    """A short line that does not end like a sentence or a clause."""
    text = text.strip()
    words = len(text.split())
    return (
        0 < words <= MAX_HEADLINE_WORDS
        and len(text) <= MAX_HEADLINE_CHARS
        and not text.endswith((".", ",", ";", ":"))
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘«'")
    )


def _signal(text: str) -> bool:
    """A byline or a date line: a sign that an article starts."""
    return read_byline(text.strip()) is not None or read_date_line(text.strip()) is not None


def _starts_article(content: Sequence[Line], kind: str) -> bool:
    """Whether the lines after a separator open a new article."""
    if not content:
        return False
    first, rest = content[0], content[1:]
    if kind == "hard" and read_dateline(first.text.strip()) is not None:
        return True
    if not (headline_like(first.text) and rest):
        return False
    if kind == "hard":
        return True
    return any(_signal(line.text) for line in rest[:SIGNAL_LINES])


def is_article(chunk: Chunk) -> bool:
    """Whether a chunk holds text besides separators."""
    return any(_content(line) for line in chunk.lines)


def read(chunk: Chunk, number: int) -> ExportArticle:
    """The article in ``chunk``: its text, less the separators around it."""
    draft = Draft(KIND)
    for line in chunk.preamble:
        if separator(line) is None:
            draft.drop(line, FILE_HEADER)
    _drop_separators(draft, [line for line in chunk.preamble if separator(line)])
    lines = chunk.lines
    filled = [i for i, line in enumerate(lines) if _content(line)]
    if not filled:
        _drop_separators(draft, lines)
        return draft.finish(number)
    first, last = filled[0], filled[-1]
    _drop_separators(draft, lines[:first])
    draft.begin(lines[first])
    for line in lines[first : last + 1]:
        if is_blank(line):
            draft.gap()
        else:
            draft.keep([line])
    _drop_separators(draft, lines[last + 1 :])
    return draft.finish(number)


def _drop_separators(draft: Draft, lines: Sequence[Line]) -> None:
    for line in lines:
        if line.text == FORM_FEED:
            draft.metadata.append(MetadataLine(line.number, line.text, FORM_FEED_CUT))
        else:
            draft.drop(line, SEPARATOR)
