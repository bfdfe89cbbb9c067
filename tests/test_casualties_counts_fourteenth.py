"""Count forms real copy uses (issue 14, the fourteenth session of 2026-12-07, counts): a toll
whose link stands after an apposition set off by commas; a Turkish number word in the dative
("dokuza yükseldi"); a bare Arabic toll with its article; verbs of taking people away (uk, ru);
Arabic "died" before its subject and a singular subject after the pluperfect's auxiliary;
sentences written for these tests, with sentences that must stay as they were
(docs/casualties-and-claims.md, "Fourteenth session (counts)")."""

from __future__ import annotations

import pytest
from reading import part_figures


def _found(text: str, lang: str) -> list[tuple[object, ...]]:
    """(outcome, group, low) of every figure of ``text``."""
    return [tuple(f[:3]) for f in part_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a toll, an apposition or adjunct set off by commas, then its link and count
        ("en", "The death toll from the bombing of the bus station in Maiduguri, the Borno state capital, climbed to 14 on Tuesday.", ("killed", "total", 14)),
        ("en", "The number of wounded in the raid on Gwoza, a town near the border, has risen to 31.", ("injured", "total", 31)),
        ("es", "El número de muertos por el ataque contra un bar en el centro de Zamora, Michoacán, ascendió a 11 este martes.", ("killed", "total", 11)),
        ("es", "La cifra de heridos tras la explosión en el mercado de Quibdó, capital del Chocó, subió a 23.", ("injured", "total", 23)),
        ("fr", "Le bilan de l'embuscade contre le convoi près de Kaya, dans le centre-nord, est passé à douze.", ("killed", "total", 12)),
        ("fr", "Le nombre de blessés dans l'attaque du marché de Bunia, chef-lieu de l'Ituri, s'élève à 40.", ("injured", "total", 40)),
        ("pt", "O número de mortos no ataque à aldeia de Ntchinga, no distrito de Meluco, subiu para 17, disse uma fonte local.", ("killed", "total", 17)),
        ("de", "Die Zahl der Toten nach dem Drohnenangriff auf Sumy, eine Stadt nahe der Grenze, stieg auf zwölf.", ("killed", "total", 12)),
        ("ru", "Число погибших при обстреле рынка в Донецке, по данным властей, возросло до 16.", ("killed", "total", 16)),
        ("uk", "Кількість поранених унаслідок удару по Дніпру, обласному центру, зросла до 27.", ("injured", "total", 27)),
        ("ar", "وارتفعت حصيلة القتلى في القصف على مخيم النازحين، شمال المدينة، إلى 19.", ("killed", "total", 19)),
        # a Turkish number word in the dative, the count a toll rose to
        ("tr", "Yaralı sayısı yediye yükseldi.", ("injured", "total", 7)),
        ("tr", "Hastane kaynakları, ölenlerin sayısının on üçe çıktığını bildirdi.", ("killed", "total", 13)),
        ("tr", "Patlamada ölü sayısı otuz dörde yükseldi.", ("killed", "total", 34)),
        # Arabic: the bare toll with its article, the verb first
        ("ar", "وارتفعت الحصيلة إلى 15 بعد وفاة جريحين.", ("killed", "total", 15)),
        ("ar", "ارتفعت الحصيلة صباح اليوم إلى سبعة.", ("killed", "total", 7)),
        # verbs of taking people away (uk, ru): the people are captured
        ("uk", "Свідки кажуть, що нападники забрали щонайменше 30 людей.", ("captured", "total", 30)),
        ("ru", "По словам жителей, боевики забрали около 60 человек.", ("captured", "total", 60)),
        ("ru", "Нападавшие увели девять женщин.", ("captured", "civilians", 9)),
        # Arabic: died before its subject, a partitive of the wounded
        ("ar", "وتوفي ثلاثة من المصابين في مستشفى المدينة.", ("killed", "total", 3)),
        ("ar", "وأعلنت السلطات مقتل ستة مدنيين، قبل أن يتوفى أربعة من الجرحى مساء الثلاثاء.", ("killed", "total", 4)),
        # Arabic: one person, the subject after the pluperfect's auxiliary
        ("ar", "وكانت فتاة قد قُتلت الشهر الماضي بقذيفة في الحي نفسه.", ("killed", "civilians", 1)),
        ("ar", "وكان طفل قد أصيب بجروح خطيرة في الهجوم.", ("injured", "civilians", 1)),
        # the captives as an outcome noun before the counted members
        ("en", "Relatives said the captives included three young women.", ("captured", "civilians", 3)),
        ("es", "Entre los cautivos figuran cuatro maestros.", ("captured", "civilians", 4)),
        ("fr", "Parmi les captifs figurent cinq écolières.", ("captured", "civilians", 5)),
        ("pt", "Entre os cativos estão três professores.", ("captured", "civilians", 3)),
        ("tr", "Polis kaynaklarına göre, gözaltındakiler arasında 5 kadın da bulunuyor.", ("captured", "civilians", 5)),
        # by force, between a verb phrase of taking away and its object
        ("es", "Los atacantes se llevaron por la fuerza a cuatro jornaleros.", ("captured", "civilians", 4)),
        # still with no known whereabouts; a possessive after the noun
        ("pt", "Dois pescadores seguem sem paradeiro desde domingo.", ("missing", "civilians", 2)),
        ("pt", "Ele contou que um primo seu continua sem paradeiro.", ("missing", "civilians", 1)),
        ("es", "Una sobrina suya sigue desaparecida.", ("missing", "civilians", 1)),
        # a people noun with its complement in the genitive after it
        ("uk", "Понад 2 500 мешканців прикордонних сіл залишили свої домівки.", ("displaced", "civilians", 2500)),
        ("ru", "Около 700 жителей соседних поселков покинули свои дома.", ("displaced", "civilians", 700)),
        ("de", "Mehr als 900 Bewohner benachbarter Dörfer flohen nach Beni.", ("displaced", "civilians", 900)),
        # still in hospital after the attack
        ("en", "Six villagers remain in hospital with burns.", ("injured", "civilians", 6)),
        ("uk", "П'ятеро людей перебувають у лікарні з осколковими пораненнями.", ("injured", "total", 5)),
        ("ru", "Три человека остаются в больнице.", ("injured", "total", 3)),
    ],
)  # fmt: skip
def test_construction(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        # a comma clause with its own subject is no link of the toll before it
        ("en", "The death toll stood at 12, and officials said 30 were wounded.", ("killed", "total", 30)),
        ("es", "El número de muertos es de nueve, según la fiscalía, que también reportó 14 heridos.", ("killed", "total", 14)),
    ],
)  # fmt: skip
def test_what_stays_out(lang: str, text: str, unexpected: tuple[object, ...]) -> None:
    assert unexpected not in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the lives a verb of taking away takes are dead
        ("uk", "Нічний обстріл забрав чотири життя.", ("killed", "total", 4)),
        ("ru", "Ночной обстрел забрал четыре жизни.", ("killed", "total", 4)),
        ("uk", "Вибух забрав життя п'ятьох людей.", ("killed", "total", 5)),
        # a second member of a list after a comma keeps its own outcome, not the toll's
        ("fr", "Un notable a évoqué un bilan de six morts, dont deux femmes, et de « neuf personnes emmenées vers la brousse ».", ("captured", "total", 9)),
        # the entry words of the Spanish and Portuguese "among the injured"
        ("es", "Entre los lesionados figura una joven de 17 años.", ("injured", "civilians", 1)),
        ("pt", "Entre as feridas está uma menina de 9 anos.", ("injured", "civilians", 1)),
        # a complement with a people noun of its own stays read as before
        ("de", "Drei Kämpfer der Miliz wurden getötet.", ("killed", "combatants", 3)),
        ("ru", "Погибли двое сотрудников полиции.", ("killed", "combatants", 2)),
        # a possessive that opens the next noun is no part of the first
        ("pt", "Os atacantes mataram o vizinho seu primo.", ("killed", "civilians", 1)),
    ],
)  # fmt: skip
def test_what_stays_read(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _found(text, lang)
