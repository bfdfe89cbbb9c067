"""One command-line vocabulary: --published and ISO dates everywhere (old spellings kept as
hidden aliases), one error style, tables that fit the width without hiding ids, validate
listing the reader's notices, and shell completion."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from conflict_events.cli import _options, main
from conflict_events.cli._format import table

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_resolve_date_takes_published_and_the_old_anchor(runner: CliRunner) -> None:
    new = runner.invoke(main, ["resolve-date", "since Wednesday", "--published", "2024-11-30"])
    old = runner.invoke(main, ["resolve-date", "since Wednesday", "--anchor", "2024-11-30"])
    assert new.exit_code == old.exit_code == 0, old.output
    assert new.stdout == old.stdout == "2024-11-27..2024-11-30 (interval)\n"


def test_resolve_date_without_a_date_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["resolve-date", "since Wednesday"])
    assert result.exit_code == 2
    assert "Missing option '--published'" in result.stderr


def test_resolve_actor_takes_published_and_the_old_on(runner: CliRunner) -> None:
    args = ["resolve-actor", "Tahrir al-Sham", "--format", "json"]
    new = runner.invoke(main, [*args, "--published", "2024-11-30"])
    old = runner.invoke(main, [*args, "--on", "2024-11-30"])
    assert new.exit_code == old.exit_code == 0, old.output
    assert orjson.loads(new.stdout) == orjson.loads(old.stdout)


def test_an_old_spelling_warns_a_person_at_a_terminal(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_options, "_stderr_is_terminal", lambda: True)
    result = runner.invoke(main, ["resolve-date", "today", "--anchor", "2024-11-30"])
    assert result.exit_code == 0
    assert "Warning: --anchor is deprecated; use --published." in result.stderr


@pytest.mark.parametrize(
    ("command", "alias"),
    [("resolve-date", "--anchor"), ("resolve-actor", "--on")],
)
def test_old_spellings_are_hidden_and_dates_show_as_iso(
    runner: CliRunner, command: str, alias: str
) -> None:
    shown = runner.invoke(main, [command, "--help"]).stdout
    assert "--published YYYY-MM-DD" in shown
    assert alias not in shown
    assert "%Y" not in shown


@pytest.mark.parametrize(
    "args",
    [
        ["resolve-date", "today", "--published", "30/11/2024"],
        ["resolve-date", "today", "--anchor", "2024-13-01"],
        ["resolve-actor", "HTS", "--published", "Nov 30"],
        ["resolve-actor", "HTS", "--on", "yesterday"],
        ["extract", "-", "--published", "2024/11/30"],
    ],
)
def test_every_bad_date_gets_the_same_message(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(main, args, input="")
    assert result.exit_code == 2
    assert "expected an ISO date such as 2024-11-30, got" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["resolve-actor", "Hayat Tahrir al-Shamxx zzz"],
        ["resolve-place", "Nowhereville Qqq"],
        ["resolve-date", "the day the music died", "--published", "2024-11-30"],
        ["extract", "-", "--format", "json"],
    ],
)
def test_failures_are_one_error_line_on_stderr(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(main, args, input="Fighting went on near Aleppo.\n")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert not re.search(r"^error:", result.stderr, re.MULTILINE)
    assert "Traceback" not in result.output


def test_table_cells_are_never_cut() -> None:
    long_id = "actor:" + "very_long_identifier_" * 3 + "end"
    rows = [[long_id, "A name written out at length in the article, word after word", 2]]
    wide = table(["id", "as written", "times"], rows, width=None)
    assert long_id in wide
    assert "…" not in wide
    narrow = table(["id", "as written", "times"], rows, width=40)
    assert all(len(line) <= 40 for line in narrow.splitlines())
    # a folded id loses no character: its column, read top to bottom, spells it out
    column = "".join(line.split()[0] for line in narrow.splitlines()[2:] if line[:1].strip())
    assert long_id in column


def test_narrow_tables_lose_no_character_of_an_id(runner: CliRunner) -> None:
    narrow = runner.invoke(main, ["demo"], env={"COLUMNS": "70"})
    assert narrow.exit_code == 0, narrow.output
    doc = orjson.loads(runner.invoke(main, ["demo", "--format", "json"]).stdout)
    ids = {m["entity_id"] for r in doc["reports"] for m in (*r["actors"], *r["places"])}
    assert ids
    # rows of the actor and place tables: the id column is never folded at this width
    assert all(re.search(rf"^{re.escape(i)}\s", narrow.stdout, re.MULTILINE) for i in ids)
    # sources in the figures table keep whole ids such as [actor:sohr]
    assert "[actor:sohr]" in narrow.stdout


def test_validate_lists_the_notices_of_the_reader(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", str(FIXTURES / "ucdp_variants.csv")])
    assert result.exit_code == 0, result.output
    notices = [line for line in result.stderr.splitlines() if "low <= best <= high" in line]
    assert len(notices) >= 1
    assert all(re.match(r"  line \d+, column 'best': ", line) for line in notices)
    assert f"{len(notices)} notices in" in result.stderr


def test_shell_completion_completes_commands_and_options(runner: CliRunner) -> None:
    def complete(words: str) -> list[str]:
        env = {
            "_CONFLICT_EVENTS_COMPLETE": "bash_complete",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - 1),
        }
        result = runner.invoke(main, [], env=env, prog_name="conflict-events")
        return [line.split(",", 1)[1] for line in result.stdout.splitlines()]

    assert complete("conflict-events ext") == ["extract"]
    assert "--published" in complete("conflict-events extract --pub")
    assert complete("conflict-events resolve-date x --direction f") == ["future"]
