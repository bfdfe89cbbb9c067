"""Who says so: attribution phrases in a news text -> :class:`~conflict_events.model.Attribution`.

Phrase families (all documented, with the decisions behind them, in
``docs/casualties-and-claims.md``):

* "according to X"; "as reported by X", "cited by X", "denied by X", "verified by X";
* "X said / says / told / reported / announced / stated / added / noted / highlighted" and
  the inverted ``…," said X``; "X claimed", "X denied", "X confirmed", "X alleged / accused";
  "X observed / saw / witnessed" (eyewitness); "X's claim" / "X's denial";
* "reportedly", "allegedly", "purportedly" where no source is named;
* verification cues: "could not be independently verified", "could not immediately be
  confirmed", "unverified" (unverified); "independently verified / confirmed" (independently
  verified); "disputed", "rejected", a denial (disputed).

Sources are resolved with a registry's ``resolve(name)``; a name that does not resolve is kept
as ``source_name`` with ``source=None`` — never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Final, Protocol

import attrs

from conflict_events._errors import Problem, ValidationError
from conflict_events.extract._text import KeywordIndex, Span, sentences
from conflict_events.model._report import Attribution
from conflict_events.model._vocab import ClaimKind, Verification

__all__ = ["AttributionMention", "NameResolver", "extract_attributions", "resolve_id"]


def _words(text: str) -> list[str]:
    """The words of a whitespace-separated word list (keeps long vocabularies readable)."""
    return text.split()


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


class NameResolver(Protocol):
    """What the extractors need of a registry: ``resolve(name, on=date)`` returning something
    with an ``id``, raising ``LookupError`` (``UnknownNameError`` / ``AmbiguousNameError``)
    for names it cannot resolve.  :class:`~conflict_events.ActorRegistry` is one."""

    def resolve(self, name: str, *, on: dt.date | None = None) -> _HasId: ...


def resolve_id(
    registry: NameResolver | None,
    names: Iterable[str],
    *,
    on: dt.date | None = None,
    cache: dict[str, str | None] | None = None,
) -> str | None:
    """The id of the first of ``names`` that ``registry`` resolves, else ``None``.

    Unknown and ambiguous names (any ``LookupError``) are skipped: the caller keeps the name
    as written rather than a guess.

    >>> resolve_id(None, ["HTS"]) is None
    True
    """
    if registry is None:
        return None
    # ActorRegistry answers names it has seen without raising (see its ``_lookup``).
    lookup: Callable[[str, dt.date | None], str | None] | None = getattr(registry, "_lookup", None)
    for name in names:
        name = name.strip()
        if not name:
            continue
        if cache is not None and name in cache:
            found = cache[name]
        else:
            if lookup is not None:
                found = lookup(name, on)
            else:
                try:
                    found = registry.resolve(name, on=on).id
                except LookupError:
                    found = None
            if cache is not None:
                cache[name] = found
        if found is not None:
            return found
    return None


@attrs.frozen(kw_only=True)
class AttributionMention:
    """An attribution found in a text: the :class:`Attribution`, the span of the phrase that
    makes it (``text[start_char:end_char]``, e.g. "according to the monitor") and the span of
    its sentence."""

    attribution: Attribution
    start_char: int
    end_char: int
    sentence_start: int
    sentence_end: int


# --- vocabulary -------------------------------------------------------------------------

_C = ClaimKind
_VERB_CLAIMS: Final[dict[str, ClaimKind]] = {
    **dict.fromkeys(
        _words("""said says say told tells tell reported reports report announced announces stated
        states added adds noted notes highlighted highlights wrote writes posted tweeted
        published documented documents recorded records warned warns"""),
        _C.REPORTED,
    ),
    **dict.fromkeys(_words("claimed claims claim"), _C.CLAIMED),
    **dict.fromkeys(_words("denied denies deny rejected rejects dismissed dismisses"), _C.DENIED),
    **dict.fromkeys(_words("confirmed confirms confirm"), _C.CONFIRMED),
    **dict.fromkeys(_words("alleged alleges allege accused accuses"), _C.ALLEGED),
    # An eyewitness speaks from observation, not hearsay: coded as confirming (see docs).
    **dict.fromkeys(_words("observed observes saw sees witnessed witnesses"), _C.CONFIRMED),
}
_BY_CLAIMS: Final[dict[str, ClaimKind]] = {
    **dict.fromkeys(
        _words("reported cited quoted announced stated documented published released"),
        _C.REPORTED,
    ),
    "claimed": _C.CLAIMED,
    "confirmed": _C.CONFIRMED,
    "denied": _C.DENIED,
    "disputed": _C.DENIED,
    "rejected": _C.DENIED,
    "verified": _C.CONFIRMED,
}
_POSSESSIVE_CLAIMS: Final[dict[str, ClaimKind]] = {
    "claim": _C.CLAIMED,
    "claims": _C.CLAIMED,
    "assertion": _C.CLAIMED,
    "assertions": _C.CLAIMED,
    "denial": _C.DENIED,
    "denials": _C.DENIED,
    "allegation": _C.ALLEGED,
    "allegations": _C.ALLEGED,
}

# Lower-case words a source's name may contain ("state media", "a local council official");
# capitalised words (names) are always allowed.
_SOURCE_WORDS: Final = frozenset(
    _words("""media state news agency agencies outlet television tv radio channel newspaper daily wire
    correspondent correspondents reporter reporters journalist journalists photographer
    monitor monitors observatory watchdog group groups activists activist sources source
    officials official spokesman spokeswoman spokesperson spokespeople representative
    representatives ministry minister government army military forces police authorities
    authority council local security defence defense interior foreign health war rebels rebel
    opposition fighters commander commanders leader leaders residents resident witnesses
    witness medics doctors doctor rescuers rescue workers hospital civil analysts experts envoy
    senior regime jihadist monitoring human rights organisation organization office medical
    humanitarian aid officer officers provincial governor mayor committee coordination network
    centre center team teams unit units responders volunteers people staff insurgents militants
    militia troops command ministers presidency president premier spokesmen""")
)
_DETERMINERS: Final = frozenset({"the", "a", "an"})
_GLUE: Final = frozenset({"of", "for", "at", "from", "al", "el", "de", "du"})
_DETERMINERS_GLUE: Final = _DETERMINERS | _GLUE
_PRONOUNS: Final = frozenset(
    _words("he she it they we i you this that who which one someone anyone everyone")
)
_HYPHEN_SUFFIXES: Final = ("-based", "-run", "-backed", "-linked", "-affiliated", "-owned",
                           "-controlled", "-led", "-government")  # fmt: skip
_ROLE_WORDS: Final = frozenset(
    _words("""correspondent correspondents reporter reporters journalist journalists photographer
    spokesman spokeswoman spokesperson spokespeople official officials source sources
    representative representatives statement commander commanders""")
)
_FORWARD_STOP: Final = frozenset(
    _words("""who which that whose in on to as while when after during and adding citing saying but
    because since if although where than""")
)

# Capitalised at the start of a clause, but never part of a source's name.
_NOT_NAME: Final = frozenset(
    _words("""however meanwhile but and also earlier later separately despite on in after since when
    while yet still now then previously last this that these those which who as so thus though
    although because if where monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december today
    yesterday tonight overnight""")
)
_NEGATIVE: Final = frozenset({"no", "neither", "nobody", "none", "nor"})
_WORD_RE: Final = re.compile(r"[^\W_][\w'’.-]*")
_HEDGES: Final = frozenset({"reportedly", "allegedly", "purportedly"})
_CUE_WORDS: Final = frozenset(
    _words("""verified verify confirm confirmed unverified unconfirmed disputed contested refuted
    denied denies rejected dismissed""")
)
_PRE_VERB_WORDS: Final = frozenset(
    _words("""has have had also later earlier previously separately initially further then
    repeatedly again flatly strongly quickly""")
)
_PASSIVE_OR_NEGATED: Final = frozenset(
    _words("was were is are be been being not never cannot to could would will may might")
)


#: The words an attribution can hang on (each found as a whole word; the hit's value is the
#: word itself).
KEYWORDS: Final = frozenset(
    {"according", *_VERB_CLAIMS, *_BY_CLAIMS, *_POSSESSIVE_CLAIMS, *_HEDGES, *_CUE_WORDS}
)


@lru_cache(maxsize=1)
def _index() -> KeywordIndex:
    """The attribution words alone (the extractor shares the casualty stage's pass, see
    :func:`~conflict_events.extract._casualties.keyword_hits`; the tests compare the two)."""
    return KeywordIndex({}, {w: w for w in KEYWORDS})


_ACCORDING_RE: Final = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
# Case-sensitive: "the United States", a headline's "Report" are no verbs.
_PRE_VERB_RE: Final = re.compile(
    r"(?:\b(?:has|have|had|also|later|earlier|previously|separately|initially|further|then"
    r"|had\s+also|has\s+also|have\s+also|repeatedly|again|flatly|strongly|quickly)\s+)+$",
    re.IGNORECASE,
)
_NEGATION_RE: Final = re.compile(
    r"\b(?:not|never|cannot|unable)\b[^.,;]*$|n't\b[^.,;]*$", re.IGNORECASE
)
_UNVERIFIED_RE: Final = re.compile(
    r"\b(?:could\s+not|cannot|can\s+not|couldn['’]t|unable\s+to|(?:has|have|had|was|were)\s+not"
    r"(?:\s+been)?|not)\s+(?:be\s+)?(?:(?:independently|immediately|yet|separately)\s+)*"
    r"(?:verif(?:y|ied)|confirm(?:ed)?)\b|\bun(?:verified|confirmed)\b",
    re.IGNORECASE,
)
_VERIFIED_RE: Final = re.compile(
    r"\b(?:independently\s+(?:verified|confirmed)|(?:verified|confirmed)\s+independently"
    r"|verified\s+by)\b",
    re.IGNORECASE,
)
_DISPUTED_RE: Final = re.compile(
    r"\b(?:disputed|contested|refuted|denied|denies|rejected|dismissed)\b", re.IGNORECASE
)
_CLAUSE_PUNCT_RE: Final = re.compile(r"[,;:()\"“”«»\[\]]|\s[—–-]\s|—|–")
# The last clause punctuation in one C call (greedy ``.*`` backs off from the end) instead of
# a Python loop over every match.  Where it ends differs from the last ``finditer`` match's
# end only by white space and dashes (" — " read from its dash), which start no word.
_LAST_CLAUSE_PUNCT_RE: Final = re.compile(rf".*(?:{_CLAUSE_PUNCT_RE.pattern})", re.DOTALL)


@lru_cache(maxsize=8192)  # the same few hundred words come up in every article
def _allowed_in_name(word: str) -> bool:
    low = word.lower()
    if low in _NOT_NAME:
        return False
    return (
        word[0].isupper()
        or any(part[:1].isupper() for part in word.split("-"))  # "al-Sham"
        or low in _SOURCE_WORDS
        or low in _GLUE
        or low.endswith(_HYPHEN_SUFFIXES)
    )


def _subject_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the noun phrase that ends just before ``hi`` (the speaker of a verb at
    ``hi``), looking no further back than ``lo`` and no further than one clause."""
    window_start = max(lo, hi - 160)
    window = text[window_start:hi]
    last = _LAST_CLAUSE_PUNCT_RE.match(window)
    cut = last.end() if last is not None else 0
    # The match objects themselves (list() runs in C); only the few words walked are read.
    words = list(_WORD_RE.finditer(window, cut))
    if not words:
        return None
    start_index = len(words)
    i = len(words) - 1
    lows: list[str] = []  # the lower-cased words walked, right to left (each lowered once)
    while i >= 0:
        w = words[i].group()
        low = w.lower()
        if low in _DETERMINERS:
            start_index = i
            lows.append(low)
            prev = words[i - 1].group().lower() if i > 0 else ""
            if prev in ("of", "for", "at", "from"):
                i -= 1
                continue
            break
        if low in _NEGATIVE:
            return None  # "No group claimed responsibility": nobody said anything
        if not _allowed_in_name(w) or low in _PRONOUNS:
            break
        start_index = i
        lows.append(low)
        i -= 1
    lows.reverse()  # now the words of words[start_index:], in order
    skip = 0
    while skip < len(lows) and lows[skip] in _GLUE:
        skip += 1
    run_lows = lows[skip:]
    if _DETERMINERS_GLUE.issuperset(run_lows) or (len(run_lows) == 1 and run_lows[0] in _PRONOUNS):
        return None
    if len(run_lows) > 10:
        return None
    return words[start_index + skip].start() + window_start, words[-1].end() + window_start


def _appositive_before(text: str, lo: int, comma: int) -> list[tuple[int, int]]:
    """The speaker of a verb that follows ``comma``, when commas set it off: "The state news
    agency, SANA, reported" -> both names; "The monitor, which relies on …, said" -> the
    monitor.  Returns the name spans in text order (one or two), or an empty list."""
    fragments: list[tuple[int, int]] = []
    end = comma
    while len(fragments) < 4 and end > lo:
        start = text.rfind(",", lo, end)
        fragments.append((lo if start < 0 else start + 1, end))
        if start < 0:
            break
        end = start
    names: list[tuple[int, int]] = []
    for start, end in fragments:
        first = _WORD_RE.search(text, start, end)
        if first is None:
            break
        if not names and first.group().lower() in ("which", "who", "whose", "where", "when"):
            continue  # a relative clause between the speaker and the verb
        span = _subject_before(text, start, end)
        if span is None or text[start : span[0]].strip():
            break  # not wholly a name
        names.append(span)
        if len(names) == 2:
            break
    return names[::-1]


def _phrase_after(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The span of the noun phrase that starts at ``pos`` (a source after "according to",
    "by" or an inverted "said"): up to punctuation or a clause word, at most 10 words."""
    words: list[tuple[int, int]] = []
    for m in _WORD_RE.finditer(text, pos, min(hi, pos + 160)):
        if text[(words[-1][1] if words else pos) : m.start()].strip():
            break  # punctuation ends the name
        w = m.group()
        low = w.lower()
        if low in _FORWARD_STOP or low in _VERB_CLAIMS:
            break
        if not words and low in _PRONOUNS:
            return None
        if w.endswith("."):
            # a sentence-final full stop is not part of the name ("… said Reuters.")
            end = m.end() - 1 if not re.fullmatch(r"(?:[A-Za-z]\.)+", w) else m.end()
            words.append((m.start(), end))
            break
        words.append((m.start(), m.end()))
        if len(words) >= 10:
            break
    while words and text[words[-1][0] : words[-1][1]].lower() in _DETERMINERS_GLUE:
        words.pop()
    if not words or all(
        text[s:e].lower() in _DETERMINERS or text[s:e].lower() in _GLUE for s, e in words
    ):
        return None
    return words[0][0], words[-1][1]


@lru_cache(maxsize=4096)  # a pure function of the name; the same sources recur in every text
def _name_candidates(name: str) -> tuple[str, ...]:
    """Names to try in the registry, most specific first: the name without its determiner,
    then without role words ("an AFP correspondent" -> "AFP"), then "a spokesman for X" -> X."""
    words = name.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    out = [" ".join(words)]
    lowered = [w.lower() for w in words]
    for k, w in enumerate(lowered):
        if w in ("for", "of", "from", "at") and k > 0 and lowered[k - 1] in _ROLE_WORDS:
            rest = words[k + 1 :]
            if rest and rest[0].lower() in _DETERMINERS:
                rest = rest[1:]
            out.append(" ".join(rest))
    core = [w for w in words if w.lower() not in _ROLE_WORDS]
    if core and len(core) < len(words):
        out.append(" ".join(core))
    if len(words) > 1 and len(words[-1]) >= 2 and words[-1].isupper() and words[-1].isalpha():
        out.append(words[-1])  # "the state news agency SANA" -> "SANA"
    return tuple(c for c in dict.fromkeys(out) if c)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """A name's lower-cased words without determiners and glue ("the", "of")."""
    return frozenset(w.lower() for w in name.split() if w.lower() not in _DETERMINERS_GLUE)


_KNOWN_NAMES: Final = 32


class _Resolver:
    """Resolves source names for one text, remembering names already resolved so that a
    short form ("the Observatory") picks up the id of its long form used earlier."""

    __slots__ = ("cache", "direct", "known", "on", "registry")

    def __init__(self, registry: NameResolver | None, on: dt.date | None) -> None:
        self.registry, self.on = registry, on
        self.cache: dict[str, str | None] = {}
        self.direct: dict[tuple[str, ...], str | None] = {}  # a name (and extras) -> its id
        self.known: list[tuple[frozenset[str], str]] = []

    def __call__(self, name: str, extra: Sequence[str] = ()) -> str | None:
        if self.registry is None:
            return None
        key = (name, *extra)
        if key in self.direct:
            found = self.direct[key]
        else:
            candidates = [*_name_candidates(name), *extra]
            found = resolve_id(self.registry, candidates, on=self.on, cache=self.cache)
            self.direct[key] = found
        words = _name_words(name)
        if found is not None:
            self.known.append((words, found))
            del self.known[:-_KNOWN_NAMES]  # bounded: the check below stays O(1) per name
            return found
        for known_words, known_id in reversed(self.known):
            if words and words < known_words:
                return known_id
        return None


@attrs.define
class _Found:
    start: int
    end: int
    source_name: str
    claim: ClaimKind
    extra_names: tuple[str, ...] = ()
    source: str | None = None
    verification: Verification = Verification.UNVERIFIED
    cue: bool = False  # made by a verification cue (a denier / verifier), not a claim


def _find_in_sentence(
    text: str, low: str, s: int, e: int, hits: list[tuple[int, int, str]]
) -> list[_Found]:
    """The attributions of the sentence ``text[s:e]``, given its keyword ``hits``."""
    found: list[_Found] = []
    # spans taken so far, sorted and disjoint: an overlap check is two neighbours (bisect)
    starts: list[int] = []
    ends: list[int] = []

    def add(f: _Found) -> None:
        i = bisect_left(starts, f.start)
        if (i > 0 and ends[i - 1] > f.start) or (i < len(starts) and starts[i] < f.end):
            return
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        found.append(f)

    by_hits: list[tuple[int, int, str]] = []
    verb_hits: list[tuple[int, int, str]] = []
    possessive_hits: list[tuple[int, int, str]] = []
    hedges: list[tuple[int, int, str]] = []
    for hs, he, word in hits:
        if word == "according":
            m = _ACCORDING_RE.match(text, hs, e)
            span = _phrase_after(text, m.end(), e) if m is not None else None
            if span is not None:
                add(_Found(hs, span[1], text[span[0] : span[1]], _C.REPORTED))
        elif word in _BY_CLAIMS and low.startswith(" by ", he):
            by_hits.append((hs, he, word))
        elif word in _HEDGES:
            hedges.append((hs, he, word))
        else:
            if word in _POSSESSIVE_CLAIMS and low[max(s, hs - 3) : hs] in ("'s ", "’s "):
                possessive_hits.append((hs, he, word))
            elif word in _VERB_CLAIMS and text[hs:he].islower():
                # lower case only: "the United States", a headline's "Report" are no verbs
                verb_hits.append((hs, he, word))
    for hs, he, verb in by_hits:
        start = hs
        words = low[max(s, hs - 20) : hs].split()
        if words and words[-1] == "independently":
            start = low.rindex("independently", s, hs)
            words = words[:-1]
        if words and words[-1] == "as":
            start = low.rindex("as", s, start)
        span = _phrase_after(text, he + 4, e)
        if span is None:
            continue
        if _NEGATION_RE.search(text, max(s, hs - 30), hs):
            continue  # "could not be verified by X": X verified nothing
        f = _Found(start, span[1], text[span[0] : span[1]], _BY_CLAIMS[verb])
        if verb == "verified" or (start < hs and low.startswith("independently", start)):
            f.verification, f.cue = Verification.INDEPENDENTLY_VERIFIED, True
        elif verb in ("denied", "disputed", "rejected"):
            f.cue = True
        add(f)
    for hs, he, verb in verb_hits:
        head = hs
        before_words = low[max(s, hs - 40) : hs].split()
        if before_words and before_words[-1] in _PRE_VERB_WORDS:
            pre = _PRE_VERB_RE.search(text, max(s, hs - 40), hs)
            if pre is not None:
                head = pre.start()
                before_words = low[max(s, head - 24) : head].split()
        if before_words and (
            before_words[-1] in _PASSIVE_OR_NEGATED or before_words[-1].endswith("n't")
        ):
            continue  # "were reported killed", "did not confirm", "is expected to announce"
        claim = _VERB_CLAIMS[verb]
        before = text[max(s, head - 4) : head].rstrip()
        if before.endswith(('"', "”", "’", "'")):
            # Inverted attribution after a quote: '"…," said the monitor.'
            span = _phrase_after(text, he, e)
            if span is not None:
                add(_Found(head, span[1], text[span[0] : span[1]], claim))
            continue
        subject = _subject_before(text, s, head)
        if subject is not None:
            add(_Found(subject[0], he, text[subject[0] : subject[1]], claim,
                       cue=claim is _C.DENIED))  # fmt: skip
        elif before.endswith(","):
            names = _appositive_before(text, s, text.rindex(",", s, head))
            if names:
                start, end = names[0][0], names[-1][1]
                extra = tuple(text[a:b] for a, b in reversed(names))
                add(_Found(start, he, text[start:end], claim, extra,
                           cue=claim is _C.DENIED))  # fmt: skip
            else:
                # An inverted attribution after a clause: "…, said the monitor."
                span = _phrase_after(text, he, e)
                if span is not None:
                    add(_Found(head, span[1], text[span[0] : span[1]], claim))
    for hs, he, noun in possessive_hits:
        subject = _subject_before(text, s, hs - 3)
        if subject is not None:
            claim = _POSSESSIVE_CLAIMS[noun]
            add(_Found(subject[0], he, text[subject[0] : subject[1]], claim,
                       cue=claim is _C.DENIED))  # fmt: skip
    named = [f for f in found if not f.cue]
    if named and any(adverb == "allegedly" for _, _, adverb in hedges):
        for f in named:
            if f.claim is _C.REPORTED:
                f.claim = _C.ALLEGED
    elif not named:
        for hs, he, adverb in hedges:
            claim = _C.REPORTED if adverb == "reportedly" else _C.ALLEGED
            add(_Found(hs, he, "unnamed sources", claim))
    found.sort(key=lambda f: f.start)
    return found


# The cue words each verification pattern needs (as a whole word; the keyword pass finds
# them): a sentence without one is not searched with that pattern.
_UNVERIFIED_NEEDS: Final = frozenset(
    _words("verify verified confirm confirmed unverified unconfirmed")
)
_VERIFIED_NEEDS: Final = frozenset({"verified", "confirmed"})
_DISPUTED_NEEDS: Final = frozenset(
    _words("disputed contested refuted denied denies rejected dismissed")
)
# The letters an re.IGNORECASE pattern equates with an ASCII letter that str.lower() does not
# turn into it (see conflict_events.extract._text._RE_FOLDS).
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


def _verification_cue(
    text: str, s: int, e: int, words: frozenset[str] | None = None
) -> Verification | None:
    """The verification the sentence ``text[s:e]`` states; ``words`` (when given) are the
    cue words in it, and a pattern that needs none of them is not searched."""
    if (words is None or not words.isdisjoint(_UNVERIFIED_NEEDS)) and _UNVERIFIED_RE.search(
        text, s, e
    ):
        return Verification.UNVERIFIED
    if (words is None or not words.isdisjoint(_VERIFIED_NEEDS)) and _VERIFIED_RE.search(text, s, e):
        return Verification.INDEPENDENTLY_VERIFIED
    if (words is None or not words.isdisjoint(_DISPUTED_NEEDS)) and _DISPUTED_RE.search(text, s, e):
        return Verification.DISPUTED
    return None


def extract_attributions(
    text: str, *, registry: NameResolver | None = None, published: dt.date | None = None
) -> list[AttributionMention]:
    """Every attribution phrase in ``text``, in text order, as :class:`AttributionMention`.

    Each :class:`Attribution` has the source as named (``source_name``), its actor id where
    ``registry`` resolves the name (``source``), the claim kind the verb gives, the
    verification the text states (default unverified), the sentence as ``quote`` and
    ``published``.  A verification cue ("could not be independently verified", a denial)
    applies to the other attributions of its sentence, or, if it has none, of the sentence
    before.  Never raises on any string.

    >>> [m] = extract_attributions("At least 12 people were killed, state media reported.")
    >>> (m.attribution.source_name, m.attribution.claim.value)
    ('state media', 'reported')
    >>> [a.attribution.source_name for a in extract_attributions(
    ...     "According to the monitor, 40 died. Activists said 50 died.")]
    ['the monitor', 'Activists']
    """
    if not isinstance(text, str):
        raise ValidationError([Problem("$", f"must be a string, got {text!r}")], "text")
    # One keyword pass per text, shared with find_casualties (which extract_report runs first).
    from conflict_events.extract._casualties import keyword_hits

    found_words = keyword_hits(text)
    low, hits = found_words.low, found_words.attribution
    if not hits:
        return []
    resolver = _Resolver(registry, published)
    folded = has_re_folded(text)
    out: list[AttributionMention] = []
    previous: list[_Found] = []
    per_sentence: list[tuple[Span, list[_Found]]] = []
    positions = [h[0] for h in hits]
    for s, e in sentences(text):
        sentence_hits = hits[bisect_left(positions, s) : bisect_left(positions, e)]
        if not sentence_hits:
            previous = []
            continue
        found = _find_in_sentence(text, low, s, e, sentence_hits)
        cue_words = frozenset(h[2] for h in sentence_hits if h[2] in _CUE_WORDS)
        cue = _verification_cue(text, s, e, None if folded else cue_words) if cue_words else None
        if cue is not None:
            # The cue qualifies the other claims of its sentence, or those of the sentence
            # before ("… the monitor said.  The figures could not be independently verified.")
            targets = [f for f in found if not f.cue] or [f for f in previous if not f.cue]
            for f in targets:
                f.verification = cue
        per_sentence.append(((s, e), found))
        previous = found
    for (s, e), found in per_sentence:
        quote = " ".join(text[s:e].split())
        for f in found:
            source = resolver(f.source_name, f.extra_names)
            attribution = Attribution(
                source=source,
                source_name=f.source_name,
                claim=f.claim,
                verification=f.verification,
                quote=quote,
                published=published,
            )
            out.append(
                AttributionMention(
                    attribution=attribution,
                    start_char=f.start,
                    end_char=f.end,
                    sentence_start=s,
                    sentence_end=e,
                )
            )
    return out
