"""Word tables and regex fragments shared by the date resolver and the date finder.

Everything here is built once at import.  Fragments contain no capturing groups, so rules can
combine them freely; every quantifier in them is bounded, so no fragment can backtrack
catastrophically.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "SEASONS",
    "WEEKDAYS",
    "alternation",
]


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of ``words``, longest first so that the longest
    spelling wins ("sept" before "sep", "twenty one" before "twenty")."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(w.replace(" ", r"\s") for w in unique) + ")"


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
