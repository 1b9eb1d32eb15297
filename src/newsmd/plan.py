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
    """One input and the output planned for it; ``problem`` says why it cannot run,
    ``skip`` why it is left alone (a symbolic link not followed, an input given twice)."""

    position: int
    source: str
    output: str
    problem: str | None = None
    skip: str | None = None


class Candidate(NamedTuple):
    """An input path and the relative path its output takes under the output directory."""

    source: str
    relative: PurePath
    problem: str | None = None
    skip: str | None = None


class Skipped(NamedTuple):
    """A path a walk leaves alone, and why."""

    path: Path
    reason: str


Found = Path | OSError | Skipped

ALREADY_READ = "a directory already read through a symbolic link (a loop or a second link)"


def is_single(inputs: tuple[str, ...], files_from: str | None) -> bool:
    """Whether the command names exactly one input and it is not a directory."""
    return files_from is None and len(inputs) == 1 and not Path(inputs[0]).is_dir()


def output_name(relative: PurePath, suffix: str = OUTPUT_SUFFIX) -> PurePath:
    """``a/b.txt`` becomes ``a/b.md``; a name without a suffix gains one."""
    return relative.with_name(relative.stem + suffix)


def is_hidden(name: str) -> bool:
    """Dot-files and dot-directories (``.git``, editors' and newsmd's temporary files)."""
    return name.startswith(".")


def walk(
    directory: Path, pattern: str, skip: Path | None = None, *, follow_symlinks: bool = False
) -> Iterator[Found]:
    """The files under ``directory`` whose name matches ``pattern``, sorted, depth first.

    Hidden entries are skipped, and so is ``skip`` (the output directory, when
    it lies inside the input) so that a second run never reads its own output.
    Symbolic links are followed only inside the tree (a link to a file in it),
    or everywhere with ``follow_symlinks``, where a directory already visited
    (a link loop) is not entered twice; the others come out as Skipped. A
    directory that cannot be listed comes out as the OSError saying why.
    """
    top = directory.resolve()
    visited = {top}
    unreadable: list[OSError] = []
    for root, directories, files in os.walk(
        directory, onerror=unreadable.append, followlinks=follow_symlinks
    ):
        yield from _drain(unreadable)
        here = Path(root)
        kept, left = _subdirectories(here, directories, skip, follow_symlinks, visited)
        directories[:] = kept
        yield from left
        for name in sorted(files):
            if not is_hidden(name) and fnmatch.fnmatch(name, pattern):
                yield _file(here / name, top, follow_symlinks)
    yield from _drain(unreadable)


def _subdirectories(
    here: Path, names: list[str], skip: Path | None, follow: bool, visited: set[Path]
) -> tuple[list[str], list[Skipped]]:
    """The subdirectories to enter, sorted, and the linked ones left alone."""
    kept: list[str] = []
    left: list[Skipped] = []
    for name in sorted(names):
        path = here / name
        if is_hidden(name) or (skip is not None and _same(path, skip)):
            continue
        if not follow and path.is_symlink():
            left.append(Skipped(path, "a symbolic link to a directory (--follow-symlinks)"))
            continue
        if follow:
            real = Path(os.path.realpath(path))
            if real in visited:
                left.append(Skipped(path, ALREADY_READ))
                continue
            visited.add(real)
        kept.append(name)
    return kept, left


def _file(path: Path, top: Path, follow: bool) -> Path | Skipped:
    """A file found by the walk, or Skipped for a link leading out of the tree."""
    if follow or not path.is_symlink():
        return path
    if Path(os.path.realpath(path)).is_relative_to(top):  # a loop stays a path: reading fails
        return path
    return Skipped(path, "a symbolic link out of the input tree (--follow-symlinks)")


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


def from_arguments(
    paths: Iterable[str], pattern: str, skip: Path | None, *, follow_symlinks: bool = False
) -> Iterator[Candidate]:
    """Candidates for the paths named on the command line: files as named, directories walked."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for found in walk(path, pattern, skip, follow_symlinks=follow_symlinks):
                yield _walked(found, path)
        elif path.exists():
            yield Candidate(name, PurePath(path.name))
        else:
            yield Candidate(name, PurePath(path.name), "no such file or directory")


def _walked(found: Found, top: Path) -> Candidate:
    """The candidate for a file found under ``top``, or a failing one for an unreadable folder."""
    if isinstance(found, Skipped):
        return Candidate(str(found.path), found.path.relative_to(top), skip=found.reason)
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


def file_identity(path: str) -> int:
    """A number naming the file ``path`` leads to: the same for every path to it
    (through a symbolic link, or a second hard link). One ``stat``, where the real
    path took one per folder of the path."""
    try:
        status = os.stat(path)
    except OSError:
        return hash(os.path.realpath(path))
    return hash((status.st_dev, status.st_ino))


def plan(
    candidates: Iterable[Candidate], output_dir: Path, suffix: str = OUTPUT_SUFFIX
) -> Iterator[Job]:
    """A Job per candidate, in order, made as they are read (a batch never holds them all).

    An input given again is skipped; another input planned onto an output
    already taken fails. Only each output's name and a hash of its input's
    identity (``file_identity``) are remembered for that.
    """
    claimed: dict[str, int] = {}
    for position, candidate in enumerate(candidates):
        output = str(output_dir / output_name(candidate.relative, suffix))
        problem, skip = candidate.problem, candidate.skip
        if problem is None and skip is None:
            key = os.path.normcase(os.path.abspath(output))
            source = file_identity(candidate.source)
            if key not in claimed:
                claimed[key] = source
            elif claimed[key] == source:
                skip = "given more than once"
            else:
                problem = f"its output {output} is also planned for an earlier input"
        yield Job(position, candidate.source, output, problem, skip)
