"""Converting many files: each one read, converted and written safely, in parallel.

``convert_file`` does one Job and never raises for a bad input: it returns an
Outcome naming the reason. ``run`` hands the jobs to a process pool in
chunks, keeps only a bounded window of them in flight (so memory stays flat
however many files there are) and yields the outcomes in input order, so a
parallel run writes and reports exactly what a serial one does.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from .classify import ParseOptions
from .errors import NewsmdError
from .files import ReadOptions, check_writable, read_input, write_atomic
from .model import ParseWarning
from .plan import Job
from .render import RenderOptions

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
S = TypeVar("S")
R = TypeVar("R")

CONVERTED = "converted"
SKIPPED = "skipped"
FAILED = "failed"
CANCELLED = "cancelled"
PLANNED = "planned"

#: Files per task sent to a worker, at most: enough to make the hand-over
#: cheap, few enough that progress moves and Ctrl-C is quick.
MAX_CHUNK = 32
#: Tasks in flight per worker: keeps the workers busy and memory bounded.
TASKS_PER_WORKER = 4


class Settings(NamedTuple):
    """How every file of a batch is converted and written."""

    parse_options: ParseOptions = ParseOptions()
    render_options: RenderOptions = RenderOptions()
    verify: bool = False
    reading: ReadOptions = ReadOptions()
    force: bool = False
    update: bool = False
    dry_run: bool = False
    debug: bool = False
    make_directories: bool = True
    #: Whether each outcome carries the front matter values found (for ``--report``).
    with_fields: bool = True


class Outcome(NamedTuple):
    """What happened to one input; ``fields`` are the front matter values found."""

    job: Job
    status: str
    error: str | None = None
    warnings: tuple[ParseWarning, ...] = ()
    fields: dict[str, Any] | None = None


def convert_file(job: Job, settings: Settings) -> Outcome:
    """Convert one file to its planned output; a failure becomes a FAILED outcome."""
    if job.problem is not None:
        return Outcome(job, FAILED, f"{job.source}: {job.problem}")
    if job.skip is not None:
        return Outcome(job, SKIPPED, job.skip)
    try:
        return _attempt(job, Path(job.output), settings)
    except NewsmdError as error:
        return Outcome(job, FAILED, f"{error.subject or job.source}: {error}")
    except OSError as error:
        return Outcome(job, FAILED, f"{error.filename or job.output}: {error.strerror or error}")
    except Exception as error:  # a bug must not stop the batch; the report names it
        if settings.debug:
            raise
        reason = f"internal error ({type(error).__name__}: {error}); rerun with --debug"
        return Outcome(job, FAILED, f"{job.source}: {reason}")


def _attempt(job: Job, output: Path, settings: Settings) -> Outcome:
    """Skip, plan or convert one job; errors are raised for ``convert_file`` to report."""
    if settings.make_directories and not settings.dry_run:
        output.parent.mkdir(parents=True, exist_ok=True)
    _check_target(job, output, settings)
    if settings.update and is_up_to_date(Path(job.source), output):
        return Outcome(job, SKIPPED, "up to date")
    if settings.dry_run:
        return Outcome(job, PLANNED)
    return _convert_and_write(job, output, settings)


def _check_target(job: Job, output: Path, settings: Settings) -> None:
    """Raise unless the output may be written (see ``files.check_writable``)."""
    if output.parent.exists() or not settings.make_directories:
        check_writable(output, (job.source,), force=settings.force or settings.update)


def _convert_and_write(job: Job, output: Path, settings: Settings) -> Outcome:
    """Read, convert and atomically write one file."""
    from .api import convert_article  # noqa: PLC0415 - the parser loads in the workers only
    from .profiles import article_values  # noqa: PLC0415
    from .reading import input_warnings  # noqa: PLC0415

    decoded = read_input(job.source, settings.reading)
    options = settings.render_options
    conversion = convert_article(
        decoded.text, settings.parse_options, options, verify=settings.verify
    )
    write_atomic(output, conversion.text, replace=settings.force or settings.update)
    article = conversion.article
    warnings = input_warnings(decoded) + article.warnings
    if not settings.with_fields:
        return Outcome(job, CONVERTED, None, warnings)
    fields = article_values(article, options.url, options.tags, options.source)
    return Outcome(job, CONVERTED, None, warnings, fields)


def is_up_to_date(source: Path, output: Path) -> bool:
    """Whether ``output`` exists and is not older than ``source``."""
    try:
        return output.stat().st_mtime_ns >= source.stat().st_mtime_ns
    except FileNotFoundError:
        return False


def convert_chunk(jobs: Sequence[Job], settings: Settings) -> list[Outcome]:
    """``convert_file`` over a chunk of jobs (the unit of work sent to a worker)."""
    return [convert_file(job, settings) for job in jobs]


def chunk_size(total: int, workers: int) -> int:
    """Files per task: about eight tasks per worker, between 1 and MAX_CHUNK."""
    return max(1, min(MAX_CHUNK, total // (workers * 8)))


def chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    """``jobs`` cut into consecutive lists of ``size`` (the last may be shorter)."""
    stream = iter(jobs)
    while chunk := list(islice(stream, size)):
        yield chunk


def run(
    jobs: Iterable[Job],
    total: int,
    settings: Settings,
    workers: int,
    should_stop: Callable[[], bool] = lambda: False,
) -> Iterator[Outcome]:
    """Every job's Outcome, in input order; in parallel when ``workers`` > 1.

    ``jobs`` is consumed as the work goes (``total`` is how many there are).

    When ``should_stop()`` turns true, or the consumer stops iterating, no new
    work starts, work in progress finishes (so no file is left half-written)
    and the remaining jobs come out CANCELLED.
    """
    if workers <= 1 or total <= 1:
        yield from _run_here(jobs, settings, should_stop)
    else:
        pending = chunks(jobs, chunk_size(total, workers))
        yield from _run_in_pool(pending, settings, workers, should_stop)


def _run_here(
    jobs: Iterable[Job], settings: Settings, should_stop: Callable[[], bool]
) -> Iterator[Outcome]:
    """The serial run, in this process."""
    for job in jobs:
        yield Outcome(job, CANCELLED) if should_stop() else convert_file(job, settings)


def _run_in_pool(
    pending: Iterator[list[Job]],
    settings: Settings,
    workers: int,
    should_stop: Callable[[], bool],
) -> Iterator[Outcome]:
    """The parallel run: outcomes in input order, the jobs not started CANCELLED."""
    for outcomes in ordered_pool_map(convert_chunk, settings, pending, workers, should_stop):
        yield from outcomes
    yield from (Outcome(job, CANCELLED) for chunk in pending for job in chunk)


def ordered_pool_map(
    function: Callable[[T, S], R],
    settings: S,
    pending: Iterator[T],
    workers: int,
    should_stop: Callable[[], bool] = lambda: False,
) -> Iterator[R]:
    """``function(item, settings)`` for each item of ``pending`` in worker processes,
    results in input order, with a bounded window of items in flight (memory stays
    flat). When ``should_stop()`` turns true no new item starts; the items not
    started stay in ``pending``."""
    from concurrent.futures import (  # noqa: PLC0415 - loads only for a parallel run
        FIRST_COMPLETED,
        ProcessPoolExecutor,
        wait,
    )

    in_flight: dict[Future[R], int] = {}
    finished: dict[int, R] = {}
    next_result = submitted = 0
    executor = ProcessPoolExecutor(workers, _pool_context(), initializer=_ignore_interrupts)
    try:
        while True:
            while not should_stop() and len(in_flight) < workers * TASKS_PER_WORKER:
                item = next(pending, None)
                if item is None:
                    break
                in_flight[executor.submit(function, item, settings)] = submitted
                submitted += 1
            if not in_flight:
                break
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                finished[in_flight.pop(future)] = future.result()
            while next_result in finished:
                yield finished.pop(next_result)
                next_result += 1
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _pool_context() -> Any:
    """Fork where it is safe and cheap (Linux); the platform's default elsewhere."""
    import multiprocessing  # noqa: PLC0415

    return multiprocessing.get_context("fork" if sys.platform == "linux" else None)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which lets them finish their file."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_workers() -> int:
    """The number of CPUs this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)
