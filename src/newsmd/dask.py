"""Converting on a Dask cluster (``pip install 'newsmd[dask]'``).

``convert_texts`` turns a bag of raw texts into a bag of records;
``convert_paths`` and ``convert_folder`` convert files into a mirrored output
tree through ``batch.convert_file``, the code path of ``newsmd convert DIR -o
OUT``, so the files written are the same, byte for byte, and written as
safely (atomically, never over an existing file unless ``force``).

The work runs on whatever Dask scheduler is current: a ``distributed.Client``
when one is active (a LocalCluster or ``Client("scheduler:8786")``), else
Dask's default. Workers need newsmd installed and, for files, the same view
of the file system.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePath
from typing import Any, cast

import dask.bag as db
from dask.bag import Bag

from .batch import Outcome, Settings, convert_file
from .classify import ParseOptions
from .errors import NewsmdError, one_line
from .plan import Job, from_arguments, output_name, plan
from .render import RenderOptions

__all__ = ["convert_folder", "convert_paths", "convert_texts"]

#: Files per partition in ``convert_folder``: enough to make each task cheap to send.
PARTITION_SIZE = 32
#: The settings of ``newsmd convert DIR -o OUT`` without options.
DEFAULT_SETTINGS = Settings()


# --- texts ------------------------------------------------------------------------------


def convert_texts(
    bag: Bag,
    parse_options: ParseOptions = ParseOptions(),
    render_options: RenderOptions = RenderOptions(),
    *,
    verify: bool = False,
) -> Bag:
    """A bag of records, one per item of ``bag``, in order.

    An item is a text (``str``, or ``bytes`` decoded as files are) or an
    ``(id, text)`` pair. A record holds ``id`` (None for a bare text),
    ``fields`` (the front matter values), ``markdown``, ``warnings`` (dicts of
    line, kind, message) and ``error``: None, or the one-line reason the item
    could not be converted (then ``fields`` is empty and ``markdown`` None).
    """
    return _map(bag, text_record, parse_options, render_options, verify)


def text_record(
    item: Any, parse_options: ParseOptions, render_options: RenderOptions, verify: bool
) -> dict[str, Any]:
    """The record for one item of ``convert_texts``; never raises for a bad text."""
    key, text = _split_item(item)
    try:
        return _converted(key, text, parse_options, render_options, verify)
    except NewsmdError as error:
        return _failed(key, one_line(str(error)))
    except Exception as error:
        return _failed(key, one_line(f"internal error ({type(error).__name__}: {error})"))


def _split_item(item: Any) -> tuple[Any, str | bytes]:
    """``(id, text)`` from a pair, ``(None, text)`` from a bare text."""
    if isinstance(item, tuple | list) and len(item) == 2:
        return item[0], item[1]
    return None, item


def _converted(
    key: Any,
    text: str | bytes,
    parse_options: ParseOptions,
    render_options: RenderOptions,
    verify: bool,
) -> dict[str, Any]:
    """Decode (bytes), convert and describe one text; NewsmdError for a bad one."""
    from .api import convert_article  # noqa: PLC0415 - the parser loads in the workers
    from .article_json import conversion_record  # noqa: PLC0415
    from .reading import decode_text, input_warnings  # noqa: PLC0415

    decoded = decode_text(text) if isinstance(text, bytes) else None
    source = decoded.text if decoded is not None else text
    if not isinstance(source, str):
        raise NewsmdError(f"not a text: {type(source).__name__}")
    conversion = convert_article(source, parse_options, render_options, verify=verify)
    warnings = (input_warnings(decoded) if decoded else ()) + conversion.article.warnings
    return {"id": key, **conversion_record(conversion, render_options, warnings)}


def _failed(key: Any, message: str) -> dict[str, Any]:
    """The record of a text that could not be converted."""
    return {"id": key, "fields": {}, "markdown": None, "warnings": [], "error": message}


# --- files ------------------------------------------------------------------------------


def convert_paths(
    bag_of_paths: Bag,
    output_dir: str | Path,
    root: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
) -> Bag:
    """Convert each input file (under ``root``) to ``output_dir/<its path under root>.md``.

    Returns a bag of outcome records (``path``, ``output``, ``status``,
    ``error``), in order. A path outside ``root`` fails; an existing output is
    left alone (failed) unless ``settings.force``.
    """
    suffix = _suffix(settings)
    jobs = _map(bag_of_paths, _job_for, Path(output_dir), Path(root), suffix)
    return convert_jobs(jobs, settings)


def convert_folder(
    root: str | Path,
    output_dir: str | Path,
    settings: Settings = DEFAULT_SETTINGS,
    pattern: str = "*.txt",
    partition_size: int = PARTITION_SIZE,
) -> list[dict[str, Any]]:
    """``newsmd convert ROOT -o OUTPUT_DIR`` on the current Dask scheduler.

    ``root`` is walked here as the command walks it (sorted, hidden entries
    and the output directory skipped); the files are converted by the
    workers. Returns the outcome records in input order.
    """
    jobs = list(folder_jobs(root, output_dir, pattern, _suffix(settings)))
    if not jobs:
        return []
    bag = cast(Bag, cast(Any, db).from_sequence(jobs, partition_size=max(1, partition_size)))
    return cast(list[dict[str, Any]], cast(Any, convert_jobs(bag, settings)).compute())


def folder_jobs(
    root: str | Path, output_dir: str | Path, pattern: str = "*.txt", suffix: str = ".md"
) -> Iterator[Job]:
    """The jobs ``newsmd convert ROOT -o OUTPUT_DIR --glob PATTERN`` plans."""
    output = Path(output_dir)
    return plan(from_arguments([str(root)], pattern, skip=output), output, suffix)


def convert_jobs(jobs: Bag, settings: Settings) -> Bag:
    """A bag of Jobs converted with ``batch.convert_file``, as outcome records."""
    return _map(jobs, _run_job, settings)


def _run_job(job: Job, settings: Settings) -> dict[str, Any]:
    """Convert one job on a worker and describe its outcome."""
    return outcome_record(convert_file(job, settings))


def outcome_record(outcome: Outcome) -> dict[str, Any]:
    """An Outcome as a small, picklable record (a skipped file's reason is its ``error``)."""
    job = outcome.job
    return {
        "path": job.source,
        "output": job.output,
        "status": outcome.status,
        "error": outcome.error,
    }


def _job_for(path: str | Path, output_dir: Path, root: Path, suffix: str) -> Job:
    """The Job for one input path: its output mirrors its place under ``root``."""
    source = Path(path)
    try:
        relative = PurePath(source.relative_to(root))
    except ValueError:
        return Job(-1, str(source), str(output_dir / source.name), f"not under {root}")
    output = output_dir / output_name(relative, suffix)
    problem = None if source.is_file() else "no such file"
    return Job(-1, str(source), str(output), problem)


def _map(bag: Bag, function: Any, *args: Any) -> Bag:
    """``bag.map(function, *args)`` (Dask's ``map`` has no type hints)."""
    return cast(Bag, cast(Any, bag).map(function, *args))


def _suffix(settings: Settings) -> str:
    """The outputs' suffix, as the command chooses it."""
    return ".json" if settings.render_options.output_format == "json" else ".md"
