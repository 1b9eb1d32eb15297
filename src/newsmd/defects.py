"""Signs that text was damaged in copying: reported as warnings, never "fixed".

Each check is a small pure function over a block's text that returns a short
description of what looks wrong, with the words that show it, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from .lazy import lazy_compile
from .model import BODY_ROLES, Classified, ParseWarning, Role

_LOST_LINK = re.compile(
    r"\b(?P<before>for|at|of|to|from|with|via|on|in|by|and|the|a)\s+"
    r"(?P<after>He|She|They|We|It|His|Her|Their|This)\s+[a-z]\w*"
)
#: The part of ``_LOST_LINK`` that most text lacks, found much faster (the
#: word boundary ``_LOST_LINK`` opens with is tried at every character).
_PRONOUN_GOING_ON = re.compile(r"\s(?:He|She|They|We|It|His|Her|Their|This)\s+[a-z]")
_MOJIBAKE = re.compile(r"â€|Ã[\u00a0-\u00bf]|Â[\u00a0-\u00bf]|ï»¿|�")
_SUSPENDED_HYPHEN_WORDS = r"and|or|to|nor|und|oder|bis|et|ou|y|o|e|i|u|en|of"
#: Compiled on first use: only text with a hyphen before a space needs it.
_BROKEN_HYPHEN = lazy_compile(
    rf"\b[^\W\d_]{{2,}}- (?!(?:{_SUSPENDED_HYPHEN_WORDS})\b)[a-zäöüßàâçéèêëîïôûùüÿñæœ]{{2,}}\b"
)
_OPEN_END = re.compile(r"[\w,;]$")
#: Paragraphs shorter than this are not checked for being cut (table rows, labels).
MIN_PROSE_WORDS = 8

Check = Callable[[str], "str | None"]


def lost_word(text: str) -> str | None:
    """``Senior Editor for He has``: a sentence runs into the next, a link or word lost."""
    match = _LOST_LINK.search(text) if _PRONOUN_GOING_ON.search(text) else None
    if match is None:
        return None
    before, after = match.group("before"), match.group("after")
    return f"a word or link seems lost between {before!r} and {after!r}: {match.group(0)!r}"


def mojibake(text: str) -> str | None:
    """``â€™`` and the like: UTF-8 read as a legacy encoding somewhere upstream."""
    match = _MOJIBAKE.search(text)
    if match is None:
        return None
    context = text[max(0, match.start() - 15) : match.end() + 15]
    return f"mojibake (text decoded with the wrong encoding upstream): {context!r}"


def broken_hyphenation(text: str) -> str | None:
    """``experi- ence``: a word split by a hyphen and a space."""
    match = _BROKEN_HYPHEN().search(text) if "- " in text else None  # most text has no "- "
    if match is None:
        return None
    return f"a word seems split by a hyphen and a space: {match.group(0)!r}"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("lost_word", lost_word),
    ("mojibake", mojibake),
    ("broken_hyphenation", broken_hyphenation),
)

_CHECKED_ROLES = BODY_ROLES | {Role.BIO, Role.HEADLINE, Role.DEK}


def find_defects(classified: Sequence[Classified]) -> tuple[ParseWarning, ...]:
    """The warnings for ``classified``, in line order."""
    warnings = [
        ParseWarning(item.block.first_line, kind, message)
        for item in classified
        if item.verdict.role in _CHECKED_ROLES
        for kind, check in CHECKS
        if (message := check(item.block.text)) is not None
    ]
    warnings.extend(_cut_paragraphs(classified))
    return tuple(sorted(warnings, key=lambda warning: warning.line))


def _is_prose(item: Classified) -> bool:
    """A body paragraph of some length that is mostly words, not a table row."""
    words = item.block.text.split()
    numeric = sum(1 for word in words if any(char.isdigit() for char in word))
    return (
        item.verdict.role is Role.BODY
        and len(words) >= MIN_PROSE_WORDS
        and numeric * 5 < len(words)
    )


def _cut_paragraphs(classified: Sequence[Classified]) -> list[ParseWarning]:
    """A paragraph that ends mid-sentence and a next one that starts in lower case."""
    found = []
    for first, second in pairwise(classified):
        opener = second.block.text[:1]  # the cheap tests first: most pairs fail them
        if not (opener.isalpha() and opener.islower() and _OPEN_END.search(first.block.text)):
            continue
        if _is_prose(first) and _is_prose(second):
            found.append(
                ParseWarning(
                    second.block.first_line,
                    "cut_paragraph",
                    "paragraph seems cut mid-sentence: the one before ends without punctuation "
                    "and this one starts in lower case",
                )
            )
    return found
