"""Who said it, read as a careful reader reads wire copy (issue 14, item 3): the constructions of
docs/casualties-and-claims.md ("Who said it across sentences") in each language.  Every text was
written for these tests in the style of that language's agencies; each asserts the source's name
and the span of the phrase that names it, and, for the constructions that reach across
sentences, the source each casualty figure takes in ``extract_report``."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.extract._attribution import extract_attributions
from conflict_events.extract._report import extract_report

DAY = dt.date(2025, 3, 4)


def _phrases(text: str, lang: str) -> list[tuple[str, str]]:
    """(the phrase, the source's name) of every attribution, in text order."""
    return [
        (text[m.start_char : m.end_char], m.attribution.source_name)
        for m in extract_attributions(text, lexicon=lang)
    ]


def _figure_sources(text: str, lang: str) -> dict[str, str | None]:
    """The source's name each casualty figure of ``extract_report`` takes, by its count's
    number as written ("Five", "14"; ``None``: the article's default attribution)."""
    report = extract_report(text, published=DAY, lexicon=lang)
    # the attribution extract_report gives a figure that nothing in the text attributes
    default = (report.source, report.source_name or "the article")
    return {
        f.count.text: (
            None
            if (r.attribution.source, r.attribution.source_name) == default
            else r.attribution.source_name
        )
        for r in report.casualties
        for f in r.figures
    }


# -- 1. A quote, then "NAME, TITLE, told X", then "He added" --------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "name"),
    [
        (
            "en",
            '"We buried nine soldiers today," Ivan Petrov, chairman of the district council, '
            "told Reuters.",
            "Ivan Petrov, chairman of the district council, told",
            "Ivan Petrov",
        ),
        (
            "en",
            "Amina Bello, head of the local clinic, said 14 people were treated.",
            "Amina Bello, head of the local clinic, said",
            "Amina Bello",
        ),
        (
            "uk",
            "Олег Синєгубов, начальник обласної адміністрації, повідомив, що загинули троє людей.",
            "Олег Синєгубов, начальник обласної адміністрації, повідомив",
            "Олег Синєгубов",
        ),
        (
            "ru",
            "Вячеслав Гладков, губернатор области, заявил, что погибли два человека.",
            "Вячеслав Гладков, губернатор области, заявил",
            "Вячеслав Гладков",
        ),
    ],
)
def test_speaker_before_a_description_opened_by_a_role_word(
    lang: str, text: str, phrase: str, name: str
) -> None:
    assert (phrase, name) in _phrases(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "name"),
    [
        (
            "en",
            '"We buried nine soldiers today," Ivan Petrov, chairman of the district council, '
            "told Reuters. He added that gunmen had abducted 14 women.",
            "14",
            "Ivan Petrov",
        ),
        (
            "de",
            '"Wir haben neun Soldaten verloren", sagte Oberst Hans Weber, Sprecher der Armee. '
            "Er fügte hinzu, dass zwölf weitere verletzt worden seien.",
            "zwölf",
            "Oberst Hans Weber",
        ),
        (
            "fr",
            "« Nous avons perdu neuf soldats », a déclaré Jean Dossou, porte-parole de l'armée. "
            "Il a ajouté que douze autres avaient été blessés.",
            "douze",
            "Jean Dossou",
        ),
        (
            "ru",
            "«Погибли девять военных», – сказал Иван Петров, глава района. Он добавил, что "
            "ранены еще 12 человек.",
            "12",
            "Иван Петров",
        ),
    ],
)
def test_he_added_carries_the_speaker_named_after_a_quote(
    lang: str, text: str, figure: str, name: str
) -> None:
    assert name in (_figure_sources(text, lang)[figure] or "")


# -- 2. An attribution after the figures, covering the paragraph above ----------------------


@pytest.mark.parametrize(
    ("lang", "text", "figures", "name"),
    [
        (
            "uk",
            "Кількість загиблих унаслідок удару по Сумах зросла до 11 осіб. Ще 40 людей "
            "поранені.\n\nПро це повідомив у Telegram голова ОВА Іван Федоров.",
            ("11", "40"),
            "голова ОВА Іван Федоров",
        ),
        (
            "ru",
            "При обстреле рынка погибли семь мирных жителей. Еще 20 человек получили ранения. "
            "Об этом сообщил губернатор области.",
            ("семь", "20"),
            "губернатор области",
        ),
        (
            "fr",
            "Cinq civils ont été tués dans l'attaque. Douze autres ont été blessés. Les chiffres "
            "ont été communiqués par la préfecture.",
            ("Cinq", "Douze"),
            "la préfecture",
        ),
        (
            "de",
            "Bei dem Angriff wurden fünf Zivilisten getötet. Zwölf weitere wurden verletzt. "
            "Das teilte die Polizei am Sonntag mit.",
            ("fünf", "Zwölf"),
            "die Polizei",
        ),
        (
            "en",
            "Five civilians were killed in the raid. Twelve others were wounded. The figures were "
            "released by the health ministry.",
            ("Five", "Twelve"),
            "the health ministry",
        ),
    ],
)
def test_an_anaphoric_attribution_covers_the_paragraph_before_it(
    lang: str, text: str, figures: tuple[str, ...], name: str
) -> None:
    sources = _figure_sources(text, lang)
    assert [sources[f] for f in figures] == [name] * len(figures)


def test_the_anaphoric_attribution_stops_at_a_sentence_with_a_source_and_at_a_paragraph() -> None:
    text = (
        "Утром погибли трое военных.\n\n"
        "По данным МЧС, пострадали 15 человек. Погибли еще два человека. "
        "Об этом сообщил губернатор."
    )
    sources = _figure_sources(text, "ru")
    assert sources["трое"] is None  # another paragraph
    assert sources["15"] == "МЧС"  # its own source
    assert sources["два"] == "губернатор"


@pytest.mark.parametrize(
    ("lang", "text", "figures", "name"),
    [
        (
            "en",
            "Gunmen killed 12 people in Kuda on Sunday. Another 20 were wounded, according to "
            "local officials.",
            ("12", "20"),
            "local officials",
        ),
        (
            "fr",
            "Au moins douze civils ont été tués dimanche à Kuda. Vingt autres ont été blessés, "
            "selon des sources locales.",
            ("Au moins douze", "Vingt"),
            "des sources locales",
        ),
        (
            "de",
            "Bei dem Angriff starben mindestens zwölf Zivilisten. 20 weitere wurden verletzt, "
            "sagte ein Polizeisprecher.",
            ("mindestens zwölf", "20"),
            "ein Polizeisprecher",
        ),
        (
            "uk",
            "Унаслідок удару загинули п'ятеро людей. Ще 17 поранені, повідомили в ДСНС.",
            ("п'ятеро", "17"),
            "ДСНС",
        ),
    ],
)
def test_a_closing_attribution_of_a_continuing_sentence_covers_the_one_before(
    lang: str, text: str, figures: tuple[str, ...], name: str
) -> None:
    sources = _figure_sources(text, lang)
    assert [sources[f] for f in figures] == [name] * len(figures)


def test_an_attribution_that_only_ends_a_paragraph_governs_its_own_sentence() -> None:
    # no anaphoric or continuation words: "according to X" closing a paragraph is the last
    # sentence's source
    text = (
        "Gunmen killed five villagers on Monday. The raid was the third this year; such raids "
        "have killed 40 people, according to the monitor."
    )
    sources = _figure_sources(text, "en")
    assert sources["five"] is None
    assert sources["40"] == "the monitor"
    # nor does an attribution that opens its sentence ("Police said 20 others …")
    sources = _figure_sources(
        "Gunmen killed 12 people in Kuda. Police said another 20 were wounded.", "en"
    )
    assert sources["12"] is None


# -- 3. A noun phrase standing for a document or a person named before ----------------------


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "name"),
    [
        (
            "fr",
            "L'attaque a été repoussée, selon un communiqué de l'armée. « Quarante terroristes "
            "ont été neutralisés », affirme le texte.",
            "affirme le texte",
            "l'armée",
        ),
        (
            "en",
            "The attack was repelled, the army said in a statement. Forty militants were killed, "
            "the statement said.",
            "the statement said",
            "the army",
        ),
        (
            "en",
            "A senior police official said the convoy was ambushed. Six officers died, the "
            "official said.",
            "the official said",
            "A senior police official",
        ),
        (
            "ar",
            "قتل تسعة جنود، وفق ما أفاد النقيب أحمد حسن. وقال الضابط إن 14 جنديا أصيبوا.",
            "وقال الضابط",
            "النقيب أحمد حسن",
        ),
        (
            "de",
            "Nach Angaben der Arakan Army (AA) wurden 30 Menschen getötet. Mehr als 40 weitere "
            "seien verletzt worden, teilte ein Sprecher der Rebellengruppe mit.",
            "teilte ein Sprecher der Rebellengruppe",
            "der Arakan Army (AA)",
        ),
        (
            # "ведомство" named the ministry once: it names it again after "власти" spoke
            "ru",
            "Министерство здравоохранения сообщило о 12 погибших. По данным ведомства, ранены "
            "30 человек. Власти обвиняют повстанцев. Накануне ведомство сообщало о пяти "
            "погибших.",
            "ведомство сообщало",
            "Министерство здравоохранения",
        ),
    ],
)
def test_a_definite_noun_refers_back_to_the_source_named_before(
    lang: str, text: str, phrase: str, name: str
) -> None:
    assert (phrase, name) in _phrases(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a noun that opens the text, or an indefinite one, names someone new
        ("en", "Six officers died, the official said.", "the official"),
        ("en", "The convoy was ambushed, the army said. Six died, a source said.", "a source"),
        ("fr", "Six soldats ont été tués, affirme le texte.", "le texte"),
    ],
)
def test_a_noun_with_nothing_before_it_or_indefinite_stays_as_written(
    lang: str, text: str, name: str
) -> None:
    assert _phrases(text, lang)[-1][1] == name


# -- 4. Reporting frames of each language ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "name"),
    [
        # Turkish: a statement "made from" a source, with or without a listener between
        (
            "tr",
            "Yerel kaynaklardan AA muhabirine yapılan açıklamaya göre, saldırıda 3 kişi öldü.",
            "Yerel kaynaklardan AA muhabirine yapılan açıklamaya göre",
            "Yerel kaynaklar",
        ),
        (
            "tr",
            "Valilikten yapılan yazılı açıklamada, saldırıda 4 askerin yaralandığı belirtildi.",
            "Valilikten yapılan yazılı açıklamada",
            "Valilik",
        ),
        (
            "tr",
            "İçişleri Bakanlığından gelen bilgiye göre 5 kişi gözaltına alındı.",
            "İçişleri Bakanlığından gelen bilgiye göre",
            "İçişleri Bakanlığı",
        ),
        # Russian: a name before prepositional phrases speaks; "как отмечает"; "говорится в"
        (
            "ru",
            "СБР в заявлении в своем Telegram-канале отвергли причастность к удару.",
            "СБР в заявлении в своем Telegram-канале отвергли",
            "СБР",
        ),
        ("ru", "Как отмечает ООН, бежали 12 млн человек.", "Как отмечает ООН", "ООН"),
        (
            "ru",
            "В Минобороны заявили, что погибли пять человек.",
            "Минобороны заявили",
            "Минобороны",
        ),
        # Ukrainian: "як зазначає", a toll given by a subject
        ("uk", "Як зазначає ООН, загинули 12 людей.", "Як зазначає ООН", "ООН"),
        ("uk", "Зранку ОВА називала 15 загиблих.", "ОВА називала", "ОВА"),
        # German: the subject after its verb; a compound tense's subject before its auxiliary
        (
            "de",
            "In der vergangenen Woche nahm die Armee nach eigenen Angaben 25 Kämpfer gefangen.",
            "die Armee nach eigenen Angaben",
            "die Armee",
        ),
        (
            "de",
            'Staatsmedien hatten am Sonntag von einem Einsatz gegen "Terroristen" berichtet, bei '
            "dem sechs Kämpfer getötet worden seien.",
            'Staatsmedien hatten am Sonntag von einem Einsatz gegen "Terroristen" berichtet',
            "Staatsmedien",
        ),
        # German: a lower-case word after a noun ends the name; "sprach von"
        (
            "de",
            "Nach Angaben der Polizei starben drei Kinder.",
            "Nach Angaben der Polizei",
            "der Polizei",
        ),
        (
            "de",
            "Laut Ärzte ohne Grenzen wurden 12 Menschen verletzt.",
            "Laut Ärzte ohne Grenzen",
            "Ärzte ohne Grenzen",
        ),
        (
            "de",
            "Die Behörde sprach von fünf Verletzten.",
            "Die Behörde sprach",
            "Die Behörde",
        ),
        # French: a listener between the participle and "par"
        (
            "fr",
            "Un précédent bilan, communiqué mardi à l'AFP par une source sécuritaire, faisait état "
            "de 12 morts.",
            "communiqué mardi à l'AFP par une source sécuritaire",
            "une source sécuritaire",
        ),
        # Spanish: an appositive name before a relative clause
        (
            "es",
            "La policía detuvo a cuatro sospechosos, según el secretario de Seguridad, Juan "
            "Pérez, quien atribuyó el ataque a un cártel.",
            "según el secretario de Seguridad, Juan Pérez",
            "el secretario de Seguridad, Juan Pérez",
        ),
        # Arabic: "issued by" the same official
        (
            "ar",
            "قال النقيب أحمد حسن إن تسعة جنود قتلوا. وكانت حصيلة أولية صادرة عن المسؤول ذاته "
            "قد أشارت إلى مقتل ستة جنود.",
            "صادرة عن المسؤول ذاته",
            "النقيب أحمد حسن",
        ),
    ],
)
def test_reporting_frames(lang: str, text: str, phrase: str, name: str) -> None:
    assert (phrase, name) in _phrases(text, lang)


def test_a_verb_whose_ending_names_its_speaker_continues_the_last_source() -> None:
    text = (
        "O administrador do distrito, Abílio Nhantumbo, confirmou o ataque. As forças mataram "
        "dois insurgentes na segunda-feira, acrescentou."
    )
    assert ("acrescentou", "Abílio Nhantumbo") in _phrases(text, "pt")
    assert _figure_sources(text, "pt")["dois"] == "Abílio Nhantumbo"
    # with no source before it, the verb names nobody
    assert _phrases("As forças mataram dois insurgentes, acrescentou.", "pt") == []
