"""Name normalisation across the spellings of Arabic, Turkish, Russian and Ukrainian names
(resolve/_normalize.py): one key for the spellings a reader takes for the same name."""

from __future__ import annotations

import pytest

from conflict_events.resolve._normalize import arabic_key, fold_text, normalize_name, scan_keys


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("إدلب", "ادلب"),  # alef with hamza below / bare alef
        ("أريحا", "اريحا"),  # alef with hamza above
        ("آمرلي", "امرلي"),  # alef with madda
        ("حماة", "حماه"),  # taa marbuta / haa
        ("مـــدينة", "مدينة"),  # tatweel
        ("الرقّة", "الرقة"),  # shadda
        ("هَيْئَة تحرير الشّام", "هيئة تحرير الشام"),  # harakat
        ("المرصد السوري", "مرصد سوري"),  # the article
        ("للمرصد السوري", "المرصد السوري"),  # li- + al-
        ("مستشفى", "مستشفي"),  # alef maqsura / yaa
    ],
)
def test_arabic_spellings_share_a_key(one: str, other: str) -> None:
    assert arabic_key(one) == arabic_key(other)


def test_the_arabic_article_stays_on_short_words() -> None:
    # "الله" is no article + "له": too little would be left
    assert arabic_key("الله") != arabic_key("له")
    assert arabic_key("ال") == "ال"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("İSTANBUL", "istanbul"),  # dotted capital I
        ("Diyarbakır", "DİYARBAKIR"),  # dotless i, dotted capital İ
        ("MÜNBİÇ", "Münbiç"),
        ("Şanlıurfa", "SANLIURFA"),
    ],
)
def test_turkish_dotted_and_dotless_i_share_a_key(one: str, other: str) -> None:
    assert normalize_name(one) == normalize_name(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Фёдоров", "Федоров"),  # ё / е
        ("Синєгубов", "Синегубов"),  # Ukrainian є / е
        ("Маріуполь", "Мариуполь"),  # і / и
        ("Мар'їнка", "Мар’їнка"),  # apostrophes
        ("Марʼїнка", "Марїнка"),  # modifier apostrophe / none
        ("Ґорґани", "Горгани"),  # ґ / г
    ],
)
def test_cyrillic_spellings_share_a_key(one: str, other: str) -> None:
    assert normalize_name(one) == normalize_name(other)


@pytest.mark.parametrize("name", ["Синєгубов", "Фёдоров", "DİYARBAKIR", "Марʼїнка"])
def test_running_text_folds_like_the_name(name: str) -> None:
    """The mention scanner finds a name in running text under one of the name's keys, and
    the spellings of a name share them."""
    text = f"Про це повідомив {name} у Телеграмі."
    folded = " ".join(fold_text(text).text.split())
    assert any(f" {key} " in f" {folded} " for key in scan_keys(name))
