"""The side of a figure named in its phrase, its sentence or its article (session 21, issue 14
accuracy): a party's acronym in the genitive after a force noun, the press names of the RSF,
"another N" opening the paragraph after its group's figure, and a toll updating figures of one
group that a headline told ahead with no side (docs/casualties-and-claims.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import ActorRegistry, extract_report

Row = tuple[str, str, int | None]

_REGISTRY = ActorRegistry.default()


def _groups(text: str, lang: str = "en") -> list[Row]:
    report = extract_report(text, published=dt.date(2025, 9, 15), lexicon=lang, registry=_REGISTRY)
    return [
        (f.outcome.value, f.group, f.count.low if f.count.low is not None else f.count.high)
        for r in report.casualties
        for f in r.figures
    ]


@pytest.mark.parametrize(
    ("lang", "text", "row"),
    [
        # a force noun and its party's acronym in the genitive, no preposition between
        (
            "ru",
            "По данным Минобороны России, на Купянском направлении за сутки уничтожено до 60 "
            "военнослужащих ВСУ.",
            ("killed", "actor:ukraine-mil", 60),
        ),
        (
            "ru",
            "В результате удара погибли трое военнослужащих ВСУ, сообщил источник.",
            ("killed", "actor:ukraine-mil", 3),
        ),
        (
            "uk",
            "Під час обстрілу позицій біля Покровська загинули двоє бійців ЗСУ.",
            ("killed", "actor:ukraine-mil", 2),
        ),
        # the RSF as each language's press names it: Arabic without "قوات", Turkish "HDK"
        (
            "ar",
            "وقال الجيش إن قواته قتلت أكثر من 30 من عناصر الدعم السريع في محيط بابنوسة.",
            ("killed", "actor:rsf", 30),
        ),
        (
            "tr",
            "Sudan ordusu, Babanusa çevresinde onlarca HDK mensubunu öldürdüğünü açıkladı.",
            ("killed", "actor:rsf", 20),
        ),
    ],
)
def test_a_party_named_in_the_phrase_gives_its_side(lang: str, text: str, row: Row) -> None:
    assert row in _groups(text, lang)


def test_an_acronym_the_registry_does_not_know_names_no_side() -> None:
    text = "В результате удара погибли трое военнослужащих ХЮЗ, сообщил источник."
    assert ("killed", "combatants", 3) in _groups(text, "ru")


def test_the_rsf_press_names_resolve() -> None:
    assert _REGISTRY.resolve("HDK").id == "actor:rsf"
    assert _REGISTRY.resolve("الدعم السريع").id == "actor:rsf"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Militants overran an army outpost near Jowhar on Sunday, killing nine Somali "
            "soldiers, a district commissioner said.\n\nAnother 14 were wounded, he added.",
        ),
        (
            "es",
            "Un ataque con explosivos contra una patrulla dejó cinco soldados colombianos "
            "muertos en zona rural de Tame, informó el Ejército.\n\nOtros tres resultaron "
            "heridos y fueron trasladados a Arauca.",
        ),
    ],
)
def test_another_n_opening_the_next_paragraph_continues_the_group(lang: str, text: str) -> None:
    rows = _groups(text, lang)
    assert len(rows) == 2
    assert rows[0][1] not in ("total", "combatants")
    assert rows[1][1] == rows[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # a bare count opening the next paragraph says nothing of whose
        "Militants overran an army outpost near Jowhar on Sunday, killing nine Somali "
        "soldiers, a district commissioner said.\n\n14 people were wounded in the town.",
        # a sentence stands between the figure and "another"
        "Militants overran an army outpost near Jowhar on Sunday, killing nine Somali "
        "soldiers.\n\nThe town's market was closed on Monday. Another 14 were wounded.",
        # the same outcome across the paragraph: more of the article's dead, not its last group
        "A car bomb killed at least 20 people in Baidoa, police said. The dead included six "
        "police officers.\n\nThree more died in hospital on Sunday.",
    ],
)
def test_another_n_far_from_its_figure_stays_total(text: str) -> None:
    assert _groups(text)[-1][1] == "total"


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        # the headline tells the updated toll with no side; a part among the dead of the
        # four makes the sum of the figures before it five
        (
            "en",
            "Five people killed in shelling of Kharkiv market\n\nFour civilians were killed "
            "when shells hit a market in Kharkiv on Sunday, the regional governor said. Among "
            "the dead was a 15-year-old boy.\n\nOn Monday the toll rose to five after a woman "
            "died of her wounds in hospital.",
            "civilians",
        ),
        (
            "ru",
            "Пять человек погибли при обстреле Горловки\n\nГОРЛОВКА, 14 сентября. Четыре "
            "мирных жителя погибли при обстреле центрального рынка, сообщил глава города. "
            "Среди погибших - 16-летний подросток.\n\nВ понедельник в больнице скончалась "
            "пенсионерка, таким образом число погибших возросло до пяти.",
            "civilians",
        ),
    ],
)
def test_a_toll_told_ahead_keeps_the_group_it_updates(lang: str, text: str, group: str) -> None:
    assert _groups(text, lang)[-1] == ("killed", group, 5)


def test_a_toll_raised_by_deaths_of_no_side_stays_total() -> None:
    text = (
        "Death toll rises to eight in market bombing\n\nSix civilians were killed and 15 "
        "people were wounded when a car bomb exploded at a vegetable market, officials "
        "said.\n\nTwo of the wounded later died in hospital, raising the death toll to eight."
    )
    assert _groups(text)[-1] == ("killed", "total", 8)


def test_a_toll_summing_combatants_of_two_sides_stays_total() -> None:
    text = "Two policemen died and two assailants died. The toll stood at 4."
    assert _groups(text)[-1] == ("killed", "total", 4)
