"""Whose dead, whose captives, who fled (session 20, issue 14; docs/casualties-and-claims.md,
"Session 20: whose dead, whose captives, who fled"): an armed group's own dead where the
article names two armed sides, captives taken away in every language, and the displaced
counted as people who left a place.  Sentences of our own, in each language's wire style."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report

_DAY = dt.date(2026, 3, 10)


def _figures(lang: str, text: str) -> list[tuple[str, str, int | None, int | None]]:
    report = extract_report(text, published=_DAY, lexicon=lang)
    return [
        (f.outcome.value, f.group, f.count.low, f.count.high)
        for r in report.casualties
        for f in r.figures
    ]


# -- 1. whose dead ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # a qualifier between the noun and its party
        (
            "ar",
            "قُتل سبعة عناصر على الأقل من قوات سوريا الديمقراطية في هجوم على حاجز قرب الشدادي.",
            ("killed", "actor:sdf", 7, None),
        ),
        (
            "ar",
            "قُتل 12 جندياً على الأقل من الجيش السوداني في هجوم على بلدة قرب الأبيض.",
            ("killed", "actor:saf", 12, None),
        ),
        # a soldier noun before its force in the genitive
        (
            "ru",
            "Четыре военнослужащих иракской армии погибли при нападении на пост под Тикритом.",
            ("killed", "actor:iraq-mil", 4, 4),
        ),
        (
            "uk",
            "Троє військовослужбовців іракської армії загинули внаслідок нападу на блокпост.",
            ("killed", "actor:iraq-mil", 3, 3),
        ),
        # a force noun and its name in quotes
        (
            "ru",
            'Накануне в провинции Дияла погибли трое бойцов ополчения "Хашд аш-Шааби".',
            ("killed", "actor:pmf", 3, 3),
        ),
        # a possessive with "own": the speaker's side, also as a part of a total
        (
            "en",
            "A commander of the Civilian Joint Task Force (CJTF) said his men had buried 19 "
            "bodies, including four of their own members.",
            ("killed", "actor:cjtf", 4, 4),
        ),
    ],
)
def test_the_side_of_the_dead(lang: str, text: str, figure: tuple[str, str, int, int]) -> None:
    assert figure in _figures(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        # the attackers a side killed are the other side's, and so are the others it took
        (
            "ar",
            "هاجم مسلحون من تنظيم الدولة الإسلامية حاجزاً لقوات سوريا الديمقراطية قرب البصيرة."
            "\n\nوأعلنت قوات سوريا الديمقراطية في بيان أن عناصرها قتلوا أربعة من المهاجمين، "
            "واعتقلوا ثلاثة آخرين.",
            [("killed", "actor:isis", 4, 4), ("captured", "actor:isis", 3, 3)],
        ),
        # a bare count after a figure of the other side: more of its people
        (
            "en",
            "Al-Shabaab fighters stormed a base near Afgoye on Monday.\n\n"
            '"We held the base," the commander said. He added that troops killed nine of the '
            "attackers and captured three.",
            [("killed", "actor:al-shabaab", 9, 9), ("captured", "actor:al-shabaab", 3, 3)],
        ),
    ],
)
def test_the_other_side_is_not_the_doer(
    lang: str, text: str, figures: list[tuple[str, str, int, int]]
) -> None:
    found = _figures(lang, text)
    for figure in figures:
        assert figure in found


def test_a_passive_names_no_doer() -> None:
    # no verb before the count says who killed them: two sides named, they stay combatants
    text = (
        "Islamic State militants attacked an SDF checkpoint near Busayrah.\n\n"
        "Three militants were killed in the clashes."
    )
    assert ("killed", "combatants", 3, 3) in _figures("en", text)


# -- 2. captives taken away ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "uk",
            "Уночі окупанти вивезли чотирьох мешканців прикордонного села на Харківщині.",
            ("captured", "civilians", 4, 4),
        ),
        (
            "uk",
            "Російські військові силоміць вивели на територію Росії двох місцевих жителів.",
            ("captured", "civilians", 2, 2),
        ),
        (
            "ru",
            "Боевики увезли шестерых жителей деревни в неизвестном направлении.",
            ("captured", "civilians", 6, 6),
        ),
        (
            "es",
            "Los hombres armados se llevaron a cinco jóvenes de la vereda La Esperanza.",
            ("captured", "total", 5, 5),
        ),
        (
            "fr",
            "« Ils sont repartis avec une quinzaine de femmes », a raconté un habitant.",
            ("captured", "civilians", 15, 15),
        ),
        (
            "tr",
            "Saldırganlar geri çekilirken 8 yolcuyu da yanlarında götürdü.",
            ("captured", "civilians", 8, 8),
        ),
        (
            "tr",
            "Silahlı kişiler 4 kişiyi kaçırarak ormanlık alana götürdü.",
            ("captured", "total", 4, 4),
        ),
        (
            "ar",
            "أعلنت وزارة الداخلية توقيف أربعة مسلحين بعد الاشتباكات.",
            ("captured", "combatants", 4, 4),
        ),
    ],
)
def test_captives_taken_away(lang: str, text: str, figure: tuple[str, str, int, int]) -> None:
    assert figure in _figures(lang, text)


def test_taken_away_without_an_evacuation_is_captured() -> None:
    text = "Прикордонник заявив, що з Кіндратівки вивезли трьох людей, серед них жінку."
    assert ("captured", "total", 3, 3) in _figures("uk", text)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # taken away in a paragraph that names an evacuation: evacuated
        (
            "uk",
            "Евакуація з громади триває. З прикордонних сіл громади вивезли 230 людей, серед "
            "них 40 дітей.",
            ("displaced", "total", 230, 230),
        ),
        # the object with an outcome of its own keeps it
        (
            "es",
            "Los vecinos llevaron a cuatro heridos al hospital de Tibú.",
            ("injured", "total", 4, 4),
        ),
    ],
)
def test_taken_away_is_not_always_captured(
    lang: str, text: str, figure: tuple[str, str, int, int]
) -> None:
    found = _figures(lang, text)
    assert figure in found
    assert not any(f[0] == "captured" for f in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los guerrilleros se llevaron dos camionetas de la finca."),
        ("fr", "Les assaillants sont repartis avec trois motos."),
    ],
)
def test_things_taken_away_are_no_captives(lang: str, text: str) -> None:
    assert _figures(lang, text) == []


# -- 3. the displaced ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "La violencia ha obligado a desplazarse a más de 900 personas hacia el casco urbano.",
            ("displaced", "total", 900, None),
        ),
        (
            "es",
            "Los combates han desplazado a más de 700 personas en el Catatumbo.",
            ("displaced", "total", 700, None),
        ),
        (
            "es",
            "Unas 400 personas se vieron obligadas a desplazarse.",
            ("displaced", "total", 400, 400),
        ),
        (
            "pt",
            "Cerca de 1.900 pessoas deixaram a aldeia e localidades vizinhas desde sábado.",
            ("displaced", "total", 1900, 1900),
        ),
        (
            "es",
            "Unas 800 personas abandonaron la vereda tras los combates.",
            ("displaced", "total", 800, 800),
        ),
        (
            "fr",
            "Plus de 2 000 personnes ont quitté le village depuis dimanche.",
            ("displaced", "total", 2000, None),
        ),
        (
            "de",
            "Mehr als 600 Menschen verließen nach dem Angriff das Dorf.",
            ("displaced", "total", 600, None),
        ),
        (
            "ar",
            "قال مسؤول محلي إن نحو 200 شخص غادروا القرية باتجاه المدينة.",
            ("displaced", "total", 200, 200),
        ),
        (
            "ru",
            "Около 400 жителей покинули поселок после нападения.",
            ("displaced", "civilians", 400, 400),
        ),
        (
            "uk",
            "Близько 600 людей покинули село після обстрілу.",
            ("displaced", "total", 600, 600),
        ),
    ],
)
def test_people_who_left_are_displaced(
    lang: str, text: str, figure: tuple[str, str, int, int]
) -> None:
    assert figure in _figures(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Cerca de 200 soldados deixaram a base na madrugada."),
        ("pt", "Dois homens deixaram o local numa motorizada."),
        ("ru", "Около 300 военных покинули базу."),
        ("de", "Rund 200 Soldaten verließen die Kaserne."),
    ],
)
def test_troops_or_men_leaving_are_no_displaced(lang: str, text: str) -> None:
    assert not any(f[0] == "displaced" for f in _figures(lang, text))


def test_a_verb_of_leaving_before_its_dead_is_unchanged() -> None:
    assert _figures("pt", "Os ataques deixaram cinco mortos em Mocímboa da Praia.") == [
        ("killed", "total", 5, 5)
    ]


# -- 4. a day between a verb and its object ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "fr",
            "Des jihadistes ont tué dimanche onze civils dans la région de Dori.",
            ("killed", "civilians", 11, 11),
        ),
        (
            "fr",
            "Des hommes armés ont enlevé samedi soir une douzaine de femmes près de Diapaga.",
            ("captured", "civilians", 12, 12),
        ),
        (
            "en",
            "Gunmen killed on Sunday nine villagers in Zamfara state.",
            ("killed", "civilians", 9, 9),
        ),
        (
            "ar",
            "قالت التنسيقية إن عناصر من الدعم السريع اعتقلوا الخميس الماضي 14 شاباً قرب المدينة.",
            ("captured", "total", 14, 14),
        ),
    ],
)
def test_a_day_between_the_verb_and_its_object(
    lang: str, text: str, figure: tuple[str, str, int, int]
) -> None:
    assert figure in _figures(lang, text)


def test_a_day_before_an_adjunct_hides_no_verb() -> None:
    text = "Al menos cinco personas murieron este jueves en un enfrentamiento armado en Culiacán."
    assert _figures("es", text) == [("killed", "total", 5, None)]
