"""``newsmd split``: every path of the command, through click's CliRunner and a few
real subprocesses (Ctrl-C, peak memory on a large export).

The expected articles are the golden files of ``samples/exports/NAME/NAME-00N.md``
(checked against the library by ``tests/test_exports.py``); here the command must
write exactly those files, byte for byte, and say the right things on stderr.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

import newsmd
from newsmd.cli import cli
from newsmd.exports import split, to_article
from newsmd.render import options_for, render

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPORTS = SAMPLES / "exports"
KIND_OF = {
    "factiva": "factiva",
    "lexisnexis": "lexisnexis",
    "nexis-uni": "nexis-uni",
    "separators-dashed": "separators",
    "separators-formfeed": "separators",
}
EXPORT_NAMES = sorted(KIND_OF)
SINGLE_ARTICLES = sorted(SAMPLES.glob("*.txt"))
JSON_KEYS = {"path", "number", "kind", "fields", "body", "blocks", "warnings"}
SUMMARY = re.compile(
    r"^newsmd: (?P<path>.+): (?P<count>\d+) articles? \((?P<kind>[\w -]+)\) "
    r"written to (?P<dir>.+?)(?:, (?P<failed>\d+) failed)?$"
)
#: A row of the inspect table: lines, role, rule (rules of exports hold a hyphen).
INSPECT_ROW = re.compile(r"^│\s*(\d+)(?:-(\d+))?\s*│\s*(\w+)\s*│\s*([\w-]+)\s*│", re.MULTILINE)


# --- helpers ------------------------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    # click >= 8.2 keeps result.stdout and result.stderr apart.
    return CliRunner(env={"COLUMNS": "200"})


def run(runner: CliRunner, *args: str | Path, stdin: bytes | None = None) -> Result:
    return runner.invoke(cli, [str(arg) for arg in args], input=stdin)


def run_split(runner: CliRunner, *args: str | Path, stdin: bytes | None = None) -> Result:
    return run(runner, "split", *args, stdin=stdin)


def export_path(name: str) -> Path:
    return EXPORTS / f"{name}.txt"


def golden(name: str, stem: str | None = None) -> dict[str, bytes]:
    """The expected files of sample export ``name``, named as ``stem`` would name them."""
    files = sorted((EXPORTS / name).glob(f"{name}-*.md"))
    assert len(files) == 3, name
    return {
        (path.name if stem is None else path.name.replace(name, stem, 1)): path.read_bytes()
        for path in files
    }


def golden_bodies(name: str) -> list[str]:
    return [split_markdown(data.decode("utf-8"))[1] for data in golden(name).values()]


def files_under(root: Path) -> dict[str, bytes]:
    """Every file under ``root``, hidden ones included: relative path -> content."""
    found: dict[str, bytes] = {}
    for here, _, names in os.walk(root):
        for name in names:
            path = Path(here) / name
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def hidden_files(root: Path) -> list[Path]:
    """Hidden (temporary) files left anywhere under ``root``."""
    return [
        Path(here) / name for here, _, names in os.walk(root) for name in names if name[0] == "."
    ]


def split_markdown(markdown: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter values and the body of a written article."""
    assert markdown.startswith("---\n"), markdown[:80]
    end = markdown.index("\n---\n", 3)
    values = yaml.safe_load(markdown[4 : end + 1])
    assert isinstance(values, dict)
    return values, markdown[end + len("\n---\n") :]


def summary_line(path: str | Path, count: int, kind: str, directory: Path) -> str:
    articles = "article" if count == 1 else "articles"
    return f"newsmd: {path}: {count} {articles} ({kind}) written to {directory}"


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("newsmd: error: ")]


def assert_usage_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Error:" in result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"[^\W_]+", text))


def metadata_lines(name: str) -> list[int]:
    """The export lines the library keeps out of the articles' text (non-blank ones)."""
    items = split(export_path(name).read_text(encoding="utf-8"))
    return sorted(line.line for item in items for line in item.metadata_lines if line.text.strip())


def copy_export(target: Path, name: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(export_path(name).read_bytes())
    return target


# --- each sample export, one at a time and together --------------------------------------


@pytest.mark.parametrize("name", EXPORT_NAMES)
def test_sample_export_splits_into_golden_files(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    source = export_path(name)
    result = run_split(runner, source, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == summary_line(source, 3, KIND_OF[name], out) + "\n"
    assert files_under(out) == golden(name)  # exact names, bytes; no hidden files either


@pytest.mark.parametrize("name", EXPORT_NAMES)
def test_quiet_prints_nothing(runner: CliRunner, tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    result = run_split(runner, export_path(name), "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""
    assert files_under(out) == golden(name)


@pytest.mark.parametrize("name", EXPORT_NAMES)
def test_kind_named_as_detected_gives_the_same_files(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    result = run_split(runner, export_path(name), "-o", out, "--kind", KIND_OF[name], "-q")
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == golden(name)


def test_several_inputs_at_once(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    sources = [export_path(name) for name in EXPORT_NAMES]
    result = run_split(runner, *sources, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        summary_line(source, 3, KIND_OF[name], out)
        for source, name in zip(sources, EXPORT_NAMES, strict=True)
    ]
    expected = {file: data for name in EXPORT_NAMES for file, data in golden(name).items()}
    assert files_under(out) == expected


def test_output_directory_is_created_with_parents(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "c"
    result = run_split(runner, export_path("factiva"), "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == golden("factiva")


def test_input_renamed_names_the_outputs(runner: CliRunner, tmp_path: Path) -> None:
    source = copy_export(tmp_path / "in" / "march.downloads.txt", "lexisnexis")
    out = tmp_path / "out"
    result = run_split(runner, source, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == golden("lexisnexis", stem="march.downloads")


def test_crlf_and_utf8_bom_export_splits_the_same(runner: CliRunner, tmp_path: Path) -> None:
    text = export_path("nexis-uni").read_text(encoding="utf-8")
    source = tmp_path / "nexis-uni.txt"
    source.write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"))
    out = tmp_path / "out"
    result = run_split(runner, source, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == summary_line(source, 3, "nexis-uni", out) + "\n"
    assert files_under(out) == golden("nexis-uni")


def test_split_in_a_subprocess(tmp_path: Path) -> None:
    out = tmp_path / "out"
    source = export_path("separators-formfeed")
    proc = subprocess.run(
        [sys.executable, "-m", "newsmd", "split", str(source), "-o", str(out)],
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    assert proc.stderr.decode("utf-8") == summary_line(source, 3, "separators", out) + "\n"
    assert files_under(out) == golden("separators-formfeed")


# --- usage errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "names", [("a/x.txt", "b/x.txt"), ("x.txt", "x.text"), ("a/x.txt", "x.md")]
)
def test_two_inputs_with_the_same_stem(
    runner: CliRunner, tmp_path: Path, names: tuple[str, str]
) -> None:
    sources = [copy_export(tmp_path / name, "factiva") for name in names]
    out = tmp_path / "out"
    result = run_split(runner, *sources, "-o", out)
    assert_usage_error(result, "same name")
    assert not out.exists()


def test_no_output_without_json(runner: CliRunner, tmp_path: Path) -> None:
    before = files_under(tmp_path)
    result = run_split(runner, export_path("factiva"))
    assert_usage_error(result, "-o DIR")
    assert files_under(tmp_path) == before


def test_no_input(runner: CliRunner, tmp_path: Path) -> None:
    assert_usage_error(run_split(runner, "-o", tmp_path / "out"))
    assert not (tmp_path / "out").exists()


def test_unknown_kind(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_split(runner, export_path("factiva"), "-o", out, "--kind", "reuters")
    assert_usage_error(result, "--kind", "reuters")
    assert not out.exists()


def test_output_that_is_a_file(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_bytes(b"precious\n")
    assert_usage_error(run_split(runner, export_path("factiva"), "-o", target))
    assert target.read_bytes() == b"precious\n"


# --- --kind forcing a layout --------------------------------------------------------------


@pytest.mark.parametrize("name", ["separators-dashed", "separators-formfeed"])
def test_kind_factiva_forced_on_a_separators_file_keeps_every_body_word(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    source = export_path(name)
    result = run_split(runner, source, "-o", out, "--kind", "factiva")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    match = SUMMARY.match(line)
    assert match is not None, line
    assert match["kind"] == "factiva"
    written = files_under(out)
    assert len(written) == int(match["count"]) >= 1
    assert sorted(written) == [f"{name}-{n:03d}.md" for n in range(1, len(written) + 1)]
    texts = [data.decode("utf-8") for data in written.values()]
    for text in texts:
        split_markdown(text)  # each is front matter and a body
    missing = words(" ".join(golden_bodies(name))) - words(" ".join(texts))
    assert not missing


# --- --format json ------------------------------------------------------------------------


def json_records(result: Result) -> list[dict[str, Any]]:
    assert result.stdout.endswith("\n")
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("name", EXPORT_NAMES)
def test_json_lines_one_per_article(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    source = export_path(name)
    result = run_split(runner, source, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    records = json_records(result)
    assert len(records) == 3
    exported: list[dict[str, Any]] = []
    for number, (record, markdown) in enumerate(
        zip(records, golden(name).values(), strict=True), start=1
    ):
        assert set(record) == JSON_KEYS
        assert record["path"] == str(source)
        assert record["number"] == number
        assert record["kind"] == KIND_OF[name]
        values, body = split_markdown(markdown.decode("utf-8"))
        for key, value in values.items():
            assert record["fields"][key] == value, key
        assert set(record["fields"]) - set(values) <= {"slug"}
        paragraphs = [item for block in record["body"] for item in block["items"]]
        assert paragraphs
        unescaped = re.sub(r"\\(.)", r"\1", body)
        for paragraph in paragraphs:
            assert paragraph in unescaped
        assert {"first_line", "last_line", "role", "rule", "reason", "text"} == set(
            record["blocks"][0]
        )
        exported += [block for block in record["blocks"] if block["rule"].startswith("export_")]
        assert record["warnings"] == []
    assert {block["rule"] for block in exported} <= {f"export_{KIND_OF[name]}"}
    assert {block["role"] for block in exported} <= {"dropped"}
    assert sorted(block["first_line"] for block in exported) == metadata_lines(name)
    assert bool(exported) == (name != "separators-formfeed")  # a form feed is blank
    assert files_under(tmp_path) == {}  # nothing written to disk


def test_json_several_inputs_in_order(runner: CliRunner, tmp_path: Path) -> None:
    sources = [export_path(name) for name in EXPORT_NAMES]
    result = run_split(runner, *sources, "--format", "json")
    assert result.exit_code == 0, result.stderr
    records = json_records(result)
    assert [(record["path"], record["number"]) for record in records] == [
        (str(source), number) for source in sources for number in (1, 2, 3)
    ]


def test_json_with_output_directory_writes_no_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_split(runner, export_path("factiva"), "--format", "json", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert len(json_records(result)) == 3
    assert not out.exists() or files_under(out) == {}


def test_json_not_an_export_is_one_record(runner: CliRunner) -> None:
    source = SAMPLES / "lists.txt"
    result = run_split(runner, source, "--format", "json")
    assert result.exit_code == 0, result.stderr
    (record,) = json_records(result)
    assert record["kind"] is None
    assert record["number"] == 1
    assert "no export layout found" in result.stderr


def test_json_fields_take_tag_source_and_url(runner: CliRunner) -> None:
    result = run_split(
        runner, export_path("factiva"), "--format", "json",
        "--tag", "news", "--source", "Wire", "--url", "https://example.org/a",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    for record in json_records(result):
        assert record["fields"]["tags"] == ["news"]
        assert record["fields"]["source"] == "Wire"
        assert record["fields"]["url"] == "https://example.org/a"


def test_markdown_takes_tag_source_and_url(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_split(
        runner, export_path("factiva"), "-o", out, "-q",
        "--tag", "news", "--source", "Wire", "--url", "https://example.org/a",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    for data in files_under(out).values():
        values, _ = split_markdown(data.decode("utf-8"))
        assert values["tags"] == ["news"]
        assert values["source"] == "Wire"
        assert values["url"] == "https://example.org/a"


# --- existing outputs, --force, failed writes ---------------------------------------------


def test_existing_output_refused_others_written(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "factiva-002.md"
    existing.write_bytes(b"precious\n")
    source = export_path("factiva")
    result = run_split(runner, source, "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert error_lines(result) == [
        f"newsmd: error: {existing}: already exists (use --force to overwrite)"
    ]
    assert result.stderr.splitlines()[-1] == summary_line(source, 2, "factiva", out) + ", 1 failed"
    expected = golden("factiva")
    expected["factiva-002.md"] = b"precious\n"
    assert files_under(out) == expected


def test_second_run_refuses_every_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    source = export_path("lexisnexis")
    assert run_split(runner, source, "-o", out, "-q").exit_code == 0
    result = run_split(runner, source, "-o", out, "-q")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"newsmd: error: {out / name}: already exists (use --force to overwrite)"
        for name in golden("lexisnexis")
    ]
    assert files_under(out) == golden("lexisnexis")


@pytest.mark.parametrize("flag", ["--force", "-f"])
def test_force_overwrites(runner: CliRunner, tmp_path: Path, flag: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in golden("nexis-uni"):
        (out / name).write_bytes(b"old\n")
    result = run_split(runner, export_path("nexis-uni"), "-o", out, flag)
    assert result.exit_code == 0, result.stderr
    assert error_lines(result) == []
    assert files_under(out) == golden("nexis-uni")


def test_failed_write_names_the_file_others_written(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moves: list[Path] = []

    def failing(real: Any) -> Any:
        def move(src: str | Path, dst: str | Path) -> None:
            moves.append(Path(dst))
            if Path(dst).name == "factiva-002.md":
                raise OSError(28, "No space left on device")
            real(src, dst)

        return move

    monkeypatch.setattr("newsmd.files.os.link", failing(os.link))
    monkeypatch.setattr("newsmd.files.os.replace", failing(os.replace))
    out = tmp_path / "out"
    source = export_path("factiva")
    result = run_split(runner, source, "-o", out)
    assert result.exit_code == 1
    (error,) = error_lines(result)
    assert str(out / "factiva-002.md") in error
    assert "No space left on device" in error
    assert result.stderr.splitlines()[-1] == summary_line(source, 2, "factiva", out) + ", 1 failed"
    expected = golden("factiva")
    del expected["factiva-002.md"]
    assert files_under(out) == expected  # no temporary file left
    assert {path.name for path in moves} == set(golden("factiva"))


# --- inputs that cannot be split ----------------------------------------------------------


def test_missing_input_others_still_split(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    source = export_path("factiva")
    result = run_split(runner, missing, source, "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"newsmd: error: {missing}: no such file",
        summary_line(source, 3, "factiva", out),
    ]
    assert files_under(out) == golden("factiva")


def test_directory_input_is_one_error_line(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    folder = tmp_path / "folder"
    folder.mkdir()
    source = export_path("factiva")
    result = run_split(runner, source, folder, "-o", out)
    assert result.exit_code == 1
    assert error_lines(result) == [f"newsmd: error: {folder}: is a directory, not a file"]
    assert files_under(out) == golden("factiva")


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document, not plain text"),
        (b"Headline\n\nBody\x00text\x00\x00\n", "binary data (NUL bytes), not text"),
    ],
)
def test_binary_input_is_one_error_line(
    runner: CliRunner, tmp_path: Path, data: bytes, fragment: str
) -> None:
    out = tmp_path / "out"
    binary = tmp_path / "scan.txt"
    binary.write_bytes(data)
    result = run_split(runner, binary, export_path("factiva"), "-o", out)
    assert result.exit_code == 1
    assert error_lines(result) == [f"newsmd: error: {binary}: {fragment}"]
    assert "Traceback" not in result.stderr
    assert files_under(out) == golden("factiva")


def test_not_an_export_is_one_article_equal_to_convert(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    source = SAMPLES / "lists.txt"
    result = run_split(runner, source, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"newsmd: warning: {source}: no export layout found; written as one article",
        summary_line(source, 1, "no export", out),
    ]
    converted = run(runner, "convert", source)
    assert converted.exit_code == 0
    assert files_under(out) == {"lists-001.md": converted.stdout_bytes}


def test_every_single_article_sample_splits_as_convert_converts(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run_split(runner, *SINGLE_ARTICLES, "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    expected = {}
    for source in SINGLE_ARTICLES:
        converted = run(runner, "convert", source)
        assert converted.exit_code == 0, converted.stderr
        expected[f"{source.stem}-001.md"] = converted.stdout_bytes
    assert files_under(out) == expected


@pytest.mark.parametrize("data", [b"", b"\n \n\f\n"])
def test_empty_input_is_an_error(runner: CliRunner, tmp_path: Path, data: bytes) -> None:
    out = tmp_path / "out"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(data)
    result = run_split(runner, empty, "-o", out)
    assert result.exit_code == 1
    assert error_lines(result) == [f"newsmd: error: {empty}: no text in the input"]
    assert "written as one article" not in result.stderr
    assert files_under(out) == {}


def test_article_warnings_are_printed_as_convert_prints_them(
    runner: CliRunner, tmp_path: Path
) -> None:
    source = SAMPLES / "mojibake.txt"
    converted = run(runner, "convert", source)
    warnings = [line for line in converted.stderr.splitlines() if "mojibake" in line]
    assert warnings
    result = run_split(runner, source, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    for warning in warnings:
        assert warning in result.stderr.splitlines()


# --- standard input -----------------------------------------------------------------------


def test_stdin_splits_into_the_golden_articles(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stdin = export_path("factiva").read_bytes()
    result = run_split(runner, "-", "-o", out, stdin=stdin)
    assert result.exit_code == 0, result.stderr
    written = files_under(out)
    assert len(written) == 3
    assert [name.endswith(f"-00{n}.md") for n, name in enumerate(sorted(written), 1)] == [True] * 3
    assert [written[name] for name in sorted(written)] == list(golden("factiva").values())


def test_stdin_json(runner: CliRunner) -> None:
    stdin = export_path("lexisnexis").read_bytes()
    result = run_split(runner, "-", "--format", "json", stdin=stdin)
    assert result.exit_code == 0, result.stderr
    titles = [record["fields"]["title"] for record in json_records(result)]
    expected = [split_markdown(data.decode())[0]["title"] for data in golden("lexisnexis").values()]
    assert titles == expected


def test_stdin_outputs_are_named_stdin(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stdin = export_path("factiva").read_bytes()
    result = run_split(runner, "-", "-o", out, stdin=stdin)
    assert result.exit_code == 0, result.stderr
    assert files_under(out) == golden("factiva", stem="stdin")


def test_stdin_summary_names_stdin(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stdin = export_path("factiva").read_bytes()
    result = run_split(runner, "-", "-o", out, stdin=stdin)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == summary_line("<stdin>", 3, "factiva", out) + "\n"


def test_stdin_over_max_size_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stdin = export_path("factiva").read_bytes() * 500  # over 1 MB
    result = run_split(runner, "-", "-o", out, "--max-size", "1", stdin=stdin)
    assert result.exit_code == 1
    (error,) = error_lines(result)
    assert "<stdin>" in error
    assert "--max-size" in error
    assert files_under(out) == {}


# --- encodings ----------------------------------------------------------------------------


def accented_factiva() -> str:
    """The Factiva sample with characters beyond ASCII that cp1252 has."""
    text = export_path("factiva").read_text(encoding="utf-8")
    replacements = {
        "22 million euro": "€22 million",
        "Declan Furey": "Déclan Fürey",
        '"This was about fairness': "“This was about fairness",
        'strike,"': "strike,”",
        "union's": "union’s",
    }
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new)
    return text


def test_cp1252_export_is_read_as_cp1252_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    text = accented_factiva()
    utf8 = tmp_path / "utf8" / "export.txt"
    utf8.parent.mkdir()
    utf8.write_text(text, encoding="utf-8")
    legacy = tmp_path / "export.txt"
    legacy.write_bytes(text.encode("cp1252"))
    expected_out, out = tmp_path / "expected", tmp_path / "out"
    assert run_split(runner, utf8, "-o", expected_out, "-q").exit_code == 0
    result = run_split(runner, legacy, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"newsmd: warning: {legacy}:1: not UTF-8: read as cp1252 "
        "(--encoding NAME reads it otherwise)",
        summary_line(legacy, 3, "factiva", out),
    ]
    written = files_under(out)
    assert written == files_under(expected_out)
    assert "€22 million" in written["export-001.md"].decode("utf-8")
    assert "Déclan Fürey" in written["export-001.md"].decode("utf-8")


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-16"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"),
    ],
    ids=["utf-16", "utf-16-be", "utf-16-le-crlf"],
)
@pytest.mark.parametrize("name", ["lexisnexis", "nexis-uni", "separators-formfeed"])
def test_utf16_export_with_bom(runner: CliRunner, tmp_path: Path, name: str, encode: Any) -> None:
    source = tmp_path / f"{name}.txt"
    source.write_bytes(encode(export_path(name).read_text(encoding="utf-8")))
    out = tmp_path / "out"
    result = run_split(runner, source, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == summary_line(source, 3, KIND_OF[name], out) + "\n"
    assert files_under(out) == golden(name)


def test_encoding_option_forces_latin1(runner: CliRunner, tmp_path: Path) -> None:
    text = accented_factiva()
    for old, new in {"€22 million": "22 million euro", "“": '"', "”": '"', "’": "'"}.items():
        text = text.replace(old, new)
    source = tmp_path / "latin.txt"
    source.write_bytes(text.encode("latin-1"))
    out = tmp_path / "out"
    result = run_split(runner, source, "-o", out, "--encoding", "latin-1")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == summary_line(source, 3, "factiva", out) + "\n"  # nothing guessed
    first = (out / "latin-001.md").read_text(encoding="utf-8")
    assert "The harbour master, Déclan Fürey, said" in first


def test_wrong_forced_encoding_is_one_error_line(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "legacy.txt"
    source.write_bytes(accented_factiva().encode("cp1252"))
    out = tmp_path / "out"
    result = run_split(runner, source, export_path("lexisnexis"), "-o", out, "--encoding", "utf-8")
    assert result.exit_code == 1
    (error,) = error_lines(result)
    assert error.startswith(f"newsmd: error: {source}: ")
    assert "try --encoding" in error
    assert "Traceback" not in result.stderr
    assert files_under(out) == golden("lexisnexis")


def lexisnexis_export(path: Path, total: int) -> None:
    """A LexisNexis export of ``total`` articles: the sample's cover page, then its
    three articles over and over, each under a renumbered ``N of total DOCUMENTS``."""
    text = export_path("lexisnexis").read_text(encoding="utf-8")
    header = re.compile(r"^[ \t]+\d+ of \d+ DOCUMENTS[ \t]*\n", re.MULTILINE)
    starts = [match.start() for match in header.finditer(text)]
    assert len(starts) == 3
    cover = text[: starts[0]]
    articles = [
        header.sub("", text[start:end], count=1)
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    with path.open("w", encoding="utf-8") as stream:
        stream.write(cover)
        for index in range(total):
            stream.write(f"{f'{index + 1} of {total} DOCUMENTS':^80}".rstrip() + "\n")
            stream.write(articles[index % 3])


def golden_cycle(stem: str, count: int) -> dict[str, bytes]:
    """The files of the first ``count`` articles of a ``lexisnexis_export``."""
    contents = list(golden("lexisnexis").values())
    return {f"{stem}-{n:03d}.md": contents[(n - 1) % 3] for n in range(1, count + 1)}


def test_decoding_error_past_the_head_stops_that_input(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "late.txt"
    lexisnexis_export(source, 900)  # over the 1 MB head that chooses the encoding
    assert source.stat().st_size > 1 << 20
    with source.open("ab") as stream:
        stream.write(b"caf\xe9 au lait\n")
    out = tmp_path / "out"
    result = run_split(runner, source, export_path("factiva"), "-o", out)
    assert result.exit_code == 1
    (error,) = error_lines(result)
    assert error.startswith(f"newsmd: error: {source}: ")
    assert "try --encoding" in error
    assert result.stderr.splitlines()[-1] == summary_line(export_path("factiva"), 3, "factiva", out)
    written = files_under(out)
    late = {name: data for name, data in written.items() if name.startswith("late-")}
    assert 0 < len(late) < 900
    assert late == golden_cycle("late", len(late))
    assert {name: data for name, data in written.items() if name not in late} == golden("factiva")


@pytest.mark.parametrize(
    ("encoding", "fragment"), [("nope", "unknown encoding 'nope'"), ("utf-16", "UTF-16")]
)
def test_undecodable_forced_encoding_is_one_error_line_per_input(
    runner: CliRunner, tmp_path: Path, encoding: str, fragment: str
) -> None:
    plain = copy_export(tmp_path / "plain.txt", "factiva")
    marked = tmp_path / "marked.txt"
    marked.write_bytes(export_path("lexisnexis").read_text(encoding="utf-8").encode("utf-16"))
    out = tmp_path / "out"
    result = run_split(runner, plain, marked, "-o", out, "--encoding", encoding)
    assert result.exit_code == 1
    assert "internal error" not in result.stderr
    errors = error_lines(result)
    assert errors[0].startswith(f"newsmd: error: {plain}: ")
    assert fragment in errors[0]
    if encoding == "utf-16":  # the second input is UTF-16 and splits
        assert errors == errors[:1]
        assert files_under(out) == golden("lexisnexis", stem="marked")


# --- convert and inspect on an export -----------------------------------------------------


@pytest.mark.parametrize("name", EXPORT_NAMES)
def test_convert_on_an_export_warns_and_converts(runner: CliRunner, name: str) -> None:
    source = export_path(name)
    result = run(runner, "convert", source)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == newsmd.convert(source.read_text(encoding="utf-8"))
    assert (
        f"newsmd: warning: {source}:1: a {KIND_OF[name]} export of several articles: "
        "use newsmd split"
    ) in result.stderr.splitlines()


def test_convert_batch_on_an_export_warns(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    export = copy_export(source / "factiva.txt", "factiva")
    (source / "lists.txt").write_bytes((SAMPLES / "lists.txt").read_bytes())
    result = run(runner, "convert", source, "-o", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "export of several" in line]
    assert warnings == [
        f"newsmd: warning: {export}:1: a factiva export of several articles: use newsmd split"
    ]
    assert sorted(files_under(tmp_path / "out")) == ["factiva.md", "lists.md"]


def test_convert_quiet_on_an_export_says_nothing(runner: CliRunner) -> None:
    result = run(runner, "convert", export_path("factiva"), "-q")
    assert result.exit_code == 0
    assert result.stderr == ""


@pytest.mark.parametrize("name", EXPORT_NAMES)
def test_inspect_shows_each_article_with_export_lines_dropped(runner: CliRunner, name: str) -> None:
    source = export_path(name)
    kind = KIND_OF[name]
    result = run(runner, "inspect", source)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    titles = re.findall(
        rf"^\s*{re.escape(str(source))} #(\d+) \(([\w-]+)\)\s*$", result.stdout, re.M
    )
    assert titles == [("1", kind), ("2", kind), ("3", kind)]
    rows = [
        (int(first), int(last or first), role, rule)
        for first, last, role, rule in INSPECT_ROW.findall(result.stdout)
    ]
    exported = [row for row in rows if row[3] == f"export_{kind}"]
    assert {role for _, _, role, _ in exported} <= {"dropped"}
    assert sorted(first for first, *_ in exported) == metadata_lines(name)
    assert result.stdout.count("each accounted for") == 3


# --- profiles -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["lexisnexis", "factiva"])
def test_profile_hugo_writes_toml_front_matter(
    runner: CliRunner, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    result = run_split(runner, export_path(name), "-o", out, "--profile", "hugo", "-q")
    assert result.exit_code == 0, result.stderr
    written = files_under(out)
    assert sorted(written) == sorted(golden(name))
    items = list(split(export_path(name).read_text(encoding="utf-8")))
    for item, (file, data), markdown in zip(
        items, sorted(written.items()), golden(name).values(), strict=True
    ):
        text = data.decode("utf-8")
        assert text.startswith("+++\n"), file
        head = text[4 : text.index("\n+++\n", 3) + 1]
        values = tomllib.loads(head)
        assert values["title"] == split_markdown(markdown.decode("utf-8"))[0]["title"]
        assert text == render(to_article(item), options_for("hugo"))


# --- Ctrl-C and memory: real processes on large generated exports -------------------------


def test_ctrl_c_stops_after_the_article_in_progress(tmp_path: Path) -> None:
    source, out = tmp_path / "big.txt", tmp_path / "out"
    lexisnexis_export(source, 30_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsmd", "split", str(source), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if out.is_dir() and len(os.listdir(out)) >= 20:
                break
            time.sleep(0.02)
        if proc.poll() is not None:
            pytest.skip("the split finished before Ctrl-C could be sent")
        proc.send_signal(signal.SIGINT)
        stdout, stderr_bytes = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = stderr_bytes.decode("utf-8")
    assert proc.returncode == 130, stderr
    assert stdout == b""
    assert "Traceback" not in stderr
    assert "stopping" in stderr
    written = files_under(out)
    assert not hidden_files(out)
    assert 20 <= len(written) < 30_000
    assert stderr.splitlines()[-1] == summary_line(source, len(written), "lexisnexis", out)
    assert written == golden_cycle("big", len(written))  # numbered 1..N, each complete
    for data in written.values():
        values, body = split_markdown(data.decode("utf-8"))
        assert values["title"]
        assert body.strip()


PEAK_RSS = """
import resource, subprocess, sys
status = subprocess.run(sys.argv[1:]).returncode
print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def split_peak_rss(source: Path, out: Path) -> int:
    """The peak resident memory (KiB) of ``newsmd split SOURCE -o OUT -q`` in a process."""
    command = [sys.executable, "-m", "newsmd", "split", str(source), "-o", str(out), "-q"]
    proc = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    status, peak = proc.stdout.split()
    assert status == "0", proc.stderr
    return int(peak)


def test_split_peak_rss_is_flat_from_5_to_50_megabytes(tmp_path: Path) -> None:
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    lexisnexis_export(small, 3_800)
    lexisnexis_export(large, 38_000)
    assert 4_500_000 < small.stat().st_size < 6_000_000
    assert 45_000_000 < large.stat().st_size < 60_000_000
    small_peak = split_peak_rss(small, tmp_path / "out-small")
    large_peak = split_peak_rss(large, tmp_path / "out-large")
    assert len(os.listdir(tmp_path / "out-small")) == 3_800
    assert len(os.listdir(tmp_path / "out-large")) == 38_000
    contents = list(golden("lexisnexis").values())
    for number in (1, 2, 3, 37_999, 38_000):
        written = (tmp_path / "out-large" / f"large-{number:03d}.md").read_bytes()
        assert written == contents[(number - 1) % 3]
    assert large_peak / small_peak < 1.5, (small_peak, large_peak)
