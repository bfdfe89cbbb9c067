"""Sources and groups real copy names (the ninth session of 2026-12-07; extract/_attribution.py,
resolve/_registry.py, docs/casualties-and-claims.md "Ninth session"): a person's name set off
by commas after an office that speaks, an acronym of a name written with one capital, an
Arabic report verb with its subject in it, suspects of no side, a parent's children, and an
Arabic name matched on its Arabic key.  Every sentence was written for these tests, in every
language where the construction exists."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import ActorRegistry, Gazetteer
from conflict_events.extract._names import find_names
from tests.reading import figure_sources, figures

DAY = dt.date(2026, 5, 4)


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "de",
            "Unter den Toten seien drei Frauen, teilte der Chef der regionalen "
            "Militärverwaltung, Oleh Kiper, am Montag auf Telegram mit.",
            "der Chef der regionalen Militärverwaltung, Oleh Kiper",
        ),
        (
            "en",
            "Four civilians died, said the governor of the province, Amina Bello, on Monday.",
            "the governor of the province, Amina Bello",
        ),
        (
            "fr",
            "Cinq civils ont été tués, a indiqué le gouverneur de la région, Paul Kaboré, "
            "lundi soir.",
            "le gouverneur de la région, Paul Kaboré",
        ),
        (
            "es",
            "Seis personas murieron, dijo el alcalde de Tumaco, Carlos Ortiz, en un comunicado.",
            "el alcalde de Tumaco, Carlos Ortiz",
        ),
        (
            "pt",
            "Sete pessoas morreram, disse o governador da província, Valige Tauabo, nesta "
            "segunda-feira.",
            "o governador da província, Valige Tauabo",
        ),
        (
            "ar",
            "وقال مدير مستشفى الشفاء، الدكتور خالد العمري، لوكالة الأنباء إن ثلاثة مدنيين قتلوا.",
            "مدير مستشفى الشفاء، الدكتور خالد العمري",
        ),
    ],
)
def test_a_person_set_off_after_an_office_speaks_with_it(lang: str, text: str, source: str) -> None:
    assert {name for _, _, name in figure_sources(text, lang)} == {source}


def test_a_place_set_off_after_a_body_is_no_name_of_it() -> None:
    # "the army" holds no office: "Burkina Faso" after it is no person's name
    text = "Four civilians died, said the army, Burkina Faso, on Monday."
    assert {name for _, _, name in figure_sources(text, "en")} == {"the army"}


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "uk",
            "Затримано 30 учасників, повідомило Міністерство внутрішніх справ Грузії. "
            "За даними МВС, поранення отримали семеро поліцейських.",
            "Міністерство внутрішніх справ Грузії",
        ),
        (
            "ru",
            "Задержаны 40 человек, сообщило Министерство внутренних дел Армении. "
            "По данным МВД, ранены шесть полицейских.",
            "Министерство внутренних дел Армении",
        ),
        (
            "fr",
            "Selon l'Organisation internationale pour les migrations (OIM), 300 personnes ont "
            "fui. L'OIM a ajouté que 12 personnes ont été tuées.",
            "l'Organisation internationale pour les migrations (OIM)",
        ),
    ],
)
def test_an_acronym_names_the_body_it_abbreviates(lang: str, text: str, source: str) -> None:
    # one source, the one named in full: "МВС" is the initials of "Міністерство внутрішніх
    # справ" (one capital), "L'OIM" the bracketed acronym with its elided article
    assert {name for _, _, name in figure_sources(text, lang)} == {source}


@pytest.mark.parametrize(
    "text",
    [
        "قتل 15 مدنيا في قصف على بلدة كفرنبل، بحسب ما أعلنه الدفاع المدني السوري. "
        "وأضاف في بيان لاحق أن 22 شخصا أصيبوا بجروح.",
        "قتل 15 مدنيا في قصف على بلدة كفرنبل، وفق ما أعلنته منظمة الدفاع المدني. "
        "وقالت إن 22 شخصا أصيبوا بجروح.",
    ],
)
def test_an_arabic_report_verb_with_its_subject_in_it_goes_on(text: str) -> None:
    names = {name for _, _, name in figure_sources(text, "ar")}
    assert len(names) == 1
    (name,) = names
    assert "الدفاع المدني" in name
    assert not name.startswith(("أعلن", "ما"))  # "what it announced" is no part of it


def test_an_arabic_report_verb_with_no_source_before_names_nobody() -> None:
    text = "قتل خمسة أشخاص في الهجوم. وقال إن 20 آخرين أصيبوا."
    assert {name for _, _, name in figure_sources(text, "ar")} == {"the article"}


@pytest.mark.parametrize(
    "text",
    [
        "Operasyonlarda 140 şüphelinin yakalandığı, bunlardan 52'sinin tutuklandığı bildirildi.",
        "Jandarma, saldırıyla bağlantılı 4 şüpheliyi gözaltına aldı.",
    ],
)
def test_turkish_suspects_in_any_case_are_people_of_no_side(text: str) -> None:
    assert {group for _, group, *_ in figures(text, "tr")} == {"total"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A mother of three was killed in the strike."),
        ("en", "The 45-year-old father of five died in hospital."),
        ("ru", "В результате обстрела погибла мать троих детей."),
        ("uk", "Внаслідок обстрілу загинула мати трьох дітей."),
    ],
)
def test_a_parents_children_are_no_victims(lang: str, text: str) -> None:
    # the number counts the parent's children, not the dead
    assert all(low == 1 for _, _, low, _, _ in figures(text, lang))


def test_an_arabic_name_is_matched_on_its_arabic_key() -> None:
    registry, gazetteer = ActorRegistry.default(), Gazetteer.default()
    sanaa = find_names(
        "قتل أربعة مدنيين في غارة على صنعاء فجر اليوم.", registry, gazetteer, lexicon="ar"
    )
    assert "actor:sana" not in {m.entity_id for m in sanaa.actor_mentions}
    agency = find_names(
        "وقالت وكالة سانا إن أربعة مدنيين قتلوا.", registry, gazetteer, lexicon="ar"
    )
    assert [m.entity_id for m in agency.actor_mentions] == ["actor:sana"]


def test_a_figures_noun_after_a_preposition_is_no_speaker() -> None:
    # "von drei Toten gesprochen": "Toten" is the figure's noun; the source before speaks on
    text = (
        "Vier Menschen seien getötet worden, teilte die Polizei mit. In einer ersten "
        "Mitteilung hatte sie von drei Toten gesprochen."
    )
    assert {name for _, _, name in figure_sources(text, "de")} == {"die Polizei"}


def test_a_german_compounds_head_names_the_compound_in_the_genitive() -> None:
    text = (
        "In Mersin hat die Polizei nach Angaben des Gesundheitsministeriums 41 Menschen "
        "verletzt. Dabei seien auch acht Kinder verletzt worden, erklärte das Ministerium."
    )
    assert {name for _, _, name in figure_sources(text, "de")} == {
        "Gesundheitsministerium"
    }  # (its noun: _genitive_base)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Selon un accord conclu lundi, 20 otages ont été libérés et trois tués."),
        ("en", "According to the agreement signed on Friday, two hostages died in captivity."),
        ("es", "Según el acuerdo firmado el jueves, cuatro rehenes murieron en cautiverio."),
        ("pt", "Segundo o acordo assinado na sexta-feira, dois reféns morreram."),
    ],
)
def test_an_agreement_after_according_to_is_no_source(lang: str, text: str) -> None:
    assert {name for _, _, name in figure_sources(text, lang)} == {"the article"}


def test_a_senior_official_after_according_to_still_speaks() -> None:
    text = "Según un alto funcionario, cuatro rehenes murieron en cautiverio."
    assert {name for _, _, name in figure_sources(text, "es")} == {"un alto funcionario"}
