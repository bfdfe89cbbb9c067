"""The derived date scanner's cuts of the sixteenth session (docs/dates.md, "The derived
scanner's cost cut"): a rule's headless forms tried only where the rule matched (a form past
a possessive head wherever any rule did), the rules tried at a start only where the start
pattern marks one, and the look-ups by a compiled pattern's identity.  Each is checked
against what it cuts: the same matches, in every language, on the fixture texts and on
sentences written for the test."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from conflict_events import find_dates
from conflict_events.lexicon import load
from conflict_events.parse import _dates, _dates_scan
from conflict_events.text._accel import ascii_pattern, literal_after_space

LANGUAGES = ("en", "fr", "es", "pt", "de", "ru", "uk", "tr", "ar")
TEXTS = Path(__file__).parent / "fixtures" / "texts"
WRITTEN = (
    "Gunmen attacked the convoy on the evening of Tuesday, 14 March, and again the day before "
    "yesterday; the army said on Wednesday morning that talks would resume in early April.",
    "In 2014-2016 and again from 27 to 29 November, around 2008 or so, the fall of the town.",
    "Le soir du mardi 14 mars et la veille au soir, selon l'armée, dans la nuit de samedi.",
    "مساء اليوم السابق قال الجيش إن الهجوم وقع يوم الأربعاء",
)


def _grammar(language: str) -> _dates._Grammar:
    lexicon = load(language)
    return _dates._grammar_of(lexicon)


def _texts(language: str) -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted((TEXTS / language).glob("*.txt"))]
    return [*found[:6], *WRITTEN]


@pytest.mark.parametrize(
    ("pattern", "forms"),
    [
        (r"(?:(?P<p>evening|morning) )?(?P<w>today|evening before)", [True]),
        (r"(?:(?P<p>evening|morning) )??(?P<w>today|evening before)", [True]),
        (r"(?:(?P<p>evening|morning) )?+(?P<w>today|evening before)", [False]),
        (r"(?:(?P<r>last|next) )?(?:week|month)", []),
    ],
)
def test_a_form_is_its_rules_own_unless_a_possessive_head_is_left_out(
    pattern: str, forms: list[bool]
) -> None:
    assert [form.own for form in _dates._headless_forms(pattern)] == forms


def test_a_form_past_a_possessive_head_matches_where_its_rule_fails() -> None:
    # why such a form is tried wherever any rule matched: the head kept, the rest fails
    rule = r"(?:(?P<p>evening|morning) )?+(?P<w>today|evening before)"
    (form,) = _dates._headless_forms(rule)
    assert re.match(rule, "evening before") is None
    assert re.match(form.form, "evening before") is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rules_own_forms_match_only_where_it_does(language: str) -> None:
    sc = _dates_scan.scan(_grammar(language))
    rules = [r for r in sc.rules if r is not None and r.forms]
    assert rules, language  # every lexicon has a rule with an optional head
    assert not sc.any_free  # no lexicon writes a possessive head today
    for text in _texts(language):
        s, _ = _dates_scan.normalised_with_offsets(text, _dates._SCAN_FOLD)
        for q in (0, *(m.end() for m in re.finditer(" ", s))):
            for rule in rules:
                if rule.pattern.match(s, q) is None:
                    assert all(form.match(s, q) is None for form in rule.forms), (s[q : q + 40],)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_start_not_marked_for_a_rule_starts_no_rule(language: str) -> None:
    gr = _grammar(language)
    sc = _dates_scan.scan(gr)
    marked = unmarked = 0
    for text in _texts(language):
        s, offsets = _dates_scan.normalised_with_offsets(text, _dates._SCAN_FOLD)
        chains = _dates_scan._Chains(gr, sc, s, (text, offsets))
        for p, ruled in _dates_scan._starts(sc, s, chains):
            assert ruled == (sc.here.match(s, p) is not None), s[p : p + 40]
            if ruled:
                marked += 1
            else:
                unmarked += 1
                assert _dates_scan._spans_at(gr, sc, s, p, p, False, (text, offsets)) == []
    assert marked
    if language == "en":  # (its fillers lead to many a date: "on", "in", "by")
        assert unmarked


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_floor_passes_over_no_start_after_it(language: str) -> None:
    gr = _grammar(language)
    sc = _dates_scan.scan(gr)
    for text in _texts(language):
        s, offsets = _dates_scan.normalised_with_offsets(text, _dates._SCAN_FOLD)
        every = list(_dates_scan._starts(sc, s, _dates_scan._Chains(gr, sc, s, (text, offsets))))
        floor = [len(s) // 2]
        cut = list(
            _dates_scan._starts(sc, s, _dates_scan._Chains(gr, sc, s, (text, offsets)), floor)
        )
        assert [x for x in every if x[0] >= floor[0]] == [x for x in cut if x[0] >= floor[0]]


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        (
            "en",
            "The army said on the evening of Tuesday that two soldiers died.",
            ["the evening of Tuesday"],
        ),
        (
            "en",
            "Rebels shelled the town on Wednesday morning, officials said.",
            ["Wednesday morning"],
        ),
        (
            "fr",
            "Les rebelles ont attaqué le village dans la nuit de samedi à dimanche.",
            ["dans la nuit de samedi à dimanche"],
        ),
        (
            "es",
            "Los enfrentamientos comenzaron el pasado martes por la noche.",
            ["pasado martes por la noche"],
        ),
    ],
)
def test_mentions_read_whole(language: str, text: str, found: list[str]) -> None:
    lexicon = load(language)
    mentions = find_dates(text, dt.date(2024, 11, 30), lexicon=lexicon)
    assert [m.text for m in mentions] == found


def test_the_ascii_form_and_the_literal_are_kept_per_pattern() -> None:
    word = re.compile(r"[^\W\d_]+")
    assert ascii_pattern(word) is ascii_pattern(word)
    assert ascii_pattern(word).pattern == "[A-Za-z]+"
    # a pattern equal to another but not the same object is worked out for itself
    other = re.compile(r"[^\W\d_]+", re.IGNORECASE)
    assert ascii_pattern(other).flags & re.IGNORECASE
    assert literal_after_space(re.compile(r"\s*\((\w+)\)")) == "("
