"""Lines a page or a wire leaves around an article that are not part of it.

Each entry names a kind of boilerplate, the pattern a whole block must match,
and the reason ``inspect`` shows. Patterns are anchored and short, so a
sentence of the article that merely mentions these words never matches.
"""

from __future__ import annotations

import re

_TABLE: tuple[tuple[str, str, str], ...] = (
    (
        "wire end mark",
        r"reuters?|-+\s*30\s*-+|#{3}|ends?|\(?end\)?",
        "wire service end-of-story mark",
    ),
    (
        "advertisement",
        r"advertisement|advertising|anzeige|publicité|publicidad|pubblicità|reklama",
        "advertisement label",
    ),
    (
        "story continues",
        r"(?:the\s+)?(?:story|article)\s+continues"
        r"\s+(?:below|after\s+(?:this\s+)?(?:ad|advertisement))",
        "advertisement break",
    ),
    (
        "share prompt",
        r"(?:share|tweet|email|e-mail|print)(?:\s+(?:this|the))?"
        r"(?:\s+(?:article|story|page|post))?"
        r"(?:\s+(?:on|via)\s+(?:facebook|twitter|x|linkedin|whatsapp|email|reddit))?",
        "share prompt",
    ),
    (
        "newsletter prompt",
        r"(?:sign\s+up|subscribe)\b.{0,60}(?:newsletter|updates|inbox)\W*",
        "newsletter sign-up prompt",
    ),
    (
        "related link",
        r"(?:read\s+more|related|see\s+also|recommended|more\s+on\s+this\s+story)\s*:.{0,200}",
        "link to another story",
    ),
)

_PATTERNS = tuple(
    (name, re.compile(rf"(?:{pattern})\s*[.!]?", re.IGNORECASE), reason)
    for name, pattern, reason in _TABLE
)


_COPYRIGHT_START = re.compile(r"^(?:©|\(c\)\s|copyright\b\s*(?:©|\(c\))?)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_RIGHTS_RESERVED = re.compile(r"\ball\s+rights\s+reserved\b", re.IGNORECASE)
#: A copyright line has at most this many words.
MAX_COPYRIGHT_WORDS = 16


def is_copyright_line(text: str) -> bool:
    """``© 2024 Example Media``, ``Copyright 2013 Reuters. All rights reserved.``

    A short line that opens with a copyright sign; or opens with the word
    Copyright and gives a year, or ends saying "All rights reserved", and
    otherwise holds only names, years and such (no lower-case words beyond a few small ones), so a
    sentence about copyright is kept.
    """
    words = text.split()
    if len(words) > MAX_COPYRIGHT_WORDS:
        return False
    if text.startswith(("©", "(c) ", "(C) ")):
        return True
    start = _COPYRIGHT_START.match(text)
    rest = _RIGHTS_RESERVED.sub("", text[start.end() :] if start else text)
    if not _RIGHTS_RESERVED.search(text[-30:]) and not (start and _YEAR.search(rest)):
        return False
    lower = [
        word for word in rest.split() if word[:1].islower() and word.strip(".,") not in _SMALL_WORDS
    ]
    return not lower and not any(quote in text for quote in '"“”„«»')


_SMALL_WORDS = frozenset(
    {"by", "and", "of", "the", "for", "und", "de", "la", "le", "du", "des", "y", "e"}
)


def match_boilerplate(text: str) -> tuple[str, str] | None:
    """The (kind, reason) of the boilerplate ``text`` is, or None."""
    for name, pattern, reason in _PATTERNS:
        if pattern.fullmatch(text):
            return name, reason
    if is_copyright_line(text):
        return "copyright", "copyright line"
    return None
