"""Spanish constructions of conflict reporting (issue 14): one sentence per construction, in
the style of EFE / Europa Press wire copy, and what a careful reader takes from it."""

from __future__ import annotations

import datetime as dt

from reading import Figure, figures, sources

from conflict_events import extract_report, find_dates, parse_count
from conflict_events.extract._casualties import find_casualties


def _figures(text: str) -> list[Figure]:
    return figures(text, "es")


def _sources(text: str) -> list[str | None]:
    return sources(text, "es")


def test_a_vague_plural_with_its_scale_after_de() -> None:
    count = parse_count("decenas de miles", lexicon="es")
    assert (count.low, count.high, count.qualifier.value) == (20000, 99999, "vague")


def test_the_passive_put_before_its_subject() -> None:
    text = "Tras el operativo fueron detenidos cuatro hombres en Zamora."
    assert _figures(text) == [("captured", "total", 4, 4, "exact")]


def test_a_qualifier_before_otros_governs_the_count() -> None:
    text = "Dos soldados murieron y al menos otros 12 resultaron heridos en Tumaco."
    assert _figures(text)[1] == ("injured", "combatants", 12, None, "at_least")


def test_y_otros_tres_opens_a_new_subject_not_a_second_verb() -> None:
    text = "Cinco mineros murieron y otros tres resultaron heridos en el derrumbe del túnel."
    assert _figures(text)[1] == ("injured", "civilians", 3, 3, "exact")


def test_an_adverbial_between_the_verb_and_the_personal_a() -> None:
    text = "Un grupo armado secuestró el martes en Cúcuta a tres comerciantes."
    assert _figures(text) == [("captured", "civilians", 3, 3, "exact")]


def test_a_singular_object_after_an_adverbial() -> None:
    text = "Sicarios asesinaron la madrugada del domingo a un periodista en Acapulco."
    assert _figures(text) == [("killed", "civilians", 1, 1, "exact")]


def test_a_participle_after_the_head_ends_the_noun_phrase() -> None:
    [m] = find_casualties("Desconocidos mataron a un hombre señalado de extorsión.", lexicon="es")
    assert m.group_text == "hombre"


def test_de_ellos_after_a_bare_count() -> None:
    text = "Tres de ellos resultaron heridos por esquirlas."
    assert _figures(text) == [("injured", "total", 3, 3, "exact")]


def test_de_los_cuales_takes_its_antecedents_group() -> None:
    text = "La emboscada sorprendió a los soldados de la patrulla, dos de los cuales murieron."
    assert _figures(text) == [("killed", "combatants", 2, 2, "exact")]


def test_a_relative_clause_before_the_outcome() -> None:
    text = "Un taxista que circulaba por la avenida también resultó herido."
    # a taxi driver is a civilian by trade (the fourteenth session's role nouns)
    assert _figures(text) == [("injured", "civilians", 1, 1, "exact")]


def test_a_participle_phrase_before_a_finite_outcome_verb() -> None:
    text = "Un joven acusado de robar un celular murió tras la golpiza."
    assert _figures(text) == [("killed", "civilians", 1, 1, "exact")]


def test_an_age_after_the_noun_belongs_to_the_figure() -> None:
    [m] = find_casualties("Una mujer de 70 años murió en el bombardeo.", lexicon="es")
    assert m.group_text == "mujer de 70 años"


def test_the_victims_of_a_lynching_are_civilians() -> None:
    text = "Vecinos de Tlaxcala lincharon a un hombre al que acusaban de robo."
    assert _figures(text) == [("killed", "civilians", 1, 1, "exact")]


def test_otras_personas_names_its_own_group() -> None:
    text = "Un soldado murió en el ataque. Otras tres personas resultaron heridas."
    assert _figures(text)[1] == ("injured", "total", 3, 3, "exact")


def test_a_name_between_the_noun_and_its_outcome() -> None:
    text = "Tres indígenas Wayuu resultaron heridos en el enfrentamiento."
    assert _figures(text) == [("injured", "civilians", 3, 3, "exact")]


def test_a_headline_in_the_present_tense() -> None:
    assert _figures("Matan a cinco personas en un bar de Guerrero") == [
        ("killed", "total", 5, 5, "exact")
    ]


def test_sufrio_heridas_is_an_injury() -> None:
    text = "Un agente sufrió heridas leves durante el desalojo."
    assert _figures(text) == [("injured", "combatants", 1, 1, "exact")]


def test_the_present_perfect_of_a_claim_verb() -> None:
    text = "La Defensoría del Pueblo ha informado que seis personas murieron en Tibú."
    assert _sources(text) == ["La Defensoría del Pueblo"]


def test_a_demonym_inside_a_source_name() -> None:
    text = "El Ejército venezolano informó que dos guerrilleros murieron en Apure."
    assert _sources(text) == ["El Ejército venezolano"]


def test_segun_ha_denunciado_with_a_day_before_the_source() -> None:
    text = "Once civiles murieron, según ha denunciado este martes la ONG Human Rights Watch."
    assert _sources(text) == ["la ONG Human Rights Watch"]


def test_la_organizacion_points_back_to_the_nearest_source() -> None:
    text = (
        "Según la Red de Médicos de Sudán, 20 personas murieron. La organización ha "
        "precisado que 12 eran mujeres."
    )
    assert _sources(text) == ["la Red de Médicos de Sudán", "la Red de Médicos de Sudán"]


def test_an_adjective_hedge_does_not_hide_the_named_source() -> None:
    text = "Un presunto sicario murió en la balacera, informó la Fiscalía."
    assert _sources(text) == ["la Fiscalía"]


def test_part_of_yesterday() -> None:
    [d] = find_dates("Ocurrió la tarde de ayer en Cali.", dt.date(2025, 3, 5), lexicon="es")
    assert (str(d.when.start), d.when.precision.value) == ("2025-03-04", "part_of_day")


def test_a_wars_toll_is_background() -> None:
    text = "La guerra ha causado ya más de 10.000 muertos en la región, según la ONU."
    report = extract_report(text, published=dt.date(2025, 3, 5), lexicon="es")
    [figure] = [f for r in report.casualties for f in r.figures]
    assert figure.background


def test_a_by_phrase_after_time_words() -> None:
    text = "Un balance difundido el lunes por la Cruz Roja cifraba en 30 el número de muertos."
    assert _sources(text) == ["la Cruz Roja"]


def test_citado_por_leaves_the_word_to_the_speaker() -> None:
    text = "El portavoz de la Policía, citado por la radio local, dijo que tres personas murieron."
    assert _sources(text) == ["El portavoz de la Policía"]


def test_a_parenthetical_inside_the_relative_clause() -> None:
    text = "Buscan a un joven que, según su madre, fue privado de la libertad por hombres armados."
    assert _figures(text) == [("captured", "total", 1, 1, "exact")]


def test_a_minor_of_no_side_named_is_a_civilian() -> None:
    text = "Un joven de 15 años resultó herido por una bala perdida."
    assert _figures(text) == [("injured", "civilians", 1, 1, "exact")]


def test_a_prison_motin_is_a_riot() -> None:
    text = "Un motín en la cárcel de Esmeraldas dejó tres reos muertos el lunes."
    report = extract_report(text, published=dt.date(2025, 3, 5), lexicon="es")
    found = {e.sub_event_type.value for e in report.engagements if e.sub_event_type is not None}
    assert "violent_demonstration" in found


def test_a_toll_told_as_the_earlier_one_is_superseded() -> None:
    text = (
        "Al menos nueve personas murieron en el ataque, informó la Policía. El balance "
        "anterior, difundido por la alcaldía, era de cinco muertos."
    )
    report = extract_report(text, published=dt.date(2025, 3, 5), lexicon="es")
    figures = [f for r in report.casualties for f in r.figures]
    assert [f.superseded for f in figures] == [False, True]


def test_a_man_beaten_by_residents_is_a_civilian() -> None:
    text = "Un hombre murió tras ser golpeado por vecinos que lo acusaban de robar ganado."
    assert _figures(text) == [("killed", "civilians", 1, 1, "exact")]
