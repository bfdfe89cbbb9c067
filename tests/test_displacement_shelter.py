"""Displacement told by shelter and flight (casualties tables, `displaced` outcome words and
phrases; docs/casualties-and-claims.md, "Displacement told by shelter"): people who sought
shelter or refuge, fled to a place, left their homes or had to leave them are displaced, in
every language, with their count and the group of their noun (people of no side: the total,
or civilians by the existing rule).  Sheltering from an attack where one is ("took shelter in
basements", "укрылись в бомбоубежище") and households ("300 families") are no displacement
figure."""

from __future__ import annotations

import pytest
from reading import figures


@pytest.mark.parametrize(
    ("lang", "text", "group", "count"),
    [
        (
            "en",
            "More than 2,000 residents sought shelter in evacuation centers after the attack.",
            "civilians",
            2000,
        ),
        ("en", "Some 1,500 villagers took refuge in a church on Sunday.", "civilians", 1500),
        ("en", "About 600 civilians found refuge across the border.", "civilians", 600),
        ("en", "At least 400 people fled to the forest when the gunmen arrived.", "total", 400),
        ("en", "The clashes forced 3,000 people to leave their homes.", "total", 3000),
        ("en", "Around 250 residents left their homes overnight.", "civilians", 250),
        ("fr", "Plus de 2 000 habitants ont trouvé refuge dans des écoles.", "civilians", 2000),
        ("fr", "Quelque 300 civils se sont réfugiés dans les villages voisins.", "civilians", 300),
        ("fr", "Environ 800 personnes se sont réfugiées à la mission catholique.", "total", 800),
        ("fr", "Au moins 150 habitants ont trouvé abri dans une église.", "civilians", 150),
        ("fr", "Près de 1 200 villageois ont fui vers la brousse.", "civilians", 1200),
        ("es", "Más de 200 personas se desplazaron a la cabecera municipal.", "total", 200),
        ("es", "Unos 450 habitantes se desplazaron hacia Tuxtla.", "civilians", 450),
        ("es", "Unas 300 personas se refugiaron en una escuela.", "total", 300),
        ("es", "Al menos 90 civiles encontraron refugio en la parroquia.", "civilians", 90),
        ("pt", "Mais de 2 mil moradores buscaram abrigo em escolas.", "civilians", 2000),
        ("pt", "Cerca de 600 civis procuraram abrigo na igreja.", "civilians", 600),
        ("pt", "Pelo menos 150 pessoas se refugiaram numa missão.", "total", 150),
        ("pt", "Cerca de 300 pessoas fugiram para Pemba.", "total", 300),
        ("pt", "Perto de 400 habitantes se deslocaram para a sede do distrito.", "civilians", 400),
        ("de", "Etwa 300 Menschen flohen in die Nachbarorte.", "total", 300),
        ("de", "Mindestens 150 Bewohner flüchteten in eine Schule.", "civilians", 150),
        ("de", "Mehr als 500 Zivilisten suchten Schutz in Notunterkünften.", "civilians", 500),
        ("de", "Rund 2000 Menschen wurden aus ihren Dörfern vertrieben.", "total", 2000),
        ("de", "Nach dem Angriff flohen rund 3500 Menschen über die Grenze.", "total", 3500),
        ("de", "Rund 80 Dorfbewohner fanden Zuflucht in einer Kirche.", "civilians", 80),
        ("ar", "لجأ أكثر من 500 شخص إلى المدارس.", "total", 500),
        ("ar", "لجأ نحو 200 مدني إلى مخيم قريب.", "civilians", 200),
        ("ar", "نزح أكثر من 2000 شخص من القرية.", "total", 2000),
        ("ar", "أدت الاشتباكات إلى نزوح 300 مدني من المخيم.", "civilians", 300),
        ("ar", "لجأت نحو 70 امرأة إلى المسجد.", "civilians", 70),
        ("ru", "Более 2000 жителей бежали из села.", "civilians", 2000),
        ("ru", "Около 300 человек покинули свои дома.", "total", 300),
        ("ru", "Не менее 150 мирных жителей были вынуждены покинуть свои дома.", "civilians", 150),
        ("ru", "Около 400 человек нашли убежище в монастыре.", "total", 400),
        ("uk", "Понад 2000 мешканців були змушені покинути свої домівки.", "civilians", 2000),
        ("uk", "Близько 300 людей покинули свої домівки.", "total", 300),
        ("uk", "Щонайменше 150 цивільних втекли до Одеси.", "civilians", 150),
        ("uk", "Близько 400 людей знайшли притулок у школі.", "total", 400),
        ("tr", "2 binden fazla kişi göç etmek zorunda kaldı.", "total", 2000),
        ("tr", "Yaklaşık 300 kişi evlerini terk etti.", "total", 300),
        ("tr", "En az 150 sivil okullara sığındı.", "civilians", 150),
        ("tr", "400'den fazla köylü camiye sığınmak zorunda kaldı.", "civilians", 400),
    ],
)
def test_shelter_and_flight_displace(lang: str, text: str, group: str, count: int) -> None:
    found = figures(text, lang)
    assert len(found) == 1, found
    outcome, found_group, low, high, _ = found[0]
    assert (outcome, found_group) == ("displaced", group)
    assert count in (low, high)


@pytest.mark.parametrize(
    ("lang", "text", "outcome", "group", "count"),
    [
        ("en", "Some 700 people from Goma took refuge in Rwanda.", "displaced", "total", 700),
        ("en", "About 90 residents of the camp lost their lives.", "killed", "civilians", 90),
        (
            "es",
            "Unas 700 personas de Frontera Comalapa se refugiaron en Guatemala.",
            "displaced",
            "total",
            700,
        ),
        (
            "es",
            "Más de 1.500 personas de seis comunidades se desplazaron a la cabecera.",
            "displaced",
            "total",
            1500,
        ),
        ("es", "Unos 40 pobladores de Chenalhó perdieron la vida.", "killed", "civilians", 40),
        (
            "fr",
            "Plus de 1 500 personnes de six villages ont trouvé refuge à Goma.",
            "displaced",
            "total",
            1500,
        ),
        (
            "pt",
            "Mais de 1.500 pessoas de seis aldeias buscaram abrigo em Pemba.",
            "displaced",
            "total",
            1500,
        ),
        (
            "ru",
            "Около 700 жителей из трех сел нашли убежище в школе.",
            "displaced",
            "civilians",
            700,
        ),
        (
            "uk",
            "Близько 700 мешканців з трьох сіл знайшли притулок у школі.",
            "displaced",
            "civilians",
            700,
        ),
        (
            "de",
            "Rund 300 Bewohner aus zwei Dörfern suchten Schutz in einer Kirche.",
            "displaced",
            "civilians",
            300,
        ),
    ],
)
def test_the_people_of_a_place_then_their_outcome(
    lang: str, text: str, outcome: str, group: str, count: int
) -> None:
    """Where the people come from stands between them and their outcome ("700 people from
    Goma took refuge", "personas de seis comunidades se desplazaron"): the outcome ends the
    words after "from" / "de" / "из", which are no party's name."""
    found = figures(text, lang)
    assert len(found) == 1, found
    found_outcome, found_group, low, high, _ = found[0]
    assert (found_outcome, found_group) == (outcome, group)
    assert count in (low, high)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # sheltering from the shelling where one is: no one was displaced
        ("en", "About 300 people took shelter in basements during the shelling."),
        ("ru", "Около 500 человек укрылись в бомбоубежище."),
        # households are no count of people (the singular after eleven in Arabic too)
        ("en", "About 300 families sought shelter in a school."),
        ("ar", "لجأت أكثر من 300 أسرة إلى المدارس."),
        ("ar", "أدت الاشتباكات إلى نزوح 300 عائلة من المخيم."),
        # a shelter (a noun) is no taking refuge
        ("tr", "Sığınakta 40 kişi bekliyor."),
    ],
)
def test_no_displacement(lang: str, text: str) -> None:
    assert [f for f in figures(text, lang) if f[0] == "displaced"] == []
