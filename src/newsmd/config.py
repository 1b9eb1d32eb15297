"""Configuration files: finding them, reading them, and turning them into click defaults.

Settings live at the top level of a ``newsmd.toml`` or in the ``[tool.newsmd]`` table of a
``pyproject.toml``. A setting is named after a command-line option, without the leading
dashes, in either spelling (``front-matter`` or ``front_matter``); the click parameter name
(``pattern`` for ``--glob``) is accepted too. Each setting applies to every command that has
the option.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from .errors import NewsmdError

CONFIG_NAME = "newsmd.toml"
PYPROJECT_NAME = "pyproject.toml"

_SOURCES = {
    ParameterSource.COMMANDLINE: "command line",
    ParameterSource.ENVIRONMENT: "environment",
    ParameterSource.PROMPT: "prompt",
}


class ConfigError(NewsmdError):
    """A configuration file cannot be read or holds a setting newsmd cannot use."""


# --- finding and reading ------------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` or above it, or None.

    In each directory ``newsmd.toml`` comes first, then a ``pyproject.toml`` that has a
    ``[tool.newsmd]`` table; a pyproject.toml without it is passed over.
    """
    directory = start.resolve()
    for folder in (directory, *directory.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT_NAME
        if _mentions_newsmd(candidate) and _newsmd_table(_load(candidate)) is not None:
            return candidate
    return None


def _mentions_newsmd(path: Path) -> bool:
    """Whether ``path`` is a file that may hold a ``[tool.newsmd]`` table: the cheap
    test before parsing it (a project that merely names newsmd, as a dependency or as
    itself, is passed over unparsed). ``[tool]`` with a ``newsmd`` key is kept too."""
    try:
        data = path.read_bytes() if path.is_file() else b""
    except OSError:
        return True  # let _load say why it cannot be read
    return b"tool.newsmd" in data or (b"[tool]" in data and b"newsmd" in data)


def read_config(path: Path) -> dict[str, Any]:
    """The settings in ``path``, keyed by their underscore names.

    The whole top-level table of a ``newsmd.toml`` (or any other file), the
    ``[tool.newsmd]`` table of a ``pyproject.toml``.
    """
    document = _load(path)
    if path.name != PYPROJECT_NAME:
        return _settings(document, path)
    table = _newsmd_table(document)
    if table is None:
        raise ConfigError("no [tool.newsmd] table", subject=str(path))
    if not isinstance(table, dict):
        raise ConfigError("tool.newsmd is not a table", subject=str(path))
    return _settings(table, path)


def _load(path: Path) -> dict[str, Any]:
    """The TOML document in ``path``; ConfigError when it cannot be read or parsed."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read: {error.strerror or error}", subject=str(path)) from None
    except UnicodeDecodeError:
        raise ConfigError("cannot read: not UTF-8 text", subject=str(path)) from None
    if sys.version_info >= (3, 11):
        import tomllib  # noqa: PLC0415 - loaded only when a file is read
    else:
        import tomli as tomllib  # noqa: PLC0415
    try:
        document: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML: {error}", subject=str(path)) from None
    return document


def _newsmd_table(document: dict[str, Any]) -> object | None:
    """``tool.newsmd`` of a pyproject document, or None when it has none."""
    tool = document.get("tool")
    return tool.get("newsmd") if isinstance(tool, dict) else None


def _settings(table: dict[str, Any], path: Path) -> dict[str, Any]:
    """``table`` with underscore keys; nested tables and doubled keys are errors."""
    settings: dict[str, Any] = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if isinstance(value, dict):
            raise ConfigError(
                f"setting '{key}' is a table; nested settings are not supported",
                subject=str(path),
            )
        if name in settings:
            raise ConfigError(f"setting '{name}' is given twice", subject=str(path))
        settings[name] = value
    return settings


# --- click defaults -----------------------------------------------------------------------


def default_map(
    settings: dict[str, Any], group: click.Group, path: Path
) -> dict[str, dict[str, Any]]:
    """click's ``default_map`` for ``group``: each subcommand's settings by parameter name.

    Every value is checked against the option's type, so a bad one is reported with the
    file's name before any command runs.
    """
    result: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for command_name, command in group.commands.items():
        options = _options_by_setting(command)
        for key, value in settings.items():
            option = options.get(key.replace("-", "_"))
            if option is None or option.name is None:
                continue
            _check_value(command, option, key, value, path)
            result.setdefault(command_name, {})[option.name] = value
            used.add(key)
    unknown = [key for key in settings if key not in used]
    if unknown:
        known = {
            name for command in group.commands.values() for name in _options_by_setting(command)
        }
        raise ConfigError(_unknown_message(unknown[0], known), subject=str(path))
    return result


def _setting_names(option: click.Option) -> list[str]:
    """The names a setting for ``option`` may have: its long option names, its parameter name.

    The first is the one to show; all use underscores.
    """
    longs = [opt.lstrip("-").replace("-", "_") for opt in option.opts if opt.startswith("--")]
    names = [*longs, option.name] if option.name else longs
    return list(dict.fromkeys(names))


def _options(command: click.Command) -> list[click.Option]:
    """The options of ``command`` that a setting may give, one per parameter name."""
    options: dict[str, click.Option] = {}
    for param in command.params:
        if isinstance(param, click.Option) and param.name and not param.is_eager:
            options.setdefault(param.name, param)
    return list(options.values())


def _options_by_setting(command: click.Command) -> dict[str, click.Option]:
    """The options of ``command`` by every setting name that reaches them."""
    by_name: dict[str, click.Option] = {}
    for option in _options(command):
        for name in _setting_names(option):
            by_name.setdefault(name, option)
    return by_name


def _unknown_message(key: str, known: Iterable[str]) -> str:
    """The message for an unknown setting, with the closest known name when there is one."""
    import difflib  # noqa: PLC0415 - only for an error message

    close = difflib.get_close_matches(key, sorted(known), n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown setting '{key}'{hint}"


# --- checking values ----------------------------------------------------------------------

_TOML_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "a boolean"),
    (int, "an integer"),
    (float, "a float"),
    (str, "a string"),
    (list, "an array"),
    (dict, "a table"),
    (datetime, "a date-time"),
    (date, "a date"),
    (time, "a time"),
)


def _check_value(
    command: click.Command, option: click.Option, key: str, value: Any, path: Path
) -> None:
    """ConfigError unless ``value`` is what ``option`` takes, as TOML and after conversion."""
    problem = _shape_problem(option, value)
    if problem is None and not isinstance(option.type, click.File):
        try:
            option.type_cast_value(click.Context(command), value)
        except click.BadParameter as error:
            problem = error.message
    if problem is not None:
        raise ConfigError(f"invalid value for setting '{key}': {problem}", subject=str(path))


def _shape_problem(option: click.Option, value: Any) -> str | None:
    """What is wrong with the TOML type of ``value`` for ``option``, or None."""
    if option.nargs != 1:
        return None
    kinds, wanted = _wanted(option)
    if option.multiple:
        if not isinstance(value, list):
            return f"expected an array of {_plural(wanted)}, got {_toml_type(value)}"
        wrong = [item for item in value if not _is_kind(item, kinds)]
        return (
            f"expected an array of {_plural(wanted)}, got {_toml_type(wrong[0])} in it"
            if wrong
            else None
        )
    return None if _is_kind(value, kinds) else f"expected {wanted}, got {_toml_type(value)}"


def _wanted(option: click.Option) -> tuple[tuple[type, ...], str]:
    """The Python types a TOML value for ``option`` may have, and their description."""
    param_type = option.type
    if isinstance(param_type, click.types.BoolParamType):
        return (bool,), "a boolean"
    if isinstance(param_type, click.types.IntParamType):
        return (int,), "an integer"
    if isinstance(param_type, click.types.FloatParamType):
        return (int, float), "a number"
    return (str,), "a string"


def _is_kind(value: Any, kinds: tuple[type, ...]) -> bool:
    """Whether ``value`` is one of ``kinds``; a boolean is no number here."""
    if isinstance(value, bool) and bool not in kinds:
        return False
    return isinstance(value, kinds)


def _toml_type(value: Any) -> str:
    """The TOML name of ``value``'s type, with an article."""
    return next((name for kind, name in _TOML_TYPES if isinstance(value, kind)), "a value")


def _plural(wanted: str) -> str:
    """The plural of a description such as "a string": "strings"."""
    return wanted.split(" ", 1)[1] + "s"


# --- showing the settings -----------------------------------------------------------------


def effective_settings(
    command: click.Command, ctx: click.Context, config: Path | None = None
) -> list[tuple[str, Any, str]]:
    """Each option of ``command``: its setting name, value in ``ctx``, and where that came from.

    The source is "default", "command line", "environment", "prompt", or for a value from
    the context's ``default_map`` the path ``config`` ("config file" when not given).
    """
    return [
        (_setting_names(option)[0], ctx.params.get(option.name), _source(ctx, option.name, config))
        for option in _options(command)
        if option.name is not None
    ]


def _source(ctx: click.Context, name: str, config: Path | None) -> str:
    """Where the value of parameter ``name`` in ``ctx`` came from."""
    source = ctx.get_parameter_source(name)
    if source is ParameterSource.DEFAULT_MAP:
        return str(config) if config is not None else "config file"
    return _SOURCES.get(source, "default") if source is not None else "default"


def format_settings(rows: Sequence[tuple[str, Any, str]]) -> str:
    """``rows`` as aligned ``name = value  # source`` lines in TOML syntax.

    An unset value (None) becomes a commented-out line, ``# name  # not set``.
    """
    width = max((len(name) for name, value, _ in rows if value is not None), default=0)
    lines = [_setting_line(name, value, source, width) for name, value, source in rows]
    column = max((len(left) for left, _ in lines), default=0) + 2
    return "".join(f"{left:<{column}}{comment}\n" for left, comment in lines)


def _setting_line(name: str, value: Any, source: str, width: int) -> tuple[str, str]:
    """The setting part and the comment of one line of :func:`format_settings`."""
    if value is None:
        return f"# {name}", "# not set"
    return f"{name:<{width}} = {_toml_value(value)}", f"# {source}"


def _toml_value(value: Any) -> str:
    """``value`` written as a TOML value; paths, dates and other objects as strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, datetime) and value.time() == time():
        value = value.date()
    if isinstance(value, date | time):
        value = value.isoformat()
    import json  # noqa: PLC0415 - only to print the settings

    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")
