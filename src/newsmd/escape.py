"""Escaping text so that a CommonMark reader shows exactly the source text.

Inline: backslashes, backticks, asterisks, ``[``, ``<``, ``~`` and entity-like
``&name;`` are always escaped; ``_`` unless it stands inside a word (where it
can neither open nor close emphasis). At the start of a block, characters that
would open a heading, quote, list, thematic break or pandoc title block are
escaped too.
"""

from __future__ import annotations

import re

_INLINE = re.compile(r"[\\`*\[<~&_]")
_ENTITY = re.compile(r"#?[0-9A-Za-z]+;")
_BLOCK_START = re.compile(r"^(?:[#>+=%-]|(\d{1,9})([.)])(?=\s|$))")


def _escape_match(match: re.Match[str]) -> str:
    char = match.group(0)
    text, at = match.string, match.start()
    if char == "&" and not _ENTITY.match(text, at + 1):
        return char  # no entity follows
    if char == "_":
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            return char
    return "\\" + char


def escape_inline(text: str) -> str:
    """``text`` with every character that CommonMark reads as inline syntax escaped."""
    return _INLINE.sub(_escape_match, text)


def escape_block(text: str) -> str:
    """``text`` escaped to stand as a whole paragraph, list item or quote line."""
    escaped = escape_inline(text)
    match = _BLOCK_START.match(escaped)
    if match is None:
        return escaped
    if match.group(1) is not None:
        return f"{match.group(1)}\\{match.group(2)}{escaped[match.end() :]}"
    return "\\" + escaped


def escape_heading(text: str) -> str:
    """``text`` escaped to stand as a heading, where a closing ``#`` would vanish."""
    return escape_inline(text).replace("#", "\\#")
