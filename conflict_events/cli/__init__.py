"""The ``conflict-events`` command line (also ``python -m conflict_events``).

Built on click (a well-kept CLI toolkit: subcommands, typed options, help text and a progress
bar without hand-written argument parsing).  Each subcommand lives in its own module.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from typing import Any

import click

from conflict_events._errors import ConflictEventsError
from conflict_events._version import __version__

__all__ = ["EXIT_INTERRUPTED", "EXIT_TERMINATED", "main"]

#: Exit code after Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130
#: Exit code after SIGTERM (128 + SIGTERM).
EXIT_TERMINATED = 143


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that writers remove their temporary files."""


def _terminate(signum: int, frame: Any) -> None:
    raise _Terminated


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Group(click.Group):
    """The command group, turning what must never show a traceback into one line on stderr:
    an interrupt (exit 130, or 143 for SIGTERM), a library error, a file-system error or a
    missing optional extra (exit 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with _sigterm_raises():
                return super().invoke(ctx)
        except _Terminated:
            click.echo("\nconflict-events: terminated; no output was left half-written", err=True)
            ctx.exit(EXIT_TERMINATED)
        except KeyboardInterrupt:
            click.echo("\nconflict-events: interrupted; no output was left half-written", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except (ConflictEventsError, OSError) as exc:
            if isinstance(exc, BrokenPipeError):  # output piped into `head`: stop quietly
                _silence_stdout()
                ctx.exit(1)
            raise click.ClickException(_one_line(exc)) from None
        except ImportError as exc:  # an optional extra (pyarrow) that is not installed
            if exc.name is not None and exc.name.startswith("conflict_events"):
                raise  # a bug, not a missing extra
            raise click.ClickException(str(exc)) from None


def _silence_stdout() -> None:
    # Python's advice for SIGPIPE: point stdout at devnull so the flush at exit cannot fail
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, ConflictEventsError):
        return str(exc)
    # an OSError the library did not name: "[Errno 13] Permission denied: 'x'" as plain words
    filename = getattr(exc, "filename", None)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"{filename!r}: {reason}" if filename else reason


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
