"""Scoring ``extract_report`` against careful-reader answer keys and ACLED event notes.

The measuring rules (what matches what, what counts as right) are described in
``docs/measuring.md``; ``benchmarks/real_text.py`` runs them and prints the figures.  This
module holds the logic only, so that the tests can check the scorer itself on hand-made keys
and fake extraction results.

Answer keys: every ``tests/fixtures/texts/<lang>/*.txt`` with a ``.json`` key next to it
(format: ``tests/fixtures/texts`` answer keys, see docs/measuring.md).  Three parts are scored:

* casualty figures, matched one to one (:func:`match_figures`);
* date expressions, matched one to one by overlapping text (:func:`match_dates`);
* events, matched one to one by ACLED type and sub-event type (:func:`match_events`).

ACLED notes: :func:`states_deaths` decides whether a note states a number of dead,
:func:`note_dead` reads the library's number of dead from a report, :func:`false_killed_figure`
tells a killed figure that is no stated death count.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "ArticleScore",
    "FoundDate",
    "FoundEvent",
    "FoundFigure",
    "KeyDate",
    "KeyEvent",
    "KeyFigure",
    "Tally",
    "article_score",
    "count_right",
    "date_right",
    "extract",
    "false_killed_figure",
    "found_dates",
    "found_events",
    "found_figures",
    "group_right",
    "haversine_km",
    "key_dates",
    "key_events",
    "key_figures",
    "locate_in_order",
    "match_dates",
    "match_events",
    "match_figures",
    "note_dead",
    "registry_armed",
    "registry_resolver",
    "score_texts",
    "source_right",
    "states_deaths",
    "totals",
]

#: How far (in characters) an extracted figure may lie from the key's text and still match it
#: by equal bounds when the spans do not overlap (the key's text is "Eleven soldiers", the
#: extractor placed its figure on a repeated "11" a clause away).
NEAR = 150

GENERIC_GROUPS = frozenset({"total", "civilians", "combatants"})

Resolve = Callable[[str], "str | None"]
Armed = Callable[[str], bool]


# -- the one call into the library --------------------------------------------------------------


@functools.cache
def _accepts_lexicon() -> bool:
    from conflict_events import extract_report

    return "lexicon" in inspect.signature(extract_report).parameters


def extract(text: str, published: dt.date, lang: str, **context: Any) -> Any:
    """``extract_report`` on one text: the only place the benchmark calls the extractor.

    ``lexicon=lang`` is passed once ``extract_report`` takes a ``lexicon`` keyword (detected
    from its signature); until then every text is read with the default (English) reading, so
    the figures show the gap for other languages.  ``context`` passes through (a registry and
    gazetteer built once).
    """
    from conflict_events import extract_report

    if _accepts_lexicon():
        context = {**context, "lexicon": lang}
    try:
        return extract_report(text, published=published, **context)
    except KeyError as exc:
        # A known failure of the event stage on some languages' event words (a cue family
        # without a rank, issue 14): the other stages are still measured, with no
        # engagements, and the failure is reported (``EVENT_STAGE_FAILURES``).
        from unittest import mock

        from conflict_events.extract import _report

        EVENT_STAGE_FAILURES.append(f"{lang}: KeyError {exc}")
        with mock.patch.object(_report, "build_engagements", return_value=[]):
            return extract_report(text, published=published, **context)


# What ``extract`` worked around, for the benchmark to print.
EVENT_STAGE_FAILURES: list[str] = []


# -- positions in the text --------------------------------------------------------------------


def locate_in_order(text: str, snippets: Sequence[str]) -> list[tuple[int, int] | None]:
    """Where each snippet stands in ``text``, snippets given in text order (as answer keys list
    them): each is searched from the end of the previous one, then (keys may overlap) from
    just after its start, then anywhere; ``None`` when it is not in the text.  A snippet
    matches whole words only ("nine" is not found in "ninety").

    >>> locate_in_order("On Friday and on Friday night", ["Friday", "Friday night"])
    [(3, 9), (17, 29)]
    """
    out: list[tuple[int, int] | None] = []
    previous = (0, 0)
    for snippet in snippets:
        at = -1
        # Whole words first; then as a substring, for a word glued to a clitic (Arabic
        # "و٩٥٣٣٧", "and 95,337").
        for loose in (False, True):
            for start in (previous[1], previous[0] + 1 if out else 0, 0):
                at = _find_word(text, snippet, start, loose=loose)
                if at >= 0:
                    break
            if at >= 0:
                break
        if at < 0:
            out.append(None)
            continue
        previous = (at, at + len(snippet))
        out.append(previous)
    return out


def _find_word(text: str, snippet: str, start: int, *, loose: bool = False) -> int:
    """The first occurrence of ``snippet`` at or after ``start`` not inside a longer word
    (anywhere, if ``loose``)."""
    if not snippet:
        return -1
    if loose:
        return text.find(snippet, start)
    pattern = _word_pattern(snippet)
    m = pattern.search(text, start)
    return m.start() if m else -1


@functools.cache
def _word_pattern(snippet: str) -> re.Pattern[str]:
    head = r"(?<!\w)" if snippet[0].isalnum() else ""
    tail = r"(?!\w)" if snippet[-1].isalnum() else ""
    return re.compile(head + re.escape(snippet) + tail)


class _Collapsed:
    """The text with whitespace runs collapsed to one space, mapped back to offsets, so that a
    quote (which the extractor stores with collapsed whitespace) can be found."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        offsets: list[int] = []
        in_space = False
        for i, ch in enumerate(text):
            if ch.isspace():
                if in_space or not chars:
                    continue
                in_space = True
                chars.append(" ")
            else:
                in_space = False
                chars.append(ch)
            offsets.append(i)
        self.text = "".join(chars)
        self.offsets = offsets

    def find(self, quote: str) -> tuple[int, int] | None:
        """The span of ``quote`` (collapsed, maybe cut with a final ``…``) in the text."""
        words = " ".join(quote.split())
        cut = words.endswith("…")
        if cut:
            words = words[:-1].rstrip()
        if not words:
            return None
        at = self.text.find(words)
        if at < 0:
            return None
        start = self.offsets[at]
        end = self.offsets[at + len(words) - 1] + 1
        return start, end + (200 if cut else 0)


# -- answer keys ---------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class KeyFigure:
    text: str
    outcome: str
    group: str
    low: int | None
    high: int | None
    qualifier: str
    source: str
    background: bool = False
    superseded: bool = False
    part_of: str | None = None
    span: tuple[int, int] | None = None


@attrs.frozen(kw_only=True)
class KeyDate:
    text: str
    start: str
    end: str
    precision: str
    span: tuple[int, int] | None = None


@attrs.frozen(kw_only=True)
class KeyEvent:
    event_type: str
    sub_event_type: str | None


def key_figures(text: str, key: Mapping[str, Any]) -> list[KeyFigure]:
    """The key's casualty figures, each with its position in ``text``."""
    items = list(key.get("casualties", ()))
    spans = locate_in_order(text, [c["text"] for c in items])
    return [
        KeyFigure(
            text=c["text"],
            outcome=c["outcome"],
            group=c["group"],
            low=c.get("low"),
            high=c.get("high"),
            qualifier=c["qualifier"],
            source=c.get("source") or "article",
            background=bool(c.get("background", False)),
            superseded=bool(c.get("superseded", False)),
            part_of=c.get("part_of"),
            span=span,
        )
        for c, span in zip(items, spans, strict=True)
    ]


def key_dates(text: str, key: Mapping[str, Any]) -> list[KeyDate]:
    """The key's date expressions, each with its position in ``text``."""
    items = list(key.get("dates", ()))
    spans = locate_in_order(text, [d["text"] for d in items])
    return [
        KeyDate(text=d["text"], start=d["start"], end=d["end"], precision=d["precision"], span=s)
        for d, s in zip(items, spans, strict=True)
    ]


def key_events(key: Mapping[str, Any]) -> list[KeyEvent]:
    return [
        KeyEvent(event_type=e["event_type"], sub_event_type=e.get("sub_event_type"))
        for e in key.get("events", ())
    ]


# -- what the library found, in the scorer's terms -----------------------------------------


@attrs.frozen(kw_only=True)
class FoundFigure:
    outcome: str
    group: str
    low: int | None
    high: int | None
    qualifier: str
    source_id: str | None = None
    source_name: str | None = None
    default_source: bool = False  # the report's default attribution (nothing in the text)
    background: bool | None = None  # None: the model marks no background
    superseded: bool | None = None
    figure: int | None = None
    span: tuple[int, int] | None = None


@attrs.frozen(kw_only=True)
class FoundDate:
    text: str
    span: tuple[int, int]
    start: str
    end: str
    precision: str


@attrs.frozen(kw_only=True)
class FoundEvent:
    event_type: str
    sub_event_type: str | None


def _flag(name: str, *objects: object) -> bool | None:
    """A boolean marking (``background``, ``superseded``) wherever the model keeps it, or
    ``None`` when neither the figure nor its report has it."""
    for obj in objects:
        value = getattr(obj, name, None)
        if isinstance(value, bool):
            return value
    return None


def _explicit_span(figure: object) -> tuple[int, int] | None:
    """The figure's own character span, once the model keeps one."""
    start, end = getattr(figure, "start_char", None), getattr(figure, "end_char", None)
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    span = getattr(figure, "span", None)
    if isinstance(span, tuple) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return span[0], span[1]
    return None


def _place_count(
    text: str,
    words: str | None,
    region: tuple[int, int] | None,
    taken: Sequence[tuple[int, int]],
) -> tuple[int, int] | None:
    """Where the words of a count stand: their first occurrence in the region (the figure's
    sentence, from its attribution's quote) that no figure placed before overlaps, else the
    free occurrence nearest to the region; the region itself when the words are not found."""
    if not words:
        return region
    n = len(words)
    hits = [m.start() for m in _word_pattern(words).finditer(text)]
    if not hits:  # glued to a clitic ("و٩٥٣٣٧")
        hits = [m.start() for m in re.finditer(re.escape(words), text)]
    if not hits:
        return region

    def free(h: int) -> bool:
        return all(_overlap((h, h + n), t) == 0 for t in taken)

    lo, hi = region if region is not None else (0, len(text))
    for h in hits:
        if lo <= h < hi and free(h):
            return h, h + n
    best = min([h for h in hits if free(h)] or hits, key=lambda h: abs(h - lo))
    return best, best + n


def _default_name(report: Any) -> str | None:
    # As extract_report builds the attribution of figures the text does not attribute.
    if report.source_name or report.source:
        return report.source_name  # type: ignore[no-any-return]
    return "the article"


def found_figures(report: Any, text: str) -> list[FoundFigure]:
    """Every casualty figure of the report, flattened, with the position of its count.

    The model keeps no position for a figure: it is recovered from the attribution's quote
    (the figure's sentence) and the count's words (``Count.text``); see docs/measuring.md.
    """
    collapsed = _Collapsed(text)
    default = (report.source, _default_name(report))
    taken: list[tuple[int, int]] = []
    out: list[FoundFigure] = []
    for r in report.casualties:
        a = r.attribution
        region = collapsed.find(a.quote) if a.quote else None
        for f in r.figures:
            span = _explicit_span(f) or _place_count(text, f.count.text, region, taken)
            if span is not None:
                taken.append(span)
            out.append(
                FoundFigure(
                    outcome=str(f.outcome.value),
                    group=f.group,
                    low=f.count.low,
                    high=f.count.high,
                    qualifier=str(f.count.qualifier.value),
                    source_id=a.source,
                    source_name=a.source_name,
                    default_source=(a.source, a.source_name) == default,
                    background=_flag("background", f, r),
                    superseded=_flag("superseded", f, r),
                    figure=f.count.figure,
                    span=span,
                )
            )
    return out


def found_dates(report: Any) -> list[FoundDate]:
    return [
        FoundDate(
            text=d.text,
            span=(d.start_char, d.end_char),
            start=d.when.start.isoformat(),
            end=d.when.end.isoformat(),
            precision=str(d.when.precision.value),
        )
        for d in report.dates
    ]


def found_events(report: Any) -> list[FoundEvent]:
    return [
        FoundEvent(
            event_type=e.event_type.acled_label,
            sub_event_type=e.sub_event_type.acled_label if e.sub_event_type else None,
        )
        for e in report.engagements
    ]


# -- matching ------------------------------------------------------------------------------------


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_figures(keys: Sequence[KeyFigure], found: Sequence[FoundFigure]) -> list[int | None]:
    """For each key figure, the index of the extracted figure it matches, or ``None``.

    One to one, in two passes.  First by text: a figure of the key's outcome whose count
    overlaps the key's text; the pairs are taken largest overlap first (then nearest start,
    then text order).  Then, for the keys still unmatched, by value: a figure of the key's
    outcome with the same ``low`` and ``high`` within :data:`NEAR` characters of the key's
    text, nearest first.  An extracted figure matched once is not matched again.

    >>> k = KeyFigure(text="12 people", outcome="killed", group="total", low=12, high=12,
    ...               qualifier="exact", source="article", span=(10, 19))
    >>> f = FoundFigure(outcome="killed", group="total", low=12, high=12, qualifier="exact",
    ...                 span=(10, 12))
    >>> match_figures([k, k], [f])
    [0, None]
    """
    pairs: list[tuple[int, int, int, int]] = []  # (-overlap, distance, key, found)
    for j, k in enumerate(keys):
        for i, f in enumerate(found):
            ov = _overlap(k.span, f.span)
            if ov > 0 and f.outcome == k.outcome:
                assert k.span is not None
                assert f.span is not None
                pairs.append((-ov, abs(f.span[0] - k.span[0]), j, i))
    out: list[int | None] = [None] * len(keys)
    used: set[int] = set()
    for _, _, j, i in sorted(pairs):
        if out[j] is None and i not in used:
            out[j] = i
            used.add(i)
    pairs = []
    for j, k in enumerate(keys):
        if out[j] is not None or k.span is None:
            continue
        for i, f in enumerate(found):
            if i in used or f.span is None or f.outcome != k.outcome:
                continue
            if (f.low, f.high) != (k.low, k.high) or _overlap(k.span, f.span):
                continue
            distance = min(abs(f.span[0] - k.span[1]), abs(k.span[0] - f.span[1]))
            if distance <= NEAR:
                pairs.append((0, distance, j, i))
    for _, _, j, i in sorted(pairs):
        if out[j] is None and i not in used:
            out[j] = i
            used.add(i)
    return out


def count_right(k: KeyFigure, f: FoundFigure) -> bool:
    return (k.low, k.high, k.qualifier) == (f.low, f.high, f.qualifier)


def group_right(
    key_group: str, found_group: str, resolve: Resolve, armed: Armed = lambda actor: False
) -> bool:
    """Whether the extracted group is the key's.

    ``total`` / ``civilians`` / ``combatants`` must be equal, except that an armed actor's id
    is right for ``combatants``: it says who the combatants were, which the key leaves out
    ("four Taliban fighters" keyed as combatants).  A key group that names an actor the
    registry resolves must be that actor's id.  A descriptive group the model has no value
    for ("children", "village chief") is right for any group but ``total`` (a part counted as
    the whole is the error that matters).

    >>> group_right("civilians", "civilians", lambda name: None)
    True
    >>> group_right("children", "total", lambda name: None)
    False
    >>> group_right("combatants", "actor:x", lambda name: None, lambda actor: True)
    True
    """
    if key_group == "combatants" and found_group not in GENERIC_GROUPS:
        return armed(found_group)
    if key_group in GENERIC_GROUPS:
        return found_group == key_group
    actor = resolve(key_group)
    if actor is not None:
        return found_group == actor
    return found_group != "total"


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_NOT_WORD = re.compile(r"[^\w]+")


def _norm(name: str) -> str:
    # (the combining dot that casefolding leaves of Turkish "İ" is dropped, so "İçişleri"
    # stays one word: "i̇" would split at the dot, no word character)
    words = unicodedata.normalize("NFKC", name).casefold().replace("\u0307", "")
    words = _NOT_WORD.sub(" ", words).strip()
    return _LEADING_ARTICLE.sub("", words)


@functools.cache
def _determiners(language: str) -> frozenset[str]:
    """The articles of a language's attribution lexicon ("der", "eines"), casefolded; none for
    a language without a lexicon."""
    from conflict_events import ConflictEventsError
    from conflict_events.lexicon import load

    try:
        words = load(language).words("attribution.names.determiners")
    except (ConflictEventsError, LookupError, ValueError):
        return frozenset()
    return frozenset(w.casefold() for w in words)


def _name_words(name: str, determiners: frozenset[str]) -> list[str]:
    words = _norm(name).split()
    # (a name that is all one article's letters is an acronym: the key "DEM", a party)
    while len(words) > 1 and words[0] in determiners:
        words = words[1:]
    return words


# The shortest word compared by its stem, and the longest ending two forms of it may differ in.
_STEM_WORD, _ENDING = 5, 2


def _same_word(a: str, b: str) -> bool:
    """Whether two casefolded words are one word in two cases: equal, or both of five letters
    or more and differing only in an ending of at most two letters ("armeeoffiziers" and
    "armeeoffizier", "сумській" and "сумська"); a short word must be equal ("ivan" is not
    "ivanov")."""
    if a == b:
        return True
    if min(len(a), len(b)) < _STEM_WORD:
        return False
    stem = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        stem += 1
    return len(a) - stem <= _ENDING and len(b) - stem <= _ENDING


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    """Whether ``part`` is a run of ``words``, word by word in any case (:func:`_same_word`)."""
    n = len(part)
    return any(
        all(_same_word(w, p) for w, p in zip(words[i : i + n], part, strict=True))
        for i in range(len(words) - n + 1)
    )


def source_right(
    key_source: str,
    f: FoundFigure,
    resolve: Resolve,
    *,
    outlet: str | None = None,
    language: str = "en",
) -> bool:
    """Whether the extracted attribution names the key's source.

    A key source ``article`` (nothing in the text attributes the figure) is right only for the
    report's default attribution; so is a key that names the article's own ``outlet`` (the
    dateline's agency: a key may write "Укрінформ" for what the outlet reports itself, DESIGN
    §10's "the article itself is the source"), which is also right when the text names the
    outlet.  Otherwise the default is wrong; the extracted source id is right when the key's
    name resolves to it; and the extracted name is right when, lowercased with punctuation and
    a leading article of the ``language`` dropped, one name contains the other as whole words
    ("state media" in "a statement carried by state media late Thursday"; "Fedorov" in "Ivan
    Fedorov"), a word of five letters or more in any case: a key may give an inflected
    language's name in its base form ("Vereinte Nationen") where the text has it in the
    genitive ("der Vereinten Nationen").

    >>> f = FoundFigure(outcome="killed", group="total", low=3, high=3, qualifier="exact",
    ...                 source_name="a statement carried by state media")
    >>> source_right("state media", f, lambda name: None)
    True
    """
    if outlet and _norm(key_source) == _norm(outlet) and f.default_source:
        return True
    if key_source == "article":
        return f.default_source
    if f.default_source:
        return False
    if f.source_id is not None and resolve(key_source) == f.source_id:
        return True
    determiners = _determiners(language)
    a, b = _name_words(key_source, determiners), _name_words(f.source_name or "", determiners)
    if not a or not b or b == ["article"]:
        return False
    return _contains(b, a) or _contains(a, b)


def match_dates(keys: Sequence[KeyDate], found: Sequence[FoundDate]) -> list[int | None]:
    """For each key date, the index of the extracted date whose text overlaps it, or ``None``:
    one to one, the pairs taken largest overlap first (then in text order).

    >>> k = [KeyDate(text="10", start="", end="", precision="day", span=(0, 2)),
    ...      KeyDate(text="11 November", start="", end="", precision="day", span=(3, 14))]
    >>> f = [FoundDate(text="10-11 November", span=(0, 14), start="", end="", precision="")]
    >>> match_dates(k, f)
    [None, 0]
    """
    pairs = sorted(
        (-_overlap(k.span, f.span), j, i)
        for j, k in enumerate(keys)
        for i, f in enumerate(found)
        if _overlap(k.span, f.span) > 0
    )
    out: list[int | None] = [None] * len(keys)
    used: set[int] = set()
    for _, j, i in pairs:
        if out[j] is None and i not in used:
            out[j] = i
            used.add(i)
    return out


def date_right(k: KeyDate, f: FoundDate) -> bool:
    return (k.start, k.end, k.precision) == (f.start, f.end, f.precision)


def match_events(keys: Sequence[KeyEvent], found: Sequence[FoundEvent]) -> list[tuple[bool, bool]]:
    """For each key event, (type found, type and sub-event type found): one to one, the
    engagements of the same type and sub-event type taken first, then those of the type."""
    used: set[int] = set()
    result: list[tuple[bool, bool]] = [(False, False)] * len(keys)
    for j, k in enumerate(keys):
        for i, f in enumerate(found):
            if i not in used and (f.event_type, f.sub_event_type) == (
                k.event_type,
                k.sub_event_type,
            ):
                used.add(i)
                result[j] = (True, True)
                break
    for j, k in enumerate(keys):
        if result[j][0]:
            continue
        for i, f in enumerate(found):
            if i not in used and f.event_type == k.event_type:
                used.add(i)
                result[j] = (True, False)
                break
    return result


# -- scores --------------------------------------------------------------------------------------


@attrs.define(kw_only=True)
class Tally:
    """Counts that add up over articles; ratios are computed from them."""

    articles: int = 0
    errors: int = 0  # extractions that raised
    figures_key: int = 0
    figures_found: int = 0
    figures_matched: int = 0
    figures_right: int = 0  # outcome, count (low, high, qualifier) and group
    sources_right: int = 0  # among matched figures
    background_key: int = 0
    background_kept_out: int | None = None  # None: the model marks no background
    dates_key: int = 0
    dates_found: int = 0
    dates_matched: int = 0
    dates_right: int = 0
    events_key: int = 0
    events_found: int = 0
    events_type: int = 0
    events_sub: int = 0

    def add(self, other: Tally) -> None:
        for field in attrs.fields(Tally):
            a, b = getattr(self, field.name), getattr(other, field.name)
            if field.name == "background_kept_out":
                if a is None and b is None:
                    continue
                setattr(self, field.name, (a or 0) + (b or 0))
            else:
                setattr(self, field.name, a + b)

    def ratios(self) -> dict[str, float | None]:
        def r(num: int | None, den: int) -> float | None:
            return None if num is None or den == 0 else num / den

        return {
            "figure_recall": r(self.figures_matched, self.figures_key),
            "figure_precision": r(self.figures_matched, self.figures_found),
            "figure_right": r(self.figures_right, self.figures_key),
            "source_right": r(self.sources_right, self.figures_matched),
            "background_kept_out": r(self.background_kept_out, self.background_key),
            "date_recall": r(self.dates_matched, self.dates_key),
            "date_right": r(self.dates_right, self.dates_key),
            "date_precision": r(self.dates_matched, self.dates_found),
            "event_type": r(self.events_type, self.events_key),
            "event_sub_type": r(self.events_sub, self.events_key),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"counts": attrs.asdict(self), "ratios": self.ratios()}


@attrs.frozen(kw_only=True)
class ArticleScore:
    path: str
    language: str
    tally: Tally
    missed: tuple[str, ...] = ()  # human-readable misses, for --details


def article_score(
    text: str,
    key: Mapping[str, Any],
    *,
    figures: Sequence[FoundFigure],
    dates: Sequence[FoundDate],
    events: Sequence[FoundEvent],
    resolve: Resolve,
    background_marked: bool,
    path: str = "",
    language: str = "",
    armed: Armed = lambda actor: False,
) -> ArticleScore:
    """Score one article's extraction (already turned into Found* records) against its key."""
    t = Tally(articles=1)
    missed: list[str] = []
    kf = key_figures(text, key)
    outlet = (key.get("dateline") or {}).get("outlet")
    t.figures_key, t.figures_found = len(kf), len(figures)
    background_out = 0
    for k, i in zip(kf, match_figures(kf, figures), strict=True):
        f = figures[i] if i is not None else None
        if k.background:
            t.background_key += 1
            if f is None or f.background:
                background_out += 1
        if f is None:
            missed.append(f"figure missed: {k.text!r} ({k.outcome})")
            continue
        t.figures_matched += 1
        if count_right(k, f) and group_right(k.group, f.group, resolve, armed):
            t.figures_right += 1
        else:
            missed.append(
                f"figure wrong: {k.text!r} key {k.group} {k.low}..{k.high} {k.qualifier}, "
                f"got {f.group} {f.low}..{f.high} {f.qualifier}"
            )
        if source_right(k.source, f, resolve, outlet=outlet, language=language or "en"):
            t.sources_right += 1
        else:
            got = "(default)" if f.default_source else (f.source_name or f.source_id)
            missed.append(f"source wrong: {k.text!r} key {k.source!r}, got {got!r}")
    t.background_kept_out = background_out if background_marked else None

    kd = key_dates(text, key)
    t.dates_key, t.dates_found = len(kd), len(dates)
    for kd_, i in zip(kd, match_dates(kd, dates), strict=True):
        if i is None:
            missed.append(f"date missed: {kd_.text!r}")
            continue
        t.dates_matched += 1
        d = dates[i]
        if date_right(kd_, d):
            t.dates_right += 1
        else:
            missed.append(
                f"date wrong: {kd_.text!r} key {kd_.start}..{kd_.end} {kd_.precision}, "
                f"got {d.text!r} {d.start}..{d.end} {d.precision}"
            )
    ke = key_events(key)
    t.events_key, t.events_found = len(ke), len(events)
    got_events = ", ".join(str(e.sub_event_type or e.event_type) for e in events) or "none"
    for ke_, (typed, sub) in zip(ke, match_events(ke, events), strict=True):
        t.events_type += typed
        t.events_sub += sub
        if not sub:
            missed.append(
                f"event {'sub-type ' if typed else ''}missed: {ke_.sub_event_type} "
                f"(engagements: {got_events})"
            )
    return ArticleScore(path=path, language=language, tally=t, missed=tuple(missed))


def _model_marks(name: str) -> bool:
    """Whether the casualty model has a ``name`` marking (on a figure or a report)."""
    from conflict_events import CasualtyFigure, CasualtyReport

    return any(
        name in {f.name for f in attrs.fields(cls)} for cls in (CasualtyFigure, CasualtyReport)
    )


def registry_resolver(registry: Any) -> Resolve:
    """A name -> actor id function over ``registry`` (``None`` when nothing or several match).

    A key group naming civilians ("children", "women") resolves to ACLED's civilian actor
    categories; it names no armed side, so it stays a descriptive group (``None``) and
    :func:`group_right` accepts any group but ``total`` for it."""
    from conflict_events import ActorKind, ConflictEventsError

    @functools.cache
    def resolve(name: str) -> str | None:
        try:
            actor = registry.resolve(name)
        except ConflictEventsError:
            return None
        return None if actor.kind is ActorKind.CIVILIANS else actor.id

    return resolve


def registry_armed(registry: Any) -> Armed:
    """An actor id -> whether the registry knows it as an armed side (a state force, a rebel
    group, a militia, an external force or a non-state group), whose members are combatants."""
    from conflict_events import ActorKind, ConflictEventsError

    kinds = {
        ActorKind.STATE_FORCE,
        ActorKind.REBEL_GROUP,
        ActorKind.POLITICAL_MILITIA,
        ActorKind.IDENTITY_MILITIA,
        ActorKind.EXTERNAL_FORCE,
        ActorKind.NON_STATE_GROUP,
    }

    @functools.cache
    def armed(actor_id: str) -> bool:
        try:
            return registry.get(actor_id).kind in kinds
        except (ConflictEventsError, KeyError):
            return False

    return armed


def score_texts(
    root: Path, *, context: Mapping[str, Any] | None = None, resolve: Resolve | None = None
) -> list[ArticleScore]:
    """Score every article with a key under ``root/<lang>/``; an article whose extraction
    raises is scored as finding nothing (and counted in ``errors``)."""
    from conflict_events import ActorRegistry

    context = dict(context or {})
    registry = context.get("registry") or ActorRegistry.default()
    if resolve is None:
        resolve = registry_resolver(registry)
    armed = registry_armed(registry)
    background_marked = _model_marks("background")
    scores: list[ArticleScore] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for txt in sorted(folder.glob("*.txt")):
            key_path = txt.with_suffix(".json")
            if not key_path.exists():
                continue
            text = txt.read_text(encoding="utf-8")
            key = json.loads(key_path.read_text(encoding="utf-8"))
            published = dt.date.fromisoformat(key["published"])
            error = None
            try:
                report = extract(text, published, folder.name, **context)
            except Exception as exc:  # a benchmark measures failures, it does not stop on them
                error = f"extraction failed: {type(exc).__name__}: {exc}"
                figures: list[FoundFigure] = []
                dates: list[FoundDate] = []
                events: list[FoundEvent] = []
            else:
                figures, dates = found_figures(report, text), found_dates(report)
                events = found_events(report)
            score = article_score(
                text,
                key,
                figures=figures,
                dates=dates,
                events=events,
                resolve=resolve,
                armed=armed,
                background_marked=background_marked,
                path=str(txt.relative_to(root)),
                language=folder.name,
            )
            if error is not None:
                score.tally.errors = 1
                score = attrs.evolve(score, missed=(error, *score.missed))
            scores.append(score)
    return scores


def totals(scores: Iterable[ArticleScore]) -> tuple[dict[str, Tally], Tally]:
    """Per language and overall tallies."""
    per: dict[str, Tally] = {}
    overall = Tally()
    for s in scores:
        per.setdefault(s.language, Tally()).add(s.tally)
        overall.add(s.tally)
    return per, overall


# -- ACLED notes ---------------------------------------------------------------------------------

# The benchmark's own small reading of death statements, to choose which notes state a number
# of dead; it is the yardstick, not the library, so its few words live here.  How it was
# checked: docs/measuring.md.
_DEATH_CUE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|dies|fatalit(?:y|ies)|murder(?:s|ed|ing)?"
    r"|lynch(?:ed|es|ing)?|behead(?:s|ed|ing)?|decapitat\w*|assassinat\w*"
    r"|slit\w* the throats?|to death|fatally)\b",
    re.IGNORECASE,
)
_NO_DEATHS = re.compile(
    r"\bno (?:human )?(?:fatalit(?:y|ies)|casualt(?:y|ies)|deaths?)\b"
    r"|\bno(?: one|body) (?:was|were) killed\b",
    re.IGNORECASE,
)
_ANIMAL = re.compile(
    r"(?:livestock|cattle|cows?|ox|oxen|sheep|goats?|animals?|herds?|camels?|donkeys?"
    r"|poultry|chickens?|dogs?|bulls?)",
    re.IGNORECASE,
)
# A cue right after one of these words (or after one of them and an article) tells why the
# event happened or what it was not ("after the murder of", "accused of killing", "tried to
# lynch", "to prevent lynching"): no death of this event.
_BACKGROUND_BEFORE = frozenset({"of", "for", "after", "against", "following", "to", "prevent"})
# "The killing / murder / death of" with the definite article refers back to a known death.
_NOMINAL = frozenset({"murder", "murders", "killing", "killings", "death", "deaths"})
# Words that close the victim phrase after a cue ("killed a pastoralist | and his animals").
_CLOSE = frozenset(
    {"and", "in", "at", "near", "on", "with", "by", "belonging", "from", "after", "because"}
    | {"for", "during", "who", "which", "that", "when", "while", "as", "to", "of", "but", "or"}
)
# Auxiliaries and adverbs skipped when the victim stands before a passive cue.
_AUXILIARY = frozenset(
    {"was", "were", "been", "be", "being", "also", "eventually", "reportedly", "later"}
)
_TOKEN = re.compile(r"[\w'-]+|[.,;:()\[\]]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _cue_states_death(sentence: str, m: re.Match[str]) -> bool:
    before = _TOKEN.findall(sentence[: m.start()])
    after = _TOKEN.findall(sentence[m.end() :])
    last = [w.lower() for w in before[-3:]]
    if last and (
        last[-1] in _BACKGROUND_BEFORE
        or (len(last) > 1 and last[-1] in ("the", "a", "an") and last[-2] in _BACKGROUND_BEFORE)
    ):
        return False
    if last and last[-1] == "the" and m.group(0).lower() in _NOMINAL:
        return False
    if "had" in last:  # pluperfect: a death before the event ("who had killed his ox")
        return False
    phrase: list[str] = []
    for i, w in enumerate(after[:8]):
        lw = w.lower()
        if not w[0].isalnum():
            break
        if lw == "and" and i == 0:  # "killed and beheaded a farmer"
            continue
        if lw in _CLOSE:
            break
        phrase.append(w)
    if phrase:
        head = phrase[-1]
    else:  # passive: "one oxen killed", "Two demonstrators were killed"
        subject = [w for w in before if w.lower() not in _AUXILIARY and w[0].isalnum()]
        head = subject[-1] if subject else ""
    return _ANIMAL.fullmatch(head) is None


def states_deaths(note: str) -> bool:
    """Whether an ACLED note states a number of dead (zero included): a sentence says that
    nobody died ("There were no fatalities", "No casualties reported"), or has a death word
    (killed, died, dead, fatality, murdered, lynched, beheaded, shot dead, to death...) whose
    victim is no animal ("killed six oxen") and which is not a reason or an earlier death
    ("after the murder of", "accused of killing", "had killed", "denounced the murder").

    >>> states_deaths("On 3 May 2022, gunmen shot and killed a farmer in Kandi.")
    True
    >>> states_deaths("On 3 May 2022, farmers killed two oxen. There were no human casualties.")
    True
    >>> states_deaths("On 3 May 2022, residents protested after the murder of a driver.")
    False
    >>> states_deaths("On 3 May 2022, soldiers killed two hundred cows in Guene.")
    False
    """
    for sentence in _SENTENCE_END.split(note):
        if _NO_DEATHS.search(sentence):
            return True
        if any(_cue_states_death(sentence, m) for m in _DEATH_CUE.finditer(sentence)):
            return True
    return False


def _sentence_at(note: str, position: int) -> str:
    start = 0
    for m in _SENTENCE_END.finditer(note):
        if m.start() >= position:
            return note[start : m.start()]
        start = m.end()
    return note[start:]


# English month names and their short forms (ACLED notes are in English).
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_NOT_PEOPLE_AFTER = re.compile(
    rf"^\s*(?:-?\s*years?[- ]old|{_MONTH}\b|(?:francs|fcfa|cfa|dollars|usd|km|kilomet|hectar|"
    r"am|pm|h\b|%|percent))",
    re.IGNORECASE,
)
_NOT_PEOPLE_BEFORE = re.compile(rf"(?:\b{_MONTH}|\baged|\bon|\$)\s*$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def false_killed_figure(note: str, span: tuple[int, int] | None) -> bool:
    """Whether a killed figure whose count stands at ``span`` in ``note`` is no stated death
    count: it cannot be placed, its sentence states no death of people
    (:func:`states_deaths`), or its number is a date, a year, an age, a time, money or a
    measure ("On 30 November", "a 40-year-old woman", "300,000 francs").

    >>> note = "On 30 November 2022, gunmen attacked Kandi. Two soldiers were killed."
    >>> false_killed_figure(note, (3, 5)), false_killed_figure(note, (44, 47))
    (True, False)
    """
    if span is None:
        return True
    words = note[span[0] : span[1]]
    if not states_deaths(_sentence_at(note, span[0])):
        return True
    if _YEAR.match(words.strip()):
        return True
    return bool(
        _NOT_PEOPLE_AFTER.match(note[span[1] : span[1] + 12])
        or _NOT_PEOPLE_BEFORE.search(note[max(0, span[0] - 12) : span[0]])
    )


def note_dead(report: Any) -> int:
    """The library's number of dead in one note: its best estimate for killed people.

    Killed figures marked superseded or background (once the model marks them) are left out.
    The rest are reconciled per group (:func:`conflict_events.reconcile`: one estimate per
    (outcome, group), ``best`` = the lower middle of the reported lower figures).  The killed
    ``total`` estimate is the answer when there is one (its parts are inside it); otherwise
    the estimates of the groups (civilians, combatants, actors) add up.  No killed figure: 0.
    """
    from conflict_events import CasualtyReport, Outcome, reconcile

    kept = []
    for r in report.casualties:
        figures = tuple(
            f
            for f in r.figures
            if f.outcome is Outcome.KILLED
            and not _flag("superseded", f, r)
            and not _flag("background", f, r)
        )
        if figures:
            kept.append(attrs.evolve(r, figures=figures) if figures != r.figures else r)
    if not kept:
        return 0
    assert all(isinstance(r, CasualtyReport) for r in kept)
    estimates = reconcile(kept)
    total = estimates.get((Outcome.KILLED, "total"))
    if total is not None:
        return total.best
    return sum(e.best for e in estimates.values())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(6.37, 2.43, 9.34, 2.63))  # Cotonou - Parakou
    331
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))
