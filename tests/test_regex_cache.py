"""The cache of compiled patterns kept between runs: it gives patterns equal to
``re.compile``'s, records only what it can rebuild, ignores any file it cannot
trust, never fails a run, and a warm cache makes the command write nothing."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsmd import regex_cache
from newsmd.regex_cache import (
    PatternCache,
    build,
    cache_dir,
    cache_file,
    cached_compile,
    cached_patterns,
    entry_for,
    load,
    save,
)

PATTERNS = [
    (r"^\s*(?P<name>[A-Z][a-z]+)\s+(?P=name)$", 0),
    (r"(?i)über\s+uns|about(?:\s+us)?", 0),
    (r"\b(?:von|by|par)\s+(?=[^\W\d_])", re.IGNORECASE),
    (r"(?<=\d)\.(?!\d)", 0),
    (r"[\u3040-\u30ff\u4e00-\u9fff]+", 0),
    (r"^(?:[^\W\d_]\.)+$", re.MULTILINE | re.DOTALL),
    (r"a{2,5}?b*+(?>c|d)", 0) if sys.version_info >= (3, 11) else (r"a{2,5}?b*c", 0),
]


def fresh_cache(tmp_path: Path) -> PatternCache:
    return PatternCache(cache_file(tmp_path), {})


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_an_entry_rebuilds_the_pattern_re_compiles(pattern: str, flags: int) -> None:
    rebuilt = build(pattern, entry_for(pattern, flags))
    expected = re.compile(pattern, flags)
    assert rebuilt == expected
    assert rebuilt.groupindex == expected.groupindex
    assert rebuilt.flags == expected.flags


def test_a_new_pattern_is_compiled_and_recorded(tmp_path: Path) -> None:
    patterns = fresh_cache(tmp_path)
    compiled = patterns.compile(r"(?P<year>\d{4})-(\d\d)", re.ASCII)
    assert compiled == re.compile(r"(?P<year>\d{4})-(\d\d)", re.ASCII)
    assert patterns.added
    assert (r"(?P<year>\d{4})-(\d\d)", int(re.ASCII)) in patterns.entries


def test_a_stored_pattern_is_built_without_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = {("ab+c", 0): entry_for("ab+c", 0)}
    patterns = PatternCache(cache_file(tmp_path), entries)

    def refuse(pattern: str, flags: int = 0) -> re.Pattern[str]:
        raise AssertionError("compiled although cached")

    monkeypatch.setattr(regex_cache, "_re_compile", refuse)
    assert patterns.compile("ab+c").fullmatch("abbbc")
    assert not patterns.added


def test_bytes_and_debug_patterns_pass_through_unrecorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    patterns = fresh_cache(tmp_path)
    assert patterns.compile(rb"\d+").fullmatch(b"42")
    assert patterns.compile("debugged", re.DEBUG).fullmatch("debugged")
    assert "LITERAL" in capsys.readouterr().out
    assert not patterns.entries


def test_a_damaged_entry_is_dropped_and_the_pattern_compiled(tmp_path: Path) -> None:
    key = ("a+", 0)
    patterns = PatternCache(cache_file(tmp_path), {key: (32, [999_999, 1], 0, {}, ())})
    assert patterns.compile("a+") == re.compile("a+")
    assert patterns.entries[key] == entry_for("a+", 0)  # recorded afresh


def test_an_entry_that_rebuilds_another_pattern_is_not_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # as on a Python whose compiler works differently inside
    monkeypatch.setattr(regex_cache, "entry_for", lambda pattern, flags: entry_for("x", flags))
    patterns = fresh_cache(tmp_path)
    assert patterns.compile("y") == re.compile("y")
    assert not patterns.entries
    assert not patterns.added


def test_past_the_limit_a_save_keeps_only_the_patterns_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    stale = {(f"old{number}", 0): entry_for(f"old{number}", 0) for number in range(3)}
    patterns = PatternCache(cache_file(tmp_path), stale)
    patterns.compile("old1")
    patterns.compile("new")
    patterns.save_if_added()
    assert set(load(cache_file(tmp_path))) == {("old1", 0), ("new", 0)}


def test_below_the_limit_a_save_keeps_every_entry(tmp_path: Path) -> None:
    stale = {("old", 0): entry_for("old", 0)}
    patterns = PatternCache(cache_file(tmp_path), stale)
    patterns.compile("new")
    patterns.save_if_added()
    assert set(load(cache_file(tmp_path))) == {("old", 0), ("new", 0)}


def test_saved_entries_load_back(tmp_path: Path) -> None:
    path = cache_file(tmp_path / "deeper")
    entries = {(pattern, int(flags)): entry_for(pattern, int(flags)) for pattern, flags in PATTERNS}
    save(path, entries)
    assert load(path) == entries
    assert [entry.name for entry in path.parent.iterdir()] == [path.name]  # no temporary left


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal data at all",
        marshal.dumps(("2.7.18 (default)", {})),
        marshal.dumps([1, 2, 3]),
        marshal.dumps((sys.version, ["not", "a", "dict"])),
    ],
    ids=["empty", "garbage", "other-python", "not-a-pair", "not-a-table"],
)
def test_a_file_that_cannot_be_trusted_loads_as_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cache.marshal"
    path.write_bytes(content)
    assert load(path) == {}


def test_a_missing_file_loads_as_empty(tmp_path: Path) -> None:
    assert load(tmp_path / "missing.marshal") == {}


def test_a_cache_that_cannot_be_written_is_passed_over(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    save(cache_file(blocker), {("a", 0): entry_for("a", 0)})  # no exception
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_the_file_is_named_after_the_python_and_the_engine(tmp_path: Path) -> None:
    name = cache_file(tmp_path).name
    assert sys.implementation.cache_tag in name
    assert name.endswith(".marshal")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"NEWSMD_CACHE_DIR": "/somewhere"}, Path("/somewhere")),
        ({"NEWSMD_CACHE_DIR": "", "XDG_CACHE_HOME": "/xdg"}, None),
        ({"XDG_CACHE_HOME": "/xdg"}, Path("/xdg/newsmd")),
    ],
    ids=["moved", "turned-off", "xdg"],
)
def test_where_the_cache_lives(environ: dict[str, str], expected: Path | None) -> None:
    assert cache_dir(environ) == expected


def test_by_default_the_cache_is_in_the_users_cache_folder() -> None:
    assert cache_dir({}) == Path.home() / ".cache" / "newsmd"


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PatternCache:
    """An empty cache in ``tmp_path``, taken as the process's cache."""
    patterns = fresh_cache(tmp_path)
    monkeypatch.setattr(regex_cache, "process_cache", lambda: patterns)
    return patterns


def test_within_the_block_re_compile_uses_the_cache_and_saves_on_leaving(
    installed: PatternCache, tmp_path: Path
) -> None:
    patterns = installed
    original = re.compile
    with cached_patterns():
        assert re.compile == patterns.compile
        with cached_patterns():  # nested: saved once, by the outer block
            re.compile(r"inner\d")
        assert not cache_file(tmp_path).exists()
        re.compile(r"outer\d")
    assert re.compile is original
    assert set(load(cache_file(tmp_path))) == {(r"inner\d", 0), (r"outer\d", 0)}


@pytest.mark.usefixtures("installed")
def test_a_block_restores_re_compile_when_it_raises() -> None:
    original = re.compile
    with pytest.raises(KeyError), cached_patterns():
        raise KeyError("import failed")
    assert re.compile is original


def test_with_the_cache_turned_off_nothing_is_patched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "process_cache", lambda: None)
    original = re.compile
    with cached_patterns():
        assert re.compile is original
    assert cached_compile("a|b").fullmatch("b")


@pytest.mark.usefixtures("installed")
def test_a_pattern_compiled_on_first_use_is_saved_at_once(tmp_path: Path) -> None:
    assert cached_compile(r"late\s+pattern", re.IGNORECASE).match("LATE  pattern")
    assert (r"late\s+pattern", int(re.IGNORECASE)) in load(cache_file(tmp_path))


def run_newsmd(cache: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m newsmd ARGS`` with its cache in ``cache`` (``""``: none)."""
    environ = {**os.environ, "NEWSMD_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "newsmd", *args]
    return subprocess.run(command, capture_output=True, text=True, env=environ, check=True)


def test_the_command_fills_the_cache_once_and_reads_the_same_from_it(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Harbour reopens after storm\n\nBy Ana Ruiz\n\n"
        "The harbour reopened on Monday after a week of repairs to its sea wall.\n",
        encoding="utf-8",
    )
    cache = tmp_path / "cache"
    cold = run_newsmd(cache, "convert", str(article))
    [cache_path] = cache.iterdir()
    filled = cache_path.stat().st_mtime_ns
    assert len(load(cache_path)) > 50  # the rules' patterns, PyYAML's too
    warm = run_newsmd(cache, "convert", str(article))
    assert warm.stdout == cold.stdout
    assert "# Harbour reopens after storm" in warm.stdout
    assert cache_path.stat().st_mtime_ns == filled  # nothing new: not written again


def test_the_command_runs_with_the_cache_turned_off(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Title here\n\nA body paragraph of the article.\n", encoding="utf-8")
    assert "# Title here" in run_newsmd("", "convert", str(article)).stdout
