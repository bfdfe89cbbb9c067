"""Places read in context: the country an article is about, and the admin path a text
writes around a place name ("Sirarou (N'Dali, Borgou)", "Udeni Ruwa District of Nasarawa
State").  See docs/names.md, "Context".

The extractor calls :func:`locate_places` with the text, the countries of the actors it
found and the place of the dateline; each piece is public for callers with their own
pipeline.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from conflict_events._errors import AmbiguousNameError, UnknownNameError
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import LocationKind
from conflict_events.resolve._gazetteer import IN_PREFIX, Gazetteer
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._normalize import normalize_name
from conflict_events.resolve._words import name_words
from conflict_events.text._accel import spaced_finditer

__all__ = [
    "DATELINE_WEIGHT",
    "NATIONALITY_WEIGHT",
    "admin_path_in_text",
    "admin_path_places",
    "article_country",
    "locate_places",
    "principal_place",
    "read_admin_paths",
]

#: A dateline's place counts this many times as much as any other place or actor when the
#: article's country is voted on: it breaks ties, it does not outvote two mentions (a
#: story filed in Nairobi about Somalia is about Somalia).
DATELINE_WEIGHT = 1.5
#: A state's forces named by their nationality ("Russian warplanes", "російські війська")
#: vote this much, once per country however often they are named: a foreign force is
#: named so as often as the home one, so it only settles an article with no other clue
#: ("Malian soldiers were killed"); one place or named actor outvotes it.
NATIONALITY_WEIGHT = 0.5

# How far after a name an admin path is looked for (characters), and its units: runs of
# capitalised words, hyphens and apostrophes inside.
_REACH = 90
#: How far after a place name its written admin path may reach (characters).
PATH_REACH = _REACH
_UNIT = r"[^\W\d_][\w'\u2019\-]*(?:\s+[^\W\d_][\w'\u2019\-]*){0,3}"
_PARENTHESISED = re.compile(rf"\s*\(\s*({_UNIT}(?:\s*,\s*{_UNIT})*)\s*\)")
# (A run of capitalised words and the last one's: the run opens on its first capital, no
# word character before it, so that re skips to the next capital in C.)
_WITH_ADMIN_WORD = re.compile(
    r"([A-Z](?<!\w.)[\w'\u2019\-]*\s+(?:[A-Z][\w'\u2019\-]*\s+){0,2})([A-Z]\w+)\b"
)
_COMMAS = re.compile(rf"((?:\s*,\s*{_UNIT}){{1,2}})")
# A capitalised word right before a parenthesis: the name an admin path follows.
_NAME_BEFORE = re.compile(r"\b[^\W\d_][\w'\u2019\-]*\Z")
# Up to four words right before a parenthesis (one space between): an unknown place's name
# ("Kangara Peulh (Karimama, Alibori)"); its capitalised tail is taken.
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'\u2019\-]* ){0,3}[^\W\d_][\w'\u2019\-]*\Z")
# The kinds a path's unit may be to stand for an unknown place in it: not a country (a
# country in parentheses is how a name says whose it is: "Civilians (Benin)").
_STAND_IN_KINDS = frozenset(kind for kind in LocationKind if kind is not LocationKind.COUNTRY)


def country_of(gazetteer_id: str, gazetteer: Gazetteer) -> str | None:
    """The country of the place ``gazetteer_id`` (None for an id the gazetteer lacks).

    >>> from conflict_events import Gazetteer
    >>> country_of("geonames:170063", Gazetteer.default()), country_of("x:none", Gazetteer.default())
    ('SY', None)
    """
    try:
        return gazetteer.get(gazetteer_id).country
    except UnknownNameError:
        return None


def article_country(
    place_ids: Iterable[str],
    actor_countries: Iterable[str | None] = (),
    dateline_place: str | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    nationality_countries: Iterable[str | None] = (),
) -> str | None:
    """The country (ISO 3166-1 alpha-2) an article is about, voted by the countries of its
    places (gazetteer ids), of its actors, of its dateline's place (weighted
    :data:`DATELINE_WEIGHT`) and of the forces it names by nationality
    (``nationality_countries``: :data:`NATIONALITY_WEIGHT`, once per country); None when
    nothing votes or the vote is tied.

    >>> article_country(["geonames:2392204", "iso3166-2:BJ-AL"], ["BJ", "BF"])
    'BJ'
    >>> article_country([], ["NG", "BJ"]) is None
    True
    >>> article_country([], ["UA"], nationality_countries=["RU", "RU"])
    'UA'
    """
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
    votes: dict[str, float] = {}
    for gazetteer_id in place_ids:
        country = country_of(gazetteer_id, gazetteer)
        if country:
            votes[country] = votes.get(country, 0.0) + 1.0
    for country in actor_countries:
        if country:
            votes[country] = votes.get(country, 0.0) + 1.0
    for country in set(nationality_countries):
        if country:
            votes[country] = votes.get(country, 0.0) + NATIONALITY_WEIGHT
    if dateline_place:
        country = country_of(dateline_place, gazetteer)
        if country:
            votes[country] = votes.get(country, 0.0) + DATELINE_WEIGHT
    ranked = sorted(votes.items(), key=lambda item: -item[1])[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@functools.cache
def _admin_words(lexicon: Lexicon) -> frozenset[str]:
    # Generic words ("Province") and the words naming units ("State", "Department").
    words = set(lexicon.words("names.places.generic_words"))
    if lexicon.has("names.places.world.admin_words"):
        words.update(lexicon.words("names.places.world.admin_words"))
    return frozenset(w.lower() for w in words)


@functools.cache
def _unit_words(lexicon: Lexicon) -> frozenset[str]:
    # The words naming administrative units ("commune", "department", "state").
    if not lexicon.has("names.places.world.admin_words"):
        return frozenset()
    return frozenset(w.lower() for w in lexicon.words("names.places.world.admin_words"))


_PATH_OPENERS = "names.places.path_openers"


@functools.cache
def _path_openers(lexicon: Lexicon) -> frozenset[str]:
    # The prepositions of every language the names table lists ("in", "dans", "en") that
    # may open a comma list's unit ("Kabo, in Tchaourou commune, Borgou").
    if not lexicon.has(_PATH_OPENERS):
        return frozenset()
    table = lexicon.mapping(_PATH_OPENERS)
    return frozenset(w.lower() for key in table for w in lexicon.words(f"{_PATH_OPENERS}.{key}"))


def admin_path_in_text(
    text: str, start: int, end: int, *, lexicon: Lexicon | str = "en"
) -> tuple[str, ...]:
    """The admin path written right after the place name ``text[start:end]``, nearest
    unit first: a parenthesised list ("Sirarou (N'Dali, Borgou)"), a comma list of one or
    two capitalised names ("Kandi, Alibori"), or a unit with a generic word after the
    name, within the sentence ("Udeni Ruwa District of Nasarawa State": "Nasarawa State").

    >>> text = "Gunmen attacked Sirarou (N'Dali, Borgou) on Monday."
    >>> admin_path_in_text(text, 16, 23)
    ("N'Dali", 'Borgou')
    >>> text = "Udeni Ruwa District of Nasarawa State was attacked."
    >>> admin_path_in_text(text, 0, 10)
    ('Nasarawa State',)
    >>> admin_path_in_text("Kandi, Alibori department", 0, 5)
    ('Alibori',)
    """
    return path_in_text(text, start, end, load(lexicon))[0]


def path_in_text(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[tuple[str, ...], bool]:
    """:func:`admin_path_in_text`, and whether the text marks the path as one: parentheses,
    or a comma list whose units open with a preposition or end with a unit's type ("Kabo,
    in Tchaourou commune, Borgou").  A bare comma list ("Kandi, Alibori") may as well be a
    list of places ("Aleppo, Idlib, Hama").

    >>> from conflict_events.lexicon import load
    >>> path_in_text("Kabo, in Tchaourou commune, Borgou, on Tuesday", 0, 4, load("en"))
    (('Tchaourou', 'Borgou'), True)
    >>> path_in_text("Kandi, Alibori", 0, 5, load("en"))
    (('Alibori',), False)
    """
    generic = _admin_words(lexicon)
    found = _PARENTHESISED.match(text, end)
    if found:
        return tuple(unit.strip() for unit in found.group(1).split(",")), True
    found = _COMMAS.match(text, end)
    if found:
        openers = _path_openers(lexicon)
        units_words = _unit_words(lexicon)
        units = []
        marked = False
        for raw in found.group(1).split(",")[1:]:
            words = raw.split()
            # "in Tchaourou commune": the preposition before the name is the path's.
            opened = 0
            while opened < len(words) - 1 and words[opened].lower() in openers:
                opened += 1
            if opened and words[opened][0].isupper():
                words = words[opened:]
                marked = True
            if not words or not words[0][0].isupper():
                break
            # "Alibori department": the unit is the capitalised words.
            while words and not words[-1][0].isupper() and words[-1].lower() in generic:
                # a unit's type ("commune", "department") marks a path; a generic word
                # ("countryside", "area") may end a listed place's name as well
                if words.pop().lower() in units_words:
                    marked = True
            if not words or any(not w[0].isupper() for w in words):
                break
            units.append(" ".join(words))
        if units:
            return tuple(units), marked
    window = text[end : end + _REACH]
    stop = re.search(r"[.;!?]\s", window)
    window = window[: stop.start()] if stop else window
    path = [
        f"{match.group(1).strip()} {match.group(2)}"
        for match in _WITH_ADMIN_WORD.finditer(window)
        if match.group(2).lower() in generic
    ]
    # The name's own generic word ("Udeni Ruwa District") is the name, not its path.
    return tuple(p for p in path if not window.startswith(" " + p)), False


# The kinds an admin path's widest unit may be when it votes for the article's country.
_PATH_UNITS = frozenset(
    {LocationKind.ADMIN1, LocationKind.ADMIN2, LocationKind.ADMIN3, LocationKind.COUNTRY}
)


def admin_path_places(text: str, gazetteer: Gazetteer | None = None) -> list[str]:
    """The gazetteer ids of the widest unit of every parenthesised admin path in ``text``
    ("Zangnanado (Zangnanado, Zou)": Zou, Benin), when it names one division or country
    exactly: votes for the article's country that a name too short or too rare to be
    scanned for in running text still casts.

    >>> admin_path_places("Residents of Zangnanado (Zangnanado, Zou) protested.")
    ['iso3166-2:BJ-ZO']
    """
    if "(" not in text:
        return []
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
    found: list[str] = []
    for match in spaced_finditer(_PARENTHESISED, text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None or not before.group()[0].isupper():
            continue  # a path follows a name ("Sirarou (N'Dali, Borgou)")
        units = gazetteer._divisions(match.group(1).split(",")[-1].strip(), _PATH_UNITS)
        if len(units) == 1:  # one division of that name in the world, or no vote
            found.append(units[0])
    return found


def locate_places(
    text: str,
    gazetteer: Gazetteer | None = None,
    *,
    country: str | None = None,
    actor_countries: Sequence[str | None] = (),
    dateline_place: str | None = None,
) -> list[Mention]:
    """The places named in ``text`` read in context: the article's country (``country``,
    else :func:`article_country` of a first pass, the actors' countries and the dateline's
    place) settles names that exist in several countries and brings in that country's
    villages; an admin path written after a name (:func:`admin_path_in_text`) picks among
    its namesakes.  Exact names only: fuzzy matching never picks a place in running text.

    >>> text = "Gunmen attacked Guilmaro, near Kandi (Alibori), on Friday."
    >>> [(m.text, m.entity_id) for m in locate_places(text, actor_countries=["BJ"])]
    [('Guilmaro', 'geonames:2393917'), ('Kandi', 'geonames:2393693'), ('Alibori', 'iso3166-2:BJ-AL')]
    """
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
    first = gazetteer.find_mentions(text)
    if country is None:
        country = article_country(
            [m.entity_id for m in first], actor_countries, dateline_place, gazetteer=gazetteer
        )
    mentions = gazetteer.find_mentions(text, country=country) if country else first
    return read_admin_paths(text, mentions, gazetteer, country=country)


def read_admin_paths(
    text: str,
    mentions: Iterable[Mention],
    gazetteer: Gazetteer,
    *,
    country: str | None = None,
    lexicon: Lexicon | str = "en",
) -> list[Mention]:
    """``mentions`` (places found in ``text``), each re-read with the admin path written
    after it (:func:`admin_path_in_text`) when that path picks one of its namesakes (in
    ``country`` when given); the others unchanged.  With a parenthesised path
    ("Kabo (Tchaourou, Borgou)"), a place that lies in none of the path's known units is
    not the one the text means: the mention becomes ``in:<unit>``
    (:data:`~conflict_events.resolve._gazetteer.IN_PREFIX`), the finest unit of the path
    the gazetteer knows.  With ``country``, a name the gazetteer does not know right
    before a parenthesised path ("Sirarou (N'Dali, Borgou)") is added the same way: a
    place in that unit, at geo precision ``NEAR`` or coarser.

    >>> g = Gazetteer.default()
    >>> text = "Gunmen attacked Sirarou (N'Dali, Borgou) on Friday."
    >>> found = g.find_mentions(text, country="BJ")
    >>> [(m.text, m.entity_id) for m in read_admin_paths(text, found, g, country="BJ")]
    [('Sirarou', 'in:geonames:2392595'), ("N'Dali", 'geonames:2392595'), ('Borgou', 'iso3166-2:BJ-BO')]
    >>> g.get("in:geonames:2392595").name, g.get("in:geonames:2392595").geo_precision.name
    ('Ndali', 'NEAR')
    """
    lex = load(lexicon)
    located: list[Mention] = []
    for mention in mentions:
        path, marked = path_in_text(text, mention.start, mention.end, lex)
        if path:
            try:
                place = gazetteer.resolve(mention.text, country=country, admin=path, fuzzy=False)
            except (UnknownNameError, AmbiguousNameError):
                place = None
            entity = mention.entity_id
            if (
                place is not None
                and place.gazetteer_id
                and place.gazetteer_id != mention.entity_id
                and (place.kind is not LocationKind.COUNTRY)
            ):
                entity = place.gazetteer_id
            if marked or _in_parentheses(text, mention.start):
                # A place that lies in none of the known units of its written path is not
                # the place the text means ("Kabo (Tchaourou, Borgou)", "Kabo, in Tchaourou
                # commune, Borgou" are no Kabo of the Central African Republic): the text's
                # place is one the gazetteer lacks, in the finest unit of the path it knows.
                fits, known = gazetteer._path_fit(entity, path, country)
                if known and not fits:
                    unit = _finest_unit(path, gazetteer, country)
                    if unit is not None:
                        entity = IN_PREFIX + unit
            if entity != mention.entity_id:
                mention = Mention(
                    text=mention.text, start=mention.start, end=mention.end, entity_id=entity
                )
        located.append(mention)
    if "(" in text:
        located.extend(_unknown_in_paths(text, located, gazetteer, country, lex))
        located.sort(key=lambda m: m.start)
    return located


def _in_parentheses(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a parenthesis ("Seri (Kouande, Atacora)": Kouande)."""
    opening = text.rfind("(", max(0, start - _REACH), start)
    return opening >= 0 and ")" not in text[opening:start] and ")" in text[start : start + _REACH]


def _finest_unit(path: Sequence[str], gazetteer: Gazetteer, country: str | None) -> str | None:
    """The gazetteer id of the nearest unit of ``path`` (nearest first) that resolves
    exactly (in ``country``) to a place, not a country, lying in the units after it that
    the gazetteer knows; None if none does."""
    for at, unit in enumerate(path):
        rest = path[at + 1 :]
        try:
            place = gazetteer.resolve(unit, country=country, admin=rest, fuzzy=False)
        except (UnknownNameError, AmbiguousNameError):
            continue
        if place.kind not in _STAND_IN_KINDS or not place.gazetteer_id:
            continue
        if rest:
            fits, known = gazetteer._path_fit(place.gazetteer_id, rest, country)
            if known and not fits:
                continue  # "Kouande (Atacora)" where the only Kouandé lies elsewhere
        return place.gazetteer_id
    return None


def _unknown_in_paths(
    text: str,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    country: str | None,
    lexicon: Lexicon,
) -> list[Mention]:
    """The places the gazetteer does not know, named right before a parenthesised admin
    path ("Kompa (Karimama, Alibori)"), each as ``in:<unit>``: a place in the finest unit
    of the path it knows.  Only with the article's country (a path is read in it)."""
    if country is None:
        return []
    skip = name_words(lexicon).break_words
    ends = {m.end for m in mentions}
    starts = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for match in spaced_finditer(_PARENTHESISED, text):
        before = _WORDS_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if before is None or before.end() in ends:
            continue
        words = before.group().split(" ")
        while words and any(not w[0].isupper() for w in words):
            words.pop(0)  # "seen in Kompa": the name is the capitalised words
        while words and words[0].lower() in skip:
            words.pop(0)  # "In Kompa" opening a sentence
        if not words:
            continue
        name = " ".join(words)
        start = before.end() - len(name)
        if sum(c.isalpha() for c in normalize_name(name)) < 3:
            continue
        if any(s < before.end() and start < e for s, e in starts):
            continue  # part of a place found already
        try:
            gazetteer.resolve(name, country=country, fuzzy=False)
        except UnknownNameError:
            pass  # no place of that name in the country: the path says where it is
        except AmbiguousNameError:
            continue  # several ("The Hamilton (Ontario) Spectator"): not read here
        else:
            continue
        path = tuple(unit.strip() for unit in match.group(1).split(","))
        unit = _finest_unit(path, gazetteer, country)
        if unit is None:
            continue
        found.append(Mention(text=name, start=start, end=before.end(), entity_id=IN_PREFIX + unit))
    return found


# How precise a place of each kind is (lower: more precise).
_PRECISION = {
    LocationKind.SITE: 0,
    LocationKind.NEIGHBOURHOOD: 0,
    LocationKind.VILLAGE: 0,
    LocationKind.TOWN: 0,
    LocationKind.CITY: 0,
    LocationKind.FEATURE: 1,
    LocationKind.ADMIN3: 1,
    LocationKind.ADMIN2: 2,
    LocationKind.ADMIN1: 3,
    LocationKind.REGION: 4,
    LocationKind.COUNTRY: 5,
}


def principal_place(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer | None = None,
    *,
    country: str | None = None,
) -> Mention | None:
    """The mention a careful reader takes for where an event happened: the most precise
    place (a populated place or site before a district, a district before a province, a
    province before a country), in ``country`` if given and any is there, the first in
    the text among equals; None without mentions.

    >>> g = Gazetteer.default()
    >>> text = "Gunmen attacked Kandi (Alibori) in northern Benin."
    >>> principal_place(locate_places(text, g), g).text
    'Kandi'
    """
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
    best: tuple[int, int] | None = None
    chosen: Mention | None = None
    for order, mention in enumerate(mentions):
        try:
            place = gazetteer.get(mention.entity_id)
        except UnknownNameError:
            continue
        outside = int(country is not None and place.country != country)
        rank = (outside * 10 + _PRECISION.get(place.kind, 5), order)
        if best is None or rank < best:
            best, chosen = rank, mention
    return chosen
