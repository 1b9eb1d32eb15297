"""Reading the dateline that opens a wire story.

Shapes: ``WASHINGTON (Reuters) -``, ``KABUL, Afghanistan (AP) —``,
``LONDON, March 3 -``, ``SAN JOSE, Calif., March 31 -``, a German agency's
``Hamburg (dpa/lno) -``, a Spanish agency's ``Madrid, 7 mar (EFE).-``, a French one's
``PARIS, 7 mars 2024 (AFP) -``, and a press
release's ``BAKERSFIELD, Calif., March 14, 2024 /PRNewswire/ --`` (its wire service
is the source, its date the date). A place followed by a dash is a dateline only
with an agency, a date, or a place in capitals, so
that ``Meanwhile, analysts -`` is not one.

The ``place`` reported is the place as written before the agency; in the dated
form (``CITY, Region, Month Day -``) it is the city alone, the part the story
is datelined from.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .bylines import agency_name
from .dates import DateOptions, parse_date

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    # the same in the other languages newsmd reads (Madrid, 7 mar (EFE).-)
    r"|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|janv|févr|avr|mai|juin|juil|août|déc"
    r"|jän|mär|okt|dez|mrt|mei|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)[^\W\d_]*\.?"
)
_PLACE_PART = r"[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_PART}(?:,\s*{_PLACE_PART}){{0,2}}?)"
    rf"(?:,\s*(?P<date>(?:(?i:{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:de\s+)?(?i:{_MONTH}))"
    rf"(?:,?\s+(?:de\s+)?(?P<year>\d{{4}}))?))?"
    r"\s*(?:/(?P<wire>[^/\n]{2,30})/)?"
    r"\s*(?:\((?P<agency>[^()]{1,40})\))?"
    r"\s*\.?(?:--|[-–—])(?:\s|$)"
)


#: Words that open a story in capitals before a dash without being a place.
STORY_LABELS = frozenset(
    {
        "breaking", "breaking news", "update", "updated", "exclusive", "analysis", "opinion",
        "editorial", "comment", "review", "watch", "live", "video", "photos", "correction",
        "urgent", "flash", "bulletin", "alert", "factbox", "explainer", "interview", "feature",
        "special report", "new", "just in", "developing", "advisory", "eds", "note",
    }
)  # fmt: skip


class Dateline(NamedTuple):
    """A wire dateline: the place and, when named, the agency; ``date`` is the
    ISO date when the dateline gives one with its year."""

    place: str
    agency: str | None
    date: str | None = None


def read_dateline(paragraph: str, lang: str | None = None) -> Dateline | None:
    """The dateline opening ``paragraph``, or None; ``lang`` names the language its
    month is written in (``7 mars 2024``)."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    place, date, year, wire, agency_text = match.group("place", "date", "year", "wire", "agency")
    agency = _agency(agency_text) or _agency(wire)
    city = place.split(",")[0].strip()
    if not (date or agency or city.isupper()) or city.lower() in STORY_LABELS:
        return None
    iso = parse_date(date, DateOptions(lang=lang)) if year else None
    return Dateline(city if date else place.strip(), agency, iso)


def _agency(text: str | None) -> str | None:
    """The agency of ``(dpa/lno)`` (a desk after the slash) or ``(AFP/dpa)`` (the first)."""
    if not text:
        return None
    return next(filter(None, map(agency_name, re.split(r"\s*[/,]\s*", text))), None)
