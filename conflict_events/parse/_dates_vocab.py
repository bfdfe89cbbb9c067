"""Word tables and regex fragments shared by the date resolver and the date finder.

Everything here is built once at import.  Fragments contain no capturing groups, so rules can
combine them freely; every quantifier in them is bounded, so no fragment can backtrack
catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "SEASONS",
    "WEEKDAYS",
    "alternation",
    "trie_alternation",
]


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


# weekday spelling (lower case) -> Monday = 0 ... Sunday = 6
WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    )
):
    for _name in _names:
        WEEKDAYS[_name] = _i

# month spelling (lower case) -> 1..12
MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _i

# season -> its first month (meteorological, northern hemisphere); winter Y = Dec Y - Feb Y+1
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

# number word (hyphens already turned into spaces) -> 1..99
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS, start=1)}
NUMBER_WORDS.update({w: i for i, w in enumerate(_TEENS, start=10)})
for _i, _w in enumerate(_TENS, start=2):
    NUMBER_WORDS[_w] = _i * 10
    for _j, _u in enumerate(_UNITS, start=1):
        NUMBER_WORDS[f"{_w} {_u}"] = _i * 10 + _j

_ORD_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_ORD_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]

# ordinal word -> 1..31 (the days of a month; "twenty first" after hyphen folding)
ORDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ORD_UNITS, start=1)}
ORDINAL_WORDS.update({w: i for i, w in enumerate(_ORD_TEENS, start=10)})
ORDINAL_WORDS["twentieth"] = 20
for _j, _u in enumerate(_ORD_UNITS, start=1):
    ORDINAL_WORDS[f"twenty {_u}"] = 20 + _j
ORDINAL_WORDS["thirtieth"] = 30
ORDINAL_WORDS["thirty first"] = 31
