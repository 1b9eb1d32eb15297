"""Classification rules, through ``newsmd.parse`` on whole small articles.

``ROLE_ROWS`` are ``(text, expected (role, rule) per block, reason)``;
``FIELD_ROWS`` are ``(text, expected Article fields, reason)``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmd import ParseOptions, Role, parse

HEAD = "Ferry service ends"
P1 = (
    "The last ferry left Harrow Point at noon on Sunday, and the harbour fell quiet for "
    "the first time in a century."
)
P2 = (
    "The county will build a causeway over the next three years, officials said on Monday, "
    "at a cost of about 40 million dollars."
)
P3 = "Residents said they had not been asked."


def article(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


HEADLINE = (Role.HEADLINE, "headline")
DEK = (Role.DEK, "dek")
BYLINE = (Role.BYLINE, "byline")
DATE = (Role.DATE, "date_line")
BODY = (Role.BODY, "paragraph")
ITEM = (Role.LIST_ITEM, "list_item")

ROLE_ROWS = [
    (article(HEAD, P1), [HEADLINE, BODY], "first short block is the headline"),
    (article(f"{P1} {P2}", P3), [BODY, BODY], "a first block over 30 words is not a headline"),
    (article(HEAD), [BODY], "a lone short block has no body under it: not a headline"),
    (
        article(HEAD, "A century-old crossing closes for good", P1),
        [HEADLINE, DEK, BODY],
        "short line under the headline without final period is the dek",
    ),
    (
        article(HEAD, "The crossing closes for good.", P1),
        [HEADLINE, BODY, BODY],
        "line under the headline ending with a period is body, not dek",
    ),
    (
        article(HEAD, "Will the island survive?", P1),
        [HEADLINE, BODY, BODY],
        "line under the headline ending with a question mark is body, not dek",
    ),
    (
        article(HEAD, "“It is the end of an era.”", P1),
        [HEADLINE, BODY, BODY],
        "quoted sentence under the headline is body, not dek",
    ),
    (
        article(HEAD, "By Jane Doe", "June 19, 2013", P1),
        [HEADLINE, BYLINE, DATE, BODY],
        "headline, byline, date line, body",
    ),
    (
        f"{HEAD}\nBy Jane Doe\nJune 19, 2013\n\n{P1}\n",
        [HEADLINE, BYLINE, DATE, BODY],
        "header lines without blank lines between them",
    ),
    (
        article(HEAD, "Published: 2013-06-19 14:03 EDT", "By Jane Doe", P1),
        [HEADLINE, DATE, BYLINE, BODY],
        "date line before the byline",
    ),
    (
        article(HEAD, "By Jane Doe | June 19, 2013", P1),
        [HEADLINE, BYLINE, BODY],
        "byline and date on one line",
    ),
    (
        article(HEAD, "Jane Doe", "June 19, 2013", P1),
        [HEADLINE, (Role.BYLINE, "name_above_date"), DATE, BODY],
        "bare name right above a date line is a byline",
    ),
    (
        article(HEAD, P1, "By Monday afternoon, the line stretched past the hardware store.", P3),
        [HEADLINE, BODY, BODY, BODY],
        "By + time phrase in the body is a paragraph",
    ),
    (
        article("OPINION", HEAD, P1),
        [(Role.DROPPED, "kicker"), HEADLINE, BODY],
        "a section label above the headline is a kicker",
    ),
    (
        article("Kommentar:", HEAD, P1),
        [(Role.DROPPED, "kicker"), HEADLINE, BODY],
        "de: a section label with a colon",
    ),
    (
        article("Inflation", "EZB lässt den Leitzins unverändert", P1, P2),
        [(Role.DROPPED, "kicker"), HEADLINE, BODY, BODY],
        "de: a topic line of a word or two over a longer headline (Dachzeile)",
    ),
    (
        article("Inflation", "Rates", P1),
        [HEADLINE, DEK, BODY],
        "a word over a shorter line is a headline and its dek, not a kicker",
    ),
    (
        article("Analysis", P1, P2),
        [HEADLINE, BODY, BODY],
        "a label with no headline under it is the first line of its own",
    ),
    (
        article(HEAD, "By Hannah Voss", "Guest Columnist", P1),
        [HEADLINE, BYLINE, BYLINE, BODY],
        "the byline's job title on a line of its own",
    ),
    (
        article(HEAD, "By Maria Lopez", "The Associated Press", P1),
        [HEADLINE, BYLINE, BYLINE, BODY],
        "the byline's agency on a line of its own",
    ),
    (
        article(HEAD, P1, P2, "Author: Jane Doe", "Jane Doe is a staff writer who covers islands."),
        [HEADLINE, BODY, BODY, BYLINE, (Role.BIO, "bio_after_author")],
        "closing Author: line, then the bio paragraph",
    ),
    (
        article(HEAD, P1, "About the author", "Jane Doe covers transport and island life."),
        [HEADLINE, BODY, (Role.DROPPED, "bio_label"), (Role.BIO, "bio_after_author")],
        "About the author label dropped, next paragraph is the bio",
    ),
    (
        article(HEAD, P1, "About the author:", "Jane Doe covers transport and island life."),
        [HEADLINE, BODY, (Role.DROPPED, "bio_label"), (Role.BIO, "bio_after_author")],
        "About the author: with a colon",
    ),
    (
        article(HEAD, "By Jane Doe", P1, "Jane Doe is a staff writer who covers the islands."),
        [HEADLINE, BYLINE, BODY, (Role.BIO, "bio_by_name")],
        "closing paragraph starting with the bylined name is the bio",
    ),
    (
        article(HEAD, P1, "Jane Doe is a freelance journalist based in Maine."),
        [HEADLINE, BODY, (Role.BIO, "bio_generic")],
        "closing paragraph describing a journalist is the bio",
    ),
    (
        article(HEAD, "By Jane Doe", P1, "Jane Doe said the vote was a mistake, and left."),
        [HEADLINE, BYLINE, BODY, BODY],
        "closing paragraph quoting the author is not a bio",
    ),
    (
        article(HEAD, P1, "- Fares rise.\n- Service ends.\n- The pier closes.", P3),
        [HEADLINE, BODY, ITEM, ITEM, ITEM, BODY],
        "consecutive bullet lines are list items",
    ),
    (
        article(HEAD, P1, "1. Fares rise.\n2. Service ends.", P3),
        [HEADLINE, BODY, ITEM, ITEM, BODY],
        "consecutive numbered lines are list items",
    ),
    (
        article(HEAD, P1, "- Fares rise.", P3),
        [HEADLINE, BODY, BODY, BODY],
        "a single bullet line stays a paragraph",
    ),
    (
        article(HEAD, P1, "> It was the end of an era,\n> one resident wrote.", P3),
        [HEADLINE, BODY, (Role.QUOTE, "quote"), BODY],
        "lines marked with > are a quote",
    ),
    (
        article(HEAD, P1, "What comes next", P2),
        [HEADLINE, BODY, (Role.HEADING, "heading"), BODY],
        "short line between paragraphs, followed by prose, is a subheading",
    ),
    (
        article(HEAD, P1, "What comes next", P3),
        [HEADLINE, BODY, BODY, BODY],
        "no subheading above a short paragraph",
    ),
    (
        article(HEAD, P1, "Advertisement", P2),
        [HEADLINE, BODY, (Role.DROPPED, "advertisement"), BODY],
        "advertisement label dropped",
    ),
    (
        article(HEAD, P1, "Read more: Why the ferry mattered", P2),
        [HEADLINE, BODY, (Role.DROPPED, "related_link"), BODY],
        "related link dropped",
    ),
    (
        article(HEAD, P1, "© 2024 Example Media. All rights reserved."),
        [HEADLINE, BODY, (Role.DROPPED, "copyright")],
        "copyright line dropped",
    ),
    (
        article(HEAD, P1, "(Reporting by Jane Doe; Editing by John Roe)"),
        [HEADLINE, BODY, (Role.CREDIT, "credit_line")],
        "credit line",
    ),
    (
        "    WASHINGTON (Reuters) - The Fed said\nrates would rise.\n    Analysts were\n"
        "surprised.\n Reuter\n",
        [BODY, BODY, (Role.DROPPED, "wire_end_mark")],
        "wire story: dateline paragraph is body, Reuter sign-off dropped",
    ),
    (
        article(HEAD, P1, "- Fares rise\n- Service ends\n- The pier closes", P3),
        [HEADLINE, BODY, ITEM, ITEM, ITEM, BODY],
        "bullet lines without final periods are list items",
    ),
    (
        article("By Popular Demand", P1, P3),
        [HEADLINE, BODY, BODY],
        "title-case headline starting with By is the headline",
    ),
    (
        article("Von Der Leyen Wins Second Term", P1, P3),
        [HEADLINE, BODY, BODY],
        "title-case headline starting with Von is the headline",
    ),
    (
        article(HEAD, "By Ángel Pérez", P1),
        [HEADLINE, BYLINE, BODY],
        "byline with an accented initial is a byline",
    ),
    (article(HEAD, "Byline: Jane Doe", P1), [HEADLINE, BYLINE, BODY], "Byline: label is a byline"),
    (
        article(HEAD, "Jane Doe\nMarch 12, 2022", P1),
        [HEADLINE, (Role.BYLINE, "name_above_date"), DATE, BODY],
        "a bare name right above a date line is a byline",
    ),
    (
        article(HEAD, "Jane Doe", P1),
        [HEADLINE, DEK, BODY],
        "a bare name with nothing to back it is not a byline",
    ),
    (
        article(HEAD, "Jane Doe, Staff Writer", P1),
        [HEADLINE, BYLINE, BODY],
        "a bare name with a job title is a byline",
    ),
    (
        article(HEAD, P1, "(Reporting by Jane Doe; Editing by John Roe)"),
        [HEADLINE, BODY, (Role.CREDIT, "credit_line")],
        "a credits trailer is a credit line, not body",
    ),
    (
        article(HEAD, "Published June 19, 2013 | Updated June 20, 2013", P1),
        [HEADLINE, DATE, BODY],
        "a line of two dates is a date line",
    ),
    (
        article(HEAD, P1, "Photo: Jane Doe/Reuters", P2),
        [HEADLINE, BODY, (Role.DROPPED, "photo_credit"), BODY],
        "a photo credit line is dropped",
    ),
    (
        article(HEAD, P1, "Crowds gather at the quay on Sunday. (Photo: Ann Poe/AP)", P2),
        [HEADLINE, BODY, (Role.DROPPED, "photo_caption"), BODY],
        "a caption ending in its photo credit is dropped",
    ),
    (
        article(HEAD, P1, "Email the author", "Follow us on Twitter"),
        [HEADLINE, BODY, (Role.DROPPED, "author_contact"), (Role.DROPPED, "follow_prompt")],
        "author contact and follow prompts are dropped, never read as names",
    ),
    (
        article("Politics | Blog | Letters to the Council", HEAD, P1, P2),
        [(Role.DROPPED, "navigation_line"), HEADLINE, BODY, BODY],
        "a line of the site's menu above the article is dropped",
    ),
    (
        article(HEAD, f"{P1} {P2}", "Politics | Blog | Letters to the Council", P2),
        [HEADLINE, BODY, (Role.HEADING, "heading"), BODY],
        "below the first paragraph, the same line is the article's own",
    ),
    (
        article(HEAD, "Wheat | 1.5 | 2.0", P1, P2),
        [HEADLINE, (Role.DEK, "dek"), BODY, BODY],
        "a row of figures is a table's, no menu: kept (here as the short line under the headline)",
    ),
    (
        article("Council closes the bridge | Harbour Gazette", P1, P2),
        [HEADLINE, BODY, BODY],
        "a headline with the site's name after a bar is no menu",
    ),
    (
        article(HEAD, P1, "* * *", P2),
        [HEADLINE, BODY, (Role.BREAK, "section_break"), BODY],
        "a line of marks between paragraphs is a section break",
    ),
    (
        article("* * *", HEAD, P1),
        [(Role.DROPPED, "separator"), HEADLINE, BODY],
        "a line of marks above the article is dropped, never the headline",
    ),
    (
        article(HEAD, P1, "━━━━━━━━━━━━"),
        [HEADLINE, BODY, (Role.DROPPED, "separator")],
        "a line of marks at the end is dropped",
    ),
    (
        article(HEAD, P1, "*" * 300, P2),
        [HEADLINE, BODY, BODY, BODY],
        "a run of marks wider than a line is text, no break",
    ),
    (
        article(HEAD, P1, "* * *", "What comes next", P2),
        [HEADLINE, BODY, (Role.BREAK, "section_break"), (Role.HEADING, "heading"), BODY],
        "a subheading may follow a section break",
    ),
    (
        article(
            "BC-US--Ferry-Closure,1st Ld-Writethru",
            HEAD,
            "Eds: UPDATES with mayor's comments.",
            "By JANE DOE\nAssociated Press",
            f"HARROW POINT, Maine (AP) — {P1}",
            P2,
        ),
        [
            (Role.DROPPED, "wire_slug"),
            HEADLINE,
            (Role.DROPPED, "note_to_editors"),
            BYLINE,
            BYLINE,
            BODY,
            BODY,
        ],
        "an AP story's slug and note to editors are dropped; its byline heads the story",
    ),
    (
        article(HEAD, P1, "By Jane Doe", f"HARROW POINT, Maine (AP) — {P2}"),
        [HEADLINE, BODY, BYLINE, BODY],
        "a paragraph that opens with a dateline is never the bio of a byline above it",
    ),
    (
        article(HEAD, "A century-old crossing closes for good", "di Marco Rossi", P1, P2, P3),
        [HEADLINE, DEK, BYLINE, BODY, BODY, BODY],
        "a byline under the dek heads the article",
    ),
    (
        article(HEAD, "The crossing closes for good.", "By Jane Doe", P1, P2, P3),
        [HEADLINE, BODY, BYLINE, BODY, BODY, BODY],
        "a byline under a first paragraph (a teaser) heads the article: the lead is no bio",
    ),
    (
        article(HEAD, P1, P2, "By Jane Doe", "Jane Doe covers transport for the Gazette."),
        [HEADLINE, BODY, BODY, BYLINE, (Role.BIO, "bio_after_author")],
        "a byline after most of the article closes it: the paragraph under it is the bio",
    ),
    (
        article(
            HEAD, "The crossing closes for good.", "Von Anna Schmidt, ARD-Hauptstadtstudio", P1, P2
        ),
        [HEADLINE, BODY, BYLINE, BODY, BODY],
        "a broadcaster's studio is a desk in a byline",
    ),
    (
        article(
            HEAD,
            P1,
            P2,
            "Mehr zum Thema",
            "Bahnstreik: Was Reisende wissen müssen",
            "Was bedeutet die Einigung?",
        ),
        [
            HEADLINE,
            BODY,
            BODY,
            (Role.DROPPED, "related_heading"),
            (Role.DROPPED, "linked_item"),
            (Role.DROPPED, "linked_item"),
        ],
        "the titles under a heading of related stories are links, not the article's",
    ),
    (
        article(HEAD, P1, "See also", "Harbour plans", P2, "What comes next", P1),
        [
            HEADLINE,
            BODY,
            (Role.DROPPED, "related_heading"),
            (Role.DROPPED, "linked_item"),
            BODY,
            (Role.HEADING, "heading"),
            BODY,
        ],
        "a paragraph ends the list of links: what follows is the article's again",
    ),
    (
        article(HEAD, P1, P2, "Archivado En", "Jornada laboral", "Trabajo"),
        [
            HEADLINE,
            BODY,
            BODY,
            (Role.DROPPED, "tags_label"),
            (Role.DROPPED, "linked_item"),
            (Role.DROPPED, "linked_item"),
        ],
        "a list of tags under its label is dropped",
    ),
    (
        article(HEAD, P1, "Kategorie: News", "Harbour plans", P2),
        [HEADLINE, BODY, (Role.DROPPED, "tags"), BODY, BODY],
        "a line of tags with its items lists nothing under it",
    ),
    (
        article(HEAD, P1, "Lire aussi | Crise du logement : les mises en chantier au plus bas", P2),
        [HEADLINE, BODY, (Role.DROPPED, "related_link"), BODY],
        "Lire aussi with a bar before the title is a link",
    ),
    (
        article(
            HEAD,
            "By Jane Doe",
            P1,
            P2,
            "Jane Doe is the transport reporter of the Gazette.",
            "Share full article",
            "Advertisement",
        ),
        [
            HEADLINE,
            BYLINE,
            BODY,
            BODY,
            (Role.BIO, "bio_by_name"),
            (Role.DROPPED, "share_prompt"),
            (Role.DROPPED, "advertisement"),
        ],
        "a closing bio may have boilerplate after it",
    ),
    (
        article(HEAD, "Image source, PA Media\nImage caption,\nFallen trees blocked roads", P1),
        [
            HEADLINE,
            (Role.DROPPED, "photo_credit"),
            (Role.DROPPED, "caption_label"),
            (Role.DROPPED, "photo_caption"),
            BODY,
        ],
        "a BBC picture's credit, caption label and caption are dropped",
    ),
    (
        article("Klimaschutz", "Regierung beschließt Gebäudeplan", P1, P2),
        [(Role.DROPPED, "kicker"), HEADLINE, BODY, BODY],
        "a one-word topic line over a three-word headline is a kicker",
    ),
    (
        article(HEAD, "By Jane Doe", P1, P2, "— Jane Doe"),
        [HEADLINE, BYLINE, BODY, BODY, (Role.BYLINE, "signature")],
        "the bylined author's name at the end signs the article off",
    ),
    (
        article(HEAD, "By Jane Doe", P1, P2, "John Roe"),
        [HEADLINE, BYLINE, BODY, BODY, BODY],
        "another name at the end is the article's (a quote's speaker, a last word)",
    ),
    (
        article(HEAD, "Madrid - 04 feb 2025 - 13:45 CET", P1, P2),
        [HEADLINE, DATE, BODY, BODY],
        "a date line may name the place first",
    ),
    (
        article(f"PARIS, 7 mars 2024 (AFP) - {P1}", P2, "jpa/ib"),
        [BODY, BODY, (Role.DROPPED, "desk_initials")],
        "the AFP desk's initials at the end are dropped",
    ),
]


def roles_and_rules(text: str, options: ParseOptions | None = None):
    parsed = parse(text, options or ParseOptions())
    return [(c.verdict.role, c.verdict.rule) for c in parsed.classified]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), ROLE_ROWS, ids=[row[-1] for row in ROLE_ROWS]
)
def test_roles(text, expected, reason):
    assert roles_and_rules(text) == expected, reason


FIELD_ROWS = [
    (
        article(HEAD, "By Jane Doe", "Published March 7, 2024, updated March 8, 2024", P1),
        {"date": "2024-03-07", "updated": "2024-03-08"},
        "published and updated dates on one line, joined by a comma",
    ),
    (
        article(
            "La BCE maintient ses taux",
            "Par Claire Dubois",
            "Publié le 7 mars 2024 à 14h05, modifié le 7 mars 2024 à 16h30",
            "La Banque centrale européenne a laissé ses taux directeurs inchangés jeudi, "
            "pour la quatrième réunion consécutive, et la présidente a parlé de l'inflation.",
            "Claire Dubois est journaliste au service économie.",
        ),
        {
            "date": "2024-03-07T14:05:00",
            "updated": "2024-03-07T16:30:00",
            "author_bio": "Claire Dubois est journaliste au service économie.",
        },
        "fr: published and modified on one line; the closing paragraph about the author",
    ),
    (
        article(
            "Hafen meldet Rekord",
            "Von Jana Berg",
            "Der Hamburger Hafen hat im vergangenen Jahr so viele Container umgeschlagen wie "
            "nie zuvor, teilte die Hafenbehörde am Montag in der Hansestadt mit.",
            "Jana Berg schreibt über Wirtschaft und Verkehr.",
        ),
        {"author_bio": "Jana Berg schreibt über Wirtschaft und Verkehr."},
        "de: the closing paragraph about the author",
    ),
    (
        article("OPINION", HEAD, P1),
        {"title": HEAD, "section": "OPINION"},
        "a kicker gives the section, the headline under it the title",
    ),
    (
        article(HEAD, "By Maria Lopez", "The Associated Press", P1),
        {"authors": ("Maria Lopez",), "source": "AP"},
        "the agency on its own line under the byline is the source",
    ),
    (
        article(HEAD, "Jane Doe | Reuters", "LONDON (Reuters) - " + P1, "(Reporting by Jane Doe)"),
        {
            "authors": ("Jane Doe",),
            "source": "Reuters",
            "dateline": "LONDON",
            "credits": ("Reporting by Jane Doe",),
        },
        "modern Reuters story: author, source, dateline and credits",
    ),
    (
        article(
            HEAD,
            "By ANN POE and SEAN MCDONALD, Associated Press",
            "KABUL, Afghanistan (AP) — " + P1,
        ),
        {"authors": ("Ann Poe", "Sean McDonald"), "source": "AP", "dateline": "KABUL, Afghanistan"},
        "AP story: names title-cased, agency to source, place as written",
    ),
    (
        article(HEAD, "By Jane Doe | June 19, 2013", P1),
        {"authors": ("Jane Doe",), "date": "2013-06-19"},
        "byline and date on one line",
    ),
    (
        article(HEAD, "A century-old crossing closes for good", P1),
        {"title": HEAD, "subtitle": "A century-old crossing closes for good", "authors": ()},
        "headline and dek become title and subtitle",
    ),
    (
        article(HEAD, "The crossing closes for good.", P1),
        {"title": HEAD, "subtitle": None},
        "no subtitle when the line under the headline is a sentence",
    ),
    (
        article(HEAD, "By Jane Doe and John Roe", "June 19, 2013", P1),
        {"authors": ("Jane Doe", "John Roe"), "date": "2013-06-19", "updated": None},
        "byline names and date line",
    ),
    (
        article(HEAD, "By JANE DOE, Associated Press", P1),
        {"authors": ("Jane Doe",), "source": "AP"},
        "byline agency is the source; capitals title-cased",
    ),
    (
        article(HEAD, "Jane Doe | Reuters", P1),
        {"authors": ("Jane Doe",), "source": "Reuters"},
        "bare name backed by an agency",
    ),
    (
        article(HEAD, "Updated 11:42 AM EDT, Thu August 22, 2019", P1),
        {"date": None, "updated": "2019-08-22T11:42:00-04:00"},
        "Updated line fills updated, not date",
    ),
    (
        article(HEAD, "Monday, March 3", P1),
        {"date": None},
        "yearless date line gives no date",
    ),
    (
        article(HEAD, P1, P2, "Author: Jane Doe", "Jane Doe is a staff writer who covers islands."),
        {
            "authors": ("Jane Doe",),
            "author_bio": "Jane Doe is a staff writer who covers islands.",
        },
        "closing Author: line gives author and bio",
    ),
    (
        article(HEAD, P1, "About the author", "Jane Doe covers transport and island life."),
        {"authors": (), "author_bio": "Jane Doe covers transport and island life."},
        "About the author: bio without an author",
    ),
    (
        article(HEAD, "By Jane Doe", "By Jane Doe", P1),
        {"authors": ("Jane Doe",)},
        "an author named twice is listed once",
    ),
    (
        "    WASHINGTON (Reuters) - The Fed said\nrates would rise.\n    Analysts were\n"
        "surprised.\n Reuter\n",
        {"source": "Reuters", "dateline": "WASHINGTON", "title": None},
        "wire story: dateline and Reuters source",
    ),
    (
        article(HEAD, "KABUL, Afghanistan (AP) — A bomb exploded on Monday.", P2),
        {"source": "AP", "dateline": "KABUL, Afghanistan"},
        "agency from the dateline",
    ),
    (
        article(HEAD, "The mayor resigned on Monday.", P2, "Reuter"),
        {"source": "Reuters", "dateline": None},
        "Reuter sign-off alone gives the source",
    ),
    (
        article(HEAD, P1, "(Reporting by Jane Doe; Editing by John Roe)"),
        {"credits": ("Reporting by Jane Doe", "Editing by John Roe"), "authors": ()},
        "credit line fills credits, not authors",
    ),
    (
        article("Von Der Leyen Wins Second Term", P1, P3),
        {"title": "Von Der Leyen Wins Second Term", "authors": ()},
        "headline starting with Von is the title, not an author",
    ),
    (
        article(HEAD, "BREAKING - The ferry service ended on Monday.", P2),
        {"dateline": None},
        "story label BREAKING is not a dateline",
    ),
    (
        "Title: Ferry service ends\nAuthor: Jane Doe\nDate: 2023-05-14\nSection: Local news\n"
        "Source: The Harbour Gazette\nURL: https://example.com/ferry\n\n" + article(P1, P2),
        {
            "title": "Ferry service ends",
            "authors": ("Jane Doe",),
            "date": "2023-05-14",
            "section": "Local news",
            "source": "The Harbour Gazette",
            "url": "https://example.com/ferry",
        },
        "an archive's metadata lines fill the fields",
    ),
    (
        article(HEAD, "By The Associated Press", P1, P2),
        {"authors": (), "source": "AP", "subtitle": None},
        "a byline naming only an agency gives the source, no author, and is no dek",
    ),
    (
        article(HEAD, "Por EFE", P1, P2),
        {"authors": (), "source": "EFE"},
        "an agency in capitals after Por is no person",
    ),
    (
        article(HEAD, "By Reuters Staff", P1, P2),
        {"authors": (), "source": "Reuters"},
        "an agency's staff is no person",
    ),
    (
        article(HEAD, "Tekst: Pieter de Vries", P1, P2),
        {"authors": ("Pieter de Vries",)},
        "the Dutch and Polish Tekst: label",
    ),
    (
        article(HEAD, "Ressort: Politik", P1, P2),
        {"section": "Politik", "title": HEAD},
        "a German section line under the headline",
    ),
    (
        article(
            HEAD, P1, "Source: the council's own figures, published on Monday, show a drop.", P2
        ),
        {"source": None},
        "a Source: sentence in the body is no field",
    ),
    (
        article(HEAD, "Link: see the council's website", P1),
        {"url": None},
        "a Link: line without an address gives no url",
    ),
    (
        article(
            "Inondations dans le sud",
            "PARIS, 7 mars 2024 (AFP) - Des milliers de personnes ont été évacuées jeudi dans "
            "le sud de la France, a annoncé la préfecture.",
            "Selon Météo-France, de nouvelles averses sont attendues dans la nuit.",
        ),
        {"dateline": "PARIS", "source": "AFP", "date": "2024-03-07"},
        "a French agency dateline with its year gives the date",
    ),
    (
        article(HEAD, P1, P2, "* * *", P3),
        {"authors": ()},
        "no word of a section break counts",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), FIELD_ROWS, ids=[row[-1] for row in FIELD_ROWS]
)
def test_article_fields(text, expected, reason):
    parsed = parse(text)
    assert {name: getattr(parsed, name) for name in expected} == expected, reason


BODY_ROWS = [
    (
        article(HEAD, P1, "- Fares rise.\n- Service ends.", P3),
        [("paragraph", (P1,), False), ("list", ("Fares rise.", "Service ends."), False),
         ("paragraph", (P3,), False)],
        "bullet items merge into one list block, markers removed",
    ),
    (
        article(HEAD, P1, "1. Fares rise.\n2. Service ends.", P3),
        [("paragraph", (P1,), False), ("list", ("Fares rise.", "Service ends."), True),
         ("paragraph", (P3,), False)],
        "numbered items merge into one ordered list",
    ),
    (
        article(HEAD, P1, "- Fares rise.", P3),
        [("paragraph", (P1,), False), ("paragraph", ("- Fares rise.",), False),
         ("paragraph", (P3,), False)],
        "a single bullet line is a paragraph with its dash",
    ),
    (
        article(HEAD, P1, "> It was the end of an era,\n> one resident wrote."),
        [("paragraph", (P1,), False), ("quote", ("It was the end of an era, one resident wrote.",),
                                        False)],
        "quote text without its > marks",
    ),
    (
        article(HEAD, P1, "What comes next", P2),
        [("paragraph", (P1,), False), ("heading", ("What comes next",), False),
         ("paragraph", (P2,), False)],
        "subheading is a heading block",
    ),
    (
        article(HEAD, "By Jane Doe", P1, "Advertisement", P2, "Reuter"),
        [("paragraph", (P1,), False), ("paragraph", (P2,), False)],
        "header, boilerplate and end mark are not in the body",
    ),
    (
        article(HEAD, P1, "* * *", P2, "-----", P3),
        [("paragraph", (P1,), False), ("rule", (), False), ("paragraph", (P2,), False),
         ("rule", (), False), ("paragraph", (P3,), False)],
        "section breaks are rules in the body, their marks left out",
    ),
    (
        article(HEAD, P1, "* * *", "Advertisement", "* * *", P2),
        [("paragraph", (P1,), False), ("rule", (), False), ("paragraph", (P2,), False)],
        "two breaks with nothing kept between them make one",
    ),
    (
        article(HEAD, P1, P2, "___", "(Reporting by Jane Doe)"),
        [("paragraph", (P1,), False), ("paragraph", (P2,), False)],
        "a break with no body after it closes nothing: left out",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "reason"), BODY_ROWS, ids=[row[-1] for row in BODY_ROWS]
)
def test_body_blocks(text, expected, reason):
    parsed = parse(text)
    assert [(b.kind, b.items, b.ordered) for b in parsed.body] == expected, reason


OPTION_ROWS = [
    (
        article(HEAD, "03/04/2013", P1),
        ParseOptions(),
        {"date": "2013-03-04"},
        "month first by default",
    ),
    (
        article(HEAD, "03/04/2013", P1),
        ParseOptions(dayfirst=True),
        {"date": "2013-04-03"},
        "dayfirst reads 3 April",
    ),
    (
        article(HEAD, "Monday, March 3", P1),
        ParseOptions(year=2014),
        {"date": "2014-03-03"},
        "--year supplies a missing year",
    ),
    (
        article(HEAD, "Published: 2013-04-03", P1),
        ParseOptions(dayfirst=True),
        {"date": "2013-04-03"},
        "dayfirst does not swap an ISO date",
    ),
]


@pytest.mark.parametrize(
    ("text", "options", "expected", "reason"), OPTION_ROWS, ids=[row[-1] for row in OPTION_ROWS]
)
def test_parse_options(text, options, expected, reason):
    parsed = parse(text, options)
    assert {name: getattr(parsed, name) for name in expected} == expected, reason


def test_keep_boilerplate_keeps_the_block_in_the_body_with_its_reason():
    text = article(HEAD, P1, "Advertisement", P2)
    dropped = parse(text)
    kept = parse(text, ParseOptions(keep_boilerplate=True))
    assert [c.block.text for c in dropped.dropped] == ["Advertisement"]
    assert kept.dropped == ()
    assert "Advertisement" in [b.text for b in kept.body]
    verdict = kept.classified[2].verdict
    assert verdict.role is Role.BODY
    assert verdict.rule == "advertisement"
    assert "kept by request" in verdict.reason


def test_dropped_blocks_carry_rule_and_reason():
    parsed = parse(article(HEAD, P1, "About the author", "Jane Doe covers the islands.", "Reuter"))
    dropped = {c.block.text: c.verdict for c in parsed.dropped}
    assert set(dropped) == {"About the author", "Reuter"}
    assert dropped["About the author"].rule == "bio_label"
    assert dropped["Reuter"].rule == "wire_end_mark"
    assert "'Reuter'" in dropped["Reuter"].reason


SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
ALL_TEXTS = [
    pytest.param(row.values[0] if hasattr(row, "values") else row[0], id=row[-1])
    for row in ROLE_ROWS + FIELD_ROWS + BODY_ROWS
] + [pytest.param(path.read_text(encoding="utf-8"), id=path.name) for path in SAMPLES]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_every_verdict_has_a_rule_and_a_reason(text):
    parsed = parse(text)
    assert parsed.classified
    for item in parsed.classified:
        assert item.verdict.rule.strip(), item.block.text
        assert item.verdict.reason.strip(), item.block.text
        assert isinstance(item.verdict.role, Role)


def test_header_line_of_punctuation_and_digits_does_not_crash():
    """Regression (found by hypothesis): a header item that is only a comma."""
    text = "0\r0\n0. 0\n0. 0\n0. 0\n0. 0\n- 0\n- 0 |, 0\n0 0 0 0 0 0 0\r0\r0\r0 0 0 0 0 0 0"
    article = parse(text, ParseOptions(dayfirst=True))
    lines = sorted(line.number for c in article.classified for line in c.block.lines)
    assert lines == list(range(1, len(lines) + 1))


PRESS_RELEASE = (
    "Tidewater Rail Orders Battery Trains\n\n"
    "PORTSMOUTH, Va., Sept. 9, 2025 /PRNewswire/ -- Tidewater Rail today placed an order "
    "for 18 battery-electric trains to run on its coastal line.\n\n"
    "Media Contact:\n\nGideon Marsh\n\npress@tidewater-rail.example\n\n(555) 014-7730\n\n"
)


def test_contact_details_under_a_press_contact_heading_are_dropped() -> None:
    article = parse(PRESS_RELEASE)
    rules = [item.verdict.rule for item in article.dropped]
    assert rules == ["press_contact_label"] + ["press_contact"] * 3
    assert [block.text[:10] for block in article.body] == ["PORTSMOUTH"]


def test_a_paragraph_after_the_contact_details_is_kept() -> None:
    text = PRESS_RELEASE + (
        "Tidewater Rail operates passenger service between Norfolk, Portsmouth and the "
        "Outer Banks, carrying 2.3 million riders a year on its coastal line.\n"
    )
    article = parse(text)
    assert article.body[-1].text.startswith("Tidewater Rail operates")
