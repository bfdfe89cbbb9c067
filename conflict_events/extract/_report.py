"""``extract_report``: everything a careful analyst codes from one news article.

The extractor runs the library's finders over the text once each — dates, actor and place
names, casualty figures, attributions — then groups the figures into attributed
:class:`CasualtyReport` s and builds candidate :class:`Engagement` s sentence by sentence
(:mod:`conflict_events.extract._events`).  The semantics are in ``docs/extraction.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from conflict_events._errors import (
    AmbiguousNameError,
    LexiconError,
    MissingAnchorError,
    UnknownNameError,
)
from conflict_events.extract._dateline import Dateline, anchor_warnings, find_dateline
from conflict_events.extract._events import SentenceFacts, article_key, build_engagements
from conflict_events.extract._names import find_names
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import (
    Actor,
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    ClaimKind,
    Engagement,
    Location,
    Precision,
    TimeSpan,
)
from conflict_events.parse._args import as_text
from conflict_events.parse._counts import phrase_alternation
from conflict_events.parse._dates import DateMention
from conflict_events.resolve._definitions import UnresolvedActor
from conflict_events.resolve._mention import Mention
from conflict_events.text._accel import compiled
from conflict_events.text._keywords import case_blind_firsts

if TYPE_CHECKING:
    from conflict_events.extract._attribution import AttributionMention
    from conflict_events.extract._casualties import CasualtyMention
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._registry import ActorRegistry

__all__ = ["ArticleReport", "extract_report"]

#: The source name given to figures the text does not attribute, when no outlet is known.
ARTICLE_SOURCE_NAME = "the article"

# A sentence that ends in a stop, maybe then closing quotes or brackets, is no heading.
_CLOSERS = "\"'”’»)]"
_STOPS = (".", "!", "?", "…")
_STOP_CHARS = frozenset(_STOPS)  # each stop is one character
_HEADING_MAX_WORDS = 12


@attrs.frozen(kw_only=True)
class ArticleReport:
    """What one article says: its dates, names, attributed casualty reports and candidate
    engagements, with the publication date (``anchor``) every relative date was resolved
    against and where that date came from (``"given"`` by the caller, or the ``"dateline"``).

    ``warnings`` list reasons to doubt the anchor (see :func:`anchor_warnings`).  ``source`` /
    ``source_name`` name the outlet (an actor id when the registry knows it).  Positions in
    ``dates``, ``actors``, ``places`` and ``unresolved_actors`` are character offsets into
    the article text.  ``unresolved_actors`` are the capitalised armed-group names ("Lions
    of the Savanna Front") no registry knows (docs/names.md, "In an article").
    """

    anchor: dt.date
    anchor_source: Literal["given", "dateline"]
    dateline: Dateline | None = None
    source: str | None = None
    source_name: str | None = None
    warnings: tuple[str, ...] = ()
    dates: tuple[DateMention, ...] = ()
    actors: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    unresolved_actors: tuple[UnresolvedActor, ...] = ()
    casualties: tuple[CasualtyReport, ...] = ()
    engagements: tuple[Engagement, ...] = ()
    article_id: str | None = None
    url: str | None = None

    def __str__(self) -> str:
        """One line: which article, its anchor and how many of each record it gave.

        >>> r = ArticleReport(anchor=dt.date(2024, 11, 30), anchor_source="given", article_id="a1")
        >>> str(r)
        'article a1, published 2024-11-30 (given): 0 dates, 0 actors, 0 places, 0 casualty reports, 0 engagements'
        """
        return _report_line(self)

    def _repr_pretty_(self, p: Any, cycle: bool) -> None:
        """IPython: the line of :meth:`__str__`, then one line per casualty report and
        engagement, and the warnings."""
        from conflict_events.model._display import engagement_text, report_text

        p.text(_report_line(self))
        if cycle:
            return
        for label, lines in (
            ("warning", self.warnings),
            ("casualties", [report_text(r) for r in self.casualties]),
            ("engagement", [engagement_text(e) for e in self.engagements]),
        ):
            for line in lines:
                p.break_()
                p.text(f"  {label}: {line}")

    def _repr_html_(self) -> str:
        """Jupyter: the line of :meth:`__str__`, the warnings, a table of the casualty
        reports and the engagements' table (``engagements_html``); every text escaped."""
        return _report_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready values, through the library's one converter.

        >>> r = ArticleReport(anchor=dt.date(2024, 11, 30), anchor_source="given",
        ...                   article_id="a1", url="https://example.org/a1")
        >>> d = r.to_dict()
        >>> d["anchor"], d["article_id"], d["url"]
        ('2024-11-30', 'a1', 'https://example.org/a1')
        """
        from conflict_events.io._converter import unstructure

        data: dict[str, Any] = unstructure(self)
        return data

    def to_json(self, *, indent: bool = False) -> str:
        """The report as a JSON object (with ``schema_version``)."""
        from conflict_events.io.json import dumps

        return dumps(self, indent=indent)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _report_line(r: ArticleReport) -> str:
    name = "article" if r.article_id is None else f"article {r.article_id}"
    where = f" <{r.url}>" if r.url is not None else ""
    counts = ", ".join(
        [
            _plural(len(r.dates), "date"),
            _plural(len(r.actors), "actor"),
            _plural(len(r.places), "place"),
            _plural(len(r.casualties), "casualty report"),
            _plural(len(r.engagements), "engagement"),
        ]
    )
    return f"{name}{where}, published {r.anchor.isoformat()} ({r.anchor_source}): {counts}"


def _report_html(r: ArticleReport) -> str:
    import html

    from conflict_events.model._display import engagements_html, report_text, span_dates

    parts = [f"<p>{html.escape(_report_line(r))}</p>"]
    if r.warnings:
        items = "".join(f"<li>{html.escape(w)}</li>" for w in r.warnings)
        parts.append(f"<ul>{items}</ul>")
    if r.casualties:
        rows = "".join(
            f"<tr><td>{html.escape(report_text(c))}</td>"
            f"<td>{html.escape(span_dates(c.as_of)) if c.as_of else ''}</td></tr>"
            for c in r.casualties
        )
        parts.append(
            '<table class="conflict-events">'
            "<thead><tr><th>casualties</th><th>as of</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
    if r.engagements:
        parts.append(engagements_html(r.engagements))
    return "\n".join(parts)


def _check_published(published: object) -> dt.date:
    from conflict_events.parse._args import as_date

    return as_date(published, "published", "extract_report")


def _anchor(
    text: str, published: object, dateline: Dateline | None
) -> tuple[dt.date, Literal["given", "dateline"]]:
    if published is not None:
        return _check_published(published), "given"
    if dateline is not None and dateline.date is not None:
        return dateline.date, "dateline"
    if dateline is not None:
        raise MissingAnchorError(
            f"the dateline {dateline.text!r} gives no year, so it cannot date the article's "
            "relative dates; pass published=datetime.date(...)"
        )
    head = " ".join(text[:80].split())
    raise MissingAnchorError(
        "no publication date was given and no dateline was found in the first lines of "
        f"{head!r}{'…' if len(text) > 80 else ''}; pass published=datetime.date(...) "
        "(the extractor never assumes today)"
    )


def _resolve_source(
    registry: ActorRegistry, source: str | None, dateline: Dateline | None, anchor: dt.date
) -> tuple[str | None, str | None]:
    name = source if source is not None else (dateline.outlet if dateline else None)
    if name is None:
        return None, None
    name = name.strip()
    if not name:
        return None, None
    if name in registry:  # already an actor id
        return name, None
    try:
        return registry.resolve(name, on=anchor).id, name
    except (UnknownNameError, AmbiguousNameError):
        return None, name


def _collapse(text: str, limit: int = 300) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _body_sentences(text: str, body_start: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The spans of the body's sentences, headings left out: a short line that does not end
    in a stop and that more text follows ("Death Toll and Airstrikes").

    >>> from conflict_events.lexicon import load
    >>> text = "Clashes in Idlib\\nRebels took Saraqib on Monday.\\nTwo soldiers killed in Kandi"
    >>> [text[s:e] for s, e in _body_sentences(text, 0, load("en"))]
    ['Rebels took Saraqib on Monday.', 'Two soldiers killed in Kandi']
    """
    from conflict_events.text._segment import sentences

    spans: list[tuple[int, int]] = []
    # A heading heads something: a short line without a stop at the end of the text (an
    # ACLED note is often one such line) is a sentence.
    text_end = len(text.rstrip())
    for start, end in sentences(text, lexicon=lexicon):
        if end <= body_start:
            continue
        start = max(start, body_start)
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            continue
        # Most sentences end in a stop: no closer to strip then (a stop is no closer) and
        # the chunk ends with it, so the slow test below would say "terminal" too.
        if text[end - 1] in _STOP_CHARS:
            spans.append((start, end))
            continue
        chunk = text[start:end]
        # A heading ("Death Toll and Airstrikes") reports no event of its own.
        terminal = chunk.rstrip(_CLOSERS).endswith(_STOPS)
        if not terminal and end < text_end and len(chunk.split()) <= _HEADING_MAX_WORDS:
            continue
        spans.append((start, end))
    return spans


def _governing(candidates: Sequence[AttributionMention], position: int) -> int:
    """The attribution that governs a figure at ``position``: the nearest phrase before it
    ("HTS said ... killed 30 soldiers, a claim the army denied"), else the nearest after it
    ("at least 27 were killed, the monitor said").  Ties go to the earlier in the list."""
    # One loop instead of a filtered list and max / min with a key (a call per figure).
    before, before_at = -1, -1
    after, after_at = -1, -1
    for i, a in enumerate(candidates):
        at = a.start_char
        if at <= position:
            if at > before_at:
                before, before_at = i, at
        elif after < 0 or at < after_at:
            after, after_at = i, at
    if before >= 0:
        return before
    return after


def _background(
    text: str,
    figures: Sequence[CasualtyMention],
    dates: Sequence[DateMention],
    anchor: dt.date,
    lexicon: Lexicon,
    body_start: int = 0,
) -> dict[int, TimeSpan | None]:
    """The figures whose time scope is not the reported event, by index, with their scope.

    A figure's scope is the dates of its sentence before it (up to a ";") and after it up to
    the next mark.  The news of an article is the last week before ``anchor`` (the
    publication date): a figure is background when every date of its scope lies before
    that -- a day more than a week before ``anchor`` ("on October 30"), a whole past week,
    month or longer ("last week", "in 2019") -- or starts more than a month before it ("since
    2011").  A whole past week or month in the lead (the body's first sentence, which states
    the news: "the assault last week killed 20") is the news itself.  A running toll ("killed
    since the offensive began last Monday": a ``casualties.running_scope`` word in its scope)
    runs to the present: only the last rule applies.  A scope without dates is background
    when it holds a background cue ("over a decade of civil war";
    ``casualties.background_cues``; scope None), or an anaphoric "since then" whose date
    starts over a month before.  The date that closes a sentence after the figure is its
    scope where its clause has none after the figure.  Outside the lead, a figure
    dated by a window up to now that starts before the news week, without a running-scope
    word ("in the past ten days", "earlier this month"), is a period's toll, and one whose
    dates are all days before the first day (before the publication day) the lead's figures
    are dated by is an earlier incident.
    """
    if not figures:
        return {}
    scopes = _Scopes(text, dates, anchor, lexicon, body_start)
    out: dict[int, TimeSpan | None] = {}
    news_day = scopes.news_day(figures)
    for i, m in enumerate(figures):
        lo, hi = scopes.clause(m)
        scoped: Sequence[int] = scopes.dates_in(lo, hi)
        if scoped and i and (before := figures[i - 1]).sentence_start == m.sentence_start:
            # "In January, an ambush left 11 soldiers dead, and security forces on Thursday
            # announced the arrest of 12": the dates after the figure before it in its clause
            # are its own (the older date governs that one)
            own = scopes.dates_in(max(lo, before.end_char), hi)
            if own and len(own) < len(scoped):
                scoped = own
        if not scoped or scopes.dates[scoped[-1]].end_char <= m.start_char:
            # "The army said on Thursday that its troops had killed dozens of RSF fighters in
            # clashes near Bara, about 60 km to the north, last week": the date that closes
            # the sentence after the figure dates its predicate (one before it, the saying)
            closing = scopes.closing_date(m, _scope_limit(figures, i, scopes))
            if closing is not None:
                scoped = [closing]
        if scoped:
            words = scopes.words(m.sentence_start, m.sentence_end)
            lead = scopes.lead(m.sentence_start)
            if scopes.all_earlier(scoped, runs=words.running(lo, hi), lead=lead):
                out[i] = scopes.dates[scoped[0]].when
            elif (past := scopes.told_before(scoped, lo, hi)) is not None:
                out[i] = past
            elif (
                not lead
                and scopes.windows(scoped)
                and not scopes.running_outside(words, scoped, lo, hi)
            ):
                # "in the past ten days, at least 40 people have been killed across the
                # region", "41 homicidios en lo que va del mes": a toll over a window
                # reaching before the news, not the incident's
                out[i] = scopes.dates[scoped[0]].when
            elif news_day is not None and not lead and scopes.days_before(scoped, news_day):
                # "Na sexta-feira, dois policiais militares foram baleados" after a lead
                # whose figures are dated "neste domingo": an earlier incident
                out[i] = scopes.dates[scoped[0]].when
        elif (since := scopes.since_then(lo, hi)) is not None:
            # "Desde entonces, más de 1.700 personas han sido asesinadas": the running scope
            # from the date the text named last (background when it starts over a month ago)
            if since.start < scopes.long_start:
                out[i] = since
        elif scopes.words(m.sentence_start, m.sentence_end).cue(lo, hi):
            out[i] = None
        elif scopes.grammar.scope_after_marks and (
            (since := scopes.running_after(hi, _scope_limit(figures, i, scopes))) is not None
        ):
            # "… ont fait plus de 20 000 morts, civils et militaires, au Burkina depuis
            # 2015": a long running scope after an apposition, before the next figure
            out[i] = since
        if i not in out and scopes.earlier_tense(m, lo, hi):
            # "Mercredi, deux civils avaient été enlevés": an earlier incident, told in a
            # tense of the past before the news (casualties.constructions.earlier_tense),
            # or a sentence that opens in the pluperfect ("وكان … قد استهدف")
            out[i] = scopes.dates[scoped[0]].when if scoped else None
    return out


class _Scopes:
    """What :func:`_background` asks of one text, each found once so that the whole is linear
    in the text however many figures a sentence holds: the ";" and marks that bound a
    figure's clause, the dates inside a clause (bisection over their positions, with prefix
    counts of the dates that are not earlier than the news under each rule of
    :func:`_earlier`), the first sentence end of the body (which ends the lead), and each
    sentence's cue and running-scope words (:class:`_SentenceWords`)."""

    def __init__(
        self,
        text: str,
        dates: Sequence[DateMention],
        anchor: dt.date,
        lexicon: Lexicon,
        body_start: int,
    ) -> None:
        self.text = text
        self.body_start = body_start
        self.grammar = _background_words(lexicon)
        self.since_then_spans: list[tuple[int, int]] | Literal[False] | None = None
        self.semicolons = _positions(text, _SEMICOLONS)
        self.marks = _positions(text, _SCOPE_ENDS)
        # A sentence is the lead when no sentence end lies between the body start and it;
        # every sentence end is two characters, so the first one found ends first.
        first_end = _SENTENCE_END_RE.search(text, body_start)
        self.first_end = first_end.end() if first_end is not None else None
        self.dates = dates
        self.starts = [d.start_char for d in dates]
        self.ends = [d.end_char for d in dates]
        # Dates in text order that do not nest also end in order: the dates inside a clause
        # are then one run of the list (find_dates makes no nested dates; checked all the same).
        self.ordered = all(a <= b for a, b in itertools.pairwise(self.starts)) and all(
            a <= b for a, b in itertools.pairwise(self.ends)
        )
        self.news_start = anchor - dt.timedelta(days=_NEWS_DAYS)
        self.long_start = anchor - dt.timedelta(days=_LONG_SCOPE_DAYS)
        self.anchor = anchor
        # late[rule][j]: how many of the first j dates are not earlier than the news under
        # the rule (_RULES: a running toll, the lead, any other sentence).
        self.late: list[list[int]] = []
        for runs, lead in _RULES:
            counts = [0]
            for d in dates:
                earlier = _earlier(
                    d, anchor, self.news_start, self.long_start, runs=runs, lead=lead
                )
                counts.append(counts[-1] + (not earlier))
            self.late.append(counts)
        self._words: dict[int, _SentenceWords] = {}

    def clause(self, m: CasualtyMention) -> tuple[int, int]:
        """A figure's clause: from after the last ";" before it (else its sentence start) to
        the next mark after it (else its sentence end)."""
        s, e = m.sentence_start, m.sentence_end
        k = bisect_left(self.semicolons, m.start_char) - 1
        lo = self.semicolons[k] + 1 if k >= 0 and self.semicolons[k] >= s else s
        k = bisect_left(self.marks, m.end_char)
        hi = self.marks[k] if k < len(self.marks) and self.marks[k] < e else e
        return lo, hi

    def dates_in(self, lo: int, hi: int) -> Sequence[int]:
        """The indices of the dates inside ``lo..hi``, in order."""
        first = bisect_left(self.starts, lo)
        if self.ordered:
            return range(first, max(first, bisect_right(self.ends, hi)))
        return [j for j in range(first, bisect_left(self.starts, hi)) if self.ends[j] <= hi]

    def all_earlier(self, scoped: Sequence[int], *, runs: bool, lead: bool) -> bool:
        """Whether every date of ``scoped`` lies before the news (:func:`_earlier`)."""
        counts = self.late[0 if runs else 1 if lead else 2]
        if isinstance(scoped, range):
            return counts[scoped.stop] == counts[scoped.start]
        return all(counts[j + 1] == counts[j] for j in scoped)

    def running_after(self, hi: int, end: int) -> TimeSpan | None:
        """The scope of a date after the figure's clause, up to its sentence's ``end``, that
        runs to the publication day from more than a month before it ("depuis 2015"), else
        None."""
        for j in self.dates_in(hi, end):
            when = self.dates[j].when
            if when.start < self.long_start and when.end >= self.anchor:
                return when
        return None

    def news_day(self, figures: Sequence[CasualtyMention]) -> dt.date | None:
        """The first day before the publication day that the lead's figures are dated by in
        their clauses, else None (the publication day itself is mostly the day a toll was
        said or counted: "rose to 13 on Friday")."""
        days = [
            self.dates[j].when.start
            for m in figures
            if self.lead(m.sentence_start)
            for j in self.dates_in(*self.clause(m))
            if self.dates[j].when.precision in _DAYS and self.dates[j].when.end < self.anchor
        ]
        if days or self.first_end is None:
            return min(days, default=None)
        # The lead's figures dated by no earlier day ("… murieron …, informó este martes"):
        # the first part of a day the body's first two sentences name dates the news ("El
        # ataque ocurrió en la madrugada del lunes", "la madrugada de este martes"): wire
        # copy times its incident so, where a day alone may be the saying's ("a annoncé
        # mercredi").
        second = _SENTENCE_END_RE.search(self.text, self.first_end)
        end = second.end() if second is not None else len(self.text)
        days = [
            self.dates[j].when.start
            for j in self.dates_in(self.body_start, end)
            if self.dates[j].when.precision is Precision.PART_OF_DAY
            and self.dates[j].when.end <= self.anchor
        ]
        return min(days, default=None)

    def days_before(self, scoped: Sequence[int], day: dt.date) -> bool:
        """Whether every date of ``scoped`` is a day (or part of one) before ``day`` and
        before the eve of the publication (the day before the publication is the same news
        cycle: a round-up's "yesterday")."""
        day = min(day, self.anchor - dt.timedelta(days=1))
        return all(
            self.dates[j].when.precision in _DAYS and self.dates[j].when.end < day for j in scoped
        )

    def windows(self, scoped: Sequence[int]) -> bool:
        """Whether every date of ``scoped`` is a window up to the publication day of a week or
        more ("the past week", "the past ten days", "earlier this month")."""
        last = self.anchor - dt.timedelta(days=1)
        return all(
            (w := self.dates[j].when).precision is Precision.INTERVAL
            and w.end >= last
            and w.start <= self.news_start
            for j in scoped
        )

    def running_outside(
        self, words: _SentenceWords, scoped: Sequence[int], lo: int, hi: int
    ) -> bool:
        """Whether a running-scope word stands in ``lo..hi`` outside the dates of ``scoped``
        ("killed since the offensive began"): one inside a date ("so far this month", "seit
        Monatsbeginn") is the date's own word, and the date gives the span."""
        at = lo
        for j in scoped:
            d = self.dates[j]
            if at <= d.start_char and d.end_char <= hi:
                if words.running(at, d.start_char):
                    return True
                at = d.end_char
        return words.running(at, hi)

    def closing_date(self, m: CasualtyMention, limit: int) -> int | None:
        """The index of the date that closes the figure's sentence after its clause (only
        closing marks after it, no other figure, ";" or running-scope word before it), else
        None."""
        if limit < m.sentence_end:
            return None
        _, hi = self.clause(m)
        if self.words(m.sentence_start, m.sentence_end).running(hi, m.sentence_end):
            return None  # "the deadliest since 2019": a comparison, not the figure's time
        found = self.dates_in(hi, m.sentence_end)
        if not found:
            return None
        j = found[-1]
        rest = self.text[self.dates[j].end_char : m.sentence_end]
        return j if not rest.strip(_CLOSING_MARKS) else None

    def since_then(self, lo: int, hi: int) -> TimeSpan | None:
        """The scope of an anaphoric "since then" in ``lo..hi`` (casualties.constructions.
        since_then): from the start of the last date before it in its paragraph to the
        publication day; None without one."""
        pattern = self.grammar.since_then
        if pattern is None:
            return None
        if self.since_then_spans is None:
            # found once in the whole text, so that a sentence of many figures stays linear;
            # a text whose lower case changes its length is searched clause by clause
            low = self.text.lower()
            self.since_then_spans = (
                (
                    [(m.start(), m.end()) for m in pattern.finditer(low)]
                    if any(w in low for w in self.grammar.since_then_words)
                    else []
                )
                if len(low) == len(self.text)
                else False
            )
        spans = self.since_then_spans
        if spans is False:
            if pattern.search(self.text[lo:hi].lower()) is None:
                return None
        else:
            k = bisect_left(spans, (lo, -1))
            if k == len(spans) or spans[k][1] > hi:
                return None
        k = bisect_right(self.ends, lo) - 1
        if k < 0 or "\n\n" in self.text[self.dates[k].end_char : lo]:
            return None
        when = self.dates[k].when
        if when.start >= self.anchor:
            return None
        return TimeSpan(start=when.start, end=self.anchor, precision=Precision.INTERVAL)

    def earlier_tense(self, m: CasualtyMention, lo: int, hi: int) -> bool:
        """Whether the figure is told in the language's tense of an earlier incident
        (``casualties.constructions.earlier_tense``) where the language reads it without a
        date: in its clause ``lo..hi`` outside the lead with no blocker (reported speech, an
        earlier toll) before it in its sentence ("clause"), or at its sentence's opening
        ("opening")."""
        g = self.grammar
        pattern = g.earlier
        if pattern is None or g.earlier_reads == "dated":
            return False
        if g.earlier_reads == "opening":
            sentence = self.text[m.sentence_start : m.sentence_end].lower()
            return pattern.match(sentence) is not None
        if self.lead(m.sentence_start):
            return False
        found = pattern.search(self.text[lo:hi].lower())
        if found is None:
            return False
        before = self.text[m.sentence_start : lo + found.start()].lower()
        return g.earlier_blockers.search(before) is None

    def told_before(self, scoped: Sequence[int], lo: int, hi: int) -> TimeSpan | None:
        """A day before the publication told in the language's tense of an earlier incident,
        where the language reads it with its date ("dated": "Am Donnerstag waren …
        getötet worden", "üç gün önce … hayatını kaybetmişti"): that day, the scope of an
        earlier incident given as context; else None."""
        pattern = self.grammar.earlier
        if pattern is None or self.grammar.earlier_reads != "dated":
            return None
        for j in scoped:
            when = self.dates[j].when
            if when.end < self.anchor and pattern.search(self.text[lo:hi].lower()):
                return when
        return None

    def lead(self, sentence_start: int) -> bool:
        """Whether the sentence starting at ``sentence_start`` is the body's first."""
        return self.first_end is None or self.first_end > sentence_start

    def words(self, start: int, end: int) -> _SentenceWords:
        found = self._words.get(start)
        if found is None:
            found = self._words[start] = _SentenceWords(self.text, start, end, self.grammar)
        return found


# The (runs, lead) pairs that give _earlier's three rules: a running toll (lead then makes
# no difference), the lead, any other sentence.
_RULES: Final = ((True, True), (False, True), (False, False))


class _SentenceWords:
    """The background cues and running-scope words of one sentence, found once in its lower
    case text: for each position where one starts, where the shortest one ends, so that
    "does the clause ``lo..hi`` hold one" is a bisection and a look-up."""

    def __init__(self, text: str, start: int, end: int, grammar: _BackgroundWords) -> None:
        self.start = start
        self.lowered = text[start:end].lower()
        # Lower case may lengthen a character ("İ"): offsets then go through a map.
        self.offsets: list[int] | None = None
        if len(self.lowered) != end - start:
            self.offsets = [0]
            for ch in text[start:end]:
                self.offsets.append(self.offsets[-1] + len(ch.lower()))
        self.grammar = grammar
        self._found: dict[str, tuple[list[int], list[int]]] = {}

    def _at(self, position: int) -> int:
        at = position - self.start
        return at if self.offsets is None else self.offsets[at]

    def _holds(self, kind: str, lo: int, hi: int) -> bool:
        found = self._found.get(kind)
        if found is None:
            g = self.grammar
            pattern, words = (
                (g.cues, g.cue_words) if kind == "cue" else (g.running, g.running_words)
            )
            found = self._found[kind] = (
                _shortest_ends(pattern, self.lowered)
                if any(map(self.lowered.__contains__, words))  # (in C: no frame per word)
                else _NOTHING
            )
        starts, least_end = found
        i = bisect_left(starts, self._at(lo))
        return i < len(starts) and least_end[i] <= self._at(hi)

    def cue(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` holds a background cue."""
        return self._holds("cue", lo, hi)

    def running(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` holds a running-scope word."""
        return self._holds("running", lo, hi)


def _positions(text: str, chars: str) -> list[int]:
    """Where any of ``chars`` stands in ``text``, in order: one ``str.find`` loop per
    character (a character-class regex pass tests every character of the text).

    >>> _positions("a, b; c, d", ",;")
    [1, 4, 7]
    """
    found: list[int] = []
    for char in chars:
        at = text.find(char)
        while at != -1:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


_NOTHING: Final[tuple[list[int], list[int]]] = ([], [])


def _shortest_ends(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    """The positions where ``pattern`` (a look-ahead whose group 1 is its words, shortest
    first) matches in ``text``, and for each, the least end of a match starting there or
    later."""
    starts: list[int] = []
    ends: list[int] = []
    for m in pattern.finditer(text):
        starts.append(m.start())
        ends.append(m.end(1))
    for k in range(len(ends) - 2, -1, -1):
        ends[k] = min(ends[k], ends[k + 1])
    return starts, ends


def _earlier(
    d: DateMention,
    anchor: dt.date,
    news_start: dt.date,
    long_start: dt.date,
    *,
    runs: bool,
    lead: bool,
) -> bool:
    """Whether the date ``d`` of a figure's scope lies before the article's news (see
    :func:`_background`)."""
    if d.when.start < long_start:
        return True
    if runs:
        return False
    if d.when.end < news_start:
        return True
    return not lead and d.when.precision in _COARSE and d.when.end < anchor


# A figure's scope after it ends at the next mark of its clause; the days of an article's
# news before its publication; how far back a scope may start and still be the news; the
# precisions of a whole past period ("last week", "last month", "in 2019").
_SCOPE_ENDS: Final = ",;:—–()\u060c\u061b"  # with Arabic "،" and "؛"
_SEMICOLONS: Final = ";\u061b"
_SENTENCE_END_RE: Final = re.compile(r"[.!?]\s")
_NEWS_DAYS: Final = 7
_LONG_SCOPE_DAYS: Final = 31
_DAYS: Final = frozenset({Precision.DAY, Precision.PART_OF_DAY})
_COARSE: Final = frozenset(
    {Precision.WEEK, Precision.MONTH, Precision.SEASON, Precision.YEAR, Precision.DECADE}
)


@attrs.frozen
class _BackgroundWords:
    """The background grammar of a lexicon: look-aheads that match where a background cue
    (``casualties.background_cues``, anywhere) or a running-scope word
    (``casualties.running_scope``, whole words) starts, group 1 being the shortest one."""

    cues: re.Pattern[str]
    running: re.Pattern[str]
    # A language's tense of an earlier incident (the pluperfect: "avaient", "waren",
    # "-mişti", "وكان … قد"), where it is read (``reads``: "clause", "dated" or "opening"), and
    # the words before it that make it no such thing (reported speech, an earlier toll).
    earlier: re.Pattern[str] | None = None
    earlier_reads: str = "clause"
    earlier_blockers: re.Pattern[str] = re.compile("(?!)")
    # Whether a long running scope after the marks that end a figure's clause is still its
    # scope (casualties.constructions.scope_after_apposition).
    scope_after_marks: bool = False
    # An anaphoric "since then" (casualties.constructions.since_then), whole words.
    since_then: re.Pattern[str] | None = None
    # The literal words of ``cues``, ``running`` and ``since_then``: a text that holds none
    # of a pattern's words as a substring needs no regex pass (the patterns match nothing
    # else, and their passes try every position).
    cue_words: tuple[str, ...] = ()
    running_words: tuple[str, ...] = ()
    since_then_words: tuple[str, ...] = ()


@functools.cache
def _background_words(lexicon: Lexicon) -> _BackgroundWords:
    def shortest_first(path: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lexicon.words(path), key=len))

    cues = shortest_first("casualties.background_cues")
    earlier, reads, blockers = _earlier_tense(lexicon)
    return _BackgroundWords(
        # No cues: no clause holds one (an empty alternation would match everywhere).
        cues=compiled(rf"(?=({cues}))" if cues else "(?!)"),
        running=compiled(rf"(?=\b({shortest_first('casualties.running_scope')})\b)"),
        earlier=earlier,
        earlier_reads=reads,
        earlier_blockers=blockers,
        scope_after_marks=lexicon.has(_SCOPE_AFTER_MARKS),
        since_then=(
            re.compile(rf"(?<!\w)(?:{shortest_first(_SINCE_THEN)})(?!\w)")
            if lexicon.has(_SINCE_THEN) and lexicon.words(_SINCE_THEN)
            else None
        ),
        cue_words=lexicon.words("casualties.background_cues"),
        running_words=lexicon.words("casualties.running_scope"),
        since_then_words=lexicon.optional_words(_SINCE_THEN),
    )


_EARLIER_TENSE: Final = "casualties.constructions.earlier_tense"
_SCOPE_AFTER_MARKS: Final = "casualties.constructions.scope_after_apposition"
_SINCE_THEN: Final = "casualties.constructions.since_then.words"
# What may follow the date that closes a sentence ("… last week.", '… last week."').
_CLOSING_MARKS: Final = ' \t\n.!?"”’»)'


def _scope_limit(figures: Sequence[CasualtyMention], i: int, scopes: _Scopes) -> int:
    """Where the scope after figure ``i`` may reach: its sentence's end, the next ";" or
    the next figure of its sentence that is none of its own parts ("six civilians, among
    them a village chief, … three days ago"), whichever comes first."""
    m = figures[i]
    end = m.sentence_end
    j = i + 1
    while j < len(figures) and figures[j].total_index == i:
        j += 1
    if j < len(figures) and figures[j].sentence_start == m.sentence_start:
        end = min(end, figures[j].start_char)
    k = bisect_left(scopes.semicolons, m.end_char)
    if k < len(scopes.semicolons):
        end = min(end, scopes.semicolons[k])
    return end


def _earlier_tense(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, str, re.Pattern[str]]:
    """A language's tense of an earlier incident (``casualties.constructions.earlier_tense``):
    its pattern -- the auxiliaries as whole words, the endings at a word's end, or the
    auxiliaries then the particles within ``max_gap`` words -- where it is read, and the
    words before it that block it.  No pattern for a lexicon without the table."""
    blockers = re.compile("(?!)")
    if not lexicon.has(_EARLIER_TENSE):
        return None, "clause", blockers

    def alternation(key: str) -> str:
        path = f"{_EARLIER_TENSE}.{key}"
        words = lexicon.optional_words(path)
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    reads = lexicon.text(f"{_EARLIER_TENSE}.reads")
    if reads not in _EARLIER_READS:
        raise LexiconError(
            f"the {lexicon.language!r} lexicon's '{_EARLIER_TENSE}.reads' must be one of "
            f"{', '.join(_EARLIER_READS)}, got {reads!r}"
        )
    auxiliaries, endings, particles = (
        alternation(k) for k in ("auxiliaries", "endings", "particles")
    )
    if particles:
        gap = int(lexicon.number(f"{_EARLIER_TENSE}.max_gap"))
        pattern = rf"(?:{auxiliaries})\s+(?:\S+\s+){{0,{gap}}}?(?:{particles})\s"
    else:
        parts = [rf"\b(?:{auxiliaries})\b"] if auxiliaries else []
        parts += [rf"\w(?:{endings})\b"] if endings else []
        pattern = "|".join(parts) or "(?!)"
    blocking = alternation("blockers")
    if blocking:
        blockers = re.compile(rf"(?<!\w)(?:{blocking})")
    return re.compile(pattern), reads, blockers


# Where a language's earlier tense is read: in the figure's clause outside the lead, in the
# clause with a date before the publication day, or at the opening of its sentence.
_EARLIER_READS: Final = ("clause", "dated", "opening")


def _speaker(candidates: Sequence[AttributionMention], position: int) -> int:
    """The attribution of a sentence that governs a figure at ``position``: the one whose
    clause holds it ("X reported 5 dead, while Y said 8": 8 is Y's), else
    :func:`_governing`'s nearest one."""
    found = -1
    for i, a in enumerate(candidates):
        if a.clause_start <= position < a.clause_end:
            if found >= 0:  # clauses that overlap say nothing: the nearest phrase decides
                return _governing(candidates, position)
            found = i
    return found if found >= 0 else _governing(candidates, position)


class _Speakers:
    """Who speaks where (DESIGN §10, "who says so"): an attribution governs its clause and
    sentence and, until another source speaks, the following sentences of its paragraph (a
    paragraph ends at a line break, as for the engagements' dates).  Built once per article;
    each question is a bisection."""

    def __init__(
        self,
        text: str,
        attributions: Sequence[AttributionMention],
        reported_mood: re.Pattern[str] | None = None,
    ) -> None:
        self.text = text
        # the verbs of reported speech (``attribution.reported_mood``: German "seien", French
        # "auraient", Spanish "habrían"): a sentence in that mood goes on with the report of
        # the paragraph before it (see carried)
        self.reported_mood = reported_mood
        # where the quotation marks are, so that "is a quotation open here" is a bisection
        self.straight = [m.start() for m in _STRAIGHT_QUOTE_RE.finditer(text)]
        self.opening = [m.start() for m in _OPENING_GUILLEMET_RE.finditer(text)]
        self.closing = [m.start() for m in _CLOSING_GUILLEMET_RE.finditer(text)]
        self.by_sentence: dict[int, list[AttributionMention]] = {}
        for a in attributions:
            self.by_sentence.setdefault(a.sentence_start, []).append(a)
        self.starts = sorted(self.by_sentence)
        self.breaks = [m.start() for m in _LINE_BREAK_RE.finditer(text)]

    def carried(self, sentence_start: int, sentence_end: int = -1) -> Attribution | None:
        """The attribution a sentence without one of its own takes: the speaker of the
        quotation it stands in ('"Спасатели завершили разбор завалов. Извлечены тела двух
        погибших", - написал он'), else the last speaker of the nearest earlier sentence of
        its paragraph that has one, if any; or of the paragraph right before, when the
        sentence (ending at ``sentence_end``) is in the mood of reported speech ("Das
        Ärztenetzwerk teilte mit, … ¶ Zudem seien zwölf verletzt worden.")."""
        quoted = self.quoted(sentence_start)
        if quoted is not None:
            return quoted
        k = bisect_left(self.starts, sentence_start) - 1
        if k < 0:
            return None
        said = self.starts[k]
        j = bisect_left(self.breaks, said)
        if j < len(self.breaks) and self.breaks[j] < sentence_start:
            # a line break between them: another paragraph, which goes on with the report
            # only in reported speech, right after the paragraph of the report (blank lines
            # between them are one break)
            opening = self.breaks[bisect_left(self.breaks, sentence_start) - 1]
            if (
                self.reported_mood is None
                or sentence_end < 0
                or self.text[self.breaks[j] : opening].strip()  # a paragraph between
                or self.reported_mood.search(self.text, sentence_start, sentence_end) is None
            ):
                return None
        candidates = self.by_sentence[said]
        return candidates[_governing(candidates, candidates[0].sentence_end)].attribution

    def quoted(self, sentence_start: int) -> Attribution | None:
        """The speaker of a quotation of several sentences that the sentence at
        ``sentence_start`` opens or continues: the first attribution after it in its paragraph,
        when the quotation closes before it."""
        j = bisect_left(self.breaks, sentence_start)
        paragraph_start = self.breaks[j - 1] + 1 if j else 0
        if not self.in_quotation(paragraph_start, sentence_start + 1):
            return None
        k = bisect_right(self.starts, sentence_start)
        if k == len(self.starts):
            return None
        said = self.starts[k]
        if j < len(self.breaks) and self.breaks[j] < said:
            return None  # its paragraph ends first
        candidates = self.by_sentence[said]
        first = min(candidates, key=lambda a: a.start_char)
        if self.in_quotation(paragraph_start, first.start_char):
            return None  # the quotation goes on: the attribution is inside it
        return first.attribution

    def in_quotation(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` leaves a quotation open: an odd number of straight
        double quotes, or more opening guillemets than closing ones (curly quotes are left
        alone: "“" opens in English and closes in German)."""

        def between(positions: list[int]) -> int:
            return bisect_left(positions, end) - bisect_left(positions, start)

        return between(self.straight) % 2 == 1 or between(self.opening) > between(self.closing)


_STRAIGHT_QUOTE_RE: Final = re.compile('"')
_OPENING_GUILLEMET_RE: Final = re.compile("«")
_CLOSING_GUILLEMET_RE: Final = re.compile("»")


_LINE_BREAK_RE: Final = re.compile("\n")


def _group_casualties(
    text: str,
    figures: Sequence[CasualtyMention],
    attributions: Sequence[AttributionMention] | _Speakers,
    default: Attribution,
    background: Mapping[int, TimeSpan | None] | None = None,
    indices_out: list[list[int]] | None = None,
) -> list[tuple[int, int, CasualtyReport]]:
    """Figures of one sentence and one attribution become one report (a repeated outcome,
    group and subgroup starts another; a subgroup stays in its total's report).  A figure's
    attribution is the one of its sentence whose clause holds it (:func:`_speaker`); in a
    sentence without one, the one carried from earlier in its paragraph
    (:class:`_Speakers`); else ``default`` quoting the sentence.
    ``background`` maps the index of a background figure to its scope: it is marked and
    starts a report of its own whose ``as_of`` is that scope.  Returns ``(sentence_start,
    first figure offset, report)``; ``indices_out`` gets, per report, the indices in
    ``figures`` of its figures."""
    background = background or {}
    speakers = (
        attributions if isinstance(attributions, _Speakers) else _Speakers(text, attributions)
    )
    by_sentence = speakers.by_sentence
    groups: dict[tuple[int, int], list[tuple[int, list[CasualtyFigure], list[int]]]] = {}
    as_of: dict[int, TimeSpan | None] = {}  # a background run's scope, by its first index
    chosen: dict[tuple[int, int], Attribution] = {}
    order: list[tuple[int, int]] = []

    # The mentions' indices in ``figures`` (a breakdown's ``total_index`` is one), in text order;
    # a part named before its total ("3'ü çocuk 5 sivil") right after its total, so that it
    # joins the total's report and points at it.
    def place(k: int) -> tuple[int, int]:
        total = figures[k].total_index
        start = figures[k].start_char
        return (start if total is None else max(start, figures[total].start_char), k)

    for i in sorted(range(len(figures)), key=place):
        mention = figures[i]
        candidates = by_sentence.get(mention.sentence_start)
        index = _speaker(candidates, mention.start_char) if candidates else -1
        key = (mention.sentence_start, index)
        if key not in groups:
            groups[key] = []
            if index >= 0:
                chosen[key] = candidates[index].attribution  # type: ignore[index]
            else:
                # Carried from the paragraph, else the default quoting the sentence: found
                # once per sentence (it depends on nothing else), not once per figure.
                carried = speakers.carried(mention.sentence_start, mention.sentence_end)
                if carried is None:
                    quote = _collapse(text[mention.sentence_start : mention.sentence_end])
                    carried = attrs.evolve(default, quote=quote)
                chosen[key] = carried
            order.append(key)
        runs = groups[key]
        figure = mention.figure
        total = mention.total_index
        if figure.subgroup is not None:
            # A subgroup lies inside its total: it joins its total's report, in its time
            # scope; where it cannot (its total went to another clause's source, or the
            # report holds the same subgroup already) it is left out, never counted apart.
            last = runs[-1] if runs else None
            if (
                last is None
                or total is None
                or total not in last[2]
                or figure.report_key in [f.report_key for f in last[1]]
            ):
                continue
            if last[1][last[2].index(total)].background:
                figure = attrs.evolve(figure, background=True)
        elif i in background:
            figure = attrs.evolve(figure, background=True)
        if (
            not runs
            or figure.report_key in [f.report_key for f in runs[-1][1]]
            or runs[-1][1][0].background is not figure.background
        ):
            runs.append((mention.start_char, [], []))
            if figure.background:
                as_of[i] = background[i]
        if mention.role == "breakdown" and total is not None and total in runs[-1][2]:
            # a part points at its total in the same report (never summed with it)
            figure = attrs.evolve(figure, part_of=runs[-1][2].index(total))
        runs[-1][1].append(figure)
        runs[-1][2].append(i)
    out: list[tuple[int, int, CasualtyReport]] = []
    for key in order:
        attribution = chosen[key]
        for offset, figs, indices in groups[key]:
            # A run is never empty and a repeated (outcome, group) starts the next run; the
            # figures and attributions come checked from the extractors.
            report = CasualtyReport.trusted(figures=tuple(figs), attribution=attribution)
            scope = as_of.get(indices[0])
            if scope is not None:
                report = attrs.evolve(report, as_of=scope)
            out.append((key[0], offset, report))
            if indices_out is not None:
                indices_out.append(indices)
    return out


def _supersede(
    text: str,
    grouped: list[tuple[int, int, CasualtyReport]],
    indices: Sequence[Sequence[int]],
    figures: Sequence[CasualtyMention],
    engagements: Sequence[Engagement],
    lexicon: Lexicon,
    places: Sequence[Mention] = (),
) -> tuple[list[CasualtyReport], list[Engagement]]:
    """Updates within one article (DESIGN §10): a later figure of the same outcome, group and
    scope from the same source replaces the earlier one, which is kept and marked
    ``superseded`` ("ten people were killed ... the toll rose to 13").  The scope is the
    figure's time scope (background or not, ``as_of``) and its incident (the engagement its
    report belongs to, or none) and its place: a figure whose sentence names places replaces
    only figures of sentences naming the same places ("Gunmen killed two people in Kandi. In
    Banikoara, three were killed" replaces nothing), one whose sentence names none replaces
    any ("the toll rose to 13"); figures of one sentence never replace each other.  Only a
    running toll replaces (:func:`_updates`: "the toll later rose to 13"); a figure that adds
    to the earlier ones ("another 30", "two more people") or restates one replaces nothing.
    Returns the reports in their order and the engagements holding the marked reports."""
    reports = [r for _, _, r in grouped]
    engagement_of: dict[int, int] = {}
    for n, e in enumerate(engagements):
        for casualty in e.casualties:
            engagement_of.setdefault(id(casualty), n)
    additive = _additive_words(lexicon)
    spots = sorted((m.start, m.entity_id) for m in places)
    spot_starts = [start for start, _ in spots]
    places_of: dict[int, frozenset[str]] = {}  # by sentence start
    earlier_marks: dict[int, list[int]] = {}  # ends of the earlier-toll words, by sentence start
    live: dict[tuple[Any, ...], list[tuple[int, int, frozenset[str], int]]] = {}
    marked: dict[int, set[int]] = {}
    for k in sorted(range(len(reports)), key=lambda k: grouped[k][1]):
        report = reports[k]
        a = report.attribution
        source = (a.source, (a.source_name or "").casefold())
        for j, figure in enumerate(report.figures):
            scope = (
                source,
                figure.report_key,
                figure.background,
                report.as_of,
                engagement_of.get(id(report)),
            )
            mention = figures[indices[k][j]]
            named = places_of.get(mention.sentence_start)
            if named is None:
                lo = bisect_left(spot_starts, mention.sentence_start)
                hi = bisect_left(spot_starts, mention.sentence_end)
                named = places_of[mention.sentence_start] = frozenset(
                    entity for _, entity in spots[lo:hi]
                )
            earlier = live.setdefault(scope, [])
            here = mention.sentence_start
            if additive.earlier is not None and _marked_before(
                additive.earlier, text, mention, earlier_marks, additive.earlier_firsts
            ):
                # "Un précédent bilan faisait état de 212 morts": the text itself gives it
                # as the earlier toll, updated by the figures it follows
                marked.setdefault(k, set()).add(j)
                continue
            if _updates(text, mention, additive):
                kept = []
                for kk, jj, there, said in earlier:
                    # Figures of one sentence are coordinated ("a farmer and six herders
                    # died"), not updates of each other.
                    if said != here and (not named or there == named):
                        marked.setdefault(kk, set()).add(jj)
                    else:
                        kept.append((kk, jj, there, said))
                earlier[:] = kept
            earlier.append((k, j, named, here))
    if not marked:
        return reports, list(engagements)
    replaced: dict[int, CasualtyReport] = {}
    for k, js in marked.items():
        old = reports[k]
        figs = tuple(
            attrs.evolve(f, superseded=True) if j in js else f for j, f in enumerate(old.figures)
        )
        reports[k] = replaced[id(old)] = attrs.evolve(old, figures=figs)
    return reports, _with_reports(engagements, replaced)


def _updates(text: str, mention: CasualtyMention, words: _Additive) -> bool:
    """Whether a figure states a running toll that replaces earlier figures: a toll noun
    (``casualties.toll.nouns``) in the words just before it or in it ("the toll later rose to
    13", "raising the death toll to 15"), and no word that makes it an addition: "another"
    before or as its count ("Another 30 were wounded"), "more" right after it ("two more
    people died")."""
    start = mention.start_char
    window = text[max(0, start - _TOLL_WINDOW) : mention.end_char].casefold()
    if words.toll_in is None or words.toll_in.search(window) is None:
        return False  # (no toll noun even inside a word: no word of the window is one)
    if not any(w.strip(_CLOSERS + ",;:") in words.toll for w in window.split()):
        return False
    before = text[max(0, start - _TOLL_WINDOW) : start].split()
    if before and before[-1].casefold() in words.before:
        return False
    count = mention.figure.count.text or ""
    if count.casefold() in words.before:
        return False
    after = text[start : mention.end_char].casefold()
    if count and after.startswith(count.casefold()):
        rest = after[len(count) :].split()
        return not (rest and rest[0] in words.after)
    return True


# How far before a figure its toll noun may stand ("the death toll from Saturday's
# bombing rose to 15").
_TOLL_WINDOW: Final = 60


def _marked_before(
    pattern: re.Pattern[str],
    text: str,
    mention: CasualtyMention,
    ends: dict[int, list[int]],
    firsts: frozenset[str] | None = None,
) -> bool:
    """Whether the words ``pattern`` finds (an earlier toll) stand in the mention's sentence
    wholly before its count; each sentence is searched once (``ends``, by sentence start), so
    a sentence of many figures stays linear.  ``firsts`` (:func:`case_blind_firsts` of the
    phrases): in ASCII text, a sentence whose lower case holds none of them is not searched
    (the case-blind pattern, opening on a look-behind, is tried at every position)."""
    found = ends.get(mention.sentence_start)
    if found is None:
        s, e = mention.sentence_start, mention.sentence_end
        sentence = text[s:e]
        if firsts is not None and sentence.isascii() and not _holds_any(sentence.lower(), firsts):
            found = ends[s] = []  # (an ASCII sentence with no first word of the phrases)
        else:
            found = ends[s] = [m.end() for m in pattern.finditer(text, s, e)]
    return bool(found) and found[0] <= mention.start_char


def _holds_any(low: str, words: frozenset[str]) -> bool:
    return any(map(low.__contains__, words))  # (in C: no Python frame per word)


@attrs.frozen
class _Additive:
    """The words that make a figure an addition: before its count (``casualties.
    standalone_singulars``: "another") and right after it (``casualties.elliptic_heads``:
    "more"); and the toll nouns that make it a running toll (``casualties.toll.nouns``)."""

    before: frozenset[str]
    after: frozenset[str]
    toll: frozenset[str]
    # Any of ``toll`` anywhere (derived: where it finds none, no word of a window is a toll
    # noun, so the word-by-word test need not run); None for no toll nouns.
    toll_in: re.Pattern[str] | None
    # The phrases before a figure, in its sentence, that give it as an earlier toll ("un
    # précédent bilan", "le bilan initial"; casualties.constructions.earlier_toll).
    earlier: re.Pattern[str] | None = None
    # The first words of those phrases for ASCII text (derived: text/_keywords.py,
    # case_blind_firsts); None where no such test is sound.
    earlier_firsts: frozenset[str] | None = None


_EARLIER_TOLL: Final = "casualties.constructions.earlier_toll.phrases"
_OTHERS_WORDS: Final = "casualties.others_words"
# Ordinals that name one more of the people just named ("y fue capturado un quinto").
_ORDINAL_OTHERS: Final = "casualties.ordinal_others"


_REPORTED_MOOD: Final = "attribution.reported_mood"


@functools.cache
def _reported_mood(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The verbs of reported speech of ``lexicon`` as one pattern (``None`` for a language
    that marks reported speech by no verb form: English, Russian …).

    >>> _reported_mood(load("de")).search("Zudem seien zwölf verletzt worden.") is not None
    True
    >>> _reported_mood(load("en")) is None
    True
    """
    words = lexicon.optional_words(_REPORTED_MOOD)
    if not words:
        return None
    return re.compile(rf"(?<!\w){phrase_alternation(words)}(?!\w)", re.IGNORECASE)


@functools.cache
def _additive_words(lexicon: Lexicon) -> _Additive:
    toll = frozenset(w.casefold() for w in lexicon.words("casualties.toll.nouns"))
    return _Additive(
        before=frozenset(w.casefold() for w in lexicon.words("casualties.standalone_singulars")),
        after=frozenset(w.casefold() for w in lexicon.words("casualties.elliptic_heads")),
        toll=toll,
        toll_in=re.compile("|".join(map(re.escape, sorted(toll)))) if toll else None,
        earlier=(
            re.compile(rf"(?<!\w){phrase_alternation(lexicon.words(_EARLIER_TOLL))}(?!\w)", re.I)
            if lexicon.has(_EARLIER_TOLL) and lexicon.words(_EARLIER_TOLL)
            else None  # (an empty list would match everywhere)
        ),
        earlier_firsts=(
            case_blind_firsts(lexicon.words(_EARLIER_TOLL)) if lexicon.has(_EARLIER_TOLL) else None
        ),
    )


def extract_report(
    text: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    registry: ActorRegistry | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | str = "en",
    article_id: str | None = None,
    url: str | None = None,
) -> ArticleReport:
    """The records one article yields: dates, actor and place mentions, attributed casualty
    reports and candidate engagements.

    ``published`` (the publication date) anchors every relative date.  Without it the
    extractor reads a dateline at the top of the text; with neither it raises
    :class:`MissingAnchorError` — it never assumes today.  ``source`` names the outlet (an
    actor id or a name the registry resolves; otherwise kept as a name); by default it is the
    agency a wire dateline names.  ``registry`` / ``gazetteer`` default to the built-in ones.
    ``lexicon`` (a language code or a :class:`~conflict_events.lexicon.Lexicon`) gives the
    words of every stage; the keyword pass runs once for all of them.  ``article_id`` and
    ``url`` (an http(s) URL) say which article this is: the report carries both and every
    :class:`Attribution` it makes carries the url (:class:`ValidationError` otherwise).

    >>> import datetime as dt
    >>> r = extract_report(
    ...     "Hayat Tahrir al-Sham captured Saraqib on Thursday, killing 12 soldiers.",
    ...     published=dt.date(2024, 11, 30),
    ... )
    >>> e = r.engagements[0]
    >>> (e.sub_event_type.value, e.when.start, e.factions[0].lead, e.location.name)
    ('non_state_actor_overtakes_territory', datetime.date(2024, 11, 28), 'actor:hts', 'Saraqib')
    >>> extract_report("Rebels took the town on Monday.")
    Traceback (most recent call last):
    ...
    conflict_events.MissingAnchorError: no publication date was given ...
    """
    from conflict_events.extract._attribution import extract_attributions
    from conflict_events.extract._casualties import find_casualties
    from conflict_events.parse._dates import find_dates

    text = as_text(text)
    _check_article(article_id, url)
    lex = load(lexicon)
    dateline = find_dateline(text, lexicon=lex, gazetteer=gazetteer)
    anchor, anchor_source = _anchor(text, published, dateline)
    if registry is None:
        from conflict_events.resolve._registry import ActorRegistry

        registry = ActorRegistry.default()
    if gazetteer is None:
        from conflict_events.resolve._gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    source_id, source_name = _resolve_source(registry, source, dateline, anchor)
    body_start = dateline.end if dateline is not None else 0

    dates = find_dates(text, anchor, lexicon=lex)
    body_dates = [d for d in dates if d.start_char >= body_start]
    warnings = anchor_warnings(
        anchor, dateline=dateline, given=anchor_source == "given", dates=body_dates, lexicon=lex
    )
    # A text in another language than the lexicon's, or in one without a lexicon, is said so.
    from conflict_events.lexicon import language_warning

    language = language_warning(text, lex)
    if language is not None:
        warnings.append(language)
    # Actors (with the text's definitions), unresolved armed groups, places in context.
    names = find_names(text, registry, gazetteer, dateline=dateline, lexicon=lex)
    actor_mentions, place_mentions = list(names.actor_mentions), list(names.place_mentions)
    # A bare force noun ("one soldier") is the article country's force (docs/names.md).
    figures = find_casualties(text, registry=names.resolver or registry, lexicon=lex)
    attributions = extract_attributions(text, registry=registry, published=anchor, lexicon=lex)
    if url is not None:
        attributions = [
            attrs.evolve(a, attribution=attrs.evolve(a.attribution, url=url)) for a in attributions
        ]

    default = Attribution(
        source=source_id,
        source_name=source_name if source_name or source_id else ARTICLE_SOURCE_NAME,
        claim=ClaimKind.REPORTED,
        published=anchor,
        url=url,
    )
    if any(a.attribution.source_name == ARTICLE_SOURCE_NAME for a in attributions):
        # the article naming itself ("según el conteo de este diario", extract/_attribution's
        # OWN_REPORT): the default attribution, the outlet where the dateline names one
        attributions = [
            attrs.evolve(a, attribution=attrs.evolve(default, quote=a.attribution.quote))
            if a.attribution.source_name == ARTICLE_SOURCE_NAME and a.attribution.source is None
            else a
            for a in attributions
        ]
    background = _background(text, figures, body_dates, anchor, lex, body_start)
    speakers = _Speakers(text, attributions, _reported_mood(lex))
    report_indices: list[list[int]] = []
    grouped = _group_casualties(
        text, figures, speakers, default, background, indices_out=report_indices
    )

    # One pass over each list, grouped by sentence start (not one pass per sentence).
    sentence_of: dict[int, tuple[int, int]] = {}
    attributions_of: dict[int, list[Attribution]] = {}
    for a in attributions:
        sentence_of[a.sentence_start] = (a.sentence_start, a.sentence_end)
        attributions_of.setdefault(a.sentence_start, []).append(a.attribution)
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for figure in figures:
        sentence_of[figure.sentence_start] = (figure.sentence_start, figure.sentence_end)
        spans_of.setdefault(figure.sentence_start, []).append((figure.start_char, figure.end_char))
    reports_of: dict[int, list[tuple[int, CasualtyReport]]] = {}
    for s, offset, r in grouped:
        reports_of.setdefault(s, []).append((offset, r))
    sentences = _body_sentences(text, body_start, lex)
    # A sentence without a source of its own takes the one its paragraph carries.
    if speakers.starts:
        for s0, s1 in sentences:
            if s0 not in attributions_of:
                carried = speakers.carried(s0, s1)
                if carried is not None:
                    attributions_of[s0] = [carried]
                    sentence_of.setdefault(s0, (s0, s1))
    facts: dict[int, SentenceFacts] = {}
    for s_start, (s0, s1) in sentence_of.items():
        facts[s_start] = SentenceFacts(
            start=s0,
            end=s1,
            casualties=tuple(reports_of.get(s_start, ())),
            attributions=tuple(_dedupe(attributions_of.get(s_start, ()))),
            figure_spans=tuple(spans_of.get(s_start, ())),
        )

    actors: dict[str, Actor] = dict(names.actors)
    located: list[tuple[Mention, Location]] = []
    for place in place_mentions:
        try:
            located.append((place, gazetteer.get(place.entity_id)))
        except UnknownNameError:  # a mention from a gazetteer that cannot look it up again
            continue

    engagements = build_engagements(
        text,
        sentences=sentences,
        actor_mentions=actor_mentions,
        actors=actors,
        place_mentions=located,
        dates=body_dates,
        facts=facts,
        anchor=anchor,
        article_key=article_key(text),
        default_attribution=default,
        lexicon=lex,
    )
    grouped, engagements = _enemy_sides(
        text, grouped, report_indices, figures, engagements, actor_mentions, actors, lex
    )
    casualties, engagements = _supersede(
        text, grouped, report_indices, figures, engagements, lex, [m for m, _ in located]
    )
    return ArticleReport(
        anchor=anchor,
        anchor_source=anchor_source,
        dateline=dateline,
        source=source_id,
        source_name=source_name,
        warnings=tuple(warnings),
        dates=tuple(dates),
        actors=tuple(actor_mentions),
        places=tuple(place_mentions),
        unresolved_actors=names.unresolved,
        casualties=tuple(casualties),
        engagements=tuple(engagements),
        article_id=article_id,
        url=url,
    )


# The kinds of actor a generic noun for the other side ("rebels", "terroristes") may stand for.
_NON_STATE_KINDS: Final = frozenset(
    ["rebel_group", "political_militia", "identity_militia", "non_state_group"]
)
# The parties whose people are combatants: the non-state kinds and the forces of states.
_ARMED_KINDS: Final = _NON_STATE_KINDS | {"state_force", "external_force"}


def _enemy_sides(
    text: str,
    grouped: list[tuple[int, int, CasualtyReport]],
    indices: Sequence[Sequence[int]],
    figures: Sequence[CasualtyMention],
    engagements: Sequence[Engagement],
    actor_mentions: Sequence[Mention],
    actors: Mapping[str, Actor],
    lexicon: Lexicon,
) -> tuple[list[tuple[int, int, CasualtyReport]], list[Engagement]]:
    """Combatants named by a generic noun for the other side ("seven rebels", "une trentaine
    de terroristes") become the one non-state armed actor their paragraph names, else the
    one their article names (docs/casualties-and-claims.md, "Groups from context"); an actor
    named only as another's associate in the engagements (the ADF's "allegiance to the
    Islamic State group") is no side of its own.  Two sides named: they stay combatants."""
    from conflict_events.extract._casualties import verb_object
    from conflict_events.extract._context import (
        enemy_group,
        non_state_sides,
        own_side,
        points_back,
    )

    leads = {f.lead for e in engagements for f in e.factions}
    associates = {a for e in engagements for f in e.factions for a in f.actor_ids[1:]}
    sides = non_state_sides(
        text,
        [(m.start, m.entity_id) for m in actor_mentions],
        actors,
        associates - leads,
        _NON_STATE_KINDS,
        associates,
    )
    armed: list[tuple[int, str]] = []

    def subject(lo: int, hi: int) -> str | None:
        # the first armed actor its sentence names before the count (the list made once,
        # when a figure first asks)
        if not armed:
            armed.extend(
                sorted(
                    (m.start, m.entity_id)
                    for m in actor_mentions
                    if m.entity_id in actors and str(actors[m.entity_id].kind) in _ARMED_KINDS
                )
            )
            armed.append((len(text) + 1, ""))  # (made: never made again)
        i = bisect_left(armed, (lo, ""))
        return armed[i][1] or None if armed[i][0] < hi else None

    def doer(mention: CasualtyMention) -> str | None:
        # the side that killed or took them: the subject of the active verb before the count
        if not verb_object(lexicon, text, mention):
            return None
        return subject(mention.sentence_start, mention.start_char)

    replaced: dict[int, CasualtyReport] = {}
    out = list(grouped)
    others = frozenset(
        w.casefold()
        for path in (_OTHERS_WORDS, _ORDINAL_OTHERS)
        for w in lexicon.optional_words(path)
    )
    low = ""
    # the figure last given an actor by a noun for the other side: where it ends, its group
    named: tuple[int, str] | None = None
    for k, (start, offset, report) in enumerate(grouped):
        figs = list(report.figures)
        for j, figure in enumerate(figs):
            mention = figures[indices[k][j]]
            if figure.subgroup is not None:
                # a subgroup follows its total (below), unless a possessive makes it its
                # speaker's own ("23 bodies, including five of their own members")
                own = own_side(mention, text, lexicon, subject)
                if own is not None and figs[j] is figure:
                    figs[j] = attrs.evolve(figure, group=own, subgroup=None)
                continue
            found = enemy_group(mention, lexicon, sides, doer)
            if found is not None:
                named = (mention.end_char, found)
            elif (
                named is not None
                and figure.group == "combatants"
                and named[0] <= mention.start_char
                and "\n\n" not in text[named[0] : mention.start_char]
                and points_back(mention, low or (low := text.casefold()), lexicon)
            ):
                # "قتل نحو ستين إرهابياً … وأسر ثمانية منهم": "of them" are the people the
                # figure before them in the paragraph counted, whose side is now named
                found = named[1]
            if found is None:
                found = own_side(mention, text, lexicon, subject)
            if (
                found is None
                and j > 0
                and figs[j - 1] is not report.figures[j - 1]
                and (
                    (
                        figure.group == report.figures[j - 1].group
                        and (mention.group_text or "").casefold() in others
                    )
                    # "وقتلوا ثلاثة من المهاجمين، واعتقلوا اثنين آخرين": others of no group
                    # after a figure of the other side
                    or (
                        figure.group == "total"
                        and report.figures[j - 1].group == "combatants"
                        and (mention.group_text or "").casefold() in others
                    )
                    # "troops killed 11 of the attackers and captured two": a bare count
                    or (
                        figure.group == report.figures[j - 1].group == "combatants"
                        and mention.group_text is None
                    )
                )
            ):
                # "killed five gang members and arrested three others", "murieron cuatro
                # disidentes y fue capturado un quinto": the others (an ordinal: one more) are
                # of the group the figure before them now names
                found = figs[j - 1].group
            if found is not None and not any(
                f.report_key == (figure.outcome, found, None) for f in figs
            ):
                figs[j] = attrs.evolve(figure, group=found)
                # its subgroups ("five separatist fighters, including a self-styled general")
                # are of the group it now names
                for i, part in enumerate(figs):
                    if part.part_of == j and part.subgroup is not None:
                        figs[i] = attrs.evolve(part, group=found)
        if figs != list(report.figures):
            new = attrs.evolve(report, figures=tuple(figs))
            replaced[id(report)] = new
            out[k] = (start, offset, new)
    if not replaced:
        return out, list(engagements)
    return out, _with_reports(engagements, replaced)


def _with_reports(
    engagements: Sequence[Engagement], replaced: Mapping[int, CasualtyReport]
) -> list[Engagement]:
    """The engagements with each casualty report replaced by ``replaced[id(report)]`` where
    there is one (a report is shared by identity between the article and its engagement)."""
    return [
        attrs.evolve(e, casualties=tuple(replaced.get(id(c), c) for c in e.casualties))
        if any(id(c) in replaced for c in e.casualties)
        else e
        for e in engagements
    ]


def _check_article(article_id: object, url: object) -> None:
    from conflict_events._errors import Problem, ValidationError

    problems = []
    if article_id is not None and (not isinstance(article_id, str) or not article_id.strip()):
        problems.append(
            Problem("$.article_id", f"must be a non-empty string or None, got {article_id!r:.80}")
        )
    if url is not None and (
        not isinstance(url, str)
        or not url.startswith(("http://", "https://"))
        or any(c.isspace() for c in url)
    ):
        problems.append(Problem("$.url", f"must be an http(s) URL or None, got {url!r:.80}"))
    if problems:
        raise ValidationError(problems, "extract_report")


def _dedupe(items: Any) -> list[Attribution]:
    out: list[Attribution] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
