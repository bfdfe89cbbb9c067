"""Faults of the name resolvers: pathological input (time linear in its length), and the
on-disk cache of the default gazetteer (tampered, damaged, built by several processes at
once)."""

from __future__ import annotations

import contextlib
import marshal
import multiprocessing
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conflict_events import Location, UnknownNameError
from conflict_events._cache import build_lock, read_signed
from conflict_events.resolve._gazetteer import (
    _SECTIONS,
    Gazetteer,
    _cache_key,
    _load_default,
    _pack,
)
from conflict_events.resolve._normalize import normalize_name
from conflict_events.resolve._registry import ActorRegistry

# --- time linear in the input's length ---------------------------------------------------

SMALL, LARGE = 10_000, 200_000
# 20 times the input: a linear operation takes ~20 times as long (more on a loaded machine,
# with caches missed); a quadratic one 400 times.
RATIO_BOUND = 100.0

UNITS = ["the ", "the-", "The  ", "al-", "Hay'at ", "ال", "ʼ", "Ḥalab ", "e\u0301", "pro-"]


def _best_time(call: Callable[[], object], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        with contextlib.suppress(LookupError):
            call()
        best = min(best, time.perf_counter() - start)
    return best


def _ratio(function: Callable[[str], object], unit: str) -> float:
    small = unit * (SMALL // len(unit))
    large = unit * (LARGE // len(unit))
    _best_time(lambda: function(small), rounds=1)  # warm up: lazily built indexes
    # The best of three measurements: another process may slow any one of them down; a
    # quadratic operation fails all three.
    return min(
        _best_time(lambda: function(large)) / max(_best_time(lambda: function(small)), 1e-6)
        for _ in range(3)
    )


def test_repeated_articles_fold_to_one_key() -> None:
    assert normalize_name("the " * 50_000) == "the"
    assert normalize_name("The the  THE Syrian Army") == "syrian army"
    assert normalize_name("the-the-Free Syrian Army") == "free syrian army"
    assert normalize_name("theatre of war") == "theatre of war"


def test_a_long_run_of_articles_is_no_actor_and_no_place() -> None:
    with pytest.raises(UnknownNameError):
        ActorRegistry.default().resolve("the " * 50_000)
    with pytest.raises(UnknownNameError):
        Gazetteer.default().resolve("the " * 50_000)


@pytest.mark.slow
@pytest.mark.parametrize("unit", UNITS)
def test_normalize_name_is_linear(unit: str) -> None:
    assert _ratio(normalize_name, unit) < RATIO_BOUND


@pytest.mark.slow
@pytest.mark.parametrize("unit", UNITS)
def test_registry_resolve_is_linear(unit: str) -> None:
    registry = ActorRegistry.default()
    assert _ratio(registry.resolve, unit) < RATIO_BOUND


@pytest.mark.slow
@pytest.mark.parametrize("unit", UNITS)
def test_gazetteer_resolve_is_linear(unit: str) -> None:
    assert _ratio(Gazetteer.default().resolve, unit) < RATIO_BOUND


MENTION_UNITS = [
    *UNITS,
    "HTS ",
    "U.S. ",
    "Russian warplanes ",
    "Turkish-backed Syrian forces ",
    "Jabhat al-Nusra ",
    "Free Syrian Army Free ",
    "Aleppo ",
    "Aleppo Aleppo, ",
    "Tell ",
    "حلب ",
    "Deir ez-Zor ",
    "SANA ",
]


@pytest.mark.slow
@pytest.mark.parametrize("unit", MENTION_UNITS)
def test_find_mentions_is_linear(unit: str) -> None:
    registry, gazetteer = ActorRegistry.default(), Gazetteer.default()
    assert _ratio(registry.find_mentions, unit) < RATIO_BOUND
    assert _ratio(gazetteer.find_mentions, unit) < RATIO_BOUND


# --- the on-disk cache of the default gazetteer ----------------------------------------


def _small_gazetteer() -> Gazetteer:
    return Gazetteer.from_locations(
        [
            Location(name="Aleppo", kind="city", country="SY", gazetteer_id="t:aleppo"),
            Location(name="London", kind="city", country="GB", gazetteer_id="t:london"),
        ],
        aliases={"t:aleppo": ["Halab"]},
        populations={"t:aleppo": 2_000_000, "t:london": 9_000_000},
    )


def _must_not_build() -> Gazetteer:
    raise AssertionError("the cache should have been used")


def _cache_file(directory: Path) -> Path:
    [path] = directory.glob("gazetteer-*.marshal")
    return path


@pytest.fixture
def cached(tmp_path: Path) -> Path:
    """A cache directory holding the small gazetteer's cache."""
    _load_default(tmp_path, build=_small_gazetteer)
    hit = _load_default(tmp_path, build=_must_not_build)
    assert hit.resolve("Halab").gazetteer_id == "t:aleppo"
    return tmp_path


def _forge_halab_to_london(path: Path) -> dict[str, object]:
    """The cache file's document with "Halab" moved to London in the index section."""
    document = marshal.loads(path.read_bytes())
    exact, *rest = marshal.loads(document["sections"]["index"])
    london = exact["london"]
    exact["halab"] = london
    document["sections"]["index"] = marshal.dumps((exact, *rest))
    return dict(document)


def test_tampered_cache_is_rejected_and_rebuilt(cached: Path) -> None:
    path = _cache_file(cached)
    path.write_bytes(marshal.dumps(_forge_halab_to_london(path)))
    assert read_signed(path, _cache_key(), _SECTIONS) is None
    builds: list[int] = []

    def build() -> Gazetteer:
        builds.append(1)
        return _small_gazetteer()

    rebuilt = _load_default(cached, build=build)
    assert builds == [1]
    assert rebuilt.resolve("Halab").gazetteer_id == "t:aleppo"
    # ... and the file is rewritten, signed again
    assert _load_default(cached, build=_must_not_build).resolve("Halab").name == "Aleppo"


def test_a_forgery_with_fresh_checksums_is_rejected(cached: Path) -> None:
    # The old cache format's checks (CRC-32 per section) recomputed by the forger.
    import zlib

    path = _cache_file(cached)
    document = _forge_halab_to_london(path)
    sections = document["sections"]
    assert isinstance(sections, dict)
    document["crc32"] = {name: zlib.crc32(data) for name, data in sections.items()}
    path.write_bytes(marshal.dumps(document))
    assert _load_default(cached, build=_small_gazetteer).resolve("Halab").name == "Aleppo"


def test_a_cache_for_other_data_is_not_used(cached: Path) -> None:
    path = _cache_file(cached)
    document = marshal.loads(path.read_bytes())
    document["key"] = "0" * 64
    path.write_bytes(marshal.dumps(document))
    assert read_signed(path, _cache_key(), _SECTIONS) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # a partial write
        lambda data: b"",
        lambda data: os.urandom(4096),  # garbage
        lambda data: marshal.dumps(["not", "a", "cache"]),
        lambda data: data[:-40] + bytes(40),  # the signature zeroed
    ],
)
def test_partial_or_garbage_cache_is_rebuilt(
    cached: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = _cache_file(cached)
    path.write_bytes(damage(path.read_bytes()))
    rebuilt = _load_default(cached, build=_small_gazetteer)
    assert rebuilt.resolve("Halab").gazetteer_id == "t:aleppo"
    assert read_signed(_cache_file(cached), _cache_key(), _SECTIONS) is not None


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_cache_file_others_may_write_is_not_trusted(cached: Path) -> None:
    path = _cache_file(cached)
    path.chmod(0o666)
    assert read_signed(path, _cache_key(), _SECTIONS) is None


def test_a_damaged_section_found_late_is_rebuilt(cached: Path) -> None:
    # A file whose signature holds is trusted; a section that still fails to unpack
    # (a bug, or marshal of another Python) is rebuilt rather than raised.
    gazetteer = _load_default(cached, build=_must_not_build)
    assert gazetteer._pending is not None
    gazetteer._pending.sections["core"] = b"\x00"
    gazetteer._pending.rebuild = _small_gazetteer
    assert gazetteer.get("t:london").name == "London"


# Several processes starting together: one builds, the others wait and read its file.


def _slow_small_gazetteer(log: str) -> Gazetteer:
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\n")
    time.sleep(0.5)  # long enough for the others to find the lock taken
    return _small_gazetteer()


def _load_in_child(directory: str, log: str, out: multiprocessing.Queue[object]) -> None:
    gazetteer = _load_default(Path(directory), build=lambda: _slow_small_gazetteer(log))
    out.put((gazetteer.resolve("Halab").gazetteer_id, gazetteer.find_mentions("Halab and London")))


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method"
)
def test_concurrent_builders_build_once_and_leave_one_valid_cache(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    log = tmp_path / "builds.log"
    directory = tmp_path / "cache"
    out: multiprocessing.Queue[object] = context.Queue()
    children = [
        context.Process(target=_load_in_child, args=(str(directory), str(log), out))
        for _ in range(4)
    ]
    for child in children:
        child.start()
    results = [out.get(timeout=120) for _ in children]
    for child in children:
        child.join(timeout=120)
        assert child.exitcode == 0
    assert len(log.read_text(encoding="utf-8").split()) == 1  # one build
    assert len({repr(r) for r in results}) == 1
    assert results[0][0] == "t:aleppo"  # type: ignore[index]
    [path] = directory.glob("gazetteer-*.marshal")
    assert read_signed(path, _cache_key(), _SECTIONS) is not None
    assert not list(directory.glob(".gazetteer-*.marshal.*"))  # no temporary file left


def test_the_build_lock_excludes_a_second_holder(tmp_path: Path) -> None:
    lock = tmp_path / "x.lock"
    with build_lock(lock) as first:
        assert first
        with build_lock(lock, wait=0.2) as second:
            # flock is per open file: a second open in one process is a second holder.
            assert second is False or sys.platform == "win32"
    with build_lock(lock, wait=0.2) as again:
        assert again


def test_an_unwritable_directory_builds_without_a_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory", encoding="utf-8")
    gazetteer = _load_default(blocked / "cache", build=_small_gazetteer)
    assert gazetteer.resolve("Halab").gazetteer_id == "t:aleppo"


def test_pack_round_trips_through_the_signed_file(cached: Path) -> None:
    sections = read_signed(_cache_file(cached), _cache_key(), _SECTIONS)
    assert sections == _pack(_small_gazetteer())


def test_the_lock_file_fallback_waits_and_breaks_a_stale_lock(tmp_path: Path) -> None:
    # Systems without flock use a lock file made with O_EXCL.
    from conflict_events._cache import _exclusive_file

    lock = tmp_path / "x.lock"
    with _exclusive_file(lock, 5.0) as held:
        assert held
        assert lock.exists()
        with _exclusive_file(lock, 0.2) as second:
            assert not second  # a live holder is waited for, then given up on
    assert not lock.exists()  # released
    lock.write_text("", encoding="utf-8")
    old = time.time() - 3600
    os.utime(lock, (old, old))  # a crashed builder's lock, an hour old
    with _exclusive_file(lock, 0.2) as held:
        assert held
