"""Splitting export files into one output per article, reading them line by line.

An export is opened as a stream: its encoding is told from its first
megabyte (a byte-order mark, UTF-8, or the code page charset-normalizer
finds there), binary data is refused from the same head, and the lines are
then read one at a time, so a 200 MB export splits in the memory of one
article. Each article is written like a batch output: atomically, never over
an existing file without ``force``, never over the input.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, NamedTuple

from .classify import ParseOptions
from .errors import InputError, NewsmdError
from .exports import ExportArticle, ExportKind, detect_lines, to_article
from .files import ReadOptions, check_writable, write_atomic
from .model import Article
from .reading import decode_text, encoding_of, refuse_binary
from .render import RenderOptions, render

#: How much of the file tells its encoding and whether it is text.
HEAD_BYTES = 1 << 20


class SplitSettings(NamedTuple):
    """How the articles of an export are read and written."""

    parse_options: ParseOptions = ParseOptions()
    render_options: RenderOptions = RenderOptions()
    reading: ReadOptions = ReadOptions()
    force: bool = False
    kind: ExportKind | None = None


class Piece(NamedTuple):
    """One article of an export and what became of it."""

    number: int
    output: str | None
    article: Article | None
    error: str | None = None


class OpenedExport(NamedTuple):
    """An export opened for reading: its kind, encoding and lines."""

    kind: ExportKind | None
    encoding: str
    guessed: bool
    lines: Iterator[str]


def head_encoding(head: bytes, forced: str | None) -> tuple[str, bool]:
    """The encoding of a file whose first bytes are ``head``, and whether it was guessed."""
    if forced is not None:
        try:
            return codecs.lookup(forced).name, False
        except LookupError:
            raise InputError(f"unknown encoding {forced!r}") from None
    mark = encoding_of(head)
    if mark != "utf-8":
        return mark, False
    refuse_binary(head)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)  # a character cut at the end of the head is fine
        return "utf-8", False
    except UnicodeDecodeError:
        decoded = decode_text(head)
        return decoded.encoding, decoded.guessed


def open_export(stream: IO[bytes], settings: SplitSettings) -> OpenedExport:
    """``stream`` (seekable, at its start) as an export: its kind (``settings.kind``
    or detected), encoding and lines, read as they are needed."""
    head = stream.read(HEAD_BYTES)
    encoding, guessed = head_encoding(head, settings.reading.encoding)
    stream.seek(0)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    kind, lines = detect_lines(_checked(text))
    return OpenedExport(settings.kind or kind, encoding, guessed, lines)


def _checked(lines: Iterable[str]) -> Iterator[str]:
    """``lines``, with a decoding error turned into an InputError."""
    iterator = iter(lines)
    while True:
        try:
            line = next(iterator)
        except StopIteration:
            return
        except UnicodeDecodeError as error:
            raise InputError(f"{error.reason} in the export (try --encoding)") from None
        except UnicodeError as error:  # e.g. UTF-16 without its byte-order mark
            raise InputError(f"{error} (try another --encoding)") from None
        yield line


def output_path(directory: Path, stem: str, number: int) -> Path:
    """``DIR/stem-001.md``: three digits at least, more past 999."""
    return directory / f"{stem}-{number:03d}.md"


def write_pieces(
    items: Iterator[ExportArticle], source: str, directory: Path, settings: SplitSettings
) -> Iterator[Piece]:
    """Each article converted and written to ``directory``; a failure is a Piece with an error."""
    stem = "stdin" if source == "-" else Path(source).stem
    for item in items:
        target = output_path(directory, stem, item.number)
        try:
            article = to_article(item, settings.parse_options)
            check_writable(target, (source,), force=settings.force)
            write_atomic(target, render(article, settings.render_options), replace=settings.force)
            yield Piece(item.number, str(target), article)
        except NewsmdError as error:
            yield Piece(item.number, str(target), None, f"{error.subject or target}: {error}")


def json_line(
    item: ExportArticle, article: Article, source: str, kind: str | None, options: RenderOptions
) -> str:
    """One article as a JSON Lines record (``--format json``)."""
    from .article_json import article_record  # noqa: PLC0415

    record = {
        "path": source, "number": item.number, "kind": kind, **article_record(article, options)
    }  # fmt: skip
    return json.dumps(record, ensure_ascii=False, default=str)
