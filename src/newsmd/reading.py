"""Turning input bytes into text: byte-order marks, UTF-8, legacy encodings, and
refusing what is not text.

The order: an encoding the user names wins; then a byte-order mark (UTF-8,
UTF-16, UTF-32); then binary data is refused (file signatures, NUL bytes,
control bytes); then UTF-8; and only when the bytes are not valid UTF-8,
charset-normalizer chooses among the single-byte encodings European text was
written in. A guessed encoding is reported, never silent.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import InputError
from .model import ParseWarning

if TYPE_CHECKING:
    from .exports.common import ExportArticle, ExportKind

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: File signatures of formats people mistake for text files.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or a .docx, .odt, .epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

#: Bytes below 0x20 that text holds: tab, line feed, form feed, carriage return, escape.
_TEXT_CONTROLS = b"\t\n\x0c\r\x1b"
#: Every byte but the other control bytes (deleting these leaves only those).
_NOT_CONTROLS = bytes(range(0x20, 0x100)) + _TEXT_CONTROLS
#: Share of other control bytes in the first BINARY_SAMPLE bytes that makes data binary.
MAX_CONTROL_SHARE = 0.05
BINARY_SAMPLE = 8192

#: The single-byte encodings charset-normalizer may choose from: those of the
#: European languages newsmd reads (Western, Central, Cyrillic, Greek, Turkish, Baltic).
LEGACY_ENCODINGS = (
    "cp1252", "iso8859_15", "latin_1", "cp1250", "iso8859_2", "cp1251", "koi8_r",
    "cp1253", "cp1254", "cp1257", "mac_roman", "cp850",
)  # fmt: skip


class Decoded(NamedTuple):
    """Text, the encoding it was read in, and whether that encoding was guessed."""

    text: str
    encoding: str
    guessed: bool = False


def encoding_warnings(decoded: Decoded) -> tuple[ParseWarning, ...]:
    """A warning when the encoding was guessed: the reader should know."""
    if not decoded.guessed:
        return ()
    message = f"not UTF-8: read as {decoded.encoding} (--encoding NAME reads it otherwise)"
    return (ParseWarning(1, "encoding", message),)


#: A rule line (``-----``, ``= = =``, ``****``): one of the marks every export layout has.
_RULE_LINE = re.compile(r"^[^\S\n]*([-=_~#*])(?:[^\S\n]?\1){2,}", re.MULTILINE)
DETECT_HINT_CHARS = 1_000_000


#: Words one of which every export has, in any case (a LexisNexis document copied
#: without its ``N of M DOCUMENTS`` line still has its ``LOAD-DATE:`` or ``LANGUAGE:``).
_EXPORT_WORDS = ("document", "dokument", "load-date:", "language:", "sprache:", "langue:")


def may_be_export(text: str) -> bool:
    """Whether ``text`` has what every export layout has somewhere (see newsmd.exports):
    one of ``_EXPORT_WORDS``, a form feed, or a rule line. Without it the
    input is no export, and the layouts need not even be loaded. (Substring tests
    first: one case-blind pattern for all of it took twice as long.)"""
    head = text[:DETECT_HINT_CHARS]
    lowered = head.lower()
    if any(mark in lowered for mark in _EXPORT_WORDS) or "\f" in head:
        return True
    return has_rule_line(head.replace("\r", "\n"))  # ^ knows only \n


#: Two rule marks side by side (or with a space between): where a rule line may start.
_RULE_PAIR = re.compile(r"([-=_~#*])[^\S\n]?\1")


def has_rule_line(text: str) -> bool:
    """Whether a line of ``text`` is a rule line (``_RULE_LINE``), tried only at the
    lines where two rule marks stand side by side after nothing but spaces (a search
    of the pattern over all the text took a fifth of what converting it does)."""
    for pair in _RULE_PAIR.finditer(text):
        start = text.rfind("\n", 0, pair.start()) + 1
        if not text[start : pair.start()].strip() and _RULE_LINE.match(text, start):
            return True
    return False


class ExportLayout(NamedTuple):
    """The export layout of a text (None for an article) and its first articles,
    read as ``newsmd split`` reads them (two at most: enough to tell one from several)."""

    kind: ExportKind | None
    first_articles: tuple[ExportArticle, ...] = ()

    @property
    def several(self) -> bool:
        return len(self.first_articles) > 1


@lru_cache(maxsize=2)
def export_layout(text: str) -> ExportLayout:
    """The export layout of ``text`` (see newsmd.exports). Cached: converting a file
    asks once for the article and once for the warnings."""
    if not may_be_export(text):
        return ExportLayout(None)
    from .exports import detect, split  # noqa: PLC0415 - the export layouts load only here

    kind = detect(text)
    if kind is None:
        return ExportLayout(None)
    return ExportLayout(kind, tuple(islice(split(text, kind), 2)))


def input_warnings(decoded: Decoded) -> tuple[ParseWarning, ...]:
    """Warnings about an input as a whole: a guessed encoding, an export of several
    articles (one of one article converts as that article)."""
    layout = export_layout(decoded.text)
    if layout.kind is None or not layout.several:
        return encoding_warnings(decoded)
    message = f"a {layout.kind.value} export of several articles: use newsmd split"
    export = (ParseWarning(1, "export", message),)
    return encoding_warnings(decoded) + export


def encoding_of(data: bytes) -> str:
    """The encoding a byte-order mark announces, else UTF-8."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return "utf-8"


def decode_text(data: bytes, encoding: str | None = None) -> Decoded:
    """``data`` as text; InputError when it is binary or fits no encoding."""
    if encoding is not None:
        return Decoded(_decode_as(data, encoding), encoding)
    name = encoding_of(data)
    if name != "utf-8":
        return Decoded(_decode_as(data, name), name)
    refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        return _guess(data, error.start)


def _decode_as(data: bytes, name: str) -> str:
    """``data`` decoded as ``name``; InputError naming the first bad byte."""
    if b"\x00" in data and not name.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
        raise InputError("binary data (NUL bytes), not text")
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        raise InputError(f"not valid {name.upper()} at byte {error.start}") from None
    except LookupError:
        raise InputError(f"unknown encoding {name!r}") from None


def refuse_binary(data: bytes) -> None:
    """Raise InputError when ``data`` is a known binary format or full of control bytes."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{what}, not plain text")
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes), not text")
    sample = data[:BINARY_SAMPLE]
    controls = len(sample.translate(None, _NOT_CONTROLS))  # what is left: the control bytes
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError("binary data (control bytes), not text")


def _guess(data: bytes, bad_byte: int) -> Decoded:
    """The legacy encoding charset-normalizer finds for non-UTF-8 ``data``.

    Among equally good matches (short texts often read as well in several
    code pages) the one listed first in LEGACY_ENCODINGS, the more common, wins.
    """
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only for non-UTF-8 input

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:  # asked together, it can rule out a code page too early: ask one by one
        matches = [
            match for name in LEGACY_ENCODINGS for match in from_bytes(data, cp_isolation=[name])
        ]
    if not matches:
        raise InputError(
            f"not valid UTF-8 at byte {bad_byte}, and no European encoding fits (try --encoding)"
        )
    best = min(matches, key=lambda match: (*_quality(match), _preferred(match)[0]))
    return Decoded(str(best), _preferred(best)[1], guessed=True)


def _quality(match: Any) -> tuple[float, float]:
    """How well a charset-normalizer match reads: less chaos, more coherence."""
    return round(match.chaos, 3), -round(match.coherence, 3)


def _preferred(match: Any) -> tuple[int, str]:
    """The most common LEGACY_ENCODINGS name that decodes ``match``'s bytes alike."""
    names = [name for name in match.could_be_from_charset if name in LEGACY_ENCODINGS]
    return min((LEGACY_ENCODINGS.index(name), name) for name in names or [match.encoding])
