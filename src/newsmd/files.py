"""Reading inputs and writing outputs safely: no clobbering, no partial files."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from .errors import NewsmdError
from .reading import decode


class FileError(NewsmdError):
    """A file cannot be read or written; the message names the reason."""


def read_text(path: str, encoding: str | None = None) -> str:
    """The text of ``path`` (``-`` for standard input), decoded."""
    return decode(read_bytes(path), encoding)


def read_bytes(path: str, subject: str | None = None) -> bytes:
    """The bytes of ``path`` (``-`` for standard input); errors name ``subject`` if given."""
    if path == "-":
        return sys.stdin.buffer.read()
    target = Path(path)
    if target.is_dir():
        raise FileError("is a directory, not a file", subject)
    try:
        return target.read_bytes()
    except FileNotFoundError:
        raise FileError("no such file", subject) from None
    except PermissionError:
        raise FileError("permission denied", subject) from None
    except OSError as error:
        raise FileError(error.strerror or str(error), subject) from None


def check_writable(output: Path, inputs: tuple[str, ...], *, force: bool) -> None:
    """Raise unless ``output`` may be written: never an input, never clobbered without ``force``."""
    subject = str(output)
    for name in inputs:
        if name != "-" and output.exists() and Path(name).exists() and output.samefile(name):
            raise FileError("is the input file; newsmd never writes over its input", subject)
    if output.is_dir():
        raise FileError("is a directory", subject)
    if output.exists() and not force:
        raise FileError("already exists (use --force to overwrite)", subject)
    if not output.parent.is_dir():
        raise FileError(f"directory {output.parent} does not exist", subject)


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
        handle, temporary = tempfile.mkstemp(
            prefix=f".{output.name}.", suffix=".tmp", dir=output.parent
        )
        os.chmod(temporary, new_file_mode())
    except OSError as error:
        raise FileError(f"cannot write: {error.strerror or error}", str(output)) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        _move_into_place(Path(temporary), output, replace=replace)
    except OSError as error:
        raise FileError(f"cannot write: {error.strerror or error}", str(output)) from None
    finally:
        Path(temporary).unlink(missing_ok=True)


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


@lru_cache(maxsize=1)
def new_file_mode() -> int:
    """The mode a new file gets from the process's umask (temporary files start private)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
