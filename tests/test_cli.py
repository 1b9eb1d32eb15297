"""The command line: every path, exit status, and what goes to stdout and stderr."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

import newsmd
from newsmd.cli import cli
from newsmd.errors import NewsmdError, one_line

ARTICLE = """\
Ferry service ends after 80 years

Islanders mourn the loss of their link

By Jane Doe and John Roe

Published: 03/04/2013

WASHINGTON (Reuters) - The last ferry left at noon on Friday, carrying a handful \
of passengers and a lot of memories.

Advertisement

Officials said the service had run at a loss for a decade and could not be saved.

Jane Doe is a reporter who covers transport for the paper.
"""

TITLE = "Ferry service ends after 80 years"
SUBTITLE = "Islanders mourn the loss of their link"
BIO = "Jane Doe is a reporter who covers transport for the paper."


@pytest.fixture
def runner() -> CliRunner:
    # click >= 8.2 keeps result.stdout and result.stderr apart.
    return CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(runner: CliRunner, *args: str | Path, stdin: bytes | None = None) -> Result:
    return runner.invoke(cli, [str(arg) for arg in args], input=stdin)


def split_output(markdown: str) -> tuple[dict[str, object], str]:
    """The front matter values and the body of a converted document."""
    assert markdown.startswith("---\n")
    end = markdown.index("\n---\n", 3)
    values = yaml.safe_load(markdown[4 : end + 1])
    return values, markdown[end + len("\n---\n") :]


def assert_one_error_line(result: Result, *fragments: str) -> str:
    """stderr holds exactly one ``newsmd: error:`` line with ``fragments``; stdout nothing."""
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newsmd: error: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def no_temporary_files(directory: Path) -> bool:
    return not [p for p in directory.iterdir() if p.name.endswith(".tmp")]


# --- convert: the happy paths -------------------------------------------------


def test_convert_file_to_stdout(runner: CliRunner, article: Path) -> None:
    result = run(runner, "convert", article)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == newsmd.convert(ARTICLE)
    values, body = split_output(result.stdout)
    assert values["title"] == TITLE
    assert values["author"] == ["Jane Doe", "John Roe"]
    assert f"# {TITLE}" in body
    assert result.stdout.endswith("\n") and not result.stdout.endswith("\n\n")


def test_convert_reads_stdin(runner: CliRunner) -> None:
    result = run(runner, "convert", "-", stdin=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == newsmd.convert(ARTICLE)


def test_convert_stdin_error_names_stdin(runner: CliRunner) -> None:
    result = run(runner, "convert", "-", stdin=b"\n\n")
    assert_one_error_line(result, "<stdin>", "no text")


def test_convert_writes_output_file(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = run(runner, "convert", article, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""
    assert out.read_bytes() == newsmd.convert(ARTICLE).encode("utf-8")
    assert no_temporary_files(tmp_path)


def test_convert_long_output_option(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = run(runner, "convert", article, "--output", out)
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8") == newsmd.convert(ARTICLE)


def test_convert_stdin_to_output_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = run(runner, "convert", "-", "-o", out, stdin=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8") == newsmd.convert(ARTICLE)


def test_output_is_lf_utf8_with_crlf_input(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "crlf.txt"
    source.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    out = tmp_path / "out.md"
    result = run(runner, "convert", source, "-o", out)
    assert result.exit_code == 0, result.stderr
    data = out.read_bytes()
    assert b"\r" not in data
    assert data.decode("utf-8") == newsmd.convert(ARTICLE)


def test_utf16_with_bom_decodes(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "utf16.txt"
    source.write_bytes(ARTICLE.encode("utf-16"))  # with a byte-order mark
    assert source.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    result = run(runner, "convert", source)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == newsmd.convert(ARTICLE)


def test_utf8_bom_is_dropped(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "bom.txt"
    source.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    result = run(runner, "convert", source)
    assert result.exit_code == 0, result.stderr
    assert "\ufeff" not in result.stdout
    assert result.stdout == newsmd.convert(ARTICLE)


def test_explicit_encoding(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "latin.txt"
    source.write_bytes("Café closes\n\nThe café au lait is gone.\n".encode("latin-1"))
    result = run(runner, "convert", "--encoding", "latin-1", source)
    assert result.exit_code == 0, result.stderr
    assert "title: Café closes" in result.stdout
    assert "The café au lait is gone." in result.stdout


# --- convert: options -----------------------------------------------------------


def test_no_title_in_body(runner: CliRunner, article: Path) -> None:
    result = run(runner, "convert", "--no-title-in-body", article)
    assert result.exit_code == 0, result.stderr
    values, body = split_output(result.stdout)
    assert values["title"] == TITLE
    assert values["subtitle"] == SUBTITLE
    assert "# " not in body
    assert TITLE not in body
    assert SUBTITLE not in body
    assert BIO in body


def test_no_bio_in_body(runner: CliRunner, article: Path) -> None:
    result = run(runner, "convert", "--no-bio-in-body", article)
    assert result.exit_code == 0, result.stderr
    values, body = split_output(result.stdout)
    assert values["author_bio"] == BIO
    assert BIO not in body
    assert "\n---\n" not in body
    assert f"# {TITLE}" in body


def test_bio_in_body_by_default(runner: CliRunner, article: Path) -> None:
    result = run(runner, "convert", article)
    _values, body = split_output(result.stdout)
    assert body.endswith(f"\n\n---\n\n{BIO}\n")
    assert body.startswith(f"\n# {TITLE}\n\n*{SUBTITLE}*\n\n")


def test_boilerplate_dropped_by_default(runner: CliRunner, article: Path) -> None:
    result = run(runner, "convert", article)
    assert result.exit_code == 0, result.stderr
    _values, body = split_output(result.stdout)
    assert "Advertisement" not in body


def test_keep_boilerplate(runner: CliRunner, article: Path) -> None:
    result = run(runner, "convert", "--keep-boilerplate", article)
    assert result.exit_code == 0, result.stderr
    _values, body = split_output(result.stdout)
    assert "\n\nAdvertisement\n\n" in body


@pytest.mark.parametrize(("flags", "date"), [((), "2013-03-04"), (("--dayfirst",), "2013-04-03")])
def test_dayfirst(runner: CliRunner, article: Path, flags: tuple[str, ...], date: str) -> None:
    result = run(runner, "convert", *flags, article)
    assert result.exit_code == 0, result.stderr
    values, _body = split_output(result.stdout)
    assert values["date"] == date


def test_no_verify_gives_same_output(runner: CliRunner, article: Path) -> None:
    checked = run(runner, "convert", article)
    unchecked = run(runner, "convert", "--no-verify", article)
    assert unchecked.exit_code == 0
    assert unchecked.stdout == checked.stdout


def test_warnings_go_to_stderr_and_quiet_silences_them(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "mojibake.txt"
    source.write_text(
        "Council approves budget\n\n"
        "The mayor said itâ€™s a good day for the city and its schools and roads.\n",
        encoding="utf-8",
    )
    loud = run(runner, "convert", source)
    assert loud.exit_code == 0, loud.stderr
    assert loud.stdout.startswith("---\ntitle: Council approves budget\n")
    assert "â€™" in loud.stdout  # reported, never repaired
    warnings = loud.stderr.splitlines()
    assert warnings
    assert all(line.startswith(f"newsmd: warning: {source}:") for line in warnings)
    assert any(line.startswith(f"newsmd: warning: {source}:3:") for line in warnings)
    quiet = run(runner, "convert", "-q", source)
    assert quiet.exit_code == 0
    assert quiet.stderr == ""
    assert quiet.stdout == loud.stdout


# --- convert: output files ------------------------------------------------------


def test_existing_output_refused_without_force(
    runner: CliRunner, article: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.md"
    out.write_text("precious\n", encoding="utf-8")
    result = run(runner, "convert", article, "-o", out)
    line = assert_one_error_line(result)
    assert "already exists" in line
    assert "--force" in line
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert no_temporary_files(tmp_path)


def test_existing_output_error_names_the_output(
    runner: CliRunner, article: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.md"
    out.write_text("precious\n", encoding="utf-8")
    line = assert_one_error_line(run(runner, "convert", article, "-o", out))
    assert f"{out}: already exists" in line
    assert f"{article}:" not in line


@pytest.mark.parametrize("flag", ["--force", "-f"])
def test_existing_output_replaced_with_force(
    runner: CliRunner, article: Path, tmp_path: Path, flag: str
) -> None:
    out = tmp_path / "out.md"
    out.write_text("precious\n", encoding="utf-8")
    result = run(runner, "convert", article, "-o", out, flag)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""
    assert out.read_text(encoding="utf-8") == newsmd.convert(ARTICLE)
    assert no_temporary_files(tmp_path)


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_output_is_input_refused(runner: CliRunner, article: Path, force: tuple[str, ...]) -> None:
    result = run(runner, "convert", article, "-o", article, *force)
    line = assert_one_error_line(result, str(article))
    assert "input" in line
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert no_temporary_files(article.parent)


def test_output_is_input_by_another_path_refused(
    runner: CliRunner, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    link = tmp_path / "link.md"
    link.symlink_to(article)
    (tmp_path / "sub").mkdir()
    for target in (link, Path("sub/../article.txt"), Path("./article.txt")):
        result = run(runner, "convert", "article.txt", "-o", target, "--force")
        line = assert_one_error_line(result)
        assert "input" in line
        assert article.read_text(encoding="utf-8") == ARTICLE


def test_output_in_missing_directory(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "out.md"
    result = run(runner, "convert", article, "-o", out)
    assert_one_error_line(result, str(out.parent), "does not exist")
    assert not (tmp_path / "missing").exists()


def test_output_directory_takes_the_file(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "outdir"
    out.mkdir()
    result = run(runner, "convert", article, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert [path.name for path in out.iterdir()] == ["article.md"]
    assert (out / "article.md").read_text(encoding="utf-8").startswith("---\ntitle:")


def test_output_directory_holding_a_directory_of_that_name(
    runner: CliRunner, article: Path, tmp_path: Path
) -> None:
    out = tmp_path / "outdir"
    (out / "article.md").mkdir(parents=True)
    line = assert_one_error_line(run(runner, "convert", article, "-o", out, "--force"))
    assert f"{out / 'article.md'}: is a directory" in line


@pytest.mark.parametrize(
    "data", [b"", b"\n\n  \n\t\n", b"\xe2\x80\x8b\n\xc2\xa0\n"], ids=["empty", "blank", "invisible"]
)
def test_failed_conversion_leaves_no_file(runner: CliRunner, tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(data)
    out = tmp_path / "out.md"
    result = run(runner, "convert", source, "-o", out)
    assert_one_error_line(result, str(source), "no text")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


def test_undecodable_input_leaves_no_file(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(b"caf\xe9 au lait\n")
    result = run(runner, "convert", "--encoding", "utf-8", source, "-o", tmp_path / "out.md")
    assert_one_error_line(result, str(source), "byte 3")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]


def test_write_failure_leaves_no_partial_file(
    runner: CliRunner, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_replace(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("newsmd.files.os.replace", broken_replace)
    monkeypatch.setattr("newsmd.files.os.link", broken_replace)
    out = tmp_path / "out.md"
    result = run(runner, "convert", article, "-o", out)
    assert_one_error_line(result)
    assert not out.exists()
    assert no_temporary_files(tmp_path)


def test_write_failure_is_a_plain_error(
    runner: CliRunner, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_replace(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("newsmd.files.os.replace", broken_replace)
    monkeypatch.setattr("newsmd.files.os.link", broken_replace)
    line = assert_one_error_line(run(runner, "convert", article, "-o", tmp_path / "out.md"))
    assert "No space left on device" in line
    assert "internal error" not in line


def test_interrupted_write_leaves_no_partial_file(
    runner: CliRunner, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(source: object, target: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("newsmd.files.os.replace", interrupted)
    out = tmp_path / "out.md"
    out.write_text("precious\n", encoding="utf-8")
    result = run(runner, "convert", article, "-o", out, "--force")
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert no_temporary_files(tmp_path)


# --- convert: bad inputs --------------------------------------------------------


COMMANDS = ["convert", "inspect"]


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_input(runner: CliRunner, tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nope.txt"
    assert_one_error_line(run(runner, command, missing), str(missing), "no such file")


def test_directory_input_to_inspect(runner: CliRunner, tmp_path: Path) -> None:
    assert_one_error_line(run(runner, "inspect", tmp_path), str(tmp_path), "directory")


def test_directory_input_to_convert_needs_an_output_directory(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = run(runner, "convert", tmp_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "need -o DIR" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_undecodable_input(runner: CliRunner, tmp_path: Path, command: str) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes(b"caf\xe9 au lait\n")
    result = run(runner, command, "--encoding", "utf-8", source)
    assert_one_error_line(result, str(source), "UTF-8", "byte 3")


@pytest.mark.parametrize("command", COMMANDS)
def test_legacy_encoding_is_detected_and_reported(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("Caf\u00e9 prices rise\n\nThe na\u00efve owner of the caf\u00e9 "
                       "says a cup now costs \u20ac 5.\n".encode("cp1252"))  # fmt: skip
    result = run(runner, command, source)
    assert result.exit_code == 0, result.stderr
    assert "Café prices rise" in result.stdout
    assert "naïve owner" in result.stdout
    if command == "convert":
        assert f"newsmd: warning: {source}:1: not UTF-8: read as cp1252" in result.stderr
    else:  # inspect shows it in its table, at line 1
        assert "read as cp1252" in result.stdout


def test_undecodable_input_offset_later(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "later.txt"
    source.write_bytes(b"Headline\n\nThe na\xefve reader.\n")
    result = run(runner, "convert", "--encoding", "utf-8", source)
    assert_one_error_line(result, str(source), "byte 16")


def test_unknown_encoding(runner: CliRunner, article: Path) -> None:
    result = run(runner, "convert", "--encoding", "no-such-codec", article)
    assert_one_error_line(result, str(article), "unknown encoding")


@pytest.mark.parametrize("data", [b"Title\x00\n\nText\n", b"\x00\x01\x02\x03", b"PK\x03\x04\x00"])
def test_binary_input(runner: CliRunner, tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(data)
    assert_one_error_line(run(runner, "convert", source), str(source), "binary")


@pytest.mark.parametrize("data", [b"", b"\n", b"\r\n\r\n   \r\n", b"\t \n \n"])
def test_input_without_text(runner: CliRunner, tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "empty.txt"
    source.write_bytes(data)
    assert_one_error_line(run(runner, "convert", source), str(source), "no text")


def test_permission_denied(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "secret.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    source.chmod(0)
    try:
        if source.stat().st_mode & 0o777 == 0 and _can_read(source):
            pytest.skip("running as a user who can read anything")
        assert_one_error_line(run(runner, "convert", source), str(source), "permission denied")
    finally:
        source.chmod(0o644)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


# --- usage errors, version, debug -----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["convert"],
        ["inspect"],
        ["convert", "--bogus", "x.txt"],
        ["inspect", "--bogus", "x.txt"],
        ["frobnicate"],
        ["convert", "a.txt", "b.txt"],
        ["convert", "a.txt", "-o"],
        ["convert", "-", "a.txt", "-o", "out"],
        ["convert", "a.txt", "--dry-run"],
        ["convert", "a.txt", "--update"],
        ["convert", "a.txt", "--report", "r.jsonl"],
        ["convert", "--jobs", "0", "a.txt"],
    ],
)
def test_usage_errors(runner: CliRunner, args: list[str]) -> None:
    result = run(runner, *args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Error:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(runner: CliRunner, flag: str) -> None:
    result = run(runner, flag)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == f"newsmd, version {newsmd.__version__}\n"


@pytest.mark.parametrize("command", ["convert", "inspect"])
def test_help(runner: CliRunner, command: str) -> None:
    result = run(runner, command, "--help")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "--debug" in result.stdout


def test_debug_propagates_exception(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run(runner, "convert", "--debug", missing)
    assert result.exit_code == 1
    assert isinstance(result.exception, NewsmdError)
    assert "no such file" in str(result.exception)
    assert "newsmd: error:" not in result.stderr


def test_without_debug_exception_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run(runner, "convert", missing)
    assert isinstance(result.exception, SystemExit)
    assert assert_one_error_line(result).startswith("newsmd: error:")


def test_internal_error_is_one_line(
    runner: CliRunner, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("kaboom")  # a bug deep inside, not the input's fault

    monkeypatch.setattr("newsmd.files.decode_text", broken)
    line = assert_one_error_line(run(runner, "convert", article), str(article))
    assert "internal error" in line
    assert "RuntimeError" in line
    assert "--debug" in line


def test_internal_error_with_debug_propagates(
    runner: CliRunner, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("kaboom")  # a bug deep inside, not the input's fault

    monkeypatch.setattr("newsmd.files.decode_text", broken)
    result = run(runner, "convert", "--debug", article)
    assert isinstance(result.exception, RuntimeError)
    assert result.exc_info is not None
    assert "newsmd: error:" not in result.stderr


# --- inspect --------------------------------------------------------------------

_ROW = re.compile(r"^│\s*(\d+)(?:-(\d+))?\s*│\s*(\w+)\s*│\s*(\w+)\s*│", re.MULTILINE)


def inspected_rows(stdout: str) -> list[tuple[int, int, str, str]]:
    """(first line, last line, role, rule) for each row of the inspect table."""
    return [
        (int(first), int(last or first), role, rule)
        for first, last, role, rule in _ROW.findall(stdout)
    ]


def test_inspect_lists_every_line_role_and_rule(runner: CliRunner, article: Path) -> None:
    result = run(runner, "inspect", article)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    rows = inspected_rows(result.stdout)
    covered = sorted(n for first, last, _, _ in rows for n in range(first, last + 1))
    non_blank = [n for n, line in enumerate(ARTICLE.splitlines(), 1) if line.strip()]
    assert covered == non_blank
    roles = {role for _, _, role, _ in rows}
    assert {"headline", "dek", "byline", "date", "body", "bio", "dropped"} <= roles
    rules = {rule for _, _, _, rule in rows}
    assert {"headline", "dek", "byline", "date_line", "paragraph", "advertisement"} <= rules
    assert "bio_by_name" in rules
    assert f"{len(non_blank)} non-blank lines" in result.stdout
    assert "1 dropped" in result.stdout


def test_inspect_multi_line_blocks(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "Council approves budget\n"
        "\n"
        "  The city council on Tuesday approved a budget that raises spending\n"
        "on schools and roads while holding property taxes flat for the year.\n"
        "  Critics said the plan leaned too heavily on one-time money from the\n"
        "state and would leave a hole in next year's accounts.\n"
    )
    source = tmp_path / "wire.txt"
    source.write_text(text, encoding="utf-8")
    result = run(runner, "inspect", source)
    assert result.exit_code == 0, result.stderr
    rows = inspected_rows(result.stdout)
    assert [(first, last) for first, last, _, _ in rows] == [(1, 1), (3, 4), (5, 6)]


def test_inspect_keep_boilerplate(runner: CliRunner, article: Path) -> None:
    result = run(runner, "inspect", "--keep-boilerplate", article)
    assert result.exit_code == 0, result.stderr
    rows = inspected_rows(result.stdout)
    assert "dropped" not in {role for _, _, role, _ in rows}
    assert "kept by request" in result.stdout


def test_inspect_dayfirst(runner: CliRunner, article: Path) -> None:
    result = run(runner, "inspect", "--dayfirst", article)
    assert result.exit_code == 0, result.stderr
    assert "2013-04-03" in result.stdout


def test_inspect_stdin(runner: CliRunner) -> None:
    result = run(runner, "inspect", "-", stdin=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert "<stdin>" in result.stdout
    assert inspected_rows(result.stdout)


def test_inspect_binary(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(b"\x00\x01binary")
    assert_one_error_line(run(runner, "inspect", source), str(source), "binary")


def test_inspect_debug(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "inspect", "--debug", tmp_path / "nope.txt")
    assert isinstance(result.exception, NewsmdError)


# --- python -m newsmd -------------------------------------------------------------


def test_python_dash_m_version() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "newsmd", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == f"newsmd, version {newsmd.__version__}\n"
    assert completed.stderr == ""


def test_python_dash_m_convert_stdin() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "newsmd", "convert", "-"],
        input=ARTICLE.encode("utf-8"),
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.decode("utf-8") == newsmd.convert(ARTICLE)
    assert completed.stderr == b""


def test_python_dash_m_error_exit_status(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "newsmd", "convert", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr.startswith("newsmd: error: ")
    assert len(completed.stderr.splitlines()) == 1


def test_unknown_time_zone_prints_nothing_on_stderr(tmp_path: Path) -> None:
    source = tmp_path / "tz.txt"
    source.write_text(
        "Ferry service ends\n\nJune 19, 2013 3:15 PM NZST\n\n"
        "The last ferry left at noon on Friday.\n",
        encoding="utf-8",
    )
    env = {key: value for key, value in os.environ.items() if key != "PYTHONWARNINGS"}
    completed = subprocess.run(
        [sys.executable, "-m", "newsmd", "convert", str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=env,
    )
    assert completed.returncode == 0
    assert completed.stdout.startswith("---\ntitle: Ferry service ends\n")
    assert completed.stderr == ""


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain.txt", "plain.txt"),
        ("two\nlines.txt", "two\\nlines.txt"),
        ("cr\rx", "cr\\rx"),
        ("tab\tx", "tab\\tx"),
        ("bell\x07", "bell\\x07"),
        ("c1\x85", "c1\\x85"),
        ("ls\u2028", "ls\\u2028"),
        ("caf\udce9.txt", "caf\\xe9.txt"),
        ("café ✓", "café ✓"),
    ],
)
def test_one_line_escapes_what_would_break_a_message(text: str, shown: str) -> None:
    assert one_line(text) == shown


def test_the_command_ends_by_sparing_the_collector_its_last_passes(
    article: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc  # noqa: PLC0415

    from newsmd.__main__ import main  # noqa: PLC0415

    monkeypatch.setattr(sys, "argv", ["newsmd", "convert", str(article)])
    try:
        with pytest.raises(SystemExit) as exited:
            main()
        assert exited.value.code == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert "# Ferry service ends after 80 years" in capsys.readouterr().out


def test_the_command_output_is_complete_when_the_process_ends(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("one", "two"):
        (folder / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    command = ["convert", str(folder), "-o", str(out), "--jobs", "1", "--report", str(report)]
    done = subprocess.run(
        [sys.executable, "-m", "newsmd", *command], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    for name in ("one", "two"):
        assert (out / f"{name}.md").read_text(encoding="utf-8").endswith(f"\n\n{BIO}\n")
    assert report.read_text(encoding="utf-8").count("\n") == 2
