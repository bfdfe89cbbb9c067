"""Turkish counts read in the eleventh session of 2026-12-07 (docs/casualties-and-claims.md,
"Eleventh session: Turkish people named by their place, 'could not be saved', a toll that
exceeded its number"), and the weekend after "over" / "during" in Ukrainian and Russian
(docs/dates.md, same session). Sentences written for these tests, not taken from the keys."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import worded_figures

from conflict_events.parse._dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised name with the ending -lI ("from") after a count names people, any case
        (
            "Çatışmalarda en az 9 Suriyeli hayatını kaybetti.",
            [("en az 9 Suriyeli", "killed", "total", 9, None, "at_least")],
        ),
        (
            "Hava saldırısında 3 Lübnanlı yaralandı.",
            [("3 Lübnanlı", "injured", "total", 3, 3, "exact")],
        ),
        (
            "Silahlı grup 14 Iraklıyı kaçırdı.",
            [("14 Iraklıyı", "captured", "total", 14, 14, "exact")],
        ),
        (
            "Sınırda 5 Afganistanlının gözaltına alındığı bildirildi.",
            [("5 Afganistanlının", "captured", "total", 5, 5, "exact")],
        ),
        (
            "Yetkililere göre savaşta 250'den fazla Gazzeli öldü.",
            [("250'den fazla Gazzeli", "killed", "total", 250, None, "more_than")],
        ),
        (
            "Dün akşam 1 Sudanlı yaşamını yitirdi.",
            [("1 Sudanlı", "killed", "total", 1, 1, "exact")],
        ),
        # young people, the ç softened before a case ending
        (
            "Milisler köyde 17 genci zorla silah altına almak için kaçırdı.",
            [("17 genci", "captured", "total", 17, 17, "exact")],
        ),
        (
            "Baskında aralarında 2 çocuğun da bulunduğu 31 Kürt genci zorla silah altına almak üzere kaçırdılar.",
            [
                ("31 Kürt genci", "captured", "total", 31, 31, "exact"),
                ("2 çocuğun", "captured", "civilians", 2, 2, "exact"),
            ],
        ),
        # could not be saved, in every form: killed
        (
            "Valilik, hastaneye kaldırılan 3 kişinin de kurtarılamadığını açıkladı.",
            [("3 kişinin", "killed", "total", 3, 3, "exact")],
        ),
        (
            "Yaralılardan 4 kişi kurtarılamamıştı.",
            [("4 kişi", "killed", "total", 4, 4, "exact")],
        ),
        # a toll that exceeded its number, the number in the accusative: more than
        (
            "Köylerden kaçırılan kadın sayısı 60'ı aştı.",
            [("60'ı aştı", "captured", "civilians", 60, None, "more_than")],
        ),
        (
            "Ölü sayısı 250'yi geçti.",
            [("250'yi geçti", "killed", "total", 250, None, "more_than")],
        ),
        (
            "Sağlık Bakanlığı, yaralı sayısının 75'i aştığını bildirdi.",
            [("75'i aştığını", "injured", "total", 75, None, "more_than")],
        ),
    ],
)
def test_turkish_counts(text: str, expected: list[tuple[object, ...]]) -> None:
    assert worded_figures(text, "tr") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name with its ending after an apostrophe is a name, not read as people here
        "Operasyonda 3 PKK'lı yakalandı.",
        # a place or a month after a count is no people
        "Ordu 6 Ekim'de 3 köyü vurdu.",
    ],
)
def test_turkish_names_that_count_no_people(text: str) -> None:
    assert worded_figures(text, "tr") == []


def test_a_toll_that_rose_stays_exact() -> None:
    assert worded_figures("Ölü sayısı 12'ye yükseldi.", "tr") == [
        ("12'ye", "killed", "total", 12, 12, "exact")
    ]


# a Monday: the weekend before it is 14-15 November 2026
_ANCHOR = dt.date(2026, 11, 16)


@pytest.mark.parametrize(
    ("lang", "text", "mention"),
    [
        ("uk", "За вихідні ворог обстріляв Херсон 40 разів.", "За вихідні"),
        ("uk", "Упродовж вихідних у Запоріжжі загинули двоє.", "Упродовж вихідних"),
        ("uk", "Протягом вихідних дрони атакували Суми.", "Протягом вихідних"),
        ("ru", "За выходные в Белгороде ранены пятеро.", "За выходные"),
        ("ru", "В течение выходных беспилотники атаковали Курск.", "В течение выходных"),
    ],
)
def test_the_weekend_after_over_and_during(lang: str, text: str, mention: str) -> None:
    found = [
        (m.text, m.when.start, m.when.end, m.when.precision.value)
        for m in find_dates(text, _ANCHOR, lexicon=lang)
    ]
    assert (mention, dt.date(2026, 11, 14), dt.date(2026, 11, 15), "interval") in found
