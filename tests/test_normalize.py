"""Name normalisation: the keys names are matched on, and the text fold of the scanner."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.resolve._normalize import (
    acronym_key,
    arabic_key,
    fold_text,
    has_arabic,
    normalize_name,
    scan_keys,
)

# Spellings of one name that must share a key (written from reporting conventions).
SAME = [
    ("Hay'at Tahrir al-Sham", "Hayʼat Taḥrīr al-Shām"),
    ("Hay'at Tahrir al-Sham", "HAY’AT TAHRIR AL SHAM"),
    ("Hay'at Tahrir al-Sham", "Hayat Tahrir el-Sham"),
    ("Hay'at Tahrir al-Sham", "Hay`at Tahrir ash-Sham"),
    ("Jabhat al-Nusra", "Jabhat an-Nusra"),
    ("Jabhat al-Nusra", "jabhat al nusra"),
    ("Deir ez-Zor", "Deir al-Zor"),
    ("Ar Raqqah", "al-Raqqah"),
    ("Jisr ash-Shughur", "Jisr al Shughur"),
    ("Dar‘ā", "Dar'a"),
    ("Ma‘arrat al-Nu‘mān", "Maarrat al-Numan"),
    ("The Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("Free  Syrian\tArmy", "free syrian army"),
    ("Straße", "strasse"),
    ("Médecins Sans Frontières", "medecins sans frontieres"),
]

# Names that must keep different keys.
DIFFERENT = [
    ("Syrian National Council", "Syrian National Army"),
    ("Syrian National Coalition", "Syrian National Council"),
    ("Nusra Front", "al-Nusra Front"),  # the article is unified, not dropped
    ("as it is", "al it is"),  # English "as" before another letter stays
    ("Hama", "Hamas"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_distinct_names_keep_distinct_keys(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_normalised_key_shape() -> None:
    assert normalize_name("  Hay'at  Tahrir  al-Sham!! ") == "hayat tahrir al sham"
    assert normalize_name("") == ""
    assert normalize_name("—’“”") == ""
    assert normalize_name("the") == "the"  # a lone "the" is a name, not an article


def test_arabic_key_folds_only_arabic_features() -> None:
    plain = arabic_key("هيئة تحرير الشام")
    assert plain is not None
    assert arabic_key("هَيْئَة تَحْرِير الشَّام") == plain  # diacritics
    assert arabic_key("هيئه تحرير الشام") == plain  # ta marbuta written as ha
    assert arabic_key("هيئة تحريـــر الشام") == plain  # tatweel
    assert arabic_key("إدلب") == arabic_key("ادلب")  # alef with hamza
    assert arabic_key("حلب") != arabic_key("حماة")
    assert arabic_key("Aleppo") is None
    assert has_arabic("مدينة حلب")
    assert not has_arabic("Halab")


def test_arabic_names_also_have_a_latin_key() -> None:
    assert normalize_name("حلب") == "hlb"
    assert normalize_name("حَلَب") == "hlb"  # vowel marks are dropped, not transliterated


def test_acronym_key_keeps_case() -> None:
    assert acronym_key("U.N.") == "UN"
    assert acronym_key("H.T.S.") == "HTS"
    assert acronym_key("hts") == "hts"


def test_scan_keys_cover_article_and_apostrophe_variants() -> None:
    keys = scan_keys("Hay'at Tahrir al-Sham")
    assert {"hay at tahrir al sham", "hayat tahrir al sham", "hayat tahrir ash sham"} <= keys
    assert "u s  government" in scan_keys("U.S. government")  # as folded text has it
    assert scan_keys("!!!") == set()


@given(st.text())
def test_normalisation_is_idempotent(name: str) -> None:
    key = normalize_name(name)
    assert normalize_name(key) == key


@given(st.text())
def test_normalised_keys_are_lowercase_ascii_words(name: str) -> None:
    key = normalize_name(name)
    assert key == " ".join(key.split())
    assert all(c.isascii() and (c.isalnum() or c == " ") and not c.isupper() for c in key)


@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF)))
def test_fold_maps_every_span_back_inside_the_original(text: str) -> None:
    folded = fold_text(text)
    size = len(folded.text)
    last = 0
    for start in range(size + 1):
        original_start, original_end = folded.original_span(start, size)
        assert 0 <= original_start <= original_end <= len(text)
        assert original_start >= last  # monotone
        last = original_start


def test_fold_spans_recover_the_original_words() -> None:
    text = "Straße — Hay’at Taḥrīr al-Shām (هيئة تحرير الشام) entered Ḥalab."
    folded = fold_text(text)
    for word, original in [
        ("halab", "Ḥalab"),
        ("hay at tahrir al sham", "Hay’at Taḥrīr al-Shām"),
        ("strasse", "Straße"),
    ]:
        start = folded.text.index(word)
        s, e = folded.original_span(start, start + len(word))
        assert text[s:e] == original


def test_scan_keys_do_not_depend_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    code = (
        "from conflict_events.resolve._normalize import scan_keys\n"
        'print(sorted(scan_keys("Hay\'at Tahrir al-Sham")))'
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
