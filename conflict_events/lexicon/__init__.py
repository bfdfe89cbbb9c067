"""The language layer as data: every word the readers use, per language, in TOML files under
``conflict_events/data/lexicon/<language>/``, loaded once into an immutable :class:`Lexicon`.

Readers (dates, counts, casualties, attributions, events, datelines, names) compile their
grammars from a lexicon and cache them per lexicon object; pass a :class:`Lexicon` (or a
language code) to a reader to use other words.  ``docs/extending.md`` walks through adding a
phrase and adding a language.
"""

from __future__ import annotations

from conflict_events.lexicon._load import Lexicon, available_languages, load

__all__ = ["Lexicon", "available_languages", "load"]
