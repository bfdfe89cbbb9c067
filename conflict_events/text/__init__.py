"""The text layer under every reader: the one sentence segmenter, the one keyword index and
the acceleration helpers derived from the lexicon and the compiled patterns.

Internal: the parsers (``conflict_events.parse``) and the extractors
(``conflict_events.extract``) both import it, so it imports neither.
"""

from __future__ import annotations

from conflict_events.text._fold import has_re_folded
from conflict_events.text._keywords import (
    KeywordHits,
    Vocabulary,
    covering_stems,
    keyword_hits,
    literal_prefixes,
    re_case_variants,
    register,
)
from conflict_events.text._segment import (
    Span,
    ascii_folded,
    lower_same_length,
    sentence_at,
    sentences,
)

__all__ = [
    "KeywordHits",
    "Span",
    "Vocabulary",
    "ascii_folded",
    "covering_stems",
    "has_re_folded",
    "keyword_hits",
    "literal_prefixes",
    "lower_same_length",
    "re_case_variants",
    "register",
    "sentence_at",
    "sentences",
]
