"""What the per-language construction tests read from a sentence, in one place: the figures
of :func:`find_casualties` as plain tuples, the groups they take from the article's names, and
the source names of the attributions."""

from __future__ import annotations

import datetime as dt

from conflict_events import ActorRegistry, Gazetteer
from conflict_events.extract import extract_attributions, extract_report, find_casualties
from conflict_events.extract._names import find_names

#: (outcome, group, low, high, qualifier) of a figure.
Figure = tuple[str, str, int | None, int | None, str]
#: The same with the figure's words in front.
WordedFigure = tuple[str, str, str, int | None, int | None, str]
#: (outcome, group, low, words) of a figure.
SpannedFigure = tuple[str, str, int | None, str]


def figures(text: str, lexicon: str) -> list[Figure]:
    """(outcome, group, low, high, qualifier) of every figure of ``text``."""
    return [
        (
            m.figure.outcome.value,
            m.figure.group,
            m.figure.count.low,
            m.figure.count.high,
            m.figure.count.qualifier.value,
        )
        for m in find_casualties(text, lexicon=lexicon)
    ]


#: (outcome, low, group) of a figure of a whole report.
ReportFigure = tuple[str, int | None, str]


def report_figures(
    text: str, lexicon: str, published: dt.date = dt.date(2026, 3, 3)
) -> list[ReportFigure]:
    """(outcome, low, group) of every figure of ``extract_report`` on ``text``, in report order."""
    report = extract_report(text, published=published, lexicon=lexicon)
    return [(f.outcome.value, f.count.low, f.group) for c in report.casualties for f in c.figures]


def worded_figures(text: str, lexicon: str) -> list[WordedFigure]:
    """(words, outcome, group, low, high, qualifier) of every figure of ``text``."""
    return [
        (text[m.start_char : m.end_char], *figure)
        for m, figure in zip(
            find_casualties(text, lexicon=lexicon), figures(text, lexicon), strict=True
        )
    ]


def spanned_figures(text: str, lexicon: str) -> list[SpannedFigure]:
    """(outcome, group, low, words) of every figure of ``text``."""
    return [
        (
            m.figure.outcome.value,
            m.figure.group,
            m.figure.count.low,
            text[m.start_char : m.end_char],
        )
        for m in find_casualties(text, lexicon=lexicon)
    ]


#: (outcome, group, low, high, words) of a figure.
RangedFigure = tuple[str, str, int | None, int | None, str]


def ranged_figures(text: str, lexicon: str) -> list[RangedFigure]:
    """(outcome, group, low, high, words) of every figure of ``text``."""
    return [
        (
            m.figure.outcome.value,
            m.figure.group,
            m.figure.count.low,
            m.figure.count.high,
            text[m.start_char : m.end_char],
        )
        for m in find_casualties(text, lexicon=lexicon)
    ]


#: (outcome, group, low, words, the words of the total it is a part of, or None).
PartFigure = tuple[str, str, int | None, str, str | None]


def part_figures(text: str, lexicon: str) -> list[PartFigure]:
    """(outcome, group, low, words, total's words) of every figure of ``text``: a part
    carries the words of the figure it is a part of, any other figure None."""
    found = find_casualties(text, lexicon=lexicon)
    return [
        (
            m.figure.outcome.value,
            m.figure.group,
            m.figure.count.low,
            text[m.start_char : m.end_char],
            None
            if m.total_index is None
            else text[found[m.total_index].start_char : found[m.total_index].end_char],
        )
        for m in found
    ]


def found_places(
    gazetteer: Gazetteer, text: str, country: str | None = None
) -> list[tuple[str, str]]:
    """Each place mention's text and the English name and country of its place."""
    out = []
    for mention in gazetteer.find_mentions(text, country=country):
        place = gazetteer.get(mention.entity_id)
        out.append((mention.text, f"{place.name}, {place.country}"))
    return out


def found_actors(
    registry: ActorRegistry, text: str, language: str | None = None
) -> list[tuple[str, str]]:
    """Each actor mention's text and actor id (:meth:`ActorRegistry.find_mentions` read as
    text of ``language``)."""
    return [(m.text, m.entity_id) for m in registry.find_mentions(text, language=language)]


def figure_sources(
    text: str, lang: str, *, published: dt.date = dt.date(2026, 5, 4)
) -> list[tuple[str, int | None, str | None]]:
    """(outcome, low count, source name) of every figure of the report of ``text``."""
    report = extract_report(text, published=published, lexicon=lang)
    return [
        (f.outcome.value, f.count.low, r.attribution.source_name)
        for r in report.casualties
        for f in r.figures
    ]


def sources(text: str, lexicon: str) -> list[str | None]:
    """The source name of every attribution of ``text``."""
    return [a.attribution.source_name for a in extract_attributions(text, lexicon=lexicon)]


def article_groups(
    parts: tuple[ActorRegistry, Gazetteer], text: str, language: str = "en"
) -> list[tuple[str, str]]:
    """(words, group) of every figure of ``text`` read with the groups its names give
    (:func:`find_names`'s resolver: the article's country, its one armed group)."""
    registry, gazetteer = parts
    names = find_names(text, registry, gazetteer, lexicon=language)
    found = find_casualties(text, registry=names.resolver, lexicon=language)
    return [(text[m.start_char : m.end_char], m.figure.group) for m in found]
