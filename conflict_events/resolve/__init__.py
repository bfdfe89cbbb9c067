"""Resolvers: names to actors and places, and conflicting reports to estimates.

Submodules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_events._lazy import lazy_attributes

if TYPE_CHECKING:
    from conflict_events.resolve._acled_actors import (
        AcledActorName,
        acled_actor,
        parse_acled_actor,
        split_acled_cell,
    )
    from conflict_events.resolve._definitions import (
        Definition,
        UnresolvedActor,
        find_definitions,
        find_unresolved_actors,
    )
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._mention import Mention
    from conflict_events.resolve._normalize import normalize_name
    from conflict_events.resolve._place_context import (
        admin_path_in_text,
        admin_path_places,
        article_country,
        locate_places,
        principal_place,
        read_admin_paths,
    )
    from conflict_events.resolve._reconcile import Claim, Estimate, Incident, reconcile
    from conflict_events.resolve._registry import ActorRegistry

_LAZY = {
    "admin_path_in_text": "_place_context",
    "admin_path_places": "_place_context",
    "article_country": "_place_context",
    "locate_places": "_place_context",
    "principal_place": "_place_context",
    "read_admin_paths": "_place_context",
    "AcledActorName": "_acled_actors",
    "acled_actor": "_acled_actors",
    "parse_acled_actor": "_acled_actors",
    "split_acled_cell": "_acled_actors",
    "ActorRegistry": "_registry",
    "Definition": "_definitions",
    "UnresolvedActor": "_definitions",
    "find_definitions": "_definitions",
    "find_unresolved_actors": "_definitions",
    "Gazetteer": "_gazetteer",
    "Mention": "_mention",
    "normalize_name": "_normalize",
    "reconcile": "_reconcile",
    "Estimate": "_reconcile",
    "Claim": "_reconcile",
    "Incident": "_reconcile",
}

__all__ = [
    "AcledActorName",
    "ActorRegistry",
    "Claim",
    "Definition",
    "Estimate",
    "Gazetteer",
    "Incident",
    "Mention",
    "UnresolvedActor",
    "acled_actor",
    "admin_path_in_text",
    "admin_path_places",
    "article_country",
    "find_definitions",
    "find_unresolved_actors",
    "locate_places",
    "normalize_name",
    "parse_acled_actor",
    "principal_place",
    "read_admin_paths",
    "reconcile",
    "split_acled_cell",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
