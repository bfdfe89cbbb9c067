"""The derived date scanner walks each chain of hedges, fillers and "since" once per text.

A long run of fillers ("dans la " repeated) used to be walked again from each of its words, in
time growing with the square of its length.  The rule attempts (``_spans_at``: every rule tried
at one position) are counted through the module's global, which ``_candidates`` and the chain
memo look up on each call; a linear walk makes four times the text cost about four times the
attempts, a quadratic one sixteen.  The memoised walk is also compared, span for span, with the
plain walk it replaced (written out below) at every start of texts made of every language's
own hedges, fillers and dates."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import time
from collections.abc import Callable

import pytest

from conflict_events import find_dates
from conflict_events.lexicon import load
from conflict_events.parse import _dates_scan
from conflict_events.parse._dates import _grammar
from conflict_events.parse._dates_scan import (
    _candidates,
    _Chains,
    _Grammar,
    _spans_at,
    _starts,
    _unnamed,
    normalised_with_offsets,
    scan,
)

ANCHOR = dt.date(2024, 11, 30)

# one run of fillers, and a date a reader must still find after it
RUNS = {"fr": ("dans la ", "le 5 mai 2024"), "es": ("de la ", "el 5 de mayo de 2024")}


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of the rule attempts made while the test runs."""
    count = [0]

    def counted(*args: object, **kwargs: object) -> list[tuple[int, int]]:
        count[0] += 1
        return _spans_at(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_dates_scan, "_spans_at", counted)
    return count


def _attempts_for(count: list[int], language: str, unit: str, n: int, tail: str = "") -> int:
    count[0] = 0
    found = find_dates(unit * n + tail, ANCHOR, lexicon=language)
    # the date after the run is still found, without the run's last word (a filler)
    assert [m.text for m in found] == ([tail.split(" ", 1)[1]] if tail else [])
    return count[0]


@pytest.mark.parametrize("language", sorted(RUNS))
def test_a_run_of_fillers_costs_attempts_linear_in_its_length(
    language: str, attempts: list[int]
) -> None:
    unit, date = RUNS[language]
    for tail in ("", date):
        short = _attempts_for(attempts, language, unit, 100, tail)
        long = _attempts_for(attempts, language, unit, 400, tail)
        assert short >= 100  # every word of the run is tried at least once
        assert long <= 5 * short, (short, long)


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(RUNS))
def test_a_long_run_of_fillers_stays_linear(language: str, attempts: list[int]) -> None:
    unit, date = RUNS[language]
    for tail in ("", date):
        short = _attempts_for(attempts, language, unit, 1_000, tail)
        long = _attempts_for(attempts, language, unit, 4_000, tail)
        assert long <= 5 * short, (short, long)
    # a run of hedges is one mention, which every word start's look-ahead used to read whole
    hedge = {"fr": "environ ", "es": "hacia "}[language]
    for n in (1_000, 4_000):
        found = find_dates(hedge * n + date, ANCHOR, lexicon=language)
        assert [m.end_char for m in found] == [len(hedge) * n + len(date)]
    # and the CPU time (best of three): within a small factor of four, far below sixteen

    def best(n: int, make: Callable[[int], str] = lambda n: unit * n) -> float:
        times = []
        for attempt in range(3):
            text = f"{attempt} " + make(n)
            start = time.process_time()
            find_dates(text, ANCHOR, lexicon=language)
            times.append(time.process_time() - start)
        return max(min(times), 1e-3)

    def best_text(make: Callable[[int], str]) -> tuple[float, float]:
        return best(1_000, make), best(4_000, make)

    assert best(4_000) <= 8 * best(1_000)
    hedged = best_text(lambda n: hedge * n + date)
    assert hedged[1] <= 8 * hedged[0]


def _plain_candidates(
    gr: _Grammar, s: str, p: int, source: tuple[str, _dates_scan.Offsets]
) -> list[tuple[int, int]]:
    """The walk before the memo: from ``p``, every word of the chain in turn."""
    sc = scan(gr)
    found: set[tuple[int, int]] = set()
    q, kept, lead, hedged = p, -1, False, False
    since = gr.since.match(s, q)
    while True:
        start = q if kept < 0 else kept
        found.update(_spans_at(gr, sc, s, q, start, lead, source, hedged))
        if since is not None and since.start() == q:
            kept, q, lead = (q if kept < 0 else kept), since.end(), True
            since = None
            continue
        prefix = gr.prefix.match(s, q)
        if prefix is None:
            break
        hedged = prefix.group("hedge") is not None
        if hedged and kept < 0:
            kept = q
        q, lead = prefix.end(), True
    return sorted(found, key=lambda span: (span[0] - span[1], span[0]))


@pytest.mark.parametrize("language", ["fr", "es", "pt", "de", "ru", "uk", "tr", "ar"])
def test_the_memoised_walk_gives_the_plain_walks_spans(language: str) -> None:
    lexicon = load(language)
    gr = _grammar(lexicon)
    words = gr.words
    hedges, fillers = list(words.hedges)[:3], list(words.fillers)[:4]
    since = list(words.construction("since"))[:1]
    months = list(words.months)[:1]
    dates = [f"5 {months[0]} 2024", "2016", months[0]]
    # every order of a hedge, a filler and "since" before a date, and runs of each kind
    texts = [
        f"{a} {b} {c} {b} {date} {c} {a} {date}"
        for a, b, c in itertools.product(hedges + since, fillers, hedges + fillers)
        for date in dates
    ]
    texts += [" ".join(fillers * 5 + hedges * 2 + fillers + [d]) for d in dates]
    texts += [" ".join(since + hedges + fillers * 3 + [d, "x"] + fillers * 2) for d in dates]
    for text in texts:
        s, offsets = normalised_with_offsets(text, {})
        sc = scan(gr)
        chains = _Chains(gr, sc, s, (text, offsets))
        for p in range(len(s)):
            if p and s[p - 1] != " ":
                continue  # word starts only, as the scanner tries them
            source = (text, offsets)
            assert _candidates(
                gr, sc, s, p, source, chains, gr.prefix.match(s, p)
            ) == _plain_candidates(gr, s, p, source), (text, p)


def _unbounded_starts(gr: _Grammar, s: str) -> list[int]:
    """The starts the start pattern found when its look-ahead read every chain whole."""
    sc = scan(gr)
    here = sc.here.pattern
    since, prefix = (_unnamed(p.pattern) for p in (gr.since, gr.prefix))
    walk = rf"(?:(?!{here})(?>{prefix}))*+{here}"
    starts = rf"(?=[\w(])(?={here}|(?>{since}){walk}|{walk})"
    at_zero = [0] if re.match(starts, s) else []
    return at_zero + [m.end() for m in re.finditer(rf"[^\w']{starts}", s)]


@pytest.mark.parametrize("language", ["fr", "es", "pt", "de", "ru", "uk", "tr", "ar"])
def test_the_bounded_start_pattern_finds_the_unbounded_ones_starts(language: str) -> None:
    gr = _grammar(load(language))
    words = gr.words
    hedge, filler = words.hedges[0], words.fillers[0]
    since = list(words.construction("since"))[:1]
    month = next(iter(words.months))
    for run in (3, 6, 7, 20):
        for date in (f"5 {month} 2024", "2016", "x", ""):
            for lead in ([], since):
                for unit in ([hedge], [filler], [hedge, filler]):
                    text = " ".join(lead + unit * run + [date, "y"] + [filler] * run)
                    s, offsets = normalised_with_offsets(text, {})
                    chains = _Chains(gr, scan(gr), s, (text, offsets))
                    starts = [p for p, _ in _starts(scan(gr), s, chains)]
                    assert starts == _unbounded_starts(gr, s), text
