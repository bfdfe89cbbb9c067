"""extract_report reads an article's names as a careful reader does: an organisation the
text defines is known for the rest of it, armed-group names no registry knows are reported
(``ArticleReport.unresolved_actors``), and places are read in the article's country with
the admin paths the text writes (docs/names.md, "In an article")."""

from __future__ import annotations

import datetime as dt
import json

from conflict_events import ArticleReport, extract_report
from conflict_events.extract._names import find_names
from conflict_events.resolve import ActorRegistry, Gazetteer

DAY = dt.date(2024, 3, 2)

DEFINED = (
    "Fighters of the Lions of the Savanna Front (LSF) attacked an army post on Friday. "
    "The LSF said it killed six soldiers."
)


def test_a_defined_organisation_is_known_for_the_rest_of_the_text() -> None:
    report = extract_report(DEFINED, published=DAY)
    ids = {m.entity_id for m in report.actors}
    assert "actor:text:lions-of-the-savanna-front" in ids
    texts = [m.text for m in report.actors if m.entity_id.startswith("actor:text:")]
    assert texts.count("LSF") == 2
    # A defined name is known: no unresolved mention for it.
    assert report.unresolved_actors == ()


def test_a_defined_acronym_wins_over_the_registry_reading() -> None:
    text = "The Syrian Democratic Forces (QSD) said QSD units held the town."
    report = extract_report(text, published=DAY)
    assert [m.entity_id for m in report.actors if m.text == "QSD"] == ["actor:sdf", "actor:sdf"]


def test_unknown_armed_groups_are_reported_with_their_spans() -> None:
    text = "On Friday gunmen of the Kaduna Hills Liberation Front raided a market."
    report = extract_report(text, published=DAY)
    (found,) = report.unresolved_actors
    assert text[found.start : found.end] == found.text == "Kaduna Hills Liberation Front"
    assert found.head in ("liberation", "front")
    # Never forced onto a known actor.
    assert all(m.start >= found.end or m.end <= found.start for m in report.actors)


def test_unresolved_actors_are_serialised() -> None:
    text = "On Friday gunmen of the Kaduna Hills Liberation Front raided a market."
    data = extract_report(text, published=DAY).to_dict()
    assert data["unresolved_actors"][0]["text"] == "Kaduna Hills Liberation Front"
    assert json.loads(extract_report(text, published=DAY).to_json())["unresolved_actors"]
    # Left out when there are none, as every default is.
    assert "unresolved_actors" not in extract_report(DEFINED, published=DAY).to_dict()


def test_the_field_is_documented_on_the_report() -> None:
    assert "unresolved_actors" in (ArticleReport.__doc__ or "")


def test_places_are_read_in_the_country_the_actors_give() -> None:
    text = (
        "Soldiers of the Benin Armed Forces clashed with militants near Kandi on Friday, "
        "the Benin Police said."
    )
    report = extract_report(text, published=DAY)
    kandi = [m for m in report.places if m.text == "Kandi"]
    assert kandi
    assert Gazetteer.default().get(kandi[0].entity_id).country == "BJ"


def test_a_village_of_the_article_country_comes_in() -> None:
    # Guilmaro is a small Beninese place, read only once the article's country is known.
    text = "Gunmen attacked Guilmaro, near Kandi (Alibori), on Friday."
    plain = [m.text for m in Gazetteer.default().find_mentions(text)]
    assert "Guilmaro" not in plain
    report = extract_report(text, published=DAY)
    assert "Guilmaro" in [m.text for m in report.places]


def test_a_dateline_votes_for_the_country() -> None:
    g, r = Gazetteer.default(), ActorRegistry.default()
    from conflict_events.extract._dateline import find_dateline

    text = "KANDI, Benin, March 2, 2024 (AFP) - Gunmen attacked Guilmaro on Friday."
    names = find_names(text, r, g, dateline=find_dateline(text))
    assert names.country == "BJ"
    assert "Guilmaro" in [m.text for m in names.place_mentions]


def test_no_fuzzy_place_in_running_text() -> None:
    # One letter off a known town: no place is invented.
    text = "Gunmen attacked Kandii on Friday, the Military Forces of Benin (2016-) said."
    report = extract_report(text, published=DAY)
    assert [m.text for m in report.places] == []
