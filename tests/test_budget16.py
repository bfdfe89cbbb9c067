"""The fast paths of the twelfth session's instruction budget (docs/measuring.md, "The report
under issue 11's budget (twelfth session)") give what the rules they serve give, in every
language; each is derived from the lexicon's words or the rule's own pattern.

* the keyword pass hands a hit to a group of keys that serve the same stages, and a stage's
  hits come back in the order of start, then end;
* an earlier toll's phrases (``_report._marked_before``) are searched in an ASCII sentence
  only where it holds one of their first words (``case_blind_firsts``);
* the language check's tokens are the runs of two letters or more, found by one pattern;
* a verb's hyphenated pronoun ("a-t-il") and the life nouns after a verb ("claimed the lives
  of") are looked for only where a hyphen or a life noun stands.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conflict_events.extract import _report
from conflict_events.extract._attribution import extract_attributions
from conflict_events.extract._casualties import find_casualties
from conflict_events.lexicon import _detect, load
from conflict_events.text import _keywords
from conflict_events.text._keywords import case_blind_firsts, keyword_hits

LANGUAGES = ("en", "fr", "es", "pt", "de", "tr", "ar", "ru", "uk")
FIXTURES = Path(__file__).parent / "fixtures" / "texts"
_EARLIER = "casualties.constructions.earlier_toll.phrases"


def _fixture_texts(language: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / language).glob("*.txt"))][:8]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_stages_hits_come_in_order_of_start_then_end(language: str) -> None:
    for text in _fixture_texts(language):
        find_casualties(text, lexicon=language)  # (the stages register their keywords)
        for stage, hits in keyword_hits(text, language).by_stage.items():
            assert hits == sorted(hits), stage


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_stage_reads_the_groups_of_exactly_its_keys(language: str) -> None:
    lex = load(language)
    find_casualties("x", lexicon=language)
    automaton, stages, of_stage, count = _keywords._automaton(lex)
    by_group: dict[int, set[tuple[str, bool]]] = {}
    for key, (size, same, stems, words) in automaton.items():
        assert size == len(key)
        assert same == key
        for group, whole in ((stems, False), (words, True)):
            if group >= 0:
                assert group < count
                by_group.setdefault(group, set()).add((key, whole))
    for stage, groups in zip(stages, of_stage, strict=True):
        vocabulary = _keywords._BUILDERS[stage](lex)
        read = set().union(*(by_group[g] for g in groups)) if groups else set()
        assert {k for k, whole in read if not whole} == set(vocabulary.stems), stage
        assert {k for k, whole in read if whole} == set(vocabulary.words), stage


def test_case_blind_firsts_leaves_out_what_ascii_cannot_spell_and_refuses_re_folds() -> None:
    assert case_blind_firsts(["Previous toll", "earlier  count"]) == {"previous", "earlier"}
    assert case_blind_firsts(["précédent bilan", "bilan initial"]) == {"bilan"}
    # re folds these onto ASCII letters: "ſ" matches "s", "ı" matches "i", "K" matches "k"
    for word in ("ſome toll", "sayısı arttı", "\u212aill count"):
        assert case_blind_firsts([word]) is None
        pattern = re.compile(re.escape(word.split()[0]), re.IGNORECASE)
        ascii_form = word.split()[0].replace("ſ", "s").replace("ı", "i").replace("\u212a", "K")
        assert pattern.fullmatch(ascii_form) is not None


def _marked(text: str, lexicon: str, *, fast: bool) -> list[bool]:
    additive = _report._additive_words(load(lexicon))
    assert additive.earlier is not None
    firsts = additive.earlier_firsts if fast else None
    ends: dict[int, list[int]] = {}
    return [
        _report._marked_before(additive.earlier, text, m, ends, firsts)
        for m in find_casualties(text, lexicon=lexicon)
    ]


_EARLIER_SENTENCES = {
    "en": "An EARLIER   Tally had put the number of dead at 31. Gunmen killed 9 herders in "
    "Dorvan. The previous count gave 14 wounded. Later 20 soldiers died.",
    "fr": "Un précédent bilan faisait état de 18 morts. Le bilan initial était de 6 blessés.",
    "de": "Die bisherige Bilanz lag bei 12 Toten. Zunächst war von 4 Verletzten die Rede.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_earlier_toll_prefilter_marks_what_the_pattern_marks(language: str) -> None:
    lex = load(language)
    if not lex.has(_EARLIER) or not lex.words(_EARLIER):
        pytest.skip("no earlier-toll phrases")
    texts = _fixture_texts(language)
    texts += [_EARLIER_SENTENCES.get(language, "")]
    # each phrase before a count, as written and in capitals (an ASCII sentence where the
    # phrase is ASCII)
    for phrase in lex.words(_EARLIER):
        texts.append(f"{phrase} 12 killed. {phrase.upper()} 7 dead.")
    for text in texts:
        assert _marked(text, language, fast=True) == _marked(text, language, fast=False)
    firsts = _report._additive_words(lex).earlier_firsts
    if firsts is not None:
        for phrase in lex.words(_EARLIER):
            if phrase.isascii():
                assert phrase.split(" ", 1)[0].lower() in firsts


def test_the_earlier_toll_prefilter_skips_an_ascii_sentence_without_its_words() -> None:
    text = _EARLIER_SENTENCES["en"]
    assert _marked(text, "en", fast=True) == [True, False, True, False]


@pytest.mark.parametrize(
    "text",
    [
        "a b cd e1 f_g hi-jk 7x yz'w",
        "Qui a dit « ça » ? Il l'a dit, à 3 h.",
        "قال مسؤول إن 3 أشخاص قتلوا و 5 أصيبوا",
        "Он сказал: «В селе погибли 2 человека», — и ушёл.",
        "x" * 3 + " " + "y",
    ],
)
def test_the_language_checks_tokens_are_the_runs_of_two_letters_or_more(text: str) -> None:
    runs = re.findall(r"[^\W\d_]+", _detect._normalised(text))
    assert _detect._tokens(text) == [t for t in runs if len(t) >= 2]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "a-t-elle": the pronoun inside a hyphenated verb speaks for the person named before
        (
            "fr",
            "Selon Marie Koné, trois soldats ont été tués. « Ils étaient en patrouille », "
            "a-t-elle ajouté.",
            [("Marie Koné", "reported"), ("Marie Koné", "reported")],
        ),
        # "claimed the lives of": a toll, nobody's claim; "claimed the attack": a claim
        (
            "en",
            "The raid claimed the lives of 12 herders near Kalor, the governor said.",
            [("the governor", "reported")],
        ),
        (
            "en",
            "Rebels claimed the raid on Kalor on Tuesday, the governor said.",
            [("Rebels", "claimed"), ("the governor", "reported")],
        ),
    ],
)
def test_the_verb_fast_paths_read_what_the_rules_read(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_attributions(text, lexicon=language)
    assert [(a.attribution.source_name, a.attribution.claim.value) for a in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 13/12/2024 and 3.4.2021, not 3.4.2021.1 nor v2.1.2024; 12-3-2024 yes.",
        "No numeric date: 1.5 million, a 3-2 vote, 24/7 and 2023-24.",
        "",
    ],
)
def test_the_numeric_dates_prefilter_finds_what_the_pattern_finds(text: str) -> None:
    from conflict_events.parse._dates_numeric import NUMERIC_DATE

    texts = [text, *(_fixture_texts("fr")), *(_fixture_texts("de"))]
    for t in texts:
        found = [m.span() for m in NUMERIC_DATE.finditer(t)]
        assert found == [m.span() for m in NUMERIC_DATE.pattern.finditer(t)]


def test_a_scanner_reads_one_text_twice_from_its_last_hits_and_a_new_name_anew() -> None:
    from conflict_events.resolve._automaton import MentionScanner

    def scanner_of(*names: str) -> MentionScanner[str]:
        scanner = MentionScanner[str]()
        for name in names:
            scanner.add(name, name)
        return scanner

    scanner = scanner_of("Tell Abyad", "Kafr Nubl")
    text = "From Tell Abyad to Kafr Nubl and back to Tell Abyad. " * 200  # (past the lookups)
    first = scanner.scan_groups(text)
    assert scanner._last is not None  # (the automaton's hits of the last text are kept)
    first.clear()  # (a caller's list is its own)
    again = scanner.scan_groups(text)
    assert again == scanner_of("Tell Abyad", "Kafr Nubl").scan_groups(text)
    assert len(again) == 600
    scanner.add("Saraqib", "Saraqib")  # a new automaton: the text is scanned anew
    assert len(scanner.scan_groups(text + " Saraqib.")) == 601
    assert len(scanner.scan_groups(text)) == 600
