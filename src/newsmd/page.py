"""Finding the article in text copied from a whole web page.

A page copied with select-all (or dumped by a text browser) holds the article
among menus, share buttons, teasers and footers. The article is the main run
of prose: blocks are scored by the evidence a reader uses — sentence-like
prose of some length counts for it, menu items, link lists and boilerplate
against it — and the contiguous run with the highest total wins (a maximum
subarray). The headline is then looked for around the start of that run
(``page_headline``); what each line is, and what it scores, is ``page_lines``'
job; ``page_rules`` turns the span into verdicts.

Text that does not look like a page (an article alone, a wire story) is left
to the ordinary rules untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .boilerplate import match_boilerplate
from .bylines import has_byline_prefix
from .lazy import lazy_compile
from .model import Block
from .page_headline import (
    HEADER_BELOW_TITLE,
    HEADER_REACH,
    HEADLINE_INTO_RUN,
    HeaderEvidence,
    find_headline,
    is_title_like,
)
from .page_lines import (
    ABOUT_BOX_MARKER,
    CALL_TO_ACTION,
    ENDS_SENTENCE,
    INLINE_BOX_BLOCKS,
    INLINE_MARKER,
    LONG_PARAGRAPH_WORDS,
    MENU_PENALTY,
    MIN_PROSE_WORDS,
    SHORT_PENALTY,
    block_score,
    first_long_pair,
    is_comments_heading,
    is_end_marker,
    is_furniture,
    is_furniture_line,
    is_long_paragraph,
    is_menu_line,
    names_the_site,
    site_names,
)

#: An end marker closes the article when at least this much prose came before it.
MIN_WORDS_BEFORE_END = 150
#: A page has at least this many menu-like lines.
MIN_MENU_LINES = 6
#: With lines of page furniture besides, a page has at least this many menu lines.
MIN_MENU_LINES_WITH_FURNITURE = 2
#: Another run of prose scoring this share of the article's makes its bounds uncertain.
RIVAL_SHARE = 0.75
#: How many short sentences right after the prose run still close the article.
MAX_CLOSING_LINES = 2
#: A closing line is a sentence of at least this many words.
MIN_CLOSING_LINE_WORDS = 5
_ENDS_CLOSING_LINE = lazy_compile(r"[.!?…:][\"'”’»)]*$|\)$")
#: The heading of an article's list of references.
_REFERENCES = lazy_compile(
    r"^(?:\d+\s+)?(?:literatur(?:verzeichnis|angaben)?|quellen(?:angaben)?|references|bibliography"
    r"|sources|fußnoten|anmerkungen|notes|bibliographie|bibliografía|bibliografia|referencias"
    r"|références|przypisy)\s*:?$",
    re.IGNORECASE,
)
#: A list of references is read for at most this many blocks.
MAX_REFERENCES = 40
#: An entry of a list of references has at least this many words.
MIN_REFERENCE_WORDS = 3
#: After the last long paragraph, a sentence of at least this many words still closes the article.
MIN_CLOSING_WORDS = 12
#: The tail is trimmed only in a run with at least this many long paragraphs.
MIN_LONG_PARAGRAPHS = 3


class ArticleSpan(NamedTuple):
    """Where the article is among the blocks: ``start`` (its headline, if found)
    to ``end`` (exclusive); ``body_start`` is the first block of its prose run.
    ``rival`` to ``rival_end`` is another run of prose nearly as strong: the
    article's bounds are then uncertain, the run is kept and a warning says so.
    ``end_reason`` says why the article ends where it does."""

    start: int
    body_start: int
    end: int
    headline: int | None
    rival: int | None = None
    rival_end: int | None = None
    end_reason: str = "where its run of prose ends"

    def in_rival(self, index: int) -> bool:
        """Whether the block at ``index`` belongs to the rival run of prose."""
        return (
            self.rival is not None
            and self.rival_end is not None
            and (self.rival <= index < self.rival_end)
        )


def looks_like_page(blocks: Sequence[Block]) -> bool:
    """Whether ``blocks`` come from a whole page: enough menu-like lines, or some
    (a page has navigation) and lines of page furniture (share buttons,
    interface labels, picture credits) besides. An article alone with its share
    buttons and ads is no page."""
    lines = [(block, line.text.strip()) for block in blocks for line in block.lines]
    menus = sum(1 for _, text in lines if is_menu_line(text))
    if menus >= MIN_MENU_LINES or menus < MIN_MENU_LINES_WITH_FURNITURE:
        return menus >= MIN_MENU_LINES  # the furniture patterns are compiled only when needed
    furniture = sum(
        1
        for block, text in lines
        if block.words < 2 * MIN_PROSE_WORDS
        and not is_menu_line(text)
        and is_furniture_line(text, menus=False)
    )
    return menus + furniture >= MIN_MENU_LINES


def _lists_in_prose(scores: list[int]) -> list[int]:
    """Menu-like runs with prose right above and right below are the article's own
    lists (ingredients, steps): they count as short lines, not as navigation."""
    adjusted = list(scores)
    index = 0
    while index < len(scores):
        if scores[index] != MENU_PENALTY:
            index += 1
            continue
        end = index
        while end < len(scores) and scores[end] == MENU_PENALTY:
            end += 1
        if index > 0 and scores[index - 1] > 0 and end < len(scores) and scores[end] > 0:
            adjusted[index:end] = [SHORT_PENALTY] * (end - index)
        index = end
    return adjusted


#: A ranking has at least this many items numbered one after another ...
MIN_RANKING_ITEMS = 5
#: ... and prose within this many blocks above it.
RANKING_PROSE_REACH = 5
#: What an item of a ranking counts for: the article's content, if little of it.
RANKING_ITEM_SCORE = 1
_ITEM_NUMBER = re.compile(r"\s*(?:[•·*-]\s*)?(\d{1,3})[.)]\s")


def _rankings(blocks: Sequence[Block], scores: list[int]) -> list[int]:
    """A list of items numbered one after another (``01. Robert Plant`` … ``100. Ray
    Gillen``) under the article's prose is its ranking, the listicle's content: its
    items count a little for the article, not against it as a menu's would."""
    adjusted = list(scores)
    index = 0
    while index < len(blocks):
        end = _numbered_run_end(blocks, scores, index)
        above = scores[max(0, index - RANKING_PROSE_REACH) : index]
        if end - index >= MIN_RANKING_ITEMS and any(score > 0 for score in above):
            adjusted[index:end] = [RANKING_ITEM_SCORE] * (end - index)
        index = max(end, index + 1)
    return adjusted


def _numbered_run_end(blocks: Sequence[Block], scores: Sequence[int], start: int) -> int:
    """The end of the run of short or menu-like blocks from ``start`` numbered one
    after another."""
    previous: int | None = None
    end = start
    while end < len(blocks) and scores[end] in (MENU_PENALTY, SHORT_PENALTY):
        found = _ITEM_NUMBER.match(blocks[end].lines[0].text)
        if found is None or (previous is not None and int(found.group(1)) != previous + 1):
            break
        previous = int(found.group(1))
        end += 1
    return end


def best_run(scores: Sequence[int]) -> tuple[int, int]:
    """The run ``[start, end)`` with the highest total score (Kadane)."""
    best, best_span = 0, (0, 0)
    total, start = 0, 0
    for index, score in enumerate(scores):
        if total <= 0:
            total, start = 0, index
        total += score
        if total > best:
            best, best_span = total, (start, index + 1)
    return best_span


def find_article(blocks: Sequence[Block], is_header: Callable[[Block], bool]) -> ArticleSpan | None:
    """Where the article is, or None when ``blocks`` do not look like a page.

    ``is_header`` says a block is a byline or date line: a title next to one
    is the likeliest headline.
    """
    if not looks_like_page(blocks):
        return None
    scores = _rankings(blocks, _lists_in_prose([block_score(block) for block in blocks]))
    start, end = best_run(scores)
    if start == end:
        return None
    end, why = _bounded_end(blocks, scores, start, end)
    last = min(len(blocks), start + HEADER_BELOW_TITLE + HEADLINE_INTO_RUN)
    reach = range(max(0, start - HEADER_REACH - 1), last)
    header_evidence = HeaderEvidence(blocks, reach, is_header)
    headline = find_headline(blocks, (start, end), header_evidence, scores)
    after_header = max(start, headline + 1) if headline is not None else start
    teaser = _cut_at_teaser(blocks, scores, (after_header, end), is_header)
    if teaser < end:
        end, why = teaser, "before a teaser of another story (a title with its own dated line)"
    first = min(headline, start) if headline is not None else start
    rival = _rival_run(scores, start, end)
    if rival is not None and _under_comments(blocks, end, rival[0]):
        rival = None  # the page's comments: no rival for the article
    rival_start, rival_end = rival if rival is not None else (None, None)
    return ArticleSpan(first, start, end, headline, rival_start, rival_end, why)


def _bounded_end(
    blocks: Sequence[Block], scores: Sequence[int], start: int, end: int
) -> tuple[int, str]:
    """Where the article ends, from its run of prose ``[start, end)``, and why."""
    why = "where its run of prose ends"
    marker = _cut_at_end_marker(blocks, scores, start, end)
    if marker < end:
        end, why = marker, f"at the heading {blocks[marker].text!r}"
    promotion = _cut_at_site_promotion(blocks, start, end)
    if promotion < end:
        end, why = promotion, f"at a section about the site itself, {blocks[promotion].text!r}"
    trimmed = _trim_tail(blocks, start, end)
    if trimmed < end:
        end, why = trimmed, "after its last long paragraph (teasers, calls to action after it)"
    closed = _extend_over_references(blocks, _extend_over_closing_lines(blocks, end))
    if closed > end:
        end, why = closed, "after its closing lines or its list of references"
    return end, why


def _under_comments(blocks: Sequence[Block], end: int, rival: int) -> bool:
    """Whether a run of prose starting at ``rival``, after the article's ``end``,
    stands under a comments heading: the page's comments, not a second article."""
    return rival >= end and any(is_comments_heading(blocks[i]) for i in range(end, rival + 1))


def _rival_run(scores: Sequence[int], start: int, end: int) -> tuple[int, int] | None:
    """The strongest run of prose outside ``[start, end)``, as ``(start, end)``,
    when it scores at least ``RIVAL_SHARE`` of the article's run, else None."""
    mass = sum(scores[start:end])
    best: tuple[int, int, int] | None = None
    for low, high in ((0, start), (end, len(scores))):
        run_start, run_end = best_run(scores[low:high])
        run_mass = sum(scores[low + run_start : low + run_end])
        if run_end > run_start and (best is None or run_mass > best[0]):
            best = (run_mass, low + run_start, low + run_end)
    if best is None or best[0] < RIVAL_SHARE * mass:
        return None
    return best[1], best[2]


def _trim_tail(blocks: Sequence[Block], start: int, end: int) -> int:
    """``end`` moved back past short blocks after the last long paragraph (teasers,
    calls to action, sign-offs hang there), when the run has long paragraphs."""
    long_ones = [
        index for index in range(start, end) if blocks[index].words >= LONG_PARAGRAPH_WORDS
    ]
    if len(long_ones) < MIN_LONG_PARAGRAPHS:
        return end
    last = long_ones[-1] + 1
    while last < end and _closes_article(blocks[last]):
        last += 1
    return last


def _extend_over_closing_lines(blocks: Sequence[Block], end: int) -> int:
    """``end`` moved past up to ``MAX_CLOSING_LINES`` short sentences right after
    the run (``Sobald es Neues gibt, berichten wir.``, a closing quotation): too
    short to count as prose, they still end the article, as page furniture never does."""
    for _ in range(MAX_CLOSING_LINES):
        if end >= len(blocks) or not _is_closing_line(blocks[end]):
            break
        end += 1
    return end


def _extend_over_references(blocks: Sequence[Block], end: int) -> int:
    """``end`` moved past the article's list of references when one follows it
    (``Literatur``, ``References``, ``Quellen``): its entries, up to the first line
    that is page furniture, a byline, a menu item or a label."""
    if end >= len(blocks) or not _REFERENCES().match(blocks[end].text):
        return end
    last = end + 1
    while last < min(len(blocks), end + 1 + MAX_REFERENCES) and _is_reference(blocks[last]):
        last += 1
    return last if last > end + 1 else end


def _is_reference(block: Block) -> bool:
    """An entry of a list of references (or the line a dump wrapped it onto)."""
    text = block.text
    if block.words < MIN_REFERENCE_WORDS or is_end_marker(block) or match_boilerplate(text):
        return False
    return not (has_byline_prefix(text) or all(is_menu_line(line.text) for line in block.lines))


def _is_closing_line(block: Block) -> bool:
    text = block.text
    if not MIN_CLOSING_LINE_WORDS <= block.words < LONG_PARAGRAPH_WORDS or len(block.lines) > 2:
        return False
    if not _ENDS_CLOSING_LINE().search(text) or is_end_marker(block):
        return False
    if match_boilerplate(text) or is_furniture(block) or is_menu_line(text):
        return False
    return not CALL_TO_ACTION().search(text)


def _closes_article(block: Block) -> bool:
    """A paragraph of some length that ends a sentence, written after the last long
    one, and no call to sign up or follow the site."""
    if block.words < MIN_CLOSING_WORDS or not ENDS_SENTENCE().search(block.text):
        return False
    return not CALL_TO_ACTION().search(block.text)


def _cut_at_end_marker(blocks: Sequence[Block], scores: Sequence[int], start: int, end: int) -> int:
    """``end``, or the first end marker in the run when enough prose came before it
    (at least as much as after it, or ``MIN_WORDS_BEFORE_END`` words). A box of
    links set inside the article (``Related``, then a title or two, then the
    article goes on in long paragraphs) ends nothing."""
    for index in range(start + 1, end):
        ends = is_end_marker(blocks[index]) or is_comments_heading(blocks[index])
        if not ends or _prose_resumes(blocks, index, end):
            continue
        before = sum(score for score in scores[start:index] if score > 0)
        after = sum(score for score in scores[index:end] if score > 0)
        if before >= after or before >= MIN_WORDS_BEFORE_END:
            return index
    return end


#: A section about the site itself is looked for among this many blocks at the run's end.
PROMOTION_REACH = 3


def _cut_at_site_promotion(blocks: Sequence[Block], start: int, end: int) -> int:
    """``end``, or the heading of the run's closing section when it names the site
    itself (``Gut versorgt mit energiehoch3``): a promotion of the site, not the
    article's last section."""
    names = None
    for index in range(max(start + 1, end - PROMOTION_REACH), end):
        if not is_title_like(blocks[index]):
            continue
        if names is None:
            names = site_names(blocks)
        if names_the_site(blocks[index].text, names):
            return index
    return end


#: A teaser's byline or date line stands at most this many blocks under its title.
TEASER_HEADER_REACH = 3
#: A line left open at its end (``Children injured in …,``) was wrapped: no teaser's title.
_OPEN_END = lazy_compile(r"[,;:–-]$")


def _cut_at_teaser(
    blocks: Sequence[Block],
    scores: Sequence[int],
    run: tuple[int, int],
    is_header: Callable[[Block], bool],
) -> int:
    """The run's end, or the first teaser of another story in it once enough
    prose came before (and more than after): a title with its own byline or
    date line under it, a story's header after the article's had been read,
    with no two long paragraphs in a row after it (a live blog's entries have them)."""
    start, end = run
    before = 0
    for index in range(start + 1, end):
        before += max(0, scores[index - 1])
        if before < MIN_WORDS_BEFORE_END or not _is_teaser_title(blocks[index]):
            continue
        below = range(index + 1, min(len(blocks), index + 1 + TEASER_HEADER_REACH))
        if not any(_is_teaser_header(blocks[other], is_header) for other in below):
            continue
        if before < sum(score for score in scores[index:end] if score > 0):
            continue
        if not _prose_goes_on(blocks, index, end):
            return _trim_tail(blocks, start, index)
    return end


def _prose_goes_on(blocks: Sequence[Block], index: int, end: int) -> bool:
    """Whether two long paragraphs in a row follow ``index`` in the run: the
    article's prose goes on (a live blog's next entry), as a teaser's never does."""
    return first_long_pair(blocks, index + 1, end) < end


def _is_teaser_title(block: Block) -> bool:
    return is_title_like(block) and not _OPEN_END().search(block.text)


def _is_teaser_header(block: Block, is_header: Callable[[Block], bool]) -> bool:
    """A story's dated header line (``19.10.2019 · Jane Doe``), not a caption or a source."""
    text = block.text
    return (
        any(char.isdigit() for char in text)
        and not ENDS_SENTENCE().search(text)
        and match_boilerplate(text) is None
        and is_header(block)
    )


def _prose_resumes(blocks: Sequence[Block], marker: int, end: int) -> bool:
    """Whether, after a ``Related``-like or a ``Zur Person``-like marker, two long
    paragraphs in a row follow within ``INLINE_BOX_BLOCKS`` blocks: the marker
    headed a box inside the article."""
    text = blocks[marker].text
    if not INLINE_MARKER().match(text) and not ABOUT_BOX_MARKER().match(text):
        return False
    window = range(marker + 1, min(end, marker + 1 + INLINE_BOX_BLOCKS + 1))
    long_ones = [i for i in window if is_long_paragraph(blocks[i])]
    return len(long_ones) >= 2 and long_ones[1] == long_ones[0] + 1
