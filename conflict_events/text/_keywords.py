"""The one keyword index: every stage's keywords found in one Aho-Corasick pass per text.

A stage (the casualty grammar, the attribution grammar, the event cues...) *registers* a
vocabulary builder with :func:`register`: a function from a :class:`~conflict_events.lexicon.Lexicon`
to a :class:`Vocabulary`, computed from the lexicon's words and the stage's compiled patterns
(never written by hand, so a word added to the data cannot be skipped by the fast path).
:func:`keyword_hits` runs one pass over the lower-cased text with the keywords of every
registered stage and hands each stage its hits; the automaton is built once per lexicon (and
again only when a stage registers later).  The stages import this module, never each other.

A cue pattern's keys are its literal prefixes (:func:`conflict_events.text._accel.literal_prefixes`,
re-exported here for the stages).
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable
from itertools import chain
from typing import Any, Final, NamedTuple

import attrs

from conflict_events.lexicon import Lexicon, load
from conflict_events.text._accel import literal_prefixes
from conflict_events.text._segment import lower_same_length

__all__ = [
    "KeywordHits",
    "Vocabulary",
    "case_blind_firsts",
    "covering_stems",
    "keyword_hits",
    "literal_prefixes",
    "re_case_variants",
    "register",
]


@attrs.frozen(kw_only=True)
class Vocabulary:
    """A stage's keywords: ``stems`` need only start a word ("captur" finds "captured"),
    ``words`` must also end one.  Keywords are lower case."""

    stems: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()


_BUILDERS: dict[str, Callable[[Lexicon], Vocabulary]] = {}


def register(stage: str, vocabulary: Callable[[Lexicon], Vocabulary]) -> str:
    """Register ``stage``'s vocabulary builder (a module-level function of the stage, kept
    for the life of the process); returns ``stage``, the key of its hits.  Registering the
    same builder again changes nothing.

    >>> from conflict_events.extract import _casualties
    >>> register("casualty outcomes", _casualties._outcome_vocabulary)
    'casualty outcomes'
    >>> [word for _, _, word in keyword_hits("Two were killed.").get("casualty outcomes")]
    ['killed']
    """
    if _BUILDERS.get(stage) is not vocabulary:
        _BUILDERS[stage] = vocabulary
        _automaton.cache_clear()
        _hits.cache_clear()
    return stage


class KeywordHits(NamedTuple):
    """The keyword hits of one text: ``low`` is ``lower_same_length(text)``, ``by_stage``
    each registered stage's hits ``(start, end, keyword)`` in text order (callers must not
    change the lists)."""

    low: str
    by_stage: dict[str, list[tuple[int, int, str]]]

    def get(self, stage: str) -> list[tuple[int, int, str]]:
        return self.by_stage.get(stage, _NONE)


_NONE: Final[list[tuple[int, int, str]]] = []


@functools.cache
def _automaton(lexicon: Lexicon) -> tuple[Any, tuple[str, ...], tuple[tuple[int, ...], ...], int]:
    """One automaton for the keywords of every registered stage: a key's value is its
    length, itself, and the group of keys its hits go to as a stem and as a whole word
    (-1: none).  A group is the keys that serve one set of stages so (derived from the
    vocabularies): a hit is one append per group, not one per stage; the third item gives
    each stage its groups, the fourth how many groups there are."""
    import ahocorasick

    stages = tuple(_BUILDERS)
    entries: dict[str, list[tuple[int, bool]]] = {}
    for index, stage in enumerate(stages):
        vocabulary = _BUILDERS[stage](lexicon)
        for stem in vocabulary.stems:
            entries.setdefault(stem, []).append((index, False))
        for word in vocabulary.words:
            entries.setdefault(word, []).append((index, True))
    groups: dict[tuple[bool, tuple[int, ...]], int] = {}

    def group(whole: bool, served: tuple[int, ...]) -> int:
        return groups.setdefault((whole, served), len(groups)) if served else -1

    automaton = ahocorasick.Automaton()
    for key, served in entries.items():
        stems = tuple(index for index, whole in served if not whole)
        words = tuple(index for index, whole in served if whole)
        automaton.add_word(key, (len(key), key, group(False, stems), group(True, words)))
    if entries:
        automaton.make_automaton()
    ordered = sorted(groups.items(), key=operator.itemgetter(1))
    of_stage = tuple(
        tuple(number for (_, served), number in ordered if index in served)
        for index in range(len(stages))
    )
    return automaton, stages, of_stage, len(groups)


def keyword_hits(text: str, lexicon: Lexicon | str = "en") -> KeywordHits:
    """Every registered stage's keywords in ``text``, in one pass (cached for the last few
    texts: extract_report's stages share one pass).

    >>> hits = keyword_hits("Activists said four were killed.")
    >>> hits.low[:9]
    'activists'
    """
    return _hits(text, load(lexicon))


@functools.lru_cache(maxsize=4)
def _hits(text: str, lexicon: Lexicon) -> KeywordHits:
    automaton, stages, of_stage, count = _automaton(lexicon)
    low = lower_same_length(text)
    lists: list[list[tuple[int, int, str]]] = [[] for _ in range(count)]
    if len(automaton):
        n = len(low)
        for last, (size, key, stems, words) in automaton.iter(low):
            start = last - size + 1
            if start > 0 and low[start - 1].isalnum():
                continue  # a keyword starts a word
            end = last + 1
            if stems >= 0:
                lists[stems].append((start, end, key))
            if words >= 0 and (end == n or not low[end].isalnum()):
                lists[words].append((start, end, key))  # (a whole word: it ends one too)
    by_stage: dict[str, list[tuple[int, int, str]]] = {}
    for stage, numbers in zip(stages, of_stage, strict=True):
        # A stage's hits by start, then end (as the automaton reports those of one start;
        # two hits with both alike are one key).
        hits = sorted(chain.from_iterable(map(lists.__getitem__, numbers)))
        by_stage[stage] = hits
    return KeywordHits(low, by_stage)


def covering_stems(keys: Iterable[str]) -> frozenset[str]:
    """The keys that no other key starts: as stems (which need only start a word) they find
    every word the others find, each once.

    >>> sorted(covering_stems(["capture", "captured", "air", "airstrike"]))
    ['air', 'capture']
    """
    out: list[str] = []
    for key in sorted(set(keys)):  # a key sorts right after its prefixes' run
        if not out or not key.startswith(out[-1]):
            out.append(key)
    return frozenset(out)


# The non-ASCII letters re.IGNORECASE equates with an ASCII letter, by that letter (checked
# against re over every code point: tests/test_keywords_re_folds.py)
_RE_FOLD_PARTNERS: Final = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_FOLDS_ONTO_ASCII: Final = frozenset("".join(_RE_FOLD_PARTNERS.values()))


def re_case_variants(char: str) -> frozenset[str]:
    """The characters ``re.IGNORECASE`` equates with the lower-case ASCII letter ``char``
    (itself, its capital, and the few non-ASCII letters re folds onto it).

    >>> sorted(re_case_variants("i"))
    ['I', 'i', 'İ', 'ı']
    """
    return frozenset(char + char.upper() + _RE_FOLD_PARTNERS.get(char, ""))


def case_blind_firsts(phrases: Iterable[str]) -> frozenset[str] | None:
    """The lower-case first words of ``phrases`` (words split by single spaces) that a
    case-blind pattern of them (``re.IGNORECASE``, words joined by white space) can match in
    ASCII text: every match there starts with one of them, so an ASCII text whose lower case
    holds none has no match.  A first word with a non-ASCII letter cannot stand in ASCII
    text and is left out; None (no sound test) where one has a letter that re folds onto an
    ASCII letter ("ı" and "i", "ſ" and "s": the letters :func:`re_case_variants` adds).

    >>> sorted(case_blind_firsts(["previous toll", "Earlier count", "décompte précédent"]))
    ['earlier', 'previous']
    >>> case_blind_firsts(["sayısı arttı"]) is None
    True
    """
    out: set[str] = set()
    for phrase in phrases:
        first = phrase.split(" ", 1)[0]
        if first.isascii():
            out.add(first.lower())
        elif not _FOLDS_ONTO_ASCII.isdisjoint(first):
            return None
    return frozenset(out)
