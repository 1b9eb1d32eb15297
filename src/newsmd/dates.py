"""Reading dates from date lines, deterministically.

python-dateutil fills whatever the text leaves out from a default date. To
never depend on today's date, every string is parsed twice against two
different fixed defaults: a field that differs between the two results was
missing from the text. A date whose year or day is missing is no date.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, tzinfo
from functools import cache, lru_cache
from typing import NamedTuple

from dateutil import parser as date_parser
from dateutil import tz

from .languages import BY_CODE, LANGUAGES

#: Time-zone abbreviations of news copy. Regional names (ET, CT, PT, MT) follow
#: daylight saving time of their zone; the explicit ones are fixed offsets.
_ZONE_NAMES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_FIXED_OFFSETS_HOURS = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "BST": 1,
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "WET": 0, "WEST": 1, "EET": 2, "EEST": 3,
    "MSK": 3, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12,
    "NZDT": 13, "AST": -4, "ADT": -3, "AKST": -9, "AKDT": -8, "HST": -10, "WAT": 1, "CAT": 2,
    "EAT": 3, "SAST": 2,
}  # fmt: skip

_DEFAULT_A = datetime(2004, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2008, 12, 28, 13, 13, 13)

_EXPLICIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)")
_ISO_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")
#: ``07.03.2024``: a date written with dots puts the day first, in any language (the
#: month-first United States write slashes).
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b")
_UNKNOWN_ZONE_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s*[A-Z]{2,5}\b")
_SPANISH_AT = re.compile(r"\sa\s+las?\s", re.IGNORECASE)  # dateutil reads a lone "a" as AM
_ORDINAL_DAY = re.compile(r"\b(\d{1,2})(?:er|re|º|ª|°)(?=\s)")
_FRENCH_TIME = re.compile(r"\b(\d{1,2})\s?h\s?(\d{2})\b")
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.?(?=\s|$|,)", re.IGNORECASE)
#: Words that may stand between the parts of a date in the languages newsmd reads.
_FILLER_WORDS = frozenset(
    {
        "t", "uhr", "h", "r", "at", "on", "of", "the", "um", "am", "le", "el", "de", "del", "do",
        "da", "di", "la", "il", "à", "a", "o", "às", "las", "alle", "ore", "em", "heures",
    }
)  # fmt: skip
_DOTTED_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*(?:[AaPp]\.?[Mm]\b|Uhr\b|h\b|[A-Z]{2,4}\b))")
_FILLER_PUNCTUATION = " ,.;|/-–—•·()[]"


class DateOptions(NamedTuple):
    """How dates are read.

    ``dayfirst`` takes 03/04 as 3 April; so does ``lang`` when it names a
    language that writes the day first, whose month and weekday names are then
    read as well as the English ones. A date the text gives without a year
    takes ``year`` when set, else the latest year that puts it on or before
    ``now`` when that is set, else it is no date.
    """

    dayfirst: bool = False
    year: int | None = None
    now: date | None = None
    lang: str | None = None

    @property
    def reads_day_first(self) -> bool:
        """Day first by request, or because the text's language writes it so."""
        language = BY_CODE.get(self.lang or "")
        return self.dayfirst or bool(language and language.dayfirst)


class DateLine(NamedTuple):
    """A line that holds a date: ``kind`` is ``date`` or ``updated``.

    ``iso`` is None when the date lacks a year or day that no option supplies;
    ``inferred`` says the year came from ``--year`` or ``--now``, not the text.
    """

    kind: str
    iso: str | None
    inferred: bool = False


_DATE_LABEL = re.compile(
    r"^(?P<label>(?:last\s+|first\s+)?(?:updated|published|posted|modified|date|dated|"
    r"aktualisiert|geändert|veröffentlicht|stand|mis à jour|modifié|publié|publicado|actualizado|"
    r"pubblicato|aggiornato|opublikowano|zaktualizowano|atualizado|gepubliceerd|bijgewerkt)"
    r"(?:\s+(?:on|at|am|le|el|il|em|a|op))?)\s*:?\s*",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(
    r"updated|modified|aktualisiert|geändert|stand|mis à jour|modifié|actualizado|aggiornato"
    r"|zaktualizowano|bijgewerkt",
    re.IGNORECASE,
)
_DATE_SHAPE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{4}-\d{2}-\d{2}T",
    re.IGNORECASE,
)
#: A date line has at most this many characters.
MAX_DATE_LINE_CHARS = 80
#: How many years back a yearless date is tried for the weekday it names.
YEARS_BACK_FOR_WEEKDAY = 12
#: A date without its year has at most this many words (``Monday, March 3``).
MAX_YEARLESS_WORDS = 6


@lru_cache(maxsize=1)
def _zones() -> dict[str, tzinfo]:
    zones: dict[str, tzinfo] = {}
    for name, key in _ZONE_NAMES.items():
        zone = tz.gettz(key)
        if zone is not None:
            zones[name] = zone
    for name, hours in _FIXED_OFFSETS_HOURS.items():
        zones[name] = tz.UTC if hours == 0 else tz.tzoffset(name, hours * 3600)
    return zones


def _prepare(text: str) -> str:
    """Rewrite spellings dateutil does not read: ``9:04 a.m.`` becomes ``9:04 AM``,
    ``09.00 BST`` becomes ``09:00 BST``."""
    text = _ORDINAL_DAY.sub(r"\1", text)
    text = _SPANISH_AT.sub(" ", text)
    text = _DOTTED_TIME.sub(r"\1:\2", text)
    text = _FRENCH_TIME.sub(r"\1:\2", text)
    return _MERIDIEM.sub(lambda m: m.group(1).upper() + "M", text)


def _is_filler(token: str) -> bool:
    word = token.strip(_FILLER_PUNCTUATION).lower()
    return not word or word in _FILLER_WORDS


def _parse_twice(text: str, options: DateOptions) -> tuple[datetime, datetime] | None:
    """Parse ``text`` against both defaults, or None when it is not just a date.

    ``dayfirst`` never applies to ISO dates (``2013-04-03``) and always to dates
    written with dots (``07.03.2024``). A time in a zone
    this module does not know keeps only its date: the offset is unknown.
    """
    try:
        return _parse_with_defaults(text, options)
    except date_parser.UnknownTimezoneWarning:
        without_time = _UNKNOWN_ZONE_TIME.sub("", text)
        if without_time == text:
            return None
        try:
            return _parse_with_defaults(without_time, options)
        except date_parser.UnknownTimezoneWarning:
            return None


def _parse_with_defaults(text: str, options: DateOptions) -> tuple[datetime, datetime] | None:
    """Both parses of ``text``; UnknownTimezoneWarning is raised, not printed."""
    dayfirst = (options.reads_day_first or _DOTTED_DATE.search(text) is not None) and not (
        _ISO_DATE.match(text)
    )
    info = _parser_info(options.lang)
    results = []
    for default in (_DEFAULT_A, _DEFAULT_B):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", date_parser.UnknownTimezoneWarning)
                parsed, skipped = date_parser.parse(
                    text,
                    parserinfo=info,
                    default=default,
                    dayfirst=dayfirst,
                    tzinfos=_zones(),
                    fuzzy_with_tokens=True,
                )
        except (ValueError, OverflowError, TypeError):
            return None
        if not all(_is_filler(token) for token in skipped):
            return None
        results.append(parsed)
    return results[0], results[1]


def parse_date(text: str, options: DateOptions = DateOptions()) -> str | None:
    """The ISO 8601 form of the date ``text`` holds, or None.

    ``YYYY-MM-DD`` for a date; ``YYYY-MM-DDTHH:MM:SS`` with a time, followed by
    the offset when the text gives a zone. None when the year or day is missing
    or when anything but a date and filler words is in ``text``.
    """
    if not _EXPLICIT_YEAR.search(text):
        return None  # a two-digit number alone may be an hour or a day, never taken for a year
    both = _parse_twice(_prepare(text), options)
    if both is None:
        return None
    first, second = both
    if first.year != second.year or first.month != second.month or first.day != second.day:
        return None
    return _iso(first, second)


def _iso(first: datetime, second: datetime) -> str:
    """ISO 8601 of ``first``, with the time only when the text gave one.

    The defaults differ in the hour, so equal hours mean the text gave the
    hour; a minute it left out is then taken as 0 (``9 a.m.``).
    """
    if first.hour != second.hour:
        return first.date().isoformat()
    if first.tzinfo is None:
        return first.replace(tzinfo=None).isoformat(timespec="seconds")
    return first.isoformat(timespec="seconds")


#: A place before a date line's date (``Madrid - 04 feb 2025 - 13:45 CET``,
#: ``Berlin, 07.03.2024``): one to three words, then a dash or a comma.
_PLACE_BEFORE_DATE = re.compile(r"^[^\W\d_][\w'’.]*(?:[ -][^\W\d_][\w'’.]*){0,2}\s*(?:[-–—|]|,)\s+")


@lru_cache(maxsize=4096)
def read_date_line(text: str, options: DateOptions = DateOptions()) -> DateLine | None:
    """The date a short line holds (``Updated 3:15 PM EDT, June 19, 2013``), or None;
    a place may stand before it (``Madrid - 04 feb 2025 - 13:45 CET``)."""
    if len(text) > MAX_DATE_LINE_CHARS or "://" in text:
        return None
    label = _DATE_LABEL.match(text)
    rest = text[label.end() :] if label else _without_place(text)
    if not (_DATE_SHAPE.search(rest) or _month_named(rest)):
        return None
    kind = _kind_of(label)
    iso = parse_date(rest, options)
    if iso is not None:
        return DateLine(kind, iso)
    if len(rest.split()) > MAX_YEARLESS_WORDS or parse_date(f"{rest} 2000", options) is None:
        return None
    return DateLine(kind, _infer_year(rest, options), inferred=True)


def _without_place(text: str) -> str:
    """``text`` without a capitalized place and its dash or comma before a date
    that starts with a digit (a day, or a year)."""
    place = _PLACE_BEFORE_DATE.match(text)
    if place is None or not place.group()[:1].isupper() or not text[place.end() :][:1].isdigit():
        return text
    return text[place.end() :]


def _infer_year(text: str, options: DateOptions) -> str | None:
    """The date of a yearless ``text`` in the year ``--year`` gives, or else the
    latest year that puts it on or before ``--now`` (on the weekday the text
    names, if it names one); None without either option."""
    if options.year is not None:
        return parse_date(f"{text} {options.year}", options)
    if options.now is None:
        return None
    weekday = _weekday_named(text, options)
    latest = options.now.isoformat()
    for year in range(options.now.year, options.now.year - YEARS_BACK_FOR_WEEKDAY, -1):
        iso = parse_date(f"{text} {year}", options)
        if iso is None or iso[:10] > latest:
            continue
        if weekday is None or date.fromisoformat(iso[:10]).weekday() == weekday:
            return iso
    return None


def _weekday_named(text: str, options: DateOptions) -> int | None:
    """The weekday (Monday = 0) that ``text`` names, if any."""
    info = _parser_info(options.lang)
    for word in re.findall(r"[^\W\d_]+", text):
        index = info.weekday(word)
        if index is not None:
            return int(index)
    return None


@cache
def _parser_info(lang: str | None = None) -> date_parser.parserinfo:
    """dateutil's vocabulary: English, plus the month and weekday names of ``lang``."""
    language = BY_CODE.get(lang or "")
    if language is None:
        return date_parser.parserinfo()
    english = date_parser.parserinfo
    months = [
        (*names, *extra) for names, extra in zip(english.MONTHS, language.months, strict=True)
    ]
    weekdays = [
        (*names, *extra) for names, extra in zip(english.WEEKDAYS, language.weekdays, strict=True)
    ]
    vocabulary = type(
        f"ParserInfo_{language.code}",
        (english,),
        {"MONTHS": months, "WEEKDAYS": weekdays, "JUMP": [*english.JUMP, *_JUMP_WORDS]},
    )
    info: date_parser.parserinfo = vocabulary()
    return info


#: Words between the parts of a date in the languages newsmd reads.
_JUMP_WORDS = (
    "de",
    "del",
    "do",
    "da",
    "di",
    "le",
    "la",
    "el",
    "il",
    "am",
    "um",
    "à",
    "às",
    "a",
    "r",
)


def month_names() -> tuple[str, ...]:
    """Every month name and abbreviation newsmd reads, longest first."""
    names = {name for language in LANGUAGES for month in language.months for name in month}
    return tuple(sorted(names, key=len, reverse=True))


_TIME = (
    r"(?:,?\s*(?:at|um|à|a\s+las|alle|às|o)?\s*\d{1,2}\s?[:.h]\s?\d{2}(?::\d{2})?"
    r"(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?(?:\s+[A-Z]{2,4}\b)?)?"
)


@lru_cache(maxsize=1)
def _date_in_text() -> re.Pattern[str]:
    """Date-shaped substrings: ISO, numeric, and with month names of every language."""
    month = "|".join(re.escape(name) for name in month_names())
    shapes = (
        r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?",
        r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}\b)",
        r"\d{1,2}/\d{1,2}/\d{4}",
        rf"\d{{1,2}}(?:\.|er|º)?\s+(?:de\s+)?(?:{month})\.?,?\s+(?:de\s+|del\s+)?\d{{4}}",
        rf"(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}",
    )
    return re.compile(
        r"(?<![\w/.-])(?P<date>" + "|".join(shapes) + rf")(?P<time>{_TIME})(?![\w/-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4096)
def find_date(text: str, options: DateOptions = DateOptions()) -> str | None:
    """The first date written in ``text`` (among other words), as ISO 8601, or None.

    Only date-shaped substrings are read, so a date inside a URL or a number
    elsewhere in the line is never taken.
    """
    if "://" in text:
        text = re.sub(r"\S+://\S+", " ", text)
    if "/" in text:
        text = _SLASH_BETWEEN_WORDS.sub(" / ", text)  # ``By Cat Lee/June 12, 2020``
    text = _YEAR_GLUED_TO_WORD.sub(r"\1 ", text)  # a dump's ``08.12.2022Bundesverband``
    for match in _date_in_text().finditer(text):
        iso = parse_date(match.group(0), options) or parse_date(match.group("date"), options)
        if iso is not None:
            return iso
    return None


_SLASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
#: A year that a page dump ran into the word after it: ``14. Oktober 2021PDF``.
_YEAR_GLUED_TO_WORD = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=[A-ZÄÖÜÀ-Þ][^\W\d_])")


def date_kind(text: str) -> str:
    """``updated`` when ``text`` opens with an update label (``Updated``,
    ``Aktualisiert am``, ``Stand:``), else ``date``."""
    return _kind_of(_DATE_LABEL.match(text.strip()))


def _kind_of(label: re.Match[str] | None) -> str:
    """``updated`` for an update label, else ``date``."""
    return "updated" if label and _UPDATED_LABEL.search(label.group("label")) else "date"


def without_dates(text: str) -> str:
    """``text`` with each date-shaped substring replaced by `` | ``, a separator
    (what is left of ``28. Jan. 2022 Paula Balov`` is the name)."""
    return _date_in_text().sub(" | ", _SLASH_BETWEEN_WORDS.sub(" / ", text))


def _month_named(text: str) -> bool:
    """Whether ``text`` names a month in one of the languages newsmd reads."""
    names = _month_set()
    return any(word.lower() in names for word in _WORDS.findall(text))


@lru_cache(maxsize=1)
def _month_set() -> frozenset[str]:
    return frozenset(month_names())


_WORDS = re.compile(r"[^\W\d_]+")
