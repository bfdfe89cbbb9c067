"""The library's exception hierarchy.

One root, :class:`ConflictEventsError`; every concrete error also subclasses the builtin it
refines (``ValueError`` for bad input, ``LookupError`` for names that do not resolve), so code
that already catches the builtin keeps working.  Messages quote the offending input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "AmbiguousNameError",
    "ConflictEventsError",
    "CountParseError",
    "DateResolutionError",
    "FileError",
    "LexiconError",
    "MissingAnchorError",
    "ParseError",
    "Problem",
    "RowError",
    "UnknownNameError",
    "ValidationError",
]


def _rebuild(cls: type[ConflictEventsError], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Unpickles an error by calling its constructor again (see ``ConflictEventsError``)."""
    return cls(*args, **kwargs)


class ConflictEventsError(Exception):
    """Root of every error this library raises on purpose.

    Errors pickle (across processes, e.g. from a ``multiprocessing`` worker) by calling their
    constructor again with the arguments they were made with, so the message is rebuilt, never
    wrapped twice; two errors are equal when they are of one class and were made with the same
    arguments.

    >>> import pickle
    >>> err = RowError("not a date", line=3, column="event_date", value="31 Feb")
    >>> pickle.loads(pickle.dumps(err)) == err
    True
    """

    def _arguments(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The positional and keyword arguments that make this error again."""
        return tuple(self.args), {}

    def __reduce__(self) -> tuple[Any, ...]:
        args, kwargs = self._arguments()
        # the instance dict carries attributes set after construction (notes, for one)
        return (_rebuild, (type(self), args, kwargs), dict(vars(self)) or None)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, ConflictEventsError)
        return self._arguments() == other._arguments()

    def __hash__(self) -> int:
        return hash((type(self), str(self)))


@attrs.frozen
class Problem:
    """One thing wrong with a value: where (a JSON path such as ``$.casualties[2].count.low``)
    and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _join_path(prefix: str, rel: str) -> str:
    if rel == "$":
        return prefix
    return prefix + rel[1:] if rel.startswith("$") else f"{prefix}.{rel}"


class ValidationError(ConflictEventsError, ValueError):
    """A value breaks the model's rules.  ``problems`` lists every one found, each with its path.

    >>> from conflict_events import Count
    >>> Count(low=5, high=2, qualifier="range")
    Traceback (most recent call last):
    ...
    conflict_events.ValidationError: 1 problem in Count:
      $.high: must be >= low (5), got 2
    """

    problems: tuple[Problem, ...]
    type_name: str

    def __init__(self, problems: Iterable[Problem], type_name: str = "value") -> None:
        self.problems = tuple(problems)
        self.type_name = type_name
        n = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{n} problem{'s' if n != 1 else ''} in {type_name}:\n{lines}")

    def _arguments(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (self.problems, self.type_name), {}

    def prefixed(self, prefix: str) -> ValidationError:
        """The same problems, their paths moved under ``prefix`` (e.g. ``$.casualties[2]``)."""
        return ValidationError(
            (Problem(_join_path(prefix, p.path), p.message) for p in self.problems),
            self.type_name,
        )

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(p.path for p in self.problems)


def _caret_block(text: str, start: int, end: int) -> str:
    # A one-line excerpt with a caret under the bad span, as `packaging` does.
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end == -1:
        line_end = len(text)
    line = text[line_start:line_end]
    col = start - line_start
    width = max(1, min(end, line_end) - start)
    if len(line) > 120:  # keep the excerpt readable on long inputs
        lo = max(0, col - 50)
        line = ("…" if lo else "") + line[lo : lo + 100] + ("…" if lo + 100 < len(line) else "")
        col = col - lo + (1 if lo else 0)
        width = min(width, 100)
    return f"    {line}\n    {' ' * col}{'^' * width}"


class ParseError(ConflictEventsError, ValueError):
    """A string that a parser cannot read.  Quotes the text and marks the bad span."""

    text: str
    start: int
    end: int
    reason: str

    def __init__(self, text: str, reason: str, *, start: int = 0, end: int | None = None) -> None:
        self.text = text
        self.reason = reason
        self.start = max(0, min(start, len(text)))
        self.end = len(text) if end is None else max(self.start, min(end, len(text)))
        shown = text if len(text) <= 200 else text[:200] + "…"
        msg = f"{reason}: {shown!r}"
        if text:
            msg += "\n" + _caret_block(text, self.start, self.end)
        super().__init__(msg)

    def _arguments(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (self.text, self.reason), {"start": self.start, "end": self.end}


class DateResolutionError(ParseError):
    """Text that is not a date expression the library can resolve to a span."""


class CountParseError(ParseError):
    """Text that is not a count ("over 300", "a dozen", "between 10 and 15")."""


class LexiconError(ConflictEventsError, LookupError):
    """A lexicon that does not exist, or a word table that is missing or of the wrong shape.

    >>> from conflict_events.lexicon import load
    >>> load("xx")
    Traceback (most recent call last):
    ...
    conflict_events.LexiconError: no lexicon for language 'xx'; available: ...en...
    """


class MissingAnchorError(ConflictEventsError, ValueError):
    """A relative date needs a publication date, and none was given or found."""


class UnknownNameError(ConflictEventsError, LookupError):
    """A name that resolves to no entity above the documented match threshold.

    ``suggestions`` are the closest known names or ids (by the scorer of the lookup that
    failed), quoted in the message; a lookup may give them as a function, called only when
    the message is read (extractors try many names that are no entity and read no message).

    >>> str(UnknownNameError("actor:htss", "actor id", suggestions=["actor:hts"]))
    "no actor id named 'actor:htss'; did you mean 'actor:hts'?"
    """

    name: str
    what: str
    hint: str | None

    def __init__(
        self,
        name: str,
        what: str = "entity",
        hint: str | None = None,
        suggestions: Sequence[str] | Callable[[], Sequence[str]] = (),
    ) -> None:
        self.name = name
        self.what = what
        self.hint = hint
        self._suggestions = suggestions
        msg = f"no {what} named {name!r}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The closest known names, best first (may be empty)."""
        found = self._suggestions
        if callable(found):
            found = self._suggestions = tuple(found())
        return tuple(found)

    def __str__(self) -> str:  # LookupError would repr() the message
        message = str(self.args[0])
        if self.suggestions:
            message += f"; did you mean {' or '.join(map(repr, self.suggestions))}?"
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        args, kwargs = self._arguments()
        state = {k: v for k, v in vars(self).items() if k != "_suggestions"}
        return (_rebuild, (type(self), args, kwargs), state or None)

    def _arguments(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (self.name, self.what, self.hint, self.suggestions), {}


class AmbiguousNameError(ConflictEventsError, LookupError):
    """A name that matches two or more entities equally well; ``candidates`` lists them."""

    name: str
    candidates: tuple[str, ...]

    def __init__(self, name: str, candidates: Sequence[str], what: str = "entity") -> None:
        self.name = name
        self.candidates = tuple(candidates)
        self.what = what
        listed = ", ".join(self.candidates)
        super().__init__(f"{what} name {name!r} is ambiguous: it matches {listed}")

    def __str__(self) -> str:
        return str(self.args[0])

    def _arguments(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (self.name, self.candidates, self.what), {}


class RowError(ConflictEventsError, ValueError):
    """A bad row in a bulk file: which line, which column, what value, what was expected."""

    line: int
    column: str | None
    value: str | None
    reason: str

    def __init__(
        self, reason: str, *, line: int, column: str | None = None, value: str | None = None
    ) -> None:
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
        where = f"line {line}" + (f", column {column!r}" if column else "")
        got = f" (got {value!r})" if value is not None else ""
        super().__init__(f"{where}: {reason}{got}")

    def _arguments(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (self.reason,), {"line": self.line, "column": self.column, "value": self.value}


class FileError(ConflictEventsError, OSError):
    """A file that cannot be read or written as asked: missing, unreadable, not of its
    format, in a folder that does not exist, or the input given again as the output.
    ``path`` names the file; the message says what is wrong with it.

    >>> str(FileError("the output is the input file", path="events.csv"))
    "'events.csv': the output is the input file"
    """

    path: str
    reason: str

    def __init__(self, reason: str, *, path: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path!r}: {reason}")

    def __str__(self) -> str:  # OSError would format errno and filename
        return str(self.args[0])

    def _arguments(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (self.reason,), {"path": self.path}


# Show the public path in tracebacks (``conflict_events.ValidationError``), not this module.
for _cls in (
    ConflictEventsError,
    Problem,
    ValidationError,
    ParseError,
    DateResolutionError,
    CountParseError,
    LexiconError,
    MissingAnchorError,
    UnknownNameError,
    AmbiguousNameError,
    RowError,
    FileError,
):
    _cls.__module__ = "conflict_events"
del _cls
