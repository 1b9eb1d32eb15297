"""The README and docstrings tell the truth: examples match real output, every
command is documented, and the package doctest runs."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import newsmd
from newsmd.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_package_doctest_passes() -> None:
    failures, tried = doctest.testmod(newsmd)
    assert tried > 0
    assert failures == 0


def test_readme_example_output_is_the_real_output() -> None:
    match = re.search(r"<!-- example-output: (\S+) -->\n```markdown\n(.*?)```\n", README, re.S)
    assert match, "README lost its example-output block"
    sample = ROOT / match.group(1)
    result = CliRunner().invoke(cli, ["convert", str(sample.with_suffix(".txt"))])
    assert result.exit_code == 0
    assert match.group(2) == result.stdout


def test_readme_setup_commands_name_real_files() -> None:
    for sample in re.findall(r"newsmd convert (samples/\S+\.txt)", README):
        assert (ROOT / sample).is_file(), sample
    assert ".venv/bin/python -m pytest" in README


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_in_readme(name: str) -> None:
    command = cli.commands[name]
    assert isinstance(command, click.Command)
    assert command.help
    assert f"newsmd {name}" in README


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_option_is_in_readme(name: str) -> None:
    for param in cli.commands[name].params:
        if isinstance(param, click.Option) and param.name not in {"help"}:
            assert any(opt in README for opt in param.opts), (name, param.opts)


def test_readme_python_api_example_runs() -> None:
    start = README.index("```python\nimport newsmd")
    code = README[start + len("```python\n") : README.index("```", start + 3)]
    text = (ROOT / "samples" / "feature-with-dek-byline-bio.txt").read_text(encoding="utf-8")
    printed: list[tuple[object, ...]] = []
    exec(code, {"text": text, "print": lambda *args: printed.append(args)})
    assert printed, "the example prints the classification"
    assert printed[0][0] == 1
