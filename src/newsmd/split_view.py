"""What ``newsmd split`` shows: a line per failure and per file, a progress bar
on a terminal, JSON Lines on standard output with ``--format json``."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import click

from .batch_view import Interrupts
from .errors import NewsmdError, one_line
from .exports import ExportArticle, split_lines, to_article
from .files import FileError, read_bytes
from .reading import Decoded, encoding_warnings
from .splitting import (
    OpenedExport,
    Piece,
    SplitSettings,
    json_line,
    open_export,
    write_pieces,
)


def run_split(
    inputs: Sequence[str], directory: Path | None, settings: SplitSettings, quiet: bool
) -> int:
    """Split every input; the exit status: 0, 1 when anything failed, 130 on Ctrl-C."""
    failures = 0
    with Interrupts() as interrupts:
        for source in inputs:
            if interrupts.requested:
                break
            try:
                failures += _split_one(source, directory, settings, quiet, interrupts)
            except NewsmdError as error:
                message = one_line(f"{error.subject or source}: {error}")
                click.echo(f"newsmd: error: {message}", err=True)
                failures += 1
    if interrupts.requested:
        return 130
    return 1 if failures else 0


def _split_one(
    source: str,
    directory: Path | None,
    settings: SplitSettings,
    quiet: bool,
    interrupts: Interrupts,
) -> int:
    """Split one input; the number of articles that failed."""
    label = "<stdin>" if source == "-" else source
    with ExitStack() as stack:
        stream = stack.enter_context(_open(source, settings))
        opened = open_export(stream, settings)
        _announce(opened, label, quiet)
        bar = stack.enter_context(_Bar(source, stream, not quiet and sys.stderr.isatty()))
        items = _until_stopped(split_lines(opened.lines, opened.kind), interrupts)
        kind = opened.kind.value if opened.kind else None
        count = failed = 0
        for piece in _pieces(items, source, directory, settings, kind):
            count += 1
            failed += piece.error is not None
            _show_piece(piece, label, quiet)
            bar.update()
    if count == 0:
        raise FileError("no text in the input", label)
    if kind is None and not quiet:
        message = "no export layout found; written as one article"
        click.echo(f"newsmd: warning: {one_line(label)}: {message}", err=True)
    if directory is not None and not quiet:
        written = f"{count - failed} article{'' if count - failed == 1 else 's'}"
        click.echo(
            f"newsmd: {one_line(label)}: {written} ({kind or 'no export'}) "
            f"written to {one_line(str(directory))}" + (f", {failed} failed" if failed else ""),
            err=True,
        )
    return failed


def _announce(opened: OpenedExport, label: str, quiet: bool) -> None:
    """A warning when the input's encoding was guessed."""
    if quiet:
        return
    for warning in encoding_warnings(Decoded("", opened.encoding, opened.guessed)):
        click.echo(f"newsmd: warning: {one_line(label)}:1: {warning.message}", err=True)


def _pieces(
    items: Iterator[ExportArticle],
    source: str,
    directory: Path | None,
    settings: SplitSettings,
    kind: str | None,
) -> Iterator[Piece]:
    """The articles written to ``directory``, or printed as JSON Lines when it is None."""
    if directory is not None:
        yield from write_pieces(items, source, directory, settings)
        return
    for item in items:
        article = to_article(item, settings.parse_options)
        click.echo(json_line(item, article, source, kind, settings.render_options))
        yield Piece(item.number, None, article)


def _show_piece(piece: Piece, label: str, quiet: bool) -> None:
    """A failed article's error line; a written one's warnings, as convert prints them."""
    if piece.error is not None:
        click.echo(f"newsmd: error: {one_line(piece.error)}", err=True)
    elif piece.article is not None and not quiet and piece.output is not None:
        for warning in piece.article.warnings:
            click.echo(
                f"newsmd: warning: {one_line(label)}:{warning.line}: {warning.message}", err=True
            )


def _until_stopped(items: Any, interrupts: Interrupts) -> Any:
    """``items`` until Ctrl-C asks to stop (the article in progress is finished)."""
    for item in items:
        yield item
        if interrupts.requested:
            return


def _open(source: str, settings: SplitSettings) -> IO[bytes]:
    """The input as a seekable binary stream (standard input is read whole)."""
    if source == "-":
        return io.BytesIO(read_bytes("-", "<stdin>", settings.reading.max_size))
    path = Path(source)
    if path.is_dir():
        raise FileError("is a directory, not a file", source)
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise FileError("no such file", source) from None
    except OSError as error:
        raise FileError(error.strerror or str(error), source) from None


class _Bar:
    """A progress bar over the bytes of the input, on a terminal only."""

    def __init__(self, source: str, stream: IO[bytes], enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled and stream.seekable()
        self.source = source
        self._bar: Any = None

    def __enter__(self) -> _Bar:
        if self.enabled:
            from rich.console import Console  # noqa: PLC0415 - rich loads only on a terminal
            from rich.progress import Progress  # noqa: PLC0415

            size = Path(self.source).stat().st_size if self.source != "-" else None
            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.__enter__()
            self._task = self._bar.add_task(f"splitting {self.source}", total=size)
        return self

    def update(self) -> None:
        """Move the bar to the bytes read so far."""
        if self._bar is not None:
            self._bar.update(self._task, completed=self.stream.tell())

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
