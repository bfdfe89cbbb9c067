"""The right group for a figure (thirteenth session; docs/casualties-and-claims.md,
"Thirteenth session: the group a noun gives"): every generic noun for the other side names
combatants, people of religion are civilians, English reads the people noun after an outcome
participle, and a party's name after a member noun is tried without the next clause's words.
Variant sentences of our own, in every language that has the construction."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from conflict_events import ActorRegistry
from conflict_events.extract._casualties import find_casualties


@functools.cache
def _registry() -> ActorRegistry:
    return ActorRegistry.default()


def _groups(lang: str, text: str, low: int) -> list[str]:
    return [
        m.figure.group
        for m in find_casualties(text, lexicon=lang, registry=_registry())
        if m.figure.count.low == low
    ]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "Gunmen shot dead six police near Kano on Friday.", 6),
        ("en", "Soldiers killed 14 bandits in the forest of Birnin Gwari.", 14),
        ("en", "The army said three separatists were killed in Bamenda.", 3),
        ("es", "El ejército abatió a siete bandidos en la sierra.", 7),
        ("es", "Murió un atacante en el asalto al cuartel.", 1),
        ("pt", "A polícia matou cinco bandidos no morro.", 5),
        ("fr", "Un insurgé a été tué près de Gao.", 1),
        ("de", "Soldaten töteten acht Banditen im Norden des Landes.", 8),
        ("ru", "В ходе перестрелки погибли двое бандитов.", 2),
        ("uk", "Під час бою загинули троє бандитів.", 3),
        ("tr", "Çatışmada 4 haydut öldürüldü.", 4),
        ("ar", "قتل أربعة انفصاليين في الاشتباكات.", 4),
    ],
)
def test_enemy_nouns_and_police_are_combatants(lang: str, text: str, low: int) -> None:
    assert _groups(lang, text, low) == ["combatants"]


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "A bomb killed three monks at the temple.", 3),
        ("de", "Bei dem Angriff wurden drei katholische Nonnen verletzt.", 3),
        ("fr", "Deux moines ont été tués dans l'attaque du monastère.", 2),
        ("es", "Dos monjas murieron en el ataque.", 2),
        ("pt", "Três freiras foram mortas no ataque.", 3),
        ("ru", "В результате удара погибли два священника.", 2),
        ("uk", "Внаслідок обстрілу загинули двоє священників.", 2),
        ("tr", "Saldırıda 2 rahip hayatını kaybetti.", 2),
        ("ar", "قتل ثلاثة رهبان في الهجوم.", 3),
    ],
)
def test_people_of_religion_are_civilians(lang: str, text: str, low: int) -> None:
    assert _groups(lang, text, low) == ["civilians"]


@pytest.mark.parametrize(
    ("text", "low", "outcome", "group"),
    [
        ("Medics treated four injured farmers at the clinic.", 4, "injured", "civilians"),
        ("Hospital staff received twelve wounded pupils on Monday.", 12, "injured", "civilians"),
        ("The convoy brought back seven wounded soldiers from the front.", 7, "injured", None),
    ],
)
def test_english_people_noun_after_an_outcome_participle(
    text: str, low: int, outcome: str, group: str | None
) -> None:
    found = [m for m in find_casualties(text, registry=_registry()) if m.figure.count.low == low]
    assert [str(m.figure.outcome.value) for m in found] == [outcome]
    if group is None:
        assert found[0].figure.group != "total"  # the soldiers: combatants or their army
    else:
        assert found[0].figure.group == group


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "Os soldados mataram quatro combatentes do M23 ontem.", [(4, "actor:m23")]),
        (
            "pt",
            "As tropas mataram dois milicianos da CODECO e detiveram outros três.",
            [(2, "actor:codeco"), (3, "actor:codeco")],
        ),
        (
            "es",
            "El ejército abatió a cinco guerrilleros del ELN y capturó a otros dos.",
            [(5, "actor:eln"), (2, "actor:eln")],
        ),
        ("es", "Los militares abatieron a tres guerrilleros del ELN ayer.", [(3, "actor:eln")]),
        ("fr", "L'armée a tué six combattants du M23 dimanche.", [(6, "actor:m23")]),
    ],
)
def test_party_name_without_the_next_clause_words(
    lang: str, text: str, expected: list[tuple[int, str]]
) -> None:
    found = find_casualties(text, lexicon=lang, registry=_registry())
    assert [(m.figure.count.low, m.figure.group) for m in found] == expected


def _report_groups(lang: str, text: str) -> list[tuple[int | None, str]]:
    from conflict_events import extract_report

    report = extract_report(text, published=dt.date(2025, 3, 1), lexicon=lang)
    return [(f.count.low, f.group) for r in report.casualties for f in r.figures]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Islamic State said on Sunday that three of its fighters died in the clash.",
            [(3, "actor:isis")],
        ),
        (
            "fr",
            "Le M23 a reconnu que sept de ses combattants avaient été tués près de Goma.",
            [(7, "actor:m23")],
        ),
        (
            "es",
            "El ELN admitió que dos de sus combatientes murieron en el combate.",
            [(2, "actor:eln")],
        ),
        ("pt", "O M23 confirmou que quatro dos seus combatentes foram mortos.", [(4, "actor:m23")]),
        (
            "de",
            "Die Hisbollah teilte mit, dass drei ihrer Kämpfer getötet wurden.",
            [(3, "actor:hezbollah")],
        ),
        ("ru", "Хезболла сообщила, что пятеро своих бойцов погибли.", [(5, "actor:hezbollah")]),
        ("uk", "Хезболла повідомила, що двоє її бійців загинули.", [(2, "actor:hezbollah")]),
        (
            "tr",
            "Suriye Demokratik Güçleri (SDG), saldırıda 5 mensubunun yaralandığını açıkladı.",
            [(5, "actor:sdf")],
        ),
        ("ar", "وقال حزب الله إن ثلاثة من عناصره قتلوا في الغارة.", [(3, "actor:hezbollah")]),
    ],
)
def test_possessive_of_the_subject_party(
    lang: str, text: str, expected: list[tuple[int, str]]
) -> None:
    assert _report_groups(lang, text) == expected


def test_possessive_without_a_party_named_stays_combatants() -> None:
    assert _report_groups("en", "Officials said three of its guards were killed.") == [
        (3, "combatants")
    ]


def test_arabic_name_of_the_civilian_jtf_and_its_militia_noun() -> None:
    text = (
        "قال قيادي في ميليشيا قوة المهام المشتركة المدنية إن المسلحين هاجموا السوق.\n\n"
        "وأعلنت السلطات إصابة 11 شخصا، بينهم أربعة عناصر من الميليشيا."
    )
    assert (4, "actor:cjtf") in _report_groups("ar", text)
