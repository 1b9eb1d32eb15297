"""Hard-wrapping Markdown text at a column without changing what it reads as.

A paragraph's lines may be broken at any space, except before a word that
would open a block at the start of a line (``#``, ``>``, ``-``, ``1.``, a
fence, ``<``, ``|``, ``=``...): only a word that begins with a letter, a digit
not followed by a list marker, or an opening quote or bracket starts a line.
A word longer than the width is never split.
"""

from __future__ import annotations

from .lazy import lazy_compile

#: What may begin a continuation line: a letter, a number that is not a list
#: marker (``1.``, ``2)``), or an opening quote or parenthesis. Only ``--wrap``
#: needs it: compiled on first use.
_SAFE_START = lazy_compile(r"(?![0-9]+[.)](?:\s|$))[^\W_]|[\"'(«„‚‘“¿¡]")


def wrap(text: str, width: int, indent: str = "") -> str:
    """``text`` broken into lines of at most ``width`` characters where it safely can.

    Lines after the first start with ``indent`` (a list item's or a quote's
    continuation); ``width`` counts it. ``width`` <= 0 means no wrapping.
    """
    if width <= 0 or len(text) <= width:
        return text
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if not current:
            current = word
        elif len(current) + 1 + len(word) > width and _SAFE_START().match(word):
            lines.append(current)
            current = indent + word
        else:
            current = f"{current} {word}"
    lines.append(current)
    return "\n".join(lines)
