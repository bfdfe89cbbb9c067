"""The extractors read their words from the lexicon: a phrase added to a test lexicon only
(never to the package's data) is found through every entry point, fast paths included."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.extract._attribution import extract_attributions
from conflict_events.extract._casualties import find_casualties
from conflict_events.extract._events import find_event_cues
from conflict_events.extract._report import extract_report
from conflict_events.lexicon import Lexicon, load
from conflict_events.parse._counts import parse_count
from conflict_events.text._keywords import keyword_hits
from conflict_events.text._segment import sentences

TEXT = "Twelve stonecutters were entombed when militants stormed the quarry, a witness recounted."
PUBLISHED = dt.date(2024, 11, 30)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    # A victim noun, an outcome word, a speech verb and an event cue that English lacks.
    return load("en").extended(
        {
            "casualties": {
                "civilian_nouns": ["stonecutters"],
                "outcome_words": {"killed": ["entombed"]},
            },
            "attribution": {"verb_claims": {"reported": ["recounted"]}},
        }
    )


def _figures(text: str, lexicon: Lexicon | str) -> list[tuple[str, str, int | None]]:
    return [
        (m.figure.outcome.value, m.figure.group, m.figure.count.low)
        for m in find_casualties(text, lexicon=lexicon)
    ]


def test_the_default_lexicon_lacks_the_test_words() -> None:
    english = load("en")
    assert "stonecutters" not in english.words("casualties.civilian_nouns")
    assert "entombed" not in english.words("casualties.outcome_words.killed")
    assert _figures(TEXT, "en") == []
    assert extract_attributions(TEXT) == []


def test_a_phrase_added_to_a_test_lexicon_is_found(lexicon: Lexicon) -> None:
    assert _figures(TEXT, lexicon) == [("killed", "civilians", 12)]
    # The keyword index found the new words without any fast path edited by hand.
    hits = keyword_hits(TEXT, lexicon)
    assert any(word == "entombed" for _, _, word in hits.by_stage["casualty outcomes"])
    [m] = extract_attributions(TEXT, lexicon=lexicon)
    assert (m.attribution.source_name, m.attribution.claim.value) == ("a witness", "reported")


def test_the_report_uses_the_lexicon_it_is_given(lexicon: Lexicon) -> None:
    plain = extract_report(TEXT, published=PUBLISHED)
    assert plain.casualties == ()
    report = extract_report(TEXT, published=PUBLISHED, lexicon=lexicon)
    [casualties] = report.casualties
    [figure] = casualties.figures
    assert (figure.outcome.value, figure.group, figure.count.low) == ("killed", "civilians", 12)
    assert casualties.attribution.source_name == "a witness"


def test_grammars_are_compiled_once_per_lexicon(lexicon: Lexicon) -> None:
    from conflict_events.extract import _casualties

    assert _casualties._grammar(lexicon) is _casualties._grammar(lexicon)
    assert _casualties._grammar(lexicon) is not _casualties._grammar(load("en"))
    assert _casualties._grammar(load("en")) is _casualties._grammar(load("en"))


def test_counts_cues_and_abbreviations_come_from_the_lexicon() -> None:
    more = load("en").extended(
        {
            "counts": {"vague": {"plural": {"heaps": [10, 99]}}},
            "events": {"block_before": ["failed"]},
            "text": {"abbreviations": ["brig.-gen"]},
        }
    )
    assert (parse_count("heaps", lexicon=more).low, parse_count("heaps", lexicon=more).high) == (
        10,
        99,
    )
    with pytest.raises(ValueError):
        parse_count("heaps")
    text = "Troops failed clashes."
    assert [c.text for c in find_event_cues(text)] == ["clashes"]
    assert find_event_cues(text, lexicon=more) == []
    # A new vague word is a number word of the keyword index too: its figure is found.
    assert _figures("Heaps of civilians were killed.", more) == [("killed", "civilians", 10)]
    split = "He met Brig.-Gen. Smith. Then he left."
    assert len(sentences(split)) == 3
    assert len(sentences(split, lexicon=more)) == 2
