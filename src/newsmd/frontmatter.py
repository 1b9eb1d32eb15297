"""Front matter blocks: YAML, TOML, JSON, or none.

Each writer takes the values as a dict, keys in order, no empty values, and
returns the whole block with its delimiters and a final newline; each block
loads back to the same values with the standard parser for its format
(``yaml.safe_load``, ``tomllib``, ``json``).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .lazy import collector_paused, lazy_compile
from .regex_cache import cached_patterns

if TYPE_CHECKING:
    from yaml import ScalarNode
    from yaml.representer import SafeRepresenter

FORMATS = ("yaml", "toml", "json", "none")


def front_matter(values: dict[str, Any], form: str) -> str:
    """``values`` as a front matter block in ``form`` (one of FORMATS); "" for none."""
    if form == "none" or (not values and form != "yaml"):
        return ""
    if form == "toml":
        return toml_front_matter(values)
    if form == "json":
        return json_front_matter(values)
    return yaml_front_matter(values)


def toml_front_matter(values: dict[str, Any]) -> str:
    """``values`` between ``+++`` lines, written by tomli-w (Hugo's TOML form)."""
    import tomli_w  # noqa: PLC0415 - loaded only for TOML output

    return f"+++\n{tomli_w.dumps(values)}+++\n"


def json_front_matter(values: dict[str, Any]) -> str:
    """``values`` as one JSON object, its braces on lines of their own (Hugo's JSON form)."""
    import json  # noqa: PLC0415 - loaded only for JSON front matter

    return json.dumps(values, ensure_ascii=False, indent=2, default=_iso) + "\n"


def _iso(value: object) -> str:
    """Dates and times in JSON, as ISO 8601 strings."""
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


#: Line breaks PyYAML writes raw in plain and single-quoted scalars, where a
#: reader folds them into spaces; in double quotes they are escaped.
_YAML_LINE_BREAKS = "\x85\u2028\u2029"
#: Characters libyaml's emitter writes otherwise than PyYAML's own: it escapes
#: those beyond the Basic Multilingual Plane (emoji), which PyYAML writes as
#: they are, and it cannot encode a lone surrogate at all.
_NOT_FOR_LIBYAML = lazy_compile(r"[\ud800-\udfff\U00010000-\U0010ffff]")


def _represent_str(dumper: SafeRepresenter, data: str) -> ScalarNode:
    """A string, double-quoted when it holds a Unicode line break."""
    style = '"' if any(char in data for char in _YAML_LINE_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


@lru_cache(maxsize=1)
def _dumpers() -> tuple[type, type | None]:
    """PyYAML's safe dumper and, when PyYAML was built with libyaml, the same
    on libyaml's emitter (several times faster); both with ``_represent_str``."""
    with cached_patterns(), collector_paused():  # PyYAML compiles a dozen patterns on import
        import yaml  # noqa: PLC0415 - imported only when output is written

    class FrontMatterDumper(yaml.SafeDumper):
        pass

    FrontMatterDumper.add_representer(str, _represent_str)
    if not yaml.__with_libyaml__:
        return FrontMatterDumper, None

    class LibyamlFrontMatterDumper(yaml.CSafeDumper):
        pass

    LibyamlFrontMatterDumper.add_representer(str, _represent_str)
    return FrontMatterDumper, LibyamlFrontMatterDumper


def _libyaml_writes_alike(values: dict[str, Any]) -> bool:
    """Whether libyaml's emitter writes ``values`` byte for byte as PyYAML's own:
    when their strings hold nothing of ``_NOT_FOR_LIBYAML`` (numbers, booleans and
    dates are written alike by both)."""
    texts: list[str] = [*values]
    for value in values.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                texts.append(item)
            elif not isinstance(item, (bool, int, date)):
                return False
    return not _NOT_FOR_LIBYAML().search("".join(texts))


def yaml_front_matter(values: dict[str, Any]) -> str:
    """``values`` as a YAML front matter block, ``---`` lines included."""
    dumper, libyaml_dumper = _dumpers()
    if libyaml_dumper is not None and _libyaml_writes_alike(values):
        dumper = libyaml_dumper
    return _front_matter(values, dumper)


def _front_matter(values: dict[str, Any], dumper: type) -> str:
    """``values`` dumped with ``dumper``, between ``---`` lines."""
    import yaml  # noqa: PLC0415 - imported only when output is written

    dumped = yaml.dump(
        values,
        Dumper=dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=2**31 - 1,
    )
    return f"---\n{dumped}---\n"
