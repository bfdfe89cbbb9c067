"""The scanner behind :func:`conflict_events.find_dates`: one compiled regex that finds date
expressions in running text, and the tense cues that pick each one's direction.

Every quantifier in the scanner is bounded and no group repeats, so the work at each position
is bounded and a scan is linear in the text.  Month and weekday names must be capitalised (or
upper case), so the verbs "may" and "march" and the noun "fall" are not dates; "May" alone, a
bare year and a season need a word that makes them dates ("in May", "since 2016", "last summer").
"""

from __future__ import annotations

import re
from typing import Literal

from conflict_events.parse._dates_vocab import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    WEEKDAYS,
    alternation,
)

__all__ = [
    "SCANNER",
    "SENTENCE_AHEAD_CHARS",
    "SENTENCE_BACK_CHARS",
    "direction_at",
    "direction_before",
    "sentence_bounds",
]


def _cased(words: list[str]) -> str:
    """Title-case and upper-case spellings only: "March", "MARCH", never "march"."""
    forms = [w.title() for w in words] + [w.upper() for w in words]
    return alternation(forms)


def _i(pattern: str) -> str:
    return f"(?i:{pattern})"


_S = r"\s{1,3}"
_FULL_MONTHS = [m for m in MONTHS if len(m) > 3 or m == "may"]
_ABBR_MONTHS = [m for m in MONTHS if len(m) <= 4 and m != "may"]
_MON = rf"(?:{_cased(_FULL_MONTHS)}|{_cased(_ABBR_MONTHS)}\.?)"
_MON_NOT_MAY = rf"(?:{_cased([m for m in _FULL_MONTHS if m != 'may'])}|{_cased(_ABBR_MONTHS)}\.?)"
_WD = _cased([w for w in WEEKDAYS if len(w) > 4])
_WORD_NUM = alternation(w.replace(" ", "[ -]") for w in NUMBER_WORDS)
_NUM = _i(rf"(?:\d{{1,3}}|{_WORD_NUM}|a{_S}couple{_S}of|a|an|several|a{_S}few)")
_DAYN = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)|{_i(alternation(w.replace(' ', '[ -]') for w in ORDINAL_WORDS))})"
_YEAR = r"(?:1[0-9]|20)\d\d(?![\d,.]\d)"
_HEDGE = _i(
    rf"(?:(?:about|around|approximately|roughly|nearly|almost|circa|some|just{_S}over|more{_S}than"
    rf"|on{_S}or{_S}about|on{_S}or{_S}around|close{_S}to){_S})"
)
_POD = _i(r"(?:morning|afternoon|evening|night|midday|noon|midnight|dawn|overnight)")
_EDGE = _i(
    rf"(?:early|mid|late|the{_S}(?:beginning|start|middle|end|close){_S}of"
    rf"|the{_S}(?:early|latter|later|first|last){_S}part{_S}of)"
)
_UNIT = _i(r"(?:day|week|month|year|decade)s?")
_REL = _i(r"(?:last|next|this|coming|past)")
_DAYWORD = _i(
    rf"(?:(?:early|late|earlier|later){_S})?(?:the{_S}day{_S}before{_S}yesterday"
    rf"|the{_S}day{_S}after{_S}tomorrow|today|tonight|yesterday|tomorrow|last{_S}night)"
)
_YEAR_REL = _i(rf"(?:last|this|next){_S}year")
_MONTH_DAY = (
    rf"(?:(?:{_i('this coming|this past|this')}{_S})?{_WD},?{_S})?"
    rf"(?:{_MON}{_S}(?:the{_S})?{_DAYN}(?:\s?[-–]\s?{_DAYN})?|(?:the{_S})?{_DAYN}"
    rf"(?:\s?[-–]\s?{_DAYN}|{_S}{_i('to|and|until|through')}{_S}{_DAYN})?{_S}(?:{_i('of')}{_S})?{_MON})"
    rf"(?:,?{_S}{_YEAR}|{_S}{_YEAR_REL})?"
)
_MONTH_YEAR = rf"{_MON}(?:{_S}{_i('of')})?{_S}(?:{_YEAR}|{_YEAR_REL})"
_REL_MONTH = rf"(?:{_REL}|{_i('early|mid|late')}){_S}?{_MON}"
_WEEKDAY = (
    rf"(?:{_i('last|next|this coming|this past|this|coming|past')}{_S})?"
    rf"(?:{_i('early|late|earlier|later')}{_S})?{_WD}(?:'s)?(?:{_S}{_POD})?"
)
_YEAR_REF = rf"(?:{_YEAR}|{_i(rf'(?:last|this|next|the{_S}current|the){_S}year')})"
_PART = (
    rf"{_EDGE}(?:{_S}|-)(?:{_MONTH_YEAR}|(?:{_REL}{_S})?{_MON}|{_YEAR_REF}"
    rf"|{_i(rf'(?:last|this|next|the){_S}(?:month|week)')})"
)
_RELATIVE = _i(
    rf"(?:{_NUM}{_S}{_UNIT}(?:{_S}or{_S}so)?{_S}(?:ago|earlier|later|from{_S}now)"
    rf"|in{_S}{_NUM}{_S}{_UNIT}(?:{_S}time)?"
    rf"|(?:the{_S})?(?:past|last|next|coming){_S}(?:{_NUM}{_S})?(?:hour|day|week|month|year|decade)s?"
    rf"|(?:earlier|later){_S}(?:this|in{_S}the){_S}(?:week|month|year)"
    rf"|(?:last|this|next|the|the{_S}past|this{_S}past|this{_S}coming){_S}weekend"
    rf"|(?:last|this|next){_S}(?:week|month|year|decade|century)"
    rf"|this{_S}(?:morning|afternoon|evening)"
    rf"|year[- ]end|year[- ](?:ago|earlier)"
    rf"|(?:the{_S}(?:current|last|next){_S}|this{_S}|last{_S}|next{_S})fiscal{_S}year"
    rf"|(?:last|this|next|early|late){_S}(?:spring|summer|autumn|fall|winter)"
    rf"|(?:the{_S})?(?:spring|summer|autumn|fall|winter){_S}(?:of{_S})?\d{{4}}(?!\d)"
    r"|the\s(?:early\s|mid[- ]|late\s)?(?:1[0-9]|20)\d0'?s"
    r"|the\s'\d0s"
    r"|the\s(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
)
_HOLIDAY = r"(?:Christmas(?:\sEve|\sDay)?|New\sYear'?s\s(?:Day|Eve)|Thanksgiving(?:\sDay)?|Easter(?:\sSunday|\sMonday)?|Good\sFriday)"
_ISO = r"\d{4}-\d\d-\d\d(?!\d)"

_SIMPLE = (
    rf"(?:{_ISO}|{_MONTH_DAY}|{_PART}|{_MONTH_YEAR}|{_RELATIVE}|{_REL_MONTH}|{_DAYWORD}"
    rf"(?:{_S}{_POD})?|{_WEEKDAY}|{_HOLIDAY}|{_MON_NOT_MAY})"
)
_RANGE_END = rf"(?:{_SIMPLE}|{_YEAR}|{_DAYN})"
_RANGE = (
    rf"{_i('between')}{_S}{_RANGE_END}{_S}{_i('and')}{_S}{_RANGE_END}"
    rf"|{_i('from')}{_S}{_RANGE_END}(?:{_S}{_i('to|until|through')}{_S}|\s?[-–]\s?){_RANGE_END}"
)
_YEAR_LEAD = _i(
    r"(?:in|during|by|until|of|from|before|after|throughout|for|early|mid|late|since|around)"
)

_FISCAL_YEAR = rf"(?:{_i(rf'fiscal(?:{_S}year)?')}{_S}|FY ?){_YEAR}"
_DAY_SHIFT = (
    rf"{_i(rf'(?:the{_S})?day{_S}(?:before|after)')}{_S}(?:{_WEEKDAY}|{_MONTH_DAY}|{_HOLIDAY})"
)

_OPEN_END = _i(rf"(?:or|and){_S}(?:later|earlier|beyond|after|before)|onwards?")

SCANNER = re.compile(
    rf"(?<![\w'-])(?:(?P<core>{_HEDGE}?(?:{_RANGE}|{_i('since')}{_S}(?:{_SIMPLE}|{_YEAR})"
    rf"|{_DAY_SHIFT}|{_FISCAL_YEAR}|{_i('the')}{_S}{_YEAR}{_S}{_i('period')}"
    rf"|{_SIMPLE}|{_i(rf'the{_S}year')}{_S}{_YEAR}))"
    rf"|(?P<lead>{_YEAR_LEAD})(?:{_S}|-)(?P<year>{_HEDGE}?{_YEAR}))(?![\w-])"
    # "1994 or later", "1990 and beyond": open at one end, no span
    rf"(?!{_S}{_OPEN_END}\b)"
)

# --------------------------------------------------------------------------------------------
# Tense: which way a date in running text points.  The verb group nearest the date in its
# clause decides; see docs/dates.md ("Tense cues") for the rule in full.

# How far around a mention its sentence is looked for, back and ahead: bounded, so finding all
# the mentions of a text stays linear in its length.
SENTENCE_BACK_CHARS = 400
SENTENCE_AHEAD_CHARS = 300


def _words(text: str, *more: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``, and ``more``."""
    return frozenset(text.split()).union(more)


# A sentence ends at . ! ? followed by space and a capital or quote, unless the word before the
# dot is an abbreviation ("Jan. 2 to holders", "Mr. Smith") or an initial ("U.S."); or at a
# blank line.
_SENTENCE_END = re.compile(
    r"(?P<word>\w{0,12})(?P<stop>[.!?])[\"')\]]?\s{1,8}(?=[A-Z\"'(`])|(?P<blank>\n)\s{0,8}\n"
)
_ABBREVIATIONS = _words(
    "Mr Mrs Ms Dr Gen Col Lt Sgt Capt Maj Adm Sen Rep Gov Pres St Inc Corp Co Ltd Jr Sr No Vol vs"
    " Mt Ft Rev Prof Messrs Gens Cmdr Brig Supt Insp Det",
    *(m.title() for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july")),
)


def _ends_sentence(m: re.Match[str]) -> bool:
    if m.group("blank"):
        return True
    word = m.group("word")
    initial = len(word) == 1 and word.isupper()
    return not (initial or word in _ABBREVIATIONS)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``text[start:end]``: ``(first, last)`` character offsets,
    looked for at most :data:`SENTENCE_BACK_CHARS` before and :data:`SENTENCE_AHEAD_CHARS`
    after.

    >>> t = "Talks failed. The army will withdraw on Friday, he said. Then what?"
    >>> a, b = sentence_bounds(t, t.index("Friday"), t.index("Friday") + 6)
    >>> t[a:b]
    'The army will withdraw on Friday, he said'
    """
    lo = max(0, start - SENTENCE_BACK_CHARS)
    hi = min(len(text), end + SENTENCE_AHEAD_CHARS)
    first, last = lo, hi
    # one character past the window lets the capital after a full stop be seen
    for m in _SENTENCE_END.finditer(text[lo : hi + 1]):
        stop = lo + m.start("stop" if m.group("stop") else "blank")
        if start <= stop < end or not _ends_sentence(m):
            continue
        if stop < start:
            first = lo + m.end()
        else:
            last = stop
            break
    return first, last


# A word (with inner hyphens and apostrophes: "lower-than-expected", "won't", "they'll") or a
# punctuation mark that ends a clause segment.
_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+){0,6}|--|[,;:()\u2013\u2014]")
_POSSESSIVE = re.compile("['\u2019]s\\b")
_SEGMENT_BREAKS = frozenset([",", ";", ":", "(", ")", "--", "\u2013", "\u2014"])

# Verb-group parts.  F: future auxiliaries; P: past auxiliaries; H: perfect auxiliaries; S:
# present auxiliaries; f: future words (need the next word in some cases, see _kind); p: past
# verbs and words; x: words that may sit inside a verb group ("will not be", "was also").
_FUTURE_AUX = _words("will shall would might must should won't wouldn't shouldn't mustn't shan't")
_PAST_AUX = _words("was were had did wasn't weren't hadn't didn't")
_PERFECT_AUX = _words("has have hasn't haven't")
_PRESENT_AUX = _words("is are am isn't aren't")
_FUTURE_WORDS = _words(
    "expected expects expect expecting scheduled schedules slated due planned plans plan"
    " planning intends intend intending upcoming forthcoming coming next payable expire"
    " expires expiring effective starting supposed going hope hopes hoping aim aims aiming set"
)
# these are future words only before "to" ("plans to", "going to"); "set" also before "for"
_NEEDS_TO = _words("plan plans hope hopes hoping aim aims aiming supposed going")
_PAST_WORDS = _words(
    "said says told ago earlier began came went took gave made met held left fled fought struck"
    " shot saw found brought bought sent spent lost won wrote spoke broke rose fell drove flew"
    " ran stood got kept led paid heard knew withdrew became chose sought caught sold blew grew"
    " threw overran hid slept swept bore tore wore stole sank rang arose awoke dug fed felt"
    " meant dealt built lent sat ate undertook overtook forgave hit"
)
_FILLERS = _words(
    "be been being not n't to also still just already never now then soon only even again yet"
    " reportedly first finally later"
)
# "-ed" words that are not verbs
_NOT_VERBS = _words(
    "need speed seed feed bleed breed creed deed greed heed reed weed indeed steed shed bed red"
    " hundred kindred sacred naked wicked proceed exceed succeed"
)
_DETERMINERS = _words(
    "the a an this that these those its their his her our my your some any no every each"
)
# words just before a date that make it a deadline or a start ("until Friday", "by March")
_WEAK_FUTURE = _words("until till by through deadline")


def _kind(words: list[str], raw: list[str], i: int, sentence_start: bool) -> str:
    """The verb-group part ``words[i]`` is: one of F P H S f p x, or "" for none."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w in _FUTURE_AUX or w.endswith("'ll") or (w == "may" and raw[i] == "may"):
        return "F"
    if w in _PAST_AUX:
        return "P"
    if w in _PERFECT_AUX:
        return "H"
    if w in _PRESENT_AUX:
        return "S"
    if w in _FUTURE_WORDS:
        if w in _NEEDS_TO:
            return "f" if nxt == "to" else ""
        if w == "set":
            return "f" if nxt in ("to", "for") else "p"
        if w == "next" and nxt == "to":  # "next to": a place
            return ""
        if w == "due" and nxt == "to":  # "due to": a cause
            return ""
        return "f"
    if w in _PAST_WORDS:
        return "p"
    if w in _FILLERS or (w.endswith("ly") and len(w) > 4):
        return "x"
    if (
        w.endswith("ed")
        and len(w) > 3
        and "-" not in w
        and w not in _NOT_VERBS
        and (sentence_start or raw[i][0].islower())  # "United", "Ahmed": names
        and not _after_determiner(words, i)  # "the injured", "a still unnamed": adjectives
    ):
        return "p"
    return ""


_Group = tuple[int, int, int, Literal["past", "future"] | None]  # start, end, segment, tense


def _after_determiner(words: list[str], i: int) -> bool:
    for j in range(i - 1, max(-1, i - 3), -1):
        if words[j] in _DETERMINERS:
            return True
        if not (words[j].endswith("ly") or words[j] in ("still", "very", "now", "so")):
            return False
    return False


def _group_tense(kinds: str, head: str) -> Literal["past", "future"] | None:
    """The tense of a verb group from its parts (``kinds``) and its first word (``head``)."""
    first = kinds[0]
    if first == "F" and kinds[1:].lstrip("x").startswith("H") and head not in ("will", "shall"):
        return "past"  # "may have been", "would have": a modal perfect looks back
    if first in "Ff" or "f" in kinds:  # "will", "was expected to", "did not plan to"
        return "future"
    if first == "P":
        return "past"
    if first == "H":  # "has set", "has been"; a lone "have" may be the main verb
        return "past" if len(kinds.rstrip("t")) > 1 else None
    if first == "S":  # "is to"; otherwise the present says nothing
        return "future" if kinds.startswith("St") else None
    return "past"


def direction_at(text: str, start: int, end: int) -> Literal["past", "future"]:
    """The direction the tense of the sentence around ``text[start:end]`` gives that date.

    The verb group nearest the date in its clause segment (between commas, semicolons,
    dashes, brackets) decides, the one before the date first; then "until" / "by" / "through"
    just before the date make it future (unless the phrase opens the segment: "Until Friday,
    he was ..."); then the nearest group in the rest of the sentence; then such a word
    anyway; otherwise past.  A group's first auxiliary gives its tense ("will be paid" is
    future, "had been expected" past, "is expected" future, "is held" none).

    >>> t = "Rebels took the town on Friday and talks will resume on Monday, officials said."
    >>> direction_at(t, t.index("Friday"), t.index("Friday") + 6)
    'past'
    >>> direction_at(t, t.index("Monday"), t.index("Monday") + 6)
    'future'
    """
    first, last = sentence_bounds(text, start, end)
    raw: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, first, last):
        if m.end() <= start or m.start() >= end:  # the mention's own words are not cues
            raw.append(m.group())
            spans.append(m.span())
    words = [w.lower().replace("\u2019", "'") for w in raw]
    groups: list[_Group] = []
    kinds = gap = ""
    group_start = group_end = group_segment = head = 0

    def close() -> None:
        nonlocal kinds, gap
        if kinds:
            tense = _group_tense(kinds + gap, words[head])  # a trailing "to" counts: "is to"
            groups.append((group_start, group_end, group_segment, tense))
            kinds = gap = ""

    segment = 0
    mention_segment = -1
    words_before = 0  # words of the mention's segment before it
    previous = ""  # the word just before the mention
    for i, w in enumerate(words):
        position = spans[i][0]
        if mention_segment < 0 and position >= end:  # a group never spans the mention
            close()
            mention_segment = segment
        if w in _SEGMENT_BREAKS:
            close()
            segment += 1
            words_before = 0
            previous = ""
            continue
        if mention_segment < 0:
            words_before += 1
            previous = w
        kind = _kind(words, raw, i, position == first)
        if kind == "x":
            if kinds:
                gap += "t" if w == "to" else "x"
            elif w == "to" and i + 1 < len(words) and words[i + 1] == "be":  # "to be held"
                kinds, gap, head = "f", "", i
                group_start, group_end, group_segment = position, spans[i][1], segment
            continue
        if not kind:
            close()
            continue
        if kinds and len(gap) <= 3:
            kinds += gap + kind
            group_end = spans[i][1]
        else:
            close()
            kinds, head = kind, i
            group_start, group_end, group_segment = position, spans[i][1], segment
        gap = ""
    close()
    if mention_segment < 0:
        mention_segment = segment

    if previous == "since":  # "since" takes a time before the present
        return "past"
    tense = _nearest([g for g in groups if g[2] == mention_segment], start, end)
    if tense:
        return tense
    weak = previous in _WEAK_FUTURE
    if weak and words_before > 1:
        return "future"
    if _POSSESSIVE.match(text, end) or _POSSESSIVE.match(text, max(0, end - 2)):
        # "after Wednesday's ruling": the day of an event the clause names; another clause's
        # verb says nothing about it
        return "past"
    tense = _nearest(groups, start, end)
    if tense:
        return tense
    return "future" if weak else "past"


def _nearest(groups: list[_Group], start: int, end: int) -> Literal["past", "future"] | None:
    """The tense of the nearest tensed group before ``start``, else of the first after ``end``."""
    tense = None
    for _, last, _, group_tense in groups:
        if last <= start and group_tense:
            tense = group_tense
    if tense:
        return tense
    for first, _, _, group_tense in groups:
        if first >= end and group_tense:
            return group_tense
    return None


def direction_before(text: str, position: int) -> Literal["past", "future"]:
    """:func:`direction_at` for a date starting at ``position`` whose extent is unknown.

    >>> direction_before("The talks will resume on Friday", 25)
    'future'
    """
    return direction_at(text, position, position)
