"""ActorRegistry: resolution, validity periods, distractors, lineage, JSON, built-in data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from conflict_events import (
    Actor,
    ActorKind,
    Alias,
    AmbiguousNameError,
    UnknownNameError,
    ValidationError,
)
from conflict_events.resolve._normalize import acronym_key, arabic_key, normalize_name
from conflict_events.resolve._registry import FUZZY_THRESHOLD, ActorRegistry

D = dt.date


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


# --- spelling variants -------------------------------------------------------------

VARIANTS = [
    ("HTS", "actor:hts"),
    ("Hay'at Tahrir al-Sham", "actor:hts"),
    ("Hayʼat Taḥrīr al-Shām", "actor:hts"),
    ("HAY’AT TAHRIR AL-SHAM", "actor:hts"),
    ("Hayat Tahrir el-Sham", "actor:hts"),
    ("Tahrir al-Sham", "actor:hts"),
    ("هيئة تحرير الشام", "actor:hts"),
    ("هَيْئَة تَحْرِير الشَّام", "actor:hts"),
    ("Levant Liberation Committee", "actor:hts"),
    ("Jabhat al-Nusra", "actor:nusra-front"),
    ("Jabhat an-Nusra", "actor:nusra-front"),
    ("al-Nusra Front", "actor:nusra-front"),
    ("Nusra Front", "actor:nusra-front"),
    ("جبهة النصرة", "actor:nusra-front"),
    ("Jabhat Fateh al-Sham", "actor:jfs"),
    ("JFS", "actor:jfs"),
    ("Syrian National Army", "actor:sna"),
    ("SNA", "actor:sna"),
    ("الجيش الوطني السوري", "actor:sna"),
    ("Free Syrian Army", "actor:fsa"),
    ("Syrian Arab Army", "actor:syria-mil"),
    ("Syrian government forces", "actor:syria-mil"),
    ("regime forces", "actor:syria-mil"),
    ("SAA", "actor:syria-mil"),
    ("Syrian government", "actor:syria-gov"),
    ("Assad regime", "actor:syria-gov"),
    ("Russian Armed Forces", "actor:russia-mil"),
    ("Kremlin", "actor:russia-gov"),
    ("Turkish Armed Forces", "actor:turkey-mil"),
    ("IRGC", "actor:irgc"),
    ("Islamic Revolutionary Guard Corps", "actor:irgc"),
    ("Hizbullah", "actor:hezbollah"),
    ("حزب الله", "actor:hezbollah"),
    ("IDF", "actor:israel-mil"),
    ("Israel Defense Forces", "actor:israel-mil"),
    ("U.S. military", "actor:us-mil"),
    ("Pentagon", "actor:us-mil"),
    ("SDF", "actor:sdf"),
    ("قوات سوريا الديمقراطية", "actor:sdf"),
    ("YPG", "actor:ypg"),
    ("Daesh", "actor:isis"),
    ("ISIL", "actor:isis"),
    ("داعش", "actor:isis"),
    ("U.N.", "actor:un"),
    ("United Nations", "actor:un"),
    ("OCHA", "actor:ocha"),
    ("UN refugee agency", "actor:unhcr"),
    ("Syrian Observatory for Human Rights", "actor:sohr"),
    ("the Syrian Observatory", "actor:sohr"),
    ("SOHR", "actor:sohr"),
    ("SANA", "actor:sana"),
    ("Syrian Arab News Agency", "actor:sana"),
    ("Agence France-Presse", "actor:afp"),
    ("Reuters", "actor:reuters"),
    ("the Associated Press", "actor:ap"),
    ("BBC", "actor:bbc"),
    ("Al-Jazeera", "actor:al-jazeera"),
    ("Syrian National Council", "actor:snc"),
    ("White Helmets", "actor:white-helmets"),
    ("Syria Civil Defence", "actor:white-helmets"),
]


@pytest.mark.parametrize(("name", "actor_id"), VARIANTS)
def test_spelling_variants_resolve(registry: ActorRegistry, name: str, actor_id: str) -> None:
    assert registry.resolve(name).id == actor_id


# --- distractors -------------------------------------------------------------------

# Names close to a known one that must resolve to the other actor (not the look-alike).
LOOK_ALIKES = [
    ("Syrian National Council", "actor:snc"),
    ("Syrian National Army", "actor:sna"),
    ("Syrian National Coalition", "actor:syrian-coalition"),
    ("Syrian Democratic Council", "actor:sdc"),
    ("Syrian Democratic Forces", "actor:sdf"),
    ("Syrian Interim Government", "actor:sig"),
    ("Syrian Salvation Government", "actor:ssg"),
    ("Syrian government", "actor:syria-gov"),
    ("Islamic State of Iraq", "actor:isi"),
    ("Islamic State", "actor:isis"),
    ("Jaysh al-Islam", "actor:jaish-al-islam"),
    ("al-Qaeda", "actor:al-qaeda"),
    ("al-Qaeda in Iraq", "actor:aqi"),
]

# Names that are no actor of the registry: they must not match anything.
UNKNOWN = [
    "Syrian National Police",
    "Syrian National Party",
    "Free Syrian Police",
    "Hamas Airways",
    "Palestinian Islamic Jihad Studies Centre",
    "Iraqi Army Museum",
    "Jaish al-Izza",
    "Lebanese Army Football Club",
    "Syrian Observatory for Birds",
    "Turkish Airlines",
    "Al Jazira",
    "Amnesty",
    "the Observatory",
    "Security Council",
    "hts",  # acronyms are case-sensitive
    "sana",
    "Sana",
    "",
    "   ",
    "al-",
]


@pytest.mark.parametrize(("name", "actor_id"), LOOK_ALIKES)
def test_look_alike_names_keep_apart(registry: ActorRegistry, name: str, actor_id: str) -> None:
    assert registry.resolve(name).id == actor_id


@pytest.mark.parametrize("name", UNKNOWN)
def test_distractors_are_unknown(registry: ActorRegistry, name: str) -> None:
    with pytest.raises(UnknownNameError) as info:
        registry.resolve(name)
    assert repr(name) in str(info.value)
    assert isinstance(info.value, LookupError)


# --- fuzzy -------------------------------------------------------------------------

TYPOS = [
    ("Hezbolah", "actor:hezbollah"),
    ("Hayat Tahreer al-Sham", "actor:hts"),
    ("Syrian Observatroy for Human Rights", "actor:sohr"),
    ("Syrian Democratic Froces", "actor:sdf"),
    ("Syrian Natonal Army", "actor:sna"),
    ("Syrian National Councel", "actor:snc"),
    ("Army Syrian Free", "actor:fsa"),  # word order does not matter
    ("Islamic State in Iraq", "actor:isi"),  # "of"/"in" are not counted
]


@pytest.mark.parametrize(("name", "actor_id"), TYPOS)
def test_typos_resolve_above_the_threshold(
    registry: ActorRegistry, name: str, actor_id: str
) -> None:
    assert registry.resolve(name).id == actor_id


def test_threshold_is_documented_and_short_names_are_exact_only(registry: ActorRegistry) -> None:
    assert FUZZY_THRESHOLD == 88.0
    with pytest.raises(UnknownNameError):
        registry.resolve("Nusro")  # one letter off a five-letter alias


def test_fuzzy_tie_between_actors_is_ambiguous() -> None:
    registry = ActorRegistry(
        [
            Actor(id="actor:a", name="Northern Storm Brigade", kind="rebel_group"),
            Actor(id="actor:b", name="Northern Storm Brigada", kind="rebel_group"),
        ]
    )
    with pytest.raises(AmbiguousNameError) as info:
        registry.resolve("Northern Storm Brigadu")
    assert info.value.candidates == ("actor:a", "actor:b")


def test_exact_name_of_two_actors_is_ambiguous() -> None:
    registry = ActorRegistry(
        [
            Actor(id="actor:a", name="Army of Conquest", kind="rebel_group"),
            Actor(
                id="actor:b",
                name="Jaish al-Fatah",
                kind="rebel_group",
                aliases=[Alias(name="Army of Conquest")],
            ),
        ]
    )
    with pytest.raises(AmbiguousNameError) as info:
        registry.resolve("army of conquest")
    assert info.value.candidates == ("actor:a", "actor:b")
    assert "actor:a, actor:b" in str(info.value)


# --- validity periods --------------------------------------------------------------

PERIODS = [
    ("Jabhat al-Nusra", D(2015, 6, 1), "actor:nusra-front"),
    ("Jabhat al-Nusra", D(2016, 7, 28), "actor:nusra-front"),  # inclusive end
    ("Jabhat Fateh al-Sham", D(2016, 9, 1), "actor:jfs"),
    ("HTS", D(2017, 1, 28), "actor:hts"),
    ("HTS", D(2024, 11, 27), "actor:hts"),
    ("SAA", D(2024, 1, 1), "actor:syria-mil"),
    ("Assad regime", D(2024, 12, 8), "actor:syria-gov"),
    ("Syrian government", D(2025, 3, 1), "actor:syria-gov"),
    ("Islamic State of Iraq", D(2010, 1, 1), "actor:isi"),
]
OUT_OF_PERIOD = [
    ("Jabhat al-Nusra", D(2020, 1, 1), "2016-07-28"),
    ("Jabhat Fateh al-Sham", D(2018, 1, 1), "2017-01-28"),
    ("HTS", D(2016, 1, 1), "2017-01-28"),
    ("HTS", D(2025, 3, 1), "2025-01-29"),
    ("Assad regime", D(2024, 12, 9), "2024-12-08"),
    ("SAA", D(2025, 6, 1), "2025-01-29"),
    ("Syrian National Army", D(2015, 1, 1), "2017-12-30"),
]


@pytest.mark.parametrize(("name", "day", "actor_id"), PERIODS)
def test_names_resolve_within_their_period(
    registry: ActorRegistry, name: str, day: dt.date, actor_id: str
) -> None:
    assert registry.resolve(name, on=day).id == actor_id


@pytest.mark.parametrize(("name", "day", "boundary"), OUT_OF_PERIOD)
def test_names_outside_their_period_are_unknown_with_the_reason(
    registry: ActorRegistry, name: str, day: dt.date, boundary: str
) -> None:
    with pytest.raises(UnknownNameError) as info:
        registry.resolve(name, on=day)
    assert boundary in str(info.value)
    assert day.isoformat() in str(info.value)


def test_alias_period_is_clipped_to_the_actor_period() -> None:
    registry = ActorRegistry(
        [
            Actor(
                id="actor:x",
                name="X Front",
                kind="rebel_group",
                active_from=D(2012, 1, 1),
                aliases=[Alias(name="XF", acronym=True)],
            )
        ]
    )
    assert registry.resolve("XF", on=D(2013, 1, 1)).id == "actor:x"
    with pytest.raises(UnknownNameError):
        registry.resolve("XF", on=D(2011, 12, 31))


def test_fuzzy_match_respects_the_period(registry: ActorRegistry) -> None:
    assert registry.resolve("Jabhat al-Nusraa", on=D(2014, 1, 1)).id == "actor:nusra-front"
    with pytest.raises(UnknownNameError) as info:
        registry.resolve("Jabhat al-Nusraa", on=D(2020, 1, 1))
    assert "actor:nusra-front" in str(info.value)


# --- lineage -----------------------------------------------------------------------


def test_lineage_in_time_order(registry: ActorRegistry) -> None:
    chain = [a.id for a in registry.lineage("actor:hts")]
    assert chain == ["actor:aqi", "actor:isi", "actor:nusra-front", "actor:jfs", "actor:hts"]
    assert [a.id for a in registry.lineage(registry.get("actor:nusra-front"))] == chain
    isis = [a.id for a in registry.lineage("actor:isis")]
    assert isis == ["actor:aqi", "actor:isi", "actor:isis"]  # siblings are not lineage
    assert [a.id for a in registry.lineage("actor:bbc")] == ["actor:bbc"]
    with pytest.raises(UnknownNameError):
        registry.lineage("actor:nobody")


# --- contents ----------------------------------------------------------------------


def test_get_len_contains_iter(registry: ActorRegistry) -> None:
    hts = registry.get("actor:hts")
    assert hts.kind is ActorKind.REBEL_GROUP
    assert "actor:hts" in registry
    assert hts in registry
    assert "actor:nobody" not in registry
    assert 5 not in registry
    assert len(registry) == len(list(registry)) >= 60
    with pytest.raises(UnknownNameError):
        registry.get("actor:nobody")


def test_add_duplicate_id_is_an_error_and_replace_reindexes() -> None:
    registry = ActorRegistry([Actor(id="actor:x", name="Old Name", kind="rebel_group")])
    with pytest.raises(ValidationError) as info:
        registry.add(Actor(id="actor:x", name="Other", kind="rebel_group"))
    assert "$.id" in str(info.value)
    assert registry.resolve("Old Name").id == "actor:x"  # the cache is warm now
    registry.add(Actor(id="actor:x", name="New Name", kind="rebel_group"), replace=True)
    assert registry.resolve("New Name").id == "actor:x"
    with pytest.raises(UnknownNameError):
        registry.resolve("Old Name")


def test_repeated_errors_are_fresh_exceptions(registry: ActorRegistry) -> None:
    errors = []
    for _ in range(2):
        with pytest.raises(UnknownNameError) as info:
            registry.resolve("Syrian National Police")
        errors.append(info.value)
    assert errors[0] is not errors[1]
    assert str(errors[0]) == str(errors[1])


_known_keys = st.just(None)


@given(alias=st.text(min_size=1, max_size=40), acronym=st.booleans())
def test_any_alias_added_resolves_to_its_actor(alias: str, acronym: bool) -> None:
    registry = ActorRegistry(
        [
            Actor(id="actor:a", name="Northern Storm Brigade", kind="rebel_group"),
            Actor(id="actor:b", name="Southern Front", kind="rebel_group"),
        ]
    )
    if acronym:
        assume(acronym_key(alias))
    else:
        assume(normalize_name(alias) or arabic_key(alias))
        assume(normalize_name(alias) not in {"northern storm brigade", "southern front"})
    registry.add_alias("actor:b", Alias(name=alias, acronym=acronym))
    assert registry.resolve(alias).id == "actor:b"


@given(st.text(max_size=60))
def test_no_string_raises_anything_but_the_documented_errors(name: str) -> None:
    registry = ActorRegistry.default()
    try:
        actor = registry.resolve(name)
    except (UnknownNameError, AmbiguousNameError):
        return
    assert isinstance(actor, Actor)


def test_non_string_is_a_type_error(registry: ActorRegistry) -> None:
    with pytest.raises(TypeError):
        registry.resolve(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        registry.resolve(["HTS"])  # type: ignore[arg-type]


# --- JSON --------------------------------------------------------------------------


def test_json_round_trip(registry: ActorRegistry, tmp_path: Path) -> None:
    path = tmp_path / "actors.json"
    registry.save(path)
    loaded = ActorRegistry.load(path)
    assert list(loaded) == list(registry)
    assert loaded.sources == registry.sources
    assert loaded.resolve("Hayʼat Taḥrīr al-Shām").id == "actor:hts"


def test_bad_json_reports_every_problem_with_its_path() -> None:
    text = (
        '{"actors": [{"id": "actor:ok", "name": "Fine", "kind": "rebel_group"},'
        ' {"id": "actor:x", "name": "X", "kind": "gang"},'
        ' {"id": "bad id", "name": "Y", "kind": "media"}], "extra": 1}'
    )
    with pytest.raises(ValidationError) as info:
        ActorRegistry.from_json(text)
    paths = info.value.paths
    assert "$.actors[1].kind" in paths
    assert "$.actors[2].id" in paths
    assert "$.extra" in paths
    with pytest.raises(ValidationError):
        ActorRegistry.from_json("not json")


# --- built-in data -----------------------------------------------------------------

REQUIRED_IDS = [
    "hts",
    "jfs",
    "nusra-front",
    "sna",
    "fsa",
    "syria-gov",
    "syria-mil",
    "russia-gov",
    "russia-mil",
    "turkey-gov",
    "turkey-mil",
    "iran-gov",
    "irgc",
    "hezbollah",
    "israel-gov",
    "israel-mil",
    "us-gov",
    "us-mil",
    "sdf",
    "ypg",
    "isis",
    "un",
    "ocha",
    "unhcr",
    "sohr",
    "sana",
    "afp",
    "reuters",
    "ap",
    "bbc",
    "al-jazeera",
    "snc",
    "white-helmets",
]


def test_builtin_data_has_the_ids_others_rely_on(registry: ActorRegistry) -> None:
    for short in REQUIRED_IDS:
        assert f"actor:{short}" in registry, short
    assert registry.get("actor:hts").predecessors == ("actor:jfs",)
    assert registry.get("actor:jfs").predecessors == ("actor:nusra-front",)
    assert registry.get("actor:hts").active_from == D(2017, 1, 28)
    assert registry.get("actor:hts").active_until == D(2025, 1, 29)
    assert registry.get("actor:nusra-front").active_from == D(2012, 1, 23)
    assert registry.get("actor:syria-mil").kind is ActorKind.STATE_FORCE
    assert registry.get("actor:sohr").kind is ActorKind.MONITOR
    assert registry.get("actor:sana").kind is ActorKind.MEDIA


def test_builtin_lineage_links_are_symmetric_and_sourced(registry: ActorRegistry) -> None:
    for actor in registry:
        assert registry.sources.get(actor.id), actor.id
        for other in actor.predecessors:
            assert actor.id in registry.get(other).successors
        for other in actor.successors:
            assert actor.id in registry.get(other).predecessors


def _a_valid_day(actor: Actor, alias: Alias | None) -> dt.date | None:
    starts = [d for d in (actor.active_from, alias.valid_from if alias else None) if d]
    return max(starts) if starts else None


def test_every_builtin_name_resolves_to_its_own_actor(registry: ActorRegistry) -> None:
    for actor in registry:
        names: list[tuple[str, Alias | None]] = [(actor.name, None)]
        names += [(a.name, a) for a in actor.aliases]
        for name, alias in names:
            day = _a_valid_day(actor, alias)
            assert registry.resolve(name, on=day).id == actor.id, (name, actor.id)


def test_every_arabic_alias_is_tagged(registry: ActorRegistry) -> None:
    for actor in registry:
        for alias in actor.aliases:
            if arabic_key(alias.name) is not None and alias.language != "fa":
                assert alias.language == "ar", alias


# --- demonym descriptors -------------------------------------------------------------


def test_builtin_descriptors_name_each_military(registry: ActorRegistry) -> None:
    for actor_id, demonyms in registry.demonyms.items():
        assert registry.get(actor_id).kind == "state_force"
        for demonym in demonyms:
            assert registry.resolve(f"{demonym} troops").id == actor_id
            assert registry.resolve(f"{demonym} warplanes").id == actor_id
    assert registry.resolve("Iranian forces").id == "actor:iran-mil"
    assert registry.resolve("IRGC").id == "actor:irgc"  # the branch keeps its own names


def test_descriptors_follow_the_actor_period() -> None:
    actor = Actor(
        id="actor:x-mil",
        name="Ruritanian Armed Forces",
        kind="state_force",
        active_from=dt.date(2000, 1, 1),
        active_until=dt.date(2010, 12, 31),
    )
    registry = ActorRegistry([actor], demonyms={"actor:x-mil": ["Ruritanian"]})
    assert registry.resolve("Ruritanian jets", on=dt.date(2005, 1, 1)).id == "actor:x-mil"
    with pytest.raises(UnknownNameError):
        registry.resolve("Ruritanian jets", on=dt.date(2015, 1, 1))
    assert registry.find_mentions("Ruritanian jets", on=dt.date(2015, 1, 1)) == []


def test_descriptors_round_trip_through_json(registry: ActorRegistry) -> None:
    loaded = ActorRegistry.from_json(registry.to_json())
    assert loaded.demonyms == registry.demonyms
    assert loaded.force_nouns == registry.force_nouns
    assert loaded.resolve("U.S. troops").id == "actor:us-mil"


def test_bad_descriptors_are_reported_with_their_path() -> None:
    text = (
        '{"actors": [], "descriptors": {"demonyms": {"actor:x": "Ruritanian"},'
        ' "force_nouns": [1], "extra": true}}'
    )
    with pytest.raises(ValidationError) as info:
        ActorRegistry.from_json(text)
    assert set(info.value.paths) == {
        "$.descriptors.demonyms",
        "$.descriptors.force_nouns",
        "$.descriptors.extra",
    }


def test_a_name_beats_a_descriptor_of_another_actor() -> None:
    army = Actor(id="actor:army", name="Ruritanian Army", kind="state_force")
    militia = Actor(
        id="actor:militia",
        name="People's Militia",
        kind="political_militia",
        aliases=(Alias(name="Ruritanian forces"),),
    )
    registry = ActorRegistry([army, militia])
    registry.set_descriptors({"actor:army": ["Ruritanian"]})
    assert registry.resolve("Ruritanian forces").id == "actor:militia"
    assert registry.resolve("Ruritanian troops").id == "actor:army"
    mentions = registry.find_mentions("Ruritanian forces and Ruritanian troops")
    assert [(m.text, m.entity_id) for m in mentions] == [
        ("Ruritanian forces", "actor:militia"),
        ("Ruritanian troops", "actor:army"),
    ]


# --- the default registry: indexed once per process, each caller its own copy --------


def test_default_copies_are_independent() -> None:
    first, second = ActorRegistry.default(), ActorRegistry.default()
    assert first is not second
    assert list(first) == list(second)
    first.add_alias("actor:hts", "Tahrir al-Sham Committee of Tests")
    first.add(Actor(id="actor:test-only", name="Lions of the Test", kind="rebel_group"))
    first.set_descriptors({"actor:russia-mil": ["Russky"]}, force_nouns=["bombers"])
    assert first.resolve("Tahrir al-Sham Committee of Tests").id == "actor:hts"
    assert first.resolve("Russky bombers").id == "actor:russia-mil"
    for other in (second, ActorRegistry.default()):
        assert "actor:test-only" not in other
        with pytest.raises(UnknownNameError):
            other.resolve("Tahrir al-Sham Committee of Tests")
        assert other.resolve("Russian warplanes").id == "actor:russia-mil"
        assert other.get("actor:hts") == ActorRegistry.default().get("actor:hts")
        mentions = other.find_mentions("Lions of the Test and Russky bombers")
        assert mentions == []


def test_a_subclass_default_is_of_the_subclass() -> None:
    class Mine(ActorRegistry):
        pass

    mine = Mine.default()
    assert type(mine) is Mine
    assert mine.resolve("HTS").id == "actor:hts"
