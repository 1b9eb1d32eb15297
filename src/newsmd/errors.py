"""The errors newsmd reports to its users."""

from __future__ import annotations


class NewsmdError(Exception):
    """Base of the errors that are the input's fault or the user's, shown as one line.

    ``subject`` names the file the error is about when it is not the input.
    """

    def __init__(self, message: str, subject: str | None = None) -> None:
        super().__init__(message)
        self.subject = subject


class InputError(NewsmdError):
    """The input cannot be converted: not text, not decodable, or holding no article."""
