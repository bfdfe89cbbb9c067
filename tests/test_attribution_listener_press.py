"""A listener of the press after an inverted speech verb is skipped, adjectives and all, and
the speaker after it is the source ("disse à imprensa local o comissário …"); before, the
listener was read as the speaker or hid it (docs/casualties-and-claims.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report

CASES = [
    (
        "pt",
        "Dois soldados morreram na emboscada, disse à imprensa local o major Rui Tavares.",
        "o major Rui Tavares",
    ),
    (
        "pt",
        "Cinco civis ficaram feridos, contou à imprensa o administrador Abel Nhaca.",
        "o administrador Abel Nhaca",
    ),
    (
        "es",
        "Cuatro agentes murieron en el ataque, dijo a la prensa local el coronel Iván Rojas.",
        "el coronel Iván Rojas",
    ),
    (
        "fr",
        "Six villageois ont été tués, a déclaré à la presse locale le préfet Moussa Diallo.",
        "le préfet Moussa Diallo",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source"), CASES)
def test_the_speaker_after_a_press_listener_is_the_source(
    lang: str, text: str, source: str
) -> None:
    report = extract_report(text, published=dt.date(2026, 3, 4), lexicon=lang)
    assert [c.attribution.source_name for c in report.casualties] == [source]


def test_a_listener_named_by_its_name_keeps_the_words_after_it() -> None:
    # "à Lusa fonte hospitalar": after a named listener the next words are the speaker's
    text = "Três pessoas morreram, disse à Lusa fonte hospitalar."
    report = extract_report(text, published=dt.date(2026, 3, 4), lexicon="pt")
    assert [c.attribution.source_name for c in report.casualties] == ["fonte hospitalar"]
