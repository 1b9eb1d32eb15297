"""Splitting multi-article files (``newsmd.exports``): detectors, cutting rules,
field mapping, the golden output of each sample export, and memory.

Each ``samples/exports/NAME.txt`` splits into articles whose Markdown
(``render(to_article(...))``) is ``samples/exports/NAME/NAME-001.md`` ...,
byte for byte. To accept new output after a deliberate change, run
``NEWSMD_UPDATE_GOLDEN=1 pytest tests/test_exports.py`` and review
``git diff samples/exports``.
"""

from __future__ import annotations

import io
import os
import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmd.api import convert, export_article, parse
from newsmd.cli import split as split_command
from newsmd.exports import (
    KINDS,
    ExportArticle,
    ExportKind,
    detect,
    detect_lines,
    split,
    split_lines,
    to_article,
)
from newsmd.exports.common import (
    is_copyright,
    language_code,
    read_authors,
    read_date,
    read_section,
    read_word_count,
)
from newsmd.model import Role
from newsmd.reading import _RULE_LINE, decode_text, has_rule_line, input_warnings, may_be_export
from newsmd.render import render

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "samples" / "exports"
SAMPLES = sorted(EXPORTS.glob("*.txt"))
#: The sample articles; ``lexisnexis-one-document`` is an export (of one article).
SINGLE_ARTICLES = [
    path
    for path in sorted((ROOT / "samples").glob("*.txt"))
    if path.stem != "lexisnexis-one-document"
]
UPDATE = os.environ.get("NEWSMD_UPDATE_GOLDEN") == "1"

KIND_OF = {
    "lexisnexis": ExportKind.LEXISNEXIS,
    "nexis-uni": ExportKind.NEXIS_UNI,
    "factiva": ExportKind.FACTIVA,
    "separators-formfeed": ExportKind.SEPARATORS,
    "separators-dashed": ExportKind.SEPARATORS,
}


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def body_of(markdown: str) -> str:
    """The Markdown after the front matter."""
    return markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


@pytest.fixture(scope="module")
def rendered() -> dict[str, list[tuple[ExportArticle, str]]]:
    """Each sample's articles with their Markdown."""
    return {
        path.stem: [(item, render(to_article(item))) for item in split(read(path))]
        for path in SAMPLES
    }


# --- the samples -------------------------------------------------------------


def test_every_kind_has_samples() -> None:
    assert {path.stem for path in SAMPLES} == set(KIND_OF)
    assert set(KIND_OF.values()) == set(KINDS)


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_sample_is_detected_as_its_kind(path: Path) -> None:
    assert detect(read(path)) is KIND_OF[path.stem]


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_sample_splits_to_expected_markdown(
    path: Path, rendered: dict[str, list[tuple[ExportArticle, str]]]
) -> None:
    folder = EXPORTS / path.stem
    outputs = {f"{path.stem}-{item.number:03d}.md": text for item, text in rendered[path.stem]}
    if UPDATE:
        folder.mkdir(exist_ok=True)
        for stale in set(p.name for p in folder.glob("*.md")) - set(outputs):
            (folder / stale).unlink()
        for name, text in outputs.items():
            (folder / name).write_text(text, encoding="utf-8", newline="\n")
    assert len(outputs) >= 3
    assert sorted(p.name for p in folder.glob("*.md")) == sorted(outputs)
    for name, text in outputs.items():
        assert (folder / name).read_bytes() == text.encode("utf-8"), name


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_sample_has_two_authors_and_no_byline(
    path: Path, rendered: dict[str, list[tuple[ExportArticle, str]]]
) -> None:
    counts = [len(to_article(item).authors) for item, _ in rendered[path.stem]]
    assert 2 in counts
    assert 0 in counts


def test_export_values_reach_the_front_matter(
    rendered: dict[str, list[tuple[ExportArticle, str]]],
) -> None:
    item, markdown = rendered["lexisnexis"][0]
    assert item.values["word_count"] == 178
    assert item.values["section"] == "NEWS"
    head = markdown.split("\n---\n", 1)[0]
    for line in (
        "title: Millbrook council approves new flood barrier after decade of delays",
        "- Ruth Okonkwo",
        "- Daniel Hartley",
        "date: '2019-03-04'",
        "source: The Northern Courier",
        "section: NEWS",
    ):
        assert line in head
    nexis = [item for item, _ in rendered["nexis-uni"]]
    assert nexis[2].values["date"] == "2024-05-28T18:30:00+00:00"
    assert str(nexis[0].values["url"]).startswith("https://www.riversideherald.example/")
    assert str(nexis[1].values["subtitle"]).startswith("Flocks graze")
    factiva = [item for item, _ in rendered["factiva"]]
    assert factiva[1].values["date"] == "2023-04-11T14:32:00+00:00"
    assert factiva[1].values["source"] == "Midland Business Daily"
    assert factiva[1].values["authors"] == ("Priya Natarajan", "Owen Lloyd")


# --- nothing lost, nothing leaked --------------------------------------------

LEAKS = re.compile(
    r"LOAD-DATE|Load-Date|End of Document|LENGTH:|Length:|BYLINE:|Byline:|DOCUMENTS|"
    r"Dokument |Document [A-Za-z0-9]{16,}|PUBLICATION-TYPE|JOURNAL-CODE|All Rights Reserved|"
    r"^\\?\(c\) \d{4}|Copyright \d{4}|^Body$|^Classification$|^\d+ words$|LANGUAGE:"
    r"|^English$|CSTLTM|MIDBUS|DNMRGZ|={5,}|-{5,}",
    re.MULTILINE,
)


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_export_lines_never_reach_a_body(
    path: Path, rendered: dict[str, list[tuple[ExportArticle, str]]]
) -> None:
    for item, markdown in rendered[path.stem]:
        body = body_of(markdown)
        assert not LEAKS.search(body), (item.number, LEAKS.search(body))
        for line in item.metadata_lines:
            if len(line.text.split()) >= 3:
                assert " ".join(line.text.split()) not in body, line


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_every_word_of_an_article_reaches_its_output(
    path: Path, rendered: dict[str, list[tuple[ExportArticle, str]]]
) -> None:
    """The parser drops none of an article's text, and every word of it reaches
    the output (a date line becomes the ISO date, a byline the author list)."""
    for item, markdown in rendered[path.stem]:
        parsed = parse(item.text)
        assert not parsed.dropped, item.number
        kept = " ".join(
            c.block.text
            for c in parsed.classified
            if c.verdict.role not in (Role.DATE, Role.BYLINE)
        )
        assert words(kept) <= words(markdown), item.number
        assert words(" ".join(parsed.authors)) <= words(markdown), item.number


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_every_export_line_is_in_one_place(path: Path) -> None:
    """Each non-blank line of the export is in exactly one article's text or
    metadata (a form feed, which is blank, is recorded only where it cuts)."""
    text = read(path)
    wanted = [
        number
        for number, line in enumerate(re.split(r"\r\n|\r|\n", text)[:-1], start=1)
        if line.strip()
    ]
    placed = []
    for item in split(text):
        placed += [number for numbers in item.text_lines for number in numbers]
        placed += [line.line for line in item.metadata_lines if line.text.strip()]
    assert sorted(placed) == wanted


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_inspect_accounts_for_every_line_of_an_article(path: Path) -> None:
    """``to_article`` numbers blocks by export line and lists the lines kept
    out as dropped blocks, each line once."""
    for item in split(read(path)):
        article = to_article(item)
        listed = [line.number for entry in article.classified for line in entry.block.lines]
        expected = [n for numbers in item.text_lines for n in numbers]
        expected += [line.line for line in item.metadata_lines if line.text.strip()]
        assert sorted(listed) == sorted(expected)
        dropped = [entry for entry in article.classified if entry.verdict.role is Role.DROPPED]
        assert {entry.block.first_line for entry in dropped} >= {
            line.line for line in item.metadata_lines if line.text.strip()
        }
        assert all(entry.verdict.reason for entry in dropped)


# --- streaming ---------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_split_lines_over_a_file_matches_split(path: Path) -> None:
    with path.open(encoding="utf-8") as stream:
        assert list(split_lines(stream, KIND_OF[path.stem])) == list(split(read(path)))


@pytest.mark.parametrize("path", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_line_ends_do_not_matter(path: Path, tmp_path: Path) -> None:
    crlf = read(path).replace("\n", "\r\n")
    copy = tmp_path / "crlf.txt"
    copy.write_bytes(crlf.encode("utf-8"))
    with copy.open(encoding="utf-8") as stream:
        from_file = list(split_lines(stream, KIND_OF[path.stem]))
    assert from_file == list(split(crlf)) == list(split(read(path)))


def test_detect_lines_replays_every_line() -> None:
    path = EXPORTS / "nexis-uni.txt"
    with path.open(encoding="utf-8") as stream:
        kind, lines = detect_lines(stream)
        assert kind is ExportKind.NEXIS_UNI
        assert list(split_lines(lines, kind)) == list(split(read(path)))


def test_detect_lines_without_line_ends() -> None:
    kind, lines = detect_lines(read(EXPORTS / "factiva.txt").splitlines())
    assert kind is ExportKind.FACTIVA
    assert len(list(split_lines(lines, kind))) == 3


# --- detectors ---------------------------------------------------------------


@pytest.mark.parametrize("path", SINGLE_ARTICLES, ids=[path.stem for path in SINGLE_ARTICLES])
def test_single_article_is_no_export(path: Path) -> None:
    assert detect(decode_text(path.read_bytes(), None).text) is None


SECTION_BREAKS = "\n\n".join(
    (
        "Harbour festival returns after three quiet years",
        "By Tomas Ferreira\nJune 2, 2023",
        "The harbour festival came back on Saturday with boat races, a fish market and a brass"
        " band on the quay, drawing crowds the organisers had not seen in years.",
        "* * *",
        "The morning belonged to the rowers. Twelve crews raced from the lighthouse to the fish"
        " market and back, and the crew from Port Selkie won by two lengths.",
        "* * *",
        "A night for the band",
        "In the evening the band played until the tide turned, and the last boats came in under"
        " strings of lights along the harbour wall.",
        "-----",
        "Tomas Ferreira is a freelance writer who lives on the coast.\n",
    )
)


def test_article_with_section_breaks_is_not_split() -> None:
    assert detect(SECTION_BREAKS) is None
    for kind in (None, ExportKind.SEPARATORS):
        (only,) = split(SECTION_BREAKS, kind)
        assert only.text.count("* * *") == 2
        assert "A night for the band" in only.text
        assert "-----" in only.text


def test_section_break_in_sample_is_no_cut() -> None:
    formfeed = [item.text for item in split(read(EXPORTS / "separators-formfeed.txt"))]
    dashed = [item.text for item in split(read(EXPORTS / "separators-dashed.txt"))]
    assert len(formfeed) == len(dashed) == 3
    assert "* * *" in formfeed[1]
    assert "* * *\n\nWhat to do if you are blown offshore" in dashed[0]


def test_soft_separator_cuts_before_a_bylined_article() -> None:
    text = (
        SECTION_BREAKS
        + "\n* * *\n\nSecond story headline here\n\nBy Ana Lima\n\n"
        + ("The second story has a body of its own with enough words to be an article. " * 2)
    )
    items = list(split(text, ExportKind.SEPARATORS))
    assert [item.text.splitlines()[0] for item in items] == [
        "Harbour festival returns after three quiet years",
        "Second story headline here",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Council closes archive\n\nThe clerk said: End of Document.\n\nLoad-Date: soon\n",
        "Archive news\n\nEnd of Document\n\nThe exhibition ends with a wall of letters.\n",
        "Records office\n\nThe 1 of 3 DOCUMENTS shown were forged, officials said.\n",
        "Records office\n\n1 of 3 documents\n\nLENGTH: unknown, officials said.\n",
        "Court papers\n\nDocument A1B2C3D4E5F6G7H8I9J0 was filed on Monday.\n\n120 words\n",
        "Court papers\n\nThe report runs to 120 words\n\nDocument ABC\n",
        "Market day\n\n-----\n\nStalls open at nine.\n\n-----\n\nStalls close at five.\n",
    ],
)
def test_near_misses_are_no_export(text: str) -> None:
    assert detect(text) is None


def test_kind_none_gives_the_whole_text() -> None:
    (only,) = split("Headline\n\nBody text here.\n")
    assert only.kind is None
    assert only.text == "Headline\n\nBody text here.\n"
    assert only.metadata_lines == ()
    assert only.first_line == 1


# --- trailing text -------------------------------------------------------------


def test_text_after_last_end_of_document_is_metadata() -> None:
    text = read(EXPORTS / "nexis-uni.txt") + "\nPrinted by the library\n"
    items = list(split(text))
    assert len(items) == 3
    assert items[-1].metadata_lines[-1].text == "Printed by the library"
    assert "after the last" in items[-1].metadata_lines[-1].reason


def test_factiva_search_summary_is_metadata() -> None:
    text = read(EXPORTS / "factiva.txt") + "\nSearch Summary\nText    harbour\n"
    items = list(split(text))
    assert len(items) == 3
    assert [line.text for line in items[-1].metadata_lines[-2:]] == [
        "Search Summary",
        "Text    harbour",
    ]


def test_factiva_section_and_file_header() -> None:
    text = (
        "Factiva\n\nDow Jones\n\nPolitik\nStadtrat beschließt neue Buslinie\n\n"
        "Von Jana Weber\n\n412 Wörter\n\n12 März 2019\n\nRheinische Abendpost\n\nRHABPO\n\n"
        "Deutsch\n\nCopyright 2019 Rheinische Abendpost GmbH\n\n"
        "Der Stadtrat hat am Dienstag eine neue Buslinie beschlossen.\n\n"
        "Dokument RHABPO0020190312ef3c0001x\n"
    )
    (item,) = split(text)
    assert item.kind is ExportKind.FACTIVA
    assert item.values == {
        "section": "Politik",
        "authors": ("Jana Weber",),
        "title": "Stadtrat beschließt neue Buslinie",
        "word_count": 412,
        "date": "2019-03-12",
        "source": "Rheinische Abendpost",
        "lang": "de",
    }
    assert item.text == (
        "Stadtrat beschließt neue Buslinie\n\n"
        "Der Stadtrat hat am Dienstag eine neue Buslinie beschlossen.\n"
    )


def test_lexisnexis_multiline_headline_is_joined() -> None:
    (_, second, _) = split(read(EXPORTS / "lexisnexis.txt"))
    headline = "Ferry operator to cut winter sailings as fuel costs climb"
    assert second.text.splitlines()[0] == headline
    assert len(second.text_lines[0]) == 2
    assert "CARDIFF: The announcement" in second.text


# --- value readers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [("523 words", 523), ("LENGTH: 2,968 words", 2968), ("1.234 Wörter", 1234), ("words", None)],
)
def test_read_word_count(text: str, count: int | None) -> None:
    assert read_word_count(text) == count


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ruth Okonkwo and Daniel Hartley", ("Ruth Okonkwo", "Daniel Hartley")),
        ("BY STEPHEN POLLARD", ("Stephen Pollard",)),
        ("By KEITH BRADSHER", ("Keith Bradsher",)),
        ("Jane Doe, Political Editor", ("Jane Doe",)),
        ("Our Foreign Staff", ()),
    ],
)
def test_read_authors(text: str, names: tuple[str, ...]) -> None:
    assert read_authors(text) == names


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("January 11, 2010 Monday", "2010-01-11"),
        ("January 10, 2018 Wednesday 10:36 EST", "2018-01-10T10:36:00-05:00"),
        ("October 23, 2013 Wednesday, Late Edition - Final", "2013-10-23"),
        ("12 März 2019", "2019-03-12"),
        ("Tram extension to open early", None),
    ],
)
def test_read_date(text: str, iso: str | None) -> None:
    assert read_date(text) == iso


def test_small_readers() -> None:
    assert read_section("Section B; Column 0; Business/Financial Desk; Pg. 1") == (
        "Section B; Business/Financial Desk"
    )
    assert read_section("Pg. 6") is None
    assert language_code("ENGLISH") == "en"
    assert language_code("Deutsch") == "de"
    assert language_code("Klingon") is None
    assert is_copyright("(c) 2023 Dunmore Gazette. All Rights Reserved.")
    assert is_copyright("All Rights Reserved")
    assert not is_copyright("Copyright law changed in 2019 after a long fight")


# --- memory --------------------------------------------------------------------


def write_lexisnexis(stream: TextIO, count: int) -> None:
    for n in range(1, count + 1):
        stream.write(
            f"{n:>30} of {count} DOCUMENTS\n\n\n{'The Coastal Times':>40}\n\n"
            f"{f'March {n % 28 + 1}, 2019 Monday':>42}\n\nHarbour report number {n}\n\n"
            "BYLINE: Jane Doe and John Roe\n\nSECTION: NEWS; Pg. 2\n\nLENGTH: 45 words\n\n"
        )
        stream.write(
            "The council met on Tuesday to discuss the harbour plan and agreed\n"
            "to delay the vote until the spring.\n\n" * 3
        )
        stream.write(
            "LOAD-DATE: March 5, 2019\n\nLANGUAGE: ENGLISH\n\n"
            f"{'Copyright 2019 Coastal Times':>50}\n{'All Rights Reserved':>45}\n\n"
        )


def write_separated(stream: TextIO, count: int) -> None:
    for n in range(1, count + 1):
        stream.write(f"Harbour report number {n} for the coast\n\nBy Jane Doe\n\n")
        stream.write(
            "The council met on Tuesday to discuss the harbour plan and agreed to delay "
            "the vote.\n\n" * 3
        )
        stream.write("-" * 40 + "\n\n")


def peak_memory(path: Path, kind: ExportKind) -> tuple[int, int]:
    """The articles in ``path`` and the peak memory traced while splitting it."""
    tracemalloc.start()
    try:
        with path.open(encoding="utf-8") as stream:
            count = sum(1 for _ in split_lines(stream, kind))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("kind", "write"),
    [(ExportKind.LEXISNEXIS, write_lexisnexis), (ExportKind.SEPARATORS, write_separated)],
    ids=["lexisnexis", "separators"],
)
def test_memory_does_not_grow_with_the_number_of_articles(
    tmp_path: Path, kind: ExportKind, write: Callable[[TextIO, int], None]
) -> None:
    peaks = {}
    for count in (50, 1_000, 20_000):  # 50 first: caches and compiled patterns settle
        path = tmp_path / f"{count}.txt"
        with path.open("w", encoding="utf-8") as stream:
            write(stream, count)
        found, peaks[count] = peak_memory(path, kind)
        assert found == count
    assert peaks[20_000] < 1.5 * peaks[1_000], peaks


# --- any text -------------------------------------------------------------------

TRICKY_LINES = (
    "",
    "",
    "\f",
    "Harbour plan delayed again",
    "The council met on Tuesday and agreed to delay the vote until the spring.",
    "By Jane Doe and John Roe",
    "March 4, 2019 Monday",
    "                              The Northern Courier",
    "                               2 of 3 DOCUMENTS",
    "BYLINE: Jane Doe",
    "LENGTH: 120 words",
    "LOAD-DATE: March 5, 2019",
    "LANGUAGE: ENGLISH",
    "GRAPHIC: A photo",
    "      Copyright 2019 Courier Ltd",
    "All Rights Reserved",
    "Section: NEWS",
    "Length: 98 words",
    "Byline: Jane Doe",
    "Body",
    "Graphic",
    "Classification",
    "Load-Date: May 15, 2024",
    "End of Document",
    "https://example.com/story",
    "412 words",
    "12 March 2019",
    "09:15",
    "CSTLTM",
    "English",
    "(c) 2019 Coastal Times.",
    "Document CSTLTM0020190312ef3c00012",
    "-----",
    "=========",
    "* * *",
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(TRICKY_LINES), max_size=60), st.sampled_from((None, *KINDS)))
def test_any_text_splits_without_losing_a_line(lines: list[str], kind: ExportKind | None) -> None:
    text = "\n".join(lines) + "\n"
    wanted = [n for n, line in enumerate(lines, start=1) if line.strip()]
    placed = []
    for item in split(text, kind):
        placed += [number for numbers in item.text_lines for number in numbers]
        placed += [line.line for line in item.metadata_lines if line.text.strip()]
        article = to_article(item)
        listed = [line.number for entry in article.classified for line in entry.block.lines]
        assert len(listed) == len(set(listed))
    assert sorted(placed) == wanted


def test_blank_text_has_no_article() -> None:
    assert list(split("")) == []
    assert list(split("\n \n\f\n")) == []


@given(
    st.lists(st.sampled_from(TRICKY_LINES), max_size=40),
    st.lists(st.sampled_from(("\n", "\r\n", "\r")), min_size=1),
    st.sampled_from(KINDS),
)
def test_any_line_ends_split_as_a_file_reads_them(
    lines: list[str], ends: list[str], kind: ExportKind
) -> None:
    text = "\ufeff" + "".join(line + ends[i % len(ends)] for i, line in enumerate(lines))
    stream = io.StringIO(text, newline=None)
    assert list(split_lines(stream, kind)) == list(split(text, kind))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_every_export_has_the_hint_that_loads_the_detectors(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert may_be_export(text)


def test_split_command_offers_every_kind() -> None:
    option = next(param for param in split_command.params if param.name == "kind")
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == [kind.value for kind in ExportKind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 of 12 DOCUMENTS\n\nHeadline", True),
        ("Dokument 3 von 9", True),
        ("First article\fSecond article", True),
        ("Headline\n-----\nBody", True),
        ("Headline\n  = = =\nBody", True),
        ("Headline\r****\rBody", True),
        ("A plain article.\n\nIts second paragraph - with a dash - and ** marks.", False),
        ("Score: 3 - 2 --- a close game", False),
        ("", False),
    ],
    ids=[
        "documents",
        "dokument",
        "form-feed",
        "dashes",
        "spaced",
        "cr-stars",
        "prose",
        "mid-line",
        "empty",
    ],
)
def test_the_export_hint(text: str, expected: bool) -> None:
    assert may_be_export(text) is expected


ONE_DOCUMENT = """\
The Harbour Gazette

June 3, 2022 Friday

Lock keepers vote to strike

BYLINE: Ines Caldwell

SECTION: REGIONAL NEWS; Pg. 7; Version:2

LENGTH: 40 words

Lock keepers on the canal have voted to strike for two days later this month in a
dispute over night shifts, their union said on Thursday.

LOAD-DATE: June 4, 2022

LANGUAGE: ENGLISH
"""


def test_one_lexisnexis_document_without_its_header_is_an_export() -> None:
    assert detect(ONE_DOCUMENT) is ExportKind.LEXISNEXIS
    [item] = list(split(ONE_DOCUMENT))
    article = to_article(item)
    assert article.title == "Lock keepers vote to strike"
    assert article.source == "The Harbour Gazette"
    assert article.section == "REGIONAL NEWS"
    assert article.authors == ("Ines Caldwell",)


def test_an_article_with_one_lexisnexis_like_label_is_no_export() -> None:
    text = "Rates on hold\n\nLENGTH: the meeting ran for three hours, officials said.\n"
    assert detect(text) is None


def test_a_section_loses_its_version_number() -> None:
    assert read_section("UK NEWS; Version:2") == "UK NEWS"


def test_convert_reads_an_export_of_one_article_with_its_layout() -> None:
    article = export_article(ONE_DOCUMENT)
    assert article is not None
    assert article.title == "Lock keepers vote to strike"
    markdown = convert(ONE_DOCUMENT, verify=True)
    assert "LOAD-DATE" not in markdown
    assert "\n# Lock keepers vote to strike\n" in markdown


def test_an_export_of_several_articles_is_not_read_as_one() -> None:
    text = (EXPORTS / "lexisnexis.txt").read_text(encoding="utf-8")
    assert export_article(text) is None


def test_ordinary_text_is_no_export_article() -> None:
    assert export_article("Rates on hold\n\nThe bank kept its rate unchanged.\n") is None


def test_only_an_export_of_several_articles_is_warned_about() -> None:
    several = (EXPORTS / "lexisnexis.txt").read_text(encoding="utf-8")
    assert [w.kind for w in input_warnings(decode_text(several.encode()))] == ["export"]
    assert input_warnings(decode_text(ONE_DOCUMENT.encode())) == ()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="-=_~#* \nab\t", max_size=60))
def test_the_rule_line_test_agrees_with_its_pattern(text: str) -> None:
    assert has_rule_line(text) is (_RULE_LINE.search(text) is not None)
