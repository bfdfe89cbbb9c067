"""Place names in Cyrillic text: a key that keeps the script, and the base forms of a name
written in an oblique case ("в Херсоне", "під Бахмутом", "в Донецкой области").

The endings are the lexicons' data (``names.place_forms`` of every lexicon that has
``case_endings``: Russian and Ukrainian); the rule is one: an oblique ending is replaced by
each base ending it may stand for, and a form counts only when it is the name of a place
(the gazetteer checks).  Docs: docs/names.md, "Places in Cyrillic text".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from conflict_events.lexicon import Lexicon, available_languages, load

__all__ = [
    "CyrillicWords",
    "base_forms",
    "cyrillic_key",
    "cyrillic_words",
    "is_cyrillic",
    "region_stems",
]

# Cyrillic and its supplement (Ukrainian, Belarusian, Serbian, Kazakh... letters).
_CYRILLIC_LETTER = re.compile("[\u0400-\u052f]")
# A name in Cyrillic script: Cyrillic letters, with the spaces, hyphens, dots and
# apostrophes of names ("Ростов-на-Дону", "Солов'яненкове"); no Latin letter or digit.
_CYRILLIC_NAME = re.compile("[\u0400-\u052f\\s\\-\u2010\u2011.'\u2019\u02bc`]+")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc`")
_SEPARATORS = re.compile("[\\s\\-\u2010\u2011.]+")


def is_cyrillic(name: str) -> bool:
    """Whether ``name`` is written in Cyrillic script (and no other).

    >>> is_cyrillic("Херсон"), is_cyrillic("Kherson"), is_cyrillic("Бенин-Сити")
    (True, False, True)
    """
    return _CYRILLIC_NAME.fullmatch(name) is not None and _CYRILLIC_LETTER.search(name) is not None


def cyrillic_key(name: str) -> str | None:
    """The key a Cyrillic name is matched on, in its own script: lower case, ё as е,
    apostrophes dropped, hyphens and dots as spaces ("Ростов-на-Дону" = "ростов на дону").
    None for a name in another script.  Matching in the script, not on a transliteration,
    keeps a Cyrillic name from meeting a Latin one that happens to spell the same.

    >>> cyrillic_key("Солов'яненкове"), cyrillic_key("Орёл"), cyrillic_key("Orel")
    ('соловяненкове', 'орел', None)
    """
    if not is_cyrillic(name):
        return None
    key = _SEPARATORS.sub(" ", name.lower().replace("ё", "е").translate(_APOSTROPHES))
    return key.strip() or None


@attrs.frozen(kw_only=True)
class CyrillicWords:
    """The place-name words of the Cyrillic lexicons, merged (lower case, ё as е)."""

    #: Oblique ending -> the base endings it may stand for, longest ending first.
    endings: tuple[tuple[str, tuple[str, ...]], ...]
    #: Oblique vowel -> base vowel of a stem's last syllable (Ukrainian "Харкова" -> "Харків").
    stem_vowels: tuple[tuple[str, str], ...]
    #: Nouns naming a region after its adjective, in every case ("области", "області").
    admin_nouns: frozenset[str]
    #: Nouns naming a district after its adjective ("районе", "районі").
    district_nouns: frozenset[str]
    #: Both: the nouns that end a unit's name.
    unit_nouns: frozenset[str]
    #: Endings of a region's adjective, longest first, and the suffixes it adds to a city.
    adjective_endings: tuple[str, ...]
    adjective_suffixes: tuple[str, ...]
    #: Capitalised words that may precede a name ("В", "Під").
    break_words: frozenset[str]
    #: Words never read as a place, in any form: the lexicons' lists and the words of their
    #: calendar, date, count, casualty, attribution and event tables.
    common_words: frozenset[str]
    #: Capitalised words that may stand next to a name without continuing it: the break
    #: words and the common words ("Жители Херсона").
    free_words: frozenset[str]
    #: Nouns after which a name is a river's ("берега Дніпра"), not a place.
    river_nouns: frozenset[str] = frozenset()


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


# The tables whose words are the language's own common words (as language detection reads
# them): a place name that is one of them is not read in text.
_WORD_TABLES = ("calendar", "dates", "counts", "casualties", "attribution", "events")


def _strings(node: Any) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, Mapping):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, tuple | list):
        for value in node:
            yield from _strings(value)


def _table_words(lexicon: Lexicon) -> set[str]:
    words: set[str] = set()
    for table in _WORD_TABLES:
        if table in lexicon.tables:
            for text in _strings(lexicon.tables[table]):
                # Regex cues and templates are not words.
                words.update(w for w in _key(text).split() if is_cyrillic(w) and w.isalpha())
    return words


@functools.cache
def _merged(lexicons: tuple[Lexicon, ...]) -> CyrillicWords:
    endings: dict[str, list[str]] = {}
    vowels: list[tuple[str, str]] = []
    admin: set[str] = set()
    districts: set[str] = set()
    adjective: set[str] = set()
    suffixes: set[str] = set()
    breaks: set[str] = set()
    common: set[str] = set()
    rivers: set[str] = set()
    for lexicon in lexicons:
        for entry in lexicon.entry("names.place_forms.case_endings"):
            bases = endings.setdefault(_key(entry["ending"]), [])
            bases.extend(b for b in map(_key, entry["bases"]) if b not in bases)
        if lexicon.has("names.place_forms.stem_vowels"):
            for entry in lexicon.entry("names.place_forms.stem_vowels"):
                pair = (_key(entry["oblique"]), _key(entry["base"]))
                if pair not in vowels:
                    vowels.append(pair)
        places = "names.place_forms."
        admin.update(map(_key, lexicon.words(places + "admin_nouns")))
        districts.update(map(_key, lexicon.words(places + "district_nouns")))
        adjective.update(map(_key, lexicon.words(places + "region_adjective_endings")))
        suffixes.update(map(_key, lexicon.words(places + "region_adjective_suffixes")))
        breaks.update(map(_key, lexicon.words(places + "break_words")))
        common.update(map(_key, lexicon.words(places + "common_words")))
        if lexicon.has(places + "river_nouns"):
            rivers.update(map(_key, lexicon.words(places + "river_nouns")))
        common.update(_table_words(lexicon))
    return CyrillicWords(
        endings=tuple(
            sorted(((e, tuple(b)) for e, b in endings.items()), key=lambda item: -len(item[0]))
        ),
        stem_vowels=tuple(vowels),
        admin_nouns=frozenset(admin),
        district_nouns=frozenset(districts),
        unit_nouns=frozenset(admin | districts),
        adjective_endings=tuple(sorted(adjective, key=len, reverse=True)),
        adjective_suffixes=tuple(sorted(suffixes, key=len, reverse=True)),
        break_words=frozenset(breaks),
        common_words=frozenset(common - {""}),
        free_words=frozenset((breaks | common) - {""}),
        river_nouns=frozenset(rivers),
    )


def _cyrillic_lexicons() -> tuple[Lexicon, ...]:
    return tuple(
        load(language)
        for language in available_languages()
        if load(language).has("names.place_forms.case_endings")
    )


def cyrillic_words() -> CyrillicWords:
    """The merged place-name words of every lexicon with ``names.place_forms.case_endings``.

    >>> words = cyrillic_words()
    >>> ("е", ("", "а", "я", "о", "ь", "й")) in words.endings, "під" in words.break_words
    (True, True)
    """
    return _merged(_cyrillic_lexicons())


#: The shortest stem an ending may be taken from ("Сумах" -> "Сум-ы", not shorter).
_MIN_STEM = 3


def base_forms(word: str, words: CyrillicWords | None = None) -> list[str]:
    """``word`` (a key: lower case) and the base forms its case endings may stand for, in
    that order, without repeats.  Whether a form is a place's name is the caller's test.

    >>> forms = base_forms("херсоне")
    >>> forms[0], "херсон" in forms
    ('херсоне', True)
    >>> "харків" in base_forms("харкова"), "київ" in base_forms("києва")
    (True, True)
    >>> "авдіївка" in base_forms("авдіївці"), "донецкая" in base_forms("донецкой")
    (True, True)
    """
    table = words if words is not None else cyrillic_words()
    forms = [word]
    seen = {word}
    for ending, bases in table.endings:
        if not word.endswith(ending) or len(word) - len(ending) < _MIN_STEM:
            continue
        stem = word[: len(word) - len(ending)]
        for base in bases:
            form = stem + base
            if form not in seen:
                seen.add(form)
                forms.append(form)
            if not base:
                # "харков" -> "харків": the last syllable's vowel before a final consonant.
                for oblique, plain in table.stem_vowels:
                    if len(stem) > 2 and stem[-2] == oblique:
                        changed = stem[:-2] + plain + stem[-1]
                        if changed not in seen:
                            seen.add(changed)
                            forms.append(changed)
    return forms


def region_stems(word: str, words: CyrillicWords | None = None) -> list[str]:
    """The city names a region's adjective may be made from ("донецкой" -> "донецк",
    "херсонской" -> "херсон", "харківської" -> "харків").

    >>> region_stems("херсонской")
    ['херсонск', 'херсон']
    """
    table = words if words is not None else cyrillic_words()
    stems: list[str] = []
    for ending in table.adjective_endings:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            stem = word[: len(word) - len(ending)]
            if stem not in stems:
                stems.append(stem)
            for suffix in table.adjective_suffixes:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= _MIN_STEM:
                    city = stem[: len(stem) - len(suffix)]
                    if city not in stems:
                        stems.append(city)
    return stems
