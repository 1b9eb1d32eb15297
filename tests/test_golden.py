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
