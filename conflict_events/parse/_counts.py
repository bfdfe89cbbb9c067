"""Counts as news writes them: "over 300", "a dozen", "14,000", "2.5 million", "dozens",
"between 10 and 15", "nearly a million" -> :class:`~conflict_events.model.Count`.

The parser is a hand-written recursive descent over a token list (one compiled regex
tokenises), so it runs in time linear in the input and never backtracks.  The number-word
table is our own: no listed library reads English number words.  The exact semantics, and the
ranges given to vague words, are in ``docs/counts.md``.

:data:`COUNT_PHRASE_RE` finds candidate count phrases in running text; the casualty extractor
uses it and then parses each candidate with :func:`count_or_none`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from fractions import Fraction
from functools import lru_cache
from typing import Any, Final

from conflict_events._errors import CountParseError
from conflict_events.model._count import Count
from conflict_events.model._vocab import CountQualifier

__all__ = ["COUNT_PHRASE_RE", "VAGUE_RANGES", "count_or_none", "parse_count"]

Q = CountQualifier

_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS: Final = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: Final = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_PLURAL_SCALES: Final = {"thousands": 1_000, "millions": 1_000_000}

#: Documented ranges of the vague words (DESIGN.md section 4; see docs/counts.md).
#: Plural words are "two or more of the unit, below the next word up".
VAGUE_RANGES: Final[dict[str, tuple[int, int]]] = {
    "a couple": (2, 3),
    "a few": (2, 5),
    "a handful": (2, 5),
    "several": (3, 9),
    "tens": (20, 99),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
}
_VAGUE_SINGULAR: Final = ("a couple", "a few", "a handful", "several")
# Units a singular vague word can multiply: "several hundred", "a few dozen".
_VAGUE_UNITS: Final = {"dozen": 12, "hundred": 100, **_SCALES}

# Qualifier phrases, as word tuples.  "below" counts ("fewer than 10") bound the truth at 9.
_QUALIFIERS: Final[dict[tuple[str, ...], str]] = {
    **dict.fromkeys(
        [("over",), ("more", "than"), ("upwards", "of"), ("in", "excess", "of"), ("above",),
         ("just", "over"), ("well", "over"), ("well", "above")],
        "more_than",
    ),
    **dict.fromkeys(
        [("at", "least"), ("no", "fewer", "than"), ("no", "less", "than"), ("not", "less", "than"),
         ("not", "fewer", "than"), ("a", "minimum", "of"), ("at", "minimum")],
        "at_least",
    ),
    **dict.fromkeys(
        [("up", "to"), ("as", "many", "as"), ("at", "most"), ("no", "more", "than"),
         ("not", "more", "than"), ("a", "maximum", "of")],
        "at_most",
    ),
    **dict.fromkeys(
        [("fewer", "than"), ("less", "than"), ("under",), ("below",)],
        "below",
    ),
    **dict.fromkeys(
        [("nearly",), ("almost",), ("close", "to"), ("just", "under"), ("just", "shy", "of"),
         ("approaching",)],
        "nearly",
    ),
    **dict.fromkeys(
        [("about",), ("around",), ("approximately",), ("approx",), ("roughly",), ("some",),
         ("an", "estimated"), ("estimated",), ("circa",), ("c",), ("~",), ("roughly", "some")],
        "about",
    ),
}  # fmt: skip
# first word -> (the qualifier's words, its kind), longest first
_QUALIFIERS_BY_FIRST: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
for _words, _kind in sorted(_QUALIFIERS.items(), key=lambda kv: -len(kv[0])):
    _QUALIFIERS_BY_FIRST.setdefault(_words[0], []).append((_words, _kind))
_MAX_DIGITS: Final = 15  # below a quadrillion; also keeps int() far from its digit limit

_TOKEN_RE: Final = re.compile(
    r"\s*(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_]+)|(?P<punct>[-–—+~.]))"
)

_Token = tuple[str, str, int, int]  # kind ("num" | "word" | "punct"), lowered text, start, end


class _FailError(Exception):
    """Internal: where parsing stopped and why (turned into CountParseError or None)."""

    def __init__(self, reason: str, start: int, end: int) -> None:
        super().__init__(reason)
        self.reason, self.start, self.end = reason, start, end


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    pos, n = 0, len(text)
    while pos < n:
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            if text[pos:].isspace():
                break
            bad = pos + (len(text[pos:]) - len(text[pos:].lstrip()))
            raise _FailError("not a count", bad, bad + 1)
        kind = m.lastgroup
        assert kind is not None
        out.append((kind, m.group(kind).lower(), m.start(kind), m.end(kind)))
        pos = m.end()
    return out


class _Parser:
    __slots__ = ("i", "text", "toks")

    def __init__(self, text: str, toks: list[_Token]) -> None:
        self.text, self.toks, self.i = text, toks, 0

    # -- token helpers ------------------------------------------------------------------
    def peek(self, k: int = 0) -> str | None:
        j = self.i + k
        return self.toks[j][1] if j < len(self.toks) else None

    def fail(self, reason: str = "not a count") -> _FailError:
        if self.i < len(self.toks):
            _, _, s, e = self.toks[self.i]
        else:
            s = e = len(self.text)
        return _FailError(reason, s, e)

    def words(self, *ws: str) -> bool:
        """Consume the words ``ws`` if they come next."""
        for k, w in enumerate(ws):
            if self.peek(k) != w:
                return False
        self.i += len(ws)
        return True

    # -- grammar ------------------------------------------------------------------------
    def count(self) -> Count:
        qualifier = self.qualifier()
        if qualifier is None and self.peek() == "between":
            self.i += 1
            lo_n, lo_scaled = self.number()
            if not self.words("and"):
                raise self.fail('expected "and" in "between … and …"')
            hi_n, hi_scaled = self.number()
            return self.finish_range(lo_n, lo_scaled, hi_n, hi_scaled, None)
        if qualifier is None and self.peek() == "from":
            self.i += 1
            lo_n, lo_scaled = self.number()
            if not self.words("to"):
                raise self.fail('expected "to" in "from … to …"')
            hi_n, hi_scaled = self.number()
            return self.finish_range(lo_n, lo_scaled, hi_n, hi_scaled, None)
        vague = self.vague()
        if vague is not None:
            self.end()
            return self.apply(qualifier, None, vague)
        n, scaled = self.number()
        nxt = self.peek()
        if nxt in ("-", "–", "—", "to", "or") and self.peek(1) not in (
            None, "more", "so", "fewer", "less", "plus", "odd",
        ):  # fmt: skip
            self.i += 1
            hi_n, hi_scaled = self.number()
            return self.finish_range(n, scaled, hi_n, hi_scaled, qualifier)
        suffix = self.suffix()
        self.end()
        if suffix is not None:
            if qualifier is not None:
                raise _FailError("a count has one qualifier, found two", 0, len(self.text))
            qualifier = suffix
        return self.apply(qualifier, n, (n, n))

    def qualifier(self) -> str | None:
        for words, kind in _QUALIFIERS_BY_FIRST.get(self.peek() or "", ()):
            if self.words(*words):
                if self.peek() == ".":  # "approx. 50", "c. 50"
                    self.i += 1
                return kind
        return None

    def suffix(self) -> str | None:
        if self.words("or", "more") or self.words("+") or self.words("plus"):
            return "at_least"
        if self.words("-", "plus"):
            return "at_least"
        if self.words("or", "so") or self.words("-", "odd") or self.words("odd"):
            return "about"
        if self.words("or", "fewer") or self.words("or", "less"):
            return "at_most"
        return None

    def end(self) -> None:
        if self.i != len(self.toks):
            raise self.fail()

    def vague(self) -> tuple[int, int] | None:
        w0, w1 = self.peek(), self.peek(1)
        two = f"{w0} {w1}"
        if two in VAGUE_RANGES:
            key, size = two, 2
        elif w0 in VAGUE_RANGES:
            key, size = w0, 1
        else:
            return None
        if key == "a couple" and self.peek(2) == "of" and self.peek(3) == "dozen":
            size += 1  # "a couple of dozen"
        self.i += size
        lo, hi = VAGUE_RANGES[key]
        if key in _VAGUE_SINGULAR:
            # "several hundred", "a few thousand": the word times the unit(s) after it.
            while (unit := _VAGUE_UNITS.get(self.peek() or "")) is not None:
                self.i += 1
                lo, hi = lo * unit, (hi + 1) * unit - 1
        elif self.peek() == "of" and (unit := _PLURAL_SCALES.get(self.peek(1) or "")):
            # "tens of thousands", "hundreds of thousands"
            self.i += 2
            lo, hi = lo * unit, (hi + 1) * unit - 1
        return lo, hi

    def number(self) -> tuple[int, bool]:
        """A number: digits (with a scale word after), or number words.  Returns the value and
        whether a scale word ("million") was read, for "between 1 and 2 million"."""
        if self.i >= len(self.toks):
            raise self.fail("expected a number")
        kind, tok, s, e = self.toks[self.i]
        if kind == "num":
            self.i += 1
            digits = tok.replace(",", "")
            whole, _, frac = digits.partition(".")
            if len(whole) > _MAX_DIGITS or len(frac) > _MAX_DIGITS:
                raise _FailError("number too large to be a count", s, e)
            value = Fraction(int(whole)) + (Fraction(int(frac), 10 ** len(frac)) if frac else 0)
            if self.peek() == "hundred":
                self.i += 1
                value *= 100
            scaled = False
            if (scale := _SCALES.get(self.peek() or "")) is not None:
                self.i += 1
                value *= scale
                scaled = True
            if value.denominator != 1:
                raise _FailError("a count must be a whole number", s, self.toks[self.i - 1][3])
            return int(value), scaled
        return self.word_number()

    def word_number(self) -> tuple[int, bool]:
        start = self.i
        if self.words("half", "a") or self.words("half", "an"):
            unit = self.peek()
            mult = _SCALES.get(unit or "") or (12 if unit == "dozen" else None)
            if mult is None:
                raise self.fail('expected "dozen", "thousand", "million" after "half a"')
            self.i += 1
            return mult // 2, unit in _SCALES
        total, scaled, last_scale = 0, False, 10**18
        while True:
            group = self.group()
            if group is None:
                break
            scale_word = self.peek()
            scale = _SCALES.get(scale_word or "")
            if scale is not None:
                if scale >= last_scale:
                    raise self.fail("scale words must decrease")
                self.i += 1
                total += group * scale
                last_scale, scaled = scale, True
                if self.peek() == "and" and self.is_number_word(1):
                    self.i += 1
                continue
            if scale_word == "dozen":
                self.i += 1
                group *= 12
            total += group
            break
        if self.i == start:
            raise self.fail("expected a number")
        return total, scaled

    def is_number_word(self, k: int) -> bool:
        w = self.peek(k) or ""
        return w in _UNITS or w in _TEENS or w in _TENS

    def group(self) -> int | None:
        """A number below 1000 in words; "a" / "an" stand for one before "hundred" and scales."""
        w = self.peek()
        if w in ("a", "an") and (
            self.peek(1) in ("hundred", "dozen") or (self.peek(1) or "") in _SCALES
        ):
            self.i += 1
            if self.peek() == "dozen":
                return 1
            value: int | None = 1
        else:
            value = self.sub100()
        if self.peek() == "hundred":
            if value is None or value >= 100 or value == 0:
                raise self.fail('"hundred" must follow a number from one to ninety-nine')
            self.i += 1
            value *= 100
            if self.peek() == "and" and self.is_number_word(1):
                self.i += 1
                rest = self.sub100()
                if rest is None:  # pragma: no cover - is_number_word guarantees one
                    raise self.fail()
                value += rest
            elif self.is_number_word(0):
                rest = self.sub100()
                value += rest or 0
        return value

    def sub100(self) -> int | None:
        w = self.peek() or ""
        if w in _TENS:
            self.i += 1
            value = _TENS[w]
            if self.peek() == "-" and (self.peek(1) or "") in _UNITS:
                self.i += 1
            u = self.peek() or ""
            if u in _UNITS and u != "zero":
                self.i += 1
                value += _UNITS[u]
            return value
        if w in _TEENS:
            self.i += 1
            return _TEENS[w]
        if w in _UNITS:
            self.i += 1
            return _UNITS[w]
        return None

    # -- building the Count -------------------------------------------------------------
    def finish_range(
        self, lo: int, lo_scaled: bool, hi: int, hi_scaled: bool, qualifier: str | None
    ) -> Count:
        self.end()
        if hi_scaled and not lo_scaled and lo > 0:
            # "between 1 and 2 million": the scale of the second number applies to the first.
            for scale in sorted(_SCALES.values(), reverse=True):
                if hi % scale == 0 and lo * scale <= hi:
                    lo *= scale
                    break
        lo, hi = min(lo, hi), max(lo, hi)
        if qualifier in ("more_than", "at_least"):
            return self.make(low=lo, high=None, q=Q(qualifier), figure=None)
        if qualifier in ("at_most", "below", "nearly"):
            return self.make(low=None, high=hi, q=Q.AT_MOST, figure=None)
        return self.make(low=lo, high=hi, q=Q.RANGE, figure=None)

    def apply(self, qualifier: str | None, figure: int | None, bounds: tuple[int, int]) -> Count:
        lo, hi = bounds
        if figure is None:  # a vague word
            if qualifier in ("more_than", "at_least"):
                return self.make(low=lo, high=None, q=Q(qualifier), figure=None)
            if qualifier in ("at_most", "below"):
                return self.make(low=None, high=hi, q=Q.AT_MOST, figure=None)
            return self.make(low=lo, high=hi, q=Q.VAGUE, figure=None)
        if qualifier is None:
            return self.make(low=figure, high=figure, q=Q.EXACT, figure=figure)
        if qualifier in ("more_than", "at_least"):
            return self.make(low=figure, high=None, q=Q(qualifier), figure=figure)
        if qualifier == "at_most":
            return self.make(low=None, high=figure, q=Q.AT_MOST, figure=figure)
        if qualifier == "below":
            if figure == 0:
                raise _FailError("no count is below zero", 0, len(self.text))
            return self.make(low=None, high=figure - 1, q=Q.AT_MOST, figure=figure)
        if qualifier == "nearly":
            return self.make(low=None, high=figure, q=Q.APPROXIMATELY, figure=figure)
        return self.make(low=figure, high=figure, q=Q.APPROXIMATELY, figure=figure)

    def make(
        self, *, low: int | None, high: int | None, q: CountQualifier, figure: int | None
    ) -> Count:
        return Count(low=low, high=high, qualifier=q, figure=figure, text=self.text.strip())


def _parse(text: str) -> Count:
    result = _parse_cached(text) if len(text) <= 64 else _parse_or_fail(text)
    if isinstance(result, _FailError):
        raise result
    return result


def _parse_or_fail(text: str) -> Count | _FailError:
    if not text.strip():
        return _FailError("empty text is not a count", 0, len(text))
    try:
        return _Parser(text, _tokens(text)).count()
    except _FailError as f:
        return f


# Counts are immutable and news repeats its phrases ("two", "at least 10"): parse each once.
_parse_cached: Final = lru_cache(maxsize=4096)(_parse_or_fail)


def parse_count(text: str) -> Count:
    """Read a count as a report writes it.

    Numerals ("14,000", "2.5 million"), number words ("twenty-eight", "a dozen", "half a
    million"), qualifiers ("over", "at least", "nearly", "up to", "fewer than", "about",
    "between … and …", "… or more") and vague words with documented ranges ("dozens" 24-99,
    "hundreds of thousands" 200,000-999,999).  Anything else raises :class:`CountParseError`
    quoting the text, with a caret under the span that is not part of a count.

    >>> parse_count("over 320")
    Count(low=320, high=None, qualifier=<CountQualifier.MORE_THAN: 'more_than'>, figure=320, text='over 320')
    >>> parse_count("nearly a million").high
    1000000
    >>> c = parse_count("dozens"); (c.low, c.high, c.qualifier.value)
    (24, 99, 'vague')
    >>> parse_count("the 45th")
    Traceback (most recent call last):
    ...
    conflict_events.CountParseError: not a count (expected a number): 'the 45th'
        the 45th
        ^^^
    """
    if not isinstance(text, str):
        raise CountParseError(repr(text), "a count must be given as a string")
    try:
        return _parse(text)
    except _FailError as f:
        reason = f.reason if f.reason.startswith("not a count") else f"not a count ({f.reason})"
        raise CountParseError(text, reason, start=f.start, end=f.end) from None


def count_or_none(text: str) -> Count | None:
    """:func:`parse_count`, but ``None`` where the text is not a count (no exception cost).

    >>> count_or_none("a dozen").figure, count_or_none("banana")
    (12, None)
    """
    result = _parse_cached(text) if len(text) <= 64 else _parse_or_fail(text)
    return None if isinstance(result, _FailError) else result


# --- finding count phrases in running text -------------------------------------------------


def word_alternation(words: Iterable[str]) -> str:
    """A regex group matching exactly the strings ``words`` (literals), written as a prefix
    tree: ``re`` tries the alternatives of a flat ``a|b|c`` one by one at every position,
    while a tree reads each character once ("civilians?" instead of "civilians|civilian").

    Only the set of strings is kept, not their order: callers follow the group with ``\\b``
    (or another test that at most one of the words can pass at a given position), so that
    which alternative ``re`` tries first cannot change a match.

    >>> word_alternation(["civilian", "civilians", "child", "children"])
    '(?:c(?:hild(?:ren)?|ivilians?))'
    >>> re.fullmatch(word_alternation(["a b", "ab"]), "a b") is not None
    True
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        ends = "" in node
        if len(branches) == 1 and len(branches[0]) == 1:
            return branches[0] + ("?" if ends else "")
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return "(?:" + emit(tree) + ")"


_NUMBER_WORDS: Final = (*_UNITS, *_TEENS, *_TENS, "hundred", *_SCALES, "dozen")
_DIGIT_NUMBER = (
    r"(?<![\w$€£¥.,:/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w%]|[.,]\d)"
    r"(?:[ \t]+(?:hundred|thousand|million|billion)\b)*"
)
_VAGUE = (
    r"\b(?:(?:several|a\s+few|a\s+handful|a\s+couple(?:\s+of(?=\s+dozen))?)"
    r"(?:\s+(?:dozen|hundred|thousand|million)\b)*"
    r"|(?:tens|dozens|scores|hundreds|thousands|millions)(?:\s+of\s+(?:thousands|millions))?)\b"
)
_QUALIFIER = (
    r"(?:\b(?:at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|just\s+over|well\s+over"
    r"|no\s+(?:fewer|less|more)\s+than|up\s+to|as\s+many\s+as|at\s+most|fewer\s+than"
    r"|less\s+than|nearly|almost|close\s+to|just\s+under|about|around|approximately|roughly"
    r"|some|an\s+estimated|estimated)\s+)"
)


def _count_phrase_re(alternation: Callable[[Iterable[str]], str]) -> re.Pattern[str]:
    """:data:`COUNT_PHRASE_RE` with ``alternation`` writing the number-word list.

    The module uses :func:`word_alternation` (a prefix tree): "seven" never succeeds where
    "seventeen" could (a separator or a word boundary must follow every number word), so the
    order of the words cannot change a match; the tests compare it with a flat list.
    """
    number_word = alternation(_NUMBER_WORDS)
    word_number = (
        rf"(?:(?:half\s+an?|an?)\s+(?={number_word}\b))?{number_word}"
        rf"(?:(?:[ \t]+|-|(?<=hundred)[ \t]+and[ \t]+){number_word}\b)*"
    )
    number = rf"(?:{_DIGIT_NUMBER}|\b{word_number}\b)"
    return re.compile(
        rf"{_QUALIFIER}?(?:\bbetween\s+{number}\s+and\s+{number}"
        rf"|{number}(?:\s*(?:-|–|—|\bto\b|\bor\b)\s*{number})?(?:\s+or\s+(?:more|so)\b|\+|-plus\b)?"
        rf"|{_VAGUE})",
        re.IGNORECASE,
    )


#: Candidate count phrases in running text ("at least 27", "dozens of thousands", "between
#: 10 and 15", "300+").  Candidates are confirmed with :func:`count_or_none`.
COUNT_PHRASE_RE: Final = _count_phrase_re(word_alternation)
