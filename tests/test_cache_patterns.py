"""The store of compiled patterns (``text._accel.compiled``): what it hands back equals
``re.compile``, a pattern is read back in the next process instead of being parsed again,
a pattern built from other words never gets another's code, and a damaged store file is
never trusted."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cache_files import flip_a_byte, store_signed

from conflict_events import _cache
from conflict_events.text import _accel

pytestmark = pytest.mark.skipif(
    not _accel.readable(), reason="re's code is stored on checked Python versions only"
)

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = [
    (r"(?P<n>\d+)\s+(?:soldiers?|civilians?)\s+(?:were\s+)?(?P<out>killed|wounded)", re.I),
    (r"(?i)\bshell(?:ed|ing)\b", 0),
    (r"^(?P<head>[A-Z][a-z]+)(?:,\s*(?P<tail>\w+))?$", re.M),
    (r"(?<![\w-])(?:last|next) (?:week|year)(?!\w)", re.ASCII),
    (r"a.b", re.S | re.X),
]
TEXT = "3 soldiers were killed\nAleppo, Syria\nwe shelled it last week; a\nb 12 Civilians wounded"


def _same(got: re.Pattern[str], source: str, flags: int) -> None:
    fresh = re.compile(source, flags)
    assert got == fresh  # same pattern, flags and code
    assert got.flags == fresh.flags
    assert got.groups == fresh.groups
    assert got.groupindex == fresh.groupindex
    assert [m.span() for m in got.finditer(TEXT)] == [m.span() for m in fresh.finditer(TEXT)]


def _count_derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    derived: list[str] = []
    real = _accel._pattern_code

    def counting(source: str, flags: int) -> object:
        derived.append(source)
        return real(source, flags)

    monkeypatch.setattr(_accel, "_pattern_code", counting)
    return derived


def _store_file(directory: Path) -> Path:
    files = sorted(directory.glob("patterns-*.marshal"))
    assert len(files) == 1, files
    return files[0]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_compiled_equals_re_compile(source: str, flags: int) -> None:
    _same(_accel.compiled(source, flags), source, flags)


def test_a_stored_pattern_is_read_back_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    derived = _count_derivations(monkeypatch)
    first = _accel._PatternStore(tmp_path)
    for source, flags in PATTERNS:
        _same(first.compile(source, flags), source, flags)
    assert len(derived) == len(PATTERNS)
    assert first.save()
    _store_file(tmp_path)
    second = _accel._PatternStore(tmp_path)  # a new process
    for source, flags in PATTERNS:
        _same(second.compile(source, flags), source, flags)
    assert len(derived) == len(PATTERNS)  # nothing derived again
    assert not second.save()  # nothing new to write


def test_a_pattern_with_another_word_or_flag_is_compiled_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, flags = PATTERNS[0]
    first = _accel._PatternStore(tmp_path)
    first.compile(source, flags)
    first.save()
    derived = _count_derivations(monkeypatch)
    second = _accel._PatternStore(tmp_path)
    other = source.replace("wounded", "injured")
    got = second.compile(other, flags)
    assert derived == [other]
    assert got.search("4 soldiers injured") is not None
    assert got.search("4 soldiers wounded") is None
    case_sensitive = second.compile(source, 0)
    assert derived == [other, source]
    assert case_sensitive.search("3 SOLDIERS KILLED") is None


def test_processes_saving_together_keep_each_others_patterns(tmp_path: Path) -> None:
    one, two = _accel._PatternStore(tmp_path), _accel._PatternStore(tmp_path)
    one.compile(*PATTERNS[0])
    two.compile(*PATTERNS[1])
    assert one.save()
    assert two.save()
    stored = _cache.read_data(
        "patterns", _accel._patterns_key(), check=_accel._plain_patterns, directory=tmp_path
    )
    assert isinstance(stored, dict)
    assert set(stored) == {PATTERNS[0], PATTERNS[1]}


def _resign(path: Path, data: object) -> None:
    store_signed(path, data)


def _bad_code(path: Path) -> None:
    source, flags = PATTERNS[0]
    _resign(path, {(source, int(flags)): (int(flags | re.U), [1, 2, 3], 0, {}, ())})


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(flip_a_byte, id="tampered"),
        pytest.param(lambda path: path.write_bytes(b"\x00garbage\xff" * 40), id="garbage"),
        pytest.param(lambda path: path.write_bytes(path.read_bytes()[:50]), id="truncated"),
        pytest.param(lambda path: _resign(path, ["not", "a", "table"]), id="wrong-shape"),
        pytest.param(_bad_code, id="bad-code"),
    ],
)
def test_a_damaged_store_is_never_trusted(tmp_path: Path, damage: object) -> None:
    source, flags = PATTERNS[0]
    first = _accel._PatternStore(tmp_path)
    first.compile(source, flags)
    first.save()
    assert callable(damage)
    damage(_store_file(tmp_path))
    _same(_accel._PatternStore(tmp_path).compile(source, flags), source, flags)


def test_no_cache_directory_writes_nothing(tmp_path: Path) -> None:
    store = _accel._PatternStore(None)
    source, flags = PATTERNS[0]
    _same(store.compile(source, flags), source, flags)
    assert not store.save()
    assert not list(tmp_path.iterdir())


_PROGRAM = textwrap.dedent(
    """
    import json, sys
    from conflict_events.extract._casualties import find_casualties
    from conflict_events.lexicon import load

    word = sys.argv[1]
    lexicon = load("en").extended({"casualties": {"outcome_words": {"killed": [word]}}})
    found = {}
    for probe in sys.argv[2:]:
        text = f"Three soldiers were {probe} on Monday."
        found[probe] = [
            (m.figure.outcome.value, m.figure.count.low)
        for m in find_casualties(text, lexicon=lexicon)
        ]
    print(json.dumps(found))
    """
)


def _run(cache: Path, *args: str) -> dict[str, list[list[object]]]:
    environment = dict(os.environ, **{_cache.CACHE_DIR_ENV: str(cache)})
    environment.pop(_cache.NO_CACHE_ENV, None)
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [environment.get("PYTHONPATH")])]
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, *args],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result: dict[str, list[list[object]]] = json.loads(done.stdout)
    return result


def test_a_changed_lexicon_word_is_not_served_stale(tmp_path: Path) -> None:
    # The first process compiles the casualty grammar with "zapped" and stores it; the next
    # one, with "vaporised" in its place, must find "vaporised" and no longer "zapped".
    first = _run(tmp_path, "zapped", "zapped", "vaporised")
    assert first == {"zapped": [["killed", 3]], "vaporised": []}
    assert list(tmp_path.glob("patterns-*.marshal"))
    second = _run(tmp_path, "vaporised", "zapped", "vaporised")
    assert second == {"zapped": [], "vaporised": [["killed", 3]]}
