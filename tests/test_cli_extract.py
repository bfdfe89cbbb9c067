"""`conflict-events extract` and `conflict-events demo`, through click's CliRunner."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from conflict_events.cli import main
from conflict_events.cli._demo import demo_articles


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


ONE = "Published: 30 November 2024 | Levant Wire\nRebels captured Saraqib on Thursday, killing 12 government soldiers, the Syrian Observatory for Human Rights said.\n"
TWO = "Published: 2 December 2024 | Orontes Daily\nThe assault on Saraqib last week killed 20 government soldiers, state news agency SANA said.\n"


def test_demo_prints_every_article_and_the_reconciled_estimates(runner: CliRunner) -> None:
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    out = result.output
    for name, _ in demo_articles():
        assert f"== {name} ==" in out
    assert (
        "publication date: 2023-05-10 (dateline 'IDLIB, Syria, May 10, 2023 (Levant Wire)')" in out
    )
    # The third article's dateline names the wrong weekday.
    assert (
        "warning: dateline 'Sunday, May 15, 2023 — The Northern Syria Monitor' names a Sunday"
        in out
    )
    # The Observatory's three tolls (at least 27, 41, at least 63) are one claim that grew:
    # the latest is current, the earlier ones are listed with it, and nothing conflicts.
    assert "killed / total: low 63, best 63, high 63+ (a claim sets no upper bound)\n" in out
    assert (
        "(earlier: >=27 [01_levant_wire_2023-05-10.txt], 41 [02_orontes_daily_2023-05-12.txt])"
        in out
    )
    # The car bomb of Wednesday night: 3 dead per the monitor on Friday, 5 per SANA on
    # Sunday (a toll that rose, not a conflict), kept apart from the overall toll.
    block = out.split("Remote explosive/landmine/IED at Saraqib, 2023-05-10 (SY)")[1]
    assert "killed / total: low 3, best 3, high 5\n" in block.split("==")[1]
    assert "5  SANA [actor:sana] (reported)  [03_northern_monitor_2023-05-15.txt]" in block


def test_demo_json_is_one_document(runner: CliRunner) -> None:
    result = runner.invoke(main, ["demo", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = orjson.loads(result.output)
    assert doc["schema_version"] == "1.0"
    assert [r["file"] for r in doc["reports"]] == [name for name, _ in demo_articles()]
    assert {r["anchor"] for r in doc["reports"]} == {"2023-05-10", "2023-05-12", "2023-05-15"}
    overall = [e for e in doc["estimates"] if e["scope"] == "overall tolls (SY)"]
    assert {e["incident"]["country"] for e in overall} == {"SY"}
    total = next(e for e in overall if (e["outcome"], e["group"]) == ("killed", "total"))
    assert (total["low"], total["best"], total["high"]) == (63, 63, 63)
    [claim] = total["claims"]
    assert [e["figure"]["count"]["low"] for e in claim["earlier"]] == [27, 41]


def test_extract_one_file_prints_its_table_without_estimates(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = _write(tmp_path, "one.txt", ONE)
    result = runner.invoke(main, ["extract", path])
    assert result.exit_code == 0, result.output
    assert f"== {path} ==" in result.output
    assert re.search(r"\nThursday +2024-11-28 +day\n", result.output)
    assert re.search(
        r"\nkilled +actor:syria-mil +12 +exact +12 +the Syrian Observatory", result.output
    )
    assert "Reconciled" not in result.output


def test_extract_several_files_reconciles_with_every_claim(
    runner: CliRunner, tmp_path: Path
) -> None:
    one, two = _write(tmp_path, "one.txt", ONE), _write(tmp_path, "two.txt", TWO)
    result = runner.invoke(main, ["extract", one, two])
    assert result.exit_code == 0, result.output
    estimates = result.output.split("== Reconciled estimates: overall tolls")[1]
    # Two sources on two days: the toll rose, no conflict.
    assert "killed / actor:syria-mil: low 12, best 12, high 20\n" in estimates
    assert (
        f"12  the Syrian Observatory for Human Rights [actor:sohr] (reported)  [{one}]" in estimates
    )
    assert f"20  state news agency SANA [actor:sana] (reported)  [{two}]" in estimates


def test_extract_records_is_one_record_per_line(runner: CliRunner, tmp_path: Path) -> None:
    one, two = _write(tmp_path, "one.txt", ONE), _write(tmp_path, "two.txt", TWO)
    result = runner.invoke(main, ["extract", "--format", "records", one, two])
    assert result.exit_code == 0, result.output
    records = [orjson.loads(line) for line in result.output.splitlines()]
    assert [r["type"] for r in records] == ["article_report", "article_report", "estimate"]
    assert all(r["schema_version"] == "1.0" for r in records)
    assert records[0]["file"] == one
    assert records[2]["scope"] == "overall tolls (SY)"


def test_published_option_anchors_a_file_without_dateline(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = _write(tmp_path, "bare.txt", "Rebels captured Saraqib on Thursday.")
    result = runner.invoke(main, ["extract", "--published", "2024-11-30", "--source", "AFP", path])
    assert result.exit_code == 0, result.output
    assert "publication date: 2024-11-30 (given)" in result.output
    assert "source: AFP [actor:afp]" in result.output


def test_a_file_without_anchor_stops_the_run_by_default(runner: CliRunner, tmp_path: Path) -> None:
    good = _write(tmp_path, "one.txt", ONE)
    bare = _write(tmp_path, "bare.txt", "Rebels captured Saraqib on Thursday.")
    result = runner.invoke(main, ["extract", good, bare, good])
    assert result.exit_code == 1
    assert result.stdout.count(f"== {good} ==") == 1  # printed before the failure, not after
    assert f"Error: article {bare}: MissingAnchorError: no publication date was given" in (
        result.stderr
    )


def test_lenient_reports_each_bad_article_and_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    good = _write(tmp_path, "one.txt", ONE)
    bare = _write(tmp_path, "bare.txt", "Rebels captured Saraqib on Thursday.")
    result = runner.invoke(main, ["extract", "--lenient", bare, good, bare])
    assert result.exit_code == 1
    assert f"== {good} ==" in result.stdout
    told = [line for line in result.stderr.splitlines() if line.startswith("Error: article")]
    assert told == [told[0], told[0]]
    assert bare in told[0]
    assert "Error: 2 article(s) could not be extracted" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["extract", "--published", "30/11/2024", "x.txt"],
            "expected an ISO date such as 2024-11-30, got '30/11/2024'",
        ),
        (["extract", "--format", "xml", "x.txt"], "'xml' is not one of 'table', 'json', 'jsonl'"),
        (["extract", "missing.txt"], "'missing.txt' does not exist"),
        (["extract"], "Missing argument 'INPUT...'"),
    ],
)
def test_usage_errors_exit_2_with_a_message(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("x.txt").write_text(ONE, encoding="utf-8")
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_non_utf8_file_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Published: 30 November 2024\nAl-Bāb".encode("utf-16"))
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 1
    assert "not UTF-8 text" in result.stderr
