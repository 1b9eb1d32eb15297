"""The output as the tools read it: pandoc, python-frontmatter and Hugo."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import frontmatter
import pytest
import yaml
from click.testing import CliRunner
from frontmatter.default_handlers import BaseHandler, JSONHandler, YAMLHandler

from newsmd.cli import cli
from newsmd.profiles import slugify

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FEATURE = SAMPLES / "feature-with-dek-byline-bio.txt"
FEATURE_TITLE = "The Last Ferry to Harrow Point"
FEATURE_SUBTITLE = (
    "As a century-old island crossing faces closure, residents weigh what a causeway would "
    "cost them"
)


def convert(*args: str | Path) -> str:
    """``newsmd --no-config convert ARGS``: the standard output."""
    result = CliRunner().invoke(cli, ["--no-config", "convert", *map(str, args)])
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return result.stdout


def convert_to(path: Path, *args: str | Path) -> Path:
    result = CliRunner().invoke(cli, ["--no-config", "convert", *map(str, args), "-o", str(path)])
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return path


def block_and_body(text: str, delimiter: str) -> tuple[str, str]:
    assert text.startswith(delimiter + "\n")
    end = text.index(f"\n{delimiter}\n", 3)
    return text[4 : end + 1], text[end + len(delimiter) + 2 :]


# --- pandoc -------------------------------------------------------------------------------

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")


def pandoc_html(markdown_file: Path) -> str:
    return subprocess.run(
        ["pandoc", "-s", "-f", "markdown", "-t", "html5", "--wrap=none", str(markdown_file)],
        check=True, capture_output=True, text=True, timeout=30,
    ).stdout  # fmt: skip


@needs_pandoc
@pytest.mark.parametrize("profile", ["pandoc", "newsmd"])
def test_pandoc_reads_title_block(tmp_path: Path, profile: str) -> None:
    page = pandoc_html(convert_to(tmp_path / "story.md", FEATURE, "--profile", profile))
    assert f"<title>{FEATURE_TITLE}</title>" in page
    assert f'<h1 class="title">{FEATURE_TITLE}</h1>' in page
    assert f'<p class="subtitle">{FEATURE_SUBTITLE}</p>' in page
    assert '<p class="author">Miriam Okafor</p>' in page
    assert "For 104 years some version of this crossing has carried islanders" in page
    assert "Miriam Okafor is a staff writer covering rural affairs" in page
    headings = re.findall(r"<h1\b[^>]*>(.*?)</h1>", page)
    if profile == "pandoc":
        # The title block is the only heading: the body does not repeat the title.
        assert headings == [FEATURE_TITLE]
        assert page.count(FEATURE_SUBTITLE) == 1 + page.count(f'content="{FEATURE_SUBTITLE}"')
    else:
        assert headings == [FEATURE_TITLE, FEATURE_TITLE]


@needs_pandoc
def test_pandoc_reads_authors_and_date(tmp_path: Path) -> None:
    sample = SAMPLES / "published-timestamp.txt"
    page = pandoc_html(convert_to(tmp_path / "story.md", sample, "--profile", "pandoc"))
    authors = re.findall(r'<p class="author">(.*?)</p>', page)
    assert authors == ["Priya Raman", "Daniel Kowalczyk", "Sofia Marquez"]
    assert '<p class="date">2021-10-14T09:47:00-04:00</p>' in page
    assert len(re.findall(r"<h1\b", page)) == 1


@needs_pandoc
def test_pandoc_reads_hostile_text_literally(tmp_path: Path) -> None:
    sample = SAMPLES / "markdown-hostile.txt"
    page = pandoc_html(convert_to(tmp_path / "story.md", sample, "--profile", "pandoc"))
    body = page.split("</header>", 1)[1]
    for tag in ("<h1", "<h2", "<ul", "<ol", "<blockquote", "<hr", "<a ", "<em>", "<strong>"):
        assert tag not in body, tag
    assert "#1" in body


# --- python-frontmatter --------------------------------------------------------------------


class TomllibHandler(BaseHandler):
    """TOML front matter between ``+++`` lines, read with tomllib."""

    FM_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)
    START_DELIMITER = END_DELIMITER = "+++"

    def load(self, fm: str, **kwargs: object) -> Any:
        return tomllib.loads(fm)


PY_FM_SAMPLES = [
    "feature-with-dek-byline-bio.txt", "published-timestamp.txt", "markdown-hostile.txt",
    "page-fr-news.txt", "wire-reuters-modern.txt", "byline-staff-writer.txt",
]  # fmt: skip


@pytest.mark.parametrize("profile", ["newsmd", "jekyll", "obsidian", "pandoc"])
@pytest.mark.parametrize("sample", PY_FM_SAMPLES)
def test_python_frontmatter_reads_yaml(sample: str, profile: str) -> None:
    text = convert(
        SAMPLES / sample, "--profile", profile, "--url", "https://e.org/a", "--tag", "x y"
    )
    block, body = block_and_body(text, "---")
    post = frontmatter.loads(text)
    assert isinstance(post.handler, YAMLHandler)
    assert post.metadata == yaml.safe_load(block)
    assert post.metadata["title"]
    assert post.content == body.strip()


@pytest.mark.parametrize("sample", PY_FM_SAMPLES)
def test_python_frontmatter_reads_toml_with_tomllib(sample: str) -> None:
    text = convert(SAMPLES / sample, "--profile", "hugo", "--tag", "x")
    block, body = block_and_body(text, "+++")
    post = frontmatter.loads(text, handler=TomllibHandler())
    assert post.metadata == tomllib.loads(block)
    assert post.metadata["slug"] == slugify(post.metadata["title"])
    assert post.content == body.strip()


@pytest.mark.parametrize("profile", ["newsmd", "hugo"])
@pytest.mark.parametrize("sample", PY_FM_SAMPLES)
def test_python_frontmatter_reads_json(sample: str, profile: str) -> None:
    text = convert(SAMPLES / sample, "--profile", profile, "--front-matter", "json")
    values, end = json.JSONDecoder().raw_decode(text)
    body = text[end:]
    post = frontmatter.loads(text, handler=JSONHandler())
    assert post.metadata == values
    assert post.content == body.strip()
    # Found without being told, too.
    detected = frontmatter.loads(text)
    assert isinstance(detected.handler, JSONHandler)
    assert detected.metadata == values


# --- Hugo --------------------------------------------------------------------------------------

needs_hugo = pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")

HUGO_CONFIG = """\
baseURL = "https://example.org/"
title = "t"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "home", "section", "robotsTXT", "404"]
"""
SINGLE = (
    "<html><body><h1>{{ .Title }}</h1>"
    '<p class="authors">{{ delimit .Params.authors ", " }}</p>'
    '<time>{{ .Date.Format "2006-01-02" }}</time>'
    "{{ .Content }}</body></html>\n"
)
LIST = (
    '<html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}'
    "</body></html>\n"
)


def build_hugo_site(site: Path, sample: Path) -> Path:
    """A minimal Hugo site holding ``sample`` converted with --profile hugo; its one page."""
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "content" / "posts").mkdir(parents=True)
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text(LIST, encoding="utf-8")
    convert_to(site / "content" / "posts" / "story.md", sample, "--profile", "hugo")
    public = site / "public"
    env = {**os.environ, "HUGO_CACHEDIR": str(site / "cache")}
    subprocess.run(
        ["hugo", "--quiet", "--source", str(site), "--destination", str(public)],
        check=True, capture_output=True, text=True, timeout=60, env=env, cwd=site,
    )  # fmt: skip
    pages = sorted(public.glob("posts/**/index.html"))
    assert len(pages) == 1, sorted(str(p) for p in public.rglob("*"))
    return pages[0]


@needs_hugo
@pytest.mark.parametrize(
    ("sample", "title", "authors", "day", "sentence"),
    [
        (
            "published-timestamp.txt",
            "Regional utility to cut rates after regulators reject proposed increase",
            "Priya Raman, Daniel Kowalczyk, Sofia Marquez",
            "2021-10-14",
            "In a 3-0 decision, the Public Service Commission found that the company had "
            "overstated its projected fuel costs",
        ),
        (
            "byline-staff-writer.txt",
            "Library fines to be scrapped across Ellesmoor from July",
            "Declan Ashworth",
            "2013-06-19",
            "Libraries across the Ellesmoor district will stop charging late fees from 1 July",
        ),
        (
            "page-fr-news.txt",
            "Valbrune : le marché couvert ne rouvrira qu'au printemps 2020",
            "Hélène Marchetti",
            "2019-11-05",
            "En cause, la découverte",
        ),
    ],
)
def test_hugo_builds_the_page(
    tmp_path: Path, sample: str, title: str, authors: str, day: str, sentence: str
) -> None:
    page_path = build_hugo_site(tmp_path / "site", SAMPLES / sample)
    # Hugo takes the page's address from the front matter's slug.
    assert page_path.parent.name == slugify(title)
    page = html.unescape(page_path.read_text(encoding="utf-8"))
    assert f"<h1>{title}</h1>" in page
    assert f'<p class="authors">{authors}</p>' in page
    assert f"<time>{day}</time>" in page
    assert sentence in page
    assert len(re.findall(r"<h1\b", page)) == 1
    assert page.count(title) == 1
