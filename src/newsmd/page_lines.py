"""What a line or a block of a whole web page is: a menu item, a breadcrumb, an
interface label, a picture credit, a cookie notice, a heading that ends the
article, or sentence-like prose, and how much it speaks for being part of the
article (``block_score``, the evidence ``page.find_article`` adds up).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .boilerplate import PREVIOUS_OR_NEXT, match_boilerplate
from .languages import has_unspaced_script
from .lazy import lazy_compile
from .model import Block
from .segment import UNSPACED_CHAR

MENU_MARK = re.compile(r"^\s*(?:[•□◦▪▫·●○■‣►»›>*+-]|\d{1,3}[.)])\s+")
_SEPARATED_ITEMS = re.compile(r"\S\s+[|·•/]\s+\S")
#: A symbol standing between the items of a menu printed on one line.
_ITEM_SEPARATOR = re.compile(r"(?:^|\s)[☆★□■▪▫◦•·|»›>►▸‣/]+(?=\s|$)")
#: Separators in a line that make it a menu when its items are short.
MIN_ITEM_SEPARATORS = 3
#: The items of a menu line have at most this many words on average.
MAX_ITEM_WORDS = 4
#: A breadcrumb trail: the home page, then the path to this page.
BREADCRUMB = re.compile(
    r"^(?:startseite|home(?:\s*page)?|accueil|inicio|portada|strona\s+główna|início)\s*[>/»›|]",
    re.IGNORECASE,
)
_SENTENCE_PUNCTUATION = re.compile(r"[.!?…:;][\"'”’»)]*(?:\s|$)|[。！？；]")
#: Page furniture that is short and title-like but never a headline: icon and
#: menu labels, ad markers, form fields, thanks for signing up, paywall timers.
UI_LABEL = lazy_compile(
    r"\bicons?\b|\b(?:navigationsmenü|hauptmenü|main\s+menu|menü|menu|navigation)$"
    r"|^(?:zurück|back)\s+(?:zu[mr]?|to)\b"
    r"|^[-–—\s]*(?:anzeige|werbung|advertisement|sponsored|publicidad|pubblicità|reklama)[-–—\s]*$"
    r"|^toggle\b|^(?:vielen\s+dank|thank\s+you|thanks|merci|gracias)\s+(?:für|for|pour|por)\b"
    r"|^(?:correo\s+electrónico|e-?mail(?:-adresse)?|passwor[dt]|contraseña|benutzername|username)$"
    r"|\b(?:kostenlos|gratis|free)\s+(?:bis|until)\b"
    r"|^startseite(?=[A-ZÄÖÜ])|\büberspringen$|^skip\s+to\b|[×✕✖]$"
    r"|^(?:vollbild|full\s*screen|plein\s+écran|pantalla\s+completa|schließen|close)$"
    r"|^(?:angemeldet\s+bleiben|remember\s+me|stay\s+(?:signed|logged)\s+in|nur\s+titel\s+durchsuchen"
    r"|search\s+titles\s+only)$"
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
    r"(?:artikel|beiträge|posts|news|nachrichten|stories|kommentare|comments)$"
    # calls to act: learn more, sign up, subscribe, try, book, shop
    r"|^(?:learn|find\s+out|read)\s+more\b|^(?:sign\s+up|subscribe|try|book|shop|buy|apply)"
    r"\s+(?:now|today|for\s+free|free)\b|^(?:mehr\s+erfahren|jetzt\s+(?:mehr|testen"
    r"|kaufen|bestellen|buchen|abonnieren))\b",
    re.IGNORECASE,
)
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
ENDS_SENTENCE = lazy_compile(r"[.!?…。！？][\"'”’»)」』”]*$")
#: Headings of a box of links to other stories: after an article, or set inside it.
_LINK_BOX_HEADING = (
    r"related(?:\s+(?:articles?|posts?|stories|content))?|read\s+more|see\s+also"
    r"|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|zum\s+weiterlesen|à\s+lire\s+aussi|lire\s+aussi"
    r"|lee\s+también|leggi\s+anche|leia\s+também|czytaj\s+(?:też|także)|zobacz\s+(?:też|także)"
)
#: Headings of a box about the site, the series or the author: after an article, or
#: (``Zur Person``) set inside an interview.
_ABOUT_BOX_HEADING = (
    r"über\s+(?:uns|diese[ns]?\s+\w+|den\s+autor|die\s+autor(?:in|en))|zur\s+person"
    r"|about\s+(?:us|the\s+authors?|this\s+(?:series|blog|site))|à\s+propos\s+de\s+(?:l['’]auteur|nous)"
    r"|sobre\s+(?:nosotros|el\s+autor|la\s+autora)|chi\s+siamo|o\s+nas|o\s+autorze"
)
#: Headings that end an article on a page: related stories, comments, tags.
_END_MARKER = lazy_compile(
    rf"^[\s•·»›>*□-]*(?:{_LINK_BOX_HEADING}"
    r"|related\s+topics|more\s+(?:stories|articles|news|from\s+\w+)"
    r"|latest\s+(?:articles|news|stories)|trending(?:\s+(?:posts|now|stories))?|you\s+might\s+also\s+like"
    r"|(?:leave\s+a\s+)?(?:reply|comments?)|add\s+(?:a\s+)?comment|tags?"
    r"|schreibe?\s+eine\s+antwort|antwort\s+verfassen|dejar?\s+un\s+comentario|laisser\s+un\s+commentaire"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published.*"
    r"|verwandte\s+(?:artikel|themen|beiträge)"
    r"|weitere\s+(?:artikel|beiträge|themen|nachrichten|meldungen|news)(?:\s+\w+){0,3}"
    r"|meistgelesene?(?:\s+artikel)?"
    r"|das\s+könnte\s+(?:sie|dich|ihnen|dir)\s+auch\s+(?:interessieren|gefallen)|schreibe?\s+einen\s+kommentar.*"
    r"|kommentare?(?:\s+\(\d+\))?|teilen(?:\s+sie\s+dies)?\s+mit|schlagwörter|schlagworte"
    r"|sur\s+le\s+même\s+sujet|commentaires?|articles\s+similaires"
    r"|te\s+puede\s+interesar|noticias\s+relacionadas|comentarios|más\s+noticias"
    r"|articoli\s+correlati|commenti|notícias\s+relacionadas|comentários"
    r"|komentarze|polecamy|podobne\s+artykuły"
    r"|ähnlich(?:e[nrs]?)?(?:\s+(?:artikel|beiträge|themen|rezepte|produkte|posts|videos|meldungen))?"
    # a press release's contact for the press
    r"|press(?:e)?kontakt(?:e)?|press\s+contacts?|media\s+(?:contacts?|enquiries|inquiries)"
    r"|medienkontakt|kontakt\s+für\s+(?:die\s+)?(?:presse|medien)|contacts?\s+presse"
    r"|contacto\s+(?:de\s+)?prensa|contatti\s+stampa|kontakt\s+dla\s+mediów"
    rf"|{_ABOUT_BOX_HEADING}"
    rf"|{PREVIOUS_OR_NEXT}"  # links to the previous and next story
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
INLINE_MARKER = lazy_compile(rf"^[\s•·»›>*□-]*(?:{_LINK_BOX_HEADING})\s*[:.!…]*\s*$", re.IGNORECASE)
#: The words for comments, in a heading over them or a count of them.
_COMMENTS = (
    r"(?:repl(?:y|ies)|comments?|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?"
    r"|comentários|antworten|thoughts?|responses?)\b"
)
_COMMENTS_WORD = lazy_compile(rf"\b{_COMMENTS}", re.IGNORECASE)
#: A count of the comments heading them: ``{ 38 comments… read them below or add one }``.
_COMMENTS_COUNT = lazy_compile(rf"^[\s•·»›>*□{{(-]*\d+\s+(?:\w+\s+)?{_COMMENTS}", re.IGNORECASE)


def is_comments_heading(block: Block) -> bool:
    """Whether ``block`` heads the page's comments: a heading that ends articles and
    names comments (``Kommentare (3)``, ``Leave a Reply``), or a count of them."""
    text = block.text
    if block.words > MAX_COMMENTS_HEADING_WORDS or not _COMMENTS_WORD().search(text):
        return False
    if is_end_marker(block):
        return True
    if _COMMENTS_COUNT().match(text) and not ENDS_SENTENCE().search(text):
        return True
    found = match_boilerplate(text)
    return found is not None and found[0] == "comment count"


#: A comments heading has at most this many words (``{ 38 comments… read them below or add one }``).
MAX_COMMENTS_HEADING_WORDS = 12
#: Markers of a box about the author or the site, which a page may also set inside an article.
ABOUT_BOX_MARKER = lazy_compile(
    rf"^[\s•·»›>*□-]*(?:{_ABOUT_BOX_HEADING})\s*[:.!…]*\s*$", re.IGNORECASE
)
#: A block of prose has at least this many words.
MIN_PROSE_WORDS = 10
#: A paragraph of this many words is a long one.
LONG_PARAGRAPH_WORDS = 25
CALL_TO_ACTION = lazy_compile(
    r"newsletter|inbox|posteingang|sign\s+up|tell\s+us|abonnier|subscribe|suscrib|iscriviti"
    r"|inscrivez|zapisz\s+się|melde\s+dich"
    r"|follow\s+us|folge\s+uns|folgen\s+sie\s+uns|síguenos|seguir\s+a|suivez-nous|unterstütze"
    r"|hier\s+klicken|click\s+here|cliquez\s+ici|haga\s+clic|haz\s+clic|clicca\s+qui|kliknij\s+tutaj",
    re.IGNORECASE,
)
#: A block of at most this many lines is checked line by line for page furniture.
MAX_FURNITURE_LINES = 3
#: Score of a block that counts against the article.
MENU_PENALTY = -8
BOILERPLATE_PENALTY = -15
SHORT_PENALTY = -3


@lru_cache(maxsize=8192)
def is_menu_line(text: str) -> bool:
    """A short bulleted item, a breadcrumb trail, or a line of items joined by
    separators (``Home | News | Sport``, ``☆ Aktien ☆ Anleihen ☆ Fonds``).
    Cached: every line of a page is asked about several times."""
    words = len(text.split())
    if MENU_MARK.match(text) and words <= 6:
        return True
    if BREADCRUMB.match(text):
        return True
    if is_item_list(text):
        return True
    if _SENTENCE_PUNCTUATION.search(text) or not _SEPARATED_ITEMS.search(text):
        return False
    return not _is_titled_page_name(text)


#: In ``Headline | Site``, the headline has at least this many words: a page's title, no menu.
MIN_PAGE_TITLE_WORDS = 6


def _is_titled_page_name(text: str) -> bool:
    """``Council votes to close the old bridge | Harbour Gazette``: a page's title
    (a headline and the site's name), not a menu of two items."""
    items = _ITEM_SEPARATOR.split(text)
    named = [item for item in items if item.strip()]
    return len(named) == 2 and len(named[0].split()) >= MIN_PAGE_TITLE_WORDS


def is_item_list(text: str) -> bool:
    """Short items joined by separator symbols (``☆ Aktien ☆ Anleihen ☆ Fonds``),
    however many lines a dump wrapped them over; or items a dump wrote several
    times over (``□ Backen Backen Backen ☆ Torten Torten Torten``)."""
    separators = len(_ITEM_SEPARATOR.findall(text))
    if separators < MIN_ITEM_SEPARATORS:
        return False
    words = len(text.split())
    return words <= MAX_ITEM_WORDS * (separators + 1) or has_repeated_phrase(text)


def is_prose(block: Block) -> bool:
    """Sentence-like text of some length."""
    if block.words < MIN_PROSE_WORDS:
        return False
    if MENU_MARK.match(block.lines[0].text):
        # a list item is prose when long, or when it is a sentence (a recipe's step)
        return block.words >= 2 * MIN_PROSE_WORDS or bool(ENDS_SENTENCE().search(block.text))
    return bool(_SENTENCE_PUNCTUATION.search(block.text)) and _has_clauses(block.text)


#: Chinese or Japanese prose has a comma or a full stop at least every this many characters.
MAX_CLAUSE_CHARS = 25
_CLAUSE_MARK = re.compile(r"[，。！？；、,.!?;]")


def _has_clauses(text: str) -> bool:
    """Whether text written without spaces (Chinese, Japanese) is cut into clauses
    by punctuation, as prose is and a run of glued links is not."""
    if not has_unspaced_script(text):
        return True
    unspaced = len(UNSPACED_CHAR().findall(text))
    return (
        unspaced < MAX_CLAUSE_CHARS
        or len(_CLAUSE_MARK.findall(text)) * MAX_CLAUSE_CHARS >= unspaced
    )


def is_furniture(block: Block, *, menus: bool = True) -> bool:
    """Whether ``block`` is a picture's caption with its credit, or every line of
    it an interface label, boilerplate (a share button, a reading time) or, with
    ``menus``, a menu item (an article's own lists read like menus: only around
    its header are they not)."""
    if is_credited_caption(block.text):
        return True
    return all(is_furniture_line(line.text.strip(), menus) for line in block.lines)


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


#: A picture's caption has at most this many words.
MAX_CAPTION_WORDS = 30


def caption_over_credit(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` is a picture's caption: a short block whose
    next line, with no blank line between, is the picture's credit (``Foto: …``,
    not a table's ``Quelle: …``)."""
    block = blocks[index]
    if block.words > MAX_CAPTION_WORDS or index + 1 >= len(blocks):
        return False
    below = blocks[index + 1]
    if below.lines[0].number != block.last_line + 1:
        return False
    return bool(_PICTURE_CREDIT().match(below.text)) and match_boilerplate(below.text) is not None


#: A credit line that names a picture (a ``Quelle:`` or ``Source:`` line may be a table's).
_PICTURE_CREDIT = lazy_compile(
    r"(?:fotos?|photos?|photograph|bild(?:er)?|images?|picture|credit|crédito|crédit|zdjęcie"
    r"|foto\s*&\s*text)\s*:",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def is_furniture_line(text: str, menus: bool) -> bool:
    return bool(
        (menus and is_menu_line(text))
        or match_boilerplate(text)
        or UI_LABEL().search(text)
        or (len(text.split()) <= MAX_CREDIT_WORDS and _CREDIT().search(text))
    )


#: Boilerplate that stands inside an article (or right at it) as often as around it:
#: headings of related links, share buttons. It counts against the article no more
#: than a short line does.
_INLINE_KINDS = frozenset({"related heading", "share prompt"})


def is_cookie_prose(text: str) -> bool:
    """A paragraph of a cookie consent dialog: cookies named twice or more, with
    the words of consent and settings (a dialog often holds several)."""
    return len(_COOKIE().findall(text)) >= MIN_COOKIE_MENTIONS and bool(_CONSENT().search(text))


#: An interface label is a block of at most this many words.
MAX_LABEL_BLOCK_WORDS = 6


def block_score(block: Block) -> int:
    """How much ``block`` speaks for being part of the article (negative: against).

    A short block with a boilerplate or menu line in it (a footer menu run
    into a copyright line) counts as boilerplate.
    """
    boilerplate = match_boilerplate(block.text)
    if boilerplate is not None:
        # a heading of links to other stories often stands inside the article
        return SHORT_PENALTY if boilerplate[0] in _INLINE_KINDS else BOILERPLATE_PENALTY
    if _is_navigation(block):
        return MENU_PENALTY
    if is_cookie_prose(block.text) or _has_furniture_line(block):
        return BOILERPLATE_PENALTY
    if is_prose(block):
        return block.words
    if _RECIPE_PART().match(block.text):
        return RECIPE_PART_SCORE
    return SHORT_PENALTY


#: What the heading of a recipe's ingredients or steps counts for: the article's own
#: structure, like a paragraph of prose (a recipe is mostly lists and short lines).
RECIPE_PART_SCORE = 20
_RECIPE_PART = lazy_compile(
    r"(?:zutaten|zubereitung(?:sschritte)?|ingredients|instructions|directions|method|preparation"
    r"|ingrédients|préparation|ingredientes|preparación|elaboración|ingredienti|procedimento"
    r"|preparazione|składniki|przygotowanie|modo\s+de\s+preparo)"
    r"(?:\s+(?:für|for|pour|para|per|na)\s+[\w\s]{1,30})?\s*:?$",
    re.IGNORECASE,
)


def _is_navigation(block: Block) -> bool:
    """Menu lines, a menu wrapped over several lines, or an interface label (a
    button, a gallery's counter): the page's navigation."""
    if all(is_menu_line(line.text) for line in block.lines) or is_item_list(block.text):
        return True
    return block.words <= MAX_LABEL_BLOCK_WORDS and bool(UI_LABEL().search(block.text))


def _has_furniture_line(block: Block) -> bool:
    short = len(block.lines) <= MAX_FURNITURE_LINES and block.words < 2 * MIN_PROSE_WORDS
    return short and any(
        match_boilerplate(line.text.strip()) or is_menu_line(line.text) for line in block.lines
    )


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


def is_end_marker(block: Block) -> bool:
    """A heading that ends an article: ``Related articles``, ``Kommentare``, ``Tags:``."""
    return block.words <= 10 and bool(_END_MARKER().match(block.text))


def is_long_paragraph(block: Block) -> bool:
    return block.words >= LONG_PARAGRAPH_WORDS and is_prose(block)


def first_long_pair(blocks: Sequence[Block], start: int, stop: int | None = None) -> int:
    """The index of the first of two long paragraphs in a row from ``start`` on
    (before ``stop``, by default the end of the page), else ``stop``."""
    stop = len(blocks) if stop is None else stop
    for index in range(start, stop - 1):
        if is_long_paragraph(blocks[index]) and is_long_paragraph(blocks[index + 1]):
            return index
    return stop


#: A box of links inside an article is followed by the article's prose within this many blocks.
INLINE_BOX_BLOCKS = 3


def in_link_box(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` is a link in a box set inside an article:
    a short block under a ``Related``-like marker, with only such blocks between."""
    for back in range(index - 1, max(-1, index - 1 - INLINE_BOX_BLOCKS), -1):
        block = blocks[back]
        if INLINE_MARKER().match(block.text):
            return blocks[index].words < LONG_PARAGRAPH_WORDS
        if block.words >= LONG_PARAGRAPH_WORDS:
            return False
    return False


_COPYRIGHT_MARK = lazy_compile(r"©|\(c\)|copyright", re.IGNORECASE)
_COPYRIGHT_HOLDER = lazy_compile(
    r"(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\s*(?:[-–—]\s*(?:19|20)\d\d)?\s*"
    r"([A-Za-zÀ-ÿ][\w.&-]{3,})",
    re.IGNORECASE,
)


def site_names(blocks: Sequence[Block]) -> frozenset[str]:
    """The names a page's copyright lines give its owner (``© 2022 energiehoch3 GmbH``
    gives ``energiehoch3``), in lower case. Only a line with a year counts: a picture's
    credit (``© Markus Leitner``) names its photographer, not the site."""
    names: set[str] = set()
    for block in blocks:
        if block.words <= MAX_COPYRIGHT_LINE_WORDS and _COPYRIGHT_MARK().search(block.text):
            holders = _COPYRIGHT_HOLDER().findall(block.text)
            names.update(name.strip(".-&").lower() for name in holders)
    return frozenset(names - _NOT_A_NAME)


def names_the_site(text: str, names: frozenset[str]) -> bool:
    """Whether a word of ``text`` is one of the site's ``names`` (see ``site_names``)."""
    return not names.isdisjoint(word.strip(".-&").lower() for word in _NAME_WORD().findall(text))


_NAME_WORD = lazy_compile(r"[\w.&-]+")
#: A copyright line has at most this many words.
MAX_COPYRIGHT_LINE_WORDS = 16
_NOT_A_NAME = frozenset({"copyright", "all", "rights", "reserved", "alle", "rechte", "the", "by"})
