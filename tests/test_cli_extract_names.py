"""`conflict-events extract --actors FILE --places FILE`: a user's registry and gazetteer
files (registry JSON, UCDP Actor Dataset CSV, CAMEO dictionary; GeoNames dumps)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from conflict_events.cli import main
from conflict_events.resolve._user_files import actor_file_format, read_place_files

ARTICLE = (
    "Published: 4 March 2024 | Savanna Post\n"
    "On Sunday fighters of the Kpendjal Defence Front attacked Tanwaga, killing four "
    "villagers, local officials said.\n"
)
REGISTRY = {
    "schema_version": "1.0",
    "actors": [{"id": "actor:kdl", "name": "Kpendjal Defence Front", "kind": "political_militia"}],
}
CAMEO = "KPENDJAL_DEFENCE_FRONT_ [TGOREB]\n"


def _geonames_row(geonameid: str, name: str, lat: str, lon: str, cc: str, admin1: str) -> str:
    cells = [geonameid, name, name, "", lat, lon, "P", "PPL", cc, "", admin1, "", "", "",
             "0", "", "250", "Africa/Lome", "2020-01-01"]  # fmt: skip
    return "\t".join(cells) + "\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    registry = tmp_path / "actors.json"
    registry.write_bytes(orjson.dumps(REGISTRY))
    cameo = tmp_path / "mine.actors.txt"
    cameo.write_text(CAMEO, encoding="utf-8")
    dump = tmp_path / "TG.txt"
    dump.write_text(_geonames_row("9990001", "Tanwaga", "10.80", "0.55", "TG", "06"))
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("TG.06\tSavanes\tSavanes\t2363079\n")
    return {k: str(v) for k, v in locals().items() if isinstance(v, Path) and k != "tmp_path"}


def _records(output: str) -> dict[str, object]:
    report: dict[str, object] = orjson.loads(output)["reports"][0]
    return report


def _run(args: list[str]) -> dict[str, object]:
    result = CliRunner().invoke(main, ["extract", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return _records(result.output)


def test_without_files_the_names_stay_unknown(files: dict[str, str]) -> None:
    report = _run([files["article"]])
    assert "actor:kdl" not in str(report.get("actors"))
    assert "Tanwaga" not in str(report.get("places"))
    # Unknown, but reported with its span.
    assert "Kpendjal Defence Front" in str(report.get("unresolved_actors"))


def test_a_registry_json_adds_actors(files: dict[str, str]) -> None:
    report = _run([files["article"], "--actors", files["registry"]])
    assert "actor:kdl" in str(report.get("actors"))
    assert "Kpendjal Defence Front" not in str(report.get("unresolved_actors", ""))


def test_a_cameo_dictionary_adds_actors(files: dict[str, str]) -> None:
    report = _run([files["article"], "--actors", files["cameo"]])
    assert "actor:cameo:kpendjal-defence-front" in str(report.get("actors"))


def test_a_geonames_dump_gives_the_places(files: dict[str, str]) -> None:
    report = _run([files["article"], "--places", files["dump"], "--places", files["admin1"]])
    assert "geonames:9990001" in str(report.get("places"))


def test_the_admin1_file_gives_admin_paths(files: dict[str, str]) -> None:
    gazetteer = read_place_files([files["admin1"], files["dump"]])
    assert gazetteer.resolve("Tanwaga").admin_path == ("Savanes",)


def test_a_bad_file_is_a_usage_error_quoting_it(files: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0", "actors": [{"id": "x"}]}')
    result = CliRunner().invoke(main, ["extract", files["article"], "--actors", str(bad)])
    assert result.exit_code == 2
    assert "bad.json" in result.output
    assert "--actors" in result.output


def test_places_without_a_dump_is_a_usage_error(files: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["extract", files["article"], "--places", files["admin1"]])
    assert result.exit_code == 2
    assert "no GeoNames dump" in result.output


def test_a_ucdp_csv_is_read_as_ucdp(tmp_path: Path) -> None:
    path = tmp_path / "ucdp.csv"
    path.write_text("ActorId,NameData\n1,X\n", encoding="utf-8")
    assert actor_file_format(path) == "ucdp"
    other = tmp_path / "other.csv"
    other.write_text("id,name\n", encoding="utf-8")
    assert actor_file_format(other) == "cameo"


def test_help_names_the_options() -> None:
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert "--actors FILE" in result.output
    assert "--places FILE" in result.output
