"""Engagements of the eighth session (issue 14, docs/events.md "Whom an attack hit, and two
events in one sentence"): sentences written for these tests, several per language."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report

PUBLISHED = dt.date(2026, 1, 20)


def sub_types(text: str, language: str) -> list[str]:
    """The sub-event types of the engagements of ``text``, in order."""
    report = extract_report(text, published=PUBLISHED, lexicon=language)
    return [e.sub_event_type.value for e in report.engagements if e.sub_event_type is not None]


# An armed group named right after the target marker is whom the attack hit: an armed clash,
# even where the toll counts people at large.
GROUP_AFTER_MARKER = [
    ("en", "An attack by al-Shabaab against the Islamic State in Puntland left 30 people dead."),
    (
        "en",
        "An assault by the Taliban against the Islamic State in Kunar left 12 people dead on "
        "Monday.",
    ),
    ("es", "Una ofensiva del Clan del Golfo contra el ELN en el sur de Bolívar dejó 12 muertos."),
    (
        "es",
        "Un ataque del ELN contra las disidencias de las FARC en Arauca dejó al menos 9 muertos.",
    ),
    ("pt", "Um ataque do Estado Islâmico contra o Al-Shabaab deixou 20 mortos na província."),
    ("pt", "Uma ofensiva do ELN contra as dissidências das FARC deixou 20 mortos."),
    ("fr", "Une attaque du JNIM contre l'État islamique au Sahel a fait 40 morts près de Ménaka."),
    ("fr", "Une offensive de Boko Haram contre le JNIM a fait 40 morts."),
    ("de", "Eine Offensive der M23 gegen die FDLR forderte am Montag 15 Tote."),
    ("de", "Bei einem Angriff der Taliban auf die Al-Shabaab starben 15 Menschen."),
    ("ru", "Нападение «Талибана» на «Аш-Шабаб» унесло жизни 15 человек."),
    ("ru", "Нападение «Талибана» на «Аш-Шабаб» в понедельник унесло жизни 15 человек."),
    ("uk", "Напад «Аш-Шабаб» на «Талібан» забрав життя 15 людей."),
    ("uk", "Атака «Талібану» проти «Аш-Шабаб» забрала життя 15 людей."),
]


@pytest.mark.parametrize(("language", "text"), GROUP_AFTER_MARKER)
def test_an_armed_group_after_the_marker_was_hit(language: str, text: str) -> None:
    assert sub_types(text, language) == ["armed_clash"]


# A civilian target word right after the marker still makes an attack on civilians.
CIVILIANS_AFTER_MARKER = [
    ("en", "An attack by al-Shabaab against a village near Mogadishu left 30 people dead."),
    ("es", "Un ataque de las disidencias contra una aldea en Arauca dejó al menos 9 muertos."),
    ("fr", "Une attaque du JNIM contre des civils près de Ménaka a fait 40 morts."),
]


@pytest.mark.parametrize(("language", "text"), CIVILIANS_AFTER_MARKER)
def test_a_civilian_target_after_the_marker_stays_an_attack(language: str, text: str) -> None:
    assert sub_types(text, language) == ["attack"]


# A coordinated clause whose subject is armed (", and security forces ...") tells an event of
# its own: the ambush is not swallowed by the arrest that outranks it.
SUBJECT_OF_ITS_OWN = [
    (
        "en",
        "In January, an ambush near Kaiga left 11 soldiers dead, and security forces on "
        "Thursday announced the arrest of 12 suspected collaborators.",
    ),
    (
        "en",
        "Last month gunmen ambushed a patrol near Gao, killing four soldiers, and the army "
        "arrested nine suspects on Sunday.",
    ),
    (
        "fr",
        "En janvier, une embuscade près de Kidal a tué onze soldats, et les forces de sécurité "
        "ont annoncé jeudi l'arrestation de douze suspects.",
    ),
    (
        "fr",
        "Le mois dernier, des jihadistes ont attaqué une patrouille près de Gao, et l'armée a "
        "annoncé dimanche l'arrestation de neuf suspects.",
    ),
    (
        "es",
        "En enero, una emboscada cerca de Tibú dejó 11 soldados muertos, y la policía anunció "
        "el jueves la captura de 12 sospechosos.",
    ),
    (
        "es",
        "El mes pasado, guerrilleros atacaron una patrulla en Arauca, y el ejército anunció el "
        "domingo la captura de nueve sospechosos.",
    ),
    (
        "pt",
        "Em janeiro, uma emboscada perto de Palma matou 11 soldados, e a polícia anunciou na "
        "quinta-feira a detenção de 12 suspeitos.",
    ),
    (
        "de",
        "Im Januar tötete ein Hinterhalt bei Gao elf Soldaten, und die Polizei nahm am "
        "Donnerstag zwölf Verdächtige fest.",
    ),
    (
        "ru",
        "В январе в результате засады погибли 11 военных, а полиция в четверг задержала 12 "
        "подозреваемых.",
    ),
    (
        "uk",
        "У січні внаслідок засідки загинули 11 військових, а поліція в четвер затримала 12 "
        "підозрюваних.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SUBJECT_OF_ITS_OWN)
def test_a_clause_with_an_armed_subject_tells_its_own_event(language: str, text: str) -> None:
    assert sub_types(text, language) == ["armed_clash", "arrests"]


def test_a_clause_with_no_subject_of_its_own_is_one_event() -> None:
    """ ", and wounded three soldiers in an ambush" has no subject of its own: one event."""
    text = "Gunmen killed two civilians, and wounded three soldiers in an ambush near Kidal."
    assert len(sub_types(text, "en")) == 1


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La police a procédé jeudi à l'arrestation de douze suspects à Gao.", ["arrests"]),
        ("es", "La policía anunció el jueves la captura de 12 sospechosos en Cúcuta.", ["arrests"]),
        # the noun with no count is a reason, no arrest told
        (
            "fr",
            "Des manifestants protestaient contre l'arrestation d'un opposant à Dakar.",
            ["peaceful_protest"],
        ),
    ],
)
def test_an_arrest_noun_with_a_count(language: str, text: str, expected: list[str]) -> None:
    assert sub_types(text, language) == expected


# A cue right after "after an" (an indefinite article) tells another, earlier event, first
# told there: the sentence gives two engagements, even of one type.
EARLIER_EVENT = [
    (
        "pt",
        "O exército afirmou hoje ter neutralizado dezenas de terroristas numa operação lançada "
        "na província de Yatenga após um ataque a um comboio, no domingo, em que morreram 15 "
        "militares.",
    ),
    (
        "en",
        "The army said on Tuesday it had killed dozens of militants in an operation launched "
        "after an attack on a convoy on Sunday in which 15 soldiers died.",
    ),
    (
        "en",
        "Troops killed 12 insurgents in a sweep launched after an ambush on a patrol near Kidal "
        "on Thursday.",
    ),
    (
        "fr",
        "L'armée a affirmé mardi avoir neutralisé des dizaines de terroristes lors d'une "
        "opération lancée après une attaque contre un convoi, dimanche, qui a tué 15 soldats.",
    ),
    (
        "fr",
        "Les soldats ont tué cinq jihadistes lors d'un ratissage mené après une embuscade "
        "contre une patrouille, jeudi, près de Kidal.",
    ),
    (
        "es",
        "El ejército afirmó el martes haber abatido a decenas de terroristas en una operación "
        "lanzada tras un ataque contra un convoy el domingo en el que murieron 15 soldados.",
    ),
    (
        "de",
        "Die Armee hat nach eigenen Angaben Dutzende Terroristen getötet, bei einem Einsatz "
        "nach einem Angriff auf einen Konvoi am Sonntag, bei dem 15 Soldaten starben.",
    ),
]


@pytest.mark.parametrize(("language", "text"), EARLIER_EVENT)
def test_after_an_attack_tells_an_earlier_event(language: str, text: str) -> None:
    assert sub_types(text, language) == ["armed_clash", "armed_clash"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "after the attack" points back to an event told before: no second event
        (
            "en",
            "Gunmen attacked a convoy near Kidal on Sunday. Police arrested five men after the "
            "attack on Monday.",
            ["armed_clash", "arrests"],
        ),
        # "after a week of fighting": more than one word between, no event of its own
        ("en", "Soldiers killed three gunmen after a week of heavy fighting in the area.", None),
    ],
)
def test_after_the_attack_and_after_a_week(
    language: str, text: str, expected: list[str] | None
) -> None:
    found = sub_types(text, language)
    if expected is None:
        assert len(found) == 1
    else:
        assert found == expected


# The forces of order firing on, or killing, people a protest cue tells of (a relative
# clause: "traders who were protesting", "vendedores ambulantes que protestavam"; a passive
# with its agent during a protest) is excessive force against protesters.
FORCE_AGAINST_PROTESTERS = [
    (
        "pt",
        "A polícia disparou contra vendedores ambulantes que protestavam contra a demolição das "
        "bancas em Lobito, matando duas pessoas.",
    ),
    (
        "pt",
        "A polícia angolana abriu fogo sobre vendedores ambulantes que protestavam hoje contra "
        "a demolição de um mercado.",
    ),
    (
        "pt",
        "Em agosto do ano passado, outras quatro pessoas tinham sido mortas pela polícia "
        "durante uma manifestação de taxistas no Huambo.",
    ),
    (
        "pt",
        "Duas pessoas foram baleadas pela polícia durante um protesto de estudantes em Maputo.",
    ),
    (
        "fr",
        "La police a tiré sur des manifestants qui protestaient contre la hausse des prix à "
        "Conakry, tuant deux personnes.",
    ),
    (
        "fr",
        "Les gendarmes ont ouvert le feu sur des commerçants qui manifestaient contre la "
        "fermeture du marché.",
    ),
    (
        "fr",
        "L'an dernier, quatre personnes avaient été tuées par la police lors d'une manifestation "
        "de chauffeurs à Conakry.",
    ),
    (
        "en",
        "Police fired on protesters who were demonstrating against fuel prices in Kisumu, "
        "killing two people.",
    ),
    ("en", "Soldiers opened fire on traders who were protesting against new taxes in Kisumu."),
    ("en", "Last year four people were killed by police during a protest by taxi drivers."),
    (
        "es",
        "La policía disparó contra vendedores ambulantes que protestaban contra los nuevos "
        "impuestos en Lima, matando a dos personas.",
    ),
    (
        "es",
        "El año pasado, cuatro personas fueron asesinadas por la policía durante una protesta "
        "de taxistas en Lima.",
    ),
    (
        "de",
        "Die Polizei schoss auf Händler, die gegen neue Steuern protestierten, und tötete zwei "
        "Menschen.",
    ),
    ("de", "Soldaten eröffneten das Feuer auf Bauern, die gegen die Regierung demonstrierten."),
    ("ru", "Полиция открыла огонь по торговцам, которые протестовали против сноса рынка."),
    ("uk", "Поліція відкрила вогонь по торговцях, які протестували проти знесення ринку."),
]


@pytest.mark.parametrize(("language", "text"), FORCE_AGAINST_PROTESTERS)
def test_forces_of_order_firing_on_protesters(language: str, text: str) -> None:
    assert sub_types(text, language) == ["excessive_force_against_protesters"]


def test_gunmen_firing_on_protesters_is_no_force_of_order() -> None:
    text = "Gunmen opened fire on traders who were protesting against new taxes in Kisumu."
    assert "excessive_force_against_protesters" not in sub_types(text, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a combination of the lexicon: one incident told in its course
        ("en", "Gunmen abducted nine farmers after an attack on the village of Tsafe on Monday."),
        ("fr", "Des hommes armés ont enlevé neuf paysans après une attaque contre le village."),
        # a change of ground after the assault that won it
        (
            "en",
            "Al Shabaab militants seized the town of Ceel Dheer on Tuesday after a pre-dawn "
            "assault on an army base there.",
        ),
    ],
)
def test_after_an_attack_in_the_course_of_one_incident(language: str, text: str) -> None:
    assert len(sub_types(text, language)) == 1
