"""A unit alone that counts one, in the languages without an indefinite article (docs/dates.md,
"A unit alone counts one"): Russian "неделю назад", Ukrainian "рік тому", "через місяць" —
the same span as "a week ago", "a year ago", "in a month"."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import find_dates, resolve_date

ANCHOR = dt.date(2026, 5, 21)  # a Thursday

CASES = [
    ("ru", "Неделю назад в том же районе погибли двое мирных жителей.", "Неделю назад", "2026-05-11", "2026-05-17"),
    ("ru", "Год назад боевики уже нападали на эту деревню.", "Год назад", "2025-01-01", "2025-12-31"),
    ("ru", "Школу обстреляли месяц назад, сообщил глава района.", "месяц назад", "2026-04-01", "2026-04-30"),
    ("ru", "Сутки назад беспилотник атаковал подстанцию.", "Сутки назад", "2026-05-20", "2026-05-20"),
    ("uk", "Тиждень тому окупанти обстріляли лікарню в Херсоні.", "Тиждень тому", "2026-05-11", "2026-05-17"),
    ("uk", "Рік тому ракета влучила в цей самий будинок.", "Рік тому", "2025-01-01", "2025-12-31"),
    ("uk", "Добу тому дрон атакував автобус.", "Добу тому", "2026-05-20", "2026-05-20"),
    ("ru", "Через неделю власти обещают восстановить мост.", "Через неделю", "2026-05-25", "2026-05-31"),
    ("uk", "Через місяць школу обіцяють відкрити знову.", "Через місяць", "2026-06-01", "2026-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("lexicon", "text", "mention", "start", "end"), CASES)
def test_a_unit_alone_counts_one(
    lexicon: str, text: str, mention: str, start: str, end: str
) -> None:
    found = [
        (m.text, m.when.start.isoformat(), m.when.end.isoformat())
        for m in find_dates(text, ANCHOR, lexicon=lexicon)
    ]
    assert found == [(mention, start, end)]
    span = resolve_date(mention, ANCHOR, lexicon=lexicon)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("lexicon", "text"),
    [
        # a plural or genitive form does not count one: the count word is missing, not implied
        ("ru", "Несколько дней назад боевики напали на село."),
        ("ru", "Много лет назад здесь был рынок."),
        ("uk", "Кілька тижнів тому тут був ринок."),
    ],
)
def test_other_forms_of_the_unit_do_not(lexicon: str, text: str) -> None:
    assert [m.text for m in find_dates(text, ANCHOR, lexicon=lexicon)] == []
