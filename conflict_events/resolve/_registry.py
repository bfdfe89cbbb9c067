"""ActorRegistry: actors by id, names to actors, lineage, mentions in text.

Resolution order (docs/design.md#names, details in docs/names.md):

1. a name in Arabic script: exact match on its Arabic key;
2. exact match on the normalised key (:func:`normalize_name`);
3. acronyms: exact and case-sensitive after removing dots and spaces ("U.N." = "UN");
4. ACLED's naming templates ("Military Forces of Benin (2016-)", docs/acled-actors.md);
5. fuzzy: ``rapidfuzz`` ratio of the token-sorted normalised names at least
   :data:`FUZZY_THRESHOLD`, for names of at least :data:`FUZZY_MIN_LENGTH` characters;
   two actors within :data:`FUZZY_TIE` points of the best score make the name ambiguous;
6. otherwise :class:`UnknownNameError`.

With ``on=date`` only names valid that day count: an alias during its own validity period
and the actor's active period, the canonical name during the active period.  A name that
matches exactly but only outside its period raises :class:`UnknownNameError` whose message
gives the period; it is not silently moved to a successor (see :meth:`ActorRegistry.lineage`).
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import orjson

from conflict_events._errors import (
    AmbiguousNameError,
    Problem,
    RowError,
    UnknownNameError,
    ValidationError,
)
from conflict_events.io._converter import SCHEMA_VERSION, structure, unstructure
from conflict_events.lexicon import Lexicon, available_languages, load
from conflict_events.model import Actor, ActorKind, Alias
from conflict_events.resolve._actor_forms import is_language_word, name_forms, not_acronyms
from conflict_events.resolve._automaton import (
    FuzzyIndex,
    MentionScanner,
    capitalised_word_before,
    joined_word_before,
    longest_non_overlapping,
    mentions_of,
)
from conflict_events.resolve._definitions import Definition
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._normalize import (
    acronym_key,
    arabic_key,
    has_arabic,
    normalize_name,
)
from conflict_events.resolve._words import (
    DEMONYM_NOUN,
    DescriptorWords,
    NameWords,
    descriptor_words,
    english,
    lexicon_state,
    name_words,
    thawed_lexicon,
)

# The package's folder (its data files are read from it, as the lexicon's are; importing
# importlib.resources for them cost a new process more than the files).
_PACKAGE = Path(__file__).resolve().parent.parent

__all__ = [
    "ACTOR_PREFIX_WORDS",
    "BACKER_WORDS",
    "FORCE_NOUNS",
    "FUZZY_MIN_LENGTH",
    "FUZZY_THRESHOLD",
    "FUZZY_TIE",
    "ActorRegistry",
]

#: Minimum rapidfuzz ratio (0-100) of token-sorted normalised names for a fuzzy match.  At 88
#: one typo in a 10-letter name matches ("Hezbolah", "Hayat Tahreer al-Sham"), while names
#: that share most words but differ in one ("Syrian National Council" / "Syrian National
#: Army", 74) do not.
FUZZY_THRESHOLD = 88.0
#: Names shorter than this (normalised) are matched exactly only: one letter off in a short
#: name is another name.
FUZZY_MIN_LENGTH = 6
#: Lowest score (same scorer as the fuzzy match) of a name or id an UnknownNameError
#: suggests, and how many it suggests.
SUGGEST_THRESHOLD = 60.0
SUGGEST_LIMIT = 3
#: Fuzzy scores this close to the best one, for another actor, make the name ambiguous.
FUZZY_TIE = 1.0

_CACHE_SIZE = 65_536

#: The English lexicon's nouns that turn a demonym into a descriptor of the country's
#: military ("Russian warplanes"; ``names.actors.force_nouns``), the default of
#: :attr:`ActorRegistry.force_nouns`.
FORCE_NOUNS: tuple[str, ...] = english().force_nouns
#: The English lexicon's words that, right before a descriptor, make it a proxy of someone
#: else ("Turkish-backed Syrian forces"; ``names.actors.backer_words``).
BACKER_WORDS = english().backer_words
#: The English lexicon's capitalised words that may stand right before an actor's name
#: without being part of it: titles ("President Bashar al-Assad") and adjectives of
#: nationality, ethnicity, religion or stance ("Kurdish People's Protection Units";
#: ``names.actors.prefix_words``).  Compared in lowercase.
ACTOR_PREFIX_WORDS = english().actor_prefix_words
# What a scanner group holds: a name, an acronym (matched with its case), a name's form in
# an oblique case (names.actor_forms), the forms of a demonym (a descriptor when a force
# noun joins them), or an acronym spelled as a demonym.
_NAME, _ACRONYM, _FORM, _DEMONYM, _ACRONYM_AND_DEMONYM = 0, 1, 2, 3, 4
#: A demonym descriptor of a language of this many words of force noun at most.
_NOUN_WORDS = 4
# A word of a force noun in running text (letters and digits, joined by apostrophes and
# hyphens: "l'air", "sud-soudanais").
_TOKEN = re.compile(r"[^\W_][\w'’-]*")
_TOKEN_BEFORE = re.compile(r"[^\W_][\w'’-]*\Z")
_APOSTROPHES = "'’"
_POSSESSIVE = re.compile("['’].*")
# Where a name may split into demonym and noun: white space or a hyphen.
_SPLIT = re.compile(r"\s+|-")
# What may stand between a sentence's end and its first word.
_OPENERS = "\"'“‘«([—–- \t\u00a0"
_SENTENCE_ENDS = ".!?:;\n"


class _Scanning(NamedTuple):
    """The mention scanner, and per group: its one actor without ``on`` (None when the
    name is shared; demonym forms left out) and what it holds (_NAME, _ACRONYM, _DEMONYM,
    _ACRONYM_AND_DEMONYM)."""

    scanner: MentionScanner[_Entry]
    decided: list[str | None]
    kinds: list[int]


class _Derived:
    """What a registry derives from its actors on demand: the fuzzy index, the mention
    scanner and the resolve cache.  Registries with the same contents (the copies
    :meth:`ActorRegistry.default` hands out) share one; a change makes a fresh one."""

    __slots__ = (
        "cache",
        "descriptors",
        "first_words",
        "fuzzy",
        "fuzzy_entries",
        "memo",
        "scanning",
    )

    def __init__(self) -> None:
        self.descriptors: _Descriptors | None = None
        self.first_words: frozenset[str] | None = None
        self.fuzzy: FuzzyIndex | None = None
        self.fuzzy_entries: list[_Entry] = []
        self.scanning: _Scanning | None = None
        self.cache: dict[Any, Actor | Callable[[], LookupError]] = {}
        #: What other modules compute from the actors, by their own keys (the article
        #: reader's forces of a country: extract/_names.py).
        self.memo: dict[Any, Any] = {}


class _Entry(NamedTuple):
    """One indexed name of an actor and the days it is valid (None = open)."""

    actor_id: str
    name: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    #: A demonym descriptor ("Russian warplanes"), not a name of the actor.
    descriptor: bool = False
    #: The language of a descriptor's demonym form (its order and force nouns), or of a
    #: name's form in an oblique case ("Исламского государства"); "" for a name.
    language: str = ""

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )

    def period(self) -> str:
        start = self.valid_from.isoformat() if self.valid_from else ""
        end = self.valid_until.isoformat() if self.valid_until else ""
        return f"{start}..{end}"


def _arabic_hit(written: str, entries: Iterable[_Entry]) -> bool:
    """Whether a name found in Arabic script is one of its entries' names on the Arabic key
    (the key in its own script, :func:`arabic_key`), not only on the vowel-less
    transliteration the scanner folds to: "صنعاء" (Sanaa) and "سانا" (SANA) fold alike, and
    only the second is the agency's name.

    >>> entries = [_Entry("actor:sana", "سانا", None, None), _Entry("actor:sana", "SANA", None, None)]
    >>> _arabic_hit("سانا", entries), _arabic_hit("صنعاء", entries)
    (True, False)
    """
    key = arabic_key(written)
    return any(arabic_key(e.name) == key for e in entries if not e.descriptor)


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return b if a is None else a if b is None else max(a, b)


def _earlier(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return b if a is None else a if b is None else min(a, b)


class _Descriptors:
    """The demonym descriptors of a registry, per language: each written form of each
    demonym (entries named by the form, tagged with their language), the languages' force
    nouns by key, and a scanner of the forms for running text (built on first use)."""

    __slots__ = ("edge_words", "forms", "grammars", "noun_edges", "nouns")

    def __init__(self) -> None:
        #: demonym form key -> its entries (one per actor and language)
        self.forms: dict[str, tuple[_Entry, ...]] = {}
        self.grammars: dict[str, DescriptorWords] = {}
        #: language -> the keys of its force nouns
        self.nouns: dict[str, frozenset[str]] = {}
        #: the first and the last word of every form key: a name without one of them at an
        #: end is no descriptor (a cheap reject for resolve)
        self.edge_words: frozenset[str] = frozenset()
        #: language -> the words (lower case, with and without accents) a force noun of it
        #: starts with (demonym first) or ends with (noun first): the cheap test of a hit
        self.noun_edges: dict[str, frozenset[str]] = {}


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _demonym_written(form: str) -> list[str]:
    """How a demonym form may be written in text: as listed, and a lower-case form also
    with a capital (opening a sentence: "Российские военные")."""
    if form[:1].islower():
        return [form, form[0].upper() + form[1:]]
    return [form]


def _coordinates(gap: str, coordinators: tuple[str, ...]) -> bool:
    """Whether ``gap`` (the text between two demonyms) joins them: a comma, or one of the
    language's coordinators (optionally after a comma), between spaces."""
    gap = gap.strip()
    if gap == ",":
        return True
    gap = gap.removeprefix(",").strip().lower()
    return bool(gap) and gap in coordinators


def _opens_sentence(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_ENDS or text[i - 1] == "\n"


def _as_written(phrase: str) -> bool:
    """A force noun as news writes it: lower case, title case, or a capital first
    ("Russian Warplanes" in a headline, German "Soldaten"), not shouting."""
    return phrase == phrase.lower() or phrase == phrase.title() or phrase[1:] == phrase[1:].lower()


def _form_entries(entry: _Entry, alias: Alias | None) -> Iterator[_Entry]:
    """The entries of the forms an alias in a language with ``names.actor_forms`` takes in
    running text ("Исламского государства", "وداعش"), tagged with that language."""
    if alias is not None and alias.language and not alias.acronym:
        for form in name_forms(alias.name, alias.language):
            yield _Entry(
                entry.actor_id, form, entry.valid_from, entry.valid_until, False, alias.language
            )


def _entries(actor: Actor) -> Iterator[tuple[_Entry, Alias | None]]:
    yield _Entry(actor.id, actor.name, actor.active_from, actor.active_until), None
    for alias in actor.aliases:
        start = _later(alias.valid_from, actor.active_from)
        end = _earlier(alias.valid_until, actor.active_until)
        if start is not None and end is not None and start > end:
            continue  # the alias never overlaps the actor's life: it can never be valid
        yield _Entry(actor.id, alias.name, start, end), alias


@functools.cache
def _builtin_data() -> _Document:
    text = _PACKAGE.joinpath("data", "actors.json").read_bytes()
    return _parse_document(text, "built-in actors.json")


class _Document(NamedTuple):
    actors: tuple[Actor, ...]
    sources: dict[str, str]
    demonyms: dict[str, tuple[str, ...]]
    force_nouns: tuple[str, ...] | None
    languages: dict[str, dict[str, tuple[str, ...]]]


def _string_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _parse_languages(raw: object, problems: list[Problem]) -> dict[str, dict[str, tuple[str, ...]]]:
    # language -> actor id -> demonym lemmas; a language needs a lexicon with descriptor words
    if raw is None:
        return {}
    path = "$.descriptors.languages"
    if not isinstance(raw, dict) or not all(
        isinstance(table, dict)
        and all(isinstance(k, str) and _string_list(v) for k, v in table.items())
        for table in raw.values()
    ):
        problems.append(Problem(path, "expected an object of language -> actor id -> demonyms"))
        return {}
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    # Only whether the language has a lexicon is checked here (reading all of them would be
    # most of a new process's first report); one without descriptor words adds no forms.
    shipped = available_languages()
    for language, table in raw.items():
        if language not in shipped:
            problems.append(Problem(f"{path}.{language}", "no lexicon for this language"))
            continue
        out[language] = {k: tuple(v) for k, v in table.items()}
    return out


def _parse_descriptors(
    raw: object, problems: list[Problem]
) -> tuple[
    dict[str, tuple[str, ...]], tuple[str, ...] | None, dict[str, dict[str, tuple[str, ...]]]
]:
    if raw is None:
        return {}, None, {}
    if not isinstance(raw, dict):
        problems.append(Problem("$.descriptors", "expected an object with 'demonyms'"))
        return {}, None, {}
    problems.extend(
        Problem(f"$.descriptors.{key}", "unknown key")
        for key in sorted(set(raw) - {"demonyms", "force_nouns", "languages"})
    )
    nouns = raw.get("force_nouns")
    if nouns is not None and not _string_list(nouns):
        problems.append(Problem("$.descriptors.force_nouns", "expected a list of words"))
        nouns = None
    demonyms = raw.get("demonyms", {})
    if not isinstance(demonyms, dict) or not all(
        isinstance(k, str) and _string_list(v) for k, v in demonyms.items()
    ):
        problems.append(
            Problem("$.descriptors.demonyms", "expected an object of actor id -> demonyms")
        )
        demonyms = {}
    return (
        {k: tuple(v) for k, v in demonyms.items()},
        tuple(nouns) if nouns is not None else None,
        _parse_languages(raw.get("languages"), problems),
    )


def _parse_document(text: str | bytes, what: str) -> _Document:
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ValidationError([Problem("$", f"not valid JSON: {exc}")], what) from None
    if not isinstance(data, dict):
        raise ValidationError([Problem("$", "expected an object with 'actors'")], what)
    problems = [
        Problem(f"$.{key}", "unknown key")
        for key in sorted(set(data) - {"schema_version", "actors", "sources", "descriptors"})
    ]
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, str) or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        problems.append(
            Problem("$.schema_version", f"this library reads {SCHEMA_VERSION}, got {version!r}")
        )
    raw_actors = data.get("actors")
    actors: list[Actor] = []
    if not isinstance(raw_actors, list):
        problems.append(Problem("$.actors", f"expected a list of actors, got {raw_actors!r:.80}"))
        raw_actors = []
    for i, item in enumerate(raw_actors):
        try:
            actors.append(structure(item, Actor))
        except ValidationError as exc:
            problems.extend(exc.prefixed(f"$.actors[{i}]").problems)
    sources = data.get("sources", {})
    if not isinstance(sources, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in sources.items()
    ):
        problems.append(Problem("$.sources", "expected an object of actor id -> source text"))
        sources = {}
    demonyms, force_nouns, languages = _parse_descriptors(data.get("descriptors"), problems)
    if problems:
        raise ValidationError(problems, what)
    return _Document(tuple(actors), dict(sources), demonyms, force_nouns, languages)


class ActorRegistry:
    """Actors by id, and every name they go by resolved back to them.

    >>> registry = ActorRegistry.default()
    >>> registry.resolve("Hayʼat Taḥrīr al-Shām").id
    'actor:hts'
    >>> registry.resolve("هيئة تحرير الشام").id
    'actor:hts'
    >>> registry.resolve("Jabhat al-Nusra", on=dt.date(2015, 6, 1)).id
    'actor:nusra-front'
    >>> [a.id for a in registry.lineage("actor:hts")][-3:]
    ['actor:nusra-front', 'actor:jfs', 'actor:hts']
    >>> registry.resolve("Syrian National Council").id
    'actor:snc'
    """

    def __init__(
        self,
        actors: Iterable[Actor] = (),
        *,
        sources: Mapping[str, str] | None = None,
        demonyms: Mapping[str, Iterable[str]] | None = None,
        force_nouns: Iterable[str] | None = None,
        lexicon: Lexicon | str = "en",
        language_demonyms: Mapping[str, Mapping[str, Iterable[str]]] | None = None,
    ) -> None:
        self._lexicon = load(lexicon)
        self._words: NameWords = name_words(self._lexicon)
        #: Demonym descriptors: military actor id -> the demonyms that, followed by one of
        #: :attr:`force_nouns`, name it ("Russian" + "warplanes" -> actor:russia-mil).
        self.demonyms: dict[str, tuple[str, ...]] = {
            actor_id: tuple(words) for actor_id, words in (demonyms or {}).items()
        }
        #: The descriptors of other languages: language -> military actor id -> demonym
        #: lemmas, inflected and ordered with their force nouns by that language's lexicon
        #: ("soldats maliens", "российских военных", "الجيش السوداني").
        self.language_demonyms: dict[str, dict[str, tuple[str, ...]]] = {
            language: {actor_id: tuple(words) for actor_id, words in table.items()}
            for language, table in (language_demonyms or {}).items()
        }
        #: The nouns that make a demonym a descriptor of the country's military.
        self.force_nouns: tuple[str, ...] = (
            tuple(force_nouns) if force_nouns is not None else self._words.force_nouns
        )
        self._actors: dict[str, Actor] = {}
        # Tuples, not lists: a copy (see default()) shares them until it changes its own.
        self._exact: dict[str, tuple[_Entry, ...]] = {}
        self._arabic: dict[str, tuple[_Entry, ...]] = {}
        self._acronyms: dict[str, tuple[_Entry, ...]] = {}
        #: The forms of names in an oblique case, by Arabic key (Arabic script) or name key.
        self._forms: dict[str, tuple[_Entry, ...]] = {}
        self._derived = _Derived()
        #: Where each built-in or loaded actor's data comes from, by actor id.
        self.sources: dict[str, str] = dict(sources or {})
        for actor in actors:
            self.add(actor)

    # -- construction -----------------------------------------------------------------

    @classmethod
    def default(cls) -> ActorRegistry:
        """A new registry holding the built-in actors of the Syrian war (see docs/names.md).

        The built-in registry is indexed once per process; each call returns a copy of it
        (changing one copy changes no other) that shares its mention scanner, fuzzy index
        and resolve cache until it is changed.

        >>> len(ActorRegistry.default()) > 50
        True
        >>> ActorRegistry.default() is ActorRegistry.default()
        False
        """
        prototype = _default_registry()
        if cls is ActorRegistry:
            return prototype._copy()
        document = _builtin_data()  # a subclass gets an instance of its own class
        return cls(
            document.actors,
            sources=document.sources,
            demonyms=document.demonyms,
            force_nouns=document.force_nouns,
            language_demonyms=document.languages,
        )

    def _copy(self) -> ActorRegistry:
        """A registry with the same contents, sharing what is derived from them."""
        copy = object.__new__(type(self))
        copy._lexicon = self._lexicon
        copy._words = self._words
        copy.demonyms = dict(self.demonyms)
        copy.language_demonyms = dict(self.language_demonyms)
        copy.force_nouns = self.force_nouns
        copy._actors = dict(self._actors)
        copy._exact = dict(self._exact)
        copy._arabic = dict(self._arabic)
        copy._acronyms = dict(self._acronyms)
        copy._forms = dict(self._forms)
        copy._derived = self._derived
        copy.sources = dict(self.sources)
        return copy

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon the registry reads its words from."""
        return self._lexicon

    @property
    def _cache(self) -> dict[Any, Actor | Callable[[], LookupError]]:
        """The resolve cache: name (or ``(name, on)``) -> actor, or a maker of the error
        to raise; shared with the copies of the same contents."""
        return self._derived.cache

    # -- pickling: the actors and settings; the indexes are rebuilt on load ----------

    def __getstate__(self) -> dict[str, Any]:
        return {
            "actors": list(self._actors.values()),
            "sources": dict(self.sources),
            "demonyms": dict(self.demonyms),
            "force_nouns": self.force_nouns,
            "language_demonyms": dict(self.language_demonyms),
            "lexicon": lexicon_state(self._lexicon),
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        ActorRegistry.__init__(
            self,
            state["actors"],
            sources=state["sources"],
            demonyms=state["demonyms"],
            force_nouns=state["force_nouns"],
            lexicon=thawed_lexicon(state["lexicon"]),
            language_demonyms=state.get("language_demonyms"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> ActorRegistry:
        """A registry from the JSON form written by :meth:`to_json`; every problem is
        reported in one :class:`ValidationError` with paths like ``$.actors[3].kind``.

        >>> registry = ActorRegistry.from_json('{"actors": [{"id": "actor:x", "name": "X Front", "kind": "rebel_group"}]}')
        >>> registry.resolve("x front").id
        'actor:x'
        """
        document = _parse_document(text, "ActorRegistry")
        return cls(
            document.actors,
            sources=document.sources,
            demonyms=document.demonyms,
            force_nouns=document.force_nouns,
            language_demonyms=document.languages,
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ActorRegistry:
        """A registry from a JSON file written by :meth:`save`."""
        with open(path, "rb") as fh:
            return cls.from_json(fh.read())

    def to_json(self, *, indent: bool = True) -> str:
        """The registry as JSON: ``{"schema_version", "actors": [...], "sources": {...}}``.

        >>> ActorRegistry.from_json(ActorRegistry.default().to_json()).resolve("SDF").id
        'actor:sdf'
        """
        document: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "actors": [unstructure(a) for a in self._actors.values()],
        }
        if self.demonyms or self.language_demonyms:
            document["descriptors"] = {
                "force_nouns": list(self.force_nouns),
                "demonyms": {k: list(v) for k, v in self.demonyms.items()},
            }
            if self.language_demonyms:
                document["descriptors"]["languages"] = {
                    language: {k: list(v) for k, v in table.items()}
                    for language, table in self.language_demonyms.items()
                }
        if self.sources:
            document["sources"] = self.sources
        option = orjson.OPT_INDENT_2 if indent else 0
        return orjson.dumps(document, option=option).decode()

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write :meth:`to_json` to ``path`` (UTF-8)."""
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(self.to_json())
            fh.write("\n")

    @classmethod
    def from_cameo(
        cls,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        lenient: bool = False,
        errors: list[RowError] | None = None,
    ) -> ActorRegistry:
        """A registry of the actors in CAMEO/TABARI ``.actors`` dictionaries (see
        :func:`conflict_events.resolve._cameo.read_cameo` for the mapping)."""
        registry = cls()
        registry.load_cameo(paths, lenient=lenient, errors=errors)
        return registry

    def load_cameo(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        lenient: bool = False,
        errors: list[RowError] | None = None,
    ) -> int:
        """Add the actors of CAMEO/TABARI ``.actors`` files; returns how many were added.

        A bad line raises :class:`RowError` with its line number; with ``lenient=True`` it
        is appended to ``errors`` and skipped.
        """
        from conflict_events.resolve._cameo import read_cameo

        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        n = 0
        for path in paths:
            for actor in read_cameo(path, lenient=lenient, errors=errors, taken=self._actors):
                self.add(actor)
                n += 1
        return n

    @classmethod
    def from_ucdp(
        cls,
        path: str | os.PathLike[str],
        *,
        lenient: bool = False,
        errors: list[RowError] | None = None,
    ) -> ActorRegistry:
        """A registry of the actors of a UCDP Actor Dataset CSV file (``ucdp-actor-*.csv``,
        downloaded from UCDP), with ids ``actor:ucdp:<ActorId>`` — the ids the UCDP GED
        reader gives the sides — plus its temporary coalitions and side 1, Civilians.  See
        docs/names.md ("UCDP actors") for the mapping and
        :func:`conflict_events.resolve._ucdp_actors.read_ucdp_actors` for errors.
        """
        registry = cls()
        registry.load_ucdp(path, lenient=lenient, errors=errors)
        return registry

    def load_ucdp(
        self,
        path: str | os.PathLike[str],
        *,
        lenient: bool = False,
        errors: list[RowError] | None = None,
    ) -> int:
        """Add the actors of a UCDP Actor Dataset CSV file; returns how many were added.
        Ids already in the registry are replaced."""
        from conflict_events.resolve._ucdp_actors import read_ucdp_actors

        n = 0
        for actor in read_ucdp_actors(path, lenient=lenient, errors=errors, lexicon=self._lexicon):
            self._actors[actor.id] = actor
            n += 1
        self._rebuild()  # indexed once at the end: 1,900 actors, replacements included
        return n

    # -- contents ----------------------------------------------------------------------

    def add(self, actor: Actor, *, replace: bool = False) -> None:
        """Add ``actor``; an id already present is a :class:`ValidationError` unless
        ``replace`` is true.

        >>> registry = ActorRegistry()
        >>> registry.add(Actor(id="actor:lions", name="Lions of the East", kind="rebel_group"))
        >>> registry.resolve("Lions of the East").id
        'actor:lions'
        """
        if not isinstance(actor, Actor):
            raise TypeError(f"add() takes an Actor, got {type(actor).__name__}")
        if actor.id in self._actors:
            if not replace:
                raise ValidationError(
                    [Problem("$.id", f"an actor with id {actor.id!r} is already registered")],
                    "Actor",
                )
            self._actors[actor.id] = actor
            self._rebuild()
            return
        self._actors[actor.id] = actor
        self._index(actor)
        self._invalidate()

    def extend(self, actors: Iterable[Actor]) -> None:
        """Add every actor of ``actors``."""
        for actor in actors:
            self.add(actor)

    def add_alias(self, actor_id: str, alias: Alias | str) -> Actor:
        """Give the actor ``actor_id`` another alias; returns the updated actor.

        >>> registry = ActorRegistry.default()
        >>> registry.add_alias("actor:hts", "Tahrir al-Sham Committee").id
        'actor:hts'
        >>> registry.resolve("Tahrir al-Sham Committee").id
        'actor:hts'
        """
        actor = self.get(actor_id)
        if isinstance(alias, str):
            alias = Alias(name=alias)
        updated = attrs.evolve(actor, aliases=(*actor.aliases, alias))
        self._actors[actor.id] = updated
        for entry, source in _entries(updated):
            if source is alias:
                self._index_entry(entry, alias)
        self._invalidate()
        return updated

    def get(self, actor_id: str) -> Actor:
        """The actor with id ``actor_id`` (:class:`UnknownNameError` if there is none).

        >>> ActorRegistry.default().get("actor:sohr").kind
        <ActorKind.MONITOR: 'monitor'>
        """
        try:
            return self._actors[actor_id]
        except (KeyError, TypeError):
            raise UnknownNameError(
                str(actor_id), "actor id", suggestions=lambda: self._closest_ids(str(actor_id))
            ) from None

    def _closest_ids(self, actor_id: str) -> tuple[str, ...]:
        """The ids nearest ``actor_id`` by the fuzzy match's scorer, for error messages."""
        from rapidfuzz import fuzz, process

        found = process.extract(
            actor_id,
            list(self._actors),
            scorer=fuzz.ratio,
            score_cutoff=SUGGEST_THRESHOLD,
            limit=SUGGEST_LIMIT,
        )
        return tuple(choice for choice, _, _ in found)

    def _closest_names(self, name: str) -> tuple[str, ...]:
        """The known names nearest ``name`` by the fuzzy match's scorer (``rapidfuzz``
        ratio of the token-sorted normalised names), over every name (not only the fuzzy
        index's blocks), for error messages: each as ``name (actor id)``, one per actor,
        best first."""
        from rapidfuzz import fuzz, process

        key = normalize_name(name)
        if not key:
            return ()
        labels: dict[str, str] = {}
        for known, _, _ in process.extract(
            key,
            list(self._exact),
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SUGGEST_THRESHOLD,
            limit=SUGGEST_LIMIT * 4,
        ):
            for entry in self._exact[known]:
                labels.setdefault(entry.actor_id, f"{entry.name} ({entry.actor_id})")
            if len(labels) >= SUGGEST_LIMIT:
                break
        return tuple(labels.values())[:SUGGEST_LIMIT]

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Actor):
            return self._actors.get(item.id) == item
        return isinstance(item, str) and item in self._actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(list(self._actors.values()))

    def __repr__(self) -> str:
        return f"<ActorRegistry of {len(self._actors)} actors>"

    # -- indexing ----------------------------------------------------------------------

    def _index_entry(self, entry: _Entry, alias: Alias | None) -> None:
        if alias is not None and alias.acronym:
            key = acronym_key(entry.name)
            if key:
                self._acronyms[key] = (*self._acronyms.get(key, ()), entry)
            return
        arabic = arabic_key(entry.name)
        if arabic:
            self._arabic[arabic] = (*self._arabic.get(arabic, ()), entry)
        key = normalize_name(entry.name)
        if key:
            self._exact[key] = (*self._exact.get(key, ()), entry)
        for form in _form_entries(entry, alias):
            key = arabic_key(form.name) or normalize_name(form.name)
            if key:
                self._forms[key] = (*self._forms.get(key, ()), form)

    def _index(self, actor: Actor) -> None:
        for entry, alias in _entries(actor):
            self._index_entry(entry, alias)

    def _descriptors(self) -> _Descriptors:
        """The descriptor tables (built on first use, shared with same-content copies): the
        registry's language from :attr:`demonyms` and :attr:`force_nouns`, every other one
        from :attr:`language_demonyms` and that language's lexicon."""
        derived = self._derived
        if derived.descriptors is not None:
            return derived.descriptors
        d = _Descriptors()
        own = descriptor_words(self._lexicon)
        if own is None:  # a lexicon without a descriptor table: English order, its nouns
            own = DescriptorWords(
                language=self._lexicon.language, order=DEMONYM_NOUN, joiners=(" ",), force_nouns=()
            )
        own = attrs.evolve(own, force_nouns=self.force_nouns)
        tables = [(own, self.demonyms)]
        for language, table in self.language_demonyms.items():
            words = descriptor_words(load(language))
            if words is not None and language != own.language:
                tables.append((words, table))
        forms: dict[str, list[_Entry]] = {}
        for words, table in tables:
            d.grammars[words.language] = words
            d.nouns[words.language] = frozenset(
                key for key in map(normalize_name, words.force_nouns) if key
            )
            at = 0 if words.order == DEMONYM_NOUN else -1
            edges = {noun.split()[at].lower() for noun in words.force_nouns if noun.split()}
            d.noun_edges[words.language] = frozenset(edges | {_unaccented(w) for w in edges})
            for actor_id, lemmas in table.items():
                actor = self._actors.get(actor_id)
                if actor is None:
                    continue
                for lemma in lemmas:
                    for form in words.forms(lemma):
                        key = normalize_name(form)
                        entry = _Entry(
                            actor.id,
                            form,
                            actor.active_from,
                            actor.active_until,
                            True,
                            words.language,
                        )
                        if key and entry not in forms.setdefault(key, []):
                            forms[key].append(entry)
        d.forms = {key: tuple(entries) for key, entries in forms.items()}
        d.edge_words = frozenset(
            word for key in d.forms for word in (key.split()[0], key.split()[-1])
        )
        derived.descriptors = d
        return d

    @staticmethod
    def _noun_keys(phrase: str, words: DescriptorWords) -> Iterator[tuple[str, int]]:
        """The keys ``phrase`` may have as a force noun, each with where the noun starts in
        it: as written, without an elided article joined by an apostrophe ("l'armée": 2),
        and without a prefix joined to its first word ("للجيش" is "الجيش": 0)."""
        yield normalize_name(phrase), 0
        head, _, rest = phrase.partition(" ")
        cut = max(head.rfind(a) for a in _APOSTROPHES)
        if 0 < cut < len(head) - 1:
            yield normalize_name(f"{head[cut + 1 :]} {rest}"), cut + 1
        for prefix, stands_for in words.proclitics:
            if head.startswith(prefix) and len(head) > len(prefix) + 1:
                yield normalize_name(f"{stands_for}{head[len(prefix) :]} {rest}"), 0

    def _descriptor_lookup(self, name: str, on: dt.date | None = None) -> str | None:
        """The actor id a demonym descriptor ``name`` names in any language the registry
        has descriptors for ("soldats maliens", "malischen Soldaten"), else None: exact,
        never fuzzy (for the casualty stage's noun-adjective groups).

        >>> ActorRegistry.default()._descriptor_lookup("soldats maliens")
        'actor:mali-mil'
        """
        entries = self._descriptor_entries(name, normalize_name(name))
        ids = {e.actor_id for e in entries if on is None or e.valid_on(on)}
        return ids.pop() if len(ids) == 1 else None

    def _by_nationality(self, name: str) -> bool:
        """Whether ``name`` (a mention's text) names a military by nationality — a demonym
        descriptor ("Russian warplanes") or a demonym sharing one ("Russian" in "Russian
        and Syrian warplanes") — rather than by one of its names.

        >>> registry = ActorRegistry.default()
        >>> registry._by_nationality("Russian warplanes"), registry._by_nationality("ЗСУ")
        (True, False)
        """
        arabic = arabic_key(name)
        if arabic is not None and arabic in self._arabic:
            return False
        key = normalize_name(name)
        if not key or key in self._exact:
            return False
        return key in self._descriptors().forms or bool(self._descriptor_entries(name, key))

    def _descriptor_entries(self, name: str, key: str) -> list[_Entry]:
        """The descriptor entries ``name`` (with main key ``key``) matches: a demonym form
        and a force noun of its language, in its language's order, joined as it joins them
        (a space; a hyphen where the language writes compounds: "US-Soldaten")."""
        words = key.split()
        if len(words) < 2:
            return []
        d = self._descriptors()
        if words[0] not in d.edge_words and words[-1] not in d.edge_words:
            return []
        found: list[_Entry] = []
        name = name.strip()
        for sep in _SPLIT.finditer(name):
            left, right = name[: sep.start()], name[sep.end() :]
            joiner = " " if sep.group().isspace() else sep.group()
            left_key, right_key = normalize_name(left), normalize_name(right)
            for entry in d.forms.get(left_key, ()):
                g = d.grammars[entry.language]
                if (
                    g.order == DEMONYM_NOUN
                    and joiner in g.joiners
                    and right_key in d.nouns[entry.language]
                ):
                    found.append(entry)
            for entry in d.forms.get(right_key, ()):
                g = d.grammars[entry.language]
                if g.order != DEMONYM_NOUN and joiner in g.joiners:
                    nouns = d.nouns[entry.language]
                    if any(k in nouns for k, _ in self._noun_keys(left, g)):
                        found.append(entry)
        return found

    def set_descriptors(
        self,
        demonyms: Mapping[str, Iterable[str]],
        force_nouns: Iterable[str] | None = None,
        *,
        language_demonyms: Mapping[str, Mapping[str, Iterable[str]]] | None = None,
    ) -> None:
        """Replace the demonym descriptor table: military actor id -> demonyms, and the
        force nouns (default :data:`FORCE_NOUNS`); ``language_demonyms`` (language ->
        actor id -> demonym lemmas) replaces the other languages' table (None keeps it).

        >>> registry = ActorRegistry([Actor(id="actor:fr-mil", name="French Armed Forces",
        ...                                 kind="state_force", country="FR")])
        >>> registry.set_descriptors({"actor:fr-mil": ["French"]})
        >>> registry.resolve("French warplanes").id
        'actor:fr-mil'
        """
        self.demonyms = {actor_id: tuple(words) for actor_id, words in demonyms.items()}
        self.force_nouns = (
            tuple(force_nouns) if force_nouns is not None else self._words.force_nouns
        )
        if language_demonyms is not None:
            self.language_demonyms = {
                language: {actor_id: tuple(words) for actor_id, words in table.items()}
                for language, table in language_demonyms.items()
            }
        self._rebuild()

    def _rebuild(self) -> None:
        self._exact = {}
        self._arabic = {}
        self._acronyms = {}
        self._forms = {}
        for actor in self._actors.values():
            self._index(actor)
        self._invalidate()

    def _invalidate(self) -> None:
        self._derived = _Derived()  # never cleared in place: copies may share it

    def _first_words(self) -> frozenset[str]:
        """The first words of every name's key: a sentence's opening word that starts a
        known name may start an unknown one too (find_unresolved_actors)."""
        derived = self._derived
        if derived.first_words is None:
            derived.first_words = frozenset(key.split()[0] for key in self._exact)
        return derived.first_words

    def _fuzzy_index(self) -> FuzzyIndex:
        derived = self._derived
        if derived.fuzzy is None:
            index = FuzzyIndex(words=self._words)
            entries: list[_Entry] = []
            seen: set[tuple[str, str]] = set()
            for key, key_entries in self._exact.items():
                for entry in key_entries:
                    # Transliterated Arabic has no vowels: fuzzy matching it is noise; a
                    # descriptor one letter off is often another phrase ("Syrian horses").
                    if entry.descriptor or has_arabic(entry.name) or (key, entry.actor_id) in seen:
                        continue
                    seen.add((key, entry.actor_id))
                    index.add(key, len(entries))
                    entries.append(entry)
            derived.fuzzy, derived.fuzzy_entries = index, entries
        return derived.fuzzy

    def _mention_scanning(self) -> _Scanning:
        derived = self._derived
        if derived.scanning is None:
            scanner: MentionScanner[_Entry] = MentionScanner()
            for actor in self._actors.values():
                for entry, alias in _entries(actor):
                    scanner.add(entry.name, entry, acronym=alias is not None and alias.acronym)
                    for form in _form_entries(entry, alias):
                        scanner.add(form.name, form)
            # The demonym forms, as written: one pass of the automaton finds them too.
            for entries in self._descriptors().forms.values():
                for entry in entries:
                    for written in _demonym_written(entry.name):
                        scanner.add_cased(written, entry)
            kinds: list[int] = []
            decided: list[str | None] = []
            for group in range(scanner.group_count):
                payloads = scanner.payloads(group)
                names = [e for e in payloads if not e.descriptor]
                ids = {e.actor_id for e in names}
                decided.append(ids.pop() if len(ids) == 1 else None)
                kind = _ACRONYM if scanner.is_cased(group) else _NAME
                if kind == _NAME and all(e.language for e in names):
                    kind = _FORM  # only forms of names: "Исламского государства"
                if len(names) < len(payloads):
                    kind = _ACRONYM_AND_DEMONYM if names else _DEMONYM
                kinds.append(kind)
            derived.scanning = _Scanning(scanner, decided, kinds)
        return derived.scanning

    # -- resolution --------------------------------------------------------------------

    def resolve(self, name: str, *, on: dt.date | None = None) -> Actor:
        """The actor ``name`` names (on the day ``on``, if given).

        Raises :class:`UnknownNameError` when nothing matches above the threshold (or only
        outside its validity period) and :class:`AmbiguousNameError`, listing the candidate
        ids, when two actors match equally well.

        >>> registry = ActorRegistry.default()
        >>> registry.resolve("HTS").id, registry.resolve("Daesh").id
        ('actor:hts', 'actor:isis')
        >>> registry.resolve("Hezbolah").id  # fuzzy
        'actor:hezbollah'
        >>> try:
        ...     registry.resolve("Nusra Front", on=dt.date(2020, 1, 1))
        ... except UnknownNameError as exc:
        ...     print(exc)
        no actor named 'Nusra Front' (not a valid name on 2020-01-01: 'Nusra Front' named actor:nusra-front 2012-01-23..2016-07-28)
        """
        if on is not None:
            from conflict_events.parse._args import as_date

            on = as_date(on, "on", "ActorRegistry.resolve")
        cache_key: Any = name if on is None else (name, on)
        cache = self._derived.cache
        try:
            hit = cache[cache_key]
        except KeyError:
            pass
        except TypeError:  # an unhashable name
            raise TypeError(f"a name must be a string, got {type(name).__name__}") from None
        else:
            if type(hit) is Actor:
                return hit
            raise hit()  # type: ignore[operator]
        if not isinstance(name, str):
            raise TypeError(f"a name must be a string, got {type(name).__name__}")
        if on is not None and type(on) is not dt.date:
            raise TypeError(f"on must be a datetime.date, got {on!r}")
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        try:
            actor = self._resolve(name, on)
        except (UnknownNameError, AmbiguousNameError) as exc:
            cache[cache_key] = _recipe(exc)
            raise
        cache[cache_key] = actor
        return actor

    def _lookup(self, name: str, on: dt.date | None = None) -> str | None:
        """The id :meth:`resolve` gives ``name``, or ``None`` where it raises a
        ``LookupError`` (unknown or ambiguous).  For the extractors, which try many names
        that are no actor: a name seen before is answered from the cache without building
        and catching an exception.  Other errors (a name that is no string, an ``on`` that
        is no date) propagate as from :meth:`resolve`.

        >>> registry = ActorRegistry.default()
        >>> registry._lookup("HTS"), registry._lookup("the garden shed")
        ('actor:hts', None)
        """
        if (
            type(name) is str
            and (on is None or type(on) is dt.date)
            and type(self).resolve is ActorRegistry.resolve  # a subclass's own is obeyed
        ):
            hit = self._derived.cache.get(name if on is None else (name, on))
            if hit is not None:
                return hit.id if type(hit) is Actor else None
        try:
            return self.resolve(name, on=on).id
        except LookupError:
            return None

    def _lookup_exact(self, name: str, on: dt.date | None = None) -> str | None:
        """The id of the one actor ``name`` names without a fuzzy match (exact, acronym or
        ACLED template), else None.

        >>> registry = ActorRegistry.default()
        >>> registry._lookup_exact("HTS"), registry._lookup_exact("Hezbolah")
        ('actor:hts', None)
        """
        if not isinstance(name, str):
            raise TypeError(f"a name must be a string, got {type(name).__name__}")
        try:
            return self._resolve(name, on, fuzzy=False).id
        except LookupError:
            return None

    def _resolve(self, name: str, on: dt.date | None, *, fuzzy: bool = True) -> Actor:
        arabic = arabic_key(name)
        if arabic is not None:
            entries = self._arabic.get(arabic)
            if entries:
                return self._choose(name, entries, on)
        key = normalize_name(name)
        entries = self._exact.get(key) if key else None
        if entries:
            return self._choose(name, entries, on)
        # A demonym descriptor; a name that spells the same came first ("Israeli Air Force").
        found = self._descriptor_entries(name, key) if key else None
        if found:
            return self._choose(name, found, on)
        acronym = acronym_key(name)
        entries = self._acronyms.get(acronym) if acronym else None
        if entries:
            return self._choose(name, entries, on)
        # A name in an oblique case ("Исламского государства", "وداعش").
        entries = self._forms.get(arabic or key) if arabic or key else None
        if entries:
            return self._choose(name, entries, on)
        if arabic is None:
            template = self._acled_template(name, on)
            if template is not None:
                return template
        if fuzzy and arabic is None and len(key) >= FUZZY_MIN_LENGTH:
            return self._resolve_fuzzy(name, key, on)
        raise UnknownNameError(name, "actor", suggestions=lambda: self._closest_names(name))

    def _acled_template(self, name: str, on: dt.date | None) -> Actor | None:
        """The actor an ACLED naming template gives ``name`` (docs/acled-actors.md), tried
        after the exact lookups and before the fuzzy match, which could only be wrong for
        "Military Forces of Benin (2016-)".  An "ACRONYM: Expansion" cell is the registry's
        own actor when its expansion or acronym names exactly one.  The template's period is
        part of the name, so ``on`` is not held against the actor's active period."""
        if not self._lexicon.has("acled_actors"):
            return None  # a lexicon without ACLED's templates reads no template
        from conflict_events.resolve._acled_actors import (
            _actor,
            _alternatives,
            _either,
            _grammar,
            parse_acled_actor,
        )

        g = _grammar(self._lexicon)
        parts = _alternatives(g, name)
        if len(parts) > 1:  # "A and/or B": every alternative must be known exactly
            try:
                return _either(g, name, [self._resolve(p, on, fuzzy=False) for p in parts])
            except LookupError:
                return None
        parsed = parse_acled_actor(name, lexicon=self._lexicon)
        if parsed is None:
            return None
        if parsed.full_name is not None:
            known = self._known_exactly(parsed.full_name, parsed.acronym, on, parsed.country)
            if known is not None:
                return known
        return _actor(g, parsed)

    def _known_exactly(
        self,
        full_name: str | None,
        acronym: str | None,
        on: dt.date | None,
        country: str | None = None,
    ) -> Actor | None:
        # The expansion by its key, else the acronym as an acronym; only a single actor,
        # of the cell's country when it names one ("Hezbollah (Lebanon)").
        for entries in (
            self._exact.get(normalize_name(full_name)) if full_name else None,
            self._acronyms.get(acronym_key(acronym)) if acronym else None,
        ):
            if country is not None:
                entries = tuple(
                    e for e in entries or () if self._actors[e.actor_id].country in (None, country)
                )
            ids = {e.actor_id for e in entries or () if on is None or e.valid_on(on)}
            if len(ids) == 1:
                return self._actors[ids.pop()]
        return None

    def _choose(self, name: str, entries: Sequence[_Entry], on: dt.date | None) -> Actor:
        ids = list(dict.fromkeys(e.actor_id for e in entries if on is None or e.valid_on(on)))
        if len(ids) == 1:
            return self._actors[ids[0]]
        if ids:
            raise AmbiguousNameError(name, sorted(ids), "actor")
        assert on is not None
        periods = "; ".join(f"{e.name!r} named {e.actor_id} {e.period()}" for e in entries[:5])
        raise UnknownNameError(
            name, "actor", hint=f"not a valid name on {on.isoformat()}: {periods}"
        )

    def _resolve_fuzzy(self, name: str, key: str, on: dt.date | None) -> Actor:
        index = self._fuzzy_index()
        best: dict[str, float] = {}
        out_of_period: list[_Entry] = []
        for score, payload in index.search(key, FUZZY_THRESHOLD):
            entry = self._derived.fuzzy_entries[payload]
            if on is not None and not entry.valid_on(on):
                out_of_period.append(entry)
                continue
            if score > best.get(entry.actor_id, -1.0):
                best[entry.actor_id] = score
        if not best:
            hint = None
            if out_of_period:
                e = out_of_period[0]
                hint = f"close to {e.name!r} of {e.actor_id}, valid {e.period()}, not on {on}"
            raise UnknownNameError(
                name, "actor", hint=hint, suggestions=lambda: self._closest_names(name)
            )
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        top = ranked[0][1]
        tied = [actor_id for actor_id, score in ranked if top - score <= FUZZY_TIE]
        if len(tied) > 1:
            raise AmbiguousNameError(name, sorted(tied), "actor")
        return self._actors[ranked[0][0]]

    # -- lineage -----------------------------------------------------------------------

    def lineage(self, actor_or_id: Actor | str) -> tuple[Actor, ...]:
        """The actor with every group it grew out of (predecessors, transitively) and every
        group it became (successors, transitively), in time order (by ``active_from``;
        actors without one keep their place in the chain).  Ids not in the registry are
        skipped.

        >>> [a.id for a in ActorRegistry.default().lineage("actor:jfs")][-3:]
        ['actor:nusra-front', 'actor:jfs', 'actor:hts']
        """
        actor = self.get(actor_or_id.id if isinstance(actor_or_id, Actor) else actor_or_id)
        order: dict[str, int] = {actor.id: 0}
        for field, step in (("predecessors", -1), ("successors", 1)):
            frontier = [actor.id]
            while frontier:
                current = frontier.pop()
                for other in getattr(self._actors[current], field):
                    if other in self._actors and other not in order:
                        order[other] = order[current] + step
                        frontier.append(other)
        chain = sorted(order, key=lambda i: order[i])
        # Time order where dates are known; the chain order breaks ties and fills gaps.
        dated = [self._actors[i].active_from for i in chain]
        fill: list[dt.date] = []
        last = dt.date.min
        for day in dated:
            last = day if day is not None and day > last else last
            fill.append(last)
        ranked = sorted(range(len(chain)), key=lambda k: (fill[k], k))
        return tuple(self._actors[chain[k]] for k in ranked)

    # -- mentions ----------------------------------------------------------------------

    def find_mentions(
        self,
        text: str,
        *,
        on: dt.date | None = None,
        definitions: bool = False,
        language: str | None = None,
    ) -> list[Mention]:
        """Every actor named in ``text``, with its character span, longest names first
        where names overlap.  Names valid on another day than ``on`` and names shared by
        several actors are left out.  Acronyms match case-sensitively.

        With ``definitions=True``, acronyms the text defines ("the Rapid Support Forces
        (RSF)", see :meth:`with_definitions`) are names from their definition on, and win
        over what the registry means by the same letters.

        Demonym descriptors ("Russian warplanes", "US troops") name the country's military
        (see :attr:`demonyms`), written with the demonym's capitals, and not after a backer
        word ("Turkish-backed Syrian forces").  A name right after "pro-" or "anti-"
        ("pro-government forces") is not a mention of the actor; nor is a name (other than
        an acronym) right after a capitalised word that continues it
        ("Kataib Hezbollah", "New Syrian Army"), except the words of
        :data:`NAME_BREAK_WORDS` and :data:`ACTOR_PREFIX_WORDS` ("President", "Kurdish").

        A name of a language with case rules is found in its other forms too ("Исламского
        государства", "des Islamischen Staates", "وداعش"; ``names.actor_forms``), a form
        also after a capitalised word that opens the sentence ("Боевики Группы Вагнера").
        ``language`` is the text's (default: the registry lexicon's): a word of it that
        opens the sentence ("Le Hezbollah", "Die Hamas") is no part of the name after it,
        and the acronyms its lexicon lists as ``names.actor_forms.not_acronyms`` are not
        read ("IS" in English).

        >>> registry = ActorRegistry.default()
        >>> text = "Fighters of Hay’at Tahrir al-Sham (HTS) clashed with the SNA near Afrin."
        >>> [(m.text, m.entity_id) for m in registry.find_mentions(text)]
        [('Hay’at Tahrir al-Sham', 'actor:hts'), ('HTS', 'actor:hts'), ('SNA', 'actor:sna')]
        >>> text = "Russian warplanes struck as Iranian-backed militias and US troops moved."
        >>> [(m.text, m.entity_id) for m in registry.find_mentions(text)]
        [('Russian warplanes', 'actor:russia-mil'), ('US troops', 'actor:us-mil')]
        >>> text = "Позиции Вооружённых сил Украины обстреляны."
        >>> [(m.text, m.entity_id) for m in registry.find_mentions(text)]
        [('Вооружённых сил Украины', 'actor:ukraine-mil')]
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, got {type(text).__name__}")
        scanner, decided, kinds = self._mention_scanning()
        words = self._words
        stances, free_before = words.stance_prefixes, words.actor_free_before
        language = language or self._lexicon.language
        unread = not_acronyms(language)
        spans: list[tuple[int, int, str]] = []
        append = spans.append
        on_day: dict[int, str | None] = {}
        demonyms: list[tuple[int, int, int]] = []
        for start, end, group in scanner.scan_groups(text):
            kind = kinds[group]
            if kind >= _DEMONYM:
                demonyms.append((start, end, group))
                if kind == _DEMONYM:
                    continue
            if unread and kind in (_ACRONYM, _ACRONYM_AND_DEMONYM) and text[start:end] in unread:
                continue  # "IS" in English text
            if on is None:
                actor_id = decided[group]
            elif group in on_day:
                actor_id = on_day[group]
            else:
                ids = {
                    e.actor_id
                    for e in scanner.payloads(group)
                    if e.valid_on(on) and not e.descriptor
                }
                actor_id = on_day[group] = ids.pop() if len(ids) == 1 else None
            if actor_id is None:
                continue
            if start > 0 and text[start - 1] == "-" and _after_a_stance(text, start, stances):
                continue
            if "\u0600" <= text[start] <= "\u06ff" and not _arabic_hit(
                text[start:end], scanner.payloads(group)
            ):
                continue  # "صنعاء" (Sanaa) folds as "سانا" (SANA) does: not the same Arabic
            if (
                kind in (_NAME, _FORM)
                and _continues_a_capitalised_word(text, start, free_before)
                and not _after_an_opening_word(text, start, language, kind == _FORM)
            ):
                continue
            append((start, end, actor_id))
        if demonyms:
            spans.extend(self._descriptor_spans(text, on, demonyms, scanner))
        if definitions:
            spans, _ = self._defined_spans(text, spans, on)
        return mentions_of(text, longest_non_overlapping(spans))

    def _descriptor_spans(
        self,
        text: str,
        on: dt.date | None,
        hits: list[tuple[int, int, int]],
        scanner: MentionScanner[_Entry],
    ) -> list[tuple[int, int, str]]:
        """The demonym descriptors in ``text``: a demonym form as written (a lower-case one
        with a capital only opening a sentence), joined to a force noun of its language on
        its language's side; not after a backer word ("Turkish-backed") or a stance prefix
        ("pro-"), nor (a capitalised form) after a capitalised word that continues it, nor
        spelling a name of the registry ("Israeli Air Force")."""
        d = self._descriptors()
        words = self._words
        out: list[tuple[int, int, str]] = []
        # hit index -> the language of the descriptor it made (for coordination below)
        made: dict[int, str] = {}
        for number, (start, end, group) in enumerate(hits):
            written = text[start:end]
            found: dict[tuple[int, int], set[str]] = {}
            languages: dict[tuple[int, int], str] = {}
            for entry in scanner.payloads(group):
                if not entry.descriptor or (on is not None and not entry.valid_on(on)):
                    continue
                g = d.grammars[entry.language]
                if g.order == DEMONYM_NOUN:
                    noun_end = self._noun_after(
                        text, end, g, d.nouns[g.language], d.noun_edges[g.language]
                    )
                    if noun_end is None:
                        continue
                    if entry.name[:1].isupper() and _continues_a_capitalised_word(
                        text, start, words.actor_free_before
                    ):
                        continue
                    if joined_word_before(text, start)[0].lower() in words.backer_words:
                        continue
                    span = (start, noun_end)
                else:
                    noun_start = self._noun_before(
                        text, start, g, d.nouns[g.language], d.noun_edges[g.language]
                    )
                    if noun_start is None:
                        continue
                    span = (noun_start, end)
                if written != entry.name and not _opens_sentence(text, start):
                    continue  # "Freie Syrische Armee": a capital inside a sentence is a name's
                found.setdefault(span, set()).add(entry.actor_id)
                languages[span] = g.language
            for (s, e), ids in found.items():
                if len(ids) != 1:
                    continue  # two actors go by the form: no mention
                if s > 0 and text[s - 1] == "-" and _after_a_stance(text, s, words.stance_prefixes):
                    continue
                if normalize_name(text[s:e]) in self._exact:
                    continue  # also a name: found as one
                out.append((s, e, ids.pop()))
                made[number] = languages[s, e]
        if len(made) < len(hits):
            out.extend(self._coordinated(text, on, hits, made, scanner))
        return out

    def _coordinated(
        self,
        text: str,
        on: dt.date | None,
        hits: list[tuple[int, int, int]],
        made: dict[int, str],
        scanner: MentionScanner[_Entry],
    ) -> list[tuple[int, int, str]]:
        """Demonyms that share the force noun of a descriptor next to them, joined by a
        comma or a coordinator of its language ("Russian and Syrian warplanes", "US,
        British and French forces", "les forces russes et syriennes"): each names its own
        country's military, its span the demonym alone."""
        d = self._descriptors()
        out: list[tuple[int, int, str]] = []
        order = sorted(range(len(hits)), key=lambda i: hits[i][0])
        for backward in (True, False):  # demonym first: from the noun back; else forward
            sequence = order[::-1] if backward else order
            for at, number in enumerate(sequence[1:], 1):
                if number in made:
                    continue
                neighbour = sequence[at - 1]
                language = made.get(neighbour)
                if language is None:
                    continue
                g = d.grammars[language]
                if backward != (g.order == DEMONYM_NOUN):
                    continue
                start, end, group = hits[number]
                other_start, other_end, _ = hits[neighbour]
                gap = text[end:other_start] if backward else text[other_end:start]
                if not _coordinates(gap, g.coordinators):
                    continue
                written = text[start:end]
                ids = {
                    e.actor_id
                    for e in scanner.payloads(group)
                    if e.descriptor
                    and e.language == language
                    and (on is None or e.valid_on(on))
                    and (written == e.name or _opens_sentence(text, start))
                }
                if len(ids) != 1:
                    continue
                if backward and joined_word_before(text, start)[0].lower() in (
                    self._words.backer_words
                ):
                    continue
                if (
                    start > 0
                    and text[start - 1] == "-"
                    and _after_a_stance(text, start, self._words.stance_prefixes)
                ):
                    continue
                out.append((start, end, ids.pop()))
                made[number] = language
        return out

    @staticmethod
    def _noun_after(
        text: str, end: int, g: DescriptorWords, nouns: frozenset[str], edges: frozenset[str]
    ) -> int | None:
        """Where the longest force noun of ``g`` joined to ``text[:end]`` ends, or None."""
        for joiner in g.joiners:
            if text.startswith(joiner, end):
                begin = end + len(joiner)
                break
        else:
            return None
        first = _TOKEN.match(text, begin)
        if first is None:
            return None
        word = first.group().lower()
        if word not in edges and _POSSESSIVE.sub("", word) not in edges:
            return None  # no force noun starts so (most demonyms in running text)
        ends: list[int] = []
        pos = begin
        while len(ends) < _NOUN_WORDS:
            m = _TOKEN.match(text, pos)
            if m is None:
                break
            word_end = m.end()
            while text[word_end - 1] in "-'’":
                word_end -= 1
            cut = min(
                (i for i in map(text.find, _APOSTROPHES, (m.start(),) * 2) if i >= 0), default=-1
            )
            if m.start() < cut < word_end:
                ends.append(cut)  # "army's": the noun before a possessive or a clitic
            ends.append(word_end)
            if not text.startswith(" ", word_end):
                break
            pos = word_end + 1
        for stop in reversed(ends):
            phrase = text[begin:stop]
            if _as_written(phrase) and normalize_name(phrase) in nouns:
                return stop
        return None

    def _noun_before(
        self,
        text: str,
        start: int,
        g: DescriptorWords,
        nouns: frozenset[str],
        edges: frozenset[str],
    ) -> int | None:
        """Where the longest force noun of ``g`` joined before ``text[start:]`` starts
        (after an elided article or a joined prefix that its first word carries), or None."""
        for joiner in g.joiners:
            if text.endswith(joiner, 0, start):
                stop = start - len(joiner)
                break
        else:
            return None
        last = _TOKEN_BEFORE.search(text, max(0, stop - 64), stop)
        if last is None:
            return None
        word = last.group().lower()
        cut = max(word.rfind(a) for a in _APOSTROPHES)
        if not (
            word in edges
            or word[cut + 1 :] in edges
            or any(
                word.startswith(p) and f"{stands}{word[len(p) :]}" in edges
                for p, stands in g.proclitics
            )
        ):
            return None  # no force noun ends so
        starts: list[int] = []
        pos = stop
        while len(starts) < _NOUN_WORDS:
            m = _TOKEN_BEFORE.search(text, max(0, pos - 64), pos)
            if m is None:
                break
            starts.append(m.start())
            if m.start() == 0 or text[m.start() - 1] != " ":
                break
            pos = m.start() - 1
        articles = self._words.leading_articles
        for begin in reversed(starts):
            phrase = text[begin:stop]
            if not _as_written(phrase) or phrase.split(" ", 1)[0].lower() in articles:
                continue  # (the name key drops a leading "the": it is no noun's)
            for key, offset in self._noun_keys(phrase, g):
                if key in nouns:
                    return begin + offset
        return None

    def _mentions_and_definitions(
        self, text: str, *, on: dt.date | None = None, language: str | None = None
    ) -> tuple[list[Mention], dict[str, Actor]]:
        """``find_mentions(text, on=on, definitions=True, language=language)`` and the
        actors the mentions name: the registry's, and the text-local ones its definitions
        make (one scan and one definition pass, for the extractor)."""
        plain = self.find_mentions(text, on=on, language=language)
        spans = [(m.start, m.end, m.entity_id) for m in plain]
        defined, local = self._defined_spans(text, spans, on)
        mentions = (
            plain if defined is spans else mentions_of(text, longest_non_overlapping(defined))
        )
        actors: dict[str, Actor] = {}
        for mention in mentions:
            actor_id = mention.entity_id
            if actor_id in actors:
                continue
            found = self._actors.get(actor_id) or local.get(actor_id)
            if found is not None:
                actors[actor_id] = found
        return mentions, actors

    # -- in-text definitions -------------------------------------------------------------

    def _definition_targets(
        self, text: str, on: dt.date | None
    ) -> list[tuple[Definition, str, Actor | None]]:
        """Each definition of ``text`` (the first one of an acronym), with the id it gives
        the acronym and the text-local actor to create when the registry does not know the
        long name."""
        from conflict_events.io._csv import actor_id as slug_id
        from conflict_events.resolve._definitions import find_definitions

        out: list[tuple[Definition, str, Actor | None]] = []
        seen: set[str] = set()
        for d in find_definitions(text, lexicon=self._lexicon):
            if d.acronym in seen:
                continue
            seen.add(d.acronym)
            known = self._lookup_exact(d.name, on)
            if known is not None:
                out.append((d, known, None))
                continue
            new = Actor(
                id=slug_id("text", d.name),
                name=d.name,
                kind=ActorKind.OTHER,
                aliases=(Alias(name=d.acronym, acronym=True),),
                description=f"defined in the text as {d.name} ({d.acronym})",
            )
            out.append((d, new.id, new))
        return out

    def with_definitions(self, text: str, *, on: dt.date | None = None) -> ActorRegistry:
        """A copy of the registry in which the acronyms ``text`` defines ("the Rapid
        Support Forces (RSF)") are names: an acronym alias of the actor the long name
        resolves to exactly, else of a new text-local actor ``actor:text:<slug of the
        name>`` (kind ``other``).  A defined acronym means only its defined actor in the
        copy, whatever else the registry calls by it.  See docs/names.md.

        >>> registry = ActorRegistry.default()
        >>> local = registry.with_definitions("The Lions of the Savanna Front (LSF) attacked.")
        >>> local.resolve("LSF").id
        'actor:text:lions-of-the-savanna-front'
        >>> local = registry.with_definitions("the Syrian Democratic Forces (QSD) said")
        >>> local.resolve("QSD").id
        'actor:sdf'
        """
        copy = self._copy()
        for d, target, new in self._definition_targets(text, on):
            if new is not None:
                if new.id not in copy._actors:
                    copy.add(new)
            else:
                copy.add_alias(target, Alias(name=d.acronym, acronym=True))
            key = acronym_key(d.acronym)
            copy._acronyms[key] = tuple(e for e in copy._acronyms[key] if e.actor_id == target)
        return copy

    def _defined_spans(
        self, text: str, spans: list[tuple[int, int, str]], on: dt.date | None
    ) -> tuple[list[tuple[int, int, str]], dict[str, Actor]]:
        """``spans`` with the text's definitions applied (``spans`` itself when it defines
        nothing), and the text-local actors they make, by id."""
        local: list[tuple[int, int, str]] = []
        made: dict[str, Actor] = {}
        for d, target, new in self._definition_targets(text, on):
            if new is not None:
                made[new.id] = new
            local.append((d.start, d.end, target))
            names = [d.acronym] if new is None else [d.acronym, d.name]
            for name in names:
                at = text.find(name, d.acronym_start)
                while at >= 0:
                    end = at + len(name)
                    if (at == 0 or not text[at - 1].isalnum()) and (
                        end == len(text) or not text[end].isalnum()
                    ):
                        local.append((at, end, target))
                    at = text.find(name, end)
        if not local:
            return spans, made
        # The text's own definitions win over the registry's reading of the same letters.
        kept = [span for span in spans if not any(s < span[1] and span[0] < e for s, e, _ in local)]
        return kept + local, made


def _after_a_stance(text: str, start: int, prefixes: tuple[str, ...]) -> bool:
    # "pro-government forces" are militias, "anti-government forces" rebels.
    for prefix in prefixes:
        begin = start - 1 - len(prefix)
        if begin >= 0 and text[begin : start - 1].lower() == prefix:
            return begin == 0 or not text[begin - 1].isalnum()
    return False


def _after_an_opening_word(text: str, start: int, language: str, form: bool) -> bool:
    """Whether the capitalised word right before ``text[start:]`` opens the sentence and
    is a word of ``language`` ("Le Hezbollah", "Die Hamas"; Turkish "Saldırıyı", one with a
    case ending: :func:`is_language_word`), or one letter ("O Estado Islâmico"): no part of a
    name.  Before a name in an oblique case ("Боевики Группы
    Вагнера") any word that opens the sentence is: the case starts a phrase of its own."""
    word, at = joined_word_before(text, start)
    if at < 0 or not _opens_sentence(text, at):
        return False
    return form or len(word) == 1 or is_language_word(word.lower(), language)


def _continues_a_capitalised_word(text: str, start: int, free_before: frozenset[str]) -> bool:
    before = capitalised_word_before(text, start).lower()
    return bool(before) and before not in free_before


@functools.cache
def _default_registry() -> ActorRegistry:
    # The built-in registry, indexed once per process (indexes and mention scanner read from
    # the on-disk cache when a process derived them); default() hands out copies.
    return _cached_default(_builtin_data())


# -- the built-in registry's derived state, kept between processes ------------------------
#
# A new process reads the built-in registry's name indexes and mention scanner back from
# the on-disk cache (conflict_events._cache) instead of normalising some 5,000 names and
# building the scanner's keys again.  Only plain data is stored: the entries as columns
# (actor id, name, validity as day numbers, descriptor flag), the exact / Arabic / acronym
# indexes and the scanner's tables as entry numbers, and per scanner group its one actor and
# kind.  The actors themselves are still read from actors.json.  The key covers what the
# derivation reads: the package version, actors.json, the English lexicon's files, anyascii's
# version and the source of the deriving modules, so a changed name, word or rule is
# rebuilt, never served stale.

# Bumped whenever the layout of the cached data changes.
_CACHE_FORMAT = 4
# The modules whose code derives what is cached (their source is part of the key).
_CACHE_DERIVING_MODULES = (
    "resolve/_registry.py",
    "resolve/_automaton.py",
    "resolve/_normalize.py",
    "resolve/_words.py",
    "resolve/_actor_forms.py",
    "model/_actor.py",
    "lexicon/_load.py",
)


def _cached_default(document: _Document) -> ActorRegistry:
    """The registry of ``document`` (the built-in actors) with its indexes and mention
    scanner read from the cache when a process derived them already, else built (and
    written for the next process)."""
    from conflict_events import _cache

    built: list[ActorRegistry] = []

    def build() -> object:
        registry = _cache_fresh(document)
        built.append(registry)
        return _cache_snapshot(registry)

    try:
        key = _cache_key()
    except OSError:  # sources not readable as files (a zip import): no cache
        return _cache_fresh(document)
    data = _cache.cached_data("registry", key, build, check=_cache_plain)
    if built:
        return built[0]
    try:
        return _cache_restore(document, data)
    except Exception:  # a shape the checks let through but the registry refuses: rebuilt
        return _cache_fresh(document)


def _cache_fresh(document: _Document) -> ActorRegistry:
    return ActorRegistry(
        document.actors,
        sources=document.sources,
        demonyms=document.demonyms,
        force_nouns=document.force_nouns,
        language_demonyms=document.languages,
    )


def _cache_key() -> str:
    from conflict_events import _cache
    from conflict_events._version import __version__

    # anyascii's transliterations are in the name keys
    transliteration = _cache.installed_version("anyascii")
    data = _PACKAGE.joinpath("data")
    lexicon = data.joinpath("lexicon", "en")
    parts: list[bytes | str] = [
        f"registry {_CACHE_FORMAT} {__version__} anyascii {transliteration}",
        data.joinpath("actors.json").read_bytes(),
    ]
    for entry in sorted(lexicon.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            parts.extend((entry.name, entry.read_bytes()))
    # every language's names table: its force nouns and inflections make descriptor keys
    for language in available_languages():
        names = data.joinpath("lexicon", language, "names.toml")
        if language != "en" and names.is_file():
            parts.extend((f"{language}/names.toml", names.read_bytes()))
    package = Path(__file__).resolve().parent.parent
    for module in _CACHE_DERIVING_MODULES:
        parts.extend((module, (package / module).read_bytes()))
    return _cache.content_key(parts)


def _cache_day(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal()


def _cache_date(number: int | None) -> dt.date | None:
    return None if number is None else dt.date.fromordinal(number)


def _cache_snapshot(registry: ActorRegistry) -> tuple[Any, ...]:
    """The registry's derived state as plain data: the entries as columns, the rest as
    entry numbers."""
    numbers: dict[_Entry, int] = {}

    def number(entries: tuple[_Entry, ...]) -> list[int]:
        return [numbers.setdefault(entry, len(numbers)) for entry in entries]

    def index(table: dict[str, tuple[_Entry, ...]]) -> dict[str, list[int]]:
        return {key: number(entries) for key, entries in table.items()}

    exact, arabic = index(registry._exact), index(registry._arabic)
    acronyms, forms = index(registry._acronyms), index(registry._forms)
    scanning = registry._mention_scanning()
    groups, words, cased = scanning.scanner.tables()
    group_entries = [number(group) for group in groups]
    columns = (
        [e.actor_id for e in numbers],
        [e.name for e in numbers],
        [_cache_day(e.valid_from) for e in numbers],
        [_cache_day(e.valid_until) for e in numbers],
        [e.descriptor for e in numbers],
        [e.language for e in numbers],
    )
    return (
        columns,
        exact,
        arabic,
        acronyms,
        forms,
        group_entries,
        words,
        cased,
        list(scanning.decided),
        list(scanning.kinds),
    )


def _cache_restore(document: _Document, data: Any) -> ActorRegistry:
    # Some 20,000 tuples and no cycle among them: the collector's passes over everything
    # alive, which so many new objects set off, were most of the restore's time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _restored(document, data)
    finally:
        if enabled:
            gc.enable()


def _restored(document: _Document, data: Any) -> ActorRegistry:
    columns, exact, arabic, acronyms, forms, groups, words, cased, decided, kinds = data
    ids, names, starts, ends, descriptors, languages = columns
    entries = list(
        map(
            _Entry,
            ids,
            names,
            map(_cache_date, starts),
            map(_cache_date, ends),
            map(bool, descriptors),
            languages,
        )
    )
    get = entries.__getitem__

    def index(table: dict[str, list[int]]) -> dict[str, tuple[_Entry, ...]]:
        return {key: tuple(map(get, numbers)) for key, numbers in table.items()}

    registry = ActorRegistry(
        sources=document.sources,
        demonyms=document.demonyms,
        force_nouns=document.force_nouns,
        language_demonyms=document.languages,
    )
    registry._actors = {actor.id: actor for actor in document.actors}
    registry._exact, registry._arabic = index(exact), index(arabic)
    registry._acronyms, registry._forms = index(acronyms), index(forms)
    scanner: MentionScanner[_Entry] = MentionScanner.from_tables(
        ([tuple(map(get, group)) for group in groups], words, cased)
    )
    registry._derived.scanning = _Scanning(scanner, list(decided), list(kinds))
    return registry


def _cache_types(values: object, *kinds: type) -> bool:
    """Whether ``values`` is a list of values of exactly the types ``kinds``."""
    return isinstance(values, list) and set(map(type, values)) <= set(kinds)


def _cache_in_range(lists: Any, size: int) -> bool:
    """Whether ``lists`` is a list of lists of entry numbers below ``size``."""
    if not _cache_types(lists, list):
        return False
    flat = list(chain.from_iterable(lists))
    return _cache_types(flat, int) and (not flat or (min(flat) >= 0 and max(flat) < size))


def _cache_index_ok(value: object, size: int) -> bool:
    return (
        isinstance(value, dict)
        and _cache_types(list(value), str)
        and _cache_in_range(list(value.values()), size)
    )


def _cache_plain(data: object) -> bool:
    """Whether ``data`` has the shape :func:`_cache_snapshot` writes, every number in range."""
    if not (isinstance(data, tuple) and len(data) == 10):
        return False
    columns, exact, arabic, acronyms, forms_index, groups, words, cased, decided, kinds = data
    if not (isinstance(columns, tuple) and len(columns) == 6):
        return False
    ids, names, starts, ends, descriptors, languages = columns
    size = len(ids) if isinstance(ids, list) else -1
    if not (
        _cache_types(ids, str)
        and _cache_types(names, str)
        and _cache_types(starts, int, type(None))
        and _cache_types(ends, int, type(None))
        and _cache_types(descriptors, bool)
        and _cache_types(languages, str)
        and len({size, len(names), len(starts), len(ends), len(descriptors), len(languages)}) == 1
    ):
        return False
    count = len(groups) if isinstance(groups, list) else -1
    forms = (
        list(chain.from_iterable(f.items() for f in cased.values()))
        if isinstance(cased, dict) and _cache_types(list(cased.values()), dict)
        else None
    )
    return (
        all(_cache_index_ok(table, size) for table in (exact, arabic, acronyms, forms_index))
        and _cache_in_range(groups, size)
        and isinstance(words, dict)
        and _cache_types(list(words), str)
        and _cache_in_range([list(words.values())], count)
        and forms is not None
        and _cache_types(list(cased), str)
        and _cache_types([form for form, _ in forms], str)
        and all(
            type(v) is tuple
            and len(v) == 3
            and type(v[0]) is int
            and 0 <= v[0] < count
            and type(v[1]) is str
            and type(v[2]) is bool
            for _, v in forms
        )
        and _cache_types(decided, str, type(None))
        and len(decided) == count
        and _cache_types(kinds, int)
        and len(kinds) == count
    )


def _recipe(exc: UnknownNameError | AmbiguousNameError) -> Callable[[], LookupError]:
    # A fresh exception per raise: re-raising one cached object would grow its traceback.
    if isinstance(exc, AmbiguousNameError):
        message = str(exc)

        def ambiguous() -> LookupError:
            err = AmbiguousNameError(exc.name, exc.candidates, "actor")
            err.args = (message,)
            return err

        return ambiguous

    # the suggestions stay a function until a message is read, and are then shared
    def unknown() -> LookupError:
        return UnknownNameError(exc.name, "actor", exc.hint, lambda: exc.suggestions)

    return unknown
