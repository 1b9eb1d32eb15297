"""Reading dates from date lines, deterministically.

python-dateutil fills whatever the text leaves out from a default date. To
never depend on today's date, every string is parsed twice against two
different fixed defaults: a field that differs between the two results was
missing from the text. A date whose year or day is missing is no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache

from dateutil import parser as date_parser
from dateutil import tz

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
}  # fmt: skip

_DEFAULT_A = datetime(2004, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2008, 12, 28, 13, 13, 13)

_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.?(?=\s|$|,)", re.IGNORECASE)
_FILLER_WORDS = frozenset(
    {"t", "uhr", "h", "at", "on", "of", "the", "um", "le", "el", "de", "am", "à", "a", "o"}
)
_DOTTED_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*(?:[AaPp]\.?[Mm]\b|Uhr\b|h\b|[A-Z]{2,4}\b))")
_FILLER_PUNCTUATION = " ,.;|/-–—•·()[]"


@dataclass(frozen=True, slots=True)
class DateOptions:
    """How ambiguous dates are read: ``dayfirst`` takes 03/04 as 3 April."""

    dayfirst: bool = False


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
    text = _DOTTED_TIME.sub(r"\1:\2", text)
    return _MERIDIEM.sub(lambda m: m.group(1).upper() + "M", text)


def _is_filler(token: str) -> bool:
    word = token.strip(_FILLER_PUNCTUATION).lower()
    return not word or word in _FILLER_WORDS


def _parse_twice(text: str, options: DateOptions) -> tuple[datetime, datetime] | None:
    """Parse ``text`` against both defaults, or None when it is not just a date."""
    results = []
    for default in (_DEFAULT_A, _DEFAULT_B):
        try:
            parsed, skipped = date_parser.parse(
                text,
                default=default,
                dayfirst=options.dayfirst,
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
    both = _parse_twice(_prepare(text), options)
    if both is None:
        return None
    first, second = both
    if first.year != second.year or first.month != second.month or first.day != second.day:
        return None
    if first.hour != second.hour or first.minute != second.minute:
        return first.date().isoformat()
    if first.tzinfo is None:
        return first.replace(tzinfo=None).isoformat(timespec="seconds")
    return first.isoformat(timespec="seconds")
