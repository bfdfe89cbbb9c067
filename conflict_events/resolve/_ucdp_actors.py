"""The UCDP Actor Dataset read into actors: names, renames, lineage, coalitions.

Users download the dataset from UCDP (``ucdp-actor-<version>.csv``) and point
:meth:`ActorRegistry.from_ucdp <conflict_events.resolve.ActorRegistry.from_ucdp>` at it; the
package ships no copy.  The mapping is documented in docs/names.md ("UCDP actors").
"""

from __future__ import annotations

import csv
import functools
import os
import unicodedata
from collections.abc import Iterator, Mapping

import attrs

from conflict_events._errors import Problem, RowError, ValidationError
from conflict_events.io._csv import country_from_name
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import Actor, ActorKind, Alias
from conflict_events.resolve._normalize import normalize_name

__all__ = ["UCDP_PREFIX", "read_ucdp_actors", "ucdp_id"]

#: The id prefix of UCDP actors: ``actor:ucdp:<ActorId>``, the same ids the UCDP GED reader
#: gives the sides (``side_a_new_id`` / ``side_b_new_id``) and temporary coalitions.
UCDP_PREFIX = "actor:ucdp:"

# The columns a file must have for the names and kinds; the others are optional.
_REQUIRED = ("ActorId", "NameData", "Org")
# UCDP separates the values of a multi-valued cell with ", ".
_SEP = ", "


def ucdp_id(actor_id: int | str) -> str:
    """The registry id of UCDP actor ``actor_id``.

    >>> ucdp_id(234)
    'actor:ucdp:234'
    """
    return f"{UCDP_PREFIX}{str(actor_id).strip()}"


@functools.cache
def _languages(lexicon: Lexicon) -> tuple[Mapping[str, str], str, frozenset[str]]:
    table = lexicon.mapping("names.actors.name_languages")
    scripts = {str(k).upper(): str(v) for k, v in table["scripts"].items()}
    return scripts, str(table["arabic"]), frozenset(table["arabic_countries"])


def _language(name: str, countries: tuple[str, ...], lexicon: Lexicon) -> str | None:
    """The language of a mother-tongue name, where its script tells it (docs/names.md)."""
    letter = next((ch for ch in name if ch.isalpha() and ord(ch) > 0x24F), None)
    if letter is None:
        return None  # Latin script: French, Spanish, a transliteration... not told apart
    script = unicodedata.name(letter, "").split(" ", 1)[0]
    scripts, arabic, arabic_countries = _languages(lexicon)
    if script == "ARABIC":
        return arabic if countries and set(countries) <= arabic_countries else None
    return scripts.get(script)


def _values(cell: str | None) -> list[str]:
    if not cell:
        return []
    return [v for v in (part.strip() for part in cell.split(_SEP)) if v and v.lower() != "n/a"]


def _acronym_like(name: str) -> bool:
    # "IS", "TQJBR", "SPLM/A", "M23": one token, mostly capitals and digits.
    letters = [ch for ch in name if ch.isalpha()]
    if " " in name or not letters or len(name) > 15:
        return False
    upper = sum(ch.isupper() for ch in letters)
    return (upper >= 2 and upper * 2 >= len(letters)) or (upper >= 1 and name[-1].isdigit())


def _countries(row: Mapping[str, str]) -> tuple[str, ...]:
    """The ISO codes of the row's ``Location`` countries, in order.  Country names may hold
    ", " themselves ("Macedonia, FYR"), so neighbouring items are joined back when that
    names a country; ``GWNOLoc`` gives how many there are."""
    items = _values(row.get("Location"))
    wanted = len(_values(row.get("GWNOLoc"))) or len(items)
    codes: list[str] = []
    i = 0
    while i < len(items):
        code = None
        if len(items) - i > wanted - len(codes):  # more items than countries left: try a join
            code = country_from_name(items[i] + _SEP + items[i + 1])
            if code is not None:
                i += 1
        code = code or country_from_name(items[i])
        if code is not None and code not in codes:
            codes.append(code)
        i += 1
    return tuple(codes)


def _government_country(name: str, lexicon: Lexicon) -> str | None:
    prefix = lexicon.text("names.actors.ucdp.government_prefix")
    if name.lower().startswith(prefix.lower() + " "):
        return country_from_name(name[len(prefix) + 1 :].strip())
    return None


def _kind(row: Mapping[str, str], lexicon: Lexicon) -> ActorKind:
    org = (row.get("Org") or "").strip()
    kinds = lexicon.mapping("names.actors.ucdp.org_kinds")
    if org == "1" and not _values(row.get("ConflictId")):
        # A formally organised group that fought no state: a militia, not a rebel group.
        return ActorKind(kinds["1_non_state"])
    if org not in kinds:
        raise ValueError(f"Org must be 1-4, got {org!r}")
    return ActorKind(kinds[org])


def _ids(cell: str | None) -> list[str]:
    return [ucdp_id(v) for v in _values(cell) if v.isdigit()]


def _actor(row: Mapping[str, str], lexicon: Lexicon) -> tuple[Actor, dict[str, list[str]]]:
    actor_id = (row.get("ActorId") or "").strip()
    if not actor_id.isdigit():
        raise ValueError(f"ActorId must be a number, got {actor_id!r}")
    data_name = (row.get("NameData") or "").strip()
    if not data_name:
        raise ValueError("NameData must not be blank")
    own = ucdp_id(actor_id)
    kind = _kind(row, lexicon)
    countries = _countries(row)
    country = _government_country(data_name, lexicon) if kind is ActorKind.GOVERNMENT else None
    country = country or (countries[0] if countries else None)

    renamed = (row.get("NameChange") or "").strip() == "1"
    english_full = _values(row.get("NewNameFullEng")) if renamed else []
    orig_full_eng = (row.get("NameOrigFullEng") or "").strip()
    # The canonical name is written out: UCDP's data name is an acronym by default ("IS"),
    # which as a name would match the word "is"; it becomes an acronym alias instead.
    name = data_name
    if _acronym_like(data_name):
        full = english_full[-1] if english_full else orig_full_eng
        if full and not _acronym_like(full):
            name = full

    candidates: list[tuple[str, str | None]] = [(data_name, None)]
    candidates.append(((row.get("NameOrig") or "").strip(), None))
    orig_full = (row.get("NameOrigFull") or "").strip()
    candidates.append((orig_full, _language(orig_full, countries, lexicon)))
    candidates.append((orig_full_eng, "en"))
    candidates.extend((n, None) for n in _values(row.get("NewName")))
    candidates.extend(
        (n, _language(n, countries, lexicon)) for n in _values(row.get("NewNameFullMotherTongue"))
    )
    candidates.extend((n, "en") for n in english_full)
    aliases: list[Alias] = []
    seen = {normalize_name(name)}
    for alias_name, language in candidates:
        key = normalize_name(alias_name) if alias_name and alias_name.lower() != "n/a" else ""
        if not key or key in seen:
            continue
        seen.add(key)
        acronym = _acronym_like(alias_name)
        aliases.append(
            Alias(name=alias_name, language=None if acronym else language, acronym=acronym)
        )

    # Lineage: a splinter grew out of the group it broke from; a group that merged into an
    # alliance or joined another became it.  A temporary split stays part of its movement.
    predecessors = [i for i in _ids(row.get("ActorIdPrev")) if i != own]
    successors = [
        i
        for i in dict.fromkeys(_ids(row.get("ActorIdAlliance")) + _ids(row.get("ActorIdGroup")))
        if i != own and i not in predecessors
    ]
    coalitions = list(
        dict.fromkeys(_ids(row.get("NSCoalitionID")) + _ids(row.get("OSCoalitionID")))
    )
    notes = [f"UCDP actor {actor_id}"]
    split_temp = (row.get("NameSplitTemp") or "").strip()
    if split_temp:
        notes.append(f"a temporary faction of {split_temp}")
    if len(countries) > 1:
        notes.append("active in " + ", ".join(countries))
    actor = Actor(
        id=own,
        name=name,
        kind=kind,
        country=country,
        aliases=tuple(aliases),
        predecessors=tuple(dict.fromkeys(predecessors)),
        successors=tuple(successors),
        description="; ".join(notes),
    )
    return actor, {"coalitions": coalitions}


def read_ucdp_actors(
    path: str | os.PathLike[str],
    *,
    lenient: bool = False,
    errors: list[RowError] | None = None,
    lexicon: Lexicon | str = "en",
) -> Iterator[Actor]:
    """The actors of a UCDP Actor Dataset CSV file (any version with its column names),
    then one actor per temporary coalition (``NSCoalitionID`` / ``OSCoalitionID``) and
    UCDP's side 1, ``Civilians``, which has no row of its own.

    A bad row raises :class:`RowError` with its line; with ``lenient=True`` it is appended
    to ``errors`` and skipped.

    >>> import io, tempfile, pathlib
    >>> text = ("\\ufeffActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,Org,Location,GWNOLoc\\n"
    ...         '99,Government of Mali,Government of Mali,n/a,Government of Mali,4,Mali,432\\n')
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "actors.csv"); _ = p.write_text(text, encoding="utf-8")
    ...     [(a.id, a.kind.value, a.country) for a in read_ucdp_actors(p)][0]
    ('actor:ucdp:99', 'government', 'ML')
    """
    lex = load(lexicon)
    actors: dict[str, Actor] = {}
    members: dict[str, list[Actor]] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _REQUIRED if c not in (reader.fieldnames or ())]
        if missing:
            raise ValidationError(
                [Problem("$.header", f"missing UCDP actor column(s) {', '.join(missing)}")],
                os.fspath(path),
            )
        for row in reader:
            line = reader.line_num
            try:
                actor, links = _actor(row, lex)
                if actor.id in actors:
                    raise ValueError(f"ActorId {row['ActorId'].strip()} is listed twice")
            except (ValueError, ValidationError) as exc:
                error = RowError(str(exc), line=line, column="ActorId", value=row.get("ActorId"))
                if not lenient:
                    raise error from None
                if errors is not None:
                    errors.append(error)
                continue
            actors[actor.id] = actor
            for coalition in links["coalitions"]:
                members.setdefault(coalition, []).append(actor)
    yield from _with_lineage_backlinks(actors)
    for coalition, group in members.items():
        if coalition not in actors:
            yield _coalition(coalition, group, lex)
    civilians = ucdp_id(1)
    if civilians not in actors:
        yield Actor(
            id=civilians,
            name=lex.text("names.actors.ucdp.civilians"),
            kind=ActorKind.CIVILIANS,
            description="UCDP side 1: the civilians targeted in one-sided violence",
        )


def _with_lineage_backlinks(actors: dict[str, Actor]) -> Iterator[Actor]:
    # An alliance's row does not list the groups that merged into it: they point to it.
    merged: dict[str, list[str]] = {}
    for actor in actors.values():
        for successor in actor.successors:
            merged.setdefault(successor, []).append(actor.id)
    for actor in actors.values():
        extra = [
            i
            for i in merged.get(actor.id, ())
            if i not in actor.predecessors and i not in actor.successors
        ]
        if extra:
            actor = attrs.evolve(actor, predecessors=(*actor.predecessors, *extra))
        yield actor


def _coalition(coalition_id: str, group: list[Actor], lexicon: Lexicon) -> Actor:
    # UCDP's GED names a coalition side by its members' data names, sorted, joined by ", ".
    names = sorted((_data_name(a) for a in group), key=str.casefold)
    countries = [a.country for a in group if a.country]
    common = max(set(countries), key=countries.count) if countries else None
    return Actor(
        id=coalition_id,
        name=_SEP.join(names),
        kind=ActorKind.NON_STATE_GROUP,
        country=common,
        description=lexicon.text("names.actors.ucdp.coalition").format(
            members=", ".join(a.id for a in group)
        ),
    )


def _data_name(actor: Actor) -> str:
    # The first alias is UCDP's data name when the canonical name was written out.
    if actor.aliases and actor.aliases[0].acronym:
        return actor.aliases[0].name
    return actor.name
