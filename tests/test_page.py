"""Finding the article in a whole page: menu lines, the best run of prose, end
markers, the headline above the run, and ``parse`` end to end.

Rows are ``(input, expected, reason)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

import newsmd
from newsmd.dates import DateOptions, find_date
from newsmd.model import Block, Line, Role
from newsmd.normalize import normalize
from newsmd.page import MIN_MENU_LINES, ArticleSpan, best_run, find_article, looks_like_page
from newsmd.page_headline import is_title_like, without_site_name
from newsmd.page_lines import (
    BOILERPLATE_PENALTY,
    MENU_PENALTY,
    RECIPE_PART_SCORE,
    SHORT_PENALTY,
    block_score,
    caption_over_credit,
    is_comments_heading,
    is_credited_caption,
    is_end_marker,
    is_furniture,
    is_menu_line,
    site_names,
)
from newsmd.page_rules import (
    _names_in_header,
    bare_names,
    is_bare_name,
    is_byline_label,
    is_header_block,
)
from newsmd.segment import count_words, make_block, segment


def ids(rows: list[Any]) -> list[Any]:
    """Each plain row as a param whose id is its reason."""
    return [pytest.param(*row, id=row[-1]) if type(row) is tuple else row for row in rows]


def blocks_of(text: str) -> tuple[Block, ...]:
    return segment(normalize(text))


def block_of(text: str) -> Block:
    (block,) = blocks_of(text)
    return block


def index_of(blocks: Sequence[Block], start: str) -> int:
    """The index of the one block whose text starts with ``start``."""
    (index,) = [i for i, block in enumerate(blocks) if block.text.startswith(start)]
    return index


# --- the pages -------------------------------------------------------------------------------

NAV_EN = "\n".join(
    ["Harbour Gazette"] + [f"  • {item}" for item in ("Home", "News", "Sport", "Business")]
)
HEADLINE_EN = "Council votes to close the old harbour bridge for repairs"
BYLINE_EN = "By Jane Holloway | March 3, 2021"
PROSE_EN = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs, and the "
    "work will begin in the spring. Officials said the closure could last for eight months.",
    "The mayor said that the bridge had been in poor shape for years and that drivers would "
    "have to use the northern crossing while it was closed. Engineers found rust in the beams.",
    "Residents who live near the river were not happy with the plan, but most of them agreed "
    "that the repairs were needed before another winter. Some asked for extra buses.",
    "The council will hold a public meeting next week to explain the detour and the timetable. "
    "The contractor has promised to keep one footpath open for as long as it can.",
]
TEASERS_EN = [
    "  • Ferry timetable changes for the summer",
    "  • New cycle lane opens on the seafront",
    "  • Harbour car park to get electric chargers",
]
FOOTER_EN = ["About us | Privacy | Terms | Contact", "© 2021 Harbour Gazette. All rights reserved."]


def english_page(*, end_marker: bool = True, footer_joined: bool = False) -> str:
    """Nav, headline, byline/date line, four paragraphs, related teasers, footer."""
    related = ["Related articles"] if end_marker else []
    footer = "\n".join(FOOTER_EN) if footer_joined else "\n\n".join(FOOTER_EN)
    parts = [
        NAV_EN,
        HEADLINE_EN,
        BYLINE_EN,
        *PROSE_EN,
        "\n".join(related + TEASERS_EN),
        footer,
    ]
    return "\n\n".join(parts) + "\n"


GERMAN_PAGE = """\
Hafen-Kurier
  • Startseite
  • Politik
  • Wirtschaft
  • Sport
  • Kultur
  • Kontakt

Stadtrat sperrt die alte Hafenbrücke für Reparaturen

Von Anna Berger · 18. Oktober 2019

Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu sperren. \
Die Arbeiten sollen im Frühjahr beginnen und bis zu acht Monate dauern.

Der Bürgermeister sagte, dass die Brücke seit Jahren in einem schlechten Zustand sei. Die \
Autofahrer müssen während der Sperrung auf die nördliche Querung ausweichen.

Anwohner, die nahe am Fluss leben, sind mit dem Plan nicht zufrieden. Auch sie sehen aber \
ein, dass die Reparatur noch vor dem nächsten Winter nötig ist.

Der Stadtrat will in der kommenden Woche bei einer Versammlung die Umleitung erklären. Die \
Baufirma hat versprochen, einen Fußweg so lange wie möglich offen zu halten.

Das könnte Sie auch interessieren
  • Neuer Fahrplan für die Fähre im Sommer
  • Radweg an der Promenade eröffnet
  • Ladesäulen für den Parkplatz am Hafen

Impressum | Datenschutz | Kontakt

© 2019 Hafen-Kurier
"""

PLAIN_ARTICLE = "\n\n".join([HEADLINE_EN, "By Jane Holloway", "March 3, 2021", *PROSE_EN]) + "\n"


# --- is_menu_line ----------------------------------------------------------------------------

MENU_ROWS = [
    ("  • Startseite", True, "indented bullet item"),
    ("• Startseite", True, "bullet item"),
    ("- Kontakt", True, "dash item"),
    ("1. Startseite", True, "numbered item"),
    ("Impressum | Datenschutz | Kontakt", True, "items joined by bars"),
    ("Home · Politik · Wirtschaft", True, "items joined by middle dots"),
    ("Politik / Wirtschaft / Sport", True, "items joined by slashes"),
    ("Der Stadtrat hat am Dienstag beschlossen, die Brücke zu sperren.", False, "de sentence"),
    ("The council voted on Tuesday to close the bridge.", False, "en sentence"),
    ("Er sagte: Das ist gut | oder nicht.", False, "sentence with a bar in it"),
    ("Preis: 20 / 30 Euro.", False, "sentence with a slash in it"),
    (
        "• Der Stadtrat hat am Dienstag beschlossen, die Brücke zu sperren",
        False,
        "bulleted sentence: too long for a menu item",
    ),
    ("Startseite", False, "one word without a bullet or separator"),
    (
        "☆ Aktien ☆ Anleihen ☆ Zertifikate ☆ Fonds ☆ Gold",
        True,
        "items joined by stars, however long the line",
    ),
    ("□ Kurse, Termine, Ausbildung ☆ Urlaube ☆ Immobilien ☆ Haltung", True, "commas inside items"),
    ("Startseite > News & Analysen > Topthemen > Zinsen steigen", True, "a breadcrumb trail"),
    ("Startseite/Erfinderinnen: Ann Kiessling im Porträt", True, "a breadcrumb without spaces"),
    (
        "Er lief vorbei, sah sich um und ging dann weiter | sagte die Zeugin später vor Gericht.",
        False,
        "one bar in a long sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(MENU_ROWS))
def test_is_menu_line(text: str, expected: bool, reason: str) -> None:
    assert is_menu_line(text) is expected


# --- looks_like_page -------------------------------------------------------------------------


def bullets(count: int) -> str:
    return "\n".join(f"• Item {number}" for number in range(count))


PAGE_ROWS = [
    (english_page(), True, "en page with nav, teasers and footer"),
    (GERMAN_PAGE, True, "de page with nav, teasers and footer"),
    (PLAIN_ARTICLE, False, "plain article: headline, byline, date, prose"),
    (
        f"{bullets(MIN_MENU_LINES)}\n\n{PROSE_EN[0]}",
        True,
        "exactly the minimum of menu lines",
    ),
    (
        f"{bullets(MIN_MENU_LINES - 1)}\n\n{PROSE_EN[0]}",
        False,
        "one menu line short of the minimum",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(PAGE_ROWS))
def test_looks_like_page(text: str, expected: bool, reason: str) -> None:
    assert looks_like_page(blocks_of(text)) is expected


# --- best_run --------------------------------------------------------------------------------

BEST_RUN_ROWS = [
    ([], (0, 0), "no scores: empty run"),
    ([-1, -2], (0, 0), "all negative: empty run"),
    ([0, 0], (0, 0), "all zero: empty run"),
    ([5], (0, 1), "one positive score"),
    ([-8, 5, 10, -3, 20, -8], (1, 5), "menu, prose with a dip, menu"),
    ([3, -10, 4], (2, 3), "a deep dip: the later, larger run"),
    ([4, -10, 3], (0, 1), "a deep dip: the earlier, larger run"),
    ([10, -3, -3, 7], (0, 4), "a shallow dip is bridged"),
    ([10, -3, -3, 5], (0, 1), "a dip costing more than the run after it is not"),
    ([5, -5, 5], (0, 1), "equal totals: the earliest run"),
]


@pytest.mark.parametrize(("scores", "expected", "reason"), ids(BEST_RUN_ROWS))
def test_best_run(scores: list[int], expected: tuple[int, int], reason: str) -> None:
    assert best_run(scores) == expected


# --- block_score -----------------------------------------------------------------------------

ZH_PROSE = (
    "市政府周二宣布，旧港口大桥将于春季关闭维修，工程预计持续八个月。"
    "市长表示，这座桥多年来状况不佳，司机在维修期间需要绕行北面的桥梁。"
)
ZH_GLUED_LINKS = (
    "港口新闻体育财经汽车房产教育科技旅游健康天气视频图片专题论坛搜索客户端频道首页招聘"
)
SCORE_ROWS = [
    (PROSE_EN[0], len(PROSE_EN[0].split()), "prose counts its words"),
    ("• Home", MENU_PENALTY, "menu item"),
    ("Politik | Wirtschaft | Sport", MENU_PENALTY, "menu line"),
    ("Impressum | Datenschutz | Kontakt", BOILERPLATE_PENALTY, "the site's legal links"),
    (HEADLINE_EN, SHORT_PENALTY, "headline: short, not prose"),
    ("© 2021 Harbour Gazette. All rights reserved.", BOILERPLATE_PENALTY, "copyright line"),
    (
        "Share this article on Facebook",
        SHORT_PENALTY,
        "share prompt: at the article, not only around it",
    ),
    ("Siehe auch", SHORT_PENALTY, "heading of related links: often inside the article"),
    ("Sign up for our daily newsletter", BOILERPLATE_PENALTY, "newsletter prompt"),
    ("Bild 8 von 10", MENU_PENALTY, "a gallery's counter: interface, like a menu"),
    ("Vollbild", MENU_PENALTY, "a full-screen button"),
    ("Zutaten", RECIPE_PART_SCORE, "de: a recipe's ingredients heading counts like prose"),
    ("Ingredients for 4 people:", RECIPE_PART_SCORE, "en: the same, with the servings"),
    ("Zutaten und Zubehör kaufen Sie im Shop", SHORT_PENALTY, "de: a line that only starts so"),
    (
        "2. Den Teig drei Minuten auf höchster Stufe des Rührgeräts vermengen.",
        11,
        "de: a numbered step that is a sentence is prose",
    ),
    (
        "2. Den Teig drei Minuten auf höchster Stufe vermengen",
        SHORT_PENALTY,
        "no sentence: a menu item",
    ),
    (ZH_PROSE, count_words(ZH_PROSE), "zh: prose counts one word per character"),
    (ZH_GLUED_LINKS, SHORT_PENALTY, "zh: links glued into one line, with no comma, are no prose"),
    ("微信 微博 Qzone 评论", SHORT_PENALTY, "zh: share buttons, like any share prompt"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(SCORE_ROWS))
def test_block_score(text: str, expected: int, reason: str) -> None:
    assert block_score(block_of(text)) == expected


def test_block_of_menu_line_and_copyright_counts_against_the_article() -> None:
    block = make_block([Line(1, FOOTER_EN[0]), Line(2, FOOTER_EN[1])])
    assert block_score(block) < 0


def test_segment_joins_a_copyright_line_to_the_menu_line_above() -> None:
    """Why the block above occurs: the © line is not capitalized, so it goes on."""
    assert [block.text for block in blocks_of("\n".join(FOOTER_EN))] == [" ".join(FOOTER_EN)]


# --- is_end_marker ---------------------------------------------------------------------------


END_MARKER_ROWS = [
    ("Das könnte Sie auch interessieren", True, "de: could also interest you"),
    ("Related articles", True, "en: related articles"),
    ("À lire aussi", True, "fr: read also"),
    ("Kommentare (3)", True, "de: comments with a count"),
    ("Tags:", True, "en: tags label"),
    ("Related", True, "en: related alone"),
    ("Related articles:", True, "en: with a colon"),
    ("• Related articles", True, "en: behind a bullet"),
    ("Lesen Sie auch:", True, "de: read also"),
    ("Mehr zum Thema", True, "de: more on the topic"),
    ("Lire aussi", True, "fr: lire aussi"),
    ("Noticias relacionadas", True, "es: related news"),
    ("Leggi anche", True, "it: read also"),
    ("Leia também", True, "pt: read also"),
    ("Czytaj też", True, "pl: read also"),
    ("Related articles are listed below the story.", False, "en sentence opening Related"),
    ("Tags are a way to sort the posts on this site.", False, "en sentence opening Tags"),
    ("Kommentare sind hier nicht erwünscht.", False, "de sentence opening Kommentare"),
    ("Read more about the new bridge", False, "en: Read more and a headline"),
    (
        "À lire aussi dans notre dossier sur la réforme des retraites en France",
        False,
        "fr: longer than a heading",
    ),
    ("Comments (12)", True, "en: comments with a count"),
    ("Über uns", True, "de: a box about the site"),
    ("Über diese Reihe", True, "de: a box about the series"),
    ("About the author", True, "en: a box about the author"),
    ("Zur Person", True, "de: a box about the author"),
    ("O nas", True, "pl: about us"),
    ("Nächster Artikel", True, "de: link to the next story"),
    ("Previous article", True, "en: link to the previous story"),
    ("Article précédent", True, "fr: link to the previous story"),
    ("Ähnliche Rezepte", True, "de: similar recipes"),
    ("Ähnlich", True, "de: similar, alone"),
    ("Ähnliche Fälle in Bayern", False, "de: a subheading about similar cases"),
    ("Lesen Sie mehr", True, "de: read more"),
    ("das könnte Ihnen auch gefallen", True, "de: you might also like"),
    ("Pressekontakt", True, "de: a press release's contact"),
    ("Media contact:", True, "en: a press release's contact"),
    ("Über diese Reihe haben wir schon oft berichtet.", False, "de: a sentence"),
    ("Next article in the series will follow next week", False, "en: a sentence"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(END_MARKER_ROWS))
def test_is_end_marker(text: str, expected: bool, reason: str) -> None:
    assert is_end_marker(block_of(text)) is expected


# --- find_article ----------------------------------------------------------------------------

SPAN_ROWS = [
    (english_page(), ("en", HEADLINE_EN, PROSE_EN[0][:20], "Related articles"), "en page"),
    (
        GERMAN_PAGE,
        ("de", "Stadtrat sperrt", "Der Stadtrat hat am", "Das könnte Sie"),
        "de page",
    ),
    (
        english_page(end_marker=False),
        ("en", HEADLINE_EN, PROSE_EN[0][:20], TEASERS_EN[0].strip()),
        "en page without an end marker: the teasers' scores end the run",
    ),
    (
        english_page(footer_joined=True),
        ("en", HEADLINE_EN, PROSE_EN[0][:20], "Related articles"),
        "en page with a footer block scored as prose: the end marker ends the run",
    ),
    (
        english_page(end_marker=False, footer_joined=True),
        ("en", HEADLINE_EN, PROSE_EN[0][:20], TEASERS_EN[0].strip()),
        "en page with a footer block scored as prose and no end marker",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(SPAN_ROWS))
def test_find_article(text: str, expected: tuple[str, str, str, str], reason: str) -> None:
    """The span starts at the headline, its prose after the byline, and ends before the
    teasers; ``expected`` is (lang, headline, first prose, first block after the article)."""
    lang, headline, prose, after = expected
    blocks = blocks_of(text)
    dates = DateOptions(lang=lang)
    span = find_article(blocks, lambda block: is_header_block(block, dates))
    assert span is not None
    assert span.headline == index_of(blocks, headline)
    assert span.start == span.headline
    assert span.body_start == index_of(blocks, prose)
    assert span.end == index_of(blocks, after)


def test_find_article_ends_at_the_marker_before_prose_teasers() -> None:
    """A teaser written as a sentence scores as prose; the end marker still ends the article."""
    teaser = (
        "The harbour authority has also announced that the ferry timetable will change for the "
        "summer season, with more boats at weekends."
    )
    text = english_page().replace("Related articles\n", f"Related articles\n\n{teaser}\n\n")
    blocks = blocks_of(text)
    assert block_score(blocks[index_of(blocks, teaser[:20])]) > 0
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert span.end == index_of(blocks, "Related articles")


def test_a_zur_person_box_inside_an_interview_does_not_end_it() -> None:
    """A box about the interviewee, with the interview going on in long paragraphs
    after it, is set inside the article."""
    box = (
        "Jane Holloway, 52, has been the harbour master since 2009. Before that she "
        "sailed cargo ships across the North Sea for twenty years and taught navigation."
    )
    prose = "\n\n".join(PROSE_EN)
    text = english_page(end_marker=False).replace(
        prose, f"{prose}\n\n{prose}\n\nZur Person\n\n{box}\n\n{prose}"
    )
    blocks = blocks_of(text)
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert span.end > index_of(blocks, "Zur Person") + 2


def test_an_about_box_after_the_article_ends_it() -> None:
    box = (
        "The Harbour Gazette is an independent local paper, published every morning since "
        "1887 by a cooperative of its readers and staff in the old port town."
    )
    text = english_page(end_marker=False).replace(
        TEASERS_EN[0], f"About this site\n\n{box}\n\n{TEASERS_EN[0]}"
    )
    prose = "\n\n".join(PROSE_EN)
    blocks = blocks_of(text.replace(prose, f"{prose}\n\n{prose}"))
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert span.end == index_of(blocks, "About this site")


def test_find_article_leaves_a_plain_article_alone() -> None:
    assert find_article(blocks_of(PLAIN_ARTICLE), lambda block: True) is None


# --- parse, end to end -----------------------------------------------------------------------

PARSE_ROWS = [
    (
        english_page(),
        {
            "lang": "en",
            "title": HEADLINE_EN,
            "authors": ("Jane Holloway",),
            "date": "2021-03-03",
            "first_body": PROSE_EN[0][:20],
            "teasers": [line.strip() for line in TEASERS_EN],
            "dropped": ["Harbour Gazette", "• Home", "Related articles", *FOOTER_EN],
        },
        "en page",
    ),
    (
        GERMAN_PAGE,
        {
            "lang": "de",
            "title": "Stadtrat sperrt die alte Hafenbrücke für Reparaturen",
            "authors": ("Anna Berger",),
            "date": "2019-10-18",
            "first_body": "Der Stadtrat hat am",
            "teasers": ["• Neuer Fahrplan", "• Radweg", "• Ladesäulen"],
            "dropped": ["Hafen-Kurier", "• Startseite", "Das könnte Sie", "Impressum", "©"],
        },
        "de page",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(PARSE_ROWS))
def test_parse_page(text: str, expected: dict[str, Any], reason: str) -> None:
    article = newsmd.parse(text)
    assert article.lang == expected["lang"]
    assert article.title == expected["title"]
    assert article.authors == expected["authors"]
    assert article.date == expected["date"]
    # the body is the four paragraphs, nothing else
    assert len(article.body) == 4
    assert all(block.kind == "paragraph" for block in article.body)
    assert article.body[0].text.startswith(expected["first_body"])
    # nav, teasers and footer are dropped as outside the article
    outside = [c.block.text for c in article.dropped if c.verdict.rule == "outside_article"]
    for start in [*expected["teasers"], *expected["dropped"]]:
        assert any(text.startswith(start) for text in outside), start
    body_text = " ".join(block.text for block in article.body)
    for teaser in expected["teasers"]:
        assert teaser.lstrip("• ") not in body_text


@pytest.mark.parametrize(("text", "reason"), [(english_page(), "en"), (GERMAN_PAGE, "de")])
def test_every_dropped_block_has_a_reason(text: str, reason: str) -> None:
    article = newsmd.parse(text)
    assert article.dropped
    for classified in article.dropped:
        assert classified.verdict.role is Role.DROPPED
        assert classified.verdict.rule
        assert classified.verdict.reason.strip()
    # every block is accounted for: dropped, or in the article
    assert len(article.classified) == len(blocks_of(text))


@pytest.mark.parametrize(
    "call",
    [
        "Want more local news like this in your inbox every morning? Tell us here.",
        "The Gazette is now digital too! Simply click here and register for the new edition.",
        "Die Zeitung gibt es jetzt auch digital! Einfach hier klicken und kostenlos lesen.",
    ],
)
def test_find_article_trims_short_blocks_after_the_last_long_paragraph(call: str) -> None:
    """With no end marker, a short call to action after the long paragraphs is not the
    article's: the run ends after its last long paragraph."""
    text = english_page(end_marker=False).replace(TEASERS_EN[0], f"{call}\n\n{TEASERS_EN[0]}")
    blocks = blocks_of(text)
    assert block_score(blocks[index_of(blocks, call[:20])]) > 0
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert span.end == index_of(blocks, call[:20])


TEASER_TITLE = "Ferry timetable changes for the summer season"
TEASER_LEAD = (
    "The harbour authority has announced that the ferry timetable will change for the summer, "
    "with more boats at weekends and a new late crossing on Fridays."
)


def teaser_page(header: str) -> str:
    """The English page with no end marker, its prose twice as long and, after it, a
    teaser of another story: its title, ``header`` under it, and its lead as a sentence."""
    teaser = f"{TEASER_TITLE}\n\n{header}\n\n{TEASER_LEAD}"
    page = english_page(end_marker=False).replace(TEASERS_EN[0], f"{teaser}\n\n{TEASERS_EN[0]}")
    prose = "\n\n".join(PROSE_EN)
    return page.replace(prose, f"{prose}\n\n{prose}")


def test_a_teaser_with_its_own_dated_header_ends_the_article() -> None:
    """A title with a date line under it, after the article's prose, is another story."""
    blocks = blocks_of(teaser_page("April 2, 2021"))
    assert block_score(blocks[index_of(blocks, TEASER_LEAD[:20])]) > 0
    span = find_article(blocks, lambda block: block.text == "April 2, 2021")
    assert span is not None
    assert span.end == index_of(blocks, TEASER_TITLE)


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("Photographed on April 2, 2021.", "a caption that ends a sentence"),
        ("Source: Harbour Authority, 2021", "a source line"),
        ("Jane Holloway", "no date: a name alone may be a byline of the article's own section"),
    ],
)
def test_a_title_over_a_line_that_is_no_story_header_does_not_end_the_article(
    header: str, reason: str
) -> None:
    blocks = blocks_of(teaser_page(header))
    span = find_article(blocks, lambda block: block.text == header)
    assert span is not None
    assert span.end > index_of(blocks, TEASER_LEAD[:20]), reason


def test_the_first_block_after_the_article_says_why_it_ended() -> None:
    """``inspect`` shows why the article ends where it does: here, at a teaser."""
    article = newsmd.parse(teaser_page("April 2, 2021"))
    dropped = [c for c in article.classified if c.verdict.rule == "outside_article"]
    after = [c for c in dropped if c.block.text.startswith(TEASER_TITLE)]
    assert after, "the teaser's title is dropped as page text"
    assert "before a teaser of another story" in after[0].verdict.reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            english_page().replace("Related articles\n", f"Related articles\n\n{TEASER_LEAD}\n\n"),
            "at the heading 'Related articles'",
        ),
        (english_page(end_marker=False), "where its run of prose ends"),
    ],
)
def test_the_articles_end_reason(text: str, reason: str) -> None:
    span = find_article(blocks_of(text), lambda block: False)
    assert span is not None
    assert span.end_reason == reason


def test_a_live_blogs_next_entry_does_not_end_the_article() -> None:
    """A title and a date line followed by two long paragraphs in a row is an entry
    of the article (a live blog's), not a teaser, even late in the run."""
    entry = "\n\n".join([TEASER_TITLE, "April 2, 2021", PROSE_EN[0], PROSE_EN[1]])
    blocks = blocks_of(
        teaser_page("April 2, 2021").replace(
            f"{TEASER_TITLE}\n\nApril 2, 2021\n\n{TEASER_LEAD}", entry
        )
    )
    span = find_article(blocks, lambda block: block.text == "April 2, 2021")
    assert span is not None
    assert span.end > index_of(blocks, TEASER_TITLE) + 3


def test_a_dated_title_before_most_of_the_prose_does_not_end_the_article() -> None:
    """A 'teaser' followed by more prose than came before it starts the article's own part."""
    text = teaser_page("April 2, 2021").replace(
        f"{TEASER_LEAD}\n\n", f"{TEASER_LEAD}\n\n" + "\n\n".join(PROSE_EN * 2) + "\n\n"
    )
    blocks = blocks_of(text)
    span = find_article(blocks, lambda block: block.text == "April 2, 2021")
    assert span is not None
    assert span.end > index_of(blocks, TEASER_TITLE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("© 2021 Harbour Gazette. All rights reserved.", {"harbour"}),
        ("Copyright 2006 – 2022 energiehoch3 GmbH", {"energiehoch3"}),
        ("(c) 2020 Lokalblatt.de", {"lokalblatt.de"}),
        ("Foto: © Markus Leitner", set()),
        ("The council said the copyright of the photographs stays with the city.", set()),
    ],
)
def test_site_names_come_from_copyright_lines(text: str, expected: set[str]) -> None:
    assert site_names(blocks_of(text)) == expected


def page_with_closing_section(
    heading: str, paragraph: str
) -> tuple[tuple[Block, ...], ArticleSpan]:
    """The English page with a section (``heading`` over ``paragraph``) closing its
    prose, before the teasers; its blocks and the article's span."""
    text = english_page(end_marker=False).replace(
        TEASERS_EN[0], f"{heading}\n\n{paragraph}\n\n{TEASERS_EN[0]}"
    )
    blocks = blocks_of(text)
    span = find_article(blocks, lambda block: False)
    assert span is not None
    return blocks, span


def test_a_closing_section_that_promotes_the_site_ends_the_article() -> None:
    """A heading naming the site over the run's last paragraph is a promotion."""
    promo = (
        "Harbour Gazette readers get every local story first, with a daily digest in their "
        "inbox and a weekend edition delivered to their door before breakfast, all for less "
        "than a cup of coffee a week."
    )
    blocks, span = page_with_closing_section("Read the Harbour Gazette every day", promo)
    assert span.end == index_of(blocks, "Read the Harbour Gazette")


def test_a_closing_section_that_does_not_name_the_site_stays() -> None:
    closing = (
        "The contractor will publish a full timetable for the works on its website next "
        "month, and the council has promised regular updates to residents who live along "
        "the detour and to the shops on the quay."
    )
    blocks, span = page_with_closing_section("What happens next", closing)
    assert span.end > index_of(blocks, closing[:20])


def ranking_page(numbers: list[int], item: str = "  {number:02d}. Singer number {number}") -> str:
    """The English page's prose cut short, then a list of singers numbered ``numbers``
    (each written as ``item``), then a run of prose comments longer than the article's."""
    items = "\n".join(item.format(number=number) for number in numbers)
    comments = "\n\n".join(
        f"Reader {n} said the list was wrong from the start and that nobody in the town "
        f"had ever heard of half of these singers before the magazine printed it."
        for n in range(6)
    )
    page = english_page(end_marker=False).replace("\n\n".join(PROSE_EN), PROSE_EN[0])
    return page.replace(TEASERS_EN[0], f"{items}\n\n{comments}\n\n{TEASERS_EN[0]}")


@pytest.mark.parametrize(
    "item", ["  {number:02d}. Singer number {number}", "  • {number}. Singer number {number}"]
)
def test_a_ranking_under_the_prose_is_the_articles_list(item: str) -> None:
    """A listicle: items numbered one after another under the article's prose (or
    its table of contents, bulleted) hold the article together, where a menu's
    would count against it."""
    blocks = blocks_of(ranking_page(list(range(1, 31)), item))
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert span.body_start <= index_of(blocks, PROSE_EN[0][:20]) < span.end
    last = next(i for i, block in enumerate(blocks) if "Singer number 30" in block.text)
    assert span.body_start <= last < span.end


def test_a_list_numbered_out_of_order_is_no_ranking() -> None:
    blocks = blocks_of(ranking_page([1, 3, 2, 5, 4] * 6))
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert index_of(blocks, PROSE_EN[0][:20]) < span.body_start


def test_find_article_keeps_short_paragraphs_between_long_ones() -> None:
    """Only the tail is trimmed: a short paragraph inside the article stays in the run."""
    short = "Nobody was hurt."
    prose = "\n\n".join([PROSE_EN[0], PROSE_EN[1], short, PROSE_EN[2], PROSE_EN[3]])
    text = english_page().replace("\n\n".join(PROSE_EN), prose)
    blocks = blocks_of(text)
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert span.body_start <= index_of(blocks, short) < span.end


def test_a_rival_run_of_prose_is_kept_and_reported_not_guessed_away() -> None:
    """Two articles' worth of prose split by a menu: the text cannot tell which is
    the article, so both are kept and an ``uncertain_bounds`` warning names the
    first line of the one that was nearly as strong (the issue's "ambiguity
    stays visible")."""
    rival = "\n\n".join(PROSE_EN[:3])
    menu = "\n".join(f"  • Section {number}" for number in range(12))
    text = english_page() + "\n" + menu + "\n\n" + rival + "\n"
    article = newsmd.parse(text)
    warnings = [warning for warning in article.warnings if warning.kind == "uncertain_bounds"]
    assert len(warnings) == 1
    body = [block.text for block in article.body]
    assert body.count(PROSE_EN[0]) == 2, "the article's paragraph and the rival's copy of it"
    body_lines = {c.block.first_line for c in article.classified if c.verdict.role is Role.BODY}
    assert warnings[0].line in body_lines


def test_a_clear_article_has_no_bounds_warning() -> None:
    article = newsmd.parse(english_page())
    assert all(warning.kind != "uncertain_bounds" for warning in article.warnings)


def test_a_name_alone_near_the_headline_is_the_byline_when_nothing_else_names_one() -> None:
    """A page that prints its author without ``By``: a line that is only a name, a few
    blocks from the headline, gives ``author``; the prose never does."""
    more_menu = "\n".join(f"  • {item}" for item in ("Weather", "Travel", "Opinion"))
    text = more_menu + "\n\n" + english_page().replace(BYLINE_EN, "March 3, 2021\n\nJane Holloway")
    article = newsmd.parse(text)
    assert article.authors == ("Jane Holloway",)
    assert "Jane Holloway" not in [block.text for block in article.body]


def test_a_prefixed_byline_wins_over_a_name_alone() -> None:
    text = english_page().replace(BYLINE_EN, "By Jane Holloway | March 3, 2021\n\nTom Baxter")
    assert newsmd.parse(text).authors == ("Jane Holloway",)


def test_a_list_between_paragraphs_is_the_articles_own() -> None:
    """Bulleted lines with prose right above and below are the article's list, not a
    menu: the article's run goes through them."""
    steps = "\n".join(f"  • {step}" for step in ("Close the lane", "Lift the deck", "Paint"))
    prose = "\n\n".join([PROSE_EN[0], PROSE_EN[1], steps, PROSE_EN[2], PROSE_EN[3]])
    text = english_page().replace("\n\n".join(PROSE_EN), prose)
    blocks = blocks_of(text)
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert span.body_start < index_of(blocks, "• Lift") < span.end
    assert span.end > index_of(blocks, PROSE_EN[3][:20])


TITLE_LIKE = [
    ("Ferry service ends after a century", True, "a headline"),
    ("Neue Regeln für den Datenschutz im Verein", True, "a headline naming a UI word"),
    ("Facebook Icon Twitter Icon LinkedIn Icon", False, "icon labels"),
    ("Zurück zum Menü", False, "a back link"),
    ("Navigationsmenü", False, "a menu label"),
    ("-- Anzeige --", False, "an ad marker"),
    ("Toggle 1 von 17", False, "a gallery toggle"),
    ("Vielen Dank für Ihre Registrierung", False, "thanks for signing up"),
    ("Correo electrónico", False, "a form field"),
    ("Kostenlos bis 19:34 Uhr", False, "a paywall timer"),
    ("Startseite > News > Brexit talks resume", False, "a breadcrumb trail"),
    ("Homeoffice wird zur Regel in Behörden", True, "home as part of a word"),
    ("Neil Patrick HarrisNeil Patrick Harris", False, "alt text glued to its caption"),
    ("Die Heime haben zu wenig PflegekräfteDie Heime haben zu wenig", False, "caption twice"),
    ("2005 – 2010", False, "numbers only"),
    ("← Zwei Jahre Bürgerfest im Park", False, "a link to the previous post"),
    ("Mehr Bilder aus der Altstadt →", False, "a link to the next post"),
    ("Ariel Holloway -", False, "a line left open by a separator"),
    ("Navigation überspringen", False, "a skip link"),
    ("shopping_cart Warenkorb (0)", False, "a shopping cart"),
    ("Bild 8 von 10", False, "a gallery counter"),
    ("Menü schließen", False, "a menu button"),
    ("Anmelden ×", False, "a dialog with its close button"),
    (
        "You are using an older browser. Please update it. Previous Next",
        False,
        "two sentences are a notice, not a headline",
    ),
    ("Mord im Hafen. Die Spur führt nach Kiel", True, "a headline with one full stop"),
    ("Zum sekundären Inhalt wechseln", False, "a skip link"),
    ("Jetzt spenden", False, "a call to give"),
    ("Leave this field empty", False, "a form's trap field"),
    ("Über uns", False, "the site's own page"),
    ("ByJ.R. Stone KGO logo", False, "a logo's alt text"),
    ("COOKIES auf der Hafen-Kurier Website", False, "a cookie banner"),
    ("{ 38 comments… read them below or add one }", False, "a comment count"),
    ("Filed under: Alltag, Bücher, Politik", False, "a blog's categories"),
    ("Letzte Artikel", False, "a section of the page"),
    ("━━━━━━━━━━━━━━━━━━ Hafen", False, "a rule drawn in box characters"),
    ("für \ue863 Portionen umrechnen", False, "an icon font's character"),
    ("Cookies backen mit Kindern: So gelingt es", True, "cookies as food"),
    ("In partnership with", False, "a label a partner's logo ends"),
    ("Learn more about our services and pricing", False, "a call to act"),
    ("Jetzt kaufen und sparen", False, "a German call to buy"),
    ("Try it for yourself: the new ferry timetable", True, "try followed by no offer"),
    ("Ein Angebot von", False, "a German label before a name"),
    ("What we know so far", True, "a headline ends in any word but a preposition"),
    (
        "Crocs erzielt Milliardenumsätze durch verrückte Releases und",
        True,
        "a long line ending in und is a headline wrapped onto the next",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(TITLE_LIKE))
def test_is_title_like(text: str, expected: bool, reason: str) -> None:
    assert is_title_like(block_of(text)) is expected


# --- choosing the headline -------------------------------------------------------------------

SITE_ABOVE_HEADLINE = """\
Hafen-Kurier
  • Startseite
  • Politik
  • Wirtschaft
  • Sport
  • Kultur
  • Kontakt

  1. Startseite
  2. Politik
  3. Stadtrat sperrt die alte Hafenbrücke

Stadtrat sperrt die alte Hafenbrücke

Die Sperrung soll acht Monate dauern, die Anwohner sind nicht zufrieden

Von Anna Berger · 18. Oktober 2019

Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu sperren. \
Die Arbeiten sollen im Frühjahr beginnen und bis zu acht Monate dauern.

Der Bürgermeister sagte, dass die Brücke seit Jahren in einem schlechten Zustand sei. Die \
Autofahrer müssen während der Sperrung auf die nördliche Querung ausweichen.

Neue Umleitung

Anwohner, die nahe am Fluss leben, sind mit dem Plan nicht zufrieden. Auch sie sehen aber \
ein, dass die Reparatur noch vor dem nächsten Winter nötig ist.

Impressum | Datenschutz | Kontakt

© 2019 Hafen-Kurier
"""


def test_the_headline_is_the_last_step_of_the_breadcrumb_not_the_site_name() -> None:
    article = newsmd.parse(SITE_ABOVE_HEADLINE)
    assert article.title == "Stadtrat sperrt die alte Hafenbrücke"
    assert article.authors == ("Anna Berger",)


NUMBERED_TRAIL = "  1. Startseite\n  2. Politik\n  3. Stadtrat sperrt die alte Hafenbrücke\n\n"


def test_a_heading_between_paragraphs_is_a_subheading_not_the_headline() -> None:
    page = SITE_ABOVE_HEADLINE.replace(NUMBERED_TRAIL, "")
    article = newsmd.parse(page)
    assert article.title == "Stadtrat sperrt die alte Hafenbrücke"
    assert "Neue Umleitung" in [block.text for block in article.body]


def test_a_site_name_over_the_headline_does_not_take_its_byline() -> None:
    headline = "Stadtrat sperrt die alte Hafenbrücke\n\n"
    page = SITE_ABOVE_HEADLINE.replace(NUMBERED_TRAIL, "").replace(
        headline, "Hafen-Kurier Lokal\n\n" + headline, 1
    )
    assert newsmd.parse(page).title == "Stadtrat sperrt die alte Hafenbrücke"


BARE_NAME_ROWS = [
    ("Anna Berger", ("Anna Berger",), "a name alone"),
    ("Patrick Holm -", ("Patrick Holm",), "a separator left at the end"),
    ("Peter Maahn/SP-X", ("Peter Maahn",), "an agency after a slash"),
    ("Kathrin Hofer Kathrin Hofer", ("Kathrin Hofer",), "the name written twice"),
    ("• Ronja Beck", ("Ronja Beck",), "a bulleted name"),
    ("Ann Lee, Tom Fox", ("Ann Lee", "Tom Fox"), "two names"),
    ("J.R. Stone Image", ("J.R. Stone",), "an author photo's alt text"),
    ("Anna Berger Avatar", ("Anna Berger",), "an avatar's alt text"),
    ("Trending Now", (), "a section of the page"),
    ("Install App", (), "a button"),
    ("ImprintPrivacy Policy", (), "menu items run together"),
    ("Recent Posts", (), "a widget's heading"),
    ("Filter Suche", (), "de: a search form's buttons"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(BARE_NAME_ROWS))
def test_bare_names(text: str, expected: tuple[str, ...], reason: str) -> None:
    assert (bare_names(text) if is_bare_name(text) else ()) == expected


HEADER_NAME_ROWS = [
    ("28. Jan. 2022 Paula Balov", ("Paula Balov",), "a name after the date"),
    ("Amelie Siekmann 04. Dezember 2022", ("Amelie Siekmann",), "a name before the date"),
    ("Essay 25.10.2022 - Reiner Nagel", ("Reiner Nagel",), "a name as the last item"),
    ("By Cat Lee/June 12, 2020 9:49 am EST", ("Cat Lee",), "items joined by slashes"),
    ("Posted on 2015-04-05 by marc | Leave a comment", ("marc",), "a blog's user name"),
    ("von eseppelt · 31. Oktober 2023", ("eseppelt",), "de: a user name and a date"),
    ("Berlin, 15. Oktober 2023", (), "a place and a date: no name"),
    ("LAST UPDATED: Feb 26, 2020", (), "a date's label is no name"),
    ("Übersetzung Sarah-Indra Jungblut, 12.12.22", (), "de: a translator is no author"),
    ("Read More • October 28, 2020", (), "a link's label is no name"),
    ("Millionen von Klicks. Eine Studie, 12.12.22", (), "a sentence's end is no name"),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ids(HEADER_NAME_ROWS))
def test_names_in_a_page_header_line(text: str, expected: tuple[str, ...], reason: str) -> None:
    assert _names_in_header(text) == expected


def test_a_name_under_a_by_label_that_ends_a_section_line() -> None:
    page = SITE_ABOVE_HEADLINE.replace(
        "Von Anna Berger · 18. Oktober 2019", "Lokales Von\n\nAnna Berger"
    )
    assert newsmd.parse(page).authors == ("Anna Berger",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von", True),
        ("Disko Von", True),
        ("By", True),
        ("Stadt und Land Von", False),
        ("Anna", False),
    ],
)
def test_is_byline_label(text: str, expected: bool) -> None:
    assert is_byline_label(text) is expected


def test_a_header_line_under_the_headline_wins_over_a_date_above_it() -> None:
    page = SITE_ABOVE_HEADLINE.replace(
        "Stadtrat sperrt die alte Hafenbrücke\n\nDie Sperrung",
        "Archiv vom 2. Januar 2018\n\nStadtrat sperrt die alte Hafenbrücke\n\nDie Sperrung",
    )
    assert newsmd.parse(page).date == "2019-10-18"


def test_a_date_line_run_into_the_caption_below_it_is_read() -> None:
    caption = (
        "Die alte Hafenbrücke im Abendlicht, aufgenommen vom Ufer der Altstadt aus, wo viele "
        "Spaziergänger am Abend stehen bleiben und die Aussicht auf den Fluss genießen"
    )
    page = SITE_ABOVE_HEADLINE.replace(
        "Von Anna Berger · 18. Oktober 2019\n", f"18.10.2019, 09:50 Uhr\n{caption}\n"
    )
    assert newsmd.parse(page).date == "2019-10-18T09:50:00"


def test_a_sentence_that_mentions_a_date_gives_no_date() -> None:
    page = SITE_ABOVE_HEADLINE.replace(
        "Von Anna Berger · 18. Oktober 2019\n",
        "Der Rat hatte schon am 3. März 2019 über die Brücke beraten,\n",
    )
    assert newsmd.parse(page).date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Cat Lee/June 12, 2020 9:49 am EST", "2020-06-12T09:49:00-05:00"),
        ("November 8 2023, 3:18 p.m.", "2023-11-08T15:18:00"),
    ],
)
def test_dates_in_page_header_lines(text: str, expected: str) -> None:
    assert find_date(text, DateOptions(lang="en")) == expected


FURNITURE_ROWS = [
    ("Cyber-Attacken nehmen zu. – © Sergey Nivens – stock.adobe.com", True, True, "a credit"),
    ("Das Hermelin im Winterfell. (mlharing/iStock.com)", True, True, "a stock agency"),
    ("Artikel teilen", True, True, "a share button"),
    ("• Startseite", True, False, "a menu item: furniture only around the header"),
    ("Der Rat hat am Dienstag beschlossen, die Brücke zu sperren.", False, False, "prose"),
]


@pytest.mark.parametrize(("text", "in_header", "in_body", "reason"), ids(FURNITURE_ROWS))
def test_is_furniture(text: str, in_header: bool, in_body: bool, reason: str) -> None:
    block = block_of(text)
    assert is_furniture(block, menus=True) is in_header
    assert is_furniture(block, menus=False) is in_body


def test_a_picture_credit_inside_the_article_is_dropped_with_a_reason() -> None:
    page = SITE_ABOVE_HEADLINE.replace(
        "Neue Umleitung\n", "Die Hafenbrücke im Nebel. © Hafen-Kurier/Jan Ost\n\nNeue Umleitung\n"
    )
    article = newsmd.parse(page)
    assert "Die Hafenbrücke im Nebel" not in " ".join(block.text for block in article.body)
    (dropped,) = [
        item
        for item in article.classified
        if item.block.text.startswith("Die Hafenbrücke im Nebel")
    ]
    assert dropped.verdict.role is Role.DROPPED
    assert dropped.verdict.rule == "page_furniture"


def test_a_box_of_related_links_inside_the_article_does_not_end_it() -> None:
    long_paragraph = (
        "Die Anwohner am Fluss haben am Abend eine Versammlung abgehalten, auf der sie über "
        "die Umleitung, den Lärm der Baustelle und die Busse gesprochen haben, die während "
        "der Sperrung häufiger fahren sollen."
    )
    before = f"{long_paragraph}\n\n" * 4  # enough prose before the box to end an article
    box = "Lesen Sie auch\n\nNeue Fähre für den Hafen\n\n"
    after = f"{long_paragraph}\n\n" * 2
    page = SITE_ABOVE_HEADLINE.replace("Neue Umleitung\n", f"{before}{box}{after}Neue Umleitung\n")
    article = newsmd.parse(page)
    body = [block.text for block in article.body]
    assert "Neue Fähre für den Hafen" not in body
    assert body.count(long_paragraph) == 6
    assert "Neue Umleitung" in body
    without_prose_after = SITE_ABOVE_HEADLINE.replace(
        "Neue Umleitung\n", f"{before}{box}Neue Umleitung\n"
    )
    body = [block.text for block in newsmd.parse(without_prose_after).body]
    assert "Neue Umleitung" not in body, "a marker with no article after it ends the article"


LONG_PARAGRAPH_DE = (
    "Die Anwohner am Fluss haben am Abend eine Versammlung abgehalten, auf der sie über die "
    "Umleitung, den Lärm der Baustelle und die Busse gesprochen haben, die während der "
    "Sperrung häufiger fahren sollen."
)


def _page_ending_with(closing: str) -> str:
    """The page with three long paragraphs and ``closing`` as the article's last block,
    then comments and the footer."""
    head, _, rest = SITE_ABOVE_HEADLINE.partition("Neue Umleitung\n")
    footer = rest[rest.index("Impressum") :]
    body = f"{LONG_PARAGRAPH_DE}\n\n" * 3 + f"{closing}\n\n"
    return f"{head}{body}Kommentare\n\n  • Anmelden\n\n{footer}"


def test_a_short_closing_sentence_after_the_long_paragraphs_is_kept() -> None:
    closing = "Die Stadt will im Frühjahr in einer Mitteilung über den Fortschritt berichten."
    body = [block.text for block in newsmd.parse(_page_ending_with(closing)).body]
    assert closing in body
    assert body.count(LONG_PARAGRAPH_DE) == 3


def test_a_closing_call_to_subscribe_is_not_kept_as_the_articles_end() -> None:
    closing = "Lust auf mehr? Melde dich hier für unseren Newsletter an und lies jeden Morgen mit."
    body = [block.text for block in newsmd.parse(_page_ending_with(closing)).body]
    assert closing not in body
    assert body.count(LONG_PARAGRAPH_DE) == 3


def test_the_headline_may_stand_a_little_into_the_run_under_teasers() -> None:
    """A teaser paragraph above the headline starts the run of prose; the headline
    under it still wins over the article's subheadings."""
    teaser = "Auch interessant: Der neue Fahrplan der Fähre bringt im Sommer mehr Fahrten am Abend."
    page = SITE_ABOVE_HEADLINE.replace(NUMBERED_TRAIL, f"{teaser}\n\n")
    assert newsmd.parse(page).title == "Stadtrat sperrt die alte Hafenbrücke"


def test_the_line_under_an_author_label_is_no_headline() -> None:
    page = SITE_ABOVE_HEADLINE.replace(
        "Von Anna Berger · 18. Oktober 2019", "Autor:\n\nAnna Berger-Lindholm Lokalredaktion"
    )
    assert newsmd.parse(page).title == "Stadtrat sperrt die alte Hafenbrücke"


def test_a_menu_wrapped_over_several_lines_is_navigation_not_prose() -> None:
    menu = (
        "□ Kochbücher ☆ Alle Kochbücher ☆ Schnelle Rezepte ☆ Mittagessen ☆ Abendessen\n"
        "☆ Frühstück ☆ Desserts □ Getränke ☆ Smoothies ☆ Tee ☆ Kaffee ☆ Limonaden"
    )
    block = block_of(menu)
    assert block.words >= 20
    assert block_score(block) == MENU_PENALTY


def test_a_cookie_dialogs_prose_counts_against_the_article() -> None:
    dialog = (
        "Notwendige Cookies sind für das Funktionieren der Website nötig. Mit Ihrer "
        "Zustimmung setzen wir außerdem Cookies für Statistiken ein, die Sie in den "
        "Einstellungen jederzeit abwählen können."
    )
    assert block_score(block_of(dialog)) == BOILERPLATE_PENALTY
    news = "Der Browserhersteller will Cookies von Drittanbietern im nächsten Jahr sperren."
    assert block_score(block_of(news)) > 0


def test_a_short_closing_sentence_right_after_the_prose_ends_the_article() -> None:
    closing = "Sobald es Neues gibt, berichten wir hier."
    page = _page_ending_with(f"{LONG_PARAGRAPH_DE}\n\n{closing}")
    body = [block.text for block in newsmd.parse(page).body]
    assert body[-1] == closing
    assert "Kommentare" not in body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Pinguin in der Antarktis am 11. Februar. EFE", True),
        ("Die Hafenbrücke im Nebel (Foto: dpa)", True),
        ("Die Brücke im Winter. © Hafen-Kurier", True),
        ("Die Agentur EFE meldete am Abend, der Hafen bleibe geschlossen.", False),
    ],
)
def test_is_credited_caption(text: str, expected: bool) -> None:
    assert is_credited_caption(text) is expected


def test_a_caption_written_twice_by_the_dump_is_dropped() -> None:
    caption = "Die Hafenbrücke im Abendlicht, vom Ufer der Altstadt aus gesehen."
    page = SITE_ABOVE_HEADLINE.replace(
        "Neue Umleitung\n", f"{caption}\n\n{caption} © Jan Ost\n\nNeue Umleitung\n"
    )
    body = " ".join(block.text for block in newsmd.parse(page).body)
    assert caption not in body


def test_the_articles_list_of_references_belongs_to_it() -> None:
    references = (
        "Literatur\n\n"
        "• Berger A, Keller J, 2017. Brücken aus Stahl und ihre Pflege. Hafenverlag, Kiel.\n\n"
        "• Ost J, 2019. Der Rost und die Stadt. In: Bauwelt, 12/3, S. 40 – 44.\n\n"
    )
    page = _page_ending_with(f"{LONG_PARAGRAPH_DE}\n\n{references}")
    body = " ".join(block.text for block in newsmd.parse(page).body)
    assert "Der Rost und die Stadt" in body
    assert "Kommentare" not in body


def test_a_pictures_alt_text_and_a_link_in_a_box_are_no_headline() -> None:
    page = SITE_ABOVE_HEADLINE.replace(
        "Von Anna Berger · 18. Oktober 2019\n",
        "Von Anna Berger · 18. Oktober 2019\n\nDie Brücke im Nebel\n\n"
        "Die Brücke im Nebel Foto: Jan Ost\n\nLesen Sie auch\n\nNeue Fähre für den Hafen\n",
    )
    assert newsmd.parse(page).title == "Stadtrat sperrt die alte Hafenbrücke"


def test_a_menu_whose_items_the_dump_wrote_three_times_is_navigation() -> None:
    menu = "□ Backen Backen Backen ☆ Torten Torten Torten ☆ Kuchen Kuchen Kuchen ☆ Brot Brot Brot"
    assert block_score(block_of(menu)) == MENU_PENALTY


def test_the_headline_never_stands_after_the_article() -> None:
    page = SITE_ABOVE_HEADLINE.replace(
        "Impressum | Datenschutz",
        "Kommentare\n\nBrücken im Norden im Vergleich\n\nImpressum | Datenschutz",
    )
    article = newsmd.parse(page)
    assert article.title == "Stadtrat sperrt die alte Hafenbrücke"


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "The quay at dawn on Tuesday.\nPhoto: Ann Poe/Harbour Wire\n",
            True,
            "a caption over its credit",
        ),
        ("Vista de la calle Mayor.\nFoto: Álvaro Medina\n", True, "es: the same"),
        (
            "The quay at dawn on Tuesday.\n\nPhoto: Ann Poe/Harbour Wire\n",
            False,
            "a blank line between",
        ),
        (
            "Figures for 2020 rose by a fifth.\nQuelle: Statistisches Bundesamt\n",
            False,
            "a table's source line is no picture credit",
        ),
    ],
)
def test_caption_over_credit(text: str, expected: bool, reason: str) -> None:
    blocks = blocks_of(text)
    assert caption_over_credit(blocks, 0) is expected, reason


@pytest.mark.parametrize(
    ("headline", "expected", "reason"),
    [
        (f"{HEADLINE_EN} | Harbour Gazette", HEADLINE_EN, "the copyright line names the site"),
        (f"{HEADLINE_EN} – Harbour Gazette", HEADLINE_EN, "a dash before the site's name"),
        (
            f"{HEADLINE_EN} - after a long delay",
            f"{HEADLINE_EN} - after a long delay",
            "the part after the dash is no site's name: kept",
        ),
        (
            f"{HEADLINE_EN} | a town divided over its crossing",
            f"{HEADLINE_EN} | a town divided over its crossing",
            "too long for a site's name: kept",
        ),
    ],
)
def test_the_sites_name_after_a_page_headline_is_left_out(
    headline: str, expected: str, reason: str
) -> None:
    article = newsmd.parse(english_page().replace(HEADLINE_EN, headline))
    assert article.title == expected, reason


def test_the_headline_verdict_names_what_it_left_out() -> None:
    article = newsmd.parse(english_page().replace(HEADLINE_EN, f"{HEADLINE_EN} | Harbour Gazette"))
    [headline] = [item for item in article.classified if item.verdict.role is Role.HEADLINE]
    assert "left out ('| Harbour Gazette')" in headline.verdict.reason


def test_a_number_after_a_headline_is_no_sites_name() -> None:
    # "24" stands as a line of its own too, which would otherwise show it is the site's
    blocks = blocks_of(f"24\n\n{HEADLINE_EN} - 24\n\nA paragraph.")
    assert without_site_name(blocks, 1) == f"{HEADLINE_EN} - 24"


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("{ 38 comments… read them below or add one }", True, "en: a count of the comments"),
        ("Kommentare (3)", True, "de: the comments heading with its count"),
        ("3 Antworten", True, "de: answers counted"),
        ("Leave a Reply", True, "en: the comment form's heading"),
        ("2 thoughts on “Why I Stopped Tilling”", True, "en: a blog's comments heading"),
        ("12 comments were received during the consultation.", False, "en: a sentence"),
        ("The comments section", False, "en: a phrase, no heading that ends articles"),
    ],
)
def test_is_comments_heading(text: str, expected: bool, reason: str) -> None:
    assert is_comments_heading(block_of(text)) is expected, reason


def test_comments_after_the_article_are_no_rival_run() -> None:
    """Prose under a comments heading after the article is the page's comments: the
    article ends at the heading, and the comments are no rival run of prose kept
    with a warning, however long they are."""
    comments = "\n\n".join(
        f"Reader {n} wrote that the bridge had been unsafe for years and that the council "
        f"should have closed it long before the winter storms came and damaged it further."
        for n in range(12)
    )
    heading = "{ 12 comments… read them below or add one }"
    text = english_page(end_marker=False).replace(
        TEASERS_EN[0], f"{heading}\n\n{comments}\n\n{TEASERS_EN[0]}"
    )
    prose = "\n\n".join(PROSE_EN)  # an article long enough to be told from its comments
    blocks = blocks_of(text.replace(prose, f"{prose}\n\n{prose}"))
    span = find_article(blocks, lambda block: False)
    assert span is not None
    assert span.rival is None
    assert span.end <= index_of(blocks, "{ 12 comments")
