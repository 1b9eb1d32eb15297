"""Entry point: ``newsmd`` and ``python -m newsmd``."""

from __future__ import annotations

from .cli import cli


def main() -> None:
    """Run the command line."""
    cli(prog_name="newsmd")


if __name__ == "__main__":
    main()
