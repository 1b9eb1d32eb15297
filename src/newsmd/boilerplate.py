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
    (
        "copyright",
        r"(?:©|\(c\)\s|copyright\s+(?:©\s*)?(?:19|20)\d\d).{0,150}"
        r"|.{0,120}all\s+rights\s+reserved\W*",
        "copyright line",
    ),
)

_PATTERNS = tuple(
    (name, re.compile(rf"(?:{pattern})\s*[.!]?", re.IGNORECASE), reason)
    for name, pattern, reason in _TABLE
)


def match_boilerplate(text: str) -> tuple[str, str] | None:
    """The (kind, reason) of the boilerplate ``text`` is, or None."""
    for name, pattern, reason in _PATTERNS:
        if pattern.fullmatch(text):
            return name, reason
    return None
