"""The tense of running text around a date: which way a date :func:`conflict_events.find_dates`
finds points (English's verb-group reader), and the sentence it is read in.

The sentence is the project's one segmenter's (:func:`conflict_events.text.sentences`), cut to
a bounded window around the mention.  The verb group nearest the date in its clause decides
(docs/dates.md, "find_dates"); the words of the rules are English's lexicon (``dates.toml``
``tense`` and ``date_grammar.toml`` ``verb_groups``).  The date scanner derived from the
resolver's rules (:mod:`conflict_events.parse._dates_scan`) reads English with it
(:func:`direction_in`, the ``[scan]`` table's ``tense = "verb_groups"``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Literal

import attrs

from conflict_events.lexicon import load
from conflict_events.parse._dates_vocab import date_words
from conflict_events.text import sentences

__all__ = [
    "SENTENCE_AHEAD_CHARS",
    "SENTENCE_BACK_CHARS",
    "SentenceStops",
    "direction_at",
    "direction_before",
    "direction_in",
    "sentence_bounds",
]

# Tense: which way a date in running text points.  The verb group nearest the date in its
# clause decides; see docs/dates.md ("Tense cues") for the rule in full.

# How far around a mention its sentence is looked for, back and ahead: bounded, so finding all
# the mentions of a text stays linear in its length.
SENTENCE_BACK_CHARS = 400
SENTENCE_AHEAD_CHARS = 300


# The tense words are English's (dates.toml ``tense``): the tense reading is per language and
# other languages get theirs with their own cues.
_TENSE = date_words("en").tense


def _words(key: str, *more: str) -> frozenset[str]:
    """The words of the ``tense`` entry ``key``, and ``more``."""
    return frozenset(_TENSE[key]).union(more)


def _grammar_words(key: str) -> tuple[str, ...]:
    """The words of the ``verb_groups`` entry ``key`` (the reader's function words)."""
    return load("en").words(f"date_grammar.verb_groups.{key}")


# The sentence around a date is the project's one segmenter's (conflict_events.text.sentences),
# cut to a bounded window around the mention so that finding all the mentions of a text stays
# linear in its length.


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``text[start:end]`` (from the segmenter): ``(first,
    last)`` character offsets, at most :data:`SENTENCE_BACK_CHARS` before and
    :data:`SENTENCE_AHEAD_CHARS` after the mention.

    >>> t = "Talks failed. The army will withdraw on Friday, he said. Then what?"
    >>> a, b = sentence_bounds(t, t.index("Friday"), t.index("Friday") + 6)
    >>> t[a:b]
    'The army will withdraw on Friday, he said.'
    """
    return SentenceStops(text).bounds(start, end)


class SentenceStops:
    """:func:`sentence_bounds` and :func:`direction_at` for one text, with its sentences split
    once, and the words that can carry a tense found once: a mention with none of them in its
    window (nor a word cut by the window's edges that could be one) reads as the past without
    tokenising the window, which keeps pathological texts ("Thursday Thursday ...") linear
    with a small constant.

    >>> t = "Talks failed. The army will withdraw on Friday, he said. Then what?"
    >>> stops = SentenceStops(t)
    >>> start = t.index("Friday")
    >>> stops.bounds(start, start + 6) == sentence_bounds(t, start, start + 6)
    True
    >>> stops.direction(start, start + 6)
    'future'
    """

    __slots__ = ("_cues", "_reads", "_spans", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        # both found on first use: most texts' mentions need the tense of a few sentences
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._cues: list[int] | None = None
        self._reads = 0

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``sentence_bounds(text, start, end)``."""
        if self._spans is None:
            self._spans = sentences(self._text)
            self._starts = [a for a, _ in self._spans]
        spans, starts = self._spans, self._starts
        if not spans:
            return max(0, start - SENTENCE_BACK_CHARS), min(
                len(self._text), end + SENTENCE_AHEAD_CHARS
            )
        first = spans[max(0, bisect_right(starts, start) - 1)][0]
        last = spans[max(0, bisect_right(starts, max(start, end - 1)) - 1)][1]
        first = max(min(first, start), start - SENTENCE_BACK_CHARS)
        last = min(max(last, end), end + SENTENCE_AHEAD_CHARS)
        # a blank line always ends a sentence (the segmenter keeps one going when the next
        # paragraph opens with a character it does not take for an opener, as "``")
        text = self._text
        if "\n" in text[first:start]:
            for m in _BLANK_LINE.finditer(text, first, start):
                first = m.end()
        if "\n" in text[end:last]:
            blank = _BLANK_LINE.search(text, end, last)
            if blank is not None:
                last = blank.start()
        return first, last

    def _cue_starts(self) -> list[int]:
        """The start offsets of the words that may carry a tense or make a date a deadline
        (:func:`_may_cue`), found once per text."""
        if self._cues is None:
            self._cues = [m.start() for m in _CUE.finditer(self._text)]
        return self._cues

    def direction(self, start: int, end: int) -> Literal["past", "future"]:
        """``direction_at(text, start, end)``."""
        first, last = self.bounds(start, end)
        self._reads += 1
        # the cue index costs a pass over the text: it pays only where many mentions share
        # their windows (a news article needs a few dozen tense readings at most)
        if self._reads > _CUE_INDEX_AFTER and not self._may_decide(start, end, first, last):
            return "past"
        return _direction_in(self._text, start, end, first, last)

    def _may_decide(self, start: int, end: int, first: int, last: int) -> bool:
        """Whether a word of the window ``text[first:last]`` outside the mention may give a
        tense: without one, no verb group forms and no deadline word comes before the date,
        and :func:`_direction_in` answers "past" (tests/test_dates_linear.py checks the two
        agree)."""
        text, cues = self._text, self._cue_starts()
        # a word cut by an edge of the window is read as the window cuts it
        for edge in (first, last):
            if 0 < edge < len(text):
                m = _WORD.search(text, max(first, edge - _CUT_WORD), min(last, edge + _CUT_WORD))
                if m is not None and _may_cue(m.group()):
                    return True
        lo = bisect_left(cues, max(0, first - _CUT_WORD))
        hi = bisect_left(cues, last)
        # words that start within the mention are the mention's own (scanner matches end
        # where a word ends)
        return any(not start <= cues[i] < end for i in range(lo, hi))


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# how many tense readings of one text go without the cue index
_CUE_INDEX_AFTER = 64
# A word cut by a window edge: any run of word characters within this distance of it.
_CUT_WORD = 40


def _may_cue(word: str) -> bool:
    """Whether ``word`` (as written) may carry a tense, a "to be", or a deadline."""
    w = word.lower().replace("\u2019", "'")
    kind = _FIXED_KIND.get(w)
    if kind is not None:
        return kind != "x" or w in _TO
    return (
        w in _KIND_NEEDS_CONTEXT
        or w in _WEAK_FUTURE
        or w.endswith(_FUTURE_ENDINGS + _PAST_ENDINGS)
        or w in _SINCE
    )


def _cue_pattern() -> re.Pattern[str]:
    """Where :func:`_may_cue` words are, in one pass: every listed word it takes (as a whole
    run of letters) and every "-ed" or "'ll" ending.  It finds at least the words of
    :data:`_WORD` that ``_may_cue`` takes (a listed word inside a hyphenated one too; an
    ending at its own offset, inside its word), which is what the shortcut needs: it only
    ever takes the slow way more often."""
    listed = {w for w, kind in _FIXED_KIND.items() if kind != "x"}
    listed |= _KIND_NEEDS_CONTEXT | _WEAK_FUTURE | _TO | _SINCE
    words = sorted(listed, key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(w).replace("'", "['\u2019]") for w in words)
    endings = "|".join(
        re.escape(e).replace("'", "['\u2019]") for e in _PAST_ENDINGS + _FUTURE_ENDINGS
    )
    return re.compile(
        rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])|(?<=[A-Za-z])(?:{endings})(?![A-Za-z])",
        re.IGNORECASE | re.ASCII,
    )


# A word (with inner hyphens and apostrophes: "lower-than-expected", "won't", "they'll") or a
# punctuation mark that ends a clause segment.
# [A-Za-z]+(?:['\u2019-][A-Za-z]+){0,6}|--|[,;:()\u2013\u2014]: the first character is read
# first, then what may follow it
_TOKEN = re.compile(
    r"[A-Za-z,;:()\u2013\u2014-]"
    r"(?:(?<=[A-Za-z])[A-Za-z]*(?:['\u2019-][A-Za-z]+){0,6}|(?<=-)-|(?<=[,;:()\u2013\u2014]))"
)
_POSSESSIVE = re.compile("['\u2019]s\\b")
_SEGMENT_BREAKS = frozenset([",", ";", ":", "(", ")", "--", "\u2013", "\u2014"])

# Verb-group parts.  F: future auxiliaries; P: past auxiliaries; H: perfect auxiliaries; S:
# present auxiliaries; f: future words (need the next word in some cases, see _kind); p: past
# verbs and words; x: words that may sit inside a verb group ("will not be", "was also").
_FUTURE_AUX = _words("future_auxiliaries")
_PAST_AUX = _words("past_auxiliaries")
_PERFECT_AUX = _words("perfect_auxiliaries")
_PRESENT_AUX = _words("present_auxiliaries")
_FUTURE_WORDS = _words("future_words")
# these are future words only before "to" ("plans to", "going to"); "set" also before "for"
_NEEDS_TO = _words("future_before_to")
_PAST_WORDS = _words("past_words")
_FILLERS = _words("fillers")
# "-ed" words that are not verbs
_NOT_VERBS = _words("not_verbs")
_DETERMINERS = _words("determiners")
# words just before a date that make it a deadline or a start ("until Friday", "by March")
_WEAK_FUTURE = _words("weak_future")
# the reader's function words and endings (date_grammar.toml ``verb_groups``, where each is described)
_LOWER_CASE_FUTURE = frozenset(_grammar_words("lower_case_future_auxiliaries"))
_FUTURE_OR_PAST = frozenset(_grammar_words("future_or_past"))
_FUTURE_OR_PAST_BEFORE = frozenset(_grammar_words("future_or_past_before"))
_NOT_FUTURE_BEFORE_TO = frozenset(_grammar_words("not_future_before_to"))
_TO = frozenset(_grammar_words("infinitive"))
_BE = frozenset(_grammar_words("infinitive_be"))
_SINCE = frozenset(_grammar_words("since"))
_FUTURE_PERFECT = frozenset(_grammar_words("future_perfect_auxiliaries"))
_INTENSIFIERS = frozenset(_grammar_words("intensifiers"))
_FUTURE_ENDINGS = _grammar_words("future_endings")
_PAST_ENDINGS = _grammar_words("past_endings")
_ADVERB_ENDINGS = _grammar_words("adverb_endings")


def _kind(words: Sequence[str], raw: Sequence[str], i: int, sentence_start: bool) -> str:
    """The verb-group part ``words[i]`` is: one of F P H S f p x, or "" for none.

    >>> _kind(["they", "will", "go"], ["they", "will", "go"], 1, False)
    'F'
    """
    w = words[i]
    known = _FIXED_KIND.get(w)
    if known is not None:
        return known
    if w in _KIND_NEEDS_CONTEXT or w.endswith(_KIND_ENDINGS):
        return _kind_in_context(words, raw, i, sentence_start)
    return ""  # in no word list and with none of the endings below: no part


def _kind_in_context(words: Sequence[str], raw: Sequence[str], i: int, sentence_start: bool) -> str:
    """:func:`_kind` in full: the word lists in order, then the words next to it."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in _FUTURE_AUX or w.endswith(_FUTURE_ENDINGS) or (w in _LOWER_CASE_FUTURE and raw[i] == w):
        return "F"
    if w in _PAST_AUX:
        return "P"
    if w in _PERFECT_AUX:
        return "H"
    if w in _PRESENT_AUX:
        return "S"
    if w in _FUTURE_WORDS:
        if w in _NEEDS_TO:
            return "f" if nxt in _TO else ""
        if w in _FUTURE_OR_PAST:  # "set to", "set for"; "has set"
            return "f" if nxt in _FUTURE_OR_PAST_BEFORE else "p"
        if w in _NOT_FUTURE_BEFORE_TO and nxt in _TO:  # "next to": a place; "due to": a cause
            return ""
        return "f"
    if w in _PAST_WORDS:
        return "p"
    if w in _FILLERS or (w.endswith(_ADVERB_ENDINGS) and len(w) > 4):
        return "x"
    if (
        w.endswith(_PAST_ENDINGS)
        and len(w) > 3
        and "-" not in w
        and w not in _NOT_VERBS
        and (sentence_start or raw[i][0].islower())  # "United", "Ahmed": names
        and not _after_determiner(words, i)  # "the injured", "a still unnamed": adjectives
    ):
        return "p"
    return ""


# The part of each listed word whose part does not depend on the words around it (found by
# asking _kind_in_context in every context that matters), so that most words take one dict
# look-up; the others, and words with the endings _kind_in_context reads, take the full path.
_KIND_ENDINGS = _FUTURE_ENDINGS + _ADVERB_ENDINGS + _PAST_ENDINGS
_FIXED_KIND: dict[str, str] = {}
# the contexts a listed word is asked about: none, after a determiner (and an intensifier), after
# a past verb; before nothing, "to", "for", "be"
_PROBE_BEFORE: tuple[tuple[str, ...], ...] = (
    (),
    (min(_DETERMINERS),),
    (min(_DETERMINERS), min(_INTENSIFIERS)),
    (min(_PAST_WORDS),),
)
_PROBE_AFTER = tuple(dict.fromkeys(("", *sorted(_TO | _FUTURE_OR_PAST_BEFORE | _BE))))
_KIND_NEEDS_CONTEXT: set[str] = set()
for _word in sorted(
    _FUTURE_AUX
    | _PAST_AUX
    | _PERFECT_AUX
    | _PRESENT_AUX
    | _FUTURE_WORDS
    | _PAST_WORDS
    | _FILLERS
    | _LOWER_CASE_FUTURE
):
    _seen = {
        _kind_in_context([*before, _word, after], [*before, spelled, after], len(before), start)
        for before in _PROBE_BEFORE
        for spelled in (_word, _word.title())
        for after in _PROBE_AFTER
        for start in (False, True)
    }
    if len(_seen) == 1:
        _FIXED_KIND[_word] = _seen.pop()
    else:
        _KIND_NEEDS_CONTEXT.add(_word)

_Group = tuple[int, int, int, Literal["past", "future"] | None]  # start, end, segment, tense


def _after_determiner(words: Sequence[str], i: int) -> bool:
    for j in range(i - 1, max(-1, i - 3), -1):
        if words[j] in _DETERMINERS:
            return True
        if not (words[j].endswith(_ADVERB_ENDINGS) or words[j] in _INTENSIFIERS):
            return False
    return False


def _group_tense(kinds: str, head: str) -> Literal["past", "future"] | None:
    """The tense of a verb group from its parts (``kinds``) and its first word (``head``)."""
    first = kinds[0]
    if first == "F" and kinds[1:].lstrip("x").startswith("H") and head not in _FUTURE_PERFECT:
        return "past"  # "may have been", "would have": a modal perfect looks back
    if first in "Ff" or "f" in kinds:  # "will", "was expected to", "did not plan to"
        return "future"
    if first == "P":
        return "past"
    if first == "H":  # "has set", "has been"; a lone "have" may be the main verb
        return "past" if len(kinds.rstrip("t")) > 1 else None
    if first == "S":  # "is to"; otherwise the present says nothing
        return "future" if kinds.startswith("St") else None
    return "past"


@attrs.frozen
class _Tokens:
    """The tokens of one sentence, lower-cased, with their verb-group parts."""

    raw: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    kinds: tuple[str, ...]


def _kinds(
    words: Sequence[str], raw: Sequence[str], spans: Sequence[tuple[int, int]], first: int
) -> list[str]:
    """The verb-group part of every word (:func:`_kind` inlined: most words are in no list
    and have none of the endings)."""
    fixed = _FIXED_KIND.get
    return [
        k
        if (k := fixed(w)) is not None
        else (
            _kind_in_context(words, raw, i, spans[i][0] == first)
            if w in _KIND_NEEDS_CONTEXT or w.endswith(_KIND_ENDINGS)
            else ""
        )
        for i, w in enumerate(words)
    ]


@functools.lru_cache(maxsize=256)
def _sentence_tokens(text: str, first: int, last: int) -> _Tokens:
    """The tokens of ``text[first:last]``: find_dates asks for each date of a sentence, so a
    sentence is tokenised once (the cache holds a few articles' sentences)."""
    matches = list(_TOKEN.finditer(text, first, last))
    raw = tuple([m.group() for m in matches])
    spans = tuple([m.span() for m in matches])
    # tokens hold no spaces and only ASCII letters or punctuation: one lower() for all
    words = tuple(" ".join(raw).lower().replace("\u2019", "'").split(" ")) if raw else ()
    kinds = tuple(_kinds(words, raw, spans, first))
    return _Tokens(
        raw=raw,
        spans=spans,
        starts=tuple([a for a, _ in spans]),
        ends=tuple([b for _, b in spans]),
        words=words,
        kinds=kinds,
    )


def direction_at(text: str, start: int, end: int) -> Literal["past", "future"]:
    """The direction the tense of the sentence around ``text[start:end]`` gives that date.

    The verb group nearest the date in its clause segment (between commas, semicolons,
    dashes, brackets) decides, the one before the date first; then "until" / "by" / "through"
    just before the date make it future (unless the phrase opens the segment: "Until Friday,
    he was ..."); then the nearest group in the rest of the sentence; then such a word
    anyway; otherwise past.  A group's first auxiliary gives its tense ("will be paid" is
    future, "had been expected" past, "is expected" future, "is held" none).

    >>> t = "Rebels took the town on Friday and talks will resume on Monday, officials said."
    >>> direction_at(t, t.index("Friday"), t.index("Friday") + 6)
    'past'
    >>> direction_at(t, t.index("Monday"), t.index("Monday") + 6)
    'future'
    """
    first, last = sentence_bounds(text, start, end)
    return _direction_in(text, start, end, first, last)


def direction_in(
    text: str, start: int, end: int, first: int, last: int
) -> Literal["past", "future"]:
    """:func:`direction_at` in the sentence ``text[first:last]`` (the tense reader of the
    derived scanner where a lexicon's ``[scan]`` table asks for the verb groups).

    >>> t = "Talks will resume on Monday."
    >>> direction_in(t, t.index("Monday"), t.index("Monday") + 6, 0, len(t))
    'future'
    """
    return _direction_in(text, start, end, first, last)


def _direction_in(
    text: str, start: int, end: int, first: int, last: int
) -> Literal["past", "future"]:
    """:func:`direction_at` in the sentence ``text[first:last]``."""
    # Most dates are decided by a verb group of their own clause segment: read that first,
    # and the whole sentence only when it decides nothing.
    decided = _segment_direction(text, start, end, first, last)
    if decided is not None:
        return decided
    tense = _direction_of(text, start, end, first, *_cue_tokens(text, start, end, first, last))
    assert tense is not None  # the whole sentence always decides
    return tense


def _tokens_around(
    text: str, lo: int, hi: int, start: int, end: int
) -> tuple[list[str], list[tuple[int, int]], list[str]]:
    """The tokens of ``text[lo:hi]`` that do not overlap the mention ``text[start:end]``: as
    written, their spans, and lower-cased."""
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, lo, hi):
        span = m.span()
        if span[1] <= start or span[0] >= end:
            spans.append(span)
    raw = [text[a:b] for a, b in spans]
    # tokens hold no spaces: one lower() for all (as _sentence_tokens)
    words = " ".join(raw).lower().replace("\u2019", "'").split(" ") if raw else []
    return raw, spans, words


# the segment-break tokens of _TOKEN: --|[,;:()\u2013\u2014]
_BREAK = re.compile("--|,|;|:|\\(|\\)|\u2013|\u2014")


def _segment_direction(
    text: str, start: int, end: int, first: int, last: int
) -> Literal["past", "future"] | None:
    """What :func:`_direction_of` decides from the mention's clause segment alone ("since"
    before it, or a tensed verb group in the segment), or None.  The segment's tokens and
    their parts are those of the whole sentence: a token never spans a break, and a word's
    part depends on no word across one (a break is neither "to" nor a determiner)."""
    lo = first
    for m in _BREAK.finditer(text, first, start):
        lo = m.end()
    after = _BREAK.search(text, end, last)
    if after is not None and after.start() > first and text[after.start() - 1] == "-":
        return None  # a run of dashes the sentence's tokenising may cut elsewhere
    hi = last if after is None else after.start()
    if _WORD_CHARS.issuperset(text[start - 1 : start + 1]) or _WORD_CHARS.issuperset(
        text[end - 1 : end + 1]
    ):  # a word may run into the mention (never for a scanner match): the general way
        return _segment_direction_reference(text, start, end, first, lo, hi)
    return _segment_tense(text, start, end, first, lo, hi)


def _segment_direction_reference(
    text: str, start: int, end: int, first: int, lo: int, hi: int
) -> Literal["past", "future"] | None:
    """:func:`_segment_direction` in the segment ``text[lo:hi]`` by :func:`_direction_of`."""
    raw, spans, words = _tokens_around(text, lo, hi, start, end)
    kinds = _kinds(words, raw, spans, first)
    return _direction_of(text, start, end, first, raw, spans, words, kinds, segment_only=True)


# the characters a token can hold: where two of them meet, a token may run across
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\u2019-")
# _TOKEN's words: [A-Za-z]+(?:['\u2019-][A-Za-z]+){0,6} with no break tokens to read
_WORD = re.compile("[A-Za-z]+(?:['\u2019-][A-Za-z]+){0,6}")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _segment_tense(
    text: str, start: int, end: int, first: int, lo: int, hi: int
) -> Literal["past", "future"] | None:
    """:func:`_segment_direction_reference` without token spans or match objects.

    Exact when no token runs across ``start`` or ``end`` (the caller checks): the segment
    holds no break token outside the mention (``lo`` and ``hi`` are the nearest breaks), so
    its tokens outside the mention are ``_TOKEN``'s words, which :data:`_WORD` finds alike
    (a break token holds no letter, so both searches reach every letter in the same state),
    and those before the mention are the words of ``text[lo:start]``, those after it the
    words of ``text[end:hi]``.  :func:`_direction_of` in segment mode reads spans only to
    tell the two sides apart (a group never spans the mention) and to see whether a word
    opens the sentence: only a first word starting at ``first`` can.  The verb groups are
    formed as there, word by word; the nearest tensed group before the mention decides,
    else the first after it."""
    before = _WORD.findall(text, lo, start)
    after = _WORD.findall(text, end, hi)
    raw = before + after
    if not raw:
        return None
    split = len(before)
    words = " ".join(raw).lower().replace("\u2019", "'").split(" ")
    # the only word that may open the sentence: the first, if it starts at ``first``
    opener = lo == first and text[lo] in _ASCII_LETTERS and (split > 0 or end == lo)
    if split and words[split - 1] in _SINCE:  # "since" takes a time before the present
        return "past"
    # the nearest tensed group before the mention, else the first after it
    return _side_tense(words, raw, 0, split, opener, first=False) or _side_tense(
        words, raw, split, len(words), opener, first=True
    )


def _side_tense(
    words: Sequence[str], raw: Sequence[str], lo: int, hi: int, opener: bool, *, first: bool
) -> Literal["past", "future"] | None:
    """The tense of the verb groups of ``words[lo:hi]`` (one side of a mention: a group never
    spans it): of the first tensed group with ``first``, else of the last.  Each word's part
    (:func:`_kinds`) is worked out as it is reached, so after the mention the words past the
    first tensed group are never read; a part may look at the words on the other side."""
    fixed = _FIXED_KIND.get
    count = len(words)
    found: Literal["past", "future"] | None = None
    group = gap = ""
    head = 0
    for i in range(lo, hi + 1):
        if i < hi:
            w = words[i]
            kind = fixed(w)
            if kind is None:
                if w in _KIND_NEEDS_CONTEXT or w.endswith(_KIND_ENDINGS):
                    kind = _kind_in_context(words, raw, i, opener and i == 0)
                else:
                    kind = ""
            if kind == "x":
                if group:
                    gap += "t" if w in _TO else "x"
                elif w in _TO and i + 1 < count and words[i + 1] in _BE:  # "to be held"
                    group, gap, head = "f", "", i
                continue
        else:
            kind = ""  # the end of the side closes the open group
        if group and (not kind or len(gap) > 3):
            tense = _group_tense(group + gap, words[head])
            if tense is not None:
                if first:
                    return tense
                found = tense
            group = gap = ""
        if not kind:
            continue
        if group:
            group += gap + kind
        else:
            group, head = kind, i
        gap = ""
    return found


_TokenLists = tuple[
    Sequence[str], Sequence[tuple[int, int]], Sequence[str], Sequence[str]
]  # raw, spans, lower-case words, verb-group parts


def _cue_tokens(text: str, start: int, end: int, first: int, last: int) -> _TokenLists:
    """The tokens of the sentence ``text[first:last]`` without those of the mention
    ``text[start:end]`` (the mention's own words are not cues), with their parts: the
    sentence's tokens are cached, and only the parts next to the cut are worked out again."""
    tokens = _sentence_tokens(text, first, last)
    cut_from = bisect_right(tokens.ends, start)
    cut_to = max(cut_from, bisect_left(tokens.starts, end))
    if cut_from == cut_to:
        return tokens.raw, tokens.spans, tokens.words, tokens.kinds
    raw = tokens.raw[:cut_from] + tokens.raw[cut_to:]
    spans = tokens.spans[:cut_from] + tokens.spans[cut_to:]
    words = tokens.words[:cut_from] + tokens.words[cut_to:]
    kinds = list(tokens.kinds[:cut_from] + tokens.kinds[cut_to:])
    # a word's part depends on the words up to two before it and one after it
    for i in range(max(0, cut_from - 1), min(len(words), cut_from + 2)):
        kinds[i] = _kind(words, raw, i, spans[i][0] == first)
    return raw, spans, words, kinds


def _cue_tokens_reference(text: str, start: int, end: int, first: int, last: int) -> _TokenLists:
    """:func:`_cue_tokens` the straightforward way (the tests compare the two)."""
    raw, spans, words = _tokens_around(text, first, last, start, end)
    kinds = [_kind_in_context(words, raw, i, spans[i][0] == first) for i in range(len(words))]
    return raw, spans, words, kinds


def _direction_of(
    text: str,
    start: int,
    end: int,
    first: int,
    raw: Sequence[str],
    spans: Sequence[tuple[int, int]],
    words: Sequence[str],
    kinds_of: Sequence[str],
    *,
    segment_only: bool = False,
) -> Literal["past", "future"] | None:
    """:func:`direction_at` from the sentence's cue tokens; with ``segment_only`` (the tokens
    of the mention's segment alone) None where the segment does not decide."""
    groups: list[_Group] = []
    kinds = gap = ""
    group_start = group_end = group_segment = head = 0

    def close() -> None:
        nonlocal kinds, gap
        if kinds:
            tense = _group_tense(kinds + gap, words[head])  # a trailing "to" counts: "is to"
            groups.append((group_start, group_end, group_segment, tense))
            kinds = gap = ""

    segment = 0
    mention_segment = -1
    words_before = 0  # words of the mention's segment before it
    previous = ""  # the word just before the mention
    for i, w in enumerate(words):
        position = spans[i][0]
        if mention_segment < 0 and position >= end:  # a group never spans the mention
            close()
            mention_segment = segment
        if w in _SEGMENT_BREAKS:
            close()
            segment += 1
            if mention_segment < 0:  # the words before the mention in its own segment
                words_before = 0
                previous = ""
            continue
        if mention_segment < 0:
            words_before += 1
            previous = w
        kind = kinds_of[i]
        if kind == "x":
            if kinds:
                gap += "t" if w in _TO else "x"
            elif w in _TO and i + 1 < len(words) and words[i + 1] in _BE:  # "to be held"
                kinds, gap, head = "f", "", i
                group_start, group_end, group_segment = position, spans[i][1], segment
            continue
        if not kind:
            if kinds:
                close()
            continue
        if kinds and len(gap) <= 3:
            kinds += gap + kind
            group_end = spans[i][1]
        else:
            close()
            kinds, head = kind, i
            group_start, group_end, group_segment = position, spans[i][1], segment
        gap = ""
    close()
    if mention_segment < 0:
        mention_segment = segment

    if previous in _SINCE:  # "since" takes a time before the present
        return "past"
    tense = _nearest([g for g in groups if g[2] == mention_segment], start, end)
    if tense:
        return tense
    if segment_only:
        return None
    weak = previous in _WEAK_FUTURE
    if weak and words_before > 1:
        return "future"
    if _POSSESSIVE.match(text, end) or _POSSESSIVE.match(text, max(0, end - 2)):
        # "after Wednesday's ruling": the day of an event the clause names; another clause's
        # verb says nothing about it
        return "past"
    tense = _nearest(groups, start, end)
    if tense:
        return tense
    return "future" if weak else "past"


def _nearest(groups: list[_Group], start: int, end: int) -> Literal["past", "future"] | None:
    """The tense of the nearest tensed group before ``start``, else of the first after ``end``."""
    tense = None
    for _, last, _, group_tense in groups:
        if last <= start and group_tense:
            tense = group_tense
    if tense:
        return tense
    for first, _, _, group_tense in groups:
        if first >= end and group_tense:
            return group_tense
    return None


def direction_before(text: str, position: int) -> Literal["past", "future"]:
    """:func:`direction_at` for a date starting at ``position`` whose extent is unknown.

    >>> direction_before("The talks will resume on Friday", 25)
    'future'
    """
    return direction_at(text, position, position)


# the offsets of the words that may carry a tense (SentenceStops._cue_starts)
_CUE = _cue_pattern()
