"""Whole-output equivalence harness: every extraction output on every text we have, compared
between the working tree and a git revision.

Run before each commit of a refactor:

    python benchmarks/equivalence.py compare --baseline HEAD      # or any revision
    python benchmarks/equivalence.py dump OUT.jsonl                # this tree's outputs only

``compare`` checks the baseline revision out into a temporary git worktree, dumps the outputs
of both trees with this same script (so the two dumps are made by the same code, each importing
its own ``conflict_events``), and prints every text whose outputs differ, with the first
differing keys.  Exit status 0 when they are identical, 1 otherwise.

The texts: the demo articles the package ships, the fixtures and benchmark articles in this
repository, and — when ``../shared/data`` is present — the shared articles, every TempEval-3
document (anchored at its document creation time) and every ACLED note (anchored at its event
date).  A fixture under ``tests/fixtures/texts/<lang>/`` is read with that language's
lexicon, every other text with English's.  The outputs of each text:
``extract_report(text, published=anchor, lexicon=...).to_dict()``, ``find_dates`` (span,
text, resolved span, precision, approximate flag), and for the TempEval-3 gold date expressions ``resolve_date`` in both directions.  Dumps are never committed: those of
the shared texts are derived from data that stays outside the project.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"

_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"")
_BODY = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")
_TIMEX = re.compile(r"<TIMEX3[^>]*>([^<]*)</TIMEX3>")


def texts(root: Path, shared: Path) -> Iterator[tuple[str, str, dt.date]]:
    """Every (key, text, anchor) the harness reads, in a fixed order."""
    for path in sorted((root / "conflict_events" / "data" / "articles").glob("*.txt")):
        stamp = re.search(r"(\d{4}-\d{2}-\d{2})", path.stem)
        anchor = dt.date.fromisoformat(stamp.group(1)) if stamp else dt.date(2024, 11, 30)
        yield f"demo/{path.name}", path.read_text(encoding="utf-8"), anchor
    for path in sorted((root / "tests" / "fixtures" / "texts").glob("**/*.txt")):
        stamp = re.search(r"(\d{4}-\d{2}-\d{2})", path.stem)
        anchor = dt.date.fromisoformat(stamp.group(1)) if stamp else dt.date(2024, 11, 30)
        yield f"fixture/{path.relative_to(root)}", path.read_text(encoding="utf-8"), anchor
    articles = shared / "articles"
    if articles.is_dir():
        for path in sorted(articles.iterdir()):
            if path.suffix in {".txt", ".md"}:
                yield f"shared/{path.name}", path.read_text(encoding="utf-8"), dt.date(2024, 12, 3)
    tempeval = shared / "tempeval3"
    seen: set[str] = set()
    for path in sorted(tempeval.glob("*/*.tml")) if tempeval.is_dir() else []:
        if path.stem in seen:
            continue
        seen.add(path.stem)
        raw = path.read_text(encoding="utf-8")
        dct, body = _DCT.search(raw), _BODY.search(raw)
        if dct is None or body is None:
            continue
        text = html.unescape(_TAG.sub("", body.group(1)))
        yield f"tempeval/{path.stem}", text, dt.date.fromisoformat(dct.group(1)[:10])
    notes = shared / "acled" / "benin-2022.csv"
    if notes.is_file():
        with notes.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                try:
                    anchor = dt.datetime.strptime(row["event_date"], "%d %B %Y").date()
                except ValueError:
                    anchor = dt.date.fromisoformat(row["event_date"][:10])
                yield f"acled/{row['event_id_cnty']}", row["notes"], anchor


def date_expressions(shared: Path) -> Iterator[tuple[str, str, dt.date]]:
    """The TempEval-3 gold TIMEX3 texts with their documents' anchors."""
    tempeval = shared / "tempeval3"
    for path in sorted(tempeval.glob("*/*.tml")) if tempeval.is_dir() else []:
        raw = path.read_text(encoding="utf-8")
        dct, body = _DCT.search(raw), _BODY.search(raw)
        if dct is None or body is None:
            continue
        anchor = dt.date.fromisoformat(dct.group(1)[:10])
        for number, match in enumerate(_TIMEX.finditer(body.group(1))):
            yield (
                f"timex/{path.parent.name}/{path.stem}/{number}",
                html.unescape(match.group(1)),
                anchor,
            )


def _span(span: Any) -> list[Any]:
    return [
        span.start.isoformat(),
        span.end.isoformat(),
        str(span.precision),
        bool(span.approximate),
    ]


def _language(key: str) -> str:
    """The lexicon a text is read with: a fixture's folder names its language."""
    parts = key.split("/")
    if parts[:4] == ["fixture", "tests", "fixtures", "texts"] and len(parts) > 5:
        lexicons = Path(__file__).resolve().parents[1] / "conflict_events" / "data" / "lexicon"
        if (lexicons / parts[4]).is_dir():
            return parts[4]
    return "en"


def _outputs(text: str, anchor: dt.date, language: str = "en") -> dict[str, Any]:
    import conflict_events as ce

    out: dict[str, Any] = {}
    try:
        out["report"] = ce.extract_report(text, published=anchor, lexicon=language).to_dict()
    except Exception as error:  # an error is an output too
        out["report"] = f"{type(error).__name__}: {error}"
    try:
        out["dates"] = [
            [m.start_char, m.end_char, m.text, _span(m.when), getattr(m, "direction", None)]
            for m in ce.find_dates(text, anchor, lexicon=language)
        ]
    except Exception as error:
        out["dates"] = f"{type(error).__name__}: {error}"
    return out


def _resolved(text: str, anchor: dt.date) -> dict[str, Any]:
    import conflict_events as ce

    out: dict[str, Any] = {}
    for direction in ("past", "future"):
        try:
            out[direction] = _span(ce.resolve_date(text, anchor, direction=direction))
        except Exception as error:
            out[direction] = f"{type(error).__name__}: {error}"
    return out


def dump(out: Path, root: Path, shared: Path) -> int:
    """Write one JSON line per text: ``{"key": ..., "outputs": ...}``."""
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for key, text, anchor in texts(root, shared):
            handle.write(
                json.dumps(
                    {"key": key, "outputs": _outputs(text, anchor, _language(key))}, default=str
                )
            )
            handle.write("\n")
            count += 1
        for key, text, anchor in date_expressions(shared):
            handle.write(json.dumps({"key": key, "outputs": _resolved(text, anchor)}, default=str))
            handle.write("\n")
            count += 1
    return count


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return {row["key"]: row["outputs"] for row in map(json.loads, handle)}


def _first_difference(a: Any, b: Any, path: str = "$") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r:.120} != {b!r:.120}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b), key=str):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{index}]")
    return f"{path}: {a!r:.160} != {b!r:.160}"


def _dump_tree(tree: Path, out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(tree))
    subprocess.run(
        [sys.executable, __file__, "dump", str(out), "--texts-root", str(ROOT)],
        check=True,
        env=env,
        cwd=tempfile.gettempdir(),  # so the working tree's package is not found first
    )


def compare(baseline: str, keep: Path | None, limit: int) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        tree = work / "baseline"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), baseline],
            check=True,
        )
        try:
            _dump_tree(tree, work / "baseline.jsonl")
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
            )
        _dump_tree(ROOT, work / "current.jsonl")
        before, after = _load(work / "baseline.jsonl"), _load(work / "current.jsonl")
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for name in ("baseline.jsonl", "current.jsonl"):
                (keep / name).write_bytes((work / name).read_bytes())
    differing = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
    print(f"{len(after)} texts and expressions compared with {baseline}: {len(differing)} differ")
    for key in differing[:limit]:
        print(f"  {key}: {_first_difference(before.get(key), after.get(key))}")
    if len(differing) > limit:
        print(f"  ... and {len(differing) - limit} more (--limit)")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump", help="write this tree's outputs as JSON lines")
    one.add_argument("out", type=Path)
    one.add_argument("--texts-root", type=Path, default=ROOT, help="where the texts are read")
    two = sub.add_parser("compare", help="compare with a git revision")
    two.add_argument("--baseline", default="HEAD")
    two.add_argument("--keep", type=Path, default=None, help="keep both dumps in this folder")
    two.add_argument("--limit", type=int, default=40, help="differences to print")
    args = parser.parse_args()
    if args.command == "dump":
        root = args.texts_root.resolve()
        count = dump(args.out, root, root / ".." / "shared" / "data")
        print(f"{count} outputs written to {args.out}", file=sys.stderr)
        return 0
    return compare(args.baseline, args.keep, args.limit)


if __name__ == "__main__":
    sys.exit(main())
