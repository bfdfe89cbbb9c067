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
3. each letter a lexicon's ``meta.distinctive_letters`` lists (Ukrainian і ї є ґ, Russian ы э ъ
   ё) counts for it as a word would;
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

__all__ = ["detect_language"]

# tables whose words are the language's own; names (actors, agencies, places) are shared
# across languages and regex cues are not words
_TABLES = ("calendar", "dates", "counts", "casualties", "attribution", "datelines")
# entries of those tables that hold names or patterns rather than words of the language
_SKIPPED_KEYS = frozenset(
    {"agencies", "pattern", "note", "sentence_abbreviations", "dashes", "separators"}
)
# a detector needs this much weighted evidence (distinctive words) for full confidence
_FULL_EVIDENCE = 12.0
# ... and this share of the text's words among its lexicon's words: running text of a
# supported language reaches 0.25-0.45, a related language without a lexicon far less
_FULL_SHARE = 0.2

_WORD = re.compile(r"[^\W\d_]+")
# Arabic marks dropped before matching: tashkil, superscript alef, tatweel
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def _normalised(text: str) -> str:
    """Lower case, with the marks no lexicon spells dropped and Arabic letter variants folded
    (the same on both sides of the comparison)."""
    text = unicodedata.normalize("NFC", text).lower().replace("i\u0307", "i")
    return _ARABIC_MARKS.sub("", text).translate(_FOLD)


def _tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(_normalised(text)) if len(t) >= 2]


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
    found = lexicon.words(path) if lexicon.has(path) else ()
    return tuple(sorted((_normalised(p) for p in found), key=len, reverse=True))


def _distinctive_letters(lexicon: Lexicon) -> frozenset[str]:
    path = "meta.distinctive_letters"
    return frozenset(lexicon.words(path)) if lexicon.has(path) else frozenset()


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
    normalised = _normalised(text)
    for lex in competing:
        distinctive = _distinctive_letters(lex)
        if distinctive:
            scores[lex.language] += sum(normalised.count(letter) for letter in distinctive)
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
