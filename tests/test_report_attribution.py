"""Who says so (DESIGN §10): an attribution governs its clause, its sentence and, until
another source speaks, the following sentences of its paragraph; only where no source speaks
is the article the source."""

from __future__ import annotations

import datetime as dt

from conflict_events import extract_report
from conflict_events.extract._report import ARTICLE_SOURCE_NAME, ArticleReport

DAY = dt.date(2024, 11, 30)


def _sources(report: ArticleReport) -> list[tuple[str, int | None, str | None]]:
    return [
        (str(f.outcome), f.count.low, c.attribution.source_name)
        for c in report.casualties
        for f in c.figures
    ]


def test_each_clause_has_its_own_source() -> None:
    r = extract_report(
        "The health ministry reported 5 dead, while rescuers said 8 people were killed.",
        published=DAY,
    )
    assert _sources(r) == [("killed", 5, "The health ministry"), ("killed", 8, "rescuers")]
    # The source after its figure governs it too, and the next clause is another's.
    r = extract_report(
        "Five people were killed, the monitor said, while eight died according to the ministry.",
        published=DAY,
    )
    assert _sources(r) == [("killed", 5, "the monitor"), ("killed", 8, "the ministry")]


def test_a_source_governs_the_rest_of_its_paragraph_until_another_speaks() -> None:
    text = (
        "According to the Syrian Observatory for Human Rights, 12 civilians were killed in "
        "Idlib on Monday. Another 30 were wounded. Rescuers said four people were missing. "
        "Two more people died of their wounds on Tuesday.\n"
        "Seven soldiers died in the fighting."
    )
    r = extract_report(text, published=DAY)
    observatory = "the Syrian Observatory for Human Rights"
    assert _sources(r) == [
        ("killed", 12, observatory),
        ("injured", 30, observatory),
        ("missing", 4, "Rescuers"),
        ("killed", 2, "Rescuers"),
        ("killed", 7, ARTICLE_SOURCE_NAME),  # a new paragraph: no source speaks there
    ]
    # The carried source is the very attribution of the sentence that named it.
    assert r.casualties[1].attribution is r.casualties[0].attribution


def test_an_event_sentence_after_a_source_is_that_sources_claim() -> None:
    text = (
        "The army said its troops had pushed into the southern edge of the enclave. "
        "Government forces captured Kafranbel on Monday.\n"
        "Rebels shelled Saraqib on Tuesday."
    )
    r = extract_report(text, published=DAY)
    by_sentence = {e.description: [a.source_name for a in e.attributions] for e in r.engagements}
    assert by_sentence["Government forces captured Kafranbel on Monday."] == ["The army"]
    assert by_sentence["Rebels shelled Saraqib on Tuesday."] == [ARTICLE_SOURCE_NAME]
