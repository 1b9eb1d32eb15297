"""The classification rules: small pure functions, tried in order, first match wins.

Each rule takes a block and the context of the blocks around it and returns a
``Verdict`` (role, rule name, human reason, values read) or None when it does
not apply. ``RULES`` is the precedence, declared once.
"""

from __future__ import annotations

import re

from .boilerplate import match_boilerplate
from .bylines import (
    agency_name,
    has_byline_prefix,
    has_label_prefix,
    is_role,
    looks_like_name,
    names_in_line,
    read_byline,
)
from .context import MAX_BYLINE_WORDS, Context, Rule
from .datelines import read_dateline
from .dates import find_date, read_date_line
from .header import byline_values, read_credits, read_header_line
from .mail import HEADER, MARKER, NOTE, block_fields, subject_title
from .model import BODY_ROLES, Block, Role, Verdict
from .page_headline import without_site_name
from .page_lines import LONG_PARAGRAPH_WORDS
from .page_rules import outside_article, page_furniture, page_header_line

#: A headline has at most this many words.
MAX_HEADLINE_WORDS = 30
#: A dek (standfirst) has at most this many words.
MAX_DEK_WORDS = 45
#: A line of names without a ``By`` has at most this many words.
MAX_BARE_BYLINE_WORDS = 8
#: A subheading has at most this many words.
MAX_HEADING_WORDS = 10
#: A paragraph after a subheading has at least this many words.
MIN_WORDS_AFTER_HEADING = 15

_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’»)]*$")
_INNER_SENTENCE_END = re.compile(r"[a-z]{2,}[.!?][\"'”’»)]*\s+[A-Z]")
_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□➢►*+-]|–|—)\s+(?=\S)")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")
_QUOTE_MARK = re.compile(r"^>\s?")
_BIO_LABEL = re.compile(
    r"^(?:about\s+the\s+authors?|about\s+(?:me|us)|the\s+author|über\s+(?:den|die)\s+autor(?:in)?|"
    r"à\s+propos\s+de\s+l['’]auteur|sobre\s+el\s+autor|sull['’]autore)\s*:?$",
    re.IGNORECASE,
)
_BIO_VERB = re.compile(
    r"^(?:is|was|has|had|writes|covers|reports|joined|\u2019s|'s|,"
    # the same verbs in the other languages newsmd reads: ``Claire Dubois est journaliste``
    r"|ist|war|schreibt|berichtet|arbeitet|est|était|écrit|couvre|travaille|es|fue|escribe"
    r"|cubre|trabaja|è|era|scrive|lavora|jest|był|była|pisze|pracuje|schrijft|é|foi|escreve)\b",
    re.IGNORECASE,
)
_GENERIC_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+.{0,80}?"
    r"\b(?:journalist|reporter|correspondent|writer|editor|columnist|author|contributor|"
    r"freelancer|analyst|producer|critic|photographer)s?\b",
)


def mail_header(block: Block, ctx: Context) -> Verdict | None:
    """A line of the header of the e-mail the article came in, the line that opens a
    forwarded message, or the forwarder's note above it (see mail.py): left out of the
    body; the subject is the title when the text gives no headline, the date the date
    when it gives none."""
    part = ctx.mail.get(ctx.position)
    if part == MARKER:
        return Verdict(Role.DROPPED, "mail_header", "the line that opens a forwarded e-mail")
    if part == NOTE:
        reason = "the forwarding mail's own text, above the forwarded message"
        return Verdict(Role.DROPPED, "mail_header", reason)
    if part != HEADER:
        return None
    fields = block_fields(block) or ()
    values: list[tuple[str, str]] = []
    for field in fields:
        if field.field == "subject":
            values.append(("mail_subject", subject_title(field.value)))
        elif field.field == "date" and (iso := find_date(field.value, ctx.dates)):
            values.append(("mail_date", iso))
    names = ", ".join(field.field for field in fields)
    return Verdict(Role.DROPPED, "mail_header", f"e-mail header ({names})", tuple(values))


#: The labels of a metadata line at the head of a text (``Title: …``, ``Section: …``,
#: as archives and scrapers write them), by the value each gives.
_FIELD_LABELS = {
    "title": "title headline titel überschrift titre título titolo tytuł",
    "section": "section ressort rubrik rubrique sección sezione seção dział category kategorie",
    "source": "source publication publisher quelle fuente fonte źródło",
    "url": "url link permalink",
}
_FIELD_LABEL_NAMES = "|".join(
    label for labels in _FIELD_LABELS.values() for label in labels.split()
)
_FIELD_LINE = re.compile(rf"^(?P<label>{_FIELD_LABEL_NAMES})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
#: A section's or a source's name has at most this many words.
MAX_FIELD_WORDS = 8
_FIELD_OF_LABEL = {
    label: field for field, labels in _FIELD_LABELS.items() for label in labels.split()
}


def field_line(block: Block, ctx: Context) -> Verdict | None:
    """A metadata line above the article (``Title: …``, ``Section: Politics``,
    ``Source: The Harbour Gazette``, ``URL: https://…``): its value fills the field,
    a title as the headline."""
    if ctx.body_started or len(block.lines) > 1 or ":" not in block.text:
        return None
    match = _FIELD_LINE.match(block.text)
    if match is None:
        return None
    field, value = _FIELD_OF_LABEL[match["label"].lower()], match["value"].strip()
    if not _is_field_value(field, value) or (field == "title" and ctx.seen(Role.HEADLINE)):
        return None
    reason = f"a {match['label']}: line giving the {field}"
    if field == "title":
        return Verdict(Role.HEADLINE, "field_line", reason, (("text", value),))
    return Verdict(Role.DROPPED, "field_line", reason, ((field, value),))


def _is_field_value(field: str, value: str) -> bool:
    """Any title; an address for ``url``; a name, not a sentence after a colon, for
    the section and the source."""
    if field == "title":
        return True
    if field == "url":
        return value.startswith(("http://", "https://", "www."))
    return len(value.split()) <= MAX_FIELD_WORDS


def end_mark_or_boilerplate(block: Block, ctx: Context) -> Verdict | None:
    """A line that a page or wire service adds around the article (see boilerplate.py)."""
    found = match_boilerplate(block.text)
    if found is None:
        return None
    kind, reason = found
    values = (("source", "Reuters"),) if block.text.lower().startswith("reuter") else ()
    return Verdict(Role.DROPPED, kind.replace(" ", "_"), f"{reason}: {block.text!r}", values)


_CONTACT_DETAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{6,}\d|https?://|www\."
)
#: Contact details under a press contact heading run at most this many words a block.
MAX_CONTACT_WORDS = 20


def press_contact(block: Block, ctx: Context) -> Verdict | None:
    """A press release's contact details (a name, an e-mail address, a telephone
    number) in the short blocks under its ``Media Contact:`` heading."""
    previous = ctx.previous
    if previous is None or previous.rule not in {"press_contact_label", "press_contact"}:
        return None
    if block.words > MAX_CONTACT_WORDS:
        return None
    if not (_CONTACT_DETAIL.search(block.text) or looks_like_name(block.text)):
        return None
    reason = "contact details under a press release's contact heading"
    return Verdict(Role.DROPPED, "press_contact", reason)


#: Headings of a list of links (``Mehr zum Thema``, ``Archivado en``), and the items
#: under one.
_LINK_HEADINGS = frozenset({"related_heading", "tags_label", "linked_item"})
#: A linked story's title or a tag has at most this many words.
MAX_LINK_WORDS = 20


def linked_item(block: Block, ctx: Context) -> Verdict | None:
    """A title or tag under a heading of links (``Mehr zum Thema`` / ``Bahnstreik: Was
    Reisende wissen müssen``): short, no sentence. The first paragraph ends the list."""
    previous = ctx.previous
    if previous is None or previous.rule not in _LINK_HEADINGS or len(block.lines) > 2:
        return None
    if block.words > MAX_LINK_WORDS or block.text.rstrip().endswith((".", ",", ";", ":")):
        return None
    return Verdict(Role.DROPPED, "linked_item", "listed under a heading of links or tags")


#: A caption has at most this many words.
MAX_CAPTION_WORDS = 60


def labelled_caption(block: Block, ctx: Context) -> Verdict | None:
    """The caption under an ``Image caption,`` label (as BBC pages print it)."""
    previous = ctx.previous
    if previous is None or previous.rule != "caption_label" or block.words > MAX_CAPTION_WORDS:
        return None
    return Verdict(Role.DROPPED, "photo_caption", "a caption, under its label")


#: A line of a site's menu has at least this many items joined by ``|`` ...
MIN_MENU_ITEMS = 3
#: ... each of at most this many words.
MAX_MENU_ITEM_WORDS = 4


def navigation_line(block: Block, ctx: Context) -> Verdict | None:
    """Above the article's first paragraph, one line of short items joined by ``|``
    (``Politik | Blog | Mailaktion Bundestag``): a site's menu or section trail
    copied with the article."""
    if len(block.lines) != 1 or "|" not in block.text:
        return None
    items = [item.split() for item in block.text.split("|")]
    if len(items) < MIN_MENU_ITEMS or not all(_is_menu_item(item) for item in items):
        return None
    if any(earlier.words >= LONG_PARAGRAPH_WORDS for earlier in ctx.blocks[: ctx.position]):
        return None
    return Verdict(Role.DROPPED, "navigation_line", "a line of the site's menu before the article")


def _is_menu_item(words: list[str]) -> bool:
    """A menu's item: a word or a few, not a figure (``Wheat | 1.5 | 2.0`` is a table's row)."""
    return 1 <= len(words) <= MAX_MENU_ITEM_WORDS and any(char.isalpha() for char in words[0])


def bio_label(block: Block, ctx: Context) -> Verdict | None:
    """``About the author``: the label of a bio, after the body."""
    if not ctx.body_started or not _BIO_LABEL.match(block.text):
        return None
    return Verdict(Role.DROPPED, "bio_label", "label introducing the author bio")


def byline(block: Block, ctx: Context) -> Verdict | None:
    """A byline, alone or with a date or agency: ``By Jane Doe and John Roe``,
    ``Author: Jason Ditz``, ``Jane Doe | Reuters``, ``By Jane Doe | June 19, 2013``,
    ``Jane Doe, Staff Writer``; a bare name only before the body, with such support.
    """
    if len(block.lines) > 2 or block.words > MAX_BYLINE_WORDS:
        return None
    if not (ctx.seen(Role.HEADLINE) or ctx.body_started or has_label_prefix(block.text)):
        return None  # ``By Popular Demand`` opening a file is a headline
    header = read_header_line(block.text, ctx.dates, bare_names=not ctx.body_started)
    if header is None or not header.names:
        return _agency_byline(block) or _byline_with_time(block, ctx) or _byline_role(block, ctx)
    names = ", ".join(header.names)
    return Verdict(Role.BYLINE, "byline", f"byline naming {names}", header.values())


def _agency_byline(block: Block) -> Verdict | None:
    """A byline that names an agency and no person (``By The Associated Press``, ``Von
    dpa``, ``By Reuters Staff``): the agency is the source, and there is no author."""
    found = read_byline(block.text)
    if found is None or found.names or found.agency is None:
        return None
    reason = f"byline naming the agency {found.agency}, no person"
    return Verdict(Role.BYLINE, "byline", reason, (("source", found.agency),))


def _byline_with_time(block: Block, ctx: Context) -> Verdict | None:
    """``Posted by T. V. Raman at 2:33 PM``, ``Von Claudia Riedler 19. Oktober 2019``:
    a prefix, names, then a date or time."""
    if not has_byline_prefix(block.text):
        return None
    names = names_in_line(block.text)
    if not names:
        return None
    iso = find_date(block.text, ctx.dates)
    values = byline_values(names, iso)
    return Verdict(Role.BYLINE, "byline", f"byline naming {', '.join(names)}, then a time", values)


#: A job title or agency on its own line has at most this many words.
MAX_ROLE_WORDS = 5


def _byline_role(block: Block, ctx: Context) -> Verdict | None:
    """The byline's job title or agency on a line of its own under it: ``By Hannah
    Voss`` / ``Guest Columnist``, ``By Maria Lopez`` / ``The Associated Press``."""
    previous = ctx.previous
    if previous is None or previous.role is not Role.BYLINE or len(block.lines) > 1:
        return None
    if block.words > MAX_ROLE_WORDS or _SENTENCE_END.search(block.text):
        return None  # a sentence about the author is the bio's
    agency = agency_name(block.text)
    if agency is None and not is_role(block.text):
        return None
    values = (("source", agency),) if agency else ()
    return Verdict(
        Role.BYLINE, "byline", "the byline's job title or agency, on its own line", values
    )


def name_above_date(block: Block, ctx: Context) -> Verdict | None:
    """A line of names right under the headline and right above a date line."""
    following = ctx.next_block
    if not ctx.seen(Role.HEADLINE) or ctx.body_started or following is None:
        return None
    if block.words > MAX_BARE_BYLINE_WORDS or read_date_line(following.text, ctx.dates) is None:
        return None
    found = read_byline(block.text, needs_prefix=False)
    if found is None or not found.names:
        return None
    return Verdict(
        Role.BYLINE,
        "name_above_date",
        "names in the header, right above a date",
        byline_values(found.names),
    )


def credit_line(block: Block, ctx: Context) -> Verdict | None:
    """``(Reporting by ...; Editing by ...)``, ``AP writer X contributed to this report.``"""
    credits = read_credits(block.text)
    if not credits:
        return None
    values = tuple(("credit", credit) for credit in credits)
    return Verdict(Role.CREDIT, "credit_line", "credits contributors who are not bylined", values)


def date_line(block: Block, ctx: Context) -> Verdict | None:
    """``June 19, 2013``, ``Published: 2013-06-19 14:03 EDT``, or several dates joined
    by separators (``Published June 19, 2013 | Updated June 20, 2013``)."""
    found = read_date_line(block.text, ctx.dates)
    if found is None:
        return _dates_line(block, ctx)
    if found.iso is None:
        return Verdict(Role.DATE, "date_line", "date without a year or day: no date is inferred")
    how = "year inferred from --year/--now" if found.inferred else "only a date"
    values = ((found.kind, found.iso),)
    return Verdict(
        Role.DATE, "date_line", f"line holding {how} ({found.kind}: {found.iso})", values
    )


def _dates_line(block: Block, ctx: Context) -> Verdict | None:
    """A line of several items that are all dates."""
    if len(block.lines) > 1 or block.words > MAX_BYLINE_WORDS:
        return None
    header = read_header_line(block.text, ctx.dates, bare_names=False)
    if header is None or header.names or header.agency or not header.dates:
        return None
    listed = ", ".join(f"{kind}: {iso}" for kind, iso in header.dates)
    return Verdict(Role.DATE, "date_line", f"line holding only dates ({listed})", header.dates)


#: Section labels a site or paper sets above a headline (a kicker), in the languages
#: newsmd reads; the label is the article's ``section``.
SECTION_LABELS = frozenset(
    {
        "opinion", "analysis", "news analysis", "editorial", "commentary", "comment",
        "column", "guest column", "op-ed", "letters", "letter to the editor", "review",
        "obituary", "explainer", "interview", "perspective", "essay", "fact check",
        "meinung", "kommentar", "gastbeitrag", "gastkommentar", "leitartikel", "analyse",
        "kolumne", "nachruf", "reportage", "tribune", "éditorial", "chronique", "entretien",
        "opinión", "análisis", "tribuna", "columna", "entrevista", "opinione", "commento",
        "editoriale", "analisi", "intervista", "opinia", "komentarz", "analiza", "wywiad",
        "exclusive", "breaking", "breaking news", "exklusiv", "eilmeldung", "exclusif",
        "exclusiva", "esclusiva", "última hora",
    }
)  # fmt: skip


#: A topic line above a headline (``Inflation``, ``Nahost-Konflikt``) has at most
#: this many words, and the headline under it from ... to ... words.
MAX_TOPIC_WORDS = 2
MIN_TITLE_UNDER_TOPIC, MAX_TITLE_UNDER_TOPIC = 3, 12


def kicker(block: Block, ctx: Context) -> Verdict | None:
    """A kicker above the headline: a section label (``OPINION``, ``Kommentar``), which
    is the section, or a topic line of a word or two (``Inflation``, the German
    Dachzeile) over a longer headline."""
    if ctx.previous is not None and ctx.previous.role is not Role.DROPPED:
        return None  # only lines dropped so far: the kicker opens the text
    if ctx.span is not None or ctx.roles_seen - {Role.DROPPED} or len(block.lines) > 1:
        return None
    label = block.text.strip(" :|–—-")
    following = ctx.next_block
    if following is None or len(following.lines) > 1 or _SENTENCE_END.search(following.text):
        return None  # no headline under it
    if label.lower() in SECTION_LABELS and following.words <= MAX_HEADLINE_WORDS:
        reason = f"section label above the headline (section: {label})"
        return Verdict(Role.DROPPED, "kicker", reason, (("section", label),))
    if _is_topic_line(label) and _is_title_under_topic(following, ctx):
        return Verdict(Role.DROPPED, "kicker", "topic line above the headline (a kicker)")
    return None


def _is_topic_line(label: str) -> bool:
    """A word or two, capitalised, without digits or a sentence's marks."""
    words = label.split()
    return (
        0 < len(words) <= MAX_TOPIC_WORDS
        and label[:1].isupper()
        and not any(char.isdigit() or char in ".!?,;" for char in label)
    )


def _is_title_under_topic(following: Block, ctx: Context) -> bool:
    """A headline's length, with more text under it (the article)."""
    below = ctx.position + 2
    return MIN_TITLE_UNDER_TOPIC <= following.words <= MAX_TITLE_UNDER_TOPIC and below < len(
        ctx.blocks
    )


def headline(block: Block, ctx: Context) -> Verdict | None:
    """The first short block before any body text is the headline; in a whole
    page, the block that ``page.find_article`` chose."""
    if ctx.span is not None and ctx.span.headline is not None:
        return _page_headline(block, ctx) if ctx.position == ctx.span.headline else None
    if ctx.seen(Role.HEADLINE) or ctx.body_started or ctx.seen(Role.DEK):
        return None
    if block.words > MAX_HEADLINE_WORDS or len(block.lines) > 2 or ctx.next_block is None:
        return None
    if read_dateline(block.text):
        return None
    if ctx.mail_subject is not None and _SENTENCE_END.search(block.text):
        return None  # the body's first sentence; the mail's subject is the title
    return Verdict(Role.HEADLINE, "headline", "first short line before the body")


def _page_headline(block: Block, ctx: Context) -> Verdict:
    """The headline ``page.find_article`` chose, without a site's name after it."""
    reason = "title-like line heading the article's prose"
    title = without_site_name(ctx.blocks, ctx.position)
    if title == block.text:
        return Verdict(Role.HEADLINE, "page_headline", reason)
    left_out = block.text[len(title) :].strip()
    reason += f", the site's name after it left out ({left_out!r})"
    return Verdict(Role.HEADLINE, "page_headline", reason, (("text", title),))


def dek(block: Block, ctx: Context) -> Verdict | None:
    """A short line under the headline that is not a sentence of the body."""
    previous = ctx.previous
    if previous is None or previous.role is not Role.HEADLINE or ctx.next_block is None:
        return None
    if block.words > MAX_DEK_WORDS or len(block.lines) > 3:
        return None
    if _SENTENCE_END.search(block.text) or _INNER_SENTENCE_END.search(block.text):
        return None
    if read_dateline(block.text):
        return None
    return Verdict(Role.DEK, "dek", "short line under the headline, not a sentence of the body")


#: The marks a line may be made of to set parts of a text apart (``* * *``, ``-----``,
#: ``━━━━``), and the single signs that do it alone (``⁂``).
_BREAK_MARKS = frozenset("-=_~#*·•◆◇♦●○■□★☆━─═—–")
_BREAK_SIGNS = frozenset({"⁂", "❦", "❧"})
_BREAK_STARTS = _BREAK_MARKS | _BREAK_SIGNS
#: A line of marks has at least this many of them, and is no wider than a line of a
#: page (a longer run is no break a writer set, and stays text).
MIN_BREAK_MARKS = 3
MAX_BREAK_CHARS = 200


def is_section_break(text: str) -> bool:
    """Whether ``text`` is only a line of marks (spaces aside) or one break sign."""
    if len(text) > MAX_BREAK_CHARS:
        return False
    marks = "".join(text.split())
    if marks in _BREAK_SIGNS:
        return True
    return len(marks) >= MIN_BREAK_MARKS and all(mark in _BREAK_MARKS for mark in marks)


def section_break(block: Block, ctx: Context) -> Verdict | None:
    """A line of marks: between parts of the article a thematic break, elsewhere
    (above the article, at its end) dropped. It has no words to lose."""
    if len(block.lines) > 1 or block.text[:1] not in _BREAK_STARTS:
        return None  # the cheap test first: most blocks start with a letter
    if not is_section_break(block.text):
        return None
    if ctx.body_started and ctx.next_block is not None:
        return Verdict(Role.BREAK, "section_break", "a line of marks between parts of the article")
    return Verdict(Role.DROPPED, "separator", "a line of marks outside the article's text")


def bio_after_author(block: Block, ctx: Context) -> Verdict | None:
    """The paragraph after a closing byline or an ``About the author`` label is the bio.

    A byline closes the article when more of the article's words stand above it than
    after the paragraph under it; one under a first paragraph (a teaser, a note to
    editors) heads the article, and the paragraph under it is the lead.
    """
    previous = ctx.previous
    if previous is None or not ctx.body_started:
        return None
    if previous.rule not in {"byline", "bio_label"} or block.words < 5:
        return None
    if read_dateline(block.text):
        return None  # a dateline opens the story: a byline above it was no closing one
    if ctx.words_after >= ctx.body_words:
        return None
    return Verdict(
        Role.BIO, "bio_after_author", f"follows the closing {previous.rule.replace('_', ' ')}"
    )


#: A closing paragraph has at most this many blocks of boilerplate after it.
MAX_TRAILING_BOILERPLATE = 6


def _closes_article(ctx: Context) -> bool:
    """Whether at most one block, or only a little boilerplate, follows this one."""
    if ctx.remaining <= 1:
        return True
    return ctx.remaining <= MAX_TRAILING_BOILERPLATE and all(
        match_boilerplate(block.text) for block in ctx.rest
    )


def bio_by_name(block: Block, ctx: Context) -> Verdict | None:
    """A closing paragraph that starts with a bylined author's name: ``Jane Doe is ...``;
    one more block, or only boilerplate, may follow it."""
    if not ctx.body_started:
        return None
    for name in ctx.authors:
        if (
            block.text.startswith(name)
            and _BIO_VERB.match(block.text[len(name) :].lstrip())
            and _closes_article(ctx)
        ):
            return Verdict(Role.BIO, "bio_by_name", f"closing paragraph about the author {name}")
    if ctx.remaining == 0 and _GENERIC_BIO.match(block.text):
        return Verdict(Role.BIO, "bio_generic", "closing paragraph describing a journalist")
    return None


def signature(block: Block, ctx: Context) -> Verdict | None:
    """A bylined author's name alone at the article's end (``Claire Dubois``, ``— Jane
    Doe``): the author signing off, a byline line."""
    if not ctx.body_started or ctx.remaining > 1 or len(block.lines) > 1:
        return None
    name = block.text.strip(" -–—")
    if name not in ctx.authors:
        return None
    return Verdict(Role.BYLINE, "signature", f"the author {name} signing off the article")


def list_item(block: Block, ctx: Context) -> Verdict | None:
    """A bulleted or numbered line next to another one of the same kind."""
    kind = _list_kind(block.text)
    if kind is None or (not ctx.body_started and not ctx.seen(Role.HEADLINE)):
        return None
    neighbours = [ctx.next_block.text if ctx.next_block else ""]
    if ctx.previous is not None and ctx.previous.role is Role.LIST_ITEM:
        neighbours.append(ctx.blocks[ctx.position - 1].text)
    if not any(_list_kind(text) == kind for text in neighbours):
        return None
    pattern = _NUMBERED if kind == "ordered" else _BULLET
    item = pattern.sub("", block.text, count=1)
    return Verdict(
        Role.LIST_ITEM, "list_item", f"{kind} list item", (("list", kind), ("text", item))
    )


def _list_kind(text: str) -> str | None:
    if _NUMBERED.match(text):
        return "ordered"
    if _BULLET.match(text):
        return "bullet"
    return None


def quote(block: Block, ctx: Context) -> Verdict | None:
    """A block whose lines start with ``>``, as in e-mail."""
    if not all(_QUOTE_MARK.match(line.text.lstrip()) for line in block.lines):
        return None
    text = " ".join(
        " ".join(_QUOTE_MARK.sub("", line.text.lstrip()) for line in block.lines).split()
    )
    if not text:
        return None
    return Verdict(Role.QUOTE, "quote", "lines marked with >", (("text", text),))


_BEFORE_HEADING = BODY_ROLES | {Role.BREAK}


def heading(block: Block, ctx: Context) -> Verdict | None:
    """A short line between paragraphs (or after a section break), not a sentence,
    followed by prose: a subheading."""
    previous, following = ctx.previous, ctx.next_block
    if previous is None or previous.role not in _BEFORE_HEADING or following is None:
        return None
    if (
        block.words > MAX_HEADING_WORDS
        or len(block.lines) > 1
        or following.words < MIN_WORDS_AFTER_HEADING
    ):
        return None
    if re.search(r"[.!?,;:…\"”’»)]$", block.text) or not block.text[:1].isupper():
        return None
    return Verdict(Role.HEADING, "heading", "short line between paragraphs, not a sentence")


def body(block: Block, ctx: Context) -> Verdict | None:
    """Everything else is a paragraph of the article."""
    return Verdict(Role.BODY, "paragraph", "text of the article")


RULES: tuple[tuple[str, Rule], ...] = (
    ("mail_header", mail_header),
    ("field_line", field_line),
    ("outside_article", outside_article),
    ("page_header_line", page_header_line),
    ("boilerplate", end_mark_or_boilerplate),
    ("press_contact", press_contact),
    ("linked_item", linked_item),
    ("labelled_caption", labelled_caption),
    ("navigation_line", navigation_line),
    ("section_break", section_break),
    ("bio_label", bio_label),
    ("credit_line", credit_line),
    ("byline", byline),
    ("date_line", date_line),
    ("name_above_date", name_above_date),
    ("kicker", kicker),
    ("headline", headline),
    ("dek", dek),
    ("page_furniture", page_furniture),
    ("bio_after_author", bio_after_author),
    ("bio_by_name", bio_by_name),
    ("signature", signature),
    ("list_item", list_item),
    ("quote", quote),
    ("heading", heading),
    ("paragraph", body),
)
