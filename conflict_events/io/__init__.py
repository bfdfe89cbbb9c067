"""Readers and writers: JSON / JSON Lines (``io.json``), ACLED (``io.acled``), UCDP GED
(``io.ucdp``) and Arrow / Parquet (``io.arrow``, with the ``arrow`` extra).

Every writer given a path writes a temporary file beside it and renames it over the target
only once everything was written, so a failure or an interrupt never leaves a partial file;
file problems (a missing folder, an unreadable or foreign file, the input given as the
output) raise :class:`FileError`."""

from conflict_events._errors import FileError

__all__ = ["FileError", "acled", "arrow", "json", "ucdp"]


def __dir__() -> list[str]:
    return sorted(__all__)
