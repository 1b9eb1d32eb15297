"""Reading bylines: who wrote the article, and for which agency.

A byline is a prefix (``By``, ``Author:``, ``Von``) followed by names joined
with commas and ``and``, optionally with an agency (``Associated Press``) or a
role (``Staff Writer``). Every part must be a person's name, an agency or a
role, or the line is not a byline: ``By Monday afternoon, ...`` is prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .lazy import lazy_compile

_PREFIX = re.compile(
    r"^(?:(?:(?:written|posted|words|reported|text|story)\s+)?by"
    r"|(?:(?:ein(?:e)?\s+(?:artikel|beitrag|interview|kommentar|gastbeitrag|kolumne)"
    r"|verfasst|geschrieben|eingestellt)\s+)?von"
    r"|par|por|door|di)(?:\s*:)?\s+"
    r"|^(?:authors?|byline|autor(?:in|zy)?|auteurs?|autore|texto?|tekst)\s*:\s*",
    re.IGNORECASE,
)
#: Prefixes that say "this is a byline" even where ``By`` would be ambiguous.
_LABEL_PREFIX = re.compile(
    r"^(?:written|posted|authors?|byline|autor|auteur|autore)\b", re.IGNORECASE
)
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\b(?:and|And|AND|und|UND|et|ET|y|e|i|en)\b)\s*")

#: Agencies and wire services, as their names are commonly written, with the
#: form ``source`` takes.
AGENCIES = {
    "reuters": "Reuters",
    "reuter": "Reuters",
    "associated press": "AP",
    "the associated press": "AP",
    "ap": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "dpa": "dpa",
    "upi": "UPI",
    "united press international": "UPI",
    "xinhua": "Xinhua",
    "ansa": "ANSA",
    "efe": "EFE",
    "pa": "PA",
    "press association": "PA",
    "cnn": "CNN",
    "bbc news": "BBC News",
    "kna": "KNA",
    "epd": "epd",
    "apa": "APA",
    "sda": "SDA",
    "anp": "ANP",
    "belga": "Belga",
    "pap": "PAP",
    "europa press": "Europa Press",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "lusa": "Lusa",
    "čtk": "ČTK",
    "ctk": "ČTK",
    "mti": "MTI",
    "tass": "TASS",
    "interfax": "Interfax",
    "anadolu": "Anadolu",
    "ritzau": "Ritzau",
    "ntb": "NTB",
    "stt": "STT",
    "aap": "AAP",
    "pti": "PTI",
    "canadian press": "The Canadian Press",
    "the canadian press": "The Canadian Press",
    "prnewswire": "PR Newswire",
    "pr newswire": "PR Newswire",
    "business wire": "Business Wire",
    "businesswire": "Business Wire",
    "globe newswire": "GlobeNewswire",
    "globenewswire": "GlobeNewswire",
    "accesswire": "ACCESSWIRE",
}

_ROLE_WORDS = frozenset(
    {
        "staff", "writer", "writers", "reporter", "reporters", "correspondent",
        "correspondents", "editor", "editors", "senior", "chief", "contributing",
        "contributor", "columnist", "special", "to", "the", "times", "news", "desk",
        "foreign", "political", "business", "science", "health", "technology", "sports",
        "freelance", "journalist", "photographer", "bureau",
    }
)  # fmt: skip
#: The desks and ranks that stand before a job word in a title run onto a name
#: (``Gwyn Topham Transport correspondent``, ``Pippa Crerar Political editor``).
_DESK_WORDS = _ROLE_WORDS | frozenset(
    {
        "transport", "education", "environment", "environmental", "economics", "economy",
        "crime", "legal", "security", "defence", "defense", "diplomatic", "media", "arts",
        "culture", "home", "affairs", "energy", "climate", "property", "travel", "food",
        "fashion", "music", "film", "deputy", "associate", "assistant", "investigations",
        "investigative", "data", "social", "industry", "markets", "finance", "financial",
        "consumer", "world", "international", "national", "local", "city", "state",
        "europe", "europa", "asia", "africa", "washington", "london", "middle", "east",
        "west", "north", "south", "chief", "global", "medical", "religion", "courts",
    }
)  # fmt: skip
#: A job title or agency is split off a byline's name only after a name of this
#: many words ...
MIN_NAME_WORDS_BEFORE_TITLE = 2
#: ... none of them one of these.
_NOT_IN_NAME = _DESK_WORDS | frozenset({"our", "from", "by", "and"})
#: Words that make a byline part a job title, whatever else it says.
_JOB_WORDS = frozenset(
    {
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
        "editor", "editors", "columnist", "contributor", "journalist", "photographer",
        "producer", "analyst", "critic", "staff", "bureau", "desk",
    }
)  # fmt: skip
_NOT_NAMES = frozenset({"staff", "email", "e-mail", "the", "author", "admin", "editor", "team"})
_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin",
     "al", "el", "ten", "ter", "dos", "das", "y", "zu", "ibn"}
)  # fmt: skip
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "md", "phd", "m.d.", "ph.d."})
#: A middle or last initial written without its full stop (``Kiran C Nair``).
_LONE_INITIAL = re.compile(r"^[A-ZÀ-Þ]$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*\w\.?$|^[^\W\d_][’'][^\W\d_][\w-]*$")
MAX_NAME_TOKENS = 5
#: A name is taken as written in capitals when this share of its letters are.
CAPITALS_SHARE = 0.8


class Byline(NamedTuple):
    """The people a byline names, the agency it credits, and whether it gave a
    job title or agency (``titled``), which backs a byline without ``By``."""

    names: tuple[str, ...]
    agency: str | None = None
    titled: bool = False


def agency_name(text: str) -> str | None:
    """The canonical agency name for ``text``, or None when it is not an agency."""
    return AGENCIES.get(" ".join(text.lower().split()).strip(" .,"))


#: Endings of German (and Dutch) compounds that name a job or a desk:
#: ``ARD-Finanzredaktion``, ``Wirtschaftskorrespondentin``, ``Politikredakteur``.
_JOB_ENDINGS = (
    "redaktion", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "reporterin", "autorin", "redactie", "correspondent", "studio", "büro",
)  # fmt: skip


def is_role(text: str) -> bool:
    """Whether ``text`` is a job title or desk: ``Staff Writer``, ``AP Auto Writer``,
    ``ARD-Finanzredaktion``."""
    words = text.lower().replace(",", " ").split()
    return bool(words) and (
        all(word in _ROLE_WORDS for word in words)
        or not _JOB_WORDS.isdisjoint(words)
        or any(word.endswith(_JOB_ENDINGS) for word in words)
    )


def _agency_in(text: str) -> str | None:
    """The agency a role names, as ``AP`` in ``AP Auto Writer``."""
    words = text.split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            found = agency_name(" ".join(words[start : start + size]))
            if found:
                return found
    return None


def looks_like_name(text: str, *, single: bool = False) -> bool:
    """Whether ``text`` reads as a person's name: two to five capitalized words
    (with ``single``, one is enough: ``von David``)."""
    tokens = text.split()
    core = [t for t in tokens if t.lower() not in _PARTICLES and t.lower() not in _SUFFIXES]
    fewest = 1 if single else 2
    if not fewest <= len(tokens) <= MAX_NAME_TOKENS or len(core) < fewest:
        return False
    if any(token.lower().strip(".") in _NOT_NAMES for token in tokens):
        return False
    return all(
        _is_name_token(token) or (number > 0 and _LONE_INITIAL.match(token) is not None)
        for number, token in enumerate(core)
    )


def _is_name_token(token: str) -> bool:
    """A capitalized word (``Zola``, ``O'Brien``, ``Émile``) or initials (``J.R.``)."""
    return token[:1].isupper() and bool(_INITIALS.match(token) or _NAME_TOKEN.match(token))


def has_label_prefix(text: str) -> bool:
    """Whether ``text`` starts with an unambiguous byline label (``Author:``, ``Written by``)."""
    return bool(_LABEL_PREFIX.match(text))


def title_case_name(name: str) -> str:
    """Title-case a name written in capitals (``SEAN McDONALD`` counts: most of its
    letters are capitals) sensibly; leave a mixed-case name alone."""
    letters = [char for char in name if char.isalpha()]
    capitals = sum(1 for char in letters if char.isupper())
    if not letters or capitals < CAPITALS_SHARE * len(letters):
        return name
    return " ".join(_title_token(token) for token in name.split())


def _title_token(token: str) -> str:
    if _INITIALS.match(token):
        return token
    lower = token.lower()
    if lower in _PARTICLES:
        return lower
    if lower in _SUFFIXES:
        return {"jr": "Jr", "jr.": "Jr.", "sr": "Sr", "sr.": "Sr.", "md": "MD", "phd": "PhD"}.get(
            lower, token
        )
    parts = re.split(r"([-'’])", lower)
    cased = "".join(part.capitalize() for part in parts)
    if re.match(r"^Mc[a-z]", cased):
        cased = "Mc" + cased[2:].capitalize()
    return cased


def _strip_final_period(text: str) -> str:
    """``Jane Doe.`` loses its period; ``John Roe Jr.`` and ``J.`` keep theirs."""
    last = text.rsplit(maxsplit=1)[-1] if text.split() else ""
    if (
        text.endswith(".")
        and last.lower() not in _SUFFIXES
        and not re.fullmatch(r"(?:[A-Z]\.)+", last)
    ):
        return text[:-1]
    return text


def read_byline(
    text: str, *, needs_prefix: bool = True, single_names: bool = False
) -> Byline | None:
    """The byline ``text`` holds, or None when it is anything else.

    ``single_names`` accepts a one-word name after a prefix (``von David``),
    which only a page's header line around its headline can vouch for.
    """
    match = _PREFIX.match(text)
    if match is None and needs_prefix:
        return None
    rest = text[match.end() :] if match else text
    names: list[str] = []
    rest, agency = _with_agency(rest)
    titled = agency is not None
    # a user name only in a byline, never in a sentence (``Por favor.``)
    handles = single_names and match is not None and not rest.rstrip().endswith(".")
    for written in _SEPARATORS.split(_strip_final_period(rest.strip().rstrip(":"))):
        if not written:
            continue
        part, role = _unglue_role(_strip_honorific(written))
        if not role:
            part, role = _role_run_on(part)
        part, run_on = _agency_run_on(part)
        titled = titled or role or run_on is not None
        agency = agency or run_on
        if agency_name(part):
            agency = agency_name(part)
            titled = True
        elif handles and is_handle(part):
            names.append(part)
        elif is_role(part):
            agency = agency or _agency_in(part)
            titled = True
        elif looks_like_name(part, single=single_names and match is not None):
            names.append(title_case_name(part))
        else:
            return None
    if not names and agency is None:
        return None
    return Byline(tuple(names), agency, titled)


#: ``Le Monde avec AFP``, ``Claire Dubois avec AFP``, ``ZEIT ONLINE mit dpa``: who wrote
#: it, then the agency it drew on.
_WITH_AGENCY = re.compile(r"^(?P<who>.+?)\s+(?:avec|with|mit|con|com|met)\s+(?P<agency>[^,;]+)$")
#: A publication's name opens with an article (``Le Monde``, ``La Stampa``, ``Die Zeit``).
_PUBLICATION = re.compile(r"^(?:le|la|les|l['’]|el|il|lo|der|die|das|the|de|het)\b", re.IGNORECASE)


def _with_agency(rest: str) -> tuple[str, str | None]:
    """The byline's writers and the agency named after ``avec``/``with``/``mit``, if
    any; a publication before the agency (``Le Monde avec AFP``) names no writer."""
    found = _WITH_AGENCY.match(rest.strip())
    agency = agency_name(found["agency"]) if found else None
    if found is None or agency is None:
        return rest, None
    who = found["who"]
    return ("" if _PUBLICATION.match(who) else who), agency


_HANDLE = re.compile(r"^[a-z\d][a-z\d_.-]{1,23}$")
#: Lower-case words that follow ``von``/``by`` in a sentence, never a user name.
_NOT_HANDLES = frozenset(
    {
        "uns", "mir", "dir", "ihm", "ihr", "ihnen", "euch", "sich", "allen", "vielen", "me",
        "us", "him", "her", "them", "you", "it", "all", "moi", "nous", "vous", "eux", "lui",
        "mí", "nosotros", "ustedes", "ellos", "noi", "voi", "loro", "mnie", "nas", "was",
        "e-mail", "email", "mail", "sms", "whatsapp", "facebook", "twitter", "telegram",
    }
)  # fmt: skip
_GLUED_ROLE = re.compile(r"^(?P<name>.*[a-zà-ÿ])(?P<role>[A-Z][a-z]+(?:\s+[A-Za-z]+){0,3})$")


def is_handle(token: str) -> bool:
    """A user name written in lower case (``marc``, ``freeman1984``, ``c1ph4``): a
    blog's byline after ``by``/``von`` often gives one."""
    return (
        bool(_HANDLE.match(token))
        and any(c.isalpha() for c in token)
        and (token not in _NOT_HANDLES)
    )


_HANDLE_BYLINE = lazy_compile(
    # the prefix opens the item, or follows a date or a "Posted on …": never the
    # end of a headline (``… dopo due anni di lavori``)
    r"(?:^|\d[.,]?\s*|beitrag"
    r"|^(?:posted|written|eingestellt|geschrieben|verfasst|publié|publicado|pubblicato)\b.*?\s)"
    r"(?:by|von|par|por|door|di)(?:\s*:)?\s+(?P<handle>\S+)"
    r"(?:\s+(?:on|at|am|um|in|le|el|il|o)\b.*)?$",
    re.IGNORECASE,
)


def handle_after_prefix(text: str) -> str | None:
    """The user name of a blog's byline inside a header item: ``Posted on
    2015-04-05 by marc``, ``by oz on December 4, 2006``, ``Beitragvon r23``."""
    found = _HANDLE_BYLINE().search(text.strip())
    if found is None:
        return None
    handle = found.group("handle")
    return handle if is_handle(handle) else None


def _unglue_role(part: str) -> tuple[str, bool]:
    """``Evan HalperStaff Writer`` (a page dump ran the job title into the name) is
    ``Evan Halper``; whether a job title was cut off."""
    glued = _GLUED_ROLE.match(part)
    if glued is None or not is_role(glued.group("role")):
        return part, False
    return glued.group("name"), True


def _role_run_on(part: str) -> tuple[str, bool]:
    """``Gwyn Topham Transport correspondent`` (a job title run onto the name, with no
    comma) is ``Gwyn Topham``; whether a title was cut off. The title ends in a job
    word (``correspondent``, ``editor``, ``Staff Writer``) and has only desk and rank
    words before it, so a surname is never taken for part of it."""
    words = part.split()
    if not words or words[-1].lower() not in _JOB_WORDS:
        return part, False
    for name, title in _name_and_tail(words, MAX_TITLE_WORDS):
        if any(word.lower() in _NOT_IN_NAME for word in name) or _agency_in(" ".join(name)):
            continue  # ``Our Foreign Staff``, ``AP Auto Writer``: a desk, not a name
        if all(word.lower() in _DESK_WORDS for word in title[:-1]):
            return " ".join(name), True
    return part, False


def _agency_run_on(part: str) -> tuple[str, str | None]:
    """``Maria Lopez Associated Press`` (the agency's line run onto the name's, with
    no comma) is ``Maria Lopez`` of AP. An agency of one word must stand out from
    a name not written in capitals: in capitals itself (``Maria Lopez AP``) or as
    the agency writes itself (``Reuters``); so a surname like ``Efe`` (or ``EFE``
    in an all-capitals byline) is never taken for an agency."""
    for name_words, agency_words in _name_and_tail(part.split(), MAX_AGENCY_WORDS):
        found = agency_name(" ".join(agency_words))
        if found is None:
            continue
        written, name_in_capitals = agency_words[0], " ".join(name_words).isupper()
        stands_out = len(agency_words) > 1 or (
            not name_in_capitals and (written == found or written.isupper())
        )
        return (" ".join(name_words), found) if stands_out else (part, None)
    return part, None


def _name_and_tail(words: list[str], longest: int) -> Iterator[tuple[list[str], list[str]]]:
    """``words`` cut into a name and a tail of at most ``longest`` words, longest tail
    first, the name keeping ``MIN_NAME_WORDS_BEFORE_TITLE`` words at least."""
    for size in range(min(longest, len(words) - MIN_NAME_WORDS_BEFORE_TITLE), 0, -1):
        yield words[:-size], words[-size:]


#: A job title or agency run onto a name has at most this many words.
MAX_TITLE_WORDS, MAX_AGENCY_WORDS = 4, 3


_DATE_LABEL_WORDS = (
    r"erstellt|stand|last|updated|published|posted|veröffentlicht|aktualisiert|geändert|publié|"
    r"pressemitteilung\s+vom|gepostet|erschienen|"
    r"mis|publicado|actualizado|pubblicato|aggiornato|opublikowano"
)
# Names in longer header lines (mostly on whole pages): patterns compiled on first use.
_STARTS_WITH_DATE_LABEL = lazy_compile(
    rf"^(?:\d{{1,2}}[./]\s?\d{{1,2}}[./]\s?\d{{2,4}}|\d{{1,2}}\.?\s+[^\W\d_]+\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|(?:{_DATE_LABEL_WORDS})\b)",
    re.IGNORECASE,
)
_DATE_LABEL_ONLY = lazy_compile(rf"^(?:{_DATE_LABEL_WORDS}):?$", re.IGNORECASE)
_PREFIX_ONLY = lazy_compile(
    r"^(?:(?:written|posted)\s+by|by|von|par|por|door|di|de"
    r"|(?:autor(?:in)?|author|auteur|autore|text|texto)\s*:?)$",
    re.IGNORECASE,
)


def opens_with_date(text: str) -> bool:
    """Whether ``text`` opens with a date (``01.02.2022``, ``31. Oktober 2023``) or a
    date label (``Stand``, ``Posted``, ``Pressemitteilung vom``)."""
    return bool(_STARTS_WITH_DATE_LABEL().match(text))


def is_prefix_only(text: str) -> bool:
    """Whether ``text`` is a byline prefix with nothing after it (``By``, ``Von``)."""
    return bool(_PREFIX_ONLY().match(text.strip()))


def names_in_line(text: str) -> tuple[str, ...]:
    """The names behind a byline prefix in a longer line: ``Von Claudia Riedler
    19. Oktober 2019 00:04 Uhr``, ``von David · 18. Oktober 2019``, ``Von Anna
    Berger und Jonas Keller · ...``; or names that a date or a date label
    follows (``Christoph von Ritter 24. April 2020``)."""
    match = _PREFIX.match(text)
    rest = text[match.end() :] if match else text
    region, stop = _name_region(rest)
    if not region:
        return ()
    if match is None and not _STARTS_WITH_DATE_LABEL().match(stop):
        return ()
    clean_stop = not stop or stop[:1].isdigit() or stop[:1] in _STOP_MARKS
    parts = [_strip_honorific(part) for part in _SEPARATORS.split(region) if part]
    single = match is not None and clean_stop and len(parts) == 1
    if not parts or not all(looks_like_name(part, single=single) for part in parts):
        return ()
    if any(_ends_sentence(part) for part in parts):
        return ()
    return tuple(title_case_name(part) for part in parts)


_HONORIFIC = lazy_compile(
    r"^(?:dr\.|prof\.|mag\.|dipl\.-\w+\.?|rechtsanwalt|rechtsanwältin|redakteur(?:in)?|mr\.|mrs\.|ms\."
    r"|[\w-]*-(?:experte|expertin|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|autor(?:in)?))\s+",
    re.IGNORECASE,
)


def _strip_honorific(name: str) -> str:
    """``Rechtsanwalt Sebastian Einbock`` is Sebastian Einbock."""
    while (match := _HONORIFIC().match(name)) is not None:
        name = name[match.end() :]
    return name


def _ends_sentence(name: str) -> bool:
    """A last word with a full stop that is no initial or suffix: the end of a sentence."""
    last = name.rsplit(maxsplit=1)[-1]
    return last.endswith(".") and not _INITIALS.match(last) and last.lower() not in _SUFFIXES


_STOP_MARKS = "|·•/–—(-:"
_JOINERS = frozenset({"und", "and", "et", "y", "e", "i", "&", "en"})


def _name_region(text: str) -> tuple[str, str]:
    """The leading words of ``text`` that can belong to names, and what follows them.

    Names are capitalized words, with particles (``de``, ``van der``) and
    joiners (``und``, ``and``, commas) between them; a digit, a separator, a
    date label or any other lower-case word ends them, and so does a particle
    or joiner that no name follows (``Claire Dubois le 18 octobre``).
    """
    words = text.split()
    if not words or not _is_name_token(words[0].rstrip(",;")):
        return "", text
    end = 0
    while end < len(words) and _may_be_in_name(words[end]):
        end += 1
    while end and words[end - 1].rstrip(",;").lower() in _PARTICLES | _JOINERS:
        end -= 1
    return " ".join(words[:end]).strip(" ,"), " ".join(words[end:])


def _may_be_in_name(word: str) -> bool:
    core = word.rstrip(",;")
    if not core or core[0] in _STOP_MARKS or core[0].isdigit() or _DATE_LABEL_ONLY().match(core):
        return False
    lower = core.lower()
    return _is_name_token(core) or lower in _PARTICLES or lower in _JOINERS


_INNER_PREFIX = lazy_compile(r"\b(?:von|by|par|por|door|di)\s+(?=[^\W\d_])", re.IGNORECASE)


def has_byline_prefix(text: str) -> bool:
    """Whether ``text`` opens with a byline prefix (``By``, ``Von``, ``Posted by``)."""
    return bool(_PREFIX.match(text))


def after_byline_prefix(text: str) -> str:
    """``text`` from a byline prefix inside it on (``Veröffentlicht am ... von X``), or ""."""
    match = _INNER_PREFIX().search(text)
    return text[match.start() :] if match else ""
