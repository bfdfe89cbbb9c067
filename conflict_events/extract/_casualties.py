"""Casualty figures in a news text: "over 300 deaths, including 28 civilians", "killing four
civilians", "183 fighters, 100 soldiers and 28 civilians were killed", "more than 8,000
people have fled".

Only numbers grammatically tied to a casualty outcome are figures: populations ("home to 2
million people"), counts of airstrikes, villages, days or kilometres, ages, percentages, money,
years and ordinals are not.  The rules, the word lists and every decision are in
``docs/casualties-and-claims.md``.

Speed: one Aho-Corasick pass (:func:`keyword_hits`, shared with the attribution stage and
the event cues) finds the outcome words and number words; only sentences with an outcome word are read, and only at
their numbers, with anchored regex matches -- never a regex search over the whole text.  The
word lists in the patterns are prefix trees, and a pattern is skipped where a cheap test shows
it cannot match (tests/test_extract_fast_stages.py compares each shortcut with the slow way).
The patterns run without ``re.IGNORECASE`` on the lower-cased text (the same spans, see
``_LOWER``; tests/test_fast_casualties.py), unless a letter that re folds specially is present.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, Final, Literal, NamedTuple

import attrs

from conflict_events._errors import Problem, ValidationError
from conflict_events.extract._attribution import KEYWORDS as ATTRIBUTION_KEYWORDS
from conflict_events.extract._attribution import NameResolver, has_re_folded, resolve_id
from conflict_events.extract._events import _TRIGGERS as EVENT_TRIGGERS
from conflict_events.model._checks import trusted
from conflict_events.model._count import Count
from conflict_events.model._report import CasualtyFigure
from conflict_events.model._vocab import Outcome
from conflict_events.parse._counts import COUNT_PHRASE_RE, count_or_none, word_alternation
from conflict_events.text._segment import KeywordIndex, lower_same_length, sentences

__all__ = ["CasualtyMention", "extract_casualties", "find_casualties"]


def _words(text: str) -> list[str]:
    """The words of a whitespace-separated word list (keeps long vocabularies readable)."""
    return text.split()


Role = Literal["total", "breakdown", "standalone"]


@attrs.frozen(kw_only=True)
class CasualtyMention:
    """A casualty figure found in a text, with where it was found.

    ``start_char`` / ``end_char`` span the count and the words naming who ("over 300 deaths",
    "183 from HTS and allied factions"); ``sentence_start`` / ``sentence_end`` its sentence.
    ``role`` is ``"total"`` for a figure that a breakdown follows, ``"breakdown"`` for a part
    of one (``total_index`` is the index of its total in the list :func:`find_casualties`
    returns), ``"standalone"`` otherwise.  ``group_text`` is the text naming the group as
    written ("government soldiers"), kept even when the group falls back to ``combatants``.
    ``consistent`` is False on a total and its breakdowns when the breakdowns add up to more
    than the total's upper bound (both are kept).
    """

    figure: CasualtyFigure
    start_char: int
    end_char: int
    sentence_start: int
    sentence_end: int
    role: Role = "standalone"
    total_index: int | None = None
    group_text: str | None = None
    consistent: bool = True


# --- vocabulary ---------------------------------------------------------------------------

_CIVILIAN_NOUNS: Final = frozenset(
    _words("""civilians civilian children child kids kid women woman girls girl boys boy babies baby
    infants infant residents resident villagers villager inhabitants inhabitant students
    student workers worker doctors doctor nurses nurse medics medic paramedics paramedic
    journalists journalist reporters reporter patients patient worshippers worshipper pilgrims
    pilgrim passengers passenger shoppers shopper farmers farmer teachers teacher protesters
    protester demonstrators demonstrator volunteers volunteer rescuers rescuer refugees refugee
    minors minor""")
)
_COMBATANT_NOUNS: Final = frozenset(
    _words("""fighters fighter soldiers soldier troops militants militant rebels rebel insurgents
    insurgent jihadists jihadist jihadis combatants combatant gunmen gunman militiamen
    militiaman servicemen serviceman policemen policeman officers officer guards guard
    commanders commander paramilitaries mercenaries mercenary recruits conscripts terrorists
    terrorist attackers attacker assailants assailant personnel forces""")
)
_TOTAL_NOUNS: Final = frozenset(
    _words("""people persons person individuals others victims men adults members member prisoners
    prisoner captives captive hostages hostage detainees detainee lives""")
)
_HEAD_NOUNS: Final = _CIVILIAN_NOUNS | _COMBATANT_NOUNS | _TOTAL_NOUNS
# Modifiers that say which group an outcome noun counts ("civilian deaths", "army deaths").
_CIVILIAN_ADJECTIVES: Final = _CIVILIAN_NOUNS
_COMBATANT_ADJECTIVES: Final = _COMBATANT_NOUNS | frozenset(
    _words("""military army government regime opposition pro-government jihadist insurgent militia
    security police""")
)
_NEUTRAL_ADJECTIVES: Final = frozenset(
    _words("""more other additional further confirmed reported recorded documented known new total
    combined official overall""")
)
_ARMED_WORDS: Final = frozenset(
    _words("""factions faction forces force army armies militia militias group groups rebels brigade
    brigades battalion battalions units unit fighters troops regiment division military
    militants""")
)

_STOP_WORDS: Final = _words(
    """and or of in on at to from by with for the a an was were is are be been being has have
    had who which that this these those their its his her our after before during since when
    while as than near into over under about around across among between including through
    per each said says told reported according killed killing dead died wounded injured hurt
    displaced fled missing captured detained abducted kidnapped arrested deaths fatalities
    zero one two three four five six seven eight nine ten dozen dozens hundred hundreds
    thousand thousands million millions percent year years old aged"""
)
_AUX_WORDS: Final = _words(
    """who that were was are is have has had been being be reportedly allegedly also all
    now later since believed feared thought confirmed reported said to remain remained remains
    still either left presumed found shot"""
)
_PARTITIVE = r"(?:\s+of(?:\s+(?:the|them|those|these|whom))?)?"

_OUTCOME_WORDS: Final[dict[str, Outcome]] = {
    **dict.fromkeys(
        _words("""killed dead died slain perished murdered executed massacred martyred"""),
        Outcome.KILLED,
    ),
    **dict.fromkeys(_words("wounded injured hurt maimed"), Outcome.INJURED),
    **dict.fromkeys(_words("displaced fled uprooted evacuated homeless"), Outcome.DISPLACED),
    **dict.fromkeys(
        # "prisoner" etc. after a verb of holding: "took 40 soldiers prisoner"
        _words("""captured detained abducted kidnapped arrested imprisoned seized prisoner
        captive hostage"""),
        Outcome.CAPTURED,
    ),
    **dict.fromkeys(_words("missing disappeared"), Outcome.MISSING),
}
_OUTCOME_NOUNS: Final[dict[str, Outcome]] = {
    "deaths": Outcome.KILLED,
    "death": Outcome.KILLED,
    "fatalities": Outcome.KILLED,
    "dead": Outcome.KILLED,
    "killed": Outcome.KILLED,
    "wounded": Outcome.INJURED,
    "injured": Outcome.INJURED,
    "injuries": Outcome.INJURED,
    "displaced": Outcome.DISPLACED,
    "missing": Outcome.MISSING,
}
_OUTCOME_PHRASE = (
    r"(?P<phrase>lost\s+their\s+lives|shot\s+dead|taken\s+(?:prisoner|captive|hostage)"
    r"|held\s+(?:hostage|captive)|unaccounted\s+for|made\s+homeless"
    r"|(?:forced\s+)?(?:from|out\s+of)\s+their\s+homes|(?:forced\s+)?to\s+flee"
    r"|fled\s+their\s+homes)"
)
_PHRASE_OUTCOMES: Final[dict[str, Outcome]] = {
    "lost": Outcome.KILLED,
    "shot": Outcome.KILLED,
    "taken": Outcome.CAPTURED,
    "held": Outcome.CAPTURED,
    "unaccounted": Outcome.MISSING,
    "made": Outcome.DISPLACED,
    "forced": Outcome.DISPLACED,
    "from": Outcome.DISPLACED,
    "out": Outcome.DISPLACED,
    "to": Outcome.DISPLACED,
    "fled": Outcome.DISPLACED,
}


def _patterns(
    alternation: Callable[[Iterable[str]], str],
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The word-list patterns, with ``alternation`` writing each word list as a regex group.

    The module uses :func:`word_alternation` (a prefix tree: the head-noun list made
    ``_HEAD_RE`` cost about 3.5 us a match as a flat alternation, 1.1 us as a tree); every
    word list is followed by ``\\b``, so the order of the alternatives cannot change a match,
    and the tests compare the tree patterns with flat ones.
    """
    stop = rf"(?:{alternation(_STOP_WORDS)}|per\s+cent)"
    mod = rf"(?:\s+(?!{stop}\b)[^\W\d_][\w'’.-]*)"
    heads = alternation(sorted(_HEAD_NOUNS | {"family members", "aid workers"}))
    # "… were killed", "… have fled their homes", "… taken prisoner" after a count and its noun.
    aux_outcome = re.compile(
        rf"(?:\s+{alternation(_AUX_WORDS)}\b){{0,5}}\s+(?:{_OUTCOME_PHRASE}"
        rf"|(?P<word>{alternation(_OUTCOME_WORDS)}))\b",
        re.IGNORECASE,
    )
    # "28 civilians", "dozens of government soldiers", "100 HTS fighters"
    head = re.compile(rf"{_PARTITIVE}(?P<mods>{mod}{{0,3}}?)\s+(?P<head>{heads})\b", re.IGNORECASE)
    # "over 300 deaths", "28 civilian deaths", "12 killed", "100 soldiers dead"
    noun_outcome = re.compile(
        rf"{_PARTITIVE}(?P<mods>(?:\s+[^\W\d_][\w'’.-]*){{0,3}}?)\s+"
        rf"(?P<noun>{alternation(_OUTCOME_NOUNS)})\b"
        r"(?!\s+(?:toll|rate|sentences?|penalty|penalties|threats?|squads?|zones?)\b)",
        re.IGNORECASE,
    )
    return aux_outcome, head, noun_outcome


_AUX_OUTCOME_RE, _HEAD_RE, _NOUN_OUTCOME_RE = _patterns(word_alternation)
# An actor after the noun, or instead of it: "183 from HTS", "members of the Nusra Front".
_ACTOR_INTRO_RE: Final = re.compile(
    r"\s+(?:from|of|belonging\s+to|loyal\s+to|with)\s+", re.IGNORECASE
)
_BARE_TAIL_RE: Final = re.compile(r"(?:\s+of\s+(?:them|those|whom))?", re.IGNORECASE)
_WORD_RE: Final = re.compile(r"[^\W_][\w'’.-]*")
_ACTOR_STOP: Final = frozenset(
    _words("""were was are is have has had been who which that in on at near during when after while
    since as by with including among said says told according killed killing wounded injured
    died dead displaced fled captured detained missing also reportedly allegedly to for
    yesterday today""")
)

# Words before a count that tie it to an outcome: "killing 4", "wounded 12 soldiers", "took 40
# prisoners", "left 28 dead", "the death toll rose to 50", "claimed the lives of 12", "among
# the dead were 28 civilians", "the wounded numbered 40".  Read from the lower-cased words
# before the count (cheaper than a regex search on every candidate).
_LEFT_VERB_OUTCOMES: Final[dict[str, Outcome]] = {
    w: o
    for o, ws in (
        (Outcome.KILLED, "killing killed kills kill executing executed massacring massacred "
         "murdering murdered slaughtering slaughtered"),
        (Outcome.INJURED, "wounding wounded wounds injuring injured injures"),
        (Outcome.DISPLACED, "displacing displaced uprooting uprooted"),
        (Outcome.CAPTURED, "capturing captured captures detaining detained abducting "
         "abducted kidnapping kidnapped arresting arrested"),
    )
    for w in ws.split()
}  # fmt: skip
_HOLD_VERBS: Final = frozenset(_words("took taking taken holding held seized seizing take takes"))
_LEAVE_VERBS: Final = frozenset(_words("left leaving leaves forced forcing"))
_LIFE_VERBS: Final = frozenset(_words("claimed claiming cost costing took taking"))
_AMONG_OUTCOMES: Final[dict[str, Outcome]] = {
    "dead": Outcome.KILLED, "killed": Outcome.KILLED, "victims": Outcome.KILLED,
    "fatalities": Outcome.KILLED, "wounded": Outcome.INJURED, "injured": Outcome.INJURED,
    "missing": Outcome.MISSING, "displaced": Outcome.DISPLACED, "captured": Outcome.CAPTURED,
    "detained": Outcome.CAPTURED,
}  # fmt: skip
_COPULAS: Final = frozenset(_words("were are was is included include includes"))
_TOLL_LINKS: Final = frozenset(
    _words("to of at reached hit passed surpassed exceeded topped is was stood stands")
)
_NUMBERED: Final = frozenset(_words("numbered number totalled totaled total"))
# Words before a count that make it no casualty figure: populations, ages, releases.
_NOT_CASUALTY_WORDS: Final = frozenset(
    _words("""aged age ages freed freeing released releasing exchanged swapped rescued saved hosts
    host hosting housing no. number route resolution article page""")
)
_NOT_CASUALTY_PAIRS: Final = frozenset(
    [("population", "of"), ("home", "to"), ("city", "of"), ("town", "of"), ("village", "of"),
     ("country", "of"), ("nation", "of"), ("capacity", "of"), ("populated", "by")]
)  # fmt: skip
_LATE_PARTS_LEFT: Final = frozenset(
    [("including",), ("among", "them"), ("among", "whom"), ("among", "those"), ("of", "whom"),
     ("of", "them"), ("of", "those")]
)  # fmt: skip
# After a verb and a bare count ("killing 4 in Idlib"), what may follow.
_BARE_BOUNDARY_RE: Final = re.compile(
    r"(?:\s*(?:[,.;:!?)\"”’—–]|$)|\s+(?:and|in|on|at|near|during|when|after|as|across|while"
    r"|including|among|since|inside|around|outside|from|with|by|overnight|yesterday|today|this"
    r"|last|over|more|others?|people|so\s+far|throughout|along)\b)",
    re.IGNORECASE,
)
_LIST_SEP_RE: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_BREAKDOWN_RE: Final = re.compile(
    r"\s*(?:(?:,|\(|—|–)?\s*(?:including|among\s+them|among\s+whom|among\s+those|of\s+whom"
    r"|of\s+them|of\s+those)\b|:)\s*",
    re.IGNORECASE,
)
# After the outcome, an adverbial may come before the breakdown: "killed since Monday,
# including nine civilians".
_LATE_BREAKDOWN_RE: Final = re.compile(
    r"[^,.;:!?()\d]{0,60}?,\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b\s*",
    re.IGNORECASE,
)
# What _BREAKDOWN_RE can see first after white space: a mark, or the first letter of
# "including", "among", "of" in any case re.IGNORECASE equates with it.
_BREAKDOWN_FIRST: Final = frozenset(",(—–:iIaAoO\u0130\u0131")


def _breakdown_may_start(text: str, pos: int, end: int) -> bool:
    """False where _BREAKDOWN_RE cannot match at ``pos`` (most counts: "12 soldiers were")."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos >= end or text[pos] in _BREAKDOWN_FIRST


_WERE_RE: Final = re.compile(r"\s+(?:were|was|are|is)(?=\s)", re.IGNORECASE)
# The first letters (as the lower-cased text has them) of the word after the white space that
# starts _ACTOR_INTRO_RE ("from", "of", "belonging to", "loyal to", "with"), and of the word
# after the comma in _LATE_BREAKDOWN_RE ("including", "among", "of").
_ACTOR_INTRO_FIRST: Final = frozenset("fobwl")
_LATE_BREAKDOWN_FIRST: Final = frozenset("iao")
# The first two characters of every word COUNT_PHRASE_RE can start with that is longer than
# "a": its qualifiers, "between", "half", the number words and the vague words.
_COUNT_STARTS: Final = frozenset(
    w[:2]
    for w in _words("""at more over upwards in just well no up as fewer less nearly almost close
    about around approximately roughly some an estimated between half zero one two three four
    five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    million billion dozen several tens dozens scores hundreds thousands millions""")
)


class _Patterns(NamedTuple):
    """The case-insensitive patterns the scanner matches, in one of two spellings."""

    count_phrase: re.Pattern[str]
    noun_outcome: re.Pattern[str]
    head: re.Pattern[str]
    aux_outcome: re.Pattern[str]
    actor_intro: re.Pattern[str]
    bare_tail: re.Pattern[str]
    bare_boundary: re.Pattern[str]
    list_sep: re.Pattern[str]
    breakdown: re.Pattern[str]
    late_breakdown: re.Pattern[str]
    were: re.Pattern[str]


def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without ``re.IGNORECASE``, for matching on the lower-cased text."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


# As written, for the original text.
_FOLDING: Final = _Patterns(
    COUNT_PHRASE_RE, _NOUN_OUTCOME_RE, _HEAD_RE, _AUX_OUTCOME_RE, _ACTOR_INTRO_RE, _BARE_TAIL_RE,
    _BARE_BOUNDARY_RE, _LIST_SEP_RE, _BREAKDOWN_RE, _LATE_BREAKDOWN_RE, _WERE_RE,
)  # fmt: skip
# The same patterns without re.IGNORECASE, for ``lower_same_length(text)``: they match the
# same spans there (a quarter fewer instructions: re compares a case-sensitive literal without
# lower-casing the character, and tries a branch only when its first literal matches).  Exact
# because every literal letter in the patterns is lower-case ASCII, and for each character c
# but the four of has_re_folded, re.IGNORECASE equates c with an ASCII letter l exactly when
# c.lower() == l, and c.lower() is a word character, a digit or white space exactly when c is
# (tests/test_fast_casualties.py checks both over every code point and the patterns on random
# text).  Groups are always read from the original text, by their spans.
_LOWER: Final = _Patterns(*map(_case_sensitive, _FOLDING))
_HINT_STEMS: Final = _words(
    "kill dead death died wound injur hurt displac fled flee homes homeless captur prison "
    "captive hostage detain abduct kidnap arrest missing unaccounted lives toll slain perish "
    "murder execut massacr martyr uproot evacuat fatalit maimed seized disappeared"
)
_COUNT_WORDS: Final = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion dozen dozens scores tens hundreds "
    "thousands millions several few handful couple"
)
_HINT, _NUMBER = "hint", "number"
_CUE, _HINT_CUE = "cue", "hint and cue"  # event-cue triggers (see _shared_automaton)
# Words a count phrase can start with before its number ("at least", "between", "a few").
_PHRASE_LEAD_WORDS: Final = frozenset(
    _words("""at least more than over upwards of in excess just well no fewer less up to as many most
    nearly almost close under about around approximately roughly some an estimated between a
    half several""")
)
_RELEVANT_AFTER: Final = (
    _HEAD_NOUNS
    | frozenset(_OUTCOME_WORDS)
    | frozenset(_OUTCOME_NOUNS)
    | frozenset(_words("from of lost shot taken held unaccounted made forced including among"))
)
_CAPTIVE_HEADS: Final = frozenset(
    _words("prisoners prisoner captives captive hostages hostage detainees detainee")
)
_DIGITS_RE: Final = re.compile(r"\d[\d,.]*")


@lru_cache(maxsize=1)
def _index() -> KeywordIndex:
    """The casualty words alone (the plain way; :func:`keyword_hits` is what runs)."""
    return KeywordIndex(dict.fromkeys(_HINT_STEMS, _HINT), dict.fromkeys(_COUNT_WORDS, _NUMBER))


@lru_cache(maxsize=1)
def _shared_automaton() -> Any:
    """One automaton for the words of three stages, with KeywordIndex's rules (a stem must
    start a word, a whole word must also end one); the hits are sorted into their lists in the
    same pass.  No attribution word is a casualty word or starts with a stem (the tests
    check), so each stage's hits are what its own index finds.  The event-cue triggers of
    :func:`~conflict_events.extract._events.find_event_cues` ride along as stems ("captur" is
    also a casualty stem: one entry does both)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for stem in _HINT_STEMS:
        automaton.add_word(stem, (len(stem), False, _HINT))
    for word in _COUNT_WORDS:
        automaton.add_word(word, (len(word), True, _NUMBER))
    for word in ATTRIBUTION_KEYWORDS:
        automaton.add_word(word, (len(word), True, word))
    for trigger in EVENT_TRIGGERS:
        kind = _HINT_CUE if trigger in _HINT_STEMS else _CUE
        automaton.add_word(trigger, (len(trigger), False, kind))
    automaton.make_automaton()
    return automaton


class KeywordHits(NamedTuple):
    """The keywords of one text, found in one Aho-Corasick pass for three stages."""

    low: str  # lower_same_length(text)
    hints: list[int]  # where casualty words start ("kill", "wound", "fled" ...)
    numbers: list[int]  # where number words start ("four", "dozens" ...)
    attribution: list[tuple[int, int, str]]  # (start, end, word) of attribution words
    # (start, end) of the event-cue triggers that start a word ("_" counts as a letter here)
    cue_triggers: list[tuple[int, int]]


@lru_cache(maxsize=4)  # extract_report runs find_casualties, extract_attributions, then the cues
def keyword_hits(text: str) -> KeywordHits:
    """The keywords of ``text`` for :func:`find_casualties`, ``extract_attributions`` and
    ``find_event_cues`` (callers must not change the lists).

    >>> keyword_hits("Activists said four were killed.")[1:]
    ([25], [15], [(10, 14, 'said')], [])
    """
    low = lower_same_length(text)
    n = len(low)
    hints: list[int] = []
    numbers: list[int] = []
    attribution: list[tuple[int, int, str]] = []
    cues: list[tuple[int, int]] = []
    for last, (size, whole, value) in _shared_automaton().iter(low):
        start, end = last - size + 1, last + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        if whole and end < n and low[end].isalnum():
            continue
        if value is _HINT:
            hints.append(start)
        elif value is _NUMBER:
            numbers.append(start)
        elif value is _CUE or value is _HINT_CUE:
            # find_event_cues also takes "_" for a letter before a trigger
            if start == 0 or low[start - 1] != "_":
                cues.append((start, end))
            if value is _HINT_CUE:
                hints.append(start)
        else:
            attribution.append((start, end, value))
    # The automaton reports hits by where they end; stable sorts keep KeywordIndex's order.
    hints.sort()
    numbers.sort()
    attribution.sort(key=lambda h: h[0])
    return KeywordHits(low, hints, numbers, attribution, cues)


_YEAR_RE: Final = re.compile(r"(?:1[89]|20)\d\d")


def _kind_of_head(head: str) -> str:
    if head in _CIVILIAN_NOUNS or head in ("family members", "aid workers"):
        return "civilians"
    if head in _COMBATANT_NOUNS:
        return "combatants"
    return "total"


@attrs.define
class _Item:
    """One count and the words after it that say who (and maybe what happened)."""

    count: Count
    start: int
    end: int
    kind: str | None = None  # "civilians" | "combatants" | "total" | None (nothing named)
    group_text: str | None = None
    actor_text: str | None = None
    mods: str = ""
    head: str | None = None
    group_start: int | None = None
    outcome: Outcome | None = None

    @property
    def names_group(self) -> bool:
        return self.kind is not None or self.actor_text is not None


class _Scanner:
    """Finds the figures of one text (one instance per call)."""

    def __init__(
        self, text: str, low: str, registry: NameResolver | None, hints: list[int] | None = None
    ) -> None:
        self.text = text
        self.low = low
        self.registry = registry
        self.cache: dict[str, str | None] = {}
        self.out: list[CasualtyMention] = []
        # Where casualty words start, to skip _NOUN_OUTCOME_RE where no outcome noun can
        # follow; None (always match) where re's case folding of "ſ", "ı", "İ" or the Kelvin
        # sign could match a noun that the lower-cased keyword pass does not see.
        self.folded = folded = has_re_folded(text)
        self.hints = hints if hints is not None and not folded else None
        # The patterns and the string they read (see _LOWER); spans index both alike.
        self.rx = _FOLDING if folded else _LOWER
        self.subject = text if folded else low

    # -- cheap tests that a pattern cannot match (each only where it is exact: the tests
    # -- compare them with the patterns; with a re-folded letter the patterns always run) ----
    def count_may_start(self, pos: int) -> bool:
        """False where COUNT_PHRASE_RE cannot match at ``pos``: a count phrase starts with a
        digit, "a", or a word whose first two letters are in _COUNT_STARTS."""
        if self.folded:
            return True
        low = self.low
        first = low[pos : pos + 1]
        return first.isdecimal() or first == "a" or low[pos : pos + 2] in _COUNT_STARTS

    def actor_intro_may_match(self, pos: int, end: int) -> bool:
        """False where _ACTOR_INTRO_RE cannot match at ``pos``: it needs white space, then a
        word starting with a letter of _ACTOR_INTRO_FIRST (most counts: "12 soldiers were")."""
        if self.folded:
            return True
        low = self.low
        if pos >= end or not low[pos].isspace():
            return False
        pos += 1
        while pos < end and low[pos].isspace():
            pos += 1
        return pos < end and low[pos] in _ACTOR_INTRO_FIRST

    def late_breakdown_may_match(self, pos: int, end: int) -> bool:
        """False where _LATE_BREAKDOWN_RE cannot match at ``pos``: the comma it reads is the
        first one after ``pos`` (its leading class excludes commas), within 61 characters,
        and white space and a word starting with a letter of _LATE_BREAKDOWN_FIRST follow."""
        low = self.low
        comma = low.find(",", pos, min(end, pos + 61))
        if comma < 0:
            return False
        if self.folded:
            return True
        pos = comma + 1
        while pos < end and low[pos].isspace():
            pos += 1
        return pos < end and low[pos] in _LATE_BREAKDOWN_FIRST

    def group_of(self, m: re.Match[str], name: str | int = 0) -> str | None:
        """Group ``name`` of ``m`` (a match on ``self.subject``) as the original text has it."""
        start = m.start(name)
        return None if start < 0 else self.text[start : m.end(name)]

    def noun_may_follow(self, pos: int, end: int) -> bool:
        """Whether an outcome noun ("deaths", "killed" ...; each starts with a casualty
        stem) starts before ``end`` within 6 words of ``pos``: "of the" and up to three
        modifiers may come between (_NOUN_OUTCOME_RE); else that pattern cannot match."""
        hints = self.hints
        if hints is None:
            return True
        i = bisect_right(hints, pos)
        if i == len(hints) or hints[i] >= end:
            return False
        return len(self.low[pos : hints[i]].split()) <= 5

    # -- items -------------------------------------------------------------------------------
    def item(self, m: re.Match[str], end: int) -> _Item | None:
        """The count matched by ``m`` and the words after it that name a group or an outcome."""
        text, subject, rx = self.text, self.subject, self.rx
        count = count_or_none(text[m.start() : m.end()])
        if count is None:
            return None
        if self.not_casualty_left(m.start()):
            return None
        it = _Item(count=count, start=m.start(), end=m.end())
        pos = m.end()
        if text.startswith("-", pos) or text.startswith("%", pos):
            return None  # "12-year-old", "30%"
        nm = rx.noun_outcome.match(subject, pos, end) if self.noun_may_follow(pos, end) else None
        if nm is not None and self.mods_ok(
            text[nm.start("mods") : nm.end("mods")], text[nm.start("noun") : nm.end("noun")]
        ):
            it.outcome = _OUTCOME_NOUNS[text[nm.start("noun") : nm.end("noun")].lower()]
            mods = text[nm.start("mods") : nm.end("mods")]
            words = mods.split()
            if words and words[0].lower() == "of":
                words = words[1:]  # "dozens of dead"
            if words and words[-1].lower() in _HEAD_NOUNS:
                it.head = words.pop().lower()  # "100 soldiers killed"
                it.kind = _kind_of_head(it.head)
            else:
                it.kind = self.kind_of_mods(" ".join(words))
            it.mods = " ".join(words)
            it.group_text = " ".join(mods.split()) or None
            it.end = nm.end()
            self.actor_after(it, end)
            return it
        hm = rx.head.match(subject, pos, end)
        if hm is not None:
            it.head = text[hm.start("head") : hm.end("head")].lower()
            it.mods = " ".join(text[hm.start("mods") : hm.end("mods")].split())
            it.kind = _kind_of_head(it.head)
            it.group_start = hm.start("mods")
            it.end = hm.end()
            self.actor_after(it, end)
            it.group_text = " ".join(text[it.group_start : it.end].split())
            return it
        self.actor_after(it, end)
        if it.actor_text is None:
            bare = rx.bare_tail.match(subject, pos, end)
            if bare is not None:
                it.end = bare.end()
        return it

    def mods_ok(self, mods: str, noun: str) -> bool:
        """Whether the words between a count and an outcome noun can describe people:
        "28 civilian deaths" yes, "30 airstrikes killed" no."""
        words = mods.split()
        if not words:
            return True
        if len(words) == 1 and words[0].lower() == "of":
            return False
        last = words[-1].lower()
        if last in _HEAD_NOUNS or last in _COMBATANT_ADJECTIVES or last in _NEUTRAL_ADJECTIVES:
            return True
        # "300 HTS deaths": a name before a noun of death
        return noun.lower() in ("deaths", "fatalities", "dead") and all(
            w[0].isupper() for w in words
        )

    @staticmethod
    def kind_of_mods(mods: str) -> str:
        words = [w.lower() for w in mods.split()]
        for w in reversed(words):
            if w in _CIVILIAN_ADJECTIVES:
                return "civilians"
            if w in _COMBATANT_ADJECTIVES:
                return "combatants"
        if any(w[:1].isupper() for w in mods.split()):
            return "combatants"  # a named party's dead: resolved to the actor where possible
        return "total"

    def actor_after(self, it: _Item, end: int) -> None:
        """Read "from HTS and allied factions" / "of the Nusra Front" after the item."""
        text = self.text
        if not self.actor_intro_may_match(it.end, end):
            return
        intro = self.rx.actor_intro.match(self.subject, it.end, end)
        if intro is None:
            return
        words: list[tuple[int, int]] = []
        for m in _WORD_RE.finditer(text, intro.end(), min(end, intro.end() + 120)):
            gap = text[(words[-1][1] if words else intro.end()) : m.start()]
            if gap.strip():
                break
            w = m.group()
            low = w.lower()
            if low in _ACTOR_STOP:
                break
            if low == "and":
                after = m.end() + 1
                nxt = (
                    self.rx.count_phrase.match(self.subject, after, end)
                    if self.count_may_start(after)
                    else None
                )
                if nxt is not None or text[m.end() :].lstrip()[:1].isdigit():
                    break
            if not words and low in ("them", "those", "whom", "their", "his", "her", "its", "our"):
                return  # "12 of them", "300 from their homes": no party
            words.append((m.start(), m.end() - (1 if w.endswith(".") else 0)))
            if len(words) >= 8:
                break
        while words and text[words[-1][0] : words[-1][1]].lower() in ("and", "the", "of"):
            words.pop()
        if not words:
            return
        actor = text[words[0][0] : words[-1][1]]
        first = actor.split()[0].lower()
        if first == "the" and len(actor.split()) == 1:
            return
        if (
            it.head is None
            and it.outcome is None
            and not self.armed(actor)
            and first in ("the", "a", "an")
            and not any(w[:1].isupper() for w in actor.split())
        ):
            return  # "12 from the same family": no party named
        it.actor_text = actor
        it.end = words[-1][1]
        if it.group_text is None:
            it.group_text = " ".join(actor.split())

    @staticmethod
    def armed(name: str) -> bool:
        words = name.split()
        return any(w.lower() in _ARMED_WORDS for w in words) or any(
            len(w) >= 2 and w.isupper() and w.isalpha() for w in words
        )

    # -- groups --------------------------------------------------------------------------------
    def group(self, it: _Item) -> str:
        """The figure's group: an actor id where the registry resolves the party named, else
        'civilians' / 'combatants' / 'total' (see docs for the fall-backs)."""
        if it.kind == "civilians":
            return "civilians"
        names: list[str] = []
        if it.actor_text is not None:
            actor = it.actor_text
            names.append(actor)
            names.extend(re.split(r",\s*|\s+and\s+", actor))
        if it.mods and (it.kind == "combatants" or any(w[:1].isupper() for w in it.mods.split())):
            head = it.head or ""
            if head:
                names.append(f"{it.mods} {head}")
            names.extend([f"{it.mods} forces", it.mods])
        found = resolve_id(self.registry, names, cache=self.cache) if names else None
        if found is not None:
            return found
        if it.kind == "combatants":
            return "combatants"
        if it.actor_text is not None and self.armed(it.actor_text):
            return "combatants"
        return "total"

    # -- sentences ------------------------------------------------------------------------------
    def words_before(self, s: int, start: int, width: int = 120) -> list[str]:
        """The lower-cased words before ``start`` in its sentence (punctuation attached)."""
        return self.low[max(s, start - width) : start].split()

    def not_casualty_left(self, start: int) -> bool:
        if start > 0 and self.text[start - 1] in "$€£¥#":
            return True
        words = self.low[max(0, start - 30) : start].split()
        if not words:
            return False
        return words[-1] in _NOT_CASUALTY_WORDS or tuple(words[-2:]) in _NOT_CASUALTY_PAIRS

    def phrase_at(self, core: int, s: int, e: int) -> re.Match[str] | None:
        """The count phrase around the number word or digits at ``core``: it may start a few
        words earlier ("at least 27", "between 10 and 15", "a few hundred")."""
        lo = max(s, core - 40)
        words = self.low[lo:core].split()
        k = len(words)
        while k > 0 and words[k - 1] in _PHRASE_LEAD_WORDS and len(words) - k < 4:
            k -= 1
        candidates = [core]
        if k < len(words):
            # Where the lead words start, right to left: each is the last occurrence of its
            # word before the next one (white space alone lies between them).
            low, pos = self.low, core
            for word in reversed(words[k:]):
                pos = low.rfind(word, lo, pos)
                candidates.append(pos)
            candidates.reverse()
        count_re, subject = self.rx.count_phrase, self.subject
        for start in candidates:
            if start != core and not self.count_may_start(start):
                continue  # "of", "to": no count phrase starts there
            m = count_re.match(subject, start, e)
            if m is not None and m.end() > core:
                return m
        return None

    def worth_reading(self, m: re.Match[str], e: int) -> bool:
        """Whether any of the few words after a count could make it a casualty figure."""
        for word in self.low[m.end() : min(e, m.end() + 80)].split()[:6]:
            if word.strip(",.;:!?()\"'”’") in _RELEVANT_AFTER:
                return True
        return False

    def scan(self, s: int, e: int, cores: list[int]) -> None:
        pos = s
        for core in cores:
            if core < pos:
                continue
            m = self.phrase_at(core, s, e)
            if m is None or m.start() < pos:
                continue
            pos = m.end()
            verb_outcome, verb_kind = self.left_context(s, m.start())
            if verb_kind is None and not self.worth_reading(m, e):
                continue  # "40 air strikes", "the past 48 hours"
            first = self.item(m, e)
            if first is None:
                continue
            if self.attach_late_breakdown(m, s, e):
                pos = max(pos, self.out[-1].end_char)
                continue
            if first.head == "lives":
                # "claimed 12 lives", "took 12 lives"; other lives ("saved 12 lives") are none
                if verb_kind not in ("hold", "lifeverb"):
                    continue
                verb_outcome = Outcome.KILLED
            elif verb_kind == "hold" and first.head in _CAPTIVE_HEADS:
                verb_outcome = Outcome.CAPTURED  # "took 40 prisoners"
            pos = max(pos, self.figure_run(first, verb_outcome, verb_kind, s, e))

    def attach_late_breakdown(self, m: re.Match[str], s: int, e: int) -> bool:
        """'… have been killed, the monitor said, among them 14 civilians': parts named after
        a clause, attached to the sentence's last figure."""
        if not self.out or self.out[-1].sentence_start != s:
            return False
        words = self.words_before(s, m.start(), 24)
        if not (tuple(words[-1:]) in _LATE_PARTS_LEFT or tuple(words[-2:]) in _LATE_PARTS_LEFT):
            return False
        total_index = len(self.out) - 1
        while self.out[total_index].role == "breakdown":
            total_index = self.out[total_index].total_index or 0
        total = self.out[total_index]
        if total_index != len(self.out) - 1 and total.role != "total":
            return False
        parts = self.breakdown_list(m.start(), e, total.figure.outcome)
        groups = [(b, self.group(b)) for b in parts]
        groups = [(b, g) for b, g in groups if g != total.figure.group or g == "total"]
        if not groups:
            return False
        earlier = self.out[total_index + 1 :]
        parts_low = sum(x.figure.count.low or 0 for x in earlier)
        parts_low += sum(b.count.low or 0 for b, _ in groups)
        consistent = total.figure.count.high is None or parts_low <= total.figure.count.high
        self.out[total_index] = attrs.evolve(total, role="total", consistent=consistent)
        for i in range(total_index + 1, len(self.out)):
            self.out[i] = attrs.evolve(self.out[i], consistent=consistent)
        outcome = total.figure.outcome
        for b, g in groups:
            self.out.append(self.mention(b, g, outcome, s, e, "breakdown", total_index, consistent))
        return True

    def left_context(self, s: int, start: int) -> tuple[Outcome | None, str | None]:
        """The outcome (and the kind of verb) the words just before a count give it."""
        words = self.words_before(s, start)
        if not words:
            return None, None
        last = words[-1]
        if last in _LEFT_VERB_OUTCOMES:
            return _LEFT_VERB_OUTCOMES[last], "verb"
        if (
            last == "of"
            and words[-3:-1] == ["the", "lives"]
            and words[-4:-3]
            and (words[-4] in _LIFE_VERBS)
        ):
            return Outcome.KILLED, "verb"  # "claimed the lives of 12"
        # "among the dead were 28 civilians", "among the wounded, 12 children"
        tail = words[-4:-1] if last in _COPULAS else words[-3:]
        if (
            len(tail) >= 2
            and tail[-1] in _AMONG_OUTCOMES
            and (tail[-2] == "among" or (tail[-2] == "the" and tail[-3:-2] == ["among"]))
        ):
            return _AMONG_OUTCOMES[tail[-1]], "verb"
        if last in _NUMBERED and len(words) > 1 and words[-2] in _AMONG_OUTCOMES:
            return _AMONG_OUTCOMES[words[-2]], "verb"  # "the dead numbered 40"
        if last in _TOLL_LINKS:
            # "the death toll from five days of fighting has risen to 41"
            for w in reversed(words[-14:-1]):
                if w[-1] in ",.;:!?":
                    break
                if w == "toll":
                    return Outcome.KILLED, "verb"
        if last in _HOLD_VERBS:
            return None, "hold"
        if last in _LIFE_VERBS:
            return None, "lifeverb"
        if last in _LEAVE_VERBS:
            return None, "leave"
        return None, None

    def figure_run(
        self, first: _Item, verb_outcome: Outcome | None, verb_kind: str | None, s: int, e: int
    ) -> int:
        """Read the figure(s) starting at ``first`` and record them; return where reading may
        go on (after a list that turned out to be no figures too: re-reading its tail would
        fail the same way, and make long lists quadratic)."""
        text, subject, rx = self.text, self.subject, self.rx
        items = [first]
        cur = first
        # "183 fighters, 100 soldiers and 28 civilians were killed"; "killing 12 soldiers and
        # 4 civilians": a list sharing one outcome.
        while cur.outcome is None and cur.names_group:
            sep = rx.list_sep.match(subject, cur.end, e)
            if sep is None:
                break
            nm = (
                rx.count_phrase.match(subject, sep.end(), e)
                if self.count_may_start(sep.end())
                else None
            )
            if nm is None:
                break
            nxt = self.item(nm, e)
            if nxt is None or not nxt.names_group:
                break
            items.append(nxt)
            cur = nxt
        outcome = verb_outcome or first.outcome
        if outcome is None and len(items) > 1 and items[-1].outcome is not None:
            outcome = items[-1].outcome
        end = fail_end = items[-1].end
        if outcome is None or (verb_kind == "leave" and first.outcome is None):
            am = rx.aux_outcome.match(subject, end, e)
            if am is not None:
                outcome = self.outcome_of(am)
                end = am.end()
        if (
            first.kind is None
            and first.actor_text is None
            and first.outcome is None
            and verb_outcome is not None
            and end == first.end
            and not rx.bare_boundary.match(subject, first.end, e)
        ):
            return fail_end  # "captured 12 villages": the verb's object is no person
        breakdown: list[_Item] = []
        if len(items) == 1:
            bm = rx.breakdown.match(subject, end, e) if _breakdown_may_start(text, end, e) else None
            if bm is None and outcome is not None and self.late_breakdown_may_match(end, e):
                bm = rx.late_breakdown.match(subject, end, e)
            if bm is not None:
                breakdown = self.breakdown_list(bm.end(), e, outcome)
                if breakdown:
                    end = breakdown[-1].end
                    if outcome is None:
                        tail = re.compile(r"\s*[,)]?").match(text, end, e)
                        am = rx.aux_outcome.match(subject, tail.end() if tail else end, e)
                        if am is not None:
                            outcome = self.outcome_of(am)
                            end = am.end()
        if outcome is None:
            return fail_end
        if (
            not first.names_group
            and first.outcome is None
            and _YEAR_RE.fullmatch(text[first.start : first.end])
        ):
            return fail_end  # a year, not a count ("… in 2016 were …")
        self.record(items, breakdown, outcome, s, e)
        return end

    def outcome_of(self, am: re.Match[str]) -> Outcome:
        phrase = self.group_of(am, "phrase")
        if phrase:
            return _PHRASE_OUTCOMES[phrase.split()[0].lower()]
        return _OUTCOME_WORDS[(self.group_of(am, "word") or "").lower()]

    def breakdown_list(self, pos: int, e: int, outcome: Outcome | None) -> list[_Item]:
        text, subject, rx = self.text, self.subject, self.rx
        out: list[_Item] = []
        while True:
            m = rx.count_phrase.match(subject, pos, e) if self.count_may_start(pos) else None
            if m is None:
                break
            it = self.item(m, e)
            if it is not None and not it.names_group:
                # "of whom 28 were civilians"
                were = rx.were.match(subject, it.end, e)
                if were is not None:
                    hm = rx.head.match(subject, were.end(), e)
                    if hm is not None:
                        it.head = text[hm.start("head") : hm.end("head")].lower()
                        it.kind = _kind_of_head(it.head)
                        it.group_text = " ".join(text[hm.start("mods") : hm.end()].split())
                        it.end = hm.end()
            if it is None or not it.names_group:
                break
            if it.outcome is not None and outcome is not None and it.outcome is not outcome:
                break  # "including 28 dead and 40 wounded": other outcomes, not parts
            out.append(it)
            sep = rx.list_sep.match(subject, it.end, e)
            if sep is None:
                break
            pos = sep.end()
        return out

    def record(
        self, items: list[_Item], breakdown: list[_Item], outcome: Outcome, s: int, e: int
    ) -> None:
        if breakdown:
            total = items[0]
            total_group = self.group(total)
            parts = [(b, self.group(b)) for b in breakdown]
            # A part of the same group as its total ("28 civilians, including 10 children")
            # names a subgroup the model cannot hold; it is not a figure of its own.
            parts = [(b, g) for b, g in parts if g != total_group or total_group == "total"]
            consistent = True
            if total.count.high is not None:
                consistent = sum(b.count.low or 0 for b, _ in parts) <= total.count.high
            total_index = len(self.out)
            role: Role = "total" if parts else "standalone"
            self.out.append(self.mention(total, total_group, outcome, s, e, role, None, consistent))
            for b, g in parts:
                self.out.append(self.mention(b, g, outcome, s, e, "breakdown", total_index,
                                             consistent))  # fmt: skip
            return
        for it in items:
            self.out.append(
                self.mention(it, self.group(it), outcome, s, e, "standalone", None, True)
            )

    def mention(
        self,
        it: _Item,
        group: str,
        outcome: Outcome,
        s: int,
        e: int,
        role: Role,
        total_index: int | None,
        consistent: bool,
    ) -> CasualtyMention:
        return CasualtyMention(
            figure=_figure(outcome, group, it.count),
            start_char=it.start,
            end_char=it.end,
            sentence_start=s,
            sentence_end=e,
            role=role,
            total_index=total_index,
            group_text=it.group_text,
            consistent=consistent,
        )


_PLAIN_GROUPS: Final = frozenset(["total", "civilians", "combatants"])


def _figure(outcome: Outcome, group: str, count: Count) -> CasualtyFigure:
    """``CasualtyFigure(outcome=outcome, group=group, count=count)``, without its converter
    and checks where they cannot change or reject anything: ``outcome`` comes from the word
    tables (an Outcome), ``count`` from the count parser, and the plain groups are valid.  An
    actor id (from any NameResolver) still goes through the checks."""
    if group in _PLAIN_GROUPS:
        return trusted(CasualtyFigure, outcome=outcome, group=group, count=count)
    return CasualtyFigure(outcome=outcome, group=group, count=count)


def find_casualties(text: str, *, registry: NameResolver | None = None) -> list[CasualtyMention]:
    """Every casualty figure in ``text``, in text order, with its span, sentence and role.

    A total and its breakdown ("over 300 deaths, including 183 fighters and 28 civilians")
    come as one ``"total"`` mention followed by ``"breakdown"`` mentions pointing back at it.
    Groups that name a party ("183 from HTS", "100 government soldiers") resolve to an actor
    id with ``registry``; without one, or when the name does not resolve, they fall back to
    ``"combatants"`` and the words are kept in ``group_text``.  Never raises on any string.

    >>> [(m.figure.outcome.value, m.figure.group, m.figure.count.low, m.role)
    ...  for m in find_casualties("Clashes left over 300 dead, including 28 civilians.")]
    [('killed', 'total', 300, 'total'), ('killed', 'civilians', 28, 'breakdown')]
    >>> find_casualties("The city of 2 million was hit by 30 airstrikes.")
    []
    """
    if not isinstance(text, str):
        raise ValidationError([Problem("$", f"must be a string, got {text!r}")], "text")
    low, hints, numbers, _, _ = keyword_hits(text)
    if not hints:
        return []
    spans = sentences(text)
    starts = [span[0] for span in spans]
    scanner = _Scanner(text, low, registry, hints)
    for i in sorted({bisect_right(starts, p) - 1 for p in hints}):
        if i < 0:
            continue
        s, e = spans[i]
        cores = numbers[bisect_left(numbers, s) : bisect_left(numbers, e)]
        cores.extend(d.start() for d in _DIGITS_RE.finditer(text, s, e))
        if cores:
            scanner.scan(s, e, sorted(cores))
    return scanner.out


def extract_casualties(text: str, *, registry: NameResolver | None = None) -> list[CasualtyFigure]:
    """The casualty figures of ``text``: the figures of :func:`find_casualties`, in order.

    >>> [(f.outcome.value, f.group, f.count.figure) for f in extract_casualties(
    ...     "Shelling killed four civilians and wounded 12 soldiers.")]
    [('killed', 'civilians', 4), ('injured', 'combatants', 12)]
    """
    return [m.figure for m in find_casualties(text, registry=registry)]
