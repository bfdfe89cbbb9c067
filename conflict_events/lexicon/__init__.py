"""The language layer as data: every word the readers use, per language, in TOML files under
``conflict_events/data/lexicon/<language>/``, loaded once into an immutable :class:`Lexicon`.

Readers (dates, counts, casualties, attributions, events, datelines, names) compile their
grammars from a lexicon and cache them per lexicon object; pass a :class:`Lexicon` (or a
language code) to a reader to use other words.  ``docs/extending.md`` walks through adding a
phrase and adding a language.  :func:`detect_language` tells which of the languages with a
lexicon a text is written in, from the lexicons' own words; :func:`language_warning` says
when a text was read with the wrong lexicon, or is in a language that has none.
"""

from __future__ import annotations

from conflict_events.lexicon._detect import detect_language, language_warning
from conflict_events.lexicon._load import Lexicon, available_languages, load

__all__ = ["Lexicon", "available_languages", "detect_language", "language_warning", "load"]
