"""Portuguese constructions of conflict reporting (issue 14): one sentence per construction,
in the style of Lusa / Agência Brasil wire copy, and what a careful reader takes from it."""

from __future__ import annotations

import datetime as dt

from reading import Figure, figures, sources

from conflict_events import extract_report, find_dates, parse_count


def _figures(text: str) -> list[Figure]:
    return figures(text, "pt")


def _sources(text: str) -> list[str | None]:
    return sources(text, "pt")


def test_a_vague_plural_with_its_scale_after_de() -> None:
    count = parse_count("centenas de milhares", lexicon="pt")
    assert (count.low, count.high, count.qualifier.value) == (200000, 999999, "vague")


def test_the_passive_put_before_its_subject() -> None:
    text = "Durante a operação foram detidos cinco homens em Nacala."
    assert _figures(text) == [("captured", "total", 5, 5, "exact")]


def test_a_qualifier_before_outros_governs_the_count() -> None:
    text = "Três polícias morreram e pelo menos outros oito ficaram feridos em Mocímboa."
    assert _figures(text)[1] == ("injured", "combatants", 8, None, "at_least")


def test_deles_after_a_bare_count() -> None:
    text = "As forças ruandesas afirmaram ter abatido seis deles."
    assert _figures(text) == [("killed", "total", 6, 6, "exact")]


def test_dos_quais_is_no_member_of_the_list_before_it() -> None:
    text = "Foram emboscados 20 militares, três dos quais morreram."
    assert _figures(text) == [("killed", "combatants", 3, 3, "exact")]


def test_a_relative_clause_before_the_outcome() -> None:
    text = "Um motorista que passava pelo local também ficou ferido."
    # (a motorist is a civilian since the eleventh session's road users)
    assert _figures(text) == [("injured", "civilians", 1, 1, "exact")]


def test_an_age_after_the_noun_and_a_pluperfect_passive() -> None:
    text = "Um homem de 45 anos tinha sido baleado mortalmente na véspera."
    assert _figures(text) == [("killed", "total", 1, 1, "exact")]


def test_a_quoted_verb_keeps_its_reading() -> None:
    text = 'O exército afirmou ter "neutralizado" 12 insurgentes em Macomia.'
    assert _figures(text) == [("killed", "combatants", 12, 12, "exact")]


def test_the_victims_of_a_lynching_are_civilians() -> None:
    text = "Moradores lincharam um homem acusado de roubo, no bairro de Namutequeliua."
    assert _figures(text) == [("killed", "civilians", 1, 1, "exact")]


def test_a_name_between_the_noun_and_its_outcome() -> None:
    text = "Quatro indígenas Yanomami ficaram feridos num ataque de garimpeiros."
    assert _figures(text) == [("injured", "civilians", 4, 4, "exact")]


def test_a_headline_in_the_present_tense() -> None:
    assert _figures("Ataque de insurgentes mata sete civis em Ancuabe") == [
        ("killed", "civilians", 7, 7, "exact")
    ]


def test_teve_ferimentos_is_an_injury() -> None:
    text = "Uma criança teve ferimentos graves durante o tiroteio."
    assert _figures(text) == [("injured", "civilians", 1, 1, "exact")]


def test_a_source_opening_with_the_article_a() -> None:
    text = "Dois suspeitos morreram no confronto, informou a Polícia Militar."
    assert _sources(text) == ["a Polícia Militar"]


def test_an_acronym_after_an_inverted_speaker() -> None:
    text = (
        "Três garimpeiros foram presos, informou a Fundação Nacional dos Povos Indígenas (Funai)."
    )
    assert _sources(text) == ["a Fundação Nacional dos Povos Indígenas (Funai)"]


def test_a_demonym_inside_a_source_name() -> None:
    text = "O exército moçambicano anunciou que 12 insurgentes foram abatidos."
    assert _sources(text) == ["O exército moçambicano"]


def test_a_organizacao_points_back_to_the_nearest_source() -> None:
    text = (
        "Segundo a plataforma eleitoral Decide, 30 pessoas morreram. A organização contabiliza "
        "ainda 200 feridos."
    )
    assert _sources(text) == ["a plataforma eleitoral Decide", "a plataforma eleitoral Decide"]


def test_part_of_yesterday() -> None:
    [d] = find_dates("O ataque ocorreu na tarde de ontem.", dt.date(2025, 3, 5), lexicon="pt")
    assert (str(d.when.start), d.when.precision.value) == ("2025-03-04", "part_of_day")


def test_a_part_of_the_day_before_deste_weekday() -> None:
    [d] = find_dates("na madrugada deste sábado (1)", dt.date(2025, 3, 3), lexicon="pt")
    assert (str(d.when.start), d.when.precision.value) == ("2025-03-01", "part_of_day")


def test_a_conflicts_toll_with_ja_is_background() -> None:
    text = "O conflito já provocou mais de 4.000 mortos, segundo a ONU."
    report = extract_report(text, published=dt.date(2025, 3, 5), lexicon="pt")
    [figure] = [f for r in report.casualties for f in r.figures]
    assert figure.background


def test_pela_after_a_participle_and_a_day() -> None:
    text = "Um balanço divulgado no sábado pela Cruz Vermelha apontava para 30 mortos."
    assert _sources(text) == ["Cruz Vermelha"]


def test_citada_pela_leaves_the_word_to_the_speaker() -> None:
    text = "Uma fonte militar citada pela agência Lusa referiu um balanço de 30 mortos."
    assert _sources(text) == ["Uma fonte militar"]


def test_a_hyphenated_title_points_back_by_its_head() -> None:
    text = (
        "Dez insurgentes morreram, anunciou ontem o comandante-geral da polícia. Dois agentes "
        "ficaram feridos, afirmou o comandante."
    )
    assert _sources(text) == ["o comandante-geral da polícia", "o comandante-geral da polícia"]


def test_a_toll_told_as_the_earlier_one_is_superseded() -> None:
    text = (
        "Pelo menos 12 pessoas morreram no ataque, disseram fontes locais. Um primeiro "
        "balanço, divulgado pela polícia, apontava para sete mortos."
    )
    report = extract_report(text, published=dt.date(2025, 3, 5), lexicon="pt")
    figures = [f for r in report.casualties for f in r.figures]
    assert [f.superseded for f in figures] == [False, True]
