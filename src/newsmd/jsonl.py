"""JSON Lines in, JSON Lines out: one record per article, streamed, in input order.

Each input line is a JSON object holding the article's text (``text`` by
default) and an identifier (``id``); each output line is a record with that
id, the values found (newsmd's names), the Markdown, the warnings and an
error (null when the article converted). A bad record becomes a record with
its error; the others go on. Memory stays flat: lines are read, converted
(in worker processes with ``--jobs``) and written a window at a time.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple

import click

from .classify import ParseOptions
from .errors import NewsmdError, one_line
from .files import FileError, atomic_output
from .render import RenderOptions

#: Records per task sent to a worker.
RECORDS_PER_TASK = 64


class JsonlSettings(NamedTuple):
    """How records are read and converted."""

    parse_options: ParseOptions = ParseOptions()
    render_options: RenderOptions = RenderOptions()
    id_field: str = "id"
    text_field: str = "text"
    verify: bool = False


class Converted(NamedTuple):
    """One output line, and the input line's error (None when it converted)."""

    line: int
    error: str | None
    json: str


def numbered_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """The non-blank lines of ``stream`` with their 1-based numbers."""
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield number, raw


def convert_record(number: int, raw: bytes, settings: JsonlSettings) -> Converted:
    """One input line converted to its output record; never raises for bad input."""
    ident: Any = None
    try:
        record = json.loads(raw.decode("utf-8"))
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
        ident = record.get(settings.id_field)
        text = record.get(settings.text_field)
        if not isinstance(text, str):
            raise ValueError(f"no {settings.text_field!r} string in the record")
        return Converted(number, None, _record_json(ident, number, text, settings))
    except (UnicodeDecodeError, ValueError, NewsmdError) as error:
        reason = _reason(error)
        failed = {"id": ident, "line": number, "error": reason}
        return Converted(number, reason, json.dumps(failed, ensure_ascii=False))


def _reason(error: Exception) -> str:
    """A one-line reason for a bad record."""
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 at byte {error.start}"
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON: {error.msg} at column {error.colno}"
    return str(error)


def _record_json(ident: Any, number: int, text: str, settings: JsonlSettings) -> str:
    """The output record of a converted text, as one JSON line."""
    from .api import convert_article  # noqa: PLC0415 - the parser loads in the workers
    from .article_json import conversion_record  # noqa: PLC0415

    options = settings.render_options
    conversion = convert_article(text, settings.parse_options, options, verify=settings.verify)
    record = {"id": ident, "line": number, **conversion_record(conversion, options)}
    return json.dumps(record, ensure_ascii=False, default=str)


def convert_records(records: list[tuple[int, bytes]], settings: JsonlSettings) -> list[Converted]:
    """``convert_record`` over a batch of lines (the unit of work sent to a worker)."""
    return [convert_record(number, raw, settings) for number, raw in records]


def batches(lines: Iterable[tuple[int, bytes]]) -> Iterator[list[tuple[int, bytes]]]:
    """``lines`` in lists of RECORDS_PER_TASK."""
    stream = iter(lines)
    while batch := list(islice(stream, RECORDS_PER_TASK)):
        yield batch


def convert_stream(
    lines: Iterable[tuple[int, bytes]], settings: JsonlSettings, workers: int
) -> Iterator[Converted]:
    """Every line's output record, in input order; in worker processes when ``workers`` > 1."""
    if workers <= 1:
        for number, raw in lines:
            yield convert_record(number, raw, settings)
        return
    from .batch import ordered_pool_map  # noqa: PLC0415

    for converted in ordered_pool_map(convert_records, settings, batches(lines), workers):
        yield from converted


def run_jsonl(
    source: str, target: Path | None, settings: JsonlSettings, workers: int, force: bool
) -> int:
    """Convert the records of ``source`` (``-``: standard input) into ``target``
    (None or ``-``: standard output, else written atomically, never over an existing
    file without ``force``); one error line per bad record; the exit status."""
    label = "<stdin>" if source == "-" else source
    failed = 0
    with ExitStack() as stack:
        stream = sys.stdin.buffer if source == "-" else stack.enter_context(_open(source))
        out: IO[str] = sys.stdout
        if target is not None and str(target) != "-":
            out = stack.enter_context(atomic_output(target, replace=force))
        for converted in convert_stream(numbered_lines(stream), settings, workers):
            out.write(converted.json + "\n")
            if converted.error is not None:
                failed += 1
                message = f"{label}:{converted.line}: {converted.error}"
                click.echo(f"newsmd: error: {one_line(message)}", err=True)
    return 1 if failed else 0


def _open(source: str) -> IO[bytes]:
    """``source`` opened for reading bytes; FileError naming it when it cannot be."""
    try:
        return Path(source).open("rb")
    except OSError as error:
        raise FileError(error.strerror or str(error), source) from None
