"""The errors newsmd reports to its users."""

from __future__ import annotations


class NewsmdError(Exception):
    """Base of the errors that are the input's fault or the user's, shown as one line.

    ``subject`` names the file the error is about when it is not the input.
    """

    def __init__(self, message: str, subject: str | None = None) -> None:
        super().__init__(message)
        self.subject = subject


class InputError(NewsmdError):
    """The input cannot be converted: not text, not decodable, or holding no article."""


def one_line(text: str) -> str:
    """``text`` fit for a one-line message: line breaks and control characters escaped
    (``\\n``), and bytes a file name held that were not UTF-8 shown as ``\\xe9``."""
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    """One character as a message shows it."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x20 or 0x7F <= code < 0xA0 or char in "\u2028\u2029":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(
            char, f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
        )
    return char
