"""Language detection: the language whose stop words lead clearly, else None.

Rows are ``(text, expected code or None, reason)``. The paragraphs are written
for these tests: one news paragraph of 40+ words in each language.
"""

from __future__ import annotations

import pytest

from newsmd.languages import BY_CODE, LANGUAGES, MIN_LEAD, MIN_STOPWORDS, detect_language

EN = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs, and the "
    "work will begin in the spring. The mayor said that the bridge had been in poor shape for "
    "years and that drivers would have to use the northern crossing while it was closed. "
    "Residents who live near the river were not happy with the plan, but they agreed that the "
    "repairs are needed before winter."
)
DE = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu "
    "sperren, und die Arbeiten sollen im Frühjahr beginnen. Der Bürgermeister sagte, dass die "
    "Brücke seit Jahren in einem schlechten Zustand sei und die Autofahrer während der "
    "Sperrung auf die nördliche Querung ausweichen müssen. Anwohner, die nahe am Fluss leben, "
    "sind mit dem Plan nicht zufrieden, aber auch sie sehen ein, dass die Reparatur noch vor "
    "dem Winter nötig ist."
)
FR = (
    "Le conseil municipal a voté mardi la fermeture du vieux pont du port pour des travaux, "
    "qui doivent commencer au printemps. Le maire a expliqué que le pont était en mauvais "
    "état depuis des années et que les automobilistes devront passer par le pont du nord "
    "pendant la fermeture. Les habitants qui vivent près de la rivière ne sont pas contents "
    "de ce projet, mais ils reconnaissent que les réparations sont nécessaires avant l'hiver."
)
ES = (
    "El ayuntamiento votó el martes el cierre del viejo puente del puerto para unas obras que "
    "empezarán en primavera. El alcalde dijo que el puente estaba en mal estado desde hace "
    "años y que los conductores tendrán que usar el cruce del norte mientras esté cerrado. "
    "Los vecinos que viven cerca del río no están contentos con el plan, pero también "
    "reconocen que las reparaciones son necesarias antes del invierno."
)
IT = (
    "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte del porto per dei "
    "lavori che inizieranno in primavera. Il sindaco ha detto che il ponte è in cattive "
    "condizioni da anni e che gli automobilisti dovranno usare il passaggio a nord per tutta "
    "la durata della chiusura. Gli abitanti che vivono vicino al fiume non sono contenti del "
    "progetto, ma anche loro ammettono che i lavori sono necessari prima dell'inverno."
)
PT = (
    "A câmara municipal votou na terça-feira o encerramento da velha ponte do porto para "
    "obras que vão começar na primavera. O presidente da câmara disse que a ponte estava em "
    "mau estado há anos e que os condutores terão de usar a travessia do norte enquanto a "
    "ponte estiver fechada. Os moradores que vivem perto do rio não ficaram contentes com o "
    "plano, mas também reconhecem que as obras são necessárias antes do inverno."
)
PL = (
    "Rada miasta zdecydowała we wtorek o zamknięciu starego mostu w porcie na czas remontu, "
    "który ma się rozpocząć wiosną. Burmistrz powiedział, że most jest w złym stanie już od "
    "wielu lat i że kierowcy będą musieli jeździć przez przeprawę na północy, dopóki most nie "
    "zostanie otwarty. Mieszkańcy, którzy żyją nad rzeką, nie są zadowoleni z tego planu, ale "
    "także oni przyznają, że remont jest potrzebny przed zimą."
)
NL = (
    "De gemeenteraad heeft dinsdag besloten de oude havenbrug voor herstel te sluiten, en het "
    "werk begint in het voorjaar. De burgemeester zei dat de brug al jaren in slechte staat "
    "is en dat automobilisten de noordelijke oversteek moeten nemen zolang de brug dicht is. "
    "Bewoners die bij de rivier wonen zijn niet blij met het plan, maar ook zij zien dat het "
    "herstel voor de winter nodig is."
)
PARAGRAPHS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "nl": NL, "pl": PL}


def _sentences(text: str, count: int) -> str:
    """The first ``count`` sentences of one of the paragraphs above."""
    return ". ".join(text.split(". ")[:count]).rstrip(".") + "."


PARAGRAPH_ROWS = [
    (EN, "en", "English news paragraph"),
    (DE, "de", "German news paragraph"),
    (FR, "fr", "French news paragraph"),
    (ES, "es", "Spanish news paragraph"),
    (IT, "it", "Italian news paragraph"),
    (PT, "pt", "Portuguese news paragraph"),
    (PL, "pl", "Polish news paragraph"),
    (NL, "nl", "Dutch news paragraph"),
    (DE.upper(), "de", "German paragraph in capitals: case does not matter"),
    (
        f"Überschrift\n\n{DE}\n\nFoto: dpa · 18.10.2019",
        "de",
        "German paragraph among a headline, a credit and a date",
    ),
]

UNCLEAR_ROWS = [
    ("", None, "empty text"),
    ("   \n\t ", None, "white space only"),
    ("Der Hund bellt.", None, "one short German sentence: too few stop words"),
    ("The dog barks at the mailman in the morning.", None, "one short English sentence"),
    ("18.10.2019 12:30 2019 42", None, "numbers only"),
    ("Hafenbrücke Bürgermeister Stadtrat Dienstag", None, "content words without stop words"),
    (
        " ".join(_sentences(text, 1) for text in PARAGRAPHS.values()),
        None,
        "one sentence in each of seven languages: none leads",
    ),
    (
        f"{EN} {DE}",
        None,
        "half English half German (36 against 35 stop words): neither leads clearly",
    ),
    (
        f"{_sentences(DE, 3)} {_sentences(EN, 3)}",
        None,
        "German and English sentences of about the same weight",
    ),
]

LEADING_ROWS = [
    (
        f"{DE} {_sentences(EN, 1)}",
        "de",
        "German paragraph with one English sentence quoted: German leads",
    ),
    (
        f"{_sentences(EN, 1)} {FR}",
        "fr",
        "French paragraph after one English sentence: French leads",
    ),
]

# Stop words of one language only, so the counts are exactly these.
GERMAN_ONLY = ["der", "und", "den", "zu", "dem", "mit", "sich", "auf", "für", "ist", "nicht", "ein"]
ENGLISH_ONLY = ["the", "and", "of", "that", "with", "was", "were", "would"]

THRESHOLD_ROWS = [
    (" ".join(GERMAN_ONLY[:MIN_STOPWORDS]), "de", "exactly the minimum of stop words"),
    (" ".join(GERMAN_ONLY[: MIN_STOPWORDS - 1]), None, "one stop word short of the minimum"),
    (
        " ".join(GERMAN_ONLY[:12] + ENGLISH_ONLY[:8]),
        "de",
        "12 against 8 stop words: exactly the lead needed",
    ),
    (
        " ".join(GERMAN_ONLY[:11] + ENGLISH_ONLY[:8]),
        None,
        "11 against 8 stop words: short of the lead needed",
    ),
]


ROWS = PARAGRAPH_ROWS + UNCLEAR_ROWS + LEADING_ROWS + THRESHOLD_ROWS


@pytest.mark.parametrize(("text", "expected", "reason"), ROWS, ids=[row[-1] for row in ROWS])
def test_detect_language(text: str, expected: str | None, reason: str) -> None:
    assert detect_language(text) == expected


def test_paragraphs_are_long_enough() -> None:
    """The paragraphs are whole-article-sized: detection is not meant for lines."""
    for code, text in PARAGRAPHS.items():
        assert len(text.split()) >= 40, code


def _stopwords_elsewhere(code: str) -> set[str]:
    return {word for language in LANGUAGES if language.code != code for word in language.stopwords}


def test_threshold_rows_use_words_of_one_language_only() -> None:
    """The threshold rows count what they claim: no word is a stop word elsewhere."""
    assert set(GERMAN_ONLY) <= BY_CODE["de"].stopwords - _stopwords_elsewhere("de")
    assert set(ENGLISH_ONLY) <= BY_CODE["en"].stopwords - _stopwords_elsewhere("en")
    assert 12 >= MIN_LEAD * 8 > 11


def test_every_language_has_twelve_months_and_seven_weekdays() -> None:
    for language in LANGUAGES:
        assert len(language.months) == 12, language.code
        assert len(language.weekdays) == 7, language.code
        assert BY_CODE[language.code] is language


ZH_TEXT = "市政府周二宣布，旧港口大桥将于春季关闭维修，工程预计持续八个月。" * 3
JA_TEXT = "東京都は二十日、新しい橋の建設を始めると発表した。工事は来年の春まで続く見込みだ。" * 2
KO_TEXT = (
    "시는 화요일에 오래된 항구 다리를 봄에 수리를 위해 폐쇄한다고 발표했다. "
    "공사는 여덟 달 동안 계속된다. "
) * 2


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (ZH_TEXT, "zh", "Chinese: Han characters, no kana"),
        (JA_TEXT, "ja", "Japanese: kanji with kana"),
        (KO_TEXT, "ko", "Korean: Hangul"),
        (f"{EN} 北京", "en", "an English paragraph naming a Chinese city"),
        ("北京上海", None, "a few characters are not enough"),
    ],
)
def test_languages_told_by_script(text: str, expected: str | None, reason: str) -> None:
    assert detect_language(text) == expected, reason


def test_detected_codes_are_known_languages() -> None:
    assert {detect_language(text) for text in PARAGRAPHS.values()} == set(BY_CODE)
