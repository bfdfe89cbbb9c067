"""A part of the same group as its total ("eleven civilians, including three women"): a
subgroup figure (docs/casualties-and-claims.md, "Subgroups")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    Outcome,
    TimeSpan,
    ValidationError,
    extract_casualties,
    extract_report,
    reconcile,
)
from conflict_events.extract._casualties import find_casualties
from conflict_events.io import arrow
from conflict_events.io._schema import build_schema
from conflict_events.io.json import dumps, loads
from conflict_events.model._checks import is_valid, problems_of, trusted
from conflict_events.resolve import Claim
from conflict_events.strategies import casualty_reports, estimates
from conflict_events.tables import rows

PUBLISHED = dt.date(2025, 3, 4)
SOURCE = Attribution(source_name="medics")


def _fig(
    group: str, n: int, part_of: int | None = None, subgroup: str | None = None
) -> CasualtyFigure:
    return CasualtyFigure(
        outcome="killed", group=group, count=Count.exact(n), part_of=part_of, subgroup=subgroup
    )


def _women(total: int, part: int, attribution: Attribution = SOURCE) -> CasualtyReport:
    return CasualtyReport(
        figures=[_fig("civilians", total), _fig("civilians", part, 0, "women")],
        attribution=attribution,
    )


# -- the model --------------------------------------------------------------------------------
def test_a_subgroup_figure_is_a_part_of_its_own_group() -> None:
    report = _women(11, 3)
    assert [str(f) for f in report.figures] == [
        "killed / civilians: 11",
        "killed / civilians (women): 3",
    ]
    assert report.figure("killed", "civilians") is report.figures[0]
    assert report.figure("killed", "civilians", "women") is report.figures[1]
    assert report.figures[1].key == report.figures[0].key
    assert report.figures[1].report_key != report.figures[0].report_key


def test_a_subgroup_needs_part_of() -> None:
    with pytest.raises(ValidationError) as err:
        _fig("civilians", 3, subgroup="women")
    assert [p.path for p in err.value.problems] == ["$.subgroup"]
    assert "'women'" in str(err.value)
    assert "part_of" in str(err.value)


@pytest.mark.parametrize("bad", ["", "  ", 3])
def test_a_subgroup_is_words(bad: object) -> None:
    with pytest.raises(ValidationError) as err:
        _fig("civilians", 3, 0, bad)  # type: ignore[arg-type]
    assert [p.path for p in err.value.problems] == ["$.subgroup"]


def test_a_subgroup_of_another_group_than_its_total_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        CasualtyReport(
            figures=[_fig("total", 11), _fig("civilians", 3, 0, "women")], attribution=SOURCE
        )
    message = str(err.value)
    assert "figure 1 is a subgroup ('women') of civilians but part_of 0, a figure of total" in (
        message
    )


def test_one_current_figure_per_outcome_group_and_subgroup() -> None:
    figures = [
        _fig("civilians", 11),
        _fig("civilians", 3, 0, "women"),
        _fig("civilians", 2, 0, "women"),
    ]
    with pytest.raises(ValidationError, match=r"two figures for killed / civilians \(women\)"):
        CasualtyReport(figures=figures, attribution=SOURCE)
    # a same-group part without words of its own is still a second figure of the group
    with pytest.raises(ValidationError, match="two figures for killed / civilians"):
        CasualtyReport(figures=[_fig("civilians", 11), _fig("civilians", 3, 0)], attribution=SOURCE)
    superseded = attrs.evolve(figures[2], superseded=True)
    assert CasualtyReport(figures=[*figures[:2], superseded], attribution=SOURCE)


def test_the_cheap_check_agrees_with_the_problems() -> None:
    good = _women(11, 3)
    bad = trusted(CasualtyFigure, outcome=Outcome.KILLED, group="civilians",
                  count=Count.exact(3), subgroup="women")  # fmt: skip
    assert is_valid(good)
    assert not problems_of(good)
    assert not is_valid(bad)
    assert [p.path for p in problems_of(bad)] == ["$.subgroup"]
    wrong_total = trusted(
        CasualtyReport, figures=(_fig("total", 11), _fig("civilians", 3, 0, "women")),
        attribution=SOURCE,
    )  # fmt: skip
    assert not is_valid(wrong_total)
    assert problems_of(wrong_total)


# -- extraction, in several languages --------------------------------------------------------
CASES = [
    ("en", "Eleven civilians, including three women, were killed in the raid.", 11, "women", 3),
    ("en", "Gunmen killed at least 28 villagers, among them 10 children.", 28, "children", 10),
    ("fr", "Au moins 14 civils, dont six enfants, ont été tués jeudi.", 14, "enfants", 6),
    ("es", "Murieron 15 civiles, entre ellos cinco niños, según los médicos.", 15, "niños", 5),
    ("pt", "Pelo menos 12 civis, entre eles quatro crianças, foram mortos.", 12, "crianças", 4),
    ("de", "Mindestens 20 Zivilisten wurden getötet, darunter elf Kinder.", 20, "kinder", 11),
    ("ar", "قتل 10 مدنيين منهم ثلاث نساء في القصف.", 10, "نساء", 3),
    ("ru", "Погибли 10 мирных жителей, среди них две женщины.", 10, "женщины", 2),
    ("uk", "Загинули 8 цивільних, серед них двоє дітей.", 8, "дітей", 2),
]


@pytest.mark.parametrize(("lang", "text", "total", "subgroup", "part"), CASES)
def test_a_same_group_part_is_a_subgroup_of_its_total(
    lang: str, text: str, total: int, subgroup: str, part: int
) -> None:
    report = extract_report(text, published=PUBLISHED, lexicon=lang)
    assert len(report.casualties) == 1
    found = report.casualties[0]
    assert [(f.group, f.subgroup, f.count.low, f.part_of) for f in found.figures] == [
        ("civilians", None, total, None),
        ("civilians", subgroup, part, 0),
    ]
    # what the trusted grouping made is what the checked constructor accepts
    assert CasualtyReport(figures=list(found.figures), attribution=found.attribution) == found


def test_the_mentions_point_at_their_total() -> None:
    text = "Shelling killed 28 civilians, including 10 children and two elderly women."
    found = find_casualties(text)
    assert [(m.role, m.total_index, m.figure.subgroup, m.figure.part_of) for m in found] == [
        ("total", None, None, None),
        ("breakdown", 0, "children", 0),
        ("breakdown", 0, "women", 0),
    ]
    # extract_casualties' list: part_of is the total's index in that list
    figures = extract_casualties("A drone strike killed 3 soldiers. " + text)
    assert [(f.group, f.subgroup, f.part_of) for f in figures] == [
        ("combatants", None, None),
        ("civilians", None, None),
        ("civilians", "children", 1),
        ("civilians", "women", 1),
    ]


def test_a_part_of_another_group_is_no_subgroup() -> None:
    found = extract_report(
        "Nine people, including two policemen, were killed.", published=PUBLISHED
    ).casualties
    assert [(f.group, f.subgroup, f.part_of) for f in found[0].figures] == [
        ("total", None, None),
        ("combatants", None, 0),
    ]


def test_people_of_no_side_inside_people_are_a_subgroup_not_a_second_toll() -> None:
    # before: a report of 9 and another of 2 from one source, which reconcile added up to 11
    found = extract_report(
        "Nine people, including two men, were killed.", published=PUBLISHED
    ).casualties
    assert len(found) == 1
    assert [(f.group, f.subgroup, f.part_of) for f in found[0].figures] == [
        ("total", None, None),
        ("total", "men", 0),
    ]
    estimate = reconcile(found)[(Outcome.KILLED, "total")]
    assert (estimate.low, estimate.high) == (9, 9)


def test_a_bare_part_is_named_by_its_words() -> None:
    found = extract_report(
        "L'attaque a fait 43 blessés, dont onze grièvement.", published=PUBLISHED, lexicon="fr"
    ).casualties
    assert [(f.outcome.value, f.subgroup, f.count.low) for f in found[0].figures] == [
        ("injured", None, 43),
        ("injured", "grièvement", 11),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The shelling killed 14 civilians, including six children, and wounded 20 others."),
        ("fr", "Au moins 14 civils, dont six enfants, ont été tués et 20 autres blessés."),
    ],
)
def test_others_after_a_subgroup_are_set_against_the_total(lang: str, text: str) -> None:
    found = extract_casualties(text, lexicon=lang)
    injured = [f for f in found if f.outcome is Outcome.INJURED]
    assert [(f.group, f.count.low) for f in injured] == [("civilians", 20)]


# -- reconcile --------------------------------------------------------------------------------
def test_reconcile_never_adds_a_subgroup_to_its_group() -> None:
    a = Attribution(source="actor:ocha")
    b = Attribution(source="actor:msf")
    est = reconcile([_women(11, 3, a), _women(12, 5, b)])
    assert list(est) == [(Outcome.KILLED, "civilians")]
    civilians = est[(Outcome.KILLED, "civilians")]
    assert (civilians.low, civilians.best, civilians.high) == (11, 11, 12)
    assert [c.figure.subgroup for c in civilians.claims] == [None, None]
    (women,) = civilians.subgroups
    assert (women.subgroup, women.low, women.high, women.conflict) == ("women", 3, 5, True)
    assert [c.figure.count.low for c in women.claims] == [3, 5]


def test_reconcile_compares_subgroups_by_their_words() -> None:
    other = CasualtyReport(
        figures=[_fig("civilians", 12), _fig("civilians", 4, 0, "Children")],
        attribution=Attribution(source="actor:msf"),
    )
    children = CasualtyReport(
        figures=[_fig("civilians", 10), _fig("civilians", 2, 0, "children ")],
        attribution=Attribution(source="actor:ocha"),
    )
    est = reconcile([_women(11, 3), other, children])[(Outcome.KILLED, "civilians")]
    assert [(s.subgroup, s.low, s.high) for s in est.subgroups] == [
        ("women", 3, 3),
        ("Children", 2, 4),
    ]


def test_a_subgroup_of_a_total_left_out_is_left_out() -> None:
    report = _women(11, 3)
    background = attrs.evolve(
        report,
        figures=(attrs.evolve(report.figures[0], background=True), report.figures[1]),
    )
    assert reconcile([background]) == {}


def test_one_statements_subgroups_add_up_as_its_figures_do() -> None:
    # two reports of one source and time: figures side by side in one statement
    est = reconcile([_women(11, 3), _women(4, 1)])[(Outcome.KILLED, "civilians")]
    assert (est.low, est.high) == (15, 15)
    (women,) = est.subgroups
    assert (women.low, women.high) == (4, 4)
    assert women.claims[0].figure.subgroup == "women"


# -- the layers that carry a figure -----------------------------------------------------------
def _engagement() -> Engagement:
    return Engagement(
        id="engagement:raid",
        event_type="violence_against_civilians",
        when=TimeSpan.on(PUBLISHED),
        casualties=[_women(11, 3)],
    )


def test_json_round_trip_and_schema() -> None:
    e = _engagement()
    text = dumps(e)
    assert '"subgroup":"women"' in text.replace(" ", "")
    assert loads(text, Engagement) == e
    validator = Draft202012Validator(build_schema())
    data = e.to_dict()
    assert not list(validator.iter_errors(data))
    figure = data["casualties"][0]["figures"][1]
    del figure["part_of"]
    assert list(validator.iter_errors(data))  # a subgroup without its total
    with pytest.raises(ValidationError, match=r"\$\.casualties\[0\]\.figures\[1\]\.subgroup"):
        loads(dumps(e).replace('"part_of":0,', ""), Engagement)


def test_parquet_round_trip(tmp_path: Path) -> None:
    e = _engagement()
    path = tmp_path / "e.parquet"
    arrow.write_parquet([e], path)
    assert list(arrow.read_parquet(path)) == [e]


def test_the_figures_table_has_a_subgroup_column() -> None:
    report = extract_report(CASES[0][1], published=PUBLISHED)
    found = [(r["group"], r["subgroup"], r["part_of"], r["low"]) for r in rows([report], "figures")]
    assert found == [("civilians", None, None, 11), ("civilians", "women", 0, 3)]


@settings(max_examples=60, deadline=None)
@given(casualty_reports())
def test_drawn_reports_are_valid(report: CasualtyReport) -> None:
    assert is_valid(report)
    for f in report.figures:
        if f.subgroup is not None:
            assert f.part_of is not None
            assert report.figures[f.part_of].key == f.key


def test_drawn_reports_sometimes_hold_subgroups() -> None:
    from hypothesis import find

    found = find(casualty_reports(), lambda r: any(f.subgroup for f in r.figures))
    assert is_valid(found)
    est = find(estimates(), lambda e: bool(e.subgroups))
    assert all(
        s.subgroup is not None and (s.outcome, s.group) == (est.outcome, est.group)
        for s in est.subgroups
    )


def _figures_in(claim: Claim) -> int:
    own = len(claim.parts) or 1
    return own + sum(_figures_in(c) for c in claim.earlier)


@settings(max_examples=30, deadline=None)
@given(st.lists(casualty_reports(), min_size=1, max_size=4))
def test_every_current_figure_is_in_one_estimate(reports: list[CasualtyReport]) -> None:
    est = reconcile(reports)
    claims = 0
    for e in est.values():
        claims += sum(_figures_in(c) for c in e.claims)
        claims += sum(_figures_in(c) for s in e.subgroups for c in s.claims)
    current = 0
    for r in reports:
        for f in r.figures:
            total = r.figures[f.part_of] if f.subgroup is not None else f  # type: ignore[index]
            if not (f.background or f.superseded or total.background or total.superseded):
                current += 1
    assert claims == current


def test_the_cli_table_shows_a_groups_subgroups_under_it() -> None:
    from conflict_events.cli._format import render_estimates

    a = Attribution(source="actor:ocha")
    b = Attribution(source="actor:msf")
    est = list(reconcile([_women(11, 3, a), _women(12, 5, b)]).values())
    shown = render_estimates(est, {}, scope="one incident").splitlines()
    at = shown.index("killed / civilians: low 11, best 11, high 12  CONFLICT")
    assert shown[at + 1] == "  of whom women: low 3, best 3, high 5  CONFLICT"


def test_a_late_breakdown_keeps_a_part_of_its_totals_group() -> None:
    """'…, the monitor said, among them 14 children': a part named after a clause is a subgroup
    of its total as a part named at once is."""
    report = extract_report(
        "At least 40 civilians have been killed, the monitor said, among them 14 children.",
        published=PUBLISHED,
    )
    (r,) = report.casualties
    assert [(f.group, f.count.low, f.part_of, f.subgroup) for f in r.figures] == [
        ("civilians", 40, None, None),
        ("civilians", 14, 0, "children"),
    ]
