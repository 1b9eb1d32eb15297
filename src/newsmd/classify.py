"""Stage 3: give every block a role by running the rule table, first match wins."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from .context import Context
from .dates import DateOptions
from .mail import mail_parts
from .model import BODY_ROLES, Block, Classified, Role, Verdict
from .page import find_article
from .page_rules import is_header_block, page_fallbacks
from .rules import RULES


class ParseOptions(NamedTuple):
    """Choices that change how text is read.

    ``dayfirst`` reads ``03/04/2013`` as 3 April; ``year`` and ``now`` supply
    the year of a date the text gives without one (see ``DateOptions``);
    ``keep_boilerplate`` keeps boilerplate lines in the body instead of
    dropping them; ``lang`` is the text's language (BCP 47), detected when
    not given. A copy with other choices: ``options._replace(lang="de")``.
    """

    dayfirst: bool = False
    keep_boilerplate: bool = False
    year: int | None = None
    now: date | None = None
    lang: str | None = None

    @property
    def dates(self) -> DateOptions:
        return DateOptions(dayfirst=self.dayfirst, year=self.year, now=self.now, lang=self.lang)


def classify(
    blocks: Sequence[Block], options: ParseOptions = ParseOptions()
) -> tuple[Classified, ...]:
    """Classify each block in order; each verdict may depend on the ones before it."""
    all_blocks = tuple(blocks)
    dates = options.dates
    span = find_article(all_blocks, lambda block: is_header_block(block, dates))
    context = Context(0, all_blocks, dates, span, mail=mail_parts(all_blocks))
    fallbacks = page_fallbacks(all_blocks, span, dates) if span else {}
    if span is not None and span.rival is not None:
        fallbacks[span.rival] = (*fallbacks.get(span.rival, ()), ("warning", UNCERTAIN_BOUNDS))
    classified: list[Classified] = []
    for index, block in enumerate(all_blocks):
        verdict = first_verdict(block, context)
        if index in fallbacks:
            verdict = with_page_values(verdict, fallbacks[index])
        if options.keep_boilerplate and verdict.role is Role.DROPPED:
            verdict = Verdict(Role.BODY, verdict.rule, f"{verdict.reason} (kept by request)")
        classified.append(Classified(block, verdict))
        context = context.after(verdict)
    return tuple(classified)


def first_verdict(block: Block, context: Context) -> Verdict:
    """The verdict of the first rule that matches ``block``."""
    for _name, rule in RULES:
        verdict = rule(block, context)
        if verdict is not None:
            return verdict
    raise AssertionError("the last rule matches every block")  # pragma: no cover


#: The warning on the first block of a rival run of prose.
UNCERTAIN_BOUNDS = (
    "article bounds uncertain: this run of prose is nearly as strong as the one taken "
    "for the article and is kept in the body (see inspect)"
)


def with_page_values(verdict: Verdict, values: tuple[tuple[str, str], ...]) -> Verdict:
    """``verdict`` also giving the page's date or authors, used when no header line
    gives them, or carrying a warning about the page.

    A block that gives the authors is a byline line: it leaves the body.
    """
    given = ", ".join(
        f"{key.removeprefix('page_')} {value}" for key, value in values if key != "warning"
    )
    all_values = (*verdict.values, *values)
    if not given:
        return Verdict(verdict.role, verdict.rule, verdict.reason, all_values)
    reason = f"{verdict.reason}; nearest the headline to give the page's {given}"
    if verdict.role in BODY_ROLES and any(key == "page_author" for key, _ in values):
        reason = f"byline line nearest the headline, giving the page's {given}"
        return Verdict(Role.BYLINE, "page_byline", reason, all_values)
    return Verdict(verdict.role, verdict.rule, reason, all_values)
