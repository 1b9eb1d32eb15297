"""Reading inputs and writing outputs safely: no clobbering, no partial files."""

from __future__ import annotations

import itertools
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple, TextIO

from .errors import NewsmdError
from .reading import Decoded, decode_text


class FileError(NewsmdError):
    """A file cannot be read or written; the message names the reason."""


#: Inputs larger than this are refused unless --max-size says otherwise.
DEFAULT_MAX_SIZE = 20 * 1024 * 1024


class ReadOptions(NamedTuple):
    """How inputs are read: a forced ``encoding`` (else detected), the largest size accepted."""

    encoding: str | None = None
    max_size: int = DEFAULT_MAX_SIZE


def read_input(path: str, options: ReadOptions = ReadOptions()) -> Decoded:
    """The text of ``path`` (``-`` for standard input) with the encoding it was read in."""
    return decode_text(read_bytes(path, max_size=options.max_size), options.encoding)


def read_bytes(path: str, subject: str | None = None, max_size: int | None = None) -> bytes:
    """The bytes of ``path`` (``-`` for standard input); errors name ``subject`` if given.

    With ``max_size``, a larger input is refused before it is read.
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_size + 1 if max_size is not None else -1)
        _check_size(len(data), max_size, subject)
        return data
    target = Path(path)
    if target.is_dir():
        raise FileError("is a directory, not a file", subject)
    try:
        _check_size(target.stat().st_size, max_size, subject)
        return target.read_bytes()
    except FileNotFoundError:
        raise FileError("no such file", subject) from None
    except PermissionError:
        raise FileError("permission denied", subject) from None
    except OSError as error:
        raise FileError(error.strerror or str(error), subject) from None


def _check_size(size: int, max_size: int | None, subject: str | None) -> None:
    """Raise when ``size`` bytes is more than ``max_size``."""
    if max_size is not None and size > max_size:
        raise FileError(
            f"is over the {_megabytes(max_size)} --max-size (raise it to read this file)",
            subject,
        )


def _megabytes(size: int) -> str:
    """A size for messages: ``20 MB``."""
    return f"{size / 1024 / 1024:g} MB"


def check_writable(output: Path, inputs: tuple[str, ...], *, force: bool) -> None:
    """Raise unless ``output`` may be written: never an input, never clobbered without ``force``."""
    subject = str(output)
    existing = _status(output)
    if existing is None:
        if not output.parent.is_dir():
            raise FileError(f"directory {output.parent} does not exist", subject)
        return
    for name in inputs:
        source = _status(Path(name)) if name != "-" else None
        if source is not None and os.path.samestat(existing, source):
            raise FileError("is the input file; newsmd never writes over its input", subject)
    if stat.S_ISDIR(existing.st_mode):
        raise FileError("is a directory", subject)
    if not force:
        raise FileError("already exists (use --force to overwrite)", subject)


def _status(path: Path) -> os.stat_result | None:
    """``path``'s status, or None when there is nothing there."""
    try:
        return path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None


def write_atomic(output: Path, text: str, *, replace: bool = True) -> None:
    """Write ``text`` to ``output`` through a temporary file renamed into place.

    Without ``replace`` an ``output`` that appeared meanwhile is never
    clobbered. On any failure or interruption the temporary file is removed
    and ``output`` is left as it was; an OSError becomes a FileError naming
    ``output``.
    """
    with atomic_output(output, replace=replace) as stream:
        stream.write(text)


@contextmanager
def atomic_output(output: Path, *, replace: bool = True) -> Iterator[TextIO]:
    """A UTF-8 text stream whose content becomes ``output`` only when the block ends well."""
    try:
        handle, temporary = _create_temporary(output)
    except OSError as error:
        raise FileError(f"cannot write: {error.strerror or error}", str(output)) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        _move_into_place(temporary, output, replace=replace)
    except OSError as error:
        raise FileError(f"cannot write: {error.strerror or error}", str(output)) from None
    finally:
        temporary.unlink(missing_ok=True)


_TEMPORARY_NUMBERS = itertools.count()


def _create_temporary(output: Path) -> tuple[int, Path]:
    """A new hidden file beside ``output``, created exclusively with the umask's mode."""
    while True:
        name = f".{output.name}.{os.getpid()}-{next(_TEMPORARY_NUMBERS)}.tmp"
        temporary = output.with_name(name)
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temporary
        except FileExistsError:  # left by an earlier process of the same number
            continue


def _move_into_place(temporary: Path, output: Path, *, replace: bool) -> None:
    """Rename ``temporary`` to ``output``; without ``replace``, fail if ``output`` exists.

    The no-clobber move is a hard link (atomic: it fails if the name is
    taken); where links are not supported it falls back to check-then-rename.
    """
    if replace:
        os.replace(temporary, output)
        return
    try:
        os.link(temporary, output)
    except FileExistsError:
        raise FileError("already exists (use --force to overwrite)", str(output)) from None
    except OSError:
        if output.exists():
            raise FileError("already exists (use --force to overwrite)", str(output)) from None
        os.replace(temporary, output)
