"""The table of letters re.IGNORECASE folds onto ASCII letters (text._keywords, read by
``re_case_variants`` and ``case_blind_firsts``) is what re itself does, over every code point."""

from __future__ import annotations

import re
import string
import sys

import pytest

from conflict_events.text import _keywords


@pytest.mark.slow
def test_the_fold_table_is_re_s_own() -> None:
    found: dict[str, str] = {}
    for letter in string.ascii_lowercase:
        pattern = re.compile(letter, re.IGNORECASE)
        partners = "".join(
            c for c in map(chr, range(128, sys.maxunicode + 1)) if pattern.fullmatch(c)
        )
        if partners:
            found[letter] = partners
    assert found == _keywords._RE_FOLD_PARTNERS
