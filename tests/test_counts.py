"""parse_count: numerals, number words, qualifiers, vague words, errors; properties."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflict_events import Count, CountParseError, CountQualifier, parse_count
from conflict_events.parse._counts import COUNT_PHRASE_RE, VAGUE_RANGES, count_or_none

Q = CountQualifier

# (text, low, high, qualifier, figure) -- each worked out by hand from docs/counts.md
CASES = [
    # plain numbers
    ("four", 4, 4, Q.EXACT, 4),
    ("28", 28, 28, Q.EXACT, 28),
    ("14,000", 14_000, 14_000, Q.EXACT, 14_000),
    ("1,250,000", 1_250_000, 1_250_000, Q.EXACT, 1_250_000),
    ("2 million", 2_000_000, 2_000_000, Q.EXACT, 2_000_000),
    ("2.5 million", 2_500_000, 2_500_000, Q.EXACT, 2_500_000),
    ("a dozen", 12, 12, Q.EXACT, 12),
    ("two dozen", 24, 24, Q.EXACT, 24),
    ("half a dozen", 6, 6, Q.EXACT, 6),
    ("half a million", 500_000, 500_000, Q.EXACT, 500_000),
    ("a hundred", 100, 100, Q.EXACT, 100),
    ("twenty-eight", 28, 28, Q.EXACT, 28),
    ("twenty eight", 28, 28, Q.EXACT, 28),
    ("one hundred and eighty-three", 183, 183, Q.EXACT, 183),
    ("three thousand four hundred", 3_400, 3_400, Q.EXACT, 3_400),
    ("one million two hundred thousand", 1_200_000, 1_200_000, Q.EXACT, 1_200_000),
    ("fifteen hundred", 1_500, 1_500, Q.EXACT, 1_500),
    ("zero", 0, 0, Q.EXACT, 0),
    ("  Four  ", 4, 4, Q.EXACT, 4),
    # qualifiers (docs/design.md#counts)
    ("over 320", 320, None, Q.MORE_THAN, 320),
    ("more than 300", 300, None, Q.MORE_THAN, 300),
    ("Over 300", 300, None, Q.MORE_THAN, 300),
    ("upwards of 50", 50, None, Q.MORE_THAN, 50),
    ("at least 20", 20, None, Q.AT_LEAST, 20),
    ("no fewer than 9", 9, None, Q.AT_LEAST, 9),
    ("12 or more", 12, None, Q.AT_LEAST, 12),
    ("300+", 300, None, Q.AT_LEAST, 300),
    ("300-plus", 300, None, Q.AT_LEAST, 300),
    ("up to 50", None, 50, Q.AT_MOST, 50),
    ("as many as 70", None, 70, Q.AT_MOST, 70),
    ("fewer than 10", None, 9, Q.AT_MOST, 10),
    ("less than a hundred", None, 99, Q.AT_MOST, 100),
    ("nearly a million", None, 1_000_000, Q.APPROXIMATELY, 1_000_000),
    ("almost 40", None, 40, Q.APPROXIMATELY, 40),
    ("about 50", 50, 50, Q.APPROXIMATELY, 50),
    ("around 1,000", 1_000, 1_000, Q.APPROXIMATELY, 1_000),
    ("some 300", 300, 300, Q.APPROXIMATELY, 300),
    ("an estimated 1,500", 1_500, 1_500, Q.APPROXIMATELY, 1_500),
    ("approx. 50", 50, 50, Q.APPROXIMATELY, 50),
    ("~50", 50, 50, Q.APPROXIMATELY, 50),
    ("40 or so", 40, 40, Q.APPROXIMATELY, 40),
    # ranges
    ("between 10 and 15", 10, 15, Q.RANGE, None),
    ("between 15 and 10", 10, 15, Q.RANGE, None),
    ("between 1 and 2 million", 1_000_000, 2_000_000, Q.RANGE, None),
    ("between 10,000 and 15,000", 10_000, 15_000, Q.RANGE, None),
    ("10-15", 10, 15, Q.RANGE, None),
    ("10 to 15", 10, 15, Q.RANGE, None),
    ("two or three", 2, 3, Q.RANGE, None),
    ("from 20 to 30", 20, 30, Q.RANGE, None),
    ("at least 10-15", 10, None, Q.AT_LEAST, None),
    # vague words with documented ranges
    ("dozens", 24, 99, Q.VAGUE, None),
    ("hundreds", 200, 999, Q.VAGUE, None),
    ("thousands", 2_000, 9_999, Q.VAGUE, None),
    ("several", 3, 9, Q.VAGUE, None),
    ("a few", 2, 5, Q.VAGUE, None),
    ("a handful", 2, 5, Q.VAGUE, None),
    ("scores", 40, 99, Q.VAGUE, None),
    ("tens of thousands", 20_000, 99_999, Q.VAGUE, None),
    ("hundreds of thousands", 200_000, 999_999, Q.VAGUE, None),
    ("millions", 2_000_000, 9_999_999, Q.VAGUE, None),
    ("several hundred", 300, 999, Q.VAGUE, None),
    ("a few thousand", 2_000, 5_999, Q.VAGUE, None),
    ("several dozen", 36, 119, Q.VAGUE, None),
    ("more than a dozen", 12, None, Q.MORE_THAN, 12),
    ("at least dozens", 24, None, Q.AT_LEAST, None),
    ("up to hundreds", None, 999, Q.AT_MOST, None),
]


@pytest.mark.parametrize(("text", "low", "high", "qualifier", "figure"), CASES)
def test_parse_count(
    text: str, low: int | None, high: int | None, qualifier: Q, figure: int | None
) -> None:
    count = parse_count(text)
    assert (count.low, count.high, count.qualifier, count.figure) == (low, high, qualifier, figure)
    assert count.text == text.strip()


def test_vague_table_is_the_documented_one() -> None:
    assert VAGUE_RANGES["dozens"] == (24, 99)
    assert VAGUE_RANGES["hundreds"] == (200, 999)
    assert VAGUE_RANGES["several"] == (3, 9)
    assert all(lo <= hi for lo, hi in VAGUE_RANGES.values())


# (text, the part the caret must point at)
ERRORS = [
    ("banana", "banana"),
    ("the 45th", "the"),
    ("1.5", "1.5"),
    ("twenty twenty", "twenty"),
    ("300 300", "300"),
    ("hundred", "hundred"),
    ("a", "a"),
    ("over", ""),
    ("45th", "th"),
    ("12%", "%"),
    ("between 10 or 15", "or"),
    ("fewer than 0", "fewer than 0"),
    ("over 3 or more", "over 3 or more"),
    ("9" * 40, "9" * 40),
]


@pytest.mark.parametrize(("text", "bad"), ERRORS)
def test_not_a_count_raises_with_caret(text: str, bad: str) -> None:
    with pytest.raises(CountParseError) as info:
        parse_count(text)
    err = info.value
    assert err.text == text
    assert text[err.start : err.end] == bad or (bad == "" and err.start == len(text))
    assert repr(text) in str(err)
    assert "^" in str(err)
    assert count_or_none(text) is None


def test_empty_text_raises() -> None:
    with pytest.raises(CountParseError, match="empty"):
        parse_count("")
    with pytest.raises(CountParseError):
        parse_count("   ")


def test_non_string_is_a_type_error() -> None:
    # the one rule for argument types across the API: text that is not a str is a TypeError
    with pytest.raises(TypeError, match="text must be a str, got int"):
        parse_count(12)  # type: ignore[arg-type]


def test_count_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not a count"):
        parse_count("banana")


# --- properties ---------------------------------------------------------------------------

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_1000(n: int) -> str:
    # An independent spelling of n (1 <= n <= 999) in words, for the round-trip property.
    words = []
    if n >= 100:
        words.append(f"{_UNITS[n // 100]} hundred")
        n %= 100
        if n:
            words.append("and")
    if 10 <= n < 20:
        words.append(_TEENS[n - 10])
    elif n >= 20:
        words.append(_TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_UNITS[n])
    return " ".join(words)


def _in_words(n: int) -> str:
    parts = []
    for scale, name in ((1_000_000, "million"), (1_000, "thousand")):
        if n >= scale:
            parts.append(f"{_below_1000(n // scale)} {name}")
            n %= scale
    if n:
        parts.append(_below_1000(n))
    return " ".join(parts)


@given(st.integers(min_value=1, max_value=999_999_999))
def test_number_words_round_trip(n: int) -> None:
    assert parse_count(_in_words(n)) == Count.exact(n, text=_in_words(n))


@given(st.integers(min_value=0, max_value=10**12))
def test_numerals_round_trip(n: int) -> None:
    assert parse_count(str(n)).figure == n
    assert parse_count(f"{n:,}").figure == n


@given(st.text(max_size=60))
def test_never_raises_anything_else(text: str) -> None:
    count = count_or_none(text)
    if count is None:
        with pytest.raises(CountParseError) as info:
            parse_count(text)
        assert 0 <= info.value.start <= info.value.end <= len(text)
    else:
        assert parse_count(text) == count
        assert count.low is None or count.high is None or count.low <= count.high


_PHRASE_PARTS = st.sampled_from(
    ["over", "at", "least", "between", "and", "a", "dozen", "dozens", "of", "hundreds",
     "thousands", "tens", "several", "few", "up", "to", "nearly", "12", "1,500", "2.5",
     "million", "twenty", "-", "eight", "or", "more", "+", "about", "half", "fewer", "than"]
)  # fmt: skip


@example(["several", "million", "million", "million"])
@given(st.lists(_PHRASE_PARTS, max_size=8))
def test_count_like_text_never_breaks_the_bounds(parts: list[str]) -> None:
    text = " ".join(parts)
    count = count_or_none(text)
    if count is not None:
        assert count.low is None or count.high is None or count.low <= count.high
        assert count.low is not None or count.high is not None
        assert count.text == text.strip()


def test_a_vague_word_past_the_largest_count_is_a_count_error() -> None:
    # the vague word's range times its scales passes the model's bound: refused as a count,
    # quoting the input, never the model's validation error
    assert count_or_none("several thousand billion billion") is None
    with pytest.raises(CountParseError, match="too large"):
        parse_count("a few million million million")
    assert count_or_none("several million million") is not None


def test_long_adversarial_input_is_rejected() -> None:
    # Linear-time by construction (one token pass, no backtracking); these must return.
    for text in ("9," * 50_000, "twenty " * 20_000, "a " * 30_000, "." * 100_000):
        assert count_or_none(text) is None


def test_count_phrase_regex_finds_phrases_in_running_text() -> None:
    text = (
        "At least 27 people died; between 10 and 15 were hurt, tens of thousands fled and "
        "twenty-eight were taken, in 2016, on the 45th day, 12km away, 30% of them."
    )
    found = [m.group() for m in COUNT_PHRASE_RE.finditer(text)]
    assert found == [
        "At least 27",
        "between 10 and 15",
        "tens of thousands",
        "twenty-eight",
        "2016",
    ]
