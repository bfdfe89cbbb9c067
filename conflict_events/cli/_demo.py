"""``conflict-events demo``: the extractor on the three example articles the package ships.

The articles (``conflict_events/data/articles/*.txt``) are invented reports of one week of
fighting in southern Idlib, written for this demo; each starts with a dateline that gives its
outlet and publication date.  They disagree on tolls and dates, as real reports do, so the
demo ends with the reconciled estimates.
"""

from __future__ import annotations

from importlib import resources

import click

from conflict_events.cli._extract import FORMATS, print_reports

__all__ = ["COMMANDS", "demo", "demo_articles"]


def demo_articles() -> list[tuple[str, str]]:
    """The shipped example articles as ``(file name, text)``, in name order.

    >>> [name for name, _ in demo_articles()][0]
    '01_levant_wire_2023-05-10.txt'
    """
    folder = resources.files("conflict_events") / "data" / "articles"
    found = [entry for entry in folder.iterdir() if entry.name.endswith(".txt")]
    return [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in sorted(found, key=lambda e: e.name)
    ]


@click.command("demo")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table for reading; json one document; jsonl the engagements one per line; records "
    "the reports one per line.",
)
def demo(fmt: str) -> None:
    """Run `extract` on the example articles the package ships (an invented week of fighting
    reported by three outlets that disagree) and print the records and reconciled estimates."""
    from conflict_events.corpus import Article, extract_many

    articles = [Article(id=name, text=text) for name, text in demo_articles()]
    print_reports(extract_many(articles, jobs=1), fmt)


COMMANDS = [demo]
