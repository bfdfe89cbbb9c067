"""Constructions the last held-out en / fr / es / pt / de articles showed the casualty and
background readers missed (issue 14), each on sentences written for this test: a week's
toll outside the lead, an earlier incident after a lead dated by a part of a day, the same
news cycle's "yesterday"."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import worded_figures as _figures

from conflict_events import find_dates
from conflict_events.extract import extract_report

ANCHOR = dt.date(2025, 3, 14)  # a Friday


def _report_figures(text: str, lang: str = "en") -> list[tuple[str, str, int | None, bool]]:
    """(outcome, group, low, background) of each figure of the report."""
    r = extract_report(text, published=ANCHOR, lexicon=lang)
    return [
        (f.outcome.value, f.group, f.count.low, f.background)
        for rep in r.casualties
        for f in rep.figures
    ]


# -- a week's toll -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Soldiers killed five militants on Thursday, the army said.\n\n"
            "In the past week, at least 30 people have been killed in the region, according "
            "to a monitor.",
        ),
        (
            "es",
            "Cuatro policías murieron el jueves en una emboscada, informó la Fiscalía.\n\n"
            "En los últimos siete días, al menos 30 personas han muerto en la región, según "
            "un observatorio.",
        ),
        (
            "pt",
            "Quatro policiais morreram na quinta-feira em uma emboscada, informou a polícia."
            "\n\nNos últimos sete dias, pelo menos 30 pessoas foram mortas na região, segundo "
            "o instituto.",
        ),
        (
            "fr",
            "Quatre policiers ont été tués jeudi dans une embuscade, a annoncé l'armée.\n\n"
            "Au cours des sept derniers jours, au moins 30 personnes ont été tuées dans la "
            "région, selon une ONG.",
        ),
        (
            "de",
            "Vier Polizisten wurden am Donnerstag bei einem Hinterhalt getötet, teilte die "
            "Armee mit.\n\nIn den vergangenen sieben Tagen wurden mindestens 30 Menschen in "
            "der Region getötet, teilte eine Organisation mit.",
        ),
    ],
)
def test_a_weeks_toll_after_the_lead_is_a_periods_toll(lang: str, text: str) -> None:
    got = _report_figures(text, lang)
    assert ("killed", "total", 30, True) in got
    assert ("killed", "combatants", 4 if lang != "en" else 5, False) in got


def test_a_weeks_toll_in_the_lead_is_the_news() -> None:
    text = "In the past week, fighting killed at least 30 people in the region, a monitor said."
    assert _report_figures(text) == [("killed", "total", 30, False)]


# -- an earlier incident after a lead its figures do not date ------------------------------------


def test_a_part_of_a_day_after_the_lead_dates_the_news() -> None:
    # The lead's figures are dated only by the saying (the publication day); the next
    # sentence times the attack: Monday, four days before it, is an earlier incident.
    text = (
        "Seis personas murieron en un ataque armado contra un bar de Cali, informó este "
        "viernes la Policía.\n\nEl ataque ocurrió en la madrugada del jueves en el barrio "
        "Siloé. El pasado lunes, dos policías murieron en una emboscada en el mismo sector."
    )
    got = _report_figures(text, "es")
    assert ("killed", "total", 6, False) in got
    assert [bg for outcome, _, low, bg in got if low == 2] == [True]


def test_a_day_alone_after_the_lead_may_be_the_sayings() -> None:
    # "annoncé mercredi" dates the statement, not the attack: no news day, no earlier incident
    text = (
        "Douze soldats ont été tués dans l'attaque d'un poste militaire, a annoncé mercredi "
        "le ministère.\n\nUn précédent bilan, communiqué mardi, faisait état de neuf soldats "
        "tués. Mardi, trois civils ont été tués près du poste."
    )
    got = _report_figures(text, "fr")
    assert all(not bg for *_, bg in got)


def test_the_eve_of_the_publication_is_the_same_news_cycle() -> None:
    # The lead's attack was early on Friday, the publication day: Thursday's shelling is a
    # round-up's "yesterday", not an earlier incident; Tuesday's is.
    text = (
        "Seven people were killed in an attack on a bus, police said.\n\n"
        "The attack happened early on Friday. In the north, shelling killed three villagers "
        "on Thursday. On Tuesday, two soldiers were killed by a roadside bomb on the same road."
    )
    got = _report_figures(text)
    assert ("killed", "total", 7, False) in got
    assert [bg for _, _, low, bg in got if low == 3] == [False]
    assert [bg for _, _, low, bg in got if low == 2] == [True]


# -- a month so far ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Gunmen killed four people on Thursday, police said.\n\nAt least 41 people have "
            "been killed in the state so far this month, according to police figures.",
        ),
        (
            "es",
            "Cuatro personas murieron el jueves en un ataque armado, informó la Policía.\n\n"
            "Con estos hechos suman al menos 41 homicidios en el estado en lo que va del mes, "
            "según la Fiscalía.",
        ),
        (
            "fr",
            "Quatre personnes ont été tuées jeudi dans une attaque, a annoncé la police.\n\n"
            "Au moins 41 personnes ont été tuées dans la région depuis le début du mois, "
            "selon la police.",
        ),
        (
            "pt",
            "Quatro pessoas morreram na quinta-feira em um ataque, informou a polícia.\n\n"
            "Pelo menos 41 pessoas foram mortas no estado desde o início do mês, segundo a "
            "polícia.",
        ),
        (
            "de",
            "Vier Menschen wurden am Donnerstag bei einem Angriff getötet, teilte die Polizei "
            "mit.\n\nSeit Monatsbeginn wurden in der Region mindestens 41 Menschen getötet, "
            "teilte die Polizei mit.",
        ),
    ],
)
def test_a_month_so_far_is_a_periods_toll(lang: str, text: str) -> None:
    # the running word inside the date ("so far", "en lo que va", "depuis", "seit") is the
    # date's own: the window from the month's first day gives the span
    got = _report_figures(text, lang)
    assert ("killed", "total", 41, True) in got
    assert ("killed", "total", 4, False) in got


def test_a_campaigns_running_toll_stays_the_news() -> None:
    # "since" outside the date: the toll runs with the offensive, not with the calendar
    text = (
        "Gunmen killed four people on Thursday, police said.\n\n"
        "Since the offensive began earlier this month, at least 41 people have been killed."
    )
    assert ("killed", "total", 41, False) in _report_figures(text)


def test_so_far_this_month_is_the_month_up_to_the_publication_day() -> None:
    found = find_dates("41 killed so far this month and 300 so far this year", ANCHOR)
    assert [(d.when.start, d.when.end, d.when.precision.value) for d in found] == [
        (dt.date(2025, 3, 1), ANCHOR, "interval"),
        (dt.date(2025, 1, 1), ANCHOR, "interval"),
    ]


# -- figures the casualty tables missed ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "words", "outcome"),
    [
        # people who left their homes or a place
        ("pt", "Cerca de 300 famílias e 40 moradores deixaram suas casas na noite.", "40 moradores", "displaced"),
        ("pt", "Cerca de 500 pessoas abandonaram a aldeia com medo de novos ataques.", "Cerca de 500 pessoas", "displaced"),
        ("fr", "Plus de 3 000 habitants avaient fui vers la frontière.", "Plus de 3 000 habitants", "displaced"),
        # grazed, treated in hospital, an adverb of degree before the participle
        ("pt", "Três guardas foram atingidos de raspão durante a troca de tiros.", "Três guardas", "injured"),
        ("pt", "Ao todo, 12 pessoas receberam tratamento no hospital regional.", "12 pessoas", "injured"),
        ("pt", "O governo disse que um soldado ficou levemente ferido.", "um soldado", "injured"),
        # a side's losses
        ("pt", "O grupo admitiu ter perdido três dos seus combatentes.", "três dos seus combatentes", "killed"),
        # a lasting state
        ("es", "Los familiares dicen que cinco compañeros siguen desaparecidos.", "cinco compañeros", "missing"),
        ("pt", "Quatro pescadores continuam desaparecidos desde sábado.", "Quatro pescadores", "missing"),
        # a participle phrase after the noun
        ("fr", "Douze hommes accusés de complicité ont été arrêtés mardi.", "Douze hommes", "captured"),
        # hostages and detainees counted as nouns, in a headline
        ("fr", "Nigeria : cinq morts et une vingtaine d'otages dans un village", "une vingtaine d'otages", "captured"),
        ("pt", "Protesto em Maputo termina com dezenas de detidos", "dezenas de detidos", "captured"),
    ],
)  # fmt: skip
def test_figures_of_the_casualty_tables(lang: str, text: str, words: str, outcome: str) -> None:
    assert (words, outcome) in [(w, o) for w, o, *_ in _figures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le gouvernement a salué la libération de dix otages retenus depuis mars."),
        ("pt", "A ONG celebrou a libertação de 20 detidos na semana passada."),
    ],
)
def test_a_release_is_no_casualty(lang: str, text: str) -> None:
    assert _figures(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("es", "Al menos nueve personas murieron y otras cuatro resultaron heridas.", "cuatro"),
        ("pt", "Pelo menos nove pessoas morreram e outras quatro ficaram feridas.", "quatro"),
    ],
)
def test_a_qualifier_governs_an_others_count_after_the_conjunction(
    lang: str, text: str, words: str
) -> None:
    got = {w: (low, high, q) for w, _, _, low, high, q in _figures(text, lang)}
    assert got[words] == (4, None, "at_least")


@pytest.mark.parametrize(
    ("lang", "text", "words", "outcome"),
    [
        ("en", 'Officials said 20 fighters had been "neutralised" in the operation.', "20 fighters", "killed"),
        ("fr", "Douze assaillants ont été « neutralisés » lors de la riposte.", "Douze assaillants", "killed"),
        ("en", "Police announced the arrest of nine suspected smugglers on Monday.", "nine suspected smugglers", "captured"),
        ("de", "Drei Kinder erlitten Splitterverletzungen.", "Drei Kinder", "injured"),
        ("de", "Soldaten töteten 14 mutmaßliche Extremisten.", "14 mutmaßliche Extremisten", "killed"),
    ],
)  # fmt: skip
def test_more_outcome_words(lang: str, text: str, words: str, outcome: str) -> None:
    assert (words, outcome) in [(w, o) for w, o, *_ in _figures(text, lang)]


def test_a_quote_that_runs_on_is_no_scare_quoted_verb() -> None:
    # the statement's words, not a scare-quoted participle: "un communiqué" is no victim
    text = (
        "L'armée a assuré dans un communiqué publié dimanche avoir \"neutralisé une "
        'trentaine de terroristes" lors de la riposte.'
    )
    assert [w for w, *_ in _figures(text, "fr")] == ["une trentaine de terroristes"]
    text = 'L\'armée a annoncé dans un communiqué avoir "neutralisé" six terroristes.'
    assert [w for w, *_ in _figures(text, "fr")] == ["six terroristes"]


# -- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("uk", "Вранці в четвер росіяни вдарили по місту.", "Вранці в четвер"),
        ("ru", "Утром в четверг беспилотник атаковал автобус.", "Утром в четверг"),
    ],
)
def test_a_part_of_the_day_before_its_weekday(lang: str, text: str, words: str) -> None:
    # the preposition of the weekday ("в", "у") stands between them
    found = find_dates(text, ANCHOR, lexicon=lang)
    assert [(text[d.start_char : d.end_char], d.when.precision.value) for d in found] == [
        (words, "part_of_day")
    ]
    assert found[0].when.start == dt.date(2025, 3, 13)


def test_the_early_morning_with_no_day_is_the_publication_days() -> None:
    text = "Die Behörde hatte am frühen Morgen von zwei Toten gesprochen."
    found = find_dates(text, ANCHOR, lexicon="de")
    assert [(d.when.start, d.when.precision.value) for d in found] == [(ANCHOR, "part_of_day")]
    # after a weekday it is that day's
    text = "Die Drohnen schlugen am Mittwoch am frühen Morgen ein."
    found = find_dates(text, ANCHOR, lexicon="de")
    assert [(d.when.start, d.when.precision.value) for d in found] == [
        (dt.date(2025, 3, 12), "part_of_day")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "es",
            "La cifra subió después de que dos de los heridos fallecieran en el hospital.",
            "dos de los heridos fallecieran",
        ),
        (
            "fr",
            "Deux des blessés sont morts à l'hôpital dans la nuit.",
            "Deux des blessés sont morts",
        ),
    ],
)
def test_the_verb_gives_the_outcome_of_n_of_the_wounded(lang: str, text: str, words: str) -> None:
    assert [(w, o) for w, o, *_ in _figures(text, lang)] == [(words, "killed")]


def test_a_part_of_the_day_spelt_with_u_before_its_weekday() -> None:
    text = "Уранці в середу росіяни обстріляли місто."
    found = find_dates(text, ANCHOR, lexicon="uk")
    assert [(text[d.start_char : d.end_char], d.when.precision.value) for d in found] == [
        ("Уранці в середу", "part_of_day")
    ]
