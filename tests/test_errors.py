"""The exception hierarchy: one root, each error also the builtin it refines, messages that
quote the input."""

from __future__ import annotations

import pytest

import conflict_events
from conflict_events import (
    AmbiguousNameError,
    ConflictEventsError,
    CountParseError,
    DateResolutionError,
    MissingAnchorError,
    ParseError,
    Problem,
    RowError,
    UnknownNameError,
    ValidationError,
)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (ValidationError, ValueError),
        (ParseError, ValueError),
        (DateResolutionError, ValueError),
        (CountParseError, ValueError),
        (MissingAnchorError, ValueError),
        (RowError, ValueError),
        (UnknownNameError, LookupError),
        (AmbiguousNameError, LookupError),
    ],
)
def test_hierarchy(cls: type[Exception], builtin: type[Exception]) -> None:
    assert issubclass(cls, ConflictEventsError)
    assert issubclass(cls, builtin)


def test_parse_errors_share_a_base() -> None:
    assert issubclass(DateResolutionError, ParseError)
    assert issubclass(CountParseError, ParseError)


def test_root_is_an_exception_not_a_builtin_refinement() -> None:
    assert ConflictEventsError.__mro__[1] is Exception


def test_every_error_is_exported() -> None:
    errors = {
        name
        for name in conflict_events.__all__
        if name.endswith("Error") and name in vars(conflict_events)
    }
    assert errors == {
        "AmbiguousNameError",
        "ConflictEventsError",
        "CountParseError",
        "DateResolutionError",
        "FileError",
        "LexiconError",
        "MissingAnchorError",
        "ParseError",
        "RowError",
        "UnknownNameError",
        "ValidationError",
    }


def test_caught_as_the_builtin() -> None:
    with pytest.raises(ValueError, match="1 problem in Count"):
        conflict_events.Count(low=5, high=2, qualifier="range")
    with pytest.raises(LookupError, match="'Nusra'"):
        raise UnknownNameError("Nusra", "actor")


# -- ValidationError ----------------------------------------------------------------------
def test_validation_error_lists_every_problem() -> None:
    err = ValidationError(
        [Problem("$.low", "must be >= 0, got -1"), Problem("$.high", "must be >= 0, got -2")],
        "Count",
    )
    assert str(err) == (
        "2 problems in Count:\n  $.low: must be >= 0, got -1\n  $.high: must be >= 0, got -2"
    )
    assert err.paths == ("$.low", "$.high")
    assert err.type_name == "Count"
    assert isinstance(err.problems, tuple)


def test_validation_error_singular() -> None:
    assert str(ValidationError([Problem("$", "bad")])) == "1 problem in value:\n  $: bad"


def test_problem_str() -> None:
    assert str(Problem("$.when.end", "must not be before start")) == (
        "$.when.end: must not be before start"
    )


@pytest.mark.parametrize(
    ("prefix", "path", "joined"),
    [
        ("$.casualties[2]", "$", "$.casualties[2]"),
        ("$.casualties[2]", "$.count.low", "$.casualties[2].count.low"),
        ("$.casualties[2]", "$[0]", "$.casualties[2][0]"),
        ("$.location", "point.lat", "$.location.point.lat"),
    ],
)
def test_prefixed(prefix: str, path: str, joined: str) -> None:
    err = ValidationError([Problem(path, "x")], "T").prefixed(prefix)
    assert err.paths == (joined,)
    assert err.type_name == "T"


# -- ParseError ---------------------------------------------------------------------------
def test_parse_error_quotes_and_marks_the_span() -> None:
    err = ParseError("over three hundred", "not a count", start=5, end=10)
    assert str(err) == "not a count: 'over three hundred'\n    over three hundred\n         ^^^^^"
    assert (err.text, err.reason, err.start, err.end) == (
        "over three hundred",
        "not a count",
        5,
        10,
    )


def test_parse_error_default_span_is_the_whole_text() -> None:
    err = DateResolutionError("banana", "not a date expression")
    assert str(err).endswith("    banana\n    ^^^^^^")
    assert (err.start, err.end) == (0, 6)


def test_parse_error_marks_the_right_line() -> None:
    text = "line one\nthe 45th of Octember\nx"
    err = ParseError(text, "bad date", start=13, end=30)
    lines = str(err).split("\n")
    assert lines[0] == f"bad date: {text!r}"
    assert lines[1] == "    the 45th of Octember"
    assert lines[2] == "    " + " " * 4 + "^" * 16  # stops at the end of the line


def test_parse_error_clamps_the_span() -> None:
    err = CountParseError("abc", "r", start=10, end=2)
    assert (err.start, err.end) == (3, 3)
    assert str(err).endswith("   ^")  # at least one caret


def test_parse_error_on_empty_text() -> None:
    assert str(ParseError("", "empty")) == "empty: ''"


def test_parse_error_shortens_long_input() -> None:
    text = "a" * 250 + "BAD!!" + "b" * 45
    err = ParseError(text, "long", start=250, end=255)
    quoted, excerpt, caret = str(err).split("\n")
    assert quoted.endswith("…'")
    assert len(quoted) < 220
    assert excerpt.startswith("    …")
    col = caret.index("^")
    assert excerpt[col : col + 5] == "BAD!!"
    assert caret.strip() == "^^^^^"


# -- name and row errors ------------------------------------------------------------------
def test_unknown_name() -> None:
    err = UnknownNameError("Nusra", "actor", hint="closest: 'Nusra Front' at 71")
    assert str(err) == "no actor named 'Nusra' (closest: 'Nusra Front' at 71)"
    assert err.name == "Nusra"
    assert str(UnknownNameError("x")) == "no entity named 'x'"


def test_ambiguous_name() -> None:
    err = AmbiguousNameError("Tripoli", ["geonames:2210247", "geonames:266826"], "place")
    assert str(err) == (
        "place name 'Tripoli' is ambiguous: it matches geonames:2210247, geonames:266826"
    )
    assert err.candidates == ("geonames:2210247", "geonames:266826")


def test_row_error() -> None:
    err = RowError("not a date", line=3, column="event_date", value="31 February 2022")
    assert str(err) == "line 3, column 'event_date': not a date (got '31 February 2022')"
    assert (err.line, err.column, err.value, err.reason) == (
        3,
        "event_date",
        "31 February 2022",
        "not a date",
    )
    assert str(RowError("too few columns", line=7)) == "line 7: too few columns"


def test_missing_anchor() -> None:
    err = MissingAnchorError("'yesterday' needs a publication date")
    assert "'yesterday'" in str(err)


def test_file_error() -> None:
    from conflict_events.io import FileError

    err = FileError("cannot write: the folder 'out' does not exist", path="out/e.csv")
    assert isinstance(err, ConflictEventsError)
    assert isinstance(err, OSError)
    assert str(err) == "'out/e.csv': cannot write: the folder 'out' does not exist"
    assert (err.path, err.reason) == ("out/e.csv", "cannot write: the folder 'out' does not exist")
    assert FileError.__module__ == "conflict_events"
