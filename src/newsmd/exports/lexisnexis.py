"""LexisNexis classic exports (nexis.com, LexisNexis Academic): TXT downloads.

The layout, as in the sample file of the R package LexisNexisTools
(``inst/extdata/sample.TXT``) and the keywords its ``lnt_read`` splits on:

* a cover page (``Download Request:``, ``Time Of Request:``, ``Terms:``,
  ``Source:`` ...) before the first article, when the download has one;
* each article opens with a centred ``N of M DOCUMENTS`` line (``Dokument N
  von M`` and ``Document N de M`` in German and French downloads);
* centred masthead lines: the publication, the date (``January 11, 2010
  Monday``), sometimes edition lines under it (``Edition 1;``, ``Scotland``);
* the headline, flush left, on one line or more;
* header fields with a label in capitals, a block each: ``BYLINE:``,
  ``SECTION: FEATURES; Pg. 6``, ``LENGTH: 523 words`` (the last one:
  LexisNexisTools' ``length_keyword``), sometimes ``DATELINE:``,
  ``HIGHLIGHT:``;
* the body;
* trailer fields: ``LOAD-DATE:``, ``LANGUAGE: ENGLISH``, ``GRAPHIC:`` (a
  caption, often over several lines), ``PUBLICATION-TYPE:``,
  ``JOURNAL-CODE:``;
* centred copyright lines (``Copyright 2010 Guardian Unlimited``, ``All
  Rights Reserved``).

Sources: https://github.com/JBGruber/LexisNexisTools (``inst/extdata/sample.TXT``,
``R/LexisNexisTools.R``) and the LexisNexis list of document sections (``Length:`` is
the approximate number of words, ``Load-date:`` the date loaded into the database).

The rules, each recorded as the reason of the lines it keeps out:

* **cut**: an article starts at each ``N of M DOCUMENTS`` line; the lines
  before the first one are the cover page (metadata of article 1);
* **masthead**: the first block is the publication (``source``) unless it
  gives a date; the block whose first line gives a date is the date, its
  other lines the edition; further blocks indented like centred text are
  masthead lines too;
* **headline**: the flush-left blocks between the masthead and the first
  header field, each joined into one line; the first is the ``title``;
* **header fields**: blocks opening with a known header label right after
  the headline; after ``LENGTH`` only those that follow it in exports
  (``DATELINE``, ``HIGHLIGHT``), so that a body paragraph opening
  ``LONDON: ...`` stays in the body;
* **trailer**: from the last block opening with ``LOAD-DATE``, ``LANGUAGE``
  (LexisNexisTools' ``end_keyword``) or their German and French forms, back
  over the trailer fields and copyright lines just before it, to the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ..model import Line
from .common import (
    Chunk,
    Draft,
    ExportArticle,
    ExportKind,
    anywhere,
    is_copyright,
    is_date_line,
    joined,
    language_code,
    read_authors,
    read_date,
    read_section,
    read_word_count,
    runs,
)

KIND = ExportKind.LEXISNEXIS

#: The line that opens each article.
HEADER = re.compile(r"^\s*(?:\d+ of \d+ DOCUMENTS?|Dokument \d+ von \d+|Document \d+ de \d+)\s*$")
_HEADER_ANYWHERE = anywhere(HEADER.pattern)
_FIELD_ANYWHERE = anywhere(r"^(?:LENGTH|LOAD-DATE|LANGUAGE|LÄNGE|SPRACHE|LANGUE): ")
_LENGTH_ANYWHERE = anywhere(r"^(?:LENGTH|LÄNGE|LONGUEUR|UMFANG): ")
_END_ANYWHERE = anywhere(r"^(?:LOAD-DATE|LANGUAGE|SPRACHE|LANGUE): ")
_LABEL = re.compile(r"^(?P<label>[A-ZÄÖÜÉÈ][A-ZÄÖÜÉÈ-]*[A-ZÄÖÜÉÈ]):(?:\s+(?P<value>.*))?$")
#: German downloads give the byline as ``VON NAME`` (LexisNexisTools' ``author_keyword``).
_VON = re.compile(r"^VON\s+(?P<value>\S.*)$")

#: Labels of the fields between the headline and the body.
HEADER_LABELS = frozenset(
    {
        "BYLINE", "AUTOR", "SECTION", "RUBRIK", "RUBRIQUE", "LENGTH", "LÄNGE", "LONGUEUR",
        "UMFANG", "DATELINE", "HIGHLIGHT", "HEADLINE", "EDITION", "SERIES", "COLUMN",
        "SOURCE", "TYPE", "DOCUMENT-TYPE", "ACC-NO", "VON",
    }
)  # fmt: skip
#: Header labels that may come after ``LENGTH``.
AFTER_LENGTH = frozenset({"DATELINE", "HIGHLIGHT"})
_LENGTH = frozenset({"LENGTH", "LÄNGE", "LONGUEUR", "UMFANG"})
#: Labels that end the body: every article has one of them after its text.
END_LABELS = frozenset({"LOAD-DATE", "LANGUAGE", "SPRACHE", "LANGUE"})
#: Labels of the fields after the body.
TRAILER_LABELS = END_LABELS | frozenset(
    {
        "GRAPHIC", "GRAFIK", "PUBLICATION-TYPE", "PUB-TYPE", "TYPE", "DOCUMENT-TYPE",
        "JOURNAL-CODE", "URL", "NOTES", "CORRECTION-DATE", "UPDATE", "SUBJECT",
        "ORGANIZATION", "PERSON", "GEOGRAPHIC", "COMPANY", "TICKER", "INDUSTRY", "COUNTRY",
        "CITY", "STATE", "DISTRIBUTION", "PHOTO", "PHOTOS",
    }
)  # fmt: skip
#: What each field gives.
FIELD_KEYS = {
    "BYLINE": "authors", "AUTOR": "authors", "VON": "authors",
    "SECTION": "section", "RUBRIK": "section", "RUBRIQUE": "section",
    "LENGTH": "word_count", "LÄNGE": "word_count", "LONGUEUR": "word_count", "UMFANG": "word_count",
    "DATELINE": "dateline", "HIGHLIGHT": "subtitle", "HEADLINE": "title",
    "LANGUAGE": "lang", "SPRACHE": "lang", "LANGUE": "lang",
}  # fmt: skip
#: Value keys as the front matter names them.
_SHOWN = {"authors": "author"}
#: Masthead lines are centred: indented at least this much.
CENTRED_INDENT = 8
#: The headline is within this many blocks of the masthead.
MAX_HEADLINE_BLOCKS = 3

COVER = "LexisNexis cover page, before the first 'N of M DOCUMENTS' line"
DOCUMENT_HEADER = "LexisNexis document header: an article starts here"
PUBLICATION = "LexisNexis masthead: the publication (source)"
DATE = "LexisNexis masthead: the publication date"
EDITION = "LexisNexis masthead: edition"
COPYRIGHT = "LexisNexis copyright notice"
TRAILER = "LexisNexis trailer line"
AFTER_LAST = "after the last article"


def looks_like(text: str) -> bool:
    """An ``N of M DOCUMENTS`` line and a ``LENGTH:``, ``LOAD-DATE:`` or
    ``LANGUAGE:`` field; or, for one document copied without its ``N of M`` line,
    a ``LENGTH:`` field and a ``LOAD-DATE:`` or ``LANGUAGE:`` one. No article
    that is not from LexisNexis has either pair."""
    if _HEADER_ANYWHERE.search(text):
        return bool(_FIELD_ANYWHERE.search(text))
    return bool(_LENGTH_ANYWHERE.search(text) and _END_ANYWHERE.search(text))


def chunks(lines: Iterable[Line]) -> Iterator[Chunk]:
    """Cut before each ``N of M DOCUMENTS`` line; the cover page goes with article 1."""
    current: list[Line] = []
    seen = False
    for line in lines:
        if HEADER.match(line.text):
            if seen:
                yield Chunk(tuple(current))
                current = []
            seen = True
        current.append(line)
    if current:
        yield Chunk(tuple(current), closed=seen)


def is_article(chunk: Chunk) -> bool:
    """Whether a chunk holds an article (it opens with the document header)."""
    return any(HEADER.match(line.text) for line in chunk.lines)


def read(chunk: Chunk, number: int) -> ExportArticle:
    """The article in ``chunk``: masthead, headline, header fields, body, trailer."""
    draft = Draft(KIND)
    lines = chunk.lines
    start = next((i for i, line in enumerate(lines) if HEADER.match(line.text)), None)
    if start is not None:
        draft.drop_all(lines[:start], COVER)
        draft.begin(lines[start])
        draft.drop(lines[start], DOCUMENT_HEADER)
        lines = lines[start + 1 :]
    blocks = runs(lines)
    index = _masthead(draft, blocks)
    index = _headline_and_fields(draft, blocks, index)
    end = _trailer_start(blocks, index)
    draft.keep_runs(blocks[index:end])
    _trailer(draft, blocks[end:])
    return draft.finish(number)


def _label(line: Line) -> str | None:
    """The capitals label opening ``line`` (``BYLINE``), or None."""
    match = _LABEL.match(line.text)
    if match:
        return match.group("label")
    return "VON" if _VON.match(line.text) else None


def _centred(block: Sequence[Line]) -> bool:
    return all(line.indent >= CENTRED_INDENT for line in block)


def _dated(block: Sequence[Line]) -> bool:
    return _label(block[0]) is None and is_date_line(block[0].text)


def _masthead(draft: Draft, blocks: Sequence[Sequence[Line]]) -> int:
    """Read the publication, date and edition blocks; the index of the block after them."""
    index = 0
    if (
        blocks
        and not _dated(blocks[0])
        and _label(blocks[0][0]) is None
        and (_centred(blocks[0]) or (len(blocks) > 1 and _dated(blocks[1])))
    ):
        draft.begin(blocks[0][0])
        draft.note("source", joined(blocks[0]))
        draft.drop_all(blocks[0], PUBLICATION)
        index = 1
    if index < len(blocks) and _dated(blocks[index]):
        date_line, *edition = blocks[index]
        draft.begin(date_line)
        draft.note("date", read_date(date_line.text.strip()))
        draft.drop(date_line, DATE)
        draft.drop_all(edition, EDITION)
        index += 1
    while index < len(blocks) and _centred(blocks[index]) and _label(blocks[index][0]) is None:
        draft.drop_all(blocks[index], EDITION)
        index += 1
    return index


def _is_header_field(block: Sequence[Line], after_length: bool) -> bool:
    label = _label(block[0])
    return label in (AFTER_LENGTH if after_length else HEADER_LABELS)


def _headline_and_fields(draft: Draft, blocks: Sequence[Sequence[Line]], index: int) -> int:
    """Keep the headline, read the header fields; the index of the first body block."""
    first_field = next(
        (
            i
            for i in range(index, min(len(blocks), index + MAX_HEADLINE_BLOCKS + 1))
            if _is_header_field(blocks[i], after_length=False)
        ),
        None,
    )
    headline = blocks[index:first_field] if first_field is not None else blocks[index : index + 1]
    fields_at = first_field if first_field is not None else index + len(headline)
    end = fields_at
    after_length = False
    while end < len(blocks) and _is_header_field(blocks[end], after_length):
        after_length = after_length or any(_label(line) in _LENGTH for line in blocks[end])
        end += 1
    for block in blocks[fields_at:end]:
        for label, value, lines in _fields(block):
            if label == "HEADLINE":
                draft.keep([Line(lines[0].number, value)])
                draft.gap()
                draft.note("title", value)
                continue
            _field(draft, label, value, lines)
    for block in headline:
        draft.begin(block[0])
        draft.note("title", joined(block))
        draft.keep(block)
        draft.gap()
    return end


def _fields(block: Sequence[Line]) -> list[tuple[str, str, list[Line]]]:
    """The labelled fields of a block: label, value (continuation lines joined), lines."""
    found: list[tuple[str, list[str], list[Line]]] = []
    for line in block:
        label = _label(line)
        if label is not None:
            match = _LABEL.match(line.text) or _VON.match(line.text)
            value = (match.group("value") or "") if match else ""
            found.append((label, [value], [line]))
        elif found:
            found[-1][1].append(line.text.strip())
            found[-1][2].append(line)
    return [(label, " ".join(" ".join(parts).split()), lines) for label, parts, lines in found]


def _field(draft: Draft, label: str, value: str, lines: Sequence[Line]) -> None:
    """Note the value of a labelled field and keep its lines out of the text."""
    key = FIELD_KEYS.get(label)
    if key == "authors":
        draft.note("authors", read_authors(value))
    elif key == "section":
        draft.note("section", read_section(value))
    elif key == "word_count":
        draft.note("word_count", read_word_count(value))
    elif key == "lang":
        draft.note("lang", language_code(value))
    elif key is not None:
        draft.note(key, value)
    gives = f", giving {_SHOWN.get(key, key)}" if key in draft.values else ""
    draft.drop_all(lines, f"LexisNexis {label} field{gives}")


def _opens_trailer(block: Sequence[Line]) -> bool:
    return _label(block[0]) in TRAILER_LABELS or all(is_copyright(line.text) for line in block)


def _trailer_like(block: Sequence[Line]) -> bool:
    return _label(block[0]) is not None or all(is_copyright(line.text) for line in block)


def _trailer_start(blocks: Sequence[Sequence[Line]], index: int) -> int:
    """The index of the first trailer block (``len(blocks)`` when there is none)."""
    ends = [i for i in range(index, len(blocks)) if _label(blocks[i][0]) in END_LABELS]
    if ends:
        start = ends[-1]
        while start > index and _opens_trailer(blocks[start - 1]):
            start -= 1
        return start
    start = len(blocks)
    while start > index and _trailer_like(blocks[start - 1]):
        start -= 1
    while start < len(blocks) and not _opens_trailer(blocks[start]):
        start += 1
    return start


def _trailer(draft: Draft, blocks: Sequence[Sequence[Line]]) -> None:
    """Read the trailer fields; keep every trailer line out of the text."""
    for block in blocks:
        fields = _fields(block)
        labelled = {id(line) for _, _, lines in fields for line in lines}
        for label, value, lines in fields:
            _field(draft, label, value, lines)
        for line in block:
            if id(line) in labelled:
                continue
            draft.drop(line, COPYRIGHT if is_copyright(line.text) else TRAILER)
