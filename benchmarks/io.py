"""Reading and serialisation speed, as ratios against the usual baselines, in one run.

1. ACLED and UCDP CSV read into validated engagements, next to ``csv.DictReader`` and
   ``pandas.read_csv`` (all columns as untyped strings) of the same file, in rows per second.
2. JSON round trip (``dumps`` then ``loads``) of the same engagements, next to an equivalent
   pydantic v2 model (same fields, types, enums, forbidden extra keys and the main cross-field
   checks) and an equivalent msgspec Struct (types only: msgspec has no validators).

The input is the shared sample files (../shared/data) repeated to about 100,000 rows, so the
intern tables see the repetition a real export has; without the shared data the script says so
and exits.  A second line per format reads the sample's distinct rows once, so that no row
repeats (the slow end: every intern table cold).  Run: ``python benchmarks/io.py [--rows N]``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import msgspec
import pandas
import pydantic

from conflict_events import (
    ClaimKind,
    CountQualifier,
    Engagement,
    EventType,
    FactionRole,
    LocationKind,
    Outcome,
    Precision,
    SubEventType,
    Verification,
)
from conflict_events.io import acled, ucdp
from conflict_events.io.json import dumps, loads

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    """The best of ``repeat`` wall-clock timings of ``fn`` (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _repeat_file(source: Path, rows: int, target: Path) -> int:
    text = source.read_text(encoding="utf-8")
    header, body = text.split("\n", 1)
    per_copy = sum(1 for _ in csv.reader(body.splitlines(keepends=True)))
    copies = max(1, rows // per_copy)
    target.write_text(header + "\n" + body * copies, encoding="utf-8")
    return per_copy * copies


def _count(it: Any) -> int:
    return sum(1 for _ in it)


def bench_csv(name: str, source: Path, reader: Callable[[Path], Any], rows: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / source.name
        n = _repeat_file(source, rows, path)

        def dict_reader() -> int:
            with open(path, newline="", encoding="utf-8") as fh:
                return _count(csv.DictReader(fh))

        timings = {
            f"conflict_events.io.{name}.read (validated engagements)": _best(
                lambda: _count(reader(path))
            ),
            "csv.DictReader (dicts of strings)": _best(dict_reader),
            "pandas.read_csv(dtype=str) (untyped)": _best(
                lambda: pandas.read_csv(path, dtype=str, keep_default_na=False)
            ),
        }
    ours = next(iter(timings.values()))
    print(f"\n{name.upper()} CSV, {n:,} rows")
    for label, seconds in timings.items():
        print(f"  {label:58s} {n / seconds:>10,.0f} rows/s   x{ours / seconds:5.2f} of ours")
    # The repeated file lets the reader's intern tables hit on every row after the first copy;
    # a single pass over the sample's distinct rows shows the other end: every table cold.
    unique = sum(1 for _ in csv.reader(source.read_text(encoding="utf-8").splitlines()[1:]))
    cold = _best(lambda: _count(reader(source)))
    print(
        f"  {'same reader, one pass over the ' + format(unique, ',') + ' distinct rows (cold)':58s}"
        f" {unique / cold:>10,.0f} rows/s"
    )


# -- equivalent pydantic v2 and msgspec models ------------------------------------------------
_P = pydantic.ConfigDict(extra="forbid", frozen=True, strict=True)


class PTimeSpan(pydantic.BaseModel):
    model_config = _P
    start: dt.date
    end: dt.date
    precision: Precision
    approximate: bool = False
    expression: str | None = None
    anchor: dt.date | None = None

    @pydantic.model_validator(mode="after")
    def _order(self) -> PTimeSpan:
        if self.start > self.end:
            raise ValueError("end before start")
        return self


class PCount(pydantic.BaseModel):
    model_config = _P
    low: pydantic.NonNegativeInt | None
    high: pydantic.NonNegativeInt | None
    qualifier: CountQualifier
    figure: pydantic.NonNegativeInt | None = None
    text: str | None = None

    @pydantic.model_validator(mode="after")
    def _bounds(self) -> PCount:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError("high below low")
        return self


class PPoint(pydantic.BaseModel):
    model_config = _P
    lat: float = pydantic.Field(ge=-90, le=90)
    lon: float = pydantic.Field(ge=-180, le=180)


class PLocation(pydantic.BaseModel):
    model_config = _P
    name: str = pydantic.Field(min_length=1)
    kind: LocationKind
    country: str | None = pydantic.Field(default=None, pattern=r"^[A-Z]{2}$")
    admin_path: tuple[str, ...] = ()
    point: PPoint | None = None
    geo_precision: Literal[1, 2, 3, 4, 5, 6, 7] | None = None
    gazetteer_id: str | None = None


_ID = r"^[a-z][a-z0-9_-]*:[A-Za-z0-9][A-Za-z0-9._:/~-]*$"


class PMember(pydantic.BaseModel):
    model_config = _P
    actor: str = pydantic.Field(pattern=_ID)
    role: FactionRole = FactionRole.ALLIED_WITH


class PFaction(pydantic.BaseModel):
    model_config = _P
    lead: str = pydantic.Field(pattern=_ID)
    associates: tuple[PMember, ...] = ()
    name: str | None = None


class PAttribution(pydantic.BaseModel):
    model_config = _P
    source: str | None = pydantic.Field(default=None, pattern=_ID)
    source_name: str | None = None
    claim: ClaimKind = ClaimKind.REPORTED
    verification: Verification = Verification.UNVERIFIED
    quote: str | None = None
    published: dt.date | None = None
    url: str | None = None


class PFigure(pydantic.BaseModel):
    model_config = _P
    outcome: Outcome
    group: str
    count: PCount


class PReport(pydantic.BaseModel):
    model_config = _P
    figures: tuple[PFigure, ...] = pydantic.Field(min_length=1)
    attribution: PAttribution
    as_of: PTimeSpan | None = None


class PEngagement(pydantic.BaseModel):
    model_config = _P
    id: str = pydantic.Field(pattern=_ID)
    event_type: EventType
    sub_event_type: SubEventType | None = None
    when: PTimeSpan
    location: PLocation | None = None
    factions: tuple[PFaction, ...] = ()
    casualties: tuple[PReport, ...] = ()
    attributions: tuple[PAttribution, ...] = ()
    parent: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    confidence: int | None = pydantic.Field(default=None, ge=0, le=100)
    extras: dict[str, str] = pydantic.Field(default_factory=dict)


class MTimeSpan(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    start: dt.date
    end: dt.date
    precision: Precision
    approximate: bool = False
    expression: str | None = None
    anchor: dt.date | None = None


class MCount(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    low: int | None
    high: int | None
    qualifier: CountQualifier
    figure: int | None = None
    text: str | None = None


class MPoint(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    lat: float
    lon: float


class MLocation(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    name: str
    kind: LocationKind
    country: str | None = None
    admin_path: tuple[str, ...] = ()
    point: MPoint | None = None
    geo_precision: int | None = None
    gazetteer_id: str | None = None


class MMember(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    actor: str
    role: FactionRole = FactionRole.ALLIED_WITH


class MFaction(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    lead: str
    associates: tuple[MMember, ...] = ()
    name: str | None = None


class MAttribution(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    source: str | None = None
    source_name: str | None = None
    claim: ClaimKind = ClaimKind.REPORTED
    verification: Verification = Verification.UNVERIFIED
    quote: str | None = None
    published: dt.date | None = None
    url: str | None = None


class MFigure(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    outcome: Outcome
    group: str
    count: MCount


class MReport(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    figures: tuple[MFigure, ...]
    attribution: MAttribution
    as_of: MTimeSpan | None = None


class MEngagement(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    event_type: EventType
    when: MTimeSpan
    sub_event_type: SubEventType | None = None
    location: MLocation | None = None
    factions: tuple[MFaction, ...] = ()
    casualties: tuple[MReport, ...] = ()
    attributions: tuple[MAttribution, ...] = ()
    parent: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    confidence: int | None = None
    extras: dict[str, str] = {}  # msgspec copies mutable defaults


def bench_json(engagements: list[Engagement]) -> None:
    n = len(engagements)
    texts = [dumps(e) for e in engagements]
    pyd = [PEngagement.model_validate_json(t.replace(',"schema_version":"1.0"', "")) for t in texts]
    mss = [
        msgspec.json.decode(t.replace(',"schema_version":"1.0"', ""), type=MEngagement)
        for t in texts
    ]
    assert [loads(t, Engagement) for t in texts] == engagements
    encoder, decoder = msgspec.json.Encoder(), msgspec.json.Decoder(MEngagement)

    def ours() -> None:
        for e in engagements:
            loads(dumps(e), Engagement)

    def pydantic_v2() -> None:
        for p in pyd:
            PEngagement.model_validate_json(p.model_dump_json())

    def msgspec_struct() -> None:
        for m in mss:
            decoder.decode(encoder.encode(m))

    timings = {
        "conflict_events.io.json dumps + loads (attrs + cattrs)": _best(ours),
        "pydantic v2 model_dump_json + model_validate_json": _best(pydantic_v2),
        "msgspec Struct encode + decode (no validators)": _best(msgspec_struct),
    }
    first = next(iter(timings.values()))
    print(f"\nJSON round trip, {n:,} engagements")
    for label, seconds in timings.items():
        print(f"  {label:58s} {n / seconds:>10,.0f} /s   x{first / seconds:5.2f} of ours")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows per CSV benchmark")
    args = parser.parse_args()
    acled_file = SHARED / "acled" / "benin-2022.csv"
    ucdp_file = SHARED / "ucdp" / "ged-sample.csv"
    if not (acled_file.is_file() and ucdp_file.is_file()):
        print(f"shared data not found under {SHARED}; nothing to measure")
        sys.exit(0)
    print("x = speed relative to conflict_events (above 1: faster than ours)")
    bench_csv("acled", acled_file, acled.read, args.rows)
    bench_csv("ucdp", ucdp_file, ucdp.read, args.rows)
    engagements = [*acled.read(acled_file), *ucdp.read(ucdp_file)]
    bench_json(engagements * max(1, args.rows // 10 // len(engagements)))


if __name__ == "__main__":
    main()
