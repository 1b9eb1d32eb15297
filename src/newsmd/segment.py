"""Stage 2: group numbered lines into blocks, unwrapping hard-wrapped paragraphs.

Blank lines always separate blocks. Inside a run of non-blank lines, three
shapes are told apart:

* *indent-marked*: wire copy whose paragraphs start with an indented line and
  continue flush left; each indented line starts a block;
* *hard-wrapped*: lines filled up to a common width; a line with room left for
  the next line's first word ends a block;
* otherwise each line is its own block (one paragraph per line).

A piece that ends in a spaced dash (``ST. LOUIS, March 3 -``) cannot end a
paragraph and is joined to the next. Joined lines meet with one space, except
after a hyphen that ends a word (``medium-`` + ``term``), which is kept as is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from .languages import HAN, KANA, has_unspaced_script
from .lazy import lazy_compile
from .model import Block, Line

#: Longest line width at which a run of lines is taken for hard-wrapped text.
MAX_WRAP_WIDTH = 100
#: At this width or more, full lines alone show wrapped prose (table rows are narrower).
WIDE_WRAP_WIDTH = 60
#: Narrowest width at which a run of lines can be hard-wrapped text.
MIN_WRAP_WIDTH = 30
#: Lines indented this far (or more) start a paragraph.
PARAGRAPH_INDENT = 2
#: A line that ends a sentence ends its paragraph when this share of the width is left.
WRAP_SLACK = 0.1
#: A line shorter than this share of the wrap width ends its paragraph.
SHORT_LINE_SHARE = 0.6

_TERMINAL = re.compile(r"[.!?:;\"'”’»)\]]$")
_LIST_MARKER = re.compile(r"^\s*(?:(?P<bullet>[•·▪◦‣●○■□➢►*+-]|–|—)|(?P<number>\d{1,3})[.)])\s+\S")
_OPENING_QUOTES = "\"“‘«„‚'¿¡"
_SPACED_DASH_END = re.compile(r"\s[-–—]$")
_WORD_HYPHEN_END = re.compile(r"\w-$")


def segment(lines: Sequence[Line]) -> tuple[Block, ...]:
    """Group ``lines`` into blocks."""
    blocks: list[Block] = []
    for run in _non_blank_runs(lines):
        blocks.extend(make_block(piece) for piece in split_run(run))
    return tuple(blocks)


def make_block(lines: Sequence[Line]) -> Block:
    """A block of ``lines``, its text unwrapped and its white space folded."""
    text = unwrap([line.text for line in lines])
    return Block(tuple(lines), text, count_words(text))


#: A character of a script written without spaces between words (Chinese, Japanese).
UNSPACED_CHAR = lazy_compile(f"[{KANA}{HAN}]")


def count_words(text: str) -> int:
    """The words in ``text``: runs of non-space characters, except that in Chinese
    and Japanese, written without spaces, each character counts as one (as their
    word counts do)."""
    tokens = text.split()
    if not has_unspaced_script(text):
        return len(tokens)
    unspaced = UNSPACED_CHAR().findall(text)
    if not unspaced:
        return len(tokens)
    mixed = sum(1 for token in tokens if UNSPACED_CHAR().search(token))
    return len(tokens) - mixed + len(unspaced)


#: A character of Chinese or Japanese text, or of its punctuation.
_UNSPACED_EDGE = lazy_compile(f"[\u3000-\u303f{KANA}{HAN}\uff00-\uffef]")


#: A line of Chinese or Japanese that a dump wrapped fills at least this many columns.
MIN_WRAPPED_COLUMNS = 60


def _wrapped_unspaced(line: str, following: str) -> bool:
    """Whether ``line`` and ``following`` are Chinese or Japanese text that wrapped
    (``line`` is full: a wide character takes two columns), not two lines of items."""
    if not line or not following or line[-1] < "\u3000" or following[0] < "\u3000":
        return False  # the common case, told without a pattern
    edge = _UNSPACED_EDGE()
    if not (edge.match(line[-1]) and edge.match(following[0])):
        return False
    return len(line) + len(edge.findall(line)) >= MIN_WRAPPED_COLUMNS


def unwrap(texts: Sequence[str]) -> str:
    """Join wrapped lines into one line of text with white space folded (Chinese
    and Japanese lines with none between them).

    Only the end of the text joined so far is searched for a word's hyphen:
    searching all of it again for each line would take quadratic time.
    """
    joined, previous = "", ""
    for text in texts:
        part = text.strip()
        if not joined:
            joined = part
        elif _WORD_HYPHEN_END.search(joined[-3:]) and part[:1].isalpha():
            joined += part
        elif _wrapped_unspaced(previous, part):
            joined += part  # Chinese and Japanese put no space where a line wraps
        else:
            joined += " " + part
        previous = part
    return " ".join(joined.split())


def split_run(run: Sequence[Line]) -> list[list[Line]]:
    """Cut a run of non-blank lines into the pieces that make one block each."""
    if len(run) == 1:
        return [list(run)]
    hanging = hanging_lines(run)
    listed = list_item_lines(run, hanging)
    if is_indent_marked(run) and not hanging:
        pieces = _split_at_indents(run)
    else:
        width = wrap_width(run, listed)
        pieces = _split_at_room(run, width, listed) if width else [[line] for line in run]
    return list(_join_dangling(_join_hanging(pieces, hanging), listed))


def hanging_lines(run: Sequence[Line]) -> frozenset[int]:
    """Numbers of the lines that go on with a list item under its text, indented to
    where the item's text starts (`` 1. Als erstes …`` / ``    dazugeben …``): a
    text browser wraps list items so."""
    hanging = set()
    column: int | None = None
    item = ""
    for line in run:
        marker = _LIST_MARKER.match(line.text)
        if marker is not None:
            # where a numbered item's text starts (a bulleted one's lines are left as
            # they are: on a page they are mostly menus and teasers)
            column = marker.end() - 1 if marker.group("number") else None
            item = line.text
        elif column is not None and line.indent == column and _wrapped_item(item, line):
            hanging.add(line.number)
        else:
            column = None
    return frozenset(hanging)


#: A numbered item that wrapped fills at least this many characters of its line.
MIN_WRAPPED_ITEM_CHARS = 60


def _wrapped_item(item: str, line: Line) -> bool:
    """Whether the numbered ``item`` wrapped onto ``line``: it is long, or ``line``
    goes on in lower case (a numbered menu's short item has a sub-menu under it)."""
    return len(item) >= MIN_WRAPPED_ITEM_CHARS or line.text.lstrip()[:1].islower()


def _join_hanging(pieces: list[list[Line]], hanging: frozenset[int]) -> list[list[Line]]:
    """Each piece that starts with a list item's hanging line joined to the piece before."""
    joined: list[list[Line]] = []
    for piece in pieces:
        if joined and piece[0].number in hanging:
            joined[-1].extend(piece)
        else:
            joined.append(list(piece))
    return joined


def list_item_lines(run: Sequence[Line], hanging: frozenset[int] = frozenset()) -> frozenset[int]:
    """Numbers of the lines that start list items: a marker shared with a neighbour
    (the item's own ``hanging`` lines between do not count)."""
    lines = [line for line in run if line.number not in hanging]
    kinds = [_list_marker(line) for line in lines]
    listed = set()
    for index, kind in enumerate(kinds):
        neighbours = kinds[max(0, index - 1) : index] + kinds[index + 1 : index + 2]
        if kind is not None and kind in neighbours:
            listed.add(lines[index].number)
    return frozenset(listed)


def _list_marker(line: Line) -> str | None:
    match = _LIST_MARKER.match(line.text)
    if match is None:
        return None
    return "ordered" if match.group("number") else match.group("bullet")


def is_indent_marked(run: Sequence[Line]) -> bool:
    """Whether paragraphs in ``run`` start indented and continue flush left.

    Flush means the run's smallest indent; when that is not zero, a single line
    at it (a `` Reuter`` end mark under indented table rows) is not enough.
    """
    base = min(line.indent for line in run)
    flush = sum(1 for line in run if line.indent == base)
    if run[0].indent == base or flush < (1 if base == 0 else 2):
        return False
    return all(len(line.text.strip()) <= MAX_WRAP_WIDTH for line in run)


def wrap_width(run: Sequence[Line], listed: frozenset[int] = frozenset()) -> int | None:
    """The width ``run`` was hard-wrapped at, or None when it does not look wrapped.

    In wrapped text lines go on mid-sentence, often with a lower-case word, and
    most are full (the next line's first word would not have fitted); or at
    least one line plainly goes on with the sentence of the line before. Table
    rows, menus, lists and one-line paragraphs are not like that.
    """
    width = max(len(line.text) for line in run)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    pairs = list(pairwise(run))
    if any(_mid_sentence(a, b) for a, b in pairs if b.number not in listed):
        return width
    return width if _looks_wrapped(pairs, width) else None


def _looks_wrapped(pairs: Sequence[tuple[Line, Line]], width: int) -> bool:
    """The statistics of wrapped text over the pairs of successive lines."""
    mid_sentence = sum(1 for line, _ in pairs if not _TERMINAL.search(line.text))
    full = sum(1 for line, following in pairs if _is_full(line, following, width))
    goes_on = sum(1 for _, following in pairs if not following.text.lstrip()[:1].isupper())
    mostly_full = full * 3 >= len(pairs) * 2
    if mid_sentence * 2 < len(pairs):
        return False
    if width >= WIDE_WRAP_WIDTH and mostly_full and len(pairs) >= 2:
        return True  # wide, full lines: prose, even where nouns are capitalized
    return goes_on * 4 >= len(pairs) and (mid_sentence * 3 >= len(pairs) * 2 or mostly_full)


def _is_full(line: Line, following: Line, width: int) -> bool:
    """Whether ``following``'s first word would have made ``line`` too long to fit."""
    return len(line.text) + 1 + len(following.text.split()[0]) > (1 - WRAP_SLACK) * width


def _split_at_indents(run: Sequence[Line]) -> list[list[Line]]:
    """Indented lines start pieces; a flush line continues one only if the line before was full."""
    base = min(line.indent for line in run)
    width = max(len(line.text) for line in run)
    pieces: list[list[Line]] = []
    for line in run:
        starts = line.indent > base or not pieces or _has_room(pieces[-1][-1], line, width)
        if starts:
            pieces.append([line])
        else:
            pieces[-1].append(line)
    return pieces


def _has_room(previous: Line, line: Line, width: int) -> bool:
    """Whether the break after ``previous`` was deliberate, not a wrap.

    It was when ``previous`` ends a sentence with room left for the first word
    of ``line``, or is much shorter than the width and ``line`` starts anew.
    """
    ends_sentence = bool(_TERMINAL.search(previous.text))
    if len(previous.text) < SHORT_LINE_SHARE * width:
        return ends_sentence or line.text.lstrip()[:1].isupper()
    return ends_sentence and not _is_full(previous, line, width)


def _split_at_room(run: Sequence[Line], width: int, listed: frozenset[int]) -> list[list[Line]]:
    pieces: list[list[Line]] = [[run[0]]]
    for previous, line in pairwise(run):
        if line.number in listed or _has_room(previous, line, width):
            pieces.append([line])
        else:
            pieces[-1].append(line)
    return pieces


def _join_dangling(pieces: list[list[Line]], listed: frozenset[int]) -> Iterator[list[Line]]:
    """Join a piece that cannot end a paragraph to the piece after it."""
    pending: list[Line] = []
    for piece in pieces:
        if pending and (piece[0].number in listed or not _continues(pending[-1], piece[0])):
            yield pending
            pending = []
        pending.extend(piece)
    if pending:
        yield pending


def _continues(last: Line, first: Line) -> bool:
    """Whether ``first`` goes on with what ``last`` left open: after a spaced dash
    (``ST. LOUIS, March 3 -``), or mid-sentence (see ``_mid_sentence``)."""
    return bool(_SPACED_DASH_END.search(last.text)) or _mid_sentence(last, first)


def _mid_sentence(last: Line, first: Line) -> bool:
    """Whether ``first`` plainly goes on with the sentence of ``last``.

    It does when ``last`` ends in a word, a comma or a word's hyphen and
    ``first`` starts with no capital letter or opening quote (``must be rated``
    / ``> 2,600, which``), and is not indented, which marks a new paragraph or
    table row.
    """
    if first.indent >= PARAGRAPH_INDENT:
        return False
    opener = first.text.lstrip()[:1]
    open_end = (
        last.text[-1:].isalnum()
        or last.text.endswith(",")
        or bool(_WORD_HYPHEN_END.search(last.text))
    )
    return open_end and not opener.isupper() and opener not in _OPENING_QUOTES


def _non_blank_runs(lines: Sequence[Line]) -> Iterator[list[Line]]:
    run: list[Line] = []
    for line in lines:
        if line.text.strip():
            run.append(line)
        elif run:
            yield run
            run = []
    if run:
        yield run
