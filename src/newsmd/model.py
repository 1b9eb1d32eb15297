"""The data newsmd passes between its stages: lines, blocks, verdicts and the Article."""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class Role(str, Enum):
    """What a block of the input became."""

    HEADLINE = "headline"
    DEK = "dek"
    BYLINE = "byline"
    DATE = "date"
    BODY = "body"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    #: A line of marks between parts of the article (``* * *``): a thematic break.
    BREAK = "break"
    BIO = "bio"
    CREDIT = "credit"
    DROPPED = "dropped"


#: Roles whose blocks become part of the Markdown body.
BODY_ROLES = frozenset({Role.BODY, Role.HEADING, Role.LIST_ITEM, Role.QUOTE})


class Line(NamedTuple):
    """One input line after normalization; ``number`` is 1-based in the original text."""

    number: int
    text: str

    @property
    def indent(self) -> int:
        """Width of the leading white space."""
        return len(self.text) - len(self.text.lstrip())


class Block(NamedTuple):
    """A run of input lines that reads as one unit: a paragraph, a headline, a byline.

    ``words`` is the number of words in ``text``, counted once: the rules ask often.
    """

    lines: tuple[Line, ...]
    text: str
    words: int

    @property
    def first_line(self) -> int:
        return self.lines[0].number

    @property
    def last_line(self) -> int:
        return self.lines[-1].number


class Verdict(NamedTuple):
    """A rule's decision on a block: the role, the rule's name, why, and any values it read."""

    role: Role
    rule: str
    reason: str
    values: tuple[tuple[str, str], ...] = ()


class Classified(NamedTuple):
    """A block together with the verdict that classified it."""

    block: Block
    verdict: Verdict


class ParseWarning(NamedTuple):
    """A sign of damage in the input, at a line: reported, never silently repaired."""

    line: int
    kind: str
    message: str


class BodyBlock(NamedTuple):
    """One block of the Markdown body: ``kind`` is paragraph, heading, list, quote or
    rule (a thematic break between parts of the article).

    ``items`` holds the text of each list item (or the one text of other kinds; none
    for a rule).
    ``ordered`` marks a numbered list.
    """

    kind: str
    items: tuple[str, ...]
    ordered: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.items)


class Article(NamedTuple):
    """A parsed article: metadata, body blocks, and the trace of every decision.

    Immutable; ``article._replace(title=...)`` gives a copy with other values.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    updated: str | None = None
    dateline: str | None = None
    source: str | None = None
    author_bio: str | None = None
    credits: tuple[str, ...] = ()
    section: str | None = None
    lang: str | None = None
    url: str | None = None
    body: tuple[BodyBlock, ...] = ()
    classified: tuple[Classified, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()

    @property
    def dropped(self) -> tuple[Classified, ...]:
        """The blocks left out of the output, each with the rule and reason."""
        return tuple(c for c in self.classified if c.verdict.role is Role.DROPPED)
