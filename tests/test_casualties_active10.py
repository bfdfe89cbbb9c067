"""An event noun (or a person) as the subject of an active verb of killing is no victim; the
preterite with its object after it and "claimed / cost the lives of" are read in every
language that has them (sentences written for these tests)."""

from __future__ import annotations

import datetime

import pytest

from conflict_events import extract_report

_DAY = datetime.date(2026, 3, 5)


def _figures(text: str, lang: str) -> list[tuple[str, str, int | None]]:
    report = extract_report(text, lexicon=lang, published=_DAY)
    return [(f.outcome.value, f.group, f.count.low) for c in report.casualties for f in c.figures]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the perfect of an active verb: its subject did it
        (
            "fr",
            "Une embuscade a tué 14 soldats jeudi près de la frontière.",
            ("killed", "combatants", 14),
        ),
        ("fr", "Un bombardement a tué 9 civils dans le quartier.", ("killed", "civilians", 9)),
        ("fr", "Un assaut a blessé 23 policiers lundi.", ("injured", "combatants", 23)),
        ("en", "An ambush has killed 14 soldiers near the border.", ("killed", "combatants", 14)),
        ("es", "Una emboscada ha herido a 23 policías.", ("injured", "combatants", 23)),
        ("pt", "Um bombardeio matou 9 civis na aldeia.", ("killed", "civilians", 9)),
        # German preterite with its object after it (and an adjunct between)
        ("de", "Ein Angriff tötete sieben Soldaten.", ("killed", "combatants", 7)),
        ("de", "Ein Hinterhalt tötete am Montag neun Polizisten.", ("killed", "combatants", 9)),
        ("de", "Ein Luftangriff verletzte zwölf Zivilisten.", ("injured", "civilians", 12)),
        # "claimed / cost the lives of"
        ("ru", "Засада унесла жизни 14 военных.", ("killed", "combatants", 14)),
        ("ru", "Удар унес жизни трех мирных жителей.", ("killed", "civilians", 3)),
        ("uk", "Вибух забрав життя 14 військових.", ("killed", "combatants", 14)),
        ("uk", "Удар забрав життя трьох мирних жителів.", ("killed", "civilians", 3)),
        ("tr", "Pusu 14 askerin hayatına mal oldu.", ("killed", "combatants", 14)),
        ("tr", "Saldırı 3 sivilin hayatına mal olmuştu.", ("killed", "civilians", 3)),
        ("es", "La emboscada se cobró la vida de 14 soldados.", ("killed", "combatants", 14)),
        ("es", "El ataque costó la vida a 3 civiles.", ("killed", "civilians", 3)),
        ("pt", "A emboscada custou a vida de 14 soldados.", ("killed", "combatants", 14)),
        ("pt", "Uma explosão ceifou a vida a 3 civis.", ("killed", "civilians", 3)),
    ],
)
def test_the_subject_of_an_active_verb_is_no_victim(
    lang: str, text: str, expected: tuple[str, str, int]
) -> None:
    assert _figures(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a passive or an intransitive perfect keeps its subject as the victim
        ("fr", "Un soldat a été tué mardi.", ("killed", "combatants", 1)),
        ("fr", "Un soldat a péri dans l'explosion.", ("killed", "combatants", 1)),
        ("en", "A soldier has been killed.", ("killed", "combatants", 1)),
        ("es", "Un soldado ha muerto en el ataque.", ("killed", "combatants", 1)),
        ("de", "Ein Soldat wurde getötet.", ("killed", "combatants", 1)),
    ],
)
def test_a_passive_subject_is_still_the_victim(
    lang: str, text: str, expected: tuple[str, str, int]
) -> None:
    assert _figures(text, lang) == [expected]


def test_a_person_subject_of_an_active_perfect_is_the_doer() -> None:
    assert _figures("Un soldat a tué 4 civils mardi.", "fr") == [("killed", "civilians", 4)]
