"""Matching machinery shared by :class:`ActorRegistry` and :class:`Gazetteer`.

* :class:`MentionScanner` finds every known name in running text in one pass of an
  Aho-Corasick automaton (``pyahocorasick``) over the folded text, respecting word
  boundaries, and maps the hits back to the original character offsets.  Acronyms are
  scanned case-sensitively over the original text by a second automaton.
* :class:`FuzzyIndex` finds names close to a misspelt one with ``rapidfuzz``, scoring only
  a block of candidates that share a word prefix or suffix with the query, so a search stays
  well under a millisecond on a 100,000-name index.
* :func:`longest_non_overlapping` picks, among overlapping hits, the longest ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick
from rapidfuzz import fuzz, process

from conflict_events.resolve._normalize import acronym_key, fold_text, scan_keys

__all__ = ["FuzzyIndex", "MentionScanner", "RawMatch", "longest_non_overlapping"]

P = TypeVar("P")

#: Words that say nothing about which name is meant; they never form a fuzzy block.
_BLOCK_STOP_WORDS = frozenset({"the", "and", "for", "of", "al", "el", "de", "la", "le", "du"})
#: Function words left out of the fuzzy comparison ("Islamic State in Iraq" is
#: "Islamic State of Iraq"); the Arabic article stays, it is part of the name.
_FUZZY_STOP_WORDS = frozenset({"the", "and", "for", "of", "in", "on", "at", "to", "a", "an"})


def _fuzzy_tokens(key: str) -> list[str]:
    tokens = key.split()
    significant = [t for t in tokens if t not in _FUZZY_STOP_WORDS]
    return sorted(significant or tokens)


class RawMatch(NamedTuple, Generic[P]):
    """A word-bounded hit: its span in the original text and the payloads of the name
    (the same list object for every hit of one name)."""

    start: int
    end: int
    payloads: Sequence[P]
    acronym: bool


def _acronym_forms(acronym: str) -> set[str]:
    key = acronym_key(acronym)
    forms = {key}
    if key.isalpha() and 2 <= len(key) <= 6:
        forms.add(".".join(key) + ".")  # "U.N." as well as "UN"
    return forms


def _nearest_letter(text: str, index: int, step: int) -> str | None:
    for _ in range(8):
        if not 0 <= index < len(text):
            return None
        char = text[index]
        if char.isalpha():
            return char
        index += step
    return None


def _is_shouting(text: str, start: int, end: int) -> bool:
    # An acronym among all-capital words ("THE US AND THE UN MET") is no evidence of the
    # acronym: the nearest letters on both sides decide.
    neighbours = [
        c for c in (_nearest_letter(text, start - 1, -1), _nearest_letter(text, end, 1)) if c
    ]
    return bool(neighbours) and all(c.isupper() for c in neighbours)


class MentionScanner(Generic[P]):
    """Names (with payloads) to find in running text.

    >>> scanner = MentionScanner[str]()
    >>> scanner.add("al-Nusra Front", "actor:nusra-front")
    >>> scanner.add("SAA", "actor:syria-mil", acronym=True)
    >>> [(m.start, m.end, list(m.payloads)) for m in scanner.scan("An-Nusra Front and the SAA.")]
    [(0, 14, ['actor:nusra-front']), (23, 26, ['actor:syria-mil'])]
    """

    def __init__(self) -> None:
        self._words: dict[str, list[P]] = {}
        self._acronyms: dict[str, list[P]] = {}
        self._automaton: Any = None
        self._acronym_automaton: Any = None

    def add(self, name: str, payload: P, *, acronym: bool = False) -> None:
        """Register ``name`` (an acronym is matched case-sensitively, else folded)."""
        keys = _acronym_forms(name) if acronym else scan_keys(name)
        table = self._acronyms if acronym else self._words
        for key in keys:
            if not key:
                continue
            payloads = table.setdefault(key, [])
            if payload not in payloads:
                payloads.append(payload)
        if acronym:
            self._acronym_automaton = None
        else:
            self._automaton = None

    def __len__(self) -> int:
        return len(self._words) + len(self._acronyms)

    @staticmethod
    def _build(table: dict[str, list[P]], pad: bool) -> Any:
        automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
        for key, payloads in table.items():
            # A leading space in the key makes every hit start at a word boundary, so the
            # automaton never reports the thousands of in-word hits of short names.
            automaton.add_word((" " + key) if pad else key, (len(key), payloads))
        if len(automaton) == 0:
            return None
        automaton.make_automaton()
        return automaton

    def scan(self, text: str) -> list[RawMatch[P]]:
        """Every word-bounded hit in ``text``, overlapping ones included, in text order."""
        if self._automaton is None and self._words:
            self._automaton = self._build(self._words, pad=True)
        if self._acronym_automaton is None and self._acronyms:
            self._acronym_automaton = self._build(self._acronyms, pad=False)
        hits: list[RawMatch[P]] = []
        if self._automaton is not None:
            folded = fold_text(text)
            body = folded.text
            size = len(body)
            mapped = folded.has_segments
            for end, (length, payloads) in self._automaton.iter(" " + body):
                # ``end`` is the index of the last character in the padded text, so the
                # exclusive end in the unpadded one.
                if end < size and body[end] not in " '":
                    continue  # the name runs on into a longer word
                start = end - length
                if mapped:
                    start, end = folded.original_span(start, end)
                    if end <= start:
                        continue
                hits.append(RawMatch(start, end, payloads, False))
        if self._acronym_automaton is not None:
            size = len(text)
            for end_index, (length, payloads) in self._acronym_automaton.iter(text):
                end = end_index + 1
                start = end - length
                if start > 0 and text[start - 1].isalnum():
                    continue
                if end < size and text[end].isalnum():
                    continue
                if _is_shouting(text, start, end):
                    continue
                hits.append(RawMatch(start, end, payloads, True))
        hits.sort(key=_text_order)
        return hits


def _text_order(match: RawMatch[Any]) -> tuple[int, int]:
    return match.start, -match.end


def longest_non_overlapping(spans: Iterable[tuple[int, int, P]]) -> list[tuple[int, int, P]]:
    """The longest spans that do not overlap (ties: the leftmost), in text order.

    >>> longest_non_overlapping([(0, 6, "a"), (0, 14, "b"), (7, 14, "c"), (20, 25, "d")])
    [(0, 14, 'b'), (20, 25, 'd')]
    """
    ordered = sorted(spans, key=lambda s: (s[0], s[1]))
    chosen: list[tuple[int, int, P]] = []
    # Spans only compete within a cluster of overlapping ones; clusters are small.
    cluster: list[tuple[int, int, P]] = []
    cluster_end = -1
    for span in [*ordered, None]:
        if span is not None and span[0] < cluster_end:
            cluster.append(span)
            cluster_end = max(cluster_end, span[1])
            continue
        if len(cluster) == 1:
            chosen.append(cluster[0])
        elif cluster:
            picked: list[tuple[int, int, P]] = []
            for candidate in sorted(cluster, key=lambda s: (s[0] - s[1], s[0])):
                if all(candidate[1] <= p[0] or p[1] <= candidate[0] for p in picked):
                    picked.append(candidate)
            chosen.extend(sorted(picked, key=lambda s: s[0]))
        if span is not None:
            cluster = [span]
            cluster_end = span[1]
    return chosen


def _block_keys(tokens: list[str]) -> set[str]:
    # Blocks are per word count too: a typo does not add or drop a word, and a name that
    # is another plus or minus a word ("Security Council" / "UN Security Council") is
    # another name.
    count = len(tokens)
    keys: set[str] = set()
    for token in tokens:
        if len(token) < 3 or token in _BLOCK_STOP_WORDS:
            continue
        keys.add(f"{count}^{token[:3]}")
        if len(token) >= 4:
            keys.add(f"{count}{token[-3:]}$")
    return keys


class FuzzyIndex:
    """Blocked fuzzy search over normalised names.

    A name is compared without function words ("of", "the", "in"...) and in token-sorted
    form (so word order does not matter) with ``rapidfuzz.fuzz.ratio`` (normalised Indel
    similarity, 0-100).  Only names with as many words as the query that share the first
    three or the last three letters of some word with it are scored — a typo rarely
    touches both ends of every word — and a block larger than ``max_block`` (a word end
    that half the index shares) is skipped as uninformative.

    >>> index = FuzzyIndex()
    >>> index.add("hayat tahrir al sham", 0)
    >>> index.add("syrian national army", 1)
    >>> index.search("hayat tahreer al sham", 85)
    [(92.68..., 0)]
    >>> index.search("syrian national council", 85)
    []
    """

    def __init__(self, *, max_block: int = 25_000) -> None:
        self._names: list[str] = []
        self._payloads: list[int] = []
        self._blocks: dict[str, tuple[list[str], list[int]]] | None = None
        self.max_block = max_block

    def __len__(self) -> int:
        return len(self._names)

    def add(self, key: str, payload: int) -> None:
        """Index the normalised name ``key`` for ``payload`` (an int the caller maps)."""
        tokens = _fuzzy_tokens(key)
        if not tokens:
            return
        self._names.append(" ".join(tokens))
        self._payloads.append(payload)
        self._blocks = None

    def _build(self) -> dict[str, tuple[list[str], list[int]]]:
        blocks: dict[str, tuple[list[str], list[int]]] = {}
        for name, payload in zip(self._names, self._payloads, strict=True):
            for key in _block_keys(name.split()):
                block = blocks.get(key)
                if block is None:
                    block = blocks[key] = ([], [])
                block[0].append(name)
                block[1].append(payload)
        return blocks

    def search(self, key: str, cutoff: float) -> list[tuple[float, int]]:
        """``(score, payload)`` of every indexed name scoring at least ``cutoff`` against the
        normalised ``key``, best first, one entry per payload."""
        if self._blocks is None:
            self._blocks = self._build()
        tokens = _fuzzy_tokens(key)
        query = " ".join(tokens)
        best: dict[int, float] = {}
        for block_key in _block_keys(tokens):
            block = self._blocks.get(block_key)
            if block is None or len(block[0]) > self.max_block:
                continue
            names, payloads = block
            for _, score, index in process.extract(
                query, names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                payload = payloads[index]
                if score > best.get(payload, -1.0):
                    best[payload] = score
        return sorted(((s, p) for p, s in best.items()), key=lambda sp: (-sp[0], sp[1]))
