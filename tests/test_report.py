"""extract_report on texts written for these tests: anchors, warnings, grouped casualty
reports, engagements, serialisation, and properties on arbitrary text."""

from __future__ import annotations

import datetime as dt

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_events import MissingAnchorError, ValidationError
from conflict_events.extract._report import ARTICLE_SOURCE_NAME, ArticleReport, extract_report
from conflict_events.model import ClaimKind, GeoPrecision, Outcome, SubEventType
from conflict_events.resolve._gazetteer import Gazetteer
from conflict_events.resolve._registry import ActorRegistry

S = SubEventType
D = dt.date


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _extract(text: str, **kw: object) -> ArticleReport:
    return extract_report(text, **kw)  # type: ignore[arg-type]


# -- the anchor ------------------------------------------------------------------------------


def test_dateline_anchors_relative_dates() -> None:
    text = "Published: 30 November 2024 | Levant Wire\nRebels captured Saraqib on Thursday."
    report = _extract(text)
    assert (report.anchor, report.anchor_source) == (D(2024, 11, 30), "dateline")
    thursday = [d for d in report.dates if d.text == "Thursday"]
    assert [(d.when.start, d.when.end) for d in thursday] == [(D(2024, 11, 28), D(2024, 11, 28))]
    assert report.source is None
    assert report.source_name == "Levant Wire"
    assert report.warnings == ()


def test_wire_dateline_agency_becomes_the_source() -> None:
    report = _extract("ALEPPO, Syria, Nov 30, 2024 (AFP) — Rebels captured the airport on Friday.")
    assert report.source == "actor:afp"
    assert report.anchor == D(2024, 11, 30)
    [engagement] = report.engagements
    assert engagement.when.start == D(2024, 11, 29)
    assert engagement.attributions[0].source == "actor:afp"


def test_given_source_resolves_through_the_registry() -> None:
    report = _extract("Rebels captured the airport.", published=D(2024, 11, 30), source="SOHR")
    assert (report.source, report.source_name) == ("actor:sohr", "SOHR")
    report = _extract(
        "Rebels captured the airport.", published=D(2024, 11, 30), source="actor:sana"
    )
    assert (report.source, report.source_name) == ("actor:sana", None)
    report = _extract(
        "Rebels captured the airport.", published=D(2024, 11, 30), source="Orontes Daily"
    )
    assert (report.source, report.source_name) == (None, "Orontes Daily")


def test_no_anchor_is_refused_never_today() -> None:
    with pytest.raises(MissingAnchorError, match="no publication date was given"):
        _extract("Rebels captured Saraqib on Thursday.")
    with pytest.raises(MissingAnchorError, match="gives no year"):
        _extract("ALEPPO, Syria, Nov 30 (AFP) - Rebels captured the airport on Friday.")
    with pytest.raises(MissingAnchorError, match="gives no year"):
        _extract("Monday, July 28\nRebels captured the airport on Friday.")


def test_published_is_a_date_or_an_iso_string() -> None:
    assert _extract("Rebels captured the airport.", published="2024-11-30").anchor == D(
        2024, 11, 30
    )
    with pytest.raises(ValidationError, match=r"\$\.published: must be an ISO date"):
        _extract("Rebels captured the airport.", published="30/11/2024")
    with pytest.raises(TypeError, match=r"published must be a datetime\.date"):
        _extract("Rebels captured the airport.", published=20241130)
    report = _extract("Rebels captured the airport.", published=dt.datetime(2024, 11, 30, 15, 0))
    assert report.anchor == D(2024, 11, 30)


def test_given_date_wins_over_a_dateline_and_the_difference_is_reported() -> None:
    text = "Published: 30 November 2024\nRebels captured the airport on Friday."
    report = _extract(text, published=D(2024, 12, 2))
    assert (report.anchor, report.anchor_source) == (D(2024, 12, 2), "given")
    assert report.warnings == (
        "dateline 'Published: 30 November 2024' gives 2024-11-30, "
        "but the publication date given is 2024-12-02",
    )


def test_dateline_contradicting_the_text_is_a_warning() -> None:
    # A stale "Monday, July 28, 2025" over a story about late November 2024.
    text = (
        "Monday, July 28, 2025\n"
        "Rebels entered the city on November 29 after a three-day push that began on "
        "November 27, the monitor said."
    )
    report = _extract(text)
    assert report.anchor == D(2025, 7, 28)  # the dateline is used, and doubted
    [warning] = report.warnings
    assert "241 days from 'November 29'" in warning  # 2024-11-29 .. 2025-07-28
    assert "publication date may be wrong" in warning


def test_dateline_weekday_that_contradicts_its_date_is_a_warning() -> None:
    report = _extract("Sunday, May 15, 2023\nTroops shelled the village on Saturday.")
    assert report.warnings == (
        "dateline 'Sunday, May 15, 2023' names a Sunday, but 2023-05-15 is a Monday",
    )


# -- casualty reports ----------------------------------------------------------------------


ARTICLE = (
    "Published: 30 November 2024 | Levant Wire\n"
    "Hayat Tahrir al-Sham fighters captured the town of Saraqib on Thursday after clashes "
    "with government forces, the Syrian Observatory for Human Rights said.\n"
    "At least 20 people were killed, including 12 civilians, the Observatory said, while "
    "SANA reported that 9 soldiers had died.\n"
    "Russian air strikes hit Binnish on Friday night, killing four civilians.\n"
    "A car bomb exploded near Idlib on Wednesday. Residents said the fighting is expected "
    "to continue, and the army is receiving rocket launchers.\n"
)


@pytest.fixture(scope="module")
def article(registry: ActorRegistry, gazetteer: Gazetteer) -> ArticleReport:
    return extract_report(ARTICLE, registry=registry, gazetteer=gazetteer)


def _figures(report: ArticleReport) -> list[tuple[object, ...]]:
    return [
        (
            f.outcome.value,
            f.group,
            f.count.qualifier.value,
            f.count.low,
            f.count.high,
            r.attribution.source or r.attribution.source_name,
        )
        for r in report.casualties
        for f in r.figures
    ]


def test_figures_of_one_sentence_and_source_form_one_report(article: ArticleReport) -> None:
    assert _figures(article) == [
        ("killed", "total", "at_least", 20, None, "actor:sohr"),
        ("killed", "civilians", "exact", 12, 12, "actor:sohr"),
        ("killed", "combatants", "exact", 9, 9, "actor:sana"),
        ("killed", "civilians", "exact", 4, 4, "Levant Wire"),
    ]
    # The Observatory's two figures are one report; SANA's another; the unattributed one a third.
    assert [len(r.figures) for r in article.casualties] == [2, 1, 1]


def test_unattributed_figures_carry_the_article_as_source_and_quote_their_sentence(
    article: ArticleReport,
) -> None:
    unattributed = article.casualties[-1].attribution
    assert unattributed.source_name == "Levant Wire"
    assert unattributed.claim is ClaimKind.REPORTED
    assert unattributed.published == D(2024, 11, 30)
    assert (
        unattributed.quote
        == "Russian air strikes hit Binnish on Friday night, killing four civilians."
    )
    bare = extract_report("Shelling killed three civilians.", published=D(2024, 11, 30))
    assert bare.casualties[0].attribution.source_name == ARTICLE_SOURCE_NAME


# -- engagements ---------------------------------------------------------------------------


def test_engagements_of_the_article(article: ArticleReport) -> None:
    found = [
        (
            e.sub_event_type,
            e.location.name if e.location else None,
            tuple(f.lead for f in e.factions),
            e.when.start,
            e.when.end,
        )
        for e in article.engagements
    ]
    assert found == [
        (
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            "Saraqib",
            ("actor:hts", "actor:syria-mil"),
            D(2024, 11, 28),
            D(2024, 11, 28),
        ),
        # "Russian air strikes" puts Russia's forces on the acting side (the actor's name runs
        # into the cue); the date is "Friday night".
        (S.AIR_DRONE_STRIKE, "Binnish", ("actor:russia-mil",), D(2024, 11, 29), D(2024, 11, 29)),
        (S.REMOTE_EXPLOSIVE_LANDMINE_IED, "Idlib", (), D(2024, 11, 27), D(2024, 11, 27)),
    ]
    strike = article.engagements[1]
    assert [f.count.low for r in strike.casualties for f in r.figures] == [4]
    bomb = article.engagements[2]
    assert bomb.location is not None
    assert bomb.location.geo_precision is GeoPrecision.NEAR  # "near Idlib"
    capture = article.engagements[0]
    assert capture.attributions[0].source == "actor:sohr"
    assert capture.id == extract_report(ARTICLE).engagements[0].id  # stable


def test_sources_and_organisations_are_not_places(article: ArticleReport) -> None:
    # "SANA" is also the name of a place; as a source here it must not be read as one.
    assert all(m.text != "SANA" for m in article.places)
    assert any(m.text == "SANA" and m.entity_id == "actor:sana" for m in article.actors)


def test_report_serialises_through_the_converter(article: ArticleReport) -> None:
    data = orjson.loads(article.to_json())
    assert data["schema_version"] == "1.0"
    assert data["anchor"] == "2024-11-30"
    assert data["anchor_source"] == "dateline"
    assert data["casualties"][0]["figures"][0]["count"]["low"] == 20
    assert data["dates"][0]["when"]["start"]
    assert data["engagements"][0]["sub_event_type"] == "non_state_actor_overtakes_territory"
    assert article.to_dict()["source_name"] == "Levant Wire"


def test_text_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        extract_report(b"bytes", published=D(2024, 11, 30))  # type: ignore[arg-type]


# -- properties ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Rebels",
        "captured",
        "Saraqib",
        "on",
        "Thursday",
        "killing",
        "at",
        "least",
        "20",
        "over",
        "300",
        "dozens",
        "civilians",
        "soldiers",
        "HTS",
        "SANA",
        "said",
        "according",
        "to",
        "the",
        "Observatory",
        "air",
        "strikes",
        "shelled",
        "car",
        "bomb",
        "clashes",
        "Aleppo",
        "Idlib",
        "withdrew",
        "without",
        "a",
        "fight",
        "since",
        "Wednesday",
        "last",
        "week",
        "between",
        "10",
        "and",
        "15",
        ".",
        ",",
        "\n",
    ]
)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=80).map(" ".join)),
    st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)),
)
def test_extract_report_never_raises_and_counts_keep_low_le_high(
    text: str, published: dt.date
) -> None:
    report = extract_report(text, published=published)
    for r in (*report.casualties, *(c for e in report.engagements for c in e.casualties)):
        for f in r.figures:
            assert f.outcome in Outcome
            low, high = f.count.low, f.count.high
            assert low is None or high is None or low <= high
    for e in report.engagements:
        assert e.when.start <= e.when.end
        assert e.confidence is not None
        assert 0 <= e.confidence <= 100
