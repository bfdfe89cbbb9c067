"""Extract the records of one of the demo articles the package ships, and print them.

Run: ``python examples/extract_article.py``
"""

from __future__ import annotations

from conflict_events import extract_report
from conflict_events.cli._demo import demo_articles


def main() -> None:
    name, text = demo_articles()[0]
    # The article starts with a dateline ("IDLIB, Syria, May 10, 2023 (Levant Wire) —"), which
    # gives the publication date that anchors "on Monday", "since the weekend"...; pass
    # published=datetime.date(...) for a text without one.
    report = extract_report(text)
    print(
        f"{name}: published {report.anchor} ({report.anchor_source}), source {report.source_name}"
    )
    for warning in report.warnings:
        print("warning:", warning)

    print("\nDates")
    for mention in report.dates:
        span = mention.when
        print(f"  {mention.text!r:24} {span.start} .. {span.end}  ({span.precision.value})")

    print("\nCasualty reports")
    for casualty in report.casualties:
        who = casualty.attribution.source or casualty.attribution.source_name
        for figure in casualty.figures:
            count = figure.count
            print(
                f"  {figure.outcome.value:<9} {figure.group:<16} {count.text!r:<18} "
                f"low={count.low} high={count.high} ({count.qualifier.value}) according to {who}"
            )

    print("\nCandidate engagements")
    for engagement in report.engagements:
        where = engagement.location.name if engagement.location else "?"
        sides = " vs ".join(f.lead for f in engagement.factions) or "?"
        print(
            f"  {engagement.sub_event_type.value if engagement.sub_event_type else '?':<36} "
            f"{engagement.when.start}..{engagement.when.end}  {where:<14} {sides}  "
            f"confidence {engagement.confidence}"
        )

    # Every record serialises through the library's one converter.
    print(f"\nJSON: {len(report.to_json())} characters")


if __name__ == "__main__":
    main()
