"""Batch conversion: directories, lists and several inputs into ``-o DIR``.

Every test runs the command line (through click's CliRunner, or a real
process for Ctrl-C) over copies of the project's own samples.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import pytest
import yaml
from click.testing import CliRunner, Result

from newsmd.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_NAMES = sorted(path.stem for path in SAMPLES.glob("*.txt"))
#: Samples whose conversion prints warnings (line numbers as the parser reports them).
WARNING_SAMPLES = {"broken-hyphenation", "mojibake"}
REPORT_KEYS = {"path", "output", "status", "error", "reason", "warnings", "fields"}
SUMMARY = re.compile(
    r"^newsmd: (?P<counts>(?:\d+ [a-z]+, )+)(?P<warnings>\d+) warnings "
    r"in \d+\.\d\d s \(\d+ files/s\)$"
)


# --- helpers ----------------------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    # click >= 8.2 keeps result.stdout and result.stderr apart.
    return CliRunner(env={"COLUMNS": "200"})


def run(runner: CliRunner, *args: str | Path, stdin: bytes | None = None) -> Result:
    return runner.invoke(cli, ["convert", *(str(arg) for arg in args)], input=stdin)


@pytest.fixture(scope="session")
def expected() -> dict[str, bytes]:
    """Each sample's single-file ``newsmd convert NAME.txt`` standard output."""
    single = CliRunner()
    outputs: dict[str, bytes] = {}
    for name in SAMPLE_NAMES:
        result = single.invoke(cli, ["convert", str(SAMPLES / f"{name}.txt")])
        assert result.exit_code == 0, (name, result.stderr)
        assert result.stdout_bytes.startswith(b"---\n")
        outputs[name] = result.stdout_bytes
    return outputs


def place(name: str) -> str:
    """Where the tree fixture puts a sample, relative to the input directory."""
    if name.startswith("wire-"):
        return f"wire/{name}.txt"
    if name.startswith("page-"):
        return f"pages/deep/{name}.txt"
    return f"{name}.txt"


def walk_order(relatives: list[str]) -> list[str]:
    """The order newsmd takes files from the tree fixture: a directory's own files
    (sorted), then its subdirectories (sorted), depth first."""
    top = sorted(r for r in relatives if "/" not in r)
    pages = sorted(r for r in relatives if r.startswith("pages/"))
    wire = sorted(r for r in relatives if r.startswith("wire/"))
    return top + pages + wire


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """tmp_path/in with every sample, some in subdirectories."""
    root = tmp_path / "in"
    for name in SAMPLE_NAMES:
        target = root / place(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SAMPLES / f"{name}.txt", target)
    return root


def md_name(relative: str) -> str:
    return relative.rsplit(".", 1)[0] + ".md"


def expected_tree(expected: dict[str, bytes], names: list[str] | None = None) -> dict[str, bytes]:
    """The output tree for the tree fixture: relative path -> content."""
    chosen = SAMPLE_NAMES if names is None else names
    return {md_name(place(name)): expected[name] for name in chosen}


def files_under(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (hidden ones included): relative path -> content."""
    found: dict[str, bytes] = {}
    for here, _, names in os.walk(root):
        for name in names:
            path = Path(here) / name
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def temporary_files(root: Path) -> list[Path]:
    """Hidden temporary files left anywhere under ``root``."""
    return [
        Path(here) / name
        for here, _, names in os.walk(root)
        for name in names
        if name.endswith(".tmp")
    ]


def summary(result: Result) -> dict[str, int]:
    """The counts of the one summary line, which ends standard error."""
    lines = result.stderr.splitlines()
    assert lines, result.stderr
    summaries = [line for line in lines if SUMMARY.match(line)]
    assert summaries == [lines[-1]], result.stderr
    match = SUMMARY.match(lines[-1])
    assert match is not None
    counts = {
        status: int(count)
        for count, status in (part.split(" ") for part in match["counts"][:-2].split(", "))
    }
    counts["warnings"] = int(match["warnings"])
    return counts


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("newsmd: error: ")]


def read_report(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def front_matter(markdown: bytes) -> dict[str, Any]:
    text = markdown.decode("utf-8")
    assert text.startswith("---\n")
    values = yaml.safe_load(text[4 : text.index("\n---\n", 3) + 1])
    assert isinstance(values, dict)
    return values


def write_sample(path: Path, name: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLES / f"{name}.txt", path)
    return path


# --- the mirrored tree ------------------------------------------------------------------


def test_directory_mirrors_tree_byte_identical(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    result = run(runner, tree, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert files_under(out) == expected_tree(expected)
    counts = summary(result)
    assert counts["converted"] == len(SAMPLE_NAMES)
    assert counts["failed"] == 0
    assert counts["warnings"] == 3
    assert not temporary_files(tmp_path)


def test_directory_skips_hidden_and_non_matching(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    write_sample(tree / ".hidden.txt", "lists")
    write_sample(tree / ".git" / "inside.txt", "lists")
    write_sample(tree / "wire" / ".cache" / "deep.txt", "lists")
    write_sample(tree / "notes.md", "lists")
    write_sample(tree / "other.text", "lists")
    write_sample(tree / "plain", "lists")
    out = tmp_path / "out"
    result = run(runner, tree, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == expected_tree(expected)
    assert summary(result)["converted"] == len(SAMPLE_NAMES)


def test_files_and_directories_mixed(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    solo = write_sample(tmp_path / "elsewhere" / "deep" / "solo.txt", "no-dek")
    other = write_sample(tmp_path / "elsewhere" / "other.text", "lists")
    out = tmp_path / "out"
    result = run(runner, solo, tree / "wire", other, "-o", out)
    assert result.exit_code == 0, result.stderr
    wire = {
        Path(place(name)).with_suffix(".md").name: expected[name]
        for name in SAMPLE_NAMES
        if name.startswith("wire-")
    }
    # A file named directly keeps only its name, whatever its suffix or --glob.
    assert files_under(out) == {
        "solo.md": expected["no-dek"],
        "other.md": expected["lists"],
        **wire,
    }
    assert summary(result)["converted"] == len(wire) + 2


def test_file_named_twice_through_directory_is_converted_once(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    result = run(runner, tree, tree / "lists.txt", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert error_lines(result) == []
    assert f"newsmd: skipped: {tree / 'lists.txt'}: given more than once" in result.stderr
    assert files_under(out) == expected_tree(expected)


def test_two_inputs_onto_one_output_collide(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    other = tmp_path / "other"
    write_sample(other / "lists.txt", "no-dek")
    out = tmp_path / "out"
    result = run(runner, tree, other / "lists.txt", "-o", out)
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == 1, result.stderr
    assert str(other / "lists.txt") in errors[0]
    assert str(out / "lists.md") in errors[0]
    assert files_under(out) == expected_tree(expected)


def test_output_inside_input_is_not_walked(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected: dict[str, bytes]
) -> None:
    monkeypatch.chdir(tmp_path)
    write_sample(tmp_path / "in" / "a.txt", "lists")
    write_sample(tmp_path / "in" / "b.txt", "no-dek")
    out = tmp_path / "in" / "out"  # spelled absolute, the input relative
    first = run(runner, "in", "-o", out, "--glob", "*")
    assert first.exit_code == 0, first.stderr
    second = run(runner, "in", "-o", out, "--glob", "*", "--force")
    assert second.exit_code == 0, second.stderr
    assert summary(second)["converted"] == 2
    assert files_under(out) == {"a.md": expected["lists"], "b.md": expected["no-dek"]}


@pytest.mark.parametrize("flags", [(), ("--force",), ("--update",), ("--update", "--force")])
def test_batch_never_writes_over_an_input(
    runner: CliRunner, tmp_path: Path, flags: tuple[str, ...]
) -> None:
    source = tmp_path / "in"
    write_sample(source / "story.md", "lists")
    write_sample(source / "sub" / "other.md", "no-dek")
    result = run(runner, source, "-o", source, "--glob", "*.md", *flags)
    assert files_under(source) == {
        "story.md": (SAMPLES / "lists.txt").read_bytes(),
        "sub/other.md": (SAMPLES / "no-dek.txt").read_bytes(),
    }
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == 2, result.stderr
    assert all("is the input file" in line for line in errors)


def test_glob_chooses_files(runner: CliRunner, tmp_path: Path, expected: dict[str, bytes]) -> None:
    source = tmp_path / "in"
    write_sample(source / "a.text", "lists")
    write_sample(source / "sub" / "b.text", "no-dek")
    write_sample(source / "c.txt", "wire-afp")
    write_sample(source / "d.text.bak", "wire-afp")
    out = tmp_path / "out"
    result = run(runner, source, "-o", out, "--glob", "*.text")
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == {"a.md": expected["lists"], "sub/b.md": expected["no-dek"]}
    assert summary(result)["converted"] == 2


def test_glob_matching_nothing(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(runner, tree, "-o", out, "--glob", "*.nothing")
    assert result.exit_code == 0, result.stderr
    assert summary(result)["converted"] == 0
    assert not out.exists() or files_under(out) == {}


# --- --files-from -----------------------------------------------------------------------


def test_files_from_file_keeps_relative_paths(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected: dict[str, bytes]
) -> None:
    monkeypatch.chdir(tmp_path)
    write_sample(tmp_path / "in" / "a" / "b.txt", "lists")
    write_sample(tmp_path / "in" / "c.text", "no-dek")
    listing = tmp_path / "list.txt"
    listing.write_text("in/a/b.txt\n\n./in/c.text\n  \n", encoding="utf-8")
    result = run(runner, "--files-from", listing, "-o", "out")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert files_under(tmp_path / "out") == {
        "in/a/b.md": expected["lists"],
        "in/c.md": expected["no-dek"],
    }
    assert summary(result)["converted"] == 2


def test_files_from_stdin_absolute_paths_keep_the_name(
    runner: CliRunner, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    first = write_sample(tmp_path / "in" / "deep" / "x.txt", "wire-afp")
    second = write_sample(tmp_path / "other" / "y.txt", "lists")
    out = tmp_path / "out"
    listing = f"{first}\n\n{second}\n".encode()
    result = run(runner, "--files-from", "-", "-o", out, stdin=listing)
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == {"x.md": expected["wire-afp"], "y.md": expected["lists"]}


def test_files_from_with_directory_arguments(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    extra = write_sample(tmp_path / "extra" / "z.txt", "no-dek")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{extra}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(runner, tree, "--files-from", listing, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == {**expected_tree(expected), "z.md": expected["no-dek"]}


def test_files_from_missing_listed_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected: dict[str, bytes]
) -> None:
    monkeypatch.chdir(tmp_path)
    write_sample(tmp_path / "in" / "a.txt", "lists")
    write_sample(tmp_path / "in" / "c.txt", "no-dek")
    listing = b"in/a.txt\nin/missing.txt\nin/c.txt\n"
    result = run(runner, "--files-from", "-", "-o", "out", stdin=listing)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert error_lines(result) == ["newsmd: error: in/missing.txt: no such file"]
    assert files_under(tmp_path / "out") == {
        "in/a.md": expected["lists"],
        "in/c.md": expected["no-dek"],
    }
    counts = summary(result)
    assert (counts["converted"], counts["failed"]) == (2, 1)


def test_files_from_null_separated(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected: dict[str, bytes]
) -> None:
    monkeypatch.chdir(tmp_path)
    write_sample(tmp_path / "in" / "a b.txt", "lists")
    write_sample(tmp_path / "in" / "sub" / "c.txt", "no-dek")
    listing = tmp_path / "list0"
    listing.write_bytes(b"in/a b.txt\0in/sub/c.txt\0")
    result = run(runner, "--files-from", listing, "--null", "-o", "out")
    assert result.exit_code == 0, result.stderr
    assert files_under(tmp_path / "out") == {
        "in/a b.md": expected["lists"],
        "in/sub/c.md": expected["no-dek"],
    }


def test_files_from_stdin_null_separated(
    runner: CliRunner, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    first = write_sample(tmp_path / "in" / "x.txt", "wire-afp")
    out = tmp_path / "out"
    result = run(runner, "--files-from", "-", "--null", "-o", out, stdin=f"{first}\0".encode())
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == {"x.md": expected["wire-afp"]}


@pytest.mark.parametrize("with_input", [False, True])
def test_files_from_missing_list_names_the_list(
    runner: CliRunner, tmp_path: Path, with_input: bool
) -> None:
    source = write_sample(tmp_path / "a.txt", "lists")
    missing = tmp_path / "missing.lst"
    inputs = [source] if with_input else []
    result = run(runner, *inputs, "--files-from", missing, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert error_lines(result) == [f"newsmd: error: {missing}: no such file"]


# --- one file ---------------------------------------------------------------------------


def test_one_file_without_output_goes_to_stdout(
    runner: CliRunner, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    source = write_sample(tmp_path / "a.txt", "lists")
    result = run(runner, source)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == expected["lists"]
    assert result.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_one_file_into_existing_directory(
    runner: CliRunner, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    source = write_sample(tmp_path / "in" / "story.text", "no-dek")
    out = tmp_path / "out"
    out.mkdir()
    result = run(runner, source, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""  # one file: no summary, as with -o FILE
    assert files_under(out) == {"story.md": expected["no-dek"]}


# --- overwriting ------------------------------------------------------------------------


def test_existing_output_refused_others_converted(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    precious = out / "wire" / "wire-afp.md"
    precious.parent.mkdir(parents=True)
    precious.write_bytes(b"precious\n")
    result = run(runner, tree, "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert error_lines(result) == [
        f"newsmd: error: {precious}: already exists (use --force to overwrite)"
    ]
    assert files_under(out) == {**expected_tree(expected), "wire/wire-afp.md": b"precious\n"}
    counts = summary(result)
    assert (counts["converted"], counts["failed"]) == (len(SAMPLE_NAMES) - 1, 1)
    assert not temporary_files(out)


@pytest.mark.parametrize("flag", ["--force", "-f"])
def test_force_overwrites(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes], flag: str
) -> None:
    out = tmp_path / "out"
    precious = out / "wire" / "wire-afp.md"
    precious.parent.mkdir(parents=True)
    precious.write_bytes(b"precious\n")
    result = run(runner, tree, "-o", out, flag)
    assert result.exit_code == 0, result.stderr
    assert error_lines(result) == []
    assert files_under(out) == expected_tree(expected)
    assert summary(result)["converted"] == len(SAMPLE_NAMES)


def test_second_run_without_force_refuses_every_file(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    assert run(runner, tree, "-o", out).exit_code == 0
    again = run(runner, tree, "-o", out)
    assert again.exit_code == 1
    assert len(error_lines(again)) == len(SAMPLE_NAMES)
    assert all("already exists" in line for line in error_lines(again))
    assert files_under(out) == expected_tree(expected)


# --- --update ---------------------------------------------------------------------------


def mtimes(root: Path) -> dict[str, int]:
    return {relative: (root / relative).stat().st_mtime_ns for relative in files_under(root)}


def test_update_skips_up_to_date_and_converts_touched(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    report = tmp_path / "r.jsonl"
    assert run(runner, tree, "-o", out).exit_code == 0
    before = mtimes(out)

    second = run(runner, tree, "-o", out, "--update", "--report", report)
    assert second.exit_code == 0, second.stderr
    assert second.stdout == ""
    counts = summary(second)
    assert (counts["converted"], counts["skipped"]) == (0, len(SAMPLE_NAMES))
    assert mtimes(out) == before
    assert files_under(out) == expected_tree(expected)
    records = read_report(report)
    assert {record["status"] for record in records} == {"skipped"}
    assert {record["reason"] for record in records} == {"up to date"}
    assert {record["error"] for record in records} == {None}

    touched = tree / "wire" / "wire-afp.txt"
    later = before["wire/wire-afp.md"] + 5 * 10**9
    os.utime(touched, ns=(later, later))
    third = run(runner, tree, "-o", out, "--update", "--report", report, "--force")
    assert third.exit_code == 0, third.stderr
    counts = summary(third)
    assert (counts["converted"], counts["skipped"]) == (1, len(SAMPLE_NAMES) - 1)
    converted = [r["path"] for r in read_report(report) if r["status"] == "converted"]
    assert converted == [str(touched)]
    after = mtimes(out)
    assert {k: v for k, v in after.items() if k != "wire/wire-afp.md"} == {
        k: v for k, v in before.items() if k != "wire/wire-afp.md"
    }
    assert files_under(out) == expected_tree(expected)


def test_update_converts_new_and_missing_outputs(
    runner: CliRunner, tree: Path, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    out = tmp_path / "out"
    assert run(runner, tree, "-o", out).exit_code == 0
    (out / "lists.md").unlink()
    write_sample(tree / "new.txt", "no-dek")
    result = run(runner, tree, "-o", out, "--update")
    assert result.exit_code == 0, result.stderr
    counts = summary(result)
    assert (counts["converted"], counts["skipped"]) == (2, len(SAMPLE_NAMES) - 1)
    assert files_under(out) == {**expected_tree(expected), "new.md": expected["no-dek"]}


# --- --dry-run --------------------------------------------------------------------------


def test_dry_run_lists_and_writes_nothing(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(runner, tree, "-o", out, "--dry-run")
    assert result.exit_code == 0, result.stderr
    relatives = walk_order([place(name) for name in SAMPLE_NAMES])
    assert result.stdout.splitlines() == [
        f"would write {out / md_name(relative)} from {tree / relative}" for relative in relatives
    ]
    assert not out.exists()
    assert error_lines(result) == []
    counts = summary(result)
    assert (counts["converted"], counts["planned"]) == (0, len(SAMPLE_NAMES))


def test_dry_run_existing_output_is_a_failure(
    runner: CliRunner, tree: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    precious = out / "lists.md"
    precious.write_bytes(b"precious\n")
    result = run(runner, tree, "-o", out, "--dry-run")
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"newsmd: error: {precious}: already exists (use --force to overwrite)"
    ]
    planned = result.stdout.splitlines()
    assert len(planned) == len(SAMPLE_NAMES) - 1
    assert all(line.startswith("would write ") for line in planned)
    assert not any(str(precious) in line for line in planned)
    assert files_under(out) == {"lists.md": b"precious\n"}


def test_dry_run_with_force_plans_existing_output(
    runner: CliRunner, tree: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "lists.md").write_bytes(b"precious\n")
    result = run(runner, tree, "-o", out, "--dry-run", "--force")
    assert result.exit_code == 0, result.stderr
    assert f"would write {out / 'lists.md'} from {tree / 'lists.txt'}" in result.stdout
    assert files_under(out) == {"lists.md": b"precious\n"}


# --- bad inputs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\x00\x01\x02\x03binary", "binary"),
        (b"\xff\xfe\xfa", "not valid"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document, not plain text"),
        (b"\n \n\t\n", "no text"),
    ],
    ids=["binary", "bad-bom", "pdf", "blank"],
)
def test_bad_file_among_good_ones(
    runner: CliRunner,
    tree: Path,
    tmp_path: Path,
    expected: dict[str, bytes],
    data: bytes,
    fragment: str,
) -> None:
    bad = tree / "m-bad.txt"  # sorted among the others
    bad.write_bytes(data)
    out = tmp_path / "out"
    result = run(runner, tree, "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    errors = error_lines(result)
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"newsmd: error: {bad}: ")
    assert fragment in errors[0]
    assert "Traceback" not in result.stderr
    assert files_under(out) == expected_tree(expected)
    counts = summary(result)
    assert (counts["converted"], counts["failed"]) == (len(SAMPLE_NAMES), 1)


# --- --fail-fast ------------------------------------------------------------------------


def test_fail_fast_serial_starts_nothing_after_a_failure(
    runner: CliRunner, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    source = tmp_path / "in"
    write_sample(source / "a.txt", "lists")
    (source / "b.txt").write_bytes(b"\x00\x01\x02")
    write_sample(source / "c.txt", "no-dek")
    write_sample(source / "sub" / "d.txt", "wire-afp")
    out = tmp_path / "out"
    report = tmp_path / "r.jsonl"
    result = run(runner, source, "-o", out, "--fail-fast", "--jobs", "1", "--report", report)
    assert result.exit_code == 1
    assert files_under(out) == {"a.md": expected["lists"]}
    counts = summary(result)
    assert (counts["converted"], counts["failed"], counts["cancelled"]) == (1, 1, 2)
    assert [(Path(r["path"]).name, r["status"]) for r in read_report(report)] == [
        ("a.txt", "converted"),
        ("b.txt", "failed"),
        ("c.txt", "cancelled"),
        ("d.txt", "cancelled"),
    ]
    assert len(error_lines(result)) == 1


def test_without_fail_fast_files_after_a_failure_convert(
    runner: CliRunner, tmp_path: Path, expected: dict[str, bytes]
) -> None:
    source = tmp_path / "in"
    write_sample(source / "a.txt", "lists")
    (source / "b.txt").write_bytes(b"\x00\x01\x02")
    write_sample(source / "c.txt", "no-dek")
    out = tmp_path / "out"
    result = run(runner, source, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    assert files_under(out) == {"a.md": expected["lists"], "c.md": expected["no-dek"]}
    assert "cancelled" not in summary(result)


# --- --report ---------------------------------------------------------------------------


def test_report_one_line_per_input_in_order(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    bad = tree / "m-bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    report = tmp_path / "r.jsonl"
    result = run(runner, tree, "-o", out, "--report", report)
    assert result.exit_code == 1
    assert result.stdout == ""
    records = read_report(report)
    relatives = walk_order([*(place(name) for name in SAMPLE_NAMES), "m-bad.txt"])
    assert [r["path"] for r in records] == [str(tree / rel) for rel in relatives]
    assert [r["output"] for r in records] == [str(out / md_name(rel)) for rel in relatives]
    for record in records:
        assert set(record) == REPORT_KEYS
        assert record["reason"] is None
        if record["path"] == str(bad):
            assert record["status"] == "failed"
            assert str(bad) in record["error"]
            assert "binary" in record["error"]
            assert (record["warnings"], record["fields"]) == ([], {})
            continue
        assert record["status"] == "converted"
        assert record["error"] is None
        values = front_matter(Path(record["output"]).read_bytes())
        assert record["fields"]["title"] == values["title"]
        assert record["fields"].get("author") == values.get("author")
        assert bool(record["warnings"]) == (Path(record["path"]).stem in WARNING_SAMPLES)


def test_report_warnings_match_stderr(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    write_sample(source / "hyphen.txt", "broken-hyphenation")
    write_sample(source / "moji.txt", "mojibake")
    report = tmp_path / "r.jsonl"
    result = run(runner, source, "-o", tmp_path / "out", "--report", report)
    assert result.exit_code == 0, result.stderr
    from_report = [
        f"newsmd: warning: {record['path']}:{warning['line']}: {warning['message']}"
        for record in read_report(report)
        for warning in record["warnings"]
    ]
    warned = [line for line in result.stderr.splitlines() if line.startswith("newsmd: warning:")]
    assert from_report == warned
    assert len(warned) == 3
    for record in read_report(report):
        for warning in record["warnings"]:
            assert set(warning) == {"line", "kind", "message"}
            assert isinstance(warning["line"], int)
            assert isinstance(warning["kind"], str)
            assert warning["kind"]


def test_report_dry_run_statuses_planned(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.jsonl"
    result = run(runner, tree, "-o", tmp_path / "out", "--dry-run", "--report", report)
    assert result.exit_code == 0, result.stderr
    records = read_report(report)
    assert len(records) == len(SAMPLE_NAMES)
    assert {r["status"] for r in records} == {"planned"}
    assert {r["error"] for r in records} == {None}
    assert not (tmp_path / "out").exists()


def test_existing_report_refused_without_force(
    runner: CliRunner, tree: Path, tmp_path: Path
) -> None:
    report = tmp_path / "r.jsonl"
    report.write_bytes(b"old report\n")
    result = run(runner, tree, "-o", tmp_path / "out", "--report", report)
    assert result.exit_code == 1
    errors = error_lines(result)
    assert errors == [f"newsmd: error: {report}: already exists (use --force to overwrite)"]
    assert report.read_bytes() == b"old report\n"
    assert not temporary_files(tmp_path)
    assert not (tmp_path / "out").exists()  # refused before any file was converted


def test_existing_report_replaced_with_force(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    report = tmp_path / "r.jsonl"
    report.write_bytes(b"old report\n")
    result = run(runner, tree, "-o", tmp_path / "out", "--report", report, "--force")
    assert result.exit_code == 0, result.stderr
    assert len(read_report(report)) == len(SAMPLE_NAMES)
    assert not temporary_files(tmp_path)


# --- parallel = serial ------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_parallel_equals_serial(runner: CliRunner, tree: Path, tmp_path: Path, jobs: str) -> None:
    write_sample(tree / "copies" / "one.txt", "lists")
    write_sample(tree / "copies" / "two.txt", "mojibake")
    (tree / "copies" / "three.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out"
    report = tmp_path / "r.jsonl"

    def batch(*flags: str) -> tuple[dict[str, bytes], bytes, list[str]]:
        result = run(runner, tree, "-o", out, "--report", report, *flags)
        assert result.exit_code == 1, result.stderr
        assert result.stdout == ""
        outputs, lines = files_under(out), result.stderr.splitlines()[:-1]
        assert summary(result)["converted"] == len(SAMPLE_NAMES) + 2
        report_bytes = report.read_bytes()
        shutil.rmtree(out)
        report.unlink()
        return outputs, report_bytes, lines

    serial = batch("--jobs", "1")
    parallel = batch("--jobs", jobs)
    assert len(serial[0]) == len(SAMPLE_NAMES) + 2
    assert len(serial[1].splitlines()) == len(SAMPLE_NAMES) + 3
    assert parallel == serial


# --- interrupted writes -----------------------------------------------------------------


def test_no_space_left_leaves_no_partial_files(
    runner: CliRunner, tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("newsmd.files.os.link", no_space)
    monkeypatch.setattr("newsmd.files.os.replace", no_space)
    out = tmp_path / "out"
    result = run(runner, tree, "-o", out, "--jobs", "1")
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == len(SAMPLE_NAMES)
    assert all("No space left on device" in line for line in errors)
    assert not any("internal error" in line for line in errors)
    assert files_under(out) == {}
    assert not temporary_files(tmp_path)


@pytest.mark.parametrize("flags", [(), ("--force",)])
def test_one_failed_move_others_converted(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    expected: dict[str, bytes],
    flags: tuple[str, ...],
) -> None:
    source = tmp_path / "in"
    for name, sample in [("a", "lists"), ("b", "no-dek"), ("c", "wire-afp")]:
        write_sample(source / f"{name}.txt", sample)
    real_link, real_replace = os.link, os.replace

    def failing(real: Any) -> Any:
        def move(src: str | Path, dst: str | Path) -> None:
            if Path(dst).name == "b.md":
                raise OSError(28, "No space left on device")
            real(src, dst)

        return move

    monkeypatch.setattr("newsmd.files.os.link", failing(real_link))
    monkeypatch.setattr("newsmd.files.os.replace", failing(real_replace))
    out = tmp_path / "out"
    result = run(runner, source, "-o", out, "--jobs", "1", *flags)
    assert result.exit_code == 1
    assert len(error_lines(result)) == 1
    assert str(out / "b.md") in error_lines(result)[0]
    assert files_under(out) == {"a.md": expected["lists"], "c.md": expected["wire-afp"]}
    assert not temporary_files(tmp_path)


def test_keyboard_interrupt_during_write(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected: dict[str, bytes]
) -> None:
    source = tmp_path / "in"
    for name, sample in [("a", "lists"), ("b", "no-dek"), ("c", "wire-afp")]:
        write_sample(source / f"{name}.txt", sample)
    real_link = os.link

    def interrupted(src: str | Path, dst: str | Path) -> None:
        if Path(dst).name == "b.md":
            raise KeyboardInterrupt
        real_link(src, dst)

    monkeypatch.setattr("newsmd.files.os.link", interrupted)
    monkeypatch.setattr("newsmd.files.os.replace", interrupted)
    out = tmp_path / "out"
    report = tmp_path / "r.jsonl"
    result = run(runner, source, "-o", out, "--jobs", "1", "--report", report)
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr
    assert files_under(out) == {"a.md": expected["lists"]}
    assert not report.exists()
    assert not temporary_files(tmp_path)


class FailingStream:
    """A text stream that writes half of what it is given, then runs out of space."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(text[: len(text) // 2])
        self.stream.flush()
        raise OSError(28, "No space left on device")

    def __enter__(self) -> FailingStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stream.close()


def test_failed_stream_write_leaves_no_partial_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expected: dict[str, bytes]
) -> None:
    source = tmp_path / "in"
    for name, sample in [("a", "lists"), ("b", "no-dek"), ("c", "wire-afp")]:
        write_sample(source / f"{name}.txt", sample)
    real_fdopen = os.fdopen
    opened: list[int] = []

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        stream = real_fdopen(fd, *args, **kwargs)
        opened.append(fd)
        return FailingStream(stream) if len(opened) == 2 else stream

    monkeypatch.setattr("newsmd.files.os.fdopen", fdopen)
    out = tmp_path / "out"
    result = run(runner, source, "-o", out, "--jobs", "1")
    assert len(opened) == 3
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == 1
    assert str(out / "b.md") in errors[0]
    assert "No space left on device" in errors[0]
    assert files_under(out) == {"a.md": expected["lists"], "c.md": expected["wire-afp"]}
    assert not temporary_files(tmp_path)


# --- Ctrl-C -----------------------------------------------------------------------------


def md_files(root: Path) -> Iterator[Path]:
    for here, _, names in os.walk(root):
        for name in names:
            if name.endswith(".md"):
                yield Path(here) / name


def many_files(source: Path, total: int) -> None:
    """``total`` copies of the samples, named NNNN-SAMPLE.txt, a hundred a directory."""
    texts = {name: (SAMPLES / f"{name}.txt").read_bytes() for name in SAMPLE_NAMES}
    for index in range(total):
        name = SAMPLE_NAMES[index % len(SAMPLE_NAMES)]
        target = source / f"d{index // 100:02d}" / f"{index:04d}-{name}.txt"
        target.parent.mkdir(exist_ok=True, parents=True)
        target.write_bytes(texts[name])


def interrupted_batch(
    tmp_path: Path, jobs: str, signals: int, *flags: str
) -> tuple[int, str, bytes]:
    """Run a batch over 3000 files, send SIGINT ``signals`` times once the first
    output exists; the exit status, standard error and standard output."""
    source, out = tmp_path / "in", tmp_path / "out"
    many_files(source, 3000)
    command = [sys.executable, "-m", "newsmd", "convert", str(source), "-o", str(out)]
    proc = subprocess.Popen(
        [*command, "--jobs", jobs, *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if out.is_dir() and next(md_files(out), None) is not None:
                break
            time.sleep(0.02)
        if proc.poll() is not None:
            pytest.skip("the batch finished before Ctrl-C could be sent")
        for _ in range(signals):
            proc.send_signal(signal.SIGINT)
            time.sleep(0.1)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, stderr.decode("utf-8"), stdout


def assert_complete_outputs(out: Path, expected: dict[str, bytes]) -> int:
    """Every .md under ``out`` is the whole conversion of its input; no temporary file."""
    assert not temporary_files(out)
    written = list(md_files(out))
    for path in written:
        assert path.read_bytes() == expected[path.stem.split("-", 1)[1]], path
    return len(written)


@pytest.mark.parametrize("jobs", ["2", "1"])
def test_ctrl_c_stops_cleanly(tmp_path: Path, expected: dict[str, bytes], jobs: str) -> None:
    report = tmp_path / "r.jsonl"
    status, stderr, stdout = interrupted_batch(tmp_path, jobs, 1, "--report", str(report))
    assert status == 130, stderr
    assert stdout == b""
    assert "Traceback" not in stderr
    last = stderr.splitlines()[-1]
    assert last.startswith("newsmd: ")
    match = re.search(r"(\d+) converted, .*?(\d+) cancelled", last)
    assert match is not None, last
    converted, cancelled = int(match[1]), int(match[2])
    assert cancelled > 0
    assert converted > 0
    assert assert_complete_outputs(tmp_path / "out", expected) == converted
    statuses = [record["status"] for record in read_report(report)]
    assert len(statuses) == 3000
    assert statuses == ["converted"] * converted + ["cancelled"] * cancelled


def test_second_ctrl_c_aborts_without_partial_files(
    tmp_path: Path, expected: dict[str, bytes]
) -> None:
    report = tmp_path / "r.jsonl"
    status, stderr, _ = interrupted_batch(tmp_path, "2", 2, "--report", str(report))
    assert status == 130
    assert "Traceback" not in stderr
    assert assert_complete_outputs(tmp_path / "out", expected) < 3000
    assert not report.exists()
    assert not temporary_files(tmp_path)


# --- exit status and usage errors -------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["{a}", "{b}"],
        ["{dir}"],
        ["{a}", "{b}", "-o", "{file}"],
        ["{dir}", "-o", "{file}"],
        ["--files-from", "{list}", "-o", "{file}"],
        ["-", "{a}", "-o", "{out}"],
        ["{a}", "-", "-o", "{out}"],
        ["-", "--files-from", "{list}", "-o", "{out}"],
        ["-", "-o", "{dir}"],
        ["{a}", "--dry-run"],
        ["{a}", "--update"],
        ["{a}", "--report", "{report}"],
        ["-", "--report", "{report}"],
        ["--files-from", "{list}"],
        [],
        ["{dir}", "-o", "{out}", "--jobs", "0"],
    ],
)
def test_usage_errors(runner: CliRunner, tmp_path: Path, args: list[str]) -> None:
    a = write_sample(tmp_path / "a.txt", "lists")
    b = write_sample(tmp_path / "b.txt", "no-dek")
    directory = tmp_path / "dir"
    write_sample(directory / "c.txt", "wire-afp")
    existing = tmp_path / "existing.md"
    existing.write_bytes(b"precious\n")
    listing = tmp_path / "list.lst"
    listing.write_text(f"{a}\n{b}\n", encoding="utf-8")
    names = {
        "a": a,
        "b": b,
        "dir": directory,
        "file": existing,
        "list": listing,
        "out": tmp_path / "out",
        "report": tmp_path / "r.jsonl",
    }
    before = files_under(tmp_path)
    result = run(runner, *(arg.format(**names) for arg in args), stdin=b"Title\n\nText.\n")
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Error:" in result.stderr
    assert "Traceback" not in result.stderr
    assert files_under(tmp_path) == before
    assert not (tmp_path / "out").exists()


# --- stdout, stderr, progress, summary --------------------------------------------------


def test_batch_stdout_empty_stderr_one_summary_line(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    for name in ["lists", "no-dek", "wire-afp"]:
        write_sample(source / f"{name}.txt", name)
    result = run(runner, source, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert SUMMARY.match(lines[0]), lines[0]
    assert lines[0].startswith("newsmd: 3 converted, 0 failed, 0 warnings in ")
    assert "\r" not in result.stderr
    assert "\x1b" not in result.stderr
    assert "converting" not in result.stderr


def test_quiet_leaves_only_error_lines(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    bad = tree / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    result = run(runner, tree, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == error_lines(result)
    assert len(error_lines(result)) == 1
    assert str(bad) in error_lines(result)[0]


def test_quiet_success_prints_nothing(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    result = run(runner, tree, "-o", tmp_path / "out", "--quiet")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""


def test_quiet_dry_run_still_lists(runner: CliRunner, tree: Path, tmp_path: Path) -> None:
    result = run(runner, tree, "-o", tmp_path / "out", "--dry-run", "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == len(SAMPLE_NAMES)


# --- files written: mode and temporary files --------------------------------------------


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
@pytest.mark.usefixtures("umask")
def test_new_files_get_the_umask_mode(
    runner: CliRunner, tree: Path, tmp_path: Path, mask: int, mode: int
) -> None:
    os.umask(mask)
    out = tmp_path / "out"
    report = tmp_path / "r.jsonl"
    result = run(runner, tree, "-o", out, "--jobs", "1", "--report", report)
    assert result.exit_code == 0, result.stderr
    written = [out / relative for relative in files_under(out)]
    assert len(written) == len(SAMPLE_NAMES)
    for path in [*written, report]:
        assert path.stat().st_mode & 0o777 == mode, path


@pytest.mark.parametrize("flags", [(), ("--force",), ("--update",)])
def test_outputs_go_through_a_hidden_temporary_file_beside_them(
    runner: CliRunner,
    tree: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    flags: tuple[str, ...],
) -> None:
    moves: list[tuple[Path, Path]] = []
    real_link, real_replace = os.link, os.replace

    def recording(real: Any) -> Any:
        def move(src: str | Path, dst: str | Path) -> None:
            moves.append((Path(src), Path(dst)))
            real(src, dst)

        return move

    monkeypatch.setattr("newsmd.files.os.link", recording(real_link))
    monkeypatch.setattr("newsmd.files.os.replace", recording(real_replace))
    out = tmp_path / "out"
    result = run(runner, tree, "-o", out, "--jobs", "1", *flags)
    assert result.exit_code == 0, result.stderr
    targets = {dst for _, dst in moves}
    assert targets == {out / relative for relative in files_under(out)}
    for src, dst in moves:
        assert src.parent == dst.parent
        assert src.name.startswith(".")
        assert src.name.endswith(".tmp")
        assert not src.exists()
    assert not temporary_files(tmp_path)
