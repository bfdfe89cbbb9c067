"""Engagements of the ninth session (docs/events.md "Two events in one sentence, and who
spoke"): sentences written for these tests, several per language."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.model import Outcome

PUBLISHED = dt.date(2026, 1, 20)


def sub_types(text: str, language: str) -> list[str]:
    """The sub-event types of the engagements of ``text``, in order."""
    report = extract_report(text, published=PUBLISHED, lexicon=language)
    return [e.sub_event_type.value for e in report.engagements if e.sub_event_type is not None]


# A coordinated clause whose armed subject stands after a time adverb (", e mais tarde a
# polícia"), after its verb (German verb-second, Arabic verb-first), or after a finite verb
# and "ve" (Turkish): an attack and the arrests that followed, not the arrests only.
ATTACK_THEN_ARREST = [
    (
        "en",
        "Insurgents raided a checkpoint outside Maroua, and later the police detained six "
        "suspects.",
    ),
    (
        "fr",
        "Des assaillants ont attaqué une position militaire près de Dori, et par la suite les "
        "gendarmes ont arrêté sept suspects.",
    ),
    (
        "es",
        "Guerrilleros atacaron una base militar cerca de Saravena, y más tarde la policía "
        "capturó a seis sospechosos.",
    ),
    (
        "pt",
        "Insurgentes atacaram um quartel perto de Macomia, e mais tarde a polícia deteve seis "
        "suspeitos.",
    ),
    (
        "pt",
        "Rebeldes atacaram um posto militar em Cabinda, e em seguida os soldados detiveram três "
        "suspeitos.",
    ),
    (
        "de",
        "Rebellen griffen einen Armeeposten bei Goma an, und danach nahm die Polizei sieben "
        "Verdächtige fest.",
    ),
    (
        "de",
        "Islamisten griffen eine Kaserne bei Diffa an, und später nahmen Soldaten drei "
        "Verdächtige fest.",
    ),
    (
        "ar",
        "هاجم مسلحون حاجزا عسكريا قرب حماة، واعتقلت الشرطة ستة مشتبه بهم.",
    ),
    (
        "ar",
        "هاجم مسلحون نقطة للجيش قرب درعا، وألقت قوات الأمن القبض على سبعة مشتبه بهم.",
    ),
    (
        "tr",
        "Teröristler Şemdinli'de bir karakola saldırdı ve jandarma altı şüpheliyi gözaltına aldı.",
    ),
    (
        "tr",
        "Militanlar Cizre yakınlarında bir askeri araca saldırdı ve polis ardından üç şüpheliyi "
        "gözaltına aldı.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ATTACK_THEN_ARREST)
def test_an_attack_and_a_later_arrest_are_two_engagements(language: str, text: str) -> None:
    assert sub_types(text, language) == ["armed_clash", "arrests"]


# "asker ve polis" coordinates two nouns, no clause: one event (Turkish "ve" breaks only
# after a finite verb).
def test_two_coordinated_nouns_are_no_clause() -> None:
    text = "Kars'ta bir saldırıda asker ve polis yaralandı."
    assert "arrests" not in sub_types(text, "tr")


# A figure of the first clause belongs to its event, not to the nearest cue of the next
# clause ("..., убив двух военных, а полиция задержала ...").
FIGURE_OF_ITS_CLAUSE = [
    (
        "ru",
        "Боевики обстреляли колонну под Буйнакском, убив трёх военных, и полиция позже "
        "задержала пятерых подозреваемых.",
    ),
    (
        "uk",
        "Бойовики атакували колону поблизу Кідала, вбивши трьох військових, і поліція згодом "
        "затримала п'ятьох підозрюваних.",
    ),
    (
        "en",
        "Militants stormed a police post in Tillaberi, killing three officers, and soldiers "
        "later arrested five suspects.",
    ),
]


@pytest.mark.parametrize(("language", "text"), FIGURE_OF_ITS_CLAUSE)
def test_a_figure_belongs_to_the_event_of_its_clause(language: str, text: str) -> None:
    report = extract_report(text, published=PUBLISHED, lexicon=language)
    killed = [
        e.sub_event_type.value
        for e in report.engagements
        for r in e.casualties
        for f in r.figures
        if f.outcome is Outcome.KILLED
    ]
    assert sub_types(text, language)[-1] == "arrests"
    assert killed
    assert "arrests" not in killed


# People named before a verb of speech spoke: they did not fight ("Moradores relataram
# intenso tiroteio" is gunfire residents heard, no mob violence).
SPEAKERS_DID_NOT_ACT = [
    ("en", "Villagers said a gunfight raged for three hours near the market in Zamfara."),
    ("fr", "Des habitants ont rapporté des échanges de tirs nourris dans le quartier de Bozola."),
    ("es", "Vecinos relataron una intensa balacera durante la madrugada en la colonia Centro."),
    ("pt", "Moradores relataram intenso tiroteio na favela durante toda a madrugada."),
    ("pt", "Nenhum grupo reivindicou o ataque contra o quartel até ao momento."),
    ("de", "Anwohner berichteten von heftigen Schusswechseln in der Nacht."),
    ("ru", "Местные жители рассказали о перестрелке возле рынка."),
    ("uk", "Місцеві мешканці повідомили про перестрілку біля ринку."),
]


@pytest.mark.parametrize(("language", "text"), SPEAKERS_DID_NOT_ACT)
def test_people_who_spoke_did_not_act(language: str, text: str) -> None:
    assert sub_types(text, language) == ["armed_clash"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Residents beat a suspected thief to death in the market of Kano."),
        ("pt", "Moradores lincharam um suspeito de roubo no bairro de Maxaquene."),
    ],
)
def test_people_who_acted_still_act(language: str, text: str) -> None:
    assert sub_types(text, language) == ["mob_violence"]


# People named in an "according to" phrase, to its comma, spoke.
ACCORDING_TO = [
    ("en", "According to herders, the clashes went on until dawn outside Gao."),
    ("es", "De acuerdo con pobladores, los choques armados comenzaron al amanecer en El Tarra."),
    ("fr", "Selon des villageois, les affrontements ont duré jusqu'à l'aube près de Djibo."),
    ("pt", "Segundo moradores, os confrontos recomeçaram de madrugada no bairro."),
    ("ar", "بحسب سكان محليين، تجددت الاشتباكات فجر اليوم في البلدة."),
]


@pytest.mark.parametrize(("language", "text"), ACCORDING_TO)
def test_people_named_by_according_to_did_not_act(language: str, text: str) -> None:
    assert sub_types(text, language) == ["armed_clash"]


# A lead that tells an operation launched "after an attack": the places named before "after
# an" are the operation's, so a later paragraph's "the attack" near another place joins the
# attack (two engagements, the second at that place), not a third engagement.
LATER_ATTACK = [
    (
        "pt",
        "O exército disse ontem ter abatido 25 insurgentes numa operação lançada no distrito de "
        "Mueda após um ataque a um comboio militar, na sexta-feira.\n\n"
        "O ataque aconteceu perto de Macomia e deixou ainda três feridos.",
    ),
    (
        "en",
        "The army said on Monday it had killed 25 insurgents in an operation launched in Mueda "
        "district after an attack on a military convoy on Friday.\n\n"
        "The attack happened near Macomia and also left three wounded.",
    ),
    (
        "fr",
        "L'armée a affirmé lundi avoir tué 25 insurgés lors d'une opération lancée dans le "
        "district de Mueda après une attaque contre un convoi militaire, vendredi.\n\n"
        "L'attaque s'est produite près de Macomia et a aussi fait trois blessés.",
    ),
    (
        "es",
        "El ejército afirmó el lunes haber abatido a 25 insurgentes en una operación lanzada en "
        "el distrito de Mueda tras un ataque contra un convoy militar el viernes.\n\n"
        "El ataque ocurrió cerca de Macomia y dejó además tres heridos.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LATER_ATTACK)
def test_the_attack_told_later_joins_the_earlier_event(language: str, text: str) -> None:
    report = extract_report(text, published=PUBLISHED, lexicon=language)
    places = [e.location.name if e.location else None for e in report.engagements]
    assert [e.sub_event_type.value for e in report.engagements if e.sub_event_type] == [
        "armed_clash",
        "armed_clash",
    ]
    assert places == ["Mueda", "Macomia"]


# Drones or missiles neutralised: a weapon's use disrupted, as shot down ("neutralised five
# militants" stays a killing).
NEUTRALISED_DRONES = [
    ("en", "Troops neutralised three drones over the base at Jamundi on Sunday."),
    ("es", "Los soldados neutralizaron tres drones sobre la base de Jamundí el domingo."),
    ("fr", "Les soldats ont neutralisé deux drones armés au-dessus de la base de Tessalit."),
    ("pt", "Os militares neutralizaram três drones armados perto do quartel de Mocímboa."),
    ("de", "Die Soldaten neutralisierten drei Drohnen über dem Stützpunkt bei Gao."),
    ("ru", "Военные нейтрализовали два беспилотника над Курском."),
    ("uk", "Військові нейтралізували три безпілотники над Сумами."),
]


@pytest.mark.parametrize(("language", "text"), NEUTRALISED_DRONES)
def test_neutralised_drones_are_disrupted_weapons_use(language: str, text: str) -> None:
    assert sub_types(text, language) == ["disrupted_weapons_use"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las tropas neutralizaron a cuatro guerrilleros en Tibú."),
        ("en", "Troops neutralised four militants near Kidal."),
    ],
)
def test_neutralised_fighters_stay_a_clash(language: str, text: str) -> None:
    assert sub_types(text, language) == ["armed_clash"]


# Assaults on civilians named as abuses: "Übergriffe auf", "exactions contre".
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Milizionäre verübten Übergriffe auf Dorfbewohner in der Region Darfur."),
        ("fr", "Les jihadistes ont commis des exactions contre des civils près de Djibo."),
        ("fr", "Des miliciens sont accusés d'exactions sur des villageois près de Mopti."),
    ],
)
def test_abuses_against_civilians_are_attacks(language: str, text: str) -> None:
    assert sub_types(text, language) == ["attack"]


def test_fighting_and_abuses_give_a_clash_and_an_attack() -> None:
    text = (
        "Bei den Kämpfen und anschließenden Übergriffen auf Zivilisten seien mindestens 30 "
        "Menschen getötet worden."
    )
    assert sub_types(text, "de") == ["armed_clash", "attack"]
