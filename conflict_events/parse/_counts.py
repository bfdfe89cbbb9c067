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

import functools
import re
from collections.abc import Callable, Iterable
from fractions import Fraction
from functools import lru_cache
from typing import Any, Final

import attrs

from conflict_events._errors import CountParseError
from conflict_events.lexicon import Lexicon, load
from conflict_events.model._count import MAX_COUNT, Count
from conflict_events.model._vocab import CountQualifier
from conflict_events.parse._args import as_text
from conflict_events.text._accel import compiled

__all__ = [
    "COUNT_PHRASE_RE",
    "VAGUE_RANGES",
    "CountGrammar",
    "count_grammar",
    "count_or_none",
    "parse_count",
]

Q = CountQualifier


def _int_table(lexicon: Lexicon, path: str) -> dict[str, int]:
    return {word: int(value) for word, value in lexicon.mapping(path).items()}


@attrs.frozen(kw_only=True, eq=False)
class CountGrammar:
    """The words of the count grammar of one lexicon (its ``counts`` table), compiled once
    per lexicon by :func:`count_grammar`."""

    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    hundred: str  # the word for 100
    hundreds: dict[str, int]  # one-word hundreds ("doscientos", "двести")
    dozen: str  # the word for 12
    scales: dict[str, int]
    plural_scales: dict[str, int]
    vague: dict[str, tuple[int, int]]  # documented ranges (see docs/counts.md)
    vague_singular: frozenset[str]
    vague_units: dict[str, int]  # what a singular vague word multiplies ("several hundred")
    qualifiers_by_first: dict[str, list[tuple[tuple[str, ...], str]]]
    searched_qualifiers: tuple[str, ...]  # the qualifiers COUNT_PHRASE_RE starts a phrase with
    number_words: tuple[str, ...]
    phrase: re.Pattern[str]  # candidate count phrases in running text
    token: re.Pattern[str]  # one token of a count phrase (digits grouped as the language does)
    number_parts: re.Pattern[str]  # a digits token's whole and decimal parts
    # Qualifiers written after the number ("12 على الأقل", "12.500'den fazla"), by first word,
    # and the case suffixes a number may carry before one ("'den").
    postposed_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = attrs.field(factory=dict)
    number_suffixes: frozenset[str] = frozenset()
    # Approximate count nouns ("une dizaine" ~ 10) -> their nominal value, and the words for
    # one that may stand before them ("une", "un").
    approximate: dict[str, int] = attrs.field(factory=dict)
    ones: frozenset[str] = frozenset()
    # The words between a plural vague word and its scale, as the parser's tokens (an
    # elided "d'" is "d"): English "of" ("tens of thousands"), a language's own ("decenas de
    # miles", "dezenas de milhares"), and its approximate nouns' ("des dizaines de milliers").
    scale_of: frozenset[str] = frozenset()
    # Tens joined to a unit or a teen by a word or hyphens ("vingt et un", "soixante-douze",
    # "quatre-vingt-dix-sept"): the joining words, and whether a teen may follow a ten.
    joiners: frozenset[str] = frozenset()
    teens_after_tens: bool = False
    # "half" written after the word for one ("un demi-million"); a scale that counts one on
    # its own ("mille morts").
    halves: frozenset[str] = frozenset()
    bare_scales: frozenset[str] = frozenset()
    # A bare scale that is a vague plural alone and one of the scale after a qualifier (the
    # genitive singular: "более тысячи" is over one thousand, "тысячи" alone thousands).
    qualified_scales: frozenset[str] = frozenset()
    # A language's words of a range: "entre 10 et 15", "10 à 15" / "10 ou 12".
    between: frozenset[str] = frozenset()
    range_and: frozenset[str] = frozenset()
    range_to: frozenset[str] = frozenset()
    # Conjunctions joined to the next number, which go on a number after its scale ("44 ألفا
    # و235" is 44,235).  (The words for "half" above are also read before a scale: "نصف
    # مليون".)
    joined: frozenset[str] = frozenset()
    # Scale words written abbreviated, whose dot is part of the number ("2 тыс. человек"):
    # the scales the segmenter lists as abbreviations (``text.abbreviations``).
    abbreviated_scales: frozenset[str] = frozenset()
    # Whether the rest of a number may follow its scale with no conjunction ("7 bin 200",
    # "2 тыс. 300": 7,200 and 2,300; ``counts.constructions.scale_remainder``).
    scale_remainder: bool = False
    # English's own constructions (count_grammar.toml): "from 10 to 15"; the qualifiers after
    # the number ("or more", "+", "-odd") as token tuples with their qualifier, and their last
    # words (after "to" or "or" they end no range: "10 or more"); "half a million"; the word
    # for one before a scale ("a hundred"); "and" inside a number ("two hundred and five");
    # the vague word that takes "of" before the dozen word ("a couple of dozen")
    range_from: frozenset[str] = frozenset()
    range_from_to: frozenset[str] = frozenset()
    suffixes: tuple[tuple[tuple[str, ...], str], ...] = ()
    suffix_ends: frozenset[str] = frozenset()
    half_words: frozenset[str] = frozenset()
    one_words: frozenset[str] = frozenset()
    number_and: frozenset[str] = frozenset()
    couple: str | None = None

    def lead_words(self) -> frozenset[str]:
        """Every word a count phrase can start with before its number (a searched
        qualifier's words, "between", "half", "a", "an", a vague phrase's words)."""
        words = {w for q in self.searched_qualifiers for w in q.split()}
        words.update(w for v in self.vague for w in v.split())
        return frozenset(words | self._structural())

    def _structural(self) -> set[str]:
        """The grammar's own words a phrase can start with ("between", "half", "a")."""
        return {*self.between, *self.halves, *self.half_words, *self.one_words}

    def first_words(self) -> frozenset[str]:
        """The words a count phrase can start with (but a digit)."""
        words = {q.split()[0] for q in self.searched_qualifiers}
        words.update(v.split()[0] for v in self.vague)
        words.update(self.number_words)
        return frozenset(words | self._structural())


def _by_first(table: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Phrases by their first word, longest first (the parser tries the longest)."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in sorted(table.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(words[0], []).append((words, kind))
    return by_first


def _apostrophes(phrases: Iterable[str]) -> list[str]:
    """``phrases`` and their spellings with the other apostrophe ("plus d'" / "plus d’")."""
    out: list[str] = []
    for p in phrases:
        out.append(p)
        for a, b in (("'", "’"), ("’", "'")):
            if a in p and p.replace(a, b) not in out:
                out.append(p.replace(a, b))
    return out


def _inner_apostrophes(*tables: Iterable[str]) -> str:
    """The number words with an apostrophe inside ("п'ять", "дев’яти"), in either spelling,
    as an alternative the token pattern tries first (an apostrophe is otherwise an elision
    ending its word: "plus d'une"); empty for a language with none."""
    inner = [w for t in tables for w in t if any(a in w[1:-1] for a in "'’")]
    if not inner:
        return ""
    return rf"(?i:{word_alternation(_apostrophes(inner))})(?![^\W\d_])|"


def _char_class(chars: Iterable[str]) -> str:
    """A regex class of ``chars`` (one that never matches where there are none)."""
    body = "".join(re.escape(c) for c in sorted(set(chars)))
    return f"[{body}]" if body else "(?!)"


@functools.cache
def count_grammar(lexicon: Lexicon) -> CountGrammar:
    """The count grammar of ``lexicon``, compiled once per lexicon object."""
    scales = _int_table(lexicon, "counts.scales")
    [hundred] = lexicon.mapping("counts.hundred")
    [dozen] = lexicon.mapping("counts.dozen")
    singular = {
        w: (int(lo), int(hi)) for w, (lo, hi) in lexicon.mapping("counts.vague.singular").items()
    }
    plural = {
        w: (int(lo), int(hi)) for w, (lo, hi) in lexicon.mapping("counts.vague.plural").items()
    }
    qualifiers: dict[tuple[str, ...], str] = {}
    for kind, phrases in lexicon.mapping("counts.qualifiers").items():
        for phrase in phrases:
            qualifiers[tuple(phrase.split())] = kind
    by_first = _by_first(qualifiers)
    unsearched = set(lexicon.words("counts.search.unsearched_qualifiers"))
    searched = tuple(_apostrophes(" ".join(q) for q in qualifiers if " ".join(q) not in unsearched))
    # The constructions a language has beyond the English grammar (counts.toml, "NOT IN
    # ENGLISH"): qualifiers after the number, approximate count nouns, one-word hundreds.
    postposed: dict[tuple[str, ...], str] = {}
    suffixes: frozenset[str] = frozenset()
    if lexicon.has(_POSTPOSED):
        for kind in lexicon.mapping(_POSTPOSED):
            if kind == "suffixes":
                suffixes = frozenset(lexicon.words(f"{_POSTPOSED}.suffixes"))
            elif kind != "pattern":
                for phrase in lexicon.words(f"{_POSTPOSED}.{kind}"):
                    postposed[tuple(phrase.split())] = kind
    approximate: dict[str, int] = {}
    if lexicon.has(_APPROXIMATE):
        for noun, (lo, hi) in lexicon.mapping(_APPROXIMATE).items():
            approximate[noun] = (int(lo) + int(hi) + 1) // 2
    hundreds = _int_table(lexicon, _HUNDREDS) if lexicon.has(_HUNDREDS) else {}
    joiners: frozenset[str] = frozenset()
    if lexicon.has(_COMPOUND_TENS):
        # "-" and "-et-" are hyphens around a joining word: the tokens are the word alone.
        joiners = frozenset(w.strip("-") for w in lexicon.words(_COMPOUND_TENS)) - {""}
    halves = frozenset(lexicon.optional_words(_HALVES))
    bare_scales = frozenset(lexicon.optional_words(_BARE_SCALES))
    qualified_scales = frozenset(lexicon.optional_words(_QUALIFIED_SCALES))
    # the range words: English's (count_grammar.toml) and a language's own
    between = frozenset(_words(lexicon, f"{_EN_RANGES}.between", f"{_RANGES}.between"))
    range_and = frozenset(_words(lexicon, f"{_EN_RANGES}.and", f"{_RANGES}.and"))
    range_to = frozenset(_words(lexicon, f"{_EN_RANGES}.to", f"{_RANGES}.to"))
    suffix_table: dict[tuple[str, ...], str] = {}
    searched_suffixes: tuple[str, ...] = ()
    if lexicon.has(_EN_SUFFIXES):
        for kind in lexicon.mapping(_EN_SUFFIXES):
            if kind == "searched":
                searched_suffixes = lexicon.words(f"{_EN_SUFFIXES}.searched")
            else:
                for phrase in lexicon.words(f"{_EN_SUFFIXES}.{kind}"):
                    suffix_table[tuple(phrase.split())] = kind
    [*couple] = _words(lexicon, f"{_EN_WORDS}.couple")
    separators, decimals = _DEFAULT_SEPARATORS, _DEFAULT_DECIMALS
    if lexicon.has("counts.numbers"):
        separators = "".join(lexicon.words("counts.numbers.thousands_separators"))
        decimals = "".join(lexicon.words("counts.numbers.decimal_marks"))
    units = _int_table(lexicon, "counts.units")
    teens = _int_table(lexicon, "counts.teens")
    tens = _int_table(lexicon, "counts.tens")
    number_words = (*units, *teens, *tens, hundred, *scales, dozen, *hundreds)
    vague_units = {dozen: 12, hundred: 100, **scales}
    if lexicon.has(_PLURAL_UNITS):
        # "plusieurs dizaines", "quelques centaines": a vague word times a plural count noun
        vague_units.update(_int_table(lexicon, _PLURAL_UNITS))
    plural_scales = _int_table(lexicon, "counts.plural_scales")
    ones = frozenset(w for w, v in units.items() if v == 1)
    digits = _digits_pattern(separators, decimals)
    scale_of = (
        *(lexicon.words(_SCALE_OF) if lexicon.has(_SCALE_OF) else _words(lexicon, _EN_OF)),
        *(lexicon.optional_words(_APPROXIMATE_OF)),
    )
    half_words = _words(lexicon, f"{_EN_WORDS}.half")
    one_words = _words(lexicon, f"{_EN_WORDS}.one")
    number_and = _words(lexicon, f"{_EN_WORDS}.and")
    joined = lexicon.optional_words(_JOINED)
    abbreviated = frozenset(scales).intersection(lexicon.words("text.abbreviations"))
    remainder = lexicon.has(_REMAINDER)
    return CountGrammar(
        units=units,
        teens=teens,
        tens=tens,
        hundred=hundred,
        hundreds=hundreds,
        dozen=dozen,
        scales=scales,
        plural_scales=plural_scales,
        vague={**singular, **plural},
        vague_singular=frozenset(singular),
        vague_units=vague_units,
        qualifiers_by_first=by_first,
        searched_qualifiers=searched,
        number_words=number_words,
        token=re.compile(
            rf"\s*(?:(?P<num>{digits})|(?P<word>{_inner_apostrophes(number_words, singular, plural)}"
            r"[^\W\d_]+(?:['’](?=[^\W\d_]))?)"
            r"|(?P<punct>[-–—+~.'’]))"
        ),
        number_parts=re.compile(
            rf"(?P<int>\d{{1,3}}(?:{_char_class(separators)}\d{{3}})+|\d+)"
            rf"(?:{_char_class(decimals)}(?P<frac>\d+))?"
        ),
        postposed_by_first=_by_first(postposed),
        number_suffixes=suffixes,
        approximate=approximate,
        ones=ones,
        scale_of=frozenset(w.rstrip("'’") for w in scale_of),
        joiners=joiners,
        teens_after_tens=lexicon.has(_COMPOUND_TENS),
        halves=halves,
        bare_scales=bare_scales | qualified_scales,
        qualified_scales=qualified_scales,
        between=between,
        range_and=range_and,
        range_to=range_to,
        phrase=_count_phrase_re(
            word_alternation,
            number_words=number_words,
            scales=(hundred, *scales),
            singular=tuple(singular),
            units=tuple(vague_units),
            plural=tuple(plural),
            plural_scales=tuple(plural_scales),
            qualifiers=searched,
            dozen=dozen,
            digits=digits,
            no_more_digits=_char_class({".", ",", *separators, *decimals} - set(_SPACES)),
            postposed=_apostrophes(" ".join(q) for q in postposed),
            suffixes=tuple(suffixes),
            approximate=tuple(approximate),
            ones=tuple(ones),
            scale_of=scale_of,
            compounds=(tuple(tens), tuple(joiners), (*units, *teens)) if joiners else None,
            halves=tuple(halves),
            ranges=(tuple(between), tuple(range_and), tuple(range_to)),
            english=(half_words, one_words, number_and, hundred),
            couple=(couple[0], *_words(lexicon, _EN_OF)) if couple else (),
            qualifier_suffixes=searched_suffixes,
            # (two words: the parser reads a vague phrase of one or two words)
            number_led=tuple(
                v
                for v in (*singular, *plural)
                if len(v.split()) == 2 and v.split()[0] in number_words
            ),
            joined=joined,
            abbreviated=tuple(abbreviated),
            remainder=remainder,
            round_words=tuple(hundreds),
            bare_scales=tuple(bare_scales) if remainder else (),
        ),
        joined=frozenset(joined),
        abbreviated_scales=abbreviated,
        scale_remainder=remainder,
        range_from=frozenset(_words(lexicon, f"{_EN_RANGES}.from")),
        range_from_to=frozenset(_words(lexicon, f"{_EN_RANGES}.from_to")),
        suffixes=tuple(suffix_table.items()),
        # the words that end a suffix ("10 or more": no range "10 or …"), not "+"
        suffix_ends=frozenset(
            words[-1] for words in suffix_table if len(words) > 1 or words[-1].isalpha()
        ),
        half_words=frozenset(half_words),
        one_words=frozenset(one_words),
        number_and=frozenset(number_and),
        couple=couple[0] if couple else None,
    )


def _words(lexicon: Lexicon, *paths: str) -> tuple[str, ...]:
    """The words at each of ``paths`` the lexicon has, in order."""
    return tuple(w for path in paths if lexicon.has(path) for w in lexicon.words(path))


# The signs between the two numbers of a range ("10-15", "10–15")
_DASHES: Final = frozenset(("-", "–", "—"))
# English's own count constructions (count_grammar.toml)
_EN_RANGES: Final = "count_grammar.ranges"
_EN_SUFFIXES: Final = "count_grammar.suffixes"
_EN_WORDS: Final = "count_grammar.words"
_EN_OF: Final = "count_grammar.words.of"

_POSTPOSED: Final = "counts.constructions.postposed_qualifiers"
# One-letter conjunctions written joined to the next word, digits too ("و26 جريحاً").
_JOINED: Final = "counts.constructions.joined_conjunctions.words"
_HALVES: Final = "counts.constructions.half.words"
_APPROXIMATE: Final = "counts.constructions.approximate_nouns.nouns"
_SCALE_OF: Final = "counts.constructions.scale_of.of"
_HUNDREDS: Final = "counts.constructions.hundreds.words"
_COMPOUND_TENS: Final = "counts.constructions.compound_tens.joiners"
_APPROXIMATE_OF: Final = "counts.constructions.approximate_nouns.of"
_BARE_SCALES: Final = "counts.constructions.bare_scales.words"
_QUALIFIED_SCALES: Final = "counts.constructions.bare_scales.after_qualifier"
_RANGES: Final = "counts.constructions.ranges"
_PLURAL_UNITS: Final = "counts.constructions.approximate_nouns.plural_units"
_REMAINDER: Final = "counts.constructions.scale_remainder"

# How digits group where a language's table does not say (English: "14,000", "2.5").
_DEFAULT_SEPARATORS: Final = ","
_DEFAULT_DECIMALS: Final = "."
# White space that may group digits ("14 000", with a no-break or narrow no-break space).
_SPACES: Final = " \u00a0\u202f"


def _digits_pattern(separators: str, decimals: str) -> str:
    """Digits grouped by thousands with ``separators`` ("14.000", "14 000"), or plain, with
    an optional decimal part after one of ``decimals``.  A separator that is also a decimal
    mark (Arabic ".") groups exactly where three digits follow it."""
    sep = _char_class(separators)
    dec = _char_class(decimals)
    return rf"\d{{1,3}}(?:{sep}\d{{3}}(?!\d))+(?:{dec}\d+)?|\d+(?:{dec}\d+)?"


_MAX_DIGITS: Final = 15  # below a quadrillion; also keeps int() far from its digit limit

_Token = tuple[str, str, int, int]  # kind ("num" | "word" | "punct"), lowered text, start, end


class _FailError(Exception):
    """Internal: where parsing stopped and why (turned into CountParseError or None)."""

    def __init__(self, reason: str, start: int, end: int) -> None:
        super().__init__(reason)
        self.reason, self.start, self.end = reason, start, end


def _plain_number(token: str, g: CountGrammar) -> str:
    """Digits as ``int`` reads them: "14.000" -> "14000", "2,5" -> "2.5" (German); other
    decimal digits ("١٢") stay, ``int`` reads them."""
    m = g.number_parts.fullmatch(token)
    if m is None:  # pragma: no cover - the token pattern matched the same shapes
        return token
    whole = "".join(c for c in m.group("int") if c.isdecimal())
    return f"{whole}.{m.group('frac')}" if m.group("frac") else whole


def _tokens(text: str, g: CountGrammar) -> list[_Token]:
    out: list[_Token] = []
    pos, n = 0, len(text)
    token_re = g.token
    while pos < n:
        m = token_re.match(text, pos)
        if m is None:
            if text[pos:].isspace():
                break
            bad = pos + (len(text[pos:]) - len(text[pos:].lstrip()))
            raise _FailError("not a count", bad, bad + 1)
        kind = m.lastgroup
        assert kind is not None
        tok = m.group(kind).lower().replace("’", "'")
        if kind == "num":
            tok = _plain_number(tok, g)
        out.append((kind, tok, m.start(kind), m.end(kind)))
        pos = m.end()
    return out


class _Parser:
    __slots__ = ("g", "i", "text", "toks")

    def __init__(self, text: str, toks: list[_Token], g: CountGrammar) -> None:
        self.text, self.toks, self.i, self.g = text, toks, 0, g

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
        g = self.g
        if qualifier is None and self.peek() in g.between:
            self.i += 1
            lo_n, lo_scaled = self.number()
            if self.peek() not in g.range_and:
                raise self.fail('expected "and" in "between … and …"')
            self.i += 1
            hi_n, hi_scaled = self.number()
            return self.finish_range(lo_n, lo_scaled, hi_n, hi_scaled, None)
        if qualifier is None and self.peek() in g.range_from:
            self.i += 1
            lo_n, lo_scaled = self.number()
            if self.peek() not in g.range_from_to:
                raise self.fail('expected "to" in "from … to …"')
            self.i += 1
            hi_n, hi_scaled = self.number()
            return self.finish_range(lo_n, lo_scaled, hi_n, hi_scaled, None)
        # ("более тысячи": after a qualifier the scale word counts one of the scale)
        qualified = qualifier is not None and (self.peek() or "") in g.qualified_scales
        vague = None if qualified else self.vague()
        if vague is not None:
            self.end()
            return self.apply(qualifier, None, vague)
        approximate = self.approximate()
        if approximate is not None:
            self.end()
            return self.apply(qualifier or "about", approximate, (approximate, approximate))
        n, scaled = self.number()
        nxt = self.peek()
        after = self.peek(1)
        if (
            (nxt in _DASHES or nxt in g.range_to)
            and after is not None
            and after not in g.suffix_ends
        ):
            self.i += 1
            hi_n, hi_scaled = self.number()
            return self.finish_range(n, scaled, hi_n, hi_scaled, qualifier)
        suffix = self.suffix() or self.postposed()
        self.end()
        if suffix is not None:
            if qualifier is not None:
                raise _FailError("a count has one qualifier, found two", 0, len(self.text))
            qualifier = suffix
        return self.apply(qualifier, n, (n, n))

    def qualifier(self) -> str | None:
        for words, kind in self.g.qualifiers_by_first.get(self.peek() or "", ()):
            if self.words(*words):
                if self.peek() == ".":  # "approx. 50", "c. 50"
                    self.i += 1
                return kind
        return None

    def approximate(self) -> int | None:
        """An approximate count noun, with its word for one before it ("une dizaine")."""
        g = self.g
        k = 1 if self.peek() in g.ones else 0
        value = g.approximate.get(self.peek(k) or "")
        if value is not None:
            self.i += k + 1
        return value

    def postposed(self) -> str | None:
        """A qualifier after the number, its case suffix first ("12'den fazla")."""
        g = self.g
        if not g.postposed_by_first:
            return None
        start = self.i
        if self.peek() == "'" and (self.peek(1) or "") in g.number_suffixes:
            self.i += 2
        elif (self.peek() or "") in g.number_suffixes:
            self.i += 1
        for words, kind in g.postposed_by_first.get(self.peek() or "", ()):
            if self.words(*words):
                return kind
        self.i = start
        return None

    def suffix(self) -> str | None:
        """A qualifier after the number ("or more", "+", "-odd"; count_grammar.toml)."""
        for words, kind in self.g.suffixes:
            if self.words(*words):
                return kind
        return None

    def end(self) -> None:
        if self.i != len(self.toks):
            raise self.fail()

    def vague(self) -> tuple[int, int] | None:
        g = self.g
        w0, w1 = self.peek(), self.peek(1)
        two = f"{w0} {w1}"
        if two in g.vague:
            key, size = two, 2
        elif w0 in g.vague:
            key, size = w0, 1
        else:
            return None
        if key == g.couple and self.peek(2) in g.scale_of and self.peek(3) == g.dozen:
            size += 1  # "a couple of dozen"
        self.i += size
        lo, hi = g.vague[key]
        if key in g.vague_singular:
            # "several hundred", "a few thousand": the word times the unit(s) after it.
            while (unit := g.vague_units.get(self.peek() or "")) is not None:
                self.i += 1
                lo, hi = lo * unit, (hi + 1) * unit - 1
        elif self.peek() in g.scale_of and (unit := g.plural_scales.get(self.peek(1) or "")):
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
            if self.peek() == self.g.hundred:
                self.i += 1
                value *= 100
            scaled = False
            if (scale := self.g.scales.get(scale_word := self.peek() or "")) is not None:
                self.i += 1
                if self.peek() == "." and scale_word in self.g.abbreviated_scales:
                    self.i += 1  # "2 тыс."
                value *= scale
                scaled = True
                value += self.joined_rest(scale)
            if value.denominator != 1:
                raise _FailError("a count must be a whole number", s, self.toks[self.i - 1][3])
            return int(value), scaled
        return self.word_number()

    def joined_rest(self, scale: int) -> int:
        """The rest of a number after its scale, written with a joined conjunction ("44
        ألفا و235": 235) or, in a language with the construction, with none ("7 bin 200":
        200), each part below the scale before it; 0 when none follows."""
        g, rest, last = self.g, 0, scale
        while True:
            k = 1 if self.peek() in g.joined else 0
            if (k == 0 and not g.scale_remainder) or self.i + k >= len(self.toks):
                break
            if self.toks[self.i + k][0] != "num":
                break
            digits = (self.peek(k) or "").replace(",", "")
            if not digits.isdigit() or (k == 0 and len(digits) > 3):
                break
            part, j = int(digits), self.i + k + 1
            sub_word = self.peek(k + 1) or ""
            sub = g.scales.get(sub_word)
            if sub is not None and sub < last:
                part, j = part * sub, j + 1
                if sub_word in g.abbreviated_scales and self.peek(j - self.i) == ".":
                    j += 1
            else:
                sub = None
            if part >= last:
                break
            rest += part
            self.i, last = j, (sub or 1)
        return rest

    def word_number(self) -> tuple[int, bool]:
        start = self.i
        g = self.g
        if self.peek() in g.halves and (scale := g.scales.get(self.peek(1) or "")):
            self.i += 2
            return scale // 2, True  # "نصف مليون"
        if self.peek() in g.half_words and self.peek(1) in g.one_words:
            self.i += 2
            unit = self.peek()
            mult = g.scales.get(unit or "") or (12 if unit == g.dozen else None)
            if mult is None:
                raise self.fail('expected "dozen", "thousand", "million" after "half a"')
            self.i += 1
            return mult // 2, unit in g.scales
        if (half := self.half()) is not None:
            return half, True
        total, scaled, last_scale = 0, False, 10**18
        while True:
            group = self.group()
            if group is None and self.i == start and (self.peek() or "") in g.bare_scales:
                group = 1  # "mille morts"
            if group is None:
                break
            scale_word = self.peek()
            scale = g.scales.get(scale_word or "")
            if scale is not None:
                if scale >= last_scale:
                    raise self.fail("scale words must decrease")
                self.i += 1
                total += group * scale
                last_scale, scaled = scale, True
                if self.peek() in g.number_and and self.is_number_word(1):
                    self.i += 1
                elif (
                    g.scale_remainder and self.i < len(self.toks) and self.toks[self.i][0] == "num"
                ):
                    rest = self.joined_rest(scale)  # "mil 200": the rest in digits (1,200)
                    if rest:
                        return total + rest, scaled
                continue
            if scale_word == g.dozen:
                self.i += 1
                group *= 12
            total += group
            break
        if self.i == start:
            raise self.fail("expected a number")
        return total, scaled

    def half(self) -> int | None:
        """Half a scale written after the word for one ("un demi-million"), or None."""
        g = self.g
        if not g.halves or self.peek() not in g.ones or self.peek(1) not in g.halves:
            return None
        k = 3 if self.peek(2) == "-" else 2
        scale = g.scales.get(self.peek(k) or "")
        if scale is None:
            return None
        self.i += k + 1
        return scale // 2

    def joined(self, table: dict[str, int]) -> tuple[int, int] | None:
        """The longest word of ``table`` written with hyphens at the next tokens ("dix-sept",
        "quatre-vingt-dix": the tokens split at hyphens): its value and its token count."""
        best: tuple[int, int] | None = None
        parts: list[str] = []
        k = 0
        while (w := self.peek(k)) is not None and self.toks[self.i + k][0] == "word":
            parts.append(w)
            value = table.get("-".join(parts))
            if value is not None:
                best = (value, k + 1)
            if self.peek(k + 1) != "-":
                break
            k += 2
        return best

    def is_number_word(self, k: int) -> bool:
        w = self.peek(k) or ""
        g = self.g
        return w in g.units or w in g.teens or w in g.tens

    def group(self) -> int | None:
        """A number below 1000 in words; "a" / "an" stand for one before "hundred" and scales."""
        w = self.peek()
        g = self.g
        if w in g.one_words and (
            self.peek(1) in (g.hundred, g.dozen) or (self.peek(1) or "") in g.scales
        ):
            self.i += 1
            if self.peek() == g.dozen:
                return 1
            value: int | None = 1
        elif (w or "") in g.hundreds:
            self.i += 1
            value = g.hundreds[w or ""]
            if self.is_number_word(0):
                value += self.sub100() or 0
            elif self.peek() in g.joined:
                value += self.joined_rest(value)  # "ألف و200": a one-word thousand, its rest
            return value
        else:
            value = self.sub100()
        if value is None and self.peek() == g.hundred and g.hundred in g.bare_scales:
            value = 1  # "cent morts"
        if self.peek() == g.hundred or (
            # the plural of the hundred word ("deux cents"), listed with the one-word hundreds
            value is not None and g.hundreds.get(self.peek() or "") == 100
        ):
            if value is None or value >= 100 or value == 0:
                raise self.fail('"hundred" must follow a number from one to ninety-nine')
            self.i += 1
            value *= 100
            if self.peek() in g.number_and and self.is_number_word(1):
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
        g = self.g
        if g.teens_after_tens:
            return self.compound_sub100()
        if w in g.tens:
            self.i += 1
            value = g.tens[w]
            if self.peek() == "-" and (self.peek(1) or "") in g.units:
                self.i += 1
            u = self.peek() or ""
            if u in g.units and g.units[u] != 0:
                self.i += 1
                value += g.units[u]
            return value
        # a teen of two words ("on iki", "ثلاثة عشر"), before its first word alone
        if (two := g.teens.get(f"{w} {self.peek(1)}")) is not None:
            self.i += 2
            return two
        if w in g.teens:
            self.i += 1
            return g.teens[w]
        if w in g.units:
            self.i += 1
            return g.units[w]
        return None

    def compound_sub100(self) -> int | None:
        """A number below 100 in a language that joins its tens to a unit or a teen with
        hyphens or a word ("vingt et un", "soixante-douze", "quatre-vingt-dix-sept"), its
        number words themselves written with hyphens ("dix-sept", "quatre-vingts")."""
        g = self.g
        tens = self.joined(g.tens)
        if tens is None:
            for table in (g.teens, g.units):
                found = self.joined(table)
                if found is not None:
                    self.i += found[1]
                    return found[0]
            return None
        value, size = tens
        self.i += size
        start = self.i
        while self.peek() == "-" or (self.peek() or "") in g.joiners:
            self.i += 1  # "-", "et", "-et-"
        rest = self.joined(g.teens) or self.joined(g.units)
        if rest is None or rest[0] == 0:
            self.i = start
            return value
        self.i += rest[1]
        return value + rest[0]

    # -- building the Count -------------------------------------------------------------
    def finish_range(
        self, lo: int, lo_scaled: bool, hi: int, hi_scaled: bool, qualifier: str | None
    ) -> Count:
        self.end()
        if hi_scaled and not lo_scaled and lo > 0:
            # "between 1 and 2 million": the scale of the second number applies to the first.
            for scale in sorted(self.g.scales.values(), reverse=True):
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
        # a vague word times its scales ("several thousand billion billion") can pass the
        # bound the digits' and number words' own checks keep: the count's error, not the model's
        if max(low or 0, high or 0, figure or 0) > MAX_COUNT:
            raise _FailError("number too large to be a count", 0, len(self.text))
        return Count(low=low, high=high, qualifier=q, figure=figure, text=self.text.strip())


def _parse(text: str, g: CountGrammar) -> Count:
    result = _parse_cached(text, g) if len(text) <= 64 else _parse_or_fail(text, g)
    if isinstance(result, _FailError):
        raise result
    return result


def _parse_or_fail(text: str, g: CountGrammar) -> Count | _FailError:
    if not text.strip():
        return _FailError("empty text is not a count", 0, len(text))
    try:
        return _Parser(text, _tokens(text, g), g).count()
    except _FailError as f:
        return f


# Counts are immutable and news repeats its phrases ("two", "at least 10"): parse each once.
_parse_cached: Final = lru_cache(maxsize=4096)(_parse_or_fail)


def parse_count(text: str, *, lexicon: Lexicon | str = "en") -> Count:
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
    as_text(text)
    try:
        return _parse(text, count_grammar(load(lexicon)))
    except _FailError as f:
        reason = f.reason if f.reason.startswith("not a count") else f"not a count ({f.reason})"
        raise CountParseError(text, reason, start=f.start, end=f.end) from None


def count_or_none(text: str, g: CountGrammar | None = None) -> Count | None:
    """:func:`parse_count`, but ``None`` where the text is not a count (no exception cost).

    >>> count_or_none("a dozen").figure, count_or_none("banana")
    (12, None)
    """
    if g is None:
        g = count_grammar(load("en"))
    result = _parse_cached(text, g) if len(text) <= 64 else _parse_or_fail(text, g)
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


def phrase_alternation(phrases: Iterable[str]) -> str:
    """:func:`word_alternation` of phrases whose words may be separated by any white space.

    >>> re.fullmatch(phrase_alternation(["at least", "at most"]), "at\\n least") is not None
    True
    """
    return word_alternation(p.replace(" ", "\x00") for p in phrases).replace(
        re.escape("\x00"), r"\s+"
    )


def _count_phrase_re(
    alternation: Callable[[Iterable[str]], str],
    *,
    number_words: Iterable[str],
    scales: Iterable[str],
    singular: Iterable[str],
    units: Iterable[str],
    plural: Iterable[str],
    plural_scales: Iterable[str],
    qualifiers: Iterable[str],
    dozen: str,
    digits: str = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    no_more_digits: str = "[.,]",
    postposed: Iterable[str] = (),
    suffixes: Iterable[str] = (),
    approximate: Iterable[str] = (),
    ones: Iterable[str] = (),
    scale_of: Iterable[str] = (),
    compounds: tuple[Iterable[str], Iterable[str], Iterable[str]] | None = None,
    halves: Iterable[str] = (),
    ranges: tuple[Iterable[str], Iterable[str], Iterable[str]] | None = None,
    number_led: Iterable[str] = (),
    joined: Iterable[str] = (),
    abbreviated: Iterable[str] = (),
    remainder: bool = False,
    english: tuple[Iterable[str], Iterable[str], Iterable[str], str] = ((), (), (), ""),
    couple: tuple[str, ...] = (),
    qualifier_suffixes: Iterable[str] = (),
    round_words: Iterable[str] = (),
    bare_scales: Iterable[str] = (),
) -> re.Pattern[str]:
    """The count-phrase pattern of a grammar, with ``alternation`` writing the word lists.

    The grammar uses :func:`word_alternation` (a prefix tree): "seven" never succeeds where
    "seventeen" could (a separator or a word boundary must follow every number word), so the
    order of the words cannot change a match; the tests compare it with a flat list.
    """

    def phrases(words: Iterable[str]) -> str:
        return alternation(w.replace(" ", "\x00") for w in words).replace(re.escape("\x00"), r"\s+")

    def some(words: Iterable[str]) -> str:
        """The alternation of ``words``; one that never matches for none."""
        words = list(words)
        return alternation(words) if words else "(?!)"

    number_word = alternation(number_words)
    # digits after a joined one-letter conjunction ("و26") start a number too
    one_letter = "".join(re.escape(w) for w in joined if len(w) == 1)
    glued = rf"|(?<=(?<!\w)[{one_letter}])" if one_letter else ""
    # after a scale, a joined conjunction and digits go on the number ("44 ألفا و235")
    more = rf"(?:\s+[{one_letter}](?:{digits})(?![\w%]))?" if one_letter else ""
    if remainder:
        # ... or the rest with no conjunction, below a thousand ("7 bin 200")
        more = rf"(?:\s+{f'[{one_letter}]?' if one_letter else ''}\d{{1,3}}(?![\w%]|{no_more_digits}\d))?"
    abbreviated = list(abbreviated)
    # an abbreviated scale keeps its dot ("2 тыс. человек")
    dotted = rf"{alternation(abbreviated)}\.|" if abbreviated else ""
    digit_number = (
        rf"(?:(?<![\w$€£¥.,:/-]){glued})(?:{digits})(?![\w%]|{no_more_digits}\d)"
        rf"(?:[ \t]+(?:{dotted}{alternation(scales)}\b){more})*"
    )
    # the vague word that takes "of" before the dozen word ("a couple of dozen")
    singular_words = [w for w in singular if w not in couple[:1]]
    couple_form = (
        rf"|{phrases(couple[:1])}(?:\s+{some(couple[1:])}(?=\s+{re.escape(dozen)}))?"
        if couple
        else ""
    )
    # (an elided "d'" runs into its scale in the text: only whole words here)
    of = alternation([w for w in scale_of if not w.endswith(("'", "’"))])
    vague = (
        rf"\b(?:(?:{phrases(singular_words)}{couple_form})"
        rf"(?:\s+{alternation(units)}\b)*"
        rf"|{alternation(plural)}(?:\s+{of}\s+{alternation(plural_scales)})?)\b"
    )
    # a qualifier ending in an elided article runs into its number ("plus d'une centaine")
    qualifier = rf"(?:\b{phrases(qualifiers)}(?:\s+|(?<=['’])))"
    postposed = list(postposed)
    after = ""
    if postposed:
        suffix = rf"(?:['’]?{alternation(suffixes)})?" if suffixes else ""
        after = rf"(?:{suffix}\s+{phrases(postposed)}\b)?"
    approximate = list(approximate)
    approx = ""
    if approximate:
        approx = rf"|\b(?:{alternation(ones)}\s+)?{alternation(approximate)}\b"
    # A language's ten joined to a unit by a word ("vingt et un", "trente-et-un"), and its
    # "half" after the word for one ("un demi-million"), read before the plain words.
    first_word = number_word
    if compounds is not None:
        tens, joiners, joined_to = compounds
        joint = rf"(?:[ \t]+|-){alternation(joiners)}(?:[ \t]+|-)"
        first_word = rf"(?:{alternation(tens)}{joint}{alternation(joined_to)}\b|{number_word})"
    # "half" before a scale ("نصف مليون"), or after the word for one ("un demi-million")
    halves = list(halves)
    before = rf"|{alternation(halves)}" if halves else ""
    half = ""
    if halves:
        half = rf"|{alternation(ones)}[ \t]+{alternation(halves)}(?:[ \t]+|-)(?={number_word}\b)"
    # English's "half a million", "a hundred", "two hundred and five"
    half_words, one_words, and_words, hundred = english
    head = rf"{some(half_words)}\s+{some(one_words)}|{some(one_words)}{before}"
    and_after_hundred = (
        rf"|(?<={re.escape(hundred)})[ \t]+{some(and_words)}[ \t]+" if hundred else ""
    )
    word_number = (
        rf"(?:(?:{head})\s+(?={number_word}\b){half})?{first_word}"
        rf"(?:(?:[ \t]+|-{and_after_hundred}){number_word}\b)*"
    )
    # a one-word round number, a joined conjunction and digits ("ألف و200": 1,200)
    round_words = list(round_words)
    if one_letter and round_words:
        word_number = (
            rf"(?:{alternation(round_words)}\s+[{one_letter}](?:{digits})(?![\w%]|{no_more_digits}\d)"
            rf"|{word_number})"
        )
    # a scale that counts one on its own and the rest in digits ("mil 200": 1,200)
    bare_scales = list(bare_scales)
    if bare_scales:
        word_number = (
            rf"(?:{alternation(bare_scales)}\s+\d{{1,3}}(?![\w%]|{no_more_digits}\d)"
            rf"|{word_number})"
        )
    # (a number word may follow a joined conjunction too: "شهيدان وثلاثة جرحى")
    number = rf"(?:{digit_number}|(?:\b{glued}){word_number}\b)"
    # The words of a range ("between 10 and 15", "entre 10 et 15", "10 à 15", "10 ou 12").
    b, a, t = ranges or ((), (), ())
    between, range_and = some(b), some(a)
    to = sorted(t, key=lambda w: (-len(w), w))
    range_to = rf"\b(?:{'|'.join(re.escape(w) for w in to)})\b" if to else "(?!)"
    # the qualifiers after the number looked for ("or more", "+", "-plus"): a word-led one
    # after white space, one led by a sign right after the number
    after_number = []
    for phrase in qualifier_suffixes:
        tokens = [re.escape(token) for token in phrase.split()]
        end = r"\b" if phrase[-1].isalnum() else ""
        if phrase[0].isalnum():
            after_number.append(r"\s+" + r"\s+".join(tokens) + end)
        else:
            after_number.append("".join(tokens) + end)
    suffix_form = f"(?:{'|'.join(after_number)})?" if after_number else ""
    # a vague phrase that starts with a number word ("on binlerce", "ein paar") is tried
    # before the number, which would otherwise match its first word alone
    number_led = list(number_led)
    led = rf"|\b{phrases(number_led)}\b" if number_led else ""
    return compiled(
        rf"{qualifier}?(?:\b{between}\s+{number}\s+{range_and}\s+{number}{approx}{led}"
        rf"|{number}(?:\s*(?:-|–|—|{range_to})\s*{number})?{suffix_form}"
        rf"{after}|{vague})",
        re.IGNORECASE,
    )


_DEFAULT: Final = count_grammar(load("en"))
#: Candidate count phrases in running text ("at least 27", "dozens of thousands", "between
#: 10 and 15", "300+"), of the default (English) grammar.  Candidates are confirmed with
#: :func:`count_or_none`.
COUNT_PHRASE_RE: Final = _DEFAULT.phrase
#: Documented ranges of the vague words of the default grammar (see docs/counts.md).
VAGUE_RANGES: Final = _DEFAULT.vague
