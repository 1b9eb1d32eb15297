"""Configuration files (config.py): finding, reading, click defaults and the effective settings."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click
import pytest
from click.core import ParameterSource
from click.testing import CliRunner, Result

from newsmd.config import (
    ConfigError,
    default_map,
    effective_settings,
    find_config,
    format_settings,
    read_config,
)
from newsmd.errors import NewsmdError

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

# --- a stand-in for newsmd's command line, wired the way cli.py is meant to be -------------


def _show(ctx: click.Context) -> None:
    """One line per parameter: name=value SOURCE."""
    for name, value in ctx.params.items():
        source = ctx.get_parameter_source(name)
        click.echo(f"{name}={value!r} {source.name if source else None}")


@click.group()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--no-config", is_flag=True)
@click.pass_context
def app(ctx: click.Context, config_path: Path | None, no_config: bool) -> None:
    """Read the configuration file into ctx.default_map."""
    path = None if no_config else config_path or find_config(Path.cwd())
    if path is None:
        return
    try:
        ctx.default_map = default_map(read_config(path), app, path)
    except ConfigError as error:
        raise click.UsageError(f"{error.subject}: {error}") from None
    ctx.meta["config"] = path


@app.command()
@click.argument("inputs", nargs=-1)
@click.option("--front-matter", type=click.Choice(["yaml", "toml", "json", "none"]), default="yaml")
@click.option("-j", "--jobs", type=click.IntRange(min=1))
@click.option("--dayfirst", is_flag=True)
@click.option("--tag", multiple=True)
@click.option("--glob", "pattern", default="*.txt")
@click.option("--title/--no-title", default=True)
@click.pass_context
def convert(ctx: click.Context, /, **_: Any) -> None:
    """Convert."""
    _show(ctx)


@app.command()
@click.option("--dayfirst", is_flag=True)
@click.option("--width", type=int, default=80)
@click.pass_context
def inspect(ctx: click.Context, /, **_: Any) -> None:
    """Inspect."""
    _show(ctx)


@app.command("config")
@click.pass_context
def show_config(ctx: click.Context) -> None:
    """The effective settings of convert."""
    group_ctx = ctx.parent
    assert group_ctx is not None
    with convert.make_context("convert", [], parent=group_ctx, resilient_parsing=True) as sub:
        rows = effective_settings(convert, sub, group_ctx.meta.get("config"))
    click.echo(format_settings(rows), nl=False)


def run(*args: str, **kwargs: Any) -> Result:
    return CliRunner().invoke(app, list(args), **kwargs)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_error(path: Path) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        read_config(path)
    return caught.value


# --- find_config ------------------------------------------------------------------------


def test_found_in_the_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = write(tmp_path / "newsmd.toml", "jobs = 2\n")
    monkeypatch.chdir(tmp_path)
    assert find_config(Path.cwd()) == config.resolve()
    assert find_config(Path(".")) == config.resolve()


def test_found_in_a_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = write(tmp_path / "newsmd.toml", "jobs = 2\n")
    (tmp_path / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "a" / "b")
    assert find_config(Path.cwd()) == config.resolve()


def test_newsmd_toml_wins_over_pyproject_in_the_same_directory(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.newsmd]\njobs = 2\n")
    config = write(tmp_path / "newsmd.toml", "jobs = 3\n")
    assert find_config(tmp_path) == config.resolve()


def test_nearer_pyproject_wins_over_farther_newsmd_toml(tmp_path: Path) -> None:
    write(tmp_path / "newsmd.toml", "jobs = 3\n")
    pyproject = write(tmp_path / "sub" / "pyproject.toml", "[tool.newsmd]\njobs = 2\n")
    assert find_config(tmp_path / "sub") == pyproject.resolve()


def test_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    config = write(tmp_path / "newsmd.toml", "jobs = 3\n")
    write(tmp_path / "sub" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert find_config(tmp_path / "sub") == config.resolve()


def test_pyproject_that_only_names_newsmd_is_skipped_unparsed(tmp_path: Path) -> None:
    """A project depending on newsmd (or newsmd's own) has no settings for it: passed
    over without being parsed, so even its broken TOML is no error here."""
    config = write(tmp_path / "newsmd.toml", "jobs = 3\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\ndependencies = ["newsmd"\n')
    assert find_config(tmp_path / "sub") == config.resolve()


def test_a_newsmd_key_under_a_tool_table_is_found(tmp_path: Path) -> None:
    pyproject = write(tmp_path / "pyproject.toml", "[tool]\nnewsmd = { jobs = 2 }\n")
    assert find_config(tmp_path) == pyproject.resolve()


def test_none_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    write(tmp_path / "newsmd.toml.bak", "jobs = 3\n")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert find_config(Path.cwd()) is None


def test_broken_pyproject_on_the_way_up_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "newsmd.toml", "jobs = 3\n")
    pyproject = write(tmp_path / "sub" / "pyproject.toml", "[tool.newsmd\n")
    with pytest.raises(ConfigError) as caught:
        find_config(tmp_path / "sub")
    assert caught.value.subject == str(pyproject.resolve())


# --- read_config ------------------------------------------------------------------------


def test_both_spellings_of_keys(tmp_path: Path) -> None:
    text = 'front-matter = "toml"\nkeep_boilerplate = true\ndry-run = false\n'
    assert read_config(write(tmp_path / "newsmd.toml", text)) == {
        "front_matter": "toml",
        "keep_boilerplate": True,
        "dry_run": False,
    }


def test_pyproject_gives_its_tool_newsmd_table(tmp_path: Path) -> None:
    text = '[project]\nname = "x"\n[tool.newsmd]\nfront-matter = "json"\ntag = ["a"]\n'
    assert read_config(write(tmp_path / "pyproject.toml", text)) == {
        "front_matter": "json",
        "tag": ["a"],
    }


def test_pyproject_without_the_table_is_an_error(tmp_path: Path) -> None:
    error = config_error(write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n"))
    assert str(error) == "no [tool.newsmd] table"


def test_a_key_in_both_spellings_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "newsmd.toml", "front-matter = 'a'\nfront_matter = 'b'\n")
    error = config_error(path)
    assert str(error) == "setting 'front_matter' is given twice"


def test_invalid_toml_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "newsmd.toml", "jobs = 2\njobs 3\n")
    error = config_error(path)
    assert isinstance(error, NewsmdError)
    assert error.subject == str(path)
    assert str(error).startswith("invalid TOML: ")
    assert "line 2" in str(error)
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    "text",
    ["[convert]\njobs = 2\n", "[tool.newsmd]\njobs = 2\n", "convert = { jobs = 2 }\n"],
)
def test_a_table_is_an_error(tmp_path: Path, text: str) -> None:
    error = config_error(write(tmp_path / "newsmd.toml", text))
    assert "is a table; nested settings are not supported" in str(error)


def test_nested_table_in_pyproject_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.newsmd.convert]\njobs = 2\n")
    assert str(config_error(path)) == (
        "setting 'convert' is a table; nested settings are not supported"
    )


def test_unreadable_file(tmp_path: Path) -> None:
    missing = tmp_path / "newsmd.toml"
    assert str(config_error(missing)).startswith("cannot read: ")
    assert config_error(missing).subject == str(missing)
    binary = tmp_path / "other.toml"
    binary.write_bytes(b"jobs = '\xff'\n")
    assert str(config_error(binary)) == "cannot read: not UTF-8 text"


# --- default_map ------------------------------------------------------------------------


def test_settings_go_to_every_command_with_the_option(tmp_path: Path) -> None:
    settings = {"dayfirst": True, "jobs": 2, "glob": "*.text", "no_config": True}
    with pytest.raises(ConfigError, match="unknown setting 'no_config'"):
        default_map(settings, app, tmp_path)  # group options are not settings
    del settings["no_config"]
    assert default_map(settings, app, tmp_path) == {
        "convert": {"dayfirst": True, "jobs": 2, "pattern": "*.text"},
        "inspect": {"dayfirst": True},
    }


def test_parameter_name_is_a_setting_name_too(tmp_path: Path) -> None:
    assert default_map({"pattern": "*.md"}, app, tmp_path) == {"convert": {"pattern": "*.md"}}


def test_unknown_setting_suggests_the_closest(tmp_path: Path) -> None:
    path = tmp_path / "newsmd.toml"
    with pytest.raises(ConfigError) as caught:
        default_map({"front_mater": "json"}, app, path)
    assert str(caught.value) == "unknown setting 'front_mater' (did you mean 'front_matter'?)"
    assert caught.value.subject == str(path)
    with pytest.raises(ConfigError) as caught:
        default_map({"zzzzzz": 1}, app, path)
    assert str(caught.value) == "unknown setting 'zzzzzz'"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"jobs": "many"}, "invalid value for setting 'jobs': expected an integer, got a string"),
        ({"jobs": 2.5}, "invalid value for setting 'jobs': expected an integer, got a float"),
        ({"jobs": True}, "invalid value for setting 'jobs': expected an integer, got a boolean"),
        ({"jobs": 0}, "invalid value for setting 'jobs': 0 is not in the range x>=1."),
        (
            {"front_matter": "xml"},
            "invalid value for setting 'front_matter': "
            "'xml' is not one of 'yaml', 'toml', 'json', 'none'.",
        ),
        (
            {"dayfirst": 1},
            "invalid value for setting 'dayfirst': expected a boolean, got an integer",
        ),
        (
            {"tag": "a"},
            "invalid value for setting 'tag': expected an array of strings, got a string",
        ),
        (
            {"tag": ["a", 1]},
            "invalid value for setting 'tag': expected an array of strings, got an integer in it",
        ),
        ({"glob": ["*.txt"]}, "invalid value for setting 'glob': expected a string, got an array"),
        ({"width": "wide"}, "invalid value for setting 'width': expected an integer, got a string"),
    ],
)
def test_wrong_type_names_the_setting(
    tmp_path: Path, settings: dict[str, Any], message: str
) -> None:
    path = tmp_path / "newsmd.toml"
    with pytest.raises(ConfigError) as caught:
        default_map(settings, app, path)
    assert str(caught.value) == message
    assert caught.value.subject == str(path)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"jobs": "many"}, "Invalid value for '-j' / '--jobs': 'many' is not a valid integer"),
        ({"jobs": 0}, "Invalid value for '-j' / '--jobs': 0 is not in the range x>=1."),
        ({"front_matter": "xml"}, "Invalid value for '--front-matter': 'xml' is not one of"),
    ],
)
def test_click_checks_default_map_values_itself(settings: dict[str, Any], message: str) -> None:
    result = run("--no-config", "convert", default_map={"convert": settings})
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('jobs = "many"', "setting 'jobs': expected an integer, got a string"),
        ("jobs = 0", "setting 'jobs': 0 is not in the range x>=1."),
        ('front-matter = "xml"', "setting 'front_matter': 'xml' is not one of"),
    ],
)
def test_wrong_type_in_a_file_stops_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    path = write(tmp_path / "newsmd.toml", text + "\n")
    monkeypatch.chdir(tmp_path)
    result = run("convert")
    assert result.exit_code == 2
    assert f"Error: {path.resolve()}: invalid value for {message}" in result.output


# --- through the command line -----------------------------------------------------------


def test_multiple_option_from_a_toml_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "newsmd.toml", 'tag = ["a", "b c"]\n')
    monkeypatch.chdir(tmp_path)
    result = run("convert")
    assert result.exit_code == 0, result.output
    assert "tag=('a', 'b c') DEFAULT_MAP" in result.output.splitlines()


def test_command_line_wins_over_config_and_config_over_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "newsmd.toml", 'jobs = 3\nfront-matter = "json"\ndayfirst = true\n')
    monkeypatch.chdir(tmp_path)
    result = run("convert", "--jobs", "5")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "jobs=5 COMMANDLINE" in lines
    assert "front_matter='json' DEFAULT_MAP" in lines
    assert "dayfirst=True DEFAULT_MAP" in lines
    assert "pattern='*.txt' DEFAULT" in lines
    inspected = run("inspect").output.splitlines()
    assert inspected == ["dayfirst=True DEFAULT_MAP", "width=80 DEFAULT"]


def test_config_and_no_config_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "newsmd.toml", "jobs = 3\n")
    other = write(tmp_path / "other.toml", "jobs = 4\n")
    monkeypatch.chdir(tmp_path)
    assert "jobs=3 DEFAULT_MAP" in run("convert").output.splitlines()
    assert "jobs=4 DEFAULT_MAP" in run("--config", str(other), "convert").output.splitlines()
    assert "jobs=None DEFAULT" in run("--no-config", "convert").output.splitlines()


# --- effective_settings and format_settings -------------------------------------------------


def test_effective_settings_values_and_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "newsmd.toml"
    monkeypatch.setenv("APP_CONVERT_TAG", "env")
    group_ctx = click.Context(app, info_name="app", auto_envvar_prefix="APP")
    group_ctx.default_map = default_map({"jobs": 3, "front-matter": "toml"}, app, path)
    args = ["--dayfirst", "in.txt"]
    with convert.make_context("convert", args, parent=group_ctx, resilient_parsing=True) as ctx:
        assert ctx.get_parameter_source("jobs") is ParameterSource.DEFAULT_MAP
        rows = effective_settings(convert, ctx, path)
        unnamed = effective_settings(convert, ctx)
    assert rows == [
        ("front_matter", "toml", str(path)),
        ("jobs", 3, str(path)),
        ("dayfirst", True, "command line"),
        ("tag", ("env",), "environment"),
        ("glob", "*.txt", "default"),
        ("title", True, "default"),
    ]
    assert unnamed[1] == ("jobs", 3, "config file")


def test_effective_settings_without_arguments_in_resilient_mode() -> None:
    group_ctx = click.Context(app, info_name="app")
    with convert.make_context("convert", [], parent=group_ctx, resilient_parsing=True) as ctx:
        rows = effective_settings(convert, ctx)
    assert [(name, source) for name, _, source in rows] == [
        ("front_matter", "default"),
        ("jobs", "default"),
        ("dayfirst", "default"),
        ("tag", "default"),
        ("glob", "default"),
        ("title", "default"),
    ]


def test_effective_settings_skip_eager_options() -> None:
    @click.command()
    @click.version_option("1.0")
    @click.option("--quiet", is_flag=True)
    def command(quiet: bool) -> None:
        """A command."""

    with command.make_context("command", [], resilient_parsing=True) as ctx:
        assert [name for name, _, _ in effective_settings(command, ctx)] == ["quiet"]


def test_format_settings_exact_text() -> None:
    rows = [
        ("front_matter", "yaml", "default"),
        ("jobs", None, "default"),
        ("dayfirst", True, "/x/newsmd.toml"),
        ("tag", ("a", "b"), "command line"),
    ]
    assert format_settings(rows) == (
        'front_matter = "yaml"      # default\n'
        "# jobs                     # not set\n"
        "dayfirst     = true        # /x/newsmd.toml\n"
        'tag          = ["a", "b"]  # command line\n'
    )
    assert format_settings([]) == ""


def test_format_settings_is_valid_toml() -> None:
    rows = [
        ("text", 'say "hi"\\ \t\n\x7f é', "default"),
        ("path", Path("a/b.md"), "default"),
        ("now", datetime(2024, 5, 6), "default"),
        ("at", datetime(2024, 5, 6, 7, 8), "default"),
        ("ratio", 0.5, "default"),
        ("count", 0, "default"),
        ("off", False, "default"),
        ("empty", (), "default"),
        ("unset", None, "default"),
    ]
    assert tomllib.loads(format_settings(rows)) == {
        "text": 'say "hi"\\ \t\n\x7f é',
        "path": str(Path("a/b.md")),
        "now": "2024-05-06",
        "at": "2024-05-06T07:08:00",
        "ratio": 0.5,
        "count": 0,
        "off": False,
        "empty": [],
    }


def test_config_command_shows_pasteable_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "newsmd.toml", 'jobs = 3\ntag = ["a"]\n')
    monkeypatch.chdir(tmp_path)
    result = run("config")
    assert result.exit_code == 0, result.output
    source = str(path.resolve())
    assert result.output == (
        'front_matter = "yaml"   # default\n'
        f"jobs         = 3        # {source}\n"
        "dayfirst     = false    # default\n"
        f'tag          = ["a"]    # {source}\n'
        'glob         = "*.txt"  # default\n'
        "title        = true     # default\n"
    )
    pasted = write(tmp_path / "pasted" / "newsmd.toml", result.output)
    assert read_config(pasted) == {
        "front_matter": "yaml",
        "jobs": 3,
        "dayfirst": False,
        "tag": ["a"],
        "glob": "*.txt",
        "title": True,
    }
    monkeypatch.chdir(pasted.parent)
    assert run("config").output.count(str(pasted.resolve())) == 6
