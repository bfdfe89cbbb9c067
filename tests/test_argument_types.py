"""One rule for argument types across the public API (docs/dates.md, "Argument types"):
text is a ``str`` (anything else a ``TypeError``); a date is a ``datetime.date``, a
``datetime`` (its date) or an ISO string (anything else a ``TypeError``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import conflict_events as ce
from conflict_events.extract import find_casualties

DAY = dt.date(2024, 11, 30)
TEXT = "Rebels said on Monday that 3 soldiers were killed near Aleppo."
NOT_TEXT: list[object] = [b"Monday", 3, None, ["Monday"]]


# (name, call with the text argument replaced)
TEXT_ENTRY_POINTS: list[Any] = [
    pytest.param(lambda t: ce.resolve_date(t, DAY), id="resolve_date"),
    pytest.param(lambda t: ce.find_dates(t, DAY), id="find_dates"),
    pytest.param(lambda t: ce.parse_count(t), id="parse_count"),
    pytest.param(lambda t: ce.extract_report(t, published=DAY), id="extract_report"),
    pytest.param(lambda t: ce.extract_casualties(t), id="extract_casualties"),
    pytest.param(lambda t: ce.extract_attributions(t), id="extract_attributions"),
    pytest.param(lambda t: find_casualties(t), id="find_casualties"),
    pytest.param(lambda t: ce.normalize_name(t), id="normalize_name"),
    pytest.param(lambda t: ce.ActorRegistry.default().resolve(t), id="ActorRegistry.resolve"),
    pytest.param(lambda t: ce.Gazetteer.default().resolve(t), id="Gazetteer.resolve"),
]


def _raises_type_error(call: Callable[[], object]) -> None:
    try:
        call()
    except TypeError:
        return
    except Exception as exc:  # the assertion names what came instead
        raise AssertionError(f"expected TypeError, got {type(exc).__name__}: {exc}") from exc
    raise AssertionError("expected TypeError, nothing raised")


@pytest.mark.parametrize("call", TEXT_ENTRY_POINTS)
@pytest.mark.parametrize("value", NOT_TEXT, ids=lambda v: type(v).__name__)
def test_text_that_is_not_a_str_is_a_type_error(
    call: Callable[[object], object], value: object
) -> None:
    _raises_type_error(lambda: call(value))


# (name, call with the date argument replaced, what it returns reduced to compare)
DATE_ENTRY_POINTS: list[Any] = [
    pytest.param(lambda d: ce.resolve_date("Monday", d).start, id="resolve_date"),
    pytest.param(lambda d: [m.when.start for m in ce.find_dates(TEXT, d)], id="find_dates"),
    pytest.param(
        lambda d: ce.extract_report(TEXT, published=d).anchor,
        id="extract_report",
    ),
    pytest.param(
        lambda d: ce.ActorRegistry.default().resolve("HTS", on=d).id,
        id="ActorRegistry.resolve",
    ),
]


@pytest.mark.parametrize("call", DATE_ENTRY_POINTS)
def test_a_date_is_a_date_a_datetime_or_an_iso_string(call: Callable[[object], object]) -> None:
    expected = call(DAY)
    assert call(dt.datetime(2024, 11, 30, 23, 59)) == expected
    assert call("2024-11-30") == expected
    assert call(" 2024-11-30 ") == expected
    _raises_type_error(lambda: call(20241130))
    _raises_type_error(lambda: call(1732924800.0))


def test_a_string_that_is_no_iso_date_names_the_argument() -> None:
    with pytest.raises(ce.ValidationError, match=r"\$\.anchor: must be an ISO date"):
        ce.resolve_date("Monday", "30/11/2024")
    with pytest.raises(ce.ValidationError, match=r"\$\.anchor"):
        ce.find_dates(TEXT, "last Monday")
