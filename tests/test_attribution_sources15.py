"""Who said it on real copy (issue 14, eleventh session of 2026-12-07): circles a report came
from, a genitive source put back as its noun, an office holder's name after the body, "according
to that" adverbs, a source's name in quotation marks, and a day before an inverted verb
(docs/casualties-and-claims.md, "Eleventh session").  Every text was written for these tests
in the style of that language's agencies."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._attribution import extract_attributions


def _names(text: str, lang: str) -> list[str]:
    """The source's name of every attribution, in text order."""
    return [m.attribution.source_name for m in extract_attributions(text, lexicon=lang)]


# -- "nach Angaben aus Militärkreisen", "по подсчетам", "за підрахунками" ---------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Bei dem Anschlag starben nach Angaben aus Militärkreisen sechs Soldaten.", "de",
         "Militärkreisen"),
        ("Nach Informationen aus Regierungskreisen wurden vier Polizisten verletzt.", "de",
         "Regierungskreisen"),
        ("По подсчетам правозащитного центра, в июле погибли 42 мирных жителя.", "ru",
         "правозащитный центр"),
        ("За підрахунками правозахисної групи, у липні загинули 42 цивільні.", "uk",
         "правозахисна група"),
    ],
)  # fmt: skip
def test_report_from_circles_and_tallies(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- a genitive source after "nach Angaben" put back as its noun (de) --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In der Klinik wurden nach Angaben eines Sanitäters neun Verletzte versorgt.",
            "Sanitäter",
        ),
        ("Nach Angaben des Gesundheitsamtes starben zwei Kinder.", "Gesundheitsamt"),
        ("Nach Angaben des Flüchtlingskomitees flohen 800 Familien.", "Flüchtlingskomitee"),
        (
            "Nach Angaben des EU-Büros für Katastrophenschutz (ECHO) flohen 2.000 Menschen.",
            "EU-Büro für Katastrophenschutz (ECHO)",
        ),
    ],
)
def test_genitive_source_as_its_noun(text: str, name: str) -> None:
    assert _names(text, "de") == [name]


def test_genitive_office_holder_takes_the_person_set_off() -> None:
    text = (
        "Die Rebellen töteten nach Angaben des Vorsitzenden des Dorfrates von Kamango, "
        "Amani Kasereka Muhindo, mindestens zwölf Bauern."
    )
    assert _names(text, "de") == [
        "des Vorsitzenden des Dorfrates von Kamango, Amani Kasereka Muhindo"
    ]


# -- an office holder's names after the body, put back in the nominative (ru, uk) -------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("За словами голови Одеської ОВА Олега Кіпера, загинули четверо людей.", "uk",
         "голова Одеської ОВА Олег Кіпер"),
        ("За словами начальника Херсонської ОВА Ольги Бойко, поранено семеро людей.", "uk",
         "начальник Херсонської ОВА Ольга Бойко"),
        ("По словам губернатора Курской области Алексея Смирнова, погибли два человека.", "ru",
         "губернатор Курской области Алексей Смирнов"),
    ],
)  # fmt: skip
def test_office_holder_named_after_the_body(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- "demnach", "Buna göre": the source named last goes on speaking (de, tr) -----------------


def test_demnach_points_back_across_a_paragraph() -> None:
    text = (
        "Acht Menschen starben, teilte die Bezirksverwaltung von Sumy am Samstag mit.\n\n"
        "Mehr als 20 Menschen wurden demnach verletzt, drei von ihnen schwer."
    )
    assert _names(text, "de") == ["die Bezirksverwaltung von Sumy"] * 2
    report = extract_report(text, published=dt.date(2026, 3, 7), lexicon="de")
    sources = {f.count.low: r.attribution.source_name for r in report.casualties for f in r.figures}
    assert sources[20] == "die Bezirksverwaltung von Sumy"


def test_demnach_with_no_source_before_names_nobody() -> None:
    assert _names("Demnach starben drei Menschen.", "de") == []


def test_buna_gore_points_back() -> None:
    text = "Valiliğin açıklamasına göre 4 kişi öldü. Buna göre, saldırıda 9 kişi yaralandı."
    assert _names(text, "tr") == ["Valilik", "Valilik"]


# -- a source's name in quotation marks after "according to" (ar, fr, es, en) ----------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ('قُتل تسعة مدنيين، بحسب ما أفادت "لجنة أطباء دارفور".', "ar", "لجنة أطباء دارفور"),
        ('قتل خمسة أشخاص، بحسب "غرفة طوارئ الفاشر"، وهي مجموعة من المتطوعين.', "ar",
         "غرفة طوارئ الفاشر"),
        ("Six civils ont été tués, selon « Médecins du Monde ».", "fr", "Médecins du Monde"),
        ('Murieron seis civiles, según "Médicos del Mundo".', "es", "Médicos del Mundo"),
        ('Six civilians were killed, according to "Darfur Medics Committee".', "en",
         "Darfur Medics Committee"),
    ],
)  # fmt: skip
def test_quoted_source_after_according(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- a day before an inverted verb is no speaker (de) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Am Samstagmorgen sprach die Feuerwehr von vier Verletzten.", "die Feuerwehr"),
        ("Am Dienstagabend sprachen Rettungskräfte dann von elf Toten.", "Rettungskräfte"),
    ],
)
def test_day_before_inverted_verb(text: str, name: str) -> None:
    assert _names(text, "de") == [name]


# -- a connective set off by commas between a subject and its verb (en fr es pt de ru uk) ----


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The health ministry, however, said 14 people died.", "en", "The health ministry"),
        ("La Croix-Rouge, de son côté, a annoncé la mort de six civils.", "fr", "La Croix-Rouge"),
        ("La Gobernación, por su parte, informó que ocho civiles murieron.", "es",
         "La Gobernación"),
        ("A Prefeitura, por sua vez, informou que cinco moradores morreram.", "pt",
         "A Prefeitura"),
        ("Die Feuerwehr, hingegen, meldete acht Verletzte.", "de", "Die Feuerwehr"),
        ("МЧС, в свою очередь, сообщило о гибели пяти человек.", "ru", "МЧС"),
        ("ДСНС, своєю чергою, повідомила про загибель п'ятьох людей.", "uk", "ДСНС"),
    ],
)  # fmt: skip
def test_set_off_connective_between_subject_and_verb(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- a tally's author, a toll registered (de) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nach einer Zählung des Roten Halbmonds starben 31 Menschen.", "des Roten Halbmonds"),
        ("Nach einer Zählung des Flüchtlingswerks flohen 900 Menschen.", "Flüchtlingswerk"),
        ("Die Beobachtermission registrierte seit Montag 17 Tote.", "Die Beobachtermission"),
    ],
)
def test_tally_and_registered_toll(text: str, name: str) -> None:
    assert _names(text, "de") == [name]


def test_registered_participle_names_no_speaker() -> None:
    assert _names("In der Klinik wurden 40 Tote registriert.", "de") == []
