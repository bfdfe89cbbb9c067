"""Sources on real copy, the twelfth session of 2026-12-07 (docs/casualties-and-claims.md,
"Twelfth session: who says so on real copy"): the author of a report after a contracted
by-word, a lone generic head, an office holder's name after a by-phrase or a listener, the
article naming itself, a prepositional phrase between a subject and its verb, outlets and
offices that point back."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract import extract_attributions


def _sources(text: str, language: str) -> list[str]:
    return [m.attribution.source_name for m in extract_attributions(text, lexicon=language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the author after a report noun, its participle, time words and a contracted by-word
        (
            "pt",
            "Três homens morreram em Niterói, segundo um balanço divulgado ontem pela Polícia Civil.",
            "Polícia Civil",
        ),
        (
            "pt",
            "Dois jovens foram baleados, de acordo com um relatório publicado pelo Ministério Público.",
            "Ministério Público",
        ),
    ],
)
def test_report_author_after_contracted_by_word(language: str, text: str, expected: str) -> None:
    assert _sources(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a word for any organisation whose article a contracted preposition took points back
        (
            "pt",
            "Uma operação da Polícia Civil em Belford Roxo deixou três mortos, segundo um "
            "balanço divulgado pela corporação.",
            "Polícia Civil",
        ),
        (
            "es",
            "La Defensoría del Pueblo informó que dos líderes sociales murieron. Con ellos "
            "suman nueve líderes asesinados en el año, según cifras de la entidad.",
            "La Defensoría del Pueblo",
        ),
    ],
)
def test_lone_generic_head_points_back(language: str, text: str, expected: str) -> None:
    assert _sources(text, language)[-1] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an office holder's name set off by commas after a by-phrase
        (
            "es",
            "El reporte, difundido el martes por el jefe de la Quinta Brigada, coronel Mario "
            "Díaz Soto, daba cuenta de cuatro soldados muertos.",
            "el jefe de la Quinta Brigada, coronel Mario Díaz Soto",
        ),
        (
            "pt",
            "O balanço, divulgado pelo comandante do batalhão, coronel Paulo Souza, indica dois "
            "mortos.",
            "comandante do batalhão, coronel Paulo Souza",
        ),
        (
            "fr",
            "Le bilan, communiqué par le gouverneur de la province, Paul Kaboré, fait état de "
            "cinq morts.",
            "le gouverneur de la province, Paul Kaboré",
        ),
        # a lower-case rank before the name
        (
            "es",
            "El balance, difundido el lunes por el comandante de la Séptima División, general "
            "Jorge Ruiz Mora, daba cuenta de seis soldados muertos.",
            "el comandante de la Séptima División, general Jorge Ruiz Mora",
        ),
        # a title with its elided article ("l'inspecteur")
        (
            "fr",
            "Quatre bandits ont été tués, selon le porte-parole de la police, l'adjudant Marc "
            "Joseph.",
            "le porte-parole de la police, l'adjudant Marc Joseph",
        ),
    ],
)
def test_office_holder_name_after_by_phrase(language: str, text: str, expected: str) -> None:
    assert _sources(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a listener named by a source word between an inverted verb and its speaker
        (
            "es",
            "Cuatro campesinos murieron, dijo a periodistas el alcalde de Tumaco, Pedro Gómez.",
            "el alcalde de Tumaco, Pedro Gómez",
        ),
        (
            "fr",
            "Six civils ont été tués, a déclaré aux journalistes le préfet de la région.",
            "le préfet de la région",
        ),
        (
            "pt",
            "Cinco pessoas morreram, disse aos jornalistas o comandante da brigada, coronel Rui "
            "Matos.",
            "o comandante da brigada, coronel Rui Matos",
        ),
    ],
)
def test_source_word_listener_before_speaker(language: str, text: str, expected: str) -> None:
    assert _sources(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the article naming itself, or its own finding
        ("es", "Suman 22 personas asesinadas en la semana, según el recuento de este periódico."),
        (
            "tr",
            "Yaralanan 3 kişinin Gaziantep'teki hastanelerde tedavi altına alındığı öğrenildi.",
        ),
    ],
)
def test_article_names_itself(language: str, text: str) -> None:
    assert _sources(text, language) == ["the article"]


def test_article_itself_is_the_report_default() -> None:
    text = (
        "MAZATLÁN, 3 mar (EFE).- Un hombre murió en un ataque.\n\n"
        "La Fiscalía informó que dos agentes resultaron heridos. Suman 31 personas asesinadas "
        "en el mes, según el recuento de este diario."
    )
    report = extract_report(text, published=dt.date(2026, 3, 3), lexicon="es")
    by_count = {f.count.low: r.attribution for r in report.casualties for f in r.figures}
    assert by_count[2].source_name == "La Fiscalía"
    assert (by_count[31].source, by_count[31].source_name) == (report.source, report.source_name)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a source the article consulted or that told it stays the source
        (
            "es",
            "Vecinos consultados por este diario relataron que dos hombres fueron secuestrados.",
            ["Vecinos"],
        ),
        (
            "es",
            "El alcalde Luis Mora dijo a este diario que tres hombres murieron.",
            ["El alcalde Luis Mora"],
        ),
    ],
)
def test_source_that_told_the_article_stays(language: str, text: str, expected: list[str]) -> None:
    assert _sources(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a prepositional phrase of a word that names nobody between a subject and its verb
        (
            "ru",
            "Генштаб армии Буркина-Фасо в коммюнике заявил, что уничтожены 25 боевиков.",
            "Генштаб армии Буркина-Фасо",
        ),
        (
            "uk",
            "Генштаб армії Буркіна-Фасо в комюніке заявив, що знищено 25 бойовиків.",
            "Генштаб армії Буркіна-Фасо",
        ),
    ],
)
def test_prepositional_phrase_before_verb(language: str, text: str, expected: str) -> None:
    assert _sources(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an outlet's word points back to the outlet named before
        (
            "ru",
            "Не менее шести человек погибли, сообщил в среду телеканал ARY News со ссылкой на "
            "полицию. По данным телеканала, еще 11 человек ранены.",
            ["телеканал ARY News", "телеканал ARY News"],
        ),
        (
            "uk",
            "Про це повідомив телеканал ARY News з посиланням на поліцію. За даними "
            "телеканалу, ще 11 людей поранені.",
            ["телеканал ARY News", "телеканал ARY News"],
        ),
        # an office's word to its holder named before
        (
            "ru",
            "Об этом сообщил губернатор края Олег Смирнов. По словам губернатора, погибли трое.",
            ["губернатор края Олег Смирнов", "губернатор края Олег Смирнов"],
        ),
        (
            "uk",
            "Про це повідомив губернатор краю Олег Смирнов. За словами губернатора, загинули троє.",
            ["губернатор краю Олег Смирнов", "губернатор краю Олег Смирнов"],
        ),
        # but never to another person
        (
            "ru",
            "Об этом сообщил глава района Олег Смирнов. По данным губернатора, погибли трое.",
            ["глава района Олег Смирнов", "губернатор"],
        ),
    ],
)
def test_outlet_and_office_point_back(language: str, text: str, expected: list[str]) -> None:
    assert _sources(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound's head with its possessive and a case ending, and the statement "made
        # from" it
        ("Kenya ordusunun açıklamasına göre 12 asker hayatını kaybetti.", "Kenya ordusu"),
        (
            "Etiyopya ordusundan yapılan açıklamada 12 askerin öldüğü belirtildi.",
            "Etiyopya ordusu",
        ),
        (
            "Şifa Hastanesi kaynaklarından yapılan açıklamada, 7 kişinin yaralandığı belirtildi.",
            "Şifa Hastanesi kaynakları",
        ),
    ],
)
def test_turkish_compound_source_with_case_ending(text: str, expected: str) -> None:
    assert _sources(text, "tr") == [expected]
