"""Hostile input: odd encodings, binary files, huge and pathological text, strange
characters, awkward files and folders. newsmd must convert what is text, refuse
what is not with one plain line, never hang, and never show a traceback unless
--debug asks for one.
"""

from __future__ import annotations

import codecs
import gzip
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

import newsmd
from newsmd.api import convert_article
from newsmd.cli import cli
from newsmd.render import front_matter_values

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_NAMES = sorted(path.stem for path in SAMPLES.glob("*.txt"))
#: Plain UTF-8 samples that convert without warnings, for the good files of a batch.
GOOD_SAMPLES = ["lists", "no-dek", "wire-afp"]

ARTICLE = """\
Ferry service ends after 80 years

Islanders mourn the loss of their link

By Jane Doe and John Roe

WASHINGTON (Reuters) - The last ferry left at noon on Friday, carrying a handful \
of passengers and a lot of memories.

Officials said the service had run at a loss for a decade and could not be saved.
"""

#: An article beyond Latin-1: accents, the euro sign, curly quotes, an emoji.
WORLD_ARTICLE = """\
Café owners fear the “new” rules

The naïve plan will cost each café €500, the owners’ association said on Friday.

“We cannot pay it,” said Zoë Brontë, who runs a small café near the harbour 😀.
"""

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
skip_as_root = pytest.mark.skipif(
    IS_ROOT, reason="running as root: file permissions are not enforced, chmod proves nothing"
)
needs_symlinks = pytest.mark.skipif(
    sys.platform == "win32", reason="symbolic links need privileges on Windows"
)
linux_only = pytest.mark.skipif(
    sys.platform != "linux", reason="file names that are not UTF-8 are a Linux (POSIX) matter"
)


# --- helpers (small copies of those in test_cli.py and test_batch.py) ---------------------


@pytest.fixture
def runner() -> CliRunner:
    # click >= 8.2 keeps result.stdout and result.stderr apart.
    return CliRunner(env={"COLUMNS": "200"})


def run(runner: CliRunner, *args: str | Path, stdin: bytes | None = None) -> Result:
    return runner.invoke(cli, ["convert", *(str(arg) for arg in args)], input=stdin)


def split_output(markdown: str) -> tuple[str, str]:
    """The YAML between the ``---`` lines and the Markdown body after them."""
    assert markdown.startswith("---\n"), markdown[:200]
    end = markdown.index("\n---\n", 3)
    return markdown[4 : end + 1], markdown[end + len("\n---\n") :]


def assert_one_error_line(result: Result, *fragments: str) -> str:
    """stderr holds exactly one ``newsmd: error:`` line with ``fragments``; stdout nothing."""
    assert result.exit_code == 1, (result.stdout[:500], result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newsmd: error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def assert_converted(result: Result) -> None:
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert "Traceback" not in result.stderr
    assert "newsmd: error" not in result.stderr


def stderr_lines(result: Result, kind: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(f"newsmd: {kind}: ")]


def files_under(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (hidden ones included): relative path -> content."""
    found: dict[str, bytes] = {}
    for here, _, names in os.walk(root):
        for name in names:
            path = Path(here) / name
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def temporary_files(root: Path) -> list[str]:
    return [name for _, _, names in os.walk(root) for name in names if name.endswith(".tmp")]


def sample_text(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")


def good_tree(root: Path) -> dict[str, bytes]:
    """Write the good samples under ``root``; the output tree they should give."""
    root.mkdir(parents=True, exist_ok=True)
    expected = {}
    for name in GOOD_SAMPLES:
        shutil.copyfile(SAMPLES / f"{name}.txt", root / f"{name}.txt")
        expected[f"{name}.md"] = newsmd.convert(sample_text(name), verify=False).encode()
    return expected


def words_kept(words: list[str], output: str) -> None:
    """Every one of ``words`` (as often as it was given) is in ``output``."""
    found = Counter(re.findall(r"\w+", output.lower()))
    missing = {
        word: count
        for word, count in Counter(words).items()
        if found[word.lower()] < count
    }  # fmt: skip
    assert not missing, list(missing.items())[:10]


# --- 1. encodings -----------------------------------------------------------------------

FRENCH = (
    "Le café du port ferme ses portes\n\n"
    "Le propriétaire naïf du café dit qu’un “petit noir” coûte désormais 5 €. Les habitués "
    "sont déçus et la ville perd un lieu de rencontre très apprécié.\n"
)
GERMAN = (
    "Die Bäcker schließen früh\n\n"
    "In München müssen die Bäckereien über die Feiertage früher schließen. Die Kunden "
    "ärgern sich über die Öffnungszeiten, und die große Straße bleibt leer.\n"
)
POLISH = [
    "Księgarnia zamknięta w Łodzi\n\n"
    "Właściciel księgarni powiedział, że ludzie częściej kupują książki przez internet. "
    "Żółta ściana sklepu zostanie pomalowana, a sąsiedzi są zasmuceni, że miejsce zniknie.\n",
    "Zażółć gęślą jaźń\n\nŁódź się cieszy, a mieszkańcy świętują na ulicach.\n",
]


def body_words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def test_utf8_with_and_without_bom_identical(runner: CliRunner, tmp_path: Path) -> None:
    plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_bytes(WORLD_ARTICLE.encode("utf-8"))
    marked.write_bytes(codecs.BOM_UTF8 + WORLD_ARTICLE.encode("utf-8"))
    first, second = run(runner, plain), run(runner, marked)
    assert_converted(first)
    assert_converted(second)
    assert first.stdout_bytes == second.stdout_bytes
    assert first.stdout == newsmd.convert(WORLD_ARTICLE)
    assert "\ufeff" not in second.stdout
    assert first.stderr == second.stderr == ""


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_utf16_and_utf32_with_bom(
    runner: CliRunner, tmp_path: Path, bom: bytes, codec: str
) -> None:
    source = tmp_path / f"{codec}.txt"
    source.write_bytes(bom + WORLD_ARTICLE.replace("\n", "\r\n").encode(codec))
    result = run(runner, source)
    assert_converted(result)
    assert result.stderr == ""  # a byte-order mark is not a guess: no warning
    assert result.stdout == newsmd.convert(WORLD_ARTICLE)


def test_utf16_without_bom_is_refused_not_garbled(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "utf16.txt"
    source.write_bytes(ARTICLE.encode("utf-16-le"))
    assert_one_error_line(run(runner, source), str(source), "NUL bytes")


def test_cp1252_read_right_and_warned_once(runner: CliRunner, tmp_path: Path) -> None:
    data = FRENCH.encode("cp1252")
    assert {0x93, 0x94, 0x80, 0xE9, 0xEF} <= set(data)  # curly quotes, euro, é, ï
    source = tmp_path / "fr.txt"
    source.write_bytes(data)
    result = run(runner, source)
    assert_converted(result)
    assert result.stdout == newsmd.convert(FRENCH)
    assert "“petit noir”" in result.stdout
    assert "5 €" in result.stdout
    assert "naïf" in result.stdout
    assert result.stderr.splitlines() == [
        f"newsmd: warning: {source}:1: not UTF-8: read as cp1252 "
        "(--encoding NAME reads it otherwise)"
    ]


def test_latin1_german_read_right(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "de.txt"
    source.write_bytes(GERMAN.encode("latin-1"))
    result = run(runner, source)
    assert_converted(result)
    assert result.stdout == newsmd.convert(GERMAN)
    for word in ["Bäcker", "schließen", "früh", "München", "Öffnungszeiten", "große", "Straße"]:
        assert word in result.stdout
    # Latin-1 letters have the same bytes in cp1252, which is preferred among equals.
    warnings = stderr_lines(result, "warning")
    assert len(warnings) == 1, result.stderr
    assert "not UTF-8: read as cp1252 " in warnings[0]


@pytest.mark.parametrize("text", POLISH, ids=["bookshop", "pangram"])
def test_cp1250_polish_read_right(runner: CliRunner, tmp_path: Path, text: str) -> None:
    source = tmp_path / "pl.txt"
    source.write_bytes(text.encode("cp1250"))
    result = run(runner, source)
    assert_converted(result)
    assert result.stdout == newsmd.convert(text)
    assert all(word in result.stdout for word in body_words(text))
    warnings = stderr_lines(result, "warning")
    assert len(warnings) == 1, result.stderr
    assert "not UTF-8: read as cp1250 " in warnings[0]


def test_iso8859_2_polish_read_right(runner: CliRunner, tmp_path: Path) -> None:
    text = "Święto w Łodzi\n\nMieszkańcy świętują, a władze miasta obiecują więcej pieniędzy.\n"
    source = tmp_path / "pl.txt"
    source.write_bytes(text.encode("iso8859_2"))
    result = run(runner, source)
    assert_converted(result)  # actual: exit 1, "no European encoding fits (try --encoding)"
    assert result.stdout == newsmd.convert(text)


def test_forced_latin1_gives_no_warning(runner: CliRunner, tmp_path: Path) -> None:
    german, french = tmp_path / "de.txt", tmp_path / "fr.txt"
    german.write_bytes(GERMAN.encode("latin-1"))
    french.write_bytes(FRENCH.encode("cp1252"))
    result = run(runner, "--encoding", "latin-1", german)
    assert_converted(result)
    assert result.stderr == ""
    assert result.stdout == newsmd.convert(GERMAN)
    # The named encoding wins even where it reads worse: 0x80 is a C1 control in
    # Latin-1 (dropped), not the euro sign.
    forced = run(runner, "--encoding", "latin-1", french)
    assert_converted(forced)
    assert forced.stderr == ""
    assert "€" not in forced.stdout
    assert "café" in forced.stdout


def test_forced_utf8_on_cp1252_names_the_byte(runner: CliRunner, tmp_path: Path) -> None:
    data = FRENCH.encode("cp1252")
    first_bad = next(index for index, byte in enumerate(data) if byte >= 0x80)
    source = tmp_path / "fr.txt"
    source.write_bytes(data)
    out = tmp_path / "out.md"
    result = run(runner, "--encoding", "utf-8", source, "-o", out)
    assert_one_error_line(result, str(source), "UTF-8", f"at byte {first_bad}")
    assert not out.exists()
    assert temporary_files(tmp_path) == []


def test_unknown_encoding_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert_one_error_line(
        run(runner, "--encoding", "klingon-1", source), str(source), "unknown encoding", "klingon"
    )


def test_mojibake_is_warned_never_fixed(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "Riverside cafÃ© changes hands\n\n"
        "The owner of a popular Riverside cafÃ© has bought the old firehouse on Elm Street, "
        "the city said on Friday.\n"
    )
    source = tmp_path / "moji.txt"
    source.write_bytes(text.encode("utf-8"))  # valid UTF-8: the damage happened upstream
    result = run(runner, source)
    assert_converted(result)
    assert "cafÃ©" in result.stdout
    assert "café" not in result.stdout
    warnings = stderr_lines(result, "warning")
    assert warnings, result.stderr
    assert all("mojibake" in line for line in warnings), warnings
    assert not any("not UTF-8" in line for line in warnings)


# --- 2. binary and nonsense input -------------------------------------------------------

_RANDOM = random.Random(1).randbytes(8192)
BINARIES = {
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04",
    "gif-then-text": b"GIF87a" + ARTICLE.encode(),
    "zip": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml",
    "gzip": gzip.compress(ARTICLE.encode(), mtime=0),
    "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00>\x00",
    "old-office": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b">\x00\x03\x00\xfe\xff",
    "sqlite": b"SQLite format 3\x00\x10\x00\x01\x01\x00@  \x00\x00\x00\x02",
    "nul-in-text": ARTICLE.encode() + b"\x00" + ARTICLE.encode(),
    "random": _RANDOM,
    "random-without-nul": _RANDOM.replace(b"\x00", b""),
    "control-bytes": bytes(range(1, 9)) * 300 + b"\x0e\x0f\x10\x11\x7f" * 100,
    "controls-in-text": b"Title\n\n" + b"\x01\x02\x03\x04 text \x05\x06\x07\x08" * 200,
}
REFUSAL = re.compile(r"not plain text|binary data")


@pytest.mark.parametrize("data", list(BINARIES.values()), ids=list(BINARIES))
def test_binary_refused_with_one_line(runner: CliRunner, tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "input.txt"
    source.write_bytes(data)
    line = assert_one_error_line(run(runner, source), f"newsmd: error: {source}: ")
    assert REFUSAL.search(line), line
    out = tmp_path / "out.md"
    line = assert_one_error_line(run(runner, source, "-o", out), f"newsmd: error: {source}: ")
    assert REFUSAL.search(line), line
    assert not out.exists()
    assert temporary_files(tmp_path) == []


def test_binary_signatures_are_named(runner: CliRunner, tmp_path: Path) -> None:
    named = {"pdf": "PDF", "png": "PNG", "zip": "zip", "elf": "ELF", "sqlite": "SQLite"}
    for kind, word in named.items():
        source = tmp_path / f"{kind}.txt"
        source.write_bytes(BINARIES[kind])
        assert_one_error_line(run(runner, source), word, "not plain text")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_binaries_among_good_files(runner: CliRunner, tmp_path: Path, jobs: str) -> None:
    source = tmp_path / "in"
    expected = good_tree(source)
    for kind, data in BINARIES.items():
        (source / f"{kind}.txt").write_bytes(data)
    out = tmp_path / "out"
    result = run(runner, source, "-o", out, "-j", jobs)
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    errors = stderr_lines(result, "error")
    for kind in BINARIES:
        start = f"newsmd: error: {source / f'{kind}.txt'}: "
        assert len([line for line in errors if line.startswith(start)]) == 1, (kind, errors)
    assert len(errors) == len(BINARIES), result.stderr
    assert files_under(out) == expected
    assert result.stderr.splitlines()[-1].startswith(
        f"newsmd: {len(GOOD_SAMPLES)} converted, {len(BINARIES)} failed, "
    )


# --- 3. size ----------------------------------------------------------------------------

WORDS = ["ferry", "council", "harbour", "islanders", "noon", "budget", "mayor", "river", "quay"]


def random_words(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(WORDS) for _ in range(count)]


def text_of_size(size: int) -> bytes:
    """An article of about ``size`` bytes: a title and paragraphs of words."""
    paragraph = " ".join(random_words(150)) + ".\n\n"
    count = size // len(paragraph) + 1
    return ("Council sets the budget\n\n" + paragraph * count).encode()[:size]


def test_max_size_refuses_larger_file(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "big.txt"
    source.write_bytes(text_of_size(2 * 2**20))
    out = tmp_path / "out.md"
    result = run(runner, "--max-size", "1", source, "-o", out)
    assert_one_error_line(result, str(source), "1 MB", "--max-size")
    assert not out.exists()
    assert temporary_files(tmp_path) == []
    assert_one_error_line(run(runner, "--max-size", "1", source), str(source), "1 MB")


def test_max_size_accepts_smaller_file(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "half.txt"
    source.write_bytes(text_of_size(2**19))
    result = run(runner, "--max-size", "1", source)
    assert_converted(result)
    assert result.stdout.startswith("---\ntitle: Council sets the budget\n")


def test_max_size_exactly_at_the_limit_is_accepted(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "exact.txt"
    source.write_bytes(text_of_size(2**20))
    assert source.stat().st_size == 2**20
    assert_converted(run(runner, "--max-size", "1", source))
    source.write_bytes(text_of_size(2**20 + 1))
    assert_one_error_line(run(runner, "--max-size", "1", source), "--max-size")


def test_max_size_refuses_large_stdin(runner: CliRunner, tmp_path: Path) -> None:
    data = text_of_size(2 * 2**20)
    assert_one_error_line(run(runner, "--max-size", "1", "-", stdin=data), "<stdin>", "1 MB")
    out = tmp_path / "out.md"
    result = run(runner, "--max-size", "1", "-", "-o", out, stdin=data)
    assert_one_error_line(result, "1 MB")
    assert not out.exists()
    assert_converted(run(runner, "--max-size", "3", "-", stdin=data))


def test_max_size_in_a_batch_fails_only_the_large_file(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    expected = good_tree(source)
    big = source / "big.txt"
    big.write_bytes(text_of_size(2 * 2**20))
    out = tmp_path / "out"
    result = run(runner, "--max-size", "1", source, "-o", out, "-j", "1")
    assert result.exit_code == 1
    assert stderr_lines(result, "error") == [
        f"newsmd: error: {big}: is over the 1 MB --max-size (raise it to read this file)"
    ]
    assert files_under(out) == expected


def test_ten_megabyte_single_line(runner: CliRunner, tmp_path: Path) -> None:
    words = random_words(1_600_000)
    line = " ".join(words)
    assert len(line) > 10 * 2**20
    source = tmp_path / "line.txt"
    source.write_text(line, encoding="utf-8")
    result = run(runner, source)
    assert_converted(result)
    head, body = split_output(result.stdout)
    assert body.split() == words  # every word, in order
    assert yaml.safe_load(head)["word_count"] == len(words)


def test_a_million_blank_lines_around_a_paragraph(runner: CliRunner, tmp_path: Path) -> None:
    paragraph = "The last ferry left the quay at noon, and the council said it would not return."
    text = "\n" * 1_000_000 + "Ferry service ends\n\n" + paragraph + "\r\n" * 1_000_000
    source = tmp_path / "blank.txt"
    source.write_text(text, encoding="utf-8", newline="")
    result = run(runner, source)
    assert_converted(result)
    head, body = split_output(result.stdout)
    assert yaml.safe_load(head)["title"] == "Ferry service ends"
    assert paragraph in body
    assert "\n\n\n" not in result.stdout
    assert len(result.stdout) < 1000


PATHOLOGICAL = {
    "one-word-lines": lambda: "\n".join(
        f"{word}{i}" for i, word in enumerate(random_words(100_000))
    ),
    "punctuation": lambda: "!?.,;:-" * 200_000,
    "by-line": lambda: "By " + "A" * 5_000,
    "double-dashes": lambda: "-- " * 50_000,
    "letter-dots": lambda: "a. " * 100_000,
    "nested-quotes": lambda: ">" * 50_000,
    "stars": lambda: "*" * 100_000,
    "underscores": lambda: "_" * 100_000,
    "emphasis-pairs": lambda: "*_" * 50_000,
    "hashes": lambda: "#" * 1_000_000,
}


def expected_fragment(kind: str, text: str) -> str:
    """What of ``text`` must show in the output, lowercased, Markdown escapes removed."""
    if kind == "nested-quotes":
        return text[1:]  # the first ">" may be read as the quote's own mark
    if kind == "by-line":
        return text[3:].lower()  # an all-capitals name may be written in title case
    return text.strip().lower()


@pytest.mark.parametrize("where", ["alone", "in-an-article"])
@pytest.mark.parametrize("kind", list(PATHOLOGICAL))
def test_pathological_text_converts_keeping_every_word(kind: str, where: str) -> None:
    hostile = PATHOLOGICAL[kind]()
    text = (
        hostile
        if where == "alone"
        else f"Ferry service ends after 80 years\n\nThe last ferry left at noon on Friday, "
        f"carrying a handful of passengers.\n\n{hostile}\n\nOfficials said the service had "
        "run at a loss for a decade.\n"
    )
    conversion = convert_article(text, verify=True)  # VerificationError if it misreads
    output = conversion.text.replace("\\", "").lower()
    if kind == "one-word-lines":
        words_kept(hostile.split(), output)
    else:
        assert expected_fragment(kind, hostile) in output
    if where == "in-an-article":
        words_kept(["ferry", "passengers", "officials", "decade"], output)


# --- 4. characters ----------------------------------------------------------------------

ODD_TEXT = {
    "c0-controls": "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"),
    "c1-controls": "".join(chr(c) for c in range(0x80, 0xA0)),
    "unicode-line-breaks": "one\u2028two\u2029three\x85four",
    "arabic": "مرحبا بالعالم",
    "hebrew": "שלום עולם",
    "rtl-marks": "\u202bשלום\u202c \u200fעולם\u200e",
    "emoji": "😀 👍🏽 🇺🇳 🇫🇷",
    "zwj-sequences": "👩\u200d👩\u200d👧 🏳️\u200d🌈 👨\u200d💻",
    "combining-marks": "e\u0301te\u0301 n\u0303 a\u0308\u0304",
    "zero-width": "a\u200db\u200cc\u200bd\u2060e",
    "bom-in-the-middle": "mid\ufeffdle",
    "nbsp": "ten\u00a0km\u202fnorth",
    "lone-surrogates": b"caf\xe9 \xff\xfe".decode("utf-8", "surrogateescape"),
    "raw-surrogates": "\ud800x\udfff",
}
#: Characters the output never holds: controls, Unicode line breaks, invisible ones.
REMOVED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\u00a0\u200b\u2060]")
#: What must survive of each odd text (normalization rewrites only the characters above).
KEPT = {
    "arabic": ["مرحبا", "بالعالم"],
    "hebrew": ["שלום", "עולם"],
    "emoji": ["😀", "👍🏽", "🇺🇳", "🇫🇷"],
    "zwj-sequences": ["👩\u200d👩\u200d👧", "🏳️\u200d🌈", "👨\u200d💻"],
    "combining-marks": ["e\u0301te\u0301", "n\u0303", "a\u0308\u0304"],
    "zero-width": ["a\u200db\u200ccde"],
    "bom-in-the-middle": ["middle"],
    "nbsp": ["ten km north"],
    "unicode-line-breaks": ["one two three four"],
    "lone-surrogates": ["caf\udce9"],
}


def odd_article(odd: str) -> str:
    return (
        f"Ferry {odd} service ends\n\n"
        f"By Jane {odd} Doe\n\n"
        f"The last ferry{odd} left at noon on Friday, carrying a handful of passengers.\n\n"
        f"- first {odd} item\n- second item\n\n"
        f"> {odd} quoted\n\n"
        f"Officials {odd} said the service had run at a loss.\n"
    )


@pytest.mark.parametrize("kind", list(ODD_TEXT))
def test_odd_characters(kind: str) -> None:
    odd = ODD_TEXT[kind]
    for text in (odd_article(odd), odd, f"{odd}\n\n{odd}"):
        article = newsmd.parse(text)
        try:
            conversion = convert_article(text, verify=True)  # the body reads back
        except newsmd.InputError:
            assert not REMOVED.sub("", text).strip(), text  # only when nothing is left
            continue
        head, _ = split_output(conversion.text)
        assert (yaml.safe_load(head) or {}) == front_matter_values(conversion.article)
        assert article == conversion.article
        assert not REMOVED.search(conversion.text), REMOVED.search(conversion.text)
    output = convert_article(odd_article(odd), verify=True).text
    words_kept(["ferry", "service", "ends", "passengers", "first", "quoted", "officials"], output)
    for kept in KEPT.get(kind, []):
        assert kept in output, (kept, output)


def test_odd_characters_through_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    odd = "".join(v for k, v in ODD_TEXT.items() if "surrogates" not in k and "c0" not in k)
    text = odd_article(odd) + "\x01 a bell\x07 and an escape\x1b[0m in a line.\n"
    source = tmp_path / "odd.txt"
    source.write_bytes(text.encode("utf-8"))
    result = run(runner, source)
    assert_converted(result)
    assert result.stdout == newsmd.convert(text)
    assert not REMOVED.search(result.stdout)
    for kept in ["مرحبا", "שלום", "👩\u200d👩\u200d👧", "🇺🇳", "e\u0301te\u0301", "[0m"]:
        assert kept in result.stdout


# --- 5. files and folders ---------------------------------------------------------------


@skip_as_root
def test_unreadable_input(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    expected = good_tree(source)
    secret = source / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    secret.chmod(0)
    try:
        assert_one_error_line(run(runner, secret), str(secret), "permission denied")
        out = tmp_path / "out"
        result = run(runner, source, "-o", out, "-j", "1")
        assert result.exit_code == 1
        assert "Traceback" not in result.stderr
        assert stderr_lines(result, "error") == [f"newsmd: error: {secret}: permission denied"]
        assert files_under(out) == expected
    finally:
        secret.chmod(0o644)


@skip_as_root
def test_read_only_output_directory(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    good_tree(source)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = run(runner, source, "-o", out, "-j", "1")
        assert result.exit_code == 1
        assert "Traceback" not in result.stderr
        errors = stderr_lines(result, "error")
        assert len(errors) == len(GOOD_SAMPLES), result.stderr
        assert all("cannot write" in line for line in errors), errors
        single = run(runner, source / "lists.txt", "-o", out / "lists.md")
        assert_one_error_line(single, str(out / "lists.md"), "cannot write")
        assert list(out.iterdir()) == []
    finally:
        out.chmod(0o755)


def test_missing_output_directory_for_one_file(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "missing" / "x.md"
    assert_one_error_line(run(runner, source, "-o", target), "missing", "does not exist")
    assert not (tmp_path / "missing").exists()


def test_output_file_that_is_a_directory_in_a_batch(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    expected = good_tree(source)
    out = tmp_path / "out"
    (out / "lists.md").mkdir(parents=True)
    result = run(runner, source, "-o", out, "-j", "1")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert stderr_lines(result, "error") == [f"newsmd: error: {out / 'lists.md'}: is a directory"]
    del expected["lists.md"]
    assert files_under(out) == expected


def test_output_directory_for_one_file_takes_its_name(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = run(runner, source, "-o", out)
    assert_converted(result)
    assert (out / "a.md").read_text(encoding="utf-8") == newsmd.convert(ARTICLE)


@pytest.mark.parametrize("second", ["a.txt", "./a.txt", "sub/../a.txt"])
def test_input_given_twice_is_converted_once(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, second: str
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run(runner, "a.txt", second, "-o", "out", "-j", "1")
    assert_converted(result)
    assert stderr_lines(result, "skipped") == [f"newsmd: skipped: {second}: given more than once"]
    assert files_under(tmp_path / "out") == {"a.md": newsmd.convert(ARTICLE).encode()}
    assert result.stderr.splitlines()[-1].startswith("newsmd: 1 converted, 1 skipped, 0 failed")


def test_a_hard_link_to_an_input_given_is_the_same_input(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
    (tmp_path / "x" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.link(tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt")
    monkeypatch.chdir(tmp_path)
    result = run(runner, "x/a.txt", "y/a.txt", "-o", "out", "-j", "1")
    assert_converted(result)
    assert stderr_lines(result, "skipped") == ["newsmd: skipped: y/a.txt: given more than once"]
    assert files_under(tmp_path / "out") == {"a.md": newsmd.convert(ARTICLE).encode()}


def make_links(root: Path) -> dict[str, Path]:
    """An input tree with every kind of link, and a folder outside it."""
    source, outside = root / "in", root / "outside"
    expected = good_tree(source)
    (outside / "deep").mkdir(parents=True)
    shutil.copyfile(SAMPLES / "wire-dateline.txt", outside / "far.txt")
    shutil.copyfile(SAMPLES / "date-line.txt", outside / "deep" / "deeper.txt")
    (source / "sub").mkdir()
    links = {
        "loop": source / "sub" / "loop",  # back up to the top of the tree
        "out-file": source / "linked-far.txt",
        "dir": source / "linked-dir",
        "dangling": source / "dangling.txt",
        "inside": source / "sub" / "inside.txt",
    }
    links["loop"].symlink_to("..", target_is_directory=True)
    links["out-file"].symlink_to(outside / "far.txt")
    links["dir"].symlink_to(outside, target_is_directory=True)
    links["dangling"].symlink_to(source / "nowhere.txt")
    links["inside"].symlink_to(source / "lists.txt")
    assert set(expected) == {f"{name}.md" for name in GOOD_SAMPLES}
    return links


@needs_symlinks
def test_links_without_follow_symlinks(runner: CliRunner, tmp_path: Path) -> None:
    links = make_links(tmp_path)
    out = tmp_path / "out"
    result = run(runner, tmp_path / "in", "-o", out, "-j", "1")
    assert result.exit_code == 1  # the dangling link
    assert "Traceback" not in result.stderr
    assert stderr_lines(result, "error") == [
        f"newsmd: error: {links['dangling']}: no such file"
    ]  # fmt: skip
    assert sorted(stderr_lines(result, "skipped")) == sorted(
        [
            f"newsmd: skipped: {links['dir']}: a symbolic link to a directory (--follow-symlinks)",
            f"newsmd: skipped: {links['loop']}: a symbolic link to a directory (--follow-symlinks)",
            f"newsmd: skipped: {links['out-file']}: "
            "a symbolic link out of the input tree (--follow-symlinks)",
        ]
    )
    written = files_under(out)
    assert sorted(written) == sorted([f"{name}.md" for name in GOOD_SAMPLES] + ["sub/inside.md"])
    assert written["sub/inside.md"] == written["lists.md"]


@needs_symlinks
def test_links_with_follow_symlinks(runner: CliRunner, tmp_path: Path) -> None:
    links = make_links(tmp_path)
    out = tmp_path / "out"
    result = run(runner, "--follow-symlinks", tmp_path / "in", "-o", out, "-j", "1")
    assert result.exit_code == 1  # the dangling link
    assert "Traceback" not in result.stderr
    assert stderr_lines(result, "error") == [
        f"newsmd: error: {links['dangling']}: no such file"
    ]  # fmt: skip
    assert stderr_lines(result, "skipped") == [
        f"newsmd: skipped: {links['loop']}: a directory already read through a symbolic link "
        "(a loop or a second link)"
    ]
    assert sorted(files_under(out)) == sorted(
        [f"{name}.md" for name in GOOD_SAMPLES]
        + ["linked-dir/deep/deeper.md", "linked-dir/far.md", "linked-far.md", "sub/inside.md"]
    )


@needs_symlinks
def test_links_named_on_their_own(runner: CliRunner, tmp_path: Path) -> None:
    links = make_links(tmp_path)
    far = run(runner, links["out-file"])  # naming a link is asking for it to be read
    assert_converted(far)
    assert far.stdout == newsmd.convert(sample_text("wire-dateline"))
    assert_one_error_line(run(runner, links["dangling"]), str(links["dangling"]), "no such file")
    out = tmp_path / "out.md"
    assert_one_error_line(run(runner, links["dangling"], "-o", out), "no such file")
    assert not out.exists()


@needs_symlinks
@pytest.mark.parametrize("follow", [[], ["--follow-symlinks"]], ids=["plain", "follow"])
def test_loop_of_directory_links_does_not_hang(
    runner: CliRunner, tmp_path: Path, follow: list[str]
) -> None:
    source = tmp_path / "in"
    good_tree(source)
    (source / "a").mkdir()
    (source / "a" / "to-b").symlink_to(source / "b", target_is_directory=True)
    (source / "b").mkdir()
    (source / "b" / "to-a").symlink_to(source / "a", target_is_directory=True)
    (source / "b" / "to-top").symlink_to(source, target_is_directory=True)
    out = tmp_path / "out"
    result = run(runner, *follow, source, "-o", out, "-j", "1")
    assert_converted(result)
    assert sorted(files_under(out)) == sorted(f"{name}.md" for name in GOOD_SAMPLES)
    # three links to directories: not entered, or (followed) already read
    assert len(stderr_lines(result, "skipped")) == 3, result.stderr


@needs_symlinks
@pytest.mark.parametrize("shape", ["self", "pair"])
def test_loop_of_file_links_fails_only_that_entry(
    runner: CliRunner, tmp_path: Path, shape: str
) -> None:
    source = tmp_path / "in"
    expected = good_tree(source)
    loop = source / "loop.txt"
    if shape == "self":
        loop.symlink_to("loop.txt")
    else:
        loop.symlink_to("other.txt")
        (source / "other.txt").symlink_to("loop.txt")
    out = tmp_path / "out"
    result = run(runner, source, "-o", out, "-j", "1")
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr  # actual: "in: internal error (RuntimeError..."
    named = [line for line in result.stderr.splitlines() if "loop.txt" in line]
    assert len(named) == 1, result.stderr
    assert files_under(out) == expected


def write_named(directory: Path, name: bytes, data: bytes) -> str:
    """Create ``directory/name`` with a byte name; the path as newsmd's arguments take it."""
    path = os.path.join(os.fsencode(str(directory)), name)
    with open(path, "wb") as stream:
        stream.write(data)
    return os.fsdecode(path)


ODD_NAMES = [b"with space.txt", b"new\nline.txt", b"caf\xe9.txt", b"tab\tand\xff\xfe.txt"]


@linux_only
def test_odd_file_names_in_a_batch(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name in ODD_NAMES:
        write_named(source, name, ARTICLE.encode())
    out = tmp_path / "out"
    result = run(runner, source, "-o", out, "-j", "2")
    assert_converted(result)
    assert sorted(os.listdir(os.fsencode(str(out)))) == sorted(
        name[: -len(b".txt")] + b".md" for name in ODD_NAMES
    )
    for name in ODD_NAMES:
        target = os.path.join(os.fsencode(str(out)), name[: -len(b".txt")] + b".md")
        with open(target, "rb") as stream:
            assert stream.read() == newsmd.convert(ARTICLE).encode()


@linux_only
@pytest.mark.parametrize("name", ODD_NAMES, ids=["space", "newline", "latin-1", "tab-ff-fe"])
def test_odd_file_name_single(runner: CliRunner, tmp_path: Path, name: bytes) -> None:
    path = write_named(tmp_path, name, ARTICLE.encode())
    result = run(runner, path)
    assert_converted(result)
    assert result.stdout == newsmd.convert(ARTICLE)
    out = tmp_path / "out"
    out.mkdir()
    assert_converted(run(runner, path, "-o", out))
    assert os.listdir(os.fsencode(str(out))) == [name[: -len(b".txt")] + b".md"]


@linux_only
@pytest.mark.parametrize("name", [b"bad\xe9.txt", b"bad \xff.txt"], ids=["latin-1", "ff"])
def test_messages_naming_undecodable_file_names(
    runner: CliRunner, tmp_path: Path, name: bytes
) -> None:
    binary = write_named(tmp_path, name, b"\x00\x01\x02")
    assert_one_error_line(run(runner, binary), "bad", ".txt: binary data")
    legacy = write_named(tmp_path, b"legacy-" + name, FRENCH.encode("cp1252"))
    result = run(runner, legacy)
    assert_converted(result)
    assert len(stderr_lines(result, "warning")) == 1
    # in a batch: the error, the warning and a skip note all name such files
    source = tmp_path / "in"
    source.mkdir()
    write_named(source, name, b"\x00\x01\x02")
    write_named(source, b"legacy-" + name, FRENCH.encode("cp1252"))
    os.symlink(legacy, os.path.join(os.fsencode(str(source)), b"link-" + name))
    result = run(runner, source, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert len(stderr_lines(result, "error")) == 1
    assert len(stderr_lines(result, "warning")) == 1
    assert len(stderr_lines(result, "skipped")) == 1


@linux_only
def test_undecodable_file_names_in_a_real_process(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    write_named(source, b"good\xe9.txt", ARTICLE.encode())
    write_named(source, b"bad\xe9.txt", b"\x00\x01\x02")
    for locale in ("C.UTF-8", "C"):
        out = tmp_path / f"out-{locale}"
        env = {key: value for key, value in os.environ.items() if key != "PYTHONIOENCODING"}
        env["LC_ALL"] = locale
        completed = subprocess.run(
            [sys.executable, "-m", "newsmd", "convert", str(source), "-o", str(out), "-j", "1"],
            capture_output=True,
            check=False,
            timeout=60,
            env=env,
        )
        assert completed.returncode == 1, completed.stderr
        assert b"Traceback" not in completed.stderr
        lines = completed.stderr.splitlines()
        assert len(lines) == 2, completed.stderr
        assert lines[0].startswith(b"newsmd: error: ")
        assert b"bad" in lines[0]
        assert b": binary data (NUL bytes), not text" in lines[0]
        assert lines[1].startswith(b"newsmd: 1 converted, 1 failed, ")
        assert os.listdir(os.fsencode(str(out))) == [b"good\xe9.md"]


@linux_only
def test_error_naming_a_file_with_a_newline_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    path = write_named(tmp_path, b"bad\nname.txt", b"\x00\x01\x02")
    assert_one_error_line(run(runner, path), "bad\\nname.txt: binary data")


@linux_only
def test_error_shows_undecodable_name_bytes_as_escapes(runner: CliRunner, tmp_path: Path) -> None:
    path = write_named(tmp_path, b"caf\xe9.txt", b"\x00\x01\x02")
    assert_one_error_line(run(runner, path), "caf\\xe9.txt: binary data")


# --- 6. no traceback, unless --debug ----------------------------------------------------


def plant_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("planted bug")

    monkeypatch.setattr("newsmd.api.segment", broken)


def test_bug_without_debug_is_one_line(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in"
    good_tree(source)
    plant_bug(monkeypatch)
    single = source / "lists.txt"
    line = assert_one_error_line(run(runner, single), str(single), "internal error")
    assert "RuntimeError: planted bug" in line
    assert "--debug" in line
    result = run(runner, source, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert len(stderr_lines(result, "error")) == len(GOOD_SAMPLES)


@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_bug_with_debug_propagates(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: bool
) -> None:
    source = tmp_path / "in"
    good_tree(source)
    plant_bug(monkeypatch)
    args = [source, "-o", tmp_path / "out", "-j", "1"] if batch else [source / "lists.txt"]
    result = run(runner, "--debug", *args)
    assert isinstance(result.exception, RuntimeError)
    assert str(result.exception) == "planted bug"
    assert result.exc_info is not None
    assert "newsmd: error:" not in result.stderr


PLANTED = """\
import sys
import newsmd.api

def broken(*args, **kwargs):
    raise RuntimeError("planted bug")

newsmd.api.segment = broken
from newsmd.__main__ import main
sys.argv = ["newsmd", *sys.argv[1:]]
main()
"""


def test_debug_shows_the_traceback_in_a_real_process(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    outcomes = {}
    for flags in ([], ["--debug"]):
        outcomes[bool(flags)] = subprocess.run(
            [sys.executable, "-c", PLANTED, "convert", *flags, str(source)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    plain, debug = outcomes[False], outcomes[True]
    assert plain.returncode == 1
    assert "Traceback" not in plain.stderr
    assert plain.stderr.count("\n") == 1
    assert "internal error (RuntimeError: planted bug)" in plain.stderr
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr
    assert debug.stderr.rstrip().endswith("RuntimeError: planted bug")


# --- 7. determinism ---------------------------------------------------------------------


@pytest.fixture
def samples_copy(tmp_path: Path) -> Path:
    source = tmp_path / "in"
    source.mkdir()
    for name in SAMPLE_NAMES:
        shutil.copyfile(SAMPLES / f"{name}.txt", source / f"{name}.txt")
    return source


def test_converting_twice_with_force_gives_identical_bytes(
    runner: CliRunner, tmp_path: Path, samples_copy: Path
) -> None:
    out = tmp_path / "out"
    first = run(runner, samples_copy, "-o", out)
    assert_converted(first)
    before = files_under(out)
    assert len(before) == len(SAMPLE_NAMES)
    second = run(runner, samples_copy, "-o", out, "--force", "-j", "1")
    assert_converted(second)
    assert files_under(out) == before
    assert temporary_files(out) == []


def newsmd_process(args: list[str], seed: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    completed = subprocess.run(
        [sys.executable, "-m", "newsmd", *args],
        capture_output=True,
        check=False,
        timeout=120,
        env=env,
    )
    assert completed.returncode == 0, completed.stderr
    return completed


def test_deterministic_across_processes(tmp_path: Path, samples_copy: Path) -> None:
    sample = str(samples_copy / "feature-with-dek-byline-bio.txt")
    first = newsmd_process(["convert", sample], "1")
    second = newsmd_process(["convert", sample], "2")
    assert first.stdout == second.stdout
    assert first.stdout.startswith(b"---\ntitle: ")
    trees = []
    for seed in ("3", "4"):
        out = tmp_path / f"out-{seed}"
        newsmd_process(["convert", str(samples_copy), "-o", str(out), "-j", "2"], seed)
        trees.append(files_under(out))
    assert trees[0] == trees[1]
    assert len(trees[0]) == len(SAMPLE_NAMES)
