"""Nexis Uni (and Lexis Advance, Nexis) downloads saved or converted as text.

The layout, as in the DOCX downloads read by LexisNexisTools' ``lnt_read``
(which splits on ``End of Document`` and takes the body from the ``Body``
line) and in a Nexis Uni download kept in the tests of the R package
``newspapers`` (``tests/data/nexis/nyt.xml``, the DOCX's ``document.xml``):

* a cover page: ``User Name:``, ``Date and Time:``, ``Job Number:``,
  ``Documents (50)`` and a numbered list of the headlines with
  ``Client/Matter:``, ``Search Terms:``, ``Search Type:``, ``Narrowed by``;
* for each article: the headline; the publication; the date line
  (``January 10, 2018 Wednesday 10:36 EST``, ``October 23, 2013 Wednesday,
  Late Edition - Final``); a copyright line; fields ``Section:``,
  ``Length: 1238 words``, ``Byline:``, sometimes ``Highlight:``,
  ``Dateline:``; a ``Body`` heading; the body; sometimes the article's URL, a
  ``Graphic`` heading with captions, a ``Classification`` heading with
  ``Language:``, ``Publication-Type:``, ``Subject:`` ... fields; ``Load-Date:``;
  and ``End of Document``.

Sources: https://github.com/JBGruber/LexisNexisTools (``lnt_parse_uni``),
https://github.com/koheiw/newspapers (``tests/data/nexis/nyt.xml``), and the parsers
https://github.com/garth74/nexis-uni-parser and
https://github.com/LeidenUniversityLibrary/nexis-analysis.

The rules:

* **cut**: an article ends at each ``End of Document`` line; lines after the
  last one go, as metadata, with the last article unless they hold one;
* **head**: the fields before ``Body`` are the lines from the first header
  field or copyright line onward that are all fields, copyright lines or
  their continuations; of the lines before them, the last is the date when it
  gives one, the one before it the publication (``source``), the one before
  that the headline (``title``); lines before the headline are the cover page;
* **trailer**: from the first ``Graphic``, ``Classification`` or ``Notes``
  heading or trailer field (``Load-Date:``, ``Language:`` ...) after which
  there are only such headings, fields, their continuations and the captions
  under a ``Graphic`` heading; a URL alone on the last line of the body is
  the article's ``url``.
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
    cut_after,
    is_blank,
    is_copyright,
    is_date_line,
    language_code,
    read_authors,
    read_date,
    read_section,
    read_word_count,
    runs,
)

KIND = ExportKind.NEXIS_UNI

#: The line that ends each article.
END = re.compile(r"^\s*End of Document\s*$")
#: The heading over the body (``Text`` in some sources, after LexisNexisTools).
BODY = re.compile(r"^\s*(?:Body|Text)\s*$")
_LABEL = re.compile(r"^\s*(?P<label>[A-ZÄÖÜ][\w]*(?:[-/ ][\w]+){0,2}):(?:\s+(?P<value>.*))?$")
_URL = re.compile(r"^\s*https?://\S+\s*$")
_END_ANYWHERE = anywhere(r"^\s*End of Document\s*$")
_FIELD_ANYWHERE = anywhere(r"^\s*(?:Load-Date:|Length:\s*\d|Body\s*$)")

#: Fields between the date line and ``Body``, lower-cased.
HEADER_LABELS = frozenset(
    {
        "section", "length", "byline", "author", "highlight", "dateline", "edition",
        "column", "series", "rubrik", "länge", "autor", "rubrique", "longueur", "auteur",
    }
)  # fmt: skip
#: Fields after the body, lower-cased.
TRAILER_LABELS = frozenset(
    {
        "load-date", "language", "publication-type", "subject", "geographic", "industry",
        "person", "organization", "company", "ticker", "notes", "correction-date",
        "correction", "document-type", "journal-code", "country", "city", "state", "terms",
        "sprache", "langue",
    }
)  # fmt: skip
#: Headings alone on a line after the body; captions follow ``Graphic`` and ``Notes``.
TRAILER_HEADINGS = {"graphic": True, "grafik": True, "notes": True, "classification": False}
FIELD_KEYS = {
    "section": "section", "rubrik": "section", "rubrique": "section",
    "length": "word_count", "länge": "word_count", "longueur": "word_count",
    "byline": "authors", "author": "authors", "autor": "authors", "auteur": "authors",
    "highlight": "subtitle", "dateline": "dateline", "language": "lang", "sprache": "lang",
    "langue": "lang",
}  # fmt: skip

#: Value keys as the front matter names them.
_SHOWN = {"authors": "author"}

COVER = "Nexis Uni cover page, before the first headline"
BEFORE = "Nexis Uni line before the headline"
PUBLICATION = "Nexis Uni publication line (source)"
DATE = "Nexis Uni date line"
COPYRIGHT = "Nexis Uni copyright notice"
BODY_HEADING = "Nexis Uni 'Body' heading"
URL = "Nexis Uni: the article's URL"
END_MARKER = "Nexis Uni 'End of Document' line: the article ends here"
TRAILER = "Nexis Uni trailer line"
HEADER_LINE = "Nexis Uni header line"
AFTER_LAST = "after the last 'End of Document' line: no article"


def looks_like(text: str) -> bool:
    """An ``End of Document`` line and a ``Load-Date:``, ``Length:`` or ``Body`` line."""
    return bool(_END_ANYWHERE.search(text) and _FIELD_ANYWHERE.search(text))


def chunks(lines: Iterable[Line]) -> Iterator[Chunk]:
    """Cut after each ``End of Document`` line."""
    return cut_after(lines, END)


def is_article(chunk: Chunk) -> bool:
    """Whether a chunk holds an article: a ``Body`` heading or a ``Length:`` field."""
    return any(BODY.match(line.text) or _label(line) == "length" for line in chunk.lines)


def read(chunk: Chunk, number: int) -> ExportArticle:
    """The article in ``chunk``: head, fields, body, trailer."""
    draft = Draft(KIND)
    lines = list(chunk.lines)
    while lines and (is_blank(lines[-1]) or END.match(lines[-1].text)):
        draft.drop(lines.pop(), END_MARKER)
    body_at = next((i for i, line in enumerate(lines) if BODY.match(line.text)), None)
    stop = body_at if body_at is not None else _fields_end(lines)
    if stop is None:
        draft.keep_runs(runs(lines))
        return draft.finish(number)
    fields_at = _fields_start(lines, stop)
    _head(draft, lines[:fields_at], before=COVER if number == 1 else BEFORE)
    _fields(draft, lines[fields_at:stop])
    body_start = stop
    if body_at is not None:
        draft.drop(lines[body_at], BODY_HEADING)
        body_start = body_at + 1
    end = _trailer_start(lines, body_start)
    body = lines[body_start:end]
    last = next((i for i in range(len(body) - 1, -1, -1) if not is_blank(body[i])), None)
    if last is not None and _URL.match(body[last].text):
        draft.note("url", body[last].text.strip())
        draft.drop(body[last], URL)
        body = body[:last]
    draft.keep_runs(runs(body))
    _fields(draft, lines[end:], trailer=True)
    return draft.finish(number)


def _label(line: Line) -> str | None:
    """The label opening ``line`` (``load-date``), lower-cased, or None."""
    match = _LABEL.match(line.text)
    return match.group("label").lower() if match else None


def _heading(line: Line) -> str | None:
    word = line.text.strip().lower()
    return word if word in TRAILER_HEADINGS else None


def _is_field(line: Line, labels: frozenset[str]) -> bool:
    return _label(line) in labels or is_copyright(line.text)


def _fields_end(lines: Sequence[Line]) -> int | None:
    """Without a ``Body`` heading: the index after the first run of header fields."""
    first = next((i for i, line in enumerate(lines) if _label(line) in HEADER_LABELS), None)
    if first is None:
        return None
    end = first
    while end < len(lines) and (is_blank(lines[end]) or _is_field(lines[end], HEADER_LABELS)):
        end += 1
    return end


def _fields_start(lines: Sequence[Line], stop: int) -> int:
    """The first line of the header fields: the earliest field or copyright line
    from which every line up to ``stop`` is a field, a copyright line, a
    continuation of one, or blank."""
    for start in range(stop):
        if _is_field(lines[start], HEADER_LABELS) and _all_fields(lines[start:stop]):
            return start
    return stop


def _all_fields(lines: Sequence[Line]) -> bool:
    continued = False
    for line in lines:
        if is_blank(line):
            continued = False
        elif _is_field(line, HEADER_LABELS) or continued:
            continued = True
        else:
            return False
    return True


def _head(draft: Draft, lines: Sequence[Line], before: str) -> None:
    """Headline, publication and date: the last lines before the fields."""
    filled = [i for i, line in enumerate(lines) if not is_blank(line)]
    if not filled:
        return
    date_at = filled[-1] if is_date_line(lines[filled[-1]].text) else None
    rest = filled[:-1] if date_at is not None else filled
    source_at = rest[-1] if len(rest) >= 2 else None
    headline_at = (rest[:-1] if source_at is not None else rest)[-1:]
    if headline_at:
        draft.begin(lines[headline_at[0]])
        draft.drop_all(lines[: headline_at[0]], before)
        draft.note("title", lines[headline_at[0]].text.strip())
        draft.keep([lines[headline_at[0]]])
        draft.gap()
    if source_at is not None:
        draft.note("source", lines[source_at].text.strip())
        draft.drop(lines[source_at], PUBLICATION)
    if date_at is not None:
        draft.note("date", read_date(lines[date_at].text.strip()))
        draft.drop(lines[date_at], DATE)


def _fields(draft: Draft, lines: Sequence[Line], *, trailer: bool = False) -> None:
    """Read labelled fields (a line without a label continues the one above it,
    or is a caption under a heading) and keep all ``lines`` out of the text."""
    label: str | None = None
    parts: list[str] = []
    group: list[Line] = []
    heading = ""

    def flush() -> None:
        if label is not None:
            _field(draft, label, " ".join(parts), group, trailer)

    for line in lines:
        if is_blank(line):
            continue
        match = _LABEL.match(line.text)
        if is_copyright(line.text):
            draft.drop(line, COPYRIGHT)
        elif match:
            flush()
            label, parts, group = match.group("label"), [match.group("value") or ""], [line]
        elif _heading(line) is not None:
            flush()
            label, parts, group = None, [], []
            heading = line.text.strip()
            draft.drop(line, f"Nexis Uni '{heading}' heading")
        elif label is not None:
            parts.append(line.text.strip())
            group.append(line)
        elif heading:
            draft.drop(line, f"Nexis Uni text under the '{heading}' heading")
        else:
            draft.drop(line, TRAILER if trailer else HEADER_LINE)
    flush()


def _field(draft: Draft, label: str, value: str, lines: Sequence[Line], trailer: bool) -> None:
    key = FIELD_KEYS.get(label.lower())
    value = " ".join(value.split())
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
    where = "trailer" if trailer else "header"
    gives = f", giving {_SHOWN.get(key, key)}" if key in draft.values else ""
    draft.drop_all(lines, f"Nexis Uni {where} field {label}{gives}")


def _opens_trailer(line: Line) -> bool:
    return _heading(line) is not None or _label(line) in TRAILER_LABELS


def _trailer_start(lines: Sequence[Line], start: int) -> int:
    """The index of the first trailer line after the body (``len(lines)`` if none)."""
    for index in range(start, len(lines)):
        if _opens_trailer(lines[index]) and _all_trailer(lines[index:]):
            return index
    return len(lines)


def _all_trailer(lines: Sequence[Line]) -> bool:
    """Whether ``lines`` are all trailer: headings, fields, continuations, captions."""
    captions = False
    continued = False
    for line in lines:
        if is_blank(line):
            continued = False
            continue
        heading = _heading(line)
        if heading is not None:
            captions = TRAILER_HEADINGS[heading]
        elif _label(line) is not None:
            captions = captions and _label(line) not in TRAILER_LABELS
        elif not (captions or continued):
            return False
        continued = True
    return True
