"""What a classification rule may know about a block's surroundings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

from .dates import DateOptions
from .model import BODY_ROLES, Block, Role, Verdict
from .page import ArticleSpan

#: A byline or header line has at most this many words.
MAX_BYLINE_WORDS = 24


class Context(NamedTuple):
    """What a rule may know about a block's surroundings.

    ``position`` is the block's index in ``blocks``; ``previous`` is the verdict
    on the block before; ``roles_seen``, ``authors``, ``mail_subject`` (the
    subject of an e-mail header above) and ``body_words`` (the words of the body so
    far) sum up all earlier verdicts, so a rule never rescans them. ``span`` (the
    article on a whole page) and ``mail`` (the blocks of the e-mail around the
    article, see ``mail.mail_parts``) are found once for the whole text.
    """

    position: int
    blocks: tuple[Block, ...]
    dates: DateOptions
    span: ArticleSpan | None = None
    previous: Verdict | None = None
    roles_seen: frozenset[Role] = frozenset()
    authors: tuple[str, ...] = ()
    mail_subject: str | None = None
    mail: Mapping[int, str] = MappingProxyType({})
    body_words: int = 0

    @property
    def next_block(self) -> Block | None:
        following = self.position + 1
        return self.blocks[following] if following < len(self.blocks) else None

    @property
    def end(self) -> int:
        """Where the article's blocks end: on a whole page, the article's end, not
        the page's."""
        return self.span.end if self.span is not None else len(self.blocks)

    @property
    def rest(self) -> tuple[Block, ...]:
        """The article's blocks after this one."""
        return self.blocks[self.position + 1 : self.end]

    @property
    def words_after(self) -> int:
        """The words of the article's blocks after this one."""
        return sum(block.words for block in self.rest)

    @property
    def remaining(self) -> int:
        """How many blocks of the article come after this one."""
        return self.end - self.position - 1

    def seen(self, role: Role) -> bool:
        return role in self.roles_seen

    @property
    def body_started(self) -> bool:
        return not self.roles_seen.isdisjoint(BODY_ROLES)

    def after(self, verdict: Verdict) -> Context:
        """The context of the next block, once ``verdict`` is given to this one."""
        roles = (
            self.roles_seen if verdict.role in self.roles_seen else self.roles_seen | {verdict.role}
        )
        names = tuple(value for key, value in verdict.values if key == "author")
        subject = next((value for key, value in verdict.values if key == "mail_subject"), None)
        return Context(
            self.position + 1,
            self.blocks,
            self.dates,
            self.span,
            previous=verdict,
            roles_seen=roles,
            authors=self.authors + names,
            mail_subject=self.mail_subject or subject,
            mail=self.mail,
            body_words=self.body_words
            + (self.blocks[self.position].words if verdict.role in BODY_ROLES else 0),
        )


Rule = Callable[[Block, Context], "Verdict | None"]
