"""The in-text date scanner derived from the resolver's rules, for every lexicon.

The text is normalised once as :func:`~conflict_events.parse._dates._normalise` normalises an
expression (lower case, one apostrophe, dots and commas made spaces, a hyphen between letters a
space, white space runs made one space), keeping where each normalised character came from.
At each word start whose first character some rule can start with (read from the compiled
rule patterns by :mod:`conflict_events.text._accel`), every rule's own pattern is matched and
the longest match taken, with the words the resolver reads around a rule (a hedge, "since", a
range "du 27 au 29 novembre", "X'dan bu yana"); the words found are then read by the resolver
itself.  So every expression :func:`resolve_date` reads in running text is found with the same
span, precision and approximate flag, and a word added to the lexicon is found with no fast
path to edit.  English's ``date_grammar.toml`` ``[scan]`` table holds the parameters English
running text needs (the case cues, "May" the month and "may" the verb, the
verb-group tense reader, anaphora, ranges with a bare day...: :func:`scan_parameters`,
docs/dates.md).

The direction of each mention comes from the lexicon's tense words (``dates.toml`` ``tense``):
the nearest future or past cue in the mention's clause, else in its sentence; past otherwise.
English reads it from its verb groups (:mod:`conflict_events.parse._dates_tense`).
"""

from __future__ import annotations

import functools
import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, chain, repeat
from operator import sub
from pathlib import Path
from typing import Literal, NamedTuple, Protocol, cast

import attrs

from conflict_events.parse._dates_vocab import DateWords
from conflict_events.text._accel import (
    alternation,
    compiled,
    first_chars,
    prefix_trie,
    start_key_trie,
    start_prefixes,
)

__all__ = ["Offsets", "Rule", "Scan", "normalised_with_offsets", "scan", "tense_reader"]

Direction = Literal["past", "future"]


class _Grammar(Protocol):
    """What the scanner reads of the resolver's grammar (``parse._dates._Grammar``; a
    protocol, so that this module does not import the resolver, which imports it)."""

    words: DateWords
    patterns: list[str | None]

    @property
    def headless(self) -> Sequence[tuple[tuple[str, bool], ...]]:
        """Per rule, its forms without optional heads: each a pattern and whether it
        matches only where the rule does (``parse._dates.Headless``)."""

    first_chars: list[frozenset[str] | None]
    prefix: re.Pattern[str]
    since: re.Pattern[str]
    # the constructions read as "since" is, a date after their words ("the day before last
    # Tuesday", "the week of March 6")
    day_shift: re.Pattern[str]
    week_of: re.Pattern[str]
    # the words the resolver drops inside an expression ("a week or so ago", "fiscal 1989"),
    # and the strings one of which a text holds where they may be
    hedge_after: re.Pattern[str]
    hedge_after_cues: tuple[str, ...]
    fiscal: re.Pattern[str]
    fiscal_in_text: re.Pattern[str]
    fiscal_cues: tuple[str, ...]
    range_prefix: re.Pattern[str]
    range_separator: re.Pattern[str]
    bare_day: re.Pattern[str]
    same_time: re.Pattern[str] | None
    anaphora: re.Pattern[str]
    in_text: list[bool]

    def word_rules(self, word: str) -> tuple[int, ...]:
        """The rules text whose first word is ``word`` can match (the resolver's dispatch)."""

    def __hash__(self) -> int: ...  # scanners are cached per grammar (hashed by identity)


class Rule(NamedTuple):
    """A rule as the scanner matches it at a position: its pattern, and its forms without the
    optional groups it opens with that can start where its rest does (the grammar's
    ``headless``), whose match there may be the longer one ("مساء اليوم السابق": the day
    word, not "مساء" and "اليوم")."""

    pattern: re.Pattern[str]
    # the forms that match only where the pattern does (tried only where it matched)
    forms: tuple[re.Pattern[str], ...]
    # the forms past a possessive head ("?+"), which may match where the pattern fails
    # (tried wherever any rule matched)
    free: tuple[re.Pattern[str], ...]


@attrs.frozen(kw_only=True, eq=False)
class Scan:
    """The scanner of one grammar: its rules' patterns compiled to match at a position, where
    a mention can start, and which rules a first word can start."""

    # per rule of the grammar (by index), its pattern compiled to match at a position; None
    # for a rule the lexicon lacks
    matchers: tuple[re.Pattern[str] | None, ...]
    # the same with the rule's shorter forms (None for a rule the lexicon lacks)
    rules: tuple[Rule | None, ...]
    first_chars: tuple[frozenset[str] | None, ...]
    # whether some rule has a form past a possessive head (``Rule.free``)
    any_free: bool
    # "the same day", read by the resolver from the reference, not by a rule
    same_time: re.Pattern[str] | None
    same_time_chars: frozenset[str] | None
    # every word start where a rule, a hedge or filler, "since" or a range can start (and
    # maybe others): one pass over the text finds the few places worth trying
    # (a match is the character before the start: a pattern that opens with a character
    # class lets re skip along the text, where a look-behind is tried at every character)
    # (its look-ahead walks a few words of a chain of hedges and fillers; where the chain
    # goes on, a group "longer" or "since_longer" says so and `_Chains.starts` decides)
    start: re.Pattern[str]
    # the same at the start of the text
    text_start: re.Pattern[str]
    # what the start pattern reads at each word of a chain: a rule or a range can start here
    here: re.Pattern[str]
    # the word starts where the start pattern can match (the character before, as
    # ``start``), found by one search for the strings its matches begin with (None: some
    # match begins with no string spelled out, and the start pattern is tried at every word
    # start); the same compiled for ASCII text (\w read as ASCII: the same matches in an
    # ASCII text, found in fewer steps)
    guard: re.Pattern[str] | None
    guard_ascii: re.Pattern[str] | None
    # per first word, the rules that can match from it (filled on use)
    by_word: dict[str, tuple[Rule, ...]] = attrs.field(factory=dict)
    # the words kept in a mention before a date the resolver reads after them, as it reads
    # them after a failed parse: "since", and a construction with a free rest ("the day
    # before last Tuesday", "the week of March 6": the rest is read as an expression)
    since: re.Pattern[str]
    # the words the resolver drops inside an expression before the rules read it
    # (``_dates._normalised``: "a week or so ago", "fiscal 1989", "the current fiscal
    # year"), and the strings one of which the text must hold for them to be looked for
    # (None: the lexicon has none)
    dropped: re.Pattern[str] | None
    dropped_cues: tuple[str, ...]
    bare_day: re.Pattern[str]
    abbreviations: frozenset[str]
    needs_lead: frozenset[str]
    lower_case_names: frozenset[str]
    calendar_names: frozenset[str]
    # the one-word function words the grammar reads before a date ("since", a filler, a hedge,
    # a year's lead, "until"): capitalised before a month, they open a sentence, not a name
    lead_words: frozenset[str]
    since_after: re.Pattern[str] | None
    # a word before a bare year that makes it a date ("en 2016"; "plus de 1200" is a count)
    year_lead: re.Pattern[str]
    # a word after a bare year that makes it one where no count can stand (German "hat sich
    # 2019 der Miliz angeschlossen": grammar.year_follows); None where the language has none
    year_follow: re.Pattern[str] | None = None
    # a count's qualifier right before a number ("mindestens 2000 der ..."): no year then
    count_before: re.Pattern[str] = re.compile("(?!)")
    # not dates: a place named by a day and month ("barrio 15 de Marzo", "29 Ekim Caddesi"),
    # its noun before or after it; an age by its decade ("العشرينيات من عمره")
    place_before: re.Pattern[str] | None = None
    place_after: re.Pattern[str] | None = None
    age_after: re.Pattern[str] | None = None
    # whether any of the three is there (none: no rule match is looked at for them)
    not_dates: bool = False
    # the lexicon's ``date_grammar.toml`` ``[scan]`` parameters (English's): the month and
    # weekday names that are dates only as written capitalised ("May", not "may"), the
    # weekdays a possessive after is part of the mention ("Friday's"), the abbreviations a
    # full stop after is ("Oct."), the words after a count of units that make it count from
    # an event ("a day after the attack")
    capitalised: frozenset[str] = frozenset()
    possessive_after: frozenset[str] = frozenset()
    dotted: frozenset[str] = frozenset()
    event_count_words: frozenset[str] = frozenset()
    # what may follow such a word in the text where no event is named after it: a mention
    # ("the day before, officials said", "the night after in hospital")
    event_count_end: re.Pattern[str] | None = None
    # a range with no opening word only with a bare day on one side ("14-20 October",
    # "November 27-29"; not "Friday to December"), never with one of these separators
    # ("and" needs "between")
    bare_day_ranges: bool = False
    closed_by_opening: frozenset[str] = frozenset()
    # the words after a date that leave it open at one end ("1994 or later"): no mention
    open_end: re.Pattern[str] | None = None
    # a decade written with two digits ("30s", "'60s") is a date only after one of these
    # words ("the 60s"; "in his 30s" is an age)
    short_decade_leads: re.Pattern[str] | None = None
    # the words of a year written in words ("nineteen ninety six"): after a hedge, as a bare
    # year in digits, a count ("more than two thousand")
    year_words: frozenset[str] = frozenset()
    hedge_before: re.Pattern[str] = re.compile("(?!)")
    # the season names, and the word that links a season to its year in the resolver's rule
    # ("the spring of 2019": ``date_grammar.rules.of``) read right after a mention: a season
    # before it that no date follows heads a noun phrase ("the fall of the town"), no date
    seasons: frozenset[str] = frozenset()
    season_link: re.Pattern[str] | None = None


@functools.cache
def scan(gr: _Grammar) -> Scan:
    """The scanner of the grammar ``gr`` (built once per grammar)."""
    matchers: list[re.Pattern[str] | None] = []
    rules: list[Rule | None] = []
    firsts = list(gr.first_chars)
    for pattern, chars, in_text, forms in zip(
        gr.patterns, firsts, gr.in_text, gr.headless, strict=True
    ):
        if pattern is None or chars == frozenset() or not in_text:
            matchers.append(None)
            rules.append(None)
        else:
            matchers.append(matcher := compiled(rf"(?:{pattern})(?!\w)"))
            rules.append(
                Rule(
                    matcher,
                    tuple(compiled(rf"{form}(?!\w)") for form, own in forms if own),
                    tuple(compiled(rf"{form}(?!\w)") for form, own in forms if not own),
                )
            )
    same_time = same_chars = None
    if gr.same_time is not None:
        same_time = compiled(rf"{gr.same_time.pattern}(?!\w)")
        same_chars = first_chars(gr.same_time.pattern)
    w = gr.words
    # a one-word abbreviation ("mar", "dic") is a date only beside a day or a year: alone it
    # is as often a word of the text ("el mar")
    abbreviations: set[str] = set()
    for table in ("months", "weekdays"):
        for key in w.lexicon.mapping(f"calendar.{table}"):
            spellings = [s for s in getattr(w, table) if _entry_of(w, table, s) == key]
            # a cut or contracted form ("dic", "sept", "mrz", "pzt"): its letters in order in
            # a longer spelling; a full name's case form ("июне", "мае") or a second name
            # ("تموز", "märz") is none
            abbreviations.update(
                s
                for s in spellings
                if len(s) <= 4 and any(len(o) > len(s) and _in_order(s, o) for o in spellings)
            )
    # as in English, a season alone is a date only after a word that makes it one ("en été",
    # not "a été"); a season in the case that says "in" itself needs none ("весной",
    # "навесні", "ilkbaharda": grammar.season_adverbs)
    needs_lead = set(w.months_needing_a_lead) | (
        set(w.seasons) - set(w.grammar.get("season_adverbs", ()))
    )
    lower = frozenset(w.grammar.get("lower_case_names", ()))
    after = w.grammar.get("since_after", ())
    since_after = None
    if after:
        suffix = r"(?:'[^\W\d_]{1,6})?" if w.grammar.get("apostrophe_suffix") else ""
        since_after = re.compile(rf"{suffix} {alternation(after)}(?!\w)")
    params = scan_parameters(w)
    # the anaphora the resolver reads with a reference ("later that day", "the following
    # year"), where the lexicon's [scan] table looks for them in text; never "then" or "the
    # year" alone, which running text uses for other things
    anaphora = _anaphora_pattern(gr) if params.get("anaphora") else None
    start_same = gr.same_time
    if anaphora is not None:
        own = "" if gr.same_time is None else f"{gr.same_time.pattern}|"
        same_time = compiled(rf"(?:{own}{anaphora})(?!\w)")
        start_same = compiled(rf"{own}{anaphora}")
        same_chars = first_chars(start_same.pattern)
    since = _since_pattern(gr)
    here, starts, guard = _start_pattern(
        gr,
        [m is not None for m in matchers],
        start_same,
        bool(params.get("bare_day_ranges")),
        since,
    )
    dropped_cues = (*gr.hedge_after_cues, *gr.fiscal_cues)
    not_dates = _not_dates(w.grammar)
    calendar_names = frozenset(w.months) | frozenset(w.weekdays)
    return Scan(
        matchers=tuple(matchers),
        first_chars=tuple(firsts),
        rules=tuple(rules),
        any_free=any(rule is not None and rule.free for rule in rules),
        same_time=same_time,
        same_time_chars=same_chars,
        # (an apostrophe after the character before a word opens a quotation: "``Today")
        start=compiled(rf"[^\w']'*{starts}"),
        text_start=compiled(rf"'*{starts}"),
        here=compiled(here),
        guard=compiled(rf"[^\w']'*{guard}") if guard else None,
        guard_ascii=compiled(rf"[^\w']'*{guard}", re.ASCII) if guard else None,
        since=since,
        # (in the resolver's order, which no text makes differ from one pass: their words
        # do not overlap)
        dropped=(
            compiled(f"{gr.hedge_after.pattern}|{gr.fiscal_in_text.pattern}")
            if dropped_cues
            else None
        ),
        dropped_cues=dropped_cues,
        bare_day=re.compile(rf"(?:{gr.bare_day.pattern})(?!\w)"),
        abbreviations=frozenset(abbreviations),
        needs_lead=frozenset(needs_lead),
        lower_case_names=lower,
        calendar_names=calendar_names,
        lead_words=frozenset(
            word
            for word in (
                *w.fillers,
                *w.hedges,
                *w.year_leads,
                *w.grammar.get("since", ()),
                *w.tense.get("weak_future", ()),
            )
            if " " not in word
        ),
        since_after=since_after,
        year_lead=re.compile(rf"(?<!\w)(?:{alternation(w.year_leads)}) $"),
        year_follow=_year_follow(w.grammar.get("year_follows", ())),
        count_before=_count_before(w),
        place_before=not_dates[0],
        place_after=not_dates[1],
        age_after=not_dates[2],
        not_dates=any(p is not None for p in not_dates),
        capitalised=calendar_names if params.get("capitalised_names") else frozenset(),
        possessive_after=(
            frozenset(w.weekdays) if params.get("possessive_after_weekdays") else frozenset()
        ),
        dotted=frozenset(abbreviations) if params.get("abbreviation_dot") else frozenset(),
        event_count_words=frozenset(_param_words(params, "event_count_words")),
        event_count_end=_event_count_end(_param_words(params, "event_count_followers")),
        bare_day_ranges=bool(params.get("bare_day_ranges")),
        short_decade_leads=(
            re.compile(rf"(?<!\w){alternation(_param_words(params, 'short_decade_leads'))} $")
            if _param_words(params, "short_decade_leads")
            else None
        ),
        hedge_before=re.compile(rf"(?<!\w){alternation(w.hedges)} $" if w.hedges else "(?!)"),
        year_words=frozenset(
            word
            for spelling in (
                *w.numbers,
                *w.year_centuries,
                w.year_hundred,
                w.year_oh,
                w.year_two_thousand,
            )
            for word in spelling.split()
        ),
        open_end=(
            re.compile(rf" {alternation(w.construction('open_end_after'))}(?!\w)")
            if params.get("open_ends") and w.construction("open_end_after")
            else None
        ),
        closed_by_opening=frozenset(w.construction("range_and"))
        if params.get("bare_day_ranges")
        else frozenset(),
        seasons=frozenset(w.seasons),
        season_link=_season_link(w),
    )


def _season_link(w: DateWords) -> re.Pattern[str] | None:
    """The word that links a season to its year in the resolver's season rule ("the spring
    of 2019"), right after a mention (None where the lexicon has no such word)."""
    links = [word.lower() for word in w.lexicon.optional_words("date_grammar.rules.of")]
    return re.compile(rf" (?:{alternation(links)})(?!\w)") if links and w.seasons else None


# the start strings of a pattern that matches nothing (a construction the lexicon has no words
# for compiles to one)
_NONE: frozenset[str] = frozenset()


def _since_pattern(gr: _Grammar) -> re.Pattern[str]:
    """The words the resolver reads before a date it reads on its own, kept in the mention:
    "since" and the constructions with a free rest ("the day before", "the week of"), each
    the resolver's own pattern (one that compiles to nothing adds nothing)."""
    own = [gr.since.pattern]
    own += [p.pattern for p in (gr.day_shift, gr.week_of) if start_prefixes(p.pattern) != _NONE]
    return compiled(own[0] if len(own) == 1 else "|".join(f"(?:{p})" for p in own))


def _event_count_end(followers: tuple[str, ...]) -> re.Pattern[str]:
    """What may follow a word of ``event_count_words`` in the text where it ends a mention:
    a punctuation mark, the text's end, or one of ``followers``."""
    words = rf"|\s+(?i:{alternation(followers)})(?!\w)" if followers else ""
    return re.compile(rf"\s*(?:[^\w\s]|$){words}")


def _param_words(params: Mapping[str, object], key: str) -> tuple[str, ...]:
    """The words of the ``[scan]`` entry ``key`` (none where it is absent)."""
    return tuple(str(v) for v in cast("tuple[object, ...]", params.get(key, ())))


def scan_parameters(w: DateWords) -> Mapping[str, object]:
    """The lexicon's ``date_grammar.toml`` ``[scan]`` table (English's), empty where it has
    none.

    >>> from conflict_events.parse._dates_vocab import date_words
    >>> scan_parameters(date_words("en"))["tense"], dict(scan_parameters(date_words("fr")))
    ('verb_groups', {})
    """
    if not w.lexicon.has("date_grammar.scan"):
        return {}
    return w.lexicon.mapping("date_grammar.scan")


def _not_dates(
    grammar: Mapping[str, object],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The patterns of the words around a day and month that make it no date: a place's
    noun before it (maybe with a linking word) or after it, an age's words after it."""

    def words(key: str) -> list[str]:
        found = grammar.get(key, ())
        # as the scanner's text is normalised: a hyphen between letters a space
        return [str(v).lower().replace("-", " ") for v in cast("tuple[str, ...]", found)]

    before, links = words("place_nouns"), words("place_links")
    link = rf"(?:{alternation(links)} )?" if links else ""
    after, age = words("place_nouns_after"), words("age_after")
    return (
        # the noun, maybe a link, and maybe the day before a month the core starts with
        (
            re.compile(rf"(?<!\w)(?:{alternation(before)}) {link}(?P<day>{_DAY_BEFORE})?$")
            if before
            else None
        ),
        re.compile(rf" (?:{alternation(after)})(?!\w)") if after else None,
        re.compile(rf" (?:{alternation(age)})(?!\w)") if age else None,
    )


def _anaphora_pattern(gr: _Grammar) -> str:
    """The resolver's anaphora pattern without its groups' names, but for the reference
    alone ("then") and a unit after the article alone ("the year", "the day")."""
    a = gr.words.anaphora
    alone = [*a.get("then", ())]
    units = alternation(a.get("units", ()))
    alone += [f"{c} {units}" for c in a.get("current", ())] if units else []
    # ("the day" alone, not "the day before": a step after a unit that takes one makes it
    # one; "then after", "the year before" stay refused)
    after = [*a.get("back_after", ()), *a.get("forward_after", ())]
    behind = "|".join(f"(?<= {re.escape(unit)})" for unit in a.get("step_after_units", ()))
    stepped = rf"(?!(?:{behind}) {alternation(after)}(?!\w))" if after and behind else ""
    refused = rf"(?!(?:{alternation(alone)})(?!\w){stepped})" if alone else ""
    return rf"{refused}(?:{_unnamed(gr.anaphora.pattern)})(?!\w)"


def _start_pattern(
    gr: _Grammar,
    present: list[bool],
    same_time: re.Pattern[str] | None,
    bare_day_ranges: bool,
    since_words: re.Pattern[str],
) -> tuple[str, str, str]:
    """Where a mention can start: a word start from which "since", hedges and fillers (as
    :func:`_candidates` reads them) lead to a rule, or to a range's opening word before a
    rule or a bare day; a rule where one of its start strings (or first characters) is.
    Returned as the pattern of one word of a chain (``here``), the start's look-ahead, and
    its guard: a look-ahead true wherever the start's is, read off the same start strings
    (empty where some match begins with no string spelled out).  Derived from the compiled
    patterns, and kept in the on-disk cache (reading the start strings off the rules takes a
    new process a good part of a second)."""

    # a rule that starts with a bare number (a year): as _spans_at reads it, a number is a
    # year after a word that makes it one ("en 2016"), or with an ending ("2016'da"); the
    # leads as look-behinds, one per word (each of a fixed width)
    leads = "|".join(rf"(?<=\b{re.escape(lead)} )" for lead in sorted(set(gr.words.year_leads)))
    bare = rf"(?=\d)(?:(?:{leads}){_DIGIT_RUN}|{_DIGIT_RUN}')" if leads else rf"{_DIGIT_RUN}'"
    # or with a word after it that makes it one (grammar.year_follows)
    follow = _year_follow(gr.words.grammar.get("year_follows", ()))
    if follow is not None:
        bare = rf"(?:{bare}|{_YEAR_DIGITS}(?={follow.pattern}))"

    def build() -> tuple[str, str, str]:
        sequences: list[tuple[str, ...]] = []
        strings: list[frozenset[str]] = []  # the start strings, as start_prefixes spells them
        any_start = False
        for pattern, chars, ok in zip(gr.patterns, gr.first_chars, present, strict=True):
            if not ok or pattern is None:
                continue
            # (a rule is matched followed by (?!\w): a start string that spells out a whole
            # match ends a word, so "mon" the weekday starts no "monitor")
            prefixes = start_prefixes(pattern, digits=_MARK, ends=_WORD_END)
            if prefixes is not None:
                strings.append(prefixes)
                sequences += [
                    (bare, *(_PIECES[c] for c in p[1:]))
                    if p.rstrip(_WORD_END) == _MARK
                    else tuple(_PIECES.get(c) or re.escape(c) for c in p)
                    for p in prefixes
                ]
            elif chars is None:
                any_start = True
            else:
                strings.append(frozenset(chars))
                sequences.append((_class_of(chars),))
        if bare_day_ranges:  # "14-20 october": a bare day and a separator start a range
            ranged_day = rf"{gr.bare_day.pattern}(?:{gr.range_separator.pattern})"
            prefixes = start_prefixes(ranged_day, digits=_MARK)
            if prefixes is None:
                any_start = True
            else:
                strings.append(prefixes)
                sequences += [
                    tuple(_DIGIT_RUN if c == _MARK else re.escape(c) for c in p) for p in prefixes
                ]
        if same_time is not None:
            prefixes = start_prefixes(same_time.pattern, digits=_MARK, ends=_WORD_END)
            if prefixes is None:
                any_start = True
            else:
                strings.append(prefixes)
                sequences += [tuple(_PIECES.get(c) or re.escape(c) for c in p) for p in prefixes]
        rule = "" if any_start else prefix_trie(sequences)
        since, prefix, ranged, day = (
            _unnamed(p.pattern) for p in (since_words, gr.prefix, gr.range_prefix, gr.bare_day)
        )
        # the strings one of which begins every match of the start pattern's look-ahead (a
        # rule, a range's opening word, "since", a hedge or a filler): the guard that lets
        # re's search pass over every other word start (none where one is not spelled)
        guard = ""
        spelled = [start_prefixes(p, digits=_MARK) for p in (ranged, since, prefix)]
        if not any_start and all(k is not None for k in spelled):
            ranged_keys, since_keys, step_keys = (cast("frozenset[str]", k) for k in spelled)
            leads = {k for sequence in strings for k in sequence} | ranged_keys
            steps = since_keys | step_keys

            def trie(keys: Iterable[str]) -> str:
                return start_key_trie(sorted(keys), digits=_MARK, ends=_WORD_END)

            # a key begins here; and it is a rule's or a range's, or "since", a hedge or a
            # filler is here and another key begins after it (read as the start's chain
            # reads it: a rule, a range or another step)
            keys = trie(leads | steps)
            guard = rf"(?={keys})(?=(?={trie(leads)})|(?:(?>{since})|(?>{prefix})){keys})"
        # as _candidates reads them, each step deterministic (the first match of "since" and
        # of a hedge or filler, no going back), so that the pattern is linear in the text
        here = rf"(?:{rule}|{ranged}(?:{rule}|{day}))"

        def chain(name: str, *, opened: bool = False) -> str:
            # at most _CHAIN_STEPS words: where a hedge or filler follows them, the group
            # ``name`` marks the start undecided (so no start's look-ahead reads a whole run
            # of hedges, which would make a run read from each of its words quadratic).
            # ``opened``: no rule starts here (the start's first alternative failed), so the
            # chain's first step is a hedge or filler, read without trying the rules again
            # (the same matches: a chain of no step ends in a rule or a hedge)
            first, steps = (rf"(?>{prefix})", _CHAIN_STEPS - 1) if opened else ("", _CHAIN_STEPS)
            return (
                rf"{first}(?:(?!{here})(?>{prefix})){{0,{steps}}}+"
                rf"(?:{here}|(?>{prefix})(?P<{name}>))"
            )

        # (the group "rule" marks a start where a rule or a range starts: only there can
        # one match, so _candidates tries the rules there only where it is set)
        starts = (
            rf"(?=[\w(])(?:(?={here})(?P<rule>)|(?=(?>{since}){chain('since_longer')}"
            rf"|{chain('longer', opened=True)}))"
        )
        return here, starts, guard

    from conflict_events import _cache
    from conflict_events.text import _accel

    extra = (same_time, since_words, gr.prefix, gr.range_prefix, gr.bare_day)
    try:
        key = _cache.content_key(
            [
                f"date scan start {_START_FORMAT}",
                "\n".join(p or "" for p in gr.patterns),
                "\n".join("" if p is None else p.pattern for p in extra),
                "".join("1" if ok else "0" for ok in present),
                f"{bare_day_ranges} {sorted(set(gr.words.year_leads))}",
                f"{sorted(set(gr.words.grammar.get('year_follows', ())))}",
                "\n".join("*" if c is None else "".join(sorted(c)) for c in gr.first_chars),
                Path(__file__).read_bytes(),
                Path(_accel.__file__).read_bytes(),
            ]
        )
    except OSError:  # sources not readable as files (a zip import): no cache
        return build()
    found = _cache.cached_data(
        "date-scan-start",
        key,
        build,
        check=_start_data,
    )
    return cast("tuple[str, str, str]", found)


def _start_data(data: object) -> bool:
    """Whether ``data`` is what :func:`_start_pattern` caches: three patterns."""
    return isinstance(data, tuple) and len(data) == 3 and all(isinstance(p, str) for p in data)


# Bumped whenever the layout of the cached start pattern changes.
_START_FORMAT = 8

# How many words of a chain of hedges and fillers the start pattern reads before it leaves the
# rest to `_Chains.starts` (a bound on its work per word start, not on what is found: news
# text rarely chains more than two or three)
_CHAIN_STEPS = 6


def _in_order(short: str, long: str) -> bool:
    """Whether the letters of ``short`` appear in ``long`` in order ("mrz" in "märz")."""
    rest = iter(long)
    return all(c in rest for c in short)


def _class_of(chars: frozenset[str]) -> str:
    """A character class of ``chars``."""
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


# a run of digits in start_prefixes's strings, and as a pattern; the end of a whole match
_MARK, _DIGIT_RUN, _WORD_END = "\x01", r"\d+", "\x02"
_PIECES = {_MARK: _DIGIT_RUN, _WORD_END: r"(?!\w)"}


def _unnamed(pattern: str) -> str:
    """``pattern`` with its groups unnamed, to be part of a larger pattern."""
    return _GROUP_NAME.sub("(?:", pattern)


_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")


def _entry_of(w: object, table: str, spelling: str) -> object:
    if table == "months":
        return getattr(w, "month_names")[spelling]  # noqa: B009 - the entry's own name
    names = list(getattr(w, "lexicon").mapping("calendar.weekdays"))  # noqa: B009
    return names[getattr(w, "weekdays")[spelling]]  # noqa: B009


class Offsets:
    """Where each character of a normalised text came from in the text: ``offsets[j]`` for
    ``0 <= j <= len(normalised)`` (the last, the text's length).  Kept as the runs of
    spaces made one and the possessives dropped, worked out into arrays on first use by
    C-level passes (``map``, ``accumulate``), so that normalising a text costs a few passes
    of ``re`` and ``str``, not a loop over it.  Words cut out of the normalised text
    afterwards (:meth:`cut`) are kept as the places they were cut at."""

    __slots__ = (
        "_cut_at",
        "_cut_shift",
        "_dropped",
        "_folded",
        "_lead",
        "_merged",
        "_runs",
        "_shrunk",
        "_unspaced",
    )

    def __init__(self, folded: str, unspaced: str, lead: int) -> None:
        # the text with white space made spaces (same length as the text), the same with the
        # possessives dropped, and whether one space was dropped at the start
        self._folded, self._unspaced, self._lead = folded, unspaced, lead
        self._dropped: list[int] | None = None
        # where words were cut out of the normalised text (places in the text without them,
        # in order) and how many characters the cuts up to each took out; None: no cut
        self._cut_at: list[int] | None = None
        self._cut_shift: list[int] = []

    def cut(self, s: str, pattern: re.Pattern[str]) -> str:
        """``s`` (the normalised text these offsets are of) without the matches of
        ``pattern``, these offsets then those of the result (once per text)."""
        found = [m.span() for m in pattern.finditer(s) if m.end() > m.start()]
        if not found:
            return s
        self._cut_shift = list(accumulate(b - a for a, b in found))
        self._cut_at = [
            a - shift for (a, _), shift in zip(found, [0, *self._cut_shift], strict=False)
        ]
        kept = [
            s[b:a] for (_, b), (a, _) in zip([(0, 0), *found], [*found, (len(s), 0)], strict=True)
        ]
        return "".join(kept)

    def cut_starts(self, s: str) -> list[int]:
        """The places of the cuts in ``s`` (the text without the words cut) that are word
        starts."""
        return [
            j
            for j in self._cut_at or ()
            if (_WORD_START.match(s, j - 1) if j else _TEXT_START.match(s, j)) is not None
        ]

    def cut_before(self, j: int) -> bool:
        """Whether words were cut out right before ``j``."""
        return self._cut_at is not None and j in self._cut_at

    def widened(self, start: int, end: int, a: int, b: int) -> tuple[int, int]:
        """The text's span ``a``..``b`` of ``start``..``end`` with the words cut out right
        before ``start`` and right after ``end`` ("fiscal 1989", "2016 or so")."""
        at = self._cut_at
        if at is None:
            return a, b
        shift = self._cut_shift
        i = bisect_left(at, start)
        if i < len(at) and at[i] == start:
            a = self._text_at(start + (shift[i - 1] if i else 0))
        k = bisect_right(at, end) - 1
        if k >= 0 and at[k] == end and end > start:
            b = self._text_at(end + shift[k] - 1) + 1
        return a, b

    def _arrays(self) -> None:
        dropped = list(map(_START, _POSSESSIVE.finditer(self._folded)))
        # a possessive's place in the text without them
        self._dropped = list(map(sub, dropped, range(0, 2 * len(dropped), 2)))
        runs = list(_RUN.finditer(self._unspaced))
        starts, ends = list(map(_START, runs)), list(map(_END, runs))
        # after each run, how many characters the runs up to it took out
        self._shrunk = list(accumulate(map(sub, map(sub, ends, starts), repeat(1))))
        self._runs = starts
        # each run's place in the normalised text (before the leading space is dropped)
        self._merged = list(map(sub, starts, [0, *self._shrunk[:-1]]))

    def __getitem__(self, j: int) -> int:
        at = self._cut_at
        if at is not None:
            i = bisect_right(at, j)
            if i:  # after a cut (at a cut: the character after it)
                j += self._cut_shift[i - 1]
        return self._text_at(j)

    def _text_at(self, j: int) -> int:
        """Where the character ``j`` of the normalised text before any cut came from."""
        if self._dropped is None:
            self._arrays()
        j += self._lead
        i = bisect_right(self._merged, j) - 1
        if i >= 0:  # after a run (its own space: the run's first)
            j = self._runs[i] if j == self._merged[i] else j + self._shrunk[i]
        return j + 2 * bisect_right(cast("list[int]", self._dropped), j)


def normalised_with_offsets(text: str, fold: dict[int, str]) -> tuple[str, Offsets]:
    """``text`` normalised as the resolver normalises an expression, and for each character
    of the result the offset of the character of ``text`` it came from (one more entry: the
    text's length).

    >>> s, offsets = normalised_with_offsets("Le 27. Novembre", {ord("."): " "})
    >>> s, offsets[3], offsets[len(s)]
    ('le 27 novembre', 3, 15)
    >>> s, offsets = normalised_with_offsets("  Friday's  vote", {})
    >>> s, [offsets[j] for j in range(len(s) + 1)]
    ('friday vote', [2, 3, 4, 5, 6, 7, 10, 12, 13, 14, 15, 16])
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # every step so far keeps the length: offsets are the same.  White space is made a space
    # in the same pass as the fold (no folded character is white space, and the letter
    # hyphen rule reads no white space)
    folded = lowered.translate(_with_spaces(fold))
    if "-" in folded:
        folded = _LETTER_HYPHEN.sub(" ", folded)
    # then the possessives go, and each run of spaces becomes one (a possessive between
    # spaces joins them into one run, as the character loop reads them), but at the start
    unspaced = _POSSESSIVE.sub("", folded) if "'s" in folded else folded
    spaced = _RUN.sub(" ", unspaced)
    lead = 1 if spaced.startswith(" ") else 0
    return spaced[lead:], Offsets(folded, unspaced, lead)


# a hyphen between letters, or between a digit and a letter (the "-" first, for re's fast
# scan to it)
_LETTER_HYPHEN = re.compile(r"-(?:(?<=[^\W\d_]-)(?=[^\W_])|(?<=[0-9]-)(?=[^\W\d_]))")
_POSSESSIVE = re.compile(r"'s(?![^\W_])")
_RUN = re.compile("  +")  # (not " {2,}": a literal head makes re search three times faster)
_START, _END = re.Match.start, re.Match.end
# every white space character (str.isspace; none is above U+3000) a space
_SPACES = {c: " " for c in range(0x3001) if chr(c).isspace()}
# the fold tables met, with white space made a space (by the fold table's identity)
_FOLDS: dict[int, tuple[dict[int, str], dict[int, str]]] = {}


def _with_spaces(fold: dict[int, str]) -> dict[int, str]:
    """``fold`` then every white space character a space, as one table."""
    found = _FOLDS.get(id(fold))
    if found is None or found[0] is not fold:
        table = _SPACES | {k: " " if v.isspace() else v for k, v in fold.items()}
        found = _FOLDS[id(fold)] = (fold, table)
    return found[1]


# every word start (the character before it, as Scan.start), and the text's
_WORD_START, _TEXT_START = re.compile(r"[^\w'](?=[\w(])"), re.compile(r"(?=[\w(])")


def mentions(
    gr: _Grammar,
    text: str,
    fold: dict[int, str],
    read: Callable[[int, int], object],
) -> Iterator[tuple[int, int, object]]:
    """Each mention of ``text``: its start and end offsets in ``text`` and what ``read``
    (the resolver reading ``text[start:end]``) makes of it, in order; ``read`` returns None
    for words it does not read as a date, and the next shorter candidate is tried."""
    sc = scan(gr)
    s, offsets = normalised_with_offsets(text, fold)
    starts: Iterable[int] = ()
    if sc.dropped is not None and any(_at_word_start(s, cue) for cue in sc.dropped_cues):
        # the words the resolver drops inside an expression are cut out ("a week or so
        # ago" is read as "a week ago", "the current fiscal year" as "the current year"),
        # and an expression may start where they were (the words themselves start it:
        # "fiscal 1989")
        s = offsets.cut(s, sc.dropped)
        starts = offsets.cut_starts(s)
    position = 0
    floor = [0]  # (read by the start pass: it tries no start before the last mention's end)
    chains = _Chains(gr, sc, s, (text, offsets))
    prefix = gr.prefix
    places = _starts(sc, s, chains, floor)
    for p, ruled in places if not starts else _merged(places, starts):
        if p < position:
            continue
        # the hedge or filler at p, read once for both (most starts have none)
        step = prefix.match(s, p)
        if step is not None and _before_since(gr, sc, s, step):
            continue
        for start, end in _candidates(gr, sc, s, p, (text, offsets), chains, step, ruled):
            if sc.capitalised and _lower_case_name(sc, s, start, end, text, offsets):
                continue
            a, b = offsets.widened(start, end, offsets[start], offsets[end - 1] + 1)
            if (
                sc.event_count_words
                and s[start:end].rpartition(" ")[2] in sc.event_count_words
                and (sc.event_count_end is None or not sc.event_count_end.match(text, b))
            ):
                continue
            if sc.open_end is not None and _open_ended(gr, sc, s, end):
                break  # "until 1994 or later": no shorter part of it either
            if sc.possessive_after or sc.dotted:
                b = _extended(sc, s, start, end, text, b)
            found = read(a, b)
            if found is not None:
                yield a, b, found
                position = floor[0] = end
                break


def _at_word_start(s: str, cue: str) -> bool:
    """Whether ``s`` holds ``cue`` where the dropped-words pattern can match it: a cue that
    opens with a word character only at a word start (the pattern's ``\\b``: "fy" in "fy
    1990", not in "identify"), any other anywhere (" or so").

    >>> _at_word_start("they identify the fy 1990 budget", "fy"), _at_word_start("justify", "fy")
    (True, False)
    """
    i = s.find(cue)
    if i <= 0 or _WORD_CHAR.match(cue) is None:
        return i >= 0
    while i > 0 and _WORD_CHAR.match(s, i - 1) is not None:
        i = s.find(cue, i + 1)
    return i >= 0


_WORD_CHAR = re.compile(r"\w")


def _merged(first: Iterable[tuple[int, bool]], second: Iterable[int]) -> Iterator[tuple[int, bool]]:
    """The positions of two ordered streams, in order, each once, the rules tried at each
    (the second's are not known to start no rule)."""
    last = -1
    for p in heapq.merge((p for p, _ in first), second):
        if p != last:
            yield p, True
            last = p


def _open_ended(gr: _Grammar, sc: Scan, s: str, end: int) -> bool:
    """Whether the words after ``s[:end]`` leave it open at one end ("1994 or later"), not
    the start of another date ("and later in the day", "and earlier that day")."""
    assert sc.open_end is not None
    m = sc.open_end.match(s, end)
    if m is None:
        return False
    last = m.end() - len(m.group().rpartition(" ")[2])
    return not _core_ends(gr, sc, s, last)


def _lower_case_name(sc: Scan, s: str, start: int, end: int, text: str, offsets: Offsets) -> bool:
    """Whether a month or weekday name of the candidate ``s[start:end]`` is written in lower
    case in ``text`` ("may" the verb, "the march"), where the lexicon writes them capitalised."""
    words = s[start:end].split(" ")
    if sc.capitalised.isdisjoint(words):
        return False
    q = start
    for word in words:
        if word in sc.capitalised and not text[offsets[q]].isupper():
            return True
        q += len(word) + 1
    return False


def _extended(sc: Scan, s: str, start: int, end: int, text: str, b: int) -> int:
    """The end in ``text`` of the mention ``s[start:end]`` (``text[..:b]``) with the
    possessive after a weekday ("Friday's") or the full stop after an abbreviation ("Oct.")
    the normalised text leaves out."""
    last = s[start:end].rpartition(" ")[2]
    if last in sc.possessive_after and _POSSESSIVE_AT.match(text, b):
        return b + 2
    if last in sc.dotted and text[b : b + 1] == ".":
        return b + 1
    return b


_POSSESSIVE_AT = re.compile("['\u2019][sS](?!\\w)")


def _before_since(gr: _Grammar, sc: Scan, s: str, first: re.Match[str]) -> bool:
    """Whether fillers from a start (``first``, the hedge or filler there) lead to a "since"
    word that is a filler too ("die seit August 2023"), or another construction read as
    "since" is ("on the day before Tuesday", ``Scan.since``): the mention is read from that
    word, "since" and all, not from the start without it."""
    step: re.Match[str] | None = first
    q, steps = first.start(), 0
    while steps < _CHAIN_STEPS:
        if steps:
            step = gr.prefix.match(s, q)
        if step is None or step.group("hedge") is not None:
            return False
        q, steps = step.end(), steps + 1
        # a word of its own (a proclitic joined to "since", "ومنذ", is read from its start)
        if s[q - 1 : q] == " " and sc.since.match(s, q):
            return True
    return False


def _starts(
    sc: Scan, s: str, chains: _Chains, floor: Sequence[int] = (0,)
) -> Iterator[tuple[int, bool]]:
    """The word starts of ``s`` where a mention can start, in order (:func:`_start_pattern`),
    each with whether a rule or a range starts there (not only after a hedge, a filler or
    "since").  The start pattern is tried only where its guard finds a word beginning with
    one of the strings its matches begin with (the same matches: the guard holds wherever
    the start pattern does, and what a guard's match takes is apostrophes no start begins
    at), and not where the start would come before ``floor[0]`` (the end of the mention the
    caller found last, read as the loop goes: it passes over such starts)."""
    first = sc.text_start.match(s)
    guard = sc.guard_ascii if s.isascii() else sc.guard
    if guard is None:
        starts: Iterator[re.Match[str]] = sc.start.finditer(s)
    else:
        at = sc.start.match
        # (a start is the word start after the guard's first character, past apostrophes)
        starts = (
            m
            for g in guard.finditer(s)
            if (g.start() + 1 >= floor[0] or s[g.start() + 1] == "'")
            and (m := at(s, g.start())) is not None
        )
    for m in chain((first,), starts) if first else starts:
        # the marker group of an undecided start ("longer", "since_longer") or of a rule's
        # ("rule") closes last; the pattern has no other named group
        group = m.lastgroup
        if group is None or group == "rule" or chains.starts(m.end()):
            yield m.end(), group == "rule"


def _rules_at(gr: _Grammar, sc: Scan, s: str, q: int) -> tuple[Rule, ...]:
    """The rules that can match ``s`` at ``q``: those its first two words can start (the
    resolver's dispatch), found once per pair of words."""
    space = s.find(" ", q)
    if space > q:
        space = s.find(" ", space + 1)
    word = s[q:] if space < 0 else s[q:space]
    found = sc.by_word.get(word)
    if found is not None:
        return found
    if word:
        first, indices = word[0], gr.word_rules(word)
    else:  # at a space
        first = " "
        indices = tuple(
            i for i, chars in enumerate(sc.first_chars) if chars is None or first in chars
        )
    rules = [r for i in indices if (r := sc.rules[i]) is not None]
    if sc.same_time is not None and (sc.same_time_chars is None or first in sc.same_time_chars):
        rules.append(Rule(sc.same_time, (), ()))
    found = tuple(rules)
    if len(sc.by_word) < _MAX_WORDS:
        sc.by_word[word] = found
    return found


# How many first words a scanner keeps its rules for (a stream of new numbers would grow
# the table without end; past the bound a word's rules are worked out each time)
_MAX_WORDS = 8192


def _core_ends(gr: _Grammar, sc: Scan, s: str, q: int) -> list[int]:
    """The ends of the rule matches at ``q``, longest first."""
    if q >= len(s):
        return []
    rules = _rules_at(gr, sc, s, q)
    ends: list[int] = []
    for rule in rules:
        m = rule.pattern.match(s, q)
        if m is not None:
            ends.append(m.end())
            # a rule whose optional head was read may match further without it ("مساء
            # اليوم السابق"); its rest matches only where the rule does, so only the forms
            # of the rules that matched here are tried
            if rule.forms:
                ends += [f.end() for form in rule.forms if (f := form.match(s, q))]
    if ends and sc.any_free:
        ends += [f.end() for rule in rules for form in rule.free if (f := form.match(s, q))]
    # (most positions match one rule or none: no set, no sort)
    return sorted(set(ends), reverse=True) if len(ends) > 1 else ends


def _candidates(
    gr: _Grammar,
    sc: Scan,
    s: str,
    p: int,
    source: tuple[str, Offsets],
    chains: _Chains,
    prefix: re.Match[str] | None,
    ruled: bool = True,
) -> list[tuple[int, int]]:
    """The (start, end) spans of normalised ``s`` at ``p`` that may be a mention, longest
    first.  As the resolver does, the rules are tried at ``p`` and after each word before a
    date it skips (a filler: not part of the mention; a hedge or "since": part of it).  The
    words after the first are read from ``chains``, which walks each chain once per text.
    ``ruled``: whether a rule or a range can start at ``p`` (the start pattern says so: no
    rule matches where none of its start strings is), else only the chain is read."""
    found = set(_spans_at(gr, sc, s, p, p, False, source)) if ruled else set()
    since = sc.since.match(s, p)
    if since is not None:  # "since" is part of the mention: every later span starts at p
        found.update((p, e) for e in chains.at(since.end(), False).ends)
    elif prefix is not None:  # (the hedge or filler at p, read by the caller)
        link = chains.at(prefix.end(), prefix.group("hedge") is not None)
        if link.hedge:  # a hedge is part of the mention
            found.update((p, e) for e in link.ends)
        else:  # a filler is not: each span starts where its rule does, up to a hedge
            found.update(link.own)
            if link.kept >= 0:
                found.update((link.kept, e) for e in link.after)
    if len(found) < 2:
        return list(found)
    return sorted(found, key=_longest_first)


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    return span[0] - span[1], span[0]


class _Link(NamedTuple):
    """What the chain of hedges and fillers from one position gives (the position reached
    after at least one of them, so a rule there has a word before it).  (A named tuple: one
    is made per position of a chain, on the scanner's hot path.)"""

    hedge: bool  # whether the word that led here is a hedge
    # the ends of every rule match from here to the chain's end
    ends: frozenset[int]
    # the spans found before the chain's first hedge, each from its own rule's position, and
    # that hedge's position (-1 if none) and the ends found after it (spans from the hedge)
    own: tuple[tuple[int, int], ...]
    kept: int
    after: frozenset[int]


_NO_ENDS: frozenset[int] = frozenset()


class _Chains:
    """The chains of hedges and fillers of one normalised text, each position's link worked
    out once: a run of fillers ("dans la dans la ...") read from each of its words would
    otherwise be walked again from each, in time growing with the square of its length."""

    __slots__ = ("_gr", "_links", "_reaches", "_s", "_sc", "_source")

    def __init__(self, gr: _Grammar, sc: Scan, s: str, source: tuple[str, Offsets]) -> None:
        self._gr, self._sc, self._s, self._source = gr, sc, s, source
        self._links: dict[tuple[int, bool], _Link] = {}
        self._reaches: dict[int, bool] = {}

    def starts(self, p: int) -> bool:
        """Whether the start pattern matches at ``p``, read with no bound on the chain: a
        rule or a range starts at ``p``, or after "since" and a chain, or after a chain."""
        s, sc = self._s, self._sc
        if sc.here.match(s, p):
            return True
        since = sc.since.match(s, p)
        return (since is not None and self._reach(since.end())) or self._reach(p)

    def _reach(self, q: int) -> bool:
        """Whether a chain of hedges and fillers from ``q`` (maybe none) reaches a word where
        a rule or a range starts (each position decided once per text)."""
        s, here, prefix, known = self._s, self._sc.here, self._gr.prefix, self._reaches
        path: list[int] = []
        while (found := known.get(q)) is None:
            path.append(q)
            if here.match(s, q):
                found = True
                break
            step = prefix.match(s, q)
            if step is None:
                found = False
                break
            q = step.end()
        for position in path:
            known[position] = found
        return found

    def at(self, q: int, hedge: bool) -> _Link:
        """The link at ``q``, reached after a hedge (``hedge``) or a filler."""
        links = self._links
        found = links.get((q, hedge))
        if found is not None:
            return found
        # walk on to the chain's end or to a link already known (a loop, not recursion: a
        # chain can be as long as the text), then fill the links in from the last
        path: list[tuple[int, bool, bool]] = []  # position, arrived by a hedge, leaves by one
        link: _Link | None = None
        while True:
            prefix = self._gr.prefix.match(self._s, q)
            leaves = prefix is not None and prefix.group("hedge") is not None
            path.append((q, hedge, leaves))
            if prefix is None:
                break
            q, hedge = prefix.end(), leaves
            link = links.get((q, hedge))
            if link is not None:
                break
        gr, sc, s, source = self._gr, self._sc, self._s, self._source
        no_spans: tuple[tuple[int, int], ...] = ()
        for q, hedge, leaves in reversed(path):
            ends = frozenset([e for _, e in _spans_at(gr, sc, s, q, q, True, source, hedge)])
            own = tuple((q, e) for e in sorted(ends))
            if link is None:  # the chain's end
                kept, after, later, own_later = -1, _NO_ENDS, _NO_ENDS, no_spans
            elif leaves:  # a hedge: the spans from here on start at q
                kept, after, later, own_later = q, link.ends, link.ends, no_spans
            else:
                kept, after, later, own_later = link.kept, link.after, link.ends, link.own
            link = links[q, hedge] = _Link(
                hedge,
                later | ends if ends - later else later,
                own + own_later if own else own_later,
                kept,
                after,
            )
        assert link is not None  # the path holds the position asked for
        return link


def _in_a_name(sc: Scan, text: str, offsets: Offsets, q: int) -> bool:
    """Whether the month or weekday name at ``q``, in a language that writes them in lower
    case, is written capitalised after a capitalised word (and maybe a short linking word):
    part of a name ("Rio de Janeiro", "Plaza de Mayo")."""
    if not sc.lower_case_names:
        return False
    at = offsets[q]
    if not text[at].isupper():
        return False
    before = text[max(0, at - 40) : at].split()
    if before and len(before[-1]) <= 3 and before[-1].islower():
        before = before[:-1]
    return (
        bool(before)
        and before[-1][:1].isupper()
        and not before[-1].endswith((".", ":"))
        # a capitalised word the grammar reads before a date opens a sentence: "Desde Junho"
        and before[-1].lower() not in sc.lead_words
    )


# a day's number before its month, maybe with a short link ("15 de ", "8 ")
_DAY_BEFORE = r"\d{1,2} (?:[^\W\d_]{1,3} )?"
_DAY_BEFORE_END = re.compile(rf"(?<!\w){_DAY_BEFORE}$")


def _not_a_date(sc: Scan, s: str, q: int, end: int, source: tuple[str, Offsets]) -> bool:
    """Whether the rule match ``s[q:end]`` names a place ("barrio 15 de Marzo", "rue du
    8-Mai", "29 Ekim Caddesi": a day after or before a place's noun) or an age ("العشرينيات
    من عمره")."""
    if sc.age_after is not None and sc.age_after.match(s, end):
        return True
    # a month after the name's day ("15 de Marzo" read from "Marzo") is the name's too
    digit = s[q : q + 1].isdigit()
    if not digit and _DAY_BEFORE_END.search(s, max(0, q - 8), q) is None:
        return False
    if sc.place_after is not None and sc.place_after.match(s, end):
        return True
    if sc.place_before is None:
        return False
    place = sc.place_before.search(s, max(0, q - 48), q)
    if place is None or not (digit or place.group("day") is not None):
        return False
    # where months are written in lower case, the name's is capitalised ("na praça 1 Мая" /
    # "на площади 3 мая": on the square on 3 May)
    text, offsets = source
    return not sc.lower_case_names or any(
        c.isupper() for c in text[offsets[q] : offsets[end - 1] + 1]
    )


def _spans_at(
    gr: _Grammar,
    sc: Scan,
    s: str,
    q: int,
    start: int,
    lead: bool,
    source: tuple[str, Offsets],
    hedged: bool = False,
) -> list[tuple[int, int]]:
    """The spans from ``start`` of a rule match at ``q``, of a range that starts there ("du
    27 au 29 novembre", "jeudi au samedi") and of "X'dan bu yana"."""
    found: list[tuple[int, int]] = []
    ranged = gr.range_prefix.match(s, q)
    if ranged is not None:
        r = ranged.end()
        lefts = _core_ends(gr, sc, s, r)
        day = sc.bare_day.match(s, r)
        if day is not None:
            lefts.append(day.end())
        for left in lefts:
            separator = gr.range_separator.match(s, left)
            if separator is not None:
                found += [(start, e) for e in _core_ends(gr, sc, s, separator.end())]
    ends = _core_ends(gr, sc, s, q)
    if sc.bare_day_ranges and ranged is None:
        found += _bare_day_ranges(gr, sc, s, q, start, ends)
    for end in ends:
        core = s[q:end]
        if core in sc.abbreviations or (not lead and core in sc.needs_lead):
            continue
        if sc.lower_case_names and core in sc.calendar_names and _in_a_name(sc, *source, q):
            continue
        if sc.not_dates and _not_a_date(sc, s, q, end, source):
            continue
        # a season before the word that links it to its year, with no date after that word
        # (the resolver read none: a longer span would have been the mention), is a noun
        # phrase's head ("the fall of the town", "since the fall of Aleppo")
        if (
            sc.season_link is not None
            and core.rpartition(" ")[2] in sc.seasons
            and sc.season_link.match(s, end) is not None
        ):
            continue
        if not sc.bare_day_ranges:
            separator = gr.range_separator.match(s, end)
            if separator is not None:
                found += [(start, e) for e in _core_ends(gr, sc, s, separator.end())]
                # a year, then the later one's last two digits ("en 2020-21"; the resolver
                # reads them, _range_of)
                short = _SHORT_YEAR.match(s, separator.end()) if core.isdigit() else None
                if short is not None and not _not_a_year(sc, s, q, hedged, -1):
                    found.append((start, short.end()))
        if sc.since_after is not None:
            after = sc.since_after.match(s, end)
            if after is not None:
                found.append((start, after.end()))
        # as in English, a bare year needs a word before it that makes it one ("en 2016"),
        # and no hedge ("plus de 1200" is a count)
        # (the words the resolver drops before a year, cut out right before it, make it one:
        # "fiscal 1989")
        if core.isdigit() and _not_a_year(sc, s, q, hedged, end) and not source[1].cut_before(q):
            continue
        if sc.bare_day_ranges and core.isdigit():
            found += _year_range(gr, sc, s, start, end)
        if (
            core.partition(" ")[0] in sc.year_words and sc.year_words.issuperset(core.split(" "))
        ) and (hedged or sc.hedge_before.search(s, max(0, q - 40), q) is not None):
            continue
        if (
            sc.short_decade_leads is not None
            and core.endswith("0s")
            and _SHORT_DECADE.fullmatch(core)
            and sc.short_decade_leads.search(s, max(0, q - 20), q) is None
        ):
            continue
        found.append((start, end))
    return found


def _not_a_year(sc: Scan, s: str, q: int, hedged: bool, end: int) -> bool:
    """Whether the bare number at ``q`` (ending at ``end``; -1: not looked after) is no
    year: no word before it makes it one ("en 2016") and, where the language has them, no
    word after it (``year_follows``: "hat sich 2019 der Miliz angeschlossen"; never after a
    hedge, "mehr als 2000 der Demonstranten"), or a hedge ends with that word ("plus de
    1200" is a count; "around 2016", a hedge that is itself the word, is a year)."""
    lead = sc.year_lead.search(s, max(0, q - 40), q)
    if lead is None:
        return not (
            end >= 0
            and sc.year_follow is not None
            and not hedged
            and _YEAR_DIGITS_RE.fullmatch(s, q, end) is not None
            and sc.year_follow.match(s, end) is not None
            and sc.hedge_before.search(s, max(0, q - 40), q) is None
            and sc.count_before.search(s, max(0, q - 40), q) is None
        )
    if not hedged:
        return False
    hedge = sc.hedge_before.search(s, max(0, q - 40), q)
    return hedge is not None and hedge.start() < lead.start()


# a year a following word makes one: 1800-2099 (a bare number out of it is a count)
_YEAR_DIGITS = r"(?:1[89]|20)\d\d(?!\d)"
_YEAR_DIGITS_RE = re.compile(_YEAR_DIGITS)


def _year_follow(words: Iterable[str]) -> re.Pattern[str] | None:
    """The words after a bare year that make it one, read right after it (None for none)."""
    words = tuple(words)
    return re.compile(rf" (?:{alternation(words)})(?!\w)") if words else None


def _count_before(w: DateWords) -> re.Pattern[str]:
    """A count's qualifier (counts.qualifiers: "mindestens", "mehr als") ending right before a
    number, for a language with ``year_follows`` ("(?!)" otherwise: nothing reads it)."""
    lex = w.lexicon
    if not w.grammar.get("year_follows") or not lex.has("counts.qualifiers"):
        return re.compile("(?!)")
    words = {
        str(word).lower()
        for value in lex.mapping("counts.qualifiers").values()
        if isinstance(value, (list, tuple))
        for word in value
    }
    return re.compile(rf"(?<!\w){alternation(sorted(words))} $") if words else re.compile("(?!)")


# the last two digits of a range's later year ("2020-21"), none a month ("2019-05" is an ISO
# month or a code, "2011-12" a month or a season)
_SHORT_YEAR = re.compile(r"(?:1[3-9]|[2-9]\d)(?![\w'])")

# a decade in two digits, as normalised ("30s", "'60s")
_SHORT_DECADE = re.compile(r"'?\d0s")


def _bare_day_ranges(
    gr: _Grammar, sc: Scan, s: str, q: int, start: int, ends: list[int]
) -> list[tuple[int, int]]:
    """The spans from ``start`` of a range with no opening word at ``q`` and a bare day on
    one side: a bare day, a separator and a date ("14-20 october 2024", "27 to 29
    november"), or a date (the rule matches at ``q`` end at ``ends``), a separator and a bare
    day ("november 27-29")."""
    found: list[tuple[int, int]] = []
    day = sc.bare_day.match(s, q)
    if day is not None:
        separator = _open_separator(gr, sc, s, day.end())
        if separator is not None:
            found += [(start, e) for e in _core_ends(gr, sc, s, separator)]
    for end in ends:
        if s[q:end].isdigit():  # a bare number is no date before a day ("2024-11")
            continue
        separator = _open_separator(gr, sc, s, end)
        if separator is not None:
            day = sc.bare_day.match(s, separator)
            if day is not None:
                found.append((start, day.end()))
    return found


def _year_range(gr: _Grammar, sc: Scan, s: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans from ``start`` of a range of years written with a dash after the year a
    lead made one (``s[:end]`` ends with it): "in 2014-2016", "in 2015–17" (the later
    year's last two digits, which the resolver reads, ``_range_of``).  Where two dates need
    an opening word to make a range (``bare_day_ranges``), two years joined by a dash are
    one written range; a word between them ("2014 to 2016") still needs one."""
    separator = gr.range_separator.match(s, end)
    if separator is None or separator.group().strip() != "-":
        return []
    after = separator.end()
    found = [(start, e) for e in _core_ends(gr, sc, s, after) if s[after:e].isdigit()]
    short = _SHORT_YEAR.match(s, after)
    if short is not None:
        found.append((start, short.end()))
    return found


def _open_separator(gr: _Grammar, sc: Scan, s: str, q: int) -> int | None:
    """Where the range separator at ``q`` ends, for a range with no opening word (not "and",
    which needs "between"); None where there is none."""
    separator = gr.range_separator.match(s, q)
    if separator is None or separator.group().strip() in sc.closed_by_opening:
        return None
    return separator.end()


@functools.cache
def tense_reader(gr: _Grammar) -> Callable[[str, int, int, int, int], Direction]:
    """The direction a mention takes from the lexicon's tense words: the nearest future or
    past cue in the mention's clause (between commas, semicolons, colons, brackets, dashes),
    else in its sentence (``first``..``last``); past where none is.  Where the lexicon's
    ``[scan]`` table says ``tense = "verb_groups"`` (English), the verb groups around the
    mention decide (:func:`~conflict_events.parse._dates_tense.direction_at`)."""
    if scan_parameters(gr.words).get("tense") == "verb_groups":
        from conflict_events.parse._dates_tense import direction_in

        return direction_in
    tense = gr.words.tense
    future = {
        w.lower()
        for key in ("future_auxiliaries", "future_words", "future_before_to")
        for w in tense.get(key, ())
    }
    # "jusqu'à", "bis": future only just before the date ("jusqu'à vendredi")
    weak = tuple(w.lower() for w in tense.get("weak_future", ()))
    weak_before = (
        re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, weak))})\s+$", re.IGNORECASE)
        if weak
        else None
    )
    # the "until", "by" and "before" words of weak_future whose date the clause's verb reads
    until = frozenset(w.lower() for w in tense.get("until", ()))
    past = {
        w.lower()
        for key in ("past_auxiliaries", "perfect_auxiliaries", "past_words")
        for w in tense.get(key, ())
    }
    words = sorted(future | past, key=lambda w: (-len(w), w))
    # the endings of a synthetic future ("reprendront"), on words of six letters or more
    endings = sorted(tense.get("future_endings", ()), key=len, reverse=True)
    future_endings = tuple(endings)
    alternatives = [re.escape(w) for w in words]
    if endings:
        alternatives.append(rf"\w{{3,}}(?:{'|'.join(map(re.escape, endings))})")
    if not alternatives:
        return lambda text, start, end, first, last: "past"
    cue = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
    # the longest listed cue: what a match attempt reads past its start, but for a word
    longest = max(map(len, words), default=0)
    # the text read last, how many times, and its cue index once it pays (one text at a time:
    # find_dates reads a text's mentions in a row; the entry is replaced whole, so a reader
    # in another thread sees one text's entry or another's, never a mix)
    last_text: list[tuple[str, int, _CueIndex | None]] = [("", 0, None)]

    def cues(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
        """``cue.finditer(text, a, b)``: start, end and lower-cased words."""
        seen, reads, index = last_text[0]
        if seen is not text:
            reads, index = 0, None
        reads += 1
        if index is None and reads > _CUE_INDEX_AFTER:
            index = _CueIndex(cue, text, longest)
        last_text[0] = (text, reads, index)
        if index is not None:
            return index.window(a, b)
        return [(m.start(), m.end(), m.group().lower()) for m in cue.finditer(text, a, b)]

    # a relative clause after a comma ("…, denen … vorgeworfen werden"): its tense words
    # describe its noun, so the sentence-wide search for a date's cue stops where it opens
    openers = sorted(tense.get("relative_openers", ()), key=len, reverse=True)
    relative_clause = (
        re.compile(
            "[,;،]\\s*(?:"
            + "|".join(
                re.escape(w.lower()) + ("" if w.endswith(("'", "’")) else r"(?!\w)")
                for w in openers
            )
            + ")",
            re.IGNORECASE,
        )
        if openers
        else None
    )

    def direction(text: str, start: int, end: int, first: int, last: int) -> Direction:
        # A tense cue stands near its date: a bounded window keeps a long sentence of dates
        # linear (each date would otherwise reread the whole sentence).
        first, last = max(first, start - _TENSE_WINDOW), min(last, end + _TENSE_WINDOW)
        lo, hi = first, last
        for m in _BREAK.finditer(text, first, start):
            lo = m.end()
        after = _BREAK.search(text, end, last)
        if after is not None:
            hi = after.start()
        weak_m = (
            None if weak_before is None else weak_before.search(text, max(first, start - 40), start)
        )
        if weak_m is not None:
            # "until Tuesday" looks forward unless its clause's verb is past: "chegaram até
            # terça-feira" (arrived by Tuesday) is the Tuesday before; "para", "d'ici" always
            if weak_m.group().rstrip().lower() in until:
                return _until_direction(text, start, end, lo, hi)
            return "future"
        best = nearest_cue(text, lo, hi, start, end)
        if best is None and (lo, hi) != (first, last):
            # no cue in the mention's clause: the sentence's, up to a relative clause after it
            opened = None if relative_clause is None else relative_clause.search(text, end, last)
            best = nearest_cue(text, first, last if opened is None else opened.start(), start, end)
        return "past" if best is None else best[1]

    def nearest_cue(
        text: str, a: int, b: int, start: int, end: int
    ) -> tuple[int, Direction] | None:
        """The distance and direction of the cue in ``text[a:b]`` nearest the mention
        ``text[start:end]`` (the first of equals), outside it; None where there is none."""
        best: tuple[int, Direction] | None = None
        for m_start, m_end, word in cues(text, a, b):
            if start <= m_start < end:
                continue
            distance = _distance(m_start, m_end, start, end)
            if best is None or distance < best[0]:
                future_cue = word in future or (word not in past and word.endswith(future_endings))
                best = (distance, "future" if future_cue else "past")
        return best

    # the endings of a past verb, read only in the clause of an "until" date
    past_endings = tuple(tense.get("past_endings", ()))
    past_verb = (
        re.compile(rf"(?<!\w)\w{{3,}}(?:{'|'.join(map(re.escape, past_endings))})(?!\w)")
        if past_endings
        else None
    )

    def _until_direction(text: str, start: int, end: int, lo: int, hi: int) -> Direction:
        # the nearest tense cue or past verb of the clause; future where there is none
        best = nearest_cue(text, lo, hi, start, end) or (hi - lo + 1, "future")
        if past_verb is not None:
            for m in past_verb.finditer(text, lo, hi):
                if not start <= m.start() < end:
                    distance = _distance(m.start(), m.end(), start, end)
                    if distance < best[0]:
                        best = (distance, "past")
        return best[1]

    return direction


def _distance(m_start: int, m_end: int, start: int, end: int) -> int:
    """How far the match ``[m_start, m_end)`` stands from the mention ``[start, end)``."""
    return start - m_end if m_end <= start else m_start - end


_BREAK = re.compile("[,;:()\u2013\u2014]|--")
# how many tense readings of one text go without the cue index (a news article needs a few
# dozen at most; the index costs a pass over the whole text)
_CUE_INDEX_AFTER = 32
_WORD_CHAR = re.compile(r"\w")


class _CueIndex:
    """The cue matches of a whole text, found once, from which the matches of a window
    (``cue.finditer(text, a, b)``) are read: a long text of dates reads each window's cues
    without matching the cue pattern over the window again.

    Exact: the whole-text scan and the window's scan agree wherever the window's match
    attempts read nothing at or past ``b`` and the two scans are in step.  They are in step
    at ``a`` when no whole-text match straddles ``a`` (a look-behind sees the text before
    ``a`` either way).  An attempt at ``p`` reads at most the longest listed cue and one more
    character, or the run of word characters from ``p`` and one more; so before a non-word
    character ``q`` at most ``longest + 1`` before ``b``, and straddled by no whole-text
    match, the window's matches are the whole text's, and from ``q`` on they are those of
    ``cue.finditer(text, q, b)``, which reads only the few characters left.  Where no such
    ``q`` is near, the window is scanned as before."""

    __slots__ = ("_cue", "_ends", "_longest", "_starts", "_text", "_words")

    def __init__(self, cue: re.Pattern[str], text: str, longest: int) -> None:
        found = [(m.start(), m.end(), m.group().lower()) for m in cue.finditer(text)]
        self._cue, self._text, self._longest = cue, text, longest
        self._starts = [a for a, _, _ in found]
        self._ends = [b for _, b, _ in found]
        self._words = [w for _, _, w in found]

    def _straddled(self, position: int) -> bool:
        i = bisect_left(self._starts, position)
        return i > 0 and self._ends[i - 1] > position

    def window(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """The cue matches of ``text[a:b]`` as ``cue.finditer(text, a, b)`` finds them."""
        text, cue = self._text, self._cue
        q = b - self._longest - 1
        stop = max(a, q - _SYNC_SEARCH)
        while q > stop and (_WORD_CHAR.match(text, q) or self._straddled(q)):
            q -= 1
        if q <= a or _WORD_CHAR.match(text, q) or self._straddled(q) or self._straddled(a):
            return [(m.start(), m.end(), m.group().lower()) for m in cue.finditer(text, a, b)]
        lo, hi = bisect_left(self._starts, a), bisect_left(self._starts, q)
        found = list(zip(self._starts[lo:hi], self._ends[lo:hi], self._words[lo:hi], strict=True))
        found += [(m.start(), m.end(), m.group().lower()) for m in cue.finditer(text, q, b)]
        return found


# how far back from a window's end a character to resume its scan at is looked for
_SYNC_SEARCH = 64

# How far from a date its tense cue is read (characters either side, within the sentence).
_TENSE_WINDOW = 200
