"""The command line: argument handling, messages and exit codes only.

Exit status: 0 on success, 1 when an input cannot be converted or an output
cannot be written, 2 for usage errors. Standard output carries only the
requested output; messages go to standard error.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .classify import ParseOptions
from .errors import NewsmdError, one_line
from .files import DEFAULT_MAX_SIZE, ReadOptions, read_input
from .frontmatter import FORMATS
from .languages import LANGUAGES
from .model import ParseWarning
from .plan import is_single
from .profiles import PROFILES
from .reading import input_warnings
from .render import RenderOptions, options_for

if TYPE_CHECKING:
    from .plan import Candidate, Job

F = TypeVar("F", bound=Callable[..., Any])


class CommandError(click.ClickException):
    """A one-line failure on standard error, exit status 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"newsmd: error: {one_line(self.message)}", err=True)


def _reported(command: F) -> F:
    """Turn errors into one line naming the input; with --debug, show the traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        inputs = kwargs.get("inputs") or (kwargs.get("input_path", "-"),)
        label = _label(inputs[0]) if len(inputs) == 1 else "newsmd"
        try:
            return command(*args, **kwargs)
        except NewsmdError as error:
            if kwargs.get("debug"):
                raise
            raise CommandError(f"{error.subject or label}: {error}") from None
        except (click.ClickException, click.exceptions.Exit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as cat does
            _silence_stdout()
            raise click.exceptions.Exit(SIGPIPE_STATUS) from None
        except Exception as error:
            if kwargs.get("debug"):
                raise
            raise CommandError(
                f"{label}: internal error ({type(error).__name__}: {error}); "
                "rerun with --debug and report it"
            ) from None

    return wrapper  # type: ignore[return-value]


#: The exit status of a program stopped by a closed pipe (128 + SIGPIPE).
SIGPIPE_STATUS = 141


def _silence_stdout() -> None:
    """Point standard output at the null device so that flushing it at exit cannot fail."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())


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
    click.option(
        "--encoding",
        metavar="NAME",
        help="Decode inputs as NAME  [default: UTF-8, a byte-order mark's, or detected]",
    ),
    click.option(
        "--max-size",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_SIZE // 2**20,
        show_default=True,
        metavar="MB",
        help="Refuse inputs larger than this many megabytes.",
    ),
    click.option("--debug", is_flag=True, help="Show a traceback on errors."),
)


def _reading_options(command: F) -> F:
    """Add the options on how input is read; the command gets ``parse_options``."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        now = kwargs.pop("now")
        kwargs["reading"] = ReadOptions(kwargs.pop("encoding"), kwargs.pop("max_size") * 2**20)
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


_OUTPUT_OPTIONS = (
    click.option(
        "--profile", type=click.Choice(list(PROFILES)), default="newsmd", show_default=True,
        help="Front matter keys and layout for a tool (see the README's table).",
    ),
    click.option(
        "--front-matter", type=click.Choice(FORMATS),
        help="Front matter format  [default: the profile's]",
    ),
    click.option(
        "--format", "output_format", type=click.Choice(["markdown", "json"]),
        default="markdown", show_default=True,
        help="json: the parsed article (fields, body, every block's rule and reason).",
    ),
    click.option(
        "--wrap", type=click.IntRange(min=0), default=0, metavar="N",
        help="Hard-wrap paragraphs at N columns (0: one line each).",
    ),
    click.option("--source", metavar="NAME", help="Set the source (agency, publication)."),
    click.option("--url", metavar="URL", help="Add the article's URL to the front matter."),
    click.option("--tag", "tags", multiple=True, metavar="TAG", help="Add a tag (repeatable)."),
    click.option(
        "--title-in-body/--no-title-in-body", default=None,
        help="Open the body with '# Title' and the subtitle  [default: the profile's]",
    ),
    click.option(
        "--bio-in-body/--no-bio-in-body", default=None,
        help="Close the body with the author bio after a rule  [default: the profile's]",
    ),
)  # fmt: skip


def _output_options(command: F) -> F:
    """Add the options on what is written; the command gets ``render_options``."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["render_options"] = options_for(
            kwargs.pop("profile"),
            title_in_body=kwargs.pop("title_in_body"),
            bio_in_body=kwargs.pop("bio_in_body"),
            front_matter=kwargs.pop("front_matter"),
            wrap=kwargs.pop("wrap"),
            url=kwargs.pop("url"),
            tags=kwargs.pop("tags"),
            source=kwargs.pop("source"),
            output_format=kwargs.pop("output_format"),
        )
        return command(*args, **kwargs)

    for option in reversed(_OUTPUT_OPTIONS):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def _report_warnings(article_warnings: tuple[ParseWarning, ...], label: str, quiet: bool) -> None:
    """One line on standard error per warning, unless ``quiet``."""
    if quiet:
        return
    for warning in article_warnings:
        click.echo(
            f"newsmd: warning: {one_line(label)}:{warning.line}: {warning.message}", err=True
        )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="newsmd")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="Read settings from FILE instead of the nearest newsmd.toml or pyproject.toml.",
)  # fmt: skip
@click.option("--no-config", is_flag=True, help="Read no configuration file.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, no_config: bool) -> None:
    """Turn raw plain-text news articles into Markdown with front matter.

    Settings are read from newsmd.toml, or [tool.newsmd] in pyproject.toml,
    found from the current directory upwards; options given here win.
    """
    from .config import ConfigError, default_map, find_config, read_config  # noqa: PLC0415

    if config_path is not None and no_config:
        raise click.UsageError("--config and --no-config exclude each other")
    try:
        path = None if no_config else config_path or find_config(Path.cwd())
        if path is not None:
            ctx.default_map = default_map(read_config(path), cli, path)
    except ConfigError as error:
        raise ConfigUsageError(f"{error.subject}: {error}") from None
    ctx.meta["newsmd.config"] = path


class ConfigUsageError(click.UsageError):
    """A bad configuration file: one line, exit status 2."""

    def show(self, file: Any = None) -> None:
        click.echo(f"newsmd: error: {one_line(self.message)}", err=True)


@cli.command()
@click.argument("inputs", metavar="INPUT...", nargs=-1)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path),
    help="Output file; with several inputs or a directory, the output directory.",
)  # fmt: skip
@click.option(
    "--glob", "pattern", default="*.txt", show_default=True, metavar="PATTERN",
    help="Which files to take from directories.",
)  # fmt: skip
@click.option(
    "--files-from", type=click.Path(allow_dash=True, dir_okay=False), metavar="FILE",
    help="Also convert the paths listed in FILE (- for standard input), one per line.",
)  # fmt: skip
@click.option("--null", is_flag=True, help="Paths in --files-from are NUL-separated.")
@click.option(
    "--jsonl-in", type=click.Path(allow_dash=True, dir_okay=False), metavar="FILE",
    help="Read articles as JSON Lines records from FILE (- for standard input).",
)  # fmt: skip
@click.option(
    "--jsonl-out", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path),
    metavar="FILE", help="With --jsonl-in: write the records to FILE  [default: -]",
)  # fmt: skip
@click.option("--id-field", default="id", show_default=True, help="The records' id field.")
@click.option("--text-field", default="text", show_default=True, help="The records' text field.")
@click.option(
    "--follow-symlinks", is_flag=True,
    help="Follow symbolic links out of the input tree and to directories.",
)  # fmt: skip
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), metavar="N",
    help="Worker processes  [default: the number of CPUs]",
)  # fmt: skip
@click.option("-f", "--force", is_flag=True, help="Overwrite existing output files.")
@click.option("--update", is_flag=True, help="Convert only inputs newer than their output.")
@click.option("--dry-run", is_flag=True, help="Show what would be written; write nothing.")
@click.option("--fail-fast", is_flag=True, help="Start no new file after a failure.")
@click.option(
    "--report", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="Write one JSON line per input (status, error, warnings, fields) to FILE.",
)  # fmt: skip
@click.option(
    "--verify/--no-verify", default=False, show_default=True,
    help="Read the Markdown back with markdown-it-py and fail if it does not show the text.",
)  # fmt: skip
@click.option("-q", "--quiet", is_flag=True, help="Print no warnings, progress or summary.")
@_output_options
@_reading_options
@_reported
def convert(
    inputs: tuple[str, ...], output: Path | None, pattern: str, files_from: str | None,
    null: bool, jsonl_in: str | None, jsonl_out: Path | None, id_field: str, text_field: str,
    follow_symlinks: bool, jobs: int | None, force: bool, update: bool,
    dry_run: bool, fail_fast: bool,
    report: Path | None, verify: bool, quiet: bool, render_options: RenderOptions,
    parse_options: ParseOptions, reading: ReadOptions, debug: bool,
) -> None:  # fmt: skip
    """Convert INPUT files and directories to Markdown.

    \b
    One file (or - for standard input) goes to standard output, or to the
    file given with -o. Several inputs, directories (walked recursively for
    --glob) and --files-from lists go into the directory given with -o,
    mirroring the input tree (.txt becomes .md), in parallel.
    Warnings about damage in the input go to standard error.
    """
    if jsonl_in is not None:
        if inputs or files_from is not None:
            raise click.UsageError("--jsonl-in takes no INPUT and no --files-from")
        from .jsonl import JsonlSettings, run_jsonl  # noqa: PLC0415 - JSON Lines loads here

        records = JsonlSettings(parse_options, render_options, id_field, text_field, verify)
        status = run_jsonl(jsonl_in, jsonl_out, records, jobs or 1, force)
        click.get_current_context().exit(status)
    if not inputs and files_from is None:
        raise click.UsageError("give an INPUT file or directory, or --files-from FILE")
    if is_single(inputs, files_from) and output is None:
        if update or dry_run or report is not None:
            raise click.UsageError("--update, --dry-run and --report need -o")
        _convert_to_stdout(inputs[0], parse_options, render_options, verify, quiet, reading)
        return
    from .batch import Settings, default_workers  # noqa: PLC0415 - batch machinery loads here
    from .batch_view import BatchRequest, run_batch  # noqa: PLC0415

    single = is_single(inputs, files_from)
    settings = Settings(
        parse_options, render_options, verify, reading, force, update, dry_run, debug,
        make_directories=not single, with_fields=report is not None,
    )  # fmt: skip
    request = BatchRequest(
        workers=jobs or default_workers(), quiet=quiet, fail_fast=fail_fast, report=report,
        force=force, summary=not single,
    )  # fmt: skip
    candidates = _candidates(inputs, output, pattern, files_from, null, follow_symlinks)
    total = sum(1 for _ in candidates())
    suffix = ".json" if render_options.output_format == "json" else ".md"
    planned = _jobs(inputs, files_from, output, candidates, suffix)
    click.get_current_context().exit(run_batch(planned, total, settings, request))


def _convert_to_stdout(
    input_path: str, parse_options: ParseOptions, render_options: RenderOptions,
    verify: bool, quiet: bool, reading: ReadOptions,
) -> None:  # fmt: skip
    """Convert one input and print the Markdown."""
    from .api import convert_article  # noqa: PLC0415 - the parser loads when it is needed

    decoded = read_input(input_path, reading)
    conversion = convert_article(decoded.text, parse_options, render_options, verify=verify)
    click.echo(conversion.text, nl=False)
    warnings = input_warnings(decoded) + conversion.article.warnings
    _report_warnings(warnings, _label(input_path), quiet)


def _candidates(
    inputs: tuple[str, ...], output: Path | None, pattern: str, files_from: str | None,
    null: bool, follow_symlinks: bool,
) -> Callable[[], Iterator[Candidate]]:  # fmt: skip
    """The inputs of a run that writes files, as a function that lists them afresh.

    Usage errors are raised here, before anything is read or written.
    """
    from .plan import from_arguments, from_list  # noqa: PLC0415

    if output is None:
        raise click.UsageError("several inputs or a directory need -o DIR")
    if not is_single(inputs, files_from) and output.exists() and not output.is_dir():
        raise click.UsageError(f"-o {output}: not a directory (several inputs go into one)")
    if "-" in inputs and not is_single(inputs, files_from):
        raise click.UsageError("- (standard input) can only be converted on its own")
    if inputs == ("-",) and output.is_dir():
        raise click.UsageError("standard input has no name to give its output: use -o FILE")
    listed = _listed_paths(files_from, null) if files_from is not None else []
    return lambda: chain(
        from_arguments(inputs, pattern, skip=output, follow_symlinks=follow_symlinks),
        from_list(listed),
    )


def _listed_paths(files_from: str, null: bool) -> list[str]:
    """The paths listed in the ``--files-from`` file, as the file system names them."""
    from .files import read_bytes  # noqa: PLC0415
    from .plan import read_list  # noqa: PLC0415

    subject = "<stdin>" if files_from == "-" else files_from
    return read_list(os.fsdecode(read_bytes(files_from, subject)), null_separated=null)


def _jobs(
    inputs: tuple[str, ...], files_from: str | None, output: Path | None,
    candidates: Callable[[], Iterator[Candidate]], suffix: str,
) -> Iterator[Job]:  # fmt: skip
    """The jobs: one input to the file named by -o, or each input into the -o directory."""
    from .plan import Job, plan  # noqa: PLC0415

    assert output is not None  # checked by _candidates
    if is_single(inputs, files_from) and not output.is_dir():
        return iter([Job(0, inputs[0], str(output))])
    return plan(candidates(), output, suffix)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@_reading_options
@_reported
def inspect(
    input_path: str, parse_options: ParseOptions, reading: ReadOptions, debug: bool
) -> None:
    """Show how each block of INPUT was classified, by which rule and why.

    An export of several articles is shown article by article, its own
    lines (LOAD-DATE:, End of Document, ...) as dropped export metadata.
    """
    from .api import parse_article  # noqa: PLC0415 - the parser loads when it is needed
    from .exports import detect, split, to_article  # noqa: PLC0415
    from .inspect_view import show  # noqa: PLC0415 - rich loads only here

    decoded = read_input(input_path, reading)
    label = _label(input_path)
    kind = detect(decoded.text)
    if kind is not None:
        for item in split(decoded.text, kind):
            show(to_article(item, parse_options), f"{label} #{item.number} ({kind.value})")
        return
    article = parse_article(decoded.text, parse_options)
    warnings = input_warnings(decoded) + article.warnings
    show(article._replace(warnings=warnings), label)


def _label(input_path: str) -> str:
    """How messages name an input."""
    return "<stdin>" if input_path == "-" else input_path


@cli.command("config")
@click.pass_context
def show_config(ctx: click.Context) -> None:
    """Show convert's effective settings and where each comes from.

    The output is valid TOML: paste it into a newsmd.toml.
    """
    from .config import effective_settings, format_settings  # noqa: PLC0415

    group = ctx.parent
    assert group is not None
    with convert.make_context("convert", [], parent=group, resilient_parsing=True) as sub:
        rows = effective_settings(convert, sub, group.meta.get("newsmd.config"))
    click.echo(format_settings(rows), nl=False)


@cli.command()
@click.argument("inputs", metavar="FILE...", nargs=-1, required=True)
@click.option(
    "-o", "--output", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
    help="Write each article to DIR/<name>-001.md, -002.md, ... (created if needed).",
)  # fmt: skip
@click.option(
    "--kind", type=click.Choice(["lexisnexis", "nexis-uni", "factiva", "separators"]),
    help="The export's layout, instead of detecting it.",
)  # fmt: skip
@click.option("-f", "--force", is_flag=True, help="Overwrite existing output files.")
@click.option("-q", "--quiet", is_flag=True, help="Print no warnings, progress or summary.")
@_output_options
@_reading_options
@_reported
def split(
    inputs: tuple[str, ...], output: Path | None, kind: str | None, force: bool, quiet: bool,
    render_options: RenderOptions, parse_options: ParseOptions, reading: ReadOptions,
    debug: bool,
) -> None:  # fmt: skip
    """Cut exports holding many articles into one Markdown file per article.

    \b
    LexisNexis, Nexis Uni and Factiva text exports are recognised, and files
    cut by separator lines or form feeds. Files are read line by line, so
    large exports split in little memory. With --format json, one JSON line
    per article goes to standard output instead.
    """
    from .exports import ExportKind  # noqa: PLC0415 - the splitter loads here
    from .split_view import run_split  # noqa: PLC0415
    from .splitting import SplitSettings  # noqa: PLC0415

    to_stdout = render_options.output_format == "json"
    if output is None and not to_stdout:
        raise click.UsageError("split needs -o DIR (or --format json for JSON Lines)")
    stems = [Path(name).stem for name in inputs]
    if output is not None and len(set(stems)) < len(stems):
        raise click.UsageError("two inputs have the same name: split them into different -o DIRs")
    if output is not None and not to_stdout:
        output.mkdir(parents=True, exist_ok=True)
    settings = SplitSettings(
        parse_options, render_options, reading, force, ExportKind(kind) if kind else None
    )
    status = run_split(inputs, None if to_stdout else output, settings, quiet)
    click.get_current_context().exit(status)
