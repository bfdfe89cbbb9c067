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

__all__ = ["SCANNER", "TENSE_WINDOW_CHARS", "direction_before"]

# How far back tense cues are looked for: the start of the sentence, at most this many
# characters before the mention.
TENSE_WINDOW_CHARS = 80


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
    rf"|year[- ]end"
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

SCANNER = re.compile(
    rf"(?<![\w'-])(?:(?P<core>{_HEDGE}?(?:{_RANGE}|{_i('since')}{_S}(?:{_SIMPLE}|{_YEAR})"
    rf"|{_SIMPLE}|{_i(rf'the{_S}year')}{_S}{_YEAR}))"
    rf"|(?P<lead>{_YEAR_LEAD})(?:{_S}|-)(?P<year>{_HEDGE}?{_YEAR}))(?![\w-])"
)

# Tense cues.  Future: modal and planning words, and words that state a deadline or validity
# ("until", "due", "payable", "expires").  Past: past-tense reporting and auxiliaries.
_CUES = re.compile(
    r"\b(?:(?P<past>was|were|had|did|said|says|reported|announced|killed|died|began|ended"
    r"|took\splace|ago)"
    r"|(?P<future>will|won't|shall|would|could|might|may|must|should|'ll|expects?|expected"
    r"|scheduled|planned|plans?|planning|intends?|hopes?\sto|aims?\sto|set\s(?:to|for)|due"
    r"|payable|expires?|expiring|effective|takes\seffect|is\sto|are\sto|going\sto|until|till"
    r"|upcoming|forthcoming|as\s(?:soon|early)\sas|tomorrow|next))\b",
    re.IGNORECASE,
)
# A sentence ends at . ! ? followed by space and a capital or quote, unless the word before the
# dot is an abbreviation ("Jan. 2 to holders", "Mr. Smith") or an initial; or at a blank line.
_SENTENCE_END = re.compile(r"(?P<word>\w{0,12})[.!?][\"')\]]?\s{1,8}(?=[A-Z\"'(`])|\n\s{0,8}\n")
_ABBREVIATIONS = frozenset(
    [m.title() for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july")]
    + [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Gen",
        "Col",
        "Lt",
        "Sgt",
        "Capt",
        "Maj",
        "Adm",
        "Sen",
        "Rep",
        "Gov",
        "Pres",
        "St",
        "Inc",
        "Corp",
        "Co",
        "Ltd",
        "Jr",
        "Sr",
        "No",
        "Vol",
        "vs",
        "Mt",
        "Ft",
        "Gov",
        "Rev",
        "Prof",
        "U",
        "S",
    ]
)


def direction_before(text: str, position: int) -> Literal["past", "future"]:
    """The direction the tense cues before ``position`` in its sentence choose: the cue nearest
    the position wins ("said ... will resume" is future); no cue means past."""
    window_start = max(0, position - TENSE_WINDOW_CHARS)
    window = text[window_start:position]
    sentence_start = 0
    # one character past the position lets the capital after a full stop be seen
    for end in _SENTENCE_END.finditer(text[window_start : position + 1]):
        word = end.group("word")
        if word is None or not (word in _ABBREVIATIONS or len(word) == 1):
            sentence_start = end.end()
    window = window[sentence_start:]
    last = None
    for last in _CUES.finditer(window):  # noqa: B007 - the last cue is the one wanted
        pass
    return "future" if last is not None and last.group("future") else "past"
