"""The on-disk caches of derived date data (conflict_events._cache): what is read back
equals what a fresh build derives, and a cache file that is tampered with, stale, built for
other data or garbage is rebuilt, never trusted.  (Timings are benchmarks/cold_start.py's.)"""

from __future__ import annotations

import datetime as dt
import marshal
from pathlib import Path

import pytest

from conflict_events import _cache
from conflict_events.lexicon import load
from conflict_events.parse import _dates


def _only_file(directory: Path, kind: str) -> Path:
    files = sorted(directory.glob(f"{kind}-*.marshal"))
    assert len(files) == 1, files
    return files[0]


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


def _grammar_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> _dates._Grammar:
    monkeypatch.setenv(_cache.CACHE_DIR_ENV, str(tmp_path))
    return _dates._Grammar(load("en"))


def _same_grammar(read: _dates._Grammar, fresh: _dates._Grammar) -> None:
    assert read.first_chars == fresh.first_chars
    assert read.known_first == fresh.known_first
    assert read.keywords.keys() == fresh.keywords.keys()


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
            lambda path: _rewrite(path, lambda d: _resign(d, ("not", "a", "grammar"))),
            id="wrong-shape",
        ),
    ],
)
def test_a_damaged_entry_is_rebuilt_never_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    monkeypatch.setenv(_cache.NO_CACHE_ENV, "1")
    fresh = _dates._Grammar(load("en"))
    monkeypatch.delenv(_cache.NO_CACHE_ENV)
    _grammar_data(tmp_path, monkeypatch)  # derives and writes
    path = _only_file(tmp_path, "date-grammar")
    assert callable(damage)
    damage(path)
    _same_grammar(_grammar_data(tmp_path, monkeypatch), fresh)
    _only_file(tmp_path, "date-grammar")  # written again: the next process reads a good entry
    _same_grammar(_grammar_data(tmp_path, monkeypatch), fresh)


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
