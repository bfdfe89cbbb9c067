"""The group a careful reader gives a figure from its context (DESIGN §10; the rules are in
docs/casualties-and-claims.md, "Groups from context").

A figure whose own words name no side ("12 of them", "the toll rose to 21", "neuf morts …
dans nos rangs", "a man suspected of stealing a motorbike") takes the group its context
gives: the people "them" stands for, the toll it updates, the speaker's ranks, the civilians
that suspects of an ordinary crime are.  :func:`context_groups` reads these after the
casualty scanner (it only ever replaces a ``total`` group); :func:`enemy_sides` gives a
generic noun for the other side ("seven rebels", "une trentaine de terroristes") the one
non-state armed actor its article names, in the report builder.  Every word is lexicon
data (``casualties.context``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping, MutableSequence, Sequence
from typing import TYPE_CHECKING, Final, Protocol, TypeVar

import attrs

from conflict_events.lexicon import Lexicon
from conflict_events.model._report import CasualtyFigure
from conflict_events.parse._counts import phrase_alternation, word_alternation
from conflict_events.text._accel import compiled
from conflict_events.text._keywords import Vocabulary, register

if TYPE_CHECKING:
    from conflict_events.model import Actor


class CasualtyMention(Protocol):
    """What the rules read of a casualty stage's mention (an attrs class: the rules give a
    new group with ``attrs.evolve``); the stage's own class is not imported, which would
    make the two modules import each other."""

    @property
    def figure(self) -> CasualtyFigure: ...
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...
    @property
    def sentence_start(self) -> int: ...
    @property
    def sentence_end(self) -> int: ...
    @property
    def role(self) -> str: ...
    @property
    def group_text(self) -> str | None: ...


M = TypeVar("M", bound=CasualtyMention)

__all__ = [
    "CONTEXT_WORDS",
    "ContextWords",
    "context_groups",
    "context_words",
    "enemy_group",
    "non_state_sides",
    "own_side",
]

_CONTEXT: Final = "casualties.context"
_TOLL_NOUNS: Final = "casualties.toll.nouns"
_EARLIER_TOLL: Final = "casualties.constructions.earlier_toll.phrases"
# The outcome nouns of "among the dead" / "two of the wounded", by outcome.
_AMONG_NOUNS: Final = "casualties.among_nouns"
# The bare nouns that name the article's own state forces (docs/names.md, "A bare force
# noun"): the ranks a speaker calls "ours" are theirs where the article names one force.
_FORCE_NOUNS: Final = "names.descriptors.bare_nouns.military"
# How far before a figure a toll noun or the antecedent of "them" may stand (a sentence or
# two of wire copy; never across a paragraph).  A toll noun is read within the figure's own
# sentence only, so the reach may cover an apposition between the noun and its count ("Un
# premier bilan, communiqué mercredi soir par une source militaire, faisait état de sept
# morts": 96 characters; 80 until the session of 2026-12-07, fourteenth).
_TOLL_WINDOW: Final = 140
_ANTECEDENT_WINDOW: Final = 300
# How many words before a count a language's partitive clitic may stand ("en avoir capturé
# deux": the clitic, an auxiliary, the verb).
_CLITIC_WORDS: Final = 3
# How many words may open a sentence before its subject's noun ("As forças ruandesas
# afirmaram ter abatido seis deles": the forces did the killing, "deles" are others).
_SUBJECT_WORDS: Final = 3
# How far (characters) a relative clause is read for a verb of firing ("que, de acordo com a
# PM, atiraram contra os agentes").
_CLAUSE_WINDOW: Final = 60
# How far (characters) after a figure its clause may put it in the speaker's ranks ("neuf
# morts et treize blessés dans nos rangs").
_RANKS_WINDOW: Final = 80
# How far before a people noun the preposition of a passive's agent may stand ("par des").
_AGENT_REACH: Final = 24
_WORD_RE: Final = re.compile(r"[^\W_][\w\u064b-\u065f\u0670'’-]*")
_STRIP: Final = "\"'“”«»‘’.,;:!?()[]"
# ... and the Arabic marks a word may end with (tanween: "إرهابياً" is the table's "إرهابيا").
_STRIP_MARKS: Final = _STRIP + "".join(map(chr, range(0x064B, 0x0660))) + "\u0670"


@attrs.frozen
class ContextWords:
    """The words of the context rules of one lexicon (``casualties.context``)."""

    #: "of them", "d'entre eux", "deles", "منهم" right after a count
    partitive: re.Pattern[str] | None
    #: endings of a count that stand for "of them" ("7'sinin")
    partitive_suffixes: tuple[str, ...]
    #: a clitic before the verb that stands for "of them" ("en avoir capturé deux")
    partitive_clitics: frozenset[str]
    #: the case endings of a plural noun of people right before a count that make the count
    #: "N of them" ("göstericilerden biri", "polislerden 3'ü")
    partitive_cases: tuple[str, ...]
    #: prefixes read off a noun before it is looked up (an article joined to it: "الإرهابيين")
    noun_prefixes: tuple[str, ...]
    #: a count's "of the" and an outcome noun right after it ("two of the wounded", "dos de
    #: los heridos", "أحد المخطوفين"), the noun in group ``noun``
    outcome_partitive: re.Pattern[str] | None
    #: the outcome each such noun names (casualties.among_nouns)
    among_outcomes: Mapping[str, str]
    #: counts that say "one of" by themselves, with no link before the noun ("أحد المخطوفين")
    partitive_counts: frozenset[str]
    crime_nouns: frozenset[str]
    crime_frames: re.Pattern[str] | None
    #: how far after a figure's words a crime frame may end (its longest, and a space)
    crime_reach: int
    own_ranks: re.Pattern[str] | None
    armed_relatives: re.Pattern[str] | None
    armed_verbs: re.Pattern[str] | None
    enemy_nouns: frozenset[str]
    #: the toll nouns and phrases (casualties.toll.nouns) and the earlier-toll phrases
    tolls: re.Pattern[str] | None
    force_nouns: tuple[str, ...]
    #: the mob words (casualties.constructions.mob_violence), as the keyword pass finds them
    mob_words: frozenset[str]
    #: the preposition of a passive's agent ("enlevés par des hommes armés"): the people after
    #: it did the deed and are no "them" of a later "N of them"
    agent_preps: frozenset[str] = frozenset()
    #: a possessive of one party among a figure's words ("four of its fighters", "трое своих
    #: бойцов", "عناصرها", "mensubunun"): the party is the clause's subject
    own_possessives: frozenset[str] = frozenset()


def _phrases(lexicon: Lexicon, key: str) -> re.Pattern[str] | None:
    path = f"{_CONTEXT}.{key}"
    words = lexicon.optional_words(path)
    if not words:
        return None
    return compiled(rf"(?<!\w){phrase_alternation(w.lower() for w in words)}(?!\w)")


def _words(lexicon: Lexicon, path: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in lexicon.optional_words(path))


# The phrases of the rules, and the mob words, as keywords of the one keyword pass: where none
# stands near a figure, its rule's pattern is not run (a fast path derived from these tables).
_KEYWORD_KEYS: Final = ("partitive_pronouns", "crime_frames", "own_ranks")
_MOB_WORDS: Final = "casualties.constructions.mob_violence.words"


def _vocabulary(lexicon: Lexicon) -> Vocabulary:
    words = {w for key in _KEYWORD_KEYS for w in _words(lexicon, f"{_CONTEXT}.{key}")}
    for path in (_TOLL_NOUNS, _EARLIER_TOLL, _MOB_WORDS):
        words.update(_words(lexicon, path))
    return Vocabulary(words=frozenset(" ".join(w.split()) for w in words))


#: The key of the context rules' keyword hits (text/_keywords.py).
CONTEXT_WORDS: Final = register("casualty context", _vocabulary)


@functools.cache
def context_words(lexicon: Lexicon) -> ContextWords:
    """The context rules' words of ``lexicon``, compiled once per lexicon object.

    >>> from conflict_events.lexicon import load
    >>> words = context_words(load("en"))
    >>> "rebels" in words.enemy_nouns, words.partitive.search("a dozen of them") is not None
    (True, True)
    """
    # one-word toll nouns ("bilan", "toll"; not a count noun: "a total of 5 fatalities" sums
    # figures of several groups); the toll phrases ("nombre de morts") with the earlier-toll
    # phrases, whole
    tolls = [*_words(lexicon, _TOLL_NOUNS), *_words(lexicon, _EARLIER_TOLL)]
    relatives = _words(lexicon, f"{_CONTEXT}.armed_relatives")
    links = _words(lexicon, f"{_CONTEXT}.outcome_partitive")
    among = (
        {
            w.lower(): outcome
            for outcome, nouns in lexicon.mapping(_AMONG_NOUNS).items()
            for w in nouns
        }
        if lexicon.has(_AMONG_NOUNS)
        else {}
    )
    return ContextWords(
        partitive=_phrases(lexicon, "partitive_pronouns"),
        partitive_suffixes=_words(lexicon, f"{_CONTEXT}.partitive_suffixes"),
        partitive_clitics=frozenset(_words(lexicon, f"{_CONTEXT}.partitive_clitics")),
        partitive_cases=_words(lexicon, f"{_CONTEXT}.partitive_cases"),
        noun_prefixes=tuple(
            sorted(_words(lexicon, f"{_CONTEXT}.noun_prefixes"), key=len, reverse=True)
        ),
        outcome_partitive=(
            compiled(
                rf"\s+(?:(?P<link>{phrase_alternation(links)})\s+)?"
                rf"(?P<noun>{phrase_alternation(among)})(?!\w)"
            )
            if links and among
            else None
        ),
        among_outcomes=among,
        partitive_counts=frozenset(_words(lexicon, f"{_CONTEXT}.partitive_counts")),
        crime_nouns=frozenset(_words(lexicon, f"{_CONTEXT}.crime_nouns")),
        crime_frames=_phrases(lexicon, "crime_frames"),
        crime_reach=max(map(len, _words(lexicon, f"{_CONTEXT}.crime_frames")), default=0) + 2,
        own_ranks=_phrases(lexicon, "own_ranks"),
        armed_relatives=(
            re.compile(rf"[\s,]*{word_alternation(relatives)}(?!\w)") if relatives else None
        ),
        armed_verbs=_phrases(lexicon, "armed_verbs"),
        enemy_nouns=frozenset(_words(lexicon, f"{_CONTEXT}.enemy_nouns")),
        tolls=re.compile(rf"(?<!\w){phrase_alternation(tolls)}(?!\w)") if tolls else None,
        force_nouns=_words(lexicon, _FORCE_NOUNS),
        mob_words=frozenset(" ".join(w.split()) for w in _words(lexicon, _MOB_WORDS)),
        agent_preps=frozenset(_words(lexicon, f"{_CONTEXT}.agent_preps")),
        own_possessives=frozenset(_words(lexicon, f"{_CONTEXT}.own_possessives")),
    )


class _Reader:
    """The context of the figures of one text (one instance per call)."""

    def __init__(
        self,
        text: str,
        low: str,
        mentions: Sequence[CasualtyMention],
        words: ContextWords,
        kind_of_noun: Callable[[str], str | None],
        bare_force: Callable[[str], str | None] | None,
        hits: Sequence[int] | None,
    ) -> None:
        self.hits = hits  # where the rules' keywords start (None: run every pattern)
        self.text = text
        self.low = low
        self.mentions = mentions
        self.words = words
        self.kind_of_noun = kind_of_noun
        self.bare_force = bare_force

    def group(self, i: int) -> tuple[str, str | None] | None:
        """The group (and the words that named it) the context gives figure ``i``, or None."""
        m = self.mentions[i]
        return (
            self.crime(m)
            or self.armed(m)
            or self.own_ranks(m)
            or self.partitive(i)
            or self.outcome_partitive(i)
            or self.toll_with_parts(i)
        )

    def toll_with_parts(self, i: int) -> tuple[str, str | None] | None:
        """:meth:`toll`; a toll with parts of its own takes the group of the toll it updates
        only where every part is of that group ("the toll had risen to 21, including six
        children": civilians; "… including two soldiers" names another side: total)."""
        m = self.mentions[i]
        if m.role != "total":
            return self.toll(i)
        parts = []
        for other in self.mentions[i + 1 :]:
            if other.role != "breakdown":
                break
            parts.append(other.figure.group)
        found = self.toll(i)
        if found is None or not parts or any(p != found[0] for p in parts):
            return None
        return found

    def near(self, lo: int, hi: int) -> bool:
        """Whether a keyword of the rules starts in ``[lo, hi)`` (else no pattern can match)."""
        if self.hits is None:
            return True
        i = bisect_left(self.hits, lo)
        return i < len(self.hits) and self.hits[i] < hi

    # -- the rules --------------------------------------------------------------------------
    def crime(self, m: CasualtyMention) -> tuple[str, str | None] | None:
        """Suspects of an ordinary crime are civilians ("two suspected cattle thieves", "a
        man suspected of stealing a motorbike"): ACLED codes them so."""
        w = self.words
        head = (m.group_text or "").split()[-1:]
        if head and head[0].casefold().strip(_STRIP) in w.crime_nouns:
            return "civilians", m.group_text
        if w.crime_frames is not None:
            # the frame may start inside the figure's words ("un homme accusé de vol") or
            # right after them ("a man suspected of stealing")
            hi = min(m.sentence_end, m.end_char + w.crime_reach)
            if not self.near(m.start_char, hi):
                return None
            frame = w.crime_frames.search(self.low, m.start_char, hi)
            if frame is not None and not self.low[m.end_char : frame.start()].strip():
                return "civilians", m.group_text
            if frame is not None and frame.start() < m.end_char:
                return "civilians", m.group_text
        return None

    def armed(self, m: CasualtyMention) -> tuple[str, str | None] | None:
        """People a relative clause says fired on others ("três suspeitos que, de acordo com a
        PM, atiraram contra os agentes", "two men who opened fire on the patrol") took part
        in the fighting: combatants."""
        w = self.words
        if w.armed_relatives is None or w.armed_verbs is None:
            return None
        # the relative right after the figure's words (a comma may stand between)
        first = w.armed_relatives.match(self.low, m.end_char, m.sentence_end)
        if first is None:
            return None
        hi = min(m.sentence_end, first.end() + _CLAUSE_WINDOW)
        if w.armed_verbs.search(self.low, first.end(), hi) is None:
            return None
        return "combatants", m.group_text

    def own_ranks(self, m: CasualtyMention) -> tuple[str, str | None] | None:
        """A count with no noun of people that the speaker puts in their own ranks ("nous
        déplorons neuf morts et treize blessés dans nos rangs"): the article's state force
        where the resolver knows one (the bare force rule), else combatants."""
        w = self.words
        if w.own_ranks is None:
            return None
        # "we lost 17 of our men", "perdimos a 12 de nuestros hombres": the speaker's
        # possessive among the figure's own words (F3b of the ninth session)
        lo = m.end_char if m.group_text is None else m.start_char
        hi = min(m.sentence_end, m.end_char + _RANKS_WINDOW)
        if not self.near(lo, hi):
            return None
        found = w.own_ranks.search(self.low, lo, hi)
        if found is None or any(c in ",;:" for c in self.low[lo : found.start()]):
            return None  # (the phrase belongs to this clause: no mark between)
        if m.group_text is not None and found.start() >= m.end_char:
            return None  # (a figure with words of its own: the phrase must be among them)
        if self.bare_force is not None:
            for noun in w.force_nouns:
                force = self.bare_force(noun)
                if force is not None:
                    return force, None
        return "combatants", None

    def partitive(self, i: int) -> tuple[str, str | None] | None:
        """ "N of them" ("une douzaine d'entre eux", "quatro deles", "العشرات منهم",
        "7'sinin", "en avoir capturé deux"): the group of the people "them" stands for —
        the nearest earlier figure or people noun before it."""
        m = self.mentions[i]
        w = self.words
        if w.partitive_cases:
            case = self.partitive_case(m)
            if case is not None:
                return case
        count = (m.figure.count.text or "").casefold()
        start = m.start_char
        anchor = None
        if (
            w.partitive is not None
            and self.low.startswith(count, start)
            and self.near(start + len(count), start + len(count) + 40)
        ):
            after = start + len(count)
            found = w.partitive.search(self.low, after, min(m.sentence_end, after + 40))
            if found is not None and not self.low[after : found.start()].strip():
                anchor = start
        if anchor is None and m.group_text is None and w.partitive_suffixes:
            written = self.low[start : m.end_char]
            if written.startswith(count) and written[len(count) :] in w.partitive_suffixes:
                anchor = start  # "7'sinin yaralandığını"
        if anchor is None and m.group_text is None and w.partitive_clitics:
            before = list(_WORD_RE.finditer(self.low, max(m.sentence_start, start - 40), start))
            before = before[-_CLITIC_WORDS:]
            gap = self.low[before[0].start() : start] if before else ""
            for word in before:
                if word.group() in w.partitive_clitics and not any(c in gap for c in ",;:"):
                    anchor = word.start()  # "et en avoir capturé deux"
                    break
        if anchor is None:
            return None
        return self.antecedent(i, anchor)

    def outcome_partitive(self, i: int) -> tuple[str, str | None] | None:
        """ "N of the <outcome>" ("two of the wounded died", "dos de los heridos", "أحد
        المخطوفين", "двое из раненых", "yaralılardan ikisi"): the group of the last earlier
        figure of that outcome in the text (parts aside); a total that mixes groups stays
        total."""
        m = self.mentions[i]
        w = self.words
        outcome = None
        if w.outcome_partitive is not None and m.group_text is not None:
            # (the outcome noun is among the figure's words)
            count = (m.figure.count.text or "").casefold()
            if self.low.startswith(count, m.start_char):
                found = w.outcome_partitive.match(self.low, m.start_char + len(count))
                if found is not None and (
                    found.group("link") is not None or count in w.partitive_counts
                ):
                    outcome = w.among_outcomes.get(found.group("noun"))
        if outcome is None and w.partitive_cases:
            before = self.low[max(m.sentence_start, m.start_char - 40) : m.start_char].split()
            word = before[-1].strip(_STRIP) if before else ""
            for case in w.partitive_cases:
                if word.endswith(case) and len(word) > len(case):
                    outcome = w.among_outcomes.get(word[: -len(case)])
                    if outcome is not None:
                        break
        if outcome is None or outcome == str(m.figure.outcome.value):
            return None  # ("three of the wounded are in hospital": a part, _partitive_parts)
        for j in range(i - 1, -1, -1):
            other = self.mentions[j]
            if (
                other.end_char <= m.start_char
                and other.role != "breakdown"
                and str(other.figure.outcome.value) == outcome
            ):
                group = other.figure.group
                if group == "total" and m.figure.outcome.value == "killed":
                    return self.dead_group(i)
                return None if group == "total" else (group, other.group_text)
        return None

    def dead_group(self, i: int) -> tuple[str, str | None] | None:
        """Wounded of no group who died ("before two of the wounded died", "وفاة أربعة من
        المصابين") join the dead: the group every earlier figure of the dead in the text has
        (parts aside), where they have one that is not ``total``."""
        m = self.mentions[i]
        groups = {
            other.figure.group
            for other in self.mentions[:i]
            if other.end_char <= m.start_char
            and other.role != "breakdown"
            and other.figure.outcome is m.figure.outcome
        }
        if len(groups) != 1 or "total" in groups:
            return None
        return groups.pop(), None

    def partitive_case(self, m: CasualtyMention) -> tuple[str, str | None] | None:
        """A plural noun of people in a partitive case right before the count ("göstericilerden
        biri", "polislerden 3'ü": one / three of the protesters, of the police): its group."""
        before = self.low[max(m.sentence_start, m.start_char - 40) : m.start_char].split()
        if not before:
            return None
        word = before[-1].strip(_STRIP)
        for case in self.words.partitive_cases:
            if word.endswith(case) and len(word) > len(case):
                kind = self.kind_of_noun(word[: -len(case)])
                if kind is not None and kind != "total":
                    end = m.start_char - len(before[-1]) + len(word)
                    return kind, self.text[m.start_char - len(before[-1]) : end].strip(_STRIP)
        return None

    def antecedent(self, i: int, pos: int) -> tuple[str, str | None] | None:
        """The group of the nearest people named before ``pos`` in the paragraph, within a
        sentence or two: an earlier figure (its group) or a people noun (its kind)."""
        lo = max(0, pos - _ANTECEDENT_WINDOW)
        brk = self.text.rfind("\n\n", lo, pos)
        if brk >= 0:
            lo = brk
        figure: CasualtyMention | None = None
        for j in range(i - 1, -1, -1):
            other = self.mentions[j]
            if other.end_char <= pos and other.start_char >= lo:
                figure = other
                break
        m = self.mentions[i]
        noun: tuple[int, str, str] | None = None
        for wm in reversed(list(_WORD_RE.finditer(self.low, lo, pos))):
            if m.sentence_start <= wm.start() and (
                len(self.low[m.sentence_start : wm.start()].split()) < _SUBJECT_WORDS
            ):
                continue  # the subject of the figure's sentence is the agent, not "them"
            word = wm.group().strip(_STRIP)
            kind = self.kind_of_noun(word)
            for prefix in self.words.noun_prefixes:
                if kind is None and word.startswith(prefix):
                    kind = self.kind_of_noun(word[len(prefix) :])
            if kind is not None and self.words.agent_preps and self.agent(lo, wm.start()):
                continue  # "enlevés par des hommes armés …, et deux d'entre eux": the agent
            if kind is not None:
                noun = (wm.start(), kind, self.text[wm.start() : wm.end()].strip(_STRIP))
                break
        if figure is not None and (noun is None or figure.end_char > noun[0]):
            if figure.figure.group == "total":
                return None
            return figure.figure.group, figure.group_text
        if noun is None or noun[1] == "total":
            return None
        return noun[1], noun[2]

    def agent(self, lo: int, pos: int) -> bool:
        """Whether the people noun at ``pos`` is a passive's agent: a preposition of
        ``agent_preps`` among the two words before it, no punctuation between."""
        before = list(_WORD_RE.finditer(self.low, max(lo, pos - _AGENT_REACH), pos))[-2:]
        for word in before:
            if word.group() in self.words.agent_preps and not any(
                c in self.low[word.end() : pos] for c in ",;:.()"
            ):
                return True
        return False

    def toll(self, i: int) -> tuple[str, str | None] | None:
        """A toll that names no group ("the toll had risen to 21", "عدد الشهداء إلى 11",
        "le bilan initial faisait état de 15 morts"): the group of the toll it updates, when
        every earlier figure of its outcome in the text (parts aside) has that one group."""
        m = self.mentions[i]
        if m.group_text is not None:
            return None
        w = self.words
        lo = max(m.sentence_start, m.start_char - _TOLL_WINDOW)
        if w.tolls is None or not self.near(lo, m.end_char):
            return None
        toll = w.tolls.search(self.low, lo, m.end_char)
        if toll is None:
            return None
        if any(
            self.kind_of_noun(x.strip(_STRIP)) for x in self.low[toll.end() : m.end_char].split()
        ):
            return None  # "the number of people displaced": the toll names its people
        earlier = [
            other
            for other in self.mentions[:i]
            if other.sentence_start < m.sentence_start
            and other.figure.outcome is m.figure.outcome
            and other.role != "breakdown"
        ]
        # a figure restated with no noun ("killing 17" in a headline, "17 civilians" in the
        # lead) says nothing of another group
        named = {
            (o.figure.count.low, o.figure.count.high) for o in earlier if o.figure.group != "total"
        }
        earlier = [
            o
            for o in earlier
            if o.figure.group != "total"
            or o.group_text is not None
            or (o.figure.count.low, o.figure.count.high) not in named
        ]
        # the updated toll told ahead with no side ("Пять человек погибли" in a headline, the
        # toll "возросло до пяти" below it) is this toll, no earlier figure of another group
        earlier = [
            o
            for o in earlier
            if o.figure.group != "total"
            or (o.figure.count.low, o.figure.count.high)
            != (m.figure.count.low, m.figure.count.high)
        ]
        groups = {other.figure.group for other in earlier}
        # a toll updates a count of several people, not one victim of another incident
        if len(groups) != 1 or all((o.figure.count.low or 0) < 2 for o in earlier):
            return None
        group = groups.pop()
        if any(
            # the deaths that raised it, told in its sentence ("after two of the wounded died
            # the toll rose to 8"), are of that group too, or it counts others
            other.figure.group != group
            for other in self.mentions[:i]
            if other.sentence_start == m.sentence_start
            and other.end_char <= m.start_char
            and other.figure.outcome is m.figure.outcome
            and other.role != "breakdown"
        ):
            return None
        if (
            group == "combatants"
            and len(earlier) > 1
            and sum(o.figure.count.low or 0 for o in earlier) == m.figure.count.low
        ):
            # "(total of 5 fatalities)": the sum of the figures before, no update, where
            # "combatants" may hide two sides ("two policemen … two assailants"); civilians
            # or one actor summed are still theirs
            return None
        return None if group == "total" else (group, None)


def context_groups(
    text: str,
    low: str,
    mentions: MutableSequence[M],
    lexicon: Lexicon,
    kind_of_noun: Callable[[str], str | None],
    regroup: Callable[[M, str, str | None], M],
    bare_force: Callable[[str], str | None] | None = None,
    hits: Sequence[int] | None = None,
    subgroup: Callable[[M, int], M] | None = None,
) -> None:
    """Give each figure of ``mentions`` whose words name no side (group ``total``) the group
    its context gives, in place (docs/casualties-and-claims.md, "Groups from context").

    ``kind_of_noun`` says which group a people noun names (None for a word that names no
    people); ``regroup(mention, group, group_text)`` makes the mention with its new group;
    ``bare_force`` is the resolver's bare force noun lookup, if any; ``hits`` where the
    keyword pass found the rules' words (:data:`CONTEXT_WORDS`; None: everywhere);
    ``subgroup(part, total_index)`` makes a part of its total's new group a subgroup of it (a
    toll whose parts are all of the group it takes: "risen to 21, including six children").
    A figure whose parts name another group is left alone.

    >>> from conflict_events.extract._casualties import find_casualties
    >>> text = "Police dispersed the protesters and arrested a dozen of them."
    >>> [(m.figure.group, m.figure.count.low) for m in find_casualties(text)]
    [('civilians', 12)]
    """
    words = context_words(lexicon)
    reader = _Reader(text, low, mentions, words, kind_of_noun, bare_force, hits)
    for i, m in enumerate(mentions):
        if m.figure.group != "total" or m.role == "breakdown":
            continue
        found = reader.group(i)
        if found is None:
            continue
        group, named = found
        mentions[i] = regroup(m, group, m.group_text if named is None else named)
        if m.role == "total" and subgroup is not None:
            # (toll_with_parts: every part is of the group the total now has)
            k = i + 1
            while k < len(mentions) and mentions[k].role == "breakdown":
                if mentions[k].figure.group == group:
                    mentions[k] = subgroup(mentions[k], i)
                k += 1


# -- the other side ----------------------------------------------------------------------------


def enemy_group(
    mention: M,
    lexicon: Lexicon,
    sides: Callable[..., Collection[str]],
    doer: Callable[[M], str | None] | None = None,
) -> str | None:
    """The actor a figure named by a generic noun for the other side ("seven rebels",
    "une trentaine de terroristes", "5 separatist fighters") stands for: the one non-state
    armed actor ``sides(start, end, doer)`` gives for the figure's paragraph, else None.
    ``doer(mention)`` is the side that killed or took them, where the text says so ("the
    SDF said its men killed three of the attackers"): never their side.

    >>> from conflict_events.extract._casualties import find_casualties
    >>> from conflict_events.lexicon import load
    >>> m = find_casualties("The army said seven rebels were killed.")[0]
    >>> enemy_group(m, load("en"), lambda start, end, doer: {"actor:adf"})
    'actor:adf'
    >>> enemy_group(m, load("en"), lambda start, end, doer: {"actor:adf", "actor:m23"}) is None
    True
    """
    if mention.figure.group != "combatants" or not mention.group_text:
        return None
    enemies = context_words(lexicon).enemy_nouns
    words = mention.group_text.split()
    low = [w.casefold().strip(_STRIP_MARKS) for w in words]
    if not any(w in enemies for w in low):
        return None
    if any(w[:1].isupper() for w, x in zip(words, low, strict=True) if x not in enemies):
        return None  # a name of its own that did not resolve: never forced onto another
    by = doer(mention) if doer is not None else None
    found = sides(mention.sentence_start, mention.sentence_end, by)
    return next(iter(found)) if len(found) == 1 else None


def points_back(mention: CasualtyMention, low: str, lexicon: Lexicon) -> bool:
    """Whether a figure with no words of its own is "N of them" ("ثمانية منهم", "eight of
    them", "huit d'entre eux"): a partitive pronoun right after its count.

    >>> from conflict_events.extract._casualties import find_casualties
    >>> from conflict_events.lexicon import load
    >>> text = "The army said it killed about 20 militants and captured five of them near Bardere."
    >>> [points_back(m, text.casefold(), load("en")) for m in find_casualties(text)]
    [False, True]
    """
    pattern = context_words(lexicon).partitive
    count = (mention.figure.count.text or "").casefold()
    if pattern is None or mention.group_text is not None or not count:
        return False
    if not low.startswith(count, mention.start_char):
        return False
    after = mention.start_char + len(count)
    found = pattern.search(low, after, min(mention.sentence_end, after + 40))
    return found is not None and not low[after : found.start()].strip()


@functools.cache
def _party_members(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of a party's members (``casualties.party_members``, "members")."""
    return frozenset(w.casefold() for w in lexicon.optional_words("casualties.party_members"))


def own_side(
    mention: CasualtyMention,
    text: str,
    lexicon: Lexicon,
    subject: Callable[[int, int], str | None],
) -> str | None:
    """The party a figure's possessive points to ("the SDF said four of its fighters were
    killed", "ХТС сообщила, что трое своих бойцов погибли", "4 mensubunun"): the armed actor
    ``subject(sentence_start, count_start)`` gives (the first one its sentence names before
    the count), for a figure of combatants, or of a member noun that is itself the possessive
    ("أربعة من عناصرها"); else None.

    >>> from conflict_events.extract._casualties import find_casualties
    >>> from conflict_events.lexicon import load
    >>> text = "The SDF said four of its fighters were killed."
    >>> own_side(find_casualties(text)[0], text, load("en"), lambda start, end: "actor:sdf")
    'actor:sdf'
    >>> text = "The SDF said four fighters were killed."
    >>> own_side(find_casualties(text)[0], text, load("en"), lambda s, e: "actor:sdf") is None
    True
    """
    possessives = context_words(lexicon).own_possessives
    group = mention.figure.group
    if not possessives or group not in ("combatants", "total") or not mention.group_text:
        return None
    words = mention.group_text.casefold().split()
    if words[-1].strip(_STRIP) in possessives:
        if len(words) > 1:
            return None  # "örgüt mensubunun": the word before is the owner
    elif possessives.isdisjoint(
        # the figure's own text, count to noun ("four of its fighters")
        text[mention.start_char : mention.end_char].casefold().split()
    ) or (group == "total" and words[-1].strip(_STRIP) not in _party_members(lexicon)):
        # (a total only where its member noun is the possessive itself, or is a member noun
        # after one: "five of their own members")
        return None
    return subject(mention.sentence_start, mention.start_char)


def non_state_sides(
    text: str,
    actor_mentions: Sequence[tuple[int, str]],
    actors: Mapping[str, Actor],
    associates_only: Collection[str],
    kinds: Collection[str],
    associated: Collection[str] = (),
) -> Callable[[int, int], Collection[str]]:
    """``(start, end) ->`` the non-state armed actors (of ``kinds``) named in the paragraph
    of that span, else the one named before it (a later round-up of other groups names no
    side of this story), else in the whole text; an actor named only as another's associate
    ("the ADF, which has pledged allegiance to the Islamic State group") is no side, and one
    of ``associated`` (named anywhere as another's associate: "JNIM, the Sahel branch of
    al-Qaida") is none for the rule of the one named before.

    >>> from conflict_events import ActorRegistry
    >>> reg = ActorRegistry.default()
    >>> text = "The ADF and the Islamic State group.\\n\\nSeven rebels were killed."
    >>> actors = {a: reg.get(a) for a in ("actor:adf", "actor:isis")}
    >>> sides = non_state_sides(text, [(4, "actor:adf"), (16, "actor:isis")], actors,
    ...                         {"actor:isis"}, {"rebel_group"})
    >>> sorted(sides(38, 62))
    ['actor:adf']
    >>> text = "The ADF raided a farm.\\n\\nSeven rebels were killed.\\n\\nThe M23 is active too."
    >>> actors = {a: reg.get(a) for a in ("actor:adf", "actor:m23")}
    >>> sides = non_state_sides(text, [(4, "actor:adf"), (55, "actor:m23")], actors, (),
    ...                         {"rebel_group"})
    >>> sorted(sides(24, 48))
    ['actor:adf']
    """

    def side(actor_id: str) -> bool:
        actor = actors.get(actor_id)
        return actor is not None and str(actor.kind) in kinds and actor_id not in associates_only

    named = [(pos, a) for pos, a in actor_mentions if side(a)]
    everywhere = frozenset(a for _, a in named)

    @functools.cache
    def sides(start: int, end: int, doer: str | None = None) -> Collection[str]:
        # (``doer``: the side that did the deed, no side of its victims)
        lo = text.rfind("\n\n", 0, start)
        hi = text.find("\n\n", end)
        hi = len(text) if hi < 0 else hi
        here = {a for pos, a in named if lo <= pos < hi and a != doer}
        if here:
            return here
        before = {a for pos, a in named if pos < lo and a not in associated and a != doer}
        return before if len(before) == 1 else everywhere - {doer}

    return sides
