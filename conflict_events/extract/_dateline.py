"""Datelines: the publication date (and outlet) a news article states in its first lines.

:func:`find_dateline` reads these shapes, only in the first five non-blank lines:

* a labelled line — ``Published: 30 November 2024``, ``Updated on Nov. 30, 2024 14:05 GMT``,
  ``Date: 2024-11-30``, optionally followed by ``| Outlet`` or ``— Outlet``;
* a bare date line — ``Saturday, November 30, 2024`` (optionally ``— Outlet``); without a
  year only when it names a weekday (``Monday, July 28``);
* a wire dateline — ``ALEPPO, Syria, Nov 30 (AFP) —``: an upper-case place, a date (the year
  may be missing, as wire copy leaves it out) and the agency in parentheses; and the wire
  datelines of other languages' agencies (``ALEP (Syrie), 30 novembre 2024 (AFP) -``,
  ``MADRID, 27 nov (EFE).-``, ``КИЕВ, 27 ноября. /ТАСС/.``, ``ХАРКІВ, 18 жовтня. Укрінформ -``),
  with no date at all (``BERLIN (dpa) -``, ``İSTANBUL (AA) -``), or an Arabic line of its own
  (``حماة - سانا``); docs/languages.md lists them;
* a dateline known by its shape, not by its outlet, opening the first paragraph after the
  headline: a place and an outlet no list has (``Kyiv (Kyiv Independent) -``, ``الأنبار -
  شفق نيوز:``, ``MOSUL / Rudaw -``, ``КИЇВ. Укрінформ.``, a line of its own ``كركوك - شفق
  نيوز``, ``Одеса • УНН``), an outlet's initials hyphened to the place
  (``APA-Ouagadougou (Burkina Faso) –``), or no outlet: a place and a date
  (``Bamenda, le 22 avril 2026 –``), a place and its state's abbreviation
  (``Comitán, Chis.``): the agency lists are a hint.

A date without a year cannot anchor anything: :attr:`Dateline.date` is then ``None`` and the
caller must be given the publication date.  :func:`anchor_warnings` says when a dateline
contradicts itself or the text (see ``docs/extraction.md``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import attrs

from conflict_events.lexicon import Lexicon, load
from conflict_events.parse._counts import word_alternation
from conflict_events.text._accel import compiled

if TYPE_CHECKING:
    from conflict_events.parse._dates import DateMention
    from conflict_events.resolve._gazetteer import Gazetteer

__all__ = ["YEARLESS_DATE_WINDOW_DAYS", "Dateline", "anchor_warnings", "find_dateline"]

#: A date written without a year ("November 27") is, by news convention, within this many days
#: of publication; when even the nearest one is further away, the anchor is suspect.
YEARLESS_DATE_WINDOW_DAYS = 31

#: Only this many non-blank lines at the top are searched: a dateline is a header, and a date
#: further down is part of the story.
_HEADER_LINES = 5
_MAX_LINE = 300  # longer lines are prose, not a header; cap the regex work

_ORD = r"(?:st|nd|rd|th)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5}\b)?)?"
_OUTLET_TAIL = r"(?:\s*(?:\||[—–]|\s-\s)\s*(?P<outlet>[^|\n]{1,80}?))?"
_YEAR = re.compile(r"\b\d{4}\b")

#: What sets a dateline's place off from its outlet: a dash (Arabic's tatweel too) or a
#: bullet ("Одеса • УНН").
_SEPARATOR = r"[-–—ـ•·]"


class _Grammar:
    """The dateline patterns of one lexicon's ``datelines`` table (see _grammar)."""

    def __init__(self, lexicon: Lexicon) -> None:
        months = lexicon.mapping("datelines.months")
        weekdays = lexicon.mapping("datelines.weekdays")
        # A form -> its number; every form is looked up whole (lower-cased, without its ".").
        self.months = {form: int(number) for number, forms in months.items() for form in forms}
        self.weekdays = {form: int(day) for day, forms in weekdays.items() for form in forms}
        month = rf"{word_alternation(self.months)}\.?"
        weekday = rf"{word_alternation(self.weekdays)}\.?"

        def date_re(year_required: bool) -> str:
            year = r",?\s+(?P<y2>\d{4})" if year_required else r"(?:,?\s+(?P<y2>\d{4}))?"
            return (
                rf"(?:(?P<weekday>{weekday}),?\s+)?"
                r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
                rf"|(?P<d1>\d{{1,2}}){_ORD}\s+(?P<m1>{month}),?\s+(?P<y1>\d{{4}})"
                rf"|(?P<m2>{month})\s+(?P<d2>\d{{1,2}}){_ORD}{year}"
                ")"
            )

        text = lexicon.text
        labels = word_alternation(lexicon.words("datelines.labels"))
        before = re.escape(text("datelines.label_before"))
        after = re.escape(text("datelines.label_after"))
        byline = re.escape(text("datelines.byline"))
        self.labelled = compiled(
            rf"\s*(?:{before}\s+)?{labels}(?:\s+{after})?\s*[:\-–—]?\s*"
            + date_re(True)
            + _TIME
            + rf"(?:\s+{byline}\s+[^|\n]{{1,80}}?)?"  # a byline names the author, not the outlet
            + _OUTLET_TAIL
            + r"\s*",
            re.IGNORECASE,
        )
        self.bare = compiled(r"\s*" + date_re(False) + _TIME + _OUTLET_TAIL + r"\s*", re.IGNORECASE)
        self.wire = compiled(
            r"\s*(?P<place>(?-i:[A-Z][A-Z’'.\- ]{1,40})(?:,\s*[A-Z][\w’'.\- ]{1,40}?)?),\s*"
            + date_re(False)
            + r"\s*\((?P<outlet>[^()\n]{1,40})\)\s*[-–—:]+\s*",
            re.IGNORECASE,
        )
        self.agencies = frozenset(a.casefold() for a in lexicon.words("datelines.agencies"))
        glue = lexicon.words("datelines.date_glue")
        glue_re = rf"(?:{word_alternation(glue)}\s+)?" if glue else ""
        # Other languages' wire datelines, tried when the English one does not match: a place
        # in any case and script, a country in brackets or after a comma, a day before its
        # month ("21 juin", "8 Ago.", "13 октября.", "30 de noviembre de 2024") or none, and
        # the outlet in brackets ("(AFP)", "(EFE).-"), between slashes ("/ТАСС/.") or after a
        # full stop ("18 жовтня. Укрінформ -").
        place = r"(?P<place>[^\W\d_][\w’'.\-]*(?:(?: |/)(?:[^\W\d_][\w’'.\-]*)){0,3}?)"
        country = r"(?:\s*\([^()\n]{1,30}\))?(?:,\s*[^\W\d_][\w’'.\- ]{1,30}?)?"
        # (a month form is a whole word: "мар" is not the start of "марта")
        day_article = "datelines.constructions.day_article.words"
        articles = lexicon.optional_words(day_article)
        article_re = rf"(?:{word_alternation(articles)}\s+)?" if articles else ""
        date = (
            # a month may be written in two calendars' names ("أيلول/سبتمبر"); an article
            # may stand before the day ("Goma, le 3 mars")
            rf"{article_re}(?P<d1>\d{{1,2}})\.?\s+{glue_re}(?P<m1>{month})(?:/{month})?(?![^\W\d_])"
            rf"(?:,?\s+{glue_re}(?P<y1>\d{{4}}))?"
            rf"|(?P<m2>{month})\s+(?P<d2>\d{{1,2}}){_ORD}(?:,?\s+(?P<y2>\d{{4}}))?"
        )
        # ... or after a dash, up to a full stop ("ДАМАСК, 9 мар — РИА Новости.")
        outlet = (
            r"(?:\((?P<outlet>[^()\n]{1,40})\)|/(?P<slashed>[^/\n]{1,40})/"
            # (a dot inside a word is part of the outlet: "INTERFAX.RU -")
            r"|(?P<bare>[^\W\d_](?:[^\n.()/]|\.(?=\w)){0,40}?)(?=\s+[-–—])"
            r"|[-–—]\s*(?P<dashed>[^\W\d_][^\n.()/]{0,40}?)(?=\.)"
            # ... or alone between full stops ("Дніпро, 24 липня. Укрінформ."): a known
            # agency only (checked in _other_wire), since a short first sentence looks the same
            r"|(?P<stopped>[^\W\d_][^\n.()/]{0,40}?)(?=\.))"
        )
        # (after an outlet in brackets the lead may follow with no mark, the style of India's
        # agencies: "Imphal, Sep 16 (PTI) The death toll …"; _other_wire checks the capital)
        end = r"(?:\s*(?:\.-|[-–—:.])+\s*|(?<=\))\s+(?P<unmarked>(?=\S)))"
        # the comma after the place may be Arabic's ("مقديشو، 6 مارس 2025 (أ ف ب) -"), a full
        # stop ("Брянск. 28 июня. INTERFAX.RU -"), or none after a bracketed country
        # ("مايدوغوري (نيجيريا) 14 أيلول/سبتمبر 2025 (أ ف ب) -")
        after_place = r"(?:[,،]|(?P<stop>\.)(?=\s)|(?<=\))(?=\s))"
        self.wire_dated = compiled(
            rf"\s*{place}{country}{after_place}\s*(?:{date})\.?\s*{outlet}{end}", re.IGNORECASE
        )
        self.wire_dateless = compiled(
            rf"\s*{place}{country}\s*(?:\((?P<outlet>[^()\n]{{1,40}})\)"
            rf"|/(?P<slashed>[^/\n]{{1,40}})/){end}"
        )
        # A line of its own: a place, a dash (or a bullet) and the outlet, a colon or a full
        # stop maybe
        # ("غزة - الجزيرة", "بيروت - «الشرق الأوسط»:", "مأرب – المصدر أونلاين:", "Одеса •
        # УНН"): a known agency or a name in guillemets on any line after the headline; an
        # outlet no list has on the first line after it (see _shaped_line).
        self.place_outlet_line = compiled(
            rf"\s*{place}\s*{_SEPARATOR}\s*(?P<outlet>«[^»\n]{{1,40}}»|[^\n]{{1,40}}?)\s*[:.]?\s*"
        )
        # The shape of a dateline whose outlet no list names, opening the first paragraph
        # (see _shaped): a place, a dash or a slash, one to three words and a colon or a
        # dash ("الأنبار - شفق نيوز:", "Beni - Actualite.cd:", "MOSUL / Rudaw -"); a place
        # and the outlet between full stops ("КИЇВ. Укрінформ.").
        word = r"[^\W_][^\s:()/«»]*"
        self.dash_outlet = compiled(
            # (a slash and a closing dash may be glued to the words before them when a
            # space follows: "ديالى/ شفق نيوز- أفاد …")
            rf"\s*{place}\s*(?:{_SEPARATOR}|(?<=\s)/|/(?=\s))\s*"
            rf"(?P<bare>«[^»\n]{{1,40}}»|{word}(?:\s+{word}){{0,2}}?)"
            # ... or a full stop ("Kharkiv — Ukrinform. Two people …")
            r"(?:\s*(?::|\s[-–—])|[-–—](?=\s)|\.(?=\s))\s*(?=\S)"
        )
        # A place and a date, with no outlet, before a dash or ".-" ("Bamenda, le 22 avril
        # 2026 –", "Culiacán, Sin., 4 de mayo.-"), or a place and the abbreviation of its
        # state alone ("Comitán, Chis. Al menos …"; see _shaped_no_outlet).
        abbreviation = r"(?P<region>[^\W\d_]{2,5}\.)"
        # ... or a full stop after the date, the lead following in capitals (the regional
        # press of Ukraine and Russia: "Суми, 3 жовтня. Унаслідок …"; _shaped_no_outlet
        # checks the capital)
        self.dated_no_outlet = compiled(
            rf"\s*{place}(?:\s*\([^()\n]{{1,30}}\))?(?:,\s*{abbreviation})?[,،]\s*(?:{date})"
            r"(?:\.?\s*(?:\.-|[-–—])|(?P<lead_stop>\.)(?=\s))\s*(?=\S)",
            re.IGNORECASE,
        )
        # (a comma may close the abbreviation: "Chilpancingo, Gro., Más de …")
        self.region_only = compiled(
            rf"\s*{place},\s*{abbreviation}(?:-|,|\s*[-–—]|(?=\s))\s*(?=\S)"
        )
        # A place and its state's full name before the Mexican ".-" ("Culiacán, Sinaloa.-
        # Los cuerpos …"): the ".-" shows the dateline, so the state may be a place itself
        self.region_dashed = compiled(
            rf"\s*{place},\s*(?P<region>[^\W\d_][\w’']*(?: [^\W\d_][\w’']*){{0,2}}?)\.-\s*(?=\S)"
        )
        # An outlet's initials joined to the place by a hyphen, a country in brackets and a
        # date maybe, then a dash ("APA-Ouagadougou (Burkina Faso) –", "MAP-Rabat, 3 mars -").
        self.outlet_place = compiled(
            r"\s*(?P<initials>[^\W\d_]{2,6})-(?P<place>[^\W\d_][\w’'.]*(?: [^\W\d_][\w’'.]*){0,2}?)"
            rf"(?:\s*\([^()\n]{{1,30}}\))?(?:[,،]\s*(?:{date}))?\.?\s*(?:\.-|[-–—])\s*(?=\S)",
            re.IGNORECASE,
        )
        # A reporter's name, a slash, the place and the outlet in brackets (Turkish copy:
        # "Burak KAYA/İSTANBUL, (DHA) -", "Ayşe DEMİR / ANKARA (İHA) –"): see _byline_place
        name = r"[^\W\d_][\w’'.\-]*"
        self.byline_place = compiled(
            rf"\s*(?P<byline>{name}(?: {name}){{1,3}})\s*/\s*{place}[,،]?\s*"
            r"\((?P<outlet>[^()\n]{1,40})\)\s*(?:\.-|[-–—:])+\s*(?=\S)"
        )
        self.stopped_outlet = compiled(
            rf"\s*{place}\.\s+(?P<stopped>[^\W\d_][^\n.()/:]{{0,40}}?)\.\s+(?=\S)"
        )
        # words that make a short run a clause, not an outlet ("غزة - قال مسؤول:"): the
        # report verbs of the attribution table
        claims = lexicon.mapping("attribution.verb_claims")
        self.not_outlet = frozenset(w.casefold() for forms in claims.values() for w in forms)
        # titles before a name ("Mgr.", "Dr."): after a place's comma, no state's abbreviation
        self.titles = frozenset(
            w.casefold().rstrip(".") for w in lexicon.words("attribution.names.titles")
        )
        # A place alone before a dash, opening the first paragraph ("BELÉM – A polícia …",
        # "دير الزور – قُتل …", "Rio de Janeiro - Uma operação …"): the place is checked in
        # _place_only (capitals or a gazetteer place), the rest of the line is its paragraph.
        # (the dash may be glued to the place, a space after it: "الخرطوم- قُتل …")
        self.place_only = compiled(rf"\s*{place}\s*[-–—ـ]\s+(?=\S)")
        parts = word_alternation(lexicon.words("datelines.month_parts.words"))
        self.yearless_day = compiled(
            rf"\b(?:\d{{1,2}}{_ORD}\s+(?:of\s+)?{month}|{month}\s+\d{{1,2}}\b"
            rf"|{parts}[\s-]+{month})",
            re.IGNORECASE,
        )

    def month_number(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]


@functools.cache
def _grammar(lexicon: Lexicon) -> _Grammar:
    """The dateline grammar of ``lexicon``, compiled once per lexicon object."""
    return _Grammar(lexicon)


@attrs.frozen(kw_only=True)
class Dateline:
    """A publication line: the words (``text``, at ``start``..``end`` in the article), the date
    parts it gives, and the place and outlet where it names them.

    ``end`` is where the article's body starts.  ``year`` is ``None`` for a wire dateline that
    leaves the year out; then :attr:`date` is ``None`` too.

    >>> d = find_dateline("ALEPPO, Syria, Nov 30, 2024 (AFP) — Rebels entered the city.")
    >>> (d.date, d.place, d.outlet)
    (datetime.date(2024, 11, 30), 'ALEPPO, Syria', 'AFP')
    """

    text: str
    start: int
    end: int
    year: int | None
    #: ``None`` (with ``day``) for a dateline without a date ("BERLIN (dpa) -").
    month: int | None
    day: int | None
    weekday: int | None = None
    place: str | None = None
    outlet: str | None = None

    @property
    def date(self) -> dt.date | None:
        """The date, when the line gives a year (and the day exists)."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def date_near(self, anchor: dt.date) -> dt.date | None:
        """The date, its year (when the line leaves it out) the one that puts it nearest
        ``anchor``; ``None`` when the line gives no date.

        >>> find_dateline("NIAMEY, 21 juin (AFP) - ...", lexicon="fr").date_near(
        ...     dt.date(2024, 6, 22))
        datetime.date(2024, 6, 21)
        """
        if self.year is not None or self.month is None or self.day is None:
            return self.date
        found: list[dt.date] = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                found.append(dt.date(year, self.month, self.day))
            except ValueError:
                continue
        return min(found, key=lambda d: abs((d - anchor).days), default=None)

    def weekday_problem(self) -> str | None:
        """Why the weekday the line names is not the weekday of its date, or None.

        >>> find_dateline("Monday, July 28, 2024").weekday_problem()
        "dateline 'Monday, July 28, 2024' names a Monday, but 2024-07-28 is a Sunday"
        """
        day = self.date
        if self.weekday is None or day is None or day.weekday() == self.weekday:
            return None
        return (
            f"dateline {self.text!r} names a {calendar.day_name[self.weekday]}, "
            f"but {day.isoformat()} is a {calendar.day_name[day.weekday()]}"
        )


def _from_match(g: _Grammar, match: re.Match[str], line_start: int, kind: str) -> Dateline | None:
    parts = match.groupdict()
    year: int | None
    month: int | None
    day: int | None
    if not (parts.get("iso") or parts.get("d1") or parts.get("m2")):
        year = month = day = None  # a dateline without a date ("BERLIN (dpa) -")
    elif parts.get("iso"):
        year, month, day = (int(p) for p in parts["iso"].split("-"))
    elif parts["d1"]:
        year = int(parts["y1"]) if parts["y1"] else None
        month, day = g.month_number(parts["m1"]), int(parts["d1"])
    else:
        year = int(parts["y2"]) if parts["y2"] else None
        month, day = g.month_number(parts["m2"]), int(parts["d2"])
    # A day that no month has is no date; a year-less Feb 29 could exist, so check with a leap year.
    if month is not None and day is not None:
        try:
            dt.date(year if year is not None else 2000, month, day)
        except ValueError:
            return None
    weekday = g.weekdays[parts["weekday"].lower().rstrip(".")] if parts.get("weekday") else None
    outlet = _outlet_of(match) or None
    place = parts.get("place")
    text = match.group(0).strip()
    if kind == "wire":
        text = text.rstrip(" -–—:.").strip()
    start = line_start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    return Dateline(
        text=text,
        start=start,
        end=line_start + match.end(),
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        place=place.strip() if place else None,
        outlet=outlet,
    )


def find_dateline(
    text: str, *, lexicon: Lexicon | str = "en", gazetteer: Gazetteer | None = None
) -> Dateline | None:
    """The dateline in the first lines of ``text``, or ``None`` if there is none.

    Labelled and bare date lines must fill their line and give a year; a wire dateline may
    leave the year out (then ``date`` is ``None``) and is followed by the story on the same
    line.  An impossible day ("Nov 31") is no dateline.  A place alone before a dash that
    opens the first paragraph after the headline ("BELÉM – A polícia …") is a dateline
    when the place is in capitals or a place of ``gazetteer`` (the built-in one by default,
    asked only for a place in mixed case) and the paragraph is prose (it ends a sentence);
    there, a place and an outlet no list has make one by their shape ("Beni -
    Actualite.cd: …").

    >>> find_dateline("Published: 30 November 2024 | Levant Wire\\nText").date
    datetime.date(2024, 11, 30)
    >>> find_dateline("ALEPPO, Syria, Nov 30 (AFP) - Rebels ...").date is None
    True
    >>> find_dateline("Rebels entered Aleppo on November 30, 2024.") is None
    True
    """
    g = _grammar(load(lexicon))
    pos = 0
    seen = 0
    n = len(text)
    while pos < n and seen < _HEADER_LINES:
        nl = text.find("\n", pos)
        line_end = n if nl == -1 else nl
        line = text[pos:line_end]
        if line.strip():
            seen += 1
            head = line[:_MAX_LINE]
            for kind, pattern in (("labelled", g.labelled), ("bare", g.bare)):
                if len(line) <= _MAX_LINE:
                    m = pattern.fullmatch(head)
                    if m and (m["weekday"] or m["iso"] or m["y1"] or m["y2"]):
                        return _from_match(g, m, pos, kind)
            m = g.wire.match(head)
            if m:
                return _from_match(g, m, pos, "wire")
            found = _other_wire(g, head, pos, seen)
            if found is not None:
                return found
            if seen == 2:
                found = (
                    _outlet_place(g, head, pos, gazetteer)
                    or _byline_place(g, head, pos, gazetteer)
                    or _shaped(g, head, pos, gazetteer)
                    or _shaped_line(g, line, pos, text[line_end:], gazetteer)
                    or _shaped_no_outlet(g, head, pos, gazetteer)
                    or _place_only(g, line, pos, gazetteer)
                )
                if found is not None:
                    return found
        pos = line_end + 1
    return None


def _other_wire(g: _Grammar, line: str, line_start: int, seen: int) -> Dateline | None:
    """The wire datelines of other languages' agencies (see :class:`_Grammar`), on a line
    that is not the headline: with a date; without one when the place is in capitals or the
    outlet a known agency ("Odessa (dpa) -"); a line of its own, not the headline, naming a
    place and a known agency after a dash ("غزة - الجزيرة")."""
    m = g.wire_dated.match(line)
    if (
        m is not None
        and _place_ok(m["place"])
        # an outlet after a dash is a name, not the first sentence ("Bamenda, le 22 avril
        # 2026 – Quatre soldats ont été tués."); in a script without capitals, a known one
        and (m["dashed"] is None or _named(g, m["dashed"]))
        and (m["stopped"] is None or m["stopped"].strip().casefold() in g.agencies)
        # a place closed by a full stop reads like a short sentence: a known agency only
        and (m["stop"] is None or _outlet_of(m).casefold() in g.agencies)
        and (m["unmarked"] is None or line[m.end() : m.end() + 1].isupper())
    ):
        return _from_match(g, m, line_start, "wire")
    m = g.wire_dateless.match(line)
    if m is not None and _place_ok(m["place"]):
        outlet = (m["outlet"] or m["slashed"] or "").strip()
        if m["place"].isupper() or outlet.casefold() in g.agencies:
            return _from_match(g, m, line_start, "wire")
    if seen >= 2 and len(line) <= _MAX_LINE:
        m = g.place_outlet_line.fullmatch(line)
        if m is not None and _place_ok(m["place"]):
            outlet = m["outlet"].strip()
            if (outlet.startswith("«") and outlet.endswith("»")) or outlet.casefold() in g.agencies:
                return _from_match(g, m, line_start, "wire")
    return None


def _shaped_line(
    g: _Grammar, line: str, line_start: int, after: str, gazetteer: Gazetteer | None
) -> Dateline | None:
    """A line of its own opening the first paragraph after the headline: a place, a dash or
    a bullet, and an outlet no list has, a colon or a full stop maybe ("كركوك - شفق نيوز",
    "مأرب – المصدر أونلاين:", "Одеса • УНН", "Kharkiv — Ukrinform."), the story on the lines
    after it.  The outlet reads as one
    (:func:`_outlet_like`, one to three words) and is no place itself ("Kyiv - Odesa" names
    two places); the place is in capitals or a place of the gazetteer, whatever its
    script."""
    if len(line) > _MAX_LINE or not after.strip():
        return None
    m = g.place_outlet_line.fullmatch(line)
    if m is None or not _place_ok(m["place"]):
        return None
    outlet = m["outlet"].strip()
    if outlet[-1:] in _SENTENCE_ENDS or not _outlet_like(g, outlet.strip("«»"), 3):
        # ("Gaza – Ceasefire!": a heading, not an outlet)
        return None
    if _caps(m["place"]) or _known(m["place"], gazetteer):
        if _known(outlet.strip("«»"), gazetteer):
            return None  # two places ("Kyiv - Odesa")
        return _from_match(g, m, line_start, "wire")
    # the outlet first, then the place ("شفق نيوز- ديالى", "Radio Okapi – Beni"): the name
    # after the dash is a whole place of the gazetteer, the one before it no place and
    # read as an outlet's
    first = m["place"].strip()
    if not (_known(outlet, gazetteer) and _outlet_like(g, first, 3)):
        return None
    found = _from_match(g, m, line_start, "wire")
    return attrs.evolve(found, place=outlet, outlet=first) if found is not None else None


def _byline_place(
    g: _Grammar, line: str, line_start: int, gazetteer: Gazetteer | None
) -> Dateline | None:
    """A reporter's name before the place, a slash between them, then the outlet in
    brackets, opening the first paragraph after the headline (Turkish copy: "Burak
    KAYA/İSTANBUL, (DHA) - …", "Ayşe DEMİR / ANKARA (İHA) – …"): the name is two to four
    capitalised words, its last (the surname) in capitals, and no place of the gazetteer
    ("Gaza/Tel Aviv (dpa)" names two places); the place is in capitals or of the gazetteer;
    the outlet reads as one; the story does not open in lower case."""
    m = g.byline_place.match(line)
    if m is None or not _body_ok(line, m.end()):
        return None
    words = m["byline"].split()
    if not all(w[:1].isupper() for w in words) or not _caps(words[-1]):
        return None
    place = m["place"]
    if not _place_ok(place) or not _outlet_like(g, m["outlet"], 4):
        return None
    if not (_caps(place) or _known(place, gazetteer)) or _known(m["byline"], gazetteer):
        return None
    return _from_match(g, m, line_start, "wire")


def _outlet_place(
    g: _Grammar, line: str, line_start: int, gazetteer: Gazetteer | None
) -> Dateline | None:
    """An outlet's initials joined by a hyphen to the place, opening the first paragraph
    after the headline: "APA-Ouagadougou (Burkina Faso) – …", "MAP-Rabat, 3 mars - …".
    The initials are capitals and no place; the place is a place of the gazetteer in mixed
    case ("AL-MUKALLA" is one place); the story does not open in lower case."""
    m = g.outlet_place.match(line)
    if m is None or not _body_ok(line, m.end()):
        return None
    initials, place = m["initials"], m["place"]
    if not _caps(initials) or not _place_ok(place) or _known(initials, gazetteer):
        return None
    # the capitals against a place in mixed case show two names: in capitals throughout, it
    # is one place ("AL-MUKALLA –", read as a place alone)
    if _caps(place) or not _known(place, gazetteer):
        return None
    found = _from_match(g, m, line_start, "wire")
    return attrs.evolve(found, outlet=initials) if found is not None else None


def _shaped_no_outlet(
    g: _Grammar, line: str, line_start: int, gazetteer: Gazetteer | None
) -> Dateline | None:
    """A dateline without an outlet opening the first paragraph after the headline: a place
    and a date before a dash or ".-" ("Bamenda, le 22 avril 2026 – …", "Culiacán, Sin., 4
    de mayo.- …"), or a place and its state's abbreviation alone ("Comitán, Chis. Al menos
    …": a capitalised word of two to five letters and a full stop).  The place is in
    capitals or a place of the gazetteer, the abbreviation no place and no title of the
    attribution table ("Mgr."); the story does not open in lower case."""
    m = g.dated_no_outlet.match(line)
    if m is None:
        m = g.region_only.match(line)
    if m is None:
        return _region_dashed(g, line, line_start, gazetteer)
    if not _place_ok(m["place"]) or not _body_ok(line, m.end()):
        return None
    if m.groupdict().get("lead_stop") and not line[m.end() : m.end() + 1].isupper():
        return None  # "Kano, 3 March. then …" is no dateline: the lead opens a sentence
    region = m["region"]
    if region is not None and not (region[:1].isupper() and region[1:-1].islower()):
        return None
    if region is not None and (
        region[:-1].casefold() in g.titles or _known(region[:-1], gazetteer)
    ):
        return None  # "Goma, Mgr. Ambongo a dit …": a title; "Kano, Niger." a place
    if not (_caps(m["place"]) or _known(m["place"], gazetteer)):
        return None
    found = _from_match(g, m, line_start, "wire")
    if found is not None and region is not None:
        # the place with its state, as a wire dateline with a country gives both (and the
        # line's text without the comma that may close the abbreviation)
        found = attrs.evolve(found, place=f"{m['place']}, {region}", text=found.text.rstrip(","))
    return found


def _region_dashed(
    g: _Grammar, line: str, line_start: int, gazetteer: Gazetteer | None
) -> Dateline | None:
    """A place and its state's full name before ".-" ("Culiacán, Sinaloa.- Los cuerpos …"):
    the place in capitals or of the gazetteer, the state capitalised, the story not opening
    in lower case."""
    m = g.region_dashed.match(line)
    if m is None or not _place_ok(m["place"]) or not _body_ok(line, m.end()):
        return None
    region = m["region"]
    if not region[:1].isupper() or not (_caps(m["place"]) or _known(m["place"], gazetteer)):
        return None
    found = _from_match(g, m, line_start, "wire")
    return attrs.evolve(found, place=f"{m['place']}, {region}") if found is not None else None


def _shaped(
    g: _Grammar, line: str, line_start: int, gazetteer: Gazetteer | None
) -> Dateline | None:
    """A dateline known by its shape, not by its outlet, at the start of the first paragraph
    after the headline: a place, then an outlet no list has — in brackets after a place
    alone ("Kyiv (Kyiv Independent) - …"), after a dash or a slash and before a colon or a
    dash ("الأنبار - شفق نيوز: …", "Beni - Actualite.cd: …", "MOSUL / Rudaw - …"), or
    between full stops after a place in capitals or of the gazetteer ("КИЇВ. Укрінформ. …").  The outlet is one
    to four short words none of which opens in lower case (but short glue inside) or is a
    report verb; the place is
    in capitals, a place of the gazetteer, a capitalised word before a bracketed outlet, or
    a word of a script without case; the story follows, not in lower case."""
    m = g.wire_dateless.match(line)
    if (
        m is not None
        and m["outlet"]
        and _outlet_like(g, m["outlet"], 4)
        and _place_ok(m["place"])
        and _body_ok(line, m.end())
        # a place in brackets is the place's country, not an outlet ("Mopti (Mali) –")
        and not _known(m["outlet"].strip(), gazetteer)
    ):
        return _from_match(g, m, line_start, "wire")
    m = g.stopped_outlet.match(line)
    if (
        m is not None
        and _outlet_like(g, m["stopped"], 3)
        and _body_ok(line, m.end())
        and (_caps(m["place"]) or _known(m["place"], gazetteer))
    ):
        return _from_match(g, m, line_start, "wire")
    m = g.dash_outlet.match(line)
    if m is None or not _outlet_like(g, m["bare"], 3) or not _body_ok(line, m.end()):
        return None
    if _known(m["bare"].strip("«» "), gazetteer):
        return None  # two places ("Kyiv-Odesa – …"), not a place and its outlet
    body = line[m.end() :].rstrip().rstrip(_CLOSING)
    if not body or body[-1] not in _SENTENCE_ENDS or not _place_ok(m["place"]):
        return None  # a heading, not the first paragraph
    place = m["place"]
    if _caps(place) or not any(c.isupper() or c.islower() for c in place):
        return _from_match(g, m, line_start, "wire")
    return _from_match(g, m, line_start, "wire") if _known(place, gazetteer) else None


def _outlet_like(g: _Grammar, outlet: str, most: int) -> bool:
    """Whether ``outlet`` reads as an outlet's name: a known agency, or at most ``most``
    words, none opening in lower case or a report verb ("Radio Okapi", "شفق نيوز")."""
    outlet = outlet.strip()
    if outlet.casefold() in g.agencies:
        return True
    parts = outlet.split()
    return (
        0 < len(parts) <= most
        # (a short word of glue may stand inside: "Carta de Moçambique", "Voz da América")
        and not any(p[:1].islower() and (len(p) > 3 or p in (parts[0], parts[-1])) for p in parts)
        and not any(p.casefold() in g.not_outlet for p in parts)
    )


def _named(g: _Grammar, outlet: str) -> bool:
    """Whether a run after a dash is an outlet's name, not the story's first sentence: an
    outlet (:func:`_outlet_like`) showing a capital, or a known agency (a run in a script
    without capitals, "قتل جنديان", cannot show it is a name)."""
    outlet = outlet.strip()
    if outlet.casefold() in g.agencies:
        return True
    return _outlet_like(g, outlet, 3) and any(c.isupper() for c in outlet)


def _body_ok(line: str, end: int) -> bool:
    """Whether the story after a dateline starts as a sentence does (not in lower case)."""
    rest = line[end:].lstrip()
    return bool(rest) and not rest[:1].islower()


def _caps(place: str) -> bool:
    """Whether a place is written in capitals (two letters at least)."""
    return place.isupper() and sum(c.isalpha() for c in place) >= 2


def _known(place: str, gazetteer: Gazetteer | None) -> bool:
    """Whether every part of ``place`` ("Kiew/Odessa") is a whole place of the gazetteer
    (the built-in one by default)."""
    if gazetteer is None:
        from conflict_events.resolve._gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    return all(
        any((x.start, x.end) == (0, len(part)) for x in gazetteer.find_mentions(part))
        for part in place.split("/")
    )


def _place_only(
    g: _Grammar, line: str, line_start: int, gazetteer: Gazetteer | None
) -> Dateline | None:
    """A dateline of a place alone and a dash at the start of the first paragraph after the
    headline ("BELÉM – A polícia …", "DEIR EZZOR - …", "دير الزور – قُتل …"): the place in
    capitals, or every part of it ("Kiew/Odessa") a whole place of the gazetteer ("Rio de
    Janeiro - Uma operação …"); the rest of the line a paragraph that ends a sentence, so
    a heading ("حماة - قصف عنيف على الريف الشمالي") or a name opening a clause is none."""
    m = g.place_only.match(line)
    # (a dash inside a sentence: "Kano - the city that … - was calm.")
    if m is None or not _place_ok(m["place"]) or not _body_ok(line, m.end()):
        return None
    body = line[m.end() :].rstrip().rstrip(_CLOSING)
    if not body or body[-1] not in _SENTENCE_ENDS:
        return None
    place = m["place"]
    if not (place.isupper() and sum(c.isalpha() for c in place) >= 2):
        if gazetteer is None:
            from conflict_events.resolve._gazetteer import Gazetteer

            gazetteer = Gazetteer.default()
        for part in place.split("/"):
            if not any((x.start, x.end) == (0, len(part)) for x in gazetteer.find_mentions(part)):
                return None
    return _from_match(g, m, line_start, "wire")


#: What ends a paragraph of prose (before closing quotes and brackets), by script.
_SENTENCE_ENDS = frozenset(".!?…؟")
_CLOSING = "\"'”’»)]"


def _outlet_of(match: re.Match[str]) -> str:
    """The outlet a wire dateline's match names, however it was written."""
    parts = match.groupdict()
    for group in ("outlet", "slashed", "bare", "dashed", "stopped"):
        if parts.get(group):
            return str(parts[group]).strip(" .-–—|«»")
    return ""


def _place_ok(place: str) -> bool:
    """A dateline's place starts with a capital (or a letter of a script without case)."""
    return not place[:1].islower()


@lru_cache(maxsize=4096)
def _yearless_day(g: _Grammar, words: str) -> bool:
    """Whether a date phrase names a day or part of a month without a year ("November 27",
    "late November").  Cached by the phrase: the same few phrases recur in every article."""
    return bool(g.yearless_day.search(words)) and not _YEAR.search(words)


def anchor_warnings(
    anchor: dt.date,
    *,
    dateline: Dateline | None,
    given: bool,
    dates: Sequence[DateMention],
    lexicon: Lexicon | str = "en",
) -> list[str]:
    """Why the anchor (the publication date used) may be wrong, as readable warnings.

    1. The dateline names a weekday that its date does not fall on.
    2. A publication date was given and the dateline gives another one.
    3. The text gives dates without a year ("November 27", "late November") and even the nearest
       one is more than :data:`YEARLESS_DATE_WINDOW_DAYS` days from the anchor: news writes the
       year only for dates outside the current few weeks, so the anchor (typically a stale
       "Monday, July 28" over a November story) likely is not the publication date.

    ``dates`` are the mentions of the article's body (not of the dateline itself).

    >>> anchor_warnings(dt.date(2024, 7, 28), dateline=None, given=True, dates=())
    []
    """
    g = _grammar(load(lexicon))
    warnings: list[str] = []
    if dateline is not None:
        problem = dateline.weekday_problem()
        if problem:
            warnings.append(problem)
        if given and dateline.date is not None and dateline.date != anchor:
            warnings.append(
                f"dateline {dateline.text!r} gives {dateline.date.isoformat()}, "
                f"but the publication date given is {anchor.isoformat()}"
            )
    nearest: tuple[int, str] | None = None
    for mention in dates:
        words = mention.text
        if not _yearless_day(g, words):
            continue
        span = mention.when
        gap = (
            0
            if span.start <= anchor <= span.end
            else min(abs((anchor - span.end).days), abs((span.start - anchor).days))
        )
        if nearest is None or gap < nearest[0]:
            nearest = (gap, words)
    if nearest is not None and nearest[0] > YEARLESS_DATE_WINDOW_DAYS:
        source = f"dateline {dateline.text!r}" if dateline and not given else "given"
        warnings.append(
            f"the publication date {anchor.isoformat()} ({source}) is {nearest[0]} days from "
            f"{nearest[1]!r}, the nearest date the text gives without a year; such dates are "
            f"normally within {YEARLESS_DATE_WINDOW_DAYS} days of publication, so the "
            "publication date may be wrong"
        )
    return warnings
