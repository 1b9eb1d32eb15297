"""Planning a batch (plan.py) and the pure helpers of batch.py."""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import count
from pathlib import Path, PurePath

import pytest

from newsmd.batch import MAX_CHUNK, chunk_size, chunks, is_up_to_date
from newsmd.plan import (
    ALREADY_READ,
    Candidate,
    Job,
    Skipped,
    from_arguments,
    from_list,
    is_single,
    output_name,
    plan,
    read_list,
    walk,
)


def touch(path: Path, text: str = "x\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def relative_names(paths: list[Path], root: Path) -> list[str]:
    return [path.relative_to(root).as_posix() for path in paths]


# --- output_name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("b.txt", "b.md"),
        ("a/b.txt", "a/b.md"),
        ("a/b/c.text", "a/b/c.md"),
        ("a/noext", "a/noext.md"),
        ("a/b.tar.txt", "a/b.tar.md"),
        ("a/b.md", "a/b.md"),
    ],
)
def test_output_name(relative: str, expected: str) -> None:
    assert output_name(PurePath(relative)) == PurePath(expected)


# --- read_list --------------------------------------------------------------------------


def test_read_list_one_path_per_line_blank_lines_ignored() -> None:
    text = "in/a.txt\n\nin/b c.txt\n   \n\t\nlast.txt"
    assert read_list(text) == ["in/a.txt", "in/b c.txt", "last.txt"]


def test_read_list_crlf_lines() -> None:
    assert read_list("a.txt\r\nb.txt\r\n\r\n") == ["a.txt", "b.txt"]


def test_read_list_empty() -> None:
    assert read_list("") == []
    assert read_list("\n\n") == []
    assert read_list("\0\0", null_separated=True) == []


def test_read_list_null_separated_keeps_newlines_in_names() -> None:
    text = "a.txt\0with\nnewline.txt\0\0b.txt\0"
    assert read_list(text, null_separated=True) == ["a.txt", "with\nnewline.txt", "b.txt"]


def test_read_list_newline_text_is_one_name_when_null_separated() -> None:
    assert read_list("a.txt\nb.txt\n", null_separated=True) == ["a.txt\nb.txt\n"]


# --- from_list --------------------------------------------------------------------------


def test_from_list_relative_paths_keep_their_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    touch(tmp_path / "in/a/b.txt")
    touch(tmp_path / "in/c.txt")
    candidates = list(from_list(["in/a/b.txt", "./in/c.txt", "in/./a/b.txt"]))
    assert candidates == [
        Candidate("in/a/b.txt", PurePath("in/a/b.txt"), None),
        Candidate("./in/c.txt", PurePath("in/c.txt"), None),
        Candidate("in/./a/b.txt", PurePath("in/a/b.txt"), None),
    ]


def test_from_list_absolute_and_parent_paths_keep_only_the_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    absolute = touch(tmp_path / "elsewhere/deep/abs.txt")
    touch(tmp_path / "up.txt")
    candidates = list(from_list([str(absolute), "../up.txt"]))
    assert [c.relative for c in candidates] == [PurePath("abs.txt"), PurePath("up.txt")]
    assert [c.problem for c in candidates] == [None, None]
    assert [c.source for c in candidates] == [str(absolute), "../up.txt"]


def test_from_list_missing_and_directory_have_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "adir").mkdir()
    problems = [c.problem for c in from_list(["missing.txt", "adir"])]
    assert problems == ["no such file", "is a directory, not a file"]


# --- walk -------------------------------------------------------------------------------


def test_walk_sorted_files_before_subdirectories(tmp_path: Path) -> None:
    for name in ["z.txt", "a.txt", "m/b.txt", "m/a.txt", "b/z.txt", "b/c/a.txt", "B.txt"]:
        touch(tmp_path / name)
    found = relative_names(list(walk(tmp_path, "*.txt")), tmp_path)
    # Within a directory: its files (sorted by code point), then its
    # subdirectories (sorted), each walked depth first.
    assert found == ["B.txt", "a.txt", "z.txt", "b/z.txt", "b/c/a.txt", "m/a.txt", "m/b.txt"]


def test_walk_is_deterministic(tmp_path: Path) -> None:
    for index in range(40):
        touch(tmp_path / f"d{index % 7}" / f"f{(index * 13) % 40}.txt")
    first = list(walk(tmp_path, "*.txt"))
    assert first == list(walk(tmp_path, "*.txt"))
    assert len(first) == 40


def test_walk_skips_hidden_files_and_directories(tmp_path: Path) -> None:
    for name in [
        "a.txt",
        ".hidden.txt",
        ".git/b.txt",
        "sub/.secret/c.txt",
        "sub/d.txt",
        "sub/.e.txt",
        "sub/.d.md.123.tmp",
    ]:
        touch(tmp_path / name)
    assert relative_names(list(walk(tmp_path, "*")), tmp_path) == ["a.txt", "sub/d.txt"]


def test_walk_only_matching_names(tmp_path: Path) -> None:
    for name in ["a.txt", "b.text", "c.TXT.bak", "d.md", "sub/e.text"]:
        touch(tmp_path / name)
    assert relative_names(list(walk(tmp_path, "*.text")), tmp_path) == ["b.text", "sub/e.text"]
    assert relative_names(list(walk(tmp_path, "*.txt")), tmp_path) == ["a.txt"]


def test_walk_skips_the_output_directory(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    touch(tmp_path / "out/x.txt")
    touch(tmp_path / "out/deeper/y.txt")
    touch(tmp_path / "sub/b.txt")
    # The skipped directory may be spelled differently (relative vs absolute).
    skip = Path(os.path.relpath(tmp_path / "out"))
    found = relative_names(list(walk(tmp_path, "*.txt", skip=skip)), tmp_path)
    assert found == ["a.txt", "sub/b.txt"]
    assert len(list(walk(tmp_path, "*.txt"))) == 4


def test_walk_does_not_follow_directory_links(tmp_path: Path) -> None:
    touch(tmp_path / "real/a.txt")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    found = list(walk(tmp_path, "*.txt"))
    assert found == [
        Skipped(tmp_path / "link", "a symbolic link to a directory (--follow-symlinks)"),
        tmp_path / "real/a.txt",
    ]


def test_walk_follows_directory_links_on_request_once(tmp_path: Path) -> None:
    touch(tmp_path / "real/a.txt")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real/loop").symlink_to(tmp_path, target_is_directory=True)
    found = list(walk(tmp_path, "*.txt", follow_symlinks=True))
    assert tmp_path / "link/a.txt" in found
    assert tmp_path / "real/a.txt" not in found  # the same directory, read once (via link)
    assert Skipped(tmp_path / "link/loop", ALREADY_READ) in found


def test_walk_follows_links_to_files_inside_the_tree(tmp_path: Path) -> None:
    touch(tmp_path / "in/a.txt")
    (tmp_path / "in/b.txt").symlink_to(tmp_path / "in/a.txt")
    found = relative_names(list(walk(tmp_path / "in", "*.txt")), tmp_path / "in")
    assert found == ["a.txt", "b.txt"]


def test_walk_skips_links_out_of_the_tree(tmp_path: Path) -> None:
    target = touch(tmp_path / "elsewhere.dat")
    touch(tmp_path / "in/a.txt")
    (tmp_path / "in/b.txt").symlink_to(target)
    found = list(walk(tmp_path / "in", "*.txt"))
    reason = "a symbolic link out of the input tree (--follow-symlinks)"
    assert found == [tmp_path / "in/a.txt", Skipped(tmp_path / "in/b.txt", reason)]
    followed = list(walk(tmp_path / "in", "*.txt", follow_symlinks=True))
    assert followed == [tmp_path / "in/a.txt", tmp_path / "in/b.txt"]


# --- from_arguments / is_single ---------------------------------------------------------


def test_from_arguments_files_as_named_directories_walked(tmp_path: Path) -> None:
    touch(tmp_path / "in/sub/b.txt")
    touch(tmp_path / "in/a.txt")
    single = touch(tmp_path / "other/c.txt")
    missing = tmp_path / "nope.txt"
    candidates = list(
        from_arguments([str(tmp_path / "in"), str(single), str(missing)], "*.txt", None)
    )
    assert [c.relative for c in candidates] == [
        PurePath("a.txt"),
        PurePath("sub/b.txt"),
        PurePath("c.txt"),
        PurePath("nope.txt"),
    ]
    assert [c.problem for c in candidates] == [None, None, None, "no such file or directory"]


def test_is_single(tmp_path: Path) -> None:
    file = touch(tmp_path / "a.txt")
    assert is_single((str(file),), None)
    assert is_single(("-",), None)
    assert is_single((str(tmp_path / "missing.txt"),), None)
    assert not is_single((str(tmp_path),), None)
    assert not is_single((str(file), str(file)), None)
    assert not is_single((str(file),), "list.txt")
    assert not is_single((), "list.txt")


# --- plan -------------------------------------------------------------------------------


def test_plan_maps_each_candidate_in_order(tmp_path: Path) -> None:
    out = tmp_path / "out"
    candidates = [
        Candidate("in/a.txt", PurePath("a.txt")),
        Candidate("in/sub/b.txt", PurePath("sub/b.txt")),
    ]
    assert list(plan(candidates, out)) == [
        Job(0, "in/a.txt", str(out / "a.md"), None),
        Job(1, "in/sub/b.txt", str(out / "sub/b.md"), None),
    ]


def test_plan_collision_second_input_gets_a_problem(tmp_path: Path) -> None:
    out = tmp_path / "out"
    candidates = [
        Candidate("one/a.txt", PurePath("a.txt")),
        Candidate("two/a.text", PurePath("a.text")),
        Candidate("three/a.txt", PurePath("./a.txt")),
        Candidate("b.txt", PurePath("b.txt")),
    ]
    jobs = list(plan(candidates, out))
    assert [job.output for job in jobs] == [str(out / "a.md")] * 3 + [str(out / "b.md")]
    assert [job.position for job in jobs] == [0, 1, 2, 3]
    assert jobs[0].problem is None
    for job in jobs[1:3]:
        assert job.problem is not None
        assert str(out / "a.md") in job.problem
    assert jobs[3].problem is None


def test_plan_problem_candidate_claims_no_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    candidates = [
        Candidate("gone/a.txt", PurePath("a.txt"), "no such file"),
        Candidate("here/a.txt", PurePath("a.txt")),
    ]
    jobs = list(plan(candidates, out))
    assert [job.problem for job in jobs] == ["no such file", None]


def test_plan_collision_across_spellings_of_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = list(plan([Candidate("x/a.txt", PurePath("a.txt"))], Path("out")))
    jobs = list(
        plan(
            [
                Candidate("x/a.txt", PurePath("a.txt")),
                Candidate("y/a.txt", PurePath("sub/../a.txt")),
            ],
            Path("out"),
        )
    )
    assert first[0].problem is None
    assert jobs[0].problem is None
    assert jobs[1].problem is not None


def test_plan_is_lazy(tmp_path: Path) -> None:
    def endless() -> Iterator[Candidate]:
        for index in count():
            yield Candidate(f"{index}.txt", PurePath(f"{index}.txt"))

    jobs = plan(endless(), tmp_path)
    assert [next(jobs).output for _ in range(3)] == [str(tmp_path / f"{i}.md") for i in range(3)]


# --- batch helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "workers", "expected"),
    [
        (0, 4, 1),
        (1, 1, 1),
        (30, 2, 1),
        (100, 1, 12),
        (1000, 4, 31),
        (10_000, 4, MAX_CHUNK),
        (10**9, 1, MAX_CHUNK),
    ],
)
def test_chunk_size(total: int, workers: int, expected: int) -> None:
    assert chunk_size(total, workers) == expected


@pytest.mark.parametrize("total", [0, 1, 7, 64, 1000, 123_457])
@pytest.mark.parametrize("workers", [1, 2, 3, 16])
def test_chunk_size_bounds(total: int, workers: int) -> None:
    assert 1 <= chunk_size(total, workers) <= MAX_CHUNK


def test_chunks_consecutive_slices() -> None:
    items = [Job(index, f"{index}.txt", f"{index}.md") for index in range(10)]
    cut = [list(chunk) for chunk in chunks(items, 3)]
    assert [[job.position for job in chunk] for chunk in cut] == [
        [0, 1, 2],
        [3, 4, 5],
        [6, 7, 8],
        [9],
    ]
    assert [job for chunk in cut for job in chunk] == items


def test_chunks_edge_sizes() -> None:
    items = [Job(index, f"{index}.txt", f"{index}.md") for index in range(4)]
    assert list(chunks([], 5)) == []
    assert [len(chunk) for chunk in chunks(items, 1)] == [1, 1, 1, 1]
    assert [len(chunk) for chunk in chunks(items, 4)] == [4]
    assert [len(chunk) for chunk in chunks(items, 100)] == [4]


def test_chunks_take_an_iterator_lazily() -> None:
    def endless() -> Iterator[Job]:
        for index in count():
            yield Job(index, f"{index}.txt", f"{index}.md")

    cut = chunks(endless(), 4)
    assert [job.position for job in next(cut)] == [0, 1, 2, 3]
    assert [job.position for job in next(cut)] == [4, 5, 6, 7]


def test_is_up_to_date(tmp_path: Path) -> None:
    source = touch(tmp_path / "a.txt")
    output = tmp_path / "a.md"
    assert not is_up_to_date(source, output)  # no output yet
    touch(output)
    base = 1_700_000_000 * 10**9
    os.utime(source, ns=(base, base))
    os.utime(output, ns=(base + 10**9, base + 10**9))
    assert is_up_to_date(source, output)  # output newer
    os.utime(output, ns=(base, base))
    assert is_up_to_date(source, output)  # same time
    os.utime(source, ns=(base + 1, base + 1))
    assert not is_up_to_date(source, output)  # input newer by a nanosecond
    assert not is_up_to_date(tmp_path / "missing.txt", output)


def test_unreadable_directory_is_a_failing_candidate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    real_walk = os.walk

    def walk_with_a_locked_folder(
        top: str, onerror: object = None, followlinks: bool = False
    ) -> Iterator[object]:
        for root, directories, files in real_walk(top):
            yield root, directories, files
            if "locked" in directories:  # listing it fails, as os.walk reports it
                directories.remove("locked")
                assert callable(onerror)
                onerror(PermissionError(13, "Permission denied", str(Path(root) / "locked")))

    monkeypatch.setattr("newsmd.plan.os.walk", walk_with_a_locked_folder)
    candidates = list(from_arguments([str(tmp_path)], "*.txt", None))
    assert [c.source for c in candidates] == [str(tmp_path / "a.txt"), str(tmp_path / "locked")]
    assert candidates[0].problem is None
    assert candidates[1].problem == "cannot list directory: Permission denied"
