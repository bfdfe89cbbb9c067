"""Sources real copy names (issue 14, the eighth session of 2026-12-06; extract/_attribution.py,
docs/casualties-and-claims.md "Eighth session"): a neuter article opening a speaker, a place
set off by commas before an inverted verb, a participle ending a name, oblique report nouns
put back whole, "the same source" and "the source" pointing back, a body's country after its
acronym, participles of saying after a comma, verbs of estimating, a listener with a
demonstrative, a name spelled out up to its acronym before the verb, ombudsmen and community
leaders.  Every sentence was written for these tests, in every language where the
construction exists."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reading import figure_sources, sources

DAY = dt.date(2026, 5, 4)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Bei den Kämpfen seien 47 Menschen getötet worden, teilte das Sudanesische "
            "Ärztenetzwerk am Mittwoch mit.",
            "das Sudanesische Ärztenetzwerk",
        ),
        ("Drei Zivilisten seien verletzt worden, erklärte das Rote Kreuz.", "das Rote Kreuz"),
        (
            "Zwei Soldaten kamen ums Leben, sagte das Verteidigungsministerium am Abend.",
            "das Verteidigungsministerium",
        ),
    ],
)
def test_a_neuter_article_opens_a_speaker_after_the_verb(text: str, source: str) -> None:
    # German "das" is a pronoun ("Das teilte die Polizei mit") and the neuter article
    assert sources(text, "de") == [source]


def test_a_pronoun_that_is_no_article_still_names_nobody() -> None:
    assert sources("Zwei Soldaten starben, sagte das.", "de") == []
    assert sources("Das teilte die Polizei mit.", "de") == ["die Polizei"]


def test_the_speaker_of_a_run_of_reported_sentences_speaks_for_them_all() -> None:
    text = (
        "Bei dem Angriff seien 30 Menschen getötet worden, teilte das Ärztenetzwerk mit. "
        "Zudem seien zwölf verletzt worden."
    )
    assert figure_sources(text, "de") == [
        ("killed", 30, "das Ärztenetzwerk"),
        ("injured", 12, "das Ärztenetzwerk"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "es",
            "Al menos catorce personas murieron en zona rural de Tibú, Norte de Santander, "
            "informó este martes la Defensoría del Pueblo.",
            "la Defensoría del Pueblo",
        ),
        (
            "es",
            "Tres campesinos fueron asesinados en Chicomuselo, Chiapas, dijo la Fiscalía.",
            "la Fiscalía",
        ),
        (
            "pt",
            "Pelo menos cinco pessoas morreram em Marrupa, Niassa, informou a polícia.",
            "a polícia",
        ),
        (
            "fr",
            "Trois civils ont été tués à Kouango, Ouaka, a indiqué mardi le HCR.",
            "le HCR",
        ),
        ("en", "Five people were killed in Kaya, Burkina Faso, said the army.", "the army"),
    ],
)
def test_a_place_set_off_by_commas_is_no_speaker_when_one_follows_the_verb(
    lang: str, text: str, source: str
) -> None:
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        # the verb's object is no speaker: the name set off by commas speaks
        (
            "fr",
            "Contacté par l'AFP, le porte-parole de l'armée, le lieutenant Paul Kasongo, a "
            "confirmé l'attaque de l'ADF.",
            "le lieutenant Paul Kasongo",
        ),
        ("en", "A community leader, Sunday Bitrus, told Reuters that 5 died.", None),
    ],
)
def test_a_name_set_off_by_commas_before_its_verb_still_speaks(
    lang: str, text: str, source: str | None
) -> None:
    found = sources(text, lang)
    assert len(found) == 1
    assert found[0] is not None
    if source is not None:
        assert found[0] == source
    else:
        assert "Sunday Bitrus" in found[0]


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        (
            "fr",
            "Selon un officier joint au téléphone, l'explosion a été suivie de tirs. « Nous "
            "avons neutralisé deux assaillants », a-t-il affirmé.",
            "un officier",
        ),
        (
            "fr",
            "Selon un responsable joint par téléphone, deux soldats ont été tués. « Nous avons "
            "perdu deux hommes », a-t-il précisé.",
            "un responsable",
        ),
        (
            "en",
            "According to an officer contacted by phone, the blast was followed by gunfire. "
            '"We neutralised two attackers," he said.',
            "an officer",
        ),
        (
            "es",
            "Según un funcionario contactado por teléfono, murieron dos soldados. "
            '"Perdimos a dos hombres", afirmó.',
            "un funcionario",
        ),
        (
            "pt",
            "Segundo um oficial contactado por telefone, houve tiros. "
            '"Neutralizámos dois atacantes", disse ele.',
            "um oficial",
        ),
    ],
)
def test_a_participle_ends_a_name_and_he_points_back_to_it(
    lang: str, text: str, first: str
) -> None:
    # the pronoun points back to the nearest person, or source named by a person's noun
    assert sources(text, lang) == [first, first]


def test_the_officers_figures_are_his() -> None:
    text = (
        "Selon un officier joint au téléphone, l'explosion a été suivie de tirs. "
        "« Nos éléments ont neutralisé deux assaillants », a-t-il affirmé."
    )
    assert figure_sources(text, "fr") == [("killed", 2, "un officier")]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "uk",
            "Кількість загиблих зросла до чотирьох, повідомили в Сумській ОВА. «Серед "
            "поранених – двоє дітей», – йдеться в повідомленні.",
            "Сумська ОВА",
        ),
        (
            "uk",
            "Загинули троє людей, повідомила поліція. Серед поранених двоє дітей, йдеться у заяві.",
            "поліція",
        ),
    ],
)
def test_a_report_noun_in_the_locative_is_put_back_whole(lang: str, text: str, source: str) -> None:
    # "повідомленні" is "повідомлення" (the statement: its author), never "повідомленн"
    assert sources(text, lang) == [source, source]


def test_a_body_in_the_locative_is_put_back_by_its_head_noun() -> None:
    text = "Затримано дев'ятьох членів осередку, повідомили в Службі безпеки України (СБУ)."
    assert sources(text, "uk") == ["Служба безпеки України (СБУ)"]
    assert sources("Загинули троє людей, повідомили в Генштабі.", "uk") == ["Генштаб"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "أفاد مصدر أمني في محافظة كركوك بمقتل متظاهر. وقال المصدر إن القوات اعتقلت 14 شخصاً.",
        ),
        ("ar", "أفاد مصدر طبي بمقتل متظاهر. وأضاف المصدر أن 14 شخصاً أصيبوا."),
        (
            "de",
            "Die Polizei sagte, ein Demonstrant sei getötet worden. Dieselbe Quelle sagte, 14 "
            "Menschen seien festgenommen worden.",
        ),
        (
            "de",
            "Nach Angaben der Polizei wurde ein Demonstrant getötet. Nach Angaben derselben "
            "Quelle wurden 14 Menschen festgenommen.",
        ),
        (
            "de",
            "Ein Offizier sagte, ein Demonstrant sei getötet worden. Der Offizier sagte, 14 "
            "Menschen seien festgenommen worden.",
        ),
        (
            "ru",
            "Полиция сообщила, что погиб один протестующий. По данным того же источника, "
            "задержаны 14 человек.",
        ),
        (
            "uk",
            "Джерело в поліції повідомило, що загинув один протестувальник. За словами того ж "
            "джерела, затримано 14 людей.",
        ),
        (
            "uk",
            "Поліція повідомила, що загинув один протестувальник. За даними того ж джерела, "
            "затримано 14 людей.",
        ),
    ],
)
def test_the_same_source_points_back(lang: str, text: str) -> None:
    found = sources(text, lang)
    assert len(found) == 2
    assert found[1] == found[0]


def test_the_sources_figures_are_the_source_named_before() -> None:
    text = "أفاد مصدر أمني بمقتل ثلاثة متظاهرين. وقال المصدر إن القوات الأمنية اعتقلت 14 شخصاً."
    assert [s for _, _, s in figure_sources(text, "ar")] == ["مصدر أمني", "مصدر أمني"]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "ru",
            "Силовики задержали девятерых членов ячейки. Об этом во вторник сообщили в Центре "
            "общественных связей (ЦОС) ФСБ России.",
            "Центр общественных связей (ЦОС) ФСБ России",
        ),
        (
            "ru",
            "Трое пострадавших доставлены в больницу, сообщили в Министерстве внутренних дел "
            "(МВД) Грузии.",
            "Министерство внутренних дел (МВД) Грузии",
        ),
        (
            "uk",
            "Силовики затримали дев'ятьох членів осередку. Про це повідомили в Центрі "
            "громадських зв'язків (ЦГЗ) СБУ України.",
            "Центр громадських зв'язків (ЦГЗ) СБУ України",
        ),
    ],
)
def test_a_bodys_country_after_its_acronym_is_the_names(lang: str, text: str, source: str) -> None:
    assert source in sources(text, lang)


def test_a_closing_about_this_source_speaks_for_the_figures_before() -> None:
    text = (
        "Сотрудники ФСБ задержали в Нальчике девятерых членов ячейки. Об этом во вторник "
        "сообщили в Центре общественных связей (ЦОС) ФСБ России."
    )
    assert figure_sources(text, "ru") == [
        ("captured", 9, "Центр общественных связей (ЦОС) ФСБ России")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            'The UN Mission in South Sudan (UNMISS) condemned "the cycle of revenge attacks" '
            "in a statement on Tuesday, saying more than 2,000 people had fled.",
            "The UN Mission in South Sudan (UNMISS)",
        ),
        (
            "en",
            "The Red Cross condemned the attack, noting that 40 villagers were wounded.",
            "The Red Cross",
        ),
        (
            "es",
            "La Defensoría del Pueblo condenó el ataque en un comunicado, señalando que tres "
            "civiles murieron.",
            "La Defensoría del Pueblo",
        ),
        ("pt", "A polícia condenou o ataque, afirmando que três civis morreram.", "A polícia"),
        (
            "fr",
            "Le ministère de la Santé a condamné l'attaque, précisant que douze civils ont été "
            "blessés.",
            "Le ministère de la Santé",
        ),
        ("ru", "Минобороны осудило удар, заявив, что погибли три мирных жителя.", "Минобороны"),
        (
            "uk",
            "Міністерство оборони засудило удар, заявивши, що загинули троє цивільних.",
            "Міністерство оборони",
        ),
    ],
)
def test_a_participle_of_saying_after_a_comma_speaks_for_the_sentences_subject(
    lang: str, text: str, source: str
) -> None:
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # no name opens the sentence: nobody
        ("en", "Gunmen stormed the village, saying they wanted revenge.", []),
        # a speaker before it speaks already: one attribution
        ("en", "Police said 5 died, adding that 12 were hurt.", ["Police"]),
        (
            "es",
            "La policía dijo que 5 murieron, añadiendo que 12 resultaron heridos.",
            ["La policía"],
        ),
    ],
)
def test_a_participle_of_saying_adds_no_second_speaker(
    lang: str, text: str, found: list[str]
) -> None:
    assert sources(text, lang) == found


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "es",
            "La Gobernación de Norte de Santander calculó que unas 4.500 personas se han "
            "desplazado.",
            "La Gobernación de Norte de Santander",
        ),
        ("es", "Las autoridades estimaron que 4.500 personas huyeron.", "Las autoridades"),
        (
            "en",
            "The provincial government estimated that some 4,500 people had fled.",
            "The provincial government",
        ),
        ("de", "Die Behörden schätzten, dass rund 4500 Menschen geflohen seien.", "Die Behörden"),
        ("fr", "Le HCR a calculé que 4 500 personnes ont fui.", "Le HCR"),
        ("pt", "A Cruz Vermelha calculou que 4.500 pessoas fugiram.", "A Cruz Vermelha"),
        ("ru", "Власти оценили число беженцев в 4500 человек.", "Власти"),
        ("uk", "Місцева влада оцінила кількість біженців у 4500 людей.", "Місцева влада"),
        ("ar", "وقدرت الأمم المتحدة عدد النازحين بنحو 4500 شخص.", "الأمم المتحدة"),
        ("ar", "وقدرت وزارة الصحة أن 4500 شخص نزحوا.", "وزارة الصحة"),
        (
            "tr",
            "İçişleri Bakanlığı, bölgeden 4 bin 500 kişinin göç ettiğini tahmin etti.",
            "İçişleri Bakanlığı",
        ),
    ],
)
def test_a_figure_estimated_is_its_estimators(lang: str, text: str, source: str) -> None:
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "es",
            "Habitantes consultados por este diario relataron que los agresores se llevaron a "
            "dos hombres.",
            "Habitantes",
        ),
        (
            "es",
            "Testigos entrevistados por la agencia dijeron que tres personas murieron.",
            "Testigos",
        ),
        (
            "pt",
            "Moradores ouvidos por este jornal disseram que três pessoas morreram.",
            "Moradores",
        ),
        (
            "pt",
            "Testemunhas entrevistadas pela agência contaram que três pessoas morreram.",
            "Testemunhas",
        ),
    ],
)
def test_the_listener_of_a_participle_is_no_speaker(lang: str, text: str, source: str) -> None:
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "pt",
            "Dados preliminares do Instituto Nacional de Gestão e Redução do Risco de "
            "Desastres (INGD) indicam que cerca de 3.400 deslocados chegaram.",
            "Instituto Nacional de Gestão e Redução do Risco de Desastres (INGD)",
        ),
        ("pt", "Dados da Polícia Militar indicam que três pessoas morreram.", "Polícia Militar"),
        (
            "es",
            "La Coordinadora General de Desplazados y Refugiados (CGDR) informó que 30 personas "
            "murieron.",
            "La Coordinadora General de Desplazados y Refugiados (CGDR)",
        ),
        (
            "es",
            "Datos preliminares de la Defensoría del Pueblo indican que 30 personas murieron.",
            "la Defensoría del Pueblo",
        ),
    ],
)
def test_a_name_spelled_out_to_its_acronym_before_the_verb(
    lang: str, text: str, source: str
) -> None:
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "ru",
            "Народный защитник Грузии сообщил, что трое пострадавших остаются в больнице.",
            "Народный защитник Грузии",
        ),
        (
            "es",
            "Un líder comunal dijo que tres campesinos están desaparecidos.",
            "Un líder comunal",
        ),
        (
            "es",
            "Un líder comunal, que pidió reserva de su nombre, dijo que tres campesinos "
            "desaparecieron.",
            "Un líder comunal",
        ),
        (
            "pt",
            "Um líder comunitário disse à Lusa que três camponeses desapareceram.",
            "Um líder comunitário",
        ),
    ],
)
def test_ombudsmen_and_community_leaders_speak(lang: str, text: str, source: str) -> None:
    assert sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "de",
            "Bei den Kämpfen seien 47 Menschen getötet worden, teilte das Ärztenetzwerk am "
            "Mittwoch mit.\n\nZudem seien zwölf Menschen verletzt worden.",
            "das Ärztenetzwerk",
        ),
        (
            "de",
            "Nach Angaben der Polizei starben drei Soldaten.\nVier Polizisten seien bei dem "
            "Angriff verletzt worden.",
            "der Polizei",
        ),
        (
            "fr",
            "Au moins 20 civils ont été tués, a indiqué la Croix-Rouge.\nDouze soldats auraient "
            "été tués.",
            "la Croix-Rouge",
        ),
        (
            "es",
            "Al menos 14 personas murieron, informó la Defensoría del Pueblo.\n\nOtras 30 "
            "personas habrían resultado heridas.",
            "la Defensoría del Pueblo",
        ),
        (
            "pt",
            "Pelo menos 14 pessoas morreram, informou a polícia.\n\nOutras 30 pessoas teriam "
            "morrido.",
            "a polícia",
        ),
    ],
)
def test_a_paragraph_in_reported_speech_goes_on_with_the_report_before_it(
    lang: str, text: str, source: str
) -> None:
    found = figure_sources(text, lang)
    assert len(found) == 2
    assert found[1][2] == source


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the indicative: the article's own statement
        (
            "de",
            "Bei den Kämpfen seien 47 Menschen getötet worden, teilte das Ärztenetzwerk mit."
            "\n\nZudem wurden zwölf Menschen verletzt.",
        ),
        (
            "pt",
            "Pelo menos 14 pessoas morreram, informou a polícia.\n\nOutras 30 pessoas morreram.",
        ),
        # a paragraph between: the report has ended
        (
            "de",
            "Bei den Kämpfen seien 47 Menschen getötet worden, teilte das Ärztenetzwerk mit."
            "\n\nDie Lage bleibt angespannt.\n\nZudem seien zwölf Menschen verletzt worden.",
        ),
    ],
)
def test_a_paragraph_not_in_reported_speech_is_the_articles(lang: str, text: str) -> None:
    found = figure_sources(text, lang)
    assert len(found) == 2
    assert found[0][2] != found[1][2]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "fr",
            "Le sous-préfet de Kouango, joint par RNL, évoque pour sa part « une vingtaine de "
            "corps » ramassés dans les rues.",
            "Le sous-préfet de Kouango",
        ),
        (
            "es",
            "El alcalde, contactado por este diario, habla de una veintena de muertos.",
            "El alcalde",
        ),
        ("pt", "O administrador, contactado pela Lusa, fala em 20 mortos.", "O administrador"),
        ("de", "Die Polizei spricht von drei Toten.", "Die Polizei"),
        ("en", "The mayor spoke of 20 dead.", "The mayor"),
    ],
)
def test_a_toll_spoken_of_in_the_present_is_the_speakers(lang: str, text: str, source: str) -> None:
    assert sources(text, lang) == [source]
