"""The short ``str()`` forms of model values and the IPython / Jupyter views of engagements."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.vendor.pretty import pretty

import conflict_events
from conflict_events import (
    Actor,
    Alias,
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    Faction,
    FactionMember,
    Location,
    Point,
    TimeSpan,
)
from conflict_events import strategies as ces
from conflict_events.cli._format import format_attribution, format_count, format_span
from conflict_events.model import MODEL_TYPES
from conflict_events.model._display import casualty_reports_html, engagements_html, table_html

D = dt.date


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (Count(low=37, high=None, qualifier="at_least", figure=37), ">=37"),
        (Count.exact(12), "12"),
        (Count(low=10, high=15, qualifier="range"), "10-15"),
        (Count(low=None, high=10**6, qualifier="approximately", figure=10**6), "~1000000"),
        (Count(low=900, high=1100, qualifier="approximately"), "~900-1100"),
        (Count(low=24, high=99, qualifier="vague", text="dozens"), "24-99 (vague)"),
        (Count(low=320, high=None, qualifier="more_than", figure=320), ">320"),
        (Count(low=None, high=50, qualifier="at_most"), "<=50"),
    ],
)
def test_count_str(count: Count, text: str) -> None:
    assert str(count) == text


@settings(max_examples=50, deadline=None)
@given(ces.counts())
def test_count_str_is_the_cli_form(count: Count) -> None:
    assert str(count) == format_count(count)
    assert "\n" not in str(count)


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (TimeSpan.between(D(2024, 11, 27), D(2024, 11, 30)), "2024-11-27..2024-11-30 (interval)"),
        (TimeSpan.on(D(2024, 11, 28)), "2024-11-28 (day)"),
        (TimeSpan.of_month(2024, 2, approximate=True), "~2024-02-01..2024-02-29 (month)"),
    ],
)
def test_timespan_str(span: TimeSpan, text: str) -> None:
    assert str(span) == text
    assert str(span).startswith(format_span(span))


def test_other_str_forms() -> None:
    assert str(Location(name="Aleppo", kind="city", country="SY")) == "Aleppo (city, SY)"
    assert str(Location(name="Idlib countryside", kind="region")) == "Idlib countryside (region)"
    side = Faction(
        lead="actor:hts",
        associates=[
            FactionMember(actor="actor:sna"),
            FactionMember(actor="actor:tr", role="backed_by"),
        ],
    )
    assert str(side) == "actor:hts +actor:sna backed by actor:tr"
    sohr = Attribution(source="actor:sohr", source_name="SOHR", verification="disputed")
    assert str(sohr) == "SOHR [actor:sohr] (reported, disputed)" == format_attribution(sohr)
    figure = CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(28))
    assert str(figure) == "killed / civilians: 28"
    report = CasualtyReport(figures=[figure], attribution=sohr, as_of=TimeSpan.on(D(2024, 1, 2)))
    assert (
        str(report)
        == "killed / civilians: 28, per SOHR [actor:sohr] (reported, disputed), as of 2024-01-02"
    )
    assert str(Point(lat=36.2, lon=-0.1)) == "(36.2, -0.1)"
    assert str(FactionMember(actor="actor:sna")) == "+actor:sna"
    assert str(Alias(name="Rapid\nSupport  Forces")) == "Rapid Support Forces"
    assert (
        str(Alias(name="RSF", acronym=True, valid_until=D(2024, 1, 1)))
        == "RSF (acronym, ..2024-01-01)"
    )
    hts = Actor(id="actor:hts", name="HTS", kind="rebel_group", active_from=D(2017, 1, 28))
    assert str(hts) == "HTS [actor:hts] (rebel_group, 2017-01-28..)"
    assert str(Actor(id="actor:x", name="X", kind="igo")) == "X [actor:x] (igo)"


def _engagement() -> Engagement:
    sohr = Attribution(source="actor:sohr", source_name="<SOHR>")
    figure = CasualtyFigure(outcome="killed", group="total", count=Count.exact(3))
    return Engagement(
        id="engagement:x",
        event_type="battles",
        sub_event_type="armed_clash",
        when=TimeSpan.on(D(2024, 11, 28)),
        location=Location(name="Aleppo", kind="city", country="SY"),
        factions=[Faction(lead="actor:a"), Faction(lead="actor:b")],
        casualties=[CasualtyReport(figures=[figure], attribution=sohr)],
        attributions=[sohr],
        confidence=60,
    )


def test_engagement_str_and_repr() -> None:
    e = _engagement()
    assert (
        str(e) == "armed_clash 2024-11-28 in Aleppo: actor:a vs actor:b (1 figure, confidence 60)"
    )
    assert repr(e).startswith("Engagement(id='engagement:x', event_type=<EventType.BATTLES")


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_str_is_one_line_and_repr_is_attrs(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    assert str(obj)
    assert re.match(rf"{cls.__name__}\(", repr(obj))
    assert "\n" not in str(obj)
    assert str(obj) != repr(obj)  # every class has its own short form


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_pretty_form_rebuilds_the_value(cls: type, data: st.DataObject) -> None:
    # IPython's protocol, as Hypothesis's vendored printer (the one that prints falsifying
    # examples) runs it: the text is the constructor call that gives the value back.
    obj = data.draw(st.from_type(cls))
    text = pretty(obj)
    assert text.startswith(f"{cls.__name__}(")
    assert eval(text, {"datetime": dt, **vars(conflict_events)}) == obj


def test_pretty_form_leaves_defaults_out_and_breaks_long_values() -> None:
    assert pretty(Count.exact(3)) == "Count(low=3, high=3, qualifier='exact', figure=3)"
    lines = pretty(_engagement()).splitlines()
    assert lines[:4] == [
        "Engagement(",
        "    id='engagement:x',",
        "    event_type='battles',",
        "    sub_event_type='armed_clash',",
    ]
    assert lines[-2:] == ["    confidence=60", ")"]
    assert not any(line.lstrip().startswith(("parent=", "tags=", "extras=")) for line in lines)


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.headers: list[str] = []
        self._cell: str | None = None

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = ""
        elif tag == "br" and self._cell is not None:
            self._cell += "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(self._cell)
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell += data


def test_html_table() -> None:
    e = _engagement()
    parser = _Cells()
    parser.feed(e._repr_html_())
    head, row = parser.rows
    assert head[:3] == ["id", "type", "when"]
    cells = dict(zip(head, row, strict=True))
    assert cells["id"] == "engagement:x"
    assert cells["factions"] == "actor:a\nactor:b"
    assert cells["sources"] == "<SOHR> [actor:sohr] (reported)"  # escaped, then read back
    assert "<SOHR>" not in e._repr_html_()
    many = _Cells()
    many.feed(engagements_html([e, e, e]))
    assert len(many.rows) == 4


def test_casualty_reports_table() -> None:
    e = _engagement()
    parser = _Cells()
    parser.feed(e.casualties[0]._repr_html_())
    head, row = parser.rows
    assert head == ["figures", "source", "as of"]
    assert row == ["killed / total: 3", "<SOHR> [actor:sohr] (reported)", ""]
    assert casualty_reports_html(e.casualties) == e.casualties[0]._repr_html_()


def test_table_building_block_escapes_headers_and_cells() -> None:
    parser = _Cells()
    parser.feed(table_html(["a<b", "c"], [[["x & y", "<z>"], []], [[], ["w"]]]))
    assert parser.rows == [["a<b", "c"], ["x & y\n<z>", ""], ["", "w"]]


def test_a_subgroup_of_several_lines_is_shown_on_one() -> None:
    # found by the property above (a drawn subgroup "0\n"): str() is one line
    total = CasualtyFigure(
        outcome="killed", group="total", count=Count(low=5, high=5, qualifier="exact")
    )
    part = CasualtyFigure(
        outcome="killed",
        group="total",
        count=Count(low=2, high=2, qualifier="exact"),
        part_of=0,
        subgroup="women\nand  girls",
    )
    report = CasualtyReport(
        figures=(total, part), attribution=Attribution(source_name="x", claim="reported")
    )
    assert str(report) == "killed / total: 5; killed / total (women and girls): 2, per x (reported)"
