"""Compiled regular expressions kept between runs of the ``newsmd`` command.

Python compiles a regular expression in pure Python: newsmd's rules (and those
of the libraries it loads) take some 25 ms to compile, a third of what a
one-file ``newsmd convert`` costs. As Python keeps compiled bytecode in
``__pycache__``, the command keeps the compiled form of each pattern (the
instruction list ``re`` hands to its C engine) in a cache file, and on the next
run builds each pattern straight from it.

The cache is only an accelerator, never a source of truth:

- an entry is recorded only when the pattern built from it is equal to the one
  ``re.compile`` gives (same pattern, flags and code), so a Python whose ``re``
  works differently inside simply records nothing;
- the file is named after the Python version and the engine's ``MAGIC`` number,
  and an unreadable, foreign or damaged file is ignored (the C engine also
  validates the code it is given);
- the file is written whole (a temporary file renamed over it), and a cache
  directory that cannot be written is passed over in silence.

newsmd's modules are imported within :func:`cached_patterns` (and so is
PyYAML, when front matter is first written); a pattern compiled on first use
goes through :func:`cached_compile`. ``NEWSMD_CACHE_DIR`` moves the cache;
setting it to an empty string turns it off.
"""

from __future__ import annotations

import importlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any


def _engine() -> tuple[Any, Any, Any]:
    """CPython's regular-expression engine and the compiler's two steps (they
    moved into ``re`` in Python 3.11); Nones where this Python has none."""
    for parser, compiler in (("re._parser", "re._compiler"), ("sre_parse", "sre_compile")):
        try:
            modules = [importlib.import_module(name) for name in ("_sre", parser, compiler)]
        except ImportError:
            continue
        return modules[0], modules[1], modules[2]
    return None, None, None


_sre, _sre_parse, _sre_compile = _engine()

CACHE_ENV = "NEWSMD_CACHE_DIR"
#: Past this many entries, a save keeps only the patterns this process used: the
#: patterns of earlier versions of newsmd (or of PyYAML) are dropped.
MAX_ENTRIES = 2000

#: What ``_sre.compile`` needs besides the pattern: the final flags, the code,
#: the number of groups, and the name-to-index and index-to-name maps.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """Where the cache lives: ``$NEWSMD_CACHE_DIR``, else the user's cache
    folder (``$XDG_CACHE_HOME/newsmd``, ``~/.cache/newsmd``); None when
    ``NEWSMD_CACHE_DIR`` is set but empty, or there is no home to put it in."""
    if CACHE_ENV in environ:
        return Path(environ[CACHE_ENV]) if environ[CACHE_ENV] else None
    base = environ.get("XDG_CACHE_HOME") or environ.get("LOCALAPPDATA")
    try:
        return (Path(base) if base else Path.home() / ".cache") / "newsmd"
    except RuntimeError:  # no home directory
        return None


def cache_file(directory: Path) -> Path:
    """The cache file for this Python and this regular-expression engine."""
    tag = sys.implementation.cache_tag or sys.implementation.name
    return directory / f"regex-{tag}-{getattr(_sre, 'MAGIC', 0)}.marshal"


def load(path: Path) -> dict[Key, Entry]:
    """The entries stored at ``path``; empty when it is missing, unreadable,
    damaged or written by another Python."""
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == sys.version):
        return {}
    entries = stored[1]
    return entries if isinstance(entries, dict) else {}


def save(path: Path, entries: dict[Key, Entry]) -> None:
    """Write ``entries`` to ``path`` whole, or not at all."""
    with suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_bytes(marshal.dumps((sys.version, entries)))
            os.replace(temporary, path)
        finally:
            with suppress(OSError):
                temporary.unlink()


def entry_for(pattern: str, flags: int) -> Entry:
    """What ``re.compile(pattern, flags)`` hands to the C engine."""
    parsed = _sre_parse.parse(pattern, flags)
    code = [int(op) for op in _sre_compile._code(parsed, flags)]  # opcodes are int subclasses
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    groups = {str(name): int(index) for name, index in state.groupdict.items()}
    return (int(flags | state.flags), code, int(state.groups - 1), groups, tuple(indexgroup))


def build(pattern: str, entry: Entry) -> re.Pattern[str]:
    """The compiled pattern from its cache entry."""
    pattern_object: re.Pattern[str] = _sre.compile(pattern, *entry)
    return pattern_object


class PatternCache:
    """A ``re.compile`` that builds patterns from stored entries and records new ones."""

    def __init__(self, path: Path, entries: dict[Key, Entry]) -> None:
        self.path = path
        self.entries = entries
        self.added = False
        self.used: set[Key] = set()

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """``re.compile``: from the cache for a text pattern, else as ``re`` does."""
        if type(pattern) is not str or flags & re.DEBUG:
            return _re_compile(pattern, flags)
        key = (pattern, int(flags))
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                return build(pattern, entry)
            except (RuntimeError, TypeError, ValueError):
                del self.entries[key]
        compiled = _re_compile(pattern, flags)
        self._record(key, compiled)
        return compiled

    def _record(self, key: Key, compiled: re.Pattern[str]) -> None:
        """Keep the entry for ``key`` if it builds a pattern equal to ``compiled``."""
        try:
            entry = entry_for(*key)
            if build(key[0], entry) != compiled:
                return
        except Exception:  # another Python's internals: record nothing
            return
        self.entries[key] = entry
        self.added = True

    def save_if_added(self) -> None:
        """Write the cache file if patterns were added since it was read."""
        if self.added:
            if len(self.entries) > MAX_ENTRIES:  # patterns of older versions pile up
                self.entries = {
                    key: entry for key, entry in self.entries.items() if key in self.used
                }
            save(self.path, self.entries)
            self.added = False


_re_compile = re.compile
_lock = threading.RLock()
_depth = 0


@cache
def process_cache() -> PatternCache | None:
    """The cache of this process, read on first use; None when turned off (or
    this Python's ``re`` is not built the way the cache needs)."""
    directory = cache_dir()
    if directory is None or _sre_compile is None:
        return None
    path = cache_file(directory)
    return PatternCache(path, load(path))


def cached_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when it holds the pattern."""
    with _lock:
        patterns = process_cache()
        if patterns is None:
            return _re_compile(pattern, flags)
        compiled: re.Pattern[str] = patterns.compile(pattern, flags)
        if _depth == 0:
            patterns.save_if_added()
        return compiled


@contextmanager
def cached_patterns() -> Iterator[None]:
    """Within the block (meant for imports), ``re.compile`` takes its patterns
    from the cache; patterns it adds are saved when the outermost block ends.
    Blocks are taken one thread at a time."""
    global _depth  # noqa: PLW0603 - nesting depth of the process-wide block
    with _lock:
        patterns = process_cache()
        if patterns is None:
            yield
            return
        _depth += 1
        re.compile = patterns.compile
        try:
            yield
        finally:
            _depth -= 1
            if _depth == 0:
                re.compile = _re_compile
                patterns.save_if_added()
