"""The scanner behind :func:`conflict_events.find_dates`: one compiled regex that finds date
expressions in running text, and the tense cues that pick each one's direction.

Every quantifier in the scanner is bounded and no group repeats, so the work at each position
is bounded and a scan is linear in the text.  Month and weekday names must be capitalised (or
upper case), so the verbs "may" and "march" and the noun "fall" are not dates; "May" alone, a
bare year and a season need a word that makes them dates ("in May", "since 2016", "last summer").
"""

from __future__ import annotations

import functools
import importlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, Literal

import attrs

from conflict_events.parse._dates_vocab import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    WEEKDAYS,
    trie_alternation,
)

__all__ = [
    "SCANNER",
    "SENTENCE_AHEAD_CHARS",
    "SENTENCE_BACK_CHARS",
    "ScannerSearch",
    "SentenceStops",
    "direction_at",
    "direction_before",
    "sentence_bounds",
]


def _cased(words: list[str]) -> str:
    """Title-case and upper-case spellings only: "March", "MARCH", never "march".

    The two spellings are two tries (one would clash ignoring case): the same matches as one
    alternation of both, as a title-case and an upper-case spelling of three or more letters
    never match the same text (and, were case ignored, the title-case trie would give every
    match the upper-case one gives, in the same longest-first order)."""
    titled = trie_alternation(w.title() for w in words)
    upper = trie_alternation(w.upper() for w in words)
    return f"(?:{titled}|{upper})"


def _i(pattern: str) -> str:
    return f"(?i:{pattern})"


_S = r"\s{1,3}"
_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 or m == "may"]
_ABBR_MONTHS = [m for m in MONTHS if len(m) <= 4 and m != "may"]
_MON = rf"(?:{_cased(_FULL_MONTHS)}|{_cased(_ABBR_MONTHS)}\.?)"
_MON_NOT_MAY = rf"(?:{_cased([m for m in _FULL_MONTHS if m != 'may'])}|{_cased(_ABBR_MONTHS)}\.?)"
_WD = _cased([w for w in WEEKDAYS if len(w) > 4])
_WORD_NUM = trie_alternation(w.replace(" ", "[ -]") for w in NUMBER_WORDS)
_NUM = _i(rf"(?:\d{{1,3}}|{_WORD_NUM}|a{_S}couple{_S}of|a|an|several|a{_S}few)")
_DAYN = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)|{_i(trie_alternation(w.replace(' ', '[ -]') for w in ORDINAL_WORDS))})"
_YEAR = r"(?:1[0-9]|20)\d\d(?![\d,.]\d)"
_HEDGE = _i(
    rf"(?:(?:about|around|approximately|roughly|nearly|almost|circa|some|just{_S}over|more{_S}than"
    rf"|on{_S}or{_S}about|on{_S}or{_S}around|close{_S}to){_S})"
)
_POD = _i(r"(?:morning|afternoon|evening|night|midday|noon|midnight|dawn|overnight)")
_EDGE = _i(
    rf"(?:early|mid|late|the{_S}(?:beginning|start|middle|end|close){_S}of"
    rf"|the{_S}(?:early|latter|later|first|last){_S}part{_S}of)"
)
_UNIT = _i(r"(?:day|week|month|year|decade)s?")
_REL = _i(r"(?:last|next|this|coming|past)")
_DAYWORD = _i(
    rf"(?:(?:early|late|earlier|later){_S})?(?:the{_S}day{_S}before{_S}yesterday"
    rf"|the{_S}day{_S}after{_S}tomorrow|today|tonight|yesterday|tomorrow|last{_S}night)"
)
_YEAR_REL = _i(rf"(?:last|this|next){_S}year")
_MONTH_DAY = (
    rf"(?:(?:{_i('this coming|this past|this')}{_S})?{_WD},?{_S})?"
    rf"(?:{_MON}{_S}(?:the{_S})?{_DAYN}(?:\s?[-–]\s?{_DAYN})?|(?:the{_S})?{_DAYN}"
    rf"(?:\s?[-–]\s?{_DAYN}|{_S}{_i('to|and|until|through')}{_S}{_DAYN})?{_S}(?:{_i('of')}{_S})?{_MON})"
    rf"(?:,?{_S}{_YEAR}|{_S}{_YEAR_REL})?"
)
_MONTH_YEAR = rf"{_MON}(?:{_S}{_i('of')})?{_S}(?:{_YEAR}|{_YEAR_REL})"
_REL_MONTH = rf"(?:{_REL}|{_i('early|mid|late')}){_S}?{_MON}"
_WEEKDAY = (
    rf"(?:{_i('last|next|this coming|this past|this|coming|past')}{_S})?"
    rf"(?:{_i('early|late|earlier|later')}{_S})?{_WD}(?:'s)?(?:{_S}{_POD})?"
)
_YEAR_REF = rf"(?:{_YEAR}|{_i(rf'(?:last|this|next|the{_S}current|the){_S}year')})"
_PART = (
    rf"{_EDGE}(?:{_S}|-)(?:{_MONTH_YEAR}|(?:{_REL}{_S})?{_MON}|{_YEAR_REF}"
    rf"|{_i(rf'(?:last|this|next|the){_S}(?:month|week)')})"
)
_RELATIVE = _i(
    rf"(?:{_NUM}{_S}{_UNIT}(?:{_S}or{_S}so)?{_S}(?:ago|earlier|later|from{_S}now)"
    rf"|in{_S}{_NUM}{_S}{_UNIT}(?:{_S}time)?"
    rf"|(?:the{_S})?(?:past|last|next|coming){_S}(?:{_NUM}{_S})?(?:hour|day|week|month|year|decade)s?"
    rf"|(?:earlier|later){_S}(?:this|in{_S}the){_S}(?:week|month|year)"
    rf"|(?:last|this|next|the|the{_S}past|this{_S}past|this{_S}coming){_S}weekend"
    rf"|(?:last|this|next){_S}(?:week|month|year|decade|century)"
    rf"|this{_S}(?:morning|afternoon|evening)"
    rf"|year[- ]end|year[- ](?:ago|earlier)"
    rf"|(?:the{_S}(?:current|last|next){_S}|this{_S}|last{_S}|next{_S})fiscal{_S}year"
    rf"|(?:last|this|next|early|late){_S}(?:spring|summer|autumn|fall|winter)"
    rf"|(?:the{_S})?(?:spring|summer|autumn|fall|winter){_S}(?:of{_S})?\d{{4}}(?!\d)"
    r"|the\s(?:early\s|mid[- ]|late\s)?(?:1[0-9]|20)\d0'?s"
    r"|the\s'\d0s"
    r"|the\s(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
)
# anaphora, read from the time named before (parse/_dates.py)
_ANAPHOR = (
    _i(
        rf"(?:(?:early|earlier|late|later){_S}(?:in{_S})?)?(?:that|the{_S}same){_S}"
        rf"(?:day|week|month|year)"
        rf"|(?:earlier|later){_S}in{_S}the{_S}day"
        rf"|the{_S}(?:following|next|previous|preceding|prior|subsequent){_S}"
        rf"(?:day|morning|afternoon|evening|night)"
        rf"|the{_S}(?:following|previous|preceding|prior){_S}(?:week|month|year)"
    )
    + rf"|{_i(rf'the{_S}(?:following|previous|preceding|prior)')}{_S}{_WD}"
)
_HOLIDAY = r"(?:Christmas(?:\sEve|\sDay)?|New\sYear'?s\s(?:Day|Eve)|Thanksgiving(?:\sDay)?|Easter(?:\sSunday|\sMonday)?|Good\sFriday)"
_ISO = r"\d{4}-\d\d-\d\d(?!\d)"

_SIMPLE = (
    rf"(?:{_ISO}|(?:{_ANAPHOR})|{_MONTH_DAY}|{_PART}|{_MONTH_YEAR}|{_RELATIVE}|{_REL_MONTH}|{_DAYWORD}"
    rf"(?:{_S}{_POD})?|{_WEEKDAY}|{_HOLIDAY}|{_MON_NOT_MAY})"
)
_RANGE_END = rf"(?:{_SIMPLE}|{_YEAR}|{_DAYN})"
_RANGE = (
    rf"{_i('between')}{_S}{_RANGE_END}{_S}{_i('and')}{_S}{_RANGE_END}"
    rf"|{_i('from')}{_S}{_RANGE_END}(?:{_S}{_i('to|until|through')}{_S}|\s?[-–]\s?){_RANGE_END}"
)
_YEAR_LEAD = _i(
    r"(?:in|during|by|until|of|from|before|after|throughout|for|early|mid|late|since|around)"
)

_FISCAL_YEAR = rf"(?:{_i(rf'fiscal(?:{_S}year)?')}{_S}|FY ?){_YEAR}"
_DAY_SHIFT = (
    rf"{_i(rf'(?:the{_S})?day{_S}(?:before|after)')}{_S}(?:{_WEEKDAY}|{_MONTH_DAY}|{_HOLIDAY})"
)

_OPEN_END = _i(rf"(?:or|and){_S}(?:later|earlier|beyond|after|before)|onwards?")

SCANNER = re.compile(
    rf"(?<![\w'-])(?:(?P<core>{_HEDGE}?(?:{_RANGE}|{_i('since')}{_S}(?:{_SIMPLE}|{_YEAR})"
    rf"|{_DAY_SHIFT}|{_FISCAL_YEAR}|{_i('the')}{_S}{_YEAR}{_S}{_i('period')}"
    rf"|{_SIMPLE}|{_i(rf'the{_S}year')}{_S}{_YEAR}))"
    rf"|(?P<lead>{_YEAR_LEAD})(?:{_S}|-)(?P<year>{_HEDGE}?{_YEAR}))(?![\w-])"
    # "1994 or later", "1990 and beyond": open at one end, no span
    rf"(?!{_S}{_OPEN_END}\b)"
)

# --------------------------------------------------------------------------------------------
# The prefilter.  ``re`` has no fast scan for a pattern that starts with a look-behind and a
# large alternation: it tries the whole scanner at every word start, which was most of the
# time of find_dates.  But every scanner match starts with a word from a short list (or a
# number), and for most of those words the second word is restricted too: "the" must be
# followed by "day", "past", "beginning", a number ..., "on" by "or".  These first words and
# pairs are read off the scanner's own parse tree (so they cannot drift from it) and put into
# one Aho-Corasick automaton (pyahocorasick) that runs over a copy of the text in which every
# word character is lower-cased and every other character is a space.  The scanner is then
# tried only where a key ends a word start; what the keys find is a superset of the places
# where the scanner can match, so the matches are exactly those of a search over the text.
# A third word is read off the tree the same way: where a key ends with a second word (or is
# a first word alone, or a number), a small pattern checks from there, on the folded text,
# the next words the scanner allows ("in a" must go on "few", "couple", "day" ...; "around"
# with "the" must go on "beginning", "day", "past" ...), so failing tries such as "in a
# statement" are skipped too.  A month or weekday name that ends the match cannot go on as
# "market" or "Mondays": the scanner's closing "(?![\w-])" is read as the word's end.

_Item = tuple[Any, Any]
# the rest of a pattern: (items, index of the next item, the rest after these items)
_Cont = tuple[Any, int, "_Cont"] | None
_Words = frozenset[tuple[str, bool]]  # (word, whether it ends there)
_NUMBER = "\x01"  # a number (a word that starts with a digit)
_DIGIT_IN_WORD = "\x00"  # a digit class inside a word
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_ZERO_WIDTH = ("ASSERT", "ASSERT_NOT", "AT")
_WORD_END = "WORD_END"  # a pseudo item: no word character may come next, and the match ends
# a longer (or unbounded) repeat is not unrolled: it stands for any characters
_MAX_UNROLL = 16
# per first word, at most this many pair keys; a word with more is a key on its own
_MAX_PAIR_KEYS = 400


class _NoPrefilterError(Exception):
    """The scanner's first words cannot be listed (then the scanner runs everywhere)."""


def _char_kind(c: Any, op: Any, av: Any) -> str:
    """What a character the item consumes can be: "w" a word character, "d" a digit, "n" a
    non-word character, "x" some mix (``c`` is ``re._constants``)."""
    if op is c.LITERAL:
        char = chr(av)
        if char.isdecimal():
            return "d"
        return "w" if char.isalnum() or char == "_" else "n"
    if op is not c.IN:
        return "x"
    kinds: set[str] = set()
    for member, value in av:
        if member is c.CATEGORY and value is c.CATEGORY_DIGIT:
            kinds.add("d")
        elif member is c.CATEGORY and value is c.CATEGORY_SPACE:
            kinds.add("n")
        elif member is c.LITERAL:
            kinds.add(_char_kind(c, c.LITERAL, value))
        elif member is c.RANGE:
            kinds.update(_char_kind(c, c.LITERAL, o) for o in range(value[0], value[1] + 1))
        else:
            return "x"
    if len(kinds) == 1:
        return kinds.pop()
    return "x" if "n" in kinds else "w"


class _PairReader:
    """The first two words of the matches of a parsed pattern, by memoised walks over the
    pattern's continuations (every repeat in the scanner is bounded, so the walks end)."""

    def __init__(self, constants: Any) -> None:
        self.c = constants
        self.repeats = {getattr(constants, name) for name in _REPEATS}
        self.zero_width = {getattr(constants, name) for name in _ZERO_WIDTH}
        self.again: dict[tuple[Any, ...], tuple[_Item, ...]] = {}
        self.heads_seen: dict[_Cont, list[tuple[_Item | None, _Cont]]] = {}
        self.word_seen: dict[_Cont, set[tuple[str, bool, _Cont]]] = {}
        self.gap_seen: dict[_Cont, tuple[_Words, bool, int]] = {}
        self.next_seen: dict[_Cont, tuple[frozenset[tuple[str, bool, _Cont]], bool, int]] = {}

    def heads(self, cont: _Cont) -> list[tuple[_Item | None, _Cont]]:
        """Every next character-consuming item of ``cont`` with the rest after it, and
        ``(None, None)`` if the pattern can end there."""
        found = self.heads_seen.get(cont)
        if found is not None:
            return found
        c = self.c
        found = []
        if cont is None:
            found.append((None, None))
        elif cont[1] >= len(cont[0]):
            found = self.heads(cont[2])
        else:
            items, index, parent = cont
            op, av = items[index]
            after: _Cont = (items, index + 1, parent)
            if op is c.SUBPATTERN:
                found = self.heads((av[3], 0, after))
            elif op is c.BRANCH:
                for alternative in av[1]:
                    found.extend(self.heads((alternative, 0, after)))
            elif op in self.repeats and av[1] <= _MAX_UNROLL:
                low, high, sub = av
                if low == 0:
                    found.extend(self.heads(after))
                if high > 1:  # one more time through, then the rest of the repeat
                    key = (op, max(0, low - 1), high - 1, id(sub))
                    rest = self.again.setdefault(key, ((op, (key[1], key[2], sub)),))
                    found.extend(self.heads((sub, 0, (rest, 0, after))))
                elif high == 1:
                    found.extend(self.heads((sub, 0, after)))
            elif (
                op is c.ASSERT_NOT
                and self._no_word_char(av)
                and self.heads(after) == [(None, None)]
            ):
                # "(?![\w-])" as the match ends: a word cannot go on past it
                found.append(((_WORD_END, None), after))
            elif op in self.zero_width:
                found = self.heads(after)
            else:
                found.append(((op, av), after))
        self.heads_seen[cont] = found
        return found

    def _no_word_char(self, av: Any) -> bool:
        """Whether a negative look-ahead rules out every word character next."""
        direction, sub = av
        return bool(
            direction == 1
            and len(sub) == 1
            and sub[0][0] is self.c.IN
            and (self.c.CATEGORY, self.c.CATEGORY_WORD) in sub[0][1]
        )

    def word(self, cont: _Cont) -> set[tuple[str, bool, _Cont]]:
        """How a word goes on from ``cont``: (its further characters, whether a non-word
        character ends it, the pattern after that character)."""
        found = self.word_seen.get(cont)
        if found is not None:
            return found
        found = set()
        for item, after in self.heads(cont):
            kind = "end" if item is None else _char_kind(self.c, *item)
            if item is not None and item[0] is _WORD_END:
                # the word ends at the match end: the next character (if any) is no word
                # character, so a space in the folded text; anything may follow it
                found.add(("", True, None))
            elif item is not None and kind == "n":
                found.add(("", True, after))
            elif item is not None and (kind == "d" or (kind == "w" and item[0] is self.c.LITERAL)):
                char = chr(item[1]).lower() if item[0] is self.c.LITERAL else _DIGIT_IN_WORD
                found.update((char + rest, ends, gap) for rest, ends, gap in self.word(after))
            else:  # the match ends, or a class of letters: the word may go on in any way
                found.add(("", False, None))
        self.word_seen[cont] = found
        return found

    def gap(self, cont: _Cont) -> tuple[_Words, bool, int]:
        """After a word and the non-word character that ends it: the possible next words
        (``_NUMBER`` for a number), whether anything else can follow (the match ending, or a
        class of letters), and the most further non-word characters before the next word."""
        found = self.gap_seen.get(cont)
        if found is None:
            words, anything, separator = self.next_words(cont)
            found = frozenset((word, ends) for word, ends, _ in words), anything, separator
            self.gap_seen[cont] = found
        return found

    def next_words(self, cont: _Cont) -> tuple[frozenset[tuple[str, bool, _Cont]], bool, int]:
        """:meth:`gap` with the pattern after each next word's ending character (None after
        a word that does not end; for a number, the pattern after its first digit)."""
        found = self.next_seen.get(cont)
        if found is not None:
            return found
        words: set[tuple[str, bool, _Cont]] = set()
        anything, separator = False, 0
        for item, after in self.heads(cont):
            kind = "end" if item is None else _char_kind(self.c, *item)
            if item is not None and kind == "n":
                more, more_anything, more_separator = self.next_words(after)
                words |= more
                anything = anything or more_anything
                separator = max(separator, more_separator + 1)
            elif kind == "d":
                words.add((_NUMBER, False, after))
            elif item is not None and kind == "w" and item[0] is self.c.LITERAL:
                letter = chr(item[1]).lower()
                words.update(
                    (letter + rest, ends, gap if ends else None)
                    for rest, ends, gap in self.word(after)
                )
            else:
                anything = True
        found = frozenset(words), anything, separator
        self.next_seen[cont] = found
        return found


_Thirds = dict[tuple[str, str], tuple[_Words, int] | None]


def _first_words(
    pattern: re.Pattern[str], thirds: _Thirds | None = None
) -> dict[tuple[str, bool], tuple[_Words, int] | None]:
    """For each first word a match of ``pattern`` can have ((word, whether it ends there);
    ``_NUMBER`` for a number): the second words it can have and the most non-word characters
    between the two, or None if anything can follow.

    ``thirds``, if given, is filled in the same way one word further on: for each ending
    first word and each second word that ends (a number: all of whose spellings end), the
    third words and the most non-word characters after the second word's ending character,
    or None."""
    parser = importlib.import_module("re._parser")
    constants = importlib.import_module("re._constants")
    reader = _PairReader(constants)
    tree = parser.parse(pattern.pattern, pattern.flags)
    pairs: dict[tuple[str, bool], tuple[_Words, int] | None] = {}

    def add_thirds(first: str, seconds: frozenset[tuple[str, bool, _Cont]]) -> None:
        assert thirds is not None
        for second, second_ends, after in seconds:
            if second == _NUMBER:  # ``after`` is the rest of the number from its first digit
                ends_of = [(ends, gap) for _, ends, gap in reader.word(after)]
            elif second_ends:
                ends_of = [(True, after)]
            else:
                continue
            for ends, gap in ends_of:
                words, anything, separator = reader.gap(gap) if ends else (frozenset(), True, 0)
                known = thirds.get((first, second), (frozenset(), 0))
                if known is None or anything:
                    thirds[first, second] = None
                else:
                    thirds[first, second] = known[0] | words, max(known[1], separator)

    def add(first: str, ends: bool, gap: _Cont) -> None:
        if not ends:
            pairs[first, False] = None
            return
        seconds, anything, separator = reader.next_words(gap)
        if thirds is not None:
            add_thirds(first, seconds)
        words = frozenset((word, word_ends) for word, word_ends, _ in seconds)
        known = pairs.get((first, True), (frozenset(), 0))
        if known is None or anything:
            pairs[first, True] = None
        else:
            pairs[first, True] = known[0] | words, max(known[1], separator + 1)

    for item, after in reader.heads((tree, 0, None)):
        kind = "end" if item is None else _char_kind(constants, *item)
        if item is not None and kind == "d":
            for _, ends, gap in reader.word(after):
                add(_NUMBER, ends, gap)
        elif item is not None and kind == "w" and item[0] is constants.LITERAL:
            letter = chr(item[1]).lower()
            for rest, ends, gap in reader.word(after):
                add(letter + rest, ends, gap)
        else:
            raise _NoPrefilterError(f"a match can start with {item!r}")
    return pairs


# The folded text: ASCII word characters lower-cased, other ASCII characters spaces; outside
# ASCII, the characters that ``re`` matches to an ASCII letter ignoring case are that letter,
# decimal digits "0", other word characters "_" (in no key) and the rest spaces.  Every
# character keeps its offset.
_FOLD_ASCII = {
    code: (chr(code).lower() if chr(code).isalnum() or code == ord("_") else " ")
    for code in range(128)
}
_FOLD_SPECIAL = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(m: re.Match[str]) -> str:
    char = m.group()
    special = _FOLD_SPECIAL.get(char)
    if special is not None:
        return special
    if char.isdecimal():
        return "0"
    return "_" if char.isalnum() else " "


def _folded(text: str) -> str:
    """`` text `` folded as above, with one space added at each end."""
    if not text.isascii():
        text = _NON_ASCII.sub(_fold_char, text)
    return " " + text.translate(_FOLD_ASCII) + " "


def _key(word: str, ends: bool) -> tuple[str, bool]:
    """A word as automaton key text: (its characters, whether it ends there).  A digit class
    inside it makes the rest unknown, so the key stops there."""
    if _DIGIT_IN_WORD in word:
        return word[: word.index(_DIGIT_IN_WORD)], False
    return word, ends


def _spellings(word: str, ends: bool) -> list[str]:
    """The folded-text spellings of a second word."""
    if word == _NUMBER:
        return list("0123456789")
    text, ends = _key(word, ends)
    return [text + " " if ends else text]


# the rest of a word in the folded text (a number's further digits, "th", "s" ...)
_REST_OF_NUMBER = "[0-9a-z_]*"
_FOLDED_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_ ")


class _Prefilter:
    """Where in a text the scanner can match: see the comment above."""

    __slots__ = ("_automaton",)

    def __init__(
        self,
        pairs: dict[tuple[str, bool], tuple[_Words, int] | None],
        thirds: _Thirds | None = None,
    ) -> None:
        import ahocorasick

        # key -> (characters from the word start to the key's end, a pattern the folded
        # text must match from the key's last character on, or None)
        keys: dict[str, tuple[int, re.Pattern[str] | None]] = {}
        numbers = [follows for (first, ends), follows in pairs.items() if first == _NUMBER]
        numbers_ok = all(follows is not None for follows in numbers) and not any(
            not ends for first, ends in pairs if first == _NUMBER
        )
        number_check = (
            self._number_pattern(numbers[0], thirds or {})
            if numbers_ok and len(numbers) == 1
            else None
        )
        if numbers:
            for digit in "0123456789":
                keys[" " + digit] = (1, number_check)
        compiled: dict[str, re.Pattern[str]] = {}  # many keys share a check

        def check_of(pattern: str) -> re.Pattern[str]:
            found = compiled.get(pattern)
            if found is None:
                found = compiled[pattern] = re.compile(pattern)
            return found

        for (first, ends), follows in pairs.items():
            if first == _NUMBER:
                continue
            word, word_ends = _key(first, ends)
            if not word:
                raise _NoPrefilterError(f"a first word starts with a digit class: {first!r}")
            head = " " + word + (" " if word_ends else "")
            if follows is None or not word_ends:
                keys[head] = (len(head) - 1, None)
                continue
            if len(follows[0]) * follows[1] > _MAX_PAIR_KEYS:
                # too many pairs for keys: the word alone, its next two words checked by a
                # pattern from the space that ends it
                keys[head] = (len(head) - 1, check_of(self._follow_text(first, follows, thirds)))
                continue
            seconds, separator = follows
            for second, second_ends in seconds:
                check = None
                follows_second = None if thirds is None else thirds.get((first, second))
                if follows_second is not None and second == _NUMBER:
                    # the key ends on the number's first digit
                    check = check_of(_REST_OF_NUMBER + self._third_text(follows_second))
                elif follows_second is not None and _key(second, second_ends) == (second, True):
                    check = check_of(self._third_text(follows_second))
                for spelling in _spellings(second, second_ends):
                    for gap in range(1, separator + 1):
                        key = " " + word + " " * gap + spelling
                        keys[key] = (len(key) - 1, check)
        automaton = ahocorasick.Automaton()
        for key, value in keys.items():
            if not _FOLDED_CHARS.issuperset(key):
                raise _NoPrefilterError(f"a key the folded text cannot hold: {key!r}")
            automaton.add_word(key, value)
        automaton.make_automaton()
        self._automaton = automaton

    @classmethod
    def _number_pattern(
        cls, follows: tuple[_Words, int] | None, thirds: _Thirds
    ) -> re.Pattern[str] | None:
        """A number in the folded text followed by one of the second words ``follows``
        allows (and a third word, where ``thirds`` knows them; None: anything may follow)."""
        if follows is None:
            return None
        return re.compile(_REST_OF_NUMBER + cls._follow_text(_NUMBER, follows, thirds))

    @staticmethod
    def _third_text(follows: tuple[_Words, int]) -> str:
        """From the space that ends a second word in the folded text: the further non-word
        characters and one of the third words ``follows`` allows."""
        words, separator = follows
        spellings = {s for w, e in words for s in _spellings(w, e)}
        return rf" {{1,{separator + 1}}}{trie_alternation(spellings)}"

    @classmethod
    def _follow_text(cls, first: str, follows: tuple[_Words, int], thirds: _Thirds | None) -> str:
        """From the space that ends ``first`` in the folded text: the further non-word
        characters, a second word ``follows`` allows and, where ``thirds`` knows them, one of
        the third words that second word allows."""
        seconds, separator = follows
        plain: set[str] = set()  # second-word spellings with nothing known after them
        by_third: dict[tuple[_Words, int], set[str]] = {}
        alternatives: list[str] = []
        # sorted: the pattern (and its cost) is then the same in every process, whatever the
        # string-hash seed; which alternatives match does not depend on their order
        for second, second_ends in sorted(seconds):
            after = None if thirds is None else thirds.get((first, second))
            if after is not None and second == _NUMBER:
                alternatives.append("[0-9]" + _REST_OF_NUMBER + cls._third_text(after))
            elif after is not None and _key(second, second_ends) == (second, True):
                by_third.setdefault(after, set()).add(second)
            else:
                plain.update(_spellings(second, second_ends))
        if plain:
            alternatives.append(trie_alternation(plain))
        alternatives.extend(
            trie_alternation(words) + cls._third_text(after) for after, words in by_third.items()
        )
        return rf" {{1,{separator}}}(?:{'|'.join(alternatives)})"

    def starts(self, text: str) -> list[int]:
        """The sorted offsets of ``text`` where the scanner may match."""
        folded = _folded(text)
        found: set[int] = set()
        for last, (length, check) in self._automaton.iter(folded):
            # the key starts with the space before the word; the folded text has one more
            # character in front than ``text``
            if check is not None and check.match(folded, last) is None:
                continue
            found.add(last - length)
        return sorted(found)


@functools.cache
def _prefilter() -> _Prefilter | None:
    """The prefilter, built on first use (about half a second); None if it cannot be built."""
    try:
        thirds: _Thirds = {}
        pairs = _first_words(SCANNER, thirds)
        return _Prefilter(pairs, thirds)
    except Exception:  # an optimisation only: whatever fails, the scanner runs everywhere
        return None


class ScannerSearch:
    """``SCANNER.search(text, position)`` for one text, with the scanner tried only at the
    word starts the prefilter allows: the same matches, in a fraction of the time.

    >>> t = "Rebels took the town on Friday, after the talks of 2019 failed."
    >>> search = ScannerSearch(t)
    >>> first = search.search(0)
    >>> second = search.search(first.end())
    >>> first.group(), second.group(), search.search(second.end())
    ('Friday', 'of 2019', None)
    >>> first.span() == SCANNER.search(t).span()
    True
    """

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        prefilter = _prefilter()
        self._text = text
        self._starts = None if prefilter is None else prefilter.starts(text)

    def search(self, position: int) -> re.Match[str] | None:
        """The first scanner match that starts at ``position`` or later."""
        starts = self._starts
        if starts is None:
            return SCANNER.search(self._text, position)
        index = bisect_left(starts, position)
        while index < len(starts):
            found = SCANNER.match(self._text, starts[index])
            index += 1
            if found is not None:
                return found
        return None


# --------------------------------------------------------------------------------------------
# Tense: which way a date in running text points.  The verb group nearest the date in its
# clause decides; see docs/dates.md ("Tense cues") for the rule in full.

# How far around a mention its sentence is looked for, back and ahead: bounded, so finding all
# the mentions of a text stays linear in its length.
SENTENCE_BACK_CHARS = 400
SENTENCE_AHEAD_CHARS = 300


def _words(text: str, *more: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``, and ``more``."""
    return frozenset(text.split()).union(more)


# A sentence ends at . ! ? followed by space and a capital or quote, unless the word before the
# dot is an abbreviation ("Jan. 2 to holders", "Mr. Smith") or an initial ("U.S."); or at a
# blank line.  The stop (or blank line) is found first, by one character-class-led search;
# the word before it is read back afterwards.  This finds exactly the matches of
# ``(?P<word>\w{0,12})(?P<stop>[.!?])["')\]]?\s{1,8}(?=[A-Z"'(`])|(?P<blank>\n)\s{0,8}\n``
# over the same window (the form in docs/dates.md), without trying the word at every
# position: a match's word is the up to 12 word characters before its stop, and cannot
# reach back past the previous match, which ends in white space.
#
# Each pattern below that ``re.search`` / ``finditer`` runs over long stretches of text opens
# with one character of a set (a class, or alternatives that each open with a literal) so that
# ``re`` skips ahead to those characters instead of trying the whole pattern at every
# position; each is written out from the plain form in its comment, with the same matches.
_STOP_REST = r"[\"')\]]?\s{1,8}(?=[A-Z\"'(`])"
# [.!?][\"')\]]?\s{1,8}(?=[A-Z\"'(`])|\n\s{0,8}\n
_SENTENCE_STOP = re.compile(rf"\.{_STOP_REST}|!{_STOP_REST}|\?{_STOP_REST}|\n\s{{0,8}}\n")
_ABBREVIATIONS = _words(
    "Mr Mrs Ms Dr Gen Col Lt Sgt Capt Maj Adm Sen Rep Gov Pres St Inc Corp Co Ltd Jr Sr No Vol vs"
    " Mt Ft Rev Prof Messrs Gens Cmdr Brig Supt Insp Det",
    *(m.title() for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july")),
)
_WORD_BEFORE_MAX = 12
# always matches: the first position from which only word characters run to the search's end
_TRAILING_WORD = re.compile(r"\w*\Z")
_ABBREVIATION_MAX = max(map(len, _ABBREVIATIONS))


def _ends_sentence(text: str, stop: int, window_start: int) -> bool:
    """Whether the full stop at ``stop`` ends a sentence: not after an abbreviation or an
    initial (the word is read back at most 12 characters and not before ``window_start``)."""
    limit = max(window_start, stop - _WORD_BEFORE_MAX)
    # a word longer than every abbreviation is none (and no initial): stop reading there
    limit = max(limit, stop - _ABBREVIATION_MAX - 1)
    # the word characters (isalnum() or "_", as ``\w``) just before the stop, from ``limit`` on
    found = _TRAILING_WORD.search(text, limit, stop)
    word = "" if found is None else found.group()
    initial = len(word) == 1 and word.isupper()
    return not (initial or word in _ABBREVIATIONS)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``text[start:end]``: ``(first, last)`` character offsets,
    looked for at most :data:`SENTENCE_BACK_CHARS` before and :data:`SENTENCE_AHEAD_CHARS`
    after.

    >>> t = "Talks failed. The army will withdraw on Friday, he said. Then what?"
    >>> a, b = sentence_bounds(t, t.index("Friday"), t.index("Friday") + 6)
    >>> t[a:b]
    'The army will withdraw on Friday, he said'
    """
    lo = max(0, start - SENTENCE_BACK_CHARS)
    hi = min(len(text), end + SENTENCE_AHEAD_CHARS)
    first, last = lo, hi
    # one character past the window lets the capital after a full stop be seen
    for m in _SENTENCE_STOP.finditer(text, lo, hi + 1):
        stop = m.start()
        if start <= stop < end or (text[stop] != "\n" and not _ends_sentence(text, stop, lo)):
            continue
        if stop < start:
            first = m.end()
        else:
            last = stop
            break
    return first, last


# How far back the word before a stop is read when nothing limits it (the window start matters
# only for stops nearer to it than this).
_WORD_LOOKBACK = min(_WORD_BEFORE_MAX, _ABBREVIATION_MAX + 1)


class SentenceStops:
    """:func:`sentence_bounds` and :func:`direction_at` for one text, with the sentence stops
    of the whole text found by one search instead of one per mention.

    Exact, not an approximation of the 400/300-character window: a stop match is at most 10
    characters plus the one character its look-ahead reads, and every part of the pattern
    reads forward only.  So where no whole-text match runs across the window start, the
    window's search is in step with the whole text's from there (also where one does, if
    its part inside the window holds no line break: only a stop or a line break can start a
    match, and the rest of a match is quotes and white space): the whole text's matches
    that end before the window end are the window's (greedy parts see the same characters),
    a position where the whole text has none has none in the window either (cutting the text
    short only removes characters), and a whole-text match that runs past the window end (the
    window may then find another inside it) sends the mention to :func:`sentence_bounds`, as
    does a match across the window start.  Whether a stop ends a sentence depends on the
    window only for stops within a word's length of its start: those are read again.

    >>> t = "Talks failed. The army will withdraw on Friday, he said. Then what?"
    >>> stops = SentenceStops(t)
    >>> start = t.index("Friday")
    >>> stops.bounds(start, start + 6) == sentence_bounds(t, start, start + 6)
    True
    >>> stops.direction(start, start + 6)
    'future'
    """

    __slots__ = ("_ends", "_sentence", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        matches = [m.span() for m in _SENTENCE_STOP.finditer(text)]
        self._starts = [a for a, _ in matches]
        self._ends = [b for _, b in matches]
        # whether each stop ends a sentence, read from the whole text (filled on first use)
        self._sentence: list[bool | None] = [None] * len(matches)

    def _ends_sentence(self, index: int, window_start: int) -> bool:
        text, stop = self._text, self._starts[index]
        if text[stop] == "\n":
            return True
        if stop - window_start < _WORD_LOOKBACK:  # the window cuts the word before it
            return _ends_sentence(text, stop, window_start)
        known = self._sentence[index]
        if known is None:
            known = self._sentence[index] = _ends_sentence(text, stop, 0)
        return known

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``sentence_bounds(text, start, end)``."""
        text = self._text
        lo = max(0, start - SENTENCE_BACK_CHARS)
        hi = min(len(text), end + SENTENCE_AHEAD_CHARS)
        starts, ends = self._starts, self._ends
        begin = bisect_left(starts, lo)
        if begin and ends[begin - 1] > lo and "\n" in text[lo : ends[begin - 1]]:
            # a match across the window start, whose rest the window may read as a blank line
            return sentence_bounds(text, start, end)
        first, last = lo, hi
        # the window's search tries positions up to hi (it runs to hi + 1)
        for index in range(begin, bisect_right(starts, hi)):
            if ends[index] > hi:  # the window may see another match here
                return sentence_bounds(text, start, end)
            stop = starts[index]
            if start <= stop < end or not self._ends_sentence(index, lo):
                continue
            if stop < start:
                first = ends[index]
            else:
                last = stop
                break
        return first, last

    def direction(self, start: int, end: int) -> Literal["past", "future"]:
        """``direction_at(text, start, end)``."""
        first, last = self.bounds(start, end)
        return _direction_in(self._text, start, end, first, last)


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
_FUTURE_AUX = _words("will shall would might must should won't wouldn't shouldn't mustn't shan't")
_PAST_AUX = _words("was were had did wasn't weren't hadn't didn't")
_PERFECT_AUX = _words("has have hasn't haven't")
_PRESENT_AUX = _words("is are am isn't aren't")
_FUTURE_WORDS = _words(
    "expected expects expect expecting scheduled schedules slated due planned plans plan"
    " planning intends intend intending upcoming forthcoming coming next payable expire"
    " expires expiring effective starting supposed going hope hopes hoping aim aims aiming set"
)
# these are future words only before "to" ("plans to", "going to"); "set" also before "for"
_NEEDS_TO = _words("plan plans hope hopes hoping aim aims aiming supposed going")
_PAST_WORDS = _words(
    "said says told ago earlier began came went took gave made met held left fled fought struck"
    " shot saw found brought bought sent spent lost won wrote spoke broke rose fell drove flew"
    " ran stood got kept led paid heard knew withdrew became chose sought caught sold blew grew"
    " threw overran hid slept swept bore tore wore stole sank rang arose awoke dug fed felt"
    " meant dealt built lent sat ate undertook overtook forgave hit"
)
_FILLERS = _words(
    "be been being not n't to also still just already never now then soon only even again yet"
    " reportedly first finally later"
)
# "-ed" words that are not verbs
_NOT_VERBS = _words(
    "need speed seed feed bleed breed creed deed greed heed reed weed indeed steed shed bed red"
    " hundred kindred sacred naked wicked proceed exceed succeed"
)
_DETERMINERS = _words(
    "the a an this that these those its their his her our my your some any no every each"
)
# words just before a date that make it a deadline or a start ("until Friday", "by March")
_WEAK_FUTURE = _words("until till by through deadline")


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
    if w in _FUTURE_AUX or w.endswith("'ll") or (w == "may" and raw[i] == "may"):
        return "F"
    if w in _PAST_AUX:
        return "P"
    if w in _PERFECT_AUX:
        return "H"
    if w in _PRESENT_AUX:
        return "S"
    if w in _FUTURE_WORDS:
        if w in _NEEDS_TO:
            return "f" if nxt == "to" else ""
        if w == "set":
            return "f" if nxt in ("to", "for") else "p"
        if w == "next" and nxt == "to":  # "next to": a place
            return ""
        if w == "due" and nxt == "to":  # "due to": a cause
            return ""
        return "f"
    if w in _PAST_WORDS:
        return "p"
    if w in _FILLERS or (w.endswith("ly") and len(w) > 4):
        return "x"
    if (
        w.endswith("ed")
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
_KIND_ENDINGS = ("'ll", "ly", "ed")
_FIXED_KIND: dict[str, str] = {}
_KIND_NEEDS_CONTEXT: set[str] = set()
for _word in sorted(
    _FUTURE_AUX
    | _PAST_AUX
    | _PERFECT_AUX
    | _PRESENT_AUX
    | _FUTURE_WORDS
    | _PAST_WORDS
    | _FILLERS
    | {"may"}
):
    _seen = {
        _kind_in_context([*before, _word, after], [*before, spelled, after], len(before), start)
        for before in ((), ("the",), ("the", "very"), ("ran",))
        for spelled in (_word, _word.title())
        for after in ("", "to", "for", "be")
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
        if not (words[j].endswith("ly") or words[j] in ("still", "very", "now", "so")):
            return False
    return False


def _group_tense(kinds: str, head: str) -> Literal["past", "future"] | None:
    """The tense of a verb group from its parts (``kinds``) and its first word (``head``)."""
    first = kinds[0]
    if first == "F" and kinds[1:].lstrip("x").startswith("H") and head not in ("will", "shall"):
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
    if split and words[split - 1] == "since":  # "since" takes a time before the present
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
                    gap += "t" if w == "to" else "x"
                elif w == "to" and i + 1 < count and words[i + 1] == "be":  # "to be held"
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
                gap += "t" if w == "to" else "x"
            elif w == "to" and i + 1 < len(words) and words[i + 1] == "be":  # "to be held"
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

    if previous == "since":  # "since" takes a time before the present
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
