"""Checking that the Markdown reads back as intended, with markdown-it-py.

Both the rendered Markdown and the document model are reduced to an outline:
one entry per text-bearing block, giving its place in the block structure
(``ul/li/p``, ``h1``, ``hr``), its plain text, and any inline markup found in
it. Escaping is right when the two outlines are equal: the text is exactly the
source text and no markup appears that the model did not ask for.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .render import Part

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

Outline = list[tuple[str, str, tuple[str, ...]]]

_CONTAINERS = {
    "bullet_list_open": "ul",
    "ordered_list_open": "ol",
    "list_item_open": "li",
    "blockquote_open": "blockquote",
    "paragraph_open": "p",
}
_PLAIN = frozenset({"text", "text_special", "softbreak"})


class VerificationError(ValueError):
    """The rendered Markdown does not read back as the article's text."""


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # noqa: PLC0415 - imported only when verifying

    return MarkdownIt("commonmark")


def outline_of_markdown(text: str) -> Outline:
    """The outline markdown-it-py reads from ``text``."""
    outline: Outline = []
    path: list[str] = []
    for token in _parser().parse(text):
        if token.nesting == 1:
            path.append(
                token.tag
                if token.type == "heading_open"
                else _CONTAINERS.get(token.type, token.type)
            )
        elif token.nesting == -1:
            path.pop()
        elif token.type == "inline":
            outline.append(("/".join(path), _plain_text(token), _markup(token)))
        else:
            outline.append(("/".join([*path, token.type]), token.content, ()))
    return outline


def _plain_text(token: Token) -> str:
    return "".join(
        " " if child.type == "softbreak" else child.content for child in token.children or ()
    )


def _markup(token: Token) -> tuple[str, ...]:
    return tuple(child.type for child in token.children or () if child.type not in _PLAIN)


def outline_of_parts(parts: Sequence[Part]) -> Outline:
    """The outline that ``parts`` should read back as."""
    outline: Outline = []
    for part in parts:
        if part.kind == "heading":
            outline.append((f"h{part.level}", part.items[0], ()))
        elif part.kind == "rule":
            outline.append(("hr", "", ()))
        elif part.kind == "list":
            kind = "ol" if part.ordered else "ul"
            outline.extend((f"{kind}/li/p", item, ()) for item in part.items)
        elif part.kind == "quote":
            outline.append(("blockquote/p", part.items[0], ()))
        else:
            outline.append(("p", part.items[0], ("em_open", "em_close") if part.emphasis else ()))
    return outline


def verify(markdown_text: str, parts: Sequence[Part]) -> None:
    """Raise VerificationError when ``markdown_text`` does not read back as ``parts``."""
    got, want = outline_of_markdown(markdown_text), outline_of_parts(parts)
    if got == want:
        return
    for index, (got_entry, want_entry) in enumerate(zip(got, want, strict=False)):
        if got_entry != want_entry:
            raise VerificationError(
                f"block {index + 1} reads back as {got_entry!r}, not {want_entry!r}"
            )
    raise VerificationError(f"{len(got)} blocks read back where {len(want)} were written")
