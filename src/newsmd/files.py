"""Reading inputs and writing outputs safely: no clobbering, no partial files."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import NewsmdError
from .reading import decode


class FileError(NewsmdError):
    """A file cannot be read or written; the message names the reason."""


def read_text(path: str, encoding: str | None = None) -> str:
    """The text of ``path`` (``-`` for standard input), decoded."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), encoding)
    target = Path(path)
    if target.is_dir():
        raise FileError("is a directory, not a file")
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise FileError("no such file") from None
    except PermissionError:
        raise FileError("permission denied") from None
    except OSError as error:
        raise FileError(error.strerror or str(error)) from None
    return decode(data, encoding)


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


def write_atomic(output: Path, text: str) -> None:
    """Write ``text`` to ``output`` through a temporary file renamed into place.

    On any failure or interruption the temporary file is removed and ``output``
    is left as it was; an OSError becomes a FileError naming ``output``.
    """
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{output.name}.", suffix=".tmp", dir=output.parent
        )
    except OSError as error:
        raise FileError(f"cannot write: {error.strerror or error}", str(output)) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, output)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise FileError(f"cannot write: {error.strerror or error}", str(output)) from None
        raise
