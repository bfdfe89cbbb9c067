"""Sources named by their kind (the tenth session of 2026-12-07; extract/_attribution.py,
``attribution.names.source_kinds``, docs/casualties-and-claims.md "Tenth session"): a
description of a kind of source ("the military", "la institución castrense", "военные",
"слідство") names the source of that kind named before it, else an acronym of that kind in
its own sentence; an indefinite one ("a medical charity said") the source of that kind named
next; a generic description the body its own sentence names after it; an acronym spelled as an
article is a name ("Die Kleinpartei DIE"); "the party" is the party named before.  Every
sentence was written for these tests, in every language where the construction exists."""

from __future__ import annotations

import pytest

from tests.reading import figure_sources


def _sources(text: str, lang: str) -> set[str]:
    return {name for _, _, name in figure_sources(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "The Nigerian Army said nine soldiers were killed in the raid. Four more soldiers "
            "were wounded, the military said.",
            "The Nigerian Army",
        ),
        (
            "es",
            "Según el Ejército, ocho soldados murieron en el ataque. Otros tres soldados "
            "resultaron heridos, precisó la institución castrense.",
            "el Ejército",
        ),
        (
            "pt",
            "O Exército informou que seis soldados morreram na emboscada. Outros quatro "
            "soldados ficaram feridos, acrescentou a instituição castrense.",
            "O Exército",
        ),
        (
            "ru",
            "Восемь солдат погибли при нападении, сообщил Генеральный штаб вооруженных сил "
            "Нигера. Позже военные сообщили еще о трех раненых.",
            "Генеральный штаб вооруженных сил Нигера",
        ),
        (
            "uk",
            "Троє цивільних загинули внаслідок обстрілу, повідомив Генеральний штаб Збройних "
            "сил. Ще п'ятеро людей дістали поранення, повідомили військові.",
            "Генеральний штаб Збройних сил",
        ),
    ],
)
def test_a_description_of_a_kind_names_the_source_of_that_kind(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == {source}


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "uk",
            "СБУ затримала в Одесі трьох чоловіків, які, за даними слідства, готували підпали.",
            "СБУ",
        ),
        (
            "ru",
            "ФСБ задержала в Курске двух мужчин, которые, по данным следствия, готовили поджоги.",
            "ФСБ",
        ),
    ],
)
def test_the_investigation_is_the_body_its_sentence_names(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == {source}


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "At least 14 people were killed in the shelling, a medical network said on Monday.\n\n"
            "The Syrian Doctors Union said 14 people, including three children, died.",
            "The Syrian Doctors Union",
        ),
        (
            "fr",
            "Au moins douze personnes ont été tuées, selon une organisation médicale.\n\n"
            "Le Réseau des médecins du Darfour a précisé que douze personnes étaient mortes.",
            "Le Réseau des médecins du Darfour",
        ),
        (
            "es",
            "Al menos once personas murieron, según una organización médica.\n\n"
            "La Red de Médicos de Sudán dijo que once personas murieron en el ataque.",
            "La Red de Médicos de Sudán",
        ),
        (
            "pt",
            "Pelo menos dez pessoas morreram, segundo uma organização médica.\n\n"
            "A Rede de Médicos do Sudão disse que dez pessoas morreram no ataque.",
            "A Rede de Médicos do Sudão",
        ),
    ],
)
def test_an_indefinite_description_is_the_source_of_its_kind_named_next(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == {source}


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "ru",
            "Полицейские задержали в Самаре четырех человек, которые, по данным ведомства, "
            "готовили теракт, сообщило Министерство внутренних дел.",
            "Министерство внутренних дел",
        ),
        (
            "uk",
            "Поліцейські затримали у Львові трьох чоловіків, які, за даними відомства, "
            "готували підпал, повідомило Міністерство внутрішніх справ.",
            "Міністерство внутрішніх справ",
        ),
    ],
)
def test_a_generic_description_is_the_body_its_sentence_names_after_it(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == {source}


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "es",
            "El Partido Verde denunció que 30 militantes fueron detenidos. Dos de ellos "
            "resultaron heridos, según el partido.",
            "El Partido Verde",
        ),
        (
            "pt",
            "O Partido Verde denunciou que 30 militantes foram detidos. Dois deles ficaram "
            "feridos, segundo o partido.",
            "O Partido Verde",
        ),
        (
            "de",
            "Die Kleinpartei DIE sprach von 25 Festnahmen. Unter den Festgenommenen seien drei "
            "Anwälte, erklärte die Partei.",
            "Die Kleinpartei DIE",
        ),
        (
            "ar",
            "وقالت لجان المقاومة الشعبية إن سبعة مدنيين قتلوا. وأضافت اللجان أن أربعة أشخاص "
            "أصيبوا.",
            "لجان المقاومة الشعبية",
        ),
    ],
)
def test_the_party_or_the_committees_name_the_one_named_before(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == {source}
