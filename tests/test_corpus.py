"""Reading article corpora and extracting from them in order, on one or several processes."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

import conflict_events as ce
from conflict_events import RowError
from conflict_events.corpus import (
    Article,
    ArticleError,
    extract_article,
    extract_many,
    read_articles,
)

TEXTS = [
    "Rebels took Saraqib on Thursday, killing 12 soldiers, the army said.",
    "Shelling killed at least four civilians in Idlib on Monday, activists said.",
    "Protesters gathered in Cotonou on Friday; police arrested 30 people.",
    "An airstrike on Maarat al-Numan killed nine people, including two children, on Sunday.",
    "Gunmen abducted 15 villagers near Kandi last week, local officials told reporters.",
]


def _articles(n: int = 12) -> list[Article]:
    return [
        Article(
            id=f"doc-{i}",
            text=TEXTS[i % len(TEXTS)] + f" Reference {i}.",
            published=dt.date(2024, 11, 30),
            url=f"https://example.org/{i}",
        )
        for i in range(n)
    ]


def test_article_checks_its_fields() -> None:
    assert Article(id="a", text="x", published="2024-11-30T10:00:00").published == dt.date(
        2024, 11, 30
    )
    with pytest.raises(ce.ValidationError, match="published"):
        Article(id="a", text="x", published="yesterday")
    with pytest.raises(ce.ValidationError, match=r"\$\.id"):
        Article(id="", text="x")


def test_a_folder_of_text_files_with_side_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(TEXTS[1], encoding="utf-8")
    (tmp_path / "b" / "c.meta.json").write_text(
        json.dumps({"published": "2024-11-28", "url": "https://example.org/c"}), encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    got = list(read_articles(tmp_path, published="2024-11-30"))
    assert [a.id for a in got] == ["a", "b/c"]
    assert got[0].published == dt.date(2024, 11, 30)  # the default
    assert got[1].published == dt.date(2024, 11, 28)  # the side file wins
    assert got[1].url == "https://example.org/c"


def test_a_folder_reports_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 bombing")
    with pytest.raises(RowError, match=r"b\.txt.*not UTF-8"):
        list(read_articles(tmp_path))
    errors: list[RowError] = []
    assert [a.id for a in read_articles(tmp_path, lenient=True, errors=errors)] == ["a"]
    assert len(errors) == 1


def test_json_lines_with_a_bom_and_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": TEXTS[0], "published": "2024-11-30"}),
        "{not json",
        json.dumps({"id": "x3", "body": "no text field"}),
        json.dumps({"id": "x4", "text": TEXTS[1], "source": "AFP"}),
    ]
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RowError) as raised:
        list(read_articles(path))
    assert raised.value.line == 2
    errors: list[RowError] = []
    got = list(read_articles(path, lenient=True, errors=errors))
    assert [a.id for a in got] == ["x1", "x4"]
    assert [e.line for e in errors] == [2, 3]
    assert got[1].source == "AFP"


def test_csv_with_renamed_columns(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(
        'doc,body,date\nd1,"Rebels, it said, took Saraqib.",2024-11-30\nd2,"Second, text",\n',
        encoding="utf-8",
    )
    got = list(read_articles(path, columns={"id": "doc", "text": "body", "published": "date"}))
    assert [(a.id, a.text, a.published) for a in got] == [
        ("d1", "Rebels, it said, took Saraqib.", dt.date(2024, 11, 30)),
        ("d2", "Second, text", None),
    ]
    with pytest.raises(ValueError, match="unknown article field"):
        list(read_articles(path, columns={"body": "text"}))


def test_parquet_corpus(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "corpus.parquet"
    table = pa.Table.from_pylist(
        [{"id": a.id, "text": a.text, "published": a.published, "url": a.url} for a in _articles(3)]
    )
    pq.write_table(table, path)
    assert list(read_articles(path)) == [
        Article(id=a.id, text=a.text, published=a.published, url=a.url) for a in _articles(3)
    ]
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(RowError, match="cannot read Parquet"):
        list(read_articles(bad))


def test_standard_input_as_json_lines_or_one_text() -> None:
    lines = io.StringIO(json.dumps({"id": "s1", "text": TEXTS[2]}) + "\n")
    assert [a.id for a in read_articles("-", stdin=lines)] == ["s1"]
    one = list(read_articles("-", format="text", stdin=io.StringIO(TEXTS[3])))
    assert [(a.id, a.text) for a in one] == [("stdin", TEXTS[3])]


def test_a_missing_source_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such file"):
        list(read_articles(tmp_path / "absent.jsonl"))


def test_extract_many_keeps_input_order_and_provenance() -> None:
    articles = _articles(12)
    one = list(extract_many(articles, jobs=1))
    assert [r.article_id for r in one] == [a.id for a in articles]
    assert [r.url for r in one] == [a.url for a in articles]
    assert one == [extract_article(a) for a in articles]


def test_two_jobs_give_the_same_reports_as_one() -> None:
    articles = _articles(20)
    assert list(extract_many(articles, jobs=2, chunk_size=3)) == list(
        extract_many(articles, jobs=1)
    )


def test_an_unreadable_article_raises_or_is_reported() -> None:
    articles = [*_articles(2), Article(id="undated", text="Rebels took the town on Monday.")]
    with pytest.raises(ArticleError, match=r"undated.*MissingAnchorError"):
        list(extract_many(articles, jobs=1))
    errors: list[ArticleError] = []
    got = list(extract_many(articles, jobs=2, lenient=True, errors=errors))
    assert [r.article_id for r in got] == ["doc-0", "doc-1"]
    assert [e.article_id for e in errors] == ["undated"]


def test_progress_is_reported() -> None:
    seen: list[int] = []
    list(extract_many(_articles(5), jobs=1, chunk_size=2, progress=lambda n, _s: seen.append(n)))
    assert seen == [2, 4, 5]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(extract_many([], jobs=0))
    with pytest.raises(TypeError, match="Article objects or strings"):
        list(extract_many([b"bytes"], jobs=1))  # type: ignore[list-item]


def test_article_error_pickles_equal() -> None:
    import pickle

    error = ArticleError("a1", "MissingAnchorError: no date")
    assert pickle.loads(pickle.dumps(error)) == error
