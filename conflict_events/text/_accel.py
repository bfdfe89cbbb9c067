"""The acceleration module: every shortcut that reads ``re``'s private parser
(``re._parser`` / ``re._constants``), and the fast scans derived from compiled patterns.

Nothing outside this module reads ``re`` internals.  The readers run only on the Python
versions they were checked on (:data:`CHECKED_VERSIONS`); on any other, :func:`first_chars`
answers "any character" and the start strings none, which make the callers try every rule
everywhere (slower, never wrong).  On a checked version a reader that breaks raises: the
tests assert that every rule of the date grammar has its first-character set, so a broken
reader is a test failure, not a silent slow path.

The grammars' large patterns go through :func:`compiled`, whose store keeps re's code of
each pattern (a list of integers) in the on-disk cache (:mod:`conflict_events._cache`) by the
pattern's own text and flags (docs/architecture.md, "Caches"): a new process reads it back
instead of parsing the pattern again.  Only plain data is stored; anything unreadable is
rebuilt.

Every derived set comes from the compiled pattern itself (which the grammars build from the
lexicon), so a word added to the data cannot be skipped by a fast path.
"""

from __future__ import annotations

import atexit
import functools
import importlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Final, TypeVar, cast

__all__ = [
    "CHECKED_VERSIONS",
    "alternation",
    "ascii_pattern",
    "ascii_source",
    "compiled",
    "end_words",
    "first_chars",
    "literal_after_space",
    "literal_prefixes",
    "pattern_for",
    "prefix_trie",
    "readable",
    "spaced_finditer",
    "start_prefixes",
    "trie_alternation",
]

# The Python versions whose ``re._parser`` tree these readers were checked against.
CHECKED_VERSIONS: frozenset[tuple[int, int]] = frozenset({(3, 11)})


def readable() -> bool:
    """Whether this Python's ``re`` parse trees are read here (a checked version).

    >>> readable() == (sys.version_info[:2] in CHECKED_VERSIONS)
    True
    """
    return sys.version_info[:2] in CHECKED_VERSIONS


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of ``words``, longest first so that the longest
    spelling wins ("sept" before "sep", "twenty one" before "twenty")."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(w.replace(" ", r"\s") for w in unique) + ")"


# one character of a word in an alternation: a letter, ``\s`` or a class such as ``[\s-]``
_ATOM = re.compile(r"\[[^\]]*\]|\\.|.")
_SPACE_ATOMS = frozenset((r"\s", r"[\s-]"))


def trie_alternation(words: Iterable[str]) -> str:
    """:func:`alternation` as a trie ("jan(?:uary)?"): the same match at every position, for
    ``re`` in a fraction of the steps (a long alternation is tried one word at a time).

    Exact: each word is a fixed run of one-character atoms, and the children of a trie node
    never match the same character (letters distinct ignoring case, at most one space class),
    so the words that match at a position lie on one path of the trie, each a prefix of the
    next.  :func:`alternation` tries them longest first; so does the trie, which tries a
    node's children before ending the word there.  Words that do not fit (a case-folding
    clash, other characters) get :func:`alternation` itself.

    >>> trie_alternation(["jan", "january", "june", "july"])
    '(?:j(?:an(?:uary)?|u(?:ly|ne)))'
    >>> trie_alternation(["Jan", "JAN"]) == alternation(["Jan", "JAN"])
    True
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    trie: dict[str, Any] = {}
    for word in unique:
        node = trie
        for atom in _ATOM.findall(word.replace(" ", r"\s")):
            node = node.setdefault(atom, {})
        node[""] = {}
    if not unique or not _disjoint(trie):
        return alternation(unique)
    return f"(?:{_trie_pattern(trie)})"


def _disjoint(node: dict[str, Any]) -> bool:
    """Whether no two children of any node can match the same character."""
    atoms = [atom for atom in node if atom]
    letters = [a.lower() for a in atoms if len(a) == 1 and a.isascii() and a.isalpha()]
    spaces = [a for a in atoms if a in _SPACE_ATOMS]
    if len(letters) + len(spaces) != len(atoms) or len(set(letters)) != len(letters):
        return False
    return len(spaces) <= 1 and all(_disjoint(child) for child in node.values())


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [atom + _trie_pattern(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: tried after the longer ones
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def prefix_trie(sequences: Iterable[Sequence[str]]) -> str:
    r"""A pattern that matches where one of ``sequences`` (each a sequence of regex atoms,
    such as ``"a"``, ``r"\d+"``) matches, as a trie on the atoms: for a look-ahead that asks
    whether any of many prefixes starts at a position, in a few steps instead of one per
    prefix.  A sequence that is a prefix of another makes the longer one needless; no
    sequences match nothing.

    >>> print(prefix_trie([("j", "a", "n"), ("j", "u", "n"), ("j", "u"), (r"\d+", "t", "h")]))
    (?:\d+th|j(?:an|u))
    >>> prefix_trie([])
    '(?!)'
    """
    trie: dict[str, Any] = {}
    for sequence in sequences:
        node = trie
        for atom in sequence:
            if "" in node:  # a shorter sequence already ends here
                break
            node = node.setdefault(atom, {})
        else:
            node.clear()
            node[""] = {}
    if not trie:
        return "(?!)"
    return _prefix_pattern(trie)


def _prefix_pattern(node: dict[str, Any]) -> str:
    if "" in node:
        return ""
    branches = sorted(atom + _prefix_pattern(child) for atom, child in node.items())
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None for "any" (also on a
    Python version not checked).  Read from the parsed pattern; a dispatch on them tries a
    rule only where its match can start.

    >>> sorted(first_chars(r"(?:ab|c)d?|[0-2]x"))
    ['0', '1', '2', 'a', 'c']
    >>> first_chars(r"x?y?") is None
    True
    >>> sorted(first_chars(r"(?!)a|b"))
    ['b']
    """
    if not readable():
        return None
    chars, nullable = _first_of(list(_parser.parse(pattern)))
    return None if chars is None or nullable else frozenset(chars)


def _first_of(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, whether the sequence can match empty)."""
    c = _c
    chars: set[str] = set()
    for op, av in items:
        item: set[str] | None
        if op is c.LITERAL:
            item, nullable = {chr(av)}, False  # type: ignore[arg-type]
        elif op is c.IN:
            item, nullable = set(), False
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is c.LITERAL:
                    item.add(chr(value))
                elif kind is c.RANGE:
                    item.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    item.update("0123456789")
                else:  # negation, other categories
                    item = None
                    break
        elif op is c.SUBPATTERN:
            item, nullable = _first_of(list(av[-1]))  # type: ignore[index]
        elif op is c.BRANCH:
            item, nullable = set(), False
            for branch in av[1]:  # type: ignore[index]
                sub, sub_nullable = _first_of(list(branch))
                nullable = nullable or sub_nullable
                item = None if item is None or sub is None else item | sub
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            item, nullable = _first_of(list(av[2]))  # type: ignore[index]
            nullable = nullable or av[0] == 0  # type: ignore[index]
        elif op is c.ASSERT_NOT and not av[1]:  # type: ignore[index]
            return set(), False  # "(?!)": the sequence matches nothing
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            item, nullable = set(), True
        else:  # any character, group references...
            return None, False
        if item is None:
            return None, False
        chars |= item
        if not nullable:
            return chars, False
    return chars, True


# re's compiled form of a pattern: flags, code, groups, group index, index of groups
_Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _sre() -> Any:
    # re's C engine (no type stubs): the code format is its, and checked by it
    return importlib.import_module("_sre")


def _sre_magic() -> str:
    engine = _sre()
    return f"{sys.version} {getattr(engine, 'MAGIC', '?')} {getattr(engine, 'CODESIZE', '?')}"


def _from_code(source: str, code: _Code | None) -> re.Pattern[str]:
    if code is None:
        return re.compile(source)
    flags, program, groups, groupindex, indexgroup = code
    # _sre.compile validates the program: a damaged one raises rather than misreads
    compiled: re.Pattern[str] = _sre().compile(
        source, flags, program, groups, groupindex, indexgroup
    )
    return compiled


# -- compiled patterns kept between processes ----------------------------------------
#
# The grammars build their patterns from the lexicon and compile them once per process;
# ``re`` spends most of a new process's first extraction parsing them.  ``compiled`` keeps
# re's code of every pattern it compiles in one cache file, looked up by the pattern's own
# text and flags: a pattern built from other words is another entry, so no stale code can
# be served for it.

# Bumped whenever the layout of the stored patterns changes.
_PATTERN_FORMAT = 1
# The most patterns kept (the newest win): lexicons in tests and overlays add entries.
_MAX_PATTERNS = 4096
_PatternKey = tuple[str, int]


class _PatternStore:
    """re's code of compiled patterns: those read from the cache file, and those compiled
    in this process (written back at exit, merged with what other processes wrote)."""

    __slots__ = ("_codes", "_directory", "_new", "_registered")

    def __init__(self, directory: Path | None) -> None:
        self._directory = directory
        self._codes: dict[_PatternKey, _Code] | None = None
        self._new: dict[_PatternKey, _Code] = {}
        self._registered = False

    def compile(self, source: str, flags: int) -> re.Pattern[str]:
        flags = int(flags)  # a RegexFlag is not plain data
        key = (source, flags)
        codes = self._read()
        code = codes.get(key)
        if code is not None:
            try:
                return _from_code(source, code)
            except Exception:  # re's own check refused it: compiled afresh below
                del codes[key]
        code = _pattern_code(source, flags)
        pattern = _from_code(source, code)
        if self._directory is not None:
            codes[key] = self._new[key] = code
            if not self._registered:
                self._registered = True
                atexit.register(self.save)
        return pattern

    def _read(self) -> dict[_PatternKey, _Code]:
        codes = self._codes
        if codes is None:
            from conflict_events import _cache

            found = None
            if self._directory is not None:
                found = _cache.read_data(
                    "patterns", _patterns_key(), check=_plain_patterns, directory=self._directory
                )
            codes = self._codes = dict(cast("dict[_PatternKey, _Code]", found or {}))
        return codes

    def save(self) -> bool:
        """Write the patterns compiled since the last save; whether a file was written."""
        new, self._new = self._new, {}
        if not new or self._directory is None:
            return False
        from conflict_events import _cache

        def merge(old: object | None) -> object:
            table = dict(cast("dict[_PatternKey, _Code]", old)) if old is not None else {}
            for key in new:
                table.pop(key, None)  # re-inserted: the newest are kept when trimmed
            table.update(new)
            return dict(list(table.items())[-_MAX_PATTERNS:])

        return _cache.merge_data(
            "patterns", _patterns_key(), merge, check=_plain_patterns, directory=self._directory
        )


_STORE: _PatternStore | None = None


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    r"""``re.compile(source, flags)``, with re's code read from the on-disk cache
    (:mod:`conflict_events._cache`) when some process compiled the same pattern with the
    same flags before: the grammars call this for their large patterns, so that a new
    process does not parse them again.  Entries are looked up by the pattern's text, so a
    pattern built from other words never gets another's code; a damaged entry is refused.

    >>> compiled(r"(?P<n>\d+) (?:killed|dead)", re.IGNORECASE).search("3 KILLED").group("n")
    '3'
    """
    global _STORE
    if not readable() or flags & re.DEBUG:
        return re.compile(source, flags)
    store = _STORE
    if store is None:
        from conflict_events import _cache

        store = _STORE = _PatternStore(_cache.cache_directory())
    return store.compile(source, flags)


def _patterns_key() -> str:
    from conflict_events import _cache

    return _cache.content_key([f"patterns {_PATTERN_FORMAT} {_sre_magic()}"])


def _pattern_code(source: str, flags: int) -> _Code:
    """re's compiled form of ``source`` with ``flags``, as ``re._compiler.compile`` derives
    it, as plain data."""
    from re import _compiler  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = [int(op) for op in code]
    return (
        int(flags | parsed.state.flags),
        program,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _plain_patterns(data: object) -> bool:
    """Whether ``data`` has the shape the pattern store writes (re checks each program
    when it is used)."""
    return isinstance(data, dict) and all(
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and type(key[1]) is int
        and isinstance(code, tuple)
        and len(code) == 5
        and type(code[0]) is int
        and isinstance(code[1], list)
        and type(code[2]) is int
        and isinstance(code[3], dict)
        and isinstance(code[4], tuple)
        for key, code in data.items()
    )


# The parse-tree node kinds literal_prefixes walks.
_LP_LITERAL, _LP_BRANCH, _LP_SUBPATTERN, _LP_IN, _LP_REPEATS = (
    _c.LITERAL,
    _c.BRANCH,
    _c.SUBPATTERN,
    _c.IN,
    (_c.MAX_REPEAT, _c.MIN_REPEAT),
)
_LP_MAX_KEYS: Final = 64  # beyond this many alternatives a prefix is cut where it stands


def literal_prefixes(pattern: str, flags: int = 0) -> frozenset[str]:
    """Lower-case literal strings one of which starts every match of ``pattern``: the
    alternatives spelled out through branches, optional characters and character sets of
    literals, up to the first item that is none of these.  Raises ``ValueError`` when some
    match could start with no literal (the pattern needs another prefilter).

    >>> sorted(literal_prefixes(r"shell(?:ed|s)|re-?took|air\\s+strikes?"))
    ['air', 're-took', 'retook', 'shelled', 'shells']
    """
    parsed = _parser.parse(pattern, flags)
    done: set[str] = set()
    open_ = _walk(list(parsed), {""}, done)
    keys = {k.lower() for k in done | open_}
    if "" in keys:
        raise ValueError(f"a match of {pattern!r} can start with no literal")
    return frozenset(keys)


def start_prefixes(
    pattern: str, *, digits: str = "\x01", max_keys: int = 4096, ends: str | None = None
) -> frozenset[str] | None:
    r"""Strings one of which starts every match of ``pattern`` on normalised text (lower
    case, one space), as far as they can be spelled out, with each run of digits written
    ``digits``; None when some match could start with none (or the pattern reads case
    blind, or a Python version not checked).

    Unlike :func:`literal_prefixes`, an item that matches digits only (``\d{1,2}``, ``[12]``)
    is a run of digits, ``\s`` a space, an optional head of many words is spelled out (up to
    ``max_keys`` strings), and a branch that can match nothing (``(?!)``) starts none.

    With ``ends``, a string that spells out a whole match (no match it starts goes on past
    it) ends with ``ends``: where the pattern is matched followed by ``(?!\w)``, as the date
    scanner matches its rules, the word ends there ("mon" the weekday is no start of
    "monitor").

    >>> sorted(start_prefixes(r"(?:(?:last|next) )?week|(?P<n>\d{1,3}) days|x(?!)"))
    ['\x01 day', 'last wee', 'next wee', 'week']
    >>> sorted(start_prefixes(r"mon(?:day)?(?: night)?|monsoon rains", ends="$"))
    ['mon nig', 'mon$', 'monday nig', 'monday$', 'monsoon rai']
    >>> start_prefixes(r"[^\W\d_]+ ago") is None
    True
    """
    if not readable():
        return None
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    done: set[str] = set()
    try:
        open_ = _StartWalk(digits, max_keys).walk(list(parsed), {""}, done)
    except _CaseBlindError:
        return None
    if ends is not None:  # a string that also starts longer matches keeps no end
        open_ = {p if p in done else p + ends for p in open_}
    keys = done | open_
    return None if "" in keys or (ends is not None and ends in keys) else frozenset(keys)


def start_key_trie(keys: Iterable[str], *, digits: str, ends: str) -> str:
    r"""A pattern that matches where one of the strings ``keys`` begins, as
    :func:`start_prefixes` spells them (each run of digits written ``digits``, a string that
    ends a word ended with ``ends``), as one trie (:func:`prefix_trie`): for a look-ahead
    that lets a pattern whose every match begins with one of the keys be tried only where one
    does, so that ``re``'s own search passes over the rest.  A run of digits (of any script)
    is ``\d\d*``; a key with a run of digits in its middle is cut after it (the rest is not
    spelled for every length), so it matches in more places, never fewer.

    >>> keys = ["mon\x02", "\x01 may", "the \x01s", "monday"]
    >>> trie = start_key_trie(keys, digits="\x01", ends="\x02")
    >>> trie
    '(?:\\d\\d*\\ may|mon(?:(?!\\w)|day)|the\\ \\d\\d*)'
    >>> text = "on mon, monitor ٢٠٢٣ may the 1990s"
    >>> [m.start() for m in re.finditer(rf"(?<!\w)(?={trie})", text)]
    [3, 16, 25]
    """
    table: dict[str, bool] = {}  # per key text: whether a word must end after it
    runs = re.compile(f"{re.escape(digits)}+")
    for key in keys:
        ended = key.endswith(ends)
        text = key[: -len(ends)] if ended else key
        # every digit (of any script) a mark, one per run
        text = runs.sub(digits, "".join(digits if c.isdecimal() else c for c in text))
        cut = text.find(digits, 1)
        if cut >= 0:  # a run of digits inside: the rest is not spelled for every length
            text, ended = text[: cut + 1], False
        if text:  # (a key spelled both ways needs no end)
            table[text] = table.get(text, True) and ended
    # (a run of digits as \d\d*, not \d+: re's alternation passes over a branch that opens
    # with a character class without entering it, where the text's character is not in it)
    return prefix_trie(
        (
            *(r"\d\d*" if c == digits else re.escape(c) for c in text),
            *((r"(?!\w)",) if ended else ()),
        )
        for text, ended in table.items()
    )


# how many characters of its second word a start prefix spells out: enough to tell most
# words of running text from a rule's start ("le 27", "de l'a"), few enough that an optional
# head of many words does not multiply them
_SECOND_WORD = 3


class _CaseBlindError(Exception):
    """A case-blind part of a pattern: its prefixes would need every case."""


class _StartWalk:
    """The walk of :func:`start_prefixes` over a parse tree."""

    def __init__(self, digits: str, max_keys: int) -> None:
        self.digits, self.max_keys = digits, max_keys

    def add(self, prefixes: set[str], char: str, done: set[str]) -> set[str]:
        if char == self.digits:  # a run of digits is one mark
            return {p if p.endswith(char) else p + char for p in prefixes}
        # a prefix ends a few characters into its second word
        ended = {p for p in prefixes if (i := p.find(" ")) >= 0 and len(p) - i > _SECOND_WORD}
        if ended:
            done.update(ended)
            prefixes = prefixes - ended
        return {p + char for p in prefixes}

    def atom(self, op: Any, av: Any) -> list[str] | None:
        """The characters one item matches (a digit item the mark), or None."""
        c = _c
        if op is c.LITERAL:
            char = chr(av)
            return [self.digits if char.isdecimal() and char.isascii() else char]
        if op is not c.IN:
            return None
        chars: list[str] = []
        digit = True
        for kind, value in av:
            if kind is c.LITERAL:
                chars.append(chr(value))
                digit = digit and "0" <= chr(value) <= "9"
            elif (kind is c.CATEGORY and value is c.CATEGORY_DIGIT) or (
                kind is c.RANGE and chr(value[0]) >= "0" and chr(value[1]) <= "9"
            ):
                chars.append(self.digits)
            elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                chars.append(" ")
                digit = False
            else:
                return None
        if digit:
            return [self.digits]
        return sorted(set(chars))

    def walk(self, items: list[Any], prefixes: set[str], done: set[str]) -> set[str]:
        """Extend the open ``prefixes`` by ``items``; those that can grow no further go to
        ``done``.  Returns the prefixes still open."""
        c = _c
        for op, av in items:
            if not prefixes:
                return prefixes
            if op is c.SUBPATTERN:
                if av[1] & re.IGNORECASE:
                    raise _CaseBlindError
                prefixes = self.walk(list(av[-1]), prefixes, done)
            elif op is c.BRANCH:
                grown: set[str] = set()
                for branch in av[1]:
                    grown |= self.walk(list(branch), set(prefixes), done)
                prefixes = grown
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, high, sub = av
                chars = self.atom(*sub[0]) if len(sub) == 1 else None
                if chars == [self.digits]:  # a run of digits, maybe none
                    grown = self.add(prefixes, self.digits, done)
                    prefixes = grown | prefixes if low == 0 else grown
                elif high == 1:
                    grown = self.walk(list(sub), set(prefixes), done)
                    prefixes = grown | prefixes if low == 0 else grown
                elif low >= 1:  # once through, then the prefixes end
                    done.update(self.walk(list(sub), prefixes, done))
                    return set()
                else:
                    done.update(prefixes)
                    return set()
            elif op is c.ASSERT_NOT and not av[1]:  # "(?!)": no match goes on
                return set()
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # consumes nothing
            else:
                chars = self.atom(op, av)
                if chars is None:
                    done.update(prefixes)
                    return set()
                prefixes = {q for char in chars for q in self.add(prefixes, char, done)}
            if len(prefixes) > self.max_keys:
                done.update(prefixes)
                return set()
        return prefixes


def end_words(
    pattern: str, *, digits: str = "\x01"
) -> tuple[frozenset[str], tuple[str, ...]] | None:
    r"""The last words of the matches of ``pattern`` on normalised text (lower case, one
    space), read from its parse tree from the end back: every match's last word (the text
    after its last space; each run of digits in it written ``digits``) is one of the first
    set, or ends with one of the second (a word that runs on before an item that is no
    literal).  A digit item (``\d{4}``, ``[12]``) is a run of digits, ``\s`` a space, a
    branch that matches nothing ("(?!)") ends no match.  None when some match could end
    with a word of any ending, or the pattern reads case blind (or a Python version not
    checked).

    >>> exact, tails = end_words(r"(?:last|next) week|(?P<n>\d{1,3}) days? ago|(?!)x")
    >>> sorted(exact), tails
    (['ago', 'week'], ())
    >>> exact, tails = end_words(r"(?P<m>march|may)(?: (?P<y>\d{4}))?|[^\W\d_]+'s")
    >>> sorted(exact), tails
    (['\x01', 'march', 'may'], ("'s",))
    >>> end_words(r"the week of [^\W\d_]+") is None
    True
    """
    if not readable():
        return None
    walk = _EndWalk(digits)
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        walk.exact |= walk.walk(list(parsed), {""})  # the whole match is one word
    except (_CaseBlindError, re.error, RecursionError):
        return None
    if "" in walk.tails:
        return None
    return frozenset(walk.exact), tuple(sorted(walk.tails))


# beyond this many open endings, end_words cuts them where they stand (made tails)
_MAX_END_KEYS = 4096


class _EndWalk:
    """The walk of :func:`end_words` over a parse tree, from the end of the pattern back:
    each open ending grows by the characters an item can match, until a space (the last word
    is then known: ``exact``) or an item that is no literal (the word runs on: ``tails``)."""

    def __init__(self, digits: str) -> None:
        self.digits = digits
        self.exact: set[str] = set()
        self.tails: set[str] = set()

    def grow(self, endings: set[str], chars: Iterable[str]) -> set[str]:
        grown: set[str] = set()
        for char in chars:
            for q in endings:
                if char == " ":  # the last word is known
                    self.exact.add(q)
                elif char == self.digits and q.startswith(char):  # a run of digits, one mark
                    grown.add(q)
                else:
                    grown.add(char + q)
        return grown

    def close(self, endings: set[str]) -> set[str]:
        self.tails |= endings
        return set()

    def atom(self, op: object, av: object) -> list[str] | None:
        """The characters one item matches (a digit item the mark, ``\\s`` the space), or
        None."""
        if op is _c.LITERAL:
            char = chr(cast("int", av))
            return [self.digits if char.isdecimal() and char.isascii() else char]
        if op is not _c.IN:
            return None
        chars: set[str] = set()
        digit = True
        for kind, value in cast("list[tuple[object, object]]", av):
            if kind is _c.LITERAL:
                char = chr(cast("int", value))
                chars.add(self.digits if char.isdecimal() and char.isascii() else char)
                digit = digit and char.isdecimal() and char.isascii()
            elif (kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT) or (
                kind is _c.RANGE
                and chr(cast("tuple[int, int]", value)[0]) >= "0"
                and chr(cast("tuple[int, int]", value)[1]) <= "9"
            ):
                chars.add(self.digits)
            elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
                chars.add(" ")
                digit = False
            else:  # a negated class, a range of letters, a category of letters
                return None
        return [self.digits] if digit else sorted(chars)

    def walk(self, items: list[tuple[object, object]], endings: set[str]) -> set[str]:
        """Grow the open ``endings`` by ``items``, read from the last; returns those still
        open (the match may run on before them)."""
        for op, av in reversed(items):
            if not endings:
                return endings
            if op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
                sub = cast("tuple[object, ...]", av)
                if op is _c.SUBPATTERN and cast("int", sub[1]) & re.IGNORECASE:
                    raise _CaseBlindError
                endings = self.walk(list(cast("Iterable[tuple[object, object]]", sub[-1])), endings)
            elif op is _c.BRANCH:
                grown: set[str] = set()
                for branch in cast("tuple[object, list[Iterable[tuple[object, object]]]]", av)[1]:
                    grown |= self.walk(list(branch), set(endings))
                endings = grown
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                low, high, sub_items = cast("tuple[int, int, list[tuple[object, object]]]", av)
                items_ = list(sub_items)
                chars = self.atom(*items_[0]) if len(items_) == 1 else None
                if chars == [self.digits]:  # a run of digits, maybe none
                    grown = self.grow(endings, chars)
                    endings = grown | endings if low == 0 else grown
                elif high == 1:
                    grown = self.walk(items_, set(endings))
                    endings = grown | endings if low == 0 else grown
                elif low >= 1:  # the last time through, then the word may run on
                    return self.close(self.walk(items_, endings))
                else:
                    return self.close(endings)
            elif op is _c.ASSERT_NOT and not cast("tuple[int, list[object]]", av)[1]:
                return set()  # "(?!)": no match goes through here
            elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                continue  # consumes nothing
            else:
                chars = self.atom(op, av)
                if chars is None:
                    return self.close(endings)
                endings = self.grow(endings, chars)
            if len(endings) > _MAX_END_KEYS:
                return self.close(endings)
        return endings


def _walk(items: Iterable[Any], prefixes: set[str], done: set[str]) -> set[str]:
    """Extend ``prefixes`` (still open) by ``items``; prefixes that can grow no further go
    to ``done``.  Returns the prefixes still open after the items."""
    for op, av in items:
        if not prefixes:
            return prefixes
        if op is _LP_LITERAL:
            prefixes = {p + chr(av) for p in prefixes}
        elif op is _LP_SUBPATTERN:
            prefixes = _walk(list(av[-1]), prefixes, done)
        elif op is _LP_BRANCH or (op is _LP_IN and all(o is _LP_LITERAL for o, _ in av)):
            branches = av[1] if op is _LP_BRANCH else [[(o, a)] for o, a in av]
            grown: set[str] = set()
            for branch in branches:
                grown |= _walk(list(branch), set(prefixes), done)
            prefixes = grown
        elif op in _LP_REPEATS and av[0] in (0, 1) and av[1] == 1:
            grown = _walk(list(av[2]), set(prefixes), done)
            prefixes = grown | prefixes if av[0] == 0 else grown
        else:
            done.update(prefixes)
            return set()
        if len(prefixes) > _LP_MAX_KEYS:
            done.update(prefixes)
            return set()
    return prefixes


# The escapes that stand for a class of characters outside brackets, and a bracketed class
# (its end is the first "]" that is not escaped and not its first member).
_CLASS_ESCAPES: Final = frozenset("wWdDsS")
_SOURCE_ATOM = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]|\\.|.", re.S)
# Flags set inside a pattern ("(?i)", "(?a:...)"): a class written out alone would not see
# them; and a comment, which may hold any character.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux#-]")
#: The written-out form of a class that holds no ASCII character.
_NO_ASCII: Final = r"[^\x00-\x7f]"


def ascii_source(source: str, flags: int = 0) -> str | None:
    r"""``source`` with every character class (``[...]``, ``\w``, ``\d``, ``\s`` and their
    negations) written out as the ASCII characters it matches, asked of ``re`` itself with
    ``flags``: on a text with no other character (``text.isascii()``) the result finds
    exactly what ``source`` finds, and ``re`` tests a written-out class by one look-up in a
    table where a class of categories (``[^\W\d_]``) asks Unicode's tables for each
    character.  None where the source is read verbosely (white space and comments).

    >>> ascii_source(r"(?<![\w'])[^\W\d_a-z]\d*")
    "(?<!['0-9A-Z_a-z])[A-Z][0-9]*"
    """
    if flags & re.VERBOSE or _INLINE_FLAGS.search(source):
        return None
    out: list[str] = []
    for atom in _SOURCE_ATOM.findall(source):
        if atom[0] == "[" or (atom[0] == "\\" and atom[1:] in _CLASS_ESCAPES):
            out.append(_written_out(atom, flags))
        else:
            out.append(atom)
    return "".join(out)


@functools.cache
def _written_out(atom: str, flags: int) -> str:
    members = [c for c in map(chr, range(128)) if re.fullmatch(atom, c, flags)]
    if not members:
        return _NO_ASCII  # (a class still: one character wide where a look-behind reads it)
    runs: list[list[int]] = []
    for code in map(ord, members):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    parts = [_class_char(a) if a == b else f"{_class_char(a)}-{_class_char(b)}" for a, b in runs]
    return "[" + "".join(parts) + "]"


def _class_char(code: int) -> str:
    char = chr(code)
    return char if char.isalnum() or char in "_'" else f"\\x{code:02x}"


_T = TypeVar("_T")


def _per_pattern(build: Callable[[re.Pattern[str]], _T]) -> Callable[[re.Pattern[str]], _T]:
    """``build`` kept per compiled pattern, found by the pattern's identity: a pattern's hash
    is worked out from its whole compiled code on every call (CPython keeps none), thousands
    of instructions for a class of Unicode categories, where its identity costs none.  (The
    pattern is kept with its result, so its identity is not another's while it is kept.)"""
    kept: dict[int, tuple[re.Pattern[str], _T]] = {}

    @functools.wraps(build)
    def cached(pattern: re.Pattern[str]) -> _T:
        found = kept.get(id(pattern))
        if found is None or found[0] is not pattern:
            found = kept[id(pattern)] = (pattern, build(pattern))
        return found[1]

    return cached


@_per_pattern
def ascii_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` for ASCII texts: :func:`ascii_source` compiled with its flags, once (the
    pattern itself where its source cannot be written out).  A caller picks it by
    ``text.isascii()`` (one flag read in C) and finds what ``pattern`` finds.

    >>> capital = re.compile(r"[^\W\d_a-z](?<![\w'].)\w*")
    >>> [m.group() for m in ascii_pattern(capital).finditer("Troops of Niger's army")]
    ['Troops', 'Niger']
    """
    source = ascii_source(pattern.pattern, pattern.flags)
    return pattern if source is None else re.compile(source, pattern.flags)


def pattern_for(pattern: re.Pattern[str], text: str) -> re.Pattern[str]:
    r"""The form of ``pattern`` to search ``text`` with: :func:`ascii_pattern` where the text
    is ASCII (one flag read in C), else ``pattern`` itself; the same matches either way.

    >>> word = re.compile(r"[^\W\d_]+")
    >>> pattern_for(word, "Niger").pattern, pattern_for(word, "Niamey, Niger’s capital") is word
    ('[A-Za-z]+', True)
    """
    return ascii_pattern(pattern) if text.isascii() else pattern


@_per_pattern
def literal_after_space(pattern: re.Pattern[str]) -> str | None:
    r"""The character every match of ``pattern`` holds right after the run of white space it
    opens on, where its source opens on ``\s*`` and a literal (``\s*\(``), read from
    ``re``'s parse; None for any other pattern (or a Python version not checked).

    >>> literal_after_space(re.compile(r"\s*\((\w+)\)")), literal_after_space(re.compile(r"\(\w"))
    ('(', None)
    """
    if not readable() or pattern.flags & (re.IGNORECASE | re.ASCII):
        return None
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(items) < 2:
        return None
    (op, av), (next_op, next_av) = items[:2]
    space = [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_SPACE)])]
    if op is _c.MAX_REPEAT and av[0] == 0 and list(av[2]) == space and next_op is _c.LITERAL:
        return chr(next_av)
    return None


def spaced_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(text)`` for a pattern that opens on white space and a literal
    (:func:`literal_after_space`): the pattern is tried only where the literal stands
    (``str.find``), from the first of the white space before it, where ``re`` would try it
    at every position of the text (its opening ``\s*`` gives it no first character to skip
    to).  Any other pattern is ``pattern.finditer(text)``.

    >>> [m.group(1) for m in spaced_finditer(re.compile(r"\s*\((\w+)\)"), "Kandi (Alibori) and Bembereke  (Borgou)")]
    ['Alibori', 'Borgou']
    """
    literal = literal_after_space(pattern)
    if literal is None:
        yield from pattern.finditer(text)
        return
    pos = 0
    while (at := text.find(literal, pos)) >= 0:
        start = at
        while start > pos and text[start - 1].isspace():  # (str.isspace is re's \s)
            start -= 1
        found = pattern.match(text, start)
        if found is None:
            pos = at + 1  # (no match starts in the white space before the literal either)
            continue
        yield found
        pos = found.end()  # (never empty: it holds the literal)
