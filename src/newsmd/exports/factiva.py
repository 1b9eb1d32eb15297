"""Factiva downloads in "Article Format" (RTF or PDF, saved or converted as text).

The layout, from the parsers researchers share for it (``process_raw.py`` by
Maurits van der Veen, which reads the fields by position; the Factiva parser
notebook of ``chennesy/factiva_parser``, which notes the form feed between
articles of an RTF download) and Factiva's field list (HD headline, BY
author, WC word count, PD date, ET time, SN source name, SC source code, ED
edition, PG page, LA language, CY copyright, LP and TD text, AN accession
number: an 8-character source code, a yyyymmdd load date and a serial):

* for each article, one field a line: the headline, the byline when there
  is one (``By Jane Doe``), ``523 words``, the date (``12 March 2019``), the
  time when given (``09:15``, ``19:43 GMT``), the source name, the source
  code (``DLYCLR``), sometimes the edition and page, the language
  (``English``), the copyright line (``(c) 2019 ...``, ``Copyright 2019``);
* the body paragraphs;
* ``Document DLYCLR0020190312ef3c0001x``: the accession number, last.

Sources: https://github.com/chennesy/factiva_parser, Factiva's field tags
(https://support.proquest.com/articledetail?id=kA23r000000FVF1CAO) and the
accession number format of the Factiva feed reference
(https://developer.dowjones.com/site/docs/factiva_feeds/analytics/factiva_select_feed/xml_reference/index.gsp).

The rules:

* **cut**: an article ends at each ``Document <accession number>`` line
  (``Dokument``, ``Documento`` in German and Spanish downloads); lines after
  the last one (Factiva's search summary) go, as metadata, with the last
  article unless they hold one;
* **head**: the word count line (``523 words``, ``1.234 Wörter``) anchors
  the fields; the line before it is the byline when it opens ``By`` or reads
  as names only; the lines before that, up to a blank line, are the headline
  (joined into one line, the ``title``), except that the first of several
  lines is the section (SE) when it has at most three words, as
  ``process_raw.py`` reads it; earlier lines (a file header, a section line
  set apart by a blank line) are kept out;
* **fields**: after the word count, up to the copyright line (or else the
  language line, or else the first blank line): the first line giving a date
  is the date, a time right after it joins it, the next line is the source
  name (``source``), a capitals code after it the source code, a language
  name the language; anything else (edition, page) is kept out as a field;
* page footers of PDF downloads (``Page 2 of 9 © 2019 Factiva, Inc. All
  rights reserved.``) are kept out wherever they fall.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ..bylines import read_byline
from ..model import Line
from .common import (
    Chunk,
    Draft,
    ExportArticle,
    ExportKind,
    anywhere,
    cut_after,
    is_blank,
    is_copyright,
    is_date_line,
    joined,
    language_code,
    read_authors,
    read_date,
    read_word_count,
    runs,
)

KIND = ExportKind.FACTIVA

#: The accession number line that ends each article.
ACCESSION = re.compile(
    r"^\s*(?:Document|Dokument|Documento)\s+(?=[A-Za-z0-9]*\d{8})[A-Za-z0-9]{16,40}\s*$"
)
_ACCESSION_ANYWHERE = anywhere(ACCESSION.pattern)
_WORDS_ANYWHERE = anywhere(
    r"^\s*(?:\d{1,3}(?:[,.]\d{3})+|\d+)\s+(?:words|wörter|mots|palabras|parole|woorden)\s*$",
    re.IGNORECASE,
)
_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*$")
_SOURCE_CODE = re.compile(r"^\s*[A-Z0-9]{2,10}\s*$")
_BY = re.compile(r"^\s*(?:by|von|par|por|door|di)\s+\S", re.IGNORECASE)
_PAGE_FOOTER = re.compile(
    r"^\s*Page \d+ of \d+ © \d{4} Factiva, Inc\. All rights reserved\.?\s*$", re.IGNORECASE
)
#: A section line (SE) over the headline has at most this many words.
MAX_SECTION_WORDS = 3
#: The fields after the word count take at most this many lines.
MAX_FIELD_LINES = 12

ACCESSION_NUMBER = "Factiva accession number (AN): the article ends here"
BEFORE = "Factiva line before the headline (file header or section)"
BYLINE = "Factiva byline (BY)"
SECTION = "Factiva section (SE)"
WORD_COUNT = "Factiva word count (WC)"
DATE = "Factiva publication date (PD)"
TIME = "Factiva publication time (ET)"
SOURCE = "Factiva source name (SN)"
SOURCE_CODE = "Factiva source code (SC)"
LANGUAGE = "Factiva language (LA)"
COPYRIGHT = "Factiva copyright notice (CY)"
OTHER_FIELD = "Factiva field (edition or page)"
PAGE_FOOTER = "Factiva page footer"
AFTER_LAST = "after the last accession number: Factiva search summary or other text"


def looks_like(text: str) -> bool:
    """A ``Document <accession number>`` line and an ``N words`` line."""
    return bool(_ACCESSION_ANYWHERE.search(text) and _WORDS_ANYWHERE.search(text))


def chunks(lines: Iterable[Line]) -> Iterator[Chunk]:
    """Cut after each accession number line."""
    return cut_after(lines, ACCESSION)


def is_article(chunk: Chunk) -> bool:
    """Whether a chunk holds an article: a word count line."""
    return any(read_word_count(line.text) is not None for line in chunk.lines)


def read(chunk: Chunk, number: int) -> ExportArticle:
    """The article in ``chunk``: headline, byline, fields, body."""
    draft = Draft(KIND)
    lines: list[Line] = []
    for line in chunk.lines:
        if ACCESSION.match(line.text):
            draft.drop(line, ACCESSION_NUMBER)
        elif _PAGE_FOOTER.match(line.text):
            draft.drop(line, PAGE_FOOTER)
        else:
            lines.append(line)
    count_at = next(
        (i for i, line in enumerate(lines) if read_word_count(line.text) is not None), None
    )
    if count_at is None:
        draft.keep_runs(runs(lines))
        return draft.finish(number)
    _head(draft, lines[:count_at])
    draft.note("word_count", read_word_count(lines[count_at].text))
    draft.drop(lines[count_at], WORD_COUNT)
    end = _fields_end(lines, count_at)
    _fields(draft, [line for line in lines[count_at + 1 : end] if not is_blank(line)])
    draft.keep_runs(runs(lines[end:]))
    return draft.finish(number)


def _is_byline(text: str) -> bool:
    return bool(_BY.match(text)) or read_byline(text, needs_prefix=False) is not None


def _head(draft: Draft, lines: Sequence[Line]) -> None:
    """Headline and byline: the lines before the word count."""
    filled = [i for i, line in enumerate(lines) if not is_blank(line)]
    if not filled:
        return
    last = filled[-1]
    if len(filled) >= 2 and _is_byline(lines[last].text):
        draft.note("authors", read_authors(lines[last].text))
        draft.drop(lines[last], BYLINE)
        filled.pop()
    end = filled[-1]
    start = end
    while start > 0 and not is_blank(lines[start - 1]):
        start -= 1
    headline = lines[start : end + 1]
    draft.begin(headline[0])
    if len(headline) > 1 and len(headline[0].text.split()) <= MAX_SECTION_WORDS:
        draft.note("section", headline[0].text.strip())
        draft.drop(headline[0], SECTION)
        headline = headline[1:]
    draft.drop_all(lines[:start], BEFORE)
    draft.begin(headline[0])
    draft.note("title", joined(headline))
    draft.keep(headline)
    draft.gap()


def _fields_end(lines: Sequence[Line], count_at: int) -> int:
    """The index after the last field line that follows the word count."""
    window: list[int] = []
    for index in range(count_at + 1, len(lines)):
        if not is_blank(lines[index]):
            window.append(index)
            if len(window) == MAX_FIELD_LINES:
                break
    for index in window:
        if is_copyright(lines[index].text):
            return index + 1
    for index in window:
        if language_code(lines[index].text):
            return index + 1
    end = count_at + 1
    while end < len(lines) and not is_blank(lines[end]):
        end += 1
    return end


def _fields(draft: Draft, lines: Sequence[Line]) -> None:
    """Date, time, source name and code, language, copyright, by position."""
    date: Line | None = None
    time: Line | None = None
    source: Line | None = None
    code: Line | None = None
    for line in lines:
        text = line.text.strip()
        if is_copyright(text):
            draft.drop(line, COPYRIGHT)
        elif date is None and is_date_line(text):
            date = line
            draft.drop(line, DATE)
        elif date is not None and time is None and source is None and _TIME.match(text):
            time = line
            draft.drop(line, TIME)
        elif language_code(text) and "lang" not in draft.values:
            draft.note("lang", language_code(text))
            draft.drop(line, LANGUAGE)
        elif date is not None and source is None:
            source = line
            draft.note("source", text)
            draft.drop(line, SOURCE)
        elif source is not None and code is None and _SOURCE_CODE.match(text):
            code = line
            draft.drop(line, SOURCE_CODE)
        else:
            draft.drop(line, OTHER_FIELD)
    if date is not None:
        day = date.text.strip()
        moment = read_date(f"{day} {time.text.strip()}") if time is not None else None
        draft.note("date", moment or read_date(day))
