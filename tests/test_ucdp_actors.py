"""ActorRegistry.from_ucdp: the UCDP Actor Dataset read into actors, on rows written here in
the dataset's layout and — when present — on the shared v22.1 file joined to the GED sample."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from conflict_events import RowError, ValidationError
from conflict_events.io._csv import country_from_name
from conflict_events.model import ActorKind
from conflict_events.resolve import ActorRegistry

HEADER = (
    "ActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,NameChange,NewName,"
    "NewNameFullMotherTongue,NewNameFullEng,Org,ConflictId,NSCoalitionID,ActorIdPrev,"
    "ActorIdAlliance,ActorIdGroup,NameSplitTemp,Location,GWNOLoc"
)
# Invented groups in the dataset's layout (BOM, ", "-separated lists, n/a, padded names).
ROWS = [
    '10,Government of Mali,Government of Mali,n/a,Government of Mali,0,,,,4,"1, 2",,,,,,Mali,432',
    '20,RLF,LFR,Front de libération du Rif,Rif Liberation Front,1,"RLF, RLF-R",'
    '"Front révolutionnaire du Rif, Front uni du Rif",'
    '"Rif Revolutionary Front, United Rif Front",1,1,900,,30,,,"Mali, Niger","432, 436"',
    "21,Sons of the Rif ,Sons of the Rif,n/a,Sons of the Rif,0,,,,1,,900,20,,,,Mali,432",
    "30,United Front of the Rif,United Front of the Rif,n/a,United Front of the Rif,0,,,,1,1,,,,,,"
    '"Macedonia, FYR",343',
    "40,Herders,Herders,n/a,Herders,0,,,,3,,,,,,,Mali,432",
    "50,ကချင်,ကချင်,ကချင်လွတ်မြောက်ရေး,Kachin Group,0,,,,1,,,,,,,Myanmar (Burma),775",
]


@pytest.fixture
def small(tmp_path: Path) -> ActorRegistry:
    path = tmp_path / "actors.csv"
    path.write_text("\ufeff" + HEADER + "\n" + "\n".join(ROWS) + "\n", encoding="utf-8")
    return ActorRegistry.from_ucdp(path)


def test_ids_kinds_and_countries(small: ActorRegistry) -> None:
    mali = small.get("actor:ucdp:10")
    assert (mali.kind, mali.country) == (ActorKind.GOVERNMENT, "ML")
    assert small.get("actor:ucdp:20").kind is ActorKind.REBEL_GROUP  # fought a state
    assert small.get("actor:ucdp:21").kind is ActorKind.POLITICAL_MILITIA  # never did
    assert small.get("actor:ucdp:40").kind is ActorKind.IDENTITY_MILITIA
    # "Macedonia, FYR" is one country although it holds the list separator.
    assert small.get("actor:ucdp:30").country == "MK"
    assert small.get("actor:ucdp:1").kind is ActorKind.CIVILIANS


def test_names_renames_and_languages(small: ActorRegistry) -> None:
    rlf = small.get("actor:ucdp:20")
    # The data name is an acronym: the canonical name is the latest full English name.
    assert rlf.name == "United Rif Front"
    by_name = {a.name: a for a in rlf.aliases}
    assert by_name["RLF"].acronym
    assert by_name["RLF-R"].acronym
    assert by_name["Rif Liberation Front"].language == "en"
    assert by_name["Front de libération du Rif"].language is None  # Latin script: not told
    for name in ("Rif Revolutionary Front", "Front révolutionnaire du Rif", "LFR", "RLF"):
        assert small.resolve(name).id == "actor:ucdp:20"
    assert small.resolve("Sons of the Rif").id == "actor:ucdp:21"  # padded cell stripped
    kachin = small.get("actor:ucdp:50")
    assert {a.name: a.language for a in kachin.aliases}["ကချင်လွတ်မြောက်ရေး"] == "my"


def test_lineage_and_coalitions(small: ActorRegistry) -> None:
    assert small.get("actor:ucdp:21").predecessors == ("actor:ucdp:20",)
    assert small.get("actor:ucdp:20").successors == ("actor:ucdp:30",)
    assert "actor:ucdp:20" in small.get("actor:ucdp:30").predecessors
    assert [a.id for a in small.lineage("actor:ucdp:30")][:1] == ["actor:ucdp:20"]
    coalition = small.get("actor:ucdp:900")
    assert coalition.kind is ActorKind.NON_STATE_GROUP
    assert coalition.name == "RLF, Sons of the Rif"
    assert small.resolve("RLF, Sons of the Rif").id == "actor:ucdp:900"


def test_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "\nx,Name,,,,,,,,1\n10,Mali,,,,,,,,9\n" + ROWS[0] + "\n", "utf-8")
    with pytest.raises(RowError, match="line 2"):
        ActorRegistry.from_ucdp(path)
    errors: list[RowError] = []
    registry = ActorRegistry.from_ucdp(path, lenient=True, errors=errors)
    assert [e.line for e in errors] == [2, 3]
    assert "actor:ucdp:10" in registry
    (tmp_path / "nohead.csv").write_text("Name,Org\nX,1\n", "utf-8")
    with pytest.raises(ValidationError, match="ActorId"):
        ActorRegistry.from_ucdp(tmp_path / "nohead.csv")


def test_every_ged_side_resolves(shared_data: Path) -> None:
    """Every side of the shared GED sample, by id, is an actor of the right kind and
    country; by name, the same actor unless the name is ambiguous or GED-only."""
    registry = ActorRegistry.from_ucdp(shared_data / "ucdp" / "actors.csv")
    with open(shared_data / "ucdp" / "actors.csv", encoding="utf-8-sig", newline="") as fh:
        locations = {r["ActorId"]: r["Location"] for r in csv.DictReader(fh)}
    with open(shared_data / "ucdp" / "ged-sample.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    outcome: Counter[str] = Counter()
    for row in rows:
        for side in "ab":
            new_id, name = row[f"side_{side}_new_id"], row[f"side_{side}"]
            if f"actor:ucdp:{new_id}" not in registry:
                # Ids added after v22.1 (README): 8094 Islah, 8527 Giants Brigade + STC.
                assert new_id in {"8094", "8527"}
                outcome["newer than the file"] += 1
                continue
            actor = registry.get(f"actor:ucdp:{new_id}")
            if new_id == "1":
                assert actor.kind is ActorKind.CIVILIANS
            elif name.startswith("Government of "):
                assert actor.kind is ActorKind.GOVERNMENT
                assert actor.country == country_from_name(name.removeprefix("Government of "))
                assert actor.country is not None
            elif new_id in locations:
                assert actor.kind is not ActorKind.GOVERNMENT
                countries = {country_from_name(c) for c in locations[new_id].split(", ")}
                assert actor.country in countries
                if country_from_name(row["country"]) not in countries:
                    # UCDP's own gap: al-Qaida (769) fights in Somalia in GED, but its
                    # Location list leaves Somalia out.
                    outcome["event outside the actor's locations"] += 1
            else:
                assert actor.kind is ActorKind.NON_STATE_GROUP  # a temporary coalition
                outcome["coalition"] += 1
            try:
                by_name = registry.resolve(name)
            except LookupError as exc:
                outcome[type(exc).__name__] += 1
                continue
            assert by_name.id == actor.id, name
            outcome["by name"] += 1
    assert outcome["newer than the file"] == 2
    assert outcome["coalition"] == 9  # sides naming 8 coalitions (7426 twice)
    assert outcome["event outside the actor's locations"] <= 2
    assert outcome["by name"] >= 975
