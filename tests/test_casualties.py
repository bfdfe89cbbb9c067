"""Casualty extraction: phrase families, totals and breakdowns, groups, distractors, the
shared articles, properties.  Every example text here is written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import CountQualifier, Outcome, UnknownNameError, extract_casualties
from conflict_events.extract._casualties import CasualtyMention, find_casualties
from conflict_events.text._segment import sentences

Q = CountQualifier
K, INJ, D, C, M = (
    Outcome.KILLED,
    Outcome.INJURED,
    Outcome.DISPLACED,
    Outcome.CAPTURED,
    Outcome.MISSING,
)


class _Actor:
    def __init__(self, actor_id: str) -> None:
        self.id = actor_id


class FakeRegistry:
    """A stand-in with the registry's resolve() contract (the NameResolver protocol)."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = {k.lower(): v for k, v in names.items()}
        self.asked: list[str] = []

    def resolve(self, name: str, *, on: dt.date | None = None) -> _Actor:
        self.asked.append(name)
        try:
            return _Actor(self.names[name.lower()])
        except KeyError:
            raise UnknownNameError(name, "actor") from None


REGISTRY = FakeRegistry(
    {
        "HTS": "actor:hts",
        "government soldiers": "actor:syria-mil",
        "government forces": "actor:syria-mil",
        "Syrian army": "actor:syria-mil",
    }
)


def simple(text: str, registry: FakeRegistry | None = None) -> list[tuple[object, ...]]:
    return [
        (f.outcome, f.group, f.count.low, f.count.high, f.count.qualifier)
        for f in extract_casualties(text, registry=registry)
    ]


# (text, [(outcome, group, low, high, qualifier), ...]) -- worked out by hand
FAMILIES = [
    ("Shelling killed four civilians in the town.", [(K, "civilians", 4, 4, Q.EXACT)]),
    (
        "At least 12 people were killed and 30 wounded in the attack.",
        # the qualifier governs both counts it scopes (docs/design.md#reading)
        [(K, "total", 12, None, Q.AT_LEAST), (INJ, "total", 30, None, Q.AT_LEAST)],
    ),
    ("The strike left 28 dead.", [(K, "total", 28, 28, Q.EXACT)]),
    ("Two soldiers died on Monday.", [(K, "combatants", 2, 2, Q.EXACT)]),
    ("Five fighters lost their lives.", [(K, "combatants", 5, 5, Q.EXACT)]),
    ("12 civilian deaths were recorded.", [(K, "civilians", 12, 12, Q.EXACT)]),
    (
        "Rebels killed 12 soldiers and 4 civilians.",
        [(K, "combatants", 12, 12, Q.EXACT), (K, "civilians", 4, 4, Q.EXACT)],
    ),
    (
        "The bombing killed 12 and wounded 30.",
        [(K, "total", 12, 12, Q.EXACT), (INJ, "total", 30, 30, Q.EXACT)],
    ),
    ("Dozens of civilians were wounded.", [(INJ, "civilians", 24, 99, Q.VAGUE)]),
    ("Between 10 and 15 soldiers died.", [(K, "combatants", 10, 15, Q.RANGE)]),
    ("The death toll rose to 50.", [(K, "total", 50, 50, Q.EXACT)]),
    (
        "The death toll from a week of fighting in the south has climbed to at least 61.",
        [(K, "total", 61, None, Q.AT_LEAST)],
    ),
    ("The attack claimed the lives of 12 children.", [(K, "civilians", 12, 12, Q.EXACT)]),
    ("The storm of shelling claimed 9 lives.", [(K, "total", 9, 9, Q.EXACT)]),
    ("Among the dead were three medics.", [(K, "civilians", 3, 3, Q.EXACT)]),
    ("By nightfall the wounded numbered 40.", [(INJ, "total", 40, 40, Q.EXACT)]),
    ("More than 8,000 people have fled their homes.", [(D, "total", 8000, None, Q.MORE_THAN)]),
    (
        "The fighting has displaced tens of thousands of people.",
        [(D, "total", 20_000, 99_999, Q.VAGUE)],
    ),
    (
        "Nearly a million people have been displaced.",
        [(D, "total", None, 1_000_000, Q.APPROXIMATELY)],
    ),
    ("The raids forced 300 residents from their homes.", [(D, "civilians", 300, 300, Q.EXACT)]),
    ("Gunmen abducted 15 villagers.", [(C, "civilians", 15, 15, Q.EXACT)]),
    ("Rebels took 40 prisoners near the base.", [(C, "total", 40, 40, Q.EXACT)]),
    ("Rebels took 40 soldiers prisoner.", [(C, "combatants", 40, 40, Q.EXACT)]),
    ("Police arrested 20 protesters.", [(C, "civilians", 20, 20, Q.EXACT)]),
    ("Seven people are missing.", [(M, "total", 7, 7, Q.EXACT)]),
    ("Two journalists were reported missing.", [(M, "civilians", 2, 2, Q.EXACT)]),
    (
        "The attack happened on 28 November; 2 soldiers died.",
        [(K, "combatants", 2, 2, Q.EXACT)],
    ),
    (
        "183 fighters, 100 soldiers and 28 civilians were killed.",
        [
            (K, "combatants", 183, 183, Q.EXACT),
            (K, "combatants", 100, 100, Q.EXACT),
            (K, "civilians", 28, 28, Q.EXACT),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_phrase_families(text: str, expected: list[tuple[object, ...]]) -> None:
    assert simple(text) == expected


# Numbers that are no casualty figures.
DISTRACTORS = [
    "Aleppo, a city of 2 million, was shelled and many were killed.",
    "The city is home to more than 2 million people who fled the countryside.",
    "Warplanes carried out 30 airstrikes on Tuesday, the deadliest day.",
    "Rebels captured 12 villages and 3 towns after killing resistance.",
    "A 12-year-old boy was among those who fled.",
    "The girl, aged 12, was wounded.",
    "About 30 percent of the dead were children.",
    "The war, now in its 13th year, has cost $5 billion and many lives.",
    "For the first time since 2016, jets struck the city, Syria's second-largest, killing many.",
    "He was killed 12 days after the truce.",
    "The group freed 300 prisoners from the jail.",
    "Turkey hosts 3.6 million refugees, many displaced years ago.",
    "The convoy of 50 vehicles drove 40 km before the wounded were treated.",
    "In 2012 the fighting displaced the family.",
    "Between 10,000 and 15,000 people could be displaced if the offensive continues.",
    "The raids forced 300 families from their homes.",  # households, not people
    "The wounded were taken to 3 hospitals in 2 hours.",
    "",
]


@pytest.mark.parametrize("text", DISTRACTORS)
def test_distractors_yield_nothing(text: str) -> None:
    assert extract_casualties(text) == []


def test_total_and_breakdown_are_kept_apart() -> None:
    text = (
        "The clashes caused over 300 deaths, including 183 fighters, 100 soldiers and 28 civilians."
    )
    found = find_casualties(text)
    assert [(m.role, m.total_index) for m in found] == [
        ("total", None),
        ("breakdown", 0),
        ("breakdown", 0),
        ("breakdown", 0),
    ]
    total = found[0].figure
    assert (total.outcome, total.group, total.count.low, total.count.high) == (
        K,
        "total",
        300,
        None,
    )
    assert total.count.qualifier is Q.MORE_THAN
    assert [m.figure.count.figure for m in found[1:]] == [183, 100, 28]
    assert [m.figure.group for m in found[1:]] == ["combatants", "combatants", "civilians"]
    assert all(m.consistent for m in found)
    assert [text[m.start_char : m.end_char] for m in found] == [
        "over 300 deaths",
        "183 fighters",
        "100 soldiers",
        "28 civilians",
    ]


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        (
            "Over 300 people have been killed since the offensive began, including 28 civilians.",
            (K, "total", 300),
            [("civilians", 28)],
        ),
        (
            "Thirty people, including five children, were killed.",
            (K, "total", 30),
            [("civilians", 5)],
        ),
        (
            "41 people were killed, of whom 12 were civilians.",
            (K, "total", 41),
            [("civilians", 12)],
        ),
        (
            "At least 63 people have been killed, the monitor said on Sunday, among them 14 "
            "civilians.",
            (K, "total", 63),
            [("civilians", 14)],
        ),
        (
            "The toll has risen to 41, including 12 civilians and 17 soldiers.",
            (K, "total", 41),
            [("civilians", 12), ("combatants", 17)],
        ),
    ],
)
def test_breakdown_shapes(
    text: str, total: tuple[Outcome, str, int], parts: list[tuple[str, int]]
) -> None:
    found = find_casualties(text)
    head = found[0]
    assert head.role == "total"
    assert (head.figure.outcome, head.figure.group, head.figure.count.low) == total
    assert [(m.figure.group, m.figure.count.low) for m in found[1:]] == parts
    assert all(m.role == "breakdown" and m.total_index == 0 for m in found[1:])
    assert all(m.figure.outcome is total[0] for m in found)


def test_breakdown_above_a_bounded_total_is_kept_and_flagged() -> None:
    found = find_casualties("The bombing killed 20 people, including 15 soldiers and 10 civilians.")
    assert [(m.role, m.figure.count.low) for m in found] == [
        ("total", 20),
        ("breakdown", 15),
        ("breakdown", 10),
    ]
    assert not any(m.consistent for m in found)


def test_breakdown_of_the_same_group_is_a_subgroup() -> None:
    # "children" are civilians: a part of its total's own group, named by its words
    found = find_casualties("Shelling killed 28 civilians, including 10 children.")
    assert [(m.figure.group, m.figure.subgroup, m.figure.count.low, m.role) for m in found] == [
        ("civilians", None, 28, "total"),
        ("civilians", "children", 10, "breakdown"),
    ]


def test_actor_groups_resolve_with_a_registry() -> None:
    text = (
        "The fighting caused 90 deaths, including 50 from HTS and allied factions and 40 "
        "government soldiers."
    )
    with_registry = find_casualties(text, registry=REGISTRY)
    assert [(m.figure.group, m.figure.count.low) for m in with_registry] == [
        ("total", 90),
        ("actor:hts", 50),
        ("actor:syria-mil", 40),
    ]
    without = find_casualties(text)
    assert [(m.figure.group, m.group_text) for m in without] == [
        ("total", None),
        ("combatants", "HTS and allied factions"),
        ("combatants", "government soldiers"),
    ]


def test_named_fighters_resolve_and_unknown_names_fall_back() -> None:
    assert simple("30 HTS fighters were killed.", REGISTRY) == [(K, "actor:hts", 30, 30, Q.EXACT)]
    assert simple("30 Zorg fighters were killed.", REGISTRY) == [(K, "combatants", 30, 30, Q.EXACT)]
    # civilians are never resolved to an actor
    assert simple("30 Kurdish civilians were killed.", REGISTRY) == [
        (K, "civilians", 30, 30, Q.EXACT)
    ]


def test_mentions_carry_their_sentence() -> None:
    text = "Calm returned. Later, shelling killed four civilians. Nothing else."
    [m] = find_casualties(text)
    assert (m.sentence_start, m.sentence_end) in sentences(text)
    assert text[m.sentence_start : m.sentence_end] == "Later, shelling killed four civilians."
    assert text[m.start_char : m.end_char] == "four civilians"


def test_non_string_raises_library_error() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        find_casualties(None)  # type: ignore[arg-type]


# --- the shared articles -------------------------------------------------------------------


def _article(shared_data: Path, prefix: str) -> str:
    [path] = (shared_data / "articles").glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_article_001_figures(shared_data: Path) -> None:
    text = _article(shared_data, "001")
    found = find_casualties(text)
    got = [
        (
            m.figure.outcome,
            m.figure.group,
            m.figure.count.low,
            m.figure.count.high,
            m.figure.count.qualifier,
            m.role,
        )
        for m in found
    ]
    # Read by hand: a total of "over 300" deaths broken down into 183 (HTS and allied
    # factions), 100 (government soldiers) and 28 civilians; separately four civilians killed
    # in a shelling reported by state media.  No population, no count of airstrikes.
    assert got == [
        (K, "total", 300, None, Q.MORE_THAN, "total"),
        (K, "combatants", 183, 183, Q.EXACT, "breakdown"),
        (K, "combatants", 100, 100, Q.EXACT, "breakdown"),
        (K, "civilians", 28, 28, Q.EXACT, "breakdown"),
        (K, "civilians", 4, 4, Q.EXACT, "standalone"),
    ]
    assert found[1].group_text == "HTS and allied factions"
    assert found[2].group_text == "government soldiers"


def test_article_001_groups_with_the_default_registry(shared_data: Path) -> None:
    from conflict_events import ActorRegistry, Gazetteer
    from conflict_events.extract._names import find_names

    # "government soldiers" are the article's country's (the names stage's resolver).
    text = _article(shared_data, "001")
    names = find_names(text, ActorRegistry.default(), Gazetteer.default())
    found = find_casualties(text, registry=names.resolver)
    assert [m.figure.group for m in found] == [
        "total",
        "actor:hts",
        "actor:syria-mil",
        "civilians",
        "civilians",
    ]


def test_article_004_has_no_casualty_figures(shared_data: Path) -> None:
    # It gives a population ("more than 2 million") and no toll at all.
    assert find_casualties(_article(shared_data, "004")) == []


# --- properties ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["killed", "killing", "at", "least", "12", "four", "civilians", "soldiers", "were", "and",
     "including", "from", "HTS", ",", ".", "dozens", "of", "people", "fled", "the", "toll",
     "rose", "to", "among", "dead", "over", "300", "deaths", "wounded", "missing", "them",
     "took", "prisoners", "lives", "claimed", "aged", "2016", "between", "-", "\n"]
)  # fmt: skip


def _check(text: str, found: list[CasualtyMention]) -> None:
    spans = sentences(text)
    for i, m in enumerate(found):
        assert (m.sentence_start, m.sentence_end) in spans
        assert m.sentence_start <= m.start_char < m.end_char <= m.sentence_end
        count = m.figure.count
        assert count.low is None or count.high is None or count.low <= count.high
        if m.role == "breakdown":
            assert m.total_index is not None
            assert m.total_index < i
            assert found[m.total_index].role == "total"
        else:
            assert m.total_index is None


@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_casualty_like_text_never_breaks_invariants(text: str) -> None:
    _check(text, find_casualties(text))


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(text, find_casualties(text, registry=REGISTRY))


def test_long_adversarial_input_returns() -> None:
    for text in (
        "killed " * 20_000,
        "killed 1, " * 10_000,
        "including 12 civilians and " * 5_000,
        "12 fighters, " * 10_000 + "were killed.",
    ):
        find_casualties(text)
