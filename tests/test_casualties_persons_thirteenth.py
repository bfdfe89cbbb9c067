"""Figures a careful reader counts (issue 14, the thirteenth session of 2026-12-07, persons):
a qualifier that opens the next count is no noun of the count before it; a person named
with no count before "and his two sons" after "among the dead"; a Turkish relative clause
before a list's next member; Turkish "terk ederek" (the voiced stem); sentences written for
these tests, with sentences that must stay as they were (docs/casualties-and-claims.md,
"Thirteenth session (persons)")."""

from __future__ import annotations

import pytest
from reading import part_figures


def _found(text: str, lang: str) -> list[tuple[object, ...]]:
    """(outcome, group, low, first word) of every figure of ``text``."""
    return [(*f[:3], str(f[3]).split()[0]) for f in part_figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a count of days, then the qualifier of the figure's count
        ("tr", "Son 3 günde yaklaşık 450 kişi göç etti.", ("displaced", "total", 450, "yaklaşık")),
        ("tr", "Son 4 saatte en az 30 kişi yaralandı.", ("injured", "total", 30, "en")),
        ("es", "En 3 días unas 800 personas huyeron de Tumaco.", ("displaced", "total", 800, "unas")),
        ("fr", "En 4 jours environ 900 personnes ont fui Djibo.", ("displaced", "total", 900, "environ")),
        ("pt", "Em 5 dias cerca de 700 pessoas fugiram de Mocímboa.", ("displaced", "total", 700, "cerca")),
        # a person named with no count, then the counted members, after "among the dead"
        ("en", "Among the dead were shopkeeper Yusuf Adamu and his three daughters.", ("killed", "civilians", 3, "three")),
        ("fr", "Parmi les victimes figurent le boulanger Moussa Traoré et ses trois filles.", ("killed", "civilians", 3, "trois")),
        ("pt", "Entre os mortos estão o pescador Abdul Momade e seus três filhos.", ("killed", "civilians", 3, "três")),
        ("de", "Unter den Toten sind der Bäcker Yusuf Adamu und seine drei Töchter.", ("killed", "civilians", 3, "drei")),
        ("tr", "Ölenler arasında çoban Mehmet Kaya ile 3 kızı da bulunuyor.", ("killed", "civilians", 3, "3")),
        ("tr", "Yaralılar arasında 52 yaşındaki fırıncı Ali Demir ile 17 ve 19 yaşlarındaki 2 oğlunun da bulunduğu öğrenildi.", ("injured", "civilians", 2, "2")),
        # a relative clause before the next member of a list (Turkish)
        ("tr", "Ölenler arasında 4 polis ile durakta bekleyen 3 yolcunun da bulunduğu bildirildi.", ("killed", "civilians", 3, "3")),
        ("tr", "Yaralılar arasında bir asker ile sokakta simit satan 14 yaşındaki bir çocuk da bulunuyor.", ("injured", "civilians", 1, "bir")),
        ("tr", "Ölenler arasında köyde çoban olarak çalışan 16 yaşında bir genç de var.", ("killed", "civilians", 1, "bir")),
        ("tr", "Yaralılar arasında okula giden 4 öğrencinin de bulunduğu bildirildi.", ("injured", "civilians", 4, "4")),
        # English: an age in number words joined by hyphens, the article the count
        ("en", "Bandits shot dead a seven-year-old girl near Tsafe.", ("killed", "civilians", 1, "a")),
        ("en", "The raiders abducted two soldiers and a three-month-old infant.", ("captured", "civilians", 1, "a")),
        ("en", "Eleven people were hurt, among them a twelve-year-old boy.", ("injured", "civilians", 1, "a")),
        # Arabic: a toll that exceeded its number is more than it
        ("ar", "وقال المسؤول إن الحصيلة تجاوزت 35 قتيلاً في السوق.", ("killed", "total", 35, "تجاوزت")),
        ("ar", "وأفاد مصدر طبي بأن عدد الجرحى تجاوز 60 شخصا.", ("injured", "total", 60, "تجاوز")),
        # Turkish: left their homes, the stem voiced before a vowel
        ("tr", "Yetkililer, onlarca kişinin evlerini terk ederek ilçenin kuzeyindeki köylerde akrabalarının yanına sığındığını açıkladı.", ("displaced", "total", 20, "onlarca")),
        ("tr", "Muhtar, 80 kişinin evlerini terk ederek yakındaki kasabaya gittiğini söyledi.", ("displaced", "total", 80, "80")),
    ],
)  # fmt: skip
def test_construction(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert expected in _found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "unexpected"),
    [
        # a compound number word is still the count
        ("en", "Gunmen killed a farmer and twenty-two soldiers.", ("killed", "combatants", 1, "a")),
        # the count of days is no figure
        ("tr", "Son 3 günde yaklaşık 450 kişi göç etti.", ("displaced", "total", 3, "3")),
        # ages before the counted members are no count
        ("tr", "Yaralılar arasında 52 yaşındaki fırıncı Ali Demir ile 17 ve 19 yaşlarındaki 2 oğlunun da bulunduğu öğrenildi.", ("injured", "total", 17, "17")),
        # a name before "and his two sons" with no "among the dead" gives no outcome
        ("en", "The officers said the suspects were Yusuf Adamu and his three sons.", ("killed", "civilians", 3, "three")),
        # a relative clause that is itself an outcome starts a new figure, not a member
        ("tr", "Saldırıda 3 asker öldü ve yaralanan 5 kişi hastaneye kaldırıldı.", ("killed", "total", 5, "5")),
    ],
)  # fmt: skip
def test_what_stays_out(lang: str, text: str, unexpected: tuple[object, ...]) -> None:
    assert unexpected not in _found(text, lang)
