"""A report noun's adjectives in an "according to" phrase (extract/_attribution.py,
``names.report_modifiers``): "по предварительным данным МЧС", "nach vorläufigen Angaben der
Polizei", "según datos preliminares de la Fiscalía" name the body after the phrase, in every
language; texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.extract._attribution import extract_attributions

DAY = dt.date(2026, 5, 4)


def _sources(text: str, lang: str) -> list[str | None]:
    return [
        a.attribution.source_name for a in extract_attributions(text, published=DAY, lexicon=lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        # an adjective between the phrase's preposition and its noun
        ("ru", "По предварительным данным МЧС, погибли два человека.", "МЧС"),
        ("ru", "По уточненным данным МВД, среди погибших двое детей.", "МВД"),
        ("ru", "По последней информации полиции, ранены пять человек.", "полиция"),
        ("uk", "За попередніми даними поліції, загинули двоє людей.", "поліція"),
        ("uk", "За останніми даними ДСНС, серед загиблих троє дітей.", "ДСНС"),
        ("de", "Nach vorläufigen Angaben der Polizei starben zwei Menschen.", "der Polizei"),
        (
            "de",
            "Nach offiziellen Angaben des Innenministeriums wurden drei Soldaten getötet.",
            "Innenministerium",  # (the genitive put back as its noun: _genitive_base)
        ),
        # an adjective before or after a report noun that follows the phrase
        ("es", "Según datos preliminares de la Fiscalía, murieron dos personas.", "Fiscalía"),
        ("es", "Según el último balance de la Defensoría, murieron tres civiles.", "Defensoría"),
        (
            "fr",
            "Selon un bilan provisoire de la Croix-Rouge, deux civils sont morts.",
            "Croix-Rouge",
        ),
        ("fr", "Selon un dernier bilan de la police, trois personnes ont été tuées.", "police"),
        ("pt", "Segundo dados preliminares da polícia, dois homens morreram.", "polícia"),
        (
            "pt",
            "Segundo o último balanço da Cruz Vermelha, cinco pessoas morreram.",
            "Cruz Vermelha",
        ),
        ("ar", "وبحسب حصيلة أولية للدفاع المدني، قتل شخصان.", "الدفاع المدني"),
        ("ar", "وبحسب آخر حصيلة لوزارة الصحة، قتل ثلاثة مدنيين.", "وزارة الصحة"),
    ],
)
def test_a_report_nouns_adjective_names_the_body_after_it(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "according to first reports" and a verb: nobody is named
        ("de", "Nach ersten Angaben starben zwei Menschen."),
        ("de", "Nach Angaben kamen drei Soldaten ums Leben."),
        ("de", "Nach vorläufigen Angaben wurden vier Häuser zerstört."),
        ("ru", "По предварительным данным, погибли два человека."),
        ("uk", "За попередніми даними, загинули двоє людей."),
    ],
)
def test_a_phrase_with_no_body_after_it_names_nobody(lang: str, text: str) -> None:
    assert not [s for s in _sources(text, lang) if s]


def test_an_adjective_before_a_german_genitive_name_stays_in_it() -> None:
    """An attribute before a capitalised noun opens a name ("örtlicher Behörden")."""
    text = "Nach Angaben örtlicher Behörden starben zwei Menschen."
    assert _sources(text, "de") == ["örtlicher Behörden"]


def test_an_acronym_after_an_adjective_names_the_full_name_before() -> None:
    """ "За уточненими даними ОВА" after the administration named in full names it."""
    text = (
        "Про це повідомили в Запорізькій обласній військовій адміністрації. "
        "За уточненими даними ОВА, серед загиблих - 67-річний чоловік."
    )
    full = "Запорізька обласна військова адміністрація"
    assert _sources(text, "uk") == [full, full]
