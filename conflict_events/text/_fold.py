"""Case folding as ``re.IGNORECASE`` does it, for the fast paths that read lower-cased text."""

from __future__ import annotations

from typing import Final

__all__ = ["has_re_folded"]

# The letters an re.IGNORECASE pattern equates with an ASCII letter that str.lower() does not
# turn into it (see conflict_events.text._segment._RE_FOLDS).
_RE_FOLDED: Final = ("\u0130", "\u0131", "\u017f", "\u212a")


def has_re_folded(text: str) -> bool:
    """Whether ``text`` has a letter that an ``re.IGNORECASE`` pattern reads as an ASCII
    letter but the lower-cased keyword pass does not ("ſ", "ı", "İ", the Kelvin sign): then a
    pattern may match where the keyword pass found no word, and no search may be skipped.

    >>> has_re_folded("killed"), has_re_folded("\u212ailled")
    (False, True)
    """
    # four substring tests (memchr-fast) beat one character-class search by far
    return not text.isascii() and any(c in text for c in _RE_FOLDED)
