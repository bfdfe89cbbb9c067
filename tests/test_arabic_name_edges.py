"""A name whose first or last letter folds to no ASCII letter (Arabic ain, hamza) is found
with its whole span: the mention scanner folds running text to ASCII, where "ع" is only an
apostrophe, and the span mapped back must not cut the word (resolve/_normalize.py,
FoldedText.original_span)."""

from __future__ import annotations

import pytest

from conflict_events import ActorRegistry, Gazetteer


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [
        ("هاجمت قوات الدعم السريع مدينة الأبيض فجر اليوم.", "قوات الدعم السريع", "actor:rsf"),
        ("قالت قوات الدعم السريع، في بيان، إنها صدت الهجوم.", "قوات الدعم السريع", "actor:rsf"),
        ("أعلنت عصائب أهل الحق مسؤوليتها عن القصف.", "عصائب أهل الحق", "actor:aah"),
        ("وصرح الرئيس أحمد الشرع بأن الهجوم لن يمر.", "أحمد الشرع", "actor:al-sharaa"),
        ("نشرت الخوذ البيضاء صورا من موقع الغارة.", "الخوذ البيضاء", "actor:white-helmets"),
        ("تبنت ولاية سيناء الهجوم على الحاجز.", "ولاية سيناء", "actor:is-sinai"),
    ],
)
def test_an_actor_name_keeps_its_first_and_last_letter(text: str, name: str, actor_id: str) -> None:
    found = [
        (text[m.start : m.end], m.entity_id) for m in ActorRegistry.default().find_mentions(text)
    ]
    assert (name, actor_id) in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وصلت التعزيزات إلى عدن مساء أمس.", "عدن"),
        ("سقطت قذيفة على صنعاء فجرا.", "صنعاء"),
    ],
)
def test_a_place_name_keeps_its_first_and_last_letter(text: str, name: str) -> None:
    found = [text[m.start : m.end] for m in Gazetteer.default().find_mentions(text)]
    assert name in found


def test_a_latin_name_with_an_apostrophe_keeps_its_span() -> None:
    text = "Fighters of Hay’at Tahrir al-Sham entered the town."
    found = [text[m.start : m.end] for m in ActorRegistry.default().find_mentions(text)]
    assert found == ["Hay’at Tahrir al-Sham"]
