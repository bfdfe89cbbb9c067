"""Readers and writers: JSON / JSON Lines (``io.json``), ACLED (``io.acled``), UCDP GED
(``io.ucdp``) and Arrow / Parquet (``io.arrow``, with the ``arrow`` extra)."""

__all__ = ["acled", "arrow", "json", "ucdp"]


def __dir__() -> list[str]:
    return sorted(__all__)
