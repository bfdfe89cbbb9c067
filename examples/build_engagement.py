"""Build a small engagement by hand, print it as JSON, read it back and check the round trip
(and, where jsonschema is installed, the JSON Schema).

The event is invented for this example: a night attack on a checkpoint outside a town, which a
monitoring group and a provincial official report with different death tolls.

    python examples/build_engagement.py
"""

from __future__ import annotations

import datetime as dt

from conflict_events import (
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    Faction,
    FactionMember,
    GeoPrecision,
    Location,
    Point,
    TimeSpan,
)
from conflict_events.io.json import dumps, loads

PUBLISHED = dt.date(2023, 3, 14)  # the article's date: "on Sunday night" is read against it


def build() -> Engagement:
    monitor = Attribution(
        source="actor:example-monitor",
        claim="reported",
        published=PUBLISHED,
        quote="at least seven fighters were killed in the attack on the checkpoint",
    )
    official = Attribution(
        source_name="a provincial security official",
        claim="claimed",
        verification="unverified",
        published=PUBLISHED,
    )
    return Engagement(
        id=Engagement.make_id("example:checkpoint-2023-03-12"),
        event_type="battles",
        sub_event_type="armed_clash",
        when=TimeSpan.on(
            dt.date(2023, 3, 12),
            precision="part_of_day",
            expression="on Sunday night",
            anchor=PUBLISHED,
        ),
        location=Location(
            name="Checkpoint east of Kafr Example",
            kind="site",
            country="SY",
            admin_path=("Idlib Governorate",),
            point=Point(lat=35.93, lon=36.64),
            geo_precision=GeoPrecision.NEAR,
        ),
        factions=(
            Faction(lead="actor:example-rebels"),
            Faction(
                lead="actor:example-army",
                associates=(FactionMember(actor="actor:example-militia", role="allied_with"),),
            ),
        ),
        casualties=(
            CasualtyReport(
                figures=(
                    CasualtyFigure(
                        outcome="killed",
                        group="actor:example-army",
                        count=Count(
                            low=7, high=None, qualifier="at_least", figure=7, text="at least seven"
                        ),
                    ),
                ),
                attribution=monitor,
                as_of=TimeSpan.on(PUBLISHED),
            ),
            CasualtyReport(
                figures=(
                    CasualtyFigure(
                        outcome="killed",
                        group="total",
                        count=Count(low=3, high=3, qualifier="exact", figure=3, text="three"),
                    ),
                    CasualtyFigure(
                        outcome="injured",
                        group="total",
                        count=Count(low=5, high=9, qualifier="range", text="five to nine"),
                    ),
                ),
                attribution=official,
            ),
        ),
        attributions=(monitor, official),
        description="Invented example: a night attack on an army checkpoint.",
        tags=("example",),
        confidence=60,
    )


def main() -> None:
    engagement = build()
    text = dumps(engagement, indent=True)
    print(text)
    again = loads(text, Engagement)
    print(f"round trip equal: {again == engagement}")
    try:  # the test extra installs jsonschema
        from jsonschema import Draft202012Validator
    except ImportError:
        return
    import json

    from conflict_events.io.json import schema

    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    print(f"valid against the JSON Schema: {validator.is_valid(json.loads(text))}")


if __name__ == "__main__":
    main()
