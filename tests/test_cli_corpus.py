"""`conflict-events extract` over a corpus: folders, corpus files, standard input, flat tables
with --out, --jobs, --lenient, and the pipeline extract --format jsonl | convert."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from conflict_events.cli import main
from conflict_events.io.json import read_jsonl
from conflict_events.model import Engagement

ROOT = Path(__file__).resolve().parent.parent

CAPTURE = (
    "Published: 30 November 2024 | Levant Wire\n"
    "Rebels captured Saraqib on Thursday after clashes with government forces, killing 12 "
    "government soldiers, the Syrian Observatory for Human Rights said.\n"
)
SHELLING = "Government shelling killed four civilians in Binnish on Monday, rescuers said.\n"
UNDATED = "Fighting went on near Aleppo, residents said.\n"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    (articles / "north").mkdir(parents=True)
    (articles / "a_capture.txt").write_text(CAPTURE, encoding="utf-8")
    (articles / "north" / "b_shelling.txt").write_text(SHELLING, encoding="utf-8")
    return articles


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflict_events", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_a_folder_is_read_article_by_article(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["extract", str(folder), "--published", "2024-12-02"])
    assert result.exit_code == 0, result.output
    assert "is a directory" not in result.output
    assert "== a_capture ==" in result.stdout
    assert "== north/b_shelling ==" in result.stdout
    assert "Binnish" in result.stdout


def test_a_folder_needs_a_date_for_its_undated_article(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(main, ["extract", str(folder)])
    assert result.exit_code == 1
    assert "Error: article north/b_shelling: MissingAnchorError" in result.stderr


def test_a_jsonl_corpus_keeps_ids_and_dates(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"id": "doc-1", "text": SHELLING, "published": "2024-12-02", "url": "https://x.org/1"},
        {"id": "doc-2", "text": CAPTURE},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(corpus), "--format", "json"])
    assert result.exit_code == 0, result.output
    reports = orjson.loads(result.stdout)["reports"]
    assert [r["file"] for r in reports] == ["doc-1", "doc-2"]
    assert [r["anchor"] for r in reports] == ["2024-12-02", "2024-11-30"]


def test_a_csv_corpus_and_out_parquet_tables(runner: CliRunner, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    corpus = tmp_path / "corpus.csv"
    lines = ["id,text,published", f'c1,"{SHELLING.strip()}",2024-12-02', f'c2,"{CAPTURE}",']
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "run.parquet"
    result = runner.invoke(
        main, ["extract", str(corpus), "--out", str(out), "--tables", "figures,engagements,dates"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    for name in ("figures", "engagements", "dates"):
        path = tmp_path / f"run.{name}.parquet"
        table = pq.read_table(path)
        assert set(table.column("article_id").to_pylist()) <= {"c1", "c2"}
        assert f"rows to {path}" in result.stderr
    figures = pq.read_table(tmp_path / "run.figures.parquet").to_pylist()
    assert {(f["article_id"], f["low"]) for f in figures} >= {("c1", 4), ("c2", 12)}


def test_one_table_goes_to_out_itself(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.csv"
    args = ["extract", str(folder), "--published", "2024-12-02", "--out", str(out)]
    result = runner.invoke(main, [*args, "--tables", "figures"])
    assert result.exit_code == 0, result.output
    header, *rows = out.read_text(encoding="utf-8").splitlines()
    assert header.startswith("article_id,url,")
    assert {row.split(",")[0] for row in rows} == {"a_capture", "north/b_shelling"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "run.txt"], "name a .csv, .jsonl or .parquet file"),
        (["--out", "run.csv", "--tables", "figures,casualties"], "unknown table 'casualties'"),
        (["--out", "run.csv", "--format", "json"], "--format is for printing"),
        (["--jobs", "0"], "0 is not in the range x>=1"),
    ],
)
def test_bad_output_options_are_usage_errors(
    runner: CliRunner,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(folder.parent)
    result = runner.invoke(main, ["extract", str(folder), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not list(folder.parent.glob("run*"))


def test_two_jobs_give_the_output_of_one(runner: CliRunner, folder: Path) -> None:
    args = ["extract", str(folder), "--published", "2024-12-02", "--format", "records"]
    one = runner.invoke(main, [*args, "--jobs", "1"])
    two = runner.invoke(main, [*args, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout == two.stdout
    kinds = [orjson.loads(line)["type"] for line in one.stdout.splitlines()]
    assert kinds[:2] == ["article_report", "article_report"]
    assert set(kinds[2:]) == {"estimate"}
    assert len(kinds) > 2


def test_progress_reports_articles_per_second(runner: CliRunner, folder: Path) -> None:
    args = ["extract", str(folder), "--published", "2024-12-02", "--format", "jsonl"]
    result = runner.invoke(main, [*args, "--progress"])
    assert result.exit_code == 0, result.output
    assert "2 articles," in result.stderr
    assert "articles/s" in result.stderr
    quiet = runner.invoke(main, args)
    assert quiet.stderr == ""


def test_lenient_goes_past_a_bad_corpus_record(runner: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "ok", "text": SHELLING, "published": "2024-12-02"})
        + "\nnot json\n"
        + json.dumps({"id": "undated", "text": UNDATED})
        + "\n"
        + json.dumps({"id": "ok2", "text": CAPTURE})
        + "\n",
        encoding="utf-8",
    )
    strict = runner.invoke(main, ["extract", str(corpus), "--format", "records"])
    assert strict.exit_code == 1
    assert f"Error: {corpus}: line 2, column '1': not JSON" in strict.stderr
    lenient = runner.invoke(main, ["extract", str(corpus), "--format", "records", "--lenient"])
    assert lenient.exit_code == 1
    ids = [orjson.loads(line).get("file") for line in lenient.stdout.splitlines()]
    assert ids[:2] == ["ok", "ok2"]
    assert f"Error: {corpus}: line 2, column '1': not JSON" in lenient.stderr
    assert "Error: article undated: MissingAnchorError" in lenient.stderr
    assert "Error: 2 article(s) could not be extracted" in lenient.stderr


def test_stdin_text_and_jsonl(runner: CliRunner) -> None:
    text = runner.invoke(main, ["extract", "-", "--published", "2024-12-02"], input=SHELLING)
    assert text.exit_code == 0, text.output
    assert "does not exist" not in text.output
    assert "== stdin ==" in text.stdout
    assert "Binnish" in text.stdout
    record = json.dumps({"id": "s1", "text": SHELLING, "published": "2024-12-02"})
    lines = runner.invoke(main, ["extract", "-", "--format", "json"], input=f"\n{record}\n")
    assert lines.exit_code == 0, lines.output
    assert [r["file"] for r in orjson.loads(lines.stdout)["reports"]] == ["s1"]


def test_stdin_through_a_real_pipe() -> None:
    done = _run("extract", "-", "--published", "2024-12-02", "--format", "jsonl", stdin=SHELLING)
    assert done.returncode == 0, done.stderr
    engagements = [orjson.loads(line) for line in done.stdout.splitlines()]
    assert engagements
    assert all(e["id"].startswith("engagement:") for e in engagements)


def test_articles_to_parquet_is_one_pipeline(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from conflict_events.io import arrow

    jsonl = tmp_path / "e.jsonl"
    parquet = tmp_path / "e.parquet"
    done = _run("extract", str(folder), "--published", "2024-12-02", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    jsonl.write_text(done.stdout, encoding="utf-8")
    printed = list(read_jsonl(jsonl, Engagement))
    assert len(printed) >= 2
    converted = _run("convert", str(jsonl), str(parquet), "--to", "parquet")
    assert converted.returncode == 0, converted.stderr
    assert f"wrote {len(printed)} engagements" in converted.stderr
    assert list(arrow.read_parquet(parquet)) == printed


def test_a_failure_leaves_no_table_behind(runner: CliRunner, folder: Path, tmp_path: Path) -> None:
    (folder / "z_undated.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "north" / "b_shelling.txt").unlink()
    out = tmp_path / "run.csv"
    result = runner.invoke(main, ["extract", str(folder), "--out", str(out)])
    assert result.exit_code == 1
    assert "Error: article z_undated: MissingAnchorError" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles"]
