"""Matching machinery shared by :class:`ActorRegistry` and :class:`Gazetteer`.

* :class:`MentionScanner` finds every known name in running text in one pass of an
  Aho-Corasick automaton (``pyahocorasick``) over the folded text.  Every key is padded
  with a space on both sides and the folded text too, so every hit is word-bounded by
  construction and the automaton never reports in-word hits.  Names that must match with
  their exact case (acronyms, demonym descriptors) are found by the same pass under their
  folded key and then checked against the original characters.
* :class:`FuzzyIndex` finds names close to a misspelt one with ``rapidfuzz``, scoring only
  a block of candidates that share a word prefix or suffix with the query, so a search stays
  well under a millisecond on a 100,000-name index.
* :func:`longest_non_overlapping` picks, among overlapping hits, the longest ones.
* :func:`joined_word_before` / :func:`joined_word_after` give the word written right
  next to a hit (one space apart), for the "part of a longer proper name" rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick
from rapidfuzz import fuzz, process

from conflict_events.model._checks import slot_setters
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._normalize import FoldedText, acronym_key, fold_text, scan_keys
from conflict_events.resolve._words import NameWords, english

__all__ = [
    "NAME_BREAK_WORDS",
    "FuzzyIndex",
    "MentionScanner",
    "RawMatch",
    "capitalised_word_after",
    "capitalised_word_before",
    "joined_word_after",
    "joined_word_before",
    "longest_non_overlapping",
    "mentions_of",
]

P = TypeVar("P")


def _fuzzy_tokens(key: str, stop_words: frozenset[str]) -> list[str]:
    tokens = key.split()
    significant = [t for t in tokens if t not in stop_words]
    return sorted(significant or tokens)


class RawMatch(NamedTuple, Generic[P]):
    """A word-bounded hit: its span in the original text, the payloads of the name (the
    same sequence object for every hit of one name), and whether it was matched with its
    exact case (an acronym or a form added with :meth:`MentionScanner.add_cased`)."""

    start: int
    end: int
    payloads: Sequence[P]
    cased: bool


def _acronym_forms(acronym: str) -> set[str]:
    key = acronym_key(acronym)
    forms = {key}
    if key.isalpha() and 2 <= len(key) <= 6:
        forms.add(".".join(key) + ".")  # "U.N." as well as "UN"
    return forms


_LETTER = re.compile(r"[^\W\d_]")


def _is_shouting(text: str, start: int, end: int) -> bool:
    # An acronym among all-capital words ("THE US AND THE UN MET") is no evidence of the
    # acronym: the nearest letters on both sides (within 8 characters) decide.
    right = _LETTER.search(text, end, end + 8)
    if right is not None and not right.group().isupper():
        return False
    left = _LETTER.search(text[max(0, start - 8) : start][::-1])
    if left is not None and not left.group().isupper():
        return False
    return left is not None or right is not None


#: How a case-sensitive form is checked: its group, the characters that must follow the
#: folded part ("." after "U.N"), and whether capitals all around disqualify it.
_Cased = tuple[int, str, bool]
#: The tables a scanner is made of (all marshal-able when the payloads are): the payloads
#: of each group, folded key -> group for case-insensitive names, folded key -> {original
#: characters -> _Cased} for case-sensitive forms.
ScanTables = tuple[list[tuple[P, ...]], dict[str, int], dict[str, dict[str, tuple[int, str, bool]]]]


#: The English lexicon's capitalised words that never continue a proper name
#: (``names.mentions.break_words``: function words, pronouns, weekdays, months): a place
#: name next to one of them ("In Aleppo", "Aleppo On Friday") is still the place.
NAME_BREAK_WORDS = english().break_words
# Characters that may separate two words of one name in running text.
# A line break separates: scraped news puts one paragraph (or a title) per line.
_GAP = frozenset(" \t\u00a0")


#: How many characters of text a scanner reads by looking its keys up before it builds its
#: automaton: a new process's first short texts are read without paying for the build
#: (tens of milliseconds for the default gazetteer's 43,000 keys), a long text or a corpus
#: with it.  Both find the same hits in the same order.
LOOKUP_CHARACTERS = 4000

# No name is continued by a word longer than this: longer ones are cut.
_WINDOW = 64


def joined_word_before(text: str, start: int) -> tuple[str, int]:
    """The word written right before ``text[start:]``, separated from it by spaces or tabs
    only, and where it starts; ``("", -1)`` when punctuation, a line break or nothing comes
    between.

    >>> joined_word_before("the village of Tell Ali", 20)
    ('Tell', 15)
    >>> joined_word_before("Aleppo, Idlib", 8)
    ('', -1)
    """
    i = start - 1
    if i < 0 or text[i] not in _GAP:
        return "", -1
    if i > 0 and text[i] == " " and text[i - 1] not in _GAP:
        # The common case, one space after a plain word, in C: rfind and isalnum.
        low = max(0, i - _WINDOW)
        word_start = text.rfind(" ", low, i)
        word_start = word_start + 1 if word_start >= 0 else low
        word = text[word_start:i]
        if word.isalnum():
            return word, word_start
    while i >= 0 and text[i] in _GAP:
        i -= 1
    j = i
    while j >= 0 and i - j < _WINDOW and text[j].isalnum():
        j -= 1
    if j == i:
        return "", -1
    return text[j + 1 : i + 1], j + 1


def joined_word_after(text: str, end: int) -> str:
    """The word written right after ``text[:end]``, separated from it by spaces or tabs
    only; ``""`` when punctuation, a line break or nothing comes between.

    >>> joined_word_after("Tell Ali was shelled", 4)
    'Ali'
    >>> joined_word_after("Tell. Ali", 4)
    ''
    """
    size = len(text)
    i = end
    if i >= size or text[i] not in _GAP:
        return ""
    while i < size and text[i] in _GAP:
        i += 1
    j = i
    while j < size and j - i < _WINDOW and text[j].isalnum():
        j += 1
    return text[i:j]


def capitalised_word_before(text: str, start: int) -> str:
    """:func:`joined_word_before` if it starts with a capital letter, else ``""``.

    >>> capitalised_word_before("Kataib Hezbollah", 7), capitalised_word_before("the Hezbollah", 4)
    ('Kataib', '')
    """
    i = start - 1
    if i < 0 or text[i] not in _GAP:
        return ""
    if i > 0 and text[i] == " ":
        # The common case, one space after a plain word, with C string methods only.
        low = max(0, i - _WINDOW)
        word_start = text.rfind(" ", low, i)
        word = text[word_start + 1 if word_start >= 0 else low : i]
        if word.isalnum():
            return word if word[0].isupper() else ""
    word, _ = joined_word_before(text, start)
    return word if word[:1].isupper() else ""


def capitalised_word_after(text: str, end: int) -> str:
    """:func:`joined_word_after` if it starts with a capital letter, else ``""``.

    >>> capitalised_word_after("Tell Ali", 4), capitalised_word_after("Aleppo on Friday", 6)
    ('Ali', '')
    """
    if end >= len(text) or text[end] not in _GAP:
        return ""  # punctuation or the end of the text
    if text[end] == " " and end + 1 < len(text):
        following = text[end + 1]
        if not following.isupper() and following not in _GAP:
            return ""  # the common case: a lower-case word or punctuation
    word = joined_word_after(text, end)
    return word if word[:1].isupper() else ""


# The last text folded: the actor and the place scanners read the same article in turn.
# Keyed by identity (the entry holds the text, so its id cannot be reused meanwhile).
_last_fold: list[tuple[str, FoldedText, str]] = []


def _padded_fold(text: str) -> tuple[FoldedText, str]:
    """``fold_text(text)`` and its text padded with a space on each side (hits are then
    whole word sequences), computed once for the same text scanned twice in a row."""
    if _last_fold and _last_fold[0][0] is text:
        _, folded, padded = _last_fold[0]
        return folded, padded
    folded = fold_text(text)
    padded = f" {folded.text} "
    _last_fold[:] = [(text, folded, padded)]
    return folded, padded


class MentionScanner(Generic[P]):
    """Names (with payloads) to find in running text.

    Names added with :meth:`add` match case-insensitively on their folded form (and its
    Arabic-article and apostrophe variants, :func:`scan_keys`); acronyms and forms added
    with :meth:`add_cased` match only as written.  Every name is a *group*: the payloads
    of all names with the same key; :meth:`scan_groups` reports group numbers, so that a
    caller can decide once per group what a hit means.

    >>> scanner = MentionScanner[str]()
    >>> scanner.add("al-Nusra Front", "actor:nusra-front")
    >>> scanner.add("SAA", "actor:syria-mil", acronym=True)
    >>> [(m.start, m.end, list(m.payloads)) for m in scanner.scan("An-Nusra Front and the SAA.")]
    [(0, 14, ['actor:nusra-front']), (23, 26, ['actor:syria-mil'])]
    """

    def __init__(self) -> None:
        self._groups: list[tuple[P, ...]] = []
        self._words: dict[str, int] = {}
        self._cased: dict[str, dict[str, _Cased]] = {}
        self._automaton: Any = None
        self._entries: list[tuple[int, int, dict[str, _Cased] | None]] = []
        # Characters scanned by looking keys up, before the automaton was built; and the
        # longest key and its number of spaces (the lookup's reach), computed once.
        self._looked_up = 0
        self._reach: tuple[int, int] | None = None
        # Per group, whether it holds a case-sensitive form: computed once per build.
        self._flags: list[bool] | None = None
        # The last text scanned by the automaton, the automaton, and its hits: a caller that
        # scans one text twice (the gazetteer reads an article without, then with, its
        # country) gets the hits again with no second pass; another automaton (a name added
        # since) or another text scans anew.
        self._last: tuple[str, Any, tuple[tuple[int, int, int], ...]] | None = None

    def _add_to_group(self, group: int | None, payload: P) -> int:
        if group is None:
            self._groups.append((payload,))
            return len(self._groups) - 1
        payloads = self._groups[group]
        if payload not in payloads:
            self._groups[group] = (*payloads, payload)
        return group

    def add(self, name: str, payload: P, *, acronym: bool = False) -> None:
        """Register ``name``: an acronym is matched case-sensitively ("U.N." and "UN"; not
        among capitals on both sides), any other name case-insensitively on its folded
        keys."""
        if acronym:
            for form in _acronym_forms(name):
                self.add_cased(form, payload, shouting_check=True)
            return
        for key in scan_keys(name):
            if key:
                self._words[key] = self._add_to_group(self._words.get(key), payload)
        self._automaton = None
        self._reach = None
        self._flags = None

    def add_cased(self, form: str, payload: P, *, shouting_check: bool = False) -> None:
        """Register ``form`` to be matched exactly as written (case included); with
        ``shouting_check``, a hit whose nearest letters on both sides are capitals is
        ignored.

        >>> scanner = MentionScanner[str]()
        >>> scanner.add_cased("U.S. troops", "us")
        >>> [(m.start, m.end) for m in scanner.scan("U.S. troops, u.s. troops")]
        [(0, 11)]
        """
        written = form.strip()
        core = written
        while core and not core[-1].isalnum():
            core = core[:-1]
        tail = written[len(core) :]  # "." of "U.N.": must follow the hit, joins the span
        key = fold_text(core).text.strip()
        if not key:
            return
        forms = self._cased.setdefault(key, {})
        previous = forms.get(core)
        group = self._add_to_group(previous[0] if previous else None, payload)
        forms[core] = (group, tail, shouting_check)
        self._automaton = None
        self._reach = None
        self._flags = None

    def __len__(self) -> int:
        return len(self._words) + sum(len(forms) for forms in self._cased.values())

    def payloads(self, group: int) -> tuple[P, ...]:
        """The payloads of the names in ``group``."""
        return self._groups[group]

    @property
    def group_count(self) -> int:
        """How many groups there are (group numbers are ``range(group_count)``)."""
        return len(self._groups)

    def is_cased(self, group: int) -> bool:
        """Whether ``group`` holds a case-sensitive form (an acronym or a cased name)."""
        return self._cased_groups()[group]

    def _cased_groups(self) -> list[bool]:
        flags = self._flags
        if flags is None:
            flags = [False] * len(self._groups)
            for forms in self._cased.values():
                for group, _, _ in forms.values():
                    flags[group] = True
            self._flags = flags
        return flags

    # -- persistence (the default gazetteer caches its scanner on disk) ---------------

    def tables(self) -> ScanTables[P]:
        """The scanner as plain data (see :meth:`from_tables`)."""
        return list(self._groups), dict(self._words), {k: dict(v) for k, v in self._cased.items()}

    @classmethod
    def from_tables(cls, tables: ScanTables[P]) -> MentionScanner[P]:
        """A scanner from :meth:`tables` (the automaton is rebuilt, which takes
        milliseconds; the key computation it skips is what is slow).

        >>> scanner = MentionScanner[int]()
        >>> scanner.add("Aleppo", 1)
        >>> [m.start for m in MentionScanner.from_tables(scanner.tables()).scan("in Aleppo")]
        [3]
        """
        groups, words, cased = tables
        scanner: MentionScanner[P] = cls()
        scanner._groups = [tuple(g) for g in groups]
        scanner._words = dict(words)
        scanner._cased = {
            key: {form: (int(v[0]), str(v[1]), bool(v[2])) for form, v in forms.items()}
            for key, forms in cased.items()
        }
        return scanner

    # -- scanning ---------------------------------------------------------------------

    def _compile(self) -> Any:
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        entries: list[tuple[int, int, dict[str, _Cased] | None]] = []
        add_word = automaton.add_word
        cased = self._cased
        for key, group in self._words.items():
            # Padded on both sides, as the text is: every hit is a whole word sequence.
            add_word(f" {key} ", len(entries))
            entries.append((len(key), group, cased.get(key)))
        for key, forms in cased.items():
            if key not in self._words:
                add_word(f" {key} ", len(entries))
                entries.append((len(key), -1, forms))
        self._entries = entries
        if not entries:
            return None
        automaton.make_automaton()
        return automaton

    def scan_groups(self, text: str) -> list[tuple[int, int, int]]:
        """``(start, end, group)`` of every word-bounded hit in ``text`` (overlapping ones
        included), ordered by where they end; ``text[start:end]`` is the name as written.

        >>> scanner = MentionScanner[str]()
        >>> scanner.add("Tell Abyad", "town")
        >>> scanner.scan_groups("Tell Abyad, Tell")
        [(0, 10, 0)]
        """
        automaton = self._automaton
        if automaton is None:
            if not self._groups:
                return []
            if self._looked_up + len(text) <= LOOKUP_CHARACTERS:
                # A new process's first short texts: building the automaton (tens of ms
                # for the default gazetteer) would cost more than looking keys up.
                self._looked_up += len(text)
                folded, padded = _padded_fold(text)
                return self._hits(text, folded, self._looked_up_keys(padded))
            automaton = self._automaton = self._compile()
            if automaton is None:
                return []
        again = self._last
        if again is not None and again[1] is automaton and again[0] == text:
            return list(again[2])
        folded, padded = _padded_fold(text)
        entries = self._entries
        # ``last`` indexes the trailing pad in the padded text: the exclusive end of the
        # name in the unpadded one.
        hits = self._hits(
            text, folded, ((last, entries[value]) for last, value in automaton.iter(padded))
        )
        self._last = (text, automaton, tuple(hits))
        return hits

    def _hits(
        self,
        text: str,
        folded: FoldedText,
        found: Iterable[tuple[int, tuple[int, int, dict[str, _Cased] | None]]],
    ) -> list[tuple[int, int, int]]:
        """The hits of the keys ``found`` in the padded fold of ``text``: ``(last, (key
        length, group or -1, case-sensitive forms or None))``, by ``last``, the index of
        the key's trailing pad."""
        hits: list[tuple[int, int, int]] = []
        append = hits.append
        mapped = folded.has_segments
        for last, (length, group, forms) in found:
            end = last - 1
            start = end - length
            if mapped:
                start, end = folded.original_span(start, end)
                if end <= start:
                    continue
            if group >= 0:
                append((start, end, group))
            if forms is not None:
                cased = forms.get(text[start:end])
                if cased is None:
                    continue
                group, tail, shouting_check = cased
                if tail:
                    if not text.startswith(tail, end):
                        continue
                    end += len(tail)
                if shouting_check and _is_shouting(text, start, end):
                    continue
                append((start, end, group))
        return hits

    def _looked_up_keys(
        self, padded: str
    ) -> list[tuple[int, tuple[int, int, dict[str, _Cased] | None]]]:
        """What the automaton reports on ``padded``, found by looking each run of words
        between two spaces up in the key tables: every key, padded, that occurs in it, by
        the index of its trailing pad, the longest first among those ending there (the
        automaton's order), each as ``(last, (key length, group or -1, case-sensitive
        forms or None))``.

        >>> scanner = MentionScanner[str]()
        >>> scanner.add("Tell Abyad", "town")
        >>> scanner.add("Abyad", "village")
        >>> scanner._looked_up_keys(" near tell abyad ")
        [(16, (10, 0, None)), (16, (5, 1, None))]
        """
        words, cased = self._words, self._cased
        reach = self._reach
        if reach is None:
            keys = [*words, *cased]
            reach = self._reach = (
                max(map(len, keys), default=0),
                max(map(str.count, keys, repeat(" ")), default=0),
            )
        longest, most_spaces = reach
        spaces = [i for i, char in enumerate(padded) if char == " "]
        found: list[tuple[int, tuple[int, int, dict[str, _Cased] | None]]] = []
        for n in range(1, len(spaces)):
            last = spaces[n]
            # A key holding k spaces starts at the space k + 1 spaces before its end.
            for start in spaces[max(0, n - 1 - most_spaces) : n]:
                length = last - start - 1
                if length > longest:
                    continue
                if length == 0:
                    break
                key = padded[start + 1 : last]
                group = words.get(key, -1)
                forms = cased.get(key)
                if group >= 0 or forms is not None:
                    found.append((last, (length, group, forms)))
        return found

    def scan(self, text: str) -> list[RawMatch[P]]:
        """Every word-bounded hit in ``text``, overlapping ones included, in text order."""
        hits = self.scan_groups(text)
        flags = self._cased_groups() if self._cased else None
        groups = self._groups
        matches = [
            RawMatch(start, end, groups[group], bool(flags and flags[group]))
            for start, end, group in hits
        ]
        matches.sort(key=_text_order)
        return matches


def _text_order(match: RawMatch[Any]) -> tuple[int, int]:
    return match.start, -match.end


_START_END = itemgetter(0, 1)


def longest_non_overlapping(spans: Iterable[tuple[int, int, P]]) -> list[tuple[int, int, P]]:
    """The longest spans that do not overlap (ties: the leftmost), in text order.

    >>> longest_non_overlapping([(0, 6, "a"), (0, 14, "b"), (7, 14, "c"), (20, 25, "d")])
    [(0, 14, 'b'), (20, 25, 'd')]
    """
    ordered = sorted(spans, key=_START_END)
    chosen: list[tuple[int, int, P]] = []
    append = chosen.append
    size = len(ordered)
    i = 0
    # Spans only compete within a cluster of overlapping ones; clusters are small and
    # most spans are alone.
    while i < size:
        span = ordered[i]
        cluster_end = span[1]
        j = i + 1
        while j < size and ordered[j][0] < cluster_end:
            if ordered[j][1] > cluster_end:
                cluster_end = ordered[j][1]
            j += 1
        if j == i + 1:
            append(span)
        else:
            picked: list[tuple[int, int, P]] = []
            for candidate in sorted(ordered[i:j], key=lambda s: (s[0] - s[1], s[0])):
                if all(candidate[1] <= p[0] or p[1] <= candidate[0] for p in picked):
                    picked.append(candidate)
            chosen.extend(sorted(picked, key=_START_END))
        i = j
    return chosen


_new = object.__new__
_MENTION_SETTERS = slot_setters(Mention, "text", "start", "end", "entity_id")


def mentions_of(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Mention]:
    """``[Mention(text=text[s:e], start=s, end=e, entity_id=i) for s, e, i in spans]``
    without the keyword call: :class:`Mention` has no converters or validators, so setting
    its slots directly builds the same object (a few times cheaper per mention).

    >>> mentions_of("Rebels took Afrin.", [(12, 17, "ce:afrin")])
    [Mention(text='Afrin', start=12, end=17, entity_id='ce:afrin')]
    """
    set_text, set_start, set_end, set_id = _MENTION_SETTERS
    out: list[Mention] = []
    append = out.append
    for s, e, entity_id in spans:
        m = _new(Mention)
        set_text(m, text[s:e])
        set_start(m, s)
        set_end(m, e)
        set_id(m, entity_id)
        append(m)
    return out


def _block_keys(tokens: list[str], stop_words: frozenset[str]) -> set[str]:
    # Blocks are per word count too: a typo does not add or drop a word, and a name that
    # is another plus or minus a word ("Security Council" / "UN Security Council") is
    # another name.
    count = len(tokens)
    keys: set[str] = set()
    for token in tokens:
        if len(token) < 3 or token in stop_words:
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

    def __init__(self, *, max_block: int = 25_000, words: NameWords | None = None) -> None:
        words = words if words is not None else english()
        #: Function words left out of the comparison, and words that form no block (from
        #: the lexicon's ``names.fuzzy`` table).
        self.stop_words = words.fuzzy_stop_words
        self.block_stop_words = words.block_stop_words
        self._names: list[str] = []
        self._payloads: list[int] = []
        self._blocks: dict[str, tuple[list[str], list[int]]] | None = None
        self.max_block = max_block

    def __len__(self) -> int:
        return len(self._names)

    def add(self, key: str, payload: int) -> None:
        """Index the normalised name ``key`` for ``payload`` (an int the caller maps)."""
        tokens = _fuzzy_tokens(key, self.stop_words)
        if not tokens:
            return
        self._names.append(" ".join(tokens))
        self._payloads.append(payload)
        self._blocks = None

    def _build(self) -> dict[str, tuple[list[str], list[int]]]:
        blocks: dict[str, tuple[list[str], list[int]]] = {}
        for name, payload in zip(self._names, self._payloads, strict=True):
            for key in _block_keys(name.split(), self.block_stop_words):
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
        tokens = _fuzzy_tokens(key, self.stop_words)
        query = " ".join(tokens)
        best: dict[int, float] = {}
        for block_key in _block_keys(tokens, self.block_stop_words):
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
