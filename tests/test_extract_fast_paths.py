"""The extractor's fast paths give what the plain paths they replace give.

Each shortcut taken for speed (a trusted constructor, a spelled-out uuid5, a substring test
before an end-anchored regex search, one Aho-Corasick pass instead of a ``str.find`` loop,
memoised factions and "near" copies) is compared here with the slow way on the demo
articles and on generated text built from the words and characters the shortcuts hinge on.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import uuid
from types import SimpleNamespace

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflict_events.cli._demo import demo_articles
from conflict_events.extract import _events, _report
from conflict_events.extract._report import extract_report
from conflict_events.lexicon import load
from conflict_events.model import Engagement, Faction, FactionMember, FactionRole, GeoPrecision
from conflict_events.model._engagement import ID_NAMESPACE
from conflict_events.resolve._mention import Mention
from conflict_events.text._keywords import keyword_hits
from conflict_events.text._segment import _RE_FOLDS, ascii_folded, lower_same_length

LEX = load("en")
G = _events._cue_grammar(LEX)

# Words and characters the pre-filters look at, mixed with filler, so that generated text
# often sits right at a pattern's edge (and sometimes uses the letters re folds specially).
_PIECES = [
    "near", "outside", "around", "overlooking", "of", "the", "The", "by", "BY", "north",
    "south-east", "western", "edge", "outskirts", "city", "town", "backed", "supported",
    "armed", "with", "support", "backing", "since", "Since", "first", "FIRST", "ſince",
    "fırst", "outſide", "İ", "K", "ı", "to", "not", "-", "—", " - ", ",", ".", ";", "\n",
    "Aleppo", "rebels", "captured", "shelled", "air strikes", "retook", "re-took", "clashes",
    "attacked", "withdrew", "without a fight", "car bomb", "entered the town", "fell to",
    "north of the town of", "outskirts of", "with the backing of", "backed by the",
    "north-western edge of", "Supported By",
]  # fmt: skip
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=" aeIKſıİ-", max_size=3)),
    max_size=30,
).map(" ".join)


def _position(data: st.DataObject, text: str) -> int:
    """Mostly where a word starts (right after a pattern's last word), else anywhere."""
    starts = [0, len(text)] + [i + 1 for i, c in enumerate(text) if c.isspace()]
    return data.draw(st.one_of(st.sampled_from(starts), st.integers(0, len(text))))


def _demo_reports() -> list[tuple[str, object]]:
    out = []
    for _, text in demo_articles():
        out.append((text, extract_report(text)))
    return out


# --- model: trusted construction and ids ----------------------------------------------------


@given(st.text(max_size=40))
def test_make_id_is_uuid5(key: str) -> None:
    try:
        expected = f"engagement:{uuid.uuid5(ID_NAMESPACE, key)}"
    except UnicodeEncodeError:  # a lone surrogate: neither way can hash it
        with pytest.raises(UnicodeEncodeError):
            Engagement.make_id(key)
        return
    assert Engagement.make_id(key) == expected


def test_trusted_engagements_equal_validated_ones() -> None:
    checked = 0
    for _, report in _demo_reports():
        for e in report.engagements:  # type: ignore[attr-defined]
            rebuilt = Engagement(
                **{f.name: getattr(e, f.name) for f in attrs.fields(Engagement)}  # type: ignore[misc]
            )
            assert rebuilt == e
            assert hash(rebuilt) == hash(e)
            assert attrs.asdict(rebuilt) == attrs.asdict(e)
            checked += 1
    assert checked > 10


def test_trusted_engagements_stay_frozen() -> None:
    report = extract_report("Rebels captured Saraqib on Thursday.", published=dt.date(2024, 11, 30))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.engagements[0].confidence = 1  # type: ignore[misc]


def test_public_constructor_still_rejects_bad_input() -> None:
    from conflict_events import ValidationError

    with pytest.raises(ValidationError):
        Engagement(id="no id", event_type="battles", when=None)  # type: ignore[arg-type]


# --- the re.IGNORECASE folds ------------------------------------------------------------------


@pytest.mark.slow
def test_ascii_folded_knows_every_letter_re_folds_to_ascii() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    folds = {
        chr(c): chr(c).lower() if chr(c).isascii() else None
        for c in range(128, sys.maxunicode + 1)
        if letter.fullmatch(chr(c))
    }
    assert set(folds) == {chr(k) for k in _RE_FOLDS}
    for ch in folds:
        assert len(ascii_folded(ch)) == 1
        assert re.fullmatch(ascii_folded(ch), ch, re.IGNORECASE)


# --- pre-filters before end-anchored searches --------------------------------------------------


@settings(max_examples=400)
@given(_TEXT, st.data())
def test_near_prefilter_agrees_with_the_pattern(text: str, data: st.DataObject) -> None:
    start = _position(data, text)
    slow = _events._NEAR_BEFORE.search(text, max(0, start - 60), start) is not None
    assert _events._near_before(text, start) == slow


@settings(max_examples=400)
@given(_TEXT, st.data())
def test_backer_prefilter_agrees_with_the_pattern(text: str, data: st.DataObject) -> None:
    start = _position(data, text)
    end = data.draw(st.integers(start, len(text)))
    m = Mention(text=text[start:end], start=start, end=end, entity_id="actor:x")
    slow = _events._BACKER_AFTER.match(text, end) is not None or bool(
        _events._BACKER_BEFORE.search(text, max(0, start - 40), start)
    )
    assert _events._is_backer(text, m) == slow


def _usable_by_the_patterns(text: str, phrase: str, at: int) -> bool:
    """_usable_date's "since" checks the slow way: both patterns searched over the 60
    characters before the date."""
    lo = max(0, at - 60)
    first_since = phrase.lower().startswith("since") and _events._FIRST_SINCE.search(text, lo, at)
    return not first_since and not _events._INSIDE_SINCE.search(text, lo, at)


@settings(max_examples=400)
@given(_TEXT, st.data(), st.sampled_from(["since March", "Since 2011", "ſince May", "March"]))
def test_usable_date_prefilter_agrees_with_the_patterns(
    text: str, data: st.DataObject, phrase: str
) -> None:
    at = _position(data, text)
    full = text[:at] + phrase + text[at:]
    anchor = dt.date(2024, 1, 1)
    mention = SimpleNamespace(
        text=phrase, start_char=at, when=SimpleNamespace(start=dt.date(2023, 1, 1))
    )
    slow = _usable_by_the_patterns(full, phrase, at)
    assert _events._usable_date(full, mention, anchor) == slow  # type: ignore[arg-type]


@given(st.lists(st.sampled_from([*_PIECES, '"', "”", ")", "!", "?", "…", "Heading"])))
def test_heading_test_agrees_with_the_terminal_pattern(words: list[str]) -> None:
    chunk = " ".join(words).strip()
    if not chunk:
        return
    slow = re.search(r"[.!?…][\"'”’»)\]]*$", chunk) is not None
    assert chunk.rstrip(_report._CLOSERS).endswith(_report._STOPS) == slow


# --- event cues: one automaton pass instead of a str.find loop --------------------------------


def _cues_by_find(text: str) -> list[_events.EventCue]:
    """find_event_cues as it was: the trigger positions from one str.find loop per trigger
    (over the text lower-cased with its offsets kept, as find_event_cues now does)."""
    segment = lower_same_length(text)
    positions: set[int] = set()
    for trigger in G.triggers:
        i = segment.find(trigger)
        while i != -1:
            if i == 0 or not (segment[i - 1].isalnum() or segment[i - 1] == "_"):
                positions.add(i)
            i = segment.find(trigger, i + 1)
    cues = []
    resume = 0
    for offset in sorted(positions):
        if offset < resume:
            continue
        m = G.cue_re.match(text, offset)
        if m is None:
            continue
        resume = m.end()
        family = m.lastgroup
        if family is None or _events._blocked(G, text, m.start(), m.end()):
            continue
        if family == "withdraw":
            stop = text.find(".", m.end())
            if not G.without_fight.search(text, m.end(), len(text) if stop == -1 else stop):
                continue
        cues.append(
            _events.EventCue(
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                family=family,
                sub_event_type=G.family_type[family],
            )
        )
    return cues


def test_event_cues_match_the_find_loop_on_the_demo_articles() -> None:
    for _, text in demo_articles():
        assert _events.find_event_cues(text) == _cues_by_find(text)


@given(_TEXT)
@example("İ captured")  # "İ".lower() is two characters: offsets must not move
def test_event_cues_match_the_find_loop(text: str) -> None:
    assert _events.find_event_cues(text) == _cues_by_find(text)


# --- event-cue triggers taken from the shared keyword pass ------------------------------------

_TRIGGER_PIECES = [
    *G.triggers, "Captured", "AIR", "repair", "died", "re-took", "_shelled", "x_car",
    "car_", "Σcar", "σ", "Σ", "İ", "\u212aill", "ſeized", "the", "a", " ", "-", ".", "\n",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=16).map(
        lambda ws: "".join(w + (" " if i % 3 else "") for i, w in enumerate(ws))
    ),
    st.data(),
)
def test_trigger_positions_equal_the_segment_pass(text: str, data: st.DataObject) -> None:
    stop = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, stop))
    fast = _events._trigger_positions(G, LEX, text, start, stop)
    assert fast == _events._trigger_positions_slow(G, text, start, stop)
    assert _events.find_event_cues(text, start, stop) == _cues_in_segment(text, start, stop)


def _cues_in_segment(text: str, start: int, stop: int) -> list[_events.EventCue]:
    """find_event_cues over ``text[start:stop]`` with the segment's own trigger pass."""
    original = _events._trigger_positions
    _events._trigger_positions = lambda g, lexicon, text, start, stop: (  # type: ignore[assignment]
        _events._trigger_positions_slow(g, text, start, stop)
    )
    try:
        return _events.find_event_cues(text, start, stop)
    finally:
        _events._trigger_positions = original


def test_trigger_positions_equal_the_segment_pass_on_the_demo_articles() -> None:
    for _, text in demo_articles():
        for start in range(0, len(text), 97):
            for stop in (len(text), min(len(text), start + 300)):
                fast = _events._trigger_positions(G, LEX, text, start, stop)
                assert fast == _events._trigger_positions_slow(G, text, start, stop)


def test_a_key_of_two_stages_is_reported_to_both() -> None:
    # "captured" is an event cue's prefix and a casualty outcome word: one automaton key
    # serves both stages.
    from conflict_events.extract import _casualties

    hits = keyword_hits("they captured it", LEX)
    assert [h[0] for h in hits.get(_events.CUES)] == [5]
    assert [h[0] for h in hits.get(_casualties.OUTCOMES)] == [5]


# --- memoised factions and "near" copies ----------------------------------------------------------


def test_memoised_factions_equal_fresh_ones() -> None:
    text = "HTS, backed by Turkey, and the SNA attacked."
    mentions = [
        Mention(text="HTS", start=0, end=3, entity_id="actor:hts"),
        Mention(text="Turkey", start=15, end=21, entity_id="actor:turkey"),
        Mention(text="SNA", start=31, end=34, entity_id="actor:sna"),
    ]
    fresh = Faction(
        lead="actor:hts",
        associates=(
            FactionMember(actor="actor:sna", role=FactionRole.ALLIED_WITH),
            FactionMember(actor="actor:turkey", role=FactionRole.BACKED_BY),
        ),
    )
    first = _events._side_members(text, mentions, {})
    assert first == fresh
    assert _events._side_members(text, mentions, {}) is first
    assert _events._side_members(text, mentions[:1], {}) == Faction(lead="actor:hts")


def test_near_copies_equal_evolved_locations() -> None:
    from conflict_events.resolve._gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    aleppo = gazetteer.get(gazetteer.find_mentions("in Aleppo")[0].entity_id)
    near = _events._near(aleppo)
    assert near == attrs.evolve(aleppo, geo_precision=GeoPrecision.NEAR)
    assert _events._near(aleppo) is near
    assert _events._near(near) == near


@pytest.mark.parametrize(
    "before",
    [
        "fighting with the backing of ",
        "fighting with the ſupport of the ",
        "militias backed by ",
        "forces armed BY THE ",
        "units supported by\n",
        "gunmen near ",
        "clashes on the outskirts of ",
        "shelling north of the town of ",
        "a raid outſıde the ",
        "a raid outſıde ",
        "an attack around ",
        "a post overlooKing ",
        "the nearby ",
        "out of the ",
        "",
    ],
)
def test_prefilters_on_written_out_cases(before: str) -> None:
    text = before + "Saraqib was hit"
    start = len(before)
    m = Mention(text="Saraqib", start=start, end=start + 7, entity_id="actor:x")
    slow_backer = bool(_events._BACKER_BEFORE.search(text, max(0, start - 40), start))
    slow_near = _events._NEAR_BEFORE.search(text, max(0, start - 60), start) is not None
    assert _events._is_backer(text, m) == slow_backer
    assert _events._near_before(text, start) == slow_near


@pytest.mark.parametrize(
    ("before", "phrase"),
    [
        ("for the first time ", "since 2016"),
        ("for the fırst time ", "ſince 2016"),
        ("the FIRST such attack ", "Since March"),
        ("a calm that has held since a truce agreed in ", "March 2020"),
        ("a calm that has held ſince a truce agreed in ", "March 2020"),
        ("fighting on ", "Monday"),
    ],
)
def test_usable_date_on_written_out_cases(before: str, phrase: str) -> None:
    text = before + phrase + " ..."
    at = len(before)
    mention = SimpleNamespace(
        text=phrase, start_char=at, when=SimpleNamespace(start=dt.date(2020, 3, 1))
    )
    slow = _usable_by_the_patterns(text, phrase, at)
    assert _events._usable_date(text, mention, dt.date(2024, 1, 1)) == slow  # type: ignore[arg-type]
