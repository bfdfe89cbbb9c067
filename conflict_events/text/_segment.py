"""Sentences and spans of a news text, for the extractors.

The API: :func:`sentences` (character spans of the sentences), :func:`sentence_at` (the
sentence that holds a character offset) and :func:`lower_same_length`.  The one keyword index
is :mod:`conflict_events.text._keywords`.  Spans are ``(start, end)`` with
``text[start:end]`` the sentence, leading and trailing white space excluded.

The splitter is rule-based and linear-time (one regex pass with possessive quantifiers, a
bounded look-back for abbreviations), because it runs on every article and must stay a small
part of the extraction budget.  Its rules are in ``docs/casualties-and-claims.md``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Final, NamedTuple

from conflict_events.lexicon import Lexicon, load

__all__ = [
    "Span",
    "ascii_folded",
    "lower_same_length",
    "sentence_at",
    "sentences",
]


Span = tuple[int, int]

# A sentence stop or a line break, then any further stops, closing quotes / brackets and white
# space.  One character class first and one possessive run keep the scan linear and fast.
_BOUNDARY_RE: Final = re.compile(r"(?:[.!?…؟]++[\"'”’»)\]]*+|\n)\s*+")
# The same matches, spelled with the character class as the very first item: then ``re``
# skips ahead to the next stop or line break in C instead of trying the alternation at every
# position (a third of the time the alternation takes; the tests compare the two).
_BOUNDARY_FAST_RE: Final = re.compile(r"[.!?…؟\n](?:(?<=[.!?…؟])[.!?…؟]*+[\"'”’»)\]]*+)?\s*+")
# "؟" is the Arabic question mark (Arabic copy ends a sentence with "." as English does).
_STOPS: Final = ".!?…؟"
_OPENERS: Final = "\"'“‘«([“"
_INITIALS_RE: Final = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")


class _Abbreviations(NamedTuple):
    """A lexicon's abbreviations (``text.abbreviations``) and the keys derived from them."""

    words: frozenset[str]
    long_word: int  # one more than the longest abbreviation
    ends: frozenset[str]  # the last two letters of each
    # the words after which a day written as an ordinal ("7.") ends no sentence ("7. Oktober
    # 2023"), lower case: the calendar tables ``text.constructions.ordinal_day.before`` names
    ordinal_before: frozenset[str] = frozenset()


_ORDINAL_DAY: Final = "text.constructions.ordinal_day.before"


@functools.cache
def _abbreviations(lexicon: Lexicon) -> _Abbreviations:
    words = frozenset(lexicon.words("text.abbreviations"))
    ordinal_before: set[str] = set()
    if lexicon.has(_ORDINAL_DAY):
        for table in lexicon.words(_ORDINAL_DAY):  # "calendar.months": each entry's spellings
            for spellings in lexicon.mapping(table).values():
                ordinal_before.update(w.lower() for w in spellings)
    return _Abbreviations(
        words=words,
        long_word=1 + max(map(len, words), default=0),
        ends=frozenset(word[-2:] for word in words),
        ordinal_before=frozenset(ordinal_before),
    )


def _is_ordinal_day(text: str, dot: int, after: int, abbreviations: _Abbreviations) -> bool:
    """Whether the "." at ``dot`` makes the one or two digits before it an ordinal day before
    a month name starting at ``after`` ("am 7. Oktober 2023")."""
    if dot < 1 or not text[dot - 1].isdigit():
        return False
    first = dot - 2 if dot >= 2 and text[dot - 2].isdigit() else dot - 1
    if first > 0 and (text[first - 1].isalnum() or text[first - 1] in ".,"):
        return False  # three digits or more, a decimal or a date in figures: no day
    end = after
    while end < len(text) and end - after < _LONGEST_MONTH and text[end].isalpha():
        end += 1
    return text[after:end].lower() in abbreviations.ordinal_before


# no month name is longer (a bound on the word read after an ordinal day's dot)
_LONGEST_MONTH: Final = 24


def _is_abbreviation(text: str, dot: int, abbreviations: _Abbreviations) -> bool:
    """Whether the "." at ``dot`` ends an abbreviation ("Nov.", "Dr.", "U.S.", "J.")."""
    # Most sentences end in a word of seven or more ASCII letters: longer than any listed
    # abbreviation and not initials.
    long_word = abbreviations.long_word
    tail = text[dot - long_word : dot] if dot >= long_word else ""
    if tail.isalpha() and tail.isascii():
        return False
    # Initials have a ".", white space, an opener or nothing before their last letter; a
    # listed abbreviation (two letters or more, each lower-casing to one ASCII letter) ends in
    # one of _ABBREVIATION_ENDS.  Most short last words ("said", "city", "2020") are neither.
    if dot >= 2:
        before = text[dot - 2]
        if (
            before != "."
            and before not in _OPENERS
            and not before.isspace()
            and text[dot - 2 : dot].lower() not in abbreviations.ends
        ):
            return False
    window = text[max(0, dot - 24) : dot]
    word = window.rsplit(None, 1)[-1] if window and not window[-1].isspace() else ""
    word = word.lstrip(_OPENERS)
    if not word:
        return False
    if word.lower() in abbreviations.words:
        return True
    # _INITIALS_RE matches one letter, or letters and dots ending ".X": any other word is no
    # initials, tested without the regex call (which costs more than the rest of this check).
    if len(word) > 1 and word[-2] != ".":
        return False
    return _INITIALS_RE.fullmatch(word) is not None


def sentences(text: str, *, lexicon: Lexicon | str = "en") -> list[Span]:
    """The sentences of ``text`` as ``(start, end)`` character spans, in order.

    A sentence ends at ``.``, ``!``, ``?``, ``؟`` or ``…`` (with any closing quotes or
    brackets) followed by white space and then a capital, a digit, a letter of a script
    without case (Arabic) or an opening quote — unless the
    ``.`` ends an abbreviation ("Nov.", "Dr.", "U.S.", an initial) — or at a line break,
    unless the next line starts in lower case (hard-wrapped text).  Headlines and datelines on
    their own line are sentences of their own.  The spans of the last few texts are cached, so
    extractors that run on one article share one split.  The abbreviations come from
    ``lexicon`` (its ``text.abbreviations``).

    >>> text = 'Dr. Smith arrived on Nov. 27. "We won." Rebels took the U.S. base.\\nA Headline'
    >>> [text[s:e] for s, e in sentences(text)]
    ['Dr. Smith arrived on Nov. 27.', '"We won."', 'Rebels took the U.S. base.', 'A Headline']
    """
    return list(_sentences(text, load(lexicon)))


@lru_cache(maxsize=16)
def _sentences(text: str, lexicon: Lexicon) -> tuple[Span, ...]:
    abbreviations = _abbreviations(lexicon)
    spans: list[Span] = []
    start = 0
    n = len(text)
    resume = 0
    match = _BOUNDARY_FAST_RE.match
    for at in _stop_positions(text):
        if at < resume:
            continue  # part of the last run ("...", "\n\n"): finditer would go on after it
        m = match(text, at)
        if m is None:  # never: the pattern's one required character is the stop at ``at``
            continue
        resume = m.end()
        run = m.group()
        core = run.rstrip()
        nxt = m.end()
        if not core or core[0] == "\n":
            # a line break: ends a sentence unless a hard-wrapped line goes on in lower case
            if run.count("\n") < 2 and nxt < n and text[nxt].islower():
                continue
            cut = m.start()
        else:
            if len(core) == len(run) and nxt < n:
                continue  # no white space after the stop: "U.S.-backed", "3.5"
            cut = m.start() + len(core)
            if nxt < n:
                j = nxt
                while j < n and j < nxt + 3 and text[j] in _OPENERS:
                    j += 1
                following = text[j] if j < n else ""
                if not (_starts_sentence(following) or j > nxt):
                    continue
                if core == "." and _is_abbreviation(text, m.start(), abbreviations):
                    continue
                if (
                    core == "."
                    and abbreviations.ordinal_before
                    and _is_ordinal_day(text, m.start(), j, abbreviations)
                ):
                    continue
        _add(text, spans, start, cut)
        start = nxt
    _add(text, spans, start, n)
    return tuple(spans)


_STOPS_AND_BREAK: Final = _STOPS + "\n"


def _starts_sentence(char: str) -> bool:
    """Whether ``char`` after a stop and white space may open a new sentence: a capital, a
    digit, or a letter of a script without case (Arabic: "… الجيش. وكان …"), where no capital
    marks the start and only a lower-case letter says the sentence goes on.

    >>> [_starts_sentence(c) for c in ("R", "r", "7", "و", "٣", "")]
    [True, False, True, True, True, False]
    """
    return char.isupper() or char.isdigit() or (char.isalpha() and not char.islower())


def _stop_positions(text: str) -> list[int]:
    """Where a sentence stop or a line break stands in ``text``, in order.

    ``_BOUNDARY_FAST_RE.finditer`` matches exactly at these places (its one required item is
    such a character, the rest is optional), except inside a run it already took.
    ``str.find`` jumps from one to the next far faster than the regex engine, which tests
    every character of the text against the class (the tests compare the two).
    """
    found: list[int] = []
    find = text.find
    for char in _STOPS_AND_BREAK:
        i = find(char)
        while i != -1:
            found.append(i)
            i = find(char, i + 1)
    found.sort()
    return found


def _add(text: str, spans: list[Span], start: int, end: int) -> None:
    # Mostly the span has no white space at either end (a boundary match eats the white space
    # after a stop): then it is the span itself, with no copy to strip.  ``str.strip`` and
    # ``str.isspace`` test the same characters.
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        spans.append((start, end))
        return
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def sentence_at(spans: list[Span], pos: int) -> Span | None:
    """The span in ``spans`` (as :func:`sentences` returns them) that holds offset ``pos``.

    >>> sentence_at([(0, 10), (11, 20)], 12)
    (11, 20)
    >>> sentence_at([(0, 10), (11, 20)], 10) is None
    True
    """
    i = bisect_right(spans, pos, key=lambda span: span[0]) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return None


# The characters other than A-Z that a case-insensitive ``re`` pattern matches with an ASCII
# letter ("ſ" with "s", "ı" and "İ" with "i", the Kelvin sign with "k"; the tests check the
# list against every code point).
_RE_FOLDS: Final = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def ascii_folded(text: str) -> str:
    """``text`` lower-cased with the few non-ASCII letters that an ``re.IGNORECASE`` pattern
    equates with an ASCII one folded to it: a substring test on the result is a safe
    pre-filter for a case-insensitive pattern spelled in ASCII letters.

    >>> ascii_folded("Outſide ISTANBUL")
    'outside istanbul'
    """
    return text.lower() if text.isascii() else text.translate(_RE_FOLDS).lower()


# Arabic punctuation read as its Latin counterpart by the patterns that run on the lower-cased
# text (one character for one, so every offset stays): the comma "،" separates a list or a
# breakdown as "," does ("قُتل 11 مدنياً، بينهم أربعة أطفال"), "؛" and "؟" end clauses.
_ARABIC_MARKS: Final = str.maketrans({"\u060c": ",", "\u061b": ";", "\u061f": "?"})


def lower_same_length(text: str) -> str:
    """``text`` in lower case with every character at the same offset ("İ", whose lower
    case ``str.lower`` writes as two characters, becomes "i").  Arabic
    punctuation ("،", "؛", "؟") becomes the Latin mark the patterns read.

    >>> lower_same_length("Over 300")
    'over 300'
    >>> lower_same_length("İÇİŞLERİ")
    'içişleri'
    >>> lower_same_length("قتيلان، وجريح") == "قتيلان, وجريح"
    True
    """
    low = text.lower()
    if len(low) != len(text):
        # "İ" is the one character whose lower case is two: as a plain "i" it keeps the
        # offsets, and every other letter is lowered as usual
        low = text.replace("\u0130", "i").lower()
    return latin_marks(low)


def latin_marks(text: str) -> str:
    """``text`` with Arabic punctuation ("،", "؛", "؟") as the Latin marks the patterns read,
    every character at its offset: what a grammar reading the original case (the rare text
    with a letter ``re`` folds specially) reads, as :func:`lower_same_length` does.

    >>> latin_marks("قتيلان، وجريح") == "قتيلان, وجريح"
    True
    """
    if not text.isascii() and ("\u060c" in text or "\u061b" in text or "\u061f" in text):
        return text.translate(_ARABIC_MARKS)
    return text
