"""What the export readers share: the article record, numbered lines, the
article being built, and readers for the values exports label.

Export lines are numbered as an editor shows them (lines end at LF, CRLF or a
lone CR), exactly as ``newsmd.normalize`` numbers a file, and their characters
are normalized the same way. A form feed (a page break in RTF and PDF
conversions) splits its line: it is given as a line of its own, ``FORM_FEED``,
with the number of the line it was in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from typing import NamedTuple, TypeAlias

from ..bylines import looks_like_name, read_byline, title_case_name
from ..dates import DateOptions, find_date, parse_date
from ..languages import BY_CODE, LANGUAGES
from ..model import Line
from ..normalize import clean_line

#: The line a form feed becomes.
FORM_FEED = "\f"


def anywhere(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A line pattern made to find its line anywhere in a text (``^``/``$`` at each
    line), its ``\\s`` kept to one line: run over many blank lines, a ``\\s*``
    that crossed line ends would make the search quadratic."""
    return re.compile(pattern.replace(r"\s", r"[^\S\n]"), flags | re.MULTILINE)


class ExportKind(str, Enum):
    """The kinds of multi-article files newsmd splits."""

    LEXISNEXIS = "lexisnexis"
    NEXIS_UNI = "nexis-uni"
    FACTIVA = "factiva"
    SEPARATORS = "separators"


class MetadataLine(NamedTuple):
    """An export line kept out of the article's text: its number, text and why."""

    line: int
    text: str
    reason: str


#: A value read from the export: text, a word count, or a list of names.
Value: TypeAlias = str | int | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportArticle:
    """One article of an export.

    ``number`` counts articles from 1 in the file and ``first_line`` is the
    export line the article starts at. ``text`` is what newsmd's parser gets:
    the headline, then the body, without the export's own lines; those are in
    ``metadata_lines`` (their text normalized as ``newsmd.normalize`` does),
    each with the reason it was kept out. ``values`` holds
    what the export's fields say (``title``, ``subtitle``, ``authors``,
    ``date``, ``source``, ``section``, ``word_count``, ``lang``,
    ``dateline``, ``url``), only those found. ``text_lines`` gives, for each
    line of ``text``, the export lines it came from (none for a blank line;
    several for a headline the export wraps, joined into one line).
    """

    number: int
    first_line: int
    text: str
    values: dict[str, Value]
    metadata_lines: tuple[MetadataLine, ...]
    text_lines: tuple[tuple[int, ...], ...] = ()
    kind: ExportKind | None = None


class Chunk(NamedTuple):
    """The lines of one article as cut from the export; ``closed`` says an end
    marker (or the next article's start) closed it, not the end of the file;
    ``preamble`` holds lines before the article known to be none of it."""

    lines: tuple[Line, ...]
    closed: bool = True
    preamble: tuple[Line, ...] = ()


def cut_after(lines: Iterable[Line], end: re.Pattern[str]) -> Iterator[Chunk]:
    """``lines`` cut after each line that ``end`` matches (an end-of-article marker);
    what follows the last one is an unclosed chunk."""
    current: list[Line] = []
    for line in lines:
        current.append(line)
        if end.match(line.text):
            yield Chunk(tuple(current))
            current = []
    if current:
        yield Chunk(tuple(current), closed=False)


# --- lines -------------------------------------------------------------------

_BREAK = re.compile(r"\r\n|\r|\n")


def text_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` (without their line ends), one at a time, as a
    text file yields them: no list of all lines is built."""
    position, end = 0, len(text)
    while position < end:
        match = _BREAK.search(text, position)
        if match is None:
            yield text[position:]
            return
        yield text[position : match.start()]
        position = match.end()


def numbered(lines: Iterable[str]) -> Iterator[Line]:
    """Number ``lines`` from 1 and normalize their characters; each form feed
    becomes a ``FORM_FEED`` line between the parts of the line it was in."""
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if number == 1:
            text = text.removeprefix("\ufeff")
        if FORM_FEED not in text:
            yield Line(number, clean_line(text))
            continue
        for index, part in enumerate(text.split(FORM_FEED)):
            if index:
                yield Line(number, FORM_FEED)
            if part.strip():
                yield Line(number, clean_line(part))


def is_blank(line: Line) -> bool:
    """A line with no text (a form feed counts as blank)."""
    return not line.text.strip()


def runs(lines: Iterable[Line]) -> list[list[Line]]:
    """The runs of consecutive non-blank lines."""
    found: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if is_blank(line):
            if current:
                found.append(current)
                current = []
        else:
            current.append(line)
    if current:
        found.append(current)
    return found


def joined(lines: Iterable[Line]) -> str:
    """The lines' texts as one line, white space folded."""
    return " ".join(" ".join(line.text for line in lines).split())


# --- the article being read ---------------------------------------------------


@dataclass
class Draft:
    """One article as its reader builds it: text lines, lines kept out, values."""

    kind: ExportKind | None
    texts: list[str] = field(default_factory=list)
    numbers: list[tuple[int, ...]] = field(default_factory=list)
    metadata: list[MetadataLine] = field(default_factory=list)
    values: dict[str, Value] = field(default_factory=dict)
    start: int | None = None

    def keep(self, lines: Sequence[Line]) -> None:
        """Add ``lines`` to the text as one line (joined when several)."""
        if len(lines) == 1:
            self.texts.append(lines[0].text)
        else:
            self.texts.append(joined(lines))
        self.numbers.append(tuple(line.number for line in lines))

    def keep_runs(self, paragraphs: Iterable[Sequence[Line]]) -> None:
        """Add each run of lines as it stands, a blank line before each."""
        for run in paragraphs:
            self.gap()
            for line in run:
                self.keep([line])

    def gap(self) -> None:
        """End the current paragraph of the text with a blank line."""
        if self.texts and self.texts[-1]:
            self.texts.append("")
            self.numbers.append(())

    def drop(self, line: Line, reason: str) -> None:
        """Keep ``line`` out of the text, saying why (blank lines are not recorded)."""
        if not is_blank(line):
            self.metadata.append(MetadataLine(line.number, line.text, reason))

    def drop_all(self, lines: Iterable[Line], reason: str) -> None:
        for line in lines:
            self.drop(line, reason)

    def note(self, key: str, value: Value | None) -> None:
        """Record ``value`` under ``key`` unless it is empty or already known."""
        if value not in (None, "", ()) and key not in self.values:
            self.values[key] = value

    def begin(self, line: Line) -> None:
        """Mark ``line`` as where the article starts (the first call wins)."""
        if self.start is None:
            self.start = line.number

    def finish(self, number: int) -> ExportArticle:
        """The ExportArticle built, numbered ``number``."""
        while self.texts and not self.texts[-1]:
            self.texts.pop()
            self.numbers.pop()
        lines = [n for numbers in self.numbers for n in numbers]
        lines.extend(item.line for item in self.metadata)
        first = self.start if self.start is not None else min(lines, default=0)
        return ExportArticle(
            number=number,
            first_line=first,
            text="\n".join(self.texts) + "\n" if self.texts else "",
            values=dict(self.values),
            metadata_lines=tuple(sorted(self.metadata, key=lambda item: item.line)),
            text_lines=tuple(self.numbers),
            kind=self.kind,
        )


def articles(
    chunks: Iterable[Chunk],
    read: Callable[[Chunk, int], ExportArticle],
    is_article: Callable[[Chunk], bool],
    trailer_reason: str,
) -> Iterator[ExportArticle]:
    """Read each chunk into an article. A last chunk that no end marker closed
    and that holds no article (a search summary, stray lines) is recorded as
    metadata of the article before it, so every article is yielded one chunk
    late: at most two are held at a time."""
    pending: ExportArticle | None = None
    count = 0
    for chunk in chunks:
        if not chunk.closed and pending is not None and not is_article(chunk):
            extra = tuple(
                MetadataLine(line.number, line.text, trailer_reason)
                for line in chunk.lines
                if not is_blank(line)
            )
            pending = replace(pending, metadata_lines=pending.metadata_lines + extra)
            continue
        if not any(not is_blank(line) for line in chunk.lines + chunk.preamble):
            continue
        if pending is not None:
            yield pending
        count += 1
        pending = read(chunk, count)
    if pending is not None:
        yield pending


# --- values ------------------------------------------------------------------

#: A copyright notice line: ``Copyright 2019 ...``, ``(c) 2019 ...``, ``© 2019 ...``,
#: ``All Rights Reserved``.
COPYRIGHT = re.compile(
    r"^\s*(?:(?:copyright\s*(?:\(c\)|©)?|\(c\)|©)\s*(?:copyright\s*)?\d{4}\b"
    r"|all rights reserved\.?\s*$)",
    re.IGNORECASE,
)
#: A copyright line is short; a longer line is prose that happens to start so.
MAX_COPYRIGHT_WORDS = 20


def is_copyright(text: str) -> bool:
    """Whether ``text`` is a copyright notice line."""
    return bool(COPYRIGHT.match(text)) and len(text.split()) <= MAX_COPYRIGHT_WORDS


_WORD_COUNT = re.compile(
    r"^\s*(?:(?:length|länge|longueur|longitud|lunghezza|lengte)\s*:\s*)?"
    r"(?P<count>\d{1,3}(?:[,.\u202f ]\d{3})+|\d+)\s+"
    r"(?:words?|wörter|wort|mots?|palabras|parole|woorden|palavras|słów|słowa)\.?\s*$",
    re.IGNORECASE,
)


def read_word_count(text: str) -> int | None:
    """The count in ``523 words``, ``LENGTH: 2,968 words``, ``1.234 Wörter``."""
    match = _WORD_COUNT.match(text)
    if match is None:
        return None
    return int(re.sub(r"\D", "", match.group("count")))


_BYLINE_PREFIX = re.compile(r"^(?:by|von|par|por|door|di|de)\s+", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)


def read_authors(text: str) -> tuple[str, ...]:
    """The people a byline field names (``By KEITH BRADSHER``, ``Ross Ihaka and
    Robert Gentleman``, ``Jane Doe, Political Editor``); () when it names none."""
    rest = _BYLINE_PREFIX.sub("", text.strip())
    byline = read_byline(f"By {rest}")
    if byline is not None:
        return byline.names
    parts = [part.strip(" .") for part in _NAME_SEPARATORS.split(rest) if part.strip(" .")]
    return tuple(title_case_name(part) for part in parts if looks_like_name(part))


_PAGE_PART = re.compile(
    r"^(?:pg\.?|p\.|page|pages|seite|s\.|column|col\.?|version\s*:?|ausgabe\s*:?)\s*[\w-]*$",
    re.IGNORECASE,
)


def read_section(text: str) -> str | None:
    """The section a field gives, without page, column or version numbers:
    ``FEATURES; Pg. 6`` and ``UK NEWS; Version:2`` are ``FEATURES`` and ``UK NEWS``."""
    parts = [part.strip() for part in text.split(";")]
    kept = [part for part in parts if part and not _PAGE_PART.match(part)]
    return "; ".join(kept) or None


#: Language names as exports write them (in English and in their own language).
LANGUAGE_NAMES = {
    "english": "en", "englisch": "en", "anglais": "en", "inglés": "en", "ingles": "en",
    "german": "de", "deutsch": "de", "allemand": "de", "alemán": "de", "aleman": "de",
    "french": "fr", "français": "fr", "francais": "fr", "französisch": "fr", "francés": "fr",
    "spanish": "es", "español": "es", "espanol": "es", "spanisch": "es", "espagnol": "es",
    "italian": "it", "italiano": "it", "italienisch": "it", "italien": "it",
    "portuguese": "pt", "português": "pt", "portugues": "pt", "portugiesisch": "pt",
    "polish": "pl", "polski": "pl", "polnisch": "pl", "polonais": "pl",
    "dutch": "nl", "nederlands": "nl", "niederländisch": "nl", "néerlandais": "nl",
}  # fmt: skip


def language_code(text: str) -> str | None:
    """The BCP 47 code of a language named in an export (``ENGLISH``, ``Deutsch``)."""
    name = text.strip().strip(".;").split(";")[0].strip().lower()
    return LANGUAGE_NAMES.get(name)


_WEEKDAYS = re.compile(
    "|".join(
        rf"\b{re.escape(name)}\b"
        for language in LANGUAGES
        for names in language.weekdays
        for name in names
        if len(name) > 3
    ),
    re.IGNORECASE,
)


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@lru_cache(maxsize=1024)
def read_date(text: str, lang: str | None = None) -> str | None:
    """The ISO 8601 date (with the time, when given) of an export's date line:
    ``January 11, 2010 Monday``, ``January 10, 2018 Wednesday 10:36 EST``,
    ``12 March 2019 09:15``, ``October 23, 2013 Wednesday, Late Edition - Final``.

    The line is read whole, then without its weekday (which stands between date
    and time), then a date is looked for in it; in ``lang`` first, then in
    each language newsmd reads.
    """
    if not _YEAR.search(text):
        return None  # every export date line gives its year; this spares the slow reads
    codes = [lang] if lang in BY_CODE else []
    codes += [language.code for language in LANGUAGES if language.code != lang]
    without_weekday = " ".join(_WEEKDAYS.sub(" ", text).replace(" ,", ",").split()).strip(" ,")
    for code in codes:
        options = DateOptions(lang=code)
        for candidate in (text, without_weekday):
            iso = parse_date(candidate, options)
            if iso is not None:
                return iso
    for code in codes:
        iso = find_date(without_weekday, DateOptions(lang=code))
        if iso is not None:
            return iso
    return None


def is_date_line(text: str, lang: str | None = None) -> bool:
    """Whether ``text`` is a short line that gives a date."""
    return len(text.split()) <= 12 and read_date(text.strip(), lang) is not None
