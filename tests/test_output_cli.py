"""The command line's output choices: profiles, front matter forms, JSON, wrapping, config."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

import newsmd
from newsmd.cli import cli
from newsmd.normalize import normalize
from newsmd.profiles import PROFILES
from newsmd.verify import outline_of_markdown

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

ARTICLE = """\
Harbour ferry to stop running after ninety years

Islanders weigh what a new bridge would cost them

By Jane Doe and John Roe, Reuters
Published: 2021-10-14 09:47 EDT

LONDON (Reuters) - The last ferry left the quay at noon on Friday, carrying a handful of \
passengers and a great many memories of the crossing.

Officials said the service had run at a loss for a decade and could not be saved without a \
large subsidy from the county.

Jane Doe is a reporter who covers transport and coastal communities for the paper.
"""

TITLE = "Harbour ferry to stop running after ninety years"
SUBTITLE = "Islanders weigh what a new bridge would cost them"


@pytest.fixture
def runner() -> CliRunner:
    # click >= 8.2 keeps result.stdout and result.stderr apart.
    return CliRunner(env={"COLUMNS": "200"})


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory of its own, so no configuration file above it is read."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def run(runner: CliRunner, *args: str | Path, stdin: bytes | None = None) -> Result:
    return runner.invoke(cli, [str(arg) for arg in args], input=stdin)


def ok(result: Result) -> str:
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return result.stdout


def split(text: str, form: str) -> tuple[dict[str, Any], str]:
    """The loaded front matter of ``text`` in ``form`` and the body after it."""
    if form == "json":
        assert text.startswith("{\n")
        values, end = json.JSONDecoder().raw_decode(text)
        return values, text[end:].lstrip("\n")
    delimiter = {"yaml": "---", "toml": "+++"}[form]
    assert text.startswith(delimiter + "\n"), text[:40]
    end = text.index(f"\n{delimiter}\n", 3)
    head = text[4 : end + 1]
    values = yaml.safe_load(head) if form == "yaml" else tomllib.loads(head)
    return values, text[end + len(delimiter) + 2 :].lstrip("\n")


def error_line(result: Result) -> str:
    """The one line on standard error of a usage error."""
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


# --- profiles and front matter forms ---------------------------------------------------


def test_hugo_profile_writes_toml(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    output = ok(run(runner, "convert", "--profile", "hugo", article))
    assert output.startswith("+++\n")
    values, body = split(output, "toml")
    assert values["title"] == TITLE
    assert values["authors"] == ["Jane Doe", "John Roe"]
    assert body.startswith("LONDON (Reuters) - ")


def test_front_matter_json_with_the_default_profile(
    runner: CliRunner, article: Path, in_tmp: Path
) -> None:
    output = ok(run(runner, "convert", "--front-matter", "json", article))
    assert output.splitlines()[0] == "{"
    values, body = split(output, "json")
    assert values["title"] == TITLE
    assert values["author"] == ["Jane Doe", "John Roe"]
    assert values["date"] == "2021-10-14T09:47:00-04:00"
    assert body.startswith(f"# {TITLE}\n")


def test_front_matter_json_with_hugo_dates_as_strings(
    runner: CliRunner, article: Path, in_tmp: Path
) -> None:
    output = ok(run(runner, "convert", "--profile", "hugo", "--front-matter", "json", article))
    values, _ = split(output, "json")
    assert values["date"] == "2021-10-14T09:47:00-04:00"
    assert "authors" in values


def test_front_matter_none(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    output = ok(run(runner, "convert", "--front-matter", "none", article))
    assert output.startswith(f"# {TITLE}\n\n*{SUBTITLE}*\n")
    assert "title:" not in output and "+++" not in output


@pytest.mark.parametrize("form", ["yaml", "toml", "json"])
@pytest.mark.parametrize("profile", list(PROFILES))
def test_every_profile_in_every_form(
    runner: CliRunner, article: Path, in_tmp: Path, profile: str, form: str
) -> None:
    output = ok(run(runner, "convert", "--profile", profile, "--front-matter", form, article))
    if profile == "plain":
        # No keys at all: YAML's block is an empty mapping, TOML and JSON write none.
        if form == "yaml":
            values, body = split(output, form)
            assert values == {}
            assert body.startswith(f"# {TITLE}\n")
        else:
            assert output.startswith(f"# {TITLE}\n")
        return
    values, _ = split(output, form)
    assert values["title"] == TITLE


def test_no_title_in_body_overrides_obsidian(
    runner: CliRunner, article: Path, in_tmp: Path
) -> None:
    default = ok(run(runner, "convert", "--profile", "obsidian", article))
    assert split(default, "yaml")[1].startswith(f"# {TITLE}\n")
    output = ok(run(runner, "convert", "--profile", "obsidian", "--no-title-in-body", article))
    values, body = split(output, "yaml")
    assert values["title"] == TITLE
    assert body.startswith("LONDON (Reuters) - ")
    assert f"# {TITLE}" not in body and SUBTITLE not in body


def test_title_in_body_overrides_hugo(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    output = ok(run(runner, "convert", "--profile", "hugo", "--title-in-body", article))
    values, body = split(output, "toml")
    assert values["title"] == TITLE
    assert body.startswith(f"# {TITLE}\n\n*{SUBTITLE}*\n\nLONDON")


def test_source_replaces_the_read_source(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    values, _ = split(ok(run(runner, "convert", article)), "yaml")
    assert values["source"] == "Reuters"
    output = ok(run(runner, "convert", "--source", "Example Wire", article))
    values, _ = split(output, "yaml")
    assert values["source"] == "Example Wire"
    obsidian = ok(run(runner, "convert", "--profile", "obsidian", "--source", "X Wire", article))
    assert split(obsidian, "yaml")[0]["agency"] == "X Wire"


def test_url_and_repeated_tags(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    url = "https://example.org/news/ferry?id=1#top"
    output = ok(
        run(runner, "convert", "--url", url, "--tag", "ferries", "--tag", "Local news",
            "--tag", "ferries", article)
    )  # fmt: skip
    values, _ = split(output, "yaml")
    assert values["url"] == url
    assert values["tags"] == ["ferries", "Local news", "ferries"]
    assert list(values)[-2:] == ["url", "tags"]
    hugo = split(ok(run(runner, "convert", "--profile", "hugo", "--url", url, article)), "toml")
    assert hugo[0]["source_url"] == url


@pytest.mark.parametrize(
    "args",
    [
        ("--profile", "wordpress"),
        ("--front-matter", "xml"),
        ("--format", "html"),
        ("--wrap", "-1"),
        ("--wrap", "wide"),
    ],
)
def test_invalid_choices_exit_2(
    runner: CliRunner, article: Path, in_tmp: Path, args: tuple[str, ...]
) -> None:
    result = run(runner, "convert", *args, article)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert args[0] in result.stderr
    assert "Traceback" not in result.stderr


# --- --format json --------------------------------------------------------------------------


def covered_lines(record: dict[str, Any]) -> set[int]:
    return {
        number
        for block in record["blocks"]
        for number in range(block["first_line"], block["last_line"] + 1)
    }


@pytest.mark.parametrize(
    "sample",
    [
        "feature-with-dek-byline-bio.txt", "wire-dateline.txt", "web-boilerplate.txt",
        "page-de-news.txt", "crlf-bom.txt", "lists.txt", "markdown-hostile.txt",
    ],
)  # fmt: skip
def test_format_json_covers_every_input_line(runner: CliRunner, in_tmp: Path, sample: str) -> None:
    path = SAMPLES / sample
    output = ok(run(runner, "convert", "--format", "json", path))
    record = json.loads(output)
    assert isinstance(record, dict)
    assert output.endswith("}\n")
    assert list(record) == ["fields", "body", "blocks", "warnings"]
    text = path.read_bytes().decode("utf-8-sig")
    article = newsmd.parse(text)
    assert record["fields"]["title"] == article.title
    assert len(record["body"]) == len(article.body)
    lines = [line.text for line in normalize(text)]
    non_blank = {number for number, line in enumerate(lines, start=1) if line.strip()}
    covered = covered_lines(record)
    assert non_blank <= covered, sorted(non_blank - covered)
    assert covered <= set(range(1, len(lines) + 1))
    for block in record["blocks"]:
        assert block["role"] in {role.value for role in newsmd.Role}
        assert block["rule"] and block["reason"]
    # The blocks come in input order and do not overlap.
    starts = [(block["first_line"], block["last_line"]) for block in record["blocks"]]
    assert all(a[1] < b[0] for a, b in pairwise(starts))


def test_format_json_carries_url_tags_and_source(
    runner: CliRunner, article: Path, in_tmp: Path
) -> None:
    output = ok(
        run(runner, "convert", "--format", "json", "--url", "https://e.org/a", "--tag", "x",
            "--source", "Example Wire", article)
    )  # fmt: skip
    fields = json.loads(output)["fields"]
    assert fields["url"] == "https://e.org/a"
    assert fields["tags"] == ["x"]
    assert fields["source"] == "Example Wire"


def test_format_json_in_batch_mode_writes_json_files(
    runner: CliRunner, tmp_path: Path, in_tmp: Path
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name in ("published-timestamp.txt", "two-authors.txt"):
        shutil.copy(SAMPLES / name, source / name)
    out = tmp_path / "out"
    result = run(runner, "convert", source, "-o", out, "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    written = sorted(path.name for path in out.rglob("*") if path.is_file())
    assert written == ["published-timestamp.json", "two-authors.json"]
    for path in out.iterdir():
        record = json.loads(path.read_text(encoding="utf-8"))
        assert set(record) == {"fields", "body", "blocks", "warnings"}


# --- --wrap --------------------------------------------------------------------------------

WRAP_SAMPLES = [
    "feature-with-dek-byline-bio.txt", "markdown-hostile.txt", "lists.txt", "quote-email.txt",
    "subheadings.txt", "page-fr-news.txt", "wire-ap-dateline.txt",
]  # fmt: skip


def body_of(output: str) -> str:
    return split(output, "yaml")[1]


@pytest.mark.parametrize("sample", WRAP_SAMPLES)
def test_wrap_40_keeps_lines_short_and_the_text_the_same(
    runner: CliRunner, in_tmp: Path, sample: str
) -> None:
    path = SAMPLES / sample
    plain = ok(run(runner, "convert", path))
    wrapped = ok(run(runner, "convert", "--wrap", "40", "--verify", path))
    assert split(wrapped, "yaml")[0] == split(plain, "yaml")[0]  # front matter not wrapped
    body = body_of(wrapped)
    assert outline_of_markdown(body) == outline_of_markdown(body_of(plain))
    for line in body.splitlines():
        if len(line) <= 40 or line.startswith("#"):
            continue
        # Longer only where the line cannot be broken: every word that passes column 40
        # is one that may not start a line (a word beginning with a letter always may).
        indent = len(line) - len(line.lstrip(" "))
        words = line[indent:].split(" ")
        words[0] = " " * indent + words[0]
        for i in range(1, len(words)):
            if len(" ".join(words[: i + 1])) > 40:
                assert not words[i][:1].isalpha(), line
    long_lines = [line for line in body.splitlines() if len(line) > 40]
    assert len(long_lines) <= len(body.splitlines()) // 10, long_lines


def test_wrap_0_writes_one_line_per_paragraph(runner: CliRunner, in_tmp: Path) -> None:
    path = SAMPLES / "feature-with-dek-byline-bio.txt"
    body = body_of(ok(run(runner, "convert", "--wrap", "0", path)))
    assert body == body_of(ok(run(runner, "convert", path)))
    assert max(len(line) for line in body.splitlines()) > 200


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize("sample", WRAP_SAMPLES)
def test_wrap_40_reads_the_same_in_pandoc(
    runner: CliRunner, in_tmp: Path, tmp_path: Path, sample: str
) -> None:
    html = []
    for args in ((), ("--wrap", "40")):
        out = tmp_path / f"out{len(args)}.md"
        ok(run(runner, "convert", *args, SAMPLES / sample, "-o", out))
        html.append(
            subprocess.run(
                ["pandoc", "-f", "markdown", "-t", "html5", "--wrap=none", str(out)],
                check=True, capture_output=True, text=True, timeout=30,
            ).stdout
        )  # fmt: skip
    assert html[0] == html[1]
    assert "<p>" in html[0]


# --- configuration files ------------------------------------------------------------------


def test_config_in_cwd_sets_the_profile(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    (in_tmp / "newsmd.toml").write_text('profile = "hugo"\n', encoding="utf-8")
    output = ok(run(runner, "convert", article))
    assert output.startswith("+++\n")
    assert split(output, "toml")[0]["title"] == TITLE


def test_command_line_wins_over_config(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    (in_tmp / "newsmd.toml").write_text('profile = "hugo"\nwrap = 30\n', encoding="utf-8")
    output = ok(run(runner, "convert", "--profile", "newsmd", article))
    assert output.startswith("---\n")
    assert split(output, "yaml")[0]["author"] == ["Jane Doe", "John Roe"]
    # wrap = 30 still applies.
    assert max(len(line) for line in split(output, "yaml")[1].splitlines()[1:]) <= 30


def test_config_front_matter_setting(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    (in_tmp / "newsmd.toml").write_text('front-matter = "json"\n', encoding="utf-8")
    assert ok(run(runner, "convert", article)).startswith("{\n")


def test_no_config_ignores_it(runner: CliRunner, article: Path, in_tmp: Path) -> None:
    (in_tmp / "newsmd.toml").write_text('profile = "hugo"\n', encoding="utf-8")
    output = ok(run(runner, "--no-config", "convert", article))
    assert output.startswith("---\n")
    assert output == newsmd.convert(ARTICLE)


def test_config_option_uses_another_file(
    runner: CliRunner, article: Path, in_tmp: Path, tmp_path: Path
) -> None:
    (in_tmp / "newsmd.toml").write_text('profile = "hugo"\n', encoding="utf-8")
    other = tmp_path / "elsewhere.toml"
    other.write_text('profile = "jekyll"\n', encoding="utf-8")
    output = ok(run(runner, "--config", other, "convert", article))
    values, _ = split(output, "yaml")
    assert values["layout"] == "post"


@pytest.mark.parametrize(
    ("setting", "fragment"),
    [
        ('profile = "wordpress"', "profile"),
        ('wrap = "wide"', "wrap"),
        ("title-in-body = 1", "expected a boolean"),
        ('tag = "one"', "tag"),
        ('colour = "red"', "colour"),
        ("profile = ", "TOML"),
    ],
)
def test_bad_setting_is_one_error_line(
    runner: CliRunner, article: Path, in_tmp: Path, setting: str, fragment: str
) -> None:
    config = in_tmp / "newsmd.toml"
    config.write_text(setting + "\n", encoding="utf-8")
    line = error_line(run(runner, "convert", article))
    assert line.startswith(f"newsmd: error: {config}: ")
    assert fragment in line


def test_config_command_prints_toml_with_sources(runner: CliRunner, in_tmp: Path) -> None:
    config = in_tmp / "newsmd.toml"
    config.write_text('profile = "hugo"\nwrap = 72\ntag = ["a", "b c"]\n', encoding="utf-8")
    output = ok(run(runner, "config"))
    settings = tomllib.loads(output)
    assert settings["profile"] == "hugo"
    assert settings["wrap"] == 72
    assert settings["tag"] == ["a", "b c"]
    assert settings["format"] == "markdown"
    lines = {line.split("=", 1)[0].strip(): line for line in output.splitlines() if "=" in line}
    assert lines["profile"].endswith(f"# {config}")
    assert lines["wrap"].endswith(f"# {config}")
    assert lines["format"].endswith("# default")


def test_config_command_without_a_file(runner: CliRunner, in_tmp: Path) -> None:
    settings = tomllib.loads(ok(run(runner, "--no-config", "config")))
    assert settings["profile"] == "newsmd"
    assert "front_matter" not in settings  # not set: a commented-out line


def test_pyproject_tool_newsmd_found_from_a_subdirectory(
    runner: CliRunner, article: Path, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pyproject = in_tmp / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\n\n[tool.newsmd]\nprofile = "obsidian"\n', encoding="utf-8"
    )
    sub = in_tmp / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    values, body = split(ok(run(runner, "convert", article)), "yaml")
    assert values["author"] == ["[[Jane Doe]]", "[[John Roe]]"]
    assert body.startswith(f"# {TITLE}")
    output = ok(run(runner, "config"))
    assert tomllib.loads(output)["profile"] == "obsidian"
    assert f"# {pyproject}" in output
