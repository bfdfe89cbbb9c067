"""Which of the languages with a lexicon a text is written in, decided by the lexicons
themselves.

No detector package is used: the project ships a lexicon per supported language, and the
function words those tables hold (qualifiers, prepositions, tense auxiliaries, pronouns,
number, month and weekday words) are exactly the words a language detector keys on.  A
language is only worth detecting if it has a lexicon, and a word added to a lexicon makes
detection better with no retraining (docs/languages.md says why no package was chosen).

How a text is scored:

1. its letters are counted by script (the first word of each letter's Unicode name: LATIN,
   CYRILLIC, ARABIC); only the lexicons written in the text's main script compete (a lexicon's
   script is read from its own month names);
2. each word of the text that a competing lexicon holds counts for that lexicon, shared words
   split between the lexicons holding them (a word of one language only counts in full);
3. each word holding a letter a lexicon's ``meta.distinctive_letters`` lists (Ukrainian і ї є ґ,
   Russian ы э ъ ё) counts for it as one more word;
4. the best lexicon's confidence is its lead over the runner-up, scaled down when it has little
   evidence (a headline) or when few of the text's words are its words (a language with no
   lexicon, which borrows a few words from one that has).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from conflict_events.lexicon._load import Lexicon, available_languages, load

__all__ = ["detect_language", "language_warning"]

# tables whose words are the language's own; names (actors, agencies, places) are shared
# across languages and regex cues are not words
_TABLES = ("calendar", "dates", "counts", "casualties", "attribution", "datelines")
# entries of those tables that hold names or patterns rather than words of the language
# (the particles of personal names, "da", "von", "bin", are shared across languages too)
_SKIPPED_KEYS = frozenset(
    {
        "agencies",
        "pattern",
        "note",
        "sentence_abbreviations",
        "dashes",
        "separators",
        "name_apposition",
    }
)
# a detector needs this much weighted evidence (distinctive words) for full confidence
_FULL_EVIDENCE = 12.0
# ... and this share of the text's words among its lexicon's words: running text of a
# supported language reaches 0.25-0.45, a related language without a lexicon far less
_FULL_SHARE = 0.2

# (a run of letters is read whole or not at all: a run of one letter is no token, and
# ``{2,}`` finds exactly the runs of two or more that ``+`` finds, with no filter after)
_WORD = re.compile(r"[^\W\d_]{2,}")
# Arabic marks dropped before matching: tashkil, superscript alef, tatweel
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def _normalised(text: str) -> str:
    """Lower case, with the marks no lexicon spells dropped and Arabic letter variants folded
    (the same on both sides of the comparison)."""
    if text.isascii():
        return text.lower()  # (nothing below changes ASCII text but the case)
    text = unicodedata.normalize("NFC", text).lower().replace("i\u0307", "i")
    return _ARABIC_MARKS.sub("", text).translate(_FOLD)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(_normalised(text))


def _strings(value: Any, key: str = "") -> Iterator[str]:
    """Every word of a table entry: list items, string values and the keys of word-keyed
    tables (number words), skipping entries that hold names or patterns."""
    if key in _SKIPPED_KEYS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for sub_key, sub_value in value.items():
            if isinstance(sub_value, int | float) or (
                isinstance(sub_value, Sequence)
                and not isinstance(sub_value, str)
                and all(isinstance(v, int | float) for v in sub_value)
            ):
                yield str(sub_key)  # a word-keyed table: "dozen" = 12, "dozens" = [24, 99]
            else:
                yield from _strings(sub_value, str(sub_key))
    elif isinstance(value, Sequence):
        for item in value:
            if not isinstance(item, Mapping):  # arrays of tables are event cue patterns
                yield from _strings(item, key)


def _script(word: str) -> str | None:
    for char in word:
        if char.isalpha():
            return unicodedata.name(char, "?").split(" ")[0]
    return None


@functools.cache
def _vocabulary(lexicon: Lexicon) -> frozenset[str]:
    words: set[str] = set()
    for table in _TABLES:
        if table in lexicon.tables:
            for phrase in _strings(lexicon.tables[table]):
                words.update(_tokens(phrase))
    return frozenset(words)


@functools.cache
def _lexicon_script(lexicon: Lexicon) -> str | None:
    scripts = Counter(
        _script(word)
        for key in lexicon.mapping("calendar.months")
        for word in lexicon.words(f"calendar.months.{key}")
    )
    return scripts.most_common(1)[0][0] if scripts else None


def _proclitics(lexicon: Lexicon) -> tuple[str, ...]:
    """Prefixes written joined to the next word (Arabic و ب ل ...), longest first."""
    path = "dates.constructions.clitics.proclitics"
    found = lexicon.optional_words(path)
    return tuple(sorted((_normalised(p) for p in found), key=len, reverse=True))


def _distinctive_letters(lexicon: Lexicon) -> frozenset[str]:
    path = "meta.distinctive_letters"
    return frozenset(lexicon.optional_words(path))


def _known(token: str, vocabulary: frozenset[str], proclitics: Iterable[str]) -> bool:
    if token in vocabulary:
        return True
    return any(
        token.startswith(p) and len(token) > len(p) + 1 and token[len(p) :] in vocabulary
        for p in proclitics
    )


def detect_language(
    text: str, *, candidates: Iterable[str] | None = None
) -> tuple[str, float] | None:
    """The language of ``text`` among those with a lexicon (or among ``candidates``), and a
    confidence from 0 to 1; ``None`` when nothing in the text is a word of any of them.

    The confidence is low for short texts (a headline) and for languages without a lexicon
    that share words with one that has: read a confidence under 0.5 as "unknown".

    >>> detect_language("Au moins 12 civils ont été tués jeudi dans des frappes, selon l'OSDH, "
    ...                 "qui a indiqué que des dizaines de personnes avaient été blessées.")[0]
    'fr'
    >>> detect_language("12345 !") is None
    True
    """
    codes = tuple(available_languages() if candidates is None else candidates)
    lexicons = [load(code) for code in codes]
    tokens = _tokens(text)
    letters = Counter(_script(c) for c in _normalised(text) if c.isalpha())
    if not tokens or not letters:
        return None
    script = letters.most_common(1)[0][0]
    competing = [lex for lex in lexicons if _lexicon_script(lex) == script]
    if not competing:
        return None
    vocabularies = {lex.language: _vocabulary(lex) for lex in competing}
    proclitics = {lex.language: _proclitics(lex) for lex in competing}
    scores = dict.fromkeys(vocabularies, 0.0)
    known_tokens = 0
    for token in tokens:
        holders = [
            code
            for code, vocabulary in vocabularies.items()
            if _known(token, vocabulary, proclitics[code])
        ]
        known_tokens += bool(holders)
        for code in holders:
            scores[code] += 1.0 / len(holders)
    for lex in competing:
        distinctive = _distinctive_letters(lex)
        if distinctive:
            # one word's worth per word that holds such a letter, however many it holds: a
            # headline of a few words stays thin evidence
            scores[lex.language] += sum(
                any(letter in token for letter in distinctive) for token in tokens
            )
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, best_score = ranked[0]
    if best_score <= 0:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if runner_up == best_score:  # a tie decides nothing
        return None
    lead = (best_score - runner_up) / best_score
    evidence = min(1.0, best_score / _FULL_EVIDENCE)
    share = min(1.0, known_tokens / len(tokens) / _FULL_SHARE)
    return best, round(lead * evidence * share, 3)


# A warning needs this much of a text: a headline or a sentence is too little to say that the
# lexicon is wrong for it.
_WARN_MIN_WORDS = 25
# ... and this confidence in another language with a lexicon
_WARN_CONFIDENCE = 0.5
# A text whose words are this rarely the lexicon's, and in no other lexicon's language
# either, is in a language without one (running text of the lexicon's language: 0.35-0.80 of
# its words are the lexicon's; Italian read with English, 0.1).
_FOREIGN_SHARE = 0.2
# Only the text's start is read: a language shows in its first paragraphs, and the warning
# must cost the same for a long article as for a short one.
_WARN_PREFIX = 1000
# A text this much of whose words are the lexicon's own is in its language (running text of
# the lexicon's language: 0.35-0.80; of another language read with it: at most 0.36), and is
# not weighed against every other lexicon.
_OWN_SHARE = 0.45


def language_warning(text: str, lexicon: Lexicon | str = "en") -> str | None:
    """Why ``lexicon`` may be the wrong one for ``text``, as a readable warning, or ``None``.

    Warns when the text is clearly in another language that has a lexicon ("read with the
    English lexicon, but the text looks French: pass lexicon='fr'"), or in a language with no
    lexicon at all (few of its words are any lexicon's).  Short texts never warn: a headline
    is too little to judge.  Only the first few thousand characters are read.

    >>> language_warning("Des frappes ont tué au moins douze civils jeudi dans la province "
    ...     "d'Idleb, selon l'Observatoire syrien des droits de l'homme, qui a indiqué que des "
    ...     "dizaines de personnes avaient été blessées et que le bilan pourrait encore "
    ...     "s'alourdir dans les prochaines heures.", "en")  # doctest: +ELLIPSIS
    "the text looks French (confidence 0.9...), but it was read with the English lexicon; pass lexicon='fr'"
    >>> language_warning("At least 12 civilians were killed.", "en") is None
    True
    """
    lex = load(lexicon)
    sample = text[:_WARN_PREFIX]
    tokens = _tokens(sample)
    if len(tokens) < _WARN_MIN_WORDS:
        return None
    own, proclitics = _vocabulary(lex), _proclitics(lex)
    own_count = sum(map(own.__contains__, tokens))  # (in C: no Python frame per token)
    if proclitics and own_count < _OWN_SHARE * len(tokens):
        own_count = sum(_known(token, own, proclitics) for token in tokens)
    if own_count >= _OWN_SHARE * len(tokens):
        return None  # the common case
    found = detect_language(sample)
    name = lex.text("meta.name")
    if found is not None:
        code, confidence = found
        if code == lex.language:
            return None
        if confidence >= _WARN_CONFIDENCE:
            other = load(code).text("meta.name")
            return (
                f"the text looks {other} (confidence {confidence:.2f}), but it was read with "
                f"the {name} lexicon; pass lexicon={code!r}"
            )
    if own_count < _FOREIGN_SHARE * len(tokens):
        # few of its words are the lexicon's, and no other lexicon's language stands out
        languages = ", ".join(sorted(available_languages()))
        return (
            f"the text does not look like any language with a lexicon ({languages}); it was "
            f"read with the {name} lexicon, so dates, figures and sources may be missed"
        )
    return None
