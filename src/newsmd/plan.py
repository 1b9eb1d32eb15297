"""Planning a batch: which files to read and where each one's Markdown goes.

Directories are walked recursively in sorted order, keeping the files whose
name matches a glob (``*.txt`` by default) and skipping hidden files and
directories. The output tree mirrors the input tree: ``in/a/b.txt`` given as
``in`` becomes ``OUT/a/b.md``; a file named on its own becomes ``OUT/b.md``;
a path read from ``--files-from`` keeps its relative path
(``in/a/b.txt`` becomes ``OUT/in/a/b.md``).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import NamedTuple

OUTPUT_SUFFIX = ".md"


class Job(NamedTuple):
    """One input and the output planned for it; ``problem`` says why it cannot run."""

    position: int
    source: str
    output: str
    problem: str | None = None


class Candidate(NamedTuple):
    """An input path and the relative path its output takes under the output directory."""

    source: str
    relative: PurePath
    problem: str | None = None


def is_single(inputs: tuple[str, ...], files_from: str | None) -> bool:
    """Whether the command names exactly one input and it is not a directory."""
    return files_from is None and len(inputs) == 1 and not Path(inputs[0]).is_dir()


def output_name(relative: PurePath, suffix: str = OUTPUT_SUFFIX) -> PurePath:
    """``a/b.txt`` becomes ``a/b.md``; a name without a suffix gains one."""
    return relative.with_name(relative.stem + suffix)


def is_hidden(name: str) -> bool:
    """Dot-files and dot-directories (``.git``, editors' and newsmd's temporary files)."""
    return name.startswith(".")


def walk(directory: Path, pattern: str, skip: Path | None = None) -> Iterator[Path | OSError]:
    """The files under ``directory`` whose name matches ``pattern``, sorted, depth first.

    Hidden entries are skipped, and so is ``skip`` (the output directory, when
    it lies inside the input) so that a second run never reads its own output.
    Symbolic links to directories are not followed. A directory that cannot be
    listed comes out as the OSError saying why, in its place.
    """
    unreadable: list[OSError] = []
    for root, directories, files in os.walk(directory, onerror=unreadable.append):
        yield from _drain(unreadable)
        here = Path(root)
        directories[:] = sorted(
            name
            for name in directories
            if not is_hidden(name) and (skip is None or not _same(here / name, skip))
        )
        for name in sorted(files):
            if not is_hidden(name) and fnmatch.fnmatch(name, pattern):
                yield here / name
    yield from _drain(unreadable)


def _drain(errors: list[OSError]) -> Iterator[OSError]:
    """Take out and yield the errors gathered so far."""
    while errors:
        yield errors.pop(0)


def _same(path: Path, other: Path) -> bool:
    """Whether two existing paths name the same directory."""
    try:
        return path.samefile(other)
    except OSError:
        return False


def from_arguments(paths: Iterable[str], pattern: str, skip: Path | None) -> Iterator[Candidate]:
    """Candidates for the paths named on the command line: files as named, directories walked."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for found in walk(path, pattern, skip):
                yield _walked(found, path)
        elif path.exists():
            yield Candidate(name, PurePath(path.name))
        else:
            yield Candidate(name, PurePath(path.name), "no such file or directory")


def _walked(found: Path | OSError, top: Path) -> Candidate:
    """The candidate for a file found under ``top``, or a failing one for an unreadable folder."""
    if isinstance(found, OSError):
        where = Path(str(found.filename or top))
        reason = f"cannot list directory: {found.strerror or found}"
        return Candidate(str(where), PurePath(where.name or "directory"), reason)
    return Candidate(str(found), found.relative_to(top))


def from_list(names: Iterable[str]) -> Iterator[Candidate]:
    """Candidates for paths read from a list: each keeps its relative path.

    An absolute path, or one leading out of the current directory with ``..``,
    keeps only its name.
    """
    for name in names:
        path = PurePath(name)
        parts = [part for part in path.parts if part not in (".", "")]
        if path.is_absolute() or ".." in parts or not parts:
            relative = PurePath(path.name)
        else:
            relative = PurePath(*parts)
        problem = None if Path(name).is_file() else _missing_reason(Path(name))
        yield Candidate(name, relative, problem)


def _missing_reason(path: Path) -> str:
    """Why a listed path is not a readable file."""
    return "is a directory, not a file" if path.is_dir() else "no such file"


def read_list(text: str, *, null_separated: bool = False) -> list[str]:
    """Paths from ``--files-from`` text: one per line (or NUL-separated), blanks ignored."""
    separator = "\0" if null_separated else "\n"
    names = (name.rstrip("\r") if not null_separated else name for name in text.split(separator))
    return [name for name in names if name.strip()]


def plan(
    candidates: Iterable[Candidate], output_dir: Path, suffix: str = OUTPUT_SUFFIX
) -> Iterator[Job]:
    """A Job per candidate, in order, made as they are read (a batch never holds them all).

    A second input planned onto an output already taken fails; only the
    outputs' names are remembered for that.
    """
    claimed: set[str] = set()
    for position, candidate in enumerate(candidates):
        output = str(output_dir / output_name(candidate.relative, suffix))
        problem = candidate.problem
        key = os.path.normcase(os.path.abspath(output))
        if problem is None and key in claimed:
            problem = f"its output {output} is also planned for an earlier input"
        elif problem is None:
            claimed.add(key)
        yield Job(position, candidate.source, output, problem)
