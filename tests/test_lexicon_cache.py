"""The shipped lexicons' parsed tables are kept in the signed cache between processes: what a
process reads back is what parsing the TOML gives, and a changed file is parsed afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflict_events import _cache
from conflict_events.lexicon import _load
from conflict_events.lexicon._load import available_languages


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(_cache.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(_cache.NO_CACHE_ENV, raising=False)
    return tmp_path


@pytest.mark.parametrize("language", available_languages())
def test_cached_tables_are_the_parsed_ones(
    language: str, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _load._ROOT / language
    parsed = _load._read_folder(folder)
    assert _load._read_shipped_folder(folder) == parsed  # parsed, then written
    assert list(cache_dir.glob(f"lexicon-{language}-*"))

    def no_parsing(folder: Path) -> dict[str, object]:
        raise AssertionError("parsed again")

    monkeypatch.setattr(_load, "_read_folder", no_parsing)
    assert _load._read_shipped_folder(folder) == parsed  # read back from the cache


def test_a_changed_file_is_parsed_afresh(cache_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "meta.toml").write_text('name = "one"\n', encoding="utf-8")
    assert _load._read_shipped_folder(folder) == {"meta": {"name": "one"}}
    (folder / "meta.toml").write_text('name = "two"\n', encoding="utf-8")
    assert _load._read_shipped_folder(folder) == {"meta": {"name": "two"}}
