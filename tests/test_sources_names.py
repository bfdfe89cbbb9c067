"""Who says so: a source's whole name (DESIGN §10, "Who says so"; issue 14 part 3).

A name spelled out up to its parenthesised acronym, with words of the name after the acronym;
an appositive name after a source read forwards; a name set off by commas before the verb,
whatever its words; a description between a name and its verb.  The sentences were written
for these tests in the style of wire copy."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._attribution import extract_attributions


def _sources(text: str, lang: str = "en") -> list[str]:
    return [m.attribution.source_name for m in extract_attributions(text, lexicon=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        # spelled out past its prepositions up to the acronym whose initial it has
        (
            "es",
            "Dos reos murieron en el penal, informó la Dirección Nacional de Atención a "
            "Víctimas de la Violencia (DNAV).",
            ["la Dirección Nacional de Atención a Víctimas de la Violencia (DNAV)"],
        ),
        (
            "fr",
            "L'embuscade a été revendiquée par le Front de soutien à la résistance et aux "
            "peuples (FSRP), qui dit avoir tué douze soldats.",
            ["le Front de soutien à la résistance et aux peuples (FSRP)"],
        ),
        # a list of the acronym's forms: the name runs to the closing bracket
        (
            "fr",
            "L'attaque a été revendiquée par le Groupe de défense des villages et des "
            "pasteurs (GDVP, Jama'at al-Difa en arabe).",
            ["le Groupe de défense des villages et des pasteurs (GDVP, Jama'at al-Difa en arabe)"],
        ),
        # a source word of the name after the acronym, up to the clause's end
        (
            "es",
            "Tres agentes resultaron heridos, informó la Secretaría de Seguridad Ciudadana "
            "(SSC) municipal.",
            ["la Secretaría de Seguridad Ciudadana (SSC) municipal"],
        ),
        # the appositive name that ends the sentence belongs to the source read forwards
        (
            "pt",
            "Dez casas foram queimadas, disse à Lusa o administrador do distrito, Armando Sitoe.",
            ["o administrador do distrito, Armando Sitoe"],
        ),
        (
            "fr",
            "Six bandits ont été abattus, a affirmé à l'AFP le chef de la police "
            "régionale, le commissaire Jean Baptiste Pierre.",
            ["le chef de la police régionale, le commissaire Jean Baptiste Pierre"],
        ),
        (
            "en",
            "Two protesters were shot dead, according to a local rights group, the Civic "
            "League for Justice (CLJ).",
            ["a local rights group, the Civic League for Justice (CLJ)"],
        ),
        # a name set off by commas whatever its words; a description of the name before it
        (
            "en",
            "A local chief, Monday Okoro, told reporters that gunmen took six farmers.",
            ["A local chief, Monday Okoro"],
        ),
        (
            "en",
            "ISWAP, the Islamic State's West Africa branch, said its fighters killed 12 soldiers.",
            ["ISWAP"],
        ),
    ],
)
def test_whole_name(lang: str, text: str, sources: list[str]) -> None:
    assert _sources(text, lang) == sources


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        # a bracketed word with one capital after a one-capital name is no acronym, and a
        # preposition before it does not join a place to the name
        ("es", "Dos personas murieron, informó la Policía en Quito (Ecuador).", ["la Policía"]),
        # an acronym whose initial is not the name's: the name stops at the preposition
        (
            "es",
            "Cuatro personas murieron, informó la Fiscalía de Sonora en Hermosillo (PGJE).",
            ["la Fiscalía de Sonora"],
        ),
        # after the comma a clause, not a name: the source stays as read
        (
            "en",
            "Two people died, according to the ministry, mostly Kharkiv residents.",
            ["the ministry"],
        ),
        ("en", "Five people died, the army said, Reuters reported.", ["the army", "Reuters"]),
    ],
)
def test_name_stops(lang: str, text: str, sources: list[str]) -> None:
    assert _sources(text, lang) == sources


def test_figures_take_the_whole_name() -> None:
    text = (
        "BAMAKO, March 4 (Reuters) - Gunmen killed nine villagers in central Mali on Sunday, "
        "a community leader, Saturday Dembele, told Reuters. Four more people are missing, he said."
    )
    report = extract_report(text, published=dt.date(2025, 3, 4))
    by_count = {
        figure.count.low: c.attribution.source_name
        for c in report.casualties
        for figure in c.figures
        if c.attribution.source_name != "Reuters"
    }
    name = "a community leader, Saturday Dembele"
    assert by_count == {9: name, 4: name}


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        # a verb after a conjunction shares the subject that opens the sentence
        (
            "fr",
            "Le préfet du département, Moussa Traoré, s'est rendu sur les lieux et a évoqué un "
            "bilan de onze morts.",
            ["Le préfet du département, Moussa Traoré"],
        ),
        (
            "uk",
            "Угруповання ISWAP у своїй заяві взяло на себе відповідальність і стверджує, що "
            "вбило дев'ятьох солдатів.",
            ["Угруповання ISWAP"],
        ),
        (
            "en",
            "Police arrested two suspects and said three officers were wounded.",
            ["Police"],
        ),
        # no name opens the sentence: nobody speaks
        ("en", "On Monday gunmen raided the village and said nothing.", []),
        ("en", "The Canadian warrant charged him and alleged fraud.", []),
        # a speaker with its place
        (
            "en",
            "Separately, police in the northern province of Kunduz said they arrested 12 men.",
            ["police in the northern province of Kunduz"],
        ),
        (
            "en",
            '"Two more died overnight," a nurse in Kaya, where the wounded were taken, told AFP.',
            ["a nurse in Kaya"],
        ),
        (
            "pt",
            "O porta-voz da PRM em Tete, citado pela rádio pública, afirmou que 12 pessoas "
            "foram detidas.",
            ["O porta-voz da PRM em Tete"],
        ),
        # a place with no speaker before its preposition stays a name of its own
        ("en", "Fighting in Kaya, officials said, killed four.", ["officials"]),
    ],
)
def test_speaker_of_the_sentence(lang: str, text: str, sources: list[str]) -> None:
    assert _sources(text, lang) == sources


def test_trailing_attribution_governs_its_clause() -> None:
    text = (
        "Violence since 2015 has killed more than 20,000 people, according to the monitor "
        "ACLED, and displaced over two million, according to the UN."
    )
    clauses = {
        m.attribution.source_name: text[m.clause_start : m.clause_end]
        for m in extract_attributions(text)
    }
    assert "two million" in clauses["the UN"]
    assert "20,000" in clauses["the monitor ACLED"]
    assert "two million" not in clauses["the monitor ACLED"]
    # a leading attribution keeps the clause after the last break
    text = "The Red Crescent reported 30 dead, while the interior ministry said 45 people died."
    clauses = {
        m.attribution.source_name: text[m.clause_start : m.clause_end]
        for m in extract_attributions(text)
    }
    assert "30" in clauses["The Red Crescent"]
    assert "45" in clauses["the interior ministry"]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a headline's source after its colon
        ("Death toll from market blast rises to 21: hospital officials", ["hospital officials"]),
        ("Gunmen kill four in northern village: police.", ["police"]),
        # a colon before a list or a name of no source words names nobody
        ("The toll: police 3, civilians 5.", []),
        ("Two killed in overnight raid: Kaya", []),
    ],
)
def test_headline_source_after_colon(text: str, sources: list[str]) -> None:
    assert _sources(text) == sources


def test_headline_source_governs_its_figure() -> None:
    text = "Toll from mosque attack rises to 13: security sources\n\nGunmen attacked a mosque."
    report = extract_report(text, published=dt.date(2024, 5, 31))
    [casualty] = report.casualties
    assert casualty.attribution.source_name == "security sources"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a compound's head keeps its possessive; the name and acronym before it are its own
        (
            "Irak Kürt Bölgesel Yönetimi (IKBY) yetkililerine göre 2 kişi öldü.",
            ["Irak Kürt Bölgesel Yönetimi (IKBY) yetkilileri"],
        ),
        ("Hamas yetkililerine göre 12 kişi öldü.", ["Hamas yetkilileri"]),
        ("Sağlık Bakanlığına göre 7 kişi yaralandı.", ["Sağlık Bakanlığı"]),
        # no compound: the case ending goes as before
        ("Yerel kaynaklara göre 3 kişi öldü.", ["Yerel kaynaklar"]),
        ("Gözlemevine göre 5 kişi öldü.", ["Gözlemevi"]),
    ],
)
def test_turkish_compound_source(text: str, sources: list[str]) -> None:
    assert _sources(text, "tr") == sources
