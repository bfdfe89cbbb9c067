"""A figure's group from its words and its context (issue 14; DESIGN §10; the rules are in
docs/casualties-and-claims.md, "Groups from context").  Every sentence here was written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import ActorRegistry, extract_report
from conflict_events.extract._casualties import find_casualties
from conflict_events.lexicon import load

Row = tuple[str, str, int | None]


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


def _groups(text: str, lang: str = "en", registry: ActorRegistry | None = None) -> list[Row]:
    return [
        (m.figure.outcome.value, m.figure.group, m.figure.count.low)
        for m in find_casualties(text, lexicon=lang, registry=registry)
    ]


def _report_groups(text: str, lang: str = "en") -> list[Row]:
    r = extract_report(text, published=dt.date(2025, 3, 10), lexicon=lang)
    return [
        (f.outcome.value, f.group, f.count.low) for report in r.casualties for f in report.figures
    ]


# -- "N of them": the people "them" stands for ----------------------------------------------------

PARTITIVES = [
    (
        "en",
        "Police dispersed the protesters and detained a dozen of them on Friday.",
        [("captured", "civilians", 12)],
    ),
    (
        "fr",
        "La police a dispersé les manifestants et interpellé une vingtaine d'entre eux, selon "
        "un témoin.",
        [("captured", "civilians", 20)],
    ),
    (
        "pt",
        "Os soldados perseguiram os insurgentes e abateram cinco deles perto da aldeia.",
        [("killed", "combatants", 5)],
    ),
    (
        "ar",
        "قصفت الطائرات تجمعات للمسلحين في الريف، ما أسفر عن مقتل العشرات منهم.",
        [("killed", "combatants", 20)],
    ),
    (
        "fr",
        "Les militaires ont tué six rebelles et en ont capturé trois lors du ratissage.",
        [("killed", "combatants", 6), ("captured", "combatants", 3)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTITIVES)
def test_a_partitive_takes_the_group_of_the_people_before_it(
    lang: str, text: str, expected: list[Row]
) -> None:
    assert _groups(text, lang) == expected


def test_a_partitive_after_a_figure_takes_the_figure_s_group(registry: ActorRegistry) -> None:
    text = "Yetkili, çatışmalarda 3 SMO mensubunun öldüğünü, 5'inin yaralandığını söyledi."
    assert _groups(text, "tr", registry) == [
        ("killed", "actor:sna", 3),
        ("injured", "actor:sna", 5),
    ]


def test_the_subject_of_the_sentence_is_no_antecedent() -> None:
    # the forces did the killing: "deles" are people named elsewhere
    assert _groups("As forças especiais afirmaram ter abatido oito deles.", "pt") == [
        ("killed", "total", 8)
    ]


def test_a_partitive_with_no_people_before_it_stays_total() -> None:
    assert _groups("Twelve of them were killed in the blast.") == [("killed", "total", 12)]


# -- a toll takes the group of the toll it updates -------------------------------------------------


def test_a_toll_update_takes_the_group_of_the_toll_it_updates() -> None:
    text = (
        "Shelling killed 17 civilians in the city on Sunday, officials said.\n\n"
        "A hospital source said the toll had risen to 23 by Monday."
    )
    assert _groups(text) == [("killed", "civilians", 17), ("killed", "civilians", 23)]


def test_an_earlier_toll_takes_the_group_of_the_toll_that_replaces_it() -> None:
    text = (
        "Douze soldats nigériens ont été tués mardi dans une embuscade. Le bilan initial, "
        "diffusé mercredi, faisait état de huit morts."
    )
    groups = [g for _, g, _ in _groups(text, "fr")]
    assert groups[0] == groups[1] == "combatants"


@pytest.mark.parametrize(
    "text",
    [
        # two groups before it: the toll may count both
        "Gunmen killed 4 soldiers and 9 civilians. The toll later rose to 15.",
        # one victim of another incident is no toll it updates
        "A woman was killed in Kherson. In Kharkiv, the toll rose to 10.",
        # a sum of the figures before it
        "Two policemen died and two assailants died. The toll stood at 4.",
    ],
)
def test_a_toll_stays_total_where_its_context_is_not_one_group(text: str) -> None:
    assert _groups(text)[-1][1] == "total"


def test_a_toll_that_names_its_people_keeps_them() -> None:
    text = "Troops recovered two more bodies, bringing the number of insurgents killed to 14."
    assert ("killed", "combatants", 14) in _groups(text)
    text = "The agency said the number of people displaced had passed one million."
    assert _groups(text) == [("displaced", "total", 1_000_000)]


# -- "others" and coordinated counts ----------------------------------------------------------------


def test_others_after_a_breakdown_take_the_total_s_group() -> None:
    text = (
        "اسفرت الاشتباكات عن مقتل 7 مقاتلين، هم 4 من قسد و3 من المسلحين، اضافة الى اصابة 15 آخرين."
    )
    assert _groups(text, "ar")[-1] == ("injured", "combatants", 15)


def test_a_bare_count_after_and_and_a_verb_takes_the_group_just_named() -> None:
    assert _groups("The strike killed three civilians and wounded 12 on Sunday.") == [
        ("killed", "civilians", 3),
        ("injured", "civilians", 12),
    ]
    assert _groups("استشهاد ثمانية مواطنين وإصابة تسعة في غارات على الميناء", "ar") == [
        ("killed", "civilians", 8),
        ("injured", "civilians", 9),
    ]


def test_more_people_one_sentence_later_take_the_group_before() -> None:
    text = (
        "Milizionäre haben mehr als 30 Zivilisten getötet. Die Angreifer hätten das Dorf "
        "gestürmt, teilte ein Komitee mit. Dutzende weitere Menschen seien verletzt worden."
    )
    assert _groups(text, "de")[-1] == ("injured", "civilians", 24)


# -- the speaker's ranks, suspects of ordinary crimes, people who fired -----------------------------


def test_counts_in_our_ranks_are_combatants() -> None:
    text = '"Nous déplorons sept morts et dix blessés dans nos rangs", a déclaré un officier.'
    assert _groups(text, "fr") == [("killed", "combatants", 7), ("injured", "combatants", 10)]


def test_counts_in_our_ranks_are_the_article_s_force() -> None:
    text = (
        "BAMAKO (AFP) - Des hommes armés ont attaqué un camp de l'armée malienne près de Ségou. "
        '"Nous déplorons quatre morts dans nos rangs", a déclaré un officier.'
    )
    assert ("killed", "actor:mali-mil", 4) in _report_groups(text, "fr")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Residents beat to death a man suspected of stealing a goat."),
        ("en", "Villagers killed two suspected cattle thieves."),
        ("fr", "Des habitants ont tué un homme accusé de vol près du marché."),
        ("es", "Un joven señalado de robar un teléfono murió tras ser golpeado."),
    ],
)
def test_suspects_of_an_ordinary_crime_are_civilians(lang: str, text: str) -> None:
    assert [g for _, g, _ in _groups(text, lang)] == ["civilians"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two men who opened fire on the patrol were killed, police said."),
        (
            "pt",
            "Entre os mortos estão dois suspeitos que, segundo a PM, atiraram contra os agentes.",
        ),
    ],
)
def test_people_who_fired_on_others_are_combatants(lang: str, text: str) -> None:
    assert [g for _, g, _ in _groups(text, lang)] == ["combatants"]


def test_people_fired_on_stay_total() -> None:
    assert _groups("Two men who were walking home were killed, police said.") == [
        ("killed", "total", 2)
    ]


def test_the_people_a_crowd_kills_are_civilians() -> None:
    text = "A crowd stoned and burned to death two men suspected of belonging to a gang."
    assert _groups(text) == [("killed", "civilians", 2)]


# -- members of a named party -----------------------------------------------------------------------


def test_members_of_a_party_named_with_words_before_it(registry: ActorRegistry) -> None:
    text = "Police arrested 11 suspected members of the banned Baloch Liberation Army."
    assert _groups(text, "en", registry) == [("captured", "actor:bla", 11)]
    text = "Two members of the paramilitary Frontier Corps were killed."
    assert _groups(text, "en", registry) == [("killed", "actor:frontier-corps", 2)]


def test_one_member_of_a_quoted_party(registry: ActorRegistry) -> None:
    text = 'قتل عنصر من "قسد" بهجوم على حاجز في البلدة.'
    assert _groups(text, "ar", registry) == [("killed", "actor:sdf", 1)]


def test_members_of_an_unarmed_body_are_civilians(registry: ActorRegistry) -> None:
    text = "Gunmen killed three members of the International Committee of the Red Cross."
    assert _groups(text, "en", registry) == [("killed", "civilians", 3)]


# -- a generic noun for the other side: the one non-state actor named ---------------------------------


def test_a_generic_enemy_noun_is_the_one_armed_group_the_article_names() -> None:
    text = (
        "Suspected fighters of the Allied Democratic Forces (ADF) attacked a village in North "
        "Kivu on Monday, killing nine civilians.\n\n"
        "An army spokesman said four rebels were killed as troops arrived."
    )
    assert ("killed", "actor:adf", 4) in _report_groups(text)


def test_an_affiliate_named_beside_it_is_no_second_side() -> None:
    text = (
        "L'attaque a été revendiquée par le GSIM, lié à Al-Qaïda, qui affirme avoir tué dix "
        "militaires.\n\n"
        "L'armée a pour sa part assuré avoir neutralisé une vingtaine de terroristes."
    )
    assert ("killed", "actor:jnim", 20) in _report_groups(text, "fr")


def test_two_armed_groups_named_leave_the_noun_combatants() -> None:
    text = (
        "Boko Haram and ISWAP fighters clashed near the lake on Monday.\n\n"
        "The army said it killed 12 militants in a separate raid."
    )
    assert ("killed", "combatants", 12) in _report_groups(text)


def test_the_paragraph_s_armed_group_wins_over_the_article_s() -> None:
    text = (
        "On 17 June, Boko Haram militants raided a village, killing three civilians.\n\n"
        "On 19 June, the army clashed with Ambazonian separatists in Kumbo. The army said it "
        "killed 5 separatist fighters."
    )
    assert ("killed", "actor:ambazonian-separatists", 5) in _report_groups(text)


def test_the_context_words_are_lexicon_data() -> None:
    lexicon = load("en").extended({"casualties": {"context": {"crime_nouns": ["poachers"]}}})
    text = "Rangers killed two suspected poachers in the park."
    assert _groups(text) == [("killed", "total", 2)]
    assert [g for _, g, _ in _groups(text, lexicon)] == ["civilians"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 40 civilians were killed, more than 60 were wounded."),
        ("fr", "Au moins 40 civils ont été tués, plus de 60 ont été blessés."),
        ("ru", "Не менее 40 мирных жителей погибли, более 60 получили ранения."),
    ],
)
def test_a_bare_count_after_the_comma_that_ends_an_outcome_takes_its_group(
    lang: str, text: str
) -> None:
    assert _groups(text, lang) == [("killed", "civilians", 40), ("injured", "civilians", 60)]


def test_a_bare_count_after_a_comma_of_no_outcome_stays_total() -> None:
    rows = _groups("Rebels killed 40 civilians in the town, and 60 people fled.")
    assert rows[1][1] == "total"


def test_a_dateline_alone_does_not_say_whose_soldiers_they_are() -> None:
    """A correspondent in Cairo covers Sudan: "dozens of soldiers" in a story whose text
    places nothing is not Egypt's army; with a place of the country in the text, it is."""
    filed_abroad = (
        "Headline\n\nCAIRO, Nov 11 (Reuters) - Dozens of soldiers were killed in a clash on "
        "Sunday, the group said."
    )
    assert [g for _, g, _ in _report_groups(filed_abroad)] == ["combatants"]
    at_home = (
        "Headline\n\nCAIRO, Nov 11 (Reuters) - Dozens of soldiers were killed in a clash near "
        "Alexandria on Sunday, the group said."
    )
    assert [g for _, g, _ in _report_groups(at_home)] == ["actor:egypt-mil"]
