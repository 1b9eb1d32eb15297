"""Finding the article in text copied from a whole web page.

A page copied with select-all (or dumped by a text browser) holds the article
among menus, share buttons, teasers and footers. The article is the main run
of prose: blocks are scored by the evidence a reader uses — sentence-like
prose of some length counts for it, menu items, link lists and boilerplate
against it — and the contiguous run with the highest total wins (a maximum
subarray). The header above that run (headline, byline, date) is then found by
looking back from its start.

Text that does not look like a page (an article alone, a wire story) is left
to the ordinary rules untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple, overload

from .boilerplate import match_boilerplate
from .bylines import is_prefix_only, looks_like_name
from .lazy import lazy_compile
from .model import Block

_MENU_MARK = re.compile(r"^\s*(?:[•□◦▪▫·●○■‣►»›>*+-]|\d{1,3}[.)])\s+")
_SEPARATED_ITEMS = re.compile(r"\S\s+[|·•/]\s+\S")
#: A symbol standing between the items of a menu printed on one line.
_ITEM_SEPARATOR = re.compile(r"(?:^|\s)[☆★□■▪▫◦•·|»›>►▸‣/]+(?=\s|$)")
#: Separators in a line that make it a menu when its items are short.
MIN_ITEM_SEPARATORS = 3
#: The items of a menu line have at most this many words on average.
MAX_ITEM_WORDS = 4
#: A breadcrumb trail: the home page, then the path to this page.
_BREADCRUMB = re.compile(
    r"^(?:startseite|home(?:\s*page)?|accueil|inicio|portada|strona\s+główna|início)\s*[>/»›|]",
    re.IGNORECASE,
)
_SENTENCE_PUNCTUATION = re.compile(r"[.!?…:;][\"'”’»)]*(?:\s|$)")
# Only whole pages need the patterns below: they are compiled on first use.
_NOT_A_TITLE = lazy_compile(
    r":$|©|\b(?:getty\s+images|shutterstock|istock|dpa|imago|foto|photo|bild)\b\s*:?\s*\S*$"
    r"|^(?:by|von|autor(?:in)?|author|par|por|posted|kategorie|category|tags?|schlagworte)\b\s*:?"
    r"|^(?:filed|posted)\s+(?:under|in)\b|^(?:abgelegt|veröffentlicht)\s+(?:unter|in)\b"
    r"|^[\w-]+(?:,\s*[\w-]+)+$"
    r"|\((?:quelle|source|foto|photo|bild|fuente|fonte|źródło)\s*:[^)]*\)$",
    re.IGNORECASE,
)
#: Page furniture that is short and title-like but never a headline: icon and
#: menu labels, ad markers, form fields, thanks for signing up, paywall timers.
_UI_LABEL = lazy_compile(
    r"\bicons?\b|\b(?:navigationsmenü|hauptmenü|main\s+menu|menü|menu|navigation)$"
    r"|^(?:zurück|back)\s+(?:zu[mr]?|to)\b"
    r"|^[-–—\s]*(?:anzeige|werbung|advertisement|sponsored|publicidad|pubblicità|reklama)[-–—\s]*$"
    r"|^toggle\b|^(?:vielen\s+dank|thank\s+you|thanks|merci|gracias)\s+(?:für|for|pour|por)\b"
    r"|^(?:correo\s+electrónico|e-?mail(?:-adresse)?|passwor[dt]|contraseña|benutzername|username)$"
    r"|\b(?:kostenlos|gratis|free)\s+(?:bis|until)\b"
    r"|^startseite(?=[A-ZÄÖÜ])|\büberspringen$|^skip\s+to\b|[×✕✖]$"
    r"|\b(?:warenkorb|shopping[\s_]cart|panier|carrito|carrello|koszyk)\b"
    r"|^(?:bild|foto|image|photo|imagen|immagine|zdjęcie)\s+\d+\s+(?:von|of|de|di|sur|z)\s+\d+"
    r"|^(?:anmelden|einloggen|login|log\s+in|sign\s+in|registrieren|register|connexion"
    r"|iniciar\s+sesión|accedi|zaloguj(?:\s+się)?)(?:\s+\S+)?$|^(?:menü|menu)(?:\s+\S+)?$"
    # a link to the previous or next post, a line left open by a separator
    r"|^[←→«‹]|[→»›]$|\s[-–—|·•,]$"
    # skip links, calls to give or search, form fields, a site's own pages, logos
    r"|\b(?:inhalt|navigation)\s+wechseln$|^springe?\s+zu|^(?:jetzt\s+)?(?:spenden|donate)\b"
    r"|leave\s+this\s+field\s+empty|^was\s+möchtest\s+du\s+suchen|^wonach\s+suchen"
    r"|^(?:über\s+uns|about(?:\s+us)?|kontakt|contact(?:\s+us)?|impressum|datenschutz|rss\b.*)$"
    r"|\blogo\b|\bcookies?\s+(?:auf|on|settings|einstellungen|policy|richtlinie)\b"
    r"|\b\d+\s+(?:comments?|kommentare?)\b"
    r"|^(?:letzte|neueste|aktuelle|recent|latest|popular|beliebteste)\s+"
    r"(?:artikel|beiträge|posts|news|nachrichten|stories|kommentare|comments)$",
    re.IGNORECASE,
)
_WORD = lazy_compile(r"[^\W\d_]{2,}")
_SENTENCE_INSIDE = lazy_compile(r"\w[.!?][\"'”’»)]*\s+[\"'“„«(]*[A-ZÄÖÜÀ-Þ]")
#: The number of a later step in a numbered breadcrumb trail (``2.``, ``3.``).
_LATER_STEP = lazy_compile(r"\s*(?:[2-9]|1\d)[.)]\s*")
_STEP_SEPARATOR = lazy_compile(r"\S\s*[>»›/|]\s*$")
#: A picture credit: the copyright sign or a picture agency's name.
_CREDIT = lazy_compile(
    r"©|\b(?:istock(?:photo)?|shutterstock|getty\s?images|adobe\s?stock|stock\.adobe\.com"
    r"|thinkstock|unsplash|pixabay|picture[\s-]alliance|imago\s+images)\b",
    re.IGNORECASE,
)
#: A picture agency closing a caption: ``… im Februar. EFE``, ``… (Foto: dpa)``.
_AGENCY_AT_END = lazy_compile(
    r"(?:[.;,]\s+|\s[-–/|]\s*|\()(?:foto:\s*)?(?-i:EFE|dpa|AFP|AP|Reuters|REUTERS|Keystone|APA|ANP"
    r"|PAP|ANSA|Europa Press|epa|EPA|KNA|Getty Images)(?:/[\w .-]{1,40})?\)?$",
    re.IGNORECASE,
)
#: A line holding a picture credit has at most this many words.
MAX_CREDIT_WORDS = 40
_ENDS_SENTENCE = lazy_compile(r"[.!?…][\"'”’»)]*$")

#: Headings that end an article on a page: related stories, comments, tags.
_END_MARKER = lazy_compile(
    r"^[\s•·»›>*□-]*(?:"
    r"related(?:\s+(?:articles?|posts?|stories|content|topics))?|more\s+(?:stories|articles|news|from\s+\w+)"
    r"|latest\s+(?:articles|news|stories)|trending(?:\s+(?:posts|now|stories))?|you\s+might\s+also\s+like"
    r"|(?:leave\s+a\s+)?(?:reply|comments?)|add\s+(?:a\s+)?comment|tags?|read\s+more|see\s+also"
    r"|schreibe?\s+eine\s+antwort|antwort\s+verfassen|dejar?\s+un\s+comentario|laisser\s+un\s+commentaire"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published.*"
    r"|ähnliche\s+(?:beiträge|artikel|themen)|verwandte\s+(?:artikel|themen|beiträge)"
    r"|weitere\s+(?:artikel|beiträge|themen|nachrichten|meldungen|news)(?:\s+\w+){0,3}"
    r"|meistgelesene?(?:\s+artikel)?|mehr\s+zum\s+thema|zum\s+weiterlesen|lesen\s+sie\s+auch"
    r"|das\s+könnte\s+(?:sie|dich)\s+auch\s+interessieren|schreibe?\s+einen\s+kommentar.*"
    r"|kommentare?(?:\s+\(\d+\))?|teilen(?:\s+sie\s+dies)?\s+mit|schlagwörter|schlagworte"
    r"|à\s+lire\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet|commentaires?|articles\s+similaires"
    r"|te\s+puede\s+interesar|noticias\s+relacionadas|comentarios|más\s+noticias|lee\s+también"
    r"|leggi\s+anche|articoli\s+correlati|commenti|leia\s+também|notícias\s+relacionadas|comentários"
    r"|czytaj\s+(?:też|także)|zobacz\s+(?:też|także)|komentarze|polecamy|podobne\s+artykuły"
    r")\s*(?:\(\d+\))?\s*[:.!…•]*\s*$",
    re.IGNORECASE,
)
_COOKIE = lazy_compile(r"cookies?\b", re.IGNORECASE)
_CONSENT = lazy_compile(
    r"zustimmung|einwilligung|consent|akzeptier|accept|datenschutz|privacy|präferenzen|preferences"
    r"|einstellungen|settings|consentement|consentimiento|consenso|zgod",
    re.IGNORECASE,
)
MIN_COOKIE_MENTIONS = 2
#: Markers of a box of links that a page may set inside an article as well as after it.
_INLINE_MARKER = lazy_compile(
    r"^[\s•·»›>*□-]*(?:related(?:\s+(?:articles?|posts?|stories|content))?|read\s+more|see\s+also"
    r"|lesen\s+sie\s+auch|mehr\s+zum\s+thema|zum\s+weiterlesen|à\s+lire\s+aussi|lire\s+aussi"
    r"|lee\s+también|leggi\s+anche|leia\s+também|czytaj\s+(?:też|także)|zobacz\s+(?:też|także))"
    r"\s*[:.!…]*\s*$",
    re.IGNORECASE,
)
#: A box of links inside an article is followed by the article's prose within this many blocks.
INLINE_BOX_BLOCKS = 3
#: An end marker closes the article when at least this much prose came before it.
MIN_WORDS_BEFORE_END = 150
#: A page has at least this many menu-like lines.
MIN_MENU_LINES = 6
#: With lines of page furniture besides, a page has at least this many menu lines.
MIN_MENU_LINES_WITH_FURNITURE = 2
#: A block of prose has at least this many words.
MIN_PROSE_WORDS = 10
#: Another run of prose scoring this share of the article's makes its bounds uncertain.
RIVAL_SHARE = 0.75
#: A paragraph of this many words is a long one.
LONG_PARAGRAPH_WORDS = 25
_CALL_TO_ACTION = lazy_compile(
    r"newsletter|inbox|posteingang|sign\s+up|tell\s+us|abonnier|subscribe|suscrib|iscriviti"
    r"|inscrivez|zapisz\s+się|melde\s+dich"
    r"|follow\s+us|folge\s+uns|folgen\s+sie\s+uns|síguenos|seguir\s+a|suivez-nous|unterstütze",
    re.IGNORECASE,
)
#: How many short sentences right after the prose run still close the article.
MAX_CLOSING_LINES = 2
#: A closing line is a sentence of at least this many words.
MIN_CLOSING_LINE_WORDS = 5
_ENDS_CLOSING_LINE = lazy_compile(r"[.!?…:][\"'”’»)]*$|\)$")
#: After the last long paragraph, a sentence of at least this many words still closes the article.
MIN_CLOSING_WORDS = 12
#: The tail is trimmed only in a run with at least this many long paragraphs.
MIN_LONG_PARAGRAPHS = 3
#: A block of at most this many lines is checked line by line for page furniture.
MAX_FURNITURE_LINES = 3
#: Score of a block that counts against the article.
MENU_PENALTY = -8
BOILERPLATE_PENALTY = -15
SHORT_PENALTY = -3
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


class ArticleSpan(NamedTuple):
    """Where the article is among the blocks: ``start`` (its headline, if found)
    to ``end`` (exclusive); ``body_start`` is the first block of its prose run.
    ``rival`` to ``rival_end`` is another run of prose nearly as strong: the
    article's bounds are then uncertain, the run is kept and a warning says so."""

    start: int
    body_start: int
    end: int
    headline: int | None
    rival: int | None = None
    rival_end: int | None = None

    def in_rival(self, index: int) -> bool:
        """Whether the block at ``index`` belongs to the rival run of prose."""
        return (
            self.rival is not None
            and self.rival_end is not None
            and (self.rival <= index < self.rival_end)
        )


@lru_cache(maxsize=8192)
def is_menu_line(text: str) -> bool:
    """A short bulleted item, a breadcrumb trail, or a line of items joined by
    separators (``Home | News | Sport``, ``☆ Aktien ☆ Anleihen ☆ Fonds``).
    Cached: every line of a page is asked about several times."""
    words = len(text.split())
    if _MENU_MARK.match(text) and words <= 6:
        return True
    if _BREADCRUMB.match(text):
        return True
    if is_item_list(text):
        return True
    return not _SENTENCE_PUNCTUATION.search(text) and bool(_SEPARATED_ITEMS.search(text))


def is_item_list(text: str) -> bool:
    """Short items joined by separator symbols (``☆ Aktien ☆ Anleihen ☆ Fonds``),
    however many lines a dump wrapped them over."""
    separators = len(_ITEM_SEPARATOR.findall(text))
    words = len(text.split())
    return separators >= MIN_ITEM_SEPARATORS and words <= MAX_ITEM_WORDS * (separators + 1)


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
        and _is_furniture_line(text, menus=False)
    )
    return menus + furniture >= MIN_MENU_LINES


def is_prose(block: Block) -> bool:
    """Sentence-like text of some length."""
    if block.words < MIN_PROSE_WORDS or _MENU_MARK.match(block.lines[0].text):
        return block.words >= 2 * MIN_PROSE_WORDS
    return bool(_SENTENCE_PUNCTUATION.search(block.text))


def is_furniture(block: Block, *, menus: bool = True) -> bool:
    """Whether ``block`` is a picture's caption with its credit, or every line of
    it an interface label, boilerplate (a share button, a reading time) or, with
    ``menus``, a menu item (an article's own lists read like menus: only around
    its header are they not)."""
    if is_credited_caption(block.text):
        return True
    return all(_is_furniture_line(line.text.strip(), menus) for line in block.lines)


def is_credited_caption(text: str) -> bool:
    """A short block naming a picture's credit: the copyright sign or an agency."""
    if len(text.split()) > MAX_CREDIT_WORDS:
        return False
    return bool(_CREDIT().search(text) or _AGENCY_AT_END().search(text))


def captions_twice(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` is a picture's caption written twice by the
    dump (its alt text, then the caption with the credit): the block next to it
    starts with the same text and names a credit."""
    text = blocks[index].text
    return any(
        0 <= other < len(blocks)
        and blocks[other].text.startswith(text)
        and is_credited_caption(blocks[other].text)
        for other in (index - 1, index + 1)
    )


@lru_cache(maxsize=8192)
def _is_furniture_line(text: str, menus: bool) -> bool:
    return bool(
        (menus and is_menu_line(text))
        or match_boilerplate(text)
        or _UI_LABEL().search(text)
        or (len(text.split()) <= MAX_CREDIT_WORDS and _CREDIT().search(text))
    )


#: Boilerplate that stands inside an article as often as around it.
_INLINE_KINDS = frozenset({"related heading"})


def is_cookie_prose(text: str) -> bool:
    """A paragraph of a cookie consent dialog: cookies named twice or more, with
    the words of consent and settings (a dialog often holds several)."""
    return len(_COOKIE().findall(text)) >= MIN_COOKIE_MENTIONS and bool(_CONSENT().search(text))


def block_score(block: Block) -> int:
    """How much ``block`` speaks for being part of the article (negative: against).

    A short block with a boilerplate or menu line in it (a footer menu run
    into a copyright line) counts as boilerplate.
    """
    boilerplate = match_boilerplate(block.text)
    if boilerplate is not None:
        # a heading of links to other stories often stands inside the article
        return SHORT_PENALTY if boilerplate[0] in _INLINE_KINDS else BOILERPLATE_PENALTY
    if all(is_menu_line(line.text) for line in block.lines) or is_item_list(block.text):
        return MENU_PENALTY
    if is_cookie_prose(block.text):
        return BOILERPLATE_PENALTY
    if _has_furniture_line(block):
        return BOILERPLATE_PENALTY
    if is_prose(block):
        return block.words
    return SHORT_PENALTY


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


def _has_furniture_line(block: Block) -> bool:
    short = len(block.lines) <= MAX_FURNITURE_LINES and block.words < 2 * MIN_PROSE_WORDS
    return short and any(
        match_boilerplate(line.text.strip()) or is_menu_line(line.text) for line in block.lines
    )


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


def is_title_like(block: Block) -> bool:
    """A short line that could be a headline: not a sentence, a label, a byline,
    a category list or a picture credit."""
    text = block.text
    if not 2 <= block.words <= MAX_TITLE_WORDS or len(block.lines) > 2:
        return False
    if _MENU_MARK.match(block.lines[0].text) or match_boilerplate(text) or is_menu_line(text):
        return False
    if _NOT_A_TITLE().search(text) or _UI_LABEL().search(text) or has_repeated_phrase(text):
        return False
    if len(_WORD().findall(text)) < 2 or len(_SENTENCE_INSIDE().findall(text)) >= 2:
        return False  # dates and numbers only; or sentences, not a headline
    if _mostly_symbols(text):
        return False  # rules, icons (private-use characters), box drawing
    return not _ENDS_SENTENCE().search(text) or text.rstrip('"”’»)').endswith(("?", "!", "…"))


#: A phrase this long written twice in one line shows a caption glued to its image's text.
REPEATED_PHRASE_CHARS = 16


def has_repeated_phrase(text: str) -> bool:
    """Whether some phrase of ``REPEATED_PHRASE_CHARS`` characters starting a word
    comes twice (``Neil Patrick HarrisNeil Patrick Harris``): an image's alt text
    run into its caption by the page dump, never a headline."""
    seen: set[str] = set()
    for index, char in enumerate(text):
        starts_word = (
            index == 0
            or not text[index - 1].isalnum()
            or (char.isupper() and text[index - 1].islower())
        )
        if not starts_word or not char.isalnum():
            continue
        phrase = text[index : index + REPEATED_PHRASE_CHARS]
        if len(phrase) < REPEATED_PHRASE_CHARS:
            break
        if phrase in seen:
            return True
        seen.add(phrase)
    return False


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


class HeaderEvidence(Sequence[bool]):
    """Whether each block is a byline or date line, asked only of the blocks the
    headline search looks at (within ``reach``; False elsewhere), each once."""

    def __init__(
        self, blocks: Sequence[Block], reach: range, is_header: Callable[[Block], bool]
    ) -> None:
        self._blocks = blocks
        self._reach = reach
        self._is_header = is_header
        self._known: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self._blocks)

    @overload
    def __getitem__(self, index: int) -> bool: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[bool]: ...
    def __getitem__(self, index: int | slice) -> bool | Sequence[bool]:
        if isinstance(index, slice):
            return [self[number] for number in range(len(self))[index]]
        if index not in self._reach:
            return False
        if index not in self._known:
            self._known[index] = self._is_header(self._blocks[index])
        return self._known[index]


def find_article(blocks: Sequence[Block], is_header: Callable[[Block], bool]) -> ArticleSpan | None:
    """Where the article is, or None when ``blocks`` do not look like a page.

    ``is_header`` says a block is a byline or date line: a title next to one
    is the likeliest headline.
    """
    if not looks_like_page(blocks):
        return None
    scores = _lists_in_prose([block_score(block) for block in blocks])
    start, end = best_run(scores)
    if start == end:
        return None
    end = _cut_at_end_marker(blocks, scores, start, end)
    end = _extend_over_closing_lines(blocks, _trim_tail(blocks, start, end))
    last = min(len(blocks), start + HEADER_BELOW_TITLE + HEADLINE_INTO_RUN)
    reach = range(max(0, start - HEADER_REACH - 1), last)
    header_evidence = HeaderEvidence(blocks, reach, is_header)
    headline = _find_headline(blocks, start, header_evidence, scores)
    first = min(headline, start) if headline is not None else start
    rival = _rival_run(scores, start, end)
    if rival is None:
        return ArticleSpan(first, start, end, headline)
    return ArticleSpan(first, start, end, headline, *rival)


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


def _is_closing_line(block: Block) -> bool:
    text = block.text
    if not MIN_CLOSING_LINE_WORDS <= block.words < LONG_PARAGRAPH_WORDS or len(block.lines) > 2:
        return False
    if not _ENDS_CLOSING_LINE().search(text) or is_end_marker(block):
        return False
    if match_boilerplate(text) or is_furniture(block) or is_menu_line(text):
        return False
    return not _CALL_TO_ACTION().search(text)


def _closes_article(block: Block) -> bool:
    """A paragraph of some length that ends a sentence, written after the last long
    one, and no call to sign up or follow the site."""
    if block.words < MIN_CLOSING_WORDS or not _ENDS_SENTENCE().search(block.text):
        return False
    return not _CALL_TO_ACTION().search(block.text)


def is_end_marker(block: Block) -> bool:
    """A heading that ends an article: ``Related articles``, ``Kommentare``, ``Tags:``."""
    return block.words <= 10 and bool(_END_MARKER().match(block.text))


def _cut_at_end_marker(blocks: Sequence[Block], scores: Sequence[int], start: int, end: int) -> int:
    """``end``, or the first end marker in the run when enough prose came before it
    (at least as much as after it, or ``MIN_WORDS_BEFORE_END`` words). A box of
    links set inside the article (``Related``, then a title or two, then the
    article goes on in long paragraphs) ends nothing."""
    for index in range(start + 1, end):
        if not is_end_marker(blocks[index]) or _prose_resumes(blocks, index, end):
            continue
        before = sum(score for score in scores[start:index] if score > 0)
        after = sum(score for score in scores[index:end] if score > 0)
        if before >= after or before >= MIN_WORDS_BEFORE_END:
            return index
    return end


def in_link_box(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` is a link in a box set inside an article:
    a short block under a ``Related``-like marker, with only such blocks between."""
    for back in range(index - 1, max(-1, index - 1 - INLINE_BOX_BLOCKS), -1):
        block = blocks[back]
        if _INLINE_MARKER().match(block.text):
            return blocks[index].words < LONG_PARAGRAPH_WORDS
        if block.words >= LONG_PARAGRAPH_WORDS:
            return False
    return False


def _first_long_pair(blocks: Sequence[Block], start: int) -> int:
    """The index of the first of two long paragraphs in a row from ``start`` on."""
    for index in range(start, len(blocks) - 1):
        if _is_long_paragraph(blocks[index]) and _is_long_paragraph(blocks[index + 1]):
            return index
    return len(blocks)


def _is_long_paragraph(block: Block) -> bool:
    return block.words >= LONG_PARAGRAPH_WORDS and is_prose(block)


def _prose_resumes(blocks: Sequence[Block], marker: int, end: int) -> bool:
    """Whether, after a ``Related``-like marker, long paragraphs follow within
    ``INLINE_BOX_BLOCKS`` blocks: the marker headed a box inside the article."""
    if not _INLINE_MARKER().match(blocks[marker].text):
        return False
    window = range(marker + 1, min(end, marker + 1 + INLINE_BOX_BLOCKS + 1))
    long_ones = [i for i in window if _is_long_paragraph(blocks[i])]
    return len(long_ones) >= 2 and long_ones[1] == long_ones[0] + 1


def _find_headline(
    blocks: Sequence[Block], start: int, header_evidence: Sequence[bool], scores: Sequence[int]
) -> int | None:
    """The likeliest headline among the blocks just above the prose run.

    Evidence: a byline or date line under it (or, less, above it), its text repeated elsewhere on
    the page (a breadcrumb, the page title), a headline's length, nearness
    to the prose, and what stands above it: the page's menus or breadcrumb
    for a headline, a paragraph for a subheading. A person's name alone, a
    label or an end marker is no title.
    """
    page_text = [block.text for block in blocks]
    # a headline stands above the article's long paragraphs: a little into the run
    # when the run opens with teasers or a stray line, never after two long paragraphs
    last = min(_first_long_pair(blocks, start), start + HEADLINE_INTO_RUN)
    reach = range(max(0, start - HEADER_REACH), min(len(blocks), max(last, start + 2)))
    candidates = {
        index
        for index in reach
        if is_title_like(blocks[index])
        and not header_evidence[index]
        and not is_end_marker(blocks[index])
        and not (index > 0 and _ends_with_byline_label(blocks[index - 1].text))
    }
    best: tuple[float, int] | None = None
    for index in sorted(candidates):
        block = blocks[index]
        header_below = _header_below(blocks, index, header_evidence, candidates)
        header_above = index > 0 and header_evidence[index - 1]
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
    blocks: Sequence[Block], index: int, header_evidence: Sequence[bool], candidates: set[int]
) -> bool:
    """Whether a byline or date line stands under the block at ``index``, within
    ``HEADER_BELOW_TITLE`` blocks and with no other possible headline between: a
    site's name above the real headline has the same byline below it. A longer
    line between is the headline's dek and does not count."""
    for other in range(index + 1, min(len(header_evidence), index + 1 + HEADER_BELOW_TITLE)):
        if header_evidence[other]:
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
        if _BREADCRUMB.match(block.text):
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
