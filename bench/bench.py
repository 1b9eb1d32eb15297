"""Benchmark newsmd against baselines measured in the same run.

Usage (from the project root, with the project installed in .venv):

    .venv/bin/python bench/bench.py                 # 5,000 articles, all CPUs
    .venv/bin/python bench/bench.py --files 1000 --no-pandoc
    .venv/bin/python bench/bench.py --memory        # peak memory, 1,000 vs 20,000 files

It builds a folder of N articles from the project's own samples (``--mix GLOB``
chooses which: ``'wire-*.txt'`` for wire stories, ``'page-*.txt'`` for whole web
pages), or takes ``--source DIR``, compiles newsmd's bytecode as ``pip install`` does, then
times, each on the same files:

  (a) a bare Python loop that reads every file and writes it to a mirrored tree;
  (b) ``newsmd convert DIR -o OUT`` (all CPUs unless ``--jobs``);
  (c) pandoc once per file (``-f markdown -t gfm``) through ``xargs -P`` with the
      same parallelism, when pandoc is installed;
  (d) one small file through ``newsmd convert`` against the import floor
      ``python -c "import click, dateutil.parser"`` (median of ``--repeat`` runs).

``--split`` times ``newsmd split`` on a generated LexisNexis export of
``--articles`` articles against a bare loop that cuts the same file at its
``N of M DOCUMENTS`` lines and writes the pieces.

``--hostile`` instead times pathological inputs (a 10 MB single line,
1,000,000 blank lines, 100,000 one-word lines, runs of punctuation), each at
full size and at a quarter of it: each must finish within HOSTILE_BOUND
seconds, and four times the input must take less than HOSTILE_SCALING times
as long (linear time, no backtracking blow-up).

and prints files/s and the ratios. Machines here are noisy: compare the
ratios, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PYTHON = sys.executable
SCRIPT = Path(PYTHON).parent / "newsmd"
NEWSMD = [str(SCRIPT)] if SCRIPT.exists() else [PYTHON, "-m", "newsmd"]

BARE_LOOP = """
import sys
from pathlib import Path
source, target = Path(sys.argv[1]), Path(sys.argv[2])
for path in sorted(source.rglob("*.txt")):
    out = target / path.relative_to(source).with_suffix(".md")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
"""

PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def make_corpus(target: Path, count: int, source: Path, mix: str = "*.txt") -> None:
    """``count`` articles under ``target`` in folders of 500, cycling through the
    articles in ``source`` whose name matches ``mix`` (its own files only:
    ``samples/exports`` holds exports of many articles each, for ``newsmd split``,
    not articles)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(source.glob(mix))]
    if not texts:
        sys.exit(f"bench: no file matches {mix} under {source}")
    for number in range(count):
        folder = target / f"part{number // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article{number:06d}.txt").write_text(texts[number % len(texts)], "utf-8")


def timed(command: Sequence[str], **options: object) -> float:
    """Seconds taken by ``command``, which must succeed."""
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **options)  # type: ignore[call-overload]
    return time.perf_counter() - started


def fresh(path: Path) -> Path:
    """``path`` emptied."""
    shutil.rmtree(path, ignore_errors=True)
    return path


def median_time(command: Sequence[str], repeat: int) -> float:
    """The median of ``repeat`` runs, after one warm-up run."""
    timed(command)
    return statistics.median(timed(command) for _ in range(repeat))


def pandoc_per_file(source: Path, target: Path, jobs: int) -> float:
    """pandoc once per file through ``xargs -P jobs``, outputs in a flat folder."""
    target.mkdir(parents=True)
    script = (
        f"find {source} -name '*.txt' -print0 | xargs -0 -P {jobs} -n 1 "
        f'sh -c \'pandoc -f markdown -t gfm "$0" -o {target}/$(basename "$0" .txt).md\''
    )
    return timed(["sh", "-c", script])


def peak_rss_kib(command: Sequence[str]) -> int:
    """The largest resident set of any process of ``command``'s tree, in KiB."""
    result = subprocess.run(
        [PYTHON, "-c", PEAK_RSS, *command], check=True, capture_output=True, text=True
    )
    return int(result.stdout.strip())


def machine() -> str:
    """A line describing this machine."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{model}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def throughput(args: argparse.Namespace, work: Path) -> None:
    """Parts (a), (b) and (c): whole folders."""
    corpus = work / "in"
    if args.source is None:
        fresh(corpus)
        make_corpus(corpus, args.files, SAMPLES, args.mix)
    else:
        corpus = args.source
    count = sum(1 for _ in corpus.rglob("*.txt"))
    jobs = args.jobs or len(os.sched_getaffinity(0))
    bare = timed([PYTHON, "-c", BARE_LOOP, str(corpus), str(fresh(work / "bare"))])
    batch = timed([*NEWSMD, "convert", str(corpus), "-o", str(fresh(work / "newsmd")),
                   "--jobs", str(jobs), "-q"])  # fmt: skip
    mix = f"samples/{args.mix}" if args.source is None else str(args.source)
    print(f"{count} files ({mix}), {jobs} jobs, {machine()}")
    print(f"(a) bare read+write loop   {bare:8.2f} s  {count / bare:8.0f} files/s")
    print(f"(b) newsmd convert DIR     {batch:8.2f} s  {count / batch:8.0f} files/s"
          f"   {batch / bare:5.2f}x the bare loop")  # fmt: skip
    if shutil.which("pandoc") and not args.no_pandoc:
        pandoc = pandoc_per_file(corpus, fresh(work / "pandoc"), jobs)
        print(f"(c) pandoc per file        {pandoc:8.2f} s  {count / pandoc:8.0f} files/s"
              f"   newsmd is {pandoc / batch:5.1f}x faster")  # fmt: skip
    else:
        print("(c) pandoc per file        skipped (pandoc not installed or --no-pandoc)")


def single_file(args: argparse.Namespace) -> None:
    """Part (d): one small file against the import floor."""
    sample = SAMPLES / "feature-with-dek-byline-bio.txt"
    floor = median_time([PYTHON, "-c", "import click, dateutil.parser"], args.repeat)
    single = median_time([*NEWSMD, "convert", str(sample)], args.repeat)
    print(f"(d) import floor           {floor * 1000:8.1f} ms")
    print(f"    newsmd convert 1 file  {single * 1000:8.1f} ms   {single / floor:5.2f}x the floor")


def memory(args: argparse.Namespace, work: Path) -> None:
    """Peak memory of a 1,000-file and a 20,000-file batch."""
    peaks = {}
    for count in (1000, 20000):
        corpus = fresh(work / f"mem{count}")
        make_corpus(corpus, count, SAMPLES)
        command = [*NEWSMD, "convert", str(corpus), "-o", str(fresh(work / "memout")), "-q"]
        if args.jobs:
            command += ["--jobs", str(args.jobs)]
        peaks[count] = peak_rss_kib(command)
        print(f"peak RSS, {count:6d} files   {peaks[count] / 1024:8.1f} MiB")
    print(f"20,000 / 1,000 files: {peaks[20000] / peaks[1000]:.2f}x")


SPLIT_LOOP = """
import re, sys
from pathlib import Path
source, target = Path(sys.argv[1]), Path(sys.argv[2])
target.mkdir(parents=True, exist_ok=True)
header = re.compile(r"^\\s*\\d+ of \\d+ DOCUMENTS\\s*$")
number, piece = 0, []
with source.open(encoding="utf-8") as lines:
    for line in lines:
        if header.match(line) and piece:
            (target / f"part-{number:06d}.txt").write_text("".join(piece), encoding="utf-8")
            number, piece = number + 1, []
        piece.append(line)
(target / f"part-{number:06d}.txt").write_text("".join(piece), encoding="utf-8")
"""


def make_export(target: Path, count: int) -> None:
    """A LexisNexis export of ``count`` articles, cycling through the sample's three."""
    sample = (SAMPLES / "exports" / "lexisnexis.txt").read_text(encoding="utf-8")
    header = re.compile(r"^\s*\d+ of \d+ DOCUMENTS\s*$", re.MULTILINE)
    starts = [match.start() for match in header.finditer(sample)]
    articles = [sample[a:b] for a, b in zip(starts, [*starts[1:], len(sample)], strict=True)]
    with target.open("w", encoding="utf-8") as out:
        out.write(sample[: starts[0]])
        for number in range(count):
            body = header.sub(f"{' ' * 32}{number + 1} of {count} DOCUMENTS", articles[number % 3])
            out.write(body)


def splitting(args: argparse.Namespace, work: Path) -> None:
    """Articles/s splitting a large export, against a bare loop cutting the same bytes."""
    export = work / "export.txt"
    make_export(export, args.articles)
    size = export.stat().st_size / 1e6
    bare = timed([PYTHON, "-c", SPLIT_LOOP, str(export), str(fresh(work / "split-bare"))])
    split = timed([*NEWSMD, "split", str(export), "-o", str(fresh(work / "split")), "-q"])
    print(f"{args.articles} articles, {size:.1f} MB LexisNexis export, {machine()}")
    print(f"bare cut-and-write loop    {bare:8.2f} s  {args.articles / bare:8.0f} articles/s")
    print(f"newsmd split               {split:8.2f} s  {args.articles / split:8.0f} articles/s"
          f"   {split / bare:5.1f}x the bare loop")  # fmt: skip


def pipelines(args: argparse.Namespace, work: Path) -> None:
    """JSON Lines mode against directory mode on the same articles, and newsmd.dask
    with one and two workers (when the dask extra is installed)."""
    corpus = fresh(work / "pipe-in")
    make_corpus(corpus, args.files, SAMPLES)
    records = work / "articles.jsonl"
    with records.open("w", encoding="utf-8") as out:
        for number, path in enumerate(sorted(corpus.rglob("*.txt"))):
            text = path.read_text(encoding="utf-8")
            out.write(json.dumps({"id": number, "text": text}) + "\n")
    jobs = str(args.jobs or len(os.sched_getaffinity(0)))
    folder = timed([*NEWSMD, "convert", str(corpus), "-o", str(fresh(work / "pipe-out")),
                    "-q", "-j", jobs])  # fmt: skip
    lines = timed([*NEWSMD, "convert", "--jsonl-in", str(records), "--jsonl-out",
                   str(work / "out.jsonl"), "--force", "-q", "-j", jobs])  # fmt: skip
    print(f"{args.files} articles, {jobs} jobs, {machine()}")
    print(f"newsmd convert DIR -o OUT  {folder:8.2f} s  {args.files / folder:8.0f} files/s")
    print(f"newsmd --jsonl-in/out      {lines:8.2f} s  {args.files / lines:8.0f} records/s"
          f"   {folder / lines:5.2f}x directory mode's rate")  # fmt: skip
    try:
        seconds = dask_seconds(corpus, work)
    except ImportError:
        print("dask                       skipped (pip install -e '.[dask]')")
        return
    for workers, taken in seconds.items():
        print(f"newsmd.dask, {workers} worker(s)      {taken:8.2f} s  "
              f"{args.files / taken:8.0f} files/s")  # fmt: skip
    print(f"dask scaling, 2 workers / 1 worker: {seconds[1] / seconds[2]:.2f}x the rate")


def dask_seconds(corpus: Path, work: Path) -> dict[int, float]:
    """Seconds for newsmd.dask.convert_folder on a LocalCluster of 1 and of 2 workers."""
    from dask.distributed import Client, LocalCluster  # noqa: PLC0415 - optional extra

    from newsmd.dask import convert_folder  # noqa: PLC0415

    seconds = {}
    for workers in (1, 2):
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster),
        ):
            target = fresh(work / f"dask-{workers}")
            started = time.perf_counter()
            convert_folder(corpus, target)
            seconds[workers] = time.perf_counter() - started
    return seconds


HOSTILE_BOUND = 60.0
HOSTILE_SCALING = 6.0
WORDS = ("the", "council", "said", "on", "Tuesday", "that", "prices", "rose", "by", "Reuters")


def hostile_inputs(scale: float) -> dict[str, str]:
    """The pathological inputs, at ``scale`` of their full size."""
    words = " ".join(WORDS[i % len(WORDS)] for i in range(int(1_800_000 * scale)))
    return {
        "10 MB single line": "Headline\n\n" + words[: int(10_000_000 * scale)] + "\n",
        "1,000,000 blank lines": "Headline\n" + "\n" * int(1_000_000 * scale) + "Body.\n",
        "100,000 one-word lines": "\n".join(WORDS[i % 10] for i in range(int(100_000 * scale))),
        "punctuation runs": "Title\n\n" + "!?.,;:-" * int(200_000 * scale) + "\n"
        + "-- " * int(50_000 * scale) + "\n" + "a. " * int(100_000 * scale) + "\n",
        "markup runs": ">" * int(50_000 * scale) + "\n\n" + "*_" * int(100_000 * scale) + "\n\n"
        + "#" * int(1_000_000 * scale) + "\n",
    }  # fmt: skip


def hostile(work: Path) -> None:
    """Time newsmd on pathological inputs at full and quarter size; fail past the bounds."""
    folder = fresh(work / "hostile")
    folder.mkdir(parents=True)
    failures = []
    full, quarter = hostile_inputs(1.0), hostile_inputs(0.25)
    for name, text in full.items():
        times = []
        for size, content in (("full", text), ("quarter", quarter[name])):
            path = folder / f"{len(times)}-{size}.txt"
            path.write_text(content, encoding="utf-8")
            times.append(timed([*NEWSMD, "convert", str(path), "-q", "--max-size", "50"]))
        scaling = times[0] / times[1]
        size = len(text) / 1e6
        print(f"{name:24} {size:6.1f} MB  {times[0]:7.2f} s   x4 input: {scaling:4.1f}x time")
        if times[0] > HOSTILE_BOUND or scaling > HOSTILE_SCALING:
            failures.append(name)
    if failures:
        sys.exit(f"bench: over the bounds: {', '.join(failures)}")
    print(f"all within {HOSTILE_BOUND:.0f} s and {HOSTILE_SCALING:.0f}x time for 4x input")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000, help="articles to generate")
    parser.add_argument("--source", type=Path, help="take the articles from this folder")
    parser.add_argument(
        "--mix", default="*.txt", help="which samples to cycle through (a glob: 'wire-*.txt')"
    )
    parser.add_argument("--jobs", type=int, help="parallelism (default: all CPUs)")
    parser.add_argument("--repeat", type=int, default=21, help="runs for the single-file median")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    parser.add_argument("--no-pandoc", action="store_true", help="skip the pandoc baseline")
    parser.add_argument("--memory", action="store_true", help="measure peak memory instead")
    parser.add_argument("--hostile", action="store_true", help="time pathological inputs")
    parser.add_argument("--split", action="store_true", help="time splitting a large export")
    parser.add_argument(
        "--pipelines", action="store_true", help="JSON Lines mode and newsmd.dask (1, 2 workers)"
    )
    parser.add_argument("--articles", type=int, default=20000, help="articles for --split")
    args = parser.parse_args()
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "src" / "newsmd")], check=True)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.memory:
        memory(args, args.work)
        return
    if args.hostile:
        hostile(args.work)
        return
    if args.split:
        splitting(args, args.work)
        return
    if args.pipelines:
        pipelines(args, args.work)
        return
    throughput(args, args.work)
    single_file(args)


if __name__ == "__main__":
    main()
