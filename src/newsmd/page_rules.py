"""Rules for text copied from a whole web page (see ``page.find_article``).

They apply only when the text looks like a page: the blocks outside the
article are dropped, and the lines around its headline are read for its
byline and date, which a page often writes among other words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bylines import (
    after_byline_prefix,
    handle_after_prefix,
    has_byline_prefix,
    has_label_prefix,
    is_prefix_only,
    names_in_line,
    opens_with_date,
    read_byline,
)
from .context import MAX_BYLINE_WORDS, Context
from .dates import DateOptions, date_kind, find_date, without_dates
from .header import HEADER_SEPARATOR, byline_values, read_header_line
from .model import Block, Role, Verdict
from .page import ArticleSpan
from .page_lines import (
    caption_over_credit,
    captions_twice,
    has_repeated_phrase,
    in_link_box,
    is_furniture,
)

#: How many blocks above a page's headline its date is looked for.
DATE_REACH_ABOVE_HEADLINE = 5
#: How far from a page's headline its date and byline are looked for when no header
#: line gives them.
PAGE_DATE_REACH = 25
#: How far from a page's headline a line that is only a name is taken for its byline.
BARE_NAME_REACH = 6
#: Among the prose, a date line has at most this many words.
MAX_DATE_ONLY_WORDS = 8
#: A line of a block at most this share of its longest line is a unit of its own.
SHORT_LINE_SHARE = 0.7
_DATE_WORDS = re.compile(
    r"\b(?:posted|published|created|updated|veröffentlicht|gepostet|erschienen|erstellt"
    r"|aktualisiert|publié|publicado|actualizado|pubblicato|aggiornato|opublikowano)\b",
    re.IGNORECASE,
)
#: How many blocks into the prose run a page's header line may stand.
HEADER_LINES_INTO_PROSE = 3


def outside_article(block: Block, ctx: Context) -> Verdict | None:
    """In a whole page, the blocks before the article's headline and after its prose.

    A date in the few lines right above the headline is the article's date,
    unless a header line under the headline gives one (it is taken as a
    fallback, like ``page_fallbacks``' values).
    """
    span = ctx.span
    if span is None or span.start <= ctx.position < span.end or span.in_rival(ctx.position):
        return None  # the article, or a run of prose nearly as strong (kept, with a warning)
    if ctx.position >= span.end:
        why = f" (it ends {span.end_reason})" if ctx.position == span.end else ""
        return Verdict(Role.DROPPED, "outside_article", f"page text after the article{why}")
    reason = "page text before the article's headline (menus, teasers)"
    near = (
        span.start - ctx.position <= DATE_REACH_ABOVE_HEADLINE and block.words <= MAX_BYLINE_WORDS
    )
    iso = find_date(block.text, ctx.dates) if near else None
    names = _names_in_header(block.text) if near and span.start - ctx.position <= 2 else ()
    if iso is None and not names:
        return Verdict(Role.DROPPED, "outside_article", reason)
    values = tuple((f"page_{key}", value) for key, value in byline_values(names, iso))
    gives = ", ".join(f"{key.removeprefix('page_')} {value}" for key, value in values)
    return Verdict(Role.DROPPED, "outside_article", f"{reason}; gives its {gives}", values)


def page_header_line(block: Block, ctx: Context) -> Verdict | None:
    """In a whole page, a line between the headline and the prose holding a date or
    a byline among other words: ``von David · 18. Oktober 2019``."""
    span = ctx.span
    if span is None or block.words > MAX_BYLINE_WORDS:
        return None
    if not span.start < ctx.position < span.body_start + HEADER_LINES_INTO_PROSE:
        return None
    if is_prefix_only(block.text):
        return Verdict(Role.BYLINE, "page_header_line", "byline label; the name follows")
    iso = find_date(block.text, ctx.dates)
    names = _names_in_header(block.text)
    label_above = ctx.position > 0 and is_byline_label(ctx.blocks[ctx.position - 1].text)
    if not names and label_above:
        found = read_byline(_name_line(block.text), needs_prefix=False, single_names=True)
        names = found.names if found else ()
    if names:
        values = byline_values(names, iso)
        return Verdict(
            Role.BYLINE, "page_header_line", f"header line naming {', '.join(names)}", values
        )
    if iso is None or (ctx.position >= span.body_start and not _header_shaped(block)):
        return None
    kind = date_kind(block.text)
    return Verdict(
        Role.DATE, "page_header_line", f"header line giving the {kind} {iso}", ((kind, iso),)
    )


_ENDS_WITH_TIME = re.compile(r"\d\s*[ap]\.\s?m\.$", re.IGNORECASE)


def page_furniture(block: Block, ctx: Context) -> Verdict | None:
    """In a whole page's article, what is plainly page furniture: interface
    labels, share buttons, picture credits, links under a ``Related`` marker,
    and between the headline and the prose also menu items."""
    span = ctx.span
    if span is None or not span.start < ctx.position < span.end:
        return None
    in_header = ctx.position < span.body_start
    if in_link_box(ctx.blocks, ctx.position):
        return Verdict(Role.DROPPED, "page_furniture", "link in a box of other stories")
    if captions_twice(ctx.blocks, ctx.position):
        return Verdict(Role.DROPPED, "page_furniture", "picture caption, written twice")
    if caption_over_credit(ctx.blocks, ctx.position):
        return Verdict(Role.DROPPED, "page_furniture", "picture caption, over its credit")
    if not is_furniture(block, menus=in_header):
        return None
    where = "between the headline and the article" if in_header else "inside the article"
    return Verdict(Role.DROPPED, "page_furniture", f"page furniture {where}")


def _header_shaped(block: Block) -> bool:
    """A short line that is no sentence: among the prose, only such a line holding a
    date is a header line (``19.10.2019, 15:30 Uhr``), never a paragraph that mentions one."""
    text = block.text.rstrip()
    ends_sentence = text.endswith((".", "!", "?")) and not _ENDS_WITH_TIME.search(text)
    return block.words <= MAX_DATE_ONLY_WORDS and not ends_sentence


def _names_in_header(text: str) -> tuple[str, ...]:
    """Names behind a byline prefix in one of the items of a header line, or
    names standing beside its date (``28. Jan. 2022 Paula Balov``)."""
    for segment in HEADER_SEPARATOR.split(text):
        found = read_byline(segment.strip(), single_names=True)
        if found is not None and (names := _plausible(found.names)):
            return names
        names = names_in_line(segment.strip()) or names_in_line(after_byline_prefix(segment))
        if names := _plausible(names):
            return names
        if handle := handle_after_prefix(segment):
            return (handle,)
    return _plausible(_names_beside_date(text))


def _plausible(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` without those holding a word no author's name has, or a sentence's
    end (``Klicks. Eine``: a word of four letters or more with a full stop, then more)."""
    return tuple(name for name in names if _plausible_name(name.split()))


#: The last word of an author photo's alt text: ``Jane Doe Image``, ``Jane Doe Avatar``.
_PICTURE_WORDS = frozenset({"image", "bild", "avatar", "picture", "portrait", "porträt", "logo"})


def _without_picture_word(name: str) -> str:
    """``name`` without a picture word at its end, if two words or more are left."""
    words = name.split()
    if len(words) >= 3 and words[-1].lower() in _PICTURE_WORDS:
        return " ".join(words[:-1])
    return name


def _plausible_name(words: list[str]) -> bool:
    if any(word.strip(".,:").lower() in _NOT_IN_A_NAME for word in words):
        return False
    return not any(len(word) > MAX_ABBREVIATION_CHARS and word.endswith(".") for word in words[:-1])


#: A word with a full stop inside a name is an initial or an abbreviation this long at most
#: (``J.``, ``Jr.``, ``Dr.``, ``Prof.``).
MAX_ABBREVIATION_CHARS = 5


_ITEM_BREAK = re.compile(rf"{HEADER_SEPARATOR.pattern}|\s*/\s*")


def _names_beside_date(text: str) -> tuple[str, ...]:
    """The names of a short line that gives a date and, as another item, only
    names of two words or more: a byline without ``By``."""
    rest = without_dates(text)
    if rest.count(" | ") == text.count(" | "):
        return ()  # no date in the line
    for segment in _ITEM_BREAK.split(rest):
        found = read_byline(segment.strip().strip(_SEPARATOR_CHARS).strip(), needs_prefix=False)
        if found is not None and found.names:
            return found.names
    return ()


def is_header_block(block: Block, dates: DateOptions) -> bool:
    """Whether ``block`` is a byline or a date line (evidence of an article's header)."""
    if len(block.lines) > 2 or block.words > MAX_BYLINE_WORDS:
        return False
    if is_prefix_only(block.text):
        return True  # ``By`` alone: the name follows on the next line
    if find_date(block.text, dates) is not None or _names_in_header(block.text):
        return True
    header = read_header_line(block.text, dates, bare_names=True)
    return header is not None and bool(header.names or header.dates)


def page_fallbacks(
    blocks: Sequence[Block], span: ArticleSpan, dates: DateOptions
) -> dict[int, tuple[tuple[str, str], ...]]:
    """Values for the page's date and authors from the blocks nearest its headline.

    Used only when no header line gives them (``assemble`` prefers those): a
    date line or a ``Von ...`` line a little further from the headline (above
    it, after the first paragraphs, at the end) still belongs to the article
    more often than not. Keys are block indexes.
    """
    found: dict[int, tuple[tuple[str, str], ...]] = {}
    date_found = author_found = False
    for index in _nearest_first(span, len(blocks)):
        for text in _header_texts(blocks[index]):
            if not date_found and (iso := _dated_line(text, dates)) is not None:
                found[index] = (*found.get(index, ()), ("page_date", iso))
                date_found = True
            if not author_found and (names := _prefixed_names(text) or _dated_names(text, dates)):
                found[index] = (*found.get(index, ()), *(("page_author", name) for name in names))
                author_found = True
        if date_found and author_found:
            break
    if not author_found:
        _add_bare_name(blocks, span, found, dates)
    return found


def _add_bare_name(
    blocks: Sequence[Block],
    span: ArticleSpan,
    found: dict[int, tuple[tuple[str, str], ...]],
    dates: DateOptions,
) -> None:
    """A line that is only a person's name in the article's header (between its
    headline and its prose) or right beside a date line or a ``By`` label: a
    byline a page prints without ``By``."""
    anchor = span.headline if span.headline is not None else span.body_start
    for index in _nearest_first(span, len(blocks)):
        if abs(index - anchor) > BARE_NAME_REACH:
            return
        block = blocks[index]
        if len(block.lines) > 1 or index == span.headline or not is_bare_name(block.text):
            continue
        in_header = anchor < index < span.body_start
        if in_header or _beside_header(blocks, index, dates):
            names = bare_names(block.text)
            found[index] = (*found.get(index, ()), *(("page_author", name) for name in names))
            return


#: A byline label after a section's name may end a short line (``Disko Von``).
MAX_LABEL_LINE_WORDS = 3


def is_byline_label(text: str) -> bool:
    """A byline prefix alone (``By``, ``Von``), or ending a line of a word or two
    (``Disko Von``): the name follows on the next line."""
    words = text.split()
    if len(words) > MAX_LABEL_LINE_WORDS:
        return False
    return is_prefix_only(text) or (len(words) > 1 and is_prefix_only(words[-1]))


def _beside_header(blocks: Sequence[Block], index: int, dates: DateOptions) -> bool:
    """Whether the block just above or below ``index`` is a date line or a ``By`` label."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(blocks) and blocks[other].words <= MAX_DATE_ONLY_WORDS:
            text = blocks[other].text
            if is_byline_label(text) or find_date(text, dates) is not None:
                return True
    return False


#: Words of a page's buttons, menus and sections: a line holding one is no name.
_PAGE_WORDS = frozenset(
    {
        "now", "app", "apps", "ads", "ad", "posts", "post", "blog", "map", "navigation",
        "search", "galerie", "gallery", "kommentare", "comments", "permalink", "recent",
        "trending", "install", "remove", "inside", "security", "reserved", "rights", "privacy",
        "imprint", "home", "menu", "login", "share", "more", "news", "related", "popular",
        "latest", "newsletter", "podcast", "video", "videos", "photos", "fotos", "bilder",
        "artikel", "article", "articles", "archive", "archiv", "kontakt", "contact", "shop",
        "media", "medien", "redaktion", "themen", "topics", "service", "impressum", "datenschutz",
    }
)  # fmt: skip
#: Words that are never part of an author's name in a header line: labels of its
#: dates and credits (``LAST UPDATED``, ``Übersetzung …``) and the page's own words.
_NOT_IN_A_NAME = _PAGE_WORDS | frozenset(
    {
        "updated", "aktualisiert", "published", "veröffentlicht", "posted", "publié",
        "actualizado", "übersetzung", "translation", "translated", "foto", "photo",
        "illustration", "grafik", "suche", "filter", "read",
    }
)  # fmt: skip
#: A page dump runs two words together (``ImprintPrivacy``): a lower-case letter, then a
#: capital, after at least four letters (``McDonald``, ``DiCaprio`` are names).
_GLUED_WORDS = re.compile(r"[^\W\d_]{3}[a-zà-ÿ][A-ZÀ-Þ]")


_SEPARATOR_CHARS = "•·-–—|/,:"


def is_bare_name(text: str) -> bool:
    """Whether a line is only the names of people: two to five capitalized words
    each (or a list of such names), none of them a word of the page's furniture,
    none glued to the next. A line ending with a colon introduces something
    (``Für den Mürbeteig:``): no name."""
    if text.rstrip().endswith(":"):
        return False
    text = _name_line(text)
    if _GLUED_WORDS.search(text) or has_repeated_phrase(text):
        return False
    if any(word.strip(".,:").lower() in _NOT_IN_A_NAME for word in text.split()):
        return False
    return bool(_names_only(text))


def bare_names(text: str) -> tuple[str, ...]:
    """The names in a line that is only names (``Ann Lee, Tom Fox``), else ()."""
    return _names_only(_name_line(text))


def _names_only(text: str) -> tuple[str, ...]:
    """The names of a cleaned line (see ``_name_line``) that holds nothing else."""
    found = read_byline(text, needs_prefix=False)
    if found is None or not found.names or found.agency is not None:
        return ()
    return found.names


def _name_line(text: str) -> str:
    """A line of names without what a page dump leaves around them: a separator
    at either end (``Ariel Holt -``), an agency after a slash (``Peter
    Maahn/SP-X``), the name written twice (``Ann Lee Ann Lee``), the last word of an
    author photo's alt text (``J.R. Stone Image``)."""
    text = text.strip().strip(_SEPARATOR_CHARS).strip()
    name, slash, agency = text.partition("/")
    if slash and agency.strip() and " " not in agency.strip():
        text = name.strip()
    half = len(text) // 2
    if len(text) % 2 and text[:half] == text[half + 1 :]:
        text = text[:half]
    return _without_picture_word(text)


def _header_texts(block: Block) -> tuple[str, ...]:
    """The text of a short block; of a longer one, its first line when it opens
    with a byline, a date or a date label, and its first and last lines when
    they are short: a byline or date line a page dump ran into the caption or
    paragraph beside it (a wrapped line of prose runs to the full width)."""
    if block.words <= MAX_BYLINE_WORDS:
        return (block.text,)
    if len(block.lines) < 2:
        return ()
    width = max(len(line.text.strip()) for line in block.lines)
    first, last = block.lines[0].text.strip(), block.lines[-1].text.strip()
    texts = [first] if _opens_header(first) else []
    texts += [
        line
        for line in (first, last)
        if len(line) <= SHORT_LINE_SHARE * width
        and len(line.split()) <= MAX_BYLINE_WORDS
        and line not in texts
    ]
    return tuple(texts)


def _opens_header(line: str) -> bool:
    """Whether ``line`` opens with a byline prefix, a date or a date label."""
    return has_byline_prefix(line) or has_label_prefix(line) or opens_with_date(line)


def _dated_line(text: str, dates: DateOptions) -> str | None:
    """The date of a line that reads as a date line: a few words, a date label
    (``Posted``, ``veröffentlicht``) or a line that ends no sentence or clause;
    not a sentence that mentions a date."""
    clause = text.rstrip().endswith((".", ",", ";", "!", "?")) and not _ENDS_WITH_TIME.search(text)
    if len(text.split()) > MAX_DATE_ONLY_WORDS and clause and not _DATE_WORDS.search(text):
        return None
    return find_date(text, dates)


def _nearest_first(span: ArticleSpan, count: int) -> list[int]:
    """Block indexes around the article, nearest to its headline first."""
    anchor = span.headline if span.headline is not None else span.body_start
    low, high = max(0, anchor - PAGE_DATE_REACH), min(count, span.end + PAGE_DATE_REACH)
    return sorted(range(low, high), key=lambda index: (abs(index - anchor), index))


def _dated_names(text: str, dates: DateOptions) -> tuple[str, ...]:
    """Names in a header line that also gives a date (``Amelie Siekmann 04. Dezember 2022``)."""
    return _names_in_header(text) if find_date(text, dates) is not None else ()


def _prefixed_names(text: str) -> tuple[str, ...]:
    """Names in a line that opens with a byline prefix or label."""
    if not (has_byline_prefix(text) or has_label_prefix(text)):
        return ()
    found = read_byline(text, single_names=True)
    return found.names if found is not None and found.names else names_in_line(text)
