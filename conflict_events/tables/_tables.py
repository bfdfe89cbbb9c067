"""Flat tables from article reports: one row per casualty figure, engagement, faction member,
date mention, name mention and attribution, each row carrying its article's id.

A table is a fixed list of typed columns (:data:`TABLES`; ``docs/corpus.md`` lists them) and a
function from one report to its rows.  Rows are plain dicts of Python values (str, int,
float, bool, ``datetime.date`` or None), so they go to CSV, JSON Lines, Arrow / Parquet and
pandas / Polars data frames without a per-format mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from conflict_events.extract._report import ArticleReport
    from conflict_events.model import Attribution, Count, Engagement, TimeSpan

__all__ = ["TABLES", "Column", "Table", "rows"]

Row = dict[str, Any]


@attrs.frozen(kw_only=True)
class Column:
    """One column: its name, its type (``string``, ``int64``, ``float64``, ``bool``,
    ``date``) and what it holds."""

    name: str
    type: str
    doc: str


@attrs.frozen(kw_only=True)
class Table:
    """A flat table: its name, its columns and the rows one report gives."""

    name: str
    doc: str
    columns: tuple[Column, ...]
    rows_of: Callable[[ArticleReport], Iterator[Row]] = attrs.field(repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _c(name: str, type_: str, doc: str) -> Column:
    return Column(name=name, type=type_, doc=doc)


_ARTICLE = (
    _c("article_id", "string", "the article's id (Article.id; None for a lone extract_report)"),
    _c("url", "string", "the article's url"),
)
_SPAN = (
    _c("start", "date", "first day of the span (inclusive)"),
    _c("end", "date", "last day of the span (inclusive)"),
    _c("precision", "string", "the span's precision (day, week, month, interval...)"),
    _c("approximate", "bool", "whether the text hedged the date"),
)
_COUNT = (
    _c("low", "int64", "the smallest number the figure allows (None: not stated)"),
    _c("high", "int64", "the largest number the figure allows (None: unbounded)"),
    _c("qualifier", "string", "exact, at_least, more_than, at_most, approximately, range, vague"),
    _c("figure", "int64", "the number as written, where one was"),
    _c("count_text", "string", "the words of the count"),
)
_CLAIM = (
    _c("source", "string", "the source's actor id, where the registry knows it"),
    _c("source_name", "string", "the source's name as written"),
    _c("claim", "string", "reported, claimed, denied, alleged, confirmed"),
    _c("verification", "string", "unverified, independently_verified, disputed"),
    _c("quote", "string", "the words the claim was read from"),
    _c("published", "date", "when the source published it"),
)


def _article(report: ArticleReport) -> Row:
    return {"article_id": report.article_id, "url": report.url}


def _span(span: TimeSpan | None, prefix: str = "") -> Row:
    if span is None:
        return {
            f"{prefix}start": None,
            f"{prefix}end": None,
            f"{prefix}precision": None,
            f"{prefix}approximate": None,
        }
    return {
        f"{prefix}start": span.start,
        f"{prefix}end": span.end,
        f"{prefix}precision": str(span.precision),
        f"{prefix}approximate": span.approximate,
    }


def _count(count: Count) -> Row:
    return {
        "low": count.low,
        "high": count.high,
        "qualifier": str(count.qualifier),
        "figure": count.figure,
        "count_text": count.text,
    }


def _claim(a: Attribution) -> Row:
    return {
        "source": a.source,
        "source_name": a.source_name,
        "claim": str(a.claim),
        "verification": str(a.verification),
        "quote": a.quote,
        "published": a.published,
    }


def _figures(report: ArticleReport) -> Iterator[Row]:
    base = _article(report)
    for index, casualty in enumerate(report.casualties):
        claim = _claim(casualty.attribution)
        as_of = casualty.as_of
        for figure in casualty.figures:
            yield {
                **base,
                "report": index,
                "outcome": str(figure.outcome),
                "group": figure.group,
                **_count(figure.count),
                **claim,
                "as_of_start": as_of.start if as_of else None,
                "as_of_end": as_of.end if as_of else None,
                "part_of": figure.part_of,
                "subgroup": figure.subgroup,
                "superseded": figure.superseded,
                "background": figure.background,
            }


def _side(engagement: Engagement, index: int) -> str | None:
    return engagement.factions[index].lead if len(engagement.factions) > index else None


def _engagements(report: ArticleReport) -> Iterator[Row]:
    base = _article(report)
    for e in report.engagements:
        loc = e.location
        point = loc.point if loc is not None else None
        yield {
            **base,
            "engagement_id": e.id,
            "event_type": str(e.event_type),
            "sub_event_type": str(e.sub_event_type) if e.sub_event_type else None,
            **_span(e.when),
            "location_name": loc.name if loc else None,
            "location_id": loc.gazetteer_id if loc else None,
            "country": loc.country if loc else None,
            "admin_path": " > ".join(loc.admin_path) if loc and loc.admin_path else None,
            "lat": point.lat if point else None,
            "lon": point.lon if point else None,
            "geo_precision": int(loc.geo_precision) if loc and loc.geo_precision else None,
            "side_a": _side(e, 0),
            "side_b": _side(e, 1),
            "casualty_reports": len(e.casualties),
            "parent": e.parent,
            "description": e.description,
        }


def _faction_members(report: ArticleReport) -> Iterator[Row]:
    base = _article(report)
    for e in report.engagements:
        for side, faction in enumerate(e.factions):
            yield {
                **base,
                "engagement_id": e.id,
                "side": side,
                "actor": faction.lead,
                "role": "lead",
                "side_name": faction.name,
            }
            for member in faction.associates:
                yield {
                    **base,
                    "engagement_id": e.id,
                    "side": side,
                    "actor": member.actor,
                    "role": str(member.role),
                    "side_name": faction.name,
                }


def _dates(report: ArticleReport) -> Iterator[Row]:
    base = _article(report)
    for d in report.dates:
        yield {
            **base,
            "text": d.text,
            "start_char": d.start_char,
            "end_char": d.end_char,
            "direction": d.direction,
            **_span(d.when),
        }


def _names(report: ArticleReport) -> Iterator[Row]:
    base = _article(report)
    for kind, mentions in (("actor", report.actors), ("place", report.places)):
        for m in mentions:
            yield {
                **base,
                "kind": kind,
                "text": m.text,
                "start_char": m.start,
                "end_char": m.end,
                "entity_id": m.entity_id,
            }
    # Armed-group names no registry knows: reported, never dropped (docs/names.md).
    for u in report.unresolved_actors:
        yield {
            **base,
            "kind": "unresolved_actor",
            "text": u.text,
            "start_char": u.start,
            "end_char": u.end,
            "entity_id": None,
        }


def _attributions(report: ArticleReport) -> Iterator[Row]:
    base = _article(report)
    for index, casualty in enumerate(report.casualties):
        a = casualty.attribution
        yield {
            **base,
            "of": "casualty_report",
            "of_id": str(index),
            **_claim(a),
            "attribution_url": a.url,
        }
    for e in report.engagements:
        for a in e.attributions:
            yield {**base, "of": "engagement", "of_id": e.id, **_claim(a), "attribution_url": a.url}


def _table(name: str, doc: str, columns: Iterable[Column], rows_of: Any) -> Table:
    return Table(name=name, doc=doc, columns=(*_ARTICLE, *columns), rows_of=rows_of)


#: Every flat table, by name.
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _table(
            "figures",
            "one row per casualty figure of each attributed casualty report",
            (
                _c("report", "int64", "index of the casualty report in the article"),
                _c("outcome", "string", "killed, injured, displaced, captured, missing"),
                _c("group", "string", "total, civilians, combatants, or an actor id"),
                *_COUNT,
                *_CLAIM,
                _c("as_of_start", "date", "the figure's time scope, first day"),
                _c("as_of_end", "date", "the figure's time scope, last day"),
                _c(
                    "part_of",
                    "int64",
                    "the figure (by its index among the report's figures) this one is a part of",
                ),
                _c(
                    "subgroup",
                    "string",
                    "a part of its own group's total: who they were, in the text's words "
                    "(women, children)",
                ),
                _c(
                    "superseded",
                    "bool",
                    "a later figure of the same source and scope replaced it (not in estimates)",
                ),
                _c(
                    "background",
                    "bool",
                    "its time scope is not the reported event (as_of; not in estimates)",
                ),
            ),
            _figures,
        ),
        _table(
            "engagements",
            "one row per candidate engagement",
            (
                _c("engagement_id", "string", "the engagement's id"),
                _c("event_type", "string", "the ACLED event type"),
                _c("sub_event_type", "string", "the ACLED sub-event type"),
                *_SPAN,
                _c("location_name", "string", "the place's name"),
                _c("location_id", "string", "the gazetteer id of the place"),
                _c("country", "string", "ISO 3166-1 alpha-2"),
                _c("admin_path", "string", "administrative path, largest first, ' > ' between"),
                _c("lat", "float64", "latitude"),
                _c("lon", "float64", "longitude"),
                _c("geo_precision", "int64", "1 exact place ... 3 region (ACLED's scale)"),
                _c("side_a", "string", "lead actor id of the first side"),
                _c("side_b", "string", "lead actor id of the second side"),
                _c("casualty_reports", "int64", "how many casualty reports it holds"),
                _c("parent", "string", "the id of the campaign it belongs to"),
                _c("description", "string", "the sentence it was read from"),
            ),
            _engagements,
        ),
        _table(
            "faction_members",
            "one row per actor of each side of each engagement (the lead included)",
            (
                _c("engagement_id", "string", "the engagement's id"),
                _c("side", "int64", "0 for the first side, 1 for the second..."),
                _c("actor", "string", "the actor's id"),
                _c("role", "string", "lead, allied_with, backed_by"),
                _c("side_name", "string", "the side's name as a source writes it"),
            ),
            _faction_members,
        ),
        _table(
            "dates",
            "one row per date expression found in the text",
            (
                _c("text", "string", "the words"),
                _c("start_char", "int64", "offset of the first character"),
                _c("end_char", "int64", "offset after the last character"),
                _c("direction", "string", "past or future, as the tense read it"),
                *_SPAN,
            ),
            _dates,
        ),
        _table(
            "names",
            "one row per actor or place name found in the text, and per armed-group name "
            "no registry knows",
            (
                _c("kind", "string", "actor, place or unresolved_actor"),
                _c("text", "string", "the words"),
                _c("start_char", "int64", "offset of the first character"),
                _c("end_char", "int64", "offset after the last character"),
                _c("entity_id", "string", "the actor or place id (None: unresolved_actor)"),
            ),
            _names,
        ),
        _table(
            "attributions",
            "one row per attribution of a casualty report or an engagement",
            (
                _c("of", "string", "casualty_report or engagement"),
                _c("of_id", "string", "the report's index or the engagement's id"),
                *_CLAIM,
                _c("attribution_url", "string", "the url the attribution gives"),
            ),
            _attributions,
        ),
    )
}


def table(name: str) -> Table:
    """The table called ``name``.

    >>> table("figures").names[:4]
    ('article_id', 'url', 'report', 'outcome')
    """
    try:
        return TABLES[name]
    except KeyError:
        raise ValueError(f"unknown table {name!r}; tables are {', '.join(TABLES)}") from None


def rows(reports: Iterable[ArticleReport], name: str) -> Iterator[Row]:
    """The rows of table ``name`` for ``reports``, in report order, each with every column.

    >>> import datetime as dt
    >>> from conflict_events import extract_report
    >>> r = extract_report("Shelling killed at least 4 civilians on Monday.",
    ...                    published=dt.date(2024, 11, 30))
    >>> [(row["outcome"], row["group"], row["low"], row["qualifier"]) for row in rows([r], "figures")]
    [('killed', 'civilians', 4, 'at_least')]
    """
    spec = table(name)
    columns = spec.names
    for report in reports:
        for row in spec.rows_of(report):
            yield {column: row.get(column) for column in columns}
