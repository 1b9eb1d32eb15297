"""newsmd.dask: conversions on a (local, two-process) Dask cluster.

The files a cluster writes must be byte for byte those ``newsmd convert DIR
-o OUT`` writes, and the records of ``convert_texts`` what ``newsmd.api``
gives.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "dask.distributed", reason="the dask extra is not installed (pip install -e '.[dask]')"
)

import dask.bag as db
from click.testing import CliRunner
from dask.distributed import Client, LocalCluster, get_task_stream

from newsmd.api import convert
from newsmd.batch import CONVERTED, FAILED, Settings
from newsmd.cli import cli
from newsmd.dask import convert_folder, convert_paths, convert_texts, folder_jobs

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
ARTICLES = 300
FOLDERS = ("", "world", "world/europe", "sport")


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A two-worker, one-thread-each, process cluster for the whole module."""
    cluster = LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    dask_client = Client(cluster, timeout="60s")
    try:
        yield dask_client
    finally:
        dask_client.close(timeout=30)
        cluster.close(timeout=30)


def make_tree(root: Path, count: int = ARTICLES) -> None:
    """``count`` articles cycled from the samples, spread over a few subfolders."""
    for number in range(count):
        sample = SAMPLE_FILES[number % len(SAMPLE_FILES)]
        folder = root / FOLDERS[number % len(FOLDERS)]
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample, folder / f"{number:04d}-{sample.name}")


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by its relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
    }


def test_convert_folder_writes_what_the_command_writes(client: Client, tmp_path: Path) -> None:
    source, by_cli, by_dask = tmp_path / "in", tmp_path / "out-cli", tmp_path / "out-dask"
    make_tree(source)
    result = CliRunner().invoke(cli, ["convert", str(source), "-o", str(by_cli), "-q"])
    assert result.exit_code == 0, result.output

    with get_task_stream(client) as stream:
        records = convert_folder(source, by_dask)

    assert {task["worker"] for task in stream.data}, "no task ran on the cluster"

    assert len(records) == ARTICLES
    assert all(record["status"] == CONVERTED for record in records), records[:3]
    assert [record["path"] for record in records] == [
        job.source for job in folder_jobs(source, by_dask)
    ]
    expected = tree(by_cli)
    assert len(expected) == ARTICLES
    assert tree(by_dask) == expected
    for record in records:
        assert (
            Path(record["output"]).read_bytes()
            == expected[Path(record["output"]).relative_to(by_dask).as_posix()]
        )


def test_convert_texts_matches_the_library(client: Client) -> None:
    texts: list[Any] = [path.read_text(encoding="utf-8") for path in SAMPLE_FILES[:6]]
    texts[2:2] = ["", b"\x00\x01\x02\xff\xfe binary \x00\x00"]
    bag = db.from_sequence(list(enumerate(texts)), npartitions=3)

    records = convert_texts(bag).compute()

    assert [record["id"] for record in records] == list(range(len(texts)))
    for record, text in zip(records, texts, strict=True):
        if text in ("", texts[3]):
            assert record["error"], record
            assert record["markdown"] is None
            assert record["fields"] == {}
        else:
            assert record["error"] is None, record
            assert record["markdown"] == convert(text)
            assert record["fields"]["title"]
            assert all(
                set(warning) == {"line", "kind", "message"} for warning in record["warnings"]
            )
    assert "\n" not in records[2]["error"]


def test_convert_texts_takes_bare_texts(client: Client) -> None:
    text = SAMPLE_FILES[0].read_text(encoding="utf-8")
    records = convert_texts(db.from_sequence([text, "   \n"], npartitions=2)).compute()
    assert [record["id"] for record in records] == [None, None]
    assert records[0]["markdown"] == convert(text)
    assert records[1]["error"] == "no text in the input"


def test_convert_paths_never_overwrites_unless_forced(client: Client, tmp_path: Path) -> None:
    source, output = tmp_path / "in", tmp_path / "out"
    make_tree(source, count=8)
    paths = sorted(str(path) for path in source.rglob("*.txt"))
    taken = output / Path(paths[0]).relative_to(source).with_suffix(".md")
    taken.parent.mkdir(parents=True)
    taken.write_text("mine\n", encoding="utf-8")

    records = convert_paths(db.from_sequence(paths, npartitions=2), output, source).compute()

    assert [record["path"] for record in records] == paths
    assert records[0]["status"] == FAILED
    assert records[0]["output"] == str(taken)
    assert "exists" in records[0]["error"]
    assert taken.read_text(encoding="utf-8") == "mine\n"
    assert [record["status"] for record in records[1:]] == [CONVERTED] * (len(paths) - 1)

    forced = convert_paths(
        db.from_sequence(paths[:1]), output, source, Settings(force=True)
    ).compute()

    assert forced[0]["status"] == CONVERTED
    assert taken.read_text(encoding="utf-8") == convert(Path(paths[0]).read_text("utf-8"))


def test_convert_paths_refuses_a_path_outside_root(client: Client, tmp_path: Path) -> None:
    records = convert_paths(
        db.from_sequence([str(SAMPLE_FILES[0])]), tmp_path / "out", tmp_path / "in"
    ).compute()
    assert records[0]["status"] == FAILED
    assert "not under" in records[0]["error"]
    assert not (tmp_path / "out").exists()
