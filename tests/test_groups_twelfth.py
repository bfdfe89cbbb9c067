"""Twelfth session (groups): the side of a combatant figure whose words name none, in every
language that has the construction (docs/casualties-and-claims.md, "Twelfth session: a
combatant's side")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._casualties import find_casualties

_DAY = dt.date(2026, 3, 10)


def _groups(text: str, lang: str) -> list[tuple[str, str, int | None]]:
    report = extract_report(text, published=_DAY, lexicon=lang)
    return [(f.outcome.value, f.group, f.count.low) for r in report.casualties for f in r.figures]


def _subgroups(text: str, lang: str) -> list[tuple[str, str, int | None, str | None]]:
    report = extract_report(text, published=_DAY, lexicon=lang)
    return [
        (f.outcome.value, f.group, f.count.low, f.subgroup)
        for r in report.casualties
        for f in r.figures
    ]


_LEADS = {
    "en": "Malian soldiers clashed with jihadists near Gao on Monday.\n\n",
    "fr": "Des soldats maliens ont affronté des jihadistes près de Gao lundi.\n\n",
    "es": "Soldados malienses se enfrentaron a yihadistas cerca de Gao el lunes.\n\n",
    "pt": "Soldados malianos enfrentaram jihadistas perto de Gao na segunda-feira.\n\n",
    "de": "Malische Soldaten lieferten sich am Montag bei Gao Gefechte mit Dschihadisten.\n\n",
    "ru": "Малийские военные вступили в бой с джихадистами под Гао в понедельник.\n\n",
    "uk": "Малійські військові вступили в бій з джихадистами біля Гао в понеділок.\n\n",
}


# -- a part of a total of one side ------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "The army said 14 Malian soldiers were killed, including a colonel.", 1),
        ("fr", "L'armée a indiqué que 9 soldats maliens ont été tués, dont un lieutenant.", 1),
        (
            "de",
            "Die Armee teilte mit, 8 malische Soldaten seien getötet worden, darunter ein "
            "Offizier.",
            1,
        ),
        ("ru", "По данным армии, погибли 11 малийских военных, в том числе офицер.", 1),
    ],
)
def test_part_of_one_side_is_that_side(lang: str, text: str, low: int) -> None:
    found = _subgroups(_LEADS[lang] + text, lang)
    parts = [f for f in found if f[2] == low]
    assert parts
    assert parts[0][1] == "actor:mali-mil"
    assert parts[0][3] is not None  # a subgroup of the side's total


# -- one told among the dead of one side --------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        (
            "en",
            "The army said 13 Malian soldiers were killed. Among the dead were two officers, "
            "it said.",
            2,
        ),
        (
            "fr",
            "L'armée a indiqué que 10 soldats maliens ont été tués. Parmi les morts figure un "
            "capitaine de 31 ans.",
            1,
        ),
        (
            "es",
            "El ejército informó que 15 soldados malienses murieron. Entre los muertos hay un "
            "capitán.",
            1,
        ),
        (
            "pt",
            "O exército informou que 16 soldados malianos morreram. Entre os mortos está um "
            "capitão.",
            1,
        ),
        (
            "de",
            "Die Armee teilte mit, 7 malische Soldaten seien getötet worden. Unter den Toten "
            "seien zwei Offiziere.",
            2,
        ),
        (
            "ru",
            "По данным армии, погибли 12 малийских военных. Среди погибших, по данным армии, "
            "два офицера.",
            2,
        ),
        (
            "uk",
            "За даними армії, загинули 12 малійських військових. Серед загиблих, за даними "
            "армії, два офіцери.",
            2,
        ),
    ],
)
def test_among_the_dead_of_one_side(lang: str, text: str, low: int) -> None:
    assert ("killed", "actor:mali-mil", low) in _groups(_LEADS[lang] + text, lang)


def test_among_the_dead_of_no_side_stays() -> None:
    # the dead of no side named give their part none
    text = _LEADS["en"] + "Nine people were killed. Among the dead were two officers."
    assert ("killed", "actor:mali-mil", 2) not in _groups(text, "en")


def test_enemy_noun_among_the_dead_is_not_forced() -> None:
    # a noun for the other side is the other side's rule, never the soldiers' side
    text = (
        _LEADS["en"]
        + "The army said 13 Malian soldiers were killed. Among the dead were five rebels."
    )
    assert ("killed", "actor:mali-mil", 5) not in _groups(text, "en")


# -- a toll's own force noun --------------------------------------------------------------------
def test_toll_force_noun_is_the_articles_force() -> None:
    text = (
        "Chadian troops repelled an attack near Bol on Monday.\n\n"
        "The ministry put the number of soldiers killed at 16 and said the army had pushed "
        "the attackers back."
    )
    assert ("killed", "actor:chad-mil", 16) in _groups(text, "en")


# -- a verb phrase after "and": the people just named -------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Боевики заявили, что убили более 20 малийских солдат и взяли в плен троих."),
        ("uk", "Бойовики заявили, що вбили понад 20 малійських солдатів і взяли в полон трьох."),
    ],
)
def test_captives_after_verb_phrase_are_the_people_just_named(lang: str, text: str) -> None:
    assert ("captured", "actor:mali-mil", 3) in _groups(text, lang)


# -- an ordinal after the other side's figure ---------------------------------------------------
def test_ordinal_after_other_side_is_that_side() -> None:
    text = (
        "Las disidencias de las FARC atacaron una base en el Cauca el lunes.\n\n"
        "El Ejército informó de que en combates con la columna Dagoberto Ramos murieron tres "
        "disidentes y fue capturado un cuarto."
    )
    found = _groups(text, "es")
    killed = [g for o, g, n in found if o == "killed" and n == 3]
    assert killed
    assert killed[0].startswith("actor:")
    assert ("captured", killed[0], 1) in found


# -- a complement shared by coordinated counts ---------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        (
            "ar",
            "جماعة الحوثي تهاجم مواقع في تعز\n\nقال مصدر عسكري إن الهجوم أسفر عن سقوط سبعة "
            "قتلى وأربعة جرحى من عناصر الحوثيين.",
            "actor:houthis",
        ),
        (
            "ar",
            "هجوم على نقطة في كركوك\n\nوارتفعت الحصيلة إلى ستة قتلى وثلاثة جرحى من عناصر "
            "الحشد الشعبي.",
            "actor:pmf",
        ),
    ],
)
def test_shared_complement_names_both_counts(lang: str, text: str, actor: str) -> None:
    found = _groups(text, lang)
    assert [g for o, g, _ in found if o == "killed"] == [actor]
    assert [g for o, g, _ in found if o == "injured"] == [actor]


def test_shared_complement_needs_a_bare_first_count() -> None:
    # the first count names its own people: the complement is the second's alone
    text = "Shelling killed 4 civilians and wounded 3 soldiers of the Malian army."
    groups = [(m.figure.outcome.value, m.figure.group) for m in find_casualties(text)]
    assert ("killed", "civilians") in groups


# -- "others" after the parts of a total the context gave its side ------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        (
            "en",
            '"We lost 12 of our men, including a colonel, and 19 others are wounded," the '
            "commander said.",
            19,
        ),
        (
            "fr",
            "« Nous déplorons neuf morts dans nos rangs, dont un capitaine, et 14 autres "
            "blessés », a dit le commandant.",
            14,
        ),
    ],
)
def test_others_after_parts_of_own_ranks(lang: str, text: str, low: int) -> None:
    lead = {
        "en": "Jihadists attacked a Malian army post near Gao on Monday.\n\n",
        "fr": "Des jihadistes ont attaqué un poste de l'armée malienne près de Gao lundi.\n\n",
    }[lang]
    assert ("injured", "actor:mali-mil", low) in _groups(lead + text, lang)


# -- a bare count after "and" with the preposition repeated, or in quotes ----------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Un bilan antérieur faisait état de 8 soldats maliens tués et de cinq disparus."),
        (
            "es",
            "Un balance anterior daba cuenta de 8 soldados malienses muertos y de cinco "
            "desaparecidos.",
        ),
        (
            "pt",
            "Um balanço anterior dava conta de 8 soldados malianos mortos e de cinco "
            "desaparecidos.",
        ),
        ("fr", "Une source a évoqué « au moins 15 militaires maliens tués » et « cinq disparus »."),
    ],
)
def test_bare_count_after_and_of(lang: str, text: str) -> None:
    assert ("missing", "actor:mali-mil", 5) in _groups(text, lang)


# -- the members of a speaker's or a victim's family ---------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("fr", "« Ils ont tué deux membres de ma famille », a dit un berger.", 2),
        ("es", "Los atacantes asesinaron a cinco miembros de su familia.", 5),
        ("pt", '"Mataram dois membros da minha família", disse um pastor.', 2),
        ("de", "Bei dem Angriff wurden fünf Mitglieder seiner Familie getötet.", 5),
    ],
)
def test_members_of_a_family_are_civilians(lang: str, text: str, low: int) -> None:
    assert ("killed", "civilians", low) in _groups(text, lang)


# -- a name defined with its acronym right after the figure's words -----------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Une source a fait état de 14 morts, dont trois volontaires pour la défense de "
            "la patrie (VDP), les supplétifs de l'armée.",
        ),
        (
            "en",
            "A source said 14 people were killed, including three Volunteers for the Defense "
            "of the Homeland (VDP), army auxiliaries.",
        ),
    ],
)
def test_name_defined_with_its_acronym(lang: str, text: str) -> None:
    assert ("killed", "actor:vdp", 3) in _groups(text, lang)


def test_agent_before_an_acronym_is_no_name_of_the_figure() -> None:
    # "killed by the X (ACR)": the words and the acronym name no party together
    text = "Two civilians killed by the Rapid Support Forces (RSF) were buried on Sunday."
    assert ("killed", "civilians", 2) in _groups(text, "en")


# -- "N other bodies" after a figure whose group the context gave -------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Un ataque contra una base del ejército de Malí dejó 6 soldados malienses muertos "
            "y 10 heridos, dijo el ejército.\n\nTres de los heridos murieron el martes y "
            "otros tres cuerpos fueron hallados entre los escombros, precisó el ejército.",
        ),
        (
            "pt",
            "Um ataque contra uma base do exército do Mali deixou 6 soldados malianos mortos "
            "e 10 feridos, disse o exército.\n\nTrês dos feridos morreram na terça-feira e "
            "outros três corpos foram encontrados nos escombros, disse o exército.",
        ),
        (
            "en",
            "An attack on a Malian army base killed 6 Malian soldiers and wounded 10, the "
            "army said.\n\nThree of the wounded died on Tuesday and another three bodies "
            "were found in the rubble, the army said.",
        ),
    ],
)
def test_other_bodies_after_a_partitive_of_one_side(lang: str, text: str) -> None:
    killed = [g for o, g, n in _groups(text, lang) if o == "killed" and n == 3]
    assert killed == ["actor:mali-mil", "actor:mali-mil"]


# -- an apposition saying what all the people counted were ---------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "pt",
            "O balanço subiu entretanto para oito mortos, todos civis, segundo o autarca.",
            "civilians",
        ),
        ("en", "The toll rose to eight dead, all civilians, the governor said.", "civilians"),
        (
            "en",
            "The toll rose to eight dead, all of them soldiers, the governor said.",
            "combatants",
        ),
        ("fr", "Le bilan s'élève à huit morts, tous des civils, selon le maire.", "civilians"),
        ("es", "El balance subió a ocho muertos, todos civiles, según el alcalde.", "civilians"),
        (
            "de",
            "Die Zahl stieg auf acht Tote, alle Zivilisten, sagte der Bürgermeister.",
            "civilians",
        ),
        (
            "ru",
            "Число погибших выросло до восьми, все мирные жители, сообщил губернатор.",
            "civilians",
        ),
        (
            "uk",
            "Кількість загиблих зросла до восьми, усі цивільні, повідомив губернатор.",
            "civilians",
        ),
        ("ar", "ارتفعت الحصيلة إلى ثمانية قتلى، جميعهم مدنيون، بحسب المحافظ.", "civilians"),
    ],
)
def test_all_apposition_gives_the_group(lang: str, text: str, group: str) -> None:
    assert ("killed", group, 8) in _groups(text, lang)


def test_all_apposition_without_a_group_noun_stays_total() -> None:
    text = "The toll rose to eight dead, all from the same village, the governor said."
    assert ("killed", "total", 8) in _groups(text, "en")
