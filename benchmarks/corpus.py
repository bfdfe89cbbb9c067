"""Corpus throughput: ``extract_many`` at 1 and 2 jobs, the cost of the flat tables, cold start.

Run: ``python benchmarks/corpus.py [--articles N] [--rounds R] [--no-cold-start]``

* The corpus: every TempEval-3 document (``../shared/data/tempeval3``, when present) and the
  project's own texts (demo articles, ``tests/fixtures/texts``), each also with its paragraphs
  in reverse order, so that no two articles are the same text and caches keyed by the text do
  not help; 1,000 articles by default (the list is cycled with a numbered reference line),
  enough that the pool's start-up is amortised.
* (a) articles per second of wall time for ``extract_many(jobs=1)`` and ``jobs=2`` (passes
  alternated, best of ``--rounds``), and their ratio (the target: 2 jobs at least 1.6x one job
  on a quiet 2-core machine), with the load average before and after.  A loaded machine
  cannot show the ratio in wall time, so the CPU time of every pass is measured too (this
  process's and its reaped workers'): ``2 x CPU(1 job) / CPU(2 jobs)`` is the ratio a quiet
  2-core machine would show (the work the second job adds: pickling reports, the parent's
  ordering, start-up).  The script says when the machine is loaded.
* (b) the flat tables: the time to turn the reports into all six tables' rows, as a share of
  the extraction time (target: at most 10%).
* (c) cold start: ``benchmarks/cold_start.py`` (target: the first ``extract_report`` of a
  new process under 0.5 s with the caches present).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import re
import resource
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"")
_BODY = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


def corpus(size: int) -> list[object]:
    from conflict_events.corpus import Article

    base: list[tuple[str, str, dt.date]] = []
    for path in sorted((SHARED / "tempeval3").glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct, body = _DCT.search(raw), _BODY.search(raw)
        if dct and body:
            text = html.unescape(_TAG.sub("", body.group(1)))
            base.append((path.stem, text, dt.date.fromisoformat(dct.group(1)[:10])))
    own = sorted((ROOT / "conflict_events" / "data" / "articles").glob("*.txt"))
    own += sorted((ROOT / "tests" / "fixtures" / "texts").glob("**/*.txt"))
    base.extend((p.stem, p.read_text(encoding="utf-8"), dt.date(2024, 11, 30)) for p in own)
    variants: list[tuple[str, str, dt.date]] = []
    for key, text, anchor in base:
        variants.append((key, text, anchor))
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        variants.append((key + "~r", "\n\n".join(reversed(paragraphs)), anchor))
    articles = []
    for n in range(max(size, len(variants))):
        key, text, anchor = variants[n % len(variants)]
        if n >= len(variants):
            text = f"{text}\n\nReference {n}."
        articles.append(Article(id=f"{key}#{n}", text=text, published=anchor))
    return articles


class Run(NamedTuple):
    """One pass of ``extract_many`` over the corpus: wall seconds, and CPU seconds of this
    process and of the worker processes (reaped by the end of the pass)."""

    wall: float
    cpu_parent: float
    cpu_workers: float

    @property
    def cpu(self) -> float:
        return self.cpu_parent + self.cpu_workers


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(articles: list[object], jobs: int) -> tuple[Run, list[object]]:
    from conflict_events.corpus import extract_many

    wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    reports = list(extract_many(articles, jobs=jobs, lenient=True, errors=[]))  # type: ignore[arg-type]
    run = Run(time.perf_counter() - wall, time.process_time() - cpu, _children_cpu() - children)
    return run, reports


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2, help="passes per job count (best kept)")
    parser.add_argument("--no-cold-start", action="store_true", help="skip (c)")
    args = parser.parse_args()
    from conflict_events.tables import TABLES, rows

    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles) / len(articles)  # type: ignore[attr-defined]
    cores = os.cpu_count() or 1
    print(f"corpus: {len(articles)} distinct articles, {words:.0f} words on average; {cores} cores")
    timed(articles[:20], 2)  # the parent's registry, gazetteer and grammars built once
    load = _load()
    one: list[Run] = []
    two: list[Run] = []
    reports: list[object] = []
    for _ in range(max(1, args.rounds)):  # alternated, so that a change of load hits both
        run, reports = timed(articles, 1)
        one.append(run)
        two.append(timed(articles, 2)[0])
    load_after = _load()
    best_one = min(one, key=lambda r: r.wall)
    best_two = min(two, key=lambda r: r.wall)
    n = len(articles)
    wall_ratio = best_one.wall / best_two.wall
    # On a quiet machine with ``jobs`` cores the 2-job pass takes its CPU time spread over
    # both cores: the ratio that CPU times predict, whatever else runs now.
    cpu_one = min(r.cpu for r in one)
    cpu_two = min(r.cpu for r in two)
    cpu_ratio = 2 * cpu_one / cpu_two
    print(
        f"(a) extract_many: 1 job {n / best_one.wall:.1f} articles/s, "
        f"2 jobs {n / best_two.wall:.1f} articles/s (wall, best of {len(one)})"
    )
    print(
        f"    wall ratio {wall_ratio:.2f}x (target >= 1.6x on a quiet 2-core machine); "
        f"load average {load:.2f} before, {load_after:.2f} after"
    )
    print(
        f"    CPU per article: 1 job {1000 * cpu_one / n:.1f} ms, 2 jobs {1000 * cpu_two / n:.1f} ms"
        f" ({1000 * min(r.cpu_parent for r in two) / n:.1f} ms of it in the parent); "
        f"ratio on a quiet machine, from CPU times: {cpu_ratio:.2f}x"
    )
    # Loaded: before the run, other work held about a core (the run's own processes count in
    # the load after it).
    if load >= cores - 1:
        print(
            f"    the machine is loaded (load {load:.2f} on {cores} cores): "
            "2 jobs cannot get 2 free cores, so the wall ratio understates; "
            "read the CPU-time ratio"
        )
    start = time.perf_counter()
    count = sum(1 for name in TABLES for _ in rows(reports, name))  # type: ignore[arg-type]
    tables = time.perf_counter() - start
    print(
        f"(b) flat tables: {count} rows of {len(TABLES)} tables in {tables:.3f} s, "
        f"{100 * tables / best_one.wall:.1f}% of the 1-job extraction time (target <= 10%)"
    )
    if not args.no_cold_start:
        print("(c) cold start (benchmarks/cold_start.py --runs 5 --cold-runs 0):")
        sys.stdout.flush()
        import cold_start

        cold_start.main(["--runs", "5", "--cold-runs", "0"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
