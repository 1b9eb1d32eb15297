"""An audit for catastrophic backtracking in every regular expression newsmd compiles.

Every module of newsmd is imported and its patterns collected: module-level
``re.Pattern`` objects (also inside module-level tuples, lists and dicts), the
lazily compiled ones (``lazy.lazy_compile``: a cached partial of
``regex_cache.cached_compile``), cached functions that build a pattern, and literal patterns
passed to ``re.search``, ``re.sub`` and the like inside functions (found in the
source). Each is run over adversarial strings of thousands of characters built
from common text shapes and from the pattern's own literal characters and
words, under a generous time guard (SIGALRM). This is a safety net against
patterns that take exponential or high-polynomial time, not a speed test.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import signal
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, NamedTuple

import pytest

import newsmd
from newsmd.regex_cache import cached_compile

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="the time guard uses SIGALRM (Linux only)"
)

#: Seconds one search may take before the pattern counts as catastrophic: generous.
GUARD_SECONDS = 5
#: About how long each adversarial string is.
LENGTH = 6_000
#: How many of a pattern's own words and characters make shapes of their own.
MAX_WORDS = 8
MAX_CHARACTERS = 16

_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall"}
_RE_FUNCTIONS |= {"finditer"}


class Found(NamedTuple):
    """A pattern and where it was found: ``module.NAME``, ``module.NAME[0]``, ``module:LINE``."""

    where: str
    kind: str
    pattern: re.Pattern[str]


# --- collecting the patterns ------------------------------------------------------------


def newsmd_modules() -> list[ModuleType]:
    names = [info.name for info in pkgutil.walk_packages(newsmd.__path__, "newsmd.")]
    return [newsmd, *(importlib.import_module(name) for name in sorted(names))]


def _in_containers(value: Any, where: str, depth: int = 0) -> Iterator[Found]:
    """Patterns inside tuples, lists, sets and dict values, a few levels deep."""
    if depth > 3:
        return
    if isinstance(value, re.Pattern):
        if depth:
            yield Found(where, "container", value)
        return
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, tuple | list):
        items = enumerate(value)
    elif isinstance(value, set | frozenset):
        items = enumerate(sorted(value, key=repr))
    else:
        return
    for key, item in items:
        yield from _in_containers(item, f"{where}[{key!r}]", depth + 1)


def _built_by(value: Any) -> re.Pattern[str] | None:
    """The pattern a lazy or cached pattern-building function returns, else None."""
    wrapped = getattr(value, "__wrapped__", None)
    if not callable(value) or wrapped is None or not hasattr(value, "cache_info"):
        return None
    if isinstance(wrapped, partial) and wrapped.func in (re.compile, cached_compile):
        pattern = value()
    elif "Pattern" in str(getattr(wrapped, "__annotations__", {}).get("return", "")):
        if any(
            parameter.default is inspect.Parameter.empty
            for parameter in inspect.signature(wrapped).parameters.values()
        ):
            return None
        pattern = value()
    else:
        return None
    return pattern if isinstance(pattern, re.Pattern) else None


def _literal_calls(module: ModuleType) -> Iterator[tuple[int, str, int]]:
    """(line, pattern, flags) of ``re.FUNCTION("literal", ...)`` calls in a module's source."""
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _RE_FUNCTIONS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            continue
        flags = 0
        for keyword in node.keywords:
            if keyword.arg == "flags":
                flags = _flags(keyword.value)
        if node.func.attr == "compile" and len(node.args) > 1:
            flags = _flags(node.args[1])
        yield node.lineno, node.args[0].value, flags


def _flags(node: ast.expr) -> int:
    """A flags expression such as ``re.IGNORECASE | re.MULTILINE``; 0 if it is not constant."""
    try:
        value = eval(compile(ast.Expression(node), "<flags>", "eval"), {"re": re})
    except Exception:
        return 0
    return int(value)


def collect() -> list[Found]:
    found: list[Found] = []
    for module in newsmd_modules():
        for name, value in sorted(vars(module).items()):
            where = f"{module.__name__}.{name}"
            if isinstance(value, re.Pattern):
                found.append(Found(where, "module", value))
            elif (built := _built_by(value)) is not None:
                found.append(Found(f"{where}()", "lazy", built))
            else:
                found.extend(_in_containers(value, where))
        for line, text, flags in _literal_calls(module):
            found.append(Found(f"{module.__name__}:{line}", "inline", re.compile(text, flags)))
    unique: dict[tuple[str, int], Found] = {}
    for item in found:
        if isinstance(item.pattern.pattern, str):
            unique.setdefault((item.pattern.pattern, item.pattern.flags), item)
    return list(unique.values())


PATTERNS = collect()


# --- adversarial strings ----------------------------------------------------------------


def repeated(unit: str, length: int = LENGTH) -> str:
    """``unit`` repeated to at least ``length`` characters (whole units only)."""
    return unit * (length // len(unit) + 1)


COMMON_SHAPES: dict[str, str] = {
    "'a'*n+'!'": repeated("a") + "!",
    "' '*n+'x'": repeated(" ") + "x",
    "'A. '*n": repeated("A. "),
    "'A.'*n": repeated("A."),
    "'-'*n": repeated("-"),
    "'.'*n": repeated("."),
    "'By '+'Jane '*n": "By " + repeated("Jane "),
    "'By '+'JANE DOE, '*n+'!'": "By " + repeated("JANE DOE, ") + "!",
    "'Jane Doe and '*n": repeated("Jane Doe and "),
    "digits*n": repeated("0123456789"),
    "'1'*n+'x'": repeated("1") + "x",
    "'1.'*n": repeated("1."),
    "'12/'*n": repeated("12/"),
    "'12:30 '*n": repeated("12:30 "),
    "'é'*n": repeated("\u00e9"),
    "'Ã©'*n": repeated("\u00c3\u00a9"),
    "'<a'*n": repeated("<a"),
    "'['*n": repeated("["),
    "'*'*n": repeated("*"),
    "'_'*n": repeated("_"),
    '"\'"*n': repeated("'"),
    "'\"'*n": repeated('"'),
    "tabs*n": repeated("\t"),
    "'\\n'*n": repeated("\n"),
    "'a\\n'*n": repeated("a\n"),
    "'Aa '*n+'!'": repeated("Aa ") + "!",
    "'AA '*n": repeated("AA "),
    "'a '*n+'!'": repeated("a ") + "!",
    "'a-'*n": repeated("a-"),
    "'a- '*n": repeated("a- "),
    "'a,'*n": repeated("a,"),
    "'a:'*n": repeated("a:"),
    "'(a'*n": repeated("(a"),
    "'&a'*n": repeated("&a"),
    "'#'*n": repeated("#"),
    "'>'*n": repeated(">"),
    "nbsp*n": repeated("\u00a0"),
    "'http://'+'a/'*n": "http://" + repeated("a/"),
    "'photo: '*n": repeated("photo: "),
}


def own_shapes(pattern: re.Pattern[str]) -> dict[str, str]:
    """Strings built from the pattern's own words and characters, repeated."""
    source = pattern.pattern
    words = list(dict.fromkeys(re.findall(r"(?<!\\)[^\W\d_]{2,}", source)))[:MAX_WORDS]
    characters = list(dict.fromkeys(c for c in source if not c.isalnum() and c not in " \\"))
    shapes: dict[str, str] = {}
    for word in words:
        shapes[f"{word!r}*n"] = repeated(word) + "!"
        shapes[f"({word!r}+' ')*n"] = repeated(f"{word} ") + "!"
        shapes[f"({word.upper()!r}+' ')*n"] = repeated(f"{word.upper()} ")
    for character in characters[:MAX_CHARACTERS]:
        shapes[f"{character!r}*n"] = repeated(character) + "!"
        shapes[f"({character!r}+' ')*n"] = repeated(f"{character} ")
        shapes[f"({character!r}+'a')*n"] = repeated(f"{character}a") + "\x00"
    return shapes


# --- the time guard ---------------------------------------------------------------------


class GuardTimeoutError(Exception):
    """A search ran past the guard."""


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise GuardTimeoutError


def guarded(call: Callable[[], object], seconds: int = GUARD_SECONDS) -> bool:
    """Run ``call``; False if it took longer than ``seconds``."""
    previous = signal.signal(signal.SIGALRM, _interrupt)
    signal.alarm(seconds)
    try:
        call()
    except GuardTimeoutError:
        return False
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return True


# --- the tests --------------------------------------------------------------------------


def test_the_audit_finds_every_kind_of_pattern() -> None:
    kinds = {item.kind for item in PATTERNS}
    assert {"module", "container", "lazy", "inline"} <= kinds, kinds
    assert len(PATTERNS) >= 50, [item.where for item in PATTERNS]
    # every lazy_compile pattern is found (there are some forty): none escapes the audit
    assert sum(item.kind == "lazy" for item in PATTERNS) >= 30


def test_the_guard_catches_catastrophic_backtracking() -> None:
    evil = re.compile(r"^(a+)+$")
    assert not guarded(lambda: evil.search("a" * 40 + "!"), seconds=1)
    assert guarded(lambda: evil.search("a" * 40), seconds=1)


@pytest.mark.parametrize("found", PATTERNS, ids=[item.where for item in PATTERNS])
def test_no_catastrophic_backtracking(found: Found) -> None:
    pattern = found.pattern
    shapes = {**COMMON_SHAPES, **own_shapes(pattern)}
    for shape, text in shapes.items():
        for method in (pattern.search, pattern.fullmatch):
            if not guarded(partial(method, text)):
                pytest.fail(
                    f"{found.where}: {method.__name__} took over {GUARD_SECONDS} s "
                    f"on {shape} ({len(text)} characters); pattern: {pattern.pattern[:300]!r}"
                )
