"""Actors' names as running text of their language writes them: in an oblique case
("Исламского государства", "des Islamischen Staates", "Suriye Demokratik Güçlerinin") or
with a joined proclitic ("وداعش", "بحزب الله").

The rules are the lexicons' data (``names.actor_forms``; docs/names.md, "Actors' names in
every case"), one per language family:

* ``inflects = "head"`` (Russian, Ukrainian, German): the adjectives that open a name and
  the noun after them take each case, in agreement; the words after that noun (a genitive,
  an apposition) keep theirs.  A word that may be an adjective or a noun is tried as both.
* ``inflects = "last"`` (Turkish): the last word takes each case suffix.
* ``proclitics`` (Arabic): each of these proclitics joined to the first word, standing for
  what ``names.descriptors.proclitics`` says (one that takes in the article replaces it:
  "للدولة").

Only the names of the registry tagged with the language get forms: nothing is read that is
not a form of a known name.  ``names.actor_forms.not_acronyms`` lists the acronyms a
language's text does not read (English "IS").
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs

from conflict_events._errors import LexiconError
from conflict_events.lexicon import Lexicon, available_languages, load
from conflict_events.lexicon._detect import _vocabulary

__all__ = [
    "ActorFormWords",
    "actor_form_words",
    "is_language_word",
    "language_words",
    "name_forms",
    "not_acronyms",
]

_TABLE = "names.actor_forms"
#: The ways a language's names take their case (``names.actor_forms.inflects``).
_HEAD, _LAST = "head", "last"

#: An ending and the forms it takes: one tuple of alternatives per case.
_Rule = tuple[str, tuple[tuple[str, ...], ...]]


@attrs.frozen(kw_only=True)
class ActorFormWords:
    """How one language writes a name in its other forms (``names.actor_forms``)."""

    language: str
    #: "head" (opening adjectives and noun), "last" (last word) or "" (no case rules).
    inflects: str = ""
    #: How many cases each rule's forms list.
    cases: int = 0
    #: (ending, forms per case) of an adjective and of a noun, longest ending first.
    adjectives: tuple[_Rule, ...] = ()
    nouns: tuple[_Rule, ...] = ()
    #: (proclitic as written, what it stands for), joined to a name's first word.
    proclitics: tuple[tuple[str, str], ...] = ()


def _rules(lexicon: Lexicon, key: str, cases: int) -> tuple[_Rule, ...]:
    path = f"{_TABLE}.{key}"
    if not lexicon.has(path):
        return ()
    rules: list[_Rule] = []
    for rule in lexicon.entry(path):
        forms = rule.get("forms") if isinstance(rule, Mapping) else None
        if (
            not isinstance(rule.get("ending") if isinstance(rule, Mapping) else None, str)
            or not isinstance(forms, tuple)
            or len(forms) != cases
            or not all(
                isinstance(case, tuple) and case and all(isinstance(f, str) for f in case)
                for case in forms
            )
        ):
            raise LexiconError(
                f"the {lexicon.language!r} lexicon's {path!r} must be tables of 'ending' and "
                f"'forms' (one list of endings per case, {cases} cases), got {rule!r:.80}"
            )
        rules.append((rule["ending"], tuple(tuple(case) for case in forms)))
    return tuple(sorted(rules, key=lambda r: -len(r[0])))


@functools.cache
def actor_form_words(language: str) -> ActorFormWords | None:
    """The name-form rules of ``language``'s lexicon, or None when it has none (or no
    lexicon).

    >>> ru = actor_form_words("ru")
    >>> ru.inflects, ru.cases, actor_form_words("fr")
    ('head', 5, None)
    """
    if language not in available_languages():
        return None
    lexicon = load(language)
    if not lexicon.has(_TABLE):
        return None
    inflects = lexicon.text(f"{_TABLE}.inflects") if lexicon.has(f"{_TABLE}.inflects") else ""
    if inflects not in ("", _HEAD, _LAST):
        raise LexiconError(
            f"the {language!r} lexicon's '{_TABLE}.inflects' must be {_HEAD!r} or {_LAST!r}, "
            f"got {inflects!r}"
        )
    cases = len(lexicon.words(f"{_TABLE}.cases")) if inflects else 0
    proclitics: tuple[tuple[str, str], ...] = ()
    if lexicon.has(f"{_TABLE}.proclitics"):
        # what each stands for ("لل": li- and the article) is the descriptors' table's
        table: Mapping[str, Any] = lexicon.mapping("names.descriptors.proclitics")
        proclitics = tuple(
            (clitic, str(table.get(clitic, ""))) for clitic in lexicon.words(f"{_TABLE}.proclitics")
        )
    if not inflects and not proclitics:
        return None
    return ActorFormWords(
        language=language,
        inflects=inflects,
        cases=cases,
        adjectives=_rules(lexicon, "adjectives", cases),
        nouns=_rules(lexicon, "nouns", cases),
        proclitics=proclitics,
    )


@functools.cache
def not_acronyms(language: str) -> frozenset[str]:
    """The acronyms ``language``'s text does not read (``names.actor_forms.not_acronyms``:
    letters that spell a word there).

    >>> "IS" in not_acronyms("en"), "IS" in not_acronyms("de")
    (True, False)
    """
    if language not in available_languages():
        return frozenset()
    lexicon = load(language)
    path = f"{_TABLE}.not_acronyms"
    return frozenset(lexicon.optional_words(path))


@functools.cache
def language_words(language: str) -> frozenset[str]:
    """The words of ``language``'s own (lower case): those its language detection reads
    (the calendar, date, count, casualty, attribution and dateline tables; no names).  A
    sentence that opens with one of them ("Le", "Die") opens with no part of a name.

    >>> "les" in language_words("fr"), "die" in language_words("de"), language_words("xx")
    (True, True, frozenset())
    """
    if language not in available_languages():
        return frozenset()
    return _vocabulary(load(language))


# A language whose nouns take their case as a joined ending lists the endings here (Turkish).
_NOUN_ENDINGS = "casualties.constructions.noun_suffixes.endings"


@functools.cache
def _noun_endings(language: str) -> tuple[str, ...]:
    if language not in available_languages():
        return ()
    return tuple(load(language).optional_words(_NOUN_ENDINGS))


def is_language_word(word: str, language: str) -> bool:
    """Whether lower-case ``word`` is a word of ``language``'s own (:func:`language_words`),
    or, in a language whose nouns take a joined case ending
    (``casualties.constructions.noun_suffixes``), one of them (three letters at least) with
    such an ending: Turkish "saldırıyı" is "saldırı" in the accusative, a common noun a
    sentence opens with, where a name would take its ending after an apostrophe.

    >>> is_language_word("saldırıyı", "tr"), is_language_word("saldırı", "tr")
    (True, True)
    >>> is_language_word("pakistan", "tr"), is_language_word("nigeria", "en")
    (False, False)
    """
    words = language_words(language)
    if word in words:
        return True
    return any(
        word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in words
        for ending in _noun_endings(language)
    )


def _rule(word: str, rules: tuple[_Rule, ...]) -> _Rule | None:
    """The rule of the longest ending ``word`` has (a stem of two letters at least); ""
    fits a word that ends in a letter that no other rule's ending is."""
    for rule in rules:
        ending = rule[0]
        if ending:
            if word.endswith(ending) and len(word) - len(ending) >= 2:
                return rule
        elif word[-1:].isalpha():
            return rule
    return None


def _invariable(word: str) -> bool:
    # An acronym ("ХАМАС", "ЧВК"), a quoted or numbered word: written the same in every case.
    return not any(c.islower() for c in word) or not word[-1].isalpha()


def _case_forms(words: list[str], rules: list[_Rule], case: int) -> list[list[str]]:
    return [
        [word[: len(word) - len(rule[0])] + ending for ending in rule[1][case]]
        for word, rule in zip(words, rules, strict=True)
    ]


@functools.cache
def name_forms(name: str, language: str) -> tuple[str, ...]:
    """The other forms of ``name``, a name in ``language``, by that language's
    ``names.actor_forms`` (none without rules).  Not the name itself.

    >>> "Исламского государства" in name_forms("Исламское государство", "ru")
    True
    >>> "Вооружённых сил Украины" in name_forms("Вооружённые силы Украины", "ru")
    True
    >>> "des Islamischen Staates"[4:] in name_forms("Islamischer Staat", "de")
    True
    >>> name_forms("ХАМАС", "ru"), name_forms("Hamas", "fr")
    ((), ())
    """
    words = actor_form_words(language)
    if words is None or not name.strip():
        return ()
    out: list[str] = []
    tokens = name.split()
    if words.inflects == _LAST:
        last = tokens[-1]
        rule = None if _invariable(last) else _rule(last, words.nouns)
        if rule is not None:
            stem = last[: len(last) - len(rule[0])]
            out.extend(
                " ".join([*tokens[:-1], stem + ending]) for case in rule[1] for ending in case
            )
    elif words.inflects == _HEAD:
        out.extend(_head_forms(tokens, words))
    for clitic, stands_for in words.proclitics:
        if stands_for:
            if name.startswith(stands_for) and len(name) > len(stands_for) + 1:
                out.append(clitic + name[len(stands_for) :])
        elif not any(s and name.startswith(s) and c == clitic + s[-1] for c, s in words.proclitics):
            # not "ل" before the article: "لل" stands for both ("للدولة", not "لالدولة")
            out.append(clitic + name)
    return tuple(form for form in dict.fromkeys(out) if form != name)


def _head_forms(tokens: list[str], words: ActorFormWords) -> list[str]:
    """The forms of a name whose opening adjectives and their noun take the case: every
    reading of where the noun is (a word that may be an adjective may be the noun too,
    unless its adjective ending is the longer one: "Исламское" is no noun in "-е")."""
    out: list[str] = []
    adjectives: list[_Rule] = []
    for at, word in enumerate(tokens):
        if _invariable(word):
            break
        noun = _rule(word, words.nouns)
        adjective = _rule(word, words.adjectives)
        if adjective is not None and noun is not None and len(noun[0]) < len(adjective[0]):
            noun = None  # "Исламское": the adjective's longer ending ("ое", not "е") decides
        if noun is not None:
            rules = [*adjectives, noun]
            for case in range(words.cases):
                per_word = _case_forms(tokens[: at + 1], rules, case)
                # alternatives in step: the n-th of each word ("Донецкою Народною")
                for n in range(max(map(len, per_word))):
                    phrase = [forms[min(n, len(forms) - 1)] for forms in per_word]
                    out.append(" ".join([*phrase, *tokens[at + 1 :]]))
        if adjective is None:
            break
        adjectives.append(adjective)
    return out
