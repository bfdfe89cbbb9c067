"""The two shared articles: every casualty figure a careful reader finds and nothing else,
every date resolved as the design says, and the engagements a reader codes.  The expected
lists are in ``tests/expected_shared_articles.py`` (written by hand; see its docstring for
the publication dates used and why)."""

from __future__ import annotations

from pathlib import Path

import pytest
from expected_shared_articles import (
    ANCHORS,
    ARTICLE_001,
    ARTICLE_004,
    DATES,
    ENGAGEMENTS,
    FIGURES,
)

from conflict_events.extract._report import ArticleReport, extract_report

_CACHE: dict[str, ArticleReport] = {}


def _report(shared_data: Path, name: str) -> ArticleReport:
    if name not in _CACHE:
        text = (shared_data / "articles" / name).read_text(encoding="utf-8")
        _CACHE[name] = extract_report(text, published=ANCHORS[name])
    return _CACHE[name]


ARTICLES = [ARTICLE_001, ARTICLE_004]


@pytest.mark.parametrize("name", ARTICLES)
def test_casualty_figures_are_exactly_what_a_careful_reader_finds(
    shared_data: Path, name: str
) -> None:
    report = _report(shared_data, name)
    found = [
        (
            f.outcome.value,
            f.group,
            f.count.qualifier.value,
            f.count.low,
            f.count.high,
            r.attribution.source,
            r.attribution.source_name,
            r.attribution.claim.value,
        )
        for r in report.casualties
        for f in r.figures
    ]
    assert found == FIGURES[name]


@pytest.mark.parametrize("name", ARTICLES)
def test_dates_resolve_as_design_says(shared_data: Path, name: str) -> None:
    report = _report(shared_data, name)
    assert [(d.text, d.when.start, d.when.end) for d in report.dates] == DATES[name]
    assert all(d.direction == "past" for d in report.dates)  # no date here is in a future clause
    assert report.warnings == ()


@pytest.mark.parametrize("name", ARTICLES)
def test_the_engagements_a_reader_codes_are_found(shared_data: Path, name: str) -> None:
    report = _report(shared_data, name)
    found = [
        (
            e.sub_event_type.value if e.sub_event_type else None,
            e.location.name if e.location else None,
            tuple(f.lead for f in e.factions),
            e.when.start,
            e.when.end,
        )
        for e in report.engagements
    ]
    missing = [e for e in ENGAGEMENTS[name] if e not in found]
    assert missing == []


def test_no_engagement_or_figure_from_population_equipment_or_calls(shared_data: Path) -> None:
    report = _report(shared_data, ARTICLE_004)
    # The capture in the population sentence is an event, but its "more than 2 million
    # people" counts inhabitants, not casualties.
    [capture] = [e for e in report.engagements if e.description and "2 million" in e.description]
    assert capture.casualties == ()
    assert report.casualties == ()
    for phrase in ("rocket launchers", "political resolution"):  # equipment; a call
        assert not any(e.description and phrase in e.description for e in report.engagements)
    text1 = (shared_data / "articles" / ARTICLE_001).read_text(encoding="utf-8")
    report1 = _report(shared_data, ARTICLE_001)
    for phrase in ("fragile ceasefire in neighboring Lebanon", "called for a halt"):
        assert phrase in text1
        assert not any(e.description and phrase in e.description for e in report1.engagements)


def test_the_toll_is_attached_to_the_clashes_and_the_shelling(shared_data: Path) -> None:
    report = _report(shared_data, ARTICLE_001)
    attached = {
        e.sub_event_type.value if e.sub_event_type else "": [
            f.count.low for r in e.casualties for f in r.figures
        ]
        for e in report.engagements
        if e.casualties
    }
    assert attached == {
        "armed_clash": [300, 183, 100, 28],
        "shelling_artillery_missile_attack": [4],
    }


def test_russian_strikes_on_aleppo_name_the_russian_military(shared_data: Path) -> None:
    report = _report(shared_data, ARTICLE_001)
    strikes = [
        e
        for e in report.engagements
        if e.sub_event_type and e.sub_event_type.value == "air_drone_strike"
    ]
    assert any(
        e.location is not None
        and e.location.name == "Aleppo"
        and [f.lead for f in e.factions] == ["actor:russia-mil"]
        for e in strikes
    )
