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
from typing import Any, Final, NamedTuple

import attrs

from conflict_events.lexicon import Lexicon, load
from conflict_events.text._accel import literal_prefixes
from conflict_events.text._segment import lower_same_length

__all__ = [
    "KeywordHits",
    "Vocabulary",
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
def _automaton(lexicon: Lexicon) -> tuple[Any, tuple[str, ...]]:
    """One automaton for the keywords of every registered stage: a key's value is its
    length, itself, the stages it serves as a stem and those it serves as a whole word."""
    import ahocorasick

    stages = tuple(_BUILDERS)
    entries: dict[str, list[tuple[int, bool]]] = {}
    for index, stage in enumerate(stages):
        vocabulary = _BUILDERS[stage](lexicon)
        for stem in vocabulary.stems:
            entries.setdefault(stem, []).append((index, False))
        for word in vocabulary.words:
            entries.setdefault(word, []).append((index, True))
    automaton = ahocorasick.Automaton()
    for key, served in entries.items():
        stems = tuple(index for index, whole in served if not whole)
        words = tuple(index for index, whole in served if whole)
        automaton.add_word(key, (len(key), key, stems, words))
    if entries:
        automaton.make_automaton()
    return automaton, stages


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
    automaton, stages = _automaton(lexicon)
    low = lower_same_length(text)
    lists: list[list[tuple[int, int, str]]] = [[] for _ in stages]
    if len(automaton):
        n = len(low)
        for last, (size, key, stems, words) in automaton.iter(low):
            start = last - size + 1
            if start > 0 and low[start - 1].isalnum():
                continue  # a keyword starts a word
            end = last + 1
            hit = (start, end, key)
            for index in stems:
                lists[index].append(hit)
            if words and (end == n or not low[end].isalnum()):
                for index in words:  # (a whole word: it ends one too)
                    lists[index].append(hit)
    by_stage: dict[str, list[tuple[int, int, str]]] = {}
    for stage, hits in zip(stages, lists, strict=True):
        # The automaton reports hits by where they end; a stable sort orders them by start.
        hits.sort(key=_start)
        by_stage[stage] = hits
    return KeywordHits(low, by_stage)


_start: Final = operator.itemgetter(0)  # (a hit's start, read without a Python call)


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


_RE_FOLD_PARTNERS: Final = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def re_case_variants(char: str) -> frozenset[str]:
    """The characters ``re.IGNORECASE`` equates with the lower-case ASCII letter ``char``
    (itself, its capital, and the few non-ASCII letters re folds onto it).

    >>> sorted(re_case_variants("i"))
    ['I', 'i', 'İ', 'ı']
    """
    return frozenset(char + char.upper() + _RE_FOLD_PARTNERS.get(char, ""))
