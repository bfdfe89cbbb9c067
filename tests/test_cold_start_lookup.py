"""A mention scanner's first texts are read by looking its keys up, before its automaton is
built (resolve/_automaton.py, ``LOOKUP_CHARACTERS``): the two find the same hits, in the
same order, on every kind of text and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.resolve import _automaton
from conflict_events.resolve._automaton import MentionScanner
from conflict_events.resolve._gazetteer import Gazetteer
from conflict_events.resolve._registry import ActorRegistry

FIXTURES = Path(__file__).parent / "fixtures" / "texts"
MADE_UP = [
    "Shelling hit Tell Abyad and Ras al-Ain; the Kurdish-led SDF said four died.",
    "Les FDS ont repris Raqqa, a déclaré l'OSDH à l'AFP.  Deux civils tués à Deir ez-Zor.",
    "Ataques en Jartum y Omdurmán: la RSF negó haber matado a 12 civiles en El Fasher.",
    "Tropas russas bombardearam Kharkiv e Zaporíjia, disse o governador ucraniano.",
    "قصفت طائرات روسية ريف إدلب الجنوبي وقتل خمسة مدنيين في معرة النعمان",
    "Die ukrainische Armee meldete Angriffe auf Charkiw und Saporischschja.",
    "ВСУ сообщили об обстреле Харькова; в Запорожье погибли трое мирных жителей.",
    "ЗСУ відбили атаку під Бахмутом, повідомив Генштаб.",
    "TSK, Suriye'nin kuzeyinde Tel Rıfat ve Münbiç'e saldırdı; PKK/YPG iddiası.",
    "THE US AND THE UN MET.  U.N. envoys and U.S. troops in   Idlib ,  al-Bab  ",
    "",
    "   ",
    "Aleppo",
]


def _texts() -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))]
    return found + MADE_UP


def _both(scanner: MentionScanner[object], text: str) -> None:
    folded, padded = _automaton._padded_fold(text)
    looked_up = scanner._hits(text, folded, scanner._looked_up_keys(padded))
    if scanner._automaton is None:
        scanner._automaton = scanner._compile()
    assert looked_up == scanner.scan_groups(text)


@pytest.mark.parametrize("which", ["gazetteer", "registry"])
def test_lookup_finds_what_the_automaton_finds(which: str) -> None:
    if which == "gazetteer":
        scanner = Gazetteer.default()._scanning()[0]
    else:
        scanner = ActorRegistry.default()._mention_scanning()[0]
    texts = _texts()
    assert len(texts) > len(MADE_UP)
    hits = 0
    for text in texts:
        _both(scanner, text)
        hits += len(scanner.scan_groups(text))
    assert hits > 50


def test_a_scanner_reads_its_first_characters_by_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_automaton, "LOOKUP_CHARACTERS", 30)
    scanner = MentionScanner[str]()
    scanner.add("Kafr Nabl", "town")
    scanner.add("Nabl", "village")
    scanner.add("HTS", "group", acronym=True)
    text = "HTS shelled Kafr Nabl."
    first = scanner.scan_groups(text)
    assert scanner._automaton is None  # 22 characters: looked up
    second = scanner.scan_groups(text)
    assert scanner._automaton is not None  # 44 > 30: the automaton is built
    assert first == second
    assert [(start, end) for start, end, _ in first] == [(0, 3), (12, 21), (17, 21)]
    scanner.add("Kafr", "hamlet")  # a change: looked up again until the next build
    assert scanner._automaton is None


_WORDS = ["tell", "abyad", "al", "bab", "ras", "ain", "u.s", "US", "x", "kafr", "nabl"]


@settings(max_examples=200, deadline=None)
@given(
    names=st.lists(
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join),
        min_size=1,
        max_size=8,
    ),
    cased=st.lists(st.sampled_from(["US", "U.S.", "AL", "Tell"]), max_size=3),
    text=st.lists(
        st.sampled_from([*_WORDS, "Tell", "ABYAD", ",", "  ", "-", "é", "ß", "ش"]), max_size=20
    ).map(" ".join),
)
def test_lookup_equals_automaton_on_any_keys(names: list[str], cased: list[str], text: str) -> None:
    scanner = MentionScanner[int]()
    for n, name in enumerate(names):
        scanner.add(name, n)
    for n, form in enumerate(cased):
        scanner.add(form, 100 + n, acronym=form.isupper())
    _both(scanner, text)


_FIRST_REPORT = """
import datetime as dt, sys
import conflict_events as ce
ce.extract_report("Rebels said on Monday that 3 soldiers were killed near Aleppo.",
                  published=dt.date(2024, 11, 30))
print(" ".join(sorted(m for m in sys.argv[1:] if m in sys.modules)))
"""
# What a first report of an ASCII text never needs (docs/measuring.md, "Cold start (ninth
# session)"): each was imported by every new process before.
_NOT_IMPORTED = (
    "importlib.metadata",
    "importlib.resources",
    "anyascii",
    "tomllib",
    "html",
    "email",
)


def test_a_first_report_imports_only_what_it_uses() -> None:
    import datetime as dt
    import os
    import subprocess
    import sys

    import conflict_events as ce

    # The caches of this run's directory (conftest) written, as a user's would be.
    ce.extract_report("Shelling near Aleppo killed 2.", published=dt.date(2024, 11, 30))
    root = str(Path(__file__).resolve().parents[1])
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join([root, *sys.path]))
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_REPORT, *_NOT_IMPORTED],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == []


def test_the_cached_fold_tables_are_the_derived_ones() -> None:
    from conflict_events.resolve import _normalize

    assert _normalize._build_text_table() == _normalize._TEXT_TABLE
    assert _normalize._build_name_table() == _normalize._NAME_TABLE
    assert _normalize._fold_tables() == (_normalize._TEXT_TABLE, _normalize._NAME_TABLE)
