"""Turkish constructions the casualty and background grammars read (issue 14): one sentence
of our own per construction, in the style of Anadolu / DHA / BBC Türkçe copy."""

from __future__ import annotations

import datetime as dt

from reading import Figure, figures

from conflict_events import extract_report, find_dates
from conflict_events.extract import extract_attributions


def _figures(text: str) -> list[Figure]:
    return figures(text, "tr")


def test_a_case_ending_on_the_head_noun() -> None:
    text = "Olaylarda en az 6 göstericinin yaralandığı bildirildi."
    assert _figures(text) == [("injured", "civilians", 6, None, "at_least")]


def test_a_partitive_count_after_the_people_an_outcome_names() -> None:
    text = "Saldırıda 9 kişi öldü. Ölenlerden 4'ü çocuk."
    assert _figures(text)[1] == ("killed", "civilians", 4, 4, "exact")


def test_among_the_dead_after_its_noun() -> None:
    text = "Ölenler arasında 3 kadın bulunuyor."
    assert _figures(text) == [("killed", "civilians", 3, 3, "exact")]


def test_the_toll_noun_before_its_count_in_the_dative() -> None:
    assert _figures("Saldırıda ölü sayısı 15'e yükseldi.") == [("killed", "total", 15, 15, "exact")]


def test_the_outcome_verb_closes_the_clause_words_after_the_figure() -> None:
    text = "Operasyonda 12 şüpheli sabah saatlerinde düzenlenen baskınlarda yakalandı."
    assert _figures(text) == [("captured", "total", 12, 12, "exact")]


def test_a_possessive_count_with_its_own_outcome_verb() -> None:
    text = "Gözaltına alınanlardan 8'i adliyede tutuklandı."
    assert _figures(text) == [("captured", "total", 8, 8, "exact")]


def test_the_verbal_noun_of_death_with_its_case() -> None:
    assert _figures("Saldırı 7 kişinin ölümüne neden oldu.") == [("killed", "total", 7, 7, "exact")]


def test_a_headline_counts_detentions_by_the_noun() -> None:
    assert _figures("Ankara'da izinsiz gösteride 25 gözaltı") == [
        ("captured", "total", 25, 25, "exact")
    ]


def test_held_by_the_active_converb() -> None:
    text = "Silahlı kişiler 2 öğretmeni alıkoyarak bilinmeyen bir yere götürdü."
    assert _figures(text) == [("captured", "civilians", 2, 2, "exact")]


def test_an_earlier_day_told_in_the_pluperfect_is_background() -> None:
    text = (
        "Karakola saldırı: 3 şehit\n\n"
        "ANKARA (AA) - Hakkari'de bir karakola düzenlenen saldırıda 3 asker şehit oldu.\n\n"
        "Üç gün önce de bölgede benzer bir saldırıda 2 kişi hayatını kaybetmişti."
    )
    report = extract_report(text, published=dt.date(2024, 6, 15), lexicon="tr")
    flags = {
        f.count.low: f.background
        for r in report.casualties
        for f in r.figures
        if f.outcome.value == "killed" and f.count.low == 2
    }
    assert flags == {2: True}


def test_a_vague_count_that_starts_with_a_number_word() -> None:
    # "on binlerce" is tens of thousands, not "on" (ten) and "binlerce" (thousands)
    text = "İç savaşta on binlerce kişi hayatını kaybetti."
    assert _figures(text) == [("killed", "total", 20000, 99999, "vague")]


def test_a_month_that_is_also_a_word_with_its_word_ay() -> None:
    # "ekim" is also "sowing": "Ekim ayında" (in the month of October) is the month
    (date,) = find_dates("Saldırılar Ekim ayında yoğunlaştı.", dt.date(2024, 11, 20), lexicon="tr")
    assert (date.when.start, date.when.end) == (dt.date(2024, 10, 1), dt.date(2024, 10, 31))


def test_a_quoted_figure_before_its_verb() -> None:
    text = 'Komutan, örgütün "en az 15 militanının" etkisiz hale getirildiğini söyledi.'
    assert _figures(text) == [("killed", "combatants", 15, None, "at_least")]


def test_a_statement_named_before_speaks_in_a_passive_sentence() -> None:
    text = (
        "Valilik, kırsal kesimde operasyon başlatıldığını açıkladı.\n\n"
        "Açıklamada, çatışmada 3 teröristin öldürüldüğü ifade edildi."
    )
    names = [m.attribution.source_name for m in extract_attributions(text, lexicon="tr")]
    assert names == ["Valilik", "Valilik"]


def test_a_drone_strike_with_the_softened_consonant() -> None:
    # "araç" becomes "aracı" before a vowel: "insansız hava aracı saldırısında"
    text = (
        "Irak'ta saldırı: 2 ölü\n\n"
        "Süleymaniye'de bir aracı hedef alan insansız hava aracı saldırısında 2 kişi öldü."
    )
    report = extract_report(text, published=dt.date(2024, 6, 13), lexicon="tr")
    assert [e.sub_event_type.value for e in report.engagements] == ["air_drone_strike"]
