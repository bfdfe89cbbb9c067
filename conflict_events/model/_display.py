"""Short text forms of model values, and the views IPython and Jupyter show.

The one-line forms are the ones the command line prints (``cli/_format.py``): a count as a
reader writes it, a span as ISO dates.  ``str()`` of a model object gives them (see
docs/model.md); ``repr()`` stays the full attrs repr.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any

import attrs

from conflict_events.model._vocab import CountQualifier, FactionRole, Verification

# The class modules import this one for their ``__str__``, so it cannot import them: each
# function takes the model value its name says, typed ``Any``.

__all__ = [
    "actor_text",
    "alias_text",
    "attribution_text",
    "casualty_reports_html",
    "count_text",
    "engagement_text",
    "engagements_html",
    "faction_text",
    "figure_text",
    "location_text",
    "member_text",
    "point_text",
    "report_text",
    "span_text",
    "table_html",
]

Q = CountQualifier


def _one_line(text: str) -> str:
    # Names may hold line breaks or runs of spaces (as written); a one-line form folds them.
    return " ".join(text.split())


def count_text(count: Any) -> str:
    """``28``, ``>300``, ``>=20``, ``<=50``, ``~1000``, ``10-15``, ``24-99 (vague)``."""
    q, low, high = count.qualifier, count.low, count.high
    if q is Q.EXACT:
        return str(low)
    if q is Q.MORE_THAN:
        return f">{count.figure if count.figure is not None else low}"
    if q is Q.AT_LEAST:
        return f">={low}"
    if q is Q.AT_MOST:
        return f"<={high}"
    if q is Q.APPROXIMATELY:
        if count.figure is not None:
            return f"~{count.figure}"
        return f"~{low}-{high}" if low is not None and high is not None else f"~{low or high}"
    bounds = f"{low}-{high if high is not None else ''}"
    return bounds + (" (vague)" if q is Q.VAGUE else "")


def span_dates(span: Any) -> str:
    """``2024-11-28`` or ``2024-11-27..2024-11-30``, ``~`` first when approximate."""
    text: str = span.start.isoformat()
    if span.end != span.start:
        text += f"..{span.end.isoformat()}"
    return ("~" if span.approximate else "") + text


def span_text(span: Any) -> str:
    """The dates and the precision: ``2024-11-27..2024-11-30 (interval)``."""
    return f"{span_dates(span)} ({span.precision.value})"


def location_text(location: Any) -> str:
    """``Aleppo (city, SY)``; the country only when known."""
    country = f", {location.country}" if location.country else ""
    return f"{_one_line(location.name)} ({location.kind.value}{country})"


def point_text(point: Any) -> str:
    """Latitude and longitude, as stored: ``(36.2021, 37.1343)``."""
    return f"({point.lat!r}, {point.lon!r})"


def member_text(member: Any) -> str:
    """``+actor:sna`` for an ally of the lead, ``backed by actor:tr`` for a backer."""
    if member.role is FactionRole.ALLIED_WITH:
        return f"+{member.actor}"
    return f"backed by {member.actor}"


def faction_text(faction: Any) -> str:
    """The lead, then each associate: ``actor:hts +actor:sna backed by actor:tr``."""
    return " ".join([faction.lead, *(member_text(m) for m in faction.associates)])


def _period(start: Any, end: Any) -> str | None:
    if start is None and end is None:
        return None
    return f"{start.isoformat() if start else ''}..{end.isoformat() if end else ''}"


def alias_text(alias: Any) -> str:
    """The name, then what qualifies it: ``RSF (en, acronym, 2013-08-01..)``."""
    period = _period(alias.valid_from, alias.valid_until)
    notes = [n for n in (alias.language, "acronym" if alias.acronym else None, period) if n]
    return _one_line(alias.name) + (f" ({', '.join(notes)})" if notes else "")


def actor_text(actor: Any) -> str:
    """``Hayat Tahrir al-Sham [actor:hts] (rebel_group, SY, 2017-01-28..)``."""
    period = _period(actor.active_from, actor.active_until)
    notes = [n for n in (actor.kind.value, actor.country, period) if n]
    return f"{_one_line(actor.name)} [{actor.id}] ({', '.join(notes)})"


def attribution_text(attribution: Any) -> str:
    """Who says so, and how: ``SOHR [actor:sohr] (reported)``, ``rescuers (claimed)``."""
    a = attribution
    name = _one_line(a.source_name) if a.source_name is not None else None
    who = a.source or name or "?"
    if a.source and name:
        who = f"{name} [{a.source}]"
    extra = "" if a.verification is Verification.UNVERIFIED else f", {a.verification.value}"
    return f"{who} ({a.claim.value}{extra})"


def figure_text(figure: Any) -> str:
    """``killed / civilians: >=28``; a subgroup in brackets: ``killed / civilians (women): 3``."""
    group = _one_line(figure.group)
    if figure.subgroup is not None:  # the text's own words: one line, as every name here
        group = f"{group} ({_one_line(figure.subgroup)})"
    return f"{figure.outcome.value} / {group}: {count_text(figure.count)}"


def report_text(report: Any) -> str:
    """The figures, then who gives them: ``killed / total: >300; injured / total: 20, per
    SOHR [actor:sohr] (reported)``."""
    figures = "; ".join(figure_text(f) for f in report.figures)
    as_of = f", as of {span_dates(report.as_of)}" if report.as_of is not None else ""
    return f"{figures}, per {attribution_text(report.attribution)}{as_of}"


def _kind(e: Any) -> str:
    kind: str = (e.sub_event_type or e.event_type).value
    return kind


def _sides(e: Any) -> str:
    return " vs ".join(faction_text(f) for f in e.factions) or "-"


def engagement_text(e: Any) -> str:
    """The CLI's row in one line: ``armed_clash 2024-11-28 in Aleppo: actor:a vs actor:b
    (2 figures, confidence 60)``."""
    where = f" in {_one_line(e.location.name)}" if e.location is not None else ""
    figures = sum(len(r.figures) for r in e.casualties)
    details = [f"{figures} figure{'s' if figures != 1 else ''}"]
    if e.confidence is not None:
        details.append(f"confidence {e.confidence}")
    return f"{_kind(e)} {span_dates(e.when)}{where}: {_sides(e)} ({', '.join(details)})"


def _shown(value: Any) -> Any:
    # An enum as its value (the constructors take it), a list's items likewise.
    if isinstance(value, Enum):
        return value.value
    if type(value) is tuple:
        return tuple(_shown(v) for v in value)
    return value


def pretty(obj: Any, p: Any, cycle: bool) -> None:
    """``_repr_pretty_`` of a model value for IPython's and Hypothesis's pretty printers: the
    constructor call that rebuilds it, fields at their default left out, enums as their
    values, nested values pretty in turn, broken over lines only when it does not fit::

        Engagement(
            id='engagement:x',
            event_type='battles',
            when=TimeSpan(start=datetime.date(2024, 11, 28), ...),
        )
    """
    name = type(obj).__name__
    if cycle:  # model values are trees; kept for the protocol's sake
        p.text(f"{name}(...)")
        return
    shown = []
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if default is not attrs.NOTHING and value == default and type(value) is type(default):
            continue
        shown.append((field.alias or field.name, _shown(value)))
    # The closing parenthesis outside the indented group, so that it lines up with the name.
    with p.group(0, "", ""):
        with p.group(4, f"{name}(", ""):
            for i, (key, value) in enumerate(shown):
                if i:
                    p.text(",")
                p.breakable(" " if i else "")
                p.text(f"{key}=")
                p.pretty(value)
        if shown:
            p.breakable("")
        p.text(")")


#: A table cell: its lines (shown one per line; none for an empty cell).
Cell = Sequence[str]


def table_html(columns: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """An HTML table (for Jupyter's ``_repr_html_``): a header of ``columns``, then one row per
    item of ``rows``, each a cell per column; a cell's lines are joined with ``<br>``.  Every
    header and line is escaped, so text from an article never becomes markup.

    >>> print(table_html(["figure", "source"], [[["killed: 3"], ["<SOHR>", "AP"]]]))
    <table class="conflict-events">
    <thead><tr><th>figure</th><th>source</th></tr></thead>
    <tbody>
    <tr><td>killed: 3</td><td>&lt;SOHR&gt;<br>AP</td></tr>
    </tbody>
    </table>
    """
    import html  # on first display: html.entities' table is a new process's cost otherwise

    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = [
        "<tr>"
        + "".join(
            "<td>" + "<br>".join(html.escape(line) for line in cell) + "</td>" for cell in row
        )
        + "</tr>"
        for row in rows
    ]
    return "\n".join(
        [
            '<table class="conflict-events">',
            f"<thead><tr>{head}</tr></thead>",
            "<tbody>",
            *body,
            "</tbody>",
            "</table>",
        ]
    )


_COLUMNS = ("id", "type", "when", "where", "factions", "casualties", "sources", "confidence")


def engagements_html(engagements: Iterable[Any]) -> str:
    """An HTML table of ``engagements``, one row each (for Jupyter's ``_repr_html_``).  Every
    cell is escaped; casualty reports and sources are one per line.

    >>> import datetime as dt
    >>> from conflict_events.model import Engagement, TimeSpan
    >>> e = Engagement(id="engagement:a", event_type="battles",
    ...                when=TimeSpan.on(dt.date(2024, 11, 28)))
    >>> print(engagements_html([e]))  # doctest: +ELLIPSIS
    <table class="conflict-events">
    <thead><tr><th>id</th><th>type</th><th>when</th>...</tr></thead>
    <tbody>
    <tr><td>engagement:a</td><td>battles</td><td>2024-11-28 (day)</td><td></td>...</tr>
    </tbody>
    </table>
    """
    rows = (
        [
            [e.id],
            [_kind(e)],
            [span_text(e.when)],
            [location_text(e.location)] if e.location is not None else [],
            [faction_text(f) for f in e.factions],
            [report_text(r) for r in e.casualties],
            [attribution_text(a) for a in e.attributions],
            [] if e.confidence is None else [str(e.confidence)],
        ]
        for e in engagements
    )
    return table_html(_COLUMNS, rows)


_REPORT_COLUMNS = ("figures", "source", "as of")


def casualty_reports_html(reports: Iterable[Any]) -> str:
    """An HTML table of casualty reports, one row each: the figures (one per line), who
    gives them, and the span they are as of.

    >>> from conflict_events.model import Attribution, CasualtyFigure, CasualtyReport, Count
    >>> r = CasualtyReport(
    ...     figures=[CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(3))],
    ...     attribution=Attribution(source="actor:sohr"))
    >>> print(casualty_reports_html([r]))  # doctest: +ELLIPSIS
    <table class="conflict-events">
    <thead><tr><th>figures</th><th>source</th><th>as of</th></tr></thead>
    <tbody>
    <tr><td>killed / civilians: 3</td><td>actor:sohr (reported)</td><td></td></tr>
    </tbody>
    </table>
    """
    rows = (
        [
            [figure_text(f) for f in r.figures],
            [attribution_text(r.attribution)],
            [] if r.as_of is None else [span_text(r.as_of)],
        ]
        for r in reports
    )
    return table_html(_REPORT_COLUMNS, rows)
