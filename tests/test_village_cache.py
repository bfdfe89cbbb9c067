"""The default gazetteer's on-disk village data: the per-country mention keys are the ones
derived from the gazetteer, and the village store is trusted only as it was written."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from conflict_events.resolve import _gazetteer_store
from conflict_events.resolve._gazetteer import _default_gazetteer
from conflict_events.resolve._gazetteer_store import VillageStore


def test_cached_village_keys_are_the_derived_ones() -> None:
    gazetteer = _default_gazetteer()
    store = gazetteer._villages
    assert store is not None
    derived = gazetteer._derive_village_keys("BJ")
    assert derived, "Benin has villages that may be mentions"
    assert gazetteer._cached_village_keys("BJ") == derived
    if store.directory is not None:  # caching on: the keys were written for the next process
        assert list(store.directory.glob("village-keys-bj-*"))


def _tiny_fill(connection: sqlite3.Connection, admin_names: object) -> None:
    connection.executescript(_gazetteer_store._SCHEMA)
    connection.execute(
        "INSERT INTO place VALUES (0, 'geonames:1', 'Guilmaro', 'BJ', NULL, 10.5, 1.6, 900)"
    )
    connection.execute("INSERT INTO name VALUES ('guilmaro', 0, 1, 'BJ')")
    connection.commit()


@pytest.fixture
def tiny_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setattr(_gazetteer_store, "_fill", _tiny_fill)
    store = VillageStore(tmp_path, "key-1", dict)
    assert [p.name for p, _ in store.lookup("guilmaro", "BJ")] == ["Guilmaro"]
    (path,) = tmp_path.glob("villages-*.sqlite")
    (sidecar,) = tmp_path.glob("villages-*.marshal")
    return path, sidecar


def test_a_store_as_written_is_trusted(tiny_store: tuple[Path, Path], tmp_path: Path) -> None:
    path, sidecar = tiny_store
    assert VillageStore(tmp_path, "key-1", dict)._trusted(path, sidecar) is not None


def test_a_touched_store_is_checked_by_its_digest(
    tiny_store: tuple[Path, Path], tmp_path: Path
) -> None:
    path, sidecar = tiny_store
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))
    assert VillageStore(tmp_path, "key-1", dict)._trusted(path, sidecar) is not None


def test_an_edited_store_is_not_trusted(tiny_store: tuple[Path, Path], tmp_path: Path) -> None:
    path, sidecar = tiny_store
    data = bytearray(path.read_bytes())
    spot = data.index(b"Guilmaro")
    data[spot : spot + 8] = b"Elsewhre"
    path.write_bytes(bytes(data))
    assert VillageStore(tmp_path, "key-1", dict)._trusted(path, sidecar) is None
    # and the store is rebuilt, not read: the edit never reaches a lookup
    assert [p.name for p, _ in VillageStore(tmp_path, "key-1", dict).lookup("guilmaro")] == [
        "Guilmaro"
    ]
