"""French constructions of conflict wire copy (issue 14), one behavioural case each, through the
public readers: numbers as words, counts, victim nouns and verbs, parts, sources, background
and earlier tolls.  The sentences are written for these tests in the style of AFP copy."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import Figure, figures, sources

from conflict_events import extract_report, parse_count


def _figures(text: str) -> list[Figure]:
    return figures(text, "fr")


# -- numbers as words and counts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dix-sept", 17),  # a teen written with a hyphen is one number, no range
        ("soixante-dix", 70),
        ("soixante et onze", 71),  # a ten joined to a teen by "et"
        ("soixante-quinze", 75),
        ("quatre-vingts", 80),
        ("quatre-vingt-douze", 92),
        ("quatre-vingt-dix-sept", 97),
        ("trente et un", 31),
        ("trente-et-un", 31),
        ("deux cents", 200),  # the plural hundred
        ("mille", 1000),  # a scale that counts one on its own
        ("cent", 100),
        ("deux mille cinq cents", 2500),
        ("un demi-million", 500000),
    ],
)
def test_french_number_words(text: str, value: int) -> None:
    count = parse_count(text, lexicon="fr")
    assert (count.low, count.high, count.qualifier.value) == (value, value, "exact")


def test_vague_plural_of_a_plural_scale() -> None:
    count = parse_count("dizaines de milliers", lexicon="fr")
    assert (count.low, count.high, count.qualifier.value) == (20000, 99999, "vague")


def test_qualified_half_million_in_a_toll() -> None:
    text = "Le conflit au Darfour a fait plus d'un demi-million de morts."
    assert _figures(text) == [("killed", "total", 500000, None, "more_than")]


def test_ten_joined_by_et_in_running_text() -> None:
    text = "Vingt et un gendarmes ont été tués dans l'attaque de leur poste."
    assert _figures(text) == [("killed", "combatants", 21, 21, "exact")]


def test_hyphenated_teen_in_running_text() -> None:
    text = "Dix-sept villageois ont été tués par des hommes armés."
    assert _figures(text) == [("killed", "civilians", 17, 17, "exact")]


def test_article_between_verb_and_vague_count() -> None:
    text = "Les combats ont déplacé des centaines de milliers de personnes dans la province."
    assert _figures(text) == [("displaced", "total", 200000, 999999, "vague")]


# -- victims and verbs ---------------------------------------------------------------------


def test_neutralised_in_a_claim_is_killed() -> None:
    text = "L'armée a affirmé avoir neutralisé une quarantaine de terroristes près de Djibo."
    assert _figures(text) == [("killed", "combatants", 40, 40, "approximately")]


def test_quoted_object_after_its_verb() -> None:
    text = "Le groupe affirme avoir tué « plus de 30 soldats » lors de l'assaut."
    assert _figures(text) == [("killed", "combatants", 30, None, "more_than")]


def test_quote_opening_on_the_qualifier() -> None:
    text = "\"Plus d'une centaine d'assaillants ont été neutralisés\", a ajouté le ministère."
    assert _figures(text) == [("killed", "combatants", 100, None, "more_than")]


def test_left_verb_abattu_and_gang_members() -> None:
    text = "La police a abattu neuf bandits lors d'une opération à Croix-des-Bouquets."
    assert _figures(text) == [("killed", "combatants", 9, 9, "exact")]


def test_singular_civilian_noun() -> None:
    text = "Un infirmier a été tué par une balle perdue à Cité Soleil."
    assert _figures(text) == [("killed", "civilians", 1, 1, "exact")]


def test_hospitalised_are_injured() -> None:
    text = "Trente-deux personnes ont été hospitalisées après l'explosion."
    assert _figures(text) == [("injured", "total", 32, 32, "exact")]


def test_missing_in_the_feminine() -> None:
    text = "Six femmes sont toujours portées disparues après l'attaque du marché."
    assert _figures(text) == [("missing", "civilians", 6, 6, "exact")]


def test_forced_to_leave_their_villages() -> None:
    text = "Les violences ont contraint 8 000 habitants à quitter leurs villages."
    assert _figures(text) == [("displaced", "civilians", 8000, 8000, "exact")]


def test_adverb_between_auxiliary_and_participle() -> None:
    text = "Quinze personnes ont en outre été blessées, selon la même source."
    assert _figures(text) == [("injured", "total", 15, 15, "exact")]


def test_acronym_between_party_and_outcome() -> None:
    text = "Douze membres des Forces de défense et de sécurité (FDS) ont été tués."
    assert _figures(text) == [("killed", "combatants", 12, 12, "exact")]


def test_things_are_no_party_of_a_later_figure() -> None:
    text = "Les assaillants ont incendié une trentaine de cases et enlevé cinq personnes."
    assert _figures(text) == [("captured", "total", 5, 5, "exact")]


def test_bare_part_known_by_its_adverb() -> None:
    text = "Vingt personnes ont été blessées, dont quatre grièvement, selon l'hôpital."
    assert _figures(text) == [
        ("injured", "total", 20, 20, "exact"),
        ("injured", "total", 4, 4, "exact"),
    ]


# -- sources ------------------------------------------------------------------------------


def _sources(text: str) -> list[str | None]:
    return sources(text, "fr")


def test_plural_inverted_verb() -> None:
    text = "Neuf civils ont été tués lundi, ont rapporté des sources humanitaires."
    assert _sources(text) == ["des sources humanitaires"]


def test_acronym_after_an_inverted_speaker() -> None:
    text = (
        "Trois mille personnes ont fui, a indiqué le Haut-Commissariat pour les réfugiés "
        "(HCR), qui prépare un camp."
    )
    assert _sources(text) == ["le Haut-Commissariat pour les réfugiés (HCR)"]


def test_demonym_in_a_subject_source() -> None:
    text = "L'armée nigérienne a affirmé avoir tué vingt jihadistes."
    assert _sources(text) == ["L'armée nigérienne"]


def test_author_of_a_toll_after_its_participle() -> None:
    text = "Sept morts, selon un bilan publié mardi par la Croix-Rouge."
    assert _sources(text) == ["la Croix-Rouge"]


# -- background and earlier tolls ----------------------------------------------------------


def _report_flags(text: str, published: dt.date) -> list[tuple[int | None, bool, bool]]:
    report = extract_report(text, published=published, lexicon="fr")
    return [(f.count.low, f.background, f.superseded) for r in report.casualties for f in r.figures]


def test_pluperfect_tells_an_earlier_incident() -> None:
    text = (
        "Des hommes armés ont tué quatre civils jeudi près de Kaya.\n\n"
        "Lundi, trois commerçants avaient été enlevés sur la même route."
    )
    assert _report_flags(text, dt.date(2024, 5, 10)) == [(4, False, False), (3, True, False)]


def test_pluperfect_in_reported_speech_is_the_news() -> None:
    text = (
        "Des jihadistes ont attaqué un poste jeudi près de Kaya.\n\n"
        "L'armée a indiqué que huit soldats avaient été tués."
    )
    assert _report_flags(text, dt.date(2024, 5, 10)) == [(8, False, False)]


def test_long_running_scope_after_an_apposition() -> None:
    text = (
        "Un soldat a été tué jeudi près de Menaka.\n\n"
        "Les violences ont fait plus de 9 000 morts, civils et militaires, dans la région "
        "depuis 2012."
    )
    assert _report_flags(text, dt.date(2024, 5, 10)) == [(1, False, False), (9000, True, False)]


def test_a_war_as_the_subject_of_its_toll() -> None:
    text = (
        "Cinq civils ont été tués mardi à Goma.\n\n"
        "Le conflit a fait des dizaines de milliers de morts."
    )
    assert _report_flags(text, dt.date(2024, 5, 10)) == [(5, False, False), (20000, True, False)]


def test_an_earlier_toll_named_as_such_is_superseded() -> None:
    text = (
        "Au moins 40 personnes ont été tuées mercredi à Maiduguri, selon la police. "
        "Un précédent bilan faisait état de 25 morts."
    )
    assert _report_flags(text, dt.date(2024, 5, 10)) == [(40, False, False), (25, False, True)]


def test_without_precedent_is_no_earlier_toll() -> None:
    text = "Une attaque sans précédent a fait 25 morts mercredi à Maiduguri, selon la police."
    assert _report_flags(text, dt.date(2024, 5, 10)) == [(25, False, False)]


# -- ranges, tolls in other words, uncounted parts -------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("L'embuscade a fait entre 10 et 15 morts.", 10, 15),
        ("Huit à dix soldats ont été tués.", 8, 10),
        ("Douze ou quinze soldats ont été tués.", 12, 15),
    ],
)
def test_ranges(text: str, low: int, high: int) -> None:
    [(_, _, lo, hi, qualifier)] = _figures(text)
    assert (lo, hi, qualifier) == (low, high, "range")


def test_a_place_after_a_count_is_no_range() -> None:
    text = "Les combats ont fait 12 morts à 10 km de Goma."
    assert _figures(text) == [("killed", "total", 12, 12, "exact")]


def test_cost_the_lives_of() -> None:
    text = "L'attentat a coûté la vie à six policiers."
    assert _figures(text) == [("killed", "combatants", 6, 6, "exact")]


def test_adverb_between_verb_and_count() -> None:
    text = "Les rebelles ont exécuté sommairement onze bergers."
    assert _figures(text) == [("killed", "civilians", 11, 11, "exact")]


def test_uncounted_parts_keep_the_total() -> None:
    text = "Au moins 50 personnes, dont des femmes et des enfants, ont été tuées."
    assert _figures(text) == [("killed", "total", 50, None, "at_least")]


def test_elided_article_on_a_nominal_outcome() -> None:
    text = "L'enlèvement de 20 écoliers a suscité l'indignation."
    assert _figures(text) == [("captured", "civilians", 20, 20, "exact")]


def test_vague_word_times_a_plural_count_noun() -> None:
    text = "Plusieurs dizaines de manifestants ont été interpellés."
    assert _figures(text) == [("captured", "civilians", 30, 99, "vague")]


def test_pronoun_inside_an_inverted_verb() -> None:
    text = (
        "Le préfet Moussa Traoré a déclaré que six personnes étaient mortes. "
        "Dix suspects ont été interpellés, a-t-il précisé."
    )
    assert _sources(text) == ["Le préfet Moussa Traoré", "Le préfet Moussa Traoré"]


def test_coordinated_source_adjectives() -> None:
    text = "Cinq civils ont été tués, ont indiqué des sources sécuritaires et hospitalières."
    assert _sources(text) == ["des sources sécuritaires et hospitalières"]


def test_a_dozen_is_approximate() -> None:
    text = "Une douzaine de manifestants ont été blessés."
    assert _figures(text) == [("injured", "civilians", 12, 12, "approximately")]
