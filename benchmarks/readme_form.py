"""The README's form of a call against the explicit one (issue 15, item 5): ``extract_report(text,
published=...)`` with no registry or gazetteer passed, against the same call with
``ActorRegistry.default()`` and ``Gazetteer.default()`` passed, on the English answer-keyed
articles (tests/fixtures/texts/en), each made a new text per pass.  Prints milliseconds of CPU
per article for each form (best of ``--repeat`` passes, measured interleaved in one run) and
their ratio against the target of 1.3.

Run from the repository root: ``python benchmarks/readme_form.py [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tree this script belongs to, not an installed copy

import conflict_events as ce  # noqa: E402

TARGET = 1.3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests/fixtures/texts/en").glob("*.txt"))
    ]
    anchor = dt.date(2024, 11, 30)
    registry, gazetteer = ce.ActorRegistry.default(), ce.Gazetteer.default()

    def readme(text: str) -> object:
        return ce.extract_report(text, published=anchor)

    def explicit(text: str) -> object:
        return ce.extract_report(text, published=anchor, registry=registry, gazetteer=gazetteer)

    best = {readme: float("inf"), explicit: float("inf")}
    for form in best:  # warm up: imports, grammars, the default registry and gazetteer
        for text in texts:
            form(text)
    for k in range(args.repeat):
        for form in best:  # interleaved, so a change in load hits both alike
            started = time.process_time()
            for i, text in enumerate(texts):
                form(f"{text}\nReference {k}-{i}.")  # a new text: no cache keyed by it helps
            best[form] = min(best[form], time.process_time() - started)
    ms = {run: best[run] / len(texts) * 1e3 for run in best}
    ratio = ms[readme] / ms[explicit]
    print(f"README form (no registry, no gazetteer)   {ms[readme]:6.2f} ms CPU per article")
    print(f"explicit registry and gazetteer           {ms[explicit]:6.2f} ms CPU per article")
    verdict = "met" if ratio <= TARGET else "NOT met"
    print(f"ratio {ratio:.2f} (target at most {TARGET}: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
