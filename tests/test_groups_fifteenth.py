"""The group of a found figure on real copy (fifteenth session; docs/casualties-and-claims.md,
"Fifteenth session: the group of a found figure"): a noun for the other side written with
Arabic tanween, "N of them" after a figure whose side the other-side rule named, wounded who
died joining the dead's group, a state force's noun with Arabic's joined article, a part of a
count of suspects, a noun of either gender after a feminine count word, and the names of
two armed parties in more languages.  Variant sentences of our own, in every language that
has the construction."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from conflict_events import ActorRegistry, extract_report
from conflict_events.extract._casualties import find_casualties


@functools.cache
def _registry() -> ActorRegistry:
    return ActorRegistry.default()


def _figures(lang: str, text: str) -> list[tuple[str, str, int | None]]:
    report = extract_report(text, published=dt.date(2025, 5, 6), lexicon=lang, registry=_registry())
    return [(f.outcome.value, f.group, f.count.low) for r in report.casualties for f in r.figures]


# -- the other side: tanween, and "N of them" after its figure ---------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "هجوم لحركة الشباب على قاعدة عسكرية في الصومال\n\n"
            "قال الجيش الصومالي إنه قتل نحو عشرين إرهابياً وأسر خمسة منهم خلال المعارك قرب"
            " بلدة بارديري.\n\n"
            "وتنشط في شمال البلاد أيضاً خلايا تابعة لتنظيم الدولة الإسلامية منذ عام 2015.",
        ),
        (
            "en",
            "Al-Shabaab fighters attack army base in Somalia\n\n"
            "The Somali army said it killed about 20 militants and captured five of them near"
            " Bardere.\n\n"
            "Islamic State cells have also been active in Puntland since 2015.",
        ),
    ],
)
def test_other_side_and_n_of_them(lang: str, text: str) -> None:
    figures = _figures(lang, text)
    assert ("killed", "actor:al-shabaab", 20) in figures
    assert ("captured", "actor:al-shabaab", 5) in figures


# -- wounded who died join the dead ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Drone strike hits market in Kadugli\n\nThe strike killed six civilians and wounded"
            " 15 people, the health office said. Two of the wounded later died in hospital.",
        ),
        (
            "fr",
            "Frappe de drone sur un marché à Kadugli\n\nLa frappe a tué six civils et blessé 15"
            " personnes, selon le bureau de santé. Deux des blessés sont morts plus tard à"
            " l'hôpital.",
        ),
        (
            "es",
            "Ataque con dron contra un mercado en Kadugli\n\nEl ataque mató a seis civiles e"
            " hirió a 15 personas, según la oficina de salud. Dos de los heridos murieron"
            " después en el hospital.",
        ),
        (
            "pt",
            "Ataque de drone atinge mercado em Kadugli\n\nO ataque matou seis civis e feriu 15"
            " pessoas, segundo o gabinete de saúde. Dois dos feridos morreram depois no"
            " hospital.",
        ),
        (
            "ru",
            "Удар дрона по рынку в Кадугли\n\nВ результате удара погибли шесть мирных жителей,"
            " 15 человек ранены. Позднее двое из раненых скончались в больнице.",
        ),
        (
            "uk",
            "Удар дрона по ринку в Кадуглі\n\nВнаслідок удару загинули шестеро цивільних, 15"
            " людей поранені. Згодом двоє з поранених померли в лікарні.",
        ),
        (
            "ar",
            "قصف بمسيرة على سوق في كادقلي\n\nقُتل ستة مدنيين وأصيب 15 شخصاً في القصف، بحسب"
            " مكتب الصحة، قبل أن يتوفى اثنان من الجرحى في المستشفى.",
        ),
    ],
)
def test_wounded_who_died_join_the_dead(lang: str, text: str) -> None:
    figures = _figures(lang, text)
    assert ("injured", "total", 15) in figures
    assert ("killed", "civilians", 2) in figures


def test_wounded_who_died_among_dead_of_several_groups_stay_total() -> None:
    text = (
        "Shelling hits Kadugli\n\nThe shelling killed three soldiers and four civilians and"
        " wounded 15 people. Two of the wounded later died in hospital."
    )
    assert ("killed", "total", 2) in _figures("en", text)


# -- a state force's noun with Arabic's joined article -----------------------------------------


def test_force_noun_with_joined_article() -> None:
    text = (
        "النيجر: هجوم لتنظيم الدولة الإسلامية على موقع للجيش\n\n"
        "نيامي (أ ف ب) - ارتفعت حصيلة الهجوم الذي شنه مسلحون على موقع عسكري قرب تيلابيري"
        " إلى 14 قتيلاً من الجنود، بحسب بيان لوزارة الدفاع النيجرية."
    )
    assert ("killed", "actor:niger-mil", 14) in _figures("ar", text)


# -- a part of a count of suspects --------------------------------------------------------------


def _parts(lang: str, text: str) -> list[tuple[str, str | None]]:
    return [
        (m.figure.group, m.figure.subgroup)
        for m in find_casualties(text, lexicon=lang, registry=_registry())
        if m.role == "breakdown"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police arrested five suspects, including a 15-year-old boy, in Kaduna."),
        ("fr", "Les gendarmes ont arrêté cinq suspects, dont deux mineurs."),
        ("es", "Los agentes detuvieron a cuatro sospechosos, entre ellos un menor de edad."),
        ("pt", "A polícia prendeu quatro suspeitos, entre eles um adolescente de 17 anos."),
        ("de", "Die Polizei nahm vier Verdächtige fest, darunter ein 15-jähriges Mädchen."),
        ("ru", "Полиция задержала пятерых подозреваемых, в том числе подростка."),
        ("uk", "Поліція затримала чотирьох підозрюваних, серед яких двоє неповнолітніх."),
        ("tr", "Operasyonda aralarında 2 çocuğun da bulunduğu 9 şüpheli gözaltına alındı."),
        ("ar", "واعتقلت الشرطة خمسة مشتبهين، بينهم طفل."),
    ],
)
def test_part_of_suspects_is_a_suspect(lang: str, text: str) -> None:
    parts = _parts(lang, text)
    assert len(parts) == 1
    group, subgroup = parts[0]
    assert group == "total"
    assert subgroup is not None


def test_part_of_people_keeps_its_own_group() -> None:
    text = "Gunmen abducted nine people, including a 15-year-old boy, in Kaduna."
    assert [g for g, _ in _parts("en", text)] == ["civilians"]


# -- a noun of either gender after a feminine count word ----------------------------------------


def _groups(lang: str, text: str) -> list[str]:
    return [m.figure.group for m in find_casualties(text, lexicon=lang, registry=_registry())]


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("es", "Los hombres armados secuestraron a varias jóvenes en la aldea.", "civilians"),
        ("es", "Una joven murió en el tiroteo del sábado.", "civilians"),
        ("es", "Murieron tres jóvenes en el ataque.", "total"),
        ("pt", "Duas jovens foram mortas a tiro no bairro.", "civilians"),
        ("pt", "Dois jovens foram mortos a tiro no bairro.", "total"),
        ("fr", "Une jeune a été tuée par balle à Port-au-Prince.", "civilians"),
        ("fr", "Trois jeunes ont été tués à Port-au-Prince.", "total"),
    ],
)
def test_feminine_count_before_a_noun_of_either_gender(lang: str, text: str, group: str) -> None:
    assert _groups(lang, text) == [group]


# -- names of armed parties in more languages --------------------------------------------------


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Армия Аракана", "actor:arakan-army"),
        ("Армія Аракану", "actor:arakan-army"),
        ("Arakan Ordusu", "actor:arakan-army"),
        ("جيش أراكان", "actor:arakan-army"),
        ("Haşdi Şabi", "actor:pmf"),
        ("Силы народной мобилизации", "actor:pmf"),
        ("Forces de mobilisation populaire", "actor:pmf"),
        ("Fuerzas de Movilización Popular", "actor:pmf"),
    ],
)
def test_party_names(name: str, actor: str) -> None:
    assert _registry().resolve(name).id == actor


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        (
            "ru",
            "Авиаудар по деревне в Ракхайне\n\nВоенные Мьянмы заявили, что в боях с Армией"
            " Аракана уничтожили около 40 боевиков.",
            "actor:arakan-army",
        ),
        (
            "tr",
            "Kerkük'te saldırı\n\nDEAŞ'ın saldırısında 3 Haşdi Şabi mensubu hayatını kaybetti.",
            "actor:pmf",
        ),
    ],
)
def test_party_names_in_figures(lang: str, text: str, actor: str) -> None:
    assert any(group == actor for _, group, _ in _figures(lang, text))


# -- "enemy" is a noun for the other side; employees are civilians (de) ------------------------


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("en", "Troops killed 9 enemy in the clash near Marawi.", "combatants"),
        ("fr", "L'armée a neutralisé 14 ennemis lors des combats.", "combatants"),
        ("es", "El Ejército abatió a seis enemigos en la zona rural.", "combatants"),
        ("pt", "As tropas mataram sete inimigos na emboscada.", "combatants"),
        ("de", "Bei dem Angriff wurden drei Bankangestellte getötet.", "civilians"),
        ("de", "Unter den Entführten seien zwei Regierungsangestellte.", "civilians"),
    ],
)
def test_enemy_and_employee_nouns(lang: str, text: str, group: str) -> None:
    assert _groups(lang, text) == [group]


def test_enemy_toll_takes_the_one_armed_group() -> None:
    text = (
        "Troops overrun Abu Sayyaf camp in Sulu\n\n"
        "Government troops seized an Abu Sayyaf camp in Patikul after a two-day offensive,"
        ' the military said. "Three more bodies were recovered, bringing the number of enemy'
        ' killed to eleven," the brigade commander said.'
    )
    assert any(g == "actor:abu-sayyaf" and low == 11 for _, g, low in _figures("en", text))
