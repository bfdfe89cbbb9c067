"""ACLED event and sub-event types read from short event notes and wire sentences.

Each row is a sentence written for this test (in the style of event notes and wire copy)
with the type a careful reader gives the event it reports, following the ACLED codebook's
definitions; the first engagement of the report is the note's main event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.model import SubEventType

S = SubEventType
PUBLISHED = dt.date(2023, 3, 14)


def _types(text: str) -> list[SubEventType | None]:
    return [e.sub_event_type for e in extract_report(text, published=PUBLISHED).engagements]


MAIN_EVENT = [
    # Battles: an exchange of fire, an attack on armed men
    ("On 2 March 2023, soldiers and suspected militants exchanged fire near Tori.", S.ARMED_CLASH),
    ("Gunmen attacked a police post overnight, wounding two officers.", S.ARMED_CLASH),
    ("Militants ambushed an army patrol on the road to Karimama.", S.ARMED_CLASH),
    # ... an attack on civilians is violence against civilians, not a clash
    ("Unidentified gunmen killed a farmer in his field on Monday.", S.ATTACK),
    ("Armed men attacked villagers returning from the market.", S.ATTACK),
    ("A trader was shot and killed by unknown assailants on Tuesday.", S.ATTACK),
    ("Gunmen stormed a wedding and killed four guests.", S.ATTACK),
    # abductions
    (
        "Suspected jihadists abducted two teachers from a school near Banikoara.",
        S.ABDUCTION_FORCED_DISAPPEARANCE,
    ),
    ("Armed men kidnapped a herder and his son on Friday.", S.ABDUCTION_FORCED_DISAPPEARANCE),
    ("Gunmen took the village chief away on Sunday night.", S.ABDUCTION_FORCED_DISAPPEARANCE),
    # sexual violence
    ("Two women were raped by armed men near the border.", S.SEXUAL_VIOLENCE),
    # explosions / remote violence; a hedge on the perpetrator is no hypothesis
    (
        "An IED likely planted by militants hit a military vehicle near Porga.",
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
    ),
    ("Russian warplanes bombed a market town on Thursday.", S.AIR_DRONE_STRIKE),
    ("A drone strike hit a command post overnight.", S.AIR_DRONE_STRIKE),
    ("A grenade was thrown into a bar, wounding six people.", S.GRENADE),
    ("Artillery shelling hit the outskirts of the city.", S.SHELLING_ARTILLERY_MISSILE_ATTACK),
    ("A suicide bomber blew himself up at a checkpoint.", S.SUICIDE_BOMB),
    ("Residents reported a chlorine gas attack on the district.", S.CHEMICAL_WEAPON),
    # protests
    (
        "Hundreds of teachers protested in front of the ministry over unpaid wages.",
        S.PEACEFUL_PROTEST,
    ),
    ("Market women staged a sit-in outside the town hall.", S.PEACEFUL_PROTEST),
    ("Taxi drivers marched through the capital to denounce fuel prices.", S.PEACEFUL_PROTEST),
    ("Dockworkers began strike action at the port on Monday.", S.PEACEFUL_PROTEST),
    ("Nurses went into the streets of the capital on Monday.", S.PEACEFUL_PROTEST),
    ("Parents staged a sit-in against the arrest of a teacher.", S.PEACEFUL_PROTEST),
    (
        "Police dispersed students who demonstrated against tuition fees.",
        S.PROTEST_WITH_INTERVENTION,
    ),
    (
        "Demonstrators gathered in the square; police used tear gas to disperse them.",
        S.PROTEST_WITH_INTERVENTION,
    ),
    ("Soldiers opened fire on demonstrators, killing three.", S.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
    # riots
    ("Youths demonstrated and set fire to the prefecture.", S.VIOLENT_DEMONSTRATION),
    ("Rioters burned tyres and blocked the main road.", S.VIOLENT_DEMONSTRATION),
    (
        "A number of residents protested in the town. The protesters barricaded the bridge.",
        S.VIOLENT_DEMONSTRATION,
    ),
    ("A mob lynched a man suspected of stealing a goat.", S.MOB_VIOLENCE),
    ("Angry residents beat a suspected burglar to death.", S.MOB_VIOLENCE),
    ("Locals burned two suspected robbers to death in the market.", S.MOB_VIOLENCE),
    ("A group of youths assaulted a man they accused of theft.", S.MOB_VIOLENCE),
    ("A group beat a suspected pickpocket at the bus station.", S.MOB_VIOLENCE),
    ("An unidentified armed group beat a shepherd near the river.", S.ATTACK),
    # strategic developments
    ("Police arrested three men suspected of supplying the militants.", S.ARRESTS),
    ("Gendarmes detained a local official on Tuesday.", S.ARRESTS),
    ("Bandits looted shops and rustled cattle in the village.", S.LOOTING_PROPERTY_DESTRUCTION),
    (
        "Unknown individuals stole about forty head of cattle from a herder.",
        S.LOOTING_PROPERTY_DESTRUCTION,
    ),
    ("Soldiers killed a dozen cows belonging to herders.", S.LOOTING_PROPERTY_DESTRUCTION),
    ("Gunmen seized five oxen from a pastoralist camp.", S.LOOTING_PROPERTY_DESTRUCTION),
    ("The two sides signed a ceasefire agreement in the capital.", S.AGREEMENT),
    ("The army defused an improvised explosive device on the road.", S.DISRUPTED_WEAPONS_USE),
    ("The army established a new base near the park.", S.HEADQUARTERS_OR_BASE_ESTABLISHED),
    ("The government imposed a curfew on the northern districts.", S.CHANGE_TO_GROUP_ACTIVITY),
    ("The rebels withdrew from the town without a fight.", S.NON_VIOLENT_TRANSFER_OF_TERRITORY),
    # territory
    ("Rebels captured the town of Saraqib on Friday.", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    ("Villagers captured two suspected thieves and handed them to the police.", S.MOB_VIOLENCE),
    # who acted: nobody named is an unidentified armed group (an attack); a community's
    # members attacking people or a camp are a communal militia; civilians fighting
    # civilians, or destroying property, are a mob
    ("Unknown individuals killed a trader on the road to Kandi.", S.ATTACK),
    ("A group of farmers attacked a herders' camp near the river.", S.ATTACK),
    ("Herders killed two farmers in a dispute over grazing land.", S.ATTACK),
    ("Farmers and herders clashed over grazing land near the village.", S.MOB_VIOLENCE),
    ("A farmer killed a herder whose cattle had entered his field.", S.MOB_VIOLENCE),
    ("A group of residents destroyed a customs vehicle on Tuesday.", S.MOB_VIOLENCE),
    ("A crowd beat a woman suspected of stealing a phone.", S.MOB_VIOLENCE),
    ("Unknown gunmen abducted and killed a herder near the park.", S.ATTACK),
    # a report of an attack is no aim ("claimed to have attacked")
    ("The group claimed to have attacked an army post, killing four soldiers.", S.ARMED_CLASH),
    # movements of armed men, a residual change to group activity
    (
        "Dozens of armed men on motorbikes were seen near the park on Sunday.",
        S.CHANGE_TO_GROUP_ACTIVITY,
    ),
    ("Troops deployed to the area exchanged fire with militants.", S.ARMED_CLASH),
]


@pytest.mark.parametrize(("text", "expected"), MAIN_EVENT)
def test_the_main_event_comes_first_with_its_acled_type(text: str, expected: SubEventType) -> None:
    types = _types(text)
    assert types, text
    assert types[0] is expected, (text, types)


# Sentences that report no event: hypotheticals, plans, threats, negations.
NO_EVENT = [
    "The group threatened to attack the town if its demands were not met.",
    "His car was spotted in the neighbourhood in the weeks before the shooting.",
    "The bombings killed 259 people and injured more than 5,500.",
    "Officials said militants could launch attacks during the election.",
    "The union plans to protest next month.",
    "No arrests were made.",
    "The ministry warned of possible unrest.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_hypotheticals_are_no_events(text: str) -> None:
    assert _types(text) == []


def test_one_engagement_per_incident_over_several_sentences() -> None:
    text = (
        "Militants attacked an army base near Tanguieta on Tuesday, officials said. "
        "The attackers fought soldiers for several hours. "
        "Five soldiers were killed in the fighting, the army said. "
        "Troops repelled the assault after reinforcements arrived."
    )
    report = extract_report(text, published=PUBLISHED)
    clashes = [e for e in report.engagements if e.sub_event_type is S.ARMED_CLASH]
    assert len(clashes) == 1
    [clash] = clashes
    assert [f.count.low for r in clash.casualties for f in r.figures] == [5]


def test_distinct_places_stay_distinct_engagements() -> None:
    text = "Rebels captured Tori on Friday.\nOn Sunday, they seized Djougou."
    report = extract_report(text, published=PUBLISHED)
    captures = [
        e for e in report.engagements if e.sub_event_type is S.NON_STATE_ACTOR_OVERTAKES_TERRITORY
    ]
    assert len(captures) == 2


def test_a_later_mention_that_says_more_gives_the_type() -> None:
    text = (
        "Gunmen fired on a government vehicle near Toui on Monday. "
        "The gunmen abducted a woman and the driver."
    )
    report = extract_report(text, published=PUBLISHED)
    assert [e.sub_event_type for e in report.engagements] == [S.ABDUCTION_FORCED_DISAPPEARANCE]


def test_the_group_named_before_is_no_mob() -> None:
    text = (
        "Insurgents raided the village of Mitope on Friday, residents said. "
        "The group said it also burned a church and 40 homes."
    )
    report = extract_report(text, published=PUBLISHED)
    types = [e.sub_event_type for e in report.engagements]
    assert S.MOB_VIOLENCE not in types, types
