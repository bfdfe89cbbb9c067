"""A tense word in a relative clause after a comma belongs to the noun that clause describes,
not to a date before it: "nahmen in der Nacht zu Mittwoch zwölf Männer fest, denen
Plünderungen vorgeworfen werden" is the past Wednesday night (the passive "werden" is no
future).  Where the date's own clause has a cue, or a future stands outside any relative
clause, the reading is as before."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates

FRIDAY = dt.date(2026, 3, 13)
TUESDAY_BEFORE, TUESDAY_AFTER = dt.date(2026, 3, 10), dt.date(2026, 3, 17)

CASES = [
    # (language, sentence, the expected start of the date's span)
    (
        "de",
        "Die Polizei nahm in der Nacht zu Mittwoch zwölf Männer fest, denen Plünderungen "
        "vorgeworfen werden.",
        dt.date(2026, 3, 10),
    ),
    (
        "de",
        "Soldaten durchsuchten am Dienstag ein Lager, das von Milizen genutzt werden soll.",
        TUESDAY_BEFORE,
    ),
    (
        "es",
        "El martes, la policía detuvo a cuatro hombres, que serán presentados ante un juez.",
        TUESDAY_BEFORE,
    ),
    (
        "pt",
        "Na terça-feira, a polícia prendeu três homens, que serão ouvidos por um juiz.",
        TUESDAY_BEFORE,
    ),
    ("ru", "Во вторник задержаны трое мужчин, которые будут доставлены в суд.", TUESDAY_BEFORE),
    (
        "uk",
        "У вівторок поліція затримала трьох чоловіків, яких буде передано до суду.",
        TUESDAY_BEFORE,
    ),
    (
        "fr",
        "Mardi, des hommes armés ont enlevé six personnes, qui seront jugées par un tribunal.",
        TUESDAY_BEFORE,
    ),
    # a future outside any relative clause still looks forward
    (
        "de",
        "Die Armee wird am Dienstag eine Offensive beginnen, die Wochen dauern könnte.",
        TUESDAY_AFTER,
    ),
    ("es", "El martes, el gobierno presentará un plan, según fuentes oficiales.", TUESDAY_AFTER),
    ("ru", "Во вторник, как ожидается, начнутся переговоры.", TUESDAY_AFTER),
]


@pytest.mark.parametrize(("language", "sentence", "start"), CASES)
def test_a_relative_clause_lends_no_tense_to_a_date_before_it(
    language: str, sentence: str, start: dt.date
) -> None:
    (mention,) = find_dates(sentence, FRIDAY, lexicon=language)
    assert mention.when.start == start, (sentence, mention)
