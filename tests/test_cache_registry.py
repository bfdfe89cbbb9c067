"""The built-in registry's cached indexes and mention scanner (resolve._registry, "the built-in registry's derived state"): the
registry read back equals a freshly built one, the next process reads instead of deriving,
a changed lexicon word or actor file changes the key (rebuilt, never served stale), and a
damaged cache file is never trusted."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from cache_files import flip_a_byte, store_signed, stored_data

from conflict_events import _cache
from conflict_events.resolve import _registry
from conflict_events.resolve._registry import ActorRegistry

PACKAGE_DATA = Path(_registry.__file__).resolve().parents[1] / "data"
TEXTS = [
    "Fighters of Hay’at Tahrir al-Sham (HTS) clashed with the SNA near Afrin.",
    "Russian warplanes struck Idlib; the SOHR said US troops were not involved.",
    "The Syrian Democratic Forces and the Islamic State fought near Raqqa on Monday.",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(_cache.CACHE_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(_cache.NO_CACHE_ENV, raising=False)
    return tmp_path


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    real = _registry._cache_snapshot

    def counting(registry: ActorRegistry) -> tuple[Any, ...]:
        builds.append(1)
        return real(registry)

    monkeypatch.setattr(_registry, "_cache_snapshot", counting)
    return builds


def _state(registry: ActorRegistry) -> tuple[Any, ...]:
    scanning = registry._mention_scanning()
    return (
        list(registry._actors.items()),
        registry._exact,
        registry._arabic,
        registry._acronyms,
        scanning.scanner.tables(),
        scanning.decided,
        scanning.kinds,
        registry.demonyms,
        registry.force_nouns,
        registry.sources,
    )


def _fresh() -> ActorRegistry:
    return _registry._cache_fresh(_registry._builtin_data())


def _same_as_fresh(got: ActorRegistry) -> None:
    fresh = _fresh()
    assert _state(got) == _state(fresh)
    for text in TEXTS:
        for on in (None, dt.date(2015, 6, 1)):
            assert got.find_mentions(text, on=on) == fresh.find_mentions(text, on=on)
    for name in ("HTS", "Jabhat al-Nusra", "Russian warplanes", "SDF"):
        assert got.resolve(name) == fresh.resolve(name)


def test_the_registry_read_back_equals_a_fresh_one(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds = _count_builds(monkeypatch)
    document = _registry._builtin_data()
    first = _registry._cached_default(document)
    assert builds == [1]
    assert len(list(cache_dir.glob("registry-*.marshal"))) == 1
    second = _registry._cached_default(document)  # as a new process would
    assert builds == [1]  # read back, not derived again
    _same_as_fresh(first)
    _same_as_fresh(second)
    assert second.resolve("Jabhat al-Nusra", on=dt.date(2015, 6, 1)).id == "actor:nusra-front"


def _package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    (copy / "lexicon").mkdir(parents=True)
    for folder in (PACKAGE_DATA / "lexicon").iterdir():
        if folder.is_dir():
            shutil.copytree(folder, copy / "lexicon" / folder.name)
    shutil.copy(PACKAGE_DATA / "actors.json", copy / "actors.json")
    return copy


def test_a_changed_lexicon_word_or_actor_changes_the_key(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _registry._cache_key()
    copy = _package_copy(tmp_path / "package")
    # the package folder the key reads its data files from, pointed at the copy
    monkeypatch.setattr(_registry, "_PACKAGE", copy.parent)
    assert _registry._cache_key() == original  # the same data, the same key
    names = copy / "lexicon" / "en" / "names.toml"
    text = names.read_text(encoding="utf-8")
    assert '"warplanes"' in text
    names.write_text(text.replace('"warplanes"', '"warjets"'), encoding="utf-8")
    changed_word = _registry._cache_key()
    assert changed_word != original
    names.write_text(text, encoding="utf-8")
    # another language's names table makes descriptor keys too ("soldats maliens")
    french = copy / "lexicon" / "fr" / "names.toml"
    french_text = french.read_text(encoding="utf-8")
    french.write_text(french_text + "\n# changed\n", encoding="utf-8")
    assert _registry._cache_key() not in (original, changed_word)
    french.write_text(french_text, encoding="utf-8")
    actors = copy / "actors.json"
    actors.write_bytes(actors.read_bytes().replace(b"Tahrir al-Sham", b"Tahrir al-Shaam", 1))
    assert _registry._cache_key() not in (original, changed_word)
    # and a file written under one key is not read under another
    monkeypatch.undo()
    monkeypatch.setenv(_cache.CACHE_DIR_ENV, str(cache_dir))
    builds = _count_builds(monkeypatch)
    document = _registry._builtin_data()
    _registry._cached_default(document)
    monkeypatch.setattr(_registry, "_cache_key", lambda: "another-key")
    _registry._cached_default(document)
    assert builds == [1, 1]


def _resign(path: Path, edit: Any) -> None:
    """Edit the stored data and sign it again: only the content checks can refuse it."""
    data = list(stored_data(path))
    edit(data)
    store_signed(path, tuple(data))


def _number_out_of_range(data: list[Any]) -> None:
    key = next(iter(data[1]))
    data[1][key] = [len(data[0][0]) + 5]


def _kind_dropped(data: list[Any]) -> None:
    data[8] = data[8][:-1]


def _name_not_a_string(data: list[Any]) -> None:
    data[0][1][0] = 7


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(flip_a_byte, id="tampered"),
        pytest.param(lambda path: path.write_bytes(path.read_bytes()[:80]), id="truncated"),
        pytest.param(lambda path: _resign(path, _number_out_of_range), id="out-of-range"),
        pytest.param(lambda path: _resign(path, _kind_dropped), id="short-column"),
        pytest.param(lambda path: _resign(path, _name_not_a_string), id="wrong-type"),
    ],
)
def test_a_damaged_cache_file_is_rebuilt_never_trusted(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, damage: Any
) -> None:
    document = _registry._builtin_data()
    _registry._cached_default(document)
    (path,) = cache_dir.glob("registry-*.marshal")
    damage(path)
    builds = _count_builds(monkeypatch)
    got = _registry._cached_default(document)
    assert builds == [1]
    _same_as_fresh(got)


def test_without_a_cache_directory_it_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_cache.NO_CACHE_ENV, "1")
    builds = _count_builds(monkeypatch)
    got = _registry._cached_default(_registry._builtin_data())
    assert builds == [1]
    _same_as_fresh(got)


def test_default_hands_out_independent_copies_of_the_cached_registry() -> None:
    one, two = ActorRegistry.default(), ActorRegistry.default()
    one.add_alias("actor:hts", "Tahrir al-Sham Committee")
    assert one.resolve("Tahrir al-Sham Committee").id == "actor:hts"
    assert "Tahrir al-Sham Committee" not in {a.name for a in two.get("actor:hts").aliases}
