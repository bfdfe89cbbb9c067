"""The one keyword index: every stage's keywords found in one Aho-Corasick pass per text.

A stage (the casualty grammar, the attribution grammar, the event cues...) *registers* a
vocabulary builder with :func:`register`: a function from a :class:`~conflict_events.lexicon.Lexicon`
to a :class:`Vocabulary`, computed from the lexicon's words and the stage's compiled patterns
(never written by hand, so a word added to the data cannot be skipped by the fast path).
:func:`keyword_hits` runs one pass over the lower-cased text with the keywords of every
registered stage and hands each stage its hits; the automaton is built once per lexicon (and
again only when a stage registers later).  The stages import this module, never each other.

:func:`literal_prefixes` derives a pattern's keys: the literal strings one of which starts
every match of a regex.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Final, NamedTuple

import attrs

from conflict_events.lexicon import Lexicon, load
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
    length, itself and the stages it serves (with whether each needs a whole word)."""
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
        automaton.add_word(key, (len(key), key, tuple(served)))
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
        for last, (size, key, served) in automaton.iter(low):
            start = last - size + 1
            if start > 0 and low[start - 1].isalnum():
                continue  # a keyword starts a word
            end = last + 1
            ends_word = end == n or not low[end].isalnum()
            for index, whole in served:
                if ends_word or not whole:
                    lists[index].append((start, end, key))
    by_stage: dict[str, list[tuple[int, int, str]]] = {}
    for stage, hits in zip(stages, lists, strict=True):
        # The automaton reports hits by where they end; a stable sort orders them by start.
        hits.sort(key=_start)
        by_stage[stage] = hits
    return KeywordHits(low, by_stage)


def _start(hit: tuple[int, int, str]) -> int:
    return hit[0]


_LITERAL, _BRANCH, _SUBPATTERN, _IN, _REPEATS = (
    sre_parse.LITERAL,
    sre_parse.BRANCH,
    sre_parse.SUBPATTERN,
    sre_parse.IN,
    (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT),
)
_MAX_KEYS: Final = 64  # beyond this many alternatives a prefix is cut where it stands


def literal_prefixes(pattern: str, flags: int = 0) -> frozenset[str]:
    """Lower-case literal strings one of which starts every match of ``pattern``: the
    alternatives spelled out through branches, optional characters and character sets of
    literals, up to the first item that is none of these.  Raises ``ValueError`` when some
    match could start with no literal (the pattern needs another prefilter).

    >>> sorted(literal_prefixes(r"shell(?:ed|s)|re-?took|air\\s+strikes?"))
    ['air', 're-took', 'retook', 'shelled', 'shells']
    """
    parsed = sre_parse.parse(pattern, flags)
    done: set[str] = set()
    open_ = _walk(list(parsed), {""}, done)
    keys = {k.lower() for k in done | open_}
    if "" in keys:
        raise ValueError(f"a match of {pattern!r} can start with no literal")
    return frozenset(keys)


def _walk(items: Iterable[Any], prefixes: set[str], done: set[str]) -> set[str]:
    """Extend ``prefixes`` (still open) by ``items``; prefixes that can grow no further go
    to ``done``.  Returns the prefixes still open after the items."""
    for op, av in items:
        if not prefixes:
            return prefixes
        if op is _LITERAL:
            prefixes = {p + chr(av) for p in prefixes}
        elif op is _SUBPATTERN:
            prefixes = _walk(list(av[-1]), prefixes, done)
        elif op is _BRANCH or (op is _IN and all(o is _LITERAL for o, _ in av)):
            branches = av[1] if op is _BRANCH else [[(o, a)] for o, a in av]
            grown: set[str] = set()
            for branch in branches:
                grown |= _walk(list(branch), set(prefixes), done)
            prefixes = grown
        elif op in _REPEATS and av[0] in (0, 1) and av[1] == 1:
            grown = _walk(list(av[2]), set(prefixes), done)
            prefixes = grown | prefixes if av[0] == 0 else grown
        else:
            done.update(prefixes)
            return set()
        if len(prefixes) > _MAX_KEYS:
            done.update(prefixes)
            return set()
    return prefixes


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
