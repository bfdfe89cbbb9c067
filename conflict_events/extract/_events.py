"""Candidate engagements: event-type cues in a sentence, with its factions, place and date.

:func:`find_event_cues` finds the words that say what happened ("captured", "air strikes",
"shelled", "car bomb", "clashes"...) and maps each to an ACLED sub-event type;
:func:`build_engagements` turns the cues of each sentence into :class:`Engagement` candidates
using the mentions the other extractors found.  Every rule is listed in ``docs/extraction.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

import attrs

from conflict_events.lexicon import Lexicon, load
from conflict_events.model import (
    Actor,
    ActorKind,
    Attribution,
    CasualtyReport,
    Engagement,
    EventType,
    Faction,
    FactionMember,
    FactionRole,
    GeoPrecision,
    Location,
    LocationKind,
    Outcome,
    SubEventType,
    TimeSpan,
)
from conflict_events.parse._counts import phrase_alternation, word_alternation
from conflict_events.text._accel import compiled
from conflict_events.text._keywords import (
    Vocabulary,
    covering_stems,
    keyword_hits,
    literal_prefixes,
    re_case_variants,
    register,
)
from conflict_events.text._segment import ascii_folded, lower_same_length

if TYPE_CHECKING:
    from conflict_events.parse._dates import DateMention
    from conflict_events.resolve._mention import Mention

__all__ = [
    "CONFIDENCE_WEIGHTS",
    "EventCue",
    "SentenceFacts",
    "article_key",
    "build_engagements",
    "find_event_cues",
]

S = SubEventType
_WEEK_BEFORE = dt.timedelta(days=6)


#: The family of a capture cue whose object is people ("captured two thieves"): no ground
#: taken, an attack typed by who acted (every lexicon's grammar has it).
PEOPLE_TAKEN: Final = "people_taken"


def _optional_entries(lexicon: Lexicon, path: str) -> tuple[Any, ...]:
    """The array of tables at ``path``, or none where the language has no such entry."""
    return tuple(lexicon.entry(path)) if lexicon.has(path) else ()


def _alternation(words: Sequence[str]) -> str:
    """A regex group of ``words``: literals, and stems written with a final ``*`` ("военн*")
    matching the stem and any word ending (for languages that inflect their nouns).  The
    words of a phrase ("after the") may be separated by any white space (a line break of
    wrapped copy).

    >>> re.fullmatch(_alternation(["after the", "военн*"]), "after\\n the") is not None
    True
    >>> re.fullmatch(_alternation(["after the", "военн*"]), "военными") is not None
    True
    """
    literals = [w for w in words if not w.endswith("*")]
    stems = sorted({w[:-1] for w in words if w.endswith("*")})
    parts = [phrase_alternation(literals)] if literals else []
    if stems:
        parts.append(phrase_alternation(stems) + r"\w*")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _subject_break(lexicon: Lexicon, breaks: Sequence[str]) -> str:
    """The pattern of a coordination whose clause opens with an armed subject of its own
    (``events.subject_breaks``: ", and security forces on Thursday announced the arrest",
    "، واعتقلت الشرطة", "saldırdı ve polis"): the coordinator, then a time adverb
    (``events.subject_break_adverbs``: ", e mais tarde a polícia", ", und später nahm die
    Polizei"), then at most ``events.subject_break_reach`` words (an article, a modifier, a
    verb that comes first; two by default) before an armed word.  A coordinator that is a
    word stands after no letter; where ``events.subject_break_after`` lists endings (a
    verb-final language's finite verbs: "saldırdı ve"), only after a word that ends so.

    >>> from conflict_events.lexicon import load
    >>> re.search(_subject_break(load("en"), [", and"]), "near Gao, and later police arrested")
    <re.Match object; span=(8, 20), match=', and later '>
    """
    marks = [b for b in breaks if not b[:1].isalnum()]
    words = [b for b in breaks if b[:1].isalnum()]
    coordinators = ([_alternation(marks)] if marks else []) + (
        [rf"(?<!\w){_alternation(words)}"] if words else []
    )
    after = lexicon.optional_words("events.subject_break_after")
    ending = "(?:" + "|".join(f"(?<={re.escape(e)})" for e in after) + ")" if after else ""
    adverbs = lexicon.optional_words("events.subject_break_adverbs")
    adverb = rf"(?:{_alternation(adverbs)}\s+)?" if adverbs else ""  # (the group may be empty)
    reach = int(
        lexicon.entry("events.subject_break_reach")
        if lexicon.has("events.subject_break_reach")
        else 2
    )
    return (
        rf"{ending}\s*(?P<brk_lead>{'|'.join(coordinators)})\s+(?P<brk_adverb>{adverb})"
        rf"(?:[\w-]+\s+|\w+['’]){{0,{reach}}}?"
        rf"(?={_alternation(lexicon.words('events.armed_perpetrators'))}\b)"
    )


def _word_list(words: Sequence[str]) -> re.Pattern[str]:
    """Any of ``words`` (see :func:`_alternation`) as whole words, ignoring case."""
    return compiled(rf"\b{_alternation(words)}\b", re.IGNORECASE)


class _CueGrammar:
    """The event-cue patterns of one lexicon's ``events`` table, with the keys derived from
    them (see _cue_grammar)."""

    def __init__(self, lexicon: Lexicon) -> None:
        families = lexicon.entry("events.families")
        self.family_type: dict[str, SubEventType] = {
            f["name"]: SubEventType(f["sub_event_type"]) for f in families
        }
        self.cue_re = compiled(
            r"\b(?:"
            + "|".join(f"(?P<{f['name']}>{'|'.join(f['cues'])})" for f in families)
            + r")\b",
            re.IGNORECASE,
        )
        # Every alternative with its family and literal prefixes, in the alternation's order.
        self.alternatives: tuple[tuple[str, str, frozenset[str]], ...] = tuple(
            (f["name"], cue, literal_prefixes(cue, re.IGNORECASE))
            for f in families
            for cue in f["cues"]
        )
        # Where a cue can start: the literal prefixes of every family's alternatives (a
        # word the keyword pass finds, as a stem), derived from the patterns themselves.
        self.triggers = tuple(
            sorted(covering_stems(key for _, _, keys in self.alternatives for key in keys))
        )
        # cue_re cut to what can match where a trigger starts (cue_at), by trigger
        self._cut: dict[str, re.Pattern[str]] = {}
        self.block_before = frozenset(lexicon.words("events.block_before"))
        # (the ASCII path of _blocked compares bytes)
        self.block_before_bytes = frozenset(w.encode("utf-8") for w in self.block_before)
        copulas = lexicon.words("events.block_after_copulas")
        forecasts = lexicon.words("events.block_after")
        self.block_after = compiled(
            rf"\s*{word_alternation(copulas)}?\s*{word_alternation(forecasts)}\b", re.IGNORECASE
        )
        # Every character that ``re.IGNORECASE`` (and ``ascii_folded``) equates with the
        # first letter of a word _BLOCK_AFTER needs first (a copula or a forecast word).
        self.block_after_chars = frozenset(
            c for w in (*copulas, *forecasts) for c in re_case_variants(w[0])
        )
        # Generic words for state forces: "the army regained ..." is a government regaining
        # territory even when no registry name is written (at most eight words before).
        self.state_noun = compiled(
            rf"\b{_alternation(lexicon.words('events.state_nouns'))}\b(?:\s+\w+){{0,8}}\s*$",
            re.IGNORECASE,
        )
        # ... or as the subject that opens the sentence (at most one word, an article, before
        # it): a verb-final clause puts many words between the subject and a retaking verb
        # ("Die Armee hatte Mahas ... von den Islamisten zurückerobert").
        self.state_subject = compiled(
            rf"\W*(?:\w+\s+)?{_alternation(lexicon.words('events.state_nouns'))}\b",
            re.IGNORECASE,
        )
        # Families whose cue only says that violence happened (dropped beside a more specific
        # cue of the sentence) and families whose type the target decides.
        self.one_per_place = frozenset(lexicon.words("events.one_per_place"))
        # "the fighting", "the ensuing clashes": a cue after one of these words (and at most
        # one word more) points back to an event already told.
        # (an elided article runs into its word: "l'attaque")
        anaphora = lexicon.optional_words("events.anaphora_before")
        self.anaphora = (
            compiled(
                rf"\b{_alternation(anaphora)}(?:\s+|(?<=['\u2019]))(?:\w+\s+)?$", re.IGNORECASE
            )
            if anaphora
            else None
        )
        # ... and a cue that is itself definite points back the same way: a definite prefix
        # ("الهجوم") or, in a language with no article, an event noun alone ("нападение",
        # "saldırıda").
        definite_parts = [
            rf"{_alternation(prefixes)}\w.*"
            for prefixes in [lexicon.optional_words("events.definite_prefixes")]
            if prefixes
        ]
        nouns = lexicon.optional_words("events.reference_nouns")
        definite_parts += [_alternation(nouns)] if nouns else []
        self.definite_cue = (
            compiled("|".join(definite_parts), re.IGNORECASE) if definite_parts else None
        )
        # Mentions of two different weapons (artillery, then a drone) are two incidents.
        self.one_per_weapon = frozenset(lexicon.optional_words("events.one_per_weapon"))
        # A coordinated clause with a subject of its own (", and that its troops ...", "، فيما
        # أعلنت ..."): the ranking of cues stops there, each clause tells its own event.
        breaks = lexicon.optional_words("events.clause_breaks")
        parts = [re.escape(b).replace(r"\ ", r"\s+") for b in breaks]
        # ... and a coordination whose clause opens with an armed subject of its own (",
        # and security forces on Thursday announced the arrest ..."): at most two words
        # (an article, a modifier) before an armed word.
        subject_breaks = lexicon.optional_words("events.subject_breaks")
        if subject_breaks:
            parts.append(_subject_break(lexicon, subject_breaks))
        self.clause_break = compiled("|".join(parts), re.IGNORECASE) if parts else None
        # A language whose coordinated clause may put its verb before its subject (German
        # after a fronted adverb, ", und später nahm die Polizei"; Arabic, whose "و" is
        # joined to the verb, "، واعتقلت الشرطة"): the subject may stand after the next cue.
        self.verb_before_subject = bool(
            lexicon.entry("events.verb_before_subject")
            if lexicon.has("events.verb_before_subject")
            else False
        )
        self.needs_actor = frozenset(f["name"] for f in families if f.get("needs_actor", False))
        # A killing told with its weapon or manner ("asesinadas a tiros", "shot dead"): someone
        # did it, named or not.
        manner = lexicon.optional_words("events.killing_manner")
        self.killing_manner = _word_list(manner) if manner else None
        self.rank: dict[str, int] = {f["name"]: int(f.get("rank", 2)) for f in families}
        # A family whose cue, in a sentence that counts people killed or injured, only says
        # how the violence happened ("houses burned in an attack that killed six": an
        # attack): its rank there.
        self.casualty_rank: dict[str, int] = {
            f["name"]: int(f["casualty_rank"]) for f in families if "casualty_rank" in f
        }
        # Verb-final languages name the target before the verb, as a passive does.
        self.object_before_verb = bool(
            lexicon.entry("events.object_before_verb")
            if lexicon.has("events.object_before_verb")
            else False
        )
        self.by_perpetrator = frozenset(
            f["name"] for f in families if f.get("by_perpetrator", False)
        )
        self.by_target = frozenset(
            (*(f["name"] for f in families if f.get("by_target", False)), PEOPLE_TAKEN)
        )
        # People seized by a capture cue: an attack typed by who acted, the least specific.
        self.rank[PEOPLE_TAKEN] = 0
        combinations = _optional_entries(lexicon, "events.combinations")
        self.combinations: tuple[tuple[str, frozenset[str], SubEventType], ...] = tuple(
            (c["when"], frozenset(c["with"]), SubEventType(c["sub_event_type"]))
            for c in combinations
        )
        # A combination's ``unless`` families: any of them in the sentence, and it does not
        # apply ("after heavy fighting, troops withdrew" is no transfer without a fight).
        # ... and those whose type the target of their first cue decides (a raid: storming,
        # burning, abducting), the combination's type where no target word says.
        self.combination_by_target = frozenset(
            i for i, c in enumerate(combinations) if c.get("by_target", False)
        )
        # ... and those that need people harmed: killed or injured in the sentence, or one of
        # the ``harm`` families among the cues (houses burned in an attack that hurt no one
        # are property destroyed).
        self.combination_harm: dict[int, frozenset[str]] = {
            i: frozenset(c["harm"]) for i, c in enumerate(combinations) if "harm" in c
        }
        self.unless: dict[int, frozenset[str]] = {
            i: frozenset(c["unless"]) for i, c in enumerate(combinations) if "unless" in c
        }
        # ... and those whose ``when`` cue must come first: "arrested a man who killed his
        # wife" is one arrest, but in "officers killed five gang members and arrested three
        # others" the killing is an engagement of its own.
        self.when_first = frozenset(
            i for i, c in enumerate(combinations) if c.get("when_first", False)
        )
        # ... and those that also join mentions in several sentences (not an arrest after
        # the attack it follows: ACLED codes that apart).
        self.across_sentences = tuple(
            combo
            for combo, c in zip(self.combinations, combinations, strict=True)
            if not c.get("same_sentence", False)
        )
        armed = lexicon.words("events.armed_targets")
        civilian = lexicon.words("events.civilian_targets")
        # Civilian words, and group words with no definite article before them (a fixed-
        # width look-behind per article).
        groups = lexicon.optional_words("events.group_words")
        not_definite = "".join(
            rf"(?<!\b{re.escape(a)}\s)" for a in lexicon.optional_words("events.definite_articles")
        )
        self.civilian_actor = compiled(
            rf"\b(?:{_alternation(lexicon.words('events.civilian_perpetrators'))}"
            + (rf"|{not_definite}{_alternation(groups)}" if groups else "")
            + r")\b",
            re.IGNORECASE,
        )
        # Armed words, and a definite group word ("the group killed"), which points back to
        # an armed group already named.
        definite = lexicon.optional_words("events.definite_articles")
        self.armed_actor = compiled(
            rf"\b(?:{_alternation(lexicon.words('events.armed_perpetrators'))}"
            + (
                rf"|{_alternation(definite)}\s+{_alternation(groups)}"
                if groups and definite
                else ""
            )
            + r")\b",
            re.IGNORECASE,
        )
        # Occupational and community groups ("farmers", "herders", "members of the ...
        # community") acting together are a communal militia (ACLED: an attack), not a mob.
        self.communal_actor = _word_list(lexicon.optional_words("events.communal_perpetrators"))
        # Clans and tribes fight as armed communities: their clash is a battle.
        self.armed_community = _word_list(lexicon.optional_words("events.armed_communities"))
        # Targets that make violence by civilians communal (a camp, a hamlet) or vigilante
        # (a suspected thief: mob violence).
        self.communal_target = _word_list(lexicon.optional_words("events.communal_targets"))
        self.suspect_target = _word_list(lexicon.optional_words("events.suspect_targets"))
        # The endings of a cue that is a past participle ("asesinadas", "tuées"): right after a
        # figure it is a reduced passive, the figure counts whom it hit ("14 personas
        # asesinadas"), not who acted ("a farmer killed a herder": English has no such form).
        endings = lexicon.optional_words("events.participle_endings")
        self.participle = (
            compiled(rf"(?:{'|'.join(re.escape(e) for e in endings)})$", re.IGNORECASE)
            if endings
            else None
        )
        self.beating = _word_list(lexicon.optional_words("events.beating_words"))
        # A person right after a capture cue ("captured two thieves"): people taken, no ground.
        self.person_object = compiled(
            r"\s+(?:\w+\s+){0,3}?"
            + _alternation(
                (
                    *lexicon.words("events.civilian_perpetrators"),
                    *lexicon.optional_words("events.group_words"),
                    *lexicon.words("events.person_objects"),
                )
            )
            + r"\b",
            re.IGNORECASE,
        )
        # Goods or animals right before a capture cue ("livestock seized", "cattle were
        # captured") were taken: looting, no ground.
        self.goods_before = compiled(
            rf"\b{_alternation(lexicon.words('events.property_targets'))}\s+"
            rf"(?:{_alternation(lexicon.optional_words('events.passive_auxiliaries'))}\s+)?$",
            re.IGNORECASE,
        )
        # A convoy is armed, unless a civilian word stands right before it or at most two
        # words after it ("un convoi de camions-citernes", "an aid convoy"): tried first.
        convoys = lexicon.optional_words("events.convoy_words")
        civilian_convoy = _alternation(lexicon.optional_words("events.civilian_convoy_words"))
        convoy = (
            rf"(?P<convoy>{civilian_convoy}[\s-]+{_alternation(convoys)}"
            rf"|{_alternation(convoys)}(?:\s+\w+){{0,2}}?[\s-]+{civilian_convoy})|"
            if convoys
            else ""
        )
        target_body = (
            rf"(?:{convoy}(?P<armed>{_alternation(armed)})|(?P<civilian>{_alternation(civilian)})"
            rf"|(?P<property>{_alternation(lexicon.words('events.property_targets'))})"
            # a goods word before a person is the person's trade ("a cattle trader")
            rf"(?!\s+(?:{_alternation((*civilian, *lexicon.words('events.person_objects')))})\b))\b"
        )
        self.target_re = compiled(rf"\b{target_body}", re.IGNORECASE)
        # An attack noun's target after its marker ("ataque ... por las Fuerzas ... contra la
        # aldea de X, ..."): the words between name the attackers.
        markers = lexicon.optional_words("events.target_markers")
        self.target_marker = _word_list(markers) if markers else None
        # "killed four of them", "abatido quatro deles": a count of a partitive pronoun right
        # after the cue points back to whom it hit, the last target word before the cue.
        partitives = lexicon.optional_words("events.partitive_pronouns")
        self.partitive = (
            compiled(rf"\s+(?:\S+\s+){{0,3}}?{_alternation(partitives)}(?!\w)", re.IGNORECASE)
            if partitives
            else None
        )
        # A reaction to an event ("condemned the attack", "saldırıyı kınadı") tells no new one:
        # a cue at most three words after a reaction word (three before one, verb-final).
        reactions = lexicon.optional_words("events.reaction_before")
        self.reaction_before = (
            compiled(
                rf"\b{_alternation(reactions)}\s+(?:[\w'\u2019-]+\s+|\w+['\u2019]){{0,3}}$",
                re.IGNORECASE,
            )
            if reactions
            else None
        )
        reactions_after = lexicon.optional_words("events.reaction_after")
        self.reaction_after = (
            compiled(rf"\w*\s+(?:\w+\s+){{0,3}}?{_alternation(reactions_after)}\b", re.IGNORECASE)
            if reactions_after
            else None
        )
        # A cue right after "after the" ("après l'attaque", "saldırının ardından") points back
        # to an event told before: no event of its own (nothing between them: "after the army
        # attacked" tells one).
        references = lexicon.optional_words("events.reference_before")
        self.reference_before = (
            compiled(rf"\b{_alternation(references)}\s*$", re.IGNORECASE) if references else None
        )
        # A cue right after "after an" ("após um ataque a um comboio", at most one word
        # between) tells another event, earlier, first told there: its own engagement.
        earlier = lexicon.optional_words("events.earlier_event_before")
        self.earlier_event = (
            compiled(rf"\b{_alternation(earlier)}\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
            if earlier
            else None
        )
        # The forces of order ("police", "gendarmes", "soldiers"): their firing on people who
        # protest ("Police fired on traders who were protesting") is force against protesters.
        order = lexicon.optional_words("events.order_forces")
        self.order_force = compiled(rf"\b{_alternation(order)}\b", re.IGNORECASE) if order else None
        # The verbs a speaker's claim is told with (the attribution table's, every claim
        # kind): people named before one are who spoke, not who acted ("Moradores relataram
        # intenso tiroteio", "Nenhum grupo reivindicou o ataque").
        claims = (
            lexicon.mapping("attribution.verb_claims")
            if lexicon.has("attribution.verb_claims")
            else {}
        )
        speech = sorted({w for forms in claims.values() for w in forms})
        self.speech = (
            compiled(rf"(?<!\w){_alternation(speech)}(?!\w)", re.IGNORECASE) if speech else None
        )
        # ... and "according to" (before its source, or after it: "köylülere göre,"): the
        # people of its phrase, to its comma, spoke ("De acuerdo con pobladores, los choques
        # armados comenzaron").
        according = [
            *(
                [lexicon.entry("attribution.according")]
                if lexicon.has("attribution.according")
                else []
            ),
            *lexicon.optional_words("attribution.according_forms"),
        ]
        self.according = (
            compiled(rf"(?<!\w){_alternation(according)}(?!\w)", re.IGNORECASE)
            if according
            else None
        )
        references_after = lexicon.optional_words("events.reference_after")
        self.reference_after = (
            compiled(rf"\w*\s+{_alternation(references_after)}\b", re.IGNORECASE)
            if references_after
            else None
        )
        # The first words of the reaction and reference phrases and the seizure words, for the
        # keyword pass: a cue looks for a reaction only where one of them stands near it, a
        # sentence for a seizure only where one stands in it.
        self.reaction_keys = frozenset(
            p.split()[0].rstrip("*").lower()
            for p in (*reactions, *references, *reactions_after, *references_after)
        )
        self.seizure_keys = frozenset(
            p.split()[0].rstrip("*").lower() for p in lexicon.optional_words("events.seizure_words")
        )
        # German compounds read by their head and modifier ("Drohnenangriff": an air strike,
        # "Messerangriff": an attack): (head, its endings, its family) and (modifier, family,
        # the heads it applies to or None), the longest modifiers first.
        heads = _optional_entries(lexicon, "events.compound_heads")
        self.compound_heads: tuple[tuple[str, frozenset[str], str], ...] = tuple(
            (h["head"], frozenset(h["endings"]), h["family"]) for h in heads
        )
        modifiers = _optional_entries(lexicon, "events.compound_modifiers")
        self.compound_modifiers: tuple[tuple[str, str, frozenset[str] | None], ...] = tuple(
            sorted(
                (
                    (m["modifier"], m["family"], frozenset(m["heads"]) if "heads" in m else None)
                    for m in modifiers
                ),
                key=lambda m: -len(m[0]),
            )
        )
        # Things seized ("Foram apreendidos cinco fuzis, três granadas ..."): a weapon named in
        # the list is no attack, a capture or arrest of things takes no one.
        seizures = lexicon.optional_words("events.seizure_words")
        self.seizure = _word_list(seizures) if seizures else None
        self.seized_item = _word_list(lexicon.optional_words("events.seized_items"))
        # A withdrawal beside a capture or regain cue of its sentence (the combination
        # reads it as a transfer without a fight, "entered the town after troops withdrew").
        withdraw = [f for f in families if f["name"] == "withdraw"]
        self.withdraw_re = (
            compiled(r"\b(?:" + "|".join(withdraw[0]["cues"]) + r")\b", re.IGNORECASE)
            if withdraw
            else None
        )
        # "without a fight": the phrases that make a withdrawal an event (words apart by
        # any white space; a phrase may end inside a word, "without a shot" / "shots").
        self.without_fight = compiled(
            rf"\b{_alternation(lexicon.words('events.without_fight'))}", re.IGNORECASE
        )
        # Words that end just before a cue and make a report of it, not an aim ("claimed
        # to have attacked", "is suspected to have killed"): the blocking words before
        # them are not read.
        self.reported = tuple(
            " ".join(p.split()).lower() for p in lexicon.optional_words("events.reported_before")
        )
        self.reported_last = tuple(p.split()[-1] for p in self.reported)
        # ... and phrases after which a cue is what someone is accused of ("suspected of
        # stealing", "accused of killing"): no event of its own.
        self.accusations = tuple(
            " ".join(p.split()).lower() for p in lexicon.optional_words("events.accusation_before")
        )
        self.accusations_last = tuple(p.split()[-1] for p in self.accusations)
        # A passive cue: an auxiliary and at most one word before it ("was shot", "were
        # brutally beaten").
        self.passive_before = compiled(
            rf"\b{_alternation(lexicon.optional_words('events.passive_auxiliaries'))}\s+(?:\w+\s+)?$",
            re.IGNORECASE,
        )
        # Who did it, after a passive cue ("by", "attributed to").
        markers = lexicon.optional_words("events.agent_markers")
        self.agent = compiled(rf"\b{_alternation(markers)}\b", re.IGNORECASE)
        self.agent_firsts = tuple(sorted({m.split()[0].lower() for m in markers}))
        # Right after an attack noun, a genitive marker and (at most one word on) an armed
        # word name the attackers: "ataque de insurgentes à aldeia", "ataque da milícia
        # CODECO contra um campo".  ``genitive`` matches the marker, ``armed_next`` the
        # armed word after it.
        genitives = lexicon.optional_words("events.genitive_agent_markers")
        self.genitive = compiled(
            r"\s+(?:"
            + "|".join(
                re.escape(m) + (r"\s*" if m.endswith(("'", "\u2019")) else r"\s+")
                for m in sorted(genitives, key=len, reverse=True)
            )
            + ")"
            if genitives
            else r"(?!)",
            re.IGNORECASE,
        )
        self.has_genitive = bool(genitives)
        self.armed_next = compiled(
            rf"(?:\w+\s+)?{_alternation(lexicon.words('events.armed_perpetrators'))}\b",
            re.IGNORECASE,
        )
        self.two_words = compiled(r"(?:\w+\s+){0,2}", re.IGNORECASE)
        # In ASCII text an ASCII marker matches (ignoring case) only its ASCII case
        # variants, so a lower-cased substring test decides whether to search at all.
        self.agent_ascii = all(w.isascii() for w in self.agent_firsts)

    def cue_at(self, trigger: str) -> re.Pattern[str]:
        """``cue_re`` with only the alternatives that can match where ``trigger`` (one of
        ``triggers``) starts the lower-cased text: those with a literal prefix that agrees
        with it, character by character as re.IGNORECASE compares them, as far as both go.
        At such a place no other alternative can match, so the cut pattern finds what
        ``cue_re`` finds there (the same span and family), trying a few alternatives instead
        of every one.  Compiled once per trigger."""
        found = self._cut.get(trigger)
        if found is None:
            kept: dict[str, list[str]] = {}
            for family, cue, keys in self.alternatives:
                if any(_agree(key, trigger) for key in keys):
                    kept.setdefault(family, []).append(cue)
            found = self._cut[trigger] = (
                re.compile(
                    r"\b(?:"
                    + "|".join(f"(?P<{name}>{'|'.join(cues)})" for name, cues in kept.items())
                    + r")\b",
                    re.IGNORECASE,
                )
                if kept
                else _NEVER
            )
        return found

    @functools.cached_property
    def trigger_automaton(self) -> Any:
        """Every trigger, for one pass over a segment that reports ``(last index, length)``
        (text with "İ" only, see _trigger_positions)."""
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for trigger in self.triggers:
            automaton.add_word(trigger, len(trigger))
        automaton.make_automaton()
        return automaton


_NEVER: Final = re.compile(r"(?!)")


def _agree(key: str, trigger: str) -> bool:
    """Whether a literal prefix ``key`` and a ``trigger`` (both lower case) agree as far as
    both go, each character compared as re.IGNORECASE compares it ("ı" and "i" are one)."""
    return all(a == b or _same_letter(a, b) for a, b in zip(key, trigger, strict=False))


@functools.cache
def _same_letter(a: str, b: str) -> bool:
    return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None


@functools.cache
def _cue_grammar(lexicon: Lexicon) -> _CueGrammar:
    """The event-cue grammar of ``lexicon``, compiled once per lexicon object."""
    return _CueGrammar(lexicon)


def _vocabulary(lexicon: Lexicon) -> Vocabulary:
    return Vocabulary(stems=frozenset(_cue_grammar(lexicon).triggers))


CUES: Final = register("event cues", _vocabulary)


def _reading_vocabulary(lexicon: Lexicon) -> Vocabulary:
    g = _cue_grammar(lexicon)
    return Vocabulary(stems=g.reaction_keys)


def _seizure_vocabulary(lexicon: Lexicon) -> Vocabulary:
    return Vocabulary(stems=_cue_grammar(lexicon).seizure_keys)


REACTIONS: Final = register("event reactions", _reading_vocabulary)
SEIZURES: Final = register("event seizures", _seizure_vocabulary)
_VALUES = {sub: sub.value for sub in SubEventType}  # Enum.value is a slow descriptor
# Every byte that is not an ASCII letter, as a space (for _blocked's ASCII path).
_LETTERS_ONLY = bytes(
    c if (65 <= c <= 90 or 97 <= c <= 122) else 32 for c in range(256)
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")  # letters only, in every script
_BACKER_AFTER = re.compile(r"(?:-|\s)(?:backed|supported|sponsored)\b", re.IGNORECASE)
_BACKER_BEFORE = re.compile(
    r"\b(?:backed|supported|sponsored|armed)\s+by\s+(?:the\s+)?$|\bwith\s+the\s+(?:support|backing)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_JOINER = re.compile(r"\b(?:and|with|against|between)\b", re.IGNORECASE)
_ALLIANCE = re.compile(
    r"\balli(?:ed|es)\b|\bally\b|\balongside\b|\bbacked\b|\bsupported\b", re.IGNORECASE
)
_COORDINATED = re.compile(r"[\s,]*(?:(?:and|or)\s+)?(?:the\s+)?(?:allied\s+)?", re.IGNORECASE)
_NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|around|overlooking|outskirts\s+of|(?:north|south|east|west)(?:[\s-]?(?:east|west))?"
    r"(?:ern)?\s+(?:edge\s+)?of|(?:north|south|east|west)\s+(?:of\s+)?(?:the\s+)?(?:city|town)\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FIRST_SINCE = re.compile(r"\bfirst\b[^.;]{0,40}$", re.IGNORECASE)
# A date inside a "since ..." phrase ("a calm that has held since a truce agreed in March
# 2020") dates what the phrase names, not the sentence's event.
_INSIDE_SINCE = re.compile(r"\bsince\b[^,;.]{1,60}$", re.IGNORECASE)

#: Kinds of actor that report or mediate fighting rather than take part in it; they are never
#: made a faction.
NON_COMBATANT_KINDS = frozenset(
    {ActorKind.MONITOR, ActorKind.MEDIA, ActorKind.NGO, ActorKind.IGO, ActorKind.PERSON}
)
#: Actor kinds for which regaining territory is ACLED's "government regains territory".
STATE_KINDS = frozenset({ActorKind.STATE_FORCE, ActorKind.GOVERNMENT, ActorKind.EXTERNAL_FORCE})

_SPECIFICITY = {
    LocationKind.SITE: 0,
    LocationKind.NEIGHBOURHOOD: 1,
    LocationKind.VILLAGE: 2,
    LocationKind.TOWN: 3,
    LocationKind.CITY: 4,
    LocationKind.FEATURE: 5,
    LocationKind.ADMIN3: 6,
    LocationKind.ADMIN2: 7,
    LocationKind.ADMIN1: 8,
    LocationKind.REGION: 9,
    LocationKind.COUNTRY: 10,
}

#: The documented confidence heuristic (0-100): a base plus what the sentence pins down.
CONFIDENCE_WEIGHTS = {
    "base": 40,
    "faction": 15,  # at least one party named
    "both_sides": 10,  # parties on both sides
    "location": 10,  # a place resolved in the sentence
    "date:sentence": 15,  # the date is in the same sentence
    "date:paragraph": 8,  # ... in an earlier sentence of the paragraph
    "date:article": 4,  # ... earlier in the article
    "date:publication": 0,  # no date: the week up to publication
    "sourced": 10,  # casualty figures or an explicit source in the sentence
}


@attrs.frozen(kw_only=True)
class EventCue:
    """Words that say what kind of event a sentence reports, where they are, and the ACLED
    sub-event type they map to (``regain`` cues are settled against the actor later)."""

    text: str
    start: int
    end: int
    family: str
    sub_event_type: SubEventType


# EventCue's slots, set directly: a cue is built for every match and its fields need no
# conversion or check (``_cue`` equals ``EventCue(...)``; the tests compare them).
_CUE_SLOTS = tuple(
    getattr(EventCue, name).__set__ for name in ("text", "start", "end", "family", "sub_event_type")
)


def _cue(text: str, start: int, end: int, family: str, sub: SubEventType) -> EventCue:
    cue = object.__new__(EventCue)
    set_text, set_start, set_end, set_family, set_sub = _CUE_SLOTS
    set_text(cue, text)
    set_start(cue, start)
    set_end(cue, end)
    set_family(cue, family)
    set_sub(cue, sub)
    return cue


def _ends_with(window: str, phrases: tuple[str, ...], lasts: tuple[str, ...]) -> bool:
    """Whether ``window`` ends in one of ``phrases`` (lower case, single spaces; ``lasts``
    their last words) as whole words."""
    stripped = window.rstrip()
    # The phrase's last word first (one string test; the join below is rarely needed).
    if not stripped.lower().endswith(lasts):
        return False
    tail = " ".join(stripped.split()[-4:]).lower()
    return any(tail == p or tail.endswith(" " + p) for p in phrases)


def _with_withdrawal(
    g: _CueGrammar, text: str, cues: list[EventCue], s_start: int, s_end: int
) -> list[EventCue]:
    """``cues`` with the sentence's first withdrawal that is no cue yet and not unreal."""
    if g.withdraw_re is None or any(c.family == "withdraw" for c in cues):
        return cues
    for m in g.withdraw_re.finditer(text, s_start, s_end):
        if any(c.start <= m.start() < c.end for c in cues) or _blocked(g, text, *m.span()):
            continue
        cue = _cue(m.group(0), m.start(), m.end(), "withdraw", g.family_type["withdraw"])
        return sorted((*cues, cue), key=lambda c: c.start)
    return cues


def _month_not_modal(g: _CueGrammar, text: str, start: int, end: int) -> bool:
    """Whether :func:`_blocked` said yes only for blocking words with a number after them:
    a date's month ("On 24 May 2020, clashes erupted"), not a modal (read only for a cue
    _blocked blocked)."""
    window = text[max(0, start - 30) : start]
    hits = [m for m in list(_WORD.finditer(window))[-2:] if m.group().lower() in g.block_before]
    if not hits or not all(_NUMBER_AFTER.match(window, m.end()) for m in hits):
        return False
    if g.accusations and _ends_with(window, g.accusations, g.accusations_last):
        return False
    return g.block_after.match(text, end, min(len(text), end + 30)) is None


_NUMBER_AFTER = re.compile(r"\s*\d")


def _reaction(
    g: _CueGrammar, text: str, start: int, end: int, lo: int, hi: int, told_before: bool
) -> bool:
    """Whether the cue at ``start``..``end`` is what a reaction speaks of ("condemned the
    attack", "a condamné l'attaque", "saldırıyı kınadı") or an event told before ("after the
    attack", "saldırının ardından", when ``told_before``: an earlier cue was found): no new
    event."""
    if g.reaction_before is not None and g.reaction_before.search(text, max(lo, start - 50), start):
        return True
    if told_before and (
        (
            g.reference_before is not None
            and g.reference_before.search(text, max(lo, start - 30), start) is not None
        )
        or (
            g.reference_after is not None
            and g.reference_after.match(text, end, min(hi, end + 30)) is not None
        )
    ):
        return True  # "after the attack": an event told before (the first one stays)
    return g.reaction_after is not None and bool(
        g.reaction_after.match(text, end, min(hi, end + 40))
    )


def _block_word_before(g: _CueGrammar, window: str) -> bool:
    """Whether one of the last two words of ``window`` is a blocking word."""
    if window.isascii():
        # The same words without a regex call (a third of the cost): in ASCII text the runs
        # of [A-Za-z] are what is left after every other byte becomes a space.
        last_two = window.encode("ascii").translate(_LETTERS_ONLY).lower().split()[-2:]
        # One C call for "either word is a blocking word" (no generator frame per cue).
        return not g.block_before_bytes.isdisjoint(last_two)
    words = _WORD.findall(window)
    return bool(words) and (
        words[-1].lower() in g.block_before
        or (len(words) > 1 and words[-2].lower() in g.block_before)
    )


# The characters that end a sentence (text/_segment.py's stops) and a clause (";").
_SENTENCE_STOPS: Final = ".!?…؟;"


def _blocked(g: _CueGrammar, text: str, start: int, end: int) -> bool:
    # The last two words in the 30 characters before the cue (``pos`` / ``endpos`` read the
    # same window as a slice would: the pattern looks at nothing outside its match).
    window = text[max(0, start - 30) : start]
    if g.accusations and _ends_with(window, g.accusations, g.accusations_last):
        return True  # "suspected of stealing": what someone is accused of, no event
    if g.reported and _ends_with(window, g.reported, g.reported_last):
        pass  # "claimed to have attacked": a report, whatever stands before "to have"
    elif _block_word_before(g, window):
        # ... a blocking word of the sentence before it governs nothing ("CULIACÁN, Sin.- Un
        # enfrentamiento": "Sin." is Sinaloa, no "sin", without).  Read only where a word
        # blocks (rarely), so the common case pays nothing.
        cut = max(window.rfind(stop) for stop in _SENTENCE_STOPS)
        if cut < 0 or _block_word_before(g, window[cut + 1 :]):
            return True
    # g.block_after needs, after any white space, a word that starts with the first letter
    # of a copula or a forecast word (is/are/was/were, expected, likely, could...): test that
    # letter first (most cues are followed by "the", "on", a comma), since a regex call costs
    # more.  ``str.lstrip`` and ``\s`` strip the same characters.  The character right after
    # the cue is looked at alone first (the common case: no white space to strip);
    # g.block_after_chars holds every character re.IGNORECASE equates with those letters.
    first = text[end : end + 1]
    if first.isspace():
        first = text[end : end + 30].lstrip()[:1]
    if first not in g.block_after_chars:
        return False
    return g.block_after.match(text, end, min(len(text), end + 30)) is not None


_HIT_START: Final = operator.itemgetter(0)  # a keyword hit's start
_HIT_KEY: Final = operator.itemgetter(2)  # a keyword hit's key (read in C, as the start)


def _trigger_positions(
    g: _CueGrammar, lexicon: Lexicon, text: str, start: int, stop: int
) -> list[int]:
    """Where a trigger starts a word of ``text[start:stop]`` (text offsets, in order).

    The triggers come from the keyword pass that find_casualties and extract_attributions
    already ran over the whole text (:func:`~conflict_events.text._keywords.keyword_hits`),
    kept where they lie inside the segment (and not after "_", a letter to ``\b``).  That equals a pass over the lower-cased segment:
    without "İ" (the one character ``str.lower`` lengthens) the text lower-cases character by
    character, but for "σ"/"ς" (both letters, no trigger's), and a trigger at ``start``
    starts a word of the segment whatever stands before it (the ``startswith`` test).  Text
    with "İ" takes the segment's own pass (``_trigger_positions_slow``).
    """
    if "\u0130" in text:
        return _trigger_positions_slow(g, text, start, stop)
    found = keyword_hits(text, lexicon)
    low = found.low
    hits = found.get(CUES)
    if "_" not in low and stop >= len(low) and (not hits or hits[0][0] >= start):
        # (the segment is the text to its end, the hits start in order in it, none after a
        # "_": every hit is kept, its start read in C)
        positions = set(map(_HIT_START, hits))
    else:
        positions = {
            at
            for at, last, _ in hits
            if at >= start and last <= stop and (at == 0 or low[at - 1] != "_")
        }
    if low.startswith(g.triggers, start, stop):
        positions.add(start)
    return sorted(positions)


def _trigger_positions_slow(g: _CueGrammar, text: str, start: int, stop: int) -> list[int]:
    """:func:`_trigger_positions` by its own Aho-Corasick pass over the segment alone."""
    segment = lower_same_length(text[start:stop])  # offsets stay those of the text
    positions: set[int] = set()
    for last, size in g.trigger_automaton.iter(segment):
        i = last - size + 1
        if i == 0 or not (segment[i - 1].isalnum() or segment[i - 1] == "_"):
            positions.add(start + i)
    return sorted(positions)


def find_event_cues(
    text: str, start: int = 0, end: int | None = None, *, lexicon: Lexicon | str = "en"
) -> list[EventCue]:
    """Event-type cues in ``text[start:end]``, in order, skipping unreal ones (aims,
    negations, calls, forecasts).  A withdrawal is a cue only "without a fight" (beside a
    change of ground, :func:`build_engagements` reads it too).

    >>> [(c.text, c.sub_event_type.value) for c in find_event_cues(
    ...     "Rebels captured Saraqib after clashes; they did not seize the base.")]
    [('captured', 'non_state_actor_overtakes_territory'), ('clashes', 'armed_clash')]
    >>> find_event_cues("They attempted to regain the town.")
    []
    """
    lex = load(lexicon)
    g = _cue_grammar(lex)
    stop = len(text) if end is None else end
    cues: list[EventCue] = []
    # The full alternation is tried only where a word starts with a cue's first letters,
    # found in one Aho-Corasick pass; trying the alternation at every position is far slower
    # (and one str.find loop per trigger was a tenth of the extraction).
    resume = start
    hits = keyword_hits(text, lex)
    # The trigger that starts each place (the keyword pass's key): the alternation is cut
    # to the alternatives that can match there (a place without one tries them all).
    cue_hits = hits.get(CUES)
    trigger_at = dict(zip(map(_HIT_START, cue_hits), map(_HIT_KEY, cue_hits), strict=True))
    cue_at, full = g.cue_at, g.cue_re
    # Reactions are looked for only near one of their words (the keyword pass found them).
    reaction_at = list(map(_HIT_START, hits.get(REACTIONS)))
    for at in _trigger_positions(g, lex, text, start, stop):
        if at < resume:
            continue
        trigger = trigger_at.get(at)
        m = (full if trigger is None else cue_at(trigger)).match(text, at, stop)
        if m is None:
            continue
        m_start, m_end = m.span()
        resume = m_end
        family = m.lastgroup
        if family is None or (
            _blocked(g, text, m_start, m_end) and not _month_not_modal(g, text, m_start, m_end)
        ):
            continue
        near = bisect_left(reaction_at, m_start - 50) if reaction_at else 0
        if (
            near < len(reaction_at)
            and reaction_at[near] < m_end + 40
            and _reaction(g, text, m_start, m_end, start, stop, bool(cues))
        ):
            continue  # "condemned the attack": a reaction to an event told elsewhere
        if family == "withdraw":
            sentence_end = text.find(".", m_end, stop)
            if not g.without_fight.search(
                text, m_end, stop if sentence_end == -1 else sentence_end
            ):
                continue
        cues.append(_cue(m.group(0), m_start, m_end, family, g.family_type[family]))
    if g.compound_heads:
        cues = _with_compounds(g, lex, text, start, stop, cues)
    return cues


def _compound_family(g: _CueGrammar, modifier: str, head: str, default: str) -> str:
    """The family of a compound: its modifier's where the lexicon knows it (the longest
    known modifier that ends it, a linking "s" dropped), else its head's ``default``."""
    for known, family, heads in g.compound_modifiers:
        if (heads is None or head in heads) and (
            modifier.endswith(known) or (modifier.endswith("s") and modifier[:-1].endswith(known))
        ):
            return family
    return default


def _with_compounds(
    g: _CueGrammar, lex: Lexicon, text: str, start: int, stop: int, cues: list[EventCue]
) -> list[EventCue]:
    """``cues`` with the compound nouns of ``text[start:stop]`` read by their head and
    modifier ("Drohnenangriff", "Drohnen-Angriff", "Messerangriffe"); an explicit cue that
    starts where a compound starts stands, and the words a hyphenated compound holds as cues
    of their own ("Drohnen" and "Angriff" of "Drohnen-Angriff") give way to the compound."""
    low = keyword_hits(text, lex).low  # lower case, offsets those of the text
    starts = {c.start for c in cues}
    found: list[EventCue] = []
    for head, endings, default in g.compound_heads:
        at = low.find(head, start, stop)
        while at != -1:
            end = tail = at + len(head)
            at_next = low.find(head, end, stop)
            while tail < stop and low[tail].isalpha():
                tail += 1
            word = at
            while word > start and low[word - 1].isalpha():
                word -= 1
            if word == at and word - 1 > start and low[word - 1] == "-":
                word -= 1  # "Drohnen-Angriff"
                while word > start and low[word - 1].isalpha():
                    word -= 1
            modifier = low[word:at].rstrip("-")
            hyphenated = low[at - 1] == "-" and word < at
            if (
                low[end:tail] in endings
                and len(modifier) >= 3
                and (hyphenated or word not in starts)
            ):
                family = _compound_family(g, modifier, head, default)
                if family and not _blocked(g, text, word, tail):
                    found.append(_cue(text[word:tail], word, tail, family, g.family_type[family]))
            at = at_next
    if not found:
        return cues
    spans = [(c.start, c.end) for c in found]
    kept = [c for c in cues if not any(a <= c.start and c.end <= b for a, b in spans)]
    return sorted((*kept, *found), key=lambda c: c.start)


@attrs.frozen(kw_only=True)
class SentenceFacts:
    """What the other extractors found in one sentence (``start``..``end`` of the article)."""

    start: int
    end: int
    casualties: tuple[tuple[int, CasualtyReport], ...] = ()  # (char offset, report)
    attributions: tuple[Attribution, ...] = ()
    figure_spans: tuple[tuple[int, int], ...] = ()  # where each casualty figure is written


_NO_FACTS = SentenceFacts(start=0, end=0)


def _side_members(
    text: str,
    mentions: Sequence[Mention],
    actors: dict[str, Actor],
) -> Faction | None:
    lead: str | None = None
    backers: list[str] = []
    allies: list[str] = []
    for m in mentions:
        if _is_backer(text, m):
            if m.entity_id not in backers:
                backers.append(m.entity_id)
        elif lead is None:
            lead = m.entity_id
        elif m.entity_id != lead and m.entity_id not in allies:
            allies.append(m.entity_id)
    if lead is None:
        if not backers:
            return None
        lead = backers.pop(0)
    key = (
        lead,
        tuple(allies),
        tuple([b for b in backers if b != lead and b not in allies]) if backers else (),
    )
    faction = _FACTIONS.get(key)
    if faction is None:
        members = [FactionMember(actor=a, role=FactionRole.ALLIED_WITH) for a in key[1]]
        members += [FactionMember(actor=b, role=FactionRole.BACKED_BY) for b in key[2]]
        faction = Faction(lead=lead, associates=tuple(members))
        if len(_FACTIONS) >= _FACTIONS_MAX:
            _FACTIONS.clear()
        _FACTIONS[key] = faction
    return faction


# Factions are immutable and the same few sides recur in every article: each is built (and
# validated) once.  Keyed by (lead, allies, backers); bounded.
_FACTIONS: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Faction] = {}
_FACTIONS_MAX = 4096


def _is_backer(text: str, m: Mention) -> bool:
    # _BACKER_AFTER starts with "-" or white space: test that character before the regex.
    # ... and then "backed" / "supported" / "sponsored": a "b" or an "s" (or "ſ", which
    # IGNORECASE equates with "s") as the second character.
    after = text[m.end : m.end + 2]
    if (
        len(after) == 2
        and after[1] in _BACKER_AFTER_SECOND
        and (after[0] == "-" or after[0].isspace())
        and _BACKER_AFTER.match(text, m.end) is not None
    ):
        return True
    # _BACKER_BEFORE ends in "by" / "of" / "the" and white space: test that first, since a
    # search anchored at the end tries the alternation at every position of the window.
    # Only "y", "f", "e" and their capitals lower (or fold) to a string ending in those.
    if not text[m.start - 1 : m.start].isspace():
        return False
    stripped = text[max(0, m.start - 40) : m.start].rstrip()
    if (
        not stripped
        or stripped[-1] not in _BACKER_TAIL_LAST
        or not ascii_folded(stripped[-3:]).endswith(_BACKER_TAILS)
    ):
        return False
    return bool(_BACKER_BEFORE.search(text, max(0, m.start - 40), m.start))


_BACKER_TAILS = ("by", "of", "the")
_BACKER_TAIL_LAST = frozenset("yYfFeE")
_BACKER_AFTER_SECOND = frozenset("bBsS\u017f")


def _split_symmetric(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    # "X and Y clashed", "fighting between X and Y": both parties precede (or follow) a
    # symmetric cue; cut the list at the first "and / with / against" that joins two
    # different, non-allied actors.
    for i in range(len(mentions) - 1):
        left, right = mentions[i], mentions[i + 1]
        if left.entity_id == right.entity_id or _is_backer(text, left) or _is_backer(text, right):
            continue
        between = text[left.end : right.start]
        if _JOINER.search(between) and not _ALLIANCE.search(between):
            return mentions[: i + 1], mentions[i + 1 :]
    return mentions, []


def _inside_any(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the mention lies inside one of ``spans`` (a loop: no generator per mention)."""
    start, end = m.start, m.end
    for a, b in spans:  # noqa: SIM110
        if a <= start and end <= b:
            return True
    return False


def _has_agent_word(g: _CueGrammar, between: str) -> bool:
    """Whether the first word of an agent marker is written in ``between`` (ASCII text),
    which a match of ``g.agent`` there implies."""
    low = between.lower()
    for word in g.agent_firsts:  # noqa: SIM110 (a loop: no generator frame per call)
        if word in low:
            return True
    return False


def _joined(text: str, side: list[Mention]) -> tuple[list[Mention], list[list[Mention]]]:
    """``side`` cut where a joining word ("with", "against", "and" in another clause) stands
    between two neighbouring mentions that are not coordinated ("X and Y", "X and allied
    Y") or allied or backed: the first run, and each later run apart."""
    if len(side) < 2:
        return side, []
    runs = [[side[0]]]
    for left, right in itertools.pairwise(side):
        between = text[left.end : right.start]
        if (
            _JOINER.search(between) is None
            or right.entity_id == left.entity_id
            or _COORDINATED.fullmatch(between) is not None
            or _ALLIANCE.search(between) is not None
            or _is_backer(text, right)
            or _is_backer(text, left)
        ):
            runs[-1].append(right)
        else:
            runs.append([right])
    return runs[0], runs[1:]


def _factions(
    g: _CueGrammar,
    text: str,
    cue: EventCue,
    mentions: Sequence[Mention],
    actors: dict[str, Actor],
    figure_spans: Sequence[tuple[int, int]],
) -> tuple[tuple[Faction, ...], bool]:
    """The sides of the event and whether the acting side is known (named before the cue, or
    after a passive "by")."""
    if not mentions:
        return (), False  # half the cues: nobody named (what the steps below would give)
    # Actors named in a casualty breakdown ("183 from HTS, 100 government soldiers") are the
    # parties that lost people: each is its own side, not an ally of the next.
    if figure_spans:
        in_figures = [m for m in mentions if _inside_any(m, figure_spans)]
        # by identity: mentions do not overlap, so no two equal ones are in the list
        taken = {id(m) for m in in_figures}
        others = [m for m in mentions if id(m) not in taken] if taken else list(mentions)
    else:
        in_figures, others = [], list(mentions)
    # An actor whose name runs into the cue ("Syrian warplanes" in "Russian and Syrian
    # warplanes struck": the cue's first word is the name's head noun) stands before it:
    # it is the subject that acted, coordinated with the actors named before it.
    side_a: list[Mention] = [m for m in others if m.start < cue.start and m.end <= cue.end]
    side_b: list[Mention] = []
    after = [m for m in others if m.start >= cue.end]
    # Passive voice: "the capture of Aleppo by HTS", "the shelling was attributed to HTS"
    # put the actors after the agent marker on the acting side.  The search only where a
    # marker's first word is written at all.
    by = None
    if after and g.agent_firsts:
        between = text[cue.end : after[0].start]
        if not g.agent_ascii or not between.isascii() or _has_agent_word(g, between):
            by = g.agent.search(text, cue.end, after[0].start)
    by_end = -1 if by is None else by.end()
    if by is None and after and g.has_genitive:
        # "ataque da milícia CODECO contra um campo": the actor a genitive marker (and at
        # most two words) puts right after the cue is the attacker.
        gen = g.genitive.match(text, cue.end, after[0].start)
        if gen is not None and g.two_words.fullmatch(text, gen.end(), after[0].start):
            by_end = after[0].start  # (the words between are its head: "da milícia")
    if by_end >= 0:
        # The agent is the actor right after "by" and any actor coordinated with it
        # ("by HTS and allied factions"); later actors are the other side.
        previous_end = by_end
        joined = True
        for m in after:
            if m.start < by_end:
                side_b.append(m)
                continue
            joined = joined and bool(_COORDINATED.fullmatch(text, previous_end, m.start))
            (side_a if joined else side_b).append(m)
            previous_end = m.end
    else:
        side_b = after
    if cue.family == "clash" and bool(side_a) != bool(side_b):
        side_a, side_b = _split_symmetric(text, side_a or side_b)
    # Actors on one side of the cue are allies only when the text joins them ("X and
    # allied Y", "X backed by Y"); one named in another clause ("..., SANA said, after
    # government forces clashed") is a party of its own, never the acting side's ally.
    side_a, more_a = _joined(text, side_a)
    side_b, more_b = _joined(text, side_b)
    sides = [side_a, side_b, *more_a, *more_b, *[[m] for m in in_figures]]
    factions: list[Faction] = []
    used: set[str] = set()
    for side in sides:
        fresh = [m for m in side if m.entity_id not in used]
        if not fresh:
            continue  # no one on this side (_side_members would say None)
        faction = _side_members(text, fresh, actors)
        if faction is not None:
            factions.append(faction)
            used.update(faction.actor_ids)
    acting_known = bool(side_a) or (cue.family == "clash" and bool(factions))
    return tuple(factions), acting_known


def _path_units(text: str, places: Sequence[tuple[Mention, Location]], names: Lexicon) -> set[int]:
    """The places (by ``id`` of their mention) that stand in the admin path the text writes
    after another place ("Kabo (Tchaourou, Borgou)", "Kabo, in Tchaourou commune, Borgou":
    Tchaourou and Borgou), a path the text marks as one (see
    :func:`~conflict_events.resolve._place_context.read_admin_paths`)."""
    from conflict_events.resolve._place_context import PATH_REACH, path_in_text

    units: set[int] = set()
    for mention, _ in places:
        path, marked = path_in_text(text, mention.start, mention.end, names)
        if not path or not marked:
            continue
        for other, _ in places:
            if mention.end < other.start <= mention.end + PATH_REACH and any(
                unit.startswith(other.text) for unit in path
            ):
                units.add(id(other))
    return units


def _location(
    text: str, cue: EventCue, places: Sequence[tuple[Mention, Location]], names: Lexicon
) -> Location | None:
    if not places:
        return None
    if len(places) == 1:  # the common case: no ranking (and no closure built)
        mention, location = places[0]
    else:

        def rank(item: tuple[Mention, Location]) -> tuple[int, int, int]:
            mention, loc = item
            after = mention.start >= cue.end
            distance = mention.start - cue.end if after else cue.start - mention.end
            return (_SPECIFICITY.get(loc.kind, 11), 0 if after else 1, distance)

        # A unit of the path written after a place is where that place lies, never a
        # likelier place of the event than it: the place the path locates comes first,
        # whatever stands nearer the cue ("In Kabo (Tchaourou, Borgou), gunmen killed") --
        # unless the gazetteer put that place only in a coarser unit than one the text
        # names ("Seme Kpodji (Seme-Podji, Oueme)" read in Oueme): the finer unit, near.
        in_path = _path_units(text, places, names)
        located = [p for p in places if id(p[0]) not in in_path]
        mention, location = min(located or places, key=rank)
        if in_path and located:
            unit, unit_location = min((p for p in places if id(p[0]) in in_path), key=rank)
            if rank((unit, unit_location))[0] < rank((mention, location))[0]:
                return _near(unit_location)
    if (
        location.geo_precision is None or location.geo_precision < GeoPrecision.NEAR
    ) and _near_before(text, mention.start):
        location = _near(location)
    return location


def _near_before(text: str, start: int) -> bool:
    """Whether "near", "outside", "north of the town of" ... (:data:`_NEAR_BEFORE`) ends
    just before ``start``."""
    window = text[max(0, start - 60) : start]
    # Every alternative ends in one of _NEAR_WORDS, then white space and maybe "the": a
    # cheap test first, since a search anchored at the end tries every position.
    if not window or not window[-1].isspace():
        return False
    words = window.rsplit(None, 3)
    if not words:
        return False
    at = len(words) - 1
    last = ascii_folded(words[at])
    if last == "the" and at > 0:
        at -= 1
        last = ascii_folded(words[at])
    if not last.endswith(_NEAR_WORDS):
        return False
    # "of" ends only the alternatives whose word before it is one of _OF_WORDS ("outskirts
    # of", "north-western edge of", "the town of"); "the province of" is no "near".
    if last.endswith("of") and (at == 0 or not ascii_folded(words[at - 1]).endswith(_OF_WORDS)):
        return False
    # A match starts where one of the pattern's first words starts: try it only there (the
    # end-anchored search tries every position of the window).
    lo = max(0, start - 60)
    match = _NEAR_BEFORE.match
    # A loop, not any() over a generator (a frame per call).
    for m in _NEAR_FIRST.finditer(text, lo, start):  # noqa: SIM110
        if match(text, m.start(), start):
            return True
    return False


_NEAR_WORDS = ("near", "outside", "around", "overlooking", "of")
_OF_WORDS = ("outskirts", "edge", "north", "south", "east", "west", "ern", "city", "town")
# The first words of _NEAR_BEFORE's alternatives (each starts with ``\b`` and one of them).
_NEAR_FIRST = re.compile(
    r"\b(?:near|outside|around|overlooking|outskirts|north|south|east|west)", re.IGNORECASE
)


def _near(location: Location) -> Location:
    """``location`` at geo precision "near"; one copy per location (they are immutable and
    the gazetteer returns the same object for a place every time)."""
    found = _NEAR_COPIES.get(id(location))
    if found is not None and found[0] is location:
        return found[1]
    near = attrs.evolve(location, geo_precision=GeoPrecision.NEAR)
    if len(_NEAR_COPIES) >= _FACTIONS_MAX:
        _NEAR_COPIES.clear()
    # The original is kept in the value, so its id cannot be reused while the entry lives.
    _NEAR_COPIES[id(location)] = (location, near)
    return near


_NEAR_COPIES: dict[int, tuple[Location, Location]] = {}


def _territory_type(
    text: str,
    cue: EventCue,
    factions: Sequence[Faction],
    acting_known: bool,
    actors: dict[str, Actor],
    lo: int,
    state_noun: re.Pattern[str],
    state_subject: re.Pattern[str],
) -> SubEventType:
    """ACLED's split of territory changing hands: state forces (or a generic "the army",
    "troops" right before the verb) regain territory; anyone else overtakes it."""
    acting = actors.get(factions[0].lead) if factions and acting_known else None
    if acting is not None:
        state = acting.kind in STATE_KINDS
    else:
        state = bool(state_noun.search(text, max(lo, cue.start - 80), cue.start)) or (
            # a retaking verb says whose ground it was: its sentence's subject took it back
            # (before it, or right after its first word in a verb-first clause: "حررت القوات
            # بلدة")
            cue.family == "regain"
            and (
                state_subject.match(text, lo, cue.start) is not None
                or state_subject.match(
                    text, cue.start + len(cue.text.split(maxsplit=1)[0]), cue.end
                )
                is not None
            )
        )
    return S.GOVERNMENT_REGAINS_TERRITORY if state else S.NON_STATE_ACTOR_OVERTAKES_TERRITORY


def _main_country(places: Sequence[tuple[Mention, Location]]) -> str | None:
    """The country most of the article's places lie in.  A foreign country named in a
    sentence ("Russia has intensified its campaign") is a party or a backer, not where the
    event took place, so only the main country may be an event's location."""
    tally: dict[str, int] = {}
    for _, loc in places:
        if loc.country is not None:
            tally[loc.country] = tally.get(loc.country, 0) + (loc.kind is not LocationKind.COUNTRY)
    return max(tally, key=lambda c: tally[c]) if tally else None


def _usable_date(text: str, mention: DateMention, anchor: dt.date) -> bool:
    when = mention.when
    if when.start > anchor:  # a forecast dates no past event
        return False
    # "for the first time since 2016" dates the previous occurrence, not this one.
    before = max(0, mention.start_char - 60)
    # Both patterns need "since" / "first" in the window: a substring test first, since a
    # search anchored at the end tries the pattern at every position.
    window = ascii_folded(text[before : mention.start_char])
    if (
        mention.text.lower().startswith("since")
        and "first" in window
        and _FIRST_SINCE.search(text, before, mention.start_char)
    ):
        return False
    return "since" not in window or not _INSIDE_SINCE.search(text, before, mention.start_char)


def _background(mention: DateMention) -> bool:
    # A span longer than a month earlier in the text is background ("since 2011"), not the
    # time of the event a later sentence reports.
    return mention.when.days > 31


def _event_span(
    cue: EventCue,
    sentence: tuple[int, int],
    paragraph_start: int,
    usable: Sequence[DateMention],
    usable_starts: Sequence[int],
    anchor: dt.date,
) -> tuple[TimeSpan, str]:
    """The event's span and the rule that gave it.  ``usable`` are the date mentions that
    may date an event (see :func:`_usable_date`), in text order; ``usable_starts`` their
    start offsets."""
    s_start, s_end = sentence
    first = bisect_left(usable_starts, s_start)
    inside = [d for d in usable[first : bisect_left(usable_starts, s_end)] if d.end_char <= s_end]
    if inside:
        # One date in the sentence (the common case) is the nearest without ranking.
        best = (
            inside[0]
            if len(inside) == 1
            else min(inside, key=lambda d: abs(d.start_char - cue.start))
        )
        return best.when, "date:sentence"
    for d in reversed(usable[:first]):
        if d.end_char <= s_start and not _background(d):
            return d.when, "date:paragraph" if d.start_char >= paragraph_start else "date:article"
    return _publication_week(anchor), "date:publication"


@lru_cache(maxsize=64)
def _publication_week(anchor: dt.date) -> TimeSpan:
    """The span of an undated event: the week up to publication (immutable, so one per
    anchor date instead of one per engagement)."""
    return TimeSpan.between(
        anchor - _WEEK_BEFORE,
        anchor,
        approximate=True,
        expression="(no date given: the week up to publication)",
        anchor=anchor,
    )


def _collapse(text: str, limit: int = 300) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def build_engagements(
    text: str,
    *,
    sentences: Sequence[tuple[int, int]],
    actor_mentions: Sequence[Mention],
    actors: dict[str, Actor],
    place_mentions: Sequence[tuple[Mention, Location]],
    dates: Sequence[DateMention],
    facts: dict[int, SentenceFacts],
    anchor: dt.date,
    article_key: str,
    default_attribution: Attribution,
    lexicon: Lexicon | str = "en",
) -> list[Engagement]:
    """Candidate engagements, one per sentence and sub-event type.

    ``sentences`` are ``(start, end)`` spans; ``actors`` maps the mentioned actor ids to their
    :class:`Actor`; ``place_mentions`` pairs each place mention with its resolved
    :class:`Location`; ``facts`` maps a sentence's start to its casualty reports and
    attributions.

    >>> import datetime as dt
    >>> text = "Rebels captured the town on Monday."
    >>> [e.sub_event_type.value for e in build_engagements(
    ...     text, sentences=[(0, len(text))], actor_mentions=[], actors={}, place_mentions=[],
    ...     dates=[], facts={}, anchor=dt.date(2024, 11, 30), article_key="doc",
    ...     default_attribution=Attribution(source_name="the article"))]
    ['non_state_actor_overtakes_territory']
    """
    engagements: list[Engagement] = []
    # Per engagement: its cue's family, its paragraph's start and its date rule (for the
    # merging of one incident's mentions, _merge_incidents).
    families: list[tuple[frozenset[str], int, str, int, bool, tuple[EventCue, ...]]] = []
    w = CONFIDENCE_WEIGHTS  # read once per article, not once per engagement
    base_weight, location_weight, sourced_weight = w["base"], w["location"], w["sourced"]
    faction_weight = w["faction"]
    two_sides_weight = w["faction"] + w["both_sides"]
    make_id, trusted = Engagement.make_id, Engagement.trusted
    main_country = _main_country(place_mentions)
    combatants = sorted(
        (
            m
            for m in actor_mentions
            if m.entity_id in actors and actors[m.entity_id].kind not in NON_COMBATANT_KINDS
        ),
        key=lambda m: m.start,
    )
    combatant_starts = [m.start for m in combatants]
    candidate_places = sorted(
        (
            (m, loc)
            for m, loc in place_mentions
            if loc.kind is not LocationKind.COUNTRY or loc.country == main_country
        ),
        key=lambda item: item[0].start,
    )
    place_starts = [m.start for m, _ in candidate_places]
    usable = sorted((d for d in dates if _usable_date(text, d, anchor)), key=lambda d: d.start_char)
    usable_starts = [d.start_char for d in usable]
    lex = load(lexicon)
    grammar = _cue_grammar(lex)
    # The place words (generic and admin words, path openers) are English's where the
    # language has none, as in find_names; another key under names.places does not count.
    names = lex if lex.has(_NAMES_PLACES) else load("en")
    all_cues = (
        find_event_cues(text, sentences[0][0], sentences[-1][1], lexicon=lexicon)
        if sentences
        else []
    )
    cue_starts = [c.start for c in all_cues]
    n_cues = len(all_cues)
    # Where a seizure word stands (the keyword pass found them): only those sentences look
    # for things seized.
    seizures = keyword_hits(text, lex).get(SEIZURES) if grammar.seizure is not None else []
    fact_starts = sorted(facts)
    for s_start, s_end in sentences:
        first = bisect_left(cue_starts, s_start)
        if first == n_cues or cue_starts[first] >= s_end:
            continue  # most sentences: no cue starts in them
        cues = [c for c in all_cues[first : bisect_left(cue_starts, s_end)] if c.end <= s_end]
        if not cues:
            continue
        # A sentence without facts reads the empty defaults (only the three tuples are used).
        sentence_facts = _facts_of(facts, fact_starts, s_start)
        lo_a = bisect_left(combatant_starts, s_start)
        in_sentence = [
            m for m in combatants[lo_a : bisect_left(combatant_starts, s_end)] if m.end <= s_end
        ]
        lo_p = bisect_left(place_starts, s_start)
        places = [
            (m, loc)
            for m, loc in candidate_places[lo_p : bisect_left(place_starts, s_end)]
            if m.end <= s_end
        ]
        # "captured a thief" takes a person, no ground: civilians seizing someone are a mob
        # (the capture reads as an assault, typed by who acted), armed men take prisoners.
        # Civilians take no ground and make no arrest: "youths captured, assaulted and
        # killed three robbers", "locals detained and assaulted three men" are people taken.
        people_taken = {
            id(c)
            for c in cues
            if (
                c.family in _TERRITORY_FAMILIES
                and grammar.person_object.match(text, c.end, s_end) is not None
            )
            or (
                c.family in _PEOPLE_TAKING_FAMILIES
                and _civilians_acted(
                    grammar, text, c, s_start, in_sentence, sentence_facts.figure_spans
                )
            )
        }
        # "entered the town after government troops withdrew": a withdrawal beside a change
        # of ground (find_event_cues keeps one only "without a fight").
        if grammar.withdraw_re is not None and any(c.family in _TERRITORY_FAMILIES for c in cues):
            cues = _with_withdrawal(grammar, text, cues, s_start, s_end)
        # "livestock seized": goods taken, no ground.
        goods = grammar.family_type.get("looting")
        if goods is not None:
            cues = [
                _cue(c.text, c.start, c.end, "looting", goods)
                if c.family == "capture"
                and id(c) not in people_taken
                and grammar.goods_before.search(text, max(s_start, c.start - 40), c.start)
                else c
                for c in cues
            ]
        if people_taken:
            cues = [
                _cue(c.text, c.start, c.end, PEOPLE_TAKEN, S.ATTACK) if id(c) in people_taken else c
                for c in cues
            ]
        # "12 soldiers were captured" counts people, it takes no ground (a figure before
        # the cue: one after it, "captured two thieves", is people_taken above; "captured
        # the airport" read as a figure takes ground).
        if any(c.family == "capture" for c in cues) and any(
            f.outcome is Outcome.CAPTURED for _, r in sentence_facts.casualties for f in r.figures
        ):
            cues = [
                c
                for c in cues
                if c.family != "capture"
                or (
                    bool(sentence_facts.figure_spans)
                    and not any(b <= c.start for _, b in sentence_facts.figure_spans)
                )
            ]
        if grammar.order_force is not None and len(cues) > 1:
            cues = _fired_on_protest(grammar, text, cues, s_start)
        if not cues:
            continue
        # Things seized are no event ("três granadas" in a list of seized weapons), and a
        # clash or an attack that made people flee is the cause of a displacement told
        # elsewhere, no event of its own.
        if seizures and any(s_start <= at < s_end for at, _, _ in seizures):
            cues = [c for c in cues if not _seized(grammar, text, c, s_start, s_end)]
        if _displacement_only(sentence_facts) and not (
            places and _earlier_time(usable, usable_starts, s_start, s_end, anchor)
        ):
            cues = [c for c in cues if grammar.rank[c.family] > 0]
        if not cues:
            continue
        # "20 people were killed" with nobody said to have done it is a toll, no event of
        # its own (the sentence's other cues, if any, say what happened).
        if grammar.needs_actor:
            firsts: dict[re.Pattern[str], tuple[int, int] | None] = {}  # per sentence
            # The doer stands before the family's first cue: in "the bombings killed 259
            # people and injured 5,500" the people killed did not injure anyone.
            # Its first cue decides for the family ("were killed and 1,643 wounded": a
            # passive toll throughout).
            named: dict[str, bool] = {}
            # A killing told with its weapon is an act of its own where it is the sentence's
            # only family and the sentence gives its own time or place ("El pasado domingo,
            # otras cinco personas fueron asesinadas a tiros en un bar de Quevedo"); without
            # them it is the toll of the event told before it ("One protester was shot dead").
            first_date = bisect_left(usable_starts, s_start)
            alone = len({c.family for c in cues}) == 1 and (
                bool(places)
                or (first_date < len(usable_starts) and usable_starts[first_date] < s_end)
            )
            for c in cues:
                if c.family in grammar.needs_actor and c.family not in named:
                    named[c.family] = _actor_named(
                        grammar, text, c, s_start, s_end, in_sentence, firsts
                    ) or (alone and _told_how(grammar, text, c, s_end))
            cues = [c for c in cues if named.get(c.family, True)]
            if not cues:
                continue
        # The sentence's general cues: a definite mention among them ("three assailants were
        # killed in the attack") tells again an event of an earlier paragraph (read only
        # where one is, in _merge_incidents).
        general = tuple(c for c in cues if grammar.rank[c.family] <= 0)
        # Two families that together name one event ("protesters" and "set fire to": a
        # violent demonstration) become one cue of the combined type at the earlier cue.
        combined: dict[int, SubEventType] = {}
        groups: dict[int, frozenset[str]] = {}
        retarget: set[int] = set()  # combined cues that their target types (a raid)
        # Each clause (cut at a clause break: a coordinated clause with a subject of its own)
        # combines and ranks its own cues.
        # A cue right after "after an" ("... lançada na província após um ataque a um
        # comboio, no domingo") and the cues after it tell an earlier event: another clause,
        # and another engagement of the sentence, even of the same type.
        episodes = (
            [
                c.start
                for c in cues[1:]
                if grammar.earlier_event.search(text, max(s_start, c.start - 40), c.start)
                and not _one_incident(grammar, cues, c.start)
            ]
            if grammar.earlier_event is not None and len(cues) > 1
            else []
        )
        clauses = _clauses(grammar, text, cues, episodes) if len(cues) > 1 else [cues]
        if len(cues) > 1 and grammar.combinations:
            for k, clause in enumerate(clauses):
                if len(clause) > 1:
                    clauses[k], clause_combined, clause_groups = _combine(
                        grammar, clause, retarget, _counts_harm(sentence_facts)
                    )
                    combined.update(clause_combined)
                    groups.update(clause_groups)
            cues = [c for clause in clauses for c in clause]
        # A clash or a killing beside a more specific cue is how that event happened, not
        # another event: only the cues of the highest rank present stand.
        rank = grammar.rank
        if (
            grammar.casualty_rank
            and any(c.family in grammar.casualty_rank for c in cues)
            and _counts_harm(sentence_facts)
        ):
            rank = {**rank, **grammar.casualty_rank}
        # (a clause of only negative-rank cues, a sighting or a surrender, still yields to
        # an event told in the sentence's other clauses: it is part of it)
        tops = [max(rank[c.family] for c in clause) for clause in clauses]
        floor = 0 if max(tops) >= 0 else max(tops)
        cues = [
            c
            for clause, top in zip(clauses, tops, strict=True)
            if top >= floor
            for c in clause
            if rank[c.family] == top
        ]
        # (one cue per family, and per episode: "after an attack" tells another event)
        first_of_family: dict[tuple[str, int], EventCue] = {}
        for cue in cues:
            first_of_family.setdefault(
                (cue.family, bisect_right(episodes, cue.start) if episodes else 0), cue
            )
        ordered = list(first_of_family.values())  # in text order, as the cues are
        chosen: dict[
            tuple[SubEventType, int],
            tuple[EventCue, tuple[Faction, ...], bool, list[tuple[Mention, Location]]],
        ] = {}
        for i, cue in enumerate(ordered):
            # Each cue owns the actors between its neighbours: in "the army's claim of
            # regaining positions, and the rebels' seizure of Saraqib" the army is no party
            # to the seizure.
            lo = ordered[i - 1].end if i else s_start
            hi = ordered[i + 1].start if i + 1 < len(ordered) else s_end
            if i and cue.start in episodes:
                # An earlier event told after "after an" starts there: the places and actors
                # named before it are the later event's ("uma operação lançada na província
                # de Zondoma após um ataque a uma patrulha": Zondoma is the operation's).
                lo = cue.start
            # ... and none across a clause break (each clause has a subject of its own)
            if grammar.clause_break is not None and len(ordered) > 1:
                # (a verb-first clause's break ends past its verb: "، واعتقلت الشرطة")
                brk = _break_before(grammar, text, lo, cue)
                while brk is not None:
                    lo = min(brk.end(), cue.start)
                    brk = _break_before(grammar, text, lo, cue) if lo < cue.start else None
                brk = grammar.clause_break.search(text, cue.end, hi)
                if brk is not None:
                    hi = brk.start()
            # With one cue the window is the whole sentence (the common case: no filtering).
            single = len(ordered) == 1
            window = (
                in_sentence if single else [m for m in in_sentence if lo <= m.start and m.end <= hi]
            )
            factions, acting_known = _factions(
                grammar, text, cue, window, actors, sentence_facts.figure_spans
            )
            sub = combined.get(id(cue), cue.sub_event_type)
            if (cue.family in grammar.by_target and id(cue) not in combined) or (
                id(cue) in retarget
            ):
                typed = _target_type(
                    grammar, text, cue, lo, hi, window, s_end, sentence_facts.figure_spans
                )
                if typed is None and sub is S.ARMED_CLASH and cue.family != "clash":
                    # No target word: an attack whose toll is civilians' only hit civilians.
                    typed = S.ATTACK if _civilian_toll(sentence_facts) else None
                sub = typed or sub
            elif cue.family in grammar.by_perpetrator and id(cue) not in combined:
                if _civilians_acted(grammar, text, cue, lo, window, sentence_facts.figure_spans):
                    sub = S.MOB_VIOLENCE
            elif cue.family in _TERRITORY_FAMILIES and id(cue) not in combined:
                sub = _territory_type(
                    text,
                    cue,
                    factions,
                    acting_known,
                    actors,
                    lo,
                    grammar.state_noun,
                    grammar.state_subject,
                )
            window_places = (
                places
                if single
                else [(m, loc) for m, loc in places if lo <= m.start and m.end <= hi]
            )
            episode = bisect_right(episodes, cue.start) if episodes else 0
            chosen.setdefault((sub, episode), (cue, factions, acting_known, window_places))
        if not chosen:
            continue
        by_sub: dict[tuple[SubEventType, int], list[CasualtyReport]] = {k: [] for k in chosen}
        if len(chosen) == 1:
            # One engagement in the sentence (the common case) is nearest to every report.
            by_sub[next(iter(chosen))] = [report for _, report in sentence_facts.casualties]
        else:
            cue_positions = {k: found[0].start for k, found in chosen.items()}
            # A report goes to an engagement of the clause its first figure stands in
            # ("Боевики атаковали патруль, убив двух военных, и полиция задержала ...": the
            # two killed are the attack's), the nearest of them; else to the nearest.
            cuts = _clause_cuts(grammar, text, clauses) if len(clauses) > 1 else []
            clause_of = {id(c): k for k, clause in enumerate(clauses) for c in clause}
            for offset, report in sentence_facts.casualties:
                at = bisect_right(cuts, offset)
                own = [k for k, found in chosen.items() if clause_of.get(id(found[0])) == at]
                nearest = min(own or cue_positions, key=lambda k: abs(cue_positions[k] - offset))
                by_sub[nearest].append(report)
        paragraph_start = text.rfind("\n", 0, s_start) + 1  # where its paragraph starts
        # Per sentence, not per engagement: every engagement of a sentence shares these.
        description = _collapse(text[s_start:s_end])
        attributions = sentence_facts.attributions or (default_attribution,)
        sourced = bool(sentence_facts.attributions)
        for (sub, episode), (cue, factions, acting_known, window_places) in chosen.items():
            when, date_rule = _event_span(
                cue, (s_start, s_end), paragraph_start, usable, usable_starts, anchor
            )
            location = _location(text, cue, window_places, names)
            casualties = tuple(by_sub[sub, episode])
            confidence = base_weight + w[date_rule]
            if factions:
                confidence += faction_weight if len(factions) == 1 else two_sides_weight
            confidence += location_weight if location is not None else 0
            confidence += sourced_weight if casualties or sourced else 0
            key = f"{article_key}:{s_start}-{s_end}:{_VALUES[sub]}" + (
                f":{episode}" if episode else ""
            )
            # Every field is built here from validated parts (model enums, TimeSpans and
            # Locations from the parsers, Factions and reports constructed with checks), so
            # the trusted constructor skips the converters and re-checks.
            families.append(
                (
                    groups.get(id(cue)) or frozenset((cue.family,)),
                    paragraph_start,
                    date_rule,
                    s_start,
                    _points_back(grammar, text, cue, s_start),
                    general,
                )
            )
            engagements.append(
                trusted(
                    id=make_id(key),
                    event_type=sub.event_type,
                    sub_event_type=sub,
                    when=when,
                    location=location,
                    factions=factions,
                    casualties=casualties,
                    attributions=attributions,
                    description=description,
                    tags=(
                        f"cue:{' '.join(cue.text.lower().split())}",
                        date_rule,
                        *(() if acting_known or not factions else ("factions:target-only",)),
                    ),
                    confidence=min(100, confidence),
                )
            )
    if len(engagements) > 1:
        return _merge_incidents(grammar, text, engagements, families)
    return engagements


def _fired_on_protest(
    g: _CueGrammar, text: str, cues: list[EventCue], s_start: int
) -> list[EventCue]:
    """``cues`` with each shooting at someone (the ``assailant`` family: "fired on", "a tiré
    sur", "disparou contra") or killing by the forces of order (``events.order_forces``
    before it, in the 60 characters of its sentence) at people a protest cue after it tells
    of ("traders who were protesting", "vendedores ambulantes que protestavam"), or a
    passive one whose agent they are, with a protest cue anywhere in the sentence ("mortas
    pela polícia durante uma manifestação"), read as excessive force (the ``excessive``
    family, which with the protest is force against protesters)."""
    excessive = g.family_type.get("excessive")
    protests = [c.start for c in cues if c.family == "protest"]
    if excessive is None or not protests or g.order_force is None:
        return cues
    out = []
    for c in cues:
        if c.family in _FORCE_FAMILIES and (
            (
                any(p > c.start for p in protests)
                and g.order_force.search(text, max(s_start, c.start - 60), c.start) is not None
            )
            or _order_agent(g, text, c)
        ):
            c = _cue(c.text, c.start, c.end, "excessive", excessive)
        out.append(c)
    return out


# The families of a shooting or a killing that the forces of order may do to protesters.
_FORCE_FAMILIES = frozenset(("assailant", "killing"))


def _order_agent(g: _CueGrammar, text: str, cue: EventCue) -> bool:
    """Whether the forces of order are the agent right after a passive ``cue`` ("mortas
    pela polícia", "killed by police")."""
    if g.order_force is None:
        return False
    if g.passive_before.search(text, max(0, cue.start - 30), cue.start) is None:
        return False
    by = g.agent.match(text, cue.end + len(text[cue.end :]) - len(text[cue.end :].lstrip()))
    if by is None:
        return False
    # (an article may stand between: "par la police", "por la policía")
    return any(
        g.order_force.match(text, by.end() + m.start()) is not None
        for m in itertools.islice(_WORD.finditer(text[by.end() : by.end() + 40]), 2)
    )


def _one_incident(g: _CueGrammar, cues: list[EventCue], at: int) -> bool:
    """Whether the cues before ``at`` and those from it on make one of the lexicon's
    combinations: one incident told in its course ("abducted nine farmers after a gunfight
    with soldiers", "arrested following an exchange of gunfire"), not an earlier event; or
    a change of ground after the assault that won it ("seized the town after a pre-dawn
    assault on an army base there": ACLED codes the takeover, the battle is its course)."""
    before = {c.family for c in cues if c.start < at}
    if before & _TERRITORY_FAMILIES:
        return True
    after = {c.family for c in cues if c.start >= at}
    return any(
        (when in before and with_ & after) or (when in after and with_ & before)
        for when, with_, _ in g.combinations
    )


def _clauses(
    g: _CueGrammar,
    text: str,
    cues: list[EventCue],
    episodes: Sequence[int] = (),
) -> list[list[EventCue]]:
    """``cues`` (in text order, at least one) cut into clauses at each clause break between
    two cues (a coordinated clause with a subject of its own tells another event) and before
    each cue that starts at one of ``episodes`` (an earlier event: "after an attack")."""
    clauses: list[list[EventCue]] = [[cues[0]]]
    for prev, c in itertools.pairwise(cues):
        if _break_before(g, text, prev.end, c) is not None or c.start in episodes:
            clauses.append([c])
        else:
            clauses[-1].append(c)
    return clauses


def _break_before(g: _CueGrammar, text: str, lo: int, cue: EventCue) -> re.Match[str] | None:
    """The first clause break in ``text[lo:]`` before ``cue``: one that ends before it, or,
    in a language that may put the verb before the subject (``verb_before_subject``), one
    whose subject stands in the cue or right after it, where the cue is the verb joined to
    the coordinator ("، واعتقلت الشرطة") or follows a fronted adverb (", und später nahm die
    Polizei ... fest"; ", und töteten zwei Soldaten" has no subject of its own)."""
    if g.clause_break is None:
        return None
    brk = g.clause_break.search(text, lo, cue.start)
    if brk is not None or not g.verb_before_subject:
        return brk
    brk = g.clause_break.search(text, lo, cue.end + _SUBJECT_REACH)
    if brk is None or brk.start() >= cue.start or "brk_lead" not in brk.re.groupindex:
        return None
    return brk if cue.start < brk.end("brk_lead") or brk.group("brk_adverb") else None


def _clause_cuts(g: _CueGrammar, text: str, clauses: Sequence[Sequence[EventCue]]) -> list[int]:
    """Where each clause after the first starts: at the clause break before its first cue
    (:func:`_clauses`), else at that cue (an earlier event: "after an attack")."""
    cuts = []
    for before, clause in itertools.pairwise(clauses):
        start = clause[0].start
        brk = _break_before(g, text, before[-1].end, clause[0]) if before else None
        if brk is not None:
            start = brk.start()
        cuts.append(start)
    return cuts


# How far after a cue the subject of its clause may stand (a verb-first clause: "، واعتقلت
# الشرطة"), for the clause break before it.
_SUBJECT_REACH: Final = 40


def _points_back(g: _CueGrammar, text: str, cue: EventCue, s_start: int) -> bool:
    """Whether ``cue`` is a definite mention ("the fighting", "l'attaque", "الهجوم",
    "нападение"): an event already told, not a new one."""
    return (
        g.anaphora is not None
        and g.anaphora.search(text, max(s_start, cue.start - 40), cue.start) is not None
    ) or (g.definite_cue is not None and g.definite_cue.fullmatch(cue.text) is not None)


def _same_incident(a: Engagement, b: Engagement, b_rule: str) -> bool:
    """Whether ``b`` (later) can be another mention of ``a``: no other place, no other
    date (a date written in ``b``'s own sentence must be ``a``'s), and a shared actor when
    both name actors."""
    if a.location is not None and b.location is not None and a.location.name != b.location.name:
        return False
    if b_rule == "date:sentence" and b.when != a.when:
        return False
    if a.factions and b.factions:
        ids_a = {i for f in a.factions for i in f.actor_ids}
        if not any(i in ids_a for f in b.factions for i in f.actor_ids):
            return False
    return True


def _merge_incidents(
    g: _CueGrammar,
    text: str,
    engagements: list[Engagement],
    families: list[tuple[frozenset[str], int, str, int, bool, tuple[EventCue, ...]]],
) -> list[Engagement]:
    """One engagement per incident: a later engagement of the same paragraph that is of the
    same event type as an earlier one, or completes it by one of the lexicon's combinations
    ("demonstrated" ... "the demonstrators barricaded the road": a violent demonstration),
    and names no other place, date or actors, is another mention of it; its figures and
    sides join the earlier one, whose sub-event type stands (the combination's, where one
    applies)."""
    kept: list[Engagement] = []
    # families merged in, paragraph start, sentence start
    kept_meta: list[tuple[set[str], int, int]] = []
    for e, (family, paragraph, rule, sentence, anaphoric, general) in zip(
        engagements, families, strict=True
    ):
        target = None
        for k in range(len(kept) - 1, -1, -1):
            k_families, k_paragraph, k_sentence = kept_meta[k]
            if k_paragraph != paragraph:
                # Across paragraphs only a definite mention ("the attack", "l'attaque")
                # points back; it joins the nearest earlier engagement of its type.
                if any(_points_back(g, text, c, sentence) for c in general):
                    target = _told_before(g, kept, kept_meta, k, e, family, rule)
                break
            if k_sentence == sentence:
                continue  # one sentence's engagements were told apart on purpose
            first = kept[k]
            weapons = family & g.one_per_weapon
            if weapons and k_families & g.one_per_weapon and not weapons & k_families:
                continue  # another weapon: another strike ("shelling ... a drone hit")
            combined = _combined_type(g, k_families, family, first.sub_event_type)
            same_type = first.event_type is e.event_type and (
                not (family & g.one_per_place)
                or (first.location is not None and first.location == e.location)
            )
            # "Two people were wounded in the fighting": a mention that points back and
            # names no one (nor a change of ground) is the earlier event, whatever its cue.
            back = anaphoric and not e.factions and not family & g.one_per_place
            if (combined is not None or same_type or back) and _same_incident(first, e, rule):
                if (
                    combined is None
                    and (same_type or not back)
                    and _rank(g, family) > _rank(g, k_families)
                ):
                    # A later mention that says more precisely what happened ("gunmen
                    # fired at a vehicle" ... "the gunmen abducted a woman") gives the type.
                    combined = e.sub_event_type
                target = (k, combined)
                break
        if target is None:
            kept.append(e)
            kept_meta.append((set(family), paragraph, sentence))
            continue
        k, combined = target
        first = kept[k]
        sub = combined or first.sub_event_type
        ids = {i for f in first.factions for i in f.actor_ids}
        new_sides = tuple(f for f in e.factions if not ids.intersection(f.actor_ids))
        kept[k] = attrs.evolve(
            first,
            event_type=sub.event_type if sub is not None else first.event_type,
            sub_event_type=sub,
            location=first.location or e.location,
            factions=first.factions + new_sides,
            casualties=first.casualties + e.casualties,
            tags=(
                *first.tags,
                *(t for t in e.tags if t.startswith("cue:") and t not in first.tags),
            ),
        )
        kept_meta[k][0].update(family)
    return kept


def _told_before(
    g: _CueGrammar,
    kept: list[Engagement],
    kept_meta: list[tuple[set[str], int, int]],
    last: int,
    e: Engagement,
    family: frozenset[str],
    rule: str,
) -> tuple[int, SubEventType | None] | None:
    """The earlier engagement (of ``kept[: last + 1]``, in earlier paragraphs) that a
    definite mention ``e`` of a later paragraph tells again ("Gunmen attacked Kairu on
    Tuesday ..." ... "Two more people died of wounds sustained in the attack"), with no
    combined type: the nearest of ``e``'s sub-event type, or, for a general mention ("the
    attack", "the fighting": an attack or a clash by default) that names no one, the nearest
    violent event that changed no ground.  None when that one is another incident: ``e``
    names another place, a day of its own that is not that one's, another weapon, other
    actors, or a change of ground."""
    if family & g.one_per_place:
        return None
    earlier = range(last, -1, -1)
    k = next((k for k in earlier if kept[k].sub_event_type is e.sub_event_type), None)
    if k is None and not e.factions and e.sub_event_type in _GENERAL_TYPES:
        # (no combination across paragraphs: "residents angered by the attack set fire to
        # ..." is a riot of its own, not the clash told before)
        k = next(
            (
                k
                for k in earlier
                if kept[k].event_type in _VIOLENT_TYPES and not kept_meta[k][0] & g.one_per_place
            ),
            None,
        )
    if k is None:
        return None
    weapons = family & g.one_per_weapon
    if weapons and not weapons & kept_meta[k][0]:
        return None  # another weapon: another strike
    return (k, None) if _same_incident(kept[k], e, rule) else None


def _rank(g: _CueGrammar, families: frozenset[str] | set[str]) -> int:
    return max((g.rank.get(f, 0) for f in families), default=0)


def _combined_type(
    g: _CueGrammar, earlier: set[str], later: frozenset[str], current: SubEventType | None
) -> SubEventType | None:
    """The combination's type when the families ``later`` complete one with ``earlier``:
    the earlier mention's own type ``current`` when one of them gives it ("angry youths
    burned tyres" ... "the police dispersed them" stays a violent demonstration), else the
    first in the lexicon's order."""
    found = None
    for when, with_, sub in g.across_sentences:
        if (when in earlier and with_ & later) or (when in later and with_ & earlier):
            if sub is current:
                return sub
            found = found or sub
    return found


def _combine(
    g: _CueGrammar, cues: list[EventCue], by_target: set[int] | None = None, harmed: bool = False
) -> tuple[list[EventCue], dict[int, SubEventType], dict[int, frozenset[str]]]:
    """The cues of one sentence after the lexicon's combinations: for each combination whose
    ``when`` family and one of its ``with`` families are there, the earlier of their first
    cues stands for both (with the combined type, keyed by ``id``) and the other cues of those
    families go.  The ids of keepers whose type their target decides go into ``by_target``;
    ``harmed``: the sentence counts people killed or injured."""
    families = {c.family for c in cues}
    combined: dict[int, SubEventType] = {}
    groups: dict[int, frozenset[str]] = {}
    used: set[str] = set()
    for i, (when, with_, sub) in enumerate(g.combinations):
        if when not in families or when in used:
            continue
        if i in g.unless and g.unless[i] & families:
            continue
        if i in g.combination_harm and not harmed and not g.combination_harm[i] & families:
            continue
        partners = (with_ & families) - used
        if i in g.when_first:
            first = next(c.start for c in cues if c.family == when)
            partners = frozenset(
                p for p in partners if any(c.family == p and c.start > first for c in cues)
            )
        if not partners:
            continue
        group = partners | {when}
        # (a combination typed by its target keeps its ``when`` cue, whose object it reads:
        # "casas incendiadas num ataque de insurgentes" is read from "ataque")
        retyped = by_target is not None and i in g.combination_by_target
        keeper = next(c for c in cues if (c.family == when if retyped else c.family in group))
        combined[id(keeper)] = sub
        groups[id(keeper)] = frozenset(group)
        if retyped and by_target is not None:
            by_target.add(id(keeper))
        cues = [c for c in cues if c is keeper or c.family not in group]
        used |= group
    return cues, combined, groups


_NAMES_PLACES = "names.places.generic_words"
# The sub-types a general mention ("the attack", "the fighting") takes by default, and the
# types of the events it may point back to.
_GENERAL_TYPES = frozenset((S.ATTACK, S.ARMED_CLASH))
_VIOLENT_TYPES = frozenset(
    (
        EventType.BATTLES,
        EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        EventType.VIOLENCE_AGAINST_CIVILIANS,
    )
)
_TERRITORY_FAMILIES = frozenset(("capture", "regain"))
# Families whose cue by civilians only takes people (no ground, no arrest).
_PEOPLE_TAKING_FAMILIES = frozenset(("capture", "regain", "arrest"))
_TARGET_TYPES = {
    "armed": S.ARMED_CLASH,
    "civilian": S.ATTACK,
    "convoy": S.ATTACK,  # a civilian convoy (a convoy of trucks, an aid convoy)
    "property": S.LOOTING_PROPERTY_DESTRUCTION,
}


def _actor_named(
    g: _CueGrammar,
    text: str,
    cue: EventCue,
    lo: int,
    sentence_end: int,
    window: Sequence[Mention],
    firsts: dict[re.Pattern[str], tuple[int, int] | None],
) -> bool:
    """Whether someone is said to have done it: an actor or a people word before an active
    cue ("gunmen killed", "a farmer killed"), or "by ..." after a passive one."""
    hi = cue.start
    if g.passive_before.search(text, max(lo, cue.start - 30), cue.start) is not None:
        stop = text.find(".", cue.end, sentence_end)
        return g.agent.search(text, cue.end, sentence_end if stop == -1 else stop) is not None
    return (
        any(
            m.start < hi and m.end <= cue.end for m in window
        )  # (see _factions: "Syrian warplanes")
        # the cue may name who did it ("برصاص قناصة": by snipers' bullets)
        or g.armed_actor.search(text, cue.start, cue.end) is not None
        or _matches_before(g.armed_actor, text, lo, hi, sentence_end, firsts)
        or _matches_before(g.civilian_actor, text, lo, hi, sentence_end, firsts)
        or _matches_before(g.communal_actor, text, lo, hi, sentence_end, firsts)
    )


def _told_how(g: _CueGrammar, text: str, cue: EventCue, sentence_end: int) -> bool:
    """Whether a killing is told with its weapon or manner (``events.killing_manner``) in its
    cue or right after it ("fueron asesinadas a tiros", "were shot dead", "vurularak
    öldürüldü" before it in a verb-final clause): an act someone did, unnamed, not a bare
    toll ("cinco personas murieron")."""
    if g.killing_manner is None:
        return False
    lo = max(0, cue.start - _MANNER_REACH) if g.object_before_verb else cue.start
    return g.killing_manner.search(text, lo, min(sentence_end, cue.end + _MANNER_REACH)) is not None


# How far from a killing word its manner may stand ("asesinadas la noche del domingo a tiros").
_MANNER_REACH: Final = 40


def _matches_before(
    pattern: re.Pattern[str],
    text: str,
    lo: int,
    hi: int,
    end: int,
    firsts: dict[re.Pattern[str], tuple[int, int] | None],
) -> bool:
    """Whether ``pattern`` matches within ``text[lo:hi]``.

    The first match from ``lo`` to the sentence's ``end`` is found once per sentence and
    answers for every cue in it; searching ``lo..cue`` afresh for each cue is quadratic in a
    long sentence.  Only a cue that falls inside that first match searches its own span.
    """
    if pattern not in firsts:
        found = pattern.search(text, lo, end)
        firsts[pattern] = None if found is None else found.span()
    first = firsts[pattern]
    if first is None or first[0] >= hi:
        return False
    return first[1] <= hi or pattern.search(text, lo, hi) is not None


def _facts_of(
    facts: dict[int, SentenceFacts], starts: Sequence[int], s_start: int
) -> SentenceFacts:
    """The facts of the sentence at ``s_start``, with those of a sentence that starts
    before it and runs past it: a first sentence read after its dateline ("Culiacán
    (México), 12 dic (EFE).- Al menos siete personas murieron ...") whose figures were
    found in the whole line."""
    own = facts.get(s_start)
    at = bisect_left(starts, s_start) - 1
    if at < 0 or facts[starts[at]].end <= s_start:
        return own or _NO_FACTS
    around = facts[starts[at]]
    if own is None:
        return around
    return attrs.evolve(
        own,
        casualties=around.casualties + own.casualties,
        attributions=own.attributions or around.attributions,
        figure_spans=around.figure_spans + own.figure_spans,
    )


def _civilian_toll(facts: SentenceFacts) -> bool:
    """Whether the sentence counts people killed or injured, civilians or people at large
    and no one of another group ("18 people, including three children, died"; "eleven
    people died", but not "28 people, including six policemen")."""
    harmed = False
    for _, report in facts.casualties:
        for f in report.figures:
            if f.outcome is Outcome.KILLED or f.outcome is Outcome.INJURED:
                if f.group != "civilians" and f.group != "total":
                    return False
                harmed = True
    return harmed


def _earlier_time(
    usable: Sequence[DateMention],
    usable_starts: Sequence[int],
    s_start: int,
    s_end: int,
    anchor: dt.date,
) -> bool:
    """Whether the sentence dates itself before the publication week ("En mayo del año
    pasado, unas 700 personas de X huyeron tras combates …"): a clash that made people flee
    then is a past incident of its own (background, with its place), not the cause of a
    displacement the article tells elsewhere.

    >>> import datetime as dt
    >>> from conflict_events import find_dates
    >>> text = "In May last year 700 people fled after fighting."
    >>> dates = find_dates(text, dt.date(2026, 10, 13))
    >>> _earlier_time(dates, [d.start_char for d in dates], 0, len(text), dt.date(2026, 10, 13))
    True
    """
    first = bisect_left(usable_starts, s_start)
    return any(
        d.end_char <= s_end and d.when.end < anchor - _WEEK_BEFORE
        for d in usable[first : bisect_left(usable_starts, s_end)]
    )


def _displacement_only(facts: SentenceFacts) -> bool:
    """Whether the sentence's figures count only people displaced ("1,200 people have left
    their homes because of the fighting")."""
    found = False
    for _, report in facts.casualties:
        for f in report.figures:
            if f.outcome is not Outcome.DISPLACED:
                return False
            found = True
    return found


def _seized(g: _CueGrammar, text: str, cue: EventCue, s_start: int, s_end: int) -> bool:
    """Whether ``cue`` names things seized, no event: a weapon in the list of a seizure
    ("Foram apreendidos cinco fuzis, três granadas"; a seizure word before it in its sentence
    or just after it), or a capture or arrest of things ("ele geçirildi" after documents,
    "apreendidos quatro fuzis")."""
    if g.seizure is None:
        return False
    if cue.family in g.one_per_weapon:
        return (
            g.seizure.search(text, max(s_start, cue.start - 120), cue.start) is not None
            or g.seizure.search(text, cue.end, min(s_end, cue.end + 40)) is not None
        )
    if cue.family in _PEOPLE_TAKING_FAMILIES and g.seizure.fullmatch(cue.text) is not None:
        return (
            g.seized_item.search(text, max(s_start, cue.start - 40), cue.start) is not None
            or g.seized_item.search(text, cue.end, min(s_end, cue.end + 40)) is not None
        )
    return False


def _counts_harm(facts: SentenceFacts) -> bool:
    """Whether the sentence counts people killed or injured."""
    for _, report in facts.casualties:
        for f in report.figures:
            if f.outcome is Outcome.KILLED or f.outcome is Outcome.INJURED:
                return True
    return False


def _names_outside(
    pattern: re.Pattern[str],
    text: str,
    lo: int,
    hi: int,
    figure_spans: Sequence[tuple[int, int]],
    participle: bool = False,
) -> bool:
    """Whether ``pattern`` matches in ``text[lo:hi]`` outside every casualty figure: the
    people a figure counts ("seven people died in a clash") are the victims, not who acted.
    A figure right before the cue at ``hi`` ("a farmer killed a herder") is its subject,
    unless the cue is a ``participle`` ("14 personas asesinadas": whom it hit)."""
    victims = [(a, b) for a, b in figure_spans if participle or b > hi or text[b:hi].strip()]
    if not victims:
        return pattern.search(text, lo, hi) is not None
    for m in pattern.finditer(text, lo, hi):
        start, end = m.span()
        if not any(a <= start and end <= b for a, b in victims):
            return True
    return False


def _participle(g: _CueGrammar, cue: EventCue) -> bool:
    """Whether ``cue`` is a past participle (``events.participle_endings``)."""
    return g.participle is not None and g.participle.search(cue.text) is not None


# A comma, Latin or Arabic ("بحسب سكان محليين، ...").
_COMMA: Final = re.compile("[,\u060c]")


def _after_speech(g: _CueGrammar, text: str, lo: int, hi: int) -> int:
    """Where the actors of a cue at ``hi`` may be named: after the last verb of speech in
    ``text[lo:hi]`` (the people named before it spoke: "Moradores relataram intenso
    tiroteio", "Villagers said clashes ...") or the comma that ends an "according to"
    phrase ("De acuerdo con pobladores, los choques ..."), else from ``lo``."""
    last = lo
    if g.speech is not None:
        for m in g.speech.finditer(text, lo, hi):
            last = m.end()
    if g.according is not None:
        for m in g.according.finditer(text, lo, hi):
            comma = _COMMA.search(text, m.end(), hi)
            if comma is not None:
                last = max(last, comma.end())
    return last


def _civilians_acted(
    g: _CueGrammar,
    text: str,
    cue: EventCue,
    lo: int,
    window: Sequence[Mention],
    figure_spans: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether civilians, and no armed actor or armed word, are named before an active cue
    ("a group of residents destroyed a customs vehicle"), outside the casualty figures."""
    if g.passive_before.search(text, max(lo, cue.start - 30), cue.start) is not None:
        return False
    if g.clause_break is not None:  # who acted is named in the cue's own clause
        brk = g.clause_break.search(text, lo, cue.start)
        while brk is not None:
            lo = brk.end()
            brk = g.clause_break.search(text, lo, cue.start)
    if (
        g.civilian_actor.search(text, lo, cue.start) is None
        and g.communal_actor.search(text, lo, cue.start) is None
    ):
        return False  # no civilians named at all (none later in the clause either)
    lo = _after_speech(g, text, lo, cue.start)  # (who spoke did not act)
    if g.armed_actor.search(text, lo, cue.start) is not None or any(
        lo <= m.start < cue.start and m.end <= cue.end for m in window
    ):
        return False
    participle = _participle(g, cue)
    return _names_outside(
        g.civilian_actor, text, lo, cue.start, figure_spans, participle
    ) or _names_outside(g.communal_actor, text, lo, cue.start, figure_spans, participle)


def _communal_target(
    g: _CueGrammar, text: str, lo: int, stop: int, actor_span: tuple[int, int]
) -> bool:
    """Whether a camp or a community is hit anywhere in ``text[lo:stop]``: not the acting
    side's own community word ("members of the Fulani community assaulted a man": they
    acted, no community was attacked)."""
    a_lo, a_hi = actor_span
    for m in g.communal_target.finditer(text, lo, stop):
        if a_lo <= m.start() < a_hi and g.communal_actor.match(text, m.start()) is not None:
            continue
        return True
    return False


def _marked_object(
    g: _CueGrammar, text: str, start: int, stop: int
) -> tuple[bool, re.Match[str] | None]:
    """Whether a target marker stands in ``text[start:stop]`` ("contra", "на", "against"),
    and the first target word in the phrase after one of them (to its clause's comma)."""
    if g.target_marker is None:
        return False, None
    found = False
    for marker in g.target_marker.finditer(text, start, stop):
        found = True
        end = text.find(",", marker.end(), stop)
        m = g.target_re.search(text, marker.end(), stop if end == -1 else end)
        if m is not None:
            return True, m
    return found, None


def _actor_marked(
    g: _CueGrammar, text: str, start: int, stop: int, window: Sequence[Mention]
) -> bool:
    """Whether an armed actor (one of ``window``, the combatants' mentions) is the first
    thing named in the phrase after a target marker in ``text[start:stop]`` (to its
    clause's comma, before any target word): "contra el Clan del Golfo", "against the
    Islamic State in Puntland left 30 people dead"."""
    if g.target_marker is None or not window:
        return False
    for marker in g.target_marker.finditer(text, start, stop):
        end = text.find(",", marker.end(), stop)
        end = stop if end == -1 else end
        word = g.target_re.search(text, marker.end(), end)
        if word is not None:
            end = word.start()
        if any(marker.end() <= m.start and m.end <= end for m in window):
            return True
        if word is not None:
            return False
    return False


def _target_type(
    g: _CueGrammar,
    text: str,
    cue: EventCue,
    lo: int,
    hi: int,
    window: Sequence[Mention],
    sentence_end: int,
    figure_spans: Sequence[tuple[int, int]] = (),
) -> SubEventType | None:
    """The type an attack gets from who acted and whom it hit (None: no word says).

    The acting side is before the cue, or after "by" in a passive ("a policeman was shot by
    gunmen"); the target the other way round.  Civilians acting with no armed actor or armed
    word among them make mob violence; otherwise armed targets make an armed clash and
    civilian targets an attack on civilians.  The people a casualty figure counts are
    victims, never who acted.  In a verb-final language the target, like a passive's, is the
    last target word before the cue.
    """
    target_span_needed = cue.family != "clash"
    # The target may stand past the next cue ("gunmen attacked a post"): read to the end of
    # the sentence (its first full stop: abbreviations end the search early, harmlessly).
    stop = text.find(".", cue.end, sentence_end)
    stop = sentence_end if stop == -1 else stop
    passive = g.passive_before.search(text, max(lo, cue.start - 30), cue.start) is not None
    if passive:
        by = g.agent.search(text, cue.end, stop)
        actor_span = (by.end(), stop) if by is not None else (cue.end, cue.end)
        target_span = (lo, cue.start)
    elif g.object_before_verb:
        # The object stands right before the verb and the subject before it ("Silahlı
        # kişiler ... çobanlara saldırdı"): the last target word is whom it hit, never who
        # acted.
        objects = list(g.target_re.finditer(text, lo, cue.start))
        actor_span = (lo, objects[-1].start() if objects else cue.start)
        target_span = (lo, cue.start)
    else:
        actor_span = (lo, cue.start)
        target_span = (cue.end, stop)
    a_lo, a_hi = actor_span
    # "ataque de insurgentes à aldeia": a genitive's armed word names the attackers; the
    # target is read after it.
    genitive = g.genitive.match(text, cue.end, stop) if g.has_genitive and not passive else None
    named_by = None if genitive is None else g.armed_next.match(text, genitive.end(), stop)
    if named_by is not None:
        target_span = (named_by.end(), stop)
    # The cue itself may name armed men ("a group of assailants attacked").
    armed_actor = (
        named_by is not None
        or g.armed_actor.search(text, a_lo, a_hi) is not None
        or any(a_lo <= m.start and m.end <= a_hi for m in window)
        or g.armed_actor.search(text, cue.start, cue.end) is not None
    )
    communal = crowd = False
    if not armed_actor:
        # (civilians named before a verb of speech spoke: "Residents said ..." names no crowd)
        c_lo = a_lo if passive or g.object_before_verb else _after_speech(g, text, a_lo, a_hi)
        participle = _participle(g, cue)
        communal = _names_outside(g.communal_actor, text, c_lo, a_hi, figure_spans, participle)
        crowd = not communal and _names_outside(
            g.civilian_actor, text, c_lo, a_hi, figure_spans, participle
        )
    if (communal or crowd) and not target_span_needed:
        # Civilians fighting civilians: a riot, not a battle ("farmers and herders clashed"),
        # unless a clan or a tribe fights in it ("clashes between rival clans"): armed
        # communities, their militias' armed clash.
        if g.armed_community.search(text, lo, stop) is not None:
            return None
        return S.MOB_VIOLENCE
    if not target_span_needed:
        return None  # a clash names both sides: no target to read
    t_lo, t_hi = target_span
    armed_named = False  # an armed actor named after the target marker
    if passive or g.object_before_verb:
        found = list(g.target_re.finditer(text, t_lo, t_hi))
        m = found[-1] if found else None
    elif (
        g.partitive is not None
        and g.partitive.match(text, cue.end, t_hi) is not None
        and (found := list(g.target_re.finditer(text, lo, cue.start)))
    ):
        m = found[-1]  # (none before the cue: read on as for any other object)
    else:
        # "attaque des jihadistes contre un convoi": the target after its marker, the
        # attackers between (an attack noun's frame: the assault family).
        marked, m = (
            _marked_object(g, text, t_lo, t_hi) if cue.family == "assault" else (False, None)
        )
        if marked and window:
            # "una ofensiva del ELN contra el Clan del Golfo": an armed actor named after
            # the marker, before any target word, is whom it hit, as an armed word is.
            armed_named = _actor_marked(g, text, t_lo, t_hi, window)
            if armed_named:
                m = None
        if m is None and not armed_named:
            # (a marked object that names no target word ends the search at its clause: "contra
            # una gallera en el cantón X, informó la Policía" names no armed target)
            comma = text.find(",", t_lo, t_hi) if marked else -1
            m = g.target_re.search(text, t_lo, t_hi if comma == -1 else comma)
            by = None if m is None else g.agent.search(text, t_lo, m.start())
            if m is not None and by is not None and len(text[by.end() : m.start()].split()) <= 2:
                # "three villagers killed by the assailants": who acted follows the agent
                # marker, never whom it hit ("assaulted by using ... a worker" is a means).
                m = None
        if (
            m is None
            and not named_by
            and " " in cue.text
            and g.armed_actor.search(text, cue.start, cue.end) is None
        ):
            # A verb frame around its object ("griffen am Montag Hirten an"): with no target
            # after the cue, one inside it, after its first word, is the object (a cue that
            # names armed men, "unknown gunmen", names who acted).
            first_end = cue.start + len(cue.text.split(maxsplit=1)[0])
            m = g.target_re.search(text, first_end, cue.end)
    kind = "armed" if armed_named else None if m is None else m.lastgroup or "civilian"
    if communal or crowd:
        # Violence by civilians (ACLED): goods and animals hit are property destruction,
        # a suspect beaten or seized is vigilante mob violence, a community's members
        # attacking people or a camp are a communal militia's attack.
        if g.suspect_target.search(text, t_lo, t_hi) is not None:
            return S.MOB_VIOLENCE
        if kind == "property":
            return S.LOOTING_PROPERTY_DESTRUCTION
        # A camp or a community attacked anywhere in the sentence ("attacked three camps,
        # wounded a baby"); a beating by a community's members is mob violence.
        if _communal_target(g, text, lo, stop, actor_span) or (
            communal and kind != "armed" and g.beating.search(text, lo, stop) is None
        ):
            return S.ATTACK
        return S.MOB_VIOLENCE
    if kind is None:
        return None
    return _TARGET_TYPES[kind]


def article_key(text: str) -> str:
    """A canonical key of an article's text (sha1 of its UTF-8 bytes), for stable ids.

    >>> article_key("Rebels captured the town.")[:8]
    'article:'
    """
    return "article:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]
