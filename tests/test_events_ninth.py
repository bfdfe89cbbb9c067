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
