"""Outcomes other than killed and injured, and tolls told as a number rising (tenth session
of 2026-12-07): each construction in every language that has it, on sentences written for
these tests (docs/casualties-and-claims.md, "Tenth session: captured, displaced, missing and
rising tolls")."""

from __future__ import annotations

import pytest
from reading import RangedFigure as Row
from reading import ranged_figures as _figures


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a passive of taking people away: captured, with or without its agent
        (
            "en",
            "Villagers said 31 people, mostly herders, were taken away before dawn.",
            ("captured", "total", 31, 31, "31 people"),
        ),
        (
            "en",
            "Seven schoolgirls and two teachers were carried off by the attackers.",
            ("captured", "civilians", 7, 7, "Seven schoolgirls"),
        ),
        (
            "en",
            "Eleven farmers were led away to an unknown location, relatives said.",
            ("captured", "civilians", 11, 11, "Eleven farmers"),
        ),
        # no news of people: missing
        (
            "fr",
            "Les familles restent sans nouvelles de 27 pêcheurs depuis mardi.",
            ("missing", "civilians", 27, 27, "27 pêcheurs"),
        ),
        (
            "es",
            "Los vecinos siguen sin noticias de 15 campesinos desde el lunes.",
            ("missing", "civilians", 15, 15, "15 campesinos"),
        ),
        (
            "pt",
            "As autoridades continuam sem notícias de 9 garimpeiros.",
            ("missing", "civilians", 9, 9, "9 garimpeiros"),
        ),
        (
            "en",
            "Relatives have had no news of 13 miners since the raid.",
            ("missing", "civilians", 13, 13, "13 miners"),
        ),
        # one person considered missing
        (
            "uk",
            "Ще один чоловік вважається зниклим безвісти, повідомили рятувальники.",
            ("missing", "total", 1, 1, "один чоловік"),
        ),
        (
            "ru",
            "Еще одна женщина считается пропавшей без вести.",
            ("missing", "civilians", 1, 1, "одна женщина"),
        ),
        # the abducted counted by a noun, with no verb (a headline's)
        (
            "de",
            "Überfall auf Dorf in Ituri: sieben Tote, Hunderte Entführte",
            ("captured", "total", 200, 999, "Hunderte Entführte"),
        ),
        (
            "de",
            "Nach dem Angriff zählten die Behörden 14 Verschleppte.",
            ("captured", "total", 14, 14, "14 Verschleppte"),
        ),
        # the participle after its people, no auxiliary
        (
            "es",
            "Se trata de seis comerciantes privados de la libertad el martes en Zamora.",
            ("captured", "civilians", 6, 6, "seis comerciantes"),
        ),
        # an adjunct of where from between a verb of evacuating and its object
        (
            "uk",
            "Рятувальники евакуювали з понівеченого будинку 28 мешканців.",
            ("displaced", "civilians", 28, 28, "28 мешканців"),
        ),
        (
            "ru",
            "Спасатели эвакуировали из разрушенного подъезда 31 жителя.",
            ("displaced", "civilians", 31, 31, "31 жителя"),
        ),
        # a verb of displacing written with its shadda
        (
            "ar",
            "وشرّدت المعارك نحو 700 ألف شخص خلال عام.",
            ("displaced", "total", 700000, 700000, "نحو 700 ألف شخص"),
        ),
        # people sought under the rubble: missing
        (
            "en",
            "Rescuers were searching for four people believed trapped under the debris.",
            ("missing", "total", 4, 4, "four people"),
        ),
        (
            "fr",
            "Les secouristes recherchent 9 personnes sous les décombres de l'immeuble.",
            ("missing", "total", 9, 9, "9 personnes"),
        ),
        (
            "es",
            "Los rescatistas buscan a cinco personas entre los escombros.",
            ("missing", "total", 5, 5, "cinco personas"),
        ),
        (
            "pt",
            "Os bombeiros procuram três pessoas nos escombros do prédio.",
            ("missing", "total", 3, 3, "três pessoas"),
        ),
        (
            "de",
            "Helfer suchen nach sechs Menschen unter den Trümmern des Hauses.",
            ("missing", "total", 6, 6, "sechs Menschen"),
        ),
        (
            "ru",
            "Под завалами дома могут находиться еще четыре человека.",
            ("missing", "total", 4, 4, "четыре человека"),
        ),
        (
            "ru",
            "Спасатели ищут под завалами трех жителей.",
            ("missing", "civilians", 3, 3, "трех жителей"),
        ),
        (
            "uk",
            "Під завалами рятувальники шукають ще двох людей.",
            ("missing", "total", 2, 2, "двох людей"),
        ),
        (
            "ar",
            "وتواصل فرق الإنقاذ البحث عن 8 أشخاص تحت الركام.",
            ("missing", "total", 8, 8, "8 أشخاص"),
        ),
        (
            "tr",
            "AFAD, binanın enkazı altında kaldığı düşünülen 3 kişiyi arıyor.",
            ("missing", "total", 3, 3, "3 kişi"),
        ),
        # Turkish tolls told as a number: the voiced stem, the copula, the noun's case
        (
            "tr",
            "Patlamada hayatını kaybedenlerin sayısı 17'ye yükseldi.",
            ("killed", "total", 17, 17, "17'ye"),
        ),
        (
            "tr",
            "Kazada ölü sayısı 8 oldu.",
            ("killed", "total", 8, 8, "8"),
        ),
        (
            "tr",
            "Ekipler olay yerinden 14 yaralıyı hastaneye kaldırdı.",
            ("injured", "total", 14, 14, "14 yaralıyı"),
        ),
    ],
)
def test_outcome_is_read(lang: str, text: str, expected: Row) -> None:
    outcome, group, low, high, words = expected
    found = _figures(text, lang)
    assert any(
        f[0] == outcome and f[2] == low and f[3] == high and words in f[4] and f[1] == group
        for f in found
    ), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a search with no rubble named: no figure
        ("en", "Police are searching for three suspects."),
        ("uk", "Поліція шукає двох підозрюваних."),
        ("es", "La policía busca a dos sospechosos."),
        # taken away by a conveyance or to care: no capture
        ("en", "Three men were taken away by ambulance after the crash."),
        ("en", "Five women were carried off to a nearby clinic."),
        ("en", "Two boys were taken away on stretchers."),
    ],
)
def test_no_figure_is_read(lang: str, text: str) -> None:
    assert not [f for f in _figures(text, lang) if f[0] in ("captured", "missing")], _figures(
        text, lang
    )


def test_the_wounded_taken_away_stay_wounded() -> None:
    found = _figures("Twelve wounded were taken away by the rescuers.", "en")
    assert [f[0] for f in found] == ["injured"], found


@pytest.mark.parametrize(
    ("lang", "text", "others"),
    [
        (
            "en",
            "Six women and two boys were abducted, and 14 others were wounded.",
            "14 others",
        ),
        (
            "fr",
            "Quatre femmes et deux enfants ont été enlevés, et onze autres ont été blessés.",
            "onze autres",
        ),
        (
            "es",
            "Tres mujeres y dos niños fueron secuestrados, y otros ocho resultaron heridos.",
            "ocho",
        ),
        (
            "pt",
            "Quatro mulheres e duas crianças foram sequestradas e outras sete ficaram feridas.",
            "sete",
        ),
    ],
)
def test_others_after_a_named_pair_are_set_against_it(lang: str, text: str, others: str) -> None:
    """Others after two kinds of people joined by "and" are none of them: no group."""
    found = [f for f in _figures(text, lang) if f[4] == others]
    assert [(f[0], f[1]) for f in found] == [("injured", "total")], _figures(text, lang)


def test_more_people_after_a_named_pair_stay_of_its_group() -> None:
    text = (
        "Bandits also kidnapped six women and a boy. "
        '"We are still looking for three more people who are missing," she said.'
    )
    found = [f for f in _figures(text, "en") if f[4] == "three more people"]
    assert [(f[0], f[1]) for f in found] == [("missing", "civilians")], _figures(text, "en")
