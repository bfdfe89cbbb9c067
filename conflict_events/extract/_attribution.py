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

Other languages' word orders (docs/languages.md) are read from keys that English leaves
empty: the source before a postposition (Turkish "Gözlemevine göre"), the speaker after its
verb (French "…, a indiqué l'OSDH", Russian "сообщил губернатор", Arabic "قال المرصد"), the
verb at the end of its clause (German "wie die Behörde mitteilte", Turkish SOV), "Об этом
сообщил X" for the sentence before, and a genitive source put back in the nominative.

Across sentences (docs/casualties-and-claims.md, "Who said it across sentences"): an
anaphoric claim ("Об этом сообщил X", "Les chiffres ont été communiqués par X") speaks for the
unattributed sentences of the paragraph it refers to; "he said", "the ministry said", "le
texte", "the official", "a spokesman for the group" point back to the source named before.

Sources are resolved with a registry's ``resolve(name)``; a name that does not resolve is kept
as ``source_name`` with ``source=None`` — never guessed.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Final, Protocol

import attrs

from conflict_events.lexicon import Lexicon, load
from conflict_events.model._checks import ID_RE, slot_setters
from conflict_events.model._report import Attribution
from conflict_events.model._vocab import ClaimKind, Verification
from conflict_events.parse._args import as_text
from conflict_events.parse._counts import count_grammar, phrase_alternation, word_alternation
from conflict_events.text._fold import has_re_folded
from conflict_events.text._keywords import Vocabulary, keyword_hits, register
from conflict_events.text._segment import Span, sentences

__all__ = ["AttributionMention", "NameResolver", "extract_attributions", "resolve_id"]


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
    #: The part of the sentence the attribution governs, ``text[clause_start:clause_end]``:
    #: the whole sentence when it has one attribution; with several ("X reported 30 dead,
    #: while Y said 45"), the sentence is cut at the last clause break (a comma, a semicolon,
    #: "while", "whereas", "but") between one phrase and the next, so that a figure in a
    #: clause belongs to the attribution of that clause.  Derived from the spans above, so
    #: not compared (eq=False).
    clause_start: int = attrs.field(
        default=attrs.Factory(lambda self: self.sentence_start, takes_self=True), eq=False
    )
    clause_end: int = attrs.field(
        default=attrs.Factory(lambda self: self.sentence_end, takes_self=True), eq=False
    )


# --- the grammar, compiled from a lexicon's "attribution" table --------------------------

_C = ClaimKind
# The characters str.split() and str.strip() take for white space.
_SPACES: Final = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# The by-claim that also marks a claim independently verified ("verified by X").
_VERIFIED_BY: Final = "verified"


def _claims(lexicon: Lexicon, path: str) -> dict[str, ClaimKind]:
    """A table of claim kind -> words, as word -> ClaimKind ("verified" confirms)."""
    return {
        w: _C.CONFIRMED if kind == _VERIFIED_BY else _C(kind)
        for kind, ws in lexicon.mapping(path).items()
        for w in ws
    }


class _Grammar:
    """The word sets and patterns of one lexicon's attribution grammar (see _grammar)."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.words

        def wordset(path: str) -> frozenset[str]:
            return frozenset(words(f"attribution.{path}"))

        self.verb_claims = _claims(lexicon, "attribution.verb_claims")
        # Verbs that report a figure when a toll noun follows them ("the ministry gave a
        # toll of 14", "police raised the toll to 22"): reported, only then.
        toll_verbs = lexicon.optional_words("attribution.frames.toll_verbs")
        self.toll_verbs = frozenset(toll_verbs)
        # The noun of "claimed 12 lives" (casualties.life_noun): after a verb, no claim.
        self.life_nouns = frozenset(
            (lexicon.text("casualties.life_noun"),) if lexicon.has("casualties.life_noun") else ()
        )
        toll_nouns = (
            (*lexicon.words("casualties.toll.nouns"), *lexicon.words("casualties.toll.count_nouns"))
            if toll_verbs
            else ()
        )
        self.toll_after = (
            re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,2}}?{word_alternation(toll_nouns)}\b")
            if toll_nouns
            else None
        )
        self.by_claims = _claims(lexicon, "attribution.by_claims")
        self.verifying_by = wordset("by_claims.verified")
        self.possessive_claims = _claims(lexicon, "attribution.possessive_claims")
        self.hedge_claims = {
            w: _C(kind)
            for kind, ws in lexicon.mapping("attribution.hedges").items()
            if kind != "turn_alleged"
            for w in ws
        }
        self.turn_alleged = wordset("hedges.turn_alleged")
        self.unnamed_source = lexicon.text("attribution.unnamed_source")
        self.source_words = wordset("names.source_words")
        self.determiners = wordset("names.determiners")
        self.glue = wordset("names.glue")
        self.determiners_glue = self.determiners | self.glue
        self.prepositions = wordset("names.prepositions")
        self.not_name = wordset("names.not_name")
        self.pronouns = wordset("names.pronouns")
        self.negatives = wordset("names.negatives")
        self.hyphen_suffixes = words("attribution.names.hyphen_suffixes")
        self.role_words = wordset("names.role_words")
        self.forward_stop = wordset("names.forward_stop")
        self.relatives = wordset("names.relatives")
        self.subject_relatives = wordset("names.subject_relatives")
        # "the same official said": a source named before (dropped when it is looked up)
        self.same_words = wordset("names.same_words")
        self.not_sources = frozenset(lexicon.optional_words("attribution.names.not_sources"))
        # "l'une de ces sources", "one of the officials": a member of a source named before
        # (see _member_of), the phrases lower-case and longest first
        self.member_of = tuple(
            sorted(lexicon.optional_words("attribution.names.member_of"), key=len, reverse=True)
        )
        # (their first words, one C search before the phrases are tried: most names have none)
        self.member_first_re = (
            re.compile(
                rf"(?<![\w'’]){word_alternation({m.split()[0] for m in self.member_of})}\s",
                re.IGNORECASE,
            )
            if self.member_of
            else None
        )
        # what may open a clause that gives a verb its subject (see _clause_subject)
        subject_relatives = self.subject_relatives
        self.relative_comma_re = (
            re.compile(rf"[,\u060c]\s*{word_alternation(subject_relatives)}\b")
            if subject_relatives
            else None
        )
        clause_openers = subject_relatives | self.determiners
        self.clause_open_re = (
            re.compile(rf"\s*{word_alternation(clause_openers)}\b") if clause_openers else None
        )
        self.same_re = (
            re.compile(rf"\b{word_alternation(self.same_words)}\b", re.IGNORECASE)
            if self.same_words
            else None
        )
        # articles written inside a name, after its adjectives (Turkish "Yerel bir … komitesi")
        self.inner_articles = frozenset(lexicon.optional_words("attribution.names.inner_articles"))
        # "Kerkük Emniyet Müdürlüğünden bir yetkili": the endings after which an article opens
        # a noun phrase of its own (one of the body), kept with the name as written
        self.partitive_endings = tuple(
            lexicon.optional_words("attribution.names.partitive_endings")
        )
        self.titles = wordset("names.titles")
        # what opens a description set off by commas between a name and its verb ("X, the
        # district chief, said", "X, chairman of …, told", "X, начальник ОВА, повідомив")
        self.description_openers = (
            self.determiners | self.role_words | self.titles | self.source_words
        )
        self.listener_verbs = wordset("verbs.listener_verbs")
        self.person_pronouns = wordset("names.person_pronouns")
        self.any_pronouns = wordset("names.any_pronouns")
        self.organisation_heads = wordset("names.organisation_heads")
        self.pre_verb = wordset("verbs.pre_verb")
        # the last word of each (the one right before the verb: "a pour sa part fait état")
        self.pre_verb_last = frozenset(w.split()[-1] for w in self.pre_verb)
        self.passive_or_negated = wordset("verbs.passive_or_negated")
        self.passive_followers = wordset("verbs.passive_followers")
        self.coordinators = wordset("verbs.coordinators")
        # the auxiliaries of a compound tense whose participle ends its clause (see
        # _perfect_speaker); none where the lexicon lists none
        self.auxiliaries = frozenset(lexicon.optional_words("attribution.verbs.auxiliaries"))
        # verbs whose ending says who speaks, with no subject written ("…, acrescentou.")
        self.complementizers = frozenset(
            lexicon.optional_words("attribution.verbs.complementizers")
        )
        self.subject_in_verb = frozenset(
            lexicon.optional_words("attribution.verbs.subject_in_verb")
        )
        # impersonal report verbs ("…, hieß es weiter."): with no speaker after them the
        # source named last goes on speaking
        impersonal = "attribution.verbs.impersonal"
        self.impersonal = tuple(w.lower() for w in lexicon.optional_words(impersonal))
        # words that open a side clause between commas ("قال مصدر لرويترز، طالبا عدم نشر
        # اسمه، إن"): a report verb inside it has no speaker of its own
        self.side_clause_openers = frozenset(
            lexicon.optional_words("attribution.names.side_clause_openers")
        )
        # a definite article written as a prefix ("المركز" for the "مركز …" named before)
        prefixes = "names.definite_prefixes"
        self.definite_prefixes = lexicon.optional_words(f"attribution.{prefixes}")
        # verbs that report only before a reported clause or at a clause's end ("aseguró
        # que …", '"…", aseguró'; not "aseguraron seis fusiles"), and the words that open one
        self.clause_only = frozenset(lexicon.optional_words("attribution.verbs.clause_only"))
        # "أما المتحدث باسم الجيش، العقيد …، فقال": the topic that opens a sentence is the
        # subject of the verb its clause goes on with
        self.topic_openers = frozenset(lexicon.optional_words("attribution.verbs.topic_openers"))
        # "واتهم الجيش قوات الدعم السريع بقتل …": the charge after an accusation's object
        self.charge_nouns = frozenset(lexicon.optional_words("attribution.names.charge_nouns"))
        self.clause_openers = frozenset(lexicon.optional_words("attribution.verbs.clause_openers"))
        by = lexicon.text("attribution.by")
        self.by_gap = f" {by} "  # what stands between a by-verb and its source
        self.by_word = by.lower()
        # The by-word's contracted forms ("divulgado pela polícia") and the time words that may
        # stand between the participle and it ("difundido el miércoles por X").
        self.by_forms = frozenset(lexicon.optional_words(_BY_FORMS))
        self.by_skip = frozenset(lexicon.optional_words(_BY_SKIP))
        # "difundido el domingo por la mañana por la misma fuente": a part of the day after
        # the by-word is a time, the source after the next by-word
        self.by_times = tuple(lexicon.optional_words("attribution.constructions.by_phrase.times"))
        according = lexicon.text("attribution.according")
        self.according_word = according.split()[0]
        forms = (according, *words("attribution.according_forms"))
        # the first word of each "according to" phrase: the keyword it is found by
        self.according_words = frozenset(f.split()[0].lower() for f in forms)
        # postpositions after their source (Turkish "X'e göre")
        self.according_after = wordset("according_after")
        ignore = re.IGNORECASE
        # adjectives of a report noun ("по предварительным данным", "nach vorläufigen
        # Angaben", "según datos preliminares de"): between an "according to" phrase's first
        # word and the rest, and around a report noun after it (see _according_source)
        self.report_modifiers = wordset("names.report_modifiers")
        alternation = phrase_alternation(forms)
        if self.report_modifiers:
            mods = word_alternation(self.report_modifiers)
            split = [f.split(None, 1) for f in forms]
            inner = word_alternation(
                p[0].replace(" ", "\x00") + "\x01" + p[1].replace(" ", "\x00")
                for p in split
                if len(p) == 2
            )
            inner = inner.replace(re.escape("\x00"), r"\s+").replace(
                re.escape("\x01"), rf"\s+(?:{mods}\s+)+"
            )
            alternation = rf"(?:{alternation}|{inner})"
        self.according_re = re.compile(rf"\b{alternation}\s+", ignore)
        self.after_according = wordset("names.after_according")
        # "nach UN-Angaben", "laut Polizeiangaben": the source as a compound's first part,
        # its last part a report noun (German); None where the lexicon has no such nouns
        compound_nouns = lexicon.optional_words(_COMPOUND_ACCORDING)
        # "Açıklamada, … ifade edildi" (Turkish): a sentence that opens with a report noun
        # and ends in a passive claim is the statement named last (a back-reference)
        self.report_openers = frozenset(lexicon.optional_words(_REPORT_OPENERS))
        self.passive_claims = lexicon.optional_words(_PASSIVE_CLAIMS)
        # "Ordusundan yapılan açıklamada": a statement made from a source (see _made_by_source)
        made = "attribution.constructions.made_by"
        self.made_participles = frozenset(words(f"{made}.participles") if lexicon.has(made) else ())
        # "MSB'nin ilk açıklamasında": the genitive endings of a report noun's owner
        owner = "attribution.constructions.owner_report.genitive_suffixes"
        self.genitive_suffixes = lexicon.optional_words(owner)
        # "sagte ein Offizier der Deutschen Presse-Agentur": the outlet spoken to
        self.listener_articles = frozenset(
            lexicon.optional_words("attribution.names.listener_articles")
        )
        self.listener_heads = tuple(lexicon.optional_words("attribution.names.listener_heads"))
        # "SMO kaynaklarının AA muhabirine verdiği bilgiye göre": a listener in the dative
        # between the owner and its report (the reporter is the channel, not the source)
        self.listener_suffixes = tuple(
            sorted(
                lexicon.optional_words("attribution.constructions.owner_report.listener_suffixes"),
                key=len,
                reverse=True,
            )
        )
        self.made_suffixes = tuple(
            sorted(words(f"{made}.source_suffixes"), key=len, reverse=True)
            if lexicon.has(made)
            else ()
        )
        # "Die Polizei nahm nach eigenen Angaben …": the speaker is the clause's subject,
        # before the verb the phrase follows
        own = lexicon.optional_words(_OWN_ACCORDING)
        self.own_according_re = re.compile(rf"{phrase_alternation(own)}\b", ignore) if own else None
        self.compound_according_re = (
            re.compile(
                rf"{word_alternation(sorted(self.according_words))}\s+"
                rf"(?P<name>[^\W\d_][\w.]*?)-?{word_alternation(compound_nouns)}\b",
                ignore,
            )
            if compound_nouns
            else None
        )
        self.report_nouns = wordset("names.report_nouns")
        # in the lexicon's order of preference (see _drop_case_suffix)
        self.case_suffixes = words("attribution.names.case_suffixes")
        # the case endings of a compound's head after its possessive (see
        # _source_before_postposition); none where the lexicon has no such compounds
        compound = "attribution.constructions.compound_head.case_suffixes"
        self.compound_case_suffixes = lexicon.optional_words(compound)
        self.anaphora = wordset("names.anaphora")
        # adverbs that say "according to that" ("Mehr als 30 Menschen wurden demnach
        # verletzt", Turkish "Buna göre"): the source named last speaks (see _find_in_sentence)
        self.back_words = frozenset(lexicon.optional_words("attribution.names.back_words"))
        # The article naming itself or its own finding ("según el conteo de este diario",
        # "… öğrenildi", it was learned): the article speaks (see _find_in_sentence)
        self.own_report = frozenset(lexicon.optional_words("attribution.names.own_report"))
        self.name_conjunctions = wordset("names.name_conjunctions")
        self.generic_heads = wordset("names.generic_heads")
        # kinds of source (names.source_kinds): per word, the kinds a description with it
        # is of ("castrense": military) and the kinds a name with it is of ("ejército")
        described: dict[str, set[str]] = {}
        named: dict[str, set[str]] = {}
        kinds = "attribution.names.source_kinds"
        for kind, entry in (lexicon.mapping(kinds) if lexicon.has(kinds) else {}).items():
            for word in entry["describe"]:
                described.setdefault(word, set()).add(kind)
                named.setdefault(word, set()).add(kind)
            for word in entry["named"]:
                named.setdefault(word, set()).add(kind)
        self.described_kinds = {w: frozenset(k) for w, k in described.items()}
        # (derived: any ``describe`` word anywhere in a lower-cased name; where it finds
        # none, no word of the name is one and _described_kinds need not run)
        self.described_in = (
            re.compile("|".join(map(re.escape, sorted(described)))) if described else None
        )
        self.named_kinds = {w: frozenset(k) for w, k in named.items()}
        # names.hypernyms: per head word of a description, the words a source's name or its
        # description may hold for it ("the group" for the "Sudan Doctors Network" or for
        # "X, a volunteer network, said"), the head itself always one of them; see
        # _described_antecedent.  Keys and words lower case (Arabic also without "ال").
        hypernyms = "attribution.names.hypernyms"
        terms: dict[str, set[str]] = {}
        for entry in (lexicon.mapping(hypernyms) if lexicon.has(hypernyms) else {}).values():
            said = {w.lower() for w in (*entry["heads"], *entry["names"])}
            for head in entry["heads"]:
                terms.setdefault(head.lower(), set()).update(said)
        self.hypernyms = {head: frozenset(words) for head, words in terms.items()}
        # prepositions whose noun is never the subject of the verb after it (see
        # _before_prepositional); none where the lexicon lists none
        self.oblique_prepositions = frozenset(
            lexicon.optional_words("attribution.names.oblique_prepositions")
        )
        # "affirme le texte", "the official said", "وقال الضابط": a definite noun for a
        # document or a person named before (see _referring_head)
        self.definite = wordset("names.definite")
        # a language that capitalises every noun (German): a capitalised noun may be no name
        capitalised = "attribution.names.capitalised_nouns"
        self.capitalised_nouns = lexicon.has(capitalised) and lexicon.entry(capitalised) is True
        self.document_heads = wordset("names.document_heads")
        self.person_heads = wordset("names.person_heads")
        # the number words of the count grammar: a noun after a count is a figure's
        self.number_words = frozenset(w.casefold() for w in count_grammar(lexicon).number_words)
        # a source named by a person's office, who may take the name set off after it
        self.offices = wordset("names.office_holders")
        self.office_holders = self.offices | self.role_words | self.person_heads | self.titles
        # the nouns a back-reference is made of: an oblique form is put back as one of them
        # when an ending pair gives it ("в повідомленні" -> "повідомлення", not "повідомленн")
        self.head_nouns = (
            self.document_heads | self.person_heads | self.organisation_heads | self.generic_heads
        )
        # "Twenty others were wounded, according to X": a sentence that goes on with the
        # report before it (see _continuing)
        self.continuations = wordset("names.continuations")
        self.participles = wordset("names.participles")
        # one search says whether a participle stands before a verb at all (most verbs have none)
        self.participle_re = (
            re.compile(rf"(?<!\w){word_alternation(self.participles)}(?!\w)")
            if self.participles
            else None
        )
        # "El balance anterior de la entidad, divulgado el martes, hablaba de": a report's
        # participle set off between its owner's phrase and the verb
        released = lexicon.optional_words("attribution.names.report_participles")
        self.released_re = (
            re.compile(rf"[,\u060c]\s*{word_alternation(released)}(?!\w)[^,\u060c]{{0,60}},\s*$")
            if released
            else None
        )
        # "по его словам", "за їхніми даними": a possessive after "according to" points back
        # to the nearest person ("person") or the nearest source ("any")
        possessive = "attribution.constructions.possessive_according"
        self.possessive_person = (
            wordset("constructions.possessive_according.person")
            if lexicon.has(possessive)
            else frozenset()
        )
        self.possessive_any = (
            wordset("constructions.possessive_according.any")
            if lexicon.has(possessive)
            else frozenset()
        )
        # "сообщили в Национальном антитеррористическом комитете": the speaker after these
        # prepositions is in the prepositional case, put back in the nominative
        locative = "attribution.constructions.locative_speaker.prepositions"
        self.locative_prepositions = frozenset(lexicon.optional_words(locative))
        # the possessive stands inside the phrase ("по его данным"): its first word, the
        # possessive, the rest
        self.possessive_re: re.Pattern[str] | None = None
        if self.possessive_person | self.possessive_any:
            split = [f.split(None, 1) for f in (lexicon.text("attribution.according"),
                     *words("attribution.according_forms"))]  # fmt: skip
            firsts = word_alternation({p[0].lower() for p in split if len(p) == 2})
            rests = phrase_alternation([p[1] for p in split if len(p) == 2])
            owners = word_alternation(self.possessive_person | self.possessive_any)
            self.possessive_re = re.compile(
                rf"\b{firsts}\s+(?P<owner>{owners})\s+{rests}\b", re.IGNORECASE
            )
        # the case endings of a direct object (Turkish accusative "Saldırı-yı"): a word with
        # one that opens a clause is no speaker
        objects = "attribution.names.object_endings"
        self.object_endings = lexicon.optional_words(objects)
        self.compound_auxiliaries = frozenset(
            lexicon.optional_words("attribution.verbs.compound_auxiliaries")
        )
        # participles of saying after a comma ("X condemned the attack in a statement on
        # Tuesday, saying …"): the name that opens the sentence speaks
        self.adverbial = frozenset(lexicon.optional_words("attribution.verbs.adverbial"))
        participles = "attribution.verbs.speaker_participles"
        self.speaker_participles = tuple(w.lower() for w in lexicon.optional_words(participles))
        self.topic_particles = frozenset(
            lexicon.optional_words("attribution.names.topic_particles")
        )
        # the endings of an attribute before its noun (German "kontrollierten Behörde")
        attributes = "attribution.names.attribute_endings"
        self.attribute_endings = lexicon.optional_words(attributes)
        softened = "attribution.names.softened_endings"
        self.softened_endings = _ending_pairs(words(softened)) if lexicon.has(softened) else ()
        self.leading_clitics = _ending_pairs(words("attribution.names.leading_clitics"))
        # ending pairs "genitive>nominative", longest first (see _base_form)
        self.base_adjective_endings = _ending_pairs(
            words("attribution.names.base_adjective_endings")
        )
        self.base_noun_endings = _ending_pairs(words("attribution.names.base_noun_endings"))
        # a genitive singular article and its noun's endings (German "eines Arztes"; see
        # _genitive_base); none where the lexicon lists none
        self.genitive_articles = frozenset(
            lexicon.optional_words("attribution.names.genitive_articles")
        )
        genitive = "attribution.names.genitive_noun_endings"
        self.genitive_noun_endings = _ending_pairs(lexicon.optional_words(genitive))
        # (the head nouns a compound may end in, for str.endswith)
        self.genitive_heads = tuple(sorted(self.head_nouns)) if self.genitive_articles else ()
        self.speaker_end_words = wordset("names.speaker_end_words")
        self.inverted_skip = wordset("verbs.inverted_skip")
        self.listener_prepositions = wordset("verbs.listener_prepositions")
        self.speaker_follows = wordset("verbs.speaker_follows")
        # connectives set off by commas between a subject and its verb ("The ministry,
        # however, said"); None where the lexicon lists none
        set_off = lexicon.optional_words("attribution.verbs.set_off_connectives")
        # the one-word connectives, skipped between an inverted verb and its speaker
        self.set_off_words = frozenset(w.lower() for w in set_off if " " not in w)
        self.set_off_re = (
            re.compile(rf"\s*,\s*{phrase_alternation(set_off)}\s*,\s*$", re.IGNORECASE)
            if set_off
            else None
        )
        # the weekdays' full names (the calendar's spellings of five letters or more, no
        # abbreviation): a word they open before a verb is a day, no speaker
        # ("Donnerstagnachmittag sprachen Sicherheitskreise", see _a_day)
        self.day_names = tuple(
            sorted(
                {
                    w.casefold()
                    for names in lexicon.mapping("calendar.weekdays").values()
                    for w in names
                    if len(w) >= _DAY_NAME_LETTERS
                }
                if lexicon.has("calendar.weekdays")
                else ()
            )
        )
        self.final_verbs = wordset("verbs.final_verbs")
        self.final_openers = wordset("verbs.final_openers")
        self.pre_verb_re = re.compile(rf"(?:\b{word_alternation(self.pre_verb)}\s+)+$", ignore)
        self.negation_re = re.compile(
            rf"\b{word_alternation(words('attribution.verbs.negations'))}\b[^.,;]*$"
            r"|n't\b[^.,;]*$",
            ignore,
        )
        v = "attribution.verification"
        independently = lexicon.text(f"{v}.independently")
        self.independently = independently
        verbs, unverified = words(f"{v}.verbs"), words(f"{v}.unverified")
        verified, disputing = words(f"{v}.verified"), words(f"{v}.disputing")
        self.unverified_re = re.compile(
            rf"\b{phrase_alternation(words(f'{v}.negators'))}\s+(?:be\s+)?"
            rf"(?:{word_alternation(words(f'{v}.adverbs'))}\s+)*{word_alternation(verbs)}\b"
            rf"|\b{word_alternation(unverified)}\b",
            ignore,
        )
        verified_alt = word_alternation(verified)
        self.verified_re = re.compile(
            rf"\b(?:{re.escape(independently)}\s+{verified_alt}|{verified_alt}\s+{re.escape(independently)}"
            rf"|{word_alternation(self.verifying_by)}\s+{re.escape(by)})\b",
            ignore,
        )
        self.disputed_re = re.compile(rf"\b{word_alternation(disputing)}\b", ignore)
        # The cue words each verification pattern needs (as a whole word; the keyword pass
        # finds them): a sentence without one is not searched with that pattern.
        self.unverified_needs = frozenset((*verbs, *unverified))
        self.verified_needs = frozenset(verified)
        self.disputed_needs = frozenset(disputing)
        self.cue_words = self.unverified_needs | self.verified_needs | self.disputed_needs
        # "a appris l'AFP auprès d'élus locaux" (learned from): the source after the
        # preposition of ``constructions.learned_from``, where a verb of learning stands
        # before it in its sentence (after a verb of saying it is the listener: "a évoqué
        # auprès de l'AFP un bilan")
        learned = "attribution.constructions.learned_from"
        learned_forms = lexicon.optional_words(f"{learned}.forms")
        self.learned_verbs = frozenset(lexicon.optional_words(f"{learned}.verbs"))
        self.learned_words = frozenset(f.split()[0].lower() for f in learned_forms)
        self.learned_re = (
            re.compile(phrase_alternation(learned_forms), ignore) if learned_forms else None
        )
        #: The words an attribution can hang on (each found as a whole word).
        self.keywords = frozenset(
            {
                *self.according_words,
                *self.learned_words,
                *self.according_after,
                *self.verb_claims,
                *self.toll_verbs,
                *self.by_claims,
                *self.possessive_claims,
                *self.hedge_claims,
                *self.cue_words,
                *self.report_openers,
                *self.back_words,
                *self.own_report,
            }
        )


# German compounds of a source and a report noun ("UN-Angaben"): their report nouns.
_COMPOUND_ACCORDING: Final = "attribution.compound_according"
# "according to its own figures" ("nach eigenen Angaben"): the phrases.
_OWN_ACCORDING: Final = "attribution.own_according"
# A report noun opening a sentence that ends in a passive claim (see _Grammar).
_REPORT_OPENERS: Final = "attribution.names.report_openers"
_PASSIVE_CLAIMS: Final = "attribution.verbs.passive_claims"


# The fewest letters of a weekday's spelling that _a_day reads ("die", "mit" are abbreviations
# that open other words).
_DAY_NAME_LETTERS: Final = 5


def _a_day(g: _Grammar, name: str) -> bool:
    """Whether ``name`` is one word a weekday's name opens: the day itself or its part
    ("Donnerstagnachmittag", "Mittwochabend").

    >>> _a_day(_grammar(load("de")), "Donnerstagnachmittag")
    True
    """
    return " " not in name and name.casefold().startswith(g.day_names)


def _own_speaker(g: _Grammar, text: str, s: int, hs: int) -> tuple[int, int] | None:
    """The subject that speaks "by its own account" ("Die Polizei nahm nach eigenen Angaben
    22 Menschen fest"): the noun phrase before the verb right before the phrase at ``hs``."""
    verb = re.search(r"(\w+)\s+$", text[s:hs])
    if verb is None:
        return None
    if not verb.group(1).islower():
        # the subject after the verb, the clause opened by another phrase ("In der
        # vergangenen Woche nahm die KIA nach eigenen Angaben … ein")
        subject = _subject_before(g, text, s, hs)
        before = re.search(r"(\w+)\s+$", text[s : subject[0]]) if subject is not None else None
        if before is None or not before.group(1).islower():
            return None
        return subject
    return _subject_before(g, text, s, s + verb.start(1))


def _ending_pairs(pairs: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """``"ой>ая"`` entries as (ending, replacement) pairs, the longest ending first."""
    split = [tuple(p.split(">", 1)) for p in pairs]
    return tuple(sorted(((a, b) for a, b in split), key=lambda ab: len(ab[0]), reverse=True))


@functools.cache
def _grammar(lexicon: Lexicon) -> _Grammar:
    """The attribution grammar of ``lexicon``, compiled once per lexicon object."""
    return _Grammar(lexicon)


def _vocabulary(lexicon: Lexicon) -> Vocabulary:
    return Vocabulary(words=_grammar(lexicon).keywords)


KEYWORDS: Final = register("attributions", _vocabulary)
_WORD_RE: Final = re.compile(r"[^\W_][\w'’.-]*")
_CLAUSE_PUNCT_RE: Final = re.compile(r"[,;:()\"“”«»\[\]\u060c\u061b]|\s[—–-]\s|—|–")
# The last clause punctuation in one C call (greedy ``.*`` backs off from the end) instead of
# a Python loop over every match.  Where it ends differs from the last ``finditer`` match's
# end only by white space and dashes (" — " read from its dash), which start no word.
_LAST_CLAUSE_PUNCT_RE: Final = re.compile(rf".*(?:{_CLAUSE_PUNCT_RE.pattern})", re.DOTALL)


@lru_cache(maxsize=8192)  # the same few hundred words come up in every article
def _allowed_in_name(g: _Grammar, word: str) -> bool:
    low = word.lower()
    if low in g.not_name:
        return False
    return (
        word[0].isupper()
        or any(part[:1].isupper() for part in word.split("-"))  # "al-Sham"
        or low in g.source_words
        or low in g.organisation_heads  # "a secretaria atualizou", "the directorate said"
        or low in g.document_heads  # "the statement said", "the official said"
        or low in g.person_heads
        or low in g.same_words  # "O mesmo responsável disse"
        or low in g.glue
        or low.endswith(g.hyphen_suffixes)
        # a case ending after a source word or an organisation's head ("ordusunun")
        or (bool(g.case_suffixes) and _case_free_source(g, low))
        or (bool(g.locative_prepositions) and (_oblique_head(g, low) or _oblique_source(g, low)))
    )


def _oblique_source(g: _Grammar, low: str) -> bool:
    """Whether a lower-case adjective in an oblique case is a source word put back in the
    nominative by the lexicon's adjective endings ("в оперативном штабе региона уточнили":
    "оперативном" -> "оперативный")."""
    pair = next((p for p in g.base_adjective_endings if low.endswith(p[0])), None)
    return pair is not None and f"{low[: len(low) - len(pair[0])]}{pair[1]}" in g.source_words


def _case_free_source(g: _Grammar, low: str) -> bool:
    """Whether a lower-case word without its case ending is a source word or an
    organisation's head ("ordusunun" -> "ordusu", "Somali ordusunun açıklamasına göre")."""
    stem = _drop_case_suffix(g, low)
    return stem in g.source_words or stem in g.organisation_heads


def _oblique_head(g: _Grammar, low: str) -> bool:
    """Whether a lower-case word is an organisation's head noun in an oblique case ("в
    оперштабе уточнили": "оперштабе" -> "оперштаб", a compound of "штаб"), by the
    lexicon's "genitive>nominative" noun endings, in a language whose speakers stand in the
    locative (``constructions.locative_speaker``)."""
    for ending, base in g.base_noun_endings:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: len(low) - len(ending)] + base
            if stem in g.organisation_heads or any(
                len(head) >= 4 and stem.endswith(head) for head in g.organisation_heads
            ):
                return True
    return False


def _subject_before(g: _Grammar, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the noun phrase that ends just before ``hi`` (the speaker of a verb at
    ``hi``), looking no further back than ``lo`` and no further than one clause.

    This is what :func:`_subject_by_regex` gives, found by stepping back from space to
    space where the words allow (else that is asked).  Most speakers are a few plain words
    ("the state news agency SANA", "Hayat Tahrir al-Sham") after a comma or the sentence
    start; the regex way matches the clause's last punctuation and every word of the clause,
    which costs more.

    Why it is exact: a chunk between spaces that is letters (and hyphens and apostrophes
    after its first letter: "al-Sham", "Russia's") is exactly one of ``_WORD_RE``'s words,
    and holds no clause punctuation (its hyphens follow a letter, so none is a spaced dash;
    "'" and "’" are none); a chunk that ends with a clause
    punctuation character is where the clause starts (every chunk after it was plain), so no
    word comes before; at any other chunk the regex way is asked.  The walk over the words
    is the same, and so is the result: no pronoun is ever taken, so only "the run after any
    leading glue words is all determiners and glue" and "more than 10 words" reject a run.
    """
    window_start = hi - 160 if hi - 160 > lo else lo  # (max() is a call)
    end = -1  # the end of the last word before the verb
    after_determiner = False
    taken = 0  # words taken, right to left
    run = 0  # how many of them up to the leftmost one that is no glue word ("of", "al")
    run_start = -1  # where that one starts
    named = False  # whether a word taken is no determiner or glue word
    p = hi  # where the chunk in hand ends
    if hi > window_start and text[hi - 1] == " ":
        # "X said": the space before the verb would split off an empty chunk, skipped
        p = hi - 1
    window = text[window_start:p]
    if "\n" in window:
        # a hard-wrapped line: "\n" and " " are alike to both ways (each is white space, no
        # word character, and "\s" in _CLAUSE_PUNCT_RE), and the offsets stay as they were
        window = window.replace("\n", " ")
    chunks = window.rsplit(" ", 6)
    i = len(chunks) - 1
    while i >= 0:
        w = chunks[i]
        if i == 0 and len(chunks) == 7:  # the rest of the window, not split yet
            chunks = w.rsplit(" ", 6)
            i = len(chunks) - 1
            continue
        a = p - len(w)
        p = a - 1
        i -= 1
        if not w:
            continue  # two spaces in a row, or the window's start
        kind, low = _chunk_kind(g, w)
        if kind >= _CLAUSE_START:
            if kind == _NOT_PLAIN:
                return _subject_by_regex(g, text, window_start, hi)
            break
        if after_determiner and low not in g.prepositions:
            break  # "the monitor", but "a spokesman for the army" goes on past "for"
        after_determiner = False
        if end < 0:
            end = a + len(w)
        if kind == _DETERMINER:
            after_determiner = True
        elif kind == _NEGATIVE_WORD:
            return None  # "No group claimed responsibility": nobody said anything
        elif kind == _STOP:
            break
        taken += 1
        if kind != _GLUE_WORD:
            run, run_start = taken, a
            named = named or kind == _NAME_WORD
    if not named or run > 10:
        return None
    return run_start, end


# How _subject_before reads a chunk (see _chunk_kind).
# The characters that are clause punctuation on their own (see _CLAUSE_PUNCT_RE).
_CLAUSE_CHARS: Final = frozenset(',;:()"“”«»[]—–\u060c\u061b')  # (Arabic comma, semicolon)
_NAME_WORD, _GLUE_WORD, _DETERMINER, _NEGATIVE_WORD, _STOP, _CLAUSE_START, _NOT_PLAIN = range(7)


@lru_cache(maxsize=8192)  # a pure function of a word; the same words recur in every article
def _chunk_kind(g: _Grammar, chunk: str) -> tuple[int, str]:
    """What a non-empty chunk between spaces is to the speaker walk, and it lower-cased: a
    plain word (a name's, a glue word, a determiner, a negative, or one that ends the
    name), the clause punctuation that starts the clause, or anything else."""
    if not (
        chunk.isalpha()
        or (
            chunk[0].isalpha()
            and chunk.replace("-", "").replace("'", "").replace("’", "").isalpha()
        )
    ):
        return (_CLAUSE_START if chunk[-1] in _CLAUSE_CHARS else _NOT_PLAIN), ""
    low = chunk.lower()
    if low in g.determiners and not (len(chunk) > 1 and chunk.isupper()):
        # (an acronym spelled as a determiner is a name: "Die Partei DEM sprach")
        return _DETERMINER, low
    if low in g.negatives:
        return _NEGATIVE_WORD, low
    if not _allowed_in_name(g, chunk) or low in g.pronouns:
        return _STOP, low
    return (_GLUE_WORD if low in g.glue else _NAME_WORD), low


def _subject_by_regex(g: _Grammar, text: str, window_start: int, hi: int) -> tuple[int, int] | None:
    """:func:`_subject_before` in ``text[window_start:hi]``: the words after the clause's last
    punctuation, walked from the right while they can be part of a name."""
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
        if low in g.determiners and not (len(w) > 1 and w.isupper()):
            start_index = i
            lows.append(low)
            prev = words[i - 1].group().lower() if i > 0 else ""
            if prev in g.prepositions:
                i -= 1
                continue
            break
        if low in g.negatives:
            return None  # "No group claimed responsibility": nobody said anything
        if not _allowed_in_name(g, w) or low in g.pronouns:
            break
        start_index = i
        lows.append(low)
        i -= 1
    lows.reverse()  # now the words of words[start_index:], in order
    skip = 0
    while skip < len(lows) and lows[skip] in g.glue:
        skip += 1
    run_lows = lows[skip:]
    if g.determiners_glue.issuperset(run_lows) or (
        len(run_lows) == 1 and run_lows[0] in g.pronouns
    ):
        return None
    if len(run_lows) > 10:
        return None
    return words[start_index + skip].start() + window_start, words[-1].end() + window_start


def _appositive_before(g: _Grammar, text: str, lo: int, comma: int) -> list[tuple[int, int]]:
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
    skipped = False  # whether a clause between the speaker and the verb was passed
    for start, end in fragments:
        inner = text[start:end].rstrip()
        if inner.endswith(")") and "(" in inner:
            # "…, Inter-Services Public Relations (ISPR), said": the name before its acronym
            end = start + inner.rindex("(")
        first = _WORD_RE.search(text, start, end)
        if first is None:
            break
        if (
            not names
            and start > lo  # (the sentence's opening words are no clause of a name before)
            and (
                (opening := first.group().lower()) in g.relatives
                or opening in g.participles
                or (opening in g.prepositions and _holds_document(g, text, first.end(), end))
            )
        ):
            # a relative clause, "citado por Y" or the document it spoke in ("The ministry,
            # in a statement, said", "L'armée, dans un communiqué publié dimanche, a
            # évoqué") between the speaker and the verb
            skipped = True
            continue
        span = _subject_before(g, text, start, end)
        if span is None and (skipped or start == lo) and text[end - 1].islower():
            # "Un líder comunal de la zona, que pidió reserva …, dijo" (not a description
            # right before the verb: "X, head of the local clinic, said")
            span = _before_place_phrase(g, text, start, end)
        if span is not None and text[span[0] - 2].isalpha() and g.prepositions:
            span = _located(g, text, start, span)  # "a health worker in Kaya, where …, told"
        if span is not None and text[start : span[0]].strip(_QUOTED)[:1].isupper():
            # "Al Shabaab, which …, said": a capitalised glue word opening the name is its own
            span = _capitalised_glue(g, text, start, span)
        if span is not None and g.titles and text[start : span[0]].strip(_QUOTED):
            # "…, le lieutenant Marc Elongo, a confirmé": a determiner and a rank before the
            # name belong to it, and a word or two that qualify the rank ("…, el coronel
            # retirado Hernando Quiroga Villamizar, reportó", "…, retired colonel John Smith,")
            lead = list(_WORD_RE.finditer(text, start, span[0]))
            lows = [w.group().lower() for w in lead]
            if (
                lead
                and not text[start : lead[0].start()].strip(_QUOTED)
                and (
                    (lows[-1] in g.titles and all(w in g.determiners for w in lows[:-1]))
                    or _qualified_rank(g, [w.group() for w in lead])
                )
            ):
                span = (lead[0].start(), span[1])
        if (span is None or text[start : span[0]].strip(_QUOTED)) and start > lo:
            # a name set off by commas is a name whatever its words: "A community leader,
            # Sunday Bitrus, told Reuters" (a weekday is no name's word elsewhere)
            span = _capitalised_run(text, start, end) or span
        if (
            span is None
            or text[start : span[0]].strip(_QUOTED)
            # "Вячеслав Гладков, губернатор области, заявил": lower-case source words
            # after a name are its description, not a name of their own (a language
            # without articles: with them, "X, a nurse, said" keeps its description)
            or (
                not names
                and not g.determiners
                and len(fragments) > 1
                and text[span[0] : span[1]].islower()
            )
        ):
            if (
                not names
                and len(fragments) > 1
                and first.group().lower() in g.description_openers
                and _WORD_RE.search(text, first.end(), end) is not None
            ):
                # "X, a senior police official in the district, said", "JNIM, the Sahel
                # branch of al-Qaida, said", '"…," X, chairman of the local council, told
                # Reuters': a description of X (a determiner or a role word opens it), who
                # speaks
                continue
            break  # not wholly a name
        names.append(span)
        if len(names) == 2:
            break
    return names[::-1]


def _before_place_phrase(g: _Grammar, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A speaker whose words end in a phrase of a lower-case common noun after a preposition
    (``names.prepositions``), where the walk back from the verb stops: "Un líder comunal de
    la zona", "a resident of the village", "un habitant du quartier" -> the speaker with its
    phrase, when the words before the preposition hold a source word or a role word; else
    ``None``.  Between the preposition and the verb only determiners and one or two
    lower-case words may stand."""
    if g.oblique_prepositions:
        return None  # (ru, uk: a noun after a preposition is read by _before_prepositional)
    words = list(_WORD_RE.finditer(text, hi - 60 if hi - 60 > lo else lo, hi))[-4:]
    if len(words) < 2 or text[words[-1].end() : hi].strip():
        return None
    for k in range(len(words) - 2, -1, -1):
        low = words[k].group().lower()
        if low in g.prepositions:
            rest = [w.group() for w in words[k + 1 :]]
            nouns = [w for w in rest if w.lower() not in g.determiners]
            if not nouns or len(nouns) > 2 or not all(w.islower() for w in rest):
                return None
            speaker = _subject_before(g, text, lo, words[k].start())
            if speaker is None or not any(
                (x := w.lower()) in g.source_words or x in g.role_words or x in g.person_heads
                for w in text[speaker[0] : speaker[1]].split()
            ):
                return None
            return speaker[0], words[-1].end()
        if low not in g.determiners and not words[k].group().islower():
            return None
    return None


def _holds_document(g: _Grammar, text: str, pos: int, end: int) -> bool:
    """Whether a word of ``text[pos:end]`` is a document's or a report's noun
    (``names.document_heads``, ``names.report_nouns``): "in a late-night statement", "dans
    un communiqué publié dimanche soir", "em nota"."""
    return any(
        (w := m.group().lower()) in g.document_heads or w in g.report_nouns
        for m in _WORD_RE.finditer(text, pos, end)
    )


def _capitalised_glue(g: _Grammar, text: str, start: int, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` with the glue words before it (``names.glue``) when each is capitalised and
    only they stand between ``start`` and the name: "Al Shabaab" (read back as "Shabaab",
    the glue of "al-Sham" left out), "El Salvador"; else ``span``."""
    lead = list(_WORD_RE.finditer(text, start, span[0]))
    if (
        lead
        and not text[start : lead[0].start()].strip()
        and all(m.group()[0].isupper() and m.group().lower() in g.glue for m in lead)
    ):
        return lead[0].start(), span[1]
    return span


# The most words that qualify a rank before a name set off by commas ("el coronel retirado").
_RANK_WORDS: Final = 2


def _qualified_rank(g: _Grammar, words: Sequence[str]) -> bool:
    """Whether the words before a name set off by commas are a rank and the words that
    qualify it ("el coronel retirado", "retired colonel", "le général à la retraite" is
    none): determiners, one title, and up to two lower-case words before or after it that
    are no clause's (``names.not_name``), verb's or source's words."""
    titles = [k for k, w in enumerate(words) if w.lower() in g.titles]
    if len(titles) != 1:
        return False
    k = 0
    while k < len(words) and words[k].lower() in g.determiners:
        k += 1
    rest = [w for j, w in enumerate(words[k:], k) if j != titles[0]]
    return len(rest) <= _RANK_WORDS and all(
        w.islower()
        and w not in g.not_name
        and w not in g.verb_claims
        and w not in g.source_words
        and w not in g.determiners_glue
        for w in rest
    )


def _before_prepositional(
    g: _Grammar, text: str, lo: int, span: tuple[int, int]
) -> tuple[int, int]:
    """A speaker read back to a noun governed by a preposition (``oblique_prepositions``:
    "СБР в заявлении в своем Telegram-канале отвергли") is no subject: the name before the
    prepositional phrases speaks ("СБР").  ``span`` as it was when no name stands before
    them: the phrase then opens the clause and names the speaker of an impersonal verb
    ("В Минобороны заявили")."""
    pos = span[0]
    for _ in range(3):
        prep = _preposition_before(g, text, lo, pos)
        if prep is None:
            break
        pos = prep
        subject = _subject_before(g, text, lo, pos)
        if subject is not None:
            return subject
    return span


def _preposition_before(g: _Grammar, text: str, lo: int, pos: int) -> int | None:
    """Where the preposition of ``oblique_prepositions`` that governs the word at ``pos``
    starts: right before it, or before one or two lower-case words ("в своем", "на местных
    жителей"), only spaces between; else ``None``."""
    words = list(_WORD_RE.finditer(text, pos - 60 if pos - 60 > lo else lo, pos))[-3:]
    if not words or text[words[-1].end() : pos].strip(" "):
        return None
    last = words[-1]
    if last.group().lower() in g.oblique_prepositions:
        return last.start()
    for k in range(len(words) - 2, -1, -1):
        # (the words after the preposition lower-case, one space apart)
        if not words[k + 1].group().islower() or text[words[k].end() : words[k + 1].start()] != " ":
            return None
        if words[k].group().lower() in g.oblique_prepositions:
            return words[k].start()
    return None


def _located(g: _Grammar, text: str, lo: int, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker read back to a capitalised place (``span``: "Baluchistan", "Kaya") with the
    speaker before the place's preposition: "police in the southwestern province of
    Baluchistan said" -> "police in the southwestern province of Baluchistan".  Between the
    preposition and the place only lower-case words may stand (at most five); before it a
    name with a source word.  ``span`` as it was otherwise."""
    a = span[0]
    if not text[a].isupper() or a - 2 < lo or text[a - 1] != " " or not text[a - 2].isalpha():
        return span  # no word right before the place (most speakers open their clause)
    words = list(_WORD_RE.finditer(text, span[0] - 60 if span[0] - 60 > lo else lo, span[0]))
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        m = words[k]
        between = text[m.end() : span[0]]
        inner = between.strip()
        if not between.startswith(" ") or (
            inner and not (inner.islower() and inner.replace(" ", "").replace("-", "").isalpha())
        ):
            return span  # only lower-case words between the preposition and the place
        if m.group().lower() not in g.prepositions:
            continue
        speaker = _subject_before(g, text, lo, m.start())
        if speaker is not None and any(
            w.lower() in g.source_words or w.lower() in g.role_words
            for w in text[speaker[0] : speaker[1]].split()
        ):
            return speaker[0], span[1]
        # else a preposition inside the place's phrase ("province of"): read on back
    return span


def _opening_subject(g: _Grammar, text: str, s: int, hi: int) -> tuple[int, int] | None:
    """The span of the name that opens the sentence at ``s`` and is its subject, before
    ``hi``: the words a name may have up to the first that it may not (the verb: "Police
    arrested two men and said"), or a phrase with its name set off by commas ("Le
    gouverneur de la région, Abdou Salé Mahamat, s'est rendu").  ``None`` when the sentence
    opens with no name ("On Monday", a quotation)."""
    dateline = _DATELINE_OUTLET_RE.match(text, s, hi)
    start = dateline.end() if dateline is not None else s
    span = _phrase_after(g, text, start, hi)
    if span is not None and span[0] == start and text.startswith(", ", span[1]):
        comma = text.find(",", span[1] + 2, hi)
        if comma > 0 and _capitalised_run(text, _past_titles(g, text, span[1] + 2, comma), comma):
            return span[0], comma
    end = -1
    prev = start
    capitals = 0  # capitalised words taken
    source_word = False  # whether a word taken is a source word ("police", "officials")
    for m in _WORD_RE.finditer(text, start, hi):
        w = m.group()
        low = w.lower()
        if m.start() != start and text[prev : m.start()] != " ":
            return None  # punctuation inside the opening words: no plain subject
        if not (low in g.determiners or low in g.titles or _allowed_in_name(g, w)):
            break
        if low in g.pronouns or low.endswith((".", "'s", "’s")):
            return None  # a pronoun, an abbreviation, a possessor ("Elian's great-uncle")
        if low not in g.determiners_glue:
            end = m.end()
            source_word = source_word or low in g.source_words
            capitals += w[0].isupper()
        prev = m.end()
    else:
        return None
    # a source word or a name of two words, not a capitalised adjective ("The Canadian warrant")
    return (start, end) if source_word or capitals >= 2 else None


def _past_titles(g: _Grammar, text: str, start: int, end: int) -> int:
    """Where the words after the lower-case determiners and titles (``names.titles``) that
    open ``text[start:end]`` start ("el coronel Hernán Darío Quintero": at "Hernán")."""
    for m in _WORD_RE.finditer(text, start, end):
        w = m.group()
        if not (w.islower() and (w in g.titles or w in g.determiners)):
            return m.start()
    return start


def _capitalised_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``text[start:end]`` when it is two to four capitalised words and nothing
    else (white space around them aside), else ``None``."""
    words = list(_WORD_RE.finditer(text, start, end))
    if not 2 <= len(words) <= 4 or text[start : words[0].start()].strip():
        return None
    for a, b in itertools.pairwise(words):
        if text[a.end() : b.start()] != " ":
            return None
    if text[words[-1].end() : end].strip() or not all(
        w.group()[0].isupper() and w.group().replace("-", "").isalpha() for w in words
    ):
        return None
    return words[0].start(), words[-1].end()


def _phrase_after(g: _Grammar, text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The span of the noun phrase that starts at ``pos`` (a source after "according to",
    "by" or an inverted "said"): up to punctuation or a clause word, at most 10 words."""
    words: list[tuple[int, int]] = []
    lows: list[str] = []  # the text of each of ``words``, lower-cased
    prev = pos  # where the last word taken ends
    spelled_out = False  # a parenthesised acronym ahead spells out the name read
    for m in _WORD_RE.finditer(text, pos, hi if hi < pos + 160 else pos + 160):
        start, end = m.span()
        # punctuation ends the name; one space (the common gap) needs no slice and strip
        if not (start == prev + 1 and text[prev] == " ") and text[prev:start].strip(
            _QUOTED if words else None
        ):
            break  # (quotes around a later part of the name stay in it: 'مجموعة "محامو الطوارئ"')
        w = m.group()
        low = w.lower()
        if (
            low in g.name_conjunctions
            and words
            and text[end : end + 1] == " "
            and (
                (text[words[-1][0]].isupper() and text[end + 1 : end + 2].isupper())
                # "des sources sécuritaires et hospitalières": two source words
                or (lows[-1] in g.source_words and _next_word_in(g.source_words, text, end + 1))
            )
        ):
            # "la Coordinadora General de Desplazados y Refugiados de Darfur"
            words.append((start, end))
            lows.append(low)
            prev = end
            continue
        if (
            (
                # Portuguese "a" is "to" and "the": a name may open with it ("informou a PM")
                (low in g.forward_stop and (words or low not in g.determiners))
                # (a source word that is also a verb opens a name after a verb: "وقال شاهد عيان")
                or (low in g.verb_claims and (words or low not in g.source_words))
                or (low[-1] == "." and low[:-1] in g.forward_stop)
            )
            and not (not words and g.leading_clitics and _without_clitic(g, low) != low)
        ):
            # (a stop word at the sentence's end keeps its full stop: "… der Armee getötet.")
            # A joined preposition opens a name after "according to" ("وفقا لوكالة …")
            # that it ends after a speaker ("أوضح مصدر محلي لوكالة …").
            if (
                words
                and low in g.forward_stop
                and _spelled_out(text, start, hi, words, spelled_out, g.determiners)
            ):
                # "el Servicio Nacional de Atención Integral a Personas Privadas de la
                # Libertad (SNAI)": a name spelled out up to its acronym goes on past "a"
                spelled_out = True
                words.append((start, end))
                lows.append(low)
                prev = end
                continue
            break
        if not words and (
            (
                low in g.pronouns
                and not (low in g.determiners and _next_capitalised(text, end))
                # a demonstrative before a person's noun ("a précisé ce responsable")
                and not (
                    low in g.definite
                    and (
                        _next_word_in(g.person_heads, text, end + 1)
                        or _next_word_in(g.source_words, text, end + 1)
                    )
                )
            )
            or w[0].isdigit()
        ):
            # no name starts with a pronoun or a number ("said 40 died"); a pronoun that is
            # also an article opens one before a capitalised word ("teilte das Sudanesische
            # Ärztenetzwerk mit": "das", a neuter article)
            return None
        if (
            g.capitalised_nouns
            and words
            and (w.islower() or w[0].isdigit())  # "des Innenministeriums 287 Menschen"
            and text[words[-1][0]].isupper()
            and low not in g.glue
            and low not in g.prepositions
            and not (low.endswith(g.attribute_endings) and _next_capitalised(text, end))
        ):
            # every noun is capitalised (German): a lower-case word after one, but a glue
            # word ("Ärzte ohne Grenzen", "der Behörde des Landes") or an attribute before
            # the next noun ("der von der Hamas kontrollierten Gesundheitsbehörde"), is no
            # name's ("der Polizei starben drei Kinder", "der Luftwaffe setzte Russland …"),
            # nor an article that opens a noun phrase of its own ("der Behörde ein Wohnhaus")
            break
        if words and low in g.participles and w.islower():
            break  # "Selon un officier joint au téléphone": the participle's phrase is no name's
        if low in g.titles:
            # a title belongs to the name after it ("said Capt. Jean Dossou")
            words.append((start, end))
            lows.append(low)
            prev = end
            continue
        if w.endswith("."):
            # a sentence-final full stop is not part of the name ("… said Reuters.")
            if _INITIALS_RE.fullmatch(w) is None:
                end -= 1
            words.append((start, end))
            lows.append(text[start:end].lower())
            break
        words.append((start, end))
        lows.append(low)
        prev = end
        if len(words) >= (10 if not spelled_out else _SPELLED_OUT_WORDS):
            break
    while words and lows[-1] in g.determiners_glue:
        words.pop()
        lows.pop()
    if not words or g.determiners_glue.issuperset(lows):
        return None
    return words[0][0], words[-1][1]


# The longest acronym written with one capital ("Codeh", "Ocha"), see _spelled_out.
_SHORT_ACRONYM: Final = 6
# The most words of a name spelled out up to its acronym (see _spelled_out).
_SPELLED_OUT_WORDS: Final = 16
# From a stop word inside a name, plain words up to a parenthesised acronym ("a Personas
# Privadas de la Libertad (SNAI)", "à l'islam et aux musulmans (GSIM, JNIM en arabe)").
_UNTIL_ACRONYM: Final = re.compile(
    r"[^\W\d_][\w'’-]*(?: +[^\W\d_][\w'’-]*){0,9}? *\( *([^\W\d_][\w&-]{1,11}) *[,)]"
)


def _next_capitalised(text: str, pos: int) -> bool:
    """Whether the word after the one ending at ``pos`` (one space between) is capitalised."""
    return text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].isupper()


def _spelled_out(
    text: str,
    pos: int,
    hi: int,
    words: Sequence[tuple[int, int]],
    known: bool,
    determiners: frozenset[str] = frozenset(),
) -> bool:
    """Whether the stop word at ``pos`` stands inside a name spelled out up to its acronym:
    plain words follow it up to a parenthesised acronym (``known``: one was seen for this
    name) whose first letter is the initial of the name's first capitalised word (an
    article capitalised by the sentence's start is none: "The UN Mission in South Sudan
    (UNMISS) condemned")."""
    if known:
        return _UNTIL_ACRONYM.match(text, pos, hi) is not None
    m = _UNTIL_ACRONYM.match(text, pos, hi)
    if m is None:
        return False
    short = m.group(1)
    if not (_is_acronym(short) or (len(short) <= _SHORT_ACRONYM and short.istitle())):
        return False  # (a short one-capital form is an acronym too: "(Codeh)", "(Cimi)")
    initial = next(
        (text[a] for a, b in words if text[a].isupper() and text[a:b].lower() not in determiners),
        "",
    )
    return initial == m.group(1)[0]


# A quote closing a part of a source's name, and the quote that opens it.
_OPENING_QUOTES: Final = {'"': '"', "»": "«", "”": "“"}
_CLOSING_QUOTES: Final = frozenset(_OPENING_QUOTES)
# White space and the quotes that may stand around a part of a source's name.
_QUOTED: Final = ' \t\n"«»“”'


def _spelled_out_before(
    g: _Grammar, text: str, s: int, span: tuple[int, int], acronym: str, hi: int
) -> tuple[int, int]:
    """A name read back from its bracketed acronym, from the capitalised word with the
    acronym's initial when the name is spelled out from there up to it past its glue and
    conjunctions ("Dados preliminares do Instituto Nacional de Gestão e Redução do Risco de
    Desastres (INGD) indicam": the name walked back stops at "e"); ``span`` as it was when it
    opens with that initial already or no such word reads on to it."""
    initial = next((w[0] for w in text[span[0] : span[1]].split() if w[:1].isupper()), "")
    if initial == acronym[0]:
        return span
    # an acronym written as a word ("Ocha", "Sedena") need not spell the initials: a name
    # read back from lower-case words opens at its capitalised word ("Le Bureau de
    # coordination des affaires humanitaires (Ocha)")
    loose = not initial and sum(c.isupper() for c in acronym) < 2
    for m in reversed(
        list(_WORD_RE.finditer(text, span[0] - 120 if span[0] - 120 > s else s, span[0]))
    ):
        if m.group()[0] != acronym[0] and not (loose and m.group()[0].isupper()):
            continue
        read = _phrase_after(g, text, m.start(), hi)
        if read is not None and read[1] >= span[1]:
            article = _LAST_WORD_RE.search(text, s, m.start())
            if article is not None and article.group(1).lower() in g.determiners:
                return article.start(1), span[1]  # "La Coordinadora General … (CGDR)"
            return m.start(), span[1]
    return span


# The last word before a position and the one space after it.
_LAST_WORD_RE: Final = re.compile(r"(\w+) $")


def _next_word_in(words: frozenset[str], text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is one of ``words`` (lower-cased)."""
    m = _WORD_RE.match(text, pos)
    return m is not None and m.group().lower().rstrip(".") in words


# What may follow an inverted speaker's name: the clause's end ("" is the text's end).
_CLAUSE_ENDS: Final = frozenset(
    ("", ".", ",", ";", ":", "!", "?", ")", "\n", "\u2014", "-", "\u060c", "\u061b")
)


# What may stand between words skipped before a speaker: spaces and quotation marks.
_SKIP_GAP: Final = ' \t\n"«»“”„'


def _skip_words(g: _Grammar, text: str, pos: int, hi: int, skip: frozenset[str]) -> int:
    """Where the first word at or after ``pos`` that is not in ``skip`` starts (``pos`` when
    none is skipped); only plain spaces may stand between the words skipped."""
    if not skip:
        return pos
    out = pos
    for m in _WORD_RE.finditer(text, pos, hi):
        # a listener may be quoted ('сообщили "Интерфаксу"')
        # (a word ending the sentence carries its full stop: "hieß es weiter.")
        word = m.group().rstrip(".")
        if text[out : m.start()].strip(_SKIP_GAP) or word.lower() not in skip:
            break
        out = m.start() + len(word)
    return out


def _appositive_after(g: _Grammar, text: str, span: tuple[int, int], hi: int) -> tuple[int, int]:
    """``span`` (a source read forwards) with its appositive name: after a comma, a name with
    a capitalised word (and its acronym) that ends the sentence ("…, disse à Lusa o
    presidente da sociedade civil local, Jean-Pierre Ndjango.").  ``span`` as it was when no
    such name follows."""
    if not text.startswith(_APPOSITIVE_COMMAS, span[1]):
        place = _place_before_person(g, text, span, hi)
        if place is None:
            return span
        if not text.startswith(_APPOSITIVE_COMMAS, place):
            return span[0], place  # the name ends the sentence
        extended = _appositive_after(g, text, (span[0], place), hi)
        return extended if extended[1] > place else span
    after = _phrase_after(g, text, span[1] + 2, hi)
    if after is None:
        return span
    end = _acronym_end(text, after, hi) or after[1]
    words = text[after[0] : after[1]].split()
    if _person_set_off(g, text, span, words, end):
        return span[0], end
    if (
        not text.startswith(", ", span[1])
        or (text[end:hi].strip(_SENTENCE_END) and not _relative_follows(g, text, end, hi))
        or not any(_bare(w)[:1].isupper() for w in words)
        # every word a name's: no clause ("…, last week in Kharkiv two people died.")
        or not all(
            (low := w.lower()) in g.determiners
            or low in g.titles
            or _allowed_in_name(g, w)
            or _bare(low) in g.titles  # "l'inspecteur": its elided article
            for w in words
        )
    ):
        return span
    return span[0], end


def _no_source(g: _Grammar, name: str) -> bool:
    """Whether a name after "according to" is a thing that says nothing, its first word after
    its determiners one of ``names.not_sources`` (an agreement, a law, a truce)."""
    for w in name.split():
        low = _bare(w).lower()
        if low not in g.determiners:
            return low in g.not_sources
    return False


def _counted(g: _Grammar, text: str, s: int, start: int) -> bool:
    """Whether a count after a preposition stands right before the name read back at
    ``start`` ("von fünf Toten gesprochen", "von 93 Festnahmen gesprochen"): the name is the
    figure's noun, which speaks for nobody."""
    before = text[s if start - 40 < s else start - 40 : start].split()
    if len(before) < 2:
        return False
    count, preposition = before[-1].lower(), before[-2].lower()
    return (count[:1].isdigit() or count in g.number_words) and (
        preposition in g.prepositions or preposition in g.glue
    )


# The commas that set off an appositive (Arabic writes its own).
_APPOSITIVE_COMMAS: Final = (", ", "، ")


def _person_set_off(
    g: _Grammar, text: str, span: tuple[int, int], words: list[str], end: int
) -> bool:
    """Whether an appositive read after a source named by an office (``names.
    office_holders``, a title, a role word) is a person's name set off by commas, the clause
    going on after it ("teilte der Chef der regionalen Militärverwaltung, Oleh Kiper, am
    Sonntag mit", "said the governor of the province, Amina Bello, on Monday", "وقال مدير
    المستشفى، الدكتور …، إن"): two or more words, each capitalised (or, after a title, in a
    script without case) and no determiner, glue, source word or clause word (a weekday)."""
    if not text.startswith(_APPOSITIVE_COMMAS, end) or len(words) < 2:
        return False
    if not _names_office(g, text[span[0] : span[1]]):
        return False
    # "…, le lieutenant Jules Ngongo, « 22 civils … »": the determiners of a title
    while len(words) > 3 and words[0].lower() in g.determiners and words[1].lower() in g.titles:
        words = words[1:]
    # (a title, or a lower-case rank or office before a name of two words or more: "…,
    # general Hernán Rojas Villamil,")
    title = words[0].lower() in g.titles or (
        len(words) > 2 and words[0].islower() and words[0] in g.source_words
    )
    return all(
        (w[:1].isupper() or (title and not w[:1].islower()))
        and (low := w.lower()) not in g.determiners_glue
        and low not in g.not_name
        and low not in g.source_words
        for w in (words[1:] if title else words)
    )


def _names_office(g: _Grammar, name: str) -> bool:
    """Whether a source's words name an office, a role or a title (``names.office_holders``,
    ``role_words``, ``person_heads``, ``titles``), in a language that writes compounds as one
    noun also as a compound's head ("der Militärgouverneur des Gebiets")."""
    for w in name.split():
        low = _bare(w).lower()
        if low in g.office_holders or (
            g.capitalised_nouns and any(_compound_of(low, o) for o in g.offices)
        ):
            return True
    return False


def _place_before_person(g: _Grammar, text: str, span: tuple[int, int], hi: int) -> int | None:
    """The end of a place phrase right after an office read forwards and, when the office
    holder's name ends the sentence after it, of that name: set off by commas ("Selon son
    porte-parole en Ituri, le lieutenant Jules Ngongo, « … »": the place's end), or ending the
    sentence ("– сказала речниця ДСНС у Сумській області Оксана Левчук.": the name's end).  A
    preposition (``names.prepositions``), a capitalised word and at most two more words before
    the name.  ``None`` when no such phrase and name follow."""
    if text[span[1] : span[1] + 1] != " " or not _names_office(g, text[span[0] : span[1]]):
        return None
    words = list(itertools.islice(_WORD_RE.finditer(text, span[1] + 1, hi), 8))
    if len(words) < 3 or words[0].start() != span[1] + 1:
        return None
    if words[0].group().lower() not in g.prepositions or not words[1].group()[:1].isupper():
        return None
    gaps = [text[a.end() : b.start()] for a, b in itertools.pairwise(words)]
    if gaps[0] != " ":
        return None
    for k in (1, 2, 3):  # the place's last word
        if k >= len(gaps) or words[k].group().lower() in g.not_name:
            return None
        if gaps[k] in _APPOSITIVE_COMMAS:
            return words[k].end()  # the name set off by commas after it (_appositive_after)
        if gaps[k] != " ":
            return None
        person = words[k + 1 :]
        last = person[-1].group()
        if (
            2 <= len(person) <= 3
            and all(gap == " " for gap in gaps[k + 1 :])
            and all(
                w.group()[:1].isupper() and w.group().lower() not in g.source_words for w in person
            )
            and not text[person[-1].end() : hi].strip(_SENTENCE_END)
        ):
            return person[-1].start() + len(last.rstrip("."))
    return None


def _relative_follows(g: _Grammar, text: str, pos: int, hi: int) -> bool:
    """Whether a relative clause about the name ending at ``pos`` follows it after a comma
    ("…, según el secretario de Seguridad local, Jesús Rivera Peña, quien atribuyó …")."""
    if not text.startswith(", ", pos):
        return False
    m = _WORD_RE.match(text, pos + 2, hi)
    return m is not None and m.group().lower() in g.relatives


# What may close a sentence after a source's name: stops, closing quotes, white space.
_SENTENCE_END: Final = ' \t\n.!?"”»'


def _appositive_parts(name: str) -> tuple[str, ...]:
    """The names to try for a source with an appositive ("a local rights group, the
    Convention …" -> the appositive, then the head); none for a name without one (a comma
    inside an acronym's brackets is none)."""
    comma = name.find(", ")
    if comma < 0 or "(" in name[:comma]:
        return ()
    return name[comma + 2 :], name[:comma]


# A source's name in quotation marks right after an "according to" phrase: letters, no figure
# and no sentence mark inside, not opened by a lower-case word (a quoted toll, 'un bilan "bien
# plus lourd"', is no name), at most six words.
_QUOTED_NAME_RE: Final = re.compile(r'\s*["«“„]\s*([^\W\d_][^"«»“”„\d.,;:!?\n]*?)\s*["»”“]')
_QUOTED_NAME_WORDS: Final = 6


def _according_source(
    g: _Grammar, text: str, m: re.Match[str], hi: int, s: int = -1
) -> tuple[int, int] | None:
    """The source after an "according to" phrase ``m``: past the words that may stand between
    ("según ha informado la Defensoría", "بحسب ما أفاد"), and past a report noun ("datos de la
    Defensoría" -> "la Defensoría").  A phrase whose last word is a source word ("de sources
    sécuritaires") starts the name itself."""
    pos = m.end()
    last = m.group().split()[-1]
    named_by_form = last.lower() in g.source_words and m.group().split()[0] != last
    if named_by_form:
        if text[m.start() :].lower().startswith(g.independently):
            return None  # "vérifié de source indépendante": a verification, no source
        pos = m.start() + m.group().rindex(last)
    pos = _skip_words(g, text, pos, hi, g.after_according)
    quoted = _QUOTED_NAME_RE.match(text, pos, hi)
    if (
        quoted is not None
        and not quoted.group(1)[:1].islower()  # a capital, or a script without case
        and len(quoted.group(1).split()) <= _QUOTED_NAME_WORDS
    ):
        # 'بحسب ما أفادت "شبكة أطباء السودان"', 'selon « Médecins sans frontières »': the
        # name in quotation marks, without them
        return quoted.span(1)
    span = _phrase_after(g, text, pos, hi)
    if named_by_form and span is not None and " " not in text[span[0] : span[1]]:
        return None  # "de sources" alone names nobody: "de sources sécuritaires" does
    if span is not None and g.capitalised_nouns and not _opens_a_name(g, text, span):
        return None  # "Nach ersten Angaben starben zwei Menschen": the clause, no source
    if span is not None:
        # "the Ministry of Defense (MoD)": a parenthesised acronym belongs to the name
        acronym_end = _acronym_end(text, span, hi)
        if acronym_end is not None:
            span = span[0], acronym_end
        span = _named_after_role(g, text, span, hi)
    if span is None or not g.report_nouns:
        return span
    words = list(_WORD_RE.finditer(text, span[0], span[1]))
    k = 0
    while k < len(words) and words[k].group().lower() in g.determiners:
        k += 1
    # "selon un bilan provisoire de", "according to preliminary figures from": the report
    # noun's adjectives before and after it
    j = k
    while j < len(words) - 1 and words[j].group().lower() in g.report_modifiers:
        j += 1
    if j == len(words) - 1 and words[j].group().lower() in g.report_nouns:
        # the report noun alone: its author joined to the next word ("بحسب حصيلة لوكالة
        # فرانس برس"), else the body the sentence opens with (see _report_author), else
        # the noun, which points back as a document does ("говорится в сообщении")
        return _report_author(g, text, span[1], hi, s, m.start()) or span
    if j < len(words) - 1 and words[j].group().lower() in g.report_nouns:
        k = j + 1
        while k < len(words) - 1 and words[k].group().lower() in g.report_modifiers:
            k += 1
        while k < len(words) - 1 and words[k].group().lower() in g.determiners_glue:
            k += 1
        if words[k].group().lower() in g.by_claims:
            # "selon un bilan communiqué samedi par la Police nationale": the author after
            # the participle, its time words and "by"
            # (or a by-word's contracted form with its time words: "segundo um balanço
            # divulgado hoje pela corporação")
            j = k + 1
            while j < len(words) - 1 and (
                (w := words[j].group().lower()) in g.inverted_skip or w in g.by_skip
            ):
                j += 1
            if j < len(words) - 1 and (
                (w := words[j].group().lower()) == g.by_word or w in g.by_forms
            ):
                k = j + 1
            else:
                # "segundo uma nota divulgada na segunda-feira": no author after it
                return _report_author(g, text, span[1], hi, s, m.start())
        return words[k].start(), span[1]
    return span


def _report_author(
    g: _Grammar, text: str, pos: int, hi: int, s: int, lo: int
) -> tuple[int, int] | None:
    """The author of a report noun that an "according to" phrase names without one
    after it (ending at ``pos``): a name joined to the next word by a preposition written
    as a prefix ("بحسب حصيلة لوكالة فرانس برس"), else the organisation whose name opens the
    sentence at ``s``, before the phrase at ``lo`` ("A OIM registou …, segundo uma nota
    divulgada na segunda-feira"); ``None`` when neither stands there (the report noun is no
    source)."""
    if g.leading_clitics and text[pos : pos + 1] == " ":
        joined = _WORD_RE.match(text, pos + 1, hi)
        if (
            joined is not None
            and _without_clitic(g, joined.group().lower()) != joined.group().lower()
        ):
            return _phrase_after(g, text, joined.start(), hi)
    if s < 0:
        return None
    subject = _opening_subject(g, text, s, lo)
    if subject is None:
        return None
    name = text[subject[0] : subject[1]]
    if (
        name == name.lower() or not any(w in g.organisation_heads for w in _kind_words(g, name))
    ) and _ACRONYM_AFTER.match(text, subject[1]) is None:
        return None  # (a body: an organisation's head word, or its acronym after it)
    return subject


def _opens_a_name(g: _Grammar, text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase after "according to" in a language that capitalises its nouns opens
    as a name does: with a capital, a determiner, glue, a source word, or an attribute
    before a capitalised word ("nach Angaben örtlicher Behörden"); a verb ("starben zwei
    Menschen") does not."""
    words = _WORD_RE.findall(text, span[0], span[1])
    first = words[0] if words else ""
    low = first.lower()
    if not first[:1].islower() or low in g.determiners_glue or low in g.prepositions:
        return True
    if low in g.source_words:
        return True
    return len(words) > 1 and words[1][:1].isupper() and low.endswith(g.attribute_endings or ("",))


def _clause_subject(
    g: _Grammar, text: str, s: int, head: int, subject: tuple[int, int] | None
) -> tuple[int, int, bool] | None:
    """The subject a clause gives the verb at ``head`` when the words right before it give
    none (``subject``, from :func:`_subject_before`) or no name: the name a relative clause
    describes (``names.subject_relatives``: "La Defensoría del Pueblo, que en un primer
    reporte había contabilizado …"; only the name that opens the sentence: after an
    apposition, "le GSIM, lié à Al-Qaïda, qui affirme", the clause may describe any name
    before it), or a description of an organisation that is the whole clause before the verb
    (a determiner and lower-case words, one an organisation's head word: "o braço armado do
    movimento independentista afirma").  Returns the span and whether it is a description,
    else ``None``."""
    m = _LAST_COMMA_RE.search(text, s, head)
    comma = m.start() if m is not None else -1
    start = comma + 1 if comma >= 0 else s
    first = _WORD_RE.search(text, start, head)
    if first is None:
        return None
    low = first.group().lower()
    if comma >= 0 and low in g.subject_relatives:
        if subject is not None and _names_someone(g, text, subject):
            return None
        if _CLAUSE_BREAK_RE.search(text, comma + 1, head) is not None:
            return None
        antecedent = _subject_before(g, text, s, comma)
        if antecedent is None or text[s : antecedent[0]].strip():
            return None
        return antecedent[0], antecedent[1], False
    if subject is not None or low not in g.determiners or text[start : first.start()].strip():
        return None
    words = list(_WORD_RE.finditer(text, first.start(), head))
    if not 2 <= len(words) <= _DESCRIBED_WORDS or text[words[-1].end() : head].strip():
        return None
    lows = [w.group().lower() for w in words[1:]]
    for a, b in itertools.pairwise(words):
        if text[a.end() : b.start()] != " ":
            return None
    if any(not w.group().islower() for w in words[1:]) or any(
        w in g.not_name or w in g.pronouns for w in lows
    ):
        return None
    if not any(w in g.organisation_heads for w in lows):
        return None
    return words[0].start(), words[-1].end(), True


# The last comma before a verb (Latin or Arabic), see _clause_subject.
_LAST_COMMA_RE: Final = re.compile("[,\u060c][^,\u060c]*$")
# The most words of an organisation's description as a subject (see _clause_subject).
_DESCRIBED_WORDS: Final = 8


def _names_someone(g: _Grammar, text: str, span: tuple[int, int]) -> bool:
    """Whether a subject read before a verb may name a speaker: a capitalised word or a
    source word ("en un primer reporte" names nobody)."""
    return any(
        w[:1].isupper() or w.lower() in g.source_words for w in text[span[0] : span[1]].split()
    )


def _head_names_someone(g: _Grammar, text: str, span: tuple[int, int]) -> bool:
    """Whether the first word of ``span`` past its determiners (an elided article too:
    "l'attaque") is capitalised or a source's word: "la Defensoría del Pueblo", "la
    police", not "l'attaque sans avancer de bilan" (an object)."""
    for m in _WORD_RE.finditer(text, span[0], span[1]):
        word = m.group().replace("’", "'").rsplit("'", 1)[-1]
        low = word.lower()
        if not word or low in g.determiners:
            continue
        return word[:1].isupper() or (_allowed_in_name(g, low) and low not in g.glue)
    return False


# What ends a relative clause before its verb (see _clause_subject).
_CLAUSE_BREAK_RE: Final = re.compile(r"[.;:!?\n()\u061b]")


def _past_report_noun(g: _Grammar, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A subject that names a document and its author ("Dados da CPT apontam", "Las cifras
    de la Defensoría indican"): the author after the report noun and its glue; ``span`` as it
    was when it opens with no report noun or holds nothing after it."""
    words = list(_WORD_RE.finditer(text, span[0], span[1]))
    k = 0
    while k < len(words) and words[k].group().lower() in g.determiners:
        k += 1
    if k >= len(words) - 1 or words[k].group().lower() not in g.report_nouns:
        return span
    k += 1
    if words[k].group().lower() not in g.glue:
        return span  # "Balance Militar" is a name
    while k < len(words) - 1 and words[k].group().lower() in g.glue:
        k += 1
    return words[k].start(), span[1]


def _named_after_role(g: _Grammar, text: str, span: tuple[int, int], hi: int) -> tuple[int, int]:
    """A source read forwards that is a role ("o coordenador da plataforma Frente Popular")
    with the person's name set off by commas after it (", Armando Lona,"): the role and the
    name; ``span`` as it was otherwise."""
    if not text.startswith(", ", span[1]):
        return span
    comma = text.find(",", span[1] + 2, hi)
    name = _capitalised_run(text, span[1] + 2, comma) if comma > 0 else None
    if name is None:
        return span
    words = [w for w in text[span[0] : span[1]].split()[:3] if w.islower()]
    if not any(w in g.role_words or w in g.titles or w in g.source_words for w in words):
        return span
    return span[0], name[1]


def _speaker_name(g: _Grammar, text: str, verb_end: int, span: tuple[int, int]) -> str:
    """The name of an inverted speaker at ``span``, put back in the nominative when a
    preposition of ``locative_prepositions`` stands right before it ("сообщили в
    Национальном антитеррористическом комитете" -> "Национальный антитеррористический
    комитет"), as written otherwise."""
    name = text[span[0] : span[1]]
    if g.locative_prepositions and g.base_noun_endings:
        before = text[verb_end : span[0]].split()
        if before and before[-1].lower() in g.locative_prepositions:
            return _base_form(g, name)
    return name


def _anaphoric(g: _Grammar, before: str) -> bool:
    """Whether the words ``before`` a verb that its speaker follows point the claim back at
    the sentence before: "Об этом", also with an adverbial after it ("Об этом в воскресенье
    сообщил", "Про це у Telegram повідомив"), not past a comma."""
    if not g.anaphora or "," in before:
        return False
    return before in g.anaphora or any(before.startswith(f"{a} ") for a in g.anaphora)


def _possessive_source(g: _Grammar, text: str, start: int, pos: int) -> _Found | None:
    """The possessive at ``pos`` inside an "according to" phrase ("по его словам", "за
    їхніми даними") speaks for the nearest person or source before it (see
    _resolve_references); None when no possessive of the lexicon stands there."""
    m = _WORD_RE.match(text, pos)
    if m is None:
        return None
    word = m.group().lower()
    if word in g.possessive_person and g.person_pronouns:
        refers = min(g.person_pronouns)  # any person pronoun: the nearest person speaks
    elif word in g.possessive_any:
        refers = word
    else:
        return None
    return _Found(start, m.end(), m.group(), _C.REPORTED, refers=refers)


def _pronoun_after(g: _Grammar, text: str, head: int, pos: int, claim: _C) -> _Found | None:
    """The attribution of a pronoun that speaks right after a verb ending at ``pos``
    ("написал он", "уточнив він"), without a sentence's full stop, from ``head``: it refers
    to the nearest fitting named source.  ``None`` when no pronoun follows."""
    m = _WORD_RE.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    if m is None:
        return None
    word = m.group().rstrip(".")
    low = word.lower()
    if low in g.person_pronouns or low in g.any_pronouns:
        return _Found(head, m.start() + len(word), word, claim, refers=low)
    return None


def _speaker_after(g: _Grammar, text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The speaker after an inverted verb ending at ``pos`` ("…, a annoncé jeudi soir le
    ministère", "disse hoje à Lusa fonte hospitalar"): past time words and a listener
    ("à l'AFP"), up to the clause's end or a word that may follow a speaker ("dans un
    communiqué").  "…, said the attackers left" is a reported clause, no speaker."""
    pos = _skip_words(g, text, pos, hi, g.inverted_skip)
    if g.listener_prepositions:
        m = _WORD_RE.search(text, pos, hi)
        if m is not None and m.group().lower() in g.listener_prepositions:
            # the listener: a preposition, determiners, one name ("à l'AFP", "a la agencia
            # EFE") or one source word ("dijo a periodistas el comandante …")
            after = m.end()
            for w in _WORD_RE.finditer(text, m.end(), hi):
                if text[after : w.start()].strip():
                    break
                after = w.end()
                bare = w.group().replace("’", "'").rsplit("'", 1)[-1]  # "l'AFP" -> "AFP"
                if (low := w.group().lower()) not in g.determiners_glue and (
                    bare[:1].isupper() or low in g.source_words
                ):
                    if not bare[:1].isupper():
                        # a listener's noun and its lower-case source words ("à imprensa
                        # local", "a la prensa local"): the speaker comes after them
                        for x in _WORD_RE.finditer(text, after, hi):
                            if text[after : x.start()] != " " or x.group() not in g.source_words:
                                break
                            after = x.end()
                    pos = _skip_words(g, text, after, hi, g.inverted_skip)
                    break
                if w.group().lower() not in g.determiners_glue:
                    break
    if g.set_off_words:
        # "sagte jedoch der Sprecher": a connective between the verb and its speaker
        skipped = _skip_words(g, text, pos, hi, g.set_off_words)
        if skipped != pos:
            pos = _skip_words(g, text, skipped, hi, g.inverted_skip)
    span = _phrase_after(g, text, pos, hi)
    if span is None or _no_speaker_opening(g, text, span):
        return None
    if text[span[1] : span[1] + 1] in _CLOSING_QUOTES and text.count(
        _OPENING_QUOTES[text[span[1]]], span[0], span[1]
    ):
        span = (span[0], span[1] + 1)  # 'قالت شبكة "أطباء السودان" إن': the quote closes it
    elif (opened := _open_quote(text, span)) is not None:
        # 'نفت فضائية «اليمن اليوم» أي علاقة': a stop word inside the quoted name ("اليوم",
        # today) does not end it; the quote does, a few words on
        span = span[0], opened
    # A parenthesised acronym after the name belongs to it, as after "according to": "a
    # indiqué l'Organisation internationale pour les migrations (OIM)", "أفادت وكالة الأنباء
    # السودانية (سونا) بأن".
    acronym_end = _acronym_end(text, span, hi)
    if acronym_end is not None:
        span = span[0], acronym_end
        # words of the name after its acronym ("informó la Secretaría de Seguridad Pública
        # (SSP) estatal."): lower-case source words up to the clause's end, or the acronym of
        # the body it belongs to ("в Центре общественных связей (ЦОС) ФСБ.")
        tail = span[1]
        for w in itertools.islice(_WORD_RE.finditer(text, tail, hi), 2):
            word = w.group().rstrip(".")
            if (
                text[tail : w.start()] != " "
                or not (
                    word in g.source_words
                    or (len(word) >= 2 and word.isupper())
                    # the body's country after its acronym: "(ЦОС) ФСБ России.", "(МВД) Грузии."
                    or (
                        word[:1].isupper()
                        and word.lower() not in g.not_name
                        and word.lower() not in g.inverted_skip
                    )
                )
            ):
                break
            tail = w.start() + len(word)
            if text[tail : tail + 1] in _CLAUSE_ENDS:
                span = span[0], tail
                break
    span = _appositive_after(g, text, span, hi)  # "…, le commissaire Wilner Dorsainvil."
    follow = text[span[1] : span[1] + 1]
    if follow in _CLAUSE_ENDS:
        return _without_listener(g, text, _without_count(g, text, span))
    if g.speaker_end_words and follow in _SPACES:
        m = _WORD_RE.match(text, span[1] + 1)
        if m is not None and (
            (word := m.group().lower().rstrip(".")) in g.speaker_end_words
            or word in g.relatives  # "contou à Lusa um residente que fugiu"
            or word in g.verb_claims  # "وأعلن الدفاع المدني نقل الجرحى": what it announced
        ):
            return _without_listener(g, text, _without_count(g, text, span))
    return None


def _without_listener(g: _Grammar, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker read after its verb without the outlet it spoke to, where a language marks
    the listener by a case its article shares with the genitive ("sagte ein Offizier der
    Deutschen Presse-Agentur": told dpa): an article of ``names.listener_articles``, and
    words the last of which ends in a word of ``names.listener_heads`` (an agency, a
    newspaper, a broadcaster), at the name's end.  The outlet is the channel, not the
    source; a name of one word before it stays whole."""
    if not g.listener_heads:
        return span
    words = text[span[0] : span[1]].split(" ")
    if len(words) < 3 or not words[-1].lower().endswith(g.listener_heads):
        return span
    for k in range(len(words) - 2, 1, -1):
        if words[k].lower() in g.listener_articles:
            return span[0], span[0] + len(" ".join(words[:k]))
        if not words[k][:1].isupper():
            break  # only the outlet's name between its article and its head
    return span


def _open_quote(text: str, span: tuple[int, int]) -> int | None:
    """The end of the closing quote of a quotation ``span`` opens and leaves open, when it
    closes within three more words on the same clause (no punctuation before it); else
    ``None``."""
    for close, opening in _OPENING_QUOTES.items():
        if close == opening:
            if text.count(close, span[0], span[1]) % 2 == 0:
                continue
        elif text.count(opening, span[0], span[1]) <= text.count(close, span[0], span[1]):
            continue
        at = text.find(close, span[1], span[1] + 40)
        between = text[span[1] : at]
        if at > 0 and len(between.split()) <= 3 and not _CLAUSE_PUNCT_RE.search(between):
            return at + 1
    return None


def _no_speaker_opening(g: _Grammar, text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase read after an inverted verb opens as no speaker does: with a word
    that is never a name's (``names.not_name``: "sprach jedoch von …"), or with a
    preposition and a count ("sprach von 43 Toten": what was said, the speaker before the
    verb)."""
    words = text[span[0] : span[1]].split(None, 2)
    first = words[0].lower()
    if first in g.not_name and first not in g.determiners and first not in g.definite:
        return True
    elided, mark, counted = first.replace("\u2019", "'").partition("'")
    if mark and counted and f"{elided}'" in g.prepositions:
        # an elided preposition and a count ("faisait état d'une vingtaine de morts")
        return counted[:1].isdigit() or counted in g.number_words
    return (
        len(words) > 1
        and first in g.prepositions
        and first not in g.determiners
        and (words[1][:1].isdigit() or words[1].casefold() in g.number_words)
    )


def _without_count(g: _Grammar, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker's name read after its verb up to the end of its clause, without the
    preposition and count that close it ("sprach die Polizei von sieben Verletzten." -> "die
    Polizei"): the figure's words, not the name's (``names.prepositions``)."""
    name = text[span[0] : span[1]]
    if " " not in name:
        return span
    words = name.split(" ")
    for k in range(1, len(words) - 1):
        after = words[k + 1]
        if words[k].lower() in g.prepositions and (
            after[:1].isdigit() or after.casefold() in g.number_words
        ):
            return span[0], span[0] + len(" ".join(words[:k]))
    return span


# A wire dateline's outlet and dash at the start of a sentence: "ANKARA (AA) - ".
_DATELINE_OUTLET_RE: Final = re.compile(r"[^()\n]{0,60}\([^()\n]{1,40}\)\s*[-–—]+\s*")


# How far back a quote's opening mark is looked for from the sentence that closes it.
_QUOTE_REACH: Final = 1000


def _clause_opening_speaker(
    g: _Grammar, text: str, s: int, head: int, he: int, e: int
) -> tuple[int, int, str, tuple[str, ...]] | None:
    """The speaker of a verb that ends its clause (German "…, wie die Behörde mitteilte",
    Turkish "Bakanlık (MSB), … açıkladı."): the name that opens the clause, after an opener
    ("wie") if any.  Returns its start, end, name and extra names (an acronym in brackets)."""
    rest = text[he:e].lstrip()
    if rest[:1] not in ("", ".", ",", ";", ":", "!", "?", "\u060c"):
        return None
    if g.auxiliaries:
        perfect = _perfect_speaker(g, text, s, head)
        if perfect is not None:
            return perfect[0], perfect[1], text[perfect[0] : perfect[1]], ()
    quoted = text[s:head].rstrip()
    if quoted[-1:] in _CLOSING_QUOTES and not g.final_openers:
        # 'X, AA muhabirine yaptığı açıklamada, "…" dedi.': the quote is what was said, the
        # speaker stands before it
        mark = _OPENING_QUOTES[quoted[-1]]
        opening = text.rfind(mark, s, s + len(quoted) - 1)
        if opening < 0:
            # a quote of several sentences opened in a sentence before ('X, "… 14 askerimiz
            # şehit oldu. Yaralılar …" dedi.'): its speaker opens that sentence
            opening = text.rfind(mark, s - _QUOTE_REACH if s > _QUOTE_REACH else 0, s)
            if opening < 0 or "\n" in text[opening:s]:
                return None
            line = text.rfind("\n", 0, opening) + 1
            stop = max(text.rfind(". ", line, opening), text.rfind("? ", line, opening))
            s = line if stop < 0 else stop + 2
        if opening <= s:
            return None
        head = s + len(text[s:opening].rstrip(" ,\u060c"))
    start = s
    for m in _CLAUSE_PUNCT_RE.finditer(text, s, head):
        start = m.end()
    first = _WORD_RE.search(text, start, head)
    if first is None:
        return None
    if quoted[-1:] in _CLOSING_QUOTES and not g.final_openers:
        # (the sentence's opening name speaks, however many clauses lead to the quote)
        start = s
        dateline = _DATELINE_OUTLET_RE.match(text, s, head)
        if dateline is not None:
            start = dateline.end()
    elif first.group().lower() in g.final_openers:
        start = first.end()  # "…, wie die Behörde mitteilte"
    elif g.final_openers:
        # "…, wie der Chef der Verwaltung, Witalij Hrynenko, auf Telegram mitteilte": the
        # opener before a name set off by commas
        opened = _opener_before_apposition(g, text, s, start, head)
        if opened is None:
            return None  # a subject right before the verb speaks
        return opened[0], opened[1], text[opened[0] : opened[1]], ()
    elif _subject_before(g, text, s, head) is not None:
        return None  # a subject right before the verb speaks
    else:
        # a verb-final sentence (Turkish): the speaker opens it, after a wire dateline
        # ("ANKARA (AA) - ") that the segmenter left at the start of the first sentence
        start = s
        dateline = _DATELINE_OUTLET_RE.match(text, s, head)
        if dateline is not None:
            start = dateline.end()
        start = _after_connectives(g, text, start, head)  # "Öte yandan X, … açıkladı"
        start = _after_speaker_participle(g, text, start, head)
    span = _phrase_after(g, text, start, head)
    if span is None:
        return None
    if g.topic_particles:
        span = _after_topic(g, text, span, head)
    digit = _DIGIT_WORD_RE.search(text, span[0], span[1])
    if digit is not None:
        # "Özel Harekat Daire Başkanlığı 5 kişinin öldüğünü duyurdu": the name ends before
        # the count its clause reports
        cut = text[span[0] : digit.start()].rstrip()
        if not cut:
            return None
        span = span[0], span[0] + len(cut)
    first_word = text[span[0] : span[1]].split(" ", 1)
    if g.object_endings and first_word[0].lower().endswith(g.object_endings):
        # "Saldırıyı, … Eş-Şebab terör örgütü üstlendi", "Saldırıyı örgüt üstlendi": an
        # object in the accusative opens the clause; its subject follows it
        if len(first_word) == 2:
            span = span[1] - len(first_word[1]), span[1]
        elif text.startswith(",", span[1]):
            span = _phrase_after(g, text, span[1] + 1, head)
            if span is None:
                return None
    name = text[span[0] : span[1]]
    acronym = re.match(r"\s*\(\s*([^\W\d_][\w&-]{1,11})\s*\)", text[span[1] : head])
    if acronym is not None and sum(c.isupper() for c in acronym.group(1)) >= 2:
        end = span[1] + acronym.end()
        return span[0], end, text[span[0] : end], (name, acronym.group(1))
    return span[0], span[1], name, ()


# The most words between a participle and the verb after it ("joint par téléphone a …").
_PARTICIPLE_GAP: Final = 4


def _before_participle(
    g: _Grammar, text: str, low: str, s: int, head: int
) -> tuple[int, int] | None:
    """The speaker before a participle (``names.participles``) whose short phrase runs up to
    the verb at ``head`` ("Un élu local joint par téléphone a fait état"), or ``None``."""
    words = list(_WORD_RE.finditer(low, head - 60 if head - 60 > s else s, head))
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _PARTICIPLE_GAP), -1):
        if words[k].group() in g.participles and k > 0:
            if any(c in _CLAUSE_CHARS for c in low[words[k].start() : head]):
                return None
            return _subject_before(g, text, s, words[k].start())
    return None


def _opener_before_apposition(
    g: _Grammar, text: str, s: int, clause: int, head: int
) -> tuple[int, int] | None:
    """The speaker of a verb-final clause whose opener ("wie") stands before a name set off
    by commas: "wie der Chef der Verwaltung, Witalij Hrynenko, auf Telegram mitteilte" ->
    the phrase after the opener with its appositive name; ``None`` when the clause before
    the last comma is no such name after such a phrase."""
    comma = text.rfind(",", s, clause)
    before = text.rfind(",", s, comma) if comma > s else -1
    if before < 0:
        return None
    name = _capitalised_run(text, before + 1, comma)
    opener = text.rfind(",", s, before)
    m = _WORD_RE.search(text, opener + 1 if opener >= 0 else s, before)
    if name is None or m is None or m.group().lower() not in g.final_openers:
        return None
    phrase = _phrase_after(g, text, m.end() + 1, before)
    if phrase is None or text[phrase[1] : before].strip():
        return None
    return phrase[0], name[1]


# The most words of a subject between an auxiliary and its verb (see _after_auxiliary).
_AUXILIARY_GAP: Final = 4


def _ends_in_preposition(g: _Grammar, verb: str) -> bool:
    """Whether a verb of several words ends in a preposition (``names.prepositions``: "daba
    cuenta de", "hablaba de", "falava em"), whose object follows it."""
    return " " in verb and verb.rsplit(" ", 1)[1] in g.prepositions


def _charged(g: _Grammar, text: str, pos: int) -> bool:
    """Whether the word after ``pos`` (the end of a name read after an accusing verb) is the
    charge (``names.charge_nouns``: "بقتل", of killing): the name then holds the accused
    too."""
    m = _WORD_RE.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    return m is not None and m.group().lower() in g.charge_nouns


def _topic_subject(g: _Grammar, text: str, s: int, head: int) -> tuple[int, int] | None:
    """The topic a sentence opens with (``verbs.topic_openers``, Arabic "أما") as the subject
    of the verb at ``head`` its clause goes on with: "أما المتحدث باسم الجيش، العقيد عثمان
    الطيب، فقال إن …" -> the spokesman with his name set off by commas.  ``None`` when the
    sentence opens otherwise or no name follows the opener."""
    m = _WORD_RE.search(text, s, head)
    if m is None or m.group().lower() not in g.topic_openers or text[s : m.start()].strip():
        return None
    span = _phrase_after(g, text, m.end() + 1, head)
    if span is None:
        return None
    span = _appositive_after(g, text, span, head)
    # (nothing but a comma between the topic and its verb)
    if text[span[1] : head].strip(" ،,"):
        return None
    return span


def _after_auxiliary(g: _Grammar, text: str, s: int, head: int) -> tuple[int, int] | None:
    """The subject between the auxiliary that opens a compound tense and the verb (or the
    particle before it) at ``head``: "وكانت قسد قد أعلنت" -> "قسد"; at most four plain words,
    ``None`` when no auxiliary stands before them."""
    words = list(_WORD_RE.finditer(text, head - 80 if head - 80 > s else s, head))
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _AUXILIARY_GAP), -1):
        if words[k].group().lower() in g.compound_auxiliaries:
            start, end = words[k + 1].start(), words[-1].end()
            if any(c in _CLAUSE_CHARS for c in text[start:end]):
                return None
            return start, end
    return None


def _after_speaker_participle(g: _Grammar, text: str, pos: int, hi: int) -> int:
    """Where the speaker starts after a participle of saying that opens its clause's
    subject (``verbs.speaker_participles``: "… kaçırdığını ifade eden Mengal, … dedi"), the
    first such participle followed by a name and a comma; ``pos`` when there is none."""
    if not g.speaker_participles:
        return pos
    comma = text.find(",", pos, hi)
    if comma < 0:
        return pos
    # (a participle mid-clause is lower case: the text is searched as written, so a "İ"
    # before it, two characters in lower case, shifts no offset)
    clause = text[pos:comma]
    for participle in g.speaker_participles:
        at = clause.find(f" {participle} ")
        if at >= 0:
            after = pos + at + len(participle) + 2
            if _WORD_RE.match(text, after) is not None and text[after].isupper():
                return after
    return pos


# A word that starts with a digit (a count): no name of a verb-final clause holds one.
_DIGIT_WORD_RE: Final = re.compile(r"(?<!\w)\d")


def _after_topic(g: _Grammar, text: str, span: tuple[int, int], hi: int) -> tuple[int, int]:
    """The speaker after a place or a time set off as the topic (Turkish "Amadiye ilçesinde
    ise yerel yetkililer, … öne sürdü"): the phrase after the particle when it holds a source
    word and ends at a comma and the phrase before it holds none; ``span`` otherwise."""
    m = _WORD_RE.match(text, span[1] + 1, hi)
    if m is None or m.group().lower() not in g.topic_particles:
        return span
    if any(w.lower() in g.source_words for w in text[span[0] : span[1]].split()):
        return span
    after = _phrase_after(g, text, m.end() + 1, hi)
    if (
        after is None
        or not text.startswith(",", after[1])
        or not any(w.lower() in g.source_words for w in text[after[0] : after[1]].split())
    ):
        return span
    return after


def _after_connectives(g: _Grammar, text: str, pos: int, hi: int) -> int:
    """Where a clause's words start after the connectives of ``names.not_name`` that open it
    ("Öte yandan", "Ancak"): a speaker follows them."""
    while True:
        words = list(itertools.islice(_WORD_RE.finditer(text, pos, hi), 2))
        if not words:
            return pos
        one = words[0].group().lower()
        if one in g.not_name:
            pos = words[0].end()
        elif len(words) == 2 and f"{one} {words[1].group().lower()}" in g.not_name:
            pos = words[1].end()
        else:
            return pos


# The clause breaks a compound tense's subject is read after (quotes inside the clause are none:
# 'Staatsmedien hatten von einem Einsatz gegen "Terroristen" berichtet').
_CLAUSE_BREAK_CHARS_RE: Final = re.compile(r"[,;:\u060c\u061b]")


def _perfect_speaker(g: _Grammar, text: str, s: int, head: int) -> tuple[int, int] | None:
    """The speaker of a participle that ends its clause in a compound tense ("Staatsmedien
    hatten am Sonntag … berichtet"): the name that opens the clause right before its
    auxiliary (``verbs.auxiliaries``); ``None`` when no auxiliary follows a name there."""
    start = s
    for m in _CLAUSE_BREAK_CHARS_RE.finditer(text, s, head):
        start = m.end()
    if start == s:
        dateline = _DATELINE_OUTLET_RE.match(text, s, head)
        if dateline is not None:
            start = dateline.end()
    words = list(itertools.islice(_WORD_RE.finditer(text, start, head), 12))
    aux = next((i for i, w in enumerate(words) if w.group().lower() in g.auxiliaries), 0)
    if aux == 0:
        return None
    if (opening := words[0].group().lower()) in g.not_name or opening in g.prepositions:
        # a time or place put first ("Am Mittwoch hatten Helfer zunächst von 19 Toten
        # gesprochen"): the subject follows the auxiliary
        if aux + 1 >= len(words):
            return None
        after = _phrase_after(g, text, words[aux + 1].start(), head)
        if after is None or _no_speaker_opening(g, text, after):
            return None
        return _without_count(g, text, after)  # "die Polizei von acht Toten" -> "die Polizei"
    span = _phrase_after(g, text, words[0].start(), words[aux].start())
    if span is None or span[0] != words[0].start() or text[span[1] : words[aux].start()].strip():
        return None
    return span


def _source_before_postposition(g: _Grammar, text: str, s: int, hs: int, he: int) -> _Found | None:
    """The source before a postposition at ``hs`` ("Gözlemevine göre", "SOHR'a göre",
    "yerel kaynaklardan edinilen bilgiye göre"): report nouns before it are passed, and the
    case ending of the name's last word is dropped ("Gözlemevine" -> "Gözlemevi")."""
    hi = hs
    while True:
        before = text[s:hi].rstrip()
        m = re.search(r"[\w'’]+$", before)
        if m is None or m.group().lower() not in g.report_nouns:
            break
        hi = s + m.start()
    if hi < hs and not text[s:hi].strip(_QUOTED) and " " not in text[hi:hs].strip():
        # "Açıklamaya göre, …" (according to the statement) opening its sentence: the
        # document of the source named before, which speaks (as "Buna göre" does)
        noun = text[hi:hs].split()[0]
        return _Found(hi, he, noun, _C.REPORTED, refers=noun.lower())
    made = _made_by_source(g, text, s, hi)
    if made is not None:
        return _Found(made[0], he, made[1], _C.REPORTED)  # "X-dan yapılan açıklamaya göre"
    told = _owner_before_listener(g, text, s, hi) if hi < hs and g.listener_suffixes else None
    if told is not None:
        return _Found(told[0], he, told[1], _C.REPORTED)  # "X-ın AA muhabirine verdiği bilgiye"
    acronym = _ACRONYM_BEFORE.search(text, s, hi)
    subject = _subject_before(g, text, s, acronym.start() if acronym is not None else hi)
    if subject is None:
        return None
    a, b = subject
    words = text[a:b].split()
    if len(words) == 1 and words[0].lower() in g.back_words:
        # "Buna göre" (according to this): the source named last
        return _Found(a, he, words[0], _C.REPORTED, refers=words[0].lower())
    if words[-1].lower() in g.pronouns:
        return None
    if acronym is not None:
        # "Suriye İnsan Hakları Gözlemevi (SOHR) tarafından": the acronym ends the name
        name = " ".join(words)
        return _Found(a, he, f"{name} ({acronym.group(1)})", _C.REPORTED, (name, acronym.group(1)))
    head = words[-1]
    if len(words) == 1 and g.compound_case_suffixes:
        # "… (IKBY) yetkililerine": the name and its acronym before the head are its own
        bracket = _ACRONYM_BEFORE.search(text, s, a)
        named = _subject_before(g, text, s, bracket.start()) if bracket is not None else None
        if bracket is not None and named is not None and not text[bracket.end() : a].strip():
            a = named[0]
            words = [*text[a : bracket.end()].split(), head]
    if len(words) >= 2 and head[:1].islower() and g.compound_case_suffixes:
        # a compound's head keeps its possessive ("IKBY yetkilileri", "Hamas yetkilileri")
        low = head.lower()
        suffix = next(
            (x for x in g.compound_case_suffixes if low.endswith(x) and len(low) - len(x) >= 3),
            None,
        )
        words[-1] = head[: len(head) - len(suffix)] if suffix else _drop_case_suffix(g, head)
    else:
        words[-1] = _drop_case_suffix(g, head)
    return _Found(a, he, " ".join(words), _C.REPORTED)


# How many words may stand between a report noun and its "made" participle ("yapılan yazılı
# açıklamada"), and between the participle and its source ("AA muhabirine").
_MADE_GAP: Final = 2


def _made_by_source(g: _Grammar, text: str, s: int, hi: int) -> tuple[int, str] | None:
    """The source of a statement "made from" it, the report noun starting at ``hi``
    ("Kolombiya Ordusundan yapılan yazılı açıklamada", "Yerel kaynaklardan AA muhabirine
    yapılan açıklamaya göre"): the name whose last word is in the ablative, before the
    lexicon's participle, without its ending.  Returns the name's start and the name, or
    ``None`` when no such participle stands before ``hi``."""
    if not g.made_participles:
        return None
    before = list(_WORD_RE.finditer(text, hi - 120 if hi - 120 > s else s, hi))
    k = len(before) - 1
    while k >= 0 and len(before) - 1 - k <= _MADE_GAP:
        if before[k].group().lower() in g.made_participles:
            break
        k -= 1
    else:
        return None
    if not all(w.isalpha() for w in text[before[k].end() : hi].split()):
        return None  # only words between the participle and the noun ("yazılı")
    for j in range(k - 1, max(-1, k - 2 - _MADE_GAP), -1):
        word = before[j].group()
        low = word.lower()
        suffix = next(
            (x for x in g.made_suffixes if low.endswith(x) and len(low) - len(x) >= 3), None
        )
        if suffix is None and not ("'" in word[1:] or "’" in word[1:]):
            continue  # a listener in the dative ("AA muhabirine")
        subject = _subject_before(g, text, s, before[j].end())
        stem = word[: len(word) - len(suffix)] if suffix else ""
        if subject is None and stem.lower() in g.source_words:
            # "Yerel medyada yer alan haberlere göre": a source word in the locative, with
            # the adjectives right before it
            first = j
            while (
                first > 0
                and j - first < _MADE_GAP
                and text[before[first - 1].end() : before[first].start()] == " "
                and before[first - 1].group().lower() in g.source_words
            ):
                first -= 1
            subject = before[first].start(), before[j].end()
        if subject is None:
            return None
        name = text[subject[0] : subject[1]].split()
        last = name[-1]
        for mark in ("'", "’"):
            if mark in last[1:]:
                last = last[: last.index(mark, 1)]
                break
        else:
            last = last[: len(last) - len(suffix)] if suffix else last
        return subject[0], " ".join([*name[:-1], last])
    return None


def _owner_of_report(g: _Grammar, text: str, s: int, hi: int) -> tuple[int, str] | None:
    """The owner of a report noun in its possessed form starting at ``hi`` ("MSB'nin ilk
    açıklamasında … bildirilmişti": in the MSB's first statement): the name before it whose
    last word is in the genitive (``constructions.owner_report.genitive_suffixes``), a
    lower-case word or two between ("ilk", "yazılı"), without its ending.  Returns the name's
    start and the name, or ``None``."""
    if not g.genitive_suffixes:
        return None
    before = list(_WORD_RE.finditer(text, hi - 120 if hi - 120 > s else s, hi))
    for j in range(len(before) - 1, max(-1, len(before) - 2 - _MADE_GAP), -1):
        word = before[j].group()
        low = word.lower()
        marked = "'" in word[1:] or "’" in word[1:]
        if not low.endswith(g.genitive_suffixes) or (not marked and not word[:1].isupper()):
            if not word.islower() or marked:
                return None
            continue  # an adjective of the report noun ("ilk açıklamasında")
        subject = _subject_before(g, text, s, before[j].end())
        if subject is None:
            return None
        name = text[subject[0] : subject[1]].split()
        return subject[0], " ".join([*name[:-1], _drop_case_suffix(g, name[-1])])
    return None


def _with_attribute(g: _Grammar, text: str, s: int, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker read back to a capitalised noun, with the article and the lower-case
    adjective before it, in a language that capitalises every noun ("Das russische
    Verteidigungsministerium in Moskau erklärte": the adjective is no name's word alone, but
    between an article and a noun it is the noun's)."""
    if not text[span[0] : span[0] + 1].isupper():
        return span
    before = text[s : span[0]]
    m = _ATTRIBUTE_RE.search(before)
    if m is None or m.group(1).lower() not in g.determiners or m.group(2).lower() in g.not_name:
        return span
    return s + m.start(), span[1]


# An article, one lower-case word, and a space, at the end of the text before a name.
_ATTRIBUTE_RE: Final = re.compile(r"(?:^|(?<=[\s,]))(\w+) ([^\W\d_A-ZÄÖÜ][\w-]*) $")


def _name_past_acronym(
    g: _Grammar, text: str, s: int, span: tuple[int, int], head: int
) -> tuple[int, tuple[str, ...]] | None:
    """A speaker read back to lower-case source words right after a bracketed acronym ("la
    Secretaría de Seguridad Pública (SSP) estatal había informado": ``span`` is "estatal"),
    read on back over the acronym to the name it belongs to, as before a verb ("the Ministry
    of Defense (MoD) said").  Returns the name's start and the names the resolver tries (the
    name before the acronym, the acronym), or ``None``."""
    words = text[span[0] : span[1]].split()
    if not all(w.islower() and w in g.source_words for w in words):
        return None
    acronym = _ACRONYM_BEFORE.search(text, span[0] - 24 if span[0] - 24 > s else s, span[0])
    if acronym is None or not (
        sum(c.isupper() for c in acronym.group(1)) >= 2
        or _word_acronym(g, text, acronym.start(), acronym.group(1))
    ):
        return None
    subject = _subject_before(g, text, s, acronym.start())
    if subject is None:
        return None
    subject = _spelled_out_before(g, text, s, subject, acronym.group(1), head)
    return subject[0], (text[subject[0] : subject[1]], acronym.group(1))


def _expanded_acronym_before(g: _Grammar, text: str, s: int, head: int) -> tuple[int, int] | None:
    """The name of a speaker whose acronym a bracket spells out right before its verb at
    ``head`` ("Die Gruppe JNIM (Gruppe für die Unterstützung des Islams und der Muslime)
    reklamierte"): the name up to the acronym, read back from it.  The bracket must open with
    a capital and hold two words or more, and the word before it be an acronym of two
    capitals or more ("Tori (Atlantique)" and "(2024)" are no spelled-out name)."""
    close = text.rfind(")", s, head)
    opened = text.rfind("(", s, close)
    if opened < 0 or close - opened > _EXPANSION_REACH or text[close + 1 : head].strip():
        return None
    inner = text[opened + 1 : close].split()
    if len(inner) < 2 or not inner[0][:1].isupper():
        return None
    before = text[s:opened].rstrip()
    acronym = before.rsplit(None, 1)[-1] if before else ""
    if not acronym.replace("-", "").isalnum() or not _is_acronym(acronym):
        return None
    return _subject_before(g, text, s, s + len(before))


# How long a bracket spelling out an acronym before its verb may be.
_EXPANSION_REACH: Final = 120


def _owner_before_listener(g: _Grammar, text: str, s: int, hi: int) -> tuple[int, str] | None:
    """The owner of a report told to a listener, the report's words starting at ``hi`` ("SMO
    kaynaklarının AA muhabirine verdiği bilgiye göre": the information SMO sources gave AA's
    correspondent): a listener, a source word in the dative (``owner_report.
    listener_suffixes``) with an outlet's name or acronym before it, right before ``hi``, and
    before the listener the owner, its last word in the genitive, without its ending.  The
    reporter is the channel, the owner the source.  Returns the name's start and the name, or
    ``None``."""
    before = list(_WORD_RE.finditer(text, hi - 120 if hi - 120 > s else s, hi))
    if len(before) < 2:
        return None
    listener = before[-1].group().lower()
    suffix = next((x for x in g.listener_suffixes if listener.endswith(x)), None)
    if suffix is None or listener[: -len(suffix)] not in g.source_words:
        return None
    j = len(before) - 2
    # (the outlet whose reporter listened, "AA muhabirine"; a capitalised owner in the
    # genitive, "MSB'nin AA muhabirine", ends the walk)
    while j >= 0 and len(before) - 2 - j < _MADE_GAP and before[j].group()[:1].isupper():
        if j < len(before) - 2 and before[j].group().lower().endswith(g.genitive_suffixes):
            break
        j -= 1
    if j < 0:
        return None
    word = before[j].group()
    low = word.lower()
    genitive = next(
        (x for x in g.genitive_suffixes if low.endswith(x) and len(low) - len(x) >= 3), None
    )
    if genitive is None:
        return None
    subject = _subject_before(g, text, s, before[j].end())
    if subject is None:
        return None
    name = text[subject[0] : subject[1]].split()
    return subject[0], " ".join([*name[:-1], _drop_case_suffix(g, name[-1])])


def _base_form(g: _Grammar, name: str) -> str:
    """A name after an "according to" phrase that governs a case (Russian "по данным",
    Ukrainian "за даними": the genitive) put back in the nominative by the lexicon's ending
    pairs: adjectives up to the head noun ("Николаевской областной администрации" ->
    "Николаевская областная администрация"), and a person's names ("Алексея Смирнова");
    what follows the head ("власти региона") and acronyms stay as written, but for a title
    and the person's names in apposition after it ("адміністратора території Мамбаса
    полковника Жана-Клода Мусаве" -> "адміністратор території Мамбаса полковник Жан-Клод
    Мусаве")."""
    words = name.split()
    for i, word in enumerate(words):
        if word.isupper() or not word.isalpha():
            break
        low = word.lower()
        if low in g.same_words:
            continue  # "того же источника": "the same" stays as written, its noun goes on
        pair = next((p for p in g.base_adjective_endings if low.endswith(p[0])), None)
        adjective = pair is not None
        if pair is None:
            fitting = [p for p in g.base_noun_endings if low.endswith(p[0])]
            # the first fitting pair, unless another gives a whole head noun of the lexicon
            pair = next(
                (p for p in fitting if low[: len(low) - len(p[0])] + p[1] in g.head_nouns),
                fitting[0] if fitting else None,
            )
        if pair is None:
            break
        ending, base = pair
        stem = word[: len(word) - len(ending)]
        words[i] = stem + (base.upper() if word.isupper() else base)
        if adjective:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if not (word[:1].isupper() and following[:1].isupper() and not following.isupper()):
            break  # the head noun; a person's first name goes on to the surname
    office = words[0].lower() in g.office_holders
    for j in range(1, len(words) - 1):
        title = _noun_base(g, words[j])
        if words[j].islower() and title in g.titles and words[j + 1][:1].isupper():
            words[j] = title
            _person_base(g, words, j + 1)
            break
        if (
            office
            and (words[j].islower() or _is_acronym(words[j]))
            and _person_run_ends(words, j + 1)
        ):
            # "начальника Харківської ОВА Олега Синєгубова", "главы Белгородской области
            # Вячеслава Гладкова": the office's holder named after the body, the name's last
            # words -> "… ОВА Олег Синєгубов"
            _person_base(g, words, j + 1)
            break
    return " ".join(words)


def _person_run_ends(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k:]`` is a person's names: two or more capitalised words, none an
    acronym, that end the name."""
    run = words[k:]
    return len(run) >= 2 and all(
        w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha() for w in run
    )


def _person_base(g: _Grammar, words: list[str], k: int) -> None:
    """The capitalised words from ``words[k]`` on (a person's names) put back in the
    nominative, each part of a hyphenated one too ("Жана-Клода" -> "Жан-Клод")."""
    while k < len(words) and words[k][:1].isupper() and not words[k].isupper():
        words[k] = "-".join(_noun_base(g, part) for part in words[k].split("-"))
        k += 1


def _genitive_base(g: _Grammar, name: str) -> str:
    """A name after an "according to" phrase opened by a genitive singular article
    (``names.genitive_articles``) put back as its bare noun, the article dropped and the
    noun's genitive ending (``names.genitive_noun_endings``) taken off: "eines Arztes" ->
    "Arzt", "des UN-Büros für humanitäre Angelegenheiten (OCHA)" -> "UN-Büro für …".  Of two
    fitting endings the one that leaves a head noun of the lexicon or a compound of one
    ("Flüchtlingskomitees" -> "Flüchtlingskomitee"), else the first; a name whose noun has no such ending ("des Vorsitzenden", an adjective
    before the noun) stays as written.

    >>> _genitive_base(_grammar(load("de")), "eines Arztes")
    'Arzt'
    """
    article, _, rest = name.partition(" ")
    if article.lower() not in g.genitive_articles or not rest[:1].isupper():
        return name
    noun, _, tail = rest.partition(" ")
    head, dash, last = noun.rpartition("-")
    low = last.lower()
    fitting = [
        (ending, base)
        for ending, base in g.genitive_noun_endings
        if low.endswith(ending) and len(low) - len(ending) >= 3
    ]
    if not fitting:
        return name
    ending, base = next(
        (p for p in fitting if (low[: len(low) - len(p[0])] + p[1]).endswith(g.genitive_heads)),
        fitting[0],
    )
    bare = head + dash + last[: len(last) - len(ending)] + base
    return f"{bare} {tail}" if tail else bare


def _noun_base(g: _Grammar, word: str) -> str:
    """``word`` put back in the nominative by the lexicon's first fitting noun ending pair
    ("полковника" -> "полковник"); as written when none fits."""
    low = word.lower()
    for ending, base in g.base_noun_endings:
        if low.endswith(ending) and len(low) > len(ending):
            return word[: len(word) - len(ending)] + base
    return word


def _without_clitic(g: _Grammar, name: str) -> str:
    """A source's name without the preposition written joined to its first word (Arabic
    "وفقا للمرصد" -> "المرصد", "لمصادر" -> "مصادر"), by the lexicon's "clitic>replacement"
    pairs; a word keeps it when fewer than three letters would be left, or when it is a
    source word as written ("لجان المقاومة", "لجنة": committees, whose "ل" is their own)."""
    if name.split(" ", 1)[0].lower() in g.source_words:
        return name
    readings = [
        base + name[len(clitic) :]
        for clitic, base in g.leading_clitics
        if name.startswith(clitic) and len(name.split(" ", 1)[0]) - len(clitic) >= 3
    ]
    # of two readings, the one that gives a source word ("للجنة" is "ل" + "لجنة", not
    # "الجنة"; "للمرصد" is "ل" + "المرصد")
    for reading in readings:
        if reading.split(" ", 1)[0].lower() in g.source_words:
            return reading
    return readings[0] if readings else name


def _drop_case_suffix(g: _Grammar, word: str) -> str:
    """``word`` without its case ending: after an apostrophe ("SOHR'a" -> "SOHR"), else the
    longest of the lexicon's case suffixes that leaves three letters."""
    for mark in ("'", "’"):
        if mark in word[1:]:
            return word[: word.index(mark, 1)]
    low = word.lower()
    stems = [
        word[: len(word) - len(suffix)]
        for suffix in g.case_suffixes
        if low.endswith(suffix) and len(word) - len(suffix) >= 3
    ]
    # the ending that leaves a word the lexicon knows ("Gözlemevi-ne", "yetkililer-ine"),
    # else the first the lexicon lists; a consonant softened before the ending hardened
    # again ("Bakanlığ-ın" -> "Bakanlık")
    stems = [_hardened(g, stem) for stem in stems]
    for stem in stems:
        if stem.lower() in g.source_words or stem.lower() in g.organisation_heads:
            return stem
    return stems[0] if stems else word


def _hardened(g: _Grammar, stem: str) -> str:
    """A stem left by a case ending with its last consonant as the bare word has it: by the
    lexicon's ``names.softened_endings`` ("k>ğ"), when the soft one ends no word ("ğ") or the
    hard one gives a word the lexicon knows."""
    for hard, soft in g.softened_endings:
        if stem.endswith(soft):
            word = stem[: len(stem) - len(soft)] + hard
            low = word.lower()
            if soft == "ğ" or low in g.source_words or low in g.organisation_heads:
                return word
    return stem


_INITIALS_RE: Final = re.compile(r"(?:[A-Za-z]\.)+")


def _caseless_acronym(word: str) -> bool:
    """A short name in a script without case ("سانا", "سونا"), as a bracketed acronym."""
    return len(word) >= 2 and not any(c.isupper() or c.islower() for c in word)


def _is_acronym(word: str) -> bool:
    """Whether a bracketed word after a name is its acronym: two capitals ("IOM", "MoD"),
    or a short word of a script without case ("سانا")."""
    return sum(c.isupper() for c in word) >= 2 or _caseless_acronym(word)


_BY_FORMS: Final = "attribution.constructions.by_phrase.forms"
_BY_SKIP: Final = "attribution.constructions.by_phrase.skip"
# A parenthesised acronym right after a name ("… (IOM)"); any script's letters; a list of
# its forms ("(GSIM, JNIM en arabe)"): the first.
_ACRONYM_AFTER: Final = re.compile(r"\s*\(\s*([^\W\d_][\w&\-]{1,11})\s*(?:\)|,[^()\n]{0,40}\))")


def _acronym_end(text: str, span: tuple[int, int], hi: int) -> int | None:
    """Where the parenthesised acronym right after the name at ``span`` ends, or ``None``: two
    capitals ("(MoD)"), a short word of a script without case ("(سانا)"), or one capital after
    a name of two capitalised words ("o Conselho Indigenista Missionário (Cimi)", "le Bureau
    de la coordination des affaires humanitaires de l'ONU (Ocha)")."""
    m = _ACRONYM_AFTER.match(text, span[1], hi)
    if m is None:
        return None
    word = m.group(1)
    if _is_acronym(word) or (
        word[0].isupper()
        and sum(_bare(w)[:1].isupper() for w in text[span[0] : span[1]].split()) >= 2
    ):
        return m.end()
    return None


def _bare(word: str) -> str:
    """A word without an elided article joined to it ("l'ONU" -> "ONU")."""
    return word.replace("’", "'").rsplit("'", 1)[-1]


# A parenthesised acronym right before a verb ("(MoD) said"): upper-case letters, digits, "&", "-"
# (a lower-case letter may follow the first: "MoD").
_ACRONYM_BEFORE: Final = re.compile(r"\(\s*([A-Z][A-Za-z0-9&\-]{1,11})\s*\)\s*$")


@lru_cache(maxsize=4096)  # a pure function of the name; the same sources recur in every text
def _name_candidates(g: _Grammar, name: str) -> tuple[str, ...]:
    """Names to try in the registry, most specific first: the name without its determiner,
    then without role words ("an AFP correspondent" -> "AFP"), then "a spokesman for X" -> X."""
    words = name.split()
    if words and words[0].lower() in g.determiners:
        words = words[1:]
    out = [" ".join(words)]
    lowered = [w.lower() for w in words]
    for k, w in enumerate(lowered):
        if w in g.prepositions and k > 0 and lowered[k - 1] in g.role_words:
            rest = words[k + 1 :]
            if rest and rest[0].lower() in g.determiners:
                rest = rest[1:]
            out.append(" ".join(rest))
    core = [w for w in words if w.lower() not in g.role_words]
    if core and len(core) < len(words):
        out.append(" ".join(core))
    if len(words) > 1 and len(words[-1]) >= 2 and words[-1].isupper() and words[-1].isalpha():
        out.append(words[-1])  # "the state news agency SANA" -> "SANA"
    return tuple(c for c in dict.fromkeys(out) if c)


@lru_cache(maxsize=4096)
def _name_words(g: _Grammar, name: str) -> frozenset[str]:
    """A name's lower-cased words without determiners and glue ("the", "of")."""
    return frozenset(w.lower() for w in name.split() if w.lower() not in g.determiners_glue)


_KNOWN_NAMES: Final = 32


class _Resolver:
    """Resolves source names for one text, remembering names already resolved so that a
    short form ("the Observatory") picks up the id of its long form used earlier."""

    __slots__ = ("cache", "direct", "g", "known", "lookup", "on", "registry")

    def __init__(self, g: _Grammar, registry: NameResolver | None, on: dt.date | None) -> None:
        self.g, self.registry, self.on = g, registry, on
        self.cache: dict[str, str | None] = {}
        # a name (and extras) -> its id; a name without extras is its own key (no tuple)
        self.direct: dict[str | tuple[str, ...], str | None] = {}
        self.known: list[tuple[frozenset[str], str]] = []
        # what resolve_id would look up for every name: ActorRegistry's ``_lookup`` or None
        self.lookup: Callable[[str, dt.date | None], str | None] | None = getattr(
            registry, "_lookup", None
        )

    def _first_id(self, names: Iterable[str]) -> str | None:
        """``resolve_id(self.registry, names, on=self.on, cache=self.cache)`` (a registry is
        given), with the registry's ``_lookup`` found once per text, not once per name."""
        lookup, cache, on = self.lookup, self.cache, self.on
        if lookup is None:
            return resolve_id(self.registry, names, on=on, cache=cache)
        for name in names:
            name = name.strip()
            if not name:
                continue
            if name in cache:
                found = cache[name]
            else:
                found = cache[name] = lookup(name, on)
            if found is not None:
                return found
        return None

    def __call__(self, name: str, extra: Sequence[str] = ()) -> str | None:
        if self.registry is None:
            return None
        key = (name, *extra) if extra else name
        direct = self.direct
        if key in direct:
            found = direct[key]
        else:
            candidates = _name_candidates(self.g, name)
            names = (*candidates, *extra) if extra else candidates
            found = self._first_id(names)
            direct[key] = found
        words = _name_words(self.g, name)
        known = self.known
        if found is not None:
            known.append((words, found))
            if len(known) > _KNOWN_NAMES:  # bounded: the check below stays O(1) per name
                del known[0]  # (one name is added at a time)
            return found
        for known_words, known_id in reversed(known):
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
    # a pronoun that speaks for an earlier source ("he said"); _DESCRIBED for an organisation
    # described, not named ("o braço armado do movimento")
    refers: str = ""
    back: bool = False  # "Об этом сообщил X": the claim is about the sentence before


def _learned_from(g: _Grammar, text: str, low: str, s: int, hs: int, e: int) -> _Found | None:
    """The source a reporter learned a fact from ("…, a appris l'AFP lundi auprès d'élus
    locaux", ``constructions.learned_from``): the phrase after the preposition at ``hs``,
    when a verb of learning stands before it in the sentence; ``None`` otherwise."""
    assert g.learned_re is not None  # (the words are only keywords when forms are listed)
    m = g.learned_re.match(text, hs, e)
    if m is None or g.learned_verbs.isdisjoint(
        w.group() for w in _WORD_RE.finditer(low, s, m.end())
    ):
        return None
    span = _phrase_after(g, text, m.end() if text[m.end() - 1] in "'’" else m.end() + 1, e)
    if span is None:
        return None
    return _Found(hs, span[1], text[span[0] : span[1]], _C.REPORTED)


def _find_in_sentence(
    g: _Grammar, text: str, low: str, s: int, e: int, hits: list[tuple[int, int, str]]
) -> list[_Found]:
    """The attributions of the sentence ``text[s:e]``, given its keyword ``hits``."""
    found: list[_Found] = []
    by_hits: list[tuple[int, int, str]] = []
    verb_hits: list[tuple[int, int, str]] = []
    possessive_hits: list[tuple[int, int, str]] = []
    hedges: list[tuple[int, int, str]] = []
    backs: list[tuple[int, int, str]] = []
    owns: list[tuple[int, int, str]] = []
    for hs, he, word in hits:
        if word in g.report_openers:
            # "Açıklamada, … öldürüldüğü ifade edildi": the statement named before speaks;
            # "X-dan yapılan açıklamada, … belirtildi": X
            if low[he:e].rstrip(" .!?").endswith(g.passive_claims):
                if not text[s:hs].strip():
                    _add(found, _Found(hs, he, text[hs:he], _C.REPORTED, refers=word))
                elif (made := _made_by_source(g, text, s, hs)) is not None:
                    _add(found, _Found(made[0], he, made[1], _C.REPORTED))
                elif (owner := _owner_of_report(g, text, s, hs)) is not None:
                    _add(found, _Found(owner[0], he, owner[1], _C.REPORTED))
            continue
        if word in g.according_after:
            # "Gözlemevine göre": the source stands before its postposition; "by" after its
            # source ("SOHR tarafından açıklandı") only before a claim ("… tarafından
            # öldürüldü" names a perpetrator)
            claim_after = _C.REPORTED
            if word == g.by_word:
                verb_after = _WORD_RE.match(text, he + 1) if text[he : he + 1] == " " else None
                by_verb = verb_after.group().rstrip(".").lower() if verb_after else ""
                if by_verb not in g.by_claims:
                    continue
                claim_after = g.by_claims[by_verb]
            f = _source_before_postposition(g, text, s, hs, he)
            if f is not None:
                f.claim = claim_after
                _add(found, f)
        elif word in g.learned_words and word not in g.according_words:
            f = _learned_from(g, text, low, s, hs, e)
            if f is not None:
                _add(found, f)
        elif word in g.according_words:
            m = g.according_re.match(text, hs, e)
            span = _according_source(g, text, m, e, s) if m is not None else None
            if span is not None and text.startswith((", ", " "), span[1]):
                # "according to a local rights group, the Convention … (CRDH).", "Selon son
                # porte-parole en Ituri, le lieutenant Jules Ngongo, « … »"
                span = _appositive_after(g, text, span, e)
            cm = (
                g.compound_according_re.match(text, hs, e)
                if m is None and g.compound_according_re is not None
                else None
            )
            if cm is not None:
                span = cm.span("name")
            om = (
                g.own_according_re.match(text, hs, e)
                if m is None and g.own_according_re is not None
                else None
            )
            if om is not None:
                span = _own_speaker(g, text, s, hs)
            if span is None and m is None and g.possessive_re is not None:
                pm = g.possessive_re.match(text, hs, e)
                if pm is not None:
                    f = _possessive_source(g, text, hs, pm.start("owner"))
                    if f is not None:
                        f.end = pm.end()
                        _add(found, f)
                continue
            if span is not None and _no_source(g, text[span[0] : span[1]]):
                continue  # "selon un accord conclu lundi": an agreement says nothing
            if span is not None:
                name = text[span[0] : span[1]]
                if g.base_noun_endings:
                    name = _base_form(g, name)
                if g.genitive_articles:
                    name = _genitive_base(g, name)
                if g.leading_clitics:
                    name = _without_clitic(g, name)
                # (the phrase of "Die Polizei nahm nach eigenen Angaben" runs from its
                # speaker to the phrase's end)
                _add(
                    found,
                    _Found(
                        hs if om is None else min(hs, span[0]),
                        span[1] if om is None else max(span[1], om.end()),
                        name,
                        _C.REPORTED,
                        _appositive_parts(name) if ", " in name else (),
                    ),
                )
        elif word in g.by_claims and low.startswith(g.by_gap, he):
            by_hits.append((hs, he + len(g.by_gap), word))
        elif (
            word in g.by_claims
            and (g.by_forms or g.by_skip)
            and (gap := _by_gap_end(g, low, he)) is not None
        ):
            by_hits.append((hs, gap, word))  # "divulgado no domingo pela administração"
        elif word in g.hedge_claims:
            hedges.append((hs, he, word))
        elif word in g.own_report:
            owns.append((hs, he, word))
        elif word in g.back_words:
            backs.append((hs, he, word))
        else:
            if word in g.possessive_claims and low[hs - 3 if hs - 3 > s else s : hs] in (
                "'s ",
                "’s ",
            ):
                possessive_hits.append((hs, he, word))
            elif (
                word in g.toll_verbs
                and g.toll_after is not None
                and g.toll_after.match(low, he) is not None
            ):
                verb_hits.append((hs, he, word))  # "the ministry gave a toll of 14"
            elif word in g.verb_claims and (text.startswith(word, hs) or text[hs:he].islower()):
                # lower case only: "the United States", a headline's "Report" are no verbs
                # (a keyword is lower-case letters: written as such, it is lower case)
                verb_hits.append((hs, he, word))
    for hs, he, verb in by_hits:
        start = hs
        independently = g.independently
        words = low[max(s, hs - 20) : hs].split()
        if words and words[-1] == independently:
            start = low.rindex(independently, s, hs)
            words = words[:-1]
        if words and words[-1] == "as":  # "as reported by X"
            start = low.rindex("as", s, start)
        span = _phrase_after(g, text, he, e)  # (``he``: where the source starts)
        if span is None:
            continue
        verb_inside = next((v for v, _, _ in verb_hits if span[0] < v < span[1]), None)
        if verb_inside is not None:
            # "Un bilan communiqué mardi par une source sécuritaire faisait état de neuf
            # morts": the name ends before the sentence's own verb of saying
            span = span[0], span[0] + len(text[span[0] : verb_inside].rstrip())
        acronym_end = _acronym_end(text, span, e)
        if acronym_end is not None:
            span = span[0], acronym_end  # "revendiquée par le Groupe … (GSIM)"
        elif text.startswith(_APPOSITIVE_COMMAS, span[1]):
            # "difundido el lunes por el comandante de la Tercera División, general …,":
            # the office holder's name set off by commas
            span = _appositive_after(g, text, span, e)
        if g.negation_re.search(text, max(s, hs - 30), hs):
            continue  # "could not be verified by X": X verified nothing
        claim = g.by_claims[verb]
        f = _Found(start, span[1], text[span[0] : span[1]], claim)
        # "Les chiffres ont été communiqués par X": the figures of the sentences before
        f.back = _anaphoric(g, " ".join(low[s:start].split()))
        if verb in g.verifying_by or (start < hs and low.startswith(independently, start)):
            f.verification, f.cue = Verification.INDEPENDENTLY_VERIFIED, True
        elif claim is _C.DENIED:
            f.cue = True
        _add(found, f)
    # whether a subject relative opens a clause after a comma (see _clause_subject): one
    # search per sentence with a verb
    relative_after_comma = (
        verb_hits
        and g.relative_comma_re is not None
        and g.relative_comma_re.search(low, s, e) is not None
    )
    # (a word after a verb is a life noun only where the sentence and the 40 characters after
    # it hold one: one C search per sentence, not a split per verb)
    lives = bool(verb_hits) and any(map(low[s : e + 40].__contains__, g.life_nouns))
    for hs, he, verb in verb_hits:
        if lives and g.life_nouns.intersection(low[he : he + 40].split(",", 1)[0].split()[:4]):
            continue  # "the attack claimed the lives of 12": a toll, nobody's claim
        if (
            verb in g.clause_only
            and low[s:hs].rstrip()[-1:] not in _INVERTING
            and not _clause_follows(g, low, he, e)
        ):
            continue  # "aseguraron seis fusiles" (secured): an object, no report
        if verb in g.adverbial:
            # "The UN Mission (UNMISS) condemned … in a statement on Tuesday, saying more
            # than 2,000 people had fled": a participle of saying after a comma speaks for
            # the name that opens the sentence, when no speaker before it does already
            before_verb = hs - 1
            while before_verb > s and low[before_verb] == " ":
                before_verb -= 1
            if low[before_verb] == "," and not any(f.start < hs for f in found):
                comma = low.rindex(",", s, hs)
                opening = _opening_subject(g, text, s, comma)
                if opening is not None:
                    # (a name spelled out up to its acronym: "The UN Mission in South Sudan
                    # (UNMISS) condemned …")
                    spelled = _phrase_after(g, text, opening[0], comma)
                    acronym_end = _acronym_end(text, spelled, comma) if spelled else None
                    if acronym_end is not None:
                        opening = opening[0], acronym_end
                    name = text[opening[0] : opening[1]]
                    _add(found, _Found(opening[0], he, name, _C.REPORTED))
            continue
        head = hs
        # only the last word before the verb is read: rsplit(None, 1)[-1] == split()[-1]
        # (and the bounds are worked out without max(), a call)
        lo = hs - 40 if hs - 40 > s else s
        before_words = low[lo:hs].rsplit(None, 1)
        if before_words and before_words[-1] in g.pre_verb_last:
            pre = g.pre_verb_re.search(text, lo, hs)
            if pre is not None:
                head = pre.start()
                before_words = low[head - 24 if head - 24 > s else s : head].rsplit(None, 1)
        if g.set_off_re is not None and text.endswith((", ", ","), s, head):
            # "The ministry, however, said", "La Defensoría, por su parte, informó": the
            # connective set off by commas stands between the subject and its verb
            set_off = g.set_off_re.search(text, head - 40 if head - 40 > s else s, head)
            if set_off is not None and set_off.start() > s:
                head = set_off.start()
                before_words = low[head - 24 if head - 24 > s else s : head].rsplit(None, 1)
        if before_words and (
            before_words[-1] in g.passive_or_negated or before_words[-1].endswith("n't")
        ):
            continue  # "were reported killed", "did not confirm", "is expected to announce"
        claim = g.verb_claims.get(verb, _C.REPORTED)
        if (
            claim is _C.ALLEGED
            and head == hs
            and g.passive_followers
            and _next_word_in(g.passive_followers, text, he + 1)
            and text[he : he + 1] == " "
        ):
            continue  # "collaborators … accused of ferrying fuel": a participle, no claim
        # the last character of text[max(s, head - 4):head].rstrip(), or "" (none): in
        # "X said" it is the one before the space, found without a slice and a strip
        before = text[head - 2] if head - 2 >= s and text[head - 1] == " " else " "
        if before in _SPACES:
            before = text[head - 4 if head - 4 > s else s : head].rstrip()[-1:]
        if (
            before_words
            and before_words[-1] in g.coordinators
            and not (verb in g.speaker_follows and _speaker_after(g, text, he, e) is not None)
        ):
            # "X s'est rendu sur place et a évoqué un bilan": the sentence's subject speaks
            # (unless a speaker follows the verb: "… і повідомив голова ОВА")
            opening = _opening_subject(g, text, s, head - 1 - len(before_words[-1]))
            if opening is not None:
                name = text[opening[0] : opening[1]]
                _add(found, _Found(opening[0], he, name, claim, _appositive_parts(name) if ", " in name else (),
                           cue=claim is _C.DENIED))  # fmt: skip
                continue
        inner = (
            next((p for p in verb.split()[0].split("-")[1:] if p in g.person_pronouns), None)
            if "-" in verb  # (a verb with no hyphen holds no pronoun)
            else None
        )
        if inner is not None:
            # "…, a-t-il précisé": the pronoun inside the verb speaks for the nearest person
            _add(found, _Found(hs, he, inner, claim, refers=inner))
            continue
        if g.final_verbs and verb in g.final_verbs:
            final = _clause_opening_speaker(g, text, s, head, he, e)
            if final is not None:
                f = _Found(final[0], he, final[2], claim, final[3], cue=claim is _C.DENIED)
                # a speaker in a sentence before: the quote's sentences before are its claims
                f.back = final[0] < s
                _add(found, f)
                continue
        if before in ('"', "”", "’", "'"):
            # Inverted attribution after a quote: '"…," said the monitor.'
            span = _phrase_after(g, text, he, e)
            if span is not None and not _no_speaker_opening(g, text, span):
                _add(found, _Found(head, span[1], text[span[0] : span[1]], claim))
                continue
            if span is None:
                continue
            # 'Die Zeitung "Myanma Alinn" sprach von sieben Toten': the name before speaks
        acronym = (
            _ACRONYM_BEFORE.search(text, head - 24 if head - 24 > s else s, head)
            if before == ")"
            else None
        )
        if acronym is not None and (
            sum(c.isupper() for c in acronym.group(1)) >= 2
            # an acronym written with one capital after a body's name ("la Secretaría de
            # la Defensa Nacional (Sedena) informó")
            or _word_acronym(g, text, acronym.start(), acronym.group(1))
        ):
            # "the Ministry of Defense (MoD) said": the acronym belongs to the name
            subject = _subject_before(g, text, s, acronym.start())
            if subject is not None:
                subject = _spelled_out_before(g, text, s, subject, acronym.group(1), head)
                name_end = acronym.start() + len(acronym.group(0).rstrip())
                name = text[subject[0] : subject[1]]
                _add(found, _Found(subject[0], he, text[subject[0] : name_end], claim,
                           (name, acronym.group(1)), cue=claim is _C.DENIED))  # fmt: skip
                continue
        if acronym is None and before == ")":
            # "Gruppe JNIM (Gruppe für die Unterstützung des Islams …) reklamierte": an
            # acronym's name spelled out in brackets between it and its verb
            expanded = _expanded_acronym_before(g, text, s, head)
            if expanded is not None:
                _add(found, _Found(expanded[0], he, text[expanded[0] : expanded[1]], claim,
                           cue=claim is _C.DENIED))  # fmt: skip
                continue
        subject = _subject_before(g, text, s, head)
        if subject is not None and text[subject[0] - 2 : subject[0]] == ") ":
            # "la Secretaría de Seguridad Pública (SSP) estatal había informado": lower-case
            # words of the name after its acronym
            whole = _name_past_acronym(g, text, s, subject, head)
            if whole is not None:
                _add(found, _Found(whole[0], he, text[whole[0] : subject[1]], claim,
                           whole[1], cue=claim is _C.DENIED))  # fmt: skip
                continue
        if (
            subject is None
            and head - 2 > s
            and text[head - 1] == " "
            and text[head - 2].islower()
            and not g.oblique_prepositions
            and before_words
            and before_words[-1] not in g.pronouns  # ("he said": read below)
        ):
            subject = _before_place_phrase(g, text, s, head)  # "Un líder de la zona dijo"
        if subject is not None and _counted(g, text, s, subject[0]):
            # "hatte Lyssenko von fünf Toten gesprochen": the figure's noun is no speaker
            subject = None
        clause = None
        if subject is None:
            if before != "," and g.clause_open_re is not None:
                # (asked only where the clause opens with a relative or a determiner)
                comma = max(low.rfind(",", s, head), low.rfind("\u060c", s, head))
                if g.clause_open_re.match(low, comma + 1 if comma >= 0 else s):
                    clause = _clause_subject(g, text, s, head, subject)
        elif relative_after_comma and text[subject[0]].islower():
            clause = _clause_subject(g, text, s, head, subject)
        if clause is not None:
            if clause[2]:
                # "Em comunicado, o braço armado do movimento independentista afirma": the
                # organisation named before speaks (see _resolve_references)
                name = text[clause[0] : clause[1]]
                _add(found, _Found(clause[0], he, name, claim, cue=claim is _C.DENIED,
                           refers=_DESCRIBED))  # fmt: skip
                continue
            # "La Defensoría, que en un primer reporte había contabilizado nueve heridos":
            # the verb of a relative clause speaks for the name the clause describes
            subject = clause[0], clause[1]
        if (
            subject is not None
            and verb in g.speaker_follows
            and (
                g.inverted_skip.issuperset(text[subject[0] : subject[1]].lower().split())
                or _a_day(g, text[subject[0] : subject[1]])
            )
        ):
            # "Про це Суспільному повідомив X", "Am Donnerstagnachmittag sprachen
            # Sicherheitskreise": a listener or a day before the verb, whose speaker follows it
            subject = None
        if subject is not None and text[subject[0] - 2].isalpha() and g.prepositions:
            # (a word right before the name: else no preposition stands there)
            subject = _located(g, text, s, subject)  # "police in the … province of X said"
        if subject is not None and g.capitalised_nouns and subject[0] - 2 > s:
            subject = _with_attribute(g, text, s, subject)  # "Das russische Ministerium"
        if subject is not None and g.oblique_prepositions:
            # "СБР в заявлении в своем Telegram-канале отвергли": the subject before
            subject = _before_prepositional(g, text, s, subject)
        elif (
            subject is None
            and g.oblique_prepositions
            and (prep := _preposition_before(g, text, s, head)) is not None
        ):
            # "Генштаб … в коммюнике заявил": a prepositional phrase of a word that names
            # nobody between the subject and its verb; two of them in "Агентство AFP со
            # ссылкой на местных жителей сообщило" (the outlet speaks, relaying them)
            subject = _subject_before(g, text, s, prep)
            if subject is None and (outer := _preposition_before(g, text, s, prep)) is not None:
                subject = _subject_before(g, text, s, outer)
        if (
            subject is None
            and g.released_re is not None
            and before == ","
            and (insert := g.released_re.search(low, head - 80 if head - 80 > s else s, head))
            is not None
        ):
            # "El balance anterior de la entidad, divulgado el martes, hablaba de": the report
            # and its owner before the insert ("Un précédent bilan, communiqué …" names no
            # owner: the insert's own "par" speaks)
            subject = _subject_before(g, text, s, insert.start())
            of_word = (
                _LAST_WORD_RE.search(low, subject[0] - 12 if subject[0] - 12 > s else s, subject[0])
                if subject is not None
                else None
            )
            if subject is not None and not (
                # the owner after its report noun's "de" / "of"; or the report and its owner
                (
                    of_word is not None
                    and (of_word.group(1) in g.glue or of_word.group(1) in g.prepositions)
                )
                or any(w in g.glue for w in low[subject[0] : subject[1]].split()[1:-1])
            ):
                subject = None
        participle_re = g.participle_re
        if (
            subject is None
            and participle_re is not None
            and participle_re.search(low, head - 60 if head - 60 > s else s, head)
        ):
            # "Un élu local joint par téléphone a fait état": a participle and the phrase of
            # its agent or means between the speaker and the verb
            subject = _before_participle(g, text, low, s, head)
        if (
            subject is not None
            and participle_re is not None
            and participle_re.search(low, max(s, subject[0] - 40), subject[0])
        ):
            # "Fontes locais ouvidas pela Lusa disseram": the name before the participle
            # speaks, not the one it was heard by
            before_subject = low[max(s, subject[0] - 40) : subject[0]].split()
            # (the participle, its preposition and the listener's determiners: "Habitantes
            # consultados por este diario relataron")
            k = len(before_subject) - 1
            while k >= 0 and (
                before_subject[k] in g.determiners or before_subject[k] in g.definite
            ):
                k -= 1
            k -= 1  # (the preposition)
            if k >= 0 and before_subject[k] in g.participles:
                participle = low.rindex(before_subject[k], s, subject[0])
                subject = _subject_before(g, text, s, participle) or subject
        if (
            subject is None
            and before_words
            and (before_words[-1] in g.person_pronouns or before_words[-1] in g.any_pronouns)
        ):
            # "he said": the nearest fitting named source before speaks (extract_attributions)
            p_start = head - 1 - len(before_words[-1])
            if p_start >= s and low.startswith(before_words[-1], p_start):
                _add(found, _Found(p_start, he, text[p_start : head - 1], claim,
                           refers=before_words[-1]))  # fmt: skip
            continue
        if subject is not None:
            if g.report_nouns:
                subject = _past_report_noun(g, text, subject)  # "Dados da CPT apontam"
            # "В оперштабе уточнили": a speaker after a locative preposition, in the nominative
            name = _speaker_name(g, text, s, subject)
            _add(found, _Found(subject[0], he, name, claim, cue=claim is _C.DENIED))
        elif before == ",":
            names = _appositive_before(g, text, s, text.rindex(",", s, head))
            if (
                len(names) == 1  # (not "…, a community leader, Saturday Dembele, told")
                and verb not in g.listener_verbs  # ("told Reuters": a listener)
                and text[s : names[0][0]].rstrip().endswith(",")
                and (after := _speaker_after(g, text, he, e)) is not None
                and _head_names_someone(g, text, after)  # ("a confirmé l'attaque": an object)
            ):
                # "… en zona rural de Tibú, Norte de Santander, informó este martes la
                # Defensoría del Pueblo": a name set off by commas after the sentence's own
                # clause (a place of it) is no speaker when one follows the verb
                names = []
            if names:
                start, end = names[0][0], names[-1][1]
                extra = tuple(text[a:b] for a, b in reversed(names))
                _add(found, _Found(start, he, text[start:end], claim, extra,
                           cue=claim is _C.DENIED))  # fmt: skip
            elif verb not in g.listener_verbs:
                # An inverted attribution after a clause: "…, said the monitor."  ("told"
                # is never inverted: the phrase after it is the listener, "told Reuters".)
                # "…, уточнив він.": the nearest fitting named source speaks
                pronoun = _pronoun_after(g, text, head, he, claim) if g.speaker_follows else None
                if pronoun is not None:
                    _add(found, pronoun)
                    continue
                impersonal = next((p for p in g.impersonal if low.startswith(p, head)), "")
                if impersonal:
                    # "…, hieß es weiter.": nobody after it, so the source named last
                    rest = _skip_words(g, text, head + len(impersonal), e, g.inverted_skip)
                    if not text[rest:e].strip(_SENTENCE_END):
                        _add(found, _Found(head, rest, text[head:rest], claim, refers=verb))
                        continue
                # "…, daba cuenta de seis fallecidos": a verb that ends in its preposition
                # takes its object after it, no speaker
                span = None if _ends_in_preposition(g, verb) else _speaker_after(g, text, he, e)
                if span is not None:
                    name = _speaker_name(g, text, he, span)
                    _add(
                        found,
                        _Found(
                            head,
                            span[1],
                            name,
                            claim,
                            _appositive_parts(name) if ", " in name else (),
                        ),
                    )
                elif verb in g.subject_in_verb and not text[he:e].strip(_SENTENCE_END):
                    # "…, acrescentou." (a language that drops its subject): the one who
                    # spoke last goes on speaking
                    _add(found, _Found(head, he, text[head:he], claim, refers=verb))
        elif verb in g.speaker_follows:
            # A verb before its speaker anywhere ("Об этом сообщил губернатор X", "قال
            # المرصد"); "Об этом" (about this) points the claim back at the sentence before.
            pronoun = _pronoun_after(g, text, head, he, claim)  # "- написал он"
            if pronoun is not None:
                _add(found, pronoun)
                continue
            if found and _object_of_report(g, low, found, hs):
                # "أعلنت وزارة الداخلية في بيان نشر وحدات": the thing announced (a verbal
                # noun), no report of its own
                continue
            between = (
                # (a particle between the subject and the verb: "قد")
                _after_auxiliary(g, text, s, head) if g.compound_auxiliaries and head < hs else None
            )
            if between is not None:
                # "وكانت قسد قد أعلنت": the subject between the auxiliary and the verb
                _add(found, _Found(between[0], he, text[between[0] : between[1]], claim))
                continue
            span = _speaker_after(g, text, he, e)
            if span is None and g.topic_openers:
                topic = _topic_subject(g, text, s, head)
                if topic is not None:
                    # "أما المتحدث باسم الجيش، العقيد عثمان الطيب، فقال إن …"
                    _add(found, _Found(topic[0], he, text[topic[0] : topic[1]], claim,
                               _appositive_parts(text[topic[0] : topic[1]])))  # fmt: skip
                    continue
            if span is not None and claim is _C.ALLEGED and _charged(g, text, span[1]):
                # "واتهم الجيش قوات الدعم السريع بقتل …": the accuser and the accused stand
                # side by side before the charge, and no word tells where one ends
                continue
            if span is not None:
                name = _speaker_name(g, text, he, span)
                f = _Found(head, span[1], name, claim, _appositive_parts(name) if ", " in name else (),
                           cue=claim is _C.DENIED)  # fmt: skip
                f.back = _anaphoric(g, " ".join(low[s:head].split()))
                _add(found, f)
            elif verb in g.subject_in_verb and _complement_follows(g, text, he, e):
                # "وأضافت في وقت لاحق أن …" (a verb-first language that drops its subject):
                # the one who spoke last goes on speaking
                _add(found, _Found(head, he, text[head:he], claim, refers=verb))
    for hs, he, noun in possessive_hits:
        subject = _subject_before(g, text, s, hs - 3)
        if subject is not None:
            claim = g.possessive_claims[noun]
            _add(found, _Found(subject[0], he, text[subject[0] : subject[1]], claim,
                       cue=claim is _C.DENIED))  # fmt: skip
    if g.side_clause_openers and found:
        found = [f for f in found if not _in_side_clause(g, text, s, f.start)]
    if backs and not any(not f.cue for f in found):
        # "Mehr als 30 Menschen wurden demnach verletzt": no source of its own, so the one
        # named last (in the paragraph before too) goes on speaking
        hs, he, word = backs[0]
        _add(found, _Found(hs, he, text[hs:he], _C.REPORTED, refers=word))
    if hedges:  # (without hedges neither branch below does anything)
        named = [f for f in found if not f.cue]
        if named and any(adverb in g.turn_alleged for _, _, adverb in hedges):
            for f in named:
                if f.claim is _C.REPORTED:
                    f.claim = _C.ALLEGED
        elif not named:
            for hs, he, adverb in hedges:
                _add(found, _Found(hs, he, g.unnamed_source, g.hedge_claims[adverb]))
    if owns:  # (most sentences have none)
        found = _own_report(found, owns)
    return found


def _own_report(found: list[_Found], owns: Sequence[tuple[int, int, str]]) -> list[_Found]:
    """The sentence's attributions where the article names itself or its own finding
    (``names.own_report``): a source whose name opens with such words ("según el conteo de
    este diario con base en …") is the article; a sentence with no source but such words
    ("… tedavi altına alındığı öğrenildi", it was learned) has the article speak, so that no
    source named before goes on speaking there.  A source that told the article or that it
    consulted ("dijo a este diario", "Habitantes consultados por este diario") stays the
    source."""
    out = [
        f
        for f in found
        if not any(
            f.start <= hs and he <= f.end and f.source_name.lower().startswith(word)
            for hs, he, word in owns
        )
    ]
    if len(out) < len(found) or not any(not f.cue for f in out):
        hs, he, _ = owns[0]
        _add(out, _Found(hs, he, OWN_REPORT, _C.REPORTED))
    return out


# The most words between a verb with its subject in it and the complementizer after it ("وأضافت
# في وقت لاحق أن": a time or a place, no subject).
_COMPLEMENT_GAP: Final = 3


def _complement_follows(g: _Grammar, text: str, pos: int, hi: int) -> bool:
    """Whether a complementizer (``verbs.complementizers``: "أن", "إن") follows the verb
    ending at ``pos``, nothing but a phrase that opens with a preposition or a time word
    (``names.forward_stop``) of at most three words between: the verb has no subject written
    ("وقالت إن", "وأضافت في وقت لاحق أن"; not "وقال الجيش إن")."""
    if not g.complementizers:
        return False
    words = [
        m.group() for m in itertools.islice(_WORD_RE.finditer(text, pos, hi), _COMPLEMENT_GAP + 1)
    ]
    for k, word in enumerate(words):
        if word in g.complementizers:
            return k == 0 or words[0] in g.forward_stop or words[0] in g.inverted_skip
    return False


def _object_of_report(g: _Grammar, low: str, found: Sequence[_Found], hs: int) -> bool:
    """Whether a report word at ``hs`` stands right after the speaker of a report before it
    in its clause, nothing but prepositions and report nouns between ("أعلنت وزارة الداخلية
    في بيان نشر وحدات": the ministry announced the deployment of units): it is the thing
    reported, a verbal noun, not a verb with a speaker of its own."""
    ends = [f.end for f in found if f.end <= hs]
    if not ends:
        return False
    gap = low[max(ends) : hs].split()
    return len(gap) <= _OBJECT_GAP and all(w in g.prepositions or w in g.report_nouns for w in gap)


# The most words (prepositions, report nouns) between a report and the verbal noun it reports.
_OBJECT_GAP: Final = 3


# The ``refers`` of an organisation described, not named (see _clause_subject).
_DESCRIBED: Final = "\x00described"


# What stands before an inverted report verb ('"…", aseguró el alcalde').
_INVERTING: Final = frozenset(',"”»\u060c')


def _clause_follows(g: _Grammar, low: str, he: int, e: int) -> bool:
    """Whether a reported clause or the clause's end follows a verb ending at ``he`` in the
    lower-cased text ``low``: a clause break, or a word of ``clause_openers`` ("que") after at
    most one time word ("aseguró el lunes que" reads as "aseguró … que" too).

    >>> from conflict_events.lexicon import load
    >>> g = _grammar(load("es"))
    >>> [_clause_follows(g, t, 10, len(t)) for t in ("aseguraron seis fusiles", "aseguraron que")]
    [False, True]
    """
    rest = low[he:e].lstrip()
    if not rest or rest[0] in _CLAUSE_CHARS or rest[0] in ".!?":
        return True
    words = rest.split(None, 3)[:3]
    return any(w.strip(",") in g.clause_openers for w in words)


def _in_side_clause(g: _Grammar, text: str, s: int, start: int) -> bool:
    """Whether the phrase at ``start`` stands in a side clause that a side-clause word opens
    ("قال مصدر أمني لرويترز، طالبا عدم نشر اسمه، إن": asking that his name not be published
    says nothing of who speaks).

    >>> from conflict_events.lexicon import load
    >>> g = _grammar(load("ar"))
    >>> t = "قال مصدر لرويترز، طالبا عدم نشر اسمه، إن"
    >>> _in_side_clause(g, t, 0, t.index("نشر")), _in_side_clause(g, t, 0, 0)
    (True, False)
    """
    m = _LAST_CLAUSE_PUNCT_RE.match(text, s, start)
    if m is None:
        return False
    w = _WORD_RE.search(text, m.end(), start + 1)
    return w is not None and w.group().lower() in g.side_clause_openers


def _colon_source(g: _Grammar, text: str, s: int, e: int) -> _Found | None:
    """The source after the last colon of the sentence ``text[s:e]`` when it ends the
    sentence, as in a headline ("Toll from mosque attack rises to 13: security sources"):
    a name of source words ("security sources", "police"), nothing after it but a stop.
    ``None`` otherwise ("The toll: police 3, civilians 5")."""
    colon = text.rfind(": ", s, e)
    if colon < 0:
        return None
    opening = _leading_colon_source(g, text, s, e)
    if opening is not None:
        return opening
    span = _phrase_after(g, text, colon + 2, e)
    if span is None or text[span[1] : e].strip(_SENTENCE_END):
        return None
    words = text[span[0] : span[1]].split()
    if not any(
        (low := w.lower()) in g.source_words and low not in g.glue for w in words
    ) or not all(
        (low := w.lower()) in g.determiners or low in g.titles or _allowed_in_name(g, w)
        for w in words
    ):
        return None
    return _Found(span[0], span[1], text[span[0] : span[1]], _C.REPORTED)


# The most words of a headline's source before its colon ("MSB: …", "Police: …").
_COLON_NAME_WORDS: Final = 4


def _defines_source(g: _Grammar, text: str, acronym: str) -> bool:
    """Whether the text brackets ``acronym`` after the name of a body ("Milli Savunma
    Bakanlığı (MSB)"): a name with an organisation's head word or a source word, not a
    country's ("République démocratique du Congo (RDC)")."""
    at = text.find(f"({acronym})")
    if at < 0:
        return False
    words = text[max(0, at - 80) : at].lower().split()[-6:]
    return any(
        w in g.organisation_heads or (w in g.source_words and w not in g.glue) for w in words
    )


def _word_acronym(g: _Grammar, text: str, at: int, acronym: str) -> bool:
    """Whether a bracketed word with one capital at ``at`` is a body's acronym written as a
    word ("(Sedena)", "(Ocha)"): six letters at most, right after a name with an
    organisation's head word among its last eight words ("Tori (Atlantique)", "the mayor of
    Tori (Benin)": a place)."""
    if len(acronym) > _SHORT_ACRONYM:
        return False
    return any(w in g.organisation_heads for w in text[max(0, at - 80) : at].lower().split()[-8:])


def _leading_colon_source(g: _Grammar, text: str, s: int, e: int) -> _Found | None:
    """The source that opens a headline before its first colon ("MSB: Irak'ın kuzeyinde 9
    terörist …", "UN: 300 killed in …"): an acronym, or up to four words of a name with a
    source word, the colon right after them; ``None`` otherwise ("Gaza: 30 killed", a
    place)."""
    line = text[s:e].strip()
    if "\n" in line or line[-1:] in ".!?" or not text.startswith("\n", e):
        return None  # a headline: one line of its own, no full stop ("Movement of forces: On …")
    colon = text.find(": ", s, e)
    words = text[s:colon].split() if colon > s else []
    if not words or len(words) > _COLON_NAME_WORDS:
        return None
    lows = [w.lower() for w in words]
    if not (
        (len(words) == 1 and _is_acronym(words[0]) and _defines_source(g, text, words[0]))
        or any(low in g.source_words and low not in g.glue for low in lows)
        # "Гладков: при атаке …": a person's surname the text gives with a first name
        or (len(words) == 1 and _surname_in_text(g, text, e, words[0]))
    ) or not all(
        low in g.determiners or low in g.titles or _allowed_in_name(g, w)
        for w, low in zip(words, lows, strict=True)
    ):
        return None
    start = s + len(text[s:colon]) - len(text[s:colon].lstrip())
    return _Found(start, colon, text[start:colon], _C.REPORTED)


def _surname_in_text(g: _Grammar, text: str, pos: int, word: str) -> bool:
    """Whether the capitalised ``word`` (a headline's "Гладков" before its colon) is the
    surname of a person the text names after ``pos`` with a first name before it ("губернатор
    региона Вячеслав Гладков"): a capitalised word right before it that is no clause word,
    source word or determiner, and not the first of its sentence.  A place ("Gaza: …") is
    written so rarely."""
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    at = text.find(" " + word, pos)
    while at > 0:
        after = at + 1 + len(word)
        if not text[after : after + 1].isalpha():
            m = _LAST_WORD_RE.search(text, max(pos, at - 40), at + 1)
            first = m.group(1) if m is not None else ""
            low = first.lower()
            if (
                first[:1].isupper()
                and first.isalpha()
                and low not in g.not_name
                and low not in g.source_words
                and low not in g.determiners_glue
                and low not in g.prepositions
                and m is not None
                # (inside its sentence: a word or a comma before it)
                and (
                    (before := text[max(0, m.start() - 3) : m.start()].rstrip()[-1:]).isalnum()
                    or before == ","
                )
            ):
                # (no article or preposition before it: "im Bürgerkriegsland Myanmar" is
                # a noun's, where a language capitalises every noun)
                prior = _LAST_WORD_RE.search(text, max(0, m.start() - 30), m.start())
                word_before = prior.group(1).lower() if prior is not None else ""
                if not (
                    word_before in g.determiners_glue
                    or word_before in g.prepositions
                    or word_before in g.not_name
                ):
                    return True
        at = text.find(" " + word, after)
    return False


def _by_gap_end(g: _Grammar, low: str, he: int) -> int | None:
    """Where the source starts after a by-participle ending at ``he`` ("informado por X"),
    past the by-word's contracted form ("divulgado pela X") and a few time words ("difundido
    el miércoles por X"); None where no by-word follows."""
    if low.startswith(g.by_gap, he):
        return he + len(g.by_gap)
    if not (g.by_forms or g.by_skip):
        return None
    pos = he
    listener = False  # a listener skipped ("communiqué mardi à l'AFP par …")
    for _ in range(4):
        m = _WORD_RE.match(low, pos + 1) if low[pos : pos + 1] == " " else None
        if m is None:
            return None
        w = m.group()
        if w == g.by_word or w in g.by_forms:
            time = next((t for t in g.by_times if low.startswith(t, m.end() + 1)), "")
            if time and low[m.end() + 1 + len(time) : m.end() + 2 + len(time)] == " ":
                pos = m.end() + 1 + len(time)  # "por la mañana": a time, not the source
                continue
            return m.end() + 1 if low[m.end() : m.end() + 1] == " " else None
        if w in g.listener_prepositions and not listener:
            # the one it was told to: the preposition and one name ("à l'AFP", "à Lusa")
            listener = True
            m = _WORD_RE.match(low, m.end() + 1) if low[m.end() : m.end() + 1] == " " else None
            if m is None:
                return None
        elif w not in g.by_skip:
            return None
        pos = m.end()
    return None


_START: Final = attrgetter("start")


def _add(found: list[_Found], f: _Found) -> None:
    """Add ``f`` to ``found`` (kept in start order) unless it overlaps a span already taken.

    Every span is non-empty (each ends after the keyword it starts at or follows), and the
    spans taken are disjoint, so comparing ``f`` with its two neighbours in start order is
    the whole test: a sentence with thousands of phrases ("according to " repeated) costs a
    bisection per phrase, not a pass over the phrases taken."""
    start, end = f.start, f.end
    n = len(found)
    # (the common case: phrases come in text order, and go at the end)
    i = n if not n or found[-1].start < start else bisect_right(found, start, key=_START)
    if i > 0 and found[i - 1].end > start:
        return
    if i < n and found[i].start < end:
        return
    found.insert(i, f)


def _verification_cue(
    g: _Grammar,
    text: str,
    s: int,
    e: int,
    words: frozenset[str] | None = None,
    hits: Sequence[tuple[int, int, str]] = (),
) -> Verification | None:
    """The verification the sentence ``text[s:e]`` states; ``words`` (when given) are the
    cue words in it, and a pattern that needs none of them is not searched; ``hits`` (with
    ``words``) are the sentence's keyword hits, where a disputing word may be seen without
    searching (see :func:`_disputing_hit`)."""
    if (words is None or not words.isdisjoint(g.unverified_needs)) and g.unverified_re.search(
        text, s, e
    ):
        return Verification.UNVERIFIED
    if (words is None or not words.isdisjoint(g.verified_needs)) and g.verified_re.search(
        text, s, e
    ):
        return Verification.INDEPENDENTLY_VERIFIED
    if words is not None and _disputing_hit(g, text, s, e, hits):
        return Verification.DISPUTED
    if (words is None or not words.isdisjoint(g.disputed_needs)) and g.disputed_re.search(
        text, s, e
    ):
        return Verification.DISPUTED
    return None


def _disputing_hit(
    g: _Grammar, text: str, s: int, e: int, hits: Iterable[tuple[int, int, str]]
) -> bool:
    """Whether one of the keyword ``hits`` of ``text[s:e]`` is a word ``g.disputed_re``
    matches where it stands, which then need not be searched for.

    Why it is exact: a hit's ``text[hs:he]`` lower-cases to its word (a disputing
    word, one of the pattern's alternatives); where no letter of ``text`` is one that
    ``re.IGNORECASE`` folds unlike ``str.lower`` (the caller passes ``hits`` only then), its
    letters are the word's in either case, which the pattern matches.  Its word boundary on
    each side holds when the hit is at the searched range's edge (``search`` sees nothing
    beyond ``pos`` and ``endpos``) or the character there is no word character (which for
    ``re`` is one that ``str.isalnum`` accepts, or "_").  A hit that fails this test proves nothing: then the pattern is
    searched."""
    for hs, he, word in hits:
        if (
            word in g.disputed_needs
            and s <= hs
            and he <= e
            and (hs == s or not (text[hs - 1].isalnum() or text[hs - 1] == "_"))
            and (he == e or not (text[he].isalnum() or text[he] == "_"))
        ):
            return True
    return False


def extract_attributions(
    text: str,
    *,
    registry: NameResolver | None = None,
    published: dt.date | None = None,
    lexicon: Lexicon | str = "en",
) -> list[AttributionMention]:
    """Every attribution phrase in ``text``, in text order, as :class:`AttributionMention`.

    Each :class:`Attribution` has the source as named (``source_name``), its actor id where
    ``registry`` resolves the name (``source``), the claim kind the verb gives, the
    verification the text states (default unverified), the sentence as ``quote`` and
    ``published``.  A verification cue ("could not be independently verified", a denial)
    applies to the other attributions of its sentence, or, if it has none, of the sentence
    before.  The words come from ``lexicon`` (a language code or a
    :class:`~conflict_events.lexicon.Lexicon`).  Never raises on any string.

    >>> [m] = extract_attributions("At least 12 people were killed, state media reported.")
    >>> (m.attribution.source_name, m.attribution.claim.value)
    ('state media', 'reported')
    >>> [a.attribution.source_name for a in extract_attributions(
    ...     "According to the monitor, 40 died. Activists said 50 died.")]
    ['the monitor', 'Activists']
    """
    text = as_text(text)
    # One keyword pass per text, shared with the other stages (extract_report runs them all).
    lex = load(lexicon)
    g = _grammar(lex)
    found_words = keyword_hits(text, lex)
    low, hits = found_words.low, found_words.get(KEYWORDS)
    # a source after a colon that ends its line needs no keyword ("… rises to 13: security
    # sources"); one C search says whether any line may have one
    colon = ": " in text
    if not hits and not colon:
        return []
    resolver = _Resolver(g, registry, published)
    folded = has_re_folded(text)
    out: list[AttributionMention] = []
    previous: list[_Found] = []
    # the sentences since the last one with an attribution, for "Об этом сообщил X"
    unattributed: list[Span] = []
    per_sentence: list[tuple[Span, list[_Found]]] = []
    positions = [h[0] for h in hits]
    n = len(positions)
    # hits[first:last] are those of the sentence in hand: ``first`` is the first hit at or
    # after s, ``last`` the first at or after e (bisect_left of each).  Sentence starts only
    # grow, so ``first`` only moves forward: a step or two per sentence, not two calls.
    first = 0
    previous_start = 0
    previous_span: Span | None = None
    cue_words_of = g.cue_words
    for s, e in sentences(text, lexicon=lex):
        if s < previous_start:  # never so; but then the plain way
            first = bisect_left(positions, s)
        previous_start = s
        while first < n and positions[first] < s:
            first += 1
        last = first
        while last < n and positions[last] < e:
            last += 1
        if last == first:
            headline = _colon_source(g, text, s, e) if colon and text.find(": ", s, e) > 0 else None
            if headline is None:
                previous = []
                previous_span = (s, e)
                unattributed.append((s, e))
                continue
            sentence_hits, found = [], [headline]
        else:
            sentence_hits = hits[first:last]
            found = _find_in_sentence(g, text, low, s, e, sentence_hits)
            if not found and colon and text.find(": ", s, e) > 0:
                headline = _colon_source(g, text, s, e)
                if headline is not None:
                    found = [headline]
        cue = None
        for _, _, word in sentence_hits:
            if word in cue_words_of:  # (most sentences have none)
                cue_words = frozenset(h[2] for h in sentence_hits if h[2] in cue_words_of)
                cue = (
                    _verification_cue(g, text, s, e)
                    if folded
                    else _verification_cue(g, text, s, e, cue_words, sentence_hits)
                )
                break
        if cue is not None:
            # The cue qualifies the other claims of its sentence, or those of the sentence
            # before ("… the monitor said.  The figures could not be independently verified.")
            targets = [f for f in found if not f.cue] or [f for f in previous if not f.cue]
            for f in targets:
                f.verification = cue
        if found:  # (a sentence without attributions needs no quote)
            back = [f for f in found if f.back] or _continuing(g, text, low, s, e, found)
            if back and previous_span is not None and not previous:
                # "Об этом сообщил X" (about this, X reported): X speaks for the sentences
                # before that have no source of their own, back to their paragraph's start
                # (a quote's speaker in a sentence before speaks from that sentence on)
                opens = min(f.start for f in back)
                per_sentence.extend(
                    (span, [attrs.evolve(f, back=False) for f in back])
                    for span in _referred_run(text, unattributed)
                    if opens >= s or span[1] > opens
                )
            per_sentence.append(((s, e), found))
            unattributed = []
        else:
            unattributed.append((s, e))
        previous = found
        previous_span = (s, e)
    if per_sentence:
        per_sentence = _resolve_references(g, per_sentence, text)
    # Every field below is valid by construction (see _trusted_attribution); only an id from
    # the registry and a ``published`` that is no plain date are checked, once each.
    trusted = published is None or type(published) is dt.date
    valid_ids: dict[str, bool] = {}
    plain_spaces = _plain_spaces(text)
    for (s, e), found in per_sentence:
        quote = _quote(text, s, e, plain_spaces)
        first_out = len(out)
        for f in found:
            source = resolver(f.source_name, f.extra_names)
            if source is not None and trusted and source not in valid_ids:
                valid_ids[source] = ID_RE.fullmatch(source) is not None
            if trusted and (source is None or valid_ids[source]):
                out.append(_trusted_mention(f, source, quote, published, s, e))
                continue
            # the validated constructor, which reports what is wrong
            attribution = Attribution(
                source=source,
                source_name=f.source_name,
                claim=f.claim,
                verification=f.verification,
                quote=quote,
                published=published,
            )
            out.append(_mention(attribution, f.start, f.end, s, e))
        if len(out) - first_out > 1:
            _set_clauses(text, out, first_out, s, e, g.according_re)
    return out


def _continuing(
    g: _Grammar, text: str, low: str, s: int, e: int, found: Sequence[_Found]
) -> list[_Found]:
    """The attribution of a sentence that goes on with the report of the sentence before it
    and names its source last ("Twenty others were wounded, according to local officials.",
    "Vingt autres ont été blessés, selon des sources locales."): a continuation word
    (``names.continuations``) before its one attribution, which is the sentence's last
    clause, the word in the sentence's opening clause, and the sentence not the first of its
    paragraph.  That attribution then speaks for the sentences before it, as an anaphoric
    one does; none otherwise."""
    if len(found) != 1 or not g.continuations:
        return []
    f = found[0]
    if f.refers or f.cue or f.start <= s or text[f.end : e].strip(_SENTENCE_END):
        return []  # the phrase must end the sentence ("…, according to X.")
    if "\n" in text[s - 2 if s >= 2 else 0 : s]:
        return []  # the first sentence of its paragraph
    if not text[s : f.start].rstrip().endswith((",", "\u060c")):
        return []  # the attribution is no closing clause ("Police said 20 others …")
    # the continuation word in the opening clause ("Twenty others were wounded, …"), not in
    # one of its own after a comma ("In all, 400 died, 1,300 others were hurt, X said")
    comma = low.find(",", s, f.start)
    opening = comma if comma >= 0 else f.start
    if g.continuations.isdisjoint(w.group() for w in _WORD_RE.finditer(low, s, opening)):
        return []
    return [f]


def _referred_run(text: str, run: Sequence[Span]) -> Sequence[Span]:
    """The sentences an anaphoric attribution ("Об этом сообщил X", "Про це повідомив X",
    "Les chiffres ont été communiqués par X") speaks for, out of ``run``, the sentences
    right before it without a source of their own: the last of them and those before it in
    the same paragraph (a paragraph ends at a line break, as for the figures' sources in
    extract_report).  When the attribution opens a paragraph, that is the one before it."""
    if not run:
        return run
    k = len(run) - 1
    while k > 0 and "\n" not in text[run[k - 1][1] : run[k][0]]:
        k -= 1
    return run[k:]


_CLAUSE_BREAK: Final = re.compile(r"\s*[,;]\s*|\s+(?:while|whereas|but)\s+", re.IGNORECASE)
# What follows an attribution that ends its clause: a clause break or the sentence's end.
_ENDS_CLAUSE: Final = re.compile(r"\s*(?:[,;.!?\"”»)]|$)")


def _set_clauses(
    text: str,
    out: list[AttributionMention],
    first: int,
    s: int,
    e: int,
    according: re.Pattern[str] | None = None,
) -> None:
    """Cut the sentence ``text[s:e]`` among its attributions ``out[first:]`` (in text
    order): the boundary between two is the last clause break between the first's phrase
    and the next's (else the next's start); when the next ends its clause ("…, and displaced
    over two million, according to the UN."), it governs the clause before it: the boundary
    is the first clause break after the first's phrase.  When that next one is an "according
    to" phrase (``according``) right after the only break between them, it governs its
    clause from the first's phrase on ("A Bahia registrou 1.045 mortes, de acordo com o
    Fórum": the article cites the Forum for the figure)."""
    mentions = out[first:]
    bounds = [s]
    for a, b in itertools.pairwise(mentions):
        cut = b.start_char
        trailing = _ENDS_CLAUSE.match(text, b.end_char, e) is not None
        breaks = list(_CLAUSE_BREAK.finditer(text, a.end_char, b.start_char))
        if (
            trailing
            and according is not None
            and len(breaks) == 1
            and breaks[0].end() == b.start_char
            and according.match(text, b.start_char) is not None
        ):
            bounds.append(max(a.end_char, bounds[-1]))
            continue
        for brk in breaks:
            cut = brk.start()
            if trailing:
                break
        bounds.append(max(cut, bounds[-1]))
    bounds.append(e)
    set_clause_start, set_clause_end = _MENTION_SETTERS[5], _MENTION_SETTERS[6]
    for i, m in enumerate(mentions):
        set_clause_start(m, bounds[i])
        set_clause_end(m, bounds[i + 1])


# A case ending after an apostrophe inside a name, in a language that writes one there
# ("Siyasi Tutuklulara Yardım Derneği'nin (AAPP)" -> "… Derneği (AAPP)"): lower-case letters
# up to the word's end.
_APOSTROPHE_SUFFIX_RE: Final = re.compile(r"(?<=\w)['’][^\W\d_A-ZÇĞİÖŞÜ]+(?![\w'’])")


def _resolve_references(
    g: _Grammar, per_sentence: list[tuple[Span, list[_Found]]], text: str = ""
) -> list[tuple[Span, list[_Found]]]:
    """Back-references point to the nearest fitting named source before them: "he" / "she"
    to a person (a name without an organisation's head word), "they" / "it" to any source,
    "the ministry" (a determiner and lower-case words ending in a head word) to the nearest
    source whose name has that head word, else to the nearest name in ``text`` before it
    that has it ("Uma operação da Polícia Militar … segundo a corporação"); an acronym ("a
    PM") to the source it brackets or whose initials it is, else such a name in ``text``; a
    person's shorter name ("Bakan Yerlikaya") to the earlier full one ("İçişleri Bakanı Ali
    Yerlikaya").  A pronoun with no antecedent names nobody and goes; a "the ministry" without
    one stays as written."""
    # The nearest named source, the nearest person, and per word of a name the nearest two
    # sources with different names: each lookup is then one step, not a walk back.
    last: _Found | None = None
    last_person: _Found | None = None
    last_witness: _Found | None = None  # the nearest named by a person head ("a resident")
    last_denier: _Found | None = None  # the nearest name a denial cue made ("The RSF denied")
    by_word: dict[str, tuple[_Found, _Found | None]] = {}
    # per surname, the nearest person named with more words than it (see _full_name)
    by_surname: dict[str, _Found | None] = {}
    # the sources named so far, for the rare acronym whose initials one of them has
    recorded: list[_Found] = []
    out: list[tuple[Span, list[_Found]]] = []
    inner_articles, same_re = g.inner_articles, g.same_re
    # "a medical group said … The Sudan Doctors Network said": the named source of its kind
    # that speaks next (see _named_after)
    ahead = _named_after(g, per_sentence) if g.described_kinds and g.definite else {}
    for span, found in per_sentence:
        kept: list[_Found] = []
        for i_found, f in enumerate(found):
            if f.source_name is OWN_REPORT:  # the article itself: refers to nobody
                kept.append(f)
                continue
            if inner_articles and _partitive(g, f.source_name):
                pass  # "Somali Ulusal Ordusu'ndan bir yetkili" (an official of the army)
            elif g.case_suffixes and ("'" in f.source_name or "’" in f.source_name):
                f.source_name = _APOSTROPHE_SUFFIX_RE.sub("", f.source_name)
            if inner_articles and " " in f.source_name and not _partitive(g, f.source_name):
                # "Yerel bir direniş komitesi" -> "Yerel direniş komitesi"
                f.source_name = _without_inner_articles(g, f.source_name)
            if not f.refers and (
                f.source_name.lower() in g.any_pronouns
                or f.source_name.lower() in g.person_pronouns
            ):
                # "la misma fuente": the nearest source; "selon lui": the nearest person
                f.refers = f.source_name.lower()
            if f.refers and f.refers is not _DESCRIBED:
                # (a person: the nearest named one, or named by a person's noun, "un
                # officier … a-t-il affirmé", whichever is later)
                antecedent = (
                    _nearer(last_person, last_witness)
                    if f.refers in g.person_pronouns
                    # (a denier speaks too: "The RSF denied … In a statement, it said")
                    else _nearer(last, last_denier)
                )
                if antecedent is None:
                    continue
                f.source_name, f.extra_names = antecedent.source_name, antecedent.extra_names
                f.refers = ""
            else:
                written = f.source_name
                words = f.source_name.split()
                if same_re is not None and len(words) > 2 and same_re.search(f.source_name):
                    # "O mesmo responsável" is "o responsável" named before
                    words = [w for w in words if w.lower() not in g.same_words] or words
                head = words[-1].lower() if words else ""
                called = ""
                # (each helper asked only when its cheap condition holds: most names are
                # neither an acronym nor a surname seen before)
                acronym = (
                    _acronym_reference(g, words) if len(words) <= 2 and words[-1].isupper() else ""
                )
                full = (
                    _full_name(g, words, by_surname, text)
                    if words and words[-1].lower() in by_surname
                    else None
                )
                referring = _referring_head(g, words)
                spoken_for = "" if referring else _role_for_organisation(g, words)
                # a description of a kind ("la institución castrense", "военные"): the named
                # source of that kind before it, else one its sentence names before it
                kinds = (
                    _described_kinds(g, words)
                    if g.described_in is not None
                    and g.described_in.search(f.source_name.lower()) is not None
                    else _NO_KINDS
                )
                kind_name: tuple[str, tuple[str, ...]] | None = None
                if ahead and id(f) in ahead:
                    later = ahead[id(f)]
                    kind_name = later.source_name, later.extra_names
                elif kinds:
                    earlier = next(
                        (
                            k
                            for k in reversed(recorded)
                            if _named_kinds(g, k.source_name) & kinds
                            and not _is_person(g, k.source_name)
                        ),
                        None,
                    )
                    if earlier is not None:
                        kind_name = earlier.source_name, earlier.extra_names
                    elif text:
                        acronym_named = _kind_acronym_before(g, text, span[0], f.start, kinds)
                        if acronym_named:
                            kind_name = acronym_named, ()
                member = None
                lo = f.start - 30 if f.start - 30 > span[0] else span[0]
                if (first_re := g.member_first_re) is not None and (
                    first_re.match(f.source_name) is not None
                    or first_re.search(text, lo, f.start) is not None
                ):
                    member = _member_of(g, text[lo : f.start], f.source_name, by_word)
                if member is not None:
                    # "a expliqué l'une de ces sources": the "sources sécuritaires" named
                    # before speak through one of them
                    f.source_name, f.extra_names = member.source_name, member.extra_names
                elif kind_name is not None:
                    f.source_name, f.extra_names = kind_name
                    called = head  # "The group had put the toll" is that source too
                elif full is not None:
                    # "Bakan Yerlikaya" after "İçişleri Bakanı Ali Yerlikaya"
                    f.source_name, f.extra_names = full.source_name, full.extra_names
                elif (
                    not g.determiners
                    and len(words) >= 2
                    and f.source_name.islower()
                    and (opened := _office_named_before(recorded, f.source_name)) is not None
                ):
                    # "добавил представитель полиции": the "представитель полиции штата Муса
                    # Данжума" named before (a language without articles repeats the office
                    # bare, its holder's name left out)
                    f.source_name, f.extra_names = opened.source_name, opened.extra_names
                elif f.refers:  # (_DESCRIBED)
                    # "o braço armado do movimento independentista": the source named
                    # before with that head word, else the organisation that spoke last
                    f.refers = ""
                    nearest = next(
                        (
                            by_word[w][0]
                            for w in reversed([w.lower() for w in words])
                            if w in g.organisation_heads and w in by_word
                        ),
                        None,
                    )
                    if nearest is None and last is not None and not _is_person(g, last.source_name):
                        nearest = last
                    if nearest is not None:
                        f.source_name, f.extra_names = nearest.source_name, nearest.extra_names
                elif referring:
                    # "affirme le texte" (a document: its author, the nearest source), "the
                    # official said" (the nearest source with that word, else the nearest
                    # person); as written with none
                    nearest = (
                        last
                        if referring in g.document_heads
                        else by_word.get(referring, (None, None))[0]
                        # "وقال المصدر": the "مصدر أمني" named before, its article a prefix
                        or next(
                            (
                                by_word[referring[len(p) :]][0]
                                for p in g.definite_prefixes
                                if referring.startswith(p) and referring[len(p) :] in by_word
                            ),
                            None,
                        )
                        # "dieselbe Quelle", "the same official": the source that spoke last
                        or (last if same_re is not None and same_re.search(f.source_name) else None)
                        # (an office's word, "губернатор", only its holder named before)
                        or (
                            _nearer(last_person, last_witness)
                            if referring not in g.offices
                            else None
                        )
                    )
                    if nearest is not None:
                        f.source_name, f.extra_names = nearest.source_name, nearest.extra_names
                elif spoken_for:
                    # "eine Sprecherin der Rebellengruppe", "a spokesman for the group": the
                    # organisation named before speaks, through its spokesperson
                    nearest = by_word.get(spoken_for, (None, None))[0]
                    if nearest is None and last is not None and not _is_person(g, last.source_name):
                        nearest = last
                    if nearest is not None:
                        f.source_name, f.extra_names = nearest.source_name, nearest.extra_names
                elif acronym:
                    # "a PM", "la SSP": the source that brackets it or whose initials it is,
                    # else a name of the text before it with those initials
                    nearest = by_word.get(acronym.lower(), (None, None))[0]
                    if nearest is not None and f"({acronym}" not in nearest.source_name:
                        nearest = None  # "FBI Director Louis Freeh" is no name of the FBI
                    if nearest is None:
                        # (an acronym of a name's lower-case words: a language without
                        # articles, three letters or more)
                        tail = not g.determiners and len(acronym) >= 3
                        nearest = next(
                            (
                                k
                                for k in reversed(recorded)
                                if _initials(g, k.source_name) == acronym
                                or (tail and _tail_initials(g, k.source_name, acronym))
                                or _lead_initials(g, k.source_name, acronym)
                            ),
                            None,
                        )
                    if nearest is not None:
                        f.source_name, f.extra_names = nearest.source_name, nearest.extra_names
                    elif text:
                        named = _name_in_text(g, text, f.start, acronym=acronym)
                        if named is not None:
                            f.source_name, f.extra_names = named, (named, acronym)
                elif (
                    (len(words) >= 2 and words[0].lower() in g.determiners)
                    or (len(words) == 1 and not g.determiners)  # "ведомство", "المرصد"
                    # a word for any organisation whose article a contracted preposition
                    # took ("pela corporação", "de la institución" read as "institución")
                    or (len(words) == 1 and head in g.generic_heads and words[0].islower())
                ) and head in g.organisation_heads:
                    nearest, other = None, None
                    from_text: str | None = None
                    if _described(g, words):  # "the ministry", "die Partei"
                        nearest, other = by_word.get(head, (None, None))
                        if nearest is None and len(words) == 1:
                            # "المركز": "مركز" of a name before, its article a prefix
                            bare = next(
                                (head[len(p) :] for p in g.definite_prefixes if head.startswith(p)),
                                "",
                            )
                            if bare:
                                nearest, other = by_word.get(bare, (None, None))
                        if nearest is None and not g.determiners and len(head) >= _STEM:
                            # a suffixed form of the head ("Komite" for "direniş komitesi"),
                            # its last consonant softened before a vowel ("Bakanlık" for
                            # "İçişleri Bakanlığı")
                            stems = _softened(g, head)
                            nearest = next(
                                (
                                    pair[0]
                                    for word, pair in reversed(by_word.items())
                                    if word != head and word.startswith(stems)
                                ),
                                None,
                            )
                    if (
                        nearest is not None
                        and other is not None
                        and not g.determiners
                        and nearest.source_name.lower().split()[0] != head
                        and other.source_name.lower().split()[0] == head
                    ):
                        # "المرصد" is the Observatory named before ("المرصد السوري …"),
                        # not its director who spoke since ("مدير المرصد رامي عبد الرحمن")
                        nearest, other = other, nearest
                    if (
                        nearest is None
                        and last is not None
                        and any(_compound_of(w, head) for w in last.source_name.lower().split())
                    ):
                        # a compound's head ("die Behörde" for "Gesundheitsbehörde", "das
                        # Ministerium" for "des Innenministeriums")
                        nearest = last
                    if (
                        nearest is None
                        and _described(g, words)
                        and (terms := _hypernym_terms(g, head))
                    ):
                        # "The medical group said" for the "Sudan Doctors Network" named
                        # before, "The council" for "X, chairman of the … council, said"
                        nearest = _described_antecedent(g, text, recorded, words, terms)
                        if nearest is None and text:
                            # 'نفت قناة «المسيرة» … بحسب القناة': a name the text gave it
                            from_text = _term_name_in_text(g, text, f.start, words, terms, head)
                    if (
                        nearest is None
                        and from_text is None
                        and last is not None
                        and head in g.generic_heads
                        and not _named_person(g, last.source_name)
                    ):
                        # a word for any organisation ("la dependencia", "ведомство"); a
                        # single word may be an outlet ("агентство" for "Reuters")
                        nearest = last
                        # unless its own sentence or the one before opens with another
                        # organisation ("Сотрудники регионального управления ФСБ задержали …,
                        # говорится в сообщении ведомства"; "La Gobernación … condenó el
                        # ataque. Según la entidad, …")
                        since = (
                            (
                                _body_opening_here(g, text, span[0], f.start)
                                or _body_opening_before(g, text, last.end, span[0])
                            )
                            if text and last.end <= span[0]
                            else None
                        )
                        if since is not None and since != last.source_name:
                            nearest = None
                            f.source_name, f.extra_names = since, ()
                    if nearest is not None and nearest.source_name == f.source_name:
                        nearest = other
                    if nearest is not None:
                        f.source_name = nearest.source_name
                        f.extra_names = nearest.extra_names
                        # the word it was called by names it from now on ("ведомство" is
                        # the ministry, not "власти" named since)
                        called = head
                    elif from_text is not None:
                        f.source_name, f.extra_names = from_text, ()
                    elif text and last is None and _described(g, words):
                        # no source before it: the organisation the text named before it
                        named = _name_in_text(
                            g, text, f.start, head=None if head in g.generic_heads else head
                        )
                        if named is not None:
                            f.source_name, f.extra_names = named, ()
                    elif text and not g.determiners and head in g.generic_heads:
                        # "Донецька обласна прокуратура розпочала розслідування. За даними
                        # відомства, …": a body the text named since the last source spoke
                        named = _body_in_text(g, text, last.end if last else 0, f.start)
                        if named is not None:
                            f.source_name, f.extra_names = named, ()
                elif (
                    not g.determiners
                    and len(words) >= 2
                    and head in g.organisation_heads
                    and f.source_name.islower()
                ):
                    # a language with no articles spells out an acronym named before:
                    # "обласна військова адміністрація" is the "Херсонська ОВА" of before
                    nearest = by_word.get("".join(w[0] for w in words).lower(), (None, None))[0]
                    if nearest is not None:
                        f.source_name = nearest.source_name
                        f.extra_names = nearest.extra_names
                elif len(words) == 1 and not g.determiners and len(head) > _STEM:
                    # a clipped compound of a name before ("оперштаб" for "оперативный штаб")
                    nearest = next(
                        (k for k in reversed(recorded) if _abbreviates(head, k.source_name)), None
                    )
                    if nearest is not None:
                        f.source_name = nearest.source_name
                        f.extra_names = nearest.extra_names
                if (
                    f.source_name == written
                    and (kinds or head in g.generic_heads)
                    and (later_here := _named_later_in_sentence(g, found, i_found)) is not None
                ):
                    # "…, которые, по данным ведомства, …, сообщил ЦОС ФСБ России": the body
                    # its own sentence names after it
                    f.source_name, f.extra_names = later_here.source_name, later_here.extra_names
                if f.cue and f.claim is _C.DENIED and f.source_name[:1].isupper():
                    last_denier = f
                if not f.cue:
                    last = f
                    recorded.append(f)
                    if f.source_name.rsplit(None, 1)[-1].lower() in g.person_heads:
                        last_witness = f  # "um residente": "o morador" is the same one
                    if _is_person(g, f.source_name) or (
                        ", " in f.source_name and _named_person(g, f.source_name.rsplit(", ", 1)[1])
                    ):
                        # (a role and the person's name set off by commas: "o coordenador da
                        # plataforma Frente Popular, Armando Lona")
                        last_person = f
                        name_words = f.source_name.split()
                        if len(name_words) >= 2 and name_words[-1][:1].isupper():
                            surname = name_words[-1].lower()
                            seen = by_surname.get(surname, f)
                            # two full names with one surname: a short one names neither
                            by_surname[surname] = (
                                f
                                if seen is not None
                                and _same_person(seen.source_name, f.source_name)
                                else None
                            )
                    # (a bracketed acronym is a word of the name: "(ОВА)" is "ова"), and the
                    # parts of a hyphenated title ("o comandante" for "comandante-geral")
                    names = [w.strip("()") for w in f.source_name.lower().split()]
                    names += [p for w in names if "-" in w for p in w.split("-") if p]
                    if called:
                        names.append(called)
                    for word in set(names):
                        previous = by_word.get(word)
                        if previous is None:
                            by_word[word] = (f, None)
                        elif previous[0].source_name != f.source_name:
                            by_word[word] = (f, previous[0])
                        else:
                            by_word[word] = (f, previous[1])
            kept.append(f)
        if kept:
            out.append((span, kept))
    return out


#: The source name of the article itself where it names itself or its own finding ("este
#: diario", "öğrenildi"): extract_report gives such a sentence its default attribution, as
#: for a sentence no source speaks in (the same words as its ``ARTICLE_SOURCE_NAME``).
OWN_REPORT: Final = "the article"
_NO_KINDS: Final[frozenset[str]] = frozenset()
# The characters a word of a name is stripped of before its kind is looked up.
_KIND_STRIP: Final = "()«»\"'“”.,:;"
# How many attributions after an indefinite description its named source may speak in.
_KIND_AHEAD: Final = 2


def _member_of(
    g: _Grammar, before: str, name: str, by_word: dict[str, tuple[_Found, _Found | None]]
) -> _Found | None:
    """The source named before that a member phrase points into: one of ``names.member_of``
    ("l'une de ces", "one of the", "uno de esos") and a noun that a name before has among its
    words ("l'une de ces sources" after "de sources sécuritaires"); None for any other name,
    or when no name before has that noun ("one of the survivors" names someone new).  The
    phrase may open in the words ``before`` the name, where the name read back from its verb
    stopped ("One of the sources said": the name is "the sources")."""
    low = name.lower().replace("\u2019", "'")
    joined = f"{before.lower().replace(chr(0x2019), chr(39))}{low}"
    for opener in g.member_of:
        at = joined.rfind(f"{opener} ")
        if at < 0 or at > len(joined) - len(low) or at + len(opener) < len(joined) - len(low) - 1:
            continue  # (the phrase must end inside the name or right before it)
        rest = joined[at + len(opener) :].split()
        noun = next((w for w in rest if w not in g.determiners_glue), "")
        pair = by_word.get(noun.strip(_KIND_STRIP)) if noun else None
        return pair[0] if pair is not None else None
    return None


def _office_named_before(recorded: Sequence[_Found], name: str) -> _Found | None:
    """The nearest source named before whose name opens with the lower-case ``name`` and goes
    on with a capitalised name ("представитель полиции штата Муса Данжума" for "представитель
    полиции"), else ``None``."""
    opening = name.lower() + " "
    for k in reversed(recorded):
        full = k.source_name
        if full.lower().startswith(opening) and any(
            w[:1].isupper() for w in full[len(opening) :].split()
        ):
            return k
    return None


def _hypernym_terms(g: _Grammar, head: str) -> frozenset[str]:
    """The words a name holds for what a description's ``head`` names: the head itself,
    without an article written as a prefix ("القناة" -> "قناة"), and the words
    ``names.hypernyms`` gives for it.

    >>> from conflict_events.lexicon import load
    >>> sorted(_hypernym_terms(_grammar(load("en")), "group"))[:3]
    ['alliance', 'association', 'coalition']
    """
    bare = next(_unprefixed(g, head), head)
    return g.hypernyms.get(bare) or frozenset((bare,))


def _unprefixed(g: _Grammar, word: str) -> Iterator[str]:
    """``word`` without an article written as its prefix ("القناة" -> "قناة"), for each
    prefix it opens with and that leaves more than one letter."""
    return (
        word[len(p) :] for p in g.definite_prefixes if word.startswith(p) and len(word) > len(p) + 1
    )


def _holds_term(g: _Grammar, words: Iterable[str], terms: frozenset[str]) -> bool:
    """Whether one of ``words`` (lower case) is one of ``terms``, or, in a language that
    writes compounds as one capitalised noun, ends in one ("menschenrechtsorganisation")."""
    for w in words:
        if w in terms or (g.capitalised_nouns and any(_compound_of(w, t) for t in terms)):
            return True
    return False


def _adjective_kinds(g: _Grammar, words: Sequence[str]) -> frozenset[str]:
    """The kinds (``names.source_kinds``) the words between a description's determiner and
    its head give it ("the medical group": medical); none for a bare one ("the group")."""
    kinds: frozenset[str] = _NO_KINDS
    for w in _kind_words(g, " ".join(words[1:-1])):
        found = g.described_kinds.get(w)
        if found is not None:
            kinds = kinds | found
    return kinds


def _of_kinds(g: _Grammar, words: Iterable[str], kinds: frozenset[str]) -> bool:
    """Whether ``words`` (as _kind_words gives them) name a source of one of ``kinds``; any
    words do when ``kinds`` is empty."""
    return not kinds or any(g.named_kinds.get(w, _NO_KINDS) & kinds for w in words)


def _described_antecedent(
    g: _Grammar,
    text: str,
    recorded: Sequence[_Found],
    words: Sequence[str],
    terms: frozenset[str],
) -> _Found | None:
    """The nearest named source before a definite description (``words``: "the medical
    group") whose name holds one of ``terms`` (its head or a word ``names.hypernyms`` gives
    for it: "Sudan Doctors Network"), or whose phrase describes it so ("Babagana Kolo,
    chairman of the Bama local government council, said" for "The council"); an adjective
    of a kind ("medical") must fit it too.  ``None`` when none does: the description is then
    kept as written."""
    kinds = _adjective_kinds(g, words)
    for k in reversed(recorded):
        name = k.source_name
        if name is OWN_REPORT or (name == name.lower() and name != name.upper()):
            continue  # (a lower-case description is no name: "a military source")
        name_words = _kind_words(g, name)
        # (its phrase describes it where the name is written in it: not "the group said")
        written = text[k.start : k.end] if text else ""
        phrase = _kind_words(g, written) if name in written else []
        if (_holds_term(g, name_words, terms) or _holds_term(g, phrase, terms)) and _of_kinds(
            g, [*name_words, *phrase], kinds
        ):
            return k
    return None


@lru_cache(maxsize=256)
def _quoted_after_term(g: _Grammar, terms: frozenset[str]) -> re.Pattern[str]:
    """A word of ``terms`` (an article written as a prefix before it or none) and a name in
    quotation marks right after it ('قناة «المسيرة»', 'die Zeitung "Global New Light"')."""
    prefixes = word_alternation(g.definite_prefixes) if g.definite_prefixes else ""
    lead = f"(?:{prefixes})?" if prefixes else ""
    return re.compile(
        rf"(?<!\w){lead}{word_alternation(sorted(terms))}\s*[«\"“„]\s*"
        r"[^\W\d_][^\"«»“”„\n]{0,60}?\s*[»\"”“]",
        re.IGNORECASE,
    )


def _term_name_in_text(
    g: _Grammar,
    text: str,
    pos: int,
    words: Sequence[str],
    terms: frozenset[str],
    head: str,
) -> str | None:
    """The name a text gave before ``pos`` to what a description (``words``) with no source
    before it describes: one of ``terms`` with a quoted name after it ('نفت قناة «المسيرة»
    … بحسب القناة'), else a capitalised name holding one of the words ``names.hypernyms``
    gives for its ``head`` ("Al Mayadeen TV" for "the channel"), the nearest; ``None`` if
    the text gave none (or none of the description's kind)."""
    lo = pos - _TEXT_NAME_WINDOW if pos > _TEXT_NAME_WINDOW else 0
    kinds = _adjective_kinds(g, words)
    quoted = None
    for m in _quoted_after_term(g, terms).finditer(text, lo, pos):
        quoted = m
    best, at = None, -1
    if quoted is not None and _of_kinds(g, _kind_words(g, quoted.group()), kinds):
        best, at = quoted.group(), quoted.start()
    low = text[lo:pos].lower()
    for term in terms:
        if term == head or term not in low:
            continue
        named = _name_in_text(g, text, pos, head=term, since=lo)
        if named is None or not _of_kinds(g, _kind_words(g, named), kinds):
            continue
        where = text.rfind(named, lo, pos)
        if where > at:
            best, at = named, where
    return best


def _described(g: _Grammar, words: Sequence[str]) -> bool:
    """Whether a determiner's words describe a source rather than name it: no capital after
    the determiner ("the ministry"), or, in a language that capitalises its nouns, none but
    an organisation's head word ("die Partei", not "die Partei Linke")."""
    if g.capitalised_nouns:
        return not any(w[:1].isupper() and w.lower() not in g.organisation_heads for w in words[1:])
    return not any(w[:1].isupper() for w in words[1:])


def _kind_words(g: _Grammar, name: str) -> list[str]:
    """The words of ``name`` as ``names.source_kinds`` lists them: lower case, without
    brackets and quotes, and (an article written as a prefix) also without it."""
    out = []
    for w in name.split():
        low = w.strip(_KIND_STRIP).lower()
        if "'" in low or "’" in low:  # an elided article: "l'armée"
            low = low.replace("’", "'").rsplit("'", 1)[1]
        out.append(low)
        out.extend(_unprefixed(g, low))
    return out


def _described_kinds(g: _Grammar, words: Sequence[str], *, forward: bool = False) -> frozenset[str]:
    """The kinds of source a description names (``names.source_kinds``' ``describe``
    words): "la institución castrense" and "военные" are military, "a medical group" medical.
    A description is a determiner and lower-case words, or lower-case words alone in a
    language without articles; a name with a capital is no description (none then).  Its
    last word is a ``describe`` word or a generic head, or, ``forward`` (an indefinite one
    named after it), any word."""
    described = g.described_kinds
    if not any(w.lower().strip(_KIND_STRIP) in described for w in words):
        return _NO_KINDS  # (most names: no word of the table, one look-up each)
    rest = words[1:] if g.determiners and words and words[0].lower() in g.determiners else words
    if not rest or (g.determiners and rest is words) or any(w != w.lower() for w in rest):
        return _NO_KINDS
    head = rest[-1].lower()
    if not forward and head not in g.described_kinds and head not in g.generic_heads:
        # "the state health ministry" is a body of its own; "la institución castrense",
        # "военные", "the military" describe one
        return _NO_KINDS
    kinds: frozenset[str] = _NO_KINDS
    for w in _kind_words(g, " ".join(rest)):
        found = g.described_kinds.get(w)
        if found is not None:
            kinds = kinds | found
    return kinds


@lru_cache(maxsize=1024)  # a pure function of the name; the same sources recur
def _named_kinds(g: _Grammar, name: str) -> frozenset[str]:
    """The kinds of source ``name`` names: those of its words in ``names.source_kinds``
    ("el Ejército", "Генеральный штаб вооруженных сил Мали": military), when it is a name
    (a capital, or a script without case with a ``named`` word); none for a description."""
    cased = any(c.isupper() or c.islower() for c in name)
    if cased and not any(c.isupper() for c in name):
        return _NO_KINDS
    kinds: frozenset[str] = _NO_KINDS
    named = False
    for w in _kind_words(g, name):
        found = g.named_kinds.get(w)
        if found is not None:
            kinds = kinds | found
            named = named or w not in g.described_kinds
    return kinds if cased or named else _NO_KINDS


def _kind_acronym_before(g: _Grammar, text: str, lo: int, pos: int, kinds: frozenset[str]) -> str:
    """The nearest acronym of one of ``kinds`` in ``text[lo:pos]`` (its sentence before a
    description: "СБУ затримала …, яка, за даними слідства, …" -> "СБУ"); "" if none."""
    for m in reversed(list(_WORD_RE.finditer(text, lo, pos))):
        w = m.group()
        if len(w) >= 2 and w.isupper() and g.named_kinds.get(w.lower(), _NO_KINDS) & kinds:
            return w
    return ""


def _named_after(
    g: _Grammar, per_sentence: Sequence[tuple[Span, list[_Found]]]
) -> dict[int, _Found]:
    """Per indefinite description of a kind ("a medical group said"), by ``id``, the first
    named source of that kind among the next attributions ("The Sudan Doctors Network
    said"): the article introduces the source, then names it."""
    flat = [f for _, found in per_sentence for f in found if not f.cue]
    out: dict[int, _Found] = {}
    described_in = g.described_in
    if (
        described_in is None
        or described_in.search("\n".join(f.source_name for f in flat).lower()) is None
    ):
        return out  # (derived: no name holds a ``describe`` word, so none is a description)
    for i, f in enumerate(flat):
        words = f.source_name.split()
        if (
            len(words) < 2
            or words[0].lower() in g.definite
            or words[0].lower() not in g.determiners
        ):
            continue
        kinds = _described_kinds(g, words, forward=True)
        if not kinds:
            continue
        later = next(
            (
                k
                for k in flat[i + 1 : i + 1 + _KIND_AHEAD]
                if _named_kinds(g, k.source_name) & kinds and not _is_person(g, k.source_name)
            ),
            None,
        )
        if later is not None:
            out[id(f)] = later
    return out


def _named_later_in_sentence(g: _Grammar, found: Sequence[_Found], i: int) -> _Found | None:
    """The first source after ``found[i]`` in its sentence that is a name (a capital, or an
    acronym), not a person and no back-reference; ``None`` if none."""
    return next(
        (
            k
            for k in found[i + 1 :]
            if not k.cue
            and not k.refers
            and any(c.isupper() for c in k.source_name)
            and not _is_person(g, k.source_name)
        ),
        None,
    )


def _partitive(g: _Grammar, name: str) -> bool:
    """Whether an article inside ``name`` opens a noun phrase of its own after a body in the
    ablative (``names.partitive_endings``): "Kerkük Emniyet Müdürlüğünden bir yetkili", "Somali
    Ulusal Ordusu'ndan bir yetkili" (an official of the body), which stay as written."""
    if not g.partitive_endings:
        return False
    words = name.split(" ")
    return any(
        w.lower() in g.inner_articles and words[k - 1].lower().endswith(g.partitive_endings)
        for k, w in enumerate(words[1:-1], 1)
    )


def _without_inner_articles(g: _Grammar, name: str) -> str:
    """``name`` without the articles inside it (``names.inner_articles``: Turkish "bir" after
    the adjectives, "Yerel bir direniş komitesi" -> "Yerel direniş komitesi"); an article that
    opens a name stays, as in every language ("Bir yetkili")."""
    words = name.split(" ")
    kept = [words[0], *(w for w in words[1:] if w.lower() not in g.inner_articles)]
    return " ".join(kept) if len(kept) < len(words) else name


def _softened(g: _Grammar, word: str) -> tuple[str, ...]:
    """``word`` and, when it ends in a consonant the lexicon softens before a suffix's vowel
    (``names.softened_endings``, Turkish "k>ğ"), the softened stem ("bakanlık", "bakanlığ")."""
    for hard, soft in g.softened_endings:
        if word.endswith(hard):
            return word, word[: len(word) - len(hard)] + soft
    return (word,)


def _nearer(a: _Found | None, b: _Found | None) -> _Found | None:
    """The later in the text of two sources named before, either of them when one is none."""
    if a is None or b is None:
        return a or b
    return a if a.start >= b.start else b


def _abbreviates(word: str, name: str) -> bool:
    """Whether ``word`` (lower case) clips two neighbouring words of ``name`` into one: the
    start of one (three letters at least) and the whole of the next ("оперштаб" for
    "оперативный штаб региона").

    >>> _abbreviates("оперштаб", "оперативный штаб региона"), _abbreviates("штаб", "штаб ВСУ")
    (True, False)
    """
    words = name.lower().split()
    for first, second in itertools.pairwise(words):
        clipped = len(word) - len(second)
        if 3 <= clipped < len(first) and word.endswith(second) and first.startswith(word[:clipped]):
            return True
    return False


# The fewest letters of a head word read as the stem of a suffixed form ("komite-si").
_STEM: Final = 4
# The most words a name found in the text (see _name_in_text) is read back over.
_TEXT_NAME_WINDOW: Final = 600


def _same_person(a: str, b: str) -> bool:
    """Whether two full names with one surname name one person: the words of one are among
    the other's ("Ali Yerlikaya" in "İçişleri Bakanı Ali Yerlikaya")."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _full_name(
    g: _Grammar, words: Sequence[str], by_surname: dict[str, _Found | None], text: str
) -> _Found | None:
    """The earlier person whose full name a shorter one stands for: the same surname, every
    other word a title or a word of the full name ("Bakan Yerlikaya", "Yerlikaya" for
    "İçişleri Bakanı Ali Yerlikaya"; "Danladi" for "Capt. Ibrahim Danladi"), and no other
    first name before that surname in ``text`` ("Elian Gonzalez", "Lazaro Gonzalez": a
    family, whom "Gonzalez" alone does not tell apart)."""
    if not words or not words[-1][:1].isupper():
        return None
    full = by_surname.get(words[-1].lower())
    if full is None:
        return None
    full_words = full.source_name.split()
    if len(full_words) <= len(words):
        return None
    known = {w.lower() for w in full_words}
    for w in words[:-1]:
        low = w.lower()
        if low not in g.titles and low not in known and low not in g.determiners:
            return None
    for m in re.finditer(rf"([^\W\d_][\w.-]*) {re.escape(words[-1])}\b", text):
        before = m.group(1)
        low = before.lower()
        if before[:1].isupper() and low not in known and low not in g.titles:
            return None
    return full


def _referring_head(g: _Grammar, words: Sequence[str]) -> str:
    """The head of a name that refers back to a document or a person named before: a
    definite article and one lower-case noun of ``document_heads`` or ``person_heads`` ("le
    texte", "the official"), or that noun alone in a language without articles ("الضابط",
    "документ"); "" for any other name ("a source" names someone new)."""
    if len(words) == 2 and g.definite and words[0].lower() in g.definite:
        noun = words[1]
    elif len(words) == 1 and not g.definite:
        noun = words[0]
    else:
        return ""
    low = noun.lower()
    if noun != low and g.definite and not g.capitalised_nouns:
        return ""  # "the Statement" is no back-reference (every German noun is capitalised)
    return low if low in g.document_heads or low in g.person_heads else ""


def _role_for_organisation(g: _Grammar, words: Sequence[str]) -> str:
    """The organisation noun of a role phrase that refers back to one ("a spokesman for the
    group", "eine Sprecherin der Rebellengruppe", "un porte-parole du groupe"): a role word,
    a preposition or glue word, a definite article or none, and one noun that is an
    organisation's head word or ends with one (a compound); "" for any other name."""
    k = 1 if words and words[0].lower() in g.determiners else 0
    if len(words) - k not in (3, 4) or words[k].lower() not in g.role_words:
        return ""
    link = words[k + 1].lower()
    if link not in g.prepositions and link not in g.glue:
        return ""
    if len(words) - k == 4 and words[k + 2].lower() not in g.definite:
        return ""
    noun = words[-1].lower()
    if noun != words[-1] and not g.capitalised_nouns:
        return ""  # "a spokesman for the Army" names it
    if noun in g.organisation_heads:
        return noun
    if g.capitalised_nouns and any(
        noun.endswith(h) and len(noun) > len(h) + 2 for h in g.organisation_heads
    ):
        return noun  # a compound ("Rebellengruppe")
    return ""


def _acronym_reference(g: _Grammar, words: Sequence[str]) -> str:
    """The acronym a source's name is ("a PM", "la SSP", "MSB", "a FLEC-FAC"): one word of
    two to six capitals, or two such joined by a hyphen, after a determiner or none; "" for
    any other name."""
    if len(words) == 2 and words[0].lower() in g.determiners:
        word = words[1]
    elif len(words) == 1:
        word = words[0]
        bare = _bare(word)
        if bare != word and word[: len(word) - len(bare)].lower() in g.determiners:
            word = bare  # "L'OIM": the elided article
    else:
        return ""
    if 2 <= len(word) <= 6 and word.isalpha():
        return word if word.isupper() else ""
    first, _, second = word.partition("-")
    if not (2 <= len(first) <= 6 and first.isalpha() and 2 <= len(second) <= 6):
        return ""
    return word if second.isalpha() and word.isupper() else ""


@lru_cache(maxsize=4096)  # a pure function of the name; the same sources recur
def _initials(g: _Grammar, name: str) -> str:
    """The initials of a name's capitalised words ("Polícia Militar" -> "PM"); glue and
    determiners are left out."""
    return "".join(
        w[0]
        for w in (_bare(w) for w in name.split())
        if w[:1].isupper() and w.lower() not in g.determiners_glue
    )


def _compound_of(word: str, head: str) -> bool:
    """Whether ``word`` is a compound ending in ``head``, a case ending of at most two
    letters after it ("gesundheitsbehörde", "innenministeriums" for "ministerium")."""
    at = word.rfind(head)
    return at > 0 and len(word) - at - len(head) <= _CASE_ENDING


# The most letters of a case ending after a compound's head (see _compound_of).
_CASE_ENDING: Final = 2


@lru_cache(maxsize=4096)  # a pure function of the name and acronym; the same sources recur
def _lead_initials(g: _Grammar, name: str, acronym: str) -> bool:
    """Whether ``acronym`` (three letters or more) is the initials of the first words of
    ``name``, lower-case words among them, glue and determiners left out, and only
    capitalised words (a country) after them: "МВС" for "Міністерство внутрішніх справ
    Грузії", "МВД" for "Министерство внутренних дел России", "ONU" for "l'Organisation des
    Nations unies", in languages that write a body's name with one capital.

    >>> from conflict_events.lexicon import load
    >>> g = _grammar(load("uk"))
    >>> _lead_initials(g, "Міністерство внутрішніх справ Грузії", "МВС")
    True
    >>> _lead_initials(g, "Міністерство оборони", "МВС")
    False
    """
    n = len(acronym)
    if n < 3 or name.count(" ") + 1 < n:
        return False
    words = [w for w in (_bare(w) for w in name.split()) if w.lower() not in g.determiners_glue]
    if len(words) < n or not words[0][:1].isupper():
        return False
    lead = words[:n]
    return (
        any(w[:1].islower() for w in lead)
        and "".join(w[0] for w in lead).upper() == acronym
        and all(w[:1].isupper() for w in words[n:])
    )


def _body_opening_before(g: _Grammar, text: str, lo: int, s: int) -> str | None:
    """The organisation that opens the sentence right before the one at ``s``, when that
    sentence starts after ``lo``: its opening subject (:func:`_opening_subject`) with an
    organisation's head word and a capitalised word ("La Gobernación de Norte de Santander
    condenó …"); ``None`` otherwise."""
    end = s
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = max(text.rfind(". ", lo, end - 1), text.rfind("\n", lo, end - 1))
    if start < 0:
        return None
    start += 1
    while start < s and text[start].isspace():
        start += 1
    span = _opening_subject(g, text, start, s)
    if span is None:
        return None
    name = text[span[0] : span[1]]
    words = name.lower().split()
    if not any(w in g.organisation_heads for w in words) or name == name.lower():
        return None
    return name


def _body_opening_here(g: _Grammar, text: str, s: int, pos: int) -> str | None:
    """The organisation that opens the sentence at ``s`` as the subject of its own verb,
    before a word for any organisation at ``pos`` that stands for it ("Сотрудники
    регионального управления ФСБ задержали …, говорится в сообщении ведомства"): as
    :func:`_body_opening_before` reads one; ``None`` otherwise."""
    span = _opening_subject(g, text, s, pos)
    if span is None or span[1] >= pos:
        return None
    name = text[span[0] : span[1]]
    words = name.lower().split()
    if not any(_noun_base(g, w) in g.organisation_heads for w in words) or name == name.lower():
        return None
    return name


def _tail_initials(g: _Grammar, name: str, acronym: str) -> bool:
    """Whether ``acronym`` (three letters or more) is the initials of the last words of
    ``name`` written in lower case, in a language without articles ("ОВА" for "Харківська
    обласна військова адміністрація": the region's adjective left out, as in "Харківська
    ОВА")."""
    words = [w for w in name.split() if w.lower() not in g.glue]
    if len(words) <= len(acronym):
        return False
    tail = words[len(words) - len(acronym) :]
    return all(w.islower() for w in tail) and "".join(w[0] for w in tail).upper() == acronym


def _name_in_text(
    g: _Grammar,
    text: str,
    pos: int,
    *,
    acronym: str = "",
    head: str | None = None,
    since: int = 0,
) -> str | None:
    """The nearest capitalised name before ``pos`` (its capitalised words, glue between them)
    that an organisation's back-reference stands for: with ``acronym``, one whose initials
    it is; else one with the head word ``head`` (one of any organisation head word when
    ``None``); none before ``since``.  ``None`` when no such name stands there."""
    lo = pos - _TEXT_NAME_WINDOW if pos > _TEXT_NAME_WINDOW else 0
    lo = max(lo, since)
    # the words of such a name are in the window, else nothing is walked (one C search each)
    if acronym:
        if _acronym_words(acronym).search(text, lo, pos) is None:
            return None
    elif head is not None and head not in text[lo:pos].lower():
        return None
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    prev_end = 0
    for m in _WORD_RE.finditer(text, lo, pos):
        w = m.group().rstrip(".")
        low = w.lower()
        # (a run goes on over one space; a full stop ends it)
        joined = bool(run) and text[prev_end : m.start()] == " "
        if w[:1].isupper() and low not in g.determiners and low not in g.not_name:
            if not joined:
                run = []
                runs.append(run)
            run.append(m)
        elif joined and low in g.glue:
            run.append(m)
        else:
            run = []
        prev_end = m.end()
        if w != m.group():
            run = []
    for run in reversed(runs):
        while run and run[-1].group().lower() in g.glue:
            run.pop()
        if not run:
            continue
        name = text[run[0].start() : run[-1].start() + len(run[-1].group().rstrip("."))]
        lows = [m.group().lower().rstrip(".") for m in run]
        if acronym:
            if _initials(g, name) == acronym:
                return name
        elif (head is not None and head in lows) or (
            head is None and any(w in g.organisation_heads for w in lows)
        ):
            return name
    return None


# The most lower-case words before an organisation's head in a name of a language without
# articles ("Донецька обласна прокуратура", "оперативный штаб").
_BODY_WORDS: Final = 3


def _body_in_text(g: _Grammar, text: str, lo: int, pos: int) -> str | None:
    """The nearest name of a body in ``text[lo:pos]`` written the way a language without
    articles writes one: a capitalised word, then lower-case words ending in an organisation's
    head word ("Донецька обласна прокуратура"); ``None`` if none."""
    lo = max(lo, pos - _TEXT_NAME_WINDOW)
    words = list(_WORD_RE.finditer(text, lo, pos))
    for k in range(len(words) - 1, -1, -1):
        if words[k].group().lower() not in g.organisation_heads or not words[k].group().islower():
            continue
        first = k
        while (
            first > 0
            and k - first <= _BODY_WORDS
            and text[words[first - 1].end() : words[first].start()] == " "
            and words[first].group().islower()
        ):
            first -= 1
        if words[first].group()[:1].isupper() and words[first].group().lower() not in g.not_name:
            return text[words[first].start() : words[k].end()]
    return None


_ONE_WORD_CHAR: Final = re.compile(r"\w")


@lru_cache(maxsize=256)
def _acronym_words(acronym: str) -> re.Pattern[str]:
    """Words with an acronym's letters as initials, in order, short words (glue) between
    them ("Polícia Militar" for "PM", "Servicio Nacional de Atención" for "SNA"): where a name
    it spells may stand."""
    letters = [rf"{re.escape(c)}[^\W\d_]*" for c in acronym]
    words = r"(?: +[^\W\d_]{1,4})*? +".join(letters) + r"\b"
    first = re.escape(acronym[:1])
    if _ONE_WORD_CHAR.fullmatch(acronym[:1]):
        # "\bP…" as "P(?<!\w.)…": the pattern opens on its letter, which re finds in C, where
        # a "\b" first is tried at every position of the text
        return re.compile(first + r"(?<!\w.)" + words[len(first) :])
    return re.compile(r"\b" + words)


def _named_person(g: _Grammar, name: str) -> bool:
    """Whether a source's name surely names a person: a title, or two capitalised words and
    no organisation's head word (one capitalised word may be an outlet: "Reuters")."""
    words = name.split()
    if any(w.strip("(),").lower() in g.titles for w in words):
        return True
    return _is_person(g, name) and sum(w[:1].isupper() for w in words) >= 2


@lru_cache(maxsize=4096)  # a pure function of the name; the same sources recur
def _is_person(g: _Grammar, name: str) -> bool:
    """Whether a source's name names a person: a title, capitalised words with no
    organisation's head word among its words, or a person's office followed by two
    capitalised words or more ("regional police chief Sajjad Ahmed Khan": an organisation's
    head word before the office is the office's, not the name's)."""
    raw = name.split()
    words = [w.strip("(),").lower() for w in raw]
    if any(w in g.titles for w in words):
        return True
    k = len(raw)
    while k > 0 and raw[k - 1][:1].isupper():
        k -= 1
    if k > 0 and len(raw) - k >= 2 and words[k - 1] in g.office_holders:
        return True
    return not any(w in g.organisation_heads for w in words) and any(
        w[:1].isupper() for w in name.split()
    )


def _quote(text: str, s: int, e: int, plain_spaces: bool = False) -> str:
    """The sentence ``text[s:e]`` with its white space collapsed (``" ".join(...split())``).

    A sentence that is printable (no white space but " ": every other white-space character
    is a control or separator character, which ``isprintable`` rejects), has no two spaces in
    a row and no space at either end is its own collapsed form; testing that is cheaper than
    splitting and joining.  ``plain_spaces`` says that ``text`` is ASCII with no white space
    but " " and "\n" (see :func:`_plain_spaces`): then "no line break" stands for the
    printable test, which reads every character.
    """
    quote = text[s:e]
    if (
        ("\n" not in quote if plain_spaces else quote.isprintable())
        and "  " not in quote
        and quote[:1] != " "
        and quote[-1:] != " "
    ):
        return quote
    return " ".join(quote.split())


# The ASCII white-space characters but " " and "\n" (str.isspace() is true of these alone).
_ODD_ASCII_SPACES: Final = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _plain_spaces(text: str) -> bool:
    """Whether ``text`` is ASCII with no white space but " " and "\n": each substring test
    is a ``memchr`` over the text, and ``isascii`` reads a flag."""
    # (written out: a generator over _ODD_ASCII_SPACES costs more than the tests)
    return (
        text.isascii()
        and "\t" not in text
        and "\r" not in text
        and "\x0b" not in text
        and "\x0c" not in text
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
    )


_new = object.__new__
_ATTRIBUTION_SETTERS: Final = slot_setters(
    Attribution, "source", "source_name", "claim", "verification", "quote", "published", "url"
)
_MENTION_SETTERS: Final = slot_setters(
    AttributionMention,
    "attribution",
    "start_char",
    "end_char",
    "sentence_start",
    "sentence_end",
    "clause_start",
    "clause_end",
)


def _trusted_attribution(
    source: str | None,
    source_name: str,
    claim: ClaimKind,
    verification: Verification,
    quote: str,
    published: dt.date | None,
) -> Attribution:
    """``Attribution(...)`` without its converters and checks, for fields already valid: a
    source id ``ID_RE`` matches (or ``None``), a source name that starts with a word (a
    phrase's span starts at a letter or digit) or "unnamed sources", enum members, a quote
    with a keyword in it, a ``published`` that is ``None`` or a ``datetime.date``.  The tests
    compare the result with the validated constructor's."""
    a = _new(Attribution)
    set_source, set_name, set_claim, set_verification, set_quote, set_published, set_url = (
        _ATTRIBUTION_SETTERS
    )
    set_source(a, source)
    set_name(a, source_name)
    set_claim(a, claim)
    set_verification(a, verification)
    set_quote(a, quote)
    set_published(a, published)
    set_url(a, None)
    return a


def _trusted_mention(
    f: _Found, source: str | None, quote: str, published: dt.date | None, s: int, e: int
) -> AttributionMention:
    """``_mention(_trusted_attribution(...), ...)`` for the attribution ``f`` found in the
    sentence ``text[s:e]``."""
    attribution = _trusted_attribution(
        source, f.source_name, f.claim, f.verification, quote, published
    )
    return _mention(attribution, f.start, f.end, s, e)


def _mention(
    attribution: Attribution, start: int, end: int, sentence_start: int, sentence_end: int
) -> AttributionMention:
    """``AttributionMention(...)`` (a class without checks) without the keyword call."""
    m = _new(AttributionMention)
    (
        set_attribution,
        set_start,
        set_end,
        set_sentence_start,
        set_sentence_end,
        set_clause_start,
        set_clause_end,
    ) = _MENTION_SETTERS
    set_attribution(m, attribution)
    set_start(m, start)
    set_end(m, end)
    set_sentence_start(m, sentence_start)
    set_sentence_end(m, sentence_end)
    set_clause_start(m, sentence_start)
    set_clause_end(m, sentence_end)
    return m
