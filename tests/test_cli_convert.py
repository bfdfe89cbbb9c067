"""The convert and validate commands."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conflict_events.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_acled_to_jsonl_and_back_is_lossless(tmp_path: Path) -> None:
    runner = CliRunner()
    src = FIXTURES / "acled_variants.csv"
    jsonl = tmp_path / "e.jsonl"
    result = runner.invoke(main, ["convert", str(src), str(jsonl), "--to", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = jsonl.read_text().splitlines()
    assert len(lines) == 5
    assert json.loads(lines[0])["extras"]["acled.event_id_cnty"] == "XLD1"
    back = tmp_path / "back.csv"
    result = runner.invoke(
        main, ["convert", str(jsonl), str(back), "--from", "jsonl", "--to", "acled"]
    )
    assert result.exit_code == 0, result.output
    assert back.read_text() == src.read_text()


def test_convert_to_parquet_and_guessing_ucdp(tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    result = CliRunner().invoke(
        main, ["convert", str(FIXTURES / "ucdp_variants.csv"), str(out), "--to", "parquet"]
    )
    assert result.exit_code == 0, result.output
    assert "wrote 4 engagements" in result.output
    csv_again = tmp_path / "again.csv"
    result = CliRunner().invoke(main, ["convert", str(out), str(csv_again), "--to", "ucdp"])
    assert result.exit_code == 0, result.output
    assert csv_again.read_text() == (FIXTURES / "ucdp_variants.csv").read_text()


def test_bad_rows_stop_the_conversion_unless_lenient(tmp_path: Path) -> None:
    src, out = str(FIXTURES / "acled_bad.csv"), str(tmp_path / "e.jsonl")
    strict = CliRunner().invoke(main, ["convert", src, out, "--to", "jsonl"])
    assert strict.exit_code == 1
    assert "line 2, column 'event_date'" in strict.output
    lenient = CliRunner().invoke(main, ["convert", src, out, "--to", "jsonl", "--lenient"])
    assert lenient.exit_code == 0
    assert "12 bad input rows skipped" in lenient.output
    assert "and 2 more" in lenient.output
    assert len(Path(out).read_text().splitlines()) == 2


def test_losses_are_summarised(tmp_path: Path) -> None:
    src, out = str(FIXTURES / "ucdp_variants.csv"), str(tmp_path / "e.csv")
    strict = CliRunner().invoke(main, ["convert", src, out, "--to", "acled"])
    assert strict.exit_code == 1
    assert "ACLED cannot hold" in strict.output
    lenient = CliRunner().invoke(main, ["convert", src, out, "--to", "acled", "--lenient"])
    assert lenient.exit_code == 0
    assert "4 rows written with values the output format cannot hold" in lenient.output


def test_validate(tmp_path: Path) -> None:
    bad = CliRunner().invoke(main, ["validate", str(FIXTURES / "acled_bad.csv")])
    assert bad.exit_code == 1
    assert "2 valid engagements, 12 bad rows" in bad.output
    good = CliRunner().invoke(main, ["validate", str(FIXTURES / "ucdp_variants.csv"), "--progress"])
    assert good.exit_code == 0, good.output
    assert "4 valid engagements, 0 bad rows" in good.output
    unknown = tmp_path / "x.csv"
    unknown.write_text("a,b\n1,2\n")
    assert CliRunner().invoke(main, ["validate", str(unknown)]).exit_code == 2
