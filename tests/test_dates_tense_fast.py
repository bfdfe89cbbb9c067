"""The fast paths of English's tense reader give exactly what the straightforward ones give:
the cached, cut sentence tokens of :func:`direction_at` and the dict fast path of ``_kind``
versus tokenising and classifying every word afresh.

(The hand-kept scanner's prefilter tests, which compared its search with a plain one, went
with it: English reads text with the scanner derived from the resolver's rules.)
"""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from conflict_events.parse._dates_tense import (
    _TOKEN,
    _cue_tokens,
    _cue_tokens_reference,
    _direction_of,
    _kind,
    _kind_in_context,
    direction_at,
    sentence_bounds,
)

TENSE_WORDS = [
    "will", "would", "may", "May", "has", "had", "was", "is", "to", "be", "been", "plans",
    "set", "Set", "for", "next", "due", "expected", "scheduled", "said", "the", "very", "a",
    "still", "reportedly", "injured", "Injured", "United", "shed", "they'll", "won't",
    "going", "hoping", "talks", "rebels", "on", "Friday", "until", "by", "since", ",", ";",
    "(", ")", "--", "\u2014", ".", "Monday's", "ruling", "hearing", "fought",
]  # fmt: skip


@given(st.lists(st.sampled_from(TENSE_WORDS), min_size=1, max_size=8), st.data())
def test_kind_fast_path_equals_the_full_rules(words: list[str], data: st.DataObject) -> None:
    lower = [w.lower() for w in words]
    i = data.draw(st.integers(0, len(words) - 1))
    start = data.draw(st.booleans())
    assert _kind(lower, words, i, start) == _kind_in_context(lower, words, i, start)


def test_direction_at_equals_fresh_tokenising_for_every_mention() -> None:
    # Every span of a few sentences, so that one sentence's cached tokens are cut in every
    # place: at its start and end, inside a word, around punctuation.
    rng = random.Random(7)
    for _ in range(40):
        text = " ".join(rng.choice(TENSE_WORDS) for _ in range(rng.randint(3, 30)))
        for start in range(0, len(text) + 1, 3):
            for end in (start, start + 1, start + 6, start + 15):
                end = min(end, len(text))
                first, last = sentence_bounds(text, start, end)
                fast = _cue_tokens(text, start, end, first, last)
                slow = _cue_tokens_reference(text, start, end, first, last)
                assert [list(part) for part in fast] == [list(part) for part in slow]
                assert direction_at(text, start, end) == _direction_of(
                    text, start, end, first, *slow
                )


def test_tokens_are_ascii_words_and_punctuation() -> None:
    # _sentence_tokens lower-cases all tokens in one call on the assumption that no token
    # holds a space or a character whose lower case is longer.
    tokens = _TOKEN.findall("Rebels’ well-known İstanbul advance—on Friday (they'll) -- x;")
    assert all(" " not in t and len(t.lower()) == len(t) for t in tokens)
