"""The date words of one lexicon, and the regex helpers that turn them into fragments, shared
by the date resolver and the date finder.

:func:`date_words` reads the calendar table (generated from dateparser's data) and the
hand-curated ``dates`` table of a :class:`~conflict_events.lexicon.Lexicon` once per lexicon.
Fragments built from them contain no capturing groups, so rules can combine them freely; every
quantifier in them is bounded, so no fragment can backtrack catastrophically.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from conflict_events.lexicon import Lexicon, load
from conflict_events.text._accel import alternation, trie_alternation

__all__ = ["DateWords", "alternation", "date_words", "known_words", "trie_alternation"]


def _words(lexicon: Lexicon, path: str) -> tuple[str, ...]:
    """The words at ``path`` with the calendar additions of ``dates.toml`` and without its
    exclusions (for ``calendar.*`` paths)."""
    words = tuple(_spoken(w) for w in lexicon.words(path))
    if path.startswith("calendar."):
        rest = path.removeprefix("calendar.")
        added = f"dates.calendar_additions.{rest}"
        if lexicon.has(added):
            words = words + tuple(w for w in map(_spoken, lexicon.words(added)) if w not in words)
        excluded = f"dates.calendar_exclusions.{rest}"
        if lexicon.has(excluded):
            gone = set(map(_spoken, lexicon.words(excluded)))
            words = tuple(w for w in words if w not in gone)
    return words


def _spellings(lexicon: Lexicon, table: str) -> dict[str, int]:
    """spelling -> position of its entry (0-based) in the calendar ``table``."""
    found: dict[str, int] = {}
    for position, key in enumerate(lexicon.mapping(f"calendar.{table}")):
        for spelling in _words(lexicon, f"calendar.{table}.{key}"):
            found.setdefault(spelling, position)
    return found


def _numbers(table: Mapping[str, Any]) -> dict[str, int]:
    return {_spoken(word): int(value) for word, value in table.items()}


@attrs.frozen(kw_only=True, eq=False)
class DateWords:
    """The date words of one lexicon, as the grammar reads them (all lower case)."""

    lexicon: Lexicon
    weekdays: Mapping[str, int]  # spelling -> Monday = 0 ... Sunday = 6
    months: Mapping[str, int]  # spelling -> 1..12
    month_names: Mapping[str, str]  # spelling -> its month's own (TOML key) name
    numbers: Mapping[str, int]  # number word -> 1..99 ("twenty one")
    counts: Mapping[str, int]  # "a", "a couple of" -> 1, 2
    ordinals: Mapping[str, int]  # ordinal word -> 1..31 ("twenty first")
    seasons: Mapping[str, int]  # season -> its first month
    decades: Mapping[str, int]  # "nineties" -> 90
    holidays: Mapping[str, str]  # spelling -> holiday key ("christmas_eve")
    day_offsets: Mapping[str, int]  # "yesterday" -> -1
    part_of_day_offsets: frozenset[str]
    ago: tuple[str, ...]
    hence: tuple[str, ...]
    units: tuple[str, ...]
    parts_of_day: tuple[str, ...]
    this_parts_of_day: tuple[str, ...]
    # before a day: an edge that makes it part of a day ("late Sunday"), one that keeps the
    # whole day ("later Friday"), a part of day's lead ("before dawn on Tuesday"), a part of
    # day read only there ("the early hours of Sunday") and the link before the day ("on")
    day_edges: tuple[str, ...]
    day_edges_whole: tuple[str, ...]
    part_of_day_leads: tuple[str, ...]
    parts_of_day_before: tuple[str, ...]
    part_of_day_links: tuple[str, ...]
    edges: Mapping[str, int]  # "the end of" -> 2 (the third of the unit)
    hedges: tuple[str, ...]
    fillers: tuple[str, ...]
    year_leads: tuple[str, ...]
    months_needing_a_lead: frozenset[str]
    relative: tuple[str, ...]
    year_centuries: tuple[str, ...]
    year_hundred: str
    year_oh: str
    year_two_thousand: str
    tense: Mapping[str, tuple[str, ...]]
    # unit word (every inflected form) -> the grammar's unit ("jours" -> "day"); English's
    # unit words are their own units
    unit_keys: Mapping[str, str]
    # the words of the constructions other languages have (dates.toml ``grammar``: "il y a"
    # before a count, an adjective after its noun...); English has none, its rules spell theirs
    grammar: Mapping[str, tuple[str, ...]]
    # the words of English's own constructions, with the keys of ``grammar`` ("since",
    # "range_between"...: date_grammar.toml ``constructions``; empty where a lexicon has none)
    constructions: Mapping[str, tuple[str, ...]]
    # a relative word before a month ("last March") or before "year" after one ("March of
    # last year") -> its step from the anchor (date_grammar.toml ``relatives``)
    month_relatives: Mapping[str, int]
    year_relatives: Mapping[str, int]
    # the slots of the anaphora rule ("that", "forward"...; date_grammar.toml ``anaphora``; empty
    # where a lexicon has none)
    anaphora: Mapping[str, tuple[str, ...]]

    def construction(self, key: str) -> tuple[str, ...]:
        """The words of the construction slot ``key``: English's ``constructions`` and the
        language's ``grammar`` entry of that name.

        >>> date_words("en").construction("range_between")
        ('between',)
        """
        return (*self.constructions.get(key, ()), *self.grammar.get(key, ()))


@functools.cache
def _date_words(lexicon: Lexicon) -> DateWords:
    units = _numbers(lexicon.mapping("dates.numbers.units"))
    tens = _numbers(lexicon.mapping("dates.numbers.tens"))
    small = {w: n for w, n in units.items() if n < 10}
    numbers = dict(units)
    for ten, value in tens.items():
        numbers[ten] = value
        numbers.update({f"{ten} {unit}": value + n for unit, n in small.items()})
    ordinals = _numbers(lexicon.mapping("dates.numbers.ordinals"))
    small_ordinals = {w: n for w, n in ordinals.items() if n < 10}
    for ten, value in tens.items():
        ordinals.update(
            {f"{ten} {o}": value + n for o, n in small_ordinals.items() if value + n <= 31}
        )
    months = _spellings(lexicon, "months")
    month_keys = list(lexicon.mapping("calendar.months"))
    offsets: dict[str, int] = {}
    for key in lexicon.mapping("calendar.day_offsets"):
        for word in _words(lexicon, f"calendar.day_offsets.{key}"):
            offsets.setdefault(word, int(key))
    holidays: dict[str, str] = {}
    for key in lexicon.mapping("dates.holidays"):
        for word in _words(lexicon, f"dates.holidays.{key}"):
            holidays.setdefault(word, key)
    edges: dict[str, int] = {}
    for third, key in enumerate(("early", "mid", "late")):  # the TOML keys of [edges]
        for word in _words(lexicon, f"dates.edges.{key}"):
            edges.setdefault(word, third)
    tense = lexicon.mapping("dates.tense")
    unit_words = _words(lexicon, "dates.words.units")
    unit_keys = (
        {_spoken(w): str(k) for w, k in lexicon.mapping("dates.unit_keys").items()}
        if lexicon.has("dates.unit_keys")
        else {w: w for w in unit_words}
    )
    grammar = _word_table(lexicon, "dates.grammar")
    constructions = _word_table(lexicon, "date_grammar.constructions")
    anaphora = _word_table(lexicon, "date_grammar.anaphora")
    return DateWords(
        lexicon=lexicon,
        weekdays=_spellings(lexicon, "weekdays"),
        months={w: i + 1 for w, i in months.items()},
        month_names={w: month_keys[i] for w, i in months.items()},
        numbers=numbers,
        counts=_numbers(lexicon.mapping("dates.numbers.counts")),
        ordinals=ordinals,
        seasons=_numbers(lexicon.mapping("dates.seasons")),
        decades=_numbers(lexicon.mapping("dates.decades")),
        holidays=holidays,
        day_offsets=offsets,
        part_of_day_offsets=frozenset(_words(lexicon, "dates.words.part_of_day_offsets")),
        ago=_words(lexicon, "calendar.words.ago"),
        hence=_words(lexicon, "dates.words.hence"),
        units=_words(lexicon, "dates.words.units"),
        parts_of_day=_words(lexicon, "dates.words.parts_of_day"),
        this_parts_of_day=_words(lexicon, "dates.words.this_parts_of_day"),
        day_edges=_optional(lexicon, "date_grammar.day_parts.edges"),
        day_edges_whole=_optional(lexicon, "date_grammar.day_parts.edges_whole"),
        part_of_day_leads=_optional(lexicon, "date_grammar.day_parts.leads"),
        parts_of_day_before=_optional(lexicon, "date_grammar.day_parts.before"),
        part_of_day_links=_optional(lexicon, "date_grammar.day_parts.links"),
        edges=edges,
        hedges=_words(lexicon, "dates.prefixes.hedges"),
        fillers=_words(lexicon, "dates.prefixes.fillers"),
        year_leads=_words(lexicon, "dates.words.year_leads"),
        months_needing_a_lead=frozenset(_words(lexicon, "dates.words.months_needing_a_lead")),
        relative=_words(lexicon, "dates.words.relative"),
        year_centuries=_words(lexicon, "dates.numbers.years.centuries"),
        year_hundred=lexicon.text("dates.numbers.years.hundred"),
        year_oh=lexicon.text("dates.numbers.years.oh"),
        year_two_thousand=lexicon.text("dates.numbers.years.two_thousand"),
        tense={key: tuple(value) for key, value in tense.items()},
        unit_keys=unit_keys,
        grammar=grammar,
        constructions=constructions,
        month_relatives=_steps(lexicon, "date_grammar.relatives.month"),
        year_relatives=_steps(lexicon, "date_grammar.relatives.year"),
        anaphora=anaphora,
    )


def _optional(lexicon: Lexicon, path: str) -> tuple[str, ...]:
    """The words at ``path``, none where the lexicon has no such entry."""
    return _words(lexicon, path) if lexicon.has(path) else ()


def _word_table(lexicon: Lexicon, path: str) -> dict[str, tuple[str, ...]]:
    """key -> words of the table at ``path`` (empty where the lexicon has none)."""
    if not lexicon.has(path):
        return {}
    return {k: tuple(_spoken(w) for w in v) for k, v in lexicon.mapping(path).items()}


def _steps(lexicon: Lexicon, path: str) -> dict[str, int]:
    """word -> step of the ``relatives`` table at ``path`` (empty where the lexicon has none)."""
    return _numbers(lexicon.mapping(path)) if lexicon.has(path) else {}


_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bc`\u00b4", "'"))
_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W_])")


def _spoken(word: str) -> str:
    """``word`` as the rules see it in normalised text: lower case, one apostrophe, a hyphen
    between letters a space ("week-end" -> "week end")."""
    return _LETTER_HYPHEN.sub(" ", word.lower().translate(_APOSTROPHES))


def date_words(lexicon: Lexicon | str = "en") -> DateWords:
    """The date words of ``lexicon`` (read once per lexicon).

    >>> words = date_words("en")
    >>> words.months["sept"], words.weekdays["thurs"], words.numbers["twenty one"]
    (9, 3, 21)
    >>> date_words(load("en").extended({"calendar": {"months": {"may": ["mai"]}}})).months["mai"]
    5
    """
    return _date_words(load(lexicon))


@functools.cache
def known_words(words: DateWords) -> frozenset[str]:
    """Every single word the date words ``words`` spell (for suggestions in errors): the
    words of every table's entries, "twenty one" giving "twenty" and "one".

    >>> {"friday", "last", "yesterday"} <= known_words(date_words("en"))
    True
    """
    found: set[str] = set()

    def add(entries: object) -> None:
        if isinstance(entries, str):
            found.update(entries.lower().split())
        elif isinstance(entries, Mapping):
            for key, value in entries.items():
                add(key)
                if isinstance(value, (tuple, list, Mapping)):
                    add(value)
        elif isinstance(entries, (tuple, list, frozenset, set)):
            for entry in entries:
                add(entry)

    for field in attrs.fields(type(words)):
        if field.name != "lexicon":
            add(getattr(words, field.name))
    return frozenset(w for w in found if w.isalpha())
