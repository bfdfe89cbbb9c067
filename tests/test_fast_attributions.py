"""The attribution stage's fast paths give what the plain paths they replace give.

Each shortcut (reading a speaker's words right to left, building records without
re-validating parts already valid, ...) is compared with the slow way it replaces on the demo
articles, the shared articles when present, and generated text built from the words and
characters the shortcuts hinge on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflict_events.cli._demo import demo_articles
from conflict_events.extract import _attribution as att
from conflict_events.lexicon import load
from conflict_events.text._segment import sentences

G = att._grammar(load("en"))
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "articles"


def _texts() -> list[str]:
    texts = [text for _, text in demo_articles()]
    if SHARED.is_dir():
        texts.extend(p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*.txt")))
    return texts


# Words and characters the speaker search hinges on, mixed with filler: names, role and glue
# words, determiners, pronouns, negatives, clause punctuation, dashes, apostrophes, dots.
_PIECES = [
    "the", "The", "a", "an", "of", "for", "at", "from", "al", "el", "state", "media", "news",
    "agency", "SANA", "Syrian", "Observatory", "Human", "Rights", "monitor", "spokesman",
    "army", "he", "they", "who", "which", "No", "no", "nobody", "However", "Monday", "U.S.",
    "al-Sham", "Britain-based", "Russia's", "Levant’s", "_x", "x_y", "'", "’", ".", "..", "-",
    " - ", " — ", "—", "–", " – ", ",", ";", ":", "(", ")", '"', "“", "”", "«", "»", "[", "]",
    "12", "killed", "said", "were", "\n", "  ", "\t", "é", "ſ", "İ",
]  # fmt: skip
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=" aA_'.-,—", max_size=3)),
    max_size=30,
).map(" ".join)
_JOINED = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _slow_subject_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The plain way: the clause's words after its last punctuation, read by the regexes."""
    return att._subject_by_regex(G, text, max(lo, hi - 160), hi)


def _same_subjects(text: str) -> None:
    for hi in range(len(text) + 1):
        for lo in {0, max(0, hi - 170), max(0, hi - 12), hi}:
            assert att._subject_before(G, text, lo, hi) == _slow_subject_before(text, lo, hi), (
                text,
                lo,
                hi,
            )


def test_subject_before_matches_the_slow_way_on_articles() -> None:
    for text in _texts():
        for s, e in sentences(text):
            for hi in range(s, e + 1):
                assert att._subject_before(G, text, s, hi) == _slow_subject_before(text, s, hi)


@settings(max_examples=300)
@given(_TEXT)
@example("a spokesman for the army said")
@example("The monitor - which counts - the Observatory")
@example("x \u2014 the army")
def test_subject_before_matches_the_slow_way(text: str) -> None:
    _same_subjects(text)


@settings(max_examples=300)
@given(_JOINED)
def test_subject_before_matches_the_slow_way_on_run_together_pieces(text: str) -> None:
    _same_subjects(text)


def test_plain_speakers_need_no_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    # not a test of the result (the tests above are), but that the shortcut is taken at all
    def fail(text: str, lo: int, hi: int) -> None:
        raise AssertionError(text[lo:hi])

    monkeypatch.setattr(att, "_subject_by_regex", fail)
    text = "Fighting went on, the state news agency SANA said. The Syrian Observatory said."
    for s, e in sentences(text):
        assert att._subject_before(G, text, s, text.index("said", s, e)) is not None


# --- quotes ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_white_space_character_but_space_is_unprintable() -> None:
    # what _quote's shortcut rests on
    for code in range(0x110000):
        c = chr(code)
        if c.isspace() and c != " ":
            assert not c.isprintable(), hex(code)


@given(
    st.text(alphabet=st.sampled_from([" ", "a", "\n", "\t", "\xa0", "\u2003", "é", ".", "\x1f"]))
)
@example(" a")
@example("a ")
@example("a  b")
def test_quote_matches_split_and_join(text: str) -> None:
    assert att._quote(text, 0, len(text)) == " ".join(text.split())
    assert att._quote("x" + text + "y", 1, len(text) + 1) == " ".join(text.split())


# --- records built without re-validation ----------------------------------------------------


def test_trusted_attributions_equal_validated_ones() -> None:
    from conflict_events import ActorRegistry, Attribution
    from conflict_events.extract._attribution import extract_attributions

    registry = ActorRegistry.default()
    published = dt.date(2023, 5, 15)
    mentions = [
        m
        for text in _texts()
        for m in extract_attributions(text, registry=registry, published=published)
    ]
    assert len(mentions) > 20
    for m in mentions:
        a = m.attribution
        fields = {f.name: getattr(a, f.name) for f in attrs.fields(Attribution)}
        assert a == Attribution(**fields)
        assert a.source_name is not None
        assert a.quote is not None
        assert att._trusted_attribution(
            a.source, a.source_name, a.claim, a.verification, a.quote, a.published
        ) == Attribution(**fields)
        assert m == att.AttributionMention(
            attribution=a,
            start_char=m.start_char,
            end_char=m.end_char,
            sentence_start=m.sentence_start,
            sentence_end=m.sentence_end,
        )
        assert hash(m) == hash(attrs.evolve(m))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mentions[0].attribution.quote = "x"  # type: ignore[misc]


def test_published_that_is_no_date_is_still_rejected() -> None:
    from conflict_events import ValidationError
    from conflict_events.extract._attribution import extract_attributions

    with pytest.raises(ValidationError):
        # a datetime is a date subclass to the type checker, but no plain date to the model
        extract_attributions("Activists said four died.", published=dt.datetime(2023, 5, 15))
    [m] = extract_attributions("Activists said four died.", published=dt.date(2023, 5, 15))
    assert m.attribution.published == dt.date(2023, 5, 15)


class _OddRegistry:
    """A resolver whose ids are no valid ids: the validated constructor must still see them."""

    class _Actor:
        id = "Not An Id"

    def resolve(self, name: str, *, on: dt.date | None = None) -> _OddRegistry._Actor:
        return self._Actor()


def test_an_invalid_id_from_a_registry_is_still_rejected() -> None:
    from conflict_events import ValidationError
    from conflict_events.extract._attribution import extract_attributions

    with pytest.raises(ValidationError):
        extract_attributions("Activists said four died.", registry=_OddRegistry())


@pytest.mark.slow
def test_spaces_are_every_white_space_character() -> None:
    # the verb check reads one character where split() / rstrip() would run
    every = {chr(code) for code in range(0x110000) if chr(code).isspace()}
    assert every == att._SPACES
    # keywords are plain lower-case words, one or several ("spoke of": the keyword pass is
    # one Aho-Corasick automaton, which finds phrases as it finds words)
    assert all(
        w.islower() and all(p.isascii() and p.isalpha() for p in w.split(" ")) for w in G.keywords
    )


def test_trusted_mentions_equal_validated_ones() -> None:
    from conflict_events import Attribution
    from conflict_events.model._vocab import ClaimKind, Verification

    for source in (None, "actor:sohr"):
        for published in (None, dt.date(2024, 2, 29)):
            for claim in ClaimKind:
                for verification in Verification:
                    f = att._Found(3, 9, "the monitor", claim, verification=verification)
                    m = att._trusted_mention(f, source, "The monitor said so.", published, 0, 20)
                    assert m == att.AttributionMention(
                        attribution=Attribution(
                            source=source,
                            source_name="the monitor",
                            claim=claim,
                            verification=verification,
                            quote="The monitor said so.",
                            published=published,
                        ),
                        start_char=3,
                        end_char=9,
                        sentence_start=0,
                        sentence_end=20,
                    )


# --- the phrase after "according to", "by" or an inverted "said": a table and properties ----

_PHRASES = [
    ("the monitor, which", "the monitor"),
    ("Reuters.", "Reuters"),
    ("the U.N. envoy, who", "the U.N."),  # a word with a full stop ends the phrase
    ("state media in Damascus", "state media"),
    ("a spokesman for the army said", "a spokesman for the army"),
    ("he said", None),
    ("the of a", None),
    ("the Syrian Observatory for Human Rights and", "the Syrian Observatory for Human Rights"),
    ("A1 B2 C3 D4 E5 F6 G7 H8 I9 J10 K11", "A1 B2 C3 D4 E5 F6 G7 H8 I9 J10"),  # ten words at most
    ("AFP (a news agency)", "AFP"),
    ("  the army", "the army"),
    (", the army", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _PHRASES)
def test_phrase_after_table(text: str, expected: str | None) -> None:
    span = att._phrase_after(G, text, 0, len(text))
    assert (text[span[0] : span[1]] if span else None) == expected


def _phrase_properties(text: str) -> None:
    for pos in range(len(text) + 1):
        for hi in {len(text), pos + 7, pos + 200}:
            span = att._phrase_after(G, text, pos, hi)
            if span is None:
                continue
            start, end = span
            # it follows ``pos`` after white space at most, within bounds
            assert not text[pos:start].strip(), (text, pos)
            assert pos <= start < end <= min(hi, pos + 160, len(text)), (text, pos)
            # (a quote between words is no word: quotes around a later part stay in a name)
            words = [w for w in text[start:end].split() if any(c.isalnum() for c in w)]
            assert 1 <= len(words) <= 10
            lows = [w.lower() for w in words]
            assert lows[0] not in G.pronouns
            # (a word with a full stop ends the phrase and is taken without its stop)
            assert not any(w in G.forward_stop or w in G.verb_claims for w in lows[:-1])
            assert lows[-1] not in G.determiners_glue
            assert "," not in text[start:end]


def test_phrase_after_properties_on_articles() -> None:
    for text in _texts()[:2]:
        for s, e in sentences(text)[:40]:
            _phrase_properties(text[s:e])


@settings(max_examples=300)
@given(_TEXT)
@example("said Reuters.")
@example("according to the U.N. envoy, who")
@example("by the  of a")
@example('the the the the the the the the the " state')
def test_phrase_after_properties(text: str) -> None:
    _phrase_properties(text)


# --- round 3 shortcuts ----------------------------------------------------------------------


def test_wrapped_and_possessive_speakers_need_no_regex(monkeypatch: pytest.MonkeyPatch) -> None:
    # that the shortcut is taken for a hard-wrapped line and a possessive (results: above)
    def fail(text: str, lo: int, hi: int) -> None:
        raise AssertionError(text[lo:hi])

    monkeypatch.setattr(att, "_subject_by_regex", fail)
    text = "Fighting went on, a\nspokesman for the army said. Russia's defence ministry said."
    for s, e in sentences(text):
        assert att._subject_before(G, text, s, text.index("said", s, e)) is not None


_CUE_PIECES = [
    "denied", "Denied", "DENIED", "denies", "disputed", "rejected", "dismissed", "refuted",
    "contested", "verified", "confirmed", "verify", "unverified", "not", "could", "be",
    "independently", "by", "the", "army", "said", "_", "x", "1", "é", "ſ", "K", "\u212a",
    " ", " ", " ", ".", ",", "'", "\n",
]  # fmt: skip
_CUE_TEXT = st.lists(st.sampled_from(_CUE_PIECES), max_size=25).map("".join)


@given(_CUE_TEXT)
@example("The army denied it.")
@example("x_denied it.")
@example("deniedx. Denied_")
@example("It was Denied")
def test_verification_cue_from_hits_matches_the_search(text: str) -> None:
    from conflict_events.text._keywords import keyword_hits

    hits = keyword_hits(text).get(att.KEYWORDS)
    folded = att.has_re_folded(text)
    for s, e in sentences(text):
        sentence_hits = [h for h in hits if s <= h[0] < e]
        words = frozenset(h[2] for h in sentence_hits if h[2] in G.cue_words)
        slow = att._verification_cue(G, text, s, e)
        if not folded:
            assert att._verification_cue(G, text, s, e, words, sentence_hits) == slow
            if att._disputing_hit(G, text, s, e, sentence_hits):
                assert G.disputed_re.search(text, s, e) is not None


@given(st.text(alphabet=st.sampled_from([" ", "a", "\n", "\t", "\r", "\x1f", ".", "\x01"])))
@example("a\nb")
@example("a  b")
@example(" a")
def test_quote_with_plain_spaces_matches_split_and_join(text: str) -> None:
    plain = att._plain_spaces(text)
    assert plain == (text.isascii() and all(c in " \n" for c in text if c.isspace()))
    assert att._quote(text, 0, len(text), plain) == " ".join(text.split())
    assert att._quote("x" + text + "y", 1, len(text) + 1, plain) == " ".join(text.split())


def test_odd_ascii_spaces_are_the_ascii_white_space_but_space_and_line_break() -> None:
    odd = {chr(c) for c in range(128) if chr(c).isspace()} - {" ", "\n"}
    assert odd == set(att._ODD_ASCII_SPACES)


@attrs.frozen
class _Actor:
    id: str


class _Registry:
    """A registry without ``_lookup``: resolve_id's plain way."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def resolve(self, name: str, *, on: dt.date | None = None) -> _Actor:
        if name not in self.names:
            raise LookupError(name)
        return _Actor(self.names[name])


@pytest.mark.parametrize("with_lookup", [True, False])
def test_resolver_first_id_is_resolve_id(with_lookup: bool) -> None:
    from conflict_events.resolve._registry import ActorRegistry

    registry: att.NameResolver = (
        ActorRegistry.default() if with_lookup else _Registry({"SANA": "actor:sana"})
    )
    names = [" ", "the garden shed", "SANA", "HTS", "Syrian Observatory for Human Rights"]
    for k in range(len(names)):
        for on in (None, dt.date(2023, 5, 15)):
            resolver = att._Resolver(G, registry, on)
            cache: dict[str, str | None] = {}
            assert resolver._first_id(names[k:]) == att.resolve_id(
                registry, names[k:], on=on, cache=cache
            )
            assert resolver.cache == cache
