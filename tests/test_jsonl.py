"""JSON Lines mode: records in, records out, in order, bad records reported one by one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmd.api import convert
from newsmd.cli import cli
from newsmd.jsonl import JsonlSettings, convert_record

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def records_file(path: Path, records: list[object]) -> Path:
    lines = [record if isinstance(record, str) else json.dumps(record) for record in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(runner: CliRunner, *args: object, stdin: str | None = None) -> object:
    return runner.invoke(cli, ["--no-config", "convert", *map(str, args)], input=stdin)


def good_records() -> list[dict[str, object]]:
    return [
        {"id": f"a{number}", "text": path.read_text(encoding="utf-8")}
        for number, path in enumerate(SAMPLES)
    ]


def test_round_trip_markdown_equals_convert(runner: CliRunner, tmp_path: Path) -> None:
    source = records_file(tmp_path / "in.jsonl", good_records())
    result = run(runner, "--jsonl-in", source, "-q")
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["id"] for record in out] == [f"a{n}" for n in range(len(SAMPLES))]
    for record, path in zip(out, SAMPLES, strict=True):
        assert record["error"] is None
        assert record["markdown"] == convert(path.read_text(encoding="utf-8"), verify=False)
        assert record["fields"].get("title") is not None


def test_bad_records_are_reported_one_by_one(runner: CliRunner, tmp_path: Path) -> None:
    records: list[object] = [
        {"id": 1, "text": "Ferry ends\n\nThe last ferry left at noon."},
        "not json",
        {"id": 3},
        [1, 2],
        {"id": 5, "text": ""},
        {"id": 6, "text": "Second story\n\nIt rained all day in the valley."},
    ]
    source = records_file(tmp_path / "in.jsonl", records)
    result = run(runner, "--jsonl-in", source)
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["line"] for record in out] == [1, 2, 3, 4, 5, 6]
    assert [record["error"] is None for record in out] == [True, False, False, False, False, True]
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsmd: error:")]
    assert len(errors) == 4
    assert errors[0] == f"newsmd: error: {source}:2: not JSON: Expecting value at column 1"
    assert f"{source}:3: no 'text' string in the record" in errors[1]
    assert f"{source}:4: not a JSON object" in errors[2]
    assert f"{source}:5: no text in the input" in errors[3]


def test_blank_lines_are_skipped_and_numbers_kept(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('\n{"id": 1, "text": "A title\\n\\nA body line here."}\n\n', "utf-8")
    result = run(runner, "--jsonl-in", source)
    assert result.exit_code == 0
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["line"] == 2


def test_parallel_equals_serial(runner: CliRunner, tmp_path: Path) -> None:
    records = good_records() * 12
    source = records_file(tmp_path / "in.jsonl", records)
    serial = run(runner, "--jsonl-in", source, "-q", "-j", "1")
    parallel = run(runner, "--jsonl-in", source, "-q", "-j", "2")
    assert serial.exit_code == parallel.exit_code == 0
    assert serial.stdout == parallel.stdout
    assert len(parallel.stdout.splitlines()) == len(records)


def test_fields_and_out_file(runner: CliRunner, tmp_path: Path) -> None:
    source = records_file(tmp_path / "in.jsonl", [{"key": "k1", "body": "A title\n\nSome text."}])
    target = tmp_path / "out.jsonl"
    args = ("--jsonl-in", source, "--id-field", "key", "--text-field", "body")
    first = run(runner, *args, "--jsonl-out", target)
    assert first.exit_code == 0, first.stderr
    assert first.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "k1"
    again = run(runner, *args, "--jsonl-out", target)
    assert again.exit_code == 1
    assert "already exists" in again.stderr
    forced = run(runner, *args, "--jsonl-out", target, "--force")
    assert forced.exit_code == 0


def test_stdin(runner: CliRunner) -> None:
    stdin = json.dumps({"id": 7, "text": "A title\n\nSome text."}) + "\n"
    result = run(runner, "--jsonl-in", "-", stdin=stdin)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == 7


def test_jsonl_with_inputs_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    source = records_file(tmp_path / "in.jsonl", good_records()[:1])
    assert run(runner, "--jsonl-in", source, SAMPLES[0]).exit_code == 2


def test_convert_record_never_raises_on_undecodable_bytes() -> None:
    converted = convert_record(9, b'{"id": 1, "text": "caf\xe9"}', JsonlSettings())
    assert converted.error == "not UTF-8 at byte 22"
    assert json.loads(converted.json) == {"id": None, "line": 9, "error": converted.error}
