"""Loading a language's lexicon: the TOML files under ``conflict_events/data/lexicon/<lang>/``
read once into one immutable :class:`Lexicon`.

A lexicon is a set of *tables*, one per file (``casualties.toml`` is the table
``casualties``); a table holds named entries, each a word list (a TOML array of strings), a
mapping (a TOML table) or a scalar.  Readers ask for an entry by its dotted path and its shape
(:meth:`Lexicon.words`, :meth:`Lexicon.mapping`, :meth:`Lexicon.text`, :meth:`Lexicon.number`);
a missing entry or one of another shape is a :class:`~conflict_events.LexiconError` that names
the file and the path, so a typo in the data fails loudly at load time of the grammar that
reads it, never as a silently empty word list.  A word list only some languages have (a
construction another language lacks) is read with :meth:`Lexicon.optional_words`: none where
the entry is absent, still an error where it has another shape.

Grammars compiled from a lexicon are cached per lexicon object (a :class:`Lexicon` hashes by
identity), so :meth:`Lexicon.extended` gives a new lexicon — a test's or a user's additions —
whose grammars are compiled afresh from its words, with no fast path to edit by hand.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from conflict_events._errors import LexiconError

__all__ = ["Lexicon", "available_languages", "load"]

_ROOT = Path(__file__).resolve().parents[1] / "data" / "lexicon"


def _frozen(value: Any) -> Any:
    """TOML values made immutable: arrays to tuples, tables to read-only mappings."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    return value


class _LazyTables(Mapping[str, Mapping[str, Any]]):
    """A shipped lexicon's tables as parsed, each made immutable (:func:`_frozen`) the first
    time it is read: a reader of one table (the registry reads every language's ``names``)
    does not pay for the others.

    >>> tables = _LazyTables({"meta": {"name": "X", "codes": ["x"]}})
    >>> tables["meta"]["codes"], "meta" in tables, list(tables), tables.get("nothing")
    (('x',), True, ['meta'], None)
    """

    __slots__ = ("_made", "_raw")

    def __init__(self, raw: dict[str, dict[str, Any]]) -> None:
        self._raw = raw
        self._made: dict[str, Mapping[str, Any]] = {}

    def __getitem__(self, name: str) -> Mapping[str, Any]:
        table = self._made.get(name)
        if table is None:
            table = self._made[name] = _frozen(self._raw[name])
        return table

    def get(self, name: str, default: Any = None) -> Any:
        table = self._made.get(name)
        if table is None:
            if name not in self._raw:
                return default
            table = self._made[name] = _frozen(self._raw[name])
        return table

    def __contains__(self, name: object) -> bool:
        return name in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _thawed(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_thawed(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _thawed(item) for key, item in value.items()}
    return value


def _merged(base: Any, addition: Any) -> Any:
    """``addition`` laid over ``base``: word lists are extended (a word already listed is not
    repeated), tables merged key by key, and any other value replaced."""
    if isinstance(base, dict) and isinstance(addition, Mapping):
        out = dict(base)
        for key, value in addition.items():
            out[key] = _merged(out[key], _thawed(value)) if key in out else _thawed(value)
        return out
    if isinstance(base, list) and isinstance(addition, list | tuple):
        return base + [item for item in _thawed(addition) if item not in base]
    return _thawed(addition)


@attrs.frozen(kw_only=True, eq=False)
class Lexicon:
    """The words of one language, as immutable tables read from its data files.

    >>> lexicon = load("en")
    >>> lexicon.language
    'en'
    >>> "november" in lexicon.words("calendar.months.november")
    True
    """

    language: str
    tables: Mapping[str, Mapping[str, Any]] = attrs.field(repr=False)
    sources: tuple[str, ...] = attrs.field(default=(), repr=False)

    def entry(self, path: str) -> Any:
        """The raw (immutable) value at the dotted ``path`` ("table.key.subkey").

        >>> load("en").entry("calendar.months")["may"]
        ('may',)
        """
        table, _, rest = path.partition(".")
        node: Any = self.tables.get(table)
        if node is None:
            raise LexiconError(
                f"the {self.language!r} lexicon has no table {table!r} (looked for "
                f"{table}.toml; tables: {', '.join(sorted(self.tables)) or 'none'})"
            )
        walked = table
        for key in rest.split(".") if rest else ():
            if not isinstance(node, Mapping) or key not in node:
                raise LexiconError(
                    f"the {self.language!r} lexicon has no entry {path!r} "
                    f"({walked!r} has no key {key!r})"
                )
            node = node[key]
            walked = f"{walked}.{key}"
        return node

    def has(self, path: str) -> bool:
        """Whether the dotted ``path`` exists.

        >>> load("en").has("calendar.months"), load("en").has("calendar.nothing")
        (True, False)
        """
        try:
            self.entry(path)
        except LexiconError:
            return False
        return True

    def words(self, path: str) -> tuple[str, ...]:
        """The word list at ``path``: a tuple of strings, in the file's order.

        >>> load("en").words("calendar.months.september")
        ('september', 'sept', 'sep')
        """
        value = self.entry(path)
        if not isinstance(value, tuple) or not all(isinstance(w, str) for w in value):
            raise LexiconError(
                f"the {self.language!r} lexicon's {path!r} must be a list of strings, "
                f"got {value!r:.80}"
            )
        return value

    def optional_words(self, path: str) -> tuple[str, ...]:
        """The word list at ``path`` as :meth:`words` reads it, or none where the lexicon has
        no such entry (a construction a language does not have); an entry of another shape
        is still a :class:`~conflict_events.LexiconError`.

        >>> load("en").optional_words("calendar.months.may")
        ('may',)
        >>> load("en").optional_words("calendar.nothing")
        ()
        """
        return self.words(path) if self.has(path) else ()

    def mapping(self, path: str) -> Mapping[str, Any]:
        """The table at ``path`` (read-only).

        >>> sorted(load("en").mapping("calendar.months"))[:3]
        ['april', 'august', 'december']
        """
        value = self.entry(path)
        if not isinstance(value, Mapping):
            raise LexiconError(
                f"the {self.language!r} lexicon's {path!r} must be a table, got {value!r:.80}"
            )
        return value

    def text(self, path: str) -> str:
        """The string at ``path``.

        >>> load("en").text("meta.name")
        'English'
        """
        value = self.entry(path)
        if not isinstance(value, str):
            raise LexiconError(
                f"the {self.language!r} lexicon's {path!r} must be a string, got {value!r:.80}"
            )
        return value

    def number(self, path: str) -> int | float:
        """The number at ``path``."""
        value = self.entry(path)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise LexiconError(
                f"the {self.language!r} lexicon's {path!r} must be a number, got {value!r:.80}"
            )
        return value

    def extended(
        self, additions: Mapping[str, Mapping[str, Any]], *, source: str = "additions"
    ) -> Lexicon:
        """A new lexicon with ``additions`` (table name → entries, as the TOML files hold
        them) laid over this one: word lists extended, tables merged, scalars replaced.

        >>> more = load("en").extended({"calendar": {"months": {"may": ["mai"]}}})
        >>> more.words("calendar.months.may")
        ('may', 'mai')
        >>> load("en").words("calendar.months.may")
        ('may',)
        """
        tables = {name: _thawed(table) for name, table in self.tables.items()}
        for name, table in additions.items():
            tables[name] = _merged(tables[name], table) if name in tables else _thawed(table)
        return Lexicon(
            language=self.language,
            tables=_frozen(tables),
            sources=(*self.sources, source),
        )

    def overlaid(self, folder: str | Path) -> Lexicon:
        """A new lexicon with every ``*.toml`` file of ``folder`` laid over this one (as
        :meth:`extended` lays a mapping)."""
        path = Path(folder)
        return self.extended(_read_folder(path), source=str(path))


def _read_folder(folder: Path) -> dict[str, dict[str, Any]]:
    import tomllib  # a new process reads the shipped lexicons from the cache, not their TOML

    tables: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            tables[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise LexiconError(f"cannot read lexicon file {str(path)!r}: {error}") from None
    return tables


def _read_shipped_folder(folder: Path) -> dict[str, dict[str, Any]]:
    """:func:`_read_folder` of a lexicon the package ships, kept parsed in the signed cache
    between processes (keyed by the files' names and bytes): parsing nine languages' TOML is
    a quarter of a second, most of a new process's first report."""
    from conflict_events import _cache

    try:
        parts: list[bytes | str] = ["lexicon 1"]
        for path in sorted(folder.glob("*.toml")):
            parts.extend((path.name, path.read_bytes()))
    except OSError:
        return _read_folder(folder)
    tables = _cache.cached_data(
        f"lexicon-{folder.name}",
        _cache.content_key(parts),
        lambda: _read_folder(folder),
        check=lambda data: (
            isinstance(data, dict)
            and all(isinstance(k, str) and isinstance(v, dict) for k, v in data.items())
        ),
    )
    assert isinstance(tables, dict)
    return tables


def available_languages() -> tuple[str, ...]:
    """The languages the package ships a lexicon for (ISO 639-1 codes).

    >>> "en" in available_languages()
    True
    """
    return tuple(sorted(p.name for p in _ROOT.iterdir() if (p / "meta.toml").is_file()))


@functools.cache
def _builtin(language: str) -> Lexicon:
    folder = _ROOT / language
    if not (folder / "meta.toml").is_file():
        raise LexiconError(
            f"no lexicon for language {language!r}; available: {', '.join(available_languages())}"
        )
    return Lexicon(
        language=language,
        tables=_LazyTables(_read_shipped_folder(folder)),
        sources=(f"conflict_events/data/lexicon/{language}",),
    )


def load(
    language: str | Lexicon = "en", *, overlay: str | Path | Iterable[str | Path] = ()
) -> Lexicon:
    """The lexicon of ``language`` (read once per process), with the TOML files of each
    ``overlay`` folder laid over it.  A :class:`Lexicon` passed in is returned as it is, so
    readers can take either a language code or a lexicon.

    >>> load("en") is load("en")
    True
    >>> load(load("en")).language
    'en'
    """
    if isinstance(language, Lexicon):
        lexicon = language
    elif not isinstance(language, str):
        raise TypeError(f"language must be a str or a Lexicon, got {type(language).__name__}")
    else:
        lexicon = _builtin(language.strip().lower())
    folders = [overlay] if isinstance(overlay, str | Path) else list(overlay)
    for folder in folders:
        lexicon = lexicon.overlaid(folder)
    return lexicon
