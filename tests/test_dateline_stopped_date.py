"""A place and a date closed by a full stop, the lead following in capitals, open the first
paragraph as a dateline with no outlet (the regional press of Ukraine and Russia, and the
same shape elsewhere); a lead in lower case is a sentence, not a dateline."""

from __future__ import annotations

import pytest

from conflict_events.extract._dateline import find_dateline


@pytest.mark.parametrize(
    ("lang", "text", "place", "month", "day"),
    [
        ("uk", "Обстріли Харківщини\n\nХарків, 14 березня. Унаслідок удару поранено трьох людей.",
         "Харків", 3, 14),
        ("ru", "Атака дронов\n\nКурск, 2 сентября. Два человека получили ранения.", "Курск", 9, 2),
        ("es", "Ataque en Cauca\n\nPopayán, 9 de abril. Al menos dos policías murieron.",
         "Popayán", 4, 9),
        ("en", "Strike on Sumy\n\nSumy, Nov. 21. Three civilians were wounded.", "Sumy", 11, 21),
    ],
)  # fmt: skip
def test_a_stopped_date_before_a_capitalised_lead_is_a_dateline(
    lang: str, text: str, place: str, month: int, day: int
) -> None:
    found = find_dateline(text, lexicon=lang)
    assert found is not None
    assert (found.place, found.month, found.day, found.outlet) == (place, month, day, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Attaque au Nord-Kivu\n\nGoma, 3 mars. deux civils ont été tués."),
        ("uk", "Обстріли\n\nХарків, 14 березня. і ще троє поранених."),
    ],
)
def test_a_stopped_date_before_a_lower_case_word_is_no_dateline(lang: str, text: str) -> None:
    assert find_dateline(text, lexicon=lang) is None
