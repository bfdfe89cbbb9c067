"""In-text definitions of actor acronyms, and armed-group names no registry knows.

News defines the acronyms it will use: "the Rapid Support Forces (RSF)", "Forces de soutien
rapide (FSR)", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)".  :func:`find_definitions`
finds them; :meth:`ActorRegistry.with_definitions
<conflict_events.resolve.ActorRegistry.with_definitions>` and ``find_mentions(text,
definitions=True)`` make the acronym a name for the rest of the text.
:func:`find_unresolved_actors` reports the capitalised names with an armed-group head word
("Lions of the Savanna Front") that the registry does not know, with their spans.

The matching rules are in docs/names.md ("In-text definitions"); every word they use comes
from the lexicon table ``names.actors`` (``definitions``, ``unresolved``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Protocol

import attrs

from conflict_events.lexicon import Lexicon, load
from conflict_events.resolve._mention import Mention
from conflict_events.resolve._normalize import normalize_name
from conflict_events.resolve._words import name_words
from conflict_events.text._accel import pattern_for

__all__ = ["Definition", "UnresolvedActor", "find_definitions", "find_unresolved_actors"]

# Structure, not words: a parenthesised acronym, and the words of a name (letters, digits,
# apostrophes and hyphens inside).
_PAREN = re.compile(r"\(\s*([^\s()]{2,15})\s*\)")
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
# What ends the stretch of text a definition's name may come from.
_NAME_STOP = re.compile(r"[.,;:!?()\[\]\"“”\n]")
# A possessive ("Assad's Syrian Arab Army") belongs to the word before the name.
_POSSESSIVE = ("'s", "’s")
_ACRONYM_CHARS = re.compile(r"[\w\-/&.'’]+")


@attrs.frozen(kw_only=True)
class Definition:
    """An acronym defined in text: ``name (acronym)``; ``start`` / ``end`` span the name,
    ``acronym_start`` / ``acronym_end`` the acronym inside the parentheses."""

    name: str
    acronym: str
    start: int
    end: int
    acronym_start: int
    acronym_end: int


@attrs.frozen(kw_only=True)
class UnresolvedActor:
    """A capitalised name with an armed-group head word that no registry knows:
    ``text[start:end]``, and the head word it holds."""

    text: str
    start: int
    end: int
    head: str


class _Registry(Protocol):
    """What :func:`find_unresolved_actors` asks of a registry (an
    :class:`~conflict_events.resolve.ActorRegistry`)."""

    @property
    def lexicon(self) -> Lexicon: ...

    def find_mentions(self, text: str) -> list[Mention]: ...

    def _lookup_exact(self, name: str) -> str | None: ...

    def _first_words(self) -> frozenset[str]: ...


@attrs.frozen
class _Grammar:
    function_words: frozenset[str]
    joined_prefixes: frozenset[str]
    head_words: frozenset[str]
    leading: frozenset[str]  # words stripped from the front of a candidate name


# The tables whose words are a language's common words (not names): a capitalised one of
# them opening a sentence is capitalised for the sentence, not for a name.
_COMMON_TABLES = ("casualties", "events", "attribution", "counts", "dates", "calendar")
_ONE_WORD = re.compile(r"[^\W\d_]+")


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif hasattr(value, "values"):
        for item in value.values():
            yield from _strings(item)


@functools.cache
def _common_words(lexicon: Lexicon) -> frozenset[str]:
    """The one-word entries of ``lexicon``'s word tables (victim nouns, verbs, hedges, time
    words...), lower-cased, without the armed-group head words: derived, never listed."""
    heads = _grammar(name_lexicon(lexicon)).head_words
    words = {
        w.lower()
        for table in _COMMON_TABLES
        if table in lexicon.tables
        for w in _strings(lexicon.tables[table])
        if _ONE_WORD.fullmatch(w)
    }
    return frozenset(words - heads)


def name_lexicon(lexicon: Lexicon) -> Lexicon:
    """``lexicon`` when it has a names table of its own, else the English one (whose names
    table lists the name words of every language, docs/languages.md)."""
    return lexicon if lexicon.has("names.actors") else load("en")


def _union(lexicon: Lexicon, path: str) -> frozenset[str]:
    table = lexicon.mapping(path)
    return frozenset(w.lower() for key in table for w in lexicon.words(f"{path}.{key}"))


@functools.cache
def _grammar(lexicon: Lexicon) -> _Grammar:
    function_words = _union(lexicon, "names.actors.definitions.function_words")
    head_words = _union(lexicon, "names.actors.unresolved.head_words")
    return _Grammar(
        function_words=function_words,
        joined_prefixes=frozenset(
            w.lower() for w in lexicon.words("names.actors.definitions.joined_prefixes")
        ),
        head_words=head_words,
        leading=name_words(lexicon).actor_free_before | function_words,
    )


def _acronym_units(acronym: str) -> tuple[str, ...] | None:
    """The acronym as the units words must give: letters one by one (case-folded) and runs
    of digits whole ("M23" -> m, 23); None when it is no acronym."""
    if not _ACRONYM_CHARS.fullmatch(acronym) or not acronym[0].isupper():
        return None
    letters = [ch for ch in acronym if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    if upper < 2 and not (upper == 1 and any(ch.isdigit() for ch in acronym)):
        return None
    if upper * 2 < len(letters):  # "Hezbollah", "Inc": a word, not an acronym
        return None
    units = re.findall(r"\d+|[^\W\d_]", acronym)
    return tuple(u.casefold() for u in units) if len(units) >= 2 else None


def _parts(g: _Grammar, word: str) -> list[tuple[str, bool]]:
    """A word's parts for the initials: (part, optional).  A joined prefix ("al-", "l'")
    is an optional part of its own; a function word is optional."""
    out: list[tuple[str, bool]] = []
    for piece in re.split(r"-", word):
        head, sep, rest = piece.partition("'") if "'" in piece else piece.partition("’")
        if sep and head.lower() in g.joined_prefixes and rest:
            out.append((head, True))
            piece = rest
        if piece:
            low = piece.lower()
            out.append((piece, low in g.function_words or low in g.joined_prefixes))
    return out


def _matches(parts: list[tuple[str, bool]], units: tuple[str, ...]) -> bool:
    """Whether the parts give exactly the units in order: each part its first 1..n letters
    (a number part: itself whole), optional parts possibly nothing."""

    @functools.cache
    def match(i: int, j: int) -> bool:
        if i == len(parts):
            return j == len(units)
        part, optional = parts[i]
        if optional and match(i + 1, j):
            return True
        low = part.casefold()
        if low.isdigit():
            return j < len(units) and units[j] == low and match(i + 1, j + 1)
        k = 0
        while j + k < len(units) and k < len(low) and units[j + k] == low[k]:
            k += 1
            if match(i + 1, j + k):
                return True
        return False

    return match(0, 0)


def find_definitions(text: str, *, lexicon: Lexicon | str = "en") -> list[Definition]:
    """The acronym definitions in ``text``: a capitalised name right before a parenthesised
    acronym whose letters its words' initials give, in order (docs/names.md).

    >>> [(d.name, d.acronym) for d in find_definitions(
    ...     "Fighting between the Rapid Support Forces (RSF) and the army spread.")]
    [('Rapid Support Forces', 'RSF')]
    >>> [(d.name, d.acronym) for d in find_definitions(
    ...     "Les Forces de soutien rapide (FSR) et Jama'at Nusrat al-Islam wal-Muslimin (JNIM).")]
    [('Forces de soutien rapide', 'FSR'), ("Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM')]
    >>> find_definitions("Prices rose sharply (EUR) in March.")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {type(text).__name__}")
    if "(" not in text:
        return []
    g = _grammar(load(lexicon))
    found: list[Definition] = []
    for paren in _PAREN.finditer(text):
        acronym = paren.group(1)
        units = _acronym_units(acronym)
        if units is None:
            continue
        # The stretch before the parenthesis back to the last stop.
        before = text[: paren.start()]
        stops = list(_NAME_STOP.finditer(before, max(0, paren.start() - 300)))
        floor = stops[-1].end() if stops else max(0, paren.start() - 300)
        words = list(_WORD.finditer(text, floor, paren.start()))
        if not words or text[words[-1].end() : paren.start()].strip():
            continue
        window = words[-(3 * len(units) + 4) :]
        parts_of = [_parts(g, w.group()) for w in window]
        for first in range(len(window) - 1, -1, -1):  # the nearest start first
            word = window[first].group()
            prefixed = _capital_after_prefix(g, word)
            if not (word[0].isupper() or prefixed) or word.lower() in g.function_words:
                continue
            rest = [p for ps in parts_of[first + 1 :] for p in ps]
            own = parts_of[first]
            # The name's first word gives the acronym's first letter: by its first part,
            # or, joined to a prefix ("al-Qaeda"), by the part after it.
            tries = [[(own[0][0], False), *own[1:]]]
            if prefixed and len(own) > 1:
                tries.append([(own[1][0], False), *own[2:]])
            if any(_matches(t + rest, units) for t in tries):
                start, end = window[first].start(), window[-1].end()
                found.append(
                    Definition(
                        name=text[start:end],
                        acronym=acronym,
                        start=start,
                        end=end,
                        acronym_start=paren.start(1),
                        acronym_end=paren.end(1),
                    )
                )
                break
    return found


def find_unresolved_actors(
    text: str,
    registry: _Registry,
    *,
    lexicon: Lexicon | str | None = None,
    mentions: Iterable[Mention] | None = None,
    language: Lexicon | str | None = None,
) -> list[UnresolvedActor]:
    """Capitalised names of two or more words with an armed-group head word ("Front",
    "Brigades", "Armée", "Jaysh"...) that ``registry`` does not know, with their spans —
    never dropped, never matched to a known actor by likeness.  The words come from
    ``lexicon`` (default: the registry's).

    A common word of the text's language (``language``, default ``lexicon``: a word of its
    casualty, event, attribution, count or date tables) that opens a sentence is not part
    of the name when the rest is one ("Fighters of the Lions of the Savanna Front"), unless
    a known actor's name starts with it ("Union of ...").

    A name is known when the registry resolves it exactly (no fuzzy match; ACLED's movement
    template, which reads coded cells, does not count) or finds exactly that span as a mention; a known name inside a longer one ("Hezbollah" in "Hezbollah
    Brigades of the South") does not make the longer one known.  ``mentions`` are the
    registry's mentions in ``text`` when the caller has them already (with the text's
    definitions, say); by default the registry finds them.

    >>> from conflict_events.resolve import ActorRegistry
    >>> [(u.text, u.head) for u in find_unresolved_actors(
    ...     "On Monday fighters of the Lions of the Savanna Front clashed with the Free Syrian Army.",
    ...     ActorRegistry.default())]
    [('Lions of the Savanna Front', 'front')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, got {type(text).__name__}")
    names_lexicon = load(lexicon if lexicon is not None else registry.lexicon)
    g = _grammar(names_lexicon)
    candidates = _candidates(g, text)
    if not candidates:
        return []
    common = _common_words(load(language) if language is not None else names_lexicon)
    first_words = registry._first_words() if hasattr(registry, "_first_words") else frozenset()
    candidates = [_without_sentence_opener(g, text, c, common, first_words) for c in candidates]
    found = registry.find_mentions(text) if mentions is None else mentions
    spans = {(m.start, m.end) for m in found}
    # Where a mention ends, its start: a known name that ends a run is the name, and the
    # words before it are not ("Fighters of the Lions of the Savanna Front (LSF)"): the
    # registry took no mention that a capitalised word before it continues.
    ending = {m.end: m.start for m in found}
    out: list[UnresolvedActor] = []
    for starts, end, head in candidates:
        # Known with or without the free words before it ("Syrian Democratic Forces" is
        # known though "Syrian" may stand before names).
        if ending.get(end, -1) >= starts[0] or any(
            (start, end) in spans or _known(registry, text[start:end]) for start in starts
        ):
            continue
        start = starts[-1]
        out.append(UnresolvedActor(text=text[start:end], start=start, end=end, head=head))
    return out


def _known(registry: _Registry, name: str) -> bool:
    """Whether the registry knows ``name`` exactly.  A match by ACLED's movement template
    ("Citizens Alternative Movement") is no knowledge in running text: that template reads
    a coded cell, whose row says the actor's kind, and in text the name is an unknown
    "... Movement" like any armed group's (DESIGN §10)."""
    found = registry._lookup_exact(name)
    if found is None:
        return False
    from conflict_events.resolve._acled_actors import parse_acled_actor

    parsed = parse_acled_actor(name, lexicon=registry.lexicon)
    return parsed is None or parsed.template != "movement" or parsed.id != found


def _stretches(g: _Grammar, text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` a name may lie in: around each capitalised head word, out
    to the nearest character no run of words crosses (runs join words by single spaces
    only), at most ``_REACH`` characters each way; overlapping stretches merged."""
    out: list[tuple[int, int]] = []
    heads = g.head_words
    capital_word = pattern_for(_CAPITAL_WORD, text)
    for hit in capital_word.finditer(text):
        token = hit.group()
        if not token[0].isupper() and "-" not in token:
            continue
        if token.lower() not in heads and (
            "-" not in token or not any(p in heads for p in token.lower().split("-")[1:])
        ):
            continue  # no head word here ("al-Jaysh": the part after a joined prefix)
        at = hit.start()
        low = max(0, at - _REACH)
        before = _LAST_BREAK.match(text, low, at)
        start = before.end() if before else low
        after = _RUN_BREAK.search(text, hit.end(), hit.end() + _REACH)
        end = after.start() if after else min(len(text), hit.end() + _REACH)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


# Capitalised words (and words with a joined prefix: "al-Jaysh"; an ASCII text is read
# with the classes written out, text._accel.pattern_for); where a run of words
# cannot continue (anything but letters, digits, apostrophes, hyphens and single spaces),
# the last such place before a point, and how far a name may reach from its head word.
_CAPITAL_WORD = re.compile(r"(?<![\w'\u2019])(?:[^\W\d_a-z]|[a-z]+-(?=[^\W\d_a-z]))[\w'\u2019\-]*")
_RUN_BREAK = re.compile(r"[^\w '\u2019\-\u00a0]|\s\s")
_LAST_BREAK = re.compile(r".*(?:[^\w '\u2019\-\u00a0]|\s\s)", re.S)
_REACH = 300


def _candidates(g: _Grammar, text: str) -> list[tuple[list[int], int, str]]:
    """Runs of capitalised words joined by function words (and nothing else but one
    space), without trailing function words, that hold a head word and at least two words
    that are not function words once the leading free words (titles, stances,
    nationalities, function words) are stripped: (the possible starts, from the run's own
    to the stripped one; the end; the head word).  Only the stretches around a head word
    are read (:func:`_stretches`)."""
    out: list[tuple[list[int], int, str]] = []
    for start, end in _stretches(g, text):
        out.extend(_candidates_in(g, text, start, end))
    return out


def _candidates_in(
    g: _Grammar, text: str, pos: int, endpos: int
) -> list[tuple[list[int], int, str]]:
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    last_end = -1
    for word in _WORD.finditer(text, pos, endpos):
        token = word.group()
        gap = text[last_end : word.start()] if current else ""
        joined = not current or gap in (" ", "\u00a0")
        capital = token[0].isupper() or _capital_after_prefix(g, token)
        low = token.lower()
        # French, Spanish and Portuguese names write their inner words in lower case
        # ("Front de libération du Rif"): a head word there still joins the name.
        connector = low in g.function_words or low in g.head_words or _prefix_only(g, token)
        if current and joined and (capital or connector):
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = [word] if capital else []
        last_end = word.end()
    if current:
        runs.append(current)
    out: list[tuple[list[int], int, str]] = []
    for run in runs:
        words = list(run)
        # A name ends with a capitalised word: lower-case words joined at its end are the
        # sentence's ("Police forces", "Movement of forces"), as are function words.
        while words and (
            words[-1].group().lower() in g.function_words or not _capitalised(g, words[-1])
        ):
            words.pop()
        starts = []  # the run's start, then after each free word stripped from its front
        while words and (
            words[0].group().lower() in g.leading or words[0].group().endswith(_POSSESSIVE)
        ):
            if words[0].group()[0].isupper():
                starts.append(words[0].start())
            words.pop(0)
        content = [w for w in words if w.group().lower() not in g.function_words]
        if len(content) < 2:
            continue
        # The head is written as part of the name ("Army", not "army": "Beninese army in
        # Kompa" is a description).
        head = next((h for w in content if _capitalised(g, w) for h in _heads(g, w.group())), None)
        if head is None:
            continue
        starts.append(content[0].start())
        out.append((starts, words[-1].end(), head))
    return out


_SENTENCE_END = ".!?:;\n"


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens the text, a line or a sentence."""
    i = at
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in "\"'“‘«(["):
        if text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_END


def _without_sentence_opener(
    g: _Grammar,
    text: str,
    candidate: tuple[list[int], int, str],
    common: frozenset[str],
    first_words: frozenset[str],
) -> tuple[list[int], int, str]:
    """``candidate`` with a sentence's capitalised common word taken off its front
    ("Fighters of the Lions of the Savanna Front" -> "Lions of the Savanna Front") when what
    remains starts with a capitalised word and is still a name (two words that are not
    function words, the head among them)."""
    starts, end, head = candidate
    start = starts[-1]
    if not _sentence_start(text, start):
        return candidate
    words = list(_WORD.finditer(text, start, end))
    first = words[0].group().lower()
    if len(words) < 3 or first not in common or normalize_name(first) in first_words:
        return candidate
    rest = words[1:]
    if _heads(g, rest[0].group()):
        return candidate  # it modifies a head word ("Air Force ..."): part of the name
    while rest and rest[0].group().lower() in g.function_words:
        rest.pop(0)
    content = [w for w in rest if w.group().lower() not in g.function_words]
    if (
        len(content) < 2
        or not rest[0].group()[0].isupper()
        or not any(head in _heads(g, w.group()) for w in content)
    ):
        return candidate
    return [*starts, rest[0].start()], end, head


def _capitalised(g: _Grammar, word: re.Match[str]) -> bool:
    token = word.group()
    return token[0].isupper() or _capital_after_prefix(g, token)


def _heads(g: _Grammar, word: str) -> list[str]:
    low = word.lower()
    pieces = [low, *low.split("-")]
    return [p for p in pieces if p in g.head_words]


def _capital_after_prefix(g: _Grammar, token: str) -> bool:
    # "al-Islam", "wal-Muslimin": a joined prefix before a capitalised part.
    head, sep, rest = token.partition("-")
    return bool(sep) and head.lower() in g.joined_prefixes and rest[:1].isupper()


def _prefix_only(g: _Grammar, token: str) -> bool:
    head, sep, _ = token.partition("-")
    return bool(sep) and head.lower() in g.joined_prefixes
