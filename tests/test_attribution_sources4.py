"""Who said it, fourth round (issue 14, sixth session of 2026-12-06): the thing a source
announces is no speaker, a report noun's owner, an acronym of a name's lower-case words, a
relative clause's verb, a document's author as a subject, words between a speaker and its
verb, counting verbs, and an accusing participle (docs/casualties-and-claims.md, "Fourth
round").  Every text was written for these tests in the style of that language's agencies."""

from __future__ import annotations

import pytest

from conflict_events.extract._attribution import extract_attributions


def _names(text: str, lang: str) -> list[str]:
    """The source's name of every attribution, in text order."""
    return [m.attribution.source_name for m in extract_attributions(text, lexicon=lang)]


def _claims(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (m.attribution.source_name, m.attribution.claim.value)
        for m in extract_attributions(text, lexicon=lang)
    ]


# -- the thing announced, a verbal noun, is no speaker (ar) ---------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "أعلنت وزارة الدفاع في بيان نشر تعزيزات عسكرية على الحدود، مشيرة إلى مقتل ثلاثة جنود.",
            ["وزارة الدفاع"],
        ),
        (
            "وأعلن الدفاع المدني نقل الجرحى إلى مستشفى المدينة بعد مقتل خمسة أشخاص.",
            ["الدفاع المدني"],
        ),
        ("أعلنت الشرطة رصد تحركات مسلحة قرب القرية.", ["الشرطة"]),
    ],
)
def test_a_verbal_noun_after_a_report_is_what_it_reports(text: str, names: list[str]) -> None:
    assert _names(text, "ar") == names


def test_a_second_verb_with_its_own_conjunction_still_reports() -> None:
    text = "قال المرصد إن عشرة أشخاص قتلوا. ونقلت وكالة الأنباء الرسمية عن مصدر طبي مقتل ثمانية."
    assert _names(text, "ar") == ["المرصد", "وكالة الأنباء الرسمية"]


# -- a counting verb (ar, es, pt) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "أفادت الشبكة السورية لحقوق الإنسان بمقتل 20 مدنياً. وكانت الشبكة قد أحصت في "
            "حصيلة سابقة مقتل 12 شخصاً.",
            "ar",
            ["الشبكة السورية لحقوق الإنسان", "الشبكة السورية لحقوق الإنسان"],
        ),
        ("وأحصى المرصد مقتل ستة عناصر من قوات النظام.", "ar", ["المرصد"]),
        (
            "En un comunicado, el MST habló de cuatro campesinos muertos.",
            "es",
            ["el MST"],
        ),
        (
            "Em nota, a Federação dos Trabalhadores falou em dois trabalhadores mortos e disse "
            "que a polícia chegou tarde.",
            "pt",
            ["a Federação dos Trabalhadores"],
        ),
    ],
)
def test_a_verb_of_counting_or_of_a_toll_reports(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang)[: len(names)] == names


# -- a report noun's owner in the genitive (tr) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AFAD'ın ilk açıklamasında 12 kişinin yaralandığı bildirilmişti.", "AFAD"),
        (
            "Sağlık Bakanlığının yazılı açıklamasında 4 kişinin hayatını kaybettiği belirtildi.",
            "Sağlık Bakanlığı",
        ),
        ("Valiliğin son açıklamasında 3 kişinin kaybolduğu ifade edildi.", "Valilik"),
    ],
)
def test_the_owner_of_a_possessed_report_noun_speaks(text: str, name: str) -> None:
    assert _names(text, "tr") == [name]


def test_an_owner_acronym_points_back_to_the_name_that_brackets_it() -> None:
    text = (
        "Milli Savunma Bakanlığından (MSB) yapılan açıklamada 2 askerin şehit olduğu "
        "belirtildi.\n\nMSB'nin ilk açıklamasında 3 askerin yaralandığı bildirilmişti."
    )
    assert _names(text, "tr") == ["Milli Savunma Bakanlığı", "Milli Savunma Bakanlığı"]


def test_a_report_noun_opening_its_sentence_keeps_the_earlier_reading() -> None:
    text = (
        "İçişleri Bakanlığı 5 kişinin gözaltına alındığını duyurdu. Açıklamada, 2 kişinin "
        "yaralandığı ifade edildi."
    )
    assert _names(text, "tr") == ["İçişleri Bakanlığı", "İçişleri Bakanlığı"]


# -- an acronym of the lower-case words of a name (uk) --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Двоє людей загинули, повідомили в Одеській обласній військовій адміністрації. "
            "За даними ОВА, ще п'ятеро поранені.",
            "uk",
            "Одеська обласна військова адміністрація",
        ),
        (
            "Про це повідомив начальник Херсонської міської військової адміністрації Роман "
            "Мрочко. Пізніше в МВА уточнили, що поранено трьох людей.",
            "uk",
            "МВА",
        ),
        (
            "Троє людей загинули, повідомили в Дніпропетровській обласній державній "
            "адміністрації. За даними ОДА, ще четверо поранені.",
            "uk",
            "Дніпропетровська обласна державна адміністрація",
        ),
    ],
)
def test_an_acronym_of_a_names_lower_case_words_names_it(text: str, lang: str, name: str) -> None:
    # (a person's title that holds the body's name is no name of the body: "МВА" stays)
    assert _names(text, lang)[-1] == name


def test_a_two_letter_acronym_is_not_read_from_lower_case_words() -> None:
    text = (
        "Двоє людей загинули, повідомили в Одеській обласній адміністрації. За даними ОА, "
        "ще п'ятеро поранені."
    )
    assert _names(text, "uk") == ["Одеська обласна адміністрація", "ОА"]


# -- a relative clause's verb speaks for the sentence's subject (es, pt, en) ----------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "La Fiscalía de Sonora, que en un primer informe había contabilizado cuatro "
            "muertos, elevó la cifra a seis.",
            "es",
            "La Fiscalía de Sonora",
        ),
        (
            "A Defesa Civil, que num primeiro balanço havia contabilizado três mortos, "
            "atualizou o número para cinco.",
            "pt",
            "A Defesa Civil",
        ),
        (
            "The health ministry, which had earlier reported nine dead, raised the toll to 15.",
            "en",
            "The health ministry",
        ),
    ],
)
def test_a_relative_clause_speaks_for_the_name_it_describes(
    text: str, lang: str, name: str
) -> None:
    assert set(_names(text, lang)) == {name}


def test_a_relative_clause_after_an_apposition_names_nobody_new() -> None:
    # the name before the relative's comma is not the sentence's subject: the clause may
    # describe any of the names before it
    text = (
        "L'attaque a été revendiquée par le Front de libération, allié du Groupe Nord, qui "
        "affirme avoir tué 12 soldats."
    )
    assert "Groupe Nord" not in _names(text, "fr")


# -- a document's author as the subject (pt, es) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Dados da CPT apontam que 31 pessoas foram assassinadas em 2024.", "pt", "CPT"),
        (
            "Los datos de la Defensoría indican que 14 personas murieron en conflictos.",
            "es",
            "la Defensoría",
        ),
    ],
)
def test_a_report_noun_before_its_author_gives_the_author(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


def test_a_name_that_opens_with_a_report_word_and_no_glue_stays_whole() -> None:
    text = "Balanço Geral informou que três pessoas morreram."
    assert _names(text, "pt") == ["Balanço Geral"]


# -- words between the speaker and the verb (fr, en) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Un responsable local a pour sa part fait état de trois blessés.",
            "fr",
            "Un responsable local",
        ),
        (
            "Les autorités ont pour leur part indiqué que deux personnes avaient été tuées.",
            "fr",
            "Les autorités",
        ),
        ("Police on Friday said three people were killed.", "en", "Police"),
        (
            "Security forces on Sunday announced the arrest of 12 suspects.",
            "en",
            "Security forces",
        ),
    ],
)
def test_words_between_a_speaker_and_its_verb(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- an accusing verb as a participle describing a noun (en, es, de) ----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police arrested 12 men accused of smuggling weapons to the rebels.", "en"),
        ("Troops killed three herders accused of supplying the militants.", "en"),
        ("La policía detuvo a un hombre acusado de transportar explosivos.", "es"),
        (
            "Festgenommen wurden vier Männer, die beschuldigt werden, Waffen geschmuggelt "
            "zu haben.",
            "de",
        ),
    ],
)
def test_an_accusing_participle_is_no_claim(text: str, lang: str) -> None:
    assert _claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Rebels accused the army of killing five villagers.", "en", "Rebels"),
        ("The group has accused the militia of killing 20 people.", "en", "The group"),
        ("El alcalde acusó a los soldados de matar a dos jóvenes.", "es", "El alcalde"),
    ],
)
def test_an_accusing_verb_with_its_object_is_an_allegation(text: str, lang: str, name: str) -> None:
    assert _claims(text, lang) == [(name, "alleged")]


# -- an article inside a name (tr) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Yerel bir insan hakları grubu, saldırıda 8 kişinin öldüğünü açıkladı.",
            "Yerel insan hakları grubu",
        ),
        ("Bir yetkili, 3 kişinin yaralandığını söyledi.", "Bir yetkili"),
    ],
)
def test_an_article_inside_a_turkish_name_goes(text: str, name: str) -> None:
    assert _names(text, "tr") == [name]


# -- an organisation described, not named (pt, es, en) --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "A Frente Nacional de Libertação reivindicou o ataque. Em comunicado, o braço "
            "armado do movimento separatista afirma que sete soldados foram mortos.",
            "pt",
            "A Frente Nacional de Libertação",
        ),
        (
            "El Ejército de Liberación Nacional (ELN) se atribuyó la emboscada. En un "
            "comunicado, el brazo político del grupo guerrillero aseguró que tres soldados "
            "murieron.",
            "es",
            "El Ejército de Liberación Nacional (ELN)",
        ),
    ],
)
def test_a_description_of_an_organisation_names_the_one_named_before(
    text: str, lang: str, name: str
) -> None:
    assert _names(text, lang)[-1] == name


def test_a_description_with_no_organisation_head_names_nobody() -> None:
    text = "Em comunicado, o braço armado afirma que dois homens foram mortos."
    assert _names(text, "pt") == []


# -- a side that admits its losses; a hyphenated acronym (pt, es, en) -----------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A Frente de Libertação do Estado de Cabinda (FLEC-FAC) reivindicou o ataque. A "
            "FLEC-FAC admite ter perdido dois combatentes.",
            "pt",
            (
                "A Frente de Libertação do Estado de Cabinda (FLEC-FAC)",
                "confirmed",
            ),
        ),
        (
            "El ELN admitió la muerte de dos de sus combatientes.",
            "es",
            ("El ELN", "confirmed"),
        ),
        (
            "The army acknowledged that four soldiers were killed.",
            "en",
            ("The army", "confirmed"),
        ),
    ],
)
def test_a_side_admitting_its_losses_confirms(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert _claims(text, lang)[-1] == expected


# -- a trailing "according to" after a subject's verb governs its clause (pt, es, en) ------


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "O Ceará registrou 500 mortes violentas em 2024, de acordo com o Fórum Brasileiro "
            "de Segurança Pública.",
            "pt",
            "o Fórum Brasileiro de Segurança Pública",
        ),
        (
            "Sinaloa registró 1.200 homicidios en 2024, según el Secretariado Ejecutivo.",
            "es",
            "el Secretariado Ejecutivo",
        ),
    ],
)
def test_a_trailing_according_to_governs_the_figure(text: str, lang: str, source: str) -> None:
    mentions = extract_attributions(text, lexicon=lang)
    figure = text.index(next(w for w in text.split() if w[0].isdigit()))
    governing = [m for m in mentions if m.clause_start <= figure < m.clause_end]
    assert [m.attribution.source_name for m in governing] == [source]


def test_two_clauses_each_keep_their_source() -> None:
    text = "The Red Crescent reported 30 dead, while the interior ministry said 45 people died."
    mentions = extract_attributions(text)
    at = {m.attribution.source_name: (m.clause_start, m.clause_end) for m in mentions}
    start, end = at["The Red Crescent"]
    assert start <= text.index("30") < end


# -- a title and names in apposition after a genitive head (uk, ru) ------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "За словами адміністратора території Бені полковника Жана-Клода Мусаве, "
            "загинули 12 людей.",
            "uk",
            "адміністратор території Бені полковник Жан-Клод Мусаве",
        ),
        (
            "По словам губернатора области генерала Ивана Петрова, погибли трое.",
            "ru",
            "губернатор области генерал Иван Петров",
        ),
    ],
)
def test_a_title_in_apposition_is_put_back_in_the_nominative(
    text: str, lang: str, name: str
) -> None:
    assert _names(text, lang) == [name]


# -- "the same official" points back (pt, es, en) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Segundo o coordenador da Liga dos Direitos Humanos, Luís Vaz, dez pessoas foram "
            "detidas. O mesmo responsável disse que 15 pessoas receberam tratamento.",
            "pt",
            "o coordenador da Liga dos Direitos Humanos, Luís Vaz",
        ),
        (
            "El portavoz del Ejército, coronel Juan Ruiz, dijo que cuatro soldados murieron. El "
            "mismo portavoz añadió que hay dos heridos.",
            "es",
            "El portavoz del Ejército, coronel Juan Ruiz",
        ),
        (
            "Col. Ahmed Musa said 5 soldiers died. The same official said 3 more were hurt.",
            "en",
            "Col. Ahmed Musa",
        ),
    ],
)
def test_the_same_source_is_the_one_named_before(text: str, lang: str, name: str) -> None:
    assert _names(text, lang)[-1] == name


def test_witnesses_and_leaders_are_one_source() -> None:
    text = "A polícia deteve dezenas de pessoas, disseram à Lusa testemunhas e dirigentes locais."
    assert _names(text, "pt") == ["testemunhas e dirigentes locais"]


# -- a word for any organisation after another organisation opened the sentence before (es, pt)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Cinco soldados murieron, informó el Ejército. La Gobernación de Antioquia condenó "
            "el ataque. Según la entidad, 300 personas huyeron.",
            "es",
            "La Gobernación de Antioquia",
        ),
        (
            "Dois polícias morreram, informou a PM. A Prefeitura de Belém lamentou o ataque. "
            "Segundo a entidade, 40 famílias deixaram as casas.",
            "pt",
            "A Prefeitura de Belém",
        ),
    ],
)
def test_a_generic_organisation_word_names_the_body_that_opened_the_sentence_before(
    text: str, lang: str, name: str
) -> None:
    assert _names(text, lang)[-1] == name


def test_a_generic_organisation_word_after_a_source_alone_is_that_source() -> None:
    text = "Cinco soldados murieron, informó el Ejército Nacional. Según la entidad, hay 3 heridos."
    assert _names(text, "es") == ["el Ejército Nacional", "el Ejército Nacional"]


# -- a body's acronym after the bracketed acronym of its part (ru) -------------------------


def test_the_owners_acronym_after_a_bracketed_acronym_belongs_to_the_name() -> None:
    text = "Задержаны двое, сообщили ТАСС в Центре общественных связей (ЦОС) ФСБ."
    assert _names(text, "ru") == ["Центр общественных связей (ЦОС) ФСБ"]
