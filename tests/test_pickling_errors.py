"""Every public error survives pickling (a multiprocessing worker hands them back this way):
the same class, equal, the same message (not garbled, not wrapped twice) and the same
attributes, under every pickle protocol and through copy / deepcopy."""

from __future__ import annotations

import copy
import datetime as dt
import io
import pickle

import pytest

import conflict_events
from conflict_events import _errors
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

SAMPLES: list[ConflictEventsError] = [
    ConflictEventsError("something went wrong"),
    RowError("not a date", line=3, column="event_date", value="31 February 2022"),
    RowError("the row has 3 cells, the header 31", line=7),
    ValidationError([Problem("$.high", "must be >= low (5), got 2")], "Count"),
    ValidationError(
        [Problem("$.low", "must be >= 0, got -1"), Problem("$.high", "must be >= 0, got -2")]
    ),
    ParseError("over three hundred", "not a count", start=5, end=10),
    DateResolutionError("the 45th of Octember", "not a date expression"),
    CountParseError("a few dozen or so", "not a count", start=2),
    UnknownNameError("Nusra", "actor", hint="closest: 'Nusra Front' at 71"),
    UnknownNameError("Xland"),
    AmbiguousNameError("Tripoli", ["geonames:2210247", "geonames:266826"], "place"),
    LexiconError("no lexicon for language 'xx'; available: en"),
    MissingAnchorError("'yesterday' needs a publication date"),
    FileError("the output is the input file; write to another file", path="events.csv"),
]


def _attributes(err: BaseException) -> dict[str, object]:
    return {k: v for k, v in vars(err).items() if not k.startswith("__")}


def test_the_samples_cover_every_public_error() -> None:
    public = {
        getattr(_errors, name)
        for name in _errors.__all__
        if isinstance(getattr(_errors, name), type)
        and issubclass(getattr(_errors, name), BaseException)
    }
    assert public == {type(e) for e in SAMPLES}


@pytest.mark.parametrize("err", SAMPLES, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickles_equal(err: ConflictEventsError, protocol: int) -> None:
    back = pickle.loads(pickle.dumps(err, protocol=protocol))
    assert type(back) is type(err)
    assert back == err
    assert hash(back) == hash(err)
    assert str(back) == str(err)
    assert back.args == err.args
    assert _attributes(back) == _attributes(err)


@pytest.mark.parametrize("err", SAMPLES, ids=lambda e: type(e).__name__)
def test_copies_equal(err: ConflictEventsError) -> None:
    assert copy.copy(err) == err
    assert copy.deepcopy(err) == err
    assert str(copy.deepcopy(err)) == str(err)


def test_equality_is_by_class_and_arguments() -> None:
    assert RowError("x", line=1) != RowError("x", line=2)
    assert RowError("x", line=1) == RowError("x", line=1)
    assert ParseError("a", "r") != DateResolutionError("a", "r")  # another class
    assert RowError("x", line=1) != "line 1: x"


def test_notes_and_late_attributes_survive() -> None:
    err = RowError("bad", line=4)
    err.add_note("while reading events.csv")
    back = pickle.loads(pickle.dumps(err))
    assert back.__notes__ == ["while reading events.csv"]


def test_errors_raised_by_the_library_pickle_equal() -> None:
    from conflict_events.io import acled, json

    raised: list[BaseException] = []
    bad = ",".join(acled.COLUMNS) + "\nX1,31 Febtober 2020,2020,1" + "," * 27 + "\n"
    for call in (
        lambda: next(acled.read(io.StringIO(bad))),
        lambda: json.loads('{"low": 5, "high": 2, "qualifier": "range"}', conflict_events.Count),
        lambda: conflict_events.parse_count("not a number at all"),
        lambda: conflict_events.resolve_date("the 45th of Octember", anchor=dt.date(2024, 1, 1)),
    ):
        try:
            call()
        except ConflictEventsError as exc:
            raised.append(exc)
    assert len(raised) == 4
    for err in raised:
        back = pickle.loads(pickle.dumps(err))
        assert back == err
        assert str(back) == str(err)
