"""The errors newsmd reports to its users."""

from __future__ import annotations


class NewsmdError(Exception):
    """Base of the errors that are the input's fault or the user's, shown as one line."""


class InputError(NewsmdError):
    """The input cannot be converted: not text, not decodable, or holding no article."""
