"""A counted subject with a "mostly …" apposition before its verb, and "including those of"
after a noun of bodies (ninth session, P2; docs/casualties-and-claims.md, "Ninth session (P2):
a subject's 'mostly …' apposition"), on sentences written for these tests in every language
that has the construction."""

from __future__ import annotations

import pytest
from reading import part_figures

# --- "N people, mostly women, were abducted": the total, its outcome after the apposition --


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Some 40 villagers, mostly children, were abducted on Tuesday.",
         ("captured", "civilians", 40, "Some 40 villagers", None)),
        ("en", "At least 17 people, mainly farmers and herders, were killed near the river.",
         ("killed", "total", 17, "At least 17 people", None)),
        ("fr", "Une cinquantaine de personnes, en majorité des femmes, ont été enlevées.",
         ("captured", "total", 50, "Une cinquantaine de personnes", None)),
        ("fr", "Quarante civils, pour la plupart des enfants, ont été tués dans la nuit.",
         ("killed", "civilians", 40, "Quarante civils", None)),
        ("es", "Unas 60 personas, en su mayoría ancianos, fueron secuestradas.",
         ("captured", "total", 60, "Unas 60 personas", None)),
        ("es", "Unos 25 civiles, en su mayoría niños, murieron en el ataque.",
         ("killed", "civilians", 25, "Unos 25 civiles", None)),
        ("pt", "Cerca de 45 pessoas, na maioria jovens, foram raptadas.",
         ("captured", "total", 45, "Cerca de 45 pessoas", None)),
        ("pt", "Pelo menos 18 civis, na sua maioria crianças, foram mortos.",
         ("killed", "civilians", 18, "Pelo menos 18 civis", None)),
        ("de", "Rund 70 Menschen, überwiegend Bauern, wurden verschleppt.",
         ("captured", "total", 70, "Rund 70 Menschen", None)),
        ("de", "Mindestens 12 Zivilisten, meist Kinder, wurden getötet.",
         ("killed", "civilians", 12, "Mindestens 12 Zivilisten", None)),
        ("ru", "Около 40 человек, в основном подростки, были похищены.",
         ("captured", "total", 40, "Около 40 человек", None)),
        ("ru", "Не менее 15 мирных жителей, преимущественно дети, погибли.",
         ("killed", "civilians", 15, "Не менее 15 мирных жителей", None)),
        ("uk", "Близько 50 людей, переважно студенти, були викрадені.",
         ("captured", "total", 50, "Близько 50 людей", None)),
        ("uk", "Щонайменше 12 цивільних, здебільшого діти, загинули.",
         ("killed", "civilians", 12, "Щонайменше 12 цивільних", None)),
        ("ar", "نحو 45 شخصاً، معظمهم من الأطفال، اختطفوا.",
         ("captured", "total", 45, "نحو 45 شخصاً", None)),
        ("ar", "حوالي 20 مدنيا، أغلبهم من النساء، قتلوا.",
         ("killed", "civilians", 20, "حوالي 20 مدنيا", None)),
    ],
)  # fmt: skip
def test_majority_apposition_before_the_verb(
    lang: str, text: str, figure: tuple[object, ...]
) -> None:
    # the total alone: the apposition's people are no count of their own
    assert part_figures(text, lang) == [figure]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # Turkish puts it before the count ("çoğu çocuk 14 sivil"): read already
        ("tr", "Çoğu çocuk 14 sivil öldürüldü.", ("killed", "civilians", 14, "14 sivil", None)),
        # the verb first: the apposition closes the sentence
        ("ar", "قتل 15 مدنيا، معظمهم من الأطفال.", ("killed", "civilians", 15, "15 مدنيا", None)),
    ],
)  # fmt: skip
def test_majority_apposition_elsewhere(lang: str, text: str, figure: tuple[object, ...]) -> None:
    assert part_figures(text, lang) == [figure]


def test_a_count_inside_the_apposition_is_not_skipped() -> None:
    # "mostly 12 women": a count of its own; the rule does not read past it
    found = part_figures("About 30 people, mostly 12 women, stayed home.", "en")
    assert all(f[0] != "captured" for f in found)


# --- "including those of three women" after a noun of bodies: parts, killed ---------------


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("en", "Divers pulled eleven bodies from the lake, including those of four children.",
         ("killed", "civilians", 4, "four children", "eleven bodies from the lake")),
        ("fr", "Les secouristes ont retrouvé neuf corps, dont ceux de deux enfants.",
         ("killed", "civilians", 2, "deux enfants", "neuf corps")),
        ("es", "Los vecinos hallaron siete cuerpos, entre ellos los de tres mujeres.",
         ("killed", "civilians", 3, "tres mujeres", "siete cuerpos")),
        ("pt", "As equipas encontraram oito corpos, entre eles os de duas crianças.",
         ("killed", "civilians", 2, "duas crianças", "oito corpos")),
        ("de", "Die Helfer bargen fünf Leichen, darunter die von drei Frauen.",
         ("killed", "civilians", 3, "drei Frauen", "fünf Leichen")),
    ],
)  # fmt: skip
def test_those_of_after_bodies_is_a_part(lang: str, text: str, part: tuple[object, ...]) -> None:
    assert part in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("en", "Searchers found more bodies near the market, including those of two boys.",
         ("killed", "civilians", 2, "two boys", None)),
        ("fr", "Les villageois ont découvert d'autres corps, dont ceux de quatre enfants.",
         ("killed", "civilians", 4, "quatre enfants", None)),
        ("es", "Los buzos sacaron más cuerpos del río, entre ellos los de dos niñas.",
         ("killed", "civilians", 2, "dos niñas", None)),
        ("pt", "Os bombeiros retiraram mais corpos dos escombros, entre eles os de três mulheres.",
         ("killed", "civilians", 3, "três mulheres", None)),
        ("de", "Taucher bargen weitere Leichen aus dem See, darunter die von zwei Frauen.",
         ("killed", "civilians", 2, "zwei Frauen", None)),
    ],
)  # fmt: skip
def test_those_of_after_uncounted_bodies_is_killed(
    lang: str, text: str, part: tuple[object, ...]
) -> None:
    # no count of the bodies: the part alone, killed
    assert part in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The fire destroyed several houses, including those of three families."),
        ("fr", "Le feu a détruit des maisons, dont celles de trois familles."),
    ],
)  # fmt: skip
def test_those_of_after_no_noun_of_the_dead_is_nothing(lang: str, text: str) -> None:
    assert part_figures(text, lang) == []
