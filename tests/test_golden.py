"""Golden files: every ``samples/*.txt`` converts, through the real CLI, to the
``.md`` beside it, byte for byte. A missing expected file fails.

To accept new output after a deliberate change, run
``NEWSMD_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review ``git diff samples/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmd.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
INPUTS = sorted(SAMPLES.glob("*.txt"))
UPDATE = os.environ.get("NEWSMD_UPDATE_GOLDEN") == "1"


def test_there_are_samples() -> None:
    assert len(INPUTS) >= 8


@pytest.mark.parametrize("source", INPUTS, ids=[path.stem for path in INPUTS])
def test_sample_converts_to_expected_markdown(source: Path) -> None:
    result = CliRunner().invoke(cli, ["convert", str(source)])
    assert result.exit_code == 0, result.stderr
    assert all(line.startswith("newsmd: warning: ") for line in result.stderr.splitlines())
    expected = source.with_suffix(".md")
    if UPDATE:
        expected.write_bytes(result.stdout_bytes)
    assert expected.exists(), f"missing expected output {expected.name}"
    assert result.stdout_bytes == expected.read_bytes()


@pytest.mark.parametrize("source", INPUTS, ids=[path.stem for path in INPUTS])
def test_inspect_accounts_for_every_line_of_sample(source: Path) -> None:
    result = CliRunner().invoke(cli, ["inspect", str(source)], terminal_width=200)
    assert result.exit_code == 0, result.stderr
    text = source.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    non_blank = [n for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    assert f"{len(non_blank)} non-blank lines" in result.stdout
    assert "each accounted for" in result.stdout


# --- samples/README.md: the table of expected extraction tells the truth -------------


def readme_rows() -> list[dict[str, str]]:
    """The rows of the table in samples/README.md, by column name."""
    lines = [
        line
        for line in (SAMPLES / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    names = ["file", "title", "subtitle", "authors", "date", "dateline", "bio", "body"]
    return [
        dict(zip(names, (cell.strip() for cell in line.strip("|").split(" | ")), strict=True))
        for line in lines
    ]


ROWS = readme_rows()


def test_the_table_lists_every_sample() -> None:
    assert sorted(row["file"].strip("`") for row in ROWS) == [path.name for path in INPUTS]


@pytest.mark.parametrize("row", ROWS, ids=[row["file"].strip("`") for row in ROWS])
def test_the_table_row_matches_the_output(row: dict[str, str]) -> None:
    import newsmd  # noqa: PLC0415

    source = SAMPLES / row["file"].strip("`")
    article = newsmd.parse(source.read_bytes().decode("utf-8-sig"))
    if source.name == "lexisnexis-one-document.txt":
        article = newsmd.api.export_article(source.read_text(encoding="utf-8")) or article
    assert article.title == row["title"].strip("`")
    assert (article.subtitle or "none") == row["subtitle"]
    authors = () if row["authors"] == "none" else tuple(row["authors"].split("; "))
    assert article.authors == authors
    assert (article.dateline or "none") == row["dateline"]
    assert (article.date or "none") == row["date"].split(" ")[0]
    assert len(article.body) == int(row["body"].split(" ")[0])
