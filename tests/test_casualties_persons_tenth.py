"""One victim named by who they are, in the languages with no article (issue 14, the tenth
session of 2026-12-07, persons_b): an ordinal pointing back, the ordinal of a gapped clause,
a possessive opening a clause of its own, and nouns of persons real copy names; sentences
written for these tests, with sentences that must stay as they were
(docs/casualties-and-claims.md, "Tenth session (persons_b): one victim named by who they are")."""

from __future__ import annotations

import pytest
from reading import part_figures


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an ordinal alone, after its verb, is one more of the people just counted
        ("ar", "قتل ثلاثة مدنيين وأصيب رابع في القصف.", ("injured", "civilians", 1, "رابع", None)),
        ("ru", "Трое бойцов погибли, четвертый ранен.", ("injured", "combatants", 1, "четвертый", None)),
        ("ru", "Один военнослужащий погиб, второй ранен.", ("injured", "combatants", 1, "второй", None)),
        ("uk", "Двоє рятувальників загинули, третій поранений.", ("injured", "civilians", 1, "третій", None)),
        ("uk", "Один військовий загинув, другий поранений.", ("injured", "combatants", 1, "другий", None)),
        # the ordinal of a gapped clause borrows the verb before the dash
        (
            "ru",
            "Один пенсионер скончался сразу, второй – в машине скорой помощи.",
            ("killed", "civilians", 1, "второй", None),
        ),
        (
            "uk",
            "Одна пенсіонерка загинула на місці, третя — у реанімації.",
            ("killed", "civilians", 1, "третя", None),
        ),
        # a possessive opens a clause of its own after a comma
        (
            "ru",
            "Погиб 60-летний фермер, его супруга ранена осколками.",
            ("injured", "civilians", 1, "его супруга", None),
        ),
        (
            "ru",
            "Погибла пожилая женщина, ее 12-летний внук госпитализирован.",
            ("injured", "civilians", 1, "ее 12-летний внук", None),
        ),
        (
            "uk",
            "Загинув 48-річний водій, його дружина поранена.",
            ("injured", "civilians", 1, "його дружина", None),
        ),
        (
            "uk",
            "Загинула пенсіонерка, її 11-річна онука госпіталізована.",
            ("injured", "civilians", 1, "її 11-річна онука", None),
        ),
        # nouns of persons: a passenger, a spouse, a suspect in a case, a seller, a commander
        ("ru", "Ранена 64-летняя пассажирка автобуса.", ("injured", "civilians", 1, "64-летняя пассажирка", None)),
        (
            "ru",
            "Еще один фигурант оказал сопротивление и был ликвидирован.",
            ("killed", "total", 1, "один фигурант", None),
        ),
        ("ru", "Ещё один боевик был ликвидирован в перестрелке.", ("killed", "combatants", 1, "один боевик", None)),
        (
            "uk",
            "Ще один фігурант чинив опір і був ліквідований.",
            ("killed", "total", 1, "один фігурант", None),
        ),
        ("ar", "قتل بائع في سوق المدينة بقذيفة.", ("killed", "civilians", 1, "بائع", None)),
        ("ar", "أسفر الانفجار عن مقتل راعٍ قرب القرية.", ("killed", "civilians", 1, "راعٍ", None)),
        ("ar", "قتل مزارع وأصيبت شقيقته في الغارة.", ("injured", "civilians", 1, "شقيقته", None)),
        ("ar", "قتل آمر الفوج في الكمين.", ("killed", "combatants", 1, "آمر", None)),
        # a relative clause or a participle phrase between commas before the verb
        (
            "ru",
            "Трое полицейских, пытавшихся задержать нападавших, были застрелены.",
            ("killed", "combatants", 3, "Трое полицейских", None),
        ),
        (
            "ru",
            "Четверо рыбаков, которые вышли в море, пропали без вести.",
            ("missing", "civilians", 4, "Четверо рыбаков", None),
        ),
        (
            "uk",
            "Двоє фермерів, які працювали в полі, загинули.",
            ("killed", "civilians", 2, "Двоє фермерів", None),
        ),
        ("uk", "Невідомі застрелили трьох фермерів.", ("killed", "civilians", 3, "трьох фермерів", None)),
        # "more" between a verb phrase and its count
        (
            "ru",
            "За медицинской помощью обратились еще трое жителей.",
            ("injured", "civilians", 3, "трое жителей", None),
        ),
        ("uk", "Згодом ще один чоловік звернувся по допомогу.", ("injured", "total", 1, "один чоловік", None)),
        # a Turkish kin noun with its possessive ending is one person
        ("tr", "Saldırıda bir öğretmen ile babası yaralandı.", ("injured", "civilians", 1, "babası", None)),
        ("tr", "Patlamada 2 çoban ve amcası hayatını kaybetti.", ("killed", "civilians", 1, "amcası", None)),
    ],
)  # fmt: skip
def test_one_person_named_by_who_they_are(
    lang: str, text: str, expected: tuple[object, ...]
) -> None:
    assert expected in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        # the clause after the dash has an outcome of its own: no borrowed verb
        ("ru", "Двое солдат погибли, третий – в плену.", ("killed", "combatants", 1, "третий", None)),
        # a possessive's clause with no outcome: the wife is no victim
        ("ru", "Погиб водитель, его супруга рассказала о случившемся.", ("killed", "civilians", 1, "его супруга", None)),
        ("uk", "Загинув водій, його дружина розповіла про обстріл.", ("killed", "civilians", 1, "його дружина", None)),
        # a possessive's clause with an outcome of its own keeps it
        ("ru", "Погиб водитель, его супруга ранена.", ("killed", "civilians", 1, "его супруга", None)),
        # an outcome noun opening the phrase between commas: no clause of the subject
        ("ru", "Двое мужчин, пострадавших при взрыве, скончались.", ("killed", "total", 2, "Двое мужчин", None)),
    ],
)  # fmt: skip
def test_what_stays_out(lang: str, text: str, unexpected: tuple[object, ...]) -> None:
    assert unexpected not in part_figures(text, lang)


def test_a_list_after_a_possessive_stays_a_list() -> None:
    text = "Погибли трое: 50-летний мужчина, его жена и 7-летний сын."
    assert ("killed", "civilians", 1, "его жена", "трое") in part_figures(text, "ru")
