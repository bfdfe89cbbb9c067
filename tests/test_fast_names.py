"""The name finders' shortcuts give what the plain way gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.resolve._automaton import longest_non_overlapping, mentions_of
from conflict_events.resolve._mention import Mention

_TEXT = st.text(alphabet="Aab -’\u00e9", max_size=30)


def _plain(text: str, spans: list[tuple[int, int, str]]) -> list[Mention]:
    return [Mention(text=text[s:e], start=s, end=e, entity_id=i) for s, e, i in spans]


@settings(max_examples=300, deadline=None)
@given(
    _TEXT,
    st.lists(
        st.tuples(st.integers(0, 30), st.integers(0, 30), st.sampled_from(["a:x", "ce:y", ""])),
        max_size=8,
    ),
)
def test_mentions_of_is_the_keyword_construction(
    text: str, spans: list[tuple[int, int, str]]
) -> None:
    fast = mentions_of(text, spans)
    plain = _plain(text, spans)
    assert fast == plain
    assert [repr(m) for m in fast] == [repr(m) for m in plain]
    assert [hash(m) for m in fast] == [hash(m) for m in plain]


def test_find_mentions_builds_the_same_mentions() -> None:
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._registry import ActorRegistry

    text = (
        "Fighters of Hay’at Tahrir al-Sham (HTS) clashed with the SNA near Afrin. "
        "Rebels entered Aleppo and reached Kuweires airbase, near Halab, on Friday."
    )
    actors = ActorRegistry.default().find_mentions(text)
    places = Gazetteer.default().find_mentions(text)
    assert [m.text for m in actors] == ["Hay’at Tahrir al-Sham", "HTS", "SNA"]
    assert "Aleppo" in [m.text for m in places]
    for found in (actors, places):
        spans = [(m.start, m.end, m.entity_id) for m in found]
        assert found == _plain(text, longest_non_overlapping(spans))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="Aab -’\u00e9ßش", max_size=20), min_size=1, max_size=4))
def test_the_remembered_fold_is_the_fold_of_the_text_in_hand(texts: list[str]) -> None:
    from conflict_events.resolve._automaton import _padded_fold
    from conflict_events.resolve._normalize import fold_text

    # equal texts that are different objects, and the same text twice in a row
    for text in [*texts, *texts, "".join(texts), "".join(texts)]:
        folded, padded = _padded_fold(text)
        plain = fold_text(text)
        assert folded.text == plain.text
        assert padded == f" {plain.text} "
        assert folded.original == text
        spans = [(a, b) for a in range(len(plain.text) + 1) for b in range(a, len(plain.text) + 1)]
        assert [folded.original_span(a, b) for a, b in spans] == [
            plain.original_span(a, b) for a, b in spans
        ]


def test_is_cased_agrees_with_the_forms_and_follows_additions() -> None:
    from conflict_events.resolve._automaton import MentionScanner

    scanner = MentionScanner[int]()
    scanner.add("Free Syrian Army", 1)
    scanner.add("FSA", 1, acronym=True)
    scanner.add("Syrian Army", 2)
    # groups: the name, the acronym as "FSA" and as "F.S.A.", the second name
    assert [scanner.is_cased(g) for g in range(scanner.group_count)] == [
        False,
        True,
        True,
        False,
    ]
    scanner.add_cased("Syrian Army", 3)  # a new cased group after the flags were computed
    flags = [scanner.is_cased(g) for g in range(scanner.group_count)]
    assert flags == [False, True, True, False, True]
    assert [m.cased for m in scanner.scan("FSA and Syrian Army")] == [True, False, True]


def test_is_cased_is_computed_once_per_build() -> None:
    from conflict_events.resolve._automaton import MentionScanner

    scanner = MentionScanner[int]()
    for i in range(2_000):
        scanner.add(f"G{i}X", i, acronym=True)
        scanner.add(f"name number {i}", i)
    flags = [scanner.is_cased(g) for g in range(scanner.group_count)]
    assert sum(flags) == 2_000
    assert scanner._flags is not None
    scanner._flags[0] = not flags[0]  # the stored flags are what is_cased answers from
    assert scanner.is_cased(0) != flags[0]
    scanner.add("another", 1)
    assert scanner.is_cased(0) == flags[0]  # recomputed after a change


def test_default_registry_is_indexed_once_and_copied() -> None:
    import time

    from conflict_events.resolve._registry import ActorRegistry

    first = ActorRegistry.default()
    first.find_mentions("warm up")
    start = time.perf_counter()
    copies = [ActorRegistry.default() for _ in range(20)]
    for copy in copies:
        assert copy.find_mentions("HTS fighters") == first.find_mentions("HTS fighters")
    per_copy = (time.perf_counter() - start) / 20
    build_start = time.perf_counter()
    fresh = ActorRegistry(list(first), demonyms=first.demonyms)
    fresh.find_mentions("warm up")
    per_build = time.perf_counter() - build_start
    assert per_copy * 3 < per_build  # a copy shares the index and scanner
