"""Turning input bytes into text: byte-order marks, UTF-8, and refusing binary data."""

from __future__ import annotations

import codecs

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def encoding_of(data: bytes) -> str:
    """The encoding a byte-order mark announces, else UTF-8."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return "utf-8"


def decode(data: bytes, encoding: str | None = None) -> str:
    """``data`` as text; InputError when it is binary or not in the encoding."""
    name = encoding or encoding_of(data)
    if b"\x00" in data and not name.startswith(("utf-16", "utf-32")):
        raise InputError("binary data (NUL bytes), not text")
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        raise InputError(
            f"not valid {name.upper()} at byte {error.start} (try --encoding)"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {name!r}") from None
