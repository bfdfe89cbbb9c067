"""The casualty and attribution stages' fast paths give what the plain paths they replace give.

Each shortcut (a word list written as a prefix tree instead of a flat alternation, the one
keyword pass, a search skipped where no keyword can make it match) is compared with the plain
way on the demo articles, the shared articles when present, and on generated text built from
the words the shortcuts hinge on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events import Actor, ActorRegistry, UnknownNameError
from conflict_events.cli._demo import demo_articles
from conflict_events.extract import _attribution, _casualties
from conflict_events.lexicon import load
from conflict_events.parse import _counts
from conflict_events.text import _keywords
from conflict_events.text._fold import has_re_folded
from conflict_events.text._segment import lower_same_length

LEX = load("en")
G = _casualties._grammar(LEX)
A = _attribution._grammar(LEX)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "articles"


def _flat(words: Iterable[str]) -> str:
    """The slow way: one alternative after another, in the order given."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


def _flat_by_length(words: Iterable[str]) -> str:
    return _flat(sorted(words, key=len, reverse=True))


def _texts() -> list[str]:
    texts = [text for _, text in demo_articles()]
    if SHARED.is_dir():
        texts.extend(p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*.txt")))
    return texts


# Words and characters the word-list patterns hinge on, mixed with filler; some use the
# letters re folds specially ("ſ", "ı", "İ", the Kelvin sign).
_PIECES = [
    "of", "the", "them", "whom", "at least", "more than", "over", "nearly", "some", "a", "an",
    "half a", "a few", "several", "dozens", "hundreds of thousands", "between", "and", "or",
    "to", "-", "—", "+", "-plus", ",", ".", "12", "1,200", "3.5", "2 million", "seven",
    "seventeen", "seventy", "Seventy-Seven", "one hundred and five", "eight", "eighteen",
    "dozen", "civilian", "civilians", "civilians'", "children", "child", "men", "women",
    "family members", "aid workers", "soldiers", "HTS fighters", "government", "fighter_x",
    "were", "have been", "reportedly", "killed", "dead", "death", "deaths", "death toll",
    "fatalities", "injured", "injuries", "missing", "displaced", "fled their homes",
    "taken prisoner", "shot dead", "lost their lives", "per cent", "percent", "years old",
    "ſoldiers", "cıvilians", "İnjured", "\u212ailled", "\n", "  ",
]  # fmt: skip
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=" aesſıİ\u212a-", max_size=3)),
    max_size=25,
).map(" ".join)


def _same_matches(fast: re.Pattern[str], slow: re.Pattern[str], text: str) -> None:
    for pos in range(len(text) + 1):
        a, b = fast.match(text, pos), slow.match(text, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (
            text,
            pos,
        )


_PATTERN_NAMES = ("noun_outcome", "head", "aux_outcome", "actor_intro", "bare_boundary",
                  "breakdown", "late_breakdown", "were")  # fmt: skip


def _patterns_with(alternation: object) -> list[re.Pattern[str]]:
    """The grammar's word-list patterns, each list written by ``alternation``."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(_counts, "word_alternation", alternation)
        m.setattr(_casualties, "word_alternation", alternation)
        g = _casualties._Grammar(LEX)
        counts = _counts.count_grammar.__wrapped__(LEX)
    return [getattr(g.folding, name) for name in _PATTERN_NAMES] + [counts.phrase]


def _tree_patterns() -> list[re.Pattern[str]]:
    return [getattr(G.folding, name) for name in _PATTERN_NAMES] + [G.counts.phrase]


def test_prefix_tree_matches_the_same_strings() -> None:
    words = ["civilian", "civilians", "child", "children", "a b", "ab", "men", "women", "x.y"]
    tree = re.compile(_counts.word_alternation(words) + r"\Z")
    for w in [*words, "civilia", "childr", "a", "a  b", "", "xzy", "civilianss"]:
        assert (tree.match(w) is not None) == (w in words), w


def test_word_list_patterns_equal_flat_alternations_on_articles() -> None:
    slow = _patterns_with(_flat_by_length)
    for text in _texts():
        for f, s in zip(_tree_patterns(), slow, strict=True):
            _same_matches(f, s, text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_word_list_patterns_equal_flat_alternations_on_generated_text(text: str) -> None:
    for f, s in zip(_tree_patterns(), _patterns_with(_flat_by_length), strict=True):
        _same_matches(f, s, text)


def test_flat_order_does_not_matter() -> None:
    # The argument for the tree: with \b after the list, which word re tries first is moot.
    text = " ".join(_PIECES)
    base = _patterns_with(_flat_by_length)
    other = _patterns_with(lambda ws: _flat(reversed(list(ws))))
    for a, b in zip(base, other, strict=True):
        _same_matches(a, b, text)


# --- attributions -------------------------------------------------------------------------

_CLAUSE_PIECES = [
    ",", ";", ":", "(", ")", '"', "“", "”", "«", "»", "[", "]", " - ", "-", " — ", "—", "–",
    " – ", "- -", " ", "  ", "\n", "the", "Syrian", "Observatory", "al-Sham", "state-run",
    "x", "12", "’s", "'",
]  # fmt: skip


def _words_after_last_clause_punct_slow(window: str) -> list[str]:
    cut = 0
    for m in _attribution._CLAUSE_PUNCT_RE.finditer(window):
        cut = m.end()
    return [m.group() for m in _attribution._WORD_RE.finditer(window, cut)]


def _words_after_last_clause_punct_fast(window: str) -> list[str]:
    last = _attribution._LAST_CLAUSE_PUNCT_RE.match(window)
    cut = last.end() if last is not None else 0
    return [m.group() for m in _attribution._WORD_RE.finditer(window, cut)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=20).map("".join))
def test_last_clause_punct_leaves_the_same_words(window: str) -> None:
    assert _words_after_last_clause_punct_fast(window) == _words_after_last_clause_punct_slow(
        window
    )


def test_last_clause_punct_leaves_the_same_words_on_articles() -> None:
    for text in _texts():
        for hi in range(0, len(text), 7):
            window = text[max(0, hi - 160) : hi]
            assert _words_after_last_clause_punct_fast(
                window
            ) == _words_after_last_clause_punct_slow(window)


# --- one keyword pass for every stage -----------------------------------------------------


def _plain_hits(text: str, stage: str) -> list[tuple[int, int, str]]:
    """The plain way: each keyword of the stage searched on its own (a stem must start a
    word, a whole word also end one)."""
    vocabulary = _keywords._BUILDERS[stage](LEX)
    low = lower_same_length(text)
    hits = []
    for key in vocabulary.stems | vocabulary.words:
        tail = r"(?![^\W_])" if key in vocabulary.words else ""
        hits.extend(
            (m.start(), m.end(), key)
            for m in re.finditer(rf"(?<![^\W_]){re.escape(key)}{tail}", low)
        )
    return sorted(set(hits))


_KEYWORD_PIECES = [
    "said", "Said", "says", "according to", "reportedly", "denied", "by", "claim", "’s",
    "killed", "kill", "unkilled", "dead", "four", "fourteen", "dozens", "one", "someone",
    "reported", "misreported", "confirmed", "unconfirmed", "wounded", "captured", "clashes",
    "shelling", "air strikes", "x", "-", "_", ".", "İ", "ſaid", "\u212ailled",
]  # fmt: skip


def _same_hits(text: str) -> None:
    found = _keywords.keyword_hits(text, LEX)
    for stage in _keywords._BUILDERS:
        assert sorted(set(found.get(stage))) == _plain_hits(text, stage), stage


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_KEYWORD_PIECES), st.text(alphabet=" as_-.İ", max_size=2)),
        max_size=20,
    ).map(lambda ws: "".join(w + (" " if i % 3 else "") for i, w in enumerate(ws)))
)
def test_keyword_pass_equals_a_search_per_keyword(text: str) -> None:
    _same_hits(text)


def test_keyword_pass_equals_a_search_per_keyword_on_articles() -> None:
    for text in _texts()[:6]:
        _same_hits(text)


# --- searches skipped where the keyword pass shows they cannot match ------------------------

_CUE_PIECES = [
    "could not be", "independently", "verified", "verify", "confirmed", "confirm", "by",
    "unverified", "unconfirmed", "not", "has not been", "denied", "denies", "disputed",
    "rejected", "dismissed", "refuted", "contested", "the", "claims", "Verified", "CONFIRMED",
    "_verified", "verified_", "re-confirmed", ",", ".",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=12).map(" ".join))
def test_verification_cue_skips_only_searches_that_cannot_match(text: str) -> None:
    hits = _keywords.keyword_hits(text, LEX).get(_attribution.KEYWORDS)
    words = frozenset(h[2] for h in hits if h[2] in A.cue_words)
    slow = _attribution._verification_cue(A, text, 0, len(text))
    assert _attribution._verification_cue(A, text, 0, len(text), words) == slow


def test_has_re_folded() -> None:
    assert not has_re_folded("Shelling killed 12 — “civilians”")
    for c in "\u0130\u0131\u017f\u212a":
        assert has_re_folded(f"a{c}b")


def _scanner(text: str) -> _casualties._Scanner:
    found = _keywords.keyword_hits(text, LEX)
    hints = [h[0] for h in found.get(_casualties.OUTCOMES)]
    return _casualties._Scanner(G, text, found.low, None, hints)


_NOUN_PIECES = [
    "12", "of", "the", "them", "whom", "HTS", "government", "civilian", "more", "reported",
    "deaths", "death", "Deaths", "dead", "killed", "wounded", "injured", "injuries",
    "fatalities", "displaced", "missing", "death toll", "deathly", "undead", "_dead", ",", "-",
    "\n", "  ", "ſ", "\u212ailled",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NOUN_PIECES), max_size=14).map(" ".join), st.data())
def test_noun_prefilter_skips_only_where_the_pattern_cannot_match(
    text: str, data: st.DataObject
) -> None:
    scanner = _scanner(text)
    # The scanner reads up to a sentence's end, which never cuts a word (the keyword pass
    # finds whole words; a pattern stopped inside "deathly" would see "death").
    end = _word_end(text, data.draw(st.integers(0, len(text))))
    for pos in range(end + 1):
        if not scanner.noun_may_follow(pos, end):
            assert G.folding.noun_outcome.match(text, pos, end) is None, (text, pos)


def test_noun_prefilter_is_off_where_re_folds_letters() -> None:
    assert _scanner("12 \u212ailled").hints is None
    assert _scanner("12 killed").hints is not None


_BREAKDOWN_PIECES = [
    "including", "Including", "İncluding", "among them", "among whom", "of whom", "of those",
    ",", "(", "—", "–", ":", "12", "civilians", "since Monday", "x" * 30, "\n", "  ", "were",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BREAKDOWN_PIECES), max_size=10).map(" ".join), st.data())
def test_breakdown_prefilters_skip_only_where_the_patterns_cannot_match(
    text: str, data: st.DataObject
) -> None:
    end = data.draw(st.integers(0, len(text)))
    for pos in range(end + 1):
        if not _casualties._breakdown_may_start(G, text, pos, end):
            assert G.folding.breakdown.match(text, pos, end) is None, (text, pos)
        if text.find(",", pos, min(end, pos + 61)) < 0:
            assert G.folding.late_breakdown.match(text, pos, end) is None, (text, pos)


def _word_end(text: str, end: int) -> int:
    while end < len(text) and text[end].isalnum():
        end += 1
    return end


def test_prefilters_on_articles() -> None:
    for text in _texts():
        scanner = _scanner(text)
        for pos in range(len(text)):
            end = _word_end(text, min(len(text), pos + 200))
            if not scanner.noun_may_follow(pos, end):
                assert G.folding.noun_outcome.match(text, pos, end) is None
            if not _casualties._breakdown_may_start(G, text, pos, end):
                assert G.folding.breakdown.match(text, pos, end) is None


# --- name lookups without exceptions ------------------------------------------------------


def _resolve_or_none(registry: ActorRegistry, name: str, on: dt.date | None) -> str | None:
    try:
        return registry.resolve(name, on=on).id
    except LookupError:
        return None


@pytest.mark.parametrize("on", [None, dt.date(2020, 1, 1), dt.date(2014, 6, 1)])
def test_lookup_equals_resolve(on: dt.date | None) -> None:
    registry = ActorRegistry.default()
    names = ["HTS", "Nusra Front", "Hezbolah", "the garden shed", "SANA", "", "  ", "army",
             "Syrian Observatory for Human Rights", "al-Nusra", "Daesh", "SDF", "x"]  # fmt: skip
    for _ in range(2):  # the second time from the cache
        for name in names:
            assert registry._lookup(name, on) == _resolve_or_none(registry, name, on), name


def test_lookup_obeys_a_subclass_resolve_and_bad_arguments() -> None:
    class Renamed(ActorRegistry):
        def resolve(self, name: str, *, on: dt.date | None = None) -> Actor:
            raise UnknownNameError(name, "actor")

    registry = ActorRegistry.default()
    hts = registry.resolve("HTS")
    renamed = Renamed([hts])
    renamed._cache["HTS"] = hts  # a cached answer the subclass's resolve would not give
    assert renamed._lookup("HTS") is None

    class Day(dt.date):
        pass

    def outcome(call: object) -> object:
        try:
            return call()  # type: ignore[operator]
        except TypeError as exc:
            return type(exc)

    registry.resolve("HTS", on=dt.date(2020, 1, 1))
    for on in (Day(2020, 1, 1), Day(2021, 1, 1), dt.datetime(2020, 1, 1), "2020-01-01"):
        assert outcome(lambda: registry._lookup("HTS", on)) == outcome(  # noqa: B023
            lambda: _resolve_or_none(registry, "HTS", on)  # noqa: B023
        ), on
    assert outcome(lambda: registry._lookup(["HTS"])) is TypeError  # type: ignore[arg-type]
