"""Attribution phrases: families, sources through a registry, verification cues, the shared
articles, properties.  Every example text here is written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events import ClaimKind, UnknownNameError, Verification, extract_attributions
from conflict_events.extract._attribution import resolve_id
from conflict_events.text._segment import sentences

R, CL, DE, AL, CO = (
    ClaimKind.REPORTED,
    ClaimKind.CLAIMED,
    ClaimKind.DENIED,
    ClaimKind.ALLEGED,
    ClaimKind.CONFIRMED,
)
UNV, IND, DIS = Verification.UNVERIFIED, Verification.INDEPENDENTLY_VERIFIED, Verification.DISPUTED


class _Actor:
    def __init__(self, actor_id: str) -> None:
        self.id = actor_id


class FakeRegistry:
    """A stand-in with the registry's resolve() contract (the NameResolver protocol)."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = {k.lower(): v for k, v in names.items()}

    def resolve(self, name: str, *, on: dt.date | None = None) -> _Actor:
        try:
            return _Actor(self.names[name.lower()])
        except KeyError:
            raise UnknownNameError(name, "actor") from None


REGISTRY = FakeRegistry(
    {
        "Syrian Observatory for Human Rights": "actor:sohr",
        "AFP": "actor:afp",
        "SANA": "actor:sana",
        "Syrian army": "actor:syria-mil",
    }
)


def found(text: str, registry: FakeRegistry | None = None) -> list[tuple[object, ...]]:
    return [
        (m.attribution.source_name, m.attribution.claim, text[m.start_char : m.end_char])
        for m in extract_attributions(text, registry=registry)
    ]


# (text, [(source_name, claim, phrase span), ...]) -- worked out by hand
FAMILIES = [
    (
        "According to the Syrian Observatory for Human Rights, 40 people died.",
        [
            (
                "the Syrian Observatory for Human Rights",
                R,
                "According to the Syrian Observatory for Human Rights",
            )
        ],
    ),
    (
        "State media reported that rebels shelled a school.",
        [("State media", R, "State media reported")],
    ),
    ("The army claimed it had retaken the hill.", [("The army", CL, "The army claimed")]),
    ("The group denied any role in the attack.", [("The group", DE, "The group denied")]),
    (
        "Hospital officials confirmed the toll.",
        [("Hospital officials", CO, "Hospital officials confirmed")],
    ),
    ("Rebels accused the army of shelling homes.", [("Rebels", AL, "Rebels accused")]),
    (
        "An AFP correspondent saw bodies in the street.",
        [("An AFP correspondent", CO, "An AFP correspondent saw")],
    ),
    ("Activists said 12 people were killed.", [("Activists", R, "Activists said")]),
    (
        "The monitor has also reported heavy shelling.",
        [("The monitor", R, "The monitor has also reported")],
    ),
    (
        '"We will not retreat," said a rebel commander.',
        [("a rebel commander", R, "said a rebel commander")],
    ),
    ("Twelve people were killed, the monitor said.", [("the monitor", R, "the monitor said")]),
    (
        "The figures were reported by local rescuers.",
        [("local rescuers", R, "reported by local rescuers")],
    ),
    (
        "Rebels took the town, as reported by the Syrian Observatory for Human Rights.",
        [
            (
                "the Syrian Observatory for Human Rights",
                R,
                "as reported by the Syrian Observatory for Human Rights",
            )
        ],
    ),
    ("Rebels allegedly executed prisoners.", [("unnamed sources", AL, "allegedly")]),
    ("Jets reportedly struck the town.", [("unnamed sources", R, "reportedly")]),
    (
        "The state news agency, SANA, reported clashes.",
        [("The state news agency, SANA", R, "The state news agency, SANA, reported")],
    ),
    (
        "The monitor, which relies on sources on the ground, said 30 died.",
        [
            (
                "The monitor",
                R,
                "The monitor, which relies on sources on the ground, said",
            )
        ],
    ),
    (
        "Despite the Syrian army's claim of victory, fighting went on.",
        [("the Syrian army", CL, "the Syrian army's claim")],
    ),
    ("The United States said little.", [("The United States", R, "The United States said")]),
    ("On Friday officials told reporters the road was open.", [("officials", R, "officials told")]),
    ("No group claimed responsibility.", []),
    ("He said the town had fallen.", []),
    ("Casualties were reported in the north.", []),
    ("The army did not confirm the figure.", []),
    ("A report on the fighting is due.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_phrase_families(text: str, expected: list[tuple[object, ...]]) -> None:
    assert found(text) == expected


def test_sources_resolve_through_the_registry() -> None:
    text = (
        "According to the Syrian Observatory for Human Rights, 40 people died. An AFP "
        "correspondent saw the bodies. The state news agency, SANA, reported clashes. "
        "Residents said the army left."
    )
    sources = [m.attribution.source for m in extract_attributions(text, registry=REGISTRY)]
    assert sources == ["actor:sohr", "actor:afp", "actor:sana", None]


def test_a_short_form_takes_the_id_of_its_long_form() -> None:
    text = (
        "The Syrian Observatory for Human Rights said 40 died. The Observatory added that "
        "fighting continued. The monitor said more."
    )
    sources = [m.attribution.source for m in extract_attributions(text, registry=REGISTRY)]
    # "the Observatory" repeats a word of the name resolved before; "the monitor" does not
    assert sources == ["actor:sohr", "actor:sohr", None]


def test_without_a_registry_no_source_is_guessed() -> None:
    assert all(
        m.attribution.source is None
        for m in extract_attributions("AFP reported clashes. The Syrian army said it won.")
    )


def test_state_media_is_kept_as_named() -> None:
    [m] = extract_attributions("State media reported clashes.", registry=REGISTRY)
    assert (m.attribution.source, m.attribution.source_name) == (None, "State media")


def test_attribution_carries_quote_and_published() -> None:
    day = dt.date(2024, 11, 30)
    text = "Calm returned.  Activists said   12 people were killed."
    [m] = extract_attributions(text, published=day)
    assert m.attribution.published == day
    assert m.attribution.quote == "Activists said 12 people were killed."
    assert (m.sentence_start, m.sentence_end) in sentences(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels said they killed 30 soldiers. The claim could not be independently verified.",
            [("Rebels", R, UNV)],
        ),
        (
            "The monitor said 30 died, a figure independently verified by AFP.",
            [("The monitor", R, IND), ("AFP", CO, IND)],
        ),
        (
            "Rebels said they killed 30 soldiers. The army denied the claim.",
            [("Rebels", R, DIS), ("The army", DE, UNV)],
        ),
        (
            "Rebels said they killed 30 soldiers, a claim the army denied.",
            [("Rebels", R, DIS), ("the army", DE, UNV)],
        ),
        (
            "The army said 30 died, but the figure could not be verified by AFP.",
            [("The army", R, UNV)],
        ),
        (
            "Activists said 50 died, a figure disputed by the government.",
            [("Activists", R, DIS), ("the government", DE, UNV)],
        ),
        (
            "Activists said 50 died. The weather was cold. The figure is disputed.",
            [("Activists", R, UNV)],
        ),
    ],
)
def test_verification(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [
        (m.attribution.source_name, m.attribution.claim, m.attribution.verification)
        for m in extract_attributions(text)
    ]
    assert got == expected


def test_allegedly_with_a_named_source_makes_its_claim_an_allegation() -> None:
    [m] = extract_attributions("The monitor said rebels allegedly executed prisoners.")
    assert (m.attribution.source_name, m.attribution.claim) == ("The monitor", AL)


def test_resolve_id_skips_unknown_names() -> None:
    assert resolve_id(REGISTRY, ["Nobody", "AFP"]) == "actor:afp"
    assert resolve_id(REGISTRY, ["Nobody", " "]) is None
    cache: dict[str, str | None] = {}
    resolve_id(REGISTRY, ["AFP", "Nobody"], cache=cache)
    assert cache == {"AFP": "actor:afp"}


def test_non_string_raises_library_error() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        extract_attributions(b"bytes")  # type: ignore[arg-type]


# --- the shared articles -------------------------------------------------------------------


def _article(shared_data: Path, prefix: str) -> str:
    [path] = (shared_data / "articles").glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_article_001_attributions(shared_data: Path) -> None:
    from conflict_events import ActorRegistry

    mentions = extract_attributions(_article(shared_data, "001"), registry=ActorRegistry.default())
    got = [(m.attribution.source_name, m.attribution.claim) for m in mentions]
    # Read by hand: the monitor (named in full, then "the Observatory" twice), the army's
    # claim, state media, and an AFP correspondent's own observation.
    assert got == [
        ("the Syrian Observatory for Human Rights", R),
        ("The Observatory", R),
        ("the Syrian army", CL),
        ("State media", R),
        ("An AFP correspondent", CO),
        ("The Observatory", R),
    ]
    sources = [m.attribution.source for m in mentions]
    assert sources[0] == sources[1] == sources[5] == "actor:sohr"
    assert sources[2] == "actor:syria-mil"
    assert sources[4] == "actor:afp"


def test_article_004_attributions(shared_data: Path) -> None:
    from conflict_events import ActorRegistry

    mentions = extract_attributions(_article(shared_data, "004"), registry=ActorRegistry.default())
    got = [(m.attribution.source, m.attribution.source_name, m.attribution.claim) for m in mentions]
    assert got == [
        (None, "unnamed sources", R),
        ("actor:sana", "The Syrian state news agency, SANA", R),
        (None, "unnamed sources", R),
    ]


# --- properties ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["said", "according", "to", "the", "The", "monitor", "AFP", "reported", "by", "as", ",",
     ".", '"', "claimed", "denied", "reportedly", "allegedly", "could", "not", "be",
     "independently", "verified", "disputed", "'s", "claim", "SANA", "state", "media", "\n",
     "which", "no", "officials", "told", "confirmed", "saw"]
)  # fmt: skip


def _check(text: str) -> None:
    spans = sentences(text)
    for m in extract_attributions(text, registry=REGISTRY):
        assert (m.sentence_start, m.sentence_end) in spans
        assert m.sentence_start <= m.start_char < m.end_char <= m.sentence_end
        a = m.attribution
        assert a.source is not None or a.source_name


@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_attribution_like_text_never_breaks_invariants(text: str) -> None:
    _check(text)


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    _check(text)


def test_long_adversarial_input_returns() -> None:
    for text in (
        "according to " * 5_000,
        "reportedly " * 5_000,
        "The army said " * 3_000,
        "Rebels, " * 10_000 + "said",
    ):
        extract_attributions(text, registry=REGISTRY)


# --- speakers: back-references, titles, acronyms, outlets, clauses (issue 12) ------------

SPEAKERS = [
    # (text, the source names of its attributions in order)
    (
        "Col. Karim Sow, a spokesman for the gendarmerie, said four officers died. "
        "He said the attackers fled on motorbikes.",
        ["Col. Karim Sow, a spokesman for the gendarmerie"] * 2,
    ),
    (
        "The Ministry of Interior (MoI) said nine people were arrested.",
        ["The Ministry of Interior (MoI)"],
    ),
    (
        "The Northern Relief Network reported 14 dead. The network added that 30 were hurt.",
        ["The Northern Relief Network"] * 2,
    ),
    (
        "The Health Ministry said the toll rose. Amina Keita, a nurse, said 40 were treated. "
        "She said more had arrived overnight.",
        ["The Health Ministry", "Amina Keita, a nurse", "Amina Keita, a nurse"],
    ),
    (
        '"The road is closed," said Lt. Paul Adjovi of the border police.',
        ["Lt. Paul Adjovi of the border police"],
    ),
    ("District chief Omar Bello told AFP that six houses burned.", ["District chief Omar Bello"]),
    (
        "Five people were killed in the raid, according to the district governor.",
        ["the district governor"],
    ),
    ("The arrests were announced by state media on Sunday.", ["state media"]),
]


@pytest.mark.parametrize(("text", "names"), SPEAKERS)
def test_speakers_are_named_sources(text: str, names: list[str]) -> None:
    assert [m.attribution.source_name for m in extract_attributions(text)] == names


def test_a_pronoun_with_no_named_source_names_nobody() -> None:
    assert extract_attributions("He said the convoy was hit twice.") == []
    # a number after "said" starts no inverted speaker's name
    assert extract_attributions("The toll rose, said 40 were treated.") == []


def test_he_points_to_a_person_not_an_organisation() -> None:
    text = (
        "Sgt. Yao Mensah said the post held. The army said 12 militants died. "
        "He said the patrol returned at dawn."
    )
    names = [m.attribution.source_name for m in extract_attributions(text)]
    assert names == ["Sgt. Yao Mensah", "The army", "Sgt. Yao Mensah"]


def test_a_parenthesised_place_is_no_acronym() -> None:
    found = extract_attributions("The mayor of Tori (Atlantique) said two died.")
    assert all("(Atlantique)" not in m.attribution.source_name for m in found)


def test_each_attribution_governs_its_clause() -> None:
    text = "The Red Crescent reported 30 dead, while the interior ministry said 45 people died."
    a, b = extract_attributions(text)
    assert "30" in text[a.clause_start : a.clause_end]
    assert "45" not in text[a.clause_start : a.clause_end]
    assert "45" in text[b.clause_start : b.clause_end]
    assert (a.clause_start, b.clause_end) == (a.sentence_start, b.sentence_end)
    [only] = extract_attributions("At least 12 people were killed, the monitor said.")
    assert (only.clause_start, only.clause_end) == (only.sentence_start, only.sentence_end)
