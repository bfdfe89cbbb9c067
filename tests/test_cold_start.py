"""The on-disk caches of derived date data (conflict_events._cache): what is read back
equals what a fresh build derives, and a cache file that is tampered with, stale, built for
other data or garbage is rebuilt, never trusted.  (Timings are benchmarks/cold_start.py's.)"""

from __future__ import annotations

import datetime as dt
import marshal
import re
from pathlib import Path

import pytest

from conflict_events import _cache
from conflict_events.lexicon import load
from conflict_events.parse import _dates, _dates_find
from conflict_events.text import _accel

SOURCE = r"(?<![\w'-])(?:last|next|this) (?:week|year|month)|(?:\d{1,2} )?(?:June|July) \d{4}"
TEXT = "We met last week, not last night; next year; on 4 July 2023 and in June 2024."


def _only_file(directory: Path, kind: str) -> Path:
    files = sorted(directory.glob(f"{kind}-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every fresh derivation of a scanner's data."""
    builds: list[str] = []
    real = _accel._code_of

    def counting(source: str) -> object:
        builds.append(source)
        return real(source)

    monkeypatch.setattr(_accel, "_code_of", counting)
    return builds


def _same_scanner(
    got: tuple[re.Pattern[str], _accel.Prefilter | None], source: str, text: str
) -> None:
    fresh = re.compile(source)
    pattern, prefilter = got
    assert pattern.pattern == source
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in fresh.finditer(text)]
    built = _accel.prefilter_for(fresh)
    assert prefilter is not None
    assert built is not None
    assert prefilter.keys() == built.keys()
    assert prefilter.starts(text) == built.starts(text)


@pytest.mark.skipif(not _accel.readable(), reason="re's code is cached on checked versions")
def test_cached_scanner_equals_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _count_builds(monkeypatch)
    first = _accel.compiled_scanner(SOURCE, directory=tmp_path)
    assert builds == [SOURCE]
    _only_file(tmp_path, "scanner")
    second = _accel.compiled_scanner(SOURCE, directory=tmp_path)
    assert builds == [SOURCE]  # read back, not derived again
    _same_scanner(first, SOURCE, TEXT)
    _same_scanner(second, SOURCE, TEXT)


@pytest.mark.skipif(not _accel.readable(), reason="re's code is cached on checked versions")
def test_the_date_scanner_read_back_equals_a_fresh_one(tmp_path: Path) -> None:
    source = _dates_find._scanner_pattern(_dates_find.date_words("en"))
    _accel.compiled_scanner(source, directory=tmp_path)
    pattern, prefilter = _accel.compiled_scanner(source, directory=tmp_path)
    text = "On Monday, 3 December 2024, and last week; in 2019 and the next day, at 10 pm."
    _same_scanner((pattern, prefilter), source, text)
    assert pattern.groupindex == re.compile(source).groupindex


def _rewrite(path: Path, edit: object) -> None:
    document = marshal.loads(path.read_bytes())
    assert callable(edit)
    edit(document)
    path.write_bytes(marshal.dumps(document))


def _flip_a_byte(document: dict[str, object]) -> None:
    sections = document["sections"]
    assert isinstance(sections, dict)
    data = bytearray(sections["data"])
    data[len(data) // 2] ^= 0x01
    sections["data"] = bytes(data)


def _resign(document: dict[str, object], data: object) -> None:
    """Valid digest, wrong content: what the shape check must refuse."""
    key = document["key"]
    assert isinstance(key, str)
    sections = {"data": marshal.dumps(data)}
    document["sections"] = sections
    document["digest"] = _cache._digest(key, sections)


@pytest.mark.skipif(not _accel.readable(), reason="re's code is cached on checked versions")
@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda path: _rewrite(path, _flip_a_byte), id="tampered"),
        pytest.param(lambda path: path.write_bytes(b"\x00garbage\xff" * 40), id="garbage"),
        pytest.param(lambda path: path.write_bytes(path.read_bytes()[:100]), id="truncated"),
        pytest.param(
            lambda path: _rewrite(path, lambda d: d.update(key="another-key")), id="stale-key"
        ),
        pytest.param(
            lambda path: _rewrite(path, lambda d: _resign(d, ("not", "a", "scanner"))),
            id="wrong-shape",
        ),
        pytest.param(
            lambda path: _rewrite(path, lambda d: _resign(d, ((0, [1, 2, 3], 0, {}, ()), None))),
            id="bad-code",
        ),
    ],
)
def test_a_damaged_entry_is_rebuilt_never_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    _accel.compiled_scanner(SOURCE, directory=tmp_path)
    path = _only_file(tmp_path, "scanner")
    assert callable(damage)
    damage(path)
    builds = _count_builds(monkeypatch)
    got = _accel.compiled_scanner(SOURCE, directory=tmp_path)
    _same_scanner(got, SOURCE, TEXT)
    if builds:  # rebuilt and written again: the next process reads a good entry
        assert _accel.compiled_scanner(SOURCE, directory=tmp_path) is not None
        assert len(builds) == 1


@pytest.mark.skipif(not _accel.readable(), reason="re's code is cached on checked versions")
def test_another_pattern_never_reads_this_ones_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _accel.compiled_scanner(SOURCE, directory=tmp_path)
    other = SOURCE.replace("month", "decade")
    builds = _count_builds(monkeypatch)
    pattern, _ = _accel.compiled_scanner(other, directory=tmp_path)
    assert builds == [other]
    assert pattern.search("this decade") is not None


def test_cached_data_survives_an_unwritable_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    built = _cache.cached_data(
        "demo", "k", lambda: (1, "a"), check=lambda d: True, directory=blocker / "sub"
    )
    assert built == (1, "a")


def test_the_date_grammar_read_back_equals_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(_cache.NO_CACHE_ENV, "1")
    fresh = _dates._Grammar(load("en"))
    monkeypatch.delenv(_cache.NO_CACHE_ENV)
    monkeypatch.setenv(_cache.CACHE_DIR_ENV, str(tmp_path))
    _dates._Grammar(load("en"))  # derives and writes
    _only_file(tmp_path, "date-grammar")
    read = _dates._Grammar(load("en"))
    assert read.first_chars == fresh.first_chars
    assert read.known_first == fresh.known_first
    assert read.keywords.keys() == fresh.keywords.keys()
    for phrase, (handler, groups) in fresh.keywords.items():
        assert read.keywords[phrase][0] is handler
        assert dict(read.keywords[phrase][1]) == dict(groups)
    anchor = dt.date(2024, 11, 30)
    for phrase in ("last week", "monday", "3 december 2024", "next month"):
        assert _dates._resolve_core(read, phrase, anchor, False) == _dates._resolve_core(
            fresh, phrase, anchor, False
        )


def test_one_kind_keeps_a_file_for_every_shipped_language_and_more(tmp_path: Path) -> None:
    """A process that reads every language builds one file of a kind per language; none of
    them is pruned by the next (the eighth session kept eight, fewer than the languages)."""
    from conflict_events.lexicon import available_languages

    keys = [f"lexicon-{code}" for code in available_languages()] + [f"user-{n}" for n in range(8)]
    for key in keys:
        _cache.cached_data("grammar", key, lambda k=key: (k,), check=bool, directory=tmp_path)
    assert len(list(tmp_path.glob("grammar-*"))) == len(keys)
    calls: list[str] = []
    for key in keys:

        def build(key: str = key) -> tuple[str]:
            calls.append(key)
            return (key,)

        assert _cache.cached_data("grammar", key, build, check=bool, directory=tmp_path) == (key,)
    assert calls == []
