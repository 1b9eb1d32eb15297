"""Reading the short lines around an article that carry its metadata.

A header line may join several items with separators (``|``, ``·``, ``•`` or a
spaced dash): ``By Jane Doe | June 19, 2013``, ``Jane Doe | Reuters``. It is
read only when every item is something known — a byline, a date, an agency —
so a sentence is never mistaken for one.

Credit lines name contributors who are not bylined authors:
``(Reporting by Jane Doe; Editing by John Roe)``,
``Associated Press writer Ann Poe in Paris contributed to this report.``
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .bylines import agency_name, read_byline
from .dates import DateOptions, read_date_line

#: What joins the items of a header line.
HEADER_SEPARATOR = re.compile(
    r"\s+[|•·—–-]\s+|\s*\|\s*"
    # ``Published 7 March 2024, updated 8 March 2024``: a comma before an update's label
    r"|,\s+(?=(?i:(?:last\s+)?(?:updated|modified|mis\s+à\s+jour|modifié|aktualisiert|geändert"
    r"|actualizado|aggiornato|zaktualizowano|atualizado))\b)"
)
_CREDIT_START = re.compile(
    r"^(?:additional\s+)?(?:reporting|editing|writing|research|compiled|edited|produced|"
    r"graphics|photos?|video|fact-checking|translation|translated|illustrations?)"
    r"(?:\s+and\s+\w+)?\s+by\s+(?-i:[A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"^[-–—\s]*(?P<credit>.{3,160}?\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)"
    r"(?:\s+from\s+.{1,60}?)?)[.\s]*$",
    re.IGNORECASE,
)
_CONTRIBUTING = re.compile(r"^(?P<credit>contributing:\s+.{3,200}?)\.?$", re.IGNORECASE)


class HeaderLine(NamedTuple):
    """What a header line holds: authors, agency, and dates by kind."""

    names: tuple[str, ...] = ()
    agency: str | None = None
    dates: tuple[tuple[str, str], ...] = ()

    def values(self) -> tuple[tuple[str, str], ...]:
        """The (field, value) pairs for a verdict."""
        found = tuple(("author", name) for name in self.names)
        if self.agency:
            found += (("source", self.agency),)
        return found + self.dates


def byline_values(names: tuple[str, ...], iso: str | None = None) -> tuple[tuple[str, str], ...]:
    """The (field, value) pairs of a byline: its names, and the date it gives, if any."""
    return HeaderLine(names, None, (("date", iso),) if iso else ()).values()


@lru_cache(maxsize=4096)
def read_header_line(text: str, dates: DateOptions, *, bare_names: bool) -> HeaderLine | None:
    """The byline, agency and dates of ``text``, or None unless every item is one of them.

    A name list without a prefix (``Jane Doe``) counts only with ``bare_names``
    and when another item, an agency or a job title backs it.
    """
    names: list[str] = []
    agency: str | None = None
    found_dates: list[tuple[str, str]] = []
    bare: list[str] = []
    supported = False
    for segment in HEADER_SEPARATOR.split(text.strip()):
        if not segment:
            continue
        byline = read_byline(segment)
        date_line = read_date_line(segment, dates) if byline is None else None
        if byline is not None:
            names.extend(byline.names)
            agency = agency or byline.agency
            supported = True
        elif date_line is not None:
            found_dates.extend([(date_line.kind, date_line.iso)] if date_line.iso else [])
            supported = True
        elif agency_name(segment):
            agency = agency or agency_name(segment)
            supported = True
        else:
            unprefixed = read_byline(segment, needs_prefix=False) if bare_names else None
            if unprefixed is None or not unprefixed.names:
                return None
            bare.extend(unprefixed.names)
            agency = agency or unprefixed.agency
            supported = supported or unprefixed.titled
    if bare and not supported:
        return None
    return HeaderLine(tuple(names + bare), agency, tuple(found_dates))


def read_credits(text: str) -> tuple[str, ...]:
    """The credits in a credit line, each as written, or () when it is not one."""
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    lowered = inner.lower()  # the patterns are tried only where their words are
    if " by " in lowered:
        pieces = (piece.strip().strip(" .") for piece in inner.split(";"))
        parts = [part for part in pieces if part]
        if parts and all(_CREDIT_START.match(part) for part in parts):
            return tuple(parts)
    if "contribut" not in lowered:
        return ()
    for pattern in (_CONTRIBUTED, _CONTRIBUTING):
        match = pattern.match(inner)
        if match:
            return (match.group("credit").strip(),)
    return ()
