"""E-mail: the header of a message (``From:``, ``Sent:``, ``Subject:``) an article
came in, and the line that opens a forwarded message.

A header is two or more header lines one under another, ``From`` or ``Subject``
among them, at the top of the text or under a forwarded-message line, as a mail
program prints them in English, German, French, Spanish, Italian, Dutch, Polish
and Portuguese. Its subject is the title when the text gives no headline; its
date, the date when the text gives none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .model import Block

#: Header names as mail programs print them, with the field each is.
MAIL_FIELDS = {
    "from": "from", "von": "from", "de": "from", "da": "from", "van": "from", "od": "from",
    "to": "to", "an": "to", "à": "to", "a": "to", "para": "to", "aan": "to", "do": "to",
    "cc": "cc", "bcc": "cc", "kopie": "cc", "copie à": "cc",
    "reply-to": "reply-to", "antwort an": "reply-to", "répondre à": "reply-to",
    "sent": "date", "date": "date", "gesendet": "date", "datum": "date", "envoyé": "date",
    "enviado": "date", "fecha": "date", "inviato": "date", "data": "date",
    "verzonden": "date", "wysłano": "date", "enviada em": "date",
    "subject": "subject", "betreff": "subject", "objet": "subject", "asunto": "subject",
    "oggetto": "subject", "onderwerp": "subject", "temat": "subject", "assunto": "subject",
}  # fmt: skip
#: A header needs one of these fields (a ``To:`` and a ``Date:`` alone may be anything).
KEY_FIELDS = frozenset({"from", "subject"})
#: ... and at least this many header lines.
MIN_HEADER_LINES = 2

_FIELD = re.compile(
    r"^\s*(?P<name>" + "|".join(sorted(map(re.escape, MAIL_FIELDS), key=len, reverse=True)) + r")"
    r"[^\S\n]*:[^\S\n]*(?P<value>\S.*?)\s*$",
    re.IGNORECASE,
)
_FORWARD_MARKER = re.compile(
    r"^\s*-*\s*(?:begin\s+)?(?:forwarded\s+message|original\s+message|weitergeleitete\s+nachricht"
    r"|ursprüngliche\s+nachricht|message\s+transféré|message\s+d['’]origine|mensaje\s+reenviado"
    r"|mensaje\s+original|messaggio\s+inoltrato|messaggio\s+originale|doorgestuurd\s+bericht"
    r"|oorspronkelijk\s+bericht|wiadomość\s+przekazana|mensagem\s+encaminhada)\s*:?\s*-*\s*$",
    re.IGNORECASE,
)


#: What mail programs put before a subject they reply to or forward (``Re:``, ``Fwd:``,
#: ``AW:``, ``WG:``, ``TR:``, ``RV:``, ``I:``, ``ODP:``, ``PD:``, ``Enc:``), repeated.
_REPLY_PREFIXES = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|wg|tr|rv|r|i|enc|odp|pd)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)


def subject_title(subject: str) -> str:
    """The subject as a title: without the reply and forward prefixes before it."""
    return _REPLY_PREFIXES.sub("", subject).strip() or subject


class MailField(NamedTuple):
    """One header line: the field it is (``from``, ``date``, ``subject``…) and its value."""

    field: str
    value: str


def mail_field(text: str) -> MailField | None:
    """``Betreff: Rates on hold`` → (``subject``, ``Rates on hold``); None for other text."""
    match = _FIELD.match(text)
    if match is None:
        return None
    return MailField(MAIL_FIELDS[match.group("name").lower()], match.group("value"))


def block_fields(block: Block) -> tuple[MailField, ...] | None:
    """The header fields of ``block`` when each of its lines is one, else None."""
    fields = []
    for line in block.lines:
        field = mail_field(line.text) if ":" in line.text else None
        if field is None:
            return None
        fields.append(field)
    return tuple(fields)


def is_forward_marker(text: str) -> bool:
    """``---------- Forwarded message ---------``, ``-----Ursprüngliche Nachricht-----``."""
    return _FORWARD_MARKER.match(text) is not None


def header_run(blocks: Sequence[Block], index: int) -> range | None:
    """The blocks of the e-mail header that the block at ``index`` belongs to, or
    None when it is in none: the run of blocks made of header lines around it,
    which starts the text or follows a forwarded-message line, and holds enough
    lines and a ``From`` or ``Subject``."""
    if block_fields(blocks[index]) is None:
        return None
    start = index
    while start > 0 and block_fields(blocks[start - 1]) is not None:
        start -= 1
    if start > 0 and not is_forward_marker(blocks[start - 1].text):
        return None
    end = index + 1
    while end < len(blocks) and block_fields(blocks[end]) is not None:
        end += 1
    fields = [field for block in blocks[start:end] for field in block_fields(block) or ()]
    if len(fields) < MIN_HEADER_LINES or KEY_FIELDS.isdisjoint(f.field for f in fields):
        return None
    return range(start, end)


#: The forwarder's own note stands at most this many blocks above the forwarded message.
MAX_NOTE_BLOCKS = 5
#: A forwarded-message line is one line of at most this many characters.
MAX_MARKER_CHARS = 80

HEADER, MARKER, NOTE = "header", "marker", "note"


def mail_parts(blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks that are the e-mail around an article, by index: ``header`` (a line
    of a mail's header), ``marker`` (a forwarded-message line) and ``note`` (the
    forwarding mail's own text above it). Empty for text that came by no e-mail."""
    markers = [
        index
        for index, block in enumerate(blocks)
        if len(block.lines) == 1 and len(block.text) <= MAX_MARKER_CHARS
        and is_forward_marker(block.text)
    ]  # fmt: skip
    parts = dict.fromkeys(markers, MARKER)
    previous_end = 0
    for start in [0, *(marker + 1 for marker in markers)]:
        run = header_run(blocks, start) if start < len(blocks) else None
        if run is None:
            continue
        if start > 0 and start - 1 - previous_end <= MAX_NOTE_BLOCKS:
            parts.update(dict.fromkeys(range(previous_end, start - 1), NOTE))
        parts.update(dict.fromkeys(run, HEADER))
        previous_end = run.stop
    return parts
