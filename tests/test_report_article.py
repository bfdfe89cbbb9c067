"""An article report says which article it is: the id and url go into the report and the url
into every attribution it makes; it prints short, in IPython and in Jupyter."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis.vendor.pretty import pretty

from conflict_events import ValidationError, extract_report
from conflict_events.corpus import Article, extract_many
from conflict_events.tables import rows

DAY = dt.date(2024, 11, 30)
TEXT = (
    "Shelling killed four civilians in Binnish on Monday, the Syrian Observatory for Human "
    "Rights said. Rebels said three fighters died in clashes near Saraqib on Tuesday."
)
URL = "https://example.org/news/1?a=1&b=2"


def test_every_attribution_carries_the_url_and_the_report_the_id() -> None:
    r = extract_report(TEXT, published=DAY, article_id="doc-1", url=URL)
    assert (r.article_id, r.url) == ("doc-1", URL)
    made = [c.attribution for c in r.casualties] + [
        a for e in r.engagements for a in e.attributions
    ]
    assert len(r.casualties) == 2
    assert r.engagements
    assert {a.url for a in made} == {URL}
    # Without them nothing is invented.
    bare = extract_report(TEXT, published=DAY)
    assert (bare.article_id, bare.url) == (None, None)
    assert {c.attribution.url for c in bare.casualties} == {None}


@pytest.mark.parametrize(
    ("kwargs", "where"),
    [
        ({"url": "example.org/a"}, "$.url"),
        ({"url": "https://example.org/a b"}, "$.url"),
        ({"url": 7}, "$.url"),
        ({"article_id": ""}, "$.article_id"),
        ({"article_id": 3}, "$.article_id"),
    ],
)
def test_a_bad_id_or_url_is_refused_with_its_value(kwargs: dict[str, object], where: str) -> None:
    with pytest.raises(ValidationError) as caught:
        extract_report(TEXT, published=DAY, **kwargs)  # type: ignore[arg-type]
    assert caught.value.problems[0].path == where
    assert repr(next(iter(kwargs.values())))[:20] in str(caught.value)


def test_extract_many_passes_id_and_url_into_every_record() -> None:
    articles = [
        Article(id="a", text=TEXT, published=DAY, url="https://example.org/a"),
        Article(id="b", text=TEXT, published=DAY),
    ]
    a, b = extract_many(articles, jobs=1)
    assert {c.attribution.url for c in a.casualties} == {"https://example.org/a"}
    assert {x.url for e in a.engagements for x in e.attributions} == {"https://example.org/a"}
    assert (b.article_id, b.url) == ("b", None)
    assert {row["attribution_url"] for row in rows([a], "attributions")} == {
        "https://example.org/a"
    }
    with pytest.raises(ValidationError, match=r"\$\.url"):
        Article(id="c", text=TEXT, url="ftp://example.org/c")


def test_str_is_one_exact_line() -> None:
    r = extract_report(TEXT, published=DAY, article_id="doc-1", url=URL)

    def n(items: tuple[object, ...], noun: str) -> str:
        return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"

    assert str(r) == (
        f"article doc-1 <{URL}>, published 2024-11-30 (given): {n(r.dates, 'date')}, "
        f"{n(r.actors, 'actor')}, {n(r.places, 'place')}, 2 casualty reports, "
        f"{n(r.engagements, 'engagement')}"
    )
    one = extract_report("Four people were killed.", published=DAY)
    assert str(one) == (
        "article, published 2024-11-30 (given): 0 dates, 0 actors, 0 places, "
        "1 casualty report, 0 engagements"
    )


def test_pretty_and_html_show_every_report_escaped() -> None:
    r = extract_report(TEXT, published=DAY, article_id="doc<1>", url=URL)
    shown = pretty(r)
    assert shown.splitlines()[0] == str(r)
    assert sum(line.startswith("  casualties: ") for line in shown.splitlines()) == 2
    assert sum(line.startswith("  engagement: ") for line in shown.splitlines()) == len(
        r.engagements
    )
    page = r._repr_html_()
    assert "doc&lt;1&gt;" in page
    assert "doc<1>" not in page
    assert "a=1&amp;b=2" in page
    assert "killed / civilians: 4, per the Syrian Observatory" in page
    assert page.count('<table class="conflict-events">') == 2  # casualties, engagements


def test_to_dict_carries_id_url_and_attribution_urls() -> None:
    d = extract_report(TEXT, published=DAY, article_id="doc-1", url=URL).to_dict()
    assert (d["article_id"], d["url"]) == ("doc-1", URL)
    assert {c["attribution"]["url"] for c in d["casualties"]} == {URL}
