"""Name normalisation: the keys that actor and place names are matched on.

Three keys are derived from a name (docs/design.md#resolution, docs/names.md):

* :func:`normalize_name` — the main key.  Case-folded, transliterated to ASCII with
  ``anyascii`` (so "Hayʼat Taḥrīr al-Shām", "HAY'AT TAHRIR AL-SHAM" and "هيئة تحرير الشام" all
  become Latin letters), apostrophes (' ’ ʼ ʿ ʾ ‘ `) dropped, hyphens, dashes and other
  punctuation turned into single spaces, the Arabic article unified ("al-", "al ", "el-",
  "el " and the assimilated "ash-Sham", "ar-Raqqa", "an-Nusra" all become "al "), and leading
  "the" dropped.  It is idempotent.
* :func:`arabic_key` — for names written in Arabic script: only Arabic-specific folding
  (diacritics and tatweel removed, alef forms, alef maqsura, ta marbuta and hamza seats
  unified), so an exact Arabic match does not depend on a lossy transliteration.
* :func:`acronym_key` — for acronyms: dots and whitespace removed, case kept ("U.N." -> "UN").

:func:`fold_text` folds running text the same way character by character while keeping a
map back to the original offsets, for the mention scanner.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import cast

from conflict_events.resolve._words import english, leading_articles_pattern

__all__ = [
    "FoldedText",
    "acronym_key",
    "arabic_key",
    "fold_text",
    "has_arabic",
    "normalize_name",
    "scan_keys",
]

# Apostrophe-like characters: ASCII ' and `, ’ ‘ ‛ ′, and the modifier letters used for
# hamza and ayn in transliterations (ʼ ʾ ʿ ʻ ʽ) and the acute accent used for them (´).
_APOSTROPHES = "'`\u2019\u2018\u201b\u2032\u02bc\u02be\u02bf\u02bb\u02bd\u00b4"

# Arabic: harakat, Quranic marks and tatweel are dropped; alef forms, alef maqsura, ta
# marbuta and the hamza seats are unified (the usual light normalisation of Arabic search).
_ARABIC_DROP = {
    *range(0x064B, 0x0660),  # fathatan .. hamza below
    0x0670,  # superscript alef
    *range(0x06D6, 0x06EE),  # Quranic annotation signs
    0x0640,  # tatweel
}
_ARABIC_UNIFY = {
    "\u0623": "\u0627",  # alef with hamza above -> alef
    "\u0625": "\u0627",  # alef with hamza below -> alef
    "\u0622": "\u0627",  # alef with madda -> alef
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u0629": "\u0647",  # ta marbuta -> ha
    "\u0624": "\u0648",  # waw with hamza -> waw
    "\u0626": "\u064a",  # ya with hamza -> ya
    "\u06cc": "\u064a",  # Farsi ya -> ya
    "\u06a9": "\u0643",  # keheh -> kaf
}
# Cyrillic letters that spellings of one name trade (Фёдоров / Федоров, Синєгубов /
# Синегубов, Ґ / Г, Київ / Киів): folded to one letter before transliteration.
_CYRILLIC_UNIFY = {
    "\u0451": "\u0435",  # ё -> е
    "\u0401": "\u0415",  # Ё -> Е
    "\u0454": "\u0435",  # є -> е
    "\u0404": "\u0415",  # Є -> Е
    "\u0457": "\u0456",  # ї -> і
    "\u0407": "\u0406",  # Ї -> І
    "\u0491": "\u0433",  # ґ -> г
    "\u0490": "\u0413",  # Ґ -> Г
}
_ARABIC_TABLE: dict[int, str | None] = {
    **dict.fromkeys(_ARABIC_DROP),
    **{ord(k): v for k, v in _ARABIC_UNIFY.items()},
}
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# ASCII letters lowercased, digits kept, apostrophes dropped, everything else a space.
_ASCII_NAME_TABLE = {
    code: (chr(code).lower() if chr(code).isalnum() else None if chr(code) in "'`" else " ")
    for code in range(128)
}
_SPACES = re.compile(r"\s+")
# The assimilated Arabic article: "ash shaykh", "ar raqqa", "an nusra", "ez zor" -> "al ...".  Only
# when the next word starts with the same consonant, so English "as", "at", "an" stay.
_SUN_ARTICLE = re.compile(r"\b[ae](th|dh|sh|t|d|r|z|s|n) (?=\1)")
_EL_ARTICLE = re.compile(r"\bel\b")
_SUN_LETTERS = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n")
# Every written form of the article that scan_keys varies: "al", "el" and the assimilated
# "ash", "ez"... (derived from the sun letters, so that the two cannot disagree).
_ARTICLE_FORMS = frozenset(["al", "el", *(v + sun for sun in _SUN_LETTERS for v in "ae")])
# The leading articles a key drops ("the"), from the English lexicon: every registry and
# gazetteer matches on the same key, whatever lexicon its mention rules read.
_LEADING_ARTICLES = leading_articles_pattern(english().leading_articles)


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """One character folded to lowercase ASCII; apostrophe-likes become ``'``, other
    punctuation and spaces become ``" "``, combining marks vanish."""
    if char in _APOSTROPHES:
        return "'"
    code = ord(char)
    if code < 128:
        if char.isalnum():
            return char.lower()
        return " "
    if code in _ARABIC_DROP:
        return ""
    char = _ARABIC_UNIFY.get(char, char)
    char = _CYRILLIC_UNIFY.get(char, char)
    decomposed = "".join(
        c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
    )
    if not decomposed:
        return ""
    if not decomposed.isascii():
        if unicodedata.category(decomposed[0])[0] in "ZPS" and len(decomposed) == 1:
            return " "
        from anyascii import anyascii  # imported by the first text that needs it

        decomposed = anyascii(decomposed)
    out = []
    for c in decomposed:
        if c in _APOSTROPHES:
            out.append("'")
        elif c.isascii() and c.isalnum():
            out.append(c.lower())
        else:
            out.append(" ")
    return "".join(out)


def has_arabic(text: str) -> bool:
    """Whether ``text`` contains Arabic script.

    >>> has_arabic("حلب"), has_arabic("Aleppo")
    (True, False)
    """
    return _ARABIC_RE.search(text) is not None


def normalize_name(name: str) -> str:
    """The main matching key of a name: case-folded ASCII words separated by single spaces.

    Transliterates with ``anyascii``, drops apostrophes, turns punctuation into spaces,
    unifies the Arabic article and drops leading articles ("the", from the lexicon's
    ``names.key.leading_articles``).  ``normalize_name(normalize_name(x))
    == normalize_name(x)`` for every string.

    >>> normalize_name("Hayʼat Taḥrīr al-Shām")
    'hayat tahrir al sham'
    >>> normalize_name("HAY'AT TAHRIR EL-SHAM") == normalize_name("Hay’at Tahrir ash-Sham")
    True
    >>> normalize_name("Jabhat an-Nusra")
    'jabhat al nusra'
    >>> normalize_name("  The  Syrian Observatory for Human Rights. ")
    'syrian observatory for human rights'
    """
    if not isinstance(name, str):
        raise TypeError(f"a name must be a string, got {type(name).__name__}")
    if not name.isascii():
        name = name.translate(_NAME_TABLE)
        if not name.isascii():
            name = "".join(c if c.isascii() else _fold_char(c) for c in name)
    key = " ".join(name.translate(_ASCII_NAME_TABLE).split())
    if " " in key:
        key = _EL_ARTICLE.sub("al", key)
        key = _SUN_ARTICLE.sub("al ", key)
        # One match for the whole run of leading articles ("the the ... x"): linear, where
        # slicing one article off at a time was quadratic in the run's length.
        leading = _LEADING_ARTICLES.match(key)
        if leading is not None:
            key = key[leading.end() :]
    elif key == "el":
        key = "al"
    return key


def arabic_key(name: str) -> str | None:
    """The Arabic-script key of ``name``, or None when it has no Arabic letters.

    Diacritics and tatweel are removed; alef forms, alef maqsura, ta marbuta and hamza seats
    are unified; punctuation becomes single spaces.

    >>> arabic_key("هَيْئَة تحرير الشّام") == arabic_key("هيئه تحرير الشام")
    True
    >>> arabic_key("Aleppo") is None
    True
    """
    if not has_arabic(name):
        return None
    key = name.translate(_ARABIC_TABLE).lower()
    key = re.sub(r"[\W_]+", " ", key).strip()
    # The article: "المرصد" and "مرصد" are one name, and so are "للمرصد" (li- + al-) and
    # "المرصد"; a word is kept whole when too little would be left.
    key = _ARABIC_ARTICLE.sub("", key)
    return key or None


# "ال" (al-) or "لل" (li- + al-) at the start of an Arabic word of at least three more letters.
_ARABIC_ARTICLE = re.compile("(?<![^\\s])(?:\u0627\u0644|\u0644\u0644)(?=[\u0600-\u06ff]{3})")


def acronym_key(name: str) -> str:
    """The key of an acronym: dots and whitespace removed, case kept.

    >>> acronym_key("U.N."), acronym_key("H T S"), acronym_key("hts")
    ('UN', 'HTS', 'hts')
    """
    return _SPACES.sub("", name).replace(".", "")


# ---------------------------------------------------------------------------------------
# Running text


# Latin, IPA and modifier letters, combining marks, Greek, Cyrillic, Hebrew, Arabic, Latin
# Extended Additional, general punctuation.
_TEXT_BLOCKS = (
    range(0x80, 0x530),
    range(0x0590, 0x0780),
    range(0x1E00, 0x1F00),
    range(0x2000, 0x2070),
)


def _build_text_table() -> dict[int, str]:
    # Every character whose fold is exactly one ASCII character is translated in C by
    # str.translate; only the rest (ß, Arabic digraphs, combining marks...) need Python.
    # In running text an apostrophe is a space: "Assad's" is "assad s", "Hay'at" "hay at".
    table: dict[int, str] = {}
    for block in (range(0x80), *_TEXT_BLOCKS):
        for code in block:
            folded = _fold_char(chr(code)).replace("'", " ")
            if len(folded) == 1:
                table[code] = folded
    return table


def _build_name_table() -> dict[int, str]:
    # normalize_name folds most non-ASCII names in one str.translate call (in C); the
    # characters outside these blocks go through _fold_char one by one.
    table: dict[int, str] = {}
    for block in _TEXT_BLOCKS:
        for code in block:
            table[code] = _fold_char(chr(code))
    return table


def _plain_tables(data: object) -> bool:
    return (
        isinstance(data, tuple)
        and len(data) == 2
        and all(
            isinstance(table, dict)
            and all(type(k) is int and type(v) is str for k, v in table.items())
            for table in data
        )
    )


def _fold_tables() -> tuple[dict[int, str], dict[int, str]]:
    """The running-text and the name translation tables, kept in the on-disk cache
    (:mod:`conflict_events._cache`) between processes: folding some 2,600 characters with
    unicodedata and anyascii was a tenth of a new process's imports.  The key is this
    module's source, Unicode's version and anyascii's (what :func:`_fold_char` reads).

    >>> text, name = _fold_tables()
    >>> text[ord("é")], name[ord("ش")]
    ('e', 'sh')
    """
    from pathlib import Path

    from conflict_events import _cache

    def build() -> tuple[dict[int, str], dict[int, str]]:
        return _build_text_table(), _build_name_table()

    try:
        source = Path(__file__).read_bytes()
    except OSError:  # not readable as a file (a zip import): no cache
        return build()
    parts: list[bytes | str] = [
        "fold tables 1",
        source,
        unicodedata.unidata_version,
        _cache.installed_version("anyascii"),
    ]
    found = _cache.cached_data("fold-tables", _cache.content_key(parts), build, check=_plain_tables)
    text, name = cast("tuple[dict[int, str], dict[int, str]]", found)
    return text, name


_TEXT_TABLE, _NAME_TABLE = _fold_tables()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# ASCII text (the common case) folds through bytes.translate, at hundreds of MB/s.
_BYTES_TABLE = bytes(ord(_TEXT_TABLE[code]) for code in range(128)) + b" " * 128
# Typographic characters common in news, folded one for one before the ASCII check.
_TYPOGRAPHIC = tuple((c, _TEXT_TABLE[ord(c)]) for c in "\u2019\u2018\u201c\u201d\u2013\u2014\u00a0")


def _belongs_to_touching_word(char: str) -> bool:
    """A character that folds to no letter but is part of the word it touches: a vowel
    mark, tatweel or combining accent (folds to nothing), or a letter whose ASCII form is
    only an apostrophe (Arabic ain and hamza: "السريع" folds to "lsry " in running text)."""
    if char.isascii():
        return False
    folded = _fold_char(char)
    return folded == "" or (char.isalpha() and not any(c.isalnum() for c in folded))


class FoldedText:
    """Running text folded for scanning, with a map back to the original offsets.

    The fold is one character for one character except for characters whose ASCII form is
    longer or empty ("ß" -> "ss", "ش" -> "sh", a combining accent -> ""); those are recorded
    as segments and :meth:`original_span` maps through them.

    >>> folded = fold_text("Straße to Ḥalab")
    >>> folded.text
    'strasse to halab'
    >>> start, end = folded.original_span(11, 16)
    >>> "Straße to Ḥalab"[start:end]
    'Ḥalab'
    """

    __slots__ = ("_new_ends", "_new_starts", "_old_ends", "_old_starts", "original", "text")

    def __init__(self, original: str, text: str, segments: list[tuple[int, int, int, int]]):
        self.original = original
        self.text = text
        self._new_starts = [s[0] for s in segments]
        self._new_ends = [s[1] for s in segments]
        self._old_starts = [s[2] for s in segments]
        self._old_ends = [s[3] for s in segments]

    def _start(self, pos: int) -> int:
        i = bisect.bisect_right(self._new_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self._new_ends[i]:
            return self._old_starts[i]
        return self._old_ends[i] + (pos - self._new_ends[i])

    def _end(self, pos: int) -> int:
        i = bisect.bisect_left(self._new_starts, pos) - 1
        if i < 0:
            return pos
        if pos <= self._new_ends[i]:
            return self._old_ends[i]
        return self._old_ends[i] + (pos - self._new_ends[i])

    @property
    def has_segments(self) -> bool:
        """Whether any character folded to more or fewer than one (else offsets agree)."""
        return bool(self._new_starts)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that folded into ``text[start:end]``."""
        if not self._new_starts:
            return start, end
        original_start = self._start(start)
        original_end = max(original_start, self._end(end))
        # Characters that fold to no letter (an initial alef, vowel marks, tatweel, combining
        # accents, an ain or hamza at a name's edge) belong to the word they touch: the span
        # takes them in.
        text = self.original
        while original_start > 0 and _belongs_to_touching_word(text[original_start - 1]):
            original_start -= 1
        while original_end < len(text) and _belongs_to_touching_word(text[original_end]):
            original_end += 1
        return original_start, original_end


def fold_text(text: str) -> FoldedText:
    """Fold running text for the mention scanner: lowercase ASCII letters and digits, every
    other character (apostrophes included) a space.

    >>> fold_text("Hay’at Tahrir al-Sham's “fighters”").text
    'hay at tahrir al sham s  fighters '
    """
    plain = text
    for char, replacement in _TYPOGRAPHIC:
        if char in plain:
            plain = plain.replace(char, replacement)
    if plain.isascii():
        return FoldedText(text, plain.encode("ascii").translate(_BYTES_TABLE).decode(), [])
    folded = plain.translate(_TEXT_TABLE)
    segments: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    last = 0
    new_pos = 0
    for match in _NON_ASCII.finditer(folded):
        old = match.start()
        pieces.append(folded[last:old])
        new_pos += old - last
        replacement = _fold_char(match.group()).replace("'", " ")
        pieces.append(replacement)
        if len(replacement) != 1:
            segments.append((new_pos, new_pos + len(replacement), old, old + 1))
        new_pos += len(replacement)
        last = old + 1
    pieces.append(folded[last:])
    return FoldedText(text, "".join(pieces), segments)


def _folded(text: str) -> str:
    """``fold_text(text).text``, without the map back to the original offsets (the keys
    of a name need only the text)."""
    if text.isascii():
        return text.encode("ascii").translate(_BYTES_TABLE).decode()
    return fold_text(text).text


def scan_keys(name: str, *, limit: int = 8) -> set[str]:
    """The keys under which the mention scanner finds ``name`` in folded text: the folded
    name, the same without apostrophes, and its Arabic-article variants ("al nusra",
    "an nusra", "el nusra"), at most ``limit`` of them for each of those forms.

    >>> sorted(scan_keys("Jabhat al-Nusra"))
    ['jabhat al nusra', 'jabhat an nusra', 'jabhat el nusra', 'jabhat en nusra']
    >>> sorted(scan_keys("Hay'at"))
    ['hay at', 'hayat']
    """
    raw = _folded(name).strip()
    base = " ".join(raw.split())
    if not base:
        return set()
    # The collapsed form, the form as written ("U.S. forces" folds to "u s  forces" in
    # text too), and the name without its apostrophes ("Hay'at" written "Hayat").
    # A list, not a set: the order decides which variants the limit keeps, and it must not
    # depend on the interpreter's string-hash seed.
    forms = [base, raw]
    spelled = name.translate(_NAME_TABLE)
    if "'" in spelled or "`" in spelled:
        without = spelled.replace("'", "").replace("`", "")
        forms.append(" ".join(_folded(without).split()))
    forms = list(dict.fromkeys(forms))
    keys: set[str] = set()
    for form in forms:
        tokens = form.split(" ")
        if _ARTICLE_FORMS.isdisjoint(tokens):
            keys.add(form)  # no article: the form is its only variant
            continue
        options: list[list[str]] = []
        for i, token in enumerate(tokens):
            if token not in _ARTICLE_FORMS:
                options.append([token])
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            choices = [token]
            sun = next((s for s in _SUN_LETTERS if nxt.startswith(s)), None)
            assimilated = sun is not None and token in ("a" + sun, "e" + sun)
            if token in ("al", "el") or assimilated:
                alternatives = ["al", "el"]
                if sun is not None:
                    alternatives += ["a" + sun, "e" + sun]
                choices += [c for c in alternatives if c != token]  # as written first
            options.append(choices)
        variants: list[list[str]] = [[]]
        for choices in options:
            variants = [[*v, c] for v in variants for c in choices][: limit * 4]
        # each form keeps its own first ``limit`` variants, the form as written first
        keys.update(" ".join(variant) for variant in variants[:limit])
    return keys
