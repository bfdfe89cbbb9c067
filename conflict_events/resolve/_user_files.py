"""A user's own actor and place files, read by their format: what ``conflict-events extract
--actors FILE --places FILE`` loads (docs/cli.md, docs/names.md "Your own files").

Actor files are added to the built-in registry (an actor whose id is already there replaces
it): a registry JSON document (``.json``), a UCDP Actor Dataset CSV (a ``.csv`` whose header
holds ``ActorId``), or else a CAMEO / TABARI ``.actors`` dictionary.  Place files make the
gazetteer instead of the embedded one: GeoNames dump files (``cities500.txt``,
``allCountries.txt``, a country's ``BJ.txt``), with GeoNames' ``admin1CodesASCII.txt`` among
them for the admin paths.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from conflict_events.resolve._gazetteer import Gazetteer
from conflict_events.resolve._registry import ActorRegistry

__all__ = ["actor_file_format", "read_actor_files", "read_place_files"]

# GeoNames' admin1 table has four columns ("BJ.07<TAB>Alibori<TAB>Alibori<TAB>2395524"); a
# dump row has nineteen.
_ADMIN1_COLUMNS = 4


def actor_file_format(path: str | os.PathLike[str]) -> str:
    """How an actor file is read: ``"json"``, ``"ucdp"`` or ``"cameo"`` (see the module).

    >>> actor_file_format("my-actors.json"), actor_file_format("Phoenix.actors.txt")
    ('json', 'cameo')
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            header = handle.readline()
        if "ActorId" in header.split(","):
            return "ucdp"
    return "cameo"


def read_actor_files(
    paths: Iterable[str | os.PathLike[str]], registry: ActorRegistry | None = None
) -> ActorRegistry:
    """``registry`` (default: a copy of the built-in one) with the actors of every file
    added, in order; an id already present is replaced by the file's actor.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "mine.json"
    >>> _ = path.write_text('{"schema_version": "1.0", "actors": [{"id": "actor:lsf", '
    ...     '"name": "Lions of the Savanna Front", "kind": "rebel_group"}]}')
    >>> registry = read_actor_files([path])
    >>> registry.resolve("Lions of the Savanna Front").id, registry.resolve("HTS").id
    ('actor:lsf', 'actor:hts')
    """
    registry = registry if registry is not None else ActorRegistry.default()
    for path in paths:
        fmt = actor_file_format(path)
        if fmt == "json":
            for actor in ActorRegistry.load(path):
                registry.add(actor, replace=actor.id in registry)
        elif fmt == "ucdp":
            registry.load_ucdp(path)
        else:
            registry.load_cameo(path)
    return registry


def _is_admin1(path: str | os.PathLike[str]) -> bool:
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                return len(line.rstrip("\n").split("\t")) == _ADMIN1_COLUMNS
    return False


def read_place_files(paths: Iterable[str | os.PathLike[str]]) -> Gazetteer:
    """The gazetteer of GeoNames dump files (rows of the 19 GeoNames columns, every file
    read in order), with the admin1 names of any ``admin1CodesASCII.txt`` among ``paths``.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "BJ.txt"
    >>> row = ["2393917", "Guilmaro", "Guilmaro", "", "10.55", "1.86", "P", "PPL", "BJ", "",
    ...        "08", "", "", "", "0", "", "300", "Africa/Porto-Novo", "2012-01-18"]
    >>> _ = path.write_text("\\t".join(row) + "\\n")
    >>> read_place_files([path]).resolve("Guilmaro").gazetteer_id
    'geonames:2393917'
    """
    paths = list(paths)
    admin1 = [p for p in paths if _is_admin1(p)]
    dumps = [p for p in paths if p not in admin1]
    if not dumps:
        raise ValueError(f"no GeoNames dump among the place files {[str(p) for p in paths]}")
    if len(dumps) == 1:
        return Gazetteer.from_geonames(dumps[0], admin1[0] if admin1 else None)
    # Several dumps: one file of their rows, read once.
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        joined = Path(folder) / "places.txt"
        with joined.open("w", encoding="utf-8") as out:
            for dump in dumps:
                with open(dump, encoding="utf-8") as handle:
                    for line in handle:
                        out.write(line if line.endswith("\n") else line + "\n")
        return Gazetteer.from_geonames(joined, admin1[0] if admin1 else None)
