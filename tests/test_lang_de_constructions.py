"""German constructions the casualty, attribution and background grammars read (issue 14):
one sentence of our own per construction, in the style of dpa / Deutsche Welle copy."""

from __future__ import annotations

import datetime as dt

from reading import Figure, figures

from conflict_events import extract_report
from conflict_events.extract import extract_attributions


def _figures(text: str) -> list[Figure]:
    return figures(text, "de")


def test_a_compound_counts_as_its_head_noun() -> None:
    # "Lagerarbeiter" is no listed noun: its head "arbeiter" is
    text = "Bei dem Raketenangriff kam in der Nacht ein Lagerarbeiter ums Leben."
    assert _figures(text) == [("killed", "civilians", 1, 1, "exact")]


def test_a_compound_first_part_names_a_side() -> None:
    text = "Die Polizei nahm nach eigenen Angaben zwei Bandenmitglieder fest."
    assert _figures(text) == [("captured", "combatants", 2, 2, "exact")]


def test_a_hyphenated_compound_keeps_its_head() -> None:
    (figure,) = _figures("Nach Armeeangaben wurden 14 RSF-Kämpfer getötet.")
    assert figure[0] == "killed"
    assert figure[1] not in ("total", "civilians")
    assert figure[2:] == (14, 14, "exact")


def test_the_participle_closes_the_clause_after_the_figure() -> None:
    text = (
        "Am Montag wurden nach Angaben der Behörden 17 Zivilisten bei einem Luftangriff "
        "auf einen Markt getötet."
    )
    assert _figures(text) == [("killed", "civilians", 17, 17, "exact")]


def test_a_long_split_passive_with_a_singular_subject() -> None:
    text = "Ein Sanitäter sei von Granatsplittern an der Schulter getroffen und schwer verletzt worden."
    assert _figures(text) == [("injured", "civilians", 1, 1, "exact")]


def test_an_active_auxiliary_makes_the_figure_the_doer() -> None:
    # the two men did the killing: they are no victims
    assert _figures("Zwei Männer hätten die Wachleute in der Nacht getötet.") == []


def test_an_intransitive_verb_in_second_place_before_its_subject() -> None:
    text = "Aus der umkämpften Stadt flohen in den vergangenen Tagen mehr als 8.000 Menschen."
    assert _figures(text) == [("displaced", "total", 8000, None, "more_than")]


def test_ums_leben_after_the_subject_of_a_verb_in_second_place() -> None:
    text = "Bei den Gefechten kamen nach Angaben der Armee mindestens 30 Aufständische ums Leben."
    assert _figures(text) == [("killed", "combatants", 30, None, "at_least")]


def test_a_qualifier_ends_the_noun_phrase_before_it() -> None:
    # "einer Hilfsorganisation" is no figure that runs on into "mindestens neun"
    text = "Dabei sind laut einer Hilfsorganisation mindestens neun Menschen verletzt worden."
    assert _figures(text) == [("injured", "total", 9, None, "at_least")]


def test_weitere_is_an_adjective_before_its_noun() -> None:
    assert _figures("Zwölf weitere Menschen wurden verletzt.") == [
        ("injured", "total", 12, 12, "exact")
    ]


def test_the_particle_of_a_separable_verb() -> None:
    assert _figures("Die Polizei nahm am Abend 14 Demonstranten fest.") == [
        ("captured", "civilians", 14, 14, "exact")
    ]


def test_hostages_held_in_someones_power() -> None:
    text = "Noch immer befinden sich rund 60 Geiseln in der Gewalt der Entführer."
    assert _figures(text) == [("captured", "total", 60, 60, "approximately")]


def test_a_headline_in_the_present_tense() -> None:
    assert _figures("Milizen entführen 40 Bauern im Norden") == [
        ("captured", "civilians", 40, 40, "exact")
    ]


def test_the_source_as_a_compounds_first_part() -> None:
    (mention,) = extract_attributions(
        "Nach Polizeiangaben wurden zwölf Menschen festgenommen.", lexicon="de"
    )
    assert mention.attribution.source_name == "Polizei"


def test_an_earlier_day_told_in_the_pluperfect_is_background() -> None:
    text = (
        "Tote bei Angriff auf Militärposten\n\n"
        "Bamako (dpa) - Bei einem Angriff auf einen Militärposten im Zentrum Malis sind am "
        "Freitag mindestens acht Soldaten getötet worden, wie die Armee mitteilte.\n\n"
        "Bereits am Mittwoch waren bei einem Anschlag auf einen Konvoi drei Soldaten ums "
        "Leben gekommen."
    )
    report = extract_report(text, published=dt.date(2024, 3, 8), lexicon="de")
    flags = {f.count.low: f.background for r in report.casualties for f in r.figures}
    assert flags == {8: False, 3: True}


def test_the_subject_speaks_by_its_own_account() -> None:
    (mention,) = extract_attributions(
        "Die Armee tötete nach eigenen Angaben zwölf Aufständische.", lexicon="de"
    )
    assert mention.attribution.source_name == "Die Armee"


def test_an_impersonal_report_names_its_source_in_the_genitive() -> None:
    # "hieß es" is impersonal: the source is the genitive after the report noun
    (mention,) = extract_attributions(
        "Dabei seien sechs Kämpfer getötet worden, hieß es in einer Erklärung des Militärs.",
        lexicon="de",
    )
    assert mention.attribution.source_name == "Militärs"


def test_people_in_the_gap_are_the_verbs_object() -> None:
    # the villages were taken and civilians killed: "12 Dörfer" is no figure
    text = "Die Rebellen hätten 12 Dörfer eingenommen und dabei Zivilisten getötet."
    assert _figures(text) == []


def test_an_agent_in_the_gap_keeps_the_passive() -> None:
    assert _figures("Am Montag wurden drei Soldaten von Rebellen getötet.") == [
        ("killed", "combatants", 3, 3, "exact")
    ]


def test_a_verb_in_second_place_whose_subject_is_named_before_the_count() -> None:
    # the attackers fled; the hostages are no displaced people
    text = "Nach dem Überfall flohen die Angreifer mit 12 Geiseln in den Wald."
    assert [f for f in _figures(text) if f[0] == "displaced"] == []
