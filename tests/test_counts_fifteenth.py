"""Casualty figures real copy states and the reader missed (issue 14, the fifteenth session of
2026-12-07, counts3): the injured who then died; two nouns of people under one count as a
subject (its verb right after them, past a participle phrase, or after an auxiliary); a dash
after a breakdown's intro; a subordinating conjunction before a passive's singular subject;
sentences written for these tests, with sentences that must stay as they were
(docs/casualties-and-claims.md, "Fifteenth session (counts)")."""

from __future__ import annotations

import pytest
from reading import part_figures


def _found(text: str, lang: str) -> list[tuple[object, ...]]:
    """(outcome, group, low, words) of every figure of ``text``."""
    return [tuple(f[:4]) for f in part_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # people counted by their wounds who then died are dead, the group from their noun
        ("en", "Four injured villagers died in hospital on Sunday.", ("killed", "civilians", 4, "Four injured villagers")),
        ("en", "The toll reached nine after two more wounded persons succumbed overnight.", ("killed", "total", 2, "two more wounded persons")),
        ("en", "Five wounded policemen died at the clinic in Kano.", ("killed", "combatants", 5, "Five wounded policemen")),
        ("fr", "Trois blessés ont succombé à l'hôpital de Gao dans la nuit.", ("killed", "total", 3, "Trois blessés")),
        ("fr", "Deux gendarmes blessés sont morts avant leur évacuation.", ("killed", "combatants", 2, "Deux gendarmes blessés")),
        ("es", "Cuatro heridos fallecieron en el hospital de Tumaco.", ("killed", "total", 4, "Cuatro heridos")),
        ("es", "Tres policías heridos murieron durante el traslado.", ("killed", "combatants", 3, "Tres policías heridos")),
        ("pt", "Dois feridos morreram no hospital de Pemba.", ("killed", "total", 2, "Dois feridos")),
        ("pt", "Quatro militares feridos morreram durante a noite.", ("killed", "combatants", 4, "Quatro militares feridos")),
        ("de", "Drei Verletzte starben später im Krankenhaus von Goma.", ("killed", "total", 3, "Drei Verletzte")),
        ("de", "Zwei verletzte Polizisten erlagen ihren Verletzungen.", ("killed", "combatants", 2, "Zwei verletzte Polizisten")),
        ("ru", "Трое раненых скончались в больнице Белгорода.", ("killed", "total", 3, "Трое раненых")),
        ("ru", "Двое раненых военнослужащих скончались в госпитале.", ("killed", "combatants", 2, "Двое раненых военнослужащих")),
        ("uk", "Четверо поранених померли в лікарні Сум.", ("killed", "total", 4, "Четверо поранених")),
        ("ar", "وتوفي ثلاثة جرحى متأثرين بإصاباتهم في مستشفى المدينة.", ("killed", "total", 3, "ثلاثة جرحى")),
        # two nouns of people under one count, the subject of the verb right after them
        ("en", "Nine soldiers and policemen died in the ambush near Djibo.", ("killed", "combatants", 9, "Nine soldiers and policemen")),
        ("es", "Más de 40 soldados y policías murieron en la emboscada.", ("killed", "combatants", 40, "Más de 40 soldados y policías")),
        ("es", "Desde 2015, más de 60 soldados y policías han perdido la vida en la región.", ("killed", "combatants", 60, "más de 60 soldados y policías")),
        ("fr", "Onze soldats et gendarmes sont morts dans l'embuscade.", ("killed", "combatants", 11, "Onze soldats et gendarmes")),
        ("pt", "Quinze soldados e policiais morreram no confronto.", ("killed", "combatants", 15, "Quinze soldados e policiais")),
        ("ru", "Семь военных и полицейских погибли при нападении.", ("killed", "combatants", 7, "Семь военных и полицейских")),
        # … past a participle phrase after the second noun
        ("en", "On Friday, 14 police officers and soldiers guarding the convoy were killed near Mopti.", ("killed", "combatants", 14, "14 police officers and soldiers")),
        # … after an auxiliary before the subject (German's middle field)
        ("de", "Seit Jahresbeginn wurden Hunderte Soldaten und Polizisten getötet.", ("killed", "combatants", 200, "Hunderte Soldaten und Polizisten")),
        ("de", "Dabei wurden mindestens 30 Soldaten und Zivilisten getötet.", ("killed", "total", 30, "mindestens 30 Soldaten und Zivilisten")),
        # a dash after a breakdown's intro: the parts after it
        ("uk", "Поранено 9 людей, серед них – 12-річна дівчинка.", ("injured", "civilians", 1, "12-річна дівчинка")),
        ("uk", "Загинули шестеро людей, серед них – двоє дітей.", ("killed", "civilians", 2, "двоє дітей")),
        ("ru", "Ранены восемь человек, среди них – трое детей.", ("injured", "civilians", 3, "трое детей")),
        # an adverb before the copula of "among the dead were"
        ("es", "Entre los heridos también figuran un soldado y dos comerciantes.", ("injured", "civilians", 2, "dos comerciantes")),
        ("es", "Entre los muertos también figura una maestra.", ("killed", "civilians", 1, "una maestra")),
        ("pt", "Entre os mortos também estão dois policiais.", ("killed", "combatants", 2, "dois policiais")),
        ("pt", "Entre as vítimas também está um pescador.", ("killed", "civilians", 1, "um pescador")),
        ("en", "Among the dead also were two policemen.", ("killed", "combatants", 2, "two policemen")),
        ("fr", "Parmi les blessés également figurent trois enfants.", ("injured", "civilians", 3, "trois enfants")),
        # a subordinating conjunction opens a passive's clause: one person as its subject
        ("ru", "Протесты начались, когда 61-летний мужчина погиб при обстреле.", ("killed", "total", 1, "61-летний мужчина")),
        ("uk", "Люди вийшли на вулицю, коли 38-річний чоловік загинув від удару дрона.", ("killed", "total", 1, "38-річний чоловік")),
    ],
)  # fmt: skip
def test_construction(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        # the object of a verb before the nouns: the second noun may open a clause of its own
        ("en", "Gunmen killed 14 soldiers and civilians fled the town.", ("killed", "total", 14, "14 soldiers and civilians")),
        # a count in the phrase is the outcome's, not the first figure's
        ("en", "Twenty people attended the wedding and two were killed.", ("killed", "total", 20, "Twenty people")),
        ("en", "Twenty people attending the wedding and two were killed.", ("killed", "total", 20, "Twenty people")),
        # English subordinating conjunctions open no passive's subject: the agent of an active
        # verb whose object is a name stays out
        ("en", "Police found him weeks after a gunman killed Mayor John Okafor in his office.", ("killed", "total", 1, "a gunman")),
        # an outcome verb with an object of its own: the wounded did it
        ("en", "Two wounded soldiers killed an attacker at the gate.", ("killed", "combatants", 2, "Two wounded soldiers")),
    ],
)  # fmt: skip
def test_what_stays_out(lang: str, text: str, unexpected: tuple[object, ...]) -> None:
    assert unexpected not in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The blast left 14 dead and 31 wounded.", ("injured", "total", 31, "31 wounded")),
        ("en", "Three injured were taken to the hospital in Maiduguri.", ("injured", "total", 3, "Three injured")),
        ("es", "Un hombre señalado de robar una moto murió.", ("killed", "civilians", 1, "Un hombre")),
        ("en", "Gunmen killed 14 soldiers and civilians fled the town.", ("killed", "combatants", 14, "14 soldiers")),
    ],
)  # fmt: skip
def test_what_stays_read(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _found(text, lang)
