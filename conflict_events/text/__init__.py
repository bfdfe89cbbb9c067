"""The text layer under every reader: the one sentence segmenter, the one keyword index and
the acceleration helpers derived from the lexicon and the compiled patterns.

Internal: the parsers (``conflict_events.parse``) and the extractors
(``conflict_events.extract``) both import it, so it imports neither.
"""

from __future__ import annotations

from conflict_events.text._segment import (
    KeywordIndex,
    Span,
    ascii_folded,
    lower_same_length,
    sentence_at,
    sentences,
)

__all__ = [
    "KeywordIndex",
    "Span",
    "ascii_folded",
    "lower_same_length",
    "sentence_at",
    "sentences",
]
