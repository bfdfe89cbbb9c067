"""Who says so on real copy (fifteenth session of 2026-12-07, issue 14): what stands between a
speaker and its verb (a document phrase set off by commas, a relative clause after a speaker
that ends in a lower-case place phrase), a capitalised glue word opening a name, a German name
opening the sentence with a relative clause after it, commissioners' ranks, Russian and
Ukrainian "as is noted" going on with the source named last (docs/casualties-and-claims.md,
"Fifteenth session").  Every text was written for these tests in the style of that language's
agencies."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._attribution import extract_attributions


def _names(text: str, lang: str) -> list[str]:
    """The source's name of every attribution, in text order."""
    return [m.attribution.source_name for m in extract_attributions(text, lexicon=lang)]


# -- the document a speaker spoke in, set off by commas before the verb --------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The defence ministry, in a statement late on Sunday, said 12 soldiers were killed "
         "near Gao.", "en", "The defence ministry"),
        ("La gendarmerie nationale, dans un communiqué diffusé mardi, a indiqué que quatre "
         "civils avaient été tués à Djibo.", "fr", "La gendarmerie nationale"),
        ("La Alcaldía de Tumaco, en un comunicado emitido el lunes, informó que tres jóvenes "
         "murieron en el ataque.", "es", "La Alcaldía de Tumaco"),
        ("A Polícia Militar, em nota divulgada nesta terça-feira, informou que dois suspeitos "
         "morreram no confronto.", "pt", "A Polícia Militar"),
        ("Die Bundespolizei, in einer Mitteilung vom Dienstag, erklärte, dass drei Menschen "
         "verletzt wurden.", "de", "Die Bundespolizei"),
    ],
)  # fmt: skip
def test_a_document_phrase_between_speaker_and_verb(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


def test_a_place_between_commas_still_leaves_the_speaker_after_the_verb() -> None:
    text = "Gunmen killed six traders near the market, in a statement, said the regional army."
    assert _names(text, "en") == ["the regional army"]


# -- a name that opens with a capitalised glue word -----------------------------------------


def test_a_capitalised_glue_word_opens_the_name() -> None:
    text = (
        "Al Mourabitoun, which is linked to the Islamic State, said its fighters had killed "
        "nine soldiers in Menaka."
    )
    assert _names(text, "en") == ["Al Mourabitoun"]


# -- a speaker that ends in a lower-case place phrase ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Un vecino del barrio, que pidió no revelar su nombre, dijo que dos jóvenes murieron "
         "en la balacera.", "es", "Un vecino del barrio"),
        ("Un dirigente de la vereda dijo a la emisora local que cuatro campesinos siguen "
         "desaparecidos.", "es", "Un dirigente de la vereda"),
        ("Un habitant du quartier, qui a requis l'anonymat, a déclaré que trois hommes avaient "
         "été abattus.", "fr", "Un habitant du quartier"),
        ("Um morador do bairro, que pediu para não ser identificado, disse que dois jovens "
         "morreram na operação.", "pt", "Um morador do bairro"),
    ],
)  # fmt: skip
def test_a_speaker_ending_in_a_place_phrase(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


def test_a_description_right_before_the_verb_still_gives_the_name_before_it() -> None:
    text = "Kemi Adeyemi, head of the district clinic, said 11 people were treated."
    assert _names(text, "en") == ["Kemi Adeyemi"]


def test_a_civil_body_speaks() -> None:
    text = "A Kuki civil body, however, claimed that eight villagers were killed in the raid."
    assert _names(text, "en") == ["A Kuki civil body"]


# -- German: the sentence's opening name is no relative clause --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee, die seit Wochen in der Region kämpft, teilte mit, vier Soldaten seien "
        "getötet worden.",
        "Die Polizei, die den Anschlag untersucht, erklärte, zwei Menschen seien verletzt worden.",
    ],
)
def test_a_german_name_opening_the_sentence_before_a_relative_clause(text: str) -> None:
    assert _names(text, "de") == [text.split(",", 1)[0]]


# -- a commissioner's rank belongs to the name set off by commas -----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("O porta-voz da polícia, comissário Jean-Robert Dorval, disse que quatro agentes "
         "morreram.", "pt", "O porta-voz da polícia, comissário Jean-Robert Dorval"),
        ("El vocero de la Policía, comisario Ramón Acosta Leiva, dijo que dos agentes "
         "murieron.", "es", "El vocero de la Policía, comisario Ramón Acosta Leiva"),
    ],
)  # fmt: skip
def test_a_commissioner_rank_before_a_name_set_off(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- ru, uk: "as is noted" goes on with the source named last --------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("Об этом сообщила администрация Курской области.\nКак отмечается, утром дрон атаковал "
         "автобус. Погибли трое мирных жителей.", "ru", "администрация Курской области"),
        ("Про це повідомила Запорізька обласна військова адміністрація.\nЯк зазначається, "
         "вранці дрон атакував автобус. Загинули троє цивільних.", "uk",
         "Запорізька обласна військова адміністрація"),
    ],
)  # fmt: skip
def test_as_is_noted_goes_on_with_the_source(text: str, lang: str, source: str) -> None:
    assert _names(text, lang) == [source, source]
    report = extract_report(text, lexicon=lang, published=dt.date(2026, 5, 4))
    assert [r.attribution.source_name for r in report.casualties] == [source]


# -- a by-phrase's name ends before the sentence's verb of saying ----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Un premier bilan transmis lundi par une source hospitalière faisait état de six "
         "morts.", "fr", "une source hospitalière"),
        ("Un primer reporte difundido por la Fiscalía hablaba de cuatro muertos.", "es",
         "la Fiscalía"),
        ("Um primeiro balanço divulgado pela Defesa Civil falava em cinco mortos.", "pt",
         "Defesa Civil"),
    ],
)  # fmt: skip
def test_a_by_phrase_ends_before_the_verb(text: str, lang: str, name: str) -> None:
    assert _names(text, lang)[0] == name


# -- a demonstrative that is also a pronoun, before a person's noun -------------------------


def test_a_demonstrative_before_a_persons_noun_points_back() -> None:
    text = (
        "Selon un responsable communal joint par l'AFP, douze villageois ont été tués. "
        '"Nous avons enterré quatre enfants ce matin", a ajouté ce responsable sous couvert '
        "d'anonymat."
    )
    assert _names(text, "fr") == ["un responsable communal"] * 2


def test_a_pronoun_ce_is_still_no_speaker() -> None:
    assert _names("Le maire a dit ce que les habitants savaient déjà.", "fr") == ["Le maire"]
