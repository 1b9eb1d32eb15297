"""What a batch shows and records: progress, failure lines, the summary, the report.

Messages go to standard error; standard output carries only ``--dry-run``'s
list. The progress bar and the summary table are drawn with rich when
standard error is a terminal; otherwise the summary is one plain line.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from types import FrameType
from typing import Any, NamedTuple, TextIO

import click

from .batch import CANCELLED, CONVERTED, FAILED, PLANNED, SKIPPED, Outcome, Settings, run
from .errors import one_line
from .files import atomic_output, check_writable
from .plan import Job


class Tally:
    """Counts of outcomes by status, warnings, and the time taken."""

    def __init__(self) -> None:
        self.statuses: Counter[str] = Counter()
        self.warnings = 0
        self.started = time.perf_counter()

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.statuses[outcome.status] += 1
        self.warnings += len(outcome.warnings)

    @property
    def seconds(self) -> float:
        """Time since the batch started."""
        return time.perf_counter() - self.started

    @property
    def done(self) -> int:
        """Inputs that were attempted."""
        return sum(count for status, count in self.statuses.items() if status != CANCELLED)

    def rate(self) -> float:
        """Inputs attempted per second."""
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """The summary as one line."""
        counts = ", ".join(
            f"{self.statuses[status]} {status}"
            for status in (CONVERTED, PLANNED, SKIPPED, FAILED, CANCELLED)
            if self.statuses[status] or status in (CONVERTED, FAILED)
        )
        return (
            f"newsmd: {counts}, {self.warnings} warnings "
            f"in {self.seconds:.2f} s ({self.rate():.0f} files/s)"
        )


def outcome_messages(outcome: Outcome, quiet: bool) -> Iterator[str]:
    """The stderr lines for one outcome: its failure, then its warnings unless ``quiet``."""
    if outcome.status != FAILED and outcome.job.skip is None and (quiet or not outcome.warnings):
        return
    source = one_line(outcome.job.source)
    if outcome.status == FAILED:
        yield f"newsmd: error: {one_line(outcome.error or '')}"
    if outcome.job.skip is not None and not quiet:
        yield f"newsmd: skipped: {source}: {outcome.job.skip}"
    if not quiet:
        for warning in outcome.warnings:
            yield f"newsmd: warning: {source}:{warning.line}: {warning.message}"


def dry_run_line(outcome: Outcome) -> str | None:
    """The stdout line ``--dry-run`` prints for an outcome (failures go to stderr)."""
    output, source = one_line(outcome.job.output), one_line(outcome.job.source)
    if outcome.status == PLANNED:
        return f"would write {output} from {source}"
    if outcome.status == SKIPPED:
        return f"would skip {output} ({outcome.error})"
    return None


def report_record(outcome: Outcome) -> dict[str, Any]:
    """One ``--report`` JSON line's content."""
    return {
        "path": outcome.job.source,
        "output": outcome.job.output,
        "status": outcome.status,
        "error": outcome.error if outcome.status != SKIPPED else None,
        "reason": outcome.error if outcome.status == SKIPPED else None,
        "warnings": [warning._asdict() for warning in outcome.warnings],
        "fields": outcome.fields or {},
    }


def write_report_line(stream: TextIO, outcome: Outcome) -> None:
    """Append an outcome to the JSON Lines report."""
    stream.write(json.dumps(report_record(outcome), ensure_ascii=False, default=str))
    stream.write("\n")


#: The progress bar is redrawn by the batch loop itself, not by a thread
#: (worker processes are forked, and forking beside a running thread is unsafe).
REDRAW_SECONDS = 0.1


class Progress:
    """A rich progress bar on standard error, or nothing at all."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self._bar: Any = None
        self._task: Any = None
        self._drawn = 0.0

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console  # noqa: PLC0415 - rich loads only on a terminal
            from rich.progress import (  # noqa: PLC0415
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar  # noqa: PLC0415

            self._bar = Bar(
                TextColumn("converting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
                auto_refresh=False,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("convert", total=self.total, rate="")
        return self

    def advance(self, tally: Tally) -> None:
        """Move the bar to the tally's count, redrawing at most ten times a second."""
        if self._bar is None:
            return
        self._bar.update(self._task, completed=tally.done, rate=f"{tally.rate():,.0f} files/s")
        now = time.monotonic()
        if now - self._drawn >= REDRAW_SECONDS or tally.done == self.total:
            self._bar.refresh()
            self._drawn = now

    def echo(self, message: str) -> None:
        """Print a message above the bar (or plainly on stderr)."""
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(message, err=True)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def show_summary(tally: Tally, fancy: bool) -> None:
    """The summary on standard error: a table on a terminal, else one line."""
    if not fancy:
        click.echo(tally.line(), err=True)
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    table = Table(title="newsmd convert", title_justify="left")
    for status in (CONVERTED, PLANNED, SKIPPED, FAILED, CANCELLED):
        if tally.statuses[status] or status in (CONVERTED, FAILED):
            table.add_column(status, justify="right")
    table.add_column("warnings", justify="right")
    table.add_column("time", justify="right")
    table.add_column("files/s", justify="right")
    counts = [
        str(tally.statuses[status])
        for status in (CONVERTED, PLANNED, SKIPPED, FAILED, CANCELLED)
        if tally.statuses[status] or status in (CONVERTED, FAILED)
    ]
    table.add_row(*counts, str(tally.warnings), f"{tally.seconds:.2f} s", f"{tally.rate():,.0f}")
    Console(stderr=True).print(table)


class Interrupts:
    """Ctrl-C handling: the first asks the batch to stop after the files in progress,
    the second aborts at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def __call__(self) -> bool:
        return self.requested

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        click.echo("newsmd: stopping after the files in progress (Ctrl-C again to abort)", err=True)

    def __enter__(self) -> Interrupts:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


class BatchRequest(NamedTuple):
    """What the command line asked of a batch, beyond how each file is converted."""

    workers: int
    quiet: bool
    fail_fast: bool
    report: Path | None
    force: bool
    summary: bool


def run_batch(jobs: Iterable[Job], total: int, settings: Settings, request: BatchRequest) -> int:
    """Run ``jobs`` with progress, messages, report and summary; the exit status.

    0 when every input converted (or was skipped), 1 when any failed, 130
    when Ctrl-C stopped the batch.
    """
    terminal = not request.quiet and sys.stderr.isatty()
    if request.report is not None:
        check_writable(request.report, (), force=request.force)
    try:
        tally, interrupts = _run_shown(jobs, total, settings, request)
    except KeyboardInterrupt:  # the second Ctrl-C: out at once, no report
        return 130
    if request.summary and not request.quiet:
        show_summary(tally, terminal)
    if interrupts.requested:
        return 130
    return 1 if tally.statuses[FAILED] else 0


def _run_shown(
    jobs: Iterable[Job], total: int, settings: Settings, request: BatchRequest
) -> tuple[Tally, Interrupts]:
    """Run the jobs, showing each outcome and writing the report; the counts and Ctrl-C state."""
    tally = Tally()
    bar = not request.quiet and not settings.dry_run and sys.stderr.isatty()
    with ExitStack() as stack:
        report = (
            stack.enter_context(atomic_output(request.report, replace=request.force))
            if request.report is not None
            else None
        )
        interrupts = stack.enter_context(Interrupts())
        progress = stack.enter_context(Progress(total, bar))
        stop = _stopper(interrupts, tally, request.fail_fast)
        for outcome in run(jobs, total, settings, request.workers, stop):
            tally.add(outcome)
            _show(outcome, progress, request.quiet, settings.dry_run)
            if report is not None:
                write_report_line(report, outcome)
            progress.advance(tally)
    return tally, interrupts


def _stopper(interrupts: Interrupts, tally: Tally, fail_fast: bool) -> Callable[[], bool]:
    """When the batch should start no more work: Ctrl-C, or a failure with ``fail_fast``."""
    return lambda: interrupts.requested or (fail_fast and tally.statuses[FAILED] > 0)


def _show(outcome: Outcome, progress: Progress, quiet: bool, dry_run: bool) -> None:
    """An outcome's lines: the dry-run list on stdout, failures and warnings on stderr."""
    line = dry_run_line(outcome) if dry_run else None
    if line is not None:
        click.echo(line)
    for message in outcome_messages(outcome, quiet):
        progress.echo(message)
