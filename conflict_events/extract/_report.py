"""``extract_report``: everything a careful analyst codes from one news article.

The extractor runs the library's finders over the text once each — dates, actor and place
names, casualty figures, attributions — then groups the figures into attributed
:class:`CasualtyReport` s and builds candidate :class:`Engagement` s sentence by sentence
(:mod:`conflict_events.extract._events`).  The semantics are in ``docs/extraction.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from conflict_events._errors import (
    AmbiguousNameError,
    MissingAnchorError,
    UnknownNameError,
)
from conflict_events.extract._dateline import Dateline, anchor_warnings, find_dateline
from conflict_events.extract._events import SentenceFacts, article_key, build_engagements
from conflict_events.extract._names import _overlaps, find_names  # noqa: F401 (tests)
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
from conflict_events.parse._dates import DateMention
from conflict_events.resolve._definitions import UnresolvedActor
from conflict_events.resolve._mention import Mention

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

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready values, through the library's one converter."""
        from conflict_events.io._converter import unstructure

        data: dict[str, Any] = unstructure(self)
        return data

    def to_json(self, *, indent: bool = False) -> str:
        """The report as a JSON object (with ``schema_version``)."""
        from conflict_events.io.json import dumps

        return dumps(self, indent=indent)


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
    from conflict_events.text._segment import sentences

    spans: list[tuple[int, int]] = []
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
        if not terminal and len(chunk.split()) <= _HEADING_MAX_WORDS:
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
    the news: "the assault last week killed 20") is the news itself.  A running toll ("killed since the offensive began last Monday": a
    ``casualties.running_scope`` word in its scope) runs to the present: only the last rule
    applies.  A scope without dates is background when it holds a background cue ("over a
    decade of civil war"; ``casualties.background_cues``; scope None).
    """
    if not figures:
        return {}
    news_start = anchor - dt.timedelta(days=_NEWS_DAYS)
    long_start = anchor - dt.timedelta(days=_LONG_SCOPE_DAYS)
    cues, running = _background_words(lexicon)
    out: dict[int, TimeSpan | None] = {}
    for i, m in enumerate(figures):
        s, e = m.sentence_start, m.sentence_end
        lo = max(s, text.rfind(";", s, m.start_char) + 1)
        after = _SCOPE_END_RE.search(text, m.end_char, e)
        hi = after.start() if after is not None else e
        scoped = [d for d in dates if lo <= d.start_char and d.end_char <= hi]
        clause = text[lo:hi].lower()
        runs = running.search(clause) is not None
        lead = _SENTENCE_END_RE.search(text, body_start, s) is None

        if scoped and all(
            _earlier(d, anchor, news_start, long_start, runs=runs, lead=lead) for d in scoped
        ):
            out[i] = scoped[0].when
        elif not scoped and any(c in clause for c in cues):
            out[i] = None
    return out


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
_SCOPE_END_RE: Final = re.compile(r"[,;:—–()]")
_SENTENCE_END_RE: Final = re.compile(r"[.!?]\s")
_NEWS_DAYS: Final = 7
_LONG_SCOPE_DAYS: Final = 31
_COARSE: Final = frozenset(
    {Precision.WEEK, Precision.MONTH, Precision.SEASON, Precision.YEAR, Precision.DECADE}
)


@functools.cache
def _background_words(lexicon: Lexicon) -> tuple[tuple[str, ...], re.Pattern[str]]:
    running = "|".join(re.escape(w) for w in lexicon.words("casualties.running_scope"))
    return (
        tuple(lexicon.words("casualties.background_cues")),
        re.compile(rf"\b(?:{running})\b"),
    )


def _group_casualties(
    text: str,
    figures: Sequence[CasualtyMention],
    attributions: Sequence[AttributionMention],
    default: Attribution,
    background: Mapping[int, TimeSpan | None] | None = None,
) -> list[tuple[int, int, CasualtyReport]]:
    """Figures of one sentence and one attribution become one report (a repeated outcome and
    group starts another).  ``background`` maps the index of a background figure to its
    scope: it is marked and starts a report of its own whose ``as_of`` is that scope.
    Returns ``(sentence_start, first figure offset, report)``."""
    background = background or {}
    by_sentence: dict[int, list[AttributionMention]] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence_start, []).append(a)
    groups: dict[tuple[int, int], list[tuple[int, list[CasualtyFigure], list[int]]]] = {}
    as_of: dict[int, TimeSpan | None] = {}  # a background run's scope, by its first index
    chosen: dict[tuple[int, int], Attribution] = {}
    order: list[tuple[int, int]] = []
    # The mentions' indices in ``figures`` (a breakdown's ``total_index`` is one), in text order.
    for i in sorted(range(len(figures)), key=lambda k: figures[k].start_char):
        mention = figures[i]
        candidates = by_sentence.get(mention.sentence_start)
        index = _governing(candidates, mention.start_char) if candidates else -1
        key = (mention.sentence_start, index)
        if key not in groups:
            groups[key] = []
            if index >= 0:
                chosen[key] = candidates[index].attribution  # type: ignore[index]
            else:
                # The default, quoting the sentence: built once per sentence (it depends on
                # nothing else), not once per figure.
                quote = _collapse(text[mention.sentence_start : mention.sentence_end])
                chosen[key] = attrs.evolve(default, quote=quote)
            order.append(key)
        runs = groups[key]
        figure = mention.figure
        if i in background:
            figure = attrs.evolve(figure, background=True)
        if (
            not runs
            or any(f.key == figure.key for f in runs[-1][1])
            or runs[-1][1][0].background is not figure.background
        ):
            runs.append((mention.start_char, [], []))
            if figure.background:
                as_of[i] = background[i]
        total = mention.total_index
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
    return out


def extract_report(
    text: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    registry: ActorRegistry | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | str = "en",
) -> ArticleReport:
    """The records one article yields: dates, actor and place mentions, attributed casualty
    reports and candidate engagements.

    ``published`` (the publication date) anchors every relative date.  Without it the
    extractor reads a dateline at the top of the text; with neither it raises
    :class:`MissingAnchorError` — it never assumes today.  ``source`` names the outlet (an
    actor id or a name the registry resolves; otherwise kept as a name); by default it is the
    agency a wire dateline names.  ``registry`` / ``gazetteer`` default to the built-in ones.
    ``lexicon`` (a language code or a :class:`~conflict_events.lexicon.Lexicon`) gives the
    words of every stage; the keyword pass runs once for all of them.

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
    lex = load(lexicon)
    dateline = find_dateline(text, lexicon=lex)
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
    # Actors (with the text's definitions), unresolved armed groups, places in context.
    names = find_names(text, registry, gazetteer, dateline=dateline, lexicon=lex)
    actor_mentions, place_mentions = list(names.actor_mentions), list(names.place_mentions)
    figures = find_casualties(text, registry=registry, lexicon=lex)
    attributions = extract_attributions(text, registry=registry, published=anchor, lexicon=lex)

    default = Attribution(
        source=source_id,
        source_name=source_name if source_name or source_id else ARTICLE_SOURCE_NAME,
        claim=ClaimKind.REPORTED,
        published=anchor,
    )
    background = _background(text, figures, body_dates, anchor, lex, body_start)
    grouped = _group_casualties(text, figures, attributions, default, background)

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

    sentences = _body_sentences(text, body_start, lex)
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
        casualties=tuple(r for _, _, r in grouped),
        engagements=tuple(engagements),
    )


def _dedupe(items: Any) -> list[Attribution]:
    out: list[Attribution] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
