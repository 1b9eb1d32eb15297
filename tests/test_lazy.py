"""What keeps importing newsmd quick: patterns compiled on first use, once; the
collector paused while modules load, and left as the caller had it."""

from __future__ import annotations

import gc
import re

import pytest

from newsmd import lazy
from newsmd.lazy import collector_paused, lazy_compile


def test_a_lazy_pattern_compiles_on_its_first_call_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return re.compile(pattern, flags)

    monkeypatch.setattr(lazy, "cached_compile", counting)
    pattern = lazy_compile(r"\bfirst\b", re.IGNORECASE)
    assert calls == []
    assert pattern().search("The FIRST one")
    assert pattern() is pattern()
    assert calls == [r"\bfirst\b"]


def test_the_collector_is_paused_within_the_block_and_restored_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_caller_had_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_restored_when_the_block_raises() -> None:
    with pytest.raises(ImportError), collector_paused():
        raise ImportError("a module failed to load")
    assert gc.isenabled()
