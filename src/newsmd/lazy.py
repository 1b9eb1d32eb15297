"""What keeps importing newsmd quick.

Compiling a long pattern takes a good fraction of a millisecond. Patterns that
reading an ordinary article never needs (those for whole web pages, the one for
writing YAML) are compiled only when first asked for. And importing creates tens
of thousands of objects and no garbage, so the cyclic garbage collector is paused
while newsmd's modules load (its passes took a tenth of the time).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache, partial

from .regex_cache import cached_compile


def lazy_compile(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function that returns ``pattern`` compiled, compiling it on its first call."""
    return cache(partial(cached_compile, pattern, flags))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Within the block, no automatic garbage collection; as it was after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
