"""The ``hypothesis`` entry point: registers a strategy for every model class.

``pyproject.toml`` declares ``[project.entry-points.hypothesis]``, so Hypothesis calls
:func:`_hypothesis_setup_hook` when it is imported and ``st.from_type(Engagement)`` draws from
:func:`conflict_events.strategies.engagements`.  The strategies module itself is imported only
when a registered type is first resolved, so ``import hypothesis`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

#: Model class name -> the strategy function in ``conflict_events.strategies`` that draws it.
STRATEGY_FOR = {
    "TimeSpan": "timespans",
    "Count": "counts",
    "Point": "points",
    "Location": "locations",
    "Alias": "aliases",
    "Actor": "actors",
    "FactionMember": "faction_members",
    "Faction": "factions",
    "Attribution": "attributions",
    "CasualtyFigure": "casualty_figures",
    "CasualtyReport": "casualty_reports",
    "Engagement": "engagements",
}

#: Other classes with a strategy: "module:class" -> the strategy function.
OTHER_STRATEGIES = {"conflict_events.resolve._reconcile:Estimate": "estimates"}


def _resolver(function_name: str) -> Any:
    def resolve(_: type) -> SearchStrategy[Any]:
        module = importlib.import_module("conflict_events.strategies")
        strategy: SearchStrategy[Any] = getattr(module, function_name)()
        return strategy

    return resolve


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from conflict_events import model

    for class_name, function_name in STRATEGY_FOR.items():
        st.register_type_strategy(getattr(model, class_name), _resolver(function_name))
    for path, function_name in OTHER_STRATEGIES.items():
        module_name, class_name = path.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        st.register_type_strategy(cls, _resolver(function_name))
