"""Parts that point back and runs of single victims (ninth session, F3a;
docs/casualties-and-claims.md, "Ninth session (F3a): parts that point back"), on sentences
written for these tests in every language that has the construction."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import part_figures

from conflict_events import extract_report

# --- "N of them" after a mark, in Arabic (its own comma), and after a noun of their state ----


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("ar", "قتل عشرة أشخاص، سبعة منهم أطفال.",
         ("killed", "total", 7, "سبعة منهم", "عشرة أشخاص")),
        ("ar", "قتل ستة جنود، اثنان منهم ضباط.",
         ("killed", "combatants", 2, "اثنان منهم", "ستة جنود")),
        ("ar", "أصيب ثمانية مدنيين، ثلاثة منهم في حالة خطيرة.",
         ("injured", "civilians", 3, "ثلاثة منهم", "ثمانية مدنيين")),
        ("ar", "استقبل المستشفى 31 جريحا، حالة خمسة منهم حرجة.",
         ("injured", "total", 5, "خمسة منهم", "31 جريحا")),
        ("ar", "أصيب 20 شخصاً، وإصابات ستة منهم خطيرة.",
         ("injured", "total", 6, "ستة منهم", "20 شخصاً")),
    ],
)  # fmt: skip
def test_of_them_after_an_arabic_mark_is_a_part(
    lang: str, text: str, part: tuple[object, ...]
) -> None:
    assert part in part_figures(text, lang)


def test_of_them_as_a_verbs_object_is_no_part() -> None:
    # "released four of them": no mark before the count, a verb's object
    found = part_figures("اعتقلت القوات عشرة أشخاص وأفرجت عن أربعة منهم.", "ar")
    assert all(p[4] is None for p in found)


# --- the parts after "N of them" ("اقتادوا أربعة منهم، بينهم شقيقان") -----------------------


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("ar", "هاجم مسلحون القرية واقتادوا ستة منهم، بينهم شقيقان، إلى مكان مجهول.",
         ("captured", "civilians", 2, "شقيقان", "ستة")),
        ("en", "The gunmen abducted four of them, including two brothers.",
         ("captured", "civilians", 2, "two brothers", "four of them")),
    ],
)  # fmt: skip
def test_parts_after_of_them(lang: str, text: str, part: tuple[object, ...]) -> None:
    assert part in part_figures(text, lang)


# --- Turkish: a part before its total, its count with a possessive ending ------------------


@pytest.mark.parametrize(
    ("text", "total", "part"),
    [
        ("Saldırıda 4'ü çocuk 7 sivil hayatını kaybetti.",
         ("killed", "civilians", 7, "7 sivil", None),
         ("killed", "civilians", 4, "4'ü çocuk", "7 sivil")),
        ("Yetkililer, bombardımanda 3'ü kadın 8 sivilin öldüğünü açıkladı.",
         ("killed", "civilians", 8, "8 sivilin", None),
         ("killed", "civilians", 3, "3'ü kadın", "8 sivilin")),
        ("Çatışmada 2'si asker 6 kişi yaralandı.",
         ("injured", "total", 6, "6 kişi", None),
         ("injured", "combatants", 2, "2'si asker", "6 kişi")),
    ],
)  # fmt: skip
def test_a_turkish_part_before_its_total(
    text: str, total: tuple[object, ...], part: tuple[object, ...]
) -> None:
    found = part_figures(text, "tr")
    assert total in found
    assert part in found


def test_a_turkish_count_without_the_ending_is_no_part() -> None:
    # "3 çocuk 5 sivil": two counts, no "of them"
    found = part_figures("Saldırıda 3 çocuk 5 sivil öldü.", "tr")
    assert all(p[4] is None for p in found)


# --- Arabic: a dual noun before its dual verb counts two ------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("شقيقان قتلا في القصف على الحي.", ("killed", "civilians", 2, "شقيقان", None)),
        ("طفلان أصيبا بشظايا القذيفة.", ("injured", "civilians", 2, "طفلان", None)),
        ("جنديان قُتلا في الكمين.", ("killed", "combatants", 2, "جنديان", None)),
        ("شابان اختطفا قرب البلدة.", ("captured", "total", 2, "شابان", None)),
    ],
)  # fmt: skip
def test_an_arabic_dual_subject_counts_two(text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, "ar")


# --- runs of single victims after a count -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("ru", "Погибли двое: пенсионер и боец местной самообороны.",
         ("killed", "combatants", 1, "боец", "двое")),
        ("ru", "Ранены трое: 47-летний мужчина, его жена и боец ополчения.",
         ("injured", "combatants", 1, "боец", "трое")),
        ("uk", "Загинули двоє: пенсіонерка і боєць місцевої тероборони.",
         ("killed", "combatants", 1, "боєць", "двоє")),
        ("fr", "Trois personnes ont été tuées : un homme de 58 ans, sa femme et leur "
         "petit-fils.", ("killed", "civilians", 1, "leur petit-fils", "Trois personnes")),
        ("fr", "Deux villageois ont été blessés, dont un berger et leur fils.",
         ("injured", "civilians", 1, "leur fils", "Deux villageois")),
        ("de", "Drei Menschen wurden verletzt, darunter ein Händler und sein Sohn.",
         ("injured", "civilians", 1, "sein Sohn", "Drei Menschen")),
        ("de", "Zwei Menschen starben, darunter eine Lehrerin und ihr Enkel.",
         ("killed", "civilians", 1, "ihr Enkel", "Zwei Menschen")),
    ],
)  # fmt: skip
def test_a_single_victim_in_a_run_is_a_part(lang: str, text: str, part: tuple[object, ...]) -> None:
    assert part in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # a possessive of one person opens a list member only: "leur foyer" after an outcome
        # is no person, and the figure before it stays
        ("fr", "Les combats ont contraint plus de 150 000 habitants à fuir leur village.",
         ("displaced", "civilians", 150000, "plus de 150 000 habitants", None)),
        ("de", "Mehr als 3000 Menschen flohen vor den Kämpfen und verließen ihr Dorf.",
         ("displaced", "total", 3000, "Mehr als 3000 Menschen", None)),
    ],
)  # fmt: skip
def test_a_possessive_after_an_outcome_is_no_person(
    lang: str, text: str, figure: tuple[object, ...]
) -> None:
    assert part_figures(text, lang) == [figure]


# --- one of them, and the other N ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "one of them" with the pronoun joined: one of the people just counted
        ("اختطف مسلحون ثلاثة صيادين وعُثر لاحقاً على جثة أحدهم.",
         ("killed", "civilians", 1, "أحدهم", None)),
        ("اختطف مسلحون ستة مزارعين ثم عُثر على أحدهم مقتولاً قرب الوادي.",
         ("killed", "civilians", 1, "أحدهم", None)),
        # the definite number with "the others", and "in the grip of" the captors
        ("خطف مسلحون سبعة رعاة وقتلوا أحدهم فيما لا يزال الستة الآخرون في قبضة الخاطفين.",
         ("captured", "civilians", 6, "الستة الآخرون", None)),
        ("قتل شرطي وأصيب الثلاثة الآخرون بجروح.",
         ("injured", "combatants", 3, "الثلاثة الآخرون", None)),
    ],
)  # fmt: skip
def test_arabic_one_of_them_and_the_others(text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, "ar")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # an article after "killed and" opens a new subject, the others, not a second verb
        ("fr", "Un gendarme a été tué et les deux autres ont été blessés.",
         ("injured", "combatants", 2, "deux autres", None)),
        ("fr", "Un berger a été tué et les quatre autres blessés.",
         ("injured", "civilians", 4, "quatre autres blessés", None)),
    ],
)  # fmt: skip
def test_the_others_after_a_passive_and_an_article(
    lang: str, text: str, figure: tuple[object, ...]
) -> None:
    assert figure in part_figures(text, lang)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a part named before its total joins its total's report and points at it
        ("Saldırıda 4'ü çocuk 9 sivil hayatını kaybetti.",
         [("killed", "civilians", 9, None, None), ("killed", "civilians", 4, 0, "çocuk")]),
        ("Çatışmada 3'ü asker 7 kişi öldü.",
         [("killed", "total", 7, None, None), ("killed", "combatants", 3, 0, None)]),
        ("Patlamada aralarında 2 kadının da bulunduğu 8 sivil yaralandı.",
         [("injured", "civilians", 8, None, None), ("injured", "civilians", 2, 0, "kadının")]),
    ],
)  # fmt: skip
def test_a_part_before_its_total_in_a_report(text: str, figures: list[tuple[object, ...]]) -> None:
    report = extract_report(text, published=dt.date(2026, 3, 1), lexicon="tr")
    assert [
        (f.outcome.value, f.group, f.count.low, f.part_of, f.subgroup)
        for r in report.casualties
        for f in r.figures
    ] == figures
