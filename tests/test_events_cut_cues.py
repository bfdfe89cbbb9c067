"""The cue alternation cut per trigger (``_CueGrammar.cue_at``) finds, where its trigger
starts, exactly what the whole alternation finds: the same span and the same family, in
every language, ignoring case as re does ("ı" / "i", "ſ" / "s", "K" / "k")."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.extract import _events
from conflict_events.lexicon import Lexicon, load
from conflict_events.text._keywords import keyword_hits

LANGUAGES = ("en", "fr", "es", "pt", "de", "tr", "ar", "ru", "uk")
FIXTURES = Path(__file__).parent / "fixtures" / "texts"


def _agree_at_every_trigger(text: str, language: str | Lexicon) -> int:
    lex = load(language)
    g = _events._cue_grammar(lex)
    checked = 0
    for at, _, trigger in keyword_hits(text, lex).get(_events.CUES):
        whole = g.cue_re.match(text, at)
        cut = g.cue_at(trigger).match(text, at)
        assert (whole and (whole.span(), whole.lastgroup)) == (
            cut and (cut.span(), cut.lastgroup)
        ), (language, text[at : at + 40])
        checked += whole is not None
    return checked


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_cut_alternation_finds_what_the_whole_one_finds_in_the_fixtures(
    language: str,
) -> None:
    texts = sorted((FIXTURES / language).glob("*.txt"))
    if not texts:
        pytest.skip(f"no fixture texts for {language}")
    found = sum(_agree_at_every_trigger(p.read_text(encoding="utf-8"), language) for p in texts)
    assert found > 0  # the fixtures hold cues: the comparison was made


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_alternative_is_kept_for_its_own_trigger(language: str) -> None:
    # Each trigger written out in upper case, then with the letters re folds together.
    g = _events._cue_grammar(load(language))
    for trigger in g.triggers:
        for form in (
            trigger,
            trigger.upper(),
            trigger.replace("i", "ı"),
            trigger.replace("s", "ſ"),
        ):
            _agree_at_every_trigger(f"Then {form}ed and {form} the town.", language)


def _pieces(language: str) -> list[str]:
    g = _events._cue_grammar(load(language))
    return [*g.triggers[::3], "the", " ", "-", ".", "İ", "ı", "ſ", "K", "Σ"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LANGUAGES), st.data())
def test_the_cut_alternation_agrees_on_made_up_text(language: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_pieces(language)), max_size=12))
    suffixes = data.draw(st.lists(st.sampled_from(["", "s", "ed", "ing", "ı", " "]), max_size=12))
    text = " ".join(w + s for w, s in zip(words, suffixes, strict=False))
    _agree_at_every_trigger(text, language)


def test_letters_re_folds_together_keep_the_earlier_family() -> None:
    # Two spellings that re.IGNORECASE reads as one ("ı" and "i"): the trigger found is the
    # dotless one, the alternation's first family to match is the other's.
    lex = load("en").extended(
        {
            "events": {
                "families": [
                    {"name": "fold_one", "sub_event_type": "attack", "cues": ["qaiz"]},
                    {"name": "fold_two", "sub_event_type": "armed_clash", "cues": ["qaız"]},
                ]
            }
        }
    )
    (cue,) = _events.find_event_cues("They qaız the town.", lexicon=lex)
    assert (cue.text, cue.family) == ("qaız", "fold_one")
    assert _agree_at_every_trigger("They qaız and qaiz the town.", lex) == 2
