"""The fast paths of the eleventh session's instruction budget (docs/measuring.md) give what
the rules they serve give, in every language: each prefilter is derived from the lexicon's
words, so a word added to the data cannot be skipped by it.

* the keyword pass (``text._keywords``) hands each stage the hits a plain search of its
  stems and whole words finds;
* the trigger positions of the event cues read whole-text hits as the segment's own pass;
* a running toll (``_report._updates``) and a description of a kind of source
  (``_attribution._described_kinds``, ``_named_after``) are looked at only where one of their
  words stands, and every word of the tables is found by the prefilter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conflict_events.extract import _attribution, _events, _report
from conflict_events.extract._casualties import find_casualties
from conflict_events.lexicon import load
from conflict_events.text import _keywords
from conflict_events.text._keywords import keyword_hits
from conflict_events.text._segment import lower_same_length

LANGUAGES = ("en", "fr", "es", "pt", "de", "tr", "ar", "ru", "uk")
FIXTURES = Path(__file__).parent / "fixtures" / "texts"

# Made-up text in every language (no fixture's words), with keywords inside other words,
# at the text's edges and after "_".
MADE_UP = {
    "en": "Killed_ 3 were wounded in Tarvin on Monday; the medical team said the toll rose "
    "to 9. Skilled fighters captured the hilltop, a military spokesman said. injured",
    "fr": "Trois civils ont été tués à Lormes lundi, selon l'armée ; le bilan est passé à 7. "
    "Des militaires ont pris le village_ attaque",
    "es": "Dos policías murieron en Almira el martes, según fuentes médicas; el balance subió "
    "a 11. Los militares tomaron la aldea. heridos",
    "pt": "Quatro agricultores foram mortos em Vilarim na quarta-feira, segundo a polícia; o "
    "balanço subiu para 6. Os militares tomaram a vila.",
    "de": "Fünf Menschen wurden am Freitag in Kellbach getötet, teilte das Militär mit; die "
    "Zahl der Toten stieg auf 8. Sanitäter bargen Verletzte.",
    "tr": "Kalemli köyünde cuma günü 4 kişi öldürüldü, askeri kaynaklar açıkladı; ölü sayısı "
    "7'ye yükseldi. İki asker yaralandı.",
    "ar": "قتل خمسة مدنيين في قرية الحمراء يوم الأحد، بحسب مصادر طبية، وارتفع عدد القتلى إلى "
    "تسعة. وأصيب جنديان.",
    "ru": "В селе Озерки в субботу погибли трое мирных жителей, сообщили военные; число "
    "погибших выросло до 6. Медики госпитализировали раненых.",
    "uk": "У селі Вербівка в неділю загинули двоє цивільних, повідомили військові; кількість "
    "загиблих зросла до 5. Медики доправили поранених.",
}


def _texts(language: str) -> list[str]:
    texts = [MADE_UP[language]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / language).glob("*.txt"))]
    return texts[:12]


def _plain_hits(text: str, language: str) -> dict[str, list[tuple[int, int, str]]]:
    """Each registered stage's keywords in ``text`` by a plain search, key by key."""
    lex = load(language)
    low = lower_same_length(text)
    out: dict[str, list[tuple[int, int, str]]] = {}
    for stage, build in _keywords._BUILDERS.items():
        vocabulary = build(lex)
        hits = []
        for keys, whole in ((vocabulary.stems, False), (vocabulary.words, True)):
            for key in keys:
                at = low.find(key)
                while at >= 0:
                    end = at + len(key)
                    starts = at == 0 or not low[at - 1].isalnum()
                    ends = end == len(low) or not low[end].isalnum()
                    if starts and (ends or not whole):
                        hits.append((at, end, key))
                    at = low.find(key, at + 1)
        out[stage] = sorted(hits)
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_keyword_pass_finds_what_a_plain_search_finds(language: str) -> None:
    for text in _texts(language):
        find_casualties(text, lexicon=language)  # (the stages register their keywords)
        found = keyword_hits(text, language)
        plain = _plain_hits(text, language)
        for stage in _keywords._BUILDERS:
            hits = found.get(stage)
            assert [h[0] for h in hits] == sorted(h[0] for h in hits), stage
            assert sorted(hits) == plain[stage], (language, stage)


@pytest.mark.parametrize("language", LANGUAGES)
def test_trigger_positions_from_the_whole_text_pass_are_the_segments_own(language: str) -> None:
    lex = load(language)
    g = _events._cue_grammar(lex)
    for text in [*_texts(language), "_" + MADE_UP[language], MADE_UP[language] + " x_killed"]:
        n = len(text)
        for start, stop in ((0, n), (0, n // 2), (n // 3, n), (n // 4, 3 * n // 4)):
            fast = _events._trigger_positions(g, lex, text, start, stop)
            slow = _events._trigger_positions_slow(g, text, start, stop)
            assert fast == slow, (language, start, stop)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_toll_noun_passes_the_toll_prefilter(language: str) -> None:
    words = _report._additive_words(load(language))
    for noun in words.toll:
        assert words.toll_in is not None
        assert words.toll_in.search(f"the ({noun}), rose") is not None, (language, noun)
    if not words.toll:
        assert words.toll_in is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_describe_word_passes_the_kinds_prefilter(language: str) -> None:
    g = _attribution._grammar(load(language))
    for word in g.described_kinds:
        assert g.described_in is not None
        name = f"«{word}»"
        assert g.described_in.search(name.lower()) is not None, (language, word)
    if not g.described_kinds:
        assert g.described_in is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_name_without_a_describe_word_has_no_described_kinds(language: str) -> None:
    g = _attribution._grammar(load(language))
    for text in _texts(language):
        for name in {w for w in text.split() if w}:
            words = name.split()
            if g.described_in is None or g.described_in.search(name.lower()) is None:
                assert _attribution._described_kinds(g, words) == frozenset()
                assert _attribution._described_kinds(g, words, forward=True) == frozenset()
