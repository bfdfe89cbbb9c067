"""The `names` flat table carries the armed-group names no registry knows (issue 13)."""

from __future__ import annotations

import datetime as dt

from conflict_events.corpus import Article, extract_many
from conflict_events.tables import rows, table, to_arrow

TEXT = (
    "Fighters of the Lions of the Savanna Front attacked Kandi on Monday, "
    "and Hayat Tahrir al-Sham said it was not involved."
)


def _rows() -> list[dict[str, object]]:
    article = Article(id="a1", text=TEXT, published=dt.date(2024, 11, 30))
    return list(rows(extract_many([article], jobs=1), "names"))


def test_an_unresolved_actor_has_a_row_with_its_span() -> None:
    got = _rows()
    unresolved = [r for r in got if r["kind"] == "unresolved_actor"]
    assert [(r["text"], r["entity_id"]) for r in unresolved] == [
        ("Lions of the Savanna Front", None)
    ]
    row = unresolved[0]
    assert TEXT[row["start_char"] : row["end_char"]] == "Lions of the Savanna Front"  # type: ignore[misc]
    known = [r for r in got if r["kind"] == "actor"]
    assert [(r["text"], r["entity_id"]) for r in known] == [("Hayat Tahrir al-Sham", "actor:hts")]


def test_the_names_table_documents_its_kinds() -> None:
    spec = table("names")
    kind = next(c for c in spec.columns if c.name == "kind")
    assert "unresolved_actor" in kind.doc


def test_unresolved_rows_keep_the_arrow_schema() -> None:
    article = Article(id="a1", text=TEXT, published=dt.date(2024, 11, 30))
    arrow = to_arrow(extract_many([article], jobs=1), "names")
    assert str(arrow.schema.field("entity_id").type) == "string"
    assert arrow.column("kind").to_pylist().count("unresolved_actor") == 1
