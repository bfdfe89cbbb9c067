"""The words the name resolvers read, compiled once per lexicon from its ``names`` table
(``conflict_events/data/lexicon/<language>/names.toml``), and the codes of the name sources'
formats from ``conflict_events/data/name_sources.toml``.

Every set the registry, the gazetteer and the fuzzy index match against is built here from
the data, so a word added to the table is used by every rule (and fast path) that reads it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from conflict_events._errors import LexiconError
from conflict_events.lexicon import Lexicon, load

# The package's folder (its data files are read from it, as the lexicon's are; importing
# importlib.resources for them cost a new process more than the files).
_PACKAGE = Path(__file__).resolve().parent.parent

__all__ = [
    "DEMONYM_NOUN",
    "NOUN_DEMONYM",
    "DescriptorWords",
    "NameWords",
    "descriptor_words",
    "english",
    "leading_articles_pattern",
    "lexicon_state",
    "name_sources",
    "name_words",
    "thawed_lexicon",
]


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word.lower() for word in words)


def _union(lexicon: Lexicon, path: str) -> frozenset[str]:
    # A table of word lists (grouped for the reader of the data) read as one set.
    table = lexicon.mapping(path)
    return _lower(word for key in table for word in lexicon.words(f"{path}.{key}"))


@attrs.frozen(kw_only=True)
class NameWords:
    """The word sets of one lexicon's ``names`` table, as the resolvers use them.

    >>> words = english()
    >>> "friday" in words.break_words, "province" in words.place_generic_words
    (True, True)
    >>> "warplanes" in words.force_nouns
    True
    """

    #: Leading articles dropped from a name's key (:func:`normalize_name`).
    leading_articles: tuple[str, ...]
    #: Function words left out of a fuzzy comparison.
    fuzzy_stop_words: frozenset[str]
    #: Words that never form a fuzzy block.
    block_stop_words: frozenset[str]
    #: Capitalised words that never continue a proper name.
    break_words: frozenset[str]
    #: The nouns that make a demonym a descriptor of the country's military, in order.
    force_nouns: tuple[str, ...]
    #: Words that, joined to a descriptor, make it someone else's proxy.
    backer_words: frozenset[str]
    #: Prefixes ("pro", "anti") that, joined by a hyphen, make a name a stance.
    stance_prefixes: tuple[str, ...]
    #: Capitalised words that may stand before an actor's name without being part of it.
    actor_prefix_words: frozenset[str]
    #: Capitalised words that may follow a place name and still describe the place.
    place_generic_words: frozenset[str]
    #: Place names that are common words: never mentions.
    place_common_words: frozenset[str]
    #: The same in Arabic script.
    place_common_words_arabic: frozenset[str]
    #: Words that may come before an actor's name, derived: break words and prefix words.
    actor_free_before: frozenset[str]
    #: Words that may come after a place name, derived: break words and generic words.
    place_free_after: frozenset[str]


@functools.cache
def name_words(lexicon: Lexicon) -> NameWords:
    """The name resolvers' words of ``lexicon`` (compiled once per lexicon object).

    >>> name_words(load("en")) is english()
    True
    """
    break_words = _union(lexicon, "names.mentions.break_words")
    prefix_words = _union(lexicon, "names.actors.prefix_words")
    generic = _lower(lexicon.words("names.places.generic_words"))
    articles = tuple(word.lower() for word in lexicon.words("names.key.leading_articles"))
    if any(not word.isalnum() for word in articles):
        raise LexiconError(
            f"the {lexicon.language!r} lexicon's 'names.key.leading_articles' must be single "
            f"words, got {articles!r}"
        )
    return NameWords(
        leading_articles=articles,
        fuzzy_stop_words=_lower(lexicon.words("names.fuzzy.stop_words")),
        block_stop_words=_lower(lexicon.words("names.fuzzy.block_stop_words")),
        break_words=break_words,
        force_nouns=lexicon.words("names.actors.force_nouns"),
        backer_words=_lower(lexicon.words("names.actors.backer_words")),
        stance_prefixes=tuple(w.lower() for w in lexicon.words("names.actors.stance_prefixes")),
        actor_prefix_words=prefix_words,
        place_generic_words=generic,
        place_common_words=_lower(lexicon.words("names.places.common_words")),
        place_common_words_arabic=frozenset(lexicon.words("names.places.common_words_arabic")),
        actor_free_before=break_words | prefix_words,
        place_free_after=break_words | generic,
    )


#: The two orders of a demonym descriptor: "Russian warplanes", "soldats maliens".
DEMONYM_NOUN = "demonym_noun"
NOUN_DEMONYM = "noun_demonym"
_DESCRIPTORS = "names.descriptors"


@attrs.frozen(kw_only=True)
class DescriptorWords:
    """How one language writes a demonym descriptor (``names.descriptors`` of its lexicon):
    the order of demonym and force noun, what may join them, the force nouns, how a
    demonym lemma inflects, the article joined to a demonym and the prefixes joined to a
    noun.

    >>> fr = descriptor_words(load("fr"))
    >>> fr.order, fr.forms("malien")
    ('noun_demonym', ('malien', 'maliens', 'malienne', 'maliennes'))
    >>> descriptor_words(load("ar")).forms("سوداني")[:3]
    ('سوداني', 'سودانية', 'سودانيين')
    """

    language: str
    order: str
    joiners: tuple[str, ...]
    force_nouns: tuple[str, ...]
    #: (ending, forms), longest ending first.
    inflections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    articles: tuple[str, ...] = ()
    #: (prefix as written, what it stands for), longest prefix first.
    proclitics: tuple[tuple[str, str], ...] = ()
    #: Words that join two demonyms sharing one force noun ("Russian and Syrian
    #: warplanes"), in lower case.
    coordinators: tuple[str, ...] = ()

    def forms(self, lemma: str) -> tuple[str, ...]:
        """Every written form of the demonym ``lemma``: its inflections (the rule of the
        longest ending it has; none: the lemma alone), each also with each article.

        A lemma of several words agrees word by word: each word with a rule inflects in
        step and the article joins every word, or the first only ("كوري شمالي": "الكوري
        الشمالي"; "جنوب سوداني": "الجنوب سوداني"); one with no word that inflects is a
        country's name in a construct ("جيش جنوب السودان") and is written as listed.

        >>> [f for f in descriptor_words(load("ar")).forms("كوري شمالي") if f.startswith("ال")][:2]
        ['الكوري الشمالي', 'الكوري شمالي']
        """
        words = lemma.split()
        if len(words) > 1:
            return self._phrase_forms(words)
        forms = self._word_forms(lemma)
        with_articles = [f"{article}{form}" for article in self.articles for form in forms]
        return tuple(dict.fromkeys([*forms, *with_articles]))

    def _word_forms(self, word: str) -> tuple[str, ...]:
        for ending, endings in self.inflections:
            if word.endswith(ending) and len(word) > len(ending):
                stem = word[: len(word) - len(ending)]
                return tuple(dict.fromkeys(stem + e for e in endings))
        return (word,)

    def _phrase_forms(self, words: list[str]) -> tuple[str, ...]:
        per_word = [self._word_forms(word) for word in words]
        steps = max(len(forms) for forms in per_word)
        if steps == 1:
            return (" ".join(words),)
        phrases = [[forms[min(i, len(forms) - 1)] for forms in per_word] for i in range(steps)]
        out = [" ".join(phrase) for phrase in phrases]
        for article in self.articles:
            for phrase in phrases:
                out.append(" ".join(f"{article}{word}" for word in phrase))
                out.append(" ".join([f"{article}{phrase[0]}", *phrase[1:]]))
        return tuple(dict.fromkeys(out))


@functools.cache
def descriptor_words(lexicon: Lexicon) -> DescriptorWords | None:
    """The descriptor words of ``lexicon`` (its force nouns are ``names.descriptors
    .force_nouns``, or the English table's ``names.actors.force_nouns``); None when it has
    no descriptor table.

    >>> descriptor_words(load("en")).order
    'demonym_noun'
    """
    if not lexicon.has(_DESCRIPTORS):
        return None
    order = lexicon.text(f"{_DESCRIPTORS}.order")
    if order not in (DEMONYM_NOUN, NOUN_DEMONYM):
        raise LexiconError(
            f"the {lexicon.language!r} lexicon's '{_DESCRIPTORS}.order' must be "
            f"{DEMONYM_NOUN!r} or {NOUN_DEMONYM!r}, got {order!r}"
        )
    nouns_path = f"{_DESCRIPTORS}.force_nouns"
    nouns = lexicon.words(nouns_path if lexicon.has(nouns_path) else "names.actors.force_nouns")
    rules = []
    for rule in lexicon.entry(f"{_DESCRIPTORS}.inflections"):
        if not isinstance(rule, Mapping) or not isinstance(rule.get("ending"), str):
            raise LexiconError(
                f"the {lexicon.language!r} lexicon's '{_DESCRIPTORS}.inflections' must be "
                f"tables of 'ending' and 'forms', got {rule!r}"
            )
        rules.append((rule["ending"], tuple(rule["forms"])))
    rules.sort(key=lambda r: -len(r[0]))
    articles_path, clitics_path = f"{_DESCRIPTORS}.articles", f"{_DESCRIPTORS}.proclitics"
    articles = lexicon.optional_words(articles_path)
    clitics = dict(lexicon.mapping(clitics_path)) if lexicon.has(clitics_path) else {}
    coordinators_path = f"{_DESCRIPTORS}.coordinators"
    coordinators = lexicon.optional_words(coordinators_path)
    return DescriptorWords(
        language=lexicon.language,
        order=order,
        joiners=lexicon.words(f"{_DESCRIPTORS}.joiners"),
        force_nouns=nouns,
        inflections=tuple(rules),
        articles=articles,
        proclitics=tuple(sorted(clitics.items(), key=lambda kv: -len(kv[0]))),
        coordinators=tuple(word.lower() for word in coordinators),
    )


@functools.cache
def english() -> NameWords:
    """:func:`name_words` of the English lexicon, the default of every resolver."""
    return name_words(load("en"))


def leading_articles_pattern(articles: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching a run of leading articles, each followed by one space, in a
    normalised key (one match, linear in the key's length, however often they repeat).

    >>> leading_articles_pattern(["the"]).match("the the syrian army").end()
    8
    """
    alternatives = "|".join(re.escape(word) for word in sorted(articles, key=len, reverse=True))
    return re.compile(f"(?:(?:{alternatives}) )+" if alternatives else "(?!)")


@functools.cache
def name_sources() -> Mapping[str, Any]:
    """The record formats of GeoNames dumps and CAMEO dictionaries (``name_sources.toml``).

    >>> name_sources()["geonames"]["columns"][:2]
    ['geonameid', 'name']
    """
    text = _PACKAGE.joinpath("data", "name_sources.toml").read_text(encoding="utf-8")
    import tomllib  # read when a loader needs these formats, not by every new process

    return tomllib.loads(text)


# -- pickling a resolver's lexicon ---------------------------------------------------------
# A Lexicon holds read-only mappings, which do not pickle: a resolver pickles the language
# code of a lexicon that ``load`` gives, and the plain tables of any other.

LexiconState = str | tuple[str, dict[str, Any], tuple[str, ...]]


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    return value


def lexicon_state(lexicon: Lexicon) -> LexiconState:
    """``lexicon`` as picklable data (see :func:`thawed_lexicon`).

    >>> lexicon_state(load("en"))
    'en'
    """
    try:
        if load(lexicon.language) is lexicon:
            return lexicon.language
    except LexiconError:
        pass
    return lexicon.language, _plain(lexicon.tables), tuple(lexicon.sources)


def thawed_lexicon(state: LexiconState) -> Lexicon:
    """The lexicon :func:`lexicon_state` gave ``state`` for.

    >>> more = load("en").extended({"names": {"places": {"generic_words": ["oasis"]}}})
    >>> "oasis" in thawed_lexicon(lexicon_state(more)).words("names.places.generic_words")
    True
    """
    if isinstance(state, str):
        return load(state)
    language, tables, sources = state
    return Lexicon(language=language, tables=_frozen(tables), sources=tuple(sources))
