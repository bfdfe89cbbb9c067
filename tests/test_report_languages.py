"""``extract_report`` runs end to end with every lexicon: dates, a figure and its source.

Each sentence was written for this test in the style of its language's wire copy.  Names are
read with the registry's lexicon where a language has no names table of its own, so a
language without one still gets its report (a regression: a missing ``names`` table raised).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.lexicon import available_languages

SENTENCES = {
    "en": "At least 12 civilians were killed on Thursday in an airstrike on Idlib, the monitor said.",
    "fr": "Au moins 12 civils ont été tués jeudi dans une frappe aérienne à Idleb, selon l'OSDH.",
    "es": "Al menos 12 civiles murieron el jueves en un ataque aéreo en Idlib, según el Observatorio.",
    "pt": "Pelo menos 12 civis foram mortos na quinta-feira num ataque aéreo em Idlib, segundo o Observatório.",
    "de": "Bei einem Luftangriff auf Idlib wurden am Donnerstag mindestens 12 Zivilisten getötet, teilte die Beobachtungsstelle mit.",
    "ar": "قتل 12 مدنيا على الأقل يوم الخميس في غارة جوية على إدلب بحسب المرصد السوري.",
    "ru": "По данным наблюдателей, не менее 12 мирных жителей погибли в четверг в результате авиаудара по Идлибу.",
    "uk": "За даними спостерігачів, щонайменше 12 мирних жителів загинули в четвер внаслідок авіаудару по Ідлібу.",
    "tr": "Gözlemevine göre perşembe günü İdlib'e düzenlenen hava saldırısında en az 12 sivil öldü.",
}


def test_every_language_has_a_sentence() -> None:
    assert set(SENTENCES) == set(available_languages())


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_report_in_every_language(language: str) -> None:
    report = extract_report(SENTENCES[language], published=dt.date(2024, 11, 30), lexicon=language)
    assert [str(d.when) for d in report.dates] == ["2024-11-28 (day)"]
    figures = [
        (f.outcome.value, f.group, f.count.low) for r in report.casualties for f in r.figures
    ]
    assert figures == [("killed", "civilians", 12)]
    (casualty,) = report.casualties
    assert casualty.attribution.source_name not in (None, "the article")
    assert report.engagements
