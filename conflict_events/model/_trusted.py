"""One trusted constructor per attrs class, generated from ``attrs.fields(cls)``.

attrs writes each class's ``__init__`` as source text and compiles it once; the trusted
constructor is made the same way, minus the converters, validators and
``__attrs_post_init__``: keyword-only parameters named and defaulted as ``__init__``'s and
every slot set as given.  A frozen class refuses ``setattr``; for a slotted class the instance
is made as one of an open twin (a subclass adding nothing but the plain ``object``
``__setattr__``, so each slot is set by an ordinary attribute store, with no call) and then
given the class itself (the twin's layout is the class's, so ``__class__`` may change);
otherwise each slot is set through its own descriptor.  It is for callers that build every
field from parts already valid (the extractor's hot paths); the tests compare its result
with the validated constructor's on every model class.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable
from types import MemberDescriptorType
from typing import Any, TypeVar

import attrs

__all__ = ["checked_constructor", "slot_setters", "trusted_constructor"]

_T = TypeVar("_T")

# The slot attrs adds for ``cache_hash=True`` (not a field; ``__init__`` sets it to None).
_HASH_CACHE_SLOT = "_attrs_cached_hash"


class _Missing:
    """The default of a parameter whose field has a factory: the factory runs per call."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory default>"


_MISSING = _Missing()


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    slot = cls.__dict__.get(name)
    for klass in cls.__mro__[1:]:
        if slot is not None:
            break
        slot = klass.__dict__.get(name)
    if isinstance(slot, MemberDescriptorType):
        return slot.__set__
    # A dict class (not slotted): what attrs's frozen __init__ does, object.__setattr__.
    return lambda obj, value: object.__setattr__(obj, name, value)


def slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of the attributes ``names`` of the attrs class ``cls``, in that order (the
    slot descriptors' ``__set__`` for a slotted class): the parts the trusted constructor is
    made of, for a hot path that sets a few slots itself.

    >>> @attrs.frozen
    ... class P:
    ...     x: int
    >>> p = object.__new__(P)
    >>> (set_x,) = slot_setters(P, "x")
    >>> set_x(p, 3)
    >>> p == P(3)
    True
    """
    return tuple(_setter(cls, name) for name in names)


# Each class's constructor, compiled on first use.
_COMPILED: dict[type, Callable[..., Any]] = {}
# Each class's positional constructor (trusted_constructor(cls, positional=True)).
_POSITIONAL: dict[type, Callable[..., Any]] = {}


def trusted_constructor(cls: type[_T], *, positional: bool = False) -> Callable[..., _T]:
    """The trusted constructor of the attrs class ``cls``, compiled once and cached.

    It takes ``__init__``'s keyword arguments (every one keyword-only, with the same
    defaults; a factory default runs per call) and sets them as given, without converters,
    validators or ``__attrs_post_init__``.  With ``positional`` the parameters are positional
    too, in the order of ``attrs.fields(cls)``: a hottest path saves the keyword matching.

    >>> from conflict_events.model import Count, CountQualifier
    >>> make = trusted_constructor(Count)
    >>> make(low=3, high=3, qualifier=CountQualifier.EXACT, figure=3) == Count.exact(3)
    True
    >>> make is trusted_constructor(Count)
    True
    >>> from conflict_events.model import Point
    >>> trusted_constructor(Point, positional=True)(1.0, 2.0) == Point(lat=1.0, lon=2.0)
    True
    """
    cache = _POSITIONAL if positional else _COMPILED
    made = cache.get(cls)
    if made is None:
        made = cache[cls] = _compile(cls, positional=positional)
    return made


def checked_constructor(
    cls: type[_T],
    check: Callable[..., bool],
    check_fields: tuple[str, ...],
    refused: Callable[..., _T],
    inline: Callable[[str, dict[str, str]], tuple[str, dict[str, Any]]] | None = None,
) -> Callable[..., _T]:
    """The positional trusted constructor of the attrs class ``cls`` (see
    :func:`trusted_constructor`) followed, in the same generated function, by
    ``check(instance, *values)`` (``values``: the arguments of the fields ``check_fields``):
    the instance when the check holds, else ``refused(*arguments)``.  For a hot path whose
    fields have their types by construction and which checks the rules across them (one
    call where there were three).  With ``inline`` (the rules' ``relations_source``: the
    check's expression written with given names, and the names it reads) the expression is
    written into the generated function in place of the call of ``check``.

    >>> from conflict_events.model import Point
    >>> make = checked_constructor(
    ...     Point, lambda p, lat: -90 <= lat <= 90, ("lat",), lambda lat, lon: None
    ... )
    >>> make(1.0, 2.0) == Point(lat=1.0, lon=2.0), make(91.0, 2.0)
    (True, None)
    >>> inline = checked_constructor(
    ...     Point,
    ...     lambda p, lat: -90 <= lat <= 90,
    ...     ("lat",),
    ...     lambda lat, lon: None,
    ...     lambda obj, names: (f"-90 <= {names['lat']} <= 90", {}),
    ... )
    >>> inline(1.0, 2.0) == Point(lat=1.0, lon=2.0), inline(91.0, 2.0)
    (True, None)
    """
    return _compile(cls, positional=True, check=(check, check_fields, refused), inline=inline)


def _open_twin(cls: type, names: tuple[str, ...]) -> type | None:
    """The open twin of the slotted class ``cls`` (see the module docstring), or None where
    there is none: a slot of ``names`` without its descriptor (a dict class), or a layout
    ``__class__`` assignment refuses."""
    if not all(isinstance(_slot(cls, name), MemberDescriptorType) for name in names):
        return None
    try:
        twin = type(
            f"_Open{cls.__name__}",
            (cls,),
            {
                "__slots__": (),
                "__module__": cls.__module__,
                # both, so that the twin's attribute store is object's own (one of them
                # left to the class would route every store through a Python call)
                "__setattr__": object.__setattr__,
                "__delattr__": object.__delattr__,
                # called with no argument, the twin makes a bare instance (a call of the
                # class costs less than one of object.__new__)
                "__init__": object.__init__,
            },
        )
        probe = twin()
        probe.__class__ = cls
    except TypeError:
        return None
    return twin


def _slot(cls: type, name: str) -> object:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _compile(
    cls: type,
    *,
    positional: bool = False,
    check: tuple[Callable[..., bool], tuple[str, ...], Callable[..., Any]] | None = None,
    inline: Callable[[str, dict[str, str]], tuple[str, dict[str, Any]]] | None = None,
) -> Callable[..., Any]:
    if not attrs.has(cls):
        raise TypeError(f"trusted_constructor needs an attrs class, got {cls!r}")
    fields = attrs.fields(cls)
    hashed = _HASH_CACHE_SLOT in getattr(cls, "__slots__", ())
    twin = _open_twin(cls, (*(f.name for f in fields), *((_HASH_CACHE_SLOT,) if hashed else ())))
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_MISSING": _MISSING}
    env["_twin"] = twin
    params: list[str] = []
    body: list[str] = ["self = _new(_cls)" if twin is None else "self = _twin()"]
    for i, field in enumerate(fields):
        arg = field.alias or field.name
        if not arg.isidentifier() or keyword.iskeyword(arg):  # pragma: no cover - attrs forbids
            raise TypeError(f"{cls.__name__}.{field.name}: not a parameter name")
        env[f"_set{i}"] = _setter(cls, field.name)
        default = field.default
        if default is attrs.NOTHING:
            params.append(arg)
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            params.append(f"{arg}=_MISSING")
            env[f"_factory{i}"] = default.factory
            made = f"_factory{i}(self)" if default.takes_self else f"_factory{i}()"
            body.append(f"if {arg} is _MISSING: {arg} = {made}")
        else:
            params.append(f"{arg}=_default{i}")
            env[f"_default{i}"] = default
        body.append(f"_set{i}(self, {arg})" if twin is None else f"self.{field.name} = {arg}")
    if hashed:
        env["_set_hash"] = _setter(cls, _HASH_CACHE_SLOT)
        body.append("_set_hash(self, None)" if twin is None else f"self.{_HASH_CACHE_SLOT} = None")
    if twin is not None:
        body.append("self.__class__ = _cls")
    name = f"trusted_{cls.__name__}"
    if check is None:
        body.append("return self")
    else:
        test, names, refused = check
        env["_check"], env["_refused"] = test, refused
        by_name = {field.name: field.alias or field.name for field in fields}
        checked = f"_check({', '.join(['self', *(by_name[n] for n in names)])})"
        if inline is not None:  # the check's expression itself, no call
            expression, names_read = inline("self", by_name)
            for key, value in names_read.items():
                if env.setdefault(key, value) is not value:
                    raise ValueError(f"{key!r}: a name of the constructor and of the check")
            checked = f"({expression})"
        args = ", ".join(field.alias or field.name for field in fields)
        body.append(f"return self if {checked} else _refused({args})")
        name = f"checked_{cls.__name__}"
    signature = ", ".join(params) if positional or not params else f"*, {', '.join(params)}"
    source = f"def {name}({signature}):\n" + "".join(f"    {line}\n" for line in body)
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<trusted {cls.__qualname__}>", "exec"), env, namespace)
    function: Callable[..., Any] = namespace[name]
    function.__qualname__ = f"{cls.__qualname__}.trusted"
    function.__doc__ = (
        f"A {cls.__name__} with the fields as given, without converters or checks "
        "(the caller has made every field valid)."
    )
    return function


def trusted(cls: type[_T], **fields: Any) -> _T:
    """``trusted_constructor(cls)(**fields)``: an instance of the attrs class ``cls`` with
    ``fields`` set as given (the rest at their defaults), without converters or checks.

    >>> from conflict_events.model import Point
    >>> trusted(Point, lat=1.0, lon=2.0) == Point(lat=1.0, lon=2.0)
    True
    """
    made = _COMPILED.get(cls) or trusted_constructor(cls)
    result: _T = made(**fields)
    return result
