"""Stage 2, ``segment``: lines grouped into blocks, hard wraps undone.

Each row is ``(input text, expected blocks, reason)``; a block is written as
``(first line, last line, unwrapped text)``, line numbers as an editor shows.
"""

from __future__ import annotations

import pytest

from newsmd.normalize import normalize
from newsmd.segment import count_words, segment, unwrap


def blocks_of(text: str) -> list[tuple[int, int, str]]:
    return [(b.first_line, b.last_line, b.text) for b in segment(normalize(text))]


WIRE = """\
NOORDHAVEN SEES HIGHER VOLUMES

    ROTTERDAM, March 4 - Noordhaven Container Terminals NV said
it expects container throughput at its Rotterdam quays to rise
by about eight pct this year, helped by stronger Far East trade.
    He said freight rates on the main Asia-Europe routes had
stabilised after two years of heavy discounting, but the medium-
term outlook depended on whether shipping lines went ahead.
    Van der Linden said capital spending would total about 185
mln guilders this year, against 142 mln last year.
    Noordhaven said its total workforce, which stood at 2,300
employees at the end of the year, would be held steady.
 Reuter
"""

WIRE_BLOCKS = [
    (1, 1, "NOORDHAVEN SEES HIGHER VOLUMES"),
    (
        3,
        5,
        "ROTTERDAM, March 4 - Noordhaven Container Terminals NV said it expects container "
        "throughput at its Rotterdam quays to rise by about eight pct this year, helped by "
        "stronger Far East trade.",
    ),
    (
        6,
        8,
        "He said freight rates on the main Asia-Europe routes had stabilised after two years "
        "of heavy discounting, but the medium-term outlook depended on whether shipping lines "
        "went ahead.",
    ),
    (
        9,
        10,
        "Van der Linden said capital spending would total about 185 mln guilders this year, "
        "against 142 mln last year.",
    ),
    (
        11,
        12,
        "Noordhaven said its total workforce, which stood at 2,300 employees at the end of "
        "the year, would be held steady.",
    ),
    (13, 13, "Reuter"),
]

TABLE = """\
    SAN JOSE, Calif., March 31 - Acme Corp said first quarter
earnings rose on higher chip sales.
    Shr 28 cts vs five cts
    Net 6,203,000 vs 1,030,000
    Revs 12.4 mln vs 9.8 mln
 Reuter
"""

TABLE_BLOCKS = [
    (1, 2, "SAN JOSE, Calif., March 31 - Acme Corp said first quarter earnings rose on higher "
     "chip sales."),
    (3, 3, "Shr 28 cts vs five cts"),
    (4, 4, "Net 6,203,000 vs 1,030,000"),
    (5, 5, "Revs 12.4 mln vs 9.8 mln"),
    (6, 6, "Reuter"),
]  # fmt: skip

WRAPPED_65 = """\
The county transportation board voted on Tuesday to end the ferry
service to Harrow Point next year, ending a crossing that has run
without a break since 1921, and to study instead a medium-
term plan for a causeway across the narrows.

Residents said they had not been asked. Several of them told the
board that the island would lose the one thing that made it an
island, and that a road would bring traffic they did not want.
"""

WRAPPED_BLOCKS = [
    (
        1,
        4,
        "The county transportation board voted on Tuesday to end the ferry service to Harrow "
        "Point next year, ending a crossing that has run without a break since 1921, and to "
        "study instead a medium-term plan for a causeway across the narrows.",
    ),
    (
        6,
        8,
        "Residents said they had not been asked. Several of them told the board that the "
        "island would lose the one thing that made it an island, and that a road would bring "
        "traffic they did not want.",
    ),
]

LONG_1 = (
    "After nearly five hours of public comment, the Riverton City Council voted 6-3 early "
    "Wednesday to install protected bike lanes along Main Street."
)
LONG_2 = (
    "The plan, which has divided business owners and cycling advocates for more than a year, "
    "will separate cyclists from traffic with concrete curbs."
)
LONG_3 = (
    "“We have had two people killed on that corridor in three years,” said Councilmember "
    "Dana Whitfield, who sponsored the measure."
)

ROWS = [
    # blank lines
    (
        "Headline\n\nFirst paragraph.\n\nSecond paragraph.",
        [(1, 1, "Headline"), (3, 3, "First paragraph."), (5, 5, "Second paragraph.")],
        "blank lines separate blocks",
    ),
    (
        "a\n   \n\n\nb",
        [(1, 1, "a"), (5, 5, "b")],
        "several blank and white-space-only lines make one separation",
    ),
    (
        "Headline\r\n\r\nBody text.\r\n",
        [(1, 1, "Headline"), (3, 3, "Body text.")],
        "CRLF input keeps editor line numbers in blocks",
    ),
    ("\n\n\n", [], "only blank lines: no blocks"),
    # one paragraph per line
    (
        f"{LONG_1}\n{LONG_2}\n{LONG_3}",
        [(1, 1, LONG_1), (2, 2, LONG_2), (3, 3, LONG_3)],
        "long lines without blank lines are one paragraph each",
    ),
    (
        "The mayor resigned on Monday.\nCouncil members were surprised.\n"
        "An election will follow in May.",
        [
            (1, 1, "The mayor resigned on Monday."),
            (2, 2, "Council members were surprised."),
            (3, 3, "An election will follow in May."),
        ],
        "short complete sentences, one per line, are not joined",
    ),
    # hard-wrapped text
    (WRAPPED_65, WRAPPED_BLOCKS, "text wrapped at 65 columns is unwrapped, medium- term joined"),
    # indent-marked wire copy
    (WIRE, WIRE_BLOCKS, "wire copy: indented line starts a paragraph, flush lines continue"),
    (TABLE, TABLE_BLOCKS, "indented table rows stay separate and Reuter stays its own block"),
    (
        "    Shr 28 cts vs five cts\n    Net 6,203,000 vs 1,030,000\n"
        "    Revs 12.4 mln vs 9.8 mln\n Reuter",
        [
            (1, 1, "Shr 28 cts vs five cts"),
            (2, 2, "Net 6,203,000 vs 1,030,000"),
            (3, 3, "Revs 12.4 mln vs 9.8 mln"),
            (4, 4, "Reuter"),
        ],
        "only table rows then Reuter: a single less-indented line is not flush text",
    ),
    (
        "\tThe company said it would expand its plant in the north of\n"
        "the country next year, hiring about 200 people.\n"
        "\tAnalysts said the move had been widely expected by the\nmarket.",
        [
            (
                1,
                2,
                "The company said it would expand its plant in the north of the country "
                "next year, hiring about 200 people.",
            ),
            (3, 4, "Analysts said the move had been widely expected by the market."),
        ],
        "tab-indented paragraphs are indent-marked too",
    ),
    (
        "Results were as follows\n    Shr 28 cts vs five cts\n    Net 6,203,000 vs 1,030,000",
        [
            (1, 1, "Results were as follows"),
            (2, 2, "Shr 28 cts vs five cts"),
            (3, 3, "Net 6,203,000 vs 1,030,000"),
        ],
        "an indented line never continues an open sentence (it is a table row)",
    ),
    # pieces that cannot end a paragraph
    (
        "LONDON, March 3 -\nShares fell sharply on Monday.",
        [(1, 2, "LONDON, March 3 - Shares fell sharply on Monday.")],
        "dateline ending in a spaced hyphen joins the next line",
    ),
    (
        "LONDON, March 3 —\nShares fell.",
        [(1, 2, "LONDON, March 3 — Shares fell.")],
        "dateline ending in a spaced em dash joins the next line",
    ),
    (
        "Prices rose by 5\npct in the month.",
        [(1, 2, "Prices rose by 5 pct in the month.")],
        "line ending in a number, next starting lower-case: joined",
    ),
    (
        "The mayor said\nthe plan\nwould cost more.",
        [(1, 3, "The mayor said the plan would cost more.")],
        "short lines going on in lower case are joined",
    ),
    (
        "Her replacement must be rated\n> 2,600, which is how the rule is written.",
        [(1, 2, "Her replacement must be rated > 2,600, which is how the rule is written.")],
        "line ending mid-sentence, next starting with >: joined",
    ),
    (
        "Prices rose sharply,\nanalysts said.",
        [(1, 2, "Prices rose sharply, analysts said.")],
        "line ending in a comma, next lower-case: joined",
    ),
    (
        "For now, her row in the printed crosstable reads simply\n---\n"
        "three dashes where the results would normally go.",
        [
            (
                1,
                3,
                "For now, her row in the printed crosstable reads simply --- three dashes "
                "where the results would normally go.",
            )
        ],
        "a --- line inside a sentence stays in its paragraph",
    ),
    (
        "The vote was 6-3\nCouncil members left.",
        [(1, 1, "The vote was 6-3"), (2, 2, "Council members left.")],
        "next line starting with a capital is a new paragraph",
    ),
    (
        "The mayor resigned.\nthen nothing happened.",
        [(1, 1, "The mayor resigned."), (2, 2, "then nothing happened.")],
        "a line ending a sentence is not joined even to lower case",
    ),
    # fixed while these tests were written (were strict xfails)
    (
        "The mayor said the medium-\nterm plan would cost the\ncity about 2 million.",
        [(1, 3, "The mayor said the medium-term plan would cost the city about 2 million.")],
        "word broken at a hyphen in a narrow column is joined",
    ),
    (
        "Under the regulations, her replacement must be rated\n"
        "> 2,600, which is how the threshold is written in the rulebook.\n"
        "Organizers said they would name one by Friday.",
        [
            (
                1,
                3,
                "Under the regulations, her replacement must be rated > 2,600, which is how "
                "the threshold is written in the rulebook. Organizers said they would name "
                "one by Friday.",
            )
        ],
        "three-line wrapped paragraph between blank lines stays one paragraph",
    ),
]


@pytest.mark.parametrize(("text", "expected", "reason"), ROWS, ids=[row[-1] for row in ROWS])
def test_segment(text, expected, reason):
    assert blocks_of(text) == expected, reason


BULLET_ROWS = [
    (
        "• Fares rise.\n• Service ends.",
        [(1, 1, "• Fares rise."), (2, 2, "• Service ends.")],
        "bullet lines ending in a period stay separate",
    ),
    (
        "* Fares rise.\n* Service ends.",
        [(1, 1, "* Fares rise."), (2, 2, "* Service ends.")],
        "asterisk bullets ending in a period stay separate",
    ),
    (
        "- Fares rise\n- Service ends",
        [(1, 1, "- Fares rise"), (2, 2, "- Service ends")],
        "dash bullets without a period stay separate",
    ),
    (
        "1. Fares rise\n2. Service ends",
        [(1, 1, "1. Fares rise"), (2, 2, "2. Service ends")],
        "numbered items without a period stay separate",
    ),
    (
        " 1. Sift the flour into a bowl and then add the rest of the ingredients one by one\n"
        "    and stir them into a smooth batter.\n"
        " 2. Beat the batter for three minutes.",
        [
            (
                1,
                2,
                "1. Sift the flour into a bowl and then add the rest of the ingredients one by"
                " one and stir them into a smooth batter.",
            ),
            (3, 3, "2. Beat the batter for three minutes."),
        ],
        "a numbered item wrapped under its own text (a text browser's hanging indent)",
    ),
    (
        " 1. Home\n 2. Brands\n    Back to the menu\n    Our brands",
        [(1, 1, "1. Home"), (2, 2, "2. Brands"), (3, 3, "Back to the menu"), (4, 4, "Our brands")],
        "a numbered menu's short item with a sub-menu under it is not wrapped",
    ),
    (
        "The rules are:\n1. no dogs\n2. no bikes",
        [(1, 1, "The rules are:"), (2, 2, "1. no dogs"), (3, 3, "2. no bikes")],
        "lower-case list items are not joined to the line above",
    ),
    (
        "Results so far\n- Fares rise\n- Service ends\nThe pier closes at noon.",
        [
            (1, 1, "Results so far"),
            (2, 2, "- Fares rise"),
            (3, 3, "- Service ends"),
            (4, 4, "The pier closes at noon."),
        ],
        "a list between lines: every item its own block",
    ),
    (
        "Last year's final game ended 1-0 after her queen sacrifice, Qxf7+,\n"
        "a move commentators replayed for weeks\n"
        "- one clip has been viewed more than two million times. She finished\n"
        "+5, the widest margin in the tournament's 31-year history.",
        [
            (
                1,
                4,
                "Last year's final game ended 1-0 after her queen sacrifice, Qxf7+, a move "
                "commentators replayed for weeks - one clip has been viewed more than two "
                "million times. She finished +5, the widest margin in the tournament's "
                "31-year history.",
            )
        ],
        "a lone - or + line start inside a wrapped paragraph is not a list",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    BULLET_ROWS,
    ids=[row[-1] for row in BULLET_ROWS],
)
def test_segment_keeps_list_lines_apart(text, expected, reason):
    assert blocks_of(text) == expected, reason


UNWRAP_ROWS = [
    (["medium-", "term outlook"], "medium-term outlook", "word hyphen at line end: no space"),
    (["Franco-", "German talks"], "Franco-German talks", "word hyphen before a capital: no space"),
    (["ended 1-", "0 after"], "ended 1- 0 after", "hyphen before a digit keeps the space"),
    (["a long -", "term"], "a long - term", "spaced hyphen is a dash: space kept"),
    (["rise --", "said"], "rise -- said", "double hyphen dash: space kept"),
    (["  The   company ", "  said  it "], "The company said it", "white space folded"),
    (["one"], "one", "a single line is its own text"),
    (["a", "", "b"], "a b", "an empty piece adds no double space"),
    (
        [
            "河南上市公司已复工王毅会见越南副总理兼外长范平明人涉疫情犯罪被检察机关提起公诉中国大陆高",
            "校再度领跑",
        ],
        "河南上市公司已复工王毅会见越南副总理兼外长范平明人涉疫情犯罪被检察机关提起公诉中国大陆高校再度领跑",
        "zh: a full line wrapped joins with no space",
    ),
    (
        ["关注新华网", "微信", "微博"],
        "关注新华网 微信 微博",
        "zh: short lines of items keep a space",
    ),
    (["新华网", "VR/AR 频道"], "新华网 VR/AR 频道", "zh then Latin: a space"),
]


@pytest.mark.parametrize(
    ("texts", "expected", "reason"), UNWRAP_ROWS, ids=[row[2] for row in UNWRAP_ROWS]
)
def test_unwrap(texts, expected, reason):
    assert unwrap(texts) == expected, reason


def test_blocks_account_for_every_non_blank_line_once():
    text = WIRE + "\n" + TABLE.replace(" Reuter\n", "") + "\n" + WRAPPED_65
    lines = normalize(text)
    placed = [line.number for block in segment(lines) for line in block.lines]
    assert placed == [line.number for line in lines if line.text.strip()]


def test_block_lines_keep_their_original_indentation():
    (first, *_rest) = segment(normalize(WIRE))[1:]
    assert first.lines[0].text.startswith("    ROTTERDAM")
    assert first.lines[1].text.startswith("it expects")
    assert not first.text.startswith(" ")


COUNT_WORDS_ROWS = [
    ("The council voted on Tuesday.", 5, "en: runs of non-space characters"),
    ("Der Stadtrat stimmte am Dienstag zu.", 6, "de: the same"),
    ("市政府周二宣布。", 7, "zh: one word per character, punctuation not counted"),
    ("新华网 2020-02-19 报道", 6, "zh mixed with a date: characters plus the other runs"),
    ("東京で会議が開かれた。", 10, "ja: kanji and kana count one each"),
    ("", 0, "empty"),
]


@pytest.mark.parametrize(
    ("text", "expected", "reason"), COUNT_WORDS_ROWS, ids=[row[2] for row in COUNT_WORDS_ROWS]
)
def test_count_words(text, expected, reason):
    assert count_words(text) == expected, reason
