"""The ``conflict-events`` command line (also ``python -m conflict_events``).

Built on click (a well-kept CLI toolkit: subcommands, typed options, help text and a progress
bar without hand-written argument parsing).  Each subcommand lives in its own module.
"""

from __future__ import annotations

import click

from conflict_events._version import __version__

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="conflict-events")
def main() -> None:
    """Record armed-conflict events from news: dates, names, counts, claims, ACLED and UCDP."""


def _register() -> None:
    # Subcommand modules import their heavy dependencies inside the command bodies.
    import importlib

    for module in ("_demo", "_extract", "_dates", "_resolve", "_convert"):
        try:
            mod = importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise
            continue
        for command in getattr(mod, "COMMANDS", ()):
            main.add_command(command)


_register()
