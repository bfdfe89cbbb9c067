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

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Final, Literal, NamedTuple

import attrs

from conflict_events._errors import ConflictEventsError, LexiconError
from conflict_events.extract._attribution import NameResolver, resolve_id
from conflict_events.extract._context import CONTEXT_WORDS, context_groups, context_words
from conflict_events.lexicon import Lexicon, load
from conflict_events.model._checks import trusted
from conflict_events.model._count import Count
from conflict_events.model._report import CasualtyFigure
from conflict_events.model._vocab import ActorKind, CountQualifier, Outcome
from conflict_events.parse._args import as_text
from conflict_events.parse._counts import (
    CountGrammar,
    count_grammar,
    count_or_none,
    phrase_alternation,
    word_alternation,
)
from conflict_events.text._accel import compiled, pattern_for
from conflict_events.text._fold import has_re_folded
from conflict_events.text._keywords import Vocabulary, keyword_hits, re_case_variants, register
from conflict_events.text._segment import latin_marks, sentences

__all__ = ["CasualtyMention", "extract_casualties", "find_casualties"]


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


# --- the grammar, compiled from a lexicon's "casualties" and "counts" tables ------------------

# Grammar words of the rules themselves (not vocabulary): the partitive of "dozens of the
# soldiers", the tail of "12 of them", the determiners and joiners a party's name may start or
# end with.
_PARTITIVE: Final = r"(?:\s+of(?:\s+(?:the|them|those|these|whom))?)?"


def _partitive(words: Sequence[str]) -> str:
    """The partitive of another language ("des dizaines de blessés", "d'assaillants"): its
    words, an elided one (ending in an apostrophe) running into the next word."""
    plain = [w for w in words if not w.endswith(("'", "’"))]
    elided = [w.rstrip("'’") for w in words if w.endswith(("'", "’"))]
    alts = []
    if plain:
        alts.append(rf"\s+{word_alternation(plain)}(?=\s)")
    if elided:
        alts.append(rf"\s+{word_alternation(elided)}['’](?=\w)")
    return rf"(?:{'|'.join(alts)})?" if alts else ""


# The white space before a head noun, or none after an elided partitive ("d'assaillants").
_HEAD_GAP: Final = r"(?:\s+|(?<=['’]))"
_BARE_TAIL: Final = r"(?:\s+of\s+(?:them|those|whom))?"
_DETERMINERS: Final = ("the", "a", "an")
_NAME_TRAILERS: Final = ("and", "the", "of")
# The marks that may start a breakdown before its words ("…, including", "… (of whom", "…:").
_BREAKDOWN_MARKS: Final = ",(—–:-"
# What closes a list of parts before the total's outcome: a comma, a bracket or a dash
# ("drei ihrer Soldaten – zwei Polen und ein Italiener – seien … verletzt worden").
_PARTS_CLOSE_RE: Final = re.compile(r"\s*[,)—–-]?")


def _phrases(words: Iterable[str]) -> str:
    """A regex group of phrases (a prefix tree), any white space between their words."""
    return phrase_alternation(words)


def _by_outcome(lexicon: Lexicon, path: str) -> dict[str, Outcome]:
    """A table of outcome -> words, as word -> Outcome (the file's order)."""
    return {w: Outcome(kind) for kind, ws in lexicon.mapping(path).items() for w in ws}


class _Grammar:
    """The word sets, patterns and derived fast-path keys of one lexicon (see _grammar)."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.words
        self.counts = counts = count_grammar(lexicon)
        civilian = frozenset(words("casualties.civilian_nouns"))
        # The conjunctions of coordinated figures and verbs ("12 soldiers and 4 civilians").
        self.conjunctions = frozenset(
            words(_CONJUNCTIONS) if lexicon.has(_CONJUNCTIONS) else (_AND,)
        )
        self.civilian_phrases = frozenset(words("casualties.civilian_phrases"))
        # Combatant heads of more than one word ("five gang members"), where a language has
        # them.
        self.combatant_phrases = frozenset(lexicon.optional_words(_COMBATANT_PHRASES))
        self.civilian_nouns = civilian
        self.combatant_nouns = combatant = frozenset(words("casualties.combatant_nouns"))
        # People named by their tie to another party ("informants", "collaborators",
        # "пособников"): people nouns of no side, and the party named after them is not
        # theirs (``takes_party``).
        epicene = "casualties.constructions.feminine_epicene"
        self.epicene_nouns = frozenset(
            w.casefold() for w in lexicon.optional_words(f"{epicene}.nouns")
        )
        self.feminine_counts = frozenset(
            w.casefold() for w in lexicon.optional_words(f"{epicene}.counts")
        )
        self.suspect_nouns = frozenset(
            w.casefold() for w in lexicon.optional_words("casualties.suspect_nouns")
        )
        self.relation_nouns = relation = frozenset(
            lexicon.optional_words("casualties.relation_nouns")
        )
        self.people_nouns = people = frozenset(words("casualties.people_nouns")) | relation
        # The endings of a plural noun in the genitive, in a language whose complement is a
        # noun in that case right after its head ("інформаторів бандитів": informants of
        # the bandits), no adjective's ending (``Scanner.genitive_head``).
        self.genitive_endings = tuple(lexicon.optional_words(_GENITIVE_ENDINGS))
        self.head_nouns = civilian | combatant | people
        # An article joined to a noun ("أحد الجنود": one of the soldiers), read off before an
        # open noun phrase's head is looked up (the context rules' prefixes).
        self.noun_prefixes = tuple(
            sorted(words(_NOUN_PREFIXES), key=len, reverse=True)
            if lexicon.has(_NOUN_PREFIXES)
            else ()
        )
        self.captive_heads = frozenset(words("casualties.captive_nouns"))
        self.life_noun = lexicon.text("casualties.life_noun")
        # Modifiers that say which group an outcome noun counts ("civilian deaths").
        self.civilian_adjectives = civilian
        self.combatant_adjectives = combatant | frozenset(words("casualties.combatant_adjectives"))
        # (the adjectives alone: "военных" is also a noun, "the military")
        self.listed_adjectives = frozenset(words("casualties.combatant_adjectives"))
        self.neutral_adjectives = frozenset(words("casualties.neutral_adjectives"))
        self.armed_words = frozenset(words("casualties.armed_words"))
        self.party_noun = lexicon.text("casualties.party_noun")
        self.outcome_words = _by_outcome(lexicon, "casualties.outcome_words")
        if lexicon.has(_WOUND_ADJECTIVES):
            # "получили огнестрельные ранения": an adjective before the noun of an outcome
            # of several words ("получили ранения") is read with it
            nouns = frozenset(words(f"{_WOUND_ADJECTIVES}.nouns"))
            adjectives = words(f"{_WOUND_ADJECTIVES}.adjectives")
            for phrase, outcome in list(self.outcome_words.items()):
                *lead, noun = phrase.split()
                if lead and noun in nouns:
                    for adjective in adjectives:
                        self.outcome_words.setdefault(" ".join([*lead, adjective, noun]), outcome)
        self.outcome_stems = (
            _by_outcome(lexicon, _OUTCOME_STEMS) if lexicon.has(_OUTCOME_STEMS) else {}
        )
        self.stem_starts = tuple(sorted({st.split()[0] for st in self.outcome_stems}))
        self.outcome_nouns = _by_outcome(lexicon, "casualties.outcome_nouns")
        self.phrase_outcomes = _by_outcome(lexicon, "casualties.outcome_phrases")
        # A passive of taking people away ("23 people were taken away"): captured, unless a
        # preposition and a thing follow it ("taken away by ambulance", "to a hospital"), a
        # guard the outcome pattern reads (_patterns).  Outcome phrases for every other rule.
        self.taken_away = lexicon.optional_words(f"{_TAKEN_AWAY}.phrases")
        # The prepositions after the people a verb of holding takes ("took at least seven
        # young men from a nearby village"): taken from a place, captured
        self.taken_from = frozenset(lexicon.optional_words(f"{_TAKEN_AWAY}.from_places"))
        for phrase in self.taken_away:
            self.phrase_outcomes.setdefault(phrase, Outcome.CAPTURED)
        self.phrase_glue = frozenset(words("casualties.outcome_phrase_glue"))
        self.names_before = frozenset(words("casualties.outcome_noun_rules.after_names"))
        # The partitive words of a language that says so ("de", "d'"); English "of" is a rule
        # of the grammar (_PARTITIVE).
        self.partitive_words = lexicon.optional_words(_PARTITIVE_WORDS)
        self.of_words = frozenset({"of", *(w.rstrip("'’") for w in self.partitive_words)})
        self.left_verbs = _by_outcome(lexicon, "casualties.left_verbs")
        self.left_phrases = {
            tuple(p.split()): o for p, o in _by_outcome(lexicon, "casualties.left_phrases").items()
        }
        self._constructions_before_count(lexicon)
        # The second words of the two-word verb phrases before a count ("قضى على").
        self.phrase_seconds = frozenset(p[1] for p in self.left_phrases if len(p) == 2)
        # The lengths of the phrases longer than two words, longest first.
        self.long_left_phrases = sorted({len(p) for p in self.left_phrases if len(p) > 2})[::-1]
        self._clause_constructions(lexicon)
        # An adjunct between a verb and its object ("deteve na cidade de X cinco ativistas").
        self.adjunct_preps = (
            frozenset(words(f"{_ADJUNCT}.prepositions")) if lexicon.has(_ADJUNCT) else frozenset()
        )
        self.adjunct_max = int(lexicon.number(f"{_ADJUNCT}.max_words")) if self.adjunct_preps else 0
        # The endings of a participle whose adjunct stands between the verb and its subject
        # ("погибли находившиеся в машине мужчина и его супруга").
        self.adjunct_participles = tuple(lexicon.optional_words(f"{_ADJUNCT}.participle_endings"))
        self.function_words = frozenset(words("casualties.modifier_stop_words"))
        # A conjunction written joined to the next word ("وأصابت", "و26 جريحاً"): the
        # language's verbs before a count also come with it.
        self.joined = lexicon.optional_words(_JOINED)
        # the number keywords with a joined conjunction (_number_vocabulary): its length
        self.count_words = plain = _number_words(counts)
        self.joined_numbers = {
            c + w: len(c) for c in counts.joined for w in plain if c + w not in plain
        }
        for conj in self.joined:
            for verb, value in list(self.left_verbs.items()):
                if " " not in verb:
                    self.left_verbs.setdefault(conj + verb, value)
        # A qualifier written after the count's noun ("12 مدنيا على الأقل"): the counts
        # table's postposed qualifiers, read after the figure's words.
        postposed = [" ".join(w) for ws in counts.postposed_by_first.values() for w, _ in ws]
        self.postposed = (
            re.compile(rf"{_MARKS}*\s+{_phrases(postposed)}(?!\w)") if postposed else None
        )
        self.nominal_of = _by_outcome(lexicon, "casualties.nominal_of")
        self.toll_count_nouns = frozenset(words("casualties.toll.count_nouns"))
        self.elliptic_heads = frozenset(words("casualties.elliptic_heads"))
        self.to_death_verbs = frozenset(words("casualties.verbs.to_death"))
        self.to_death_tail = tuple(lexicon.text("casualties.verbs.to_death_tail").split())
        self._manner_object(lexicon)
        # "caught two men … and beat them to death": the pronoun a later verb of killing takes
        # for the people counted before it.
        self.object_pronouns = frozenset(lexicon.optional_words(_OBJECT_PRONOUNS))
        self.not_people = frozenset(words("casualties.not_people"))
        # the auxiliaries of an active perfect ("has", "a", "ha"): a verb of killing after
        # one, with its object after it, makes its subject the doer, not a victim.  Derived
        # from the tense words: the perfect's one-word auxiliaries but the copula ("est",
        # "ist": "sont tués" is a passive)
        self.perfect_auxiliaries = frozenset(
            w for w in words("dates.tense.perfect_auxiliaries") if " " not in w
        ) - frozenset(words("dates.tense.present_auxiliaries"))
        # and of the active pluperfect ("avait tué", "had killed", "había herido"): the tense
        # tables list them with the passive's "était", so the casualty table names them
        if lexicon.has(_ACTIVE_PAST_AUX):
            self.perfect_auxiliaries |= frozenset(words(_ACTIVE_PAST_AUX))
        self.singular_counts = frozenset(words("casualties.singular_counts"))
        self.definite_singulars = frozenset(words("casualties.definite_singulars"))
        self.standalone_singulars = frozenset(words("casualties.standalone_singulars"))
        # Frames that make a verb of killing an allegation about the people named before it
        # ("two men believed to have murdered a trader"): its object is no figure.
        self.allegation_frames = frozenset(
            tuple(p.split())
            for p in (lexicon.optional_words("casualties.frames.allegation_frames"))
        )
        # The number word for one, read from the counts table ("a farmer" counts as "one").
        one_word = next(w for w, v in lexicon.mapping("counts.units").items() if v == 1)
        one = count_or_none(one_word, counts)
        if one is None:  # pragma: no cover - the counts grammar reads its own word for one
            raise LexiconError(f"the counts table does not read its word for one: {one_word!r}")
        self.one = one
        # Nouns that count one person on their own, in a language with no articles
        # ("погибла женщина", "загинула дитина").
        self.bare_singulars = frozenset(lexicon.optional_words(_BARE_SINGULARS))
        # Words that make a figure "others" of a group just named ("7 others", "N more",
        # "еще пятеро"): after the count, or right before it.
        self.others_words = frozenset(lexicon.optional_words(_OTHERS_WORDS))
        # Ordinals that name one more person of the group just named ("murieron cuatro
        # disidentes y fue capturado un quinto"): a singular's head read as "others".
        self.ordinal_others = frozenset(lexicon.optional_words(_ORDINAL_OTHERS))
        self.others_or_ordinals = self.others_words | self.ordinal_others
        if self.bare_singulars:
            # with no article to lean on, the ordinal alone is one person ("قتل جنديان
            # وأصيب ثالث", "двое погибли, третий ранен"): a bare singular, read as "others"
            self.bare_singulars |= self.ordinal_others
        # Words that negate the count after them ("No one was killed").
        self.negations = frozenset(lexicon.optional_words(_NEGATIONS))
        # Casualty nouns a group modifier and a mark put before a run of counts ("civilian
        # casualties — 12 killed and 46 injured").
        self.lead_nouns = frozenset(lexicon.optional_words(_LEAD_NOUNS))
        self.object_markers = frozenset(lexicon.optional_words(_OBJECT_MARKERS))
        # Dual nouns, a count of two on their own ("ممرضتين", "قتيلان"), read where a
        # bare singular is.
        self.dual_nouns = frozenset(lexicon.optional_words(_DUALS))
        # Number words that follow their noun as an adjective ("مقتل مدنيين اثنين": two
        # civilians), read with the people noun right before them.
        self.numbers_after_noun = frozenset(lexicon.optional_words(_COUNT_AFTER_NOUN))
        # (a dual's singular, its ending read off: "عنصرين" is two of "عنصر")
        self.dual_endings = tuple(lexicon.optional_words(_DUAL_ENDINGS))
        two = count_or_none("2", counts)
        self.two = two if two is not None else one
        # Words after which a passive's subject opens a clause ("… إن شابا استشهد").
        self.clause_openers = lexicon.optional_words(_CLAUSE_OPENERS)
        # How many words the count noun, the outcome's noun and their modifiers of a toll
        # written as a construct may take before its link ("عدد القتلى المدنيين إلى 14").
        self.construct_toll = (
            int(lexicon.number(_CONSTRUCT_TOLL)) if lexicon.has(_CONSTRUCT_TOLL) else 0
        )
        # How many words (the subject) may stand between a clause-opening verb and its
        # object count ("اختطف مسلحون حوثيون أمس نحو ٢٠ معلما").
        self.verb_subject_gap = int(lexicon.number(_VSO_GAP)) if lexicon.has(_VSO_GAP) else 0
        # How many modifiers may follow a head noun before its outcome ("جنود الجيش").
        self.postnominal = int(lexicon.number(_POSTNOMINAL)) if lexicon.has(_POSTNOMINAL) else 0
        # A language whose people noun takes a complement in the genitive after it ("жителей
        # окрестных сел", "Bewohner umliegender Dörfer"): the people noun heads the phrase.
        self.genitive_complement = lexicon.has(_GENITIVE_COMPLEMENT)
        # A part with no noun of its own, known by the words after it ("43 blessés, dont
        # onze grièvement", "dont trois dans un état critique"): it counts the total's people.
        self.bare_part = (
            re.compile(rf"\s+{_phrases(words(_BARE_PART))}\b") if lexicon.has(_BARE_PART) else None
        )
        # A possessive before a bare singular ("поранено його дружину"), in a language with
        # no articles: one definite person.
        self.possessives = frozenset(lexicon.optional_words(_POSSESSIVES))
        # Possessive determiners before a count in a list of people ("his two sons", "ses
        # deux filles", "sus dos nietos"), and those a language puts between the count and
        # its noun ("двое его сыновей").
        self.count_possessives = frozenset(lexicon.optional_words(_COUNT_POSSESSIVES))
        self.singular_possessives = frozenset(lexicon.optional_words(_SINGULAR_POSSESSIVES))
        self.inner_possessives = frozenset(lexicon.optional_words(_INNER_POSSESSIVES))
        # The possessives that may follow the noun they belong to ("um vizinho seu", "un
        # vecino suyo"): part of its noun phrase.
        self.after_possessives = frozenset(lexicon.optional_words(_AFTER_POSSESSIVES))
        # The words that make the number before them an age of the person counted after
        # them ("16 yaşındaki bir genç", "20 ve 23 yaşlarındaki 2 oğlu").
        self.ages_before = frozenset(lexicon.optional_words(_AGES_BEFORE))
        # A capitalised name with a people-of-a-place ending after a count names people
        # ("6 Filistinli", "2 Suriyeliyi": ``constructions.people_names``), None without one.
        self.people_name = _people_name_pattern(lexicon)
        self.single_starts = (
            self.singular_counts
            | self.definite_singulars
            | self.bare_singulars
            | self.dual_nouns
            | self.possessives
        )
        # Words of mob violence ("lincharon", "linchamento"): the people of a figure in such
        # a sentence with no side named are civilians (docs/casualties-and-claims.md).
        self.mob_words = (
            re.compile(rf"(?<!\w){word_alternation(words(_MOB_WORDS))}(?!\w)")
            if lexicon.has(_MOB_WORDS)
            else None
        )
        # An age after the noun ("un hombre de 63 años"): part of the figure's words.  The
        # age may be a number word of the count grammar below twenty ("de oito anos") and
        # two ages may be joined ("dos hermanas de 19 y 22 años", "im Alter von sechs und
        # elf Jahren"); the first is the one a minor is told by.
        self.age_words = {**self.counts.units, **self.counts.teens}
        age = rf"(\d{{1,3}}|{word_alternation(sorted(self.age_words))})"
        # (a language that puts the age in the genitive with no preposition, "жінка 57
        # років", has no words of "of": the age follows the noun directly)
        age_of = lexicon.optional_words(_AGE_AFTER + ".of") if lexicon.has(_AGE_AFTER) else ()
        age_of_part = rf"\s+{word_alternation(age_of)}" if age_of else ""
        # An age told by its decade ("رجل في الستين من عمره", "سيدة في الخمسينات من عمرها"):
        # the words before the decade, the decades, the words after it (no group 1: an adult).
        decades = lexicon.optional_words(_AGE_AFTER + ".decades") if lexicon.has(_AGE_AFTER) else ()
        decade = (
            rf"|\s+{word_alternation(words(_AGE_AFTER + '.decade_before'))}"
            rf"\s+{word_alternation(decades)}"
            rf"\s+{word_alternation(words(_AGE_AFTER + '.decade_after'))}"
            if decades
            else ""
        )
        self.age_after = (
            re.compile(
                rf"(?:{age_of_part}\s+{age}"
                rf"(?:\s+{word_alternation(sorted(self.conjunctions))}\s+{age})?\s+"
                rf"{word_alternation(words(_AGE_AFTER + '.years'))}{decade})(?!\w){_MARKS}*"
            )
            if lexicon.has(_AGE_AFTER)
            else None
        )
        # An age between a singular's article and its noun ("ein 24 Jahre alter Student").
        self.age_between = (
            re.compile(
                rf"\s+(\d{{1,3}})\s+{word_alternation(words(_AGE_BETWEEN + '.years'))}"
                rf"\s+{word_alternation(words(_AGE_BETWEEN + '.old'))}(?!\w)"
            )
            if lexicon.has(_AGE_BETWEEN) and words(_AGE_BETWEEN + ".years")
            else None
        )
        # The relative pronouns that open a clause after the figure's words, and the finite
        # outcome verbs that may follow such a clause or a participle phrase with no
        # auxiliary ("un hombre acusado de robar una moto murió").
        self.relatives = frozenset(lexicon.optional_words(_RELATIVES))
        self.finite_outcomes = frozenset(
            lexicon.optional_words(f"casualties.constructions.{_VERB_LISTS[0]}.verbs")
        )
        # A language's "of them" after a bare count ("cuatro de ellos"), and the relative
        # ones among them ("cuatro de los cuales"), whose group is their antecedent's.
        # "mostly", "en majorité", "معظمهم" after a comma: a "most of them" apposition between
        # a counted subject and its verb ("40 villagers, mostly children, were abducted").
        majority = lexicon.optional_words(_MAJORITY_APPOSITION)
        self.majority_apposition = (
            re.compile(rf"\s*[,،]\s*{_phrases(majority)}(?=\s)") if majority else None
        )
        # A source's insert ("according to", "по данным", "nach Angaben": the attribution
        # tables' openers) between a counted subject and its verb ("Сотни жителей, по данным
        # агентства, бежали") or between "among the dead" and its count (_Scanner.according_cut).
        according = [
            a for a in (lexicon.text(_ACCORDING), *lexicon.optional_words(_ACCORDING_FORMS)) if a
        ]
        self.according_insert = (
            re.compile(rf"\s*[,،]\s*{_phrases(according)}(?=\s)") if according else None
        )
        self.according_phrases = frozenset(tuple(a.split()) for a in according)
        self.according_lengths = sorted({len(p) for p in self.according_phrases}, reverse=True)
        self.according_firsts = frozenset(p[0] for p in self.according_phrases)
        # A relative clause or a participle phrase between commas right after a counted
        # subject ("двое водителей, пытавшихся скрыться, были застрелены"): the words that
        # open it (constructions.comma_clause; _Scanner.comma_clause_end).
        self.comma_clause_relatives = frozenset(lexicon.optional_words(_COMMA_CLAUSE_RELATIVES))
        self.comma_clause_endings = tuple(lexicon.optional_words(_COMMA_CLAUSE_ENDINGS))
        tails = lexicon.optional_words(_PARTITIVE_TAILS)
        self.relative_tails = frozenset(lexicon.optional_words(_RELATIVE_TAILS))
        self.partitive_tails = (
            re.compile(rf"\s+({_phrases([*tails, *self.relative_tails])})\b")
            if tails or self.relative_tails
            else None
        )
        # The endings of a participle after a head noun ("a man accused of", "un hombre
        # señalado de", "um jovem baleado"): the noun phrase of people ends before it.
        # constructions.participle_phrase: the same participle opens the phrase that may stand
        # between the figure's words and their outcome (after_postmodifier).
        self.phrase_participles = (
            tuple(words(f"{_PARTICIPLE_PHRASE}.endings")) if lexicon.has(_PARTICIPLE_PHRASE) else ()
        )
        self.participle_endings = _NOT_HEAD_ENDINGS + self.phrase_participles
        # A relative clause before the noun it modifies, ending in a participle ("5 asker ile
        # bölgede çay satan 2 kadın"): skipped between a list's conjunction and its next
        # member (constructions.prenominal_relative; _Scanner.past_prenominal_relative).
        self.prenominal_endings = tuple(lexicon.optional_words(f"{_PRENOMINAL}.endings"))
        # A singular after the personal "a" a few words after a verb ("lincharon el lunes a
        # un hombre"): where the verb's object starts.
        self.marked_single = (
            re.compile(
                rf"(?<!\S){word_alternation(sorted(self.object_markers))}\s+"
                rf"(?={word_alternation(sorted(self.singular_counts | self.definite_singulars))}\s)"
            )
            if self.object_markers
            else None
        )
        # An ordinal after a comma with a dash for its verb ("…, вторая – по дороге в
        # больницу"): one more person of the figure before it, with its outcome
        # (_Scanner.gapped_ordinal); in a language whose ordinals are bare singulars.
        self.gapped_ordinal = (
            re.compile(rf",\s+({word_alternation(sorted(self.ordinal_others))})\s+[-–—]\s")
            if self.ordinal_others and self.bare_singulars
            else None
        )
        # The auxiliaries of a passive put before its subject ("fueron detenidos tres hombres",
        # "resultó herido un joven", "foram mortos 12 civis"): with the participle after
        # them, the outcome of the count that follows.
        self.inverted_auxiliaries = frozenset(lexicon.optional_words(_INVERTED_AUX))
        # What may stand between two coordinated figures sharing a qualifier ("at least 12
        # people were killed and 46 injured"): the first one's auxiliaries and outcome.
        # The conjunction alone between two members of a list ("sete crianças e três
        # mulheres"), as the words of the gap (list_qualifier).
        self.conjunction_gaps = [[c] for c in sorted({*self.conjunctions, *self.joined})]
        # (the auxiliaries alone: one before a subject opens its clause's middle field,
        # "Seitdem wurden Tausende Soldaten und Zivilisten getötet", _Scanner.coordinated)
        self.auxiliaries = frozenset(words("casualties.auxiliary_words"))
        self.coordination_gap = (
            self.auxiliaries
            | frozenset(self.outcome_words)
            | frozenset(self.outcome_nouns)
            | frozenset(w for p in self.phrase_outcomes for w in p.split())
            | {",", *self.conjunctions}
        )
        # A singular subject before a passive outcome ("a farmer was shot dead").
        # (an opening quote may stand before it: '"A 12-year-old boy died there," she said')
        marks = rf"\s{re.escape(_OPENING_QUOTES)}"
        articles = word_alternation(
            sorted(self.singular_counts | self.bare_singulars | self.dual_nouns)
        )
        # (in a language of bare singulars the subject may close an apposition with a comma:
        # "Водитель, 54-летний мужчина, погиб")
        after = r"(?=\s|,\s)" if self.bare_singulars else r"(?=\s)"
        self.article_before = re.compile(rf"(?<![^{marks}])" + articles + after)
        # The same, with the mark before the word taken as its first character: re skips to
        # the next mark in C, where it tries the look-behind at every position
        # (_articles_before: one pattern from the same parts, never another word list).
        self.article_after_mark = re.compile(rf"[{marks}]" + articles + after)
        self.among_nouns = _by_outcome(lexicon, "casualties.among_nouns")
        # the last words of the "among" nouns and the people nouns of several words
        self.among_phrase_lasts = frozenset(p.split()[-1] for p in self.among_nouns if " " in p)
        self.phrase_head_lasts = frozenset(
            p.split()[-1] for p in self.civilian_phrases | self.combatant_phrases if " " in p
        )
        self.hold_verbs = frozenset(words("casualties.verbs.hold"))
        # Verbs of taking people away ("levaram duas raparigas"): captured, unless the
        # people carry an outcome of their own ("levaram 3 feridos ao hospital").
        # A language whose outcome nouns are participles that may stand before the noun of
        # the people ("23 погибших мирных жителей"): that noun gives the figure its group.
        # (an empty pattern: the language has no such order, meta.not_applicable)
        self.outcome_adjectives = bool(
            lexicon.has(_OUTCOME_ADJECTIVES) and lexicon.entry(f"{_OUTCOME_ADJECTIVES}.pattern")
        )
        self.take_verbs = frozenset(lexicon.optional_words(_TAKE_VERBS))
        # The beginnings of the words of an evacuation: such a verb in a paragraph that names
        # one ("Евакуація з громади триває. … вивезли 412 людей") takes people to safety.
        evacuation = lexicon.optional_words(_TAKE_EVACUATION)
        self.take_evacuation = re.compile(rf"(?<!\w){_phrases(evacuation)}") if evacuation else None
        # Verbs of leaving a place, displaced outcome words only for civilians or people of
        # no side ("cerca de 2.300 pessoas deixaram Chai"; not troops leaving a base).
        self.leave_place = frozenset(lexicon.optional_words(f"{_LEAVE_PLACE}.verbs"))
        self.leave_people = frozenset(lexicon.optional_words(f"{_LEAVE_PLACE}.people"))
        # The prepositions of a participle's complement, where a language's figure words may
        # end in the participle ("personnes soupçonnées de liens avec … ont été interpellées").
        self.complement_preps = frozenset(lexicon.optional_words(_COMPLEMENT_PREPS))
        # With a complement, participles whose endings are also adjectives' ("retenus",
        # "prises"; "camerounais", "bleus" end no noun phrase): read only as the phrase's.
        self.complement_participles = (
            self.phrase_participles + tuple(words(_ADJECTIVE_LIKE)) if self.complement_preps else ()
        )
        # The endings of an infinitive of purpose after a participle of going ("des femmes
        # parties ramasser du bois ont été enlevées"): it opens the participle's complement.
        self.purpose_infinitives = lexicon.optional_words(_PURPOSE_INFINITIVES)
        # Verbs of holding that are captured outcome words ("seized"): their object is
        # captured when its head is a people noun of the lexicon ("seized four fishermen";
        # an open noun may be a thing: "seized two tankers").
        self.seize_verbs = self.hold_verbs & {
            w for w, o in self.outcome_words.items() if o is Outcome.CAPTURED
        }
        # Verbs of losing people ("we lost fourteen men", "l'armée a perdu trois soldats"):
        # their object is killed when its head is a people noun of the lexicon ("lost 12
        # seats" is none).
        self.lose_verbs = frozenset(lexicon.optional_words(_LOSE_VERBS))
        # Their nouns, before "of" and the count ("the loss of four soldiers").
        self.loss_nouns = frozenset(lexicon.optional_words(_LOSS_NOUNS))
        # Adverbs that may stand between a verb of taking away and its count ("levou ainda
        # sete menores").
        self.verb_adverbs = frozenset(lexicon.optional_words(_VERB_ADVERBS))
        # Adverbs between an outcome verb and its count ("загинули вже четверо людей").
        self.count_adverbs = frozenset(lexicon.optional_words(_COUNT_ADVERBS))
        leave = words("casualties.verbs.leave")
        self.leave_verbs = frozenset([*leave, *(c + w for c in self.joined for w in leave)])
        self.life_verbs = frozenset(words("casualties.verbs.life"))
        self.among_copulas = frozenset(words("casualties.verbs.among_copulas"))
        # The articles of an uncounted plural after that copula ("parmi les morts figurent
        # des femmes et deux enfants"; a bare plural needs none).
        self.among_uncounted_articles = frozenset(lexicon.optional_words(_AMONG_UNCOUNTED))
        # Adverbs after that copula ("unter den Toten waren auch drei Kinder").
        self.among_adverbs = frozenset(lexicon.optional_words(_AMONG_ADVERBS))
        # qualifiers the count search leaves out (a preposition too: "до 20 лет") that lead
        # a count right after an outcome verb ("уничтожено до 150 военнослужащих")
        self.verb_qualifiers = frozenset(lexicon.optional_words(_VERB_QUALIFIERS))
        # a dash as the copula ("серед загиблих - дитина"): the word after it may count one
        self.dash_copula = not self.among_copulas.isdisjoint(_DASHES)
        # the last words of the copulas of several words ("il y a", "se trouvent"): read as
        # one word before a count ("parmi les morts, il y a six femmes")
        self.copula_phrase_lasts = frozenset(c.split()[-1] for c in self.among_copulas if " " in c)
        # one person after an "among" noun, its copula and maybe an adverb ("among the dead
        # was a battalion commander", "parmi les morts figure un lieutenant de 29 ans"): where
        # the singular starts (the frame itself is read by left_context)
        # (a source's insert may stand after the noun or the copula: "unter den Toten ist
        # nach Angaben der Stadtverwaltung auch eine 74 Jahre alte Frau")
        worded = sorted(c for c in self.among_copulas if c not in _DASHES)
        adverbs = rf"(?:\s+{_phrases(self.among_adverbs)})?" if self.among_adverbs else ""
        inserted = bare_inserted = ""
        if according and self.single_starts:
            inserted = rf"(?:\s*[,،]\s*{_phrases(according)}{_MAJORITY_REST_RE.pattern})?"
            bare_inserted = (
                rf"(?:\s+{_phrases(according)}(?:\s+[^\s\d,.;:]+){{1,5}}?"
                rf"(?={adverbs}\s+{word_alternation(self.single_starts)}(?!\w)))?"
            )
        self.among_single = (
            # (the adverb may stand before the copula too: "entre las víctimas también
            # figuran un guardia nacional")
            re.compile(
                rf"\S+?{inserted}{adverbs}\s+{_phrases(worded)}{inserted}{bare_inserted}{adverbs}\s+"
            )
            if worded and self.single_starts
            else None
        )
        self.copula_words = frozenset(words("casualties.verbs.copulas"))
        # What someone is accused of ("suspected of killing a farm worker", the events
        # table's accusations) and the words that make a bare verb an aim ("to kill"): no
        # figure after them.
        self.accusations = frozenset(
            tuple(p.split()) for p in (lexicon.optional_words("events.accusation_before"))
        )
        # (English's relative pronouns, read by after_relative; see also relatives)
        self.frame_relatives = frozenset(lexicon.optional_words("casualties.frames.relatives"))
        self.verb_or_relative = self.to_death_verbs | self.frame_relatives
        self.toll_link_firsts = frozenset(w[0] for w in words("casualties.toll.links"))
        # A language that writes the toll's count noun right before the count, its outcome
        # before the noun ("ölü sayısı 9'a yükseldi", "ölen asker sayısının 16'ya").
        self.toll_before = lexicon.has(_TOLL_BEFORE)
        # A part named before its total, between a word before it and words after it
        # ("aralarında 6 çocuğun da bulunduğu 21 kişi").
        self.part_before_words: frozenset[str] | None = None
        self.part_before_after = re.compile("(?!)")
        # ... or with a possessive ending on its count right before the total's count ("3'ü
        # çocuk 5 sivil": five civilians, three of them children).
        self.part_before_suffixes: tuple[str, ...] = ()
        self.part_before_counts: frozenset[str] = frozenset()
        if lexicon.has(_PART_BEFORE):
            self.part_before_words = frozenset(words(f"{_PART_BEFORE}.before"))
            self.part_before_after = re.compile(
                rf"\s+{_phrases(words(f'{_PART_BEFORE}.after'))}(?!\w)\s*"
            )
            if lexicon.has(f"{_PART_BEFORE}.count_suffixes"):
                self.part_before_suffixes = tuple(words(f"{_PART_BEFORE}.count_suffixes"))
                self.part_before_counts = frozenset(words(f"{_PART_BEFORE}.count_words"))
        self.aims = frozenset(lexicon.optional_words("casualties.frames.aim_words"))
        # The word right before a framed verb (a frame's last word, or an aim word): the
        # frames are tried only after one of these.
        self.frame_ends = self.aims | frozenset(
            f[-1] for f in (*self.allegation_frames, *self.accusations)
        )
        # Prepositions of an instrument that may stand with one word between a verb and its
        # object ("killed by machete a herder").
        # Prepositions of a place between a verb and its object ("задержали в Курске двоих"),
        # and the adjective endings that may open a bare singular ("местный житель").
        # Nouns of a member that take the party after another preposition ("عنصر في حزب
        # الله": a member in Hezbollah), and that preposition.
        self.member_heads = frozenset(
            words(f"{_MEMBER_INTRO}.heads") if lexicon.has(_MEMBER_INTRO) else ()
        )
        # Nouns of a party's members ("integrantes", "members"): after them a capitalised
        # name the registry does not know is still an armed party's ("cuatro integrantes de
        # Los Tlacos"), as the member nouns of a construct above.
        self.party_members = self.member_heads | frozenset(
            lexicon.optional_words("casualties.party_members")
        )
        self.civil_bodies = frozenset(lexicon.optional_words("casualties.civil_bodies"))
        # (a language whose member nouns take the party only as a construct, "девять
        # сторонников ИГ", has no such preposition)
        self.member_intro = (
            re.compile(rf"\s+{_phrases(words(f'{_MEMBER_INTRO}.words'))}\s+")
            if lexicon.optional_words(f"{_MEMBER_INTRO}.words")
            else None
        )
        self.name_suffix = (
            re.compile(rf"['’]{word_alternation(words(_NAME_SUFFIXES))}(?!\w)")
            if lexicon.has(_NAME_SUFFIXES)
            else None
        )
        self.singular_adjectives = lexicon.optional_words(_SINGULAR_ADJECTIVES)
        # People sought under the rubble ("Під завалами рятувальники шукають ще одного
        # чоловіка", "searching for five people trapped under the rubble"): a verb of
        # searching or of being somewhere before the count, in a sentence that names the
        # rubble, makes them missing (Scanner.sought_in_rubble).
        self.rubble_verbs = frozenset(lexicon.optional_words(f"{_RUBBLE}.verbs"))
        self.rubble_words = rubble = lexicon.optional_words(f"{_RUBBLE}.words")
        # (derived for the cheap test: the verbs' last words, the rubble words' first letters)
        self.rubble_lasts = frozenset(v.split()[-1] for v in self.rubble_verbs)
        self.rubble_firsts = frozenset(w[:1] for w in rubble)
        self.rubble = re.compile(rf"(?<!\w){_phrases(rubble)}") if rubble else None
        self.instrument_preps = frozenset(
            lexicon.optional_words("casualties.frames.instrument_preps")
        )
        # A grammar parameter: capitalised people names after a plural count take no "-s"
        # ("two Fulani"); with it, the names of days and months are never such a head.
        path = "casualties.frames.invariant_capitalised_plurals"
        self.invariant_plurals = lexicon.has(path) and lexicon.entry(path) is True
        self.calendar_words = frozenset(
            w.casefold()
            for table in ("calendar.months", "calendar.weekdays")
            if self.invariant_plurals and lexicon.has(table)
            for names in lexicon.mapping(table).values()
            for w in names
        )
        # The names of the months: a count before one is a date's day.
        self.month_words = frozenset(
            w.casefold()
            for names in (
                lexicon.mapping("calendar.months").values()
                if lexicon.has("calendar.months")
                else ()
            )
            for w in names
        )
        # The names of the days: a day between a noun of an outcome and its "of" ("la
        # captura el lunes de cuatro …"; Scanner.left_context).
        self.weekday_words = frozenset(
            w.casefold()
            for names in (
                lexicon.mapping("calendar.weekdays").values()
                if lexicon.has("calendar.weekdays")
                else ()
            )
            for w in names
        )
        self.numbered = frozenset(words("casualties.verbs.numbered"))
        self.among = lexicon.text("casualties.verbs.among")
        # The article of "among the dead" ("unter den Toten", "parmi les morts").
        self.among_articles = frozenset(
            words(_AMONG_ARTICLES) if lexicon.has(_AMONG_ARTICLES) else ("the",)
        )
        # "Seven others were wounded, three of them seriously", "dos de los heridos": a count
        # then a partitive of people already counted (a pronoun, or "of the" and an outcome
        # noun: the article makes them people already named, "des milliers de morts" has
        # none), with no outcome of its own: a part of the figure it points back at.
        pronouns = lexicon.optional_words(_PARTITIVE_PRONOUNS)
        of_the = lexicon.optional_words(_PARTITIVE_OF_THE)
        # A noun of their state between the mark and the count ("، حالة تسعة منهم حرجة": the
        # condition of nine of them is critical).
        self.partitive_states = frozenset(lexicon.optional_words(_PARTITIVE_STATES))
        partitive = (
            rf"(?:(?P<pron>{_phrases(pronouns) if pronouns else '(?!)'})"
            rf"|(?:{word_alternation(self.of_words)}"
            rf"\s+{word_alternation(self.among_articles)}"
            + (rf"|{word_alternation(of_the)}" if of_the else "")
            + rf")\s+(?P<noun>{word_alternation(self.among_nouns)}))(?!\w)"
        )
        self.partitive_part = re.compile(r"(?<!\w)" + partitive)
        # The same, with the character before it taken (no word character): re skips to
        # the next one in C, where it tries the look-behind at every position (_partitives).
        self.partitive_after_mark = re.compile(r"\W" + partitive)
        self.toll_nouns = frozenset(words("casualties.toll.nouns"))
        # a one-word toll noun with a joined article ("ارتفعت الحصيلة إلى 9"): the noun's
        # prefixes (context.noun_prefixes) before it
        self.toll_nouns_read = self.toll_nouns | {
            p + n for p in self.noun_prefixes for n in self.toll_nouns if " " not in n
        }
        self.toll_links = frozenset(words("casualties.toll.links"))
        # the lengths in words of the links, shortest first
        self.toll_link_lengths = sorted({len(w.split()) for w in self.toll_links})
        self.toll_link_lasts = frozenset(w.split()[-1] for w in self.toll_links)
        # The marks that stand for a toll's verb repeated for a second outcome ("Кількість
        # загиблих зросла до чотирьох, поранених — до 21": the wounded rose to 21).
        self.gapped_toll_marks = frozenset(lexicon.optional_words(_GAPPED_TOLL))
        # The count before the toll it states ("elevó a 15 el número de heridos", "porte à 15
        # le nombre de morts"): a link, the count, a determiner, a count noun, "of" and an
        # outcome noun (constructions.toll_after_count).
        self.toll_after = (
            re.compile(
                rf"\s+(?:{word_alternation(words(_TOLL_AFTER))}\s+)?"
                rf"{word_alternation(sorted(self.toll_count_nouns))}\s+"
                rf"{word_alternation(sorted(self.of_words))}\s+"
                rf"(?:(?P<noun>{word_alternation(sorted(self.among_nouns))})"
                # or a people noun and its outcome's participle ("eleva a 14 el número de
                # policías asesinados", "porte à 9 le nombre de civils tués")
                rf"|(?P<people>{word_alternation(sorted(self.head_nouns))})\s+"
                rf"(?P<part>{word_alternation(sorted(self.outcome_words))}))(?!\w)",
                re.IGNORECASE,
            )
            if lexicon.has(_TOLL_AFTER)
            else None
        )
        self.not_casualty_words = frozenset(words("casualties.not_casualty.words"))
        self.not_casualty_pairs = frozenset(
            tuple(p.split()) for p in words("casualties.not_casualty.pairs")
        )
        self.actor_stop = frozenset(words("casualties.actors.stop"))
        self.actor_pronouns = frozenset(words("casualties.actors.pronouns"))
        intros = words("casualties.actors.intro")
        breakdowns = words("casualties.breakdowns.intro")
        late = words("casualties.breakdowns.late_intro")
        # "… have been killed, the monitor said, among them 14 civilians": the words just
        # before a count that make it a part of the sentence's last figure.
        self.late_parts_left = frozenset(tuple(p.split()) for p in breakdowns)
        # "Поранених, серед яких 14-річна дівчина, госпіталізували", "the wounded, including
        # a 14-year-old girl, were taken to hospital": an outcome noun, a comma and a
        # breakdown's intro (its first word maybe with a joined conjunction, "ومن بينهم")
        # before a count or one person give the count the noun's outcome.
        self.noun_parts_left = self.late_parts_left | frozenset(
            (c + p[0], *p[1:]) for p in self.late_parts_left for c in self.joined
        )
        self.noun_part_lengths = sorted({len(p) for p in self.late_parts_left}, reverse=True)
        self.noun_part_lasts = frozenset(p[-1] for p in self.noun_parts_left)
        # "des corps, dont ceux de trois femmes": a pronoun for the noun before the intro
        self.breakdown_heads = tuple(
            tuple(p.split()) for p in (lexicon.optional_words(_BREAKDOWN_HEADS))
        )
        self.breakdown_head_lasts = frozenset(h[-1] for h in self.breakdown_heads)
        self.noun_part = re.compile(
            rf"{word_alternation(sorted(self.among_nouns))}\s*[,،]\s*"
            rf"(?:{word_alternation(self.joined)})?{_phrases(breakdowns)}\s+(?=[^\W_])"
            if self.joined
            else rf"{word_alternation(sorted(self.among_nouns))}\s*,\s*{_phrases(breakdowns)}"
            r"\s+(?=[^\W_])"
        )
        self.lead_words = counts.lead_words()
        # Where an open noun phrase of people stops: a function word of the grammar, an
        # outcome word, a verb, a word that may follow a bare count.
        self.np_stop = (
            frozenset(words("casualties.modifier_stop_words"))
            # participles among them ("presumed", "believed") may open a noun phrase
            # ("three presumed robbers"): the participle rule of open_np reads them
            | frozenset(
                w for w in words("casualties.auxiliary_words") if not w.endswith(_NOT_HEAD_ENDINGS)
            )
            | frozenset(self.outcome_words)
            # the first word of an outcome of several words ("дістали поранень")
            | frozenset(w.split()[0] for w in self.outcome_words)
            # and of an inflected stem of several words ("evlerini terk etmişti")
            | frozenset(w.split()[0] for w in self.outcome_stems if " " in w)
            | frozenset(self.outcome_nouns)
            | frozenset(self.left_verbs)
            | frozenset(p.split()[0] for p in self.phrase_outcomes)  # "lost their lives"
            | self.to_death_verbs
            | self.singular_counts
            | self.definite_singulars
            | frozenset(w for p in words("casualties.bare_count.followers") for w in p.split())
            | frozenset(w for p in intros for w in p.split())
            | frozenset(words("casualties.actors.stop"))
            | frozenset(words("casualties.pronouns"))
        )
        # The first two characters of every word a count phrase can start with (a digit and
        # "a" are tested on their own).
        self.count_starts = frozenset(w[:2] for w in counts.first_words())
        # Derived first-letter tests (each exact for its pattern, see the _Scanner methods):
        # the first letters of the words after the white space that starts the actor intro,
        # and after the comma of the late breakdown, as the lower-cased text has them; and
        # what the breakdown pattern can see first in the original text (a mark, or a letter
        # re.IGNORECASE equates with a first letter).
        self.actor_intro_first = frozenset(p[0] for p in intros)
        self.late_breakdown_first = frozenset(p[0] for p in late)
        self.breakdown_first = frozenset(_BREAKDOWN_MARKS) | frozenset(
            c for p in breakdowns for c in re_case_variants(p[0])
        )
        # After a count, the words that may make it a figure: a people noun, an outcome word
        # or noun, or the first word of an outcome phrase, an actor intro, a breakdown or
        # the partitive; or a relative pronoun (a clause may come before the outcome).
        self.relevant_after = (
            self.head_nouns
            | self.relatives
            | frozenset(w.split()[0] for w in self.outcome_words)
            | frozenset(self.outcome_nouns)
            | frozenset(p.split()[0] for p in (*self.phrase_outcomes, *intros, *breakdowns))
            | self.of_words
        )
        self.folding = self._patterns(lexicon, intros, breakdowns, late)
        # A second noun of people joined to the head, one count for both ("18 soldiers and
        # volunteers were killed"), read on the lower-cased text.
        self.coordinated_head = re.compile(
            rf"\s+{word_alternation(sorted(self.conjunctions))}\s+(?P<head>"
            rf"{_phrases(sorted(self.head_nouns | self.civilian_phrases | self.combatant_phrases))})"
            r"(?!\w)"
        )
        # The same patterns without re.IGNORECASE, for ``lower_same_length(text)``: they
        # match the same spans there (a quarter fewer instructions: re compares a
        # case-sensitive literal without lower-casing the character).  Exact because every
        # literal letter of the patterns is lower-case ASCII (the lexicon's words are
        # lower case), and for each character c but the four of has_re_folded,
        # re.IGNORECASE equates c with an ASCII letter l exactly when c.lower() == l (the
        # tests check every code point).  Groups are always read from the original text.
        self.lower = _Patterns(*map(_case_sensitive, self.folding))

    def _constructions_before_count(self, lexicon: Lexicon) -> None:
        """The word orders a language has that put the outcome before the count: the verb
        before its subject ("погибли 12 мирных жителей", "قتل 12 مدنيا"), an impersonal
        participle ("поранено 12 людей"), a verbal noun ("مقتل 12 شخصا"), a participle
        ("hayatını kaybeden 12 sivil").  Their words are in the lexicon's ``constructions``
        tables: read as verbs before a count (one word) or as two-word phrases."""
        known = {**self.outcome_words, **self.left_verbs}
        found: dict[str, Outcome] = {}
        for name in _VERB_LISTS:
            path = f"casualties.constructions.{name}.verbs"
            if lexicon.has(path):
                found.update((w, known[w]) for w in lexicon.words(path) if w in known)
        for name in _OUTCOME_TABLES:
            path = f"casualties.constructions.{name}"
            if lexicon.has(path):
                for kind in lexicon.mapping(path):
                    if kind in _OUTCOME_KINDS:
                        found.update((w, Outcome(kind)) for w in lexicon.words(f"{path}.{kind}"))
                # a preposition written joined to the verbal noun ("أفاد بمقتل ثلاثة جنود",
                # "أدى لمقتل"): the noun with it is read as the noun alone
                if lexicon.has(f"{path}.{_JOINED_PREPOSITIONS}"):
                    preps = lexicon.words(f"{path}.{_JOINED_PREPOSITIONS}")
                    for kind in lexicon.mapping(path):
                        if kind in _OUTCOME_KINDS:
                            for w in lexicon.words(f"{path}.{kind}"):
                                if " " not in w:
                                    found.update((p + w, Outcome(kind)) for p in preps)
        for phrase, outcome in found.items():
            words = tuple(phrase.split())
            if len(words) == 1:
                self.left_verbs.setdefault(phrase, outcome)
            else:  # (a phrase of three words or more: "плену до сих пор находятся")
                self.left_phrases.setdefault(words, outcome)

    def _manner_object(self, lexicon: Lexicon) -> None:
        """What may stand between a verb and its object (``constructions.manner_object``): a
        manner adjunct read past ("mataron a golpes a dos hombres"), a tail that makes a verb
        of beating or burning kill ("golpeó hasta la muerte a", "quemó vivo a"), each as a
        tuple of words; the lengths to try, longest first."""
        manners: tuple[str, ...] = ()
        words: tuple[str, ...] = ()
        degrees: tuple[str, ...] = ()
        if lexicon.has(_MANNER_OBJECT):
            manners = lexicon.words(f"{_MANNER_OBJECT}.manners")
            words = lexicon.words(f"{_MANNER_OBJECT}.to_death")
            degrees = lexicon.words(f"{_MANNER_OBJECT}.degrees")
        # adverbs of degree between a verb of leaving and its participle ("dejó gravemente
        # herido a")
        self.degree_adverbs = frozenset(degrees)
        self.manners = frozenset(tuple(p.split()) for p in manners)
        self.death_tails = frozenset(tuple(p.split()) for p in words)
        self.manner_lengths = sorted({len(p) for p in self.manners | self.death_tails})[::-1]
        # the last words that may end what stands before the object (a fast reject per count)
        self.manner_lasts = frozenset(p[-1] for p in self.manners | self.death_tails)

    def death_phrase(self, phrase: str) -> bool:
        """Whether ``phrase`` is a verb of beating or burning and a tail of death ("brûlé
        vif", "queimado vivo"): an outcome phrase that is also an active verb."""
        words = phrase.split()
        return (
            len(words) > 1
            and words[0] in self.to_death_verbs
            and tuple(words[1:]) in self.death_tails
        )

    def _clause_constructions(self, lexicon: Lexicon) -> None:
        """A language's compound nouns and clause bracket (German): the heads that may close
        a compound ("Hafenarbeiter", "RSF-Kämpfer"), the participle that ends its clause
        words after the figure ("wurden … 12 Zivilisten in der Ukraine getötet"), and the
        finite outcome verb a few words before its subject ("flohen seit Mittwoch rund
        3.500 Menschen").  Each is off where the lexicon has no table for it."""
        words = lexicon.words
        self.compound_heads = (
            tuple(sorted(words(_COMPOUND_HEADS), key=len, reverse=True))
            if lexicon.has(_COMPOUND_HEADS)
            else ()
        )
        self.compound_cache: dict[str, tuple[str, str] | None] = {}
        self.capitalised_nouns = lexicon.has(_CAPITALISED)
        # A personal name in apposition to a list member ("a 65-year-old imam, Musa Bello,
        # and four children"): the lower-case particles a name may hold ("da", "von"); the
        # name's other words are capitalised (so none is read in Arabic script).
        self.name_apposition = lexicon.has(_NAME_PARTICLES)
        self.name_particles = (
            frozenset(words(_NAME_PARTICLES)) if self.name_apposition else frozenset()
        )
        # A complement after a list member ("a son of the village head, a teacher and …",
        # "un guardia de seguridad del local y dos hermanas"): the words that open it, read
        # past when a list separator follows it (docs/casualties-and-claims.md, "Tenth
        # session (persons A)").
        self.member_complements = frozenset(lexicon.optional_words(_MEMBER_COMPLEMENT))
        # The personal "a" after a list's conjunction ("a un campesino y a su hijo").
        self.member_markers = frozenset(lexicon.optional_words(_MEMBER_MARKERS))
        self.bracket_gap = 0
        self.bracket_agents: frozenset[str] = frozenset()
        if lexicon.has(_BRACKET):
            self.bracket_gap = int(lexicon.number(f"{_BRACKET}.gap"))
            self.bracket_active = frozenset(words(f"{_BRACKET}.active_auxiliaries"))
            self.bracket_ends = frozenset(words(f"{_BRACKET}.clause_ends"))
            self.bracket_agents = frozenset(words(f"{_BRACKET}.agent_prepositions"))
        self.count_suffix = (
            compiled(rf"['’]{_phrases(words(_COUNT_SUFFIXES))}\b", re.IGNORECASE)
            if lexicon.has(_COUNT_SUFFIXES)
            else None
        )
        self.second_verbs: dict[str, Outcome] = {}
        self.second_gap = 0
        if lexicon.has(_VERB_SECOND):
            self.second_verbs = {
                w: Outcome(kind)
                for kind in lexicon.mapping(_VERB_SECOND)
                if kind in _OUTCOME_KINDS
                for w in words(f"{_VERB_SECOND}.{kind}")
            }
            self.second_gap = int(lexicon.number(f"{_VERB_SECOND}.gap"))

    def compound(self, low: str) -> tuple[str, str] | None:
        """The head noun a compound word ends with and the part before it ("hafenarbeiter"
        -> ("arbeiter", "hafen"), "rsf-kämpfer" -> ("kämpfer", "rsf")), or None."""
        if not self.compound_heads or low in self.head_nouns:
            return None
        if low in self.compound_cache:
            return self.compound_cache[low]
        found = None
        for head in self.compound_heads:
            if low.endswith(head) and len(low) - len(head) >= _COMPOUND_MIN:
                found = (head, low[: -len(head)].rstrip("-"))
                break
        self.compound_cache[low] = found
        return found

    def compound_kind(self, head: str, first: str) -> str:
        """The group of a compound: its head's, unless a people noun's first part names a
        side ("Bandenmitglieder", "Regierungssoldaten" stay combatants)."""
        kind = self.kind_of_head(head)
        if kind == "total":
            part = first[:-1] if first.endswith("s") else first
            if first in self.combatant_adjectives or part in self.combatant_adjectives:
                return "combatants"
            if first in self.civilian_adjectives or part in self.civilian_adjectives:
                return "civilians"
        return kind

    def _taken_away(self, lexicon: Lexicon) -> str:
        """The guard after the outcome pattern's phrases: a phrase that ends as a passive of
        taking away does (``constructions.taken_away.phrases``: their last words, read
        behind) is no outcome when one of the table's ``prepositions``, maybe an article and
        one more word, then a ``not_people`` noun follow it ("taken away by ambulance",
        "carried off to a nearby hospital"); empty where the language has no such table.
        (One prefix tree of phrases and a guard tried only after one matched: the outcome
        pattern runs at every count.)"""
        if not self.taken_away:
            return ""
        words = lexicon.words
        alt = word_alternation
        preps = alt(words(f"{_TAKEN_AWAY}.prepositions"))
        articles = alt(words(f"{_TAKEN_AWAY}.articles"))
        things = alt(self.not_people)
        lasts = sorted({p.split()[-1] for p in self.taken_away})
        behind = "|".join(rf"(?<={re.escape(w)})" for w in lasts)
        return rf"(?!(?:{behind})\s+{preps}\s+(?:{articles}\s+)?(?:[^\W\d_]+\s+)?{things}\b)"

    def _patterns(
        self,
        lexicon: Lexicon,
        intros: Sequence[str],
        breakdowns: Sequence[str],
        late: Sequence[str],
    ) -> _Patterns:
        words = lexicon.words
        alt = word_alternation
        stop = alt(words("casualties.modifier_stop_words"))
        # Marks that join two names into one modifier ("PKK/YPG'li"): the lexicon's.
        joiners = "".join(re.escape(j) for j in (lexicon.optional_words(_NAME_JOINERS)))
        # a conjunction joined to a count ("و3 مدنيين") starts the next figure, no modifier
        glued = rf"(?!{alt(self.joined)}\d)" if self.joined else ""
        mod = rf"(?:\s+(?!{stop}\b){glued}[^\W\d_][\w'’.{joiners}-]*)"
        heads = _phrases(sorted(self.head_nouns | self.civilian_phrases | self.combatant_phrases))
        blockers = alt(words("casualties.outcome_noun_rules.blockers"))
        # "… were killed", "… have fled their homes", "… taken prisoner" after a count and
        # its noun.
        # A language whose auxiliary may stand apart from its participle ("12 Zivilisten
        # wurden am Donnerstag getötet"): after one, up to six words of the clause.
        split = ""
        if lexicon.has(_VERB_FINAL):
            split = (
                rf"(?:\s+{alt(words(_VERB_FINAL))}\b"
                r"(?:\s+[^\s,.;:!?()\d][^\s,.;:!?()]*){0,6}?)?"
            )
        # A language that inflects its outcome verbs with suffixes (Turkish "öldürüldüğünü",
        # "yaralandığını"): the stems, any letters after them.
        stems = ""
        if self.outcome_stems:
            stems = rf"|(?P<stem>{_phrases(self.outcome_stems)})[^\W\d_]*"
        # A verb the writer distances himself from may stand in quotes of its own ('43
        # insurgents had been "neutralised"'; a quote that runs on is someone's words).
        # A language whose copula may be a dash ("серед загиблих – дитина"): a dash may stand
        # between a count and its outcome ("загинули 5 людей, щонайменше 20 – поранені").
        dash = rf"(?:\s+(?:{'|'.join(_DASHES)}))?" if self.dash_copula else ""
        aux_outcome = compiled(
            rf"(?:\s+{alt(words('casualties.auxiliary_words'))}\b){{0,5}}{split}{dash}\s+"
            rf"(?:(?P<quote>[\"“‘«])\s?)?(?:(?P<phrase>{_phrases(self.phrase_outcomes)})"
            rf"{self._taken_away(lexicon)}"
            rf"|(?P<word>{alt(self.outcome_words)}){stems})\b(?(quote)\s?[\"”’»])",
            re.IGNORECASE,
        )
        # "28 civilians", "dozens of government soldiers", "100 HTS fighters"
        partitive = _partitive(self.partitive_words) if self.partitive_words else _PARTITIVE
        # A language whose nouns take case endings ("göstericinin", "askerlerin"): one of its
        # endings may close a head noun (the head group stays the noun).
        ending = rf"{_phrases(words(_NOUN_SUFFIXES))}?" if lexicon.has(_NOUN_SUFFIXES) else ""
        # A neutral adjective that is a people noun too ("autres", "otras"): before another
        # head ("six autres personnes", "seis otras personas") it is the head's modifier, as
        # "other" is in "three other people"; alone ("six autres ont été blessés"), the head.
        both = sorted(self.neutral_adjectives & self.head_nouns)
        other_mod = rf"(?:\s+{alt(both)}(?=\s+{heads}\b))?" if both else ""
        head = compiled(
            rf"{partitive}(?P<mods>{other_mod}{mod}{{0,3}}?){_HEAD_GAP}(?P<head>{heads}){ending}"
            rf"\b{_MARKS}*",
            re.IGNORECASE,
        )
        # "over 300 deaths", "28 civilian deaths", "12 killed", "100 soldiers dead"
        noun_outcome = re.compile(
            rf"{partitive}(?P<mods>(?:\s+[^\W\d_][\w'’.-]*){{0,3}}?){_HEAD_GAP}"
            rf"(?P<noun>{alt(self.outcome_nouns)})\b{_MARKS}*(?!\s+{blockers}\b)",
            re.IGNORECASE,
        )
        intro_words = _phrases(breakdowns)
        # "including those of three women": a pronoun for the total's noun after the intro
        pronoun_heads = lexicon.optional_words(_BREAKDOWN_HEADS)
        head_of = rf"(?:\s+{_phrases(pronoun_heads)}\b)?" if pronoun_heads else ""
        # the personal "a" after a list's conjunction ("… y a su hijo")
        marker = rf"(?:{alt(self.member_markers)}\s+)?" if self.member_markers else ""
        return _Patterns(
            count_phrase=self.counts.phrase,
            noun_outcome=noun_outcome,
            head=head,
            aux_outcome=aux_outcome,
            # An actor after the noun, or instead of it: "183 from HTS".
            actor_intro=re.compile(rf"\s+{_phrases(intros)}\s+", re.IGNORECASE),
            bare_tail=re.compile(_BARE_TAIL, re.IGNORECASE),
            # After a verb and a bare count ("killing 4 in Idlib"), what may follow.
            bare_boundary=re.compile(
                r"(?:\s*(?:[,.;:!?)\"”’—–]|$)"
                rf"|\s+{_phrases(words('casualties.bare_count.followers'))}\b"
                # a conjunction joined to the next word ("عشرات الآلاف وشردت الملايين")
                + (rf"|\s+{alt(self.joined)}(?=[^\W\d_])" if self.joined else "")
                + ")",
                re.IGNORECASE,
            ),
            list_sep=re.compile(
                rf"\s*,\s*(?:{alt(self.conjunctions)}\s+{marker})?"
                rf"|\s+{alt(self.conjunctions)}\s+{marker}"
                # a conjunction joined to the next count ("67 قتيلاً و26 جريحاً")
                + (
                    rf"|\s*,?\s+{alt(self.joined)}"
                    # a digit, one person or a number word ("و7", "وسبعة من مقاتلي العشائر")
                    rf"(?=\d|{word_alternation(sorted(self.single_starts | _number_words(self.counts)))}(?!\w))"
                    if self.joined
                    else ""
                ),
                re.IGNORECASE,
            ),
            # "…, including", "(of whom", ": ", and a dash before the parts' list ("a toll
            # of 14 — seven police officers and seven civilians"); a dash or a colon after
            # the intro ("серед них – 14-річний хлопець", "dont : deux enfants")
            breakdown=re.compile(
                rf"\s*(?:(?:,|\(|—|–)?\s*{intro_words}\b{head_of}(?:\s*[—–:](?=\s))?"
                r"|:|—|–|\s-)\s*",
                re.IGNORECASE,
            ),
            # After the outcome, an adverbial may come before the breakdown: "killed since
            # Monday, including nine civilians".
            late_breakdown=re.compile(
                rf"[^,.;:!?()\d]{{0,60}}?,\s*{_phrases(late)}\b{head_of}\s*", re.IGNORECASE
            ),
            were=compiled(rf"\s+{alt(words('casualties.verbs.copulas'))}(?=\s)", re.IGNORECASE),
        )

    def prefixed_head(self, word: str) -> str | None:
        """The head noun ``word`` is with a joined article read off ("الجنود" -> "جنود"),
        or None."""
        for prefix in self.noun_prefixes:
            if word.startswith(prefix) and word[len(prefix) :] in self.head_nouns:
                return word[len(prefix) :]
        return None

    def takes_party(self, head: str | None) -> bool:
        """Whether a party named after the head noun ``head`` (a complement: "of the rebels",
        "der Rebellen", "бандитів") is the side of the people counted: the head decides, not
        its complement.  A member, fighter or soldier noun ("members of the ADF") and a
        generic people noun take it, and so does a count with no head ("three of the ADF");
        a noun of ``relation_nouns`` ("informants of the bandits") or one the lexicon does
        not know names people of no side of the complement's."""
        if head is None:
            return True
        bare = self.prefixed_head(head) or head if self.noun_prefixes else head
        if bare in self.relation_nouns:
            return False
        return (
            bare in self.head_nouns
            or bare in self.party_members
            or bare in self.combatant_phrases
            or bare in self.civilian_phrases
            # (people the lexicon names otherwise: "عنصر", "two more")
            or bare in self.bare_singulars
            or bare in self.dual_nouns
            or bare in self.elliptic_heads
            # (a force's own noun before its name: 'бойцов ополчения "Хашд аш-Шааби"')
            or bare in self.armed_words
        )

    def dual_head(self, word: str) -> str:
        """The people noun a dual noun counts two of: its singular where the lexicon knows
        it ("عنصرين" -> "عنصر", so the member noun takes its party), else the dual itself."""
        for ending in self.dual_endings:
            if word.endswith(ending) and word[: -len(ending)] in self.head_nouns:
                return word[: -len(ending)]
        return word

    def kind_of_head(self, head: str) -> str:
        if head in self.civilian_nouns or head in self.civilian_phrases:
            return "civilians"
        if head in self.combatant_nouns or head in self.combatant_phrases:
            return "combatants"
        return "total"

    def noun_kind(self, word: str) -> str | None:
        """The group a people noun names, None for a word that names no people."""
        return self.kind_of_head(word) if word in self.head_nouns else None

    def vocabulary(self) -> Vocabulary:
        """The words whose presence makes a sentence worth reading: every word that can give
        a figure its outcome (outcome words and nouns, the content words of outcome phrases,
        verbs before a count and of losing people, "among the dead", the toll, the captive and
        life nouns)."""
        phrase_words = {
            w for p in self.phrase_outcomes for w in p.split() if w not in self.phrase_glue
        }
        return Vocabulary(
            # (the rubble's words, not the verbs of searching: the rule needs both, and the
            # rubble is the rarer)
            stems=frozenset(self.outcome_stems) | frozenset(self.rubble_words),
            words=frozenset(
                {
                    *self.outcome_words,
                    *self.outcome_nouns,
                    *phrase_words,
                    *self.left_verbs,
                    *(w for p in self.left_phrases for w in p if w not in self.phrase_glue),
                    *self.to_death_verbs,
                    *self.take_verbs,
                    *self.lose_verbs,
                    *self.loss_nouns,
                    *self.nominal_of,
                    *self.among_nouns,
                    *self.toll_nouns_read,
                    *self.captive_heads,
                    self.life_noun,
                }
            ),
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


def _people_name_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The last letters of a name of people from a place ("filistinli", "suriyelilerin"):
    one of ``constructions.people_names.endings``, then optionally one of its ``after``
    endings or a noun's case ending (``constructions.noun_suffixes``); None where the
    language has no such names."""
    endings = lexicon.optional_words(f"{_PEOPLE_NAMES}.endings")
    if not endings:
        return None
    after = [
        *lexicon.optional_words(f"{_PEOPLE_NAMES}.after"),
        *lexicon.optional_words(_NOUN_SUFFIXES),
    ]
    tail = rf"(?:{_phrases(after)})?" if after else ""
    return re.compile(rf"\w(?:{_phrases(endings)}){tail}$")


def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without ``re.IGNORECASE``, for matching on the lower-cased text."""
    return compiled(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@functools.cache
def _grammar(lexicon: Lexicon) -> _Grammar:
    """The casualty grammar of ``lexicon``, compiled once per lexicon object."""
    return _Grammar(lexicon)


def _outcome_vocabulary(lexicon: Lexicon) -> Vocabulary:
    return _grammar(lexicon).vocabulary()


def _number_vocabulary(lexicon: Lexicon) -> Vocabulary:
    """The number words and vague words a count phrase turns on ("four", "dozens", "a few")."""
    counts = count_grammar(lexicon)
    words = _number_words(counts)
    # with a conjunction joined to them ("وثلاثة"): find_casualties reads the count after it
    return Vocabulary(words=words | {c + w for c in counts.joined for w in words})


def _number_words(counts: CountGrammar) -> frozenset[str]:
    """The number words and vague words a count phrase turns on."""
    return frozenset(
        (*counts.number_words, *(v.split()[-1] for v in counts.vague), *counts.approximate)
    )


OUTCOMES: Final = register("casualty outcomes", _outcome_vocabulary)
NUMBERS: Final = register("numbers", _number_vocabulary)
_DIGITS_RE: Final = re.compile(r"\d[\d,.]*")
_YEAR_RE: Final = re.compile(r"(?:1[89]|20)\d\d")


def _breakdown_may_start(g: _Grammar, text: str, pos: int, end: int) -> bool:
    """False where the breakdown pattern cannot match at ``pos`` (most counts: "12 soldiers
    were"): after white space it needs a mark or a breakdown word's first letter."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos >= end or text[pos] in g.breakdown_first


# The constructions tables (casualties.toml, "NOT IN ENGLISH") whose words put an outcome
# before the count: lists of verbs (their outcome from the outcome words), and tables by
# outcome.
_VERB_LISTS: Final = ("verb_first", "impersonal_no", "neuter_singular_count")
_JOINED_PREPOSITIONS: Final = "joined_prepositions"
_OUTCOME_TABLES: Final = (
    "maqtal_count",
    "participle_before",
    "toll_before_count",
    "partitive_before",
    "object_verb",
)
_OUTCOME_KINDS: Final = frozenset(o.value for o in Outcome)
_TOLL_BEFORE: Final = "casualties.constructions.toll_before_count"
_WOUND_ADJECTIVES: Final = "casualties.constructions.wound_adjectives"
_PART_BEFORE: Final = "casualties.constructions.part_before_total"
# How many words (the outcome and its people) may stand before a toll's count noun.
_TOLL_BEFORE_WORDS: Final = 3
# The auxiliaries of a verb-final clause, whose participle may come words later.
_VERB_FINAL: Final = "casualties.constructions.verb_final.auxiliaries"
_PARTITIVE_WORDS: Final = "casualties.partitive"
# Compound nouns and the clause bracket (see _Grammar._clause_constructions).
_COMPOUND_HEADS: Final = "casualties.constructions.compounds.heads"
# The fewest letters a compound's first part has ("Hafen-", "RSF-").
_COMPOUND_MIN: Final = 3
_BRACKET: Final = "casualties.constructions.clause_bracket"
_CAPITALISED: Final = "casualties.constructions.capitalised_nouns"
_VERB_SECOND: Final = "casualties.constructions.verb_second"
_NOUN_SUFFIXES: Final = "casualties.constructions.noun_suffixes.endings"
_NAME_JOINERS: Final = "casualties.constructions.name_joiners.marks"
_NAME_PARTICLES: Final = "casualties.constructions.name_apposition.particles"
_MEMBER_COMPLEMENT: Final = "casualties.constructions.member_complement.words"
_MEMBER_MARKERS: Final = "casualties.constructions.member_complement.markers"
# The most words a list member's complement holds ("of the local health centre").
_COMPLEMENT_WORDS: Final = 6
# How many words a relative clause after a list member may hold (_Scanner.past_relative).
_RELATIVE_WORDS: Final = 10
# A parenthesised acronym closing a complement ("de la Police nationale d'Haïti (PNH)").
_ACRONYM_RE: Final = re.compile(r"\s*\([^\W\d_][\w.-]{0,11}\)")
# The most words a personal name in apposition holds ("Maria da Graça Souza").
_NAME_WORDS: Final = 5
# The most words of trade, article or age before a name that opens a list after "among the
# dead" ("45 yaşındaki sebze satıcısı Ahmed"; _Scanner.named_member_cut).
_TRADE_WORDS: Final = 4
_COUNT_SUFFIXES: Final = "casualties.constructions.count_suffixes.endings"
_PRENOMINAL: Final = "casualties.constructions.prenominal_relative"
# How many words a relative clause before its noun may hold (_Scanner.past_prenominal_relative).
_PRENOMINAL_WORDS: Final = 4
# The quotes that may open a quoted count ("„mindestens 20", '"en az 20').
_OPENING_QUOTES: Final = "\"“„«»‘'"
_OPENING_QUOTES_RE: Final = re.compile(f"[{re.escape(_OPENING_QUOTES)}]")


def _after_elision(word: str) -> str:
    """What follows the last apostrophe of ``word`` ("d'au" -> "au"), or "" where it has none.

    >>> _after_elision("d’environ"), _after_elision("moins")
    ('environ', '')
    """
    cut = max(word.rfind("'"), word.rfind("’"))
    return word[cut + 1 :] if cut >= 0 else ""


# The quotes that may close a quoted figure before its verb.
_CLOSING_QUOTES: Final = "\"”“»«’'"
# The marks that end a clause after its final participle.
_CLAUSE_END_MARKS: Final = ",.;:!?)\"“”„'»«"
# Combining marks a word may end with that no pattern's \w reads (Arabic tanween: "مدنياً").
_MARKS: Final = "[\u064b-\u065f\u0670]"
# How far before a figure "among the dead" is read (characters), and the marks read off its
# words ("Unter den Toten seien zwei Kinder, …").
_AMONG_WIDTH: Final = 40
_AMONG_STRIP: Final = "\"'“”«»‘’.,;:!?()[]—–-"
_BARE_SINGULARS: Final = "casualties.bare_singulars"
_ADJUNCT: Final = "casualties.constructions.adjunct_object"
_PARTICIPLE_PHRASE: Final = "casualties.constructions.participle_phrase"
_OBJECT_MARKERS: Final = "casualties.object_markers"
_COMPLEMENT_PREPS: Final = f"{_PARTICIPLE_PHRASE}.prepositions"
_ADJECTIVE_LIKE: Final = f"{_PARTICIPLE_PHRASE}.adjective_like_endings"
_PURPOSE_INFINITIVES: Final = f"{_PARTICIPLE_PHRASE}.infinitive_endings"
_PARTITIVE_TAILS: Final = "casualties.constructions.partitive_tail.tails"
_RELATIVE_TAILS: Final = "casualties.constructions.partitive_tail.relative"
_RELATIVES: Final = "casualties.constructions.postmodifier.relatives"
_BREAKDOWN_HEADS: Final = "casualties.breakdowns.pronoun_heads"
# How many words a place may put between a noun of the dead and its breakdown ("more bodies
# near the market, including those of two boys").
_BODIES_REACH: Final = 5
_MARK_ENDS: Final = ',،;:.!?()"»”'
_MAJORITY_APPOSITION: Final = "casualties.constructions.majority_apposition.words"
_ACCORDING: Final = "attribution.according"
_ACCORDING_FORMS: Final = "attribution.according_forms"
_COMMA_CLAUSE_RELATIVES: Final = "casualties.constructions.comma_clause.relatives"
_COMMA_CLAUSE_ENDINGS: Final = "casualties.constructions.comma_clause.participle_endings"
_COMMA_WORD_RE: Final = re.compile(r"\s*[,،]\s*([^\W\d_][\w'’-]*)")
# The rest of a "mostly …" apposition up to its closing comma: no digit (a count of its own)
# and no other mark.
_MAJORITY_REST_RE: Final = re.compile(r"[^\d,،;:.()!?\"«»“”]{1,80}?[,،]")
_QUOTES: Final = "\"'“”«»‘’"
_AGE_AFTER: Final = "casualties.constructions.age_after"
_AGE_BETWEEN: Final = "casualties.constructions.age_between"
_ADULT_AGE: Final = 18  # under it a person is a child (docs/casualties-and-claims.md)
_MOB_WORDS: Final = "casualties.constructions.mob_violence.words"
_MANNER_OBJECT: Final = "casualties.constructions.manner_object"
_INVERTED_AUX: Final = "casualties.constructions.inverted_passive.auxiliaries"
_BARE_PART: Final = "casualties.constructions.bare_part.followers"
_DUALS: Final = "casualties.constructions.dual_counts.nouns"
_COUNT_AFTER_NOUN: Final = "casualties.constructions.count_after_noun.numbers"
_DUAL_ENDINGS: Final = "casualties.constructions.dual_counts.dual_endings"
_POSTNOMINAL: Final = "casualties.constructions.postnominal_modifiers.max_words"
_GENITIVE_COMPLEMENT: Final = "casualties.constructions.genitive_complement"
_CONSTRUCT_TOLL: Final = "casualties.constructions.construct_toll.max_words"
_VSO_GAP: Final = "casualties.constructions.verb_subject_object.max_gap"
_CLAUSE_OPENERS: Final = "casualties.constructions.clause_openers.words"
_NEGATIONS: Final = "casualties.negations"
_OUTCOME_STEMS: Final = "casualties.outcome_stems"
_LEAD_NOUNS: Final = "casualties.lead_nouns"
_TAKE_VERBS: Final = "casualties.verbs.take_away"
_TAKE_EVACUATION: Final = "casualties.verbs.take_away_evacuation"
_LEAVE_PLACE: Final = "casualties.constructions.leave_place"
_TAKEN_AWAY: Final = "casualties.constructions.taken_away"
_RUBBLE: Final = "casualties.constructions.rubble"
_RUBBLE_REACH: Final = 160  # how far after the count the rubble may be named (characters)
_LOSE_VERBS: Final = "casualties.verbs.lose"
_LOSS_NOUNS: Final = "casualties.verbs.loss"
_ACTIVE_PAST_AUX: Final = "casualties.verbs.active_past_auxiliaries"
_POSSESSIVES: Final = "casualties.constructions.possessive_singular.possessives"
_AGES_BEFORE: Final = "casualties.constructions.age_before.words"
_PEOPLE_NAMES: Final = "casualties.constructions.people_names"
_COUNT_POSSESSIVES: Final = "casualties.constructions.possessive_count.before"
_SINGULAR_POSSESSIVES: Final = "casualties.constructions.possessive_count.singular"
_INNER_POSSESSIVES: Final = "casualties.constructions.possessive_count.between"
_AFTER_POSSESSIVES: Final = "casualties.constructions.possessive_count.after"
_TOLL_AFTER: Final = "casualties.constructions.toll_after_count.determiners"
_VERB_ADVERBS: Final = "casualties.verbs.take_away_adverbs"
_COUNT_ADVERBS: Final = "casualties.constructions.count_adverbs.words"
_GAPPED_TOLL: Final = "casualties.constructions.gapped_toll.marks"
_AMONG_ADVERBS: Final = "casualties.verbs.among_adverbs"
_AMONG_UNCOUNTED: Final = "casualties.verbs.among_uncounted_articles"
_OUTCOME_ADJECTIVES: Final = "casualties.constructions.outcome_adjective"
# The marks between a group's casualty noun and its counts ("casualties — 12 killed").
_LEAD_MARKS: Final = "—–:-,("
# How far before a count its lead phrase may start ("civilian casualties — at least 12 …").
_LEAD_WINDOW: Final = 200
_CONJUNCTIONS: Final = "casualties.conjunctions"
_JOINED: Final = "counts.constructions.joined_conjunctions.words"
_NAME_QUOTES: Final = ' \t"«»“”'
_NAME_CLOSING_QUOTES: Final = ('"', "»", "”")
# A short word that may be an acronym ("ВСУ", "ЗСУ"; read with str.isupper).
_SHORT_WORD_RE: Final = re.compile(r"[^\W\d_]{2,6}(?![\w-])")
_NAME_OPENING_QUOTES: Final = ('"', "«", "“")
_VERB_QUALIFIERS: Final = "casualties.constructions.verb_qualifier.words"
_OTHERS_WORDS: Final = "casualties.others_words"
_ORDINAL_OTHERS: Final = "casualties.ordinal_others"
_COMBATANT_PHRASES: Final = "casualties.combatant_phrases"
_PARTITIVE_PRONOUNS: Final = "casualties.context.partitive_pronouns"
_OBJECT_PRONOUNS: Final = "casualties.constructions.pronoun_object.pronouns"
_PARTITIVE_OF_THE: Final = "casualties.constructions.partitive_part.of_the"
_PARTITIVE_STATES: Final = "casualties.constructions.partitive_part.state_nouns"
# How far (characters) the sentence of "N more people" may be from that of the people it
# adds to: one sentence of wire copy between them.
_OTHERS_GAP: Final = 300
_AMONG_ARTICLES: Final = "casualties.verbs.among_articles"
_NOUN_PREFIXES: Final = "casualties.context.noun_prefixes"
_MEMBER_INTRO: Final = "casualties.constructions.member_intro"
_GENITIVE_ENDINGS: Final = "casualties.constructions.genitive_complement.noun_endings"
_NAME_SUFFIXES: Final = "casualties.constructions.name_suffixes.endings"
_SINGULAR_ADJECTIVES: Final = "casualties.constructions.singular_adjective.endings"
# The shortest adjective the rule reads before a bare singular (no preposition or pronoun).
_ADJECTIVE_MIN: Final = 5
# Arabic marks (damma, shadda, tanween) inside a word do not split it: "قُتلوا" is one word.
_IN_WORD: Final = "\u064b-\u065f\u0670"
_WORD_RE: Final = re.compile(rf"[^\W_][\w{_IN_WORD}'’.-]*")
# The marks inside a word that spell no letter (Arabic vowel signs and shadda: "مدنيَّين").
_IN_WORD_RE: Final = re.compile(f"[{_IN_WORD}]")
# The last word before a position, with the white space after it.
_WORD_BEFORE_RE: Final = re.compile(rf"([^\W_][\w{_IN_WORD}'’-]*)\s+$")
# The dash of a "14-16" range inside a count phrase.
_DASH_RE: Final = re.compile(r"\s*[-–—]\s*")
_CLAUSE_END_RE: Final = re.compile(r"[,;:.!?،؛]")
_LAST_WORD_RE: Final = re.compile(r"(?<!\S)\w+$")
# The marks after which a clause (and a passive's subject) may start.
_CLAUSE_MARKS: Final = ',;:—–("“'
# A party's acronym in brackets after its name ("(FDS)", "(RSF)", "(M23)"), or the quote
# that closes on a figure ('"dozens of terrorists" died', "« plus de 20 militaires » tués").
_FIGURE_CLOSER_RE: Final = re.compile(r"\s*(?:\(\s*[A-Z][\w&-]{1,11}\s*\)|[\"”»’])")
# Parts named without a count up to the mark that closes them ("dont des femmes et des
# enfants,", "(including women and children)"): no digit and no further clause mark.
_UNCOUNTED_PARTS_END: Final = re.compile(r"[^\d,;:.()!?]{1,80}?[,)]")
# The marks a list of parts may close with, and those that end the search for its outcome.
_PARTS_LIST_CLOSE_RE: Final = re.compile(r"[,)]|[;:.!?(](?=\s|$)")
_PARTS_REACH: Final = 200
# A quotation mark anywhere (a character class: a fast search), not the apostrophes: "Russia's"
# would send every English sentence down the slow path.  How far back words_before reads.
_QUOTED_WORD_RE: Final = re.compile("[" + "".join(sorted(set(_OPENING_QUOTES) - set("'‘"))) + "]")
_WORDS_BEFORE: Final = 120
# How far back a toll's noun may stand before the link and its count ("the death toll from
# five days of fighting has risen to 41"): characters and words.
_TOLL_WIDTH: Final = 200
_TOLL_WORDS: Final = 20
# A link's clause set off by a comma from its toll: how many words (a verb, an auxiliary) may
# stand before the link, and how far back (characters, words) the toll's noun may stand.
_LINK_CLAUSE_WORDS: Final = 2
_TOLL_APPOSITION_WIDTH: Final = 320
_TOLL_APPOSITION_WORDS: Final = 45
# How many words after a toll's outcome noun name its people ("число погибших мирных жителей").
_TOLL_MODIFIERS: Final = 2
# How many words a first predicate may take before the conjunction of a second one whose
# outcome is the figure's ("… оказал вооруженное сопротивление и был нейтрализован").
_COORDINATED_WORDS: Final = 8
_PLAIN_WORD_RE: Final = re.compile(rf"[^\W_][\w{_IN_WORD}'’-]*")
# A word of an open noun phrase after white space; a number joined by hyphens ("72-year-old").
# The conjunction of coordinated verbs sharing one object (a grammar word of the rule).
_AND: Final = "and"
# The word after a casualty word, past a coordinated verb ("killed and mutilated a farmer").
# The marks that open a pronoun's partitive part ("…, three of them seriously"); at a
# sentence's start there is none ("").
_PARTITIVE_OPENERS: Final = frozenset(["", ",", "،", ";", "؛", ":", "(", "—", "–"])
# The word right after a phrase (a total's count after its part: "3'ü çocuk 5 sivil").
_AFTER_WORD_RE: Final = re.compile(r"\s+([^\s,.;:!?()]+)")
# A word and where it is (the words before a partitive: "three of them").
_WORD_SPAN_RE: Final = re.compile(r"\S+")
_NEXT_WORD_RE: Final = re.compile(
    rf"[^\W_][\w{_IN_WORD}'’-]*\s+(?:{_AND}\s+[^\W_][\w{_IN_WORD}'’-]*\s+)?"
    rf"([^\W_][\w{_IN_WORD}'’-]*)"
)
# The dashes a language may write for its copula, and the word after one.
_DASHES: Final = ("-", "–", "—")
_DASH_NEXT_RE: Final = re.compile(r"[^\W_][\w'’-]*\s+[-–—]\s+([^\W_][\w'’-]*)")
_NP_WORD_RE: Final = re.compile(rf"\s+([^\W_][\w{_IN_WORD}'’-]*)")
_NP_WORDS_RE: Final = re.compile(r"\s+([^\W_][\w'’-]*)\s+([^\W_][\w'’-]*)\s+([^\W_][\w'’-]*)")
_HYPHENATED_NUMBER_RE: Final = re.compile(r"\d+(?:-[^\W\d_]+)+")
# Endings of words that head no noun phrase of people (adverbs, participles: "wounded 12
# seriously", "killed 3 overnight" is a follower).  Morphology of the grammar, not vocabulary.
_NOT_HEAD_ENDINGS: Final = ("ly", "ed", "ing")


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
    relative: bool = False  # "cuatro de los cuales": a clause of its own, no list member
    bare_part: bool = False  # a part with no noun: the total's people ("dont onze grièvement")

    @property
    def names_group(self) -> bool:
        return self.kind is not None or self.actor_text is not None


class _Scanner:
    """Finds the figures of one text (one instance per call)."""

    def __init__(
        self,
        g: _Grammar,
        text: str,
        low: str,
        registry: NameResolver | None,
        hints: list[int] | None = None,
    ) -> None:
        self.g = g
        self.text = text
        self.low = low
        self.registry = registry
        self.cache: dict[str, str | None] = {}
        self.out: list[CasualtyMention] = []
        # The group a construct toll names between its nouns and its link ("عدد القتلى
        # المدنيين إلى 14"), set by left_context for the count it reads.
        self.toll_kind: str | None = None
        # the words of a toll's modifiers that named its group ("terörist"), for the report
        self.toll_words: str | None = None
        # Where the keyword pass found words of mob violence (None: search the sentence).
        self.mob_at: list[int] | None = None
        # Where casualty words start, to skip the outcome-noun pattern where no noun can
        # follow; None (always match) where re's case folding of "ſ", "ı", "İ" or the Kelvin
        # sign could match a noun that the lower-cased keyword pass does not see.
        self.folded = folded = has_re_folded(text)
        self.hints = hints if hints is not None and not folded else None
        # The patterns and the string they read (see _Grammar.lower); spans index both alike.
        self.rx = g.folding if folded else g.lower
        self.subject = latin_marks(text) if folded else low
        # The start of the sentence scan() reads (where a figure's clause may open).
        self.sentence_start = 0

    # -- cheap tests that a pattern cannot match (each only where it is exact: the tests
    # -- compare them with the patterns; with a re-folded letter the patterns always run) ----
    def count_may_start(self, pos: int) -> bool:
        """False where the count-phrase pattern cannot match at ``pos``: a count phrase starts
        with a digit, "a", or a word whose first two letters are in ``count_starts``."""
        if self.folded:
            return True
        low = self.low
        first = low[pos : pos + 1]
        return first.isdecimal() or first == "a" or low[pos : pos + 2] in self.g.count_starts

    def actor_intro_may_match(self, pos: int, end: int) -> bool:
        """False where the actor-intro pattern cannot match at ``pos``: it needs white space,
        then a word starting with an intro's first letter (most counts: "12 soldiers were")."""
        if self.folded:
            return True
        low = self.low
        if pos >= end or not low[pos].isspace():
            return False
        pos += 1
        while pos < end and low[pos].isspace():
            pos += 1
        return pos < end and low[pos] in self.g.actor_intro_first

    def late_breakdown_may_match(self, pos: int, end: int) -> bool:
        """False where the late-breakdown pattern cannot match at ``pos``: the comma it reads
        is the first one after ``pos`` (its leading class excludes commas), within 61
        characters, and white space and a word starting with an intro's first letter follow."""
        low = self.low
        comma = low.find(",", pos, min(end, pos + 61))
        if comma < 0:
            return False
        if self.folded:
            return True
        pos = comma + 1
        while pos < end and low[pos].isspace():
            pos += 1
        return pos < end and low[pos] in self.g.late_breakdown_first

    def group_of(self, m: re.Match[str], name: str | int = 0) -> str | None:
        """Group ``name`` of ``m`` (a match on ``self.subject``) as the original text has it."""
        start = m.start(name)
        return None if start < 0 else self.text[start : m.end(name)]

    def noun_may_follow(self, pos: int, end: int) -> bool:
        """Whether an outcome noun ("deaths", "killed" ...; each a keyword of the casualty
        stage) starts before ``end`` within 6 words of ``pos``: "of the" and up to three
        modifiers may come between (the outcome-noun pattern); else it cannot match.
        ``end`` is a sentence's end, which never cuts a word (the keyword pass finds whole
        words)."""
        hints = self.hints
        if hints is None:
            return True
        i = bisect_right(hints, pos)
        if i == len(hints) or hints[i] >= end:
            return False
        return len(self.low[pos : hints[i]].split()) <= 5

    # -- items -------------------------------------------------------------------------------
    def item(self, m: re.Match[str], end: int, lead: int | None = None) -> _Item | None:
        """The count matched by ``m`` (with the qualifier at ``lead`` before it, if any) and
        the words after it that name a group or an outcome."""
        text, subject, rx = self.text, self.subject, self.rx
        g = self.g
        start = m.start() if lead is None else lead
        count = count_or_none(text[start : m.end()], g.counts)
        if count is None:
            return None
        if self.not_casualty_left(start) or self.negated(start):
            return None
        it = _Item(count=count, start=start, end=m.end())
        pos = m.end()
        if text.startswith("-", pos) or text.startswith("%", pos):
            return None  # "12-year-old", "30%"
        if g.count_suffix is not None:
            # "5'i sivil", "7'sinin yaralandığını", "9'a": a case or possessive ending on
            # the number is part of the count's words
            sm = g.count_suffix.match(subject, pos, end)
            if sm is not None:
                pos = it.end = sm.end()
        if g.inner_possessives:
            pm = _NP_WORD_RE.match(self.low, pos, end)
            if pm is not None and pm.group(1) in g.inner_possessives:
                hm = _NP_WORD_RE.match(self.low, pm.end(), end)
                if hm is not None and hm.group(1) in g.head_nouns:
                    pos = pm.end()  # "двое его сыновей": the possessive before the noun
        age = g.age_between.match(self.low, pos, end) if g.age_between is not None else None
        if age is not None and count.low == 1 and count.high == 1:
            # "ein 24 Jahre alter Student": the age belongs to the figure's words
            if not self.open_np(it, age.end(), end):
                return None
            if it.kind == "total" and int(age.group(1)) < _ADULT_AGE:
                it.kind = "civilians"  # a minor of no side named is a child
            return it
        nm = rx.noun_outcome.match(subject, pos, end) if self.noun_may_follow(pos, end) else None
        if (
            nm is not None
            and self.mods_ok(
                text[nm.start("mods") : nm.end("mods")], text[nm.start("noun") : nm.end("noun")]
            )
            # "3 soldiers killed 12 militants": the soldiers did the killing
            and not (nm.group("mods").strip() and self.object_follows(nm.end(), end))
        ):
            it.outcome = g.outcome_nouns[text[nm.start("noun") : nm.end("noun")].lower()]
            if nm.start("mods") > pos:
                # "three of the wounded died": people of that outcome, and what befell them
                am = rx.aux_outcome.match(subject, nm.end(), end)
                if (
                    am is not None
                    and self.outcome_of(am) is Outcome.KILLED
                    and not self.active_voice(am, nm.end(), end)
                ):
                    it.outcome = Outcome.KILLED
                    nm_end = am.end()
                    it.kind, it.end = "total", nm_end
                    it.group_text = " ".join(text[m.end() : nm.end()].split())
                    return it
            mods = text[nm.start("mods") : nm.end("mods")]
            words = mods.split()
            if words and words[0].lower() in g.of_words:
                words = words[1:]  # "dozens of dead"
            if words and words[-1].lower() in g.head_nouns:
                it.head = words.pop().lower()  # "100 soldiers killed"
                it.kind = g.kind_of_head(it.head)
            else:
                it.kind = self.kind_of_mods(" ".join(words))
            it.mods = " ".join(words)
            it.group_text = " ".join(mods.split()) or None
            it.end = nm.end()
            if g.outcome_adjectives and it.head is None and not words:
                # "о 23 погибших мирных жителях": the outcome's participle before the noun
                # of the people it befell
                after = rx.head.match(subject, nm.end(), end)
                if after is not None:
                    it.head = text[after.start("head") : after.end("head")].lower()
                    it.kind = g.kind_of_head(it.head)
                    it.end = after.end()
                    it.group_text = " ".join(text[nm.end() : after.end()].split())
            noun = text[nm.start("noun") : nm.end("noun")].lower()
            relation = it.head is None and noun in g.relation_nouns
            if relation:
                it.head = noun  # "two hostages of the ADF": the captor is not their side
            self.actor_after(it, end)
            if relation and it.actor_text is None:
                it.head = None  # (no party named: the noun stays the outcome's alone)
            return it
        hm = rx.head.match(subject, pos, end)
        if hm is not None and g.capitalised_nouns and self.verb_in_mods(hm.group("mods")):
            hm = None  # "Ein Angriff tötete elf Soldaten": the verb ends the count's phrase
        if hm is not None and not g.postnominal:
            # "уничтожили 12 военных машин": a head that is also an adjective of the lexicon
            # ("военных"), with a thing right after it, was that thing's adjective
            thing = _NP_WORD_RE.match(self.low, hm.end("head"), end)
            if (
                thing is not None
                and thing.group(1) in g.not_people
                and thing.group(1) not in g.np_stop
                and text[hm.start("head") : hm.end("head")].lower() in g.listed_adjectives
            ):
                return None
        if hm is not None:
            longer = _Item(count=count, start=start, end=m.end())
            # past the partitive ("une vingtaine de soldats tchadiens"): it opens no phrase
            at = hm.start("mods")
            complement = bool(g.genitive_endings) and self.genitive_complement_after(hm)
            if (
                not g.postnominal
                and not complement
                and self.open_np(longer, at, end)
                and longer.end > hm.end()
            ):
                self.coordinated(longer, end)  # "14 police officers and soldiers were killed"
                if text[longer.end + 1 : longer.end + 2] in _NAME_OPENING_QUOTES:
                    self.actor_after(longer, end)  # 'бойцов ополчения "Хашд аш-Шааби"'
                return longer  # "one civilian APN worker": the head is the last noun
            it.head = text[hm.start("head") : hm.end("head")].lower()
            it.mods = " ".join(text[hm.start("mods") : hm.end("mods")].split())
            it.kind = g.kind_of_head(it.head)
            if g.genitive_endings and it.mods:
                self.genitive_head(it)
            it.group_start = hm.start("mods")
            it.end = hm.end() if g.age_after is None else self.age_after(it, hm.end(), end)
            if complement:
                # the people noun in the genitive after the head is the figure's words, and
                # no group of its own ("трьох інформаторів бандитів")
                cm = rx.head.match(subject, it.end, end)
                if cm is None and rx.aux_outcome.match(subject, it.end, end) is None:
                    cm = _NP_WORD_RE.match(self.low, it.end, end)  # "пособников режима"
                    if cm is not None and (
                        cm.group(1) in g.np_stop
                        or cm.group(1) in g.not_people
                        or not cm.group(1)[0].isalpha()
                    ):
                        cm = None
                    # an adjective before the complement's noun ("жителей соседних поселков",
                    # "мешканців прикордонних сіл"): a first word without a noun's ending
                    # takes the next word, unless the outcome follows it
                    if (
                        cm is not None
                        and not cm.group(1).endswith(g.genitive_endings)
                        and rx.aux_outcome.match(subject, cm.end(), end) is None
                    ):
                        nm = _NP_WORD_RE.match(self.low, cm.end(), end)
                        if (
                            nm is not None
                            and nm.group(1) not in g.np_stop
                            and nm.group(1)[0].isalpha()
                        ):
                            cm = nm
                it.end = it.end if cm is None else cm.end()
            self.coordinated(it, end)
            self.actor_after(it, end)
            if it.actor_text is None and g.postnominal:
                self.postnominal(it, end)
            it.group_text = " ".join(text[it.group_start : it.end].split())
            return it
        if not _YEAR_RE.fullmatch(text[m.start() : m.end()]) and self.open_np(it, pos, end):
            self.complement_before_outcome(it, end)
            return it
        ell = _NP_WORD_RE.match(text, pos, end)
        if ell is not None and ell.group(1).lower() in g.elliptic_heads:
            # "three more died", "killed two more": people already named
            it.kind, it.head, it.end = "total", ell.group(1).lower(), ell.end()
            it.group_text = ell.group(1)
            part = self.of_outcome_noun(ell.end(), end)
            if part is not None:
                it.end = part  # "three more of the wounded died"
            return it
        if g.partitive_tails is not None and self.partitive_tail(it, pos, end):
            return it
        if self.thing_after(pos, end):
            return None  # "two adjoining villages took refuge": a count of things
        self.actor_after(it, end)
        if it.actor_text is None:
            bare = rx.bare_tail.match(subject, pos, end)
            if bare is not None:
                it.end = bare.end()
        return it

    def bracketed_party(self, it: _Item, end: int) -> None:
        """A party's name told in full after the figure's people noun, its acronym in
        brackets after it, which the registry knows ("14 volontaires pour la défense de la
        patrie (VDP) ont été tués"): the figure's words run to the bracket, the acronym is
        its party.  (Seven words at most, no mark, number or outcome word among them.)"""
        text = self.text
        close = text.find(")", it.end, min(end, it.end + 80))
        if close < 0:
            return
        opening = text.rfind("(", it.end, close)
        if opening < 0:
            return
        acronym = text[opening + 1 : close].strip()
        between = self.low[it.end : opening].split()
        if (
            not acronym.isupper()
            or not 0 < len(between) <= 7
            or any(
                not w.isalpha() or w in self.g.outcome_words or w in self.g.left_verbs
                for w in between
            )
        ):
            return
        # (as _defined_name: the name and its acronym resolve alike, to an armed party)
        found = resolve_id(self.registry, [acronym], cache=self.cache)
        name = " ".join(text[(it.group_start or it.start) : opening].split())
        if (
            found is None
            or resolve_id(self.registry, [name], cache=self.cache) != found
            or self.unarmed(found)
        ):
            return
        it.actor_text = acronym
        it.kind = "combatants"  # "three Volunteers for the Defence of the Homeland (VDP)"
        it.end = close + 1

    def taken_from_place(self, it: _Item, end: int) -> bool:
        """Whether one of ``constructions.taken_away.from_places`` follows the head of the
        figure ``it`` (before the place it may have read as a party, or after its words):
        people a verb of holding took from a place ("took at least seven young men from a
        nearby village") were taken captive."""
        taken = self.g.taken_from
        if not taken:
            return False
        if it.actor_text is not None and not taken.isdisjoint(self.low[it.start : it.end].split()):
            return True
        wm = _NP_WORD_RE.match(self.low, it.end, end)
        return wm is not None and wm.group(1) in taken

    def thing_after(self, pos: int, end: int) -> bool:
        """Whether a noun of no person (``not_people``) is one of the two words after a count
        that took no people noun: the count is of that thing ("two adjoining villages", "deux
        villages voisins"), no figure of its own."""
        g = self.g
        for _ in range(2):
            wm = _NP_WORD_RE.match(self.low, pos, end)
            if wm is None or wm.group(1) in g.np_stop:
                return False
            if wm.group(1) in g.not_people:
                return True
            pos = wm.end()
        return False

    def genitive_complement_after(self, hm: re.Match[str]) -> bool:
        """Whether the people noun ``hm`` matched is a plural noun in the genitive of no side
        of another's (``constructions.genitive_complement``): a relation or civilian noun
        ("інформаторів", "дітей"), whose next noun is its complement, not its head
        ("трьох інформаторів бандитів", "двоих детей боевиков")."""
        g = self.g
        if not g.genitive_endings:
            return False
        head = self.low[hm.start("head") : hm.end("head")]
        return head.endswith(g.genitive_endings) and (
            head in g.relation_nouns or g.kind_of_head(head) == "civilians"
        )

    def genitive_head(self, it: _Item) -> None:
        """The head of a count's noun phrase where a noun in the genitive follows it (ru, uk:
        "трьох підозрюваних інформаторів бандитів", "пятерых пособников боевиков"): the
        first word before the matched people noun with a plural noun's genitive ending
        (``constructions.genitive_complement``) is the head, and the people noun its
        complement, which gives no group unless the head is a member noun ("членов")."""
        g = self.g
        words = it.mods.split()
        for k, w in enumerate(words):
            low = w.lower()
            if (
                len(low) > 3
                and w[:1].islower()
                and low.endswith(g.genitive_endings)
                and low not in g.count_words
            ):
                if g.takes_party(low):
                    return  # "трех членов ...": the member noun's party is theirs
                it.head, it.kind, it.mods = low, g.kind_of_head(low), " ".join(words[:k])
                return

    def complement_before_outcome(self, it: _Item, end: int) -> None:
        """Read past the complement of a head noun the lexicon does not know where the
        figure's outcome follows it ("Three informants of the rebels were arrested", "drei
        Anhänger der Rebellen wurden festgenommen"): the complement is the figure's words,
        and the head decides its group (``takes_party``).  Nothing changes where the outcome
        follows the head itself or does not follow the complement."""
        if (
            it.head is None
            or it.head in self.g.head_nouns
            or not self.actor_intro_may_match(it.end, end)
            or self.rx.aux_outcome.match(self.subject, it.end, end) is not None
        ):
            return
        if it.count.low == 1:
            return  # (one person: "un saldo de once heridos" is a toll, its count after it)
        trial = attrs.evolve(it)
        self.actor_after(trial, end)
        if (
            trial.actor_text is not None
            and not any(c.isdigit() for c in trial.actor_text)
            and not self.counts_between(it.end, trial.end)
            and self.rx.aux_outcome.match(self.subject, trial.end, end) is not None
        ):
            it.end, it.actor_text, it.kind = trial.end, trial.actor_text, trial.kind
            it.group_text = " ".join(self.text[it.group_start or it.start : it.end].split())

    def partitive_tail(self, it: _Item, pos: int, end: int) -> bool:
        """Read a language's "of them" after a bare count ("cuatro de ellos", "dos de los
        cuales"); a relative one ("…los policías, cuatro de los cuales resultaron heridos")
        takes its group from the people noun just before the comma."""
        g = self.g
        if g.partitive_tails is None:
            return False
        m = g.partitive_tails.match(self.low, pos, end)
        if m is None:
            return False
        it.end = m.end()
        if " ".join(m.group(1).split()) in g.relative_tails:
            it.relative = True
            lead = self.low[max(0, it.start - 80) : it.start].rstrip()
            if lead.endswith(","):
                for w in reversed(lead[:-1].split()[-6:]):
                    if w[-1:] in _CLAUSE_MARKS:
                        break
                    if w in g.head_nouns:
                        it.head, it.kind = w, g.kind_of_head(w)
                        it.group_text = self.text[it.start : it.end]
                        break
        return True

    def verb_in_mods(self, mods: str) -> bool:
        """Whether a verb of ``left_verbs`` in lower case stands among the words before a
        head noun, in a language that capitalises its nouns: the words are no noun phrase
        but a subject, its verb and the verb's object ("Ein Angriff tötete elf Soldaten")."""
        return any(w[0].islower() and w in self.g.left_verbs for w in mods.split())

    def postnominal(self, it: _Item, end: int) -> None:
        """Modifiers after the head noun, in a language that puts them there ("٤ من جنود
        الجيش بين القتلى", "12 مسلحا حوثيا قتلوا"): read only where an outcome follows them,
        up to the lexicon's number of words."""
        rx = self.rx
        if rx.aux_outcome.match(self.subject, it.end, end) is not None:
            return
        for pos in self.modifier_ends(it.end, end):
            if rx.aux_outcome.match(self.subject, pos, end) is not None:
                it.end = pos
                return

    def modifier_ends(self, pos: int, end: int) -> Iterator[int]:
        """Where each modifier after a head noun ends, up to the lexicon's number of words
        (``postnominal``); a mark, a stop word or a word of no person ends the run.  (The
        word pattern takes a word's Arabic diacritics with it.)"""
        g, low = self.g, self.low
        for _ in range(g.postnominal):
            wm = _NP_WORD_RE.match(low, pos, end)
            if wm is None:
                return
            w = wm.group(1)
            if w in g.np_stop or not w[0].isalpha() or w in g.not_people:
                return
            pos = wm.end()
            yield pos

    def opens_count(self, start: int, word_end: int, end: int) -> bool:
        """Whether the lead word at ``start`` (a qualifier's or a vague count's word, ending
        at ``word_end``) opens a count phrase that goes on past it ("yaklaşık 600", "en az
        20", "about 40"): the next count's words, which no noun phrase before takes as its
        head."""
        m = self.rx.count_phrase.match(self.subject, start, end)
        return (
            m is not None
            and m.end() > word_end
            and count_or_none(self.text[start : m.end()], self.g.counts) is not None
        )

    def of_outcome_noun(self, pos: int, end: int) -> int | None:
        """The end of a partitive of people already counted by their outcome right after
        ``pos`` ("[three more] of the wounded"), when an outcome follows it."""
        words = _NP_WORDS_RE.match(self.low, pos, end)
        if words is None:
            return None
        of, article, noun = words.group(1), words.group(2), words.group(3)
        g = self.g
        if of not in g.of_words or article not in g.among_articles or noun not in g.among_nouns:
            return None
        am = self.rx.aux_outcome.match(self.subject, words.end(), end)
        return words.end() if am is not None else None

    def open_np(self, it: _Item, pos: int, end: int, *, singular: bool = False) -> bool:
        """Read an open noun phrase naming people after the count ("two suspected robbers",
        "3 Fulani pastoralists", "a 72-year-old woman") into ``it``: up to four words
        before a stop word, a mark or the sentence's end, whose head is no non-people noun
        (docs/casualties-and-claims.md, "Victims are an open class").  ``singular``: the
        head must be singular ("killed the gunman")."""
        g, text = self.g, self.text
        found: list[re.Match[str]] = []
        p = pos
        while len(found) < 5:
            wm = _NP_WORD_RE.match(text, p, end)
            if wm is None:
                break
            w = wm.group(1).lower()
            if w in g.np_stop or (w[0].isdigit() and not _HYPHENATED_NUMBER_RE.fullmatch(w)):
                break
            if g.joined and w[1:2].isdigit() and w[:1] in g.joined:
                break  # "و3": a joined conjunction and the next count
            if g.stem_starts and w.startswith(g.stem_starts):
                break  # an inflected outcome verb ("yakalandığını")
            if w in g.lead_words and self.opens_count(wm.start(1), wm.end(1), end):
                break  # the next count's qualifier ("son 2 günde yaklaşık 600 kişi")
            if found and g.capitalised_nouns and w in g.left_verbs and wm.group(1)[0].islower():
                break  # a finite verb of killing ends its subject ("Ein Angriff tötete elf …")
            if (
                found
                and w.endswith(g.participle_endings)
                and w not in g.head_nouns
                and not found[-1].group(1).lower().endswith(g.participle_endings)
            ):
                break  # a participle after the head: "a man accused of", "a woman found"
            if (
                len(found) > 1
                and g.purpose_infinitives
                and w.endswith(g.purpose_infinitives)
                and found[-1].group(1).lower().endswith(g.complement_participles)
            ):
                # "des femmes parties ramasser du bois": a participle of going and its
                # infinitive of purpose end the noun phrase before the participle
                found.pop()
                break
            found.append(wm)
            p = wm.end()
        if not found or len(found) > 4:
            return False
        head = found[-1].group(1)
        low = head.lower()
        two = (
            " ".join(f.group(1).lower() for f in found[-2:])
            if len(found) > 1 and low in g.phrase_head_lasts
            else ""
        )
        if g.genitive_complement and len(found) > 1 and low not in g.head_nouns:
            # "1 200 мешканців довколишніх сіл", "300 Bewohner umliegender Dörfer": a
            # complement in the genitive after the people noun, the head; a place or a thing
            # ends it (with capitalised nouns, a lower-case adjective opens it)
            k = next(
                (
                    i
                    for i in range(len(found) - 2, -1, -1)
                    if found[i].group(1).lower() in g.head_nouns
                ),
                None,
            )
            if k is not None and (
                low in g.not_people
                if not g.capitalised_nouns
                else found[k + 1].group(1)[0].islower() and head[0].isupper()
            ):
                it.head = found[k].group(1).lower()
                it.mods = " ".join(f.group(1) for f in found[:k])
                it.kind = g.kind_of_head(it.head)
                it.group_start, it.end = found[0].start(1), found[-1].end()
                it.group_text = " ".join(text[it.group_start : it.end].split())
                return True
        if two in g.civilian_phrases or two in g.combatant_phrases:
            # "a 70-year-old village head": a people noun of two words, its last word alone
            # no people ("head")
            it.head, it.mods = two, " ".join(f.group(1) for f in found[:-2])
            it.kind = "civilians" if two in g.civilian_phrases else "combatants"
            it.group_start, it.end = found[0].start(1), found[-1].end()
            if g.age_after is not None:
                it.end = self.age_after(it, it.end, end)
            it.group_text = " ".join(text[it.group_start : it.end].split())
            return True
        if (
            low in g.not_people
            or low.endswith(_NOT_HEAD_ENDINGS)
            or not head[-1].isalpha()
            # a name or a day, not a people (a known people noun is capitalised in German)
            or (
                head[0].isupper()
                and not low.endswith("s")
                and low not in g.head_nouns
                and g.compound(low) is None
                and not self.invariant_people(it, len(found), low)
                and not self.people_name_at(low)
                # a language that capitalises its nouns: any noun after a plural count
                # ("19 Verdächtige", "drei Täter"), a day or month aside (after "einem" it
                # may be a thing: "bei einem Drohnenangriff")
                and not (
                    g.capitalised_nouns
                    and it.count.low is not None
                    and it.count.low >= 2
                    and low not in g.calendar_words
                )
            )
            or (singular and low.endswith("s") and not low.endswith("ss"))
            # a language that capitalises its nouns: a word in lower case heads no noun
            # phrase ("12 Dörfer eingenommen")
            or (g.capitalised_nouns and not head[0].isupper())
        ):
            return False
        mods = [f.group(1).lower() for f in found[:-1]]
        if low not in g.head_nouns and not g.not_people.isdisjoint(mods[:-1]):
            # "43 беспилотника самолетного типа": things, two words of a modifier after them
            # (one word after them is the head they modify: "a motorcycle thief")
            return False
        it.head = low
        it.mods = " ".join(f.group(1) for f in found[:-1])
        compound = g.compound(low)
        if low in g.head_nouns:
            it.kind = g.kind_of_head(low)
        elif compound is not None:
            # "Hafenarbeiter", "RSF-Kämpfer": the compound's head, its first part a modifier
            it.head = compound[0]
            first = head[: len(compound[1])]
            it.mods = f"{it.mods} {first}".strip()
            it.kind = g.compound_kind(*compound)
        elif g.noun_prefixes and (bare := g.prefixed_head(low)) is not None:
            it.kind = g.kind_of_head(bare)  # "أحد الجنود"
        elif any(w in g.civilian_adjectives for w in mods):
            it.kind = "civilians"
        elif any(w in g.combatant_adjectives for w in mods):
            it.kind = "combatants"
        else:
            it.kind = "total"
        it.group_start = found[0].start(1)
        it.end = found[-1].end()
        if g.after_possessives:
            # "um vizinho seu continua sem paradeiro": a possessive after the noun, unless it
            # opens the next noun ("o vizinho seu primo")
            pm = _NP_WORD_RE.match(text, it.end, end)
            if pm is not None and pm.group(1).lower() in g.after_possessives:
                nxt = _NP_WORD_RE.match(text, pm.end(), end)
                if nxt is None or nxt.group(1).lower() not in g.head_nouns:
                    it.end = pm.end()
        if g.age_after is not None:
            it.end = self.age_after(it, it.end, end)
        it.group_text = " ".join(text[it.group_start : it.end].split())
        return True

    def coordinated(self, it: _Item, end: int) -> None:
        """Read a second noun of people joined to the head with the outcome right after it
        ("18 soldiers and volunteers were killed"): one figure of both, of their one group
        (``total`` where they name different sides)."""
        co = self.g.coordinated_head.match(self.low, it.end, end)
        if co is None:
            return
        am = self.rx.aux_outcome.match(self.subject, co.end(), end)
        if am is None:
            # "18 soldiers and volunteers fighting alongside the army were killed": a
            # participle phrase or a relative clause between the nouns and their outcome
            am = self.after_postmodifier(co.end(), end)
            if am is None:
                return
        else:
            stem = am.start("stem") if self.g.outcome_stems else -1
            verb = max(am.start("phrase"), am.start("word"), stem)
            if not self.low[co.end() : verb].split() and not self.subject_at(it.start):
                # an auxiliary first: "killed 12 soldiers and civilians fled" may be a clause
                # of its own; a subject that opens its clause is one ("Más de 80 militares y
                # policías murieron"), and so is one after an auxiliary ("wurden Tausende
                # Soldaten und Zivilisten getötet")
                return
        other = self.g.kind_of_head(co.group("head"))
        if it.kind == "total":
            it.kind = other
        elif other not in ("total", it.kind):
            it.kind = "total"
        it.end = co.end()

    def subject_at(self, start: int) -> bool:
        """Whether the figure at ``start`` is its clause's subject by its place: it opens
        the clause (:meth:`opens_clause`) or an auxiliary stands right before it ("Seitdem
        wurden Tausende Soldaten …")."""
        lo = max(self.sentence_start, start - _WORDS_BEFORE)
        if self.opens_clause(start, lo):
            return True
        before = _LAST_WORD_RE.search(self.low[lo:start].rstrip())
        return before is not None and before.group() in self.g.auxiliaries

    def age_after(self, it: _Item, pos: int, end: int) -> int:
        """Where the noun phrase ends after an age complement ("un hombre de 63 años", "um
        morador de 19 anos"), or ``pos`` where none follows.  A minor of no side named is a
        child, a civilian ("um jovem de 16 anos")."""
        age = self.g.age_after
        if age is None:
            return pos
        m = age.match(self.low, pos, end)
        if m is None:
            return pos
        first = m.group(1)
        if first is None:
            return m.end()  # an age told by its decade: an adult's
        years = int(first) if first.isdecimal() else self.g.age_words.get(first, _ADULT_AGE)
        if it.kind == "total" and years < _ADULT_AGE:
            it.kind = "civilians"
        return m.end()

    def invariant_people(self, it: _Item, words: int, low: str) -> bool:
        """Whether a capitalised head without a plural "-s" names people after a plural
        count ("killed two Fulani", "five Tuareg"), where the language's people names take
        no "-s" (``casualties.frames.invariant_capitalised_plurals``): one word, no day or month."""
        return (
            self.g.invariant_plurals
            and words == 1
            and it.count.low is not None
            and it.count.low >= 2
            and low not in self.g.calendar_words
        )

    def people_name_at(self, low: str) -> bool:
        """Whether ``low`` (a capitalised head) names people by their place ("Filistinli",
        "Suriyelileri": ``constructions.people_names``); a name with its ending after an
        apostrophe ("PKK'lı") is none."""
        pattern = self.g.people_name
        return (
            pattern is not None and "'" not in low and "’" not in low and bool(pattern.search(low))
        )

    def single(self, core: int, s: int, e: int) -> int | None:
        """A singular victim after a verb ("killed a farmer", "shot dead another", "beat a
        woman to death", "killed the gunman"); returns where reading may go on, None where
        no figure starts at ``core`` ("a million people" is a count phrase's)."""
        g, low = self.g, self.low
        wm = _PLAIN_WORD_RE.match(low, core, e)
        if wm is None:
            return None
        word = wm.group()
        aged = self.aged_singular(core, e) if g.bare_singulars else None
        phrase = self.rx.count_phrase.match(self.subject, core, e) if aged is None else None
        if (
            phrase is not None
            # (not "a four-year-old boy": a number word joined to the age's unit by a hyphen
            # is the age, the article the count)
            and low[phrase.end() : phrase.end() + 1] != "-"
            # (not "ein 24 Jahre alter Student": an age after the article)
            and (g.age_between is None or g.age_between.match(low, wm.end(), e) is None)
        ):
            return None  # "a dozen", "a million": a count phrase reads it
        verb_outcome, verb_kind = self.left_context(s, core)
        passive = verb_outcome is None and verb_kind != "todeath"
        definite = word in g.definite_singulars
        if passive and definite:
            return None  # "the man was killed" may be one counted before
        opener = core
        closed = False  # a subject set off by commas, an apposition ("Водитель, 54-летний …,")
        if passive:
            # a passive's subject opens its clause ("A farmer was shot", ", a man was", "and a
            # mechanic injured"); "in a laundromat was killed" is a prepositional object
            lead = low[s:core].rstrip()
            poss = _LAST_WORD_RE.search(lead) if g.possessives else None
            if poss is not None and poss.group() in g.possessives:
                # "погиб водитель, его супруга ранена": a possessive before a bare singular
                # (constructions.possessive_singular) is the subject's first word
                opener = s + poss.start()
                lead = lead[: poss.start()].rstrip()
            if (
                lead
                and lead[-1] not in _CLAUSE_MARKS
                and not lead.endswith(tuple(f" {c}" for c in g.conjunctions))
                and lead not in g.conjunctions
                and not lead.endswith(tuple(f" {c}" for c in g.clause_openers))
                and lead not in g.clause_openers  # "وكانت امرأة قد قُتلت": the sentence's first
            ):
                return None
            closed = bool(g.bare_singulars) and lead.endswith(",")
        it = self.single_item(core if aged is None else aged, e, definite=definite,
                              alone=not passive)  # fmt: skip
        if (
            it is not None
            and closed
            and low.startswith(",", it.end)
            and self.rx.aux_outcome.match(self.subject, it.end + 1, e) is not None
        ):
            # "Водитель, 54-летний мужчина, погиб": the apposition's closing comma, then the
            # passive's outcome (no list goes on after it)
            it.start = opener
            return self.passive_after_apposition(it, s, e)
        if (
            it is None
            and passive
            and word in g.standalone_singulars
            and self.rx.aux_outcome.match(self.subject, wm.end(), e) is not None
        ):
            # "two were killed and another was injured": one more person, told passive
            it = _Item(count=attrs.evolve(g.one, text=self.text[wm.start() : wm.end()]),
                       start=core, end=wm.end(), kind="total")  # fmt: skip
        if it is None:
            return None
        it.start = opener  # an age before the noun belongs to the figure ("54-річний чоловік")
        # as a count's figure: a list may follow ("a policeman and two soldiers were
        # killed"), the passive's outcome ("a farmer was shot dead"), "to death"
        before = len(self.out)
        end = self.figure_run(it, verb_outcome, verb_kind, s, e)
        return end if len(self.out) > before else None

    def passive_after_apposition(self, it: _Item, s: int, e: int) -> int | None:
        """The figure of one person ``it`` closed by an apposition's comma before its
        passive outcome ("Водитель, 54-летний мужчина, погиб на месте"): read past the comma,
        its words ending at the noun; where reading may go on, or None."""
        words_end = it.end
        it.end += 1
        before = len(self.out)
        end = self.figure_run(it, None, None, s, e)
        if len(self.out) == before:
            return None
        last = self.out[-1]
        if last.end_char == words_end + 1:
            self.out[-1] = attrs.evolve(last, end_char=words_end)
        return end

    def aged_singular(self, core: int, e: int) -> int | None:
        """Where the noun starts when ``core`` is an age joined to a number ("54-річний",
        "67-летняя") or an adjective (``constructions.singular_adjective``: "местный",
        "місцевого") right before a bare singular noun ("54-річний чоловік", "задержан
        местный житель"), else None: in a language with no articles the modifier is the
        figure's first word."""
        g = self.g
        if not g.bare_singulars:
            return None
        wm = _PLAIN_WORD_RE.match(self.low, core, e)
        if wm is None:
            return None
        word = wm.group()
        if not _HYPHENATED_NUMBER_RE.fullmatch(word) and not (
            # an adjective before the noun ("местный житель", "восьмимісячна дитина")
            g.singular_adjectives
            and len(word) >= _ADJECTIVE_MIN
            and word.endswith(g.singular_adjectives)
            and word not in g.np_stop
            and word not in g.head_nouns
            and word not in g.among_copulas  # (a copula is none: "опинився командир")
        ):
            return None
        nm = _NP_WORD_RE.match(self.low, wm.end(), e)
        if nm is None or nm.group(1) not in g.bare_singulars:
            return None
        return nm.start(1)

    def people_noun_at(self, pos: int, e: int) -> bool:
        """Whether the word right after ``pos`` is a people noun of the lexicon."""
        wm = _NP_WORD_RE.match(self.low, pos, e)
        return wm is not None and wm.group(1) in self.g.head_nouns

    def modified_start(self, pos: int, s: int, e: int) -> int:
        """Where the figure starts when the bare singular at ``pos`` has an age or an
        adjective right before it (:meth:`aged_singular`), else ``pos``."""
        if not self.g.bare_singulars:
            return pos
        before = self.low.rfind(" ", s, max(s, pos - 1))
        start = s if before < 0 else before + 1
        if start < pos and self.aged_singular(start, e) == pos:
            return start
        return pos

    def single_after_adjunct(self, pos: int, e: int) -> int | None:
        """Where one person starts after the preposition of an adjunct that ends at ``pos``
        ("задержали в Курске местного жителя", "deteve na cidade um jornalista"): the first
        word within the adjunct's length that starts a singular count, or None at a mark."""
        g = self.g
        for _ in range(g.adjunct_max):
            wm = _NP_WORD_RE.match(self.low, pos, e)
            if wm is None:
                return None
            if wm.group(1) in g.single_starts or self.aged_singular(wm.start(1), e) is not None:
                return wm.start(1)
            pos = wm.end()
        return None

    def single_item(
        self, core: int, e: int, *, definite: bool = False, alone: bool = False
    ) -> _Item | None:
        """One person at ``core``: a singular count and an open noun phrase ("a farmer",
        "an elderly man"), or, with ``alone``, a standalone singular ("another")."""
        g = self.g
        wm = _PLAIN_WORD_RE.match(self.low, core, e)
        if wm is None or not (
            wm.group() in g.single_starts
            # a possessive of one person opening a list member ("… et leur fils")
            or (definite and wm.group() in g.singular_possessives)
        ):
            return None
        if not definite and wm.group() in g.definite_singulars:
            return None
        nxt = _NP_WORD_RE.match(self.low, wm.end(), e)
        # "ein 24 Jahre alter Student": an age between the article and the noun
        age = g.age_between.match(self.low, wm.end(), e) if g.age_between is not None else None
        if (
            age is None
            and nxt is not None
            and self.count_may_start(nxt.start(1))
            and not _HYPHENATED_NUMBER_RE.fullmatch(nxt.group(1))
            and (after := self.rx.count_phrase.match(self.subject, nxt.start(1), e)) is not None
            # (a number word joined to an age's unit by a hyphen is the age: "a
            # four-year-old boy")
            and self.low[after.end() : after.end() + 1] != "-"
            # (a bare singular's age after it is no count: "жінка 57 років")
            and not (
                g.age_after is not None
                and wm.group() in g.bare_singulars
                and g.age_after.match(self.low, wm.end(), e) is not None
            )
        ):
            return None  # "another eleven", "otras dos": the number after it is the count
        one = g.two if wm.group() in g.dual_nouns else g.one
        it = _Item(count=attrs.evolve(one, text=self.text[wm.start() : wm.end()]),
                   start=core, end=wm.end())  # fmt: skip
        if wm.group() in g.dual_nouns:
            it.head = wm.group()
            it.outcome = g.outcome_nouns.get(it.head)
            if it.outcome is None:
                it.head = g.dual_head(it.head)
            it.kind = g.kind_of_head(it.head)
            it.group_text = self.text[wm.start() : wm.end()]
            self.actor_after(it, e)  # "عنصرين من حزب الله": two members of the party named
            return it
        if wm.group() in g.possessives:
            # "поранено його дружину": with no articles, a possessive makes a bare singular
            # of the table one definite person
            nm = _NP_WORD_RE.match(self.low, wm.end(), e)
            aged = self.aged_singular(nm.start(1), e) if nm is not None else None
            if aged is not None:
                nm = _NP_WORD_RE.match(self.low, aged - 1, e)  # "його 37-річна невістка"
            if nm is None or nm.group(1) not in g.bare_singulars:
                return None
            it.head = nm.group(1)
            it.kind = g.kind_of_head(it.head)
            it.group_text = self.text[nm.start(1) : nm.end()]
            it.end = nm.end()
            return it
        if wm.group() in g.bare_singulars:
            it.head = wm.group()
            it.kind = g.kind_of_head(it.head)
            # a bare singular that is an outcome noun ("قتيل و9 جرحى"): one person, its outcome
            it.outcome = g.outcome_nouns.get(it.head)
            it.group_text = self.text[wm.start() : wm.end()]
            it.end = wm.end()
            if g.age_after is not None:
                it.end = self.age_after(it, it.end, e)  # "طفل يبلغ من العمر 12 عاماً"
            self.actor_after(it, e)  # 'عنصر من "قسد"': one member of the party named
            return it
        # (a determiner that says one person needs no singular noun: "son fils", "su padre")
        singular = definite and wm.group() not in g.singular_possessives
        if self.open_np(it, wm.end() if age is None else age.end(), e, singular=singular):
            if age is not None and it.kind == "total" and int(age.group(1)) < _ADULT_AGE:
                it.kind = "civilians"  # a minor of no side named is a child
            return it
        if (
            alone
            and wm.group() in g.standalone_singulars
            and self.rx.bare_boundary.match(self.subject, wm.end(), e)
        ):
            it.kind = "total"
            return it
        return None

    def gapped_ordinal(self, it: _Item, end: int, s: int) -> Outcome | None:
        """The outcome an ordinal borrows from the clause before it when a dash stands for
        its verb ("Одна женщина скончалась на месте, вторая – по дороге в больницу", "один
        загинув одразу, другий – у лікарні"): the ordinal of ``ordinal_others`` alone after a
        comma, a dash after it, and a figure of this sentence right before; else None."""
        out = self.out
        if (
            it.head not in self.g.ordinal_others
            or it.count.low != 1
            or not out
            or out[-1].sentence_start != s
            or _DASH_RE.match(self.text, end) is None
            or not self.text[end : end + 1].isspace()
            or self.text[out[-1].end_char : it.start].rstrip()[-1:] != ","
        ):
            return None
        # (the clause after the dash names no outcome of its own: "третий – ранен")
        stop = _CLAUSE_END_RE.search(self.text, end)
        stop_at = stop.start() if stop is not None else len(self.text)
        hints = self.hints
        if hints is None:
            return None
        i = bisect_right(hints, end)
        if i < len(hints) and hints[i] < stop_at:
            return None
        return out[-1].figure.outcome

    def to_death_after(self, pos: int, e: int) -> int | None:
        """The end of "to death" right after ``pos``, or None."""
        words = self.low[pos:e].split()[: len(self.g.to_death_tail)]
        if tuple(w.strip(",.;:!?)") for w in words) != self.g.to_death_tail:
            return None
        last = self.g.to_death_tail[-1]
        return self.low.index(last, pos) + len(last)

    def mods_ok(self, mods: str, noun: str) -> bool:
        """Whether the words between a count and an outcome noun can describe people:
        "28 civilian deaths" yes, "30 airstrikes killed" no."""
        words = mods.split()
        if not words:
            return True
        if len(words) == 1 and words[0].lower() in self.g.of_words:
            return False
        g = self.g
        if any(
            w.lower() in g.counts.number_words and w.lower() not in g.single_starts for w in words
        ):
            return False  # another count among them: "rose to nine after two more wounded …"
        last = words[-1].lower()
        if last in g.head_nouns or last in g.combatant_adjectives or last in g.neutral_adjectives:
            return True
        # "300 HTS deaths": a name before a noun of death
        return noun.lower() in g.names_before and all(w[0].isupper() for w in words)

    def kind_of_mods(self, mods: str) -> str:
        g = self.g
        words = [w.lower() for w in mods.split()]
        for w in reversed(words):
            if w in g.civilian_adjectives:
                return "civilians"
            if w in g.combatant_adjectives:
                return "combatants"
        if any(w[:1].isupper() for w in mods.split()):
            return "combatants"  # a named party's dead: resolved to the actor where possible
        return "total"

    def actor_after(self, it: _Item, end: int) -> None:
        """Read "from HTS and allied factions" / "of the Nusra Front" after the item."""
        text = self.text
        intro = None
        if self.actor_intro_may_match(it.end, end):
            intro = self.rx.actor_intro.match(self.subject, it.end, end)
        elif self.g.postposed is not None and it.count.qualifier is CountQualifier.EXACT:
            # a qualifier between the noun and its party ("ثمانية عناصر على الأقل من قوات
            # سوريا الديمقراطية"): it governs the count, and the party follows it
            pm = self.g.postposed.match(self.low, it.end, end)
            if pm is not None and self.actor_intro_may_match(pm.end(), end):
                intro = self.rx.actor_intro.match(self.subject, pm.end(), end)
                if intro is not None:
                    self.postposed_qualifier(it, end)
        construct = False
        if intro is None and it.head in self.g.member_heads:
            # "عنصر في حزب الله": a member in the party (the language's member intro)
            if self.g.member_intro is not None:
                intro = self.g.member_intro.match(self.low, it.end, end)
            # "عناصر حركة الشباب": or the party right after the member noun (a construct),
            # taken only where the registry knows the name
            construct = intro is None and text[it.end : it.end + 1].isspace()
        elif (
            intro is None
            and it.kind == "combatants"
            and text[it.end : it.end + 1].isspace()
            and text[it.end + 1 : it.end + 2] in _NAME_OPENING_QUOTES
        ):
            # a force noun and its name in quotes (an apposition: 'бойцов ополчения "Хашд
            # аш-Шааби"', 'la milice « Wagner »'), taken where the registry knows the name
            construct = True
        elif (
            intro is None
            and it.kind == "combatants"
            and self.g.genitive_endings
            and text[it.end : it.end + 1] == " "
            and (acronym := _SHORT_WORD_RE.match(text, it.end + 1)) is not None
            and acronym.group().isupper()
        ):
            # a force noun and its party's acronym in the genitive, no preposition between
            # ("до 40 военнослужащих ВСУ", "трьох бійців ЗСУ"), taken where the registry
            # knows the name
            construct = True
        if intro is None and not construct:
            if it.head is not None and text[it.end : it.end + 1].isspace():
                self.bracketed_party(it, end)
            return
        if intro is not None and self.rx.aux_outcome.match(self.subject, it.end, end) is not None:
            return  # the intro opens the figure's outcome: "nine people with gunshot wounds"
        begin = intro.end() if intro is not None else it.end + 1
        words: list[tuple[int, int]] = []
        place = False  # "habitants du village de Koro": where the people come from
        for m in _WORD_RE.finditer(text, begin, min(end, begin + 120)):
            gap = text[(words[-1][1] if words else begin) : m.start()]
            if gap.strip(_NAME_QUOTES) or (words and gap.strip()):
                # (quotes may stand around a party's name: 'من "قسد"', 'من «الدعم»'; one
                # after its words that opened none closes a quotation around the figure:
                # '"قضى على عنصرين من حزب الله" كانا')
                break
            w = m.group()
            low = w.lower()
            if low in self.g.actor_stop or low in self.g.left_verbs:
                break  # (an outcome verb before the next count: "… وإصابة 6 آخرين")
            if words and self.rx.aux_outcome.match(self.subject, words[-1][1], end) is not None:
                # the figure's outcome ends the name: "700 people from Goma took refuge",
                # "1.500 personas de seis comunidades se desplazaron", "perdieron la vida"
                if place:
                    it.end = words[-1][1]  # (the place is the figure's words, no party)
                    return
                break
            if self.g.bracket_gap and low.rstrip(".") in self.g.actor_stop:
                break  # a verb-final clause: its participle, with the full stop, ends it
            if self.g.joined and low[1:2].isdigit() and low[:1] in self.g.joined:
                break  # "4 من قسد و3 من …": a joined conjunction and the next count
            if low in self.g.conjunctions:
                after = m.end() + 1
                nxt = (
                    self.rx.count_phrase.match(self.subject, after, end)
                    if self.count_may_start(after)
                    else None
                )
                if words and nxt is not None and self.thing_after(nxt.end(), end):
                    # "residents of Kangpokpi and two adjoining villages fled": a count of
                    # places, read past as a place is where the figure's outcome follows
                    place = True
                elif nxt is not None or text[m.end() :].lstrip()[:1].isdigit():
                    break
            if not words and low in self.g.actor_pronouns:
                return  # "12 of them", "300 from their homes": no party
            if not words and low in self.g.not_people:
                if it.head not in self.g.head_nouns:
                    return  # "une vingtaine de maisons": things, no party
                # "600 habitants du village de Koro ont quitté leurs foyers": a place, read
                # past only where the figure's outcome follows it (F3b, ninth session)
                place = True
            if place and len(words) >= 7:
                return
            words.append((m.start(), m.end() - (1 if w.endswith(".") else 0)))
            if len(words) >= 8:
                break
        while words and text[words[-1][0] : words[-1][1]].lower() in _NAME_TRAILERS:
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
            and first in _DETERMINERS
            and not any(w[:1].isupper() for w in actor.split())
        ):
            return  # "12 from the same family": no party named
        if construct:
            # the longest run of the words the registry knows as a party's name
            while words and resolve_id(self.registry, [actor], cache=self.cache) is None:
                words.pop()
                actor = text[words[0][0] : words[-1][1]] if words else ""
            if not words:
                return
        it.actor_text = actor
        it.end = words[-1][1]
        if self.g.noun_prefixes:
            first = self.g.prefixed_head(first) or first  # "اثنين من المهاجمين"
        if it.kind in (None, "total") and first in self.g.civilian_nouns:
            it.kind = "civilians"  # "14 شاباً من سكان المدينة": people of the residents
        elif (
            it.kind in (None, "total")
            and first in self.g.combatant_nouns
            and self.g.takes_party(it.head)
        ):
            it.kind = "combatants"  # "один из военных": one of the soldiers
        if text[it.end : it.end + 1] in _NAME_CLOSING_QUOTES and text[begin : words[0][0]].strip():
            it.end += 1  # the quote closing the party's name
        if it.group_text is None:
            it.group_text = " ".join(actor.split())

    def armed(self, name: str) -> bool:
        words = name.split()
        return any(w.lower() in self.g.armed_words for w in words) or any(
            len(w) >= 2 and w.isupper() and w.isalpha() for w in words
        )

    # -- groups --------------------------------------------------------------------------------
    def group(self, it: _Item) -> str:
        """The figure's group: an actor id where the registry resolves the party named, else
        'civilians' / 'combatants' / 'total' (see docs for the fall-backs)."""
        if it.kind == "civilians":
            return "civilians"
        names: list[str] = []
        # (the head decides: "informants of the rebels" are no rebels)
        party = it.actor_text
        if party is not None and not self.g.takes_party(it.head):
            party = None
        if party is not None:
            actor = party
            names.append(actor)
            names.extend(re.split(r",\s*|\s+and\s+", actor))
            names.extend(_bare_names(actor))
        if (
            it.mods
            and (it.kind == "combatants" or any(w[:1].isupper() for w in it.mods.split()))
            # (a party before a relation noun is not theirs either: "three ADF informants")
            and it.head not in self.g.relation_nouns
        ):
            head = it.head or ""
            if head:
                names.append(f"{it.mods} {head}")
                first, _, rest = it.mods.partition(" ")
                if rest and first.lower() in self.g.combatant_nouns:
                    # a soldier noun before its force in the genitive ("пять военнослужащих
                    # иракской армии", "трьох бійців української армії"): the force
                    names.append(f"{rest} {head}")
            names.extend([f"{it.mods} {self.g.party_noun}", it.mods])
        if self.g.name_suffix is not None:
            # "9 PKK'lı terörist": a case or derivation ending after a name's apostrophe
            names.extend(self.g.name_suffix.sub("", n) for n in list(names) if "'" in n or "’" in n)
        found = resolve_id(self.registry, names, cache=self.cache) if names else None
        if found is None and it.head is not None and it.kind == "combatants":
            found = self.descriptor_after(it)
            if (
                found is None
                and it.actor_text is None
                and not any(w[:1].isupper() for w in it.mods.split())
            ):
                # "One soldier", "deux gendarmes": the article's state force, where the
                # resolver gives one (extract/_names.py, ArticleResolver)
                bare = getattr(self.registry, "_bare_force", None)
                found = bare(it.head) if bare is not None else None
        if found is not None:
            # "three members of the ICRC": the people of an unarmed body are civilians
            return "civilians" if self.unarmed(found) else found
        if it.kind == "combatants":
            return "combatants"
        if party is not None and (self.armed(party) or self.named_party(it.head, party)):
            return "combatants"
        return "total"

    def named_party(self, head: str | None, actor: str) -> bool:
        """Whether ``actor`` after the member noun ``head`` is a party's own name: a member
        noun of ``party_members`` and a name whose last word is capitalised ("integrantes de
        Los Tlacos"; not "members of the same family")."""
        if head is None or head not in self.g.party_members:
            return False
        words = actor.split()
        if not words[-1][:1].isupper():
            return False
        # (a civil body or a kin group is no armed party: "members of Parliament")
        return self.g.civil_bodies.isdisjoint(w.lower() for w in words)

    def unarmed(self, actor_id: str) -> bool:
        """Whether the registry behind the resolver knows ``actor_id`` as an unarmed body
        (an NGO, an IGO, the media, a monitor, civilians, protesters)."""
        registry = getattr(self.registry, "registry", self.registry)  # (an ArticleResolver's)
        get = getattr(registry, "get", None)
        if get is None:
            return False
        try:
            kind = get(actor_id).kind
        except (LookupError, ConflictEventsError):
            return False
        return kind in _UNARMED_KINDS

    def descriptor_after(self, it: _Item) -> str | None:
        """The state force a demonym written after the head names, in a language that puts
        the adjective after its noun ("neuf soldats maliens", "جنود إسرائيليين"): the
        registry's descriptors decide, from the language of the demonym's form, whether
        that order is the language's (one or two words after the head, never fuzzy)."""
        lookup = getattr(self.registry, "_descriptor_lookup", None)
        if lookup is None:
            return None
        text, pos = self.text, it.end
        ends: list[int] = []
        while len(ends) < 2:  # a demonym has one or two words ("sud-soudanais", "Orta Afrika")
            wm = _NP_WORD_RE.match(text, pos)
            if wm is None:
                break
            ends.append(wm.end())
            pos = wm.end()
        for stop in reversed(ends):
            key = f"{it.head} {text[it.end : stop].strip()}"
            if key not in self.cache:
                self.cache[key] = lookup(key)
            found = self.cache[key]
            if found is not None:
                return found
        return None

    # -- sentences ------------------------------------------------------------------------------
    def words_before(self, s: int, start: int, width: int = _WORDS_BEFORE) -> list[str]:
        """The lower-cased words before ``start`` in its sentence (punctuation attached)."""
        return self.low[max(s, start - width) : start].split()

    def negated(self, start: int) -> bool:
        """Whether a negation stands right before the count ("No one was killed", "not a
        single"): no figure, and no killing."""
        words = self.low[max(0, start - 16) : start].split()
        return bool(words) and words[-1] in self.g.negations

    def lead_group(self, s: int, start: int) -> str | None:
        """The group a noun phrase before a run of counts gives them ("civilian casualties —
        at least 12 killed and 46 injured"): a group modifier, a casualty noun and a mark,
        then only counts, outcome words and conjunctions up to ``start``."""
        g = self.g
        if not g.lead_nouns:
            return None
        # A lead phrase stands close to its counts: reading back a bounded window keeps a
        # long run of counts linear (each count would otherwise reread its whole sentence).
        words = self.low[max(s, start - _LEAD_WINDOW) : start].replace(",", " , ").split()
        for k in range(len(words) - 1, 0, -1):
            w = words[k].rstrip(_LEAD_MARKS)
            if w not in g.lead_nouns:
                continue  # (the mark is read only after a lead noun)
            marked = words[k][-1:] in _LEAD_MARKS or words[k + 1 : k + 2] in (
                [m] for m in _LEAD_MARKS
            )
            if marked:
                gap = [x for x in words[k + 1 :] if x not in _LEAD_MARKS]
                numbers = g.counts.number_words
                if any(
                    x not in g.coordination_gap
                    and x not in numbers
                    and x not in g.lead_words
                    and not x[:1].isdigit()
                    for x in gap
                ):
                    return None
                mod = words[k - 1]
                if mod in g.civilian_adjectives:
                    return "civilians"
                if mod in g.combatant_adjectives:
                    return "combatants"
                return None
        return None

    def not_casualty_left(self, start: int) -> bool:
        if start > 0 and self.text[start - 1] in "$€£¥#":
            return True
        words = self.low[max(0, start - 30) : start].split()
        if not words:
            return False
        g = self.g
        if len(words) > 1 and words[-1] in g.object_markers:
            words.pop()  # "liberó a 12 rehenes": the verb before the personal "a"
        if len(words) > 1 and words[-1] in g.ages_before and words[-2][:1].isdecimal():
            return False  # "16 yaşındaki bir genç": an age before the count is its person's
        return words[-1] in g.not_casualty_words or tuple(words[-2:]) in g.not_casualty_pairs

    def phrase_at(self, core: int, s: int, e: int) -> re.Match[str] | None:
        """The count phrase around the number word or digits at ``core``: it may start a few
        words earlier ("at least 27", "between 10 and 15", "a few hundred")."""
        lo = max(s, core - 40)
        # a quote may open the phrase: '"en az 20 militanının"', '"at least 20' (stripped
        # only where one stands: most windows have none)
        window = self.low[lo:core]
        words = window.split()
        if _OPENING_QUOTES_RE.search(window) is not None:
            words = [w.lstrip(_OPENING_QUOTES) for w in words]
        k = len(words)
        lead = self.g.lead_words
        while k > 0 and len(words) - k < 4:
            word = words[k - 1]
            if word in lead:
                k -= 1
                continue
            # an elided preposition or article runs into the qualifier ("d'au moins sept",
            # "d'environ 20"): the phrase starts after its apostrophe, and no further left
            tail = _after_elision(word)
            if tail in lead:
                words[k - 1] = tail
                k -= 1
            break
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

    def count_at(self, core: int, s: int, e: int) -> re.Match[str] | None:
        """:meth:`phrase_at`, checked: a lead word that makes no count with the number is
        left out ("mataron a dos": "a" is a preposition there), and a number word joined by
        a hyphen to the one before it is read with it ("vingt-neuf")."""
        m = self.phrase_at(core, s, e)
        counts, subject = self.g.counts, self.subject
        if (
            m is not None
            and m.start() != core
            and count_or_none(self.text[m.start() : m.end()], counts) is None
        ):
            m = self.rx.count_phrase.match(subject, core, e)
        if core > s and self.low[core - 1] == "-":
            start = core - 1
            while start > s and not self.low[start - 1].isspace():
                start -= 1
            joined = self.rx.count_phrase.match(subject, start, e)
            if (
                joined is not None
                and joined.end() >= core
                and count_or_none(self.text[start : joined.end()], counts) is not None
            ):
                return joined
        return m

    def verb_qualifier(self, m: re.Match[str], s: int) -> int | None:
        """Where a qualifier of ``casualties.constructions.verb_qualifier`` starts when it
        stands right before the count ``m`` and an outcome verb right before it ("уничтожено
        до 150 военнослужащих"); None otherwise."""
        words = self.words_before(s, m.start(), 24)
        if not words or words[-1] not in self.g.verb_qualifiers:
            return None
        start = self.low.rfind(words[-1], s, m.start())
        if self.left_context(s, start)[1] not in ("verb", "toll"):
            return None
        return start

    def not_descending(self, m: re.Match[str], e: int) -> re.Match[str]:
        """``m``, or its first number alone where a dash joins a larger number to a smaller
        one: "a toll of 14 — seven police officers" is no range (a range ascends)."""
        dash = _DASH_RE.search(self.subject, m.start(), m.end())
        if dash is None:
            return m
        g = self.g
        whole = count_or_none(self.text[m.start() : m.end()], g.counts)
        if whole is not None and whole.qualifier is not CountQualifier.RANGE:
            return m  # "twenty-eight", "vingt-neuf": one number written with a hyphen
        left = count_or_none(self.text[m.start() : dash.start()], g.counts)
        right = count_or_none(self.text[dash.end() : m.end()], g.counts)
        if left is None or right is None or left.low is None or right.low is None:
            return m
        if left.low <= right.low:
            return m
        first = self.rx.count_phrase.match(self.subject, m.start(), dash.start())
        return first if first is not None else m

    def worth_reading(self, m: re.Match[str], e: int) -> bool:
        """Whether any of the few words after a count could make it a casualty figure."""
        for word in self.low[m.end() : min(e, m.end() + 80)].split()[:6]:
            word = word.strip(",.;:!?()\"'”’")
            if word in self.g.relevant_after:
                return True
            if self.g.stem_starts and word.startswith(self.g.stem_starts):
                return True  # an inflected outcome verb ("7'sinin yaralandığını")
            if "'" in word or "’" in word:  # "d'assaillants": an elided partitive
                word = re.split(r"['’]", word, maxsplit=1)[1]
                if word in self.g.relevant_after or word in self.g.not_people:
                    return True
        return False

    def scan(self, s: int, e: int, cores: list[int], singles: frozenset[int]) -> None:
        self.sentence_start = pos = s
        pending: _Item | None = None  # a part named before its total ("aralarında 6 çocuğun")
        for core in cores:
            if core < pos:
                continue
            if core in singles:
                got = self.single(core, s, e)
                if got is not None:
                    pos = max(pos, got)
                    continue
                if self.low[core : core + 12].split()[0] not in self.g.counts.number_words:
                    continue
                # a language's article that is also its number one ("un", "ein"): a count
            m = self.count_at(core, s, e)
            if m is None or m.start() < pos:
                continue
            m = self.not_descending(m, e)
            pos = m.end()
            verb_outcome, verb_kind = self.left_context(s, m.start())
            if verb_kind is None and self.g.gapped_toll_marks:
                gapped = self.gapped_toll(m, s)
                if gapped is not None:
                    verb_outcome, verb_kind = gapped, "verb"
            noun_before = None
            if verb_kind in (None, "vso") and self.g.numbers_after_noun:
                # (a number agreeing with the noun before it is no object of a verb whose
                # subject that noun would be: "قتل مدنيين اثنين" is two civilians killed)
                noun_before = self.noun_before_count(m, s)
                if noun_before is not None:
                    outcome, kind = self.left_context(s, noun_before[0])
                    if kind is None:
                        noun_before = None
                    else:
                        verb_outcome, verb_kind = outcome, kind
            lead = None
            if verb_kind is None and self.g.verb_qualifiers:
                lead = self.verb_qualifier(m, s)
                if lead is not None:
                    verb_outcome, verb_kind = self.left_context(s, lead)
            toll = None
            if verb_kind is None and self.g.toll_after is not None:
                toll = self.toll_after(m, s, e)
                if toll is not None:
                    noun = toll.group("noun")
                    verb_outcome = (
                        self.g.among_nouns[noun.lower()]
                        if noun is not None
                        else self.g.outcome_words[toll.group("part").lower()]
                    )
                    verb_kind = "verb"
            if verb_kind is None and not self.worth_reading(m, e):
                continue  # "40 air strikes", "the past 48 hours"
            first = self.item(m, e, lead)
            if first is None:
                continue
            if noun_before is not None and first.head is None and first.kind is None:
                # "مقتل مدنيين اثنين": the noun before the number is the figure's
                first.start, first.head = noun_before
                first.kind = self.g.kind_of_head(first.head)
                first.group_text = self.text[first.start : m.start()].strip()
            if toll is not None and first.kind is None and first.end <= toll.start():
                # the toll names no group, or its people ("el número de policías asesinados")
                people = toll.group("people")
                first.kind, first.end = (
                    "total" if people is None else self.g.kind_of_head(people.lower()),
                    toll.end(),
                )
                if people is not None and first.kind != "total":
                    first.group_text = people
            if self.toll_kind is not None and first.kind is None and first.actor_text is None:
                first.kind = self.toll_kind
                if first.group_text is None:
                    first.group_text = self.toll_words
            ahead = self.part_ahead(first, s, e)
            if ahead is not None:
                pending, pos = first, max(pos, ahead)
                continue
            if self.attach_late_breakdown(m, s, e):
                pos = max(pos, self.out[-1].end_char)
                continue
            if first.head == self.g.life_noun:
                # "claimed 12 lives", "took 12 lives", "забрали три життя" (a verb of taking
                # away); other lives ("saved 12 lives") are none
                if verb_kind not in ("hold", "lifeverb", "take"):
                    continue
                verb_outcome = Outcome.KILLED
            elif verb_kind == "hold" and first.head in self.g.captive_heads:
                verb_outcome = Outcome.CAPTURED  # "took 40 prisoners"
            elif (
                verb_kind == "hold"
                and first.outcome is None
                and first.head in self.g.head_nouns
                and self.taken_from_place(first, e)
            ):
                verb_outcome = Outcome.CAPTURED  # "took seven young men from a village"
            elif (
                verb_kind == "seize"
                and first.outcome is None
                and first.head in self.g.head_nouns
                # "seized three men and beat them to death": the later verb's outcome
                and self.pronoun_object(first.end, e) is None
            ):
                verb_outcome = Outcome.CAPTURED  # "seized four fishermen", not "seized 12 rifles"
            elif verb_kind == "lose" and first.outcome is None and first.head in self.g.head_nouns:
                verb_outcome = Outcome.KILLED  # "we lost fourteen men", not "lost 12 seats"
            elif verb_kind == "take" and first.outcome is None and first.kind is not None:
                verb_outcome = Outcome.CAPTURED  # "levaram duas raparigas": people taken away
            before = len(self.out)
            pos = max(pos, self.figure_run(first, verb_outcome, verb_kind, s, e))
            if pending is not None and len(self.out) > before:
                self.attach_early_part(pending, before, s, e)
            pending = None

    def gapped_toll(self, m: re.Match[str], s: int) -> Outcome | None:
        """The outcome of a toll whose verb is gapped before the count ``m``: an outcome noun
        of ``among_nouns``, a mark of ``constructions.gapped_toll`` and the last word of a toll
        link right before the count, and that link earlier in the sentence ("Кількість
        загиблих зросла до чотирьох, поранених — до 21": 21 wounded, the link no "at most");
        else None."""
        g = self.g
        words = self.low[max(s, m.start() - 60) : m.start()].split()
        if (
            len(words) < 3
            or words[-1] not in g.toll_link_lasts
            or words[-2] not in g.gapped_toll_marks
            or words[-3] not in g.among_nouns
        ):
            return None
        before = f" {self.low[s : m.start()]} "
        lead = words[-1]
        if not any(
            link.endswith(lead) and before.count(f" {link} ") > (link == lead)
            for link in g.toll_links
        ):
            return None
        return g.among_nouns[words[-3]]

    def noun_before_count(self, m: re.Match[str], s: int) -> tuple[int, str] | None:
        """Where the people noun right before the number word ``m`` starts, and the noun
        (its vowel signs left out), when the number is one that follows its noun
        (``casualties.constructions.count_after_noun``: "مقتل مدنيَّين اثنين", two
        civilians); else None."""
        g = self.g
        if self.low[m.start() : m.end()].strip() not in g.numbers_after_noun:
            return None
        wm = _WORD_BEFORE_RE.search(self.low, s, m.start())
        if wm is None:
            return None
        noun = _IN_WORD_RE.sub("", wm.group(1))
        if noun not in g.head_nouns or noun in g.numbers_after_noun:
            return None
        return wm.start(1), noun

    def toll_after(self, m: re.Match[str], s: int, e: int) -> re.Match[str] | None:
        """The toll named after a count that states it ("elevó a 15 el número de heridos"):
        a link of the toll right before the count, the toll's count noun and outcome noun
        (group ``noun``) right after it; None where there is none."""
        g = self.g
        assert g.toll_after is not None
        tm = g.toll_after.match(self.subject, m.end(), e)
        if tm is None:
            return None
        before = self.words_before(s, m.start())
        if not before or before[-1] not in g.toll_links:
            return None
        return tm

    def part_ahead(self, it: _Item, s: int, e: int) -> int | None:
        """Where the total's count may start when ``it`` is a part named before its total
        ("aralarında 6 çocuğun da bulunduğu 21 kişi": among whom six children, 21 people),
        else None: a word before the part and words after it say so
        (``casualties.constructions.part_before_total``)."""
        g = self.g
        if g.part_before_words is None or it.kind in (None, "total"):
            return None
        first = self.low[it.start : it.end].split()[:1]
        if first and (
            first[0] in g.part_before_counts or first[0].endswith(g.part_before_suffixes)
        ):
            # "3'ü çocuk 5 sivil": the count that follows is the total's
            nxt = _AFTER_WORD_RE.match(self.text, it.end, e)
            if nxt is not None and count_or_none(nxt.group(1), g.counts) is not None:
                return nxt.start(1)
        words = self.words_before(s, it.start, 24)
        if not words or words[-1] not in g.part_before_words:
            return None
        after = g.part_before_after.match(self.low, it.end, e)
        return after.end() if after is not None else None

    def attach_early_part(self, b: _Item, total_index: int, s: int, e: int) -> None:
        """Make ``b``, a part named before its total, a part of the figure at
        ``total_index`` (as :meth:`attach_late_breakdown` does for parts named after it)."""
        total = self.out[total_index]
        if total.role != "standalone":
            return
        g = self.group(b)
        # a part of the total's own group is a subgroup, as in record()
        sub = self.subgroup_words(b, e) if g == total.figure.group else None
        if g == total.figure.group and sub is None:
            return
        outcome = total.figure.outcome
        high = total.figure.count.high
        consistent = high is None or sub is not None or (b.count.low or 0) <= high
        self.out[total_index] = attrs.evolve(total, role="total", consistent=consistent)
        self.out.insert(
            total_index + 1, self.part(b, g, sub, outcome, s, e, total_index, consistent)
        )
        # (the figures after it that point at a total after it point one further)
        for i in range(total_index + 2, len(self.out)):
            m = self.out[i]
            if m.total_index is not None and m.total_index > total_index:
                m = attrs.evolve(m, total_index=m.total_index + 1)
            if m.figure.part_of is not None and m.figure.part_of > total_index:
                m = attrs.evolve(m, figure=attrs.evolve(m.figure, part_of=m.figure.part_of + 1))
            self.out[i] = m

    def attach_late_breakdown(self, m: re.Match[str], s: int, e: int) -> bool:
        """'… have been killed, the monitor said, among them 14 civilians': parts named after
        a clause, attached to the sentence's last figure."""
        if not self.out or self.out[-1].sentence_start != s:
            return False
        words = self.words_before(s, m.start(), 24)
        late = self.g.late_parts_left
        if not (tuple(words[-1:]) in late or tuple(words[-2:]) in late):
            return False
        total_index = len(self.out) - 1
        while self.out[total_index].role == "breakdown":
            total_index = self.out[total_index].total_index or 0
        total = self.out[total_index]
        if total_index != len(self.out) - 1 and total.role != "total":
            return False
        parts = self.breakdown_list(m.start(), e, total.figure.outcome, total.figure.count.high)
        total_group = total.figure.group
        groups: list[tuple[_Item, str, str | None]] = []
        for b in parts:
            g = self.group(b)
            # a part of the total's own group is a subgroup, as in record()
            sub = self.subgroup_words(b, e) if g == total_group else None
            if g != total_group or sub is not None:
                groups.append((b, g, sub))
        if not groups:
            return False
        earlier = self.out[total_index + 1 :]
        # (subgroups may overlap one another: only the other groups' parts add up)
        parts_low = sum(x.figure.count.low or 0 for x in earlier if x.figure.subgroup is None)
        parts_low += sum(b.count.low or 0 for b, _, sub in groups if sub is None)
        consistent = total.figure.count.high is None or parts_low <= total.figure.count.high
        self.out[total_index] = attrs.evolve(total, role="total", consistent=consistent)
        for i in range(total_index + 1, len(self.out)):
            self.out[i] = attrs.evolve(self.out[i], consistent=consistent)
        outcome = total.figure.outcome
        for b, g, sub in groups:
            self.out.append(self.part(b, g, sub, outcome, s, e, total_index, consistent))
        return True

    def left_context(self, s: int, start: int) -> tuple[Outcome | None, str | None]:
        """The outcome (and the kind of verb) the words just before a count give it."""
        words = self.words_before(s, start)
        if len(words) > 1 and words[-1] in self.g.ages_before and words[-2][:1].isdecimal():
            # "arasında 20 ve 23 yaşlarındaki 2 oğlu": the age is the person's, not the
            # context's
            words.pop()
            while words and (
                words[-1][:1].isdecimal()
                or (words[-1] in self.g.conjunctions and words[-2:-1] and words[-2][:1].isdecimal())
            ):
                words.pop()
        g = self.g
        if g.prenominal_endings and len(words) > 2 and words[-1].endswith(g.prenominal_endings):
            words = self.before_prenominal_relative(words)  # "arasında sebze satan 3 kadın"
        if len(words) > 3 and (words[-1] in g.conjunctions or words[-1] in g.count_possessives):
            cut = self.named_member_cut(words, s, start)
            if cut is not None:
                words = cut  # "among the dead were Ahmed al-Hussein and his two sons"
        if words and (words[-1][:1] in _QUOTES or words[-1][-1:] in _QUOTES):
            # quotes do not change the reading: ter "neutralizado" 12, matado "sete cristãos"
            words = [w for w in (w.strip(_QUOTES) for w in words) if w]
        g = self.g
        if len(words) > 1 and words[-1] in g.verb_adverbs and words[-2] in g.take_verbs:
            words = words[:-1]  # "levou ainda pelo menos sete menores": the verb's object
        if len(words) > 1 and words[-1] in g.count_adverbs and words[-2] in g.left_verbs:
            words = words[:-1]  # "загинули вже четверо людей": the verb's subject
        self.toll_kind = self.toll_words = None
        # a quotation may open with the verb ('"Погибли два человека", - написал он'); a
        # quotation mark standing alone stays a word ('killed and "dozens of …" died': the
        # count opens a quotation of its own)
        if _QUOTED_WORD_RE.search(self.low, max(s, start - _WORDS_BEFORE), start):
            words = [
                w.lstrip(_OPENING_QUOTES)
                if w[0] in _OPENING_QUOTES and w.strip(_OPENING_QUOTES)
                else w
                for w in words
            ]
        if words and words[-1][:1] in _OPENING_QUOTES:
            # a quote between the verb and its count ('avoir tué "plus de 20 militaires"',
            # 'tué « plusieurs terroristes »') or opening on the verb ('"neutralisé une
            # trentaine')
            words[-1] = words[-1].lstrip(_OPENING_QUOTES)
            if not words[-1]:
                words.pop()
        # (before the personal "a" is read off: "se elevó a" ends in it)
        for n in g.toll_link_lengths if words and words[-1] in g.toll_link_lasts else ():
            # "put the number of wounded at 40", "la cifra de muertos se elevó a 15": a count
            # noun, "of", an outcome noun, then a link of one word or more
            if (
                len(words) > n + 2
                and words[-n - 1] in g.among_nouns
                and words[-n - 2] in g.of_words
                and words[-n - 3] in g.toll_count_nouns
                and " ".join(words[-n:]) in g.toll_links
            ):
                return g.among_nouns[words[-n - 1]], "verb"
            if (
                # "el número de víctimas mortales se elevó a cinco", "le nombre de victimes
                # civiles s'est élevé à 12": one modifier after the outcome noun
                len(words) > n + 3
                and words[-n - 2] in g.among_nouns
                and words[-n - 3] in g.of_words
                and words[-n - 4] in g.toll_count_nouns
                and words[-n - 1].isalpha()
                and " ".join(words[-n:]) in g.toll_links
            ):
                self.toll_kind = self.kind_of_words(words[-n - 1 : -n], named=True)
                return g.among_nouns[words[-n - 2]], "verb"
            if n > 1 and len(words) > n + 2 and " ".join(words[-n:]) in g.toll_links:
                # "el número de policías asesinados se elevó a 14": the people and their
                # outcome's participle before a link of several words (its last word may be
                # the personal "a", read off below)
                outcome = self.number_of([*words[:-n], words[-1]])
                if outcome is not None:
                    return outcome, "verb"
        if words and words[-1] in g.toll_link_lasts:
            # the link's clause opens after a comma: its toll stands before an apposition
            # ("…, capital del estado, subió a nueve")
            toll = self.toll_past_apposition(words, s, start)
            if toll is not None:
                return toll
        if (
            g.object_markers
            and len(words) > 1
            and words[-1] in g.others_words
            and words[-2] in g.object_markers
        ):
            words = words[:-1]  # "mataron a otras dos personas": "more" after the personal "a"
        if words and words[-1] in g.object_markers:
            words = words[:-1]  # "mató a dos policías": the personal "a" before a person
            verb = self.verb_before_marker(words)
            if verb is not None:
                return verb, "verb"
        manner = self.manner_before_object(words) if g.manner_lengths else None
        if manner is not None:
            return manner, "verb"
        if not words:
            return None, None
        if (
            len(words) >= 3
            and words[-2] in g.instrument_preps
            and words[-3] in g.left_verbs
            and words[-1] not in g.left_verbs
        ):
            words = words[:-2]  # "killed by machete a Fulani man": the instrument between
        last = words[-1]
        if last in g.left_verbs:
            if len(words) > 1 and words[-2] in g.frame_ends and self.framed(words):
                return None, None
            return g.left_verbs[last], "verb"
        if len(words) > 1 and last in g.others_words and words[-2] in g.left_verbs:
            # "вбили ще двох людей", "tötete weitere fünf": "more" between verb and count
            return g.left_verbs[words[-2]], "verb"
        if (
            len(words) >= 3
            and words[-2] in g.conjunctions
            and words[-3].rstrip(",") in g.left_verbs
            # "murieron y otros seis resultaron heridos": a new subject, not a second verb
            and last not in g.others_words
            # "a été tué et les trois autres ont été blessés": an article opens a new
            # subject (the other people), not a second verb
            and last not in g.among_articles
        ):
            # coordinated verbs share their object: "killed and mutilated a farmer"
            return g.left_verbs[words[-3].rstrip(",")], "verb"
        if (
            g.inverted_auxiliaries
            and len(words) >= 2
            and words[-2] in g.inverted_auxiliaries
            and last in g.outcome_words
            and g.outcome_words[last] is not Outcome.DISPLACED
        ):
            return g.outcome_words[last], "verb"  # "fueron detenidos tres hombres"
        if len(words) > 2 and last in g.others_words:
            # "за помощью обратились ещё двое", "ранения получили ещё трое": "more" between
            # a verb phrase and its count
            for n in (*g.long_left_phrases, 2):
                if tuple(words[-n - 1 : -1]) in g.left_phrases:
                    return g.left_phrases[tuple(words[-n - 1 : -1])], "verb"
        for n in g.long_left_phrases:
            if tuple(words[-n:]) in g.left_phrases:
                # "privaron de la libertad a tres jóvenes": a verb phrase of three words or more
                return g.left_phrases[tuple(words[-n:])], "verb"
        pair = tuple(words[-2:])
        if pair in g.left_phrases:
            if pair == g.to_death_tail and not (
                words[-3:-2] and (words[-3] in g.to_death_verbs or words[-3] in g.left_verbs)
            ):
                return None, None  # "to death" after no verb of killing
            return g.left_phrases[pair], "verb"  # "shot dead one", "lynched to death an"
        if g.rubble is not None and self.sought_in_rubble(words, s, start):
            return Outcome.MISSING, "verb"
        if last in g.to_death_verbs:
            return None, "todeath"  # "burned two robbers to death"
        if (
            last in g.of_words
            and words[-3:-1] == ["the", g.life_noun]
            and words[-4:-3]
            and (words[-4] in g.life_verbs)
        ):
            return Outcome.KILLED, "verb"  # "claimed the lives of 12"
        for n in g.noun_part_lengths if last in g.noun_part_lasts else ():
            # "the wounded, including a 14-year-old girl, …" (_Grammar.noun_part)
            if len(words) > n and tuple(words[-n:]) in g.noun_parts_left:
                noun = words[-n - 1]
                if noun[-1:] in ",،" and noun[:-1] in g.among_nouns:
                    return g.among_nouns[noun[:-1]], "verb"
        if last in g.breakdown_head_lasts:
            found = self.bodies_part(words)
            if found is not None:
                return found, "verb"
        # "among the dead were 28 civilians", "among the wounded, 12 children"
        if not g.according_firsts.isdisjoint(words[-8:]):
            # "Среди погибших, по данным канала, два офицера": a source's insert
            cut = self.according_cut(words)
            if cut is not None:
                words, last = cut, cut[-1]
        if last in g.conjunctions and len(words) > 4:
            # "unter den Toten seien auch Frauen und sechs Kinder", "parmi les morts figurent
            # des femmes et deux enfants": an uncounted plural of people (maybe after an
            # article of among_uncounted_articles) before the counted member, after the copula
            k = len(words) - 2
            if words[k] in g.head_nouns:
                k -= words[k - 1] in g.among_uncounted_articles
                if words[k - 1] in g.among_copulas or words[k - 1] in g.among_adverbs:
                    words, last = words[:k], words[k - 1]
        if last in g.copula_phrase_lasts:
            for n in (3, 2):
                if len(words) > n and " ".join(words[-n:]) in g.among_copulas:
                    # "parmi les morts, il y a": the copula as one word, the comma after
                    # the "among" noun read off
                    words = [*words[: -n - 1], words[-n - 1].rstrip(","), " ".join(words[-n:])]
                    last = words[-1]
                    break
        cop, among_words = last, words
        if len(words) > 3 and last in g.among_adverbs and words[-2] in g.among_copulas:
            # "unter den Verschleppten seien auch sechs Kinder": an adverb after the copula
            cop, among_words = words[-2], words[:-1]
        if cop in g.among_copulas and len(among_words) > 4 and among_words[-2] in g.among_adverbs:
            # "entre las víctimas también figuran dos policías": the adverb before the copula
            among_words = [*among_words[:-2], cop]
        if (
            cop in g.among_copulas
            and len(among_words) > 3
            and among_words[-3] in g.among_nouns
            and f"{among_words[-3]} {among_words[-2]}" in g.outcome_nouns
            and f"{among_words[-3]} {among_words[-2]}" not in g.among_nouns
        ):
            # "entre las víctimas mortales figura un estudiante": a two-word outcome noun
            among_words = [*among_words[:-2], cop]
        tail = among_words[-6:-1] if cop in g.among_copulas else among_words[-5:]
        for n in (3, 2) if tail and tail[-1] in g.among_phrase_lasts else ():
            if len(tail) >= n and " ".join(tail[-n:]) in g.among_nouns:
                # an outcome noun of more than one word ("entre as vítimas mortais está um
                # estudante", "среди пропавших без вести — двое детей")
                tail = [*tail[:-n], " ".join(tail[-n:])]
                break
        tail = tail[-3:]
        among = g.among
        if (
            len(tail) >= 2
            and tail[-1] in g.among_nouns
            and (
                tail[-2] == among
                or (tail[-2] in g.among_articles and tail[-3:-2] == [among])
                # "the dead included five police officers"; with a copula, where the
                # outcome noun opens its clause ("…, as vítimas mortais são uma zungueira")
                # and names no people of any outcome ("The victims were two herdsmen" of
                # an abduction)
                or (
                    cop in g.among_copulas
                    and tail[-2] in g.among_articles
                    and (
                        cop not in g.copula_words
                        or (
                            (len(tail) < 3 or tail[-3][-1:] in _CLAUSE_MARKS)
                            and tail[-1] not in g.people_nouns
                        )
                    )
                )
            )
        ):
            return g.among_nouns[tail[-1]], "verb"
        if last in g.numbered and len(words) > 1 and words[-2] in g.among_nouns:
            return g.among_nouns[words[-2]], "verb"  # "the dead numbered 40"
        if last in g.of_words and len(words) > 1 and words[-2] in g.nominal_of:
            return g.nominal_of[words[-2]], "verb"  # "the deaths of four individuals"
        if last in g.of_words and len(words) > 3 and words[-2] in g.weekday_words:
            # a day between the noun and its "of": "la captura el lunes de cuatro …"
            # (or "l'arrestation vendredi de", its article elided)
            k = -4 if words[-3] in g.function_words else -3
            noun = words[k].replace("’", "'").rsplit("'", 1)[-1]
            if noun in g.nominal_of:
                return g.nominal_of[noun], "verb"
        if last in g.of_words and len(words) > 1 and ("'" in words[-2] or "’" in words[-2]):
            # an elided article on the noun: "l'enlèvement de 20 élèves", "l'assassinat de"
            noun = words[-2].replace("’", "'").rsplit("'", 1)[-1]
            if noun in g.nominal_of:
                return g.nominal_of[noun], "verb"
        linked = words
        if last not in g.toll_links and self.low[start : start + 1] in g.toll_link_firsts:
            lead = self.low[start : start + 16].split()[:1]
            if lead and lead[0] in g.toll_links:
                # "the toll passed 100": the link is read as the count's qualifier ("over")
                linked = [*words, lead[0]]
        if linked[-1] in g.toll_links:
            # "عدد الشهداء إلى 13", "عدد القتلى المدنيين إلى 14": the count noun and the
            # outcome's noun joined with no "of" (a construct), a modifier or two after them
            for i in range(max(0, len(linked) - 2 - g.construct_toll), len(linked) - 2):
                if (
                    linked[i] in g.toll_count_nouns
                    and linked[i + 1] in g.among_nouns
                    and not any(w[-1] in ",.;:!?" for w in linked[i:-1])
                ):
                    self.toll_kind = self.kind_of_words(linked[i + 2 : -1], named=True)
                    return g.among_nouns[linked[i + 1]], "verb"
            outcome = self.number_of(linked)
            if outcome is not None:
                return outcome, "verb"  # "the number of people displaced had passed"
            # "the death toll from five days of fighting has risen to 41"
            if start - s > _WORDS_BEFORE:
                # a toll's noun may stand further back than the usual window, its scope
                # between ("Кількість загиблих унаслідок удару … по Зарічному району Сум у
                # понеділок увечері зросла до чотирьох"): read up to _TOLL_WIDTH characters
                linked = self.words_before(s, start, _TOLL_WIDTH) + linked[len(words) :]
            for k in range(len(linked) - 2, max(-1, len(linked) - _TOLL_WORDS), -1):
                w = linked[k]
                if w[-1] in ",.;:!?":
                    break
                if w in g.toll_nouns_read:
                    return Outcome.KILLED, "toll"  # unless the count names its own outcome
                # a count noun with its outcome in the genitive ("кількість поранених
                # зросла до 31", "число погибших выросло до 9"), maybe after an adverb
                # ("число внутренне перемещенных лиц"): that outcome, and the group its
                # modifiers name ("число погибших мирных жителей возросло до 3")
                if w in g.toll_count_nouns:
                    for j in range(k + 1, min(k + 3, len(linked) - 1)):
                        if linked[j] in g.among_nouns:
                            # (the people right after the outcome's noun, not the words of
                            # the toll's scope: "загиблих унаслідок удару російських …")
                            mods = linked[j + 1 : min(j + 1 + _TOLL_MODIFIERS, len(linked) - 1)]
                            self.toll_kind = self.kind_of_words(mods, named=True)
                            return g.among_nouns[linked[j]], "verb"
        if g.toll_before and last in g.toll_count_nouns:
            # "ölü sayısının 24'e", "ölen asker sayısının 16'ya": the count noun right before
            # its count, the outcome's noun or participle (and the people) before it
            for k in range(len(words) - 2, max(-1, len(words) - 2 - _TOLL_BEFORE_WORDS), -1):
                w = words[k]
                if w[-1] in ",.;:!?":
                    break
                outcome = (
                    g.left_verbs.get(w)
                    or g.outcome_nouns.get(w)
                    or g.left_phrases.get(tuple(words[k - 1 : k + 1]))  # "hayatını kaybeden"
                    or self.stem_ending(words, k)  # "etkisiz hale getirilen"
                )
                if outcome is not None:
                    self.toll_kind = self.kind_of_words(words[k + 1 : -1], named=True)
                    return outcome, "verb"
        if g.verb_subject_gap:
            found = self.verb_before_subject(words)
            if found is not None:
                return found, "vso"
        if last in g.seize_verbs:
            return None, "seize"
        if last in g.lose_verbs or (
            last in g.of_words and len(words) > 1 and words[-2] in g.loss_nouns
        ):
            return None, "lose"  # "we lost fourteen men", "the loss of four soldiers"
        if last in g.hold_verbs:
            return None, "hold"
        if last in g.take_verbs:
            if g.take_evacuation is not None and self.evacuation_before(s, start):
                # "Евакуація з громади триває. … з громади вивезли 412 людей": evacuated
                return Outcome.DISPLACED, "verb"
            return None, "take"
        if last in g.life_verbs:
            return None, "lifeverb"
        if last in g.leave_verbs:
            return None, "leave"
        if g.second_verbs:
            # "flohen seit Mittwoch rund 3.500 Menschen": the finite verb in second place,
            # its subject a few words on in the same clause (no mark, no other number)
            for w in reversed(words[-g.second_gap - 1 :]):
                if w[-1] in _CLAUSE_END_MARKS or w[0].isdigit():
                    break
                if w in g.head_nouns or g.compound(w) is not None:
                    break  # the verb's subject is named: "flohen die Angreifer mit 12 Geiseln"
                if w in g.second_verbs:
                    return g.second_verbs[w], "verb"
        if g.weekday_words and len(words) > 1:
            day_verb = self.verb_before_day(words)
            ahead = self.low[start : start + 24].split()[1:2]
            if day_verb is not None and not (ahead and ahead[0].strip(".,") in g.month_words):
                # (not the day's own date: "ont tué dimanche 12 mai trois soldats")
                # "ont tué samedi soir douze civils", "killed on Sunday twelve villagers",
                # "اعتقلوا الخميس الماضي 12 شاباً": a day between the verb and its object
                if day_verb in g.left_verbs:
                    return g.left_verbs[day_verb], "verb"
                if day_verb in g.take_verbs:
                    return None, "take"
        if g.adjunct_preps:
            found = self.verb_before_adjunct(words, s, start)
            if found is None and g.adjunct_participles:
                found = self.verb_before_participle(words)
            if found is not None:
                lost = self.adjunct_verb_lost(words)
                return (None, "lose") if lost else (found, "verb")
            if g.take_verbs and self.verb_before_adjunct(words, s, start, g.take_verbs):
                return None, "take"  # "вивезла на територію Росії двох місцевих жителів"
        return None, None

    def adjunct_verb_lost(self, words: list[str]) -> bool:
        """Whether the verb :meth:`verb_before_adjunct` found before the adjunct is a verb of
        losing (``verbs.lose``): the nearest verb of the lexicon's before the words' end."""
        g = self.g
        for w in reversed(words[-g.adjunct_max - 2 :]):
            if w in g.left_verbs:
                return False
            if w in g.lose_verbs:
                return True
        return False

    def verb_before_participle(self, words: list[str]) -> Outcome | None:
        """The outcome of a verb whose subject follows a participle and its adjunct ("погибли
        находившиеся в машине мужчина 54 лет и его супруга", "загинули перебуваючі …"): the
        verb, a participle of ``constructions.adjunct_object.participle_endings``, one of its
        prepositions, then at most ``max_words`` words with no mark, conjunction, other verb
        or count among them; else None."""
        g = self.g
        n = len(words)
        for k in range(n - 1, max(1, n - 1 - g.adjunct_max), -1):
            w = words[k]
            if (
                w[-1] in _CLAUSE_END_MARKS
                or w in g.conjunctions
                or w in g.left_verbs
                or w[0].isdigit()
                or w in g.counts.number_words
            ):
                return None
            if (
                w in g.adjunct_preps
                and k >= 2
                and words[k - 1].endswith(g.adjunct_participles)
                and words[k - 2] in g.left_verbs
            ):
                return g.left_verbs[words[k - 2]]
        return None

    def toll_past_apposition(
        self, words: list[str], s: int, start: int
    ) -> tuple[Outcome, str] | None:
        """The toll of a link whose clause opens right after a comma, an apposition or an
        adjunct set off by commas between the toll's noun and its link ("el número de
        muertos por el ataque en Culiacán, capital del estado, subió a nueve", "the death
        toll from the raid on Kano, the state capital, rose to nine", "число погибших при
        ударе по Херсону, центру области, возросло до девяти"): the link (maybe after a verb
        or two, "rose to") is the whole clause, so its subject is the toll before the
        commas; read back across them, within the sentence, as a toll of one clause is."""
        g = self.g
        for c in range(len(words) - 2, max(-1, len(words) - 3 - _LINK_CLAUSE_WORDS), -1):
            if words[c][-1:] in _CLAUSE_MARKS:
                break
        else:
            return None
        clause = words[c + 1 :]
        if words[c][-1] != "," or not any(
            len(clause) - n <= _LINK_CLAUSE_WORDS and " ".join(clause[-n:]) in g.toll_links
            for n in g.toll_link_lengths
            if n <= len(clause)
        ):
            return None
        if any(
            w[:1].isdigit() or w in g.counts.number_words or w in g.conjunctions for w in clause
        ):
            # (a second member of a list is no clause of its own: "de onze morts, dont trois
            # enfants, et de quatorze personnes emmenées")
            return None
        wide = self.words_before(s, start, _TOLL_APPOSITION_WIDTH)
        comma = len(wide) - len(clause) - 1
        for k in range(comma, max(-1, comma - _TOLL_APPOSITION_WORDS), -1):
            w = wide[k]
            if w[-1] in ".;:!?":
                break
            w = w.rstrip(",")
            if w in g.toll_nouns_read:
                return Outcome.KILLED, "toll"  # unless the count names its own outcome
            if w in g.toll_count_nouns:
                for j in range(k + 1, min(k + 3, comma + 1)):
                    noun = wide[j].rstrip(",")
                    if noun in g.among_nouns:
                        mods = wide[j + 1 : min(j + 1 + _TOLL_MODIFIERS, comma)]
                        self.toll_kind = self.kind_of_words(
                            [m for m in mods if m[-1:] != ","], named=True
                        )
                        return g.among_nouns[noun], "verb"
                    if wide[j][-1:] == ",":
                        break
        return None

    def ends_prenominal_relative(self, w: str) -> bool:
        """Whether lower-case word ``w`` can stand in no relative clause before a count's
        noun (``constructions.prenominal_relative``): a mark, a number or an outcome."""
        g = self.g
        return (
            not w.isalpha()
            or w in g.left_verbs
            or w in g.outcome_words
            or w in g.counts.number_words
            or bool(g.stem_starts and w.startswith(g.stem_starts))
        )

    def before_prenominal_relative(self, words: list[str]) -> list[str]:
        """The words before a count up to the phrase of "among the dead" that a relative
        clause before the count's noun follows ("Hayatını kaybedenler arasında pazarda sebze
        satan 12 yaşında bir çocuk"): at most ``_PRENOMINAL_WORDS`` words with no mark,
        number or outcome word, the last a participle
        (``constructions.prenominal_relative.endings``), right after a two-word outcome
        phrase ending in one of ``verbs.among_copulas``; ``words`` as they were otherwise."""
        g = self.g
        for n in range(1, min(_PRENOMINAL_WORDS, len(words) - 2) + 1):
            w = words[-n]
            if self.ends_prenominal_relative(w):
                return words
            if words[-n - 1] in g.among_copulas and (
                tuple(words[-n - 2 : -n]) in g.left_phrases
                # (one noun of the outcome: "ölenler arasında köyde görevli bir asker")
                or words[-n - 2] in g.among_nouns
            ):
                return words[:-n]
        return words

    def named_member_cut(self, words: list[str], s: int, start: int) -> list[str] | None:
        """The words before a count up to the copula of "among the dead", where a person
        named with no count stands between them as the list's first member ("Among the dead
        were vegetable seller Ahmed al-Hussein and his two sons", "Parmi les morts figurent
        le commerçant Ahmed Diallo et ses deux fils", "Hayatını kaybedenler arasında 45
        yaşındaki Ahmed el-Hüseyin ile 2 oğlu"): a conjunction (maybe a possessive after
        it), a capitalised name of at most ``_NAME_WORDS`` words, at most ``_TRADE_WORDS``
        words of trade, article or age, then one of ``verbs.among_copulas`` (maybe an adverb of
        ``among_adverbs`` after it) with an outcome's noun of ``among_nouns`` (or an
        outcome phrase ending in the copula) right before it.  None where the words are
        not so."""
        g = self.g
        if g.among_copulas.isdisjoint(words):
            return None  # the cheap test first: no copula of "among the dead" stands before
        k = len(words) - 1
        if words[k] in g.count_possessives:
            k -= 1
        if k < 3 or words[k] not in g.conjunctions:
            return None
        if g.ages_before and self.past_age(start, min(len(self.low), start + 60)) != start:
            return None  # "Ahmed ile 20 ve 23 yaşlarındaki 2 oğlu": the ages are no count
        orig = self.text[max(s, start - _WORDS_BEFORE) : start].split()
        names = 0
        j = k - 1
        while j >= 0 and names < _NAME_WORDS:
            w = orig[j] if j < len(orig) else ""
            if w.lower() != words[j]:
                return None  # the words were changed before (quotes): no reading
            if not (w[:1].isupper() or w.rpartition("-")[2][:1].isupper()):
                break
            names += 1
            j -= 1
        if not names:
            return None
        for _ in range(_TRADE_WORDS + 1):  # the copula, after words of trade, article, age
            if j < 1 or words[j][-1:] in _CLAUSE_END_MARKS:
                return None
            w = words[j]
            cop = j - 1 if w in g.among_adverbs and words[j - 1] in g.among_copulas else j
            if words[cop] in g.among_copulas:
                before = words[max(0, cop - 4) : cop]
                if not g.among_nouns.keys().isdisjoint(before) or (
                    tuple(words[cop - 1 : cop + 1]) in g.left_phrases
                ):
                    return words[: j + 1]
                return None
            if w in g.conjunctions or w in g.left_verbs:
                return None
            j -= 1
        return None

    def verb_before_day(self, words: list[str]) -> str | None:
        """The word before a day that ends ``words`` (the words before a count): a weekday of
        the calendar, maybe after one function word ("on Sunday", "el domingo") and before
        one word of its own ("samedi soir", "jeudi dernier", "الخميس الماضي"); None where
        the words end in no day."""
        g = self.g
        k = len(words) - 1
        if words[k] not in g.weekday_words:
            k -= 1  # "samedi soir": one word after the day
            if (
                k < 1
                or words[k] not in g.weekday_words
                or not words[-1].isalpha()
                # (a preposition after the day opens an adjunct: "murieron este jueves en un
                # enfrentamiento")
                or words[-1] in g.function_words
            ):
                return None
        verb = words[k - 1] if k >= 1 else None
        if (
            verb is not None
            and verb not in g.left_verbs
            and verb not in g.take_verbs
            and k > 1
            and verb in g.function_words
        ):
            verb = words[k - 2]  # "on Sunday", "el domingo"
        return verb

    def evacuation_before(self, s: int, start: int) -> bool:
        """Whether the paragraph names an evacuation before ``start`` (the count after a verb of
        taking people away, ``s`` its sentence's start)."""
        pattern = self.g.take_evacuation
        assert pattern is not None
        lo = self.text.rfind("\n\n", 0, s)
        return pattern.search(self.low, max(lo, 0), start) is not None

    def verb_before_adjunct(
        self, words: list[str], s: int, start: int, verbs: Collection[str] = ()
    ) -> Outcome | None:
        """The outcome of a verb whose object follows an adjunct of place or time ("deteve
        na cidade de Cabinda cinco ativistas", "задержали в Курске двоих", "retuvieron
        durante más de diez horas a 28 militares"): the verb, a preposition of
        ``constructions.adjunct_object`` right after it, then at most ``max_words`` words
        ending in a name (capitalised) or a unit of time or distance, with no mark,
        conjunction, other verb or count among them (a count of such units, "diez horas", is
        the adjunct's own).  "morreram durante uma operação contra uma facção" and "murió
        … al estallar un artefacto" end in no name: their count is no object.  With
        ``verbs`` (verbs of taking people away), whether one of them stands so: captured."""
        g = self.g
        n = len(words)
        if n < 3 or words[-1] in g.function_words:
            return None  # "killed in fighting with 200 rebels": the count is the adjunct's
        if words[-1] not in g.not_people:
            at = self.low.rfind(words[-1], s, start)
            if at < 0 or not self.text[at].isupper():
                return None
        for k in range(n - 2, max(0, n - 2 - g.adjunct_max), -1):
            w = words[k + 1]
            if (
                w[-1] in _CLAUSE_END_MARKS
                or w in g.conjunctions
                or w in g.left_verbs
                or (
                    (w[0].isdigit() or w in g.counts.number_words)
                    and not (k + 2 < n and words[k + 2] in g.not_people)
                )
            ):
                return None
            if w in g.adjunct_preps and words[k] in g.left_verbs and not verbs:
                return g.left_verbs[words[k]]
            if w in g.adjunct_preps and words[k] in g.lose_verbs and not verbs:
                # "потерял в засаде на севере Мали семерых бойцов": a verb of losing, whose
                # people are dead (the caller asks the people's noun)
                return Outcome.KILLED
            if w in g.adjunct_preps and words[k] in verbs:
                return Outcome.CAPTURED
        return None

    def sought_in_rubble(self, words: list[str], s: int, start: int) -> bool:
        """Whether the words before a count end with a verb of ``constructions.rubble``
        (one word or two; "ще" / "еще" may follow it) and its sentence names the rubble
        before the count or shortly after it, within its sentence ("Под завалами могут
        находиться еще несколько человек", "rescuers were searching for five people
        trapped under the rubble"): the people counted are missing."""
        g = self.g
        assert g.rubble is not None
        last = words[-1]
        if (
            last not in g.rubble_lasts
            and last not in g.others_words
            and last[:1] not in g.rubble_firsts
        ):
            return False  # the cheap test first: no verb, "more" or rubble word ends the words
        if len(words) > 2 and g.rubble.match(words[-1]) and words[-2] in g.adjunct_preps:
            words = words[:-2]  # "ищут под завалами двух человек": the rubble between
        if len(words) > 1 and words[-1] in g.others_words:
            words = words[:-1]
        if words[-1] not in g.rubble_verbs and " ".join(words[-2:]) not in g.rubble_verbs:
            return False
        end = start + _RUBBLE_REACH
        for mark in ".!?;":
            at = self.low.find(mark, start, end)
            if at >= 0:
                end = at
        return g.rubble.search(self.low, s, end) is not None

    def stem_ending(self, words: list[str], k: int) -> Outcome | None:
        """The outcome of an inflected stem (``outcome_stems``) whose words end at
        ``words[k]`` ("etkisiz hale getirilen"), or None."""
        for st, outcome in self.g.outcome_stems.items():
            n = st.count(" ") + 1
            if k + 1 >= n and " ".join(words[k + 1 - n : k + 1]).startswith(st):
                return outcome
        return None

    def kind_of_words(self, words: list[str], *, named: bool = False) -> str | None:
        """The group the modifiers of a toll's noun name ("мирных жителей", "asker"), None
        where they name none; with ``named``, the words that name it are kept as the toll's
        group words (``toll_words``: "terörist" may then stand for the party named)."""
        g = self.g
        kind = None
        if any(w in g.civilian_adjectives for w in words):
            kind = "civilians"
        elif any(w in g.combatant_adjectives for w in words):
            kind = "combatants"
        if named and kind is not None:
            self.toll_words = " ".join(words)
        return kind

    def verb_before_marker(self, words: list[str]) -> Outcome | None:
        """The outcome of a verb a few words before the personal "a" ("secuestró este jueves
        a dos contratistas", "lincharon la noche del lunes a un hombre"): only an adverbial
        lies between them (no mark, no conjunction, no other object, no number)."""
        g = self.g
        for k in range(len(words) - 2, max(-1, len(words) - 8), -1):
            w = words[k]
            if w in g.left_verbs:
                return g.left_verbs[w] if k < len(words) - 1 else None
            if (
                w[-1:] in ',.;:!?"”)'
                or w in g.conjunctions
                or w in g.object_markers
                or w[:1].isdigit()
                or w in g.counts.number_words
            ):
                return None
        return None

    def manner_before_object(self, words: list[str]) -> Outcome | None:
        """The outcome of a verb whose object comes after a word or two of manner or result
        (``constructions.manner_object``): "mataron a golpes a dos hombres", "hirieron a
        balazos a tres" (the verb's own outcome), "golpeó hasta la muerte a dos", "quemó vivo
        a un hombre", "queimaram vivo um homem" (a verb of beating or burning, then a tail of
        death: killed), "dejó malherido a un tercero" (a verb of leaving, then the outcome's
        participle: that outcome)."""
        g = self.g
        if not words:
            return None
        last = words[-1]
        if (
            last not in g.manner_lasts
            and last not in g.outcome_words
            and (len(words) < 2 or f"{words[-2]} {last}" not in g.outcome_words)
        ):
            return None
        for n in g.manner_lengths:
            tail = tuple(words[-n:])
            rest = words[:-n]
            if len(tail) < n or not rest:
                continue
            verb = rest[-1]
            if tail in g.death_tails and (verb in g.to_death_verbs or verb in g.left_verbs):
                return Outcome.KILLED
            if tail in g.manners and verb in g.left_verbs:
                return g.left_verbs[verb]
            if tail in g.manners and tuple(rest[-2:]) in g.left_phrases:
                # "se llevaron por la fuerza a tres jóvenes": a verb phrase before the manner
                return g.left_phrases[tuple(rest[-2:])]
        # a verb of leaving, then the outcome's participle (an adverb of degree between)
        for n in (1, 2):
            if len(words) <= n:
                break
            outcome = g.outcome_words.get(" ".join(words[-n:]))
            before = [w for w in words[:-n][-2:] if w not in g.degree_adverbs]
            if outcome not in (None, Outcome.DISPLACED) and before and before[-1] in g.leave_verbs:
                return outcome
        return None

    def verb_before_subject(self, words: list[str]) -> Outcome | None:
        """The outcome of a verb that opens the clause before its subject and its object, in
        a verb-subject-object language ("اختطف مسلحون حوثيون أمس نحو ٢٠ معلما"): at most
        the lexicon's number of words between, no count and no mark among them."""
        g = self.g
        k = len(words)
        for j in range(k - 2, max(-1, k - 2 - g.verb_subject_gap), -1):
            w = words[j]
            if w[-1] in ',.;:!?"»)' or w in g.counts.number_words or w[0].isdigit():
                return None
            if w not in g.left_verbs:
                continue
            before = words[j - 1] if j > 0 else ""
            if j == 0 or before[-1] in ",;:" or before in g.clause_openers:
                return g.left_verbs[w]
            return None
        return None

    def framed(self, words: list[str]) -> bool:
        """Whether the verb ending ``words`` is framed as no report: an allegation about the
        people named before it ("two men believed to have murdered a trader"; with a
        copula first, "a group is suspected to have killed a woman", it is reported), an
        accusation ("a man accused of killing a villager"), an aim ("to kill his nephew")."""
        g = self.g
        for f in g.allegation_frames:
            n = len(f)
            if tuple(words[-1 - n : -1]) == f and not (
                words[-3 - n : -2 - n] and words[-3 - n] in g.copula_words
            ):
                return True
        if any(tuple(words[-1 - len(f) : -1]) == f for f in g.accusations):
            return True
        return words[-2] in g.aims and not words[-1].endswith(_NOT_HEAD_ENDINGS)

    def after_relative(
        self, end: int, e: int, outcome: Outcome | None
    ) -> tuple[Outcome | None, int]:
        """The outcome after a relative clause between the people and their verb ("two
        civilians who were informants of the police died"): a relative pronoun
        (``casualties.frames.relatives``), up to eight words of its clause (no mark, no
        count), then a passive or intransitive outcome."""
        g, rx = self.g, self.rx
        rm = _NP_WORD_RE.match(self.low, end, e)
        if rm is None or rm.group(1) not in g.frame_relatives:
            return outcome, end
        for wm in self.clause_words(rm.end(), e, 8):
            pos = wm.end()
            am = rx.aux_outcome.match(self.subject, pos, e)
            if am is not None:
                if self.active_voice(am, pos, e):
                    break
                return self.outcome_of(am), am.end()
        return outcome, end

    def clause_words(self, pos: int, e: int, limit: int) -> Iterator[re.Match[str]]:
        """The next ``limit`` words after ``pos`` (each a match, the word in group 1) while
        no mark and no count comes: the words of one clause that a rule reads past."""
        number_words = self.g.counts.number_words
        for _ in range(limit):
            wm = _NP_WORD_RE.match(self.low, pos, e)
            if wm is None or wm.group(1)[0].isdigit() or wm.group(1) in number_words:
                return
            yield wm
            pos = wm.end()

    def pronoun_object(self, end: int, e: int) -> Outcome | None:
        """The outcome of a verb that takes the people just counted as a pronoun, after a
        conjunction and up to twelve words of their clause (no mark, no count): "caught two
        men they accused of theft and beat them to death", "seized three herders and
        executed them"."""
        g = self.g
        words: list[str] = []
        for wm in self.clause_words(end, e, 16):
            w = wm.group(1)
            words.append(w)
            pos = wm.end()
            if w not in g.object_pronouns or len(words) < 3 or words[-3] not in g.conjunctions:
                continue
            verb = words[-2]
            if verb in g.left_verbs:
                return g.left_verbs[verb]
            if verb in g.to_death_verbs:
                tail = self.low[pos:e].split()[: len(g.to_death_tail)]
                tail[-1:] = [w.rstrip(',.;:!?)"”’') for w in tail[-1:]]
                return Outcome.KILLED if tuple(tail) == g.to_death_tail else None
            return None
        return None

    def later_died(self, end: int, e: int) -> int | None:
        """The end of "and (later) died" after an injured figure's outcome (up to five
        words apart, no mark between: "was injured by a bullet and later died"), or None."""
        pos = end
        for _ in range(6):
            wm = _NP_WORD_RE.match(self.low, pos, e)
            if wm is None:
                return None
            pos = wm.end()
            if wm.group(1) in self.g.conjunctions:
                am = self.rx.aux_outcome.match(self.subject, pos, e)
                if (
                    am is None
                    or self.outcome_of(am) is not Outcome.KILLED
                    or self.active_voice(am, pos, e)
                ):
                    return None
                return am.end()
        return None

    def injured_died_at(self, it: _Item, e: int) -> int | None:
        """Where a verb of dying ends right after a figure counted by its wounds ("three
        wounded soldiers died", "two more injured persons succumbed", "zwei Verletzte
        starben"), past a people noun after the outcome word; None where no such verb
        follows or it has an object ("two wounded soldiers killed a guard")."""
        pos = it.end
        if it.head is None:
            hm = self.rx.head.match(self.subject, pos, e)
            if hm is not None and not hm.group("mods").strip():
                pos = hm.end()  # "two more injured persons": the people after the outcome
        am = self.rx.aux_outcome.match(self.subject, pos, e)
        if am is None or self.outcome_of(am) is not Outcome.KILLED:
            return None
        if self.active_voice(am, pos, e):
            return None
        if pos != it.end:
            it.head = self.low[hm.start("head") : hm.end("head")] if hm is not None else None
            kind = self.g.kind_of_head(it.head) if it.head is not None else "total"
            if it.kind in (None, "total"):
                it.kind = kind
            it.end = pos
        return am.end()

    def number_of(self, words: list[str]) -> Outcome | None:
        """The outcome of "the number of <people> <outcome> <link>" right before a count
        ("the number of people displaced had passed one million", "bringing the number of
        insurgents killed to 14"): a count noun, "of", then an outcome word, within the
        clause."""
        g = self.g
        for j in range(len(words) - 3, max(-1, len(words) - 10), -1):
            w = words[j]
            if w[-1] in ",.;:!?":
                return None
            if w in g.toll_count_nouns and words[j + 1] in g.of_words:
                rest = words[j + 2 : -1]
                if rest and rest[0] in g.among_nouns:
                    # "the number of dead soldiers at nine": the outcome's noun, its people
                    nouns = [n for n in rest[1:] if n in g.head_nouns]
                    if nouns and g.kind_of_head(nouns[-1]) != "total":
                        self.toll_kind = g.kind_of_head(nouns[-1])
                        self.toll_words = nouns[-1]  # (its side: _own_sides)
                    return g.among_nouns[rest[0]]
                for k, x in enumerate(rest):
                    outcome = g.outcome_words.get(x)
                    if outcome is None and k:
                        # "the number of people treated for gunshot wounds at 19": a phrase
                        tail = " ".join(rest[k:])
                        outcome = next(
                            (
                                o
                                for p, o in g.phrase_outcomes.items()
                                if tail == p or tail.startswith(f"{p} ")
                            ),
                            None,
                        )
                    if outcome is not None:
                        # "the number of insurgents killed": the toll names its people
                        nouns = [n for n in words[j + 2 : j + 2 + k] if n in g.head_nouns]
                        if nouns and g.kind_of_head(nouns[-1]) != "total":
                            self.toll_kind = g.kind_of_head(nouns[-1])
                            self.toll_words = nouns[-1]  # (its side: _own_sides)
                        return outcome
                return None
        return None

    def figure_run(
        self, first: _Item, verb_outcome: Outcome | None, verb_kind: str | None, s: int, e: int
    ) -> int:
        """Read the figure(s) starting at ``first`` and record them; return where reading may
        go on (after a list that turned out to be no figures too: re-reading its tail would
        fail the same way, and make long lists quadratic)."""
        text, subject, rx = self.text, self.subject, self.rx
        if verb_kind == "toll":
            # a bare toll noun counts the dead unless the count's own noun names another
            # outcome: "un saldo de nueve heridos", "a toll of nine wounded"
            verb_kind = "verb"
            if first.outcome is not None:
                verb_outcome = first.outcome
        self.minor_before(first)
        items = [first]
        cur = first
        # "183 fighters, 100 soldiers and 28 civilians were killed"; "killing 12 soldiers and
        # 4 civilians": a list sharing one outcome.
        while cur.outcome is None and cur.names_group:
            sep = rx.list_sep.match(subject, self.past_member(cur, e), e)
            if sep is None:
                break
            member_at = sep.end()
            if self.g.prenominal_endings:
                # "ve pazarda limon satan 15 yaşındaki bir genç": the relative, then an age
                member_at = self.past_age(self.past_prenominal_relative(member_at, e), e)
            nm = (
                rx.count_phrase.match(subject, member_at, e)
                if self.count_may_start(member_at) and self.aged_singular(member_at, e) is None
                else None  # ("та 67-річна пенсіонерка": an age, then one person)
            )
            if nm is not None and self.low[nm.end() : nm.end() + 1] == "-":
                nm = None  # "and a two-month-old baby": the number word is the age's
            det = _NP_WORD_RE.match(self.low, member_at - 1, e) if nm is None else None
            if det is not None and det.group(1) in self.g.definite_singulars:
                # "a councillor and his two sons": a determiner before the count
                at = det.end() + 1
                nm = rx.count_phrase.match(subject, at, e) if self.count_may_start(at) else None
            elif det is not None and (at := self.past_possessive(sep.end(), e)) > sep.end():
                # "un chef et ses deux fils", "un campesino y sus dos nietos"
                nm = rx.count_phrase.match(subject, at, e)
            if nm is None:
                # "a 72-year-old woman and a 15-year-old boy": a singular count; after a
                # bare comma only a known people noun (", a term the army uses" is apposition)
                aged = self.aged_singular(member_at, e)  # "та 67-річна пенсіонерка"
                nxt = self.single_item(
                    member_at if aged is None else aged,
                    e,
                    definite=self.possessive_at(sep.end(), e),
                )
                if nxt is not None:
                    nxt.start = sep.end()
                if nxt is None or (
                    not self.g.conjunctions.intersection(self.low[sep.start() : sep.end()].split())
                    and nxt.head not in self.g.head_nouns
                ):
                    break
                if verb_outcome is not None and self.own_clause(sep.start(), sep.end(), nxt.end, e):
                    break  # "погиб водитель, его супруга ранена": a clause of its own
                if (
                    len(items) > 1
                    and self.possessive_at(sep.end(), e)
                    and not self.g.conjunctions.intersection(
                        self.low[sep.start() : sep.end()].split()
                    )
                    and self.g.conjunctions.intersection(
                        self.low[items[-2].end : cur.start].split()
                    )
                ):
                    # "una mujer y un niño de 8 años, su nieto": after the member a
                    # conjunction closed the list with, a possessive one after a bare comma
                    # is that member named again (an apposition), no member of its own
                    break
                items.append(nxt)
                cur = nxt
                continue
            nxt = self.item(nm, e)
            if nxt is None or not nxt.names_group or nxt.relative:
                break
            if verb_outcome is not None and rx.aux_outcome.match(subject, nxt.end, e):
                break  # "killed two and 15 were wounded": a clause of its own
            if (
                verb_outcome is not None
                and nxt.outcome not in (None, verb_outcome)
                and not self.people_noun_at(nxt.end, e)
            ):
                # "загинув чоловік, двоє поранених": a count with its own outcome noun (not
                # an adjective before a people noun: "killing … 2 other displaced people")
                break
            if member_at != sep.end():
                self.minor_before(nxt)  # "limon satan 15 yaşındaki bir genç"
            items.append(nxt)
            cur = nxt
        outcome = verb_outcome or first.outcome
        if outcome is None and len(items) > 1 and items[-1].outcome is not None:
            outcome = items[-1].outcome
        end = fail_end = items[-1].end
        if verb_outcome is Outcome.INJURED and first.outcome is None:
            # "ağır yaralı 2 asker daha hastanede hayatını kaybetti": wounded, then dead
            died = rx.aux_outcome.match(subject, end, e)
            if (
                died is not None
                and self.outcome_of(died) is Outcome.KILLED
                and not self.active_voice(died, end, e)
            ):
                outcome, end = Outcome.KILLED, died.end()
        elif verb_outcome is None and first.outcome is Outcome.INJURED and len(items) == 1:
            # "three wounded soldiers died", "deux blessés ont succombé", "двое раненых
            # скончались": people counted by their wounds who then died are dead
            died_at = self.injured_died_at(first, e)
            if died_at is not None:
                outcome, end = Outcome.KILLED, died_at
        if verb_kind == "todeath":
            death_end = self.to_death_after(end, e)
            if death_end is None:
                return fail_end
            outcome, end = Outcome.KILLED, death_end
        if outcome is None or (verb_kind == "leave" and first.outcome is None):
            am = rx.aux_outcome.match(subject, end, e)
            if am is None and text[end : end + 1] in _QUOTES:
                am = rx.aux_outcome.match(subject, end + 1, e)  # '"dozens of terrorists" died'
            if (
                am is None
                and self.g.relatives
                and outcome is None
                and verb_kind is None
                and len(items) == 1
            ):
                am = self.after_postmodifier(end, e)
            if am is None and (closer := _FIGURE_CLOSER_RE.match(text, end, e)) is not None:
                # "12 membres des Forces de défense et de sécurité (FDS) ont été tués": the
                # party's acronym stands between its name and the outcome; '"dozens of
                # terrorists" died': a quote closes on the figure before its outcome
                am = rx.aux_outcome.match(subject, closer.end(), e)
            if (
                am is None
                and verb_kind is None
                and first.names_group
                and self.apposition(first.start, end, s)
            ):
                # "O resto da população, cerca de 3.500 pessoas, refugiou-se nas matas": the
                # figure in apposition to the subject, its verb after the closing comma
                am = rx.aux_outcome.match(subject, end + 1, e)
            if verb_kind is None and len(items) == 1 and first.names_group:
                # what may stand between the counted subject and its verb, each tried while no
                # verb is found: a "most of them" apposition ("40 villagers, mostly children,
                # were abducted"; its people are no count of their own), then a relative clause
                # or a participle phrase ("двое водителей, пытавшихся скрыться, были застрелены")
                for inserted_end in (
                    self.majority_apposition_end,
                    self.comma_clause_end,
                    self.according_insert_end,
                ):
                    if am is None and (verb_at := inserted_end(end, e)) is not None:
                        am = rx.aux_outcome.match(subject, verb_at, e)
            if am is None and verb_kind is None and first.names_group:
                # "una civil, una comerciante de 52 años, también perdió la vida": one person
                # named again between commas (read as a list of two where the second is a
                # people noun), then the figure's outcome
                after: int | None = None
                if len(items) == 1:
                    after = self.apposition_after(end, e)
                elif len(items) == 2 and self.singular_apposition(items):
                    after = items[1].end + 1
                elif len(items) == 2 and self.singular_pair(items):
                    # "Ещё один фигурант, 35-летний житель Нальчика, был нейтрализован": the
                    # list reader takes the aged singular as a second member; the apposition
                    # runs on to its closing comma
                    after = self.apposition_after(items[0].end, e)
                if after is not None:
                    am = rx.aux_outcome.match(subject, after, e)
                    if am is None and len(items) == 1:
                        # "Ещё один фигурант, 24-летний уроженец республики, оказал
                        # сопротивление и был нейтрализован": a second predicate's outcome
                        am = self.coordinated_outcome(after, e)
                    if am is not None:
                        if first.kind == "total":
                            # "один человек, водитель автобуса, погиб": the person of no side
                            # takes the group the apposition's noun names (a civilian)
                            first.kind = self.apposition_kind(items[0].end, after)
                        items = items[:1]
            if (
                am is None
                and outcome is None
                and verb_kind is None
                and len(items) == 1
                and first.names_group
                and self.opens_clause(first.start, s)
                and (head_end := self.known_head_end(first)) is not None
            ):
                am = self.coordinated_outcome(head_end, e)
                if am is not None and head_end != end:
                    self.trim_to(first, head_end)  # "один бойовик [чинив опір] і був …"
                    end = head_end
            if am is None and verb_kind is None and len(items) == 1 and first.names_group:
                # "un troisième, grièvement blessé, a été évacué", "a third, seriously
                # wounded, was evacuated": the outcome in an apposition between two commas
                am = self.outcome_apposition(end, e)
            if am is not None and self.g.leave_place and not self.leaves_place(am, first):
                am = None  # "200 soldiers left the base": troops, no displaced
            if am is not None and not self.active_voice(am, end, e):
                outcome = self.outcome_of(am)
                end = am.end()
        if verb_kind == "vso" and first.kind not in ("civilians", "combatants", "total"):
            return fail_end  # after a subject, only a noun of people is the verb's object
        if outcome is None and self.g.bracket_gap and items[-1].names_group:
            closing = self.bracket_outcome(end, e)
            if closing is not None:
                outcome, end = closing
        if outcome is None and first.names_group:
            outcome, end = self.after_relative(end, e, outcome)
        if outcome is None and first.names_group and self.g.object_pronouns:
            outcome = self.pronoun_object(end, e)
        if outcome is None and len(items) == 1:
            outcome = self.gapped_ordinal(first, end, s)
        if outcome is Outcome.INJURED:
            # "a student was injured by a bullet and later died": killed
            later = self.later_died(end, e)
            if later is not None:
                outcome, end = Outcome.KILLED, later
        if (
            first.kind is None
            and first.actor_text is None
            and first.outcome is None
            and verb_outcome is not None
            and end == first.end
            and not rx.bare_boundary.match(subject, first.end, e)
            and self.pronoun_partitive_end(first.end, e) is None  # "four of them": people
        ):
            return fail_end  # "captured 12 villages": the verb's object is no person
        breakdown: list[_Item] = []
        if len(items) == 1:
            bm = (
                rx.breakdown.match(subject, end, e)
                if _breakdown_may_start(self.g, subject, end, e)
                else None
            )
            if (mid := self.pronoun_partitive_end(end, e)) is not None and (
                bm is None or not self.breakdown_list(bm.end(), e, outcome, first.count.high)
            ):
                # "اقتادوا أربعة منهم، بينهم شقيقان": "of them", then the parts
                bm = (
                    rx.breakdown.match(subject, mid, e)
                    if _breakdown_may_start(self.g, subject, mid, e)
                    else None
                )
            if bm is None and outcome is not None and self.late_breakdown_may_match(end, e):
                bm = rx.late_breakdown.match(subject, end, e)
                if bm is not None and self.counts_between(end, bm.end()):
                    bm = None  # "two died and nine were hurt, including a policeman"
            if bm is not None:
                breakdown = self.breakdown_list(bm.end(), e, outcome, first.count.high)
                if breakdown:
                    end = breakdown[-1].end
                    if outcome is None:
                        tail = _PARTS_CLOSE_RE.match(text, end, e)
                        am = rx.aux_outcome.match(subject, tail.end() if tail else end, e)
                        if am is not None:
                            outcome = self.outcome_of(am)
                            end = am.end()
                elif outcome is None and bm.group().strip(_BREAKDOWN_MARKS + " "):
                    # "Au moins 50 personnes, dont des femmes et des enfants, ont été tuées":
                    # parts with no count; the outcome after them is the total's
                    close = _UNCOUNTED_PARTS_END.match(text, bm.end(), e)
                    if close is not None:
                        am = rx.aux_outcome.match(subject, close.end(), e)
                        if am is not None:
                            outcome = self.outcome_of(am)
                            end = am.end()
                if outcome is None and bm.group().strip(_BREAKDOWN_MARKS + " "):
                    # the list holds a part the list reader does not take ("…, including a
                    # 70-year-old man, were killed", "…, including three women, two teachers
                    # and a chief, were killed"): the outcome right after one of the list's
                    # commas is still the total's
                    closed = self.outcome_after_parts(bm.end(), e)
                    if closed is not None:
                        outcome, end = closed
        if outcome is None:
            return fail_end
        if (
            first.head is None
            and first.actor_text is None
            and not first.mods
            and _YEAR_RE.fullmatch(first.count.text or "")
        ):
            return fail_end  # a year, not a count ("… in 2016 were …", "in 2022 displaced")
        self.shared_qualifier(items, s)
        self.record(items, breakdown, outcome, s, e)
        return end

    def pronoun_partitive_end(self, pos: int, e: int) -> int | None:
        """Where a partitive pronoun right after a figure's words ends ("four of them",
        "أربعة منهم"), else None."""
        at = pos + len(self.low[pos:e]) - len(self.low[pos:e].lstrip())
        pm = self.g.partitive_part.match(self.low, at, e)
        return pm.end() if pm is not None and pm.group("pron") is not None else None

    def outcome_apposition(self, pos: int, e: int) -> re.Match[str] | None:
        """The outcome (maybe with an adverb of degree) standing alone between a comma at
        ``pos`` and the next one ("…, grièvement blessé, a été évacué"), else None."""
        if self.text[pos : pos + 1] != ",":
            return None
        am = self.rx.aux_outcome.match(self.subject, pos + 1, e)
        if am is None or self.text[am.end() : am.end() + 1] != ",":
            return None
        return am

    def outcome_after_parts(self, pos: int, e: int) -> tuple[Outcome, int] | None:
        """The outcome with its auxiliary right after a comma or a closing bracket of a
        list of parts that starts at ``pos`` (at most ``_PARTS_REACH`` characters, no end of
        a sentence or clause mark before it), and where it ends; None where there is none."""
        rx = self.rx
        stop = min(e, pos + _PARTS_REACH)
        for close in _PARTS_LIST_CLOSE_RE.finditer(self.text, pos, stop):
            if close.group() in ";:.!?(":
                return None
            am = rx.aux_outcome.match(self.subject, close.end(), e)
            if am is not None:
                return self.outcome_of(am), am.end()
        return None

    def apposition(self, start: int, end: int, s: int) -> bool:
        """Whether the figure in ``[start, end)`` stands between two commas after a noun (a
        word, not a count): an apposition to the clause's subject ("O resto da população,
        cerca de 3.500 pessoas, refugiou-se")."""
        if self.text[end : end + 1] != ",":
            return False
        before = self.text[s:start].rstrip()
        if not before.endswith(","):
            return False
        words = before[:-1].split()
        return bool(words) and words[-1][-1:].isalpha() and words[-1].isalpha()

    def bodies_part(self, words: list[str]) -> Outcome | None:
        """The outcome of a noun of the dead before a breakdown's intro and a pronoun standing
        for it ("recovered more bodies, including those of", "d'autres corps, dont ceux
        de"): the count after them is a part of those dead; None where the words end
        otherwise."""
        g = self.g
        for head in g.breakdown_heads:
            rest = words[: -len(head)]
            if tuple(words[-len(head) :]) != head or not rest:
                continue
            for n in g.noun_part_lengths:
                if len(rest) > n and tuple(rest[-n:]) in g.noun_parts_left:
                    before = rest[: -n - 1]
                    last = rest[-n - 1]
                    if last[-1:] not in ",،":
                        continue
                    # the noun, or a place after it ("more bodies near the market,"): up to
                    # _BODIES_REACH words back, no other mark
                    for noun in [last[:-1], *reversed(before[-_BODIES_REACH:])]:
                        if noun[-1:] in _MARK_ENDS:
                            break
                        outcome = g.among_nouns.get(noun) or g.outcome_nouns.get(noun)
                        if outcome is not None:
                            return outcome
        return None

    def majority_apposition_end(self, pos: int, e: int) -> int | None:
        """Where a "most of them" apposition right after a figure's words ends (after its
        closing comma: ", mostly women and girls,", "، معظمهم من النساء،"), else None."""
        pattern = self.g.majority_apposition
        if pattern is None or (om := pattern.match(self.low, pos, e)) is None:
            return None
        close = _MAJORITY_REST_RE.match(self.low, om.end(), e)
        return None if close is None else close.end()

    def according_insert_end(self, pos: int, e: int) -> int | None:
        """Where a source's insert between commas right after a figure's words ends (after
        its closing comma: ", по данным агентства,", ", according to the police,"), else
        None: an opener of the attribution tables (``attribution.according``,
        ``according_forms``), then up to 80 characters with no digit and no other mark."""
        pattern = self.g.according_insert
        if pattern is None or (am := pattern.match(self.low, pos, e)) is None:
            return None
        close = _MAJORITY_REST_RE.match(self.low, am.end(), e)
        return None if close is None else close.end()

    def according_cut(self, words: list[str]) -> list[str] | None:
        """The words before a count with a source's insert after "among the dead" (or its
        copula) taken out, else None: "Среди погибших, по данным канала, два офицера",
        "among the dead were, according to police, two", and with no commas after the copula
        "Unter den Toten ist nach Angaben der Stadtverwaltung auch eine" (an adverb of
        ``among_adverbs`` right before the count is kept)."""
        g = self.g
        for k in range(max(1, len(words) - 8), len(words)):
            if words[k] not in g.according_firsts:
                continue
            if not any(tuple(words[k : k + n]) in g.according_phrases for n in g.according_lengths):
                continue
            before = words[k - 1]
            if before[-1:] in ",،":
                frame = before[:-1]
                inside = words[k:-1]
                if (
                    (frame in g.among_copulas or frame in g.among_nouns)
                    and words[-1][-1:] in ",،"
                    and not any(w[-1:] in ",،" or w[:1].isdecimal() for w in inside)
                ):
                    return [*words[: k - 1], frame]
            elif before in g.among_copulas and not any(
                w[-1:] in ",،.;:" or w[:1].isdecimal() for w in words[k:]
            ):
                return [*words[:k], *words[-1:]] if words[-1] in g.among_adverbs else words[:k]
        return None

    def comma_clause_end(self, pos: int, e: int) -> int | None:
        """Where a relative clause or a participle phrase between commas right after a
        figure's words ends (after its closing comma: ", пытавшихся скрыться,", ", які
        перебували в авто,"), else None.  It opens with a word of
        ``constructions.comma_clause`` (a relative, or a participle by its ending, never an
        outcome or a people noun: ", пострадавших при взрыве," is no such phrase) and runs
        up to 80 characters with no digit and no other mark."""
        g = self.g
        if not (g.comma_clause_relatives or g.comma_clause_endings):
            return None
        m = _COMMA_WORD_RE.match(self.low, pos, e)
        if m is None:
            return None
        w = m.group(1)
        if w not in g.comma_clause_relatives and not (
            g.comma_clause_endings
            and w.endswith(g.comma_clause_endings)
            and w not in g.outcome_words
            and w not in g.outcome_nouns
            and w not in g.head_nouns
        ):
            return None
        close = _MAJORITY_REST_RE.match(self.low, m.end(), e)
        return None if close is None else close.end()

    def apposition_after(self, pos: int, e: int) -> int | None:
        """Where an apposition after a figure's words ends: a comma, an indefinite or
        definite singular ("una comerciante de 52 años", "a mother of three"), at most
        eight words with no other mark, and a closing comma; None where there is none."""
        if self.text[pos : pos + 1] != ",":
            return None
        close = self.text.find(",", pos + 1, min(e, pos + 80))
        if close < 0:
            return None
        words = self.low[pos + 1 : close].split()
        g = self.g
        if not words or len(words) > 8:
            return None
        first = words[0]
        if len(words) > 1 and (
            first in g.singular_counts
            or first in g.definite_singulars
            # (or an age before the noun, in a language with no articles: "24-летний
            # уроженец республики")
            or (g.bare_singulars and _HYPHENATED_NUMBER_RE.fullmatch(first))
        ):
            return None if any(w[-1] in ';:.!?()"' for w in words) else close + 1
        # A noun of people with no article ("один человек, водитель автобуса, погиб",
        # "uma adolescente, sobrinha dele, foi baleada") or a possessive and one ("a boy,
        # her nephew, was hit"): the same person named by trade or kin, never a list (no
        # conjunction: "двое, женщина и ребёнок," are its parts).  (The cheap test first:
        # most commas after a figure open no such noun.)
        noun = first
        if len(words) > 1 and (first in g.count_possessives or first in g.singular_possessives):
            noun = words[1]
        if noun not in g.head_nouns and noun not in g.bare_singulars:
            return None
        if (
            # (an outcome's noun is none: ", пострадавших при взрыве," is a clause)
            noun in g.outcome_words
            or noun in g.outcome_nouns
            or noun in g.among_nouns
            or any(w in g.conjunctions or w[-1] in ';:.!?()"' for w in words)
        ):
            return None
        return close + 1

    def apposition_kind(self, pos: int, close: int) -> str:
        """The group the noun of an apposition between ``pos`` and ``close`` names when the
        apposition opens with it, maybe after a possessive ("водитель автобуса": civilians;
        "her nephew": civilians); "total" where it names none or opens otherwise (an age or
        an article: "35-летний житель Нальчика" may be a suspect's description)."""
        g = self.g
        words = self.low[pos:close].strip(" ,،").split()
        if len(words) > 1 and words[0] in g.count_possessives | g.singular_possessives:
            words = words[1:]
        if words and (words[0] in g.head_nouns or words[0] in g.bare_singulars):
            return g.kind_of_head(words[0])
        return "total"

    def singular_pair(self, items: list[_Item]) -> bool:
        """Whether two singulars are joined by a bare comma (no conjunction)."""
        first, second = items
        return (
            first.count.low == first.count.high == 1
            and second.count.low == second.count.high == 1
            and self.text[first.end : second.start].strip() == ","
        )

    def singular_apposition(self, items: list[_Item]) -> bool:
        """Whether two singulars joined by a bare comma, with a comma after the second, are
        one person named twice ("una civil, una comerciante de 52 años, …"): a list of
        people joins its last member with a conjunction."""
        return self.singular_pair(items) and self.text[items[1].end : items[1].end + 1] == ","

    def after_postmodifier(self, pos: int, e: int) -> re.Match[str] | None:
        """The outcome after a relative clause or a participle phrase that follows the
        figure's words ("un civil que pasaba por el lugar también resultó herido", "un hombre
        acusado de robar una moto murió"): up to ten words with no mark, then an outcome with
        an auxiliary or a finite outcome verb ("los heridos" inside the clause is no outcome
        of the figure)."""
        g = self.g
        if not g.relatives:
            return None
        wm = _NP_WORD_RE.match(self.low, pos, e)
        if wm is None:
            return None
        w = wm.group(1)
        if self.text[wm.start(1)].isupper():
            # a name after the noun ("dois indígenas Guarani-Kaiowá ficaram feridos"): up to
            # three capitalised words, then the outcome
            for _ in range(3):
                pos = wm.end()
                wm = _NP_WORD_RE.match(self.low, pos, e)
                if wm is None or not self.text[wm.start(1)].isupper():
                    break
            return self.rx.aux_outcome.match(self.subject, pos, e)
        if (
            w not in g.relatives
            # a participle phrase after the figure's words, or its complement ("personnes
            # soupçonnées de liens avec …"; constructions.participle_phrase)
            and not (
                g.phrase_participles
                # (the lexicon's endings alone: English "-ed" is also a finite verb's, "twelve
                # people attended the funeral and three were killed")
                and w.endswith(g.phrase_participles)
                and w not in g.outcome_words
                and w not in g.not_people  # a noun that ends like one ("un communiqué")
            )
            and not (
                g.complement_participles
                and w.endswith(g.complement_participles)
                and w not in g.not_people
            )
            and not (w in g.complement_preps and self.ends_in_participle(pos))
            and not (
                g.purpose_infinitives
                and w.endswith(g.purpose_infinitives)
                and self.ends_in_participle(pos)
            )
        ):
            return None
        pos = wm.end()
        if w in g.relatives and self.low.startswith(",", pos):
            # a parenthetical after the pronoun: "un joven que, según sus familiares, fue…"
            comma = self.low.find(",", pos + 1, min(e, pos + 60))
            if comma < 0:
                return None
            pos = comma + 1
        for _ in range(10):
            am = self.rx.aux_outcome.match(self.subject, pos, e)
            if am is not None:
                verb = max(am.start("phrase"), am.start("word"))
                if (
                    self.low[pos:verb].split()
                    or am.start("phrase") >= 0  # a verb phrase: "perdió la vida"
                    or self.low[verb : am.end()] in g.finite_outcomes
                ):
                    return am
                return None
            nxt = _NP_WORD_RE.match(self.low, pos, e)
            if nxt is None:
                return None
            w = nxt.group(1)
            if w[0].isdigit() or (w in g.counts.number_words and w not in g.single_starts):
                return None  # (a count in the phrase is the outcome's: "… and three were killed")
            pos = nxt.end()
        return None

    def known_head_end(self, it: _Item) -> int | None:
        """Where the figure's words end at their last people noun of the lexicon: their own
        end when their head is one, else the end of the last such noun among them when an
        open noun phrase ran on past it into a predicate ("один бойовик чинив опір"); None
        when none is."""
        g = self.g
        if it.head is not None and it.head.lower() in g.head_nouns:
            return it.end
        if it.group_start is None:
            return None
        last = None
        for wm in _PLAIN_WORD_RE.finditer(self.low, it.group_start, it.end):
            if wm.group() in g.head_nouns:
                last = wm.end()
        return last

    def trim_to(self, it: _Item, at: int) -> None:
        """End ``it``'s words at ``at``, after the people noun :meth:`known_head_end` found."""
        start = it.group_start if it.group_start is not None else it.start
        words = self.text[start:at].split()
        it.end, it.head = at, words[-1]
        it.mods = " ".join(words[:-1])
        it.group_text = self.text[start:at]
        kind = self.g.kind_of_head(words[-1].lower())
        if kind != "total":
            it.kind = kind

    def coordinated_outcome(self, pos: int, e: int) -> re.Match[str] | None:
        """The outcome of a second predicate of the figure's people, after a first one and a
        conjunction ("Ещё один боевик оказал сопротивление и был нейтрализован", "another
        suspect opened fire and was killed", "five people were in the car and died"): up to
        ``_COORDINATED_WORDS`` words with no mark and no number, a conjunction, then an
        outcome with no object of its own ("… stormed the house and killed two" is theirs)."""
        g = self.g
        for k, wm in enumerate(self.clause_words(pos, e, _COORDINATED_WORDS)):
            w = wm.group(1)
            if w in g.conjunctions:
                if k == 0:
                    return None  # no first predicate: a list, not two predicates
                am = self.rx.aux_outcome.match(self.subject, wm.end(), e)
                if am is None or self.object_follows(am.end(), e):
                    return None
                verb = max(am.start("phrase"), am.start("word"))
                if not self.low[wm.end() : verb].split() and (
                    self.low[verb : am.end()].strip() in g.left_verbs
                ):
                    return None  # an active verb of doing it: "… and seized livestock"
                return am
        return None

    def opens_clause(self, start: int, s: int) -> bool:
        """Whether the figure at ``start`` opens its clause (the subject of a predicate):
        at its sentence's start, or after a mark or a conjunction."""
        before = self.low[s:start].rstrip()
        if not before or before[-1] in _CLAUSE_MARKS:
            return True
        last = before.split()[-1]
        g = self.g
        if last in g.others_words and len(before.split()) > 1:
            last = before.split()[-2]  # "… и ещё один боевик"
        elif last in g.others_words:
            return True  # "Ещё один боевик …"
        return last in g.conjunctions or last in g.clause_openers

    def ends_in_participle(self, pos: int) -> bool:
        """Whether the figure's words ending at ``pos`` end in a participle of
        ``constructions.participle_phrase`` ("une vingtaine de personnes soupçonnées"), so
        that a preposition after them opens the participle's complement ("… soupçonnées de
        liens avec la CPC ont été interpellées"), not a party's name."""
        last = self.low[max(0, pos - 40) : pos].split()[-1:]
        return bool(last) and last[0].endswith(self.g.complement_participles)

    def bracket_outcome(self, pos: int, e: int) -> tuple[Outcome, int] | None:
        """The participle that closes the figure's clause a few words on ("wurden …
        mehr als 12.000 Zivilisten in der Ukraine getötet", "Ein Polizist sei von einem
        Stein getroffen und leicht verletzt worden"): up to the grammar's gap of words
        with no mark, digit or active auxiliary ("Drei Soldaten hätten Zivilisten getötet":
        the figure did it), then an outcome the clause ends with."""
        g, low = self.g, self.low
        if low[pos : pos + 1] in _CLOSING_QUOTES:
            # a quoted figure before its verb: '"en az 20 militanının" öldürüldüğünü'
            pos += 1
            am = self.rx.aux_outcome.match(self.subject, pos, e)
            if am is not None and self.clause_ends(am.end(), e):
                return self.outcome_of(am), am.end()
        previous = ""
        for _ in range(g.bracket_gap):
            wm = _NP_WORD_RE.match(low, pos, e)
            if wm is None:
                return None  # a mark or the sentence's end: the clause closed with no outcome
            word = wm.group(1)
            if word[0].isdigit() or word in g.bracket_active:
                return None
            if previous not in g.bracket_agents and (
                word in g.head_nouns or g.compound(word) is not None
            ):
                return None  # other people, no agent: the verb's object ("… Zivilisten getötet")
            previous = word
            pos = wm.end()
            am = self.rx.aux_outcome.match(self.subject, pos, e)
            if am is not None and self.clause_ends(am.end(), e):
                return self.outcome_of(am), am.end()
        return None

    def clause_ends(self, pos: int, e: int) -> bool:
        """Whether the clause ends at ``pos``: a mark, the sentence's end, or a word that
        follows a clause-final participle (an auxiliary, a conjunction)."""
        rest = self.low[pos:e].lstrip()
        if not rest or rest[0] in _CLAUSE_END_MARKS:
            return True
        return rest.split(maxsplit=1)[0].rstrip(_CLAUSE_END_MARKS) in self.g.bracket_ends

    def active_voice(self, am: re.Match[str], end: int, e: int) -> bool:
        """Whether the outcome verb right after a figure's words has an object of its own
        ("an unknown gunman shot and killed a farmer", "3 soldiers killed 12 militants"): the
        figure's people did it, they were not its victims.  Only a verb with no auxiliary
        before it ("were killed" is passive) and a count or a singular right after it."""
        verb = max(
            am.start("phrase"), am.start("word"), am.start("stem") if self.g.outcome_stems else -1
        )
        between = self.low[end:verb].split()
        if (
            between
            and not self.g.verb_or_relative.issuperset(between)
            # the perfect of an active verb ("une embuscade a tué 11 soldats", "an ambush has
            # killed 11 soldiers"): its subject did it, whatever it names
            and not (
                between[-1] in self.g.perfect_auxiliaries
                and (
                    self.low[verb : am.end()].strip() in self.g.left_verbs
                    # ("had shot dead 4 civilians": a verb phrase before its object)
                    or tuple(self.low[verb : am.end()].split()) in self.g.left_phrases
                    # "une foule a brûlé vif un homme": a verb of burning and a tail of death
                    or self.g.death_phrase(self.low[verb : am.end()])
                )
            )
        ):
            return False  # an auxiliary: "were killed", "have been shot dead"
        # "a hunter shot dead another": a verb of its own ("shot") is no auxiliary
        return self.object_follows(am.end(), e)

    def object_follows(self, pos: int, e: int) -> bool:
        """Whether a verb's object (a count or a singular: "a farmer", "12 militants") starts
        right after ``pos``."""
        nxt = _NP_WORD_RE.match(self.low, pos, e)
        if nxt is None:
            return False
        if nxt.group(1) in self.g.object_markers:
            # "ha herido a 11 soldados": the personal "a" before the object
            nxt = _NP_WORD_RE.match(self.low, nxt.end(), e)
            if nxt is None:
                return False
        start = nxt.start(1)
        if nxt.group(1) in self.g.singular_counts:
            # "a farmer", not "a week"; "shot dead another"
            return self.single_item(start, e, alone=True) is not None
        if nxt.group(1) in self.g.definite_singulars:
            # "killed his brother", "killed the soldiers": a definite person is an object too
            it = _Item(count=self.g.one, start=start, end=nxt.end())
            if not self.open_np(it, nxt.end(), e) or it.head is None:
                return False
            # a plural only when it is a known people noun ("the soldiers", not "el jueves")
            return it.head in self.g.head_nouns or not (
                it.head.endswith("s") and not it.head.endswith("ss")
            )
        return self.count_may_start(start) and (
            self.rx.count_phrase.match(self.subject, start, e) is not None
        )

    def counts_between(self, start: int, end: int) -> bool:
        """Whether a number word or a vague quantity stands between ``start`` and ``end``
        (digits the late-breakdown pattern already excludes)."""
        words = self.g.counts.number_words
        vague = self.g.counts.vague
        return any(w.strip(",;:") in words or w in vague for w in self.low[start:end].split())

    def shared_qualifier(self, items: list[_Item], s: int) -> None:
        """A qualifier governs every count it scopes: "at least 12 killed and 46 injured"
        gives 46 the "at least" of 12 (an exact count coordinated right after a qualified
        figure of the same sentence, with no group of its own)."""
        first = items[0]
        if not self.out or first.count.qualifier is not CountQualifier.EXACT:
            return
        prev = self.out[-1]
        if prev.sentence_start != s or prev.figure.count.qualifier is CountQualifier.EXACT:
            return
        # only the previous figure's outcome words and "and" / a comma between them
        gap = self.low[prev.end_char : first.start].replace(",", " , ").split()
        # an "others" word after the conjunction is the figure's own ("y otras seis")
        while gap and gap[-1] in self.g.others_words:
            gap.pop()
        if not gap or (gap[-1] not in self.g.conjunctions and gap[-1] != ","):
            return
        if any(w not in self.g.coordination_gap for w in gap[:-1]):
            return
        if first.head is not None or first.actor_text is not None:
            return
        words = (prev.figure.count.text or "").split()
        numbers = self.g.counts.number_words
        k = next(
            (i for i, w in enumerate(words) if w[:1].isdigit() or w.lower() in numbers),
            0,
        )
        if k == 0:
            return
        shared = count_or_none(" ".join([*words[:k], first.count.text or ""]), self.g.counts)
        if shared is not None:
            first.count = attrs.evolve(shared, text=first.count.text)

    def list_qualifier(self, items: list[_Item]) -> None:
        """A qualifier before the first count of a list sharing one outcome governs the
        list: "levaram pelo menos sete crianças e três mulheres", "entre ellos unos 300 niños
        y 45 adultos mayores" (the second count, exact and joined by the conjunction alone,
        takes the first one's "at least" / "about"; a count with a qualifier or a vague word
        of its own keeps it)."""
        for a, b in itertools.pairwise(items):
            if (
                a.count.qualifier not in _LIST_QUALIFIERS
                or b.count.qualifier is not CountQualifier.EXACT
                or self.low[a.end : b.start].split() not in self.g.conjunction_gaps
            ):
                continue
            words = (a.count.text or "").split()
            numbers = self.g.counts.number_words
            k = next((i for i, w in enumerate(words) if w[:1].isdigit() or w.lower() in numbers), 0)
            if k == 0:
                continue
            shared = count_or_none(" ".join([*words[:k], b.count.text or ""]), self.g.counts)
            if shared is not None and shared.qualifier is a.count.qualifier:
                b.count = attrs.evolve(shared, text=b.count.text)

    def leaves_place(self, am: re.Match[str], first: _Item) -> bool:
        """Whether the outcome ``am`` matched stands for the figure ``first``: any outcome
        but a verb of leaving a place (``constructions.leave_place``), which counts the
        displaced only among civilians or people of no side ("cerca de 2.300 pessoas
        deixaram Chai"; "200 soldados deixaram a base" is none)."""
        word = " ".join((self.group_of(am, "word") or "").lower().split())
        if word not in self.g.leave_place:
            return True
        return first.kind == "civilians" or first.head in self.g.leave_people

    def outcome_of(self, am: re.Match[str]) -> Outcome:
        phrase = self.group_of(am, "phrase")
        if phrase:
            return self.g.phrase_outcomes[" ".join(phrase.lower().split())]
        stem = self.group_of(am, "stem") if self.g.outcome_stems else None
        if stem:
            return self.g.outcome_stems[" ".join(stem.lower().split())]
        return self.g.outcome_words[(self.group_of(am, "word") or "").lower()]

    def breakdown_list(
        self, pos: int, e: int, outcome: Outcome | None, limit: int | None = None
    ) -> list[_Item]:
        """The parts after a breakdown's intro; ``limit`` (the total's upper bound) ends the
        list at a count no part can have ("in total 7 killed, among them a child, 24 wounded":
        24 is a figure of its own)."""
        text, subject, rx = self.text, self.subject, self.rx
        out: list[_Item] = []
        joined = True  # the first part, or one after a conjunction
        while True:
            pos = self.past_age(pos, e)  # "aralarında 16 yaşındaki bir genç"
            at = self.past_possessive(pos, e)  # "among them a chief and his two sons"
            m = rx.count_phrase.match(subject, at, e) if self.count_may_start(at) else None
            if m is not None and self.aged_singular(pos, e) is not None:
                m = None  # "серед них 12-річна дівчинка": an age, then one person
            elif m is not None and self.low[m.end() : m.end() + 1] == "-":
                m = None  # "among them a two-month-old baby": the number word is the age's
            if m is None:
                # a part that is one person or two ("بينهم طفلة", "بينهم امرأتان")
                single = self.bare_part(pos, e)
                if single is not None:
                    out.append(single)
                    sep = rx.list_sep.match(subject, self.past_member(single, e), e)
                    if sep is None:
                        break
                    pos = sep.end()
                    joined = self.joined_at(sep)
                    continue
                # a singular part: "killing 17 people, among them a police officer"
                one = self.single_item(pos, e, definite=self.possessive_at(pos, e))
                if one is None or one.kind is None:
                    break  # (a part of no group says nothing its total does not)
                if one.kind == "total" and (one.head is None or not joined):
                    # a person of no side is a part first or after a conjunction ("among
                    # them a 70-year-old man and …"); after a bare comma one is apposition
                    # or a source ("…, including five children, a local official said")
                    break
                it: _Item | None = one
            else:
                it = self.item(m, e)
                if it is not None:
                    it.start = min(it.start, pos)
            if it is not None:
                self.minor_before(it)
            if it is not None and not it.names_group:
                # "of whom 28 were civilians"
                were = rx.were.match(subject, it.end, e)
                if were is not None:
                    hm = rx.head.match(subject, were.end(), e)
                    if hm is not None:
                        it.head = text[hm.start("head") : hm.end("head")].lower()
                        it.kind = self.g.kind_of_head(it.head)
                        it.group_text = " ".join(text[hm.start("mods") : hm.end()].split())
                        it.end = hm.end()
            if (
                it is not None
                and not it.names_group
                and not out
                and self.g.bare_part is not None
                and self.g.bare_part.match(self.low, it.end, e)
            ):
                it.kind, it.bare_part = "total", True  # "dont onze grièvement"
            if it is None or not it.names_group:
                break
            if it.outcome is not None and outcome is not None and it.outcome is not outcome:
                break  # "including 28 dead and 40 wounded": other outcomes, not parts
            if limit is not None and (it.count.low or 0) > limit:
                break
            own = rx.aux_outcome.match(subject, it.end, e)
            if own is not None and outcome is not None and self.outcome_of(own) is not outcome:
                break  # "…, among them two minors, and 1,200 people fled": a figure of its own
            out.append(it)
            sep = rx.list_sep.match(subject, self.past_member(it, e), e)
            if sep is None:
                break
            pos = sep.end()
            joined = self.joined_at(sep)
        return out

    def past_member(self, it: _Item, e: int) -> int:
        """Where a list member ends: past its personal name in apposition
        (:meth:`past_name`), then past a complement the list goes on after ("a son of the
        village head, a teacher and …", "un guardia de seguridad del local y dos
        hermanas", "ein Pfleger des örtlichen Krankenhauses sowie …":
        ``constructions.member_complement``).  The complement is a word of the table and
        up to six words with no count, conjunction or outcome among them (a parenthesised
        acronym may close it), and a list separator must follow it; the member's own
        words stay as they were."""
        end = self.past_name(it, e)
        g, low = self.g, self.low
        if not g.member_complements:
            return end
        pos = end
        wm = _NP_WORD_RE.match(low, end, e)
        named = it.actor_text is not None  # the rest of a party's name ("nationale d'Haïti")
        if wm is not None and (named or wm.group(1) in g.member_complements):
            at, words = (end if named else wm.end()), 0
            while words < _COMPLEMENT_WORDS:
                nxt = _NP_WORD_RE.match(low, at, e)
                if nxt is None:
                    break
                w = nxt.group(1)
                if (
                    w in g.conjunctions
                    or w[0].isdigit()
                    or w in g.counts.number_words
                    or w in g.outcome_words
                    or self.rx.aux_outcome.match(self.subject, at, e) is not None
                ):
                    break
                at, words = nxt.end(), words + 1
            if words:
                pos = at
        acronym = _ACRONYM_RE.match(low, pos, e)
        if acronym is not None:
            pos = acronym.end()
        if g.age_after is not None and low[pos : pos + 1] == ",":
            age = g.age_after.match(low, pos + 1, e)  # "…, de 41 anos, e seis suspeitos"
            if age is not None and low[age.end() : age.end() + 1] == ",":
                pos = age.end()
        pos = self.past_relative(pos, e)
        if pos == end:
            return end
        sep = self.rx.list_sep.match(self.subject, pos, e)
        if sep is None or (
            it.kind == "total" and it.head not in g.head_nouns and not self.joined_at(sep)
        ):
            # a noun of no known people goes on only to a conjunction: "d'un large réseau
            # de sources en Syrie, au moins 25 personnes" is no list
            return end
        return pos

    def past_prenominal_relative(self, pos: int, e: int) -> int:
        """Where the next list member starts after a relative clause standing before its noun
        ("ve pazarda limon satan 15 yaşındaki bir genç"): at most ``_PRENOMINAL_WORDS`` words
        with no mark, number or outcome word, the last a participle (an ending of
        ``constructions.prenominal_relative.endings``), then a count; ``pos`` itself where
        there is none."""
        g, low = self.g, self.low
        p = pos - 1  # (the separator's space opens the first word)
        for _ in range(_PRENOMINAL_WORDS):
            wm = _NP_WORD_RE.match(low, p, e)
            if wm is None:
                return pos
            w = wm.group(1)
            if self.ends_prenominal_relative(w):
                return pos
            p = wm.end()
            if w.endswith(g.prenominal_endings):
                at = p
                while at < e and low[at].isspace():
                    at += 1
                return at if p < at < e and self.count_may_start(at) else pos
        return pos

    def past_relative(self, pos: int, e: int) -> int:
        """Where a relative clause after a list member ends, at the conjunction of the
        next member ("una mujer de 56 años que vendía comida frente a la estación y un niño
        de 8 años"), or ``pos``: a relative of ``constructions.relatives`` and up to ten
        words with no count, people noun or outcome among them and no mark (a clause that
        names people, "que viajaba con su esposa y dos hijos", may hold its own list)."""
        g, low = self.g, self.low
        rel = _NP_WORD_RE.match(low, pos, e) if g.relatives else None
        if rel is None or rel.group(1) not in g.relatives:
            return pos
        at, words = rel.end(), 0
        while words < _RELATIVE_WORDS:
            nxt = _NP_WORD_RE.match(low, at, e)
            if nxt is None:
                return pos
            w = nxt.group(1)
            if w in g.conjunctions:
                return at if words else pos
            if (
                w[0].isdigit()
                or w in g.counts.number_words
                or w in g.head_nouns
                or w in g.bare_singulars
                or w in g.outcome_words
                or self.rx.aux_outcome.match(self.subject, at, e) is not None
            ):
                return pos
            at, words = nxt.end(), words + 1
        return pos

    def past_name(self, it: _Item, e: int) -> int:
        """Where a list member's personal name in apposition ends ("a 65-year-old imam,
        Musa Bello, and …", "60-летний учитель Иван Петров и …": one person, named twice,
        no count of its own), or the member's end where none follows it. The name is one
        to five capitalised words (or ``constructions.name_apposition.particles``), no
        word of the casualty tables, closed by a comma where a comma opens it, and a list
        separator must follow it."""
        g, text, end = self.g, self.text, it.end
        if not g.name_apposition or it.count.high != 1:
            return end
        pos = end
        comma = text[pos : pos + 1] == ","
        pos += comma
        words = 0
        last = None
        while words < _NAME_WORDS:
            wm = _NP_WORD_RE.match(text, pos, e)
            if wm is None:
                break
            word = wm.group(1)
            low = word.lower()
            capital = word[0].isupper() and not word.isupper()
            if not (capital or (words and low in g.name_particles)):
                break
            if capital and (
                low in g.head_nouns
                or low in g.bare_singulars
                or low in g.single_starts
                or low in g.counts.number_words
                or low in g.outcome_nouns
            ):
                return end  # a noun of the tables ("Frauen", "Kinder"), no name
            pos, words = wm.end(), words + 1
            if capital:
                last = pos
        if last is None:
            return end
        if comma:
            if text[last : last + 1] != ",":
                return end
        elif self.rx.list_sep.match(self.subject, last, e) is None:
            return end
        return last

    def joined_at(self, sep: re.Match[str]) -> bool:
        """Whether a list's separator holds a conjunction ("and", ", and"), not a bare comma."""
        return not self.g.conjunctions.isdisjoint(sep.group().replace(",", " ").split())

    def past_age(self, pos: int, e: int) -> int:
        """Where the count starts after an age before it at ``pos`` ("16 yaşındaki bir
        genç", "20 ve 23 yaşlarındaki 2 oğlu": ``constructions.age_before``), or ``pos``."""
        g = self.g
        if not g.ages_before or not self.low[pos : pos + 1].isdecimal():
            return pos
        at = pos
        for _ in range(4):  # an age, or two joined ("20 ve 23")
            wm = _PLAIN_WORD_RE.match(self.low, at, e)
            if wm is None:
                return pos
            if wm.group() in g.ages_before:
                nxt = _NP_WORD_RE.match(self.low, wm.end(), e)
                return pos if nxt is None else nxt.start(1)
            if not (wm.group().isdecimal() or wm.group() in g.conjunctions):
                return pos
            nxt = _NP_WORD_RE.match(self.low, wm.end(), e)
            if nxt is None:
                return pos
            at = nxt.start(1)
        return pos

    def minor_before(self, it: _Item) -> None:
        """A person of no side named with an age under 18 before the count ("16 yaşındaki
        bir genç": ``constructions.age_before``) is a child, a civilian."""
        if it.kind != "total" or not self.g.ages_before:
            return
        words = self.low[max(0, it.start - 30) : it.start].split()
        if len(words) < 2 or words[-1] not in self.g.ages_before:
            return
        ages = [int(w) for w in words[-4:-1] if w.isdecimal()]
        if words[-2].isdecimal() and all(a < _ADULT_AGE for a in ages):
            it.kind = "civilians"

    def own_clause(self, sep: int, pos: int, end: int, e: int) -> bool:
        """Whether the one person from ``pos`` to ``end`` after a bare comma at ``sep`` (no
        conjunction) is the subject of a clause of its own, not a member of the list before
        it: an outcome of its own follows ("погиб водитель, его супруга ранена"), or it opens
        with a possessive of ``constructions.possessive_singular`` and a word other than a
        conjunction follows ("погиб водитель, его супруга рассказала …"; "…, его жена и сын"
        is a list)."""
        g = self.g
        if g.conjunctions.intersection(self.low[sep:pos].split()):
            return False
        if self.rx.aux_outcome.match(self.subject, end, e):
            return True
        if not g.possessives:
            return False
        first = _PLAIN_WORD_RE.match(self.low, pos, e)
        if first is None or first.group() not in g.possessives:
            return False
        nxt = _NP_WORD_RE.match(self.low, end, e)
        return nxt is not None and nxt.group(1) not in g.conjunctions

    def possessive_at(self, pos: int, e: int) -> bool:
        """Whether a possessive determiner opens the list member at ``pos`` ("… and his
        wife", "… et sa fille"): one person of the table, not one already counted."""
        wm = _PLAIN_WORD_RE.match(self.low, pos, e) if self.g.count_possessives else None
        return wm is not None and wm.group() in self.g.count_possessives

    def past_possessive(self, pos: int, e: int) -> int:
        """Where the count starts after a possessive determiner at ``pos`` ("his two sons",
        "ses deux filles", "seine drei Söhne": ``constructions.possessive_count.before``),
        or ``pos`` where none stands there."""
        g = self.g
        if not g.count_possessives:
            return pos
        wm = _PLAIN_WORD_RE.match(self.low, pos, e)
        if wm is None or wm.group() not in g.count_possessives:
            return pos
        nxt = _NP_WORD_RE.match(self.low, wm.end(), e)
        if nxt is None or not self.count_may_start(nxt.start(1)):
            return pos
        return nxt.start(1)

    def bare_part(self, pos: int, e: int) -> _Item | None:
        """A breakdown's part that is a bare singular or dual noun ("بينهم طفلة"), in a
        language with such nouns (no article makes them one)."""
        g = self.g
        if not (g.bare_singulars or g.dual_nouns):
            return None
        aged = self.aged_singular(pos, e)  # an age before the noun ("12-річна дівчинка")
        wm = _PLAIN_WORD_RE.match(self.low, pos if aged is None else aged, e)
        if wm is None or (wm.group() not in g.bare_singulars and wm.group() not in g.dual_nouns):
            return None
        it = self.single_item(wm.start(), e)
        if it is not None:
            it.start = pos
        return it

    def record(
        self, items: list[_Item], breakdown: list[_Item], outcome: Outcome, s: int, e: int
    ) -> None:
        self.list_qualifier(items)
        self.list_qualifier(breakdown)
        if breakdown and items[0].count.high == 1 and len(breakdown) == 1:
            # "помер ще один поранений — 67-річний чоловік": one person named again, no part
            breakdown = []
        if breakdown:
            total = items[0]
            total_group = self.group(total)
            if total_group == "total":
                # "Два мирных жителя погибли, еще шестеро, включая ребенка, ранены": "others"
                # of the group just named, as a figure with no parts is (below), unless a
                # part is of another group ("еще пятеро, в том числе двое мирных жителей")
                others = self.others_past_subgroups(total, s, outcome)
                if others is not None and all(
                    self.group(b) in (others, "total") for b in breakdown
                ):
                    total_group = others
            parts: list[tuple[_Item, str, str | None]] = []
            for b in breakdown:
                g = total_group if b.bare_part else self.group(b)
                if g == "total" and b.kind == "total" and b.actor_text is None:
                    # a person of no side takes the group of the total they are one of
                    # ("six civilians, among them a village chief": a civilian)
                    g = total_group
                # A part of its total's own group ("28 civilians, including 10 children") is
                # a subgroup, named by its own words (its head noun; a bare part's words after
                # its count: "dont onze grièvement"); a part with no such words adds nothing.
                sub = self.subgroup_words(b, e) if g == total_group else None
                if g != total_group or sub is not None:
                    parts.append((b, g, sub))
            consistent = True
            if total.count.high is not None:
                # (subgroups may overlap one another: only the other groups' parts add up)
                groups = sum(b.count.low or 0 for b, g, _ in parts if g != total_group)
                consistent = groups <= total.count.high
            total_index = len(self.out)
            role: Role = "total" if parts else "standalone"
            self.out.append(self.mention(total, total_group, outcome, s, e, role, None, consistent))
            for b, g, sub in parts:
                self.out.append(self.part(b, g, sub, outcome, s, e, total_index, consistent))
            return
        for k, it in enumerate(items):
            group = self.group(it)
            if k == 0 and group == "total":
                group = self.others_past_subgroups(it, s, outcome) or group
            if group == "total" and it.head is None and it.actor_text is None:
                group = self.lead_group(s, it.start) or group
            self.out.append(self.mention(it, group, outcome, s, e, "standalone", None, True))

    def part(
        self,
        b: _Item,
        group: str,
        subgroup: str | None,
        outcome: Outcome,
        s: int,
        e: int,
        total_index: int,
        consistent: bool,
    ) -> CasualtyMention:
        """The mention of a breakdown's part; a subgroup's figure points at its total by the
        total's index in this list, as in a report's figures."""
        part = self.mention(b, group, outcome, s, e, "breakdown", total_index, consistent)
        if subgroup is None:
            return part
        figure = attrs.evolve(part.figure, part_of=total_index, subgroup=subgroup)
        return attrs.evolve(part, figure=figure)

    def others_past_subgroups(
        self, it: _Item, s: int, outcome: Outcome | None = None
    ) -> str | None:
        """:meth:`others_group` read past the subgroup parts that end the figures so far: the
        "others" after "12 civilians, including four children" are set against the twelve
        (civilians), as a subgroup lies inside its total."""
        out = self.out
        end = len(out)
        while end and out[end - 1].figure.subgroup is not None:
            end -= 1
        if end == len(out):
            return self.others_group(it, s, outcome)
        hidden = out[end:]
        del out[end:]
        try:
            return self.others_group(it, s, outcome)
        finally:
            out.extend(hidden)

    def subgroup_words(self, it: _Item, e: int) -> str | None:
        """The words naming a part of its total's own group, lower-cased: its head noun
        ("women", "أطفال"), or the last of its words that the lexicon knows for people where
        the head is none ("3 çocuk var": çocuk), else its group's words, else a bare part's
        words after its count ("grièvement"); None when it has none."""
        g = self.g
        known = [
            w
            for w in (it.group_text or "").lower().split()
            if w in g.people_nouns or g.kind_of_head(w) != "total"
        ]
        head = it.head.lower() if it.head else None
        if head is not None and (head in known or not known):
            return head
        if known:
            return known[-1]
        if it.group_text:
            return " ".join(it.group_text.lower().split())
        if it.bare_part and self.g.bare_part is not None:
            words = self.g.bare_part.match(self.low, it.end, e)
            if words is not None:
                return " ".join(words.group().split()) or None
        return None

    def others_group(self, it: _Item, s: int, outcome: Outcome | None = None) -> str | None:
        """The group of "others" / "N more": the previous figure's, when it is in this
        sentence or the one before it ("three civilians were killed and 7 others wounded",
        "One soldier died. Three more were wounded").  A list sharing one outcome ("two
        soldiers and three others were killed") is read before this: its "others" are not
        of the group they are set against."""
        g = self.g
        if not g.others_words or not self.out:
            return None
        before = self.words_before(s, it.start, 24)
        alone = it.head is None and (it.count.text or "").casefold() in g.standalone_singulars
        # ('"au moins 20 militaires tués" et "plusieurs disparus"': a quote opening the count;
        # "faisait état de 11 soldats tués et de six disparus": the preposition repeated
        # after "and")
        joint = [w for w in before if w.strip(_QUOTES)]
        if len(joint) > 1 and joint[-1] in g.of_words and joint[-2] in g.conjunctions:
            # (the preposition the figure before stands after: "état de 11 … et de six", not
            # an article of a new noun phrase: "tués et des dizaines de blessés")
            last = self.out[-1]
            ahead = self.words_before(last.sentence_start, last.start_char, 24)
            if ahead and ahead[-1].strip(_QUOTES) == joint[-1]:
                joint.pop()
        # "one protester was shot dead and three were wounded": a bare count after "and";
        # "killing eight civilians and wounding nine" ("وإصابة تسعة"): after "and" and a verb
        bare = (
            it.head is None
            and not it.mods
            and it.actor_text is None
            and bool(before)
            and (
                (bool(joint) and joint[-1] in g.conjunctions)
                or self.coordinated_verb(before)
                # "40 civilians were killed, more than 60 were wounded", "sept bergers enlevés
                # près de la frontière, deux retrouvés morts": after a comma that ends the
                # previous figure's clause (a count with a case ending of its own, Turkish
                # "7'sinin", of them, says whom it counts: constructions.count_suffixes)
                or (
                    before[-1].endswith(",")
                    and (
                        before[-1].rstrip(",") in g.outcome_words
                        or (g.count_suffix is None and self.told_as_subject(self.out[-1], s))
                    )
                )
                # "погибли более 20 мирных жителей, свыше 150 получили ранения": after the
                # comma that ends a figure told verb first (its outcome before it)
                or (
                    bool(g.finite_outcomes)
                    and self.text[self.out[-1].end_char : it.start].strip() == ","
                )
            )
            and self.out[-1].sentence_start == s
        )
        # "two more people": a people noun after "more" names no new group
        more_people = it.head in g.people_nouns and bool(
            g.others_or_ordinals.intersection(it.mods.lower().split())
        )
        # "… y fue capturado un quinto": an ordinal as the head is one more of them
        ordinal = it.head in g.ordinal_others and it.count.low == 1
        if (
            it.head not in g.others_words
            and not (before and before[-1] in g.others_words)
            and not more_people
            and not alone  # "killed a trader and beheaded another": another trader
            and not bare
            and not ordinal
        ):
            return None
        if (
            it.head is not None
            and it.head not in g.others_words
            and not more_people
            and not ordinal
        ):
            return None  # "otras cuatro personas": the figure names its own people
        prev = self.out[-1]
        if prev.role == "breakdown" and prev.total_index is not None:
            # "killing 7 fighters, 4 SDF and 3 locals, and wounding 15 others": the others
            # are set against the total, not its last part
            prev = self.out[prev.total_index]
        if prev.role == "breakdown" or prev.figure.group == "total":
            return None
        among = self.among_total(prev)
        if among is not None and among.figure.group == "total":
            # "Among the dead were two children. 27 other people were wounded": set against
            # the dead the children are among, not the children
            return None
        # ("others" as the head or before the count: "22 others", "otros ocho"; not "more")
        others = it.head in g.others_words or bool(before and before[-1] in g.others_words)
        if self.ends_mixed_list(prev) or (others and self.ends_named_pair(prev)):
            # "Among the dead were a pastor, two teenagers and a police officer. Seven others
            # were wounded": set against the whole list, not its last member
            return None
        if prev.sentence_start != s:
            # "Another 20 were wounded" in the first sentence of the paragraph right after
            # its group's figure, of another outcome (set against a figure of its own, not a
            # part; "three more died" there add to the article's toll, not its last group)
            opens = (
                others
                and self.out[-1].role != "breakdown"
                and outcome is not None
                and outcome is not prev.figure.outcome
            )
            gap = self.text[prev.sentence_end : s]
            if (
                ("\n\n" in gap and not (opens and not gap.strip()))
                or prev.sentence_start >= s
                or len(gap) > _OTHERS_GAP
                or _DIGITS_RE.search(gap)
                or (len(gap.strip()) > 2 and not more_people)
            ):
                # (one sentence of no count may stand between "more people" and theirs)
                return None
            between = self.text[prev.end_char : prev.sentence_end]
            if _DIGITS_RE.search(between):
                return None  # another count came between them
        return prev.figure.group if among is None else among.figure.group

    def among_total(self, prev: CasualtyMention) -> CasualtyMention | None:
        """The earlier figure ``prev`` is told to be among ("Unter den Toten seien zwei
        Kinder", "Among the dead were two children": the last figure of the dead before it),
        else None: "others" after it are set against that figure, not its part."""
        g = self.g
        before = self.words_before(prev.sentence_start, prev.start_char, _AMONG_WIDTH)
        words = [w.strip(_AMONG_STRIP) for w in before]
        # "Seven children were among the dead": a copula and "among" right after the figure
        # (only where the word after its end is a copula: the cheap test first)
        after = self.low[prev.end_char : prev.end_char + _AMONG_WIDTH].split()[:4]
        if len(after) > 2 and after[0] in g.among_copulas and after[1] == g.among:
            words = [w.strip(_AMONG_STRIP) for w in after[1:]] + ["."]
        for k, word in enumerate(words[:-1]):
            if word != g.among:
                continue
            rest = words[k + 1 :]
            if rest and rest[0] in g.among_articles:
                rest = rest[1:]
            if rest and rest[0] in g.among_nouns:
                outcome = g.among_nouns[rest[0]]
                for m in reversed(self.out):
                    if (
                        m.end_char <= prev.start_char
                        and m.role != "breakdown"
                        and m.figure.outcome is outcome
                    ):
                        return m
                return None
        return None

    def told_as_subject(self, prev: CasualtyMention, s: int) -> bool:
        """Whether ``prev`` is no verb's object ("sept bergers enlevés …", "Three soldiers
        were killed …"; not "Troops killed 12 rebels", whose clause goes on with another
        subject)."""
        before = self.words_before(s, prev.start_char)
        g = self.g
        return not before or (before[-1] not in g.left_verbs and before[-1] not in g.object_markers)

    def ends_mixed_list(self, prev: CasualtyMention) -> bool:
        """Whether ``prev`` (the last figure read) closes a list of figures of one outcome
        and more than one group in its sentence."""
        if len(self.out) < 2 or self.out[-1] is not prev:
            return False
        before = self.out[-2]
        return (
            before.sentence_start == prev.sentence_start
            and before.role == prev.role
            and before.figure.outcome == prev.figure.outcome
            and before.figure.group != prev.figure.group
        )

    def ends_named_pair(self, prev: CasualtyMention) -> bool:
        """Whether ``prev`` (the last figure read) closes a pair of figures of one outcome
        in its sentence, people named apart and joined by a conjunction: "Nine women and
        five children were taken away …, and 22 others were wounded" sets the others
        against the pair (no women or children: their group is not the pair's), where "two
        more people" would be more of the same."""
        if len(self.out) < 2 or self.out[-1] is not prev:
            return False
        before = self.out[-2]
        joint = self.low[before.end_char : prev.start_char].split()
        return (
            before.sentence_start == prev.sentence_start
            and before.role == prev.role
            and before.figure.outcome == prev.figure.outcome
            and len(joint) == 1
            and joint[0] in self.g.conjunctions
            and before.group_text is not None
            and prev.group_text is not None
            and before.group_text.casefold() != prev.group_text.casefold()
        )

    def coordinated_verb(self, before: list[str]) -> bool:
        """Whether ``before`` ends with a verb before a count coordinated with "and" ("and
        wounding", "وإصابة"): the count after it is the verb's object, of the people just
        named."""
        g = self.g
        last = before[-1]
        if last not in g.left_verbs:
            # "и взяли в плен пятерых": a verb phrase of ``left_phrases`` after "and"
            return any(
                len(before) > n
                and before[-n - 1] in g.conjunctions
                and (
                    tuple(before[-n:]) in g.left_phrases
                    or (n > 2 and tuple(before[-2:]) in g.left_phrases)
                )
                for n in (2, 3)
            )
        if len(before) > 1 and before[-2] in g.conjunctions:
            return True
        return any(last.startswith(c) and last[len(c) :] in g.left_verbs for c in g.joined)

    def postposed_qualifier(self, it: _Item, e: int) -> None:
        """A qualifier after the figure's words governs its count ("12 مدنيا على الأقل")."""
        pattern = self.g.postposed
        if pattern is None or it.count.qualifier is not CountQualifier.EXACT:
            return
        pm = pattern.match(self.low, it.end, e)
        if pm is None:
            # past the modifiers after the head noun ("تسعة جنود صوماليين على الأقل")
            for pos in self.modifier_ends(it.end, e):
                pm = pattern.match(self.low, pos, e)
                if pm is not None:
                    break
        if pm is None:
            return
        qualifier = re.sub(_MARKS, "", self.text[pm.start() : pm.end()]).strip()
        text = f"{it.count.text} {qualifier}"
        count = count_or_none(text, self.g.counts)
        if count is not None:
            # the count's text as written, noun and all ("27 شخصاً على الأقل"): its words
            # are not contiguous without the noun
            it.count = attrs.evolve(count, text=self.text[it.start : pm.end()])
            it.end = pm.end()

    def mob_in(self, s: int, e: int) -> bool:
        """Whether a word of mob violence stands in ``[s, e)`` (the keyword pass's hits where
        it found them; the pattern where a re-folded letter makes it the only reader)."""
        mob = self.g.mob_words
        if mob is None:
            return False
        if self.mob_at is None:
            return mob.search(self.low, s, e) is not None
        i = bisect_left(self.mob_at, s)
        return i < len(self.mob_at) and self.mob_at[i] < e

    def others_qualifier(self, it: _Item, s: int) -> None:
        """A qualifier before an "others" word governs the count after it ("al menos otros
        41", "pelo menos outros 12"): the count is read with the qualifier's words."""
        g = self.g
        if not g.others_words or it.count.qualifier is not CountQualifier.EXACT:
            return
        words = self.words_before(s, it.start, 40)
        if len(words) < 2 or words[-1] not in g.others_words:
            return
        k = len(words) - 1
        while k > 0 and words[k - 1] in g.lead_words and len(words) - 1 - k < 3:
            k -= 1
        if k == len(words) - 1:
            return
        count = count_or_none(" ".join([*words[k:-1], it.count.text or ""]), g.counts)
        if count is not None and count.qualifier is not CountQualifier.EXACT:
            it.count = attrs.evolve(count, text=it.count.text)

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
        self.postposed_qualifier(it, e)
        if it.count.qualifier is CountQualifier.EXACT and self.g.others_words:
            before = self.low[max(s, it.start - 12) : it.start].split()
            if before and before[-1] in self.g.others_words:
                self.others_qualifier(it, s)  # "al menos otros 41"
        if group == "total" and outcome is not Outcome.CAPTURED and self.mob_in(s, e):
            # the people a mob lynches or beats are civilians; those arrested in a story of
            # mob violence are as often the mob ("linç girişimine katılan 17 kişinin
            # gözaltına alındığı")
            group = "civilians"
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


# The qualifiers a list's first count shares with the exact counts joined to it.
_LIST_QUALIFIERS: Final = frozenset(
    [
        CountQualifier.AT_LEAST,
        CountQualifier.MORE_THAN,
        CountQualifier.APPROXIMATELY,
        CountQualifier.AT_MOST,
    ]
)
_PLAIN_GROUPS: Final = frozenset(["total", "civilians", "combatants"])
# The actors whose members are civilians when a figure names them ("members of the ICRC").
_UNARMED_KINDS: Final = frozenset(
    [
        ActorKind.CIVILIANS,
        ActorKind.PROTESTERS,
        ActorKind.NGO,
        ActorKind.IGO,
        ActorKind.MEDIA,
        ActorKind.MONITOR,
    ]
)


def _bare_names(actor: str) -> list[str]:
    """The name inside a party's words, tried after them: without its quotes ('"قسد"'),
    without the lower-case words before its capitalised part ("the outlawed Baloch
    Liberation Army", "the paramilitary Frontier Corps") and then without those after it
    ("CODECO e", the conjunction of the next clause).

    >>> _bare_names("the outlawed Baloch Liberation Army")
    ['Baloch Liberation Army']
    >>> _bare_names('"قسد"')
    ['قسد']
    >>> _bare_names("CODECO e")
    ['CODECO']
    """
    out = []
    bare = actor.strip(_NAME_QUOTES)
    if bare != actor:
        out.append(bare)
    words = bare.split()
    for k, w in enumerate(words):
        if w[:1].isupper():
            if k > 0:
                out.append(" ".join(words[k:]))
            # "milicianos da CODECO e capturaram …", "do M23 ontem": the lower-case words
            # after the capitalised part are the clause's, not the name's
            last = len(words)
            while last > k + 1 and words[last - 1][:1].islower():
                last -= 1
            if last < len(words):
                out.append(" ".join(words[k:last]))
            break
    return out


def verb_object(lexicon: Lexicon, text: str, mention: CasualtyMention) -> bool:
    """Whether the figure's count is the object of an active verb of its outcome standing
    right before it ("killing three attackers", "وقتلوا ثلاثة من المهاجمين"; a conjunction
    joined to the verb is read off): the clause's subject did the deed.

    >>> from conflict_events.lexicon import load
    >>> text = "The SDF said its men killed three of the attackers."
    >>> [verb_object(load("en"), text, m) for m in find_casualties(text)]
    [True]
    >>> text = "Three attackers were killed."
    >>> [verb_object(load("en"), text, m) for m in find_casualties(text)]
    [False]
    """
    g = _grammar(lexicon)
    before = text[max(mention.sentence_start, mention.start_char - 40) : mention.start_char]
    words = before.casefold().split()
    if not words:
        return False
    last = words[-1]
    if last in g.left_verbs:
        return True
    return any(last.startswith(c) and last[len(c) :] in g.left_verbs for c in g.joined)


def _figure(outcome: Outcome, group: str, count: Count) -> CasualtyFigure:
    """``CasualtyFigure(outcome=outcome, group=group, count=count)``, without its converter
    and checks where they cannot change or reject anything: ``outcome`` comes from the word
    tables (an Outcome), ``count`` from the count parser, and the plain groups are valid.  An
    actor id (from any NameResolver) still goes through the checks."""
    if group in _PLAIN_GROUPS:
        return trusted(CasualtyFigure, outcome=outcome, group=group, count=count)
    return CasualtyFigure(outcome=outcome, group=group, count=count)


def _after_mark(
    plain: re.Pattern[str], after_mark: re.Pattern[str], low: str, lo: int, hi: int
) -> Iterator[tuple[int, re.Match[str]]]:
    """The matches of ``plain`` (a pattern opening on a look-behind for a mark) in
    ``low[lo:hi]`` with where each starts, as its ``finditer`` finds them: past the text's
    first character, by ``after_mark`` (the same pattern with the mark taken as its first
    character) from the character before ``lo``, which ``re`` skips to in C.  No match
    ends on a mark, so the mark after one match is never the end of the match before."""
    if lo == 0:
        for m in plain.finditer(low, 0, hi):
            yield m.start(), m
    else:
        for m in after_mark.finditer(low, lo - 1, hi):
            yield m.start() + 1, m


def _articles_before(g: _Grammar, low: str, lo: int, hi: int) -> list[int]:
    """Where the words of ``g.article_before`` start in ``low[lo:hi]``, as its ``finditer``
    finds them (:func:`_after_mark`, with ``g.article_after_mark``).

    >>> g = _grammar(load("en"))
    >>> low = "gunmen shot a farmer and a herder"
    >>> _articles_before(g, low, 5, len(low)) == [a.start() for a in g.article_before.finditer(low, 5)]
    True
    """
    return [at for at, _ in _after_mark(g.article_before, g.article_after_mark, low, lo, hi)]


def _partitives(g: _Grammar, low: str, s: int, e: int) -> list[tuple[int, int, str | None]]:
    """The matches of ``g.partitive_part`` in ``low[s:e]`` (start, end, noun), as its
    ``finditer`` finds them (:func:`_after_mark`, with ``g.partitive_after_mark``).

    >>> g = _grammar(load("en"))
    >>> low = "seven were wounded, three of them seriously, two of the wounded died"
    >>> _partitives(g, low, 5, len(low))
    [(26, 33, None), (49, 63, 'wounded')]
    """
    return [
        (at, m.end(), m.group("noun"))
        for at, m in _after_mark(g.partitive_part, g.partitive_after_mark, low, s, e)
    ]


def _partitive_parts(scanner: _Scanner, scanned: Sequence[tuple[int, int]]) -> None:
    """Add the parts a partitive count names in the sentences ``scanned`` ("Seven others were
    wounded, three of them seriously"; "dos de los heridos se encuentran en estado grave"),
    where no figure holds that count: a part of the last figure before it in its sentence
    (a pronoun), or of the last earlier figure of the noun's outcome ("of the wounded"), with
    that figure's outcome and group.  A partitive an outcome or a noun of people follows
    ("three of them soldiers", "two of the wounded died") is the grammar's, not this rule's."""
    g, out, low, text = scanner.g, scanner.out, scanner.low, scanner.text
    for s, e in scanned:
        for pm_start, pm_end, noun in _partitives(g, low, s, e):
            found = _partitive_count(scanner, s, pm_start)
            if found is None:
                continue
            count, start = found
            after = scanner.rx.aux_outcome.match(scanner.subject, pm_end, e)
            nxt = _NEXT_WORD_RE.match(low, pm_end, e)
            if nxt is not None and nxt.group(1) in g.head_nouns:
                continue
            outcome = None if noun is None else g.among_nouns[noun]
            if outcome is None and not _opens_partitive(g, text[s:start]):
                continue  # "assaulted one of them": a verb's object, not a part
            held = [i for i, m in enumerate(out) if m.start_char <= start < m.end_char]
            if held:
                m = out[held[0]]
                if not (
                    len(held) == 1
                    and m.start_char == start
                    and m.role == "standalone"
                    and m.figure.group == "total"
                    and m.figure.outcome is outcome
                ):
                    continue
                # "tres de los heridos" read as a figure of its own: a part instead
                j = held[0]
                del out[j]
                out[j:] = [
                    x
                    if x.total_index is None or x.total_index < j
                    else attrs.evolve(x, total_index=x.total_index - 1)
                    for x in out[j:]
                ]
            earlier = [
                k
                for k, m in enumerate(out)
                if m.end_char <= start
                and m.role != "breakdown"
                and (m.figure.outcome is outcome if outcome is not None else m.sentence_start == s)
            ]
            if not earlier:
                continue
            k = earlier[-1]
            total = out[k]
            if after is not None and (
                held or scanner.outcome_of(after) is not total.figure.outcome
            ):
                # an outcome of its own after the partitive; one that repeats the total's
                # ("52 wounded, four of them with gunshot wounds") still makes the part
                continue
            part = CasualtyMention(
                figure=_figure(total.figure.outcome, total.figure.group, count),
                start_char=start,
                end_char=pm_end,
                sentence_start=s,
                sentence_end=e,
                role="breakdown",
                total_index=k,
                group_text=total.group_text,
                consistent=total.consistent,
            )
            if total.role == "standalone":
                out[k] = attrs.evolve(total, role="total")
            at = bisect_right([m.start_char for m in out], start)
            out[at:] = [
                m
                if m.total_index is None or m.total_index < at
                else attrs.evolve(m, total_index=m.total_index + 1)
                for m in out[at:]
            ]
            out.insert(at, part)


def _opens_partitive(g: _Grammar, before: str) -> bool:
    """Whether the words ``before`` a partitive count end where a pronoun's part may open:
    at a mark (or the sentence's start), or a noun of the people's state right after one
    ("، حالة تسعة منهم حرجة": the condition of nine of them)."""
    before = before.rstrip()
    if before[-1:] in _PARTITIVE_OPENERS:
        return True
    head, _, last = before.rpartition(" ")
    return last.casefold() in g.partitive_states and head.rstrip()[-1:] in _PARTITIVE_OPENERS


def _partitive_count(scanner: _Scanner, s: int, end: int) -> tuple[Count, int] | None:
    """The count of up to three words that ends right before ``end`` (its longest reading),
    and where it starts."""
    text = scanner.text
    words = list(_WORD_SPAN_RE.finditer(text, max(s, end - 40), end))
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        start = words[-n].start()
        phrase = text[start : words[-1].end()]
        if not phrase[:1].isalnum() or not phrase[-1:].isalnum():
            continue
        count = count_or_none(phrase, scanner.g.counts)
        if count is not None:
            return count, start
    return None


# A name that goes on after a figure's words up to its acronym in parentheses ("deux
# volontaires pour la défense de la patrie (VDP)"): the words between, then the acronym.
_DEFINED_NAME_RE: Final = re.compile(r"([^\W\d][^(),.;:!?\d\n]{0,80}?)\s*\((\w[\w-]{1,11})\)")


def _defined_name(scanner: _Scanner) -> None:
    """A figure's words that open a name the text defines with its acronym right after them
    ("deux volontaires pour la défense de la patrie (VDP)", "tres integrantes de las Fuerzas
    Armadas Revolucionarias (FAR)"): the party the name and its acronym both resolve to, where
    it is armed (docs/casualties-and-claims.md, "Twelfth session: a combatant's side")."""
    out, text = scanner.out, scanner.text
    if scanner.registry is None:
        return
    for i, m in enumerate(out):
        if m.figure.group not in _PLAIN_GROUPS or not m.group_text:
            continue
        if text[m.end_char : m.end_char + 1] not in " \u00a0":
            continue
        dm = _DEFINED_NAME_RE.match(text, m.end_char + 1, m.sentence_end)
        if dm is None or sum(c.isupper() for c in dm.group(2)) < 2:
            continue
        phrase = f"{m.group_text} {' '.join(dm.group(1).split())}"
        found = resolve_id(scanner.registry, [dm.group(2)], cache=scanner.cache)
        if (
            found is None
            or resolve_id(scanner.registry, [phrase], cache=scanner.cache) != found
            or scanner.unarmed(found)
        ):
            continue
        out[i] = _regroup(m, found, phrase)


_ROLE_GROUPS: Final = "casualties.constructions.role_groups"
_UNIT_MEN: Final = "casualties.constructions.unit_men"
# The nouns of a state's soldiers without the state ("soldats"): the first is asked of the
# article's bare force rule for the force a unit's men belong to (docs/names.md).
_BARE_MILITARY: Final = "names.descriptors.bare_nouns.military"
# How far before a figure's sentence, within its paragraph, a unit of a force is read.
_UNIT_REACH: Final = 300


class _RoleWords(NamedTuple):
    """The words of the role rules (docs/casualties-and-claims.md, "Fourteenth session:
    civilians by trade and role"), read once per lexicon."""

    #: a partitive after a figure: ", among the" (the people noun after it is read apart)
    among: re.Pattern[str] | None
    #: words of a civil body whose employees or officials are civilians
    administrations: frozenset[str]
    #: the nouns of a force's "men" and a pattern of its units' nouns
    men: frozenset[str]
    units: re.Pattern[str] | None
    #: the noun the bare force rule is asked with
    soldier: str | None


@functools.cache
def _role_words(lexicon: Lexicon) -> _RoleWords:
    among = [w.lower() for w in lexicon.optional_words(f"{_ROLE_GROUPS}.among")]
    units = [w.lower() for w in lexicon.optional_words(f"{_UNIT_MEN}.units")]
    soldiers = lexicon.optional_words(_BARE_MILITARY)
    return _RoleWords(
        among=compiled(rf"\s*[,،]?\s*{_phrases(among)}\s+") if among else None,
        administrations=frozenset(
            w.casefold() for w in lexicon.optional_words(f"{_ROLE_GROUPS}.administrations")
        ),
        men=frozenset(w.casefold() for w in lexicon.optional_words(f"{_UNIT_MEN}.men")),
        units=compiled(rf"(?<!\w){word_alternation(units)}(?!\w)") if units else None,
        soldier=soldiers[0].lower() if soldiers else None,
    )


def _unnamed(g: _Grammar, m: CasualtyMention) -> bool:
    """Whether ``m``'s words name no people of the lexicon (none, or an outcome noun)."""
    return not any(
        w.strip(_AMONG_STRIP) in g.head_nouns for w in (m.group_text or "").lower().split()
    )


def _role_groups(
    scanner: _Scanner, words: _RoleWords, bare_force: Callable[[str], str | None] | None
) -> None:
    """The group of a figure of no group named by the people after it or by their employer
    (docs/casualties-and-claims.md, "Fourteenth session: civilians by trade and role"):

    * a partitive after it ("trois morts parmi les chauffeurs", "seven dead among the
      soldiers", "من بين السائقين"): the group of the people noun after ``among`` (with the
      article's state force for a bare force noun, as the figure's own noun would have);
    * officials or employees of a civil body ("трех сотрудников районной администрации",
      "two council officials"): a head the lexicon does not know for people ("personas del
      municipio" are no officials), no armed body's word and a word of ``administrations``
      among the figure's words: civilians;
    * a count of a force's "men" said of its unit ("L'escorte a riposté, mais nous avons
      perdu douze hommes"): where a noun of ``units`` stands in its sentence or, within its
      paragraph, just before it, no civilian noun is in its sentence and the article's bare
      force rule names a state force, that force.

    Run before the context's groups, so that a toll updating such a figure follows it."""
    out, g, low = scanner.out, scanner.g, scanner.low
    for i, m in enumerate(out):
        group = m.figure.group
        if group not in ("total", "combatants") or m.role == "breakdown":
            continue
        if group == "total" and words.among is not None and _unnamed(g, m):
            am = words.among.match(low, m.end_char, m.sentence_end)
            # (read as the party after "of" where "among" follows it: "أربعة قتلى من بين
            # السائقين", the figure's words "بين السائقين")
            named = (m.group_text or "").lower().split()
            if am is not None or (len(named) == 2 and named[0] == g.among):
                wm = _WORD_SPAN_RE.match(low, am.end()) if am is not None else None
                word = (wm.group() if wm is not None else named[-1]).strip(_AMONG_STRIP)
                word = g.prefixed_head(word) or word if g.noun_prefixes else word
                kind = g.noun_kind(word)
                if kind is not None and kind != "total":
                    side = bare_force(word) if bare_force and kind == "combatants" else None
                    out[i] = _regroup(m, side or kind, word)
                    continue
        text_words = [w.strip(_AMONG_STRIP) for w in (m.group_text or "").casefold().split()]
        if not text_words:
            continue
        if (
            group == "total"
            and words.administrations
            and len(text_words) > 1
            and not any(w in g.head_nouns or w in g.armed_words for w in text_words)
            and any(w in words.administrations for w in text_words)
        ):
            out[i] = _regroup(m, "civilians", m.group_text)
            continue
        if (
            text_words[0] in words.men
            and words.units is not None
            and bare_force is not None
            and words.soldier is not None
        ):
            lo = max(m.sentence_start - _UNIT_REACH, low.rfind("\n", 0, m.sentence_start) + 1)
            if words.units.search(low, lo, m.sentence_end) is None:
                continue
            sentence = low[m.sentence_start : m.sentence_end].split()
            if any(w.strip(_AMONG_STRIP) in g.civilian_nouns for w in sentence):
                continue  # "six hommes et deux femmes": not the force's men alone
            side = bare_force(words.soldier)
            if side is not None:
                out[i] = _regroup(m, side, m.group_text)


_ALL_APPOSITION: Final = "casualties.constructions.all_apposition.words"


@functools.cache
def _all_words(lexicon: Lexicon) -> re.Pattern[str] | None:
    """``lexicon``'s words of an apposition that says what all the people counted were
    ("seven dead, all civilians"), as one pattern after a comma; None without any."""
    words = [w.lower() for w in lexicon.optional_words(_ALL_APPOSITION)]
    if not words:
        return None
    return compiled(rf"\s*[,،]\s*{word_alternation(words)}(?!\w)")


def _all_apposition(scanner: _Scanner, pattern: re.Pattern[str] | None) -> None:
    """A figure of no group followed by an apposition saying what all its people were
    ("O balanço subiu para sete mortos, todos civis", "seven dead, all of them civilians",
    "sept morts, tous des civils"): the group of that people noun
    (``constructions.all_apposition``; docs/casualties-and-claims.md, "Twelfth session: a
    combatant's side")."""
    if pattern is None:
        return
    out, g, low = scanner.out, scanner.g, scanner.low
    for i, m in enumerate(out):
        if m.figure.group != "total" or m.role == "breakdown":
            continue
        am = pattern.match(low, m.end_char, m.sentence_end)
        if am is None:
            continue
        # the first people noun of the next three words ("all of them soldiers")
        for wm in itertools.islice(_WORD_SPAN_RE.finditer(low, am.end(), m.sentence_end), 3):
            kind = g.noun_kind(wm.group().strip(_AMONG_STRIP))
            if kind is not None:
                if kind != "total":
                    words = scanner.text[wm.start() : wm.end()].strip(_AMONG_STRIP)
                    out[i] = _regroup(m, kind, words)
                break


def _others_after_parts(scanner: _Scanner) -> None:
    """ "Others" right after the parts of a total that the context gave its side ("We lost 17
    of our men, including a battalion commander, and 23 others are wounded": the speaker's
    ranks) are set against that total, as the scanner sets them where the total named its
    side itself; "N other <outcome noun>" of the outcome of the figure just before it, whose
    group the context gave ("Dos de los heridos murieron … y otros dos cuerpos"), are more of
    its people (docs/casualties-and-claims.md, "Twelfth session: a combatant's side")."""
    out, g = scanner.out, scanner.g
    for i, m in enumerate(out):
        if m.role != "standalone" or m.figure.group != "total":
            continue
        prev = out[i - 1] if i else None
        if (
            prev is not None
            and m.group_text is None
            and prev.role == "standalone"
            and prev.sentence_start == m.sentence_start
            and prev.figure.group != "total"
            and prev.figure.outcome is m.figure.outcome
            and ([*scanner.words_before(m.sentence_start, m.start_char, 24)] or [""])[-1]
            in g.others_words
        ):
            # "Dos de los heridos murieron … y otros dos cuerpos fueron hallados": more of the
            # people of a figure whose group the context gave
            out[i] = _regroup(m, prev.figure.group, prev.group_text)
            continue
        if (m.group_text or "").casefold() not in g.others_words and not (
            # "… including a company commander, and 22 are wounded": a bare count right
            # after the conjunction, the subject of its own outcome
            m.group_text is None
            # (the count alone: "و12 جريحاً" names its people by their outcome, of no group)
            and m.end_char - m.start_char <= len(m.figure.count.text or "")
            and ([*scanner.words_before(m.sentence_start, m.start_char, 16)] or [""])[-1]
            in g.conjunctions
        ):
            continue
        k = i - 1
        while k >= 0 and out[k].role == "breakdown" and out[k].total_index is not None:
            k -= 1
        if k == i - 1 and k >= 0 and m.group_text is None:
            prev = out[k]
            if (
                prev.role == "standalone"
                and prev.sentence_start == m.sentence_start
                and prev.figure.group != "total"
                and prev.figure.outcome is not m.figure.outcome
            ):
                # "We lost 9 of our men, and 15 are wounded": the context gave the first its
                # side after the scanner had read the bare count
                out[i] = _regroup(m, prev.figure.group, None)
            continue
        if k < 0 or k == i - 1:
            continue  # (no parts between: the scanner's rule read it)
        total = out[k]
        if (
            total.role == "total"
            and total.sentence_start == m.sentence_start
            and total.figure.group != "total"
            and all(out[j].total_index == k for j in range(k + 1, i))
        ):
            out[i] = _regroup(m, total.figure.group, m.group_text)


def _own_sides(
    scanner: _Scanner,
    bare_force: Callable[[str], str | None] | None,
    enemy_nouns: frozenset[str],
) -> None:
    """Give a figure of ``combatants`` whose words name no side the side a reader gives it
    (docs/casualties-and-claims.md, "Twelfth session: a combatant's side"): its words alone
    a bare force noun of the article ("the number of soldiers killed at 14": the toll's
    noun, ``bare_force``); a part of a total of one armed side ("17 of our men, including a
    battalion commander"), a subgroup of it; one told among the dead of an earlier figure of
    one side ("Among the dead were two officers", "Parmi les morts figure un lieutenant").
    A figure with a capitalised word of its own, or a noun for the other side
    (``enemy_nouns``), is left alone."""
    out, g = scanner.out, scanner.g
    for i, m in enumerate(out):
        if m.figure.group != "combatants" or m.figure.subgroup is not None:
            continue
        words = (m.group_text or "").split()
        low = [w.casefold().strip(_AMONG_STRIP) for w in words]
        if not words or any(
            w[:1].isupper() and x not in g.head_nouns for w, x in zip(words, low, strict=True)
        ):
            continue  # (a name of its own that did not resolve: never forced onto another)
        if any(w in enemy_nouns for w in low):
            continue
        side = bare_force(" ".join(low)) if bare_force is not None else None
        if side is None and bare_force is not None and len(low) == 1 and g.noun_prefixes:
            head = g.prefixed_head(low[0])  # "17 قتيلاً من الجنود": the joined article read off
            side = bare_force(head) if head is not None else None
        total = out[m.total_index] if m.role == "breakdown" and m.total_index is not None else None
        if (
            side is None
            and total is not None
            and total.figure.group not in _PLAIN_GROUPS
            and total.figure.outcome is m.figure.outcome
        ):
            side = total.figure.group
        if side is None and m.role != "breakdown":
            among = scanner.among_total(m)
            if (
                among is not None
                and among.figure.group not in _PLAIN_GROUPS
                and among.figure.outcome is m.figure.outcome
            ):
                side = among.figure.group
        if side is None:
            continue
        out[i] = _regroup(m, side, m.group_text)
        if total is not None and total.figure.group == side and m.total_index is not None:
            out[i] = _as_subgroup(g, out[i], m.total_index)
        for k in range(i + 1, len(out)):
            # (the total's own subgroups follow it: "два офицера — командир колонны …")
            part = out[k]
            if part.total_index == i and part.figure.subgroup is not None:
                out[k] = attrs.evolve(part, figure=attrs.evolve(part.figure, group=side))
            elif part.role != "breakdown":
                break


def _bare_toll(g: _Grammar, low: str, m: CasualtyMention) -> str | None:
    """The outcome noun right after ``m``'s count ("5 قتلى", "four wounded"), when the
    figure's words are its count and that noun, else None."""
    count = (m.figure.count.text or "").casefold()
    if not count or not low.startswith(count, m.start_char):
        return None
    words = low[m.start_char + len(count) : m.end_char].split()
    if not words or words[0].strip(_AMONG_STRIP) not in g.outcome_words:
        return None
    return " ".join(words[1:])


def _shared_complement(scanner: _Scanner) -> None:
    """A count of an outcome noun and nothing else, coordinated with a next one whose words
    after its outcome noun name the people ("إلى خمسة قتلى وأربعة جرحى من عناصر الحشد",
    "five dead and four wounded among the militia"): the complement names both
    (docs/casualties-and-claims.md, "Twelfth session: a combatant's side")."""
    out, g, low = scanner.out, scanner.g, scanner.low
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if (
            m.figure.group != "total"
            or m.group_text is not None
            or m.role != "standalone"
            or nxt.figure.group == "total"
            or nxt.figure.subgroup is not None
            or nxt.sentence_start != m.sentence_start
            or nxt.figure.outcome is m.figure.outcome
        ):
            continue
        between = low[m.end_char : nxt.start_char].strip()
        if between not in g.conjunctions and between not in g.joined:
            continue
        if _bare_toll(g, low, m) != "" or not _bare_toll(g, low, nxt):
            continue  # (the first has no words but its noun; the next has a complement)
        out[i] = _regroup(m, nxt.figure.group, nxt.group_text)


def _regroup(m: CasualtyMention, group: str, group_text: str | None) -> CasualtyMention:
    """``m`` with the group (and the words that named it) its context gives."""
    return attrs.evolve(m, figure=_figure(m.figure.outcome, group, m.figure.count),
                        group_text=group_text)  # fmt: skip


def _as_subgroup(g: _Grammar, part: CasualtyMention, total_index: int) -> CasualtyMention:
    """``part`` as a subgroup of the figure at ``total_index`` (of the same group now), named
    by the last of its words the lexicon knows for people, else all its words."""
    words = (part.group_text or "").lower().split()
    known = [w for w in words if w in g.people_nouns or g.kind_of_head(w) != "total"]
    name = known[-1] if known else " ".join(words) or None
    if name is None or part.figure.subgroup is not None:
        return part
    figure = attrs.evolve(part.figure, part_of=total_index, subgroup=name)
    return attrs.evolve(part, figure=figure)


def find_casualties(
    text: str, *, registry: NameResolver | None = None, lexicon: Lexicon | str = "en"
) -> list[CasualtyMention]:
    """Every casualty figure in ``text``, in text order, with its span, sentence and role.

    A total and its breakdown ("over 300 deaths, including 183 fighters and 28 civilians")
    come as one ``"total"`` mention followed by ``"breakdown"`` mentions pointing back at it.
    Groups that name a party ("183 from HTS", "100 government soldiers") resolve to an actor
    id with ``registry``; without one, or when the name does not resolve, they fall back to
    ``"combatants"`` and the words are kept in ``group_text``.  The words come from
    ``lexicon`` (a language code or a :class:`~conflict_events.lexicon.Lexicon`).  Never
    raises on any string.

    >>> [(m.figure.outcome.value, m.figure.group, m.figure.count.low, m.role)
    ...  for m in find_casualties("Clashes left over 300 dead, including 28 civilians.")]
    [('killed', 'total', 300, 'total'), ('killed', 'civilians', 28, 'breakdown')]
    >>> find_casualties("The city of 2 million was hit by 30 airstrikes.")
    []
    """
    text = as_text(text)
    lex = load(lexicon)
    found = keyword_hits(text, lex)
    outcome_hits = found.get(OUTCOMES)
    if not outcome_hits:
        return []
    hints = [h[0] for h in outcome_hits]
    g = _grammar(lex)
    # (a number word with a joined conjunction, "وثلاثة": the count starts after it)
    numbers = [h[0] + g.joined_numbers.get(h[2], 0) for h in found.get(NUMBERS)]
    spans = sentences(text, lexicon=lex)
    starts = [span[0] for span in spans]
    scanner = _Scanner(g, text, found.low, registry, hints)
    if not scanner.folded:
        mob = context_words(lex).mob_words
        scanner.mob_at = [h[0] for h in found.get(CONTEXT_WORDS) if h[2] in mob]
    low = found.low
    scanned: list[tuple[int, int]] = []
    # (the outcome nouns a part may follow: "the wounded, including …", _Grammar.noun_part)
    among_at = {h[0] for h in outcome_hits if h[2] in g.among_nouns}
    # (an ASCII text's digits by the pattern with its classes written out: a table look-up
    # per character where ``\d`` asks Unicode's)
    digits_re = pattern_for(_DIGITS_RE, text)
    for i in sorted({bisect_right(starts, p) - 1 for p in hints}):
        if i < 0:
            continue
        s, e = spans[i]
        cores = numbers[bisect_left(numbers, s) : bisect_left(numbers, e)]
        cores.extend(d.start() for d in digits_re.finditer(text, s, e))
        # "killed a farmer": the word after a casualty word may count one person
        singles = []
        for h in hints[bisect_left(hints, s) : bisect_left(hints, e)]:
            nxt = _NEXT_WORD_RE.match(low, h, e)
            if nxt is not None and nxt.group(1) in g.phrase_seconds:
                # "قضى على عنصر": past the second word of a verb phrase
                first = _PLAIN_WORD_RE.match(low, h, e)
                if first is not None and (first.group(), nxt.group(1)) in g.left_phrases:
                    after = nxt.end() + (low[nxt.end() : nxt.end() + 1] in _QUOTES)
                    nxt = _NP_WORD_RE.match(low, after, e)  # ('"قضى على" عنصر')
            if nxt is not None and nxt.group(1) in g.instrument_preps:
                # "killed by machete a farmer": past the instrument
                tool = _NP_WORD_RE.match(low, nxt.end(), e)
                nxt = _NP_WORD_RE.match(low, tool.end(), e) if tool is not None else None
            if nxt is not None and (
                nxt.group(1) in g.single_starts
                or (g.bare_singulars and scanner.aged_singular(nxt.start(1), e) is not None)
            ):
                singles.append(nxt.start(1))
            elif nxt is not None and nxt.group(1) in g.adjunct_preps:
                # "затримали в Дніпрі 27-річного чоловіка": past a place or time adjunct
                later = scanner.single_after_adjunct(nxt.end(), e)
                if later is not None:
                    singles.append(later)
            elif (
                nxt is not None
                and g.adjunct_participles
                and nxt.group(1).endswith(g.adjunct_participles)
                and (prep := _NP_WORD_RE.match(low, nxt.end(), e)) is not None
                and prep.group(1) in g.adjunct_preps
            ):
                # "погибли находившиеся в машине мужчина …": past a participle's adjunct
                later = scanner.single_after_adjunct(prep.end(), e)
                if later is not None:
                    singles.append(later)
            elif g.dash_copula:
                dash = _DASH_NEXT_RE.match(low, h, e)
                if dash is not None and (
                    dash.group(1) in g.single_starts
                    or scanner.aged_singular(dash.start(1), e) is not None
                ):
                    singles.append(dash.start(1))
            framed = (
                g.among_single.match(low, h, e)
                if h in among_at and g.among_single is not None
                else None
            )
            one = _PLAIN_WORD_RE.match(low, framed.end(), e) if framed is not None else None
            if one is not None and (
                one.group() in g.single_starts or scanner.aged_singular(one.start(), e) is not None
            ):
                singles.append(one.start())  # "among the dead was a soldier"
            part = g.noun_part.match(low, h, e) if h in among_at else None
            if part is not None:
                # "the wounded, including a 14-year-old girl": one person after the intro
                one = _PLAIN_WORD_RE.match(low, part.end(), e)
                if one is not None and (
                    one.group() in g.single_starts
                    or scanner.aged_singular(part.end(), e) is not None
                ):
                    singles.append(part.end())
            if g.gapped_ordinal is not None:
                gap = g.gapped_ordinal.search(low, h, min(e, h + 80))
                if gap is not None:
                    singles.append(gap.start(1))  # "…, вторая – по дороге в больницу"
            if g.marked_single is not None:
                marked = g.marked_single.search(low, h, min(e, h + 80))
                if marked is not None:
                    singles.append(marked.end())
            # the last article before it: the subject of a passive ("a farmer was killed")
            articles = _articles_before(g, low, max(s, h - 60), h)
            if articles:
                # (an age or adjective before a bare singular opens the subject: "43-летний
                # мужчина погиб", "67-річна пенсіонерка загинула")
                singles.append(scanner.modified_start(articles[-1], s, e))
        cores.extend(singles)
        if cores:
            scanner.scan(s, e, sorted(set(cores)), frozenset(singles))
            scanned.append((s, e))
    # A figure named by the people after it, by their employer or by its force's unit.
    _role_groups(scanner, _role_words(lex), getattr(registry, "_bare_force", None))
    # The group a figure's context gives it where its words name none ("12 of them").
    context_groups(
        text,
        low,
        scanner.out,
        lex,
        g.noun_kind,
        _regroup,
        getattr(registry, "_bare_force", None),
        None if scanner.folded else [h[0] for h in found.get(CONTEXT_WORDS)],
        functools.partial(_as_subgroup, g),
    )
    # (after the context's groups: a soldier's side, then the parts of the figures)
    _shared_complement(scanner)
    _others_after_parts(scanner)
    _defined_name(scanner)
    _all_apposition(scanner, _all_words(lex))
    _own_sides(scanner, getattr(registry, "_bare_force", None), context_words(lex).enemy_nouns)
    _suspects_parts(scanner)
    _feminine_epicene(scanner)
    # (after the context's groups: a part takes the group its figure ends with)
    _partitive_parts(scanner, scanned)
    return scanner.out


def _feminine_epicene(scanner: _Scanner) -> None:
    """A noun of either gender after a count word of the feminine ("varias jóvenes", "duas
    jovens", "une jeune") names women: civilians (``constructions.feminine_epicene``)."""
    out, g = scanner.out, scanner.g
    if not g.epicene_nouns:
        return
    for i, m in enumerate(out):
        if m.figure.group != "total" or m.group_text is None:
            continue
        words = m.group_text.casefold().split()
        count = (m.figure.count.text or "").casefold().split()
        if (
            len(words) == 1
            and words[0] in g.epicene_nouns
            and count
            and count[-1] in g.feminine_counts
        ):
            out[i] = _regroup(m, "civilians", m.group_text)


def _suspects_parts(scanner: _Scanner) -> None:
    """A part of a count of suspects of no side ("cuatro sospechosos, entre ellos un menor de
    edad", "three suspects, including a teenager") is one of the suspects: of no side too,
    a subgroup of its total, whatever group its own noun gives (a minor, a woman)."""
    out, g = scanner.out, scanner.g
    if not g.suspect_nouns:
        return
    for i, m in enumerate(out):
        k = m.total_index
        if m.role != "breakdown" or k is None or m.figure.group != "civilians":
            continue
        total = out[k]
        words = (total.group_text or "").casefold().split()
        if total.figure.group == "total" and any(
            w.strip(_AMONG_STRIP) in g.suspect_nouns for w in words
        ):
            out[i] = _as_subgroup(g, _regroup(m, "total", m.group_text), k)


def extract_casualties(
    text: str, *, registry: NameResolver | None = None, lexicon: Lexicon | str = "en"
) -> list[CasualtyFigure]:
    """The casualty figures of ``text``: the figures of :func:`find_casualties`, in order.

    >>> [(f.outcome.value, f.group, f.count.figure) for f in extract_casualties(
    ...     "Shelling killed four civilians and wounded 12 soldiers.")]
    [('killed', 'civilians', 4), ('injured', 'combatants', 12)]
    """
    return [m.figure for m in find_casualties(text, registry=registry, lexicon=lexicon)]
