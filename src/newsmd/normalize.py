"""Stage 1: turn raw text into numbered lines, rewriting characters only.

Line numbers are those an editor shows for the input: lines end at LF, CRLF
or a lone CR. Within a line, no-break and other fixed-width spaces become
spaces, invisible characters (zero-width space, word joiner, soft hyphen,
byte-order mark) and control characters are removed, tabs become spaces, and
trailing white space is cut. Leading white space is kept: indentation marks
paragraphs in wire copy.
"""

from __future__ import annotations

import re

from .model import Line

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_SPACES = (
    "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
)
_LINE_SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F))
_C1_CONTROLS = "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)

_TRANSLATION = str.maketrans(
    {
        **dict.fromkeys(_SPACES + _LINE_SEPARATORS + "\t", " "),
        **dict.fromkeys(_INVISIBLE + _CONTROLS + _C1_CONTROLS, None),
    }
)

#: Any character ``_TRANSLATION`` rewrites: most lines hold none and are left as they are.
_TO_CLEAN = re.compile(f"[{re.escape(''.join(map(chr, _TRANSLATION)))}]")


def clean_line(text: str) -> str:
    """One line with its characters normalized and trailing white space cut."""
    if _TO_CLEAN.search(text):
        text = text.translate(_TRANSLATION)
    return text.rstrip()


def normalize(text: str) -> tuple[Line, ...]:
    """Split ``text`` into numbered, character-normalized lines."""
    if text.startswith("\ufeff"):
        text = text[1:]
    raw_lines = _LINE_BREAK.split(text)
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    return tuple(Line(number, clean_line(raw)) for number, raw in enumerate(raw_lines, start=1))
