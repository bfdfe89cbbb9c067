"""Mention: where a known name occurs in a text."""

from __future__ import annotations

import attrs

__all__ = ["Mention"]


@attrs.frozen(kw_only=True)
class Mention:
    """A name found in text: the words as written, their character span (``text[start:end]``),
    and the id of the entity they name (an actor id, or a place's gazetteer id)."""

    text: str
    start: int
    end: int
    entity_id: str
