r"""newsmd: raw plain-text news articles in, clean Markdown with front matter out.

>>> from newsmd import convert
>>> print(convert("Ferry service ends\n\nThe last ferry left at noon."), end="")
---
title: Ferry service ends
word_count: 6
reading_time: 1
---
<BLANKLINE>
# Ferry service ends
<BLANKLINE>
The last ferry left at noon.
"""

from .lazy import collector_paused
from .regex_cache import cached_patterns

# the rules' patterns, compiled once and kept between runs; no collection while loading
with cached_patterns(), collector_paused():
    from .api import convert, parse, render
    from .classify import ParseOptions
    from .errors import InputError, NewsmdError
    from .model import Article, BodyBlock, Role
    from .render import RenderOptions

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BodyBlock",
    "InputError",
    "NewsmdError",
    "ParseOptions",
    "RenderOptions",
    "Role",
    "__version__",
    "convert",
    "parse",
    "render",
]
