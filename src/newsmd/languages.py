"""What newsmd knows of the languages news is written in: stop words (to tell
the language), month and weekday names (to read dates), and whether the
language writes the day first.

Language detection counts stop words: the text's language is the one whose
stop words occur most often, when it leads the next clearly. Chinese, Japanese
and Korean are told by their scripts instead. No model, no dependency; enough
for whole articles, not for a single line.
"""

from __future__ import annotations

import re
from collections import Counter
from operator import itemgetter
from typing import NamedTuple

from .lazy import lazy_compile


class Language(NamedTuple):
    """A language's code (BCP 47), stop words, month and weekday names.

    ``months`` lists, for each month, its names and abbreviations, in all the
    grammatical forms news uses (``października`` as well as ``październik``).
    """

    code: str
    stopwords: frozenset[str]
    months: tuple[tuple[str, ...], ...]
    weekdays: tuple[tuple[str, ...], ...]
    dayfirst: bool


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LANGUAGES: tuple[Language, ...] = (
    Language(
        "en",
        _words("the and of to in is that for it was on with as his he be at by this had not are but from or have an they which you were her she there been has their we would will"),
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")),
        (("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thurs"),
         ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")),
        dayfirst=False,
    ),
    Language(
        "de",
        _words("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über"),
        (("januar", "jänner", "jan"), ("februar", "feber", "feb"), ("märz", "mär", "maerz"), ("april", "apr"),
         ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("oktober", "okt"), ("november", "nov"), ("dezember", "dez")),
        (("montag", "mo"), ("dienstag", "di"), ("mittwoch", "mi"), ("donnerstag", "do"), ("freitag", "fr"),
         ("samstag", "sonnabend", "sa"), ("sonntag", "so")),
        dayfirst=True,
    ),
    Language(
        "fr",
        _words("le la les de des du et en un une est que qui dans pour pas au sur par plus il elle ne se ce sont avec ont été cette aux"),
        (("janvier", "janv"), ("février", "févr", "fevrier"), ("mars",), ("avril", "avr"), ("mai",),
         ("juin",), ("juillet", "juil"), ("août", "aout"), ("septembre", "sept"), ("octobre", "oct"),
         ("novembre", "nov"), ("décembre", "déc", "decembre")),
        (("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",), ("dimanche",)),
        dayfirst=True,
    ),
    Language(
        "es",
        _words("el la los las de del y en un una que es por con para se no al lo como más pero sus su fue ha son también entre"),
        (("enero", "ene"), ("febrero", "feb"), ("marzo", "mar"), ("abril", "abr"), ("mayo", "may"),
         ("junio", "jun"), ("julio", "jul"), ("agosto", "ago"), ("septiembre", "setiembre", "sep", "sept"),
         ("octubre", "oct"), ("noviembre", "nov"), ("diciembre", "dic")),
        (("lunes",), ("martes",), ("miércoles", "miercoles"), ("jueves",), ("viernes",), ("sábado", "sabado"),
         ("domingo",)),
        dayfirst=True,
    ),
    Language(
        "it",
        _words("il lo la i gli le di del della dei che e è un una per non con sono nel nella alla anche come più ma si ha da"),
        (("gennaio", "gen"), ("febbraio", "feb"), ("marzo", "mar"), ("aprile", "apr"), ("maggio", "mag"),
         ("giugno", "giu"), ("luglio", "lug"), ("agosto", "ago"), ("settembre", "set"), ("ottobre", "ott"),
         ("novembre", "nov"), ("dicembre", "dic")),
        (("lunedì", "lunedi"), ("martedì", "martedi"), ("mercoledì", "mercoledi"), ("giovedì", "giovedi"),
         ("venerdì", "venerdi"), ("sabato",), ("domenica",)),
        dayfirst=True,
    ),
    Language(
        "pt",
        _words("o a os as de do da dos das e em um uma que é para com não no na por mais se foi ao pelo pela como mas são também"),
        (("janeiro", "jan"), ("fevereiro", "fev"), ("março", "marco", "mar"), ("abril", "abr"), ("maio", "mai"),
         ("junho", "jun"), ("julho", "jul"), ("agosto", "ago"), ("setembro", "set"), ("outubro", "out"),
         ("novembro", "nov"), ("dezembro", "dez")),
        (("segunda-feira", "segunda"), ("terça-feira", "terça"), ("quarta-feira", "quarta"),
         ("quinta-feira", "quinta"), ("sexta-feira", "sexta"), ("sábado",), ("domingo",)),
        dayfirst=True,
    ),
    Language(
        "nl",
        # Dutch words shared with a neighbour (die, als, er, worden, waren, in, is) left out
        _words("de het een van dat op te zijn voor niet aan om ook bij maar naar dan nog wel uit tot wordt werd hij zij ze deze dit heeft hebben geen meer nu jaar wat"),
        (("januari", "jan"), ("februari", "feb"), ("maart", "mrt", "mar"), ("april", "apr"),
         ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"), ("september", "sep", "sept"),
         ("oktober", "okt"), ("november", "nov"), ("december", "dec")),
        (("maandag",), ("dinsdag",), ("woensdag",), ("donderdag",), ("vrijdag",), ("zaterdag",),
         ("zondag",)),
        dayfirst=True,
    ),
    Language(
        "pl",
        _words("i w na z do nie się to że jest o jak po od za przez dla jego są ale co już tak jej był była być także oraz"),
        (("stycznia", "styczeń", "sty"), ("lutego", "luty", "lut"), ("marca", "marzec", "mar"),
         ("kwietnia", "kwiecień", "kwi"), ("maja", "maj"), ("czerwca", "czerwiec", "cze"),
         ("lipca", "lipiec", "lip"), ("sierpnia", "sierpień", "sie"), ("września", "wrzesień", "wrz"),
         ("października", "październik", "paź"), ("listopada", "listopad", "lis"),
         ("grudnia", "grudzień", "gru")),
        (("poniedziałek",), ("wtorek",), ("środa",), ("czwartek",), ("piątek",), ("sobota",), ("niedziela",)),
        dayfirst=True,
    ),
)  # fmt: skip

BY_CODE = {language.code: language for language in LANGUAGES}

_WORD = re.compile(r"[^\W\d_]+")
#: ``_WORD`` in lower-case ASCII text, where it is found faster.
_ASCII_WORD = re.compile(r"[a-z]+")
#: The words counted, the stop words of every language, each with the languages it is one of.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(language.code for language in LANGUAGES if word in language.stopwords)
    for word in sorted(frozenset().union(*(language.stopwords for language in LANGUAGES)))
}
#: A language is detected when it has at least this many stop words ...
MIN_STOPWORDS = 8
#: ... and this many times as many as the runner-up.
MIN_LEAD = 1.5


def detect_language(text: str) -> str | None:
    """The BCP 47 code of the language ``text`` is written in, or None when unclear."""
    if has_unspaced_script(text) and (by_script := _language_by_script(text)):
        return by_script
    lowered = text.lower()
    found = (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)
    counts = Counter({language.code: 0 for language in LANGUAGES})
    for word, times in Counter(filter(_LANGUAGES_OF.__contains__, found)).items():
        for language_code in _LANGUAGES_OF[word]:
            counts[language_code] += times
    # counts.most_common(2), without loading heapq for it: a stable sort keeps the
    # languages' order among equal counts, as most_common does
    (code, top), (_, runner_up) = sorted(counts.items(), key=itemgetter(1), reverse=True)[:2]
    if top < MIN_STOPWORDS or top < MIN_LEAD * runner_up:
        return None
    return code


#: Chinese, Japanese and Korean are told by their scripts, when at least this many of
#: the text's letters are written in them ...
MIN_SCRIPT_LETTERS = 50
#: ... and they make at least this share of its letters.
MIN_SCRIPT_SHARE = 0.5
#: Japanese writes kana among its kanji: this share of the CJK letters at least.
MIN_KANA_SHARE = 0.1
#: Kana (Japanese) and Han (Chinese, Japanese kanji) as character-class ranges: the
#: scripts written without spaces between words.
KANA = "\u3040-\u30ff"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = lazy_compile(f"[{HAN}]")
_KANA = lazy_compile(f"[{KANA}]")
_HANGUL = lazy_compile(r"[\uac00-\ud7af]")
_LETTER = lazy_compile(r"[^\W\d_]")


#: Any character from the kana on: where the scripts of Chinese, Japanese and Korean lie.
_FROM_KANA_ON = lazy_compile("[\u3040-\U0010ffff]")


def has_unspaced_script(text: str) -> bool:
    """Whether ``text`` may hold Chinese, Japanese or Korean (ASCII text is told at
    once; other text by a search some five times quicker than ``max(text)``)."""
    return not text.isascii() and _FROM_KANA_ON().search(text) is not None


def _language_by_script(text: str) -> str | None:
    """``zh``, ``ja`` or ``ko`` when most of ``text``'s letters are written in their
    scripts, else None."""
    han, kana, hangul = (len(pattern().findall(text)) for pattern in (_HAN, _KANA, _HANGUL))
    script = han + kana + hangul
    if script < MIN_SCRIPT_LETTERS or script < MIN_SCRIPT_SHARE * len(_LETTER().findall(text)):
        return None
    if hangul > han + kana:
        return "ko"
    return "ja" if kana >= MIN_KANA_SHARE * script else "zh"
