"""conflict_events: typed, attributed records of armed-conflict events from news.

The model (``Engagement``, ``Actor``, ``TimeSpan``, ``Count``...) and the errors are imported
eagerly; parsers, resolvers and extractors load on first use, so ``import conflict_events``
stays quick and never imports dateparser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_events._errors import (
    AmbiguousNameError,
    ConflictEventsError,
    CountParseError,
    DateResolutionError,
    FileError,
    LexiconError,
    MissingAnchorError,
    ParseError,
    Problem,
    RowError,
    UnknownNameError,
    ValidationError,
)
from conflict_events._lazy import lazy_attributes
from conflict_events._version import __version__
from conflict_events.model import (
    Actor,
    ActorKind,
    Alias,
    Attribution,
    CasualtyFigure,
    CasualtyGroup,
    CasualtyReport,
    ClaimKind,
    Count,
    CountQualifier,
    Engagement,
    EventType,
    Faction,
    FactionMember,
    FactionRole,
    GeoPrecision,
    Location,
    LocationKind,
    Outcome,
    Point,
    Precision,
    SubEventType,
    TimeSpan,
    Verification,
)

if TYPE_CHECKING:
    from conflict_events.corpus._article import Article
    from conflict_events.corpus._many import extract_many
    from conflict_events.corpus._readers import read_articles
    from conflict_events.extract._attribution import extract_attributions
    from conflict_events.extract._casualties import extract_casualties
    from conflict_events.extract._report import ArticleReport, extract_report
    from conflict_events.lexicon._detect import detect_language
    from conflict_events.parse._counts import parse_count
    from conflict_events.parse._dates import DateMention, find_dates, resolve_date
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._mention import Mention
    from conflict_events.resolve._normalize import normalize_name
    from conflict_events.resolve._reconcile import Estimate, Incident, reconcile
    from conflict_events.resolve._registry import ActorRegistry

# name -> the subpackage that defines it; imported on first access.
_LAZY = {
    "resolve_date": "conflict_events.parse",
    "find_dates": "conflict_events.parse",
    "DateMention": "conflict_events.parse",
    "parse_count": "conflict_events.parse",
    "ActorRegistry": "conflict_events.resolve",
    "Gazetteer": "conflict_events.resolve",
    "Mention": "conflict_events.resolve",
    "normalize_name": "conflict_events.resolve",
    "reconcile": "conflict_events.resolve",
    "Estimate": "conflict_events.resolve",
    "Incident": "conflict_events.resolve",
    "extract_casualties": "conflict_events.extract",
    "extract_attributions": "conflict_events.extract",
    "extract_report": "conflict_events.extract",
    "ArticleReport": "conflict_events.extract",
    "Article": "conflict_events.corpus",
    "extract_many": "conflict_events.corpus",
    "read_articles": "conflict_events.corpus",
    "detect_language": "conflict_events.lexicon",
}

__all__ = [
    "Actor",
    "ActorKind",
    "ActorRegistry",
    "Alias",
    "AmbiguousNameError",
    "Article",
    "ArticleReport",
    "Attribution",
    "CasualtyFigure",
    "CasualtyGroup",
    "CasualtyReport",
    "ClaimKind",
    "ConflictEventsError",
    "Count",
    "CountParseError",
    "CountQualifier",
    "DateMention",
    "DateResolutionError",
    "Engagement",
    "Estimate",
    "EventType",
    "Faction",
    "FactionMember",
    "FactionRole",
    "FileError",
    "Gazetteer",
    "GeoPrecision",
    "Incident",
    "LexiconError",
    "Location",
    "LocationKind",
    "Mention",
    "MissingAnchorError",
    "Outcome",
    "ParseError",
    "Point",
    "Precision",
    "Problem",
    "RowError",
    "SubEventType",
    "TimeSpan",
    "UnknownNameError",
    "ValidationError",
    "Verification",
    "__version__",
    "detect_language",
    "extract_attributions",
    "extract_casualties",
    "extract_many",
    "extract_report",
    "find_dates",
    "normalize_name",
    "parse_count",
    "read_articles",
    "reconcile",
    "resolve_date",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
