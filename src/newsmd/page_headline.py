"""The headline of a whole web page: the title-like line with the most evidence
around the article's prose run (see ``find_headline``). Plain text has no
``<h1>``: a byline or date line under a line, its text repeated as the last step
of a breadcrumb, the page's menus above it, its length and its nearness to the
prose tell the headline from kickers, deks, subheadings, teasers and labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .boilerplate import match_boilerplate
from .bylines import is_prefix_only, looks_like_name
from .lazy import lazy_compile
from .model import Block
from .page_lines import (
    BREADCRUMB,
    ENDS_SENTENCE,
    MENU_MARK,
    MENU_PENALTY,
    MIN_PROSE_WORDS,
    UI_LABEL,
    first_long_pair,
    has_repeated_phrase,
    in_link_box,
    is_credited_caption,
    is_end_marker,
    is_menu_line,
    names_the_site,
    site_names,
)

# Only whole pages need the patterns below: they are compiled on first use.
_NOT_A_TITLE = lazy_compile(
    r":$|©|\b(?:getty\s+images|shutterstock|istock|dpa|imago|foto|photo|bild)\b\s*:?\s*\S*$"
    r"|^(?:by|von|autor(?:in)?|author|par|por|posted|kategorie|category|tags?|schlagworte)\b\s*:?"
    r"|^(?:filed|posted)\s+(?:under|in)\b|^(?:abgelegt|veröffentlicht)\s+(?:unter|in)\b"
    r"|^[\w-]+(?:,\s*[\w-]+)+$"
    r"|\((?:quelle|source|foto|photo|bild|fuente|fonte|źródło)\s*:[^)]*\)$"
    # a short label that a logo or a name ends (``In partnership with``); a longer line
    # ending so is a headline wrapped onto the next
    r"|^(?:\S+\s+){0,3}(?:with|by|of|and|or|the|from|mit|von|und|oder|für|avec|et|pour|con"
    r"|para|di|per|met|door)$",
    re.IGNORECASE,
)
_WORD = lazy_compile(r"[^\W\d_]{2,}")
_SENTENCE_INSIDE = lazy_compile(r"\w[.!?][\"'”’»)]*\s+[\"'“„«(]*[A-ZÄÖÜÀ-Þ]")
#: The number of a later step in a numbered breadcrumb trail (``2.``, ``3.``).
_LATER_STEP = lazy_compile(r"\s*(?:[2-9]|1\d)[.)]\s*")
_STEP_SEPARATOR = lazy_compile(r"\S\s*[>»›/|]\s*$")
#: How many blocks above the prose run the headline is looked for.
HEADER_REACH = 24
#: How many blocks into the prose run (before its first long paragraph) a headline may stand.
HEADLINE_INTO_RUN = 12
INSIDE_RUN_PENALTY = -1.0
#: A line of two or three capitalized words may be a person's name (or, in German, a
#: headline of two nouns): some evidence against it, not a verdict.
NAME_PENALTY = -1.5
MAX_NAME_WORDS = 3
#: How many blocks under a headline its byline or date line may stand.
HEADER_BELOW_TITLE = 4
#: A title-like line longer than this is more likely a dek or a lead.
LONG_TITLE_WORDS = 14
#: A line right under a shorter headline of at least this many words is its dek.
MIN_HEADLINE_WORDS = 4
DEK_PENALTY = -1.5
#: A line ending with a byline label has at most this many words (``Disko Von``).
MAX_LABEL_WORDS = 3
#: A headline has at most this many words.
MAX_TITLE_WORDS = 30


def is_title_like(block: Block) -> bool:
    """A short line that could be a headline: not a sentence, a label, a byline,
    a category list or a picture credit."""
    text = block.text
    if not 2 <= block.words <= MAX_TITLE_WORDS or len(block.lines) > 2:
        return False
    if MENU_MARK.match(block.lines[0].text) or match_boilerplate(text) or is_menu_line(text):
        return False
    if _NOT_A_TITLE().search(text) or UI_LABEL().search(text) or has_repeated_phrase(text):
        return False
    if len(_WORD().findall(text)) < 2 or len(_SENTENCE_INSIDE().findall(text)) >= 2:
        return False  # dates and numbers only; or sentences, not a headline
    if _mostly_symbols(text):
        return False  # rules, icons (private-use characters), box drawing
    return not ENDS_SENTENCE().search(text) or text.rstrip('"”’»)').endswith(("?", "!", "…"))


def _is_alt_text(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` is a picture's alt text: the caption right
    after it repeats it with a credit (``Demut hinter Masken Foto: Adobe Stock``)."""
    following = index + 1
    if following >= len(blocks) or not blocks[following].text.startswith(blocks[index].text):
        return False
    rest = blocks[following].text[len(blocks[index].text) :].strip()
    return is_credited_caption(rest) or match_boilerplate(rest) is not None


def _may_be_a_name(block: Block) -> bool:
    return block.words <= MAX_NAME_WORDS and looks_like_name(block.text, single=True)


def _ends_with_byline_label(text: str) -> bool:
    """``By``, ``Autor:``, ``Disko Von``: the line under it names the author."""
    words = text.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and is_prefix_only(words[-1])


def _mostly_symbols(text: str) -> bool:
    """Whether under half of the visible characters are letters or digits, or an
    icon font's private-use character is among them."""
    visible = [char for char in text if not char.isspace()]
    if any("\ue000" <= char <= "\uf8ff" for char in visible):
        return True
    return sum(char.isalnum() for char in visible) * 2 < len(visible)


class HeaderEvidence:
    """Whether the block at an index is a byline or date line, asked only of the
    blocks the headline search looks at (within ``reach``; False elsewhere), each once."""

    def __init__(
        self, blocks: Sequence[Block], reach: range, is_header: Callable[[Block], bool]
    ) -> None:
        self._blocks = blocks
        self._reach = reach
        self._is_header = is_header
        self._known: dict[int, bool] = {}

    def __call__(self, index: int) -> bool:
        if index not in self._reach:
            return False
        if index not in self._known:
            self._known[index] = self._is_header(self._blocks[index])
        return self._known[index]


def find_headline(
    blocks: Sequence[Block],
    run: tuple[int, int],
    header_evidence: HeaderEvidence,
    scores: Sequence[int],
) -> int | None:
    """The likeliest headline among the blocks just above the prose ``run``
    (``(start, end)``) or a little into it.

    Evidence: a byline or date line under it (or, less, above it), its text repeated elsewhere on
    the page (a breadcrumb, the page title), a headline's length, nearness
    to the prose, and what stands above it: the page's menus or breadcrumb
    for a headline, a paragraph for a subheading. A person's name alone, a
    label or an end marker is no title.
    """
    start, end = run
    page_text = [block.text for block in blocks]
    # a headline stands above the article's long paragraphs: a little into the run
    # when the run opens with teasers or a stray line, never after two long paragraphs
    last = min(first_long_pair(blocks, start), start + HEADLINE_INTO_RUN)
    reach = range(max(0, start - HEADER_REACH), min(end, max(last, start + 2)))
    candidates = {
        index
        for index in reach
        if is_title_like(blocks[index])
        and not header_evidence(index)
        and not is_end_marker(blocks[index])
        and not (index > 0 and _ends_with_byline_label(blocks[index - 1].text))
        and not _is_alt_text(blocks, index)
        and not in_link_box(blocks, index)
    }
    best: tuple[float, int] | None = None
    for index in sorted(candidates):
        block = blocks[index]
        header_below = _header_below(blocks, index, header_evidence, candidates)
        header_above = index > 0 and header_evidence(index - 1)
        repeated = any(
            block.text in other for number, other in enumerate(page_text) if number != index
        )
        score = (
            (3.0 if header_below else 1.0 if header_above else 0.0)
            + (2.0 if repeated else 0.0)
            + (2.0 if repeated and _ends_breadcrumb(block.text, blocks, index) else 0.0)
            + (NAME_PENALTY if _may_be_a_name(block) else 0.0)
            + _length_score(block.words)
            + _above_score(scores, index)
            + (DEK_PENALTY if _under_a_headline(blocks, index, candidates) else 0.0)
            - 0.25 * _blocks_between(scores, index, start)
            + (INSIDE_RUN_PENALTY if index >= start + 2 else 0.0)
        )
        if best is None or score > best[0]:
            best = (score, index)
    return best[1] if best else None


def _header_below(
    blocks: Sequence[Block], index: int, header_evidence: HeaderEvidence, candidates: set[int]
) -> bool:
    """Whether a byline or date line stands under the block at ``index``, within
    ``HEADER_BELOW_TITLE`` blocks and with no other possible headline between: a
    site's name above the real headline has the same byline below it. A longer
    line between is the headline's dek and does not count."""
    for other in range(index + 1, min(len(blocks), index + 1 + HEADER_BELOW_TITLE)):
        if header_evidence(other):
            return True
        if (
            other in candidates
            and blocks[other].words <= blocks[index].words
            and not looks_like_name(blocks[other].text, single=True)
        ):
            return False
    return False


def _ends_breadcrumb(text: str, blocks: Sequence[Block], index: int) -> bool:
    """Whether a breadcrumb trail elsewhere on the page ends with ``text``: its last
    step names the page (``3. Headline`` in a numbered trail, ``Home > News > Headline``)."""
    for number, block in enumerate(blocks):
        if number == index or len(block.text) <= len(text) or not block.text.endswith(text):
            continue
        before = block.text[: -len(text)]
        if _LATER_STEP().fullmatch(before) or _STEP_SEPARATOR().search(before):
            return True
        if BREADCRUMB.match(block.text):
            return True
    return False


def _under_a_headline(blocks: Sequence[Block], index: int, candidates: set[int]) -> bool:
    """Whether the block at ``index`` is a dek: right under a shorter possible
    headline of some length (a kicker of a word or three does not count)."""
    above = index - 1
    return (
        above in candidates
        and MIN_HEADLINE_WORDS <= blocks[above].words < blocks[index].words
        and not looks_like_name(blocks[above].text, single=True)
    )


def _blocks_between(scores: Sequence[int], index: int, start: int) -> int:
    """How many blocks stand between a headline at ``index`` and the prose at
    ``start``, not counting menus and share buttons (they often sit right
    under a headline) nor the headline itself."""
    low, high = sorted((index, start))
    return sum(1 for score in scores[low + 1 : high] if score > MENU_PENALTY) + (index > start)


def _above_score(scores: Sequence[int], index: int) -> float:
    """A headline stands under the page's menus; a line with a paragraph of
    prose right above it is more likely a subheading."""
    if index > 0 and scores[index - 1] <= MENU_PENALTY:
        return 1.0
    return -2.0 if index > 0 and scores[index - 1] >= MIN_PROSE_WORDS else 0.0


def _length_score(words: int) -> float:
    """Headlines have some four to twelve words; a word or two is more likely a
    label, twenty or more a dek or a lead."""
    if words <= 2:
        return -1.0
    if words <= LONG_TITLE_WORDS:
        return min(words, 8) / 4
    return 2.0 - (words - LONG_TITLE_WORDS) / 4


#: The separator between a page title's headline and the site's name.
_SITE_SEPARATOR = lazy_compile(r"\s+(?:\||[-–—]|::|·|»)\s+")
#: A site's name after a headline has at most this many words ...
MAX_SITE_NAME_WORDS = 5
#: ... and the headline before it at least this many.
MIN_TITLE_WORDS_BEFORE_SITE = 3


def without_site_name(blocks: Sequence[Block], index: int) -> str:
    """The headline at ``index`` without the site's name a page title puts after it
    (``Council closes the bridge | Harbour Gazette``), when the page shows that part
    is the site's: its copyright line names it, a line of its own gives it, or the
    headline stands alone elsewhere on the page. Otherwise (and always when that part
    has no letter: a number is no site's name) the text as it is."""
    text = blocks[index].text
    separators = list(_SITE_SEPARATOR().finditer(text))
    if not separators:
        return text
    last = separators[-1]
    headline, suffix = text[: last.start()], text[last.end() :]
    if (
        len(suffix.split()) > MAX_SITE_NAME_WORDS
        or len(headline.split()) < MIN_TITLE_WORDS_BEFORE_SITE
        or not any(char.isalpha() for char in suffix)  # a name, not a number or a mark
    ):
        return text
    return headline if _names_the_site(blocks, index, headline, suffix) else text


def _names_the_site(blocks: Sequence[Block], index: int, headline: str, suffix: str) -> bool:
    """Whether ``suffix`` is the site's name: its copyright holder is a word of it, it
    stands as a line of its own, or ``headline`` does (the page's own headline)."""
    if names_the_site(suffix, site_names(blocks)):
        return True
    return any(
        number != index and block.text in (suffix, headline) for number, block in enumerate(blocks)
    )
