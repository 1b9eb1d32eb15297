"""The command line: argument handling, messages and exit codes only.

Exit status: 0 on success, 1 when an input cannot be converted or an output
cannot be written, 2 for usage errors. Standard output carries only the
requested output; messages go to standard error.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .api import convert_article, parse_article
from .classify import ParseOptions
from .errors import NewsmdError
from .files import check_writable, read_text, write_atomic
from .languages import LANGUAGES
from .model import ParseWarning
from .render import RenderOptions

F = TypeVar("F", bound=Callable[..., Any])


class CommandError(click.ClickException):
    """A one-line failure on standard error, exit status 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"newsmd: error: {self.message}", err=True)


def _reported(command: F) -> F:
    """Turn errors into one line naming the input; with --debug, show the traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        label = _label(kwargs.get("input_path", "-"))
        try:
            return command(*args, **kwargs)
        except NewsmdError as error:
            if kwargs.get("debug"):
                raise
            raise CommandError(f"{error.subject or label}: {error}") from None
        except (click.ClickException, click.exceptions.Exit, KeyboardInterrupt):
            raise
        except Exception as error:
            if kwargs.get("debug"):
                raise
            raise CommandError(
                f"{label}: internal error ({type(error).__name__}: {error}); "
                "rerun with --debug and report it"
            ) from None

    return wrapper  # type: ignore[return-value]


_READING_OPTIONS = (
    click.option("--dayfirst", is_flag=True, help="Read 03/04/2013 as 3 April."),
    click.option("--year", type=click.IntRange(1, 9999), help="Year for dates given without one."),
    click.option(
        "--lang",
        type=click.Choice([language.code for language in LANGUAGES]),
        help="The text's language, instead of detecting it.",
    ),
    click.option(
        "--now",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        help="Reference date (YYYY-MM-DD): a yearless date takes the latest year not after it.",
    ),
    click.option(
        "--keep-boilerplate",
        is_flag=True,
        help="Keep share prompts, ads and end marks in the body.",
    ),
    click.option("--encoding", metavar="NAME", help="Decode the input as NAME instead of UTF-8."),
    click.option("--debug", is_flag=True, help="Show a traceback on errors."),
)


def _reading_options(command: F) -> F:
    """Add the options on how input is read; the command gets ``parse_options``."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        now = kwargs.pop("now")
        kwargs["parse_options"] = ParseOptions(
            dayfirst=kwargs.pop("dayfirst"),
            keep_boilerplate=kwargs.pop("keep_boilerplate"),
            year=kwargs.pop("year"),
            lang=kwargs.pop("lang"),
            now=now.date() if now else None,
        )
        return command(*args, **kwargs)

    for option in reversed(_READING_OPTIONS):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def _report_warnings(article_warnings: tuple[ParseWarning, ...], label: str, quiet: bool) -> None:
    """One line on standard error per warning, unless ``quiet``."""
    if quiet:
        return
    for warning in article_warnings:
        click.echo(f"newsmd: warning: {label}:{warning.line}: {warning.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="newsmd")
def cli() -> None:
    """Turn raw plain-text news articles into Markdown with front matter."""


@cli.command()
@click.argument("input_path", metavar="INPUT")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=True, path_type=Path), help="Write to this file."
)
@click.option("-f", "--force", is_flag=True, help="Overwrite an existing output file.")
@click.option(
    "--title-in-body/--no-title-in-body", default=True, show_default=True,
    help="Open the body with '# Title' and the subtitle.",
)  # fmt: skip
@click.option(
    "--bio-in-body/--no-bio-in-body", default=True, show_default=True,
    help="Close the body with the author bio after a rule.",
)  # fmt: skip
@click.option(
    "--verify/--no-verify", default=True, show_default=True,
    help="Read the Markdown back with markdown-it-py and fail if it does not show the text.",
)  # fmt: skip
@click.option("-q", "--quiet", is_flag=True, help="Do not print warnings about the input.")
@_reading_options
@_reported
def convert(
    input_path: str, output: Path | None, force: bool, title_in_body: bool, bio_in_body: bool,
    verify: bool, quiet: bool, parse_options: ParseOptions, encoding: str | None, debug: bool,
) -> None:  # fmt: skip
    """Convert INPUT (a file, or - for standard input) to Markdown.

    The Markdown goes to standard output, or to the file given with -o.
    Warnings about damage in the input go to standard error.
    """
    if output is not None:
        check_writable(output, (input_path,), force=force)
    conversion = convert_article(
        read_text(input_path, encoding),
        parse_options,
        RenderOptions(title_in_body=title_in_body, bio_in_body=bio_in_body),
        verify=verify,
    )
    if output is None:
        click.echo(conversion.markdown, nl=False)
    else:
        write_atomic(output, conversion.markdown)
    _report_warnings(conversion.article.warnings, _label(input_path), quiet)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@_reading_options
@_reported
def inspect(
    input_path: str, parse_options: ParseOptions, encoding: str | None, debug: bool
) -> None:
    """Show how each block of INPUT was classified, by which rule and why."""
    from .inspect_view import show  # noqa: PLC0415 - rich loads only here

    show(parse_article(read_text(input_path, encoding), parse_options), _label(input_path))


def _label(input_path: str) -> str:
    """How messages name an input."""
    return "<stdin>" if input_path == "-" else input_path
