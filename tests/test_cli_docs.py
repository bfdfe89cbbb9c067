"""docs/cli.md against `--help`: every subcommand has a section, and each section's option
table lists exactly the options its `--help` shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conflict_events.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

# an option at the start of a --help line: "  -j, --jobs N   ..." or "  --progress / --no-progress"
_HELP_LINE = re.compile(r"^  (-[-\w]+(?:[ ,/]+-[-\w]+)*)")
_OPTION = re.compile(r"(?<![\w-])--?[a-z][-\w]*")


def _help_options(args: list[str]) -> set[str]:
    result = CliRunner().invoke(main, [*args, "--help"], prog_name="conflict-events")
    assert result.exit_code == 0, result.output
    lines = result.output.split("\nOptions:\n", 1)[1].split("\nCommands:\n", 1)[0]
    found: set[str] = set()
    for line in lines.splitlines():
        match = _HELP_LINE.match(line)
        if match:
            found.update(_OPTION.findall(match.group(1)))
    return found


def _sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^## `conflict-events ([-\w]+)`\n", text, flags=re.MULTILINE)
    return {
        name: body.split("\n## ", 1)[0] for name, body in zip(parts[1::2], parts[2::2], strict=True)
    }


def _documented_options(section: str) -> set[str]:
    # the first cell of each row of the section's option table ("\\|" is a pipe in a cell)
    found: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `-"):
            first = re.split(r"(?<!\\)\|", line)[1]
            found.update(_OPTION.findall(first))
    return found


def test_every_subcommand_has_a_section_and_no_section_is_stale() -> None:
    assert set(_sections()) == set(main.commands)


@pytest.mark.parametrize("command", sorted(main.commands))
def test_the_option_table_lists_exactly_what_help_shows(command: str) -> None:
    section = _sections()[command]
    assert _documented_options(section) == _help_options([command])


def test_the_group_options_are_documented() -> None:
    intro = DOC.read_text(encoding="utf-8").split("\n## ", 1)[0]
    for option in _help_options([]):
        assert f"`{option}`" in intro or option in intro, option


def test_the_parser_sees_what_help_shows() -> None:
    # the checks above must fail when an option is missing: they read real options
    assert {"--published", "--out", "--tables", "-j", "--jobs", "--no-progress"} <= (
        _help_options(["extract"])
    )
    assert "--anchor" not in _help_options(["resolve-date"])  # hidden alias
    assert {"--published", "--format", "-h", "--help"} <= _documented_options(
        _sections()["resolve-actor"]
    )
