"""Who said it on real copy (thirteenth session of 2026-12-07): a side's own word between a
subject and its verb without commas ("в свою очередь", "por su parte"), a body's name with the
armed forces in the genitive ("Генштаб вооруженных сил"), a community's notables as sources,
and "he said" pointing back to an office holder named after the office ("police chief X Y")
(docs/extraction.md, "Sources of figures, thirteenth session").  Every text was written for
these tests in the style of that language's agencies."""

from __future__ import annotations

import pytest

from conflict_events.extract._attribution import extract_attributions


def _names(text: str, lang: str) -> list[str]:
    """The source's name of every attribution, in text order."""
    return [m.attribution.source_name for m in extract_attributions(text, lexicon=lang)]


# -- "X в свою очередь сообщил", "X por su parte informó" (no commas) ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Мэр Курска Игорь Волков в свою очередь сообщил, что ранены четыре человека.", "ru",
         "Мэр Курска Игорь Волков"),
        ("Губернатор Дмитрий Орлов со своей стороны заявил, что погиб один мирный житель.", "ru",
         "Губернатор Дмитрий Орлов"),
        ("Голова громади Василь Ткаченко своєю чергою повідомив, що поранено трьох людей.", "uk",
         "Василь Ткаченко"),
        ("Мер Сум Олена Бойко у свою чергу заявила, що загинули двоє цивільних.", "uk",
         "Мер Сум Олена Бойко"),
        ("La alcaldía de Jamundí por su parte informó que murieron tres personas.", "es",
         "La alcaldía de Jamundí"),
        ("A prefeitura de Belém por sua vez informou que morreram duas pessoas.", "pt",
         "A prefeitura de Belém"),
    ],
)  # fmt: skip
def test_own_word_between_subject_and_verb(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- "Генштаб вооруженных сил Мали заявил" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Командование вооруженных сил Нигера заявило, что убиты 15 боевиков.", "ru",
         "Командование вооруженных сил Нигера"),
        ("Штаб збройних сил Буркіна-Фасо заявив, що знищено 12 бойовиків.", "uk",
         "Штаб збройних сил Буркіна-Фасо"),
    ],
)  # fmt: skip
def test_armed_forces_in_the_genitive(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- "un notable de X a fait état", "élus" --------------------------------------------------------


def test_notable_speaks() -> None:
    text = "Un notable de Diafarabé, joint par téléphone, a de son côté fait état de six morts."
    assert _names(text, "fr") == ["Un notable de Diafarabé"]


# -- "he said" after "district police chief Omar Farouk Said" -------------------------------------


def test_he_points_back_to_an_office_holder() -> None:
    text = (
        "The raid began at dawn, a senior army official said. It lasted two hours, district "
        "police chief Omar Farouk Said told AFP. Five villagers died, he said."
    )
    assert _names(text, "en")[-1] == "police chief Omar Farouk Said"


# -- "добавил представитель полиции": the office repeated bare after its holder was named ---------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Вооруженные люди похитили 12 человек, сообщил представитель полиции штата Ибрахим "
         "Муса. Позже были убиты двое похитителей, добавил представитель полиции.", "ru",
         "представитель полиции штата Ибрахим Муса"),
        ("Окупанти поранили трьох людей, повідомив речник поліції області Іван Мельник. Ще "
         "двоє загинули, додав речник поліції.", "uk", "речник поліції області Іван Мельник"),
    ],
)  # fmt: skip
def test_bare_office_points_back_to_its_holder(text: str, lang: str, name: str) -> None:
    assert _names(text, lang)[-1] == name
