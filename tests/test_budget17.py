r"""The fast paths of the thirteenth session's instruction budget (docs/measuring.md, "The
report under issue 11's budget (thirteenth session)") find what the patterns they serve find:

* a pattern with its character classes written out as ASCII characters
  (``_accel.ascii_source`` / ``ascii_pattern``) finds on an ASCII text what the pattern
  finds (the capital words of the gazetteer and of the unresolved-actor finder);
* a pattern that opens on white space and a literal, tried only where the literal stands
  (``_accel.spaced_finditer``: the parenthesised admin paths), finds what ``finditer`` finds;
* the patterns reordered to open on their first letter (the gazetteer's capital word, the
  admin words after a place) find what their earlier form found, in any script;
* the articles before a passive's outcome ("a farmer was killed") are found from the mark
  before them, which re skips to, where the look-behind was tried at every position;
* the partitives ("three of them", "two of the wounded") likewise, from the character before
  them;
* an ASCII text's digits are found by ``\d`` written out;
* the words an acronym's letters start open on its first letter (``\bP`` as ``P(?<!\w.)``);
* the scripts the gazetteer reads apart (Cyrillic, Arabic) have no ASCII letter, so an ASCII
  text is not searched for them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.extract import _attribution, _casualties
from conflict_events.lexicon import load
from conflict_events.resolve import _definitions, _gazetteer, _place_context
from conflict_events.text._accel import (
    ascii_pattern,
    ascii_source,
    literal_after_space,
    spaced_finditer,
)

FIXTURES = Path(__file__).parent / "fixtures" / "texts"
LANGUAGES = ("en", "fr", "es", "pt", "de", "tr", "ar", "ru", "uk")

# The forms the patterns had before they were reordered (the rule as first written).
_OLD_GAZETTEER_CAPITAL = re.compile(r"(?<![\w'\u2019])[^\W\d_a-z][\w'\u2019]*")
_OLD_WITH_ADMIN_WORD = re.compile(r"\b((?:[A-Z][\w'\u2019\-]*\s+){1,3})([A-Z]\w+)\b")

# Patterns read with their classes written out, and some with classes of every kind.
_ASCII_READ = (
    _gazetteer._CAPITAL_WORD,
    _definitions._CAPITAL_WORD,
    _place_context._PARENTHESISED,
    _place_context._WITH_ADMIN_WORD,
    re.compile(r"\s+[^\S\n]\W\D[^]a]\d{2,}\b\B"),
    re.compile(r"[^\W\d_][\w'\u2019.-]*|\d[\d,.]*", re.IGNORECASE),
    re.compile(r"[\]\\-]+(?<![\s\u2019])x", re.ASCII),
    _casualties._DIGITS_RE,
)
# (texts joined from single characters and pieces of names)
_ASCII_TEXT = st.lists(
    st.sampled_from(
        [*list("aAbBzZkKsSiI09_ '-.,()[]\\\t\n\x1c\x1f\x7f"), "Ab", "al-", "Army", "  ("]
    ),
    max_size=40,
).map("".join)
_ANY_TEXT = st.lists(
    st.sampled_from(
        [
            *list("aAbZkiI9_ '-.,()\t\n\x1c\xa0’éÉİıKЖж"),
            "أح",
            "Ab",
            "al-",
            "Army",
            "Nord (",
            "District ",
        ]
    ),
    max_size=40,
).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _fixture_texts() -> list[str]:
    return [
        p.read_text(encoding="utf-8")
        for language in LANGUAGES
        for p in sorted((FIXTURES / language).glob("*.txt"))
    ]


@given(_ASCII_TEXT)
def test_written_out_classes_find_what_the_pattern_finds_in_ascii_text(text: str) -> None:
    for pattern in _ASCII_READ:
        assert _spans(ascii_pattern(pattern).finditer(text)) == _spans(pattern.finditer(text))


def test_written_out_classes_on_the_ascii_fixtures() -> None:
    texts = [t for t in _fixture_texts() if t.isascii()]
    assert len(texts) >= 10
    for text in texts:
        for pattern in _ASCII_READ:
            fast = ascii_pattern(pattern).finditer(text)
            assert _spans(fast) == _spans(pattern.finditer(text)), pattern.pattern


def test_each_class_is_written_out_as_the_ascii_characters_re_matches() -> None:
    for klass in (r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", r"[^\W\d_a-z]", r"[\w'\u2019\-]"):
        written = ascii_source(klass)
        assert written is not None
        for c in map(chr, range(128)):
            assert bool(re.fullmatch(written, c)) == bool(re.fullmatch(klass, c)), (klass, c)
    assert ascii_source(r"\s") == r"[\x09-\x0d\x1c-\x20]"  # (re's \s holds \x1c-\x1f)
    assert ascii_source(r"(?i)[a-z]") is None  # a flag set inside: not written out
    assert ascii_source(r"[a-z] # x", re.VERBOSE) is None
    assert ascii_source(r"x(?#[)") is None  # (a comment: not read)
    # a class with no ASCII character stays one character wide (a look-behind may read it)
    assert ascii_pattern(re.compile(r"(?<![\u0400-\u04ff])a")).findall("ba a") == ["a", "a"]


def test_the_scripts_read_apart_have_no_ascii_letter() -> None:
    for pattern in (_gazetteer._CYRILLIC_OR_ARABIC, _gazetteer._CYRILLIC_TEXT):
        assert ascii_source(pattern.pattern, pattern.flags) == r"[^\x00-\x7f]"


@given(_ANY_TEXT)
def test_a_spaced_pattern_is_tried_where_its_literal_stands(text: str) -> None:
    pattern = _place_context._PARENTHESISED
    assert literal_after_space(pattern) == "("
    assert _spans(spaced_finditer(pattern, text)) == _spans(pattern.finditer(text))


def test_spaced_patterns_on_the_fixtures() -> None:
    pattern = _place_context._PARENTHESISED
    for text in _fixture_texts():
        assert _spans(spaced_finditer(pattern, text)) == _spans(pattern.finditer(text))
    other = re.compile(r"\(\w+\)")  # (not opening on white space: finditer itself)
    assert literal_after_space(other) is None
    assert _spans(spaced_finditer(other, "a (b) c")) == _spans(other.finditer("a (b) c"))


@given(_ANY_TEXT)
def test_the_reordered_patterns_find_what_their_first_form_found(text: str) -> None:
    for old, new in (
        (_OLD_GAZETTEER_CAPITAL, _gazetteer._CAPITAL_WORD),
        (_OLD_WITH_ADMIN_WORD, _place_context._WITH_ADMIN_WORD),
    ):
        assert _spans(new.finditer(text)) == _spans(old.finditer(text))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (_OLD_GAZETTEER_CAPITAL, _gazetteer._CAPITAL_WORD),
        (_OLD_WITH_ADMIN_WORD, _place_context._WITH_ADMIN_WORD),
    ],
)
def test_the_reordered_patterns_on_the_fixtures(old: re.Pattern[str], new: re.Pattern[str]) -> None:
    for text in _fixture_texts():
        assert _spans(new.finditer(text)) == _spans(old.finditer(text))
        for start in range(0, len(text), 97):  # (windows, as the admin path reads them)
            window = text[start : start + 90]
            assert _spans(new.finditer(window)) == _spans(old.finditer(window))


def _article_words(language: str) -> list[str]:
    g = _casualties._grammar(load(language))
    return sorted(g.singular_counts | g.bare_singulars | g.dual_nouns)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_articles_before_an_outcome_are_found_from_the_mark_before_them(
    language: str,
) -> None:
    g = _casualties._grammar(load(language))
    words = _article_words(language)
    marks = set(" \t\n\u00a0" + _casualties._OPENING_QUOTES)
    assert not any(w[-1] in marks for w in words)  # (a mark never ends a match before)
    texts = [t.lower() for t in _fixture_texts() if t]
    texts.append(" ".join(f'"{w} x {w}\u00ab{w}  {w}{w} ' for w in words[:40]))
    for low in texts:
        for lo in (0, 1, 2, *range(3, len(low), 41)):
            hi = min(len(low), lo + 60)
            expected = [a.start() for a in g.article_before.finditer(low, lo, hi)]
            assert _casualties._articles_before(g, low, lo, hi) == expected


@given(st.data())
def test_the_articles_before_an_outcome_in_any_text(data: st.DataObject) -> None:
    language = data.draw(st.sampled_from(LANGUAGES))
    g = _casualties._grammar(load(language))
    pieces = [*_article_words(language)[:30], " ", "  ", '"', "\u00ab", "\n", "x", "-", "'"]
    low = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    lo = data.draw(st.integers(0, len(low)))
    hi = data.draw(st.integers(lo, len(low)))
    expected = [a.start() for a in g.article_before.finditer(low, lo, hi)]
    assert _casualties._articles_before(g, low, lo, hi) == expected


def _partitive_pieces(language: str) -> list[str]:
    lex = load(language)
    g = _casualties._grammar(lex)
    pronouns = lex.optional_words(_casualties._PARTITIVE_PRONOUNS)
    of_the = lex.optional_words(_casualties._PARTITIVE_OF_THE)
    return [*pronouns, *of_the, *g.of_words, *g.among_articles, *list(g.among_nouns)[:20]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_partitives_are_found_from_the_character_before_them(language: str) -> None:
    g = _casualties._grammar(load(language))
    pieces = _partitive_pieces(language)
    texts = [t.lower() for t in _fixture_texts() if t]
    texts.append(", ".join(f"{a} {b}" for a in pieces for b in pieces[-20:]))
    for low in texts:
        for s in (0, 1, 2, *range(3, len(low), 53)):
            e = min(len(low), s + 200)
            expected = [
                (m.start(), m.end(), m.group("noun")) for m in g.partitive_part.finditer(low, s, e)
            ]
            assert _casualties._partitives(g, low, s, e) == expected
            # (a match ends on a word character: the one after it may start the next)
            assert all(re.match(r"\w", low[end - 1]) for _, end, _ in expected)


@given(st.data())
def test_the_partitives_in_any_text(data: st.DataObject) -> None:
    language = data.draw(st.sampled_from(LANGUAGES))
    g = _casualties._grammar(load(language))
    pieces = [*_partitive_pieces(language)[:40], " ", ", ", "x", "-", "'", "3", "\u060c "]
    low = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    s = data.draw(st.integers(0, len(low)))
    e = data.draw(st.integers(s, len(low)))
    expected = [(m.start(), m.end(), m.group("noun")) for m in g.partitive_part.finditer(low, s, e)]
    assert _casualties._partitives(g, low, s, e) == expected


def _old_acronym_words(acronym: str) -> re.Pattern[str]:
    letters = [rf"{re.escape(c)}[^\W\d_]*" for c in acronym]
    return re.compile(r"\b" + r"(?: +[^\W\d_]{1,4})*? +".join(letters) + r"\b")


@given(
    st.sampled_from(["PM", "SNA", "M", "É1", "&T", "A.B", "\u0416\u0416", "_X"]),
    st.lists(
        st.sampled_from([*"PMSNAéÉ &._-1x", "Polícia ", "Militar", "de ", "Nacional"]),
        max_size=30,
    ).map("".join),
    st.integers(0, 5),
)
def test_an_acronyms_words_open_on_its_first_letter(acronym: str, text: str, lo: int) -> None:
    new, old = _attribution._acronym_words(acronym), _old_acronym_words(acronym)
    found, expected = new.search(text, lo), old.search(text, lo)
    assert (found and found.span()) == (expected and expected.span())


def test_an_acronyms_words_on_the_fixtures() -> None:
    for text in _fixture_texts():
        for acronym in ("PM", "SNA", "SDF", "ONU", "\u0421\u0411\u0423", "PKK"):
            new, old = _attribution._acronym_words(acronym), _old_acronym_words(acronym)
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
