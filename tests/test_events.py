"""Candidate engagements: event-type cues, factions and roles, location, span, confidence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.extract._events import (
    CONFIDENCE_WEIGHTS,
    SentenceFacts,
    article_key,
    build_engagements,
    find_event_cues,
)
from conflict_events.model import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    FactionRole,
    GeoPrecision,
    Location,
    Precision,
    SubEventType,
    TimeSpan,
)
from conflict_events.parse._dates import find_dates
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._registry import ActorRegistry

S = SubEventType
ANCHOR = dt.date(2024, 11, 30)  # a Saturday
DEFAULT = Attribution(source_name="the article", published=ANCHOR)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A suicide car bomb hit the checkpoint.", [("suicide car bomb", S.SUICIDE_BOMB)]),
        ("The attacker blew himself up at the gate.", [("blew himself up", S.SUICIDE_BOMB)]),
        (
            "A roadside bomb struck the convoy.",
            [("roadside bomb", S.REMOTE_EXPLOSIVE_LANDMINE_IED)],
        ),
        ("Two IEDs went off near the market.", [("IEDs", S.REMOTE_EXPLOSIVE_LANDMINE_IED)]),
        ("A car-bomb exploded.", [("car-bomb", S.REMOTE_EXPLOSIVE_LANDMINE_IED)]),
        ("Airstrikes hit the town.", [("Airstrikes", S.AIR_DRONE_STRIKE)]),
        (
            "Air strikes and a drone strike hit it.",
            [("Air strikes", S.AIR_DRONE_STRIKE), ("drone strike", S.AIR_DRONE_STRIKE)],
        ),
        ("Barrel bombs fell on the suburb.", [("Barrel bombs", S.AIR_DRONE_STRIKE)]),
        ("Troops shelled the village.", [("shelled", S.SHELLING_ARTILLERY_MISSILE_ATTACK)]),
        (
            "Heavy artillery fire hit the hills.",
            [("artillery fire", S.SHELLING_ARTILLERY_MISSILE_ATTACK)],
        ),
        (
            "Militants fired two rockets at the base.",
            [("fired two rockets", S.SHELLING_ARTILLERY_MISSILE_ATTACK)],
        ),
        ("Rebels captured Saraqib.", [("captured", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY)]),
        ("Rebels seized the airport.", [("seized", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY)]),
        (
            "Rebels took control of the town.",
            [("took control", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY)],
        ),
        ("Rebels overran the base.", [("overran", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY)]),
        ("Rebels entered Hama.", [("entered", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY)]),
        ("The army regained the hill.", [("regained", S.GOVERNMENT_REGAINS_TERRITORY)]),
        ("The army recaptured the hill.", [("recaptured", S.GOVERNMENT_REGAINS_TERRITORY)]),
        (
            "Troops withdrew from the town without a fight.",
            [("withdrew", S.NON_VIOLENT_TRANSFER_OF_TERRITORY)],
        ),
        ("Clashes broke out at dawn.", [("Clashes", S.ARMED_CLASH)]),
        ("Rebels fought troops near the base.", [("fought", S.ARMED_CLASH)]),
    ],
)
def test_cue_families(sentence: str, expected: list[tuple[str, SubEventType]]) -> None:
    assert [(c.text, c.sub_event_type) for c in find_event_cues(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The army is receiving rocket launchers and heavy equipment.",  # no attack
        "Rebels seized the military academy and artillery college.",  # capture only
        "Troops withdrew from the town.",  # a withdrawal alone is no event
        "They attempted to regain the town.",  # an aim
        "Rebels did not capture the airport.",  # a negation
        "Turkey called for a halt to Russian bombardments.",  # a call
        "The fighting is expected to continue next week.",  # a forecast
        "Villages spared shelling for months were emptied.",
        "The army entered into talks.",  # "entered" needs a place
    ],
)
def test_unreal_or_irrelevant_words_are_no_cue(sentence: str) -> None:
    cues = find_event_cues(sentence)
    if "artillery college" in sentence:
        assert [c.sub_event_type for c in cues] == [S.NON_STATE_ACTOR_OVERTAKES_TERRITORY]
    else:
        assert cues == []


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


def _build(
    text: str,
    registry: ActorRegistry,
    *,
    places: list[tuple[str, Location]] = (),  # type: ignore[assignment]
    facts: dict[int, SentenceFacts] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[Engagement]:
    from conflict_events.text._segment import sentences as split

    mentions = registry.find_mentions(text)
    actors = {m.entity_id: registry.get(m.entity_id) for m in mentions}
    located = []
    for name, location in places:
        start = text.index(name)
        located.append(
            (Mention(text=name, start=start, end=start + len(name), entity_id="geo:x"), location)
        )
    return build_engagements(
        text,
        sentences=sentences if sentences is not None else split(text),
        actor_mentions=mentions,
        actors=actors,
        place_mentions=located,
        dates=find_dates(text, ANCHOR),
        facts=facts or {},
        anchor=ANCHOR,
        article_key=article_key(text),
        default_attribution=DEFAULT,
    )


def test_subject_and_object_sides_with_allies_and_backers(registry: ActorRegistry) -> None:
    text = (
        "On Thursday Hayat Tahrir al-Sham and allied SNA fighters launched an assault "
        "against Syrian government forces backed by Russian forces."
    )
    [e] = _build(text, registry)
    assert e.sub_event_type is S.ARMED_CLASH
    hts, gov = e.factions
    assert hts.lead == "actor:hts"
    assert [(m.actor, m.role) for m in hts.associates] == [("actor:sna", FactionRole.ALLIED_WITH)]
    assert gov.lead == "actor:syria-mil"
    assert [(m.actor, m.role) for m in gov.associates] == [
        ("actor:russia-mil", FactionRole.BACKED_BY)
    ]
    assert e.when == TimeSpan.on(dt.date(2024, 11, 28), expression="Thursday", anchor=ANCHOR) or (
        e.when.start == e.when.end == dt.date(2024, 11, 28)
    )


def test_passive_by_puts_the_actor_on_the_acting_side(registry: ActorRegistry) -> None:
    [e] = _build("The capture of the town by Hayat Tahrir al-Sham stunned Syrian troops.", registry)
    assert e.sub_event_type is S.NON_STATE_ACTOR_OVERTAKES_TERRITORY
    assert [f.lead for f in e.factions] == ["actor:hts", "actor:syria-mil"]
    assert "factions:target-only" not in e.tags


def test_symmetric_clash_splits_the_two_parties(registry: ActorRegistry) -> None:
    [e] = _build("Syrian troops and Hayat Tahrir al-Sham fighters clashed near the town.", registry)
    assert [f.lead for f in e.factions] == ["actor:syria-mil", "actor:hts"]
    assert all(f.associates == () for f in e.factions)


def test_state_force_taking_ground_regains_territory(registry: ActorRegistry) -> None:
    [e] = _build("Syrian troops captured the village on Friday.", registry)
    assert e.sub_event_type is S.GOVERNMENT_REGAINS_TERRITORY
    [e] = _build("The army said in a statement that it had regained three hills.", registry)
    assert e.sub_event_type is S.GOVERNMENT_REGAINS_TERRITORY  # generic "the army"
    [e] = _build("Hayat Tahrir al-Sham recaptured the village.", registry)
    assert e.sub_event_type is S.NON_STATE_ACTOR_OVERTAKES_TERRITORY


def test_target_only_is_tagged(registry: ActorRegistry) -> None:
    [e] = _build("The capture of the city forced Syrian troops to retreat.", registry)
    assert [f.lead for f in e.factions] == ["actor:syria-mil"]
    assert "factions:target-only" in e.tags


def test_two_events_in_one_sentence_each_own_their_actors(registry: ActorRegistry) -> None:
    text = "Despite the Syrian army's claim of regaining positions, rebels completed the seizure of the town."
    events = {e.sub_event_type: e for e in _build(text, registry)}
    assert set(events) == {S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY}
    assert [f.lead for f in events[S.GOVERNMENT_REGAINS_TERRITORY].factions] == ["actor:syria-mil"]
    assert events[S.NON_STATE_ACTOR_OVERTAKES_TERRITORY].factions == ()


def test_monitors_and_media_are_never_factions(registry: ActorRegistry) -> None:
    [e] = _build(
        "SANA said Hayat Tahrir al-Sham shelled the town, the Syrian Observatory added.", registry
    )
    assert [f.lead for f in e.factions] == ["actor:hts"]


def test_clash_gives_way_to_a_more_specific_event(registry: ActorRegistry) -> None:
    [e] = _build("Rebels seized the town after fierce clashes.", registry)
    assert e.sub_event_type is S.NON_STATE_ACTOR_OVERTAKES_TERRITORY


def test_location_prefers_the_most_specific_place_and_marks_near() -> None:
    registry = ActorRegistry.default()
    syria = Location(name="Syria", kind="country", country="SY", geo_precision=GeoPrecision.COUNTRY)
    saraqib = Location(name="Saraqib", kind="city", country="SY", geo_precision=GeoPrecision.EXACT)
    text = "Rebels in Syria captured a village near Saraqib."
    [e] = _build(text, registry, places=[("Syria", syria), ("Saraqib", saraqib)])
    assert e.location is not None
    assert e.location.name == "Saraqib"
    assert e.location.geo_precision is GeoPrecision.NEAR
    [e] = _build(
        "Rebels in Syria captured Saraqib.",
        registry,
        places=[("Syria", syria), ("Saraqib", saraqib)],
    )
    assert e.location == saraqib


def test_span_from_the_sentence_then_paragraph_then_article_then_publication() -> None:
    registry = ActorRegistry.default()
    text = (
        "Fighting began on Wednesday.\n"
        "Rebels captured the town on Thursday. Rebels then seized the airport.\n"
        "Warplanes carried out air strikes on the city."
    )
    events = _build(text, registry)
    rules = [(e.sub_event_type, e.when.start, e.when.end, e.tags[1]) for e in events]
    thursday, wednesday = dt.date(2024, 11, 28), dt.date(2024, 11, 27)
    assert rules == [
        (S.ARMED_CLASH, wednesday, wednesday, "date:sentence"),
        (S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, thursday, thursday, "date:sentence"),
        (S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, thursday, thursday, "date:paragraph"),
        (S.AIR_DRONE_STRIKE, thursday, thursday, "date:article"),
    ]
    [undated] = _build("Warplanes carried out air strikes on the city.", registry)
    assert undated.tags[1] == "date:publication"
    assert (undated.when.start, undated.when.end) == (dt.date(2024, 11, 24), ANCHOR)
    assert undated.when.approximate
    assert undated.when.precision is Precision.INTERVAL
    w = CONFIDENCE_WEIGHTS
    assert undated.confidence == w["base"] + w["date:publication"]


def test_first_time_since_and_background_dates_do_not_date_the_event() -> None:
    registry = ActorRegistry.default()
    text = "On Friday the offensive widened. Jets carried out air strikes for the first time since 2016."
    *_, strike = _build(text, registry)
    assert strike.sub_event_type is S.AIR_DRONE_STRIKE
    assert strike.when.start == strike.when.end == dt.date(2024, 11, 29)
    assert strike.tags[1] == "date:paragraph"
    text = "The fighting broke a calm that had held since a truce agreed in March 2020."
    [e] = _build(text, registry)
    assert e.tags[1] == "date:publication"


def test_casualties_and_attributions_of_the_sentence_are_attached() -> None:
    registry = ActorRegistry.default()
    text = "Air strikes killed four civilians, rescuers said."
    report = CasualtyReport(
        figures=[CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(4))],
        attribution=Attribution(source_name="rescuers"),
    )
    facts = {
        0: SentenceFacts(
            start=0, end=len(text), casualties=((19, report),), attributions=(report.attribution,)
        )
    }
    [e] = _build(text, registry, facts=facts)
    assert e.casualties == (report,)
    assert e.attributions == (report.attribution,)
    w = CONFIDENCE_WEIGHTS
    assert e.confidence == w["base"] + w["date:publication"] + w["sourced"]


def test_people_captured_are_not_ground_taken() -> None:
    registry = ActorRegistry.default()
    text = "Twelve soldiers were captured."
    report = CasualtyReport(
        figures=[CasualtyFigure(outcome="captured", group="combatants", count=Count.exact(12))],
        attribution=DEFAULT,
    )
    facts = {0: SentenceFacts(start=0, end=len(text), casualties=((0, report),))}
    assert _build(text, registry, facts=facts) == []


def test_ids_are_stable_and_distinct() -> None:
    registry = ActorRegistry.default()
    text = "Rebels captured the town. Jets carried out air strikes."
    first = [e.id for e in _build(text, registry)]
    assert first == [e.id for e in _build(text, registry)]
    assert len(set(first)) == 2
    assert first != [e.id for e in _build(text + " ", registry)]  # another article


@given(st.text(max_size=400))
def test_cues_never_raise_and_lie_inside_the_text(text: str) -> None:
    for cue in find_event_cues(text):
        assert text[cue.start : cue.end] == cue.text


def test_event_cues_keep_their_offsets_after_letters_lower_lengthens() -> None:
    # "İ".lower() is two characters; the cue after it must still be found where it is
    from conflict_events.extract._events import find_event_cues

    text = "İİ Rebels captured the town."
    cues = find_event_cues(text)
    assert [(c.text, text[c.start : c.end]) for c in cues] == [("captured", "captured")]


def test_the_perpetrator_is_never_the_targets_ally(registry: ActorRegistry) -> None:
    [e] = _build(
        "Hayat Tahrir al-Sham launched an offensive against Syrian troops near Aleppo.", registry
    )
    assert e.sub_event_type is S.ARMED_CLASH
    assert [(f.lead, f.associates) for f in e.factions] == [
        ("actor:hts", ()),
        ("actor:syria-mil", ()),
    ]
    # "attributed to" names the doer of a passive cue; an actor named in another clause
    # ("..., SANA said, after Syrian troops clashed with ...") is a side of its own.
    text = (
        "The shelling was attributed to Hayat Tahrir al-Sham, SANA said, after Syrian troops "
        "clashed with the group."
    )
    shelling = next(
        e for e in _build(text, registry) if e.sub_event_type is S.SHELLING_ARTILLERY_MISSILE_ATTACK
    )
    assert [f.lead for f in shelling.factions] == ["actor:hts", "actor:syria-mil"]
    assert all(m.actor != "actor:syria-mil" for f in shelling.factions for m in f.associates)
    assert "factions:target-only" not in shelling.tags


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("bByYaAtT tribuedoTRIBUEDO,.İıſK"), max_size=40))
def test_the_agent_fast_path_never_skips_a_match(text: str) -> None:
    from conflict_events.extract._events import _cue_grammar, _has_agent_word
    from conflict_events.lexicon import load

    g = _cue_grammar(load("en"))
    if text.isascii() and g.agent.search(text) is not None:
        assert _has_agent_word(g, text)
