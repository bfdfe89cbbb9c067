"""Unit tests for every field check and cross-field rule of the model, with exact paths."""

from __future__ import annotations

import datetime as dt
import math
import types
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from conflict_events import (
    Actor,
    ActorKind,
    Alias,
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    ClaimKind,
    Count,
    CountQualifier,
    Engagement,
    EventType,
    Faction,
    FactionMember,
    FactionRole,
    GeoPrecision,
    Location,
    LocationKind,
    Outcome,
    Point,
    Precision,
    SubEventType,
    TimeSpan,
    ValidationError,
    Verification,
)
from conflict_events.model import MODEL_TYPES
from conflict_events.model._count import MAX_COUNT

D = dt.date


def problems(make: Callable[[], Any]) -> dict[str, str]:
    """The problems ``make()`` raises, path -> message (several on one path are joined)."""
    with pytest.raises(ValidationError) as info:
        make()
    out: dict[str, str] = {}
    for p in info.value.problems:
        out[p.path] = f"{out[p.path]} / {p.message}" if p.path in out else p.message
    return out


def only(make: Callable[[], Any], path: str, fragment: str = "") -> None:
    """``make()`` raises exactly one problem, at ``path``, whose message contains ``fragment``."""
    found = problems(make)
    assert list(found) == [path], found
    assert fragment in found[path], found


def count(**kw: Any) -> Count:
    return Count(**{"low": 1, "high": 1, "qualifier": "exact", **kw})


def figure(**kw: Any) -> CasualtyFigure:
    return CasualtyFigure(**{"outcome": "killed", "group": "total", "count": Count.exact(3), **kw})


SOHR = Attribution(source="actor:sohr")
DAY = TimeSpan.on(D(2024, 11, 28))


def engagement(**kw: Any) -> Engagement:
    return Engagement(**{"id": "engagement:e1", "event_type": "battles", "when": DAY, **kw})


# -- all classes --------------------------------------------------------------------------
@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
def test_classes_are_frozen_slotted_and_keyword_only(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert all(f.kw_only for f in attrs.fields(cls))


def test_frozen_instance_cannot_change() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DAY.start = D(2000, 1, 1)  # type: ignore[misc]


def test_positional_arguments_are_refused() -> None:
    with pytest.raises(TypeError):
        Point(1.0, 2.0)  # type: ignore[call-arg]


# -- TimeSpan -----------------------------------------------------------------------------
class TestTimeSpan:
    def test_valid_day(self) -> None:
        span = TimeSpan(start=D(2024, 11, 28), end=D(2024, 11, 28), precision="day")
        assert span.precision is Precision.DAY
        assert span.days == 1
        assert not span.approximate
        assert span.expression is None
        assert span.anchor is None

    @pytest.mark.parametrize("field", ["start", "end"])
    def test_dates_must_be_dates(self, field: str) -> None:
        kw: dict[str, Any] = {"start": D(2024, 1, 1), "end": D(2024, 1, 1), field: "2024-01-01"}
        only(lambda: TimeSpan(**kw, precision="day"), f"$.{field}", "must be a datetime.date")

    def test_datetime_is_not_a_date(self) -> None:
        only(
            lambda: TimeSpan(start=dt.datetime(2024, 1, 1), end=D(2024, 1, 1), precision="day"),
            "$.start",
            "datetime.date",
        )

    def test_end_not_before_start(self) -> None:
        only(
            lambda: TimeSpan(start=D(2024, 1, 2), end=D(2024, 1, 1), precision="interval"),
            "$.end",
            "must not be before start (2024-01-02)",
        )

    def test_precision_must_be_known(self) -> None:
        only(
            lambda: TimeSpan(start=D(2024, 1, 1), end=D(2024, 1, 1), precision="fortnight"),
            "$.precision",
            "'fortnight'",
        )

    def test_approximate_must_be_bool(self) -> None:
        only(lambda: TimeSpan.on(D(2024, 1, 1), approximate=1), "$.approximate", "true or false")

    def test_expression_may_be_empty_but_must_be_str(self) -> None:
        assert TimeSpan.on(D(2024, 1, 1), expression="").expression == ""
        only(lambda: TimeSpan.on(D(2024, 1, 1), expression=5), "$.expression", "string")

    def test_anchor_must_be_date(self) -> None:
        only(lambda: TimeSpan.on(D(2024, 1, 1), anchor="2024-01-02"), "$.anchor", "datetime.date")

    @pytest.mark.parametrize(
        ("start", "end", "precision"),
        [
            (D(2024, 1, 1), D(2024, 1, 2), "day"),
            (D(2024, 1, 1), D(2024, 1, 2), "part_of_day"),
            (D(2024, 11, 26), D(2024, 12, 2), "week"),  # a Tuesday
            (D(2024, 11, 25), D(2024, 11, 30), "week"),  # Monday, but six days
            (D(2024, 2, 1), D(2024, 2, 28), "month"),  # 2024 is a leap year
            (D(2024, 2, 2), D(2024, 2, 29), "month"),
            (D(2024, 1, 20), D(2024, 2, 3), "part_of_month"),
            (D(2023, 12, 20), D(2024, 1, 3), "part_of_year"),
            (D(2024, 1, 1), D(2024, 12, 30), "year"),
            (D(2024, 1, 2), D(2024, 12, 31), "year"),
            (D(2011, 1, 1), D(2020, 12, 31), "decade"),
            (D(2010, 1, 1), D(2019, 12, 30), "decade"),
            (D(1901, 1, 1), D(2000, 12, 31), "century"),
            (D(2024, 1, 1), D(2024, 4, 11), "season"),  # 101 days apart
        ],
    )
    def test_shape_rules(self, start: dt.date, end: dt.date, precision: str) -> None:
        only(lambda: TimeSpan(start=start, end=end, precision=precision), "$.precision", precision)

    @pytest.mark.parametrize(
        ("start", "end", "precision"),
        [
            (D(2024, 1, 1), D(2024, 1, 1), "part_of_day"),
            (D(2024, 11, 25), D(2024, 12, 1), "week"),
            (D(2024, 2, 1), D(2024, 2, 29), "month"),
            (D(2024, 1, 1), D(2024, 1, 31), "part_of_month"),
            (D(2024, 1, 1), D(2024, 12, 31), "part_of_year"),
            (D(2024, 1, 1), D(2024, 12, 31), "year"),
            (D(2010, 1, 1), D(2019, 12, 31), "decade"),
            (D(1900, 1, 1), D(1999, 12, 31), "century"),
            (D(2024, 1, 1), D(2024, 4, 10), "season"),  # 100 days apart
            (D(2020, 1, 1), D(2024, 5, 9), "interval"),
        ],
    )
    def test_valid_shapes(self, start: dt.date, end: dt.date, precision: str) -> None:
        assert TimeSpan(start=start, end=end, precision=precision).precision == precision

    def test_shape_not_checked_when_end_before_start(self) -> None:
        only(lambda: TimeSpan(start=D(2024, 1, 2), end=D(2024, 1, 1), precision="week"), "$.end")

    def test_every_problem_at_once(self) -> None:
        found = problems(
            lambda: TimeSpan(start="x", end=None, precision="?", approximate="no", anchor=1)
        )
        assert set(found) == {"$.start", "$.end", "$.precision", "$.approximate", "$.anchor"}

    def test_constructors(self) -> None:
        assert TimeSpan.on(D(2024, 11, 28)).precision is Precision.DAY
        assert TimeSpan.between(D(2024, 11, 27), D(2024, 11, 29)).precision is Precision.INTERVAL
        assert TimeSpan.between(D(2024, 11, 27), D(2024, 11, 27)).precision is Precision.DAY
        week = TimeSpan.of_week(D(2024, 11, 28))
        assert (week.start, week.end) == (D(2024, 11, 25), D(2024, 12, 1))
        assert TimeSpan.of_month(2023, 2).end == D(2023, 2, 28)
        assert TimeSpan.of_year(2016).days == 366
        decade = TimeSpan.of_decade(1987)
        assert (decade.start, decade.end) == (D(1980, 1, 1), D(1989, 12, 31))

    def test_contains_and_overlaps(self) -> None:
        week = TimeSpan.of_week(D(2024, 11, 28))
        assert D(2024, 12, 1) in week
        assert D(2024, 12, 2) not in week
        assert "x" not in week
        assert week.overlaps(TimeSpan.on(D(2024, 12, 1)))
        assert not week.overlaps(TimeSpan.on(D(2024, 12, 2)))

    @pytest.mark.parametrize(
        ("span", "acled", "ucdp"),
        [
            (TimeSpan.on(D(2024, 1, 1)), 1, 1),
            (TimeSpan.between(D(2024, 1, 1), D(2024, 1, 6)), 2, 2),
            (TimeSpan.of_week(D(2024, 1, 1)), 2, 3),
            (TimeSpan.of_month(2024, 1), 3, 4),
            (TimeSpan.of_year(2024), 3, 5),
        ],
    )
    def test_precision_codes(self, span: TimeSpan, acled: int, ucdp: int) -> None:
        assert span.acled_time_precision == acled
        assert span.ucdp_date_prec == ucdp

    def test_from_acled(self) -> None:
        assert TimeSpan.from_acled(D(2024, 11, 28), 1) == TimeSpan.on(D(2024, 11, 28))
        assert TimeSpan.from_acled(D(2024, 11, 28), 2) == TimeSpan.of_week(D(2024, 11, 28))
        assert TimeSpan.from_acled(D(2024, 11, 28), 3) == TimeSpan.of_month(2024, 11)
        with pytest.raises(ValueError, match="time_precision"):
            TimeSpan.from_acled(D(2024, 11, 28), 4)

    def test_from_ucdp(self) -> None:
        assert TimeSpan.from_ucdp(D(2024, 1, 1), D(2024, 1, 1), 1).precision is Precision.DAY
        assert TimeSpan.from_ucdp(D(2024, 1, 1), D(2024, 1, 7), 3).precision is Precision.WEEK
        assert TimeSpan.from_ucdp(D(2024, 1, 1), D(2024, 1, 7), 2).precision is Precision.INTERVAL
        assert TimeSpan.from_ucdp(D(2024, 1, 1), D(2024, 1, 31), 4).precision is Precision.MONTH
        assert TimeSpan.from_ucdp(D(2024, 1, 1), D(2024, 12, 31), 5).precision is Precision.YEAR
        assert TimeSpan.from_ucdp(D(2024, 1, 3), D(2024, 2, 9), 5).precision is Precision.INTERVAL
        with pytest.raises(ValueError, match="date_prec"):
            TimeSpan.from_ucdp(D(2024, 1, 1), D(2024, 1, 1), 6)


# -- Count --------------------------------------------------------------------------------
class TestCount:
    @pytest.mark.parametrize("field", ["low", "high", "figure"])
    def test_numbers_are_non_negative(self, field: str) -> None:
        kw = {"low": 1, "high": 5, "qualifier": "range", field: -1}
        found = problems(lambda: Count(**kw))
        assert "must be >= 0, got -1" in found[f"$.{field}"]

    @pytest.mark.parametrize("field", ["low", "high", "figure"])
    def test_numbers_fit_in_json(self, field: str) -> None:
        assert MAX_COUNT == 2**53 - 1
        assert Count(low=0, high=MAX_COUNT, qualifier="range", figure=MAX_COUNT).high == MAX_COUNT
        kw = {"low": 0, "high": MAX_COUNT, "qualifier": "range", field: MAX_COUNT + 1}
        found = problems(lambda: Count(**kw))
        assert f"must be <= {MAX_COUNT}" in found[f"$.{field}"]

    @pytest.mark.parametrize("bad", [True, 1.0, "1"])
    def test_numbers_are_integers(self, bad: object) -> None:
        only(lambda: Count(low=1, high=1, qualifier="exact", figure=bad), "$.figure", "integer")

    def test_qualifier_must_be_known(self) -> None:
        only(lambda: count(qualifier="roughly"), "$.qualifier", "'roughly'")

    def test_text_may_be_empty_but_must_be_str(self) -> None:
        assert count(text="").text == ""
        only(lambda: count(text=4), "$.text", "string")

    def test_low_not_above_high(self) -> None:
        only(lambda: Count(low=5, high=2, qualifier="range"), "$.high", "must be >= low (5)")

    def test_exact_needs_equal_bounds(self) -> None:
        only(lambda: Count(low=2, high=3, qualifier="exact"), "$.high", "low == high")
        only(lambda: Count(low=2, high=None, qualifier="exact"), "$.high", "low == high")

    @pytest.mark.parametrize("q", ["at_least", "more_than"])
    def test_lower_bounded(self, q: str) -> None:
        assert Count(low=20, high=None, qualifier=q).high is None
        only(lambda: Count(low=None, high=None, qualifier=q), "$.low", "needs a low bound")
        only(lambda: Count(low=2, high=5, qualifier=q), "$.high", "has no high bound")

    def test_at_most(self) -> None:
        assert Count(low=None, high=50, qualifier="at_most").low is None
        only(lambda: Count(low=None, high=None, qualifier="at_most"), "$.high", "needs a high")
        only(lambda: Count(low=1, high=50, qualifier="at_most"), "$.low", "has no low bound")

    def test_approximately(self) -> None:
        assert Count(low=None, high=10**6, qualifier="approximately").high == 10**6
        assert Count(low=45, high=55, qualifier="approximately", figure=50).figure == 50
        only(lambda: Count(low=None, high=None, qualifier="approximately"), "$.low", "one bound")

    def test_range(self) -> None:
        only(lambda: Count(low=None, high=5, qualifier="range"), "$.low", "both bounds")
        only(lambda: Count(low=5, high=None, qualifier="range"), "$.high", "both bounds")

    def test_vague(self) -> None:
        assert Count(low=24, high=99, qualifier="vague").high == 99
        assert Count(low=24, high=None, qualifier="vague").high is None
        only(lambda: Count(low=None, high=99, qualifier="vague"), "$.low", "needs a low bound")

    def test_figure_may_lie_outside_the_bounds(self) -> None:
        assert Count(low=10, high=20, qualifier="range", figure=25).figure == 25

    def test_helpers(self) -> None:
        assert Count.exact(4, text="four") == Count(
            low=4, high=4, qualifier=CountQualifier.EXACT, figure=4, text="four"
        )
        over = Count(low=320, high=None, qualifier="more_than", figure=320)
        assert not over.is_bounded
        assert over.contains(10**6)
        assert not over.contains(3)
        upto = Count(low=None, high=50, qualifier="at_most")
        assert upto.is_bounded
        assert upto.contains(0)
        assert not upto.contains(51)
        assert upto.disjoint(over)
        assert over.disjoint(upto)
        assert not upto.disjoint(Count.exact(50))


# -- Point and Location -------------------------------------------------------------------
class TestPoint:
    def test_ints_become_floats(self) -> None:
        p = Point(lat=36, lon=37)
        assert isinstance(p.lat, float)
        assert p.lat == 36.0

    @pytest.mark.parametrize(
        ("field", "value", "fragment"),
        [
            ("lat", 90.5, "between -90 and 90"),
            ("lat", -91, "between -90 and 90"),
            ("lon", 180.01, "between -180 and 180"),
            ("lon", math.nan, "between -180 and 180"),
            ("lat", math.inf, "between -90 and 90"),
            ("lat", "36.2", "must be a number"),
            ("lon", True, "must be a number"),
            ("lat", None, "must be a number"),
        ],
    )
    def test_range_and_type(self, field: str, value: object, fragment: str) -> None:
        kw: dict[str, Any] = {"lat": 0.0, "lon": 0.0, field: value}
        only(lambda: Point(**kw), f"$.{field}", fragment)

    def test_bounds_are_inclusive(self) -> None:
        assert Point(lat=-90, lon=180).lon == 180.0

    def test_huge_int_is_a_problem_not_a_crash(self) -> None:
        only(lambda: Point(lat=10**400, lon=0), "$.lat", "between -90 and 90")
        only(lambda: Point(lat=0, lon=-(10**400)), "$.lon", "between -180 and 180")


class TestLocation:
    def test_valid(self) -> None:
        loc = Location(
            name="Aleppo",
            kind="city",
            country="SY",
            admin_path=["Aleppo Governorate", "Jebel Saman District"],
            point=Point(lat=36.2, lon=37.16),
            geo_precision=1,
            gazetteer_id="geonames:170063",
        )
        assert loc.kind is LocationKind.CITY
        assert loc.admin_path == ("Aleppo Governorate", "Jebel Saman District")
        assert loc.geo_precision is GeoPrecision.EXACT

    @pytest.mark.parametrize("name", ["", "   ", None, 3])
    def test_name_not_blank(self, name: object) -> None:
        only(lambda: Location(name=name, kind="city"), "$.name")

    def test_kind(self) -> None:
        only(lambda: Location(name="X", kind="hamlet"), "$.kind", "'hamlet'")

    @pytest.mark.parametrize("country", ["sy", "SYR", "S", 1, ""])
    def test_country_code(self, country: object) -> None:
        only(lambda: Location(name="X", kind="city", country=country), "$.country", "ISO 3166")

    def test_admin_path_items(self) -> None:
        only(lambda: Location(name="X", kind="city", admin_path=["A", " "]), "$.admin_path[1]")
        only(lambda: Location(name="X", kind="city", admin_path=["A", 2]), "$.admin_path[1]")
        only(lambda: Location(name="X", kind="city", admin_path="A"), "$.admin_path", "list")

    def test_point_type(self) -> None:
        only(lambda: Location(name="X", kind="city", point=(1.0, 2.0)), "$.point", "Point")

    @pytest.mark.parametrize("value", [0, 8, True, "2", 2.0])
    def test_geo_precision(self, value: object) -> None:
        only(lambda: Location(name="X", kind="city", geo_precision=value), "$.geo_precision")

    def test_gazetteer_id_not_blank(self) -> None:
        only(lambda: Location(name="X", kind="city", gazetteer_id=" "), "$.gazetteer_id")


# -- Alias and Actor ----------------------------------------------------------------------
class TestAlias:
    def test_valid(self) -> None:
        a = Alias(name="HTS", language="en", acronym=True, valid_from=D(2017, 1, 28))
        assert a.valid_on(D(2024, 1, 1))
        assert not a.valid_on(D(2016, 1, 1))

    def test_name(self) -> None:
        only(lambda: Alias(name=""), "$.name", "empty")

    @pytest.mark.parametrize("lang", ["EN", "english", "e", "ar_SY", ""])
    def test_language_tag(self, lang: str) -> None:
        only(lambda: Alias(name="x", language=lang), "$.language")

    @pytest.mark.parametrize("lang", ["ar", "en-GB", "zh-Hant-TW", "apc"])
    def test_language_tag_ok(self, lang: str) -> None:
        assert Alias(name="x", language=lang).language == lang

    def test_validity_order(self) -> None:
        only(
            lambda: Alias(name="x", valid_from=D(2020, 1, 2), valid_until=D(2020, 1, 1)),
            "$.valid_until",
            "valid_from (2020-01-02)",
        )
        assert Alias(name="x", valid_from=D(2020, 1, 1), valid_until=D(2020, 1, 1)).valid_on(
            D(2020, 1, 1)
        )

    def test_dates_and_flag_types(self) -> None:
        found = problems(lambda: Alias(name="x", valid_from="2020", valid_until=1, acronym="y"))
        assert set(found) == {"$.valid_from", "$.valid_until", "$.acronym"}


class TestActor:
    def actor(self, **kw: Any) -> Actor:
        return Actor(
            **{"id": "actor:hts", "name": "Hay'at Tahrir al-Sham", "kind": "rebel_group", **kw}
        )

    def test_valid(self) -> None:
        a = self.actor(
            country="SY",
            aliases=[
                Alias(name="HTS", acronym=True),
                Alias(name="JFS", valid_until=D(2017, 1, 27)),
            ],
            predecessors=["actor:jfs"],
            active_from=D(2017, 1, 28),
        )
        assert a.kind is ActorKind.REBEL_GROUP
        assert a.names() == ("Hay'at Tahrir al-Sham", "HTS", "JFS")
        assert a.names(on=D(2020, 1, 1)) == ("Hay'at Tahrir al-Sham", "HTS")

    @pytest.mark.parametrize("bad", ["hts", "Actor:hts", "actor:", "actor: hts", "actor:-x", ""])
    def test_id(self, bad: str) -> None:
        only(lambda: self.actor(id=bad), "$.id")

    @pytest.mark.parametrize("good", ["actor:hts", "acled-actor:123", "ucdp:side_a/1", "x:A.b~c:d"])
    def test_id_ok(self, good: str) -> None:
        assert self.actor(id=good).id == good

    def test_name_kind_country(self) -> None:
        found = problems(lambda: self.actor(name=" ", kind="gang", country="Syria"))
        assert set(found) == {"$.name", "$.kind", "$.country"}

    def test_aliases_items(self) -> None:
        only(lambda: self.actor(aliases=[3]), "$.aliases[0]", "must be an Alias, got 3")
        only(lambda: self.actor(aliases=[" "]), "$.aliases[0]", "must be an Alias, got ' '")

    def test_a_plain_string_alias_is_an_alias_of_that_name(self) -> None:
        actor = self.actor(aliases=["RSF", Alias(name="Janjaweed", language="en")])
        assert actor.aliases == (Alias(name="RSF"), Alias(name="Janjaweed", language="en"))
        assert actor == self.actor(aliases=(Alias(name="RSF"), actor.aliases[1]))

    @pytest.mark.parametrize("field", ["predecessors", "successors"])
    def test_lineage(self, field: str) -> None:
        only(lambda: self.actor(**{field: ["actor:hts"]}), f"$.{field}", "its own")
        only(lambda: self.actor(**{field: ["actor:a", "actor:a"]}), f"$.{field}", "twice")
        only(lambda: self.actor(**{field: ["actor:a", "nusra"]}), f"$.{field}[1]", "an id")
        only(lambda: self.actor(**{field: "actor:a"}), f"$.{field}", "must be a list")

    def test_lineage_sides_are_disjoint(self) -> None:
        only(
            lambda: self.actor(predecessors=["actor:a"], successors=["actor:a"]),
            "$.successors",
            "both predecessor and successor",
        )

    def test_activity_order(self) -> None:
        only(
            lambda: self.actor(active_from=D(2020, 1, 1), active_until=D(2019, 1, 1)),
            "$.active_until",
        )
        only(lambda: self.actor(active_from="2020-01-01"), "$.active_from")

    def test_description(self) -> None:
        assert self.actor(description="").description == ""
        only(lambda: self.actor(description=1), "$.description")


# -- Faction ------------------------------------------------------------------------------
class TestFaction:
    def test_member_default_role(self) -> None:
        assert FactionMember(actor="actor:sna").role is FactionRole.ALLIED_WITH

    def test_member_checks(self) -> None:
        found = problems(lambda: FactionMember(actor="sna", role="friend"))
        assert set(found) == {"$.actor", "$.role"}

    def test_valid(self) -> None:
        f = Faction(
            lead="actor:sy-army",
            associates=[FactionMember(actor="actor:ru-af", role="backed_by")],
            name="Syrian government forces",
        )
        assert f.actor_ids == ("actor:sy-army", "actor:ru-af")

    def test_lead(self) -> None:
        only(lambda: Faction(lead="army"), "$.lead")

    def test_associate_is_not_the_lead(self) -> None:
        only(
            lambda: Faction(lead="actor:a", associates=[FactionMember(actor="actor:a")]),
            "$.associates[0].actor",
            "lead actor",
        )

    def test_associates_unique(self) -> None:
        m = FactionMember(actor="actor:b")
        only(
            lambda: Faction(
                lead="actor:a", associates=[m, FactionMember(actor="actor:b", role="backed_by")]
            ),
            "$.associates",
            "'actor:b' twice",
        )

    def test_associates_type(self) -> None:
        only(lambda: Faction(lead="actor:a", associates=["actor:b"]), "$.associates[0]")

    def test_name(self) -> None:
        only(lambda: Faction(lead="actor:a", name=""), "$.name")


# -- Attribution, CasualtyFigure, CasualtyReport ------------------------------------------
class TestAttribution:
    def test_defaults(self) -> None:
        a = Attribution(source_name="activists")
        assert a.claim is ClaimKind.REPORTED
        assert a.verification is Verification.UNVERIFIED

    def test_needs_a_source(self) -> None:
        only(lambda: Attribution(), "$.source", "source id or a source_name")

    def test_source_id(self) -> None:
        only(lambda: Attribution(source="SOHR"), "$.source", "an id")

    def test_source_name(self) -> None:
        only(lambda: Attribution(source="actor:a", source_name=" "), "$.source_name")

    def test_enums(self) -> None:
        found = problems(lambda: Attribution(source="actor:a", claim="said", verification="?"))
        assert set(found) == {"$.claim", "$.verification"}

    def test_quote_and_published(self) -> None:
        found = problems(lambda: Attribution(source="actor:a", quote="", published="2024-11-28"))
        assert set(found) == {"$.quote", "$.published"}

    @pytest.mark.parametrize("url", ["ftp://x", "www.example.org", "https://a b", ""])
    def test_url(self, url: str) -> None:
        only(lambda: Attribution(source="actor:a", url=url), "$.url")

    def test_url_ok(self) -> None:
        a = Attribution(source="actor:a", url="https://example.org/news?id=1")
        assert a.url is not None


class TestCasualties:
    @pytest.mark.parametrize(
        "group", ["total", "civilians", "combatants", "actor:hts", "faction:1"]
    )
    def test_group_ok(self, group: str) -> None:
        assert figure(group=group).key == (Outcome.KILLED, group)

    @pytest.mark.parametrize("group", ["Total", "soldiers", "", 1])
    def test_group(self, group: object) -> None:
        only(lambda: figure(group=group), "$.group")

    def test_outcome_and_count(self) -> None:
        found = problems(lambda: figure(outcome="dead", count=3))
        assert set(found) == {"$.outcome", "$.count"}

    def test_report_valid(self) -> None:
        r = CasualtyReport(
            figures=[figure(), figure(group="civilians", count=Count.exact(28))],
            attribution=SOHR,
            as_of=DAY,
        )
        assert r.figure("killed", "civilians") is r.figures[1]
        assert r.figure(Outcome.INJURED) is None

    def test_report_needs_a_figure(self) -> None:
        only(lambda: CasualtyReport(figures=[], attribution=SOHR), "$.figures", "at least one")

    def test_report_one_figure_per_key(self) -> None:
        only(
            lambda: CasualtyReport(figures=[figure(), figure()], attribution=SOHR),
            "$.figures",
            "killed / total",
        )

    def test_report_types(self) -> None:
        found = problems(
            lambda: CasualtyReport(figures=[figure(), "x"], attribution="sohr", as_of="today")
        )
        assert set(found) == {"$.figures[1]", "$.attribution", "$.as_of"}

    def test_report_needs_attribution(self) -> None:
        with pytest.raises(TypeError):
            CasualtyReport(figures=[figure()])  # type: ignore[call-arg]


# -- Engagement ---------------------------------------------------------------------------
class TestEngagement:
    def test_minimal(self) -> None:
        e = engagement()
        assert e.sub_event_type is None
        assert e.factions == ()
        assert e.extras == {}

    def test_id(self) -> None:
        only(lambda: engagement(id="e1"), "$.id")

    def test_event_types(self) -> None:
        found = problems(lambda: engagement(event_type="war", sub_event_type="skirmish"))
        assert set(found) == {"$.event_type", "$.sub_event_type"}

    def test_sub_event_type_belongs_to_event_type(self) -> None:
        only(
            lambda: engagement(event_type="battles", sub_event_type="air_drone_strike"),
            "$.sub_event_type",
            "belongs to event type 'explosions_remote_violence'",
        )

    def test_when_and_location_types(self) -> None:
        found = problems(lambda: engagement(when=D(2024, 1, 1), location="Aleppo"))
        assert set(found) == {"$.when", "$.location"}

    def test_factions_have_distinct_leads(self) -> None:
        only(
            lambda: engagement(factions=[Faction(lead="actor:a"), Faction(lead="actor:a")]),
            "$.factions",
            "two factions are led by 'actor:a'",
        )

    def test_list_items(self) -> None:
        found = problems(
            lambda: engagement(factions=["actor:a"], casualties=[SOHR], attributions=[DAY])
        )
        assert set(found) == {"$.factions[0]", "$.casualties[0]", "$.attributions[0]"}

    def test_parent(self) -> None:
        only(lambda: engagement(parent="offensive"), "$.parent", "an id")
        only(lambda: engagement(parent="engagement:e1"), "$.parent", "its own parent")
        assert engagement(parent="campaign:idlib-2024").parent == "campaign:idlib-2024"

    def test_description_and_tags(self) -> None:
        assert engagement(description="").description == ""
        found = problems(lambda: engagement(description=3, tags=["ok", ""]))
        assert set(found) == {"$.description", "$.tags[1]"}

    @pytest.mark.parametrize("value", [-1, 101, True, 50.0])
    def test_confidence(self, value: object) -> None:
        only(lambda: engagement(confidence=value), "$.confidence")

    def test_confidence_bounds_inclusive(self) -> None:
        assert engagement(confidence=0).confidence == 0
        assert engagement(confidence=100).confidence == 100

    def test_extras(self) -> None:
        assert engagement(extras=types.MappingProxyType({"iso": "760"})).extras == {"iso": "760"}
        only(lambda: engagement(extras=[("a", "b")]), "$.extras", "mapping")
        only(lambda: engagement(extras={"": "x"}), "$.extras['']")
        only(lambda: engagement(extras={"n": 1}), "$.extras['n']")
        only(lambda: engagement(extras={2: "x"}), "$.extras[2]")

    def test_extras_do_not_affect_hash(self) -> None:
        assert hash(engagement(extras={"a": "1"})) == hash(engagement())
        assert engagement(extras={"a": "1"}) != engagement()

    def test_nested_errors_raise_at_construction(self) -> None:
        # Nested objects validate themselves, so an Engagement never holds an invalid part.
        only(lambda: Count(low=3, high=1, qualifier="range"), "$.high")

    def test_make_id_is_stable(self) -> None:
        a = Engagement.make_id("acled:BEN892")
        assert a == Engagement.make_id("acled:BEN892") != Engagement.make_id("acled:BEN893")
        assert engagement(id=a).id == a

    def test_actor_ids(self) -> None:
        e = engagement(
            factions=[
                Faction(lead="actor:a", associates=[FactionMember(actor="actor:b")]),
                Faction(lead="actor:c"),
            ]
        )
        assert e.actor_ids == ("actor:a", "actor:b", "actor:c")


# -- vocabularies -------------------------------------------------------------------------
class TestVocabularies:
    def test_acled_inter(self) -> None:
        coded = {k: k.acled_inter for k in ActorKind if k.acled_inter is not None}
        assert sorted(set(coded.values())) == list(range(1, 9))
        for kind, code in coded.items():
            assert ActorKind.from_acled_inter(code) is kind or kind is ActorKind.GOVERNMENT
        # ACLED codes governments with their forces (inter 1); code 1 reads as state forces
        assert ActorKind.GOVERNMENT.acled_inter == 1
        assert ActorKind.from_acled_inter(1) is ActorKind.STATE_FORCE
        with pytest.raises(ValueError, match="1-8"):
            ActorKind.from_acled_inter(9)

    def test_event_type_labels(self) -> None:
        for et in EventType:
            assert EventType.from_acled_label(et.acled_label) is et
        with pytest.raises(ValueError, match="'Battle'"):
            EventType.from_acled_label("Battle")

    def test_sub_event_types(self) -> None:
        assert len(SubEventType) == 25
        for sub in SubEventType:
            assert SubEventType.from_acled_label(sub.acled_label) is sub
            assert isinstance(sub.event_type, EventType)
        assert SubEventType.ARMED_CLASH.plover == "FIGHT"
        assert SubEventType.PEACEFUL_PROTEST.plover == "PROTEST"
        assert SubEventType.OTHER.plover is None
        with pytest.raises(ValueError, match="not an ACLED sub-event type"):
            SubEventType.from_acled_label("Clash")

    def test_every_event_type_has_a_sub_event_type(self) -> None:
        assert {s.event_type for s in SubEventType} == set(EventType)

    def test_geo_precision(self) -> None:
        assert [g.value for g in GeoPrecision] == list(range(1, 8))
        assert [g.acled for g in GeoPrecision] == [1, 2, 3, 3, 3, 3, 3]
        for code in (1, 2, 3):
            assert GeoPrecision.from_acled(code).acled == code
        with pytest.raises(ValueError, match="1, 2 or 3"):
            GeoPrecision.from_acled(4)

    def test_precision_order_is_finest_first(self) -> None:
        assert list(Precision)[:2] == [Precision.PART_OF_DAY, Precision.DAY]
        assert list(Precision)[-1] is Precision.CENTURY
