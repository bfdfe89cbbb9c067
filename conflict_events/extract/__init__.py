"""Extractors: from a news report to casualty figures, attributions and candidate engagements.

Submodules load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_events._lazy import lazy_attributes

if TYPE_CHECKING:
    from conflict_events.extract._attribution import extract_attributions
    from conflict_events.extract._casualties import extract_casualties
    from conflict_events.extract._report import ArticleReport, extract_report

_LAZY = {
    "extract_casualties": "_casualties",
    "extract_attributions": "_attribution",
    "extract_report": "_report",
    "ArticleReport": "_report",
}

__all__ = [
    "ArticleReport",
    "extract_attributions",
    "extract_casualties",
    "extract_report",
]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
