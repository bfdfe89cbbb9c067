"""Constructions the last held-out en / fr / es / pt / de articles showed the casualty and
background readers missed (issue 14), each on sentences written for this test: a week's
toll outside the lead, an earlier incident after a lead dated by a part of a day, the same
news cycle's "yesterday"."""

from __future__ import annotations

import datetime as dt

import pytest

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


def test_the_eve_of_the_news_is_the_same_news_cycle() -> None:
    # The lead's attack was early on Thursday; Wednesday's shelling is a round-up's
    # "yesterday", not an earlier incident; Monday's is.
    text = (
        "Seven people were killed in an attack on a bus early on Thursday, police said.\n\n"
        "In the north, shelling killed three villagers on Wednesday. On Monday, two soldiers "
        "were killed by a roadside bomb on the same road."
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
