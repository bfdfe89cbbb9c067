"""Extractors: from a news report to casualty figures, attributions and candidate engagements.

Submodules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_events._lazy import lazy_attributes

if TYPE_CHECKING:
    from conflict_events.extract._attribution import AttributionMention, extract_attributions
    from conflict_events.extract._casualties import (
        CasualtyMention,
        extract_casualties,
        find_casualties,
    )
    from conflict_events.extract._report import ArticleReport, extract_report

_LAZY = {
    "extract_casualties": "_casualties",
    "find_casualties": "_casualties",
    "CasualtyMention": "_casualties",
    "AttributionMention": "_attribution",
    "extract_attributions": "_attribution",
    "extract_report": "_report",
    "ArticleReport": "_report",
}

__all__ = [
    "ArticleReport",
    "AttributionMention",
    "CasualtyMention",
    "extract_attributions",
    "extract_casualties",
    "extract_report",
    "find_casualties",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
