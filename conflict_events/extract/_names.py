"""The names of one article read as a careful reader does (docs/names.md, "In an article").

:func:`find_names` is the extractor's names stage: the actors it names — with the acronyms
it defines ("the Rapid Support Forces (RSF)") known for the rest of the text — the
armed-group names no registry knows (reported, never dropped), and its places read in the
article's country (voted by its places, its actors and its dateline's place) with the admin
paths the text writes ("Sirarou (N'Dali, Borgou)").  Exact names only: no fuzzy match ever
picks an actor or a place in running text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from conflict_events._errors import AmbiguousNameError, UnknownNameError
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import Actor
from conflict_events.resolve._definitions import UnresolvedActor, find_unresolved_actors
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._place_context import (
    admin_path_places,
    article_country,
    read_admin_paths,
)

if TYPE_CHECKING:
    from conflict_events.extract._dateline import Dateline
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._registry import ActorRegistry

__all__ = ["ArticleNames", "find_names"]


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
    actor_mentions, actors = registry._mentions_and_definitions(text)
    # Name words (group head words, function words) are in the lexicons that have a names
    # table; another language reads them with the registry's (docs/languages.md).
    names_lexicon = lex if lex.has("names.actors") else registry.lexicon
    unresolved = find_unresolved_actors(
        text, registry, lexicon=names_lexicon, mentions=actor_mentions, language=lex
    )
    taken = sorted((m.start, m.end) for m in actor_mentions)
    first = [m for m in gazetteer.find_mentions(text) if not _overlaps(taken, m.start, m.end)]
    country = article_country(
        [m.entity_id for m in first] + admin_path_places(text, gazetteer),
        [actors[m.entity_id].country for m in actor_mentions if m.entity_id in actors],
        _dateline_place(dateline, gazetteer),
        gazetteer=gazetteer,
    )
    if country is not None:
        # The country's villages and its readings of shared names come in.
        places = [
            m
            for m in gazetteer.find_mentions(text, country=country)
            if not _overlaps(taken, m.start, m.end)
        ]
    else:
        places = first
    places = read_admin_paths(text, places, gazetteer, country=country, lexicon=names_lexicon)
    return ArticleNames(
        actor_mentions=tuple(actor_mentions),
        actors=actors,
        place_mentions=tuple(places),
        unresolved=tuple(unresolved),
        country=country,
    )


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


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, end))
    # A loop, not any() over a generator: this runs once per place mention.
    for s, e in spans[max(0, i - 2) : i + 1]:  # noqa: SIM110
        if s < end and start < e:
            return True
    return False
