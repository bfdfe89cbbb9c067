"""Every answer key under tests/fixtures/texts/ has the documented shape (see the README there).

A key is the reference the library is measured against, so a broken key must fail here rather
than skew a score: the fields and their types, the enumerations, that each quoted "text" is a
substring of the article (in text order), that date spans are ordered and have the shape their
precision names, that count bounds agree with their qualifier, that "part_of" names another
figure of the same key, and that "published" is the date in the file name.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

TEXTS = Path(__file__).resolve().parent / "fixtures" / "texts"
KEYS = sorted(TEXTS.glob("*/*.json"))
NAME = re.compile(r"^(?P<nn>\d{2})_(?P<slug>[a-z0-9]+(?:_[a-z0-9]+)*)_(?P<date>\d{4}-\d{2}-\d{2})$")

TOP_FIELDS = {"language", "published", "dateline", "casualties", "dates", "events"}
DATELINE_FIELDS = {"place", "date", "outlet"}
CASUALTY_FIELDS = {
    "text",
    "outcome",
    "group",
    "low",
    "high",
    "qualifier",
    "source",
    "part_of",
    "superseded",
    "background",
}
DATE_FIELDS = {"text", "start", "end", "precision"}
EVENT_FIELDS = {"event_type", "sub_event_type", "perpetrator", "target", "place", "country"}

OUTCOMES = {"killed", "injured", "displaced", "captured", "missing"}
QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "approximately", "range", "vague"}
PRECISIONS = {
    "part_of_day",
    "day",
    "interval",
    "week",
    "part_of_month",
    "month",
    "season",
    "part_of_year",
    "year",
    "decade",
}
# ACLED's codebook: event type -> its sub-event types.
EVENT_TYPES: Mapping[str, frozenset[str]] = {
    "Battles": frozenset(
        {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
    ),
    "Explosions/Remote violence": frozenset(
        {
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        }
    ),
    "Violence against civilians": frozenset(
        {"Sexual violence", "Attack", "Abduction/forced disappearance"}
    ),
    "Protests": frozenset(
        {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}
    ),
    "Riots": frozenset({"Violent demonstration", "Mob violence"}),
    "Strategic developments": frozenset(
        {
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        }
    ),
}


def _nonempty(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _load(path: Path) -> tuple[dict[str, Any], str]:
    key = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(key, dict), f"{path.name}: the key is not a JSON object"
    article = path.with_suffix(".txt")
    assert article.is_file(), f"{path.name}: no article {article.name} next to the key"
    return key, article.read_text(encoding="utf-8")


def _iso(value: object, where: str) -> dt.date:
    assert isinstance(value, str), f"{where}: {value!r} is not an ISO date string"
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pytest.fail(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)")


def _fields(item: object, fields: set[str], where: str) -> Mapping[str, Any]:
    assert isinstance(item, dict), f"{where}: {item!r} is not an object"
    assert set(item) == fields, f"{where}: fields {sorted(item)} != {sorted(fields)}"
    return item


def _in_text_order(items: Sequence[Mapping[str, Any]], article: str, where: str) -> None:
    """Each "text" occurs in the article, no earlier than the previous item's occurrence."""
    position = 0
    for i, item in enumerate(items):
        text = item["text"]
        assert isinstance(text, str), f"{where}[{i}]: text {text!r} is not a string"
        assert text.strip(), f"{where}[{i}]: empty text"
        found = article.find(text, position)
        assert found >= 0, (
            f"{where}[{i}]: {text!r} does not occur in the article"
            if text not in article
            else f"{where}[{i}]: {text!r} is out of text order"
        )
        position = found


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _shape_problem(start: dt.date, end: dt.date, precision: str) -> str | None:
    """Why start..end cannot have this precision (the library's TimeSpan rules), else None."""
    if precision in ("day", "part_of_day"):
        ok = start == end
    elif precision == "week":
        ok = start.weekday() == 0 and end == start + dt.timedelta(days=6)
    elif precision == "month":
        ok = start.day == 1 and end == _month_end(start)
    elif precision == "part_of_month":
        ok = (start.year, start.month) == (end.year, end.month)
    elif precision == "part_of_year":
        ok = start.year == end.year
    elif precision in ("year", "decade"):
        years = 1 if precision == "year" else 10
        ok = (
            start.year % years == 0
            and (start.month, start.day) == (1, 1)
            and end == dt.date(start.year + years - 1, 12, 31)
        )
    elif precision == "season":
        ok = (end - start).days <= 100
    else:  # interval: day-exact ends that no calendar unit names
        ok = start < end
    return None if ok else f"{start}..{end} is not a {precision} span"


def _check_count(c: Mapping[str, Any], where: str) -> None:
    low, high, qualifier = c["low"], c["high"], c["qualifier"]
    for bound in (low, high):
        assert bound is None or (type(bound) is int and bound >= 0), f"{where}: bound {bound!r}"
    shapes = {
        "exact": low is not None and low == high,
        "at_least": low is not None and high is None,
        "more_than": low is not None and high is None,
        "at_most": low is None and high is not None,
        "approximately": high is not None and (low is None or low == high),
        "range": low is not None and high is not None and low < high,
        "vague": low is not None and high is not None and low < high,
    }
    assert shapes[qualifier], f"{where}: low {low!r} / high {high!r} do not fit {qualifier}"


def test_keys_exist() -> None:
    assert KEYS, f"no answer keys under {TEXTS}"
    for article in TEXTS.glob("*/*.txt"):
        assert article.with_suffix(".json").is_file(), f"{article.name} has no answer key"


@pytest.mark.parametrize("path", KEYS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_answer_key(path: Path) -> None:
    name = NAME.match(path.stem)
    assert name, f"{path.name}: not named NN_slug_YYYY-MM-DD.json"
    key, article = _load(path)
    assert set(key) == TOP_FIELDS, f"{path.name}: fields {sorted(key)} != {sorted(TOP_FIELDS)}"
    assert key["language"] == path.parent.name, f"{path.name}: language != folder"
    assert key["published"] == name["date"], f"{path.name}: published != the file name's date"
    _iso(key["published"], f"{path.name} published")
    words = len(article.split())
    assert 60 <= words <= 400, f"{path.name}: the article has {words} words"

    if key["dateline"] is not None:
        line = _fields(key["dateline"], DATELINE_FIELDS, f"{path.name} dateline")
        assert _nonempty(line["place"]), f"{path.name}: dateline place {line['place']!r}"
        # Keys may write the place in title case where the dateline has capitals ("BAMAKO").
        assert line["place"].casefold() in article.casefold(), (
            f"{path.name}: dateline place {line['place']!r} not in the article"
        )
        if line["date"] is not None:
            _iso(line["date"], f"{path.name} dateline date")
        assert line["outlet"] is None or isinstance(line["outlet"], str)

    casualties = key["casualties"]
    assert isinstance(casualties, list)
    outcomes = {c.get("text"): c.get("outcome") for c in casualties if isinstance(c, dict)}
    for i, item in enumerate(casualties):
        where = f"{path.name} casualties[{i}]"
        c = _fields(item, CASUALTY_FIELDS, where)
        assert c["outcome"] in OUTCOMES, f"{where}: outcome {c['outcome']!r}"
        assert c["qualifier"] in QUALIFIERS, f"{where}: qualifier {c['qualifier']!r}"
        assert _nonempty(c["group"]), f"{where}: group {c['group']!r}"
        assert _nonempty(c["source"]), f"{where}: source {c['source']!r}"
        _check_count(c, where)
        part_of = c["part_of"]
        assert part_of is None or (part_of in outcomes and part_of != c["text"]), (
            f"{where}: part_of {part_of!r} is not the text of another figure"
        )
        assert part_of is None or outcomes[part_of] == c["outcome"], (
            f"{where}: a part must have its total's outcome"
        )
        assert type(c["superseded"]) is bool, f"{where}: superseded is not a boolean"
        assert type(c["background"]) is bool, f"{where}: background is not a boolean"
    _in_text_order(casualties, article, f"{path.name} casualties")

    dates = key["dates"]
    assert isinstance(dates, list)
    for i, item in enumerate(dates):
        where = f"{path.name} dates[{i}]"
        d = _fields(item, DATE_FIELDS, where)
        start, end = _iso(d["start"], where), _iso(d["end"], where)
        assert start <= end, f"{where}: start {start} after end {end}"
        assert d["precision"] in PRECISIONS, f"{where}: precision {d['precision']!r}"
        problem = _shape_problem(start, end, d["precision"])
        assert problem is None, f"{where} ({d['text']!r}): {problem}"
    _in_text_order(dates, article, f"{path.name} dates")

    events = key["events"]
    assert isinstance(events, list), f"{path.name}: events is not a list"
    assert events, f"{path.name}: no events"
    for i, item in enumerate(events):
        where = f"{path.name} events[{i}]"
        e = _fields(item, EVENT_FIELDS, where)
        subs = EVENT_TYPES.get(e["event_type"])
        assert subs is not None, f"{where}: event_type {e['event_type']!r}"
        assert e["sub_event_type"] in subs, f"{where}: sub_event_type {e['sub_event_type']!r}"
        for role in ("perpetrator", "target"):
            assert e[role] is None or _nonempty(e[role]), f"{where}: {role} {e[role]!r}"
        assert e["place"] is None or _nonempty(e["place"]), f"{where}: place {e['place']!r}"
        assert re.fullmatch(r"[A-Z]{2}", e["country"]), f"{where}: country {e['country']!r}"


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        (dt.date(2024, 11, 26), dt.date(2024, 12, 2), "week"),  # not Monday to Sunday
        (dt.date(2024, 11, 23), dt.date(2024, 11, 24), "part_of_day"),  # a night is an interval
        (dt.date(2024, 2, 1), dt.date(2024, 2, 28), "month"),  # 2024 is a leap year
        (dt.date(2024, 1, 1), dt.date(2024, 12, 30), "year"),
        (dt.date(2010, 1, 1), dt.date(2019, 12, 31), "year"),
        (dt.date(2024, 3, 1), dt.date(2024, 4, 10), "part_of_month"),
        (dt.date(2023, 9, 1), dt.date(2024, 4, 30), "part_of_year"),
        (dt.date(2024, 3, 5), dt.date(2024, 3, 5), "interval"),
    ],
)
def test_shape_check_rejects(start: dt.date, end: dt.date, precision: str) -> None:
    assert _shape_problem(start, end, precision) is not None


@pytest.mark.parametrize(
    ("start", "end", "precision"),
    [
        (dt.date(2024, 11, 25), dt.date(2024, 12, 1), "week"),
        (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
        (dt.date(2020, 1, 1), dt.date(2029, 12, 31), "decade"),
        (dt.date(2021, 9, 1), dt.date(2021, 12, 31), "part_of_year"),
        (dt.date(2024, 11, 30), dt.date(2024, 12, 1), "interval"),
    ],
)
def test_shape_check_accepts(start: dt.date, end: dt.date, precision: str) -> None:
    assert _shape_problem(start, end, precision) is None


@pytest.mark.parametrize(
    ("low", "high", "qualifier"),
    [
        (12, None, "exact"),
        (None, 5, "at_least"),
        (5, None, "at_most"),
        (30, 20, "range"),
        (24, 99, "exact"),
        (None, None, "vague"),
        (-1, -1, "exact"),
        (True, True, "exact"),
    ],
)
def test_count_check_rejects(low: object, high: object, qualifier: str) -> None:
    with pytest.raises(AssertionError):
        _check_count({"low": low, "high": high, "qualifier": qualifier}, "probe")
