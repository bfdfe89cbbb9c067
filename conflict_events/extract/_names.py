"""The names of one article read as a careful reader does (docs/names.md, "In an article").

:func:`find_names` is the extractor's names stage: the actors it names — with the acronyms
it defines ("the Rapid Support Forces (RSF)") known for the rest of the text — the
armed-group names no registry knows (reported, never dropped), and its places read in the
article's country (voted by its places, its actors and its dateline's place) with the admin
paths the text writes ("Sirarou (N'Dali, Borgou)").  Exact names only: no fuzzy match ever
picks an actor or a place in running text.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

import attrs

from conflict_events._errors import AmbiguousNameError, UnknownNameError
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import Actor, ActorKind, LocationKind
from conflict_events.parse._counts import count_grammar
from conflict_events.resolve._definitions import UnresolvedActor, find_unresolved_actors
from conflict_events.resolve._definitions import _grammar as definitions_grammar
from conflict_events.resolve._gazetteer import IN_PREFIX
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._normalize import normalize_name
from conflict_events.resolve._place_context import (
    admin_path_places,
    article_country,
    country_of,
    read_admin_paths,
)
from conflict_events.resolve._words import name_words
from conflict_events.text._keywords import Vocabulary, covering_stems, keyword_hits, register
from conflict_events.text._segment import lower_same_length

if TYPE_CHECKING:
    from conflict_events.extract._dateline import Dateline
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._registry import ActorRegistry

__all__ = ["ArticleNames", "ArticleResolver", "find_names"]

_BARE_NOUNS = "names.descriptors.bare_nouns"
_FORCES_OF = "names.descriptors.forces_of"
_GOVERNMENT = "names.descriptors.government"
_SECURITY = "names.descriptors.security"
_GROUP_NOUNS = "names.descriptors.group_nouns.nouns"
_REFERENCES = "names.descriptors.group_nouns.references"
_REFERENCE_ARTICLES = "names.descriptors.group_nouns.definite"
_PROCLITICS = "names.descriptors.proclitics"
_DETERMINERS = "attribution.names.determiners"
# Actors of these kinds belong to a state: one of another country in the article makes a
# bare force noun ambiguous ("Rwandan soldiers" in Mozambique, Russia and Ukraine).
_STATE_KINDS = frozenset({ActorKind.STATE_FORCE, ActorKind.GOVERNMENT})
# Actors that report, monitor or help: where they are based (AFP in France, TASS in Russia, the
# Syrian Observatory in Britain) says nothing of where the article's events are.
_REPORTING_KINDS = frozenset({ActorKind.MEDIA, ActorKind.MONITOR, ActorKind.NGO, ActorKind.IGO})
# The armed sides that are no state: one of them alone in an article is who its "militants"
# are (docs/names.md, "A bare force noun").
_NON_STATE_KINDS = frozenset(
    {
        ActorKind.REBEL_GROUP,
        ActorKind.POLITICAL_MILITIA,
        ActorKind.IDENTITY_MILITIA,
        ActorKind.NON_STATE_GROUP,
    }
)
_TEXT_ACTOR = "actor:text:"
_SPAN = operator.attrgetter("start", "end")


class ArticleResolver:
    """A registry as one article reads it: every name as the registry resolves it, and the
    article's bare force nouns ("One soldier", "deux gendarmes") as the state force of the
    article's country, and its phrases naming a state's forces without the state ("government
    soldiers", "the security forces") as that country's (docs/names.md, "A bare force noun",
    "A government's forces"; built by :func:`find_names`).

    >>> from conflict_events import ActorRegistry
    >>> resolver = ArticleResolver(
    ...     ActorRegistry.default(), {"soldier": "actor:mali-mil"},
    ...     phrases={"government troops": "actor:mali-mil"})
    >>> resolver._bare_force("Soldier"), resolver.resolve("FAMa").id
    ('actor:mali-mil', 'actor:mali-mil')
    >>> resolver._lookup("the government troops"), resolver._lookup("Chadian government troops")
    ('actor:mali-mil', None)
    >>> resolver = ArticleResolver(
    ...     ActorRegistry.default(), {}, references={"group": "actor:al-shabaab"},
    ...     definite=frozenset({"the"}))
    >>> resolver._lookup("the group"), resolver._lookup("a group")
    ('actor:al-shabaab', None)
    """

    __slots__ = (
        "definite",
        "deployed",
        "determiners",
        "forces",
        "last_words",
        "phrases",
        "prefixes",
        "references",
        "registry",
        "short_forms",
    )

    def __init__(
        self,
        registry: ActorRegistry,
        forces: Mapping[str, str],
        *,
        phrases: Mapping[str, str] | None = None,
        determiners: frozenset[str] = frozenset(),
        references: Mapping[str, str] | None = None,
        definite: frozenset[str] = frozenset(),
        deployed: Mapping[str, str] | None = None,
        short_forms: Mapping[str, str] | None = None,
        prefixes: tuple[str, ...] = (),
    ) -> None:
        self.registry = registry
        #: a state (ISO code) -> the one force of that state deployed abroad that the article
        #: names: its state forces are that force here ("российских военных" in a Mali story
        #: naming the Africa Corps)
        self.deployed = dict(deployed or {})
        #: the first word of a name of several words the article gives, stripped of a joined
        #: article (``prefixes``) -> its actor: the word alone with its article is that
        #: name's short form ("عناصر من الحشد" after "الحشد الشعبي")
        self.short_forms = dict(short_forms or {})
        self.prefixes = prefixes
        #: bare force noun (lower case) -> the actor id it names in this article
        self.forces = dict(forces)
        #: name key of a phrase naming a state's forces without the state -> the actor id
        self.phrases = {normalize_name(p): a for p, a in (phrases or {}).items()}
        #: the phrases' last words, lower case: a name ending otherwise is no phrase
        self.last_words = frozenset(p.split()[-1].lower() for p in phrases or {} if p.split())
        #: capitalised words that may stand before such a phrase ("The"), in lower case
        self.determiners = determiners
        #: a noun an organisation is called by ("group", "التنظيم"), lower case -> the group
        #: it points back to in this article (docs/names.md, "The group named before")
        self.references = dict(references or {})
        #: the definite articles that may stand before such a noun ("the", "la")
        self.definite = definite

    def resolve(self, name: str, *, on: dt.date | None = None) -> Actor:
        return self.registry.resolve(name, on=on)

    def _lookup(self, name: str, on: dt.date | None = None) -> str | None:
        if self.phrases:
            found = self._phrase(name)
            if found is not None:
                return found
        if self.references:
            found = self._reference(name)
            if found is not None:
                return found
        found = self.registry._lookup(name, on)
        if found is None and self.short_forms:
            found = self._short_form(name)
        # (the call only where the article names a force deployed abroad: this lookup is hot)
        return self._deploy(found) if self.deployed and found is not None else found

    def _short_form(self, name: str) -> str | None:
        """The actor whose name of several words, given in the article, ``name`` (one word
        with its joined article) is the first word of, or None."""
        words = name.split()
        if len(words) != 1:
            return None
        stem = _stem(words[0], self.prefixes)
        return None if stem is None else self.short_forms.get(stem)

    def _deploy(self, found: str) -> str:
        """``found``, or the force deployed abroad that stands for it in this article (asked
        only where the article names one)."""
        try:
            actor = self.registry.get(found)
        except LookupError:
            return found
        if actor.kind is ActorKind.STATE_FORCE and actor.country in self.deployed:
            return self.deployed[actor.country]
        return found

    def _reference(self, name: str) -> str | None:
        """The group a party named only by an organisation's noun points back to ("the
        group", "la organización", "التنظيم"), or None: the noun alone or after a definite
        article, never after another word ("a group", "an armed group")."""
        words = name.split()
        if len(words) == 2 and (
            words[0].lower() in self.definite
            # a genitive after the people's noun, in a language with no article
            # ("боевиков группировки": militants of the group)
            or (not self.definite and words[0].islower() and words[1].islower())
        ):
            words = words[1:]
        if len(words) != 1:
            return None
        return self.references.get(_unelided(words[0].lower(), self.definite))

    def _phrase(self, name: str) -> str | None:
        """The force a phrase ending ``name`` names ("members of the security forces"), or
        None; a capitalised word before the phrase continues a name ("Chadian government
        troops" are no article's)."""
        words = name.split()
        if not words or words[-1].lower() not in self.last_words:
            return None
        for k in range(len(words)):
            if k and words[k - 1][:1].isupper() and words[k - 1].lower() not in self.determiners:
                continue
            found = self.phrases.get(normalize_name(" ".join(words[k:])))
            if found is not None:
                return found
        return None

    def _descriptor_lookup(self, name: str, on: dt.date | None = None) -> str | None:
        found = self.registry._descriptor_lookup(name, on)
        return self._deploy(found) if self.deployed and found is not None else found

    def _bare_force(self, noun: str) -> str | None:
        """The state force the bare victim noun ``noun`` names in the article, or None."""
        return self.forces.get(noun.lower())


@attrs.frozen(kw_only=True)
class ArticleNames:
    """What :func:`find_names` finds: actor mentions and the actors they name (by id, the
    text-local actors of its definitions included), place mentions, the armed-group names
    no registry knows, and the country the article is about (None when nothing settles it).
    """

    actor_mentions: tuple[Mention, ...] = ()
    actors: Mapping[str, Actor] = attrs.field(factory=dict)
    place_mentions: tuple[Mention, ...] = ()
    unresolved: tuple[UnresolvedActor, ...] = ()
    country: str | None = None
    #: What the casualty stage resolves the article's names with: the registry, with the
    #: article's bare force nouns where the rule of docs/names.md applies.
    resolver: ArticleResolver | None = None


@functools.cache
def _count_words(lexicon: Lexicon) -> frozenset[str]:
    """The number words of ``lexicon``'s count grammar: in that language's text a place
    mention spelt as one ("Sete" opening a Portuguese sentence is seven, not Sète) is a count."""
    return frozenset(word.casefold() for word in count_grammar(lexicon).number_words)


def find_names(
    text: str,
    registry: ActorRegistry,
    gazetteer: Gazetteer,
    *,
    dateline: Dateline | None = None,
    lexicon: Lexicon | str = "en",
) -> ArticleNames:
    """The actors, places and unresolved armed-group names of one article.

    Actors: ``registry.find_mentions(text, definitions=True)``.  Places: the gazetteer's
    mentions that no actor name covers ("SANA" is an agency before it is a town), read in
    the article's country (:func:`~conflict_events.resolve.article_country` of those
    places, the actors' countries and the dateline's place) and with the admin paths the
    text writes (:func:`~conflict_events.resolve.read_admin_paths`).

    >>> from conflict_events import ActorRegistry, Gazetteer
    >>> names = find_names(
    ...     "Fighters of the Lions of the Savanna Front (LSF) attacked Kandi (Alibori). "
    ...     "The LSF also raided Guilmaro.", ActorRegistry.default(), Gazetteer.default())
    >>> [(m.text, m.entity_id) for m in names.actor_mentions]
    [('Lions of the Savanna Front', 'actor:text:lions-of-the-savanna-front'), ('LSF', 'actor:text:lions-of-the-savanna-front'), ('LSF', 'actor:text:lions-of-the-savanna-front')]
    >>> names.country, [(m.text, m.entity_id) for m in names.place_mentions]
    ('BJ', [('Kandi', 'geonames:2393693'), ('Alibori', 'iso3166-2:BJ-AL'), ('Guilmaro', 'geonames:2393917')])
    """
    lex = load(lexicon)
    actor_mentions, actors = registry._mentions_and_definitions(text, language=lex.language)
    # Name words (group head words, function words) are in the lexicons that have a names
    # table; another language reads them with the registry's (docs/languages.md).
    names_lexicon = lex if lex.has("names.actors") else registry.lexicon
    unresolved = find_unresolved_actors(
        text, registry, lexicon=names_lexicon, mentions=actor_mentions, language=lex
    )
    taken = sorted((m.start, m.end) for m in actor_mentions)
    counts = _count_words(lex)
    first = [
        m
        for m in gazetteer.find_mentions(text)
        if not _overlaps(taken, m.start, m.end) and m.text.casefold() not in counts
    ]
    named: list[str | None] = []
    by_nationality: list[str | None] = []
    # the spans of the state forces named by nationality ("Russian warplanes")
    nationality_spans: set[tuple[int, int]] = set()
    for m in actor_mentions:
        actor = actors.get(m.entity_id)
        if actor is not None and actor.kind not in _REPORTING_KINDS:
            # "Russian warplanes" is as often a foreign force as the home one: a weak vote.
            weak = actor.kind in _STATE_KINDS and registry._by_nationality(m.text)
            (by_nationality if weak else named).append(actor.country)
            if weak:
                nationality_spans.add((m.start, m.end))
    country = article_country(
        [m.entity_id for m in first] + admin_path_places(text, gazetteer),
        named,
        _dateline_place(dateline, gazetteer),
        gazetteer=gazetteer,
        nationality_countries=by_nationality,
    )
    if country is not None:
        # The country's villages and its readings of shared names come in.
        places = [
            m
            for m in gazetteer.find_mentions(text, country=country)
            if not _overlaps(taken, m.start, m.end) and m.text.casefold() not in counts
        ]
    else:
        places = first
    # A place cut out of a capitalised hyphenated name ("Croix" of "Croix-Rouge") is no place.
    places = _outside_compound_names(text, places, gazetteer, country)
    # An unknown name before "(...)" ("in:" mentions) that is an actor's, known or not, is
    # no place.
    names_taken = sorted(taken + [(u.start, u.end) for u in unresolved])
    places = [
        m
        for m in read_admin_paths(text, places, gazetteer, country=country, lexicon=names_lexicon)
        if not (m.entity_id.startswith(IN_PREFIX) and _overlaps(names_taken, m.start, m.end))
    ]
    # A bare force noun needs the text itself to place the article: a dateline alone is where
    # the correspondent files from (Cairo for Sudan, Nairobi for Somalia), no proof whose
    # soldiers a story's "soldiers" are.
    in_text = (
        set(named) | set(by_nationality) | {country_of(m.entity_id, gazetteer) for m in places}
    )
    home = country if country in in_text else None
    government = _government_spans(text, lex, taken) if home is not None else []
    forces, phrases, by_class = _bare_forces(
        registry, lex, home, actor_mentions, actors, nationality_spans, need=bool(government)
    )
    if government:
        # "government troops": the article's country's forces, as mentions of their own.
        actors = dict(actors)
        added = []
        for start, end, force_class in government:
            actor_id = by_class.get(force_class)
            if actor_id is None:
                continue
            try:
                actors.setdefault(actor_id, registry.get(actor_id))
            except UnknownNameError:
                continue
            added.append(Mention(text=text[start:end], start=start, end=end, entity_id=actor_id))
        actor_mentions = sorted([*actor_mentions, *added], key=_SPAN)
    groups = _non_state_groups(text, registry, lex, actor_mentions, actors)
    group = _one_group(text, lex, groups, unresolved)
    if group is not None:
        # "more than 30 militants": the one non-state armed group the article names
        for noun in _group_nouns(lex):
            forces.setdefault(noun, group)
    # "three members of the group", "عناصر التنظيم": the group the noun introduced
    references = _group_references(text, lex, groups, group)
    prefixes = tuple(
        sorted(lex.optional_words("casualties.context.noun_prefixes"), key=len, reverse=True)
    )
    return ArticleNames(
        actor_mentions=tuple(actor_mentions),
        actors=actors,
        place_mentions=tuple(places),
        unresolved=tuple(unresolved),
        country=country,
        resolver=ArticleResolver(
            registry,
            forces,
            phrases=phrases,
            determiners=_determiners(lex),
            references=references,
            definite=_reference_articles(lex) if references else frozenset(),
            deployed=_deployed_forces(actor_mentions, actors),
            short_forms=_short_forms(actor_mentions, prefixes),
            prefixes=prefixes,
        ),
    )


def _stem(word: str, prefixes: tuple[str, ...]) -> str | None:
    """``word`` without the joined article of ``prefixes`` (longest first) it starts with, or
    None when it has none: a word with no article is no short form."""
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return normalize_name(word[len(prefix) :])
    return None


def _short_forms(actor_mentions: Sequence[Mention], prefixes: tuple[str, ...]) -> dict[str, str]:
    """The first words of the article's names of several words (their joined article off)
    -> the actor, where one actor alone has that first word: a language whose nouns take
    a joined article (``casualties.context.noun_prefixes``) calls a party by its name's
    first word ("الحشد" for "الحشد الشعبي")."""
    if not prefixes:
        return {}
    found: dict[str, set[str]] = {}
    for m in actor_mentions:
        words = m.text.split()
        if len(words) < 2:
            continue
        stem = _stem(words[0], prefixes)
        if stem is not None:
            found.setdefault(stem, set()).add(m.entity_id)
    return {stem: next(iter(ids)) for stem, ids in found.items() if len(ids) == 1}


def _deployed_forces(
    actor_mentions: Sequence[Mention],
    actors: Mapping[str, Actor],
) -> dict[str, str]:
    """A foreign state's forces as the article names them: the state (ISO code) -> the force
    of that state deployed abroad (an ``external_force``: the Africa Corps, a contractor) that
    the article names by name, where it is the only one of its state named and it is named
    at least as often as that state's own forces ("российских военных" in a Mali story about
    the Africa Corps are the Africa Corps).  The article's country is not asked: the force's
    own mentions vote for its state, and a story about that state's war at home names its
    state forces more often than a force it deploys abroad.
    """
    if not any(a.kind is ActorKind.EXTERNAL_FORCE for a in actors.values()):
        return {}  # (the usual article: no force abroad named, nothing counted)
    named: dict[str, int] = {}
    for m in actor_mentions:
        named[m.entity_id] = named.get(m.entity_id, 0) + 1
    abroad: dict[str, list[str]] = {}
    state: dict[str, int] = {}
    for actor_id, n in named.items():
        actor = actors.get(actor_id)
        if actor is None or actor.country is None:
            continue
        if actor.kind is ActorKind.EXTERNAL_FORCE:
            abroad.setdefault(actor.country, []).append(actor_id)
        elif actor.kind is ActorKind.STATE_FORCE:
            state[actor.country] = state.get(actor.country, 0) + n
    return {
        home: ids[0]
        for home, ids in abroad.items()
        if len(ids) == 1 and named[ids[0]] >= state.get(home, 0)
    }


def _bare_forces(
    registry: ActorRegistry,
    lexicon: Lexicon,
    country: str | None,
    actor_mentions: Sequence[Mention],
    actors: Mapping[str, Actor],
    nationality_spans: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
    *,
    need: bool = False,
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """What the article's words for a state's forces name: (bare force noun -> actor id,
    phrase -> actor id, force class -> actor id).

    The forces of each class are the article's country's, when it has one.  Bare nouns
    ("soldiers") and security phrases ("security forces") name them only where no state
    actor (a state force or a government) of another country is named; "government" phrases
    ("government troops") name them even then — foreign troops are not the government's
    (docs/names.md).  A country named as a place ("the border with Niger") does not count:
    only its forces would.  ``need``: the classes are wanted even when only government
    phrases would read them (they are looked up only then).  ``nationality_spans``: the
    spans of the mentions that name a state force by nationality."""
    words = _force_words(lexicon, registry.lexicon)
    if country is None or words is None:
        return {}, {}, {}
    foreign = _foreign_forces(country, actor_mentions, actors, nationality_spans)
    if foreign and not need:
        return {}, {}, {}
    from conflict_events.resolve._acled_actors import _grammar as acled_grammar

    name = acled_grammar(registry.lexicon).country_names.get(country)
    if name is None:
        return {}, {}, {}
    forces: dict[str, str] = {}
    phrases: dict[str, str] = {}
    by_class: dict[str, str] = {}
    for force_class, template, nouns, government, security in words:
        actor_id = _forces_of(registry, template, country, name)
        if actor_id is None:
            continue
        by_class[force_class] = actor_id
        for phrase in government:
            phrases[phrase] = actor_id
        if foreign:
            continue
        for phrase in security:
            phrases[phrase] = actor_id
        for noun in nouns:
            forces[noun.lower()] = actor_id
    return forces, phrases, by_class


def _foreign_forces(
    country: str,
    actor_mentions: Sequence[Mention],
    actors: Mapping[str, Actor],
    nationality_spans: frozenset[tuple[int, int]] | set[tuple[int, int]],
) -> bool:
    """Whether another country's state actor makes the article's bare force nouns
    ambiguous.  It does, unless the article names its own country's forces at least as
    often as each foreign one and names every foreign one only by nationality ("malischen
    Armee" … "seit dem Abzug der französischen Truppen": the soldiers of a Malian story are
    Mali's); a foreign state named by its name ("FAMa", "Wagner", "the Rwandan Defence
    Force"), or as often as the home forces, is a party the story is also about."""
    home = 0
    abroad: dict[str | None, int] = {}
    by_name = False
    for m in actor_mentions:
        actor = actors.get(m.entity_id)
        if actor is None or actor.kind not in _STATE_KINDS or actor.country is None:
            continue
        if actor.country == country:
            home += 1
            continue
        abroad[actor.country] = abroad.get(actor.country, 0) + 1
        by_name = by_name or (m.start, m.end) not in nationality_spans
    if not abroad:
        return False
    return by_name or home == 0 or home < max(abroad.values())


@functools.cache
def _force_words(
    lexicon: Lexicon, registry_lexicon: Lexicon
) -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] | None:
    """Per force class the registry's lexicon names a template for ("Military Forces of
    {country}"): (class, template, bare nouns, government phrases, security phrases) of
    ``lexicon``; None where either lexicon has no such table (read once per lexicon)."""
    if not lexicon.has(_BARE_NOUNS) or not registry_lexicon.has(_FORCES_OF):
        return None
    bare = lexicon.mapping(_BARE_NOUNS)
    government = lexicon.mapping(_GOVERNMENT) if lexicon.has(_GOVERNMENT) else {}
    security = lexicon.mapping(_SECURITY) if lexicon.has(_SECURITY) else {}
    out = []
    for force_class, template in registry_lexicon.mapping(_FORCES_OF).items():
        if force_class not in bare and force_class not in government:
            continue
        out.append(
            (
                str(force_class),
                str(template),
                tuple(bare.get(force_class, ())),
                tuple(government.get(force_class, ())),
                tuple(security.get(force_class, ())),
            )
        )
    return tuple(out)


@functools.cache
def _group_nouns(lexicon: Lexicon) -> tuple[str, ...]:
    """``lexicon``'s generic enemy nouns ("militants"), lower case; none without any."""
    if not lexicon.has(_GROUP_NOUNS):
        return ()
    return tuple(noun.lower() for noun in lexicon.words(_GROUP_NOUNS))


# A name joined to the word after it by a hyphen ("al Qaeda-linked"): that word.
_JOINED_WORD = re.compile(r"-(\w+)")


@functools.cache
def _lower_words(lexicon: Lexicon, path: str) -> frozenset[str]:
    """The words at ``path``, lower case; none where the language has no such list."""
    if not lexicon.has(path):
        return frozenset()
    return frozenset(w.lower() for w in lexicon.words(path))


def _determiners(lexicon: Lexicon) -> frozenset[str]:
    """The articles of ``lexicon``'s language ("the", "les"), lower case."""
    return _lower_words(lexicon, _DETERMINERS)


@attrs.frozen
class _GovernmentWords:
    """The government phrases of a lexicon as the scan reads them (compiled once)."""

    #: every written form of every phrase, its class the name of the group that matched
    pattern: re.Pattern[str]
    #: the first words of the forms, lower case: the keyword index finds them, and the
    #: pattern is tried only where one starts a word
    firsts: frozenset[str]
    #: the forms listed with a capital ("Regierungstruppen"), which no guard reads
    capitalised: frozenset[str]
    #: the articles of the language ("the", "les"), which may open a phrase's sentence
    determiners: frozenset[str]


@functools.cache
def _government_words(lexicon: Lexicon) -> _GovernmentWords | None:
    """The government phrases of ``lexicon`` (``names.descriptors.government``) as written,
    with a capital first letter, in title case, and with each proclitic of the language
    joined ("والقوات الحكومية"); the class of each is its group's name.  None without any."""
    if not lexicon.has(_GOVERNMENT):
        return None
    proclitics = lexicon.mapping(_PROCLITICS) if lexicon.has(_PROCLITICS) else {}
    groups = []
    firsts: set[str] = set()
    capitalised: set[str] = set()
    for force_class in lexicon.mapping(_GOVERNMENT):
        if not force_class.isidentifier():
            continue
        forms: set[str] = set()
        for phrase in lexicon.words(f"{_GOVERNMENT}.{force_class}"):
            if phrase[:1].isupper():
                capitalised.add(phrase)
            written = {phrase, phrase[:1].upper() + phrase[1:], phrase.title()}
            for clitic, stands_for in proclitics.items():
                if not stands_for:
                    written.add(clitic + phrase)
                elif phrase.startswith(str(stands_for)):
                    written.add(clitic + phrase[len(str(stands_for)) :])
            forms |= written
        if forms:
            firsts.update(lower_same_length(form.split()[0]) for form in forms)
            alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            groups.append(f"(?P<{force_class}>{alternatives})")
    if not groups:
        return None
    return _GovernmentWords(
        re.compile("|".join(groups)),
        covering_stems(firsts),
        frozenset(capitalised),
        _determiners(lexicon),
    )


def _government_vocabulary(lexicon: Lexicon) -> Vocabulary:
    words = _government_words(lexicon)
    return Vocabulary() if words is None else Vocabulary(stems=words.firsts)


_GOVERNMENT_STAGE: Final = register("government phrases", _government_vocabulary)

# What may stand right before a sentence's first word (a capital there opens the sentence;
# anywhere else it continues a name).
_SENTENCE_OPENERS = frozenset('.!?:;\n"«“(')


def _government_spans(
    text: str, lexicon: Lexicon, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, force class) of each government phrase of ``text`` ("government
    troops") that no actor name covers ("Syrian government forces" is one) and that no
    capitalised word continues ("Chadian government troops": the Chadian government's, in
    any article); after "pro-" / "anti-" it is no mention (the hyphen)."""
    words = _government_words(lexicon)
    if words is None:
        return []
    out = []
    # The stems are the first words no other first word starts: one hit per place at most.
    for at, _, _ in keyword_hits(text, lexicon).get(_GOVERNMENT_STAGE):
        m = words.pattern.match(text, at)
        if m is not None and _government_mention(text, m, words, taken):
            out.append((m.start(), m.end(), str(m.lastgroup)))
    return out


def _government_mention(
    text: str, m: re.Match[str], words: _GovernmentWords, taken: Sequence[tuple[int, int]]
) -> bool:
    start, end = m.span()
    if (start and (text[start - 1].isalnum() or text[start - 1] in "_-")) or (
        end < len(text) and (text[end].isalnum() or text[end] in "_-")
    ):
        return False  # inside a word, or joined by a hyphen ("pro-government forces")
    if _overlaps(taken, start, end):
        return False
    if m.group() in words.capitalised:
        return True  # a noun of a language that capitalises nouns: no name continues
    # the word before, in the same sentence
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == start:
        return True
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    before = text[j:i]
    if not before[:1].isupper() or before.lower() in words.determiners:
        return True
    # a capitalised word that opens its sentence continues no name ("Then government
    # troops"); anywhere else it does ("Chadian government troops")
    k = j
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k == 0 or text[k - 1] in _SENTENCE_OPENERS


def _non_state_groups(
    text: str,
    registry: ActorRegistry,
    lexicon: Lexicon,
    actor_mentions: Sequence[Mention],
    actors: Mapping[str, Actor],
) -> list[tuple[Mention, str]]:
    """The mentions of non-state armed groups in the article, each with its actor id: its
    known groups (not one named only as another's backer: "the al Qaeda-linked group" names
    al Shabaab's sponsor, no party of its own) and the armed groups it defines ("the Lions
    of the Savanna Front (LSF)").  None where the language has no generic enemy noun."""
    if not actor_mentions or not _group_nouns(lexicon):
        return []
    backers = name_words(registry.lexicon).backer_words
    heads = definitions_grammar(
        lexicon if lexicon.has("names.actors") else registry.lexicon
    ).head_words
    groups: list[tuple[Mention, str]] = []
    for m in actor_mentions:
        actor = actors.get(m.entity_id)
        if actor is None:
            continue
        if actor.kind in _NON_STATE_KINDS:
            after = _JOINED_WORD.match(text, m.end, m.end + 20)
            if after is not None and after.group(1).lower() in backers:
                continue
            groups.append((m, actor.id))
        elif actor.id.startswith(_TEXT_ACTOR) and any(
            w.lower() in heads for w in actor.name.split()
        ):
            groups.append((m, actor.id))
    return groups


def _one_group(
    text: str,
    lexicon: Lexicon,
    groups: Sequence[tuple[Mention, str]],
    unresolved: Sequence[UnresolvedActor],
) -> str | None:
    """The id of the one non-state armed group the article names (``groups``, from
    :func:`_non_state_groups`), or None (none, or two: "Boko Haram and Iswap"); an
    armed-group name no registry knows counts as another, unless it opens a phrase naming a
    state's forces."""
    ids = {actor_id for _, actor_id in groups}
    if len(ids) != 1 or any(not _state_phrase(text, u, lexicon) for u in unresolved):
        return None
    return ids.pop()


@functools.cache
def _reference_words(lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    """The forms of each noun an organisation is called by (``names.descriptors.group_nouns
    .references``: "group", "التنظيم" / "تنظيم", "группировка" / "группировки"), lower
    case; none without the table."""
    if not lexicon.has(_REFERENCES):
        return ()
    table = lexicon.mapping(_REFERENCES)
    return tuple(
        frozenset(w.lower() for w in lexicon.words(f"{_REFERENCES}.{noun}")) for noun in table
    )


def _reference_articles(lexicon: Lexicon) -> frozenset[str]:
    """The definite articles that may stand before a reference noun ("the", "la")."""
    return _lower_words(lexicon, _REFERENCE_ARTICLES)


@functools.cache
def _proclitics(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """``lexicon``'s proclitics ("و", "لل" for "ال"), longest first; none without any."""
    if not lexicon.has(_PROCLITICS):
        return ()
    table = lexicon.mapping(_PROCLITICS)
    return tuple(sorted(((str(c), str(v)) for c, v in table.items()), key=lambda p: -len(p[0])))


def _unelided(word: str, articles: frozenset[str]) -> str:
    """``word`` without an elided article written joined to it ("l'organisation")."""
    for article in articles:
        if article[-1:] in "'’" and word.startswith(article) and len(word) > len(article):
            return word[len(article) :]
    return word


# The words of a stretch of text, punctuation dropped (hyphens and apostrophes kept).
_WORD_RE = re.compile(r"\w[\w'’-]*")
# How far a group's name and the noun that introduces it may stand apart (two words).
_INTRODUCTION_REACH: Final = 30


def _group_references(
    text: str,
    lexicon: Lexicon,
    groups: Sequence[tuple[Mention, str]],
    one: str | None,
) -> dict[str, str]:
    """The group each noun an organisation is called by points back to in the article (form,
    lower case -> actor id): the one group the text introduced with that noun ("jihadists of
    the Islamic State group", "تنظيم الدولة الإسلامية", "جماعة الحوثي", "группировки ИГ":
    the noun in the name, right before it or at most two words after it), else, where no
    group was introduced with it, the one non-state armed group the article names (``one``).
    Two groups introduced with one noun leave it unread."""
    table = _reference_words(lexicon)
    if not table or not groups:
        return {}
    clitics = _proclitics(lexicon)
    definite = _reference_articles(lexicon)
    near: list[set[str]] = []
    for m, _ in groups:
        before = _WORD_RE.findall(text[max(0, m.start - _INTRODUCTION_REACH) : m.start])[-1:]
        after = _WORD_RE.findall(text[m.end : m.end + _INTRODUCTION_REACH])[:2]
        words = {
            _unelided(w.lower(), definite) for w in [*before, *_WORD_RE.findall(m.text), *after]
        }
        for w in list(words):
            for clitic, stands_for in clitics:
                if w.startswith(clitic) and len(w) > len(clitic) + 2:
                    words.add(stands_for + w[len(clitic) :])
        near.append(words)
    out: dict[str, str] = {}
    for forms in table:
        introduced = {
            actor_id for (_, actor_id), words in zip(groups, near, strict=True) if words & forms
        }
        target = introduced.pop() if len(introduced) == 1 else None if introduced else one
        if target is not None:
            out.update(dict.fromkeys(forms, target))
    return out


@functools.cache
def _state_phrase_keys(lexicon: Lexicon) -> tuple[str, ...]:
    """The name keys of ``lexicon``'s phrases naming a state's forces without the state
    ("security forces", "Forças de Defesa e Segurança", "government troops")."""
    keys: set[str] = set()
    for path in (_SECURITY, _GOVERNMENT):
        if not lexicon.has(path):
            continue
        for force_class in lexicon.mapping(path):
            for phrase in lexicon.words(f"{path}.{force_class}"):
                key = normalize_name(phrase)
                if key:
                    keys.add(key)
    return tuple(sorted(keys))


def _state_phrase(text: str, name: UnresolvedActor, lexicon: Lexicon) -> bool:
    """Whether the unresolved ``name`` opens one of the lexicon's phrases for a state's
    forces ("Las Fuerzas de Seguridad", "As Forças de Defesa [e Segurança]"): the state's
    forces, capitalised, no second non-state group."""
    written = normalize_name(text[name.start : name.end + 80]) + " "
    return any(written.startswith(key + " ") for key in _state_phrase_keys(lexicon))


def _forces_of(registry: ActorRegistry, template: str, country: str, name: str) -> str | None:
    """The actor ``template`` ("Military Forces of {country}") names for ``country``: the
    registry's one state force of the country with a name that starts as the template does
    ("Military Forces of the Democratic Republic of Congo"), else what the registry makes
    of the template with ACLED's name of the country (ACLED's template actor)."""
    memo = registry._derived.memo
    key = ("forces_of", template, country)
    if key not in memo:  # (once per registry: it reads every actor)
        memo[key] = _find_forces_of(registry, template, country, name)
    found: str | None = memo[key]
    return found


def _find_forces_of(registry: ActorRegistry, template: str, country: str, name: str) -> str | None:
    prefix = normalize_name(template.split("{country}")[0])
    found = {
        actor.id
        for actor in registry
        if actor.kind == ActorKind.STATE_FORCE
        and actor.country == country
        and any(
            normalize_name(n).startswith(prefix)
            for n in (actor.name, *(a.name for a in actor.aliases))
        )
    }
    if len(found) == 1:
        return found.pop()
    return registry._lookup_exact(template.format(country=name))


def _dateline_place(dateline: Dateline | None, gazetteer: Gazetteer) -> str | None:
    """The gazetteer id of the place a dateline names ("ALEPPO, Syria": Aleppo; "KANDI,
    Benin"), tried whole, then from its last part (the country) to its first; None when
    no part names one place."""
    if dateline is None or not dateline.place:
        return None
    parts = [p.strip() for p in dateline.place.split(",") if p.strip()]
    for name in (dateline.place, *reversed(parts)):
        try:
            place = gazetteer.resolve(name, fuzzy=False)
        except (UnknownNameError, AmbiguousNameError):
            continue
        if place.gazetteer_id:
            return place.gazetteer_id
    return None


def _outside_compound_names(
    text: str, places: Sequence[Mention], gazetteer: Gazetteer, country: str | None
) -> list[Mention]:
    """``places`` without the parts of a capitalised hyphenated compound that is no place:
    "Croix" and "Rouge" of "la Croix-Rouge" (an organisation's name) go, while "Bamako" and
    "Ségou" of "l'axe Bamako-Ségou" stay, every part being a place of one country (or every
    part a country: "the Iran-Iraq war"), and so
    does a place of the article's ``country`` that the gazetteer knows by a part of its
    name ("Seme" of "Seme-Podji" in Benin), and a country ("Israel-Syrian talks").  A
    compound with a lower-case part ("Kyiv-based") is no name: its place stays."""
    if "-" not in text:
        return list(places)
    by_span = {(m.start, m.end): m for m in places}
    kept: list[Mention] = []
    for m in places:
        start, end = m.start, m.end
        glued = (end < len(text) and text[end] == "-") or (start > 0 and text[start - 1] == "-")
        if not glued:
            kept.append(m)
            continue
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] == "-"):
            end += 1
        parts: list[tuple[int, int]] = []
        at = start
        for part in text[start:end].split("-"):
            parts.append((at, at + len(part)))
            at += len(part) + 1
        if (
            not all(text[a:b][:1].isupper() for a, b in parts)
            or (country is not None and country_of(m.entity_id, gazetteer) == country)
            or _one_country_or_countries([m.entity_id], gazetteer, countries_only=True)
        ):
            kept.append(m)
            continue
        if all(p in by_span for p in parts) and _one_country_or_countries(
            [by_span[p].entity_id for p in parts], gazetteer
        ):
            kept.append(m)
    return kept


def _one_country_or_countries(
    place_ids: Sequence[str], gazetteer: Gazetteer, *, countries_only: bool = False
) -> bool:
    """Whether the places are all in one country ("Bamako-Ségou") or all countries
    ("the Iran-Iraq war"; with ``countries_only``, only the latter: "Israel-Syrian talks")."""
    places = []
    for place_id in place_ids:
        try:
            places.append(gazetteer.get(place_id))
        except UnknownNameError:
            return False
    return (not countries_only and len({p.country for p in places}) == 1) or all(
        p.kind is LocationKind.COUNTRY for p in places
    )


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, end))
    # A loop, not any() over a generator: this runs once per place mention.
    for s, e in spans[max(0, i - 2) : i + 1]:  # noqa: SIM110
        if s < end and start < e:
            return True
    return False
