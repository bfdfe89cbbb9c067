"""Casualty figures and counts in the languages of conflict reporting (issue 14) and the
issue 12 rules that every language shares: each case is a sentence in the style of the
language's wire copy and the figures a careful reader takes from it."""

from __future__ import annotations

import pytest
from reading import Figure
from reading import figures as _figures

from conflict_events.parse._counts import parse_count
from conflict_events.text._segment import sentences


@pytest.mark.parametrize(
    ("lang", "text", "low", "high", "qualifier"),
    [
        ("en", "14,000", 14000, 14000, "exact"),
        ("fr", "plus de 14 000", 14000, None, "more_than"),
        ("fr", "14\u202f000", 14000, 14000, "exact"),  # narrow no-break space
        ("fr", "14\u00a0000", 14000, 14000, "exact"),
        ("fr", "2,5 millions", 2500000, 2500000, "exact"),
        ("de", "mehr als 44.000", 44000, None, "more_than"),
        ("es", "más de 1.200", 1200, None, "more_than"),
        ("pt", "1,3 milhões", 1300000, 1300000, "exact"),
        ("ru", "более 14 000", 14000, None, "more_than"),
        ("ar", "١٤٬٠٠٠", 14000, 14000, "exact"),
        ("ar", "۱۲", 12, 12, "exact"),  # Persian digits
        ("ar", "ما لا يقل عن ١٢", 12, None, "at_least"),
        ("ar", "12 على الأقل", 12, None, "at_least"),
        ("tr", "12.500'den fazla", 12500, None, "more_than"),
        ("tr", "en az 9", 9, None, "at_least"),
        ("fr", "une dizaine", 10, 10, "approximately"),
        ("fr", "plus d'une centaine", 100, None, "more_than"),
        ("fr", "plus d’une centaine", 100, None, "more_than"),
        ("fr", "Vingt-neuf", 29, 29, "exact"),
        ("es", "doscientos", 200, 200, "exact"),
        ("de", "mindestens 21", 21, None, "at_least"),
        ("uk", "щонайменше 15", 15, None, "at_least"),
        ("es", "decenas", 20, 99, "vague"),
    ],
)
def test_counts_in_each_language(
    lang: str, text: str, low: int | None, high: int | None, qualifier: str
) -> None:
    c = parse_count(text, lexicon=lang)
    assert (c.low, c.high, c.qualifier.value) == (low, high, qualifier)


def test_a_separator_groups_three_digits_only() -> None:
    """ "2,5" is a decimal in German, never 25; in English "1,5" is no count at all."""
    assert parse_count("2,5 Millionen", lexicon="de").low == 2500000
    assert parse_count("2.5 million").low == 2500000
    with pytest.raises(Exception, match="not a count"):
        parse_count("2,5")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Au moins 12 civils ont été tués jeudi, selon l'OSDH.",
            [("killed", "civilians", 12, None, "at_least")],
        ),
        (
            "fr",
            "Une dizaine de civils ont été tués et des dizaines de blessés évacués.",
            [
                ("killed", "civilians", 10, 10, "approximately"),
                ("injured", "total", 20, 99, "vague"),
            ],
        ),
        (
            "fr",
            "Plus d'une centaine d'assaillants ont été tués, selon l'armée.",
            [("killed", "combatants", 100, None, "more_than")],
        ),
        (
            "fr",
            "Au moins 255 personnes ont été tuées, dont 142 combattants de HTS et des groupes "
            "alliés, 78 membres des forces gouvernementales et 35 civils.",
            [
                ("killed", "total", 255, None, "at_least"),
                ("killed", "combatants", 142, 142, "exact"),
                ("killed", "combatants", 78, 78, "exact"),
                ("killed", "civilians", 35, 35, "exact"),
            ],
        ),
        (
            "fr",
            "L'attaque a fait 9 morts et 13 blessés.",
            [("killed", "total", 9, 9, "exact"), ("injured", "total", 13, 13, "exact")],
        ),
        (
            "es",
            "Murió un hombre de 63 años y otros dos resultaron heridos.",
            [("killed", "total", 1, 1, "exact"), ("injured", "total", 2, 2, "exact")],
        ),
        (
            "es",
            "Los agresores mataron a dos policías.",
            [("killed", "combatants", 2, 2, "exact")],
        ),
        (
            "pt",
            "Duas pessoas morreram e pelo menos nove ficaram feridas, incluindo um agente da "
            "polícia.",
            [
                ("killed", "total", 2, 2, "exact"),
                ("injured", "total", 9, None, "at_least"),
                ("injured", "combatants", 1, 1, "exact"),
            ],
        ),
        (
            "de",
            "Mindestens 12 Zivilisten wurden am Donnerstag bei dem Angriff getötet.",
            [("killed", "civilians", 12, None, "at_least")],
        ),
        (
            "de",
            "Unter den Toten seien sieben Kinder und vier Frauen.",
            [("killed", "civilians", 7, 7, "exact"), ("killed", "civilians", 4, 4, "exact")],
        ),
        (
            "ar",
            "قُتل ٣ مدنيين وأصيب ٧ آخرون في قصف مدفعي.",
            [("killed", "civilians", 3, 3, "exact"), ("injured", "civilians", 7, 7, "exact")],
        ),
        (
            "ar",
            "قتل 11 مدنياً على الأقل في الغارة.",
            [("killed", "civilians", 11, None, "at_least")],
        ),
        (
            "ru",
            "Погибли не менее 16 мирных жителей, еще пятеро ранены.",
            [
                ("killed", "civilians", 16, None, "at_least"),
                # the qualifier governs the "others" count coordinated after it
                ("injured", "civilians", 5, None, "at_least"),
            ],
        ),
        (
            "ru",
            "В результате удара погибла женщина.",
            [("killed", "civilians", 1, 1, "exact")],
        ),
        (
            "ru",
            "Всего погибли семь человек, в том числе один ребенок, 24 человека ранены.",
            [
                ("killed", "total", 7, 7, "exact"),
                ("killed", "civilians", 1, 1, "exact"),
                ("injured", "total", 24, 24, "exact"),
            ],
        ),
        (
            "uk",
            "Загинули двоє людей і щонайменше 15 дістали поранень.",
            [("killed", "total", 2, 2, "exact"), ("injured", "total", 15, None, "at_least")],
        ),
        (
            "tr",
            "Saldırıda en az 12 sivil öldü.",
            [("killed", "civilians", 12, None, "at_least")],
        ),
        (
            "tr",
            "MSB, bir askerin şehit olduğunu, 2 askerin de yaralandığını açıkladı.",
            [("killed", "combatants", 1, 1, "exact"), ("injured", "combatants", 2, 2, "exact")],
        ),
        (
            "tr",
            # suspects are people of no side (docs/casualties-and-claims.md, "Suspects are
            # people"), in the genitive as in the nominative: total, not combatants
            "Operasyonlarda 147 şüphelinin yakalandığını açıkladı.",
            [("captured", "total", 147, 147, "exact")],
        ),
    ],
)
def test_figures_in_each_language(lang: str, text: str, expected: list[Figure]) -> None:
    assert _figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group named before the counts governs them, and so does the qualifier
        (
            "The strike caused civilian casualties — at least 12 killed and 46 injured.",
            [
                ("killed", "civilians", 12, None, "at_least"),
                ("injured", "civilians", 46, None, "at_least"),
            ],
        ),
        ("No one was killed in the attack.", []),
        ("There were no casualties, police said.", []),
        ("No fewer than 12 people were killed.", [("killed", "total", 12, None, "at_least")]),
        # an outcome verb with its own object: its subject is no victim
        (
            "An unknown gunman shot and killed a farmer in the village.",
            [("killed", "civilians", 1, 1, "exact")],
        ),
        ("3 soldiers killed 12 militants.", [("killed", "combatants", 12, 12, "exact")]),
        ("12 soldiers killed in an ambush.", [("killed", "combatants", 12, 12, "exact")]),
        # "others" take the group just named, but not inside one list
        (
            "Three civilians were killed and 11 others wounded.",
            [("killed", "civilians", 3, 3, "exact"), ("injured", "civilians", 11, 11, "exact")],
        ),
        (
            "Two soldiers and three others were killed.",
            [("killed", "combatants", 2, 2, "exact"), ("killed", "total", 3, 3, "exact")],
        ),
        # a number word with a hyphen is one number, not a range
        ("Twenty-eight people were killed.", [("killed", "total", 28, 28, "exact")]),
    ],
)
def test_issue_12_rules(text: str, expected: list[Figure]) -> None:
    assert _figures(text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Said Maj. Gen. Ahmed Ali, the commander. Then Lt. Col. John Smith left.", 2),
        ("de", "Laut Dr. Müller starben z. B. zwei Menschen. Oberst Schmidt bestätigte.", 2),
        ("ru", "По словам ген. Иванова, погибли 2 человека. Т. е. больше.", 2),
        ("en", "Casualties\nAt least 12 killed\n46 injured", 3),
    ],
)
def test_segmenter_keeps_titles_and_short_lines(lang: str, text: str, count: int) -> None:
    assert len(sentences(text, lexicon=lang)) == count
