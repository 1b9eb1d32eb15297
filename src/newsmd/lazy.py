"""Regular expressions compiled on first use.

Compiling a long pattern takes a good fraction of a millisecond. Patterns that
reading an ordinary article never needs (those for whole web pages, the one for
writing YAML) are compiled only when first asked for, so that importing newsmd
stays quick.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

from .regex_cache import cached_compile


def lazy_compile(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function that returns ``pattern`` compiled, compiling it on its first call."""
    return cache(partial(cached_compile, pattern, flags))
